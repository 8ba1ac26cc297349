"""Russian labels for the plan table: column headers, kinds, months, recurrences.

The one place where the contract's field names get their Russian wording, so
that every human-facing writer (spreadsheet, document, print) says the same.
"""

from __future__ import annotations

from magplan.model import KINDS, TABLE_COLUMNS, Kind, Precision, Recurrence

COLUMN_LABELS: dict[str, str] = {
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
# A column added to the contract without a label would silently get an English header.
assert list(COLUMN_LABELS) == list(TABLE_COLUMNS), "COLUMN_LABELS must follow TABLE_COLUMNS"

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

RECURRENCE_LABELS: dict[Recurrence, str] = {
    "continuous": "постоянно",
    "monthly": "ежемесячно",
    "quarterly": "ежеквартально",
    "yearly": "ежегодно",
    "separate_schedule": "по отдельному графику",
}

MONTHS: tuple[str, ...] = (
    "Январь",
    "Февраль",
    "Март",
    "Апрель",
    "Май",
    "Июнь",
    "Июль",
    "Август",
    "Сентябрь",
    "Октябрь",
    "Ноябрь",
    "Декабрь",
)
