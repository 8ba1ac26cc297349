"""Ruled tables on a page image: ruling lines by morphology, cells, and their grid.

The cells are the white regions the ruling encloses, so merged cells come
out as they are drawn: a section row spanning the table is one region over
all columns (`colspan`), a cell merged down the rows one region over several
rows (`rowspan`, the rows below get ``merged_up`` cells).  Sizes are given
for 300 dpi and scaled by `unit`.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

import cv2
import numpy as np
import numpy.typing as npt

from magplan.extract.ocr import image
from magplan.extract.ocr.image import Image, close_gaps, components, open_lines

Labels = npt.NDArray[np.int32]

# Printers leave at least this much (pixels at 300 dpi: 3 mm) between the paper's edge and the print.
_PAPER_MARGIN = 35
# A dotted row line (`dotted_rows`): this share of ink along this many pixels (at 300 dpi), the rows
# this far above and below it bare.
_DOTTED_DENSITY = 0.05
_DOTTED_REACH = 200
_DOTTED_CLEAR = 6
# Cells of a table of separate borders stand this far apart at most (pixels at 300 dpi; about 1 mm).
_CELL_SPACING = 12
# A vertical stroke this long (pixels at 300 dpi) is ruling even alone: no letter is as tall.
_LONG_STROKE = 150
# Column borders of a table the page break cut that end together, no line there, this many at
# least across this width (pixels at 300 dpi): the cut row's open end (`_cut_table_ends`).
_CUT_BORDERS = 3
_CUT_WIDTH = 200
# ... one of them meeting this many row lines at least (the header's top and bottom, and a row's).
_CUT_ROWS_ABOVE = 3
# A stroke with ink touching it on both sides along this share of its height at least is a letter's
# stem (a «ф»'s bowls), not a border.
_LETTER_STEM = 0.15
# A stroke carried on past its lines by ink touching it keeps at least this share of its length between them.
_WITHIN_LINES = 0.6
# A vertical stroke inked over this share of its rows from line to line is a border without another
# in line with it: no letter fills a row from line to line.
_SOLID_BORDER = 0.97
# A vertical border holds ink on at least this share of the rows between two row lines; a letter's
# stem between the ends of two borders (a one-line row's heading) holds about half of them.
_RULED_SHARE = 0.85
# Ruling is wiped off this many pixels round its lines: the soft edges a line leaves in gray.
_ERASE_REACH = 4
# A row line broken under a cell (which then runs into the cell under it) still crosses this share
# of its width: a cell merged down the rows has no line across it.
_CROSSED = 0.6
# The thickness (pixels at 300 dpi) a cell has at its widest inside: a small letter's height.
_MIN_CELL_INSIDE = 16


@dataclass(slots=True)
class GridCell:
    x0: int
    y0: int
    x1: int
    y1: int
    row: int = 0
    col: int = 0
    rowspan: int = 1
    colspan: int = 1


@dataclass(slots=True)
class TableGrid:
    """One ruled table: its cells in page coordinates and the grid they sit on."""

    x0: int
    y0: int
    x1: int
    y1: int
    cells: list[GridCell] = field(default_factory=list)
    rows: int = 0
    cols: int = 0
    # Per pixel of the table's box: 1 + the index of the cell it belongs to, 0 on a ruling line.
    labels: Labels = field(default_factory=lambda: np.zeros((0, 0), np.int32))
    # Cells whose text is printed turned a quarter round (`sideways`), read apart.
    sideways: frozenset[int] = frozenset()

    def cell_at(self, x: float, y: float) -> int | None:
        """Index of the cell holding the point, the nearest one when it is on a line."""
        if not (self.x0 <= x < self.x1 and self.y0 <= y < self.y1):
            return None
        label = int(self.labels[int(y) - self.y0, int(x) - self.x0])
        if label:
            return label - 1

        def distance(cell: GridCell) -> float:
            dx = max(cell.x0 - x, 0.0, x - cell.x1)
            dy = max(cell.y0 - y, 0.0, y - cell.y1)
            return dx * dx + dy * dy

        return min(range(len(self.cells)), key=lambda i: distance(self.cells[i])) if self.cells else None


def ruling_lines(bw: Image, unit: float, stamped: Image | None = None) -> Image:
    """Table ruling of a deskewed page: long strokes that meet other strokes.

    A vertical stroke counts only when horizontal lines touch both its ends
    and, unless it is long, another stroke stands in line with it in another
    row: the stem of a tall letter (ф, р, б) can fill a one-line row, but a
    column border runs through the rows.  Horizontal lines broken under
    removed ink (`stamped` 255) are joined first (`bridge_under_ink`), so
    that a border ending under a signature still meets its line.  A light border left as a
    row of specks parts the cells between borders so found (`_dotted_between`).
    """
    # No printer prints at the paper's very edge: lines there are the sheet's own edge, or the
    # desk beside it, in a photo or a scan; taken as ruling they make a table of the whole page.
    margin = max(int(_PAPER_MARGIN * unit), 1)
    bw = bw.copy()
    bw[:margin] = bw[-margin:] = 0
    bw[:, :margin] = bw[:, -margin:] = 0
    tol = max(int(12 * unit), 3)
    # A thin line of a noisy scan breaks up in any single row of pixels; thickening it
    # across its direction first lets the long opening see it whole.
    across = max(round(3 * unit), 1)
    gap = max(int(30 * unit), 3)
    # Opened in short pieces that must join into a long line (`image.row_pieces`).
    pieces = image.row_pieces(cv2.dilate(bw, np.ones((across, 1), np.uint8)), unit)
    spacing = max(int(_CELL_SPACING * unit), 3)
    horizontal = _lines_of(pieces, max(int(100 * unit), 20), gap, spacing)
    if stamped is not None:
        horizontal = bridge_under_ink(horizontal, stamped, unit)
    thick_v = cv2.dilate(bw, np.ones((1, across), np.uint8))
    vertical = close_gaps(open_lines(thick_v, 1, max(int(40 * unit), 10)), 1, gap)
    h_near = cv2.dilate(horizontal, cv2.getStructuringElement(cv2.MORPH_RECT, (2 * tol + 1, 2 * tol + 1)))
    count, labels, stats = components(vertical)
    carried = _carried_to_lines(vertical, stats, thick_v, horizontal, gap)
    if carried is not vertical:  # labelled again only where a stroke grew
        vertical = carried
        count, labels, stats = components(vertical)
    cut = _cut_table_ends(stats, h_near, tol, unit)
    if cut:
        horizontal = horizontal.copy()
        for y, x0, x1 in cut:
            horizontal[max(y - across + 1, 0) : y + 1, x0:x1] = 255
        h_near = cv2.dilate(horizontal, cv2.getStructuringElement(cv2.MORPH_RECT, (2 * tol + 1, 2 * tol + 1)))
    spans = {k: span for k in range(1, count) if (span := _between_lines(labels, stats, k, h_near)) is not None}
    centres = {k: stats[k, 0] + stats[k, 2] / 2 for k in spans}
    kept_v = np.zeros_like(vertical)
    covered = thick_v if stamped is None else thick_v | stamped
    short: list[_ShortOfLines] = []
    for k, (top, bottom) in spans.items():
        x, _y, w, _h, _area = stats[k]
        aligned = any(abs(centres[k] - centres[j]) <= tol for j in spans if j != k)
        # A table of one row (the last row of a plan carried over to a page of its own) has no other
        # row for its borders to line up with; but a border is ink from line to line, and a letter
        # standing in a row leaves room above or below it.
        solid = _inked_rows(thick_v[top:bottom, x : x + w], across).mean() >= _SOLID_BORDER
        solid = solid and (
            _closed_row((top, bottom), spans, centres, h_near, tol) or _crosses_line(horizontal, top, bottom, x, w, tol)
        )
        if aligned or solid or bottom - top >= _LONG_STROKE * unit:
            own = labels[top:bottom, x : x + w] == k
            ruled, stretches = _ruled_rows(
                own, horizontal[top:bottom, x : x + w], covered[top:bottom, x : x + w], across + 1, spacing
            )
            short += [_ShortOfLines(k, top + a, top + b, top + first, top + last) for a, b, first, last in stretches]
            ruled &= _not_letters(own, horizontal[top:bottom, x : x + w], bw[top:bottom], x, across + 1)
            # A table's outer border may stand a pixel or two beyond its row lines' ends (a scan's
            # lines stop short of it): lines ending within `across + 1` pixels of it still meet it.
            beside = horizontal[:, max(x - across - 1, 0) : x + w + across + 1]
            own &= (ruled & _ends_on_lines(own, beside, top, across + 1))[:, None]
            kept_v[top:bottom, x : x + w][own] = 255
    for stretch in _spaced_cells(short, across + 1):
        # Drawn from line to line (the border's own break would join the cells of two rows), in
        # the columns it inks on most of its rows (not a letter's that touches it).
        x, _y, w, _h, _area = stats[stretch.stroke]
        own = labels[stretch.first : stretch.last + 1, x : x + w] == stretch.stroke
        inked = np.flatnonzero(own.mean(axis=0) >= 0.5)
        if inked.size:
            kept_v[stretch.above : stretch.below + 1, x + int(inked[0]) : x + int(inked[-1]) + 1] = 255
    v_near = cv2.dilate(kept_v, cv2.getStructuringElement(cv2.MORPH_RECT, (2 * tol + 1, 2 * tol + 1)))
    count, labels, stats = components(horizontal)
    kept_h = np.zeros_like(horizontal)
    for k in range(1, count):
        x, y, w, h, _area = stats[k]
        piece = labels[y : y + h, x : x + w] == k
        if (v_near[y : y + h, x : x + w][piece] > 0).any():
            kept_h[y : y + h, x : x + w][piece] = 255
    result: Image = kept_h | kept_v | _dotted_between(bw, v_near, h_near, unit, gap)
    return result


def _dotted_between(bw: Image, v_near: Image, h_near: Image, unit: float, gap: int) -> Image:
    """Row lines a light border left as specks (`dotted_rows`), where they run from one column
    border to another away from the lines found: only the table's borders, found from its solid
    lines, hold them, so they part cells and make no border of a stroke they cross (taken with
    the solid lines, such rows let a letter's stem through as a column's border in photos)."""
    kept = np.zeros_like(bw)
    ys, xs = np.nonzero(v_near)
    if ys.size == 0:
        return kept
    # Only the borders' reach is searched: the rest of the page holds no table to part.
    box = np.s_[int(ys.min()) : int(ys.max()) + 1, int(xs.min()) : int(xs.max()) + 1]
    dotted = np.where(h_near[box] > 0, np.uint8(0), close_gaps(dotted_rows(bw[box], unit), gap, 1))
    top, left = box[0].start, box[1].start
    count, labels, stats = components(dotted)
    for k in range(1, count):
        x, y, w, h, _area = (int(v) for v in stats[k])
        own = labels[y : y + h, x : x + w] == k
        x, y = x + left, y + top  # on the page
        # The part between the first border it meets and the last (its specks' reach may run
        # on past them), where it meets two: a border's width alone is one.
        met = np.flatnonzero(v_near[y + h // 2, x : x + w])
        if met.size == 0 or met[-1] - met[0] + 1 == met.size:
            continue
        a, b = int(met[0]), int(met[-1]) + 1
        kept[y : y + h, x + a : x + b][own[:, a:b]] = 255
    return kept


def dotted_rows(bw: Image, unit: float) -> Image:
    """Rows of specks a light gray border leaves (the threshold's, or a 1-bit scan's dither): no
    piece of it long enough for the opening.  Rows of a few pixels where ink stands at
    `_DOTTED_DENSITY` or more along `_DOTTED_REACH`, the rows `_DOTTED_CLEAR` above and below
    three times as bare (a text line is ink over its whole height), over an inch at least; only
    where ink stands near (the reach runs on past a line's ends)."""
    ink = (bw > 0).astype(np.uint8)
    band = cv2.dilate(ink, np.ones((3, 1), np.uint8)).astype(np.float32)
    reach = max(int(_DOTTED_REACH * unit), 40)
    density = cv2.blur(band, (reach, 1), borderType=cv2.BORDER_CONSTANT)
    off = max(round(_DOTTED_CLEAR * unit), 3)
    above, below = np.zeros_like(density), np.zeros_like(density)
    above[off:], below[:-off] = density[:-off], density[off:]
    thin = (density >= _DOTTED_DENSITY) & (above * 3 < density) & (below * 3 < density)
    near = cv2.dilate(ink, np.ones((3, max(int(60 * unit), 12)), np.uint8)) > 0
    return open_lines(np.where(thin & near, np.uint8(255), np.uint8(0)), max(int(300 * unit), 60), 1)


def _cut_table_ends(stats: image.Stats, h_near: Image, tol: int, unit: float) -> list[tuple[int, int, int]]:
    """Lines (y, x0, x1) that close a table the page break cut: its column borders run on past its
    last row line to where the page's part of the cut row ends (or open the page above its first
    row line), all ending at one height with no line there.  Drawn, they close that row's cells,
    which else had borders meeting a line at one end only, no ruling: the row went to paragraphs.

    Only borders longer than any letter (`_LONG_STROKE`), three or more, ending within `tol` of
    one another, across a table's width; each meets a line at its other end."""
    free: dict[str, list[tuple[int, int, int, int]]] = {"foot": [], "head": []}  # (end, x0, x1, lines met)
    for k in range(1, len(stats)):
        x, y, w, h, _area = (int(v) for v in stats[k])
        if h < _LONG_STROKE * unit:
            continue
        top, bottom = h_near[y, x : x + w].any(), h_near[y + h - 1, x : x + w].any()
        crossed = _lines_crossed(h_near[y : y + h, x : x + w])
        if top and not bottom:
            free["foot"].append((y + h - 1, x, x + w, crossed))
        elif bottom and not top:
            free["head"].append((y, x, x + w, crossed))
    lines: list[tuple[int, int, int]] = []
    for side, ends in free.items():
        # The rows beside the cut row are ruled: one border at least (the table's outer one, which
        # runs on past the rows a heading spans) meets that many lines (a table ruled round its
        # header alone, its column borders running on down its body, is no cut table).
        ruled = _CUT_ROWS_ABOVE if side == "foot" else _CUT_ROWS_ABOVE - 1
        ends.sort()
        group: list[tuple[int, int, int, int]] = []
        for end in [*ends, None]:
            if end is not None and (not group or end[0] - group[0][0] <= tol):
                group.append(end)
                continue
            x0, x1 = min((g[1] for g in group), default=0), max((g[2] for g in group), default=0)
            if len(group) >= _CUT_BORDERS and x1 - x0 >= _CUT_WIDTH * unit and max(g[3] for g in group) >= ruled:
                lines.append((group[len(group) // 2][0], x0, x1))
            group = [end] if end is not None else []
    return lines


def _lines_crossed(near: Image) -> int:
    """How many horizontal lines (runs of rows where `near`, a stroke's box of the lines' mask,
    holds ink) the stroke meets."""
    return len(image.runs(np.asarray(near.any(axis=1), dtype=bool)))


def _not_letters(
    own: npt.NDArray[np.bool_], horizontal: Image, page: Image, x: int, reach: int
) -> npt.NDArray[np.bool_]:
    """Per row of a vertical stroke's box (columns from page column `x`): False across a row of
    the table where ink touches the stroke on both sides (within `reach` pixels) along
    `_LETTER_STEM` of its height, and no longer stretch goes untouched (`_free_run`): a letter's
    stem, its bowls on both sides («ф» of a heading across the columns, blurred in a photo to fill
    its one-line row from line to line, in line with the border of the № column), not a border,
    which stands in its cells' padding."""
    keep: npt.NDArray[np.bool_] = np.ones(own.shape[0], bool)
    # Measured from the stroke's own ink in each row, not from its box (a slanted border's box is
    # wider than the border).
    rows = np.arange(own.shape[0])
    first = x + np.argmax(own, axis=1)
    last = x + own.shape[1] - 1 - np.argmax(own[:, ::-1], axis=1)
    width = page.shape[1]
    left = np.zeros(own.shape[0], bool)
    right = np.zeros(own.shape[0], bool)
    for step in range(1, reach + 1):
        left |= (first - step >= 0) & (page[rows, np.clip(first - step, 0, width - 1)] > 0)
        right |= (last + step < width) & (page[rows, np.clip(last + step, 0, width - 1)] > 0)
    touched = own.any(axis=1) & left & right
    # (The stroke's ends too: one may stop a pixel short of its line, `_ends_on_lines`.)  Not the
    # `reach` rows next to a line: the line's own ink, blurred, touches the stroke there; and not
    # a row too low for a letter (between a double rule's two lines).
    on_line = np.nonzero((own & (horizontal > 0)).any(axis=1))[0]
    ends = np.unique(np.r_[-1, on_line, own.shape[0]])
    for above, below in itertools.pairwise(ends):
        inside = touched[above + 1 + reach : below - reach]
        if inside.size >= 4 * reach and inside.mean() >= _LETTER_STEM and _free_run(inside) < inside.sum():
            keep[above + 1 : below] = False
    return keep


def _free_run(touched: npt.NDArray[np.bool_]) -> int:
    """The longest run of rows untouched (False) in `touched`.  A letter's stem is touched along
    most of itself; a border that figures touch at a cell's edge («3» before «Праздничный», the
    cell's text set against it) runs on untouched past them, longer than they are tall."""
    return max((end - start for start, end in image.runs(~touched)), default=0)


def _carried_to_lines(vertical: Image, stats: image.Stats, ink: Image, horizontal: Image, reach: int) -> Image:
    """`vertical` (its strokes' `stats`) with each stroke's end that stops short of a line by
    `reach` rows at most carried on to it where `ink` runs on in its column (a pixel's slack either
    side) all the way.

    A thin border photographed may binarise hollow, its two edges a pixel apart and wavering by
    one: the long opening loses it for a few rows where it meets its line (a header row's border
    then missing, two header cells read as one).  A letter's stem stops short of the line with
    white above it, and stays short.  `vertical` itself where no stroke grows.
    """
    out = vertical
    height = vertical.shape[0]
    for k in range(1, len(stats)):
        x, y, w, h, _area = (int(v) for v in stats[k])
        columns = slice(max(x - 1, 0), x + w + 1)
        for step, row in ((-1, y - 1), (1, y + h)):
            rows = 0
            while 0 <= row < height and rows < reach and not horizontal[row, columns].any() and ink[row, columns].any():
                row, rows = row + step, rows + 1
            if rows and 0 <= row < height and horizontal[row, columns].any():
                if out is vertical:
                    out = vertical.copy()
                low, high = sorted((row, row - step * rows))  # onto the line, as a border meets it
                out[low : high + 1, x : x + w] = 255
    return out


def _between_lines(labels: image.Labels, stats: image.Stats, k: int, h_near: Image) -> tuple[int, int] | None:
    """The rows (top, bottom) of vertical stroke `k` between the first and last horizontal line it meets.

    A column border meets a line at both of its ends.  Ink touching it from
    outside the table (a signature's remains under the bottom border, a
    letter) carries the stroke on past the line: it is cut there.  A stroke
    that meets a line only once, or mostly runs beyond its lines, is none.
    """
    x, y, w, h, _area = stats[k]
    if h_near[y, x : x + w].any() and h_near[y + h - 1, x : x + w].any():
        return y, y + h
    own = labels[y : y + h, x : x + w] == k
    touched = np.nonzero((own & (h_near[y : y + h, x : x + w] > 0)).any(axis=1))[0]
    if touched.size == 0:
        return None
    first, last = int(touched[0]), int(touched[-1])
    if last - first < _WITHIN_LINES * h or last - first < 2:
        return None
    return y + first, y + last + 1


def _inked_rows(stroke: Image, reach: int) -> npt.NDArray[np.bool_]:
    """Per row of a stroke's box: ink in it or within `reach` rows.

    A thin border photographed breaks for a row or two (JPEG, blur), and
    the closing that made it one stroke carries its ends a row or two past
    the ink: such gaps are no room a letter leaves.
    """
    rows: npt.NDArray[np.bool_] = np.asarray((stroke > 0).any(axis=1))
    inked: Image = np.ascontiguousarray(rows.astype(np.uint8)[:, None])
    grown: Image = cv2.dilate(inked, np.ones((2 * reach + 1, 1), np.uint8))
    return np.asarray(grown[:, 0] > 0)


def _closed_row(
    span: tuple[int, int], spans: dict[int, tuple[int, int]], centres: dict[int, float], h_near: Image, tol: int
) -> bool:
    """Is the row between the lines that `span` runs between closed by strokes at both ends of its top line?

    A table of one row is a box: its outer borders stand at the ends of its
    lines.  A section heading printed between two tables, its letters
    touching the first table's bottom line and the next one's top line, has
    no borders at its ends; the stem of a «ф» runs from line to line there
    like a border and would join both tables into one, the heading a row of it.
    """
    top, bottom = span
    line = np.flatnonzero(h_near[top])
    if line.size == 0:
        return False
    # The run of the top line's row that holds the strokes of this row (h_near reaches `tol` past its ends).
    breaks = np.flatnonzero(np.diff(line) > 1)
    starts, ends = np.r_[line[0], line[breaks + 1]], np.r_[line[breaks], line[-1]]
    same_row = [centres[k] for k, (t, b) in spans.items() if abs(t - top) <= tol and abs(b - bottom) <= tol]

    def stands_at(x: float) -> bool:
        return any(abs(c - x) <= 2 * tol for c in same_row)

    return any(
        stands_at(start + tol) and stands_at(end - tol)
        for start, end in zip(starts, ends, strict=True)
        if any(start <= c <= end for c in same_row)
    )


def _crosses_line(horizontal: Image, top: int, bottom: int, x: int, w: int, reach: int) -> bool:
    """Does a horizontal line cross the stroke in columns `x`..`x + w` between rows `top` and
    `bottom`, `reach` clear of both ends, running on past it on both sides?

    A border between two cells of a header's lower row and the cells under
    them (a «Место | Срок» under «Место и сроки» on a page of one row) is
    alone in its column and too short to count as ruling by its length; but
    it runs on through the row line between the two rows, and no letter's
    stem stands in two rows.
    """
    band = horizontal[top + reach : bottom - reach]
    if band.shape[0] <= 0:
        return False
    left = band[:, max(x - reach, 0)].astype(bool)
    right = band[:, min(x + w + reach, horizontal.shape[1] - 1)].astype(bool)
    through = band[:, x : x + w].any(axis=1)
    return bool((left & right & through).any())


def _lines_of(pieces: Image, length: int, gap: int, spacing: int) -> Image:
    """The horizontal lines `pieces` make: pieces at least `length` long, joined across gaps up
    to `gap` wide, with the shorter pieces the joining finds between them, and those that carry
    them on in their rows across gaps of `spacing` at most (`_with_cells_at_ends`).

    A faint row line under a bold heading drops out of the threshold here and
    there: the pieces left between the dropouts, each shorter than a line, are
    the line's where they stand between long pieces of it.  Short pieces joined
    only to each other are no line (the bold letters of a heading, run together
    at a photo's low resolution, leave flat strokes in a row at mid-height),
    nor are those carrying a line on past its ends (a signature's remains).
    """
    joined = close_gaps(pieces, gap, 1)
    _count, labels, stats = components(joined)
    # Each joined line spans the columns its long pieces do, found from those pieces' boxes, and
    # is cut out of its own box: no pass over the page's every pixel (such passes cost as much
    # as the rest of the ruling's search).
    spans: dict[int, tuple[int, int]] = {}
    rows: dict[int, tuple[int, int]] = {}
    for piece, box in _long_pieces(pieces, length):
        held = labels[box]
        # (A closing by a bar of even width moves its result a pixel: a piece's end may be outside.)
        for line in np.unique(held[piece]):
            if not line:
                continue
            columns = np.nonzero(piece & (held == line))[1] + box[1].start
            x0, x1 = int(columns.min()), int(columns.max())
            known = spans.get(int(line), (x0, x1))
            spans[int(line)] = (min(known[0], x0), max(known[1], x1))
            top, bottom = rows.get(int(line), (box[0].start, box[0].stop))
            rows[int(line)] = (min(top, box[0].start), max(bottom, box[0].stop))
    result: Image = np.zeros_like(joined)
    for line, (x0, x1) in spans.items():
        x0, x1 = _with_cells_at_ends(pieces, labels, stats, line, (x0, x1), rows[line], spacing)
        top = int(stats[line, cv2.CC_STAT_TOP])
        box = np.s_[top : top + int(stats[line, cv2.CC_STAT_HEIGHT]), x0 : x1 + 1]
        result[box] = np.where(labels[box] == line, joined[box], result[box])
    return result


def _with_cells_at_ends(
    pieces: Image,
    labels: image.Labels,
    stats: image.Stats,
    line: int,
    span: tuple[int, int],
    rows: tuple[int, int],
    spacing: int,
) -> tuple[int, int]:
    """The columns of joined `line` (its long pieces' `span`) carried on at either end over the
    pieces in the long pieces' `rows` that follow across gaps of `spacing` columns at most.

    In a table of separate borders each cell has its own box, a few pixels
    from its neighbours': the row line of a narrow column (№) is a piece
    shorter than a line at its end, and without it the column has no cells.
    A signature's remains run on past a line's end crooked or across a gap.
    """
    left = int(stats[line, cv2.CC_STAT_LEFT])
    band = np.s_[rows[0] : rows[1], left : left + int(stats[line, cv2.CC_STAT_WIDTH])]
    inked = np.asarray(((labels[band] == line) & (pieces[band] > 0)).any(axis=0))

    def reach(start: int, step: int) -> int:
        last = position = start - left
        while 0 <= position + step < inked.size and abs(position + step - last) <= spacing + 1:
            position += step
            if inked[position]:
                last = position
        return last + left

    return reach(span[0], -1), reach(span[1], 1)


def _long_pieces(pieces: Image, length: int) -> Iterator[tuple[npt.NDArray[np.bool_], tuple[slice, slice]]]:
    """The connected runs of `pieces` at least `length` wide: each as its pixels inside its box, and the box."""
    count, labels, stats = components(pieces)
    for k in range(1, count):
        x, y, w, h = (int(v) for v in stats[k, :4])
        if w >= length:
            box = np.s_[y : y + h, x : x + w]
            yield labels[box] == k, box


def _ruled_rows(
    own: npt.NDArray[np.bool_], horizontal: Image, ink: Image, reach: int, spacing: int
) -> tuple[npt.NDArray[np.bool_], list[tuple[int, int, int, int]]]:
    """Per row of a vertical stroke's box: False across a row of the table that the stroke only seems to cross.

    Gaps in a stroke are closed so that a thin, broken border counts whole;
    but in a one-line row (a section's heading across the table) the
    borders ending at its lines and a letter's stem standing between them
    where a column border would run («IV. Информационное…» with the «И»
    under the border of the № column) close into a stroke across the row,
    and the heading splits in two.  A border is ink from line to line: the
    stroke is kept between two row lines only where at least `_RULED_SHARE`
    of the rows between them hold ink (`ink`: the page's ink, or removed
    coloured ink, that a real border may run under), and the ink reaches
    both lines, but for a break of `reach` rows: a «ф» filling the row but
    for a few pixels under its top line does not.

    Also returned: the stretches (line above, line below, first and last
    inked row) inked enough from the line above that end short of the line
    below by `spacing` rows at most: a cell's own border in a table of
    separate borders, its lower edge lost (`_spaced_cells`).
    """
    keep: npt.NDArray[np.bool_] = np.ones(own.shape[0], bool)
    on_line = np.nonzero((own & (horizontal > 0)).any(axis=1))[0]
    inked: npt.NDArray[np.bool_] = np.asarray((ink > 0).any(axis=1))
    short: list[tuple[int, int, int, int]] = []
    for above, below in itertools.pairwise(on_line):
        between = inked[above + 1 : below]
        if not between.size:
            continue
        enough = between.mean() >= _RULED_SHARE
        if not enough or not (between[:reach].any() and between[-reach:].any()):
            keep[above + 1 : below] = False
            ink_rows = np.flatnonzero(between)
            if not enough or not ink_rows.size:
                continue
            # From its upper line (a cell's dark upper edge) to short of its lower one (the light
            # edge lost): a letter's stem stands short of the line above it.
            first, last = int(ink_rows[0]), int(ink_rows[-1])
            if first < reach and between.size - 1 - last <= spacing:
                short.append((int(above), int(below), int(above) + 1 + first, int(above) + 1 + last))
    return keep, short


@dataclass(frozen=True, slots=True)
class _ShortOfLines:
    """Rows of vertical stroke `stroke` between two row lines (page rows `above`, `below`), inked
    from `first` (at the line above) to `last` enough to be a border, but ending short of the line
    below (`_ruled_rows`)."""

    stroke: int
    above: int
    below: int
    first: int
    last: int


def _spaced_cells(short: list[_ShortOfLines], slack: int) -> list[_ShortOfLines]:
    """The stretches of `short` that another stroke repeats: borders of cells set apart.

    A table of separate borders (HTML's `border="1"`, CSS `border-spacing`)
    draws each cell's own box, a few pixels from its neighbours': a column
    border breaks between rows, and where a cell's lower edge is light (an
    inset border's) it is lost to the threshold, the border stopping short
    of the row line found.  Every border of the row stops alike.  A letter's
    stem under a border in a one-line row (a heading's «ф») stops short of the
    line above it (no such stretch), and alone: no other stroke stops at the
    same rows within `slack`.
    """

    def alike(a: _ShortOfLines, b: _ShortOfLines) -> bool:
        pairs = ((a.above, b.above), (a.below, b.below), (a.first, b.first), (a.last, b.last))
        return a.stroke != b.stroke and all(abs(u - v) <= slack for u, v in pairs)

    return [a for a in short if any(alike(a, b) for b in short)]


def _ends_on_lines(own: npt.NDArray[np.bool_], horizontal: Image, top: int, reach: int) -> npt.NDArray[np.bool_]:
    """Per row of a vertical stroke's box (page row `top` first): False from an end that stops
    short of a line to the first line the stroke crosses.

    A border meets its lines (a photo's thin one may break `reach` rows
    before one).  A tall letter in a one-line row («ф» of a section's heading
    across the table, under the border of the № column) nearly fills it, its
    stem a few pixels short of the line above it: the closing that mends broken
    borders joins the stem to the border under the row, and the stem's
    rows hold ink nearly throughout (`_ruled_rows`); but it ends off a line.
    `horizontal` is the page's horizontal ruling in the stroke's columns.
    """
    keep: npt.NDArray[np.bool_] = np.ones(own.shape[0], bool)
    rows = np.flatnonzero(own.any(axis=1))
    crossed = np.flatnonzero(own.any(axis=1) & (horizontal[top : top + own.shape[0]] > 0).any(axis=1))
    if rows.size == 0 or crossed.size == 0:
        return keep

    def on_a_line(row: int) -> bool:
        return bool(horizontal[max(top + row - reach, 0) : top + row + reach + 1].any())

    if not on_a_line(int(rows[0])):
        keep[: crossed[0]] = False
    if not on_a_line(int(rows[-1])):
        keep[crossed[-1] + 1 :] = False
    return keep


def bridge_under_ink(lines: Image, stamped: Image, unit: float) -> Image:
    """Horizontal ruling joined across the gaps a stamp or signature left in it.

    Taking coloured ink off restores the print under it only roughly, and a
    row line under a stamp can come out broken; two cells of a column then
    read as one.  Where two pieces of a row line stand in line on either
    side of a gap that lies under removed ink (`stamped`), the gap is drawn.
    """
    if not stamped.any():
        return lines
    horizontal = open_lines(lines, max(int(60 * unit), 10), 1)
    count, _labels, stats = components(horizontal)
    pieces = sorted(
        (stats[k, 0], stats[k, 0] + stats[k, 2], stats[k, 1] + (stats[k, 3] - 1) / 2, stats[k, 3])
        for k in range(1, count)
    )
    tol = max(4 * unit, 2)
    out = lines.copy()
    for i, (_x0, x1, y, h) in enumerate(pieces):
        for u0, _u1, v, k in pieces[i + 1 :]:
            if u0 <= x1 or abs(v - y) > tol:
                continue
            row = round((y + v) / 2)
            gap = stamped[row, x1:u0]
            if gap.size and np.count_nonzero(gap) >= 0.8 * gap.size:
                thickness = max(int(min(h, k)), 1)
                # A pixel or two into each piece: the opening that found them trims their ends.
                out[row - thickness // 2 : row - thickness // 2 + thickness, max(x1 - 2, 0) : u0 + 2] = 255
            break
    return out


def find_tables(lines: Image, unit: float) -> list[TableGrid]:
    """The ruled tables of a page, from its ruling-line mask, top to bottom."""
    thick = cv2.dilate(lines, np.ones((3, 3), np.uint8), iterations=max(round(2 * unit), 1))
    count, _labels, stats = components(thick)
    tables: list[TableGrid] = []
    for k in range(1, count):
        x, y, w, h, _area = stats[k]
        if w < 200 * unit or h < 40 * unit:
            continue
        table = _table_grid(thick[y : y + h, x : x + w], x, y, unit)
        if table is not None:
            tables.append(table)
    tables.sort(key=lambda t: t.y0)
    return tables


def _table_grid(mask: Image, x0: int, y0: int, unit: float) -> TableGrid | None:
    framed = mask.copy()
    # Close the frame: tables printed without outer borders still enclose their cells.
    framed[0, :] = framed[-1, :] = 255
    framed[:, 0] = framed[:, -1] = 255
    # The cells (what is not ruling) as 8 bits straight away, not through an int64 array of the table.
    count, labels, stats = components(np.where(framed > 0, np.uint8(0), np.uint8(255)), connectivity=4)
    min_side = max(int(10 * unit), 3)
    # A cell is wide enough inside to hold a letter somewhere.  The frame of a photographed
    # or warped page is not quite straight, so the closing frame drawn along the box leaves
    # thin slivers between it and the table's own border; their boxes span whole rows and
    # columns and would add a column boundary and cover the real cells.
    core = max(int(_MIN_CELL_INSIDE * unit), 3)
    inner = cv2.erode((labels > 0).astype(np.uint8), np.ones((core, core), np.uint8))
    roomy = np.zeros(count, bool)
    roomy[labels[inner > 0]] = True
    # Along the drawn frame a sliver can be wider than that at one end: a table left a little
    # turned or sheared by a photo's unwarping, its border a few pixels further off the box
    # at one end than at the other.  Such a wedge is thin on the whole (its area over its length).
    left, top = stats[:, cv2.CC_STAT_LEFT], stats[:, cv2.CC_STAT_TOP]
    right, bottom = left + stats[:, cv2.CC_STAT_WIDTH], top + stats[:, cv2.CC_STAT_HEIGHT]
    at_edge = (left <= 1) | (top <= 1) | (right >= mask.shape[1] - 1) | (bottom >= mask.shape[0] - 1)
    thin = stats[:, cv2.CC_STAT_AREA] < 2 * core * np.maximum(stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT])
    roomy &= ~(at_edge & thin)
    table = TableGrid(x0, y0, x0 + mask.shape[1], y0 + mask.shape[0])
    relabel = np.zeros(count, np.int32)
    for k in range(1, count):
        x, y, w, h, _area = stats[k]
        if w < min_side or h < min_side or not roomy[k]:
            continue
        table.cells.append(GridCell(x0 + x, y0 + y, x0 + x + w, y0 + y + h))
        relabel[k] = len(table.cells)
    if len(table.cells) < 2:
        return None
    table.labels = relabel[labels]
    tol = 25 * unit
    cols = _boundaries([c.x0 for c in table.cells] + [c.x1 for c in table.cells], tol)
    rows = _boundaries([c.y0 for c in table.cells] + [c.y1 for c in table.cells], tol)
    _part_leaked_cells(table, rows, tol, mask)
    table.cols, table.rows = len(cols) - 1, len(rows) - 1
    for cell in table.cells:
        cell.col = _nearest(cols, cell.x0)
        cell.colspan = max(_nearest(cols, cell.x1) - cell.col, 1)
        cell.row = _nearest(rows, cell.y0)
        cell.rowspan = max(_nearest(rows, cell.y1) - cell.row, 1)
    return table


def _part_leaked_cells(table: TableGrid, rows: list[float], tol: float, mask: Image) -> None:
    """A cell run into the cell under it through a gap in the line between them, parted at that line.

    A faint row line of a photo drops out of the threshold where bold letters
    stand close above it (a section's heading): the heading's cell and the
    next row's cell under the gap are one region.  Its box may cover the next
    row's other cells (the words of all of them went to the heading); or it
    stays in its column, where a row line crosses most of its width (a cell
    merged down the rows has no line across it).  Such a cell is cut at the
    row lines its neighbours' edges set, each part a cell.
    """
    for index, cell in enumerate(list(table.cells)):
        inner = [round(r) for r in rows if cell.y0 + tol < r < cell.y1 - tol]
        # Not the slivers by which the boxes of a table left slightly turned overlap.
        overlaps = any(_overlap(cell, other, tol) for other in table.cells if other is not cell)
        if not overlaps:
            inner = [r for r in inner if _crossed_at(mask, table, cell, r, tol / 2)]
        if not inner:
            continue
        cuts = [cell.y0, *inner, cell.y1]
        top, left = table.y0, table.x0
        own = table.labels[cell.y0 - top : cell.y1 - top, cell.x0 - left : cell.x1 - left] == index + 1
        parts = []
        for a, b in itertools.pairwise(cuts):
            band = own[a - cell.y0 : b - cell.y0]
            ys, xs = np.nonzero(band)
            if ys.size:
                parts.append((a, b, GridCell(cell.x0 + int(xs.min()), a + int(ys.min()), cell.x0 + int(xs.max()) + 1,
                                             a + int(ys.max()) + 1)))  # fmt: skip
        if len(parts) < 2:
            continue
        table.cells[index] = parts[0][2]
        for a, b, part in parts[1:]:
            table.cells.append(part)
            region = table.labels[a - top : b - top, cell.x0 - left : cell.x1 - left]
            region[region == index + 1] = len(table.cells)


def _crossed_at(mask: Image, table: TableGrid, cell: GridCell, row: int, reach: float) -> bool:
    """Does a row line cross most of the cell's width within `reach` of page row `row`? (`mask`: the
    table's ruling, from its box's corner)"""
    top = max(round(row - reach) - table.y0, 0)
    band = mask[top : round(row + reach) - table.y0 + 1, cell.x0 - table.x0 : cell.x1 - table.x0]
    return bool(band.size) and float(np.mean(band.any(axis=0))) >= _CROSSED


def _overlap(a: GridCell, b: GridCell, by: float) -> bool:
    """Do the two boxes overlap by more than `by` each way?"""
    return min(a.x1, b.x1) - max(a.x0, b.x0) > by and min(a.y1, b.y1) - max(a.y0, b.y0) > by


def _boundaries(edges: list[int], tol: float) -> list[float]:
    """Ruling positions: cell edges that lie within `tol` of each other are one line."""
    groups: list[list[int]] = []
    for edge in sorted(edges):
        if groups and edge - groups[-1][-1] <= tol:
            groups[-1].append(edge)
        else:
            groups.append([edge])
    return [float(np.mean(g)) for g in groups]


def _nearest(boundaries: list[float], value: float) -> int:
    """The index of the boundary nearest `value` (the lower one of two as near); `boundaries` ascend."""
    after = bisect.bisect_left(boundaries, value)
    if after == 0:
        return 0
    if after == len(boundaries) or value - boundaries[after - 1] <= boundaries[after] - value:
        return after - 1
    return after


def ruling_to_erase(bw: Image, ruling: Image, unit: float) -> npt.NDArray[np.bool_]:
    """Where the ruling is wiped off the page before recognition: the lines and their soft edges.

    Ruling left on the page is read as «|», «—» or «_» and glued to the words
    it touches, so a band round each line goes; but letters touching or
    crossing a line (a comma's tail on a row line, a letter against a column
    border, a signature over the table) keep their ink in that band.  Ink
    outside the band is grown into it across the line (down towards a row
    line, sideways towards a column border) through ink off the line
    itself, and a letter's strokes that stop at either side of a line are
    joined across it.
    """
    reach = _ERASE_REACH
    size = 2 * reach + 1
    band: npt.NDArray[np.bool_] = cv2.dilate(ruling, np.ones((size, size), np.uint8)) > 0
    if not band.any():
        return band
    length = max(int(40 * unit), 10)
    rows, columns = open_lines(ruling, length, 1), open_lines(ruling, 1, length)
    ink = bw > 0
    through = ink & ~(ruling > 0)
    # Growing along a line's soft edge would draw a piece of the line beside each letter.
    down = (through & (cv2.dilate(rows, np.ones((size, size), np.uint8)) > 0)).astype(np.uint8)
    sideways = (through & (cv2.dilate(columns, np.ones((size, size), np.uint8)) > 0)).astype(np.uint8)
    kept = (ink & ~band).astype(np.uint8)
    grown = kept
    for _ in range(reach + 1):
        grown = (
            kept
            | (cv2.dilate(grown, np.ones((3, 1), np.uint8)) & down)
            | (cv2.dilate(grown, np.ones((1, 3), np.uint8)) & sideways)
        )
    touching = (grown > 0) & band
    # A letter's soft gray edge, a pixel round its ink, stays with it (but not on the line).
    keep = (cv2.dilate(touching.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0) & ~(ruling > 0)
    # Strokes on both sides of a line: joined across it (down a row line, along a column border).
    strokes = touching.astype(np.uint8)
    keep |= (close_gaps(strokes, 1, size) > 0) & (rows > 0) & (columns == 0)
    keep |= (close_gaps(strokes, size, 1) > 0) & (columns > 0) & (rows == 0)
    result: npt.NDArray[np.bool_] = band & ~keep
    return result
