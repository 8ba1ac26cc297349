"""Shapes of other bodies' plans found by a blind test: each a tiny document built here."""

from __future__ import annotations

import html
import json
from datetime import date as dt
from pathlib import Path

import openpyxl
import pytest

import magplan
from magplan.errors import NoPlanFound
from magplan.extract._tab_tables import tab_tables
from magplan.extract._text_tables import drawn_tables
from magplan.layout import Paragraph, Table
from tests import docx_builder as b
from tests.corpus import mismatches
from tests.legacy_copies import SOFFICE

# Round 2 of the blind test: documents made by hand in shapes the generators do not make, each
# with the JSON that SCHEMA.md expects for it, written by hand (fixtures/blind/README.md).
BLIND = Path(__file__).resolve().parent.parent / "fixtures" / "blind"
_LEGACY = (".doc", ".rtf", ".odt", ".ods")


def _blind(pattern: str) -> list[object]:
    return [
        pytest.param(
            p.name,
            marks=pytest.mark.skipif(SOFFICE is None and p.suffix in _LEGACY, reason="LibreOffice is not installed"),
        )
        for p in sorted(BLIND.glob(pattern))
    ]


@pytest.mark.parametrize("name", _blind("*.expected.json"))
def test_a_blind_document_reads_as_its_hand_written_json(name: str) -> None:
    want = json.loads((BLIND / name).read_text(encoding="utf-8"))
    got = magplan.read_plan(BLIND / name.removesuffix(".expected.json")).to_dict()
    assert mismatches(want, got, pages=False) == []


@pytest.mark.parametrize("name", _blind("*.expect-error"))
def test_a_blind_table_that_is_no_plan_is_refused(name: str) -> None:
    with pytest.raises(NoPlanFound):
        magplan.read_plan(BLIND / name.removesuffix(".expect-error"))


def _html(tmp_path: Path, body: str) -> magplan.Plan:
    path = tmp_path / "plan.html"
    path.write_text(f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{body}</body></html>', "utf-8")
    return magplan.read_plan(path)


_SCRIPT_TABLE = (
    "<h1>План мероприятий на 2026 год</h1><div><div><table></table></div>"
    '<div style="display: none">{head}</div><div style="display:none">{body}</div>'
    "<script>fill()</script></div>"
)


def test_an_empty_table_that_a_script_fills_from_hidden_rows_is_read_as_filled(tmp_path: Path) -> None:
    # A site builder's table block (Tilda's): the header and the rows, «;» between cells, a row a line.
    body = "1;Семинар;март;Отдел\n2;Форум;12 мая;Отдел"
    plan = _html(tmp_path, _SCRIPT_TABLE.format(head="№;Мероприятие;Срок;Ответственный;", body=body))
    assert [(i.number, i.title, i.date_text, i.responsible) for i in plan.records] == [
        (1, "Семинар", "март", "Отдел"),
        (2, "Форум", "12 мая", "Отдел"),
    ]


def test_hidden_text_that_is_no_rows_does_not_fill_an_empty_table(tmp_path: Path) -> None:
    with pytest.raises(NoPlanFound):
        _html(tmp_path, _SCRIPT_TABLE.format(head="Загрузка…", body="1;Семинар;март;Отдел"))


def test_a_row_that_splits_a_spanned_column_has_its_text_in_that_column(tmp_path: Path) -> None:
    # A PDF-to-Word converter's grid: header cells over two grid columns, rows that group the
    # columns their own way (the number in the second cell, a qualifier in a cell of its own).
    body = (
        "<p>План мероприятий на 2026 год</p><table border=1>"
        "<tr><th colspan=2>№</th><th>Мероприятие</th><th colspan=2>Срок</th></tr>"
        "<tr><td colspan=2>1.</td><td>Семинар</td><td colspan=2>март</td></tr>"
        "<tr><td></td><td>2.</td><td>Форум</td><td>12 мая</td><td></td></tr>"
        "<tr><td>3.</td><td></td><td>Сессия</td><td>июнь</td><td>(ориентировочно)</td></tr></table>"
    )
    rows = [(i.number, i.title, i.date_text, i.approximate, i.note) for i in _html(tmp_path, body).records]
    assert rows == [
        (1, "Семинар", "март", False, None),
        (2, "Форум", "12 мая", False, None),
        (3, "Сессия", "июнь\n(ориентировочно)", True, None),
    ]


_BR = "<w:r><w:br/></w:r>"


@pytest.mark.parametrize(
    "signature",
    [
        # The position wrapped over two paragraphs, the second broken by a line break before the name
        # (under it, or beside it after a tab): the paragraph above is the position's first line.
        b.para("Председатель Совета") + b.para("Ассамблеи столиц", _BR, "И.И. Иванов"),
        b.para("Председатель Совета") + b.para("Ассамблеи", _BR, "столиц", "<w:r><w:tab/></w:r>", "И.И. Иванов"),
    ],
)
def test_a_docx_position_wrapped_over_paragraphs_stays_whole(tmp_path: Path, signature: str) -> None:
    table = b.table(b.header_row(), b.row("1.", "Сессия МАГ", "июнь", "Отдел"))
    plan = magplan.read_plan(b.write_docx(tmp_path / "plan.docx", b.title_paragraphs() + table + signature))
    assert plan.document.signatory is not None
    assert plan.document.signatory.position.startswith("Председатель Совета Ассамблеи")
    assert plan.document.signatory.name == "И.И. Иванов"
    assert not [w for w in plan.warnings if w.code == "text_skipped"]


def test_a_web_position_over_a_name_typed_after_its_line_keeps_its_paragraph(tmp_path: Path) -> None:
    # «Председатель<br>Комитета по культуре И.И. Иванов»: the name typed after the position's
    # second line (an `&nbsp;` run reads as one space), its first line above it in its paragraph.
    body = (
        "<p>План мероприятий на 2026 год</p><table border=1><tr><th>№</th><th>Мероприятие</th><th>Срок</th></tr>"
        "<tr><td>1.</td><td>Семинар</td><td>март</td></tr></table>"
        "<p>Председатель<br>Комитета по культуре&nbsp;&nbsp;&nbsp;И.И. Иванов</p>"
    )
    signatory = _html(tmp_path, body).document.signatory
    assert signatory is not None
    assert (signatory.position, signatory.name) == ("Председатель Комитета по культуре", "И.И. Иванов")


def test_a_date_group_over_start_and_end_columns_is_one_period(tmp_path: Path) -> None:
    body = (
        "<p>План мероприятий министерства на 2026 год</p><table border=1>"
        "<tr><th rowspan=2>№</th><th rowspan=2>Мероприятие</th><th colspan=2>Срок</th>"
        "<th rowspan=2>Исполнитель</th></tr>"
        "<tr><th>начало</th><th>окончание</th></tr>"
        "<tr><td>1)</td><td>Семинар</td><td>10.02.2026</td><td>12.02.2026</td><td>Отдел</td></tr>"
        "<tr><td>2)</td><td>Совещание</td><td>14.01.2026</td><td>14.01.2026</td><td>Отдел</td></tr>"
        "<tr><td>3)</td><td>Отчёт</td><td></td><td>до 1 апреля</td><td>Отдел</td></tr>"
        "</table>"
    )
    rows = [(i.date_text, str(i.date_start), str(i.date_end), i.note) for i in _html(tmp_path, body).records]
    assert rows == [
        ("10.02.2026 – 12.02.2026", "2026-02-10", "2026-02-12", None),
        ("14.01.2026", "2026-01-14", "2026-01-14", None),
        ("до 1 апреля", "None", "2026-04-01", None),
    ]


def test_a_council_plan_names_its_items_by_questions(tmp_path: Path) -> None:
    body = (
        "<p>ПЛАН РАБОТЫ Учёного совета на 2026 год</p><table border=1>"
        "<tr><th>Дата заседания</th><th>Рассматриваемые вопросы</th><th>Докладчик</th></tr>"
        "<tr><td>29 января</td><td>Об итогах сессии</td><td>Проректор</td></tr>"
        "<tr><td>июнь</td><td>О приёмной кампании</td><td>Секретарь</td></tr>"
        "</table>"
    )
    rows = [(i.title, i.date_text, i.note) for i in _html(tmp_path, body).records]
    assert rows == [
        ("Об итогах сессии", "29 января", "Докладчик: Проректор"),
        ("О приёмной кампании", "июнь", "Докладчик: Секретарь"),
    ]


def _text_box(*lines: str) -> str:
    """A paragraph anchoring a text box as Word writes it: DrawingML with a VML fallback copy."""
    content = "<w:txbxContent>" + "".join(b.para(line) for line in lines) + "</w:txbxContent>"
    wps = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
    return (
        '<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        f'<mc:Choice Requires="wps"><w:drawing><wps:wsp xmlns:wps="{wps}"><wps:txbx>{content}</wps:txbx>'
        "</wps:wsp></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>'
        f"{content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
    )


def test_an_approval_block_in_a_text_box_is_read_once(tmp_path: Path) -> None:
    box = _text_box("УТВЕРЖДАЮ", "Глава администрации района", "_________ Д.С. Громов", "«26» декабря 2025 г.")
    body = (
        box
        + b.title_paragraphs()
        + b.table(b.header_row(), b.row("1.", "Заседание", "Москва, март", ""))
        + b.signature()
    )
    plan = magplan.read_plan(b.write_docx(tmp_path / "plan.docx", body))
    approval = plan.document.approval
    assert approval is not None
    assert (approval.position, approval.name, approval.date_text) == (
        "Глава администрации района",
        "Д.С. Громов",
        "«26» декабря 2025 г.",
    )
    assert [i.title for i in plan.records] == ["Заседание"]


def _titled(tmp_path: Path, heading: str) -> magplan.Plan:
    return _html(
        tmp_path,
        f'<p align="center"><b>{heading}</b></p><table border=1>'
        "<tr><th>№</th><th>Мероприятие</th><th>Срок</th><th>Ответственный</th></tr>"
        "<tr><td>1.</td><td>Заседание</td><td>март</td><td>Отдел</td></tr></table>",
    )


def test_a_heading_opened_by_calendar_or_an_adjective_is_whole(tmp_path: Path) -> None:
    for lines in (
        ("Календарь", "массовых мероприятий на 2026 год"),
        ("Основные мероприятия", "управления культуры на 2026 год"),
        ("Комплексный план мероприятий", "по профилактике правонарушений на 2026 год"),
    ):
        plan = _titled(tmp_path, "<br>".join(lines))
        assert (plan.document.title, plan.document.year) == (" ".join(lines), 2026)


def test_headers_of_other_bodies_name_their_columns(tmp_path: Path) -> None:
    for headers in (
        ("№", "Наименование работ", "Сроки", "Кто проводит"),
        ("№", "Содержание деятельности", "Когда", "Исполнители"),
        ("№", "Вид работы", "Дата", "Ответственные лица"),
        ("№", "Тематика заседаний", "Период проведения", "Ответственный"),
        ("№", "Форма и название мероприятия", "Дата", "Отв."),
        ("№", "Форма проведения, тема", "Дата", "Отв. лицо"),
    ):
        head = "".join(f"<th>{h}</th>" for h in headers)
        plan = _html(
            tmp_path,
            f"<p>План работы на 2026 год</p><table border=1><tr>{head}</tr>"
            "<tr><td>1.</td><td>Заседание совета</td><td>март</td><td>Секретарь</td></tr></table>",
        )
        rows = [(i.title, i.date_text, i.responsible, i.note) for i in plan.records]
        assert rows == [("Заседание совета", "март", "Секретарь", None)], headers


def test_a_venue_and_the_form_alone_name_their_columns(tmp_path: Path) -> None:
    plan = _html(
        tmp_path,
        "<p>План работы на 2026 год</p><table border=1><tr><th>№</th><th>Мероприятие</th><th>Срок</th>"
        "<th>Площадка</th><th>Форма проведения мероприятия</th></tr>"
        "<tr><td>1.</td><td>Слёт</td><td>май</td><td>Парк</td><td>Квест</td></tr></table>",
    )
    rows = [(i.title, i.place, i.note) for i in plan.records]
    assert rows == [("Слёт", "Парк", "Форма проведения мероприятия: Квест")]


def test_who_takes_part_is_no_responsible_column(tmp_path: Path) -> None:
    plan = _html(
        tmp_path,
        "<p>План работы на 2026 год</p><table border=1><tr><th>№</th><th>Мероприятие</th><th>Срок</th>"
        "<th>Кто участвует</th></tr><tr><td>1.</td><td>Слёт</td><td>май</td><td>Школьники</td></tr></table>",
    )
    assert [(i.responsible, i.note) for i in plan.records] == [(None, "Кто участвует: Школьники")]


def test_a_signature_in_the_tables_last_row_is_the_signatory(tmp_path: Path) -> None:
    plan = _html(
        tmp_path,
        "<p>План мероприятий отдела культуры на 2026 год</p><table border=1>"
        "<tr><th>№</th><th>Мероприятие</th><th>Срок</th><th>Ответственный</th></tr>"
        "<tr><td colspan=4>Массовые мероприятия</td></tr>"
        "<tr><td>1.</td><td>Форум</td><td>май</td><td>Отдел</td></tr>"
        "<tr><td colspan=4>Начальник отдела культуры ____________ И.И. Иванов</td></tr></table>",
    )
    signatory = plan.document.signatory
    assert signatory is not None
    assert (signatory.position, signatory.name) == ("Начальник отдела культуры", "И.И. Иванов")
    assert [(i.section, i.title) for i in plan.records] == [("Массовые мероприятия", "Форум")]


def test_an_empty_heading_in_the_tables_last_row_is_no_part_of_the_signature(tmp_path: Path) -> None:
    plan = _html(
        tmp_path,
        "<p>План мероприятий отдела культуры на 2026 год</p><table border=1>"
        "<tr><th>№</th><th>Мероприятие</th><th>Срок</th><th>Ответственный</th></tr>"
        "<tr><td>1.</td><td>Форум*</td><td>май</td><td>Отдел</td></tr>"
        "<tr><td colspan=4>* Сроки указаны ориентировочно</td></tr>"
        "<tr><td colspan=4>III. Прочие мероприятия</td></tr></table>"
        "<p>Начальник отдела&nbsp;&nbsp;&nbsp; И.И. Иванов</p>",
    )
    signatory = plan.document.signatory
    assert signatory is not None
    assert (signatory.position, signatory.name) == ("Начальник отдела", "И.И. Иванов")
    assert plan.document.footnotes == ["Сроки указаны ориентировочно"]
    assert [(i.title, i.approximate) for i in plan.records] == [("Форум", True)]


def _quarters_docx(tmp_path: Path, *rows: tuple[str, ...]) -> magplan.Plan:
    head = ("№ п/п", "Наименование мероприятия", "I кв.", "II кв.", "III кв.", "IV кв.", "Ответственный")
    body = b.title_paragraphs(("ПЛАН", "работы управления на 2027 год"))
    body += b.table(b.header_row(head), *[b.row(*r) for r in rows], columns=7)
    return magplan.read_plan(b.write_docx(tmp_path / "plan.docx", body))


def test_a_quarter_grid_says_when_by_its_marked_columns(tmp_path: Path) -> None:
    plan = _quarters_docx(
        tmp_path,
        ("1.", "Коллегия", "+", "", "х", "", "Отдел"),
        ("2.", "Смотр", "", "", "", "✓", "Отдел"),
        ("3.", "Отчёт", "", "15 мая", "", "", "Отдел"),
    )
    rows = [(i.date_text, i.occurrences, i.date_precision, i.note) for i in plan.records]
    q = [(dt(2027, 1, 1), dt(2027, 3, 31)), (dt(2027, 7, 1), dt(2027, 9, 30)), (dt(2027, 10, 1), dt(2027, 12, 31))]
    assert rows == [
        ("I кв., III кв.", [q[0], q[1]], "quarter", None),
        ("IV кв.", [q[2]], "quarter", None),
        # A wording in the grid's cell is more exact than its column.
        ("15 мая", [(dt(2027, 5, 15), dt(2027, 5, 15))], "day", None),
    ]


def test_a_quarter_grid_under_a_date_group_and_a_count_in_it(tmp_path: Path) -> None:
    plan = _html(
        tmp_path,
        "<p>ПЛАН работы отдела на 2027 год</p><table border=1>"
        "<tr><th rowspan=2>№</th><th rowspan=2>Мероприятие</th><th colspan=4>Срок исполнения</th>"
        "<th rowspan=2>Ответственный</th></tr><tr><th>I квартал</th><th>II квартал</th><th>III квартал</th>"
        "<th>IV квартал</th></tr>"
        "<tr><td>1.</td><td>Коллегия</td><td>+</td><td></td><td>+</td><td></td><td>Отдел</td></tr>"
        "<tr><td>2.</td><td>Отчёт</td><td>2</td><td></td><td></td><td></td><td>Отдел</td></tr></table>",
    )
    rows = [(i.date_text, i.date_start, i.date_end, i.note) for i in plan.records]
    # A count is no mark: it stays in the note as printed, and says no period.
    assert rows == [
        ("I квартал, III квартал", dt(2027, 1, 1), dt(2027, 9, 30), None),
        (None, None, None, "I квартал: 2"),
    ]
    assert not plan.warnings


def test_a_table_of_quarters_that_is_no_plan_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "budget.html"
    path.write_text(
        '<html><head><meta charset="utf-8"></head><body><p>Смета расходов на 2027 год</p><table border=1>'
        "<tr><th>№</th><th>Наименование статьи</th><th>I кв.</th><th>II кв.</th></tr>"
        "<tr><td>1.</td><td>Аренда</td><td>1 000</td><td>1 000</td></tr></table></body></html>",
        "utf-8",
    )
    with pytest.raises(NoPlanFound):
        magplan.read_plan(path)


def test_a_table_foot_written_before_its_body_is_read_at_the_foot(tmp_path: Path) -> None:
    plan = _html(
        tmp_path,
        "<p>План мероприятий на 2027 год</p><table border=1><thead><tr><th>№</th><th>Мероприятие</th>"
        "<th>Срок</th></tr></thead><tfoot><tr><td colspan=3>* Сроки указаны ориентировочно</td></tr></tfoot>"
        "<tbody><tr><td>1.</td><td>Форум*</td><td>май</td></tr><tr><td>2.</td><td>Слёт</td><td>июнь</td></tr>"
        "</tbody></table>",
    )
    assert plan.document.footnotes == ["Сроки указаны ориентировочно"]
    assert [(i.title, i.approximate) for i in plan.records] == [("Форум", True), ("Слёт", False)]


def test_a_bar_of_links_under_the_signature_is_no_part_of_it(tmp_path: Path) -> None:
    plan = _html(
        tmp_path,
        "<p>План мероприятий на 2027 год</p><table border=1><tr><th>№</th><th>Мероприятие</th><th>Срок</th></tr>"
        "<tr><td>1.</td><td>Форум</td><td>май</td></tr></table>"
        "<p>Директор Департамента&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; К.Л. Рябов</p>"
        '<div class="share"><a href="/vk">ВКонтакте</a> | <a href="/tg">Telegram</a></div>',
    )
    signatory = plan.document.signatory
    assert signatory is not None
    assert (signatory.position, signatory.name) == ("Директор Департамента", "К.Л. Рябов")


_DIV_ROWS = (("№", "Мероприятие", "Срок"), ("1.", "Библионочь", "апрель"), ("2.", "Пушкинский день", "6 июня"))


def _div_table(row_attr: str, cell_attr: str) -> str:
    rows = "".join(
        f"<div {row_attr}>" + "".join(f"<div {cell_attr}>{t}</div>" for t in r) + "</div>" for r in _DIV_ROWS
    )
    return rows


@pytest.mark.parametrize(
    ("style", "table", "row", "cell"),
    [
        (".t{display:table}.r{display:table-row}.c{display:table-cell;border:1px solid}", 'class="t"', 'class="r"',
         'class="c"'),
        ("", 'style="display: table"', 'style="display: table-row"', 'style="display: table-cell"'),
        ("", 'role="table"', 'role="row"', 'role="cell"'),
        # A phone's rule, inside a block a desktop screen does not apply, makes the rows blocks.
        (".t{display:table}.r{display:table-row}.c{display:table-cell}"
         "@media (max-width: 600px){.t{margin:0}.r,.c{display:block}}", 'class="t"', 'class="r"', 'class="c"'),
        # Mobile first: the table is drawn only by a wide screen's block.
        (".r,.c{display:block}@media (min-width: 600px){.t{display:table}.r{display:table-row}"
         ".c{display:table-cell}}", 'class="t"', 'class="r"', 'class="c"'),
    ],
)  # fmt: skip
def test_a_plan_of_div_rows_drawn_as_a_table_is_read(
    tmp_path: Path, style: str, table: str, row: str, cell: str
) -> None:
    plan = _html(
        tmp_path,
        f"<style>{style}</style><p>План мероприятий библиотеки на 2027 год</p>"
        f"<div {table}>{_div_table(row, cell)}</div>",
    )
    assert [(i.number, i.title, i.date_text) for i in plan.records] == [
        (1, "Библионочь", "апрель"),
        (2, "Пушкинский день", "6 июня"),
    ]


def test_a_hidden_column_of_a_sheet_is_read_with_a_warning(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "План мероприятий на 2027 год"
    for row in (("№", "Мероприятие", "Код", "Срок"), (1, "Форум", "К-01", "май")):
        ws.append(row)
    ws.column_dimensions["C"].hidden = True
    wb.save(tmp_path / "plan.xlsx")
    plan = magplan.read_plan(tmp_path / "plan.xlsx")
    assert [(i.title, i.note) for i in plan.records] == [("Форум", "Код: К-01")]
    assert [w.code for w in plan.warnings] == ["hidden_column"]


def test_an_act_that_approves_as_an_annex_keeps_the_annex_number_in_its_wording(tmp_path: Path) -> None:
    lines = ("УТВЕРЖДЕН", "Приложение № 1 к приказу директора", "МБУ «Центр досуга»", "от 25.12.2026 № 112")
    body = "".join(b.para(line, props='<w:jc w:val="right"/>') for line in lines)
    body += b.title_paragraphs(("План работы", "на 2027 год"))
    body += b.table(
        b.header_row(("№", "Мероприятие", "Срок", "Ответственный")), b.row("1.", "Выставка", "май", "Отдел")
    )
    approval = magplan.read_plan(b.write_docx(tmp_path / "plan.docx", body)).document.approval
    assert approval is not None
    assert (approval.position, approval.name, approval.date_text, approval.number) == (
        "Приложение № 1 к приказу директора МБУ «Центр досуга»",
        None,
        "25.12.2026",
        "112",
    )


def test_a_plan_of_three_hundred_rows_is_read_whole(tmp_path: Path) -> None:
    rows = [b.header_row(("№ п/п", "Наименование мероприятия", "Срок проведения", "Ответственный"))]
    for n in range(1, 301):
        if n % 100 == 1:
            rows.append(b.section_row(f"Раздел {n // 100 + 1}"))
        rows.append(b.row(f"{n}.", f"Мероприятие «Страница {n}»", "ежемесячно" if n % 7 == 0 else "март", "Отдел"))
    body = b.title_paragraphs(("План мероприятий", "на 2027 год")) + b.table(*rows)
    plan = magplan.read_plan(b.write_docx(tmp_path / "plan.docx", body))
    records = plan.records
    assert [i.number for i in records] == list(range(1, 301))
    assert [i.section for i in records[99:101]] == ["Раздел 1", "Раздел 2"]
    assert [i.recurrence for i in records[5:7]] == [None, "monthly"]
    assert not plan.warnings


def test_a_grid_of_cells_with_a_heading_across_it_is_read_as_a_table(tmp_path: Path) -> None:
    cells = "".join(f"<div class=c>{t}</div>" for t in _DIV_ROWS[0])
    cells += '<div class=c style="grid-column: 1 / -1">Спортивные мероприятия</div>'
    cells += "".join(f"<div class=c>{t}</div>" for t in _DIV_ROWS[1])
    # A row wrapped in an element that is no box of its own (display: contents).
    cells += '<div style="display: contents">' + "".join(f"<div class=c>{t}</div>" for t in _DIV_ROWS[2]) + "</div>"
    plan = _html(
        tmp_path,
        "<style>.g { display: grid; grid-template-columns: 40px repeat(2, minmax(0, 1fr)); }"
        ".c { border: 1px solid #000 }</style><p>План мероприятий на 2027 год</p>"
        f'<div class="g">{cells}</div>',
    )
    assert [(i.section, i.number, i.title, i.date_text) for i in plan.records] == [
        ("Спортивные мероприятия", 1, "Библионочь", "апрель"),
        ("Спортивные мероприятия", 2, "Пушкинский день", "6 июня"),
    ]


def test_a_grid_that_lays_out_the_page_is_no_table(tmp_path: Path) -> None:
    plan = _html(
        tmp_path,
        "<style>.page { display: grid; grid-template-columns: 200px 1fr; }</style>"
        '<div class="page"><div><a href="/">Главная</a></div><div><p>План мероприятий на 2027 год</p>'
        "<table border=1><tr><th>№</th><th>Мероприятие</th><th>Срок</th></tr>"
        "<tr><td>1.</td><td>Форум</td><td>май</td></tr></table></div>"
        "<div>Новости</div><div>Контакты</div></div>",
    )
    assert (plan.document.title, [i.title for i in plan.records]) == ("План мероприятий на 2027 год", ["Форум"])


def test_a_grid_of_news_cards_is_no_table(tmp_path: Path) -> None:
    cards = "".join(
        f'<div><img src="{n}.jpg" alt=""><h3>{text}</h3></div>'
        for n, text in enumerate(("Мероприятия недели", "Сроки подачи заявок продлены", "Итоги года", "Новости спорта"))
    )
    plan = _html(
        tmp_path,
        '<style>.cards { display: grid; grid-template-columns: repeat(2, 1fr); }</style><div class="cards">'
        f"{cards}</div><p>План мероприятий на 2027 год</p><table border=1><tr><th>№</th><th>Мероприятие</th>"
        "<th>Срок</th></tr><tr><td>1.</td><td>Форум</td><td>май</td></tr></table>",
    )
    assert [i.title for i in plan.records] == ["Форум"]


def _with_first_page_header(path: Path, header: str) -> Path:
    """`path` (a docx_builder package) with `header` as its first page's header part."""
    return _with_running_part(path, f'<w:hdr xmlns:w="{b.W_NS}">{header}</w:hdr>', "header", "first")


def _with_running_part(path: Path, xml: str, kind: str, page: str) -> Path:
    """`path` (a docx_builder package) with the part `xml` as the `kind` ("header", "footer") of
    its `page` ("first", "default") pages."""
    import zipfile

    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name).decode() for name in archive.namelist()}
    parts[f"word/{kind}1.xml"] = xml
    rel = f'<Relationship Id="rId9" Type="{b.R_NS}/{kind}" Target="{kind}1.xml"/></Relationships>'
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace("</Relationships>", rel)
    title_page = "<w:titlePg/>" if page == "first" else ""
    section = f'<w:sectPr><w:{kind}Reference w:type="{page}" r:id="rId9"/>{title_page}</w:sectPr></w:body>'
    parts["word/document.xml"] = parts["word/document.xml"].replace("</w:body>", section)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _plan_body() -> str:
    return b.title_paragraphs(("План мероприятий", "на 2027 год")) + b.table(
        b.header_row(("№", "Мероприятие", "Срок", "Ответственный")), b.row("1.", "Форум", "май", "Отдел")
    )


# The head word as typeset (spaced out, in quotes) is the same approval block (one REQUISITE_HEAD).
@pytest.mark.parametrize("head", ["УТВЕРЖДАЮ", "У Т В Е Р Ж Д А Ю", "“УТВЕРЖДАЮ”"])
def test_an_approval_block_in_the_first_pages_header_is_read(tmp_path: Path, head: str) -> None:
    lines = (head, "Глава администрации", "__________ С.Н. Гусев", "«28» декабря 2026 г.")
    path = _with_first_page_header(b.write_docx(tmp_path / "plan.docx", _plan_body()), "".join(map(b.para, lines)))
    plan = magplan.read_plan(path)
    approval = plan.document.approval
    assert approval is not None
    assert (approval.position, approval.name, approval.date_text) == (
        "Глава администрации",
        "С.Н. Гусев",
        "«28» декабря 2026 г.",
    )
    assert plan.document.title == "План мероприятий на 2027 год"


def test_a_running_header_is_no_part_of_the_plan(tmp_path: Path) -> None:
    header = b.para("Утверждённый план мероприятий управления на 2027 год") + b.para("Страница 1")
    plan = magplan.read_plan(_with_first_page_header(b.write_docx(tmp_path / "plan.docx", _plan_body()), header))
    assert (plan.document.title, plan.document.approval) == ("План мероприятий на 2027 год", None)


def test_an_executor_in_the_footer_part_is_said_not_dropped(tmp_path: Path) -> None:
    """«Исполнитель: …» kept in the footer (GOST's executor under every page) is no footnote (no
    marker points at it) and no field of the contract: a warning says it; a page number says nothing."""
    footer = b.para("Исполнитель: Петрова А.А., тел. 12-34-56") + b.para("Страница 1")
    path = b.write_docx(tmp_path / "plan.docx", _plan_body())
    part = f'<w:ftr xmlns:w="{b.W_NS}">{footer}</w:ftr>'
    plan = magplan.read_plan(_with_running_part(path, part, "footer", "default"))
    said = [w.message for w in plan.warnings if w.code == "text_skipped"]
    assert (plan.document.footnotes, said) == (
        [],
        ["a line of the page footer, a requisite, was not read: Исполнитель: Петрова А.А., тел. 12-34-56"],
    )


def test_a_period_grid_ticked_with_a_symbol_fonts_check_mark(tmp_path: Path) -> None:
    tick = b.cell(b.para('<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>'))
    plan = _quarters_docx(
        tmp_path, ("1.", "Коллегия", "<w:tc><w:p/></w:tc>", tick, tick, "<w:tc><w:p/></w:tc>", "Отдел")
    )
    assert [(i.date_text, i.date_start, i.date_end) for i in plan.records] == [
        ("II кв., III кв.", dt(2027, 4, 1), dt(2027, 9, 30))
    ]


def test_start_and_end_dates_in_two_flat_columns_are_one_period(tmp_path: Path) -> None:
    plan = _html(
        tmp_path,
        "<p>План курсов на 2027 год</p><table border=1><tr><th>№</th><th>Наименование курса</th>"
        "<th>Дата начала</th><th>Дата окончания</th></tr>"
        "<tr><td>1.</td><td>Делопроизводство</td><td>10.02.2027</td><td>12.02.2027</td></tr></table>",
    )
    assert [(i.date_text, i.date_start, i.date_end, i.note) for i in plan.records] == [
        ("10.02.2027 – 12.02.2027", dt(2027, 2, 10), dt(2027, 2, 12), None)
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "ПОВЕСТКА<br>заседания Совета 15 марта 2027 года",
        "Итоговый протокол конкурса 2027 года",
        "Реестр 2027 года",
        "ОТЧЁТ<br>о выполнении плана мероприятий за 2027 год",
    ],
)
def test_a_table_under_the_heading_of_another_kind_of_document_is_refused(tmp_path: Path, heading: str) -> None:
    path = tmp_path / "doc.html"
    path.write_text(
        f'<html><head><meta charset="utf-8"></head><body><p><b>{heading}</b></p><table border=1>'
        "<tr><th>Время</th><th>Рассматриваемый вопрос</th><th>Место</th></tr>"
        "<tr><td>10:00</td><td>Об исполнении бюджета</td><td>Зал № 1</td></tr></table></body></html>",
        "utf-8",
    )
    with pytest.raises(NoPlanFound, match="no plan"):
        magplan.read_plan(path)


def test_an_annex_to_a_protocol_that_holds_a_plan_is_read(tmp_path: Path) -> None:
    plan = _html(
        tmp_path,
        "<p>Приложение к протоколу заседания Совета от 10.12.2026 № 4</p><p><b>Мероприятия Совета на 2027 год</b></p>"
        "<table border=1><tr><th>№</th><th>Мероприятие</th><th>Срок</th></tr>"
        "<tr><td>1.</td><td>Форум</td><td>май</td></tr></table>",
    )
    assert [i.title for i in plan.records] == ["Форум"]


def test_a_month_column_says_when_unless_a_date_column_does(tmp_path: Path) -> None:
    head = "<tr><th>Месяц</th><th>№</th><th>Мероприятие</th>{}</tr>"
    rows = "<tr><td rowspan=2>Январь</td><td>1.</td><td>Коллегия</td>{}</tr><tr><td>2.</td><td>Смотр</td>{}</tr>"
    alone = _html(tmp_path, f"<p>План на 2027 год</p><table border=1>{head.format('')}{rows.format('', '')}</table>")
    assert [(i.date_text, i.note) for i in alone.records] == [("Январь", None), ("Январь", None)]
    with_dates = _html(
        tmp_path,
        f"<p>План на 2027 год</p><table border=1>{head.format('<th>Дата</th>')}"
        f"{rows.format('<td>7 января</td>', '<td>25 января</td>')}</table>",
    )
    assert [(i.date_text, i.note) for i in with_dates.records] == [
        ("7 января", "Месяц: Январь"),
        ("25 января", "Месяц: Январь"),
    ]


@pytest.mark.parametrize(
    ("between", "section"),
    [
        # Joomla's article info: its label, the date posted and the hits, all the page's.
        ("<dl><dt>Подробности</dt><dd>Опубликовано: 20.12.2026</dd><dd>Просмотров: 37</dd></dl>", ""),
        # A heading under the page's lines is the table's section all the same.
        ("<p>Опубликовано 24.12.2026</p><h3>Массовые мероприятия</h3>", "Массовые мероприятия"),
    ],
)
def test_the_lines_about_the_page_under_its_heading_are_no_section(tmp_path: Path, between: str, section: str) -> None:
    head = "<tr><th>№</th><th>Мероприятие</th><th>Срок</th></tr>"
    table = f"<table border=1>{head}<tr><td>1.</td><td>Форум</td><td>май</td></tr></table>"
    plan = _html(tmp_path, f"<h2>План мероприятий на 2027 год</h2>{between}{table}")
    assert [(i.section, i.title) for i in plan.records] == [(section, "Форум")]


def test_a_hidden_table_row_of_a_page_is_not_read_but_told(tmp_path: Path) -> None:
    plan = _html(
        tmp_path,
        "<p>План мероприятий на 2027 год</p><table border=1><tr><th>№</th><th>Мероприятие</th><th>Срок</th></tr>"
        "<tr><td>1.</td><td>Форум</td><td>май</td></tr>"
        '<tr style="display: none"><td>2.</td><td>Шаблон</td><td>—</td></tr></table>',
    )
    assert [i.title for i in plan.records] == ["Форум"]
    assert [(w.code, "Шаблон" in w.message) for w in plan.warnings] == [("hidden_row", True)]


def test_hidden_cells_of_a_page_take_no_column_but_are_told(tmp_path: Path) -> None:
    # A CMS's record id in a column the page hides (`display: none` on the header and every cell;
    # a class the page's sheet hides, likewise): a browser lays the rows out without it.
    hiders = (("", '<td style="display:none">@</td>'), ("<style>.id{display:none}</style>", '<td class="id">@</td>'))
    for style, cell in hiders:
        plan = _html(
            tmp_path,
            f"{style}<p>План мероприятий на 2027 год</p><table border=1><tr>"
            + cell.replace("@", "ID").replace("td", "th")
            + "<th>№</th><th>Мероприятие</th><th>Срок</th></tr><tr>"
            + cell.replace("@", "4401")
            + "<td>1.</td><td>Форум</td><td>май</td></tr></table>",
        )
        assert [(i.number, i.title, i.date_text, i.note) for i in plan.records] == [(1, "Форум", "май", None)]
        assert [(w.code, "4401" in w.message) for w in plan.warnings] == [("hidden_cells", True)]


@pytest.mark.parametrize(
    ("number_format", "shown", "precision"),
    [("mmmm", "Март", "month"), ("d mmmm", "15 марта", "day"), ("[$-419]mmmm yyyy;@", "Март 2027", "month"),
     ("dd.mm.yyyy", "15.03.2027", "day"), ("mm-dd-yy", "15.03.2027", "day")],
)  # fmt: skip
def test_a_date_cell_reads_as_its_format_shows_it(
    tmp_path: Path, number_format: str, shown: str, precision: str
) -> None:
    import datetime

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "План мероприятий на 2027 год"
    ws.append(["№", "Мероприятие", "Срок"])
    ws.append([1, "Форум", datetime.datetime(2027, 3, 15)])
    ws["C3"].number_format = number_format
    wb.save(tmp_path / "plan.xlsx")
    (item,) = magplan.read_plan(tmp_path / "plan.xlsx").records
    assert (item.date_text, item.date_precision) == (shown, precision)


def test_table_labels_are_no_headings(tmp_path: Path) -> None:
    head = b.header_row(("№", "Мероприятие", "Срок", "Ответственный"))
    body = b.title_paragraphs(("План мероприятий", "на 2027 год")) + b.para("Таблица 1")
    body += b.table(head, b.row("1.", "Форум", "май", "Отдел")) + b.para("Окончание табл. 1")
    body += b.table(b.row("2.", "Слёт", "июнь", "Отдел"))
    plan = magplan.read_plan(b.write_docx(tmp_path / "plan.docx", body))
    assert [(i.section, i.title) for i in plan.records] == [("", "Форум"), ("", "Слёт")]
    assert not plan.warnings


def _with_chunk(path: Path, name: str, data: bytes) -> Path:
    """`path` (a docx_builder package) with `data` as the imported part `word/<name>` of id rIdChunk."""
    import zipfile

    with zipfile.ZipFile(path) as archive:
        parts = {member: archive.read(member) for member in archive.namelist()}
    parts[f"word/{name}"] = data
    kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"
    rel = f'<Relationship Id="rIdChunk" Type="{kind}" Target="{name}"/></Relationships>'.encode()
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(b"</Relationships>", rel)
    with zipfile.ZipFile(path, "w") as archive:
        for member, content in parts.items():
            archive.writestr(member, content)
    return path


_CHUNK_PAGE = (
    "<html><body><p>План мероприятий на 2027 год</p><table border=1><tr><th>№</th><th>Мероприятие</th>"
    "<th>Срок</th></tr><tr><td>1.</td><td>Форум</td><td>май</td></tr></table></body></html>"
)


def test_a_docx_made_of_an_imported_html_part_is_read(tmp_path: Path) -> None:
    path = b.write_docx(tmp_path / "plan.docx", '<w:altChunk r:id="rIdChunk"/>')
    plan = magplan.read_plan(_with_chunk(path, "afchunk.html", _CHUNK_PAGE.encode()))
    assert (plan.document.title, [i.title for i in plan.records]) == ("План мероприятий на 2027 год", ["Форум"])


def test_an_imported_web_archive_part_is_read(tmp_path: Path) -> None:
    import quopri

    mime = (
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b1"\r\n\r\n--b1\r\n'
        b"Content-Type: text/html; charset=windows-1251\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        + quopri.encodestring(_CHUNK_PAGE.encode("cp1251"))
        + b"\r\n--b1--\r\n"
    )
    path = b.write_docx(tmp_path / "plan.docx", b.para("Пояснение") + '<w:altChunk r:id="rIdChunk"/>')
    plan = magplan.read_plan(_with_chunk(path, "afchunk.mht", mime))
    assert [(i.title, i.date_text) for i in plan.records] == [("Форум", "май")]


def test_a_strict_open_xml_document_is_read(tmp_path: Path) -> None:
    import zipfile

    path = b.write_docx(tmp_path / "plan.docx", _plan_body())
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    strict = {
        b.W_NS.encode(): b"http://purl.oclc.org/ooxml/wordprocessingml/main",
        b.R_NS.encode(): b"http://purl.oclc.org/ooxml/officeDocument/relationships",
    }
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            for old, new in strict.items():
                data = data.replace(old, new)
            archive.writestr(name, data)
    plan = magplan.read_plan(path)
    assert [(i.title, i.responsible) for i in plan.records] == [("Форум", "Отдел")]


@pytest.mark.parametrize(
    ("group", "columns", "wording", "end"),
    [
        ("Срок исполнения (квартал)", ("I", "II", "III", "IV"), "I квартал, III квартал", dt(2027, 9, 30)),
        ("Квартал", ("1", "2", "3", "4"), "1 квартал, 3 квартал", dt(2027, 9, 30)),
        ("Срок (полугодие)", ("I", "II"), "I полугодие", dt(2027, 6, 30)),
    ],
)
def test_bare_ordinals_under_a_group_that_names_the_period(
    tmp_path: Path, group: str, columns: tuple[str, ...], wording: str, end: object
) -> None:
    marks = "".join(f"<td>{'+' if i % 2 == 0 else ''}</td>" for i in range(len(columns)))
    plan = _html(
        tmp_path,
        "<p>ПЛАН работы отдела на 2027 год</p><table border=1><tr><th rowspan=2>№</th><th rowspan=2>Мероприятие</th>"
        f"<th colspan={len(columns)}>{group}</th><th rowspan=2>Ответственный</th></tr>"
        f"<tr>{''.join(f'<th>{c}</th>' for c in columns)}</tr>"
        f"<tr><td>1.</td><td>Коллегия</td>{marks}<td>Отдел</td></tr></table>",
    )
    assert [(i.date_text, i.date_start, i.date_end, i.note) for i in plan.records] == [
        (wording, dt(2027, 1, 1), end, None)
    ]
    assert not plan.warnings


def test_a_header_of_three_levels(tmp_path: Path) -> None:
    plan = _html(
        tmp_path,
        "<p>План-график проверок на 2027 год</p><table border=1><tr><th rowspan=3>№</th>"
        "<th rowspan=3>Наименование мероприятия</th><th colspan=3>Проведение</th><th rowspan=3>Ответственный</th></tr>"
        "<tr><th rowspan=2>Место</th><th colspan=2>Срок</th></tr><tr><th>с</th><th>по</th></tr>"
        "<tr><td>1.</td><td>Проверка</td><td>Спортшкола</td><td>10.02.2027</td><td>21.02.2027</td><td>Отдел</td></tr>"
        "</table>",
    )
    rows = [(i.place, i.date_text, i.date_end, i.responsible, i.note) for i in plan.records]
    assert rows == [("Спортшкола", "10.02.2027 – 21.02.2027", dt(2027, 2, 21), "Отдел", None)]
    assert not plan.warnings


def test_a_plan_printed_whole_in_one_table_with_its_approval_and_heading(tmp_path: Path) -> None:
    span = '<w:gridSpan w:val="{}"/>'.format
    rows = [
        b.row(
            b.cell("", props=span(2)),
            b.cell("УТВЕРЖДАЮ", "Директор школы", "________ А.П. Кречетов", "«21» декабря 2026 г.", props=span(2)),
        ),
        b.row(b.cell("План", "внеклассных мероприятий школы на 2027 год", props=span(4))),
        b.row(b.cell("", props=span(4))),
        b.header_row(("№", "Мероприятие", "Дата", "Ответственные")),
        b.row("1", "Осенний кросс", "сентябрь", "Учителя физкультуры"),
    ]
    plan = magplan.read_plan(b.write_docx(tmp_path / "plan.docx", b.table(*rows)))
    approval = plan.document.approval
    assert approval is not None
    assert (approval.position, approval.name, approval.date_text) == (
        "Директор школы",
        "А.П. Кречетов",
        "«21» декабря 2026 г.",
    )
    assert plan.document.title == "План внеклассных мероприятий школы на 2027 год"
    assert [(i.title, i.date_text) for i in plan.records] == [("Осенний кросс", "сентябрь")]


_FORUM = (
    "<p>План мероприятий на 2027 год</p><table border=1><tr><th>№</th><th>Мероприятие</th><th>Срок</th></tr>"
    "<tr><td>1.</td><td>Форум</td><td>май</td></tr></table>"
)


def test_a_plan_in_a_pane_that_a_script_shows_is_read_but_a_hidden_copy_is_not(tmp_path: Path) -> None:
    # Tabs, a published spreadsheet's sheets: every pane hidden until a script shows one.
    pane = _html(tmp_path, f'<div style="display:none">{_FORUM}</div>')
    assert [i.title for i in pane.records] == ["Форум"]
    # Beside a visible plan, a hidden copy (a print version) stays unread.
    copy = _html(tmp_path, _FORUM + f'<div style="display: none">{_FORUM.replace("Форум", "Слёт")}</div>')
    assert [i.title for i in copy.records] == ["Форум"]


def test_a_published_sheets_frame_of_letters_and_row_numbers_is_no_part_of_it(tmp_path: Path) -> None:
    letters = "<tr><th></th><th>A</th><th>B</th><th>C</th></tr>"
    rows = [("№", "Мероприятие", "Когда"), ("1", "Форум", "май"), ("2", "Слёт", "июнь")]
    body = "".join(f"<tr><th>{n}</th>{''.join(f'<td>{c}</td>' for c in r)}</tr>" for n, r in enumerate(rows, 1))
    # The bar a published sheet draws under its frozen rows: a row with no number and nothing in it.
    bar = "<tr><th></th><td></td><td></td><td></td></tr>"
    body = body.replace("</tr>", "</tr>" + bar, 1)
    # A table of its own whose columns are named «A», «B» is no frame.
    other = "<table border=1><tr><th></th><th>A</th><th>B</th></tr><tr><td>Итого</td><td>1</td><td>2</td></tr></table>"
    plan = _html(tmp_path, f"{other}<p>План мероприятий на 2027 год</p><table border=1>{letters}{body}</table>")
    assert [(i.number, i.title, i.date_text, i.note) for i in plan.records] == [
        (1, "Форум", "май", None),
        (2, "Слёт", "июнь", None),
    ]


def test_a_soft_hyphen_and_control_characters_print_nothing() -> None:
    from magplan.text import clean

    assert clean("Зав. ка\u00adфедрой\nНаучно\u00ad-практическая") == "Зав. кафедрой\nНаучно-практическая"
    assert clean("\x04май – июнь \x05") == "май – июнь"
    assert clean("Выставка\x01 детского\x0bрисунка") == "Выставка детского рисунка"
    # Pasted into a site's editor: a byte-order mark, a word joiner, joiners and direction marks.
    assert clean("\ufeffГлавный\u2060 зал\u200e") == "Главный зал"
    assert clean("Ночь\u200c\u200d музеев\u200f\nмай") == "Ночь музеев\nмай"
    # A zero-width space is a place to break a line, not a space: a word it stands in stays whole.
    assert clean("Моск\u200bва, \u200bмай") == "Москва, май"


def test_a_heading_in_the_tables_first_rows_prevails_only_when_it_opens_with_a_plans_word(tmp_path: Path) -> None:
    table = (
        "<table border=1><tr><td colspan=3>{}</td></tr><tr><th>№</th><th>Мероприятие</th><th>Срок</th></tr>"
        "<tr><td>1.</td><td>Форум</td><td>май</td></tr></table>"
    )
    above = "<p>План 2027</p>"  # a published sheet's file name over the sheet
    sheet = _html(tmp_path, above + table.format("План мероприятий молодёжного центра на 2027 год"))
    assert sheet.document.title == "План мероприятий молодёжного центра на 2027 год"
    # The line above that gave way is said, not dropped.
    assert [w.code for w in sheet.warnings if "План 2027" in w.message] == ["text_skipped"]
    part = _html(tmp_path, "<p>ПЛАН мероприятий на 2027 год</p>" + table.format("Раздел 1. События на 2027 год"))
    assert part.document.title == "ПЛАН мероприятий на 2027 год"


def test_links_numbered_like_markers_to_a_pages_blocks_mark_no_note(tmp_path: Path) -> None:
    table = "<table border=1><tr><th>№</th><th>Мероприятие</th><th>Срок</th></tr><tr><td>{}</td></tr></table>"
    plan = _html(
        tmp_path,
        '<p>План мероприятий на 2027 год</p><div><a href="#q1">1</a> <a href="#q2">2</a></div>'
        f'<div id="q1"><h3>I квартал</h3>{table.format("1.</td><td>Форум</td><td>март")}</div>'
        f'<div id="q2"><h3>II квартал</h3>{table.format("2.</td><td>Слёт</td><td>май")}</div>',
    )
    assert [(i.section, i.title) for i in plan.records] == [("I квартал", "Форум"), ("II квартал", "Слёт")]
    assert plan.document.footnotes == []


@pytest.mark.parametrize(
    "notes",
    [
        # Pandoc's and Hugo's Goldmark Markdown notes: each a paragraph inside its item, the back
        # link «↩︎» (the arrow and the text variation selector); an item with no text besides.
        '<li id="fn1"><p>Сроки ориентировочные.&#160;<a href="#fnref1" class="footnote-back">&#x21a9;&#xfe0e;</a></p>'
        '</li><li id="fn2"><p><a href="#fnref2">&#x21a9;&#xfe0e;</a></p></li>',
        # A wiki's notes: the text straight in the item.
        '<li id="fn1"><a href="#fnref1">↑</a> Сроки ориентировочные.</li>',
    ],
)
def test_a_list_of_notes_that_prints_no_markers_gives_the_footnotes(tmp_path: Path, notes: str) -> None:
    head = "<tr><th>№</th><th>Мероприятие</th><th>Срок</th></tr>"
    rows = '<tr><td></td><td>Праздники<sup id="fnref1"><a href="#fn1">1</a></sup></td><td></td></tr>'
    rows += '<tr><td>1</td><td>Выпускной бал<sup id="fnref2"><a href="#fn2">2</a></sup></td><td>июнь</td></tr>'
    body = f"<p>План мероприятий на 2027 год</p><table border=1>{head}{rows}</table>"
    plan = _html(tmp_path, f'{body}<p>Директор</p><div class="footnotes"><hr><ol>{notes}</ol></div>')
    assert plan.document.footnotes == ["Сроки ориентировочные."]
    assert [(i.section, i.title, i.approximate) for i in plan.records] == [("Праздники", "Выпускной бал", True)]


def test_the_protocol_that_approves_a_plan_is_no_document_of_another_kind(tmp_path: Path) -> None:
    approval = "<p>УТВЕРЖДЕН</p><p>решением Правления Ассоциации</p><p>Протокол № 5 от 12.12.2026</p>"
    plan = _html(tmp_path, approval + _FORUM.replace("План мероприятий", "Афиша мероприятий Ассоциации"))
    assert [i.title for i in plan.records] == ["Форум"]


def test_blocks_side_by_side_with_tabs_are_read_each_whole_across_empty_lines(tmp_path: Path) -> None:
    tab = "<w:r><w:tab/></w:r>"

    def line(left: str, right: str) -> str:
        return b.para(left, tab, tab, right)

    head = line("СОГЛАСОВАНО", "УТВЕРЖДАЮ") + line("Председатель профкома", "Директор школы") + b.para("")
    head += line("______ О.П. Кравец", "______ Г.Д. Лаптев") + b.para("") + line("«__» ___ 2026 г.", "«__» ___ 2026 г.")
    plan = magplan.read_plan(b.write_docx(tmp_path / "plan.docx", head + _plan_body()))
    approval = plan.document.approval
    assert approval is not None
    got = (approval.position, approval.name, approval.date_text)
    assert got == ("Директор школы", "Г.Д. Лаптев", "«__» ___ 2026 г.")
    assert plan.document.title == "План мероприятий на 2027 год"


@pytest.mark.parametrize("after", ["", "tabs"])
def test_the_longer_left_block_keeps_its_last_lines(tmp_path: Path, after: str) -> None:
    """The approval on the left runs a line longer than the agreement beside it: its date line
    stands alone (with or without the tabs typed after it) and is still the approval's."""
    tab = "<w:r><w:tab/></w:r>"

    def line(left: str, right: str) -> str:
        return b.para(left, tab, tab, right)

    head = line("УТВЕРЖДАЮ", "СОГЛАСОВАНО") + line("Директор школы", "Председатель профкома")
    head += line("______ Г.Д. Лаптев", "______ О.П. Кравец") + b.para("«20» мая 2026 г.", *[tab, tab][: len(after)])
    plan = magplan.read_plan(b.write_docx(tmp_path / "plan.docx", head + _plan_body()))
    assert plan.document.approval == magplan.model.Approval("Директор школы", "Г.Д. Лаптев", "«20» мая 2026 г.", None)
    assert (plan.document.title, [i.title for i in plan.records]) == ("План мероприятий на 2027 год", ["Форум"])


def test_only_a_signature_date_or_name_under_the_longer_left_block_is_its_own() -> None:
    """Under blocks side by side, the lines standing alone that end the left block (a signature,
    a date, an act's number) are its own; a line set at the left edge after them that ends no
    block (a heading that names no plan's word, a sentence) is the text's after both blocks."""
    from magplan.extract._columns import unfold_columns
    from magplan.layout import Paragraph

    typed = [
        ("УТВЕРЖДЕН\tСОГЛАСОВАНО", None),
        ("приказом директора\tПредседатель профкома", None),
        ("от 12.01.2026 № 5-од\t______ О.П. Кравец", None),
        ("«20» мая 2026 г.", None),
        ("Афиша событий школы на 2027 год", "both"),
        ("Исполнитель: Сидорова А.А.", None),
    ]
    blocks = [Paragraph(text.replace("\t", " "), align=align) for text, align in typed]
    tabbed = {id(block): text for block, (text, _) in zip(blocks, typed, strict=True) if "\t" in text}
    assert [block.text for block in unfold_columns(list(blocks), tabbed) if isinstance(block, Paragraph)] == [
        "УТВЕРЖДЕН",
        "приказом директора",
        "от 12.01.2026 № 5-од",
        "«20» мая 2026 г.",
        "СОГЛАСОВАНО",
        "Председатель профкома",
        "______ О.П. Кравец",
        "Афиша событий школы на 2027 год",
        "Исполнитель: Сидорова А.А.",
    ]


def test_a_heading_set_only_as_the_page_header_is_the_plans(tmp_path: Path) -> None:
    body = b.table(b.header_row(("№", "Мероприятие", "Срок", "Ответственный")), b.row("1.", "Форум", "май", "Отдел"))
    header = b.para("План мероприятий отдела на 2027 год") + b.para("Страница 1")
    plan = magplan.read_plan(_with_first_page_header(b.write_docx(tmp_path / "plan.docx", body), header))
    assert (plan.document.title, plan.document.year) == ("План мероприятий отдела на 2027 год", 2027)
    assert [(i.title, i.date_start) for i in plan.records] == [("Форум", dt(2027, 5, 1))]


def _sheet_with_page_header(tmp_path: Path, center: str, right: str | None = None) -> magplan.Plan:
    """A one-row plan sheet whose printed page header holds `center` (and `right`), read."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.oddHeader.center.text = center
    if right is not None:
        ws.oddHeader.right.text = right
    ws.append(["№", "Мероприятие", "Дата", "Ответственный"])
    ws.append([1, "Концерт", "март", "Отдел"])
    wb.save(tmp_path / "plan.xlsx")
    return magplan.read_plan(tmp_path / "plan.xlsx")


def test_a_sheets_printed_page_header_gives_the_heading_its_cells_do_not(tmp_path: Path) -> None:
    plan = _sheet_with_page_header(tmp_path, '&"Arial,Bold"&14План мероприятий отдела культуры на 2027 год', "Стр. &P")
    assert (plan.document.title, plan.document.year) == ("План мероприятий отдела культуры на 2027 год", 2027)
    assert [(i.title, i.date_start) for i in plan.records] == [("Концерт", dt(2027, 3, 1))]


def test_a_sheets_page_header_prints_an_escaped_ampersand_and_no_colour_code(tmp_path: Path) -> None:
    # «&&» prints «&» even before a letter (no code «&D», the date); «&K01+000» is a theme's colour.
    plan = _sheet_with_page_header(tmp_path, "&K01+000План мероприятий R&&D-центра на 2027 год")
    assert plan.document.title == "План мероприятий R&D-центра на 2027 год"


def test_three_blocks_side_by_side_with_tabs_are_read_each_whole(tmp_path: Path) -> None:
    tab = "<w:r><w:tab/></w:r>"

    def line(*texts: str) -> str:
        return b.para(*[part for text in texts for part in (text, tab)][:-1])

    head = line("СОГЛАСОВАНО", "СОГЛАСОВАНО", "УТВЕРЖДАЮ") + line("Председатель профкома", "Завуч", "Директор школы")
    head += line("______ О.П. Кравец", "______ А.А. Орлова", "______ Г.Д. Лаптев")
    plan = magplan.read_plan(b.write_docx(tmp_path / "plan.docx", head + _plan_body()))
    approval = plan.document.approval
    assert approval is not None
    # The middle agreement's lines are not run into the approval's.
    assert (approval.position, approval.name) == ("Директор школы", "Г.Д. Лаптев")
    assert plan.document.title == "План мероприятий на 2027 год"


def test_a_table_plugins_controls_over_the_plan_are_no_section(tmp_path: Path) -> None:
    # A WordPress table plugin prints its page-size and search controls between the heading and
    # the table: the captions of a form's controls are the site's, not the plan's.
    body = (
        "<h1>План мероприятий центра на 2027 год</h1><div class='dataTables_wrapper'>"
        "<div><label>Показать <select><option>10</option></select> записей</label></div>"
        "<div><label>Поиск:<input type='search'></label></div><table border=1>"
        "<tr><th>№</th><th>Мероприятие</th><th>Дата</th></tr><tr><td>1</td><td>Концерт</td><td>март</td></tr>"
        "</table></div>"
    )
    plan = _html(tmp_path, body)
    assert plan.document.title == "План мероприятий центра на 2027 год"
    assert [(i.section, i.title, i.date_text) for i in plan.records] == [("", "Концерт", "март")]


def _quarter_sheets(tmp_path: Path, second_heading: str | None = None) -> magplan.Plan:
    wb = openpyxl.Workbook()
    for n, (name, title) in enumerate((("I квартал", "Концерт"), ("II квартал", "Выставка"))):
        ws = wb.active if n == 0 else wb.create_sheet(name)
        ws.title = name
        heading = "План мероприятий отдела культуры на 2027 год" if n == 0 else second_heading
        if heading:
            ws.append([heading])
        ws.append([name])
        ws.append(["№", "Мероприятие", "Дата"])
        ws.append([n + 1, title, "март" if n == 0 else "май"])
    wb.save(tmp_path / "plan.xlsx")
    return magplan.read_plan(tmp_path / "plan.xlsx")


def test_a_plan_goes_on_over_a_sheet_per_quarter(tmp_path: Path) -> None:
    # The second sheet repeats the header and prints no plan heading of its own: the plan goes on,
    # the line above each sheet's table its section.
    plan = _quarter_sheets(tmp_path)
    assert plan.document.title == "План мероприятий отдела культуры на 2027 год"
    assert [(i.section, i.number, i.title, str(i.date_start)) for i in plan.records] == [
        ("I квартал", 1, "Концерт", "2027-03-01"),
        ("II квартал", 2, "Выставка", "2027-05-01"),
    ]


def test_a_sheet_with_a_plan_heading_of_its_own_is_another_plan(tmp_path: Path) -> None:
    # Another year's plan (or a copy) on the next sheet is not read into this one.
    plan = _quarter_sheets(tmp_path, "План мероприятий отдела культуры на 2026 год")
    assert [i.title for i in plan.records] == ["Концерт"]
    assert any(w.code == "sheet_skipped" for w in plan.warnings)


def _culture_plan(last_column: str, *last_cells: str) -> openpyxl.Workbook:
    """A workbook whose first sheet holds a plan of two rows under «№ | Мероприятие | Дата |
    `last_column`», the rows' last cells `last_cells` (a row without one ends a cell early)."""
    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    first.append(["План мероприятий отдела культуры на 2027 год"])
    first.append(["№", "Мероприятие", "Дата", last_column])
    for i, row in enumerate([[1, "Концерт", "март"], [2, "Выставка", "апрель"]]):
        first.append([*row, *last_cells[i : i + 1]])
    return wb


def test_a_plan_goes_on_over_a_sheet_without_its_header_row(tmp_path: Path) -> None:
    """The second sheet holds the next numbered rows, as wide as the table, without the header
    row: the plan goes on (rule 14).  A sheet wider than the table (a list of contacts) is not the
    plan's; neither is one that opens with no numbered row."""
    wb = _culture_plan("Ответственный", "Отдел", "")
    second = wb.create_sheet("Лист2")
    second.append([3, "Фестиваль", "май", "Отдел"])
    second.append([4, "Конкурс", "июнь"])
    wider = wb.create_sheet("Контакты")
    wider.append([1, "Отдел", "Иванов", "12-34", "почта"])
    notes = wb.create_sheet("Заметки")
    notes.append(["Черновик", "май"])
    wb.save(tmp_path / "plan.xlsx")
    plan = magplan.read_plan(tmp_path / "plan.xlsx")
    assert [(i.number, i.title, i.date_text, i.responsible) for i in plan.records] == [
        (1, "Концерт", "март", "Отдел"),
        (2, "Выставка", "апрель", None),
        (3, "Фестиваль", "май", "Отдел"),
        (4, "Конкурс", "июнь", None),
    ]
    assert plan.document.title == "План мероприятий отдела культуры на 2027 год"


def test_a_narrower_sheet_without_a_header_row_goes_on_only_where_its_numbers_do(tmp_path: Path) -> None:
    """A sheet narrower than the plan's table (its last column, a note, empty) goes on with the plan
    where its numbers go on from the table's; a numbered list of its own (contacts from 1) is not
    the plan's, nor is one that follows a sheet with no table."""

    def read(*sheets: list[list[object]]) -> list[tuple[int | None, str]]:
        wb = _culture_plan("Примечание", "вход свободный")
        for n, rows in enumerate(sheets, 2):
            sheet = wb.create_sheet(f"Лист{n}")
            for row in rows:
                sheet.append(row)
        wb.save(tmp_path / "plan.xlsx")
        return [(i.number, i.title) for i in magplan.read_plan(tmp_path / "plan.xlsx").records]

    plan = [(1, "Концерт"), (2, "Выставка")]
    assert read([[3, "Фестиваль", "май"]], [[4, "Конкурс", "июнь"]]) == [*plan, (3, "Фестиваль"), (4, "Конкурс")]
    assert read([[1, "Иванов И.И.", "12-34"], [2, "Петров П.П.", "56-78"]]) == plan
    assert read([["Черновик"]], [[3, "Фестиваль", "май", "вход свободный"]]) == plan


def test_a_heading_row_over_each_tables_header_is_its_section(tmp_path: Path) -> None:
    # A workbook of a sheet per quarter saved as a web page: each table prints its quarter in a
    # merged row over its own header (the first under the plan's heading); the generator's own
    # heading of each sheet stands above the table, farther off.
    def sheet(name: str, rows: str, title: str = "") -> str:
        return (
            f"<h1>Лист: {name}</h1><table border=1>{title}<tr><td colspan=3>{name}</td></tr>"
            f"<tr><td>№</td><td>Мероприятие</td><td>Дата</td></tr>{rows}</table>"
        )

    body = sheet(
        "I квартал",
        "<tr><td>1</td><td>Концерт</td><td>март</td></tr>",
        "<tr><td colspan=3>План мероприятий отдела культуры на 2027 год</td></tr>",
    ) + sheet("II квартал", "<tr><td>2</td><td>Выставка</td><td>май</td></tr>")
    plan = _html(tmp_path, body)
    assert plan.document.title == "План мероприятий отдела культуры на 2027 год"
    assert [(i.section, i.title) for i in plan.records] == [("I квартал", "Концерт"), ("II квартал", "Выставка")]


def test_a_hidden_copy_of_the_shown_table_is_not_read_twice(tmp_path: Path) -> None:
    # A site prints the plan twice, one copy for each screen size, and hides one of them by its
    # style: the hidden copy adds no row of its own, so the page is read as shown.
    table = (
        "<table border=1><tr><th>№</th><th>Мероприятие</th><th>Дата</th></tr>"
        "<tr><td>1</td><td>Концерт</td><td>март</td></tr><tr><td>2</td><td>Выставка</td><td>май</td></tr></table>"
    )
    body = f"<h1>План мероприятий центра на 2027 год</h1>{table}<div style='display:none'>{table}</div>"
    assert [i.title for i in _html(tmp_path, body).records] == ["Концерт", "Выставка"]


def test_a_months_hidden_pane_is_read_though_its_spacer_and_note_rows_repeat_the_shown_ones(tmp_path: Path) -> None:
    # An accordion of months: each month's table ends with the same empty row and the same note
    # across the table.  Those rows are no event's, so they tell no hidden copy: February is read.
    def month(number: int, title: str, when: str) -> str:
        return (
            "<table border=1><tr><th>№</th><th>Мероприятие</th><th>Дата</th></tr>"
            f"<tr><td>{number}</td><td>{title}</td><td>{when}</td></tr>"
            "<tr><td></td><td></td><td></td></tr><tr><td colspan=3>Сроки могут уточняться</td></tr></table>"
        )

    # The accordion's buttons are its headings; a print button beside the plan's title is the site's.
    body = (
        "<h1>План мероприятий центра на 2027 год <button>Печать</button></h1>"
        f"<h3><button>Январь</button></h3><div>{month(1, 'Концерт', 'январь')}</div>"
        f"<h3><button>Февраль</button></h3><div style='display:none'>{month(2, 'Выставка', 'февраль')}</div>"
    )
    plan = _html(tmp_path, body)
    assert [(i.section, i.title) for i in plan.records] == [("Январь", "Концерт"), ("Февраль", "Выставка")]
    assert plan.document.title == "План мероприятий центра на 2027 год"


def _accordion(months: list[tuple[str, list[tuple[str, str]]]]) -> str:
    """A page of an accordion of months, each month's table numbered from 1, all but the first hidden."""
    body = "<h1>План мероприятий центра на 2027 год</h1>"
    for index, (name, events) in enumerate(months):
        rows = "".join(
            f"<tr><td>{n}</td><td>{title}</td><td>{when}</td></tr>" for n, (title, when) in enumerate(events, 1)
        )
        table = f"<table border=1><tr><th>№</th><th>Мероприятие</th><th>Дата</th></tr>{rows}</table>"
        style = " style='display:none'" if index else ""
        body += f"<h3><button>{name}</button></h3><div{style}>{table}</div>"
    return body


def test_hidden_months_are_read_though_a_monthly_row_repeats_word_for_word(tmp_path: Path) -> None:
    # The same monthly meeting opens every month's pane, word for word: a row the shown pane holds
    # too, yet the hidden months are no copy of the shown one (most of their rows are their own).
    meeting = ("Заседание Совета", "ежемесячно")
    months = [
        ("Январь", [meeting, ("Концерт", "январь")]),
        ("Февраль", [meeting, ("Выставка", "февраль")]),
        ("Март", [meeting, ("Форум", "март")]),
    ]
    plan = _html(tmp_path, _accordion(months))
    assert [(i.section, i.title) for i in plan.records] == [
        (name, title) for name, events in months for title, _ in events
    ]


def test_a_hidden_pane_left_unread_is_said(tmp_path: Path) -> None:
    # A hidden pane that mostly repeats the shown rows is taken for a copy; the row of its own it
    # holds is said in a warning, not dropped silently.
    shown = [("Концерт", "январь"), ("Выставка", "февраль"), ("Форум", "март")]
    plan = _html(tmp_path, _accordion([("Все", shown), ("Копия", [*shown, ("Семинар", "май")])]))
    assert [i.title for i in plan.records] == ["Концерт", "Выставка", "Форум"]
    assert [w.message for w in plan.warnings if w.code == "hidden_row"] == [
        "a table row in a hidden part of the page was not read: 4 | Семинар | май"
    ]


_TAB_TABLE = (
    "<table border=1><tr><th>№</th><th>Мероприятие</th><th>Срок</th></tr>"
    "<tr><td>1</td><td>Семинар</td><td>март</td></tr></table>"
)


def test_each_pane_of_tabs_has_its_tab_as_its_section(tmp_path: Path) -> None:
    # Bootstrap 3's tabs: links to the panes in a list above them, the panes told only by class
    # (no roles, nothing hidden in the markup): both panes are read, each under its tab's name.
    table = _TAB_TABLE.replace("<td>1</td><td>Семинар</td><td>март</td>", "<td>{}</td><td>{}</td><td>{}</td>")
    body = (
        "<p>План мероприятий на 2026 год</p>"
        '<ul class="nav nav-tabs"><li class="active"><a href="#q1" data-toggle="tab">I квартал</a></li>'
        '<li><a href="#q2" data-toggle="tab">II квартал</a></li></ul><div class="tab-content">'
        f'<div class="tab-pane active" id="q1">{table.format(1, "Семинар", "март")}</div>'
        f'<div class="tab-pane" id="q2">{table.format(2, "Форум", "май")}</div></div>'
    )
    plan = _html(tmp_path, body)
    assert [(i.number, i.section) for i in plan.records] == [(1, "I квартал"), (2, "II квартал")]


def test_a_tab_that_points_at_no_pane_stays_text(tmp_path: Path) -> None:
    body = f'<p>План мероприятий на 2026 год</p><p><a href="#nowhere" data-toggle="tab">Культура</a></p>{_TAB_TABLE}'
    assert [i.section for i in _html(tmp_path, body).records] == ["Культура"]


def test_a_figure_caption_under_its_table_that_names_the_plan_is_its_title(tmp_path: Path) -> None:
    # CKEditor 5 writes a table's caption after it and shows it above; a caption that names no plan
    # (WordPress's «Расписание может меняться» under a table) is no title and stays under it.
    figure = '<figure class="table">{}<figcaption>{}</figcaption></figure>'
    plan = _html(tmp_path, figure.format(_TAB_TABLE, "План мероприятий на 2026 год"))
    assert (plan.document.title, plan.document.year) == ("План мероприятий на 2026 год", 2026)
    other = _html(tmp_path, "<h2>План мероприятий на 2026 год</h2>" + figure.format(_TAB_TABLE, "Возможны изменения"))
    assert other.document.title == "План мероприятий на 2026 год"
    assert [i.title for i in other.records] == ["Семинар"]


def test_what_the_pages_style_sheet_hides_by_class_is_not_read(tmp_path: Path) -> None:
    # A responsive theme's column names in every cell, hidden on a wide screen by a bare class rule
    # and shown only on a phone (`@media`); a rule inside `@media print` hides nothing on screen.
    style = "<style>.lbl{display:none}@media (max-width:600px){.lbl{display:inline}}"
    style += " @media print{.np{display:none}}</style>"
    row = '<tr><td><span class="lbl">№:</span> 1</td><td><span class="lbl">Мероприятие:</span> Семинар</td>'
    row += '<td><span class="np">март</span></td></tr>'
    head = "<tr><th>№</th><th>Мероприятие</th><th>Срок</th></tr>"
    plan = _html(tmp_path, f"{style}<p>План мероприятий на 2026 год</p><table border=1>{head}{row}</table>")
    assert [(i.number, i.title, i.date_text) for i in plan.records] == [(1, "Семинар", "март")]


@pytest.mark.parametrize(
    ("style", "title"),
    [
        # Mobile first: each cell's label shown on phones, hidden by the block for wide screens.
        (".lbl{display:inline}@media (min-width:768px){.lbl{display:none}}", "Семинар"),
        ("@media only screen and (min-width: 48em) { .lbl { display: none } }", "Семинар"),
        # A block for screens wider than a desktop's says nothing about the desktop page.
        ("@media (min-width:1900px){.lbl{display:none}}", "Мероприятие: Семинар"),
        # … nor one for phones or for paper.
        ("@media (max-width:600px){.lbl{display:none}}", "Мероприятие: Семинар"),
    ],
)
def test_a_class_hidden_by_a_block_for_wide_screens_is_not_read(tmp_path: Path, style: str, title: str) -> None:
    row = '<tr><td><span class="lbl">№:</span> 1</td><td><span class="lbl">Мероприятие:</span> Семинар</td>'
    row += "<td>март</td></tr>"
    head = "<tr><th>№</th><th>Мероприятие</th><th>Срок</th></tr>"
    body = f"<p>План мероприятий на 2026 год</p><table border=1>{head}{row}</table>"
    plan = _html(tmp_path, f"<style>{style}</style>{body}")
    assert [i.title for i in plan.records] == [title]


@pytest.mark.parametrize(
    "style",
    [
        ".t{display:none}.t{display:block}",  # a later rule shows it again
        ".t{display:none}@media (min-width:768px){.t{display:block}}",  # mobile-first: shown when wide
        ".t{display:none}.t.in{display:block}",  # Bootstrap 3's `.collapse{…}` `.collapse.in{…}`
    ],
)
def test_a_class_that_another_rule_shows_on_a_wide_screen_is_read(tmp_path: Path, style: str) -> None:
    # The title and a row's date that the bare class rule alone would hide: a desktop browser shows
    # them, and they are read.
    row = '<tr class="t in"><td>1</td><td>Семинар</td><td><span class="t in">март</span></td></tr>'
    head = "<tr><th>№</th><th>Мероприятие</th><th>Срок</th></tr>"
    body = (
        f'<style>{style}</style><h1 class="t in">План мероприятий на 2026 год</h1><table border=1>{head}{row}</table>'
    )
    plan = _html(tmp_path, body)
    assert (plan.document.title, plan.document.year) == ("План мероприятий на 2026 год", 2026)
    assert [(i.number, i.title, i.date_text) for i in plan.records] == [(1, "Семинар", "март")]


@pytest.mark.parametrize(
    ("style", "section"),
    [
        # The «visually hidden» technique of the frameworks: for screen readers alone.
        (".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}", ""),
        (".sr{position:absolute !important;clip:rect(1px, 1px, 1px, 1px);overflow:hidden;height:1px}", ""),
        (".sr{position:absolute;clip-path:inset(50%);white-space:nowrap}", ""),
        # Placed out of the flow but not clipped: a reader sees it.
        (".sr{position:absolute;top:0;left:0}", "Перечень мероприятий"),
    ],
)
def test_a_caption_clipped_out_of_sight_is_no_section(tmp_path: Path, style: str, section: str) -> None:
    head = "<tr><th>№</th><th>Мероприятие</th><th>Срок</th></tr><tr><td>1</td><td>Семинар</td><td>март</td></tr>"
    body = '<h1>План мероприятий на 2026 год</h1><table border=1><caption class="sr">Перечень мероприятий</caption>'
    plan = _html(tmp_path, f"<style>{style}</style>{body}{head}</table>")
    assert [(i.section, i.title, i.date_text) for i in plan.records] == [(section, "Семинар", "март")]


_SR_ONLY = ".sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}"
_SHOWN_AGAIN = "{position:static;width:auto;height:auto;overflow:visible;clip:auto}"


@pytest.mark.parametrize(
    ("style", "classes"),
    [
        # Tailwind's «sr-only md:not-sr-only»: for screen readers on phones, shown on a desktop's screen.
        (f"{_SR_ONLY}@media (min-width: 768px){{.md\\:not-sr-only{_SHOWN_AGAIN}}}", "sr-only md:not-sr-only"),
        (f"{_SR_ONLY}.not-sr-only{_SHOWN_AGAIN}", "sr-only not-sr-only"),
        # A later rule for wide screens puts the bare class back in the flow.
        (f"{_SR_ONLY}@media (min-width: 992px){{.sr-only{_SHOWN_AGAIN}}}", "sr-only"),
        # Bootstrap's «d-none d-md-inline»: hidden on phones, shown from 768 px on.
        (
            ".d-none{display:none!important}@media (min-width:768px){.d-md-inline{display:inline!important}}",
            "d-none d-md-inline",
        ),
    ],
)
def test_a_visually_hidden_class_that_a_wide_screen_shows_again_is_read(
    tmp_path: Path, style: str, classes: str
) -> None:
    head = f'<tr><th>№</th><th>Мероприятие</th><th>Срок</th><th><span class="{classes}">Место</span></th></tr>'
    row = "<tr><td>1</td><td>Семинар</td><td>март</td><td>Казань</td></tr>"
    title = "<h1>План мероприятий на 2026 год</h1>"
    plan = _html(tmp_path, f"<style>{style}</style>{title}<table border=1>{head}{row}</table>")
    assert [(i.title, i.date_text, i.place) for i in plan.records] == [("Семинар", "март", "Казань")]


def test_an_element_whose_own_style_sets_its_display_is_read(tmp_path: Path) -> None:
    # A script opened it (`style="display: block"` over the class rule's `display: none`): it shows.
    row = '<tr><td>1</td><td>Семинар</td><td><span class="d" style="display: inline">март</span></td></tr>'
    head = "<tr><th>№</th><th>Мероприятие</th><th>Срок</th></tr>"
    body = '<style>.d{display:none}</style><p style="display:block" class="d">План мероприятий на 2026 год</p>'
    plan = _html(tmp_path, body + f"<table border=1>{head}{row}</table>")
    assert plan.document.year == 2026
    assert [(i.number, i.title, i.date_text) for i in plan.records] == [(1, "Семинар", "март")]


def test_a_pane_that_two_rows_of_tabs_point_at_is_named_once(tmp_path: Path) -> None:
    # A theme's second row of the same tabs (for phones): each pane still has its tab's name once.
    table = _TAB_TABLE.replace("<td>1</td><td>Семинар</td><td>март</td>", "<td>{}</td><td>{}</td><td>{}</td>")
    tab = '<li><a href="#q{}" data-toggle="tab">{} квартал</a></li>'
    tabs = f"<ul>{tab.format(1, 'I')}{tab.format(2, 'II')}</ul>"
    body = (
        f"<p>План мероприятий на 2026 год</p>{tabs}{tabs}"
        f'<div id="q1">{table.format(1, "Семинар", "март")}</div><div id="q2">{table.format(2, "Форум", "май")}</div>'
    )
    plan = _html(tmp_path, body)
    assert [(i.number, i.section) for i in plan.records] == [(1, "I квартал"), (2, "II квартал")]
    assert [w.code for w in plan.warnings] == []


def test_a_tab_that_holds_its_pane_keeps_it(tmp_path: Path) -> None:
    # The pane inside the element marked as its tab: the tab is not dropped (with the plan in it).
    tab = f'<div role="tab" aria-controls="p1">I квартал<div id="p1">{_TAB_TABLE}</div></div>'
    body = f"<p>План мероприятий на 2026 год</p>{tab}"
    assert [(i.title, i.section) for i in _html(tmp_path, body).records] == [("Семинар", "I квартал")]


def _halves_sheet(path: Path, gap: int) -> Path:
    """A sheet of two halves side by side under one header, `gap` empty columns between them."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    right = 4 + gap
    ws.cell(1, 1, "План мероприятий на 2027 год")
    ws.cell(2, 1, "I полугодие")
    ws.cell(2, right, "II полугодие")
    for col, rows in ((1, (("1.", "Вечер поэзии", "март"),)), (right, (("2.", "Летние чтения", "июль"),))):
        for j, text in enumerate(("№", "Мероприятие", "Дата")):
            ws.cell(3, col + j, text)
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                ws.cell(4 + i, col + j, text)
    wb.save(path)
    return path


def test_a_sheet_of_two_halves_side_by_side_is_read_half_after_half(tmp_path: Path) -> None:
    plan = magplan.read_plan(_halves_sheet(tmp_path / "plan.xlsx", gap=1))
    got = [(i.section, i.number, i.title, i.date_text, i.note) for i in plan.records]
    assert got == [
        ("I полугодие", 1, "Вечер поэзии", "март", None),
        ("II полугодие", 2, "Летние чтения", "июль", None),
    ]


def test_text_in_the_gap_or_under_the_shorter_half_is_told(tmp_path: Path) -> None:
    path = _halves_sheet(tmp_path / "plan.xlsx", gap=1)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert ws is not None
    for r, (number, title) in enumerate((("3.", "Турслёт"), ("4.", "Конкурс")), start=5):
        ws.cell(r, 5, number), ws.cell(r, 6, title), ws.cell(r, 7, "август")
    ws.cell(4, 4, "перенесено")  # the empty column between the halves
    ws.cell(6, 1, "* даты уточняются")  # under the left half, beside the right half's rows
    wb.save(path)
    plan = magplan.read_plan(path)
    assert [i.number for i in plan.records] == [1, 2, 3, 4]
    told = " ".join(w.message for w in plan.warnings)
    assert "перенесено" in told and "* даты уточняются" in told


def test_a_header_that_names_its_columns_twice_without_a_gap_is_read_half_after_half(tmp_path: Path) -> None:
    # No empty column between the runs: the header repeated exactly over each half still says two
    # halves (the assembler cuts such a table, whatever read it), each under its own heading.
    plan = magplan.read_plan(_halves_sheet(tmp_path / "plan.xlsx", gap=0))
    assert [(i.section, i.number, i.title, i.date_text, i.note) for i in plan.records] == [
        ("I полугодие", 1, "Вечер поэзии", "март", None),
        ("II полугодие", 2, "Летние чтения", "июль", None),
    ]


_PROGRAMME = (
    "<h1>ПРОГРАММА</h1><h2>Форума «Молодёжь» 15 июля 2027 года</h2>"
    "<table border=1><tr><th>Время</th><th>Мероприятие</th><th>Место проведения</th></tr>{rows}</table>"
)


@pytest.mark.parametrize(
    "times",
    [
        ("10:00–11:00", "11:00 - 13:00"),
        ("10.00", "14.30-16.00"),
        ("с 10:00 до 12:00", "12:00"),
        ("5 мин", "1 ч 20 мин."),
        # Rows of one line each printed as close as a cell's lines, read as one row: its cells'
        # times one after another.
        ("10:00–11:00 11:00–13:00 14:00–17:00", "10:00–12:00 12:00–13:00"),
    ],
)
def test_a_programme_of_hours_of_one_day_is_no_plan(tmp_path: Path, times: tuple[str, str]) -> None:
    rows = "".join(f"<tr><td>{t}</td><td>Заседание {i}</td><td>Зал</td></tr>" for i, t in enumerate(times))
    with pytest.raises(NoPlanFound, match="hours of a day"):
        _html(tmp_path, _PROGRAMME.format(rows=rows))


@pytest.mark.parametrize("times", [("10.05", "14.30-16.00"), ("10:00", "март"), ("18:00",), ("10:00 12.05", "14:00")])
def test_a_date_among_the_hours_or_a_single_hour_keeps_the_plan(tmp_path: Path, times: tuple[str, ...]) -> None:
    # «10.05» is the tenth of May (rule 11); one row with an hour proves no programme.
    rows = "".join(f"<tr><td>{t}</td><td>Заседание {i}</td><td>Зал</td></tr>" for i, t in enumerate(times))
    plan = _html(tmp_path, _PROGRAMME.format(rows=rows))
    assert [i.date_text for i in plan.records] == list(times)


def test_an_hour_column_beside_a_date_and_place_column_keeps_the_plan(tmp_path: Path) -> None:
    # «Дата и место проведения» says when (and where): the «Время» beside it is the hour of that day.
    head = "<tr><th>№</th><th>Мероприятие</th><th>Дата и место проведения</th><th>Время</th></tr>"
    rows = "".join(
        f"<tr><td>{n}</td><td>Собрание {n}</td><td>{d}, г. Омск</td><td>{t}</td></tr>"
        for n, d, t in ((1, "12 марта", "10:00"), (2, "15 мая", "14.30"))
    )
    plan = _html(tmp_path, f"<h1>План мероприятий на 2027 год</h1><table border=1>{head}{rows}</table>")
    assert [(i.number, i.date_start) for i in plan.records] == [(1, dt(2027, 3, 12)), (2, dt(2027, 5, 15))]
    assert [i.note for i in plan.records] == ["10:00", "14.30"]  # the hour is kept, in the note


@pytest.mark.parametrize("heading", ["Январь", "I квартал"])
def test_hours_under_headings_of_months_keep_the_yearly_plan(tmp_path: Path, heading: str) -> None:
    # The rows grouped by months of the year: the «Время» column is the hour in that month, no
    # day's programme (whose headings name days: «15 июля»).
    head = "<tr><th>№</th><th>Вопрос</th><th>Время</th></tr>"
    rows = f"<tr><td colspan=3>{heading}</td></tr><tr><td>1</td><td>Отчёт</td><td>15:00</td></tr>"
    rows += "<tr><td>2</td><td>Бюджет</td><td>16:00</td></tr>"
    plan = _html(tmp_path, f"<h1>План заседаний совета на 2027 год</h1><table border=1>{head}{rows}</table>")
    assert [(i.number, i.section) for i in plan.records] == [(1, heading), (2, heading)]


def _sort_button(label: str) -> str:
    return f'<th aria-sort="none"><button type="button">{label}<span aria-hidden="true"></span></button></th>'


def test_a_sortable_tables_header_buttons_are_its_column_labels(tmp_path: Path) -> None:
    head = "".join(_sort_button(label) for label in ("№", "Мероприятие", "Дата"))
    rows = "<tr><td>1</td><td>Весенний кросс</td><td>24.04.2027</td><td><button>Записаться</button></td></tr>"
    plan = _html(tmp_path, f"<h1>План на 2027 год</h1><table><tr>{head}<th></th></tr>{rows}</table>")
    # A button in a row's cell (a registration link) stays the site's: no note «Столбец 4: Записаться».
    got = [(i.number, i.title, i.date_text, i.note) for i in plan.records]
    assert got == [(1, "Весенний кросс", "24.04.2027", None)]


@pytest.mark.parametrize(
    ("tag", "head"),
    [
        ("td", "<thead><tr>{cells}</tr></thead>"),  # <td> cells in the table's head
        ('td role="columnheader"', "<tr>{cells}</tr>"),  # cells that say they head their columns
    ],
)
def test_header_buttons_in_td_cells_that_head_the_table_are_its_labels(tmp_path: Path, tag: str, head: str) -> None:
    cells = "".join(f"<{tag}><button>{label}</button></td>" for label in ("№", "Мероприятие", "Дата"))
    rows = "<tbody><tr><td>1</td><td>Весенний кросс</td><td>24.04.2027</td></tr></tbody>"
    plan = _html(tmp_path, f"<h1>План на 2027 год</h1><table>{head.format(cells=cells)}{rows}</table>")
    assert [(i.number, i.title, i.date_text) for i in plan.records] == [(1, "Весенний кросс", "24.04.2027")]


_ASCII_PLAN = """Утверждено на заседании профкома
+----+---------------------+---------+
| №  | Мероприятие         | Срок    |
+----+---------------------+---------+
| 1. | Смотр-              | март    |
|    | конкурс песни       |         |
+----+---------------------+---------+
| 2. | Турслёт             | июнь    |
+----+---------------------+---------+
Председатель профкома Н.И. Рябов"""


def test_a_table_drawn_in_ascii_in_preformatted_text_is_read(tmp_path: Path) -> None:
    plan = _html(tmp_path, f"<h2>План мероприятий на 2027 год</h2><pre>{_ASCII_PLAN}</pre>")
    got = [(i.number, i.title, i.date_text) for i in plan.records]
    assert got == [(1, "Смотр-конкурс песни", "март"), (2, "Турслёт", "июнь")]
    assert plan.document.signatory is not None and plan.document.signatory.name == "Н.И. Рябов"


def _drawn_cells(lines: tuple[str, ...]) -> list[list[str]]:
    """The cells of the one table a paragraph of these lines draws."""
    blocks = drawn_tables([Paragraph("\n".join(lines))])
    assert len(blocks) == 1 and isinstance(blocks[0], Table)
    return [[c.text for c in row.cells] for row in blocks[0].rows]


_FRAMED = "+---+----------+------+"


@pytest.mark.parametrize(
    ("lines", "header"),
    [
        pytest.param(
            (
                "│ № │ Мероприятие │ Срок │",
                "├───┼─────────────┼──────┤",
                "│ 1 │ Концерт     │ март │",
                "│ 2 │ Выставка    │ май  │",
            ),
            ["№", "Мероприятие", "Срок"],
            id="ruled-under-its-header-only",
        ),
        # Only the header is ruled off, over two lines: the body's lines are rows all the same.
        pytest.param(
            (
                "+---+-------------+------------+",
                "| № | Наименование| Срок       |",
                "|   | мероприятия | проведения |",
                "+---+-------------+------------+",
                "| 1 | Концерт     | март       |",
                "| 2 | Выставка    | май        |",
                "+---+-------------+------------+",
            ),
            ["№", "Наименование мероприятия", "Срок проведения"],
            id="header-of-two-lines-ruled-off-alone",
        ),
        pytest.param(
            (_FRAMED, "| № | Событие  | Срок |", "| 1 | Концерт  | март |", "| 2 | Выставка | май  |", _FRAMED),
            ["№", "Событие", "Срок"],
            id="framed-without-a-rule-under-its-header",
        ),
    ],
)
def test_a_text_table_whose_body_is_not_ruled_has_a_row_a_line(lines: tuple[str, ...], header: list[str]) -> None:
    assert _drawn_cells(lines) == [header, ["1", "Концерт", "март"], ["2", "Выставка", "май"]]


@pytest.mark.parametrize(
    "text",
    [
        "a | b | c\nd | e | f",  # bars without rules: shell output, no drawn table
        "-----\nЗаголовок\n-----",  # rules round a line of text
        "| a | b |\n|---|---|\nтекст\n| c | d |",  # text between the table's lines
        "| a | b |\n+---+---+\n| c | d | e |",  # rows of other widths
    ],
)
def test_text_that_draws_no_table_stays_text(text: str) -> None:
    paragraphs: list[Paragraph | Table] = [Paragraph(text)]
    assert drawn_tables(paragraphs) == paragraphs


@pytest.mark.parametrize("title_first", [True, False])
def test_a_heading_written_before_the_approval_block_is_the_title(tmp_path: Path, title_first: bool) -> None:
    # A floating table or a block floated right beside the heading comes after it in the text.
    title = b.para("План мероприятий клуба на 2027 год")
    lines = ("УТВЕРЖДАЮ", "Директор клуба", "____ А.А. Петров", "«1» декабря 2026 г.")
    approval = "".join(b.para(line) for line in lines)
    table = b.table(b.header_row(("№", "Мероприятие", "Дата")), b.row("1", "Концерт", "май"), columns=3)
    body = title + approval + table if title_first else approval + title + table
    plan = magplan.read_plan(b.write_docx(tmp_path / "plan.docx", body))
    assert plan.document.title == "План мероприятий клуба на 2027 год"
    assert plan.document.approval is not None and plan.document.approval.name == "А.А. Петров"
    assert [(i.title, i.date_start) for i in plan.records] == [("Концерт", dt(2027, 5, 1))]


def test_a_text_report_pasted_into_word_a_paragraph_a_line_is_read_as_a_table(tmp_path: Path) -> None:
    # «N»: ASCII text types no «№»; the Latin letter alone heads the number column.
    rule = "+---+----------+-------+"
    lines = (rule, "| N | Событие  | Срок  |", rule, "| 1 | Концерт  | март  |")
    drawn = "".join(b.para(line) for line in (*lines, "| 2 | Выставка | май   |", lines[0]))
    body = b.para("План мероприятий на 2027 год") + drawn + b.signature("Директор", "А.А. Петров")
    plan = magplan.read_plan(b.write_docx(tmp_path / "plan.docx", body))
    assert [(i.number, i.title, i.date_text, i.note) for i in plan.records] == [
        (1, "Концерт", "март", None),
        (2, "Выставка", "май", None),
    ]
    assert plan.document.signatory is not None and plan.document.signatory.name == "А.А. Петров"


def test_a_line_of_one_cell_across_a_drawn_table_is_a_section_row() -> None:
    lines = ("│ № │ Мероприятие │ Срок │", "├───┼─────────────┼──────┤", "│ Спорт                    │")
    rows = ("├───┼─────────────┼──────┤", "│ 1 │ Кросс       │ май  │", "└───┴─────────────┴──────┘")
    blocks = drawn_tables([Paragraph("\n".join((*lines, *rows)))])
    assert len(blocks) == 1 and isinstance(blocks[0], Table)
    assert [[(c.text, c.colspan) for c in row.cells] for row in blocks[0].rows[1:]] == [
        [("Спорт", 3)],
        [("1", 1), ("Кросс", 1), ("май", 1)],
    ]


_TAB = "<w:r><w:tab/></w:r>"


def _tabbed(*cells: str) -> str:
    """A paragraph of cells set apart by tabs; «\t» in a cell's text stands for one more tab."""
    content: list[str] = []
    for k, text in enumerate(cells):
        content += [_TAB] * (1 if k else 0) + [part for piece in text.split("\t") for part in (_TAB, piece)][1:]
    return b.para(*(c for c in content if c))


@pytest.mark.parametrize(
    ("lines", "places"),
    [
        # Tab stops: a tab between cells, two round an empty one (no place for the second row).
        (
            (
                ("№", "Мероприятие", "Дата", "Место"),
                ("1.", "Квест", "15.01.2027", "Парк"),
                ("2.", "Турнир", "июль", ""),
            ),
            ["Парк", None],
        ),
        # The default stops: a gap of several tabs lines the cells up.
        (
            (
                ("№", "Мероприятие\t", "Дата", "Место"),
                ("1.", "Квест\t\t", "15.01.2027", "Парк"),
                ("2.", "Турнир", "июль\t", "Зал"),
            ),
            ["Парк", "Зал"],
        ),
    ],
)
def test_a_plan_typed_as_tabbed_lines_is_read_as_a_table(
    tmp_path: Path, lines: tuple[tuple[str, ...], ...], places: list[str | None]
) -> None:
    # Blind round 8a (`tab-columns.docx`): no table at all, a paragraph a row; before, «no plan table found».
    body = b.para("План мероприятий центра на 2027 год") + "".join(_tabbed(*line) for line in lines)
    body += b.para("") + b.signature("Директор центра", "К.В. Смирнов")
    plan = magplan.read_plan(b.write_docx(tmp_path / "plan.docx", body))
    assert [(i.number, i.title, i.date_text, i.place) for i in plan.records] == [
        (1, "Квест", "15.01.2027", places[0]),
        (2, "Турнир", "июль", places[1]),
    ]
    assert plan.document.signatory is not None and plan.document.signatory.name == "К.В. Смирнов"


@pytest.mark.parametrize(
    "lines",
    [
        (("№", "Мероприятие", "Дата"), ("1.", "Квест", "15.01.2027"), ("2.", "Турнир", "июль")),
        (("№", "Мероприятие\t", "Дата"), ("1.", "Квест\t\t", "15.01.2027"), ("2.", "Турнир", "июль\t")),
    ],
    ids=["tab-stops", "default-stops"],
)
def test_a_signature_typed_with_tabs_under_tabbed_rows_is_no_row(
    tmp_path: Path, lines: tuple[tuple[str, ...], ...]
) -> None:
    # «Директор<tab>______<tab>И.И. Иванов» has as many cells as the rows: it was an item
    # («______», date «И.И. Иванов») and the plan had no signatory.
    body = b.para("План мероприятий центра на 2027 год") + "".join(_tabbed(*line) for line in lines)
    body += _tabbed("Директор", "________", "И.И. Иванов")
    plan = magplan.read_plan(b.write_docx(tmp_path / "plan.docx", body))
    assert [(i.number, i.title) for i in plan.records] == [(1, "Квест"), (2, "Турнир")]
    assert plan.document.signatory is not None
    assert (plan.document.signatory.position, plan.document.signatory.name) == ("Директор", "И.И. Иванов")


@pytest.mark.parametrize(
    "lines",
    [
        (("№", "Мероприятие", "Дата"), ("1.", "Квест", "15.01.2027"), ("2.", "Турнир", "июль"), ("3.", "Кросс", "май")),
        (
            ("№", "Мероприятие\t", "Дата"),
            ("1.", "Квест\t\t", "15.01.2027"),
            ("2.", "Турнир", "июль\t"),
            ("3.", "Кросс\t\t", "май"),
        ),
    ],
    ids=["tab-stops", "default-stops"],
)
def test_section_headings_typed_across_tabbed_rows_head_them(
    tmp_path: Path, lines: tuple[tuple[str, ...], ...]
) -> None:
    # A heading with no tab under the header and between the rows broke the run of tabbed lines:
    # under the header it left fewer than three lines on either side, «no plan table found».
    header, first, second, third = (_tabbed(*line) for line in lines)
    body = b.para("План мероприятий центра на 2027 год") + header + b.para("Раздел 1. Культура") + first + second
    body += b.para("Раздел 2. Спорт") + third + b.signature("Директор центра", "К.В. Смирнов")
    plan = magplan.read_plan(b.write_docx(tmp_path / "plan.docx", body))
    assert [(i.number, i.section, i.title) for i in plan.records] == [
        (1, "Культура", "Квест"),
        (2, "Культура", "Турнир"),
        (3, "Спорт", "Кросс"),
    ]


def test_a_heading_over_another_tabbed_table_is_no_section_of_the_plan(tmp_path: Path) -> None:
    # «Лист ознакомления» over «№<tab>ФИО<tab>Подпись»: its header went into the plan's last row
    # («Кросс\nФИО») and its names became items of a section «Лист ознакомления».
    lines = [("№", "Мероприятие", "Дата"), ("1.", "Квест", "15.01.2027"), ("2.", "Турнир", "июль")]
    body = b.para("План мероприятий центра на 2027 год") + "".join(_tabbed(*line) for line in lines)
    body += b.para("Лист ознакомления") + _tabbed("№", "ФИО", "Подпись") + _tabbed("1.", "Иванов И.И.", "")
    body += _tabbed("2.", "Петров П.П.", "")
    plan = magplan.read_plan(b.write_docx(tmp_path / "plan.docx", body))
    assert [(i.number, i.title, i.date_text) for i in plan.records] == [
        (1, "Квест", "15.01.2027"),
        (2, "Турнир", "июль"),
    ]
    assert "Петров П.П." in " ".join(w.message for w in plan.warnings)


def test_tabbed_lines_of_two_cells_or_of_few_lines_are_no_table() -> None:
    # A contents list «title<tab>page», a signature «position<tab>name», two lines of three cells.
    contents = [Paragraph(t) for t in ("Введение 3", "Раздел 1 5", "Раздел 2 9")]
    short = [Paragraph(t) for t in ("а б в", "г д е")]
    raws = ["Введение\t3", "Раздел 1\t5", "Раздел 2\t9", "а\tб\tв", "г\tд\tе"]
    blocks: list[Paragraph] = [*contents, Paragraph(""), *short]
    tabbed = {id(p): raw for p, raw in zip([*contents, *short], raws, strict=True)}
    assert tab_tables(list(blocks), tabbed, []) == blocks


def test_a_heading_over_an_explanatory_note_is_no_section_of_the_table(tmp_path: Path) -> None:
    # Blind round 8a (`explanatory-note.docx`): «Пояснительная записка» and «Задачи:» head the note's
    # sentences and list, not the table under them (before: every item's section «Задачи:»).
    note = ("Пояснительная записка", "План составлен по муниципальному заданию.", "Задачи:", "– развитие отдыха.")
    body = b.title_paragraphs(("ПЛАН", "мероприятий парка на 2027 год")) + "".join(b.para(line) for line in note)
    body += b.table(b.header_row(("№", "Мероприятие", "Дата")), b.row("1.", "Открытие сезона", "1 мая"), columns=3)
    plan = magplan.read_plan(b.write_docx(tmp_path / "plan.docx", body))
    assert [(i.section, i.title) for i in plan.records] == [("", "Открытие сезона")]
    skipped = [w.message for w in plan.warnings if w.code == "text_skipped"]
    assert [line for line in note if any(line in message for message in skipped)] == list(note)


def test_a_heading_right_over_the_table_is_its_section_under_a_note(tmp_path: Path) -> None:
    lines = ("Пояснительная записка", "План составлен по муниципальному заданию.", "I квартал")
    body = b.title_paragraphs(("ПЛАН", "мероприятий парка на 2027 год")) + "".join(b.para(line) for line in lines)
    body += b.table(b.header_row(("№", "Мероприятие", "Дата")), b.row("1.", "Открытие сезона", "1 мая"), columns=3)
    plan = magplan.read_plan(b.write_docx(tmp_path / "plan.docx", body))
    assert [(i.section, i.title) for i in plan.records] == [("I квартал", "Открытие сезона")]


def test_a_tabbed_row_with_its_last_cells_empty_at_the_default_stops_is_read_from_the_left(tmp_path: Path) -> None:
    # No tab stops: «2.<tab>Час истории<tab><tab><tab>02.02.2027» has a cell fewer than its header (the
    # empty responsible cell at its end is no gap); before, no stretch of one shape was long enough:
    # «no plan table found».  A signature «position<tab>name» under the rows is no row.
    lines = (
        "№\tМероприятие\t\t\tДата\t\tОтветственный",
        "1.\tВечер поэзии\t\t\t14.02.2027\tБиблиотекарь",
        "2.\tЧас истории\t\t\t02.02.2027",
        "3.\tЛетние чтения\t\t\tиюнь\t\tЗав. филиалом",
        "Заведующая филиалом\t\t\tЛ.Н. Осипова",
    )
    body = b.para("План мероприятий библиотеки на 2027 год") + "".join(_tabbed(line) for line in lines)
    plan = magplan.read_plan(b.write_docx(tmp_path / "plan.docx", body))
    assert [(i.number, i.title, i.date_text, i.responsible) for i in plan.records] == [
        (1, "Вечер поэзии", "14.02.2027", "Библиотекарь"),
        (2, "Час истории", "02.02.2027", None),
        (3, "Летние чтения", "июнь", "Зав. филиалом"),
    ]
    assert plan.document.signatory is not None and plan.document.signatory.name == "Л.Н. Осипова"
    assert [w.code for w in plan.warnings].count("row_shape") == 1


def test_a_tabbed_row_with_an_empty_middle_cell_at_the_default_stops_is_placed_where_its_cells_start(
    tmp_path: Path,
) -> None:
    # Blind round 10a (`tab-empty-middle.docx`): no tab stops (Word's every 720 twips, 10 pt text): the
    # tabs over an empty «Место» or «Дата» cell end at the column after it, as Word shows the line;
    # before, the cells after the empty one were read a column to the left (the responsible as the place).
    lines = (
        "№\tМероприятие\t\t\tДата\t\tМесто\t\tОтветственный",
        "1\tКонкурс чтецов «Живое слово»\t18.02.2027\tАктовый зал\tСмирнова Т.П.",
        "2\tВыставка детского рисунка\tмарт\t\t\t\tКузнецова О.И.",
        "3\tКонцерт «Весенняя капель»\t\t\tБольшой зал\tСмирнова Т.П.",
    )
    body = b.para("План работы Дома культуры на 2027 год") + "".join(_tabbed(line) for line in lines)
    plan = magplan.read_plan(b.write_docx(tmp_path / "plan.docx", body))
    assert [(i.number, i.date_text, i.place, i.responsible) for i in plan.records] == [
        (1, "18.02.2027", "Актовый зал", "Смирнова Т.П."),
        (2, "март", None, "Кузнецова О.И."),
        (3, None, "Большой зал", "Смирнова Т.П."),
    ]


def test_a_tabbed_row_at_its_own_tab_stops_is_not_placed_by_the_default_ones(tmp_path: Path) -> None:
    # Tab stops set in the paragraph (`w:tabs`): a tab goes to the next of them, not of the default
    # stops, so where a short line's cells start cannot be told from the default ones. A long title
    # with the responsible left out («май», «Фойе») was placed as if at the default stops: «май» the
    # place, «Фойе» the responsible. Read from the left, as before the default stops were used.
    stops = "".join(f'<w:tab w:val="left" w:pos="{pos}"/>' for pos in (600, 5200, 6800, 8600))
    lines = (
        ("№", "Мероприятие", "Дата", "Место", "Ответственный"),
        ("1", "Конкурс чтецов «Живое слово»", "18.02.2027", "Актовый зал", "Смирнова Т.П."),
        ("2", "Торжественный вечер, посвящённый Дню защитника Отечества", "23.02.2027", "Большой зал", "Иванов И.И."),
        ("3", "Выставка детского рисунка «Мир глазами детей»", "май", "Фойе"),
        ("4", "День города", "12.06.2027", "Площадь", "Петров П.П."),
    )
    own = [_tabbed(*line).replace("<w:p>", f"<w:p><w:pPr><w:tabs>{stops}</w:tabs></w:pPr>", 1) for line in lines]
    body = b.para("План работы Дома культуры на 2027 год") + "".join(own)
    plan = magplan.read_plan(b.write_docx(tmp_path / "plan.docx", body))
    assert [(i.date_text, i.place, i.responsible) for i in plan.records][2] == ("май", "Фойе", None)


def _tilda_row(cells: list[tuple[int, str]], prefix: int = 0) -> str:
    first = f" t-prefix_{prefix}" if prefix else ""
    inner = "".join(
        f'<div class="t-col t-col_{width}{first if k == 0 else ""}">{text}</div>'
        for k, (width, text) in enumerate(cells)
    )
    return f'<div class="t-container">{inner}</div>'


def test_rows_of_a_frameworks_grid_classes_are_a_table(tmp_path: Path) -> None:
    # Tilda's `t-col_N` cells (Bootstrap's `col-md-N` alike, blind round 10b `bootstrap-grid.html`),
    # the rows offset by `t-prefix_1`, a section a cell across the twelve units.
    rows = [
        _tilda_row([(1, "№"), (5, "Мероприятие"), (2, "Дата"), (3, "Место")], prefix=1),
        _tilda_row([(1, "1"), (5, "Весенний бал"), (2, "12 марта"), (3, "ДК")], prefix=1),
        _tilda_row([(11, "Летние мероприятия")], prefix=1),
        _tilda_row([(1, "2"), (5, "День молодёжи"), (2, "27 июня"), (3, "Парк")], prefix=1),
    ]
    plan = _html(tmp_path, "<h1>План мероприятий на 2027 год</h1>" + "".join(rows))
    assert [(i.number, i.section, i.title, i.date_text, i.place) for i in plan.records] == [
        (1, "", "Весенний бал", "12 марта", "ДК"),
        (2, "Летние мероприятия", "День молодёжи", "27 июня", "Парк"),
    ]


def test_rows_of_grid_classes_that_lay_out_the_page_are_no_table(tmp_path: Path) -> None:
    # Rows of headings and pictures (a site's news cards) are the page's layout: no table made.
    card = '<div class="col-md-6"><h3>Новость {0}</h3><img src="n{0}.jpg"></div>'
    rows = "".join(f'<div class="row">{card.format(k)}{card.format(k + 1)}</div>' for k in range(3))
    with pytest.raises(NoPlanFound):
        _html(tmp_path, "<h1>План мероприятий на 2027 год</h1>" + rows)


def test_grid_rows_of_a_plan_inside_grid_rows_of_the_page_are_read_every_time(tmp_path: Path) -> None:
    # The plan's grid rows inside a cell of the page's own grid rows (a side column beside the content,
    # a head and a foot of two columns): which run was rebuilt first went by the order of a set of
    # elements (their addresses), so the page was read on some runs and refused on others (the
    # page's rows first: a table round the plan's rows). The innermost rows go first.
    cells = (
        ("№", "Мероприятие", "Дата", "Место"),
        ("1", "Концерт", "12 марта", "ДК"),
        ("2", "Выставка", "10 апреля", "Музей"),
    )
    widths = (1, 5, 3, 3)
    rows = "".join(
        '<div class="row">'
        + "".join(f'<div class="col-md-{w}">{t}</div>' for w, t in zip(widths, r, strict=True))
        + "</div>"
        for r in cells
    )
    two = '<div class="row"><div class="col-md-6"><p>{}</p></div><div class="col-md-6"><p>{}</p></div></div>'
    side = '<div class="col-md-3"><p>О нас</p></div>'
    content = f'<div class="row">{side}<div class="col-md-9"><p>План мероприятий на 2027 год</p>{rows}</div></div>'
    page = two.format("Дом культуры", "Телефон") + content + two.format("Адрес", "Часы работы")
    for padding in range(8):  # other elements before: other addresses, another order of the set
        plan = _html(tmp_path, "<span></span>" * padding + page)
        assert [(i.title, i.place) for i in plan.records] == [("Концерт", "ДК"), ("Выставка", "Музей")]


def test_a_toolbar_set_as_a_table_is_no_section(tmp_path: Path) -> None:
    # SharePoint's command line «Создать | Изменить | …» in a table of its own over the list
    # (blind round 10b, `sharepoint-cmd.html`), and its path's «:» drawn as an icon.
    links = '<a href="new">Создать</a> | <a href="#">Изменить</a> | <a href="#">Удалить</a>'
    toolbar = f"<table><tr><td>{links}</td></tr></table>"
    icon = '<span><img alt=":" src="s.png"></span>'
    head = f'<h1><a href="/">Отдел культуры</a>{icon}<a href="/l">План мероприятий на 2027 год</a></h1>'
    table = "<table><tr><th>Название</th><th>Расположение</th><th>Дата начала</th></tr>" + (
        "<tr><td>Весенний бал</td><td>ДК</td><td>12.03.2027</td></tr></table>"
    )
    plan = _html(tmp_path, head + toolbar + table)
    assert plan.document.title == "План мероприятий на 2027 год"
    assert [(i.section, i.title, i.place) for i in plan.records] == [("", "Весенний бал", "ДК")]


_ONE_ROW_PLAN = (
    "<h1>План мероприятий на 2027 год</h1><table><tr><th>№</th><th>Мероприятие</th><th>Дата</th></tr>"
    "<tr><td>1</td><td>Весенний бал</td><td>12 марта</td></tr></table>"
)


@pytest.mark.parametrize(
    ("foot", "said"),
    [
        # No signature: the remark in a <pre> under the table is the plan's text, said in a warning
        # (blind round 10b, `pre-remark.html`); a bar of links and the site's copyright after it are not.
        (
            "<pre>Примечание. Положения публикуются заранее.</pre>"
            '<div><a href="https://vk.com/x">ВКонтакте</a> <a href="https://t.me/x">Telegram</a></div>'
            "<p>Сведения о сайте</p><p>© 2027 Отдел спорта</p><p>Карта сайта</p>",
            ["Примечание. Положения публикуются заранее.", "Сведения о сайте"],
        ),
        # A web address or an e-mail in a sentence of the plan (where to sign up) is no site's foot:
        # the lines under it were dropped unsaid. A short line that names the site's address is its foot.
        (
            "<p>Запись на мастер-классы на сайте www.dk-unost.ru или по почте dk@unost.ru.</p>"
            "<p>Примечание: в плане возможны изменения.</p>"
            "<p>Сайт: www.dk-unost.ru</p><p>Карта сайта</p>",
            [
                "Запись на мастер-классы на сайте www.dk-unost.ru или по почте dk@unost.ru.",
                "Примечание: в плане возможны изменения.",
            ],
        ),
    ],
    ids=["remark-then-site-foot", "address-in-a-sentence"],
)
def test_a_web_pages_remarks_under_its_table_are_said_and_its_site_foot_is_not(
    tmp_path: Path, foot: str, said: list[str]
) -> None:
    plan = _html(tmp_path, _ONE_ROW_PLAN + foot)
    skipped = [w.message for w in plan.warnings if w.code == "text_skipped"]
    assert [m.split("not read: ", 1)[-1] for m in skipped] == said


def _placed_box(top: int, left: int, width: int, text: str, tilda: bool) -> str:
    if tilda:
        where = f'data-field-top-value="{top}" data-field-left-value="{left}" data-field-width-value="{width}"'
        return f"<div class='t396__elem tn-elem' {where}><div class='tn-atom'>{text}</div></div>"
    return f'<div style="position:absolute;top:{top}px;left:{left}px;width:{width}px">{text}</div>'


@pytest.mark.parametrize("tilda", [True, False])
def test_text_boxes_placed_as_a_table_are_read_as_one(tmp_path: Path, tilda: bool) -> None:
    # A free-form block (Tilda's Zero Block by its data attributes, a classic Wix page by inline
    # styles): the boxes in the order they were made (column by column), a section as one box
    # across the table, the signature's position a box across two columns under it.
    columns = [(20, 50), (80, 400), (500, 200)]
    lines = [
        ["№", "Мероприятие", "Срок"],
        ["1", "Концерт", "март"],
        ["Летние мероприятия"],
        ["2", "Фестиваль", "июль"],
        ["3", "Ярмарка", "август"],
    ]
    boxes = []
    for col, (left, width) in enumerate(columns):
        for row, line in enumerate(lines):
            if len(line) == 1 and col == 0:
                boxes.append(_placed_box(100 + 50 * row, 20, 680, line[0], tilda))
            elif len(line) > 1:
                boxes.append(_placed_box(100 + 50 * row, left, width, line[col], tilda))
    boxes.append(_placed_box(20, 20, 680, "План мероприятий парка на 2027 год", tilda))
    boxes.append(_placed_box(420, 20, 450, "Директор парка", tilda))
    boxes.append(_placed_box(420, 520, 180, "А.С. Гордеева", tilda))
    plan = _html(tmp_path, f'<div class="board">{"".join(boxes)}</div>')
    assert plan.document.title == "План мероприятий парка на 2027 год"
    assert plan.document.signatory is not None and plan.document.signatory.name == "А.С. Гордеева"
    got = [(i.number, i.section, i.title, i.date_text) for i in plan.records]
    assert got == [
        (1, "", "Концерт", "март"),
        (2, "Летние мероприятия", "Фестиваль", "июль"),
        (3, "Летние мероприятия", "Ярмарка", "август"),
    ]


@pytest.mark.parametrize("tilda", [True, False])
def test_a_placed_box_that_holds_the_plans_table_is_no_cell_of_a_placed_table(tmp_path: Path, tilda: bool) -> None:
    # A page laid out by placed boxes two by two (the site's name and menu, the heading and a search
    # box, the plan's own table and a news box, the signature and a mailing-list box): the boxes are
    # read in order, the table in its box is the plan's, not a cell's text of a layout.
    head = "<tr><th>№</th><th>Мероприятие</th><th>Срок</th></tr><tr><td>1</td><td>Семинар</td><td>март</td></tr>"
    pairs = [
        ("Администрация района", "Главная | Новости | Контакты"),
        ("План мероприятий на 2027 год", "Поиск по сайту"),
        (f"<table border=1>{head}</table>", "Новости района"),
        ("Директор И.И. Иванов", "Подписаться на рассылку"),
    ]
    boxes = [
        _placed_box(100 * k, left, width, text, tilda)
        for k, pair in enumerate(pairs)
        for (left, width), text in zip(((0, 600), (700, 200)), pair, strict=True)
    ]
    plan = _html(tmp_path, f'<div class="board">{"".join(reversed(boxes))}</div>')
    assert plan.document.title == "План мероприятий на 2027 год"
    assert [(i.number, i.title, i.date_text) for i in plan.records] == [(1, "Семинар", "март")]


def test_a_section_row_drawn_as_a_one_cell_table_between_the_plans_tables_heads_the_rows_after_it(
    tmp_path: Path,
) -> None:
    # A secretary's one-row tables, the section's one cell across as LibreOffice writes it back
    # (a grid of one column, not a merged row of the plan's grid); a one-cell note is no heading.
    header = b.table(b.header_row(("№", "Мероприятие", "Дата", "Ответственный")))
    body = b.title_paragraphs(("План мероприятий", "на 2027 год")) + header + b.para("")
    for text, rows in (("I. Концерты", [("1", "Концерт", "март")]), ("II. Выставки", [("2", "Выставка", "май")])):
        body += b.table(b.row(text), columns=1) + b.para("")
        body += "".join(b.table(b.row(*row, "Отдел")) + b.para("") for row in rows)
    body += b.table(b.row("Даты могут уточняться."), columns=1)
    plan = magplan.read_plan(b.write_docx(tmp_path / "plan.docx", body))
    assert [(i.number, i.section) for i in plan.records] == [(1, "Концерты"), (2, "Выставки")]


@pytest.mark.parametrize(
    ("style", "numbers"),
    [
        # The sheet counts the body's rows and prints the count before each row's first cell.
        (".plan{counter-reset:row} .plan tbody tr{counter-increment:row}"
         ' .plan tbody td:first-child::before{content:counter(row) "."}', [1, 2]),
        ("tbody tr{counter-increment:n} td:nth-child(1):before{content:counter(n)}", [1, 2]),
        # A rule for another table's cells prints nothing here.
        (".other tbody tr{counter-increment:row} .other td:first-child::before{content:counter(row)}", [None, None]),
    ],
)  # fmt: skip
def test_row_numbers_that_the_sheet_counts_are_read_as_printed(
    tmp_path: Path, style: str, numbers: list[int | None]
) -> None:
    head = "<thead><tr><th>№</th><th>Мероприятие</th><th>Срок</th></tr></thead>"
    rows = "<tr><td></td><td>Семинар</td><td>март</td></tr><tr><td></td><td>Форум</td><td>май</td></tr>"
    body = f'<p>План мероприятий на 2027 год</p><table class="plan" border=1>{head}<tbody>{rows}</tbody></table>'
    plan = _html(tmp_path, f"<style>{style}</style>{body}")
    assert [(i.number, i.title) for i in plan.records] == list(zip(numbers, ["Семинар", "Форум"], strict=True))


@pytest.mark.parametrize(
    "style",
    [
        # The count starts again in each table's body that a rule resets.
        "tbody{counter-reset:row} tbody tr{counter-increment:row} tbody td:first-child::before{content:counter(row)}",
        # Of two rules that print before the first cell, the later one is printed (the cascade's order).
        "table{counter-reset:row} tbody tr{counter-increment:row} td::before{content:''}"
        " .plan td:first-child::before{content:counter(row) '.'}",
    ],
)
def test_row_numbers_that_the_sheet_counts_are_printed_as_a_browser_does(tmp_path: Path, style: str) -> None:
    head = "<thead><tr><th>№</th><th>Мероприятие</th><th>Срок</th></tr></thead>"
    rows = "<tr><td></td><td>{}</td><td>март</td></tr><tr><td></td><td>{}</td><td>май</td></tr>"
    tables = "".join(
        f'<p>{quarter} квартал</p><table class="plan" border=1>{head}<tbody>{rows.format(*titles)}</tbody></table>'
        for quarter, titles in (("I", ("Семинар", "Форум")), ("II", ("Слёт", "Выставка")))
    )
    plan = _html(tmp_path, f"<style>{style}</style><p>План мероприятий на 2027 год</p>{tables}")
    assert [(i.number, i.title) for i in plan.records] == [(1, "Семинар"), (2, "Форум"), (1, "Слёт"), (2, "Выставка")]


@pytest.mark.parametrize("left", [("ПРИНЯТО", "на педагогическом совете"), ("РАССМОТРЕНО", "на заседании профкома")])
def test_an_approval_typed_beside_a_block_of_adoption_is_read(tmp_path: Path, left: tuple[str, str]) -> None:
    # A school's plan: the council's adoption on the left, the director's approval on the right, typed
    # with tabs (a word processor's page saved as HTML keeps them).
    lines = [
        f"{left[0]}\t\t\t\t\tУТВЕРЖДАЮ",
        f"{left[1]}\t\t\tДиректор школы",
        "Протокол № 1\t\t\t\t_______ И.И. Иванов",
    ]
    head = "".join(f"<p>{line}</p>" for line in lines) + "<p>План мероприятий на 2026 год</p>"
    table = "<tr><th>№</th><th>Мероприятие</th><th>Срок</th></tr><tr><td>1</td><td>Семинар</td><td>март</td></tr>"
    plan = _html(tmp_path, f"{head}<table border=1>{table}</table>")
    approval = plan.document.approval
    assert approval is not None
    assert (approval.position, approval.name) == ("Директор школы", "И.И. Иванов")
    said = " ".join(w.message for w in plan.warnings)
    assert all(line in said for line in (*left, "Протокол № 1"))


@pytest.mark.parametrize(
    ("cols", "style"),
    [
        # A <col> collapsed inline; a <col span> before it counts two columns.
        ('<col span="2"><col style="visibility: collapse"><col>', ""),
        # A whole <colgroup> collapsed by a class the sheet styles so.
        ('<colgroup><col><col></colgroup><colgroup class="off"><col></colgroup><col>', ".off{visibility:collapse}"),
        # A later rule shows the class again: nothing is collapsed but the third column by its own style.
        (
            '<col><col><col class="x" style="visibility:collapse"><col class="x">',
            ".x{visibility:collapse} .x{visibility:visible}",
        ),
    ],
)
def test_a_column_the_page_collapses_takes_no_column(tmp_path: Path, cols: str, style: str) -> None:
    # A browser lays the table out without the collapsed column; the rowspan above keeps the
    # second row's cells in their columns.
    rows = (
        "<tr><th>Мероприятие</th><th>Срок</th><th>Код</th><th>Место</th></tr>"
        '<tr><td>Семинар</td><td rowspan="2">март</td><td>К-1</td><td>Зал</td></tr>'
        "<tr><td>Форум</td><td>К-2</td><td>Парк</td></tr>"
    )
    heading = "<p>План мероприятий на 2027 год</p>"
    plan = _html(tmp_path, f"<style>{style}</style>{heading}<table border=1>{cols}{rows}</table>")
    assert [(i.title, i.date_text, i.place, i.note) for i in plan.records] == [
        ("Семинар", "март", "Зал", None),
        ("Форум", "март", "Парк", None),
    ]
    assert any("К-1" in w.message for w in plan.warnings if w.code == "hidden_cells")


@pytest.mark.parametrize("aside", ['<aside epub:type="footnote" id="n1">', '<aside role="doc-footnote" id="n1">'])
def test_a_note_set_aside_is_the_documents_footnote_and_a_sidebar_is_not(tmp_path: Path, aside: str) -> None:
    table = (
        "<table border=1><tr><th>№</th><th>Мероприятие</th><th>Срок</th></tr>"
        '<tr><td>1</td><td>Семинар<a href="#n1"><sup>1</sup></a></td><td>март</td></tr></table>'
    )
    note = f'{aside}<p><a href="#r1">1</a> Дата ориентировочная.</p></aside>'
    sidebar = "<aside><p>Новости района</p></aside>"
    plan = _html(tmp_path, f"<p>План мероприятий на 2027 год</p>{table}{note}{sidebar}")
    assert plan.document.footnotes == ["Дата ориентировочная."]
    assert [i.title for i in plan.records] == ["Семинар"]


_WIDE = (
    "<table border=1><tr><th>№</th><th>Мероприятие</th><th>Сроки проведения</th><th>Место</th></tr>"
    "<tr><td>1</td><td>Семинар</td><td>март</td><td>Зал</td></tr>"
    "<tr><td>2</td><td>Форум</td><td>май</td><td>Парк</td></tr></table>"
)
_NARROW = (
    "<table><tbody><tr><th colspan=2>1. Семинар</th></tr><tr><th>Сроки</th><td>март</td></tr>"
    "<tr><th>Место</th><td>Зал</td></tr></tbody><tbody><tr><th colspan=2>2. Форум</th></tr>"
    "<tr><th>Сроки</th><td>май</td></tr><tr><th>Место</th><td>Парк</td></tr></tbody></table>"
)


@pytest.mark.parametrize("tables", [_WIDE + _NARROW, _NARROW + _WIDE])
def test_a_copy_of_the_table_for_phones_is_read_once(tmp_path: Path, tables: str) -> None:
    # The phones' copy of the plan (label | value rows), before or after the wide table: not read
    # again, and not the signature's position.
    plan = _html(tmp_path, f"<p>План мероприятий на 2027 год</p>{tables}<p>Директор<br>И.И. Иванов</p>")
    assert [(i.number, i.title, i.date_text, i.place) for i in plan.records] == [
        (1, "Семинар", "март", "Зал"),
        (2, "Форум", "май", "Парк"),
    ]
    assert plan.document.signatory is not None and plan.document.signatory.position == "Директор"
    assert [w.code for w in plan.warnings if w.code == "copied_table"] == ["copied_table"]


def test_a_table_of_the_same_width_that_repeats_rows_is_the_plans(tmp_path: Path) -> None:
    # A monthly meeting in each quarter's table: the second table repeats the first, and is read.
    row = "<tr><td>Заседание совета</td><td>ежемесячно</td></tr>"
    table = f"<table border=1><tr><th>Мероприятие</th><th>Срок</th></tr>{row}</table>"
    plan = _html(tmp_path, f"<p>План мероприятий на 2027 год</p><p>I квартал</p>{table}<p>II квартал</p>{table}")
    assert [(i.section, i.title) for i in plan.records] == [
        ("I квартал", "Заседание совета"),
        ("II квартал", "Заседание совета"),
    ]


@pytest.mark.parametrize(
    "frame", ['<iframe srcdoc="{page}"></iframe>', '<iframe srcdoc="<!-- -->"></iframe>{page_text}']
)
def test_a_frames_page_written_into_its_srcdoc_is_read_in_place(tmp_path: Path, frame: str) -> None:
    # The frame's page, escaped into one attribute, is drawn where the frame stands; a frame of
    # nothing but a comment shows nothing and breaks nothing.
    table = "<table border=1><tr><th>Мероприятие</th><th>Срок</th></tr><tr><td>Семинар</td><td>март</td></tr></table>"
    body = frame.format(page=html.escape(f"<html><body>{table}</body></html>", quote=True), page_text=table)
    plan = _html(tmp_path, f"<p>План мероприятий на 2027 год</p>{body}<p>Директор<br>И.И. Иванов</p>")
    assert [(i.title, i.date_text) for i in plan.records] == [("Семинар", "март")]
    assert plan.document.signatory is not None and plan.document.signatory.name == "И.И. Иванов"
