"""Text rules shared by every stage: whitespace, lines and footnote markers."""

from __future__ import annotations

import re
from collections import Counter

from magplan.normalize.dates import WORDING_WORDS

# Spaces that documents use between words; all become one ordinary space.
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_NEWLINES = re.compile(r"\s*\n\s*")

# Latin and Cyrillic letters that print alike, pair by pair (a scan's reading puts one for the
# other): the capitals, and the small letters whose shapes match too.
LATIN_LOOKS = "ABCEHKMOPTXYaceopxy"
CYRILLIC_LOOKS = "АВСЕНКМОРТХУасеорху"

# The words of a period a numeral goes before («III квартал», «I полугодие»), and the last day of
# any month: shared by the OCR's glyph reading and its text corrections.
PERIOD_WORDS = ("квартал", "полугод")
LAST_DAY = 31

SUPERSCRIPTS = str.maketrans("0123456789*", "⁰¹²³⁴⁵⁶⁷⁸⁹*")
# Raised Roman numerals: Word users type «ⁱ» for a first footnote, and Word and LibreOffice
# number endnotes «i, ii, iii, iv, v …», printed raised in the text («ⁱᵛ», «ᵛ», «ˣ»).  A closed
# set, one to ten: a raised run of these letters is a marker only when it is one of them.
_RAISED_ROMAN = str.maketrans("ivx", "ⁱᵛˣ")
_ROMAN_ONE_TO_TEN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
# Each raised numeral with the footnote's number it stands for («ⁱᵛ» → "4"): «ⁱⁱ» is footnote
# 2, never «¹¹» (footnote 11).
RAISED_ROMAN_MARKERS = {
    numeral.translate(_RAISED_ROMAN): str(value) for value, numeral in enumerate(_ROMAN_ONE_TO_TEN, 1)
}
# An endnote's own line at the document's end opens with its numeral in plain letters («iv Текст»).
ENDNOTE_NUMERAL = "|".join(sorted(_ROMAN_ONE_TO_TEN, key=len, reverse=True))
# Characters that print as a footnote marker.
_RAISED_LETTERS = "ivx".translate(_RAISED_ROMAN)
_RAISED_DIGITS = "0123456789".translate(SUPERSCRIPTS)
MARKER_CHARS = _RAISED_LETTERS + _RAISED_DIGITS + "*"
_MARKER_KEY = str.maketrans(_RAISED_DIGITS, "0123456789")
# A run of markers may be spaced or comma-separated: «Дни городов¹ ²», «Форум¹,²».
_TRAILING_MARKERS = re.compile(rf"\s*([{re.escape(MARKER_CHARS)}]+(?:[\s,]*[{re.escape(MARKER_CHARS)}]+)*)\s*$")
_MARKER_SEPARATORS = re.compile(r"[\s,]+")
# A plain number stands apart from the note's text, or glued to the capital that opens it
# (LibreOffice's web page printed: «1По согласованию…»).
# Google Docs and Word web pages number their notes in brackets («[1] Для учащихся…»).
# A marker may be closed or enclosed by a bracket («*)», «(*)», «¹)») and set off from its text by
# a dash («* - даты ориентировочные»): neither is part of the footnote's text.
_LEADING_MARKER = re.compile(
    rf"^\s*(?:\(\s*([{re.escape(MARKER_CHARS)}]+)\s*\)|([{re.escape(MARKER_CHARS)}]+)\)?"
    rf"|(\d{{1,2}})\)?(?=\s|[А-ЯЁ][а-яё])|\[(\d{{1,2}})\](?=\s))\s*(?:[-–—]\s+)?"
)


# Punctuation that stands around a word: taken off to compare words.
_AROUND_WORD = ",.;:!?()«»“”\"'"

# A line that ends with a preposition or a conjunction («… членов Ассоциации в» / «2027 году») was
# wrapped: no paragraph, and no cell's text, ends there.
FUNCTION_WORDS = (
    *("в", "во", "с", "со", "к", "ко", "о", "об", "у", "и", "а", "на", "по", "для", "от", "до", "за", "из"),
    *("при", "над", "под", "без"),
)
PREPOSITION_END = re.compile(rf"(?:^|\s)(?:{'|'.join(FUNCTION_WORDS)})$")

# Printed list bullets, as Unicode prints the Symbol and Wingdings ones too («➢», «■», «❖») (dashes
# also open list items, but only at a line's start).
BULLET_GLYPHS = "•·▪◦○●∙►▸➢➤❖■♦◆"
# What a list left unfinished at a line's or a page's end ends with («07.01.2022;», «январь,»).
LIST_SEPARATORS = (";", ",")
# The marks that open a quotation: «ёлочки», „лапки“, English quotes, the typewriter's.
OPENING_QUOTES = '«"“„'
# «№» as Tesseract reads it: an N and at most one small letter or a degree sign for the raised o
# («No», «Ne», «Nz», «N°»), or a Cyrillic М with the o's readings only («Мо», «Ме»: a header's «М»
# or «Мы» may be a word).
NUMERO_MISREAD = re.compile(r"^(?:N[a-zа-яё°º]?|М[оеo°º])$")
# A page number standing alone in a header or footer: «2», «- 2 -», «стр. 2 из 5».
PAGE_NUMBER = re.compile(r"^(?:стр(?:аница)?\.?\s*)?[-–—\s]*\d{1,3}\s*(?:(?:из|/)\s*\d{1,3})?[-–—\s]*$", re.I)

# Symbol and Wingdings fonts print list bullets from Unicode's private use area
# (a Word bullet list printed to PDF gives U+F0B7); they are bullets to a reader.  A soft hyphen
# (U+00AD, Word's optional hyphen, HTML's &shy;) prints nothing inside a line: it goes, and so do
# control characters that office suites leak into their exports (LibreOffice's web page marks a
# content control with U+0001, U+0004, U+0005); a vertical tab or a form feed (Word's line and page
# breaks in copied text) is a space.  Formatting characters that text pasted into a site's editor
# carries print nothing either: the zero-width space (a place to break a line, no space), the
# zero-width (non-)joiner, the direction marks, the word joiner,
# a byte-order mark inside the text.
_CONTROLS = "".join(map(chr, (*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F)))
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
_LINE_CHARS = str.maketrans(
    {
        **dict.fromkeys("\uf0b7\uf0a7\uf0a8\uf076\uf0d8\uf0fc\uf06c\uf06e\uf0be", "•"),
        **dict.fromkeys(_CONTROLS + _INVISIBLE + "\u00ad"),
        "\x0b": " ",
        "\x0c": " ",
    }
)


def clean_line(text: str) -> str:
    """One line: runs of spaces collapsed, stripped, symbol-font bullets as «•»."""
    if text.isprintable() and "  " not in text:
        # No tab, odd space or private-use character (none is printable), no run of spaces:
        # only the ends to strip.  Most lines.
        return text.strip()
    return _SPACES.sub(" ", text.translate(_LINE_CHARS)).strip()


# Anything `clean` would change; most text is already clean and skips the work.
# Checked in parts, cheapest first (`clean` runs on every cell): whitespace at
# either end, a double space, an odd character, whitespace beside a line break.
_ODD_CHARS = re.compile(
    rf"[\x00-\x09\x0b\x0c\x0e-\x1f\x7f\r\u00a0\u00ad\u2000-\u200b\u202f\u205f\u3000\uf000-\uf0ff{_INVISIBLE}]"
)


def _is_clean(text: str) -> bool:
    """Whether `clean` leaves `text` as it is, for a text that is not printable (`clean`
    looks at a printable one itself)."""
    # Lines of printable text («Москва\nфевраль»): with the line breaks as spaces, the text
    # is printable (no odd character), and a double space, or a space at either end, is the
    # only way whitespace can stand at a line's end or a line be empty.  Most cells of lines.
    flat = text.replace("\n", " ")
    if flat.isprintable():
        return flat[0] != " " and flat[-1] != " " and "  " not in flat
    # `str.isspace` is the `\s` of a str pattern (both are Py_UNICODE_ISSPACE).
    if text[0].isspace() or text[-1].isspace() or "  " in text or _ODD_CHARS.search(text):
        return False
    # A line break stands inside the text here (not at an end), with a character on each side.
    newline = text.find("\n")
    while newline != -1:
        if text[newline - 1].isspace() or text[newline + 1].isspace():
            return False
        newline = text.find("\n", newline + 1)
    return True


def clean(text: str) -> str:
    """Cell text: lines kept as ``\\n``, empty lines dropped, each line cleaned."""
    if text.isprintable():
        # No control, separator (but the ASCII space) or private-use character, so no
        # odd character and no line break: only spaces remain to look at.  Most cells.
        if not text or (text[0] != " " and text[-1] != " " and "  " not in text):
            return text
    elif _is_clean(text):
        return text
    lines = (clean_line(line) for line in text.replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def one_line(text: str) -> str:
    """All whitespace, line breaks included, as one space."""
    return clean_line(_NEWLINES.sub(" ", text) if "\n" in text else text)


def superscript(text: str) -> str:
    """Text printed raised (a footnote reference) in marker characters."""
    stripped = text.strip()
    if stripped.lower() in _ROMAN_ONE_TO_TEN:
        return stripped.lower().translate(_RAISED_ROMAN)
    return stripped.translate(SUPERSCRIPTS)


def raised_roman(numeral: str) -> str:
    """An endnote's numeral as its raised marker in the text («iv» → «ⁱᵛ»); "" when it is none
    of one to ten."""
    return numeral.translate(_RAISED_ROMAN) if numeral in _ROMAN_ONE_TO_TEN else ""


def marker_key(marker: str) -> str:
    """The footnote a marker points at: «ⁱ» and «¹» are both footnote 1, «ⁱᵛ» and «⁴» footnote 4."""
    stripped = marker.strip()
    return RAISED_ROMAN_MARKERS.get(stripped) or stripped.translate(_MARKER_KEY)


def split_trailing_markers(text: str) -> tuple[str, str]:
    """``"Юбилей городов МАГⁱ"`` → ``("Юбилей городов МАГ", "ⁱ")``."""
    stripped = text.rstrip()
    if not stripped or stripped[-1] not in MARKER_CHARS:
        return text, ""
    match = _TRAILING_MARKERS.search(text)
    if not match or match.start() == 0:
        return text, ""
    return text[: match.start()].rstrip(), _MARKER_SEPARATORS.sub("", match.group(1))


# A date or a time whose digits a narrow column or a page break cut («10.02.» / «2027», «11:0» / «0»).
_CUT_NUMBER = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}:\d{2}")
_CUT_NUMBER_END = ',;:)»”"' + "."


def number_joined(last: str, first: str) -> bool:
    """Are `last` (a line's last word) and `first` (the next line's first word) one date or time
    cut at the line end, whole only joined («10.02.» / «2027», «11:0» / «0»)?"""
    if not (last[-1:].isdigit() or last.endswith((".", ":"))) or not first[:1].isdigit():
        return False
    digits = first.rstrip(_CUT_NUMBER_END)
    return bool(_CUT_NUMBER.fullmatch(last + digits)) and not _CUT_NUMBER.fullmatch(last.rstrip(".:"))


def closes_again(before: str, after: str) -> bool:
    """Does `before` end with a «»» that closes its quotes, while `after` closes one again before it
    opens any («Вестник»» / «МАГ»»)?  Then that «»» is a speck a scan read so (or a comma's tail):
    the quotation goes on to the second."""
    close, opening = after.find("»"), after.find("«")
    return (
        before.endswith("»")
        and before.count("«") == before.count("»")
        and close >= 0
        and (opening < 0 or close < opening)
    )


def quote_goes_on(before: str, after: str) -> bool:
    """Does `after` go on a quotation `before` leaves open, or closed at its end by a speck
    (`closes_again`): its first «»» before any «««?  A page break cut the quoted name («журнала
    «Вестник» / «МАГ»»); no heading, no event's name closes a quote it never opened."""
    close, opening = after.find("»"), after.find("«")
    unopened = close >= 0 and (opening < 0 or close < opening)
    return closes_again(before, after) or (unopened and before.count("«") > before.count("»"))


def extra_closers(text: str) -> str:
    """`text` without the quotes that close again (`closes_again`): «Вестник» МАГ», «Город,»
    культура и спорт» → «Вестник МАГ», «Город, культура и спорт».  The line break after one (a
    paragraph seen ended with the quote) is a wrap: a quotation holds no paragraph."""
    at = text.find("»")
    while at >= 0:
        if closes_again(text[: at + 1], text[at + 1 :]):
            rest = text[at + 1 :]
            text = text[:at] + (" " + rest[1:] if rest.startswith("\n") else rest)
            at = text.find("»", at)
        else:
            at = text.find("»", at + 1)
    return text


def marker_keys(marker: str) -> list[str]:
    """The footnotes a marker run may point at: the run itself («**», «¹²» as footnote 12), then
    each of its numbers («¹²» as footnotes 1 and 2)."""
    key = marker_key(marker)
    # A raised Roman numeral is one number whatever its length («ˣ» is footnote 10 only).
    if len(key) > 1 and key.isdigit() and marker.strip()[:1] not in _RAISED_LETTERS:
        return [key, *dict.fromkeys(ch for ch in key if ch.isdigit())]
    return [key]


def split_leading_marker(text: str) -> tuple[str, str]:
    """A footnote line ``"ⁱ Дни городов…"`` → ``("ⁱ", "Дни городов…")``.

    Returns ``("", text)`` when the line does not start with a marker.
    """
    match = _LEADING_MARKER.match(text)
    if not match:
        return "", text
    return next(group for group in match.groups() if group), text[match.end() :]


_ANY_MARKER = re.compile(f"[{re.escape(MARKER_CHARS)}]")


def has_markers(text: str) -> bool:
    return _ANY_MARKER.search(text) is not None


def strip_markers(text: str) -> str:
    """Remove marker characters wherever they stand (never ``*`` inside words)."""
    if not has_markers(text):
        return text
    without = re.sub(f"[{_RAISED_LETTERS}{_RAISED_DIGITS}]+", "", text)
    return clean(re.sub(r"(?<=\S)\*+(?=\s|$)", "", without))


def bare(text: str) -> str:
    """A word without the punctuation around it, in lower case («(ориентировочно)» → «ориентировочно»)."""
    return text.strip(_AROUND_WORD).lower()


def known_word(text: str, vocabulary: frozenset[str]) -> bool:
    """Is `text` (a word cut at a line or page end, joined back) a word: printed whole elsewhere in
    the document (`vocabulary`: its words bare, in lower case), or one of the long words of date
    wordings that narrow date columns cut («ежеквартально»)?"""
    word = bare(text)
    return word in vocabulary or word in WORDING_WORDS


# A header printed again that a scan read in pieces, out of order (Tesseract reading its band as two
# overlapping lines: «На именов. еновани. е Mi ероприя тия» for «Наименование мероприятия»): nearly
# all its letters are there, whatever their order, and few others.  A row of a plan's table holds
# many letters of the header's («мероприятия», «проведения») and many of its own; another header
# («Срок исполнения» for «Дата проведения») lacks some.
_LETTERS_KEPT = 0.9
_LETTERS_OWN = 0.8
_LETTERS_AT_LEAST = 12


def letters_alike(printed: str, read: str) -> bool:
    """Does `read` hold the letters and figures of `printed` (a header), in any order and case:
    `_LETTERS_KEPT` of them at least, and `_LETTERS_OWN` of its own at least of them?"""
    return letters_likeness(printed, read) is not None


def letters_likeness(printed: str, read: str) -> float | None:
    """How alike `read` and `printed` are as `letters_alike` tells (the share of `printed`'s
    letters `read` holds plus the share of `read`'s that are `printed`'s), or None where they are
    not alike (or `printed` has fewer than `_LETTERS_AT_LEAST`)."""
    want = Counter(ch for ch in printed.casefold() if ch.isalnum())
    total = want.total()
    got = Counter(ch for ch in read.casefold() if ch.isalnum())
    if total < _LETTERS_AT_LEAST or not got:
        return None
    common = (want & got).total()
    kept, own = common / total, common / got.total()
    return kept + own if kept >= _LETTERS_KEPT and own >= _LETTERS_OWN else None
