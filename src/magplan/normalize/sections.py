"""Section headings: their kind and their printed name."""

from __future__ import annotations

import re

from magplan.model import Kind

# «IV.», «2)», «Раздел 3.», and the capital letters of a lettered list («Б.», «В)»; only
# capitals: a town's «г. Москва» stays as printed).
_LIST_NUMBER = re.compile(r"^\s*(?:(?i:(?:раздел\s+)?(?:[IVXLC]+|[ІХ]+|\d{1,2}))\s*[.)]|[А-ИК][.)](?=\s))\s*")


def section_name(heading: str) -> str:
    """The heading as printed, without list numbering («IV. »)."""
    return _LIST_NUMBER.sub("", heading, count=1).strip()


_ANNIVERSARY = re.compile(r"юбиле[йи]")
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
