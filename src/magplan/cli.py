"""The `magplan` command.  Thin: parse arguments, call the API, turn errors into one line."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from collections.abc import Sequence
from types import FrameType
from typing import NoReturn

from magplan import __version__
from magplan.errors import EXIT_BAD_INPUT, EXIT_FAILED, EXIT_INTERRUPTED, EXIT_TERMINATED, Terminated

_DESCRIPTION = """\
Turn the МАГ yearly plan of events (the signed DOCX, its PDF print, or the page
published on a portal) into data: JSON, CSV and more, one row per event.

examples:
  magplan convert plan-2026.docx --to json,csv          # writes output/plan-2026.json, .csv
  magplan convert plans/*.pdf --to csv --out tables/
  magplan convert plan-2026.html --to json --out -      # JSON to standard output
  magplan convert plan-2026.html --to docx,pdf          # an official document (GOST R 7.0.97)
  magplan convert plan-2026.xlsx --to docx              # the workbook, edited in Excel, as the document again

exit status: 0 done; 1 some files failed or an output could not be written;
2 bad input or command line; 3 internal error (a bug in magplan); 130 / 143
interrupted (Ctrl-C / SIGTERM).
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="magplan", description=_DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--version", action="version", version=f"magplan {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    from magplan import convert

    convert.add_parser(commands)
    from magplan.batch.command import add_parser as add_batch_parser

    add_batch_parser(commands)
    from magplan.diff.command import add_parser as add_diff_parser

    add_diff_parser(commands)

    from magplan.web.command import add_parser as add_serve_parser

    add_serve_parser(commands)
    return parser


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise Terminated()


def _quiet_stdout() -> None:
    """After a closed pipe: send what is left to /dev/null, so that exit adds no message."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_BAD_INPUT
    from magplan import limits

    limits.apply_arguments(args)
    # SIGTERM stops like Ctrl-C: the same clean-up paths run (batch workers stopped, cache kept).
    with contextlib.suppress(ValueError):  # not the main thread (an embedding program)
        signal.signal(signal.SIGTERM, _terminate)
    try:
        if args.command == "batch":
            from magplan.batch.command import run as run_batch

            return run_batch(args)
        if args.command == "diff":
            from magplan.diff.command import run as run_diff

            return run_diff(args)

        if args.command == "serve":
            from magplan.web.command import run as run_serve

            return run_serve(args)
        from magplan.convert import run as run_convert

        return run_convert(args)
    except BrokenPipeError:
        # The reader went away (`magplan … --out - | head`): end quietly, as Unix tools do.
        _quiet_stdout()
        return EXIT_FAILED
    except Terminated:
        print("magplan: terminated", file=sys.stderr)
        return EXIT_TERMINATED
    except KeyboardInterrupt:
        print("magplan: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def _stop_resource_tracker() -> None:
    """Without the exit handlers, multiprocessing's resource tracker would report the pool's
    semaphores as leaked on the caller's stderr (they are unlinked already on Linux)."""
    tracker = sys.modules.get("multiprocessing.resource_tracker")
    pid = getattr(getattr(tracker, "_resource_tracker", None), "_pid", None)
    if isinstance(pid, int):
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)


def run() -> NoReturn:
    """The command's entry point: `main`, then exit with its status.

    A stopped run (SIGTERM, Ctrl-C) has already cleaned up (outputs whole or
    absent, the batch cache kept, workers told to stop) when `main` returns; it
    then ends at once, without the interpreter's exit handlers, which would wait
    for a process pool's manager thread to notice its stopped workers.
    """
    status = main()
    if status in (EXIT_TERMINATED, EXIT_INTERRUPTED):
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        _stop_resource_tracker()
        os._exit(status)
    sys.exit(status)


if __name__ == "__main__":
    run()
