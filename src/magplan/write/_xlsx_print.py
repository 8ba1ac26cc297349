"""The «Для печати» sheet: the plan as an office prints it, and print set-up for every sheet.

The data sheets hold every field for filtering and reading back; printed, 21
columns shrunk to one page width come out at 3 pt.  This sheet holds only what
a reader of the paper needs — «№ · Мероприятие · Место · Срок · Примечание» —
with section headings, in Times New Roman 12 pt on A4 landscape, columns
sized in millimetres to fit the page at full scale, borders on every cell,
the header row repeated on each page and «Страница N из M» in the footer.

The sheet is written with ``ws.append`` only, so that the same code fills a
normal worksheet (a plan's workbook) and a write-only one (an archive, which
may be large).  Rows get their height here, since neither Excel nor
LibreOffice grows a row for wrapped text in a file it did not write itself.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from magplan.model import Item, Plan
from magplan.write._measure import text_width_mm
from magplan.write._xlsx_cells import make_cell, page_setup
from magplan.write.labels import (
    KIND_TITLES,
    RECURRENCE_LABELS,
    age_phrase,
    date_label,
    periods_label,
)

PRINT_SHEET = "Для печати"
FONT_NAME = "Times New Roman"
BODY_PT, TITLE_PT = 12, 13
LINE_PT = 14.5  # one line of 12 pt Times New Roman as spreadsheets print it (LibreOffice: 13.8)
PADDING_MM = 2.5  # what a cell leaves around its text
# `text_width_mm` errs wide for Times; measured on LibreOffice's print (Liberation Serif, 12 pt) it runs
# about 12 % over, so lines are counted at 90 %: still a little wide, never a clipped last line.
WIDTH_CALIBRATION = 0.9
# A4 landscape, 12 mm margins left and right: 273 mm of line; 265 leave room
# for the difference between how Excel and LibreOffice turn widths into millimetres.
COLUMNS_MM: tuple[tuple[str, float], ...] = (
    ("№", 12),
    ("Мероприятие", 105),
    ("Место", 35),
    ("Срок", 45),
    ("Примечание", 68),
)
MARGIN_MM = 12

_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
BODY_FONT = Font(name=FONT_NAME, size=BODY_PT)
BOLD_FONT = Font(name=FONT_NAME, size=BODY_PT, bold=True)
TITLE_FONT = Font(name=FONT_NAME, size=TITLE_PT, bold=True)
SECTION_FILL = PatternFill("solid", fgColor="F2F2F2")
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
CENTER_TOP = Alignment(wrap_text=True, vertical="top", horizontal="center")
CENTERED = Alignment(wrap_text=True, vertical="center", horizontal="center")


def width_units(mm: float) -> float:
    """A column width in Excel's units (widths of «0» in the default 11 pt font, 7 px at 96 dpi)."""
    return round((mm * 96 / 25.4 - 5) / 7, 2)


def _lines(text: str, width_mm: float, size_pt: float, bold: bool = False) -> int:
    """How many lines `text` takes in a column `width_mm` wide (wrapped at spaces, as spreadsheets do)."""
    room = width_mm - PADDING_MM
    count = 0
    for paragraph in text.split("\n"):
        line = ""
        lines = 1
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if line and WIDTH_CALIBRATION * text_width_mm(candidate, size_pt, bold) > room:
                lines += 1
                # A word wider than the column is broken across lines by the spreadsheet.
                line = word
                lines += max(0, math.ceil(WIDTH_CALIBRATION * text_width_mm(word, size_pt, bold) / room) - 1)
            else:
                line = candidate
        count += lines
    return max(count, 1)


@dataclass(slots=True)
class PrintRow:
    """One printed row: a heading across the table (`heading`) or the five cells of an item."""

    cells: Sequence[str | int | None] = ()
    heading: str | None = None
    title: bool = False  # the document's title above the table, not a section heading


def _deadline(item: Item) -> str:
    """What the «Срок» column shows: the wording as printed, else what the data says."""
    if item.date_text:
        text = item.date_text
    elif item.recurrence:
        text = RECURRENCE_LABELS.get(item.recurrence, item.recurrence)
    else:
        periods = getattr(item, "occurrences", None)
        if periods:
            text = periods_label(periods) or ""
        elif item.date_start or item.date_end:
            start, end = item.date_start, item.date_end
            text = " – ".join(date_label(d) for d in (start, end) if isinstance(d, dt.date))
        else:
            text = ""
    if item.approximate and "ориентировочн" not in text.lower():
        text = f"{text} (ориентировочно)" if text else "ориентировочно"
    return text


def _note(item: Item) -> str:
    parts = []
    if item.age_years is not None:
        parts.append(age_phrase(item.age_years))
    if item.note:
        parts.append(item.note)
    if item.responsible:
        parts.append(f"Ответственные: {item.responsible}")
    return "\n".join(parts)


def item_cells(item: Item) -> list[str | int | None]:
    title = item.title
    if item.members:
        title += "\n" + "\n".join(f"• {member}" for member in item.members)
    # A city row's place is the city, already its title.
    place = item.place if item.place and item.place != item.title else ""
    return [item.number, title, place, _deadline(item), _note(item)]


def plan_rows(plan: Plan, group_heading: str | None = None) -> Iterator[PrintRow]:
    """The rows of one plan: its heading (the title, or `group_heading` in an archive), sections, items."""
    heading = group_heading or plan.document.title
    if heading:
        yield PrintRow(heading=heading, title=group_heading is None)
    section: str | None = None
    kind: str | None = None
    for item in plan.records:
        if item.section != section or (not item.section and item.kind != kind):
            section, kind = item.section, item.kind
            # Rows before any heading have none; a kind without a printed heading gets its Russian name.
            name = item.section or (KIND_TITLES[item.kind] if item.kind != "event" else "")
            if name:
                yield PrintRow(heading=name)
        yield PrintRow(cells=item_cells(item))


def write_print_sheet(wb: Any, rows: Iterable[PrintRow], first_title: str | None = None) -> Any:
    """Add «Для печати» to `wb` (normal or write-only) with `rows`; the header row follows the title rows."""
    ws = wb.create_sheet(PRINT_SHEET)
    width = len(COLUMNS_MM)
    last = get_column_letter(width)
    for col, (_, mm) in enumerate(COLUMNS_MM, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width_units(mm)
    total_mm = sum(mm for _, mm in COLUMNS_MM)
    row_index = 0

    def append(values: Sequence[Any], font: Font, align: Alignment, height: float, fill: Any = None) -> None:
        nonlocal row_index
        row_index += 1
        ws.row_dimensions[row_index].height = height
        cells = []
        for value in values:
            cell = make_cell(ws, value)
            cell.font, cell.alignment, cell.border = font, align, BORDER
            if fill is not None:
                cell.fill = fill
            cells.append(cell)
        ws.append(cells)

    # Before the first row: a write-only sheet writes its properties and view with it.
    page_setup(ws, title_rows=None, fit_width=1)
    ws.page_margins.left = ws.page_margins.right = MARGIN_MM / 25.4
    ws.page_margins.top, ws.page_margins.bottom = 0.6, 0.7
    ws.print_options.horizontalCentered = True
    ws.sheet_view.showGridLines = False
    header_row = 0
    pending = list(rows)
    # Title rows (the document's title) stand above the header row, without borders.
    while pending and pending[0].title:
        text = pending.pop(0).heading or ""
        row_index += 1
        ws.row_dimensions[row_index].height = _lines(text, total_mm, TITLE_PT, True) * (TITLE_PT * 1.3) + 6
        cell = make_cell(ws, text)
        cell.font, cell.alignment = TITLE_FONT, CENTERED
        ws.append([cell])
        ws.merged_cells.add(f"A{row_index}:{last}{row_index}")
        row_index += 1
        ws.append([])
    append([label for label, _ in COLUMNS_MM], BOLD_FONT, CENTERED, LINE_PT + 6, HEADER_FILL)
    header_row = row_index
    for row in pending:
        if row.heading is not None:
            height = _lines(row.heading, total_mm, BODY_PT, True) * LINE_PT + 4
            append([row.heading] + [None] * (width - 1), BOLD_FONT, CENTER_TOP, height, SECTION_FILL)
            ws.merged_cells.add(f"A{row_index}:{last}{row_index}")
            continue
        lines = max(
            _lines(str(value), mm, BODY_PT) if value not in (None, "") else 1
            for value, (_, mm) in zip(row.cells, COLUMNS_MM, strict=True)
        )
        align = [CENTER_TOP] + [WRAP_TOP] * (width - 1)
        row_index += 1
        ws.row_dimensions[row_index].height = lines * LINE_PT + 4
        cells = []
        for value, alignment in zip(row.cells, align, strict=True):
            cell = make_cell(ws, value if value != "" else None)
            cell.font, cell.alignment, cell.border = BODY_FONT, alignment, BORDER
            cells.append(cell)
        ws.append(cells)
    ws.print_title_rows = f"{header_row}:{header_row}"
    return ws
