"""Property: any plan written as the official DOCX reads back to the same data.

Hypothesis draws plans from real wordings (titles with editions and quotes,
members, every date form the contract names, organizers with commas inside
quotes and parentheses, city rows, approval blocks, footnotes); the writer and
the reader must agree on all of them.  The derived fields (dates, edition,
participation, organizers) are computed with the library's own rules, so the
test checks the document layout both ways, not the rules.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import magplan
from magplan.model import Approval, DocumentInfo, Item, Kind, Plan, Signatory
from magplan.normalize.dates import parse_period
from magplan.normalize.numbers import edition
from magplan.normalize.organizers import organizers
from magplan.write import render
from magplan.write.to_docx import printed_title

CITIES = ["Москва", "Санкт-Петербург", "Нижний Новгород", "Улан-Удэ", "Минск", "Ош", "Астана"]
TITLES = [
    "XXXII сессия МАГ",
    "Участие в XV Московском урбанистическом форуме",
    "Международная конференция «Управление городом: искусственный интеллект»",
    'XIX Международный смотр-конкурс "Город, где хочется жить"',
    "5-й Форум городов-побратимов",
    "Заседание Совета МАГ",
    "Круглый стол по жилищно-коммунальной сфере",
]
MEMBERS = ["ВАРМСУ", "АГП", "АСДГ", "СГЦСЗ России", "Союз городов Центра и Северо-Запада России"]
DATES = [
    None, "февраль", "5-6 июля", "30 июня – 2 июля", "август-сентябрь", "I квартал", "II-III квартал",
    "II полугодие", "в течение года", "постоянно", "ежеквартально", "по отдельному графику",
    "апрель (ориентировочно)", "15 марта",
]  # fmt: skip
ORGANIZERS = ["МАГ", "ГБУ «МАЦ»", "Институт экономики (ИЭ)", "НП «Центр, инноваций»", "Исполком СНГ"]
EVENT_SECTIONS = [("", "event"), ("Международные мероприятия", "event"), ("Информационная деятельность", "information")]
CITY_SECTIONS = [("Юбилеи городов МАГ", "anniversary"), ("Дни городов-столиц членов МАГ", "city_day")]
FOOTNOTE = "Даты указаны ориентировочно"


@st.composite
def event_items(draw: st.DrawFn, year: int, section: str, kind: Kind, number: int) -> Item:
    title = draw(st.sampled_from(TITLES))
    members = draw(st.lists(st.sampled_from(MEMBERS), max_size=3, unique=True))
    date_text = draw(st.sampled_from(DATES))
    place = draw(st.sampled_from([None, *CITIES])) if date_text else None
    named = draw(st.lists(st.sampled_from(ORGANIZERS), max_size=3, unique=True))
    note = draw(st.sampled_from([None, "По плану Правительства Москвы"]))
    if named:
        note = ("Организатор: " if len(named) == 1 else "Организаторы: ") + ", ".join(named)
    span = parse_period(date_text, year)
    return Item(
        kind=kind, section=section, number=number, title=title, members=members, place=place,
        date_text=date_text, date_start=span.start, date_end=span.end, date_precision=span.precision,
        occurrences=list(span.occurrences), recurrence=span.recurrence, approximate=span.approximate,
        participation=title.startswith("Участие"),
        organizers=organizers(note), note=note, edition=edition(title),
    )  # fmt: skip


@st.composite
def city_items(draw: st.DrawFn, year: int, section: str, kind: Kind, number: int, approximate: bool) -> Item:
    city = draw(st.sampled_from(CITIES))
    day = draw(st.integers(1, 28))
    date_text = f"{day} {draw(st.sampled_from(['июня', 'сентября', 'октября']))}"
    span = parse_period(date_text, year)
    return Item(
        kind=kind, section=section, number=number, title=city, place=city, date_text=date_text,
        date_start=span.start, date_end=span.end, date_precision="day", occurrences=list(span.occurrences),
        approximate=approximate,
        age_years=draw(st.integers(1, 2999)),
    )  # fmt: skip


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    year = draw(st.integers(2020, 2030))
    items: list[Item] = []
    sections = draw(st.lists(st.sampled_from(EVENT_SECTIONS), min_size=1, max_size=2, unique=True))
    if sections[0][0]:
        sections.sort(key=lambda s: s[0])
    number = 0
    for section, kind in sections:
        for _ in range(draw(st.integers(1, 4))):
            number += 1
            items.append(draw(event_items(year, section, kind, number)))
    approximate_cities = draw(st.booleans())
    for section, kind in draw(st.lists(st.sampled_from(CITY_SECTIONS), max_size=2, unique=True)):
        for n in range(1, draw(st.integers(1, 3)) + 1):
            items.append(draw(city_items(year, section, kind, n, approximate_cities)))  # type: ignore[arg-type]
    has_cities = any(i.kind in ("anniversary", "city_day") for i in items)
    approval = draw(
        st.sampled_from(
            [None, Approval("Президент Международной Ассамблеи", "И.П. Соколов", f"«25» декабря {year - 1} г.")]
        )
    )
    document = DocumentInfo(
        source="drawn.docx",
        format="docx",
        title=f"План мероприятий Международной Ассамблеи столиц и крупных городов (МАГ) на {year} год",
        year=year,
        year_end=year,
        signatory=Signatory("Исполнительный вице-президент, генеральный директор МАГ", "Ю.Н. Васюнькин"),
        approval=approval,
        footnotes=[FOOTNOTE] if has_cities and approximate_cities else [],
    )
    return Plan(document, items)


def _assert_reads_back(plan: Plan, fmt: str) -> None:
    """Write `plan` as `fmt`, read it back, and compare everything but `page`."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / f"drawn.{fmt}"
        target.write_bytes(render(plan, fmt))
        produced = magplan.read_plan(target).to_dict()
    source = plan.to_dict()
    expected = source["document"] | {"source": target.name, "format": fmt}
    if fmt == "pdf":
        expected["title"] = printed_title(expected["title"])
    assert produced["document"] == expected
    strip_page = [{k: v for k, v in item.items() if k != "page"} for item in produced["items"]]
    assert strip_page == [{k: v for k, v in item.items() if k != "page"} for item in source["items"]]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=plans())
def test_official_docx_reads_back_to_the_same_plan(plan: Plan) -> None:
    _assert_reads_back(plan, "docx")


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=plans())
def test_official_pdf_reads_back_to_the_same_plan(plan: Plan) -> None:
    """The same through LibreOffice's PDF: lines, pages and the table rebuilt from print."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice is not installed")
    _assert_reads_back(plan, "pdf")


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=plans())
def test_workbook_reads_back_to_the_same_plan(plan: Plan) -> None:
    """magplan's own workbook is an input too: every field comes back from its cells."""
    _assert_reads_back(plan, "xlsx")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=plans())
def test_json_reads_back_to_the_same_plan(plan: Plan) -> None:
    _assert_reads_back(plan, "json")
