"""The Russian month names: the one table every module that reads or writes a month uses.

Pure data without imports, so that any layer may use it: `extract/` (a
workbook's month number formats), `normalize/` (the date grammar, the «Место,
дата» split, section numbering, OCR corrections) and `write/` (the calendar's
column labels).  Index 0 is January.
"""

from __future__ import annotations

NOMINATIVE = (
    "январь", "февраль", "март", "апрель", "май", "июнь",
    "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
)  # fmt: skip
# «5 июля», «до 1 апреля».
GENITIVE = (
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря",
)  # fmt: skip
# «в июле».
PREPOSITIONAL = (
    "январе", "феврале", "марте", "апреле", "мае", "июне",
    "июле", "августе", "сентябре", "октябре", "ноябре", "декабре",
)  # fmt: skip
# Three letters, as Russian Excel's «mmm» shows a month (May whole) and as plans abbreviate.
SHORT = ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
# The longer abbreviations plans print too («февр.», «сент.», «нояб.»), by month number.
LONGER_SHORT: dict[int, str] = {2: "февр", 9: "сент", 11: "нояб"}

# The three case forms of each month, whole words.
CASE_FORMS: frozenset[str] = frozenset(NOMINATIVE + GENITIVE + PREPOSITIONAL)


def forms(month: int) -> tuple[str, ...]:
    """Every wording of `month` (1-12): its case forms, then its abbreviations, each once."""
    i = month - 1
    words = (NOMINATIVE[i], GENITIVE[i], PREPOSITIONAL[i], LONGER_SHORT.get(month, ""), SHORT[i])
    return tuple(word for word in dict.fromkeys(words) if word)
