"""The page's edits: a changed cell's derived fields, and the edited rows back into a `Plan`.

A clerk edits what the plan prints (the date wording, the title, the note);
what magplan derives from it follows by the same rules as reading, through
the one function that also completes hand-edited workbook rows
(`magplan.normalize.edited.complete`), never by rules of the page's own.  The rows the page
sends for a download are checked value by value against the contract before
they become a `Plan`, so the writers get what reading would have given them.
"""

from __future__ import annotations

from typing import Any

from magplan.errors import InputError
from magplan.extract.plan_json import plan_from_dict
from magplan.model import DocumentInfo, Item, Plan
from magplan.normalize.dates import is_approximate
from magplan.normalize.edited import REDERIVED_WARNINGS, Typed, complete
from magplan.requisites import dating_year

MAX_ITEMS = 20_000
# The fields a clerk may change; the rest follow from them (or are provenance).
SOURCE_FIELDS = ("kind", "section", "number", "title", "members", "place", "date_text", "note", "responsible",
                 "age_years", "approximate", "participation", "organizers", "edition", "date_start", "date_end",
                 "date_precision", "recurrence")  # fmt: skip


class BadEdit(InputError):
    """A value the contract does not allow (HTTP 400, shown beside the cell)."""


# --- derived fields

# The warnings an edit makes afresh: the page replaces the row's old ones of these codes.
EDIT_WARNINGS = (*REDERIVED_WARNINGS, "date_conflict", "organizers_conflict")


def derive(item: Item, field: str, before: Item, year: int | None, year_end: int | None) -> list[tuple[str, str]]:
    """Re-derive `item`'s fields after a clerk changed `field` (already set to its new value).

    The same rules as a hand-edited workbook row (`magplan.normalize.edited`):
    a new wording gives new dates; dates typed over a recognised wording are
    a conflict the wording wins; dates typed where the wording is empty make
    the wording.  `before` is the row as it was: one marked approximate by a
    footnote stays so whatever its new wording.  Returns the row's warnings.
    """
    by_footnote = before.approximate and not is_approximate(before.date_text or "")
    typed = Typed(approximate=item.approximate if field == "approximate" else by_footnote)
    if field != "date_text":
        # What stands in the derived cells counts as typed: kept where the wording says nothing.
        typed.date_start, typed.date_end = item.date_start, item.date_end
        typed.date_precision, typed.recurrence = item.date_precision, item.recurrence
    if field == "organizers":
        typed.organizers = item.organizers
    return complete(item, typed, dating_year(year, year_end))


# --- the page's plan back into a Plan


def item_json(item: Item) -> dict[str, Any]:
    """An item as `Plan.to_dict()` writes it (the contract's JSON)."""
    data: dict[str, Any] = Plan(DocumentInfo("", ""), [item]).to_dict()["items"][0]
    return data


def plan_from_json(data: Any) -> Plan:
    """The page's plan (`Plan.to_dict()`'s shape, edited) as a `Plan`, every value checked by the
    JSON input's reader; its `BadPlanData` names the first value that does not fit."""
    if isinstance(data, dict) and isinstance(data.get("items"), list) and len(data["items"]) > MAX_ITEMS:
        raise BadEdit(f"more than {MAX_ITEMS} items")
    return plan_from_dict(data)


def items_from_json(*items: Any) -> list[Item]:
    """Items of the contract's JSON, each checked as in a plan."""
    return plan_from_dict({"document": {"source": "", "format": ""}, "items": list(items)}).records
