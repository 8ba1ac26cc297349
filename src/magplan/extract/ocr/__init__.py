"""Scanned pages (image-only PDFs, PNG/JPEG/TIFF files, phone photos) → `Layout`, with Tesseract.

Modules, in the order a page goes through them:

* `pages`: where pages come from (PDF pages rendered at their scan's own
  resolution, image files and their frames) and the working resolution.
* `empty`: pages with nothing to read (blank, blots, a picture) told
  cheaply and skipped with a warning.
* `photo`: a photographed sheet found, its perspective undone, its lighting flattened.
* `orient`: which way up the page is (0/90/180/270°).
* `prepare`: the steps above in order, then colour ink off, deskew, binarize,
  ruling found (`image` for the pixel work, `grid` for the ruled tables).
* `mosaic`: the table cells and text bands of a page stacked into strips,
  each read by one Tesseract call (`tesseract`; in this process through
  `libtesseract`), strips read in parallel; `tall`: lines of large print
  (a heading twice the text's size) that such a reading drops, read alone;
  `stacked`: a word read over two lines of a cell at once, read again alone.
* `lines`, `glyphs`: recognised words → lines and text; markers, bullets,
  dashes and letter case checked against the ink (`stats`: the medians of
  their glyph heights, numpy's numbers without numpy's per-call cost).
* `struck`: words struck through (a tracked change's deletion printed shown),
  left out, and the unstruck part of a word read glued to one.
* `letters`: a letter Tesseract confuses («ф» read as «о») put back where its
  dictionary knows the word only so.
* `paragraphs`: lines outside the tables → paragraphs (parted where printed side by side),
  the page's blocks in reading order, its running head.
* `page`: one page → its tables and paragraphs.
* `document`: all pages, in parallel, into one `Layout`.

Nothing here knows what a plan is: the caller passes in the vocabulary
corrections (`ocr_layout(..., correct=...)`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from magplan.extract.ocr.document import ocr_layout
    from magplan.extract.ocr.pages import IMAGE_SUFFIXES, PageSource, source_for

__all__ = ["IMAGE_SUFFIXES", "PageSource", "ocr_layout", "source_for"]

# Imported when first asked for: `tesseract.warm_up` is imported before them, so that
# Tesseract's engine loads (without the GIL) while they are imported (OpenCV and the rest).
_HOMES = {
    "ocr_layout": "magplan.extract.ocr.document",
    "IMAGE_SUFFIXES": "magplan.extract.ocr.pages",
    "PageSource": "magplan.extract.ocr.pages",
    "source_for": "magplan.extract.ocr.pages",
}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
