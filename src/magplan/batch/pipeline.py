"""Reading an archive and writing its files: `run_batch` (see the package doc)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from magplan.batch.archive import SERIES_COLUMN, render_csv, render_failures_csv, render_json, render_xlsx, summary_ru
from magplan.batch.cache import PlanCache, file_sha256, plan_from_dict
from magplan.batch.combine import Archive, Entry, combine, item_count
from magplan.batch.discover import Document, find
from magplan.batch.progress import OnProgress, reporter
from magplan.batch.runner import Task, run_tasks
from magplan.errors import InputError, MagplanError, OutputError
from magplan.extract import OcrMode, format_of
from magplan.failures import BUG_NOTE, classify
from magplan.messages import plural_en
from magplan.model import Plan
from magplan.write import check_formats, extension, render, write_all

if TYPE_CHECKING:
    import pandas as pd

ARCHIVE_FORMATS = ("xlsx", "csv", "json", "ics")
PER_FILE_FOLDER = "plans"
CACHE_FOLDER = ".cache"


@dataclass
class BatchResult:
    archive: Archive
    entries: list[Entry]
    read: int = 0  # distinct contents read (extracted) in this run; byte-identical files are read once
    cached: int = 0  # distinct contents whose result came from the cache
    outputs: list[Path] = field(default_factory=list)
    cache_error: str | None = None  # why the cache could not be written, if it could not

    @property
    def failed(self) -> int:
        return len(self.archive.failures)

    @property
    def exit_code(self) -> int:
        """0: every file read; 1: some failed (outputs written); 2: no plan could be read; 3: a bug."""
        if any(BUG_NOTE in (failure.error or "") for failure in self.archive.failures):
            return 3
        if not self.archive.plans:
            return 2
        return 1 if self.archive.failures else 0

    def frame(self) -> pd.DataFrame:
        """The combined items table (SCHEMA.md's pandas table of every kept plan) plus `series`."""
        from magplan.frame import items_frame

        table = items_frame(e.plan for e in self.archive.plans if e.plan is not None)
        table[SERIES_COLUMN] = [key for keys in self.archive.series for key in keys]
        table[SERIES_COLUMN] = table[SERIES_COLUMN].astype("string")
        return table

    def summary(self) -> str:
        """One line for the command line: files, distinct plans and their items, copies, skipped, failed."""
        a = self.archive
        skipped = f", {len(a.skipped)} skipped (not a plan format)" if a.skipped else ""
        return (
            f"{plural_en(len(self.entries) + len(a.skipped), 'file')}: {plural_en(len(a.plans), 'plan')} "
            f"({plural_en(item_count(a), 'item')}), {plural_en(len(a.duplicates), 'duplicate')}{skipped}, "
            f"{len(a.failures)} failed ({self.read} read, {self.cached} from cache)"
        ) + (f"; the cache was not updated: {self.cache_error}" if self.cache_error else "")

    def summary_ru(self) -> str:
        """The same line in Russian, for the «Сводка» sheet."""
        return summary_ru(self.archive, len(self.entries))


class _Collector:
    """Turns what reading gave (for one content, maybe several files) into entries, and caches it."""

    def __init__(self, cache: PlanCache, total: int, live: bool | OnProgress | None) -> None:
        self.cache = cache
        self.entries: dict[str, Entry] = {}
        self.groups: dict[tuple[str, str], list[Document]] = {}
        self.report = reporter(total, live)
        self.read = self.cached = 0
        self.cache_error: str | None = None

    def fail(self, doc: Document, fmt: str, message: str, kind: str | None = None) -> None:
        self.entries[doc.source] = Entry(doc.source, fmt, error=message, error_kind=kind)
        self.report.done(doc.source, message)

    def settle(self, key: tuple[str, str], result: dict[str, Any], cached: bool) -> None:
        sha, fmt = key
        for doc in self.groups[key]:
            entry = Entry(doc.source, fmt, sha, cached=cached)
            if "plan" in result:
                plan = plan_from_dict(result["plan"])
                # The cache is keyed by content: the name is whichever file it was first read from.
                plan.document = replace(plan.document, source=doc.source, format=fmt)
                entry.plan = plan
                entry.scan = bool(result.get("scan"))
            else:
                entry.error = str(result["error"])
                entry.error_kind = result.get("kind")
            self.entries[doc.source] = entry
            self.report.done(doc.source, entry.error)

    def finished(self, task: Task, result: dict[str, Any]) -> None:
        self.read += 1
        if "plan" in result or result.get("cacheable"):
            keep = ("plan", "scan") if "plan" in result else ("error", "kind")
            entry = {name: result[name] for name in keep if name in result}
            try:
                self.cache.put(*task.key, entry)
            except OutputError as exc:
                self.cache_error = str(exc)  # a cache that cannot be written only costs time
        self.settle(task.key, result, cached=False)


def run_batch(
    paths: Sequence[str | Path],
    out: str | Path,
    formats: Sequence[str] = ARCHIVE_FORMATS,
    jobs: int | None = None,
    per_file: bool = False,
    use_cache: bool = True,
    scheduler: str | None = None,
    csv_dialect: str = "rfc4180",
    progress: bool | OnProgress | None = None,
    ocr: OcrMode = "auto",
) -> BatchResult:
    """Read every plan under `paths` and write the archive files into `out` (see the package doc).

    With `jobs` > 1 the files are read in worker processes started afresh, which
    import the calling script again: a script that calls this needs the usual
    ``if __name__ == "__main__":`` guard.  `progress`: True for a live bar, False
    for log lines, None to choose by the terminal, or a function that is told
    (files done, files in all, failures so far) after each file.
    """
    unknown = [f for f in formats if f not in ARCHIVE_FORMATS]
    if unknown:
        raise MagplanError(f"unknown archive format {unknown[0]!r} (known: {', '.join(ARCHIVE_FORMATS)})")
    if per_file:
        check_formats(list(formats))
    out = Path(out)
    found = find([Path(p) for p in paths], exclude=[out])
    documents = found.documents
    if not documents:
        raise InputError(f"no plan documents (.docx, .pdf, .html, …) under {', '.join(map(str, paths))}")
    variant = "" if ocr == "auto" else f"ocr-{ocr}"
    collector = _Collector(PlanCache(out / CACHE_FOLDER, read=use_cache, variant=variant), len(documents), progress)
    tasks: list[Task] = []
    try:
        for doc in documents:
            try:
                key = (file_sha256(doc.path), format_of(doc.path))
            except (MagplanError, OSError) as exc:
                collector.fail(doc, doc.path.suffix.lower()[1:], _message(exc), type(exc).__name__)
                continue
            if key not in collector.groups:
                collector.groups[key] = []
                tasks.append(Task(doc.source, doc.path, key))
            collector.groups[key].append(doc)
        misses = []
        for task in tasks:
            hit = collector.cache.get(*task.key)
            if hit is None:
                misses.append(task)
            else:
                collector.cached += 1
                collector.settle(task.key, hit, cached=True)
        run_tasks(misses, collector.finished, collector.report.current, jobs or os.cpu_count() or 1, scheduler, ocr)
    except BaseException:
        # A stop (SIGTERM, Ctrl-C) that came while an entry was being written leaves its temporary file.
        collector.cache.sweep_partial()
        raise
    finally:
        collector.report.close()
    entries = [collector.entries[doc.source] for doc in documents]
    archive = combine(entries, skipped=(doc.source for doc in found.skipped))
    result = BatchResult(archive, entries, collector.read, collector.cached, cache_error=collector.cache_error)
    result.outputs = _write_outputs(result.archive, out, formats, per_file, csv_dialect)
    return result


def _message(exc: BaseException) -> str:
    return classify(exc)[1]


def _write_outputs(archive: Archive, out: Path, formats: Sequence[str], per_file: bool, dialect: str) -> list[Path]:
    files: dict[Path, bytes] = {out / "failures.csv": render_failures_csv(archive, dialect)}
    # With no plan at all, the previous run's archive is worth more than an empty one.
    if archive.plans:
        for fmt in formats:
            files[out / f"archive.{fmt}"] = _archive_bytes(archive, fmt, dialect)
        if per_file:
            files.update(_per_file_outputs(archive, out, formats, dialect))
    # All or nothing: a full disk half-way leaves the previous archive as it was.
    write_all(files)
    return list(files)


def _archive_bytes(archive: Archive, fmt: str, dialect: str) -> bytes:
    if fmt == "csv":
        return render_csv(archive, dialect)
    if fmt == "ics":
        from magplan.write.to_ics import render_many

        # Every plan kept (copies of one plan set aside), its events in one calendar.
        return render_many([entry.plan for entry in archive.plans if entry.plan is not None])
    return (render_xlsx if fmt == "xlsx" else render_json)(archive)


def _per_file_outputs(archive: Archive, out: Path, formats: Sequence[str], dialect: str) -> dict[Path, bytes]:
    """Each kept plan as `magplan convert` writes it, under ``plans/`` mirroring the archive's folders."""
    stems: dict[tuple[PurePosixPath, str], int] = {}
    sources = [PurePosixPath(e.source) for e in archive.plans]
    for source in sources:
        stems[(source.parent, source.stem.lower())] = stems.get((source.parent, source.stem.lower()), 0) + 1
    files = {}
    for entry, source in zip(archive.plans, sources, strict=True):
        assert entry.plan is not None
        # Two plans named alike («plan.docx», «plan.pdf») that are not copies of each other keep their extensions.
        name = source.name if stems[(source.parent, source.stem.lower())] > 1 else source.stem
        plan = Plan(replace(entry.plan.document, source=source.name), entry.plan.records, entry.plan.warnings)
        for fmt in formats:
            files[out / PER_FILE_FOLDER / source.parent / (name + extension(fmt))] = render(plan, fmt, dialect=dialect)
    return files
