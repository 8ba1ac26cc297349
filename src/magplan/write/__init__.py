"""Writers: one module per output format, each rendering a `Plan` to bytes.

The registry maps a format name to its module and file extension; modules are
imported only when used.  A module defines ``render(plan, **options) -> bytes``.
Files are written whole or not at all: to a temporary file beside the target,
then renamed over it.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import tempfile
from pathlib import Path
from typing import Any, Protocol

from magplan.errors import MagplanError, OutputError
from magplan.model import Plan

WRITERS: dict[str, tuple[str, str]] = {
    "json": ("magplan.write.to_json", ".json"),
    "csv": ("magplan.write.to_csv", ".csv"),
    "xlsx": ("magplan.write.to_xlsx", ".xlsx"),
    "docx": ("magplan.write.to_docx", ".docx"),
    "pdf": ("magplan.write.to_pdf", ".pdf"),
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


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: str | Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never half."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
    try:
        # mkstemp creates 0600; an output file should get the usual permissions.
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
        raise


def write_plan(plan: Plan, fmt: str, path: str | Path, **options: Any) -> None:
    atomic_write(path, render(plan, fmt, **options))
