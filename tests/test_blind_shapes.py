"""Shapes of other bodies' plans found by a blind test: each a tiny document built here."""

from __future__ import annotations

from pathlib import Path

import magplan
from tests import docx_builder as b


def _html(tmp_path: Path, body: str) -> magplan.Plan:
    path = tmp_path / "plan.html"
    path.write_text(f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{body}</body></html>', "utf-8")
    return magplan.read_plan(path)


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
    ):
        head = "".join(f"<th>{h}</th>" for h in headers)
        plan = _html(
            tmp_path,
            f"<p>План работы на 2026 год</p><table border=1><tr>{head}</tr>"
            "<tr><td>1.</td><td>Заседание совета</td><td>март</td><td>Секретарь</td></tr></table>",
        )
        rows = [(i.title, i.date_text, i.responsible, i.note) for i in plan.records]
        assert rows == [("Заседание совета", "март", "Секретарь", None)], headers


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
