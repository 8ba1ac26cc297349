"""Blanks to fill in by hand («"__" ______ 2026 г.», «_____ А.Н. Кравцов»), read from their ink.

Tesseract reads a run of underscores as nothing, or as «и», «oo», «¹» and
the like.  A blank is a flat stroke standing on the baseline of a line of
text outside the tables: it becomes as many underscores as its length holds
(an underscore is half the font size long), with the straight quotes
raised at either side of it, and what Tesseract made of it goes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import cv2
import numpy as np
import numpy.typing as npt

from magplan.extract.ocr.grid import TableGrid
from magplan.extract.ocr.image import Image, components
from magplan.extract.ocr.stats import median
from magplan.extract.pdf.words import Word

# Capitals stand this share of the font size tall; an underscore is half the font size long.
_CAP_PER_EM = 0.68
_UNDERSCORE_EM = 0.5
# A blank is at most this many capitals thick, at least this many long, and this many
# times as long as it is thick; a rule across the page is no blank.
_THICK = 0.3
_LONG = 1.2
_FLAT = 4
_LONGEST = 15
# It stands no higher above the baseline of its line than this many capitals (a dash stands
# at half the height of small letters).
_ON_BASELINE = 0.2
# Quotation marks: small marks up at the capitals' top, within this many capitals of the blank.
_QUOTE_REACH = 0.7
_QUOTE_SIZE = 0.7
# A blank is printed black: a stroke never darker than this gray (0-255) on the page as Tesseract
# reads it is the remains of a pen's stroke whose ink was taken off, not print.
_FAINT = 130
# A word boxed with the blank keeps the part past its end where glyphs at least this many capitals
# tall stand (letters, not specks or the blank's ragged end).
_LETTER_BESIDE = 0.5
# A word of this many letters at least, as many of them inked over a stroke, underlines it.
_UNDERLINED_LETTERS = 3


@dataclass(slots=True, frozen=True)
class _Stroke:
    x0: int
    y0: int
    x1: int
    y1: int


def fill_in_blanks(
    words: list[Word],
    bw: Image,
    tables: list[TableGrid],
    capital: float | None,
    reread: Callable[[Word], str | None] | None = None,
    clean: Image | None = None,
) -> list[Word]:
    """`words` (outside the tables) with the blanks of their lines written as underscores.

    A word Tesseract boxed over a blank and the letters after it keeps the part of its box past
    the blank; `reread` reads that part again (what Tesseract made of the blank and the letters
    as one word may be neither: «COL.» for «_____ Ю.Н.» of a 1-bit scan), None keeping the reading.
    `clean`: the page as Tesseract reads it (gray), where a blank's ink is black.
    """
    if not capital or not words:
        return words
    marks = _marks(bw, tables, capital)
    out = list(words)
    crossed = set(marks["crossed"])
    for stroke in marks["strokes"] + marks["crossed"]:
        line = [w for w in out if _on_line(w, stroke, capital)]
        if not line:
            continue
        if stroke in crossed and not _misread_blank(stroke, line, capital):
            continue
        if _underlined(stroke, line, bw, capital):
            continue  # a rule under words (a header's), not a blank beside them
        if clean is not None and _faint(stroke, clean):
            continue  # a pen's gray remains beside a line («__ генеральный директор»)
        baseline = median([w.bottom for w in line if "_" not in w.text] or [stroke.y1])
        if stroke.y0 < baseline - _ON_BASELINE * capital:
            continue  # a dash, not a blank
        x0, x1 = stroke.x0, stroke.x1
        text = "_" * max(2, round((x1 - x0) / (_UNDERSCORE_EM * capital / _CAP_PER_EM)))
        before = _quote(marks["small"], stroke, capital, left=True)
        after = _quote(marks["small"], stroke, capital, left=False)
        if before is not None and after is not None:
            text, x0, x1 = f'"{text}"', before.x0, after.x1
        elif (opening := _quote(marks["small"], stroke, capital, left=True, low=True)) and (
            closing := _quote(marks["small"], stroke, capital, left=False, low=True)
        ):
            text, x0, x1 = f"«{text}»", opening.x0, closing.x1
        # What Tesseract read there is the blank misread; words beside it stay, and so does a word
        # whose box it ran over the blank.
        out = [kept for w in out if (kept := _beside_blank(w, stroke, (x0, x1), bw, capital, reread)) is not None]
        # Its box down to the stroke: a word without ink in its box is taken for a phantom.
        top = min(w.top for w in line)
        bottom = max([w.bottom for w in line] + [stroke.y1 + 1.0])
        out.append(Word(text, float(x0), float(x1), top, bottom, line[0].size))
    return out


def _marks(bw: Image, tables: list[TableGrid], capital: float) -> dict[str, list[_Stroke]]:
    """Flat strokes and small marks of the page outside its tables, and the flat strokes that
    something else ran into (`crossed`).

    A pen's stroke across a blank leaves, once its ink is taken off, gray
    remains that the page's threshold keeps, joined to the blank: one
    component, no longer flat (Tesseract, reading the page as it is, read the
    blank «2.»).  Cut at every run of ink shorter than a blank is long, it is
    the blank again.
    """
    strokes, small = _flat_and_small(bw, tables, capital)
    opened = cv2.morphologyEx(bw, cv2.MORPH_OPEN, np.ones((1, max(round(_LONG * capital), 1)), np.uint8))
    crossed = [s for s in _flat_and_small(opened, tables, capital)[0] if not any(_overlap(s, t) for t in strokes)]
    return {"strokes": strokes, "small": small, "crossed": crossed}


def _flat_and_small(bw: Image, tables: list[TableGrid], capital: float) -> tuple[list[_Stroke], list[_Stroke]]:
    """The boxes of the flat strokes and of the small marks of `bw` outside the tables."""
    _count, _labels, stats = components(bw)
    x, y, w, h = (stats[1:, k].astype(np.int64) for k in range(4))
    outside = np.ones(len(x), bool)
    cx, cy = x + w / 2, y + h / 2
    for t in tables:
        outside &= ~((t.x0 <= cx) & (cx < t.x1) & (t.y0 <= cy) & (cy < t.y1))
    flat = (h <= _THICK * capital) & (w >= _LONG * capital) & (w <= _LONGEST * capital) & (w >= _FLAT * h)
    small = (h <= _QUOTE_SIZE * capital) & (w <= _QUOTE_SIZE * capital) & ~flat

    def boxes(keep: npt.NDArray[np.bool_]) -> list[_Stroke]:
        picked = zip(x[keep], y[keep], w[keep], h[keep], strict=True)
        return [_Stroke(int(a), int(b), int(a + c), int(b + d)) for a, b, c, d in picked]

    return boxes(outside & flat), boxes(outside & small)


def _faint(stroke: _Stroke, clean: Image) -> bool:
    """Is the stroke nowhere black on the page Tesseract reads?"""
    box = clean[stroke.y0 : stroke.y1, stroke.x0 : stroke.x1]
    return bool(box.size) and int(box.min()) > _FAINT


def _overlap(a: _Stroke, b: _Stroke) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def _misread_blank(stroke: _Stroke, line: list[Word], capital: float) -> bool:
    """Did Tesseract read the crossed stroke as marks without a letter («2.», one figure) or as
    letters boxed as flat as the stroke («о» 5 pixels tall)?  Under a word of letters' height the stroke is an
    underline that letters touch; under no word at all, the flat remains of a pen's stroke (or a
    rule) beside the line."""
    over = [w for w in line if _within(w, stroke.x0, stroke.x1)]
    # Figures as letters: a year over a line a photo's shadow or fold draws under it («2022»).
    lettered = [w for w in over if any(ch.isalpha() for ch in w.text) or sum(ch.isdigit() for ch in w.text) > 1]
    return bool(over) and all(w.bottom - w.top < _LETTER_BESIDE * capital for w in lettered)


def _underlined(stroke: _Stroke, line: list[Word], bw: Image, capital: float) -> bool:
    """Do words stand over the stroke along half its length at least, their letters' ink above
    it: a rule drawn under a line of text (a borderless table's header, «№  Мероприятие» over
    its cell's bottom border), no blank beside the text?  What Tesseract read over a blank is
    the blank misread, its box holding no letter of its own."""
    covered = 0.0
    for word in line:
        if sum(ch.isalpha() for ch in word.text) < _UNDERLINED_LETTERS or not _within(word, stroke.x0, stroke.x1):
            continue
        # Only the ink right over the stroke: a word boxed with a blank has its letters beside it.
        x0, x1 = int(max(word.x0, stroke.x0)), int(min(word.x1, stroke.x1)) + 1
        above = bw[int(word.top) : max(stroke.y0, int(word.top)), x0:x1]
        blobs = components(above)[2][1:] if above.size else np.zeros((0, 5), np.int64)
        if int((blobs[:, 3] >= _LETTER_BESIDE * capital).sum()) >= _UNDERLINED_LETTERS:
            covered += x1 - 1 - x0
    return covered >= 0.5 * (stroke.x1 - stroke.x0)


def _on_line(word: Word, stroke: _Stroke, capital: float) -> bool:
    """Does `word` stand on the line whose baseline the stroke lies on (or is it the stroke, boxed
    as flat as it and read as a letter, «о»)?"""
    if word.top < stroke.y0 and word.bottom > stroke.y0 - capital:
        return True
    return word.bottom - word.top < _LETTER_BESIDE * capital and word.top <= stroke.y1 and word.bottom >= stroke.y0


def _off_the_blank(word: Word, x0: float, x1: float, bw: Image, capital: float) -> Word | None:
    """`word` if it stands beside the blank from `x0` to `x1`; None if it is the blank misread.

    Tesseract may box the blank with the word after it as one («_____ Ю.Н.»
    read «Ю.Н.» over both): where letters stand in the box past the blank's
    end, the reading is theirs, and the word keeps that part of its box.
    """
    if not _within(word, x0, x1):
        return word
    if word.x1 - x1 < _LETTER_BESIDE * capital:
        return None
    blobs = components(bw[int(word.top) : int(word.bottom) + 1, int(x1) + 1 : int(word.x1) + 1])[2][1:]
    letters = blobs[blobs[:, 3] >= _LETTER_BESIDE * capital]
    if not len(letters):
        return None
    return Word(word.text, x1 + 1.0 + float(letters[:, 0].min()), word.x1, word.top, word.bottom, word.size)


def _beside_blank(
    word: Word,
    stroke: _Stroke,
    span: tuple[float, float],
    bw: Image,
    capital: float,
    reread: Callable[[Word], str | None] | None,
) -> Word | None:
    """`word` as it stands by the blank `stroke` spanning `span` (`_off_the_blank`): the part of its
    box past the blank read again by `reread` where Tesseract boxed the two together."""
    if not _on_line(word, stroke, capital):
        return word
    kept = _off_the_blank(word, span[0], span[1], bw, capital)
    if kept is None or kept is word or reread is None:
        return kept
    text = reread(kept)
    return replace(kept, text=text) if text else kept


def _within(word: Word, x0: float, x1: float) -> bool:
    overlap = min(word.x1, x1) - max(word.x0, x0)
    return overlap >= 0.5 * max(word.x1 - word.x0, 1.0)


def _quote(small: list[_Stroke], stroke: _Stroke, capital: float, left: bool, low: bool = False) -> _Stroke | None:
    """The raised quotation mark just before (after) the blank, if one stands there; with `low`,
    the angle quote («, ») set at the small letters' middle instead."""
    reach = _QUOTE_REACH * capital
    top, bottom = (0.9, 0.0) if low else (1.3, 0.4)
    found = [
        m
        for m in small
        if m.y1 <= stroke.y0 - bottom * capital
        and m.y0 > stroke.y0 - top * capital
        and (not low or m.y1 > stroke.y0 - 0.4 * capital)
        and (stroke.x0 - reach <= m.x1 <= stroke.x0 + 1 if left else stroke.x1 - 1 <= m.x0 <= stroke.x1 + reach)
    ]
    if not found:
        return None
    # A quotation mark is two ticks: the box round both.
    x0, y0 = min(m.x0 for m in found), min(m.y0 for m in found)
    return _Stroke(x0, y0, max(m.x1 for m in found), max(m.y1 for m in found))
