"""The requisites around a plan's table: title, approval block, signature block.

Pure functions over the text lines before and after the plan tables (as
`assemble` collects them from paragraphs and borderless tables).
"""

from __future__ import annotations

import re

from magplan.model import Approval, Signatory
from magplan.text import clean_line

# The head word may stand in quotes: «УТВЕРЖДАЮ».
APPROVAL_HEAD = re.compile(r"^\s*[«\"“]?\s*(УТВЕРЖДАЮ|УТВЕРЖД[ЕЁ]Н[АОЫ]?)\b\s*[»\"”]?[\s:]*", re.IGNORECASE)
_TITLE_START = re.compile(r"^\s*план\b", re.IGNORECASE)
_PLAN_WORD = re.compile(r"^\s*\w+\s+план\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_YEAR_WORD = re.compile(r"\bгод", re.IGNORECASE)
_NAME = re.compile(
    r"(?:[А-ЯЁ]\.\s?){1,2}\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$"
    r"|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+(?:[А-ЯЁ]\.\s?){1,2}$"
)
_UNDERSCORES = re.compile(r"_{2,}")
_LIST_NUMBER = re.compile(r"^(?:[IVXLC]+|\d{1,2})\s*[.)]\s+")
_TITLE_MAX_LINES = 6


def plan_year(title: str) -> int | None:
    """The plan's year: the last year its heading names («на 2025-2026 годы» → 2026)."""
    years = _YEAR.findall(title)
    return int(years[-1]) if years else None


def title_lines(texts: list[str], start: int = 0) -> tuple[list[str], list[str]] | None:
    """The plan's heading among `texts[start:]` and the lines after it, or None.

    The heading nearest the table is the plan's own: a web page's heading or a
    menu entry naming the plan stands further up.  It runs to the line that
    names the year.
    """
    candidates = range(start, len(texts))
    first = next((i for i in reversed(candidates) if _TITLE_START.match(texts[i])), None)
    if first is None:
        # «Календарный план мероприятий…», «Перспективный план…»
        first = next((i for i in reversed(candidates) if _PLAN_WORD.search(texts[i])), None)
    if first is None:
        first = next((i for i in candidates if _YEAR.search(texts[i]) and _YEAR_WORD.search(texts[i])), None)
    if first is None:
        return None
    title: list[str] = []
    for line in texts[first : first + _TITLE_MAX_LINES]:
        title.append(line)
        if _YEAR.search(line):
            break
    rest = texts[first + len(title) :]
    if len(title) > 1 and title[0] == "ПЛАН":
        # GOST R 7.0.97 prints the document type in capitals on a line of its
        # own above the heading; the plan is still called «План мероприятий…».
        title[0] = "План"
    return title, rest


def is_heading_line(line: str) -> bool:
    """Whether a line between the title and a table can be a section heading.

    A publication date, a page number, «(утвержден …)» or «г. Москва» cannot:
    headings start with a capital (or a list number) and are short.
    """
    text = _LIST_NUMBER.sub("", line.strip(), count=1)
    return 3 <= len(text) <= 200 and text[:1].isupper() and not text.endswith((".", ",", ";"))


def _split_name(line: str) -> tuple[str, str] | None:
    """A line ending in «И.О. Фамилия» → (what precedes it, the name)."""
    if "\t" in line:
        left, right = line.rsplit("\t", 1)
        right = _UNDERSCORES.sub(" ", right).strip()
        if _NAME.search(right):
            return left.strip(), right
    bare = _UNDERSCORES.sub(" ", line).strip()
    match = _NAME.search(bare)
    if not match:
        return None
    return bare[: match.start()].strip(), match.group(0).strip()


def approval_block(texts: list[str], head: int) -> tuple[Approval | None, int]:
    """The «УТВЕРЖДАЮ» block starting at line `head`; returns it and the next line."""
    block = texts[head : head + 10]
    block[0] = APPROVAL_HEAD.sub("", block[0]).strip()
    position: list[str] = []
    for offset, line in enumerate(block):
        if not line:
            continue
        split = _split_name(line)
        if split is None and _UNDERSCORES.search(line) and offset + 1 < len(block):
            # The signature line is bare underscores; the name is on the next line.
            following = _split_name(block[offset + 1])
            if following and not following[0]:
                offset += 1
                split = ("", following[1])
        if split is None:
            position.append(line)
            continue
        if split[0]:
            position.append(split[0])
        date_text = None
        after = offset + 1
        if after < len(block) and _is_approval_date(block[after]):
            date_text = block[after]
            after += 1
        return Approval(" ".join(position), split[1], date_text), head + after
    return None, head + 1


def _is_approval_date(line: str) -> bool:
    """The date line under the approval name («25» декабря 2024 г., "__" ____ 2024 г.).

    A block printed without a date is followed by the plan's heading, which also
    names a year: «План мероприятий … на 2027 год» is not a date line.
    """
    if _TITLE_START.match(line) or len(line) > 40:
        return False
    return bool(_YEAR.search(line) or _UNDERSCORES.search(line))


def signatory_block(lines: list[str]) -> Signatory | None:
    """The signature block: position lines, then «И.О. Фамилия» (maybe after a tab)."""
    position: list[str] = []
    for line in lines:
        split = _split_name(line)
        if split is None:
            position.append(line.replace("\t", " "))
            continue
        if split[0]:
            position.append(split[0])
        if not position:
            return None
        return Signatory(clean_line(" ".join(position)), clean_line(split[1]))
    return None
