"""Date and period wordings of real plans, table-style."""

from __future__ import annotations

import datetime as dt

import pytest

from magplan.normalize.dates import is_approximate, parse_period, recurrence_of

D = dt.date


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        # months in the nominative, genitive and prepositional case, and abbreviations
        ("февраль", D(2026, 2, 1), D(2026, 2, 28), "month"),
        ("май", D(2026, 5, 1), D(2026, 5, 31), "month"),
        ("в мае", D(2026, 5, 1), D(2026, 5, 31), "month"),
        ("в сентябре", D(2026, 9, 1), D(2026, 9, 30), "month"),
        ("сент.", D(2026, 9, 1), D(2026, 9, 30), "month"),
        ("окт.", D(2026, 10, 1), D(2026, 10, 31), "month"),
        ("Декабрь", D(2026, 12, 1), D(2026, 12, 31), "month"),
        # single days and day ranges
        ("6 июня", D(2026, 6, 6), D(2026, 6, 6), "day"),
        ("5-6 июля", D(2026, 7, 5), D(2026, 7, 6), "day"),
        ("5–7 июля", D(2026, 7, 5), D(2026, 7, 7), "day"),
        ("5 — 7 июля", D(2026, 7, 5), D(2026, 7, 7), "day"),
        ("с 5 по 7 июля", D(2026, 7, 5), D(2026, 7, 7), "day"),
        ("13-18 мая", D(2026, 5, 13), D(2026, 5, 18), "day"),
        ("30 июня – 2 июля", D(2026, 6, 30), D(2026, 7, 2), "day"),
        ("30 сентября – 2 октября", D(2026, 9, 30), D(2026, 10, 2), "day"),
        ("5 и 6 июня", D(2026, 6, 5), D(2026, 6, 6), "day"),
        ("05.07.2026", D(2026, 7, 5), D(2026, 7, 5), "day"),
        ("05.07.26", D(2026, 7, 5), D(2026, 7, 5), "day"),
        # month ranges
        ("август-сентябрь", D(2026, 8, 1), D(2026, 9, 30), "month"),
        ("ноябрь – декабрь", D(2026, 11, 1), D(2026, 12, 31), "month"),
        ("ноябрь-декабрь", D(2026, 11, 1), D(2026, 12, 31), "month"),
        ("с марта по май", D(2026, 3, 1), D(2026, 5, 31), "month"),
        # quarters and half-years
        ("I квартал", D(2026, 1, 1), D(2026, 3, 31), "quarter"),
        ("1 кв.", D(2026, 1, 1), D(2026, 3, 31), "quarter"),
        ("IV квартал", D(2026, 10, 1), D(2026, 12, 31), "quarter"),
        ("II-III квартал", D(2026, 4, 1), D(2026, 9, 30), "quarter"),
        ("2-й квартал", D(2026, 4, 1), D(2026, 6, 30), "quarter"),
        ("II полугодие", D(2026, 7, 1), D(2026, 12, 31), "half_year"),
        ("I полугодие", D(2026, 1, 1), D(2026, 6, 30), "half_year"),
        # the whole year, and a year named in the text
        ("в течение года", D(2026, 1, 1), D(2026, 12, 31), "year"),
        ("в течение 2027 года", D(2027, 1, 1), D(2027, 12, 31), "year"),
        ("декабрь 2025 г.", D(2025, 12, 1), D(2025, 12, 31), "month"),
        ("1 квартал 2027 года", D(2027, 1, 1), D(2027, 3, 31), "quarter"),
        # qualifiers stay in the wording but do not change the period
        ("апрель (ориентировочно)", D(2026, 4, 1), D(2026, 4, 30), "month"),
        ("6-7 сентября (ориентировочно)", D(2026, 9, 6), D(2026, 9, 7), "day"),
        ("май (ориент.)", D(2026, 5, 1), D(2026, 5, 31), "month"),
        ("предварительно июнь", D(2026, 6, 1), D(2026, 6, 30), "month"),
    ],
)
def test_periods(text: str, start: dt.date, end: dt.date, precision: str) -> None:
    span = parse_period(text, 2026)
    assert (span.start, span.end, span.precision, span.recognized) == (start, end, precision, True)


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("постоянно", "continuous"),
        ("ежемесячно", "monthly"),
        ("ежеквартально", "quarterly"),
        ("ежеквартал.", "quarterly"),
        ("Ежегодно", "yearly"),
        ("по отдельному графику", "separate_schedule"),
        ("по отдельному плану", "separate_schedule"),
    ],
)
def test_recurrence_words_leave_dates_null(text: str, recurrence: str) -> None:
    span = parse_period(text, 2026)
    assert recurrence_of(text) == recurrence
    assert (span.recurrence, span.start, span.end, span.precision) == (recurrence, None, None, None)


@pytest.mark.parametrize("text", ["когда-нибудь", "31 июня", "уточняется", "13 мартобря", "по согласованию сторон"])
def test_unknown_wording_is_unrecognized_not_an_exception(text: str) -> None:
    span = parse_period(text, 2026)
    assert not span.recognized and span.start is None and span.end is None


@pytest.mark.parametrize(
    ("text", "approximate"),
    [("апрель (ориентировочно)", True), ("май (ориент.)", True), ("предварительно июнь", True), ("июнь", False)],
)
def test_approximate_markers(text: str, approximate: bool) -> None:
    assert is_approximate(text) is approximate
    assert parse_period(text, 2026).approximate is approximate


def test_without_a_plan_year_only_explicit_years_are_dated() -> None:
    assert parse_period("май", None).start is None
    assert parse_period("май 2024 г.", None).start == D(2024, 5, 1)
