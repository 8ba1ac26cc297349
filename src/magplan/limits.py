"""Limits that bound the work and memory one input can cause (README, «Limits»).

A hostile or broken file must cost seconds and megabytes, not minutes and
gigabytes, and when a limit is hit the message says which one and how to raise
it.  Every limit has a default here, an environment variable (read at each
use, so batch workers see the value the command line set) and a command-line
flag that sets that variable.

Structural caps that no real plan comes near (a table's columns, a span's
length) are limits too: a span is cut to the grid that exists, never expanded
into millions of empty cells.
"""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING, NamedTuple

from magplan.errors import LimitExceeded

if TYPE_CHECKING:
    from pathlib import Path


# A NamedTuple, not a dataclass: this module loads with every `magplan` command
# line, and the dataclasses module (with inspect) is a tenth of the start-up.
class Limit(NamedTuple):
    name: str
    default: float
    flag: str
    help: str

    @property
    def env(self) -> str:
        return "MAGPLAN_" + self.name.upper()

    @property
    def hint(self) -> str:
        return f"raise it with {self.flag} or {self.env}"

    def value(self) -> float:
        raw = os.environ.get(self.env, "").strip()
        if not raw:
            return self.default
        try:
            number = float(raw)
        except ValueError:
            return self.default
        return number if number > 0 else self.default


# Sizes of real plans: a DOCX or a portal page is well under 1 MB, a scan a few MB per page.
FILE_MB = {
    "docx": Limit("max_mb_docx", 50, "--max-mb", "largest DOCX read, in MB"),
    "odt": Limit("max_mb_odt", 50, "--max-mb", "largest ODT read, in MB"),
    "doc": Limit("max_mb_doc", 50, "--max-mb", "largest DOC read, in MB"),
    "rtf": Limit("max_mb_rtf", 50, "--max-mb", "largest RTF read, in MB"),
    # A plan page is 15 KB; a 4.9 MB page of 19,000 rows reads in seconds and under 200 MB.
    "html": Limit("max_mb_html", 5, "--max-mb", "largest HTML page read, in MB"),
    "pdf": Limit("max_mb_pdf", 200, "--max-mb", "largest PDF read, in MB"),
    "xlsx": Limit("max_mb_xlsx", 50, "--max-mb", "largest workbook read, in MB"),
    "ods": Limit("max_mb_ods", 50, "--max-mb", "largest ODS spreadsheet read, in MB"),
    "json": Limit("max_mb_json", 50, "--max-mb", "largest JSON plan read, in MB"),
}
# The XML of a DOCX/ODT/XLSX (word/document.xml, content.xml, a sheet) once unzipped; a 300-row plan is ~1 MB.
XML_MB = Limit("max_xml_mb", 16, "--max-xml-mb", "largest XML part of a DOCX, ODT or XLSX once unzipped, in MB")
PDF_PAGES = Limit("max_pages", 500, "--max-pages", "most pages of a PDF read for its text")
OCR_PAGES = Limit("max_ocr_pages", 30, "--max-ocr-pages", "most pages of a scan read by OCR (blank pages skipped)")
# A plan converts in 1-4 s and one Tesseract run takes a second or two: room for a loaded machine,
# while a file that hangs LibreOffice costs under half a minute.
PROGRAM_SECONDS = Limit(
    "program_timeout", 25, "--program-timeout", "seconds one LibreOffice conversion or one Tesseract run may take"
)
# A scanned page reads in 1-2 s on two cores, so the page limit's 30 pages take up to a minute on an
# idle machine: two leave room for a busy one.  Hostile inputs are bounded before this, by the page
# limits and the blank-page check; this is the backstop for a reading that hangs.
OCR_SECONDS = Limit("ocr_seconds", 120, "--ocr-seconds", "seconds OCR may take for one document, all pages")
COLUMNS = Limit("max_columns", 64, "--max-columns", "most columns of a table (Word allows 63)")

_FLAGS = (XML_MB, PDF_PAGES, OCR_PAGES, OCR_SECONDS, PROGRAM_SECONDS, COLUMNS)
ALL = (*FILE_MB.values(), *_FLAGS)


def check_file_size(path: Path, fmt: str) -> None:
    """Refuse a file larger than its format's limit, before anything reads it."""
    limit = FILE_MB.get(fmt)
    if limit is None:
        return
    size_mb = path.stat().st_size / 1e6
    if size_mb > limit.value():
        raise LimitExceeded(
            f"file too large: {size_mb:.1f} MB, limit {limit.value():g} MB for {fmt.upper()}; {limit.hint}"
            if size_mb >= 1
            else f"file too large: {size_mb:.2g} MB, limit {limit.value():g} MB for {fmt.upper()}; {limit.hint}"
        )


def check_pages(count: int, limit: Limit, what: str) -> None:
    if count > limit.value():
        raise LimitExceeded(f"too many pages {what}: {count}, limit {limit.value():g}; {limit.hint}")


def program_timeout() -> float:
    return PROGRAM_SECONDS.value()


def max_columns() -> int:
    return int(COLUMNS.value())


def cap_span(span: int, position: int, width: int) -> int:
    """A column span starting at `position` cut to the `width` columns the table has (at least 1)."""
    return max(1, min(span, width - position))


# -- the command line ---------------------------------------------------------


def _positive(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = 0
    if number <= 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive number")
    return number


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The limit flags, in a group of their own in the subcommand's help."""
    group = parser.add_argument_group("limits (README, «Limits»)")
    sizes = ", ".join(f"{fmt} {limit.default:g}" for fmt, limit in FILE_MB.items())
    group.add_argument(
        "--max-mb", type=_positive, metavar="MB", help=f"largest input file read, every format (default: {sizes})"
    )
    for limit in _FLAGS:
        group.add_argument(
            limit.flag, type=_positive, metavar="N", help=f"{limit.help} (default: {limit.default:g}; {limit.env})"
        )


def apply_arguments(args: argparse.Namespace) -> None:
    """Put the flags given into the environment, where every process reading files finds them."""
    given = getattr(args, "max_mb", None)
    if given is not None:
        for limit in FILE_MB.values():
            os.environ[limit.env] = f"{given:g}"
    for limit in _FLAGS:
        value = getattr(args, limit.flag[2:].replace("-", "_"), None)
        if value is not None:
            os.environ[limit.env] = f"{value:g}"
