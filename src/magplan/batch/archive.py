"""The archive's files: archive.xlsx, archive.csv, archive.json and failures.csv.

The items table is the contract's table (SCHEMA.md, «The pandas table») of
every plan kept, plus a last column `series` (`magplan.normalize.series`).

archive.json (schema ``magplan-archive/1``)::

    {"schema": "magplan-archive/1", "generator": "magplan 0.1.0",
     "plans": [{"source": "2026/plan-2026.docx", "sha256": "…", "items": 40,
                "document": {…as in a plan's JSON…}, "warnings": […]}],
     "items": [{"year": 2026, "source": "2026/plan-2026.docx", "series": "сессия маг",
                "kind": "event", …every item field of a plan's JSON…}],
     "series": [{"kind": "event", "series": "сессия маг", "title": "XXXII сессия МАГ",
                 "years": [2025, 2026], "items": 2}],
     "duplicates": [{"source": "2026/plan-2026.odt", "format": "odt", "year": 2026,
                     "duplicate_of": "2026/plan-2026.docx", "identical_file": false}],
     "failures": [{"source": "bad.docx", "format": "docx", "error": "…"}]}

The workbook is written in openpyxl's write-only mode: an archive-wide table
in the normal mode costs about fifty times its size in memory (REFERENCES.md,
pitfall 10).  Its «Все» sheet has the single-plan workbook's columns, so
`magplan.write.to_xlsx.read_items` reads it back as the items table.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from magplan import __version__
from magplan.batch.combine import Archive, items, series_rows, year_counts
from magplan.model import ITEM_COLUMNS, TABLE_COLUMNS, Item, Plan
from magplan.write import to_csv
from magplan.write._xlsx_cells import (
    DATE_FORMAT,
    FORMULA_START,
    HEADER_ALIGN,
    HEADER_FILL,
    HEADER_FONT,
    column_width,
    text_width,
)
from magplan.write.labels import COLUMN_LABELS, KIND_TITLES, cell_value
from magplan.write.to_xlsx import ALL_SHEET

ARCHIVE_SCHEMA = "magplan-archive/1"
SERIES_COLUMN, SERIES_LABEL = "series", "Серия"
SERIES_SHEET, DUPLICATES_SHEET = "Серии", "Дубликаты"
SUMMARY_SHEET, FAILURES_SHEET = "Сводка", "Ошибки"
# Column widths are measured on the first rows only: later rows rarely widen a column.
_WIDTH_SAMPLE = 2000

Value = str | int | float | bool | dt.date | None


def _item_values(plan: Plan, item: Item, series: str) -> list[Value]:
    values: list[Value] = [plan.document.year, plan.document.source]
    # As the plan's workbook shows them: Russian words, «да»/«нет», lists one entry per line.
    values += [cell_value(name, getattr(item, name)) for name in ITEM_COLUMNS]
    return [*values, series]


def _cell(ws: WriteOnlyWorksheet, value: Value) -> Value | Cell:
    if isinstance(value, str):
        text = ILLEGAL_CHARACTERS_RE.sub("", value)
        if not text.startswith(FORMULA_START):
            return text
        # openpyxl stores a str starting with "=" as a formula; force text, as the single-plan workbook does.
        cell = WriteOnlyCell(ws, value=text)
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell
    if isinstance(value, dt.date):
        cell = WriteOnlyCell(ws, value=value)  # type: ignore[arg-type]  # the stubs forget dates
        cell.number_format = DATE_FORMAT
        return cell
    return value


def _sheet(wb: Workbook, title: str, header: Sequence[str], rows: Iterable[Sequence[Value]]) -> None:
    # types-openpyxl leaves out the write-only sheet's column_dimensions and auto_filter.
    ws: Any = wb.create_sheet(title)
    rows = list(rows)
    for col, label in enumerate(header, start=1):
        widest = max([len(w) for w in label.split()] + [text_width(r[col - 1]) for r in rows[:_WIDTH_SAMPLE]])
        ws.column_dimensions[get_column_letter(col)].width = column_width(widest)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"
    heads = []
    for label in header:
        cell = WriteOnlyCell(ws, value=label)
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGN
        heads.append(cell)
    ws.append(heads)
    for row in rows:
        ws.append([_cell(ws, v) for v in row])


def render_xlsx(archive: Archive) -> bytes:
    wb = Workbook(write_only=True)
    wb.properties.creator = "magplan"
    wb.properties.title = "Архив планов мероприятий МАГ"
    header = [COLUMN_LABELS[name] for name in TABLE_COLUMNS] + [SERIES_LABEL]
    _sheet(wb, ALL_SHEET, header, (_item_values(p, i, s) for p, i, s in items(archive)))
    summary = [
        [
            year,
            plans,
            *counts,
            total,
            "; ".join(e.source for e in archive.plans if e.plan and e.plan.document.year == year),
        ]
        for year, plans, counts, total in year_counts(archive)
    ]
    _sheet(wb, SUMMARY_SHEET, ["Год", "Планов", *KIND_TITLES.values(), "Всего", "Источники"], summary)
    series: list[list[Value]] = [
        [KIND_TITLES[r.kind], r.key, r.title, ", ".join(map(str, r.years)), len(r.years), r.items]
        for r in series_rows(archive)
    ]
    _sheet(wb, SERIES_SHEET, ["Вид", "Серия", "Название (последний год)", "Годы", "Лет", "Пунктов"], series)
    duplicates: list[list[Value]] = [
        [d.entry.source, d.entry.format, d.entry.plan.document.year if d.entry.plan else None, d.kept, d.identical]
        for d in archive.duplicates
    ]
    _sheet(wb, DUPLICATES_SHEET, ["Источник", "Формат", "Год", "Взят в архив файл", "Тот же файл"], duplicates)
    failures: list[list[Value]] = [[e.source, e.format, e.error] for e in archive.failures]
    _sheet(wb, FAILURES_SHEET, ["Источник", "Формат", "Ошибка"], failures)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def render_csv(archive: Archive, dialect: str = "rfc4180") -> bytes:
    """The items table as `magplan convert --to csv` writes it, plus the `series` column."""
    plans = [e.plan for e in archive.plans if e.plan is not None]
    keys = [key for plan_keys in archive.series for key in plan_keys]
    rows = to_csv.rows(plans)
    table = [[*rows[0], SERIES_COLUMN]] + [
        [*row, to_csv.guard_formula(key)] for row, key in zip(rows[1:], keys, strict=True)
    ]
    return _csv_bytes(table, dialect)


def render_failures_csv(archive: Archive, dialect: str = "rfc4180") -> bytes:
    table = [["source", "format", "error"]]
    table += [[to_csv.guard_formula(v) for v in (e.source, e.format, e.error or "")] for e in archive.failures]
    return _csv_bytes(table, dialect)


def _csv_bytes(table: list[list[str]], dialect: str) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=to_csv.DIALECTS[dialect], lineterminator="\r\n")
    writer.writerows(table)
    return buffer.getvalue().encode("utf-8-sig")


def archive_dict(archive: Archive) -> dict[str, Any]:
    plans, all_items = [], []
    for entry, keys in zip(archive.plans, archive.series, strict=True):
        assert entry.plan is not None
        data = entry.plan.to_dict()
        doc = data["document"]
        plans.append(
            {
                "source": entry.source,
                "sha256": entry.sha256,
                "items": len(data["items"]),
                "document": doc,
                "warnings": data["warnings"],
            }
        )
        for item, key in zip(data["items"], keys, strict=True):
            all_items.append({"year": doc["year"], "source": entry.source, SERIES_COLUMN: key} | item)
    return {
        "schema": ARCHIVE_SCHEMA,
        "generator": f"magplan {__version__}",
        "plans": plans,
        "items": all_items,
        "series": [
            {"kind": r.kind, "series": r.key, "title": r.title, "years": r.years, "items": r.items}
            for r in series_rows(archive)
        ],
        "duplicates": [
            {
                "source": d.entry.source,
                "format": d.entry.format,
                "year": d.entry.plan.document.year if d.entry.plan else None,
                "duplicate_of": d.kept,
                "identical_file": d.identical,
            }
            for d in archive.duplicates
        ],
        "failures": [{"source": e.source, "format": e.format, "error": e.error} for e in archive.failures],
    }


def render_json(archive: Archive) -> bytes:
    return json.dumps(archive_dict(archive), ensure_ascii=False, indent=2).encode("utf-8")
