"""Date cells of generated plans, end to end: the place split off, the period, and a warning
for what cannot be read (never silence)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import magplan
from magplan.model import Item
from magplan.normalize.edited import Typed, complete
from magplan.normalize.place import split_place_date
from tests import docx_builder as b

# («Место, дата» cell, place, date_text, [start, end] pairs, precision, recurrence, warning code)
ROWS: list[tuple[str, str | None, str, list[list[str | None]], str | None, str | None, str | None]] = [
    ("Москва еженедельно", "Москва", "еженедельно", [], None, None, None),
    ("Казань\n2 раза в год", "Казань", "2 раза в год", [], None, None, None),
    ("Москва, по согласованию", "Москва", "по согласованию", [], None, None, None),
    ("по согласованию", None, "по согласованию", [], None, None, None),
    ("Минск, к 1 сентября", "Минск", "к 1 сентября", [[None, "2026-09-01"]], "day", None, None),
    ("Самара\nпо графику", "Самара", "по графику", [], None, "separate_schedule", None),
    ("первая декада мая", None, "первая декада мая", [["2026-05-01", "2026-05-31"]], "month", None, None),
    (
        "IV квартал 2026 г. –\nI квартал 2027 г.",
        None,
        "IV квартал 2026 г. –\nI квартал 2027 г.",
        [["2026-10-01", "2027-03-31"]],
        "quarter",
        None,
        None,
    ),
    (
        "13-14, 20-21 мая",
        None,
        "13-14, 20-21 мая",
        [["2026-05-13", "2026-05-14"], ["2026-05-20", "2026-05-21"]],
        "day",
        None,
        None,
    ),
    (
        "Тула, январь, февраль 2027",
        "Тула",
        "январь, февраль 2027",
        [["2027-01-01", "2027-01-31"], ["2027-02-01", "2027-02-28"]],
        "month",
        None,
        None,
    ),
    ("«13» мая 2026 г.", None, "«13» мая 2026 г.", [["2026-05-13", "2026-05-13"]], "day", None, None),
    (
        "май\u00a0–\u00a0июнь (по согласованию)",
        None,
        "май – июнь (по согласованию)",
        [["2026-05-01", "2026-06-30"]],
        "month",
        None,
        None,
    ),
    ("Москва\nкогда-нибудь", "Москва", "когда-нибудь", [], None, None, "unparsed_date"),
    ("Москва\nзимой", "Москва", "зимой", [], None, None, "unparsed_date"),
]


def _plan(tmp_path: Path, title: tuple[str, ...] = b.TITLE) -> magplan.Plan:
    rows = "".join(
        b.row(f"{n}.", f"Мероприятие {n}", b.cell(*cell.split("\n")), "") for n, (cell, *_) in enumerate(ROWS, 1)
    )
    body = b.title_paragraphs(title) + b.table(b.header_row(), rows) + b.signature()
    return magplan.read_plan(b.write_docx(tmp_path / "plan.docx", body))  # type: ignore[arg-type]


def test_date_cells_of_a_generated_plan(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    items = plan.to_dict()["items"]
    warned = {w.item: w.code for w in plan.warnings}
    for index, (cell, place, date_text, occurrences, precision, recurrence, warning) in enumerate(ROWS):
        item = items[index]
        got = (item["place"], item["date_text"], item["occurrences"], item["date_precision"], item["recurrence"])
        assert got == (place, date_text, occurrences, precision, recurrence), cell
        assert warned.get(index) == warning, cell


def test_in_a_plan_of_several_years_yearless_dates_are_null_and_warned(tmp_path: Path) -> None:
    title = ("План мероприятий", "Международной Ассамблеи столиц и крупных городов (МАГ)", "на 2026-2028 годы")
    plan = _plan(tmp_path, title)
    items = plan.to_dict()["items"]
    warned = {w.item: w.code for w in plan.warnings}
    assert plan.document.year_end == 2028
    # «первая декада мая» has no year of its own: no period, and a warning that says so
    index = next(i for i, row in enumerate(ROWS) if row[0] == "первая декада мая")
    assert (items[index]["occurrences"], items[index]["date_start"], warned.get(index)) == (
        [],
        None,
        "date_without_year",
    )
    # a wording with its years is dated; a frequency needs no year
    index = next(i for i, row in enumerate(ROWS) if row[0].startswith("IV квартал"))
    assert items[index]["occurrences"] == [["2026-10-01", "2027-03-31"]] and index not in warned
    assert (items[0]["place"], items[0]["date_text"], 0 in warned) == ("Москва", "еженедельно", False)


def test_an_edited_wording_that_names_no_period_keeps_the_dates_typed_beside_it() -> None:
    typed = Typed(date_start=dt.date(2026, 5, 1), date_end=dt.date(2026, 5, 31))
    item = Item("event", "", 1, "Форум", date_text="по согласованию")
    warnings = complete(item, typed, 2026)
    assert (item.date_start, item.date_end, item.occurrences) == (
        typed.date_start,
        typed.date_end,
        [(typed.date_start, typed.date_end)],
    )
    assert [code for code, _ in warnings] == ["unparsed_date"]
    # without typed dates it is read: no period, no warning
    item = Item("event", "", 1, "Форум", date_text="еженедельно")
    assert complete(item, Typed(), 2026) == [] and item.date_start is None and item.recurrence is None


@pytest.mark.parametrize(
    ("cell", "place", "date_text"),
    [
        ("Москва еженедельно", "Москва", "еженедельно"),
        ("Москва два раза в год", "Москва", "два раза в год"),
        ("Москва каждую среду", "Москва", "каждую среду"),
        ("Москва к 1 сентября", "Москва", "к 1 сентября"),
        ("Казань «13» мая", "Казань", "«13» мая"),
        ("Москва по согласованию", "Москва", "по согласованию"),
        ("Москва четвертый квартал", "Москва", "четвертый квартал"),
        ("Москва осенью", "Москва", "осенью"),
        ("Москва последнее воскресенье мая", "Москва", "последнее воскресенье мая"),
        ("в течение года\nпо согласованию с Правительством Москвы", None, None),
        ("в течение года\nпо согласованию с принимающей стороной", None, None),
        ("июнь\n(по согласованию)", None, None),
        ("март\nпо согласованию", None, None),
        # a name that is a season's word is no date
        ("Кинотеатр Весна", "Кинотеатр Весна", None),
        ("ДК «Весна»", "ДК «Весна»", None),
        ("Москва Летний сад", "Москва Летний сад", None),
    ],
)
def test_place_and_date_wordings_split(cell: str, place: str | None, date_text: str | None) -> None:
    assert split_place_date(cell) == (place, date_text if date_text is not None or place else cell)
