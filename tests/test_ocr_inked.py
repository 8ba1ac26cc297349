"""Unsure words beside removed ink read again (`ocr.inked`): which words, and when the new reading wins."""

from __future__ import annotations

import numpy as np
import pytest

from magplan.extract.ocr import inked
from magplan.extract.ocr.mosaic import Region
from magplan.extract.ocr.tesseract import Word


def _words() -> list[Word]:
    return [
        Word("т", 100, 100, 260, 130, 34.0),  # a pen stroke's remains over the signature line
        Word("И.Л.", 280, 103, 335, 124, 57.0),  # clean print beside it, misread in the line's context
        Word("Соколов", 345, 103, 455, 125, 96.0),
        Word("городов", 280, 40, 380, 62, 55.0),  # unsure, but on a line without ink
    ]


def _stamped() -> np.ndarray:
    stamped = np.zeros((300, 600), np.uint8)
    stamped[95:135, 90:270] = 255
    return stamped


def test_an_unsure_word_beside_ink_is_read_again_with_its_sure_neighbour(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[Region] = []

    def read(page: np.ndarray, regions: list[Region], dpi: int) -> list[Word]:
        asked.extend(regions)
        return [Word("И.П.", 280, 103, 335, 124, 96.0), Word("Соколов", 345, 103, 455, 125, 96.0)]

    monkeypatch.setattr(inked, "read_regions", read)
    out = inked.reread_beside_ink(np.full((300, 600), 255, np.uint8), _words(), _stamped(), 200)
    assert [w.text for w in out] == ["т", "И.П.", "Соколов", "городов"]
    (region,) = asked  # neither the remains under the ink nor a word on a line without ink
    assert region.x0 < 280 and region.x1 > 455 and region.x0 > 260  # the neighbour, not the remains


def test_a_new_reading_not_much_surer_is_not_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inked, "read_regions", lambda page, regions, dpi: [Word("И.Н.", 280, 103, 335, 124, 65.0)])
    out = inked.reread_beside_ink(np.full((300, 600), 255, np.uint8), _words(), _stamped(), 200)
    assert [w.text for w in out] == [w.text for w in _words()]


def test_a_page_without_ink_is_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inked, "read_regions", lambda *args: pytest.fail("read again"))
    words, page = _words(), np.full((300, 600), 255, np.uint8)
    assert inked.reread_beside_ink(page, words, np.zeros((300, 600), np.uint8), 200) == words
