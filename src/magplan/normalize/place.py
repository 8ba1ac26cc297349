"""The «Место, дата» cell: the place and the date wording it holds."""

from __future__ import annotations

import functools
import re

from magplan.normalize import months
from magplan.normalize.dates import is_approximate, is_open_wording, looks_like_period, parse_period
from magplan.requisites import YEAR
from magplan.text import clean_line, one_line, split_trailing_markers

_WORD = re.compile(r"\S+")
# Words a date or period wording can begin with; other words are never tried as its start.
_DATE_START = re.compile(
    r"[\d(«\"]|(?:с|со|в|во|до|по|не|раз|i|ii|iii|iv|весь|пост|еже|начал|середин|кон|перв|втор|трет|четв|предв"
    # (of a season only its adverbs and «… период»: «ДК «Весна»», a venue, ends a place as often
    # as a season a date)
    r"|ориент|предпол|к(?![а-яё])|кажд|дв[аеу]|весной|летом|осенью|весенн|летн|осенн|последн"
    # A month's first three letters, in any of its wordings («янв», «мая», «мае»).
    r"|" + "|".join(sorted({form[:3] for month in range(1, 13) for form in months.forms(month)})) + ")",
    re.IGNORECASE,
)

# A day and a capitalised word («8 Марта», «1 Мая»), an anniversary and one («50-летия Октября»):
# a name's (a street, a square, a palace of culture), where a date writes its month in lower case.
# Set inside a line it is never a date; on a line of its own under the place it may be one.
# (The look-behind «after a space» stands after the first digit: the search then looks for a
# digit in C, not tries the look-behind at every position.)
_NUMBERED_NAME = re.compile(r"\d(?<=[^\S\n]\d)[\d\-–]*(?:-?летия)?\s+[А-ЯЁ][а-яё]+")
# What a place's part of the cell may end with before the date: «Москва, март», «Москва – март».
_PLACE_END = " ,;–—-"
# A line that opens with a bracketed qualifier and goes on with a capitalised word.
_QUALIFIER_THEN_NAME = re.compile(r"\s*\([^()]*\)\s+[А-ЯЁ]")
# A place's kind set before its name in small letters («г.», «пос.»).
TOWN_KIND = re.compile(r"(?:г|гор|пос|пгт|с|д|ст|п)\.")
# «г. Москва», «пос. Сосенское»: a place that opens with a lower-case abbreviation.
_PLACE_ABBREVIATION = re.compile(TOWN_KIND.pattern + r"\s*[А-ЯЁ]")
# The open wording that may qualify a date before the place on its line («… по согласованию с …»).
_OPEN_QUALIFIER = re.compile(r"(?:^|\s)\(?по\s+(?:согласовани|договор[её]нност)[а-я]*", re.IGNORECASE)
# An abbreviation in capitals («МАГ», «СНГ», «ОДКБ»): a body's name (a town set in capitals,
# «МИНСК», is longer).
_ABBREVIATION = re.compile(r"[А-ЯЁ]{2,4}")
_PREPOSITIONS = frozenset({"с", "со", "от", "до", "по", "в", "во", "на", "для", "при", "и"})
# A number sign, and the Latin stand-ins for it, before a word: «Школа № 7», «Гимназия N 2».
_NUMBER_SIGN_BEFORE = re.compile(r"(?:^|\s)(?:№|N|No|Nº|N°)\s*$")


def _after_number_sign(text: str, start: int) -> bool:
    """Whether the word at `start` is the number a number sign stands before («Школа № 7 /
    февраль»): a building's or an institution's number, never a date's day."""
    return _NUMBER_SIGN_BEFORE.search(text, max(0, start - 8), start) is not None


# Plans repeat the same cells («Москва\nфевраль») many times.
@functools.lru_cache(maxsize=4096)
def split_place_date(cell: str) -> tuple[str | None, str | None]:
    """``"Москва\\nфевраль"`` → ``("Москва", "февраль")``.

    The date is the longest tail of the cell that reads as a date or period
    wording; what stands before it is the place.  A cell that prints the date
    on its first line and a place under it («Дата и место проведения») is read
    the other way round.  When no tail reads as a date the first line is the
    place (rule 4 of SCHEMA.md), or, on one line, the part before «, ».  A
    lower-case single line is an unknown date wording.
    """
    text = cell.strip()
    if not text:
        return None, None
    lines = text.split("\n")
    if _date_over_place(lines):
        return clean_line(" ".join(lines[1:])).rstrip(_PLACE_END), lines[0].strip()
    if len(lines) == 1 and (split := _date_then_place(text)) is not None:
        return split
    # «январь / (ориентировочно) Ереван»: the date's qualifier wrapped, the place after it on its line.
    if len(lines) > 1 and _QUALIFIER_THEN_NAME.match(lines[-1]) and (split := _date_then_place(one_line(text))):
        return split
    if len(lines) > 2 and (on_lines := _dates_on_lines(lines)) is not None:
        return on_lines
    names = [(m.start(), m.end()) for m in _NUMBERED_NAME.finditer(text)]
    for match in _WORD.finditer(text):
        # At the word's start in `text`: no alternative of `_DATE_START` spans a space.
        if (
            not _DATE_START.match(text, match.start())
            or (names and any(start <= match.start() < end for start, end in names))
            or _after_number_sign(text, match.start())
        ):
            continue
        tail = text[match.start() :]
        # A tail is stripped at both ends; printable (no line break, no odd space) and
        # without a double space it is its own `one_line`, as the last word usually is.
        if looks_like_period(tail if tail.isprintable() and "  " not in tail else one_line(tail)):
            place = clean_line(text[: match.start()].replace("\n", " ")).rstrip(_PLACE_END)
            if place and looks_like_period(place):
                # «в течение года / по согласованию с …»: a date wording is never the place;
                # the words after it qualify it.
                return None, text
            return (place or None), tail.strip()
    if len(lines) > 1:
        first = clean_line(lines[0]).rstrip(_PLACE_END)
        if looks_like_period(first):
            # «июнь / (по согласованию)», «в течение года / по согласованию с …»: a date with
            # the words that qualify it under it; a date wording is never the place (rule 4).
            return None, text
        return first, "\n".join(lines[1:]).strip()
    if ", " in text:
        place, date = text.split(", ", 1)
        return place.strip(), date.strip()
    if text[0].isupper() or _PLACE_ABBREVIATION.match(text):
        # «Дом Правительства Москвы август (по согласованию)»: a place, then a date wording
        # with words after it on the same line.
        # A day then a month spelled with a capital is a name (street «8 Марта», square «1 Мая»), not a
        # date: no split inside it, at the day or at the month.
        for match in _WORD.finditer(text):
            tail = text[match.start() :]
            if (
                match.start()
                and _DATE_START.match(match.group(0))
                and not any(start <= match.start() < end for start, end in names)
                and not _after_number_sign(text, match.start())
                and parse_period(tail, 2000).recognized
            ):
                return clean_line(text[: match.start()]).rstrip(_PLACE_END), tail.strip()
        return text, None
    return None, text


def _dates_on_lines(lines: list[str]) -> tuple[str | None, str] | None:
    """«Москва / март / сентябрь»: the place's lines, then lines that each name a period (two
    dates of one event, not one wording), or None.  The place is all the lines above them."""
    for k in range(1, len(lines) - 1):
        below = [line.strip() for line in lines[k:]]
        if all(looks_like_period(line) for line in below) and not looks_like_period(" ".join(below)):
            place = clean_line(" ".join(lines[:k])).rstrip(_PLACE_END)
            return place or None, "\n".join(below)
    return None


def _date_then_place(text: str) -> tuple[str, str] | None:
    """«III-IV квартал Мурманск» → ("Мурманск", "III-IV квартал"): a date wording, then a place on
    the same line (a PDF does not say that a line break stood between them).

    The place is the capitalised words at the end («Нижний Новгород», «г. Минск»); the date
    is all that stands before them, read as a wording entirely.
    """
    words = text.split(" ")
    found = None
    for k in range(len(words) - 1, 0, -1):
        tail = words[k:]
        if any(":" in w for w in tail) or not all(
            w[:1].isupper() or _PLACE_ABBREVIATION.match(" ".join(words[i:])) for i, w in enumerate(tail, k)
        ):
            break
        if YEAR.fullmatch(words[k - 1]) and not words[k][:1].isupper():
            break  # «2021 г. Кишинев»: the «г.» after a year is the year's («год»), not «город»
        if looks_like_period(words[k].strip(_PLACE_END)):
            break  # a capitalised month is the wording's («март – Апрель Москва»), no place's word
        head = " ".join(words[:k]).rstrip(_PLACE_END)
        # A wording may end with a bracketed qualifier of its own («сентябрь (по согласованию)»).
        bare = head[: head.rfind("(")].strip() if head.endswith(")") and "(" in head else head
        # ... or with an open wording's words («в течение года по согласованию с принимающей
        # стороной» / «Москва»), complete: not ending on its preposition or a name of its own
        # («по согласованию с Правительством» / «Москвы» is one phrase).
        if (lead := _OPEN_QUALIFIER.search(bare)) and _ends_qualifier(bare):
            if _ABBREVIATION.fullmatch(tail[0]):
                # ... but an abbreviation after its last noun is that noun's («с городами-членами
                # МАГ», «с организаторами СНГ»): a body's name, where a place is a town's, and
                # the place starts after it («… городами-членами МАГ Нижний Новгород»).
                continue
            bare = bare[: lead.start()].strip()
        # The longest such place: a wording may read as one with a capitalised word after it
        # («по отдельному плану Нижний» / «Новгород»).
        if bare and looks_like_period(bare):
            found = " ".join(tail), head
    return found


def _ends_qualifier(head: str) -> bool:
    """Can an open wording end with the last word of `head`: a word in small letters, no preposition,
    or an abbreviation after one (its noun's: «с городами-членами МАГ»)?"""
    words = head.rsplit(" ", 2)
    last = words[-2] if len(words) > 1 and _ABBREVIATION.fullmatch(words[-1]) else words[-1]
    return last[:1].islower() and last not in _PREPOSITIONS


def _date_over_place(lines: list[str]) -> bool:
    """«февраль / Москва»: a first line that is a date (maybe with a footnote marker)
    over lines that name a place (with a capital letter: «Москва», «г. Минск»;
    not a date or a qualifier such as «(ориентировочно)»)."""
    if len(lines) < 2:
        return False
    below = " ".join(lines[1:])
    # `one_line` changes only whitespace and symbol-font bullets, never a capital:
    # the lines below are looked at for one before they are joined into `rest`.
    # (Lower-case text, most dates, holds no capital: said in one call, not asked of each character.)
    if below.islower() or not any(map(str.isupper, below)):
        return False
    rest = one_line(below)
    return (
        # The date line may go on with words after its wording («июнь (по согласованию)»).
        parse_period(split_trailing_markers(lines[0])[0], 2000).recognized
        and not looks_like_period(rest)
        and not is_approximate(rest)
        # «в течение года / по согласованию с Правительством Москвы»: the line below qualifies
        # the date, it names no place
        and not is_open_wording(rest)
    )
