"""`magplan diff`: what changed between two versions of a plan (see `compare` for what counts)."""

from __future__ import annotations

from magplan.diff.compare import FieldChange, ItemChange, PlanDiff, compare_plans

__all__ = ["FieldChange", "ItemChange", "PlanDiff", "compare_plans"]
