"""Roman numerals: their value as printed, and their writing.

A module of its own, not a part of `normalize/`: the OCR reader (which does not
import `normalize/`, see the README) checks a reading of a numeral's glyphs
with it, and `normalize/numbers.py` reads editions and section numbers with it.
"""

from __future__ import annotations

import functools
import re

# Cyrillic letters that print like Roman numerals («ХIV», «І»): each with its Latin letter.
LOOKALIKES = {"Х": "X", "х": "x", "І": "I", "і": "i", "У": "V", "М": "M", "С": "C"}
_LOOKALIKES = str.maketrans(LOOKALIKES)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_VALID_ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


# Titles repeat a few numerals («I», «XII»): each is worked out once.
@functools.lru_cache(maxsize=1024)
def roman_value(token: str) -> int | None:
    """A Roman numeral in Latin or look-alike Cyrillic capitals, else None."""
    latin = token.translate(_LOOKALIKES)
    if not latin or not latin.isupper() or not _VALID_ROMAN.match(latin):
        return None
    total = 0
    for current, following in zip(latin, latin[1:] + " ", strict=False):
        value = _ROMAN_VALUES[current]
        total += -value if following != " " and _ROMAN_VALUES[following] > value else value
    return total


_ROMAN_DIGITS = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                 (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))  # fmt: skip


def roman_numeral(value: int) -> str:
    """`value` (1…3999) as an upper-case Roman numeral: the inverse of `roman_value`."""
    out = ""
    for number, letters in _ROMAN_DIGITS:
        count, value = divmod(value, number)
        out += letters * count
    return out
