"""The DOCX extractor: the development corpus, then one Word feature per test."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import magplan
from magplan.extract import docx as docx_extract
from tests import docx_builder as b
from tests.corpus import CORPUS, documents, expected, mismatches


@pytest.mark.parametrize("name", documents(".docx"))
def test_corpus_document_matches_expected_json(name: str) -> None:
    got = magplan.read_plan(CORPUS / name).to_dict()
    assert mismatches(expected(name), got) == []
    assert got["warnings"] == []


@pytest.mark.parametrize("name", documents(".docx"))
def test_corpus_grid_matches_cells_json(name: str) -> None:
    """The extractor's grid of the plan table equals the corpus's raw grid."""
    want = json.loads((CORPUS / f"{name}.cells.json").read_text(encoding="utf-8"))
    layout = docx_extract.extract(CORPUS / name)
    tables = [t for t in layout.blocks if isinstance(t, magplan.layout.Table) and t.ruled]
    got = [[[" ".join(c.text.split()) for c in r.cells] for r in t.rows] for t in tables]
    # The corpus prints superscript markers as plain text («МАГ1»).
    plain = str.maketrans("¹²³", "123")
    assert [[[c.translate(plain) for c in r] for r in t] for t in got] == want


def _plan(tmp_path: Path, body: str, **kwargs: object) -> magplan.Plan:
    return magplan.read_plan(b.write_docx(tmp_path / "plan.docx", body, **kwargs))  # type: ignore[arg-type]


def _simple(rows: str, after: str = "") -> str:
    return b.title_paragraphs() + b.table(b.header_row(), rows) + after + b.signature()


def test_item_row_fields(tmp_path: Path) -> None:
    plan = _plan(tmp_path, _simple(b.row("1.", "XXXII сессия МАГ", b.cell("Москва", "февраль"), "Организатор: МАГ")))
    item = plan.records[0]
    assert (item.number, item.title, item.place, item.date_text) == (1, "XXXII сессия МАГ", "Москва", "февраль")
    assert (item.date_start, item.date_end) == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert (item.edition, item.organizers, item.note) == (32, ["МАГ"], "Организатор: МАГ")
    assert plan.document.year == 2026
    assert plan.document.signatory == magplan.model.Signatory("Генеральный директор МАГ", "Ю.Н. Васюнькин")


def test_runs_split_mid_word_and_line_breaks(tmp_path: Path) -> None:
    title = b.para("Кругл", "ый ст", "ол", "<w:r><w:br/></w:r>", "МАГ")
    place = b.para("Моск", "ва", "<w:r><w:br/></w:r>", "фев", "раль")
    item = _plan(tmp_path, _simple(b.row("1.", b.cell(title), b.cell(place), ""))).records[0]
    assert (item.title, item.place, item.date_text) == ("Круглый стол\nМАГ", "Москва", "февраль")


def test_content_controls_and_tracked_changes(tmp_path: Path) -> None:
    sdt_title = "<w:sdt><w:sdtPr/><w:sdtContent>" + b.para("Форум «Города»") + "</w:sdtContent></w:sdt>"
    revised = b.para(
        "Москва ",
        '<w:ins w:id="1" w:author="a">' + b.run("март") + "</w:ins>",
        '<w:del w:id="2" w:author="a"><w:r><w:delText>апрель</w:delText></w:r></w:del>',
    )
    plan = _plan(tmp_path, _simple(b.row("1.", b.cell(sdt_title), b.cell(revised), "")))
    item = plan.records[0]
    assert (item.title, item.place, item.date_text) == ("Форум «Города»", "Москва", "март")
    assert [w.code for w in plan.warnings] == ["tracked_changes"]


def test_rows_inside_a_content_control_are_read(tmp_path: Path) -> None:
    rows = "<w:sdt><w:sdtContent>" + b.row("1.", "Сессия", "Москва, май", "") + "</w:sdtContent></w:sdt>"
    assert [i.title for i in _plan(tmp_path, _simple(rows)).records] == ["Сессия"]


def test_vertical_merge_and_continuation_row(tmp_path: Path) -> None:
    restart, cont = '<w:vMerge w:val="restart"/>', "<w:vMerge/>"
    rows = b.row(
        b.cell("12.", props=restart),
        b.cell("Участие в собраниях:", "• ВАРМСУ"),
        b.cell("по отдельному графику", props=restart),
        b.cell("", props=restart),
    ) + b.row(b.cell("", props=cont), b.cell("• АГУ", "• АСДГ"), b.cell("", props=cont), b.cell("", props=cont))
    plan = _plan(tmp_path, _simple(rows))
    assert len(plan.records) == 1
    item = plan.records[0]
    assert (item.title, item.members, item.recurrence) == (
        "Участие в собраниях",
        ["ВАРМСУ", "АГУ", "АСДГ"],
        "separate_schedule",
    )


def test_a_merged_place_and_date_cell_dates_every_item_it_spans(tmp_path: Path) -> None:
    restart, cont = '<w:vMerge w:val="restart"/>', "<w:vMerge/>"
    rows = (
        b.row("1.", "Форум", b.cell("Казань", "март", props=restart), b.cell("Организатор: МАГ", props=restart))
        + b.row("2.", "Семинар", b.cell("", props=cont), b.cell("", props=cont))
        + b.row("3.", "Съезд", b.cell("Тула", "апрель"), "")
    )
    items = _plan(tmp_path, _simple(rows)).records
    assert [(i.number, i.place, i.date_text, i.organizers) for i in items] == [
        (1, "Казань", "март", ["МАГ"]),
        (2, "Казань", "март", ["МАГ"]),
        (3, "Тула", "апрель", []),
    ]


def test_word_list_numbering_gives_members(tmp_path: Path) -> None:
    bullet = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    cell = b.cell(b.para("Собрания объединений:"), b.para("ВАРМСУ", props=bullet), b.para("АГП", props=bullet))
    item = _plan(tmp_path, _simple(b.row("1.", cell, "", ""))).records[0]
    assert (item.title, item.members) == ("Собрания объединений", ["ВАРМСУ", "АГП"])


def test_word_numbering_in_the_number_column(tmp_path: Path) -> None:
    numbered = b.cell(b.para(props='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'))
    rows = b.row(numbered, "Первое", "май", "") + b.row(numbered, "Второе", "июнь", "")
    assert [i.number for i in _plan(tmp_path, _simple(rows)).records] == [1, 2]


# Hidden text (`w:vanish`) prints nothing; a hidden run set off prints (blind round 12a).
@pytest.mark.parametrize(
    ("runs", "title"),
    [
        (b.run("Круглый стол") + b.run(" (уточнить бюджет)", "<w:vanish/>"), "Круглый стол"),
        (b.run("Круглый стол") + b.run(" МАГ", '<w:vanish w:val="false"/>'), "Круглый стол МАГ"),
    ],
)
def test_hidden_runs_print_nothing(tmp_path: Path, runs: str, title: str) -> None:
    item = _plan(tmp_path, _simple(b.row("1.", b.cell(b.para(runs)), "", ""))).records[0]
    assert item.title == title


def test_styles_that_hide_their_runs(tmp_path: Path) -> None:
    """Hidden text set by a character style and by the paragraph's style."""
    styles = (
        '<w:style w:type="character" w:styleId="Hidden"><w:rPr><w:vanish/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Draft"><w:rPr><w:vanish/></w:rPr></w:style>'
    )
    hidden = b.run(" (черновик)", '<w:rStyle w:val="Hidden"/>')
    title = b.cell(b.para("Круглый стол", hidden), b.para("проверить даты", props='<w:pStyle w:val="Draft"/>'))
    item = _plan(tmp_path, _simple(b.row("1.", title, "", "")), styles=styles).records[0]
    assert item.title == "Круглый стол"


def test_real_word_footnote_on_a_heading_makes_rows_approximate(tmp_path: Path) -> None:
    heading = b.cell(
        b.para("Дни городов-столиц", '<w:r><w:footnoteReference w:id="1"/></w:r>'), props='<w:gridSpan w:val="4"/>'
    )
    rows = b.row(heading) + b.row("1.", "Бишкек", "201 год", "29 апреля")
    plan = _plan(tmp_path, _simple(rows), footnotes={1: "Даты указаны ориентировочно"})
    item = plan.records[0]
    assert (item.kind, item.section, item.age_years, item.approximate) == (
        "city_day",
        "Дни городов-столиц",
        201,
        True,
    )
    assert plan.document.footnotes == ["Даты указаны ориентировочно"]


def test_superscript_marker_and_footnote_line(tmp_path: Path) -> None:
    marker = b.run("1", '<w:vertAlign w:val="superscript"/>')
    rows = b.row(b.cell(b.para("Юбилеи городов", marker), props='<w:gridSpan w:val="4"/>'))
    rows += b.row("1.", "Омск", "310 лет", "8 августа")
    rows += b.row(b.cell(b.para("Дни городов"), props='<w:gridSpan w:val="4"/>'))
    rows += b.row("1.", "Минск", "959 лет", "14 сентября")
    body = b.title_paragraphs() + b.table(b.header_row(), rows) + b.signature() + b.para("¹ Даты ОРИЕНТИРОВОЧНО")
    plan = _plan(tmp_path, body)
    assert [(i.section, i.approximate) for i in plan.records] == [("Юбилеи городов", True), ("Дни городов", False)]
    assert plan.document.footnotes == ["Даты ОРИЕНТИРОВОЧНО"]


def test_a_plan_framed_by_a_one_cell_table_is_read(tmp_path: Path) -> None:
    # The whole page (title, plan, signature) inside a bordered frame: the frame holds a table
    # longer than itself, so it lays out the page and is no plan table.
    rows = b.row("1.", "Форум", b.cell("Казань", "май"), "") + b.row("2.", "Съезд", b.cell("Омск", "июнь"), "")
    inside = _simple(rows).replace("</w:tbl>", "</w:tbl><w:p/>")  # a cell ends with a paragraph
    plan = _plan(tmp_path, b.table(b.row(b.cell(inside)), columns=1))
    assert [(i.number, i.title, i.place, i.date_text) for i in plan.records] == [
        (1, "Форум", "Казань", "май"),
        (2, "Съезд", "Омск", "июнь"),
    ]
    assert plan.document.title == " ".join(b.TITLE)
    assert plan.document.signatory == magplan.model.Signatory("Генеральный директор МАГ", "Ю.Н. Васюнькин")


def test_a_short_plan_whose_cell_holds_a_list_as_long_is_no_frame(tmp_path: Path) -> None:
    # Two items, the second listing three cities in a table of its own: three rows each.
    cities = b.table(b.row("Минск") + b.row("Астана") + b.row("Ереван"), columns=1)
    rows = b.row("1.", "Форум", b.cell("Казань", "май"), "") + b.row(
        "2.", b.cell(b.para("Заседание с участием городов:"), cities), b.cell("Омск", "июнь"), ""
    )
    plan = _plan(tmp_path, _simple(rows))
    assert [(i.number, i.place, i.date_text) for i in plan.records] == [(1, "Казань", "май"), (2, "Омск", "июнь")]
    # The nested table's rows are the item's listed members (no text lost, no item of their own).
    assert (plan.records[1].title, plan.records[1].members) == (
        "Заседание с участием городов",
        ["Минск", "Астана", "Ереван"],
    )


def test_an_event_under_a_jubilee_heading_keeps_its_cells(tmp_path: Path) -> None:
    # «Юбилейные мероприятия» makes the kind «anniversary», but its rows are events, not
    # `№ | city | age | date`: no age, a title longer than a city's name.
    rows = (
        b.section_row("Юбилейные мероприятия")
        + b.row("1.", "Торжественное собрание к 30-летию Ассоциации", b.cell("Москва", "май"), "Организатор: МАГ")
        + b.section_row("Юбилеи городов")
        + b.row("2.", "Нижний Новгород", "805 лет", "июль")
        + b.row("3.", "Великий Новгород", "", "сентябрь")
    )
    items = _plan(tmp_path, _simple(rows)).records
    event, city, unaged = items
    assert event.kind == "anniversary"
    assert (event.title, event.place, event.date_text, event.organizers) == (
        "Торжественное собрание к 30-летию Ассоциации",
        "Москва",
        "май",
        ["МАГ"],
    )
    assert (city.title, city.place, city.age_years, city.date_text) == (
        "Нижний Новгород",
        "Нижний Новгород",
        805,
        "июль",
    )
    assert (unaged.place, unaged.age_years, unaged.date_text) == ("Великий Новгород", None, "сентябрь")


def test_nested_table_text_is_kept(tmp_path: Path) -> None:
    nested = b.table(b.row("Москва", "май"), columns=2)
    item = _plan(tmp_path, _simple(b.row("1.", "Форум", b.cell(b.para(""), nested), ""))).records[0]
    assert item.place == "Москва" and item.date_text == "май"


def test_a_table_nested_in_the_event_cell_lists_its_members(tmp_path: Path) -> None:
    """The event's cell: its name, then a table of the bodies taking part (one a row): the rows
    are the item's listed sub-items (SCHEMA `members`), nothing of them in the title and no
    item of their own.  A nested table that opens the cell gives its first row as the name.  A
    nested row is one sub-item though a cell of it holds two paragraphs (as a page's «<br>»)."""
    nested = b.table(b.row("ВАРМСУ"), b.row("АГП"), b.row("АСДГ"), columns=1)
    event = b.cell(b.para("Участие в собраниях объединений:"), nested)
    two = b.cell(b.para("11:00"), b.para("зал 2"))
    alone = b.table(b.row("Форум", "мэров"), b.row("Секция 1", "10:00"), b.row("Секция 2", two), columns=2)
    rows = b.row("1.", event, "май", "Организатор: МАГ") + b.row("2.", b.cell(alone), "июнь", "")
    first, second = _plan(tmp_path, _simple(rows)).records
    assert (first.title, first.members, first.organizers) == (
        "Участие в собраниях объединений",
        ["ВАРМСУ", "АГП", "АСДГ"],
        ["МАГ"],
    )
    assert (second.number, second.title, second.members, second.date_text) == (
        2,
        "Форум мэров",
        ["Секция 1 10:00", "Секция 2 11:00 зал 2"],
        "июнь",
    )


def test_separate_place_and_date_columns_and_responsible(tmp_path: Path) -> None:
    header = b.header_row(("№", "Наименование мероприятия", "Место проведения", "Срок проведения", "Ответственные"))
    rows = b.row("1.", "Совет МАГ", "Минск", "15-16 апреля", "Отдел А")
    body = b.title_paragraphs() + b.table(header, rows, columns=5) + b.signature()
    item = _plan(tmp_path, body).records[0]
    assert (item.place, item.date_text, item.date_precision, item.responsible) == (
        "Минск",
        "15-16 апреля",
        "day",
        "Отдел А",
    )


def test_unknown_column_is_kept_in_the_note(tmp_path: Path) -> None:
    header = b.header_row(("№ п/п", "Мероприятия", "Место, дата", "Примечание", "Бюджет"))
    rows = b.row("1.", "Форум", "Москва, май", "Организатор: МАГ", "100 тыс.")
    item = _plan(tmp_path, b.title_paragraphs() + b.table(header, rows, columns=5)).records[0]
    assert item.note == "Организатор: МАГ\nБюджет: 100 тыс."
    assert item.organizers == ["МАГ"]


def test_sections_as_separate_tables_with_headings_between(tmp_path: Path) -> None:
    body = (
        b.title_paragraphs()
        + b.para("I. Международные мероприятия")
        + b.table(b.header_row(), b.row("1.", "Сессия", "Москва, июнь", ""))
        + b.para("II. Информационная деятельность")
        + b.table(b.row("2.", "Вестник", "ежеквартально", ""))
        + b.signature()
    )
    records = _plan(tmp_path, body).records
    assert [(i.kind, i.section, i.number) for i in records] == [
        ("event", "Международные мероприятия", 1),
        ("information", "Информационная деятельность", 2),
    ]


def test_approval_block_and_borderless_signature_table(tmp_path: Path) -> None:
    approval = "".join(
        b.para(line)
        for line in ("УТВЕРЖДАЮ", "Президент Ассамблеи", "_______________ И.П. Соколов", "«25» декабря 2024 г.")
    )
    signature = b.table(b.row("Генеральный директор", "А.Б. Иванов"), borders=False, columns=2)
    body = approval + b.title_paragraphs() + b.table(b.header_row(), b.row("1.", "Сессия", "июнь", "")) + signature
    doc = _plan(tmp_path, body).document
    assert doc.approval == magplan.model.Approval("Президент Ассамблеи", "И.П. Соколов", "«25» декабря 2024 г.")
    assert doc.signatory == magplan.model.Signatory("Генеральный директор", "А.Б. Иванов")


def test_approval_block_without_a_date_line_leaves_the_title_alone(tmp_path: Path) -> None:
    approval = "".join(b.para(line) for line in ("УТВЕРЖДАЮ", "Председатель Совета МАГ", "_______ И.П. Соколов"))
    body = (
        approval
        + b.para("План мероприятий МАГ на 2027 год")
        + b.table(b.header_row(), b.row("1.", "Сессия", "июнь", ""))
    )
    plan = _plan(tmp_path, body)
    assert plan.document.approval == magplan.model.Approval("Председатель Совета МАГ", "И.П. Соколов", None)
    assert (plan.document.title, plan.document.year) == ("План мероприятий МАГ на 2027 год", 2027)
    assert plan.records[0].date_start == dt.date(2027, 6, 1)


def test_footnote_marker_after_the_date_in_a_place_and_date_cell(tmp_path: Path) -> None:
    marker = b.run("1", '<w:vertAlign w:val="superscript"/>')
    rows = b.row("1.", "Форум", b.cell(b.para("III кв.", marker)), "") + b.row("2.", "Совет", b.cell("Январь*"), "")
    body = _simple(rows, after=b.para("¹ Сроки указаны ориентировочно") + b.para("* По согласованию"))
    first, second = _plan(tmp_path, body).records
    assert (first.place, first.date_text, first.date_precision, first.approximate) == (None, "III кв.", "quarter", True)
    assert (second.place, second.date_text, second.date_precision, second.approximate) == (
        None,
        "Январь",
        "month",
        False,
    )


def test_city_table_with_its_own_header(tmp_path: Path) -> None:
    body = (
        b.title_paragraphs()
        + b.table(b.header_row(), b.row("1.", "Сессия", "Москва, июнь", ""))
        + b.para("Юбилеи городов")
        + b.table(b.header_row(("№ п/п", "Город", "Лет", "Дата")), b.row("1.", "Омск", "310 лет", "8 августа"))
    )
    records = _plan(tmp_path, body).records
    assert [(i.kind, i.number, i.title, i.age_years, i.date_text) for i in records] == [
        ("event", 1, "Сессия", None, "июнь"),
        ("anniversary", 1, "Омск", 310, "8 августа"),
    ]


def test_two_level_header_with_merged_cells(tmp_path: Path) -> None:
    top, below = '<w:vMerge w:val="restart"/>', "<w:vMerge/>"
    header = b.row(
        b.cell("№ п/п", props=top),
        b.cell("Мероприятия", props=top),
        b.cell("Место и сроки проведения", props='<w:gridSpan w:val="2"/>'),
        b.cell("Примечание", props=top),
        header=True,
    )
    header += b.row(b.cell("", props=below), b.cell("", props=below), "Место", "Срок", b.cell("", props=below))
    body = b.title_paragraphs() + b.table(header, b.row("1.", "Сессия", "Москва", "июнь", ""), columns=5)
    item = _plan(tmp_path, body).records[0]
    assert (item.number, item.place, item.date_text, item.note) == (1, "Москва", "июнь", None)


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (("Календарный план мероприятий МАГ на 2027 г.",), "Календарный план мероприятий МАГ на 2027 г."),
        (("Перспективный план мероприятий", "на 2027 год"), "Перспективный план мероприятий на 2027 год"),
    ],
)
def test_title_that_opens_with_a_word_before_plan(tmp_path: Path, lines: tuple[str, ...], title: str) -> None:
    body = b.title_paragraphs(lines) + b.table(b.header_row(), b.row("1.", "Сессия", "июнь", ""))
    assert (_plan(tmp_path, body).document.title, _plan(tmp_path, body).document.year) == (title, 2027)


def test_approval_head_word_in_quotes(tmp_path: Path) -> None:
    approval = "".join(b.para(line) for line in ("«УТВЕРЖДАЮ»", "Президент МАГ", "________ И.П. Соколов", "25.12.2026"))
    body = approval + b.title_paragraphs() + b.table(b.header_row(), b.row("1.", "Сессия", "июнь", ""))
    assert _plan(tmp_path, body).document.approval == magplan.model.Approval(
        "Президент МАГ", "И.П. Соколов", "25.12.2026"
    )


def test_repeated_header_row_is_not_an_item(tmp_path: Path) -> None:
    rows = b.row("1.", "Сессия", "июнь", "") + b.header_row() + b.row("2.", "Форум", "июль", "")
    assert [i.number for i in _plan(tmp_path, _simple(rows)).records] == [1, 2]


def test_unparsed_date_is_a_warning_not_an_error(tmp_path: Path) -> None:
    plan = _plan(tmp_path, _simple(b.row("1.", "Форум", "когда-нибудь", "")))
    assert plan.records[0].date_start is None
    assert [(w.code, w.item) for w in plan.warnings] == [("unparsed_date", 0)]


def test_heading_row_with_a_roman_number_is_a_section(tmp_path: Path) -> None:
    rows = b.row("I.", "Международные мероприятия", "", "") + b.row("1.", "Сессия", "июнь", "")
    rows += b.row("II.", "Информационная работа", "", "") + b.row("2.", "Вестник", "ежемесячно", "")
    records = _plan(tmp_path, _simple(rows)).records
    assert [(i.section, i.kind, i.number) for i in records] == [
        ("Международные мероприятия", "event", 1),
        ("Информационная работа", "information", 2),
    ]


def test_lines_between_title_and_table_that_are_not_headings(tmp_path: Path) -> None:
    body = (
        b.title_paragraphs()
        + b.para("12.01.2026")
        + b.para("(утвержден решением Совета МАГ)")
        + b.table(b.header_row(), b.row("1.", "Сессия", "июнь", ""))
    )
    assert _plan(tmp_path, body).records[0].section == ""


def test_heading_between_title_and_table_is_the_first_section(tmp_path: Path) -> None:
    body = b.title_paragraphs() + b.para("I. Международные мероприятия")
    body += b.table(b.header_row(), b.row("1.", "Сессия", "июнь", ""))
    assert _plan(tmp_path, body).records[0].section == "Международные мероприятия"


def test_word_numbering_continues_across_tables_and_honours_start(tmp_path: Path) -> None:
    numbering = b.BULLET_NUMBERING.replace(
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="1"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="10"/></w:lvlOverride></w:num>',
    )

    def numbered(num_id: int) -> str:
        return b.cell(b.para(props=f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))

    body = (
        b.title_paragraphs()
        + b.table(b.header_row(), b.row(numbered(2), "Первое", "май", ""))
        + b.para("Информационная работа")
        + b.table(b.row(numbered(2), "Второе", "июнь", "") + b.row(numbered(3), "Десятое", "июль", ""))
    )
    plan = _plan(tmp_path, body, numbering=numbering)
    assert [i.number for i in plan.records] == [1, 2, 10]


def test_word_numbering_restart_carries_into_the_instances_after_it(tmp_path: Path) -> None:
    # LibreOffice's DOCX: every section restarts its list with an instance that overrides the start,
    # and each item after it has an instance of its own over the same abstract list, with no override.
    # Word and LibreOffice both print 1, 2 | 1, 2, 3 | 1: the count is the abstract list's.
    instances = "".join(
        f'<w:num w:numId="{n}"><w:abstractNumId w:val="1"/>'
        + ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if n in (5, 8) else "")
        + "</w:num>"
        for n in range(3, 9)
    )
    numbering = b.BULLET_NUMBERING.replace(
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' + instances,
    )

    def numbered(num_id: int, title: str) -> str:
        mark = b.cell(b.para(props=f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'))
        return b.row(mark, title, "май", "")

    rows = [numbered(2, "Первое"), numbered(2, "Второе"), numbered(5, "Третье"), numbered(6, "Четвёртое")]
    rows += [numbered(7, "Пятое"), numbered(8, "Шестое")]
    plan = _plan(tmp_path, b.title_paragraphs() + b.table(b.header_row(), *rows), numbering=numbering)
    assert [i.number for i in plan.records] == [1, 2, 1, 2, 3, 1]


def test_mht_part_with_a_charset_python_does_not_know_is_left_to_the_page_reader() -> None:
    # A web archive's part may name a charset Python lacks: its bytes go on as they are, no LookupError.
    mime = b'MIME-Version: 1.0\nContent-Type: text/html; charset="x-unknown-9"\n\n<p>plan</p>\n'
    assert docx_extract._mht_html(mime) == b"<p>plan</p>\n"
