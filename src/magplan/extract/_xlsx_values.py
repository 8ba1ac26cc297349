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
from magplan.model import KINDS
from magplan.normalize import numbers
from magplan.text import clean
from magplan.write import labels

_TRUE = {"да", "истина", "true", "yes", "1", "+", "x", "х", "✓", "✔"}
_FALSE = {"нет", "ложь", "false", "no", "0", "-", "–"}
_NUMERIC_DATE = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$")
_LIST_SPLIT = re.compile(r"\s*(?:\n|;)\s*")
_PRECISION_WORDS = {
    "day": ("день", "дни", "дата"),
    "month": ("месяц", "месяцы"),
    "quarter": ("квартал", "кварталы"),
    "half_year": ("полугодие", "полугодия", "полгода"),
    "year": ("год",),
}


class BadCell(ValueError):
    """A cell whose value does not fit its column."""


def _key(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split())


def _code_table() -> dict[str, dict[str, str]]:
    tables: dict[str, dict[str, str]] = {"kind": {}, "date_precision": {}, "recurrence": {}}
    for kind in KINDS:
        for word in (kind, labels.KIND_LABELS[kind], labels.KIND_TITLES[kind]):
            tables["kind"][_key(word)] = kind
    for precision, words in _PRECISION_WORDS.items():
        for word in (precision, *words):
            tables["date_precision"][_key(word)] = precision
    for recurrence, label in labels.RECURRENCE_LABELS.items():
        tables["recurrence"][_key(recurrence)] = recurrence
        tables["recurrence"][_key(label)] = recurrence
    # Russian labels another part of magplan may define for the codes (reverse maps, when present).
    for name, attr in (("date_precision", "PRECISION_LABELS"), ("recurrence", "RECURRENCE_LABELS")):
        for code, label in getattr(labels, attr, {}).items():
            tables[name][_key(label)] = code
    return tables


_CODES = _code_table()


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
    found = _CODES[field].get(_key(shown))
    if found is None:
        raise BadCell(f"{shown!r} is not a known value")
    return found


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
    shown = _key(text(value) or "")
    if not shown:
        return None
    if shown in _TRUE:
        return True
    if shown in _FALSE:
        return False
    raise BadCell(f"{shown!r} is neither «да» nor «нет»")


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
    shown = text(value)
    if shown is None:
        return []
    return [part for part in _LIST_SPLIT.split(shown) if part]
