"""Single letters Tesseract confuses inside a word, put right where its dictionary settles it,
and a Latin capital read for a Russian preposition.

A photo's soft print closes the bowls of «ф» into «о» («Иноормационно-издательская» for
«Информационно-…»).  A word neither Tesseract's dictionary nor the project's (`lexicon`,
OpenCorpora's forms: it knows «внешнеэкономических», Tesseract's does not) knows is mended
when exactly one way of putting such a letter back makes a word of either; a word one of
them knows, a short word, a name they do not know and no swap makes known: all stay as read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from magplan.extract.ocr.tesseract import Word, is_word
from magplan.normalize import lexicon

# The letter read → the letter printed: a bowl closed («о» for «ф»), a gap opened or closed
# («е» for «с», «общественноетью»; «с» for «е»), the bar of «э» lost («Мзрия»), the top of «п»
# («лредприятия»), a foot of «д» for «л» («генерадьный»); the soft sign read as the hard one or
# as a Latin «b» at a word's end («руководителъ», «руководителb»).
_CONFUSED = {"о": "ф", "О": "Ф", "е": "с", "с": "е", "з": "э", "З": "Э", "л": "п", "д": "л", "ъ": "ь", "b": "ь"}
# Latin capitals read for the Cyrillic preposition they look like, between a Russian word and its
# object on its line («Участие B IX Московском …», «Лето BO дворах»; a «корпус B» at a line's end stays).
_LATIN_PREPOSITIONS = {"B": "в", "BO": "во", "Bo": "во"}
_ENDS_CYRILLIC = re.compile(r"[А-Яа-яЁё][»”)]?[,.]?$")
# What a preposition's object opens with: a Russian word, a figure, a Roman numeral, a quote;
# after «во», a word in small letters or a figure (a capital may open an abbreviation's name).
_SMALL_OBJECT = re.compile(r"[«\"„]?[а-яё0-9]")
# What a preposition's object opens with: a Russian word, a figure, a Roman numeral, a quote.
_OBJECT_START = re.compile(r"[А-Яа-яЁё0-9IVXLC«\"„]")
# Shorter words have too many neighbours in the dictionary to be mended by one letter.
_SHORTEST = 5
# A word's Cyrillic letters, a Latin «b» (the soft sign misread) perhaps ending them.
WORD_PART = r"[А-Яа-яЁё]+(?:b(?![A-Za-z]))?"
_PART = re.compile(WORD_PART)
_SOFT_SIGN_READINGS = "".join(read for read, printed in _CONFUSED.items() if printed == "ь")
# A row's number glued to the event's name after it (no Russian word opens with a figure, nor
# with a capital before a capital and a small letter): «3Турнир», «ЗТурнир» (the «3» read «З»),
# or with the column's border read between where both touch it («З|Общественные»).
_GLUED_NUMBER = re.compile(r"(?P<number>\d{1,3}\.?|З)(?P<bar>\|?)(?P<name>[А-ЯЁ][а-яё].*)")
# The header's «№» glued to the next header cell's name («№Наименование»: WeasyPrint's default
# print sets the cells a space apart); the sign is about one and a half of its letters wide.
_GLUED_NUMERO = re.compile(r"(?P<number>№)(?P<name>[А-ЯЁ][а-яё].*)")
_NUMERO_LETTERS = 1.5
# A row number opening its line, and what a «4» there may be read as (Latin and Cyrillic «A»);
# how many lines must open with a number at its left edge to make a column of them.
_ROW_NUMBER = re.compile(r"\d{1,3}\.?")
_FOUR_READINGS = frozenset("AА")
_NUMBER_COLUMN = 3


# Marks that no Russian text prints, which a scan's specks are read as (`without_glued_specks`).
_SPECK_MARKS = "`´"
# A person's initial («К.»).
_INITIAL = re.compile(r"[А-ЯЁ]\.")


def mend_letters(words: list[Word]) -> list[Word]:
    """`words` with the confused letters of unknown words put back (`_CONFUSED`), and a Latin
    capital read for a preposition after a Russian word put back (`_LATIN_PREPOSITIONS`)."""
    words = _prepositions(words)
    if not _known_word("информационно"):  # no dictionary at hand: nothing settles a letter
        return words
    # A line's last word may be cut at its end (its rest on the next line): its last letter stays.
    lasts = {id(max((w for w in words if w.line == line), key=lambda w: w.x1)) for line in {w.line for w in words}}
    return [_mended(word, cut=id(word) in lasts) for word in words]


def _prepositions(words: list[Word]) -> list[Word]:
    out: list[Word] = []
    for word in words:
        if word.text in _LATIN_PREPOSITIONS:
            line = [w for w in words if w.line == word.line]
            before = [w for w in line if w.x1 <= word.x0]
            after = [w for w in line if w.x0 >= word.x1]
            if not after and len(word.text) > 1:
                # Its object wrapped onto the next line («Лето BO» / «дворах»); not a lone «B» («…
                # корпус B» / «Москва»: a letter of its own may end a line).
                block, paragraph, number = word.line
                after = [w for w in words if w.line == (block, paragraph, number + 1)]
            previous = max(before, key=lambda w: w.x1).text if before else ""
            following = min(after, key=lambda w: w.x0).text if after else ""
            # «ФГБОУ BO «МГУ»»: the abbreviation «ВО» after another, or before a name's capital.
            abbreviation = len(word.text) > 1 and (previous.isupper() or not _SMALL_OBJECT.match(following))
            if not abbreviation and _ENDS_CYRILLIC.search(previous) and after and _OBJECT_START.match(following):
                letter = _LATIN_PREPOSITIONS[word.text]
                # After a sentence's end it opens the next: a capital.
                word = replace(word, text=letter.upper() if previous.endswith(".") else letter)
        out.append(word)
    return out


def without_glued_specks(words: list[Word]) -> list[Word]:
    """`words` with a speck read as a mark no Russian text prints («`», «´») and glued to the word
    it stands against taken off it, the word's box moved off the speck by the mark's share of its
    letters: «`Ташкенте» set the name's start left of its column's and read it across two."""
    out: list[Word] = []
    for word in words:
        kept = word.text.lstrip(_SPECK_MARKS)
        if kept != word.text and kept[:1].isalpha():
            cut = len(word.text) - len(kept)
            word = replace(word, text=kept, x0=word.x0 + round((word.x1 - word.x0) * cut / len(word.text)))
        out.append(word)
    return out


def part_glued_numbers(words: list[Word]) -> list[Word]:
    """`words` with a row's number glued to the name after it, opening its line, parted where
    the letters' share of the box puts the join (a spreadsheet sets the number flush right, a
    letter's width from the name: Tesseract reads no space there), and so the header's «№» glued
    to the next cell's name; a «З» alone opening its line is a «3» too, and an «A» opening its
    line where the other lines' row numbers open theirs is a «4»."""
    firsts: dict[tuple[int, int, int], Word] = {}
    for word in words:
        if word.line not in firsts or word.x0 < firsts[word.line].x0:
            firsts[word.line] = word
    numbers = [w.x0 for w in firsts.values() if _ROW_NUMBER.fullmatch(w.text)]
    out: list[Word] = []
    for word in words:
        if firsts[word.line] is word and word.text in ("З", "З.") and not _initial_next(word, words):
            # A row's «3» read as the letter it looks like, alone: no Russian word is «З» (but an
            # initial is: «З. К. Мамедова»).
            out.append(replace(word, text=word.text.replace("З", "3")))
            continue
        if (
            firsts[word.line] is word
            and word.text.rstrip(".") in _FOUR_READINGS
            and sum(abs(x - word.x0) <= word.height for x in numbers) >= _NUMBER_COLUMN
        ):
            # A row's «4» read as the «A» its open top looks like, in the column of row numbers.
            out.append(replace(word, text="4" + word.text[1:]))
            continue
        match = _GLUED_NUMBER.fullmatch(word.text) or _GLUED_NUMERO.fullmatch(word.text)
        if match is None or firsts[word.line] is not word:
            out.append(word)
            continue
        number, bar, name = match["number"], match.groupdict().get("bar", ""), match["name"]
        wide = _NUMERO_LETTERS if number == "№" else len(number)
        width = (word.x1 - word.x0) / (wide + len(bar) + len(name))
        out.append(replace(word, text=number.replace("З", "3"), x1=word.x0 + round(width * wide)))
        out.append(replace(word, text=name, x0=word.x0 + round(width * (wide + len(bar))) + 1))
    return out


def _initial_next(word: Word, words: list[Word]) -> bool:
    """Is the word after `word` on its line an initial («К.»)?"""
    after = [w for w in words if w.line == word.line and w.x0 > word.x1]
    return bool(after) and _INITIAL.fullmatch(min(after, key=lambda w: w.x0).text) is not None


def _mended(word: Word, cut: bool) -> Word:
    text = mend_word(word.text, cut)
    return word if text == word.text else replace(word, text=text)


def mend_word(text: str, cut: bool = False) -> str:
    """`text` with each unknown word's confused letter put back where the dictionary settles it;
    with `cut` (a line's last word, maybe cut at its end) not the last letter of its last part."""
    parts = list(_PART.finditer(text))
    out, at = [], 0
    for index, match in enumerate(parts):
        out.append(text[at : match.start()])
        out.append(_known(match[0], cut and index == len(parts) - 1))
        at = match.end()
    return "".join(out) + text[at:]


def _known(part: str, cut: bool = False) -> str:
    """`part` (Cyrillic letters, a Latin «b» at its end perhaps) as read, or the one dictionary word a
    confused letter away."""
    if len(part) < _SHORTEST or not any(ch in _CONFUSED for ch in part) or _known_word(part.lower()):
        return part
    # With `cut`, not its last letter: a word cut at a line's end without a hyphen ends anywhere,
    # and its part may become a word that way («общественнос» / «тью» → «общественное»).
    # A name («Таврида») is no word of either dictionary, and the project's knows rare forms
    # («таврила», branded): a word with a capital is mended where Tesseract's knows it alone.
    # The hard sign and a Latin «b» end no part of a word cut before its rest: a soft sign's misreading.
    end = len(part) - 1 if cut and part[-1] not in _SOFT_SIGN_READINGS else len(part)
    fixes = {
        fixed
        for k, ch in enumerate(part[:end])
        if ch in _CONFUSED
        and (_known_word if part.islower() else is_word)((fixed := part[:k] + _CONFUSED[ch] + part[k + 1 :]).lower())
    }
    return fixes.pop() if len(fixes) == 1 else part


def _known_word(text: str) -> bool:
    """Does Tesseract's dictionary or the project's know `text`?"""
    return bool(is_word(text)) or lexicon.russian_word(text)
