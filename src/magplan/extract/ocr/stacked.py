"""Words Tesseract read over two lines at once, read again by themselves.

A browser's borderless table sets a row's cells one under another's lines («апрель» over
«2027 г.», «Дворец» over «молодёжи»), close together.  In the page's block Tesseract may take
such a cell's two lines for one line of tall letters and return a letter or three for it at
a low confidence («р», «рен»): the cell's text is lost.  Such a word's box, twice a line tall,
read by itself as a block of lines, comes back as the words printed there.
"""

from __future__ import annotations

from statistics import median

from magplan.extract.ocr.image import Image
from magplan.extract.ocr.mosaic import Region, padded_region, read_regions
from magplan.extract.ocr.tesseract import Word

# A word at least this many times as tall as the page's median word ...
STACKED = 1.8
# ... read with less confidence than this (0-100) may be two lines read as one: a heading's large
# print is read sure of itself (85-95).  «20» over «февраля» came back «espana» at 58.
UNSURE = 70.0
# Fewer words than this on a page give no median height to measure by.
_FEW = 5
# A word less tall than this share of the page's median word is a piece, not a word of its own.
_PIECE = 0.5


def read_stacked_again(page: Image, words: list[Word], dpi: int, parts: int = 1) -> list[Word]:
    """`words` with each one read over two lines (`STACKED`, `UNSURE`) replaced by the words its
    box reads alone, where they hold more letters and each is surer than it was."""
    if len(words) < _FEW:
        return words
    usual = median(w.height for w in words)
    # (Two lines of words are wider than they are tall: a tall narrow mark is a bracket, a speck.)
    suspects = [
        i for i, w in enumerate(words) if w.height >= STACKED * usual and w.conf < UNSURE and w.x1 - w.x0 >= w.height
    ]
    if not suspects:
        return words
    pad = max(round(usual / 4), 2)
    regions = [padded_region(w.x0, w.y0, w.x1, w.y1, pad, page.shape) for w in (words[i] for i in suspects)]
    again = read_regions(page, regions, dpi, parts=parts)
    out: list[list[Word]] = [[w] for w in words]
    suspected = set(suspects)
    taken: set[int] = set()  # re-read words given to a suspect: regions may overlap
    for i, region in zip(suspects, regions, strict=True):
        inside = [w for w in again if id(w) not in taken and _within(w, region)]
        # The other words the page's reading made of that ink (a speck of a tail read «у»), read
        # again inside the words read now, or too small to be words of their own.
        pieces = [
            k
            for k, other in enumerate(words)
            if k not in suspected
            and _within(other, region)
            and (other.height < _PIECE * usual or any(_within(other, w) for w in inside))
        ]
        replaced = [words[i], *(words[k] for k in pieces)]
        if inside and _letters(inside) > _letters(replaced) and min(w.conf for w in inside) > words[i].conf:
            out[i] = inside
            taken.update(id(w) for w in inside)
            for k in pieces:
                out[k] = []
    return [w for kept in out for w in kept]


def _within(word: Word, box: Word | Region) -> bool:
    """Does `word`'s middle stand inside `box`?"""
    return box.x0 <= word.cx < box.x1 and box.y0 <= word.cy < box.y1


def _letters(words: list[Word]) -> int:
    return sum(ch.isalnum() for w in words for ch in w.text)
