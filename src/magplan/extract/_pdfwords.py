"""Words of a PDF page → lines → text, for `magplan.extract.pdf`.

A PDF has no paragraphs, only positioned words.  Lines are rebuilt from the
words' vertical overlap, footnote markers from their size and raised
baseline, and paragraphs from the geometry of line wrapping: a line ends a
paragraph when the next line's first word would have fitted after it (the
writer broke the line on purpose), and continues it otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from magplan.text import superscript

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

_BULLET = re.compile(r"^[•·▪◦●∙]")
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


def page_words(page: Any) -> list[Word]:
    """The page's words, split where the font size changes (markers stand apart)."""
    return [
        Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"], w["size"])
        for w in page.extract_words(extra_attrs=["size"], keep_blank_chars=False, use_text_flow=False)
        if w["upright"]
    ]


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


def _fits(previous: Line, line: Line, right: float) -> bool:
    """Would the first word of `line` have fitted at the end of `previous`?"""
    words = line.words
    unit_end = words[1].x1 if len(words) > 1 and len(words[0].text.rstrip(".,")) <= BOUND_WORD else words[0].x1
    return previous.x1 + SPACE_WIDTH * previous.size + (unit_end - words[0].x0) <= right + FIT_TOLERANCE


def join_lines(lines: list[Line], right: float, tabs: bool = False, loose: bool = False) -> str:
    """Lines of one text box (a cell, a paragraph) as text: ``\\n`` only between paragraphs.

    `right` is where the box's lines may end; a word broken at a hyphen is
    joined back, keeping the hyphen («смотр-» + «конкурса»).  With `loose`
    (text outside tables, whose right edge is only a guess), a wrapped line
    must also go on in lower case: approval and signature blocks stack short
    lines («_____ И.П. Соколов», «25» декабря…) that wrapping cannot explain.
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
            or _fits(lines[index - 1], lines[index], right)
        ):
            out += "\n" + text
        else:
            out += " " + text
    return out
