"""What runs in a worker process: read a plan, render a format, run a batch, compare two plans.

Each function returns plain data (or bytes) and never raises for a bad file:
a failure is ``{"error": "<the command line's one-line reason>"}``.  Progress
goes to the server through the queue the pool gave each worker at its start,
as ``(job id, what, numbers…)``.
"""

from __future__ import annotations

import contextlib
from multiprocessing.queues import Queue
from pathlib import Path
from typing import Any

from magplan import messages
from magplan.extract import OcrMode
from magplan.failures import classify
from magplan.model import Plan
from magplan.web.present import with_russian

_queue: Queue[tuple[Any, ...]] | None = None


def init(queue: Queue[tuple[Any, ...]], server_pid: int) -> None:
    """The pool's initializer: keep the progress queue; die with the server (as a batch's workers do:
    Ctrl-C is for the server, which stops the pool, and a server killed outright leaves no worker)."""
    from magplan.batch.worker import init_worker

    global _queue
    _queue = queue
    init_worker(server_pid)


def _failure(exc: BaseException) -> dict[str, Any]:
    """The command line's one-line reason, and the Russian one beside it."""
    return {"error": classify(exc)[1], "error_ru": messages.error_reason(exc)}


def _tell(job: str, *message: Any) -> None:
    if _queue is not None:
        _queue.put((job, *message))


def warm() -> None:
    """Import what reading and writing need, so that the first plan of the day is not the slow one."""
    import magplan.normalize.items
    import magplan.write.to_xlsx  # noqa: F401
    from magplan.extract import EXTRACTORS

    for name in sorted(set(EXTRACTORS.values())):
        with contextlib.suppress(Exception):  # reported on the file that needs it
            __import__(name)


def read(job: str, path: str, ocr: OcrMode) -> dict[str, Any]:
    from magplan import read_plan
    from magplan.web.doubts import describe

    _tell(job, "start")
    try:
        plan = read_plan(Path(path), ocr=ocr, progress=lambda done, total: _tell(job, "pages", done, total))
        data = plan.to_dict()
        data["warnings"] = with_russian(data["warnings"])
        return {"plan": data, "doubts": describe(plan, Path(path))}
    except Exception as exc:
        return _failure(exc)


def diff(job: str, path: str, current: Plan, ocr: OcrMode) -> dict[str, Any]:
    """The plan in `path` (the earlier one) compared with the page's plan: a summary and the reports."""
    from magplan import read_plan
    from magplan.diff import compare_plans, render_report

    _tell(job, "start")
    try:
        other = read_plan(Path(path), ocr=ocr, progress=lambda done, total: _tell(job, "pages", done, total))
        result = compare_plans(other, current)
        files = {f"diff.{fmt}": render_report(result, fmt) for fmt in ("xlsx", "html")}
    except Exception as exc:
        return _failure(exc)
    old, new = ({"source": d.source, "title": d.title, "year": d.year} for d in (result.old, result.new))
    return {"summary": result.summary(), "equal": result.equal, "old": old, "new": new, "files": files}


def render(plan: Plan, fmt: str, options: dict[str, Any]) -> bytes:
    from magplan.write import render as render_format

    return render_format(plan, fmt, **options)


def batch(job: str, inputs: str, out: str, ocr: OcrMode, skipped: list[str]) -> dict[str, Any]:
    """Every document under `inputs` through `run_batch`; the archive files' bytes and the failures."""
    from magplan.batch import ARCHIVE_FORMATS, run_batch

    _tell(job, "start")
    folder = Path(out)
    try:
        # One reader per batch: the other workers stay free for the plans other people drop.
        result = run_batch(
            [Path(inputs)],
            folder,
            formats=ARCHIVE_FORMATS,
            jobs=1,
            use_cache=False,
            csv_dialect="excel-ru",
            ocr=ocr,
            progress=lambda done, total, failed: _tell(job, "files", done, total, failed),
        )
    except Exception as exc:
        return _failure(exc)
    archive = result.archive
    files = {path.name: path.read_bytes() for path in result.outputs}
    return {
        "summary": {
            "files": len(result.entries),
            "plans": len(archive.plans),
            "items": sum(len(e.plan.records) for e in archive.plans if e.plan is not None),
            "duplicates": len(archive.duplicates),
            "failed": len(archive.failures),
        },
        "plans": [
            {"source": e.source, "year": e.plan.document.year, "items": len(e.plan.records)}
            for e in archive.plans
            if e.plan is not None
        ],
        "duplicates": [{"source": d.entry.source, "kept": d.kept} for d in archive.duplicates],
        "failures": [{"source": e.source, "reason": e.error or ""} for e in archive.failures],
        "skipped": skipped,  # members of an uploaded zip that are no plan documents
        "files": files,
    }
