"""Series: the same recurring event in the plans of different years.

«XXXI сессия МАГ» (2025) and «XXXII сессия МАГ» (2026) differ only in what
changes every year, so the key drops exactly that: edition numbers, years,
the quote style, letter case, punctuation and spacing.  Everything else in
the wording must match; a renamed event («… урбанистическом форуме» →
«… международном урбанистическом форуме») starts a new series, because
guessing at synonyms would merge events that are not the same.
"""

from __future__ import annotations

import re
import unicodedata

from magplan.normalize.numbers import remove_editions

# A year, with the «год»/«г.» after it and the other end of a range («2025-2026 гг.»).
_YEAR = re.compile(
    r"(?<!\d)(?:19|20)\d{2}(?:\s*[-–—/]\s*(?:19|20)?\d{2})?(?!\d)(?:\s*(?:гг?\.|год[а-я]*|гг(?![а-я])))?",
    re.IGNORECASE,
)
_NOT_WORD = re.compile(r"[\W_]+")


def series_key(title: str) -> str:
    """A key equal for the titles of one recurring event in different years.

    Only the title's first line counts: a second paragraph adds what happens
    alongside this year («…«Города России»\\nКруглый стол МАГ»), the event is
    the same.
    """
    text = unicodedata.normalize("NFKC", title).strip().split("\n", 1)[0]
    # Editions before lower-casing: Roman numerals are told from words by their capitals.
    text = remove_editions(text)
    text = _YEAR.sub(" ", text)
    text = text.casefold().replace("ё", "е")
    return " ".join(_NOT_WORD.sub(" ", text).split())
