"""Which way up a page is: 0, 90, 180 or 270 degrees, before its grid is read.

Two questions, answered separately:

* **Do the lines run across or down the image?**  Letters of a word stand
  closer to each other than lines do, so closing the page's letter blobs
  along the text direction merges many of them, and across it few.  The
  table ruling is taken out first (it runs both ways and says nothing),
  which makes this hold on table pages too.  This costs a few hundredths
  of a second and turns the page by 0 or 90 degrees.
* **Upright or upside down?**  Shapes cannot say this reliably for Cyrillic
  (descenders «р у д» are about as common as capitals), but Tesseract can:
  text read upside down comes back with a low confidence.  The page is read
  as turned above; only when that reading is unsure (`reads_upright` false)
  is it turned by 180° more and read again, and the surer reading kept.  An
  upright page, the usual case, costs nothing more; Tesseract's own
  orientation detection (`--psm 0`) would cost half a second on every page.
"""

from __future__ import annotations

from collections.abc import Iterable

import cv2
import numpy as np

from magplan.extract.ocr.image import Image, to_gray
from magplan.extract.ocr.tesseract import Word

# The direction test runs on the page scaled so that its longer side is this long.
_SMALL_SIDE = 1400
# Letter blobs: at most this share of the small page's longer side.
_MAX_BLOB = 0.04
# Lines run the way whose closing merges clearly more blobs (ratio of the counts left).
_AXIS_MARGIN = 1.15
# Upright print reads at a mean confidence of 85-95, a poor photo at 70-80; text upside down
# at 30-55.  Below this the page is also read turned round (the cost of a doubt, not an error).
UPRIGHT_CONFIDENCE = 70.0


def axis_turn(page: Image) -> int:
    """Degrees (0 or 90) to turn the page counter-clockwise so that its lines run across."""
    gray = to_gray(page)
    scale = min(1.0, _SMALL_SIDE / max(gray.shape))
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    return 90 if lines_run_across(letter_mask(small)) is False else 0


def confidence(words: Iterable[Word]) -> float:
    """Tesseract's mean confidence per letter or digit read (0 when nothing was read)."""
    total = weight = 0.0
    for word in words:
        letters = sum(ch.isalnum() for ch in word.text)
        total += word.conf * letters
        weight += letters
    return total / weight if weight else 0.0


def reads_upright(words: list[Word]) -> bool:
    """Is this reading sure enough that the page cannot have been upside down?"""
    return confidence(words) >= UPRIGHT_CONFIDENCE


def letter_mask(gray: Image) -> Image:
    """Ink blobs of letter size (255), the ruling and large marks left out."""
    block = 2 * max(round(min(gray.shape) / 80), 5) + 1
    bw: Image = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 15)
    _count, labels, stats, _ = cv2.connectedComponentsWithStats(bw, connectivity=8)
    limit = _MAX_BLOB * max(gray.shape)
    w, h, area = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_AREA]
    keep = (w <= limit) & (h <= limit) & (w >= 2) & (h >= 2) & (area >= 4)
    keep[0] = False
    result: Image = np.where(keep[labels], 255, 0).astype(np.uint8)
    return result


def lines_run_across(letters: Image) -> bool | None:
    """True when the text lines run along the image's width, False down it, None when no text."""
    count, _labels, stats, _ = cv2.connectedComponentsWithStats(letters, connectivity=8)
    if count < 30:
        return None
    heights = stats[1:, cv2.CC_STAT_HEIGHT]
    widths = stats[1:, cv2.CC_STAT_WIDTH]
    # The gap between letters of a word is well under a letter's size, between lines over it.
    reach = max(int(np.median(np.minimum(heights, widths)) * 0.8), 2)
    left_after_across = _blobs_after_closing(letters, (reach, 1))
    left_after_down = _blobs_after_closing(letters, (1, reach))
    if left_after_down > _AXIS_MARGIN * left_after_across:
        return True
    if left_after_across > _AXIS_MARGIN * left_after_down:
        return False
    return None


def _blobs_after_closing(letters: Image, size: tuple[int, int]) -> int:
    closed = cv2.morphologyEx(letters, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, size))
    return int(cv2.connectedComponents(closed, connectivity=8)[0])


def turn(page: Image, degrees: int) -> Image:
    """The page turned counter-clockwise by a multiple of 90 degrees."""
    codes = {90: cv2.ROTATE_90_COUNTERCLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_CLOCKWISE}
    if degrees % 360 == 0:
        return page
    result: Image = cv2.rotate(page, codes[degrees % 360])
    return result
