"""magplan: the МАГ yearly plan of events, from DOCX, PDF or HTML to data.

>>> import magplan
>>> plan = magplan.read_plan("fixtures/plan-2026.docx")
>>> plan.items            # the pandas table of SCHEMA.md
>>> plan.write("csv", "output/plan-2026.csv")
"""

from __future__ import annotations

from pathlib import Path

from magplan.errors import (
    DamagedFile,
    InputError,
    MagplanError,
    MissingDependency,
    NeedsOCR,
    NoPlanFound,
    UnsafeInput,
    UnsupportedFormat,
)
from magplan.model import Plan

__version__ = "0.1.0"


def read_plan(path: str | Path) -> Plan:
    """Read one plan document (DOCX, PDF or HTML) into a `Plan`."""
    from magplan.assemble import assemble
    from magplan.extract import extract, format_of
    from magplan.normalize.items import build_plan

    path = Path(path)
    fmt = format_of(path)
    layout = extract(path)
    return build_plan(assemble(layout), source=path.name, fmt=fmt)


__all__ = [
    "DamagedFile",
    "InputError",
    "MagplanError",
    "MissingDependency",
    "NeedsOCR",
    "NoPlanFound",
    "Plan",
    "UnsafeInput",
    "UnsupportedFormat",
    "read_plan",
]
