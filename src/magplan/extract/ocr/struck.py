"""Words struck through: the text a tracked change deletes, printed with the changes shown.

LibreOffice prints a document with its tracked changes shown by default: the deleted text struck
through (a line across its small letters' height, from its first letter to its last), the
inserted text underlined.  The text readers keep the accepted view (`pdf.read._without_deletions`,
`w:del` skipped in DOCX); a scan shows both, and Tesseract reads a struck word as garble
(«O6usree-co6panne-» for «Общее собрание»).  A struck word is left out, and said so in a warning.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

from magplan.extract.ocr.image import Image, runs
from magplan.extract.ocr.tesseract import Word

# A strike crosses a word's box between these shares of its height (from the top; an underline
# stands at its foot, a blank's stroke on its baseline) ...
_STRIKE_BAND = (0.2, 0.7)
# ... along this share of its width at least (a scan breaks it for a pixel: `_BRIDGE` closes that).
_STRIKE_SPAN = 0.9
_BRIDGE = 2
# ... with one break a pixel wide at most, or one every this many box heights of its length (the
# bars of small letters set close break at every letter's edge) ...
_BREAK_EVERY = 3
# ... and a part strike starts or ends within this many pixels of the box's edge.
_END_SLACK = 3
# A strike garbles Tesseract's reading: a word read at least this surely (0-100) is unstruck print,
# however its letters run together along a row (small print at 200 dpi, bold print blurred).
_SURE = 85.0
# A word of fewer letters and figures than this (a letter's crossbar spans «Н» along its middle)
# is struck only beside a longer struck word whose strike runs at its height, within this share
# of its box's height («1.» of a deleted row beside its struck name).
_LETTERS = 3
_THIN = 0.15
# A strike over a word's first or last part only (a deletion Tesseract read glued to the insertion
# beside it, «мартапрель»): at least this many box heights long (a run of «е» and «н» bars is
# shorter), leaving at least this many.
_PART = 2.5
_LEFT = 0.5
# A strike crosses ink reaching this many box heights above and below it along this share of it.
_THROUGH = 0.3
_CROSSED = 0.3


@dataclass(frozen=True, slots=True)
class Strike:
    """A line drawn across a word's small letters: the page row it runs on, its ends, and whether
    it strikes the whole word (else its first or last part)."""

    row: float
    x0: int
    x1: int
    whole: bool


@dataclass(slots=True)
class Struck:
    """The words of a page struck through whole, and those struck in part, with the x range (page
    pixels) of what is left unstruck of each."""

    whole: list[Word] = field(default_factory=list)
    parts: list[tuple[Word, int, int]] = field(default_factory=list)


def struck_words(words: list[Word], bw: Image) -> Struck:
    """The words struck through in the page's ink (`bw`, 255), whole or in part."""
    strikes = {id(w): strike for w in words if w.conf < _SURE and (strike := _strike(w, bw)) is not None}
    long = [w for w in words if id(w) in strikes and _letters(w) >= _LETTERS]
    out = Struck()
    for word in words:
        strike = strikes.get(id(word))
        if strike is None:
            continue
        beside = any(_struck_beside(word, strike, other, strikes[id(other)]) for other in long)
        if _letters(word) < _LETTERS and not beside:
            continue
        if strike.whole:
            out.whole.append(word)
        elif strike.x0 <= word.x0 + _END_SLACK:
            out.parts.append((word, strike.x1 + 1, word.x1))
        else:
            out.parts.append((word, word.x0, strike.x0 - 1))
    return out


def _struck_beside(word: Word, strike: Strike, other: Word, line: Strike) -> bool:
    """Does the longer struck word `other` stand on `word`'s line, its strike (`line`) at the height
    of `word`'s own (`_THIN` of its box's height)?"""
    overlap = min(word.y1, other.y1) - max(word.y0, other.y0)
    return overlap > 0.5 * (word.y1 - word.y0) and abs(line.row - strike.row) <= _THIN * (word.y1 - word.y0)


def _letters(word: Word) -> int:
    return sum(ch.isalnum() for ch in word.text)


def _strike(word: Word, bw: Image) -> Strike | None:
    """The line across the word's small letters, over all its width or from one end of its box
    (`_PART` box heights at least), if one is drawn."""
    if not _letters(word):
        return None  # a dash is all stroke
    box = bw[word.y0 : word.y1, word.x0 : word.x1] > 0
    height, width = box.shape
    if height < 4 or width < 4:
        return None
    lo, hi = (round(share * height) for share in _STRIKE_BAND)
    band = cv2.dilate(box[lo:hi].astype(np.uint8), np.ones((1, _BRIDGE), np.uint8)) > 0
    # The longest run of ink along a row of the band: (length, row, start); of the rows as long,
    # the most solid one (a strike two pixels thick or more has a ragged edge row).
    found = [(end - start, row, start) for row, pixels in enumerate(band) for start, end in runs(pixels)]
    if not found:
        return None
    longest = max(run[0] for run in found)
    breaks, length, row, start = min(
        (_breaks(box[lo + row, start : start + length]), length, row, start)
        for length, row, start in found
        if length == longest
    )
    at = lo + row
    # A printed line is solid: a scan breaks it a pixel wide here and there, not at every letter's
    # edge as the bars of letters set close do («нее», their mid bars a pixel apart).
    if breaks > max(1, length // (_BREAK_EVERY * height)):
        return None
    # A strike runs through its letters: ink above and below it along much of it.  The tops of
    # small letters in a row (bridged across their gaps: «ета» at their height, a «т»'s bar) have
    # ink under them only.
    reach = max(round(_THIN * height), 2)
    span, through = box[:, start : start + length], round(_THROUGH * height)
    above = span[max(at - through, 0) : max(at - reach, 0)].any(axis=0)
    below = span[at + reach + 1 : at + through + 1].any(axis=0)
    if (above & below).sum() < _CROSSED * length:
        return None
    whole = length >= _STRIKE_SPAN * width
    first, last = start <= _END_SLACK, start + length >= width - _END_SLACK
    left = width - length  # what a part strike leaves unstruck
    if not whole and not ((first or last) and length >= _PART * height and left >= _LEFT * height):
        return None
    return Strike(float(word.y0 + at), word.x0 + start, word.x0 + start + length - 1, whole)


def _breaks(row: np.ndarray) -> int:
    """How many gaps part the ink along a row of pixels."""
    inked = np.flatnonzero(row)
    return int(np.count_nonzero(np.diff(inked) > 1))
