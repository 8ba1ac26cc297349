"""Which tables are a plan, and what every row of them becomes (SCHEMA rules 14 and 16, issue 9.5).

Format-independent rules of `magplan.assemble`, exercised through DOCX and HTML
files and through hand-made layouts.  The conftest fixture checks the row
tally of every plan read here.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import magplan
import magplan.messages
from magplan.assemble import assemble
from magplan.errors import NoPlanFound
from magplan.layout import Cell, Layout, Paragraph, Row, Table
from magplan.model import Approval, Signatory
from tests import docx_builder as b


def _docx(tmp_path: Path, body: str) -> magplan.Plan:
    return magplan.read_plan(b.write_docx(tmp_path / "plan.docx", body))


def _html(tmp_path: Path, body: str) -> magplan.Plan:
    path = tmp_path / "plan.html"
    path.write_text(f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{body}</body></html>', "utf-8")
    return magplan.read_plan(path)


def _warnings(plan: magplan.Plan, code: str) -> list[str]:
    return [w.message for w in plan.warnings if w.code == code]


# -- rule 14: a table continued without its header ---------------------------------


_HEAD_RULE = '<w:tcBorders><w:bottom w:val="single" w:sz="4"/></w:tcBorders>'


def test_a_rule_under_the_header_only_draws_the_table_as_its_unruled_rest_is(tmp_path: Path) -> None:
    """pandoc's RTF (read through LibreOffice) draws only a rule under the header row; the table's
    rest after a page break, printed without the header, has no rule at all.  Both parts are drawn
    alike, so the rest continues the plan (rule 14), its rows items, not skipped rows."""
    ruled_head = b.row(*(b.cell(text, props=_HEAD_RULE) for text in ("№", "Мероприятие", "Срок", "Ответственный")))
    first = b.table(ruled_head, b.row("1.", "Концерт", "январь", "Иванов"), borders=False)
    rest = b.table(b.row("2.", "Выставка", "март", "Петров"), b.row("3.", "Лекция", "май", "Сидоров"), borders=False)
    page_break = b.para('<w:r><w:br w:type="page"/></w:r>')
    plan = _docx(tmp_path, b.title_paragraphs() + first + page_break + rest + b.signature())
    assert [(i.number, i.title) for i in plan.records] == [(1, "Концерт"), (2, "Выставка"), (3, "Лекция")]
    assert _warnings(plan, "row_skipped") == []


def test_a_header_whose_spans_were_written_as_empty_cells_has_two_levels(tmp_path: Path) -> None:
    """A writer that cannot merge cells (pandoc's RTF) prints «Срок проведения (квартал)» in the
    group's first column and leaves the others empty over «I | II | III | IV»: the two rows are
    one header, the quarters a period grid (the second row no skipped row)."""
    head = b.row("№", "Мероприятие", "Срок проведения (квартал)", "", "", "", "Ответственный")
    sub = b.row("", "", "I", "II", "III", "IV", "")
    rows = b.row("1.", "Смотр", "+", "", "+", "", "Иванов") + b.row("2.", "Поход", "", "", "", "+", "Петров")
    plan = _docx(tmp_path, b.title_paragraphs() + b.table(head, sub, rows, columns=7) + b.signature())
    assert [(i.title, i.date_text, i.responsible) for i in plan.records] == [
        ("Смотр", "I квартал, III квартал", "Иванов"),
        ("Поход", "IV квартал", "Петров"),
    ]
    assert _warnings(plan, "row_skipped") == []


def test_an_empty_header_cell_joins_no_group_where_nothing_is_named_under_it() -> None:
    """Only the empty cells over columns that the row below names join the group before them: a
    last column with no header and nothing under it stays a column of its own."""
    from magplan.assemble import _respanned

    top = _row("№", "Мероприятие", "Срок", "", "", "")
    spread = _respanned(top, _row("", "", "начало", "окончание", "", ""))
    assert spread is not None and [(c.text, c.colspan) for c in spread.cells] == [
        ("№", 1),
        ("Мероприятие", 1),
        ("Срок", 2),
        ("", 1),
        ("", 1),
    ]
    # A data row under the header names nothing under the empty cells: no group.
    assert _respanned(top, _row("1.", "Концерт", "май", "", "", "")) is None
    assert _respanned(_row("№", "Мероприятие", "Срок", "Место"), _row("", "", "с", "по")) is None


def test_a_date_column_beside_a_place_and_date_column_is_read_with_it(tmp_path: Path) -> None:
    """«Место и сроки проведения» over «Место | Срок», read with the sub-header's «Место» in the
    upper row (a browser's print of a borderless table): a «Место и сроки» column and a «Срок»
    column.  The two cells are read as the one cell a reader sees; the date is not dropped."""
    head = b.row("№", "Мероприятие", "Место и сроки проведения", "Срок", "Примечание")
    rows = b.row("1.", "Форум", "Дом Правительства Москвы", "в течение IV квартала", "")
    rows += b.row("2.", "Сессия", "", "август–сентябрь", "")
    rows += b.row("3.", "Выставка", "Казань, июнь", "", "")
    plan = _docx(tmp_path, b.title_paragraphs() + b.table(head, rows, columns=5) + b.signature())
    assert [(i.title, i.place, i.date_text) for i in plan.records] == [
        ("Форум", "Дом Правительства Москвы", "в течение IV квартала"),
        ("Сессия", None, "август–сентябрь"),
        ("Выставка", "Казань", "июнь"),
    ]


def test_docx_table_split_without_header_continues_the_plan(tmp_path: Path) -> None:
    """Word splits a long table in three; the later ones have no header: the
    second holds only the rest of item 2 (its members), the third a section."""
    merged = '<w:vMerge w:val="restart"/>'
    first = b.table(
        b.header_row(),
        b.section_row("Мероприятия МАГ"),
        b.row("1.", "Сессия МАГ", b.cell("Москва", "июнь"), ""),
        b.row(b.cell("2.", props=merged), b.cell("Участие в собраниях:", "• ВАРМСУ"), "", ""),
    )
    second = b.table(b.row(b.cell("", props="<w:vMerge/>"), b.cell("• АГП", "• АГУ"), "", ""))
    third = b.table(b.section_row("Информационная деятельность"), b.row("3.", "Вестник МАГ", "ежеквартально", ""))
    body = b.title_paragraphs() + first + b.para("") + second + b.para("") + third + b.signature()
    plan = _docx(tmp_path, body)
    assert [(i.number, i.kind, i.title, i.members) for i in plan.records] == [
        (1, "event", "Сессия МАГ", []),
        (2, "event", "Участие в собраниях", ["ВАРМСУ", "АГП", "АГУ"]),
        (3, "information", "Вестник МАГ", []),
    ]
    assert _warnings(plan, "row_skipped") == []


def test_a_list_items_bullet_in_the_number_column_at_a_pages_head_stays_the_items() -> None:
    """A Word page printed by Chromium without rules: the event's list runs on to the next page,
    whose part is read with the header's columns, its bullet left of the event's column («·» |
    «АСДГ»).  The row goes on the list as its item, not glued to the item above («АГУ АСДГ»)."""
    from magplan.normalize.items import build_plan

    header = ("№", "Наименование мероприятия", "Срок проведения", "Ответственные")
    first = Table([_row(*header), _row("5.", "Актуализация базы данных\n· ВАРМСУ\n· АГУ", "5 июня", "Секретарь")])
    second = Table([_row("·", "АСДГ", "", "")])
    for table, page in ((first, 1), (second, 2)):
        for row in table.rows:
            row.page = page
    raw = assemble(Layout([Paragraph("План мероприятий на 2031 год"), first, second]))
    items = build_plan(raw, "plan.pdf", "pdf").to_dict()["items"]
    assert [(i["title"], i["members"]) for i in items] == [("Актуализация базы данных", ["ВАРМСУ", "АГУ", "АСДГ"])]
    assert raw.tally.balanced


def test_a_list_going_on_at_a_pages_head_beside_its_notes_rest_stays_the_items() -> None:
    """A LibreOffice print, ruled, no «№», the header repeated: an event's list runs on to the
    next page («• для ветеранов» / «• для студентов») beside its note's second paragraph
    («Организаторы: …», in capitals), no date or place of its own: the event's, not an event
    named «• для студентов».  A row there with a date of its own is an event's."""
    from magplan.normalize.items import build_plan

    header = ("Тема", "Дата", "Место проведения", "Примечание")
    first = Table([_row(*header), _row("Выставка-ярмарка:\n• для ветеранов", "июнь", "Уфа", "Совместно с профсоюзом")])
    second = Table([_row(*header), _row("• для студентов", "", "", "Организаторы: МАГ"), _row("Форум", "май", "", "")])
    for table, page in ((first, 1), (second, 2)):
        for row in table.rows:
            row.page = page
    raw = assemble(Layout([Paragraph("План мероприятий на 2031 год"), first, second]))
    items = build_plan(raw, "plan.pdf", "pdf").to_dict()["items"]
    assert [(i["title"], i["members"], i["organizers"]) for i in items] == [
        ("Выставка-ярмарка", ["для ветеранов", "для студентов"], ["МАГ"]),
        ("Форум", [], []),
    ]
    assert raw.tally.balanced
    second.rows[1] = _row("• для студентов", "октябрь", "", "Организаторы: МАГ")
    second.rows[1].page = 2
    raw = assemble(Layout([Paragraph("План мероприятий на 2031 год"), first, second]))
    assert len(raw.items) == 3


def test_a_header_printed_again_with_a_word_misread_keeps_the_plans_columns() -> None:
    """A scan of Calc's print, the header repeated on page 2, its «Дата» read «Hara»: the header
    named a column of notes there, and every date of the page was read as a note («Hara: 7
    августа»).  A later header as wide as the plan's that reads as it does (its letters) is the
    plan's printed again; one that names another column («Срок исполнения») is its own."""
    from magplan.normalize.items import build_plan

    header = ("№ п/п", "Наименование мероприятия", "Дата", "Место проведения", "Ответственный")
    first = Table([_row(*header), _row("1", "Рождественский концерт", "7 января", "Дом культуры", "Морозова Л.А.")])
    misread = ("№ п/п", "Наименование мероприятия", "Hara", "Место проведения", "Ответственный")
    second = Table([_row(*misread), _row("2", "Новогодний бал", "21 декабря", "Зал «Юность»", "Морозова Л.А.")])
    for table, page in ((first, 1), (second, 2)):
        for row in table.rows:
            row.page = page
    raw = assemble(Layout([Paragraph("План мероприятий на 2031 год"), first, second]))
    items = build_plan(raw, "plan.pdf", "pdf").to_dict()["items"]
    assert [(i["date_text"], i["note"]) for i in items] == [("7 января", None), ("21 декабря", None)]
    assert raw.tally.balanced
    other = ("№ п/п", "Наименование мероприятия", "Срок исполнения", "Место проведения", "Примечание")
    second.rows[0] = _row(*other)
    second.rows[0].page = 2
    raw = assemble(Layout([Paragraph("План мероприятий на 2031 год"), first, second]))
    assert build_plan(raw, "plan.pdf", "pdf").to_dict()["items"][1]["note"] == "Морозова Л.А."


def test_html_table_split_without_header_continues_the_plan(tmp_path: Path) -> None:
    header = "<tr><td>№</td><td>Наименование мероприятия</td><td>Срок исполнения</td><td>Ответственные</td></tr>"
    first = f'<table border="1">{header}<tr><td>1</td><td>Отчет</td><td>март</td><td>Секретарь</td></tr></table>'
    rest = '<table border="1"><tr><td></td><td>о работе Комиссии</td><td></td><td>Председатель</td></tr></table>'
    plan = _html(tmp_path, f"<p>План работы Комиссии на 2027 год</p>{first}<p>&nbsp;</p>{rest}<p>А.Б. Иванов</p>")
    assert [(i.number, i.title, i.responsible) for i in plan.records] == [
        (1, "Отчет\nо работе Комиссии", "Секретарь\nПредседатель"),
    ]


def test_a_table_of_the_same_width_with_its_own_header_is_not_a_continuation(tmp_path: Path) -> None:
    plan_table = b.table(b.header_row(), b.row("1.", "Сессия МАГ", "июнь", ""))
    sign_off = b.table(b.row("№", "ФИО", "Должность", "Подпись"), b.row("1", "А.Б. Иванов", "Директор", ""))
    plan = _docx(tmp_path, b.title_paragraphs() + plan_table + b.para("") + sign_off)
    assert [i.title for i in plan.records] == ["Сессия МАГ"]


def test_unnumbered_plan_with_sections_as_tables(tmp_path: Path) -> None:
    header = b.header_row(("Наименование мероприятия", "Срок", "Место проведения", "Ответственный"))
    body = (
        b.title_paragraphs()
        + b.para("Заседания")
        + b.table(header, b.row("Заседание Совета", "март", "Москва", "Секретариат"))
        + b.para("Информационная деятельность")
        + b.table(b.row("Вестник МАГ", "ежеквартально", "", "Редакция"))
        + b.signature()
        + b.para("ЛИСТ СОГЛАСОВАНИЯ")
        + b.table(b.row("Должность", "ФИО", "Подпись", "Дата"), b.row("Директор", "А.Б. Иванов", "", ""))
    )
    plan = _docx(tmp_path, body)
    assert [(i.kind, i.section, i.number, i.title) for i in plan.records] == [
        ("event", "Заседания", None, "Заседание Совета"),
        ("information", "Информационная деятельность", None, "Вестник МАГ"),
    ]


def test_a_row_whose_words_name_columns_is_still_an_item(tmp_path: Path) -> None:
    """«Событийный» holds «событи», «Место уточняется» names a place: words of a header,
    but a row under numbered rows (or holding a number) is data."""
    body = (
        b.title_paragraphs()
        + b.table(b.header_row(), b.row("1.", "Сессия МАГ", "июнь", ""))
        + b.para("Мероприятия с участием МАГ")
        + b.table(
            b.row("1.", "Форум", "май", ""),
            b.row("", "Круглый стол «Событийный туризм»", "Место уточняется", ""),
            b.row("2.", "Круглый стол «Событийный туризм»", "Место уточняется", "Организатор: МАГ"),
        )
    )
    plan = _docx(tmp_path, body)
    assert [(i.section, i.number, i.title) for i in plan.records] == [
        ("", 1, "Сессия МАГ"),
        ("Мероприятия с участием МАГ", 1, "Форум\nКруглый стол «Событийный туризм»"),
        ("Мероприятия с участием МАГ", 2, "Круглый стол «Событийный туризм»"),
    ]


def test_lines_of_a_cell_are_never_a_section(tmp_path: Path) -> None:
    """A row with only the responsible cell filled goes on with the item above."""
    header = b.header_row(("№", "Наименование мероприятия", "Срок", "Ответственные"))
    rows = b.row("1.", "Форум городов", "май", "Начальник СЭОГС") + b.row("", "", "", "Бишкек")
    rows += b.row("2.", "Сессия", "июнь", "Секретариат")
    plan = _docx(tmp_path, b.title_paragraphs() + b.table(header, rows))
    assert [(i.section, i.title, i.responsible) for i in plan.records] == [
        ("", "Форум городов", "Начальник СЭОГС\nБишкек"),
        ("", "Сессия", "Секретариат"),
    ]


def test_unnumbered_table_continuation_rows_are_not_items(tmp_path: Path) -> None:
    header = b.header_row(("Мероприятие", "Дата проведения", "Место проведения"))
    rows = b.row("Форум городов:", "май", "Москва") + b.row("• секция «Транспорт»", "", "")
    rows += b.row("Сессия МАГ", "июнь", "Минск")
    plan = _docx(tmp_path, b.title_paragraphs() + b.table(header, rows, columns=3))
    assert [(i.number, i.title, i.members) for i in plan.records] == [
        (None, "Форум городов", ["секция «Транспорт»"]),
        (None, "Сессия МАГ", []),
    ]


# -- rule 14: rows that are no part of the plan are warnings, never lost ------------


def test_row_above_the_header_is_a_row_skipped_warning(tmp_path: Path) -> None:
    caption = b.row(b.cell("Таблица 1. Мероприятия", props='<w:gridSpan w:val="4"/>'))
    table = b.table(caption, b.header_row(), b.row("1.", "Сессия МАГ", "июнь", ""))
    plan = _docx(tmp_path, b.title_paragraphs() + table)
    assert [i.title for i in plan.records] == ["Сессия МАГ"]
    assert [m for m in _warnings(plan, "row_skipped") if "Таблица 1. Мероприятия" in m]


def test_heading_printed_as_the_tables_first_row_is_the_title(tmp_path: Path) -> None:
    heading = b.row(b.cell("ПЛАН", "мероприятий Комиссии", "на 2027 год", props='<w:gridSpan w:val="4"/>'))
    table = b.table(heading, b.header_row(), b.row("1.", "Сессия МАГ", "июнь", ""), b.row("", "", "", ""))
    plan = _docx(tmp_path, table)
    assert (plan.document.title, plan.document.year) == ("ПЛАН мероприятий Комиссии на 2027 год", 2027)
    assert [(i.title, str(i.date_start)) for i in plan.records] == [("Сессия МАГ", "2027-06-01")]
    assert _warnings(plan, "row_skipped") == []


def test_unnumbered_row_before_the_first_item_is_a_row_skipped_warning(tmp_path: Path) -> None:
    rows = b.row("", "Мероприятия проводятся", "по согласованию", "") + b.row("1.", "Сессия МАГ", "июнь", "")
    plan = _docx(tmp_path, b.title_paragraphs() + b.table(b.header_row(), rows))
    assert [i.title for i in plan.records] == ["Сессия МАГ"]
    skipped = _warnings(plan, "row_skipped")
    assert len(skipped) == 1 and "Мероприятия проводятся | по согласованию" in skipped[0]
    assert magplan.messages.warning_text("row_skipped", skipped[0]) == (
        "Строка таблицы не распознана и пропущена: Мероприятия проводятся | по согласованию"
    )


@pytest.mark.parametrize(
    "totals",
    [
        b.row("", "Итого: 2 мероприятия", "", ""),
        b.row("", "Всего", "2", ""),
        b.row(b.cell("ИТОГО: 2", props='<w:gridSpan w:val="4"/>')),
        b.row("Итого2", "мероприятия", "", ""),
    ],
)
def test_a_totals_row_at_the_foot_is_a_row_skipped_warning_not_a_continuation(tmp_path: Path, totals: str) -> None:
    rows = b.row("1.", "Сессия МАГ", "июнь", "") + b.row("2.", "Форум МАГ", "июль", "") + totals
    plan = _docx(tmp_path, b.title_paragraphs() + b.table(b.header_row(), rows))
    assert [(i.title, i.members, i.note) for i in plan.records] == [("Сессия МАГ", [], None), ("Форум МАГ", [], None)]
    assert {i.section for i in plan.records} == {""}
    skipped = _warnings(plan, "row_skipped")
    assert len(skipped) == 1 and "of totals" in skipped[0]


def _row(*texts: str, colspan: int = 1) -> Row:
    return Row([Cell(t, colspan=colspan) for t in texts])


def test_row_tally_counts_what_every_row_became() -> None:
    header = ("№ п/п", "Мероприятия", "Место, дата", "Примечание")
    table = Table(
        [
            _row(*header),
            _row("1", "2", "3", "4"),
            _row("Мероприятия МАГ", colspan=4),
            _row("1.", "Сессия:", "Москва, июнь", ""),
            Row([Cell("", merged_up=True), Cell("• ВАРМСУ"), Cell(""), Cell("")]),
            _row("", "", "", ""),
            _row(*header),
            _row("2.", "Форум", "май", ""),
        ]
    )
    rows_before = Table([_row("Что-то", "иное", "", "")])
    layout = Layout([Paragraph("План мероприятий на 2026 год"), rows_before, Paragraph(""), table])
    tally = assemble(layout).tally
    # The table before the plan's header is no plan table: its row is not counted.
    assert (tally.rows, tally.headers, tally.sections, tally.items) == (8, 3, 1, 2)
    assert (tally.continuations, tally.skipped, tally.blank) == (1, 0, 1)
    assert tally.balanced


def test_an_unnamed_number_column_shows_its_numbers_in_the_table_that_goes_on() -> None:
    """A first column without a header (no «№» printed) whose header table holds only a section's
    row, the rows in the next page's table without the header: the numbers there («1.1», «1.2»)
    are the «№» column's, not a column of their own kept in the notes («Столбец 1: 1.1»)."""
    header = Table([_row("", "Мероприятие", "Срок", "Ответственный"), _row("1. Научная работа", colspan=4)], page=1)
    rest = Table([_row("1.1", "Форум", "май", "Отдел"), _row("1.2", "Конференция", "июнь", "Отдел")], page=2)
    raw = assemble(Layout([Paragraph("План мероприятий на 2026 год"), header, rest]))
    assert [(item.cells.get("title"), item.extras) for item in raw.items] == [("Форум", []), ("Конференция", [])]
    # Dates or hours there are no numbers: they stay a column of their own, kept in the notes.
    for first, second in (("12.03", "15.04"), ("10.00", "14.30"), ("5", "12")):
        rest = Table([_row(first, "Форум", "май", "Отдел"), _row(second, "Съезд", "июнь", "Отдел")], page=2)
        raw = assemble(Layout([Paragraph("План мероприятий на 2026 год"), header, rest]))
        assert [extras for item in raw.items for _, extras in item.extras] == [first, second]


def test_a_number_column_under_a_header_of_a_mark_that_names_nothing() -> None:
    """A scan's «№ п/п» read «п» (its sign and stroke lost): the rows' numbers under it, counting
    the rows in turn, are the «№» column's, not notes «п: 1.».  Numbers out of turn, or a header
    that is a word, stay a column of their own."""

    def numbers(head: str, first: str, second: str) -> list[tuple[str | None, list[tuple[str, str]]]]:
        table = Table(
            [
                _row(head, "Мероприятие", "Сроки", "Ответственные"),
                _row(first, "Форум", "май", "Отдел"),
                _row(second, "Съезд", "июнь", "Отдел"),
            ]
        )
        raw = assemble(Layout([Paragraph("План мероприятий на 2026 год"), table]))
        return [(item.cells.get("number"), item.extras) for item in raw.items]

    assert numbers("п", "1.", "2") == [("1.", []), ("2", [])]
    assert numbers("п", "1)", "2)") == [("1)", []), ("2)", [])]  # numbers printed with a bracket
    assert numbers("п", "12.03", "15.04") == [(None, [("п", "12.03")]), (None, [("п", "15.04")])]
    assert numbers("Код", "1", "2") == [(None, [("Код", "1")]), (None, [("Код", "2")])]


def test_a_borderless_row_cut_before_its_event_joins_the_next_pages_first_row() -> None:
    """WeasyPrint cuts a borderless row at page 1's foot with its place and person there, its event
    and date on page 2: the row above has a person but no place.  The cut part is the next row's
    (it shares a column with the row above, which has its own person there), not a line of the
    row above; where it shares none it may be the rest of the row above and stays with it."""
    header = _row("Мероприятие", "Срок", "Место", "Ответственный")

    def raw_items(above_date: str, above_person: str) -> list[tuple[str, str, str, str]]:
        page1 = [
            header,
            _row("Размещение материалов", above_date, "", above_person),
            _row("", "", "Ашхабад", "Секретарь"),
        ]
        table = Table([Row(r.cells, page=1) for r in page1], page=1, ruled=False)
        rest = Table([Row(_row("Подготовка публикаций", "III кв.", "", "").cells, page=2)], page=2, ruled=False)
        raw = assemble(Layout([Paragraph("План мероприятий на 2026 год"), table, rest]))
        return [tuple(item.cells.get(k, "") for k in ("title", "date", "place", "responsible")) for item in raw.items]

    assert raw_items("", "Заместитель") == [
        ("Размещение материалов", "", "", "Заместитель"),
        ("Подготовка публикаций", "III кв.", "Ашхабад", "Секретарь"),
    ]
    assert raw_items("май", "")[0] == ("Размещение материалов", "май", "Ашхабад", "Секретарь")
    # The person above runs on («Заместитель,» / «Секретарь»): the foot's cells are its row's.
    assert raw_items("", "Заместитель,")[0] == ("Размещение материалов", "", "Ашхабад", "Заместитель,\nСекретарь")


@pytest.mark.parametrize(
    ("date_above", "joined"),
    [
        # The dates' list left on its separator at page 1's foot: page 2's row in small letters is
        # the rest of that row, its date, person and all.
        ("07.01.2022;", True),
        ("январь,", True),
        # A date that ended: page 2's row is an event of its own, whatever its title's case.
        ("07.01.2022", False),
    ],
)
def test_a_borderless_rows_rest_goes_on_a_dates_list_left_on_its_separator(date_above: str, joined: bool) -> None:
    """LibreOffice, borderless, no numbers: page 1's last row cut after «Стажировка специалистов
    органов» | «07.01.2022;» | «Председатель»; page 2, under the header repeated, «местного
    самоуправления» | «02.06.2022; 28.07.2022» | «Комиссии».  Only the title opens in small letters,
    and the row had been read as an item of its own."""
    header = _row("Мероприятие", "Срок", "Ответственный")
    page1 = [header, _row("Стажировка специалистов органов", date_above, "Председатель")]
    table = Table([Row(r.cells, page=1) for r in page1], page=1, ruled=False)
    rows = [header, _row("местного самоуправления", "02.06.2022; 28.07.2022", "Комиссии")]
    rest = Table([Row(r.cells, page=2) for r in rows], page=2, ruled=False)
    raw = assemble(Layout([Paragraph("План мероприятий на 2022 год"), table, rest]))
    assert len(raw.items) == (1 if joined else 2)
    if joined:
        assert raw.items[0].cells["date"] == f"{date_above} 02.06.2022; 28.07.2022"


@pytest.mark.parametrize(
    ("between", "sections"),
    [
        # «III.» scanned as «1.»: numbered back, nothing beside its name, «3.» goes on from «2.».
        (_row("1.", "Информационная работа", "", ""), ["Встречи", "Встречи", "Информационная работа"]),
        # «IV.» scanned as «№» (a sideways 1-bit scan): no item's number; a section, not a line of
        # the item above.
        (_row("№", "Информационная работа", "", ""), ["Встречи", "Встречи", "Информационная работа"]),
        # The item above's number again: a slip in the count, an item.
        (_row("2.", "Информационная работа", "", ""), ["Встречи"] * 4),
        # Beside a date it is an item, whatever its number.
        (_row("1.", "Информационная работа", "май", ""), ["Встречи"] * 4),
        # … and beside cells merged from the row above (it shares their date and person).
        (
            Row([Cell("1."), Cell("Лекция"), Cell("", merged_up=True), Cell("", merged_up=True)]),
            ["Встречи"] * 4,
        ),
    ],
)
def test_a_row_numbered_back_between_two_items_in_turn_is_a_section(between: Row, sections: list[str]) -> None:
    rows = [_row("№", "Мероприятие", "Срок", "Ответственный"), _row("I.", "Встречи", "", "")]
    rows += [_row("1.", "Форум", "май", "Отдел"), _row("2.", "Съезд", "июнь", "Отдел"), between]
    rows.append(_row("3.", "Выставка", "июль", "Отдел"))
    raw = assemble(Layout([Paragraph("План мероприятий на 2026 год"), Table(rows)]))
    assert [item.section for item in raw.items] == sections


@pytest.mark.parametrize(
    ("first", "between", "sections"),
    [
        # A 1-bit scan reads «I.» as «a» and «II.» as «[В»: letters, no figure, the numbering goes on.
        ("a", "[В", ["Встречи", "Встречи", "Информационная работа"]),
        # Sections lettered as printed («А.», «Б.»).
        ("А.", "Б.", ["Встречи", "Встречи", "Информационная работа"]),
    ],
)
def test_a_row_lettered_where_numbers_go_on_under_it_is_a_section(
    first: str, between: str, sections: list[str]
) -> None:
    rows = [_row("№", "Мероприятие", "Срок", "Ответственный"), _row(first, "Встречи", "", "")]
    rows += [_row("1.", "Форум", "май", "Отдел"), _row("2.", "Съезд", "июнь", "Отдел")]
    rows += [_row(between, "Информационная работа", "", ""), _row("3.", "Выставка", "июль", "Отдел")]
    raw = assemble(Layout([Paragraph("План мероприятий на 2026 год"), Table(rows)]))
    assert [item.section for item in raw.items] == sections
    assert [item.cells["title"] for item in raw.items] == ["Форум", "Съезд", "Выставка"]


@pytest.mark.parametrize("letters", [["а)", "б)"], ["а."], ["а"], ["б.", "в."]])
def test_sub_items_lettered_under_an_item_are_no_sections(letters: list[str]) -> None:
    """«а) | …», «б. | …» under «2.»: the last of them is followed by «3.», as a section's row is,
    but a sub-item's letter is a small Russian one or closed by a bracket."""
    rows = [_row("№", "Мероприятие", "Срок", "Ответственный"), _row("1.", "Форум", "май", "Отдел")]
    rows += [_row("2.", "Конкурс", "июнь", "Отдел")]
    rows += [_row(letter, f"Номинация {k}", "", "") for k, letter in enumerate(letters)]
    rows += [_row("3.", "Выставка", "июль", "Отдел")]
    raw = assemble(Layout([Paragraph("План мероприятий на 2026 год"), Table(rows)]))
    assert {item.section for item in raw.items} == {""}


def test_numbers_that_start_again_under_a_row_with_a_name_only_stay_items() -> None:
    """Sections numbered apart («1. | Форум» with nothing beside it, then «2.»): the row goes on
    with no item above it in turn, so it stays an item (the item under it does not go on from the
    item above it)."""
    rows = [_row("№", "Мероприятие", "Срок", "Ответственный"), _row("1.", "Форум", "май", "Отдел")]
    rows += [_row("2.", "Съезд", "июнь", "Отдел"), _row("1.", "Выставка", "", ""), _row("2.", "Лекция", "июль", "")]
    raw = assemble(Layout([Paragraph("План мероприятий на 2026 год"), Table(rows)]))
    assert [item.cells["title"] for item in raw.items] == ["Форум", "Съезд", "Выставка", "Лекция"]


def test_a_section_heading_cut_by_a_page_break_keeps_its_rest_and_footnote() -> None:
    """A PDF page ends with «IV. | Информационно-издательская» and its footnote; the next page
    opens with the heading's rest «работа¹»: it is the heading's, not the item's above, and
    the footnote printed between the pages' tables is the plan's."""
    header = ("№ п/п", "Мероприятия", "Место, дата", "Примечание")
    first = Table([_row(*header), _row("1.", "Сессия МАГ", "Москва, июнь", ""), _row("IV.", "Информационно-", "", "")])
    second = Table([_row("", "издательская работа¹", "", ""), _row("2.", "Вестник МАГ", "март", "")])
    for row in first.rows:
        row.page = 1
    for row in second.rows:
        row.page = 2
    layout = Layout(
        [Paragraph("План мероприятий на 2026 год"), first, Paragraph("¹ Сроки указаны ориентировочно"), second]
    )
    raw = assemble(layout)
    assert [(i.section, i.cells["title"]) for i in raw.items] == [
        ("", "Сессия МАГ"),
        ("Информационно-издательская работа¹", "Вестник МАГ"),
    ]
    assert raw.footnotes == [("1", "Сроки указаны ориентировочно")]
    assert raw.tally.balanced


@pytest.mark.parametrize(
    ("foot", "top", "sections"),
    [
        # The rest an abbreviation, no heading of its own: the heading's.
        ("Юбилейные даты городов-членов", "МАГ", ["Юбилейные даты городов-членов МАГ"]),
        # A heading that ends on a preposition goes on.
        ("Мероприятия в", "Городах-членах МАГ", ["Мероприятия в Городах-членах МАГ"]),
        # A heading of its own under a heading with no item: the next section (the first said).
        ("Мероприятия МАГ", "Дни городов МАГ", ["Дни городов МАГ"]),
        # … in capitals too: a word longer than an abbreviation, or a month.
        ("Мероприятия МАГ", "ЮБИЛЕИ", ["ЮБИЛЕИ"]),
        ("МЕРОПРИЯТИЯ", "МАЙ", ["МАЙ"]),
        # A capital letter after a heading in mixed case is no preposition.
        ("Приложение А", "Дни городов МАГ", ["Дни городов МАГ"]),
    ],
)
def test_a_heading_row_the_page_break_cut_before_its_last_words(foot: str, top: str, sections: list[str]) -> None:
    """LibreOffice breaks a heading's row at a page's foot: «IV. | Юбилейные даты городов-членов»
    there, «МАГ» under the header repeated on the next page."""
    header = ("№ п/п", "Мероприятия", "Место, дата", "Примечание")
    first = Table([_row(*header), _row("1.", "Сессия МАГ", "Москва, июнь", ""), _row("IV.", foot, "", "")])
    second = Table([_row(*header), _row("", top, "", ""), _row("1.", "Брест", "май", "")])
    for table, page in ((first, 1), (second, 2)):
        for row in table.rows:
            row.page = page
    raw = assemble(Layout([Paragraph("План мероприятий на 2026 год"), first, second]))
    assert [i.section for i in raw.items[1:]] == sections
    assert raw.tally.balanced


@pytest.mark.parametrize("repeated", [False, True])
def test_a_row_cut_at_a_pages_foot_before_its_event_goes_on_under_the_repeated_header(repeated: bool) -> None:
    """WeasyPrint cuts a borderless row so: its place alone at page 1's foot, its event and date
    on page 2, under the header printed there again (`<thead>`) or not.  The place is that row's,
    not a second place of the row above."""
    header = ("Наименование мероприятия", "Срок проведения", "Место проведения", "Ответственный исполнитель")
    first = Table(
        [_row(*header), _row("Мониторинг решений Совета МАГ", "до 19.11.2022", "Тбилиси", "Отдел информации"),
         _row("", "", "Ереван", "")],
        ruled=False,
    )  # fmt: skip
    second = Table(
        [*([_row(*header)] if repeated else []), _row("XXI фестиваль «Дружба народов»", "по мере поступления", "", ""),
         _row("Участие в собраниях", "ежемесячно", "Нижний Новгород", "Руководители групп")],
        ruled=False,
    )  # fmt: skip
    for table, page in ((first, 1), (second, 2)):
        for row in table.rows:
            row.page = page
    raw = assemble(Layout([Paragraph("План мероприятий на 2022 год"), first, second]))
    assert [(i.cells["title"], i.cells["place"]) for i in raw.items] == [
        ("Мониторинг решений Совета МАГ", "Тбилиси"),
        ("XXI фестиваль «Дружба народов»", "Ереван"),
        ("Участие в собраниях", "Нижний Новгород"),
    ]
    assert raw.tally.balanced


def test_a_signature_read_as_rows_across_the_table_after_the_last_item_is_the_plans() -> None:
    """A borderless table's reader may take the signature under it for rows across the table, a
    line each: together they are the plan's signature, not headings with no item under them."""
    header = ("Наименование мероприятия", "Срок проведения", "Место проведения")
    table = Table(
        [_row(*header), _row("Форум", "май", "Казань"), _row("Ответственный секретарь", colspan=3),
         _row("Совета Ассамблеи", colspan=3), _row("А.Н. Кравцов", colspan=3)],
        ruled=False,
    )  # fmt: skip
    raw = assemble(Layout([Paragraph("План мероприятий на 2022 год"), table]))
    assert raw.signatory == Signatory("Ответственный секретарь Совета Ассамблеи", "А.Н. Кравцов")
    assert [i.cells["title"] for i in raw.items] == ["Форум"]
    # A heading with no item over the signature's rows is no part of it: said in a warning.
    table.rows.insert(2, _row("Прочие мероприятия", colspan=3))
    raw = assemble(Layout([Paragraph("План мероприятий на 2022 год"), table]))
    assert raw.signatory == Signatory("Ответственный секретарь Совета Ассамблеи", "А.Н. Кравцов")
    assert any("Прочие мероприятия" in w.message for w in raw.warnings)


@pytest.mark.parametrize(
    ("above", "top", "section"),
    [
        # A heading's number before a capital: a numbered section, whatever the page break.
        ("Издание сборника «Лучшие практики городов»", "3. Юбилейные даты городов-членов МАГ", True),
        # … unless the title above ends on a preposition (its rest), or the events' names open
        # with numbers too.
        ("Размещение информации о", "3. Юбилейные даты городов-членов МАГ", False),
        ("2. Издание сборника", "3. Выпуск журнала", False),
        ("Программа Дня города:\n1. Концерт", "2. Выставка народного творчества", False),
        ("Программа Дня города:", "1. Выставка народного творчества", False),
        # A text without a number at the page's top that goes on no sentence or list above, with
        # rows under it, is a heading, as it is anywhere else (a browser repeats the header over
        # it) …
        ("Издание сборника «Лучшие практики городов»", "Международное сотрудничество", True),
        # … the rest of the row the break cut where it goes on it.
        ("Издание сборника «Лучшие практики", "городов»", False),
        ("Размещение информации о", "деятельности МАГ на сайте", False),
        # … or closes the quote the title above leaves open, or closed by a scan's speck: a quoted
        # name the break cut.
        ("Выпуск журнала «Вестник", "МАГ»", False),
        ("Выпуск журнала «Вестник»", "МАГ»", False),
        # … or where it is a quoted name alone: the event's name, its kind left at the page's foot.
        ("Международная конференция", "«Устойчивое развитие столиц»", False),
        ("XXI Международный фестиваль", "«Дружба народов»:", False),
    ],
)
def test_a_numbered_heading_at_a_pages_top_in_a_table_without_numbers(above: str, top: str, section: bool) -> None:
    """WeasyPrint, borderless, no «№» column: page 2 opens, under the header printed again, with
    «3. Юбилейные даты городов-членов МАГ» alone in its row (it was an event of the section
    above, read as a row the page break cut)."""
    header = ("Наименование мероприятия", "Срок проведения", "Место проведения")
    first = Table(
        [_row(*header), _row("Информационная работа", colspan=3), _row(above, "июнь", "Мурманск")], ruled=False
    )
    second = Table([_row(*header), _row(top, "", ""), _row("Ташкент", "февраль", "457 лет")], ruled=False)
    for table, page in ((first, 1), (second, 2)):
        for row in table.rows:
            row.page = page
    raw = assemble(Layout([Paragraph("План мероприятий на 2031 год"), first, second]))
    assert (raw.items[-1].section == top) is section
    assert raw.tally.balanced


def test_a_heading_rows_rest_in_small_letters_is_the_headings_not_the_last_events() -> None:
    """A borderless table's reader takes the signature under it for rows across the table, its
    position over two of them («Исполнительный вице-президент,» / «генеральный директор МАГ»):
    the second, in small letters under a heading's row, goes on that row, not on the last event
    above it (mid-page as at a page's top)."""
    header = ("Наименование мероприятия", "Срок проведения", "Место проведения")
    table = Table(
        [_row(*header), _row("Минск", "июль", "301 год"), _row("Исполнительный вице-президент,", "", ""),
         _row("генеральный директор МАГ", "", ""), _row("А.Н. Кравцов", "", "")],
        ruled=False,
    )  # fmt: skip
    raw = assemble(Layout([Paragraph("План мероприятий на 2031 год"), table]))
    assert [i.cells["title"] for i in raw.items] == ["Минск"]
    assert raw.signatory == Signatory("Исполнительный вице-президент, генеральный директор МАГ", "А.Н. Кравцов")
    assert raw.tally.balanced
    # A heading's wrapped line in small letters over its items is the heading's too.
    table.rows[2:] = [_row("Мероприятия в городах-", "", ""), _row("членах МАГ", "", ""), _row("Уфа", "май", "")]
    raw = assemble(Layout([Paragraph("План мероприятий на 2031 год"), table]))
    assert [(i.section, i.cells["title"]) for i in raw.items] == [
        ("", "Минск"),
        ("Мероприятия в городах-\nчленах МАГ", "Уфа"),
    ]
    assert raw.tally.balanced


def test_a_heading_between_two_tables_takes_no_rest_from_the_next_tables_first_row() -> None:
    """A heading printed between two tables («Раздел 4. Спорт») is whole: the next table's first
    row, in small letters, is no rest of it, nor of the heading row the table above ended with."""
    header = ("Наименование мероприятия", "Срок проведения", "Место проведения")
    first = Table([_row(*header), _row("Форум", "май", "Казань"), _row("Раздел 3. Культура", colspan=3)])
    second = Table([_row(*header), _row("и турниры по шахматам", "", ""), _row("Кубок города", "июль", "Уфа")])
    raw = assemble(Layout([Paragraph("План мероприятий на 2026 год"), first, Paragraph("Раздел 4. Спорт"), second]))
    assert [(i.section, i.cells["title"]) for i in raw.items][-1] == ("Раздел 4. Спорт", "Кубок города")
    assert raw.tally.balanced


def test_an_event_row_after_a_print_s_spacer_row_is_no_signature() -> None:
    """A browser prints a table's cell spacing as empty rows between the rows: an event whose
    responsible reads as a name («Петров С.С.») after such a row is an item, not the plan's foot;
    a position and a name alone after an empty row still are the signature."""
    header = ("Наименование мероприятия", "Срок проведения", "Место проведения", "Ответственный исполнитель")
    spacer = _row("", "", "", "")
    table = Table(
        [
            _row(*header),
            spacer,
            _row("Торжественное мероприятие", "22 февраля", "Дворец культуры", "Иванова А.А."),
            spacer,
            _row("Фестиваль «Радуга»", "май – июнь", "Городской парк", "Петров С.С."),
            spacer,
            # An event that names only its person, no date or place: an item, not the foot.
            _row("Выставка детского рисунка", "", "", "Сидорова Е.В."),
            spacer,
            _row("Председатель комитета по культуре", "", "", "О.В. Лебедева"),
        ]
    )
    raw = assemble(Layout([Paragraph("ПЛАН мероприятий на 2027 год"), table]))
    titles = ["Торжественное мероприятие", "Фестиваль «Радуга»", "Выставка детского рисунка"]
    assert [i.cells["title"] for i in raw.items] == titles
    assert raw.signatory == Signatory("Председатель комитета по культуре", "О.В. Лебедева")
    assert raw.tally.balanced


def test_an_item_opening_a_page_under_a_heading_is_no_rest_of_the_heading() -> None:
    # An unnumbered plan: the page ends with a heading, the next opens with an item whose title
    # is printed in lower case; its place and date say it is an item, not the heading's rest.
    header = ("Мероприятие", "Место, дата", "Примечание")
    first = Table([_row(*header), _row("Форум «Города»", "Москва, март", ""), _row("Мероприятия в городах", "", "")])
    second = Table([_row("круглый стол «Экология»", "Минск, май", ""), _row("Конференция", "Астана, июнь", "")])
    for row in first.rows:
        row.page = 1
    for row in second.rows:
        row.page = 2
    raw = assemble(Layout([Paragraph("План мероприятий на 2027 год"), first, second]))
    assert [(i.section, i.cells["title"]) for i in raw.items] == [
        ("", "Форум «Города»"),
        ("Мероприятия в городах", "круглый стол «Экология»"),
        ("Мероприятия в городах", "Конференция"),
    ]
    assert raw.tally.balanced


# -- rule 16: other bodies' headers ---------------------------------------------------


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Мероприя тие", "title"),
        ("Ответстве нный", "responsible"),
        ("Наименован ие мероприяти я", "title"),
        ("Место проведен ия", "place"),
        ("Отметка о выполнен ии", "extra"),
    ],
)
def test_header_words_cut_by_a_narrow_column_keep_their_role(header: str, role: str) -> None:
    assert magplan.assemble.column_role(header) == role


@pytest.mark.parametrize(
    ("header", "fields"),
    [
        (
            ("№ п/п", "Наименование мероприятия", "Срок исполнения", "Ответственные исполнители"),
            ("Форум", None, "май", "Отдел А", None),
        ),
        (
            ("№", "Наименование мероприятия", "Место проведения", "Срок проведения", "Исполнитель"),
            ("Форум", "Минск", "май", "Отдел А", None),
        ),
        (
            ("№", "Содержание мероприятия", "Сроки", "Ответственные (исполнители)", "Форма отчетности"),
            ("Форум", None, "май", "Отдел А", "Форма отчетности: Отчет"),
        ),
        (
            ("№", "Мероприятие", "Дата и место проведения", "Ответственный", ""),
            ("Форум", "Минск", "май", "Отдел А", "Столбец 5: Отчет"),
        ),
    ],
)
def test_other_bodies_headers_map_to_the_fields_of_the_same_meaning(
    tmp_path: Path, header: tuple[str, ...], fields: tuple[str | None, ...]
) -> None:
    values = {
        "Место проведения": "Минск",
        "Дата и место проведения": "май\nМинск",
    }
    cells = ["1."]
    for label in header[1:]:
        role = magplan.assemble.column_role(label) if label else "extra"
        cells.append(
            values.get(label)
            or {"title": "Форум", "date": "май", "responsible": "Отдел А", "extra": "Отчет"}.get(role, "?")
        )
    rows = b.row(*(b.cell(*c.split("\n")) for c in cells))
    table = b.table(b.header_row(header), rows, columns=len(header))
    item = _docx(tmp_path, b.title_paragraphs() + table).records[0]
    assert (item.title, item.place, item.date_text, item.responsible, item.note) == fields


# -- issue 9.5: what is not a plan is refused ---------------------------------------

NOT_PLANS = {
    "price list": (("№ п/п", "Наименование", "Ед. изм.", "Цена"), ("1", "Бумага офисная", "пачка", "350")),
    "attendance list": (("№", "ФИО", "Должность", "Подпись"), ("1", "Иванов И.И.", "Директор", "")),
    "meeting schedule": (("Дата", "Время", "Место", "Ответственный"), ("12.03.2026", "10:00", "Зал 1", "Петров")),
    "contacts": (("№", "Организация", "Телефон", "Адрес"), ("1", "МАГ", "+7 495 000-00-00", "Москва")),
}


@pytest.mark.parametrize("case", sorted(NOT_PLANS))
def test_tables_that_are_not_plans_are_refused(tmp_path: Path, case: str) -> None:
    header, row = NOT_PLANS[case]
    heading = b.para("Прейскурант на 2026 год") if case == "price list" else b.para("Список на 2026 год")
    table = b.table(b.header_row(header), b.row(*row))
    with pytest.raises(NoPlanFound, match="no plan table found"):
        _docx(tmp_path, heading + table)


@pytest.mark.parametrize("case", sorted(NOT_PLANS))
def test_html_tables_that_are_not_plans_are_refused(tmp_path: Path, case: str) -> None:
    header, row = NOT_PLANS[case]
    cells = "".join(f"<th>{h}</th>" for h in header), "".join(f"<td>{c}</td>" for c in row)
    with pytest.raises(NoPlanFound, match="no plan table found"):
        _html(tmp_path, f"<h1>Документ</h1><table border=1><tr>{cells[0]}</tr><tr>{cells[1]}</tr></table>")


def test_refused_document_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    header, row = NOT_PLANS["price list"]
    source = b.write_docx(tmp_path / "prices.docx", b.table(b.header_row(header), b.row(*row)))
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "magplan", "convert", str(source), "--to", "json,csv,xlsx", "--out", str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2
    assert "no plan table found" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists() or not any(out.iterdir())


def test_table_without_a_date_or_place_column_is_a_plan_under_a_plan_heading(tmp_path: Path) -> None:
    header = b.header_row(("№ п/п", "Мероприятия", "Примечание"))
    table = b.table(header, b.row("1.", "Сессия МАГ", "Организатор: МАГ"), columns=3)
    plan = _docx(tmp_path, b.title_paragraphs() + table)
    assert [(i.title, i.organizers) for i in plan.records] == [("Сессия МАГ", ["МАГ"])]
    with pytest.raises(NoPlanFound):
        _docx(tmp_path, b.para("Справка о мероприятиях") + table)


# -- blocks side by side above the plan -------------------------------------------------


_AGREED = ("СОГЛАСОВАНО", "Председатель профкома", "_________ О.О. Орлова", "«10» января 2027 г.")
_APPROVED = ("УТВЕРЖДАЮ", "Глава администрации города", "_________ П.П. Павлов", "«12» января 2027 г.")


@pytest.mark.parametrize("approved_left", [False, True], ids=["agreed-left", "approved-left"])
def test_agreed_and_approved_blocks_side_by_side_on_a_page(approved_left: bool) -> None:
    # A page read as text gives the two blocks as lines with a tab between them, the approval on
    # the right or on the left (it opened the line: the agreement's lines were read into it).
    left, right = (_APPROVED, _AGREED) if approved_left else (_AGREED, _APPROVED)
    head = Paragraph("\n".join(f"{a}\t{b}" for a, b in zip(left, right, strict=True)))
    header = Row([Cell(t) for t in ("№ п/п", "Наименование мероприятия", "Срок исполнения")])
    item = Row([Cell("1."), Cell("Форум"), Cell("май")])
    plan = assemble(Layout([head, Paragraph("ПЛАН"), Paragraph("мероприятий на 2027 год"), Table([header, item])]))
    assert plan.approval == Approval("Глава администрации города", "П.П. Павлов", "«12» января 2027 г.")
    assert plan.title_lines == ["ПЛАН", "мероприятий на 2027 год"]


# -- a row that a page break cut (`Row.cut_below`), joined to its rest -----------------

_CUT_HEADER = Row([Cell("№ п/п"), Cell("Мероприятия"), Cell("Срок"), Cell("Ответственные")], page=1)


def _cut_plan(cut: Row, rest: Row) -> tuple[list[dict[str, str]], bool]:
    layout = Layout(
        [
            Paragraph("План мероприятий на 2026 год"),
            Table([_CUT_HEADER, Row([Cell("1."), Cell("Сессия"), Cell("май"), Cell("")], page=1), cut], page=1),
            Table([rest], page=2),
        ]
    )
    raw = assemble(layout)
    return [item.cells for item in raw.items], raw.tally.balanced


def test_a_cut_row_goes_on_in_its_rest_cell_by_cell() -> None:
    cut = Row([Cell("2."), Cell("Форум городов"), Cell("сентябрь-"), Cell("")], page=1, cut_below=True)
    rest = Row([Cell(""), Cell("«Устойчивое развитие»"), Cell("октябрь"), Cell("Исполком")], page=2)
    items, balanced = _cut_plan(cut, rest)
    assert balanced and len(items) == 2
    assert items[1]["title"] == "Форум городов «Устойчивое развитие»"
    assert items[1]["date"] == "сентябрь-октябрь"
    assert items[1]["responsible"] == "Исполком"


def test_the_rest_of_a_row_under_the_header_printed_again_goes_on_with_its_item() -> None:
    # A word processor repeats the header at the next page's top; the page's part of the table holds
    # only the rest of the last row, in capitals, with an unnamed column's rest: no item of its own.
    def on(page: int, *texts: str) -> Row:
        return Row([Cell(t) for t in texts], page=page)

    header = ("№ п/п", "Мероприятия", "Срок", "Целевая аудитория")
    layout = Layout(
        [
            Paragraph("План мероприятий на 2026 год"),
            Table([on(1, *header), on(1, "1.", "Акция", "апрель", "Все")], page=1),
            Table([on(2, *header), on(2, "", "«Библионочь»", "", "категории")], page=2),
        ]
    )
    raw = assemble(layout)
    assert raw.tally.balanced
    assert [(item.cells["title"], item.extras) for item in raw.items] == [
        ("Акция «Библионочь»", [("Целевая аудитория", "Все категории")])
    ]


def _unnumbered_across_a_page(last: tuple[str, ...], first: tuple[str, ...]) -> list[dict[str, str]]:
    """A table without «№» whose page 1 ends with `last` and page 2 opens with `first`, the
    break drawn closed (LibreOffice rules a cut row's foot as a whole one's: no `cut_below`)."""

    def on(page: int, *texts: str) -> Row:
        return Row([Cell(t) for t in texts], page=page)

    header = ("Наименование мероприятия", "Срок", "Место", "Примечание")
    layout = Layout(
        [
            Paragraph("План мероприятий на 2021 год"),
            Table([on(1, *header), on(1, "Выпуск бюллетеня", "март", "Минск", ""), on(1, *last)], page=1),
            Table([on(2, *first), on(2, "Конкурс журналистов", "май", "Казань", "")], page=2),
        ]
    )
    raw = assemble(layout)
    assert raw.tally.balanced
    return [item.cells for item in raw.items]


@pytest.mark.parametrize(
    ("last", "first", "title", "date", "note"),
    [
        # The title left on «о» ends no event's name: the next page's lower-case title is its rest,
        # and so are the other cells, the date's year («II полугодие» / «2021 г.») though it opens
        # no word.
        (
            ("Размещение информации о", "II полугодие", "Владивосток", "По"),
            ("деятельности на официальном сайте", "2021 г.", "", "согласованию"),
            "Размещение информации о деятельности на официальном сайте",
            "II полугодие 2021 г.",
            "По согласованию",
        ),
        # A scan's page 2 (generated scans, seed 47): the rest opens with a capital, a name's
        # («Электронном портале МАГ»); the title above left on «на» still ends no event's name.
        (
            ("Размещение материалов на", "февраль,", "", "Члены Комиссии"),
            ("Электронном портале МАГ\nКруглый стол МАГ", "апрель, ноябрь", "", ""),
            "Размещение материалов на Электронном портале МАГ\nКруглый стол МАГ",
            "февраль, апрель, ноябрь",
            "Члены Комиссии",
        ),
    ],
)
def test_an_unnumbered_row_cut_on_a_preposition_goes_on_in_its_rest_whatever_it_opens_with(
    last: tuple[str, ...], first: tuple[str, ...], title: str, date: str, note: str
) -> None:
    items = _unnumbered_across_a_page(last, first)
    assert [item["title"] for item in items] == ["Выпуск бюллетеня", title, "Конкурс журналистов"]
    assert items[1]["date"] == date
    assert items[1]["note"] == note


def test_an_unnumbered_row_after_a_whole_title_at_a_page_head_stays_an_item() -> None:
    # The title above ends whole, and the row names its own date: a new event, though in lower case.
    last = ("Размещение информации на сайте", "II полугодие", "Владивосток", "")
    first = ("заседание рабочей группы", "15 сентября", "", "")
    items = _unnumbered_across_a_page(last, first)
    assert [item["title"] for item in items][1:3] == ["Размещение информации на сайте", "заседание рабочей группы"]


def test_words_that_a_page_break_cut_without_a_hyphen_are_joined_by_the_dictionary() -> None:
    # LibreOffice cut «Праздничный» and «марта» at the break: the dictionary makes «Празднич» +
    # «ный» one word (no part is a word), and a lone «а» filling its cell ends «март» (a word alone).
    cut = Row([Cell("2."), Cell("Празднич"), Cell("7 март"), Cell("Отдел")], page=1, cut_below=True)
    rest = Row([Cell(""), Cell("ный концерт"), Cell("а"), Cell("культуры")], page=2)
    items, balanced = _cut_plan(cut, rest)
    assert balanced and [items[1][role] for role in ("title", "date", "responsible")] == [
        "Праздничный концерт",
        "7 марта",
        "Отдел культуры",
    ]


def test_a_cut_row_of_only_its_number_takes_its_cells_from_the_rest() -> None:
    # Only «2.» printed before the break, the other cells one empty box across them.
    cut = Row([Cell("2."), Cell("", colspan=3)], page=1, cut_below=True)
    rest = Row([Cell(""), Cell("Совещание руководителей служб"), Cell("1 раз в полгода"), Cell("")], page=2)
    items, balanced = _cut_plan(cut, rest)
    assert balanced and len(items) == 2
    assert items[1]["title"] == "Совещание руководителей служб"
    assert items[1]["date"] == "1 раз в полгода"


# -- the relaxed path: a table without a date or place column under a plan's heading --------


_NO_WHEN = Table([_row("№ п/п", "Наименование мероприятия", "Ответственные"), _row("1.", "Заседание Совета", "Отдел")])


@pytest.mark.parametrize(
    "heading",
    [
        ["ПЛАН", "работы на 2025 год"],
        ["П Л А Н", "работы на 2025 год"],
        ["Календарный план мероприятий на 2025 год"],
        ["Единый календарный план", "на 2025 год"],
        ["ГРАФИК", "проведения заседаний на 2025 год"],
        ["План-график проведения мероприятий на 2025 год"],
        ["ПРОГРАММА", "мероприятий на 2025 год"],
        ["Культурно-массовые мероприятия на 2025 год"],
        ["ПЕРЕЧЕНЬ", "мероприятий на 2025 год"],
    ],
)
def test_a_table_without_dates_under_a_plan_heading_is_the_plan(heading: list[str]) -> None:
    """The one definition of the document-type word (`requisites.is_plan_heading`) decides
    which headings the relaxed path accepts: every form the title may open with."""
    raw = assemble(Layout([*(Paragraph(line) for line in heading), _NO_WHEN]))
    assert raw.title_lines == heading
    assert [(i.cells["title"], i.cells["responsible"]) for i in raw.items] == [("Заседание Совета", "Отдел")]


@pytest.mark.parametrize(
    "heading",
    [
        # A heading with a year but no document-type word, and a type word without a year.
        ["Список ответственных на 2025 год"],
        ["Состав рабочей группы", "2025 год"],
        ["План мероприятий"],
    ],
)
def test_a_table_without_dates_under_another_heading_is_no_plan(heading: list[str]) -> None:
    with pytest.raises(NoPlanFound):
        assemble(Layout([*(Paragraph(line) for line in heading), _NO_WHEN]))


def test_an_unnamed_number_column_of_a_one_row_table_numbers_the_plan() -> None:
    """The «№» column printed without a header, its table cut after its first row: the one
    «1.» under the empty header is still a row number, not a column for `note`."""
    header = _row("", "Наименование мероприятий", "Сроки", "Форма отчетности")
    first = Table([header, _row("1.", "Фестиваль", "май", "Справка")])
    second = Table([_row("2.", "Совещание", "февраль", "Протокол"), _row("3.", "Семинар", "март", "Отчет")])
    raw = assemble(Layout([Paragraph("ПЕРЕЧЕНЬ мероприятий на 2026 год"), first, Paragraph(""), second]))
    assert [(i.cells.get("number"), i.extras) for i in raw.items] == [
        ("1.", [("Форма отчетности", "Справка")]),
        ("2.", [("Форма отчетности", "Протокол")]),
        ("3.", [("Форма отчетности", "Отчет")]),
    ]


def test_an_unnamed_number_column_under_a_section_row_numbers_the_plan() -> None:
    """Word's web page: the table cut after a section's row and its one item, numbers without a
    dot under an empty header.  The section's row (one cell across the table) is no row without
    a number: «1» still numbers its row, and «2» the next table's."""
    header = _row("", "Наименование мероприятий", "Сроки", "Примечание")
    section = Row([Cell("Международное сотрудничество")])
    first = Table([header, section, _row("1", "Форум", "II полугодие", "Финансирование")])
    second = Table([_row("2", "Конференция", "март", "")])
    raw = assemble(Layout([Paragraph("ПЛАН МЕРОПРИЯТИЙ на 2031 год"), first, second]))
    assert [(i.section, i.cells.get("number"), i.cells.get("title"), i.extras) for i in raw.items] == [
        ("Международное сотрудничество", "1", "Форум", []),
        ("Международное сотрудничество", "2", "Конференция", []),
    ]


@pytest.mark.parametrize(("pages", "sections"), [((1, 1), ["I полугодие", "II полугодие"]), ((1, 2), None)])
def test_headings_a_tab_apart_over_tables_side_by_side(pages: tuple[int, int], sections: list[str] | None) -> None:
    """Halves printed as two tables side by side, read one after the other, their headings one
    line a tab apart: each heads its own table.  Tables on two pages are one table going on over
    a page break, whatever its header repeats: the line is not cut then."""
    header = _row("№", "Мероприятие", "Срок")
    left = Table([header, _row("1.", "Вечер встречи", "январь")], page=pages[0])
    right = Table([header, _row("2.", "Экскурсия", "июль")], page=pages[1])
    heading = Paragraph("I полугодие\tII полугодие", page=1)
    raw = assemble(Layout([Paragraph("ПЛАН мероприятий на 2027 год", page=1), heading, left, right]))
    got = [i.section for i in raw.items]
    assert got == (sections or ["I полугодие\tII полугодие"] * 2)


def test_a_column_about_the_event_before_its_name_is_kept_in_the_note() -> None:
    """«Форма проведения мероприятия» printed before «Наименование мероприятия»: the event is the
    named one, the form goes to `note` as «Header: text» (rule 16)."""
    header = _row("№ п/п", "Форма проведения мероприятия", "Наименование мероприятия", "Срок")
    table = Table([header, _row("1.", "Круглый стол", "Молодежь и город", "май")])
    (item,) = assemble(Layout([Paragraph("План мероприятий на 2026 год"), table])).items
    assert (item.cells["title"], item.extras) == (
        "Молодежь и город",
        [("Форма проведения мероприятия", "Круглый стол")],
    )


def test_a_continuation_in_an_unnamed_column_goes_on_with_that_column() -> None:
    """Two columns printed without a header, a row's cells going on in a row without a number: each
    column's rest joins its own cell («Столбец N»), not a second extra nor the other column's."""
    header = _row("№", "Наименование мероприятия", "Срок", "", "")
    first = _row("1.", "Фестиваль", "май", "Москва", "Справка")
    rest = _row("", "", "", "Кремль", "отдела")
    table = Table([header, first, rest])
    (item,) = assemble(Layout([Paragraph("План мероприятий на 2026 год"), table])).items
    assert item.extras == [("Столбец 4", "Москва\nКремль"), ("Столбец 5", "Справка\nотдела")]


def test_a_footnote_row_across_the_table_keeps_its_wrapped_lines() -> None:
    """A <tfoot> printed among the items (rule 14): each note is read whole, its wrapped lines
    with it, not only the line its marker opens."""
    header = _row("№", "Наименование мероприятия", "Срок", "Место")
    foot = _row("* Мероприятия проводятся\nпо согласованию с городами\n** Даты уточняются", colspan=4)
    table = Table([header, _row("1.", "Форум*", "май", "Москва"), foot, _row("2.", "Семинар**", "июнь", "Казань")])
    raw = assemble(Layout([Paragraph("План мероприятий на 2026 год"), table]))
    assert [item.cells["title"] for item in raw.items] == ["Форум*", "Семинар**"]
    assert raw.footnotes == [("*", "Мероприятия проводятся по согласованию с городами"), ("**", "Даты уточняются")]
    assert not raw.warnings


@pytest.mark.parametrize(
    ("mark", "notes"),
    [
        # A web page's notes list printed (Hugo, Pandoc: the link back after the text; MediaWiki before it).
        ("Праздники¹", [("1", "Даты ориентировочные.")]),
        # No marker points at it: a numbered line under the plan, no footnote (said in a warning).
        ("Праздники", []),
    ],
)
@pytest.mark.parametrize("line", ["1. Даты ориентировочные. ↩\ufe0e", "1. ↑ Даты ориентировочные."])
def test_a_printed_notes_lists_numbered_line_is_the_footnote_a_marker_points_at(
    mark: str, notes: list[tuple[str, str]], line: str
) -> None:
    table = Table([_row("№", "Наименование мероприятия", "Срок"), _row(mark, colspan=3), _row("1.", "Бал", "июнь")])
    signature = Paragraph("Начальник управления\tК.А. Лебедев")
    raw = assemble(Layout([Paragraph("План мероприятий на 2027 год"), table, signature, Paragraph(line)]))
    assert raw.footnotes == notes
    assert any(w.code == "text_skipped" for w in raw.warnings) == (not notes)


def test_a_numbered_line_after_the_note_its_number_names_is_no_second_note() -> None:
    table = Table([_row("№", "Наименование мероприятия", "Срок"), _row("1.", "Бал¹", "июнь")])
    point = "1. Контроль за исполнением плана возложить на заместителя директора."
    note = Paragraph("¹ Даты ориентировочные.")
    raw = assemble(Layout([Paragraph("План мероприятий на 2027 год"), table, note, Paragraph(point)]))
    assert raw.footnotes == [("1", "Даты ориентировочные.")]
    assert any(w.code == "text_skipped" and "Контроль за исполнением" in w.message for w in raw.warnings)


@pytest.mark.parametrize(
    ("lines", "notes"),
    [
        # A scan reads the raised figures flat: «2 …» numbers on from footnote 1, which a marker points
        # at, so it is footnote 2 even when its own marker was lost from the heading it stood on.
        (
            ["1 Даты ориентировочные.", "2 Дни городов указаны ориентировочно."],
            [("1", "Даты ориентировочные."), ("2", "Дни городов указаны ориентировочно.")],
        ),
        # A figure that does not number on is no footnote (said in a warning).
        (["1 Даты ориентировочные.", "3 Дни городов указаны ориентировочно."], [("1", "Даты ориентировочные.")]),
        # A list's «2.» after the note is an order's point, not a second note.
        (["1 Даты ориентировочные.", "2. Контроль возложить на заместителя."], [("1", "Даты ориентировочные.")]),
    ],
)
def test_a_plain_figure_numbering_on_from_a_footnote_is_the_next_footnote(
    lines: list[str], notes: list[tuple[str, str]]
) -> None:
    table = Table([_row("№", "Наименование мероприятия", "Срок"), _row("1.", "Бал¹", "июнь")])
    raw = assemble(Layout([Paragraph("План мероприятий на 2027 год"), table, *map(Paragraph, lines)]))
    assert raw.footnotes == notes
    assert any(w.code == "text_skipped" for w in raw.warnings) == (len(notes) < len(lines))


@pytest.mark.parametrize(
    ("title", "notes"),
    [
        # The note's raised «¹» read flat and the marker as «²»: a «1» line while a figure marker
        # points at no footnote is the first footnote (normalize says which marker it is taken for).
        ("Бал²", [("1", "Сроки указаны ориентировочно")]),
        # No marker, or a star that a «1» cannot be: a numbered line under the plan (said in a warning).
        ("Бал", []),
        ("Бал*", []),
    ],
)
def test_a_plain_one_is_the_first_footnote_where_a_figure_marker_points_at_none(
    title: str, notes: list[tuple[str, str]]
) -> None:
    table = Table([_row("№", "Наименование мероприятия", "Срок"), _row("1.", title, "июнь")])
    line = Paragraph("1 Сроки указаны ориентировочно")
    raw = assemble(Layout([Paragraph("План мероприятий на 2027 год"), table, line]))
    assert raw.footnotes == notes
    assert any(w.code == "text_skipped" for w in raw.warnings) == (not notes)


@pytest.mark.parametrize(
    ("between", "rows"),
    [
        ([], [("", "Фестиваль городов", "сентябрь", "Самара"), ("", "Конференция", "октябрь", "Тверь")]),
        ([Paragraph("Раздел 2. Мероприятия городов", page=2)], [("", "Фестиваль городов", "сентябрь", "Самара")]),
    ],
)
def test_a_next_pages_table_of_events_without_numbers_is_no_rest_of_the_row_above(
    between: list[Paragraph], rows: list[tuple[str, ...]]
) -> None:
    """Under the header printed again, several rows none numbered, or a row under a heading of its
    own: events of their own, not the rest of the last numbered row the page break cut."""

    def on(page: int, *texts: str) -> Row:
        return Row([Cell(t) for t in texts], page=page)

    header = ("№", "Наименование мероприятия", "Срок", "Место")
    first = Table([on(1, *header), on(1, "1.", "Форум", "май", "Москва")], page=1)
    second = Table([on(2, *header), *(on(2, *row) for row in rows)], page=2)
    raw = assemble(Layout([Paragraph("План мероприятий на 2026 год", page=1), first, *between, second], page_count=2))
    assert raw.tally.balanced
    assert [item.cells["title"] for item in raw.items] == ["Форум", *(row[1] for row in rows)]


# -- a plan set in halves side by side in one table ----------------------------------

_HALVES = """<h3>План мероприятий молодёжного центра на 2027 год</h3>
<table border="1"><tr><th>№</th><th>Мероприятие</th><th>Срок</th><th>№</th><th>Мероприятие</th><th>Срок</th></tr>
<tr><td>1</td><td>Открытие сезона</td><td>март</td><td>3</td><td>Фестиваль молодёжи</td><td>сентябрь</td></tr>
<tr><td>2</td><td>Неделя добровольчества</td><td>апрель</td><td>{last}</td></tr></table>"""


@pytest.mark.parametrize(
    ("last", "want"),
    [
        (
            "4</td><td>Итоговый форум</td><td>декабрь",
            [
                (1, "Открытие сезона", "март"),
                (2, "Неделя добровольчества", "апрель"),
                (3, "Фестиваль молодёжи", "сентябрь"),
                (4, "Итоговый форум", "декабрь"),
            ],
        ),
        # The right half a row shorter: its empty cells are no row of it.
        (
            "</td><td></td><td>",
            [
                (1, "Открытие сезона", "март"),
                (2, "Неделя добровольчества", "апрель"),
                (3, "Фестиваль молодёжи", "сентябрь"),
            ],
        ),
    ],
)
def test_a_table_in_halves_side_by_side_is_read_half_after_half(
    last: str, want: list[tuple[int, str, str]], tmp_path: Path
) -> None:
    """One table holding the plan in two halves side by side, the header repeated over each
    (a browser prints two tables set a pixel apart as one ruled grid too): each half's rows are
    items, left half first.  Read as one table, the right half went into the left's notes."""
    plan = _html(tmp_path, _HALVES.format(last=last)).to_dict()
    assert [(i["number"], i["title"], i["date_text"]) for i in plan["items"]] == want
    assert [i["note"] for i in plan["items"]] == [None] * len(want)


def test_a_sections_table_on_the_next_page_under_its_heading_and_the_pages_footnotes() -> None:
    """A plan whose sections are tables of their own (no numbers), the last section's heading at the
    foot of a page, the page's footnotes under it (a scan reads both as paragraphs) and the
    section's table on the next page: the footnotes part the heading from its table no more than a
    page number does.  Read as the plan's end, its rows were lost and its heading was the signature's."""
    header = _row("Наименование мероприятия", "Срок проведения", "Место проведения", "Ответственный")
    first = Table([header, _row("Форум", "май", "Москва", "Отдел")], page=1)
    second = Table([_row("Семинар", "июнь", "Минск", "Отдел")], page=1)
    rows = [_row("Издание сборника", "II квартал", "", "Отдел"), _row("Выпуск журнала", "март", "", "Отдел")]
    last = Table(rows, page=2)
    blocks = [
        Paragraph("План мероприятий на 2026 год", page=1),
        first,
        Paragraph("Организационная работа", page=1),
        second,
        Paragraph("IV. Информационная деятельность", page=1),
        Paragraph("¹ Финансирование за счет средств организаторов", page=1),
        last,
        Paragraph("Председатель Комиссии\tС.А. Ким", page=2),
    ]
    raw = assemble(Layout(blocks))
    assert [(item.section, item.cells.get("title")) for item in raw.items][-2:] == [
        ("IV. Информационная деятельность", "Издание сборника"),
        ("IV. Информационная деятельность", "Выпуск журнала"),
    ]


def test_footnotes_on_the_same_page_as_the_next_table_still_end_the_headings_run() -> None:
    """The negative of the rule above: footnotes between a heading and a table on the same page are
    no page's foot, so the table under them, a shape of its own, is not taken for the section's:
    its rows are said in warnings (rule 14), not read as the plan's items."""
    header = _row("Наименование мероприятия", "Срок проведения", "Место проведения", "Ответственный")
    first = Table([header, _row("Форум", "май", "Москва", "Отдел")], page=1)
    other = Table([_row("Иванов И.И.", "", "", "подпись")], page=1)
    blocks = [
        Paragraph("План мероприятий на 2026 год", page=1),
        first,
        Paragraph("Лист ознакомления", page=1),
        Paragraph("¹ Финансирование за счет средств организаторов", page=1),
        other,
    ]
    raw = assemble(Layout(blocks))
    assert [item.cells.get("title") for item in raw.items] == ["Форум"]


@pytest.mark.parametrize(
    ("lines", "notes"),
    [
        # A notes list printed under the plan, a scan's reading: the second note's marker lost from
        # its event («марафон²»), its arrow read «~»; it numbers on from the first, as listed.
        (
            ["1. Даты ориентировочные. ~", "2. Для учащихся 9–11 классов."],
            [("1", "Даты ориентировочные."), ("2", "Для учащихся 9–11 классов.")],
        ),
        # An order's points under the plan follow a note, no list of notes: «2.» is no note.
        (["¹ Даты ориентировочные.", "2. Контроль возложить на заместителя."], [("1", "Даты ориентировочные.")]),
    ],
)
def test_a_listed_note_numbers_on_from_a_listed_one(lines: list[str], notes: list[tuple[str, str]]) -> None:
    table = Table(
        [_row("№", "Наименование мероприятия", "Срок"), _row("1.", "Бал¹", "июнь"), _row("2.", "Марафон", "май")]
    )
    signature = Paragraph("Начальник управления\tК.А. Лебедев")
    raw = assemble(Layout([Paragraph("План мероприятий на 2027 год"), table, signature, *map(Paragraph, lines)]))
    assert raw.footnotes == notes


@pytest.mark.parametrize(
    ("again", "header"),
    [
        # A scan's reading of the header printed again over a month: a speck, a letter's case, «№».
        (("№ п/ п", "Наименование мероприятия", "Дата проведения", "Ответственный."), True),
        (("No п/ п", "наименование Мероприятия", "Дата проведения", "Ответственный ¥"), True),
        (("hp п/ п", "Наименование мероприятия", "Дата проведения", "Ответственный"), True),
        # A row numbered in that cell, or with other words, is no header.
        (("1", "Наименование мероприятия", "Дата проведения", "Ответственный"), False),
        (("№ п/ п", "Наименование мероприятия", "Место проведения", "Ответственный"), False),
    ],
)
def test_a_header_printed_again_as_a_scan_reads_it_is_no_item(again: tuple[str, ...], header: bool) -> None:
    printed = _row("№ п/ п", "Наименование мероприятия", "Дата проведения", "Ответственный ¥")
    table = Table([printed, _row("Январь", colspan=4), _row(*again), _row("1", "Вечер", "14 января", "Смирнова Н.А.")])
    raw = assemble(Layout([Paragraph("План мероприятий на 2027 год"), table]))
    assert len(raw.items) == (1 if header else 2)
