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


def _approval_and_title(garble: str, title_middle: tuple[str, ...]) -> list[Word]:
    """An approval line crossed by a signature, and the title printed clean below it."""
    words = [
        Word("Президент", 300, 100, 420, 122, 96.0),
        Word("Ассамблеи", 430, 100, 560, 122, 96.0),
        Word(garble, 300, 140, 480, 165, 22.0),  # under the signature
        Word("городов", 490, 140, 590, 162, 97.0),
    ]
    x = 100
    for text in ("Ассамблеи", *title_middle, "городов", "(МАГ)"):
        words.append(Word(text, x, 300, x + 12 * len(text), 322, 96.0))
        x += 12 * len(text) + 10
    return words


def _signature() -> np.ndarray:
    stamped = np.zeros((400, 800), np.uint8)
    stamped[130:175, 280:485] = 255
    return stamped


def test_a_garble_under_a_signature_is_mended_from_the_same_phrase_printed_clean() -> None:
    words, mended = inked.mend_from_page(_approval_and_title("слицегеруппых", ("столиц", "и", "крупных")), _signature())
    assert [w.text for w in words[:4]] == ["Президент", "Ассамблеи", "столиц и крупных", "городов"]
    assert mended == [inked.Mended("слицегеруппых", "столиц и крупных")]


@pytest.mark.parametrize(
    ("garble", "middle"),
    [
        ("слицегеруппых", ("регионов", "и", "областей")),  # the phrase elsewhere is another one
        ("COA EPYMbIX", ("столиц", "и", "крупных")),  # nothing of it can be told: left as read
    ],
)
def test_a_garble_without_a_twin_spelled_like_it_stays_as_read(garble: str, middle: tuple[str, ...]) -> None:
    words = _approval_and_title(garble, middle)
    assert inked.mend_from_page(words, _signature()) == (words, [])


def test_two_different_twins_mend_nothing() -> None:
    words = _approval_and_title("слицегеруппых", ("столиц", "и", "крупных"))
    words += [
        Word(t, 100 + 130 * k, 360, 220 + 130 * k, 382, 96.0)
        for k, t in enumerate(["Ассамблеи", "столицы", "и", "крупных", "городов"])
    ]
    assert inked.mend_from_page(words, _signature()) == (words, [])
