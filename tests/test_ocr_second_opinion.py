"""Words read in Latin on a Cyrillic page, read again in Russian (`mosaic.second_opinion`)."""

from __future__ import annotations

import numpy as np
import pytest

from magplan.extract.ocr import mosaic
from magplan.extract.ocr.mosaic import Region
from magplan.extract.ocr.tesseract import Word, is_word

pytestmark = pytest.mark.skipif(is_word("форуме") is None, reason="needs Tesseract's library for its dictionary")


def _page_with(word: Word) -> list[Word]:
    """A Cyrillic page's words and one read in Latin letters."""
    words = [
        Word(text, 100 + 150 * k, 100, 240 + 150 * k, 125, 95.0) for k, text in enumerate(["Участие", "в", "форуме"])
    ]
    return [*words, word]


def _reading(text: str, conf: float) -> object:
    def read(page: np.ndarray, regions: list[Region], dpi: int, languages: tuple[str, ...], parts: int) -> list[Word]:
        (region,) = regions
        return [Word(text, region.x0 + 4, region.y0 + 4, region.x1 - 4, region.y1 - 4, conf)]

    return read


def test_a_word_of_the_language_in_the_same_shapes_replaces_the_latin_however_unsure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """«форуме*» gets no confidence from Tesseract (the footnote marker), but is the word «oopyme’» looks like."""
    monkeypatch.setattr(mosaic, "read_regions", _reading("форуме*", 0.0))
    words = mosaic.second_opinion(
        np.full((400, 900), 255, np.uint8), _page_with(Word("oopyme’", 100, 200, 210, 228, 48.0)), 200
    )
    assert words[-1].text == "форуме*"


@pytest.mark.parametrize(
    ("latin", "russian"),
    [
        ("n/t", "пит"),  # a header's «п/п»: marks inside, no word
        ("nopyme", "порумо"),  # same shapes, but no word of the language
    ],
)
def test_an_unsure_reading_that_is_no_word_leaves_the_latin(
    monkeypatch: pytest.MonkeyPatch, latin: str, russian: str
) -> None:
    monkeypatch.setattr(mosaic, "read_regions", _reading(russian, 0.0))
    words = mosaic.second_opinion(
        np.full((400, 900), 255, np.uint8), _page_with(Word(latin, 100, 200, 210, 228, 48.0)), 200
    )
    assert words[-1].text == latin


@pytest.mark.parametrize(("latin", "russian"), [("Ka3aHb", "Казань"), ("Ky6a", "Куба")])
def test_a_latin_reading_with_a_digit_for_a_letter_is_read_again(
    monkeypatch: pytest.MonkeyPatch, latin: str, russian: str
) -> None:
    """«з» and «б» come back as «3» and «6» among Latin look-alikes («Ka3aHb» for «Казань»): such a
    word is as suspect as one of letters alone."""
    monkeypatch.setattr(mosaic, "read_regions", _reading(russian, 90.0))
    words = mosaic.second_opinion(
        np.full((400, 900), 255, np.uint8), _page_with(Word(latin, 100, 200, 210, 228, 60.0)), 200
    )
    assert words[-1].text == russian


@pytest.mark.parametrize(
    ("latin", "russian", "printed", "read"),
    [
        ("MAF", "МАГ", "МАГ", "МАГ"),  # «Г» read «F» (a 1-bit scan), the word printed elsewhere on the page
        ("FM", "ГМ", "МАГ", "FM"),  # a Latin word: nothing on the page reads «ГМ»
    ],
)
def test_an_f_is_a_misread_g_only_in_a_word_the_page_prints_elsewhere(
    monkeypatch: pytest.MonkeyPatch, latin: str, russian: str, printed: str, read: str
) -> None:
    monkeypatch.setattr(mosaic, "read_regions", _reading(russian, 90.0))
    page = [*_page_with(Word(latin, 100, 200, 210, 228, 60.0)), Word(printed, 300, 300, 380, 325, 95.0)]
    words = mosaic.second_opinion(np.full((400, 900), 255, np.uint8), page, 200)
    assert words[-2].text == read


def test_a_bullet_read_into_a_latin_word_comes_back_a_sign_before_the_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """«• АГП» read «eam» with English on (the bullet its «e»): read again in Russian the bullet is
    a sign of its own («®», 37 % sure) and «АГП» a word (96 %); the sign's doubt is not the word's."""

    def read(page: np.ndarray, regions: list[Region], dpi: int, languages: tuple[str, ...], parts: int) -> list[Word]:
        return [Word("®", 100, 204, 111, 224, 37.0), Word("АГП", 121, 202, 170, 226, 96.0)]

    monkeypatch.setattr(mosaic, "read_regions", read)
    words = mosaic.second_opinion(
        np.full((400, 900), 255, np.uint8), _page_with(Word("eam", 100, 200, 170, 228, 72.0)), 200
    )
    assert [(w.text, w.x0) for w in words[-2:]] == [("®", 100), ("АГП", 121)]
