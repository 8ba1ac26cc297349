"""The `magplan batch` subcommand: its arguments and its exit status."""

from __future__ import annotations

import argparse
import sys

from magplan import limits, options
from magplan.errors import EXIT_BAD_INPUT, EXIT_BUG, EXIT_FAILED, InputError, MagplanError, one_line

_HELP = """\
Read every plan document under the given folders (recursively) and files, in
parallel, and write one archive of all of them into DIR:
  archive.xlsx   sheets «Сводка» (counts per year and kind, events per month,
                 charts), «Все» (every item), «Серии» (recurring events and
                 their years), «Для печати», «Дубликаты», «Пропущенные», «Ошибки»
  archive.csv    the items table, with `year`, `source` and `series` columns
  archive.json   the plans' document data, the items, series, duplicates,
                 skipped files, failures and the counts
  failures.csv   each file that could not be read, with the reason
`source` is the file's path relative to the folder given (with several PATHs,
to their common folder), so 2025/plan.docx and 2026/plan.docx stay apart.
A plan kept in several copies (DOCX, PDF, web page, scan, a draft that differs
in a row: same year, 90 % of the items alike by title) is taken once, from the
best copy (DOCX > ODT/DOC/RTF > HTML > text PDF > scan); the other copies are
listed as duplicates with the reason.  Files of other kinds in the folders are
listed as skipped.  What each file gave is cached in
DIR/.cache by content, so a second run reads only new or changed files.

exit status: 0 every file read; 1 some files failed (outputs still written) or
an output could not be written; 2 nothing could be read; 3 internal error (a
bug in magplan); 130 / 143 interrupted (Ctrl-C / SIGTERM; the cache is kept).
"""


def _archive_formats() -> tuple[str, ...]:
    from magplan.batch.pipeline import ARCHIVE_FORMATS

    return ARCHIVE_FORMATS


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    batch = commands.add_parser(
        "batch",
        help="read a whole archive of plans into one table",
        description=_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    batch.add_argument(
        "paths", nargs="+", metavar="PATH", type=options.path, help="folders (searched recursively) or files"
    )
    batch.add_argument("--out", required=True, metavar="DIR", type=options.path, help="folder for the archive files")
    options.add_formats(
        batch, _archive_formats, ["xlsx", "csv", "json"],
        help="comma-separated archive formats: xlsx, csv, json, ics (default: xlsx,csv,json)",
    )  # fmt: skip
    batch.add_argument(
        "--jobs", type=options.positive_int, default=None, metavar="N", help="parallel reads (default: CPU count)"
    )
    batch.add_argument(
        "--per-file", action="store_true", help="also write each plan's own files under DIR/plans/, as convert does"
    )
    batch.add_argument("--no-cache", action="store_true", help="read every file again (the cache is refreshed)")
    batch.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run the reads on a Dask cluster (needs magplan[dask]), e.g. tcp://host:8786",
    )
    options.add_csv_dialect(batch)
    options.add_ocr(batch)
    options.add_debug(batch)
    limits.add_arguments(batch)


def run(args: argparse.Namespace) -> int:
    from magplan.batch.pipeline import run_batch

    try:
        result = run_batch(
            args.paths,
            args.out,
            formats=args.formats,
            jobs=args.jobs,
            per_file=args.per_file,
            use_cache=not args.no_cache,
            scheduler=args.scheduler,
            csv_dialect=args.csv_dialect,
            ocr=args.ocr,
        )
    except InputError as exc:
        print(f"magplan: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except MagplanError as exc:
        print(f"magplan: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:
        if args.debug:
            raise
        from magplan.failures import bug_message

        print(f"magplan: batch: {bug_message(exc)}", file=sys.stderr)
        return EXIT_BUG
    print(f"magplan: {result.summary()}; wrote {', '.join(p.name for p in result.outputs[:5])}" + (
        f" and {len(result.outputs) - 5} more" if len(result.outputs) > 5 else ""
    ))  # fmt: skip
    return result.exit_code
