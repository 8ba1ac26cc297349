"""Section headings: their kind and their printed name."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from magplan.model import Kind
from magplan.normalize.months import GENITIVE, NOMINATIVE
from magplan.text import CYRILLIC_LOOKS, LATIN_LOOKS, one_line

# «IV.», «2)», «2.1.», «2.1», «Раздел 3.», and the capital letters of a lettered list («Б.», «В)»; only
# capitals: a town's «г. Москва» stays as printed).  After a word that names a part («Раздел 3»,
# «Глава II:», «§ 2») the number needs no dot; a bare Arabic one needs a capital after it
# («1 Заседания Совета»), and a bare Roman one counts as nothing (it is an edition: «XV Форум»).
_LIST_NUMBER = re.compile(
    r"^\s*(?:"
    r"(?i:(?:раздел|глава|часть|§)\s*(?:[IVXLC]+|[ІХ]+|\d{1,2}(?:\.\d{1,2})*))\s*[.):]?(?=\s|$)"
    r"|\d{1,2}(?:\.\d{1,2})+\.?(?=\s)"
    r"|(?i:[IVXLC]+|[ІХ]+|\d{1,2}(?:\.\d{1,2})*)\s*[.)]"
    # (not a day and a month, a holiday's name: «9 Мая», «8 Марта»)
    r"|\d{1,2}(?=\s+[А-ЯЁ])(?!\s+(?:" + "|".join(m.capitalize() for m in NOMINATIVE + GENITIVE) + "))"
    r"|[А-ИК][.)](?=\s)"
    r")\s*"
)


def section_name(heading: str) -> str:
    """The heading as printed, without list numbering («IV. »), on one line: its cell's wraps (a
    narrow column's «Мероприятия в» / «городах-членах МАГ») are no part of it, and a compound
    word's hyphen at a line's end keeps its word whole («городов-» / «членов»)."""
    if "\n" in heading:
        heading = one_line(_HYPHEN_WRAP.sub("-", heading))
    # A heading that is its numbering alone («Раздел 1») is its own name.
    return _LIST_NUMBER.sub("", heading, count=1).strip() or heading.strip()


_HYPHEN_WRAP = re.compile(r"(?<=\w)-\n(?=\w)")


# «Юбилей…», «Юбилеи…», «Юбилейные даты», and the cities themselves: «Города-юбиляры».
_ANNIVERSARY = re.compile(r"юбиле[йи]|юбиляр")
_CITY_DAY = re.compile(r"\b(?:дни|день|дней)\s+(?:город|столиц)")


# The stem that makes a heading one about information work.
_INFORMATION = "информационн"
# Latin letters a scan's reading puts for the Cyrillic ones they look like («Инфopмационное»), in
# the lower-cased heading: the capitals' pairs lower-cased («H» for «Н» → «h» for «н»).
_LOOK_ALIKE = {ord(a.lower()): b.lower() for a, b in zip(LATIN_LOOKS, CYRILLIC_LOOKS, strict=True) if a.isupper()}
_WORD = re.compile(r"[а-я]+")


def _information_stem(low: str) -> bool:
    """Does a word of the (lower-cased) heading open with «информационн», one letter misread,
    left out or added at most («Иноормационное», «Инфомационная»)?

    The heading's text stays as printed (nothing is spell-corrected); only its kind, which a
    bold word misread by a scan's reading would otherwise lose, is told with this tolerance.
    A 12-letter stem one edit away from no other Russian word: a typed heading's typo counts too.
    """
    if _INFORMATION in low:
        return True
    size = len(_INFORMATION)
    return any(
        Levenshtein.distance(word[:k], _INFORMATION, score_cutoff=1) <= 1
        for word in _WORD.findall(low.translate(_LOOK_ALIKE))
        if len(word) >= size - 1
        for k in (size - 1, size, size + 1)
    )


def kind_of(heading: str) -> Kind:
    low = heading.lower().replace("ё", "е")
    if _information_stem(low):
        return "information"
    if _ANNIVERSARY.search(low):
        return "anniversary"
    if _CITY_DAY.search(low):
        return "city_day"
    return "event"
