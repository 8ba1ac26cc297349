"""Numbers printed in words and numerals: row numbers, editions, ages."""

from __future__ import annotations

import functools
import re

from magplan.roman import LOOKALIKES, roman_value

# The look-behinds («not after a letter, a digit or a hyphen») stand after a pattern's first
# character, not before it: a pattern that opens with a character class is searched for
# that class in C, one that opens with a look-behind is tried at every position (these run
# on every title and city row).  `(?<![\w-]X)` after the first character X is the same test.
_ROMAN_TOKEN = re.compile(r"([IVXLCDMХІМС](?<![\w-][IVXLCDMХІМС])[IVXLCDMХІМС]*)(?!\w)")
# A Roman numeral that counts a century or a part of the year, not an edition: «Культура XXI века»,
# «IV квартал», «II полугодие».
_NOT_EDITION = re.compile(r"\s*(?:век|столети|тысячелети|квартал|кв\.|полугоди)", re.IGNORECASE)
# «5-й», «3-я», «10-ый»: an Arabic ordinal needs its case ending.
_ARABIC_ORDINAL = re.compile(
    r"(\d(?<![\d.,-]\d)\d{0,2})\s?[-–]\s?(?:й|я|е|го|му|м|х|ый|ий|ой|ая|ое|ые|ого|ему|ом|ую|ей)(?![а-яё])",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# «п/п» (по порядку) only ever heads the number column: before a row's number it is the header's
# second line printed into the first row, whose height the header cell overflowed («№» / «п/п 1»,
# a spreadsheet's row too short for its wrapped header, printed).
# A bar beside it is a scan's column rule read as a glyph («| 7.»): no number cell prints one.  A
# degree sign after it is a scan's reading of its point, set a little lower on a line of its own
# where the number is centred between two lines («1» / «°»).
_ROW_NUMBER = re.compile(r"^\s*\|?\s*(?:п/п\s+)?(\d{1,4})\s*[.)°]?\s*\|?\s*$")
# A summary row at a table's foot («Итого: 24 мероприятия», «Всего | 24»; «Итого6 мероприятий» where a
# bold «Итого» fills its narrow column up to the count's cell and a PDF's glyphs run on): it counts
# the items, it is none («Итоговый концерт» is one).
TOTALS_WORDS = ("итого", "всего")
_TOTALS = re.compile(rf"^\s*(?:{'|'.join(TOTALS_WORDS)})(?![а-яёa-z])", re.IGNORECASE)
# «170 лет», «201 год», «1764 года», «110лет», and the anniversary's word: «110-летие», «1000-летия».
# Thousands may be set off by a space: «1 000 лет».
_AGE = re.compile(
    r"(\d(?<![\d.]\d)(?:\d{0,2}(?:[ \u00a0]\d{3})+|\d{0,3}))\s*-?\s*(?:лет(?:и[ея])?|год[а]?)(?![а-яё])",
    re.IGNORECASE,
)


# Asked of each row's number cell in assembly and again for its item; the numbers repeat
# from section to section.
@functools.lru_cache(maxsize=4096)
def row_number(text: str) -> int | None:
    """The «№ п/п» cell as printed: ``"12."`` → 12; anything else → None."""
    match = _ROW_NUMBER.match(text)
    return int(match.group(1)) if match else None


def totals(text: str) -> bool:
    """Does the text open a table's totals row («Итого», «Всего: 24»)?"""
    return _TOTALS.match(text) is not None


@functools.lru_cache(maxsize=4096)
def edition(title: str) -> int | None:
    """The ordinal of the first edition number in a title (``XXXII сессия`` → 32)."""
    best: tuple[int, int] | None = None
    for match in _ROMAN_TOKEN.finditer(title):
        token = match.group(1)
        # A lone «С»/«М»/«D»/«L» is a preposition or an initial, not a numeral.
        if len(token) == 1 and LOOKALIKES.get(token, token) not in "IVX":
            continue
        value = roman_value(token)
        if value and not _NOT_EDITION.match(title, match.end()):
            best = (match.start(), value)
            break
    # The ordinal's pattern opens with a look-behind, which the regex engine checks at
    # every position of the title: look for it only in a title with a digit.
    arabic = _ARABIC_ORDINAL.search(title) if _DIGIT.search(title) else None
    if arabic and (best is None or arabic.start() < best[0]):
        return int(arabic.group(1))
    return best[1] if best else None


# A city row's cells are asked for their age more than once (is the row a city's? which cell
# holds the age? what is left without it?): each text is searched once.
@functools.lru_cache(maxsize=4096)
def _age_split(text: str) -> tuple[int | None, str]:
    """(the first age printed in `text`, `text` without it); (None, `text`) without one."""
    match = _AGE.search(text)
    if match is None:
        return None, text
    age = int(match.group(1).replace(" ", "").replace("\u00a0", ""))
    # What `_AGE.sub("", text, count=1)` leaves: the first match taken out.
    return age, text[: match.start()] + text[match.end() :]


def age_years(text: str) -> int | None:
    """The age printed in a city row: «170 лет», «201 год», «1764 года», «110лет»."""
    return _age_split(text)[0]


def without_age(text: str) -> str:
    """`text` with the first age («170 лет») taken out."""
    return _age_split(text)[1]


def remove_editions(text: str, replacement: str = " ") -> str:
    """`text` without the edition numbers that `edition` would count (all of them, not only the first)."""

    def roman(match: re.Match[str]) -> str:
        token = match.group(1)
        if len(token) == 1 and LOOKALIKES.get(token, token) not in "IVX":
            return match.group(0)
        return replacement if roman_value(token) else match.group(0)

    return _ARABIC_ORDINAL.sub(replacement, _ROMAN_TOKEN.sub(roman, text))
