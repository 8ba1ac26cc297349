"""Scan pages with nothing to read (blank, blots, a picture) are skipped with a warning, before Tesseract."""

from __future__ import annotations

import io
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image as PILImage

import magplan
from magplan.extract.ocr import empty, mosaic, pages, source_for
from magplan.extract.ocr.page import read_page
from tests.corpus import CORPUS


def _blots(count: int, seed: int = 0) -> np.ndarray:
    """An A4 page at 200 dpi with `count` letter-sized blots strewn over it, in no lines."""
    rng = np.random.default_rng(seed)
    page = np.full((2339, 1654), 255, np.uint8)
    for _ in range(count):
        y, x = rng.integers(0, 2300), rng.integers(0, 1620)
        page[y : y + rng.integers(8, 30), x : x + rng.integers(4, 25)] = 0
    return page


def _picture(seed: int = 0) -> np.ndarray:
    """A colour picture without text: smooth random blotches over the whole page."""
    rng = np.random.default_rng(seed)
    noise = cv2.GaussianBlur(rng.integers(0, 255, (2339, 1654, 3)).astype(np.uint8), (0, 0), 6)
    picture: np.ndarray = cv2.normalize(noise, None, 0, 255, cv2.NORM_MINMAX)
    return picture


def _as_pdf(path: Path, page: np.ndarray) -> Path:
    buffer = io.BytesIO()
    PILImage.fromarray(page).save(buffer, format="PDF", resolution=200)
    path.write_bytes(buffer.getvalue())
    return path


@pytest.mark.parametrize("make", [lambda: _blots(2000), lambda: _blots(4000, seed=1), _picture])
def test_a_page_of_blots_or_a_picture_is_skipped_before_tesseract(
    make: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_tesseract(*args: object, **kwargs: object) -> list[object]:
        raise AssertionError("tesseract was asked to read a page without text")

    monkeypatch.setattr(mosaic, "recognize", no_tesseract)
    page = read_page(source_for(_as_pdf(tmp_path / "blots.pdf", make())), 0)  # type: ignore[operator]
    assert [w.code for w in page.warnings] == ["no_text_page"] and page.blocks == []
    assert "page 1 has ink but no lines of text" in page.warnings[0].message


@pytest.mark.parametrize("name", ["plan-2026-scan.pdf", "plan-2026-scan-rotated.tiff", "plan-2025-photo.pdf"])
def test_pages_of_text_are_read_scanned_sideways_or_photographed(name: str) -> None:
    source = source_for(CORPUS / name)
    for index in range(source.count()):
        picture, _dpi = source.load(index)
        assert empty.nothing_to_read(picture, index + 1) is None, f"{name} page {index + 1}"


def test_a_few_words_on_a_page_are_read() -> None:
    page = np.full((2339, 1654), 255, np.uint8)
    for line in range(3):
        cv2.putText(page, "Plan of events 2026", (200, 300 + 60 * line), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 0, 3)
    assert empty.nothing_to_read(page, 1) is None


def test_a_blank_pdf_page_is_not_even_rendered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    pdf.save(tmp_path / "blank.pdf")

    def no_rendering(*args: object) -> object:
        raise AssertionError("a blank page was rendered")

    monkeypatch.setattr(pages, "_pdf_page", no_rendering)
    page = read_page(source_for(tmp_path / "blank.pdf"), 0)
    assert [w.code for w in page.warnings] == ["blank_page"] and page.blocks == []


@pytest.mark.parametrize("shape", [(1, 1), (4000, 1), (1, 4000), (5, 7)])
def test_a_page_of_a_few_pixels_with_ink_is_skipped(shape: tuple[int, int], tmp_path: Path) -> None:
    """Too small to hold a line of text, and too small to scale down for the tests of a page."""
    warning = empty.nothing_to_read(np.zeros(shape, np.uint8), 1)
    assert warning is not None and warning.code == "no_text_page"
    source = tmp_path / "strip.png"
    PILImage.fromarray(np.zeros(shape, np.uint8)).save(source)
    with pytest.raises(magplan.NoPlanFound):
        magplan.read_plan(source)
