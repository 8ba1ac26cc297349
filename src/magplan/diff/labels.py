"""How a difference is shown to a person: Russian field names and values, derived fields folded in.

The JSON report keeps every field; the terminal, workbook and page show a
field that follows from another (the dates from the wording, the organizers
from the note, the edition from the title) only when its source did not
change too, so that moving «февраль» to «март» is one line, not five.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from magplan.diff.compare import FieldChange, ItemChange
from magplan.write import labels

DERIVED: dict[str, tuple[str, ...]] = {
    "date_text": ("date_start", "date_end", "date_precision", "occurrences", "recurrence"),
    "note": ("organizers",),
    "title": ("edition", "participation", "place"),
}
STATUS_LABELS = {
    "added": "Добавлено",
    "removed": "Удалено",
    "changed": "Изменено",
    "unchanged": "Без изменений",
    "moved": "Перенесено",
}
REQUISITE_LABELS = {
    "title": "Заголовок",
    "year": "Год",
    "year_end": "Последний год",
    "approval": "Утверждение",
    "approval.position": "Утверждает: должность",
    "approval.name": "Утверждает: подпись",
    "approval.date_text": "Дата утверждения",
    "approval.number": "Номер утверждения",
    "signatory": "Подпись",
    "signatory.position": "Подписал: должность",
    "signatory.name": "Подписал: подпись",
    "footnotes": "Сноски",
    "section": "Раздел",
}
NO_SECTION = "(без раздела)"
_PRECISIONS = {"day": "день", "month": "месяц", "quarter": "квартал", "half_year": "полугодие", "year": "год"}


def field_label(name: str) -> str:
    if name in REQUISITE_LABELS and name not in ("title", "section"):
        return REQUISITE_LABELS[name]
    if name == "occurrences":
        return "Даты (все периоды)"
    return labels.COLUMN_LABELS.get(name, REQUISITE_LABELS.get(name, name))


def requisite_label(name: str) -> str:
    return REQUISITE_LABELS.get(name, name)


def _date(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else "…"


def shown(name: str, value: Any) -> str:
    """A value as a person reads it; «—» for nothing."""
    if value is None or value == [] or value == "":
        return NO_SECTION if name == "section" and value == "" else "—"
    if isinstance(value, bool):
        return "да" if value else "нет"
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if name == "occurrences":
        return "; ".join(f"{_date(start)}–{_date(end)}" for start, end in value)
    if isinstance(value, dict):
        return ", ".join(str(v) for v in value.values() if v)
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if name == "kind":
        return str(labels.KIND_LABELS.get(value, value))
    if name == "recurrence":
        return str(labels.RECURRENCE_LABELS.get(value, value))
    if name == "date_precision":
        return str(_PRECISIONS.get(value, value))
    return str(value)


def visible_changes(change: ItemChange) -> list[FieldChange]:
    """The item's changes without the fields whose source changed as well."""
    changed = {c.field for c in change.changes}
    hidden = {derived for source, fields in DERIVED.items() if source in changed for derived in fields}
    return [c for c in change.changes if c.field not in hidden]


def change_line(change: FieldChange) -> str:
    return f"{field_label(change.field)}: {shown(change.field, change.old)} → {shown(change.field, change.new)}"


def status_label(change: ItemChange) -> str:
    if change.status == "changed" and not change.edited:
        return STATUS_LABELS["moved"]
    return STATUS_LABELS[change.status]
