"""One measurement, one fresh process: wall and CPU seconds, peak memory and exit status of a command.

The command is started from a small parent (`python -S`, a few MB) that reports
``getrusage(RUSAGE_CHILDREN)`` once the command has ended.  A child's peak
resident set includes what it inherited at fork, so measuring from the
benchmark's own process (hundreds of MB after reading plans) would report the
benchmark's size, not magplan's.  RUSAGE_CHILDREN covers every process of the
command that was waited for (LibreOffice, Tesseract, page readers) and gives
the largest of them: the figure is the peak of the biggest process.  CPU
seconds (user + system, of the command and every process it waited for) move
less than wall seconds when other jobs share the machine.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from dataclasses import dataclass

_PARENT = """\
import resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(seconds, usage.ru_maxrss, done.returncode, usage.ru_utime + usage.ru_stime)
sys.stdout.flush()
sys.stderr.buffer.write(done.stderr)
"""


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float
    status: int
    stderr: str
    cpu_seconds: float = 0.0


def measure(argv: list[str], timeout: float = 600) -> Run:
    """Run `argv` once in a fresh process; its standard output is discarded."""
    done = subprocess.run(
        [sys.executable, "-S", "-c", _PARENT, *argv], capture_output=True, timeout=timeout, check=False
    )
    seconds, peak_kb, status, cpu = done.stdout.split()
    stderr = done.stderr.decode("utf-8", "replace")
    return Run(float(seconds), int(peak_kb) / 1024, int(status), stderr, float(cpu))


def median_run(argv: list[str], runs: int, expect: int = 0) -> Run:
    """Medians of `runs` fresh runs (seconds, peak MB, CPU seconds), each checked to exit with `expect`."""
    results = [measure(argv) for _ in range(runs)]
    for result in results:
        if result.status != expect:
            raise SystemExit(f"{' '.join(argv)} exited {result.status} (expected {expect}): {result.stderr.strip()}")
    return Run(
        statistics.median(r.seconds for r in results),
        statistics.median(r.peak_mb for r in results),
        expect,
        "",
        statistics.median(r.cpu_seconds for r in results),
    )
