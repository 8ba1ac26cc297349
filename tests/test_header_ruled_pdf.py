"""A PDF table ruled only under its header (no other rule, no grid), as LibreOffice prints a
Word table whose header cells alone have a bottom border: read as its DOCX is."""

from __future__ import annotations

from pathlib import Path

import pytest

import magplan
from tests.docx_builder import cell, row, title_paragraphs, write_docx
from tests.gen._pdf import docx_pdf, soffice_program

_NO_BORDERS = "".join(f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
_UNDER = '<w:tcBorders><w:bottom w:val="single" w:sz="8"/></w:tcBorders>'
_HEADER = ("№", "Наименование мероприятия", "Срок проведения", "Ответственные")
_ROWS = (
    ("1.", "Международная научно-практическая конференция по вопросам развития городского хозяйства", "март",
     "Управление культуры администрации города"),
    ("2.", "Фестиваль", "май", "Отдел молодёжной политики и спорта"),
    ("3.", "Семинар руководителей учреждений культуры муниципальных образований", "сентябрь", "Методический центр"),
)  # fmt: skip


def _plan(ruled: bool) -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in (700, 3600, 2200, 2500))
    head = row(*(cell(text, props=_UNDER if ruled else "") for text in _HEADER))
    body = "".join(row(*texts) for texts in _ROWS)
    props = f"<w:tblPr><w:tblBorders>{_NO_BORDERS}</w:tblBorders></w:tblPr>"
    return title_paragraphs() + f"<w:tbl>{props}<w:tblGrid>{grid}</w:tblGrid>{head}{body}</w:tbl>"


@pytest.mark.skipif(soffice_program() is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("ruled", [True, False], ids=["rule-under-header", "no-rule"])
def test_a_table_ruled_only_under_its_header_reads_as_its_docx(tmp_path: Path, ruled: bool) -> None:
    """The rule under the header was taken for the footnote separator, which ends the table: the
    table ended at its header and the plan had none («no plan table found»)."""
    source = write_docx(tmp_path / "plan.docx", _plan(ruled))
    pdf = docx_pdf(lambda out: write_docx(out, _plan(ruled)), tmp_path / "plan.pdf")
    expected = [{**item, "page": 1} for item in magplan.read_plan(source).to_dict()["items"]]
    assert magplan.read_plan(pdf).to_dict()["items"] == expected
    assert [item["title"] for item in expected] == [texts[1] for texts in _ROWS]
