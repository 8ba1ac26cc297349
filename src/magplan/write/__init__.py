"""Writers: one module per output format, each rendering a `Plan` to bytes.

The registry maps a format name to its module and file extension; modules are
imported only when used.  A module defines ``render(plan, **options) -> bytes``.
Files are written whole or not at all (`files.py`): to a temporary file beside
the target, then renamed over it; devices and pipes are never replaced.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any, Protocol

from magplan.errors import MagplanError
from magplan.model import Plan
from magplan.write.files import Outcome, atomic_write, write_all

__all__ = ["WRITERS", "Outcome", "atomic_write", "check_formats", "extension", "render", "write_all", "write_plan"]

WRITERS: dict[str, tuple[str, str]] = {
    "json": ("magplan.write.to_json", ".json"),
    "csv": ("magplan.write.to_csv", ".csv"),
    "xlsx": ("magplan.write.to_xlsx", ".xlsx"),
    "docx": ("magplan.write.to_docx", ".docx"),
    "pdf": ("magplan.write.to_pdf", ".pdf"),
    "ics": ("magplan.write.to_ics", ".ics"),
}


class _Writer(Protocol):
    def render(self, plan: Plan, **options: Any) -> bytes: ...


def check_formats(names: list[str]) -> list[str]:
    unknown = [n for n in names if n not in WRITERS]
    if unknown:
        raise MagplanError(f"unknown output format {unknown[0]!r} (known: {', '.join(WRITERS)})")
    return names


def extension(fmt: str) -> str:
    return WRITERS[fmt][1]


def render(plan: Plan, fmt: str, **options: Any) -> bytes:
    module: _Writer = importlib.import_module(WRITERS[check_formats([fmt])[0]][0])
    return module.render(plan, **options)


def write_plan(plan: Plan, fmt: str, path: str | Path, **options: Any) -> Outcome:
    return atomic_write(path, render(plan, fmt, **options))
