"""Whether a table lays out the page (a frame round the title and the plan) or is content.

DOCX and HTML both nest tables; both readers ask this one question of their own
element trees, so the rule is written once: they pass how to find a table's rows and
a row's cells in their markup.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

Element = etree._Element
Children = Callable[[Element], list[Element]]


def is_page_frame(table: Element, table_tag: str, rows: Children, cells: Children) -> bool:
    """A table holding a table as long as itself lays out the page; a shorter one is a cell's detail.

    Unless rows of its own hold text side by side: a short plan's cell may hold a list as long
    as the plan (the cities of a meeting), while a frame's text stands in one cell a row
    (a [menu | content] row, a [logo | title] row above the content at most).
    """
    inner = table.iterdescendants(table_tag)
    first = next(inner, None)
    if first is None:
        return False  # no table inside (most tables): its own rows need not be listed
    own = rows(table)
    if not any(len(rows(other)) >= len(own) for other in (first, *inner)):
        return False
    return sum(_cells_of_text(row, table_tag, cells) >= 2 for row in own) < 2


def _cells_of_text(row: Element, table_tag: str, cells: Children) -> int:
    """The cells of a row that hold text and no table."""
    return sum(
        next(cell.iterdescendants(table_tag), None) is None and any(str(t).strip() for t in cell.itertext())
        for cell in cells(row)
    )
