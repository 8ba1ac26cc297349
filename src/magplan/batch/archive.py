"""The archive's files: archive.xlsx (`_workbook`), archive.csv, archive.json and failures.csv.

The items table is the contract's table (SCHEMA.md, «The pandas table») of
every plan kept, plus a last column `series` (`magplan.normalize.series`).

archive.json (schema ``magplan-archive/1``)::

    {"schema": "magplan-archive/1", "generator": "magplan 0.1.0",
     "plans": [{"source": "2026/plan-2026.docx", "sha256": "…", "items": 40,
                "document": {…as in a plan's JSON…}, "warnings": […]}],
     "items": [{"year": 2026, "source": "2026/plan-2026.docx", "series": "сессия маг",
                "kind": "event", …every item field of a plan's JSON…}],
     "series": [{"kind": "event", "series": "сессия маг", "title": "XXXII сессия МАГ",
                 "years": [2025, 2026], "items": 2}],
     "duplicates": [{"source": "2026/plan-2026.odt", "format": "odt", "scan": false, "year": 2026,
                     "duplicate_of": "2026/plan-2026.docx", "identical_file": false,
                     "reason": "same_plan", "matched_items": 40, "items": 40,
                     "explanation": "the same plan in another format"}],
     "skipped": ["notes.txt"],
     "failures": [{"source": "bad.docx", "format": "docx", "error": "…"}],
     "summary": {"files": 12, "plans": 2, "items": 82, "duplicates": 7, "skipped": 1, "failures": 3}}

`reason` is one of ``identical_file``, ``same_plan``, ``similar_items`` and
``ocr_copy`` (`magplan.batch.combine`); `items` in "summary" counts every
distinct plan once, so it is the length of "items".
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from magplan import __version__
from magplan.batch._workbook import render_xlsx, summary_ru
from magplan.batch.combine import Archive, item_count, series_rows
from magplan.messages import duplicate_text
from magplan.write import to_csv

ARCHIVE_SCHEMA = "magplan-archive/1"
SERIES_COLUMN = "series"
__all__ = ["ARCHIVE_SCHEMA", "SERIES_COLUMN", "render_csv", "render_failures_csv", "render_json", "render_xlsx",
           "summary_ru"]  # fmt: skip


def render_csv(archive: Archive, dialect: str = "rfc4180") -> bytes:
    """The items table as `magplan convert --to csv` writes it, plus the `series` column."""
    plans = [e.plan for e in archive.plans if e.plan is not None]
    keys = [key for plan_keys in archive.series for key in plan_keys]
    rows = to_csv.rows(plans)
    table = [[*rows[0], SERIES_COLUMN]] + [
        [*row, to_csv.guard_formula(key)] for row, key in zip(rows[1:], keys, strict=True)
    ]
    return _csv_bytes(table, dialect)


def render_failures_csv(archive: Archive, dialect: str = "rfc4180") -> bytes:
    table = [["source", "format", "error"]]
    table += [[to_csv.guard_formula(v) for v in (e.source, e.format, e.error or "")] for e in archive.failures]
    return _csv_bytes(table, dialect)


def _csv_bytes(table: list[list[str]], dialect: str) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=to_csv.DIALECTS[dialect], lineterminator="\r\n")
    writer.writerows(table)
    return buffer.getvalue().encode("utf-8-sig")


def archive_dict(archive: Archive) -> dict[str, Any]:
    plans, all_items = [], []
    for entry, keys in zip(archive.plans, archive.series, strict=True):
        assert entry.plan is not None
        data = entry.plan.to_dict()
        doc = data["document"]
        plans.append(
            {
                "source": entry.source,
                "sha256": entry.sha256,
                "items": len(data["items"]),
                "document": doc,
                "warnings": data["warnings"],
            }
        )
        for item, key in zip(data["items"], keys, strict=True):
            all_items.append({"year": doc["year"], "source": entry.source, SERIES_COLUMN: key} | item)
    return {
        "schema": ARCHIVE_SCHEMA,
        "generator": f"magplan {__version__}",
        "plans": plans,
        "items": all_items,
        "series": [
            {"kind": r.kind, "series": r.key, "title": r.title, "years": r.years, "items": r.items}
            for r in series_rows(archive)
        ],
        "duplicates": [
            {
                "source": d.entry.source,
                "format": d.entry.format,
                "scan": d.entry.scan,
                "year": d.entry.plan.document.year if d.entry.plan else None,
                "duplicate_of": d.kept,
                "identical_file": d.identical,
                "reason": d.reason,
                "matched_items": d.matched,
                "items": d.items,
                "explanation": duplicate_text(d.reason, d.matched, d.items, english=True),
            }
            for d in archive.duplicates
        ],
        "skipped": list(archive.skipped),
        "failures": [{"source": e.source, "format": e.format, "error": e.error} for e in archive.failures],
        "summary": {
            "files": len(archive.plans) + len(archive.duplicates) + len(archive.failures) + len(archive.skipped),
            "plans": len(archive.plans),
            "items": item_count(archive),
            "duplicates": len(archive.duplicates),
            "skipped": len(archive.skipped),
            "failures": len(archive.failures),
        },
    }


def render_json(archive: Archive) -> bytes:
    return json.dumps(archive_dict(archive), ensure_ascii=False, indent=2).encode("utf-8")
