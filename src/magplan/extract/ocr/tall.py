"""Lines of large print that the page's reading passed over, read by themselves.

The mosaic is read as one uniform block of text (`tesseract`, page segmentation
mode 6), and in such a block Tesseract drops a line whose letters are much taller
than the rest: a heading set twice the size of the plan's text («ПЛАН РАБОТЫ» in
22 points over a table in 11) comes back as nothing at all, or as a stray «2».
Read alone, the same line reads perfectly.  So after the page's reading, ink
outside the tables that no word covers, in a band of lines taller than the page's
text and shaped like a line of letters, is read again as a region of its own.
"""

from __future__ import annotations

from statistics import median

import cv2
import numpy as np

from magplan.extract.ocr.grid import TableGrid
from magplan.extract.ocr.image import Image, runs
from magplan.extract.ocr.mosaic import Region, padded_region, read_regions
from magplan.extract.ocr.tesseract import Word

# A band of ink this many times taller than the page's median word is large print, up to this
# many times (a taller band is no line: a table whose rules run through its rows, a picture).
TALL = 1.5
TALLEST = 4.0
# ... and it is a line of letters when it is at least this many times as wide as it is tall
# and holds at least this many separate marks (a signature's stroke is one or two).
LINE_SHAPE = 2.5
MIN_LETTERS = 3
# Ink that the read words cover by more than this share of its pixels was read.
READ_SHARE = 0.3
# Rows with fewer ink pixels than this (at 300 dpi) are blank: specks and dust.
_ROW_INK = 3
# A word read again is kept when Tesseract is this sure of it (0-100).
_SURE = 60.0


def read_tall_lines(clean: Image, bw: Image, tables: list[TableGrid], words: list[Word], dpi: int) -> list[Word]:
    """Words of the large print outside `tables` that none of `words` covers, read alone."""
    heights = [w.y1 - w.y0 for w in words if any(ch.isalnum() for ch in w.text)]
    if not heights:
        return []
    usual = median(heights)
    regions = _unread_bands(bw, tables, words, (TALL * usual, TALLEST * usual), dpi / 300)
    if not regions:
        return []
    found = read_regions(clean, regions, dpi)
    return [w for w in found if w.conf >= _SURE and any(ch.isalnum() for ch in w.text) and not _over_read(w, words)]


def _over_read(word: Word, words: list[Word]) -> bool:
    """Does `word` lie over a word read before (a third of its box or more)?"""
    area = max((word.x1 - word.x0) * (word.y1 - word.y0), 1)
    for other in words:
        across = min(word.x1, other.x1) - max(word.x0, other.x0)
        down = min(word.y1, other.y1) - max(word.y0, other.y0)
        if across > 0 and down > 0 and across * down >= area / 3:
            return True
    return False


def _unread_bands(
    bw: Image, tables: list[TableGrid], words: list[Word], tall: tuple[float, float], unit: float
) -> list[Region]:
    """Bands of ink outside the tables, of a height within `tall`, shaped like a line of letters,
    that the words read cover little of."""
    ink = bw.copy()
    for table in tables:
        ink[table.y0 : table.y1, table.x0 : table.x1] = 0
    unread = ink.copy()
    for w in words:
        unread[w.y0 : w.y1, w.x0 : w.x1] = 0
    rows = np.count_nonzero(ink, axis=1) >= max(_ROW_INK * unit, 1)
    regions: list[Region] = []
    for top, bottom in runs(rows):
        if not tall[0] <= bottom - top <= tall[1]:
            continue
        band = ink[top:bottom]
        total = np.count_nonzero(band)
        if total == 0 or np.count_nonzero(unread[top:bottom]) < (1 - READ_SHARE) * total:
            continue
        columns = np.flatnonzero(np.count_nonzero(band, axis=0))
        left, right = int(columns[0]), int(columns[-1]) + 1
        count, _ = cv2.connectedComponents(band[:, left:right])
        if right - left < LINE_SHAPE * (bottom - top) or count - 1 < MIN_LETTERS:
            continue
        regions.append(padded_region(left, top, right, bottom, max(round((bottom - top) * 0.3), 3), bw.shape))
    return regions
