"""Progress of a batch: a live bar on a terminal, sparse log lines elsewhere.

A redrawn bar in a log file or a CI console is noise, so without a terminal
the batch writes one line per failure and one line per tenth of the files.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Protocol, TextIO

# Told (files done, files in all, failures so far) after each file: progress for a caller
# that is not a terminal, such as the web page.
OnProgress = Callable[[int, int, int], None]


class Reporter(Protocol):
    def current(self, source: str) -> None: ...
    def done(self, source: str, error: str | None) -> None: ...
    def close(self) -> None: ...


class LogReporter:
    def __init__(self, total: int, stream: TextIO | None = None) -> None:
        self.total, self.finished, self.failed = total, 0, 0
        self.stream = stream or sys.stderr
        self.step = max(1, total // 10)

    def current(self, source: str) -> None:
        pass

    def done(self, source: str, error: str | None) -> None:
        self.finished += 1
        if error is not None:
            self.failed += 1
            print(f"magplan: {source}: {error}", file=self.stream, flush=True)
        if self.finished % self.step == 0 or self.finished == self.total:
            print(f"magplan: {self.finished}/{self.total} files, {self.failed} failed", file=self.stream, flush=True)

    def close(self) -> None:
        pass


class CallbackReporter:
    def __init__(self, total: int, tell: OnProgress) -> None:
        self.total, self.finished, self.failed = total, 0, 0
        self.tell = tell
        tell(0, total, 0)

    def current(self, source: str) -> None:
        pass

    def done(self, source: str, error: str | None) -> None:
        self.finished += 1
        self.failed += error is not None
        self.tell(self.finished, self.total, self.failed)

    def close(self) -> None:
        pass


class BarReporter:
    """A rich progress bar on standard error: files done, failures, the file being read."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.failed = 0
        self.progress = Progress(
            TextColumn("[bold]magplan batch"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("[red]{task.fields[failed]} failed"),
            TimeElapsedColumn(),
            TextColumn("{task.description}"),
            console=Console(stderr=True),
        )
        self.task = self.progress.add_task("", total=total, failed=0)
        self.progress.start()

    def current(self, source: str) -> None:
        self.progress.update(self.task, description=_shorten(source))

    def done(self, source: str, error: str | None) -> None:
        if error is not None:
            from rich.markup import escape

            self.failed += 1
            self.progress.console.print(f"[red]failed[/red] {escape(source)}: {escape(error)}", highlight=False)
        self.progress.update(self.task, advance=1, failed=self.failed)

    def close(self) -> None:
        self.progress.update(self.task, description="")
        self.progress.stop()


def _shorten(source: str, width: int = 50) -> str:
    return source if len(source) <= width else "…" + source[-(width - 1) :]


def reporter(total: int, live: bool | OnProgress | None = None) -> Reporter:
    """A bar when both output streams are terminals (or `live` is True), log lines otherwise;
    `live` may also be a function to tell instead (`OnProgress`)."""
    if callable(live):
        return CallbackReporter(total, live)
    if live is None:
        live = sys.stderr.isatty() and sys.stdout.isatty()
    return BarReporter(total) if live else LogReporter(total)
