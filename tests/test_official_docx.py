"""`--to docx`: the official document after GOST R 7.0.97, and its round trip (PDF: test_official_pdf)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

import magplan
from magplan.model import Approval, DocumentInfo, Item, Plan, Signatory
from magplan.write import render
from magplan.write.gost import DEFAULT_STYLE, OfficialStyle
from magplan.write.to_docx import age_phrase, printed_title
from tests.corpus import CORPUS

DOC_FIELDS = ("title", "year", "signatory", "approval", "footnotes")


def _differences(source: Plan, produced: Plan) -> list[str]:
    """Every document field and item field (except `page`) that differs."""
    want, got = source.to_dict(), produced.to_dict()
    if produced.document.format == "pdf":
        # The print shows the document type in capitals, and a PDF is read as printed.
        want["document"]["title"] = printed_title(want["document"]["title"])
    out = [f"document.{k}" for k in DOC_FIELDS if want["document"][k] != got["document"][k]]
    if len(want["items"]) != len(got["items"]):
        out.append(f"items: {len(want['items'])} != {len(got['items'])}")
    for index, (w, g) in enumerate(zip(want["items"], got["items"], strict=False)):
        out += [f"item {index}.{k}: {w[k]!r} != {g[k]!r}" for k in w if k != "page" and w[k] != g[k]]
    return out


def _round_trip(plan: Plan, tmp_path: Path, fmt: str = "docx") -> Plan:
    produced = tmp_path / f"produced.{fmt}"
    produced.write_bytes(render(plan, fmt))
    return magplan.read_plan(produced)


@pytest.fixture(scope="module")
def plan_2026() -> Plan:
    return magplan.read_plan(CORPUS / "plan-2026.docx")


@pytest.fixture(scope="module")
def official_2026(plan_2026: Plan) -> Any:
    return docx.Document(io.BytesIO(render(plan_2026, "docx")))


# -- the layout -----------------------------------------------------------------


def test_page_is_a4_with_gost_margins(official_2026: Any) -> None:
    section = official_2026.sections[0]
    s = DEFAULT_STYLE
    for actual, mm in [
        (section.page_width, 210),
        (section.page_height, 297),
        (section.top_margin, s.margin_top_mm),
        (section.bottom_margin, s.margin_bottom_mm),
        (section.left_margin, 30),
        (section.right_margin, 10),
        (section.header_distance, 10),
    ]:
        assert abs(actual - Mm(mm)) < Mm(0.1)


def test_fonts_follow_the_style(official_2026: Any) -> None:
    normal = official_2026.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size == Pt(14)
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:hAnsi")) == "Times New Roman"  # the slot Cyrillic text uses
    table = official_2026.tables[0]
    sizes = {run.font.size for row in table.rows for cell in row.cells for p in cell.paragraphs for run in p.runs}
    assert sizes == {Pt(12)}


def test_other_style_values_are_used(plan_2026: Plan) -> None:
    style = OfficialStyle(margin_left_mm=20, body_size_pt=13, font_name="PT Serif")
    document = docx.Document(io.BytesIO(render(plan_2026, "docx", style=style)))
    assert abs(document.sections[0].left_margin - Mm(20)) < Mm(0.1)
    assert document.styles["Normal"].font.size == Pt(13)
    assert document.styles["Normal"].font.name == "PT Serif"


def test_header_row_repeats_and_rows_do_not_split(official_2026: Any) -> None:
    rows = official_2026.tables[0].rows
    assert [c.text for c in rows[0].cells] == ["№ п/п", "Мероприятия", "Место, дата", "Примечание"]
    assert rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr.find(qn("w:tblHeader")) is None for row in rows[1:])
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in rows)
    borders = official_2026.tables[0]._tbl.tblPr.find(qn("w:tblBorders"))
    assert {side.get(qn("w:val")) for side in borders} == {"single"}


def test_section_rows_span_the_full_width_with_markers(official_2026: Any) -> None:
    spans = {}
    for tr in official_2026.tables[0]._tbl.tr_lst:
        tcs = tr.tc_lst
        if len(tcs) == 1:
            text = "".join(t.text for t in tcs[0].iter(qn("w:t")))
            spans[text] = tcs[0].tcPr.find(qn("w:gridSpan")).get(qn("w:val"))
    assert spans == {
        "Деятельность по информационному обеспечению городов-членов МАГ": "4",
        "Юбилей городов МАГ*": "4",
        "Дни городов-столиц членов МАГ*": "4",
    }
    heading = next(r for r in official_2026.tables[0].rows if r.cells[0].text.startswith("Юбилей"))
    marker = heading.cells[0].paragraphs[0].runs[-1]
    assert marker.text == "*" and marker.font.superscript


def test_city_and_event_cells(official_2026: Any) -> None:
    texts = [[c.text for c in row.cells] for row in official_2026.tables[0].rows]
    assert ["1.", "Благовещенск", "170 лет", "6 июня"] in texts
    assert ["1.", "Бишкек", "201 год", "29 апреля"] in texts
    assert ["8.", "Цхинвал", "1764 года", "20 сентября"] in texts
    assert ["2.", texts[2][1], "Москва\nфевраль", "Организатор: МАГ"] in texts
    twelve = next(t for t in texts if t[0] == "12.")
    assert twelve[1].startswith("Участие в годовых собраниях межгородских объединений:\n• ВАРМСУ\n• АГП")


def test_page_numbers_from_page_two(official_2026: Any) -> None:
    section = official_2026.sections[0]
    assert section.different_first_page_header_footer
    assert section._sectPr.find(qn("w:titlePg")) is not None
    assert section.first_page_header.paragraphs[0].text == ""
    header = section.header._element
    assert [f.get(qn("w:fldCharType")) for f in header.iter(qn("w:fldChar"))] == ["begin", "separate", "end"]
    assert [i.text.strip() for i in header.iter(qn("w:instrText"))] == ["PAGE"]
    assert section.header.paragraphs[0].alignment == 1  # centred


def test_title_and_requisites(official_2026: Any) -> None:
    paragraphs = [p for p in official_2026.paragraphs if p.text]
    doc_type, title = paragraphs[0], paragraphs[1]
    assert doc_type.text == "План" and doc_type.runs[0].font.all_caps and doc_type.runs[0].bold
    assert title.text == "мероприятий Международной Ассамблеи столиц и крупных городов (МАГ) на 2026 год"
    assert title.alignment == 1 and title.runs[0].bold
    assert paragraphs[2].text == "* Дни городов указаны ОРИЕНТИРОВОЧНО"
    signature = official_2026.tables[1]
    assert [c.text for c in signature.rows[0].cells] == [
        "Исполнительный вице-президент, генеральный директор МАГ",
        "Ю.Н.\u00a0Васюнькин",
    ]
    assert {side.get(qn("w:val")) for side in signature._tbl.tblPr.find(qn("w:tblBorders"))} == {"nil"}


def test_approval_block_top_right() -> None:
    plan = magplan.read_plan(CORPUS / "plan-2025.docx")
    document = docx.Document(io.BytesIO(render(plan, "docx")))
    lines = [p for p in document.paragraphs if p.text][:4]
    assert [p.text for p in lines] == [
        "УТВЕРЖДАЮ",
        "Президент Международной Ассамблеи столиц и крупных городов",
        "__________ И.П.\u00a0Соколов",
        "«25» декабря 2024 г.",
    ]
    indent = Mm(DEFAULT_STYLE.text_width_mm - DEFAULT_STYLE.approval_width_mm)
    assert all(abs(p.paragraph_format.left_indent - indent) < Mm(0.1) for p in lines)


@pytest.mark.parametrize(
    ("years", "text"),
    [
        (1, "1 год"),
        (201, "201 год"),
        (3, "3 года"),
        (1764, "1764 года"),
        (11, "11 лет"),
        (112, "112 лет"),
        (170, "170 лет"),
    ],
)
def test_age_agrees_with_its_number(years: int, text: str) -> None:
    assert age_phrase(years) == text


# -- round trips ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["plan-2026.docx", "plan-2025.docx"])
def test_docx_round_trip(name: str, tmp_path: Path) -> None:
    source = magplan.read_plan(CORPUS / name)
    produced = _round_trip(source, tmp_path)
    assert _differences(source, produced) == []
    assert produced.warnings == []


@pytest.mark.parametrize("name", ["plan-2026.html", "plan-2025.html"])
def test_docx_round_trip_from_html(name: str, tmp_path: Path) -> None:
    source = magplan.read_plan(CORPUS / name)
    assert _differences(source, _round_trip(source, tmp_path)) == []


def _synthetic() -> Plan:
    """A plan with what the corpus lacks: a responsible column, footnotes on rows, no approval date."""

    def item(kind: Any, section: str, number: int, title: str, **fields: Any) -> Item:
        if kind in ("anniversary", "city_day"):
            fields["place"] = title
        return Item(kind=kind, section=section, number=number, title=title, **fields)

    items = [
        item("event", "", 1, "XXXII сессия МАГ", place="Москва", date_text="июнь", approximate=True,
             note="Организатор: МАГ", responsible="Отдел международных связей"),
        item("event", "Участие в мероприятиях партнеров", 2, "Участие в собраниях объединений",
             members=["ВАРМСУ", "АГП"], date_text="по отдельному графику", approximate=True),
        item("event", "Участие в мероприятиях партнеров", 3, "Форум регионов\nКруглый стол МАГ",
             place="Нижний Новгород", date_text="13-18 мая", note="По приглашению\nорганизаторов"),
        item("anniversary", "Юбилеи городов МАГ", 1, "Рязань", age_years=930, date_text="12 июня", approximate=True),
        item("anniversary", "Юбилеи городов МАГ", 2, "Тверь", age_years=891, date_text="26 июня", approximate=True),
        item("city_day", "Дни городов-столиц", 1, "Бишкек", age_years=2, date_text="29 апреля (ориентировочно)",
             approximate=True),
    ]  # fmt: skip
    document = DocumentInfo(
        source="synthetic",
        format="docx",
        title="План мероприятий МАГ на 2027 год",
        year=2027,
        signatory=Signatory("Генеральный директор", "А.Б. Иванов"),
        approval=Approval("Президент МАГ", "В.Г. Петров", None),
        footnotes=["Сроки указаны ориентировочно", "Иная сноска без ссылки"],
    )
    return Plan(document, items)


def test_synthetic_plan_keeps_its_fields(tmp_path: Path) -> None:
    source = _synthetic()
    once = _round_trip(source, tmp_path)
    fields = ("kind", "section", "number", "title", "members", "place", "date_text", "approximate", "note")
    fields += ("responsible", "age_years")
    for want, got in zip(source.records, once.records, strict=True):
        assert {f: getattr(got, f) for f in fields} == {f: getattr(want, f) for f in fields}
    for key in DOC_FIELDS:
        assert getattr(once.document, key) == getattr(source.document, key)
    # The reader computed the derived fields (dates, organizers…); a second pass changes nothing.
    assert _differences(once, _round_trip(once, tmp_path)) == []
    assert once.warnings == []


@pytest.mark.parametrize(
    ("title", "doc_type"),
    [
        ("План мероприятий МАГ на 2027 год", "План"),
        ("Календарный план мероприятий МАГ на 2027 год", "Календарный план"),
        ("Перечень мероприятий МАГ на 2027 год", "Перечень"),
        ("График заседаний Совета МАГ на 2027 год", "График"),
        ("Программа мероприятий МАГ на 2027 год", "Программа"),
    ],
)
def test_the_document_type_is_a_line_of_its_own_in_capitals(tmp_path: Path, title: str, doc_type: str) -> None:
    source = _synthetic()
    source.document.title = title
    official = docx.Document(io.BytesIO(render(source, "docx")))
    texts = [p.text for p in official.paragraphs]
    head = official.paragraphs[texts.index(doc_type)]
    assert head.runs[0].font.all_caps and head.runs[0].bold
    assert texts[texts.index(doc_type) + 1] == title[len(doc_type) + 1 :]
    assert printed_title(title) == doc_type.upper() + title[len(doc_type) :]
    assert _round_trip(source, tmp_path).document.title == title


def test_title_without_plan_word_is_printed_as_is(tmp_path: Path) -> None:
    source = _synthetic()
    source.document.title = "Мероприятия МАГ на 2027 год"
    # Without a date line the reader would take a title holding the year for the approval date.
    source.document.approval = Approval("Президент МАГ", "В.Г. Петров", "«25» декабря 2026 г.")
    assert _round_trip(source, tmp_path).document.title == "Мероприятия МАГ на 2027 год"
