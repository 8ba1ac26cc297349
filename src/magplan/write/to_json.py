"""JSON exactly as SCHEMA.md defines it (schema ``magplan/1``)."""

from __future__ import annotations

from magplan.model import Plan


def render(plan: Plan) -> bytes:
    return (plan.to_json(indent=2) + "\n").encode("utf-8")
