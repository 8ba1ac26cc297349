"""The archive: every plan read once, duplicates set aside, series linked across years.

A plan saved in several formats (the signed DOCX, its PDF print, the web
page) is the same plan: same year, same items.  Such copies are found by a
fingerprint of each item's key fields, whitespace-insensitive, so that the
small differences between formats (line breaks, PDF pages) do not count.
The copy kept is the one in the most faithful format (`FORMAT_RANK`), then
the first by path.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from magplan.model import KINDS, Item, Kind, Plan
from magplan.normalize.series import series_key

# Word's own formats first: the others are exports of them, and lose detail (pages, line breaks).
FORMAT_RANK = ("docx", "odt", "doc", "rtf", "html", "pdf")
_KEY_FIELDS = ("kind", "section", "number", "title", "place", "date_text")


@dataclass(slots=True)
class Entry:
    """One file of the batch and what reading it gave: a plan or a one-line error."""

    source: str
    format: str
    sha256: str | None = None
    plan: Plan | None = None
    error: str | None = None
    cached: bool = False


@dataclass(slots=True)
class Duplicate:
    entry: Entry
    kept: str  # the source of the copy in the archive
    identical: bool  # the very same bytes, not just the same plan


@dataclass(slots=True)
class SeriesRow:
    kind: Kind
    key: str
    title: str  # as printed in the latest year
    years: list[int]
    items: int


@dataclass
class Archive:
    plans: list[Entry] = field(default_factory=list)  # kept, by year then source
    series: list[list[str]] = field(default_factory=list)  # per kept plan, one key per item
    duplicates: list[Duplicate] = field(default_factory=list)
    failures: list[Entry] = field(default_factory=list)


def _norm(value: object) -> object:
    if isinstance(value, str):
        return " ".join(unicodedata.normalize("NFC", value).split())
    return value


def fingerprint(plan: Plan) -> str:
    """Equal for two readings of the same plan, whatever format each was read from."""
    rows = [[_norm(getattr(item, name)) for name in _KEY_FIELDS] for item in plan.records]
    data = json.dumps([plan.document.year, rows], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _rank(entry: Entry) -> tuple[int, str]:
    fmt = entry.format
    return (FORMAT_RANK.index(fmt) if fmt in FORMAT_RANK else len(FORMAT_RANK), entry.source)


def combine(entries: Sequence[Entry]) -> Archive:
    archive = Archive(failures=[e for e in entries if e.plan is None])
    kept: dict[str, Entry] = {}
    for entry in sorted((e for e in entries if e.plan is not None), key=_rank):
        assert entry.plan is not None
        key = fingerprint(entry.plan)
        if key in kept:
            first = kept[key]
            archive.duplicates.append(Duplicate(entry, first.source, entry.sha256 == first.sha256))
        else:
            kept[key] = entry
    archive.plans = sorted(kept.values(), key=lambda e: (_year(e), e.source))
    archive.series = [[series_key(item.title) for item in _plan(e).records] for e in archive.plans]
    archive.duplicates.sort(key=lambda d: d.entry.source)
    archive.failures.sort(key=lambda e: e.source)
    return archive


def _plan(entry: Entry) -> Plan:
    assert entry.plan is not None
    return entry.plan


def _year(entry: Entry) -> int:
    return _plan(entry).document.year or 0


def items(archive: Archive) -> list[tuple[Plan, Item, str]]:
    """Every item of the archive in table order, with its plan and its series key."""
    return [
        (_plan(entry), item, key)
        for entry, keys in zip(archive.plans, archive.series, strict=True)
        for item, key in zip(_plan(entry).records, keys, strict=True)
    ]


def year_counts(archive: Archive) -> list[tuple[int | None, int, list[int], int]]:
    """Per year: (year, plans, items of each kind in `KINDS` order, all items)."""
    by_year: dict[int | None, list[Plan]] = {}
    for entry in archive.plans:
        by_year.setdefault(_plan(entry).document.year, []).append(_plan(entry))
    rows = []
    for year in sorted(by_year, key=lambda y: (y is None, y or 0)):
        plans = by_year[year]
        counts = [sum(1 for p in plans for item in p.records if item.kind == kind) for kind in KINDS]
        rows.append((year, len(plans), counts, sum(counts)))
    return rows


def series_rows(archive: Archive) -> list[SeriesRow]:
    """Each series (kind and key) with the years it appears in; the kinds in contract order."""
    found: dict[tuple[str, str], SeriesRow] = {}
    for plan, item, key in items(archive):
        year = plan.document.year
        row = found.setdefault((item.kind, key), SeriesRow(item.kind, key, item.title, [], 0))
        row.items += 1
        if year is not None and year not in row.years:
            row.years.append(year)
            if year == max(row.years):
                row.title = item.title
    for row in found.values():
        row.years.sort()
    return sorted(found.values(), key=lambda r: (KINDS.index(r.kind), r.key))
