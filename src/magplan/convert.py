"""The `magplan convert` subcommand: read each input, write its outputs, say what was written.

Each input's outputs are written as one (`write_all`): all formats or none, an
existing file replaced only whole.  No output replaces an input and no two
inputs share an output (`outputs.py`).  Standard output carries one line per
file written and one per input (items, warnings); standard error carries one
line per failure, and a progress spinner while a file is read when it is a
terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from magplan import limits, options
from magplan.errors import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, OutputError
from magplan.failures import classify

if TYPE_CHECKING:
    from pathlib import Path

    from magplan.model import Plan

HELP = """\
Convert each INPUT (.docx, .pdf, .html/.htm, .doc, .rtf, .odt, scans; .xlsx:
magplan's workbook, edited or not, or any sheet with a plan table; .ods: such a
sheet; .json: the contract) into the formats of --to.  Writes OUT/<input name>.<format> for each
input and format, and says on standard output which files it wrote or replaced.

Nothing is lost: inputs that share a name (plan.docx and plan.pdf, a/plan.docx
and b/plan.docx) get distinct outputs (plan-docx.json, plan-pdf.json;
a-plan.json, b-plan.json); an output that would replace an input is written
beside it as <name>-magplan.<format>; an existing output is replaced only once
every format of that input is complete.  A file that cannot be read gets one
line on standard error; the other inputs are still converted.

exit status: 0 all written; 1 some inputs failed or an output could not be
written; 2 bad input (no input could be read); 3 internal error (a bug).
"""


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from magplan.write import WRITERS

    convert = commands.add_parser(
        "convert",
        help="convert plan documents into data files",
        description=HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    convert.add_argument("inputs", nargs="+", metavar="INPUT", type=options.path, help="plan documents to read")
    options.add_formats(
        convert, lambda: WRITERS, ["json"], help=f"comma-separated output formats: {', '.join(WRITERS)} (default: json)"
    )
    convert.add_argument(
        "--out",
        default="output",
        metavar="DIR",
        help="output folder (default: output/); '-' writes to standard output (one input, one format)",
    )
    options.add_csv_dialect(convert)
    options.add_ocr(convert)
    convert.add_argument(
        "--pdf-engine",
        choices=("pdfium", "pdfplumber"),
        default="pdfium",
        help="how text PDFs are parsed: pdfium (fast; default) or pdfplumber (the reference); the results are the same",
    )
    convert.add_argument("--verbose", "-v", action="store_true", help="list each input's warnings")
    options.add_debug(convert)
    limits.add_arguments(convert)


def say(line: str) -> None:
    """A status line on standard output; a closed or full standard output only loses the line."""
    with contextlib.suppress(OSError, AttributeError, ValueError):
        print(line, file=sys.stdout, flush=True)


def write_stdout(data: bytes) -> None:
    """`data` on standard output, or `OutputError` saying why not (a closed pipe is `BrokenPipeError`)."""
    stream = getattr(sys.stdout, "buffer", None)
    if stream is None:
        raise OutputError("cannot write to standard output: it is closed")
    try:
        stream.write(data)
        stream.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise OutputError(f"cannot write to standard output: {reason}") from None


def _no_progress(done: int, total: int) -> None:
    pass


@contextlib.contextmanager
def reading(path: Path, position: str) -> Iterator[Callable[[int, int], None]]:
    """A spinner with the elapsed time while `path` is read, when standard error is a terminal.

    Yields the `progress` callback of `read_plan`: OCR reports its pages into the line.
    """
    stderr = sys.stderr
    if stderr is None or not stderr.isatty():
        yield _no_progress
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    label = f"reading {escape(str(path))}{position}"
    with Progress(
        SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
        console=Console(file=stderr), transient=True,
    ) as progress:  # fmt: skip
        task = progress.add_task(label, total=None)

        def pages(done: int, total: int) -> None:
            progress.update(task, description=f"{label}: OCR, page {min(done + 1, total)} of {total}")

        yield pages


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from magplan import read_plan
    from magplan.outputs import plan_outputs, unique_inputs
    from magplan.write import render, write_all

    inputs = unique_inputs(args.inputs)
    to_stdout = args.out == "-"
    if to_stdout and (len(inputs) != 1 or len(args.formats) != 1):
        print("magplan: --out - takes exactly one input and one format", file=sys.stderr)
        return EXIT_BAD_INPUT
    targets = None if to_stdout else plan_outputs(inputs, Path(args.out), args.formats)
    moved = dict(targets.moved) if targets else {}
    statuses: list[int] = []
    for index, path in enumerate(inputs, 1):
        try:
            with reading(path, f" ({index}/{len(inputs)})" if len(inputs) > 1 else "") as progress:
                plan = read_plan(path, ocr=args.ocr, progress=progress, pdf_engine=args.pdf_engine)
            options = {"dialect": args.csv_dialect}
            if targets is None:
                write_stdout(render(plan, args.formats[0], **options))
                statuses.append(EXIT_OK)
                continue
            files = {target: render(plan, fmt, **options) for fmt, target in targets.paths[path].items()}
            outcomes = write_all(files)
        except BrokenPipeError:
            raise
        except Exception as exc:
            status, message = classify(exc)
            if args.debug and status != EXIT_BAD_INPUT:
                raise
            print(f"magplan: {path}: {message}", file=sys.stderr)
            statuses.append(status)
            continue
        statuses.append(EXIT_OK)
        for target, outcome in outcomes.items():
            note = next((f" ({wanted} is an input, kept)" for wanted, t in moved.items() if t == target), "")
            say(f"{'replaced' if outcome == 'replaced' else 'wrote'} {target}{note}")
        _summary(path, plan, args.verbose)
    return exit_status(statuses)


def _summary(path: Path, plan: Plan, verbose: bool) -> None:
    count = len(plan.warnings)
    hint = " (--verbose lists them)" if count and not verbose else ""
    say(f"{path}: {len(plan.records)} items, {count} warning{'' if count == 1 else 's'}{hint}")
    if verbose:
        for warning in plan.warnings:
            where = f"item {warning.item}: " if warning.item is not None else ""
            say(f"  warning [{warning.code}] {where}{warning.message}")


def exit_status(statuses: list[int]) -> int:
    """0 when all went well; the worst failure when every input failed; 1 when only some did.

    An internal error (3) always shows, so that a bug is never taken for a bad file.
    """
    failures = [s for s in statuses if s != EXIT_OK]
    if not failures:
        return EXIT_OK
    worst = max(failures)
    if worst > EXIT_BAD_INPUT:
        return worst
    return worst if len(failures) == len(statuses) else EXIT_FAILED
