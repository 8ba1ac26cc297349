"""Writers: one module per output format, each rendering a `Plan` to bytes.

The registry maps a format name to its module and file extension; modules are
imported only when used.  A module defines ``render(plan) -> bytes``, and may
take keyword options that it lists in ``OPTIONS`` (the CSV writer: ``dialect``).
`render` and `write_plan` take the documented keywords only, so a misspelt one
is a `TypeError`, never silently ignored.
Files are written whole or not at all (`files.py`): to a temporary file beside
the target, then renamed over it; devices and pipes are never replaced.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Protocol

from magplan.errors import MagplanError

__all__ = ["WRITERS", "atomic_write", "check_formats", "extension", "render", "write_all", "write_plan"]

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

    # Not at run time: `magplan --help` lists WRITERS, and should load neither the
    # data model nor the file machinery (dataclasses, tempfile) for that.
    from magplan.model import Plan
    from magplan.write.files import Outcome
    from magplan.write.gost import OfficialStyle

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


DIALECTS = ("rfc4180", "excel-ru")


def check_formats(names: list[str]) -> list[str]:
    unknown = [n for n in names if n not in WRITERS]
    if unknown:
        raise MagplanError(f"unknown output format {unknown[0]!r} (known: {', '.join(WRITERS)})")
    return names


def extension(fmt: str) -> str:
    return WRITERS[fmt][1]


def render(plan: Plan, fmt: str, *, dialect: str = "rfc4180", style: OfficialStyle | None = None) -> bytes:
    """The plan as `fmt` (a name of `WRITERS`).

    Keywords, each used by the formats it concerns and ignored by the others:
    `dialect`, the CSV dialect, ``rfc4180`` (commas, codes as in JSON) or
    ``excel-ru`` (semicolons, Russian headers and words, for Russian-locale
    Excel); `style`, the layout of the official document (``docx``, ``pdf``;
    `magplan.write.gost.OfficialStyle`).  Any other keyword is a `TypeError`.
    """
    module: _Writer = importlib.import_module(WRITERS[check_formats([fmt])[0]][0])
    given: dict[str, Any] = {"dialect": dialect, "style": style}
    accepted: tuple[str, ...] = getattr(module, "OPTIONS", ())
    return module.render(plan, **{k: v for k, v in given.items() if k in accepted and v is not None})


def write_plan(
    plan: Plan, fmt: str, path: str | Path, *, dialect: str = "rfc4180", style: OfficialStyle | None = None
) -> Outcome:
    """Write the plan as `fmt` to `path`, whole or not at all (the keywords: see `render`)."""
    return atomic_write(path, render(plan, fmt, dialect=dialect, style=style))


def atomic_write(path: str | Path, data: bytes) -> Outcome:
    """`files.atomic_write`: `data` to `path`, whole or not at all."""
    from magplan.write import files

    return files.atomic_write(path, data)


def write_all(files: Mapping[Path, bytes]) -> dict[Path, Outcome]:
    """`files.write_all`: every file written, or none of them."""
    from magplan.write import files as machinery

    return machinery.write_all(files)
