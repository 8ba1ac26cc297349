"""What runs in a worker process (or a Dask worker): read one file, report a plain dict.

The result is ``{"plan": Plan.to_dict(), "scan": bool}`` (scan: read by OCR)
or ``{"error": "<one line>", "kind": "<exception class>", "cacheable": bool}``:
plain data pickles cheaply and is exactly what the cache stores.  Errors
never escape, so one bad file never breaks the pool.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from types import FrameType
from typing import Any

from magplan import lifeline, messages
from magplan.errors import InputError, MagplanError, MissingDependency, ProgramTimeout
from magplan.extract import OcrMode


def _terminate(signum: int, frame: FrameType | None) -> None:
    # SystemExit unwinds `finally` blocks: a running LibreOffice is killed and temp folders go.
    sys.exit(128 + signum)


def init_worker(main_pid: int | None = None) -> None:
    """Ctrl-C is for the parent: it stops the batch and then terminates the workers.

    A worker also dies with the batch (`lifeline`): a batch killed with SIGKILL leaves no worker behind.
    """
    if main_pid is not None:
        lifeline.guard(main_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _terminate)


def error_result(exc: BaseException) -> dict[str, Any]:
    """What a failed read reports: the reason (the archive names the file itself), the exception
    class (`magplan.messages.ERRORS` says it in Russian) and whether the cache may keep it."""
    if isinstance(exc, MagplanError):
        # The file is as bad next time; a missing program or a timeout may not be.
        cacheable = isinstance(exc, InputError) and not isinstance(exc, MissingDependency | ProgramTimeout)
        return {"error": exc.reason, "kind": messages.error_kind(exc), "cacheable": cacheable}
    from magplan.failures import classify

    return {"error": classify(exc)[1], "kind": None, "cacheable": False}


def read_task(name: str, path: str, data: bytes | None = None, ocr: OcrMode = "auto") -> dict[str, Any]:
    """Read the plan in `path`, or in `data` (a file's bytes, for workers that do not share our disk)."""
    from magplan import read_plan

    ocr_pages: list[int] = []

    def heard(done: int, total: int) -> None:
        # OCR always reports its pages, starting at 0 done: a plan read this way is a scan.
        ocr_pages.append(total)

    try:
        if data is None:
            plan = read_plan(Path(path), ocr=ocr, progress=heard).to_dict()
        else:
            with lifeline.temporary_folder("magplan-batch-") as tmp:
                # The extension picks the extractor and the name becomes `document.source`.
                copy = tmp / name
                copy.write_bytes(data)
                plan = read_plan(copy, ocr=ocr, progress=heard).to_dict()
    except Exception as exc:
        return error_result(exc)
    # `scan`: the archive keeps a digital copy of a plan before its scan (`combine.quality`).
    return {"plan": plan, "scan": bool(ocr_pages)}
