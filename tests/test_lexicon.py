"""The Russian word list (magplan.normalize.lexicon) that tells a word cut at a line end from two words."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from magplan.normalize.lexicon import one_word, russian_word, two_words

FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.mark.parametrize(
    ("head", "rest", "cut"),
    [
        # Cut by LibreOffice at a narrow column's edge: joined a known form, a part is none.
        ("Месячни", "к", True),
        ("Литер", "атурная", True),
        ("библи", "отека", True),
        ("Финанси", "рование", True),
        ("Исполнитель", "ная", True),
        ("общественнос", "тью", True),
        ("Начальни", "к", True),
        ("согласовани", "ю", True),
        ("ОРГАНИЗ", "АЦИОННАЯ", True),
        ("Никити", "на", True),
        ("руководит", "елями", True),  # both words, long, joined a third: cut
        # Two words: joined no form, or both parts are words.
        ("для", "детей", False),
        ("по", "плану", False),
        ("Нижний", "Новгород", False),
        ("Ответственный", "секретарь", False),
        ("согласованию", "с", False),
        ("все", "мирный", False),  # both words, one short, joined a third: stays two
        ("по", "ход", False),
        ("март", "а", False),  # both words (the rule of a preposition alone at the cell's end decides)
        # Abbreviations, Latin, numbers, surnames the dictionary lacks: never glued by it.
        ("МАГ", "СНГ", False),
        ("Sankt", "petersburg", False),
        ("2027", "года", False),
        ("Кречетов", "ск", False),
        ("г.", "Москва", False),
    ],
)  # fmt: skip
def test_one_word_over_real_wordings(head: str, rest: str, cut: bool) -> None:
    assert one_word([head, rest]) is cut


def test_a_word_cut_over_several_lines_is_one_word() -> None:
    # A column a few letters wide: «Мес» / «ячни» / «к», «Литер» / «атурн» / «ая».
    assert one_word(["Мес", "ячни", "к"]) and one_word(["Литер", "атурн", "ая"])
    assert not one_word(["Литер", "атурн"]) and not one_word(["безо", "пасн"])


def test_two_words_only_where_both_are_long_enough_to_be_words_of_their_own() -> None:
    assert two_words("коллегии", "управления") and two_words("медиа", "форум")
    # Short forms are as often a cut word's rest; joined a known form, or a part none: not two.
    assert not two_words("сух", "ум") and not two_words("телег", "рам") and not two_words("коронавирус", "ной")
    assert not two_words("руководит", "елями") and not two_words("месячни", "к")


def test_russian_word_reads_e_as_yo_and_refuses_parts_and_latin() -> None:
    assert russian_word("ещё") and russian_word("еще") and russian_word("Безопасности")
    assert not russian_word("месячни") and not russian_word("длядетей")
    assert not russian_word("plan") and not russian_word("2027") and not russian_word("")


def test_the_dictionary_is_read_only_when_asked(tmp_path: Path) -> None:
    """A DOCX plan is read without loading the word list (the CLI's cold start does not pay for it)."""
    script = (
        "import sys, magplan\n"
        f"magplan.read_plan({str(FIXTURES / 'plan-2026.docx')!r})\n"
        "assert not any(m.startswith(('pymorphy3', 'dawg')) for m in sys.modules), 'loaded'\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_without_the_dictionary_every_word_is_unknown_and_a_pdf_still_reads() -> None:
    """An environment without the dictionary (set up before it became a dependency) reads PDFs by
    the reader's own rules: no word is known, no cut is told by the dictionary, nothing fails."""
    script = (
        "import sys\n"
        "sys.modules['dawg_python'] = None\n"  # import fails, as where it is not installed
        "import magplan\n"
        "from magplan.normalize.lexicon import one_word, russian_word, two_words\n"
        "assert not russian_word('месячник') and not one_word(['Месячни', 'к'])\n"
        "assert not two_words('коллегии', 'управления')\n"
        f"plan = magplan.read_plan({str(FIXTURES / 'corpus' / 'plan-2025.pdf')!r})\n"
        "assert len(plan.records) == 42, len(plan.records)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
