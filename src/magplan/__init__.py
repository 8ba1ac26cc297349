"""magplan: the МАГ yearly plan of events, from DOCX, PDF, HTML or spreadsheets to data.

>>> import magplan
>>> plan = magplan.read_plan("fixtures/plan-2026.docx")
>>> plan.items            # the pandas table of SCHEMA.md
>>> plan.write("csv", "output/plan-2026.csv")
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from magplan import _gc
from magplan.errors import (
    DamagedFile,
    EncryptedFile,
    InputError,
    MagplanError,
    MissingDependency,
    NeedsOCR,
    NoPlanFound,
    UnsafeInput,
    UnsupportedFormat,
    about,
)

if TYPE_CHECKING:
    from pathlib import Path

    from magplan.extract import OcrMode, Progress
    from magplan.model import Plan

__version__ = "0.2.0"


def read_plan(
    path: str | Path, ocr: OcrMode = "auto", progress: Progress | None = None, pdf_engine: str = "pdfium"
) -> Plan:
    """Read one plan into a `Plan`: a document (DOCX, PDF, scan, HTML, DOC/RTF/ODT,
    a spreadsheet with a plan table) or plan data (magplan's JSON, magplan's workbook).

    A scanned PDF is read by OCR when `ocr` is ``"auto"`` (the default) or
    ``"always"``; ``"never"`` makes it an error (`NeedsOCR`).  `progress`, if
    given, is called with (pages done, pages in all) while OCR runs; the words
    OCR was unsure of are in `Plan.doubts`.  `pdf_engine` reads text PDFs:
    ``"pdfium"`` (the default, fast) or ``"pdfplumber"`` (the reference).
    Every error names the file: ``read_plan("nope.docx")`` raises `InputError`
    «nope.docx: no such file».
    """
    from pathlib import Path

    from magplan.assemble import assemble
    from magplan.extract import extract, format_of, read_data
    from magplan.normalize.items import build_plan

    path = Path(path)
    # The cycle collector is paused while a plan is read (`_gc.paused` says why).
    with _gc.paused():
        try:
            fmt = format_of(path)
            # Plan data (JSON, magplan's own workbook) is read as it is; a document is laid out and assembled.
            data = read_data(path)
            if data is not None:
                return data
            layout = extract(path, ocr=ocr, progress=progress, pdf_engine=pdf_engine)
            plan = build_plan(assemble(layout), source=path.name, fmt=fmt)
            plan.doubts = layout.doubts
            # The layout is freed while the collector still waits: run again, the collector
            # would first walk every cell and row of it, which reference counting frees anyway.
            del layout
        except Exception as exc:
            about(exc, path)  # the same exception, now naming the file
            raise
    return plan


def __getattr__(name: str) -> object:
    """`magplan.Plan`, imported on first use: the data model (dataclasses, json, datetime)
    is not needed to start the command (`magplan --help`, a command line error)."""
    if name == "Plan":
        from magplan.model import Plan

        return Plan
    raise AttributeError(f"module 'magplan' has no attribute {name!r}")


__all__ = [
    "DamagedFile",
    "EncryptedFile",
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
