"""`ocr.letters`: a confused letter put back where a dictionary (Tesseract's or the project's) settles the word."""

from __future__ import annotations

import pytest

from magplan.extract.ocr.letters import mend_letters, part_glued_numbers
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
        ("общественноетью", "общественностью"),  # «с» read as «е»
        ("общественнос", "общественнос"),  # a word cut at the line's end: its last letter stays
        ("Мзрия", "Мэрия"),  # «э» read as «з», its bar lost
        ("Звезда", "Звезда"),  # a known word with «з» stays
        ("лредприятия", "предприятия"),  # «п» read as «л»
        ("площадь", "площадь"),
        ("генерадьный", "генеральный"),  # «л» read as «д»
        ("Дворец", "Дворец"),
        # Tesseract's dictionary lacks the word, OpenCorpora's forms (`lexicon`) have it.
        ("внешнезкономических", "внешнеэкономических"),
        ("Кравцов", "Кравцов"),
        ("Таврида", "Таврида"),  # a name: «Таврила» is a rare form the project's dictionary knows
        ("руководителъ", "руководитель"),  # the soft sign read as the hard one …
        ("руководителb", "руководитель"),  # … or as a Latin «b»
        ("объявление", "объявление"),  # a known word with «ъ» stays
        ("руководителbx", "руководителbx"),  # a Latin word's letters: as read
    ],
)
def test_a_confused_letter_is_put_back_only_where_the_dictionary_knows_the_word_so(read: str, printed: str) -> None:
    word = Word(read, 0, 0, 10, 10, 50.0)
    assert mend_letters([word])[0].text == printed


@pytest.mark.parametrize(
    ("read", "parted"),
    [
        ("ЗТурнир", ["3", "Турнир"]),  # the «3» read as «З» and glued to the name
        ("12Первенство", ["12", "Первенство"]),
        ("3.Кросс", ["3.", "Кросс"]),
        # ... with the column's border between, both set against it (a spreadsheet's print).
        ("З|Общественные", ["3", "Общественные"]),
        ("12|Первенство", ["12", "Первенство"]),
        ("|Первенство", ["|Первенство"]),  # no number before it
        ("ЗАГС", ["ЗАГС"]),  # an abbreviation in capitals
        ("Звезда", ["Звезда"]),
        ("3×3", ["3×3"]),
    ],
)
def test_a_rows_number_glued_to_the_name_after_it_is_parted(read: str, parted: list[str]) -> None:
    words = part_glued_numbers([Word(read, 100, 0, 100 + 10 * len(read), 12, 80.0, (1, 1, 1))])
    assert [w.text for w in words] == parted
    assert words[0].x0 == 100 and words[-1].x1 == 100 + 10 * len(read)
    if len(words) == 2:
        # The number's share of the box, and the name's after it (a border's «|» between is neither).
        assert words[0].x1 - 100 == 10 * len(parted[0])
        assert words[1].x0 - 100 == 10 * (len(read) - len(parted[1])) + 1


@pytest.mark.parametrize(
    ("read", "parted"),
    [
        ("№Наименование", ["№", "Наименование"]),  # WeasyPrint's default print: cells a space apart
        ("№Мероприятие", ["№", "Мероприятие"]),
        ("№п/п", ["№п/п"]),  # the numbers' own header cell
        ("№", ["№"]),
    ],
)
def test_the_headers_numero_glued_to_the_next_cells_name_is_parted(read: str, parted: list[str]) -> None:
    words = part_glued_numbers([Word(read, 100, 0, 100 + 10 * len(read), 12, 80.0, (1, 1, 1))])
    assert [w.text for w in words] == parted
    if len(words) == 2:  # the sign is about one and a half letters wide
        assert words[0].x1 == 100 + round(10 * len(read) * 1.5 / (len(read) + 0.5)) < words[1].x0


def test_only_a_lines_first_word_is_parted() -> None:
    first = Word("Турнир", 100, 0, 160, 12, 80.0, (1, 1, 1))
    later = Word("ЗТурнир", 200, 0, 270, 12, 80.0, (1, 1, 1))
    assert [w.text for w in part_glued_numbers([first, later])] == ["Турнир", "ЗТурнир"]


@pytest.mark.parametrize(
    ("line", "read"),
    [
        # A row's «3» read as «З», alone opening its line: no Russian word is «З».
        (["З", "Фестиваль"], ["3", "Фестиваль"]),
        (["З.", "Фестиваль"], ["3.", "Фестиваль"]),
        # ... but an initial before another is one («З. К. Мамедова»), and «З» inside a line is left.
        (["З.", "К.", "Мамедова"], ["З.", "К.", "Мамедова"]),
        (["Дом", "З"], ["Дом", "З"]),
    ],
)
def test_a_lone_z_opening_its_line_is_a_rows_three(line: list[str], read: list[str]) -> None:
    words = [Word(text, 100 + 60 * k, 0, 140 + 60 * k, 12, 80.0, (1, 1, 1)) for k, text in enumerate(line)]
    assert [w.text for w in part_glued_numbers(words)] == read


def test_a_words_last_letter_is_put_back_where_the_line_goes_on_after_it() -> None:
    """Only a line's last word may be cut at its end: elsewhere its last letter is mended too."""
    words = [Word("ресуре", 0, 0, 60, 10, 50.0), Word("города", 70, 0, 130, 10, 50.0)]
    assert [w.text for w in mend_letters(words)] == ["ресурс", "города"]
    assert mend_letters(words[:1])[0].text == "ресуре"


@pytest.mark.parametrize(
    ("line", "read"),
    [
        (["Участие", "B", "IX", "форуме"], ["Участие", "в", "IX", "форуме"]),
        (["года.", "B", "рамках"], ["года.", "В", "рамках"]),  # a sentence's first word
        (["корпус", "B"], ["корпус", "B"]),  # no object after it: a letter of its own
        (["«Лето", "BO", "дворах»"], ["«Лето", "во", "дворах»"]),  # «во» in its Latin look-alikes
        (["ФГБОУ", "BO", "«МГУ»"], ["ФГБОУ", "BO", "«МГУ»"]),  # the abbreviation «ВО» after another
        (["университет", "BO", "МГПУ"], ["университет", "BO", "МГПУ"]),  # … or before a name's capital
        (["Vitamin", "B", "12"], ["Vitamin", "B", "12"]),  # no Russian word before it
    ],
)
def test_a_latin_capital_read_for_a_preposition(line: list[str], read: list[str]) -> None:
    words = [Word(text, 20 * i, 0, 20 * i + 15, 10, 50.0) for i, text in enumerate(line)]
    assert [w.text for w in mend_letters(words)] == read


@pytest.mark.parametrize(("line", "read"), [(["«Лето", "BO"], ["«Лето", "во"]), (["корпус", "B"], ["корпус", "B"])])
def test_a_latin_preposition_at_a_lines_end_before_its_object_on_the_next(line: list[str], read: list[str]) -> None:
    """«Лето BO» / «дворах»»: the object wrapped onto the next line.  A lone «B» there may be a
    letter of its own («корпус B» / «Москва»)."""
    words = [Word(text, 20 * i, 0, 20 * i + 15, 10, 50.0, (1, 1, 1)) for i, text in enumerate(line)]
    following = Word("дворах»", 0, 20, 40, 30, 50.0, (1, 1, 2))
    assert [w.text for w in mend_letters([*words, following])][:-1] == read


def test_an_a_opening_its_line_in_the_column_of_row_numbers_is_a_four() -> None:
    """A row's «4» read as «A» (its open top): where three lines or more open with a row number at
    its left edge, it is the figure; elsewhere (a line opening «А также …», an «A» off the column)
    it stays as read."""

    def word(text: str, x0: int, line: int) -> Word:
        return Word(text, x0, 40 * line, x0 + 10 * len(text), 40 * line + 30, 90.0, (1, 1, line))

    numbers = [word(f"{n}.", 272, n) for n in (1, 2, 3, 5)]
    names = [word("Конкурс", 426, 4), word("А", 700, 9), word("также", 730, 9)]
    read = part_glued_numbers([*numbers, word("A", 270, 4), *names])
    assert [w.text for w in read if w.line == (1, 1, 4)] == ["4", "Конкурс"]
    assert [w.text for w in read if w.line == (1, 1, 9)] == ["А", "также"]
    # Two numbers in that column are no column yet.
    assert [w.text for w in part_glued_numbers([*numbers[:2], word("A", 270, 4)])][-1] == "A"
