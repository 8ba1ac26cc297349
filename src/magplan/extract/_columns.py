"""Blocks typed side by side on the same lines, set apart by tabs: read one after the other."""

from __future__ import annotations

import re

from magplan.layout import Block, Paragraph
from magplan.requisites import REQUISITE_HEAD, is_plan_heading
from magplan.text import clean

_TAB_GAP = re.compile(r"\t+")
# Paragraph alignments (Word's, a page's) of a line that does not stand at the left edge.
_NOT_LEFT = frozenset(("center", "right", "end"))
# The lines a requisite block ends with: a signature line («______ Г.Д. Лаптев»), a date
# («20» мая 2026 г., 20.05.2026, «__» ______ 2026 г., an act's «от 12.01.2026 № 5»), a name alone
# («Г.Д. Лаптев»).
_BLOCK_END = re.compile(
    r"_{2,}|(?:\d{4}|_)\s*(?:г\.?|года)?\s*$|\d{4}.*№\s*[\w/-]+$|^(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё-]+$"
)


def unfold_columns(blocks: list[Block], tabbed: dict[int, str]) -> list[Block]:
    """Blocks typed side by side on the same lines, set apart by tabs («СОГЛАСОВАНО<tab>УТВЕРЖДАЮ»
    over «position<tab>position», «signature<tab>signature», «date<tab>date»; two, or three agreements
    and an approval): each is read whole, the left one first, as the cells of a borderless table are.
    `tabbed` holds the text with its tabs of the paragraphs that have any."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        raw = tabbed.get(id(block))
        heads = _tab_parts(raw)
        if heads is not None and len(heads) > 2 and not _all_heads(heads):
            heads = _tab_parts(raw, 2)  # two blocks, the right one with a tab of its own
        i += 1
        if heads is None or not _all_heads(heads) or not isinstance(block, Paragraph):
            out.append(block)
            continue
        columns = [[head] for head in heads]
        while i < len(blocks):
            # An empty line inside the blocks (before the signature line) does not end them.
            after = next((j for j in range(i, len(blocks)) if not _empty(blocks[j])), len(blocks))
            parts = _tab_parts(tabbed.get(id(blocks[after])), len(heads)) if after < len(blocks) else None
            # A line of another number of columns is no line of these blocks (with more than two
            # blocks, which of them a shorter line belongs to is not told).
            if parts is None or len(parts) != len(heads):
                break
            for column, part in zip(columns, parts, strict=True):
                column.append(part)
            i = after + 1
        # The left block may be the longer: its last lines stand alone under it, with nothing (or
        # only tabs) after them.  They are its, not the right block's nor the text's that follows.
        while i < len(blocks) and isinstance(tail := blocks[i], Paragraph) and _left_only(tail, tabbed.get(id(tail))):
            columns[0].append(tail.text)
            i += 1
        lines = (clean(line) for column in columns for line in column)
        out.extend(Paragraph(line, align=block.align) for line in lines if line)
    return out


def _tab_parts(raw: str | None, most: int = 0) -> list[str] | None:
    """A line's texts between its runs of tabs (at most `most`, the last one holding the rest and its
    tabs as spaces; all if 0), when text stands after the first run."""
    if raw is None:
        return None
    parts = _TAB_GAP.split(raw.strip(" ").rstrip("\t "), maxsplit=max(most - 1, 0))
    if len(parts) < 2 or not parts[-1].strip():
        return None
    return [part.replace("\t", " ") for part in parts]


def _left_only(block: Paragraph, raw: str | None) -> bool:
    """A line at the page's left edge with nothing after a tab that ends a requisite block (a
    signature, a date, a name): the left block's own.  Another line (a heading, a sentence, a
    line set in the centre or on the right, a new block's head) is the text's after the blocks."""
    return (
        bool(_BLOCK_END.search(block.text))
        and block.align not in _NOT_LEFT
        and (raw is None or (not raw.startswith("\t") and _tab_parts(raw) is None))
        and not REQUISITE_HEAD.match(block.text)
        and not is_plan_heading(block.text)
    )


def _all_heads(parts: list[str]) -> bool:
    return all(REQUISITE_HEAD.match(part) for part in parts)


def _empty(block: Block) -> bool:
    return isinstance(block, Paragraph) and not block.text
