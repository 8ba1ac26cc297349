"""JSON exactly as SCHEMA.md defines it (schema ``magplan/1``)."""

from __future__ import annotations

from typing import Any

from magplan.model import Plan


def render(plan: Plan, **options: Any) -> bytes:
    return (plan.to_json(indent=2) + "\n").encode("utf-8")
