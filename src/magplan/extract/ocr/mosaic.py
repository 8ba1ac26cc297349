"""Reading regions of a page with one Tesseract call: the region mosaic.

Tesseract's page layout analysis drops short isolated text (the «1.» of a
№ column) and, reading a table row as one line, invents «—» in the gaps
between cells.  So each region (a table cell, a band of text between
tables) is cut out and the pieces are stacked one under the other, with
white space between them, into one image: Tesseract then reads every region
as a separate block of lines, in a single call per page.

The same mosaic gives a second opinion on words read in Latin letters in a
Cyrillic document: «Орел» comes back as «Open» and «Минск» as «Munck»
when English is one of the languages, so those words are read again with
Russian alone.

A mosaic taller than Tesseract accepts, or the work of a page that both
cores should share, is cut into strips between regions; the strips are read
at the same time, each by a Tesseract engine of its own (threads of this process).
How a page is cut never depends on the cores it is given: a region reads a
little differently beside other regions, and a page must read the same in
the command line (pages on two cores) as in a batch's worker (one core).
"""

from __future__ import annotations

import itertools
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt
from rapidfuzz.distance import Levenshtein

from magplan.extract.ocr.glyphs import is_roman_numeral
from magplan.extract.ocr.image import Image
from magplan.extract.ocr.tesseract import Word, is_word, recognize

# White space around and between the pieces of a mosaic, at 300 dpi.
GAP = 40
# No strip of a mosaic is taller than this (Tesseract's limit is 32767 px; a page is at
# most `pages.MAX_SIDE`, so any one region fits).
STRIP_HEIGHT = 16000
# A page's mosaic is cut into this many strips of about equal ink (as many as the cores a page
# alone has here), however many are read at a time: the cut decides the reading.
PAGE_STRIPS = 2
# Regions with less ink than this (pixels at 300 dpi) are not worth a strip of their own.
_MIN_STRIP_INK = 2000
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# Below this share of Cyrillic letters on a page, Latin words are not suspicious.
_CYRILLIC_PAGE = 0.5
# Marks a reading may carry round its word: punctuation, quotes, footnote markers.
_AROUND = " .,;:!?«»\"'’‘“”()*¹²³⁴⁵⁶⁷⁸⁹"
# A second reading replaces the first only when Tesseract is at least this sure of it, and
# not much less sure than of the first («KazanForum» read in Russian is a guess).
_SECOND_OPINION_CONF = 40.0
_CONF_MARGIN = 10.0
# Latin letters that Cyrillic glyphs are misread as (Р→P, л→n, и→u, ш→m, Г→I, Г→F in «MAF» for
# «МАГ»…); a word with any other letter (f, g, s, z…) is genuinely Latin.  Not «d», though «ф»
# is read so («dopyme» for «форуме»): the garbled remains of a signature («Pid») would be read again
# too, and beside them in the mosaic a header's «п/т» came out «n/t».  Digits for letters
# among them too: «з» and «б» come back as «3» and «6» («Ka3aHb» for «Казань»).
_CYRILLIC_MISREADS = set("ABCEFHKMOPTXYINaceopxyumnkhbrti36")
# How Cyrillic letters look in Latin ones (lower case), for comparing two readings.
_SHAPES = str.maketrans(
    {"а": "a", "в": "b", "г": "r", "д": "a", "е": "e", "ё": "e", "з": "3", "и": "u", "й": "u", "к": "k", "л": "n",
     "м": "m", "н": "h", "о": "o", "п": "n", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ц": "u", "ч": "4",
     "ш": "w", "щ": "w", "ъ": "b", "ы": "bi", "ь": "b", "э": "3", "ю": "io", "я": "r", "б": "6", "ж": "x", "ф": "o"}
)  # fmt: skip


@dataclass(slots=True, frozen=True, eq=False)
class Region:
    x0: int
    y0: int
    x1: int
    y1: int
    # Which pixels of the box belong to the region (a cell that is not a rectangle
    # overlaps its neighbours' boxes); None for all of them.
    mask: npt.NDArray[np.bool_] | None = None


def padded_region(x0: int, y0: int, x1: int, y1: int, pad: int, shape: tuple[int, ...]) -> Region:
    """The box `x0`…`x1`, `y0`…`y1` grown by `pad` on every side, kept within a page of `shape`."""
    height, width = shape[:2]
    return Region(max(x0 - pad, 0), max(y0 - pad, 0), min(x1 + pad, width), min(y1 + pad, height))


def read_regions(
    page: Image,
    regions: list[Region],
    dpi: int,
    languages: tuple[str, ...] = ("rus", "eng"),
    parts: int = 1,
) -> list[Word]:
    """Words of the regions, in page coordinates, from the recognition of their mosaic.

    With `parts` > 1 the mosaic is cut into that many strips of about equal
    ink, read at the same time (at most `set_at_once` of them).
    """
    if not regions:
        return []
    words: list[Word] = []
    strips = _strips(page, regions, dpi, parts)
    if len(strips) == 1:
        return _read_strip(page, strips[0], dpi, languages)
    with ThreadPoolExecutor(max_workers=min(len(strips), _at_once or len(strips))) as pool:
        for found in pool.map(lambda strip: _read_strip(page, strip, dpi, languages), strips):
            words.extend(found)
    return words


# How many strips this process reads at a time; None for all of a page's strips.
_at_once: int | None = None


def set_at_once(strips: int | None) -> None:
    """Read at most `strips` strips at a time in this process (while other processes take the other cores).

    Only the reading is serialised, never the cut: Tesseract reads a region
    a little differently beside other regions (a block's line sizes are
    measured over all of it), so the strips stay what `parts` made them and
    a page reads the same however busy the cores are, and however many.  Each strip read at
    the same time takes an engine of its own, 0.13 s of CPU to load.
    """
    global _at_once
    _at_once = strips


def _strips(page: Image, regions: list[Region], dpi: int, parts: int) -> list[list[Region]]:
    """Regions in reading order cut into runs: each under `STRIP_HEIGHT`, `parts` of about equal ink."""
    gap = _gap(dpi)
    ink = [int(np.count_nonzero(page[r.y0 : r.y1, r.x0 : r.x1] < 128)) for r in regions]
    total = sum(ink)
    parts = max(1, min(parts, total // max(int(_MIN_STRIP_INK * (dpi / 300) ** 2), 1)))
    share = total / parts
    strips: list[list[Region]] = [[]]
    height = done = 0
    for region, amount in zip(regions, ink, strict=True):
        tall = region.y1 - region.y0 + gap
        full = height + tall + gap > STRIP_HEIGHT
        due = len(strips) < parts and done >= share * len(strips)
        if strips[-1] and (full or due):
            strips.append([])
            height = 0
        strips[-1].append(region)
        height += tall
        done += amount
    return strips


def _gap(dpi: int) -> int:
    return max(int(GAP * dpi / 300), 8)


def _read_strip(page: Image, regions: list[Region], dpi: int, languages: tuple[str, ...]) -> list[Word]:
    gap = _gap(dpi)
    width = max(r.x1 - r.x0 for r in regions) + 2 * gap
    height = sum(r.y1 - r.y0 + gap for r in regions) + gap
    mosaic = np.full((height, width), 255, np.uint8)
    offsets: list[int] = []
    y = gap
    for r in regions:
        piece = page[r.y0 : r.y1, r.x0 : r.x1]
        mosaic[y : y + r.y1 - r.y0, gap : gap + r.x1 - r.x0] = piece if r.mask is None else np.where(r.mask, piece, 255)
        offsets.append(y)
        y += r.y1 - r.y0 + gap
    words: list[Word] = []
    for word in recognize(mosaic, dpi, psm=6, languages=languages):
        index = _region_at(offsets, regions, word.cy)
        if index is None:
            continue
        dx, dy = regions[index].x0 - gap, regions[index].y0 - offsets[index]
        words.append(replace(word, x0=word.x0 + dx, x1=word.x1 + dx, y0=word.y0 + dy, y1=word.y1 + dy))
    return words


def _region_at(offsets: list[int], regions: list[Region], y: float) -> int | None:
    for index, (top, r) in enumerate(zip(offsets, regions, strict=True)):
        if top <= y < top + r.y1 - r.y0:
            return index
    return None


def _is_suspect(word: Word) -> bool:
    """Latin letters that Cyrillic is misread as, and not a Roman numeral (which Latin is right for)."""
    letters = re.sub(r"[^\w]", "", word.text)
    if not _LATIN.search(letters) or _CYRILLIC.search(letters) or not set(letters) <= _CYRILLIC_MISREADS:
        return False
    return not is_roman_numeral(letters.upper())


def second_opinion(page: Image, words: list[Word], dpi: int, parts: int = 1) -> list[Word]:
    """Words read in Latin letters on a Cyrillic page, re-read with Russian alone where it is sure."""
    text = "".join(w.text for w in words)
    latin, cyrillic = len(_LATIN.findall(text)), len(_CYRILLIC.findall(text))
    if cyrillic < _CYRILLIC_PAGE * (latin + cyrillic):
        return words
    suspects = [i for i, w in enumerate(words) if _is_suspect(w)]
    if not suspects:
        return words
    regions = []
    for i in suspects:
        w = words[i]
        regions.append(padded_region(w.x0, w.y0, w.x1, w.y1, max(w.height // 3, 4), page.shape))
    again = read_regions(page, regions, dpi, languages=("rus",), parts=parts)
    out: list[list[Word]] = [[w] for w in words]
    printed = {w.text.strip(_AROUND).lower() for w in words}
    for i, region in zip(suspects, regions, strict=True):
        inside = [w for w in again if region.x0 <= w.cx < region.x1 and region.y0 <= w.cy < region.y1]
        # A list's bullet read into the word in Latin («eam» for «• АГП») comes back a sign of its
        # own («®»), its confidence its own: the word is the rest, the sign kept before it.
        signs = list(itertools.takewhile(_a_sign, inside[:-1]))
        inside = inside[len(signs) :]
        reading = " ".join(w.text for w in inside)
        if not inside or not _CYRILLIC.search(reading) or _LATIN.search(reading):
            continue
        if "F" in words[i].text and reading.strip(_AROUND).lower() not in printed:
            continue  # «FM», «CAFE» are Latin: an «F» is «Г» only in a word the page prints elsewhere
        conf = min(w.conf for w in inside)
        # Confidences of two languages hardly compare; a reading of the same shapes does.
        shapes = _same_shapes(words[i].text, reading)
        sure = conf >= words[i].conf - _CONF_MARGIN or shapes
        # A word of the language seen in the same shapes needs no confidence of its own: Tesseract
        # gives none to «форуме*» (a footnote marker at its end) for the «dopyme’» it read in Latin.
        # Not for a reading with marks inside («n/t», the «п/п» of a header, is no word «пит»).
        whole = words[i].text.strip(_AROUND).isalpha()
        if (conf >= _SECOND_OPINION_CONF and sure) or (shapes and whole and _a_word(reading)):
            out[i] = [*signs, replace(words[i], text=reading, conf=conf, x0=inside[0].x0 if signs else words[i].x0)]
    return [w for kept in out for w in kept]


def _a_sign(word: Word) -> bool:
    """Is the reading one mark, no letter or figure («®», «©», «•»)?"""
    return len(word.text) == 1 and not word.text.isalnum()


def _a_word(reading: str) -> bool:
    """Is the reading one word of Tesseract's Russian dictionary, the marks around it aside?"""
    letters = reading.strip(_AROUND)
    return letters.isalpha() and bool(is_word(letters.lower()))


def _same_shapes(latin: str, cyrillic: str) -> bool:
    """Do the two readings see the same glyphs («Open» / «Орел», «MAT» / «МАГ»)?"""
    a = "".join(ch for ch in latin.lower() if ch.isalpha())
    b = "".join(ch for ch in cyrillic.lower() if ch.isalpha()).translate(_SHAPES)
    return Levenshtein.distance(a, b) <= max(1, len(a) // 3)
