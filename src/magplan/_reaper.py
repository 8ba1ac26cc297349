"""Kill what a magplan process started, once that process is gone (see `magplan.lifeline.marked`).

Run as a script by a fresh interpreter (``python -I -S _reaper.py VARIABLE MARKER``),
never imported: it must not depend on magplan or its libraries, so that it
starts in a few milliseconds and survives whatever killed its magplan process.

Its standard input is a pipe whose write end only the magplan process (and
processes forked from it without exec) holds: end-of-file means they are all
gone, however they died.  It then kills every process whose environment carries
``VARIABLE=MARKER``: the outside programs that process started and whatever
they started in turn (LibreOffice's launcher forks the office process, which
outlives it), wherever they were reparented.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time

# Forks caught half-way are killed on the next pass; a program that keeps forking gets this long.
PASSES_SECONDS = 5.0


def _marked(entry: bytes) -> list[int]:
    """The processes whose environment holds `entry` (zombies show none and are left to their parent)."""
    found = []
    me = os.getpid()
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) == me:
            continue
        try:
            with open(f"/proc/{name}/environ", "rb") as handle:
                environment = handle.read()
        except OSError:  # gone meanwhile, or not ours to read
            continue
        if entry in environment.split(b"\0"):
            found.append(int(name))
    return found


def main(variable: str, marker: str) -> None:
    # Ctrl-C or a SIGTERM sent to the whole group is for the magplan process; this one must outlive it.
    for stop in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(stop, signal.SIG_IGN)
    while os.read(0, 4096):
        pass
    entry = f"{variable}={marker}".encode()
    deadline = time.monotonic() + PASSES_SECONDS
    while (found := _marked(entry)) and time.monotonic() < deadline:
        for pid in found:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        time.sleep(0.05)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
