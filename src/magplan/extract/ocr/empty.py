"""Pages with nothing to read, told for a few hundredths of a second before a page is prepared and read.

A blank page (no ink, or a speck) and a page of ink in no lines of text (a
picture, blots, noise) would cost their full preparation and seconds of
Tesseract, which reads letters into anything: 30 pages of ink blobs used to
run into the OCR deadline.  Text is told by its lines: letters of a word
stand closer to each other than lines do, so closing the page's letter-sized
blobs along the lines merges them into words, and across the lines far
less.  Blots and pictures have no such direction, and their blobs mostly
stay apart either way.  Only a page that shows both signs is skipped; a
page with any run of text lines, however short or sideways, is read.
"""

from __future__ import annotations

import cv2
import numpy as np

from magplan.extract.ocr.image import Image, Stats, components, is_blank, to_gray
from magplan.extract.ocr.orient import letter_mask
from magplan.layout import ExtractWarning

# The test runs on the page scaled so that its longer side is this long (an A4 scan's x-height
# is then about 9 px).
_SMALL_SIDE = 1200
# A page narrower than this many pixels holds no line of text at any resolution (and scaled down
# for the test, it would be no pixels wide).
_MIN_SIDE = 8
# Fewer letter-sized blobs than this say too little (a photographed sheet's few words in a
# narrow column are 60-170), and cost Tesseract little: the page is read.  Blots that keep
# Tesseract busy for seconds are well over a thousand.
_MIN_BLOBS = 300
# Text merges at least this many times more blobs along its lines than across them
# (printed pages 3.5-9, a sparse photographed page 1.3-1.9; blots and pictures 1.0-1.1) …
_LINE_DIRECTION = 1.15
# … and its letters join into words: at most this share of blobs is left after closing
# along the lines (printed pages 0.1-0.3, photos 0.3-0.7; blots and pictures 0.6-1.0).
_APART = 0.5
# A scanner's dirt and shadow along the sheet's edges (a column of specks down its side) are no
# text: blobs this share of the page's side or less from its edges are left out.  Text stands
# behind margins of 5 % or more.
_EDGE = 0.02


def nothing_to_read(page: Image, number: int) -> ExtractWarning | None:
    """Why page `number` is skipped (a warning saying so), or None when it is to be read."""
    if is_blank(page):
        return blank(number)
    if min(page.shape[:2]) < _MIN_SIDE:
        height, width = page.shape[:2]
        return ExtractWarning(
            "no_text_page",
            f"page {number} has ink but no lines of text ({width} × {height} pixels: too small to hold any); skipped",
        )
    if not _has_text_lines(page):
        return ExtractWarning(
            "no_text_page", f"page {number} has ink but no lines of text (a picture, blots or noise); skipped"
        )
    return None


def blank(number: int) -> ExtractWarning:
    return ExtractWarning("blank_page", f"page {number} is blank; skipped")


def _has_text_lines(page: Image) -> bool:
    gray = to_gray(page)
    scale = min(1.0, _SMALL_SIDE / max(gray.shape))
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    letters, stats = _off_the_edges(letter_mask(small))
    blobs = len(stats)
    if blobs < _MIN_BLOBS:
        return True
    sizes = np.minimum(stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_WIDTH])
    # The gap between letters of a word is well under a letter's size, between lines over it.
    reach = max(int(np.median(sizes) * 0.8), 2)
    across, down = _left_after_closing(letters, (reach, 1)), _left_after_closing(letters, (1, reach))
    fewer, more = sorted((across, down))
    return more > _LINE_DIRECTION * fewer or fewer < _APART * blobs


def _off_the_edges(letters: Image) -> tuple[Image, Stats]:
    """The letter blobs without those in the band along the page's edges (`_EDGE`), and the stats
    of those kept (one labelling for both): a column of specks there merges down the page as text
    merges along its lines and outvoted the text of a page of a few rows (a plan's last page)."""
    height, width = letters.shape[:2]
    _count, labels, stats = components(letters)
    x, y = stats[:, cv2.CC_STAT_LEFT], stats[:, cv2.CC_STAT_TOP]
    right, bottom = x + stats[:, cv2.CC_STAT_WIDTH], y + stats[:, cv2.CC_STAT_HEIGHT]
    band_x, band_y = _EDGE * width, _EDGE * height
    keep = ~((right <= band_x) | (x >= width - band_x) | (bottom <= band_y) | (y >= height - band_y))
    keep[0] = False  # the background
    if keep[1:].all():
        return letters, stats[1:]
    kept: Image = np.where(keep, np.uint8(255), np.uint8(0))[labels]
    return kept, stats[keep]


def _left_after_closing(letters: Image, size: tuple[int, int]) -> int:
    closed = cv2.morphologyEx(letters, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, size))
    return int(cv2.connectedComponents(closed, connectivity=8)[0]) - 1
