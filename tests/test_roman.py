"""Roman numerals (`magplan.roman`), the one definition the OCR reader and the rules share."""

from __future__ import annotations

import pytest

from magplan.extract.ocr.glyphs import is_roman_numeral
from magplan.roman import roman_numeral, roman_value


def test_every_numeral_reads_back_as_its_value() -> None:
    assert all(roman_value(roman_numeral(n)) == n for n in range(1, 4000))


@pytest.mark.parametrize(
    ("token", "value"),
    [("XIV", 14), ("ХІV", 14), ("ХХ", 20), ("УІ", 6), ("МС", 1100), ("IIII", None), ("xiv", None), ("", None)],
)
def test_cyrillic_look_alikes_in_capitals_are_a_numeral(token: str, value: int | None) -> None:
    assert roman_value(token) == value
    # the OCR reader's check of a numeral's glyphs asks the same
    assert is_roman_numeral(token) == (value is not None)
