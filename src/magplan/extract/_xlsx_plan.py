"""magplan's own workbook (`magplan.write.to_xlsx`), edited or not, back into a `Plan`.

The items come from the «Все» sheet, one row each, in the sheet's order (rows
added, deleted or moved by hand are items added, deleted or moved); the
requisites from the «Документ» sheet.  Cells are read leniently
(`_xlsx_values`: codes or Russian words, dates as dates or text), and the
fields that follow from others are recomputed with the reading rules
(`magplan.normalize.edited`), so a changed «Срок (как в плане)» moves the
dates.  The «Календарь» sheet is a view and is not read; the sheets of one
kind («Мероприятия», …) are compared with «Все» by `_xlsx_edits`.

Nothing typed is dropped: a cell that does not fit its column is a warning and
stays empty, a column the workbook did not have is kept in the note as
«Header: text» (SCHEMA rule 16), a row without a title is still an item.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

from magplan.extract import _xlsx_values as values
from magplan.model import ITEM_COLUMNS, Approval, DocumentInfo, Item, Kind, Plan, PlanWarning, Signatory
from magplan.normalize.edited import REDERIVED_WARNINGS, Typed, complete
from magplan.normalize.sections import kind_of
from magplan.normalize.wording import period_wording
from magplan.requisites import dating_year, plan_year
from magplan.write._xlsx_sheets import ALL_SHEET, DOCUMENT_SHEET
from magplan.write.labels import COLUMN_LABELS

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

_WARNING_ROW = re.compile(r"\s*\(строка (\d+) на листе «[^»]*»\)$")


def _key(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


_FIELD_BY_HEADER: dict[str, str] = {
    **{_key(name): name for name in COLUMN_LABELS},
    **{_key(label): name for name, label in COLUMN_LABELS.items()},
}


def field_of(header: Any) -> str | None:
    """The field a column header names (its Russian label or the contract's name), else None."""
    return _FIELD_BY_HEADER.get(_key(str(header))) if header is not None else None


def is_magplan_workbook(wb: Workbook) -> bool:
    """A workbook magplan wrote: a «Все» sheet whose headers name plan fields (the «Документ» sheet may be gone)."""
    if ALL_SHEET not in wb.sheetnames:
        return False
    fields = {field_of(cell.value) for cell in wb[ALL_SHEET][1]}
    return "title" in fields and len(fields & set(ITEM_COLUMNS)) >= 4


# -- rows ----------------------------------------------------------------------


@dataclass(slots=True)
class SheetRow:
    """One row of an item sheet: its cells by field, and the cells of columns no field names."""

    sheet: str
    row: int
    cells: dict[str, Any]
    extras: list[tuple[str, str]] = field(default_factory=list)


def sheet_rows(ws: Worksheet) -> list[SheetRow]:
    """The non-empty rows under the header row of an item sheet."""
    headers = [cell.value for cell in ws[1]]
    fields = [field_of(h) for h in headers]
    rows: list[SheetRow] = []
    for r, cells in enumerate(ws.iter_rows(min_row=2, values_only=True), start=2):
        row = SheetRow(ws.title, r, {})
        for header, name, value in zip(headers, fields, cells, strict=False):
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            if name is not None:
                row.cells[name] = value
            elif header is not None and str(header).strip():
                row.extras.append((str(header).strip(), values.text(value) or ""))
            else:
                row.extras.append((f"Столбец {len(row.extras) + 1}", values.text(value) or ""))
        if row.cells or row.extras:
            rows.append(row)
    return rows


class _Reader:
    """Cells of one row → an item, collecting what could not be read."""

    def __init__(self, row: SheetRow) -> None:
        self.row = row
        self.warnings: list[tuple[str, str]] = []

    def get(self, name: str, convert: Any, *args: Any) -> Any:
        raw = self.row.cells.get(name)
        try:
            return convert(raw, *args)
        except values.BadCell as exc:
            self.warnings.append(("bad_cell", f"«{COLUMN_LABELS[name]}»: {exc}; left empty"))
            return None

    def printed(self) -> tuple[Item, Typed]:
        get = self.get
        section = get("section", values.text) or ""
        kind = get("kind", values.code, "kind") or kind_of(section)
        title = get("title", values.text)
        if title is None:
            self.warnings.append(("no_title", "the row has no «Мероприятие»; kept with an empty title"))
        item = Item(
            kind=cast(Kind, kind),
            section=section,
            number=get("number", values.whole_number, "number"),
            title=title or "",
            members=values.text_list(self.row.cells.get("members")),
            place=get("place", values.text),
            note=get("note", values.text),
            responsible=get("responsible", values.text),
            age_years=get("age_years", values.whole_number, "age_years"),
            page=get("page", values.whole_number, "page"),
        )
        item.date_text = get("date_text", values.text)
        typed = Typed(
            date_start=get("date_start", values.date),
            date_end=get("date_end", values.date),
            date_precision=get("date_precision", values.code, "date_precision"),
            recurrence=get("recurrence", values.code, "recurrence"),
            organizers=values.text_list(self.row.cells["organizers"]) if "organizers" in self.row.cells else None,
            approximate=get("approximate", values.boolean),
        )
        extras = [f"{header}: {text}" for header, text in self.row.extras if text]
        if extras:
            item.note = "\n".join([item.note, *extras] if item.note else extras)
        return item, typed


def items_from_rows(rows: list[SheetRow], year: int | None) -> tuple[list[Item], list[PlanWarning]]:
    read: list[tuple[Item, Typed, _Reader]] = []
    for row in rows:
        reader = _Reader(row)
        item, typed = reader.printed()
        # A date typed into the wording's column becomes a date cell: it is the plan's wording of that day.
        wording_cell = row.cells.get("date_text")
        if wording_cell is not None and not isinstance(wording_cell, str):
            try:
                day = values.date(wording_cell)
            except values.BadCell:
                day = None
            if day is not None:
                item.date_text = period_wording(day, day, year)
        read.append((item, typed, reader))
    _approximate_sections([(item, typed) for item, typed, _ in read])
    _number_typed_rows([(item, reader) for item, _, reader in read])
    items: list[Item] = []
    warnings: list[PlanWarning] = []
    for index, (item, typed, reader) in enumerate(read):
        where = f"sheet «{reader.row.sheet}», row {reader.row.row}"
        for code, message in [*reader.warnings, *complete(item, typed, year)]:
            warnings.append(PlanWarning(code, f"{where}: {message}", index))
        items.append(item)
    return items, warnings


def _number_typed_rows(rows: list[tuple[Item, _Reader]]) -> None:
    """A row typed without a number in a numbered section gets the number after the row above.

    The official document prints an item as a numbered row; a row with an
    empty «№» cell reads as the continuation of the row above, so an unnumbered
    item would merge into its neighbour there.  Rows after it keep their numbers
    (the numbers are data that other documents cite); a ``number_assigned``
    warning says which number was given.
    """
    numbered_sections = {item.section for item, _ in rows if item.number is not None}
    previous: dict[str, int] = {}
    for item, reader in rows:
        if item.number is None and item.section in numbered_sections:
            item.number = previous.get(item.section, 0) + 1
            reader.warnings.append(("number_assigned", f"the row has no «№»; numbered {item.number}"))
        if item.number is not None:
            previous[item.section] = item.number


def _approximate_sections(rows: list[tuple[Item, Typed]]) -> None:
    """A row typed without «Ориентировочно» in a section whose every other row says «да»
    is approximate too: the footnote that makes them so stands on the section's heading."""
    by_section: dict[str, list[bool]] = {}
    for item, typed in rows:
        if typed.approximate is not None and item.section:
            by_section.setdefault(item.section, []).append(typed.approximate)
    for item, typed in rows:
        if typed.approximate is None:
            flags = by_section.get(item.section, [])
            typed.approximate = bool(flags) and all(flags)


# -- the «Документ» sheet ------------------------------------------------------------


def _document_cells(ws: Worksheet) -> list[tuple[str, Any]]:
    out = []
    for label, value, *_ in ws.iter_rows(min_row=2, max_col=2, values_only=True):
        if label is not None and str(label).strip():
            out.append((_key(str(label)), value))
    return out


def document_from_sheet(ws: Worksheet, source: str) -> tuple[DocumentInfo, list[PlanWarning]]:
    """The requisites as the «Документ» sheet gives them, and the warnings it lists."""
    cells = _document_cells(ws)
    by_label = dict(cells)

    def text(label: str) -> str | None:
        return values.text(by_label.get(_key(label)))

    title = text("Заголовок")
    year_cell = by_label.get(_key("Год"))
    try:
        year = values.whole_number(year_cell, "number")
    except values.BadCell:
        year = None
    if year is None and title:
        year = plan_year(title)
    try:
        year_end = values.whole_number(by_label.get(_key("Последний год")), "number")
    except values.BadCell:
        year_end = None
    if year_end is None or year is None or year_end < year:
        year_end = year
    approval = None
    approval_position = text("Утверждает: должность")
    if approval_position:
        approval = Approval(
            position=approval_position,
            name=text("Утверждает: подпись"),
            date_text=text("Дата утверждения"),
            number=text("Номер документа об утверждении"),
        )
    signatory = None
    signatory_position, signatory_name = text("Подписал: должность"), text("Подписал: подпись")
    if signatory_position or signatory_name:
        signatory = Signatory(position=signatory_position or "", name=signatory_name or "")
    footnotes = [
        values.text(value) or ""
        for label, value in sorted(_numbered(cells, "сноска"), key=lambda pair: pair[0])
        if values.text(value)
    ]
    document = DocumentInfo(
        source=source,
        format="xlsx",
        title=title,
        year=year,
        year_end=year_end,
        signatory=signatory,
        approval=approval,
        footnotes=[f for f in footnotes if f],
    )
    warnings = []
    codes = _warning_codes(ws)
    for number, value in sorted(_numbered(cells, "предупреждение"), key=lambda pair: pair[0]):
        shown = values.text(value) or ""
        item = None
        if m := _WARNING_ROW.search(shown):
            item, shown = int(m.group(1)) - 2, shown[: m.start()]
        if number in codes:
            # The sheet says the warning in Russian and keeps its code and the program's message beside it.
            code, message = codes[number]
        else:
            code, _, message = shown.partition(": ")
        warnings.append(PlanWarning(code.strip(), message.strip(), item))
    return document, warnings


def _warning_codes(ws: Worksheet) -> dict[int, tuple[str, str]]:
    """«Предупреждение N» rows that carry the code and the message in columns C and D."""
    out = {}
    for label, _, code, message, *_ in ws.iter_rows(min_row=2, max_col=4, values_only=True):
        word, _, number = _key(str(label or "")).rpartition(" ")
        if word == "предупреждение" and number.isdigit() and values.text(code):
            out[int(number)] = (values.text(code) or "", values.text(message) or "")
    return out


def _numbered(cells: list[tuple[str, Any]], head: str) -> list[tuple[int, Any]]:
    """Rows labelled «<head> N», as (N, value)."""
    out = []
    for label, value in cells:
        word, _, number = label.rpartition(" ")
        if word == head and number.isdigit():
            out.append((int(number), value))
    return out


def _year_cell(value: Any) -> int | None:
    try:
        return values.whole_number(value, "number")
    except values.BadCell:
        return None


def plan_from_workbook(wb: Workbook, source: str) -> Plan:
    from magplan.extract._xlsx_edits import edited_rows

    rows, merge_warnings = edited_rows(wb)
    if DOCUMENT_SHEET in wb.sheetnames:
        document, warnings = document_from_sheet(wb[DOCUMENT_SHEET], source)
    else:
        # The plan's year is then the one its rows name in «Год»; the requisites are lost with the sheet.
        years = Counter(y for row in rows if (y := _year_cell(row.cells.get("year"))) is not None)
        year = years.most_common(1)[0][0] if years else None
        document = DocumentInfo(source=source, format="xlsx", year=year, year_end=year)
        message = f"the workbook has no «{DOCUMENT_SHEET}» sheet: no title, approval, signature or footnotes"
        warnings = [PlanWarning("no_document_sheet", message)]
    items, item_warnings = items_from_rows(rows, dating_year(document.year, document.year_end))
    # The reading's date warnings are made again, for the wording as it now stands.
    warnings = [w for w in warnings if w.code not in REDERIVED_WARNINGS]
    # Warnings the workbook lists point at rows of «Все» as written; edits may have moved them.
    for warning in warnings:
        if warning.item is not None and not 0 <= warning.item < len(items):
            warning.item = None
    return Plan(document, items, [*warnings, *merge_warnings, *item_warnings])
