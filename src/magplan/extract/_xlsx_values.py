"""Cell values of an edited magplan workbook → the contract's field values.

A clerk's spreadsheet holds whatever was typed: a number as text («5.»), a
date as a date cell, as an Excel serial number or as text («05.07.2026»), a
boolean as ИСТИНА/ЛОЖЬ, 1/0 (LibreOffice saves booleans as numbers) or
«да»/«нет», a kind or a recurrence as its code (``city_day``) or its Russian
label («День города»).  Each function accepts all of these and returns the
value, or raises `BadCell` with what it could not read; the caller keeps the
row and turns that into a warning.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from magplan.extract.xlsx import cell_text
from magplan.normalize import numbers
from magplan.text import clean
from magplan.write import labels

_NUMERIC_DATE = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$")
_TYPED_SEPARATOR = re.compile(r"\s*;\s*")


class BadCell(ValueError):
    """A cell whose value does not fit its column."""


def text(value: Any) -> str | None:
    """Cell text with the contract's whitespace rules; an empty cell is None."""
    if value is None:
        return None
    if isinstance(value, str):
        return clean(value) or None
    return cell_text(value) or None


def code(value: Any, field: str) -> str | None:
    """A code field (kind, date_precision, recurrence) from its code or its Russian wording."""
    shown = text(value)
    if shown is None:
        return None
    try:
        return labels.code_from_label(field, shown)
    except ValueError as exc:
        raise BadCell(str(exc)) from None


def whole_number(value: Any, field: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise BadCell(f"{value!r} is not a number")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    shown = text(value) or ""
    found = numbers.age_years(shown) if field == "age_years" else numbers.row_number(shown)
    if found is None and shown.isdigit():
        found = int(shown)
    if found is None:
        raise BadCell(f"{shown!r} is not a whole number")
    return found


def boolean(value: Any) -> bool | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    shown = text(value)
    if shown is None:
        return None
    try:
        return labels.bool_from_label(shown)
    except ValueError as exc:
        raise BadCell(str(exc)) from None


def date(value: Any) -> dt.date | None:
    """A date cell, an Excel serial number, or a date typed as text (ДД.ММ.ГГГГ, ГГГГ-ММ-ДД)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        from openpyxl.utils.datetime import from_excel

        try:
            serial = from_excel(value)
        except (ValueError, OverflowError):
            raise BadCell(f"{value!r} is not a date") from None
        return serial.date() if isinstance(serial, dt.datetime) else None
    shown = text(value)
    if shown is None:
        return None
    try:
        if m := _NUMERIC_DATE.match(shown):
            day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
            return dt.date(year + 2000 if year < 100 else year, month, day)
        if m := _ISO_DATE.match(shown):
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        pass
    raise BadCell(f"{shown!r} is not a date (ДД.ММ.ГГГГ)")


def text_list(value: Any) -> list[str]:
    """A list cell: one entry per line, or entries joined with «; »."""
    # The lines as the workbook writes them (`labels.split_list`); a person may also type «a; b».
    return [part for line in labels.split_list(text(value)) for part in _TYPED_SEPARATOR.split(line) if part]
