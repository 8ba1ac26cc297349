"""A killed batch leaves no process behind (issue 14.4): kill -9 and SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.corpus import CORPUS

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")


def _session(sid: int) -> list[int]:
    """The processes of session `sid` (the batch starts one; its workers and fork server stay in it)."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid and fields[0] not in ("Z", "X"):
            members.append(int(entry.name))
    return members


def _archive(folder: Path, copies: int = 150) -> None:
    """Distinct contents (a comment differs), so that every file is read and the batch takes a while."""
    page = (CORPUS / "plan-2026.html").read_text(encoding="utf-8")
    for i in range(copies):
        (folder / f"{i:03d}").mkdir(parents=True)
        (folder / f"{i:03d}" / "plan.html").write_text(page + f"<!-- {i} -->", encoding="utf-8")


def _start_batch(tmp_path: Path) -> tuple[subprocess.Popen[bytes], Path]:
    folder = tmp_path / "in"
    _archive(folder)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "magplan.cli", "batch", str(folder), "--out", str(out), "--jobs", "2"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    # Started: the workers exist and have written results into the cache.
    while len(list(out.glob(".cache/*/*/*.json"))) < 3 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the batch ended before it could be killed"
    assert len(_session(process.pid)) >= 3  # the batch, the fork server, workers
    return process, out


def _gone(sid: int, seconds: float = 15) -> list[int]:
    deadline = time.monotonic() + seconds
    while (left := _session(sid)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


def test_kill_9_leaves_no_process_and_no_pipe_held(tmp_path: Path) -> None:
    process, _ = _start_batch(tmp_path)
    os.kill(process.pid, signal.SIGKILL)
    # The pipes reach end-of-file only when every process holding them is gone.
    process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    left = _gone(process.pid)
    for pid in left:  # clean up before failing, so that the failure leaves nothing either
        os.kill(pid, signal.SIGKILL)
    assert left == []


def test_sigterm_stops_cleanly_keeps_the_cache_and_leaves_no_process(tmp_path: Path) -> None:
    process, out = _start_batch(tmp_path)
    os.kill(process.pid, signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 143, stderr
    assert stderr.decode().strip() == "magplan: terminated"
    assert list(out.glob(".cache/*/*/*.json"))  # what was read is kept for the next run
    assert not list(out.glob("archive.*")) and not list(out.rglob("*.part"))
    assert _gone(process.pid) == []
