"""Bulleted sub-items of a row («• ВАРМСУ • АГП …»)."""

from __future__ import annotations

import re

from magplan.text import BULLET_GLYPHS, clean_line

BULLETS = BULLET_GLYPHS + "-–—‒"
# A list mark: a bullet, «1)», «а)», or «1.» before a word (a numbered list; not «1.5 млн»).
_BULLET = re.compile(rf"^\s*(?:[{re.escape(BULLETS)}]|\d{{1,2}}\)|\d{{1,2}}\.(?=\s)|[a-zа-я]\))\s*")
# The punctuation a list puts after its items («- ВАРМСУ;», «- АГП.»): no part of a member.
_LIST_END = re.compile(r"\s*[;,]\s*$")
_INLINE_BULLET = re.compile(rf"\s*[{BULLET_GLYPHS}]\s*")
_GLYPH = re.compile(f"[{BULLET_GLYPHS}]")


def has_bullet(text: str) -> bool:
    """Does `text` hold a bullet glyph («•», «➢»…) anywhere?"""
    return _GLYPH.search(text) is not None


def split_members(cell: str) -> tuple[str, list[str]]:
    """A title cell → (title, members).

    Members are the lines after the first one that start with a bullet or a
    list mark; a line holding several «•» items gives one member each.  The
    title's trailing «:» is dropped only when members follow it.
    """
    if "\n" not in cell and not has_bullet(cell):
        return cell.strip(), []  # one line without bullets: a title alone (most cells)
    lines = cell.split("\n")
    title_lines: list[str] = []
    members: list[str] = []
    for index, line in enumerate(lines):
        if index > 0 or members:
            if _BULLET.match(line) or members:
                members.extend(_members_of_line(line))
                continue
        elif has_bullet(line) and len(_INLINE_BULLET.split(line)) > 2:
            # «Участие в собраниях: • ВАРМСУ • АГП» printed on one line.
            head, *rest = _INLINE_BULLET.split(line)
            title_lines.append(head)
            members.extend(m for m in (clean_line(r) for r in rest) if m)
            continue
        title_lines.append(line)
    title = "\n".join(title_lines).strip()
    if members:
        title = title.rstrip(" :")
        if any(_LIST_END.search(member) for member in members[:-1]):
            # A list punctuated as a sentence: «;» after each item, «.» after the last.
            members = [_LIST_END.sub("", member) for member in members]
            members[-1] = members[-1].removesuffix(".")
    return title, members


def _members_of_line(line: str) -> list[str]:
    text = _BULLET.sub("", line, count=1)
    parts = _INLINE_BULLET.split(text)
    return [m for m in (clean_line(p) for p in parts) if m]
