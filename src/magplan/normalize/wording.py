"""A calendar period → the Russian wording a plan prints for it (the inverse of `dates.parse_period`).

Used where a period exists without its wording: a row typed into a
spreadsheet with dates but no «Срок», or a date that Excel turned into a date
cell.  The wording is the plan's own style («5 июля», «5-6 июля», «февраль»,
«август-сентябрь», «30 сентября - 2 октября», «до 1 апреля»), and
`parse_period` reads every wording made here back to the same period: a
period outside the plan's year is written with numeric dates, which carry
their year.
"""

from __future__ import annotations

import calendar
import datetime as dt

from magplan.normalize.months import GENITIVE, NOMINATIVE


def _numeric(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def _is_month_start(day: dt.date) -> bool:
    return day.day == 1


def _is_month_end(day: dt.date) -> bool:
    return day.day == calendar.monthrange(day.year, day.month)[1]


def period_wording(start: dt.date | None, end: dt.date | None, year: int | None) -> str | None:
    """The wording of the period `start`…`end` in a plan of `year`; None when there is no period.

    A deadline (no start) is «до 1 апреля»; a period given by its start only is that day.
    """
    if start is None and end is None:
        return None
    if start is None:
        assert end is not None
        deadline = f"до {end.day} {GENITIVE[end.month - 1]}"
        return deadline if end.year == year else f"{deadline} {end.year}"
    end = end or start
    if end < start:
        start, end = end, start
    if start.year != year or end.year != year:
        return _numeric(start) if start == end else f"{_numeric(start)} - {_numeric(end)}"
    if _is_month_start(start) and _is_month_end(end):
        if start.month == 1 and end.month == 12:
            return "в течение года"
        first = NOMINATIVE[start.month - 1]
        return first if start.month == end.month else f"{first}-{NOMINATIVE[end.month - 1]}"
    if start == end:
        return f"{start.day} {GENITIVE[start.month - 1]}"
    if start.month == end.month:
        return f"{start.day}-{end.day} {GENITIVE[start.month - 1]}"
    return f"{start.day} {GENITIVE[start.month - 1]} - {end.day} {GENITIVE[end.month - 1]}"
