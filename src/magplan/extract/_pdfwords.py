"""Words of a PDF page → lines → text, for `magplan.extract.pdf`.

A PDF has no paragraphs, only positioned words.  Lines are rebuilt from the
words' vertical overlap, footnote markers from their size and raised
baseline, and paragraphs from the geometry of line wrapping: a line ends a
paragraph when the next line's first word would have fitted after it (the
writer broke the line on purpose), and continues it otherwise.

Where the writer leaves the space glyph at the end of a wrapped line (as
LibreOffice does, unless the space itself would overflow the line), a line
that ends without one, short of the edge by more than a space, was broken on
purpose even when the next word would not have fitted (``Москвы`` /
``Организаторы: …``), or it holds the start of a word too long for the
column, which the layout engine breaks without a hyphen (``Екатеринбу`` /
``рг``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from statistics import median
from typing import Any

from magplan.normalize.dates import looks_like_period
from magplan.text import BULLET_GLYPHS, superscript

# A marker is printed smaller than its line and raised above its baseline.
RAISED_SIZE = 0.85
RAISED_LIFT = 0.2
# A gap of this many font sizes inside a line is a tab stop, not a space
# («генеральный директор МАГ      Ю.Н. Васюнькин»).
TAB_GAP = 2.0
# Width of the space that would precede a word moved up a line, in font sizes.
SPACE_WIDTH = 0.25
# Slack (points) for rounding in the writer's line-fitting decision.  Wrapped
# lines of real documents miss by as little as a quarter point, so none.
FIT_TOLERANCE = 0.0
# Words this short («г.», «в», «на») are usually bound to the next one by a
# non-breaking space, which PDFs print like any other space.
BOUND_WORD = 2
# A word broken without a hyphen fills its line: less than this many average
# character widths of the rest of the word are left before the right edge.
BROKEN_WORD_SLACK = 1.2
# A line that starts this close (points) to the box's left edge is left-aligned, not centred.
LEFT_SLACK = 1.0
# Vowelless words («в течение года», «с 1 по 5 июля»): any other lower-case
# word without a vowel, or one that starts with «ь», «ъ», «ы», is the rest of
# a word broken at the line end («Екатеринбу» / «рг», «исполнительн» / «ый»).
_VOWELLESS_WORDS = {"в", "к", "с"}
_VOWELS = set("аеёиоуыэюяaeiouy")
_WORD_END = ',;:)»”"'
_AROUND_WORD = ",.;:!?()«»“”\"'"

_BULLET = re.compile(f"^[{BULLET_GLYPHS}]")
_CLOSING = set(")]}»”,.;:!?")
# A line ending in a hyphen after a letter: the word goes on on the next line.
_HYPHEN_END = re.compile(r"(?<=\w)[-\u2010\u00ad]$")


@dataclass(slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    raised: bool = False
    # The writer printed a space glyph right after the word (see the module docstring).
    space_after: bool = False

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(slots=True)
class Line:
    words: list[Word] = field(default_factory=list)
    top: float = 0.0
    bottom: float = 0.0
    size: float = 0.0

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    def text(self, tabs: bool = False) -> str:
        """The line's words; a raised marker glued to the word it follows."""
        parts: list[str] = []
        previous: Word | None = None
        for word in self.words:
            if word.raised:
                parts.append(superscript(word.text))
            else:
                if previous is not None:
                    wide = tabs and word.x0 - previous.x1 > TAB_GAP * self.size
                    parts.append("\t" if wide else " ")
                parts.append(word.text)
            previous = word
        return "".join(parts)


@dataclass(slots=True, frozen=True)
class WrapMarks:
    """How a writer marks its wraps: a space glyph `space_em` font sizes wide ends each wrapped line."""

    space_em: float
    # The document's words (bare, lower case): a word cut at a line end is often printed whole elsewhere.
    vocabulary: frozenset[str] = frozenset()


def bare(text: str) -> str:
    """A word without the punctuation around it, in lower case («(ориентировочно)» → «ориентировочно»)."""
    return text.strip(_AROUND_WORD).lower()


@dataclass(slots=True)
class PageWords:
    words: list[Word]
    # Space glyphs that end a line (the next glyph in the content stream is lower
    # on the page): evidence that the writer marks wraps with them.
    wrap_spaces: int
    space_em: float | None  # the width of a space glyph in font sizes


def page_words(page: Any) -> PageWords:
    """The page's words, split where the font size changes (markers stand apart)."""
    chars = page.chars
    spaces: set[tuple[int, int]] = set()
    widths: list[float] = []
    wraps = 0
    for index, char in enumerate(chars):
        if char["text"] == " ":
            spaces.add((round(char["top"]), round(char["x0"])))
            widths.append((char["x1"] - char["x0"]) / (char["size"] or 1.0))
            following = chars[index + 1] if index + 1 < len(chars) else None
            if following is not None and following["top"] > char["bottom"]:
                wraps += 1
    words = []
    for w in page.extract_words(extra_attrs=["size"], keep_blank_chars=False, use_text_flow=False):
        if w["upright"]:
            top, x1 = round(w["top"]), round(w["x1"])
            after = any((t, x) in spaces for t in (top - 1, top, top + 1) for x in (x1 - 1, x1, x1 + 1))
            words.append(Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"], w["size"], space_after=after))
    return PageWords(words, wraps, median(widths) if widths else None)


def group_lines(words: Iterable[Word]) -> list[Line]:
    """Words into lines, top to bottom; words of a line ordered left to right."""
    lines: list[Line] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        line = lines[-1] if lines else None
        # Half of the smaller height must overlap: a raised marker still joins its line.
        if line is not None and min(line.bottom, word.bottom) - max(line.top, word.top) >= 0.5 * min(
            line.bottom - line.top, word.bottom - word.top
        ):
            line.words.append(word)
            line.top, line.bottom = min(line.top, word.top), max(line.bottom, word.bottom)
        else:
            lines.append(Line([word], word.top, word.bottom))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
        base = max(line.words, key=lambda w: w.size)
        line.size = base.size
        for word in line.words:
            word.raised = word.size < RAISED_SIZE * base.size and word.bottom < base.bottom - RAISED_LIFT * base.size
    return lines


def _fits(previous: Line, line: Line, right: float, space_em: float = SPACE_WIDTH) -> bool:
    """Would the first word of `line` have fitted at the end of `previous`?

    `space_em` is the font's space width when the document shows it (0.28 in
    Liberation Sans, 0.32 in DejaVu): wraps miss the edge by a fraction of a point.
    """
    words = line.words
    unit_end = words[1].x1 if len(words) > 1 and len(words[0].text.rstrip(".,")) <= BOUND_WORD else words[0].x1
    return previous.x1 + space_em * previous.size + (unit_end - words[0].x0) <= right + FIT_TOLERANCE


def _broken_word(previous: Line, line: Line, left: float | None, right: float) -> bool:
    """Does `previous` end with the start of a word that goes on at the start of `line`?

    Only a word too long for the whole line is broken without a hyphen, so its
    start fills the line from edge to edge, and the engine breaks at a hyphen
    if the word has one.
    """
    last, first = previous.words[-1], line.words[0]
    char = (first.x1 - first.x0) / max(len(first.text), 1)
    return (
        (left is None or previous.x0 - left < LEFT_SLACK)
        and last.text[-1:].isalpha()
        and "-" not in last.text
        and first.text[:1].isalpha()
        and first.text[:1].islower()
        and not (first.text in _VOWELLESS_WORDS and len(line.words) > 1)
        and right - last.x1 < BROKEN_WORD_SLACK * char
    )


def _not_a_word(text: str) -> bool:
    """A lower-case word that Russian spelling rules out: the rest of a broken word."""
    letters = text.rstrip(_WORD_END)
    return (
        letters.isalpha()
        and letters.islower()
        and (letters[0] in "ьъы" or (letters not in _VOWELLESS_WORDS and not _VOWELS & set(letters)))
    )


def _unmarked_end(previous: Line, line: Line, rest: str, left: float | None, right: float, marks: WrapMarks) -> str:
    """What joins a line that ends without the wrap's space glyph to the next.

    The engine drops that space when it would overflow the line, and from
    centred lines; a left-aligned line that stops short of the edge by more
    than a space ended on purpose (a paragraph or line break) or was cut
    inside a word too long for it.  Close to the edge, a cut word is told from
    a wrap by its rest («рг», «ый») or by the whole word printed elsewhere in
    the document.  A date wording (`rest`, the box's text from `line` on) is
    never the rest of a word: «Екатеринбург» may fill its line above «март».
    """
    aligned = left is None or previous.x0 - left < LEFT_SLACK
    spaced = aligned and right - previous.x1 > marks.space_em * previous.size
    first = line.words[0].text
    if (
        _broken_word(previous, line, left, right)
        and (spaced or _not_a_word(first) or bare(previous.words[-1].text + first) in marks.vocabulary)
        and not looks_like_period(bare(first).rstrip("-"))
        and not looks_like_period(rest)
    ):
        return ""
    return "\n" if spaced else " "


def join_lines(
    lines: list[Line],
    right: float,
    tabs: bool = False,
    loose: bool = False,
    marks: WrapMarks | None = None,
    left: float | None = None,
) -> str:
    """Lines of one text box (a cell, a paragraph) as text: ``\\n`` only between paragraphs.

    `right` is where the box's lines may end; a word broken at a hyphen is
    joined back, keeping the hyphen («смотр-» + «конкурса»).  With `loose`
    (text outside tables, whose right edge is only a guess), a wrapped line
    must also go on in lower case: approval and signature blocks stack short
    lines («_____ И.П. Соколов», «25» декабря…) that wrapping cannot explain.
    With `marks` (the writer marks wraps with a space glyph), a
    line without one that stops short of `right` by more than a space ends a
    paragraph or breaks a too long word; `left` is where the box's lines start.
    """
    texts = [line.text(tabs) for line in lines]
    out = texts[0] if texts else ""
    for index in range(1, len(lines)):
        text, previous = texts[index], texts[index - 1]
        if _HYPHEN_END.search(out) and text[:1].isalnum():
            out = (out[:-1] if out.endswith("\u00ad") else out) + text
        elif text[:1] in _CLOSING:  # only a too narrow column breaks a line before «)»
            out += text
        elif (
            _BULLET.match(text)
            or "\t" in text + previous
            or (loose and not text[:1].islower())
            or _fits(lines[index - 1], lines[index], right, marks.space_em if marks else SPACE_WIDTH)
        ):
            out += "\n" + text
        elif marks is not None and not lines[index - 1].words[-1].space_after:
            rest = " ".join(texts[index:])
            out += _unmarked_end(lines[index - 1], lines[index], rest, left, right, marks) + text
        else:
            out += " " + text
    return out
