"""`--to pdf`: the official DOCX of `to_docx`, printed to PDF by LibreOffice.

LibreOffice lays out the same document Word would print, so the PDF and the
DOCX never disagree.  Each conversion runs with its own throw-away user
profile: LibreOffice keeps a lock in its profile, and two conversions sharing
the default one (parallel CLI runs, pytest -n) would fail or hang.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from magplan.errors import MagplanError, MissingDependency
from magplan.model import Plan
from magplan.write import to_docx

_PROGRAMS = ("soffice", "libreoffice")
# A cold start with a fresh profile takes a few seconds; a stuck office must not hang a batch.
TIMEOUT_SECONDS = 120.0


def find_soffice() -> str:
    for program in _PROGRAMS:
        path = shutil.which(program)
        if path:
            return path
    raise MissingDependency(
        "PDF output needs LibreOffice (soffice); install the Debian package libreoffice-writer-nogui"
    )


def docx_to_pdf(docx: bytes, timeout: float = TIMEOUT_SECONDS) -> bytes:
    """Convert DOCX bytes to PDF bytes with LibreOffice headless."""
    soffice = find_soffice()
    with tempfile.TemporaryDirectory(prefix="magplan-pdf-") as tmp:
        work = Path(tmp)
        source = work / "plan.docx"
        source.write_bytes(docx)
        command = [
            soffice,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work / "out"),
            str(source),
        ]
        returncode, output = _run(command, timeout)
        result = work / "out" / "plan.pdf"
        if returncode != 0 or not result.is_file():
            detail = output.decode("utf-8", "replace").strip().splitlines()
            reason = detail[-1] if detail else f"exit status {returncode}"
            raise MagplanError(f"LibreOffice could not convert the document to PDF: {reason}")
        return result.read_bytes()


def _run(command: list[str], timeout: float) -> tuple[int, bytes]:
    """Run LibreOffice in its own process group: on timeout the whole group is killed,
    since `soffice` is a launcher whose office process would outlive it."""
    try:
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    except OSError as exc:
        raise MissingDependency(f"cannot run LibreOffice ({command[0]}): {exc.strerror or exc}") from None
    with proc:
        try:
            output, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            raise MagplanError(f"LibreOffice did not finish the PDF within {timeout:g} s") from None
    return proc.returncode, output


def render(plan: Plan, **options: Any) -> bytes:
    """The plan as the PDF print of its official DOCX."""
    return docx_to_pdf(to_docx.render(plan, **options))
