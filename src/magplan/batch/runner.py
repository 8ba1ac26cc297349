"""Running the reads: in this process, in a pool of processes, or on a Dask cluster.

All three go through one loop over `concurrent.futures` futures (Dask's
`Client.get_executor()` gives the same interface), which keeps only a small
window of files in flight: a Dask task carries the file's bytes, and an
archive of thousands of files should not sit in memory at once.
"""

from __future__ import annotations

import contextlib
import itertools
import os
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from magplan.batch.start import worker_context
from magplan.batch.worker import error_result, init_worker, read_task
from magplan.errors import MissingDependency
from magplan.extract import OcrMode

Result = dict[str, Any]


@dataclass(slots=True)
class Task:
    source: str
    path: Path
    key: tuple[str, str]  # (sha256, format): what the cache knows the result by
    retried: bool = False


OnResult = Callable[[Task, Result], None]
OnCurrent = Callable[[str], None]


def run_tasks(
    tasks: list[Task],
    on_result: OnResult,
    on_current: OnCurrent,
    jobs: int = 1,
    scheduler: str | None = None,
    ocr: OcrMode = "auto",
) -> None:
    """Read every task's file, calling `on_result` (in this process) as each one finishes."""
    if not tasks:
        return
    if scheduler is not None:
        _run_dask(tasks, scheduler, jobs, on_result, on_current, ocr)
    elif jobs <= 1 or len(tasks) == 1:
        for task in tasks:
            on_current(task.source)
            on_result(task, read_task(task.path.name, str(task.path), None, ocr))
    else:
        _run_pool(tasks, min(jobs, len(tasks)), on_result, on_current, ocr)


def _drain(
    submit: Callable[[Task], Future[Result]], tasks: list[Task], window: int, on_result: OnResult, on_current: OnCurrent
) -> None:
    pending: dict[Future[Result], Task] = {}
    queue: Iterator[Task] = iter(tasks)

    def refill() -> None:
        while len(pending) < window:
            task = next(queue, None)
            if task is None:
                return
            try:
                pending[submit(task)] = task
            except (OSError, BrokenProcessPool) as exc:
                # The file vanished since it was listed, or a fresh pool cannot start: that file fails.
                on_result(task, error_result(exc))

    refill()
    while pending:
        # The oldest task in flight is the one most likely being read right now.
        on_current(next(iter(pending.values())).source)
        done, _ = wait(list(pending), timeout=0.5, return_when=FIRST_COMPLETED)
        for future in [f for f in pending if f in done]:
            task = pending.pop(future)
            try:
                result = future.result()
            except BrokenProcessPool:
                # A worker died (killed for memory, a crash in a C library) and took every
                # file in flight with it: each gets one more try in a fresh pool.
                if not task.retried:
                    task.retried = True
                    queue = itertools.chain([task], queue)
                    continue
                result = {"error": "the process reading this file crashed", "cacheable": False}
            except Exception as exc:
                result = error_result(exc)
            on_result(task, result)
        refill()


class _Pool:
    """A process pool that replaces itself when a worker dies, and can be stopped at once."""

    def __init__(self, workers: int, ocr: OcrMode = "auto") -> None:
        self.ocr = ocr
        self.context = worker_context(["magplan.batch._preload"])
        self.workers = workers
        self.pool = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.workers, mp_context=self.context, initializer=init_worker, initargs=(os.getpid(),)
        )

    def submit(self, task: Task) -> Future[Result]:
        try:
            return self.pool.submit(read_task, task.path.name, str(task.path), None, self.ocr)
        except BrokenProcessPool:
            self.pool.shutdown(wait=False)
            self.pool = self._new()
            return self.pool.submit(read_task, task.path.name, str(task.path), None, self.ocr)

    def terminate(self) -> None:
        stop_pool(self.pool, grace=5)


def stop_pool(pool: ProcessPoolExecutor, grace: float) -> None:
    """Stop a process pool now: queued work cancelled, running workers sent SIGTERM (they
    unwind: LibreOffice stopped, temporary folders removed), and killed after `grace` seconds.

    ProcessPoolExecutor has no public way to stop running workers before Python 3.14,
    and shutdown() alone waits for each running file to finish.
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(timeout=grace)
            if process.is_alive():
                process.kill()
                process.join(timeout=grace)


def _run_pool(tasks: list[Task], workers: int, on_result: OnResult, on_current: OnCurrent, ocr: OcrMode) -> None:
    pool = _Pool(workers, ocr)
    try:
        _drain(pool.submit, tasks, 2 * workers, on_result, on_current)
    except BaseException:
        pool.terminate()
        raise
    pool.pool.shutdown(wait=True)


def _client(address: str) -> Any:
    try:
        from distributed import Client
    except ImportError:
        raise MissingDependency(
            "--scheduler needs Dask distributed: pip install 'magplan[dask]' (or 'dask[distributed]')"
        ) from None
    return Client(address)  # type: ignore[no-untyped-call]


def _run_dask(
    tasks: list[Task], address: str, jobs: int, on_result: OnResult, on_current: OnCurrent, ocr: OcrMode
) -> None:
    client = _client(address)
    try:
        executor: Executor = client.get_executor(pure=False)
        threads = sum(client.nthreads().values()) or jobs

        def submit(task: Task) -> Future[Result]:
            # The bytes travel with the task: workers need not see this machine's disk.
            return executor.submit(read_task, task.path.name, str(task.path), task.path.read_bytes(), ocr)

        _drain(submit, tasks, 2 * max(threads, 1), on_result, on_current)
    finally:
        client.close()
