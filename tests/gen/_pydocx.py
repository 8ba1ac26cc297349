"""A `PlanSpec` printed as DOCX by python-docx (Word's default template and styles).

Where `_docx` writes the package's XML by hand, this goes through python-docx
as other people's scripts and converters do: «Table Grid» tables whose merged
cells are made by `merge`, «List Bullet» paragraphs, landscape sections, the
approval block in paragraphs or in a borderless table at either side.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement

from tests.gen._spec import CellOut, PlanSpec, RowOut, logical_rows

_RAISED = str.maketrans("¹²³", "123")


@dataclass
class PyDocxStyle:
    landscape: bool = False
    approval_table: bool = False  # the approval block in a borderless table
    approval_left: bool = False  # …at the top left instead of the top right
    list_bullets: bool = False  # members as «List Bullet» paragraphs, not «• » text
    raised_markers: bool = False  # «¹» printed as a superscript «1»
    repeat_header: bool = True
    signature_table: bool = False
    signature_underscores: bool = False  # «Начальник отдела ____________ О.В. Смирнова» on one line

    @classmethod
    def random(cls, rng: random.Random) -> PyDocxStyle:
        return cls(*(rng.random() < p for p in (0.4, 0.4, 0.3, 0.4, 0.4, 0.6, 0.3, 0.3)))


class _Writer:
    def __init__(self, spec: PlanSpec, style: PyDocxStyle) -> None:
        self.spec = spec
        self.style = style
        self.doc = Document()
        self.markers = sorted((n.marker for n in spec.footnotes), key=len, reverse=True)

    def runs(self, paragraph: object, text: str, bold: bool = False) -> None:
        """`text` as runs; a trailing footnote marker raised where the style says so."""
        from docx.text.paragraph import Paragraph

        assert isinstance(paragraph, Paragraph)
        colon = ":" if text.endswith(":") else ""
        body = text.removesuffix(colon)
        for marker in self.markers:
            if body.endswith(marker) and len(body) > len(marker) and self.style.raised_markers and marker in "¹²³":
                paragraph.add_run(body[: -len(marker)]).bold = bold
                raised = paragraph.add_run(marker.translate(_RAISED))
                raised.font.superscript = True
                raised.bold = bold
                if colon:
                    paragraph.add_run(colon).bold = bold
                return
        paragraph.add_run(text).bold = bold

    def approval(self) -> None:
        options = self.spec.options
        for line in options.get("annex", []):
            self.doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        approval = self.spec.approval
        if approval is None:
            return
        lines = [approval.head, *approval.lines]
        if options.get("agreed"):
            # «СОГЛАСОВАНО» on the left, «УТВЕРЖДАЮ» on the right, in a borderless table.
            table = self.doc.add_table(rows=1, cols=2)
            for cell, block in zip(table.row_cells(0), (options["agreed"], lines), strict=True):
                cell.paragraphs[0].add_run(block[0])
                for line in block[1:]:
                    cell.add_paragraph(line)
            return
        if self.style.approval_table:
            table = self.doc.add_table(rows=1, cols=2)
            cell = table.cell(0, 0 if self.style.approval_left else 1)
            cell.paragraphs[0].add_run(lines[0])
            for line in lines[1:]:
                cell.add_paragraph(line)
            return
        for line in lines:
            paragraph = self.doc.add_paragraph(line)
            if not self.style.approval_left:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def title(self) -> None:
        for line in self.spec.options.get("letterhead", []):
            self.doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.CENTER
        if self.spec.options.get("letterhead"):
            self.doc.add_paragraph()
        for line in self.spec.title_lines:
            paragraph = self.doc.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.add_run(line).bold = True

    def fill(self, cell: object, out: CellOut) -> None:
        from docx.table import _Cell

        assert isinstance(cell, _Cell)
        first = True
        for text in out.paragraphs:
            paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
            self.runs(paragraph, text, out.bold)
            first = False
        for bullet in out.bullets:
            if self.style.list_bullets:
                paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
                paragraph.style = self.doc.styles["List Bullet"]
                paragraph.add_run(bullet)
            else:
                paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
                paragraph.add_run(f"• {bullet}")
            first = False

    def table(self, rows: list[RowOut]) -> None:
        width = max(sum(cell.colspan for cell in row.cells) for row in rows)
        table = self.doc.add_table(rows=len(rows), cols=width)
        table.style = self.doc.styles["Table Grid"]
        open_merges: dict[int, object] = {}
        merges: list[tuple[object, object]] = []
        for r, row in enumerate(rows):
            if row.kind in ("header", "subheader") and self.style.repeat_header:
                tr_pr = table.rows[r]._tr.get_or_add_trPr()
                tr_pr.append(OxmlElement("w:tblHeader"))
            column = 0
            for out in row.cells:
                cell = table.cell(r, column)
                if out.colspan > 1:
                    cell = cell.merge(table.cell(r, column + out.colspan - 1))
                if out.merged_up and column in open_merges:
                    merges.append((open_merges[column], cell))
                else:
                    self.fill(cell, out)
                    open_merges.pop(column, None)
                    if out.merge_start:
                        open_merges[column] = cell
                column += out.colspan
        # Vertical merges last: each joins its first cell with the lowest cell it covers.
        lowest: dict[int, tuple[object, object]] = {}
        for top, bottom in merges:
            lowest[id(top)] = (top, bottom)
        for top, bottom in lowest.values():
            top.merge(bottom)  # type: ignore[attr-defined]

    def tables(self) -> None:
        current: list[RowOut] = []
        for row in logical_rows(self.spec):
            if row.table_break_before and current:
                self.table(current)
                current = []
                self.doc.add_paragraph()
            if row.heading_before:
                paragraph = self.doc.add_paragraph()
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                self.runs(paragraph, row.heading_before, bold=True)
            current.append(row)
        self.table(current)

    def after(self) -> None:
        self.doc.add_paragraph()
        for note in self.spec.footnotes:
            paragraph = self.doc.add_paragraph()
            if self.style.raised_markers and note.marker in "¹²³":
                paragraph.add_run(note.marker.translate(_RAISED)).font.superscript = True
                paragraph.add_run(f" {note.text}")
            else:
                paragraph.add_run(f"{note.marker} {note.text}")
        signatory = self.spec.signatory
        if signatory is None:
            return
        self.doc.add_paragraph()
        lines = signatory.position_lines
        if self.style.signature_table:
            table = self.doc.add_table(rows=1, cols=2)
            left = table.cell(0, 0)
            left.paragraphs[0].add_run(lines[0])
            for line in lines[1:]:
                left.add_paragraph(line)
            right = table.cell(0, 1).paragraphs[0]
            right.add_run(signatory.name)
            right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif self.style.signature_underscores:
            for line in lines[:-1]:
                self.doc.add_paragraph(line)
            self.doc.add_paragraph(f"{lines[-1]} {'_' * 16} {signatory.name}")
        elif signatory.tab:
            for line in lines[:-1]:
                self.doc.add_paragraph(line)
            last = self.doc.add_paragraph(lines[-1])
            last.add_run().add_tab()
            last.add_run().add_tab()
            last.add_run(signatory.name)
        else:
            for line in lines:
                self.doc.add_paragraph(line)
            self.doc.add_paragraph(signatory.name).alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def write(self, path: Path) -> None:
        if self.style.landscape:
            section = self.doc.sections[0]
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = section.page_height, section.page_width
        self.approval()
        self.title()
        self.tables()
        self.after()
        if executor := self.spec.options.get("executor"):
            self.doc.add_paragraph()
            for line in executor:
                self.doc.add_paragraph(line)
        buffer = io.BytesIO()
        self.doc.save(buffer)
        _repack(buffer.getvalue(), path)


def _repack(data: bytes, path: Path) -> None:
    """The package again with fixed timestamps: the same plan gives the same bytes."""
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _fixed_core(body)
            target.writestr(zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0)), body, zipfile.ZIP_DEFLATED)


def _fixed_core(xml: bytes) -> bytes:
    """python-docx stamps the save time into the core properties; a fixed one keeps files equal."""
    import re

    return re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>2020-01-01T00:00:00Z\g<2>", xml)


def write_plan_pydocx(spec: PlanSpec, path: Path, style: PyDocxStyle) -> Path:
    _Writer(spec, style).write(path)
    return path


__all__ = ["PyDocxStyle", "write_plan_pydocx"]
