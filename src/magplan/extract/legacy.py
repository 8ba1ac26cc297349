"""Legacy word-processor files (.doc, .rtf, .odt) and OpenDocument spreadsheets (.ods) →
`Layout`, through LibreOffice.

LibreOffice converts the file to DOCX (a spreadsheet to XLSX) in a private temporary folder and
the DOCX (XLSX) extractor reads the result, so every rule of that extractor applies unchanged
(`magplan.soffice` runs LibreOffice).
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
    return soffice.find("reading .doc, .rtf, .odt and .ods files")


# What LibreOffice turns each kind of file into: the extension and its export filter.
_WORD = ("docx", "docx:MS Word 2007 XML")
_SHEET = ("xlsx", "xlsx:Calc MS Excel 2007 XML")


def convert_to_docx(path: Path, workdir: Path, timeout: float | None = None) -> Path:
    """Convert `path` with LibreOffice into `workdir`; the DOCX's path."""
    return _convert(path, workdir, _WORD, timeout)


def _convert(path: Path, workdir: Path, target: tuple[str, str], timeout: float | None = None) -> Path:
    """Convert `path` with LibreOffice into `workdir` as `target` (extension, filter); the result's path."""
    program = soffice_path()
    outdir = workdir / "out"
    outdir.mkdir()
    # LibreOffice names the output after the input; a plain copy keeps odd names
    # (leading dashes, spaces, non-ASCII) out of its command line and its URL parsing.
    source = workdir / ("input" + path.suffix.lower())
    shutil.copyfile(path, source)
    returncode, output = soffice.convert(program, source, target[1], outdir, timeout)
    converted = outdir / f"input.{target[0]}"
    if returncode != 0 or not converted.is_file() or converted.stat().st_size == 0:
        detail = output.strip().splitlines()
        reason = next((line for line in detail if "error" in line.lower()), "")
        raise DamagedFile(
            f"damaged or not a {path.suffix[1:].upper()} document (LibreOffice could not convert it"
            + (f": {reason})" if reason else ")")
        )
    return converted


def extract(path: Path) -> Layout:
    from magplan.extract import docx, xlsx

    suffix = path.suffix.lower()
    if suffix in (".odt", ".ods"):
        # An ODF package is a zip too: refuse a zip bomb before LibreOffice inflates it.
        open_package(path, f"an {suffix[1:].upper()}").close()
    with lifeline.temporary_folder("magplan-lo-") as tmp:
        if suffix == ".ods":
            return xlsx.extract(_convert(path, Path(tmp), _SHEET))
        return docx.extract(convert_to_docx(path, Path(tmp)))
