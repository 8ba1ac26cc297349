"""Recognised words → lines and text, by the PDF reader's rules in pixels.

Words are grouped into lines by their vertical overlap, each line's glyphs
are checked (`_ocr_glyphs`: markers, bullets, dashes, letter case), and a
cell's or paragraph's lines are joined back into paragraphs: a line ends
one only where the writer broke it (the next word would have fitted),
as `_pdfwords.join_lines` decides for text PDFs.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import replace

from magplan.extract.ocr.glyphs import Blob, ink_blobs, marker_text, read_glyphs
from magplan.extract.ocr.image import Image
from magplan.extract.ocr.letters import WORD_PART, mend_word
from magplan.extract.ocr.tesseract import Word as OcrWord
from magplan.extract.ocr.tesseract import is_word
from magplan.extract.pdf.words import (
    ONE_LETTER_WORDS,
    Line,
    Word,
    dash_item,
    hyphenated,
    rest_of_a_cut_word,
)
from magplan.normalize import lexicon
from magplan.normalize.dates import looks_like_period
from magplan.normalize.organizers import LABEL as ORGANIZERS_LABEL
from magplan.normalize.organizers import opens_organizers
from magplan.text import BULLET_GLYPHS, CYRILLIC_LOOKS, LATIN_LOOKS, OPENING_QUOTES, bare, known_word, number_joined

# A word box spans roughly ascender to descender: about 0.9 of the font size.
EM_PER_HEIGHT = 0.9
# The letters of a word cut at a line's end, and of its rest at the next line's start.
_WORD_END = re.compile(r"[А-Яа-яЁё]+$")
# (A soft sign cut off a word's end may be read as a Latin «b»: `mend_word` puts it back.)
_WORD_START = re.compile(rf"{WORD_PART}|b(?![A-Za-z])")
_BULLET = re.compile(f"^[{BULLET_GLYPHS}]")
_FIGURE_DASH_END = re.compile(r"\d[-–—]{1,2}$")  # (one dash may read as two: `ocr_fix`)
# An item of a list lettered or numbered with a bracket («а) формирование …», «2) …»; «б» read «6»).
_LETTERED_ITEM = re.compile(r"^(?:[а-яё]|\d{1,2})\)\s")
# A word read twice over inside a longer one may have one letter misread where it has this many.
_MISREAD_PIECE = 3
# The share of a page's words whose heights bound the window a word's neighbours stand in.
_USUAL_HEIGHTS = 0.95
# A word of Russian letters alone (no figures, no marks).
_PART = re.compile(r"[А-Яа-яЁё]+")
# A space is about a quarter of the font size; words this short are bound to the next one.
_SPACE_WIDTH = 0.25
_BOUND_WORD = 2
# A word's ink is narrower than the room it takes on the line by its first and last letters'
# side bearings (and a closing quote's or comma's): about this share of the font size.
_BEARINGS = 0.2
# A line ending in a hyphen or an en dash after a letter goes on without a space
# («смотр-» + «конкурса», «ноябрь–» + «декабрь»).
_HYPHEN_END = re.compile(r"(?<=\w)[-\u2010\u2013]$")
# A wrapped list or a heading with a colon goes on on the next line, whatever the fit says.
_CONTINUES = re.compile(r"[,:;]$")
# The Russian words of one to three letters a line may start with (the one-letter words, prepositions, conjunctions,
# particles, pronouns, «год», «лет»…); any other such start of a line after a line filled to
# the edge is the rest of a word cut there.
_SHORT_REST = 3
_SHORT_WORD_LIST = (
    "бы во да де до же за из их им ко ли мы на не ни но ну об он от по со то ты уж вы ее её ей ею "
    "без вам вас вне все всё где год два дел для дня его еще ещё или ими как кем ком лет мне "
    "мэр над нам нас них ним нет оба обо она они оно под при про раз ряд сам сих сто так там тем "
    "тех той том три тут уже чем что чья чье чьи шаг это эти эта тот вот был ход мир дом зал час "
    "тур век вид суд бал сад пол сил г гг"
)
_SHORT_WORDS = ONE_LETTER_WORDS | frozenset(_SHORT_WORD_LIST.split())
# A gap between two lines of at least this share of a line's height holds a line Tesseract dropped;
# a dot is at most this share of it across and high.
_LOST_LINE = 1.2
# A raised «[1]» read as a line of its own is read as at most this many characters.
_MARK_READ = 3
# What Tesseract reads a bracketed «[1]»'s bars as; Roman numerals' letters (a line of its own).
_BARS = frozenset("I|!lШИ")
_ROMAN_LETTERS = frozenset("IVXХІ")
# A link's underline read at a word's end: at least this many underscores.
_UNDERSCORES = 2
# A raised marker read as its figure alone, on a line of its own.
_FIGURES = re.compile(r"\d{1,2}")
# What Tesseract reads a link's underline as.
_UNDERLINE_READINGS = "_—–-"
_DOT = 0.35
# Quotation marks that close a quote as Tesseract reads a «¹» after a letter.
_CLOSING_QUOTES = '"”'
# Punctuation that never stands apart from the word before (after) it.
_CLOSING_ONLY = re.compile(r"^[,.:;!?)»]+$")
_OPENING_ONLY = re.compile(r"^[(«]+$")
# A word cut at the cell's edge ends within this many of its letters' widths of the edge.
_CUT_SLACK = 1.5
# A cut word's first part, when neither part is in the dictionary, is at least this long: a line
# holding nothing but it (a word the line was too narrow for).
_LONG_HEAD = 6
_TO_CYRILLIC = str.maketrans(LATIN_LOOKS, CYRILLIC_LOOKS)
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def to_words(words: Iterable[OcrWord]) -> list[Word]:
    """OCR words as layout words (the PDF reader's type), sized from their boxes."""
    return [Word(w.text, w.x0, w.x1, w.y0, w.y1, EM_PER_HEIGHT * max(w.height, 1)) for w in words]


def _letters(text: str) -> str:
    """The text compared as letters: case and «ё» aside (a piece's «е» of «молодёжной»)."""
    return text.casefold().replace("ё", "е")


def without_pieces_read_again(words: list[Word]) -> list[Word]:
    """The words of a cell or a page without those Tesseract read a second time out of a longer
    word on its line: within its width and its height, their letters a piece of its («д» inside
    «Отдел», «одведение» inside «Подведение»: a centred cell's lines standing between the lines
    of the cell beside them are read twice over), a letter of a piece of three or more misread
    («енто» inside «центр»), or a single letter inside a word the dictionary does not know («р»
    inside «апоель»).  Two readings that overlap by their ends, the letters there the same, are
    one word where the dictionary knows it so («Дворе» and «рец»).  Words of one line never
    overlap in print."""
    if len(words) < 2:
        return words
    # A word's neighbours on its line: those whose tops stand within a word's height above its
    # middle (the heights of nearly all words; the few taller ones, a heading's or a stamp's box,
    # are looked at by every word, or one of them would widen every word's window).
    heights = sorted(w.bottom - w.top for w in words)
    tall = heights[min(int(_USUAL_HEIGHTS * len(heights)), len(heights) - 1)]
    taller = [w for w in words if w.bottom - w.top > tall]
    by_top = sorted((w for w in words if w.bottom - w.top <= tall), key=lambda w: w.top)
    tops = [w.top for w in by_top]

    def on_its_line(word: Word) -> list[Word]:
        near = by_top[bisect.bisect_left(tops, word.cy - tall) : bisect.bisect_right(tops, word.cy)]
        return near + [w for w in taller if w.top <= word.cy]

    kept = [
        word
        for word in words
        if not any(
            other is not word
            and len(word.text) < len(other.text)
            and other.x0 <= word.x0
            and word.x1 <= other.x1
            and word.cy <= other.bottom
            and (_a_piece(_letters(word.text), _letters(other.text)) or _a_letter_inside(word, other))
            for other in on_its_line(word)
        )
    ]
    # Two readings overlapping by their ends: the right one's letters go on the left one's.
    gone = {id(w) for w in words} - {id(w) for w in kept}
    joined: dict[int, Word] = {}
    for word in sorted(kept, key=lambda w: w.x0):
        for other in on_its_line(word):
            if id(other) in gone or other is word:
                continue
            left = joined.get(id(other), other)
            shared = _overlap(left, word)
            if shared is not None:
                joined[id(other)] = replace(left, text=left.text + word.text[shared:], x1=word.x1)
                gone.add(id(word))
                break
    return [joined.get(id(w), w) for w in kept if id(w) not in gone]


def _a_letter_inside(word: Word, other: Word) -> bool:
    """Is `word` one letter, standing inside a word of three small letters or more (not an
    abbreviation in capitals, «и» inside «ЕАЭС») that the dictionary does not know: misread, so
    its letters cannot say whether the one is theirs?  Never without a dictionary."""
    return (
        len(word.text) == 1
        and word.text.isalpha()
        and len(other.text) >= _MISREAD_PIECE
        and bool(_PART.fullmatch(other.text))
        and other.text[1:].islower()
        and is_word(other.text.lower()) is False
    )


def _overlap(a: Word, b: Word) -> int | None:
    """How many letters `b` (right of `a`, on its line) reads again of `a`'s end, where the two
    boxes overlap by half a letter or more, those letters are the same and the dictionary knows
    the two as one word, a piece none («Дворе» + «рец»; not «Москва» + «аэропорт»); else None."""
    if not (a.x0 < b.x0 < a.x1 < b.x1) or not (b.top <= a.cy <= b.bottom) or len(a.text) < 2 or len(b.text) < 2:
        return None
    shared = (a.x1 - b.x0) / ((b.x1 - b.x0) / len(b.text))
    if shared < 0.5:
        return None
    left, right = _letters(a.text), _letters(b.text)
    near = max(round(shared), 1)
    counts = range(max(near - 1, 1), min(near + 1, len(left) - 1, len(right) - 1) + 1)
    return next(
        (
            k
            for k in sorted(counts, key=lambda k: abs(k - shared))
            if left[-k:] == right[:k] and lexicon.one_word([a.text, b.text[k:]])
        ),
        None,
    )


def _a_piece(piece: str, whole: str) -> bool:
    """Is `piece` a run of `whole`'s letters, one of them misread where it has three or more?"""
    if piece in whole:
        return True
    if len(piece) < _MISREAD_PIECE:
        return False
    return any(
        sum(a != b for a, b in zip(piece, whole[at : at + len(piece)], strict=True)) <= 1
        for at in range(len(whole) - len(piece) + 1)
    )


def group_lines(
    words: list[Word],
    bw: Image,
    capital: float | None = None,
    small: float | None = None,
    sized: float | None = None,
) -> list[Line]:
    """Words into lines (vertical overlap), with markers, bullets and letter case checked.

    `capital` is the page's capital height (`capital_height`), for telling
    «ИЮНЬ» read in capitals from «июнь» printed in small letters; `small` its
    small letters' height (`small_height`), if measured; `sized`, where
    `capital` is not, a capital height from fewer words: lines are sized by
    it, letter case is not judged by it.
    """
    lines: list[Line] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        line = _line_for(lines, word)
        if line is None:
            lines.append(Line([word], word.top, word.bottom))
        else:
            line.words.append(word)
            line.top, line.bottom = min(line.top, word.top), max(line.bottom, word.bottom)
    lines.sort(key=lambda ln: ln.top)
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    lines = _stars_onto_their_line(lines)
    for line in lines:
        read_glyphs(line, bw, capital, small, sized)
        line.words = _attach_punctuation(line.words)
    _unpaired_quotes(lines)
    return _lone_colons(lines, bw)


def _stars_onto_their_line(lines: list[Line]) -> list[Line]:
    """«архитектура»**» in a cell: the raised stars stand above the top of a word of small letters,
    so they made a line of their own between the cell's lines («…и» / «* *» / «архитектура»»).

    A line of nothing but stars whose foot reaches the next lines' top, just after a word of one
    of them, is put on that line as one marker; `read_glyphs` then reads it from its ink.  So is
    a web page's raised «[1]», read as such, as a letter («Ч», which no word is) or as its figure:
    after a word where it stands into that line (its foot below the line's top); as a link, over
    the underline Tesseract read at the end of the word before it («городов___») or as a word;
    or before a note's first word.  Where it stands shows it raised: it joins as the marker.
    """
    out: list[Line] = []
    for index, line in enumerate(lines):
        target, mark = None, False
        following = lines[index + 1 : index + 4]
        words = line.words
        if all(set(w.text) == {"*"} for w in words):
            target = next((other for other in following if _stars_after(line, other)), None)
        elif (misread := _a_mark_misread(line)) or (len(words) == 1 and _FIGURES.fullmatch(words[0].text)):
            # Where it stands shows it raised: its reading gives its number, if any.  Figures alone
            # only where their foot stands into the line just after a word's end (a number wrapped
            # stands at the line's start, a page's number far from any line).
            target = next((o for o in following if _stars_after(line, o) and line.bottom > o.top), None)
            if target is None and misread:
                target = next((o for o in following if _over_its_underline(line, o) or _before_a_note(line, o)), None)
            mark = True
        if target is None:
            out.append(line)
            continue
        text = "".join(w.text for w in words)
        stars = Word(text, words[0].x0, words[-1].x1, line.top, line.bottom, words[0].size)
        if mark:
            stars.raised, stars.text = True, marker_text(text.strip("[]"))
        target.words = sorted([*target.words, stars], key=lambda w: w.x0)
        target.top = min(target.top, line.top)
    return out


def _a_mark_misread(line: Line) -> bool:
    """A line of one reading no longer than a marker's, as a bracketed number reads: with a bracket
    («[1]», «и]», «1]»), of bars («III»), or one letter that is no word («Ч»; a preposition or a
    conjunction wrapped onto a line of its own is one, and so is a Roman numeral).  Not figures
    alone («12», «15.»: a number wrapped, a page's number) nor two letters (initials on a line of
    their own, «РФ» for «Р.Ф.»)."""
    if len(line.words) != 1:
        return False
    text = line.words[0].text
    if len(text) == 1:
        return text.isalpha() and text.lower() not in ONE_LETTER_WORDS and text not in _ROMAN_LETTERS
    return len(text) <= _MARK_READ and (any(ch in "[]" for ch in text) or set(text) <= _BARS)


def _raised_onto(mark: Line, line: Line) -> bool:
    """Does `mark`'s foot stand within half `line`'s height above its top (or lower, above its
    middle)?"""
    height = line.bottom - line.top
    return line.top - 0.5 * height <= mark.bottom < line.bottom - 0.5 * height


def _over_its_underline(mark: Line, line: Line) -> bool:
    """Is a raised «[1]» a link over its underline, which Tesseract read as the end of the word before
    it («городов___») or, before a note's text, as a word of its own that opens the line («—»)?
    The underline goes (that word, where nothing else of it is left); the marker takes its place."""
    if not _raised_onto(mark, line):
        return False
    height = line.bottom - line.top
    x0, x1 = mark.words[0].x0, mark.words[-1].x1
    first = line.words[0]
    if first.text.strip(_UNDERLINE_READINGS) == "" and first.x0 < x1 and x0 < first.x1 and len(line.words) > 1:
        line.words.remove(first)
        return True
    for word in line.words:
        bare = word.text.rstrip("_")
        if len(word.text) - len(bare) < _UNDERSCORES:
            continue
        if not bare and word.x0 < x1 and x0 < word.x1:
            line.words.remove(word)  # the underline read as a word of its own under the marker
            return True
        start = word.x0 + (word.x1 - word.x0) * len(bare) / len(word.text)
        if bare and start - 0.5 * height <= x0 and x1 <= word.x1 + height:
            word.text, word.x1 = bare, round(start)
            return True
    return False


def _before_a_note(mark: Line, line: Line) -> bool:
    """Does a raised «[1]» stand just before `line`'s first word, as a note's number does?"""
    height = line.bottom - line.top
    return _raised_onto(mark, line) and 0 <= line.words[0].x0 - mark.words[-1].x1 <= 1.5 * height


def _stars_after(stars: Line, line: Line) -> bool:
    """Do raised `stars` belong to `line`: their foot within half its height above its top (or
    lower, above its baseline), a word of it ending within its height and a half before them, and
    no word of it under them (a «* * *» between paragraphs stands over the running text)."""
    height = line.bottom - line.top
    x0, x1 = stars.words[0].x0, stars.words[-1].x1
    return (
        _raised_onto(stars, line)
        and any(0 <= x0 - w.x1 <= 1.5 * height for w in line.words)
        and not any(w.x0 < x1 and x0 < w.x1 for w in line.words)
    )


def _lone_colons(lines: list[Line], bw: Image) -> list[Line]:
    """«Организаторы» / «:» / «Правительство…»: a colon pushed onto a line of its own, in a narrow
    column that its word just fills, which Tesseract drops (two dots are no line to it).

    Looked for only where a line's room is left empty between two lines:
    two small dots one above the other at the lines' left edge are the colon.
    """
    out = lines[:1]
    for line in lines[1:]:
        previous = out[-1]
        height = previous.bottom - previous.top
        if line.top - previous.bottom >= _LOST_LINE * height and previous.words[-1].text[-1:].isalpha():
            left = min(previous.x0, line.x0)
            found = ink_blobs(bw, left - 0.5 * height, previous.bottom, left + height, line.top)
            # Not the ink of the lines' letters, which may stand a pixel out of their boxes.
            dots = [d for d in found if d.y0 > previous.bottom + 1 and d.y1 < line.top - 1]
            if _colon(dots, height):
                top, bottom = dots[0].y0, max(d.y1 for d in dots)
                x0, x1 = min(d.x0 for d in dots), max(d.x1 for d in dots)
                colon = Word(":", x0, x1, top, bottom, previous.words[-1].size)
                out.append(Line([colon], top, bottom, size=previous.size))
        out.append(line)
    return out


def _colon(dots: list[Blob], height: float) -> bool:
    """Two dots, small for the line's `height`, one above the other with a gap between them."""
    if len(dots) != 2:
        return False
    upper, lower = sorted(dots, key=lambda d: d.y0)
    small = all(d.x1 - d.x0 <= _DOT * height and d.y1 - d.y0 <= _DOT * height for d in dots)
    stacked = min(upper.x1, lower.x1) - max(upper.x0, lower.x0) >= 0.5 * min(upper.x1 - upper.x0, lower.x1 - lower.x0)
    return small and stacked and upper.y1 < lower.y0 and lower.y0 - upper.y1 <= height


def _unpaired_quotes(lines: list[Line]) -> None:
    """«МАГ"» → «МАГ» + a raised «1»: a closing quote that no quote opened is a footnote marker.

    A «¹» printed close after a letter runs into it in a blurred scan or
    photo («Г¹» is one blob), so its shape cannot tell it (`glyphs`); but
    quotes come in pairs, and one closing where none is open, in the text
    of one cell or the lines outside the tables, is the marker misread.
    """
    depth = 0
    for line in lines:
        out: list[Word] = []
        for word in line.words:
            text = word.text
            if word.raised:
                out.append(word)
                continue
            if text == '"' and depth:  # a straight quote standing apart («"Город "») closes the open one
                depth -= 1
                out.append(word)
                continue
            opened = len(text) - len(text.lstrip(OPENING_QUOTES))
            depth += opened
            closes = len(text) > opened and text[-1] in "»" + _CLOSING_QUOTES
            if closes and depth:
                depth -= 1
            elif closes and text[-1] != "»" and text[-2:-1].isalnum():  # (a quote alone is no «¹»)
                cut = word.x1 - (word.x1 - word.x0) / len(text)
                out.append(Word(text[:-1], word.x0, cut, word.top, word.bottom, word.size))
                word = Word("1", cut, word.x1, word.top, word.bottom, word.size, raised=True)
            out.append(word)
        line.words = out


def _attach_punctuation(words: list[Word]) -> list[Word]:
    """«Организаторы :» → «Организаторы:», «( по» → «(по»: punctuation read as a word of its own.

    Tesseract parts a colon or a bracket from its word where the print
    leaves a little room; in Russian typography closing punctuation always
    follows its word and an opening bracket or quote always precedes one.
    """
    out: list[Word] = []
    for word in words:
        previous = out[-1] if out else None
        if previous is not None and not word.raised and _CLOSING_ONLY.match(word.text) and previous.text:
            previous.text += word.text
            previous.x1 = max(previous.x1, word.x1)
            continue
        if previous is not None and _OPENING_ONLY.match(previous.text) and not word.raised:
            word.text = previous.text + word.text
            word.x0 = previous.x0
            out[-1] = word
            continue
        out.append(word)
    return out


def _line_for(lines: list[Line], word: Word) -> Line | None:
    """The line `word` belongs to: half of the smaller height overlaps (a raised marker's too)."""
    for line in reversed(lines[-3:]):
        overlap = min(line.bottom, word.bottom) - max(line.top, word.top)
        if overlap >= 0.5 * min(line.bottom - line.top, word.bottom - word.top):
            return line
    return None


def join_lines(
    lines: list[Line],
    right: float,
    tabs: bool = False,
    vocabulary: frozenset[str] = frozenset(),
    loose: bool = False,
) -> str:
    """Lines of a cell or paragraph as text: ``\\n`` only where the writer broke the line.

    As `_pdfwords.join_lines`, with one more rule for OCR's noisy geometry:
    a line ending in «,», «:» or «;» always goes on (the wrapped organizer
    lists of the note column).  A word too long for a narrow column, cut at
    its edge without a hyphen («Исполнительн» / «ый»), is joined whole when
    its rest cannot be a word or the whole word stands in `vocabulary` (the
    page's words, bare, lower case).  (That the word fills the line to the
    edge and is wider than the line does not tell it from a wrap: a wrapped
    long word ends as near the edge often enough.)
    With `loose` (text outside the tables, whose right edge is only a
    guess), a wrapped line must also go on in lower case, as in the PDF
    reader: approval and signature blocks stack short lines («И.П. Соколов»,
    «25» декабря…) that wrapping cannot explain.
    """
    texts = [line.text(tabs) for line in lines]
    out = texts[0] if texts else ""
    index = 1
    while index < len(lines):
        if pieces := _pieces_of_a_cut_word(lines, index, right):
            # A word cut into three pieces or more by a column a few letters wide («Засе» / «дани» / «е»):
            # its middle pieces joined as read, the whole word mended once.
            out = _joined_cut(out, "".join(texts[index : index + pieces - 1]) + texts[index + pieces - 1])
            index += pieces
            continue
        text, previous = texts[index], texts[index - 1]
        hyphenated = _HYPHEN_END.search(out) and text[:1].isalpha()
        # A range of numbers set without spaces wraps after its dash («2025–» / «2027 годы»).
        hyphenated = hyphenated or (_FIGURE_DASH_END.search(out) and text[:1].isdigit())
        # ... and a date too long for a narrow column after its month's point («15.02.» / «2027»).
        hyphenated = hyphenated or number_joined(previous.rsplit(" ", 1)[-1], text)
        # A line that opens with closing punctuation («:» of «Организаторы:») got it pushed over.
        if hyphenated or _CLOSING_ONLY.match(text[:1]):
            out = (out[:-1] if _typeset_hyphen(out, text) else out) + text
        elif _cut_word(lines[index - 1], lines[index], right, vocabulary):
            out = _joined_cut(out, text)
        elif _new_line(lines, index, text, previous, right, loose) or _next_item(out, text):
            out += "\n" + text
        else:
            out += " " + text
        index += 1
    return out


# A word cut by a column a few letters wide runs over at most this many lines after its head.
_MOST_PIECES = 4


def _pieces_of_a_cut_word(lines: list[Line], index: int, right: float) -> int:
    """How many lines from `index` on go on with the word cut at the end of line `index - 1`, where
    it is cut into three pieces or more (0 where it is not): a column a few letters wide breaks its
    words anywhere («Засе» / «дани» / «е», «само» / «деят» / «ельн» / «ых»), each piece in small
    letters, each but the last a line of its own of letters only, filled to the edge, the pieces
    joined a word of the dictionary (the longest such run: «Прав» / «ител» / «ьств» / «о», not its
    plural's three).  Two pieces are `_cut_word`'s to judge: one piece may be a word itself
    («дани»), joined it is none."""
    head = lines[index - 1].words[-1]
    if not _to_the_edge(head, right) or not head.text.isalpha():
        return 0
    word, found = head.text.lower(), 0
    for count in range(1, min(_MOST_PIECES, len(lines) - index) + 1):
        first = lines[index + count - 1].words[0]
        text = first.text.rstrip(".,;:»)")
        if not (text.isalpha() and text.islower()):
            break
        word += text
        if count >= 2 and lexicon.russian_word(word):
            found = count
        alone = len(lines[index + count - 1].words) == 1 and first.text.isalpha()
        if not alone or not _to_the_edge(first, right):
            break  # the word ends on this line
    return found


def _to_the_edge(word: Word, right: float) -> bool:
    """Does `word` end at the line's right edge, within `_CUT_SLACK` of its letters' width?"""
    return right - word.x1 <= _CUT_SLACK * (word.x1 - word.x0) / max(len(word.text), 1)


def _typeset_hyphen(out: str, text: str) -> bool:
    """Does `out` end with a hyphen the typesetter broke a word at (WeasyPrint's and browsers'
    `hyphens: auto`: «просветитель-» / «ская»)?  A scan does not tell it from a compound's own
    hyphen («смотр-» / «конкурса»), as the PDF reader tells U+2010: the PDF reader's rule (the two
    parts joined make a word of the dictionary), the next line going on in small letters."""
    return text[:1].islower() and hyphenated(out, text, any_hyphen=True)


def _joined_cut(out: str, text: str) -> str:
    """`out` going on with `text` without a space (a word cut at the line's end), the joined word's
    confused letter put back (`mend_word`): a cut word's head, no word alone, is mended only joined
    («общественное» + «тью»: «общественностью», an «с» read as «е»)."""
    head, rest = _WORD_END.search(out), _WORD_START.match(text)
    if head is None or rest is None:
        return out + text
    return out[: head.start()] + mend_word(head[0] + rest[0]) + text[rest.end() :]


def _new_line(lines: list[Line], index: int, text: str, previous: str, right: float, loose: bool) -> bool:
    """Does line `index` (`text`) start a new line of text (a bullet, a tab stop, a break the writer made)?"""
    if _BULLET.match(text) or "\t" in text + previous or _broken(lines, index, previous, right):
        return True
    if _opens_organizers(text, lines[index + 1].text() if index + 1 < len(lines) else ""):
        return True
    if dash_item(text, previous):
        return True  # a list typed with dashes, as in the PDF reader
    if _dates_apart(previous, text):
        return True
    return loose and not text[:1].islower() and not _CONTINUES.search(previous)


def _opens_organizers(text: str, following: str) -> bool:
    """Does the line open the organizers' paragraph (the label never goes on a wrapped line: as in
    the PDF reader, `opens_organizers`), its colon as read: lost before a name («Организаторы
    Правительство Москвы»), pushed onto the next line by a narrow column («Организаторы» / «: МАГ»),
    or on the next page with the names, the label alone ending the cell?"""
    if opens_organizers(text):
        return True
    label = ORGANIZERS_LABEL.match(text)
    if label is None:
        return False
    rest = text[label.end() :].lstrip()
    if not rest:  # (alone ending the cell: its colon and names on the next page, a row cut there)
        return following.startswith(":") or not following
    return rest[0].isupper() or rest[0] in OPENING_QUOTES


def _next_item(out: str, text: str) -> bool:
    """Does `text` open the next item of a list lettered or numbered with a bracket, under its
    lead-in («…Победы:» / «а) формирование» / «оргкомитета» / «б) утверждение»), or of a list
    typed with dashes whose item above wrapped («– возложение» / «венков;» / «– концерт»)?"""
    paragraph = out.rsplit("\n", 1)[-1]
    if dash_item(text, paragraph):
        return True
    if not _LETTERED_ITEM.match(text):
        return False
    return paragraph.rstrip().endswith(":") or _LETTERED_ITEM.match(paragraph) is not None


def _dates_apart(previous: str, text: str) -> bool:
    """Are two lines two dates of a list, one a line («15 февраля» / «19 апреля»): each a date
    wording by itself, and together none?  A wrapped date reads as one joined («15 февраля» /
    «2027 г.»), a wrapped range ends its first line on its dash («январь –» / «февраль»).  (The PDF
    reader knows the writer's paragraphs from its space glyphs; OCR sees only where lines end.)"""
    return looks_like_period(previous) and looks_like_period(text) and not looks_like_period(f"{previous} {text}")


def _cut_word(previous: Line, line: Line, right: float, vocabulary: frozenset[str]) -> bool:
    """Does `previous` end with a word cut at the edge that `line` goes on with?"""
    last, first = previous.words[-1], line.words[0]
    if not (last.text[-1:].isalpha() and "-" not in last.text and first.text[:1].isalpha()):
        return False
    if not first.text[:1].islower() or not _to_the_edge(last, right):
        return False
    text = _in_script_of(first.text, last.text)
    rest = bare(text).rstrip("}]")  # («чно}»: a closing bracket read as a brace, mended later)
    # «г.», «ул.»: an abbreviation, a word of its own.
    if len(rest) <= _SHORT_REST and rest.isalpha() and rest not in _SHORT_WORDS and "." not in text:
        return True  # «ный», «тью», «ми»: no word, the end of one
    if len(rest) == 1 and rest in _SHORT_WORDS and text[1:2] == ",":
        # «Мэрия» / «г, Бишкек»: the abbreviation of «город» or «год», its point read as a comma (a
        # 1-bit scan's); the rest of a word only where the two make one («Петербур» / «г,»).
        return known_word(last.text + rest, vocabulary) or bool(is_word(bare(last.text) + rest))
    # No word opens with its rest («ческих»), or joined it is a word the page prints whole: the
    # same rules as the PDF reader's.
    if rest_of_a_cut_word(text) or known_word(last.text + text, vocabulary):
        return True
    # A word of the Russian dictionary whole whose head is none, however short its rest («Антикоррупционна»
    # / «я»: «я» is a word too).
    if _lexicon_cut(bare(last.text), rest):
        return True
    # A word is cut only when it is wider than the whole line: it stands alone on it.
    return len(previous.words) == 1 and _dictionary_cut(bare(last.text), rest)


def _in_script_of(word: str, before: str) -> str:
    """«c» after «согласованию» → «с»: a short word read wholly in Latin look-alikes after a Cyrillic
    word is Cyrillic, so the preposition that opens a line is not taken for a cut word's Latin rest."""
    letters = word.rstrip(".,:;")
    look_alike = bool(letters) and len(letters) <= _SHORT_REST and set(letters) <= set(LATIN_LOOKS)
    if not look_alike or not _CYRILLIC.search(before):
        return word
    return word.translate(_TO_CYRILLIC)


def _lexicon_cut(head: str, rest: str) -> bool:
    """Joined, are `head` and `rest` a word of the Russian dictionary (`lexicon`), and `head` alone none?"""
    return head.isalpha() and rest.isalpha() and lexicon.russian_word(head + rest) and not lexicon.russian_word(head)


def _dictionary_cut(head: str, rest: str) -> bool:
    """Are `head` and `rest` the two parts of one word, by Tesseract's dictionary?

    Joined they make a word («правительств» + «о»), or neither part is one
    («внешнеэконо» + «мических»: a word too rare for the dictionary, cut).
    Tesseract's dictionary lacks many a word of office Russian that the
    Russian one (`lexicon`, as the PDF reader asks) has: joined a word of it,
    and the head none, they are one too («Культоргани» + «затор»).
    """
    if not (head.isalpha() and rest.isalpha()):
        return False
    if _lexicon_cut(head, rest):
        return True
    joined = is_word(head + rest)
    if joined is None:
        return False
    return joined or (len(head) >= _LONG_HEAD and not is_word(head) and not is_word(rest))


def _broken(lines: list[Line], index: int, previous: str, right: float) -> bool:
    """Did the writer end line `index - 1` on purpose (the next word would have fitted)?"""
    return not _CONTINUES.search(previous) and _fits(lines[index - 1], lines[index], right)


def _fits(previous: Line, line: Line, right: float) -> bool:
    """Would the first word of `line` have fitted at the end of `previous`?"""
    words = line.words
    # «г.», «в», «на» are bound to the next word by a non-breaking space.
    end = words[1].x1 if len(words) > 1 and len(words[0].text.rstrip(".,")) <= _BOUND_WORD else words[0].x1
    ink = end - words[0].x0
    return previous.x1 + (_SPACE_WIDTH + _BEARINGS) * previous.size + ink <= right
