"""`magplan diff`: what changed between two versions of a plan (see `compare` for what counts).

>>> from magplan.diff import compare_plans, render_report
>>> diff = compare_plans(magplan.read_plan("plan-2025.docx"), magplan.read_plan("plan-2026.docx"))
>>> diff.equal, diff.summary()["added"]
>>> render_report(diff, "html")          # bytes of the report: "xlsx", "json" or "html"

The names are loaded on first use: the command-line parser imports
`magplan.diff.command`, and must not pay for rapidfuzz (and numpy) on every start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from magplan.diff.command import REPORT_FORMATS

if TYPE_CHECKING:
    from magplan.diff.compare import FieldChange, ItemChange, PlanDiff, compare_plans


def render_report(diff: PlanDiff, fmt: str) -> bytes:
    """The report of `diff` as `fmt` (one of `REPORT_FORMATS`)."""
    if fmt == "xlsx":
        from magplan.diff.report_xlsx import render as render_xlsx

        return render_xlsx(diff)
    if fmt == "html":
        from magplan.diff.report_html import render as render_html

        return render_html(diff)
    if fmt == "json":
        import json

        return (json.dumps(diff.to_dict(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    raise ValueError(f"unknown report format {fmt!r} (known: {', '.join(REPORT_FORMATS)})")


def __getattr__(name: str) -> Any:
    if name in ("FieldChange", "ItemChange", "PlanDiff", "compare_plans"):
        from magplan.diff import compare

        return getattr(compare, name)
    raise AttributeError(f"module 'magplan.diff' has no attribute {name!r}")


__all__ = ["REPORT_FORMATS", "FieldChange", "ItemChange", "PlanDiff", "compare_plans", "render_report"]
