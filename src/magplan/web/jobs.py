"""Reading, rendering and batches in a pool of worker processes, and the jobs' state for the page.

Work runs in separate processes so that a slow scan, or a file that makes a C
library crash, never stalls the server or another person's plan: with N
workers, N files are read at once and the rest wait their turn.  The pool's
processes are started by a fork server (forking a threaded server is unsafe)
and each gets a queue on which it reports progress; a thread here turns
those reports into the jobs' state, which the page polls.  A job's uploaded
files live in its private folder until the job ends, then go.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from magplan.batch.start import worker_context
from magplan.model import Plan
from magplan.web import worker
from magplan.web.settings import Settings
from magplan.web.uploads import remove_folder

State = Literal["queued", "running", "done", "failed"]
CRASHED = "the process reading this file crashed"


class Busy(Exception):
    """Too many files waiting already (HTTP 503): the page asks to try again shortly."""


@dataclass
class Job:
    id: str
    kind: Literal["read", "batch", "diff"]
    name: str  # the uploaded file's display name
    folder: Path | None  # private uploads, removed when the job ends
    state: State = "queued"
    unit: str | None = None  # what `done`/`total` count: "pages" or "files"
    done: int = 0
    total: int = 0
    failed: int = 0
    result: dict[str, Any] | None = None
    error: str | None = None
    error_ru: str | None = None
    blobs: dict[str, bytes] = field(default_factory=dict)  # crops and batch files, by name
    created: float = field(default_factory=time.monotonic)
    finished: float | None = None
    version: int = 0  # counts changes, for the page's waiting poll

    def changed(self) -> None:
        self.version += 1

    def status(self) -> dict[str, Any]:
        """What the page polls: never bytes, never a server path."""
        out: dict[str, Any] = {"id": self.id, "kind": self.kind, "name": self.name, "state": self.state}
        out["progress"] = {"unit": self.unit, "done": self.done, "total": self.total, "failed": self.failed}
        if self.state == "done":
            out["result"] = self.result
        if self.state == "failed":
            out["error"], out["error_ru"] = self.error, self.error_ru
        return out


class Board:
    """The server's jobs and the pool that runs them."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.jobs: dict[str, Job] = {}
        self.lock = threading.Lock()
        self.context = worker_context(["magplan.batch._preload", "magplan.web.worker"])
        self.queue: Any = self.context.Queue()
        self.warming: list[Future[None]] = []
        self.pool = self._new_pool()
        self.listener = threading.Thread(target=self._listen, name="magplan-progress", daemon=True)
        self.listener.start()

    def _new_pool(self) -> ProcessPoolExecutor:
        pool = ProcessPoolExecutor(
            self.settings.workers, mp_context=self.context, initializer=worker.init, initargs=(self.queue, os.getpid())
        )
        self.warming = [pool.submit(worker.warm) for _ in range(self.settings.workers)]
        return pool

    async def ready(self) -> None:
        """Wait until every worker has started and loaded the readers: the first plan is then as quick as any."""
        for future in self.warming:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(asyncio.wrap_future(future), timeout=120)

    def close(self) -> None:
        from magplan.batch.runner import stop_pool

        stop_pool(self.pool, grace=3)
        self.queue.put(None)
        self.listener.join(timeout=2)
        with self.lock:
            folders = [job.folder for job in self.jobs.values() if job.folder is not None]
        for folder in folders:
            remove_folder(folder)

    # --- jobs

    def get(self, job_id: str) -> Job | None:
        with self.lock:
            self._forget_old()
            return self.jobs.get(job_id)

    def ahead(self, job: Job) -> int:
        """How many files are waiting or being read before `job` (for «в очереди»)."""
        with self.lock:
            return sum(
                other.created < job.created and other.state in ("queued", "running") for other in self.jobs.values()
            )

    def read(self, name: str, folder: Path, path: Path) -> Job:
        job = self._add("read", name, folder)
        self._submit(job, worker.read, job.id, str(path), self.settings.ocr)
        return job

    def batch(self, name: str, folder: Path, inputs: Path, out: Path, skipped: list[str]) -> Job:
        job = self._add("batch", name, folder)
        self._submit(job, worker.batch, job.id, str(inputs), str(out), self.settings.ocr, skipped)
        return job

    async def render(self, plan: Plan, fmt: str, options: dict[str, Any]) -> bytes:
        future = self._pool_submit(worker.render, plan, fmt, options)
        data: bytes = await asyncio.wrap_future(future)
        return data

    def diff(self, name: str, folder: Path, path: Path, current: Plan) -> Job:
        job = self._add("diff", name, folder)
        self._submit(job, worker.diff, job.id, str(path), current, self.settings.ocr)
        return job

    def _add(self, kind: Literal["read", "batch", "diff"], name: str, folder: Path) -> Job:
        with self.lock:
            self._forget_old()
            active = sum(job.state in ("queued", "running") for job in self.jobs.values())
            if active >= self.settings.max_active:
                raise Busy("too many files are being read now; try again in a minute")
            job = Job(secrets.token_urlsafe(16), kind, name, folder)
            self.jobs[job.id] = job
        return job

    def _forget_old(self) -> None:
        """Drop finished results past their time, and the oldest when there are too many (under the lock)."""
        now = time.monotonic()
        finished = sorted(
            (job for job in self.jobs.values() if job.finished is not None), key=lambda job: job.finished or 0.0
        )
        excess = max(0, len(self.jobs) - self.settings.max_jobs)
        for index, job in enumerate(finished):
            if index < excess or now - (job.finished or now) > self.settings.keep_seconds:
                del self.jobs[job.id]

    def _pool_submit(self, function: Callable[..., Any], *args: Any) -> Future[Any]:
        try:
            return self.pool.submit(function, *args)
        except (BrokenProcessPool, RuntimeError):
            # A worker died (and took the pool with it): a fresh pool for this and later work.
            with self.lock:
                old, self.pool = self.pool, self._new_pool()
            old.shutdown(wait=False, cancel_futures=True)
            return self.pool.submit(function, *args)

    def _submit(self, job: Job, function: Callable[..., dict[str, Any]], *args: Any, retried: bool = False) -> None:
        future = self._pool_submit(function, *args)

        def finished(done: Future[dict[str, Any]]) -> None:
            try:
                result = done.result()
            except BrokenProcessPool:
                if job.state == "queued" and not retried:
                    # It never started: another file crashed the pool; this one gets a fresh pool.
                    self._submit(job, function, *args, retried=True)
                    return
                result = {"error": CRASHED}
            except BaseException as exc:  # cancelled or stopped at shutdown, or a bug: the page gets one line
                result = {"error": f"cannot read as a plan ({type(exc).__name__})"}
            self._finish(job, result)

        future.add_done_callback(finished)

    def _finish(self, job: Job, result: dict[str, Any]) -> None:
        if "error" in result:
            job.error = str(result["error"])
            job.error_ru = str(result.get("error_ru") or "")
        else:
            for doubt in result.get("doubts", []):
                crop = doubt.pop("crop", None)
                if crop:
                    job.blobs[f"crop-{doubt['id']}.png"] = crop
                doubt["crop"] = bool(crop)
            for name, data in result.pop("files", {}).items():
                job.blobs[name] = data
            result["files"] = sorted(name for name in job.blobs if not name.startswith("crop-"))
            job.result = result
        if job.folder is not None:
            remove_folder(job.folder)
            job.folder = None
        job.finished = time.monotonic()
        job.state = "failed" if job.error is not None else "done"
        job.changed()

    def _listen(self) -> None:
        while True:
            try:
                message = self.queue.get()
            except (EOFError, OSError):
                return
            if message is None:
                return
            job = self.jobs.get(message[0])
            if job is None or job.finished is not None:
                continue
            what = message[1]
            if what == "start":
                job.state = "running"
            elif what == "pages":
                job.unit, job.done, job.total = "pages", message[2], message[3]
            elif what == "files":
                job.unit, job.done, job.total, job.failed = "files", message[2], message[3], message[4]
            job.changed()
