"""Section headings: their kind and their printed name."""

from __future__ import annotations

import re

from magplan.model import Kind
from magplan.normalize.months import GENITIVE, NOMINATIVE

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
    """The heading as printed, without list numbering («IV. »)."""
    # A heading that is its numbering alone («Раздел 1») is its own name.
    return _LIST_NUMBER.sub("", heading, count=1).strip() or heading.strip()


# «Юбилей…», «Юбилеи…», «Юбилейные даты», and the cities themselves: «Города-юбиляры».
_ANNIVERSARY = re.compile(r"юбиле[йи]|юбиляр")
_CITY_DAY = re.compile(r"\b(?:дни|день|дней)\s+(?:город|столиц)")


def kind_of(heading: str) -> Kind:
    low = heading.lower().replace("ё", "е")
    if "информационн" in low:
        return "information"
    if _ANNIVERSARY.search(low):
        return "anniversary"
    if _CITY_DAY.search(low):
        return "city_day"
    return "event"
