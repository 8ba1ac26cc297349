"""The note column: organizers named after «Организатор(ы):»."""

from __future__ import annotations

import functools
import re

from magplan.text import clean_line

# «Организатор:», «Организаторы -», «Организаторы мероприятия:», «Организатор проведения:».
_PREFIX = re.compile(r"^\s*организатор(?:ы)?(?:\s*[:\-–—]|(?:\s+[а-яё]+){1,2}\s*:)\s*", re.IGNORECASE)
# The same words capitalised inside a line: a PDF whose paragraph break could not
# be told from a wrap gives «По плану Правительства Москвы Организаторы: МАГ».
_INNER_PREFIX = re.compile(r"(?<=\s)Организатор(?:ы)?\s*:\s*")
# The label capitalised, its colon aside: a scan may lose the colon or read it on the next line.
LABEL = re.compile(r"Организаторы?(?![а-яё])")
_OPENING = {"«": "»", '"': '"', "(": ")", "„": "“", "“": "”"}


def split_outside_quotes(text: str, separator: str = ",") -> list[str]:
    """Split on `separator` where it stands outside «…», "…" and (…)."""
    parts: list[str] = []
    stack: list[str] = []
    current: list[str] = []
    for ch in text:
        if stack and ch == stack[-1]:
            stack.pop()
        elif ch in _OPENING and not (ch == '"' and stack and stack[-1] == '"'):
            stack.append(_OPENING[ch])
        elif ch == separator and not stack:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return [p for p in (clean_line(part) for part in parts) if p]


def opens_organizers(line: str) -> bool:
    """Does a line of a cell open with «Организатор:» / «Организаторы:», capitalised (a paragraph
    of its own: the label never follows on a wrapped line of the paragraph above)?"""
    return _INNER_PREFIX.match(f" {line}", 1) is not None


def organizers(note: str | None) -> list[str]:
    """The organizers a note names, in order; [] when it names none.

    Only the paragraph that begins «Организатор:»/«Организаторы:» counts (or,
    failing that, those words capitalised inside a line).
    """
    return list(_organizers(note)) if note else []


def column_organizers(header: str, cell: str) -> list[str] | None:
    """The organizers a column of their own names («Организаторы» | «АГП» / «ВАРМСУ»), or None
    when the header names something else.

    The cell holds nothing but the list, so each of its lines is a part of it: the note gets
    the column as «Организаторы: АГП\nВАРМСУ», where the rule of a note's paragraph would end
    the list at its first line.
    """
    if not _PREFIX.match(f"{header.strip()}:"):
        return None
    names: list[str] = []
    for line in cell.split("\n"):
        names.extend(organizers(line) or _split_list(line.strip().rstrip(" .")))
    return names


@functools.lru_cache(maxsize=4096)
def _organizers(note: str) -> tuple[str, ...]:
    return tuple(_find_organizers(note))


def _find_organizers(note: str) -> list[str]:
    paragraphs = note.split("\n")
    for index, paragraph in enumerate(paragraphs):
        match = _PREFIX.match(paragraph)
        if match:
            text = paragraph[match.end() :]
            if not text.strip():
                # The word alone on its line: the organizers are the lines under it, one a line
                # or a list of their own, up to the next labelled part («Партнеры: …»).
                below = []
                for following in paragraphs[index + 1 :]:
                    if ":" in following:
                        break
                    below.extend(_split_list(following.strip().rstrip(" .")))
                return below
            # The list goes on in the next paragraph after a line that ends with a comma («МАГ,» / «СРГ»).
            for following in paragraphs[index + 1 :]:
                if not text.rstrip().endswith((",", ";")):
                    break
                text = f"{text} {following}"
            return _split_list(_first_sentence(text.strip()).rstrip(" ."))
    for paragraph in paragraphs:
        inner = _INNER_PREFIX.search(paragraph)
        if inner:
            return _split_list(_first_sentence(paragraph[inner.end() :]).rstrip(" ."))
    return []


# A sentence's end: a full stop after an acronym, a word of four letters or a closing quote or
# bracket, then a capital.  Not an abbreviation («г. Москвы», «им. Пушкина») or an initial
# («А.Б. Иванов»).
_SENTENCE_END = re.compile(r"(?:\b[А-ЯЁA-Z]{2,}|[а-яё]{4,}|[»\")])(\.)\s+(?=[А-ЯЁ])")


def _first_sentence(text: str) -> str:
    """The organizers' part of a paragraph that goes on with a sentence of its own
    («Организаторы: МАГ, СРГ. Место уточняется»)."""
    match = _SENTENCE_END.search(text)
    return text[: match.start(1)] if match else text


def _split_list(text: str) -> list[str]:
    """The organizers of a list, split at commas, and at semicolons (a list whose names hold
    commas of their own), outside quotes and brackets."""
    return [part for chunk in split_outside_quotes(text, ";") for part in split_outside_quotes(chunk)]
