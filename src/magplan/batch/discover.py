"""Which files a batch reads, and the name (`source`) each gets in the archive.

`source` is the file's path relative to the root of the batch, with ``/``
separators, so that ``2025/plan.docx`` and ``2026/plan.docx`` stay apart.
The root is the folder given when one folder is given, else the deepest
folder that holds every given path (``magplan batch arch/2025 arch/2026``
gives ``2025/…`` and ``2026/…``).

Files under the folders that magplan does not read (a spreadsheet of notes, a
``.txt``) are not silently passed over: `find` lists them as skipped, and the
archive names them.  Hidden files and Office lock files («~$plan.docx») are
not documents at all and are not listed.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from magplan.errors import InputError
from magplan.extract import INPUT_SUFFIXES

# Office lock and owner files («~$plan.docx», «.~lock.plan.docx#») are not documents.
_SKIPPED_PREFIXES = (".", "~$")


@dataclass(frozen=True, slots=True)
class Document:
    path: Path
    source: str


def supported(name: str) -> bool:
    return not name.startswith(_SKIPPED_PREFIXES) and os.path.splitext(name)[1].lower() in INPUT_SUFFIXES


def batch_root(paths: Sequence[Path]) -> Path:
    absolute = [Path(os.path.abspath(p)) for p in paths]
    if len(absolute) == 1 and absolute[0].is_dir():
        return absolute[0]
    return Path(os.path.commonpath([p if p.is_dir() else p.parent for p in absolute]))


@dataclass(frozen=True, slots=True)
class Found:
    documents: list[Document]  # the files to read
    skipped: list[Document]  # files under the folders of a kind magplan does not read


def _walk(folder: Path, skip: set[Path]) -> tuple[list[Path], list[Path]]:
    found, other = [], []
    for top, dirs, files in os.walk(folder, followlinks=False):
        here = Path(top)
        # Hidden folders (.git, our own .cache) and the output folder hold no archive documents.
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and here / d not in skip)
        for name in sorted(files):
            if supported(name):
                found.append(here / name)
            elif not name.startswith(_SKIPPED_PREFIXES):
                other.append(here / name)
    return found, other


def find(paths: Sequence[Path], exclude: Sequence[Path] = ()) -> Found:
    """Every supported file under `paths` (folders recursively; files named directly are always taken),
    and the files of other kinds found in the folders."""
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
    root = batch_root(paths)
    skip = {Path(os.path.abspath(p)) for p in exclude}
    seen: set[Path] = set()
    documents: list[Document] = []
    skipped: list[Document] = []
    for given in paths:
        path = Path(os.path.abspath(given))
        files, other = _walk(path, skip) if path.is_dir() else ([path], [])
        for file, into in [*((f, documents) for f in files), *((f, skipped) for f in other)]:
            if file not in seen:
                seen.add(file)
                into.append(Document(file, file.relative_to(root).as_posix()))
    return Found(documents, skipped)


def discover(paths: Sequence[Path], exclude: Sequence[Path] = ()) -> list[Document]:
    """The files to read under `paths` (see `find`)."""
    return find(paths, exclude).documents
