"""Where OCR was unsure: which cells of the table hold such a word, and the scan's crop of it.

`Plan.doubts` says which word, on which page, where (a box in fractions of the
page).  The page marks a cell as unsure when its text holds that word and its
item is on that page (`cells_of`); every doubt, marked or not, is listed with
its crop among the remarks.  The crop is cut here, in the worker that still has the file,
because the uploaded file is gone once reading ends.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from magplan.layout import Doubt
from magplan.model import Item, Plan

# The text fields a clerk reads; lists are matched entry by entry.
TEXT_FIELDS = ("section", "title", "members", "place", "date_text", "note", "responsible", "organizers")
CROP_DPI = 150
# More cells than this holding the word: it is too common to say which one OCR doubted.
MAX_CELLS = 3
# Around the word: this many word heights above and below, word widths to each side.
_PAD_Y, _PAD_X = 1.5, 1.5
_WORD = re.compile(r"\w+")


def cells_of(doubt: Doubt, records: list[Item]) -> list[tuple[int, str]]:
    """(item index, field) of the cells that hold the doubt's word; none when the word is too common to tell.

    A cell qualifies when its item starts on the doubt's page (or has no page)
    and its text holds every word of the doubt; cells holding the word exactly
    as OCR read it («МАГ!») are preferred.  When more than `MAX_CELLS` still
    qualify («МАГ» is in half the rows) no cell is marked: the doubt is listed
    with its crop among the document's remarks instead of painting the table.
    """
    tokens = [t for t in _WORD.findall(doubt.text) if len(t) > 1 or t.isdigit()]
    if not tokens:
        return []
    found: list[tuple[int, str]] = []
    exact: list[tuple[int, str]] = []
    for index, item in enumerate(records):
        if item.page is not None and item.page != doubt.page:
            continue
        for name in TEXT_FIELDS:
            value = getattr(item, name)
            texts = [t for t in (value if isinstance(value, list) else [value]) if t]
            words = {w for text in texts for w in _WORD.findall(text)}
            if all(t in words for t in tokens):
                found.append((index, name))
                if any(doubt.text in text for text in texts):
                    exact.append((index, name))
    chosen = exact or found
    return chosen if len(chosen) <= MAX_CELLS else []


def describe(plan: Plan, source: Path) -> list[dict[str, Any]]:
    """The doubts as the page gets them: word, page, confidence, cells, and a PNG crop (bytes)."""
    out = []
    pages: dict[tuple[int, int], Any] = {}
    for number, doubt in enumerate(plan.doubts):
        out.append(
            {
                "id": number,
                "page": doubt.page,
                "text": doubt.text,
                "confidence": round(doubt.confidence),
                "cells": [[index, name] for index, name in cells_of(doubt, plan.records)],
                "crop": _crop(source, doubt, pages),
            }
        )
    return out


def _crop(source: Path, doubt: Doubt, pages: dict[tuple[int, int], Any]) -> bytes | None:
    """The word and a margin around it, cut from the page image, as PNG; None if the page cannot be drawn."""
    try:
        key = (doubt.page, doubt.turned)
        if key not in pages:
            page = _page_image(source, doubt.page)
            # The box is on the upright page: turn the stored one as OCR did.
            pages[key] = page.rotate(doubt.turned, expand=True) if doubt.turned else page
        image = pages[key]
        width, height = image.size
        left, top, right, bottom = doubt.box
        pad_x, pad_y = (right - left) * _PAD_X, (bottom - top) * _PAD_Y
        box = (
            max(0, int((left - pad_x) * width)),
            max(0, int((top - pad_y) * height)),
            min(width, int((right + pad_x) * width) + 1),
            min(height, int((bottom + pad_y) * height) + 1),
        )
        buffer = io.BytesIO()
        image.crop(box).save(buffer, format="PNG")
        return buffer.getvalue()
    except Exception:
        # A crop is a convenience beside the data: without it the cell is still marked.
        return None


def _page_image(source: Path, page: int) -> Any:
    """The page drawn upright at CROP_DPI, as a PIL image (PDF through pdfium, images through PIL)."""
    if source.suffix.lower() == ".pdf":
        import pypdfium2

        pdf = pypdfium2.PdfDocument(source)
        try:
            return pdf[page - 1].render(scale=CROP_DPI / 72).to_pil().convert("RGB")
        finally:
            pdf.close()
    from PIL import Image, ImageOps

    with Image.open(source) as image:
        image.seek(page - 1)
        return ImageOps.exif_transpose(image.convert("RGB"))
