"""Kill what a magplan process started and remove its temporary folders, once that process is gone
(see `magplan.lifeline`).

Run as a script by a fresh interpreter (``python -I -S _reaper.py VARIABLE MARKER``),
never imported: it must not depend on magplan or its libraries, so that it
starts in a few milliseconds and survives whatever killed its magplan process.

Its standard input is a pipe whose write end only the magplan process (and
processes forked from it without exec) holds: end-of-file means they are all
gone, however they died.  It then kills every process whose environment carries
``VARIABLE=MARKER``: the outside programs that process started and whatever
they started in turn (LibreOffice's launcher forks the office process, which
outlives it), wherever they were reparented.  Last it removes the temporary
folders still in use: the pipe carries ``+PATH`` when the process makes one and
``-PATH`` when it has removed it itself, each record ended by a NUL byte.
"""

from __future__ import annotations

import contextlib
import os
import shutil
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
    folders = _listen()
    entry = f"{variable}={marker}".encode()
    deadline = time.monotonic() + PASSES_SECONDS
    while (found := _marked(entry)) and time.monotonic() < deadline:
        for pid in found:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        time.sleep(0.05)
    # After the kill: a LibreOffice still at work would write into its profile while it went.
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)


def _listen() -> set[bytes]:
    """Follow the folders in use until end-of-file; those still in use then."""
    folders: set[bytes] = set()
    pending = b""
    while chunk := os.read(0, 65536):
        *records, pending = (pending + chunk).split(b"\0")
        for record in records:
            if record[:1] == b"+":
                folders.add(record[1:])
            elif record[:1] == b"-":
                folders.discard(record[1:])
    return folders


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
