"""The archive: every plan read once, copies of one plan set aside, series linked across years.

A plan is often kept in several copies: the signed DOCX, its PDF print, the
web page, a scan of the signed paper, a draft that differs in a row.  Copies
are found by meaning, not by bytes: two plans of the same year are one plan
when at least `SAME_SHARE` of their items match by title (`TITLE_SIMILARITY`,
rapidfuzz's ratio of the normalised titles).  A scan's titles carry OCR
errors, so a scan is a copy of a digital plan at the looser `OCR_SHARE` and
`OCR_TITLE_SIMILARITY`.

The copy kept is the most faithful one (`quality`): DOCX, then ODT/DOC/RTF,
then HTML, then a text PDF, then a scan; among equals the first by path.  The
others are listed with the reason (`Duplicate.reason`).
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from magplan.model import KINDS, Item, Kind, Plan
from magplan.normalize.series import series_key

# Word's own formats first: the others are exports of them, and lose detail (pages, line breaks).
FORMAT_QUALITY: dict[str, int] = {"docx": 0, "odt": 1, "doc": 1, "rtf": 1, "html": 2, "pdf": 3}
SCAN_QUALITY = 4  # a scan (a PDF without text, an image) read by OCR
OTHER_QUALITY = 5  # plan data (JSON, a workbook): made from one of the above
SAME_SHARE, TITLE_SIMILARITY = 0.9, 90.0
OCR_SHARE, OCR_TITLE_SIMILARITY = 0.75, 80.0
_KEY_FIELDS = ("kind", "section", "number", "title", "place", "date_text")

# Why a file is a copy (`Duplicate.reason`); `magplan.messages.DUPLICATES` says each in Russian.
IDENTICAL_FILE, SAME_PLAN, SIMILAR_ITEMS, OCR_COPY = "identical_file", "same_plan", "similar_items", "ocr_copy"


@dataclass(slots=True)
class Entry:
    """One file of the batch and what reading it gave: a plan or a one-line error."""

    source: str
    format: str
    sha256: str | None = None
    plan: Plan | None = None
    error: str | None = None
    cached: bool = False
    scan: bool = False  # the plan was read by OCR
    error_kind: str | None = None  # the exception class, for the Russian reason


@dataclass(slots=True)
class Duplicate:
    entry: Entry
    kept: str  # the source of the copy in the archive
    identical: bool  # the very same bytes, not just the same plan
    reason: str = SAME_PLAN
    matched: int = 0  # items that match the kept copy's
    items: int = 0  # items of the larger of the two


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
    skipped: list[str] = field(default_factory=list)  # files of a kind magplan does not read


def _norm(value: object) -> object:
    if isinstance(value, str):
        return " ".join(unicodedata.normalize("NFC", value).split())
    return value


def fingerprint(plan: Plan) -> str:
    """Equal for two readings of the same plan, whatever format each was read from."""
    rows = [[_norm(getattr(item, name)) for name in _KEY_FIELDS] for item in plan.records]
    data = json.dumps([plan.document.year, rows], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def quality(entry: Entry) -> int:
    """Lower is better: how faithfully the file's format keeps the plan as it was written."""
    if entry.scan:
        return SCAN_QUALITY
    return FORMAT_QUALITY.get(entry.format, OTHER_QUALITY)


def _title_key(title: str) -> str:
    text = unicodedata.normalize("NFKC", title).casefold().replace("ё", "е")
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text).split())


def matching_items(a: Sequence[Item], b: Sequence[Item], similarity: float) -> int:
    """How many items of `a` have their own partner in `b` with a title at least `similarity` alike (0-100)."""
    from rapidfuzz import fuzz, process

    left = Counter(_title_key(item.title) for item in a)
    right = Counter(_title_key(item.title) for item in b)
    exact = left & right
    matched = sum(exact.values())
    rest_a = list((left - exact).elements())
    rest_b = list((right - exact).elements())
    for title in rest_a:
        if not rest_b:
            break
        found = process.extractOne(title, rest_b, scorer=fuzz.ratio, score_cutoff=similarity)
        if found is not None:
            matched += 1
            rest_b.pop(found[2])
    return matched


def copy_of(candidate: Entry, kept: Entry) -> Duplicate | None:
    """`candidate` as a duplicate of `kept` when they are the same plan, else None."""
    a, b = _plan(candidate), _plan(kept)
    if a.document.year != b.document.year:
        return None
    total = max(len(a.records), len(b.records))
    if candidate.sha256 is not None and candidate.sha256 == kept.sha256:
        return Duplicate(candidate, kept.source, True, IDENTICAL_FILE, total, total)
    if fingerprint(a) == fingerprint(b):
        return Duplicate(candidate, kept.source, False, SAME_PLAN, total, total)
    if not total:
        return None
    ocr = candidate.scan != kept.scan
    similarity, share = (OCR_TITLE_SIMILARITY, OCR_SHARE) if ocr else (TITLE_SIMILARITY, SAME_SHARE)
    matched = matching_items(a.records, b.records, similarity)
    if matched / total < share:
        return None
    return Duplicate(candidate, kept.source, False, OCR_COPY if ocr else SIMILAR_ITEMS, matched, total)


def combine(entries: Sequence[Entry], skipped: Iterable[str] = ()) -> Archive:
    archive = Archive(failures=[e for e in entries if e.plan is None], skipped=sorted(skipped))
    kept: list[Entry] = []
    for entry in sorted((e for e in entries if e.plan is not None), key=lambda e: (quality(e), e.source)):
        # The best copy comes first, so the plan a candidate copies is already kept.
        found = next((d for d in (copy_of(entry, other) for other in kept) if d is not None), None)
        if found is None:
            kept.append(entry)
        else:
            archive.duplicates.append(found)
    archive.plans = sorted(kept, key=lambda e: (_year(e), e.source))
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


def item_count(archive: Archive) -> int:
    """Items of the distinct plans: every plan once, however many copies of it the archive holds."""
    return sum(len(_plan(entry).records) for entry in archive.plans)


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


def month_counts(archive: Archive, kind: Kind = "event") -> dict[int, list[int]]:
    """Per year, how many items of `kind` start in each month (January first).

    Only dates that name a day or a month count: «в течение года» or «I
    квартал» would all land in the period's first month and make it a peak.
    A wording of several periods counts each.
    """
    out: dict[int, list[int]] = {}
    for plan, item, _ in items(archive):
        year = plan.document.year
        if item.kind != kind or year is None or item.date_precision not in ("day", "month"):
            continue
        periods = getattr(item, "occurrences", None) or [(item.date_start, item.date_end)]
        for start, end in periods:
            first = start or end
            if first is not None and first.year == year:
                out.setdefault(year, [0] * 12)[first.month - 1] += 1
    return dict(sorted(out.items()))


def series_rows(archive: Archive) -> list[SeriesRow]:
    """Each series (kind and key) with the years it appears in; the kinds in contract order."""
    found: dict[tuple[str, str], SeriesRow] = {}
    latest: dict[tuple[str, str], int] = {}
    for plan, item, key in items(archive):
        year = plan.document.year
        row = found.setdefault((item.kind, key), SeriesRow(item.kind, key, item.title.split("\n", 1)[0], [], 0))
        row.items += 1
        if year is not None and year not in row.years:
            row.years.append(year)
        # The series is shown by its most recent printed title (its first line: the event's name).
        if year is not None and year >= latest.get((item.kind, key), year):
            latest[(item.kind, key)] = year
            row.title = item.title.split("\n", 1)[0]
    for row in found.values():
        row.years.sort()
    return sorted(found.values(), key=lambda r: (KINDS.index(r.kind), r.key))
