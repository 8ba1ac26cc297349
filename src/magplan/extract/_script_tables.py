"""Tables that a page's script fills from data the page ships hidden beside them.

A site builder's table block (Tilda's) publishes an empty `<table>` and, in the
block round it, the table's text in hidden elements: the header row, then the
body's rows, a row a line, its cells set apart by «;».  A browser runs the
page's script and shows the table; the page as saved from the server holds no
table at all.  Such a table is filled from those elements here (the elements
themselves stay hidden), so that the HTML reader reads it as any other table.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

Element = etree._Element

# How far above the empty table the block that holds its data may start.
_LEVELS = 4


def may_hold(data: bytes) -> bool:
    """Whether the page may fill a table by script from hidden text (a quick look at its bytes)."""
    return b";" in data and b"display" in data


def rebuild(root: Element, hidden: Callable[[Element], bool]) -> None:
    """Fill each empty `<table>` under `root` from the hidden «;» rows of the block round it."""
    for table in list(root.iter("table")):
        if _filled(table):
            continue
        rows = _hidden_rows(table, hidden)
        if rows:
            body = etree.SubElement(table, "tbody")
            for cells in rows:
                tr = etree.SubElement(body, "tr")
                for text in cells:
                    etree.SubElement(tr, "td").text = text


def _filled(table: Element) -> bool:
    return next(table.iter("tr", "td", "th"), None) is not None or any(str(text).strip() for text in table.itertext())


def _hidden_rows(table: Element, hidden: Callable[[Element], bool]) -> list[list[str]]:
    """The rows of the hidden text elements nearest above `table`: each line of them a row, when
    every line holds a «;» and the header's line (the first) has two cells or more."""
    block: Element | None = table
    for _ in range(_LEVELS):
        block = block.getparent() if block is not None else None
        if block is None:
            return []
        data = [e for e in block.iter() if e is not table and len(e) == 0 and e.text and hidden(e)]
        lines = [line.strip() for e in data for line in (e.text or "").splitlines() if line.strip()]
        if lines:
            if not all(";" in line for line in lines):
                return []
            rows = [_cells(line) for line in lines]
            return rows if len(rows) > 1 and len(rows[0]) > 1 else []
    return []


def _cells(line: str) -> list[str]:
    """A line's cells; the «;» a row may end with opens no cell."""
    cells = [cell.strip() for cell in line.split(";")]
    return cells[:-1] if cells and not cells[-1] else cells
