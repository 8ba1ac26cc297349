"""What changed between two versions of a plan: items added, removed, changed field by field, moved.

Items are paired by meaning (`magplan.diff.match`), then compared field by
field.  What is never a change:

* provenance: `document.source`, `document.format`, an item's `page`;
* the row number (renumbering) and the order of rows (reordering);
* layout: line breaks and runs of spaces inside a text («a\\nb» is «a b»);
* across years (the plans' years differ by N): a year printed in a text
  that is N later (a title «… за 2024 год» → «… за 2025 год», a date
  «до 01.03.2025» → «до 01.03.2026»), edition numerals in a title
  («XXXI сессия» → «XXXII сессия») and the `edition` field, dates N years
  later, and an age N years more (a city that was 200 is 201);
* a section renamed: when every item of an old section that is still there
  stands in one new section, the section was renamed (reported once, under
  `sections`), and its items have not moved.

What is reported: requisites (title, year, approval, signatory, footnotes),
section renames, and per item its status (added, removed, changed,
unchanged) with each changed field as old → new; a changed `section` (or
`kind`) is a move.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from magplan.diff.match import match_items
from magplan.model import KINDS, DocumentInfo, Item, Plan
from magplan.normalize.numbers import remove_editions

SCHEMA = "magplan-diff/1"
Status = Literal["added", "removed", "changed", "unchanged"]
# Never compared: provenance, and the number as printed (renumbering is no change).
IGNORED_FIELDS = ("page", "number")
MOVE_FIELDS = ("section", "kind")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    old: Any
    new: Any

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "old": _json(self.old), "new": _json(self.new)}


@dataclass(slots=True)
class ItemChange:
    status: Status
    old_index: int | None
    new_index: int | None
    old: Item | None
    new: Item | None
    changes: list[FieldChange] = field(default_factory=list)

    @property
    def moved(self) -> bool:
        return any(c.field in MOVE_FIELDS for c in self.changes)

    @property
    def edited(self) -> bool:
        """Changed in anything but its place in the plan."""
        return any(c.field not in MOVE_FIELDS for c in self.changes)

    @property
    def item(self) -> Item:
        found = self.new or self.old
        assert found is not None
        return found

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "moved": self.moved,
            "kind": self.item.kind,
            "old_index": self.old_index,
            "new_index": self.new_index,
            "old": _item_dict(self.old),
            "new": _item_dict(self.new),
            "changes": [c.to_dict() for c in self.changes],
        }


@dataclass(slots=True)
class PlanDiff:
    old: DocumentInfo
    new: DocumentInfo
    items: list[ItemChange]
    requisites: list[FieldChange]
    sections: list[FieldChange]
    across_years: bool

    @property
    def equal(self) -> bool:
        return not self.requisites and not self.sections and all(i.status == "unchanged" for i in self.items)

    def count(self, what: str) -> int:
        if what == "changed":
            return sum(1 for i in self.items if i.edited)
        if what == "moved":
            return sum(1 for i in self.items if i.moved)
        return sum(1 for i in self.items if i.status == what)

    def summary(self) -> dict[str, int]:
        names = ("added", "removed", "changed", "moved", "unchanged")
        return {name: self.count(name) for name in names} | {
            "requisites": len(self.requisites),
            "sections": len(self.sections),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "old": _document_dict(self.old),
            "new": _document_dict(self.new),
            "equal": self.equal,
            "across_years": self.across_years,
            "summary": self.summary(),
            "requisites": [c.to_dict() for c in self.requisites],
            "sections": [c.to_dict() for c in self.sections],
            "items": [i.to_dict() for i in self.items],
        }


# -- values ------------------------------------------------------------------------


def _json(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_json(v) for v in value]
    return value


def _item_dict(item: Item | None) -> dict[str, Any] | None:
    if item is None:
        return None
    return {f.name: _json(getattr(item, f.name)) for f in dataclasses.fields(Item)}


def _document_dict(doc: DocumentInfo) -> dict[str, Any]:
    return {"source": doc.source, "format": doc.format, "title": doc.title, "year": doc.year}


class _Normal:
    """A value as it is compared: layout and, across years, the year's own changes taken out."""

    def __init__(self, year: int | None, across_years: bool) -> None:
        self.year = year
        self.across_years = across_years

    def text(self, value: str | None, title: bool = False) -> str | None:
        if value is None:
            return None
        text = value
        if self.across_years and self.year is not None:
            year = self.year
            text = _YEAR.sub(lambda m: f"⟨{int(m.group(0)) - year:+d}⟩", text)
            if title:
                text = remove_editions(text, "⟨№⟩")
        return " ".join(text.split())

    def date(self, value: dt.date | None) -> Any:
        if value is None or not self.across_years or self.year is None:
            return value
        return (value.year - self.year, value.month, value.day)

    def value(self, name: str, value: Any) -> Any:
        if name == "title":
            return self.text(value, title=True)
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dt.date):
            return self.date(value)
        if isinstance(value, (list, tuple)):
            return [self.value(name, v) for v in value]
        if name == "age_years" and value is not None and self.across_years and self.year is not None:
            return value - self.year  # the year of foundation: an age one more next year is no change
        return value


def _compare_fields(old: Item, new: Item, a: _Normal, b: _Normal) -> list[FieldChange]:
    changes = []
    for f in dataclasses.fields(Item):
        name = f.name
        if name in IGNORED_FIELDS or (name == "edition" and a.across_years):
            continue
        before, after = getattr(old, name), getattr(new, name)
        if a.value(name, before) != b.value(name, after):
            changes.append(FieldChange(name, before, after))
    return changes


def _section_renames(pairs: list[tuple[Item, Item]], same: Callable[[str, str], bool]) -> dict[str, str]:
    """Old section → new section, where every item of the old section still there stands in one new section."""
    targets: dict[str, set[str]] = {}
    for old, new in pairs:
        targets.setdefault(old.section, set()).add(new.section)
    return {
        section: next(iter(news))
        for section, news in targets.items()
        if len(news) == 1 and not same(section, next(iter(news)))
    }


# -- requisites -----------------------------------------------------------------------


def _requisites(old: DocumentInfo, new: DocumentInfo, a: _Normal, b: _Normal) -> list[FieldChange]:
    def flat(doc: DocumentInfo) -> dict[str, Any]:
        out: dict[str, Any] = {"title": doc.title, "year": doc.year}
        for part in ("approval", "signatory"):
            value = getattr(doc, part)
            fields = dataclasses.fields(value) if value is not None else ()
            out[part] = None if value is None else {f.name: getattr(value, f.name) for f in fields}
        out["footnotes"] = list(doc.footnotes)
        return out

    before, after = flat(old), flat(new)
    changes = []
    for name in before:
        x, y = before[name], after[name]
        if isinstance(x, dict) and isinstance(y, dict):
            for key in x:
                if a.value(key, x.get(key)) != b.value(key, y.get(key)):
                    changes.append(FieldChange(f"{name}.{key}", x.get(key), y.get(key)))
        elif a.value(name, x) != b.value(name, y):
            changes.append(FieldChange(name, x, y))
    return changes


# -- the whole ------------------------------------------------------------------------


def compare_plans(old: Plan, new: Plan) -> PlanDiff:
    """The differences between `old` and `new` (see the module docstring for what counts)."""
    years = (old.document.year, new.document.year)
    across = None not in years and years[0] != years[1]
    a, b = _Normal(old.document.year, across), _Normal(new.document.year, across)
    pairs = match_items(old.records, new.records)

    def same_section(x: str, y: str) -> bool:
        return a.text(x) == b.text(y)

    renames = _section_renames([(old.records[p.old], new.records[p.new]) for p in pairs], same_section)
    by_new = {p.new: p.old for p in pairs}
    matched_old = set(by_new.values())
    items: list[ItemChange] = []
    emitted_old = 0

    def removed_before(limit: int) -> None:
        nonlocal emitted_old
        while emitted_old < limit:
            if emitted_old not in matched_old:
                items.append(ItemChange("removed", emitted_old, None, old.records[emitted_old], None))
            emitted_old += 1

    kind_order: dict[str, int] = {kind: n for n, kind in enumerate(KINDS)}

    def first_old_of_kind_from(kind: str) -> int:
        """The first old item of `kind` or a later kind: removed items before it belong before `kind`'s list."""
        rank = kind_order[kind]
        return next((n for n, it in enumerate(old.records) if kind_order[it.kind] >= rank), len(old.records))

    for j, new_item in enumerate(new.records):
        i = by_new.get(j)
        if i is None:
            removed_before(first_old_of_kind_from(new_item.kind))
            items.append(ItemChange("added", None, j, None, new_item))
            continue
        # Removed items are shown where they stood: before the next old item that is still there.
        removed_before(i)
        emitted_old = max(emitted_old, i + 1)
        old_item = old.records[i]
        changes = _compare_fields(old_item, new_item, a, b)
        if renames.get(old_item.section) == new_item.section:
            changes = [c for c in changes if c.field != "section"]
        items.append(ItemChange("changed" if changes else "unchanged", i, j, old_item, new_item, changes))
    removed_before(len(old.records))
    sections = [FieldChange("section", before, after) for before, after in renames.items()]
    return PlanDiff(
        old=old.document,
        new=new.document,
        items=items,
        requisites=_requisites(old.document, new.document, a, b),
        sections=sections,
        across_years=across,
    )
