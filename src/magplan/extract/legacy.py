"""Legacy word-processor files (.doc, .rtf, .odt) → `Layout`, through LibreOffice.

LibreOffice converts the file to DOCX in a private temporary folder and the
DOCX extractor reads the result, so every rule of that extractor applies
unchanged.  Each conversion gets its own LibreOffice user profile
(``-env:UserInstallation``): two soffice processes sharing a profile hand the
work to whichever started first, or fail on its lock, which breaks parallel
batches and collides with a LibreOffice the user has open.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from magplan.errors import DamagedFile, MagplanError, MissingDependency
from magplan.extract._zip import open_package
from magplan.layout import Layout

# A plan converts in 1-4 s; a file that takes minutes is one LibreOffice is stuck on.
TIMEOUT_SECONDS = float(os.environ.get("MAGPLAN_SOFFICE_TIMEOUT", "120"))
_PROGRAMS = ("soffice", "libreoffice")
_INSTALL_HINT = "install LibreOffice Writer (Debian/Ubuntu package libreoffice-writer-nogui)"


class ConversionTimeout(MagplanError):
    """LibreOffice did not finish in time (may be load, so not reported as a damaged file)."""


def soffice_path() -> str:
    for name in _PROGRAMS:
        found = shutil.which(name)
        if found:
            return found
    raise MissingDependency(f"reading .doc, .rtf and .odt files needs LibreOffice: {_INSTALL_HINT}")


def _run(command: list[str], timeout: float) -> subprocess.CompletedProcess[bytes]:
    # A session of its own, so that on timeout or interrupt the whole group goes:
    # soffice is a shell script that starts oosplash, which starts soffice.bin.
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        raise ConversionTimeout(f"LibreOffice did not convert the file within {timeout:g} s") from None
    finally:
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def convert_to_docx(path: Path, workdir: Path, timeout: float = TIMEOUT_SECONDS) -> Path:
    """Convert `path` with LibreOffice into `workdir`; the DOCX's path."""
    program = soffice_path()
    outdir = workdir / "out"
    outdir.mkdir()
    # LibreOffice names the output after the input; a plain copy keeps odd names
    # (leading dashes, spaces, non-ASCII) out of its command line and its URL parsing.
    source = workdir / ("input" + path.suffix.lower())
    shutil.copyfile(path, source)
    command = [
        program,
        f"-env:UserInstallation={(workdir / 'profile').as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "docx:MS Word 2007 XML",
        "--outdir",
        str(outdir),
        str(source),
    ]
    result = _run(command, timeout)
    converted = outdir / "input.docx"
    if result.returncode != 0 or not converted.is_file() or converted.stat().st_size == 0:
        detail = (result.stderr or result.stdout).decode("utf-8", "replace").strip().splitlines()
        reason = next((line for line in detail if "error" in line.lower()), "")
        raise DamagedFile(
            f"damaged or not a {path.suffix[1:].upper()} document (LibreOffice could not convert it"
            + (f": {reason})" if reason else ")")
        )
    return converted


def extract(path: Path) -> Layout:
    from magplan.extract import docx

    if path.suffix.lower() == ".odt":
        # An ODF package is a zip too: refuse a zip bomb before LibreOffice inflates it.
        open_package(path, "ODT").close()
    with tempfile.TemporaryDirectory(prefix="magplan-lo-") as tmp:
        return docx.extract(convert_to_docx(path, Path(tmp)))
