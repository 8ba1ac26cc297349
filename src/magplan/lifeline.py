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

Neither reaches the outside programs a process starts (`marked`): LibreOffice's
launcher forks the office process, which outlives the launcher, and a process
killed with SIGKILL cannot clean up.  Those carry a mark in their environment,
inherited by whatever they start, and a small reaper process (`_reaper.py`)
kills every marked process once the process that started them is gone.  The
reaper also removes the temporary folders the process was using
(`temporary_folder`): a LibreOffice profile is a megabyte or more.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import secrets
import shutil
import signal
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

PR_SET_PDEATHSIG = 1
CHECK_SECONDS = 0.5
# The environment variable that marks outside programs for this process's reaper.
MARK_VARIABLE = "MAGPLAN_STARTED_BY"


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


@dataclass(frozen=True, slots=True)
class _Reaper:
    mark: str
    pid: int
    owner: int  # the process that started it; a process forked from the owner shares it
    pipe: int  # the write end of the reaper's standard input


_reaper_lock = threading.Lock()
_reaper: _Reaper | None = None


def _reaper_alive(reaper: _Reaper) -> bool:
    if reaper.owner != os.getpid():
        # Forked from the owner (an OCR page reader): it holds the pipe too, so the reaper waits for it.
        return True
    try:
        return os.waitpid(reaper.pid, os.WNOHANG) == (0, 0)
    except ChildProcessError:
        return False


def _start_reaper() -> str | None:
    """This process's mark, its reaper started on first use; None where there is no reaper (not Linux)."""
    global _reaper
    if not sys.platform.startswith("linux") or not sys.executable:
        return None
    with _reaper_lock:
        if _reaper is not None:
            if _reaper_alive(_reaper):
                return _reaper.mark
            os.close(_reaper.pipe)  # someone killed it: a new one
        mark = f"{os.getpid()}-{secrets.token_hex(8)}"
        script = Path(__file__).with_name("_reaper.py")
        read, write = os.pipe()  # both ends close on exec: only the dup2 below reaches the reaper
        try:
            # Not a subprocess.Popen: it would warn at exit that the reaper still runs, which it must.
            # A session of its own: signals meant for the caller's terminal or group do not reach it;
            # standard output and error to /dev/null, so it holds none of the caller's pipes.
            pid = os.posix_spawn(
                sys.executable,
                [sys.executable, "-I", "-S", str(script), MARK_VARIABLE, mark],
                os.environ,
                file_actions=[
                    (os.POSIX_SPAWN_DUP2, read, 0),
                    (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
                    (os.POSIX_SPAWN_DUP2, 1, 2),
                ],
                setsid=True,
            )
        except OSError:
            os.close(write)
            return None  # the programs still run; they are only not guarded
        finally:
            os.close(read)
        _reaper = _Reaper(mark, pid, os.getpid(), write)
        return mark


def marked(environment: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for an outside program this process starts (default: this process's own),
    marked so that it, and whatever it starts, is killed when this process dies."""
    marked_environment = dict(os.environ if environment is None else environment)
    mark = _start_reaper()
    if mark is not None:
        marked_environment[MARK_VARIABLE] = mark
    return marked_environment


def _tell(record: str) -> None:
    """One record to the reaper (NUL-ended; one write of under 4 KiB reaches the pipe whole)."""
    reaper = _reaper
    if reaper is None:
        return
    with contextlib.suppress(OSError):  # the reaper is gone: the folder is only not guarded
        os.write(reaper.pipe, os.fsencode(record) + b"\0")


def remove_at_death(folder: Path) -> None:
    """Have the reaper remove `folder` should this process die before `removed(folder)`."""
    _start_reaper()
    _tell(f"+{folder}")


def removed(folder: Path) -> None:
    """`folder` is gone (or no longer this process's to remove)."""
    _tell(f"-{folder}")


@contextlib.contextmanager
def temporary_folder(prefix: str) -> Iterator[Path]:
    """A temporary folder (as `tempfile.TemporaryDirectory`) that the reaper removes should this
    process die while it is in use."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    remove_at_death(folder)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        removed(folder)  # only once it is gone: a kill in between leaves it to the reaper
