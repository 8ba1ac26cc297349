"""Plans of other bodies (rule 16, rule 14): their column sets, section numbering,
sub-items «1.1», merged cells, lower-case titles, year ranges, LibreOffice HTML
lists, and the same plans through LibreOffice's .odt/.rtf/.doc/.html."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

import magplan
from magplan.assemble import assemble
from magplan.errors import NoPlanFound
from magplan.layout import Cell, Layout, Paragraph, Row, Table
from magplan.normalize.dates import parse_period
from magplan.normalize.sections import section_name
from magplan.requisites import plan_years
from tests.corpus import mismatches
from tests.gen import FAMILIES, Unavailable
from tests.gen._html_bodies import bodies_html
from tests.gen._pydocx import PyDocxStyle, write_plan_pydocx
from tests.gen._spec import expected_json
from tests.gen.bodies_shapes import family_spec
from tests.legacy_copies import needs_soffice

TITLE = Paragraph("План работы администрации города на 2027 год")


def _table(rows: list[list[Cell | str]]) -> Table:
    return Table([Row([c if isinstance(c, Cell) else Cell(c) for c in cells]) for cells in rows])


def _read(tmp_path: Path, rows: str, header: str) -> list[dict[str, Any]]:
    """The items of an HTML plan page with `header` and `rows`, as the JSON gives them."""
    page = (
        '<html><head><meta charset="utf-8"></head><body><p><b>План работы на 2027 год</b></p>'
        f'<table border="1">{header}{rows}</table></body></html>'
    )
    path = tmp_path / "plan.html"
    path.write_text(page, encoding="utf-8")
    items: list[dict[str, Any]] = magplan.read_plan(path).to_dict()["items"]
    return items


def test_a_numbered_row_over_its_sub_items_is_their_section() -> None:
    layout = Layout(
        [
            TITLE,
            _table(
                [
                    ["№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственные"],
                    ["1.", "Организационные мероприятия", "", ""],
                    ["1.1", "Заседание коллегии", "март", "Отдел культуры"],
                    ["1.2.", "Совещание", "май", ""],
                    ["2.", "Подготовка доклада", "июнь", "Пресс-служба"],
                ]
            ),
        ]
    )
    raw = assemble(layout)
    assert [(i.section, i.cells["number"], i.cells["title"]) for i in raw.items] == [
        ("Организационные мероприятия", "1.1", "Заседание коллегии"),
        ("Организационные мероприятия", "1.2.", "Совещание"),
        # A numbered row with its own date is an item, sub-items or not.
        ("Организационные мероприятия", "2.", "Подготовка доклада"),
    ]
    assert raw.tally.balanced and raw.tally.sections == 1 and raw.tally.items == 3


def test_a_numbered_row_without_sub_items_stays_an_item() -> None:
    layout = Layout(
        [
            TITLE,
            _table(
                [
                    ["№", "Мероприятие", "Дата"],
                    ["1.", "Общее собрание членов Ассоциации", ""],
                    ["2.", "Семинар", "май"],
                ]
            ),
        ]
    )
    assert [i.cells["title"] for i in assemble(layout).items] == ["Общее собрание членов Ассоциации", "Семинар"]


def test_unnumbered_rows_with_lower_case_titles_are_items(tmp_path: Path) -> None:
    header = "<tr><th>Наименование мероприятия</th><th>Срок</th><th>Ответственный</th></tr>"
    rows = (
        "<tr><td>Конкурс «Лучший служащий»</td><td rowspan='2'>март</td><td>Отдел кадров</td></tr>"
        "<tr><td>заседание рабочей группы</td><td>Отдел культуры</td></tr>"
        "<tr><td>проведение приема граждан</td><td>ежемесячно</td><td></td></tr>"
        "<tr><td><ul><li>для ветеранов</li></ul></td><td></td><td></td></tr>"
    )
    got = [(i["title"], i["date_text"], i["members"]) for i in _read(tmp_path, rows, header)]
    assert got == [
        ("Конкурс «Лучший служащий»", "март", []),
        ("заседание рабочей группы", "март", []),
        ("проведение приема граждан", "ежемесячно", ["для ветеранов"]),
    ]


def test_a_row_under_a_merged_date_is_no_heading(tmp_path: Path) -> None:
    header = "<tr><th>Мероприятия</th><th>Сроки</th></tr>"
    rows = (
        "<tr><td colspan='2'>Работа с кадрами</td></tr>"
        "<tr><td>Аттестация</td><td rowspan='2'>в течение года</td></tr>"
        "<tr><td>Повышение квалификации</td></tr>"
    )
    assert [(i["section"], i["title"], i["date_text"]) for i in _read(tmp_path, rows, header)] == [
        ("Работа с кадрами", "Аттестация", "в течение года"),
        ("Работа с кадрами", "Повышение квалификации", "в течение года"),
    ]


def test_a_group_header_may_hold_a_column_no_role_names(tmp_path: Path) -> None:
    header = (
        "<tr><td rowspan='2'>№ п/п</td><td rowspan='2'>Наименование мероприятия</td>"
        "<td colspan='2'>Сроки и место проведения</td><td colspan='2'>Исполнение</td></tr>"
        "<tr><td>Срок</td><td>Место</td><td>Ответственный</td><td>Отметка о выполнении</td></tr>"
    )
    rows = "<tr><td>1.</td><td>Форум</td><td>май</td><td>Казань</td><td>Отдел культуры</td><td></td></tr>"
    (item,) = _read(tmp_path, rows, header)
    assert (item["date_text"], item["place"], item["responsible"], item["note"]) == (
        "май",
        "Казань",
        "Отдел культуры",
        None,
    )


def test_libreoffice_html_list_items_in_a_cell_are_members(tmp_path: Path) -> None:
    header = "<tr><td><p>№</p></td><td><p>Мероприятие</p></td><td><p>Дата</p></td></tr>"
    rows = (
        "<tr valign='top'><td><p>\n\t\t\t1.</p></td><td><p>\n\t\t\tСеминар:</p>"
        "<ul>\n\t<li><p style='margin-bottom: 0cm'>для студентов</p>\n\t<li><p>для преподавателей</p>\n</ul></td>"
        "<td><p>\n\t\t\tмарт</p></td></tr>"
    )
    (item,) = _read(tmp_path, rows, header)
    assert (item["title"], item["members"]) == ("Семинар", ["для студентов", "для преподавателей"])


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Б. Работа с кадрами", "Работа с кадрами"),
        ("В) Информационное обеспечение", "Информационное обеспечение"),
        ("Раздел 2. Контроль", "Контроль"),
        ("iv. Контроль", "Контроль"),
        ("г. Москва", "г. Москва"),
        ("А.Б. Иванов и сотрудники", "А.Б. Иванов и сотрудники"),
    ],
)
def test_section_list_numbering_is_stripped(heading: str, name: str) -> None:
    assert section_name(heading) == name


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [("2026-2027 годы", "2026-01-01", "2027-12-31"), ("2026 - 2028 гг.", "2026-01-01", "2028-12-31")],
)
def test_a_range_of_years_is_one_period(text: str, start: str, end: str) -> None:
    span = parse_period(text, None)
    assert (str(span.start), str(span.end), span.precision, len(span.occurrences)) == (start, end, "year", 1)
    assert not parse_period("2027-2026 годы", None).recognized


@needs_soffice
def test_other_bodies_plans_through_libreoffice_are_read_exactly(tmp_path: Path) -> None:
    try:
        paths = FAMILIES["bodies_office"](tmp_path, 4, 3)  # one each: .odt, .rtf, .doc, .html
    except Unavailable as exc:
        pytest.skip(str(exc))
    assert sorted(p.suffix for p in paths) == [".doc", ".html", ".odt", ".rtf"]
    wrong = {}
    for path in paths:
        want = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))
        if problems := mismatches(want, magplan.read_plan(path).to_dict()):
            wrong[path.name] = problems[:5]
    assert wrong == {}


def test_a_section_table_opening_with_a_period_continues_the_plan() -> None:
    header = ["Наименование мероприятия", "Срок исполнения", "Ответственные"]
    layout = Layout(
        [
            TITLE,
            Paragraph("1. Работа с кадрами"),
            _table([header, ["Аттестация служащих", "март", "Отдел кадров"]]),
            Paragraph("2. Информационная деятельность"),
            _table([["Выпуск бюллетеня", "IV кв.", "Пресс-служба"]]),
            Paragraph("Директор департамента\tД.С. Морозов"),
        ]
    )
    raw = assemble(layout)
    assert [(i.section, i.cells["title"]) for i in raw.items] == [
        ("1. Работа с кадрами", "Аттестация служащих"),
        ("2. Информационная деятельность", "Выпуск бюллетеня"),
    ]
    assert raw.signatory is not None and raw.signatory.position == "Директор департамента"


def test_rows_numbered_as_sub_items_make_a_numbered_table() -> None:
    """A page break cut item «3.3.»: the rest of its title opens page 2 with a capital («Документы»),
    beside a date cell merged over the next row; in a table that numbers its rows (as «1.1.» does),
    an unnumbered row goes on with the item above."""
    header = ["№", "Наименование мероприятия", "Срок", "Место"]
    page_1 = _table([header, ["3.3.", "Обновление раздела", "05.01.2020", "Астана"]])
    page_2 = _table(
        [["", "«Документы» на портале", Cell("", merged_up=True), ""], ["3.4.", "Выпуск бюллетеня", "", "Уфа"]]
    )
    page_1.page, page_2.page = 1, 2
    for table in (page_1, page_2):
        for row in table.rows:
            row.page = table.page
    raw = assemble(Layout([TITLE, page_1, page_2]))
    assert [i.cells["title"] for i in raw.items] == ["Обновление раздела «Документы» на портале", "Выпуск бюллетеня"]


@pytest.mark.parametrize(
    ("bold", "titles"),
    [(True, ["Совещание", "Выпуск бюллетеня"]), (False, ["Совещание Работа с кадрами", "Выпуск бюллетеня"])],
)
def test_a_bold_lone_title_opening_a_page_is_a_section(bold: bool, titles: list[str]) -> None:
    """A page opens with a lone text in the event cell: the rest of the row above, unless the
    reader saw it set in bold where the items' titles are regular (a section row)."""
    header = ["№", "Наименование мероприятия", "Срок", "Место"]
    page_1 = _table([header, ["1.", "Совещание", "март", "Уфа"]])
    page_2 = _table([["", Cell("Работа с кадрами", bold=bold), "", ""], ["2.", "Выпуск бюллетеня", "май", "Уфа"]])
    for number, table in enumerate((page_1, page_2), 1):
        table.page = number
        for row in table.rows:
            row.page = number
    raw = assemble(Layout([TITLE, page_1, page_2]))
    assert [i.cells["title"] for i in raw.items] == titles
    assert raw.items[-1].section == ("Работа с кадрами" if bold else "")


def test_a_ruled_table_after_the_plan_is_warnings_not_the_signature() -> None:
    header = ["Наименование мероприятия", "Срок исполнения", "Ответственные"]
    ruled_rows = [Row([Cell(t) for t in ("Сводный отчет", "Отдел кадров", "Пресс-служба")])]
    layout = Layout(
        [
            TITLE,
            _table([header, ["Аттестация служащих", "март", "Отдел кадров"]]),
            Paragraph("Справочно"),  # not adjacent: the table does not continue the plan
            Table(ruled_rows, ruled=True),
            Paragraph("Директор департамента\tД.С. Морозов"),
        ]
    )
    raw = assemble(layout)
    skipped = [w.message for w in raw.warnings if w.code == "row_skipped"]
    assert len(skipped) == 1 and "Сводный отчет" in skipped[0] and raw.tally.balanced
    assert raw.signatory is not None and raw.signatory.name == "Д.С. Морозов"
    assert "Сводный" not in raw.signatory.position


@pytest.mark.parametrize(
    ("under", "position"),
    [
        # The position's last word wrapped under it, set apart by the PDF reader: it goes on.
        ("города", "Заместитель главы администрации города"),
        # A line of its own under the name (a site's share links): no part of the position.
        ("Поделиться", "Заместитель главы администрации"),
    ],
)
def test_a_page_read_by_geometry_ends_a_position_at_a_paragraph_that_does_not_go_on(under: str, position: str) -> None:
    header = ["Наименование мероприятия", "Срок исполнения", "Ответственные"]
    layout = Layout(
        [
            TITLE,
            _table([header, ["Аттестация служащих", "март", "Отдел кадров"]]),
            Paragraph("Заместитель главы администрации\tЕ.Н. Козлова"),
            Paragraph(under),
        ],
        page_count=1,
    )
    raw = assemble(layout)
    assert raw.signatory is not None and raw.signatory.name == "Е.Н. Козлова"
    assert raw.signatory.position == position


@pytest.mark.parametrize(
    "header",
    [
        "<tr><td>№ п/п</td><td>Наименование документа</td><td>Дата принятия</td><td>Номер</td></tr>",
        "<tr><td>№</td><td>Наименование организации</td><td>Адрес</td><td>Место нахождения</td></tr>",
        "<tr><td>День недели</td><td>Время</td><td>Название дисциплины</td><td>Аудитория</td></tr>",
        "<tr><td>№ п/п</td><td>Наименование товара</td><td>Срок годности</td><td>Цена</td></tr>",
    ],
)
def test_a_table_whose_names_are_no_events_is_no_plan(tmp_path: Path, header: str) -> None:
    rows = "<tr><td>1</td><td>Положение</td><td>12.01.2027</td><td>5</td></tr>" * 2
    with pytest.raises(NoPlanFound):
        _read(tmp_path, rows, header)


def test_a_number_column_numbered_by_a_word_list_with_sub_items(tmp_path: Path) -> None:
    """«1.» and «1.1.» printed by a two-level Word list (the cells' text empty): each level's
    count in its place, so sub-items stay items under the heading their number opens."""
    _, spec = family_spec("bodies_shapes", 8, 140)  # a plan with sections in the «№» cell over «1.1.»
    path = write_plan_pydocx(spec, tmp_path / "auto.docx", PyDocxStyle(auto_numbers=True))
    assert b'w:ilvl w:val="1"' in zipfile.ZipFile(path).read("word/document.xml")
    want = expected_json(spec, path.name, "docx")
    assert any(item["number"] is None for item in want["items"])
    assert mismatches(want, magplan.read_plan(path).to_dict()) == []


def test_word_web_page_cut_after_a_section_row_and_one_item(tmp_path: Path) -> None:
    """Word's web page of a plan whose «№» column has no header, numbers without a dot, the
    table cut after a section's row and its first item; a responsible cell of two lines (a
    `<br>`).  The number column is the plan's numbers, not a column for `note`."""
    _, spec = family_spec("bodies_shapes", 66, 9)
    path = tmp_path / "word.html"
    path.write_text(bodies_html(spec, "word"), encoding="utf-8")
    want = expected_json(spec, path.name, "html")
    assert [item["number"] for item in want["items"]] == [1, 2, 3, 4, 5]
    assert mismatches(want, magplan.read_plan(path).to_dict()) == []


def test_number_cells_numbered_by_an_ordered_list(tmp_path: Path) -> None:
    """Google Docs and LibreOffice print a «№» cell numbered by a list as an empty <li> of an
    <ol start="N">: the number a browser shows is the cell's text."""
    header = "<tr><td>№ п/п</td><td>Мероприятие</td><td>Срок</td></tr>"
    rows = (
        "<tr><td><ol start='1'><li><span></span></li></ol></td><td>Концерт</td><td>май</td></tr>"
        "<tr><td><ol start='2'><li><p><br></p></li></ol></td><td>Выставка:<ul><li>для детей</li></ul></td>"
        "<td>июнь</td></tr>"
        "<tr><td><ol start='5'><li value='7'></li></ol></td><td>Семинар</td><td>июль</td></tr>"
    )
    got = [(i["number"], i["title"], i["members"]) for i in _read(tmp_path, rows, header)]
    assert got == [(1, "Концерт", []), (2, "Выставка", ["для детей"]), (7, "Семинар", [])]


def test_a_first_column_without_a_header_that_numbers_the_rows(tmp_path: Path) -> None:
    header = "<tr><td></td><td>Наименование мероприятия</td><td>Дата</td><td>Ответственный</td></tr>"
    rows = (
        "<tr><td>1.</td><td colspan='3'>Массовые мероприятия</td></tr>"
        "<tr><td>1.1</td><td>Книжная выставка</td><td>январь</td><td>Иванова</td></tr>"
        "<tr><td>2.</td><td>Литературный вечер</td><td>21 марта</td><td>Петрова</td></tr>"
    )
    got = [(i["section"], i["number"], i["title"], i["note"]) for i in _read(tmp_path, rows, header)]
    assert got == [
        ("Массовые мероприятия", None, "Книжная выставка", None),
        ("Массовые мероприятия", 2, "Литературный вечер", None),
    ]


@pytest.mark.parametrize(
    ("heading", "years"),
    [
        ("на 2027/2028 учебный год", (2027, 2028)),
        ("на 2025/26 учебный год", (2025, 2026)),
        ("на 2025-26 гг.", (2025, 2026)),
    ],
)
def test_a_school_year_is_a_plan_of_two_years(heading: str, years: tuple[int, int]) -> None:
    assert plan_years(f"План воспитательной работы {heading}") == years


def test_an_event_cell_merged_over_two_numbered_rows_titles_both(tmp_path: Path) -> None:
    header = "<tr><td>№</td><td>Мероприятие</td><td>Срок</td><td>Место</td></tr>"
    rows = (
        "<tr><td>1.</td><td rowspan='2'>Выездное заседание Совета</td><td>март</td><td>Казань</td></tr>"
        "<tr><td>2.</td><td>сентябрь</td><td>Минск</td></tr>"
        "<tr><td>3.</td><td>Форум</td><td>май</td><td>Уфа</td></tr>"
    )
    got = [(i["number"], i["title"], i["date_text"], i["place"]) for i in _read(tmp_path, rows, header)]
    assert got == [
        (1, "Выездное заседание Совета", "март", "Казань"),
        (2, "Выездное заседание Совета", "сентябрь", "Минск"),
        (3, "Форум", "май", "Уфа"),
    ]


@pytest.mark.parametrize(
    ("block", "approval"),
    [
        (
            "УТВЕРЖДЕНО<br>Решением Ученого совета<br>(протокол от 26.12.2026 № 12)",
            ("Решением Ученого совета (протокол)", None, "26.12.2026", "12"),
        ),
        (
            "«УТВЕРЖДАЮ»<br>Директор ГБУК «Дом культуры»<br>___________ /А.В. Петров/<br>«___» __________ 2026 г.",
            ("Директор ГБУК «Дом культуры»", "А.В. Петров", "«___» __________ 2026 г.", None),
        ),
    ],
)
def test_approval_blocks_of_other_bodies(tmp_path: Path, block: str, approval: tuple[str | None, ...]) -> None:
    page = (
        f'<html><head><meta charset="utf-8"></head><body><p align="right">{block}</p>'
        "<p><b>План мероприятий на 2027 год</b></p><table border='1'><tr><td>№</td><td>Мероприятие</td>"
        "<td>Срок</td></tr><tr><td>1.</td><td>Форум</td><td>май</td></tr></table></body></html>"
    )
    path = tmp_path / "plan.html"
    path.write_text(page, encoding="utf-8")
    got = magplan.read_plan(path).to_dict()["document"]["approval"]
    assert (got["position"], got["name"], got["date_text"], got["number"]) == approval


def test_a_city_administrations_plan_in_its_own_wordings(tmp_path: Path) -> None:
    """One plan of the shapes city administrations print, read field by field as SCHEMA.md says:
    an annex mark over an act's approval with «N» as its number sign, a spaced-out «П Л А Н»
    whose heading goes on in lower case under its years, «Раздел 1.»/«2.1.» numbering, a
    marker run pointing at two footnotes, a numbered list of members punctuated as a
    sentence, organizers with «;», a month column, an unnamed column kept in the note, and a
    signature with «/подпись/» and a surname in capitals."""
    from tests import docx_builder as b

    header = ("№ п/п", "Наименование мероприятия", "Месяц", "Ответст-\nвенные", "Организаторы", "Форма отчета")
    body = (
        "".join(b.para(line) for line in ("Приложение к постановлению", "администрации города", "от 20.12.2026 N 1234"))
        + "".join(b.para(line) for line in ("УТВЕРЖДЕН", "постановлением администрации города", "от 20.12.2026 N 1234"))
        + b.title_paragraphs(("П Л А Н", "мероприятий на 2027 и 2028 годы", "по реализации молодежной политики"))
        + b.table(
            b.header_row(header),
            b.section_row("Раздел 1. Организационные мероприятия¹ ²", columns=6),
            b.row("1.", b.cell("Заседания советов:", "1. молодежного;", "2. общественного."), "март", "Отдел",
                  "МАГ; Правительство Москвы (ДВМС, ДГП)", "Протокол"),
            b.section_row("2.1. Информационная работа", columns=6),
            b.row("2.", "Выпуск бюллетеня «Культура XXI века»", "ежеквартально", "", "", ""),
            columns=6,
        )
        + b.para("¹ Сроки ориентировочные")
        + b.para("² По согласованию")
        + b.para("Глава администрации /подпись/ И.И. ПЕТРОВ")
    )  # fmt: skip
    plan = magplan.read_plan(b.write_docx(tmp_path / "plan.docx", body)).to_dict()
    document = plan["document"]
    assert document["title"] == "П Л А Н мероприятий на 2027 и 2028 годы по реализации молодежной политики"
    assert (document["year"], document["year_end"]) == (2027, 2028)
    assert document["approval"] == {
        "position": "постановлением администрации города",
        "name": None,
        "date_text": "20.12.2026",
        "number": "1234",
    }
    assert document["signatory"] == {"position": "Глава администрации", "name": "И.И. ПЕТРОВ"}
    assert document["footnotes"] == ["Сроки ориентировочные", "По согласованию"]
    first, second = plan["items"]
    assert (first["section"], first["kind"], first["title"]) == (
        "Организационные мероприятия",
        "event",
        "Заседания советов",
    )
    assert first["members"] == ["молодежного", "общественного"]
    assert (first["date_text"], first["responsible"], first["approximate"]) == ("март", "Отдел", True)
    assert first["organizers"] == ["МАГ", "Правительство Москвы (ДВМС, ДГП)"]
    assert first["note"] == "Организаторы: МАГ; Правительство Москвы (ДВМС, ДГП)\nФорма отчета: Протокол"
    assert (second["section"], second["kind"], second["edition"]) == ("Информационная работа", "information", None)
    assert (second["recurrence"], second["approximate"], second["note"]) == ("quarterly", False, None)


def test_a_web_page_plan_in_a_city_administrations_wordings(tmp_path: Path) -> None:
    """An HTML plan: an act's approval with «N» in a right-aligned block, raised markers after a
    heading, a title and a date, a list of members punctuated as a sentence, a merged
    «Ответственный» cell, and a city-day section numbered «II.»."""
    page = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Сайт администрации</title></head><body>
<div style="text-align:right">УТВЕРЖДЕН<br>распоряжением администрации<br>от 20.12.2024 N 55-р</div>
<h1>ПЛАН<br>мероприятий на 2025 год</h1>
<table border="1"><tr><th>№</th><th>Мероприятие</th><th>Дата проведения</th><th>Место проведения</th>
<th>Ответственный</th></tr>
<tr><td colspan="5"><b>I. Информационная работа<sup>1</sup></b></td></tr>
<tr><td>1.</td><td>Выпуск газеты<sup>*</sup></td><td>ежемесячно</td><td></td><td rowspan="2">Пресс-служба</td></tr>
<tr><td>2.</td><td>Участие в форуме:<ul><li>секция А;</li><li>секция Б.</li></ul></td><td>май<sup>2</sup></td>
<td>г. Москва</td></tr>
<tr><td colspan="5">II. Дни городов</td></tr>
<tr><td>3.</td><td>Казань</td><td>30 августа</td><td></td><td></td></tr>
</table>
<p><sup>1</sup> Раздел ведет пресс-служба</p><p><sup>2</sup> Сроки ориентировочные</p><p>* По согласованию</p>
<p>Глава администрации&nbsp;&nbsp;&nbsp;&nbsp; И.И. Иванов</p></body></html>"""
    path = tmp_path / "plan.html"
    path.write_text(page, encoding="utf-8")
    plan = magplan.read_plan(path).to_dict()
    document = plan["document"]
    assert (document["title"], document["year"]) == ("ПЛАН мероприятий на 2025 год", 2025)
    assert document["approval"] == {
        "position": "распоряжением администрации",
        "name": None,
        "date_text": "20.12.2024",
        "number": "55-р",
    }
    assert document["signatory"] == {"position": "Глава администрации", "name": "И.И. Иванов"}
    assert document["footnotes"] == ["Раздел ведет пресс-служба", "Сроки ориентировочные", "По согласованию"]
    fields = ("kind", "section", "title", "place", "date_text", "approximate", "members", "responsible")
    assert [tuple(item[f] for f in fields) for item in plan["items"]] == [
        ("information", "Информационная работа", "Выпуск газеты", None, "ежемесячно", False, [], "Пресс-служба"),
        ("information", "Информационная работа", "Участие в форуме", "г. Москва", "май", True,
         ["секция А", "секция Б"], "Пресс-служба"),
        ("city_day", "Дни городов", "Казань", "Казань", "30 августа", False, [], None),
    ]  # fmt: skip
    assert [item["participation"] for item in plan["items"]] == [False, True, False]
