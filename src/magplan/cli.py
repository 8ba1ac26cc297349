"""The `magplan` command.  Thin: parse arguments, call the API, turn errors into one line."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Collection, Sequence
from pathlib import Path

from magplan import __version__
from magplan.errors import InputError, MagplanError

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2

_DESCRIPTION = """\
Turn the МАГ yearly plan of events (the signed DOCX, its PDF print, or the page
published on a portal) into data: JSON, CSV and more, one row per event.

examples:
  magplan convert plan-2026.docx --to json,csv          # writes output/plan-2026.json, .csv
  magplan convert plans/*.pdf --to csv --out tables/
  magplan convert plan-2026.html --to json --out -      # JSON to standard output
  magplan convert plan-2026.html --to docx,pdf          # an official document (GOST R 7.0.97)
"""

_CONVERT_HELP = """\
Convert each INPUT (.docx, .pdf, .html/.htm) into the formats of --to.
Writes OUT/<input name>.<format> for each input and format (inputs that share
a name, like plan.docx and plan.pdf, write plan-docx.<format> and
plan-pdf.<format>); an existing file is replaced only once the new one is
complete.  A file that cannot be read as
a plan gets one line on standard error and exit status 2; the other inputs are
still converted.
"""


def format_list(value: str, known: Collection[str]) -> list[str]:
    """A ``--to`` value («json,csv») as format names, each one of `known`."""
    names = [v.strip().lower() for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n not in known]
    if not names or unknown:
        raise argparse.ArgumentTypeError(
            f"unknown format {unknown[0] if unknown else value!r}; choose from {','.join(known)}"
        )
    return names


def _formats_arg(value: str) -> list[str]:
    from magplan.write import WRITERS

    return format_list(value, WRITERS)


def build_parser() -> argparse.ArgumentParser:
    from magplan.write import WRITERS  # so that the help names every registered writer

    parser = argparse.ArgumentParser(
        prog="magplan", description=_DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action="version", version=f"magplan {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    convert = commands.add_parser(
        "convert",
        help="convert plan documents into data files",
        description=_CONVERT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    convert.add_argument("inputs", nargs="+", metavar="INPUT", type=Path, help="plan documents to read")
    convert.add_argument(
        "--to",
        dest="formats",
        type=_formats_arg,
        default=["json"],
        metavar="FORMATS",
        help=f"comma-separated output formats: {', '.join(WRITERS)} (default: json)",
    )
    convert.add_argument(
        "--out",
        default="output",
        metavar="DIR",
        help="output folder (default: output/); '-' writes to standard output (one input, one format)",
    )
    convert.add_argument(
        "--csv-dialect",
        choices=("rfc4180", "excel-ru"),
        default="rfc4180",
        help="rfc4180: commas (default); excel-ru: semicolons, for Russian-locale Excel",
    )
    convert.add_argument(
        "--ocr",
        choices=("never", "auto", "always"),
        default="auto",
        help="read PDFs by OCR: auto, when a PDF has no text layer (a scan; default); always; never",
    )
    convert.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    from magplan.batch.command import add_parser as add_batch_parser

    add_batch_parser(commands)
    return parser


def output_stems(inputs: Sequence[Path]) -> dict[Path, str]:
    """Each input's output name: its stem, or «stem-ext» where two inputs share a stem
    (plan-2026.docx and plan-2026.pdf must not overwrite each other's outputs)."""
    counts = Counter(path.stem for path in set(inputs))
    return {path: path.stem if counts[path.stem] == 1 else f"{path.stem}-{path.suffix[1:].lower()}" for path in inputs}


def _convert(args: argparse.Namespace) -> int:
    from magplan import read_plan
    from magplan.write import atomic_write, extension, render

    to_stdout = args.out == "-"
    if to_stdout and (len(args.inputs) != 1 or len(args.formats) != 1):
        print("magplan: --out - takes exactly one input and one format", file=sys.stderr)
        return EXIT_BAD_INPUT
    status = EXIT_OK
    names = output_stems(args.inputs)
    for path in args.inputs:
        try:
            plan = read_plan(path, ocr=args.ocr)
            # Render every format before writing any, so a failure leaves no partial set.
            outputs = [(fmt, render(plan, fmt, dialect=args.csv_dialect)) for fmt in args.formats]
            if to_stdout:
                sys.stdout.buffer.write(outputs[0][1])
                sys.stdout.buffer.flush()
                continue
            for fmt, data in outputs:
                atomic_write(Path(args.out) / (names[path] + extension(fmt)), data)
        except InputError as exc:
            print(f"magplan: {path}: {exc}", file=sys.stderr)
            status = max(status, EXIT_BAD_INPUT)
        except MagplanError as exc:
            print(f"magplan: {path}: {exc}", file=sys.stderr)
            status = max(status, EXIT_INTERNAL)
        except Exception as exc:
            if args.debug:
                raise
            print(f"magplan: {path}: cannot read as a plan ({type(exc).__name__}: {exc})", file=sys.stderr)
            status = max(status, EXIT_BAD_INPUT)
    return status


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        if args.command == "batch":
            from magplan.batch.command import run as run_batch

            return run_batch(args)
        return _convert(args)
    except KeyboardInterrupt:
        print("magplan: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
