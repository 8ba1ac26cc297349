"""Which way up a page is: 0, 90, 180 or 270 degrees, before its grid is read.

Two questions, answered separately:

* **Do the lines run across or down the image?**  Letters of a word stand
  closer to each other than lines do, so closing the page's letter blobs
  along the text direction merges many of them, and across it few.  The
  table ruling is taken out first (it runs both ways and says nothing),
  which makes this hold on table pages too.  This costs a few hundredths
  of a second.
* **Upright or upside down?**  Shapes cannot say this reliably for Cyrillic
  (descenders «р у д» are about as common as capitals), but Tesseract can:
  text read upside down comes back with a low confidence.  A few words of
  the page's densest two lines are read both ways round in one small call
  (a few hundredths of a second; Tesseract's own orientation detection,
  `--psm 0`, would cost half a second), and the page turned the way they
  read better.  The full reading still checks itself (`reads_upright`):
  when it is unsure, the page is also read turned round and the surer
  reading kept, so a sample that misled costs time, never text.
"""

from __future__ import annotations

from collections.abc import Iterable

import cv2
import numpy as np
import numpy.typing as npt

from magplan.extract.ocr.image import Image, components, to_gray
from magplan.extract.ocr.tesseract import Word, recognize

# The direction test runs on the page scaled so that its longer side is this long.
_SMALL_SIDE = 1400
# Letter blobs: at most this share of the small page's longer side.
_MAX_BLOB = 0.04
# A word's letters run together are a blob up to this many letter blobs long.
_WORD_BLOB = 6
# Lines run the way whose closing merges clearly more blobs (ratio of the counts left).
_AXIS_MARGIN = 1.15
# A page of a few words (a signature alone on a plan's last page) has fewer blobs than this: its
# direction is taken only when one way merges several times as many, and not from a speck or two.
_FEW_BLOBS = 30
_FEW_MARGIN = 3.0
_LEAST_BLOBS = 8
# Upright print reads at a mean confidence of 85-95, a poor photo at 70-80; text upside down
# at 30-55.  Below this the page is also read turned round (the cost of a doubt, not an error).
UPRIGHT_CONFIDENCE = 70.0
# Which end is up: a sample of this many text lines, read both ways round; one way must beat
# the other by this much mean confidence to be taken.
_SAMPLE_LINES = 2
# … and at most about this many letter heights wide (a few words): what a reading costs.
_SAMPLE_LETTERS = 40
_CONFIDENCE_MARGIN = 8.0
# A page of few words (`_either_axis`): the way that reads twice as many letters surely (in words of
# this confidence) as each other way, and six more, is taken whatever the mean confidences say.
_SURE_WORD = 80.0
_SURE_MARGIN = 2
_SURE_LEAST = 6


def axis_turn(page: Image, dpi: float) -> int:
    """Degrees (0, 90, 180 or 270) to turn the page counter-clockwise so that it stands upright.

    The blobs say which way the lines run; which end is up, a line or two of
    the page read both ways round in one small Tesseract call (a few
    hundredths of a second): a page stored upside down would otherwise be
    read in full twice.  The reading still has the last word
    (`reads_upright`): a sample that misled costs a second reading, no error.
    """
    gray = to_gray(page)
    scale = min(1.0, _SMALL_SIDE / max(gray.shape))
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    letters = letter_mask(small)
    across = lines_run_across(letters)
    if across is None:
        return _either_axis(gray, letters, scale, dpi)
    return _read_both_ways(gray, letters, scale, (0, 180) if across else (90, 270), dpi)


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


def letter_mask(gray: Image, words: bool = False) -> Image:
    """Ink blobs of letter size (255), the ruling and large marks left out.

    `words`: also blobs a word long one way (letters a poor scan ran together), not a line's length.
    """
    block = 2 * max(round(min(gray.shape) / 80), 5) + 1
    bw: Image = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 15)
    _count, labels, stats = components(bw)
    limit = _MAX_BLOB * max(gray.shape)
    w, h, area = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT], stats[:, cv2.CC_STAT_AREA]
    longest = _WORD_BLOB * limit if words else limit
    keep = (np.minimum(w, h) <= limit) & (np.maximum(w, h) <= longest) & (w >= 2) & (h >= 2) & (area >= 4)
    keep[0] = False
    # Looked up per label in 8 bits: the page-sized int64 array of `np.where(…, 255, 0)` cost twice as long.
    result: Image = np.where(keep, np.uint8(255), np.uint8(0))[labels]
    return result


def lines_run_across(letters: Image) -> bool | None:
    """True when the text lines run along the image's width, False down it, None when no text."""
    count, _labels, stats = components(letters)
    if count < _LEAST_BLOBS:
        return None
    margin = _AXIS_MARGIN if count >= _FEW_BLOBS else _FEW_MARGIN
    heights = stats[1:, cv2.CC_STAT_HEIGHT]
    widths = stats[1:, cv2.CC_STAT_WIDTH]
    # The gap between letters of a word is well under a letter's size, between lines over it.
    reach = max(int(np.median(np.minimum(heights, widths)) * 0.8), 2)
    left_after_across = _blobs_after_closing(letters, (reach, 1))
    left_after_down = _blobs_after_closing(letters, (1, reach))
    if left_after_down > margin * left_after_across:
        return True
    if left_after_across > margin * left_after_down:
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


def _either_axis(gray: Image, letters: Image, scale: float, dpi: float) -> int:
    """The turn of a page whose blobs do not say which way its lines run: read both ways round.

    A page of a line or two (a signatory's position carried over to a page
    of its own) has too few letters to tell, and in a poor scan its
    letters run together into a blob a word.  Read as it is, a page stored
    sideways gives «Boa», «i}»: a sample is read across and down, each way
    also turned round, and the page turned the way that reads clearly better.
    Letters read surely count first: the two samples differ in size, and a
    speck or two read at a middling confidence («о», «©») outweighs in a mean a
    signer's name read surely beside a word the pen's stroke crossed (read at 0).
    """
    small = cv2.resize(gray, letters.shape[::-1], interpolation=cv2.INTER_AREA) if scale < 1 else gray
    letters = letter_mask(small, words=True)
    across = _readings(gray, letters, scale, 0, dpi, words=True)
    down = _readings(gray, letters, scale, 90, dpi, words=True)
    if across is None or down is None:
        return 0
    sure = [sure_letters(words) for words in (*across, *down)]
    best = max(range(4), key=sure.__getitem__)
    if all(sure[best] >= _SURE_MARGIN * other + _SURE_LEAST for k, other in enumerate(sure) if k != best):
        return (0, 180, 90, 270)[best]
    across_conf, down_conf = [confidence(w) for w in across], [confidence(w) for w in down]
    if max(down_conf) > max(across_conf) + _CONFIDENCE_MARGIN:
        return 270 if down_conf[1] > down_conf[0] + _CONFIDENCE_MARGIN else 90
    return 180 if across_conf[1] > across_conf[0] + _CONFIDENCE_MARGIN else 0


def sure_letters(words: Iterable[Word]) -> int:
    """How many letters and digits Tesseract read surely (words at `_SURE_WORD` confidence or more)."""
    return sum(sum(ch.isalnum() for ch in word.text) for word in words if word.conf >= _SURE_WORD)


def _read_both_ways(gray: Image, letters: Image, scale: float, candidates: tuple[int, int], dpi: float) -> int:
    """Of two turns 180° apart, the one under which a sample of the page reads with more confidence."""
    read = _confidences(gray, letters, scale, candidates[0], dpi)
    if read is None:
        return candidates[0]
    upright, upside_down = read
    return candidates[1] if upside_down > upright + _CONFIDENCE_MARGIN else candidates[0]


def _confidences(
    gray: Image, letters: Image, scale: float, degrees: int, dpi: float, words: bool = False
) -> tuple[float, float] | None:
    """The mean confidence of a sample of the page turned by `degrees`, and by 180° more; None without text.

    `words`: `letters` holds blobs a word long (`letter_mask`), which the sample keeps.
    """
    read = _readings(gray, letters, scale, degrees, dpi, words)
    return None if read is None else (confidence(read[0]), confidence(read[1]))


def _readings(
    gray: Image, letters: Image, scale: float, degrees: int, dpi: float, words: bool = False
) -> tuple[list[Word], list[Word]] | None:
    """The words of a sample of the page turned by `degrees`, and by 180° more; None without text."""
    sample = _sample(gray, letters, scale, degrees, words)
    if sample is None:
        return None
    gap = max(sample.shape[0] // 2, 20)
    flipped = turn(sample, 180)
    both = np.full((2 * sample.shape[0] + 3 * gap, sample.shape[1] + 2 * gap), 255, np.uint8)
    both[gap : gap + sample.shape[0], gap:-gap] = sample
    both[2 * gap + sample.shape[0] : -gap, gap:-gap] = flipped
    middle = 1.5 * gap + sample.shape[0]
    read = recognize(both, int(dpi), psm=6, languages=("rus",))
    return [w for w in read if w.cy <= middle], [w for w in read if w.cy > middle]


def _sample(gray: Image, letters: Image, scale: float, degrees: int, words: bool = False) -> Image | None:
    """A band of the page turned by `degrees` holding a few text lines: where letters are densest."""
    page = turn(gray, degrees)
    mask = turn(letters, degrees)
    profile = mask.sum(axis=1, dtype=np.float64) / 255
    if not profile.any():
        return None
    # A line is about two letter heights: find the densest band of a few lines.
    count, _labels, stats = components(mask)
    letter = max(float(np.median(stats[1:, cv2.CC_STAT_HEIGHT])) if count > 1 else 10.0, 4.0)
    band = int(letter * 2.2 * _SAMPLE_LINES)
    if band >= mask.shape[0]:
        top = 0
    else:
        window = np.convolve(profile, np.ones(band), mode="valid")
        top = int(np.argmax(window))
    x0, x1 = _densest_span(mask[top : top + band].sum(axis=0, dtype=np.float64), round(letter * _SAMPLE_LETTERS))
    if x1 <= x0:
        return None
    y0, y1 = round(top / scale), round((top + band) / scale)
    crop: Image = page[y0:y1, round(x0 / scale) : round(x1 / scale)]
    if crop.size == 0:
        return None
    flat = _evenly_lit(np.ascontiguousarray(crop), letter / scale)
    return _without_large_marks(flat, letter / scale, _WORD_BLOB * 4 if words else 4)


def _densest_span(columns: npt.NDArray[np.float64], width: int) -> tuple[int, int]:
    """From the first to the last inked column, or the `width` columns of most ink when wider.

    Tesseract's time grows with the letters it reads: a table's whole row is
    many times the few words that tell which way up it reads.
    """
    inked = np.nonzero(columns)[0]
    if inked.size == 0:
        return 0, 0
    x0, x1 = int(inked[0]), int(inked[-1]) + 1
    if x1 - x0 <= width:
        return x0, x1
    start = x0 + int(np.argmax(np.convolve(columns[x0:x1], np.ones(width), mode="valid")))
    return start, start + width


def _evenly_lit(crop: Image, letter: float) -> Image:
    """The crop divided by its paper's brightness: a photo's gray paper, on the white the sample is
    laid on, is a dark block to Tesseract's threshold, and nothing inside it is read."""
    reach = 2 * max(round(letter), 2) + 1
    paper = cv2.dilate(crop, np.ones((reach, reach), np.uint8))
    flat: Image = cv2.divide(crop, paper, scale=255)
    return flat


def _without_large_marks(crop: Image, letter: float, longest: float) -> Image:
    """The crop with ruling, frames and stamps whitened: Tesseract should see letters only.

    A mark wider than `longest` letters or taller than three is none.
    """
    bw = cv2.adaptiveThreshold(crop, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)
    _count, labels, stats = components(bw)
    large = (stats[:, cv2.CC_STAT_WIDTH] > longest * letter) | (stats[:, cv2.CC_STAT_HEIGHT] > 3 * letter)
    large[0] = False
    cleaned: Image = np.where(large[labels], 255, crop).astype(np.uint8)
    return cleaned
