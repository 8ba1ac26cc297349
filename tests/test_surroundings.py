"""What real plans print round the table besides the title, the approval and the signature: a title
page's place and year of issue, a signature's date (SCHEMA: neither is a section heading nor a part of
a position; the contract has no field for them, so they are said in warnings)."""

from __future__ import annotations

from pathlib import Path

import pytest

import magplan
from magplan.requisites import is_date_alone, issue_lines
from tests.docx_builder import cell, header_row, para, row, table, write_docx
from tests.gen._pdf import docx_pdf, soffice_program

_PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
_TAB = "<w:r><w:tab/></w:r>"
_NO_BORDERS = "".join(f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
_PLAN = table(header_row(), row("1.", "Новогодний концерт", "Санкт-Петербург, январь", ""))


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        (["Санкт-Петербург", "2025"], {0, 1}),
        (["г. Москва", "2025 г."], {0, 1}),
        (["Москва – 2025"], {0}),
        (["Санкт-Петербург, 2025 г."], {0}),
        # A section heading over the table is no place of issue: no year under it, or too long a name.
        (["Культурно-массовые мероприятия"], set()),
        (["Мероприятия для детей и молодёжи района", "2026"], set()),
        # A place's name sets each word in a capital; a heading of a few words opens with one alone.
        (["Отдел культуры", "2025 год"], set()),
        (["Сектор молодёжной политики", "2026"], set()),
        (["Нижний Новгород", "2025"], {0, 1}),
        (["Ростов-на-Дону – 2025"], {0}),
        (["Январь 2026"], set()),
        (["2025"], set()),
    ],
)
def test_issue_lines(lines: list[str], found: set[int]) -> None:
    assert issue_lines(lines) == found


@pytest.mark.parametrize(
    ("line", "alone"),
    [
        ("15.12.2025", True),
        ("«12» декабря 2025 г.", True),
        ('"__" ________ 2025 г.', True),
        ("на 2026 год", False),
        ("Директор 15.12.2025", False),
        ("15 марта", False),
    ],
)
def test_is_date_alone(line: str, alone: bool) -> None:
    assert is_date_alone(line) is alone


def _title_page(out: Path) -> Path:
    centred = '<w:jc w:val="center"/>'
    lines = ("ПЛАН МЕРОПРИЯТИЙ", "на 2026 год", "", "", "Санкт-Петербург", "2025")
    body = "".join(para(line, props=centred) for line in lines) + _PAGE_BREAK + _PLAN + para("")
    return write_docx(out, body + para("Директор", _TAB, "И.И. Иванов"))


@pytest.mark.parametrize("producer", ["docx", "pdf"])
def test_a_title_pages_place_and_year_of_issue_are_no_section(tmp_path: Path, producer: str) -> None:
    """A title page over the plan prints its place and year of issue at its foot: «Санкт-Петербург»
    was the section of every row (the year «2025» under it no heading, said)."""
    if producer == "pdf":
        if soffice_program() is None:
            pytest.skip("LibreOffice is not installed")
        path = docx_pdf(_title_page, tmp_path / "plan.pdf")
    else:
        path = _title_page(tmp_path / "plan.docx")
    got = magplan.read_plan(path).to_dict()
    assert got["document"]["title"] == "ПЛАН МЕРОПРИЯТИЙ на 2026 год"
    assert [item["section"] for item in got["items"]] == [""]
    said = [w["message"].split("was not read: ", 1)[-1] for w in got["warnings"] if w["code"] == "text_skipped"]
    assert said == ["Санкт-Петербург", "2025"]


@pytest.mark.skipif(soffice_program() is None, reason="LibreOffice is not installed")
def test_a_signatures_date_under_its_position_is_no_part_of_it(tmp_path: Path) -> None:
    """A signature in a borderless table, its date under the position's cell («Директор» | «И.И.
    Иванов» over «15.12.2025»): LibreOffice's PDF moved the name after the date, the position read
    «Директор 15.12.2025»."""
    grid = '<w:gridCol w:w="4500"/><w:gridCol w:w="4500"/>'
    signature = (
        f"<w:tbl><w:tblPr><w:tblBorders>{_NO_BORDERS}</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>"
        f"{row('Директор', 'И.И. Иванов')}{row('15.12.2025', '')}</w:tbl>"
    )
    title = para("План мероприятий на 2026 год")
    got = magplan.read_plan(
        docx_pdf(lambda out: write_docx(out, title + _PLAN + para("") + signature), tmp_path / "plan.pdf")
    ).to_dict()
    assert got["document"]["signatory"] == {"position": "Директор", "name": "И.И. Иванов"}
    said = [w["message"].split("was not read: ", 1)[-1] for w in got["warnings"] if w["code"] == "text_skipped"]
    assert said == ["15.12.2025"]


_AGREED = ("СОГЛАСОВАНО", "Председатель профкома", "________ Г.Г. Гусева", "«10» декабря 2025 г.")
_APPROVED = ("УТВЕРЖДАЮ", "Директор", "________ И.И. Иванов", "«12» декабря 2025 г.")


@pytest.mark.parametrize(
    ("above", "said"),
    [
        # «СОГЛАСОВАНО» | «УТВЕРЖДАЮ» in a borderless table of two cells: the approval is read, the
        # agreement was dropped unsaid.
        pytest.param(
            f"<w:tbl><w:tblPr><w:tblBorders>{_NO_BORDERS}</w:tblBorders></w:tblPr><w:tblGrid>"
            '<w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>'
            f"{row(cell(*_AGREED), cell(*_APPROVED))}</w:tbl>",
            list(_AGREED),
            id="agreement-beside-approval",
        ),
        pytest.param(
            para("Приложение № 1") + para("к приказу от 10.12.2025 № 45-од"),
            ["Приложение № 1", "к приказу от 10.12.2025 № 45-од"],
            id="annex-mark",
        ),
        pytest.param(para("ПРОЕКТ"), ["ПРОЕКТ"], id="draft-mark"),
        # The plan named again further up, with its years: the nearer heading is read, this one said.
        pytest.param(
            para("ПЛАН мероприятий на 2025-2027 годы"), ["ПЛАН мероприятий на 2025-2027 годы"], id="outer-heading"
        ),
        # A body's name above the heading is no requisite the plan lacks: nothing to say, as before.
        pytest.param(para("Дом культуры «Ладога»"), [], id="body-name"),
    ],
)
def test_the_requisites_above_the_heading_are_said(tmp_path: Path, above: str, said: list[str]) -> None:
    body = (
        above
        + para("")
        + para("План мероприятий на 2026 год")
        + _PLAN
        + para("")
        + para("Директор", _TAB, "И.И. Иванов")
    )
    got = magplan.read_plan(write_docx(tmp_path / "plan.docx", body)).to_dict()
    assert got["document"]["title"] == "План мероприятий на 2026 год"
    skipped = [w["message"].split("was not read: ", 1)[-1] for w in got["warnings"] if w["code"] == "text_skipped"]
    assert skipped == said
