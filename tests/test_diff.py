"""`magplan diff`: items matched by meaning; what counts as a change; the reports; exit status like diff(1)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
from functools import cache
from pathlib import Path

import openpyxl
import pytest

import magplan
from magplan.cli import main
from magplan.diff import PlanDiff, compare_plans
from magplan.diff.labels import visible_changes
from magplan.extract.plan_json import plan_from_dict
from magplan.model import Plan
from tests.corpus import CORPUS, expected


@cache
def plan(name: str) -> Plan:
    return plan_from_dict(expected(name))


@cache
def read(name: str) -> Plan:
    return magplan.read_plan(CORPUS / name)


def statuses(diff: PlanDiff, status: str) -> list[str]:
    return [c.item.title.split("\n")[0] for c in diff.items if c.status == status]


def changed_fields(diff: PlanDiff) -> dict[str, set[str]]:
    return {c.item.title.split("\n")[0]: {f.field for f in visible_changes(c)} for c in diff.items if c.changes}


# What a reader finds comparing the 2025 plan with the 2026 plan, item by item (written by hand).
ADDED_2026 = [
    "«Круглы стол» по инновационным практикам в жилищно-коммунальной сфере в Центре управления "
    "Комплекса городского хозяйства Москвы",
    "Международная конференция «Управление городом: искусственный интеллект и человеческий фактор. Лучшие практики»",
    "Участие в пленарном заседании Межпарламентской Ассамблеи СНГ",
    "Продвижение проекта «Библиотека городских практик»",
    "Сбор и подготовка информационных материалов к мероприятиям МАГ",
    *["Благовещенск", "Иркутск", "Нижний Новгород", "Орел", "Омск", "Улан-Удэ", "Челябинск", "Самара", "Днепр"],
    *["Воронеж", "Мурманск", "Ош"],
]
REMOVED_2025 = [
    "Заседание Совета МАГ",
    "Международная конференция «Городская мобильность: транспорт, инфраструктура, безопасность»",
    "Международная научно-практическая конференция «Цифровая трансформация городского хозяйства»",
    "Мероприятия, посвященные Всемирному дню городов",
    "Участие в Международном экономическом форуме «Россия – Исламский мир: KazanForum»",
    "Участие в XII Форуме регионов Беларуси и России",
    "Участие в Астанинском международном форуме",
    "Подготовка отчета о деятельности МАГ за 2024 год",
    "Издание сборника «Лучшие практики городов МАГ»",
    *["Рязань", "Тверь", "Владивосток", "Калининград", "Салехард", "Владимир", "Элиста", "Казань", "Барнаул", "Брянск"],
]
CHANGED_2026 = {
    "XXXII сессия МАГ": {"place", "date_text"},  # Москва, июнь → no place or date yet
    "Участие в XV Московском международном урбанистическом форуме": {"title"},  # «международном» added
    "Участие в XXI Общероссийском форуме «Стратегическое планирование в регионах и городах России»": {"note"},
    "Участие в годовых собраниях межгородских объединений": {"members"},  # АГУ added, a member renamed
    "Участие в X Общероссийском форуме стратегического развития «Города России»": {"title"},  # + «Круглый стол МАГ»
    'XIX Международный смотр-конкурс городских практик городов СНГ и ЕАЭС "Город, где хочется жить" '
    "и XV Международный конкурс «Город в зеркале СМИ»": {"date_text"},  # ноябрь-декабрь → декабрь
    "Размещение информации на Электронном портале МАГ в разделы «МАГ-ИНФО», «Новости городов», "
    "отчеты о прошедших мероприятиях, в Телеграм-канале МАГ": {"title"},
    "Выпуск информационно-аналитического журнала «Вестник МАГ»": {"date_text"},  # ежеквартально → ежеквартал.
    # City days: a year older is no change; the 2026 plan calls them approximate, and some dates moved.
    "Бишкек": {"approximate"},
    "Душанбе": {"approximate"},
    "Астана": {"date_text", "approximate"},
    "Сухум": {"approximate"},
    "Ереван": {"date_text", "approximate"},
    "Минск": {"date_text", "approximate"},
    "Москва": {"date_text"},  # «6-7 сентября (ориентировочно)» → «8-9 сентября», approximate both years
    "Цхинвал": {"approximate"},
    "Тирасполь": {"approximate"},
}
UNCHANGED_2026 = [
    "Конференция представителей СМИ. Подведение итогов XIV конкурса «Город в зеркале СМИ»",  # XIII → XIV
    "XIX Международный конгресс «Российская семья»",  # XVIII → XIX
    "Мероприятия по проектам ООН-Хабитат",
    "Международная конференция «Москва-энергоэффективный город»",
    "Участие в Международном экономическом Форуме государств-участников Содружества Независимых Государств",
    "Выпуск информационного приложения к журналу «Вестник МАГ»",
]


def test_last_year_and_this_year() -> None:
    diff = compare_plans(plan("plan-2025.docx"), plan("plan-2026.docx"))
    assert diff.across_years and not diff.equal
    assert sorted(statuses(diff, "added")) == sorted(ADDED_2026)
    assert sorted(statuses(diff, "removed")) == sorted(REMOVED_2025)
    assert changed_fields(diff) == CHANGED_2026
    assert sorted(statuses(diff, "unchanged")) == sorted(UNCHANGED_2026)
    assert [(c.field, c.old is None, c.new is None) for c in diff.requisites] == [
        ("year", False, False),
        ("approval", False, True),  # the 2026 plan is not approved by a signature
        ("footnotes", False, False),
    ]
    # Two old sections became the 2026 plan's unheaded events; information work got a longer heading.
    assert [(c.old, c.new) for c in diff.sections] == [
        ("Международные мероприятия", ""),
        ("Участие в мероприятиях партнеров", ""),
        ("Информационная деятельность", "Деятельность по информационному обеспечению городов-членов МАГ"),
    ]
    assert diff.count("moved") == 0


def test_the_same_plan_in_other_formats_is_equal() -> None:
    """DOCX, its PDF print, the web page and the scans read (expected) to the same plan: provenance is no change."""
    for other in ("plan-2026.pdf", "plan-2026.html", "plan-2026-scan.pdf"):
        diff = compare_plans(plan("plan-2026.docx"), plan(other))
        assert diff.equal, (other, diff.summary())


def test_docx_and_pdf_as_read_are_equal(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["diff", str(CORPUS / "plan-2026.docx"), str(CORPUS / "plan-2026.pdf")])
    assert code == 0 and "Планы совпадают" in capsys.readouterr().out


def test_renumbering_and_reordering_are_no_change() -> None:
    base = read("plan-2026.docx")
    shuffled = [dataclasses.replace(item, number=(item.number or 0) + 100, page=7) for item in base.records]
    shuffled.reverse()
    other = Plan(dataclasses.replace(base.document, source="other.pdf", format="pdf"), shuffled)
    assert compare_plans(base, other).equal


def test_an_edit_is_one_change_field_by_field() -> None:
    base = read("plan-2026.docx")
    records = [dataclasses.replace(item) for item in base.records]
    conference = next(i for i in records if i.title.startswith("Конференция представителей СМИ"))
    conference.date_text, conference.date_start, conference.date_end = "март", dt.date(2026, 3, 1), dt.date(2026, 3, 31)
    conference.section = "Международные мероприятия"
    edited = Plan(base.document, records)
    diff = compare_plans(base, edited)
    (change,) = [c for c in diff.items if c.changes]
    assert change.moved and change.edited
    assert {c.field for c in change.changes} >= {"date_text", "date_start", "date_end", "section"}
    assert {c.field for c in visible_changes(change)} == {"date_text", "section"}  # dates follow the wording


def test_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = CORPUS / "plan-2025.docx", CORPUS / "plan-2026.docx"
    out = tmp_path / "out"
    assert main(["diff", str(old), str(new), "--to", "xlsx,json,html", "--out", str(out)]) == 1
    text = capsys.readouterr().out
    assert "добавлено 17" in text and "удалено 19" in text and "Год: 2025 → 2026" in text
    data = json.loads((out / "plan-2025-vs-plan-2026.json").read_text(encoding="utf-8"))
    assert data["schema"] == "magplan-diff/1" and data["equal"] is False
    assert data["summary"] == {
        "added": 17, "removed": 19, "changed": 17, "moved": 0, "unchanged": 6, "requisites": 3, "sections": 3,
    }  # fmt: skip
    session = next(i for i in data["items"] if i["new"] and i["new"]["title"] == "XXXII сессия МАГ")
    assert session["status"] == "changed" and session["old"]["title"] == "XXXI сессия МАГ"
    assert {"field": "place", "old": "Москва", "new": None} in session["changes"]
    wb = openpyxl.load_workbook(io.BytesIO((out / "plan-2025-vs-plan-2026.xlsx").read_bytes()))
    ws = wb["Изменения"]
    assert ws.max_row == len(data["items"]) + 1
    header = [c.value for c in ws[1]]
    assert header[2] == "Раздел (было)" and "Мероприятие (стало)" in header
    row = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "Мероприятие" and r[4].value == "XXXI сессия МАГ")
    place_old = header.index("Место (было)")
    assert row[0].value == "Изменено" and row[place_old].fill.fgColor.rgb.endswith("FFEB9C")
    html = (out / "plan-2025-vs-plan-2026.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "XXXI сессия МАГ" in html
    assert "<script" not in html and "http" not in html  # self-contained


def test_json_to_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["diff", str(CORPUS / "plan-2026.docx"), str(CORPUS / "plan-2026.html"), "--to", "json", "--out", "-"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["equal"] is True and data["summary"]["unchanged"] == 40


def test_bad_input_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 broken")
    assert main(["diff", str(broken), str(CORPUS / "plan-2026.docx")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "broken.docx" in err and "Traceback" not in err
    assert main(["diff", str(CORPUS / "plan-2026.docx"), str(tmp_path / "missing.pdf")]) == 2


def test_an_unreadable_plan_is_one_line_naming_it_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.docx_builder import write_docx_with_nul

    broken = write_docx_with_nul(tmp_path / "broken.docx")
    assert main(["diff", str(CORPUS / "plan-2026.docx"), str(broken)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.count(str(broken)) == 1 and "damaged XML" in err


def test_a_bug_while_reading_is_status_3_and_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from magplan.normalize import items

    monkeypatch.setattr(items, "build_plan", lambda *args, **kwargs: None)  # a broken rule
    assert main(["diff", str(CORPUS / "plan-2026.docx"), str(CORPUS / "plan-2026.html")]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "plan-2026.docx" in err and "bug in magplan" in err


def test_a_line_break_in_a_title_is_no_change() -> None:
    """A scan's OCR breaks a title where the column wrapped: the same item, unchanged."""
    base = read("plan-2026.docx")
    records = [dataclasses.replace(item) for item in base.records]
    records[1].title = records[1].title.replace("представителей ", "представителей\n")
    assert records[1].title != base.records[1].title
    assert compare_plans(base, Plan(base.document, records)).equal
