"""The page's edits: a changed cell's derived fields, and the edited rows back into a `Plan`.

A clerk edits what the plan prints (the date wording, the title, the note);
what magplan derives from it follows by the same rules as reading
(`magplan.normalize`), never by rules of the page's own.  The rows the page
sends for a download are checked value by value against the contract before
they become a `Plan`, so the writers get what reading would have given them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, get_args

from magplan.errors import InputError
from magplan.model import (
    DATE_COLUMNS,
    ITEM_COLUMNS,
    KINDS,
    LIST_COLUMNS,
    Approval,
    DocumentInfo,
    Item,
    Plan,
    PlanWarning,
    Precision,
    Recurrence,
    Signatory,
)
from magplan.normalize import numbers
from magplan.normalize.dates import is_approximate, parse_period
from magplan.normalize.organizers import organizers

MAX_ITEMS = 20_000
MAX_TEXT = 20_000
_CODES: dict[str, tuple[str, ...]] = {
    "kind": KINDS,
    "date_precision": get_args(Precision),
    "recurrence": get_args(Recurrence),
}
_NOT_NULL = ("kind", "section", "title")
_CITY_KINDS = ("anniversary", "city_day")
# The fields a clerk may change; the rest follow from them (or are provenance).
SOURCE_FIELDS = ("kind", "section", "number", "title", "members", "place", "date_text", "note", "responsible",
                 "age_years", "approximate", "participation", "organizers", "edition", "date_start", "date_end",
                 "date_precision", "recurrence")  # fmt: skip


class BadEdit(InputError):
    """A value the contract does not allow (HTTP 400, shown beside the cell)."""


# --- derived fields


def derive(item: Item, field: str, before: Item, year: int | None, year_end: int | None) -> list[tuple[str, str]]:
    """Re-derive what follows from `field` of `item` (already set to its new value), as reading would.

    `before` is the item as it was: a row marked approximate by a footnote
    stays so whatever its new wording.  Returns the item's warnings (code, message).
    """
    if field == "date_text":
        return _redate(item, before, year, year_end)
    if field == "title" and item.kind not in _CITY_KINDS:
        item.participation = item.title.lower().startswith("участие")
        item.edition = numbers.edition(item.title)
    if field == "note":
        item.organizers = organizers(item.note)
    if field == "title" and item.kind in _CITY_KINDS:
        item.place = item.title or None
    return []


def _redate(item: Item, before: Item, year: int | None, year_end: int | None) -> list[tuple[str, str]]:
    # In a plan of several years a date without its year names no period (rule 11).
    dating_year = year if year_end in (None, year) else None
    span = parse_period(item.date_text, dating_year)
    warnings = []
    if item.date_text and not span.recognized:
        warnings.append(("unparsed_date", f"date wording {item.date_text!r} not understood; dates left null"))
    by_footnote = before.approximate and not (before.date_text and is_approximate(before.date_text))
    item.date_start, item.date_end = span.start, span.end
    item.date_precision, item.recurrence = span.precision, span.recurrence
    item.approximate = span.approximate or by_footnote
    return warnings


# --- the page's plan back into a Plan


def item_json(item: Item) -> dict[str, Any]:
    """An item as `Plan.to_dict()` writes it (the contract's JSON)."""
    data: dict[str, Any] = Plan(DocumentInfo("", ""), [item]).to_dict()["items"][0]
    return data


def _fail(where: str, message: str) -> BadEdit:
    return BadEdit(f"{where}: {message}")


def _text(value: Any, where: str, nullable: bool = True) -> str | None:
    if value is None and nullable:
        return None
    if not isinstance(value, str):
        raise _fail(where, "text expected")
    if len(value) > MAX_TEXT:
        raise _fail(where, f"longer than {MAX_TEXT} characters")
    return value


def _integer(value: Any, where: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) > 10**9:
        raise _fail(where, f"{value!r} is not a whole number")
    return value


def _date(value: Any, where: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise _fail(where, f"{value!r} is not a date (YYYY-MM-DD)") from None


def _value(name: str, dtype: str, value: Any, where: str) -> Any:
    if name in DATE_COLUMNS:
        return _date(value, where)
    if name in LIST_COLUMNS:
        if not isinstance(value, list):
            raise _fail(where, "a list of texts expected")
        return [_text(v, where, nullable=False) for v in value]
    if dtype == "Int64":
        return _integer(value, where)
    if dtype == "bool":
        if not isinstance(value, bool):
            raise _fail(where, "yes or no expected")
        return value
    if dtype == "object":  # periods: [[start, end], …]
        if not isinstance(value, list) or not all(isinstance(p, list) and len(p) == 2 for p in value):
            raise _fail(where, "a list of [start, end] periods expected")
        periods = [(_date(a, where), _date(b, where)) for a, b in value]
        if any(end is None for _, end in periods):
            raise _fail(where, "a period needs an end date")
        return periods
    text = _text(value, where, nullable=name not in _NOT_NULL)
    if name in _CODES and text is not None and text not in _CODES[name]:
        raise _fail(where, f"{text!r} is not one of {', '.join(_CODES[name])}")
    return text


def item_from_json(data: Any, where: str = "item") -> Item:
    if not isinstance(data, dict):
        raise _fail(where, "an object expected")
    unknown = set(data) - set(ITEM_COLUMNS)
    if unknown:
        raise _fail(where, f"unknown field {sorted(unknown)[0]!r}")
    known = {f.name for f in dataclasses.fields(Item)}
    values = {
        name: _value(name, dtype, data.get(name), f"{where}.{name}")
        for name, dtype in ITEM_COLUMNS.items()
        if name in known and (name in data or name in _NOT_NULL)
    }
    return Item(**values)


def _document(data: Any) -> DocumentInfo:
    if not isinstance(data, dict):
        raise _fail("document", "an object expected")
    signatory, approval = data.get("signatory"), data.get("approval")
    try:
        return DocumentInfo(
            source=_text(data.get("source"), "document.source", nullable=False) or "plan",
            format=_text(data.get("format"), "document.format", nullable=False) or "",
            title=_text(data.get("title"), "document.title"),
            year=_integer(data.get("year"), "document.year"),
            signatory=Signatory(**signatory) if isinstance(signatory, dict) else None,
            approval=Approval(**approval) if isinstance(approval, dict) else None,
            footnotes=[_text(f, "document.footnotes", nullable=False) or "" for f in data.get("footnotes") or []],
            **({"year_end": _integer(data.get("year_end"), "document.year_end")} if _has_year_end() else {}),
        )
    except TypeError as exc:
        raise _fail("document", str(exc)) from None


def _has_year_end() -> bool:
    return any(f.name == "year_end" for f in dataclasses.fields(DocumentInfo))


def plan_from_json(data: Any) -> Plan:
    """The page's plan (`Plan.to_dict()`'s shape, edited) as a `Plan`; `BadEdit` names the first bad value."""
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise BadEdit("an object with «document» and «items» expected")
    if len(data["items"]) > MAX_ITEMS:
        raise BadEdit(f"more than {MAX_ITEMS} items")
    items = [item_from_json(raw, f"items[{n}]") for n, raw in enumerate(data["items"])]
    warnings = []
    for raw in data.get("warnings") or []:
        if isinstance(raw, dict) and isinstance(raw.get("code"), str) and isinstance(raw.get("message"), str):
            item = raw.get("item")
            index = item if isinstance(item, int) and not isinstance(item, bool) and 0 <= item < len(items) else None
            warnings.append(PlanWarning(raw["code"], raw["message"][:MAX_TEXT], index))
    return Plan(_document(data.get("document")), items, warnings)
