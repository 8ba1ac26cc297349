"""Tables drawn with characters in plain text (`magplan.extract._text_tables`): a table ruled only
under its header joins a cell's wrapped lines as a table ruled between its rows does."""

from __future__ import annotations

from pathlib import Path

import pytest

import magplan
from magplan.errors import NoPlanFound
from tests.docx_builder import para, write_docx

_HEADER = ("| №  | Наименование мероприятия  | Срок  | Ответственные        |",)
_UNDER_HEADER = "|----|---------------------------|-------|----------------------|"
_FRAME = "+----+---------------------------+-------+----------------------+"
_ROWS = (
    (
        "| 1. | Международная научно-     | март  | Управление культуры  |",
        "|    | практическая конференция  |       | администрации города |",
    ),
    (
        "| 2. | Семинар городов:          | май   | Методический центр   |",
        "|    | - Москва                  |       |                      |",
        "|    | - Минск                   |       |                      |",
    ),
    (
        "| 3. | Фестиваль                 | июнь  | Отдел молодёжной     |",
        "|    |                           |       | политики             |",
    ),
)
_EXPECTED = [
    ("Международная научно-практическая конференция", [], "Управление культуры администрации города"),
    ("Семинар городов", ["Москва", "Минск"], "Методический центр"),
    ("Фестиваль", [], "Отдел молодёжной политики"),
]


def _read(tmp_path: Path, lines: list[str]) -> list[tuple[str, list[str], str | None]]:
    body = "\n".join(lines)
    page = f'<html><head><meta charset="utf-8"></head><body><p>План мероприятий на 2026 год</p><pre>{body}</pre>'
    path = tmp_path / "plan.html"
    path.write_text(page + "</body></html>", encoding="utf-8")
    return [(i["title"], i["members"], i["responsible"]) for i in magplan.read_plan(path).to_dict()["items"]]


@pytest.mark.parametrize("ruled", ["header-only", "every-row"])
def test_a_cells_wrapped_lines_join_alike_however_the_rows_are_ruled(tmp_path: Path, ruled: str) -> None:
    """Ruled under its header only, each line was a row: a wrapped line kept its break
    («Международная научно-\\nпрактическая конференция»); ruled between rows, a list of members
    was glued to the title («Семинар городов: - Москва - Минск»)."""
    if ruled == "header-only":
        lines = [*_HEADER, _UNDER_HEADER, *(line for group in _ROWS for line in group)]
    else:
        lines = [_FRAME, *_HEADER, _FRAME, *(line for group in _ROWS for line in (*group, _FRAME))]
    assert _read(tmp_path, lines) == _EXPECTED


_SPACED = """ПЛАН мероприятий Ассоциации городов на 2026 год

№   Наименование мероприятия          Срок        Место проведения
1.  Международная научно-             март        Москва
    практическая конференция
2.  Фестиваль городов                 май         Минск
3.  Семинар руководителей             сентябрь    Казань

Директор                              И.И. Иванов"""


def _pre(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "plan.html"
    path.write_text(f'<html><head><meta charset="utf-8"></head><body><pre>{text}</pre></body></html>', encoding="utf-8")
    return path


def test_a_plan_typed_with_spaces_between_its_columns_is_a_table(tmp_path: Path) -> None:
    """A plan pasted into a <pre> (a plain-text mail) with its columns set apart by runs of
    spaces: «no plan table found» before."""
    got = magplan.read_plan(_pre(tmp_path, _SPACED)).to_dict()
    assert [(i["number"], i["title"], i["place"], i["date_text"]) for i in got["items"]] == [
        (1, "Международная научно-практическая конференция", "Москва", "март"),
        (2, "Фестиваль городов", "Минск", "май"),
        (3, "Семинар руководителей", "Казань", "сентябрь"),
    ]
    assert got["document"]["title"] == "ПЛАН мероприятий Ассоциации городов на 2026 год"
    assert got["document"]["signatory"] == {"position": "Директор", "name": "И.И. Иванов"}


@pytest.mark.parametrize(
    "text",
    [
        # Columns that line up on two lines only, the header's among them.
        "План на 2026 год\n№   Мероприятие   Срок\n1.  Концерт       май",
        # A header that names no plan's columns (a price list).
        "План на 2026 год\n№   Наименование   Цена\n1.  Буклет         100\n2.  Плакат         200\n"
        "3.  Флаер          50",
        # Prose with double spaces after its sentences.
        "План на 2026 год.  Мероприятие  и срок  уточняются.\nСрок  сдачи  отчёта.  Место  встречи.\nИтоги  подведём.",
    ],
)
def test_text_that_lines_up_no_plan_table_stays_text(tmp_path: Path, text: str) -> None:
    with pytest.raises(NoPlanFound):
        magplan.read_plan(_pre(tmp_path, text))


def test_a_plain_text_plan_pasted_into_word_a_paragraph_a_line_is_a_table(tmp_path: Path) -> None:
    """The same plan pasted into Word, a paragraph a line, its spaces kept: «no plan table found» before."""
    body = "".join(para(line) for line in _SPACED.split("\n"))
    got = magplan.read_plan(write_docx(tmp_path / "plan.docx", body)).to_dict()
    assert [(i["number"], i["title"], i["place"], i["date_text"]) for i in got["items"]] == [
        (1, "Международная научно-практическая конференция", "Москва", "март"),
        (2, "Фестиваль городов", "Минск", "май"),
        (3, "Семинар руководителей", "Казань", "сентябрь"),
    ]
    assert got["document"]["signatory"] == {"position": "Директор", "name": "И.И. Иванов"}


def test_prose_with_double_spaces_pasted_into_word_stays_text(tmp_path: Path) -> None:
    lines = ("План на 2026 год", "№   Наименование   Цена", "1.  Буклет         100", "2.  Плакат         200")
    table = "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>"
    with pytest.raises(NoPlanFound):
        magplan.read_plan(write_docx(tmp_path / "plan.docx", "".join(para(line) for line in lines) + table))


_SPACED_SECTIONS = """ПЛАН мероприятий Ассоциации городов на 2026 год

№   Наименование мероприятия          Срок        Место проведения
1.  Фестиваль городов                 май         Минск
              Раздел 2. Спорт
2.  Кросс                             июнь        Казань
3.  Эстафета                          август      Москва"""


def test_a_heading_across_a_spaced_tables_columns_is_a_section_not_its_end(tmp_path: Path) -> None:
    """A section's heading centred over the columns lines up with none of them: the table ended
    there and the rows under it were lost (on a web page, with no warning at all)."""
    got = magplan.read_plan(_pre(tmp_path, _SPACED_SECTIONS)).to_dict()
    assert [(i["number"], i["section"], i["title"]) for i in got["items"]] == [
        (1, "", "Фестиваль городов"),
        (2, "Спорт", "Кросс"),
        (3, "Спорт", "Эстафета"),
    ]


_SPACED_OFF_INSIDE = """ПЛАН мероприятий Ассоциации городов на 2026 год

№   Наименование мероприятия          Срок        Место проведения
1.  Фестиваль городов                 май         Минск
2.  Кросс                               июнь      Казань
3.  Эстафета                          август      Москва"""
_SPACED_OFF_LAST = """ПЛАН мероприятий Ассоциации городов на 2026 год

№   Наименование мероприятия          Срок        Место проведения
1.  Фестиваль городов                 май         Минск
2.  Кросс                             июнь        Казань
3.  Эстафета                            август    Москва"""


@pytest.mark.parametrize("text", [_SPACED_OFF_INSIDE, _SPACED_OFF_LAST], ids=["inside", "last"])
def test_a_row_typed_a_few_spaces_off_its_columns_stays_in_the_table(tmp_path: Path, text: str) -> None:
    """A row whose date the typist set two spaces right lines up with no column: the table ended
    there and the rows from it on were lost from a web page with no warning."""
    got = magplan.read_plan(_pre(tmp_path, text)).to_dict()
    assert [(i["number"], i["title"], i["date_text"], i["place"]) for i in got["items"]] == [
        (1, "Фестиваль городов", "май", "Минск"),
        (2, "Кросс", "июнь", "Казань"),
        (3, "Эстафета", "август", "Москва"),
    ]


def test_the_paragraphs_round_a_plain_text_plan_pasted_into_word_stay_apart(tmp_path: Path) -> None:
    """The paragraphs under the table were read as one block, which set the position's two
    paragraphs beside the two names as cells do: «Генеральный директор» and a second signatory
    «Ассоциации П.П. Петров»."""
    signature = ["Генеральный директор", "Ассоциации", "И.И. Иванов", "П.П. Петров"]
    body = "".join(para(line) for line in [*_SPACED.split("\n")[:-1], *signature])
    got = magplan.read_plan(write_docx(tmp_path / "plan.docx", body)).to_dict()
    assert got["document"]["signatory"] == {"position": "Генеральный директор Ассоциации", "name": "И.И. Иванов"}
    assert len(got["items"]) == 3


_SPACED_RUN_ON = """ПЛАН мероприятий Ассоциации городов на 2026 год

№   Наименование мероприятия          Срок        Место проведения
1.  Фестиваль городов                 май         Минск
2.  Семинар руководителей             сентябрь    Казань
    муниципальных образований и их заместителей
* Сроки уточняются.

Директор                              И.И. Иванов"""


def test_the_last_rows_title_going_on_wider_than_its_column_is_its_rest(tmp_path: Path) -> None:
    """The last row's title goes on in a line wider than its column, no row after it: the table
    ended above it, and the line was read into the signatory's position."""
    body = "".join(para(line) for line in _SPACED_RUN_ON.split("\n"))
    got = magplan.read_plan(write_docx(tmp_path / "plan.docx", body)).to_dict()
    assert [(i["number"], i["title"], i["place"]) for i in got["items"]] == [
        (1, "Фестиваль городов", "Минск"),
        (2, "Семинар руководителей муниципальных образований и их заместителей", "Казань"),
    ]
    assert got["document"]["footnotes"] == ["Сроки уточняются."]
    assert got["document"]["signatory"] == {"position": "Директор", "name": "И.И. Иванов"}
