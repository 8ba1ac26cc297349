"""Spreadsheet building blocks shared by the workbook sheets.

Everything that decides how one value lands in one cell lives here, so that
the formula guard, the date format and the column sizing are the same on
every sheet.
"""

from __future__ import annotations

import datetime as dt
import math
import textwrap
from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell, MergedCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from magplan.write.labels import NO, YES, cell_value, join_list, yes_no

DATE_FORMAT = "DD.MM.YYYY"
MAX_WIDTH = 60  # characters; longer text wraps instead of widening the column
MIN_WIDTH = 4
LINE_HEIGHT = 15  # points: one line of the default 11 pt font
CHARS_PER_WIDTH = 1.0  # letters per width unit (the width of "0"); Cyrillic text averages about one
# Same starts as the CSV guard (OWASP): a spreadsheet would run such text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

HEADER_FONT = Font(name="Calibri", size=11, bold=True)  # the workbook default font, bold
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
HEADER_ALIGN = Alignment(wrap_text=True, vertical="center")
TOP = Alignment(vertical="top")
TOP_WRAP = Alignment(vertical="top", wrap_text=True)
TOP_CENTER = Alignment(vertical="top", horizontal="center")

Value = str | int | float | bool | dt.date | None

# Data sheets printed across several pages rather than below this share of full size:
# their 11 pt text stays at 9 pt or more on paper.
MIN_SCALE = 0.85
# Width of the printable line of A4 landscape with the default margins, in column-width units.
PAGE_WIDTH_UNITS = 130
DEFAULT_WIDTH = 13  # a column without a width of its own
A4 = 9  # in the OOXML table of paper sizes
FOOTER_TEXT = "Страница &P из &N"
# The footer shrinks with the sheet: 12 pt stays above 10 pt at the smallest scale a sheet gets.
FOOTER_FONT, FOOTER_PT = "Times New Roman", 12


def set_value(cell: Cell | MergedCell, value: Value) -> None:
    """Put `value` in `cell`; text is always stored as text, never as a formula."""
    if isinstance(value, str):
        # XML cannot carry most control characters; openpyxl would raise on them.
        text = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.value = text
        # openpyxl turns any str starting with "=" into a formula; force text for
        # every formula-like start, and let Excel keep it text when edited.
        cell.data_type = "s"
        if text.startswith(FORMULA_START):
            cell.quotePrefix = True
        return
    if isinstance(value, bool):
        # Excel shows a boolean cell as ИСТИНА/ЛОЖЬ whatever its number format: a reader gets the words.
        set_value(cell, yes_no(value))
        return
    cell.value = value
    if isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT


def make_cell(ws: Any, value: Value) -> Cell:
    """A detached cell of `ws` holding `value`, for ``ws.append`` (normal and write-only sheets alike)."""
    cell: Cell = WriteOnlyCell(ws, value=None)
    set_value(cell, value)
    return cell


def text_width(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, dt.date):
        return len(DATE_FORMAT)
    return max((len(line) for line in str(value).split("\n")), default=0)


def write_header(ws: Worksheet, labels: Sequence[str], row: int = 1) -> None:
    for col, label in enumerate(labels, start=1):
        cell = ws.cell(row=row, column=col)
        set_value(cell, label)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = HEADER_ALIGN


def write_rows(ws: Worksheet, rows: Iterable[Sequence[Value]], first_row: int = 2) -> None:
    for r, values in enumerate(rows, start=first_row):
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c)
            set_value(cell, value)
            # Text wraps at the column's capped width instead of spilling over its neighbours.
            cell.alignment = TOP_CENTER if value in (YES, NO) else TOP_WRAP if isinstance(value, str) else TOP


def fit_columns(ws: Worksheet, header_row: int = 1, last_row: int | None = None) -> None:
    """Width of each column from its longest line of text (capped); headers wrap onto words."""
    last = last_row or ws.max_row
    for col in range(1, ws.max_column + 1):
        header = ws.cell(row=header_row, column=col).value
        words = str(header or "").split()
        width = max((len(w) for w in words), default=0)
        for row in range(header_row + 1, last + 1):
            width = max(width, text_width(ws.cell(row=row, column=col).value))
        ws.column_dimensions[get_column_letter(col)].width = column_width(width)


def column_width(chars: int) -> int:
    """The width (in widths of "0", plus padding) that shows `chars` letters, capped."""
    return min(math.ceil(max(chars, MIN_WIDTH) / CHARS_PER_WIDTH) + 2, MAX_WIDTH)


def _wrapped_lines(text: str, width: float) -> int:
    chars = max(math.floor((width - 2) * CHARS_PER_WIDTH), 1)
    # Spreadsheets wrap at spaces, so a line-by-word count, not a letter count.
    return sum(len(textwrap.wrap(line, chars, break_on_hyphens=False)) or 1 for line in text.split("\n"))


def fit_rows(ws: Worksheet, first_row: int = 1, last_row: int | None = None) -> None:
    """Row heights for wrapped text.

    Neither Excel nor LibreOffice reliably grows a row for wrapped text in a
    file it did not write itself, so the lines are counted here.
    """
    for row in range(first_row, (last_row or ws.max_row) + 1):
        lines = 1
        for cell in ws[row]:
            if isinstance(cell.value, str) and cell.alignment.wrap_text:
                width = ws.column_dimensions[get_column_letter(cell.column)].width or MAX_WIDTH
                lines = max(lines, _wrapped_lines(cell.value, width))
        if lines > 1:
            ws.row_dimensions[row].height = lines * LINE_HEIGHT


def finish_table(ws: Worksheet, last_row: int | None = None, freeze: str = "A2", autofilter: bool = True) -> None:
    """Sizing, frozen header, filter and print set-up for a sheet whose row 1 is the header."""
    last = last_row or ws.max_row
    fit_columns(ws, last_row=last)
    fit_rows(ws, last_row=last)
    ws.freeze_panes = freeze
    if autofilter:
        ws.auto_filter.ref = f"A1:{get_column_letter(ws.max_column)}{last}"
    page_setup(ws)


def python_value(value: Any) -> Value:
    """A pandas/numpy scalar as the plain Python value a cell takes (NA → None, a list one entry per line)."""
    if isinstance(value, (list, tuple)):
        return join_list(str(v) for v in value)
    if value is None or pd.isna(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()
    if isinstance(value, (str, int, float, bool, dt.date)):
        return value
    return str(value)


def human_value(field: str, value: Any) -> Value:
    """A table value of `field` as a reader's cell: Russian words for codes, «да»/«нет», lists by line."""
    if not isinstance(value, (list, tuple)):
        value = python_value(value)
    return python_value(cell_value(field, value))


def pages_wide(column_widths: Iterable[float]) -> int:
    """How many pages wide a sheet must print so that it keeps at least `MIN_SCALE` of full size."""
    total = sum(column_widths)
    return max(1, math.ceil(total / (PAGE_WIDTH_UNITS * MIN_SCALE)))


def page_setup(ws: Any, title_rows: str | None = "1:1", fit_width: int | None = None) -> None:
    """A4 landscape, `fit_width` pages wide (computed from the column widths when None), as many
    pages tall as needed, the header row repeated, «Страница N из M» in the footer."""
    if fit_width is None:
        fit_width = pages_wide(dim.width or DEFAULT_WIDTH for dim in ws.column_dimensions.values())
    ws.page_setup.paperSize = A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = fit_width
    # 0: as many pages tall as needed, so fitting the width never shrinks the text further.
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    if title_rows:
        ws.print_title_rows = title_rows
    footer = ws.oddFooter
    footer.center.text = FOOTER_TEXT
    footer.center.size = FOOTER_PT
    footer.center.font = FOOTER_FONT
