"""`magplan diff OLD NEW`: the command (arguments, reading both plans, reports, exit status like diff(1))."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from magplan import options
from magplan.errors import EXIT_BAD_INPUT, EXIT_BUG, MagplanError, one_line
from magplan.failures import classify

if TYPE_CHECKING:
    from pathlib import Path

EXIT_EQUAL, EXIT_DIFFERENT = 0, 1
# Here, not in magplan.diff: building the parser must not import the comparison (rapidfuzz loads numpy).
REPORT_FORMATS = ("xlsx", "json", "html")
_EXTENSIONS = {"xlsx": ".xlsx", "json": ".json", "html": ".html"}

HELP = """\
Compare two versions of a plan (last year's and this year's, the draft and the
signed scan, the DOCX and its PDF).  Items are matched by meaning (kind, title
with edition numbers and years set aside, similar wording), not by row, so
renumbering and reordering are no change; nor is where a value came from
(file, format, page).  Prints a summary of what was added, removed, changed
(field by field, old → new) and moved, and what changed in the requisites.

--to writes reports into --out (default output/): xlsx (old and new side by
side, in colour), json (the structure the README documents), html (one page).
Exit status: 0 the plans are equal, 1 they differ, 2 an input cannot be read.
"""


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    diff = commands.add_parser(
        "diff", help="what changed between two versions of a plan", description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    diff.add_argument("old", metavar="OLD", type=options.path, help="the earlier version (any input magplan reads)")
    diff.add_argument("new", metavar="NEW", type=options.path, help="the later version")
    options.add_formats(
        diff, lambda: REPORT_FORMATS, [],
        help=f"comma-separated reports to write: {', '.join(REPORT_FORMATS)} (default: none, the summary only)",
    )  # fmt: skip
    diff.add_argument(
        "--out", default="output", metavar="DIR",
        help="folder for the reports (default: output/); '-' writes the one report of --to to standard output",
    )  # fmt: skip
    options.add_ocr(diff)
    options.add_debug(diff)


def report_name(old: Path, new: Path) -> str:
    """«plan-2025-vs-plan-2026»; the extensions join the stems when the stems are the same."""
    a, b = old.stem, new.stem
    if a == b:
        a, b = f"{a}-{old.suffix[1:]}", f"{b}-{new.suffix[1:]}"
    return f"{a}-vs-{b}"


def run(args: argparse.Namespace) -> int:
    from rich.console import Console

    from magplan import read_plan
    from magplan.diff import compare_plans, render_report
    from magplan.diff.report_text import render as render_text
    from magplan.write import write_all

    to_stdout = args.out == "-"
    if to_stdout and len(args.formats) != 1:
        print("magplan: --out - takes exactly one format in --to", file=sys.stderr)
        return EXIT_BAD_INPUT
    plans = []
    for path in (args.old, args.new):
        try:
            plans.append(read_plan(path, ocr=args.ocr))
        except Exception as exc:
            # As convert tells them: a library that cannot read the file is bad input, not a bug.
            status, message = classify(exc)
            if args.debug and status == EXIT_BUG:
                raise
            print(f"magplan: {path}: {message}", file=sys.stderr)
            # Status 1 is «the plans differ» here: whatever stops reading a plan is 2, unless a bug.
            return EXIT_BUG if status == EXIT_BUG else EXIT_BAD_INPUT
    diff = compare_plans(*plans)
    status = EXIT_EQUAL if diff.equal else EXIT_DIFFERENT
    if to_stdout:
        sys.stdout.buffer.write(render_report(diff, args.formats[0]))
        sys.stdout.buffer.flush()
        return status
    render_text(diff, Console(highlight=False))
    if args.formats:
        name = report_name(args.old, args.new)
        files = {options.path(args.out) / (name + _EXTENSIONS[fmt]): render_report(diff, fmt) for fmt in args.formats}
        try:
            write_all(files)
        except MagplanError as exc:
            print(f"magplan: {one_line(str(exc))}", file=sys.stderr)
            return EXIT_BAD_INPUT
        for path in files:
            print(f"wrote {path}")
    return status
