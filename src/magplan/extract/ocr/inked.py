"""Unsure words beside removed ink, read again without the ink's remains around them.

A signature or stamp drawn across a line of print leaves, once its ink is
taken off (`image.remove_colour_ink`), faint remains that Tesseract reads
as marks and letters of the line.  Reading the whole line, it then guesses
the clean print beside them worse than it can («И.П. Соколов» read «И.Л.»
at 57 % after the remains of a pen's stroke over the signature line).  Such
an unsure word is read again in a small region of its own, with the sure
words printed next to it on the line (not across the ink) as context, and
the new reading is kept when Tesseract is much surer of it.  Words under the
ink itself are left to the noise rules (`page._noise`): read again, a stroke's
remains would only come out surer.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from rapidfuzz.distance import Indel

from magplan.extract.ocr.image import Image
from magplan.extract.ocr.mosaic import Region, padded_region, read_regions
from magplan.extract.ocr.tesseract import Word

# Words read less surely than this (0-100) are read again; a new reading must be surer by the margin.
_UNSURE = 70.0
_MARGIN = 15.0
# Context: words read at least this surely, standing at most this many word heights apart.
_SURE = 85.0
_GAP = 1.5
# The region reaches this share of a word's height above and below it.
_PAD = 0.3


def reread_beside_ink(page: Image, words: list[Word], stamped: Image, dpi: int) -> list[Word]:
    """`words` with the unsure ones on lines crossed by removed ink (`stamped` 255) read again."""
    if not stamped.any():
        return words
    inked = [_under_ink(w, stamped) for w in words]
    chosen: list[int] = []
    regions: list[Region] = []
    for index, word in enumerate(words):
        if word.conf >= _UNSURE or inked[index] or not any(ch.isalnum() for ch in word.text):
            continue
        line = _line(index, words)
        if not any(inked[i] for i in line) and not _ink_on_line(line, words, stamped):
            continue
        context = _context(index, line, words, inked)
        x0 = min(words[i].x0 for i in context)
        x1 = max(words[i].x1 for i in context)
        y0 = min(words[i].y0 for i in context)
        y1 = max(words[i].y1 for i in context)
        chosen.append(index)
        regions.append(padded_region(x0, y0, x1, y1, max(int(_PAD * word.height), 3), page.shape))
    if not regions:
        return words
    again = read_regions(page, regions, dpi)
    out = list(words)
    for index, region in zip(chosen, regions, strict=True):
        old = words[index]
        inside = [w for w in again if region.x0 <= w.cx < region.x1 and region.y0 <= w.cy < region.y1]
        over = [w for w in inside if old.x0 <= w.cx < old.x1]
        if len(over) != 1 or not any(ch.isalnum() for ch in over[0].text):
            continue
        if over[0].conf >= old.conf + _MARGIN:
            out[index] = replace(old, text=over[0].text, conf=over[0].conf)
    return out


def _under_ink(word: Word, stamped: Image) -> bool:
    """Does the word's centre lie where ink was taken off?"""
    y = min(max(int(word.cy), 0), stamped.shape[0] - 1)
    x = min(max(int(word.cx), 0), stamped.shape[1] - 1)
    return bool(stamped[y, x])


def _same_line(a: Word, b: Word) -> bool:
    overlap = min(a.y1, b.y1) - max(a.y0, b.y0)
    return overlap >= 0.5 * min(a.height, b.height)


def _line(index: int, words: list[Word]) -> list[int]:
    """The words standing on the word's line, left to right."""
    word = words[index]
    return sorted((i for i, w in enumerate(words) if _same_line(word, w)), key=lambda i: words[i].x0)


def _ink_on_line(line: list[int], words: list[Word], stamped: Image) -> bool:
    """Was ink taken off anywhere across the line's band (remains Tesseract did not read as words)?"""
    y0 = max(min(words[i].y0 for i in line), 0)
    y1 = max(words[i].y1 for i in line)
    x0 = max(min(words[i].x0 for i in line), 0)
    x1 = max(words[i].x1 for i in line)
    return bool(np.any(stamped[y0:y1, x0:x1]))


def _context(index: int, line: list[int], words: list[Word], inked: list[bool]) -> list[int]:
    """The word and the sure words printed next to it, up to the first unsure one or the ink."""
    at = line.index(index)
    taken = [index]
    for step in (-1, 1):
        k = at
        while 0 <= k + step < len(line):
            here, there = words[line[k]], words[line[k + step]]
            gap = there.x0 - here.x1 if step > 0 else here.x0 - there.x1
            nxt = line[k + step]
            if inked[nxt] or words[nxt].conf < _SURE or gap > _GAP * max(here.height, there.height):
                break
            taken.append(nxt)
            k += step
    return taken


# A word under removed ink read less surely than this is a garble the page's own print may mend.
_GARBLED = 50.0
# What mends it: words read at least `_SURE`, at most this many, spelled this close to the garble.
_MEND_WORDS = 4
_MEND_LIKENESS = 0.6


@dataclass(frozen=True, slots=True)
class Mended:
    """A garble under ink (`read`) replaced by the words printed elsewhere on the page (`printed`)."""

    read: str
    printed: str


def mend_from_page(words: list[Word], stamped: Image) -> tuple[list[Word], list[Mended]]:
    """Garbled words under removed ink replaced by the same phrase printed clean elsewhere on the page.

    A signature across an approval block crosses the body's name, which the
    title prints again: «Ассамблеи слицегеруппых городов» under the ink,
    «Ассамблеи столиц и крупных городов» in the title.  A run of garbled
    words (read under the ink less surely than `_GARBLED`) is mended only
    when the sure words on both sides of it stand on both sides of one run of
    sure words elsewhere on the page, and that run is spelled close to the
    garble: nothing is made up, and a garble without such a twin stays as read.
    """
    if not stamped.any():
        return words, []
    lines = _reading_lines(words)
    order = [i for line in lines for i in line]
    inked = {i: _under_ink(words[i], stamped) for i in order}
    garbled = {i for i in order if inked[i] and words[i].conf < _GARBLED and any(ch.isalnum() for ch in words[i].text)}
    if not garbled:
        return words, []
    clean = [i for i in order if not inked[i] and words[i].conf >= _SURE]
    sure = set(clean)
    out = list(words)
    mended: list[Mended] = []
    removed: set[int] = set()
    at = 0
    while at < len(order):
        if order[at] not in garbled:
            at += 1
            continue
        start = at
        while at < len(order) and order[at] in garbled:
            at += 1
        run = order[start:at]
        if start == 0 or at == len(order):
            continue
        left, right = order[start - 1], order[at]
        if left not in sure or right not in sure:
            continue
        twin = _twin(words, clean, left, right, run)
        if twin is None:
            continue
        first = words[run[0]]
        out[run[0]] = replace(
            first,
            text=" ".join(words[i].text for i in twin),
            conf=min(words[i].conf for i in twin),
            x0=min(words[i].x0 for i in run),
            y0=min(words[i].y0 for i in run),
            x1=max(words[i].x1 for i in run),
            y1=max(words[i].y1 for i in run),
        )
        removed.update(run[1:])
        mended.append(Mended(" ".join(words[i].text for i in run), out[run[0]].text))
    return [w for i, w in enumerate(out) if i not in removed], mended


def _twin(words: list[Word], clean: list[int], left: int, right: int, run: list[int]) -> list[int] | None:
    """The one run of sure words between a twin of `left` and a twin of `right`, spelled like `run`."""
    key = _bare(words[left].text), _bare(words[right].text)
    garble = "".join(_bare(words[i].text) for i in run)
    found: list[list[int]] = []
    for k, index in enumerate(clean):
        if index == left or _bare(words[index].text) != key[0]:
            continue
        for size in range(1, _MEND_WORDS + 1):
            if k + size + 1 >= len(clean) or _bare(words[clean[k + size + 1]].text) != key[1]:
                continue
            middle = clean[k + 1 : k + size + 1]
            spelled = "".join(_bare(words[i].text) for i in middle)
            if Indel.normalized_similarity(garble, spelled) >= _MEND_LIKENESS:
                found.append(middle)
    distinct = {tuple(words[i].text for i in m) for m in found}
    return found[0] if len(distinct) == 1 else None


def _bare(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _reading_lines(words: list[Word]) -> list[list[int]]:
    """The words' indices in lines (words overlapping in height), top to bottom, each left to right."""
    lines: list[list[int]] = []
    for index in sorted(range(len(words)), key=lambda i: (words[i].cy, words[i].x0)):
        for line in lines:
            if _same_line(words[line[-1]], words[index]):
                line.append(index)
                break
        else:
            lines.append([index])
    for line in lines:
        line.sort(key=lambda i: words[i].x0)
    lines.sort(key=lambda line: min(words[i].y0 for i in line))
    return lines
