"""Table columns that the page collapses (`<col style="visibility: collapse">`).

A browser lays a table out without the columns whose `<col>` or `<colgroup>` the
page sets to `visibility: collapse`, inline or by a class its style sheet styles
so: their cells take no room and show no text (an internal code, a status kept
for the site's editors).  Their cells are marked `hidden` here, and the HTML
reader treats them as cells the page hides (`html._without_hidden_cells`: no
column, their text told in a warning).  A cell that spans a collapsed column and
a shown one is shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from magplan.extract import _css

Element = etree._Element

_COLLAPSE = re.compile(r"(?:^|;)\s*visibility\s*:\s*([\w-]+)", re.I)
_COL = re.compile(rb"<col\b", re.I)
# The HTML reader's own: a table's rows in the order a browser draws them, and a cell's span.
Rows = Callable[[Element], list[Element]]
Span = Callable[[Element, str], int]


def may_hold(data: bytes) -> bool:
    return b"collapse" in data and _COL.search(data) is not None


def _collapses(declarations: str) -> bool | None:
    """Whether these declarations collapse the element (None: they do not say)."""
    values = _COLLAPSE.findall(declarations)
    return values[-1].lower() == "collapse" if values else None


def collapsed_classes(styles: str) -> frozenset[str]:
    """The classes that the last rule a desktop screen applies and that sets their `visibility`
    sets to `collapse`."""
    verdicts: dict[str, bool] = {}
    for context, selectors, declarations in _css.rules(styles):
        verdict = _collapses(declarations)
        if verdict is not None and _css.on_wide_screen(context):
            verdicts.update(dict.fromkeys(_css.last_classes(selectors), verdict))
    return frozenset(name for name, collapsed in verdicts.items() if collapsed)


def _collapsed(tag: Element, classes: frozenset[str], default: bool = False) -> bool:
    verdict = _collapses(tag.get("style", ""))
    if verdict is not None:
        return verdict
    return default or not classes.isdisjoint(tag.get("class", "").split())


def collapsed_columns(table: Element, classes: frozenset[str], span: Span) -> set[int]:
    """The indexes of the columns that `table`'s <col>/<colgroup> elements collapse."""
    found: set[int] = set()
    column = 0
    for group in table.iterchildren("colgroup", "col"):
        group_collapsed = _collapsed(group, classes)
        cols = list(group.iterchildren("col")) if group.tag == "colgroup" else [group]
        if not cols:  # a <colgroup span="2"> with no <col> in it
            width = span(group, "span")
            found.update(range(column, column + width) if group_collapsed else ())
            column += width
            continue
        for col in cols:
            width = span(col, "span")
            collapsed = group_collapsed if col is group else _collapsed(col, classes, group_collapsed)
            found.update(range(column, column + width) if collapsed else ())
            column += width
    return found


def mark(root: Element, styles: str, rows: Rows, span: Span) -> None:
    """Mark `hidden` every cell under `root` that stands in collapsed columns only."""
    classes = collapsed_classes(styles)
    for table in root.iter("table"):
        collapsed = collapsed_columns(table, classes, span)
        if collapsed:
            _mark_cells(rows(table), collapsed, span)


def _mark_cells(rows: list[Element], collapsed: set[int], span: Span) -> None:
    below: dict[int, int] = {}  # column → rows that a rowspan from above still covers
    for row in rows:
        column = 0
        for cell in row.iterchildren("td", "th"):
            while below.get(column, 0) > 0:
                column += 1
            width = span(cell, "colspan")
            if collapsed.issuperset(range(column, column + width)):
                cell.set("hidden", "")
            for spanned in range(column, column + width):
                below[spanned] = span(cell, "rowspan")
            column += width
        below = {c: left - 1 for c, left in below.items() if left > 1}
