"""Tables drawn by placing each cell's text box at its own coordinates, with no table at all.

A page builder's free-form block (Tilda's Zero Block, a classic Wix page) sets every text box of
the page at the coordinates its author dragged it to: `data-field-top-value` /
`data-field-left-value` / `data-field-width-value` on Tilda's `t396__elem`, or an inline
`position: absolute; top: …; left: …; width: …` in pixels.  The boxes stand in the page in the
order they were made, not as they read; a reader of the page sees a table where three lines or
more of such boxes, two or more on each line, stand one under the other.  The boxes of one parent
are put in reading order (top to bottom, left to right), and each such run of lines is rebuilt as a
`<table>`: its columns are the boxes of its fullest line, and each box of a line goes to the column
its width overlaps most (an empty cell where a line has no box for a column).  Boxes with no text
(a rule drawn as a shape, a picture) are left as they are; a line with a box that holds a table
of its own is no table's line (the boxes of a page laid out two by two round its plan's table).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

Element = etree._Element

_TILDA = {"top": "data-field-top-value", "left": "data-field-left-value", "width": "data-field-width-value"}
_ABSOLUTE = re.compile(r"position\s*:\s*absolute", re.I)
_PIXELS = {key: re.compile(rf"(?:^|;)\s*{key}\s*:\s*(-?\d+(?:\.\d+)?)px", re.I) for key in _TILDA}
# Boxes whose tops differ by no more than this many pixels stand on one line.
_SAME_LINE = 12.0
# Lines a table needs at least (a header and two rows), each of this many boxes at least.
_MIN_LINES = 3
_MIN_BOXES = 2
# Boxes a parent needs at least before it is looked at as a free-form block.
_MIN_PLACED = _MIN_LINES * _MIN_BOXES


@dataclass(frozen=True)
class _Box:
    tag: Element
    top: float
    left: float
    width: float | None

    @property
    def right(self) -> float:
        return self.left + (self.width or 0.0)


def may_hold(data: bytes) -> bool:
    """Whether the page may place its text boxes by coordinates (a quick look at its bytes)."""
    return b"data-field-top-value" in data or b"absolute" in data


def rebuild(root: Element) -> None:
    """Put the placed boxes of each free-form block under `root` in reading order, each run of
    lines that makes a table rebuilt as a `<table>`."""
    placed: dict[Element, list[_Box]] = {}  # each parent's placed children, in document order
    for tag in root.iter():
        if isinstance(tag.tag, str) and (box := _place(tag)) is not None and (parent := tag.getparent()) is not None:
            placed.setdefault(parent, []).append(box)
    for parent, boxes in placed.items():
        texts = [box for box in boxes if any(str(text).strip() for text in box.tag.itertext())]
        if len(texts) >= _MIN_PLACED:
            _reorder(parent, texts)


def _number(tag: Element, key: str) -> float | None:
    value = tag.get(_TILDA[key])
    if value is None:
        style = tag.get("style", "")
        found = _PIXELS[key].search(style) if _ABSOLUTE.search(style) else None
        value = found.group(1) if found else None
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _place(tag: Element) -> _Box | None:
    """Where `tag` is placed on its block, if it is placed by coordinates."""
    if not tag.attrib:
        return None
    top, left = _number(tag, "top"), _number(tag, "left")
    if top is None or left is None:
        return None
    return _Box(tag, top, left, _number(tag, "width"))


def _lines(boxes: list[_Box]) -> list[list[_Box]]:
    """The boxes in lines, top to bottom, each line's boxes left to right."""
    lines: list[list[_Box]] = []
    for box in sorted(boxes, key=lambda b: (b.top, b.left)):
        if lines and box.top - lines[-1][0].top <= _SAME_LINE:
            lines[-1].append(box)
        else:
            lines.append([box])
    return [sorted(line, key=lambda b: b.left) for line in lines]


def _reorder(parent: Element, boxes: list[_Box]) -> None:
    """Move `boxes` to the end of `parent` in reading order, runs of table lines as tables."""
    lines = _lines(boxes)
    at = 0
    while at < len(lines):
        run = _run(lines, at)
        if run:
            parent.append(_table(run))
            at += len(run)
        else:
            for box in lines[at]:
                parent.append(box.tag)  # moved to the end, in reading order
            at += 1


def _run(lines: list[list[_Box]], at: int) -> list[list[_Box]]:
    """The lines of a table that starts at `lines[at]`, or [] when none does.

    A table's lines hold two boxes or more; a line of one box between two of them is a row across
    the table (a section).  Its columns are the boxes of its fullest line; the lines at its end with
    a box across two columns (the signature's position under the «№» and the event's column) are
    no rows of it."""
    end = at
    while (
        end < len(lines)
        and not any(map(_holds_table, lines[end]))
        and (len(lines[end]) >= _MIN_BOXES or (end > at and end + 1 < len(lines) and len(lines[end + 1]) >= _MIN_BOXES))
    ):
        end += 1
    run = lines[at:end]
    if not run:
        return []
    columns = max(run, key=len)
    while run and not all(_within_a_column(box, columns) for box in run[-1]):
        run.pop()
    return run if sum(len(line) >= _MIN_BOXES for line in run) >= _MIN_LINES else []


def _holds_table(box: _Box) -> bool:
    """Does `box` hold a table of its own (the page's plan set in a box beside a news column)?  Such a
    box is a block of the page's layout, read in its order, never one cell of a table of boxes."""
    return next(box.tag.iter("table"), None) is not None


def _within_a_column(box: _Box, columns: list[_Box]) -> bool:
    """Does `box` stand within one column, covering no more than half of any other?"""
    covered = [c for c in columns if c.width and min(box.right, c.right) - max(box.left, c.left) > c.width / 2]
    return len(covered) <= 1


def _table(run: list[list[_Box]]) -> Element:
    """A `<table>` of the lines of `run`, its columns the boxes of its fullest line."""
    columns = max(run, key=len)
    table = etree.Element("table")
    for line in run:
        row = etree.SubElement(table, "tr")
        if len(line) == 1 and len(columns) > 1:
            cell = etree.SubElement(row, "td", colspan=str(len(columns)))
            line[0].tag.tail = None
            cell.append(line[0].tag)
            continue
        cells = [etree.SubElement(row, "td") for _ in columns]
        for box in line:
            box.tag.tail = None
            cells[_column(box, columns)].append(box.tag)
    return table


def _column(box: _Box, columns: list[_Box]) -> int:
    """The column whose box `box` overlaps most; the last one starting left of it when none does."""
    overlaps = [min(box.right, c.right) - max(box.left, c.left) for c in columns]
    best = max(range(len(columns)), key=lambda i: overlaps[i])
    if overlaps[best] > 0:
        return best
    return max((i for i, c in enumerate(columns) if c.left <= box.left), default=0)
