"""LibreOffice headless: the one way magplan runs it (legacy input, PDF output).

Each conversion gets its own throw-away user profile (``-env:UserInstallation``):
LibreOffice keeps a lock in its profile, and two conversions sharing one (a
parallel batch, a LibreOffice the user has open) hand their work to whichever
started first or fail on the lock.  It runs in a process group of its own, since
`soffice` is a launcher whose office process would outlive it on a timeout, and
marked (`lifeline.marked`) so that it dies with the process that started it, even
one killed with SIGKILL.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
from pathlib import Path

from magplan import lifeline, limits, programs
from magplan.errors import MissingDependency, ProgramTimeout

PROGRAMS = ("soffice", "libreoffice")


class ConversionTimeout(ProgramTimeout):
    """LibreOffice did not finish in time (`limits.PROGRAM_SECONDS`; may be load, so never cached)."""


def find(purpose: str) -> str:
    """The LibreOffice program (`magplan.programs`: MAGPLAN_SOFFICE, PATH, the usual places),
    or `MissingDependency` saying where to get it."""
    found = programs.locate(programs.SOFFICE_VARIABLE, PROGRAMS, programs.SOFFICE_PLACES)
    if found is None:
        raise MissingDependency(
            f"{purpose} needs LibreOffice (soffice): install the Debian packages libreoffice-writer-nogui "
            "libreoffice-calc-nogui (macOS: brew install --cask libreoffice; Windows: libreoffice.org), "
            f"or set {programs.SOFFICE_VARIABLE} to the soffice program"
        )
    return found


def convert(program: str, source: Path, target: str, outdir: Path, timeout: float | None = None) -> tuple[int, str]:
    """Convert `source` to the `target` filter into `outdir`; (exit status, what it printed).

    The profile lives beside `outdir`, in the caller's temporary folder.  A plan
    converts in 1-4 s (more on a cold profile); `timeout` defaults to the limit.
    """
    timeout = timeout or limits.program_timeout()
    command = [
        program,
        f"-env:UserInstallation={(outdir.parent / 'profile').as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        target,
        "--outdir",
        str(outdir),
        str(source),
    ]
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            env=lifeline.marked(),
        )
    except OSError as exc:
        raise MissingDependency(f"cannot run LibreOffice ({program}): {exc.strerror or exc}") from None
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        raise ConversionTimeout(
            f"LibreOffice did not finish within {timeout:g} s; {limits.PROGRAM_SECONDS.hint}"
        ) from None
    finally:
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    return process.returncode, output.decode("utf-8", "replace")
