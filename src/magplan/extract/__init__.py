"""Extractors: one module per input format, each turning a file into a `Layout`.

The registry maps a file extension to a module path, imported only when a file
of that kind is read.  Adding a format is one module with a function
``extract(path: Path) -> Layout`` and one line here.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Protocol

from magplan.errors import InputError, UnsupportedFormat
from magplan.layout import Layout

EXTRACTORS: dict[str, str] = {
    ".docx": "magplan.extract.docx",
    ".pdf": "magplan.extract.pdf",
    ".html": "magplan.extract.html",
    ".htm": "magplan.extract.html",
    ".doc": "magplan.extract.legacy",
    ".rtf": "magplan.extract.legacy",
    ".odt": "magplan.extract.legacy",
}


class _Extractor(Protocol):
    def extract(self, path: Path) -> Layout: ...


def format_of(path: Path) -> str:
    """The format name of a file ("docx", "pdf", "html", "doc", "rtf", "odt"), from its extension."""
    suffix = path.suffix.lower()
    if suffix not in EXTRACTORS:
        known = ", ".join(sorted(EXTRACTORS))
        raise UnsupportedFormat(f"unsupported file type {suffix or '(none)'!r} (known: {known})")
    return "html" if suffix == ".htm" else suffix[1:]


def extract(path: Path) -> Layout:
    """Read `path` with the extractor its extension names."""
    format_of(path)
    if not path.is_file():
        raise InputError("no such file" if not path.exists() else "not a regular file")
    if path.stat().st_size == 0:
        raise InputError("the file is empty")
    module: _Extractor = importlib.import_module(EXTRACTORS[path.suffix.lower()])
    return module.extract(path)
