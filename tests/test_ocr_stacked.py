"""`ocr.stacked`: a word Tesseract read over two lines of a cell at once, read again alone.

The reading of the boxes again is replaced by a stand-in (what Tesseract gives for them is the
scan tests' to show: tests/test_ocr_handmade.py): what is measured here is which words are
taken, kept and dropped.
"""

from __future__ import annotations

import numpy as np
import pytest

from magplan.extract.ocr import stacked
from magplan.extract.ocr.mosaic import Region
from magplan.extract.ocr.tesseract import Word

PAGE = np.zeros((1000, 1500), np.uint8)


def _line(top: int, *texts: str) -> list[Word]:
    """A line of well-read words 26 px tall, 150 px apart, from x = 100."""
    return [Word(text, 100 + 150 * k, top, 230 + 150 * k, top + 26, 95.0) for k, text in enumerate(texts)]


def _read_as(monkeypatch: pytest.MonkeyPatch, words: list[Word]) -> list[list[Region]]:
    asked: list[list[Region]] = []

    def read_regions(page: object, regions: list[Region], dpi: int, parts: int = 1) -> list[Word]:
        asked.append(regions)
        return words

    monkeypatch.setattr(stacked, "read_regions", read_regions)
    return asked


def test_a_cells_two_lines_read_as_one_tall_word_are_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _line(100, "Фестиваль", "Отдел", "по") + _line(140, "весна»", "работе", "Главный")
    tall = Word("р", 989, 749, 1109, 807, 20.0)  # «апрель» over «2027 г.»
    speck = Word("у", 1103, 802, 1108, 807, 69.0)  # a piece of the same ink
    beside = Word("Дворец", 1207, 749, 1330, 775, 96.0)  # well read, right of the tall word's box
    again = [Word("апрель", 990, 750, 1100, 775, 93.0), Word("2027", 990, 781, 1060, 806, 95.0)]
    asked = _read_as(monkeypatch, [*again, Word("г.", 1070, 785, 1095, 806, 91.0)])
    out = stacked.read_stacked_again(PAGE, [*page, tall, speck, beside], 200)
    assert len(asked) == 1 and len(asked[0]) == 1  # the tall word's box alone
    assert [w.text for w in out] == [w.text for w in page] + ["апрель", "2027", "г.", "Дворец"]


@pytest.mark.parametrize(
    "again",
    [
        [Word("р", 990, 750, 1100, 800, 40.0)],  # no more letters
        [Word("апрель", 990, 750, 1100, 775, 15.0), Word("2027", 990, 781, 1060, 806, 95.0)],  # less sure
        [],
    ],
)
def test_a_reading_again_no_better_leaves_the_word_as_read(monkeypatch: pytest.MonkeyPatch, again: list[Word]) -> None:
    page = _line(100, "Фестиваль", "Отдел", "по") + _line(140, "весна»", "работе", "Главный")
    tall = Word("р", 989, 749, 1109, 807, 20.0)
    _read_as(monkeypatch, again)
    assert stacked.read_stacked_again(PAGE, [*page, tall], 200) == [*page, tall]


def test_a_tall_word_read_sure_of_itself_is_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """A heading's large print: Tesseract is sure of it."""
    page = _line(100, "Фестиваль", "Отдел", "по") + _line(140, "весна»", "работе", "Главный")
    heading = Word("ПЛАН", 400, 20, 600, 80, 96.0)
    asked = _read_as(monkeypatch, [])
    assert stacked.read_stacked_again(PAGE, [heading, *page], 200) == [heading, *page]
    assert asked == []


def test_a_word_well_read_inside_the_box_but_not_read_again_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """A signature's stroke read as a tall «р» over a name read well: a reading again that does
    not hold the name leaves it."""
    page = _line(100, "Фестиваль", "Отдел", "по") + _line(140, "весна»", "работе", "Главный")
    stroke = Word("р", 300, 300, 700, 380, 15.0)
    name = Word("Иванов", 450, 330, 600, 356, 92.0)
    _read_as(monkeypatch, [Word("ии", 310, 300, 400, 330, 30.0), Word("Мм", 620, 350, 690, 378, 25.0)])
    out = stacked.read_stacked_again(PAGE, [*page, stroke, name], 200)
    assert [w.text for w in out] == [w.text for w in page] + ["ии", "Мм", "Иванов"]
