"""archive.xlsx: the archive as an analyst and a secretary read it.

Sheets: «Сводка» (one line of counts, items per year and kind with their
total, events per month, and two native Excel charts of those tables), «Все»
(every item of every distinct plan, as in a plan's workbook, plus «Серия»:
the series' most recent printed title), «Серии», «Для печати» (every plan as
an office prints it), «Дубликаты» (each copy set aside, the copy kept and
why), «Пропущенные» (files of a kind magplan does not read) and «Ошибки»
(files that could not be read, the reason in Russian and the program's
detail).  Every sheet prints on A4 landscape at 9 pt or more.

The workbook is written in openpyxl's write-only mode: an archive-wide table
in the normal mode costs about fifty times its size in memory (REFERENCES.md,
pitfall 10).  Its «Все» sheet has the single-plan workbook's columns, so
`magplan.write.to_xlsx.read_items` reads it back as the items table.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break

from magplan.batch.combine import Archive, Entry, item_count, items, month_counts, series_rows, year_counts
from magplan.messages import SKIPPED_REASON, duplicate_text, error_text, plural_ru
from magplan.model import ITEM_COLUMNS, TABLE_COLUMNS, Item, Plan
from magplan.write._xlsx_cells import (
    DATE_FORMAT,
    FORMULA_START,
    HEADER_ALIGN,
    HEADER_FILL,
    HEADER_FONT,
    column_width,
    page_setup,
    text_width,
)
from magplan.write._xlsx_print import PrintRow, plan_rows, write_print_sheet
from magplan.write.labels import COLUMN_LABELS, KIND_LABELS, KIND_TITLES, MONTHS, cell_value
from magplan.write.to_xlsx import ALL_SHEET

SERIES_LABEL = "Серия"
SUMMARY_SHEET, SERIES_SHEET = "Сводка", "Серии"
DUPLICATES_SHEET, SKIPPED_SHEET, FAILURES_SHEET = "Дубликаты", "Пропущенные", "Ошибки"
TOTAL = "Итого"
# Column widths are measured on the first rows only: later rows rarely widen a column.
_WIDTH_SAMPLE = 2000
# The per-month chart shows the most recent years; more bars than this are not read.
CHART_YEARS = 8
CHART_ROWS = 15  # rows a 7 cm chart covers (15 pt rows), and a gap
CHART_CM = (20, 7)  # two charts fit one A4 landscape page, on the page after the tables
WRAP = Alignment(wrap_text=True, vertical="top")
SUMMARY_FONT = Font(name="Calibri", size=12, bold=True)

Value = str | int | float | bool | dt.date | None


def summary_ru(archive: Archive, files: int) -> str:
    """«24 файла: 3 плана (122 пункта), 21 дубликат; файлов неподдерживаемого формата: 1; не прочитано: 0»."""
    return (
        f"{plural_ru(files + len(archive.skipped), 'файл', 'файла', 'файлов')}: "
        f"{plural_ru(len(archive.plans), 'план', 'плана', 'планов')} "
        f"({plural_ru(item_count(archive), 'пункт', 'пункта', 'пунктов')}), "
        f"{plural_ru(len(archive.duplicates), 'дубликат', 'дубликата', 'дубликатов')}; "
        f"файлов неподдерживаемого формата: {len(archive.skipped)}; не прочитано: {len(archive.failures)}"
    )


def _cell(ws: Any, value: Value) -> Value | Cell:
    if isinstance(value, str):
        text = ILLEGAL_CHARACTERS_RE.sub("", value)
        multiline = "\n" in text
        if not text.startswith(FORMULA_START) and not multiline:
            return text
        cell = WriteOnlyCell(ws, value=None)
        cell.value = text
        # openpyxl stores a str starting with "=" as a formula; force text, as the single-plan workbook does.
        cell.data_type = "s"
        if text.startswith(FORMULA_START):
            cell.quotePrefix = True
        if multiline:
            cell.alignment = WRAP  # a list, one entry per line
        return cell
    if isinstance(value, dt.date):
        cell = WriteOnlyCell(ws, value=value)  # type: ignore[arg-type]  # the stubs forget dates
        cell.number_format = DATE_FORMAT
        return cell
    return value


def _header(ws: Any, labels: Sequence[str]) -> None:
    heads = []
    for label in labels:
        cell = WriteOnlyCell(ws, value=label)
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGN
        heads.append(cell)
    ws.append(heads)


def _sheet(wb: Workbook, title: str, header: Sequence[str], rows: Iterable[Sequence[Value]]) -> Any:
    """A table sheet: header, rows, widths, frozen header, filter, print set-up."""
    # types-openpyxl leaves out the write-only sheet's column_dimensions and auto_filter.
    ws: Any = wb.create_sheet(title)
    rows = list(rows)
    for col, label in enumerate(header, start=1):
        widest = max([len(w) for w in label.split()] + [text_width(r[col - 1]) for r in rows[:_WIDTH_SAMPLE]])
        ws.column_dimensions[get_column_letter(col)].width = column_width(widest)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"
    page_setup(ws)
    _header(ws, header)
    for row in rows:
        ws.append([_cell(ws, v) for v in row])
    return ws


def _item_values(plan: Plan, item: Item, series: str) -> list[Value]:
    values: list[Value] = [plan.document.year, plan.document.source]
    # As the plan's workbook shows them: Russian words, «да»/«нет», lists one entry per line.
    values += [cell_value(name, getattr(item, name)) for name in ITEM_COLUMNS]
    return [*values, series]


def _summary_sheet(wb: Workbook, archive: Archive, files: int) -> None:
    ws: Any = wb.create_sheet(SUMMARY_SHEET, 0)
    kinds = list(KIND_TITLES.values())
    years = year_counts(archive)
    months = month_counts(archive)
    shown = list(months)[-CHART_YEARS:]
    widths = [10, 9, *(max(len(w) for w in k.split()) + 3 for k in kinds), 10, 30]
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    page_setup(ws, title_rows=None)
    title = WriteOnlyCell(ws, value=summary_ru(archive, files))
    title.font = SUMMARY_FONT
    ws.append([title])
    ws.append([])
    _header(ws, ["Год", "Планов", *kinds, "Всего пунктов", "Источники"])
    first = 4
    for year, plans, counts, total in years:
        sources = [e.source for e in archive.plans if e.plan and e.plan.document.year == year]
        ws.append([year, plans, *counts, total, _cell(ws, "\n".join(sources))])
    last = first + len(years) - 1
    totals = [sum(row[2][i] for row in years) for i in range(len(kinds))]
    ws.append([TOTAL, len(archive.plans), *totals, item_count(archive)])
    ws.append([])
    month_header = first + len(years) + 2
    _header(ws, ["Месяц", *(str(y) for y in months), "Всего"])
    for index, name in enumerate(MONTHS):
        counts = [months[y][index] for y in months]
        ws.append([name, *counts, sum(counts)])
    kind_chart = BarChart()
    kind_chart.type, kind_chart.grouping, kind_chart.overlap = "col", "stacked", 100
    kind_chart.title = "Пункты планов по годам и видам"
    kind_chart.add_data(
        Reference(ws, min_col=3, max_col=2 + len(kinds), min_row=first - 1, max_row=last), titles_from_data=True
    )
    kind_chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    kind_chart.width, kind_chart.height = CHART_CM
    # Below the tables, within their width (the sheet prints one page wide at full size), on a page of their own.
    below = month_header + 14
    ws.row_breaks.append(Break(id=below - 1))
    ws.add_chart(kind_chart, f"A{below}")
    month_chart = BarChart()
    month_chart.type = "col"
    month_chart.title = f"{KIND_TITLES['event']} по месяцам (с датой или месяцем)"
    if shown:
        offset = len(months) - len(shown)
        data = Reference(
            ws, min_col=2 + offset, max_col=1 + len(months), min_row=month_header, max_row=month_header + 12
        )
        month_chart.add_data(data, titles_from_data=True)
        month_chart.set_categories(Reference(ws, min_col=1, min_row=month_header + 1, max_row=month_header + 12))
    month_chart.width, month_chart.height = CHART_CM
    ws.add_chart(month_chart, f"A{below + CHART_ROWS}")


def _print_rows(archive: Archive) -> Iterable[PrintRow]:
    years = [e.plan.document.year for e in archive.plans if e.plan and e.plan.document.year]
    span = f", {min(years)}–{max(years)}" if years and min(years) != max(years) else f", {years[0]}" if years else ""
    yield PrintRow(heading=f"Архив планов мероприятий{span}", title=True)
    for entry in archive.plans:
        assert entry.plan is not None
        doc = entry.plan.document
        heading = " — ".join(str(part) for part in (doc.year, doc.title or entry.source) if part)
        yield from plan_rows(entry.plan, group_heading=f"{heading} ({entry.source})")


def _failure_row(entry: Entry) -> list[Value]:
    return [entry.source, entry.format, error_text(entry.error_kind), entry.error]


def render_xlsx(archive: Archive, files: int | None = None) -> bytes:
    """The archive workbook; `files` is how many files the batch read (default: every file it names)."""
    if files is None:
        files = len(archive.plans) + len(archive.duplicates) + len(archive.failures)
    wb = Workbook(write_only=True)
    wb.properties.creator = "magplan"
    wb.properties.title = "Архив планов мероприятий МАГ"
    # Each series once: the «Все» sheet takes its title, «Серии» lists it.
    every_series = series_rows(archive)
    titles = {(r.kind, r.key): r.title for r in every_series}
    header = [COLUMN_LABELS[name] for name in TABLE_COLUMNS] + [SERIES_LABEL]
    _sheet(wb, ALL_SHEET, header, (_item_values(p, i, titles[(i.kind, s)]) for p, i, s in items(archive)))
    series: list[list[Value]] = [
        [KIND_LABELS[r.kind], r.title, ", ".join(map(str, r.years)), len(r.years), r.items] for r in every_series
    ]
    _sheet(wb, SERIES_SHEET, ["Вид", "Серия (название последнего года)", "Годы", "Лет", "Пунктов"], series)
    write_print_sheet(wb, _print_rows(archive))
    duplicates: list[list[Value]] = [
        [
            d.entry.source,
            d.entry.format + (" (скан)" if d.entry.scan else ""),
            d.entry.plan.document.year if d.entry.plan else None,
            d.kept,
            duplicate_text(d.reason, d.matched, d.items),
        ]
        for d in archive.duplicates
    ]
    _sheet(wb, DUPLICATES_SHEET, ["Файл", "Формат", "Год", "Взят в архив файл", "Причина"], duplicates)
    skipped: list[list[Value]] = [
        [source, SKIPPED_REASON.format(suffix=os.path.splitext(source)[1].lower() or "без расширения")]
        for source in archive.skipped
    ]
    _sheet(wb, SKIPPED_SHEET, ["Файл", "Почему пропущен"], skipped)
    failures = [_failure_row(e) for e in archive.failures]
    _sheet(wb, FAILURES_SHEET, ["Файл", "Формат", "Причина", "Подробности"], failures)
    # The summary first: the sheet an archive is opened to (added last, when every count is known).
    _summary_sheet(wb, archive, files)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
