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
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt, Twips
from docx.table import Table

from tests.gen._spec import CellOut, PlanSpec, RowOut, column_widths, logical_rows

_RAISED = str.maketrans("¹²³", "123")
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


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
    # The «№» cells numbered by a Word list («%1.», sub-items «%1.%2.»), their text empty,
    # where the plan's numbers run on as such a list counts.
    auto_numbers: bool = False
    # The plan table's columns sized as people size them (`column_widths`), not python-docx's
    # equal shares: what a printed page shows (LibreOffice keeps the widths a DOCX gives).
    sized_columns: bool = False
    # Typed as Russian office papers are: an A4 page, margins of 2 cm (3 cm on the left, 1.5 cm
    # on the right), Times New Roman 12 pt; not python-docx's template (Letter, Cambria).
    office_page: bool = False
    # …and each column widened (from the title column's share) until its longest word fits, as
    # Word's autofit or an author dragging the border does; without it a narrow column cuts
    # its long words («Ответствен» / «ные»), as LibreOffice prints a DOCX whose widths are fixed.
    fit_words: bool = False

    @classmethod
    def random(cls, rng: random.Random) -> PyDocxStyle:
        return cls(*(rng.random() < p for p in (0.4, 0.4, 0.3, 0.4, 0.4, 0.6, 0.3, 0.3, 0.4)))


_LIST_ID = "90"
# Two decimal levels, «1.» and «1.1.», as Word numbers a «№» column with sub-items.
_ABSTRACT = (
    f'<w:abstractNum xmlns:w="{_W}" w:abstractNumId="{_LIST_ID}">'
    '<w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>'
    "</w:abstractNum>"
)
_NUM = f'<w:num xmlns:w="{_W}" w:numId="{_LIST_ID}"><w:abstractNumId w:val="{_LIST_ID}"/></w:num>'


def _list_levels(rows: list[RowOut], column: int) -> list[int] | None:
    """The list level of each printed number of the «№» column («1.» → 0, «1.1.» → 1), or
    None when a Word list would not print the same numbers (a restart, «1» without a dot)."""
    outer = inner = 0
    levels: list[int] = []
    for row in rows:
        if row.kind not in ("item", "section") or len(row.cells) <= column or row.cells[0].colspan > 1:
            continue  # a heading across the row holds no number
        text = "".join(row.cells[column].paragraphs)
        if not text:
            continue
        if text == f"{outer + 1}.":
            outer, inner = outer + 1, 0
            levels.append(0)
        elif text == f"{outer}.{inner + 1}." and outer:
            inner += 1
            levels.append(1)
        else:
            return None
    return levels


class _Writer:
    def __init__(self, spec: PlanSpec, style: PyDocxStyle) -> None:
        self.spec = spec
        self.style = style
        self.doc = Document()
        self.markers = sorted((n.marker for n in spec.footnotes), key=len, reverse=True)
        roles = [c.role for c in spec.columns]
        self.number_col = roles.index("number") if "number" in roles else None
        self.auto = False
        if style.auto_numbers and self.number_col is not None:
            self.auto = _list_levels(logical_rows(spec), self.number_col) is not None
        if self.auto:
            numbering = self.doc.part.numbering_part.element
            first_num = numbering.find(qn("w:num"))
            abstract = parse_xml(_ABSTRACT)
            if first_num is not None:
                first_num.addprevious(abstract)
            else:
                numbering.append(abstract)
            numbering.append(parse_xml(_NUM))

    def numbered(self, cell: object, text: str) -> None:
        """An empty «№» paragraph that Word's list numbers as `text`."""
        from docx.table import _Cell

        assert isinstance(cell, _Cell)
        level = "1" if text.count(".") > 1 else "0"
        props = cell.paragraphs[0]._p.get_or_add_pPr()
        props.append(
            parse_xml(f'<w:numPr xmlns:w="{_W}"><w:ilvl w:val="{level}"/><w:numId w:val="{_LIST_ID}"/></w:numPr>')
        )

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
                elif (
                    self.auto
                    and column == self.number_col
                    and row.kind in ("item", "section")
                    and out.colspan == 1
                    and out.paragraphs
                ):
                    self.numbered(cell, out.paragraphs[0])
                    open_merges.pop(column, None)
                    if out.merge_start:
                        open_merges[column] = cell
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
        if self.style.sized_columns and width == self.spec.width:
            self.size(table, rows)

    def size(self, table: Table, rows: list[RowOut]) -> None:
        """Each column of `table` (gridCol and every cell's tcW) as wide as `column_widths` says."""
        section = self.doc.sections[-1]
        text_width = Emu(section.page_width - section.left_margin - section.right_margin).twips
        widths = column_widths([c.role for c in self.spec.columns], text_width)
        if self.style.fit_words:
            widths = _fitted(widths, rows, [c.role for c in self.spec.columns].index("title"))
        table.autofit = False
        for column, twips in zip(table.columns, widths, strict=True):
            column.width = Twips(twips)
            for cell in column.cells:
                cell.width = Twips(twips)

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
        if self.style.office_page:
            section = self.doc.sections[0]
            section.page_width, section.page_height = Mm(210), Mm(297)
            section.top_margin = section.bottom_margin = Mm(20)
            section.left_margin, section.right_margin = Mm(30), Mm(15)
            normal = self.doc.styles["Normal"].font
            normal.name, normal.size = "Times New Roman", Pt(12)
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


# Twips a letter of Times New Roman 12 pt takes at most on average (bold capitals are wider
# than most), and a cell's inner margins (LibreOffice's default 0.19 cm each side).
_LETTER = 135
_PADDING = 230


def _fitted(widths: list[int], rows: list[RowOut], title: int) -> list[int]:
    """`widths` with each column as wide as its longest word needs, the title column giving up
    what the others take (it keeps what its own longest word needs)."""
    need = [0] * len(widths)
    for row in rows:
        if len(row.cells) != len(widths):
            continue  # a heading across the row
        for index, cell in enumerate(row.cells):
            words = cell.text.replace("\n", " ").split()
            need[index] = max([need[index], *(len(word) * _LETTER + _PADDING for word in words)])
    out = [max(width, want) for width, want in zip(widths, need, strict=True)]
    out[title] = max(need[title], widths[title] - (sum(out) - sum(widths)))
    return out


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
