"""Legacy word-processor files (.doc, .rtf, .odt) → `Layout`, through LibreOffice.

LibreOffice converts the file to DOCX in a private temporary folder and the
DOCX extractor reads the result, so every rule of that extractor applies
unchanged (`magplan.soffice` runs LibreOffice).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from magplan import lifeline, soffice
from magplan.errors import DamagedFile
from magplan.extract._zip import open_package
from magplan.layout import Layout
from magplan.soffice import ConversionTimeout

__all__ = ["ConversionTimeout", "convert_to_docx", "extract", "soffice_path"]


def soffice_path() -> str:
    return soffice.find("reading .doc, .rtf and .odt files")


def convert_to_docx(path: Path, workdir: Path, timeout: float | None = None) -> Path:
    """Convert `path` with LibreOffice into `workdir`; the DOCX's path."""
    program = soffice_path()
    outdir = workdir / "out"
    outdir.mkdir()
    # LibreOffice names the output after the input; a plain copy keeps odd names
    # (leading dashes, spaces, non-ASCII) out of its command line and its URL parsing.
    source = workdir / ("input" + path.suffix.lower())
    shutil.copyfile(path, source)
    returncode, output = soffice.convert(program, source, "docx:MS Word 2007 XML", outdir, timeout)
    converted = outdir / "input.docx"
    if returncode != 0 or not converted.is_file() or converted.stat().st_size == 0:
        detail = output.strip().splitlines()
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
        open_package(path, "an ODT").close()
    with lifeline.temporary_folder("magplan-lo-") as tmp:
        return docx.extract(convert_to_docx(path, Path(tmp)))
