"""A `PlanSpec` printed as a DOCX package, the way Word users lay plans out.

Style choices (`DocxStyle`) vary what a reader meets: real Word footnotes or
printed markers, superscript runs, Word bullet numbering or literal bullets,
the approval block and the signature in paragraphs or borderless tables, the
header row marked to repeat or not.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from tests.docx_builder import GRID_BORDERS, write_docx
from tests.gen._spec import CellOut, PlanSpec, RowOut, logical_rows

_SUPER = str.maketrans("¹²³", "123")
_RIGHT = '<w:jc w:val="right"/>'
_CENTER = '<w:jc w:val="center"/>'


@dataclass
class DocxStyle:
    word_footnotes: bool = False  # markers as real footnote references (footnotes.xml)
    superscript_runs: bool = False  # «¹» printed as a raised «1»
    word_bullets: bool = False  # members as Word list paragraphs, not «• » text
    approval_table: bool = False  # the approval block in a borderless table at the top right
    signature_table: bool = False  # position | name in a borderless table
    repeat_header: bool = True  # tblHeader on the header row(s)
    signature_first: bool = False  # the signature printed before the footnote lines

    @classmethod
    def random(cls, rng: random.Random) -> DocxStyle:
        return cls(*(rng.random() < p for p in (0.3, 0.4, 0.4, 0.4, 0.3, 0.7, 0.3)))


def _run(text: str, bold: bool = False, raised: bool = False) -> str:
    props = ("<w:b/>" if bold else "") + ('<w:vertAlign w:val="superscript"/>' if raised else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _para(content: str, props: str = "") -> str:
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{content}</w:p>"


class _Doc:
    def __init__(self, spec: PlanSpec, style: DocxStyle) -> None:
        self.spec = spec
        self.style = style
        self.markers = {note.marker: note.text for note in spec.footnotes}
        self.footnote_ids: dict[str, int] = {}

    # -- inline text ----------------------------------------------------------

    def text(self, text: str, bold: bool = False) -> str:
        """Runs for `text`; a trailing footnote marker as a superscript run or a footnote reference."""
        colon = ":" if text.endswith(":") else ""
        text = text.removesuffix(colon)
        for marker in sorted(self.markers, key=len, reverse=True):
            if text.endswith(marker) and len(text) > len(marker):
                body = _run(text[: -len(marker)], bold)
                return body + self.marker(marker, bold) + (_run(colon, bold) if colon else "")
        return _run(text + colon, bold)

    def marker(self, marker: str, bold: bool) -> str:
        """A footnote marker: a footnote reference, a raised digit, or the glyph as typed."""
        if self.style.word_footnotes:
            note_id = self.footnote_ids.setdefault(marker, len(self.footnote_ids) + 1)
            ref = f'<w:footnoteReference w:id="{note_id}"/>'
            return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>{ref}</w:r>'
        if self.style.superscript_runs and marker in "¹²³":
            return _run(marker.translate(_SUPER), bold, raised=True)
        return _run(marker, bold)

    # -- tables ---------------------------------------------------------------

    def cell(self, cell: CellOut) -> str:
        props = ""
        if cell.colspan > 1:
            props += f'<w:gridSpan w:val="{cell.colspan}"/>'
        if cell.merged_up:
            props += "<w:vMerge/>"
        elif cell.merge_start:
            props += '<w:vMerge w:val="restart"/>'
        body = "" if cell.merged_up else "".join(_para(self.text(p, cell.bold)) for p in cell.paragraphs)
        for bullet in [] if cell.merged_up else cell.bullets:
            if self.style.word_bullets:
                body += _para(_run(bullet), '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
            else:
                body += _para(_run(f"• {bullet}"))
        return f"<w:tc>{f'<w:tcPr>{props}</w:tcPr>' if props else ''}{body or '<w:p/>'}</w:tc>"

    def row(self, row: RowOut) -> str:
        header = row.kind in ("header", "subheader") and self.style.repeat_header
        props = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
        return f"<w:tr>{props}{''.join(self.cell(c) for c in row.cells)}</w:tr>"

    def table(self, rows: list[str], borders: bool = True, columns: int | None = None) -> str:
        grid = "".join('<w:gridCol w:w="2000"/>' for _ in range(columns or self.spec.width))
        props = f"<w:tblPr>{GRID_BORDERS if borders else ''}</w:tblPr>"
        return f"<w:tbl>{props}<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"

    def plan_tables(self) -> str:
        out: list[str] = []
        current: list[str] = []
        for row in logical_rows(self.spec):
            if row.table_break_before:
                out.append(self.table(current))
                current = []
            if row.heading_before:
                out.append(_para(self.text(row.heading_before, bold=True), _CENTER))
            current.append(self.row(row))
        out.append(self.table(current))
        return "".join(out)

    # -- text around the table -------------------------------------------------

    def approval(self) -> str:
        approval = self.spec.approval
        if approval is None:
            return ""
        lines = [approval.head, *approval.lines]
        if self.style.approval_table:
            content = "".join(_para(_run(line)) for line in lines)
            cells = f"<w:tc><w:p/></w:tc><w:tc>{content}</w:tc>"
            return self.table([f"<w:tr>{cells}</w:tr>"], borders=False, columns=2)
        return "".join(_para(_run(line), _RIGHT) for line in lines)

    def signature(self) -> str:
        signatory = self.spec.signatory
        if signatory is None:
            return ""
        lines = signatory.position_lines
        if self.style.signature_table:
            position = "".join(_para(_run(line)) for line in lines)
            cells = f"<w:tc>{position}</w:tc><w:tc>{_para(_run(signatory.name), _RIGHT)}</w:tc>"
            return _para("") + self.table([f"<w:tr>{cells}</w:tr>"], borders=False, columns=2)
        if signatory.tab:
            body = "".join(_para(_run(line)) for line in lines[:-1])
            return body + _para(_run(lines[-1]) + "<w:r><w:tab/><w:tab/></w:r>" + _run(signatory.name))
        return "".join(_para(_run(line)) for line in lines) + _para(_run(signatory.name), _RIGHT)

    def footnote_lines(self) -> str:
        if self.style.word_footnotes:
            return ""
        out = ""
        for note in self.spec.footnotes:
            if self.style.superscript_runs and note.marker in "¹²³":
                out += _para(_run(note.marker.translate(_SUPER), raised=True) + _run(f" {note.text}"))
            else:
                out += _para(_run(f"{note.marker} {note.text}"))
        return out

    def body(self) -> str:
        lines = [] if self.spec.title_in_table else self.spec.title_lines
        title = "".join(_para(_run(line, bold=True), _CENTER) for line in lines)
        tables = self.plan_tables()
        after = [self.footnote_lines(), self.signature()]
        if self.style.signature_first:
            after.reverse()
        return self.approval() + title + tables + _para("") + "".join(after)


def write_plan_docx(spec: PlanSpec, path: Path, style: DocxStyle) -> Path:
    doc = _Doc(spec, style)
    body = doc.body()
    notes = {i: doc.markers[m] for m, i in doc.footnote_ids.items()}
    return write_docx(path, body, footnotes=notes)
