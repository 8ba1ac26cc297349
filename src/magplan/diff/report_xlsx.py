"""`magplan diff --to xlsx`: the changes in a workbook, the old and the new row side by side.

Sheet «Изменения»: one row per item (unchanged ones too, in grey, so the
sheet reads as the whole plan; the filter on «Статус» hides them), the old
version's printed fields on the left, the new one's on the right, and what
changed in words.  Colours: green for an added row (its new side), red for a
removed one (its old side), yellow for each field that changed (both sides),
blue for a section that changed (a move).  Sheet «Реквизиты»: the two files,
then each requisite and section rename that changed, old and new.
"""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Font, PatternFill

from magplan.diff.compare import ItemChange, PlanDiff
from magplan.diff.labels import (
    change_line,
    field_label,
    requisite_label,
    shown,
    status_label,
    visible_changes,
)
from magplan.model import Item
from magplan.write._xlsx_cells import Value, finish_table, set_value, write_header, write_rows
from magplan.write.labels import KIND_LABELS
from magplan.write.to_xlsx import new_workbook, workbook_bytes

CHANGES_SHEET = "Изменения"
REQUISITES_SHEET = "Реквизиты"
SIDE_FIELDS = ("section", "number", "title", "place", "date_text", "note")
ADDED = PatternFill("solid", fgColor="C6EFCE")
REMOVED = PatternFill("solid", fgColor="FFC7CE")
CHANGED = PatternFill("solid", fgColor="FFEB9C")
MOVED = PatternFill("solid", fgColor="BDD7EE")
UNCHANGED_FONT = Font(name="Calibri", size=11, color="808080")
_STATUS_FILLS = {"added": ADDED, "removed": REMOVED, "changed": CHANGED}


def _side(item: Item | None) -> list[Value]:
    if item is None:
        return [None] * len(SIDE_FIELDS)
    values: list[Value] = []
    for name in SIDE_FIELDS:
        value: Any = getattr(item, name)
        if name == "title" and item.members:
            value = "\n".join([value, *(f"• {m}" for m in item.members)])
        values.append(value if name != "section" or value else shown("section", value))
    return values


def _row(change: ItemChange) -> list[Value]:
    lines = "\n".join(change_line(c) for c in visible_changes(change))
    return [status_label(change), KIND_LABELS[change.item.kind], *_side(change.old), *_side(change.new), lines or None]


def _changes_sheet(diff: PlanDiff, wb: Any) -> None:
    ws = wb.create_sheet(CHANGES_SHEET)
    labels = [field_label(name) for name in SIDE_FIELDS]
    header = ["Статус", "Вид", *(f"{label} (было)" for label in labels), *(f"{label} (стало)" for label in labels)]
    write_header(ws, [*header, "Что изменилось"])
    write_rows(ws, (_row(change) for change in diff.items))
    width = len(SIDE_FIELDS)
    old_first, new_first = 3, 3 + width
    for r, change in enumerate(diff.items, start=2):
        status = ws.cell(row=r, column=1)
        if change.status in _STATUS_FILLS:
            status.fill = MOVED if change.status == "changed" and not change.edited else _STATUS_FILLS[change.status]
        if change.status == "added":
            for c in range(new_first, new_first + width):
                ws.cell(row=r, column=c).fill = ADDED
        elif change.status == "removed":
            for c in range(old_first, old_first + width):
                ws.cell(row=r, column=c).fill = REMOVED
        elif change.status == "unchanged":
            for cell in ws[r]:
                cell.font = UNCHANGED_FONT
        changed = {c.field for c in change.changes}
        if "members" in changed:
            changed.add("title")
        for n, name in enumerate(SIDE_FIELDS):
            if name in changed:
                fill = MOVED if name == "section" else CHANGED
                ws.cell(row=r, column=old_first + n).fill = fill
                ws.cell(row=r, column=new_first + n).fill = fill
    finish_table(ws, last_row=len(diff.items) + 1, freeze="C2")


def _requisites_sheet(diff: PlanDiff, wb: Any) -> None:
    ws = wb.create_sheet(REQUISITES_SHEET)
    write_header(ws, ["Поле", "Было", "Стало"])
    rows: list[list[Value]] = [
        ["Файл", diff.old.source, diff.new.source],
        ["Формат", diff.old.format, diff.new.format],
    ]
    rows += [[requisite_label(c.field), shown(c.field, c.old), shown(c.field, c.new)] for c in diff.requisites]
    rows += [["Раздел переименован", shown("section", c.old), shown("section", c.new)] for c in diff.sections]
    if not diff.requisites and not diff.sections:
        rows.append(["Реквизиты и разделы", "без изменений", "без изменений"])
    write_rows(ws, rows)
    for r in range(4, len(rows) + 2):
        for c in (2, 3):
            ws.cell(row=r, column=c).fill = CHANGED
    if not diff.requisites and not diff.sections:
        for c in (2, 3):
            ws.cell(row=len(rows) + 1, column=c).fill = PatternFill()
    finish_table(ws, last_row=len(rows) + 1, autofilter=False)
    set_value(ws.cell(row=len(rows) + 3, column=1), _legend())


def _legend() -> str:
    return (
        "Цвета листа «Изменения»: зелёный — добавлено; красный — удалено; жёлтый — поле изменилось; "
        "синий — перенос в другой раздел"
    )


def render(diff: PlanDiff) -> bytes:
    wb = new_workbook(f"Изменения: {diff.old.source} → {diff.new.source}")
    _changes_sheet(diff, wb)
    _requisites_sheet(diff, wb)
    return workbook_bytes(wb)
