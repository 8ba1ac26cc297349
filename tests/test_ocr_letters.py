"""`ocr.letters`: a confused letter put back where Tesseract's dictionary settles the word."""

from __future__ import annotations

import pytest

from magplan.extract.ocr.letters import mend_letters
from magplan.extract.ocr.tesseract import Word, is_word

pytestmark = pytest.mark.skipif(is_word("форум") is None, reason="needs libtesseract's dictionary")


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        ("Иноормационно-издательская", "Информационно-издательская"),  # «ф» read as «о»
        ("ИНООРМАЦИОННЫЙ", "ИНФОРМАЦИОННЫЙ"),
        ("оестиваль", "фестиваль"),
        ("(оестиваль»", "(фестиваль»"),  # the punctuation round it kept
        ("Информационно", "Информационно"),  # a known word stays
        ("оорум", "форум"),
        ("оото", "оото"),  # too short to settle: as read
        ("Васюнькин", "Васюнькин"),  # a name no swap makes known: as read
        ("KazanForum", "KazanForum"),
    ],
)
def test_a_confused_letter_is_put_back_only_where_the_dictionary_knows_the_word_so(read: str, printed: str) -> None:
    word = Word(read, 0, 0, 10, 10, 50.0)
    assert mend_letters([word])[0].text == printed
