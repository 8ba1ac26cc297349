"""The «Календарь» sheet: the plan's items against the twelve months of its year.

Dated items come first, in order of their start; a mark fills each month their
period touches (the days for a day-precise date, «●» for a coarser one, «≈»
and a lighter fill when the plan calls the date approximate).  Items with a
recurrence or no period follow in document order, with their wording spread
across the months.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from magplan.model import Item, Plan
from magplan.write._xlsx_cells import finish_table, set_value, write_header, write_rows
from magplan.write.labels import COLUMN_LABELS, KIND_LABELS, MONTHS, RECURRENCE_LABELS

CALENDAR_SHEET = "Календарь"
_LEAD_COLUMNS = ("number", "kind", "title", "place", "date_text")
MONTH_WIDTH = 10
EXACT_FILL = PatternFill("solid", fgColor="8EA9DB")
APPROX_FILL = PatternFill("solid", fgColor="DDEBF7")
UNDATED_FILL = PatternFill("solid", fgColor="F2F2F2")
APPROX_FONT = Font(name="Calibri", size=11, italic=True)  # the workbook default font, italic
CENTER = Alignment(horizontal="center", vertical="top")
# Shown centred over all twelve month cells without merging them, so sorting and filtering still work.
ACROSS = Alignment(horizontal="centerContinuous", vertical="top")
NO_PERIOD = "срок не указан"
LEGEND = "● — срок в этом месяце; число — день месяца; ≈ и светлая заливка — ориентировочно"


def month_mark(item: Item, year: int, month: int) -> str | None:
    """What the cell of `month` shows for `item`, or None when its period misses the month."""
    start, end = item.date_start, item.date_end or item.date_start
    if start is None or end is None:
        return None
    first = dt.date(year, month, 1)
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    if start > last or end < first:
        return None
    if item.date_precision == "day":
        lo, hi = max(start, first).day, min(end, last).day
        mark = str(lo) if lo == hi else f"{lo}–{hi}"
        return "≈" + mark if item.approximate else mark
    return "≈" if item.approximate else "●"


def calendar_year(plan: Plan) -> int | None:
    if plan.document.year:
        return plan.document.year
    # Without a heading year, the year most of the dates fall in stands for the plan's.
    years = Counter(item.date_start.year for item in plan.records if item.date_start)
    return years.most_common(1)[0][0] if years else None


def _undated_wording(item: Item) -> str:
    if item.recurrence:
        return RECURRENCE_LABELS[item.recurrence]
    return item.date_text or NO_PERIOD


def write_calendar_sheet(wb: Workbook, plan: Plan) -> Worksheet:
    ws: Worksheet = wb.create_sheet(CALENDAR_SHEET)
    lead = len(_LEAD_COLUMNS)
    write_header(ws, [*(COLUMN_LABELS[name] for name in _LEAD_COLUMNS), *MONTHS])
    year = calendar_year(plan)
    dated = [item for item in plan.records if item.date_start and year is not None]
    dated.sort(key=lambda item: (item.date_start, item.date_end or item.date_start))
    # By identity: dataclass equality would treat two identical rows as one.
    rest = [item for item in plan.records if not any(item is d for d in dated)]
    ordered = dated + rest

    def lead_values(item: Item) -> list[str | int | None]:
        return [item.number, KIND_LABELS[item.kind], item.title, item.place, item.date_text]

    write_rows(ws, (lead_values(item) for item in ordered))
    for row, item in enumerate(dated, start=2):
        for month in range(1, 13):
            mark = month_mark(item, year, month) if year is not None else None
            if mark:
                cell = ws.cell(row=row, column=lead + month)
                set_value(cell, mark)
                cell.alignment = CENTER
                cell.fill = APPROX_FILL if item.approximate else EXACT_FILL
                if item.approximate:
                    cell.font = APPROX_FONT
    for row, item in enumerate(rest, start=len(dated) + 2):
        set_value(ws.cell(row=row, column=lead + 1), _undated_wording(item))
        for month in range(1, 13):
            cell = ws.cell(row=row, column=lead + month)
            cell.alignment = ACROSS
            cell.fill = UNDATED_FILL
    last = len(ordered) + 1
    # Months last: a recurrence wording in January must not widen January.
    finish_table(ws, last_row=last, freeze=ws.cell(row=2, column=lead + 1).coordinate)
    for month in range(1, 13):
        ws.column_dimensions[get_column_letter(lead + month)].width = MONTH_WIDTH
        ws.cell(row=1, column=lead + month).alignment = Alignment(horizontal="center", vertical="center")
    set_value(ws.cell(row=last + 2, column=1), LEGEND)
    return ws
