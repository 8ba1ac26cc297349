"""Correcting OCR text where the plan's own vocabulary makes it safe.

A plan repeats a small vocabulary in predictable places: month names next to
a day or alone in the date cell, «лет»/«год» after an age, recurrence
wordings («постоянно», «по отдельному графику»), «Организатор:» opening a
note, Roman numerals before an event's name, the «№ п/п» header.  Tesseract
confuses exactly these in known ways («ф» read as «о», «XIV» as «ХТУ», Latin
and Cyrillic look-alikes within one word).  Each rule below corrects a
token only in such a place and only towards a word of that vocabulary
within a small edit distance; everything else is left as read, since
nothing may be spell-corrected (SCHEMA.md: «Круглы стол» stays as printed).
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Callable, Iterable

from rapidfuzz.distance import Levenshtein

from magplan.column_roles import column_role
from magplan.layout import Cell, Layout, Paragraph, Row
from magplan.normalize import lexicon
from magplan.normalize.dates import looks_like_period
from magplan.normalize.months import CASE_FORMS as MONTHS
from magplan.normalize.numbers import TOTALS_WORDS, row_number
from magplan.normalize.organizers import LABEL as ORGANIZERS_LABEL
from magplan.requisites import names_position
from magplan.roman import LOOKALIKES, roman_numeral, roman_value
from magplan.text import CYRILLIC_LOOKS as _CYRILLIC_LOOKS
from magplan.text import (
    ENDNOTE_NUMERAL,
    LAST_DAY,
    MARKER_CHARS,
    NUMERO_MISREAD,
    PERIOD_WORDS,
    extra_closers,
    marker_key,
    marker_keys,
    split_leading_marker,
    superscript,
)
from magplan.text import LATIN_LOOKS as _LATIN_LOOKS

AGE_WORDS = frozenset({"лет", "год", "года"})
DATE_WORDS = frozenset(
    {
        "постоянно", "ежемесячно", "ежеквартально", "ежеквартал", "ежегодно", "еженедельно",
        "отдельному", "графику", "плану", "согласованию", "квартал", "квартала", "полугодие",
        "полугодия", "течение", "года", "неделя", "недели", "неделю",
        "понедельник", "понедельникам", "вторник", "вторникам", "среда", "среду", "средам", "четверг",
        "четвергам", "пятница", "пятницу", "пятницам", "суббота", "субботу", "субботам", "воскресенье",
        "воскресеньям",
    }
)  # fmt: skip
APPROXIMATE_WORDS = frozenset("ориентировочн" + end for end in ("о", "ая", "ый", "ые", "ого", "ой", "ую", "ым", "ых"))
# The words that may end a date's bracketed qualifier («(по согласованию)», «(ориентировочно)»).
_QUALIFIER_WORDS = DATE_WORDS | APPROXIMATE_WORDS
NOTE_HEADS = frozenset({"организатор", "организаторы", "организатора", "организаторов"})
# A date line's day in quotes, its opening quote read as «<» or lost («<28»», «25»»), or a speck
# after it read as a point («15.»»): quotes come in pairs, «<» is no character of a plan, and
# no day in quotes ends with a point.
_DAY_IN_QUOTES = re.compile(r"^[<‹«]?(\d{1,2})[.,]?»$")
# … or its closing quote read as «>» («25> декабря»): «>» too is no character of a plan.
_DAY_CLOSED_BY_ANGLE = re.compile(r"«(\d{1,2})[>›]")
# A note's head word, its colon read as «>» («Организаторы > МАГ»): «>» is no character of a plan,
# and the two dots of a colon blurred together print a small wedge.
_HEAD_COLON_AS_ANGLE = re.compile(
    rf"^((?i:{'|'.join(sorted(NOTE_HEADS, key=len, reverse=True))}))\s?[>›]\s?(?=[А-ЯЁA-Z«\"])"
)
# … or its closing quote lost, thin beside the figure («15 января 2029 г.» read ««15 января»): a
# quote opened before a day and a month's name after it is the day's pair of quotes.
_MONTH_WORD = rf"(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})"
_DAY_UNCLOSED = re.compile(rf"«(\d{{1,2}})(?=\s+{_MONTH_WORD}\b)")
# … or its closing quote read as a point or a comma («24. января»): a quote opened is closed.
_DAY = re.compile(r"^\d{1,2}$")
# A day's figures and a word run together («18января»).
_FIGURES_GLUED = re.compile(r"(\d{1,2})([а-яёА-ЯЁ]+)")
_QUOTE_READINGS = frozenset({".", ","})
# The head word of an approval block, which opens a line of a paragraph above the plan.
APPROVAL_HEADS = frozenset({"утверждаю", "утвержден", "утверждено", "утверждена", "утверждены"})

# OCR readings of the letters of Roman numerals I, V, X: the Cyrillic capitals that print like them
# (`roman.LOOKALIKES`) and Tesseract's usual confusions.
_ROMAN_READINGS = {"X": "X", "I": "I", "V": "V"} | {c: n for c, n in LOOKALIKES.items() if n in "IVX"}
_ROMAN_READINGS |= {"Т": "I", "Г": "I", "l": "I", "i": "I", "1": "I", "|": "I", "!": "I"}
# «Н» for «II»: the two bars joined by a photo's blur or a speck («ХХУН» for «XXVII»).
_ROMAN_READINGS |= {"Y": "V", "Ш": "III", "П": "II", "Н": "II"}
# Abbreviations of the period words («I кв.», «II п/г»).
_PERIOD_SHORT = frozenset({"кв", "п/г"})
# «IV» read as «М» (its bar run into the V): taken only before a period word, where no letter stands alone.
# «II» read as «И» (its bars joined by a slant): a letter no numeral has, taken there too.
# «I» read as «[» (a bar with its serifs): no bracket opens before a period word.
_PERIOD_READINGS = {"М": "IV", "И": "II", "[": "I"}
# What Tesseract makes of a lone «I» (no letter or digit of the plan's reads so).
_BAR_READINGS = frozenset({"|", "l"})
_ROMAN_READ = rf"[{re.escape(''.join(_ROMAN_READINGS))}]+(?:-[{re.escape(''.join(_ROMAN_READINGS))}]+)?"
_ROMAN_TOKEN = re.compile(rf"^{_ROMAN_READ}$")
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKS, _CYRILLIC_LOOKS)
# Small Cyrillic letters and the Latin ones Tesseract reads for them when it takes a word for Latin
# («anpenb» for «апрель», «roga» for «года»): the look-alikes, and «п», «ь», «г», «и», «д», «т» for the
# Latin letters of their shapes.
_SMALL_LATIN_READINGS = "aceopxykbnrugmht"
_TO_SMALL_CYRILLIC = str.maketrans(_SMALL_LATIN_READINGS, "асеорхукьпгидтнт")
# Letters of two strokes read as two Latin letters: «л» as «JI», «ю» as «IO», «ы» as «bI».
_LATIN_PAIRS = (("ji", "л"), ("io", "ю"), ("bi", "ы"))
_AS_CYRILLIC_LETTERS = frozenset(_SMALL_LATIN_READINGS) | {cyrillic for _, cyrillic in _LATIN_PAIRS}
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKS, _LATIN_LOOKS)
# The Russian one-letter words that print as a small Latin letter.
_LATIN_ONE_LETTER_WORDS = frozenset("acoy")
# The preposition «с» read as an angle quote or a less-than sign alone between words.
_ANGLE_READINGS = frozenset("‹<")
_ANGLE_CLOSINGS = frozenset("›>")
_LATIN = re.compile(r"[A-Za-z]")
# Russian abbreviations spelt only in capitals that print alike in both scripts, which a plan joins
# to a word by a hyphen («ООН-Хабитат», «ТВ-программа»).  A closed set: the ink does not tell «СЕО»
# from «CEO», and «CEO-клуб», «MBA-программа», «ABC-анализ», «PC-версия», «B-класс» are printed in
# Latin letters.
_LOOK_ALIKE_ABBREVIATIONS = frozenset({"ООН", "ТВ", "СМС", "КВН", "НКО"})
# Of those, the ones never written small («смс», «тв» are): read in small letters («оон-Хабитат»:
# «о», «н» are their capitals made smaller, and a 1-bit scan's line of «: ООН-» alone has no
# capital beside to measure them by), they are the capitals.
_NEVER_SMALL = frozenset({"ООН", "КВН", "НКО"})
# An act's number after «№» with its letters («15-р», «3-рп»): letters that read alike in both
# scripts were printed in the document's Cyrillic («9-p» → «9-р»; no other letter is touched).
_ACT_NUMBER = re.compile(rf"^(\d+-)([{_LATIN_LOOKS}]{{1,3}})$")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# Digit readings in an age or a day («2О1 год», «З октября», «5-б июля»).
_DIGIT_READINGS = str.maketrans("OОoоЗзбIl|!SВ", "000033611115" + "8")
_NUMBER_LIKE = re.compile(r"^(?=.*\d)[\dOОoоЗзбIl|!SВ]+(?:-[\dOОoоЗзбIl|!SВ]+)?$")
_NUMBER = re.compile(r"^\d+(?:-\d+)?\.?$")
# An age's figures read as capitals («ЗИ лет» for «311 лет»): at least one capital, two characters.
_AGE_IN_CAPITALS = re.compile(r"(?=.*[ЗОИ])[ЗОИ\d]{2,}")
_BESIDE_II = re.compile(r"[З\d]")
# An age run into its word («18Згода», «309лет»): figures (some read as look-alikes), then letters.
# Its first figure may be read as a look-alike too («З2года»): a figure read as one follows it.
_GLUED_AGE = re.compile(r"^([OОoоЗзбIl|!SВ]?\d[\dOОoоЗзбIl|!SВ]*)([А-Яа-яЁёA-Za-z]+)$")
# A quarter's or half-year's numeral run into its word, the space lost («Икв.» for «II кв.»).
_GLUED_PERIOD = re.compile(r"^(\S+?)(кв\.?|квартал[а-я]*|полугоди[а-я]*|п/г)$")
# «Г.» after a year's four figures; a small letter elsewhere in the line says it is not set in capitals.
_CAPITAL_YEAR_WORD = re.compile(r"(\b\d{4}\s?)Г\.")
_SMALL_LETTER = re.compile(r"[а-яё]")
_LETTER = re.compile(r"[^\W\d_]")
_HEADER_PP = re.compile(r"^[пnmл][/|l1I][пnmлt]\.?$")
# «№» misread further off («we», «NZ»): that long at most, over how many row numbers.
_MISREAD_NO_LENGTH = 3
_ROW_NUMBERS_SEEN = 2
_ROW_NUMBER = re.compile(r"\d{1,3}\.?")
# A section's numeral with a comma for its point, or its «I» read as a bar («|,»), before the
# heading's first capital.
_NUMERAL_COMMA = re.compile(r"^(\s*)([IVX|l]{1,6})([.,])(?=\s+[А-ЯЁ])")
_EDGE = re.compile(r"^([«\"„“(]*)(.*?)([.,:;»\"”)?]*)$", re.S)
_SPACES = re.compile(r"(\s+)")
# A single quote opening a word in small letters (in a cell, any word: outside the tables a
# footnote's «¹» misread so may open its capital); the quotes that would close it.
_OPENING_SINGLE = re.compile(r"(?<!\S)[‘'`](?=[а-яё])")
_OPENING_SINGLE_IN_CELL = re.compile(r"(?<!\S)[‘'`](?=[А-ЯЁа-яё])")
_CLOSING_SINGLE = re.compile(r"[’'`]")
# The text's last word opened by a quote that nothing closes («Экспофорум).
_OPEN_LAST_WORD = re.compile(r"(?:^|\s)«[^\s«»]+$")
# … or a bracket opened over the text's last words (at most three: a qualifier) on its last line.
_OPEN_BRACKET_TAIL = re.compile(r"(?:^|\s)\([^\s()]+(?: [^\s()]+){0,2}$")
# A cut word's tail read on the next line: at most this long, its digits and Latin letters
# read as the Cyrillic letters they stand for («4HO» for «чно»).
_CUT_TAIL = 4
_TAIL_READINGS = str.maketrans(
    {"4": "ч", "3": "з", "6": "б", "0": "о"} | dict(zip(_LATIN_LOOKS, _CYRILLIC_LOOKS, strict=True))
)
# Only long words are matched against the approximate-date wording wherever they stand.
_LONG_WORD = 10


# A person's two initials by the surname that ends a signature's or approval's line, their
# first point read as a comma, or lost under a pen's stroke («Ю,Н. Васюнькин», «Ю Н. Васюнькин»,
# «Кравцов А,Н.»): the points are printed, one after each initial.  Run together («ИВ. Петрова»)
# they may be an abbreviation («ЕС.»), but not on the signature's line after its blank or after the
# tab that parts the signer's name from the position («Совета Ассамблеи\tРФ. Галиева»).
_SURNAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_INITIALS_FIRST = re.compile(
    rf"(?:(?<![\w.,])([А-ЯЁ])(,|\s)|(?:^|(?<=_)|(?<=_\s)|(?<=\t))([А-ЯЁ]))([А-ЯЁ])\.(\s+{_SURNAME})$"
)
# A one-letter preposition opening a sentence («В Н. Новгороде», «К Н. Новгороду») stands before
# an abbreviated city just as a first initial before the second: the word after it is then the
# city's noun in the case the preposition asks.  Surnames take those endings too («С К. Шойгу»,
# «О Н. Ву»), so the noun is one of the closed set of cities whose first word is abbreviated to a
# letter (Нижний/Великий Новгород, Нижний Тагил, Набережные Челны, Великие Луки, Великий Устюг,
# Старый Оскол, Новый Уренгой, Сергиев/Павловский Посад, Большой Камень), in an oblique case.
_PREPOSITIONS = frozenset("ВКСОУ")
_ABBREVIATED_CITY = re.compile(
    r"(?:Новгород|Тагил|Устюг|Оскол|Посад)(?:е|у|ом|а)|Челн(?:ах|ам|ами|ов)|Лук(?:ах|ам|ами)"
    r"|Уренго(?:е|ю|ем|я)|Камн(?:е|ю|ем|я)"
)
_INITIALS_AFTER = re.compile(rf"((?<![\w-]){_SURNAME}\s+)([А-ЯЁ])(?:,|\s)([А-ЯЁ])\.$")
# … or both points lost (a phone's photo at an angle: «И В Петрова»), the initials opening the line
# (or following its blank or tab) and the surname ending it.
_INITIALS_BARE = re.compile(rf"(?:^|(?<=_)|(?<=_\s)|(?<=\t))([А-ЯЁ]) ([А-ЯЁ])(\s+{_SURNAME})$")
# … or the second initial's point lost or read as a comma (under a pen's stroke or a stamp over the
# name: «А.Н Кравцов», «Ю.Н, Васюнькин», «Кравцов А.Н»): two capitals parted by a point, the surname
# beside, make initials however the second ends.
# Or read as a quote, the space lost with it or not («А.Н’Кравцов», «А.Н’ Кравцов»).  A speck over
# it read as a raised figure («Р.Ф¹, Галиева» in a phone's photo) is no footnote's marker: no name
# carries one between its initials and its surname.
_INITIALS_SECOND = re.compile(
    rf"((?<![\w.,])[А-ЯЁ]\.[А-ЯЁ])[{re.escape(MARKER_CHARS)}]?(?:,?(\s+)|[’'‘`]\s?)({_SURNAME})$"
)
_INITIALS_SECOND_AFTER = re.compile(rf"((?<![\w-]){_SURNAME}\s+)([А-ЯЁ])[.,]([А-ЯЁ]),?$")
# ... in a cell, only the last point lost after a point between the two.
_LAST_INITIALS_POINT = re.compile(rf"((?<![\w-]){_SURNAME}\s+[А-ЯЁ]\.[А-ЯЁ])$")
# Initials read as the Latin capitals they look like («AH. Кравцов», «A.H. Кравцов»): by a Cyrillic
# surname they are Cyrillic.
_LATIN_CAPITALS = "".join(ch for ch in _LATIN_LOOKS if ch.isupper())
_LATIN_INITIALS = re.compile(
    rf"((?:(?<![\w.,])[{_LATIN_CAPITALS}][.,\s]|(?:^|(?<=_)|(?<=_\s))[{_LATIN_CAPITALS}])[{_LATIN_CAPITALS}]\.)(\s+{_SURNAME})$"
)
# … or after the surname («Кравцов A.H.», «Кравцов A,H.»).
_LATIN_INITIALS_AFTER = re.compile(rf"((?<![\w-]){_SURNAME}\s+)([{_LATIN_CAPITALS}][.,\s][{_LATIN_CAPITALS}]\.)$")
# «Ответственныи» for «Ответственный»: the «й»'s breve lost (a pen's stroke over it, a blurred photo).
# Every adjective of the hard «-ый» ends so, and hardly another word: after a stem of at least three
# letters («выи» is a word), in small letters or in capitals; not a word of the dictionary as read
# («Коломыи», a town's genitive: `_breve_restored`).
_LOST_BREVE = re.compile(r"(?<=[А-Яа-яЁё]{3})(?:ыи|ЫИ)$")
# Days read as the letters they look like: no word of a date cell is one of these letters alone.
_DAY_LETTERS = {"З": "3", "з": "3", "б": "6"}
# A first day of one figure run into the «и» after it, read as a letter («Ти 2 октября» for «1 и 2
# октября», «Ди 5 мая» for «4 и 5 мая», «Би 6 октября» for «5 и 6 октября»: a «5» with its flag
# read as the capital's, «Ли 2 января» for «1 и 2 января»: a 1-bit scan's «1» with its flag and
# serif): before another day and a month's name, where no word of two letters ending in «и»
# stands, the letter is the figure it looks like.
_RUN_DAY_LETTERS = _DAY_LETTERS | {"Т": "1", "I": "1", "l": "1", "|": "1", "Л": "1", "Д": "4", "Б": "5"}
# Two days run into the «и» between them, the first perhaps read as a letter or after a speck.
_GLUED_DAYS = re.compile(rf"([{''.join(_RUN_DAY_LETTERS)}]?)(\d{{0,2}})[иu](\d{{1,2}})")
# «до» (a deadline) read in the figures it looks like, before a day and its month.
_DO_READINGS = frozenset({"40", "Д0", "д0"})
# Two days joined by «и», its letter read as «u» or without the space before it.
_DAYS_AND = re.compile(r"\b(\d{1,2}) ?[uи] ?(\d{1,2})\b")
# «1 5–17 марта»: a range's first day parted after its first figure (Tesseract sets a space after
# a «1» whose glyph stands apart); only where joined it is a day before the range's last, or the
# first of two days («1 3 и 14 мая»).
_PARTED_DAY = re.compile(r"(?<![\d,.;:–-])\b([1-3]) (\d)(?=\s?(?:[–-]|и\s)\s?(\d{1,2})\b)")
# «c1 по 5 июня»: a range's «с» run into its first day (read as a Latin «c» too).
_FROM_DAY = re.compile(r"(?<!\S)[cсCС](\d{1,2})(?= по \d)")
# «14.01 .2027», «14. 01.2027»: Tesseract parts a numeric date at a dot where the print leaves room.
_NUMERIC_DATE = re.compile(r"\b(\d{1,2}) ?\. ?(\d{2}) ?\. ?(\d{4})\b")
# A list of dates' semicolon read as a colon («18.04.2030: 07.09.2030»), on its line or before the
# next line's date (the list wraps): no colon follows a date before another.
_DATE_COLON = re.compile(r"(?<=\d\.\d{2}\.\d{4}):(?=\s*\d{1,2}\.\d{2}\.\d{4}\b)")
# «1 5.03.2027»: a numeric date's day parted after its first figure (as `_PARTED_DAY`), opening
# the line or after «с», «по»; joined only into a day its month has.
_PARTED_NUMERIC_DAY = re.compile(r"(?:^|(?<=с )|(?<=по ))([1-3]) (\d)(?=\.(\d{2})\.(\d{4})\b)")


def correct(text: str, dates: bool = False, paragraph: bool = False) -> str:
    """OCR text of a cell or paragraph with the vocabulary's misreadings corrected.

    `dates`: the text is a date cell, where a line may end in a date wording.
    `paragraph`: the text stands outside the tables, where a line may open
    with an approval's head word («У{ВЕРЖДАЮ» under a stamp).
    """
    text = _SPLIT_DASH.sub("–", text)
    lines = [_NUMERIC_DATE.sub(r"\1.\2.\3", line) for line in _paired_brackets(text).split("\n")]
    lines = _DATE_COLON.sub(";", "\n".join(lines)).split("\n")
    if dates:
        lines = [_QUARTER_SHORT_COLON.sub(r"\1 кв.", _PARTED_NUMERIC_DAY.sub(_numeric_day, ln)) for ln in lines]
    elif len(lines) == 1 and _QUARTER_SHORT_COLON.fullmatch(lines[0].strip()):
        lines = [_QUARTER_SHORT_COLON.sub(r"\1 кв.", lines[0])]  # a quarter column's header cell, alone
    lines = [_DAY_UNCLOSED.sub(r"«\1»", _DAY_CLOSED_BY_ANGLE.sub(r"«\1»", line)) for line in lines]
    lines = [_IN_AS_EIGHT.sub("в", _TOWN_BAR.sub(r"\1 ", _HEAD_COLON_AS_ANGLE.sub(r"\1: ", ln))) for ln in lines]
    lines = [_SPECK_OPENING.sub("", line) for line in lines]
    lines = [_may_breve(line, dates) for line in lines]
    # A line's last word is read with the next line's first (a cell's wrap: «в течение I» / «квартала»).
    after = [(following.split() or [""])[0] for following in lines[1:]] + [""]
    lines = [_correct_line(line, dates, paragraph, then) for line, then in zip(lines, after, strict=True)]
    joined = _plural_breve(_year_word("\n".join(_lettered_b(_header_number(lines)))))
    opening = _OPENING_SINGLE if paragraph else _OPENING_SINGLE_IN_CELL
    return _closing_quote(extra_closers(_stray_quotes(joined, opening)))


# A word of Cyrillic letters (before «№»: «Лицей», «школы»).
_CYRILLIC_WORD = re.compile(r"[а-яёА-ЯЁ]{2,}")

# «маи»: the month «май» its breve lost in a range of months («на маи – октябрь», «апрель – маи»),
# or alone anywhere in a date cell.  Elsewhere it may be a name («Маи Кураки»).
_MAY = re.compile(r"(?<![^\W\d_])[Мм]аи(?![^\W\d_])")
_MAY_IN_A_RANGE = re.compile(
    rf"(?<![^\W\d_]){_MONTH_WORD}\s?[–—-]\s?[Мм]аи(?![^\W\d_])"
    rf"|(?<![^\W\d_])[Мм]аи(?=\s?[–—-]\s?{_MONTH_WORD}(?![^\W\d_]))",
    re.IGNORECASE,
)


def _may_breve(line: str, dates: bool) -> str:
    """«маи» → «май» where it is the month (`_MAY` in a date cell, `_MAY_IN_A_RANGE` elsewhere)."""
    pattern = _MAY if dates else _MAY_IN_A_RANGE
    return pattern.sub(lambda m: m[0][:-1] + ("Й" if m[0].endswith("И") else "й"), line)


# A speck read as a point or a comma before a line's first word, a space apart («. Соколова М.Ю.»,
# «. Директор ДК»): no line opens with a point.
_SPECK_OPENING = re.compile(r"^[.,]\s+(?=[А-ЯЁA-Z«])")

# «III к:» in a date cell, or alone in a cell (a quarter column's header): the short word of a
# quarter after its numeral, its «в.» read as a colon.
_QUARTER_SHORT_COLON = re.compile(rf"(?<!\S)({_ROMAN_READ}) к:(?=\s|$)")

# «Участие 8 XXIV Московском …»: the preposition «в» read as the figure it looks like, before an
# edition's Roman numeral (no count of eight stands between a word and a numeral).
_IN_AS_EIGHT = re.compile(r"(?<=[А-ЯЁа-яё] )8(?= [IVX]{1,6} [А-ЯЁ])")

# «г. | Ташкент»: a speck read as a bar between a town's abbreviation and its name (no numeral
# stands there).  Not after a year's «г.» («2025 г. | Всероссийский»: the bar may be a numeral I),
# nor after «п.», «с.», «д.», which abbreviate other words too («см. п. | 3»).
_TOWN_BAR = re.compile(r"(?<!\d )(?<!\S)((?:г|гор|пос|пгт)\.)\s*[|!]\s*(?=[А-ЯЁ])")

# A row's number read as two figures a space apart, the first a «1» (`correct_layout`).
_PARTED_ROW_NUMBER = re.compile(r"^(1) (\d)(\.?)$")


def note_head_colon(text: str) -> str:
    """A row's cell that ends with a note's head word alone under its first paragraph («Место
    уточняется» / «Организаторы»): its names stand on the next page (a row the page break cut), its
    colon lost with the line's end; the colon put back.  (A header's cell «Участники, /
    Организаторы» names a column: not asked.)"""
    head, _, last = text.rpartition("\n")
    return f"{text}:" if head.strip() and ORGANIZERS_LABEL.fullmatch(last) else text


# An ordinal's «-й» before its noun read as the Latin or Cyrillic «H» («3-H фестиваль»): no other
# ending of a numeral after its dash reads so.
_ORDINAL_I = re.compile(r"\b(\d{1,3})-[HН](?= [а-яё])")

# «З.К. Мамедова», «Мамедова З.К.»: the initial «З» read as the figure it looks like.
# The second initial may be read as the Latin capital it looks like («3.K. Мамедова»): it is Cyrillic.
_THREE_AS_INITIAL = re.compile(rf"(?<![\d.,])3\.(\s?[А-ЯЁ{_LATIN_CAPITALS}]\.)(?=\s?[А-ЯЁ][а-яё]+)")
_THREE_AS_INITIAL_AFTER = re.compile(rf"([А-ЯЁ][а-яё]+ )3\.(\s?[А-ЯЁ{_LATIN_CAPITALS}]\.)(?!\S)")

# One dash read as two of different lengths («2025-—2027», «март —- апрель»): an en dash is wider
# than a hyphen and narrower than an em dash, and Tesseract may box it as one of each.
_SPLIT_DASH = re.compile(r"-[–—]|[–—]-")

# A list's item lettered «б)», its letter read as the figure it looks like.
_B_AS_SIX = re.compile(r"^6\)(?=\s)")


def _lettered_b(lines: list[str]) -> list[str]:
    """«а) …» / «6) …» / «в) …» → «б) …»: the item after a lettered «а)» opened with «6)» is «б)»
    (a list numbered «1)», «2)» has no «а)» above)."""
    out = list(lines)
    for k in range(1, len(out)):
        if _B_AS_SIX.match(out[k]) and out[k - 1].startswith("а)"):
            out[k] = "б" + out[k][1:]
    return out


def _stray_quotes(text: str, opening: re.Pattern[str]) -> str:
    """«Ответственный ‘секретарь» → «Ответственный секретарь», «‘Ашхабад» in a cell → «Ашхабад»: a
    single quote opening a word (`opening`) that no quote after it closes is a speck (plans quote
    with «»; a name in ‘’ has its closing one).  One that a «»» after it closes, no «« between, is
    that quote's «« misread («Фестиваль ‘Весна»» → «Фестиваль «Весна»»)."""
    if not opening.search(text):
        return text
    out, last = [], 0
    for match in opening.finditer(text):
        if not _CLOSING_SINGLE.search(text, match.end()):
            before, rest = text[: match.start()], text[match.end() :]
            # A «««: where no quote before it is left open and the first one after it closes.
            closes = before.count("«") == before.count("»") and rest.find("»") > -1
            misread = closes and (rest.find("«") == -1 or rest.find("»") < rest.find("«"))
            out.append(text[last : match.start()] + ("«" if misread else ""))
            last = match.end()
    return "".join(out) + text[last:]


def _closing_quote(text: str) -> str:
    """«Конгресс-центр «Экспофорум» → «… «Экспофорум»»: a quote opened on the text's last word and
    never closed is closed at the text's end (the closing «»» is thin and sits at the cell's edge);
    so is a bracket opened over a date's qualifier that ends the text («август (по согласованию»),
    its last word whole (a row a page break cut goes on «(ориентирово» / «чно)» on the next page)."""
    stripped = text.rstrip()
    if "«" in text and text.count("«") > text.count("»") and _OPEN_LAST_WORD.search(stripped):
        return stripped + "»" + text[len(stripped) :]
    tail = _OPEN_BRACKET_TAIL.search(stripped) if "(" in text and text.count("(") > text.count(")") else None
    if tail is not None and tail[0].split()[-1].lstrip("(").lower() in _QUALIFIER_WORDS:
        return stripped + ")" + text[len(stripped) :]
    return text


def _paired_brackets(text: str) -> str:
    """«(ориентировочно}», «{МАГ}» → «(ориентировочно)», «(МАГ)»: a pair with a brace is a parenthesis.

    Tesseract reads a parenthesis of a 1-bit scan or a blurred photo as a
    brace now and then, one of the pair or both; braces have no place in a
    plan's wording (a ministry's plan, a city's, ours: not one in any plan
    seen), so a pair that holds one is the plan's parentheses.  So is a lone
    brace that opens a word or closes one: the pair's other half is in the
    rest of a cell the page break cut («МАГ {Исполнительный» / «комитет}»).
    A brace standing apart from the words is left as read.
    """
    if "{" not in text and "}" not in text:
        return text
    chars = list(text)
    opened: list[int] = []
    for k, ch in enumerate(chars):
        if ch in "({":
            opened.append(k)
        elif ch in ")}" and opened:
            start = opened.pop()
            if "{" in (chars[start], ch) or "}" in (chars[start], ch):
                chars[start], chars[k] = "(", ")"
    return _LONE_BRACE_CLOSING.sub(")", _LONE_BRACE_OPENING.sub("(", "".join(chars)))


# A brace left unpaired at a word's edge: opening it after a space or the text's start, closing
# it before a space, a punctuation mark or the text's end.
_LONE_BRACE_OPENING = re.compile(r"(?:(?<=\s)|^)\{(?=\w)")
_LONE_BRACE_CLOSING = re.compile(r"(?<=\w)\}(?=[\s.,;:»)]|$)")


def correct_layout(layout: Layout) -> None:
    """Correct every text of an OCR layout; date wordings only in the columns that hold dates.

    The columns come from the last header row seen, so that a table continued
    on the next page (a separate `Table`) keeps them.
    """
    date_columns: set[int] = set()
    numbers = _SectionNumbers()
    for block in layout.blocks:
        if isinstance(block, Paragraph):
            block.text = correct(block.text, paragraph=True)
            continue
        for at, row in enumerate(block.rows):
            texts = [correct(cell.text) for cell in row.cells]
            roles = [
                column_role(text) for text, cell in zip(texts, row.cells, strict=True) for _ in range(cell.colspan)
            ]
            if "title" in roles and {"place_date", "date"} & set(roles):
                roles = _number_header(row, texts, roles, block.rows[at + 1 :])
                date_columns = {i for i, role in enumerate(roles) if role in ("place_date", "date")}
                numbers.column = roles.index("number") if "number" in roles else None
                header = True
            else:
                header = False
            column = 0
            for cell in row.cells:
                cell.text = correct(cell.text, dates=column in date_columns and cell.colspan == 1)
                if not header:
                    cell.text = note_head_colon(cell.text)
                if not header and column == numbers.column and cell.colspan == 1:
                    # «1 1.»: a row's number of two figures parted after a «1», whose ink is narrower
                    # than its room (Tesseract reads two words); no row is numbered so.
                    cell.text = _PARTED_ROW_NUMBER.sub(r"\1\2\3", cell.text)
                column += cell.colspan
            if not header:
                _totals_head(row)
                _section_comma(row)
                numbers.see(row)
                numbers.heading(row)
    # The passes over the whole document's text, its paragraphs and cells gathered once.
    holders = _text_holders(layout)
    _restore_yo(holders)
    _asterisks_back(holders)
    _links_back_off(holders)
    _note_numbers_read_as_links(holders)
    _markers_without_notes(holders, layout.running)


# A footnote's line that opens with an asterisk marker; a word (or its closing bracket: «(по
# отдельной программе)”») with a closing quote glued to its end.
_ASTERISK_NOTE = re.compile(r"(?m)^\*{1,3}\s*[А-ЯЁа-яё]")
_QUOTE_AFTER_WORD = re.compile(r"(?<=[А-ЯЁа-яё)])[”\"](?=[:;,.]?(?:\s|$))")
# A closing quote's shape opening a word: both quotes of a name read «”» («Фестиваль ”МАГ”»).
_QUOTE_OPENING_WORD = re.compile(r"(?:^|[\s(])[”\"](?=\w)")


def _asterisks_back(holders: list[Paragraph | Cell]) -> None:
    """«самоуправления”» → «самоуправления*», «программе)”» → «программе)*» where the document's
    footnotes are marked «*»: a raised asterisk read as a closing quote in a cell where no quote
    opens («„Лидер”» keeps it)."""
    if not any(isinstance(h, Paragraph) and _ASTERISK_NOTE.search(h.text) for h in holders):
        return
    for cell in holders:
        if (
            isinstance(cell, Cell)
            and not any(q in cell.text for q in "“„«")
            and not _QUOTE_OPENING_WORD.search(cell.text)
            and cell.text.count('"') < 2
        ):
            cell.text = _QUOTE_AFTER_WORD.sub("*", cell.text)


# A raised figure run (a footnote's marker), not a unit's power («м²», «m²»); an endnote's line,
# its numeral in plain letters («i Даты …»), or a note of a numbered list («1. Даты …», Hugo's).
_RAISED_RUN = re.compile(r"(?<![мМmM])[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_ENDNOTE_LINE = re.compile(rf"^\s*(?:(?:{ENDNOTE_NUMERAL})\s|\d{{1,2}}[.)]\s*)\S")


# A note's number printed as a link that a scan read as its underline (a blank to sign on is longer);
# a name after a blank, its initials before or after the surname.
_NOTE_NUMBER_UNDERLINED = re.compile(r"^\s*_{2,4}\s+(?=[А-ЯЁA-Z])")
_SMALL_WORD = re.compile(r"\s[а-яё]{2,}")
_A_NAME = re.compile(rf"[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?{_SURNAME}|{_SURNAME}\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.")
# A listed note's link back read as a mark at its line's end.
_LINK_BACK_READ = re.compile(r"(?m)^([^\S\n]*\d{1,2}\.[^\S\n]+\S.*?)[^\S\n]+(?:[=<>]|=>|_{1,3})$")


def _markers_without_notes(holders: list[Paragraph | Cell], running: list[str]) -> None:
    """««Юбилейный»¹» → ««Юбилейный»»: in a scan where no paragraph line, nor a line of the pages'
    running feet, opens as a footnote does (its marker raised or plain, `split_leading_marker`; an
    endnote's numeral; a list's «1.»), a raised figure that opens no line is a speck read over a
    word's end.  Where some line does, every marker stays: the note may be read with another marker
    («i» for «¹»), and the text's marker is then the one that says so."""
    lines = [line for h in holders if isinstance(h, Paragraph) for line in h.text.split("\n")]
    if any(split_leading_marker(line)[0] or _ENDNOTE_LINE.match(line) for line in [*lines, *running]):
        return

    def kept(match: re.Match[str]) -> str:
        at = match.start()
        return match[0] if at == 0 or match.string[at - 1] == "\n" else ""

    for holder in holders:
        if _RAISED_RUN.search(holder.text):
            holder.text = _RAISED_RUN.sub(kept, holder.text)


def _note_numbers_read_as_links(holders: list[Paragraph | Cell]) -> None:
    """«___ Для учащихся…» → «¹ Для учащихся…»: a note's number printed as a link (Google Docs'
    «[1]», underlined), which a scan read as its underline.  Which note it is, the cells' raised
    markers say: those that no line of the notes opens with, in their order.  A blank to sign on
    before a name («___ Ю.Н. Васюнькин») is no note."""
    paragraphs = [h for h in holders if isinstance(h, Paragraph)]
    unread = [
        (paragraph, at, blank.end())
        for paragraph in paragraphs
        for at, line in enumerate(paragraph.text.split("\n"))
        if (blank := _NOTE_NUMBER_UNDERLINED.match(line))
        and not _A_NAME.search(line)
        and not names_position(line[blank.end() :])
        and _SMALL_WORD.search(line)
    ]
    if not unread:
        return
    cells = [h.text for h in holders if isinstance(h, Cell)]
    pointed = {key for text in cells for run in _RAISED_RUN.findall(text) for key in marker_keys(run)}
    lines = [line for paragraph in paragraphs for line in paragraph.text.split("\n")]
    noted = {marker_key(marker) for line in lines if (marker := split_leading_marker(line)[0])}
    free = [key for key in pointed if key.isdecimal() and len(key) == 1 and key not in noted]
    for (paragraph, at, blank_end), key in zip(unread, sorted(free), strict=False):
        own = paragraph.text.split("\n")
        own[at] = superscript(key) + " " + own[at][blank_end:]
        paragraph.text = "\n".join(own)


def _links_back_off(holders: list[Paragraph | Cell]) -> None:
    """«1. Даты праздников ориентировочные. =» → «1. Даты праздников ориентировочные.»: a web
    page's note listed with its number ends with its link back to the marker («↩»), which a scan
    reads as a mark of its own: «=» or «__» where it is underlined, «>», «<», «=>»."""
    for holder in holders:
        if isinstance(holder, Paragraph):
            holder.text = _LINK_BACK_READ.sub(r"\1", holder.text)


def _text_holders(layout: Layout) -> list[Paragraph | Cell]:
    """The layout's paragraphs and table cells, in order."""
    holders: list[Paragraph | Cell] = []
    for block in layout.blocks:
        if isinstance(block, Paragraph):
            holders.append(block)
        else:
            holders.extend(cell for row in block.rows for cell in row.cells)
    return holders


# A word with «ё» (a whole word: letters and hyphens).
_YO_WORD = re.compile(r"[А-ЯЁа-яё-]*[Ёё][А-ЯЁа-яё-]*")
_WORD_WITH_E = re.compile(r"[А-ЯЁа-яё-]*[Ее][А-ЯЁа-яё-]*")
_YO_LENGTH = 5
_INITIALS_NEXT = re.compile(r" [А-ЯЁ]\. ?[А-ЯЁ]\.")


def _restore_yo(holders: list[Paragraph | Cell]) -> None:
    """«Молодежный центр» → «Молодёжный центр» where the document prints the word with «ё»
    elsewhere: Tesseract loses the two dots over a small «ё» now and then (a surname before its
    initials is left: both spellings are names)."""
    # (Short words are left: «все» and «всё», «ее» and «её» are both words.)
    spelled = {
        m[0].lower().replace("ё", "е"): m[0].lower()
        for h in holders
        for m in _YO_WORD.finditer(h.text)
        if len(m[0]) >= _YO_LENGTH
    }
    if not spelled:
        return

    def restored(match: re.Match[str]) -> str:
        word = match[0]
        found = spelled.get(word.lower())
        # A surname before its initials may be spelled either way («Королев А.А.» beside «г. Королёв»).
        if found is None or _INITIALS_NEXT.match(match.string, match.end()):
            return word
        return "".join(y.upper() if w.isupper() else y for y, w in zip(found, word, strict=True))

    for holder in holders:
        holder.text = _WORD_WITH_E.sub(restored, holder.text)


def _section_comma(row: Row) -> None:
    """«III, Информационное обеспечение» → «III. Информационное обеспечение»: a section's heading
    across the table whose numeral's point was read as a comma (no heading lists numerals); «|,
    Заседания Комиссии» → «I. Заседания Комиссии», its «I» read as a bar too."""
    filled = [c for c in row.cells if c.text.strip()]
    if len(filled) == 1 and filled[0].colspan > 1:
        filled[0].text = _NUMERAL_COMMA.sub(_numeral_with_point, filled[0].text, count=1)


def _numeral_with_point(match: re.Match[str]) -> str:
    """The section's numeral `_NUMERAL_COMMA` found, its bars read as «I», with its point."""
    indent, numeral, point = match.groups()
    if point == "." and not set(numeral) & _BAR_READINGS:
        return match.group(0)
    return indent + "".join("I" if ch in _BAR_READINGS else ch for ch in numeral) + "."


def _totals_head(row: Row) -> None:
    """«Итогс» → «Итого»: the first word of a row's first filled cell one letter off a totals row's
    head word and no word itself."""
    cell = next((c for c in row.cells if c.text.strip()), None)
    if cell is None:
        return
    lead, core, _ = _split(cell.text.split(" ", 1)[0].split("\n", 1)[0])
    if len(core) != 5 or lexicon.russian_word(core):
        return
    for word in TOTALS_WORDS:
        if Levenshtein.distance(core.lower(), word) == 1:
            # (a totals row's head word: misread, the row reads as an item «5 мероприятий»)
            cell.text = lead + word.capitalize() + cell.text[len(lead) + len(core) :]
            return


def _number_header(row: Row, texts: list[str], roles: list[str], below: list[Row]) -> list[str]:
    """A header row's cells that hold nothing but «№» as misread («Ne», «No», «N°») set to «№».

    Read as a word («Ne») the number column has no role, and every item of
    the table loses its number (kept as a note «Ne: 1»), its sections too.
    The header is printed «№» whichever reading already names the column.
    A misreading further off («we», «NZ») names it where it heads the table's
    first column and the rows below hold nothing there but row numbers.
    """
    column = 0
    for text, cell in zip(texts, row.cells, strict=True):
        misread = NUMERO_MISREAD.match(text.strip()) and roles[column] in ("extra", "number")
        if misread or (column == 0 and roles[column] == "extra" and _heads_row_numbers(text, below)):
            cell.text = "№"
            roles[column : column + cell.colspan] = ["number"] * cell.colspan
        column += cell.colspan
    return roles


def _heads_row_numbers(text: str, below: list[Row]) -> bool:
    """A header cell of a few characters over a first column of row numbers only, counting on by
    one or from one again («1.», «2.» …; a row across the table, a section's, holds no cell of
    that column).  A misreading may be a letter of the dictionary («м»); a word of three letters
    («Код», «Год») heads a column of its own."""
    core = text.strip()
    # (A row number itself is no heading: a body row whose cells name roles is taken for a header.)
    if not 0 < len(core) <= _MISREAD_NO_LENGTH or any(ch.isdigit() for ch in core):
        return False
    if len(core) == _MISREAD_NO_LENGTH and lexicon.russian_word(core):
        return False
    firsts = [r.cells[0].text.strip() for r in below if r.cells and r.cells[0].colspan == 1]
    numbers = [t for t in firsts if t]
    if len(numbers) < _ROW_NUMBERS_SEEN or not all(_ROW_NUMBER.fullmatch(t) for t in numbers):
        return False
    counts = [int(t.rstrip(".")) for t in numbers]
    # (Numbered anew in each section: «1, 2, 3 | 1, 2».)
    return all(b in (a + 1, 1) for a, b in itertools.pairwise(counts))


# A section's number as Tesseract may misread a Roman numeral in the № cell («У.» for «V.», «Vv.»
# for «V.», «Х.» for «X.», «Ш» for «III», «П» for «II», «\.» for «V.»: the V's first stroke;
# «WV.» for «IV.»: the I run into the V's first stroke, a 1-bit scan turned upside down).
# Bars («|.», «l.») and letters like digits («З.», «б.») are left alone: they may be an item's
# «1.», «3.», «6.».  A slash stands for no numeral of its own: it is taken only after a numeral;
# so are «М» or «м» (a V, or IV, its strokes read as the M's: a 1-bit scan's bold «V.») and «И» (II
# joined by a slant), letters no Roman numeral has, which only the section's place makes one.
_MISREAD_NUMERAL = re.compile(r"^[VvУуXxХхYyWwШПМмИ\\/]{1,4}[.)]?$")

# A section's heading across the table opening with its number and a point («II. Работа …»).
_HEADING_NUMERAL = re.compile(r"^(\s*)(\S{1,4}?)([.)])(?=\s+[А-ЯЁ«])")

# An item's «1» (with its «.» or «)») as Tesseract reads a serifless one alone in its cell.
_BAR_NUMBER = re.compile(r"^[il|!I][.)]?$")

# A first section's «I.» as Tesseract may read it: the figure one, or a bar.
_ONE_READING = re.compile(r"^[1il|!][.)]?$")
# ... or, a serif's top stroke run on to one side, «Г» or «Т»: a plan lettering its sections would
# open with «А.», so no first section is lettered so.
_SERIF_ONE = re.compile(r"^[ГТ][.)]?$")
# An item's number with a speck read after it («5 |», «9 '», a speck low on the line as «у»): a
# crease or a dot of dust (no sub-item is lettered «у»).
_NUMBER_SPECK = re.compile(r"^(\d{1,3}[.)]?)\s+[|!'`.,у]$")
# An item's number whose period was read as a comma («4,»): a number cell holds nothing else.
_NUMBER_COMMA = re.compile(r"^\d{1,3},$")
# An item's number read as letters or marks, no figure in it («A у» for «4.»), at most this long.
_LOST_NUMBER = 4


class _SectionNumbers:
    """The Roman numbers of a plan's sections in the № column, in turn: a misread one told by its place.

    A section's row holds its number in the № cell and its name in one other;
    sections numbered I, II, III… go on by one, so a number cell of that row
    read as letters that are no numeral («У.» after «IV.») is the next numeral.
    With no numbered section before it, a reading of look-alikes that makes a
    numeral is taken («У.» → «V.»).  Nothing else is touched: an item's
    number has digits, and a row with a date or a place beside is no section.
    An item's «1» read as a bar is told by the «2» after it (`_first_item`).
    """

    def __init__(self) -> None:
        self.column: int | None = None
        self.last: int | None = None
        # An item's number read as a bar («i», «l», «|»), waiting for the next number to say it is «1».
        self.bar: Cell | None = None
        # A name-only row's «1» before any section, waiting for the next row to say it is the section «I.».
        self.one: Cell | None = None
        # The last item's number and its text as read (`_lost_item`), and a number read as letters after it.
        self.item: tuple[int, str] | None = None
        self.lost: Cell | None = None

    def see(self, row: Row) -> None:
        if self.column is None:
            return
        column, number, others = 0, None, 0
        for cell in row.cells:
            if column == self.column and cell.colspan == 1:
                number = cell
            elif cell.text.strip():
                others += 1
            column += cell.colspan
        pending, self.one = self.one, None
        if number is None or not (text := number.text.strip()):
            return
        if speck := _NUMBER_SPECK.match(text):
            number.text = text = speck.group(1)
        if _NUMBER_COMMA.match(text):
            number.text = text = text[:-1] + "."  # «4,»: the period's dot read with a tail
        if pending is not None and row_number(text) == 1:
            self._first_section(pending)
        self._first_item(number, text, others)
        self._lost_item(number, text, others)
        if others != 1:
            return
        if self.last is None and _ONE_READING.match(text):
            self.one = number
            return
        if self.last is None and _SERIF_ONE.match(text):
            self._first_section(number)  # «Г.»: the first section's «I.» with its serifs
            return
        if (read := self._numeral(text, first_by_looks=True)) is not None:
            number.text = read

    def _numeral(self, text: str, first_by_looks: bool) -> str | None:
        """A section's number as read (`text`, with its point), as the numeral it stands for, or
        None where it stays as read.  A Roman one is the last seen; a misread one after it
        (`_MISREAD_NUMERAL`) the next; with none before it, where `first_by_looks`, the numeral
        its look-alikes make («У.» → «V.»)."""
        body = text.rstrip(".)")
        value = roman_value(body) if body.isascii() and body.isupper() else None
        if value is not None:
            self.last = value
            return None
        if not _MISREAD_NUMERAL.match(text):
            return None
        if self.last is not None:
            value = self.last + 1
        elif first_by_looks and all(ch in _ROMAN_READINGS for ch in body.upper()):
            value = roman_value(_as_roman(body.upper()))
            if value is None:
                return None
        else:
            return None
        self.last = value
        return roman_numeral(value) + text[len(body) :]

    def heading(self, row: Row) -> None:
        """A section's heading across the table that opens with its number («II. Работа с
        молодёжью»): a Roman one is the last seen; a misread one after it (`_MISREAD_NUMERAL`,
        «П.» for «II.») the next."""
        filled = [c for c in row.cells if c.text.strip()]
        if len(filled) != 1 or filled[0].colspan < 2 or not (opening := _HEADING_NUMERAL.match(filled[0].text)):
            return
        # (No first numeral by its look-alikes here: a heading may open with a letter, «П.».)
        if (read := self._numeral(opening[2] + opening[3], first_by_looks=False)) is not None:
            filled[0].text = opening[1] + read + filled[0].text[opening.end(3) :]

    def _first_section(self, number: Cell) -> None:
        """The first section's «I.» read as «1.»: the row after it is numbered 1 too.

        Two rows in turn both numbered 1 are no two items: the first, its name
        alone in the row, is the section the items' numbering starts under.
        """
        text = number.text.strip()
        number.text = "I" + text[1:]
        self.last = 1

    def _lost_item(self, number: Cell, text: str, others: int) -> None:
        """An item's number read as letters (no figure: «A у» for «4.») between the items numbered
        one less and one more is that number, written as the one before it.  Only an item's row
        (its name and another cell beside), only where the next number says so."""
        lost, self.lost = self.lost, None
        value = row_number(text)
        if lost is not None and self.item is not None and value == self.item[0] + 2:
            before, written = self.item
            lost.text = str(before + 1) + written[len(str(before)) :]
        if value is not None:
            self.item = (value, text)
        elif others >= 2 and len(text) <= _LOST_NUMBER and not any(ch.isdigit() for ch in text) and self.item:
            self.lost = number  # the number before it (kept) says which it is
        else:
            self.item = None

    def _first_item(self, number: Cell, text: str, others: int) -> None:
        """«1» read as a bar: the item's number cell before one that holds «2» is «1».

        Tesseract reads a lone «1» as «i», «l» or «|» (a 1-bit scan's serifless
        one); only the number after it tells the figure from a letter.  A
        capital «I» beside a name alone is a section's numeral, left to `see`.
        """
        pending, self.bar = self.bar, None
        if pending is not None and row_number(text) == 2:
            bare_text = pending.text.strip()
            pending.text = "1" + bare_text[1:]
        if _BAR_NUMBER.match(text) and not (text[0] == "I" and others == 1):
            self.bar = number


# A lone «~» after a word of a line outside the tables, before another word, a tab or the line's
# end («Исполнительный ~ вице-президент», «Исполнительный ~\tС.А. Ким»):
# a pen's stroke or a crease read as a mark; no position, title or approval line prints one.
_LONE_TILDE = re.compile(r"(?<=[^\W\d_]) +[~˜¬]+(?= +[^\W\d_]|\t| *$)")


# Marks opening a signature's name («** Ю.Н. Васюнькин», «¹ И.В. Петрова», after a tab too): the
# pen's stroke over the signature line (or what is left of a blank) read as asterisks or a raised
# figure; a footnote's marker never stands before a signer's initials.
_STROKE_BEFORE_NAME = re.compile(r"(?:^|(?<=\t))[*~˜¬¹²³]+ +(?=[А-ЯЁ]\. ?[А-ЯЁ]\. ?[А-ЯЁ][а-яё])")
# … or a bar between the initials and the surname (the stroke run through the name: «А.Н. | Кравцов»).
_STROKE_IN_NAME = re.compile(r"((?<![\w.])[А-ЯЁ]\. ?[А-ЯЁ]\.) *[|¦] *(?=[А-ЯЁ][а-яё])")


_HEADING_NUMBER_COMMA = re.compile(r"^(?:\d{1,2}|[IVX]{1,4}),$")
# «Генеральныи`директор»: the «й»'s breve read as a mark after its «и», the space after it lost.
_BREVE_APART = re.compile(r"(?<=[А-ЯЁа-яё]{3})([ыЫ])([иИ])[`'’´](?=\s|$|([А-ЯЁа-яё]))")


# «вице президент»: the hyphen after «вице» lost (a stamp's ink or a pen's stroke over it, taken off
# with it); «вице» is written with a hyphen before the word it joins, always («вице-мэр»).
_VICE_APART = re.compile(r"(?<![\w-])([Вв]ице|ВИЦЕ) +(?=[а-яёА-ЯЁ]{3})")


# «ну–ка», «военно–спортивная»: a hyphen read as a dash between small letters, with no space on
# either side, where the words make a hyphenated word's shape: a particle after it («-ка», «-то»),
# a preposition before it («из-за», «по-новому»), a compound adjective («научно-практическая»).  A
# range of words («понедельник–пятница», «март–апрель», «осень–зима») keeps its dash.
_DASH_IN_WORD = re.compile(r"([А-ЯЁа-яё]*[а-яё])[–—](?=([а-яё]+))")
_HYPHEN_PARTICLES = frozenset({"ка", "то", "либо", "нибудь", "таки", "де"})
_HYPHEN_PREFIXES = frozenset({"из", "по", "во", "кое", "ну"})
# ... and the first parts of compound nouns, written with a hyphen always («пресс-конференция»,
# «мастер-класс», «Арт-каникулы»): no range of words opens with one.
_HYPHEN_HEADS = frozenset(
    {"арт", "медиа", "бизнес", "интернет", "веб", "пресс", "мастер", "шоу", "экспо", "конференц", "смотр", "блиц"}
)
_ADJECTIVE_END = re.compile(r"(?:[аыиоя]я|[ыио]й|[оеыи]е|[ыи]х|[ыи]м|[оеу]ю|[ыи]ми|[оеу]го|[оеу]му)$")


# A surname before its initials, alone on its line or before a comma («гусева Т.А.»), read with a small
# first letter, or with its «Г» read as an opening quote («“усева Т.А.»): a name opens in a capital,
# and a quote opens no surname.
_SHORT_WORDS = frozenset({"для", "при", "под", "над", "без", "про", "через", "перед", "около", "или", "как"})
_SMALL_SURNAME = re.compile(r"^([“‘]?)([а-яё])([а-яё]{2,} [А-ЯЁ]\. ?[А-ЯЁ]\.)(?=,|$)")
# A signatory's initials read in small letters before the surname («_ а.н. Кравцов», a blank's
# part read again); two-letter abbreviations written so («т.е.», «и.о.», «т.к.») are no initials.
_SMALL_INITIALS = re.compile(r"(?<![\w.])([а-яё])\. ?([а-яё])\.(?= ?[А-ЯЁ][а-яё]{2,})")
_ABBREVIATED_PAIRS = frozenset({"те", "тк", "тп", "тд", "ио", "нв", "мб", "тч", "вт"})


# A bar standing alone at the end of a text's last line after a word: a column's border that runs
# a little into a row spanning the columns (a heading's), read as ink of its text.  Not in a date
# cell, nor over another line: it may be the numeral «I» («в течение |» / «квартала»).
# ... nor after a word a numeral follows («этап I», «Раздел I», «II квартал»: a bar there is «I»).
_BEFORE_NUMERALS = (
    *PERIOD_WORDS, "этап", "раздел", "част", "тур", "глав", "приложени", "сезон", "смен", "групп", "лиг",
    "категори", "класс", "том", "выпуск", "уровен", "степен", "сесси", "съезд", "созыв", "форум",
)  # fmt: skip
_BORDER_STUB = re.compile(r"(?:(?<=[^\W\d_])|(?<=[^\W\d_][.,:;»)])) +[|¦]$")
# ... but a date cell's text that ends «в течение |» goes on with its period's word on the next page
# (a row the page break cut): the bar is the numeral.
_WITHIN_NUMERAL_END = re.compile(r"(?<=\bтечение) [|¦l]$")
# A line's first word, an adjective read in the instrumental before a position's noun that is not
# («Исполнительным вице-президент», «Ответственным секретарь»): its «й» read as «м».  A position
# line names its position in the nominative («Настоящим подтверждаю» names none); where the noun
# after it is in the instrumental or the dative plural («Исполнительным комитетом», «молодым
# специалистам») the case is as printed.
# The noun may open the next line, where the signatory's name follows the adjective after a tab.
_INSTRUMENTAL_OPENING = re.compile(r"^([А-ЯЁ][а-яё]{3,}[ыи])м(?: ([^\s]+)|(?=\t|$))")
_NOUN = re.compile(r"[а-яё-]{4,},?")
_INSTRUMENTAL_OR_DATIVE_ENDS = ("ом", "ем", "ём", "ой", "ей", "ою", "ею", "ью", "ам", "ям", "ми", "ым", "им")


def _nominative_opening(line: str, after: str) -> str:
    """«Исполнительным вице-президент» → «Исполнительный …» (`_INSTRUMENTAL_OPENING`); `after`: the
    next line's first word."""
    match = _INSTRUMENTAL_OPENING.match(line)
    if match is None:
        return line
    noun = (match[2] if match[2] is not None else after).rstrip(",")
    if _NOUN.fullmatch(noun) is None or noun.endswith(_INSTRUMENTAL_OR_DATIVE_ENDS) or not names_position(noun):
        return line
    return match[1] + "й" + line[len(match[1]) + 1 :]


# An abbreviation run into the capitalised word after it, the space between lost («СГЦСЗРоссии»).
_GLUED_ABBREVIATION = re.compile(r"(?<![\w-])([А-ЯЁ]{2,})([А-ЯЁ][а-яё]{3,})(?![\w-])")


def _abbreviation_apart(match: re.Match[str]) -> str:
    """«СГЦСЗРоссии» → «СГЦСЗ России» where the word after the capitals is a Russian word."""
    return f"{match[1]} {match[2]}" if lexicon.russian_word(match[2]) else match[0]


def _initials_capital(match: re.Match[str]) -> str:
    """«а.н. Кравцов» → «А.Н. Кравцов» (`_SMALL_INITIALS`), an abbreviation («т.е.», «и.о.») left."""
    if (match[1] + match[2]).lower() in _ABBREVIATED_PAIRS:
        return match[0]
    return match[0].upper()


def _hyphen_in_word(match: re.Match[str]) -> str:
    head, rest = match[1].lower(), match[2]
    compound = head.endswith("о") and _ADJECTIVE_END.search(rest) is not None
    hyphened = rest in _HYPHEN_PARTICLES or head in _HYPHEN_PREFIXES or head in _HYPHEN_HEADS or compound
    return match[1] + "-" if hyphened else match[0]


def _surname_capital(match: re.Match[str]) -> str:
    word = (match[2] + match[3]).split(" ", 1)[0]
    if not match[1] and word in _SHORT_WORDS:
        return match[0]  # «для И.И. Иванова», «при А.Н.»: a word before the initials, no surname
    return ("Г" + match[2] if match[1] else match[2].upper()) + match[3]


def _breve_back(match: re.Match[str]) -> str:
    breve = "й" if match[2] == "и" else "Й"
    return match[1] + breve + (" " if match[3] else "")


def _correct_line(line: str, dates: bool, paragraph: bool = False, after: str = "") -> str:
    if dates:
        line = _glued_day(_days_and(line))
        if not after:
            line = _WITHIN_NUMERAL_END.sub(" I", line)
    elif not paragraph and (age := _glued_age(line, agreeing=True)) is not None:
        line = age  # a cell's line of an age alone (a city's anniversary in a column of its own)
    line = _BREVE_APART.sub(_breve_back, line)
    line = _GLUED_ABBREVIATION.sub(_abbreviation_apart, line)
    line = _DASH_IN_WORD.sub(_hyphen_in_word, line)
    line = _SMALL_SURNAME.sub(_surname_capital, line)
    if paragraph:
        line = _SMALL_INITIALS.sub(_initials_capital, line)
        line = _nominative_opening(line, after)
    stub = None if dates or after else _BORDER_STUB.search(line)
    if stub is not None and not line[: stub.start()].rsplit(" ", 1)[-1].lower().startswith(_BEFORE_NUMERALS):
        line = line[: stub.start()]
    line = _VICE_APART.sub(r"\1-", line)
    line = _ORDINAL_I.sub(r"\1-й", line)
    parts = _SPACES.split(_parted_words(_join_cut_words(line)))
    words = parts[0::2]
    words = [_correct_word(words, i, after) for i in range(len(words))]
    words = [_one_letter_word(words, i, after) for i in range(len(words))]
    if dates:
        words = [_day_before_month(words, i, after) for i in range(len(words))]
        words = [_word_after_number(words, i) for i in range(len(words))]
        if words:
            words[0] = _age_in_capitals(words[0], words[1] if len(words) > 1 else after)
        words = [_period_short_case(word) for word in words]
    if paragraph and words:
        words[0] = _approval_head(words[0])
        if len(words) > 1 and _HEADING_NUMBER_COMMA.match(words[0]) and words[1][:1].isupper():
            words[0] = words[0][:-1] + "."  # «1, Мероприятия МАГ»: a heading's number, its point read as a comma
        words[0] = _DAY_IN_QUOTES.sub(r"«\1»", words[0])
    parts[0::2] = _date_tail(words) if dates else words
    line = "".join(parts)
    if dates:
        line = _days_and(line)  # again, a day's figure read as a letter now a figure («1 Зи 14 апреля»)
    if paragraph:
        line = _LONE_TILDE.sub("", line)
        line = _STROKE_BEFORE_NAME.sub("", line)
        line = _STROKE_IN_NAME.sub(r"\1 ", line)
        line = _LATIN_INITIALS.sub(lambda m: m[1].translate(_TO_CYRILLIC) + m[2], line)
        line = _LATIN_INITIALS_AFTER.sub(lambda m: m[1] + m[2].translate(_TO_CYRILLIC), line)
        line = _THREE_AS_INITIAL.sub(lambda m: "З." + m[1].translate(_TO_CYRILLIC), line)
        line = _THREE_AS_INITIAL_AFTER.sub(lambda m: m[1] + "З." + m[2].translate(_TO_CYRILLIC), line)
        line = _INITIALS_FIRST.sub(_initials_first, line)
        line = _INITIALS_BARE.sub(_bare_initials, line)
        line = _INITIALS_AFTER.sub(r"\1\2.\3.", line)
        line = _INITIALS_SECOND.sub(lambda m: f"{m[1]}.{m[2] or ' '}{m[3]}", line)
        line = _INITIALS_SECOND_AFTER.sub(r"\1\2.\3.", line)
    elif not dates:
        # A cell's person too («Сидоров А.П»: the last point lost at the cell's end; not «Блоки А,Б»).
        line = _LAST_INITIALS_POINT.sub(r"\1.", line)
    return line


def _age_in_capitals(word: str, following: str) -> str:
    """«ЗИ лет» → «311 лет»: an age opening a date cell's line, its figures read as the capitals they
    look like («И» for a 1-bit scan's «11», its bars joined), before its word in small letters."""
    lead, core, trail = _split(word)
    if lead or trail or not _AGE_IN_CAPITALS.fullmatch(core) or _split(following)[1] not in AGE_WORDS:
        return word
    age = core.replace("И", "11").translate(_DIGIT_READINGS)
    # «И» for «11» only beside a figure read as such or as «З»; no age opens with a zero.
    lone = any(ch == "И" and not _BESIDE_II.search(core[max(k - 1, 0) : k + 2]) for k, ch in enumerate(core))
    return word if lone or age.startswith("0") else age


def _period_short_case(word: str) -> str:
    """«III кВ.» → «III кв.»: a period's short word in a date cell, a small letter of it read as a
    capital (the «в» and «В» differ in size alone); one set in capitals throughout stays."""
    lead, core, trail = _split(word)
    if core.lower() in _PERIOD_SHORT and core[:1].islower() and not core.islower():
        return lead + core.lower() + trail
    return word


def _year_word(text: str) -> str:
    """«января 2021 Г.» → «января 2021 г.»: the year's abbreviation after its figures (on the same line
    or wrapped to the next), read as a capital (the two differ only in size).  A year on a line set in
    capitals («НА 2021 Г.») keeps it."""

    def small(match: re.Match[str]) -> str:
        line = text[text.rfind("\n", 0, match.start(1)) + 1 : match.end(1)]
        # A line of a date with blanks to fill in (««__» ________ 2026 Г.») has no other letter at all.
        return match[1] + "г." if _SMALL_LETTER.search(line) or not _LETTER.search(line) else match[0]

    return _CAPITAL_YEAR_WORD.sub(small, text) if "Г." in text else text


def _initials_first(match: re.Match[str]) -> str:
    """«Ю Н. Петров», «Ю,Н. Петров» → «Ю.Н. Петров»; «В Н. Новгороде» (a preposition before a city)
    stays."""
    first, between, second, surname = match[1] or match[3], match[2], match[4], match[5]
    if between is not None and between != "," and _preposition_before_a_city(first, surname):
        return match[0]
    return f"{first}.{second}.{surname}"


def _preposition_before_a_city(letter: str, word: str) -> bool:
    """«В» before «Новгороде»: a one-letter preposition before an abbreviated city's noun in the case
    it asks (`_ABBREVIATED_CITY`), no initial before a surname."""
    return letter in _PREPOSITIONS and _ABBREVIATED_CITY.fullmatch(word.strip()) is not None


def _bare_initials(match: re.Match[str]) -> str:
    """«И В Петрова» → «И.В. Петрова»; «В Н Новгороде» (a preposition before a city) stays."""
    first, second, surname = match[1], match[2], match[3]
    return match[0] if _preposition_before_a_city(first, surname) else f"{first}.{second}.{surname}"


def _numeric_day(match: re.Match[str]) -> str:
    """`_PARTED_NUMERIC_DAY`'s day joined where its month has it, else as read."""
    day, month, year = int(match[1] + match[2]), int(match[3]), int(match[4])
    if 1 <= month <= 12 and day <= calendar.monthrange(year, month)[1]:
        return match[1] + match[2]
    return match[0]


def _days_and(line: str) -> str:
    """«4u 5 августа», «20и 21 мая» → «4 и 5 августа», «20 и 21 мая»: two days of a month joined by «и»,
    its letter read as a Latin «u» or run into the first day; «1 5–17 марта» → «15–17 марта»
    (`_PARTED_DAY`); «c1 по 5 июня» → «с 1 по 5 июня» (`_FROM_DAY`).  Only before a month's name."""
    if not any(_split(word)[1].lower() in MONTHS for word in line.split()):
        return line
    # «и» first: the parted day is told by the «и» after it («1 3u 14 апреля»).
    line = _DAYS_AND.sub(r"\1 и \2", line)
    line = _PARTED_DAY.sub(lambda m: m[1] + m[2] if int(m[1] + m[2]) < min(int(m[3]), 32) else m[0], line)
    return _FROM_DAY.sub(lambda m: ("С" if m[0][0] in "CС" else "с") + " " + m[1], line)


def _join_cut_words(line: str) -> str:
    """«(ориентирово 4HO)» → «(ориентировочно)»: a vocabulary word cut at a narrow column's edge,
    the tail that went on the next line read in digits and Latin letters (4 for ч, H for н).

    Joined only when the head and the tail, read as Cyrillic, make a word of the plan's
    wording (an approximate date's marker): a word and a number are never run together else.
    """
    parts = _SPACES.split(line)
    for k in range(0, len(parts) - 2, 2):
        lead, head, between = _split(parts[k])
        rest, tail, trail = _split(parts[k + 2])
        if between or rest or not head.isalpha() or not 0 < len(tail) <= _CUT_TAIL:
            continue
        if not (_LATIN.search(tail) or any(ch.isdigit() for ch in tail)):
            continue
        joined = head + tail.translate(_TAIL_READINGS).lower()
        if joined.lower() in APPROXIMATE_WORDS:
            return "".join([*parts[:k], lead + joined + trail, *parts[k + 3 :]])
    return line


def _parted_words(line: str) -> str:
    """«Ш к вартал» → «Ш квартал», «по дготовка» → «подготовка»: a word Tesseract parted after its
    first letter or two (a wide letter's side bearing read as a space).  Joined where the rest, in
    small letters, is no word and joined they are one (`lexicon.one_word`): a preposition before
    a word, or before a name the dictionary lacks, stays apart."""
    parts = _SPACES.split(line)
    k = 0
    while k + 2 < len(parts):
        head, (lead, rest, trail) = parts[k], _split(parts[k + 2])
        if (
            not lead
            and 0 < len(head) <= 2
            and head.isalpha()
            and rest[:1].islower()
            and rest.isalpha()
            and lexicon.one_word([head.lower(), rest])
        ):
            parts[k : k + 3] = [head + rest + trail]
        k += 2
    return "".join(parts)


def _split(word: str) -> tuple[str, str, str]:
    match = _EDGE.match(word)
    return (match.group(1), match.group(2), match.group(3)) if match else ("", word, "")


def _glued_day(line: str) -> str:
    """«Зиюля» → «3 июля»: a one-figure day read as the letter it looks like, its space lost before
    the month's name (which would else be taken for the month alone, its first letter a misreading);
    «18января» → «18 января», the day's figures run into it (read as the month alone, the day lost).
    «18Згода» → «183 года», «З2года» → «32 года»: an age glued to its word, its figures read as their
    look-alikes.  «Икв.» → «II кв.»: a quarter's numeral run into its word."""
    words = line.split(" ")
    for k, word in enumerate(words):
        lead, core, trail = _split(word)
        if core[:1] in _DAY_LETTERS and core[1:] in MONTHS:
            words[k] = f"{lead}{_DAY_LETTERS[core[0]]} {core[1:]}{trail}"
        elif (day := _FIGURES_GLUED.fullmatch(core)) and day[2].lower() in MONTHS and 1 <= int(day[1]) <= LAST_DAY:
            words[k] = f"{lead}{day[1]} {day[2]}{trail}"  # «18января»: the space before the month lost
        elif k and words[k - 1].isdigit() and (second := _second_day(core)):
            words[k] = f"{lead}{second}{trail}"
        elif (first := _first_day(core, words[k + 1 : k + 3])) is not None:
            words[k] = f"{lead}{first} и{trail}"
        elif (both := _glued_days(core, words[k + 1 : k + 2])) is not None:
            words[k] = f"{lead}{both}{trail}"
        elif (
            core in _DO_READINGS and not trail and _a_day_of_a_month(words[k + 1 : k + 3]) and not _after_do(words[:k])
        ):
            words[k] = f"{lead}{'До' if core[0].isupper() else 'до'}"  # «40 27 августа»: «до 27 августа»
        elif (age := _glued_age(core)) is not None:
            words[k] = f"{lead}{age}{trail}"
        elif (period := _GLUED_PERIOD.match(core + trail)) and (numeral := _roman(period[1], period[2])):
            words[k] = f"{lead}{numeral} {period[2]}"
    return " ".join(words)


def _glued_age(core: str, agreeing: bool = False) -> str | None:
    """«1046net» → «1046 лет», «18Згода» → «183 года»: an age run into its word, the figures read as
    their look-alikes, the word as `_date_word` reads it; None for any other word.  `agreeing`
    (outside a date cell, where no date wording vouches for it): only the word the number takes
    («1 год», «3 года», «12 лет»), read as it is or in the Latin letters of its shapes, not a
    letter off another word («1лето», «7лот»)."""
    age = _GLUED_AGE.match(core)
    if age is None or (word := _date_word(age[2], AGE_WORDS)).lower() not in AGE_WORDS:
        return None
    figures = age[1].translate(_DIGIT_READINGS)
    if agreeing and (word.lower() != _age_word(int(figures)) or _nearest(age[2], AGE_WORDS) != age[2]):
        return None
    return f"{figures} {word}"


def _age_word(years: int) -> str:
    """The word «год», «года» or «лет» that an age of `years` takes."""
    if years % 10 == 1 and years % 100 != 11:
        return "год"
    return "года" if 2 <= years % 10 <= 4 and not 12 <= years % 100 <= 14 else "лет"


def _second_day(core: str) -> str | None:
    """«ибмая» → «и 6 мая»: the second of two days («5 и 6 мая») run into «и» and the month's name,
    its figure read as the letter it looks like; None for any other word."""
    day, month = core[1:2], core[2:]
    if core[:1] not in "иu" or month not in MONTHS:
        return None
    figure = _DAY_LETTERS.get(day, day)
    return f"и {figure} {month}" if figure.isdigit() else None


def _first_day(core: str, following: list[str]) -> str | None:
    """«Ти» before «2 октября» → «1», «1Зи» before «14 октября» → «13»: a first day run into «и»,
    a figure of it read as a letter (`_RUN_DAY_LETTERS`); a day before the second.  None for any
    other word or place."""
    day = core[:-1]
    if (
        not core.endswith("и")
        or not 1 <= len(day) <= 2
        or not all(char.isdigit() or char in _RUN_DAY_LETTERS for char in day)
        or day.isdigit()
        or not _a_day_of_a_month(following)
    ):
        return None
    figures = "".join(_RUN_DAY_LETTERS.get(char, char) for char in day)
    return figures if not figures.startswith("0") and int(figures) < int(following[0]) else None


def _after_do(words: list[str]) -> bool:
    """Does the last of `words` say «до» already or give a number («до 40 27 …» is read as printed)?"""
    return bool(words) and (words[-1].lower() == "до" or words[-1].isdigit())


def _a_day_of_a_month(words: list[str]) -> bool:
    """Do `words` open with a day and its month's name («27 августа»)?"""
    return len(words) == 2 and bool(_DAY.match(words[0])) and _split(words[1])[1].lower() in MONTHS


def _glued_days(core: str, following: list[str]) -> str | None:
    """«Зи4» before «августа» → «3 и 4», «З8и9» before «мая» → «8 и 9»: two days run into the «и»
    between them, the first one's figure read as the letter it looks like, or a speck before it
    read «З» (there is no day 38).  The first day comes before the second; None for any other word
    or place."""
    glued = _GLUED_DAYS.fullmatch(core)
    if glued is None or not following or _split(following[0])[1].lower() not in MONTHS:
        return None
    letter, figures, second = glued.groups()
    readings = [_RUN_DAY_LETTERS[letter] + figures, figures] if letter else [figures]
    for first in readings:
        if first and 1 <= int(first) < int(second) <= LAST_DAY:
            return f"{first} и {second}"
    return None


def _day_before_month(words: list[str], i: int, after: str) -> str:
    """«З июня» → «3 июня»: a lone day read as the letter it looks like, before a month's name."""
    lead, core, trail = _split(words[i])
    following = words[i + 1] if i + 1 < len(words) else after
    if core in _DAY_LETTERS and not trail and _split(following)[1].lower() in MONTHS:
        return lead + _DAY_LETTERS[core] + trail
    return words[i]


def _one_letter_word(words: list[str], i: int, after: str) -> str:
    """«согласованию c организаторами» → «… с …»: a one-letter word read as the Latin letter of its
    shape («а», «о», «с», «у» are Russian words) between Cyrillic words, none Latin, is Cyrillic;
    so is «с» read as the angle quote of its open bowl («согласованию ‹ городами»)."""
    angle = words[i] in _ANGLE_READINGS
    lead, core, trail = ("", "с", "") if angle else _split(words[i])
    if core not in _LATIN_ONE_LETTER_WORDS and not angle:
        return words[i]
    neighbours = [w for w in (words[i - 1] if i else "", words[i + 1] if i + 1 < len(words) else after) if w]
    if not any(_CYRILLIC.search(w) for w in neighbours) or any(_LATIN.search(w) for w in neighbours):
        return words[i]
    following = words[i + 1] if i + 1 < len(words) else after
    if angle and (not _CYRILLIC.match(following) or any(w in _ANGLE_CLOSINGS for w in words[i + 1 :])):
        # A preposition's object follows it, opening with a Russian letter; an angle quote closed
        # further on («‹ Город мастеров ›») opens a name.
        return words[i]
    return lead + core.translate(_TO_CYRILLIC) + trail


def _word_after_number(words: list[str], i: int) -> str:
    """«683 roga» → «683 года»: in a date cell, a word after a number read in the Latin letters of an
    age's or a month's word."""
    if i == 0 or not _NUMBER.match(_split(words[i - 1])[1]):
        return words[i]
    lead, core, trail = _split(words[i])
    word = _date_word(core, AGE_WORDS | MONTHS)
    if word[1:].islower() and word.lower() in MONTHS and _DAY.fullmatch(_split(words[i - 1])[1]):
        # «7 Июля»: after its day a month's name is printed small; its capital is «и» read as «И».
        word = word.lower()
    return lead + word + trail


def _correct_word(words: list[str], i: int, after: str = "") -> str:
    """Corrections that the word's neighbours justify on their own; `after` follows the last word."""
    following = words[i + 1] if i + 1 < len(words) else after
    if i == 0 and words[i] in ("(.", "[.") and following[:1].isupper():
        return "I."  # «(. Организационная работа»: the bar of «I» read as a bracket
    lead, core, trail = _split(words[i])
    if not core:
        return words[i]
    if lead == "«" and trail in _QUOTE_READINGS and _DAY.match(core) and _split(following)[1] in MONTHS:
        return f"«{core}»"  # «24. января»: the quote that closes the day read as a point
    if core == "з" and not lead and not trail and _split(following)[1][:1].islower():
        # «з течение года»: the preposition «в» against a cell's left rule lost its left side with
        # the rule (no Russian word is «з» alone).
        return "в"
    if core in ("е", "Е") and not lead and not trail and _split(following)[1] == "течение":
        # «е течение года»: «в» with its bowls read closed (no Russian word is «е» alone; «течение»
        # takes «в», never «с», the other letter of that shape).
        return "в" if core == "е" else "В"
    if (
        i > 0
        and not lead
        and not trail
        and core[:1] == "N"
        and NUMERO_MISREAD.match(core)
        and _CYRILLIC_WORD.search(words[i - 1])
        and _split(following)[1][:1].isdigit()
    ):
        return "№"  # «Лицей No 2», «школа Ne 5»: the sign read as the Latin letters it looks like
    if core == "г" and trail == "," and _split(following)[1][:1].isupper():
        return lead + "г."  # «Мэрия г, Бишкек»: the abbreviation's point before the city's name read as a comma
    if i == 0 and core in _BAR_READINGS and trail == "." and (following[:1].isupper() or len(words) == 1):
        return lead + "I" + trail  # «|. Организационная работа», «|.» in a № cell: the list number I
    if i == 0 and core == "\\" and not lead and not trail and _V_ALONE_BEFORE.match(_split(following)[1]):
        # A V whose right stroke the gap after it took, alone opening its line before the event's
        # word (a stray «\» further on is no numeral): «V», or «IV» before «квартал» (`_roman`).
        core = "V"
    roman = _roman(core, following)
    if roman is not None:
        return lead + roman + trail
    if (period := _GLUED_PERIOD.match(core + trail)) and (numeral := _roman(period[1], period[2])) is not None:
        return f"{lead}{numeral} {period[2]}"  # «Тквартал» (a section's heading) → «I квартал»
    if core.isascii() and (month := _date_word(core, MONTHS)) != core:
        # A month's name read wholly in the Latin letters of its shapes, in a cell of no date's
        # column («HIOJIb»: a city's day in a column of notes); no Latin word of a plan reads so.
        # Its Latin letters' case tells nothing of the Cyrillic's («H» for «и») but all capitals.
        return lead + (month.upper() if core.isupper() else month.lower()) + trail
    core = _hyphenated_script([_one_script(part) for part in core.split("-")])
    core = _left_arc_restored(_breve_restored(_letters_read_as_digits(core, i == 0)))
    if i > 0 and _split(words[i - 1])[1] == "№":
        core = _ACT_NUMBER.sub(lambda m: m[1] + m[2].translate(_TO_CYRILLIC), core)
    if _NUMBER_LIKE.match(core) and _split(following)[1].lower() in AGE_WORDS | MONTHS:
        core = core.translate(_DIGIT_READINGS)
    elif i > 0 and _NUMBER.match(_split(words[i - 1])[1]):
        core = _nearest(core, AGE_WORDS | MONTHS)
    elif i == 0 and trail.startswith(":"):
        core = _nearest(core, NOTE_HEADS)
    elif i == 0 and not trail and core.lower() in NOTE_HEADS and following[:1].isupper():
        trail = ":"  # «Организаторы Правительство Москвы»: the colon after the note's head word lost
    elif len(core) >= _LONG_WORD:
        core = _nearest(core, APPROXIMATE_WORDS)
    return lead + core + trail


# A word of letters with figures read into it («0630p» for «Обзор» in a monospaced print): the
# figures that print like letters, Latin look-alikes, Cyrillic letters; a figure and a letter.
_FIGURED_WORD = re.compile(rf"(?=.*[0346])(?=.*[^\W\d_])[0346{_LATIN_LOOKS}а-яёА-ЯЁ]{{{_CUT_TAIL},}}")


def _letters_read_as_digits(core: str, opening: bool) -> str:
    """«0630p» → «Обзор»: a word with figures read for its letters, where read as letters it is a
    Russian word (`lexicon`); a capital where it opens its line or its first letter is one."""
    if _FIGURED_WORD.fullmatch(core) is None:
        return core
    letters = core.lstrip("0346")
    if letters != core and lexicon.russian_word(letters):
        return core  # a number run into its word («3раза»: the space lost), not a word's letters
    word = core.translate(_TAIL_READINGS).lower()
    if not lexicon.russian_word(word):
        return core
    if sum(ch.isupper() for ch in core) >= 2 and not any(ch.islower() for ch in core):
        return word.upper()  # a word in capitals («0Б3ОРОВ»)
    return word.capitalize() if opening or core[0].isupper() else word


def _approval_head(word: str) -> str:
    """«У{ВЕРЖДАЮ» → «УТВЕРЖДАЮ»: a line's first word read in capitals near an approval's head word.

    Only a word in capitals: the head word is printed so, and a line of
    ordinary text opening with a word of that spelling is left as read.
    """
    lead, core, trail = _split(word)
    letters = [ch for ch in core if ch.isalpha()]
    if len(letters) < 6 or not all(ch.isupper() for ch in letters):
        return word
    return lead + _nearest_any(core, APPROVAL_HEADS) + trail


def _date_tail(words: list[str]) -> list[str]:
    """The end of a line that becomes a date wording with vocabulary corrections gets them.

    «Москва оевраль» → «Москва февраль»; «по отдельному граоику» → «… графику».
    The corrected tail must read as a period (`looks_like_period`), so a word
    of a title is never turned into a month.
    """
    for start in range(len(words)):
        tail = words[start:]
        fixed = []
        for word in tail:
            lead, core, trail = _split(word)
            fixed.append(lead + _date_word(core, MONTHS | DATE_WORDS) + trail)
        if looks_like_period(" ".join(tail)):
            return words
        if fixed != tail and looks_like_period(" ".join(fixed)):
            return words[:start] + fixed
    return words


# A noun in «-ии» after a plural adjective in «-ых»/«-их» («культурно-массовых мероприятии»), or
# «мероприятии» after «План» (which takes the genitive: «План мероприятий»): no singular follows
# a plural adjective, and the neuter «мероприятие» has no genitive in «-ии»; the «й»'s breve was
# lost in large print.  Not a pronoun («их Ассамблеи»: a word of four letters at least before).
_PLURAL_BEFORE = re.compile(
    r"(?<![\w-])((?:[А-Яа-яЁё-]{2,}[ЫИыи][Хх]|План[а-я]?|ПЛАН[А-Я]?)\s+)([А-Яа-яЁё]{3,}[Ии])([Ии])(?![\w-])"
)


def _plural_breve(text: str) -> str:
    """«массовых мероприятии» → «массовых мероприятий», «План мероприятии» → «План мероприятий»
    (`_PLURAL_BEFORE`), where the dictionary knows the word with «й»."""

    def mended(match: re.Match[str]) -> str:
        before, stem, last = match[1], match[2], match[3]
        after_plan = before.rstrip().lower().startswith("план")
        if after_plan and stem.lower() != "мероприяти":
            return match[0]  # «План Ассамблеи»: a feminine noun's genitive
        restored = stem + ("Й" if last == "И" else "й")
        return before + restored if lexicon.russian_word(restored) else match[0]

    return _PLURAL_BEFORE.sub(mended, text)


def _breve_restored(core: str) -> str:
    """«Ответственныи» → «Ответственный» (`_LOST_BREVE`); a word the dictionary knows as read stays."""
    if not _LOST_BREVE.search(core) or lexicon.russian_word(core):
        return core
    return _LOST_BREVE.sub(lambda m: m[0][0] + ("Й" if m[0][1] == "И" else "й"), core)


# A word read with «Э» for «О» is looked up from this length: shorter ones are too often both.
_ARC_WORD = 4


def _left_arc_restored(core: str) -> str:
    """«Этчёт» → «Отчёт», «Этветственные» → «Ответственные»: an «О» that touched a cell's left rule
    lost its left arc when the ruling was taken off, and reads as «Э».  Only a word the dictionary
    does not know as read and knows with «О» («Экология», «Этап» stay)."""
    if len(core) < _ARC_WORD or core[0] not in "Ээ" or lexicon.russian_word(core):
        return core
    restored = ("О" if core[0] == "Э" else "о") + core[1:]
    return restored if lexicon.russian_word(restored) else core


def _date_word(word: str, vocabulary: frozenset[str]) -> str:
    """The word of a date cell's vocabulary `word` reads as (`_nearest`), also when read wholly in the
    Latin letters of its small letters' shapes («anpenb» → «апрель», «roga» → «года»); else as read."""
    nearest = _nearest(word, vocabulary)
    if nearest.lower() in vocabulary:
        return nearest
    cyrillic = _nearest(_as_cyrillic(word), vocabulary)
    return cyrillic if cyrillic.lower() in vocabulary else word


def _as_cyrillic(word: str) -> str:
    """«anpenb» → «апрель», «HIOJIb» → «нюль» (then «июль»): a word read wholly in the Latin letters
    its Cyrillic ones look like in a photo's or a coarse scan's print (`_SMALL_LATIN_READINGS`, and
    the pairs of `_LATIN_PAIRS` for the letters of two strokes), in small letters; any other word
    as read."""
    if not word.isascii() or not word.isalpha():
        return word
    low = word.lower()
    for latin, cyrillic in _LATIN_PAIRS:
        low = low.replace(latin, cyrillic)
    if not set(low) <= _AS_CYRILLIC_LETTERS:
        return word
    return low.translate(_TO_SMALL_CYRILLIC)


# A V read as its two strokes («\/»), its left stroke before the rest («\У», «\V»), or its left
# stroke alone ending the numeral's letters, the right one lost in the gap after it («ХХ\ Московском»).
_V_STROKES = re.compile(r"\\/|\\[VУY]|(?<=[XХIІ])\\$")
# What a V alone opening a line stands before: a word of three small letters or more, or one
# with an adjective's ending («\ сессия», «\ Международный форум», «\ Московском»).  Not
# `_ADJECTIVE_END`: it lacks the prepositional «-ом»/«-ем» and takes nouns' «-ия» («Комиссия»).
_V_ALONE_BEFORE = re.compile(
    r"[а-яё]{3,}$|[А-ЯЁ][а-яё]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ом|ем|ых|их|ым|им|ую|юю)$"
)


def _roman(core: str, following: str) -> str | None:
    """«ХТУ» → «XIV», «ХХ!» → «XXI», «П полугодие» → «II …», «| кв.» → «I кв.», «М квартала» → «IV …»;
    None when the token is no misread numeral.

    A numeral stands before a word (the event, «квартал», «полугодие»), or
    ends a line that wraps; a lone «l» or «|» is not taken for one, nor
    Arabic digits («1 квартал» is printed so too).
    """
    if core.endswith("]") and "[" not in core:
        # «XXVIII]»: a bracket closing nothing after a numeral is the cell's edge or a speck read.
        return _roman(core[:-1], following)
    if "\\" in core and (strokes := _V_STROKES.sub("V", core)) != core:
        # «ХХ\У», «Х\/»: the V's strokes read apart, its left one as a backslash.
        return _roman(strokes, following)
    after = _split(following)[1].lower()
    before_period = after.startswith(PERIOD_WORDS) or after in _PERIOD_SHORT
    if before_period:
        return _period_numerals(core, quarter=after.startswith("кв"))
    if not _ROMAN_TOKEN.match(core) or core.isdigit():
        return None
    anchored = re.search(r"[XХIV]", core) is not None
    placed = after[:1].isalpha() or (not following and len(core) > 1)
    if not (anchored and placed and core not in ("I", "l")):
        return None
    parts = [_as_roman(part) for part in core.split("-")]
    if any(roman_value(part) is None for part in parts):
        if core[-1] in "!|" and len(core) > 2:
            return _roman(core[:-1], following)  # «Ill!»: a speck after «III» read as a fourth bar
        return None
    return "-".join(parts)


def _period_numerals(core: str, quarter: bool) -> str | None:
    """The numeral or range before a period's word («Ш-М квартал» → «III-IV»), each part read by
    `_PERIOD_READINGS` or as a Roman numeral; before «квартал» a «V», which no quarter is, is «IV»
    with its bar lost («III-V квартал»), and so is a range's end past «IV».  None when a part
    is no numeral."""
    parts = []
    for part in core.split("-"):
        if part in _PERIOD_READINGS:
            parts.append(_PERIOD_READINGS[part])
        elif part and not part.isdigit() and all(ch in _ROMAN_READINGS for ch in part):
            parts.append(_as_roman(part))
        else:
            return None
    if quarter:
        parts = ["IV" if part == "V" else part for part in parts]
        # A range of quarters from the first three that seems to end past the fourth ends with it
        # («I-X», «III-X»: «IV» misread; no year has a fifth quarter).
        if len(parts) == 2 and (roman_value(parts[0]) or 4) < 4 < (roman_value(parts[1]) or 0):
            parts[1] = "IV"
    if len(parts) > 2 or any(roman_value(part) is None for part in parts):
        return None
    return "-".join(parts)


def _as_roman(reading: str) -> str:
    """A reading of a Roman numeral's letters (`_ROMAN_READINGS`' keys only) in Latin letters."""
    return "".join(_ROMAN_READINGS[ch] for ch in reading)


def _one_script(word: str) -> str:
    """A word mixing Latin and Cyrillic look-alikes is written in its majority script."""
    latin, cyrillic = len(_LATIN.findall(word)), len(_CYRILLIC.findall(word))
    if not latin or not cyrillic:
        return word
    return word.translate(_TO_CYRILLIC if cyrillic >= latin else _TO_LATIN)


def _hyphenated_script(parts: list[str]) -> str:
    """«OOH-Хабитат» → «ООН-Хабитат»: one of the Russian abbreviations that print alike in Latin
    capitals (`_LOOK_ALIKE_ABBREVIATIONS`), joined to a Cyrillic word, is Cyrillic; any other Latin
    stays as read («PR-служба», «CEO-клуб», «XX-летие»).  «оон-» → «ООН-» (`_NEVER_SMALL`)."""
    if len(parts) > 1 and any(_CYRILLIC.search(part) and not _LATIN.search(part) for part in parts):
        cyrillic = [part.translate(_TO_CYRILLIC) for part in parts]
        parts = [c if c in _LOOK_ALIKE_ABBREVIATIONS else part for part, c in zip(parts, cyrillic, strict=True)]
    return "-".join(part.upper() if part.upper() in _NEVER_SMALL else part for part in parts)


def _nearest(word: str, vocabulary: Iterable[str]) -> str:
    """The one vocabulary word within a small edit distance of `word`, in its letter case; else `word`."""
    low = word.lower()
    if len(low) < 3 or not _CYRILLIC.search(low) or low in vocabulary:
        return word
    return _closest(word, vocabulary, 1 if len(low) <= 6 else 2)


def _nearest_any(word: str, vocabulary: Iterable[str]) -> str:
    """As `_nearest`, also for a word with a non-letter read into it («У{ВЕРЖДАЮ»)."""
    if word.lower() in vocabulary:
        return word
    return _closest(word, vocabulary, 2)


def _closest(word: str, vocabulary: Iterable[str], limit: int) -> str:
    """The one vocabulary word nearest to `word`, within `limit` edits, in its letter case; else `word`."""
    low = word.lower()
    scored = sorted((Levenshtein.distance(low, v, score_cutoff=limit), v) for v in vocabulary)
    best = [v for d, v in scored if d == scored[0][0]]
    if len(best) != 1 or scored[0][0] > limit:
        return word
    return _in_case_of(word)(best[0])


def _in_case_of(word: str) -> Callable[[str], str]:
    if word.isupper() and len(word) > 1:
        return str.upper
    if word[:1].isupper():
        return str.capitalize
    return str.lower


def _header_number(lines: list[str]) -> list[str]:
    """The «№ п/п» header cell, read as «Ne n/n», «N°\\nп/п»…"""
    words = " ".join(lines).split()
    if len(words) != 2 or not _HEADER_PP.match(words[1]) or not (words[0] == "№" or NUMERO_MISREAD.match(words[0])):
        if len(words) == 1 and _HEADER_PP.match(words[0]) and len(lines) == 1:
            return ["п/п"]
        return lines
    return ["№", "п/п"] if len(lines) == 2 else ["№ п/п"]
