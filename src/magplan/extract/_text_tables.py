"""Tables drawn with characters in plain text (a DOS-era or 1C text report, a plain-text mail
pasted into a page's `<pre>`): box-drawing rules «┌──┬──┐», «├──┼──┤» and bars «│» between the
cells, or their ASCII forms «+---+---+» and «|».  A reader sees a table, and so does magplan: the
text becomes paragraphs and a `Table` with the cells between the bars.

Where rules part the body's rows, the lines between two rules are one row, the lines of each cell
joined as wrapped lines are (a word broken at a hyphen is joined back); where only the header is
ruled off, each line is a row (a cell's second line is then a row with the «№» cell empty, which
the assembler reads as the rest of the row above).
"""

from __future__ import annotations

import re

from magplan.layout import Block, Cell, Paragraph, Row, Table

# The bars between cells.
_BAR = re.compile(r"[│┃║|]")
# A rule: box-drawing or ASCII line characters only, three of them in a run at least.
_RULE_CHARS = "─━═-=+┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫│┃║|: "
_RULE_RUN = re.compile(r"[─━═=-]{3,}")


def _is_rule(line: str) -> bool:
    return bool(line.strip()) and all(ch in _RULE_CHARS for ch in line) and _RULE_RUN.search(line) is not None


def _cells(line: str) -> list[str] | None:
    """The texts between a content line's bars, or None for a line with fewer than three bars
    (a table of two columns at least, closed at both sides)."""
    stripped = line.strip()
    if len(_BAR.findall(stripped)) < 3 or not _BAR.match(stripped) or not _BAR.search(stripped[-1]):
        return None
    return [part.strip() for part in _BAR.split(stripped)[1:-1]]


def _joined(lines: list[str]) -> str:
    """A cell's lines as one text: wrapped lines joined by a space, a hyphen at a line's end
    joined to the next line's word."""
    text = ""
    for line in filter(None, lines):
        text = f"{text}{line}" if text.endswith("-") or not text else f"{text} {line}"
    return text


def text_blocks(text: str) -> list[Block] | None:
    """`text` as paragraphs round a table drawn with characters, or None where it draws none."""
    lines = text.split("\n")
    kinds = ["rule" if _is_rule(line) else "row" if _cells(line) is not None else "text" for line in lines]
    inside = [i for i, kind in enumerate(kinds) if kind != "text"]
    if not inside or "rule" not in kinds:
        return None
    first, last = inside[0], inside[-1]
    if any(kinds[i] == "text" for i in range(first, last + 1)):
        return None  # text between the table's lines: no one table
    rows = _rows(lines[first : last + 1], kinds[first : last + 1])
    if rows is None:
        return None
    blocks: list[Block] = []
    before, after = "\n".join(lines[:first]).strip(), "\n".join(lines[last + 1 :]).strip()
    if before:
        blocks.append(Paragraph(before))
    blocks.append(Table(rows))
    if after:
        blocks.append(Paragraph(after))
    return blocks


def _rows(lines: list[str], kinds: list[str]) -> list[Row] | None:
    """The table's rows: a group of lines between two rules each, where rules part the body's
    rows; else a line each."""
    groups: list[list[list[str]]] = [[]]
    for line, kind in zip(lines, kinds, strict=True):
        if kind == "rule":
            if groups[-1]:
                groups.append([])
            continue
        cells = _cells(line)
        assert cells is not None
        groups[-1].append(cells)
    groups = [group for group in groups if group]
    width = len(groups[0][0]) if groups else 0
    if width < 2 or len(groups) < 2 or any(len(cells) != width for group in groups for cells in group):
        return None
    if len(groups) == 2 and len(groups[0]) == 1:
        # Only the header is ruled off: each body line is a row.
        groups = [groups[0], *([cells] for cells in groups[1])]
    rows = [Row([Cell(_joined([cells[i] for cells in group])) for i in range(width)]) for group in groups]
    rows[0].is_header = True
    return rows
