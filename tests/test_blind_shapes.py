"""Shapes of other bodies' plans found by a blind test: each a tiny document built here."""

from __future__ import annotations

from pathlib import Path

import magplan


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
