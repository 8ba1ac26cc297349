"""`--to pdf`: the official DOCX of `to_docx`, printed to PDF by LibreOffice.

LibreOffice lays out the same document Word would print, so the PDF and the
DOCX never disagree (`magplan.soffice` runs LibreOffice).
"""

from __future__ import annotations

from pathlib import Path

from magplan import lifeline, soffice
from magplan.errors import MagplanError
from magplan.model import Plan
from magplan.write import to_docx
from magplan.write.gost import DEFAULT_STYLE, OfficialStyle


def find_soffice() -> str:
    return soffice.find("PDF output")


def docx_to_pdf(docx: bytes, timeout: float | None = None) -> bytes:
    """Convert DOCX bytes to PDF bytes with LibreOffice headless."""
    program = find_soffice()
    with lifeline.temporary_folder("magplan-pdf-") as tmp:
        work = Path(tmp)
        source = work / "plan.docx"
        source.write_bytes(docx)
        returncode, output = soffice.convert(program, source, "pdf", work / "out", timeout)
        result = work / "out" / "plan.pdf"
        if returncode != 0 or not result.is_file():
            detail = output.strip().splitlines()
            reason = detail[-1] if detail else f"exit status {returncode}"
            raise MagplanError(f"LibreOffice could not convert the document to PDF: {reason}")
        return result.read_bytes()


OPTIONS = ("style",)


def render(plan: Plan, *, style: OfficialStyle = DEFAULT_STYLE) -> bytes:
    """The plan as the PDF print of its official DOCX."""
    return docx_to_pdf(to_docx.render(plan, style=style))
