"""Processes magplan starts die with the process that started them.

A batch killed with ``kill -9`` cannot stop its workers: they would live on,
reparented to init, holding hundreds of megabytes and the caller's standard
output and error (a caller waiting for those pipes to close would hang).  Two
guards, either enough on its own:

* Linux's ``PR_SET_PDEATHSIG`` (through ``prctl``): the kernel kills the
  process when its parent dies.  A pool worker's parent is the fork server,
  which itself ends when the main process goes away.
* A watchdog thread that checks every half second that the main process
  still exists (same start time, so a reused process id does not fool it),
  for systems without ``prctl`` and for parents that are not the main process.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1
CHECK_SECONDS = 0.5


def die_with_parent() -> None:
    """Have the kernel kill this process when its parent dies (Linux); a no-op elsewhere."""
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the request was made
        os._exit(1)


def _started(pid: int) -> str | None:
    """The process's start time as /proc gives it, or None when the process is gone (or a zombie)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    # After the name: state, ppid, … starttime is field 22 of the whole line, 20 after the name.
    return None if fields[0] in ("Z", "X") else fields[19]


def _alive(pid: int, started: str | None) -> bool:
    if started is not None:
        return _started(pid) == started
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def watch(pid: int) -> None:
    """End this process (at once, no clean-up) when process `pid` is gone."""
    started = _started(pid)

    def check() -> None:
        while _alive(pid, started):
            time.sleep(CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=check, name="magplan-lifeline", daemon=True).start()


def guard(main_pid: int) -> None:
    """Both guards: for a worker whose parent may be a fork server rather than `main_pid`."""
    die_with_parent()
    watch(main_pid)
