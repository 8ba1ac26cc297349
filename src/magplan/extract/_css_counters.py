"""Numbers that the page's style sheet prints into table cells with a CSS counter.

A CMS's table style may number the rows itself: the «№» cells are empty in the page, and the sheet
counts the rows (`tbody tr { counter-increment: row }`) and prints the count before each row's
first cell (`td:first-child::before { content: counter(row) "." }`).  A reader of the page sees the
numbers, so they are written into the cells here, as printed.  Only rules whose last compound is
the counted row (`tr`) and the numbered cell (`td:first-child`, `td:nth-child(1)`,
`td:first-of-type`, or a cell's class) are read; the classes and tags that the selector names
before it must stand on the cell's ancestors; of several such rules for a cell, the last is printed.
The count starts again at each table or table body that a `counter-reset` rule names (its tag or
one of its classes), else runs on through the page.
"""

from __future__ import annotations

import re

from lxml import etree

from magplan.extract import _css
from magplan.roman import roman_numeral

Element = etree._Element

_BEFORE = re.compile(r"::?before$")
_FIRST_CELL = re.compile(r"^td(?P<classes>(?:\.[\w-]+)*)(?::first-child|:nth-child\(\s*1\s*\)|:first-of-type)?$")
_ROW = re.compile(r"^tr(?P<classes>(?:\.[\w-]+)*)$")
_CONTENT = re.compile(r"(?:^|;)\s*content\s*:\s*([^;]+)", re.I)
_PART = re.compile(r"\"([^\"]*)\"|'([^']*)'|counter\(\s*([\w-]+)\s*(?:,\s*([\w-]+)\s*)?\)")
_INCREMENT = re.compile(r"(?:^|;)\s*counter-increment\s*:\s*([\w-]+)", re.I)
_RESET = re.compile(r"(?:^|;)\s*counter-reset\s*:\s*([\w-]+)", re.I)
_COMPOUND = re.compile(r"^(?P<tag>[a-z][\w-]*)?(?P<classes>(?:\.[\w-]+)*)")

# What a `::before` rule prints: strings and counters (name, list style), in order.
_Content = list[tuple[str, str]]


def may_hold(styles: str) -> bool:
    return "counter(" in styles


def number(root: Element, styles: str) -> None:
    """Write into the cells of `root` the counts that the sheet prints before them."""
    cells: list[tuple[list[str], str, _Content]] = []  # ancestors, cell's classes, content
    rows: list[tuple[list[str], str, str]] = []  # ancestors, row's classes, counter
    resets: set[str] = set()  # the selectors' last compounds that start a counter again
    for context, selectors, declarations in _css.rules(styles):
        if not _css.on_wide_screen(context):
            continue
        for selector in (s.strip() for s in selectors.split(",")):
            *ancestors, last = selector.replace(">", " ").split() or [""]
            content = _CONTENT.search(declarations)
            if content and _BEFORE.search(last) and (cell := _FIRST_CELL.match(_BEFORE.sub("", last))):
                cells.append((ancestors, cell["classes"], _parts(content.group(1))))
            if (increment := _INCREMENT.search(declarations)) and (row := _ROW.match(last)):
                rows.append((ancestors, row["classes"], increment.group(1)))
            if _RESET.search(declarations):
                resets.add(last)
    if cells and rows:
        _write(root, cells, rows, resets)


def _parts(value: str) -> _Content:
    return [
        (found[1] or found[2] or "", "") if found[3] is None else (found[3], found[4] or "decimal")
        for found in _PART.finditer(value)
    ]


def _has(tag: Element, classes: str) -> bool:
    names = set(tag.get("class", "").split())
    return all(name in names for name in classes.split(".") if name)


def _under(tag: Element, ancestors: list[str]) -> bool:
    """Does each compound of `ancestors` stand on some ancestor of `tag`?"""
    up = list(tag.iterancestors())
    for compound in ancestors:
        found = _COMPOUND.match(compound)
        if found is None or not any(
            (not found["tag"] or a.tag == found["tag"]) and _has(a, found["classes"]) for a in up
        ):
            return False
    return True


def _resets(group: Element, resets: set[str]) -> bool:
    """Does a `counter-reset` rule name `group` (a table or a table's body) by its tag or classes?"""
    return any(
        (found := _COMPOUND.match(last)) is not None
        and found.group(0) == last
        and (found["tag"] in (None, group.tag))
        and (found["tag"] or found["classes"])
        and _has(group, found["classes"])
        for last in resets
    )


def _write(
    root: Element,
    cells: list[tuple[list[str], str, _Content]],
    rows: list[tuple[list[str], str, str]],
    resets: set[str],
) -> None:
    counts: dict[str, int] = {}
    for table in root.iter("table"):
        if _resets(table, resets):
            counts.clear()
        body = None
        for tr in table.iter("tr"):
            if tr.getparent() is not body:
                body = tr.getparent()
                if body is not None and body.tag == "tbody" and _resets(body, resets):
                    counts.clear()  # `tbody { counter-reset: … }`: each table's body counts from 1
            for ancestors, classes, name in rows:
                if _has(tr, classes) and _under(tr, ancestors):
                    counts[name] = counts.get(name, 0) + 1
            first = next((c for c in tr if isinstance(c.tag, str)), None)
            if first is None or first.tag != "td":
                continue
            # The last rule that styles the cell is printed, as the cascade has it for rules alike
            # (a theme's `td::before { content: "" }` before the table's own numbering rule).
            for ancestors, classes, content in reversed(cells):
                if _has(first, classes) and _under(first, ancestors):
                    first.text = _printed(content, counts) + (first.text or "")
                    break


def _printed(content: _Content, counts: dict[str, int]) -> str:
    out = []
    for text, style in content:
        if not style:
            out.append(text)
            continue
        count = counts.get(text, 0)
        roman = style in ("upper-roman", "lower-roman") and 0 < count < 4000
        shown = roman_numeral(count) if roman else str(count)
        out.append(shown.lower() if style == "lower-roman" else shown)
    return "".join(out)
