"""`make bench-web`: a bounded load test of `magplan serve` on this machine's loopback.

Starts the real server on a free port of 127.0.0.1, reads the 2026 DOCX once
to warm it, then sends CONCURRENT uploads of it at once (default 10), each
followed to its result (the job's waiting poll).  Prints each upload's time
from sending to the plan being ready, the median and the slowest, and whether
every one came back with all its items.  The goal of issue 10: all succeed,
median under 2 s.  Nothing but 127.0.0.1 is ever contacted; the run is
bounded in count and time and stops the server itself.
"""

from __future__ import annotations

import argparse
import json
import selectors
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PLAN = ROOT / "fixtures" / "plan-2026.docx"
TIMEOUT = 120.0


def _multipart(path: Path) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{path.name}"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode()
    return head + path.read_bytes() + f"\r\n--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def _call(url: str, data: bytes | None = None, content_type: str | None = None) -> dict[str, Any]:
    headers = {"X-Magplan": "1"}
    if content_type:
        headers["Content-Type"] = content_type
    request = urllib.request.Request(url, data=data, headers=headers, method="POST" if data else "GET")
    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
        result: dict[str, Any] = json.load(response)
        return result


def upload(base: str, path: Path) -> tuple[float, int]:
    """Seconds from sending the file to its plan being ready, and the plan's item count (-1: failed)."""
    body, content_type = _multipart(path)
    started = time.perf_counter()
    job = _call(base + "api/read", body, content_type)
    while job["state"] in ("queued", "running"):
        job = _call(f"{base}api/jobs/{job['id']}?wait=10")
    elapsed = time.perf_counter() - started
    return elapsed, len(job["result"]["plan"]["items"]) if job["state"] == "done" else -1


def start_server(workers: int | None) -> tuple[subprocess.Popen[str], str]:
    command = [sys.executable, "-m", "magplan", "serve", "--host", "127.0.0.1", "--port", "0"]
    if workers:
        command += ["--workers", str(workers)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert process.stdout is not None
    with selectors.DefaultSelector() as waiting:
        waiting.register(process.stdout, selectors.EVENT_READ)
        if not waiting.select(timeout=90):
            process.kill()
            raise SystemExit("magplan serve did not start within 90 s")
    line = process.stdout.readline()
    return process, line.split()[2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--concurrent", type=int, default=10, help="uploads sent at once (default 10, at most 50)")
    parser.add_argument("--workers", type=int, default=None, help="the server's --workers (default: its own)")
    args = parser.parse_args()
    count = max(1, min(args.concurrent, 50))
    process, base = start_server(args.workers)
    try:
        warm, items = upload(base, PLAN)
        print(f"server {base}; warm-up upload {warm:.2f} s, {items} items")
        results: list[tuple[float, int]] = []
        gate = threading.Barrier(count)

        def one() -> None:
            gate.wait()
            try:
                results.append(upload(base, PLAN))
            except Exception as exc:  # counted as a failure, reported below
                print(f"upload failed: {type(exc).__name__}: {exc}")
                results.append((float("inf"), -1))

        threads = [threading.Thread(target=one) for _ in range(count)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(TIMEOUT)
        times = sorted(t for t, _ in results)
        ok = sum(n == items for _, n in results)
        print(f"{count} concurrent uploads of {PLAN.name}: {ok}/{count} succeeded with {items} items")
        print("seconds each: " + " ".join(f"{t:.2f}" for t in times))
        median = statistics.median(times)
        print(f"median {median:.2f} s, slowest {times[-1]:.2f} s (goal: all succeed, median < 2 s)")
        return 0 if ok == count and median < 2.0 else 1
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


if __name__ == "__main__":
    sys.exit(main())
