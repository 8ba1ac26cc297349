"""Is this a Russian word form?  OpenCorpora's dictionary of word forms, as pymorphy3 ships it.

One job: the PDF reader asks it whether a word that a narrow column's edge cut
without a hyphen («Месячни» / «к безопасности», «Литер» / «атурная») is one
word or two.  Only the dictionary's list of forms is read (its words DAWG,
about 7 MB, read in some milliseconds), not the analyser's paradigms and
predictions: a form is known or not, nothing is guessed, so a surname or a
place the dictionary lacks is never a known word.  It is read on the first
question, never on import: documents without such a line end (every DOCX,
HTML, most PDFs) and the CLI's cold start do not pay for it.

The dictionary ships in the `pymorphy3-dicts-ru` wheel; nothing is downloaded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Protocol, cast

# Russian letters only: Latin words, numbers, abbreviations with points are not asked about.
_RUSSIAN = re.compile("[а-яё]+")
# Parts of a cut that are words themselves are this long at least: shorter words (prepositions,
# pronouns, conjunctions, «а», «все», «при») make other words with the word after them.
_WHOLE_PART = 4
# Print often sets «е» for «ё» («ещё» as «еще»); the dictionary spells «ё».
_YO = {"е": "ё"}
# pymorphy3's words DAWG: each form's paradigm and form index (`pymorphy3.dawg.WordsDawg.DATA_FORMAT`).
_RECORD = ">HH"


class _Forms(Protocol):
    def similar_keys(self, key: str, replaces: object) -> list[str]: ...


@cache
def _forms() -> tuple[_Forms, object] | None:
    """The dictionary's word forms and the «е»→«ё» replacement table, read once per process.

    Read as pymorphy3's `WordsDawg` reads it (a record DAWG of two unsigned shorts a form, by
    DAWG-Python, its reader), without importing the analyser: half the time and memory.

    None where the dictionary is not installed (an environment set up before it became a
    dependency): the dictionary only settles what the reader's own rules leave open, so every
    word is then unknown and those rules decide alone, rather than every PDF failing to read.
    """
    try:
        import dawg_python  # type: ignore[import-untyped]
        import pymorphy3_dicts_ru  # type: ignore[import-untyped]

        forms = dawg_python.RecordDAWG(_RECORD).load(f"{pymorphy3_dicts_ru.get_path()}/words.dawg")
    except (ImportError, OSError):
        return None
    return cast(_Forms, forms), dawg_python.DAWG.compile_replaces(_YO)


def russian_word(text: str) -> bool:
    """Is `text` (one word, any case) a form of a Russian word in the dictionary («месячник»,
    «безопасности», «к»), «е» read as «ё» where the dictionary spells it so?

    Not a part of a word («месячни», «атурная», «ная»), not a word of two run together
    («длядетей»), not a Latin word or a number: False.
    """
    word = text.lower()
    if not _RUSSIAN.fullmatch(word):
        return False
    dictionary = _forms()
    if dictionary is None:
        return False
    forms, replaces = dictionary
    return bool(forms.similar_keys(word, replaces))


def one_word(parts: Sequence[str]) -> bool:
    """Are `parts` (the words that ended and opened lines, in order) one word that the lines'
    edge cut without a hyphen?

    Yes when joined they are a known form and a part is none: «Месячни» + «к», «Литер» + «атурн» +
    «ая», «Финанси» + «рование», «Исполнитель» + «ная».  Where every part is a word too, only
    when each is longer than the short words that make other words with the next one
    («руководит» + «елями»; not «все» + «мирный», «по» + «ход», «Правительств» + «а»: the
    reader's other rules decide those).  A joined form the dictionary lacks (a surname, «для» +
    «детей», «по» + «плану») is never one word by this rule.
    """
    if len(parts) < 2 or not all(_RUSSIAN.fullmatch(part.lower()) for part in parts):
        return False
    if not russian_word("".join(parts)):
        return False
    return not all(russian_word(part) for part in parts) or min(map(len, parts)) >= _WHOLE_PART


def two_parts(head: str, rest: str) -> bool:
    """Are `head` and `rest` each a known form at least as long as a word of its own
    (`_WHOLE_PART`), whatever they make joined: the two words of a compound may be («жилищно» |
    «коммунального», which the dictionary also knows run together).  A word cut in two may be as
    well («просветитель» | «ская»): the caller tells them apart by more."""
    return min(len(head), len(rest)) >= _WHOLE_PART and russian_word(head) and russian_word(rest)


def two_words(head: str, rest: str) -> bool:
    """Are `head` and `rest` (the text before and after a line end, each joined over its run of cut
    lines) two words, by the dictionary: both known forms at least as long as a word of its own
    (`_WHOLE_PART`), and joined none («коллегии» | «управления»)?

    A shorter form is as often the rest of a cut word the dictionary lacks as a word («Сух» / «ум»,
    «Телег» / «рам», «коронавирус» / «ной»): the reader's other rules decide those.
    """
    return two_parts(head, rest) and not russian_word(head + rest)
