"""`--to docx`: the plan as an official document, laid out after GOST R 7.0.97.

What is printed is chosen so that `magplan.read_plan` reads the document back
to the same data: the «Место, дата» cell holds the place and the date on
separate lines, city rows print `city | «N лет» | date`, and a footnote that
makes dates approximate is attached by its marker to the heading of a section
whose rows are all approximate (or else to each such row).  The layout values
are those of `magplan.write.gost.OfficialStyle`.
"""

from __future__ import annotations

import io
import re
from itertools import groupby
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from magplan.model import Approval, Item, Plan, Signatory
from magplan.normalize.dates import is_approximate
from magplan.write import _ooxml
from magplan.write._measure import fit_columns
from magplan.write.gost import DEFAULT_STYLE, OfficialStyle
from magplan.write.labels import age_phrase

OPTIONS = ("style",)  # the keywords `magplan.write.render` passes on
_CITY_KINDS = ("anniversary", "city_day")
# The document-type words a plan's title opens with (GOST R 7.0.97 prints them on a line of their
# own, in capitals): «План», «Календарный план», «Перечень», «График», «Программа».
_TITLE_HEAD = re.compile(r"^\s*(?:(?:\w+(?:ый|ий)\s+)?план|перечень|график|программа)\b\s*", re.IGNORECASE)
_APPROXIMATE = re.compile(r"ориентировочн", re.IGNORECASE)
_HEADERS = ("№ п/п", "Мероприятия", "Место, дата", "Примечание")
_RESPONSIBLE_HEADER = "Ответственные"
_NBSP = "\u00a0"
_CENTER, _RIGHT = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.RIGHT


def printed_title(title: str | None) -> str | None:
    """The title as the official document prints it: its document type in capitals."""
    if not title:
        return title
    match = _TITLE_HEAD.match(title)
    return title[: match.end()].upper() + title[match.end() :] if match else title


def name_with_nbsp(name: str) -> str:
    """«И.О. Фамилия» with a non-breaking space before the surname, so it never wraps apart."""
    head, _, surname = name.rpartition(" ")
    return f"{head}{_NBSP}{surname}" if head and head.endswith(".") else name


def _markers(plan: Plan) -> tuple[dict[int, str], dict[int, str], list[str]]:
    """Footnote markers: (by group index of section heading, by item index, per footnote).

    A plan's data keeps only the footnote texts and each row's `approximate`
    flag, so the one footnote that speaks of approximate dates is re-attached
    where it has an effect; other footnotes are printed without a reference.
    """
    notes = plan.document.footnotes
    marks = ["*" * (i + 1) for i in range(len(notes))]
    approx = next((marks[i] for i, text in enumerate(notes) if _APPROXIMATE.search(text)), None)
    by_group: dict[int, str] = {}
    by_item: dict[int, str] = {}
    if approx is None:
        return by_group, by_item, marks
    index = 0
    for group, (section, rows) in enumerate(groupby(plan.records, key=lambda it: it.section)):
        items = list(rows)
        needs = [i for i, it in enumerate(items, index) if it.approximate and not is_approximate(it.date_text or "")]
        if section and needs and all(it.approximate for it in items):
            by_group[group] = approx
        else:
            by_item.update(dict.fromkeys(needs, approx))
        index += len(items)
    return by_group, by_item, marks


class _Writer:
    def __init__(self, plan: Plan, style: OfficialStyle) -> None:
        self.plan = plan
        self.style = style
        self.doc: Any = Document()

    # -- page and styles --------------------------------------------------

    def setup(self) -> None:
        s = self.style
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(s.page_width_mm), Mm(s.page_height_mm)
        section.top_margin, section.bottom_margin = Mm(s.margin_top_mm), Mm(s.margin_bottom_mm)
        section.left_margin, section.right_margin = Mm(s.margin_left_mm), Mm(s.margin_right_mm)
        section.header_distance, section.footer_distance = Mm(s.header_distance_mm), Mm(s.footer_distance_mm)
        normal = self.doc.styles["Normal"]
        normal.font.name = s.font_name
        normal.font.size = Pt(s.body_size_pt)
        _ooxml.run_fonts(normal.element.get_or_add_rPr(), s.font_name, s.language)
        fmt = normal.paragraph_format
        fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(0), s.line_spacing
        # Page numbers from page 2 on: page 1 gets its own, empty, header.
        section.different_first_page_header_footer = True
        section.first_page_header.is_linked_to_previous = False
        number = section.header.paragraphs[0]
        number.alignment = _CENTER
        _ooxml.page_field(number)
        for run in number.runs:
            run.font.size = Pt(s.page_number_size_pt)
        props = self.doc.core_properties
        props.title = self.plan.document.title or ""
        props.language = s.language
        props.author, props.comments = "magplan", ""

    def paragraph(self, text: str = "", *, align: Any = None, bold: bool = False) -> Any:
        para = self.doc.add_paragraph()
        para.alignment = align
        if text:
            para.add_run(text).bold = bold
        return para

    # -- requisites ---------------------------------------------------------

    def approval(self, approval: Approval) -> None:
        s = self.style
        if approval.name is None:
            # Rule 7 (b): an act approves («УТВЕРЖДЕНО / Протоколом … / от … № …»).
            act_line = " ".join(
                part
                for part in (
                    f"от {approval.date_text}" if approval.date_text else "",
                    f"№ {approval.number}" if approval.number else "",
                )
                if part
            )
            lines = [s.act_approval_head, approval.position, *([act_line] if act_line else [])]
        else:
            lines = [s.approval_head, approval.position, f"{s.signature_line} {name_with_nbsp(approval.name)}"]
            if approval.date_text:
                lines.append(approval.date_text)
        indent = Mm(s.text_width_mm - s.approval_width_mm)
        for i, line in enumerate(lines):
            para = self.paragraph(line)
            para.paragraph_format.left_indent = indent
            if i == len(lines) - 1:
                para.paragraph_format.space_after = Pt(s.requisite_gap_pt)

    def title(self, title: str | None) -> None:
        """GOST R 7.0.97: the document type on a line of its own, in capitals, then the heading."""
        if not title:
            return
        match = _TITLE_HEAD.match(title)
        if match:
            # The document type on its own line in capitals, then the heading
            # without it.  The capitals are formatting (w:caps), not text, so
            # the words stay those of the plan's title: «План».
            doc_type = self.paragraph(align=_CENTER).add_run(title[: match.end()].strip())
            doc_type.bold = doc_type.font.all_caps = True
            title = title[match.end() :]
        if title:
            self.paragraph(title, align=_CENTER, bold=True)
        # One blank line of body text between the heading and the table.
        self.doc.paragraphs[-1].paragraph_format.space_after = Pt(self.style.body_size_pt * self.style.line_spacing)

    def footnotes(self, marks: list[str]) -> None:
        for i, (mark, text) in enumerate(zip(marks, self.plan.document.footnotes, strict=True)):
            para = self.paragraph()
            if i == 0:
                para.paragraph_format.space_before = Pt(self.style.table_size_pt)
            marker = para.add_run(mark)
            marker.font.superscript = True
            para.add_run(f" {text}")
            for run in para.runs:
                run.font.size = Pt(self.style.footnote_size_pt)

    def signature(self, signatory: Signatory) -> None:
        s = self.style
        gap = self.paragraph().paragraph_format
        gap.space_after, gap.keep_with_next = Pt(s.requisite_gap_pt), True
        # The name sits level with the last line of the position, its end at the right margin.
        name_width = s.signature_name_width_mm
        table = self.doc.add_table(rows=1, cols=2)
        # A position of two lines never runs on to the next page without its name.
        _ooxml.cant_split(table.rows[0])
        _ooxml.table_borders(table, visible=False)
        _ooxml.table_geometry(table, (s.text_width_mm - name_width, name_width), (0.0, 0.0))
        left, right = table.rows[0].cells
        left.paragraphs[0].add_run(signatory.position)
        right.paragraphs[0].add_run(name_with_nbsp(signatory.name))
        right.paragraphs[0].alignment = _RIGHT
        _ooxml.cell_valign(right, "bottom")

    # -- the plan table -------------------------------------------------------

    def plan_table(self, by_group: dict[int, str], by_item: dict[int, str]) -> None:
        s = self.style
        records = self.plan.records
        responsible = any(it.responsible for it in records)
        headers = (*_HEADERS, _RESPONSIBLE_HEADER) if responsible else _HEADERS
        widths = s.column_widths_responsible_mm if responsible else s.column_widths_mm
        padding = s.cell_margin_left_mm + s.cell_margin_right_mm + 1.0
        widths = fit_columns(widths, _column_words(records, headers), 1, s.table_size_pt, padding)
        table = self.doc.add_table(rows=1, cols=len(headers))
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        _ooxml.table_borders(table, visible=True)
        head = table.rows[0]
        for cell, text in zip(head.cells, headers, strict=True):
            self.cell(cell, [text], align=_CENTER, bold=True)
            _ooxml.cell_valign(cell, "center")
        _ooxml.cant_split(head)
        _ooxml.header_row(head)
        index = 0
        for group, (section, rows) in enumerate(groupby(records, key=lambda it: it.section)):
            if section:
                row = table.add_row()
                merged = row.cells[0].merge(row.cells[-1])
                self.cell(merged, [section], align=_CENTER, bold=True, marker=by_group.get(group))
                _ooxml.cant_split(row)
            for item in rows:
                self.item_row(table.add_row(), item, responsible, by_item.get(index))
                index += 1
        _ooxml.table_geometry(table, widths, (s.cell_margin_left_mm, s.cell_margin_right_mm))

    def item_row(self, row: Any, item: Item, responsible: bool, marker: str | None) -> None:
        cells = row.cells
        number = f"{item.number}." if item.number is not None else ""
        self.cell(cells[0], [number], align=_CENTER)
        if item.kind in _CITY_KINDS:
            self.cell(cells[1], [item.title], marker=marker)
            self.cell(cells[2], [age_phrase(item.age_years)] if item.age_years is not None else [], align=_CENTER)
            self.cell(cells[3], _lines(item.date_text), align=_CENTER)
        else:
            title = _lines(item.title)
            members = [f"• {m}" for m in item.members]
            if members and title:
                title[-1] = title[-1] + ":"
            self.cell(cells[1], title + members, marker=marker, marker_line=len(title) - 1)
            place = [item.place.replace("\n", " ")] if item.place else []
            self.cell(cells[2], place + _lines(item.date_text), align=_CENTER)
            self.cell(cells[3], _lines(item.note))
        if responsible:
            self.cell(cells[4], _lines(item.responsible))
        _ooxml.cant_split(row)

    def cell(
        self,
        cell: Any,
        lines: list[str],
        *,
        align: Any = None,
        bold: bool = False,
        marker: str | None = None,
        marker_line: int = 0,
    ) -> None:
        """One paragraph per line; a footnote marker is a superscript run (before a trailing «:»)."""
        size = Pt(self.style.table_size_pt)
        align = align if align is not None else getattr(WD_ALIGN_PARAGRAPH, self.style.text_cell_align)
        for i, line in enumerate(lines or [""]):
            para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            para.alignment = align
            tail = ""
            if marker and i == marker_line and line.endswith(":"):
                line, tail = line[:-1], ":"
            runs = [para.add_run(line)]
            if marker and i == marker_line:
                raised = para.add_run(marker)
                raised.font.superscript = True
                runs += [raised, para.add_run(tail)] if tail else [raised]
            for run in runs:
                run.bold = bold
                run.font.size = size


def _column_words(records: list[Item], headers: tuple[str, ...]) -> list[set[str]]:
    """The words each column will hold (the title column's are not needed)."""
    columns: list[set[str]] = [set(h.split()) for h in headers]
    for item in records:
        if item.kind in _CITY_KINDS:
            cells = [age_phrase(item.age_years) if item.age_years is not None else None, item.date_text]
        else:
            cells = [f"{item.place or ''} {item.date_text or ''}", item.note]
        if len(headers) > 4:
            cells.append(item.responsible)
        for column, text in zip(columns[2:], cells, strict=True):
            column.update((text or "").split())
    return columns


def _lines(text: str | None) -> list[str]:
    return [line for line in (text or "").split("\n") if line.strip()]


def render(plan: Plan, *, style: OfficialStyle = DEFAULT_STYLE) -> bytes:
    """The plan as a DOCX document (bytes); options of other writers are ignored."""
    writer = _Writer(plan, style)
    writer.setup()
    by_group, by_item, marks = _markers(plan)
    doc = plan.document
    if doc.approval:
        writer.approval(doc.approval)
    writer.title(doc.title)
    writer.plan_table(by_group, by_item)
    writer.footnotes(marks)
    if doc.signatory:
        writer.signature(doc.signatory)
    out = io.BytesIO()
    writer.doc.save(out)
    return out.getvalue()
