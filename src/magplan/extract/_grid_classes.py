"""Tables laid out by a CSS framework's grid classes instead of `<table>`.

Bootstrap (`<div class="row">` of `<div class="col-md-5">` cells) and Tilda (`t-col t-col_5`)
set a row's cells side by side on a grid of twelve units by their class names alone, and their
style sheet is linked, not in the page: a reader of the page sees a table where three rows or more
of such cells follow one another, each cell as wide as its class says.  Such rows are rebuilt as a
`<table>`: the columns are where the rows' cells begin and end on the twelve units, a cell over
several of them (a section's `col-12`) spans them.  Rows of the page's layout (a heading, a picture,
a form in a cell) or of news cards are left as they are: they are no table of data.
"""

from __future__ import annotations

import re
from itertools import pairwise

from lxml import etree

Element = etree._Element

_UNITS = 12
# A cell's width in twelfths: Bootstrap's `col-5`, `col-md-5`, `col` (a share of what is left),
# Tilda's `t-col_5`; a desktop's view reads the widest breakpoint given.
_BOOTSTRAP_COL = re.compile(r"^col(?:-(xs|sm|md|lg|xl|xxl))?(?:-(\d{1,2}|auto))?$")
_TILDA_COL = re.compile(r"^t-col_(\d{1,2})$")
_OFFSET = re.compile(r"^(?:offset(?:-(?:xs|sm|md|lg|xl|xxl))?-|t-prefix_)(\d{1,2})$")
_BREAKPOINTS = ("", "xs", "sm", "md", "lg", "xl", "xxl")
_LAYOUT_TAGS = (
    "table", "nav", "header", "footer", "aside", "article", "section", "form", "ul", "ol",
    "h1", "h2", "h3", "h4", "h5", "h6", "img", "picture", "figure", "video", "iframe", "button", "input",
)  # fmt: skip
# Rows a table needs at least: a header and two rows.
_MIN_ROWS = 3

# (cell, start, end) on the twelve units; None for an element that is no grid cell.
_Cell = tuple[Element, int, int]


def may_hold(data: bytes) -> bool:
    """Whether the page may set cells by a framework's grid classes (a quick look at its bytes)."""
    return b"col-" in data or b"t-col" in data


def rebuild(root: Element) -> None:
    """Rebuild each run of framework grid rows under `root` as a `<table>`.

    The innermost runs first, in the page's order: rows of the page's own grid round a plan's rows
    (a side column beside the content) then hold a table, so they are layout (`_LAYOUT_TAGS`), not a
    table round it."""
    parents = dict.fromkeys(row.getparent() for row in root.iter() if isinstance(row.tag, str) and _row_cells(row))
    for parent in sorted((p for p in parents if p is not None), key=_depth, reverse=True):
        for run in _runs(parent):
            _to_table(run)


def _depth(tag: Element) -> int:
    return sum(1 for _ in tag.iterancestors())


def _width(tag: Element) -> tuple[int | None, int] | None:
    """A grid cell's width in units (None: a share of what is left) and its offset; None when
    `tag` is no grid cell."""
    found: dict[str, int | None] = {}
    offset = 0
    cell = False
    for name in tag.get("class", "").split():
        if (bootstrap := _BOOTSTRAP_COL.match(name)) is not None:
            cell = True
            size = bootstrap.group(2)
            found[bootstrap.group(1) or ""] = int(size) if size and size.isdigit() else None
        elif (tilda := _TILDA_COL.match(name)) is not None:
            cell = True
            found[""] = int(tilda.group(1))
        elif (shift := _OFFSET.match(name)) is not None:
            offset = int(shift.group(1))
    if not cell:
        return None
    widest = max(found, key=_BREAKPOINTS.index)
    return found[widest], offset


def _row_cells(row: Element) -> list[_Cell]:
    """The cells of `row` where each of its elements is a grid cell, on the twelve units; else []."""
    children = [child for child in row if isinstance(child.tag, str)]
    widths = [_width(child) for child in children]
    if not children or any(w is None for w in widths):
        return []
    fixed = sum((w[0] or 0) + w[1] for w in widths if w is not None)
    shares = sum(1 for w in widths if w is not None and w[0] is None)
    share = max(1, (_UNITS - fixed) // shares) if shares else 0
    cells: list[_Cell] = []
    at = 0
    for child, width in zip(children, widths, strict=True):
        assert width is not None
        start = at + width[1]
        at = min(_UNITS, start + (width[0] if width[0] is not None else share))
        cells.append((child, start, at))
    return cells


def _runs(parent: Element) -> list[list[tuple[Element, list[_Cell]]]]:
    """The runs of grid rows that follow one another under `parent` and make a table."""
    runs: list[list[tuple[Element, list[_Cell]]]] = []
    run: list[tuple[Element, list[_Cell]]] = []
    for child in parent:
        if not isinstance(child.tag, str):
            continue
        cells = _row_cells(child)
        if cells and next(child.iterdescendants(*_LAYOUT_TAGS), None) is None:
            run.append((child, cells))
            continue
        runs.append(run)
        run = []
    runs.append(run)
    return [run for run in runs if len(run) >= _MIN_ROWS and sum(len(cells) >= 2 for _, cells in run) >= _MIN_ROWS]


def _to_table(run: list[tuple[Element, list[_Cell]]]) -> None:
    """Put a `<table>` in place of the rows of `run`, a cell across several columns spanning them."""
    edges = sorted({edge for _, cells in run if len(cells) >= 2 for _, start, end in cells for edge in (start, end)})
    first = run[0][0]
    table = etree.Element("table")
    first.addprevious(table)
    table.tail = None
    for row, cells in run:
        tail, row.tail = row.tail, None
        row.tag = "tr"
        for cell, start, end in cells:
            cell.tag = "td"
            span = sum(1 for a, b in pairwise(edges) if start <= a and b <= end)
            if span > 1:
                cell.set("colspan", str(span))
        table.append(row)  # moved out of its parent
        if tail and tail.strip():
            table.tail = (table.tail or "") + tail
