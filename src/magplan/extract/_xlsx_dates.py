"""A date cell of a workbook as its number format shows it, where the format names the month.

A secretary types «01.03.2027» and formats the cell as «ММММ» (Russian Excel's
«mmmm»): the sheet shows «Март», and that is what the plan prints, a month,
not a day.  Formats that show the month by its name («mmmm», «mmm», with a day,
a weekday or a year around it) are rendered here as Russian Excel renders
them (the month's name in the genitive after a day: «15 марта»); every other
date format keeps `xlsx.cell_text`'s ДД.ММ.ГГГГ, which is what a Russian Excel
shows for the built-in date formats.
"""

from __future__ import annotations

import datetime as dt
import re

from magplan.normalize.months import GENITIVE, NOMINATIVE, SHORT

_WEEKDAYS = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")
_SHORT_WEEKDAYS = ("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс")
# The tokens of a number format: a bracketed part (a locale, a colour), a quoted or escaped
# literal, a date or time code, any other character.
_TOKEN = re.compile(r'\[[^\]]*\]|"[^"]*"|\\.|y+|m+|d+|h+|s+|.', re.IGNORECASE)
_MONTH_NAME = re.compile(r"mmm", re.IGNORECASE)


def shown_date(value: dt.date, number_format: str | None) -> str | None:
    """`value` as `number_format` shows it when the format names the month, else None."""
    if not number_format or not _MONTH_NAME.search(number_format):
        return None
    section = number_format.split(";", 1)[0]
    out: list[str] = []
    day_before = False
    for token in _TOKEN.findall(section):
        low = token.lower()
        if token.startswith("["):
            continue
        if token.startswith('"'):
            out.append(token[1:-1])
        elif token.startswith("\\"):
            out.append(token[1:])
        elif low.startswith("y"):
            out.append(str(value.year) if len(low) > 2 else f"{value.year % 100:02d}")
        elif low.startswith("d"):
            if len(low) >= 4:
                out.append(_WEEKDAYS[value.weekday()])
            elif len(low) == 3:
                out.append(_SHORT_WEEKDAYS[value.weekday()])
            else:
                out.append(f"{value.day:0{len(low)}d}")
                day_before = True
        elif low.startswith("m"):
            month = value.month - 1
            if len(low) >= 4:
                # Russian Excel names the month in the genitive after a day («15 марта»).
                out.append(GENITIVE[month] if day_before else NOMINATIVE[month].capitalize())
            elif len(low) == 3:
                out.append(SHORT[month])
            else:
                out.append(f"{value.month:0{len(low)}d}")
        elif low.startswith(("h", "s")):
            return None  # a time of day beside the month: the plain rendering says it better
        else:
            out.append(token)
    text = " ".join("".join(out).split())
    return text or None
