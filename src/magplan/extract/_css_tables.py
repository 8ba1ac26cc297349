"""Tables that a web page draws with CSS or names with ARIA instead of `<table>`.

A reader of the page sees a table wherever `<div>`s are laid out as one: rows
and cells by `display: table-row / table-cell` (in a class rule of the page's
`<style>` or in the element's own style), by ARIA roles (`role="row"`,
`role="cell"`), or cells placed by a CSS grid (`display: grid` with
`grid-template-columns`, a cell across the grid by `grid-column: 1 / -1` or
`span 4`, rows maybe wrapped in `display: contents`).  Such elements are
renamed to (and a grid's cells regrouped into) the table elements they stand
for, so that the HTML reader reads them as any other table.  A grid that
holds the page's layout (a table, a menu, the content's sections) or its news
cards (a heading, a picture) is left as it is: it is no table of data.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from magplan.extract import _css

Element = etree._Element

_DISPLAY_TAGS = {
    "table": "table",
    "inline-table": "table",
    "table-row": "tr",
    "table-cell": "td",
    "table-header-group": "thead",
    "table-row-group": "tbody",
    "table-footer-group": "tfoot",
}
_ROLE_TAGS = {
    "table": "table",
    "grid": "table",
    "treegrid": "table",
    "rowgroup": "tbody",
    "row": "tr",
    "cell": "td",
    "gridcell": "td",
    "columnheader": "th",
    "rowheader": "th",
}
_TABLE_TAGS = frozenset({"table", "tr", "td", "th", "thead", "tbody", "tfoot", "caption", "colgroup", "col"})
# What a grid of the page's layout (or of its news cards) holds and a table of data does not.
_LAYOUT_TAGS = (
    "table", "nav", "main", "header", "footer", "aside", "article", "section", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "img", "picture", "figure", "video", "iframe", "button",
)  # fmt: skip
_PROPERTIES = ("display", "grid-template-columns", "grid-column")
_DECLARATION = re.compile(r"(?:^|;)\s*([a-z-]+)\s*:\s*([^;]+)", re.IGNORECASE)
_ROLE_CELL = re.compile(rb"""role\s*=\s*["']?(?:cell|gridcell|columnheader)""", re.IGNORECASE)
_REPEAT = re.compile(r"repeat\(\s*(\d{1,2})\s*,([^()]*(?:\([^()]*\)[^()]*)*)\)", re.IGNORECASE)
_LINE_NAMES = re.compile(r"\[[^\]]*\]")
_SPAN = re.compile(r"span\s+(\d{1,2})", re.IGNORECASE)
_LINES = re.compile(r"^\s*(-?\d{1,2})\s*/\s*(-?\d{1,2})\s*$")

Properties = dict[str, str]


def may_hold(data: bytes) -> bool:
    """Whether the page may draw a table without `<table>` (a quick look at its bytes)."""
    return (
        b"table-cell" in data
        or b"grid-template-columns" in data
        or (b"cell" in data and _ROLE_CELL.search(data) is not None)
    )


def rebuild(root: Element, styles: str) -> None:
    """Rename the elements under `root` that stand for a table's parts to those parts."""
    by_class = _class_rules(styles)

    def properties(tag: Element) -> Properties:
        found: Properties = {}
        for name in tag.get("class", "").split():
            found.update(by_class.get(name, {}))
        style = tag.get("style")
        if style:
            found.update(_declarations(style))
        return found

    grids: list[tuple[Element, int]] = []
    for tag in list(root.iter()):
        if not isinstance(tag.tag, str) or tag.tag in _TABLE_TAGS or not tag.attrib:
            continue
        props = properties(tag)
        display = props.get("display", "")
        wanted = _DISPLAY_TAGS.get(display)
        role = tag.get("role")
        if wanted is None and role:
            wanted = _ROLE_TAGS.get(role.strip().lower())
        if wanted is not None:
            tag.tag = wanted
        elif display in ("grid", "inline-grid"):
            columns = _tracks(props.get("grid-template-columns", ""))
            if columns >= 2:
                grids.append((tag, columns))
    for grid, columns in grids:
        if next(grid.iterdescendants(*_LAYOUT_TAGS), None) is None:
            _grid_to_table(grid, columns, properties)
    for row in root.iter("tr"):
        _unwrap_cells(row)


def _unwrap_cells(row: Element) -> None:
    """Lift the cells that a wrapper of no role holds up into `row` (Fluent UI's DetailsList, as
    SharePoint Online draws a list: `row` › `div role="presentation"` › `gridcell`s): a browser
    sets them in the row as its cells, but only a row's own cells are read."""
    for child in list(row):
        if not isinstance(child.tag, str) or child.tag in ("td", "th"):
            continue
        if child.get("role", "").strip().lower() in ("presentation", "none") and next(
            child.iterchildren("td", "th"), None
        ):
            for cell in list(child):
                child.addprevious(cell)
            row.remove(child)


def _class_rules(styles: str) -> dict[str, Properties]:
    """The table and grid properties that the page's class rules set, by class name (those a
    wide screen applies: a phone's `@media (max-width: …)` rule that makes the rows blocks
    is not the table a desktop reader sees)."""
    out: dict[str, Properties] = {}
    for context, selectors, body in _css.rules(styles):
        props = _declarations(body) if _css.on_wide_screen(context) else None
        if not props:
            continue
        for name in _css.last_classes(selectors):
            out.setdefault(name, {}).update(props)
    return out


def _declarations(body: str) -> Properties:
    return {
        name.lower(): value.strip().lower()
        for name, value in _DECLARATION.findall(body.strip())
        if name.lower() in _PROPERTIES
    }


def _tracks(template: str) -> int:
    """The number of columns that `grid-template-columns` sets (0 when it depends on the width)."""
    if not template or "auto-fill" in template or "auto-fit" in template:
        return 0
    text = _REPEAT.sub(lambda m: " ".join([m.group(2).strip().replace(" ", "")] * int(m.group(1))), template)
    text = _LINE_NAMES.sub(" ", text)
    count, depth, inside = 0, 0, False
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch.isspace() and depth == 0:
            inside = False
        elif not inside:
            inside, count = True, count + 1
    return count


def _column_span(value: str, columns: int) -> int:
    """The columns a grid cell's `grid-column` covers («span 4», «1 / -1», «2 / 4»)."""
    if not value:
        return 1
    span = _SPAN.search(value)
    if span:
        return max(1, min(int(span.group(1)), columns))
    lines = _LINES.match(value)
    if lines:
        start, end = (int(n) if int(n) > 0 else columns + 2 + int(n) for n in lines.groups())
        return max(1, min(end - start, columns))
    return 1


def _grid_to_table(grid: Element, columns: int, props_of: Callable[[Element], Properties]) -> None:
    """A grid's cells, `columns` a row, as the rows and cells of a table."""
    rows: list[list[tuple[Element, int]]] = []
    row: list[tuple[Element, int]] = []
    used = 0
    for child in list(grid):
        if not isinstance(child.tag, str):
            continue
        props = props_of(child)
        if props.get("display") == "contents":
            # A wrapper that is no box of its own: its children are one row of the grid.
            if row:
                rows.append(row)
                row, used = [], 0
            rows.append(
                [
                    (cell, _column_span(props_of(cell).get("grid-column", ""), columns))
                    for cell in child
                    if isinstance(cell.tag, str)
                ]
            )
            continue
        span = _column_span(props.get("grid-column", ""), columns)
        if used + span > columns:
            rows.append(row)
            row, used = [], 0
        row.append((child, span))
        used += span
    if row:
        rows.append(row)
    if len(rows) < 2:
        return
    for child in list(grid):
        grid.remove(child)
    grid.text = None
    grid.tag = "table"
    for cells in rows:
        tr = etree.SubElement(grid, "tr")
        for cell, span in cells:
            cell.tag = "td"
            if span > 1:
                cell.set("colspan", str(span))
            tr.append(cell)
