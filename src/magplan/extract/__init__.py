"""Extractors: one module per input format, each turning a file into a `Layout`.

The registry maps a file extension to a module path, imported only when a file
of that kind is read.  Adding a format is one module with a function
``extract(path: Path) -> Layout`` and one line here.

Some inputs hold a plan's data rather than a printed document: a `.json` file
of the contract, and a workbook that magplan wrote.  Their modules are also in
`PLAN_READERS`, with a function ``read_plan(path: Path) -> Plan | None`` that
returns the plan directly, or None when the file is not of that kind after all
(any other workbook: then its `extract` gives a `Layout` as usual).  One front
door, `magplan.read_plan`, tries `read_data` first and `extract` after.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, Protocol

from magplan import _gc, limits
from magplan.errors import InputError, MissingDependency, NeedsOCR, UnsupportedFormat

if TYPE_CHECKING:
    from pathlib import Path

    from magplan.layout import Layout
    from magplan.model import Plan

# `quiet` (logging) and `layout` (dataclasses) are imported where a file is read, not
# here: the command line imports this module for `OCR_MODES` (`options.add_ocr`), and
# `magplan --help` must start quickly.

EXTRACTORS: dict[str, str] = {
    ".docx": "magplan.extract.docx",
    ".pdf": "magplan.extract.pdf",
    ".html": "magplan.extract.html",
    ".htm": "magplan.extract.html",
    ".doc": "magplan.extract.legacy",
    ".rtf": "magplan.extract.legacy",
    ".odt": "magplan.extract.legacy",
    ".ods": "magplan.extract.legacy",
    ".xlsx": "magplan.extract.xlsx",
    ".png": "magplan.extract.image",
    ".jpg": "magplan.extract.image",
    ".jpeg": "magplan.extract.image",
    ".tif": "magplan.extract.image",
    ".tiff": "magplan.extract.image",
}
# Scans stored as images: always read by OCR.
IMAGE_SUFFIXES = frozenset(suffix for suffix, module in EXTRACTORS.items() if module == "magplan.extract.image")
# Inputs whose module can give a `Plan` without a `Layout` (see the module docstring).
PLAN_READERS: dict[str, str] = {
    ".json": "magplan.extract.plan_json",
    ".xlsx": "magplan.extract.xlsx",
}
INPUT_SUFFIXES: tuple[str, ...] = tuple(sorted({*EXTRACTORS, *PLAN_READERS}))


OcrMode = Literal["never", "auto", "always"]
OCR_MODES: tuple[OcrMode, ...] = ("never", "auto", "always")
# Told (pages done, pages in all) as a long read advances: OCR calls it once the page
# count is known (0 done) and after each page; quick readers never call it.
Progress = Callable[[int, int], None]


class _Extractor(Protocol):
    def extract(self, path: Path) -> Layout: ...


class _PlanReader(Protocol):
    def read_plan(self, path: Path) -> Plan | None: ...


# A folder given where a file is expected: say what it is rather than that its suffix is unknown.
_FOLDER = "a folder, not a file (`magplan batch` reads every plan in a folder)"


def format_of(path: Path) -> str:
    """The format name of a file, from its extension ("docx", "pdf", "tiff", "xlsx"…; ".htm" is "html")."""
    suffix = path.suffix.lower()
    if suffix not in INPUT_SUFFIXES:
        if path.is_dir():
            raise InputError(_FOLDER)
        known = ", ".join(INPUT_SUFFIXES)
        raise UnsupportedFormat(f"unsupported file type {suffix or '(none)'!r} (known: {known})")
    return "html" if suffix == ".htm" else suffix[1:]


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise InputError(_FOLDER)
    if not path.is_file():
        raise InputError("no such file" if not path.exists() else "not a regular file")
    if path.stat().st_size == 0:
        raise InputError("the file is empty")
    limits.check_file_size(path, format_of(path))


def read_data(path: Path) -> Plan | None:
    """The plan of a file that holds plan data (`PLAN_READERS`), or None when `path` must be
    read as a document with `extract`."""
    format_of(path)
    suffix = path.suffix.lower()
    if suffix not in PLAN_READERS:
        return None
    _check_file(path)
    module: _PlanReader = importlib.import_module(PLAN_READERS[suffix])
    from magplan import quiet

    # openpyxl warns about workbook features it ignores (styles, validation): nothing about the data.
    with quiet.library_messages():
        return module.read_plan(path)


def extract(path: Path, ocr: OcrMode = "auto", progress: Progress | None = None, pdf_engine: str = "pdfium") -> Layout:
    """Read `path` with the extractor its extension names.

    `ocr` says when a PDF is read by OCR (`magplan.extract.ocr`): ``"auto"``
    when it has no usable text layer (a scan), ``"always"``, or ``"never"``
    (a scan is then an error).  Image files are always read by OCR, so
    ``"never"`` refuses them.  `progress`, if given, hears how far OCR has got.
    `pdf_engine` reads a text PDF: ``"pdfium"`` (fast, the default) or
    ``"pdfplumber"`` (the reference); both give the same layout.  The cycle
    collector is paused while the file is read (`magplan._gc.paused`).
    """
    format_of(path)
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {', '.join(OCR_MODES)}, not {ocr!r}")
    if path.suffix.lower() not in EXTRACTORS:
        raise UnsupportedFormat(f"a {path.suffix} file holds plan data, not a document: read it with read_data")
    _check_file(path)
    from magplan import quiet

    # Library logs and warnings are collected, not printed; damage they report becomes a warning.
    try:
        with quiet.library_messages() as heard, _gc.paused():
            layout = _extract(path, ocr, progress, pdf_engine)
    except InputError as exc:
        said = quiet.damage_warning(heard)
        if said is None or "damaged" in str(exc):
            raise
        # «No plan table found» in a damaged file: say that the file is damaged too.
        raise type(exc)(f"{exc}; {said.message}") from exc
    damage = quiet.damage_warning(heard)
    if damage is not None:
        layout.warnings.append(damage)
    # A table drawn with characters (box-drawing or ASCII rules in a page's <pre>, a text report
    # pasted into Word a line a paragraph, a plain-text mail) is a table whatever the format.
    from magplan.extract._text_tables import drawn_tables

    layout.blocks = drawn_tables(layout.blocks)
    return layout


def _extract(path: Path, ocr: OcrMode, progress: Progress | None, pdf_engine: str) -> Layout:
    is_pdf = path.suffix.lower() == ".pdf"
    if path.suffix.lower() in IMAGE_SUFFIXES:
        if ocr == "never":
            raise NeedsOCR("an image file is a scan that needs OCR (OCR is off: --ocr never)")
        return read_by_ocr(path, progress)
    if is_pdf and ocr == "always":
        return read_by_ocr(path, progress)
    module: _Extractor = importlib.import_module(EXTRACTORS[path.suffix.lower()])
    try:
        if is_pdf:
            from magplan.extract import pdf

            return pdf.extract(path, pdf_engine)
        return module.extract(path)
    except NeedsOCR as exc:
        if not is_pdf:
            raise
        if ocr == "never":
            raise NeedsOCR(f"{exc} (OCR is off: --ocr never)") from exc
        return read_by_ocr(path, progress)


def read_by_ocr(path: Path, progress: Progress | None = None) -> Layout:
    """A scanned PDF or an image file read by OCR, its text corrected by the plan vocabulary."""
    try:
        from magplan.extract.ocr.tesseract import warm_up

        # Tesseract's engine loads on another core while the page readers' modules are imported.
        warm_up()
        from magplan.extract.ocr import ocr_layout, source_for
    except ImportError as exc:
        raise MissingDependency(
            f"reading a scan needs the Python package {exc.name or exc}: pip install opencv-python-headless rapidfuzz"
        ) from exc
    # The OCR step knows pictures and words, not plans: the plan's vocabulary comes from here.
    from magplan.normalize.ocr_fix import correct_layout

    return ocr_layout(source_for(path), correct=correct_layout, progress=progress)
