"""The one month table (`normalize.months`): what the readers and writers built from it agree on."""

from __future__ import annotations

import datetime as dt

import pytest

from magplan.extract._xlsx_dates import shown_date
from magplan.normalize import months
from magplan.normalize.dates import parse_period
from magplan.normalize.place import split_place_date
from magplan.normalize.sections import section_name
from magplan.normalize.wording import period_wording


@pytest.mark.parametrize("month", range(1, 13))
def test_every_wording_of_a_month_reads_back_as_that_month(month: int) -> None:
    first = dt.date(2027, month, 1)
    # Excel's month formats and the plan-style wording, all made from the table, parse back.
    for text in (shown_date(first, "mmmm"), shown_date(first, "mmm"), period_wording(first, first, 2027)):
        assert text is not None
        span = parse_period(text, 2027)
        assert span.recognized, text
        assert span.start is not None and span.start.month == month, text
    for form in months.forms(month):
        span = parse_period(form, 2027)
        assert span.recognized and span.start is not None and span.start.month == month, form
        # and the «Место, дата» cell tells the month from the place by each of its wordings
        assert split_place_date(f"Москва\n{form}") == ("Москва", form)


def test_a_day_and_a_capitalised_month_is_a_name_not_a_list_number() -> None:
    assert section_name("9 Мая — День Победы") == "9 Мая — День Победы"
    assert section_name("12 Июня") == "12 Июня"
    assert section_name("1 Заседания Совета") == "Заседания Совета"
