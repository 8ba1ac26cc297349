"""Ruling lines → tables: the cell grid of every ruled table on a page.

A PDF has no tables, only drawn lines.  Every engine reports the page's
straight horizontal and vertical strokes and thin filled bars as `Rule`s
(`rules_from_paths`); this module does the rest, the same way for all
engines:

* rules that continue each other (a border drawn cell by cell, the two lines
  of a double border or of separated cell borders a few points apart) merge;
* rules that cross or touch form one table; a table needs two columns' worth
  of vertical rules and two rows' worth of horizontal ones, except that
  vertical rules running on past the last horizontal one close an open row:
  the part of a table that a page break cut (its bottom border is on the
  next page, its top border on the previous one);
* on the grid of the table's distinct rule positions, a cell is a run of
  grid positions that no drawn rule separates: `colspan` and `rowspan` come
  from missing rules.

A table that stands inside a cell of another (a web page's layout table round
the plan) is a table of its own; the reader (`read`) decides what the outer
one is.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

# Coordinates closer than this (points) are one position: a stroke's width, rounding.
SNAP = 1.5
# Two parallel rules closer than this are one border (double lines, separated cell borders).
DOUBLE_RULE = 2.0
# Collinear rules with a gap up to this are one rule (borders drawn cell by cell).
JOIN = 3.0
# A filled rectangle thinner than this is a drawn line, a thicker one a background.
BAR = 3.0
# A rule shorter than this is a glyph's stroke or an underline's dot, not a border.
MIN_RULE = 3.0
# A form field's box: this tall (points), and at least this many times as wide.
FIELD_HEIGHT = (8.0, 40.0)
FIELD_WIDTH = 2.0
# Vertical rules that run on this far past the last horizontal rule close an open row (more than
# a stroke's overshoot: WeasyPrint may leave only 4 points of a row the page break cut, its text
# centred in the whole row and printed under them).
OPEN_ROW = 3.0
# A rule separates two grid cells when it covers this share of their common edge.
COVER = 0.5
# A row lower than this (points) holds no text: the spacing between separated cell borders.
MIN_ROW = 4.0
# A filled dot or square this size (points) is a list bullet that a browser drew (`list-style`).
BULLET_SIZE = (1.5, 7.0)

Bbox = tuple[float, float, float, float]
Point = tuple[float, float]


@dataclass(slots=True, frozen=True)
class Rule:
    """A horizontal (``top == bottom``) or vertical (``x0 == x1``) drawn line, top-down coordinates."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return self.top == self.bottom


@dataclass(slots=True)
class PathPiece:
    """One subpath of a drawn path, in top-down page coordinates, as an engine reports it."""

    points: list[Point]
    closed: bool
    filled: bool
    stroked: bool
    curved: bool = False  # has Bézier segments: a shape, never a rule


def rules_from_paths(pieces: Iterable[PathPiece]) -> list[Rule]:
    """The page's rules: straight axis-aligned strokes, filled bars (thin rectangles) as their
    middle line, and filled frames (a cell's border as a ring) as their four sides."""
    rules: list[Rule] = []
    pending = list(pieces)
    index = 0
    while index < len(pending):
        piece = pending[index]
        index += 1
        points = piece.points
        if piece.curved or len(points) < 2:
            continue
        box = _rectangle(points)
        ring = _frame(piece, box, pending[index]) if box is not None and index < len(pending) else None
        if ring is not None:
            rules.extend(ring)
            index += 1
            continue
        if piece.filled and box is not None:
            x0, top, x1, bottom = box
            if bottom - top <= BAR and x1 - x0 > MIN_RULE:
                middle = (top + bottom) / 2
                rules.append(Rule(x0, middle, x1, middle))
            elif x1 - x0 <= BAR and bottom - top > MIN_RULE:
                middle = (x0 + x1) / 2
                rules.append(Rule(middle, top, middle, bottom))
            if not piece.stroked:
                continue
        if not piece.stroked:
            continue
        ends = [*points, points[0]] if piece.closed else points
        for (ax, ay), (bx, by) in pairwise(ends):
            if abs(ay - by) <= SNAP and abs(ax - bx) > MIN_RULE:
                y = (ay + by) / 2
                rules.append(Rule(min(ax, bx), y, max(ax, bx), y))
            elif abs(ax - bx) <= SNAP and abs(ay - by) > MIN_RULE:
                x = (ax + bx) / 2
                rules.append(Rule(x, min(ay, by), x, max(ay, by)))
    return rules


def bullet_marks(pieces: Iterable[PathPiece]) -> list[Bbox]:
    """Boxes of the small filled dots and squares on the page: list bullets drawn as shapes."""
    low, high = BULLET_SIZE
    marks: list[Bbox] = []
    for piece in pieces:
        if not piece.filled or len(piece.points) < 3:
            continue
        xs, ys = [x for x, _ in piece.points], [y for _, y in piece.points]
        width, height = max(xs) - min(xs), max(ys) - min(ys)
        if low <= width <= high and low <= height <= high and abs(width - height) <= 0.3 * max(width, height):
            marks.append((min(xs), min(ys), max(xs), max(ys)))
    return marks


def shape_boxes(pieces: Iterable[PathPiece]) -> list[Bbox]:
    """Boxes of the bordered shapes drawn on the page (stroked, straight or rounded, or filled as
    a ring: Cairo's border), a line's height or so and several times as wide: where a web page's
    form fields (a search box, a drop-down list) may stand
    (`magplan.extract.pdf.read._without_field_labels` tells which).  A cell's background is
    filled, not bordered: no such box."""
    low, high = FIELD_HEIGHT
    boxes: list[Bbox] = []
    listed = list(pieces)
    for index, piece in enumerate(listed):
        if len(piece.points) < 3:
            continue
        box = _bounds(piece)
        other = listed[index + 1] if index + 1 < len(listed) else None
        ring = (
            piece.filled
            and other is not None
            and other.filled
            and len(other.points) >= 3
            and (_nested(box, _bounds(other)) or _nested(_bounds(other), box))
        )
        if not (piece.stroked or ring):
            continue
        height = box[3] - box[1]
        if low <= height <= high and box[2] - box[0] >= FIELD_WIDTH * height and box not in boxes:
            boxes.append(box)
    return boxes


def _bounds(piece: PathPiece) -> Bbox:
    xs, ys = [x for x, _ in piece.points], [y for _, y in piece.points]
    return (min(xs), min(ys), max(xs), max(ys))


def _nested(outer: Bbox, inner: Bbox) -> bool:
    """Is `inner` inside `outer` by a border's width at most on every side (a ring's two edges)?"""
    margins = (inner[0] - outer[0], inner[1] - outer[1], outer[2] - inner[2], outer[3] - inner[3])
    return all(0 <= m <= BAR for m in margins) and any(m > 0 for m in margins)


def _frame(piece: PathPiece, box: Bbox, following: PathPiece) -> list[Rule] | None:
    """The four sides of a ring that `piece` and the next subpath fill together, if they do.

    Cairo (WeasyPrint) fills a cell's separate border as one path of two
    rectangles, the outer and the inner one, filled even-odd: neither is a thin
    bar, but the band between them is (where it has a width: a cell that the page
    break cut has none at its bottom or top).
    """
    if not (piece.filled and following.filled) or piece.stroked or following.stroked or following.curved:
        return None
    other = _rectangle(following.points)
    if other is None:
        return None
    outer, inner = (box, other) if box[2] - box[0] >= other[2] - other[0] else (other, box)
    margins = (inner[0] - outer[0], inner[1] - outer[1], outer[2] - inner[2], outer[3] - inner[3])
    if not all(0 <= margin <= BAR for margin in margins) or not any(margins):
        return None
    x0, top, x1, bottom = ((o + i) / 2 for o, i in zip(outer, inner, strict=True))
    left, above, right, below = (margin > 0 for margin in margins)
    # A side without width is not drawn: a cell that the page break cut is open there.
    sides = [
        (above, Rule(x0, top, x1, top)),
        (below, Rule(x0, bottom, x1, bottom)),
        (left, Rule(x0, top, x0, bottom)),
        (right, Rule(x1, top, x1, bottom)),
    ]
    return [rule for drawn, rule in sides if drawn]


def _rectangle(points: list[Point]) -> Bbox | None:
    """The box of a subpath that is an axis-aligned rectangle (4 corners, maybe the first repeated)."""
    if len(points) == 5 and _close(points[0], points[4]):
        points = points[:4]
    if len(points) != 4:
        return None
    for (ax, ay), (bx, by) in zip(points, [*points[1:], points[0]], strict=True):
        if abs(ax - bx) > SNAP and abs(ay - by) > SNAP:
            return None  # a slanted side
    return (min(x for x, _ in points), min(y for _, y in points), max(x for x, _ in points), max(y for _, y in points))


def _close(a: Point, b: Point) -> bool:
    return abs(a[0] - b[0]) <= SNAP and abs(a[1] - b[1]) <= SNAP


# -- rules → tables ------------------------------------------------------------------


@dataclass(slots=True)
class Grid:
    """A ruled table: its row and column edges and its cells on that grid.

    `owner` maps every grid position (row, column) to the index of the cell
    covering it; `place` gives each cell's first row, first column and
    column span; `cells` its box.
    """

    xs: list[float]
    ys: list[float]
    cells: list[Bbox] = field(default_factory=list)
    place: list[tuple[int, int, int]] = field(default_factory=list)
    owner: dict[tuple[int, int], int] = field(default_factory=dict)
    # A row that the page break left open at the table's top or bottom (see `_grid`), and the
    # columns whose top or bottom edge no rule draws.
    open_top: bool = False
    open_bottom: bool = False
    open_top_columns: frozenset[int] = frozenset()
    open_bottom_columns: frozenset[int] = frozenset()

    @property
    def rows(self) -> int:
        return len(self.ys) - 1

    @property
    def columns(self) -> int:
        return len(self.xs) - 1

    @property
    def bbox(self) -> Bbox:
        return (self.xs[0], self.ys[0], self.xs[-1], self.ys[-1])

    def cell_at(self, x: float, y: float) -> int:
        """The cell under a point of the table (a point on an edge goes to the cell after it)."""
        row = min(max(bisect_right(self.ys, y) - 1, 0), self.rows - 1)
        return self.owner[(row, self.column_at(x))]

    def column_at(self, x: float) -> int:
        """The column under an x of the table (an x on an edge goes to the column after it)."""
        return min(max(bisect_right(self.xs, x) - 1, 0), self.columns - 1)


def horizontal_rules(rules: Sequence[Rule]) -> list[tuple[float, float, float]]:
    """The horizontal rules as (y, x0, x1), those a border drawn cell by cell continues joined."""
    return _merge([(r.top, r.x0, r.x1) for r in rules if r.horizontal])


def find_tables(rules: Sequence[Rule]) -> list[Grid]:
    """The ruled tables the rules draw, top to bottom."""
    horizontal = horizontal_rules(rules)
    vertical = _merge([(r.x0, r.top, r.bottom) for r in rules if not r.horizontal])
    grids = [g for group in _connected(horizontal, vertical) for h, v in _unnested(*group) for g in _stacked(h, v)]
    found = [g for g in grids if g is not None]
    found.sort(key=lambda g: (g.ys[0], g.xs[0]))
    return found


_Segment = tuple[float, float, float]  # (position across, start, end along)


def _merge(segments: list[_Segment]) -> list[_Segment]:
    """Collinear segments (positions within `SNAP`) that overlap or nearly touch, as one.

    A segment joined to one may come to overlap another that it did not reach before (a cell's
    border under a merged cell, joined to the rule across the table, now over the rule under the
    cells beside it): merged again until no two are left to join."""
    out = _merged_once(segments)
    while len(again := _merged_once(out)) < len(out):
        out = again
    return out


def _merged_once(segments: list[_Segment]) -> list[_Segment]:
    out: list[_Segment] = []
    for at, start, end in sorted(segments):
        merged = False
        for index in range(len(out) - 1, -1, -1):
            other_at, other_start, other_end = out[index]
            if at - other_at > SNAP:
                break
            if start <= other_end + JOIN and end >= other_start - JOIN:
                out[index] = (other_at, min(start, other_start), max(end, other_end))
                merged = True
                break
        if not merged:
            out.append((at, start, end))
    return out


def _connected(horizontal: list[_Segment], vertical: list[_Segment]) -> list[tuple[list[_Segment], list[_Segment]]]:
    """Groups of rules that cross or touch each other."""
    parent = list(range(len(horizontal) + len(vertical)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for hi, (y, x0, x1) in enumerate(horizontal):
        for vi, (x, y0, y1) in enumerate(vertical):
            if x0 - JOIN <= x <= x1 + JOIN and y0 - JOIN <= y <= y1 + JOIN:
                a, b = find(hi), find(len(horizontal) + vi)
                if a != b:
                    parent[a] = b
    groups: dict[int, tuple[list[_Segment], list[_Segment]]] = {}
    for hi, segment in enumerate(horizontal):
        groups.setdefault(find(hi), ([], []))[0].append(segment)
    for vi, segment in enumerate(vertical):
        groups.setdefault(find(len(horizontal) + vi), ([], []))[1].append(segment)
    return [g for g in groups.values() if g[0] and g[1]]


def _unnested(horizontal: list[_Segment], vertical: list[_Segment]) -> list[tuple[list[_Segment], list[_Segment]]]:
    """Rules that touch, as the tables inside a cell of another and that other one, when they do.

    A table inside a layout table's cell touches its rules where a page break cut both
    and the writer drew the outer one's border across the page's top (WeasyPrint), or
    where it fills the cell's width: its sides stand a border's spacing off the cell's
    (separate borders), close enough to join.  Its row rules stop at two vertical rules
    of its own, short of the outer table's sides on one side at least: two row rules or
    more with those same ends, sides within those rows' height (the cell's own run past
    them), a column rule between those sides and none of the outer table's, and sides
    shorter than the outer table make it a table of its own.  Several such tables (a
    plan printed a section's table at a time under its heading) are each one of their
    own; what is left is the outer table, the tables inside it taken out in turn.
    """
    left, right = min(x for x, _, _ in vertical), max(x for x, _, _ in vertical)
    inside = [h for h in horizontal if h[1] > left + JOIN or h[2] < right - JOIN]
    # The rules across the whole table, and how high and low its rules reach.
    across = sorted(h[0] for h in horizontal if h not in inside)
    ceiling, floor = min(v[1] for v in vertical), max(v[2] for v in vertical)
    for y, a, b in inside:
        rows = [h for h in inside if abs(h[1] - a) <= JOIN and abs(h[2] - b) <= JOIN]
        sides = [
            [v for v in vertical if abs(v[0] - x) <= JOIN and v[1] <= y + SNAP and v[2] >= y - SNAP] for x in (a, b)
        ]
        if len(rows) < 2 or not all(sides):
            continue
        # Its height: where each side's shortest rule and the other's meet.  A side that runs on
        # past it is the outer cell's, joined with the table's where the two stand a border's
        # spacing apart: the inner table has it only along its own height.
        shortest = [min(side, key=lambda v: v[2] - v[1]) for side in sides]
        top, bottom = max(v[1] for v in shortest), min(v[2] for v in shortest)
        if bottom - top < MIN_ROW:
            continue
        shared = [v for side in sides for v in side if v[1] < top - SNAP or v[2] > bottom + SNAP]
        own = [[v for v in side if v not in shared] for side in sides]
        lo, hi = min(v[0] for v in own[0] or sides[0]), max(v[0] for v in own[1] or sides[1])
        inner_v = [(x, max(start, top), min(end, bottom)) for x, start, end in shared] + [
            v for v in vertical if lo - SNAP <= v[0] <= hi + SNAP and v[1] >= top - SNAP and v[2] <= bottom + SNAP
        ]
        columns = sorted({lo, hi, *(v[0] for v in inner_v)})
        inner_h = [
            h for h in horizontal if h[1] >= lo - JOIN and h[2] <= hi + JOIN and top - SNAP <= h[0] <= bottom + SNAP
        ]
        narrow = _across_columns(inside, inner_h, columns)
        # The cell around it: on each side a rule along its whole height that runs on past it.
        around = [
            v
            for v in vertical
            if v[1] <= top + SNAP and v[2] >= bottom - SNAP and (v[1] < top - SNAP or v[2] > bottom + SNAP)
        ]
        # One side the outer table's own rule, the other standing off the cell's side: a table of
        # its own widths printed right under another, sharing its left border (a cell's padding
        # would set a table inside it off both sides, or neither where it fills the cell).
        half_joined = bool(own[0]) != bool(own[1]) and not any(
            abs(v[0] - (hi if own[1] else lo)) <= JOIN for v in around
        )
        if (
            half_joined
            or not any(v[0] <= lo + JOIN for v in around)
            or not any(v[0] >= hi - JOIN for v in around)
            or sum(top - SNAP <= h[0] <= bottom + SNAP for h in rows) < 2
            or not any(abs(h[0] - top) <= SNAP or abs(h[0] - bottom) <= SNAP for h in rows)
            or any(lo < v[0] < hi and v[1] < bottom - SNAP and v[2] > top + SNAP and v not in inner_v for v in vertical)
            or not any(lo + SNAP < v[0] < hi - SNAP for v in inner_v)
            or (top <= ceiling + JOIN and bottom >= floor - JOIN)
            or any(
                top + SNAP < h[0] < bottom - SNAP and h[1] <= lo + SNAP and h[2] >= hi - SNAP and h not in inner_h
                for h in horizontal
            )
            or (
                (top <= ceiling + JOIN or bottom >= floor - JOIN)
                and _columns_run_on(vertical, across, columns, (top, bottom))
            )
            or _columns_run_on(vertical, across, columns, (top, bottom), narrow)
        ):
            # No cell's sides stand round it (a table of its own widths printed right under
            # another), its sides hold one of those row rules only (a row narrower than the table,
            # a browser's print of a row of its own widths), neither its top nor its bottom rule
            # is one of them (rules under cells merged beside it, between the table's own row
            # rules across), the outer table's columns cross it,
            # it has one column, its sides run the whole height, a row rule runs across it
            # from side to side (a table inside a cell lies within that cell), or, at the page's
            # top or foot, its columns run on through a row of the outer table (a page's first
            # rows beside a cell merged down from the page before, no rule over it): one table.
            continue
        outer = ([h for h in horizontal if h not in inner_h], [v for v in vertical if v not in inner_v or v in shared])
        if not outer[0] or not outer[1]:
            return [(horizontal, vertical)]
        # The tables inside, each one that touches no other; then the rest of the outer one.
        return [*_connected(inner_h, inner_v), *_unnested(*outer)]
    return [(horizontal, vertical)]


def _columns_run_on(
    vertical: list[_Segment],
    across: list[float],
    columns: list[float],
    height: tuple[float, float],
    narrow: list[float] | None = None,
) -> bool:
    """Whether a row between two of the rules `across` (positions), above or under `height` (top,
    bottom), has a column rule at each of `columns`: the rows along `height` are that table's.
    With `narrow` (rules short of the table's sides across those columns), rows with one of those
    for one side and a rule across the whole table for the other: a table of its own widths printed
    under a wider one, its first row drawn against the wider one's foot, has a row of those widths
    above the rows taken for a table inside a cell (a heading's row across them between, a sliver
    of an empty column beside).  A row between two narrow rules is another table's of the same
    widths inside the same cell (a plan printed a section's table at a time)."""
    top, bottom = height
    rules = sorted({*across, *(narrow or ())})
    for upper, lower in pairwise(rules):
        if lower - upper < MIN_ROW or (upper < bottom - SNAP and lower > top + SNAP):
            continue
        if narrow is not None and (upper in narrow) == (lower in narrow):
            continue  # one rule across the whole table, one across the columns: not another such table's row
        if all(
            any(abs(v[0] - x) <= SNAP and v[1] <= upper + SNAP and v[2] >= lower - SNAP for v in vertical)
            for x in columns
        ):
            return True
    return False


def _across_columns(inside: list[_Segment], own: list[_Segment], columns: list[float]) -> list[float]:
    """The positions of the rules short of the table's sides that run across `columns`, but the
    rows' `own`."""
    return sorted(h[0] for h in inside if h not in own and h[1] <= columns[0] + JOIN and h[2] >= columns[-1] - JOIN)


def _positions(values: list[float]) -> list[float]:
    """Distinct positions: values within `DOUBLE_RULE` of the previous one are the same border."""
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > DOUBLE_RULE:
            out.append(value)
    return out


def _without_slivers(xs: list[float], vertical: list[_Segment], crossing: frozenset[float]) -> list[float]:
    """Column positions, two closer than `MIN_ROW` one, halfway between: no column holds text there.
    Two tables stacked without a gap, each cell drawing its own border as a ring (WeasyPrint's
    separate borders), set their column rules a point or two apart where their columns nearly
    meet; the rules of both merge along the shared edge, and the lower table got a column as wide
    as the gap (an empty cell in its row: the row no longer had the plan's columns).  Halfway, each
    is within `DOUBLE_RULE` of the position, so both still draw the edge (`_covered`).

    Not the two sides of one cell, empty and printed a hair wide (WeasyPrint's print of a
    `<td></td>` in a table of its own widths): drawn along the same rows, from the same tops to
    the same bottoms, and neither a rule of the table this one was split from (`crossing`, those
    that ran past the split: `_clip` cut them to this table's rows); in a table with some inner
    edge drawn once (cells spaced apart draw each twice, along the same rows as well)."""
    # A table whose cells keep a spacing between them (separate borders) draws every inner edge
    # twice: a hair-wide empty cell stands beside edges drawn once.
    inner = range(1, len(xs) - 1)
    paired = {i for i in inner for j in (i - 1, i + 1) if j in inner and abs(xs[j] - xs[i]) < MIN_ROW}
    spaced = len(paired) == len(inner)
    out: list[float] = []
    for index, x in enumerate(xs):
        # Only inside the table: strips at its edges are a frame's spacing, and a table cut from a
        # wider one may end a sliver past a rule of its own (`read._without_spacing_columns`).
        if (
            len(out) > 1
            and index < len(xs) - 1
            and x - out[-1] < MIN_ROW
            and (spaced or not _sides_of_cell(out[-1], x, vertical, crossing))
        ):
            out[-1] = (out[-1] + x) / 2
        else:
            out.append(x)
    return out


def _sides_of_cell(a: float, b: float, vertical: list[_Segment], crossing: frozenset[float]) -> bool:
    """Are the rules at `a` and `b`, a sliver apart, each drawn along the same rows as the other
    and neither in `crossing`?"""
    if any(abs(at - c) <= DOUBLE_RULE for at in (a, b) for c in crossing):
        return False

    def runs(at: float, other: float) -> list[tuple[float, float]]:
        # The rules at `at`, nearer it than `other`; one clipped to nothing draws no row.
        return sorted(
            (y0, y1)
            for x, y0, y1 in vertical
            if abs(x - at) <= DOUBLE_RULE and abs(x - at) < abs(x - other) and y1 - y0 >= MIN_ROW
        )

    left, right = runs(a, b), runs(b, a)
    return (
        bool(left)
        and len(left) == len(right)
        and all(abs(p[0] - q[0]) <= JOIN and abs(p[1] - q[1]) <= JOIN for p, q in zip(left, right, strict=True))
    )


def _stacked(
    horizontal: list[_Segment], vertical: list[_Segment], crossing: frozenset[float] = frozenset()
) -> list[Grid | None]:
    """The grids of rules that touch, split where one table stands right on top of another.

    Two tables printed without a gap (a web page's table split in two, each
    laid out with its own column widths) share a border; where the rows above
    and the rows below each have a column rule that the other has not, they
    are two tables (a merged cell only takes rules away).  Rows across the whole
    width (section headings) and rows too low for text between them are skipped
    in the comparison and stay with the upper table.  `crossing`: the positions
    of rules that ran past a split above (`_clip`).
    """
    grid = _grid(horizontal, vertical)
    if grid is None:
        return [None]
    inner = grid.xs[1:-1]
    above: set[float] = set()  # the column rules of the last row above that has any
    for r in range(grid.rows):
        below = {x for x in inner if _covered(vertical, x, grid.ys[r], grid.ys[r + 1])}
        if not below or grid.ys[r + 1] - grid.ys[r] < MIN_ROW:
            # A row across the whole width (a section heading) compares nothing, nor does the
            # spacing between two tables' separated borders (their column rules, a spacing
            # apart, join across it).
            continue
        if above - below and below - above:  # each has a column rule the other has not
            cut = grid.ys[r]
            upper = ([h for h in horizontal if h[0] <= cut + SNAP], [v for v in vertical if v[1] < cut - SNAP])
            lower = ([h for h in horizontal if h[0] >= cut - SNAP], [v for v in vertical if v[2] > cut + SNAP])
            return [*_stacked(*_clip(upper, None, cut, crossing)), *_stacked(*_clip(lower, cut, None, crossing))]
        above = below
    if _without_slivers(grid.xs, vertical, crossing) == grid.xs:
        return [grid]  # no columns to merge (most tables): the grid as found, not built again
    return [_grid(horizontal, vertical, whole=True, crossing=crossing)]


def _clip(
    rules: tuple[list[_Segment], list[_Segment]], top: float | None, bottom: float | None, crossing: frozenset[float]
) -> tuple[list[_Segment], list[_Segment], frozenset[float]]:
    """Vertical rules cut to the rows between `top` and `bottom` (None: no limit), and `crossing`
    with the positions of those the cut shortened."""
    horizontal, vertical = rules
    low = top if top is not None else float("-inf")
    high = bottom if bottom is not None else float("inf")
    cut = frozenset(x for x, y0, y1 in vertical if y0 < low - SNAP or y1 > high + SNAP)
    return horizontal, [(x, max(y0, low), min(y1, high)) for x, y0, y1 in vertical], crossing | cut


def _grid(
    horizontal: list[_Segment], vertical: list[_Segment], whole: bool = False, crossing: frozenset[float] = frozenset()
) -> Grid | None:
    """The grid of one group of rules; `whole`: a table that stands alone (`_stacked` split it
    off), whose column positions closer than a column can be are one (`_without_slivers`).  Before
    that split, they tell two tables' columns apart."""
    if not horizontal or not vertical:
        return None
    positions = xs = _positions([x for x, _, _ in vertical])
    if whole:
        xs = _without_slivers(xs, vertical, crossing)
    # The rules' own positions each column edge stands for: the two sides of a sliver made one
    # edge halfway draw it (a cell's border a page break cut short, drawn on one side only).
    sides = {x: [p for p in positions if abs(p - x) < MIN_ROW / 2] or [x] for x in xs}
    ys = _positions([y for y, _, _ in horizontal])
    # Vertical rules running past the outermost horizontal ones: a row the page break left open.
    top, bottom = min(y0 for _, y0, _ in vertical), max(y1 for _, _, y1 in vertical)
    open_top, open_bottom = ys[0] - top > OPEN_ROW, bottom - ys[-1] > OPEN_ROW
    if open_top:
        ys.insert(0, top)
    if open_bottom:
        ys.append(bottom)
    if len(xs) < 2 or len(ys) < 2:
        return None
    # …or a border that leaves most of the width open: WeasyPrint closes a merged cell at the
    # page's foot and leaves the cells of the row that the page break cut open (a merged cell
    # that runs on to the next page beside closed rows leaves only its own column open).
    above, below = _open_columns(horizontal, ys[0], xs), _open_columns(horizontal, ys[-1], xs)
    open_top = open_top or _mostly(above, xs)
    open_bottom = open_bottom or _mostly(below, xs)
    grid = Grid(xs, ys, open_top=open_top, open_bottom=open_bottom, open_top_columns=above, open_bottom_columns=below)
    # Which inner edges are drawn: a vertical edge left of column c in row r, a horizontal one above row r in column c.
    v_drawn = {
        (r, c): any(
            _covered(vertical, x, ys[r], ys[r + 1])
            or (open_bottom and r == grid.rows - 1 and _runs_down_from(vertical, x, ys[r]))
            for x in sides[xs[c]]
        )
        for r in range(grid.rows)
        for c in range(1, grid.columns)
    }
    h_drawn = {
        (r, c): _covered(horizontal, ys[r], xs[c], xs[c + 1]) for r in range(1, grid.rows) for c in range(grid.columns)
    }
    _cells(grid, v_drawn, h_drawn)
    # One cell is no table, but one open at the top may be the rest of a cell a page break cut
    # (`read._cut_cells_placed` decides).
    return grid if len(grid.cells) >= 2 or open_top else None


def _open_columns(horizontal: list[_Segment], at: float, xs: list[float]) -> frozenset[int]:
    """The columns (edges at `xs`) that no rule at `at` closes."""
    return frozenset(c for c, (a, b) in enumerate(pairwise(xs)) if not _covered(horizontal, at, a, b))


def _mostly(columns: frozenset[int], xs: list[float]) -> bool:
    """Do `columns` make more than half of the table's width?"""
    return sum(xs[c + 1] - xs[c] for c in columns) > (xs[-1] - xs[0]) / 2


def _runs_down_from(segments: list[_Segment], at: float, top: float) -> bool:
    """Does a rule at position `at` run down from `top` (a row the page break cut open) for
    `MIN_ROW` at least?  With borders not collapsed WeasyPrint draws each cell of such a row only
    as tall as its own text on the page: a date's and a place's boxes of one line beside an
    event's of three leave the edge between them a fifth of the row's height."""
    return any(
        abs(position - at) <= DOUBLE_RULE and a <= top + SNAP and b - top >= MIN_ROW for position, a, b in segments
    )


def _covered(segments: list[_Segment], at: float, start: float, end: float) -> bool:
    """Do rules at position `at` (within a double border's width) cover the span start..end?"""
    length = 0.0
    for position, a, b in segments:
        if abs(position - at) <= DOUBLE_RULE:
            length = max(length, min(b, end) - max(a, start))
    return length >= COVER * (end - start)


def _cells(grid: Grid, v_drawn: dict[tuple[int, int], bool], h_drawn: dict[tuple[int, int], bool]) -> None:
    """Grid positions joined where no rule separates them; each cell the rectangle its first position opens.

    A cell spans right while the edge to its right is missing, then down while
    the edge below its whole width is missing and the row below is not
    divided inside that width; a position already covered is not a cell of
    its own (so an irregular ruling still gives every position exactly one
    cell).
    """
    for r in range(grid.rows):
        for c in range(grid.columns):
            if (r, c) in grid.owner:
                continue
            span = 1
            while c + span < grid.columns and not v_drawn[(r, c + span)] and (r, c + span) not in grid.owner:
                span += 1
            height = 1
            while r + height < grid.rows and not any(h_drawn[(r + height, c + k)] for k in range(span)):
                below = r + height
                if any((below, c + k) in grid.owner for k in range(span)) or any(
                    v_drawn[(below, c + k)] for k in range(1, span)
                ):
                    break  # the rows below are divided where this cell is not
                height += 1
            index = len(grid.cells)
            grid.cells.append((grid.xs[c], grid.ys[r], grid.xs[c + span], grid.ys[r + height]))
            grid.place.append((r, c, span))
            for dr in range(height):
                for dc in range(span):
                    grid.owner[(r + dr, c + dc)] = index


def from_cells(found: list[Bbox]) -> Grid:
    """A grid from cell boxes (the unruled tables of `plain`): edges where cells start, spans where they cover more.

    A grid position that no cell covers gets a cell of its own, so that no text is lost.
    """
    xs = sorted({c[0] for c in found})
    ys = sorted({c[1] for c in found})
    right, bottom = max(c[2] for c in found), max(c[3] for c in found)
    grid = Grid([*xs, right], [*ys, bottom])
    for x0, top, x1, low in found:
        row, col = bisect_left(ys, top), bisect_left(xs, x0)
        # A cell covers every column and row edge that starts inside it.
        colspan = max(bisect_left(xs, x1 - 0.5) - col, 1)
        rowspan = max(bisect_left(ys, low - 0.5) - row, 1)
        index = len(grid.cells)
        grid.cells.append((x0, top, x1, low))
        grid.place.append((row, col, colspan))
        for r in range(row, row + rowspan):
            for c in range(col, col + colspan):
                grid.owner.setdefault((r, c), index)
    for r in range(grid.rows):
        for c in range(grid.columns):
            if (r, c) not in grid.owner:
                grid.owner[(r, c)] = len(grid.cells)
                grid.place.append((r, c, 1))
                grid.cells.append((grid.xs[c], grid.ys[r], grid.xs[c + 1], grid.ys[r + 1]))
    return grid
