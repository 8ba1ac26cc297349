"""Russian date and period wordings of a plan → a calendar span.

Our own grammar, not dateparser: plans name ranges («5-6 июля», «август-
сентябрь»), quarters and half-years, which general parsers get wrong (see
REFERENCES.md §5).  Every function here is pure; unknown wording gives a span
with ``recognized=False``, never an exception.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import Any, NamedTuple

from magplan.model import Period, Precision, Recurrence
from magplan.normalize import months

_MONTH_FORMS: dict[int, tuple[str, ...]] = {m: months.forms(m) for m in range(1, 13)}
MONTHS: dict[str, int] = {form: m for m, forms in _MONTH_FORMS.items() for form in forms}
# The long words of date and recurrence wordings, whole: a reader of a printed page
# that finds one cut at a narrow column's edge («ежекварталь» / «но») may join it.
WORDING_WORDS: frozenset[str] = frozenset(
    [form for forms in _MONTH_FORMS.values() for form in forms if len(form) > 4]
    + [
        "ежемесячно",
        "ежеквартально",
        "ежеполугодно",
        "ежегодно",
        "постоянно",
        "необходимости",
        "поступления",
        "согласованию",
        "ориентировочно",
        "предварительно",
        "квартал",
        "квартала",
        "квартале",
        "кварталы",
        "кварталов",
        "полугодие",
        "полугодия",
        "полугодии",
        "течение",
        "отдельному",
        "особому",
        "графику",
        "расписанию",
    ]
)
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?(?![а-я])"

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_ORDINAL_WORDS = {"перв": 1, "втор": 2, "трет": 3, "четверт": 4}

# «1 раз», «один раз», «не реже 1 раза», «раз» — how often, before «в месяц/квартал/…».
_TIMES = r"(?:не\s+(?:реже|менее)\s+)?(?:(?:1|один|одного)\s+)?раз(?:а)?\s+в\s+"
# «до 25 числа каждого …», «не позднее 5 числа (месяца,) следующего за отчетным …», «до 15 числа
# ежемесячно»: a day of every period, a deadline that recurs with it (the period's word follows).
_NTH_DAY = r"(?:(?:до|не позднее|к)\s+)?\d{1,2}(?:-?(?:го|е|му))?\s+числ(?:а|у),?\s+"
_AFTER_REPORTED = r"(?:месяца,?\s+)?следующего\s+за\s+отчетным"
# A recurrence wording opens the date cell («постоянно», «ежеквартально в течение
# года»); the same word after other text («Москва постоянно») follows a place.
_RECURRENCE: tuple[tuple[re.Pattern[str], Recurrence], ...] = (
    (re.compile(r"^\(?(?:постоянн|на постоянной основе|в постоянном режиме)"), "continuous"),
    # «до 25 числа каждого месяца»: a day of every month, a deadline that recurs monthly.
    (
        re.compile(
            rf"^\(?(?:{_NTH_DAY})?(?:ежемес(?:ячн|\.|(?![а-яё]))|каждый мес(?:яц|\.|(?![а-яё]))|{_TIMES}месяц(?![а-я])"
            rf"|{_NTH_DAY}(?:каждого\s+месяца|{_AFTER_REPORTED}(?:\s+месяцем)?(?!\s*[а-я])))"
        ),
        "monthly",
    ),
    (
        re.compile(
            rf"^\(?(?:{_NTH_DAY})?(?:ежекв(?:арт|\.|(?![а-яё]))|каждый (?:квартал|кв(?:\.|(?![а-яё])))"
            rf"|{_TIMES}квартал(?![а-я])"
            rf"|{_NTH_DAY}(?:каждого\s+квартала|{_AFTER_REPORTED}\s+кварталом))"
        ),
        "quarterly",
    ),
    (
        re.compile(
            rf"^\(?(?:{_NTH_DAY})?(?:ежеполуг(?:одн|\.|(?![а-яё]))|каждое полугодие"
            rf"|{_TIMES}(?:полугодие|полгода)(?![а-я])"
            rf"|{_NTH_DAY}{_AFTER_REPORTED}\s+полугодием)"
        ),
        "half_yearly",
    ),
    (
        re.compile(
            rf"^\(?(?:{_NTH_DAY})?(?:ежегод(?:н|\.|(?![а-яё]))|каждый год|{_TIMES}год(?![а-я])"
            rf"|{_NTH_DAY}{_AFTER_REPORTED}\s+годом"
            rf"|(?:(?:до|не позднее|к)\s+)?\d{{1,2}}\s+{_MONTH}\s+года,?\s+следующего\s+за\s+отчетным)"
        ),
        "yearly",
    ),
    (
        re.compile(r"^\(?(?:по мере(?![а-я])|(?:по|при|в случае) необходимости|по потребности)"),
        "as_needed",
    ),
    (
        re.compile(
            r"^\(?(?:(?:по|согласно)\s+(?:отдельному|особому|специальному|утвержденному|установленному)?\s*"
            r"(?:графику|плану|расписанию)"
            r"|в соответствии с (?:отдельным|утвержденным|установленным)?\s*(?:графиком|планом|расписанием))"
        ),
        "separate_schedule",
    ),
)
# What «каждый» counts to be a frequency («каждую среду», «каждые две недели», «каждый 1-й и 3-й
# вторник»; «каждое муниципальное образование», «каждую среднюю школу» are no date): a unit of
# time, a weekday, a day of the month («каждое 5 число»), a few words after it at most; a
# table's narrow date cell abbreviates them («каждую нед.», «ежемес.»; the wording's last dot
# is gone by then).
_TIME_UNIT = (
    r"(?:день|дня|дней|сутки|час|недел|декад|месяц|квартал|четверт|триместр|полугоди|полгода"
    r"|год(?:а|у)?(?![а-я])|лет(?![а-я])|сезон|семестр|числ|утро|вечер|смен|каникул|учебн"
    r"|понедельник|вторник|сред(?:у|а|ы|ам)(?![а-я])|четверг|пятниц|суббот|воскресень|выходн|будн|рабоч"
    r"|(?:нед|мес|кв|дн)(?:\.|$))"
)
# How often, in a unit the contract has no value for («еженедельно», «2 раза в год», «раз в
# два года», «по понедельникам»): a wording read, naming no period and no recurrence.  Asked
# only of a wording that names no period (no common wording pays for it).
_FREQUENCY = re.compile(
    rf"\(?(?:ежедн(?:евн|\.|$)|еженед(?:ельн|\.|$)|ежедекадн|ежесуточн|кажд(?:ую|ые|ое|ый)(?:\s+(?:\S+\s+){{0,3}}{_TIME_UNIT}|$)"
    r"|по\s+(?:понедельник|вторник|сред|четверг|пятниц|суббот|воскресень|выходн|будн|рабочим\s+дн)"
    r"|(?:не\s+(?:реже|менее|чаще|более)\s+)?(?:\d+|два|две|три|четыре|пять|шесть|несколько|двух|трех)"
    r"(?:-?х)?\s+раз(?:а)?\s+в\s|(?:(?:1|один|одного)\s+)?раз(?:а)?\s+в\s+(?:\d|два|две|три|пять|неделю|день|декаду))"
)
_APPROXIMATE = re.compile(
    r"\(?\s*\b(?:ориентировочн[а-я]*|ориент\.?|предварительн[а-я]*|предв\.|предположительн[а-я]*)\s*\)?"
)
# «2027 г.», «2027 г», «2027 гг.», «2027 года».
_YEAR_WORD = re.compile(r"\s*(?:г\.\s?г\.|гг?\.?|год[а-я]*)(?![а-я])")
# The part of a month a wording names («начало марта», «в первой декаде мая», «II декада апреля», «вторая
# половина июня», «последняя неделя декабря») is not a unit of the contract's precisions: the wording names the month.
_PART_OF_MONTH = (
    r"(?:(?:в\s+|во\s+|на\s+)?(?:начал[оеа]|середин[аеы]|конец|конце|(?:перв|втор)(?:ая|ой)\s+половин[аеы]"
    r"|(?:(?:перв|втор)(?:ая|ой)|трет(?:ья|ьей)|последн(?:яя|ей)|[123](?:-?я|-?й)?|i{1,3})\s+декад[аеы]"
    r"|(?:(?:перв|втор|четверт)(?:ая|ой|ую)|трет(?:ья|ьей|ью)|последн(?:яя|ей|юю)|[1-5](?:-?я|-?й)?)\s+недел[яеию])\s+)?"
)
# «в конце I квартала», «середина 2027 года»: the part of a quarter, a half-year or a year.
_PART_OF = r"(?:(?:начал[оеа]|середин[аеы]|конец|конце)\s+)"
# The seasons: «весной», «летом», «в осенний период», «весна 2027 г.» (winter spans two years
# and is not read).  A bare «Весна», «Лето» is as often a name (a venue, a festival) as a season.
_SEASON = (
    r"(весн(?:ой|у)|весенн(?:ий|ее)\s+период|лет(?:ом|ний\s+период|нее\s+время)"
    r"|осенью|осенн(?:ий|ее)\s+период|(?:весна|лето|осень)(?=\s+\d{4}))"
)
_SEASON_START = {"вес": 3, "лет": 6, "осе": 9}
# «первое воскресенье сентября», «в последнюю субботу мая», «2-я суббота июня», «первые выходные
# сентября»: a day (or a weekend) of a month, as city days are set; the plan's year names it.
_NTH = r"(перв|втор|трет|четверт|последн|[1-4])(?:-?[а-я]{1,2})?"
_WEEKDAY = r"(понедельник|вторник|сред|четверг|пятниц|суббот|воскресень)[а-я]*"
_WEEKDAYS = {"понедельник": 0, "вторник": 1, "сред": 2, "четверг": 3, "пятниц": 4, "суббот": 5, "воскресень": 6}
_NTH_NUMBER = {"перв": 1, "втор": 2, "трет": 3, "четверт": 4, "последн": -1}

_D = r"(\d{1,2})"
_M = f"({_MONTH})"
_Y = r"(?:\s+(\d{4}))?"
_TO = r"\s*(?:-|по|до)\s*"
# «.2026», «.26» or nothing: a numeric day without a year is in the plan's year.
_NY = r"(?:\.(\d{4}|\d{2}))?"
_ORD = r"([1-4]|i{1,3}|iv|перв[а-я]*|втор[а-я]*|трет[а-я]*|четверт[а-я]*)"

_PATTERNS: dict[str, re.Pattern[str]] = {
    name: re.compile(rf"^{pattern}$")
    for name, pattern in {
        "days": rf"(?:с\s+)?{_D}{_TO}{_D}\s+{_M}{_Y}",
        "days_months": rf"(?:с\s+)?{_D}\s+{_M}{_Y}{_TO}{_D}\s+{_M}{_Y}",
        "day": rf"{_D}\s+{_M}{_Y}",
        "numeric": rf"(?:с\s+)?(\d{{1,2}})\.(\d{{1,2}}){_NY}(?:{_TO}(\d{{1,2}})\.(\d{{1,2}}){_NY})?",
        "numeric_days": rf"(?:с\s+)?(\d{{1,2}}){_TO}(\d{{1,2}})\.(\d{{1,2}}){_NY}",
        # «2027-06-15», as a spreadsheet or a web form writes a day (a range «… - 2027-06-17»).
        "iso": rf"(?:с\s+)?(\d{{4}})-(\d{{2}})-(\d{{2}})(?:{_TO}(\d{{4}})-(\d{{2}})-(\d{{2}}))?",
        "months": rf"(?:с\s+)?{_PART_OF_MONTH}{_M}{_Y}{_TO}{_PART_OF_MONTH}{_M}{_Y}",
        "month": rf"{_PART_OF_MONTH}{_M}{_Y}",
        "quarters": rf"{_PART_OF}?{_ORD}(?:\s*-\s*{_ORD})?\s*(?:-?[а-я]{{1,2}}\s+)?(?:квартал[а-я]*|кв(?:-л)?\.?)" + _Y,
        "halves": rf"{_PART_OF}?([12]|i{{1,2}}|перв[а-я]*|втор[а-я]*)(?:\s*-\s*([12]|i{{1,2}}|втор[а-я]*))?"
        r"(?:\s*-?[а-я]{1,2})?\s*(?:полугоди[а-я]*|полуг\.?|пол\.|полгода)" + _Y,
        # «2026 г.», and the years of a plan of several («2026-2027 годы»); «весь период» is the plan's.
        "year": r"(?:в\s+течени[еи]\s+(?:всего\s+)?(?:года|(\d{4}))|весь\s+год"
        rf"|(?:в\s+течени[еи]\s+всего|весь)\s+период[а-я]*|(?:с\s+)?(\d{{4}})(?:{_TO}(\d{{4}}))?)",
        # Rarer wordings, after the common ones: a wording matched earlier costs less.
        # «IV квартал 2026 - I квартал 2027», «I кв. - II кв.»: a range of quarters, each with its own word.
        "quarter_span": rf"{_ORD}\s*(?:квартал[а-я]*|кв\.?){_Y}-{_ORD}\s*(?:квартал[а-я]*|кв(?:-л)?\.?){_Y}",
        # «первая половина года» is the first half-year.
        "year_half": r"(перв|втор)(?:ая|ой)\s+половин[аеы]\s+(?:года|(\d{4}))",
        # «2026/2027 учебный год»: a school year, from 1 September to 31 August.
        "school_year": r"(?:в\s+течени[еи]\s+)?(\d{4})-(\d{4}|\d{2})\s+учебн[а-я]+\s+год[а-я]*",
        "season": _SEASON + _Y,
        "weekday": rf"{_NTH}\s+(?:{_WEEKDAY}|(выходн)[а-я]*)\s+{_M}{_Y}",
        "year_part": rf"{_PART_OF}(?:года|(\d{{4}}))",
    }.items()
}
# A deadline: «до 1 апреля», «не позднее 15 мая», «в срок до 01.03.2028», «до конца I квартала».
_DEADLINE = re.compile(r"^(?:(?:в\s+)?срок\s+)?(?:до|к|не\s+позднее|не\s+позже)\s+(?:(?:конца|концу)\s+)?(.+)$")
_DURING = re.compile(r"^в\s+течени[еи]\s+(?!года$)(.+)$")
# Parts of a list: «март, сентябрь», «11.03.2026; 11.11.2026», «5 и 6 сентября».
_LIST_SEPARATOR = re.compile(r"\s*[;,]\s*|\s+и\s+")
# A part that is only a day or an ordinal («5» of «5 и 6 сентября», «I» of «I и III квартал»)
# takes the words that follow the same token in the next part.
_BARE_PART = re.compile(r"^(?:\d{1,2}(?:-\d{1,2})?|i{1,3}|iv)$")
_HEAD_TOKEN = re.compile(r"^(?:\d{1,2}(?:-\d{1,2})?|i{1,3}|iv|[1-4]-?[а-я]{0,2})\s+(.+)$")
_COARSENESS: dict[str, int] = {"day": 0, "month": 1, "quarter": 2, "half_year": 3, "year": 4}


# A named tuple, not a frozen dataclass: as immutable (spans are shared through the
# caches below), and built in half the time (a plan builds one or two per wording).
class DateSpan(NamedTuple):
    start: dt.date | None = None
    end: dt.date | None = None
    precision: Precision | None = None
    recurrence: Recurrence | None = None
    approximate: bool = False
    recognized: bool = False
    # Every separate period the wording names, in printed order.
    occurrences: tuple[Period, ...] = ()


UNRECOGNIZED = DateSpan()


_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_WHITESPACE = re.compile(r"\s+")
_SPACED_DASH = re.compile(r"\s*-\s*")
_YEAR_WITH_WORD = re.compile(r"(\d{4})" + _YEAR_WORD.pattern)
_TRAILING_PUNCTUATION = re.compile(r"[\s.,;:]+$")
_LEADING_IN = re.compile(r"^(?:(?:в|во)\s+(?=[a-zа-я0-9])(?!течени))?(?:период\s+(?=с\s))?")
_BARE_YEAR = re.compile(r"^\d{4}(?:" + _YEAR_WORD.pattern + r")?\.?$")
_ANY_YEAR = re.compile(r"\b(19|20)\d{2}\b")
# Wordings that say the date is open: read, naming no period («по согласованию с городами»,
# «дата уточняется», «в течение месяца после …»).
_OPEN = re.compile(
    r"\(?(?:по\s+согласовани|по\s+договоренност|(?:дата|даты|срок|сроки)(?:\s+и\s+место)?\s+"
    r"(?:уточня|будут?\s|определя|согласовыва)|уточня|будет\s+уточнен|определя[а-я]*\s+дополнительно"
    r"|по\s+(?:запрос|приглашени|заявк|обращени)|(?:в\s+)?рабочем\s+порядке|по\s+(?:итогам|результатам)\s"
    r"|в\s+течени[еи]\s+(?:\d+\s+)?(?:дн|недел|месяц(?![а-я])|месяца(?![а-я])|рабоч|календарн)"
    r"|(?:в\s+)?(?:установленн|определенн)[а-я]*\s+срок|срок[аи]?,?\s+(?:установленн|предусмотренн|определенн)|в\s+течени[еи]\s+(?:всего\s+)?срока"
    r"|по\s+(?:факту|окончании))[а-я]*"
)
# The open wordings a period may follow («по согласованию, май»); not «по итогам I квартала».
_OPEN_LEAD = re.compile(r"\(?(?:по\s+согласовани|по\s+договоренност)[а-я]*")
_OPEN_REST = re.compile(r"^[\s,;:()-]+|[\s,;:()]+$")
# «декабрь текущего года», «IV квартал т.г.»: the plan's year («в течение текущего года» is the year).
_THIS_YEAR = re.compile(r"(течени[еи]\s+)?(?:(?:текущего|этого|отчетного)\s+года|т\.\s?г\.)")
# «январь следующего года»: the year after the plan's.
_NEXT_YEAR = re.compile(r"(?:следующего|будущего|очередного)\s+года")
# «1-го», «5-е» after a day: «с 1-го по 5-е июня» is «с 1 по 5 июня».
_DAY_SUFFIX = re.compile(r"(?<![\d.])(\d{1,2})-(?:го|ого|ое|е)(?![а-я])")
# «"13" мая», ««13» мая»: a day in quotes, as approval dates print it.
_QUOTED_DAY = re.compile(r"[«\"]\s*(\d{1,2})\s*[»\"]")
# «май/июнь», «2026/2027», «01/06/2026»: a slash between months or years is a range; between
# the parts of a numeric day it is the dot.
_SLASH_WORDS = re.compile(r"(?<=[а-я.])\s*/\s*(?=[а-я])")
_SLASH_DAY = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b")
_SLASH_YEARS = re.compile(r"\b(\d{4})\s*/\s*(\d{4}|\d{2})\b")
# «май, 2027»: a comma between a month and its year.
_COMMA_YEAR = re.compile(r"(?<=[а-я.]),\s*(?=\d{4}(?!\d))")
# «пн, 11.01», «сб 16.01», «11.01 (пн)»: the day of the week printed beside a date names no
# period of its own (the date does); «по понедельникам», with no date, is a frequency.
_WEEKDAY_NAMES = r"(?:пн|вт|ср|чт|пт|сб|вс|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)"
_WEEKDAY_BESIDE = re.compile(rf"(?<![а-я]){_WEEKDAY_NAMES}\.?,?\s*(?=\d)|(?<=\d)\s*\(\s*{_WEEKDAY_NAMES}\.?\s*\)")
# «15.05.-16.05.2026»: the dot a day ends with before the dash.
_DOT_DASH = re.compile(r"(?<=\d)\.(?=-)")


def normalize_wording(text: str) -> str:
    """Lower case, «ё» as «е», every dash as «-», spaces collapsed."""
    s = text.lower().replace("ё", "е")
    s = _DASHES.sub("-", s)
    if "і" in s:  # the Ukrainian «і» typed for the Roman one («ІІ квартал»)
        s = s.replace("і", "i")
    # Printable text has no whitespace but the ASCII space (`str.isprintable`): without
    # a double space there is nothing to collapse.  Most wordings skip both steps.
    if "  " in s or not s.isprintable():
        s = _WHITESPACE.sub(" ", s)
    if "-" in s:
        s = _SPACED_DASH.sub("-", s)
    return s.strip()


def is_approximate(text: str) -> bool:
    """True when the wording marks the date as approximate («ориентировочно»)."""
    return bool(_APPROXIMATE.search(normalize_wording(text)))


def recurrence_of(text: str) -> Recurrence | None:
    return _recurrence_in(_APPROXIMATE.sub(" ", normalize_wording(text)).strip())


# The recurrence patterns as one alternation, tried in their order: one regex call
# instead of seven (each is anchored at the start, so the first that matches wins
# either way).
_ANY_RECURRENCE = re.compile("|".join(f"(?P<r{i}>{pattern.pattern})" for i, (pattern, _) in enumerate(_RECURRENCE)))


# Every recurrence wording holds one of these stems: each alternative of `_RECURRENCE` names its
# period with «еже…», «каждый …», «… раз в …» or «… следующего за отчетным …», or is
# «постоянно», «по мере …», «… необходимости», «по потребности», «по … графику / плану / расписанию».
# Most wordings (a month, a day, a quarter) hold none and skip the match, which tries every
# alternative with its optional openings (a third of the cost of preparing a wording).
_RECURRENCE_STEM = re.compile("постоян|еже|кажд|раз|следующ|мере|необходим|потребн|график|план|расписан")


def _recurrence_in(s: str) -> Recurrence | None:
    """The recurrence `s` opens with (`s` normalized, without «ориентировочно»)."""
    if _RECURRENCE_STEM.search(s) is None:
        return None
    match = _ANY_RECURRENCE.match(s)  # each alternative is anchored at the start
    if match is None:
        return None
    return next(_RECURRENCE[int(name[1:])][1] for name, value in match.groupdict().items() if value is not None)


def _month(token: str) -> int:
    return MONTHS[token.rstrip(".")]


_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _last_day(year: int, month: int) -> dt.date:
    # A table, not `calendar.monthrange`, which works out the month's first weekday too.
    days = 29 if month == 2 and calendar.isleap(year) else _DAYS_IN_MONTH[month]
    return dt.date(year, month, days)


def _ordinal(token: str) -> int:
    if token.isdigit():
        return int(token)
    if token in _ROMAN:
        return _ROMAN[token]
    return next(n for stem, n in _ORDINAL_WORDS.items() if token.startswith(stem))


def _year(token: str | None, default: int) -> int:
    return int(token) if token else default


def _range_years(first: str | None, last: str | None, backwards: bool, default: int) -> tuple[int, int]:
    """The years of a range's two ends from the years printed at them (`first`, `last`, or None):
    a year printed at one end only is the other's too, unless the range's end comes before its
    start (`backwards`: «декабрь - январь», «IV кв. - I кв.»): printed at one end or at neither,
    such a range runs over New Year (as numeric dates do: «28.12 - 10.01.2029»)."""
    start = _year(first, _year(last, default))
    end = _year(last, start)
    if backwards and not (first and last):
        if last:
            start = end - 1
        else:
            end = start + 1
    return start, end


def _full_year(token: str | None, default: int) -> int:
    if not token:
        return default
    return 2000 + int(token) if len(token) == 2 else int(token)


def _span(start: dt.date | None, end: dt.date, precision: Precision) -> DateSpan:
    if start is not None and end < start:
        raise ValueError("period ends before it starts")
    return DateSpan(start, end, precision, None, False, True, ((start, end),))


# Every pattern as one alternation, tried in `_PATTERNS`' order: the first
# alternative that matches the whole wording is the pattern a loop over
# `_PATTERNS` would find first, with the same groups.  Most wordings then cost
# one regex call, not ten.
_ANY_PATTERN = re.compile("|".join(f"(?P<{name}>{pattern.pattern})" for name, pattern in _PATTERNS.items()))
# Where each pattern's own groups start among the alternation's groups.
_GROUP_OFFSETS: dict[str, int] = {name: _ANY_PATTERN.groupindex[name] for name in _PATTERNS}
_NAMES = tuple(_PATTERNS)


def _match(name: str, s: str, year: int) -> DateSpan | None:
    m = _PATTERNS[name].match(s)
    if not m:
        return None
    return _build(name, m.groups(), year)


def _build(name: str, g: tuple[str | Any, ...], year: int) -> DateSpan | None:
    """The span that pattern `name` describes with the groups `g` it matched."""
    if name == "days":
        y = _year(g[3], year)
        month = _month(g[2])
        return _span(dt.date(y, month, int(g[0])), dt.date(y, month, int(g[1])), "day")
    if name == "days_months":
        m1, m2 = _month(g[1]), _month(g[4])
        y1, y2 = _range_years(g[2], g[5], m2 < m1, year)
        return _span(dt.date(y1, m1, int(g[0])), dt.date(y2, m2, int(g[3])), "day")
    if name == "day":
        d = dt.date(_year(g[2], year), _month(g[1]), int(g[0]))
        return _span(d, d, "day")
    if name == "numeric":
        y2 = _full_year(g[5], year) if g[3] else year
        start = dt.date(_full_year(g[2], y2 if g[5] else year), int(g[1]), int(g[0]))
        end = dt.date(y2 if g[5] or not g[2] else start.year, int(g[4]), int(g[3])) if g[3] else start
        if end < start and not (g[2] and g[5]):
            # A range over New Year with a year printed on one side or neither («с 28.12 по 10.01»,
            # «28.12 - 10.01.2028»): the side without one is in the year before or after, as
            # «декабрь – январь» is.
            if g[5]:
                start = start.replace(year=start.year - 1)
            else:
                end = end.replace(year=end.year + 1)
        return _span(start, end, "day")
    if name == "numeric_days":
        y = _full_year(g[3], year)
        month = int(g[2])
        return _span(dt.date(y, month, int(g[0])), dt.date(y, month, int(g[1])), "day")
    if name == "iso":
        start = dt.date(int(g[0]), int(g[1]), int(g[2]))
        end = dt.date(int(g[3]), int(g[4]), int(g[5])) if g[3] else start
        return _span(start, end, "day")
    if name == "months":
        m1, m2 = _month(g[0]), _month(g[2])
        y1, y2 = _range_years(g[1], g[3], m2 < m1, year)
        return _span(dt.date(y1, m1, 1), _last_day(y2, m2), "month")
    if name == "month":
        y, month = _year(g[1], year), _month(g[0])
        return _span(dt.date(y, month, 1), _last_day(y, month), "month")
    if name == "quarters":
        y = _year(g[2], year)
        q1 = _ordinal(g[0])
        q2 = _ordinal(g[1]) if g[1] else q1
        if not 1 <= q1 <= q2 <= 4:
            return None
        return _span(dt.date(y, 3 * q1 - 2, 1), _last_day(y, 3 * q2), "quarter")
    if name == "quarter_span":
        q1, q2 = _ordinal(g[0]), _ordinal(g[2])
        if not (1 <= q1 <= 4 and 1 <= q2 <= 4):
            return None
        y1, y2 = _range_years(g[1], g[3], q2 < q1, year)  # «IV кв. - I кв.»: over New Year
        return _span(dt.date(y1, 3 * q1 - 2, 1), _last_day(y2, 3 * q2), "quarter")
    if name == "halves":
        y, half = _year(g[2], year), _ordinal(g[0])
        last = _ordinal(g[1]) if g[1] else half
        if not 1 <= half <= last <= 2:
            return None
        return _span(dt.date(y, 6 * half - 5, 1), _last_day(y, 6 * last), "half_year")
    if name == "year_half":
        y, half = _year(g[1], year), _ordinal(g[0])
        return _span(dt.date(y, 6 * half - 5, 1), _last_day(y, 6 * half), "half_year")
    if name == "school_year":
        first, last = int(g[0]), int(g[1]) if len(g[1]) == 4 else 2000 + int(g[1])
        if last != first + 1:
            return None
        return _span(dt.date(first, 9, 1), dt.date(last, 8, 31), "year")
    if name == "season":
        y, month = _year(g[1], year), _SEASON_START[g[0][:3]]
        return _span(dt.date(y, month, 1), _last_day(y, month + 2), "month")
    if name == "weekday":
        y, month = _year(g[4], year), _month(g[3])
        nth = _NTH_NUMBER[g[0]] if g[0] in _NTH_NUMBER else int(g[0])
        weekday = 5 if g[2] else _WEEKDAYS[g[1]]  # a weekend starts on its Saturday
        if nth < 0:
            month_end = _last_day(y, month)
            day = month_end - dt.timedelta(days=(month_end.weekday() - weekday) % 7)
        else:
            month_start = dt.date(y, month, 1)
            day = month_start + dt.timedelta(days=(weekday - month_start.weekday()) % 7 + 7 * (nth - 1))
        if day.month != month:
            return None
        # «выходные»: Saturday and Sunday; the last weekend of a month ends with its Sunday
        end = day + dt.timedelta(days=1) if g[2] else day
        if g[2] and nth < 0 and end.month != month:
            day, end = day - dt.timedelta(days=7), end - dt.timedelta(days=7)
        return _span(day, end, "day")
    if name == "year_part":
        y = _year(g[0], year)
        return _span(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")
    if name == "year":
        y = _year(g[0] or g[1], year)
        last = int(g[2]) if g[2] else y
        return _span(dt.date(y, 1, 1), dt.date(last, 12, 31), "year") if last >= y else None
    raise AssertionError(name)


# A wording is read in two years (as a place's date tail, `looks_like_period`, and as the
# item's date in the plan's year): which pattern it matches does not depend on the year.
@functools.lru_cache(maxsize=4096)
def _matched(s: str) -> tuple[str, tuple[str | Any, ...]] | None:
    """The first pattern that matches the whole of `s`, and its groups."""
    found = _ANY_PATTERN.match(s)
    if found is None:
        return None
    name = found.lastgroup
    assert name is not None
    offset = _GROUP_OFFSETS[name]
    return name, found.groups()[offset : offset + _PATTERNS[name].groups]


def _one(s: str, year: int) -> DateSpan | None:
    """One period: a pattern, a deadline («до 1 апреля») or «в течение I квартала»."""
    s = s.strip()
    if s.startswith(("в", "п")):  # the only starts `_LEADING_IN` removes
        s = _LEADING_IN.sub("", s)
    found = _matched(s)
    if found is not None:
        name, groups = found
        span = _build(name, groups, year)
        if span is not None:
            return span
        # A pattern that matched names no period here (quarters «III-I»): try the ones after it.
        for later in _NAMES[_NAMES.index(name) + 1 :]:
            span = _match(later, s, year)
            if span is not None:
                return span
    deadline = _DEADLINE.match(s)
    if deadline:
        # «до конца года» leaves «года»: the plan's year.
        rest = deadline.group(1)
        period = _one("в течение года" if rest == "года" else rest, year)
        if period is None or period.end is None or len(period.occurrences) != 1:
            return None
        return _span(None, period.end, period.precision or "day")
    during = _DURING.match(s)
    if during:
        return _one(during.group(1), year)
    return None


def _parts(s: str) -> list[str]:
    parts = [p for p in _LIST_SEPARATOR.split(s) if p]
    for i in range(len(parts) - 2, -1, -1):
        if _BARE_PART.match(parts[i]):
            following = _HEAD_TOKEN.match(parts[i + 1])
            if following:
                parts[i] = f"{parts[i]} {following.group(1)}"
    return parts


def _many(s: str, year: int) -> DateSpan | None:
    """The whole of `s` as one period or a list of periods."""
    single = _one(s, year)
    if single is not None or not _LIST_SEPARATOR.search(s):
        return single
    parts = _parts(s)
    # «январь, февраль 2027», «15.05, 20.06.2027»: a year printed once, at the end, is every part's.
    last_year = _ANY_YEAR.search(parts[-1])
    if last_year is not None:
        listed = int(last_year.group(0))
        spans = [_one(part, year if _ANY_YEAR.search(part) else listed) for part in parts]
    else:
        spans = [_one(part, year) for part in parts]
    if not spans or any(span is None for span in spans):
        return None
    return _combined([span for span in spans if span is not None])


def _combined(found: list[DateSpan]) -> DateSpan:
    """Several periods as one span: each one an occurrence, the coarsest precision."""
    occurrences = tuple(period for span in found for period in span.occurrences)
    starts = [start for start, _ in occurrences]
    precision = max((span.precision for span in found if span.precision), key=_COARSENESS.__getitem__)
    start = None if any(st is None for st in starts) else min(st for st in starts if st is not None)
    end = max(end for _, end in occurrences)
    return DateSpan(start, end, precision, None, False, True, occurrences)


def _lines_as_list(text: str, year: int | None) -> DateSpan | None:
    """A cell whose every line names a period («март» / «сентябрь») lists them.

    Joined with spaces, the second line would be read as words qualifying the
    first, and its period lost.  A line that is not a period by itself (a
    range wrapped at its dash, «(по согласованию)») leaves the cell to the
    ordinary reading.
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 2 or any(_DASHES.match(line[-1]) or _DASHES.match(line[0]) for line in lines):
        return None
    if any(_BARE_YEAR.match(normalize_wording(line)) for line in lines):
        return None  # «I полугодие» / «2027 года»: the year goes with the line above
    spans = [_parse(line, year, False) for line in lines]
    if not all(span.occurrences and span.recurrence is None for span in spans):
        return None
    span = _combined(spans)
    if any(part.approximate for part in spans):
        return DateSpan(span.start, span.end, span.precision, None, True, True, span.occurrences)
    return span


def _with_qualifier(s: str, year: int) -> DateSpan | None:
    """The longest leading part of `s` that names a period; the words after it
    («(по согласованию)», «по согласованию с принимающей стороной») qualify it."""
    tokens = s.split(" ")
    for k in range(len(tokens) - 1, 0, -1):
        head = _TRAILING_PUNCTUATION.sub("", " ".join(tokens[:k]))
        if head and (span := _many(head, year)) is not None:
            return span
    return None


def parse_period(text: str | None, year: int | None) -> DateSpan:
    """The calendar span that `text` names, in `year` unless the text names one.

    `year` is None where the plan's year is unknown or the plan covers several
    years: only wordings that name their year are then dated.

    >>> parse_period("5-6 июля", 2026).start
    datetime.date(2026, 7, 5)
    """
    if not text or not text.strip():
        return UNRECOGNIZED
    return _parse(text, year, True)


# Plans repeat the same few wordings («постоянно», «февраль») hundreds of times.
@functools.lru_cache(maxsize=4096)
def _parse(text: str, year: int | None, qualified: bool) -> DateSpan:
    if "\n" in text and (listed := _lines_as_list(text, year)) is not None:
        return listed
    s, approximate, recurrence = _prepared(text)
    if recurrence:
        return DateSpan(None, None, None, recurrence, approximate, True)
    if year is not None and ("следующ" in s or "будущ" in s or "очередн" in s):
        s = _NEXT_YEAR.sub(str(year + 1), s)
    if year is None:
        # Without the plan's year only wordings that name a year can be dated.
        year_in_text = _ANY_YEAR.search(s)
        if not year_in_text:
            return _undated(s, approximate, qualified)
        year = int(year_in_text.group(0))
    try:
        span = _period_of(s, year, qualified)
        if span is None and (opening := _OPEN_LEAD.match(s)) is not None:
            # «по согласованию (май)»: a period after the open wording is the period.
            rest = _OPEN_REST.sub("", s[opening.end() :])
            span = _period_of(rest, year, qualified) if rest else None
    except (ValueError, KeyError, StopIteration):
        # An impossible date («31 июня») is not a period.
        return DateSpan(approximate=approximate)
    if span is None:
        return _undated(s, approximate, qualified)
    if approximate:
        return DateSpan(span.start, span.end, span.precision, None, True, True, span.occurrences)
    return span


def _period_of(s: str, year: int, qualified: bool) -> DateSpan | None:
    """The period a prepared wording names, a list's or one with a qualifier after it (when `qualified`)."""
    return _many(s, year) or (_with_qualifier(s, year) if qualified else None)


def _undated(s: str, approximate: bool, qualified: bool) -> DateSpan:
    """A wording that names no period: read (no warning) when it is a frequency without a
    recurrence of the contract («еженедельно») or says the date is open («по согласованию»,
    «дата уточняется»), else not understood.

    Unqualified (`looks_like_period`: is this text, whole, a date wording?) an open
    wording is not one: it is the qualifier of a date before it as often as a date of
    its own («август (по согласованию)» must not become the place «… август»).
    """
    if _FREQUENCY.match(s) is not None:
        return DateSpan(approximate=approximate, recognized=True)
    return DateSpan(approximate=approximate, recognized=qualified and _OPEN.match(s) is not None)


def _first_group(match: re.Match[str]) -> str:
    """The first group: the year of «2027 г.», the day of «1-го» (a function, not the template
    ``\\1``: Python 3.11 runs a template's sub through its own Python code, several times the
    cost of the search)."""
    return match.group(1)


def _this_year(match: re.Match[str]) -> str:
    return "течение года" if match.group(1) else ""


def _dotted_day(match: re.Match[str]) -> str:
    return f"{match.group(1)}.{match.group(2)}.{match.group(3)}"


def _years_range(match: re.Match[str]) -> str:
    return f"{match.group(1)}-{match.group(2)}"


# A wording is often read twice, in two years: as a place's date tail (`looks_like_period`)
# and as the item's date.  What does not depend on the year is done once.
@functools.lru_cache(maxsize=4096)
def _prepared(text: str) -> tuple[str, bool, Recurrence | None]:
    """(the wording normalized for the patterns, whether it is approximate, its recurrence)."""
    s = normalize_wording(text)
    # Every approximate wording holds one of these stems: most wordings need no search.
    approximate = ("ориент" in s or "пред" in s) and _APPROXIMATE.search(s) is not None
    # `_APPROXIMATE.sub` changes nothing in a wording it does not find in.
    s = _APPROXIMATE.sub(" ", s) if approximate else s
    recurrence = _recurrence_in(s.strip())
    if recurrence:
        return s, approximate, recurrence
    # After `normalize_wording` the only whitespace is single spaces (and the
    # doubles `_APPROXIMATE.sub` leaves), so each step below runs only where it
    # can change something: most wordings need none of them.
    if "г" in s:  # «2027 г.», «2027 года»; and «августа»
        s = _YEAR_WITH_WORD.sub(_first_group, s)
    if "текущ" in s or "этого" in s or "отчетн" in s or "т.г" in s or "т. г" in s:
        s = _THIS_YEAR.sub(_this_year, s)
    if "  " in s:
        s = _WHITESPACE.sub(" ", s)
    if "*" in s:  # a footnote marker after the wording («май - июнь*»)
        s = s.rstrip("* ")
    if "«" in s or '"' in s:
        s = _QUOTED_DAY.sub(_first_group, s)
    if "/" in s:
        s = _SLASH_YEARS.sub(_years_range, _SLASH_DAY.sub(_dotted_day, _SLASH_WORDS.sub("-", s)))
    if "-г" in s or "-е" in s or "-о" in s:
        s = _DAY_SUFFIX.sub(_first_group, s)
    if ".-" in s:
        s = _DOT_DASH.sub("", s)
    s = _WEEKDAY_BESIDE.sub("", s)
    if "," in s:
        s = _COMMA_YEAR.sub(" ", s)
    if s[-1:] in (" ", ".", ",", ";", ":"):
        s = _TRAILING_PUNCTUATION.sub("", s)
    s = s.strip()
    if s[:1] == "(" and s[-1:] == ")" and s.count("(") == 1:  # «(сентябрь)»
        s = s[1:-1].strip()
    if s.startswith(("в", "п")):
        s = _LEADING_IN.sub("", s)
    return s, approximate, None


def is_open_wording(text: str) -> bool:
    """Whether `text` says the date is open («по согласованию с …», «дата уточняется»)."""
    return _OPEN.match(_prepared(text)[0]) is not None


def looks_like_period(text: str) -> bool:
    """Whether `text` is entirely a date or period wording (any year)."""
    return bool(text.strip()) and _parse(text, 2000, False).recognized


def opens_with_period(text: str) -> bool:
    """Whether `text` is a date or period wording, or opens with one that the words after it
    qualify («в течение года по согласованию с городами-членами МАГ»): a date cell's text,
    where a place's or a person's never opens so.  An open wording alone («по согласованию»)
    is not one: places are printed so as well."""
    if looks_like_period(text):
        return True
    if not text.strip():
        return False
    span = _parse(text, 2000, True)
    if span.start is None and span.end is None:
        return False
    # The qualifier goes on in small letters or a bracket: a person's name after a month is none
    # («Май Ольга Петровна»).
    return any(word[:1].islower() or word[:1] == "(" for word in text.split()[1:])


def names_a_date(text: str) -> bool:
    """Whether `text` is entirely a date or period wording that names a date or a bound («1 ноября»,
    «до 26.03.2028»), not only how often or by what («ежегодно», «по плану Правительства Москвы»)."""
    if not text.strip():
        return False
    span = _parse(text, 2000, False)
    return span.recognized and (span.start is not None or span.end is not None)
