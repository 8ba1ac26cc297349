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

from magplan.extract.ocr.image import Image
from magplan.extract.ocr.tesseract import Word

# A strike crosses a word's box between these shares of its height (from the top; an underline
# stands at its foot, a blank's stroke on its baseline) ...
_STRIKE_BAND = (0.2, 0.7)
# ... along this share of its width at least (a scan breaks it for a pixel or two: `_BRIDGE`).
_STRIKE_SPAN = 0.9
_BRIDGE = 2
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
    """A line drawn across a word's small letters: the page row it runs on and its ends."""

    row: float
    x0: int
    x1: int


@dataclass(slots=True)
class Struck:
    """The words of a page struck through whole, and those struck in part, with the x range (page
    pixels) of what is left unstruck of each."""

    whole: list[Word] = field(default_factory=list)
    parts: list[tuple[Word, int, int]] = field(default_factory=list)


def struck_words(words: list[Word], bw: Image) -> Struck:
    """The words struck through in the page's ink (`bw`, 255), whole or in part."""
    strikes = {id(w): strike for w in words if w.conf < _SURE and (strike := _strike(w, bw)) is not None}
    long = [strikes[id(w)].row for w in words if id(w) in strikes and _letters(w) >= _LETTERS]
    out = Struck()
    for word in words:
        strike = strikes.get(id(word))
        if strike is None:
            continue
        height = word.y1 - word.y0
        reach = _THIN * height
        if _letters(word) < _LETTERS and not any(abs(row - strike.row) <= reach for row in long):
            continue
        if strike.x1 - strike.x0 >= _STRIKE_SPAN * (word.x1 - word.x0):
            out.whole.append(word)
        elif strike.x0 <= word.x0 + _BRIDGE and word.x1 - strike.x1 >= _LEFT * height:
            out.parts.append((word, strike.x1 + 1, word.x1))
        elif strike.x1 >= word.x1 - _BRIDGE and strike.x0 - word.x0 >= _LEFT * height:
            out.parts.append((word, word.x0, strike.x0 - 1))
    return out


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
    best: tuple[int, int, int] | None = None  # (length, row, start)
    for row, pixels in enumerate(band):
        start, length = _longest_run(pixels)
        if best is None or length > best[0]:
            best = (length, row, start)
    if best is None:
        return None
    length, row, start = best
    # A strike runs through its letters: ink above and below it along much of it.  The tops of
    # small letters in a row (bridged across their gaps: «ета» at their height, a «т»'s bar) have
    # ink under them only.
    at = lo + row
    reach = max(round(_THIN * height), 2)
    span, through = box[:, start : start + length], round(_THROUGH * height)
    above = span[max(at - through, 0) : max(at - reach, 0)].any(axis=0)
    below = span[at + reach + 1 : at + through + 1].any(axis=0)
    if (above & below).sum() < _CROSSED * length:
        return None
    whole = length >= _STRIKE_SPAN * width
    at_end = start <= _BRIDGE or start + length >= width - _BRIDGE
    if not whole and not (at_end and length >= _PART * height):
        return None
    return Strike(float(word.y0 + lo + row), word.x0 + start, word.x0 + start + length - 1)


def _longest_run(row: np.ndarray) -> tuple[int, int]:
    """The start and length of the longest run of True in a row of pixels."""
    edges = np.flatnonzero(np.diff(np.r_[False, row, False].astype(np.int8)))
    if not edges.size:
        return 0, 0
    lengths = edges[1::2] - edges[0::2]
    at = int(np.argmax(lengths))
    return int(edges[0::2][at]), int(lengths[at])
