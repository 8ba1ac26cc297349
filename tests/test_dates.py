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


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("1 раз в месяц", "monthly"),
        ("1 раз в квартал", "quarterly"),
        ("раз в квартал", "quarterly"),
        ("раз в полугодие", "half_yearly"),
        ("1 раз в полгода", "half_yearly"),
        ("ежеполугодно", "half_yearly"),
        ("один раз в год", "yearly"),
        ("не реже 1 раза в год", "yearly"),
        ("не реже одного раза в квартал", "quarterly"),
        ("по мере необходимости", "as_needed"),
        ("по мере поступления обращений", "as_needed"),
        ("По мере возникновения", "as_needed"),
        ("на постоянной основе", "continuous"),
        ("до 25 числа каждого месяца", "monthly"),
        ("не позднее 5-го числа каждого месяца", "monthly"),
    ],
)
def test_recurrence_wordings_of_other_bodies(text: str, recurrence: str) -> None:
    span = parse_period(text, 2028)
    assert (span.recurrence, span.start, span.end, span.precision, span.occurrences) == (
        recurrence,
        None,
        None,
        None,
        (),
    )


@pytest.mark.parametrize("text", ["1 раз в 2 года", "2 раза в год", "раз в неделю"])
def test_other_frequencies_are_not_guessed(text: str) -> None:
    assert not parse_period(text, 2028).recognized


@pytest.mark.parametrize(
    ("text", "occurrences", "precision"),
    [
        ("август-сентябрь", [(D(2028, 8, 1), D(2028, 9, 30))], "month"),
        ("март, сентябрь", [(D(2028, 3, 1), D(2028, 3, 31)), (D(2028, 9, 1), D(2028, 9, 30))], "month"),
        ("февраль, август", [(D(2028, 2, 1), D(2028, 2, 29)), (D(2028, 8, 1), D(2028, 8, 31))], "month"),
        ("11.03.2028; 11.11.2028", [(D(2028, 3, 11), D(2028, 3, 11)), (D(2028, 11, 11), D(2028, 11, 11))], "day"),
        ("5 и 6 сентября", [(D(2028, 9, 5), D(2028, 9, 5)), (D(2028, 9, 6), D(2028, 9, 6))], "day"),
        (
            "5, 12 и 19 мая",
            [(D(2028, 5, 5), D(2028, 5, 5)), (D(2028, 5, 12), D(2028, 5, 12)), (D(2028, 5, 19), D(2028, 5, 19))],
            "day",
        ),
        ("в марте и в сентябре", [(D(2028, 3, 1), D(2028, 3, 31)), (D(2028, 9, 1), D(2028, 9, 30))], "month"),
        ("I и III квартал", [(D(2028, 1, 1), D(2028, 3, 31)), (D(2028, 7, 1), D(2028, 9, 30))], "quarter"),
        # the coarsest part gives the precision
        ("15 марта, II квартал", [(D(2028, 3, 15), D(2028, 3, 15)), (D(2028, 4, 1), D(2028, 6, 30))], "quarter"),
        # numeric days, with or without the year
        ("16.11.2028", [(D(2028, 11, 16), D(2028, 11, 16))], "day"),
        ("10.06", [(D(2028, 6, 10), D(2028, 6, 10))], "day"),
        ("10-12.06.2028", [(D(2028, 6, 10), D(2028, 6, 12))], "day"),
        ("31.12.2027 - 10.01.2028", [(D(2027, 12, 31), D(2028, 1, 10))], "day"),
        # over New Year, a year printed on one side or neither
        ("с 28.12 по 10.01", [(D(2028, 12, 28), D(2029, 1, 10))], "day"),
        ("28.12 - 10.01.2029", [(D(2028, 12, 28), D(2029, 1, 10))], "day"),
        ("28.12.2028 - 10.01", [(D(2028, 12, 28), D(2029, 1, 10))], "day"),
        # ISO days, as spreadsheets and web forms write them
        ("2028-06-15", [(D(2028, 6, 15), D(2028, 6, 15))], "day"),
        ("2028-06-15 – 2028-06-17", [(D(2028, 6, 15), D(2028, 6, 17))], "day"),
        ("2028-03-11; 2028-11-11", [(D(2028, 3, 11), D(2028, 3, 11)), (D(2028, 11, 11), D(2028, 11, 11))], "day"),
        # «в течение …» names the period itself
        ("в течение II квартала", [(D(2028, 4, 1), D(2028, 6, 30))], "quarter"),
        ("в течение марта", [(D(2028, 3, 1), D(2028, 3, 31))], "month"),
        ("первое полугодие", [(D(2028, 1, 1), D(2028, 6, 30))], "half_year"),
        ("третий квартал", [(D(2028, 7, 1), D(2028, 9, 30))], "quarter"),
        # words after a recognised wording qualify it and do not change the period
        ("июнь (по согласованию)", [(D(2028, 6, 1), D(2028, 6, 30))], "month"),
        ("II полугодие по согласованию с принимающей стороной", [(D(2028, 7, 1), D(2028, 12, 31))], "half_year"),
        ("в течение года по согласованию с городами", [(D(2028, 1, 1), D(2028, 12, 31))], "year"),
        ("12-14 октября, г. Казань", [(D(2028, 10, 12), D(2028, 10, 14))], "day"),
        ("в период с 10 по 15 мая", [(D(2028, 5, 10), D(2028, 5, 15))], "day"),
        ("март-апрель, октябрь", [(D(2028, 3, 1), D(2028, 4, 30)), (D(2028, 10, 1), D(2028, 10, 31))], "month"),
        ("2-е полугодие", [(D(2028, 7, 1), D(2028, 12, 31))], "half_year"),
        ("3 декада мая", [(D(2028, 5, 1), D(2028, 5, 31))], "month"),
        # a period on each line of the cell is a list, not a period and its qualifier
        ("март\nсентябрь", [(D(2028, 3, 1), D(2028, 3, 31)), (D(2028, 9, 1), D(2028, 9, 30))], "month"),
        ("10.03.2028\n10.09.2028", [(D(2028, 3, 10), D(2028, 3, 10)), (D(2028, 9, 10), D(2028, 9, 10))], "day"),
        # …but a line that only continues the one above does not make a list
        ("30 сентября –\n2 октября", [(D(2028, 9, 30), D(2028, 10, 2))], "day"),
        ("I полугодие\n2028 года", [(D(2028, 1, 1), D(2028, 6, 30))], "half_year"),
        ("июнь\n(по согласованию)", [(D(2028, 6, 1), D(2028, 6, 30))], "month"),
    ],
)
def test_occurrences(text: str, occurrences: list[tuple[dt.date, dt.date]], precision: str) -> None:
    span = parse_period(text, 2028)
    assert span.recognized and span.recurrence is None
    assert list(span.occurrences) == occurrences
    assert span.precision == precision
    assert (span.start, span.end) == (occurrences[0][0], max(end for _, end in occurrences))


@pytest.mark.parametrize(
    ("text", "end", "precision"),
    [
        ("до 01.04.2026", D(2026, 4, 1), "day"),
        ("до 1 апреля", D(2026, 4, 1), "day"),
        ("не позднее 15 мая", D(2026, 5, 15), "day"),
        ("не позже 20.11", D(2026, 11, 20), "day"),
        ("в срок до 10 декабря", D(2026, 12, 10), "day"),
        ("до конца I квартала", D(2026, 3, 31), "quarter"),
        ("до конца года", D(2026, 12, 31), "year"),
        ("до марта", D(2026, 3, 31), "month"),
    ],
)
def test_deadlines_have_no_start(text: str, end: dt.date, precision: str) -> None:
    span = parse_period(text, 2026)
    assert (span.start, span.end, span.precision) == (None, end, precision)
    assert span.occurrences == ((None, end),)


def test_ranges_with_do_are_ranges_not_deadlines() -> None:
    span = parse_period("с 5 до 10 июня", 2026)
    assert (span.start, span.end) == (D(2026, 6, 5), D(2026, 6, 10))


def test_recurrences_and_unknown_wordings_name_no_occurrence() -> None:
    assert parse_period("постоянно", 2026).occurrences == ()
    assert parse_period("по согласованию", 2026).occurrences == ()
    assert parse_period("", 2026).occurrences == ()


def test_in_a_plan_of_several_years_only_dates_with_their_year_are_dated() -> None:
    # build_plan passes no year for a multi-year plan (rule 11)
    assert parse_period("март", None).occurrences == ()
    assert parse_period("10.06", None).start is None
    assert parse_period("10.06.2023", None).start == D(2023, 6, 10)


@pytest.mark.parametrize(
    ("text", "entire"),
    [("июнь", True), ("июнь (по согласованию)", False), ("Москва", False), ("5 и 6 сентября", True)],
)
def test_looks_like_period_wants_the_whole_text(text: str, entire: bool) -> None:
    from magplan.normalize.dates import looks_like_period

    assert looks_like_period(text) is entire
