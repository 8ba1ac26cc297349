"""Where the outside programs are: LibreOffice (`soffice`) and Tesseract.

In order: the environment variable that names the program (``MAGPLAN_SOFFICE``,
``MAGPLAN_TESSERACT``: a path, or a name to look up on PATH), then PATH, then
the places the usual installers put it on macOS and Windows, where it is not
on PATH.  A variable that names nothing runnable is an error of its own: a
misspelt path should not quietly fall back to another program.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from pathlib import Path

from magplan.errors import MissingDependency

SOFFICE_VARIABLE = "MAGPLAN_SOFFICE"
TESSERACT_VARIABLE = "MAGPLAN_TESSERACT"

# Where installers put the programs when they do not add them to PATH.
SOFFICE_PLACES = (
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",  # macOS, the libreoffice.org installer or Homebrew cask
    r"C:\Program Files\LibreOffice\program\soffice.exe",  # Windows
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)
TESSERACT_PLACES = (
    "/opt/homebrew/bin/tesseract",  # macOS, Homebrew on Apple silicon
    "/usr/local/bin/tesseract",  # macOS, Homebrew on Intel
    r"C:\Program Files\Tesseract-OCR\tesseract.exe",  # Windows, the UB Mannheim installer
    r"C:\Program Files (x86)\Tesseract-OCR\tesseract.exe",
)


def _runnable(path: str) -> bool:
    return Path(path).is_file() and os.access(path, os.X_OK)


def locate(variable: str, names: Sequence[str], places: Sequence[str] = ()) -> str | None:
    """The program's path, or None when it is not installed where magplan looks."""
    configured = os.environ.get(variable, "").strip()
    if configured:
        found = configured if _runnable(configured) else shutil.which(configured)
        if found is None:
            raise MissingDependency(f"{variable}={configured!r} is not a program that can be run")
        return found
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    return next((place for place in places if _runnable(place)), None)
