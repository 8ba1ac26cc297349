"""Blocks typed side by side on the same lines, set apart by tabs: read one after the other."""

from __future__ import annotations

import re

from magplan.layout import Block, Paragraph
from magplan.requisites import REQUISITE_HEAD
from magplan.text import clean

_TAB_GAP = re.compile(r"\t+")


def unfold_columns(blocks: list[Block], tabbed: dict[int, str]) -> list[Block]:
    """Two blocks typed side by side on the same lines, set apart by tabs («СОГЛАСОВАНО<tab>УТВЕРЖДАЮ»
    over «position<tab>position», «signature<tab>signature», «date<tab>date»): each is read whole,
    the left one first, as the cells of a borderless table are.  `tabbed` holds the text with its
    tabs of the paragraphs that have any."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        halves = _tab_halves(tabbed.get(id(block)))
        i += 1
        if halves is None or not all(REQUISITE_HEAD.match(half) for half in halves) or not isinstance(block, Paragraph):
            out.append(block)
            continue
        columns = [[halves[0]], [halves[1]]]
        while i < len(blocks):
            # An empty line inside the blocks (before the signature line) does not end them.
            after = next((j for j in range(i, len(blocks)) if not _empty(blocks[j])), len(blocks))
            halves = _tab_halves(tabbed.get(id(blocks[after]))) if after < len(blocks) else None
            if halves is None:
                break
            columns[0].append(halves[0])
            columns[1].append(halves[1])
            i = after + 1
        lines = (clean(line) for column in columns for line in column)
        out.extend(Paragraph(line, align=block.align) for line in lines if line)
    return out


def _tab_halves(raw: str | None) -> tuple[str, str] | None:
    """A line's text before its first run of tabs and after it, when text stands on the right."""
    if raw is None:
        return None
    parts = _TAB_GAP.split(raw.strip(" "), maxsplit=1)
    if len(parts) < 2 or not parts[1].strip():
        return None
    return parts[0], parts[1].replace("\t", " ")


def _empty(block: Block) -> bool:
    return isinstance(block, Paragraph) and not block.text
