"""How OCR words become text, checked on drawn glyphs and placed words (no Tesseract).

Each case is a shape that phone photos and scans of generated plans got
wrong: a sans-serif Roman numeral read as «И!», a bullet taken for «®», an
en dash read as a hyphen, a word cut at a narrow column's edge, a colon
pushed to the next line, a sliver of a warped table frame taken for a cell,
a stamp's gray ghost read as words.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from magplan.extract.ocr import grid
from magplan.extract.ocr.blanks import fill_in_blanks
from magplan.extract.ocr.glyphs import read_glyphs, small_height, without_phantom_marks
from magplan.extract.ocr.lines import _stars_onto_their_line, _unpaired_quotes, group_lines, join_lines
from magplan.extract.ocr.page import _noise, paragraph_text
from magplan.extract.ocr.paragraphs import side_by_side
from magplan.extract.ocr.tesseract import Word as OcrWord
from magplan.extract.ocr.tesseract import is_word
from magplan.extract.pdf.words import Line, Word
from magplan.layout import Cell, Layout, Paragraph, Row, Table
from magplan.normalize import lexicon
from magplan.normalize.ocr_fix import correct, correct_layout
from magplan.requisites import approval_block, signatory_block

CAP = 20  # capital height of the drawn glyphs, in pixels
BASE = 60  # their baseline


def _page() -> np.ndarray:
    return np.zeros((100, 900), np.uint8)


def _letters(bw: np.ndarray, x0: int, count: int, height: int = CAP, width: int = 10, gap: int = 2) -> int:
    """Draw `count` letter-like glyphs (hollow boxes) standing on the baseline; returns their right edge."""
    x = x0
    for _ in range(count):
        cv2.rectangle(bw, (x, BASE - height), (x + width - 1, BASE - 1), 255, 2)
        x += width + gap
    return x - gap


def _bar(bw: np.ndarray, x: int, width: int = 4) -> int:
    bw[BASE - CAP : BASE, x : x + width] = 255
    return x + width


def _word(text: str, x0: float, x1: float, top: float = BASE - CAP - 2, bottom: float = BASE + 4) -> Word:
    return Word(text, x0, x1, top, bottom, 0.9 * (bottom - top))


def _read(bw: np.ndarray, *words: Word) -> list[str]:
    line = Line(list(words), min(w.top for w in words), max(w.bottom for w in words))
    read_glyphs(line, bw, float(CAP))
    return [w.text for w in line.words]


# -- glyphs -------------------------------------------------------------------


def test_bars_misread_as_letters_are_a_roman_numeral() -> None:
    bw = _page()
    end = _bar(bw, _bar(bw, _bar(bw, 100) + 4) + 4)  # «III» in a sans-serif font
    right = _letters(bw, end + 14, 6)
    assert _read(bw, _word("И!", 100, end), _word("Молодежный", end + 14, right)) == ["III", "Молодежный"]


def test_a_breve_read_as_a_word_of_its_own_is_no_footnote_marker() -> None:
    """A large bold heading «… мероприятий»: Tesseract read the breve of the last «й» as a word of
    its own («ww») over that letter, taken for a raised marker («мероприятий¹»).  It stands over
    its word's letters; a marker after the word's last letter stays a marker."""
    bw = _page()
    right = _letters(bw, 100, 10, height=14, gap=4)
    bw[BASE - CAP : BASE - CAP + 4, right - 8 : right - 2] = 255  # the breve over the last letter
    breve = _word("ww", right - 8, right - 2, top=BASE - CAP - 1, bottom=BASE - CAP + 5)
    assert _read(bw, _word("мероприятий", 100, right), breve) == ["мероприятий"]
    bw = _page()
    right = _letters(bw, 100, 10, height=14, gap=4)
    bw[BASE - CAP : BASE - CAP + 8, right + 3 : right + 6] = 255  # «¹» after the word
    marker = _word("!", right + 3, right + 6, top=BASE - CAP - 1, bottom=BASE - CAP + 9)
    line = Line([_word("мероприятий", 100, right), marker], BASE - CAP - 2, BASE + 4)
    read_glyphs(line, bw, float(CAP))
    assert [(w.text, w.raised) for w in line.words] == [("мероприятий", False), ("1", True)]
    # ... also where Tesseract boxed the star both in the word's box and in its own: no letter under it.
    bw = _page()
    right = _letters(bw, 100, 10, height=14, gap=4)
    star = right + 4
    bw[BASE - CAP : BASE - CAP + 11, star : star + 9] = 255
    boxed = _word("*", star + 1, star + 8, top=BASE - CAP - 1, bottom=BASE - CAP + 11)
    assert _read(bw, _word("мероприятий", 100, star + 9), boxed) == ["мероприятий", "*"]


@pytest.mark.parametrize(
    ("marks", "read"),
    [
        ([(1, 0), (6, 0)], "учёт"),  # two dots at one height over the «е»: «ё»
        ([(1, 0)], "учет"),  # one mark: no «ё» (a speck)
        ([(1, 0), (6, 4)], "учет"),  # two specks at other heights
        ([(-4, 0), (6, 0)], "учет"),  # a bar of the letter before, kerned over it, and a speck
        ([], "учет"),
    ],
)
def test_the_dots_of_an_yo_over_its_letter_make_it_yo(marks: list[tuple[int, int]], read: str) -> None:
    """«молодёжного» read «молодежного» (a large heading, the dots above Tesseract's word box): two
    small dots side by side over the glyph of the «е» make it «ё»."""
    bw = _page()
    right = _letters(bw, 100, 4, height=14, gap=4)
    e = 100 + 2 * 14  # the third glyph, «е»
    for dx, dy in marks:
        bw[BASE - 20 + dy : BASE - 17 + dy, e + dx : e + dx + 3] = 255
    assert _read(bw, _word("учет", 100, right, top=BASE - 16)) == [read]


def test_a_zero_as_small_as_small_letters_is_the_letter_o() -> None:
    """«Отметка 0 выполнении» of a photo's header: the preposition «о» read as the figure zero, which
    stands as tall as the capitals; one as small as the small letters beside it is the letter."""
    bw = _page()
    before = _letters(bw, 100, 7, height=14)
    cv2.ellipse(bw, (before + 16, BASE - 7), (5, 6), 0, 0, 360, 255, 2)  # «о», as tall as the small letters
    after = _letters(bw, before + 30, 10, height=14)
    words = _word("Отметка", 100, before), _word("0", before + 10, before + 22), _word("выполнении", before + 30, after)
    assert _read(bw, *words) == ["Отметка", "о", "выполнении"]
    bw = _page()  # «на 0 рублей» in figures: the zero as tall as capitals stays
    _letters(bw, 100, 2, height=14)
    cv2.ellipse(bw, (140, BASE - 10), (6, 10), 0, 0, 360, 255, 2)
    _letters(bw, 160, 6, height=14)
    assert _read(bw, _word("на", 100, 122), _word("0", 133, 147), _word("рублей", 160, 230)) == ["на", "0", "рублей"]


def test_small_letters_run_together_measure_the_pages_small_height() -> None:
    """A photo's blur runs small letters together («стол» two blobs): the page's small-letter height
    was not measured (its words were no samples), and «Минск» with small letters 0.81 of the
    capitals, above the fixed share, stayed «МИНСК» as Tesseract read it."""
    bw = np.zeros((100, 1600), np.uint8)
    words, x = [], 20
    for _ in range(8):
        right = _letters(bw, x, 2, height=17, width=22, gap=4)  # «стол»: two letters to a blob
        words.append(_word("стол", x, right))
        x = right + 20
    small = small_height(words, bw)
    assert small == 19  # drawn 17 high, the outline 2 pixels thick
    bw = _page()
    first = _letters(bw, 100, 1, height=21, width=20)  # 23 high as measured: small letters 0.83 of it
    right = _letters(bw, first + 4, 4, height=17, gap=4)
    line = Line([_word("МИНСК", 100, right)], BASE - 23, BASE + 4)
    read_glyphs(line, bw, 23.0, small)
    assert [w.text for w in line.words] == ["Минск"]


@pytest.mark.parametrize(("dash", "meant"), [(14, "20–22"), (6, "20-22")])
def test_a_dash_run_into_a_figure_is_measured_by_its_columns(dash: int, meant: str) -> None:
    """«20–22 ноября» of a 1-bit scan: the en dash ran into the «0» (one blob), so no flat blob
    stood between the figures and the range kept Tesseract's hyphen; a hyphen so run in stays."""
    bw = _page()
    right = _letters(bw, 100, 2, width=12, gap=3)  # «20»
    bw[BASE - 11 : BASE - 8, right : right + dash] = 255  # the dash, touching the «0»
    end = _letters(bw, right + dash + 3, 2, width=12, gap=3)  # «22»
    assert _read(bw, _word("20-22", 100, end)) == [meant]


@pytest.mark.parametrize(
    ("after", "meant"), [("Международном", ["в", "III", "Международном"]), ("форуме", ["в", "форуме"])]
)
def test_a_numeral_of_bars_left_unread_between_words_is_read(after: str, meant: list[str]) -> None:
    """«Участие в III Международном форуме» of a scan: Tesseract read «в» and «Международном» and
    nothing of the three bars between them (the title and its edition lost the numeral).  Bars
    in the room before a word of small letters are left alone."""
    bw = _page()
    small = _letters(bw, 100, 1, height=14)
    x = small + 16
    for _ in range(3):
        x = _bar(bw, x) + 4
    right = _letters(bw, x + 10, 8, height=14)
    assert _read(bw, _word("в", 100, small), _word(after, x + 10, right)) == meant


@pytest.mark.parametrize(("after", "meant"), [("квартал", ["III", "квартал"]), ("форуме", ["форуме"])])
def test_a_numeral_of_bars_left_unread_before_a_lines_period_word_is_read(after: str, meant: list[str]) -> None:
    """«III квартал» in a date cell of a scan read «квартал»: no word before the bars bounds their
    room, the line's first word does (a period's word).  Before another word they are left alone."""
    bw = _page()
    x = 100
    for _ in range(3):
        x = _bar(bw, x) + 4
    right = _letters(bw, x + 8, 7, height=14)
    assert _read(bw, _word(after, x + 8, right, top=BASE - 15, bottom=BASE + 1)) == meant


@pytest.mark.parametrize(("swell", "meant"), [(2, ["III", "квартал"]), (4, ["квартал"])])
def test_bars_a_scan_swelled_by_a_pixel_above_a_line_of_small_letters_are_a_numeral(
    swell: int, meant: list[str]
) -> None:
    """«III квартал» printed by wkhtmltopdf, scanned: the line's box is its small letters', the bars
    stand above it to the capitals' top, and the last bar's noise swells it a pixel here and there
    (its box wider and emptier than a bar's).  Its rows show one stroke; a blob twice as wide in
    places (a letter, a blot) is no bar."""
    bw = _page()
    x = 100
    for _ in range(3):
        x = _bar(bw, x, width=3) + 4
    bw[BASE - 15 : BASE - 13, x - 4 : x - 4 + swell] = 255  # the last bar swollen at two rows
    bw[BASE - 8 : BASE - 7, x - 4 : x - 4 + swell] = 255
    right = _letters(bw, x + 8, 7, height=14)
    assert _read(bw, _word("квартал", x + 8, right, top=BASE - 15, bottom=BASE + 1)) == meant


@pytest.mark.parametrize(("count", "meant"), [(1, "I"), (3, "III")])
def test_an_underlined_headings_numeral_read_as_the_underline_is_read(count: int, meant: str) -> None:
    """«I квартал» set as a link (underlined, bold serif type) read «_____ квартал»: over the
    underline stand the numeral's letters, each a stem between serifs half its height wide."""
    bw = _page()
    x = 100
    for _ in range(count):
        bw[BASE - CAP : BASE - CAP + 3, x : x + 10] = 255  # the serifs …
        bw[BASE - 3 : BASE, x : x + 10] = 255
        bw[BASE - CAP : BASE, x + 3 : x + 7] = 255  # … and the stem
        x += 12
    right = _letters(bw, x + 10, 7, height=14, gap=4)
    bw[BASE + 3 : BASE + 6, 98:right] = 255  # the underline under the whole heading
    words = [_word("_____", 98, x, bottom=BASE + 6), _word("квартал", x + 10, right, top=BASE - 15, bottom=BASE + 6)]
    assert _read(bw, *words) == [meant, "квартал"]


def test_a_t_over_an_underline_is_no_numerals_i() -> None:
    """A «Т» has a stem and a bar across its top alone: no serif I of an underlined numeral."""
    bw = _page()
    bw[BASE - CAP : BASE - CAP + 3, 100:110] = 255
    bw[BASE - CAP : BASE, 103:107] = 255
    right = _letters(bw, 122, 7, height=14, gap=4)
    bw[BASE + 3 : BASE + 6, 98:right] = 255
    words = [_word("_____", 98, 112, bottom=BASE + 6), _word("квартал", 122, right, top=BASE - 15, bottom=BASE + 6)]
    assert _read(bw, *words)[0] == "_____"


@pytest.mark.parametrize(("space", "meant"), [(12, ["III", "квартал"]), (0, ["квартал"])])
def test_a_numeral_of_bars_boxed_with_its_period_word_is_read(space: int, meant: list[str]) -> None:
    """«III квартал» of a 1-bit sideways scan: Tesseract boxed the bars and the word as one word and
    read it «квартал», so no room was left before the word's box.  The bars that open the box a
    space before its first letter are the numeral; a letter's stroke set close (no space) is not."""
    bw = _page()
    x = 100
    for _ in range(3):
        x = _bar(bw, x) + 4
    right = _letters(bw, x + space, 7, height=14)
    assert _read(bw, _word("квартал", 100, right, top=BASE - 15, bottom=BASE + 1)) == meant


@pytest.mark.parametrize("read", ["{", "(", "|"])
def test_a_numerals_bar_read_as_a_mark_before_a_period_word_is_an_i(read: str) -> None:
    """«I квартал» of a 1-bit scan read «{ квартал»: a mark before a line's period word whose ink
    is one plain bar is the numeral I.  A bracket's curve stays a bracket («( квартал»)."""
    bw = _page()
    bar = _bar(bw, 100)
    right = _letters(bw, bar + 12, 7, height=14)
    assert _read(bw, _word(read, 100, bar), _word("квартал", bar + 12, right)) == ["I", "квартал"]
    curved = _page()
    cv2.ellipse(curved, (110, BASE - CAP // 2), (6, CAP // 2), 0, 90, 270, 255, 2)
    right = _letters(curved, 124, 7, height=14)
    assert _read(curved, _word("(", 103, 111), _word("квартал", 124, right))[0] == "("


def test_a_range_opening_with_a_bar_read_as_a_bracket_is_read() -> None:
    """«I-IV квартал» read «(-IV»: the lone bar before the dash, as narrow as the I of «IV»."""
    bw = _page()
    left = _bar(bw, 100)
    bw[BASE - 11 : BASE - 8, left + 3 : left + 11] = 255  # the dash
    end = _roman(bw, left + 14, "IV")
    right = _letters(bw, end + 14, 6, height=14)
    assert _read(bw, _word("(-IV", 100, end), _word("квартал", end + 14, right))[0] == "I-IV"


def test_a_number_opening_with_a_one_is_not_parted_after_it() -> None:
    """«15 мая»: the «1» takes a figure's room, its ink narrow, so the room after it is as wide as a
    space; «15» is one number (it was read «1 5 мая»)."""
    bw = _page()
    _bar(bw, 100, width=5)
    five = _letters(bw, 113, 1, width=12)
    right = _letters(bw, five + 12, 3, height=14)
    assert _read(bw, _word("15", 100, five), _word("мая", five + 12, right)) == ["15", "мая"]
    # Two numbers read as one word, a space after the «1» wider than a figure's room: parted.
    glued = _page()
    x = _letters(glued, 100, 1, width=12) + 4
    x = _bar(glued, x, width=5) + 24
    x = _letters(glued, x, 1, width=12) + 4
    end = _letters(glued, x, 1, width=12)
    assert _read(glued, _word("2122", 100, end)) == ["21", "22"]


def test_a_one_drawn_as_a_plain_bar_is_a_capital_i_and_a_flagged_one_stays() -> None:
    bw = _page()
    _bar(bw, 100)
    bw[BASE - 4 : BASE, 108:112] = 255  # the «.» after it
    assert _read(bw, _word("1.", 100, 112)) == ["I."]
    flagged = _page()
    _bar(flagged, 100)
    flagged[BASE - CAP : BASE - CAP + 6, 94:100] = 255  # the flag of a digit one
    flagged[BASE - 4 : BASE, 108:112] = 255
    assert _read(flagged, _word("1.", 94, 112)) == ["1."]


def test_a_filled_dot_before_a_word_of_small_letters_is_a_bullet() -> None:
    bw = _page()
    cv2.circle(bw, (106, BASE - 8), 4, 255, -1)  # a sans-serif bullet, over half the word's height
    right = _letters(bw, 130, 6, height=14)  # «секция»: small letters only
    word = _word("секция", 130, right, top=BASE - 15, bottom=BASE + 1)
    assert _read(bw, _word("©", 100, 113, top=BASE - 15, bottom=BASE), word)[0] == "•"


@pytest.mark.parametrize(("read", "meant"), [("©", "•"), ("o", "o")])
def test_a_large_rounded_bullet_read_as_a_sign_is_a_bullet(read: str, meant: str) -> None:
    """A 1-bit scan's bullet, a rounded diamond over two thirds as tall as the capitals and under
    two thirds inked, read «©»: a sign no plan's text opens a line with; a letter's reading is left."""
    bw = _page()
    diamond = np.array([[106, BASE - 14], [112, BASE - 8], [106, BASE - 2], [100, BASE - 8]], np.int32)
    cv2.fillPoly(bw, [diamond], 255)
    bw[BASE - 14, 100:113] = bw[BASE - 2, 100:113] = 0  # its tips rounded off: 11 px across, 0.6 inked
    bw[BASE - 14 : BASE - 1, 100] = bw[BASE - 14 : BASE - 1, 112] = 0
    right = _letters(bw, 130, 6, height=14)
    word = _word("секция", 130, right, top=BASE - 15, bottom=BASE + 1)
    assert _read(bw, _word(read, 98, 115, top=BASE - 15, bottom=BASE + 1), word)[0] == meant


@pytest.mark.parametrize(("dash", "read"), [(15, "май–август"), (7, "май-август")])
def test_a_dash_inside_a_word_is_told_by_its_length(dash: int, read: str) -> None:
    bw = _page()
    left = _letters(bw, 100, 3, height=14)
    bw[BASE - 8 : BASE - 5, left + 3 : left + 3 + dash] = 255
    right = _letters(bw, left + dash + 6, 6, height=14)
    _letters(bw, right + 20, 1, height=CAP)  # a capital elsewhere on the line
    assert _read(bw, _word("май-август", 100, right))[0] == read


@pytest.mark.parametrize(("dash", "read"), [(13, "октябрь–ноябрь"), (7, "октябрь-ноябрь")])
def test_a_dash_between_words_of_small_letters_is_told_against_their_width(dash: int, read: str) -> None:
    """«октябрь–ноябрь» (a photo): the «б» stands taller than capitals, so against the word's height
    the en dash measured short; against its small letters' width it is as long as one, a hyphen half."""
    bw = _page()
    left = _letters(bw, 100, 5, height=14, gap=4)
    left = _letters(bw, left + 4, 1, height=26)  # «б»
    left = _letters(bw, left + 4, 1, height=14)
    bw[BASE - 8 : BASE - 5, left + 3 : left + 3 + dash] = 255
    right = _letters(bw, left + dash + 6, 6, height=14, gap=4)
    assert _read(bw, _word("октябрь-ноябрь", 100, right, top=BASE - 30))[0] == read


def test_a_lone_dash_is_measured_by_its_whole_ink_not_by_tesseracts_box() -> None:
    """«30 июля – 1 августа», «март – апрель» (photos seed 48, photo-48-001 and -004): Tesseract's box
    held a part of the dash (4 of its 11 pixels), which measured a hyphen; the dash's ink out to the
    words beside it is the dash.  A hyphen's whole ink stays a hyphen (photo-47-011 «ноябрь - декабрь»)."""
    bw = _page()
    left = _letters(bw, 100, 4, height=14, width=12, gap=4)
    start = left + 12
    bw[BASE - 8 : BASE - 5, start : start + 14] = 255
    right = _letters(bw, start + 26, 6, height=14, width=12, gap=4)
    words = _word("июля", 100, left), _word("-", start + 5, start + 9), _word("августа", start + 26, right)
    assert _read(bw, *words)[1] == "–"
    bw = _page()
    bw[BASE - 8 : BASE - 5, start : start + 8] = 255  # a hyphen, 0.4 of the capitals
    _letters(bw, 100, 4, height=14, width=12, gap=4)
    _letters(bw, start + 26, 6, height=14, width=12, gap=4)
    assert _read(bw, *words)[1] == "-"


def test_a_hyphen_between_capitals_in_quotes_is_no_en_dash() -> None:
    """«МАГ-ИНФО», (the corpus scan): the quotes and the comma are no small letters to measure by."""
    bw = _page()
    left = 100
    for x in (left, left + 6):
        bw[BASE - CAP : BASE - CAP + 8, x : x + 3] = 255  # «
    left = _letters(bw, left + 14, 3, gap=4)
    bw[BASE - 9 : BASE - 6, left + 3 : left + 11] = 255
    left = _letters(bw, left + 14, 4, gap=4)
    for x in (left + 2, left + 8):
        bw[BASE - CAP : BASE - CAP + 8, x : x + 3] = 255  # »
    bw[BASE - 4 : BASE + 3, left + 14 : left + 17] = 255  # ,
    assert _read(bw, _word("«МАГ-ИНФО»,", 100, left + 17)) == ["«МАГ-ИНФО»,"]


def test_a_hyphen_in_a_name_in_quotes_is_measured_without_the_quotes() -> None:
    """«Соседи-фест» of a browser's print: the quotes' strokes, lower than the small letters, were
    taken for the word's small letters and its small letters for capitals, and the hyphen, long
    against them, was read as an en dash («Соседи–фест»)."""
    bw = _page()
    for x in (100, 108):
        bw[BASE - 12 : BASE, x : x + 6] = 255  # «
    left = _letters(bw, 118, 1, height=24, width=18)  # «С»
    left = _letters(bw, left + 3, 5, height=17, width=14, gap=3)
    bw[BASE - 10 : BASE - 7, left + 2 : left + 12] = 255  # the hyphen, 10 wide
    left = _letters(bw, left + 15, 4, height=17, width=14, gap=3)
    for x in (left + 3, left + 11):
        bw[BASE - 12 : BASE, x : x + 6] = 255  # »
    line = Line([_word("«Соседи-фест»", 100, left + 17, top=BASE - 26)], BASE - 26, BASE + 4)
    read_glyphs(line, bw, 24.0)
    assert [w.text for w in line.words] == ["«Соседи-фест»"]


@pytest.mark.parametrize(("height", "read"), [(CAP, "ТОС"), (14, "тос")])
def test_an_abbreviation_read_small_alone_on_its_line_is_told_by_its_height(height: int, read: str) -> None:
    """«Председатель / ТОС» of a browser's print, the cell's second line one word: Tesseract read it
    «тос», whose small letters are its capitals made smaller.  Its glyphs as tall as the page's
    capitals make it capitals; printed small, it stays."""
    bw = _page()
    right = _letters(bw, 100, 3, height=height, gap=4)
    line = Line([_word("тос", 100, right)], BASE - CAP - 2, BASE + 4)
    read_glyphs(line, bw, float(CAP))
    assert [w.text for w in line.words] == [read]


def test_small_letters_of_a_large_heading_as_tall_as_the_pages_capitals_stay_small() -> None:
    """«… на 2027 год» of a heading set larger: its «на» stands as tall as the body's capitals, but
    it shares its line with other words; a word alone on a line of a larger font, its small
    letters taller than the page's capitals, stays small too."""
    bw = _page()
    right = _letters(bw, 100, 1, height=28, width=18)
    right = _letters(bw, right + 3, 3, height=CAP, width=14, gap=3)  # «План»
    after = _letters(bw, right + 16, 2, height=CAP, width=14, gap=3)  # «на»
    words = _word("План", 100, right, top=BASE - 30), _word("на", right + 16, after, top=BASE - 30)
    line = Line(list(words), BASE - 30, BASE + 4)
    read_glyphs(line, bw, float(CAP))
    assert [w.text for w in line.words] == ["План", "на"]
    bw = _page()
    right = _letters(bw, 100, 4, height=26, width=16, gap=3)  # «года», a heading's last line
    line = Line([_word("года", 100, right, top=BASE - 28)], BASE - 28, BASE + 4)
    read_glyphs(line, bw, float(CAP))
    assert [w.text for w in line.words] == ["года"]


@pytest.mark.parametrize(("dash", "read"), [(14, "23–24"), (7, "23-24")])
def test_a_dash_between_digits_is_told_by_its_length_against_theirs(dash: int, read: str) -> None:
    """Digits stand as high as capitals: a word of digits has no small letters to measure by."""
    bw = _page()
    left = _letters(bw, 100, 2)
    bw[BASE - 10 : BASE - 7, left + 2 : left + 2 + dash] = 255
    right = _letters(bw, left + dash + 4, 2)
    assert _read(bw, _word("23-24", 100, right))[0] == read


def test_small_letters_of_a_font_with_tall_ones_read_as_capitals_are_written_small() -> None:
    """In a font whose small letters stand 0.8 of its capitals, the page's measured small letters decide."""
    bw = _page()
    right = _letters(bw, 100, 4, height=14)
    line = Line([_word("ИЮНЬ", 100, right, top=BASE - 18)], BASE - 18, BASE + 4)
    read_glyphs(line, bw, float(CAP), small=16.0)  # as the boxes drawn 14 high measure
    assert line.words[0].text == "июнь"
    line = Line([_word("ИЮНЬ", 100, right, top=BASE - 18)], BASE - 18, BASE + 4)
    read_glyphs(line, bw, float(CAP))  # without the page's measure: as tall as capitals may be
    assert line.words[0].text == "ИЮНЬ"


@pytest.mark.parametrize(("read", "first", "meant"), [("Июль", 12, "июль"), ("До", 12, "до"), ("Июль", CAP, "Июль")])
def test_a_first_letter_read_as_a_capital_is_small_when_no_taller_than_the_small_ones(
    read: str, first: int, meant: str
) -> None:
    """«июль», «до 5 июля» of a 1-bit scan read «Июль», «До»: И and и differ in their height alone."""
    for size in (1.0, 0.8):  # a footnote's smaller font too
        bw = _page()
        left = _letters(bw, 100, 1, height=round(first * size))
        right = _letters(bw, left + 4, len(read) - 1, height=round(12 * size), gap=4)
        assert _read(bw, _word(read, 100, right, top=BASE - round(first * size) - 2))[0] == meant


def test_a_raised_marker_before_a_footnote_is_split_off() -> None:
    bw = _page()
    bw[BASE - CAP : BASE - CAP + 9, 100:104] = 255  # a small «¹» at the capitals' top
    right = _letters(bw, 110, 2)
    out = _read(bw, _word("По", 100, right), _word("согласованию", right + 12, _letters(bw, right + 12, 8, 14)))
    assert out[:2] == ["1", "По"]


def test_a_raised_figure_over_its_links_underline_is_a_marker() -> None:
    """«марафон²» on a web page, the «²» a link to the note: its underline, joined to the figure's
    foot, comes down near the baseline, and the glyph stood on it as a letter does («марафон2»).
    Without the underline (rows inked across its width at its foot) the figure floats: a marker."""
    bw = _page()
    right = _letters(bw, 100, 7, height=14, gap=4)
    x = right + 2
    bw[BASE - 22 : BASE - 12, x + 2 : x + 10] = 255  # the raised figure
    bw[BASE - 12 : BASE - 10, x + 5 : x + 7] = 255  # its foot run into …
    bw[BASE - 10 : BASE - 5, x : x + 12] = 255  # … the link's underline, above the baseline
    read = Line([_word("марафон2", 100, x + 12)], BASE - CAP - 2, BASE + 4)
    read_glyphs(read, bw, float(CAP))
    assert [(w.text, w.raised) for w in read.words] == [("марафон", False), ("2", True)]


@pytest.mark.parametrize(("dash", "read"), [(14, "23–24"), (26, "23—24")])
def test_a_range_of_figures_read_with_an_em_dash_is_told_by_its_length(dash: int, read: str) -> None:
    """«1—4» in a note: Tesseract reads a range's en dash as an em dash; as long as a figure it is
    an en dash, as long as two an em dash stays."""
    bw = _page()
    left = _letters(bw, 100, 2)
    bw[BASE - 10 : BASE - 7, left + 2 : left + 2 + dash] = 255
    right = _letters(bw, left + dash + 4, 2)
    assert _read(bw, _word("23—24", 100, right))[0] == read


@pytest.mark.parametrize(
    ("width", "reading", "read"),
    [(11, '"', ['жить"', "и"]), (4, '"', ["жить", "1", "и"]), (11, "”", ["жить”", "и"]), (4, "”", ["жить", "1", "и"])],
)
def test_a_closing_quote_run_into_one_blob_is_no_marker(width: int, reading: str, read: list[str]) -> None:
    """A «¹» read as a straight or a curly closing quote is told from one by its narrow shape."""
    bw = _page()
    right = _letters(bw, 100, 4, height=14)
    bw[BASE - CAP : BASE - CAP + 9, right + 2 : right + 2 + width] = 255  # «"» blurred whole, or a «¹»
    after = _letters(bw, right + 30, 1, height=14)
    words = _word("жить" + reading, 100, right + 2 + width), _word("и", right + 30, after)
    assert _read(bw, *words) == read


def test_a_closing_quotes_slanted_ticks_overlapping_across_are_no_marker() -> None:
    """«"__"» of an approval's blank date: the closing quote's two ticks, slanted and blurred, overlap by
    two pixels across; a «¹» broken into its flag and its stem is still a marker."""
    bw = _page()
    right = _letters(bw, 100, 4, height=14)
    bw[BASE - CAP : BASE - CAP + 7, right + 2 : right + 9] = 255  # the first tick
    bw[BASE - CAP : BASE - CAP + 7, right + 11 : right + 14] = 255  # the second, touching it ...
    bw[BASE - CAP : BASE - CAP + 7, right + 9 : right + 11] = 0  # ... only where blur joins them
    bw[BASE - CAP + 3 : BASE - CAP + 7, right + 7 : right + 12] = 0
    bw[BASE - CAP : BASE - CAP + 7, right + 7 : right + 9] = 255
    after = _letters(bw, right + 30, 1, height=14)
    assert _read(bw, _word('жить"', 100, right + 14), _word("и", right + 30, after)) == ['жить"', "и"]
    marked = _page()
    right = _letters(marked, 100, 4, height=14, gap=4)
    marked[BASE - CAP : BASE - CAP + 3, right + 2 : right + 5] = 255  # the one's flag ...
    marked[BASE - CAP : BASE - CAP + 11, right + 6 : right + 9] = 255  # ... apart from its stem
    after = _letters(marked, right + 30, 1, height=14)
    words = _word('жить"', 100, right + 9), _word("и", right + 30, after)
    assert _read(marked, *words) == ["жить", "1", "и"]


def _roman(bw: np.ndarray, x: int, letters: str, gap: int = 3) -> int:
    """Draw Roman capitals (I, V, X condensed, L) standing on the baseline; returns their right edge."""
    top, bottom = BASE - CAP + 1, BASE - 2  # a 3 px line's ends stand a pixel beyond them
    for letter in letters:
        if letter == "I":
            x = _bar(bw, x)
        elif letter == "L":
            bw[top:BASE, x : x + 4] = 255
            bw[BASE - 4 : BASE, x : x + 12] = 255
            x += 12
        else:
            v = letter == "V"
            cv2.line(bw, (x + 1, top), (x + 7 if v else x + 13, bottom), 255, 3)
            cv2.line(bw, (x + 13, top), (x + 7 if v else x + 1, bottom), 255, 3)
            x += 15
        x += gap
    return x - gap


@pytest.mark.parametrize(
    ("glyphs", "read", "meant"),
    [
        ("XII", "ХН", "XII"),  # a condensed X, and more glyphs than letters read
        ("XL", "ХЕ", "XL"),  # as many glyphs: an L read as the letter of its shape
        ("VI", "М!", "VI"),  # … or a mark no word has
        ("XX", "ИХ", "ИХ"),  # … but never a word read letter for letter
        ("V", "№", "№"),  # … nor a sign of one glyph
        ("IV", "-", "-"),  # … nor a dash whose box holds a bar and a blot
        ("III", "№", "III"),  # but a sign read for more glyphs is
        ("II", "il", "II"),  # Latin small letters in a Russian plan are a misreading
        ("IV", "Iv", "IV"),  # … a small letter for a capital as tall as the others
        ("IV", "WV", "IV"),  # … a Latin letter no bar is, for a bar
        ("VI", "UI", "UI"),  # … but not a Latin capital read for a V («U»: a word's letter)
        ("XXIII", "XXII]", "XXIII"),
    ],
)
def test_a_roman_numeral_misread_letter_for_letter(glyphs: str, read: str, meant: str) -> None:
    bw = _page()
    end = _roman(bw, 100, glyphs)
    right = _letters(bw, end + 14, 6)
    assert _read(bw, _word(read, 100, end), _word("Молодежный", end + 14, right))[0] == meant


@pytest.mark.parametrize(("read", "meant"), [("ХЕ", "XL"), ("ХН", "ХН")])
def test_an_x_run_into_the_l_after_it_is_parted_by_the_reading(read: str, meant: str) -> None:
    """«XL» of a 1-bit scan read «ХЕ»: the X's leg ran into the L's foot, one glyph not wide enough
    to be parted by its width; the reading of two letters parts it, and an L read as «Е» is an L.
    A reading no numeral's letters misread (an «Н») is left alone."""
    bw = _page()
    end = _roman(bw, 100, "XL", gap=0)  # the X's leg touches the L's stem
    right = _letters(bw, end + 14, 6)
    assert _read(bw, _word(read, 100, end), _word("Международная", end + 14, right))[0] == meant


def test_a_numerals_letters_run_together_are_parted() -> None:
    bw = _page()
    end = _roman(bw, _roman(bw, 100, "XXX", gap=-1) + 3, "II")  # a photo's blur joined the X's tips
    right = _letters(bw, end + 14, 6)
    assert _read(bw, _word("ХХХИ", 100, end), _word("сессия", end + 14, right))[0] == "XXXII"


def test_a_range_of_numerals_read_as_marks_and_letters() -> None:
    bw = _page()
    left = _roman(bw, 100, "III")
    bw[BASE - 11 : BASE - 8, left + 3 : left + 11] = 255  # the dash
    end = _roman(bw, left + 14, "IV")
    right = _letters(bw, end + 14, 6, height=14)
    assert _read(bw, _word("|-М", 100, end), _word("квартал", end + 14, right))[0] == "III-IV"
    assert _read(bw, _word("1|-1М", 100, end), _word("квартал", end + 14, right))[0] == "III-IV"
    assert _read(bw, _word("1|-№", 100, end), _word("квартал", end + 14, right))[0] == "III-IV"  # «№» for «IV»
    assert _read(bw, _word("(I-IV", 100, end), _word("квартал", end + 14, right))[0] == "III-IV"  # a bar as «(»


def test_a_bracket_before_a_range_of_numerals_stays_a_bracket() -> None:
    bw = _page()
    cv2.ellipse(bw, (112, BASE - CAP // 2), (8, CAP // 2 + 2), 0, 100, 260, 255, 3)  # «(»
    left = _roman(bw, 110, "I")
    bw[BASE - 11 : BASE - 8, left + 3 : left + 11] = 255  # the dash
    end = _roman(bw, left + 14, "IV")
    right = _letters(bw, end + 14, 6, height=14)
    assert _read(bw, _word("(I-IV", 100, end), _word("квартал", end + 14, right))[0] == "(I-IV"


def test_a_blurred_bar_beside_a_range_of_bars_is_an_i() -> None:
    bw = _page()
    _bar(bw, 100, width=5)
    bw[BASE - 14 : BASE - 6, 101:104] = 0  # blur left it less solid than a printed bar
    bw[BASE - 11 : BASE - 8, 108:116] = 255  # the dash
    end = _roman(bw, 119, "III")
    right = _letters(bw, end + 14, 6, height=14)
    assert _read(bw, _word("1-И", 100, end), _word("квартал", end + 14, right))[0] == "I-III"


def test_a_marker_followed_by_a_colon_is_still_a_marker() -> None:
    bw = _page()
    right = _letters(bw, 100, 3)
    bw[BASE - CAP : BASE - CAP + 11, right + 2 : right + 7] = 255  # «¹»
    bw[BASE - 14 : BASE - 10, right + 9 : right + 13] = 255  # «:»
    bw[BASE - 4 : BASE, right + 9 : right + 13] = 255
    after = _letters(bw, right + 30, 1, height=14)
    assert _read(bw, _word('МАГ":', 100, right + 13), _word("и", right + 30, after)) == ["МАГ", "1:", "и"]


@pytest.mark.parametrize("comma", [False, True])
def test_the_tail_of_a_last_de_read_as_a_comma_is_no_comma(comma: bool) -> None:
    """«Новгород» read «Новгород,» (a photo): the «д»'s stroke below the baseline is the comma read;
    a comma printed after it, ink of its own, stays."""
    bw = _page()
    right = _letters(bw, 100, 5, height=14, gap=4)
    cv2.rectangle(bw, (right + 4, BASE - 14), (right + 15, BASE + 5), 255, 2)  # «д», its tail below the line
    end = right + 16
    if comma:
        bw[BASE - 3 : BASE + 5, end + 2 : end + 5] = 255
        end += 5
    assert _read(bw, _word("Новгород,", 100, end, bottom=BASE + 8)) == ["Новгород" + ("," if comma else "")]


def test_a_marker_with_the_colons_upper_dot_run_into_it_is_a_marker() -> None:
    """«форуме¹:» read «форуме'!:» (a scan turned upright): the colon's upper dot touches the «¹», one
    raised glyph as wide as a quotation mark, and only the lower dot stands on the baseline."""
    bw = _page()
    right = _letters(bw, 100, 3)
    bw[BASE - CAP - 2 : BASE - 8, right + 2 : right + 9] = 255  # «¹»
    bw[BASE - 14 : BASE - 8, right + 9 : right + 15] = 255  # the colon's upper dot, touching it
    bw[BASE - 5 : BASE, right + 9 : right + 15] = 255  # … and its lower dot
    after = _letters(bw, right + 30, 1, height=14)
    assert _read(bw, _word("МАГ'!:", 100, right + 15), _word("и", right + 30, after)) == ["МАГ", "1:", "и"]


def test_a_raised_figure_beside_a_day_is_no_day_to_read_an_and_between() -> None:
    """«13 ² …»: a footnote's raised «²» is a digit to `str.isdigit` but no number (`int` refuses it)."""
    bw = _page()
    first = _letters(bw, 100, 2)
    _letters(bw, first + 12, 1, height=14)
    second = _letters(bw, first + 34, 1, height=10)
    assert _read(bw, _word("13", 100, first), _word("²", first + 34, second)) == ["13", "²"]


@pytest.mark.parametrize(
    ("between", "read"),
    [
        ("и", ["13", "и", "14"]),  # a small letter's glyph between two days: the «и» left unread
        ("-", ["13", "14"]),  # a dash's flat ink is no letter (read or not, it is not made an «и»)
        ("х", ["13", "14"]),  # a letter without a stem down each side («3 х 4») is no «и»
        ("", ["13", "14"]),  # nothing printed between
    ],
)
def test_an_and_left_unread_between_two_days_is_read_from_its_glyph(between: str, read: list[str]) -> None:
    bw = _page()
    first = _letters(bw, 100, 2)
    if between == "и":
        _letters(bw, first + 12, 1, height=14)
    elif between == "х":
        cv2.line(bw, (first + 12, BASE - 14), (first + 21, BASE - 1), 255, 2)
        cv2.line(bw, (first + 21, BASE - 14), (first + 12, BASE - 1), 255, 2)
    elif between == "-":
        bw[BASE - 10 : BASE - 7, first + 12 : first + 22] = 255
    second = _letters(bw, first + 34, 2)
    assert _read(bw, _word("13", 100, first), _word("14", first + 34, second)) == read


@pytest.mark.parametrize(("gap", "read"), [(9, "№ 5"), (2, "№5")])
def test_a_space_after_the_number_sign_is_told_by_its_width(gap: int, read: str) -> None:
    """«школы № 5» read «№5» (a scanned sheet): the space after the sign is as wide as a third of a
    capital at least; a sign set close to its number stands a letter's spacing off."""
    bw = _page()
    sign = _letters(bw, 100, 1)  # the «N»
    bw[BASE - CAP : BASE - CAP + 8, sign + 2 : sign + 8] = 255  # its raised «º»
    figure = sign + 8 + gap
    end = _letters(bw, figure, 1)
    assert _read(bw, _word("№5", 100, end))[0] == read


def test_a_colons_upper_dot_a_pixel_left_of_its_lower_one_is_no_marker() -> None:
    """«народов»:» in a photo: the colon's upper dot a pixel further left than its lower dot is no
    marker with the dot run into it (it is no taller than the dot): «»¹:» made the row approximate."""
    bw = _page()
    right = _letters(bw, 100, 3, height=14)
    bw[BASE - 15 : BASE - 10, right + 8 : right + 14] = 255  # the upper dot, a pixel to the left
    bw[BASE - 5 : BASE, right + 9 : right + 14] = 255  # the lower dot
    after = _letters(bw, right + 30, 1, height=14)
    word = _word("ров:", 100, right + 14, top=BASE - 15, bottom=BASE + 1)
    assert _read(bw, word, _word("и", right + 30, after, top=BASE - 15, bottom=BASE + 1)) == ["ров:", "и"]


def test_a_marker_read_as_a_colon_is_a_marker_and_a_colon_on_the_baseline_stays() -> None:
    """«Комиссии¹» read «Комиссии:» (a 1-bit scan): a colon's lower dot stands on the baseline."""
    bw = _page()
    right = _letters(bw, 100, 3)
    bw[BASE - CAP : BASE - CAP + 11, right + 2 : right + 7] = 255  # «¹», up at the capitals
    after = _letters(bw, right + 30, 1, height=14)
    assert _read(bw, _word("МАГ:", 100, right + 7), _word("и", right + 30, after)) == ["МАГ", "1", "и"]
    colon = _page()
    right = _letters(colon, 100, 3)
    colon[BASE - 14 : BASE - 10, right + 2 : right + 6] = 255  # «:»
    colon[BASE - 4 : BASE, right + 2 : right + 6] = 255
    after = _letters(colon, right + 30, 1, height=14)
    assert _read(colon, _word("МАГ:", 100, right + 6), _word("и", right + 30, after)) == ["МАГ:", "и"]


def test_a_marker_left_unread_after_a_closing_quote_is_found_by_its_ink() -> None:
    """«будущего»¹:» read «будущего»:»: the raised glyph after the «»» stands in the word's box unread."""
    bw = _page()
    before = _letters(bw, 10, 6, gap=4)
    right = _letters(bw, 100, 3, gap=4)
    bw[BASE - 12 : BASE - 3, right + 3 : right + 10] = 255  # «»»: low, about the small letters' middle
    bw[BASE - CAP : BASE - CAP + 11, right + 13 : right + 16] = 255  # «¹»
    bw[BASE - 14 : BASE - 10, right + 19 : right + 23] = 255  # «:»
    bw[BASE - 4 : BASE, right + 19 : right + 23] = 255
    after = _letters(bw, right + 40, 1, height=14)
    words = _word("«ГОРОД", 10, before), _word("МАГ»:", 100, right + 23), _word("и", right + 40, after)
    assert _read(bw, *words) == ["«ГОРОД", "МАГ»", "1:", "и"]


@pytest.mark.parametrize(("size", "read"), [(11, ["1", "По", "согласованию"]), (4, ["По", "согласованию"])])
def test_a_footnotes_marker_left_unread_before_its_first_word_is_found_by_its_ink(size: int, read: list[str]) -> None:
    """«* По согласованию…»: Tesseract read no word for the raised «*» (or «¹»); a speck is no marker."""
    bw = _page()
    bw[BASE - CAP - 2 : BASE - CAP - 2 + size, 80 : 80 + size] = 255  # the «*», as wide as tall
    right = _letters(bw, 100, 2, gap=4)
    after = _letters(bw, right + 12, 8, height=14, gap=4)
    assert _read(bw, _word("По", 100, right), _word("согласованию", right + 12, after)) == read


def test_two_stars_left_unread_before_a_footnote_are_its_second_marker() -> None:
    """«** По согласованию…» on a 1-bit scan: both stars blurred to raised dots as wide as tall, the
    pair reaching further before the word than one marker does; Tesseract read nothing for them.
    Two narrow strokes there (a quote «"») stay no marker."""
    bw = _page()
    for x in (64, 80):
        bw[BASE - CAP - 2 : BASE - CAP + 8, x : x + 10] = 255
    right = _letters(bw, 100, 2, gap=4)
    after = _letters(bw, right + 12, 8, height=14, gap=4)
    read = _read(bw, _word("По", 100, right), _word("согласованию", right + 12, after))
    assert read == ["**", "По", "согласованию"]
    quote = _page()
    for x in (84, 90):
        quote[BASE - CAP - 2 : BASE - CAP + 8, x : x + 3] = 255
    right = _letters(quote, 100, 2, gap=4)
    after = _letters(quote, right + 12, 8, height=14, gap=4)
    assert _read(quote, _word("По", 100, right), _word("согласованию", right + 12, after)) == ["По", "согласованию"]


def test_two_specks_stepping_down_before_a_line_are_no_stars() -> None:
    """A photo's signature «Руководитель / Исполнительного / комитета»: a descender's tail from the
    line above, broken by the threshold into two raised dots as wide as tall, stood before the
    second line's first word and was read «**» («** Исполнительного»: the position cut, a note
    made of it).  The stars of «**» stand at one height; pieces of a stroke step down along it."""
    bw = _page()
    bw[BASE - CAP - 2 : BASE - CAP + 4, 80:86] = 255  # the upper piece, right
    bw[BASE - CAP + 4 : BASE - CAP + 10, 66:72] = 255  # the lower piece, left, a height lower
    right = _letters(bw, 100, 2, gap=4)
    after = _letters(bw, right + 12, 8, height=14, gap=4)
    assert _read(bw, _word("По", 100, right), _word("согласованию", right + 12, after)) == ["По", "согласованию"]


def _opening_quote(bw: np.ndarray, x: int) -> None:
    """«“» blurred into one blob: two commas turned over (a head below, a tail up to the right),
    run together by a thin bridge at their tails' tops."""
    top = BASE - CAP - 1
    for left in (x, x + 7):
        bw[top + 4 : top + 9, left : left + 5] = 255  # the head
        bw[top : top + 5, left + 3 : left + 5] = 255  # the tail
    bw[top : top + 2, x + 4 : x + 11] = 255  # the bridge


def test_an_opening_quote_read_as_one_blob_is_no_unread_marker() -> None:
    """«“Культура”…» with the quote left unread: its two strokes run into one raised blob before
    the capital, wider than tall like an «*», but hollow down its middle, where a star has its arm."""
    bw = _page()
    _opening_quote(bw, 84)
    right = _letters(bw, 100, 2, gap=4)
    after = _letters(bw, right + 12, 8, height=14, gap=4)
    assert _read(bw, _word("По", 100, right), _word("согласованию", right + 12, after)) == ["По", "согласованию"]
    star = _page()
    star[BASE - CAP - 1 : BASE - CAP + 8, 86:96] = 255  # «*» blurred solid: as wide, full down its middle
    right = _letters(star, 100, 2, gap=4)
    after = _letters(star, right + 12, 8, height=14, gap=4)
    read = _read(star, _word("По", 100, right), _word("согласованию", right + 12, after))
    assert read == ["1", "По", "согласованию"]


# «*» of Liberation Serif (Times) at 26 px, thresholded: six thin arms, the upright one left of the
# box's middle column (the box is ten pixels wide, its middle between two columns).
_THIN_STAR = """
....#.....
....#.....
#...#...#.
###.#.####
..#####...
..#####...
###.#.####
#...#...#.
....#.....
....#.....
"""


def test_a_thin_star_whose_arm_misses_the_boxs_middle_column_is_still_an_unread_marker() -> None:
    """«* По согласованию» scanned crisp at a small size: the star's upright arm stands in the left of
    its box's two middle columns, not in `(x0 + x1) // 2`; it is no hollow quote and stays the marker."""
    bw = _page()
    rows = np.array([[ch == "#" for ch in row] for row in _THIN_STAR.split()])
    top = BASE - CAP - 1
    bw[top : top + rows.shape[0], 86 : 86 + rows.shape[1]][rows] = 255
    right = _letters(bw, 100, 2, gap=4)
    after = _letters(bw, right + 12, 8, height=14, gap=4)
    read = _read(bw, _word("По", 100, right), _word("согласованию", right + 12, after))
    assert read == ["1", "По", "согласованию"]


def test_raised_asterisks_read_as_such_stay_asterisks() -> None:
    """«работа**» points at the second footnote («** По согласованию…»), not the first: asterisks as
    wide as tall are kept as read; a narrow raised glyph read «*» is a «¹»."""
    bw = _page()
    right = _letters(bw, 100, 6, height=14, gap=4)
    for x in (right + 4, right + 16):
        bw[BASE - CAP : BASE - CAP + 8, x : x + 8] = 255
    after = _letters(bw, right + 40, 1, height=14)
    words = _word("работа*", 100, right + 12), _word("*", right + 16, right + 24), _word("и", right + 40, after)
    assert _read(bw, *words) == ["работа", "*", "*", "и"]
    narrow = _page()
    right = _letters(narrow, 100, 6, height=14, gap=4)
    narrow[BASE - CAP : BASE - CAP + 10, right + 4 : right + 7] = 255
    after = _letters(narrow, right + 40, 1, height=14)
    assert _read(narrow, _word("работа*", 100, right + 7), _word("и", right + 40, after)) == ["работа", "1", "и"]


def test_a_capital_read_small_is_told_by_its_height() -> None:
    """«Очно» read «очно» (a 1-bit scan, a photo): the first glyph stands as tall as the capitals, the
    others as small letters; a word whose letters all stand small stays as read."""
    bw = _page()
    right = _letters(bw, 100, 1)
    end = _letters(bw, right + 4, 3, height=12, gap=4)
    assert _read(bw, _word("очно", 100, end)) == ["Очно"]
    merged = _page()  # «Оч» run into one glyph (a photo)
    right = _letters(merged, 100, 1, width=24)
    end = _letters(merged, right + 4, 2, height=12, gap=4)
    assert _read(merged, _word("очно", 100, end)) == ["Очно"]
    small = _page()
    end = _letters(small, 100, 4, height=12, gap=4)
    assert _read(small, _word("очно", 100, end)) == ["очно"]


def test_raised_asterisks_are_counted_from_their_ink() -> None:
    """«МАГ**» read «МАГ*» + «**» (a photo): the second word's box holds one star, so it is one, and
    the two make the second footnote's «**», not a third's «***»; two stars run into one blob twice
    as wide as tall are two."""
    bw = _page()
    right = _letters(bw, 100, 3, gap=4)
    for x in (right + 4, right + 16):
        bw[BASE - CAP : BASE - CAP + 8, x : x + 8] = 255
    words = _word("МАГ*", 100, right + 12), _word("**", right + 16, right + 24)
    assert _read(bw, *words) == ["МАГ", "*", "*"]
    merged = _page()
    right = _letters(merged, 100, 3, gap=4)
    merged[BASE - CAP : BASE - CAP + 8, right + 4 : right + 20] = 255
    assert _read(merged, _word("МАГ***", 100, right + 20)) == ["МАГ", "**"]
    one = _page()  # a lone star of a low resolution, its ink 6×4 (Carlito at 20 px): one
    right = _letters(one, 100, 3, gap=4)
    one[BASE - CAP : BASE - CAP + 8, right + 4 : right + 16] = 255
    assert _read(one, _word("МАГ*", 100, right + 16)) == ["МАГ", "*"]


def test_a_bullet_before_small_letters_misread_in_capitals_is_no_marker() -> None:
    """«• Минск» read «® МИНСК»: the line's median letter is a small one, which made the bullet stand
    at the capitals' top; its tallest letter as high as the page's capitals is its capitals' height."""
    bw = _page()
    cv2.circle(bw, (106, BASE - 11), 5, 255, -1)
    right = _letters(bw, 120, 1, gap=4)  # «М»
    right = _letters(bw, right + 4, 4, height=13, gap=4)  # «инск»
    line = Line([_word("®", 100, 112), _word("МИНСК", 120, right)], BASE - CAP - 2, BASE + 4)
    read_glyphs(line, bw, float(CAP))
    assert [(w.text, w.raised) for w in line.words] == [("•", False), ("Минск", False)]


def test_a_raised_star_opening_a_footnote_is_no_bullet() -> None:
    """A small filled blob at the capitals' top read «*» is the footnote's marker, not a list's bullet."""
    bw = _page()
    cv2.circle(bw, (84, BASE - CAP + 4), 4, 255, -1)
    right = _letters(bw, 100, 2, gap=4)
    after = _letters(bw, right + 12, 8, height=14, gap=4)
    words = _word("*", 80, 89), _word("Даты", 100, right), _word("проведения", right + 12, after)
    assert _read(bw, *words) == ["*", "Даты", "проведения"]


def test_a_raised_two_read_as_a_question_mark_is_footnote_two() -> None:
    bw = _page()
    right = _letters(bw, 100, 3)
    bw[BASE - CAP : BASE - CAP + 10, right + 2 : right + 9] = 255  # «²»: one blob up at the capitals' top
    after = _letters(bw, right + 30, 1, height=14)
    assert _read(bw, _word("МАГ?", 100, right + 9), _word("и", right + 30, after)) == ["МАГ", "2", "и"]


def test_blanks_to_fill_in_are_read_as_underscores_from_their_strokes() -> None:
    """«"__" ______ 2026 г.»: Tesseract reads the blanks as «oo» or nothing; their strokes say."""
    bw = _page()
    bw[BASE - CAP : BASE - CAP + 7, [100, 103, 143, 146]] = 255  # the quotation marks' ticks
    bw[BASE : BASE + 3, 110:139] = 255  # «__»: twice half the font size (CAP / 0.68)
    bw[BASE : BASE + 3, 160:248] = 255  # «______»
    bw[BASE - 12 : BASE - 10, 400:430] = 255  # a dash between words is no blank
    right = _letters(bw, 260, 4)
    words = [_word("oo", 100, 147), _word("2026", 260, right), _word("г.", right + 8, right + 20)]
    words += [_word("июнь", 340, 395), _word("август", 435, 500)]
    out = fill_in_blanks(words, bw, [], float(CAP))
    line = group_lines(out, bw, float(CAP))
    assert [ln.text() for ln in line] == ['"__" ______ 2026 г. июнь август']


def test_a_rule_under_a_line_of_words_is_no_blank() -> None:
    """A header's bottom border drawn per cell: the piece under «Мероприятие» stands on its line's
    baseline as a blank does, but the word's letters stand over it; it took the word away and left
    «______».  A blank has no letters over it."""
    bw = _page()
    right = _letters(bw, 100, 8, gap=5)
    bw[BASE + 2 : BASE + 5, 95 : right + 5] = 255
    out = fill_in_blanks([_word("Мероприятие", 100, right)], bw, [], float(CAP))
    assert [w.text for w in out] == ["Мероприятие"]


def test_a_glued_one_letter_word_is_parted_where_the_glyphs_leave_a_space() -> None:
    bw = _page()
    _letters(bw, 100, 1, height=14)
    cv2.rectangle(bw, (119, BASE - 14), (160, BASE - 1), 255, 2)  # «сф» run together, a space before
    right = _letters(bw, 162, 3, height=14)
    assert _read(bw, _word("всфере", 100, right)) == ["в", "сфере"]
    bw = _page()  # «1 раз в полгода» read «разв»: «аз» run together, a space before the «в»
    _letters(bw, 100, 1, height=14)
    cv2.rectangle(bw, (112, BASE - 14), (136, BASE - 1), 255, 2)
    right = _letters(bw, 145, 1, height=14)
    assert _read(bw, _word("разв", 100, right)) == ["раз", "в"]
    bw = _page()  # … and no space before it: one word
    _letters(bw, 100, 1, height=14)
    cv2.rectangle(bw, (112, BASE - 14), (136, BASE - 1), 255, 2)
    right = _letters(bw, 139, 1, height=14)
    assert _read(bw, _word("разв", 100, right)) == ["разв"]


def test_a_lone_letter_that_is_no_word_is_not_split_off() -> None:
    bw = _page()
    right = _letters(bw, 100, 3)
    _letters(bw, right + 9, 1)  # «Пла н»: a gap left where a stamp was taken off
    assert _read(bw, _word("План", 100, right + 19)) == ["План"]


# -- lines into text ------------------------------------------------------------


def _line(*words: tuple[str, float, float], top: float = 0.0) -> Line:
    return Line([_word(text, x0, x1, top, top + 20) for text, x0, x1 in words], top, top + 20, size=20.0)


def test_a_word_cut_at_a_narrow_columns_edge_is_joined_whole() -> None:
    # «МАГ (Исполнитель» fills the cell to its edge (x 300); the rest «ный» is no word.
    cut = [
        _line(("МАГ", 100, 150), ("(Исполнитель", 160, 298)),
        _line(("ный", 100, 140), ("комитет)", 150, 240), top=25),
    ]
    assert join_lines(cut, 300) == "МАГ (Исполнительный комитет)"
    # The rest of a word in brackets, its closing bracket read as a brace (a 1-bit scan's).
    braced = [_line(("(ориентирово", 100, 296)), _line(("чно}", 100, 150), top=25)]
    assert join_lines(braced, 300) == "(ориентировочно}"
    # A soft sign cut off against the edge, read as a Latin «b» on the next line: put back.
    assert join_lines([_line(("руководител", 100, 298)), _line(("b", 100, 110), top=25)], 300) == "руководитель"
    # «Руководители» ends as near the edge, but «рабочих» is a word: an ordinary wrap.
    wrap = [_line(("Руководители", 100, 295)), _line(("рабочих", 100, 190), ("групп", 200, 260), top=25)]
    assert join_lines(wrap, 300) == "Руководители рабочих групп"
    # So is an abbreviation.
    assert join_lines([_line(("Мэрия", 100, 296)), _line(("г.", 100, 112), top=25)], 300) == "Мэрия г."
    # A preposition after a filled line is a wrap too.
    assert join_lines([_line(("Москва", 100, 297)), _line(("и", 100, 110), top=25)], 300) == "Москва и"
    # … and the abbreviation with its point read as a comma (a 1-bit scan): no rest of «Мэрия».
    assert join_lines([_line(("Мэрия", 100, 296)), _line(("г,", 100, 112), ("Бишкек", 120, 200), top=25)], 300) == (
        "Мэрия г, Бишкек"
    )
    # … and a one-letter preposition read in its Latin look-alike (a 1-bit scan's «c»), alone on its line.
    latin = [
        _line(("согласованию", 100, 297)),
        _line(("c", 100, 110), top=25),
        _line(("организатора", 100, 296), top=50),
        _line(("ми", 100, 130), top=75),
    ]
    assert join_lines(latin, 300) == "согласованию c организаторами"


def test_the_organizers_label_opens_a_paragraph_its_colon_on_the_next_line() -> None:
    # A note column as narrow as «Организаторы»: the label alone on its line, its colon pushed onto
    # the next.  It opens a paragraph of its own (as the PDF reader has it), not a wrap of the line
    # above, which it would not have fitted after.
    note = [
        _line(("Совместно", 100, 200), ("с", 210, 220)),
        _line(("Исполкомом", 100, 280), top=25),
        _line(("СНГ", 100, 140), top=50),
        _line(("Организаторы", 100, 296), top=75),
        _line((":", 100, 104), ("МАГ", 110, 150), top=100),
    ]
    assert join_lines(note, 300) == "Совместно с Исполкомом СНГ\nОрганизаторы: МАГ"
    # The label with its colon opens one too, and its colon lost before a name (a 1-bit scan's); the
    # word alone without a colon after it does not, unless it ends the cell (a row the page break cut:
    # its colon and names on the next page).
    assert join_lines([_line(("Исполкомом", 100, 296)), _line(("Организаторы:", 100, 250), top=25)], 300) == (
        "Исполкомом\nОрганизаторы:"
    )
    lost = [_line(("уточняется", 100, 296)), _line(("Организаторы", 100, 250), ("МАГ", 260, 296), top=25)]
    assert join_lines(lost, 300) == "уточняется\nОрганизаторы МАГ"
    alone = [_line(("Исполкомом", 100, 296)), _line(("Организаторы", 100, 250), top=25)]
    assert join_lines([*alone, _line(("проекта", 100, 200), top=50)], 300) == "Исполкомом Организаторы проекта"
    assert join_lines(alone, 300) == "Исполкомом\nОрганизаторы"


@pytest.mark.skipif(is_word("правительство") is None, reason="needs the Tesseract library's dictionary")
def test_a_word_alone_on_its_line_cut_at_the_edge_is_joined_by_the_dictionary() -> None:
    # The rest is a word by itself, but joined they make one: a word wider than the column.
    cut = [_line(("Правительств", 100, 297)), _line(("о", 100, 110), ("Москвы", 120, 200), top=25)]
    assert join_lines(cut, 300) == "Правительство Москвы"
    # Neither part is a word: a long word too rare for the dictionary.
    rare = [
        _line(("Департамент", 100, 296)),
        _line(("внешнеэконо", 100, 298), top=25),
        _line(("мических", 100, 200), top=50),
    ]
    assert join_lines(rare, 300) == "Департамент внешнеэкономических"
    # Beside another word on its line a word was not cut: it would have gone to the next line whole.
    beside = [_line(("Мэрия", 100, 150), ("Правительств", 160, 297)), _line(("о", 100, 110), top=25)]
    assert join_lines(beside, 300) == "Мэрия Правительств о"
    # «г» read with a comma is the rest of a word where the two make one.
    city = [_line(("Петербур", 100, 297)), _line(("г,", 100, 112), ("Москва", 120, 200), top=25)]
    assert join_lines(city, 300) == "Петербург, Москва"
    # Its rest a word of its own («затор»), the whole a word Tesseract's dictionary lacks and the
    # Russian one has (a narrow column's «Культорганизатор» of a hand-made plan's scan).
    office = [_line(("Культоргани", 100, 297)), _line(("затор", 100, 160), top=25)]
    assert join_lines(office, 300) == "Культорганизатор"
    # ... beside other words too, however short its rest; a surname a word of its own stays apart.
    rest = [_line(("Экспертиза", 100, 180), ("Антикоррупционна", 190, 298)), _line(("я", 100, 110), top=25)]
    assert join_lines(rest, 300) == "Экспертиза Антикоррупционная"
    name = [_line(("Директор", 100, 180), ("Иванов", 190, 298)), _line(("а", 100, 110), ("также", 120, 200), top=25)]
    assert join_lines(name, 300) == "Директор Иванов а также"


@pytest.mark.skipif(not lexicon.russian_word("заседание"), reason="needs the Russian dictionary")
def test_a_word_a_column_a_few_letters_wide_cut_into_pieces_is_joined_whole() -> None:
    # LibreOffice's print of a table with a column four letters wide, scanned: each line a piece of
    # a word filled to the edge, the pieces a word of the dictionary joined.  «дани» is a word of
    # its own, «Заседани» none: two at a time, the pieces stayed apart («Засе данис»).
    cut = [
        _line(("Засе", 100, 296)),
        _line(("дани", 100, 298), top=25),
        _line(("е", 100, 125), top=50),
        _line(("колл", 100, 295), top=75),
        _line(("егии", 100, 294), top=100),
    ]
    assert join_lines(cut, 300) == "Заседание коллегии"
    four = [_line(("само", 100, 298)), *(_line((p, 100, 297), top=25 * k) for k, p in enumerate(("деят", "ельн"), 1))]
    assert join_lines([*four, _line(("ых", 100, 140), ("хоров", 150, 280), top=75)], 300) == "самодеятельных хоров"
    # Words a line each in a narrow column are no pieces: joined they make no word.
    words = [_line(("Отдел", 100, 296)), _line(("спорта", 100, 297), top=25), _line(("и", 100, 110), top=50)]
    assert join_lines(words, 300) == "Отдел спорта и"
    # A piece short of the edge ends the word there; pieces in capitals or with a point inside are
    # none (the pieces are read as they stand).
    short = [_line(("Засе", 100, 296)), _line(("дани", 100, 200), top=25), _line(("е", 100, 125), top=50)]
    assert join_lines(short, 300) == "Засе дани\nе"
    capitals = [_line(("Засе", 100, 296)), _line(("Дани", 100, 298), top=25), _line(("Е", 100, 125), top=50)]
    assert join_lines(capitals, 300) == "Засе Дани Е"
    pointed = [_line(("Засе", 100, 296)), _line(("дани,", 100, 298), top=25), _line(("е", 100, 125), top=50)]
    assert join_lines(pointed, 300) == "Засе дани, е"
    # The longest run that makes a word: «Правительств» is a word too (the plural's genitive).
    pieces = ["ител", "ьств"]
    government = [_line(("Прав", 100, 296)), *(_line((p, 100, 298), top=25 * k) for k, p in enumerate(pieces, 1))]
    rest = _line(("о", 100, 110), ("Москвы", 120, 200), top=75)
    assert join_lines([*government, rest], 300) == "Правительство Москвы"


def test_a_word_cut_before_a_suffix_that_opens_no_word_is_joined() -> None:
    # «ческих» opens no Russian word (the PDF reader's rule): the end of a word cut at the edge,
    # even beside another word on its line, and without the dictionary.
    lines = [_line(("Департамент", 100, 200), ("внешнеэкономи", 205, 297)), _line(("ческих", 100, 160), top=25)]
    assert join_lines(lines, 300) == "Департамент внешнеэкономических"


def test_a_date_wording_cut_at_the_edge_is_joined_though_its_rest_is_a_word() -> None:
    # «но» is a word, but «ежеквартально» is one of the date wordings' words.
    lines = [_line(("ежекварталь", 100, 297)), _line(("но", 100, 130), top=25)]
    assert join_lines(lines, 300) == "ежеквартально"


def test_a_list_typed_with_dashes_under_a_colon_keeps_its_lines() -> None:
    lines = [
        _line(("специалистов:", 100, 290)),
        _line(("-", 100, 110), ("ЖКХ", 120, 180), top=25),
        _line(("-", 100, 110), ("транспорта", 120, 290), top=50),
    ]
    assert join_lines(lines, 300) == "специалистов:\n- ЖКХ\n- транспорта"


def test_closing_punctuation_pushed_to_the_next_line_joins_its_word() -> None:
    lines = [_line(("Организаторы", 100, 298)), _line((":", 100, 104), ("Мэрия", 114, 180), top=25)]
    assert join_lines(lines, 300) == "Организаторы: Мэрия"


def test_a_closing_quote_no_quote_opened_is_a_footnote_marker() -> None:
    """«МАГ¹» with the «¹» run into the «Г» (one blob, no shape to tell) read «МАГ"»: quotes come in
    pairs, so a closing one where none is open is the marker; one that closes a quote stays."""
    bw = _page()
    right = _letters(bw, 100, 3)
    bw[BASE - CAP - 3 : BASE - CAP + 8, right - 4 : right + 6] = 255  # the «¹» touching the «Г»
    (line,) = group_lines([_word("Дни", 40, 90), _word('МАГ"', 100, right + 6)], bw)
    assert [(w.text, w.raised) for w in line.words] == [("Дни", False), ("МАГ", False), ("1", True)]
    quoted = [_word('"Город', 20, 90), _word('МАГ"', 100, right + 6)]
    assert [w.text for w in group_lines(quoted, bw)[0].words] == ['"Город', 'МАГ"']


def test_stars_above_a_word_of_small_letters_are_its_marker_not_a_line() -> None:
    """«архитектура»**» in a wrapped title: Tesseract boxes the raised stars above the top of the
    small letters, so they made a line of their own («…и» / «* *» / «архитектура»»).  They are the
    word's marker, read as one from their ink; stars after no word on the line below stay a line."""
    bw = _page()
    right = _letters(bw, 100, 10, height=14, gap=4)
    for x in (right + 10, right + 24):
        bw[BASE - CAP - 2 : BASE - CAP + 6, x : x + 8] = 255
    star_box = {"top": BASE - CAP - 2, "bottom": BASE - CAP + 6}
    stars = [_word("*", right + 10, right + 18, **star_box), _word("*", right + 24, right + 32, **star_box)]
    word = _word("архитектура»", 100, right, top=BASE - 15, bottom=BASE + 4)
    (line,) = group_lines([*stars, word], bw, float(CAP))
    assert [(w.text, w.raised) for w in line.words] == [("архитектура»", False), ("**", True)]
    far = [_word("*", right + 60, right + 68, **star_box), _word("*", right + 74, right + 82, **star_box)]
    assert len(group_lines([*far, word], bw, float(CAP))) == 2


def test_a_bracketed_marker_over_its_links_underline_joins_the_word_before_it() -> None:
    """Word's web page: «Дни городов» + a raised «[1]», a link whose underline runs under it and the
    space before it.  Tesseract read the underline as the word's end («городов___») and the raised
    marker, above the line's top, as a line of its own: the marker goes onto the word, the
    underline goes."""
    mark = Line([Word("[1]", 448, 499, 495, 537, 38)], 495, 537)
    line = Line([Word("Дни", 166, 257, 538, 581, 38), Word("городов___", 272, 503, 547, 581, 38)], 538, 581)
    (joined,) = _stars_onto_their_line([mark, line])
    assert joined.text() == "Дни городов¹"
    # … or the underline read as a word of its own under the marker.
    mark = Line([Word("и]", 298, 334, 329, 358, 38)], 329, 358)
    words = [
        Word("Дни", 111, 171, 358, 387, 38),
        Word("городов", 179, 291, 354, 392, 38),
        Word("__", 296, 335, 354, 392, 38),
    ]
    (joined,) = _stars_onto_their_line([mark, Line(words, 354, 392)])
    assert joined.text() == "Дни городов¹"


@pytest.mark.parametrize(("reading", "marker"), [("Ч", "¹"), ("1", "¹"), ("2", "²")])
def test_a_raised_marker_on_a_line_of_its_own_into_the_next_after_a_word_joins_it(reading: str, marker: str) -> None:
    """Google Docs' «старты[1]»: the raised «[1]» stands so high that Tesseract set it on a line of
    its own between the cell's lines, read «Ч» or its figure; its foot stands into the line under
    it, just after a word's end, nothing under it: that word's marker."""
    mark = Line([Word(reading, 949, 971, 3117, 3160, 38)], 3117, 3160)
    line = Line([Word("старты", 775, 918, 3148, 3183, 38)], 3148, 3183)
    (joined,) = _stars_onto_their_line([mark, line])
    assert joined.text() == "старты" + marker


@pytest.mark.parametrize("reading", ["[2]", "III", "и]"])
def test_a_notes_raised_number_over_its_underline_opens_the_notes_line(reading: str) -> None:
    """The note's own number, raised before its text and underlined as a link, which Tesseract read
    as «—» before the text and the number (misread or not) as a line above: the note's marker."""
    mark = Line([Word(reading, 143, 186, 962, 997, 38)], 962, 997)
    line = Line([Word("—", 144, 198, 1004, 1041, 38), Word("Даты", 202, 311, 997, 1041, 38)], 997, 1041)
    (joined,) = _stars_onto_their_line([mark, line])
    assert joined.text() == ("²" if "2" in reading else "¹") + " Даты"


@pytest.mark.parametrize("reading", ["и", "X", "12", "15.", "РФ"])
def test_a_short_line_of_words_or_figures_over_the_next_line_stays_a_line(reading: str) -> None:
    """A preposition wrapped onto a line of its own, a Roman numeral, a number, initials: words,
    whatever stands under them (a dash of the line under, a word's hyphen)."""
    lone = Line([Word(reading, 143, 186, 962, 997, 38)], 962, 997)
    dash = Line([Word("—", 144, 198, 1004, 1041, 38), Word("Минск", 202, 311, 997, 1041, 38)], 997, 1041)
    hyphen = Line([Word("северо-", 100, 198, 1004, 1041, 38)], 997, 1041)
    for line in (dash, hyphen):
        assert [[w.text for w in ln.words] for ln in _stars_onto_their_line([lone, line])] == [
            [reading],
            [w.text for w in line.words],
        ]


def test_stars_over_running_text_are_no_marker_of_its_line() -> None:
    """A «* * *» between paragraphs, just above a line of text that runs on under it: no word's
    marker (the stars after «архитектура»» stand where no word of the line is)."""
    dinkus = Line([Word("*", 290, 300, 100, 108, 30), Word("*", 310, 320, 100, 108, 30)], 100, 108)
    text = Line([Word("Совещание", 100, 280, 114, 144, 30), Word("руководителей", 288, 480, 114, 144, 30)], 114, 144)
    assert [[w.text for w in ln.words] for ln in _stars_onto_their_line([dinkus, text])] == [
        ["*", "*"],
        ["Совещание", "руководителей"],
    ]


def test_a_closing_quote_read_as_a_word_of_its_own_stays_a_quote() -> None:
    """«МАГ ”»: a closing quote standing apart, after no letter, is no marker run into a letter (nor a crash)."""
    line = Line([Word("МАГ", 100, 140, 0, 20, 10), Word("”", 144, 150, 0, 20, 10)], 0, 20, 10)
    _unpaired_quotes([line])
    assert [(w.text, w.raised) for w in line.words] == [("МАГ", False), ("”", False)]


def test_a_straight_quote_standing_apart_closes_the_open_quote() -> None:
    """«"Город " МАГ"»: the lone «"» closes «"Город», so the «"» after «МАГ» closes nothing: the marker."""
    texts = ['"Город', '"', 'МАГ"', "и"]
    words = [Word(text, 100 * i, 100 * i + 60, 0, 20, 10) for i, text in enumerate(texts)]
    line = Line(words, 0, 20, 10)
    _unpaired_quotes([line])
    assert [(w.text, w.raised) for w in line.words] == [
        ('"Город', False),
        ('"', False),
        ("МАГ", False),
        ("1", True),
        ("и", False),
    ]


def test_a_colon_pushed_onto_a_line_of_its_own_and_dropped_is_found_by_its_dots() -> None:
    """«Организаторы» fills a narrow column, its «:» stands alone on the next line and Tesseract
    reads nothing there; two dots one above the other in the empty line's room are the colon."""
    bw = np.zeros((200, 400), np.uint8)
    bw[52:57, 101:106] = bw[62:67, 101:106] = 255  # «:» between the lines
    words = [_word("Организаторы", 100, 298, top=18, bottom=42), _word("Мэрия", 100, 180, top=78, bottom=102)]
    lines = group_lines(words, bw)
    assert [ln.text() for ln in lines] == ["Организаторы", ":", "Мэрия"]
    assert join_lines(lines, 300) == "Организаторы: Мэрия"
    bw[62:67, 101:106] = 0  # one dot: a speck, no colon
    assert [ln.text() for ln in group_lines(words, bw)] == ["Организаторы", "Мэрия"]


def test_a_colon_alone_is_no_roman_numeral() -> None:
    """Its two dots, read as glyphs of their own, once made «XV» («Организаторы XV МАГ»)."""
    bw = _page()
    bw[BASE - 15 : BASE - 10, 100:106] = bw[BASE - 5 : BASE, 100:106] = 255
    bw[BASE - 11, 102:104] = 0  # the upper dot's bottom not quite round: as an X's legs, apart
    right = _letters(bw, 116, 3, gap=4)
    assert _read(bw, _word(":", 100, 106), _word("МАГ", 116, right)) == [":", "МАГ"]


def test_punctuation_read_as_a_word_of_its_own_is_attached() -> None:
    words = [_word("май", 100, 140), _word("(по", 150, 190), _word("согласованию", 200, 330), _word(")", 334, 340)]
    (line,) = group_lines(words, np.zeros((100, 400), np.uint8))
    assert line.text() == "май (по согласованию)"


def test_a_word_that_just_fits_in_ink_did_not_fit_on_the_line() -> None:
    # ««Город,» would fit after «АНО» by its ink with 2 px to spare, but not with its side bearings.
    lines = [_line(("Бишкек,", 100, 203), ("АНО", 212, 268)), _line(("«Город,", 100, 193), top=25)]
    assert join_lines(lines, 368) == "Бишкек, АНО «Город,"
    assert join_lines(lines, 380) == "Бишкек, АНО\n«Город,"


def test_lines_outside_tables_that_open_in_capitals_are_lines_of_their_own() -> None:
    lines = [
        _line(("генеральный", 500, 660), ("директор", 670, 790)),
        _line(("И.В.", 600, 650), ("Петрова", 660, 790), top=25),
        _line(("«28»", 520, 570), ("января", 580, 670), top=50),
    ]
    assert join_lines(lines, 800, loose=True) == "генеральный директор\nИ.В. Петрова\n«28» января"
    assert join_lines(lines, 800) == "генеральный директор И.В. Петрова «28» января"


def test_blocks_side_by_side_above_the_table_are_kept_apart_by_a_tab() -> None:
    # As group_lines gives them: unsized lines of words sized from their boxes (20 px tall).
    def line(top: float, *words: tuple[str, float, float]) -> Line:
        return Line([Word(text, x0, x1, top, top + 20, 18.0) for text, x0, x1 in words], top, top + 20)

    group = [
        line(0, ("СОГЛАСОВАНО", 100, 260), ("УТВЕРЖДАЮ", 900, 1040)),
        line(25, ("Председатель", 100, 250), ("профкома", 258, 370), ("Директор", 900, 1010), ("школы", 1018, 1100)),
    ]
    assert paragraph_text(group, 1100) == "СОГЛАСОВАНО\tУТВЕРЖДАЮ\nПредседатель профкома\tДиректор школы"


# Glyphs as photos and 1-bit scans printed them (from generated plans), «#» for ink.
_CONDENSED_X = """
##..........#..
###.......####.
####......####.
#####....####..
#####...#####..
.#####..####...
..##########...
..#########....
...########....
...#######.....
...#######.....
...#######.....
...########....
..##########...
.###########...
.#####.######..
#####...#####..
#####....#####.
####.....#####.
###.......#####
##.........###.
"""
_V = """
###..........####
####........#####
####........#####
####........####.
#####......#####.
.####......####..
.####.....#####..
.#####....#####..
.#####....#####..
..#####...####...
..#####..#####...
...##########....
...##########....
...##########....
....########.....
....########.....
....########.....
.....######......
.....######......
......####.......
......####.......
"""
_CYRILLIC_U = """
#####.......####
#####.......####
######.....#####
.#####.....####.
..#####...#####.
..#####...#####.
...#####..####..
...###########..
....#########...
....#########...
.....########...
.....#######....
......######....
......#####.....
......#####.....
.....#####......
....######......
...#######......
...######.......
...####.........
"""


def _glyph(bw: np.ndarray, x: int, drawing: str) -> int:
    """Stamp a glyph drawn in «#» on the baseline; returns its right edge."""
    rows = np.array([[ch == "#" for ch in row] for row in drawing.split()])
    height, width = rows.shape
    bw[BASE - height : BASE, x : x + width][rows] = 255
    return x + width


def test_a_roman_numerals_v_run_into_the_x_before_it_is_read_as_an_m() -> None:
    """«XVIII» read «ХМИ», «XXXVIII» «ХХХМИ»: the V run into an X read as «М», «III» as «И»."""
    bw = _page()
    end = _roman(bw, _roman(bw, 100, "XXV", gap=-1) + 3, "III")
    right = _letters(bw, end + 14, 6)
    assert _read(bw, _word("ХХМИ", 100, end), _word("сессия", end + 14, right))[0] == "XXVIII"
    bw = _page()
    end = _roman(bw, 100, "XXIX")  # as many glyphs as letters read, all look-alikes: no word
    right = _letters(bw, end + 14, 6)
    assert _read(bw, _word("ХХИХ", 100, end), _word("Санкт-Петербургском", end + 14, right))[0] == "XXIX"


def test_a_condensed_x_whose_legs_reach_the_middle_is_no_v() -> None:
    """A photo's condensed X («XII» read «ХИ») has ink in the middle of its bottom, as a V's point,
    but left and right of the centre with none at it."""
    bw = _page()
    end = _roman(bw, _glyph(bw, 100, _CONDENSED_X) + 3, "II")
    right = _letters(bw, end + 14, 6)
    assert _read(bw, _word("ХИ", 100, end), _word("Санкт-Петербургском", end + 14, right))[0] == "XII"


# «V» of Liberation Sans (Arial) at 44 px, thresholded: its inner corner, five rows above its
# point, leaves a pixel's notch at the centre within the bottom sixth.
_ARIAL_V = """
#####....................####
.####...................#####
.#####..................####.
..####.................#####.
..####.................####..
..#####................####..
...####...............####...
...####...............####...
....####.............#####...
....####.............####....
.....####............####....
.....####...........####.....
.....####...........####.....
......####..........####.....
......####.........####......
.......####........####......
.......####.......####.......
.......####.......####.......
........####......####.......
........####.....####........
.........####....####........
.........####...####.........
.........####...####.........
..........####..###..........
..........####.####..........
...........###.####..........
...........#######...........
............######...........
............#####............
............#####............
"""


def test_a_vs_notch_above_its_point_is_no_xs_two_legs() -> None:
    """«VIII» of a crisp scan in Arial read «У!»: the pixel left between the V's arms just above
    its point is no gap between an X's legs; the numeral stays VIII, not XIII."""
    bw = _page()
    x = _glyph(bw, 100, _ARIAL_V) + 4
    for _ in range(3):
        bw[BASE - 30 : BASE, x : x + 5] = 255
        x += 5 + 5
    right = _letters(bw, x + 14, 6)
    assert _read(bw, _word("У!", 100, x - 5, top=BASE - 32), _word("сессия", x + 14, right))[0] == "VIII"


def test_a_lone_v_read_as_the_letter_u_is_told_by_its_symmetry() -> None:
    """«Участие в V Международном» read «в У»: a V's lower half mirrors itself, an «У»'s does not."""
    for drawing, meant in ((_V, "V"), (_CYRILLIC_U, "У")):
        bw = _page()
        before = _letters(bw, 60, 1, height=14)
        end = _glyph(bw, before + 14, drawing)
        right = _letters(bw, end + 14, 6)
        words = _word("в", 60, before), _word("У", before + 14, end), _word("Международном", end + 14, right)
        assert _read(bw, *words)[1] == meant


def test_a_sections_numeral_with_its_point_read_as_letters() -> None:
    """«III.» read «ША»: three bars and a full stop on the baseline."""
    bw = _page()
    end = _roman(bw, 100, "III")
    bw[BASE - 5 : BASE, end + 3 : end + 8] = 255
    assert _read(bw, _word("ША", 100, end + 8)) == ["III."]


def test_a_sections_numeral_read_as_one_small_letter_before_a_wide_point() -> None:
    """«II.» of a 1-bit scan read «i.»: its point is wider than high (6 by 4 px), wide enough to be
    parted as two letters run together; a point is no letter, and the two bars are «II»."""
    bw = _page()
    end = _roman(bw, 100, "II")
    bw[BASE - 4 : BASE, end + 2 : end + 8] = 255
    assert _read(bw, _word("i.", 100, end + 8)) == ["II."]


@pytest.mark.parametrize(
    ("read", "left", "right", "meant"),
    [
        ("И", "I", "III", "I-III"),  # the bars and the dash read as one letter
        ("|-", "I", "III", "I-III"),  # the right side left out
        ("1-", "I", "III", "I-III"),  # … and the left bar read as a digit one
        ("1-1", "I", "II", "I-II"),  # a side read as one «1» for two bars
        ("I-IV", "II", "IV", "II-IV"),  # … or one «I»; the dash thick (a 1-bit scan)
        ("НМ", "II", "IV", "II-IV"),  # capitals for each side, the dash not read at all
        ("ИМ", "III", "IV", "III-IV"),
    ],
)
def test_a_range_of_numerals_read_short_is_read_from_its_bars(read: str, left: str, right: str, meant: str) -> None:
    bw = _page()
    x = _roman(bw, 100, left)
    bw[BASE - 12 : BASE - 7, x + 3 : x + 11] = 255  # the dash, 5 px thick for 8 long
    end = _roman(bw, x + 14, right)
    after = _letters(bw, end + 14, 6, height=14)
    assert _read(bw, _word(read, 100, end), _word("квартал", end + 14, after))[0] == meant


def _cyrillic_capital(bw: np.ndarray, x: int, letter: str) -> int:
    """Draw «Н» (two stems and a bar) or «И» (two stems and a slant), 14 px wide; returns the right edge."""
    top = BASE - CAP
    bw[top:BASE, x : x + 3] = 255
    bw[top:BASE, x + 11 : x + 14] = 255
    if letter == "Н":
        bw[BASE - 11 : BASE - 8, x : x + 14] = 255
    else:
        cv2.line(bw, (x + 2, BASE - 1), (x + 12, top), 255, 3)
    return x + 14


@pytest.mark.parametrize("shapes", ["boxes", "НИ"])
def test_capitals_around_a_dash_are_no_range_unless_each_side_is_a_numeral(shapes: str) -> None:
    """«НМ» over a dash between glyphs of other shapes stays: hollow boxes, or the Cyrillic capitals
    a numeral's letters are told by width from (stems at their sides, a bar or a slant)."""
    bw = _page()
    x = _letters(bw, 100, 2) if shapes == "boxes" else _cyrillic_capital(bw, _cyrillic_capital(bw, 100, "Н") + 3, "И")
    bw[BASE - 12 : BASE - 7, x + 3 : x + 11] = 255
    end = _roman(bw, x + 14, "IV")
    after = _letters(bw, end + 14, 6, height=14)
    assert _read(bw, _word("НМ", 100, end), _word("квартал", end + 14, after))[0] == "НМ"


def test_a_dash_between_figures_is_measured_against_the_figures() -> None:
    """A condensed font's (or a squeezed photo's) en dash is short against the capitals' height but
    about as long as a figure is wide; a hyphen is some 0.6 of a figure."""
    for length, meant in ((10, "27–29"), (7, "27-29")):  # figures' ink 11 px wide
        bw = _page()
        x = _letters(bw, 100, 2, width=10, gap=4)
        bw[BASE - 12 : BASE - 8, x + 3 : x + 3 + length] = 255
        end = _letters(bw, x + 6 + length, 2, width=10, gap=4)
        after = _letters(bw, end + 14, 6, height=14)
        assert _read(bw, _word("27-29", 100, end), _word("декабря", end + 14, after))[0] == meant
    # «10-11» of a 1-bit scan: one figure but the ones (narrower) to measure by, its own.
    for length, meant in ((10, "10–11"), (7, "10-11")):
        bw = _page()
        x = _bar(bw, 100) + 4
        x = _letters(bw, x, 1, width=11)
        bw[BASE - 12 : BASE - 8, x + 3 : x + 3 + length] = 255
        end = _bar(bw, _bar(bw, x + 6 + length) + 6)
        after = _letters(bw, end + 14, 6, height=14)
        assert _read(bw, _word("10-11", 100, end), _word("января", end + 14, after))[0] == meant
    bw = _page()  # standing alone between two years, figures run together in pairs
    x = _letters(bw, 100, 2, width=24, gap=4)
    bw[BASE - 12 : BASE - 8, x + 12 : x + 22] = 255
    end = _letters(bw, x + 34, 2, width=24, gap=4)
    words = _word("2030", 100, x), _word("-", x + 10, x + 24), _word("2032", x + 34, end)
    assert _read(bw, *words)[1] == "–"


def test_a_solid_bullet_up_at_the_capitals_middle_is_a_bullet() -> None:
    """«® секция»: the bullet stands higher than the middle of a word of small letters whose box a
    descender lengthens; solid and in the line (not raised to the capitals' top), it is a bullet."""
    bw = _page()
    bw[BASE - 14 : BASE - 5, 100:109] = 255
    bw[[BASE - 14, BASE - 14, BASE - 6, BASE - 6], [100, 108, 100, 108]] = 0  # rounded
    right = _letters(bw, 130, 5, height=14)
    bw[BASE - 14 : BASE + 10, right + 2 : right + 12] = 255  # «ц», its tail below the baseline
    words = _word("®", 100, 109, top=BASE - 15, bottom=BASE - 4), _word("секция", 130, right + 12, BASE - 14, BASE + 10)
    assert _read(bw, *words) == ["•", "секция"]


@pytest.mark.parametrize("read", ["©", "Ф", "ф", "*®", "®°", "e@"])
def test_a_solid_bullet_a_one_bit_scan_thickened_is_a_bullet(read: str) -> None:
    """«© в сфере культуры», «Ф АГП»: a 1-bit scan's thresholding grew the bullet to 0.7 of the
    capitals, and Tesseract read it as a letter, or as two marks («*® секция»: the member run into
    the title before it; «e@ Минск»: a member named so); a solid disc in the line is still a
    bullet.  As large but hollow (a small «о»), it stays as read."""
    for solid in (True, False):
        bw = _page()
        bw[BASE - 17 : BASE - 2, 99:114] = 255  # 15 px of the capitals' 20
        bw[[BASE - 17, BASE - 17, BASE - 3, BASE - 3], [99, 113, 99, 113]] = 0  # rounded
        if not solid:
            bw[BASE - 14 : BASE - 5, 102:111] = 0
        right = _letters(bw, 125, 3)
        words = _word(read, 99, 114, top=BASE - 18, bottom=BASE - 2), _word("АГП", 125, right, BASE - CAP, BASE + 1)
        assert (_read(bw, *words)[0] == "•") is solid


def test_a_bold_o_opening_a_line_is_no_bullet() -> None:
    """«Правительств» / «о Москвы» of a bold 1-bit scan: the cut word's last letter opens the next
    line, a ring so bold that it fills two thirds of its box, as a bullet does; it encloses paper."""
    for hole, meant in ((True, "о"), (False, "•")):
        bw = _page()
        bw[BASE - 17 : BASE - 2, 99:114] = 255  # as a 1-bit scan's thickened bullet
        bw[[BASE - 17, BASE - 17, BASE - 3, BASE - 3], [99, 113, 99, 113]] = 0  # rounded
        if hole:
            bw[BASE - 12 : BASE - 7, 104:109] = 0  # the ring's counter: the box still two thirds ink
        right = _letters(bw, 125, 6)
        words = _word("о", 99, 114, top=BASE - 18, bottom=BASE - 2), _word("Москвы", 125, right, BASE - CAP, BASE + 1)
        assert _read(bw, *words)[0] == meant


def test_a_reading_of_two_words_in_one_box_is_parted_at_the_gap() -> None:
    """«® АГП» as one word (a second opinion's reading of the box): the bullet gets its own ink."""
    bw = _page()
    cv2.circle(bw, (105, BASE - 10), 5, 255, -1)
    right = _letters(bw, 125, 3)
    assert _read(bw, _word("® АГП", 100, right)) == ["•", "АГП"]


def test_a_marker_kerned_into_the_last_letter_is_a_marker() -> None:
    """«МАГ¹» read «МАГ!»: the «¹» touches the «Г», one glyph rising above the capitals' top."""
    bw = _page()
    right = _letters(bw, 100, 3, gap=4)
    bw[BASE - CAP - 4 : BASE - CAP + 7, right - 2 : right + 3] = 255
    after = _letters(bw, right + 30, 1, height=14)
    words = _word("МАГ!", 100, right + 3, top=BASE - CAP - 6), _word("и", right + 30, after)
    assert _read(bw, *words) == ["МАГ", "1", "и"]
    plain = _page()  # a last letter at the capitals' height: the reading is left alone
    right = _letters(plain, 100, 3, gap=4)
    after = _letters(plain, right + 30, 1, height=14)
    assert _read(plain, _word("МАГ!", 100, right), _word("и", right + 30, after)) == ["МАГ!", "и"]


def test_a_closing_quote_run_into_the_last_letter_is_left_to_the_quotes_pairing() -> None:
    """«Дом “Форум”» in Calibri, blurred: the «”» (its top 1.13 capitals high, a pixel more blurred)
    runs into the «м» and rises above the capitals as a kerned «¹» does; the reading is kept for the
    pairing of quotes to judge (`lines._unpaired_quotes`), not taken for a marker."""
    bw = _page()
    first = _letters(bw, _letters(bw, 100, 1) + 4, 2, height=14, gap=4)
    right = _letters(bw, _letters(bw, first + 14, 1) + 4, 4, height=14, gap=4)
    bw[BASE - CAP - 5 : BASE - CAP + 3, right - 2 : right + 4] = 255  # the quote's two strokes, run together
    bw[BASE - CAP + 3 : BASE - 14, right - 2 : right] = 255  # and down into the «м»
    after = _letters(bw, right + 30, 1, height=14)
    words = _word("Дом", 100, first), _word("Форум”", first + 14, right + 4, top=BASE - CAP - 7)
    assert _read(bw, *words, _word("и", right + 30, after)) == ["Дом", "Форум”", "и"]


def test_a_hyphen_left_out_between_two_words_joins_them() -> None:
    """«вице-президент» read «вице президент»: a flat glyph between the two boxes at a hyphen's
    height, as close to both as letters stand; a wider space with it, or a speck, parts them."""
    for gap, height, meant in (
        (2, 5, ["вице-президент"]),
        (9, 5, ["вице", "президент"]),
        (2, 7, ["вице", "президент"]),
    ):
        bw = _page()
        left = _letters(bw, 100, 4, height=14, gap=4)
        bw[BASE - 9 : BASE - 9 + height, left + 1 + gap : left + 1 + gap + 7] = 255
        start = left + 2 * gap + 9
        right = _letters(bw, start, 9, height=14, gap=4)
        assert _read(bw, _word("вице", 99, left + 1), _word("президент", start - 1, right + 1)) == meant


# -- grid and noise -------------------------------------------------------------------


def test_the_sliver_a_curved_frame_leaves_is_no_cell() -> None:
    """A photographed table's left border leans: the box drawn round it leaves a thin wedge."""
    lines = np.zeros((420, 820), np.uint8)
    for y in (10, 110, 210, 310, 410):
        lines[y : y + 3, 10:810] = 255
    for x in (300, 560, 807):
        lines[10:413, x : x + 3] = 255
    for y in range(10, 413):  # the left border: 10 px further right at the bottom than the top
        x = 10 + (y - 10) * 10 // 400
        lines[y, x : x + 3] = 255
    (table,) = grid.find_tables(lines, 1.0)
    assert (table.rows, table.cols) == (4, 4 - 1)
    assert all(c.rowspan == 1 and c.colspan == 1 for c in table.cells)


def test_a_stamps_gray_ghost_is_noise_and_black_print_under_it_is_kept() -> None:
    clean = np.full((200, 600), 255, np.uint8)
    clean[20:40, 100:160] = 180  # the stamp's small lettering, light gray after its ink was taken off
    clean[120:140, 100:200] = 0  # print under the stamp
    stamped = np.zeros_like(clean)
    stamped[100:160, 80:220] = 255
    ghost = OcrWord("'\\а", 100, 20, 160, 40, 70.0)
    printed = OcrWord("сентяоря", 100, 120, 200, 140, 13.0)
    assert _noise([ghost, printed], [], stamped, 1.0, clean) == [True, False]


def test_bars_around_a_dash_in_a_table_are_kept_however_unsure() -> None:
    """«II-III квартал» read «|-!» at 9 %: no letter, but the shape of a range of numerals, which
    `glyphs` then reads from its ink; other unsure marks in a cell are still specks."""
    lines = np.zeros((220, 620), np.uint8)
    for y in (10, 110, 210):
        lines[y : y + 3, 10:610] = 255
    for x in (10, 300, 607):
        lines[10:213, x : x + 3] = 255
    tables = grid.find_tables(lines, 1.0)
    clean = np.full(lines.shape, 255, np.uint8)
    clean[50:70, 320:360] = 0
    bars, marks = OcrWord("|-!", 320, 50, 360, 70, 9.0), OcrWord("|~", 320, 150, 360, 170, 9.0)
    assert _noise([bars, marks], tables, np.zeros_like(clean), 1.0, clean) == [False, True]


def test_the_number_sign_standing_a_space_apart_is_no_speck() -> None:
    """«2021 г. № 18» under an approval: the sign read surely, its box a space short of the number
    (Tesseract's box held only the «N» of it); dropped as a speck, the act lost its number."""
    clean = np.full((100, 700), 255, np.uint8)
    year, period = OcrWord("2021", 437, 504, 496, 524, 96.0), OcrWord("г.", 506, 509, 519, 524, 96.0)
    sign, number = OcrWord("№", 537, 504, 546, 524, 96.0), OcrWord("18", 569, 503, 596, 524, 96.0)
    speck = OcrWord("'", 640, 504, 646, 512, 20.0)
    assert _noise([year, period, sign, number, speck], [], np.zeros_like(clean), 1.0, clean) == [
        False, False, False, False, True
    ]  # fmt: skip


def test_a_ranges_dash_alone_on_its_line_is_no_speck_where_a_table_may_be_unruled() -> None:
    """«март» / «–» / «апрель» in a narrow column of a table without rules (pandoc's Markdown table
    printed): the dash, read surely, as long as a dash, stands apart from every word; dropped as a
    speck, the range read «март апрель».  A short or unsure mark stays a speck; beside a ruled
    table the page's marks are judged as before."""
    clean = np.full((1700, 1000), 255, np.uint8)
    month, dash = OcrWord("март", 302, 1481, 427, 1518, 97.0), OcrWord("-", 302, 1552, 323, 1556, 90.0)
    scratch, unsure = OcrWord("-", 500, 1552, 508, 1555, 90.0), OcrWord("–", 600, 1552, 625, 1556, 40.0)
    flags = _noise([month, dash, scratch, unsure], [], np.zeros_like(clean), 1.0, clean)
    assert flags == [False, False, True, True]


def test_stars_in_a_row_beside_a_word_are_no_specks() -> None:
    """«** Программа …» and «работа**» of a photo (word boxes as Tesseract gave them): the first star
    of a footnote's «**» stands a star's width from its word, the second after a word further from
    the box of «работа*» (cut short of the first star) than a letter's width; each was dropped as a
    speck, and the second footnote's marker with it (its items lost «approximate»).  A star alone as
    far from a word, or a mark of another reading, is still a speck."""
    clean = np.full((1300, 1600), 255, np.uint8)
    first, second = OcrWord("*", 160, 1230, 166, 1237, 48.0), OcrWord("*", 175, 1230, 182, 1237, 48.0)
    word = OcrWord("Программа", 195, 1231, 340, 1255, 97.0)
    heading, after = OcrWord("работа*", 1323, 1039, 1411, 1062, 78.0), OcrWord("*", 1431, 1039, 1440, 1049, 78.0)
    alone, other = OcrWord("*", 600, 1100, 607, 1107, 48.0), OcrWord("'", 610, 1100, 616, 1107, 48.0)
    far = OcrWord("Работа", 650, 1100, 760, 1124, 97.0)
    words = [first, second, word, heading, after, alone, other, far]
    assert _noise(words, [], np.zeros_like(clean), 1.0, clean) == [False] * 5 + [True, True, False]


def test_a_breve_read_apart_over_its_words_last_letter_is_no_footnote_marker() -> None:
    """«Студенческий совет» in a borderless table (WeasyPrint's print, scanned): the breve of its
    «й» read as a word «..» of no confidence, its box (taller than the ink) over the word's last
    letter, and kept as a footnote marker raised beside it: «Студенческий.. совет».  A marker
    raised after the word's end is kept."""
    clean = np.full((700, 1200), 255, np.uint8)
    word, breve = OcrWord("Студенческий", 595, 570, 844, 603, 97.0), OcrWord("..", 825, 548, 839, 588, 0.0)
    heading, marker = OcrWord("Совет", 595, 470, 700, 503, 97.0), OcrWord("..", 702, 466, 714, 480, 0.0)
    assert _noise([word, breve, heading, marker], [], np.zeros_like(clean), 1.0, clean) == [False, True, False, False]


@pytest.mark.skipif(is_word("генеральный") is None, reason="needs Tesseract's library for its dictionary")
def test_a_printed_word_under_a_pen_stroke_is_kept_however_unsure() -> None:
    """A signature across a printed word leaves Tesseract unsure of a reading that is right: a
    black word of the language stays; black marks that are no word still need some confidence."""
    clean = np.full((200, 600), 255, np.uint8)
    clean[120:140, 100:400] = 0
    stamped = np.zeros_like(clean)
    stamped[100:160, 80:420] = 255
    word = OcrWord("Генеральный", 100, 120, 260, 140, 5.0)
    scrawl = OcrWord("Poco", 280, 120, 400, 140, 5.0)
    assert _noise([word, scrawl], [], stamped, 1.0, clean) == [False, True]


# -- requisites and corrections ---------------------------------------------------------


def test_a_position_goes_on_under_the_line_its_name_stands_beside() -> None:
    block = signatory_block(["Ответственный Ю.Н. Васюнькин", "секретарь", "Совета Ассамблеи"])
    assert block is not None
    assert (block.position, block.name) == ("Ответственный секретарь Совета Ассамблеи", "Ю.Н. Васюнькин")
    block = signatory_block(["Председатель Комиссии\tА.Н. Кравцов", "Исп. Петров, тел. 123-45-67"])
    assert block is not None and block.position == "Председатель Комиссии"
    block = signatory_block(["Руководитель Ю.Н. Васюнькин", "Исполнительного комитета", "А = са"])
    assert block is not None and block.position == "Руководитель Исполнительного комитета"


def test_a_signature_line_after_the_position_is_no_part_of_it() -> None:
    """A pen's stroke broke the line into pieces («__ __»); the name stands on the next line."""
    block = signatory_block(["Руководитель Исполнительного комитета __ __", "Ю.Н. Васюнькин"])
    assert block is not None
    assert (block.position, block.name) == ("Руководитель Исполнительного комитета", "Ю.Н. Васюнькин")


def test_an_act_approval_wrapped_over_many_narrow_lines() -> None:
    texts = ["УТВЕРЖДЕН", "Протоколом", "заседания", "Комиссии", "по культуре, туризму и", "молодежной"]
    texts += ["политике МАГ", "от «14» декабря", "2023 г. № 20", "ПЛАН"]
    approval, end = approval_block(texts, 0)
    assert approval is not None and end == 9
    assert approval.position == "Протоколом заседания Комиссии по культуре, туризму и молодежной политике МАГ"
    assert (approval.date_text, approval.number) == ("«14» декабря 2023 г.", "20")


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("У{ВЕРЖДАЮ\nПрезидент", "УТВЕРЖДАЮ\nПрезидент"),  # the head word under a stamp
        ("<28» января 2021 г.", "«28» января 2021 г."),
        ("«15.» января 2021 г.", "«15» января 2021 г."),  # a speck after the day read as a point
        ("«15» января 2021 г.", "«15» января 2021 г."),
        ("25» декабря 2024 г.", "«25» декабря 2024 г."),
        ("от «25> декабря 2019 г.", "от «25» декабря 2019 г."),  # the closing quote read «>» (a photo)
        ("«3› марта", "«3» марта"),
        ("|. Организационная работа", "I. Организационная работа"),
        ("Vi.", "VI."),
        ("Утверждаю что-то", "Утверждаю что-то"),  # not in capitals: left as read
        ("1. Работа", "1. Работа"),
        # Initials by the surname ending the line: a point read as a comma, or lost under a pen.
        ("_____________ Ю,Н. Васюнькин", "_____________ Ю.Н. Васюнькин"),
        ("Председатель __ Ю Н. Васюнькин", "Председатель __ Ю.Н. Васюнькин"),
        ("комитета ___ ИВ. Петрова", "комитета ___ И.В. Петрова"),
        ("Кравцов А,Н.", "Кравцов А.Н."),
        ("ООН, ЕС. Программа", "ООН, ЕС. Программа"),  # run together after a word: an abbreviation
        ("в Н. Новгороде", "в Н. Новгороде"),
        # A capital one-letter preposition before an abbreviated city is no initial: the city's
        # word stands in the case the preposition asks («-е», «-у», «-ом», «-ах»).
        ("В Н. Новгороде", "В Н. Новгороде"),
        ("Совещание мэров. В Н. Новгороде", "Совещание мэров. В Н. Новгороде"),
        ("К Н. Новгороду", "К Н. Новгороду"),
        ("С Н. Новгородом", "С Н. Новгородом"),
        ("О Н. Челнах", "О Н. Челнах"),
        ("В Н. Тагиле", "В Н. Тагиле"),
        ("В Н. Уренгое", "В Н. Уренгое"),
        ("К В. Лукам", "К В. Лукам"),
        # Surnames with those endings («-у», «-ю», «-е») are no city: initials, repaired.
        ("С К. Шойгу", "С.К. Шойгу"),
        ("О Н. Ву", "О.Н. Ву"),
        ("У Н. Гёте", "У.Н. Гёте"),
        ("Директор ___ К Ю. Кравчук-Марье", "Директор ___ К.Ю. Кравчук-Марье"),
        # The same letters as initials before a surname (the nominative) are repaired.
        ("Директор ___ В Н. Петров", "Директор ___ В.Н. Петров"),
        ("С Н. Гогоберидзе", "С.Н. Гогоберидзе"),
        ("В Н. Петрова", "В.Н. Петрова"),
        ("В,Н. Новгороде", "В.Н. Новгороде"),  # a comma is a misread point: initials
        ("Ю Н. Петров", "Ю.Н. Петров"),
        ("Ю,Н. Петров", "Ю.Н. Петров"),
        # Both points lost (a phone's photo at an angle), the initials opening the line or after its
        # blank or tab, the surname ending it.
        ("И В Петрова", "И.В. Петрова"),
        ("_____ И В Петрова", "_____ И.В. Петрова"),
        ("Директор\tИ В Петрова", "Директор\tИ.В. Петрова"),
        ("В Н Новгороде", "В Н Новгороде"),  # a preposition before an abbreviated city
        ("Генеральный директор И В Петрова", "Генеральный директор И В Петрова"),  # mid-line: as read
        ("А Б В Гагарин", "А Б В Гагарин"),
        # The second initial's point lost under the pen (a photo): «А.Н Кравцов» is the name still.
        ("Совета Ассамблеи __ ___ А.Н Кравцов", "Совета Ассамблеи __ ___ А.Н. Кравцов"),
        ("Председатель Совета МАГ Кравцов А.Н", "Председатель Совета МАГ Кравцов А.Н."),
        ("Председатель Совета МАГ Кравцов А,Н", "Председатель Совета МАГ Кравцов А.Н."),
        # … or read as a comma (a stamp's ring over the name).
        ("Председатель Комиссии\tЮ.Н, Васюнькин", "Председатель Комиссии\tЮ.Н. Васюнькин"),
        ("Председатель Совета МАГ Кравцов А.Н,", "Председатель Совета МАГ Кравцов А.Н."),
        ("Москва, Минск, С.Н, Петров", "Москва, Минск, С.Н. Петров"),
        # … a speck over it read as a raised figure (a phone's photo).
        ("Председатель Комиссии\tР.Ф¹, Галиева", "Председатель Комиссии\tР.Ф. Галиева"),
        ("Председатель Комиссии\tР.Ф* Галиева", "Председатель Комиссии\tР.Ф. Галиева"),
        # … or read as a quote run into the surname, the space lost with it.
        ("Исполнительный вице-президент А.Н’Кравцов", "Исполнительный вице-президент А.Н. Кравцов"),
        ("___ А.Н'Кравцов", "___ А.Н. Кравцов"),
        ("директор А.Н’ Кравцов", "директор А.Н. Кравцов"),
        ("программа «Город Н’Новгород»", "программа «Город Н’Новгород»"),  # one capital before: as read
        ("ВАРМСУ, АГП.Н, Москва", "ВАРМСУ, АГП.Н, Москва"),  # a word before the point: no initials
        ("МАГ.Н Новгород", "МАГ.Н Новгород"),  # a word before the point: no initials
        # The initial «З» read as the figure three, before or after its surname.
        ("Начальник управления культуры\t3.К. Мамедова", "Начальник управления культуры\tЗ.К. Мамедова"),
        ("Мамедова 3.К.", "Мамедова З.К."),
        # … its second initial read as the Latin capital it looks like.
        ("Начальник управления культуры 3.K. Мамедова", "Начальник управления культуры З.К. Мамедова"),
        ("Мамедова 3.K.", "Мамедова З.К."),
        ("п. 1.3.K. Иванову", "п. 1.3.K. Иванову"),  # a clause number before it: as read
        ("Срок 3. Мая", "Срок 3. Мая"),
        ("п. 1.3.К. Иванову", "п. 1.3.К. Иванову"),
        # Initials read in the Latin capitals they look like, by a Cyrillic surname (a photo).
        ("Председатель Совета МАГ _ AH. Кравцов", "Председатель Совета МАГ _ А.Н. Кравцов"),
        ("___ A.H. Кравцов", "___ А.Н. Кравцов"),
        ("Председатель Совета МАГ Кравцов A,H.", "Председатель Совета МАГ Кравцов А.Н."),
        ("ООН, EC. Программа", "ООН, EC. Программа"),  # run together, not after a blank: an abbreviation
    ],
)
def test_paragraph_corrections(read: str, meant: str) -> None:
    assert correct(read, paragraph=True) == meant


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        # A cell's person, the last initial's point lost at the cell's end (a browser's print scanned).
        ("Сидоров А.П", "Сидоров А.П."),
        ("Сидоров А,П", "Сидоров А,П"),  # a comma: letters listed, «Блоки А,Б», as like as not
        ("Блоки А,Б", "Блоки А,Б"),
        ("Петрова И.И., Сидоров А.П", "Петрова И.И., Сидоров А.П."),
        ("Сидоров А.П.", "Сидоров А.П."),
        # No surname before the capitals: as read.
        ("ул. Ленина, д. 5, корп. А.Б", "ул. Ленина, д. 5, корп. А.Б"),
        # A speck read as a point before the line's first word, a space apart: no line opens so.
        (". Соколова М.Ю.", "Соколова М.Ю."),
        ("· Концерт\n· Выставка", "· Концерт\n· Выставка"),  # a list's bullets stay
        ("Отдел\n. Соколова М.Ю.", "Отдел\nСоколова М.Ю."),
        ("... Москва", "... Москва"),
        # «№» read as the Latin letters it looks like, between a word and a number.
        ("Лицей No 2", "Лицей № 2"),
        ("школа Ne 5", "школа № 5"),
        ("Лицей No", "Лицей No"),
        ("Лицей Nokia 2", "Лицей Nokia 2"),
        ("ул. Мо 2", "ул. Мо 2"),
    ],
)
def test_a_cells_person_read_with_a_lost_point_or_a_speck(read: str, meant: str) -> None:
    assert correct(read) == meant


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("июль (ориентирово 4HO)", "июль (ориентировочно)"),  # cut at the column's edge, «чно» read «4HO»
        ("сентябрь 2024", "сентябрь 2024"),  # a word and a number are not run together
        ("Москва 4HO", "Москва 4HO"),  # nor anything that makes no word of the wording
    ],
)
def test_a_date_wording_cut_at_the_cells_edge_is_joined(read: str, meant: str) -> None:
    assert correct(read, dates=True) == meant


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("ЗИ лет\n1 августа", "311 лет\n1 августа"),  # a 1-bit scan's «11» read as «И», its bars joined
        ("2О0 лет", "200 лет"),
        ("Из года в год", "Из года в год"),  # a word in small letters is no age
        ("ЗИ\n1 августа", "ЗИ\n1 августа"),  # nor capitals before no age's word
        ("ОИ года", "ОИ года"),  # no age opens with a zero, and «И» alone is no «11»
    ],
)
def test_an_ages_figures_read_as_capitals_in_a_date_cell(read: str, meant: str) -> None:
    assert correct(read, dates=True) == meant


def _bars_to_four(bw: np.ndarray, bars: int) -> int:
    """Draw «I-IV», «II-IV» or «III-IV» (as many bars, a hyphen, a bar and a V); returns the right edge."""
    x = 100
    for _ in range(bars):
        x = _bar(bw, x) + 4
    bw[BASE - 10 : BASE - 7, x : x + 8] = 255  # the hyphen
    x += 12
    x = _bar(bw, x) + 3  # IV: a bar, then a V
    points = np.array([[x, BASE - CAP], [x + 6, BASE - CAP], [x + 9, BASE - 4], [x + 12, BASE - CAP]])
    cv2.polylines(bw, [points, np.array([[x + 12, BASE - CAP], [x + 18, BASE - CAP], [x + 9, BASE - 1]])], True, 255, 2)
    return x + 19


def test_a_range_of_roman_numerals_read_as_letters() -> None:
    bw = _page()
    assert _read(bw, _word("И-М", 100, _bars_to_four(bw, 3))) == ["III-IV"]


@pytest.mark.parametrize("read", ["lIl-IV", "III-IV", "|||-IV", "Il-IlV"])
def test_a_range_read_as_more_bars_than_stand_there_is_read_by_its_ink(read: str) -> None:
    """«II-IV квартал» of a photo read «lIl-IV»: three bar readings for two bars (then «III-IV»);
    a 1-bit scan's «Il-IlV», the bars before the V read one too many."""
    bw = _page()
    assert _read(bw, _word(read, 100, _bars_to_four(bw, 2))) == ["II-IV"]


def _one_to_three(bw: np.ndarray) -> list[int]:
    """Draw «I-III» (a bar, a hyphen, three bars); returns the left edge of each glyph."""
    edges = [100, 108, 122, 130, 138]
    _bar(bw, 100)
    bw[BASE - 10 : BASE - 7, 108:118] = 255  # the hyphen
    for x in edges[2:]:
        _bar(bw, x)
    return edges


@pytest.mark.parametrize(
    ("boxes", "meant"),
    [
        # «1-» over the bar and hyphen, «И» over the middle bar only: the others in no box.
        ([("1-", 100, 118), ("И", 130, 134)], ["I-III", "квартал"]),
        ([("|-", 100, 118), ("Ш", 122, 134)], ["I-III", "квартал"]),
        # Without a dash among the marks, a lone «И» stays what it was read as.
        ([("И", 130, 134)], ["И", "квартал"]),
    ],
)
def test_a_range_whose_bars_stand_outside_the_read_boxes_is_read_by_its_ink(
    boxes: list[tuple[str, int, int]], meant: list[str]
) -> None:
    """«I-III квартал» of a photo read «1- И квартал»: two of the three bars in no word's box."""
    bw = _page()
    _one_to_three(bw)
    right = _letters(bw, 160, 7, height=14)
    words = [_word(text, x0, x1) for text, x0, x1 in boxes]
    assert _read(bw, *words, _word("квартал", 160, right, top=BASE - 15, bottom=BASE + 1)) == meant


def test_a_phantom_mark_without_ink_does_not_hide_a_bullet() -> None:
    bw = _page()
    cv2.circle(bw, (106, BASE - 8), 4, 255, -1)
    right = _letters(bw, 150, 6, height=14)
    words = [
        _word("®", 100, 113, top=BASE - 15, bottom=BASE),
        _word("—", 125, 140, top=BASE - 25, bottom=BASE + 10),  # read where nothing is printed
        _word("секция", 150, right, top=BASE - 15, bottom=BASE + 1),
    ]
    assert _read(bw, *words) == ["•", "секция"]


def _numbers_after_correction(rows: list[list[tuple[str, int]]]) -> list[str]:
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Место проведения"), Cell("Срок проведения")])
    table = Table([header, *(Row([Cell(text, colspan=span) for text, span in row]) for row in rows)])
    correct_layout(Layout([table]))
    return [row.cells[0].text for row in table.rows[1:]]


@pytest.mark.parametrize(
    ("note", "read"),
    [
        ("___ Для учащихся 1–4 классов", "² Для учащихся 1–4 классов"),
        ("___ Ю.Н. Васюнькин", "___ Ю.Н. Васюнькин"),  # a blank to sign on before a name
        ("________ Для учащихся", "________ Для учащихся"),  # a blank longer than a number's link
        ("___ Директор школы", "___ Директор школы"),  # a blank before a position
        ("___ М.П.", "___ М.П."),  # … before the seal's place
    ],
)
def test_a_notes_number_read_as_its_links_underline_is_the_marker_no_note_has(note: str, read: str) -> None:
    """Google Docs' note «[2] Для учащихся…» under the table, its number an underlined link, which a
    scan read as «___»: the note of the cells' marker that no note line opens with (¹ has one)."""
    header = Row([Cell("Наименование мероприятия"), Cell("Срок проведения")])
    rows = [Row([Cell("Концерт¹"), Cell("май")]), Row([Cell("Весёлые старты²"), Cell("июнь")])]
    notes = [Paragraph("¹ Даты ориентировочные"), Paragraph(note)]
    correct_layout(Layout([Table([header, *rows]), *notes]))
    assert notes[1].text == read


@pytest.mark.parametrize(
    ("note", "read"),
    [
        ("1. Даты праздников ориентировочные. =", "1. Даты праздников ориентировочные."),
        ("1. Даты праздников ориентировочные. =>", "1. Даты праздников ориентировочные."),
        ("2. Для учащихся 9–11 классов. __", "2. Для учащихся 9–11 классов."),
        ("2. Для учащихся 9–11 классов. >", "2. Для учащихся 9–11 классов."),
        ("Сроки уточняются =", "Сроки уточняются ="),  # no listed note: no link back
        ("1. Ответственный:\n___", "1. Ответственный:\n___"),  # a blank on a line of its own stays
    ],
)
def test_a_listed_notes_link_back_read_as_a_mark_goes(note: str, read: str) -> None:
    """Hugo's notes listed «1. … ↩»: the link back, underlined, read as «=», «__» or «>»."""
    paragraph = Paragraph(note)
    correct_layout(Layout([paragraph]))
    assert paragraph.text == read


def test_a_raised_figure_that_opens_no_footnote_is_a_speck() -> None:
    """A speck over «Юбилейный»'s closing quote read as a raised «¹» in a scan without footnotes:
    dropped, from the heading and from the cells.  Where a paragraph opens as a footnote does, raised
    or plain («1 Дни городов…», «1 – даты уточняются», an endnote's «i Даты…»), every marker stays;
    so does a unit's power («м²»)."""
    header = Row([Cell("Наименование мероприятия"), Cell("Срок проведения")])
    row = Row([Cell("Концерт¹\nЗал 120 м²"), Cell("май²")])
    heading = Paragraph("План мероприятий ДК «Юбилейный»¹ на 2027 год")
    correct_layout(Layout([heading, Table([header, row])]))
    assert (heading.text, row.cells[0].text, row.cells[1].text) == (
        "План мероприятий ДК «Юбилейный» на 2027 год",
        "Концерт\nЗал 120 м²",
        "май",
    )
    notes = ("¹ Даты ориентировочные", "1 Даты ориентировочные", "1 – даты уточняются", "i Даты", "1. Даты")
    for note in notes:
        row = Row([Cell("Концерт¹"), Cell("май")])
        correct_layout(Layout([Table([header, row]), Paragraph(note)]))
        assert (row.cells[0].text, row.cells[1].text) == ("Концерт¹", "май")


def test_an_items_number_whose_period_reads_as_a_comma() -> None:
    """«4,» in the number column of a 1-bit scan: the period's dot read with a tail; a comma ends
    no row number."""
    rows = [
        [("3.", 1), ("Выпуск журнала", 1), ("", 1), ("июль", 1)],
        [("4,", 1), ("Рассылка", 1), ("4,", 1), ("май", 1)],
    ]
    assert _numbers_after_correction(rows) == ["3.", "4."]


@pytest.mark.parametrize("read", ["Ne", "No", "N°", "Nº", "Мо", "Nz"])
def test_a_lone_number_sign_misread_in_the_header_is_the_number_column(read: str) -> None:
    """«№» alone in its header cell read as «Ne»: the column is still the items' numbers (a section's
    misread numeral there is corrected as in a «№» column); the same word in a body row stays as read."""
    header = Row([Cell(read), Cell("Наименование мероприятия"), Cell("Место проведения"), Cell("Срок проведения")])
    sections = [Row([Cell("IV."), Cell("Информация", colspan=3)]), Row([Cell("У."), Cell("Дни", colspan=3)])]
    body = [*sections, Row([Cell("7"), Cell("Форум"), Cell(read), Cell("май")])]
    table = Table([header, *body])
    correct_layout(Layout([table]))
    assert [[c.text for c in row.cells][:3] for row in table.rows] == [
        ["№", "Наименование мероприятия", "Место проведения"],
        ["IV.", "Информация"],
        ["V.", "Дни"],
        ["7", "Форум", read],
    ]


@pytest.mark.parametrize(
    ("read", "below", "meant"),
    [
        ("we", ["1.", "2."], "№"),  # «№» misread far off, over row numbers only
        ("NZ", ["1.", "", "2."], "№"),  # a row across the table between (a section's) holds no number
        ("м", ["10.", "11."], "№"),  # a word of the dictionary too: a column of row numbers is numbered
        ("we", ["1.", "Минск"], "we"),  # not a column of numbers
        ("we", ["1."], "we"),  # one number says too little
        ("Код", ["1.", "2."], "Код"),  # a word of its own
        ("Кв.", ["1", "2", "2", "4"], "Кв."),  # numbers that do not count on by one
        ("we", ["1.", "2.", "", "1.", "2."], "№"),  # numbered anew in each section
        ("Шифр", ["1.", "2."], "Шифр"),  # longer than a misread sign
        ("6", ["7.", "8."], "6"),  # a row number: an item's row whose cells read as a header's
    ],
)
def test_a_short_misread_heading_over_a_first_column_of_row_numbers_is_the_number_sign(
    read: str, below: list[str], meant: str
) -> None:
    header = Row([Cell(read), Cell("Наименование мероприятия"), Cell("Место проведения"), Cell("Срок проведения")])
    body = [
        Row([Cell("Организационная работа", colspan=4)])
        if not number
        else Row([Cell(number), Cell("Форум"), Cell("Москва"), Cell("май")])
        for number in below
    ]
    table = Table([header, *body])
    correct_layout(Layout([table]))
    assert table.rows[0].cells[0].text == meant


def test_a_sections_numeral_whose_point_was_read_as_a_comma_gets_its_point() -> None:
    rows = [
        [("III, Информационное обеспечение деятельности Комиссии", 4)],
        [("Х, Дни городов", 4)],
        [("7.", 1), ("III, Международный форум", 1), ("", 1), ("май", 1)],
        [("|, Заседания Комиссии", 4)],  # its «I» read as a bar too
        [("l. Мероприятия МАГ", 4)],
        [("II. Юбилеи городов", 4)],
    ]
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Место проведения"), Cell("Срок проведения")])
    table = Table([header, *(Row([Cell(text, colspan=span) for text, span in row]) for row in rows)])
    correct_layout(Layout([table]))
    assert [c.text for c in table.rows[1].cells] == ["III. Информационное обеспечение деятельности Комиссии"]
    assert [c.text for c in table.rows[2].cells] == ["X. Дни городов"]  # (its Cyrillic «Х» made Latin first)
    assert table.rows[3].cells[1].text == "III, Международный форум"  # an item's cell is not touched
    assert [row.cells[0].text for row in table.rows[4:]] == [
        "I. Заседания Комиссии",
        "I. Мероприятия МАГ",
        "II. Юбилеи городов",
    ]


@pytest.mark.parametrize("header", ["М", "Мы"])
def test_a_short_word_in_the_header_is_no_number_sign(header: str) -> None:
    """An extra column headed by a word of an М and a letter (or the М alone) keeps its heading."""
    row = Row([Cell(header), Cell("Наименование мероприятия"), Cell("Место проведения"), Cell("Срок проведения")])
    table = Table([row, Row([Cell("7"), Cell("Форум"), Cell("Москва"), Cell("май")])])
    correct_layout(Layout([table]))
    assert table.rows[0].cells[0].text == header


def test_a_sections_roman_number_misread_as_letters_is_the_next_numeral() -> None:
    """«V.» in the № cell read «У.» or «Vv.»: a section row (its name beside, nothing else) after «IV.»
    holds the next numeral.  An item's number read as letters («З.» for «3.»), a row with a date
    beside are left as read."""
    rows = [
        [("IV.", 1), ("Информационное обеспечение деятельности Комиссии", 3)],
        [("13", 1), ("Обновление раздела на сайте", 1), ("", 1), ("13–14 февраля", 1)],
        [("У.", 1), ("Юбилейные даты городов-членов МАГ", 3)],
        [("14", 1), ("Санкт-Петербург", 1), ("300 лет", 1), ("11-12 января", 1)],
        [("Vv.", 1), ("Дни городов МАГ", 3)],
        [("З.", 1), ("Подготовка публикаций", 1), ("", 1), ("", 1)],
        [("б.", 1), ("Подготовка рассылки", 1), ("", 1), ("", 1)],
        [("Х.", 1), ("Выставка", 1), ("Минск", 1), ("май", 1)],
    ]
    assert _numbers_after_correction(rows) == ["IV.", "13", "V.", "14", "VI.", "З.", "б.", "Х."]
    # With no numbered section before it, a reading of look-alikes that makes a numeral is one.
    assert _numbers_after_correction([[("У.", 1), ("Дни городов МАГ", 3)]]) == ["V."]


def test_an_items_number_read_as_letters_between_two_numbers_is_the_one_between() -> None:
    """«4.» read «A у» (a centred row's number beside a scan's speck): between the items numbered 3.
    and 5. it is «4.»; a speck after a number («5 |») is dropped.  Not without the number after it
    saying so, not in a row of its name alone, not where a figure was read."""
    rows = [
        [("3.", 1), ("Молодёжный форум", 1), ("июнь", 1), ("Отдел", 1)],
        [("A у", 1), ("Конкурс проектов", 1), ("январь", 1), ("Отдел", 1)],
        [("5 |", 1), ("Заседания совета", 1), ("март", 1), ("Отдел", 1)],
        [("Ж", 1), ("Фестиваль", 1), ("июль", 1), ("Отдел", 1)],
        [("8.", 1), ("Турнир", 1), ("август", 1), ("Отдел", 1)],
        [("л", 1), ("Акция", 3)],
        [("10.", 1), ("Мониторинг", 1), ("май", 1), ("Отдел", 1)],
        [("1O", 1), ("Выставка", 1), ("май", 1), ("Отдел", 1)],
        [("12.", 1), ("Слёт", 1), ("май", 1), ("Отдел", 1)],
    ]
    assert _numbers_after_correction(rows) == ["3.", "4.", "5", "Ж", "8.", "л", "10.", "1O", "12."]


def test_a_sections_numeral_read_as_a_letter_no_numeral_has_is_the_next_one() -> None:
    """«V.» of a 1-bit scan's bold heading read «М.» (and «II.» read «И.»): after «IV.» the section
    row holds the next numeral, and its city rows stay under it; with no numbered section before
    it, or with a date beside, the letter stays as read."""
    rows = [
        [("IV.", 1), ("Информационное обеспечение", 1), ("", 1), ("", 1)],
        [("4", 1), ("Подготовка рассылки", 1), ("", 1), ("II полугодие", 1)],
        [("М.", 1), ("Дни городов МАГ", 1), ("", 1), ("", 1)],
        [("1", 1), ("Санкт-Петербург", 1), ("120 лет", 1), ("январь", 1)],
        [("И.", 1), ("Юбилеи", 3)],
        [("М.", 1), ("Выставка", 1), ("Минск", 1), ("май", 1)],
    ]
    assert _numbers_after_correction(rows) == ["IV.", "4", "V.", "1", "VI.", "М."]
    assert _numbers_after_correction([[("М.", 1), ("Дни городов МАГ", 3)]]) == ["М."]
    # ... read in small letters too («м.» for «IV.» of a 1-bit scan turned sideways).
    rows = [
        [("III.", 1), ("Информационная деятельность", 1), ("", 1), ("", 1)],
        [("м", 1), ("Юбилейные даты городов-членов МАГ", 1), ("", 1), ("", 1)],
        [("1.", 1), ("Нижний Новгород", 1), ("535 лет", 1), ("22 августа", 1)],
        [("м.", 1), ("Дни городов-столиц", 1), ("", 1), ("", 1)],
    ]
    assert _numbers_after_correction(rows) == ["III.", "IV", "1.", "V."]


def test_a_first_sections_one_read_with_its_serif_as_a_letter() -> None:
    """«I.» with its serifs read «Г.» (a hand-made plan's scan): as the first section it is «I.», the
    next one goes on from it; an item's row beside a date, or a later «Г.», stays as read."""
    rows = [
        [("Г.", 1), ("Организационная работа", 4)],
        [("1)", 1), ("Заседание коллегии", 1), ("март", 1), ("", 1), ("", 1)],
        [("П.", 1), ("Спортивно-массовые мероприятия", 4)],
        [("Г.", 1), ("Кросс", 1), ("сентябрь", 1), ("", 1), ("", 1)],
    ]
    assert _numbers_after_correction(rows) == ["I.", "1)", "II.", "Г."]


@pytest.mark.parametrize("read", ["i", "l", "|", "i.", "I"])
def test_an_items_one_read_as_a_bar_is_one_before_a_two(read: str) -> None:
    """A serifless «1» alone in the № cell read «i», «l» or «|»: the number after it, «2», makes it «1».
    Before another number, or as a section's «I.» beside its name alone, it stays as read."""
    section = [("I.", 1), ("Организационная работа", 3)]
    item = [(read, 1), ("Подготовка отчета", 1), ("", 1), ("20.09.2024", 1)]
    second = [("2", 1), ("Конференция", 1), ("Ташкент", 1), ("май", 1)]
    assert _numbers_after_correction([section, item, second]) == ["I.", "1" + read[1:], "2"]
    assert _numbers_after_correction([section, item, [("5", 1), *second[1:]]]) == ["I.", read, "5"]
    assert _numbers_after_correction([[("I.", 1), ("Работа", 3)], [("1", 1), ("Отчет", 3)]])[0] == "I."


@pytest.mark.parametrize(
    ("read", "meant"),
    [("у.", "V."), ("Y.", "V."), ("хv.", "XV."), ("Ху)", "XV)"), ("Хх.", "XX."), ("уу.", "уу.")],
)
def test_a_first_sections_number_read_as_look_alikes(read: str, meant: str) -> None:
    """Each letter read as the numeral's letter it prints like (the one table of OCR readings of
    I, V, X); a reading that makes no numeral («VV») is left as read."""
    assert _numbers_after_correction([[(read, 1), ("Дни городов МАГ", 3)]]) == [meant]


def test_a_sections_numeral_read_as_a_letter_or_a_slash_is_the_next_numeral() -> None:
    """«III» read as «Ш» (its bars run together, the point lost), «V.» as «\\.» (the V's first stroke)."""
    rows = [
        [("II.", 1), ("Мероприятия МАГ", 3)],
        [("Ш", 1), ("Мероприятия в городах-членах МАГ", 3)],
        [("7", 1), ("Подготовка отчета", 1), ("", 1), ("март", 1)],
        [("IV.", 1), ("Информационная деятельность", 3)],
        [("\\.", 1), ("Дни городов МАГ", 3)],
    ]
    assert _numbers_after_correction(rows) == ["II.", "III", "7", "IV.", "V."]
    assert _numbers_after_correction([[("Ш", 1), ("Дни городов МАГ", 3)]]) == ["III"]
    assert _numbers_after_correction([[("\\.", 1), ("Дни городов МАГ", 3)]]) == ["\\."]  # no numeral to follow


def test_a_sections_numeral_with_its_bar_run_into_the_v_is_the_next_numeral() -> None:
    """«IV.» read «WV.» (the bar joined to the V's first stroke: a 1-bit scan stored upside down);
    with no numeral before it, «W» makes none and stays as read."""
    rows = [
        [("III.", 1), ("Заседания Комиссии", 3)],
        [("10", 1), ("Семинар для специалистов", 1), ("Минск", 1), ("май", 1)],
        [("WV.", 1), ("Информационная деятельность", 3)],
    ]
    assert _numbers_after_correction(rows) == ["III.", "10", "IV."]
    assert _numbers_after_correction([[("WV.", 1), ("Дни городов МАГ", 3)]]) == ["WV."]


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("| кв.", "I кв."),  # the abbreviated quarter
        ("в течение М квартала", "в течение IV квартала"),  # «IV» run together
        ("М. Горький", "М. Горький"),  # an initial: no period word after it
    ],
)
def test_a_quarters_numeral_misread_before_its_period_word(read: str, meant: str) -> None:
    assert correct(read, dates=True) == meant


def test_a_star_boxed_both_in_the_word_before_it_and_in_its_own_is_read_once() -> None:
    """«работа**» of a photo: Tesseract's box of «работа» runs over the first star, read again as a
    «*» of its own whose box cuts the star narrow: the word's raised tail and the cut star were
    each taken for a «¹» («работа¹¹*», its footnote lost).  The ink within the mark's box is the mark's."""
    bw = _page()
    right = _letters(bw, 100, 6, height=14, gap=4)
    first, second = right + 4, right + 19
    for x in (first, second):
        bw[BASE - CAP : BASE - CAP + 11, x : x + 9] = 255  # a star, about as wide as tall
    words = _word("работа", 100, first + 9), _word("*", first + 3, first + 7), _word("*", second, second + 9)
    assert _read(bw, *words) == ["работа", "*", "*"]


def test_a_star_boxed_in_the_word_and_by_a_mark_box_set_left_of_it_is_read_once() -> None:
    """«сотрудничество**» of a photo: the first star's own box stands left of its ink (its middle
    outside it) and reaches back over the word's last letter: the raised ink it shares with the
    word is the mark's, whole, and the letter's sliver in its box the letter's (read «¹**» before,
    the heading's footnote lost)."""
    bw = _page()
    right = _letters(bw, 100, 6, height=14, gap=4)
    first, second = right + 4, right + 19
    for x in (first, second):
        bw[BASE - CAP : BASE - CAP + 11, x : x + 9] = 255
    words = _word("работа", 100, first + 9), _word("*", right - 2, first + 3), _word("*", second, second + 9)
    assert _read(bw, *words) == ["работа", "*", "*"]


def _star(bw: np.ndarray, x0: int, width: int, height: int = 9) -> None:
    """An asterisk's ink: its upright arm and two slanting ones, `width` × `height` pixels."""
    top = BASE - CAP
    bw[top : top + height, x0 + width // 2] = 255
    cv2.line(bw, (x0, top + 2), (x0 + width - 1, top + height - 3), 255, 1)
    cv2.line(bw, (x0, top + height - 3), (x0 + width - 1, top + 2), 255, 1)


def test_a_star_a_pixel_narrower_than_the_star_beside_it_is_a_star() -> None:
    """«** Дни городов…» of a photo: the first star's ink 7×9 (narrower than a star's usual share),
    the second 8×9: of a size, both are stars («¹*» before: the footnote's marker lost), one marker
    «**» (read as two words, «* *» was footnote «*» with a star in its text).  A mark as narrow as
    a «¹» beside a star is still the «¹»."""
    assert _two_marks(7) == ["**", "Дни", "городов"]
    assert _two_marks(4)[0] == "1"


def test_a_solid_star_before_another_star_is_no_bullet() -> None:
    """A scan's bold first star of «**», blurred into a disc on the line's middle, read «*» «*»: a
    bullet stands before no star, so the disc is the marker's first star (read «•», the footnote
    «**» was «*» with its text after a bullet)."""
    bw = _page()
    cv2.circle(bw, (105, BASE - CAP // 2), 5, 255, -1)
    _star(bw, 115, 8)
    after = _letters(bw, 135, 3)
    words = (_word("*", 100, 111), _word("*", 115, 123), _word("Дни", 135, after))
    assert _read(bw, *words)[0] != "•"


def test_three_stars_opening_a_line_are_a_divider_not_a_marker() -> None:
    """«* * *» between a plan's parts: three marks, no footnote's «**» before a star."""
    bw = _page()
    for x in (100, 115, 130):
        _star(bw, x, 8)
    words = (_word("*", 100, 108), _word("*", 115, 123), _word("*", 130, 138))
    assert "**" not in _read(bw, *words)


def _two_marks(first: int) -> list[str]:
    """A line «** Дни городов» read, its first mark `first` pixels wide, its second a star 8×9."""
    bw = _page()
    _star(bw, 100, first)
    _star(bw, 115, 8)
    after = _letters(bw, 135, 3)
    more = _letters(bw, after + 14, 7, height=14)
    words = (
        _word("*", 100, 100 + first),
        _word("*", 115, 123),
        _word("Дни", 135, after),
        _word("городов", after + 14, more),
    )
    return _read(bw, *words)


def test_a_star_boxed_as_a_quote_at_the_words_end_and_as_its_own_mark_is_read_once() -> None:
    """«МАГ*» of a photo read «МАГ”» + «*»: the star's ink is the mark's, so the quote read at the
    word's end stands for no ink and goes (it was paired with nothing and taken for a second marker:
    «¹*», the footnote lost).  A quote with ink of its own before the star keeps its reading."""
    bw = _page()
    right = _letters(bw, 100, 3, gap=4)
    star = right + 8
    bw[BASE - CAP - 2 : BASE - CAP + 9, star : star + 9] = 255
    after = _letters(bw, star + 30, 1, height=14)
    words = _word("МАГ”", 100, star + 6), _word("*", star, star + 9), _word("и", star + 30, after)
    assert _read(bw, *words)[0] == "МАГ"
    quoted = _page()
    right = _letters(quoted, 100, 3, gap=4)
    for x in (right + 2, right + 6):
        quoted[BASE - CAP : BASE - CAP + 6, x : x + 2] = 255  # the quote's two strokes, raised
    star = right + 10
    quoted[BASE - CAP - 2 : BASE - CAP + 9, star : star + 9] = 255
    words = _word("МАГ”", 100, star + 6), _word("*", star, star + 9), _word("и", star + 30, after)
    assert _read(quoted, *words)[0] == "МАГ”"


@pytest.mark.parametrize("text", ["2021", "XXI"])
def test_a_words_last_figure_before_a_star_boxed_with_it_is_kept(text: str) -> None:
    """«2021*» read «2021» + «*», the word's box over the star: its last figure («1», «I») reads as
    a raised mark does, but has ink of its own down to the baseline: no mark to drop («202»)."""
    bw = _page()
    right = _letters(bw, 100, len(text), gap=4)
    star = right + 8
    bw[BASE - CAP - 2 : BASE - CAP + 9, star : star + 9] = 255
    after = _letters(bw, star + 30, 1, height=14)
    words = _word(text, 100, star + 6), _word("*", star, star + 9), _word("и", star + 30, after)
    assert _read(bw, *words)[0] == text


def test_initials_boxed_with_the_blank_before_them_are_kept() -> None:
    """«____________ Ю.Н. Васюнькин» of a photo: Tesseract boxed the blank with the initials after it
    as one word «Ю.Н.», which went with the blank (the approval's name lost: «______ Васюнькин»)."""
    bw = _page()
    bw[BASE : BASE + 3, 100:330] = 255  # the blank
    initials = _letters(bw, 340, 4, gap=4)
    surname = _letters(bw, initials + 14, 6, height=14, gap=4)
    words = [_word("Ю.Н.", 100, initials), _word("Васюнькин", initials + 14, surname)]
    out = fill_in_blanks(words, bw, [], float(CAP))
    assert [ln.text() for ln in group_lines(out, bw, float(CAP))] == ["________________ Ю.Н. Васюнькин"]


def test_initials_boxed_with_the_blank_are_read_again_past_it() -> None:
    """«_____ Ю.Н. Васюнькин» of a 1-bit scan: Tesseract boxed the blank with the initials and read
    the two as «COL.» (the approval's name «COL. Васюнькин»); the part past the blank is read again
    by itself.  Words beside the blank are not."""
    bw = _page()
    bw[BASE : BASE + 3, 100:330] = 255  # the blank
    initials = _letters(bw, 340, 4, gap=4)
    surname = _letters(bw, initials + 14, 6, height=14, gap=4)
    asked: list[tuple[float, float]] = []

    def reread(word: Word) -> str | None:
        asked.append((word.x0, word.x1))
        return "Ю.Н."

    words = [_word("COL.", 100, initials), _word("Васюнькин", initials + 14, surname)]
    out = fill_in_blanks(words, bw, [], float(CAP), reread)
    assert [ln.text() for ln in group_lines(out, bw, float(CAP))] == ["________________ Ю.Н. Васюнькин"]
    assert len(asked) == 1 and asked[0][0] > 330 and asked[0][1] == initials  # the box past the blank only


def test_a_blank_a_pens_remains_run_into_is_a_blank() -> None:
    """«______ И.В. Петрова» of a photo signed across the blank: the pen's ink taken off left gray
    remains that the threshold kept, joined to the blank (no flat stroke), and Tesseract read the
    blank «2.» (it went into the approval's position) or «о» boxed as flat as the blank (a paragraph
    of its own, parting the approval's date from its name).  An underline letters touch stays a word."""
    bw = _page()
    bw[BASE : BASE + 3, 100:330] = 255  # the blank
    cv2.line(bw, (150, BASE - 25), (200, BASE + 1), 255, 3)  # the pen's remains, run into it
    cv2.line(bw, (260, BASE + 1), (290, BASE - 30), 255, 3)
    initials = _letters(bw, 340, 4, gap=4)
    surname = _letters(bw, initials + 14, 6, height=14, gap=4)
    name = [_word("И.В.", 340, initials), _word("Петрова", initials + 14, surname)]
    for misread in (_word("2.", 100, 330), _word("о", 100, 330, top=BASE, bottom=BASE + 3)):  # «о» boxed flat
        out = fill_in_blanks([misread, *name], bw, [], float(CAP))
        assert [ln.text() for ln in group_lines(out, bw, float(CAP))] == ["________________ И.В. Петрова"]
    bw = _page()  # a word its underline touches: the letters' word stays
    right = _letters(bw, 100, 6, height=14, gap=4)
    bw[BASE : BASE + 3, 100:right] = 255
    bw[BASE - 14 : BASE, 100:103] = 255  # a letter's stem run into the rule
    out = fill_in_blanks([_word("Работа", 100, right)], bw, [], float(CAP))
    assert [w.text for w in out] == ["Работа"]
    # … and so does a year whose figures a line under them touches (a photo's shadow or fold under
    # «на 2020 – 2022 годы»): figures are letters there; one figure with its point («2.») is a mark.
    bw = _page()
    right = _letters(bw, 100, 4, height=CAP, gap=4)
    bw[BASE : BASE + 3, 100:right] = 255
    bw[BASE - 14 : BASE, 100:103] = 255
    out = fill_in_blanks([_word("2022", 100, right)], bw, [], float(CAP))
    assert [w.text for w in out] == ["2022"]


def test_a_pens_gray_remains_beside_a_line_are_no_blank() -> None:
    """«генеральный директор» of a photo signed left of it: a dash of the pen's remains, flat and
    on the line's baseline, was taken for a blank («__ генеральный директор»: the approval's
    position cut and the line taken for its date).  On the page Tesseract reads the remains are
    light gray, where a printed blank is black."""
    bw = _page()
    bw[BASE : BASE + 3, 100:130] = 255  # flat, on the baseline, 1.5 capitals long
    right = _letters(bw, 200, 6, height=14, gap=4)
    words = [_word("генеральный", 200, right)]
    for ink, meant in ((200, ["генеральный"]), (0, ["генеральный", "__"])):
        clean = np.full_like(bw, 255)
        clean[bw > 0] = 0
        clean[BASE : BASE + 3, 100:130] = ink
        out = fill_in_blanks(words, bw, [], float(CAP), clean=clean)
        assert [w.text for w in out] == meant


@pytest.mark.parametrize("read", ["1.", "1", "l.", "|."])
def test_a_first_sections_numeral_read_as_one_before_item_one_is_the_section(read: str) -> None:
    """«I.» of the first section read as the figure «1.» (or a bar): the row under it is numbered 1
    too, and two rows in turn are no two items «1»; the section's row is «I.».  A name-only row «1»
    before a «2» is an item (an event with no date yet), and so is any after a section."""
    section = [(read, 1), ("Мероприятия МАГ", 3)]
    item = [("1.", 1), ("Выездное заседание", 1), ("", 1), ("май", 1)]
    second = [("2.", 1), ("Форум", 1), ("", 1), ("июнь", 1)]
    assert _numbers_after_correction([section, item, second]) == ["I" + read[1:], "1.", "2."]
    assert _numbers_after_correction([[("1.", 1), ("Мероприятия МАГ", 3)], second])[0] == "1."
    one = [("1.", 1), ("Мероприятия МАГ", 3)]
    assert _numbers_after_correction([[("I.", 1), ("Работа", 3)], one, item]) == ["I.", "1.", "1."]


def test_dates_a_line_each_stay_a_list_and_a_wrapped_date_is_joined() -> None:
    # A column wide enough for two dates on a line: each date its own line is the writer's list,
    # which a text PDF's space glyphs tell and a scan does not (a hand-made plan's «Дата проведения»).
    listed = [
        _line(("15", 100, 115), ("февраля", 120, 180)),
        _line(("19", 100, 115), ("апреля", 120, 170), top=25),
        _line(("18", 100, 115), ("октября", 120, 180), top=50),
    ]
    assert join_lines(listed, 300) == "15 февраля\n19 апреля\n18 октября"
    # A date's year wrapped under it, a range's end under its dash: one wording each.
    assert (
        join_lines(
            [_line(("15", 100, 115), ("февраля", 120, 297)), _line(("2027", 100, 140), ("г.", 145, 160), top=25)], 300
        )
        == "15 февраля 2027 г."
    )
    assert (
        join_lines([_line(("январь", 100, 180), ("–", 185, 297)), _line(("февраль", 100, 170), top=25)], 300)
        == "январь – февраль"
    )


def test_items_lettered_with_a_bracket_open_lines_under_their_lead_in() -> None:
    # A narrow column wraps each item; the next item's «б)» opens a line of the writer's.
    lines = [
        _line(("Подготовка", 100, 280), ("к", 285, 297)),
        _line(("Победы:", 100, 170), top=25),
        _line(("а)", 100, 115), ("формирование", 120, 297), top=50),
        _line(("оргкомитета", 100, 200), top=75),
        _line(("б)", 100, 115), ("утверждение", 120, 230), top=100),
    ]
    assert join_lines(lines, 300) == "Подготовка к Победы:\nа) формирование оргкомитета\nб) утверждение"
    # Without a lead-in or a lettered item above, a wrapped «2)» goes on the line.
    plain = [_line(("пункты", 100, 297)), _line(("2)", 100, 115), ("и", 120, 130), ("3)", 135, 150), top=25)]
    assert join_lines(plain, 300) == "пункты 2) и 3)"


def test_a_range_of_years_wrapped_after_its_dash_is_joined_without_a_space() -> None:
    # «на 2025–2027 годы» set without spaces wraps after its dash; read as a hyphen and a long dash.
    lines = [_line(("на", 100, 120), ("2025-—", 125, 297)), _line(("2027", 100, 140), ("годы", 145, 185), top=25)]
    assert join_lines(lines, 300, loose=True) == "на 2025-—2027 годы"


def test_a_date_too_long_for_its_column_is_joined_whole() -> None:
    # «15.02.2027» cut after the month's point by a narrow column, as the PDF reader joins it.
    lines = [_line(("15.02.", 100, 160)), _line(("2027", 100, 140), top=25)]
    assert join_lines(lines, 165) == "15.02.2027"


def test_a_heading_beside_the_approval_block_is_parted_from_it() -> None:
    """«План концертной деятельности» / «детской школы … на 2027 год» at the left, the approval's
    position, name and date at the right on the same lines, «УТВЕРЖДАЮ» alone above them: read line by
    line they ran together.  Parted at the channel between them, the right part goes on under its
    head word; a signature (a name at the right of its one line) stays whole."""
    head = [_line(("УТВЕРЖДАЮ", 600, 760))]
    beside = [
        _line(("План", 100, 160), ("концертной", 170, 300), ("Директор", 600, 700), ("МБУ", 710, 760), top=25),
        _line(("детской", 100, 190), ("школы", 200, 280), ("Р.Ф.", 600, 640), ("Гарипов", 650, 760), top=50),
        _line(("«28»", 600, 640), ("декабря", 650, 740), top=75),
    ]
    parted = side_by_side([head, beside])
    assert [[line.text() for line in group] for group in parted] == [
        ["УТВЕРЖДАЮ", "Директор МБУ", "Р.Ф. Гарипов", "«28» декабря"],
        ["План концертной", "детской школы"],
    ]
    signature = [_line(("Председатель", 100, 260)), _line(("комиссии", 100, 220), ("Р.Ф.", 600, 640), top=25)]
    assert side_by_side([signature]) == [signature]


def test_a_menu_beside_the_approval_block_under_a_banner_across_the_page_is_parted_from_it() -> None:
    """A site's page scanned: its banner runs across the page, its menu under it at the left, the
    approval block at the right on the same lines.  The banner's words stand in the channel between
    them: the group whole was left, and the approval read «Разделы  УТВЕРЖДЕН» (no approval at all).
    The banner stays a paragraph of its own over the parted rest."""
    group = [
        _line(("Официальный", 100, 300), ("сайт", 310, 380), ("администрации", 390, 700)),
        _line(("Разделы", 100, 220), ("УТВЕРЖДЕН", 600, 760), top=25),
        _line(("План", 100, 160), ("работы", 170, 260), ("постановлением", 600, 800), top=50),
        _line(("Контакты", 100, 220), ("комиссии", 600, 720), top=75),
    ]
    parted = side_by_side([group])
    assert [[line.text() for line in part] for part in parted] == [
        ["Официальный сайт администрации"],
        ["Разделы", "План работы", "Контакты"],
        ["УТВЕРЖДЕН", "постановлением", "комиссии"],
    ]


def test_signatures_stacked_under_a_sentence_are_not_parted_as_a_menu_beside_a_block() -> None:
    """A sentence across the page over two signatures, each a position and a name on one line: no
    line holds one side only, no menu or block stands there, the group stays whole."""
    group = [
        _line(("План", 100, 160), ("рассмотрен", 170, 300), ("на", 310, 340), ("заседании", 350, 700)),
        _line(("Председатель", 100, 260), ("И.И.", 600, 640), ("Иванов", 650, 740), top=25),
        _line(("Секретарь", 100, 230), ("П.П.", 600, 640), ("Петров", 650, 740), top=50),
    ]
    assert side_by_side([group]) == [group]


def test_text_beside_a_table_is_read_and_a_two_column_page_reads_column_by_column() -> None:
    """A newsletter set in two columns: the plan's heading above its table in the left column,
    the table going on at the top of the right one, higher.  The bands above and below the tables
    never held the heading (it stands beside the right table); now the room beside each table is
    read where it is a tenth of the page wide, and the blocks go column by column."""
    from magplan.extract.ocr.grid import TableGrid
    from magplan.extract.ocr.page import _beside_tables
    from magplan.extract.ocr.paragraphs import reading_order
    from magplan.layout import Paragraph

    left, right = TableGrid(199, 974, 1189, 1895), TableGrid(1296, 483, 2286, 1858)
    beside = _beside_tables([left, right], 2479)
    assert [(r.x0, r.y0, r.x1, r.y1) for r in beside] == [(0, 483, 1296, 974), (1189, 1858, 2479, 1895)]
    # A table as wide as the text leaves only its margins beside it: nothing to read.
    assert _beside_tables([TableGrid(199, 974, 2286, 1895)], 2479) == []
    masthead, heading, signature = Paragraph("ВЕСТНИК"), Paragraph("План … на 2027 год"), Paragraph("Начальник")
    boxes = [
        (346.0, 400.0, 1240.0, masthead),
        (483.0, 1858.0, 1791.0, right),
        (520.0, 900.0, 690.0, heading),
        (974.0, 1895.0, 694.0, left),
        (2000.0, 2100.0, 600.0, signature),
    ]
    order = [block for *_, block in reading_order(boxes, [left, right])]  # type: ignore[arg-type]
    assert order == [masthead, heading, left, right, signature]


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Итогс", "Итого"),
        ("Итогс: 6 мероприятий", "Итого: 6 мероприятий"),
        ("Bcего", "Всего"),
        # A word one letter off that is a word, or none near, is left as read.
        ("Иного", "Иного"),
        ("Итого", "Итого"),
        ("7", "7"),
    ],
)
def test_a_totals_row_s_misread_head_word_is_corrected(read: str, meant: str) -> None:
    """«Итогс 5 мероприятий» read as an item: a totals row's head word one letter off, no word itself."""
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Место проведения"), Cell("Срок проведения")])
    table = Table([header, Row([Cell(read), Cell("5 мероприятий"), Cell(""), Cell("")])])
    correct_layout(Layout([table]))
    assert table.rows[1].cells[0].text == meant


def test_a_word_the_document_prints_with_yo_gets_its_dots_back() -> None:
    """Tesseract loses the dots of a small «ё» now and then: a word the document prints with «ё»
    elsewhere takes them, in its case; a short word («все», «всё» are both words) is left."""
    table = Table(
        [
            Row([Cell("№"), Cell("Мероприятие"), Cell("Дата"), Cell("Место проведения")]),
            Row([Cell("1"), Cell("Дискотека для всех"), Cell("5 января"), Cell("МОЛОДЕЖНЫЙ центр")]),
            Row([Cell("2"), Cell("Турнир: все ещё"), Cell("6 января"), Cell("Молодежный центр")]),
        ]
    )
    layout = Layout([Paragraph("План работы МБУ «Молодёжный центр»: всё"), table])
    correct_layout(layout)
    assert [row.cells[3].text for row in table.rows[1:]] == ["МОЛОДЁЖНЫЙ центр", "Молодёжный центр"]
    assert table.rows[2].cells[1].text == "Турнир: все ещё"


def test_a_raised_asterisk_read_as_a_closing_quote_is_the_footnote_s_marker() -> None:
    """Where the document's footnotes open with «*», a closing quote glued to a word that nothing
    opens in its cell is the asterisk read as «”»; a quoted name's closing quote stays."""

    def read(note: str) -> list[str]:
        table = Table(
            [
                Row([Cell("№"), Cell("Мероприятие"), Cell("Дата"), Cell("Место проведения")]),
                Row([Cell("1"), Cell("Стажировка специалистов самоуправления”:"), Cell("май"), Cell("Минск")]),
                Row([Cell("2"), Cell("Выставка “Город”"), Cell("июнь"), Cell("Казань”")]),
                Row([Cell("3"), Cell("Конференция СМИ МАГ”\n(по отдельной программе)”"), Cell("май"), Cell("")]),
                Row([Cell("4"), Cell("Фестиваль ”МАГ”"), Cell("июль"), Cell("")]),
            ]
        )
        correct_layout(Layout([table, Paragraph(note)]))
        return [row.cells[k].text for row in table.rows[1:] for k in (1, 3)]

    assert read("* Даты ориентировочные") == [
        "Стажировка специалистов самоуправления*:",
        "Минск",
        "Выставка “Город”",
        "Казань*",
        # After a capital or a closing bracket too (a scan, 1-bit: «программе)”»).
        "Конференция СМИ МАГ*\n(по отдельной программе)*",
        "",
        # Both quotes of a name read «”»: one opens a word, the other closes it.
        "Фестиваль ”МАГ”",
        "",
    ]
    assert read("¹ Даты ориентировочные")[0] == "Стажировка специалистов самоуправления”:"


def test_a_quoted_name_s_closing_quote_stays_where_footnotes_are_marked_with_asterisks() -> None:
    table = Table(
        [Row([Cell("№"), Cell("Мероприятие"), Cell("Дата")]), Row([Cell("1"), Cell("Конкурс „Лидер”"), Cell("май")])]
    )
    correct_layout(Layout([table, Paragraph("* Даты ориентировочные")]))
    assert table.rows[1].cells[1].text == "Конкурс „Лидер”"


def test_a_surname_keeps_its_spelling_beside_a_town_printed_with_yo() -> None:
    table = Table(
        [
            Row([Cell("№"), Cell("Мероприятие"), Cell("Место проведения"), Cell("Ответственный")]),
            Row([Cell("1"), Cell("Форум"), Cell("г. Королёв"), Cell("Королев А.А.")]),
        ]
    )
    correct_layout(Layout([table]))
    assert table.rows[1].cells[3].text == "Королев А.А."


def _printed_line(top: float, *words: tuple[str, float, float]) -> Line:
    return Line([Word(text, x0, x1, top, top + 12, 10.0) for text, x0, x1 in words], top, top + 12, 10.0)


def _numbered_line(top: float, *words: tuple[str, float, float]) -> Line:
    """A printed line opening with a row's number, its box ended as `unruled._as_printed` ends it."""
    line = _printed_line(top, *words)
    line.words[0].box_end = True
    return line


def test_a_word_a_space_before_a_columns_start_ends_its_cell() -> None:
    """`unruled._mark_cells_a_space_apart`: «Дата», «18», «15-16» start at one x after a column's
    gap, so «старинный»» a space before «март» there ends its cell; the signature's «Начальник»
    set from the page's margin, left of the numbers, does not, nor does a dash between two words,
    nor a word whose box overlaps the next (two lines read as one)."""
    from magplan.extract.ocr.unruled import _mark_cells_a_space_apart

    lines = [
        _printed_line(0, ("№", 64, 76), ("Мероприятие", 78, 174), ("Дата", 275, 308), ("Место", 341, 384)),
        _printed_line(15, ("1", 65, 69), ("Выставка", 79, 138), ("старинный»", 197, 272), ("март", 275, 305)),
        _printed_line(30, ("2", 64, 70), ("Международный", 78, 185), ("музеев", 223, 266), ("18", 276, 289)),
        _printed_line(45, ("3", 64, 70), ("Ночь", 78, 109), ("музеев", 114, 157), ("15-16", 276, 310)),
        _printed_line(60, ("4", 64, 70), ("—", 72, 76), ("Турнир", 78, 120), ("Главный", 341, 395)),
        _printed_line(75, ("Начальник", 50, 271), ("управления", 275, 330)),
        _printed_line(90, ("5", 64, 70), ("Парк", 78, 280), ("отдыха", 276, 320)),
    ]
    _mark_cells_a_space_apart(lines, 10.0)
    marked = {w.text for line in lines for w in line.words if w.box_end}
    assert marked == {"старинный»"}


def test_a_piece_of_a_word_read_again_inside_it_is_dropped() -> None:
    """`lines.without_pieces_read_again`: «д» inside «Отдел» and «двед» inside «Подведение», on their
    line, are their letters read a second time; a short word of its own beside («по»), one within a
    word's width on another line («в» under «Отдел»), or one whose letters are not the word's stay."""
    from magplan.extract.ocr.lines import without_pieces_read_again

    words = [
        Word("Отдел", 100, 150, 0, 12, 10),
        Word("д", 115, 122, 2, 12, 10),
        Word("Подведение", 200, 300, 0, 12, 10),
        Word("двед", 230, 265, 1, 12, 10),
        Word("по", 305, 320, 0, 12, 10),
        Word("в", 110, 117, 20, 32, 10),
        Word("ж", 125, 132, 1, 12, 10),
        # A piece of three letters or more with one misread («енто» inside «центр»); one of two
        # letters that is no piece stays («жо»), as does one of four with two misread («цаот»).
        Word("центр", 400, 460, 0, 12, 10),
        Word("енто", 410, 450, 0, 11, 10),
        Word("жо", 415, 430, 1, 12, 10),
        Word("цаот", 405, 455, 1, 12, 10),
    ]
    kept = [w.text for w in without_pieces_read_again(words)]
    assert kept == ["Отдел", "Подведение", "по", "в", "ж", "центр", "жо", "цаот"]


def test_a_letter_inside_a_misread_word_and_readings_overlapping_by_their_ends() -> None:
    """`lines.without_pieces_read_again`: a letter inside a word the dictionary does not know
    («р» inside «апоель») is read again out of it; two readings overlapping by their ends, the
    letters there the same, are one word («Дворе» and «рец»); words apart, or overlapping with
    other letters, stay as read."""
    from magplan.extract.ocr.lines import without_pieces_read_again

    words = [
        Word("апоель", 100, 160, 0, 12, 10),
        Word("р", 110, 118, 0, 12, 10),
        Word("Дворе", 200, 250, 0, 12, 10),
        Word("рец", 240, 270, 1, 13, 10),  # its «ре» over «Дворе»'s last two letters
        Word("молодёжи", 280, 360, 0, 12, 10),
        Word("Мост", 400, 440, 0, 12, 10),
        Word("ком", 435, 465, 0, 12, 10),  # overlapping by half a letter, «т» ≠ «к»: as read
        # Two words whose boxes overlap by a shared letter (a tight or italic print), joined no
        # known word: as read.  A letter inside an abbreviation in capitals stays too.
        Word("Москва", 500, 560, 0, 12, 10),
        Word("аэропорт", 552, 632, 0, 12, 10),
        Word("ЕАЭС", 700, 740, 0, 12, 10),
        Word("и", 715, 722, 0, 12, 10),
    ]
    kept = [w.text for w in without_pieces_read_again(words)]
    assert kept == ["апоель", "Дворец", "молодёжи", "Мост", "ком", "Москва", "аэропорт", "ЕАЭС", "и"]
    joined = next(w for w in without_pieces_read_again(words) if w.text == "Дворец")
    assert (joined.x0, joined.x1) == (200, 270)


def test_a_bar_read_between_two_header_words_parts_their_cells() -> None:
    """`unruled._without_border_bars`: a dotted border between «№» and «Мероприятие» read as «|»
    ends the cell before it and is no word; a bar opening or ending a line stays (a table's edge
    or a numeral, for the glyph readers)."""
    from magplan.extract.ocr.unruled import _without_border_bars

    words = [Word("№", 66, 78, 0, 14, 13), Word("|", 82, 83, 0, 14, 13), Word("Мероприятие", 86, 200, 0, 14, 13)]
    kept = _without_border_bars(words)
    assert [(w.text, w.box_end) for w in kept] == [("№", True), ("Мероприятие", False)]
    edge = [Word("|", 60, 61, 0, 14, 13), Word("квартал", 70, 120, 0, 14, 13)]
    assert [w.text for w in _without_border_bars(edge)] == ["|", "квартал"]


def test_a_centred_columns_starts_make_no_cell_edge() -> None:
    """`unruled._mark_cells_a_space_apart`: the months of a centred date column start all over
    («февраль» at 518, «сентябрь» at 519, «октябрь» at 521, «март» at 527): no column's left edge,
    so the header's «Срок рассмотрения», one cell, keeps «Срок» unmarked before «рассмотрения» at 517."""
    from magplan.extract.ocr.unruled import _mark_cells_a_space_apart

    lines = [
        _printed_line(0, ("№", 69, 80), ("Срок", 486, 513), ("рассмотрения", 517, 592)),
        _printed_line(15, ("1.", 82, 89), ("деятельности", 388, 456), ("февраль", 518, 559)),
        _printed_line(30, ("2.", 81, 89), ("округа", 336, 369), ("март", 527, 551)),
        _printed_line(45, ("3.", 81, 89), ("год", 382, 397), ("май", 530, 548)),
        _printed_line(60, ("4.", 81, 89), ("году", 382, 410), ("сентябрь", 519, 566)),
        _printed_line(75, ("5.", 81, 89), ("году", 382, 410), ("октябрь", 521, 564)),
        _printed_line(90, ("6.", 81, 89), ("году", 382, 410), ("декабрь", 525, 562)),
    ]
    _mark_cells_a_space_apart(lines, 12.0)
    assert not any(w.box_end for line in lines for w in line.words)


def test_a_month_a_space_before_its_rows_number_ends_its_cell() -> None:
    """`unruled._mark_cells_a_space_apart`: the rows' numbers open their lines at one x (their boxes
    ended, `_as_printed`), so a month's name set a space before the number on its row («Февраль
    3», a month column's merged cell in WeasyPrint's default print) ends its cell; the page's
    ragged margin (61 to 65) is the left edge the month starts from.  A word a space before
    another that is no number there («п/» after «№» read «Ne») is left."""
    from magplan.extract.ocr.unruled import _mark_cells_a_space_apart

    lines = [
        _printed_line(0, ("Опубликовано:", 61, 157), ("20.12.2026", 162, 230)),
        _printed_line(15, ("Ne", 115, 126), ("п/", 129, 140), ("Мероприятие", 144, 239), ("Дата", 272, 305)),
        _numbered_line(30, ("1", 129, 134), ("Рождественский", 144, 249), ("7", 272, 278)),
        _numbered_line(45, ("2", 129, 134), ("Вечер", 144, 182), ("27", 272, 286)),
        _printed_line(60, ("Февраль", 63, 124), ("3", 128, 134), ("Конкурсная", 144, 219), ("20", 272, 286)),
        _numbered_line(75, ("4", 128, 135), ("Концерт", 144, 195), ("7", 272, 278)),
        _numbered_line(90, ("5", 129, 135), ("Гулянье", 144, 206), ("14", 273, 286)),
    ]
    _mark_cells_a_space_apart(lines, 12.8)
    assert {w.text for line in lines for w in line.words if w.box_end} == {"Февраль", "1", "2", "4", "5"}


def test_a_signature_left_of_the_numbers_column_is_no_row() -> None:
    """`unruled._mark_cells_a_space_apart`: the rows start at their numbers' column (97, the numbers
    ending their boxes); a signature at the page's margin (92), its «управления» a space after
    «Начальник» where the events' column starts, is no row: nothing marked; a «8» of a phone
    number further right is no row's number."""
    from magplan.extract.ocr.unruled import _mark_cells_a_space_apart

    lines = [
        _printed_line(0, ("тел.", 91, 108), ("8", 112, 116), ("(843)", 120, 142)),
        _numbered_line(15, ("1.", 97, 104), ("Городской", 142, 188), ("март", 348, 370)),
        _numbered_line(30, ("2.", 97, 104), ("Фестиваль", 141, 190), ("май", 348, 365)),
        _numbered_line(45, ("3.", 97, 104), ("Концерт", 142, 205), ("октябрь", 348, 391)),
        _numbered_line(60, ("4.", 96, 104), ("Новогодние", 142, 197), ("декабрь", 347, 385)),
        _printed_line(75, ("Начальник", 92, 141), ("управления", 144, 198), ("культуры", 202, 243)),
    ]
    _mark_cells_a_space_apart(lines, 10.4)
    assert [w.text for line in lines for w in line.words if w.box_end] == ["1.", "2.", "3.", "4."]


def test_a_word_read_across_an_unruled_columns_edge_is_parted_where_a_capital_opens() -> None:
    """`unruled.part_across_columns`: WeasyPrint's default print sets the next cell a space after
    the text before it and Tesseract reads «мероприятияСрок» as one word across the column's edge:
    parted where the small letter meets the capital near the edge; a word of small letters over
    the edge («Международный», an edge placed a little wrong) and a word outside the table stay."""
    from magplan.extract.ocr.unruled import cell_grid, part_across_columns

    table = cell_grid([(0.0, 0.0, 160.0, 40.0), (160.0, 0.0, 300.0, 40.0)])
    words = [
        Word("мероприятияСрок", 50, 200, 5, 20, 10),
        Word("Международный", 100, 230, 22, 36, 10),
        Word("ПланСрок", 50, 200, 60, 75, 10),
    ]
    parted = part_across_columns(words, [table])
    assert [w.text for w in parted] == ["мероприятия", "Срок", "Международный", "ПланСрок"]
    assert parted[0].x1 < parted[1].x0 and parted[0].x0 == 50 and parted[1].x1 == 200
    # Two edges inside one word: the first has no capital by it, the second parts it.
    three = cell_grid([(0.0, 0.0, 50.0, 40.0), (50.0, 0.0, 110.0, 40.0), (110.0, 0.0, 300.0, 40.0)])
    glued = [Word("паркаапрельАктив", 0, 160, 5, 20, 10)]
    assert [w.text for w in part_across_columns(glued, [three])] == ["паркаапрель", "Актив"]
    # Two words of the dictionary that make none joined, over an edge: two cells touching
    # (WeasyPrint's print of a table without padding) read as one word of small letters.
    two = cell_grid([(0.0, 0.0, 50.0, 40.0), (50.0, 0.0, 300.0, 40.0)])
    assert [w.text for w in part_across_columns([Word("паркаапрель", 0, 110, 5, 20, 10)], [two])] == [
        "парка",
        "апрель",
    ]
    # ... not a compound the dictionary lacks, its first part a word of its own («Кино» + «клуб»).
    assert [w.text for w in part_across_columns([Word("Киноклуб", 10, 90, 5, 20, 10)], [two])] == ["Киноклуб"]


def test_two_cells_words_read_as_one_where_a_small_letter_meets_a_capital_are_two_to_the_finder() -> None:
    """`unruled._unglued`: the header «мероприятияСрок» (cells touching, Tesseract reads no space) is
    two words to the table finder, each as its letters share the box; so is «паркаапрельАктив» at
    its capital and between two words of the dictionary.  A word in capitals, or opening with one,
    stays («МАГа», «Конгресс-холл»), and so does a word of the dictionary or a compound of a first
    part it knows («Фотостудия»)."""
    from magplan.extract.ocr.unruled import _unglued

    word = Word("мероприятияСрок", 100, 250, 0, 40, 40)
    parts = _unglued(word, [word])
    assert [w.text for w in parts] == ["мероприятия", "Срок"] and parts[0].x1 < parts[1].x0 < 215
    parts = _unglued(Word("паркаапрельАктив", 0, 160, 0, 40, 40), [])
    assert [w.text for w in parts] == ["парка", "апрель", "Актив"]
    for whole in ("МАГа", "Конгресс-холл", "ВКонтакте", "Фотостудия", "Белгород", "администрации"):
        one = Word(whole, 0, 100, 0, 40, 40)
        assert _unglued(one, [one]) == [one]


def test_words_struck_through_whole_or_in_part_are_told_from_letters_bars() -> None:
    """`struck.struck_words`: a line across a word's small letters from end to end strikes it; one
    over its first part only (a deletion read glued to the insertion after it) strikes that part;
    the «1.» of the struck row beside it is struck too.  Letters' tops bridged into a run (small
    letters set close), letters' mid bars a pixel apart, an underline, and a word Tesseract read
    surely are no strike."""
    from magplan.extract.ocr.struck import struck_words

    bw = np.zeros((100, 1100), np.uint8)

    def word(text: str, x0: int, count: int, conf: float = 40.0) -> OcrWord:
        x1 = _letters(bw, x0, count, height=14, gap=3)
        return OcrWord(text, x0, BASE - 16, x1, BASE + 2, conf)  # a strike garbles the reading

    deleted = word("Ереван", 300, 6)
    bw[BASE - 8 : BASE - 6, deleted.x0 : deleted.x1] = 255
    number = word("1.", 100, 2)
    bw[BASE - 8 : BASE - 6, number.x0 : number.x1] = 255
    glued = word("мартапрель", 450, 10)
    bw[BASE - 8 : BASE - 6, glued.x0 : glued.x0 + 52] = 255  # «март» struck, «апрель» not
    inserted = word("июнь", 650, 4)
    bw[BASE + 3 : BASE + 5, inserted.x0 : inserted.x1] = 255  # underlined
    # Small letters set close, a run along their tops (a «т»'s bar between round letters): ink under
    # it only, as high in the box as a strike (the box reaches up to the line's capitals).
    right = _letters(bw, 750, 4, height=9, gap=3)
    bw[BASE - 9 : BASE - 7, 750:right] = 255
    tops = OcrWord("сета", 750, BASE - 16, right, BASE + 2, 40.0)
    # A word read surely is print unstruck, whatever line its letters make.
    sure = word("Москва", 820, 5, conf=95.0)
    bw[BASE - 8 : BASE - 6, sure.x0 : sure.x1] = 255
    # Letters with a bar at mid-height set a pixel or two apart («нее»): the bars, bridged, make
    # a run that breaks at every letter's edge; a printed strike is solid.
    x = 880
    for _ in range(3):
        bw[BASE - 14 : BASE, [x, x + 1, x + 8, x + 9]] = 255
        bw[BASE - 8 : BASE - 6, x : x + 10] = 255
        x += 11
    bars = OcrWord("нее", 880, BASE - 16, x - 1, BASE + 2, 40.0)
    crossed = struck_words([deleted, number, glued, inserted, tops, sure, bars], bw)
    assert [w.text for w in crossed.whole] == ["Ереван", "1."]
    ((part, x0, x1),) = crossed.parts
    assert (part.text, x1) == ("мартапрель", glued.x1)
    assert glued.x0 + 52 <= x0 <= glued.x0 + 52 + 3  # right after the strike (its scan's bridge)


def test_a_strike_whose_edge_row_is_ragged_is_told_by_its_solid_row() -> None:
    """`struck._strike`: a strike three pixels thick whose top row the scan breaks a pixel wide at
    every few letters (LibreOffice's double strike of a moved row: «Обннее-еобрание-»): its solid
    row tells it, not the first of the rows as long once bridged."""
    from magplan.extract.ocr.struck import struck_words

    bw = np.zeros((100, 400), np.uint8)
    x1 = _letters(bw, 20, 10, height=14, gap=3)
    moved = OcrWord("Обннее-еобрание-", 20, BASE - 16, x1, BASE + 2, 2.0)
    bw[BASE - 9 : BASE - 6, moved.x0 : moved.x1] = 255
    bw[BASE - 9, moved.x0 + 10 : moved.x1 - 10 : 12] = 0  # the ragged top row
    assert struck_words([moved], bw).whole == [moved]


@pytest.mark.parametrize(
    ("boxes", "lines"),
    [
        # A row's first line, and the one-line cells centred in the row (half a line lower).
        (
            [("Открытие", 328.7, 339.5), ("сезона:", 330.8, 337.0), ("1", 335.9, 343.4), ("Большой", 335.2, 343.8)],
            [["Открытие", "сезона:"], ["1", "Большой"]],
        ),
        # A row's number alone, left of the line's words, centred half a line under them (a
        # browser centres it between the two lines of the cells beside it): a line of its own.
        (
            [("2", 335.9, 343.4), ("Семинар", 328.7, 339.5), ("для", 330.8, 339.5), ("Отдел", 328.9, 339.5)],
            [["Семинар", "для", "Отдел"], ["2"]],
        ),
        # ... but not a figure right of them read a little low (a year, a count): a word of the line.
        (
            [("Семинар", 328.7, 339.5), ("для", 330.8, 339.5), ("Отдел", 328.9, 339.5), ("2027", 335.9, 343.4)],
            [["Семинар", "для", "Отдел", "2027"]],
        ),
        # A box run into the line under it («Участие» with «Беларуси»'s «Б») is placed from its top.
        (
            [("Участие", 448.9, 470.2), ("форуме", 448.6, 459.7), ("5", 455.8, 464.0), ("Минск", 455.8, 464.0)],
            [["Участие", "форуме"], ["5", "Минск"]],
        ),
        # … but a first line in small letters over a row's number stays with it (it would go on
        # the row above).
        (
            [("участие", 448.9, 470.2), ("форуме", 448.6, 459.7), ("5", 455.8, 464.0), ("Минск", 455.8, 464.0)],
            [["участие", "форуме", "5", "Минск"]],
        ),
        # A speck read as a small letter («м») left of the upper line's words is not its first
        # word: the line of the row's date and place over its number's line is parted.
        (
            [
                ("м", 394.9, 396.7),
                ("3", 394.9, 403.6),
                ("Фестиваль", 395.3, 403.6),
                ("культуры", 397.8, 406.1),
                ("12.06.2027", 388.4, 397.1),
                ("Парк", 388.8, 399.6),
            ],
            [["м", "12.06.2027", "Парк"], ["3", "Фестиваль", "культуры"]],
        ),
        # Small letters, capitals and a raised marker on one baseline stay one line.
        (
            [("мама", 333.0, 339.5), ("Дубровка", 328.7, 341.5), ("¹", 327.0, 332.0), ("Москва", 329.0, 339.5)],
            [["мама", "Дубровка", "¹", "Москва"]],
        ),
        # … in a serif face whose capitals and figures stand half as tall again as small letters:
        # their tops stand apart, their feet do not.
        (
            [("1", 92.1, 100.0), ("сессия", 94.6, 100.0), ("в", 94.6, 100.0), ("мае", 94.6, 100.0)],
            [["1", "сессия", "в", "мае"]],
        ),
        (
            [
                ("на", 94.6, 100.0),
                ("сессии", 94.6, 100.0),
                ("Ассамблеи", 92.1, 100.0),
                ("1", 91.0, 96.0),
                ("и", 94.6, 100.0),
                ("группу", 94.6, 102.2),
            ],
            [["на", "сессии", "Ассамблеи", "1", "и", "группу"]],
        ),
    ],
)
def test_words_centred_half_a_line_below_the_others_are_a_line_of_their_own(
    boxes: list[tuple[str, float, float]], lines: list[list[str]]
) -> None:
    """`unruled._centred_apart`: Tesseract's boxes hug the glyphs, so a cell centred between two
    lines of the cells beside it overlaps the upper one by half and was read on it."""
    from magplan.extract.ocr.unruled import _centred_apart

    words = [Word(text, 50.0 * k, 50.0 * k + 40, top, bottom, 10.0) for k, (text, top, bottom) in enumerate(boxes)]
    line = Line(words, min(w.top for w in words), max(w.bottom for w in words), 10.0)
    assert [[w.text for w in part.words] for part in _centred_apart(line)] == lines


def test_a_scans_words_starting_a_point_apart_start_at_the_leftmost() -> None:
    """`unruled._starts_aligned`: the header's «Срок» and the dates under it start a point or so
    apart in a scan; they start where the leftmost does, and a word further off keeps its place."""
    from magplan.extract.ocr.unruled import _starts_aligned

    lines = [
        _printed_line(100, ("Срок", 346.6, 380.0)),
        _printed_line(120, ("2", 68.0, 74.0), ("ежегодно", 346.0, 396.0)),
        _printed_line(140, ("март", 347.5, 370.0), ("Отдел", 351.0, 380.0)),
    ]
    _starts_aligned(lines, 2.0)
    assert [[w.x0 for w in line.words] for line in lines] == [[346.0], [68.0, 346.0], [346.0, 351.0]]


def test_a_columns_starts_align_together_not_with_a_paragraphs_word_a_little_left() -> None:
    """A heading's «квартал» starts 1.8 points left of the date column's first word, whose words
    start over 1.8 points (a figure's side bearing is wider than a letter's).  Aligned from the
    leftmost on, «квартал» took the two «марта» and left the column's other words apart: they are
    aligned where most of them start, the heading's word alone."""
    from magplan.extract.ocr.unruled import _starts_aligned

    lines = [
        _printed_line(100, ("квартал", 269.64, 300.0)),
        _printed_line(120, ("Дата", 272.88, 300.0)),
        _printed_line(140, ("марта", 271.44, 300.0)),
        _printed_line(160, ("7", 272.16, 280.0), ("января", 272.52, 300.0)),
        _printed_line(180, ("25", 271.8, 280.0), ("14", 273.24, 280.0)),
    ]
    _starts_aligned(lines, 2.56)
    assert [[w.x0 for w in line.words] for line in lines] == [[269.64], [271.44], [271.44], [271.44] * 2, [271.44] * 2]


def test_a_misread_number_sign_heads_the_row_numbers_for_the_table_finder() -> None:
    """`unruled._unglued`: «№» read «Ne» or «No» is «№» to the table finder, which places the row
    numbers' column under it (a month's column before it, «Месяц  Ne  Мероприятие»: the rows were
    read as one).  A word is not: «Ner», «Нет»."""
    from magplan.extract.ocr.unruled import _unglued

    for misread in ("Ne", "No", "N°", "Мо"):
        word = Word(misread, 0, 30, 0, 40, 40)
        assert [w.text for w in _unglued(word, [word])] == ["№"]
    for other in ("Ner", "Нет", "Месяц"):
        word = Word(other, 0, 30, 0, 40, 40)
        assert _unglued(word, [word]) == [word]


def test_a_word_tesseract_read_glued_across_a_space_between_cells_is_parted() -> None:
    """`unruled._unglued`: «№ п/» of a narrow header cell read glued to «Наименование» a space on,
    its second part starting where the cell's other line («мероприятия») starts; a range's dash
    read glued to the next cell's word («-улицы»).  A hyphenated word and a plain one stay whole."""
    from magplan.extract.ocr.unruled import _unglued

    glued = Word("п/Наименование", 312, 792, 1646, 1691, 45)
    under = Word("мероприятия", 380, 756, 1708, 1754, 45)
    parts = _unglued(glued, [glued, under])
    assert [(w.text, w.box_end) for w in parts] == [("п/", True), ("Наименование", False)]
    assert parts[1].x0 == under.x0 and parts[0].x1 < parts[1].x0
    alone = _unglued(glued, [glued])  # no line round it: parted as its letters share the box
    assert [w.text for w in alone] == ["п/", "Наименование"] and alone[0].x1 < alone[1].x0
    dash = _unglued(Word("-улицы", 1336, 1524, 1976, 2040, 45), [])
    assert [w.text for w in dash] == ["-", "улицы"] and dash[0].x1 < dash[1].x0
    for whole in ("Конгресс-холл", "п/п", "Наименование", "-", "-5"):
        word = Word(whole, 0, 100, 0, 40, 40)
        assert _unglued(word, [word]) == [word]


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        # WeasyPrint's `hyphens: auto` breaks: joined, they are words of the dictionary.
        ("просветитель-", "ская акция", "просветительская акция"),
        ("Научно-иссле-", "довательский", "Научно-исследовательский"),
        # A compound's own hyphen stays: joined, its parts make no word.
        ("Смотр-", "конкурс", "Смотр-конкурс"),
        ("научно-", "практическая", "научно-практическая"),
        ("Конгресс-", "холл", "Конгресс-холл"),
        # ... nor where the dictionary knows the compound run together too: both parts are words.
        ("жилищно-", "коммунального хозяйства", "жилищно-коммунального хозяйства"),
        # A range's dash stays, and so does a hyphen before a capital.
        ("ноябрь–", "декабрь", "ноябрь–декабрь"),
        ("Северо-", "Кавказский", "Северо-Кавказский"),
    ],
)
def test_a_typesetters_hyphen_goes_and_a_compounds_stays(first: str, second: str, joined: str) -> None:
    """`lines.join_lines`: a scan does not tell WeasyPrint's hyphen U+2010 from a compound's."""
    lines = [_line((first, 100, 200)), _line((second, 100, 180), top=25)]
    assert join_lines(lines, 300) == joined


@pytest.mark.parametrize(
    ("headings", "corrected"),
    [
        # «II.» opening a heading across the table read «П.» after «I.»: the next numeral.
        (("I. Массовые мероприятия", "П. Работа с молодёжью"), ("I. Массовые мероприятия", "II. Работа с молодёжью")),
        (("III. Заседания", "У. Выставки"), ("III. Заседания", "IV. Выставки")),
        # With no Roman numeral before it, a letter stays as printed (a lettered list's «В.»; a «П.»).
        (("А. Заседания", "П. Работа с молодёжью"), ("А. Заседания", "П. Работа с молодёжью")),
    ],
)
def test_a_misread_numeral_opening_a_section_heading_is_the_next_one(
    headings: tuple[str, str], corrected: tuple[str, str]
) -> None:
    header = Row([Cell("№ п/п"), Cell("Наименование мероприятия"), Cell("Место проведения"), Cell("Срок проведения")])
    rows = [Row([Cell(text, colspan=4)]) for text in headings]
    correct_layout(
        Layout([Table([header, rows[0], Row([Cell("1."), Cell("Форум"), Cell("Казань"), Cell("май")]), rows[1]])])
    )
    assert tuple(row.cells[0].text for row in rows) == corrected


def test_a_notes_head_word_alone_ending_its_cell_has_its_colon() -> None:
    """A row the page break cut: «Место уточняется» / «Организаторы», the names on the next page.
    The head word alone under a row's cell's first paragraph takes its colon; alone in a cell, or
    in the header's (a column named «Участники, / Организаторы»), it stays as read."""
    from magplan.normalize.ocr_fix import note_head_colon

    assert note_head_colon("Место уточняется\nОрганизаторы") == "Место уточняется\nОрганизаторы:"
    assert note_head_colon("Организаторы") == "Организаторы"
    assert note_head_colon("Место уточняется\nОрганизаторы: МАГ") == "Место уточняется\nОрганизаторы: МАГ"
    header = Row([Cell("№"), Cell("Мероприятие"), Cell("Срок"), Cell("Участники,\nОрганизаторы")])
    row = Row([Cell("1."), Cell("Форум"), Cell("май"), Cell("Место уточняется\nОрганизаторы")])
    correct_layout(Layout([Table([header, row])]))
    assert [cell.text for cell in header.cells][-1] == "Участники,\nОрганизаторы"
    assert [cell.text for cell in row.cells][-1] == "Место уточняется\nОрганизаторы:"


def test_a_row_number_parted_after_its_one_is_joined_in_the_numbers_column() -> None:
    """«1 1.»: a «1»'s ink narrower than its room, Tesseract reads «11» as two words.  In the
    numbers' column of a row the two figures are one number; elsewhere, and in the header, as read."""
    header = Row([Cell("№"), Cell("Мероприятие"), Cell("Срок")])
    rows = [
        Row([Cell("1 1."), Cell("Форум 1 1"), Cell("май")]),
        Row([Cell("1 2"), Cell("Форум"), Cell("июнь")]),
        Row([Cell("2 1"), Cell("Форум"), Cell("июль")]),
    ]
    correct_layout(Layout([Table([header, *rows])]))
    assert [row.cells[0].text for row in rows] == ["11.", "12", "2 1"]
    assert rows[0].cells[1].text == "Форум 1 1"


@pytest.mark.parametrize(
    ("previous", "text", "joined"),
    [
        # A colon the page break left alone at the next page's head goes on the label it follows.
        (
            "Совместно с Исполкомом СНГ\nОрганизаторы",
            ": Мэрия Минска",
            "Совместно с Исполкомом СНГ\nОрганизаторы: Мэрия Минска",
        ),
        # ... once, where the scan's label at the page's foot was given the colon it seemed to lose.
        (
            "Совместно с Исполкомом СНГ\nОрганизаторы:",
            ": Мэрия Минска",
            "Совместно с Исполкомом СНГ\nОрганизаторы: Мэрия Минска",
        ),
        ("Организаторы:", "Мэрия Минска", "Организаторы: Мэрия Минска"),
    ],
)
def test_a_row_cut_by_the_page_goes_on_with_one_colon(previous: str, text: str, joined: str) -> None:
    from magplan.assemble import _join_continued

    assert _join_continued(previous, text, split_by_page=True) == joined


def test_a_dashed_list_s_next_item_under_a_wrapped_one_opens_its_line() -> None:
    # A narrow event's column: each item of a list typed with dashes wraps («– возложение» /
    # «венков;»); the next item opens under the wrap, not under an item's first line.
    items = [
        _line(("Победы:", 100, 160)),
        _line(("–", 100, 110), ("возложение", 115, 296), top=25),
        _line(("венков;", 100, 160), top=50),
        _line(("–", 100, 110), ("концерт", 115, 296), top=75),
        _line(("хоров", 100, 150), top=100),
    ]
    assert join_lines(items, 300) == "Победы:\n– возложение венков;\n– концерт хоров"
    # A dash opening a wrapped line of a paragraph that is no list's stays a wrap.
    prose = [_line(("Москва", 100, 296)), _line(("–", 100, 110), ("Минск", 115, 200), top=25)]
    assert join_lines(prose, 300) == "Москва – Минск"


def test_a_mark_read_over_no_ink_is_no_word() -> None:
    # Tesseract's phantom «—» in the empty band between a row's number and its event; a dash
    # printed there (a range's) is kept.
    bw = _page()
    number = _letters(bw, 100, 1)
    event = _letters(bw, number + 40, 6)
    bw[BASE - 8 : BASE - 6, 400:420] = 255
    words = [_word("2", 100, number), _word("—", number + 10, number + 22), _word("Турнир", number + 40, event)]
    assert [w.text for w in without_phantom_marks(words, bw)] == ["2", "Турнир"]
    assert [w.text for w in without_phantom_marks([_word("—", 398, 422)], bw)] == ["—"]
