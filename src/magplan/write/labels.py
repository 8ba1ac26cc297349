"""Russian wording of the plan table: column headers and the words for every code.

The one place where the contract's field names and codes get their Russian
wording, so that every human-facing output (the workbook, the ``excel-ru``
CSV, the official document, print) says the same, and the one place that
maps that wording back (`field_from_cell`), so that what a person reads and
edits can be read in again.  Machine outputs (JSON, the default CSV) keep
the contract's codes and never come here.

In a human cell: a code is its Russian word («Мероприятие», «месяц»,
«ежеквартально»), a yes/no is «да»/«нет» (as text: Excel shows a boolean cell
as ИСТИНА/ЛОЖЬ whatever its number format), a list has one entry per line, and
the periods of `occurrences` are «ДД.ММ.ГГГГ–ДД.ММ.ГГГГ» one per line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any, get_args

from magplan.messages import plural_ru
from magplan.model import KINDS, TABLE_COLUMNS, Kind, Precision, Recurrence
from magplan.normalize.months import NOMINATIVE

# Every field that may appear in the table, in no particular order; COLUMN_LABELS
# follows the model's column order and fails loudly on a column without a label.
_LABELS: dict[str, str] = {
    "year": "Год",
    "source": "Источник",
    "kind": "Вид",
    "section": "Раздел",
    "number": "№",
    "title": "Мероприятие",
    "members": "Участники",
    "place": "Место",
    "date_text": "Срок (как в плане)",
    "date_start": "Начало",
    "date_end": "Окончание",
    "date_precision": "Точность даты",
    "occurrences": "Периоды",
    "recurrence": "Периодичность",
    "approximate": "Ориентировочно",
    "participation": "Участие",
    "organizers": "Организаторы",
    "note": "Примечание",
    "responsible": "Ответственные",
    "age_years": "Возраст, лет",
    "edition": "Номер (издание)",
    "page": "Страница",
}
_missing = [name for name in TABLE_COLUMNS if name not in _LABELS]
# A column added to the contract without a label would silently get an English header.
assert not _missing, f"labels.py has no Russian header for {_missing}"
COLUMN_LABELS: dict[str, str] = {name: _LABELS[name] for name in TABLE_COLUMNS}

FIELD_BY_LABEL: dict[str, str] = {label: name for name, label in COLUMN_LABELS.items()}

# Plural: a heading for the items of one kind (a sheet, a section of a report).
KIND_TITLES: dict[Kind, str] = {
    "event": "Мероприятия",
    "information": "Информационная работа",
    "anniversary": "Юбилеи городов",
    "city_day": "Дни городов",
}
# Singular: what one item of the kind is.
KIND_LABELS: dict[Kind, str] = {
    "event": "Мероприятие",
    "information": "Информационная работа",
    "anniversary": "Юбилей города",
    "city_day": "День города",
}
assert set(KIND_TITLES) == set(KIND_LABELS) == set(KINDS)

PRECISION_LABELS: dict[Precision, str] = {
    "day": "день",
    "month": "месяц",
    "quarter": "квартал",
    "half_year": "полугодие",
    "year": "год",
}
assert set(PRECISION_LABELS) == set(get_args(Precision))

# Keyed by str, not `Recurrence`: the labels may run ahead of the model's list of codes.
RECURRENCE_LABELS: dict[str, str] = {
    "continuous": "постоянно",
    "monthly": "ежемесячно",
    "quarterly": "ежеквартально",
    "half_yearly": "раз в полугодие",
    "yearly": "ежегодно",
    "as_needed": "по мере необходимости",
    "separate_schedule": "по отдельному графику",
}
assert set(get_args(Recurrence)) <= set(RECURRENCE_LABELS), "a recurrence code has no Russian word"

# The fields whose values are codes, and the Russian word of each code.
CODE_LABELS: dict[str, dict[str, str]] = {
    "kind": {str(code): label for code, label in KIND_LABELS.items()},
    "date_precision": {str(code): label for code, label in PRECISION_LABELS.items()},
    "recurrence": RECURRENCE_LABELS,
}
# Other words a person types in a code's cell of the workbook.
_TYPED_CODE_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "kind": {code: (title,) for code, title in KIND_TITLES.items()},
    "date_precision": {
        "day": ("дни", "дата"),
        "month": ("месяцы",),
        "quarter": ("кварталы",),
        "half_year": ("полугодия", "полгода"),
    },
}


def word_key(text: str) -> str:
    """How a cell's words are compared with the vocabulary: any letter case, «ё» as «е», spaces folded."""
    return " ".join(text.casefold().replace("ё", "е").split())


# Reverse: a cell's text back to its code, from the one vocabulary every reader of the workbook uses
# (`field_from_cell`, the edited-workbook reader).  The code itself is accepted too, so a workbook of
# an older magplan (which wrote codes) still reads.
CODE_BY_LABEL: dict[str, dict[str, str]] = {
    name: {
        **{word_key(code): code for code in labels},
        **{word_key(word): code for code, words in _TYPED_CODE_WORDS.get(name, {}).items() for word in words},
        **{word_key(label): code for code, label in labels.items()},
    }
    for name, labels in CODE_LABELS.items()
}

YES, NO = "да", "нет"
# What a person, another tool or an older magplan workbook puts in a yes/no cell
# (pandas' true/false, a Russian Excel's ИСТИНА/ЛОЖЬ, LibreOffice's 1/0, ticks).
_BOOLEAN_WORDS: dict[str, bool] = {
    **dict.fromkeys((YES, "истина", "true", "yes", "1", "+", "x", "х", "✓", "✔"), True),
    **dict.fromkeys((NO, "ложь", "false", "no", "0", "-", "–"), False),
}

LIST_SEPARATOR = "\n"  # a list in a human cell: one entry per line («; » reads like a CSV separator)
DATE_FORMAT = "%d.%m.%Y"
PERIOD_DASH = "–"
DEADLINE_WORD = "до"

MONTHS: tuple[str, ...] = tuple(month.capitalize() for month in NOMINATIVE)  # the calendar's columns


def code_label(field: str, code: str) -> str:
    """The Russian word for `code` of `field` («event» → «Мероприятие»); unknown codes as they are."""
    return CODE_LABELS[field].get(code, code)


def code_from_label(field: str, text: str) -> str:
    """The code that a cell of `field` stands for («Мероприятие», «мероприятие» or «event» → «event»)."""
    found = CODE_BY_LABEL[field].get(word_key(text))
    if found is None:
        known = ", ".join(f"«{label}»" for label in CODE_LABELS[field].values())
        raise ValueError(f"«{text}» is not a value of «{COLUMN_LABELS.get(field, field)}» (one of {known})")
    return found


def yes_no(value: bool) -> str:
    return YES if value else NO


def bool_from_label(text: str) -> bool:
    found = _BOOLEAN_WORDS.get(word_key(text))
    if found is None:
        raise ValueError(f"«{text}» is neither «{YES}» nor «{NO}»")
    return found


def join_list(values: Iterable[str]) -> str | None:
    """A list as one cell, an entry per line; None for an empty list (an empty cell)."""
    return LIST_SEPARATOR.join(values) or None


def split_list(text: str | None) -> list[str]:
    """The inverse of `join_list`: the cell's lines, empty lines dropped."""
    if not text:
        return []
    return [line.strip() for line in text.split(LIST_SEPARATOR) if line.strip()]


def age_phrase(years: int) -> str:
    """«1 год», «3 года», «170 лет», «111 лет»: the noun agrees with the number."""
    return plural_ru(years, "год", "года", "лет")


def date_label(value: dt.date) -> str:
    return value.strftime(DATE_FORMAT)


def _as_date(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def period_label(start: Any, end: Any) -> str:
    """One period as a reader writes it: «01.03.2028–31.03.2028», «16.11.2028», «до 01.03.2028»."""
    first, last = _as_date(start), _as_date(end)
    if first is None and last is None:
        return ""
    if first is None:
        assert last is not None
        return f"{DEADLINE_WORD} {date_label(last)}"
    if last is None or last == first:
        return date_label(first)
    return f"{date_label(first)}{PERIOD_DASH}{date_label(last)}"


def periods_label(periods: Iterable[Sequence[Any]]) -> str | None:
    """Every period of `occurrences`, one per line; None when there is none."""
    return join_list(period_label(start, end) for start, end in periods)


_DATE = r"(\d{1,2}\.\d{1,2}\.\d{4})"
_PERIOD_RE = re.compile(rf"^(?:(?P<deadline>{DEADLINE_WORD}\s+)?{_DATE}(?:\s*[–—-]\s*{_DATE})?)$", re.IGNORECASE)


def _parse_date(text: str) -> dt.date:
    return dt.datetime.strptime(text, DATE_FORMAT).date()


def period_from_label(text: str) -> tuple[dt.date | None, dt.date]:
    """The inverse of `period_label`."""
    match = _PERIOD_RE.match(" ".join(text.split()))
    if not match:
        raise ValueError(f"«{text}» is not a period (ДД.ММ.ГГГГ–ДД.ММ.ГГГГ, ДД.ММ.ГГГГ or «до ДД.ММ.ГГГГ»)")
    first, last = _parse_date(match.group(2)), match.group(3)
    if match.group("deadline"):
        if last:
            raise ValueError(f"«{text}»: a deadline has one date")
        return None, first
    return first, _parse_date(last) if last else first


def periods_from_label(text: str | None) -> list[tuple[dt.date | None, dt.date]]:
    return [period_from_label(line) for line in split_list(text)]


LIST_FIELDS = frozenset(("members", "organizers"))
PERIOD_FIELDS = frozenset(("occurrences",))


def cell_value(field: str, value: Any) -> Any:
    """The value of `field` as a human cell shows it: the Russian word of a code, «да»/«нет»,
    a list one entry per line, periods one per line; None for a missing value.  Dates,
    numbers and text stay as they are (the caller formats dates)."""
    if field in PERIOD_FIELDS:
        return periods_label(value or [])
    if field in LIST_FIELDS:
        return join_list(value or [])
    if value is None:
        return None
    if isinstance(value, bool):
        return yes_no(value)
    if field in CODE_LABELS and isinstance(value, str):
        return code_label(field, value)
    return value


def field_from_cell(field: str, value: Any) -> Any:
    """The inverse of `cell_value` for the fields it translates (codes, yes/no, lists, periods);
    other values are returned as they are."""
    if field in PERIOD_FIELDS:
        return periods_from_label(value if isinstance(value, str) else None)
    if field in LIST_FIELDS:
        return split_list(value if isinstance(value, str) else None)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if field in CODE_LABELS:
        return code_from_label(field, str(value))
    if isinstance(value, str) and TABLE_COLUMNS.get(field) == "bool":
        return bool_from_label(value)
    return value
