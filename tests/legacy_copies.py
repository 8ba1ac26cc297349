"""Copies of corpus documents in legacy formats (.doc, .rtf, .odt), made once per test session.

A LibreOffice conversion costs 1-4 s, so each (document, format) is converted
once and shared by every test module that asks for it.
"""

from __future__ import annotations

import atexit
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

import pytest

from tests.corpus import CORPUS

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


@cache
def _workdir() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="magplan-legacy-copies-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder


@cache
def legacy_copy(name: str, fmt: str) -> Path:
    """`CORPUS/name` converted to `fmt` by LibreOffice (skips the test when there is no LibreOffice)."""
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    outdir = _workdir() / fmt
    profile = _workdir() / f"profile-{fmt}"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", fmt,
         "--outdir", str(outdir), str(CORPUS / name)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    converted = outdir / (Path(name).stem + "." + fmt)
    assert converted.is_file(), f"LibreOffice did not write {converted}"
    return converted
