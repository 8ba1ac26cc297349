"""The PDF extractor: the development corpus, the cell grid, text rebuilding, unruled tables, bad files."""

from __future__ import annotations

import functools
import hashlib
import json
import shutil
import struct
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import magplan
from magplan.assemble import assemble
from magplan.errors import DamagedFile, EncryptedFile, InputError, NeedsOCR
from magplan.extract import pdf as pdf_extract
from magplan.extract.pdf import grid as pdf_grid
from magplan.extract.pdf import read as read_pdf
from magplan.extract.pdf.grid import Rule
from magplan.extract.pdf.words import (
    Glyph,
    Line,
    TurnedGlyph,
    Typography,
    Word,
    group_lines,
    join_lines,
    page_words,
    upright_glyphs,
    wrap_marks,
)
from magplan.layout import Cell, Layout, Paragraph, Row, Table
from tests import docx_builder as b
from tests.corpus import CORPUS, documents, expected, is_image, mismatches, params

if TYPE_CHECKING:
    from magplan.extract.pdf.plain import _Grid

TEXT_PDF_NAMES = [name for name in documents(".pdf") if not is_image(name)]
TEXT_PDFS = params(TEXT_PDF_NAMES)


# -- the corpus -------------------------------------------------------------------


@pytest.mark.parametrize("name", TEXT_PDFS)
def test_corpus_document_matches_expected_json(name: str) -> None:
    got = magplan.read_plan(CORPUS / name).to_dict()
    assert mismatches(expected(name), got, pages=True) == []
    assert got["warnings"] == []


@pytest.mark.parametrize("name", TEXT_PDF_NAMES)
def test_every_row_and_paragraph_knows_its_page(name: str) -> None:
    layout = pdf_extract.extract(CORPUS / name)
    assert layout.page_count is not None and layout.page_count >= 2
    for block in layout.blocks:
        assert block.page is not None and 1 <= block.page <= layout.page_count
        if isinstance(block, Table):
            assert all(row.page == block.page for row in block.rows)
            assert all(cell.text is not None for row in block.rows for cell in row.cells)


def test_item_split_by_page_breaks_starts_on_its_first_page() -> None:
    items = magplan.read_plan(CORPUS / "plan-2026.pdf").records
    twelve = next(i for i in items if i.kind == "event" and i.number == 12)
    assert twelve.page == 1
    assert twelve.members == ["ВАРМСУ", "АГП", "АГУ", "АСДГ", "СГЦСЗ России"]
    assert next(i for i in items if i.number == 13 and i.kind == "event").page == 2


def _joined_grid(tables: list[Table]) -> list[list[str]]:
    """Per-page tables as the corpus's one logical grid (see fixtures/corpus/README.md)."""
    plain = str.maketrans("¹²³", "123")  # the corpus prints superscript markers as digits
    grid: list[list[str]] = []
    for number, table in enumerate(tables):
        rows = [[" ".join(c.text.split()).translate(plain) for c in r.cells] for r in table.rows]
        if number and rows and rows[0] == grid[0]:
            rows = rows[1:]  # the header row the page layout repeats
        if number and rows and rows[0][0] == "" and len(rows[0]) == len(grid[-1]):
            # The rest of a row that the page break split.
            grid[-1] = [" ".join(filter(None, pair)) for pair in zip(grid[-1], rows[0], strict=True)]
            rows = rows[1:]
        grid.extend(rows)
    return grid


@pytest.mark.parametrize("name", TEXT_PDFS)
def test_corpus_grid_matches_cells_json(name: str) -> None:
    want = json.loads((CORPUS / f"{name}.cells.json").read_text(encoding="utf-8"))
    layout = pdf_extract.extract(CORPUS / name)
    tables = [b for b in layout.blocks if isinstance(b, Table)]
    assert [t.page for t in tables] == list(range(1, len(tables) + 1)) and len(tables) >= 2
    assert [_joined_grid(tables)] == want


def test_a_rule_joined_on_both_sides_is_one_with_every_piece_it_reaches() -> None:
    """Borders drawn cell by cell (separate borders): the rule under a merged cell and the cells
    beside it, met in an order where one piece joins another before it reaches the third."""
    pieces = [Rule(40, 526.1, 325, 526.1), Rule(443, 526.2, 555, 526.2), Rule(40, 526.3, 555, 526.3)]
    assert [(round(y), x0, x1) for y, x0, x1 in pdf_grid.horizontal_rules(pieces)] == [(526, 40, 555)]


def test_merged_cells_become_spans_not_none() -> None:
    tables = [b for b in pdf_extract.extract(CORPUS / "plan-2026.pdf").blocks if isinstance(b, Table)]
    first, second = tables[0], tables[1]
    continuation = first.rows[-1]  # item 12's second row: only the title column is its own
    assert [(c.text, c.merged_up) for c in continuation.cells] == [
        ("", True),
        ("• АГУ\n• АСДГ", False),
        ("", True),
        ("", True),
    ]
    sections = [r for r in second.rows if len(r.cells) == 1]
    assert [(r.cells[0].text, r.cells[0].colspan) for r in sections] == [
        ("Деятельность по информационному обеспечению городов-членов МАГ", 4),
        ("Юбилей городов МАГⁱ", 4),
        ("Дни городов-столиц членов МАГ¹", 4),  # a raised 7 pt «1», not the digit
    ]


def test_cell_lines_become_paragraphs_and_hyphenated_words_join() -> None:
    blocks = [
        *pdf_extract.extract(CORPUS / "plan-2026.pdf").blocks,
        *pdf_extract.extract(CORPUS / "plan-2025.pdf").blocks,
    ]
    texts = {c.text for t in blocks if isinstance(t, Table) for r in t.rows for c in r.cells}
    assert "Москва\nфевраль" in texts  # a line break of the source
    assert "Мероприятия по проектам ООН-Хабитат" in texts  # «ООН-» + «Хабитат»
    assert "Санкт-Петербург" in texts  # «Санкт-» + «Петербург» in 2025's narrow place column
    assert "Организатор: ООН-Хабитат" in texts
    # Wrapped lines are one paragraph, so «Организаторы:» heads the whole list.
    assert "Организаторы: Администрация г. Екатеринбурга, Центр стратегических разработок, СРГ, МАГ" in texts


def test_text_around_the_tables_in_reading_order() -> None:
    layout = pdf_extract.extract(CORPUS / "plan-2025.pdf")
    paragraphs = [(b.page, b.text) for b in layout.blocks if not isinstance(b, Table)]
    assert paragraphs == [
        (
            1,
            "УТВЕРЖДАЮ\nПрезидент Международной Ассамблеи столиц и крупных городов\n"
            "_______________ И.П. Соколов\n«25» декабря 2024 г.",
        ),
        (1, "План мероприятий\nМеждународной Ассамблеи столиц и крупных городов (МАГ)\nна 2025 год"),
        # The page numbers «1», «2», «3» in the footers are gone; the signature keeps its tab.
        (3, "Исполнительный вице-президент,\nгенеральный директор МАГ\tЮ.Н. Васюнькин"),
    ]  # fmt: skip


# -- rebuilding text from words ---------------------------------------------------


def _line(top: float, *words: tuple[str, float, float], size: float = 12.0) -> list[Word]:
    return [Word(text, x0, x1, top, top + size, size) for text, x0, x1 in words]


def _text_line(top: float, *words: tuple[str, float, float], size: float = 12.0) -> Line:
    """A line of words («text», x0, x1) set at `top` in a font of `size` points."""
    return Line(_line(top, *words, size=size), top, top + size, size)


def test_join_lines_list_with_its_bullets_inside_wraps_at_the_bullet() -> None:
    """Chromium, a list set with its bullets inside its lines, indented in its cell: an item's
    wrapped line starts where the bullet stands («•  секция» / «Городское хозяйство»»), though
    the next word would have fitted by a hair (the cell's padding unknown).  A line at the cell's
    edge after the list, or one that opens with a capital where the bullets stand, is the cell's
    next paragraph."""
    words = [
        *_line(0, ("Соревнования", 0, 90)),
        *_line(14, ("•", 30, 34), ("секция", 37, 72)),
        *_line(28, ("«Городское", 30, 88)),
        *_line(42, ("хозяйство»", 30, 86)),
        *_line(56, ("•", 30, 34), ("АГП", 37, 60)),
        *_line(70, ("Москва", 0, 45)),
    ]
    text = join_lines(group_lines(words), right=134, left=0)
    assert text == "Соревнования\n• секция «Городское хозяйство»\n• АГП\nМосква"
    # A paragraph after the list, its first line indented as far as the bullets, opens with a
    # capital: no item's rest.
    after = [*words[:7], *_line(70, ("Москва", 30, 75))]
    assert join_lines(group_lines(after), right=134, left=0).endswith("• АГП\nМосква")


def test_join_lines_wrap_break_hyphen_and_bullets() -> None:
    words = [
        *_line(0, ("Форум", 0, 40), ("городов", 45, 95)),
        *_line(14, ("смотр-", 0, 40)),  # would not have fitted after «городов»: a wrap
        *_line(28, ("конкурса", 0, 55)),
        *_line(42, ("Москва", 0, 45)),  # would have fitted after «конкурса»: a break
        *_line(56, ("Круглый", 0, 50), ("стол", 55, 80)),
        *_line(70, ("•", 0, 5), ("АГП", 8, 30)),
    ]
    assert join_lines(group_lines(words), right=120) == "Форум городов смотр-конкурса\nМосква\nКруглый стол\n• АГП"


def test_group_lines_a_centred_cell_does_not_pull_the_next_line_in() -> None:
    """A browser centres a row's cells: a one-line title beside a two-line place stands half over
    each of its lines, and a line grown by it would reach the place's second line too.  A word
    under one of the line's own starts a line of its own."""
    words = [
        *_line(0, ("Конгресс-центр", 300, 380), ("«Экспофорум»", 383, 450)),
        *_line(6, ("1.", 10, 20), ("Выездное", 40, 100), ("заседание", 104, 170)),
        *_line(12, ("апрель", 300, 340)),
    ]
    assert [ln.text() for ln in group_lines(words)] == [
        "1. Выездное заседание Конгресс-центр «Экспофорум»",
        "апрель",
    ]
    # Side by side, words of one baseline stay on one line however close (a kerned pair).
    kerned = _line(0, ("Мэрия", 0, 40), ("г.", 39.8, 50))
    assert [ln.text() for ln in group_lines(kerned)] == ["Мэрия г."]


def test_join_lines_organizers_label_opens_a_paragraph() -> None:
    """«Организаторы:» opening a line opens the note's paragraph of organizers, even where the
    label would not have fitted after the line above (a narrow note column: «Итоги – на сайте»
    / «Организаторы: …»); in small letters, inside a sentence, it is a wrap."""
    words = [
        *_line(0, ("Итоги", 0, 30), ("–", 33, 38), ("на", 41, 52), ("сайте", 55, 85)),
        *_line(14, ("Организаторы:", 0, 75)),
        *_line(28, ("Исполком", 0, 50), ("СНГ", 53, 75)),
    ]
    assert join_lines(group_lines(words), right=100) == "Итоги – на сайте\nОрганизаторы: Исполком СНГ"
    inside = [*_line(0, ("Совместно", 0, 55), ("с", 58, 64), ("МАГ;", 67, 92)), *_line(14, ("организаторы:", 0, 75))]
    assert join_lines(group_lines(inside), right=100) == "Совместно с МАГ; организаторы:"


def test_join_lines_flush_right_in_a_wide_box() -> None:
    # An approval block set flush right in a layout table's wide cell (x 0–300): each line would
    # have taken the next one's first word, so each ends a paragraph.
    block = [
        _text_line(0, ("«УТВЕРЖДАЮ»", 235, 299)),
        _text_line(14, ("Председатель", 165, 235), ("Совета", 239, 275), ("МАГ", 279, 299)),
        _text_line(28, ("Ю.Н.", 210, 235), ("Васюнькин", 239, 299)),
    ]
    assert join_lines(block, right=300, left=0) == "«УТВЕРЖДАЮ»\nПредседатель Совета МАГ\nЮ.Н. Васюнькин"
    # A paragraph wrapped there fills the width first: its lines go on.
    wrapped = [
        _text_line(0, ("Председатель", 20, 90), ("Совета", 94, 130), ("Ассамблеи", 134, 190), ("по", 194, 205),
                   ("вопросам", 209, 260), ("городского", 264, 299)),
        _text_line(14, ("хозяйства", 245, 299)),
    ]  # fmt: skip
    assert join_lines(wrapped, right=300, left=0) == "Председатель Совета Ассамблеи по вопросам городского хозяйства"


@pytest.mark.parametrize(
    ("indent", "joined"),
    [
        (0.0, "· в сфере туризма"),  # a browser's list: the wrap under the entry's text
        (6.0, "· в сфере туризма"),  # a Word page's list: the wrap at its hanging indent, a little right
        (30.0, "· в сфере\nтуризма"),  # far right of the text: no wrap of the entry (the word would have fitted)
    ],
)
def test_a_list_entrys_wrap_at_its_hanging_indent_joins_the_entry(indent: float, joined: str) -> None:
    words = [
        *_line(0, ("·", 0, 3), ("в", 11.3, 16.8), ("сфере", 19.7, 48.5)),
        *_line(14, ("туризма", 11.3 + indent, 50.7 + indent)),
    ]
    assert join_lines(group_lines(words), right=95) == joined


@pytest.mark.parametrize(
    ("head", "rest", "joined"),
    [
        # Browsers and WeasyPrint under `hyphens: auto` break a word with a hyphen of their own, U+2010.
        ("просветитель\u2010", "ская", "просветительская"),
        ("Научно-иссле\u2010", "довательский", "Научно-исследовательский"),
        # A compound word's hyphen stays, whichever character prints it.
        ("смотр\u2010", "конкурса", "смотр\u2010конкурса"),
        ("просветитель-", "ская", "просветитель-ская"),
    ],
)
def test_a_word_the_typesetter_hyphenated_is_joined_whole(head: str, rest: str, joined: str) -> None:
    words = [*_line(0, (head, 0, 80)), *_line(14, (rest, 0, 60))]
    assert join_lines(group_lines(words), right=90) == joined


def test_a_dash_set_without_spaces_joins_across_a_wrap() -> None:
    words = [*_line(0, ("январь–", 0, 40)), *_line(14, ("февраль", 0, 45))]
    assert join_lines(group_lines(words), right=60) == "январь–февраль"
    spaced = [*_line(0, ("май", 0, 20), ("–", 23, 29)), *_line(14, ("июнь", 0, 25))]
    assert join_lines(group_lines(spaced), right=40) == "май – июнь"


@pytest.mark.parametrize(
    ("head", "rest", "joined"),
    [
        # Browsers break after a slash: one set without spaces joins its parts («п/» + «п»).
        ([("п/", 0, 12)], "п", "п/п"),
        # One set between spaces (two languages' names) keeps the space after it.
        ([("Орталық", 0, 45), ("алаң", 48, 75), ("/", 78, 82)], "Центральная", "Орталық алаң / Центральная"),
    ],
    ids=["glued", "spaced"],
)
def test_a_slash_at_a_wrap_keeps_its_spacing(head: list[tuple[str, float, float]], rest: str, joined: str) -> None:
    words = [*_line(0, *head), *_line(14, (rest, 0, 70))]
    assert join_lines(group_lines(words), right=90) == joined


def test_join_lines_binds_a_short_word_to_the_next() -> None:
    # «г.» alone would fit after «Администрация», «г. Екатеринбурга» would not: a wrap.
    words = [*_line(0, ("Администрация", 0, 80)), *_line(14, ("г.", 0, 8), ("Екатеринбурга", 11, 90))]
    assert join_lines(group_lines(words), right=120) == "Администрация г. Екатеринбурга"


def test_a_line_outside_tables_that_ends_with_a_preposition_goes_on_on_the_next() -> None:
    # A heading between tables, wrapped on a narrow page: «… в» / «2027 году» is one line; a line
    # opening in capitals under a full one is a new paragraph (approval and signature lines stack).
    words = [
        *_line(0, ("Юбилеи", 0, 45), ("членов", 50, 95), ("в", 100, 106)),
        *_line(14, ("2027", 0, 30), ("году", 35, 65)),
        *_line(28, ("Председатель", 0, 90)),
    ]
    assert join_lines(group_lines(words), right=110, loose=True) == "Юбилеи членов в 2027 году\nПредседатель"


def test_a_line_in_capitals_that_ends_with_a_preposition_goes_on_on_the_next() -> None:
    # The same heading set in capitals; a capital letter alone after words in mixed case is none.
    words = [
        *_line(0, ("ЮБИЛЕИ", 0, 45), ("ЧЛЕНОВ", 50, 95), ("В", 100, 106)),
        *_line(14, ("2027", 0, 30), ("ГОДУ", 35, 65)),
        *_line(28, ("Корпус", 0, 45), ("В", 50, 56)),
        *_line(42, ("Москва", 0, 45)),
    ]
    assert join_lines(group_lines(words), right=110, loose=True) == "ЮБИЛЕИ ЧЛЕНОВ В 2027 ГОДУ\nКорпус В\nМосква"


def test_dash_lists_after_a_colon_are_paragraphs_even_where_they_would_not_fit() -> None:
    # A browser prints each <p> of the cell on its own line; none of them fits after the one above.
    words = [
        *_line(0, ("специалистов:", 0, 95)),
        *_line(14, ("-", 0, 5), ("ЖКХ", 9, 40)),
        *_line(28, ("-", 0, 5), ("транспорта", 9, 80)),
        *_line(42, ("Москва", 0, 50), ("и", 54, 60), ("область", 64, 98)),
        *_line(56, ("-", 0, 5), ("Минск", 9, 50)),
    ]
    got = join_lines(group_lines(words), right=100)
    # The last dash follows a line that is no list item and does not end in a colon: a wrap.
    assert got == "специалистов:\n- ЖКХ\n- транспорта Москва и область - Минск"


def test_raised_small_digits_are_markers() -> None:
    words = [*_line(10, ("МАГ", 0, 28)), Word("1", 28, 32, 9, 16, 7.0), *_line(10, ("и", 36, 42))]
    assert join_lines(group_lines(words), right=200) == "МАГ¹ и"


def test_a_superscript_glued_to_its_word_is_raised_whatever_else_stands_on_the_line() -> None:
    """WeasyPrint's <sup>[1]</sup> is 0.97 of the text's size; in a browser's row the number
    cell is centred, on another baseline than the title beside it."""
    number = Word("2", 54, 60, 256, 268, 11.0)
    title = Word("СМИ", 295, 319.7, 261.6, 272.6, 11.0)
    mark = Word("[1]", 319.7, 332, 256.6, 267.2, 10.67)
    (line,) = group_lines([number, title, mark])
    assert [w.raised for w in line.words] == [False, False, True]
    assert line.text() == "2 СМИ¹"


def test_a_stacked_marker_touching_its_word_goes_back_onto_its_line() -> None:
    """Word's HTML nests two `vertical-align: super` spans round «[1]»: WeasyPrint stacks the
    mark a whole line above the word it follows, its left edge a hundredth of a point inside
    the word's box (blind-pdf word-web-years.weasyprint.pdf)."""
    first = Word("Капитальный", 114.9, 183.9, 255.1, 267.1, 12.0)
    mark = Word("[1]", 156.4195, 170.41, 268.83, 280.83, 12.0)
    last = Word("Луговое", 114.9, 156.444, 280.83, 292.83, 12.0)
    lines = group_lines([first, mark, last])
    assert [line.text() for line in lines] == ["Капитальный", "Луговое¹"]


def test_words_beside_a_larger_pictograph_set_lower_are_no_markers() -> None:
    """Notion's callout: its icon «💡» 18 pt, its baseline 7 pt under the 12 pt text beside it
    (WeasyPrint). The text's words are the line's, each apart, not markers raised off the icon."""
    icon = Word("💡", 104, 114, 200, 221, 18.0)
    words = [Word(text, x0, x1, 198.8, 212.6, 12.0) for text, x0, x1 in (("Даты", 122, 156), ("могут", 160, 196))]
    (line,) = group_lines([icon, *words])
    assert not any(w.raised for w in line.words)
    assert line.text() == "💡 Даты могут"


def _turned_line(text: str, across: float, upward: bool, size: float = 11.0) -> list[TurnedGlyph]:
    """A line of `text` turned a quarter round, its first letter at 400 pt from the page's top
    (up the page from there, or down it from 300 pt), a space glyph of its own between words."""
    start = -400.0 if upward else 300.0
    step = 0.5 * size
    return [
        TurnedGlyph(ch, start + i * step, start + (i + 1) * step, across, size, upward) for i, ch in enumerate(text)
    ]


_HEADER_CELLS = [(80.0, 200.0, 140.0, 420.0), (140.0, 200.0, 200.0, 420.0)]


@pytest.mark.parametrize(
    ("lines", "text"),
    [
        # Word's and LibreOffice's «btLr»: up the page, the first line the leftmost.
        ([("Срок проведения", 100.0)], "Срок проведения"),
        ([("Отметка о", 100.0), ("выполнении", 113.0)], "Отметка о выполнении"),
        # Two cells side by side: two paragraphs, each read in its own cell.
        ([("Срок", 100.0), ("Ответственные", 160.0)], "Срок Ответственные"),
    ],
)
def test_header_cells_set_bottom_to_top_are_read_upright(lines: list[tuple[str, float]], text: str) -> None:
    turned = [glyph for line, across in lines for glyph in _turned_line(line, across, upward=True)]
    words = page_words(upright_glyphs(turned, 1000, _HEADER_CELLS)).words
    assert " ".join(w.text for w in sorted(words, key=lambda w: w.x0)) == text


def test_a_cell_set_top_to_bottom_reads_its_rightmost_line_first() -> None:
    turned = [*_turned_line("Отметка о", 120.0, upward=False), *_turned_line("выполнении", 107.0, upward=False)]
    words = page_words(upright_glyphs(turned, 1000, _HEADER_CELLS)).words
    assert " ".join(w.text for w in sorted(words, key=lambda w: w.x0)) == "Отметка о выполнении"


def test_turned_text_outside_a_table_or_filling_a_page_stays_unread() -> None:
    turned = _turned_line("Документ подписан электронной подписью", 20.0, upward=True)
    assert upright_glyphs(turned, 1000, _HEADER_CELLS) == []  # up the margin, in no cell
    assert upright_glyphs(_turned_line("Срок", 100.0, upward=True), 10, _HEADER_CELLS) == []  # a page printed sideways


def test_closing_punctuation_never_opens_a_line() -> None:
    words = [*_line(0, ("апрель", 0, 40)), *_line(14, ("(ориентировочно", 0, 98)), *_line(28, (")", 0, 4))]
    assert join_lines(group_lines(words), right=100) == "апрель (ориентировочно)"


def test_text_outside_tables_wraps_only_into_lower_case() -> None:
    # The approval block's right edge is unknown: «_____» not fitting proves nothing.
    words = [
        *_line(0, ("Президент", 340, 400), ("Ассамблеи", 403, 465)),
        *_line(14, ("столиц", 340, 380), ("и", 383, 390), ("городов", 393, 440)),
        *_line(28, ("_______________", 340, 445), ("И.П.", 448, 476), ("Соколов", 479, 530)),
    ]
    got = join_lines(group_lines(words), right=470, tabs=True, loose=True)
    assert got == "Президент Ассамблеи столиц и городов\n_______________ И.П. Соколов"


def test_tab_gap_in_a_signature_line() -> None:
    words = _line(0, ("директор", 0, 50), ("МАГ", 53, 75), ("Ю.Н.", 380, 405), ("Васюнькин", 408, 465))
    assert join_lines(group_lines(words), right=470, tabs=True) == "директор МАГ\tЮ.Н. Васюнькин"


def _ends(
    first: list[tuple[str, float, float, bool]], second: str, width: float, x0: float = 0.0, after: str = ""
) -> list[Word]:
    """Two lines of 12 pt words: (text, x0, x1, space glyph after) on the first, one word below
    (and the word `after` beside it, 6 pt a letter)."""
    words = [Word(text, a, b, 0, 12, 12.0, space_after=space) for text, a, b, space in first]
    below = [Word(second, x0, x0 + width, 14, 26, 12.0, space_after=bool(after))]
    if after:
        below.append(Word(after, x0 + width + 3, x0 + width + 3 + 6 * len(after), 14, 26, 12.0))
    return [*words, *below]


@pytest.mark.parametrize(
    ("words", "vocabulary", "want"),
    [
        # Stops short of the edge (100) by more than a space (3 pt) and has no wrap space: a paragraph break,
        # although «Организаторы:» would not have fitted.
        (_ends([("По", 0, 15, True), ("Москвы", 18, 90, False)], "Организаторы:", 80), (), "По Москвы\nОрганизаторы:"),
        # A word too long for the column, cut without a hyphen: its start fills the line.
        (_ends([("ежемесяч", 0, 95, False)], "но", 12), (), "ежемесячно"),
        # Closer to the edge than a space: the writer dropped the wrap's space (it would overflow).
        (_ends([("отдельному", 0, 98, False)], "графику", 45), (), "отдельному графику"),
        # …unless the rest cannot start a word, or the whole word is printed elsewhere.
        (_ends([("Екатеринбу", 0, 98, False)], "рг", 12), (), "Екатеринбург"),
        (_ends([("Администраци", 0, 98, False)], "я", 6), ("администрация",), "Администрация"),
        # Only with the rest joined does the cell read as a date wording.
        (_ends([("ежекварталь", 0, 99, False)], "но", 12), (), "ежеквартально"),
        # A lone letter that is no Russian word ends the word above.
        (_ends([("согласовани", 0, 99, False)], "ю", 6), (), "согласованию"),
        (_ends([("Семинар", 0, 98, False)], "в", 6, after="Москве"), (), "Семинар в Москве"),
        # …but a preposition or a conjunction leans on a word after it: alone at the box's end it
        # is a cut word's rest.
        (_ends([("библиоте", 0, 98, False)], "к", 6), (), "библиотек"),
        (_ends([("март", 0, 98, False)], "а", 6), (), "марта"),
        # …that joined is a word: a page break cuts a cell after a preposition too.
        (_ends([("согласованию", 0, 98, False)], "с", 6), (), "согласованию с"),
        # …or the line holds that one word and a short rest follows: only a word that an empty
        # line cannot hold is cut, and a cut leaves a few letters; a longer rest is a word.
        (_ends([("Администраци", 0, 98, False)], "я", 6), (), "Администрация"),
        (_ends([("общественнос", 0, 99, False)], "тью", 17), (), "общественностью"),
        (_ends([("Руководители", 0, 98, False)], "рабочих", 40), (), "Руководители рабочих"),
        (_ends([("согласованию", 0, 98, False)], "с", 6, after="городами"), (), "согласованию с городами"),
        # A preposition that ends no word as «-на», «-ко» do is no short rest.
        (_ends([("директора", 0, 98, False)], "по", 12, after="ВР"), (), "директора по ВР"),
        # «в», «к», «с» before a word, under a line short of the edge by more than a space without
        # the wrap's space glyph, are a cut word's rest.
        (_ends([("Начальни", 0, 95, False)], "к", 6, after="отдела"), (), "Начальник отдела"),
        # A rest opening with an adjective's suffix and ending opens no word.
        (_ends([("Чуков", 0, 99, False)], "ского", 30), (), "Чуковского"),
        # The Russian dictionary: joined a known form, and not both parts words («Месячни» is none,
        # nor «атурная», «рование», «ная»), even where the rest is a word with words after it.
        (_ends([("Месячни", 0, 99, False)], "к", 6, after="безопасности"), (), "Месячник безопасности"),
        (_ends([("Литер", 0, 99, False)], "атурная", 42, after="гостиная"), (), "Литературная гостиная"),
        (_ends([("библи", 0, 99, False)], "отека", 30, after="им."), (), "библиотека им."),
        (_ends([("Финанси", 0, 99, False)], "рование", 42), (), "Финансирование"),
        (_ends([("Исполнитель", 0, 99, False)], "ная", 18, after="дирекция"), (), "Исполнительная дирекция"),
        # A compound's first word cut before the hyphen's other half: the dictionary reads the
        # rest up to the hyphen («университето» / «в-партнёров», LibreOffice's print of a DOCX).
        (_ends([("университето", 0, 99, False)], "в-партнёров", 66), (), "университетов-партнёров"),
        (_ends([("Провести", 0, 99, False)], "в-третьих", 54), (), "Провести в-третьих"),
        # Two words joined make no word, or both are words: a wrap whose space overflowed.
        (_ends([("Ответственный", 0, 99, False)], "секретарь", 54), (), "Ответственный секретарь"),
        (_ends([("Организация", 0, 99, False)], "для", 18, after="детей"), (), "Организация для детей"),
        (_ends([("Мероприятия", 0, 99, False)], "по", 12, after="плану"), (), "Мероприятия по плану"),
        (_ends([("Всероссийский", 0, 99, False)], "форум", 30), (), "Всероссийский форум"),
        (_ends([("Кречетовский", 0, 99, False)], "к", 6, after="МАГ"), (), "Кречетовский к МАГ"),
        # A name or a new word the dictionary lacks, cut where both parts are forms of its own: a
        # short part is no proof of two words («ум», «рам», «ной»), nor is the dictionary where the
        # document prints the joined word whole.
        (_ends([("Сух", 0, 99, False)], "ум", 12), (), "Сухум"),
        (_ends([("Телег", 0, 99, False)], "рам", 18), (), "Телеграм"),
        (_ends([("коронавирус", 0, 99, False)], "ной", 18, after="инфекции"), (), "коронавирусной инфекции"),
        (_ends([("медиа", 0, 99, False)], "форум", 30), ("медиафорум",), "медиафорум"),
        (_ends([("медиа", 0, 99, False)], "форум", 30), (), "медиа форум"),
        # The writer printed a space glyph after the word: it ended there, whatever follows.
        (_ends([("Администраци", 0, 98, True)], "я", 6), (), "Администраци я"),
        # A date too long for the column, its last digit cut off: joined, it reads as a date.
        (_ends([("14.08.202", 0, 98, False)], "9", 6), (), "14.08.2029"),
        # A date cut after its month's point, a time in its minutes: whole only joined.
        (_ends([("10.02.", 0, 90, False)], "2027", 24), (), "10.02.2027"),
        # …not where its rest would have fitted on the line: a number, then a date below it.
        (_ends([("1.", 0, 10, False)], "12.2026", 42), (), "1.\n12.2026"),
        (_ends([("11:0", 0, 98, False)], "0", 6), (), "11:00"),
        # Two numbers that make no date stay apart.
        (_ends([("1234567890", 0, 98, False)], "15", 12), (), "1234567890 15"),
        # A city that happens to fill its line stays apart from the date below it.
        (_ends([("Екатеринбург", 0, 95, False)], "март", 24), (), "Екатеринбург\nмарт"),
        # A centred line: the writer leaves no space at its end; the geometry decides (a wrap).
        (_ends([("по", 10, 22, True), ("отдельному", 25, 85, False)], "графику", 45, 30), (), "по отдельному графику"),
    ],
)  # fmt: skip
def test_line_ends_without_the_wrap_space(words: list[Word], vocabulary: tuple[str, ...], want: str) -> None:
    typography = Typography(space_em=0.25, marks_wraps=True, vocabulary=frozenset(vocabulary))
    assert join_lines(group_lines(words), right=100, typography=typography, left=0) == want


@pytest.mark.parametrize(
    ("head", "rest", "want"),
    [
        # «о» before a word in no form of the prepositional case is a cut word's rest.
        ("Правительств", "Москвы,", "Правительство Москвы,"),
        ("Министерств", "культуры", "Министерство культуры"),
        # Before a word in that case, a short pronoun or an abbreviation, «о» is a word.
        ("Информация", "Москве", "Информация о Москве"),
        ("Информация", "мероприятиях", "Информация о мероприятиях"),
        ("Информация", "МАГ", "Информация о МАГ"),
        ("Рассказать", "нас", "Рассказать о нас"),
        ("Рассказать", "всех", "Рассказать о всех"),
        # An indeclinable after «о» ends in no case's ending: the dictionary, which knows no
        # «Программао», keeps the «о» a word.
        ("Программа", "метро", "Программа о метро"),
    ],
)
def test_an_o_before_a_word_it_cannot_govern_ends_the_word_cut_above(head: str, rest: str, want: str) -> None:
    """A writer that marks no wraps (Word's PDF) cuts «Правительство» at a narrow column's edge: the
    line of that one word fills the line, «о Москвы» under it; «о» and «Правительств» are both words,
    but «о» asks for the prepositional case, which «Москвы» is not."""
    typography = Typography(space_em=0.25, marks_wraps=False)
    words = _ends([(head, 0, 99, False)], "о", 6, after=rest)
    assert join_lines(group_lines(words), right=100, typography=typography, left=0) == want


@pytest.mark.parametrize(
    ("parts", "want"),
    [
        # A column four letters wide: the dictionary reads the run of cut lines as a whole.
        (["Мес", "ячни", "к", "безо", "пасн", "ости"], "Месячник безопасности"),
        (["Литер", "атурн", "ая"], "Литературная"),
        # Short lines that look like cut rests («упра»), where both runs are words and nothing
        # across them is: two words.
        (["колл", "егии", "упра", "влен", "ия"], "коллегии управления"),
    ],
)
def test_a_word_cut_over_several_lines_of_a_narrow_column(parts: list[str], want: str) -> None:
    """Each part alone on its line, filling the 24 pt column (the last word ends the cell, a space after it)."""
    words = [
        Word(part, 0, 24, 14 * row, 14 * row + 12, 12.0, space_after=row == len(parts) - 1 or part == "к")
        for row, part in enumerate(parts)
    ]
    typography = Typography(space_em=0.25, marks_wraps=True)
    assert join_lines(group_lines(words), right=24.5, typography=typography, left=0) == want


def test_an_abbreviation_before_a_name_opens_a_wrapped_line() -> None:
    """A place column as wide as «библиотека» (LibreOffice leaves no wrap space there, it would
    overflow): «им.» before the name «А.М.» is the next word, not the rest of a cut word."""
    words = [
        Word("библиотека", 0, 60, 0, 12, 12.0),
        Word("им.", 0, 15, 14, 26, 12.0, space_after=True),
        Word("А.М.", 18, 40, 14, 26, 12.0),
    ]
    typography = Typography(space_em=0.25, marks_wraps=True)
    assert join_lines(group_lines(words), right=60.5, typography=typography, left=0) == "библиотека им. А.М."


def test_a_word_printed_whole_elsewhere_is_not_cut_at_a_line_end() -> None:
    """«Руководители» is printed with a space after it elsewhere: a word, whose wrap's space overflowed."""
    words = _ends([("Руководители", 0, 98, False)], "гор", 18)
    typography = Typography(space_em=0.25, marks_wraps=True, spaced=frozenset({"руководители"}))
    assert join_lines(group_lines(words), right=100, typography=typography, left=0) == "Руководители гор"


def test_wrap_marks_count_only_sure_wraps_in_a_cell() -> None:
    """Evidence of the writer's wrap spaces in a 100 pt cell: a line of several words whose next
    (lower-case) word would not have fitted, with room for the space at the edge."""

    def cell(*lines: list[tuple[str, float, float, bool]]) -> list[Word]:
        return [
            Word(text, x0, x1, 14 * row, 14 * row + 12, 12.0, space_after=space)
            for row, line in enumerate(lines)
            for text, x0, x1, space in line
        ]

    wrap = [("Отдел", 0, 30, True), ("информации", 33, 90, True)], [("связей", 0, 35, False)]
    unmarked = [("Отдел", 0, 30, True), ("информации", 33, 90, False)], [("связей", 0, 35, False)]
    list_end = [("в", 0, 5, True), ("сфере", 8, 40, False)], [("в", 0, 5, True), ("сфере", 8, 40, False)]
    hyphen = [("Форум", 0, 35, True), ("научно-", 38, 80, False)], [("практический", 0, 70, False)]
    overflow = [("Отдел", 0, 30, True), ("информации", 33, 98, False)], [("связей", 0, 35, False)]
    assert wrap_marks(group_lines(cell(*wrap)), 0, 100, 0.25) == (1, 0)
    assert wrap_marks(group_lines(cell(*unmarked)), 0, 100, 0.25) == (0, 1)
    for shape in (list_end, hyphen, overflow):  # would have fitted; a hyphen; no room for a space
        assert wrap_marks(group_lines(cell(*shape)), 0, 100, 0.25) == (0, 0)


def test_wrap_spaces_are_ignored_when_the_writer_leaves_none() -> None:
    words = _ends([("По", 0, 15, False), ("Москвы", 18, 90, False)], "Правительства", 80)
    assert join_lines(group_lines(words), right=100) == "По Москвы Правительства"


def test_browser_wraps_without_wrap_spaces_are_read_by_geometry() -> None:
    """Chromium leaves no space glyph at wraps: fit, centring and indents decide (a 100 pt cell)."""
    words = [
        *_line(0, ("Организаторы:", 0, 70), ("МАГ,", 73, 95)),  # «Исполнительный» would not have fitted
        *_line(14, ("Исполнительный", 0, 80)),
        *_line(28, ("комитет", 0, 40), ("Москвы", 43, 80)),
        *_line(42, ("•", 10, 14), ("Союз", 17, 40), ("городов", 43, 80)),  # an indented list item wraps
        *_line(56, ("Центра", 10, 45)),
    ]
    assert join_lines(group_lines(words), right=100, left=0) == (
        "Организаторы: МАГ, Исполнительный комитет Москвы\n• Союз городов Центра"
    )


def test_centred_lines_had_the_whole_width() -> None:
    # «отдельному» is centred in a 100 pt box: its line had room for «графику» on the width alone.
    words = [*_line(0, ("по", 20, 32), ("отдельному", 35, 80)), *_line(14, ("графику", 30, 70))]
    assert join_lines(group_lines(words), right=100, left=0) == "по отдельному графику"
    words = [*_line(0, ("Москва", 35, 65)), *_line(14, ("март", 38, 62))]
    assert join_lines(group_lines(words), right=100, left=0) == "Москва\nмарт"


def test_paragraph_spacing_breaks_a_paragraph_whatever_the_fit() -> None:
    words = [*_line(0, ("Организатор:", 0, 70), ("Совет", 73, 98)), *_line(30, ("МАГ", 0, 20))]
    typography = Typography(line_gap=0.15)
    assert join_lines(group_lines(words), right=100, typography=typography) == "Организатор: Совет\nМАГ"
    assert join_lines(group_lines(words), right=100) == "Организатор: Совет МАГ"


def test_numbers_and_roman_numerals_are_bound_to_the_next_word() -> None:
    # «XIII» alone would have fitted after «итогов»; «XIII конкурса» (a non-breaking space) would not.
    words = [*_line(0, ("Подведение", 0, 60), ("итогов", 63, 95)), *_line(14, ("XIII", 0, 4), ("конкурса", 7, 60))]
    assert join_lines(group_lines(words), right=105) == "Подведение итогов XIII конкурса"


def test_words_are_split_by_gaps_relative_to_the_font_size() -> None:
    """A browser prints words with a 3 pt gap and no space glyph; kerning never opens one."""
    glyphs = [Glyph(ch, 10 + 6 * i, 16 + 6 * i, 100, 12) for i, ch in enumerate("Союз")]
    glyphs += [Glyph(ch, 37 + 6 * i, 43 + 6 * i - 0.4, 100, 12) for i, ch in enumerate("МАГ")]
    glyphs += [Glyph("1", 55, 59, 96, 7)]  # a raised marker
    found = page_words(glyphs)
    assert sorted(w.text for w in found.words) == ["1", "МАГ", "Союз"]
    assert [line.text() for line in group_lines(found.words)] == ["Союз МАГ¹"]
    assert found.space_gaps == [0.25]


@pytest.mark.parametrize(
    ("space_at", "words", "space_after"),
    [
        (10.0, ["Выставка"], False),  # a byte-order mark at the first letter's start, sorted after it
        (16.0, ["Выставка"], False),  # a zero-width space where the next letter starts
        (58.0, ["Выставка", "зал"], True),  # a space of no width in the gap after the word: the space there
        (31.0, ["Выставка"], False),  # inside a letter, the next one right after it
        # A space of its own a hair inside the word's last letter (kerned), a gap after it: the
        # space there (Chromium's «IV» / «квартала» read as two cells without it).
        (57.8, ["Выставка", "зал"], True),
    ],
)
def test_a_space_glyph_of_no_width_ends_a_word_only_in_a_gap(
    space_at: float, words: list[str], space_after: bool
) -> None:
    """Chromium prints a zero-width character as a space glyph of no width; sorted among the letters
    it cut the word («В ыставка»)."""
    glyphs = [Glyph(ch, 10 + 6 * i, 16 + 6 * i, 100, 12) for i, ch in enumerate("Выставка")]
    glyphs += [Glyph(ch, 61 + 6 * i, 67 + 6 * i, 100, 12) for i, ch in enumerate("зал")]
    glyphs.append(Glyph(" ", space_at, space_at, 100, 12))
    found = page_words(glyphs)
    assert [line.text() for line in group_lines(found.words)] == ["Выставка зал"]
    assert [w.text for w in found.words][: len(words)] == words
    assert found.words[0].space_after is space_after


def _narrow_plan_docx(path: Path) -> None:
    """14 pt in narrow columns: words cut without a hyphen, a city filling its line, a note's two paragraphs."""
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(14)
    doc.styles["Normal"].paragraph_format.space_after = Pt(0)
    doc.add_paragraph("План мероприятий на 2027 год")
    table = doc.add_table(rows=0, cols=4)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        rule = OxmlElement(f"w:{edge}")
        rule.set(qn("w:val"), "single")
        borders.append(rule)
    table._tbl.tblPr.append(borders)
    rows = [
        ["№ п/п", "Мероприятия", "Место, дата", "Примечание"],
        ["1.", "Форум городов", "Екатеринбург\nмарт", "По плану Правительства Москвы\nОрганизаторы: МАГ, мэрия"],
        ["2.", "Выпуск бюллетеня", "ежемесячно", ""],
    ]
    for texts in rows:
        for cell, text, width in zip(table.add_row().cells, texts, [1.3, 5.5, 2.8, 5.0], strict=True):
            cell.width = Cm(width)
            first, *more = text.split("\n")
            cell.text = first
            for line in more:
                cell.add_paragraph(line)
    doc.save(str(path))


def test_narrow_columns_printed_by_libreoffice(tmp_path: Path) -> None:
    source = tmp_path / "narrow.docx"
    _narrow_plan_docx(source)
    items = magplan.read_plan(_to_pdf(source)).records
    first = items[0]
    assert (first.place, first.date_text) == ("Екатеринбург", "март")
    # «Правительств» / «а» is cut by the column; «Организаторы:» opens a paragraph of its own.
    assert first.note == "По плану Правительства Москвы\nОрганизаторы: МАГ, мэрия"
    assert first.organizers == ["МАГ", "мэрия"]
    assert (items[1].date_text, items[1].recurrence) == ("ежемесячно", "monthly")


def _six_equal_columns_docx(path: Path) -> list[list[str]]:
    """python-docx's default: six equal columns of 2.6 cm, too narrow for many header and date words."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("ПЛАН работы Совета на 2027 год")
    rows = [
        ["№", "Мероприятие", "Сроки", "Место проведения", "Ответственный", "Отметка о выполнении"],
        ["1.", "Заседание Совета", "ежеквартально", "Самара", "Секретариат", ""],
        ["2.", "Обновление сайта", "по мере необходимости", "", "Пресс-служба", "выполнено"],
        ["3.", "Семинар", "II-III квартал", "Казань", "Комитеты", ""],
    ]
    table = doc.add_table(rows=0, cols=6)
    table.style = "Table Grid"
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    doc.save(str(path))
    return rows


def test_header_and_date_words_cut_by_equal_narrow_columns(tmp_path: Path) -> None:
    # «Мероприя» / «тие», «Ответстве» / «нный», «ежекварталь» / «но», «необходимос» / «ти»:
    # LibreOffice cuts every word longer than its column.  (A cut that leaves two words,
    # «согласова» / «нию», stays ambiguous without a dictionary and is not tested here.)
    source = tmp_path / "six.docx"
    rows = _six_equal_columns_docx(source)
    items = magplan.read_plan(_to_pdf(source)).records
    got = [[str(i.number) + ".", i.title, i.date_text, i.place or "", i.responsible] for i in items]
    assert got == [row[:5] for row in rows[1:]]
    assert [i.recurrence for i in items] == ["quarterly", "as_needed", None]
    assert items[1].note == "Отметка о выполнении: выполнено"


def test_number_cut_by_a_page_break_leaves_a_continuation_row() -> None:
    """«159.» too wide for its column, split by the page break: «159» ends page 1, «.» opens page 2
    under the repeated header."""
    header = Row([Cell(t) for t in ("№ п/п", "Мероприятия", "Место, дата", "Примечание")], page=1)
    first = Table([header, Row([Cell("159"), Cell("Форум"), Cell("Москва\n30 сентября –"), Cell("")], page=1)], page=1)
    cut = Row([Cell("."), Cell(""), Cell("2 октября"), Cell("")], page=2)
    following = Row([Cell("160."), Cell("Семинар"), Cell("Минск\nмай"), Cell("")], page=2)
    rest = Table([Row(header.cells, page=2), cut, following], page=2)
    plan = assemble(Layout([Paragraph("План на 2026 год", page=1), first, rest]))
    assert [(i.cells["number"], i.cells["place_date"], i.page) for i in plan.items] == [
        ("159", "Москва\n30 сентября – 2 октября", 1),
        ("160.", "Минск\nмай", 2),
    ]


def test_a_row_opening_with_a_bracket_and_lower_case_goes_on_the_item_above() -> None:
    """In a table without numbers, «(по отдельной программе)» alone in the event cell (at the top of
    a page, or mid-page) goes on the event above: no event's name or heading opens in lower case."""
    header = Row([Cell(t) for t in ("Наименование мероприятия", "Срок проведения", "Место")], page=1)
    first = Table([header, Row([Cell("Выпуск журнала «Вестник МАГ»"), Cell("ежемесячно"), Cell("")], page=1)], page=1)
    rest = Table(
        [
            Row(header.cells, page=2),
            Row([Cell("(по отдельной программе)"), Cell(""), Cell("")], page=2),
            Row([Cell("Издание сборника"), Cell("май"), Cell("Москва")], page=2),
            Row([Cell("(по отдельному плану)"), Cell(""), Cell("")], page=2),
        ],
        page=2,
    )
    plan = assemble(Layout([Paragraph("План на 2026 год", page=1), first, rest]))
    assert [(i.cells["title"], i.section) for i in plan.items] == [
        ("Выпуск журнала «Вестник МАГ» (по отдельной программе)", ""),  # cut by the page break
        ("Издание сборника\n(по отдельному плану)", ""),  # a continuation row of the source
    ]


def test_a_header_cell_of_numero_and_name_over_two_columns_names_both() -> None:
    """«№ Мероприятие» in one header cell over the numbers' and the events' columns (a scan that lost
    the header row's rule between them): the sign names the numbers, the rest the events."""
    header = Row([Cell("№ Мероприятие", colspan=2), Cell("Дата"), Cell("Место")], page=1)
    rows = [Row([Cell("1"), Cell("Заседание президиума"), Cell("20 января"), Cell("Администрация")], page=1)]
    plan = assemble(Layout([Paragraph("План работы на 2027 год", page=1), Table([header, *rows], page=1)]))
    assert [(i.cells["number"], i.cells["title"], i.cells["place"]) for i in plan.items] == [
        ("1", "Заседание президиума", "Администрация")
    ]


def test_a_quotation_cut_by_the_page_break_goes_on_though_its_rest_opens_with_a_dash() -> None:
    """«Россия / – спортивная держава»: the page broke inside the quotation, so the dash on the next
    page is the title's, not a list of members (a Chromium print of a landscape plan)."""
    header = Row([Cell(t) for t in ("№", "Наименование мероприятия", "Срок проведения")], page=1)
    first = Table([header, Row([Cell("1."), Cell("Участие в форуме «Россия"), Cell("май")], page=1)], page=1)
    rest = Table(
        [
            Row([Cell(""), Cell("– спортивная держава»"), Cell("")], page=2),
            Row([Cell("2."), Cell("Заседание совета:\n– ВАРМСУ;\n– АГП"), Cell("июнь")], page=2),
        ],
        page=2,
    )
    plan = assemble(Layout([Paragraph("План на 2026 год", page=1), first, rest]))
    assert [(i.cells["title"]) for i in plan.items] == [
        "Участие в форуме «Россия – спортивная держава»",
        "Заседание совета:\n– ВАРМСУ;\n– АГП",
    ]


# -- a plan printed without ruling lines --------------------------------------------


def _unruled_plan_docx(path: Path, items: int) -> None:
    from docx import Document
    from docx.shared import Cm

    doc = Document()
    doc.add_paragraph("План мероприятий Ассоциации городов")
    doc.add_paragraph("на 2027 год")
    table = doc.add_table(rows=1, cols=4)  # python-docx's default table style draws no borders
    widths = [Cm(1.5), Cm(7.0), Cm(3.5), Cm(4.5)]
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the grid LibreOffice lays out by

    def fill(cells: list[object], texts: list[str]) -> None:
        for cell, text, width in zip(cells, texts, widths, strict=True):
            cell.width = width  # type: ignore[attr-defined]
            cell.text = text  # type: ignore[attr-defined]

    fill(table.rows[0].cells, ["№\nп/п", "Мероприятия", "Место, дата", "Примечание"])
    months = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь"]
    for n in range(1, items + 1):
        title = f"Заседание рабочей группы по вопросам городского хозяйства и благоустройства № {n}"
        fill(table.add_row().cells, [f"{n}.", title, f"Москва\n{months[n % 10]}", "Организаторы: Ассоциация, мэрия"])
    heading = table.add_row().cells
    heading[0].merge(heading[3]).text = "Информационная деятельность"
    fill(table.add_row().cells, [f"{items + 1}.", "Выпуск бюллетеня", "ежемесячно", ""])
    doc.add_paragraph("")
    doc.add_paragraph("")
    doc.add_paragraph("Президент Ассоциации\t\t\t\t\tИ.И. Иванов")
    doc.save(str(path))


def _to_pdf(docx: Path, target: str = "pdf") -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    profile = (docx.parent / "lo-profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", target,
         "--outdir", str(docx.parent), str(docx)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return docx.with_suffix(".pdf")


def test_unruled_table_is_read_from_header_columns(tmp_path: Path) -> None:
    source = tmp_path / "unruled.docx"
    _unruled_plan_docx(source, items=24)
    plan = magplan.read_plan(_to_pdf(source))
    items = plan.records
    assert [w.code for w in plan.warnings] == ["unruled_table"]
    assert plan.document.title == "План мероприятий Ассоциации городов на 2027 год"
    assert [i.number for i in items] == list(range(1, 26))
    for item in items[:24]:
        n = item.number
        assert item.title == f"Заседание рабочей группы по вопросам городского хозяйства и благоустройства № {n}"
        assert (item.kind, item.section, item.place, item.organizers) == (
            "event",
            "",
            "Москва",
            ["Ассоциация", "мэрия"],
        )
        assert item.date_text and item.date_text in "январь февраль март апрель май июнь июль август сентябрь октябрь"
    last = items[-1]
    assert (last.kind, last.section, last.title, last.date_text, last.recurrence) == (
        "information", "Информационная деятельность", "Выпуск бюллетеня", "ежемесячно", "monthly",
    )  # fmt: skip
    pages = [i.page for i in items]
    assert pages == sorted(pages) and pages[0] == 1 and pages[-1] > 1  # rows split by page breaks rejoined
    assert plan.document.signatory == magplan.model.Signatory("Президент Ассоциации", "И.И. Иванов")


def test_an_unruled_table_goes_on_past_a_browsers_wide_padding_to_its_next_numbered_row() -> None:
    """A browser centres each cell in its row and pads it: between two rows' text stands an empty
    band wider than a table's end gap; the row number below it says the table goes on."""
    from magplan.extract.pdf.plain import plain_tables

    line = _text_line

    lines = [
        *_unruled_header(),
        line(90, ("Форум", 70, 110), ("городов", 113, 160), ("май", 250, 270), ("Отдел", 350, 390)),
        line(97, ("1.", 40, 50)),
        line(104, ("Пленарное", 70, 130), ("заседание", 133, 190)),
        # 30 pt of padding and centring: more than the end gap (24 pt for 12 pt text).
        line(146, ("Выставка", 70, 120), ("июнь", 250, 275), ("Отдел", 350, 390)),
        line(153, ("2.", 40, 50)),
        line(160, ("городов", 70, 115)),
        line(220, ("Руководитель", 40, 110), ("Комитета", 113, 160)),
    ]
    found = plain_tables([(1, lines, [])])
    ((box, _),) = found[1]
    assert 172 <= box[3] < 220  # row 2 is in the table, the signature 48 pt under it is not


@pytest.mark.parametrize(
    ("runs", "row"),
    [
        # A row of four cells, the first where the header's first cell starts: a row.
        ([("Форум", 40, 80), ("май", 250, 270), ("Минск", 350, 390), ("Отдел", 450, 490)], True),
        # ... one of them empty (the place): a row still, wherever the cells start (columns of a
        # table of its own widths).
        ([("Форум", 40, 80), ("май", 230, 250), ("Отдел", 420, 460)], True),
        # Two runs, each where a cell starts: a row of two cells filled.
        ([("Заседание", 40, 100), ("29 марта", 250, 290)], True),
        # Two runs, the second in no cell's start: a paragraph.
        ([("Примечание:", 40, 110), ("уточняется", 300, 360)], False),
        # Lines of a signature and its requisites, whatever their runs.
        ([("Составил:", 40, 100), ("________", 250, 330), ("И.И. Иванов", 450, 520)], False),
        ([("С", 40, 46), ("планом", 49, 90), ("ознакомлены:", 93, 170), ("________", 250, 330)], False),
        ([("Исп.", 40, 60), ("Петрова", 63, 110), ("А.А.", 113, 140), ("тел.", 250, 270)], False),
        ([("М.П.", 40, 70), ("«___»", 250, 280), ("________", 350, 420), ("2026", 450, 480)], False),
        # An event whose name opens with a requisite's word is a row still.
        ([("Контроль", 40, 100), ("исполнения", 103, 170), ("март", 250, 280), ("Отдел", 450, 490)], True),
        # Two runs where cells start, opening with a position: a signature.
        ([("Директор", 40, 100), ("И.И. Иванов", 450, 520)], False),
        # Three runs opening with a position: a signature with its line for the hand.
        ([("Директор", 40, 100), ("__________", 250, 330), ("И.И. Иванов", 450, 520)], False),
        # Opening right of the table's first cell: no row of it.
        ([("Форум", 70, 110), ("май", 250, 270), ("Отдел", 450, 490)], False),
        # A footnote's marker opens it.
        ([("*", 40, 44), ("Программа", 250, 300), ("уточняется", 450, 500)], False),
    ],
)
def test_a_row_of_cells_after_a_wide_band_is_told_by_its_runs(runs: list[tuple[str, float, float]], row: bool) -> None:
    """A table's rows padded apart with no numbers (a web page's cells keeping their paragraphs'
    margins) go on with the table after a wide empty band: a line of runs of words for the
    header's cells but one, or of runs each where a cell starts, opening where its first cell
    starts."""
    from magplan.extract.pdf.plain import _row_of_cells

    assert _row_of_cells(_text_line(0, *runs), [40.0, 250.0, 350.0, 450.0], pairs=True) is row


def _bands_read(bands: list[list[tuple[float, list[tuple[str, float]]]]], cut: bool = False) -> list[str]:
    """`plain._centred_unnumbered` over bands of lines (top, [(word, x0)…]) of a borderless table
    without numbers whose cells stand at the top of their rows (columns at 40, 250, 350, 450)."""
    from magplan.extract.pdf.plain import _centred_unnumbered, _Grid

    grid = _Grid(bounds=[250.0, 350.0, 450.0], rights=[240.0, 340.0, 440.0, 560.0], left=40.0, right=560.0, number=None)
    grid.row_gap = 0.5
    lines = [
        [_text_line(top, *((t, x, x + 7 * len(t)) for t, x in words), size=11.0) for top, words in band]
        for band in bands
    ]
    return [" ".join(w.text for line in band for w in line.words) for band in _centred_unnumbered(lines, grid, cut)]


def _full_row(name: str) -> list[tuple[str, float]]:
    return [(name, 40), ("март", 260), ("Москва", 360), ("Секретариат", 460)]


def test_an_events_second_paragraph_a_paragraphs_spacing_under_it_joins_its_row() -> None:
    """Google Docs' cell of two paragraphs («Выездное заседание…» / «Круглый стол МАГ:»), rows set
    at the top of their cells padded apart (17 points): the second paragraph, 5 points under the
    first, is the row's; a row of the event's name alone set the rows' gap apart stays a row, and
    so does one under a heading set far apart, a footnote and a signed line under the last row."""
    rows = [(100 + 28 * k, _full_row(f"Заседание{k}")) for k in range(4)]
    second = (100 + 28 * 3 + 16, [("Круглый", 40), ("стол", 100)])
    after = (100 + 28 * 4 + 16, _full_row("Конференция"))
    assert _bands_read([[row] for row in [*rows, second, after]])[3:] == [
        "Заседание3 март Москва Секретариат Круглый стол",
        "Конференция март Москва Секретариат",
    ]
    alone = (100 + 28 * 4, [("Участие", 40), ("в", 100), ("форумах", 115)])
    assert len(_bands_read([[row] for row in [*rows, alone, (100 + 28 * 5, _full_row("Конференция"))]])) == 6
    # A heading with a wide band under it, two rows only: no measure of the rows' gap.
    heading = (60, [("Мероприятия", 40), ("Комиссии", 150)])
    few = [heading, (100, _full_row("Заседание")), (117, [("Участие", 40), ("в", 100)]), (134, _full_row("Форум"))]
    assert len(_bands_read([[row] for row in few])) == 4
    note = (100 + 28 * 3 + 14, [("*", 40), ("по", 50), ("согласованию", 70)])
    signed = (100 + 28 * 3 + 14, [("Исп.", 40), ("Петрова", 80), ("А.А.", 150)])
    for under in (note, signed):
        assert len(_bands_read([[row] for row in [*rows, under]])) == 5


@pytest.mark.parametrize(
    ("runs", "row"),
    [
        # An event and its date wording, neither where a header's cell starts (a row of a table of
        # its own widths): a row.
        ([("Участие", 40, 80), ("в", 83, 86), ("форуме", 89, 130), ("по", 300, 310), ("мере", 313, 340)], True),
        ([("Круглый", 40, 80), ("стол", 83, 110), ("в", 300, 305), ("течение", 308, 340), ("года", 343, 360)], True),
        # A requisite or a person's name with a date under the table: none.
        ([("Исполнитель:", 40, 100), ("Петрова", 103, 140), ("А.А.", 143, 160), ("10.12.2026", 300, 350)], False),
        ([("Согласовано", 40, 100), ("15", 300, 310), ("января", 313, 340), ("2027", 343, 360)], False),
        # A year alone is no cell's date wording; a second run of no date, a paragraph's.
        ([("Отчёт", 40, 70), ("2026", 300, 330)], False),
        ([("Примечание:", 40, 110), ("уточняется", 300, 360)], False),
    ],
)
def test_a_row_of_an_event_and_its_date_after_a_wide_band(runs: list[tuple[str, float, float]], row: bool) -> None:
    """Rows with no numbers, each a table of its own widths, two runs of words only (`dated`): the
    second a date wording.  Where the rows are numbered their numbers tell, and `dated` is not asked."""
    from magplan.extract.pdf.plain import _row_of_cells

    line = _text_line(0, *runs)
    assert _row_of_cells(line, [40.0, 250.0, 350.0, 450.0], dated=True) is row
    assert _row_of_cells(line, [40.0, 250.0, 350.0, 450.0]) is False


@pytest.mark.parametrize(
    ("runs", "signed"),
    [
        # A position, the person's name a column further: the signature under a table.
        ([("Председатель", 40, 110), ("С.А.", 300, 320), ("Ким", 323, 340)], True),
        ([("Начальник", 40, 95), ("управления", 98, 160), ("И.И.", 300, 320), ("Петров", 323, 360)], True),
        # A row whose event opens with a position: its date, or a third run, says it is a row.
        ([("Глава", 40, 70), ("города", 73, 110), ("март", 300, 330), ("Петров", 400, 440), ("И.И.", 443, 460)], False),
        ([("Председатель", 40, 110), ("С.А.", 300, 320), ("Ким", 323, 340), ("15.01.2027", 400, 450)], False),
        (
            [
                ("Председатель", 40, 110),
                ("Комиссии:", 113, 160),
                ("доклад", 163, 200),
                ("Петров", 300, 340),
                ("И.И.", 343, 360),
            ],
            False,
        ),
        # A position alone, or a name after no position: no signature of this form.
        ([("Председатель", 40, 110), ("Комиссии", 300, 350)], False),
        ([("Отчёт", 40, 70), ("Петров", 300, 340), ("И.И.", 343, 360)], False),
    ],
)
def test_a_position_with_a_name_beside_it_is_a_signature(runs: list[tuple[str, float, float]], signed: bool) -> None:
    """`plain._signed`: a line that ends a table without numbers (`_after_last_row`) however its
    two parts stand in the table's columns («Председатель   С.А. Ким» alone on the next page)."""
    from magplan.extract.pdf.plain import _signed

    assert _signed(_text_line(0, *runs)) is signed


def test_a_menu_beside_the_title_lines_is_aside_and_a_title_left_of_the_table_is_not() -> None:
    """A layout page without rules: its menu column («Документы», «Мероприятия») printed left of
    the table beside the title's lines, an item on a baseline of its own 2.6 pt lower than the
    title's.  That word is a menu's, said aside; a title line that opens left of the table on one
    baseline («ПЛАН мероприятий») and a line of the menu alone stay the page's text."""
    from magplan.extract.pdf.plain import plain_tables

    line = _text_line
    side = [*_line(2.6, ("Мероприятия", 0, 25)), *_line(0, ("Календарный", 60, 120), ("план", 123, 150))]
    title = [
        line(-28, ("ПЛАН", 0, 25), ("мероприятий", 60, 130)),
        line(-14, ("Документы", 0, 25)),
        Line(side, 0, 14.6, 12.0),
    ]
    body = [
        line(80, ("1.", 40, 50), ("Форум", 70, 110), ("май", 250, 270), ("Отдел", 350, 390)),
        line(94, ("2.", 40, 50), ("Выставка", 70, 120), ("июнь", 250, 275), ("Отдел", 350, 390)),
    ]
    aside: dict[int, list[Word]] = {}
    assert plain_tables([(1, [*title, *_unruled_header(), *body], [])], aside=aside)
    assert [w.text for w in aside[1]] == ["Мероприятия"]


def test_an_unruled_tables_part_whose_columns_moved_gets_its_own_columns() -> None:
    """A web page's plan printed as one table per section, each with its own column widths:
    under the second section's heading the columns start elsewhere.  That part is read with its
    columns placed where its lines start, as a part of its own, none of its rows a heading."""
    from magplan.extract.pdf.plain import plain_tables

    line = _text_line

    lines = [
        *_unruled_header(),
        line(80, ("1.", 40, 50), ("Форум", 70, 110), ("городов", 113, 160), ("май", 250, 270), ("Отдел", 350, 390)),
        line(94, ("2.", 40, 50), ("Выставка", 70, 120), ("июнь", 250, 275), ("Отдел", 350, 390)),
        line(108, ("Информационная", 150, 240), ("деятельность", 243, 320)),
        # The second table: its columns start at 60, 200 and 300.
        line(
            122,
            ("3.", 40, 50),
            ("Выпуск", 60, 100),
            ("журнала", 103, 150),
            ("ежемесячно", 200, 265),
            ("Отдел", 300, 340),
        ),
        line(136, ("«Вестник", 60, 110), ("МАГ»", 113, 140), ("информации", 300, 370)),
        line(
            150,
            ("4.", 40, 50),
            ("Размещение", 60, 125),
            ("материалов", 128, 190),
            ("март", 200, 225),
            ("Секретарь", 300, 360),
        ),
        line(164, ("на", 60, 72), ("портале", 75, 120), ("Комиссии", 300, 350)),
    ]
    parts = plain_tables([(1, lines, [])])[1]
    assert len(parts) == 2
    (_, second) = parts[1]
    assert sorted({c[0] for c in second}) == [40, 59.25, 199.25, 299.25]  # its own columns (less the slack)
    # The heading spans the second part; rows 3 and 4 have a cell in each of its four columns.
    assert sum(1 for c in second if c[2] - c[0] > 300) == 1
    assert len(second) == 1 + 2 * 4


def test_an_unruled_table_without_numbers_is_split_where_its_cells_open() -> None:
    """A word processor's table without a «№» column, rows as close as lines: a row starts
    where the first column opens a paragraph with a capital beside other cells that open too;
    the signature, far below the rows, is no part of the table."""
    from magplan.extract.pdf.plain import plain_tables

    line = functools.partial(_text_line, size=11.0)

    header = [
        line(50, ("Наименование", 85, 160), ("мероприятия", 163, 225), ("Срок", 280, 305), ("Ответственный", 370, 440)),
        line(63, ("проведения", 280, 340), ("исполнитель", 370, 430)),
    ]
    body = [
        line(
            77,
            ("Молодежный", 85, 150),
            ("форум", 153, 185),
            ("городов-", 188, 240),
            ("май", 280, 300),
            ("Отдел", 370, 400),
        ),
        line(90, ("членов", 85, 120), ("МАГ", 123, 145), ("информации", 370, 432)),  # a wrap after «городов-»
        line(103, ("Круглый", 85, 125), ("стол", 128, 150)),  # the title's second paragraph, alone
        line(116, ("Совещание", 85, 140), ("руководителей", 143, 215), ("по", 280, 292), ("отдельному", 295, 350)),
        line(129, ("служб", 85, 115), ("плану", 280, 310), ("Секретарь", 370, 425)),
        line(142, ("Выставка", 85, 130), ("июнь", 280, 305)),
        line(190, ("Руководитель", 85, 150), ("Комитета", 153, 200), ("А.Н.", 370, 390), ("Кравцов", 393, 435)),
    ]
    ((box, cells),) = plain_tables([(1, header + body, [])])[1]
    assert box[3] < 190  # the signature is not in the table
    tops = sorted({c[1] for c in cells})
    assert tops == [49.5, 76.5, 115.5, 141.5]  # the header, then three rows


@pytest.mark.parametrize("name", ["plan-2025.html", "plan-2026.html"])
def test_a_plan_laid_out_by_another_engine_reads_the_same(name: str, tmp_path: Path) -> None:
    """The portal page printed to PDF: other column widths, line wraps and page breaks."""
    page = tmp_path / name
    page.write_bytes((CORPUS / name).read_bytes())
    got = magplan.read_plan(_to_pdf(page, "pdf:writer_web_pdf_Export")).to_dict()
    assert mismatches(expected(name), got, pages=False) == []


# -- bad files ----------------------------------------------------------------------


def _pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF file of numbered objects (1 is the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref)
    return bytes(out)


def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(data), data)


def _one_page(
    font: list[bytes], text: bytes, trailer: bytes = b"", extra: list[bytes] | None = None, key: bytes = b""
) -> bytes:
    """One page that prints `text` (a PDF string operand) on 20 lines in font object 5.

    With an encryption `key`, the content stream (object 4) is encrypted as the
    standard security handler does it.
    """
    content = b"BT /F1 12 Tf 14 TL 72 780 Td " + b" T* ".join([text + b" Tj"] * 20) + b" ET"
    if key:
        content = _rc4(hashlib.md5(key + b"\x04\x00\x00\x00\x00").digest()[: len(key) + 5], content)
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            _stream(content),
            *font,
            *(extra or []),
        ],
        trailer,
    )  # fmt: skip


_HELVETICA = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _encrypted_pdf(user_password: bytes, text: bytes = b"(2026)") -> bytes:
    """A PDF protected by a user password (standard security handler, revision 2)."""
    pad = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
    file_id, permissions = b"0123456789abcdef", -4
    owner = _rc4(hashlib.md5((b"owner" + pad)[:32]).digest()[:5], (user_password + pad)[:32])
    key = hashlib.md5((user_password + pad)[:32] + owner + struct.pack("<i", permissions) + file_id).digest()[:5]
    encrypt = b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (
        owner.hex().encode(), _rc4(key, pad).hex().encode(), permissions,
    )  # fmt: skip
    trailer = b"/Encrypt 6 0 R /ID [<%s> <%s>]" % (file_id.hex().encode(), file_id.hex().encode())
    return _one_page(_HELVETICA, text, trailer, extra=[encrypt], key=key)


def _unmapped_glyphs_pdf() -> bytes:
    """Text in a CID font without a ToUnicode map: pdfminer can only say «(cid:NN)»."""
    font = [
        b"<< /Type /Font /Subtype /Type0 /BaseFont /F /Encoding /Identity-H /DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /F /DW 600 /FontDescriptor 7 0 R"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
        b"<< /Type /FontDescriptor /FontName /F /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0"
        b" /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>",
    ]
    return _one_page(font, b"<0033004F00440051>")


def _misencoded_cyrillic_pdf() -> bytes:
    """Cyrillic bytes (cp1251) in a Latin font: the text layer reads «Ïëàí ìåðîïðèÿòèé»."""
    return _one_page(_HELVETICA, b"(" + "План мероприятий на 2026 год".encode("cp1251") + b")")


BAD_PDFS = {
    "scan": (lambda: (CORPUS / "plan-2026-scan.pdf").read_bytes(), NeedsOCR, "needs OCR"),
    "encrypted": (lambda: _encrypted_pdf(b"secret"), EncryptedFile, "password-protected"),
    "truncated": (lambda: (CORPUS / "plan-2026.pdf").read_bytes()[:30000], DamagedFile, "damaged PDF"),
    "almost whole": (lambda: (CORPUS / "plan-2025.pdf").read_bytes()[:-300], DamagedFile, "damaged PDF"),
    "not a pdf": (lambda: b"<html><body>plan</body></html>" * 20, DamagedFile, "not a PDF"),
    "header only": (lambda: b"%PDF-1.7\n" + b"\x00" * 500, DamagedFile, "damaged PDF"),
    "unmapped glyphs": (_unmapped_glyphs_pdf, NeedsOCR, "(cid:NN)"),
    "mis-encoded Cyrillic": (_misencoded_cyrillic_pdf, NeedsOCR, "not readable Cyrillic"),
    # pdfium refuses a document without pages while saying «Success»: the message says what is wrong.
    "empty page tree": (
        lambda: _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]),
        DamagedFile,
        "the PDF has no pages",
    ),
    "no page tree": (lambda: _pdf([b"<< /Type /Catalog >>"]), DamagedFile, "the PDF has no pages"),
}


@pytest.mark.parametrize("case", sorted(BAD_PDFS))
def test_bad_pdf_raises_a_clear_input_error(case: str, tmp_path: Path) -> None:
    make, error, words = BAD_PDFS[case]
    path = tmp_path / "input.pdf"
    path.write_bytes(make())
    with pytest.raises(error) as raised:
        pdf_extract.extract(path)
    assert isinstance(raised.value, InputError)
    message = str(raised.value)
    assert words in message and "\n" not in message


@pytest.mark.parametrize("case", ["scan", "encrypted", "truncated", "unmapped glyphs", "empty page tree"])
def test_bad_pdf_on_the_command_line(case: str, tmp_path: Path) -> None:
    path = tmp_path / "input.pdf"
    path.write_bytes(BAD_PDFS[case][0]())
    out = tmp_path / "out"
    result = subprocess.run(
        # Without OCR: a scan is then bad input too (with OCR it is read, see test_ocr.py).
        [sys.executable, "-m", "magplan.cli", "convert", str(path), "--to", "json,csv", "--out", str(out),
         "--ocr", "never"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert BAD_PDFS[case][2] in result.stderr and "Success" not in result.stderr
    assert not out.exists() or not any(out.iterdir())


def test_text_pdf_with_an_owner_password_only_is_read(tmp_path: Path) -> None:
    """Encryption without a user password (print/copy restrictions) opens with the empty password."""
    path = tmp_path / "restricted.pdf"
    path.write_bytes(_encrypted_pdf(b""))
    blocks = pdf_extract.extract(path).blocks
    assert [b.text.split("\n")[:2] for b in blocks if isinstance(b, Paragraph)] == [["2026", "2026"]]


def test_word_bullets_printed_in_the_symbol_font_are_members(tmp_path: Path) -> None:
    """A Word bullet list prints its bullet as U+F0B7 from the Symbol font's private use area."""
    symbol_bullet = '<w:lvlText w:val="\uf0b7"/><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr>'
    numbering = b.BULLET_NUMBERING.replace('<w:lvlText w:val=""/>', symbol_bullet)
    bullet = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    cell = b.cell(b.para("Собрания объединений:"), b.para("ВАРМСУ", props=bullet), b.para("АГП", props=bullet))
    body = b.title_paragraphs() + b.table(b.header_row(), b.row("1.", cell, b.cell("Москва", "май"), ""))
    item = magplan.read_plan(_to_pdf(b.write_docx(tmp_path / "bullets.docx", body, numbering=numbering))).records[0]
    assert (item.title, item.members, item.place) == ("Собрания объединений", ["ВАРМСУ", "АГП"], "Москва")


def test_an_unruled_unnumbered_tables_rows_start_where_the_fit_test_cannot_tell() -> None:
    """A word processor's borderless table without «№»: rows set as closely as lines, their first
    words too long to have fitted after the line above.  A row starts where another column
    surely opens a paragraph, where two others open with capitals, or where a column empty on the
    line above opens; a title that wraps onto a capital beside a date going on in lower case
    stays one row."""
    from magplan.extract.pdf.plain import plain_tables

    line = functools.partial(_text_line, size=11.0)

    lines = [
        line(50, ("Наименование", 60, 130), ("Срок", 320, 345), ("Место", 450, 480), ("Ответственный", 560, 640)),
        line(63, ("мероприятия", 60, 125), ("проведения", 320, 375), ("проведения", 450, 505),
             ("исполнитель", 560, 620)),
        line(80, ("Выставка", 60, 105), ("«Градостроительство", 108, 210), ("архитектура»", 213, 280),
             ("до", 320, 332), ("августа", 335, 372), ("Алматы", 450, 490), ("Члены", 560, 590),
             ("Комиссии", 593, 640)),
        # «Международная» would not have fitted after «архитектура»; «1» would have after «августа».
        line(93, ("Международная", 60, 140), ("спартакиада", 143, 200), ("городов-членов", 203, 290),
             ("1", 320, 326), ("раз", 329, 345), ("Председатель", 560, 625), ("Комиссии", 628, 675)),
        # Two other columns open with capitals: neither first word would have fitted.
        line(106, ("Участие", 60, 100), ("в", 103, 108), ("заседаниях", 111, 165), ("Межпарламентской", 168, 260),
             ("Ассамблеи", 263, 290), ("15.01.2025;", 320, 375), ("Санкт-Петербург", 450, 530),
             ("Председатель", 560, 625), ("Комиссии", 628, 675)),
        # A title wrapped onto a capital beside a date that goes on in lower case: the same row.
        line(119, ("Ассамблеи", 60, 110), ("СНГ", 113, 135), ("согласованию", 320, 395)),
        line(132, ("городов-членов", 60, 140), ("Межпарламентской", 143, 288)),
        # The date column, empty on the line above, opens: a new row.
        line(145, ("Мониторинг", 60, 120), ("выполнения", 123, 180), ("решений", 183, 225), ("Совета", 228, 262),
             ("МАГ", 265, 288), ("22", 320, 332), ("февраля", 335, 375)),
        line(158, ("Подготовка", 60, 118), ("отчета", 121, 155), ("12", 320, 332), ("мая", 335, 352)),
    ]  # fmt: skip
    ((_, cells),) = plain_tables([(1, lines, [])])[1]
    tops = sorted({top for _, top, _, _ in cells})
    assert [top + 0.5 for top in tops] == [50, 80, 93, 106, 145, 158]  # the header and five rows


def test_an_unruled_tables_centred_rows_without_padding_are_split_round_their_numbers() -> None:
    """Chromium centres each cell in its row; without padding between rows they form one band,
    their cells' lines interleaved.  Each row's first lines stand above its number."""
    from magplan.extract.pdf.plain import plain_tables

    line = _text_line

    lines = [
        *_unruled_header(),
        line(90, ("Участие", 70, 110), ("в", 113, 118), ("форуме", 121, 160)),
        line(96.8, ("1", 40, 46), ("«Российская", 70, 130), ("до", 250, 262), ("11", 265, 277), ("Члены", 350, 390)),
        line(103.6, ("энергетическая", 70, 150), ("неделя»", 153, 190), ("сентября", 250, 295)),
        line(120, ("Участие", 70, 110), ("в", 113, 118), ("заседаниях", 121, 180), ("Заместитель", 350, 410)),
        line(126.8, ("не", 250, 262), ("реже", 265, 290)),
        line(133.6, ("2", 40, 46), ("Межпарламентской", 70, 170), ("председателя", 350, 420)),
        line(140.4, ("раза", 250, 275), ("в", 278, 283), ("год", 286, 305)),
        line(147.2, ("Ассамблеи", 70, 125), ("СНГ", 128, 150), ("Комиссии", 350, 400)),
    ]
    ((_, cells),) = plain_tables([(1, lines, [])])[1]
    assert sorted({top + 0.5 for _, top, _, _ in cells}) == [50, 90, 120]  # the header and two rows


def test_an_unruled_row_goes_on_after_a_wraps_space_glyph() -> None:
    """LibreOffice leaves a space glyph at the end of every wrapped line: a cell's line that ends
    with one goes on below, although the next word would have fitted (the column's right edge is
    only where its longest line reaches)."""
    from magplan.extract.pdf.plain import plain_tables

    def line(top: float, *words: tuple[str, float, float, bool]) -> Line:
        return Line([Word(t, a, b, top, top + 11, 11.0, space_after=s) for t, a, b, s in words], top, top + 11, 11.0)

    lines = [
        line(50, ("Наименование", 85, 155, True), ("мероприятия", 158, 266, False), ("Срок", 280, 305, True),
             ("Ответственный", 460, 535, False)),
        line(63, ("проведения", 280, 335, False), ("исполнитель", 460, 520, False)),
        line(80, ("Выпуск", 85, 120, True), ("журнала", 123, 165, True), ("«Вестник", 204, 247, True),
             ("по", 280, 292, True), ("Комиссии", 460, 506, False)),
        line(93, ("МАГ»", 85, 111, False), ("согласованию", 280, 346, True), ("с", 348, 353, True)),
        line(106, ("организаторами", 280, 357, False)),
        line(119, ("Издание", 85, 125, True), ("сборника", 128, 172, True), ("«Лучшие", 175, 216, True),
             ("практик»", 219, 266, False), ("Январь", 280, 313, False),
             ("Исполнительный", 460, 539, False)),
    ]  # fmt: skip
    ((_, cells),) = plain_tables([(1, lines, [])])[1]
    assert sorted({top + 0.5 for _, top, _, _ in cells}) == [50, 80, 119]  # the header and two rows


def test_an_unruled_tables_last_two_rows_with_columns_of_their_own_are_rows() -> None:
    """A web page's last table, two rows long, laid out with its own column widths: its lines
    cross the header's columns, too few for a run; they are rows with their own columns, not
    headings (their items would be lost)."""
    from magplan.extract.pdf.plain import plain_tables

    line = _text_line

    lines = [
        *_unruled_header(),
        line(80, ("1.", 40, 50), ("Форум", 70, 110), ("городов", 113, 160), ("май", 250, 270), ("Отдел", 350, 390)),
        line(94, ("2.", 40, 50), ("Выставка", 70, 120), ("июнь", 250, 275), ("Отдел", 350, 390)),
        # The last table: its columns start at 60, 200 and 300.
        line(108, ("3.", 40, 50), ("Выпуск", 60, 100), ("журнала", 103, 150), ("ежемесячно", 200, 265),
             ("Отдел", 300, 340)),
        line(122, ("4.", 40, 50), ("Размещение", 60, 125), ("материалов", 128, 190), ("март", 200, 225),
             ("Председатель", 300, 370)),
    ]  # fmt: skip
    parts = plain_tables([(1, lines, [])])[1]
    assert len(parts) == 2
    _, cells = parts[1]
    assert sorted({round(x0) for x0, _, _, _ in cells})[1:] == [59, 199, 299]  # the number column, then its own


def test_an_unruled_tables_bold_line_in_the_event_column_is_a_section_heading() -> None:
    """A word processor's borderless table without «№» or section numbers: a heading row's text
    starts where the event column does and, short, ends inside it, like an event's second
    paragraph.  Its bold face in a table set regular tells it: a row of its own across the
    table, its two lines together; a regular line there stays the event's."""
    from magplan.extract.pdf.plain import plain_tables

    def line(top: float, *words: tuple[str, float, float], bold: bool = False) -> Line:
        return Line([Word(t, a, b, top, top + 11, 11.0, bold=bold) for t, a, b in words], top, top + 11, 11.0)

    lines = [
        line(50, ("Наименование", 85, 157), ("Срок", 280, 304), ("Ответственный", 460, 533), bold=True),
        line(63, ("мероприятия", 85, 150), ("проведения", 280, 338), ("исполнитель", 460, 521), bold=True),
        line(77, ("Конференция", 85, 149), ("представителей", 152, 226), ("по", 280, 292), ("отдельному", 294, 350),
             ("Исполнительный", 460, 534)),
        line(90, ("городов-членов", 85, 160), ("МАГ", 162, 183), ("плану", 280, 308), ("комитет", 460, 507)),
        line(104, ("Мероприятия", 85, 151), ("в", 154, 159), ("городах-членах", 162, 237), bold=True),
        line(117, ("МАГ", 85, 106), bold=True),
        line(131, ("Международный", 85, 166), ("форум", 169, 199), ("июнь", 280, 308), ("Секретарь", 460, 508)),
        line(144, ("«Города", 85, 125), ("и", 128, 134), ("люди»", 137, 170), ("Комиссии", 460, 506)),
        line(158, ("Круглый", 85, 124), ("стол", 127, 146), ("МАГ", 149, 169)),  # the event's second paragraph
        line(171, ("Выставка", 85, 130), ("«Город»", 133, 175), ("май", 280, 299), ("Отдел", 460, 490)),
    ]  # fmt: skip
    ((_, cells),) = plain_tables([(1, lines, [])])[1]
    tops = sorted({top + 0.5 for _, top, _, _ in cells})
    assert tops == [50, 77, 104, 131, 171]  # the header, a row, the heading, two rows
    heading = [c for c in cells if c[1] + 0.5 == 104]
    assert len(heading) == 1 and heading[0][3] >= 128  # one cell across the table, both lines in it
    # Without the bold face the heading is the first row's second paragraph, as a reader would take it.
    for ln in lines[4:6]:
        for word in ln.words:
            word.bold = False
    ((_, cells),) = plain_tables([(1, lines, [])])[1]
    assert sorted({top + 0.5 for _, top, _, _ in cells}) == [50, 77, 131, 171]


def test_an_unruled_header_printed_again_over_a_section_is_read_in_its_columns() -> None:
    """A section printed as a table of its own widths under the header again, its «№» a space from
    «Мероприятие» (WeasyPrint's default print, scanned: no space glyphs tell the cells apart; the
    lines as the OCR reader gives them, row numbers ending their boxes): the header line is cells in
    the section's columns, not one cell across the table (the section's rows were lost with it)."""
    from magplan.extract.pdf.plain import plain_tables

    def line(top: float, bottom: float, *words: tuple[str, float, float] | tuple[str, float, float, bool]) -> Line:
        made = [Word(w[0], w[1], w[2], top, bottom, 12.8, box_end=len(w) > 3) for w in words]
        return Line(made, top, bottom, 12.8)

    lines = [
        line(146.9, 158.4, ("№", 64.8, 77.0), ("Мероприятие", 81.0, 176.4), ("Срок", 366.8, 401.0)),
        line(163.8, 175.3, ("1", 65.9, 70.2, True), ("Фестиваль", 81.4, 146.9), ("детского", 151.2, 206.6),
              ("творчества", 211.3, 281.2), ("15.03.2027-17.03.2027", 367.9, 509.4)),
        line(180.4, 192.2, ("2", 65.2, 70.9, True), ("Научная", 81.4, 135.4), ("конференция", 140.4, 224.3),
              ("15-17", 367.9, 400.3), ("марта", 405.4, 442.4), ("2027", 447.5, 476.3), ("г.", 481.7, 490.0)),
        line(198.0, 209.5, ("Выставка", 81.4, 140.4), ("декоративно-прикладного", 145.1, 311.0),
              ("с", 367.2, 372.6), ("15", 378.7, 391.7), ("по", 396.7, 410.8), ("17", 416.9, 429.5),
              ("марта", 434.9, 472.0), ("2027", 477.0, 505.8)),
        line(204.8, 214.2, ("3", 65.2, 71.3)),
        line(214.2, 223.2, ("искусства", 81.0, 143.6), ("года", 366.8, 394.2)),
        line(229.0, 240.5, ("4", 64.8, 71.3, True), ("Конкурс", 81.4, 133.6), ("чтецов", 138.2, 181.1),
              ("март-апрель", 367.2, 447.1), ("2027", 452.2, 481.0), ("г.", 486.0, 494.6)),
        line(244.8, 256.7, ("Методическая", 63.0, 154.1), ("работа", 159.1, 201.6)),
        line(261.4, 272.9, ("№", 64.8, 77.0), ("Мероприятие", 81.0, 176.4), ("Срок", 243.7, 277.9)),
        line(278.3, 288.7, ("5", 65.5, 71.3, True), ("Подготовка", 81.4, 154.1), ("отчёта", 158.8, 200.5),
              ("до", 243.7, 257.4), ("01.12.2027", 262.4, 329.8)),
        line(295.2, 306.7, ("6", 65.2, 71.3, True), ("Семинары", 81.4, 146.2), ("для", 150.8, 172.4),
              ("педагогов", 177.5, 239.8, True), ("[-П", 244.1, 260.6), ("кварталы", 266.0, 325.1)),
        line(312.1, 323.6, ("7", 65.5, 71.3, True), ("Спартакиада", 81.4, 163.1), ("П", 244.1, 252.0),
              ("полугодие", 257.0, 322.2), ("2027", 327.2, 356.0), ("г.", 361.1, 369.7)),
        line(329.4, 340.9, ("8", 65.2, 71.3, True), ("Занятия", 81.4, 132.5), ("кружков", 137.5, 191.2),
              ("еженедельно", 244.1, 326.9)),
    ]  # fmt: skip
    parts = plain_tables([(1, lines, [])], page_middle=297.9)[1]
    again = [c for _, cells in parts for c in cells if c[1] <= 267 < c[3]]
    assert len(again) == 3  # «№», «Мероприятие», «Срок»: its cells, not one across the table


def _unruled_header() -> list[Line]:
    """The two lines of a borderless plan's header: «№ | Наименование мероприятия | Срок
    проведения | Ответственные», its columns starting at 40, 70, 250 and 350."""
    line = _text_line
    return [
        line(50, ("№", 40, 50), ("Наименование", 70, 150), ("Срок", 250, 280), ("Ответственные", 350, 440)),
        line(64, ("мероприятия", 70, 140), ("проведения", 250, 310)),
    ]


def _centred_page_head() -> list[Line]:
    """A browser's page of a centred unruled table: its header and a first row, «1.» in the
    middle of its event's two lines."""
    line = _text_line
    return [
        *_unruled_header(),
        line(90, ("Мониторинг", 70, 135), ("выполнения", 138, 200)),
        line(96.8, ("1.", 40, 50), ("до", 250, 262), ("18.06", 265, 290)),
        line(103.5, ("решений", 70, 116), ("Совета", 119, 155)),
    ]


def test_an_unruled_page_opens_with_a_rows_first_lines_when_the_row_above_ended_whole() -> None:
    """A browser centres each cell in its row: the last row of page 1, its number in the middle of
    its lines, ended there.  The next page's first lines (an event's name over its list, set
    apart by the list's margin) open the row whose number stands below them."""
    from magplan.extract.pdf.plain import plain_tables

    line = _text_line

    page1 = [
        *_centred_page_head(),
        line(125, ("Участие", 70, 110), ("в", 113, 118), ("работе", 121, 160), ("Секретарь", 350, 410)),
        line(138.5, ("2.", 40, 50), ("Всемирного", 70, 133), ("7", 250, 256), ("сентября", 259, 300)),
        line(152, ("урбанистического", 70, 163), ("форума", 166, 205)),
    ]
    page2 = [  # the number and the date centred between the list's lines
        line(50, ("Международный", 70, 158), ("конкурс", 161, 202)),
        line(63.5, ("«Лучший", 70, 119), ("проект»", 122, 170)),
        line(92.5, ("•", 100, 105), ("секция", 108, 143), ("«Городское", 146, 204)),
        line(99.2, ("3.", 40, 50), ("05.01", 250, 280)),
        line(106, ("хозяйство»", 100, 158)),
        line(119.5, ("•", 100, 105), ("секция", 108, 143), ("«Экология»", 146, 206)),
    ]
    found = plain_tables([(1, page1, []), (2, page2, [])])
    ((_, cells),) = found[2]
    assert sorted({top + 0.5 for _, top, _, _ in cells}) == [50]  # one row: row 3, whole


def test_an_unruled_cell_merged_over_two_centred_rows_belongs_to_both() -> None:
    """A browser prints a cell merged over two rows once, centred across both: «Председатель
    Комиссии» stands at the foot of row 1, in the middle of rows 1 and 2 together, not of its own
    row, and row 2 has nothing in that column.  One cell spans both rows; a single-line row's own
    responsible, centred in it, stays its own."""
    from magplan.extract.pdf.plain import plain_tables

    line = _text_line

    lines = [
        line(50, ("№", 40, 50), ("Наименование", 70, 150), ("Срок", 310, 340), ("Ответственные", 410, 500)),
        line(64, ("мероприятия", 70, 140), ("проведения", 310, 370)),
        line(90, ("Школа", 70, 106), ("мэров", 109, 139), ("Секретарь", 410, 467), ("Комиссии", 470, 521)),
        line(97, ("1.", 40, 50), ("2", 310, 316), ("апреля", 319, 357)),
        line(104, ("Содружества", 70, 138)),
        line(132, ("XIII", 70, 92), ("сессия", 95, 129), ("МАГ:", 132, 161)),
        line(153, ("по", 310, 323), ("отдельному", 326, 385)),
        line(159.8, ("2.", 40, 50), ("•", 100, 105), ("Москва", 108, 147), ("графику", 310, 352)),
        line(175.5, ("•", 100, 105), ("Минск", 108, 143), ("Председатель", 410, 481), ("Комиссии", 484, 535)),
        line(205.5, ("Мониторинг", 70, 135), ("выполнения", 138, 200)),
        line(212.3, ("3.", 40, 50), ("до", 310, 322), ("18.06.2024", 325, 379)),
        line(219, ("решений", 70, 116), ("Совета", 119, 155), ("МАГ", 158, 184)),
    ]
    ((_, cells),) = plain_tables([(1, lines, [])])[1]
    responsible = sorted((round(top), round(bottom)) for x0, top, _, bottom in cells if x0 > 400)
    # The header's, row 1's own, and one cell over rows 2 and 3.
    assert responsible == [(50, 76), (90, 132), (132, 232)]


@pytest.mark.parametrize(("top", "tall", "merged"), [(11.5, False, {(0, 2): 1}), (13.0, False, {}), (50.5, True, {})])
def test_an_unruled_cell_set_at_the_top_runs_on_into_the_next_row_when_merged(
    top: float, tall: bool, merged: dict[tuple[int, int], int]
) -> None:
    """`plain._merged_down`, cells set at the top of their rows (a browser's default print): a
    person's cell merged over rows 1 and 2 opens at row 1's top and its last line goes on into row
    2 at its own line pitch, 1.5 pt above that row's line (the rows' padding it does not cross).
    One cell over both.  Set where row 2's other cells stand, the line is row 2's own; so it is
    four empty lines under the person's one line at row 1's top (`tall`: row 1's event runs on)."""
    from magplan.extract.pdf.plain import _Grid, _merged_down
    from magplan.extract.pdf.words import Line, Word

    size = 10.0

    def line(*words: tuple[str, float, float, float]) -> Line:
        out = [Word(text, x0, x1, at, at + size, size) for text, x0, x1, at in words]
        return Line(out, min(w.top for w in out), max(w.bottom for w in out), size)

    grid = _Grid(bounds=[20, 200], rights=[18, 195, 295], left=0, right=300, number=0, row_gap=0.5)
    below = 52.0 if tall else 13.0  # row 2's line
    first = [line(("1.", 2, 10, 0), ("Форум", 25, 90, 0), ("Отдел информации и связей с", 205, 290, 0))]
    first += [line(("текст", 25, 90, 13.0 * k)) for k in range(1, 4)] if tall else []
    parts = [
        first,
        [line(("2.", 2, 10, below), ("Совещание", 25, 90, below), ("общественностью", 205, 280, top))],
        [line(("3.", 2, 10, below + 13), ("Семинар", 25, 90, below + 13), ("Петров", 205, 240, below + 13))],
    ]
    assert _merged_down(parts, [False] * len(parts), grid) == merged


def test_an_unruled_bold_header_keeps_its_note_in_brackets_in_the_regular_face() -> None:
    """`plain._header_at`: under a header all in bold a regular line is the first row (set under it
    without padding), but not a line all in brackets under a header cell: that cell's note
    («Ответственный» / «(Ф.И.О., должность)»), the header's second line."""
    from magplan.extract.pdf.plain import _header_at
    from magplan.extract.pdf.words import Line, Word

    size = 10.0

    def line(top: float, *words: tuple[str, float, float], bold: bool = False) -> Line:
        out = [Word(text, x0, x1, top, top + size, size, bold=bold) for text, x0, x1 in words]
        return Line(out, top, top + size, size)

    header = line(
        0, ("№", 20, 30), ("Мероприятие", 60, 140), ("Срок", 300, 330), ("Ответственный", 400, 490), bold=True
    )
    row = line(11, ("1.", 20, 30), ("Форум", 60, 100), ("май", 300, 325), ("Петров", 400, 445))
    note = line(11, ("(Ф.И.О.,", 400, 440), ("должность)", 443, 500))
    assert _header_at([header, row], 0) == ([(20, 30), (60, 140), (300, 330), (400, 490)], 1)
    found = _header_at([header, note, line(30, *((w.text, w.x0, w.x1) for w in row.words))], 0)
    assert found == ([(20, 30), (60, 140), (300, 330), (400, 500)], 2)
    # Two bracketed texts on the line are no one note: a row's cells.
    notes = line(11, ("(по", 60, 80), ("плану)", 83, 120), ("(по", 300, 320), ("согласованию)", 323, 390))
    assert _header_at([header, notes], 0) == ([(20, 30), (60, 140), (300, 330), (400, 490)], 1)


def test_an_unruled_page_top_band_holds_the_cut_rows_rest_and_the_next_rows_name() -> None:
    """`plain._cut_rest_and_next`: rows a point apart, cells centred; the page opens with the rest
    of a person's cell the page break cut («СНГ, Мэрия г.» / «Бишкек») right over the next row's
    event name (its list, then its number, below).  The rest of a cut row stands from the page's
    top in each of its cells: lines under it in other columns, none beside it, are another row's.
    Lines beside each other in the band are one row's rest."""
    from magplan.extract.pdf.plain import _cut_rest_and_next, _Grid
    from magplan.extract.pdf.words import Line, Word

    size = 12.0

    def line(top: float, *words: tuple[str, float, float]) -> Line:
        out = [Word(text, x0, x1, top, top + size, size) for text, x0, x1 in words]
        return Line(out, top, top + size, size)

    grid = _Grid(bounds=[110, 260, 350, 420], rights=[105, 255, 345, 415, 560], left=90, right=560, number=0)
    rest = [line(58.0, ("СНГ,", 428, 450), ("Мэрия", 453, 490), ("г.", 493, 500)), line(71.3, ("Бишкек", 428, 470))]
    name = [
        line(84.6, ("Участие", 119, 160), ("в", 163, 170), ("XXI", 173, 190)),
        line(97.8, ("Международном", 119, 200)),
    ]
    assert _cut_rest_and_next(rest + name, grid) == [rest, name]
    beside = [line(58.0, ("СНГ,", 428, 450)), line(64.6, ("форуме", 119, 160)), line(71.3, ("Бишкек", 428, 470))]
    assert _cut_rest_and_next(beside, grid) == [beside]


def test_an_unruled_cell_over_two_rows_under_an_empty_one_line_row_spans_those_two() -> None:
    """`plain._merged_down`: a person's text over the boundary of rows 2 and 3 (a point apart,
    centred rows), half a point off their middle, stands nearly as near the middle of rows 1 to 3
    where row 1 is a line tall and has no person.  The two rows take it, not the three: row 1's
    event has no person."""
    from magplan.extract.pdf.plain import _Grid, _merged_down
    from magplan.extract.pdf.words import Line, Word

    size = 10.0

    def line(*words: tuple[str, float, float, float, float]) -> Line:
        out = [Word(text, x0, x1, top, bottom, size) for text, x0, x1, top, bottom in words]
        return Line(out, min(w.top for w in out), max(w.bottom for w in out), size)

    grid = _Grid(bounds=[20, 200], rights=[18, 195, 295], left=0, right=300, number=0, row_gap=0.5, centred_rows=True)
    parts = [
        [line(("1.", 2, 10, 0, 10), ("Совещание", 25, 90, 0, 10))],
        [line(("2.", 2, 10, 11, 21), ("Семинар", 25, 90, 11, 21), ("Отдел информации и", 205, 290, 11, 21))],
        [line(("3.", 2, 10, 22, 32), ("Форум", 25, 90, 22, 32), ("связей", 205, 250, 22, 31))],
        [
            line(("Конференция", 25, 90, 33, 43)),
            line(("4.", 2, 10, 45, 55), ("по", 25, 90, 45, 55)),
            line(("теме", 25, 90, 57, 67)),
        ],
    ]
    assert _merged_down(parts, [False] * len(parts), grid) == {(1, 2): 2}


def test_an_unruled_part_whose_columns_moved_is_told_though_one_of_its_lines_fits_the_header() -> None:
    """A web page's last rows printed as a table of their own columns: its lines cross the header's
    columns, all but one that fits them by chance («в течение I» / «Департамент»).  The part
    still gets its own columns, the dates in its date column."""
    from magplan.extract.pdf.plain import plain_tables

    line = _text_line

    lines = [
        line(50, ("№", 40, 50), ("Наименование", 68, 148), ("Место", 265, 300), ("Срок", 352, 380),
             ("Ответственные", 436, 514)),
        line(64, ("1", 40, 46), ("Форум", 68, 110), ("Москва", 265, 300), ("май", 352, 375), ("Отдел", 436, 470)),
        line(78, ("2", 40, 46), ("Выставка", 68, 120), ("Минск", 265, 300), ("июнь", 352, 380), ("Отдел", 436, 470)),
        # The last table: its columns start at 62, 275 and 369 (no place).
        line(92, ("Международная", 62, 145), ("спартакиада", 148, 211), ("Заместитель", 369, 432),
             ("председателя", 435, 503)),
        line(106, ("3", 40, 46), ("раз", 275, 291), ("в", 294, 300), ("полугодие", 303, 355)),
        line(120, ("городов-членов", 62, 142), ("МАГ", 145, 171), ("Комиссии", 369, 420)),
        line(134, ("в", 275, 281), ("течение", 284, 323), ("I", 326, 330), ("Департамент", 369, 435)),
        line(148, ("4", 40, 46), ("VIII", 62, 83), ("сессия", 86, 120), ("МАГ", 123, 149)),
        line(162, ("квартала", 275, 320), ("внешнеэкономических", 369, 485), ("связей", 488, 521)),
    ]  # fmt: skip
    parts = plain_tables([(1, lines, [])])[1]
    assert len(parts) == 2
    _, cells = parts[1]
    lefts = sorted({round(x0) for x0, _, _, _ in cells})
    assert lefts[1] == 61 and lefts[-1] == 368  # its own event and responsible columns


def test_an_unruled_table_goes_on_past_a_section_heading_between_wide_bands() -> None:
    """A web page's sections printed as tables one under another: «II. Международное
    сотрудничество» stands alone between two bands wider than a table's end; the numbered rows
    under it go on with the plan, the signature under them does not."""
    from magplan.extract.pdf.plain import plain_tables

    line = _text_line

    lines = [
        *_unruled_header(),
        line(80, ("1.", 40, 50), ("Форум", 70, 110), ("городов", 113, 160), ("май", 250, 270), ("Отдел", 350, 390)),
        line(122, ("II.", 150, 165), ("Международное", 168, 260), ("сотрудничество", 263, 350)),
        line(164, ("1.", 40, 50), ("Выставка", 70, 120), ("июнь", 250, 275), ("Отдел", 350, 390)),
        line(220, ("Руководитель", 40, 110), ("Комитета", 113, 160)),
    ]
    ((box, cells),) = plain_tables([(1, lines, [])])[1]
    assert 176 <= box[3] < 220  # the second section's row is in the table, the signature is not
    assert sorted({top + 0.5 for _, top, _, _ in cells}) == [50, 80, 122, 164]


def test_an_unnumbered_padded_tables_header_alone_at_a_pages_foot_gives_its_rows_on_the_next() -> None:
    """The header of a table without «№», its rows padded, printed alone at the foot of page 1 (a
    browser keeps a header with nothing under it): page 1's part is the header's cells, page 2's
    the four rows, each its own band (it once raised on the empty part: no median of no lines)."""
    from magplan.extract.pdf.plain import plain_tables

    line = _text_line

    page1 = [
        line(700, ("Наименование", 70, 150), ("Срок", 250, 280), ("Ответственные", 350, 440)),
        line(714, ("мероприятия", 70, 140), ("проведения", 250, 310)),
    ]
    page2: list[Line] = []
    events = [("Форум", "май", "Отдел"), ("Выставка", "июнь", "Секретарь"), ("Конкурс", "июль", "Отдел")]
    events.append(("Съезд", "август", "Совет"))  # four rows: fewer do not show their padding
    for index, (event, month, person) in enumerate(events):
        top = 50 + 50 * index
        page2 += [line(top, (event, 70, 120)), line(top + 7, (month, 250, 280), (person, 350, 390))]
        page2.append(line(top + 14, ("городов", 70, 120)))
    found = plain_tables([(1, page1, []), (2, page2, [])])
    ((_, header_cells),) = found[1]
    assert len(header_cells) == 3
    ((_, cells),) = found[2]
    assert sorted({top + 0.5 for _, top, _, _ in cells}) == [50, 100, 150, 200]


def test_a_pages_first_name_over_a_dated_list_opens_its_row() -> None:
    """WeasyPrint, cells centred, no «№»: page 2 opens under the repeated header with an event's
    name in small letters («сессия Ассамблеи»), its list a margin lower, the row's person centred
    over the list («Отдел информации» above «• Москва»).  The list opens the event's column of
    its band and stands beside the row's own date: no row opens with a list, so the name is that
    row's, not the rest of a row the page break cut.  So is a name over a list beside no date (its
    date left on the page before by the break, 270-007), or both are that rest together."""
    from magplan.extract.pdf.plain import _centred_unnumbered, _Grid

    line = _text_line
    grid = _Grid([250, 350, 450], [250, 350, 450, 560], 70, 560, None, row_gap=0.35, centred_rows=True)
    name = [line(78, ("сессия", 70, 110), ("Ассамблеи", 113, 170))]
    listed = [
        line(99.5, ("Отдел", 460, 490), ("информации", 493, 550)),
        line(106.5, ("•", 80, 85), ("Москва", 90, 130), ("14.07.2031", 255, 310), ("Минск", 355, 390)),
        line(122.7, ("•", 80, 85), ("Минск", 90, 130)),
    ]
    assert _centred_unnumbered([name, listed], grid, cut=True) == [name + listed]
    assert _centred_unnumbered([name, listed[2:]], grid, cut=True) == [name + listed[2:]]


def test_an_unruled_page_opening_with_a_list_goes_on_the_row_the_page_break_cut() -> None:
    """WeasyPrint centres each page's part of a cut row on its own: the last row of page 1 looks
    whole, but page 2 opens with its list («• секция …»): the rest of that row, a row of its own
    (the assembler joins it), not the first lines of the row below."""
    from magplan.extract.pdf.plain import plain_tables

    line = _text_line

    page1 = [
        *_centred_page_head(),
        line(125, ("Участие", 70, 110), ("в", 113, 118), ("форуме:", 121, 160), ("Секретарь", 350, 410)),
        line(138.5, ("2.", 40, 50), ("«Российская", 70, 133), ("7", 250, 256), ("сентября", 259, 300)),
        line(152, ("энергетическая", 70, 163), ("неделя»:", 166, 205)),
    ]
    page2 = [
        line(50, ("•", 100, 105), ("секция", 108, 143), ("«Городское»", 146, 204)),
        line(63.5, ("•", 100, 105), ("секция", 108, 143), ("«Транспорт»", 146, 206)),
        line(92.5, ("Международный", 70, 158), ("конкурс", 161, 202)),
        line(99.2, ("3.", 40, 50), ("05.01", 250, 280)),
        line(106, ("«Лучший", 70, 119), ("проект»", 122, 170)),
    ]
    found = plain_tables([(1, page1, []), (2, page2, [])])
    ((_, cells),) = found[2]
    assert sorted({top + 0.5 for _, top, _, _ in cells}) == [50, 92.5]  # the cut row's rest, then row 3


def test_a_centred_row_whose_number_stands_in_its_middle_keeps_its_last_lines() -> None:
    """Centred rows a point apart (a browser's default print): the band below a row holds, after its
    own row, the first line of a row the page break cut («Обновление раздела»), which moves its
    number off its lines' middle.  The row above, its «8.» in the middle of its own lines, is
    whole: its last line («Ассамблеи» / «комитет)») stays, not moved down to make the band below
    look centred.  A band that does end with the next row's first lines still gives them up."""
    from magplan.extract.pdf.plain import _Grid, _next_rows_first_lines

    def line(top: float, *words: tuple[str, float]) -> Line:
        return Line([Word(t, x, x + 8 * len(t), top, top + 12, 12.0) for t, x in words], top, top + 12, 12.0)

    grid = _Grid([40, 200, 300, 400], [40, 200, 300, 400, 560], left=0, right=560, number=0, row_gap=1.0)
    row = [
        line(222.9, ("Подготовка", 50), ("Организаторы:", 410)),
        line(236.8, ("новостной", 50), ("МАГ,", 410)),
        line(243.8, ("8.", 5), ("12-14", 210)),
        line(250.8, ("для", 50), ("(Исполнительный", 410)),
        line(264.8, ("Ассамблеи", 50), ("комитет)", 410)),
    ]
    below = [
        line(283.2, ("Подготовка", 50)),
        line(297.2, ("новостной", 50), ("не", 210)),
        line(304.2, ("9.", 5), ("Казань", 310)),
        line(311.2, ("для", 50), ("августа", 210)),
        line(325.2, ("Ассамблеи", 50)),
        line(345.1, ("Обновление", 50)),
    ]
    assert _next_rows_first_lines([row, below], grid, cut=False) == [row, below]
    # The same rows with the next row's first line closing the band above: it moves down.
    opening = line(283.2, ("Подготовка", 50))
    assert _next_rows_first_lines([[*row, opening], below[1:5]], grid, cut=False) == [row, [opening, *below[1:5]]]


def test_a_name_in_small_letters_right_under_a_touching_row_opens_the_row_below() -> None:
    """Centred rows a point apart (WeasyPrint's default print of a portal page): the row «2.»
    ends with «народов»», its number in the middle of its three lines; the next row's name opens
    in small letters right under it («сессия Генеральной» / «Ассамблеи МАГ:»), a point lower
    than a cell's lines step, its list a margin below.  Both lines go to the row below, not the
    capital one alone (the name was cut in two: «… народов» сессия Генеральной»)."""
    from magplan.extract.pdf.plain import _Grid, _next_rows_first_lines

    def line(top: float, *words: tuple[str, float]) -> Line:
        return Line([Word(t, x, x + 8 * len(t), top, top + 12, 12.0) for t, x in words], top, top + 12, 12.0)

    grid = _Grid([58.2, 240, 384.9], [58.2, 240, 384.9, 560], left=40, right=560, number=0, row_gap=0.2266)
    above = [
        line(657.2, ("IV", 59), ("Международный", 76)),
        line(664.1, ("январь", 241)),
        line(671.1, ("2", 41), ("фестиваль", 59), ("Члены", 386)),
        line(678.1, ("(ориентировочно)", 241)),
        line(685.1, ("народов»", 59)),
    ]
    name = [line(700.6, ("сессия", 59), ("Генеральной", 106)), line(714.5, ("Ассамблеи", 59), ("МАГ:", 132))]
    below = [line(740.5, ("3", 41), ("•", 89), ("в", 100), ("сентябрь", 241)), line(754.5, ("•", 89), ("в", 100))]
    assert _next_rows_first_lines([[*above, *name], below], grid, cut=False) == [above, [*name, *below]]


def test_centred_rows_a_point_apart_share_a_bands_lines_told_over_all_rows() -> None:
    """WeasyPrint's default print of a Word page, rows a point apart in one band: row «4» ends
    with a list («·  АГП») whose margin closes its box, the note's last line («Правительство» /
    «Москвы») beside it.  Either way the number stands as near its row's middle; told one row at
    a time, «Москвы» went to row «5», off its middle by most of a line.  Told over all the rows,
    it stays in «4»."""
    from magplan.extract.pdf.plain import _Grid, _split_numbered

    def line(top: float, bottom: float, *words: tuple[str, float, float]) -> Line:
        return Line([Word(t, x0, x1, top, bottom, 12.0) for t, x0, x1 in words], top, bottom, 12.0)

    grid = _Grid([119.7, 245.2, 352.3, 427.8], [119.7, 245.2, 352.3, 427.8, 541.3], 96.4, 541.3, 0, row_gap=0.708)
    grid.centred_rows = True
    three = [line(147.7, 159.7, ("3", 96, 102), ("5-й", 120, 137), ("сессия", 140, 174), ("апрель", 246, 280))]
    four = [
        line(161.0, 178.4, ("Совещание", 120, 178), ("Совместно", 429, 484), ("с", 487, 493)),
        line(174.3, 191.7, ("руководителей", 120, 196), ("служб", 199, 230), ("Исполкомом", 429, 493)),
        line(187.6, 205.0, ("городского", 120, 176), ("хозяйства:", 179, 232), ("Организаторы:", 429, 505)),
        line(206.2, 218.2, ("4", 96, 102), ("13", 246, 258), ("октября", 261, 301), ("«Город,", 429, 467)),
        line(213.3, 225.3, ("·", 120, 124), ("ВАРМСУ", 133, 189)),
        line(219.5, 231.5, ("спорт»,", 429, 466)),
        line(232.8, 244.8, ("Правительство", 429, 505)),
        line(239.3, 251.3, ("·", 120, 124), ("АГП", 133, 161)),
        line(246.1, 258.1, ("Москвы", 429, 470)),
    ]
    five = [
        line(264.8, 276.8, ("По", 429, 443), ("согласованию", 446, 517), ("с", 520, 525)),
        line(278.1, 290.1, ("Конференция", 120, 189), ("городами-членами", 429, 523)),
        line(291.4, 303.4, ("5", 96, 102), ("представителей", 120, 201), ("II", 246, 254), ("МАГ", 429, 455)),
        line(304.7, 316.7, ("городов-членов", 120, 200), ("Организаторы:", 429, 505)),
        line(317.9, 329.9, ("Исполком", 429, 479), ("СНГ,", 482, 508), ("МАГ", 511, 537)),
    ]
    assert _split_numbered([*three, *four, *five], grid) == [three, four, five]


def test_a_bands_last_row_is_measured_without_the_next_rows_first_lines() -> None:
    """Centred rows a point apart: the band's last row runs on to the band's end with the next
    row's first lines («XXXIX сессия МАГ», «Пленарное заседание:»), which set its number off its
    lines' middle.  Shared out anew, the row above must not give it its last line («Комиссии по
    культуре») to make up for them: the last row is measured against its best end."""
    from magplan.extract.pdf.plain import _Grid, _split_numbered

    def line(top: float, *words: tuple[str, float, float]) -> Line:
        return Line([Word(t, x0, x1, top, top + 12, 12.0) for t, x0, x1 in words], top, top + 12, 12.0)

    grid = _Grid([121.5, 252.0, 332.4, 413.9], [121.5, 252.0, 332.4, 413.9, 539.3], 96.4, 539.3, 0, row_gap=0.376)
    grid.centred_rows = True
    one = [
        line(210.0, ("Выездное", 122, 172), ("заседание", 175, 226), ("Мэрия", 333, 367)),
        line(216.6, ("1", 96, 102), ("II", 254, 262), ("кв.", 265, 279)),
        line(223.3, ("Комиссии", 122, 173), ("по", 176, 188), ("культуре", 191, 236), ("Минска", 333, 373)),
    ]
    two = [
        line(236.5, ("Международные", 122, 208)),
        line(249.8, ("соревнования", 122, 192), ("по", 195, 208), ("не", 254, 266), ("Совместно", 416, 472)),
        line(256.5, ("2", 96, 102), ("Бишкек", 333, 372)),
        line(263.1, ("футболу", 122, 165), ("среди", 168, 197), ("ноября", 254, 289), ("Исполкомом", 416, 480)),
        line(276.4, ("Круглый", 122, 167), ("стол", 170, 192), ("МАГ", 195, 221)),
        line(289.7, ("XXXIX", 122, 161), ("сессия", 164, 198), ("МАГ", 201, 227)),
        line(303.0, ("Пленарное", 122, 178), ("заседание:", 181, 235)),
    ]
    assert _split_numbered([*one, *two], grid)[0] == one


def test_a_cut_rows_list_at_a_pages_top_stays_off_a_whole_row_that_the_next_rows_name_follows() -> None:
    """WeasyPrint's default print of a Word page: page 2 opens with the rest of a row the page
    break cut, two list items each set apart by its margin («·  ВАРМСУ», «·  АГП»), then row
    «10.» (its number in the middle of its own lines) and right under it the next row's name over
    its list.  The band holding row «10.» is no whole row (the name runs on in it), but its
    opening row is: the second item goes on with the first, not onto row «10.»."""
    from magplan.extract.pdf.plain import _centred, _Grid

    def line(top: float, *words: tuple[str, float, float]) -> Line:
        return Line([Word(t, x0, x1, top, top + 12, 12.0) for t, x0, x1 in words], top, top + 12, 12.0)

    grid = _Grid([121.5, 285.4, 345.7, 420.0], [121.5, 285.4, 345.7, 420.0, 540.1], 96.4, 540.1, 0, row_gap=0.37)
    grid.centred_rows = True
    rest = [[line(70.2, ("·", 122, 126), ("ВАРМСУ", 135, 191))], [line(96.2, ("·", 122, 126), ("АГП", 135, 162))]]
    rows = [
        line(121.7, ("По", 421, 435), ("согласованию", 438, 509), ("с", 512, 518)),
        line(128.4, ("Издание", 122, 165), ("сборника", 168, 215), ("«Лучшие", 218, 265), ("Нижний", 346, 389)),
        line(135.0, ("10.", 96, 111), ("март", 286, 310), ("городами-членами", 421, 516)),
        line(141.7, ("практики", 122, 170), ("городов»", 173, 219), ("Новгород", 346, 395)),
        line(148.3, ("МАГ", 421, 447)),
        line(161.6, ("Издание", 122, 165), ("сборника", 168, 215), ("«Лучшие", 218, 265)),
        line(174.9, ("практики", 122, 170), ("городов»", 173, 219)),
        line(188.2, ("(по", 122, 139), ("отдельной", 142, 194), ("программе)", 197, 257)),
    ]
    bands = _centred([*rest, rows], grid, cut=True, top=True)
    assert bands[0] == [*rest[0], *rest[1]]


def test_a_centred_rows_date_apart_in_the_events_column_beside_its_place() -> None:
    """A Word page printed by WeasyPrint as it is: a row of its own widths, its date on its
    number's line with its place («5.  июль  Астана») between the event's lines, the date well
    right of where the event's lines start, in the header's event column.  Its date stands apart
    (the row is placed in columns of its own); the event's own lines do not."""
    from magplan.extract.pdf.plain import _Grid, _period_apart

    line = _text_line
    grid = _Grid([121.5, 271.8, 352.6, 433.1], [121.5, 271.8, 352.6, 433.1, 540], 96.4, 540, 0, row_gap=0.1)
    grid.dates = 2
    row = [
        line(342.9, ("Стажировка", 122, 180)),
        line(356.1, ("специалистов", 122, 190)),
        line(369.4, ("органов", 122, 163), ("местного", 166, 215)),
        line(376.1, ("5.", 96, 106), ("июль", 245, 270), ("Астана", 355, 390)),
        line(382.7, ("самоуправления", 122, 200)),
    ]
    assert _period_apart(row, grid)
    assert not _period_apart([*row[:3], line(376.1, ("5.", 96, 106), ("Астана", 355, 390)), row[4]], grid)


def _glyphs(text: str, x0: float, base: float, size: float = 10.0) -> list[Glyph]:
    """`text` set from `x0` on baseline `base`, 5 pt a character."""
    return [Glyph(ch, x0 + 5 * i, x0 + 5 * (i + 1), base, size) for i, ch in enumerate(text)]


@pytest.mark.parametrize(
    ("bar", "want"),
    [
        # A change bar in the margin beside the line: «март» is a tracked deletion, left out.
        (Rule(60, 90, 60, 103), "апрель"),
        # No bar: the author's own strike-through, kept.
        (None, "мартапрель"),
        # A table's border (a horizontal rule ends on it) is no change bar.
        (Rule(70, 90, 70, 103), "мартапрель"),
    ],
)
def test_struck_letters_beside_a_change_bar_are_a_deletion(bar: Rule | None, want: str) -> None:
    # LibreOffice prints a tracked change «март» → «апрель»: the deleted letters struck through
    # 2.5 pt over the baseline, from the first letter's edge to the last one's.
    glyphs = _glyphs("мартапрель", 100, 100)
    rules = [Rule(100, 97.5, 120, 97.5), Rule(70, 80, 300, 80)]
    if bar is not None:
        rules.append(bar)
    kept, left = read_pdf._without_deletions(glyphs, rules)
    assert "".join(g.text for g in kept) == want
    assert (Rule(100, 97.5, 120, 97.5) in left) == (want != "апрель")


def test_a_strike_through_in_a_table_row_is_no_deletion() -> None:
    # A one-line row whose first cell is empty on the struck line: the border between the cells is
    # a line high and left of every letter on that line, as a change bar is, but the row's rules
    # run across it: the table's, and the author's own strike-through («Отменено») is kept.
    glyphs = [*_glyphs("Отменено", 160, 100), *_glyphs("1.", 60, 120), *_glyphs("Семинар", 160, 120)]
    rules = [Rule(50, y, 400, y) for y in (85, 103, 125)]
    rules += [Rule(x, top, x, low) for x in (50, 150, 400) for top, low in ((85, 103), (103, 125))]
    rules.append(Rule(160, 97.5, 200, 97.5))
    kept, left = read_pdf._without_deletions(glyphs, rules)
    assert "".join(g.text for g in kept) == "Отменено1.Семинар"
    assert left == rules


def _row_grid(xs: list[float], ys: list[float]) -> pdf_grid.Grid:
    return pdf_grid.from_cells([(x0, y0, x1, y1) for y0, y1 in pairwise(ys) for x0, x1 in pairwise(xs)])


@pytest.mark.parametrize(
    ("pieces", "joined"),
    [
        # A spreadsheet's row with an empty unbordered cell in the middle: two ruled pieces on the
        # same row whose columns, with the gap, are the table's above: one row of that table.
        (([54, 80, 255, 308], [360, 448, 553]), [54, 80, 255, 308, 360, 448, 553]),
        # Two tables side by side whose columns make no other table's (a plan in two halves): apart.
        (([54, 80, 255], [360, 448, 553]), None),
    ],
)
def test_a_row_broken_by_an_unbordered_cell_is_one_row(
    pieces: tuple[list[float], list[float]], joined: list[float] | None
) -> None:
    above = _row_grid([54, 80, 255, 308, 360, 448, 553], [100, 112, 124])
    left, right = (_row_grid(xs, [130, 142]) for xs in pieces)
    got = read_pdf._rejoined_rows([above, left, right])
    if joined is None:
        assert got == [above, left, right]
    else:
        assert [g.xs for g in got] == [above.xs, joined]
        assert got[1].columns == 6 and got[1].rows == 1


@pytest.mark.parametrize(
    ("words", "cells"),
    [
        # Calc prints a section typed in the number column on over the empty event's column, the
        # rule through «Пленарные»: the number column's text, whole.
        (
            [("1.", 57, 64), ("Пленарные", 67, 125), ("заседания", 128, 180)],
            {0: "1. Пленарные заседания"},
        ),
        # A number and a title a cell's padding apart, neither across a rule: two cells.
        ([("1", 82, 86), ("Пленарное", 92, 140), ("заседание", 143, 195)], {0: "1", 1: "Пленарное заседание"}),
        # A place clipped at the next cell, which holds a text of its own: no cell's text moves,
        # whether the clipped letters are printed under the next text …
        (
            [("Эколого-биологический", 92, 300), ("центр", 302, 330), ("Отдел", 312, 340)],
            {1: "Эколого-биологический", 2: "центр Отдел"},
        ),
        # … or end at the rule, the next text a padding after them, read as one word whose
        # letters are set apart there (`Word.seams`).
        (
            [("Фестиваль", 92, 150), ("уличных", 153, 287), ("кулавгуст", 289, 360, 309.5)],
            {1: "Фестиваль уличных", 2: "кулавгуст"},
        ),
    ],
)
def test_a_line_printed_over_the_empty_cells_beside_its_own_is_its_cells(
    words: list[tuple[str, float, float] | tuple[str, float, float, float]], cells: dict[int, str]
) -> None:
    grid = _row_grid([54, 89, 308, 387, 518], [119, 131])
    members: dict[int, list[Word]] = {}
    for text, x0, x1, *seams in words:
        word = Word(text, x0, x1, 120, 129, 9.0, seams=tuple(seams))
        members.setdefault(grid.cell_at(word.cx, word.cy), []).append(word)
    read_pdf._overflowed_across(grid, members)
    assert {at: " ".join(w.text for w in sorted(ws, key=lambda w: w.x0)) for at, ws in members.items()} == cells


def test_a_header_of_several_lines_printed_again_on_one_line_is_known_by_its_letters() -> None:
    """A web page's next section is a table of its own, wide enough for its header on one line:
    its cells («Срок исполнения» «Ответственные исполнители») a space apart, too close for the gap
    to tell; the first header's cells («№ п/» over «п») joined give them (portal-quarters)."""
    from magplan.extract.pdf.plain import _cells_on_one_line, _moved_starts, _own_table, _repeats

    line = functools.partial(_text_line, size=9.0)
    header = [
        line(468, ("№", 38, 50), ("п/", 53, 63), ("Ответственные", 461, 545)),
        line(475, ("Наименование", 119, 199), ("мероприятия", 202, 274), ("Срок", 330, 358), ("исполнения", 361, 425)),
        line(481, ("п", 47, 54), ("исполнители", 468, 538)),
    ]
    again = line(
        635,
        ("№", 36, 48),
        ("п/п", 51, 68),
        ("Наименование", 76, 156),
        ("мероприятия", 159, 231),
        ("Срок", 239, 267),
        ("исполнения", 270, 334),
        ("Ответственные", 337, 422),
        ("исполнители", 425, 495),
    )
    cells = _cells_on_one_line(again, header)
    assert cells is not None
    assert [" ".join(w.text for w in cell) for cell in cells] == [
        "№ п/п",
        "Наименование мероприятия",
        "Срок исполнения",
        "Ответственные исполнители",
    ]
    row = line(500, ("1.", 36, 45), ("Заседание", 68, 119), ("в", 328, 334), ("Отдел", 430, 461))
    moved_row = line(652, ("4.", 36, 45), ("Фестиваль", 71, 126), ("май", 239, 258), ("МБУ", 337, 363))
    assert _cells_on_one_line(row, header) is None
    flat = [(1, ln) for ln in [row, again, moved_row]]
    assert _moved_starts(flat, _repeats([ln for _, ln in flat], header), header) == [1]
    # The header's own columns are placed from its own table's lines, not the later table's,
    # where it has lines enough to place them by (three); one row alone places nothing.
    rows = [row, *(line(500 + 12 * k, ("2.", 36, 45), ("Семинар", 68, 110), ("Отдел", 430, 461)) for k in (1, 2))]
    assert _own_table([(1, [*rows, again, moved_row])], header) == [(1, rows)]
    assert _own_table([(1, [row, again, moved_row])], header) == [(1, [row, again, moved_row])]


def test_a_raised_marker_in_the_gap_between_two_cells_does_not_cross_them() -> None:
    """«паруса»*» 8 pt from the date beside it, the marker 3 pt from it: the row is no heading."""
    from magplan.extract.pdf.plain import _crossing

    words = [Word("паруса»", 190, 230.7, 671, 684, 9.0), Word("*", 230.7, 235.7, 668, 679, 7.5, raised=True)]
    words.append(Word("27", 238.7, 250.7, 669.5, 682.5, 9.0))
    assert not _crossing(Line(words, 668, 684, 9.0), [237.9])
    assert _crossing(Line([words[0], replace(words[1], raised=False), words[2]], 668, 684, 9.0), [237.9])


def test_a_header_printed_again_in_lines_of_other_widths_is_known_by_its_letters() -> None:
    """WeasyPrint lays a later section's table out wider: its header «№» over «п/п», each cell on
    two lines, where the first header set «№ п/» over «п» on three (portal-quarters)."""
    from magplan.extract.pdf.plain import _header_again

    line = functools.partial(_text_line, size=9.0)
    header = [
        line(468, ("№", 38, 50), ("п/", 53, 63), ("Ответственные", 461, 545)),
        line(475, ("Наименование", 119, 199), ("мероприятия", 202, 274), ("Срок", 330, 358), ("исполнения", 361, 425)),
        line(481, ("п", 47, 54), ("исполнители", 468, 538)),
    ]
    again = [
        line(300, ("№", 36, 44), ("Наименование", 60, 130), ("Срок", 200, 225), ("Ответственные", 300, 380)),
        line(311, ("п/п", 36, 48), ("мероприятия", 60, 126), ("исполнения", 200, 260), ("исполнители", 300, 365)),
        line(330, ("4.", 36, 45), ("Фестиваль", 52, 110), ("май", 200, 220), ("МБУ", 300, 325)),
    ]
    found = _header_again(again, 0, header)
    assert found is not None
    count, cells = found
    assert count == 2
    assert [" ".join(w.text for w in cell) for cell in cells] == [
        "№ п/п",
        "Наименование мероприятия",
        "Срок исполнения",
        "Ответственные исполнители",
    ]
    assert _header_again(again, 1, header) is None


@pytest.mark.parametrize(
    ("texts", "cells"),
    [
        # «№» a space from the event's header cell: two cells (WeasyPrint's default print, a scan).
        (["№", "Мероприятие", "Дата"], [["№"], ["Мероприятие"], ["Дата"]]),
        # ... a cell «№ п/п», or «№ мероприятия» going on in small letters, stays one.
        (["№", "п/п", "Дата"], [["№", "п/п"], ["Дата"]]),
        (["№", "мероприятия", "Дата"], [["№", "мероприятия"], ["Дата"]]),
    ],
)
def test_a_numbers_header_cell_a_space_from_the_next_is_a_cell_of_its_own(
    texts: list[str], cells: list[list[str]]
) -> None:
    from magplan.extract.pdf import plain
    from magplan.extract.pdf.words import Word as PdfWord

    x, words = 60.0, []
    for k, text in enumerate(texts):
        width = 7.0 * len(text)
        words.append(PdfWord(text, x, x + width, 100.0, 112.0, 12.0))
        # a word's space between the first two, a column's gap before the last
        x += width + (3.0 if k == 0 else 40.0)
    assert [[w.text for w in group] for group in plain._groups(words)] == cells


def test_the_header_printed_again_is_known_through_a_markers_misreading() -> None:
    """`plain._prints_header`: a scan reads the footnote marker over «Ответственный¹» as «¥» in one
    header and «v» in its repeat over the next section: still the header again (its words of one
    letter aside, «№» kept); another word is another line."""
    from magplan.extract.pdf.plain import _prints_header

    def line(top: float, *words: str) -> Line:
        return Line(
            [Word(t, 60 + 80 * i, 120 + 80 * i, top, top + 11, 11.0) for i, t in enumerate(words)], top, top + 11
        )

    header = [line(0, "№"), line(12, "Наименование", "Дата", "Место", "¥"), line(24, "п/", "Ответственный")]
    again = [line(60, "№"), line(72, "Наименование", "Дата", "Место", "v"), line(84, "п/", "Ответственный")]
    other = [line(60, "№"), line(72, "Наименование", "Дата", "Срок"), line(84, "п/", "Ответственный")]
    assert _prints_header([*header, *again], 3, header)
    assert not _prints_header([*header, *other], 3, header)


def test_a_next_pages_repeated_header_is_known_through_a_markers_misreading() -> None:
    """`plain._repeated_header` tells the header a continuation page repeats at its top as
    `_prints_header` does: a marker read as another letter (a scan) is still the header, and the
    rows under it start after it; a page opening with other lines repeats none."""
    from magplan.extract.pdf.plain import _Header, _repeated_header

    def line(top: float, *words: str) -> Line:
        return Line(
            [Word(t, 60 + 80 * i, 120 + 80 * i, top, top + 11, 11.0) for i, t in enumerate(words)], top, top + 11
        )

    header = [line(100, "№"), line(112, "Наименование", "Дата", "Место", "¥"), line(124, "п/п", "Ответственный")]
    found = _Header(1, 3, header, [(60.0, 120.0), (140.0, 200.0)])
    page = [line(20, "Продолжение"), line(40, "№"), line(52, "Наименование", "Дата", "Место", "v")]
    page += [line(64, "п/п", "Ответственный"), line(80, "5.", "Форум", "май")]
    assert _repeated_header(page, found) == (1, 3)
    assert _repeated_header(page[4:], found) == (0, 0)


def test_a_table_of_fewer_columns_is_set_on_the_columns_above_it() -> None:
    """`read._set_on`: each column of a table a column fewer goes to the column of the table above
    it (same edges) it overlaps most, the one none takes left empty; a cell merged down stays
    merged; where two columns would take one, the table is left as it is."""
    from magplan.extract.pdf.read import _set_on
    from magplan.layout import Cell, Row

    onto = [30.0, 180.0, 258.0, 337.0, 462.0]  # event | date | place | person
    xs = [30.0, 226.0, 275.0, 462.0]  # event | date | one cell over the place's and the person's
    rows = [
        Row([Cell("38-й фестиваль"), Cell("11.08"), Cell("Отдел информации")], page=1),
        Row([Cell("сессия МАГ"), Cell("19 января"), Cell("", merged_up=True)], page=1),
    ]
    set_on = _set_on(rows, xs, onto)
    assert set_on is not None
    assert [[(c.text, c.merged_up) for c in row.cells] for row in set_on] == [
        [("38-й фестиваль", False), ("11.08", False), ("", False), ("Отдел информации", False)],
        [("сессия МАГ", False), ("19 января", False), ("", False), ("", True)],
    ]
    assert _set_on(rows, [30.0, 100.0, 120.0, 462.0], onto) is None  # two columns inside the event's
    # A cell over the place's and the person's columns whole, the place's the wider (an empty
    # place's column printed a hair wide, its two rules one): the last of them, the person's.
    wide_place = [30.0, 180.0, 258.0, 360.0, 462.0]
    set_on = _set_on(rows, [30.0, 180.0, 258.0, 462.0], wide_place)
    assert set_on is not None
    assert [c.text for c in set_on[0].cells] == ["38-й фестиваль", "11.08", "", "Отдел информации"]
    # A strip of the frame left of `onto`'s edge (within the edges' slack) overlaps no column: the
    # nearest takes it, and the event's column then takes the same one, so the table is left as it is.
    strip = [Row([Cell(""), Cell("38-й фестиваль"), Cell("11.08"), Cell("Отдел информации")], page=1)]
    assert _set_on(strip, [28.5, 29.5, 180.0, 258.0, 462.0], onto) is None
    # A column over a narrow one whole and half of the wide one beside it is no column «over two
    # whole»: each goes to the column it overlaps most (the wide one's half counted against its width).
    two = [Row([Cell("38-й фестиваль"), Cell("Отдел информации")], page=1)]
    set_on = _set_on(two, [0.0, 190.0, 350.0, 400.0], [0.0, 100.0, 300.0, 350.0, 400.0])
    assert set_on is not None
    assert [c.text for c in set_on[0].cells] == ["38-й фестиваль", "Отдел информации", "", ""]
    # A column over a wide one whole and a strip a hair wide after it (a frame's spacing) is the
    # wide one's: the strip, covered whole too, holds no text.
    last = [Row([Cell("38-й фестиваль"), Cell("11.08"), Cell("Отдел информации")], page=1)]
    set_on = _set_on(last, [0.0, 30.0, 100.0, 200.0], [0.0, 30.0, 100.0, 198.5, 200.0])
    assert set_on is not None
    assert [c.text for c in set_on[0].cells] == ["38-й фестиваль", "11.08", "Отдел информации", ""]
    # Over two columns of text whole, the wider first: the last of them, as before.
    set_on = _set_on(last, [0.0, 30.0, 100.0, 200.0], [0.0, 30.0, 100.0, 160.0, 200.0])
    assert set_on is not None
    assert [c.text for c in set_on[0].cells] == ["38-й фестиваль", "11.08", "", "Отдел информации"]


@pytest.mark.parametrize(
    ("cell", "person"),
    [
        ("Отдел информации и связей с общественностью", True),
        ("Председатель Комиссии", True),
        ("Исполнительный комитет МАГ", True),
        ("Департамент внешнеэкономических связей", True),
        ("Члены Комиссии", True),
        # Places, venues: a department's word inside a name is no person's.
        ("Дом Правительства Москвы", False),
        ("Нижний Новгород", False),
        ("Отделение банка", False),
        ("Комитетская площадь", False),
    ],
)
def test_a_cell_opening_with_a_position_or_a_department_is_a_persons(cell: str, person: bool) -> None:
    """`plain._names_person`: which of a row's last cells say a person (the place's or the person's
    column of a row of its own widths, a column fewer than the header's)."""
    from magplan.extract.pdf.plain import _names_person

    assert _names_person(cell) is person


def test_tables_of_their_own_widths_under_the_header_end_at_their_last_dated_row() -> None:
    """`plain._own_tables_end`: a table without numbers whose lines after the first row cross the
    header's columns (tables of their own widths, one row of two cells first) goes on down to its
    last dated row, not past it onto a signature under it with no footnote between."""
    from magplan.extract.pdf.plain import _Grid, _own_tables_end

    def line(top: float, *cells: tuple[str, float]) -> Line:
        words = []
        for text, x in cells:
            for part in text.split():
                words.append(Word(part, x, x + 6.0 * len(part), top, top + 10, 10.0, space_after=True))
                x += 6.0 * len(part) + 3
        return Line(words, top, top + 10, 10.0)

    grid = _Grid([150.0, 260.0, 380.0], [150.0, 260.0, 380.0, 520.0], 40.0, 520.0, None)
    rows = [
        ("Издание сборника трудов", "март", "Казань", "Секретарь"),
        ("Выпуск журнала «Вестник»", "май", "Москва", "Отдел"),
        ("Размещение материалов сайта", "июнь", "Минск", "Члены"),
        ("Конференция городов МАГ", "июль", "Баку", "Отдел"),
        ("Смотр-конкурс коллективов", "август", "Уфа", "Члены"),
    ]
    flat = [(1, line(100, ("Выездное заседание Комиссии", 40), ("Отдел кадров", 420)))]
    flat += [(1, line(120 + 20 * i, (t, 40), (d, 210), (p, 300), (r, 420))) for i, (t, d, p, r) in enumerate(rows)]
    signature = [(1, line(260, ("Руководитель Исполнительного комитета", 40), ("И.В. Петрова", 330)))]
    assert _own_tables_end([*flat, *signature], 0, grid) == len(flat)
    assert _own_tables_end(flat[:3], 0, grid) == 0  # two dated rows: too few to go on


def test_a_signature_table_under_the_plan_is_not_set_on_its_columns() -> None:
    """`read._fewer_columns_under`: a ruled table a column fewer than the one above, between the
    same edges, is set on its columns; one of two columns (a signature's «position | name» across
    the page) or two fewer is not."""
    from types import SimpleNamespace

    from magplan.extract.pdf.read import _fewer_columns_under

    def table(top: float, *xs: float) -> SimpleNamespace:
        grid = SimpleNamespace(xs=list(xs), columns=len(xs) - 1, bbox=(xs[0], top, xs[-1], top + 50))
        return SimpleNamespace(grid=grid, column_pads={}, set_on=None)

    plan = table(100, 30, 180, 258, 337, 462)
    piece = table(200, 30, 226, 275, 462)
    narrow = table(300, 30, 250, 462)
    signature = table(400, 30.5, 300, 461.5)
    _fewer_columns_under([SimpleNamespace(tables=[plan, piece, narrow]), SimpleNamespace(tables=[signature])])  # type: ignore[list-item]
    assert piece.set_on == plan.grid.xs
    assert narrow.set_on is None and signature.set_on is None


def test_numbers_beside_their_names_middles_tell_centred_rows() -> None:
    """Rows a point apart, cells centred (WeasyPrint's default print): the numbers stand beside
    the middles of their events' names, whose words there open in small letters («1  советов
    городов-членов» under «Форум молодежных»); a date beside a number («2  февраль») says
    nothing.  Numbers opening their names in capitals tell nothing of the kind."""
    from magplan.extract.pdf.plain import _Grid, _numbers_mid_name, _top_aligned

    line = _text_line
    grid = _Grid([60, 210, 300], [60, 210, 300, 450], 40, 450, 0, row_gap=0.79)
    centred = [
        line(371, ("Форум", 62, 100), ("молодежных", 104, 180)),
        line(385, ("1", 40, 46), ("советов", 62, 110), ("городов-членов", 114, 200), ("июль", 212, 240)),
        line(399, ("МАГ", 62, 90)),
        line(414, ("Семинар", 62, 110), ("для", 114, 135)),
        line(483, ("2", 40, 46), ("февраль", 212, 260)),
        line(567, ("Международная", 62, 160)),
        line(581, ("3", 40, 46), ("спартакиада", 62, 140), ("ежеполугодно", 212, 290)),
        line(595, ("членов", 62, 110), ("МАГ", 114, 140)),
    ]
    assert _numbers_mid_name([(ln, grid) for ln in centred])
    assert not _top_aligned([centred[:3], centred[3:5], centred[5:]], grid)
    opening = [line(371, ("1", 40, 46), ("Форум", 62, 100)), line(385, ("2", 40, 46), ("Семинар", 62, 110))]
    assert not _numbers_mid_name([(ln, grid) for ln in opening])


def test_numbers_opening_names_over_their_lists_tell_rows_set_at_the_top() -> None:
    """A Word page printed by Chromium without rules: each row's name opens at its number, its list
    under it, the items set apart by their paragraph spacing («4.  Международные соревнования»
    over «·  Москва», «·  Минск»), as close to the next row as to their own.  Two numbers that
    open names over lists tell cells set at the top of their rows; a number beside a bullet («11.
    •  секция») tells centred ones, and a capital in a name's middle («6  Ассамблеи:» under
    «рассылки для членов») opens no name."""
    from magplan.extract.pdf.plain import _Grid, _names_over_lists

    line = _text_line
    grid = _Grid([70, 420, 500], [70, 420, 500, 700], 50, 700, 0, row_gap=0.75)
    rows = [
        line(321, ("4.", 53, 62), ("Международные", 77, 170), ("6-9", 508, 530), ("декабря", 533, 580)),
        line(346, ("·", 77, 80), ("Москва", 89, 127)),
        line(372, ("·", 77, 80), ("Минск", 89, 123)),
        line(387, ("5.", 53, 62), ("Актуализация", 77, 150), ("5", 508, 514), ("июня", 517, 545)),
        line(412, ("·", 77, 80), ("ВАРМСУ", 89, 140)),
    ]
    assert _names_over_lists(rows, grid) == [0, 3]
    beside = [*rows, line(437, ("6.", 53, 62), ("•", 77, 80), ("секция", 89, 130))]
    assert _names_over_lists(beside, grid) == []
    middle = [
        line(321, ("рассылки", 77, 130), ("для", 133, 150), ("членов", 153, 190)),
        line(334, ("6", 53, 62), ("Ассамблеи:", 77, 150), ("июль", 508, 530)),
        line(347, ("·", 77, 80), ("ВАРМСУ", 89, 140)),
    ]
    assert _names_over_lists(middle, grid) == []


def test_names_over_lists_that_a_page_break_or_a_centred_row_explains_tell_nothing() -> None:
    """A borderless portal page printed by WeasyPrint, cells centred in padded rows: a row whose
    list the page break carried over prints its name beside its number at the page's foot, the
    items at the next page's top («4  Участие в III …» over «•  Москва»); a number whose line
    stands between a list's items («•  Москва» / «16  IV квартал» / «•  Минск») is in its row's
    middle, a centred cell's line beside it.  Neither is a name opening over its list, so the
    table is not read as set at the top of its rows (each row then took the next one's first line)."""
    from magplan.extract.pdf.plain import _Grid, _names_over_lists, _top_aligned

    line = _text_line
    grid = _Grid([91, 407, 555], [91, 407, 555, 800], 40, 800, 0, row_gap=0.75)
    cut = [
        line(511, ("4", 55, 62), ("Участие", 62, 110), ("в", 113, 120), ("III", 123, 140), ("не", 420, 432)),
        line(58, ("•", 89, 93), ("Москва", 100, 140)),  # the next page
        line(72, ("•", 89, 93), ("Минск", 100, 140)),
    ]
    assert _names_over_lists(cut, grid) == []
    middle = [
        line(191, ("Издание", 80, 130), ("сборника", 133, 190)),
        line(205, ("городов»", 80, 130)),
        line(231, ("•", 89, 93), ("Москва", 100, 140)),
        line(238, ("16", 55, 67), ("IV", 320, 332), ("квартал", 335, 380), ("Заместитель", 560, 640)),
        line(245, ("•", 89, 93), ("Минск", 100, 140)),
        line(259, ("•", 89, 93), ("Астана", 100, 140)),
    ]
    assert _names_over_lists(middle, grid) == []
    assert not _top_aligned([cut[:1], cut[1:], middle[:2], middle[2:]], grid)


def test_columns_placed_from_a_band_with_a_signature_keep_the_numbers_column_to_numbers() -> None:
    """Columns placed from a last row's band that runs on into the signature set as close under it
    (a default print) put the event's words in the «№» column: no such columns for the row."""
    from magplan.extract.pdf.plain import _Grid, _numbers_alone

    line = _text_line
    grid = _Grid([112, 255, 322, 403], [112, 255, 322, 403, 540], 88, 540, 0)
    band = [line(469, ("6", 90, 96)), line(476, ("конференция", 112, 190), ("года", 255, 280))]
    assert _numbers_alone(band, grid.bounds, grid)
    signed = [*band, line(502, ("Ответственный", 88, 170), ("секретарь", 173, 230))]
    assert not _numbers_alone(signed, [255, 322, 403, 541], grid)


@pytest.mark.parametrize(
    ("bare_numbers", "page_count", "page_numbers"),
    [
        # Numbers that count the pages, one a page: all of them.
        ([(1, "1", 1), (2, "2", 2), (3, "3", 3)], 3, [1, 2, 3]),
        # A document numbered from its second page (GOST R 7.0.97).
        ([(2, "2", 2), (3, "3", 3)], 3, [2, 3]),
        ([(2, "2", 2)], 2, [2]),
        # A one-page document's own number.
        ([(1, "1", 1)], 1, [1]),
        # A «1» alone under the first page's last line of several: a row's number the break cut.
        ([(1, "1", 1)], 3, []),
        # Row numbers at pages' feet differ page by page from the pages' own.
        ([(1, "7", 7), (2, "12", 12)], 3, []),
        # Pages counted with an offset (a plan printed as pages 5 to 7 of a bulletin).
        ([(1, "5", 5), (2, "6", 6), (3, "11", 11)], 3, [1, 2]),
    ],
)
def test_page_numbers_among_bare_numbers(
    bare_numbers: list[tuple[int, str, int]], page_count: int, page_numbers: list[int]
) -> None:
    assert [page for page, _, _ in read_pdf._counting(bare_numbers, page_count)] == page_numbers


def _centred_unnumbered_grid(row_gap: float | None) -> _Grid:
    """Columns event | date | place of a borderless table without «№», cells centred."""
    from magplan.extract.pdf.plain import _Grid

    return _Grid([250.0, 350.0], [240.0, 340.0, 450.0], 50.0, 450.0, None, dates=1, place=2, row_gap=row_gap)


def test_one_padded_centred_row_of_two_paragraphs_stays_one_row() -> None:
    """A padded row, cells centred: the event's cell of two paragraphs a little apart, its date of
    two lines and its place centred beside them.  The date's lines fall in the middle of a split
    between the paragraphs as they would beside a cell merged over two rows; but two rows of a
    padded table stand the padding apart, and these paragraphs stand closer."""
    from magplan.extract.pdf.plain import _split_unnumbered

    line = _text_line
    size = 10.0
    band = [
        line(0, ("Конференция", 50, 116), ("мэров", 119, 149), size=size),
        line(3, ("март", 250, 274), ("–", 277, 283), size=size),
        line(9, ("Москва", 350, 386), size=size),
        line(15, ("апрель", 250, 286), size=size),
        line(17, ("Секция", 50, 86), ("молодежи", 89, 137), size=size),
    ]
    grid = replace(_centred_unnumbered_grid(1.0), centred_rows=True)
    assert _split_unnumbered(band, grid) == [band]


def test_an_unpadded_centred_row_with_a_date_of_two_paragraphs_stays_one_row() -> None:
    """Rows touching, cells centred: an event of five lines beside a date cell of two paragraphs
    («март», «октябрь») two lines apart and a place in the middle.  The date's two blocks would
    centre two rows cut after the place, but those rows' own boxes would stand a line apart:
    rows that touch do not."""
    from magplan.extract.pdf.plain import _split_unnumbered

    line = _text_line
    size = 10.0
    event = [line(12 * i, (f"Событие{i}", 50, 110), size=size) for i in range(5)]
    band = sorted(
        [*event, line(13, ("март", 250, 274), size=size), line(37, ("октябрь", 250, 292), size=size),
         line(25, ("Москва", 350, 386), size=size)],
        key=lambda ln: ln.top,
    )  # fmt: skip
    assert _split_unnumbered(band, _centred_unnumbered_grid(None)) == [band]


def test_rows_centred_checks_a_block_beside_a_merged_one() -> None:
    """A column whose first block runs on from the row above (a cell merged over both rows) and
    which holds a second block of its own in the lower row, far from that row's middle: the
    second block is checked, and it is off."""
    from magplan.extract.pdf.plain import _rows_centred

    line = _text_line
    size = 10.0
    upper = [line(0, ("Руководители", 50, 122), ("май", 250, 268), size=size), line(12, ("рабочих", 50, 92), size=size)]
    lower = [line(24, ("групп", 50, 80), ("июнь", 250, 274), size=size), line(60, ("Абзац", 50, 80), size=size)]
    assert not _rows_centred([upper, lower], _centred_unnumbered_grid(None))


# -- monospaced prints ------------------------------------------------------------------

# Per-letter advance widths (font sizes) of a proportional sans face's lower-case Cyrillic letters.
_PROPORTIONAL = dict(zip("абвгдежзийклмнопрстуфхцчшщъыьэюя", [
    0.56, 0.57, 0.53, 0.37, 0.58, 0.56, 0.76, 0.46, 0.56, 0.56, 0.44, 0.55, 0.68, 0.55, 0.56, 0.55,
    0.56, 0.50, 0.42, 0.50, 0.82, 0.50, 0.57, 0.52, 0.80, 0.82, 0.60, 0.72, 0.52, 0.51, 0.77, 0.54,
], strict=True))  # fmt: skip
_WORDS = (
    "мероприятие",
    "срок",
    "проведения",
    "место",
    "ответственный",
    "исполнитель",
    "примечание",
    "заседание",
    "совета",
    "ассамблеи",
    "международный",
    "форум",
    "городов",
    "конференция",
    "выставка",
    "семинар",
    "молодежный",
    "фестиваль",
    "культуры",
    "спорта",
    "программа",
    "развития",
    "столицы",
    "информационный",
    "бюллетень",
    "подготовка",
    "журнала",
    "сотрудничество",
)


def _set_words(
    width_of: Callable[[str], float], size: float = 10.0
) -> list[tuple[int, list[Line], list[tuple[float, float, float]]]]:
    """The vocabulary set in lines of five words, each word's box `width_of` it wide (font sizes)."""
    lines = []
    for row in range(0, len(_WORDS), 5):
        words, x = [], 50.0
        for text in _WORDS[row : row + 5]:
            width = width_of(text) * size
            words.append(Word(text, x, x + width, row * 3.0, row * 3.0 + size, size))
            x += width + 2 * size
        lines.append(Line(words, row * 3.0, row * 3.0 + size, size))
    return [(1, lines, [])]


def test_a_monospaced_page_is_told_by_its_word_widths_and_a_proportional_one_is_not() -> None:
    from magplan.extract.pdf.plain import _mono_pitch

    # A scan's boxes end at the ink: a monospaced letter 0.6 wide, its bearings off each end.
    pitch = _mono_pitch(_set_words(lambda text: 0.6 * len(text) - 0.12))
    assert pitch is not None and abs(pitch - 0.6) < 0.01
    assert _mono_pitch(_set_words(lambda text: sum(_PROPORTIONAL[c] for c in text))) is None
    assert _mono_pitch(_set_words(lambda text: 0.6 * len(text))[:0]) is None  # no words: nothing to tell


def test_monospaced_header_words_a_space_and_bearings_apart_are_one_cell() -> None:
    """«Место проведения» of a scanned monospaced print: the ink boxes 0.7 of a font size apart (a
    space of 0.6 and the letters' bearings), more than a proportional font's words ever are."""
    from magplan.extract.pdf.plain import _groups

    words = [Word("Место", 0.0, 29.0, 0, 10, 10.0), Word("проведения", 36.0, 95.0, 0, 10, 10.0)]
    assert [[w.text for w in g] for g in _groups(words)] == [["Место"], ["проведения"]]
    assert [[w.text for w in g] for g in _groups(words, pitch=0.59)] == [["Место", "проведения"]]


@pytest.mark.parametrize(
    ("end", "person", "merged"),
    [
        (("внешнеэкономических", 470, 590), ("связей", 470, 510), True),
        (("Комиссии", 470, 520), ("Секретарь", 470, 530), False),
    ],
)
def test_an_unnumbered_top_aligned_cell_runs_on_beside_cells_that_resume_under_it(
    end: tuple[str, float, float], person: tuple[str, float, float], merged: bool
) -> None:
    """LibreOffice, borderless without «№», rows touching: «Департамент» / «внешнеэкономических»
    (a wrap's space glyph) goes on as «связей» on the next row's first line, which opens beside
    the date and place that were empty on the row above's last line: one cell merged over both
    rows.  A word that would have fitted after a space typed at the cell's end («Секретарь» after
    «Комиссии ») opens the lower row's own cell."""
    from magplan.extract.pdf.plain import _Grid, _run_over

    line = _text_line
    grid = _Grid([250, 350, 460], [240, 340, 450, 590], 60, 590, None, marks_wraps=True)
    upper = [
        line(100, ("Международная", 60, 150), ("конференция", 153, 230), ("27.02", 250, 280), ("Душанбе", 350, 400)),
        line(113.5, ("столиц»", 60, 105), end),
    ]
    upper[1].words[-1].space_after = True  # LibreOffice's space glyph: the wrap's, or a typed one
    lower = [
        line(127, ("Международные", 60, 150), ("19.11.2031", 250, 310), ("Казань", 350, 390), person),
        line(140.5, ("юношей", 60, 110)),
    ]
    assert _run_over([upper, lower], [False, False], grid) == ({(0, 3)} if merged else set())


def test_rows_of_their_own_widths_alike_are_one_part_only_where_their_lines_fit() -> None:
    """Rows printed as tables of their own widths whose columns came out alike are read as one part
    (a cell merged across two of them is then read whole); a row whose line misfits the columns
    above, alike within a hair, stays a part of its own (read under them, its first line went
    across the columns as a heading)."""
    from magplan.extract.pdf.plain import _Grid, _shared_columns

    line = _text_line
    above = _Grid([60, 250, 400], [55, 240, 390, 560], 20, 560, 0)
    alike = _Grid([60.4, 250.3, 400.2], [55, 240, 390, 560], 20, 560, 0)
    first = line(100, ("1.", 20, 32), ("Семинар", 70, 130), ("май", 260, 280), ("Секретарь", 410, 470))
    fitting = line(130, ("2.", 20, 32), ("Форум", 70, 110), ("июнь", 260, 290), ("Члены", 410, 450))
    misfitting = line(130, ("2.", 20, 32), ("Конкурс", 70, 130), ("социальных", 200, 252.5), ("Члены", 410, 450))
    flat = [(1, first), (1, fitting)]
    assert [id(g) for g in _shared_columns(flat, [above, alike])] == [id(above)] * 2
    flat = [(1, first), (1, misfitting)]
    assert [id(g) for g in _shared_columns(flat, [above, alike])] == [id(above), id(alike)]


@pytest.mark.parametrize(
    ("words", "apart"),
    [
        ((("30.01.2029", 225, 294),), False),  # a date alone, right of the event's column: a cell's line
        ((("форум", 46, 87), ("городов-членов", 90, 189), ("Заместитель", 375, 456)), False),  # two runs: a row's
        ((("Мероприятия", 46, 110), ("с", 113, 119), ("участием", 122, 175), ("МАГ", 178, 260)), True),  # a heading
        ((("Информационная", 230, 320), ("деятельность", 323, 390)), True),  # one run centred on the table
    ],
)
def test_a_crossing_line_is_a_row_apart_only_as_a_heading(
    words: tuple[tuple[str, float, float], ...], apart: bool
) -> None:
    """Without numbers, a row of its own widths opens at its padding whatever columns its lines
    cross (`_row_opening`), unless a line between is a row apart: a heading, one run of words from
    the event's column or centred on the table.  A run opening right of the event's column, off
    the table's middle, is a cell's."""
    from magplan.extract.pdf.plain import _Grid, _row_apart

    grid = _Grid([193, 269, 375], [190, 265, 370, 560], 46, 560, None)
    assert _row_apart(_text_line(100, *words), grid) is apart


def test_a_line_over_a_header_cell_is_its_upper_line_only_set_as_its_other_lines() -> None:
    """`plain._line_above`: a browser centres a header row's cells, so a cell of three lines opens
    a line over the others' one line; that line is set in the cell as its other lines are (here
    at their left edge).  A title's last line centred on the page over a cell set at its left
    («на 2020 год» over «Место» / «проведения») is no line of that cell."""
    from magplan.extract.pdf.plain import _header_at, _line_above, _named

    def header(over: tuple[str, float, float]) -> list[Line]:
        return [
            _text_line(0, over),
            _text_line(13.5, ("№", 20, 30), ("Мероприятие", 60, 140), ("Место", 300, 335), ("Срок", 400, 430)),
            _text_line(27, ("проведения", 300, 362)),
        ]

    for over, joined in ((("Дата,", 300, 336), True), (("на 2020 год", 320, 380), False)):
        lines = header(over)
        found = _header_at(lines, 1)
        assert found is not None
        band = lines[1 : 1 + found[1]]
        above = _line_above(lines, 1, band, found[0], _named(band, found[0]), False)
        assert (above is not None) is joined


def test_a_list_margin_under_items_wrapped_under_a_hanging_indent() -> None:
    """`plain._list_margin`: Word's list in a cell, its bullets at the edge of the text above it,
    its items' wrapped lines further in than their text after the bullet («·  в сфере» /
    «молодежной»): the list ends the cell with a bottom margin as high as the band over it."""
    from magplan.extract.pdf.plain import _list_margin

    cell = [
        _line(0, ("членов", 122, 158), ("МАГ", 160, 182)),
        _line(30, ("·", 122, 125), ("в", 134, 140), ("сфере", 145, 180)),
        _line(44, ("·", 122, 125), ("в", 134, 140), ("сфере", 145, 180)),
        _line(58, ("молодежной", 140, 200)),
        _line(72, ("политики", 140, 185)),
    ]
    assert _list_margin(cell, -1) == pytest.approx(16.0)
    # No list at the cell's end: no margin.
    assert _list_margin([*cell, _line(100, ("Москва", 122, 160))], -1) == 0.0


def test_a_bracketed_reference_opening_a_line_is_a_raised_marker() -> None:
    """`group_lines`: Google Docs prints a footnote reference «[1]»; a wrap may set it at a line's
    start before the colon after it, set a little smaller and raised over the colon's baseline."""
    marker = Word("[1]", 75, 87.4, 541.7, 552.3, 10.7)
    colon = Word(":", 87.4, 90.4, 546.7, 557.7, 11.0)
    (line,) = group_lines([marker, colon])
    assert [w.raised for w in line.words] == [True, False]
    assert line.text().startswith("¹")


def test_empty_cells_between_a_shrunk_rows_cells_told_by_their_gaps() -> None:
    """`plain._empty_cells_between`: a browser's table shrunk to its text sets each two cells'
    text one padding apart; an empty cell between adds that gap again («октябрь    Устав МАГ»).
    Gaps of any other width (cells of set widths) tell nothing."""
    from magplan.extract.pdf.plain import _empty_cells_between, _run_spans

    def empties(*cells: tuple[str, float, float]) -> list[int] | None:
        line = _text_line(0, *cells, size=11.0)
        return _empty_cells_between(_run_spans(line), line.size)

    # «4.  Заседание Совета МАГ  октябрь    Устав МАГ», 266-005's last row.
    row = (("4.", 44.5, 52.8), ("Заседание", 61.8, 109.1), ("Совета", 111.8, 144.5), ("МАГ", 147.2, 171.3))
    assert empties(*row, ("октябрь", 180.3, 216.8), ("Устав", 234.8, 261.2), ("МАГ", 263.9, 288.0)) == [0, 0, 1]
    # Every gap the same: no empty cell stands between (any empty one is after the last).
    assert empties(*row, ("октябрь", 180.3, 216.8), ("Устав", 225.8, 252.2)) is None
    # Gaps of set widths, no whole numbers of one another: nothing told.
    assert empties(*row, ("октябрь", 180.3, 216.8), ("Устав", 238.8, 265.2)) is None
    # A wide gap is no whole number of the narrow ones but by more than the slack of one.
    assert empties(*row, ("октябрь", 180.3, 216.8), ("Устав", 276.8, 303.2)) is None
    # The narrowest gap only once: no unit to count in.
    assert empties(("4.", 44.5, 52.8), ("Заседание", 61.8, 109.1), ("октябрь", 127.1, 163.6)) is None


@pytest.mark.parametrize(
    ("text", "under", "named"),
    [
        ("Нижний", "Новгород", True),
        ("г. Казань", "", True),
        ("Конгресс-центр", "«Экспофорум»", True),
        # A remark over two lines: its wording runs on in small letters.
        ("Место", "уточняется", False),
        ("Москва", "г. Казань", True),  # a name under it, in small letters
        ("Организаторы: МАГ", "", False),
        ("по согласованию", "", False),
    ],
)
def test_a_cell_of_names_only_unless_its_wording_runs_on(text: str, under: str, named: bool) -> None:
    """`plain._named_only`: which cell's line reads as a place's name (capitalised words only)."""
    from magplan.extract.pdf.plain import _named_only

    assert _named_only(text, under) is named


def test_a_place_cells_next_line_is_only_its_own_cells() -> None:
    """`plain._cue_lines`: «Место» / «уточняется», a cell's two lines, is a remark, no place's name;
    «Москва» over the next row's «по согласованию» (a row's padding apart) stays a name."""
    from magplan.extract.pdf.plain import _cue_lines

    cuts = [50.0, 200.0, 300.0]  # №, event, place, note
    remark = [_text_line(0, ("Место", 210, 240)), _text_line(13, ("уточняется", 210, 270))]
    assert _cue_lines(remark, cuts, 2, 3)[2] == 0
    rows = [_text_line(0, ("Москва", 210, 250)), _text_line(30, ("по", 210, 222), ("согласованию", 225, 290))]
    assert _cue_lines(rows, cuts, 2, 3)[2] == 1


def test_a_columns_room_for_the_fit_test_reaches_towards_the_next_column() -> None:
    """`plain._rooms`: a column whose longest line ends well short of the next column gets the
    room up to it, less the narrowest gap any column leaves (the cells' paddings), and never past
    half the way there (the next column may start at a channel's middle or at centred text); the
    last column keeps its text's reach, and a table whose columns all fill their cells keeps all."""
    from magplan.extract.pdf.plain import _Grid, _rooms

    # Name 57–347 (next at 360.5: a 13.5 pt gap, the narrowest), date to 456 (next at 500.8).
    grid = _Grid(bounds=[360.5, 500.8, 640.8], rights=[347.0, 456.0, 579.0, 762.0], left=57, right=785, number=None)
    rooms = _rooms(grid)
    assert rooms[0] == 347.0  # the narrowest gap's own column: as far as its text
    assert rooms[1] == (456.0 + 500.8) / 2  # half the way: 478.4, short of 500.8 − 13.5
    assert rooms[2] == pytest.approx((579.0 + 640.8) / 2)  # half the way: 609.9, short of 640.8 − 13.5
    assert rooms[3] == 762.0
    full = _Grid(bounds=[100, 200], rights=[100, 200, 300], left=0, right=300, number=None)
    assert _rooms(full) == [100, 200, 300]


def test_centred_rows_at_a_pages_foot_leave_the_cut_last_row_unmeasured() -> None:
    """`plain._rows_centred` with `cut_end`: the page's last row, cut by the break, has its cells
    centred on the whole row (its rest on the next page), off its part's middle here: not
    measured, where every row holds text in two columns or more; without `cut_end`, or where a
    row holds one column only (a cell's second paragraph), it is."""
    from magplan.extract.pdf.plain import _Grid, _rows_centred
    from magplan.extract.pdf.words import Line, Word

    size = 10.0

    def line(*words: tuple[str, float, float, float]) -> Line:
        out = [Word(text, x0, x1, at, at + size, size) for text, x0, x1, at in words]
        return Line(out, min(w.top for w in out), max(w.bottom for w in out), size)

    grid = _Grid(bounds=[200, 300], rights=[190, 290, 400], left=0, right=400, number=None, row_gap=0.5)
    whole = [line(("Форум", 10, 90, 0)), line(("молодёжи", 10, 90, 12), ("май", 200, 230, 6), ("Минск", 300, 350, 6))]
    # The cut row: three lines of its name, its date and place by the last (its middle lower down).
    cut = [
        line(("Фестиваль", 10, 90, 30)),
        line(("городов", 10, 90, 42)),
        line(("дружбы", 10, 90, 54), ("июнь", 200, 240, 54), ("Гомель", 300, 360, 54)),
    ]
    assert not _rows_centred([whole, cut], grid)
    assert _rows_centred([whole, cut], grid, cut_end=True)
    # A row above it of one column only (a cell's paragraph, maybe): the cut row is measured.
    lone = [line(("Форум", 10, 90, 0)), line(("молодёжи", 10, 90, 12))]
    assert not _rows_centred([lone, cut], grid, cut_end=True)


def test_a_list_margin_under_one_line_items_each_a_paragraph() -> None:
    """`plain._list_margin`: Word's list printed as it is, each one-line item a paragraph set off by
    its margins like the event's name over it: no wrapped line shows the cell's own line gap, so a
    line's leading stands for it and the list ends the cell with the margin beyond it."""
    from magplan.extract.pdf.plain import _LEADING, _list_margin

    cell = [
        _line(0, ("Заседание", 116, 160), ("Совета", 162, 200)),
        _line(26, ("·", 116, 119), ("ВАРМСУ", 129, 180)),
        _line(52, ("·", 116, 119), ("АГП", 129, 150)),
        _line(78, ("·", 116, 119), ("АГУ", 129, 150)),
    ]
    size = cell[-1][0].size
    gap = 26 - size  # each line's box a font size tall
    assert _list_margin(cell, -1) == pytest.approx(gap - _LEADING * size)


def _column_lefts(lines: list[Line]) -> list[float]:
    """The left edges of the columns `plain_tables` places for the borderless table of `lines`."""
    from magplan.extract.pdf.plain import plain_tables

    ((_, cells),) = plain_tables([(1, lines, [])])[1]
    return sorted({round(c[0], 1) for c in cells})


def test_a_short_tables_cells_a_space_apart_stand_where_the_header_and_every_row_start_a_word() -> None:
    """WeasyPrint's default print of a two-row table, no padding: «Сроки Ответственный» a space
    apart, «январь Руководитель МО» and «аттестации март» too.  No line's run of words starts at the
    columns and two rows make no peak of starts: the date and the person ran into one column.
    Every row starts a word where «Сроки» and «Ответственный» start."""
    line = _text_line
    lines = [
        line(
            50,
            ("№", 40, 50),
            ("Тема", 60, 90),
            ("заседания", 94, 150),
            ("Сроки", 200, 230),
            ("Ответственный", 234, 310),
        ),
        line(
            70,
            ("1", 40, 45),
            ("Анализ", 60, 100),
            ("олимпиады", 104, 170),
            ("январь", 200, 231),
            ("Руководитель", 234, 300),
        ),
        line(
            86,
            ("2", 40, 45),
            ("Подготовка", 60, 120),
            ("аттестации", 124, 196),
            ("март", 200, 222),
            ("Руководитель", 234, 300),
        ),
        line(120, ("Руководитель", 40, 100), ("МО", 104, 120), ("С.И.", 140, 160), ("Волков", 164, 200)),
    ]
    lefts = _column_lefts(lines)
    assert [x for x in lefts if x > 150] == [199.2, 233.2]


def test_a_header_cells_second_word_over_starts_that_meet_it_by_chance_stays_one_cell() -> None:
    """«Наименование» over «мероприятия», centred in one cell: both rows start a word right where
    «мероприятия» does, by chance.  No line of the header shows a gap there (its first line crosses
    it, its second starts there): the cell is one column still."""
    line = _text_line
    lines = [
        line(50, ("№", 40, 50), ("Наименование", 60, 140), ("Срок", 200, 230), ("Место", 260, 300)),
        line(64, ("мероприятия", 70, 135)),
        line(84, ("1", 40, 45), ("Сессия", 60, 66), ("Совета", 70, 110), ("май", 200, 222), ("Минск", 260, 300)),
        line(100, ("2", 40, 45), ("Форум", 60, 66), ("городов", 70, 120), ("июнь", 200, 225), ("Москва", 260, 300)),
    ]
    assert _column_lefts(lines)[1:] == [59.2, 199.2, 259.2]


def test_header_cells_on_lines_of_their_own_a_space_apart_part_where_every_row_starts_a_word() -> None:
    """A browser's print without padding and without space glyphs to tell cells by (a scan's words):
    «Место» / «проведения», centred on two lines, ends 7 points before «Ответственный», set on the
    line between them.  No line of the header holds words on both sides of the gap, but no header
    word stands across it and every row starts a word there: two columns, not one."""
    line = _text_line
    lines = [
        line(246, ("Место", 329, 373)),
        line(253, ("№", 127, 140), ("Мероприятие", 143, 239), ("Дата", 271, 304), ("Ответственный", 420, 530)),
        line(260, ("проведения", 329, 413)),
        line(284, ("1", 127, 135), ("Концерт", 143, 200), ("7", 271, 278), ("Большой", 329, 385), ("зал", 389, 411),
             ("Иванова", 420, 473), ("Н.А.", 477, 504)),
        line(322, ("2", 127, 135), ("Вечер", 143, 182), ("27", 271, 286), ("Малый", 329, 374), ("зал", 377, 399),
             ("Петрова", 420, 473), ("Е.В.", 477, 502)),
        line(367, ("3", 127, 135), ("Конкурс", 143, 213), ("20", 271, 286), ("Большой", 329, 385), ("зал", 389, 411),
             ("Сидоров", 420, 473), ("А.П.", 477, 504)),
    ]  # fmt: skip
    assert _column_lefts(lines)[-2:] == [328.2, 419.2]


def _printed_again(*texts: str) -> list[Line]:
    """Lines of the given texts, a line each, their words 60 pt apart."""
    return [
        _text_line(100 + 14 * k, *((word, 40 + 60 * i, 90 + 60 * i) for i, word in enumerate(text.split())))
        for k, text in enumerate(texts)
    ]


_HEADER_OF_FOUR = ("№", "Наименование Срок Ответственные", "мероприятия проведения", "п")


@pytest.mark.parametrize(
    ("lines", "at", "prints"),
    [
        # As printed: the header again.
        (_HEADER_OF_FOUR, 0, True),
        # A scan reads it a little otherwise each time: a speck by a word, a letter's case, «№»
        # (the first row's line under it).
        (("hp", "Наименование Срок Ответственные ¥", "Мероприятия проведения", "п", "Форум городов"), 0, True),
        (("№", "н аименование Срок Ответственные", "мероприятия проведения .", "п", "Форум городов"), 0, True),
        # A header naming another column is another table's.
        (("№", "Наименование Место Ответственные", "мероприятия проведения", "п"), 0, False),
        # A month's name over it with all but its last line reads as most of it, but less well
        # than the lines a line under it: the header starts there.
        (("Январь", *_HEADER_OF_FOUR), 0, False),
        (("Январь", *_HEADER_OF_FOUR), 1, True),
        # … and so do all but its first line with the first row's first line.
        ((*_HEADER_OF_FOUR, "Форум"), 1, False),
        # A row is no header.
        (("1. Форум городов май Отдел", "Выставка июнь Отдел", "городов", "п"), 0, False),
    ],
)
def test_a_header_printed_again_is_told_by_most_of_its_letters(lines: tuple[str, ...], at: int, prints: bool) -> None:
    from magplan.extract.pdf.plain import _prints_header

    assert _prints_header(_printed_again(*lines), at, _printed_again(*_HEADER_OF_FOUR)) is prints


@pytest.mark.parametrize(("number", "ends"), [("1.", True), ("4.", False)])
def test_a_notes_list_under_the_table_is_no_rows_of_it(number: str, ends: bool) -> None:
    """A web page's footnotes printed as a numbered list under a borderless table, a wide band
    over them: «1.» under the «№» column, set at the list's indent, starts a list of its own (no
    rows go on with a «1» after «3»).  A «4.» there is the next row after the table's padding."""
    from magplan.extract.pdf.plain import plain_tables

    line = _text_line
    lines = [
        *_unruled_header(),
        line(84, ("1.", 40, 50), ("Форум", 70, 110), ("май", 250, 270), ("Отдел", 350, 390)),
        line(100, ("2.", 40, 50), ("Выставка", 70, 120), ("июнь", 250, 275), ("Отдел", 350, 390)),
        line(116, ("3.", 40, 50), ("Семинар", 70, 120), ("июль", 250, 275), ("Отдел", 350, 390)),
        line(170, (number, 52, 62), ("Даты", 66, 96), ("ориентировочные.", 100, 200)),
    ]
    ((box, _),) = plain_tables([(1, lines, [])])[1]
    assert (box[3] < 170) is ends


@pytest.mark.parametrize(
    ("above", "below", "apart"),
    [
        # A list of dates that ended over the next row's month: two dates of their own.
        ("01.10.2026; 07.11.2026", "январь", True),
        ("апрель, декабрь", "07.12.2025", True),
        # A list left on its separator, a range on its dash: the rest below.
        ("12.02.2026; 07.03.2026;", "01.10.2026", False),
        ("15 марта –", "20 апреля", False),
        # A year wrapped onto its own line is the date's.
        ("15 марта", "2026 г.", False),
        ("I квартал", "2026 года", False),
        # Not a date above: nothing to tell.
        ("по согласованию", "январь", False),
    ],
)
def test_a_date_column_s_lines_are_two_dates_of_their_own(above: str, below: str, apart: bool) -> None:
    """A borderless table's date column: a line that ends a date with no list's separator, over a
    date's wording whole, holds two cells' dates (rows that touch: the next row's)."""
    from magplan.extract.pdf.plain import _dates_apart, _Grid

    grid = _Grid(bounds=[100.0, 200.0], rights=[100.0, 200.0, 300.0], left=0.0, right=300.0, number=None, dates=1)
    upper, lower = _line(0, *_words_at(above, 100)), _line(14, *_words_at(below, 100))
    assert _dates_apart(upper, lower, 1, grid) is apart
    assert not _dates_apart(upper, lower, 0, grid)  # only in the date's column


@pytest.mark.parametrize(
    ("above", "below", "cut"),
    [
        ("Исполнительны", "й комитет МАГ", True),
        ("Исполнительный", "комитет МАГ", False),  # two words
        ("Исполнительны", "Й комитет", False),  # a capital opens the next row's cell
    ],
)
def test_a_word_a_narrow_column_cut_without_a_hyphen(above: str, below: str, cut: bool) -> None:
    from magplan.extract.pdf.plain import _word_cut

    assert _word_cut(_line(0, *_words_at(above, 300)), _line(14, *_words_at(below, 300))) is cut


def _words_at(text: str, x: float) -> list[tuple[str, float, float]]:
    """The words of `text` set from `x` on, six points a letter and a space apart."""
    out: list[tuple[str, float, float]] = []
    for word in text.split():
        out.append((word, x, x + 6 * len(word)))
        x += 6 * len(word) + 3
    return out


def _row_tops(lines: list[Line]) -> list[float]:
    """The tops of the rows (header's first) the borderless table finder reads from `lines`."""
    from magplan.extract.pdf.plain import plain_tables

    ((_, cells),) = plain_tables([(1, lines, [])])[1]
    return sorted({c[1] for c in cells})


def test_a_line_over_the_first_number_is_the_first_rows_only_where_rows_stand_centred() -> None:
    """Rows set at the top, a word processor's (lines a pitch apart, none interleaved): a heading
    in the event's column right under the header, in the text's face («Раздел 1. Культура»), over
    a two-line row — a row of its own, though the number stands in the middle of the three lines
    (`plain._first_row_round_its_number` asks for lines that interleave somewhere in the table).
    Rows centred on their numbers (a browser's, a number half a line under its name's first line
    below): the name's first line over the first number is the first row's own.  (A scan whose
    first row stands in a band of its own: `test_a_name_round_the_first_rows_number_is_no_heading`.)"""
    line = _text_line
    top_set = [
        line(80, ("Раздел", 70, 110), ("1.", 113, 122), ("Культура", 125, 180)),
        line(94, ("1.", 40, 50), ("Фестиваль", 70, 130), ("май", 250, 270), ("Отдел", 350, 390)),
        line(108, ("искусств", 70, 120)),
        line(122, ("2.", 40, 50), ("Концерт", 70, 120), ("июнь", 250, 280), ("Отдел", 350, 390)),
    ]
    assert _row_tops([*_unruled_header(), *top_set]) == [49.5, 79.5, 93.5, 121.5]
    centred = [
        line(80, ("Августовская", 70, 150)),
        line(94, ("1.", 40, 50), ("педагогическая", 70, 160), ("май", 250, 270), ("Отдел", 350, 390)),
        line(108, ("конференция", 70, 150)),
        line(122, ("Семинар", 70, 120), ("для", 123, 140), ("1", 250, 256), ("раз", 259, 280), ("Отдел", 350, 390)),
        line(129, ("2.", 40, 50)),
        line(136, ("молодых", 70, 120), ("педагогов", 123, 180), ("квартал", 250, 290), ("кабинет", 350, 400)),
    ]
    assert _row_tops([*_unruled_header(), *centred])[:2] == [49.5, 79.5]
    assert len(_row_tops([*_unruled_header(), *centred])) == 3


def test_a_header_printed_again_read_in_pieces_is_told_by_its_letters_under_a_heading() -> None:
    """`plain._repeated_header`: a scan reads the header printed over page 2 (three lines: «Дата»
    over the others, «проведения» under them) as two overlapping lines of pieces of words, out of
    order («На именов. еновани. е Mi ероприя тия»): nearly all its letters and few others make it
    the header again, at the page's top or under a heading («Январь»); the heading is no line of
    it (it heads the rows under it), and a row of the plan is none.  A band of as many lines as the
    header and one more is never tried: at a page's top it takes a heading over the next section's
    header for it («IV квартал»)."""
    from magplan.extract.pdf.plain import _Header, _repeated_header

    header_lines = [
        _text_line(95, ("Дата", 200, 230)),
        _text_line(
            100, ("№", 10, 20), ("Наименование", 40, 120), ("мероприятия", 122, 190), ("Ответственный", 300, 390)
        ),
        _text_line(106, ("проведения", 200, 260)),
    ]
    header = _Header(page=1, first=0, lines=header_lines, groups=[(10, 25), (40, 190), (200, 260), (300, 390)])
    pieces = [
        _text_line(60, ("№", 10, 20), ("пут", 22, 30), ("На", 40, 52), ("ероприя", 80, 110), ("д", 200, 205)),
        _text_line(66, ("именов.", 50, 80), ("еновани.", 60, 95), ("тия", 110, 120), ("ата", 206, 230)),
    ]
    rest = _text_line(72, ("проведения", 200, 260), ("Ответственный", 300, 390))
    pieces[1].words.extend(rest.words)
    row = _text_line(90, ("12", 10, 20), ("Чествование", 40, 110), ("юбиляров", 112, 160), ("январь", 200, 240))
    assert _repeated_header([*pieces, row], header) == (0, 2)
    heading = _text_line(40, ("Январь", 40, 90))
    assert _repeated_header([heading, *pieces, row], header) == (1, 2)
    assert _repeated_header([row, row], header) == (0, 0)
    # A heading over the next section's header printed whole, two lines down: no header read in pieces.
    other = _text_line(60, ("№", 10, 20), ("Наименование", 40, 120), ("мероприятия", 122, 190), ("Срок", 200, 230))
    section = _text_line(80, ("Январь", 40, 90))
    assert _repeated_header([other, row, section, *header_lines], header) == (0, 0)
