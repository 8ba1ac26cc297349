"""The one place that defines a plan's data: item fields, their order and types.

`Plan` holds the document metadata and the items.  `Plan.items` is the pandas
table of SCHEMA.md ("The pandas table"); `Plan.records` the same rows as
Python objects, which the JSON writer and the tests use directly.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import pandas as pd

    from magplan.layout import Doubt

SCHEMA = "magplan/1"

Kind = Literal["event", "information", "anniversary", "city_day"]
Precision = Literal["day", "month", "quarter", "half_year", "year"]
Recurrence = Literal["continuous", "monthly", "quarterly", "half_yearly", "yearly", "as_needed", "separate_schedule"]
# One calendar period a date wording names: [start, end]; a deadline has no start.
Period = tuple[dt.date | None, dt.date]

KINDS: tuple[Kind, ...] = ("event", "information", "anniversary", "city_day")


@dataclass(slots=True)
class Item:
    kind: Kind
    section: str
    number: int | None
    title: str
    members: list[str] = field(default_factory=list)
    place: str | None = None
    date_text: str | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: Precision | None = None
    occurrences: list[Period] = field(default_factory=list)
    recurrence: Recurrence | None = None
    approximate: bool = False
    participation: bool = False
    organizers: list[str] = field(default_factory=list)
    note: str | None = None
    responsible: str | None = None
    age_years: int | None = None
    edition: int | None = None
    page: int | None = None


# Item columns in contract order, with the pandas dtype of each.
ITEM_COLUMNS: dict[str, str] = {
    "kind": "string",
    "section": "string",
    "number": "Int64",
    "title": "string",
    "members": "object",
    "place": "string",
    "date_text": "string",
    "date_start": "datetime64[s]",
    "date_end": "datetime64[s]",
    "date_precision": "string",
    "occurrences": "object",
    "recurrence": "string",
    "approximate": "bool",
    "participation": "bool",
    "organizers": "object",
    "note": "string",
    "responsible": "string",
    "age_years": "Int64",
    "edition": "Int64",
    "page": "Int64",
}
# The table's leading provenance columns, then the item columns.
TABLE_COLUMNS: dict[str, str] = {"year": "Int64", "source": "string", **ITEM_COLUMNS}
LIST_COLUMNS = ("members", "organizers")
DATE_COLUMNS = ("date_start", "date_end")
# Lists of [start, end] date pairs.
PERIOD_COLUMNS = ("occurrences",)


@dataclass(slots=True)
class Signatory:
    position: str
    name: str


@dataclass(slots=True)
class Approval:
    """Rule 7: a person approves (name, date line) or an act does (date after «от», number after «№»)."""

    position: str
    name: str | None
    date_text: str | None
    number: str | None = None


@dataclass(slots=True)
class PlanWarning:
    code: str
    message: str
    item: int | None = None  # index of the item in `Plan.records`, if any

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.item is not None:
            out["item"] = self.item
        return out


@dataclass(slots=True)
class DocumentInfo:
    source: str
    format: str
    title: str | None = None
    year: int | None = None
    # The last year of a plan of several years; equal to `year` otherwise.
    year_end: int | None = None
    signatory: Signatory | None = None
    approval: Approval | None = None
    footnotes: list[str] = field(default_factory=list)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def periods_json(periods: list[Period]) -> list[list[str | None]]:
    return [[_iso(start), _iso(end)] for start, end in periods]


def periods_text(periods: list[Period]) -> str:
    """Periods as ISO 8601 intervals for a text cell: «2026-03-01/2026-03-31; ../2026-04-01»."""
    return "; ".join(f"{_iso(start) or '..'}/{end.isoformat()}" for start, end in periods)


def periods_from_text(text: str) -> list[Period]:
    """The inverse of `periods_text` (raises ValueError on anything else)."""
    out: list[Period] = []
    for part in filter(None, (p.strip() for p in text.split(";"))):
        start, sep, end = part.partition("/")
        if not sep:
            raise ValueError(f"not a period: {part!r}")
        out.append((None if start == ".." else dt.date.fromisoformat(start), dt.date.fromisoformat(end)))
    return out


def _item_json(item: Item) -> dict[str, Any]:
    out = asdict(item)
    for key in DATE_COLUMNS:
        out[key] = _iso(out[key])
    out["occurrences"] = periods_json(item.occurrences)
    return out


class Plan:
    """A yearly plan: document metadata, items in document order, warnings."""

    def __init__(
        self,
        document: DocumentInfo,
        records: list[Item],
        warnings: list[PlanWarning] | None = None,
    ) -> None:
        self.document = document
        self.records = records
        self.warnings = warnings or []
        # Provenance for display, not part of the contract: where OCR was unsure (see `Doubt`).
        self.doubts: list[Doubt] = []
        self._frame: pd.DataFrame | None = None

    def __repr__(self) -> str:
        doc = self.document
        return f"<Plan {doc.source!r} year={doc.year} items={len(self.records)}>"

    @property
    def items(self) -> pd.DataFrame:
        """The items as the contract's pandas table (built once, on first use)."""
        if self._frame is None:
            from magplan.frame import items_frame

            self._frame = items_frame([self])
        return self._frame

    def to_dict(self) -> dict[str, Any]:
        doc = self.document
        return {
            "schema": SCHEMA,
            "document": {
                "source": doc.source,
                "format": doc.format,
                "title": doc.title,
                "year": doc.year,
                "year_end": doc.year_end,
                "signatory": asdict(doc.signatory) if doc.signatory else None,
                "approval": asdict(doc.approval) if doc.approval else None,
                "footnotes": list(doc.footnotes),
            },
            "items": [_item_json(item) for item in self.records],
            "warnings": [w.as_dict() for w in self.warnings],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def write(self, fmt: str, path: str | Path, *, dialect: str = "rfc4180") -> None:
        """Write the plan as `fmt` ("json", "csv", "xlsx", …) to `path`, atomically.

        `dialect` is the CSV dialect, ``rfc4180`` (default) or ``excel-ru``; any other keyword is a TypeError.
        """
        from magplan.write import write_plan

        write_plan(self, fmt, path, dialect=dialect)
