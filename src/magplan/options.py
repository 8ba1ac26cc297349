"""Command-line options that several subcommands share, defined once.

`convert`, `batch`, `diff` and `serve` read plans the same way (``--ocr``),
report internal errors the same way (``--debug``) and name output formats the
same way (``--to json,csv``); each says so with one call here, so that a
choice, a default or a help text cannot drift apart between them.  Building the
parser must stay quick (`magplan --help`): nothing heavy is imported here.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


def format_list(value: str, known: Collection[str]) -> list[str]:
    """A ``--to`` value («json,csv») as format names, each one of `known`."""
    names = [v.strip().lower() for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n not in known]
    if not names or unknown:
        raise argparse.ArgumentTypeError(
            f"unknown format {unknown[0] if unknown else value!r}; choose from {','.join(known)}"
        )
    return names


def path(value: str) -> Path:
    """A path on the command line (an argument's `type`): pathlib (with urllib.parse and
    ipaddress) is imported when a command runs, not to build the parser (`magplan --help`)."""
    from pathlib import Path

    return Path(value)


def positive_int(value: str) -> int:
    """A count on the command line (``--jobs``, ``--workers``): a whole number of at least 1."""
    number = int(value) if value.strip().isdigit() else 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return number


def add_formats(
    parser: argparse.ArgumentParser, known: Callable[[], Collection[str]], default: list[str], help: str
) -> None:
    """``--to FORMATS`` (into ``args.formats``): a comma-separated list of the names `known()` gives,
    asked only when the option is given (the batch's formats live beside pandas)."""

    def formats(value: str) -> list[str]:
        return format_list(value, known())

    parser.add_argument("--to", dest="formats", type=formats, default=default, metavar="FORMATS", help=help)


def add_ocr(parser: argparse.ArgumentParser) -> None:
    """``--ocr``: whether scans are read by OCR (`magplan.read_plan`'s `ocr`)."""
    from magplan.extract import OCR_MODES

    parser.add_argument(
        "--ocr",
        choices=OCR_MODES,
        default="auto",
        help="read scanned PDFs by OCR: auto, when a PDF has no text layer (default); always; "
        "never (a scan is then refused)",
    )


def add_csv_dialect(parser: argparse.ArgumentParser) -> None:
    """``--csv-dialect``, for the CSV files written."""
    from magplan.write import DIALECTS

    parser.add_argument(
        "--csv-dialect",
        choices=DIALECTS,
        default=DIALECTS[0],
        help="rfc4180: commas (default); excel-ru: semicolons, for Russian-locale Excel",
    )


def add_debug(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
