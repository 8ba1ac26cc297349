"""Scans stored as image files: PNG, JPEG, TIFF (multi-page, 1-bit CCITT too) → `Layout`.

An image is read the way a scanned PDF is (`magplan.extract.ocr`): each
frame of the file is a page, turned upright, a photographed sheet
unwarped, and read by Tesseract.
"""

from __future__ import annotations

from pathlib import Path

from magplan.layout import Layout


def extract(path: Path) -> Layout:
    from magplan.extract import read_by_ocr

    return read_by_ocr(path)
