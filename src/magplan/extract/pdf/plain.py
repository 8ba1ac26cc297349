"""Plans printed without ruling lines: a cell grid from the header words.

Used only when no page of a PDF has a drawn table.  The header is the first
line whose word groups name a title column and one more plan column
(`magplan.assemble.column_role`); each column boundary is the emptiest
vertical channel of the text below, between two header groups; a row starts
at a line with text in the first column, a line that crosses a column
boundary (a section heading) or a line after a wider gap; the table ends at
a wide vertical gap.  The result is a list of cell boxes per page, read like
a ruled table's.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from magplan.assemble import column_role
from magplan.extract.pdf.words import Line, Word
from magplan.normalize.numbers import row_number

Bbox = tuple[float, float, float, float]
# A horizontal gap of this many font sizes separates two header cells.
HEADER_GAP = 1.0
# An empty band of this many font sizes ends the table.
END_GAP = 2.0
# Columns stand at least this many font sizes apart; narrower gaps are spaces.
MIN_CHANNEL = 0.6
# A gap this much wider (in font sizes) than the usual one between lines starts a row.
ROW_GAP = 0.5


@dataclass(slots=True)
class _Header:
    page: int
    first: int  # index of the header's first line on its page
    groups: list[tuple[float, float]]  # x ranges of the header cells


def _groups(line: Line, gap: float) -> list[list[Word]]:
    groups: list[list[Word]] = []
    for word in line.words:
        if groups and word.x0 - groups[-1][-1].x1 <= gap * line.size:
            groups[-1].append(word)
        else:
            groups.append([word])
    return groups


def _header_at(lines: list[Line], first: int) -> tuple[list[tuple[float, float]], int] | None:
    """The header cells' x ranges and line count, if a header row starts at line `first`."""
    groups = _groups(lines[first], HEADER_GAP)
    roles = {column_role(" ".join(w.text for w in group)) for group in groups}
    if len(groups) < 3 or "title" not in roles or not roles - {"extra", "title"}:
        return None
    ranges = [(g[0].x0, g[-1].x1) for g in groups]
    count = 1
    # Header cells printed on two lines («№ / п/п», «Наименование / мероприятия»).
    for previous, following in zip(lines[first:], lines[first + 1 : first + 4], strict=False):
        if not _continues_header(previous, following, ranges):
            break
        for word in following.words:
            at = next(i for i, (x0, x1) in enumerate(ranges) if word.x0 < x1 and word.x1 > x0)
            ranges[at] = (min(ranges[at][0], word.x0), max(ranges[at][1], word.x1))
        count += 1
    return ranges, count


def _find_header(pages: list[tuple[int, list[Line]]]) -> _Header | None:
    for page, lines in pages:
        for first in range(len(lines)):
            found = _header_at(lines, first)
            if found:
                return _Header(page, first, found[0])
    return None


def _continues_header(previous: Line, line: Line, ranges: list[tuple[float, float]]) -> bool:
    if line.top - previous.bottom > 0.5 * line.size or row_number(line.words[0].text) is not None:
        return False
    return all(any(w.x0 < x1 and w.x1 > x0 for x0, x1 in ranges) for w in line.words)


def _channel(words: list[Word], lo: float, hi: float, min_width: float) -> float:
    """The middle of the x range in (lo, hi) that the fewest words cover, the widest of those.

    Ranges narrower than `min_width` are the spaces between the words of one
    line (a section heading across the columns) and count only when no
    wider range exists.
    """
    inside = [w for w in words if w.x1 > lo and w.x0 < hi]
    events = sorted([(max(w.x0, lo), 1) for w in inside] + [(min(w.x1, hi), -1) for w in inside])
    ranges: list[tuple[int, float, float]] = []  # (coverage, start, end)
    depth, x = 0, lo
    for position, step in [*events, (hi, 0)]:
        if position > x:
            ranges.append((depth, x, position))
            x = position
        depth += step
    wide = [r for r in ranges if r[2] - r[1] >= min_width] or ranges
    if not wide:
        return (lo + hi) / 2
    _, start, end = min(wide, key=lambda r: (r[0], r[1] - r[2]))
    return (start + end) / 2


def _table_lines(pages: list[tuple[int, list[Line]]], header: _Header) -> list[tuple[int, list[Line]]]:
    """The table's lines on each page, from its header to the first wide empty band."""
    out: list[tuple[int, list[Line]]] = []
    for page, lines in pages:
        if page < header.page:
            continue
        taken: list[Line] = []
        for line in lines[header.first :] if page == header.page else lines:
            if taken and line.top - taken[-1].bottom > END_GAP * line.size:
                out.append((page, taken))
                return out
            taken.append(line)
        if taken:
            out.append((page, taken))
    return out


def plain_tables(pages: list[tuple[int, list[Line]]]) -> dict[int, tuple[Bbox, list[Bbox]]]:
    """Cell boxes of the plan table on each page it covers; empty when no header is found."""
    header = _find_header(pages)
    if header is None:
        return {}
    body = _table_lines(pages, header)
    words = [w for _, lines in body for line in lines for w in line.words]
    groups = sorted(header.groups)
    size = sorted(w.size for w in words)[len(words) // 2]
    bounds = [_channel(words, (a[0] + a[1]) / 2, (b[0] + b[1]) / 2, MIN_CHANNEL * size) for a, b in pairwise(groups)]
    kinds = [_line_kinds(lines, bounds) for _, lines in body]
    left = min(line.x0 for _, lines in body for line in lines)
    right = max(line.x1 for _, lines in body for line in lines)
    in_cells: list[Word] = []
    for (_, lines), line_kinds in zip(body, kinds, strict=True):
        in_cells.extend(w for line, kind in zip(lines, line_kinds, strict=True) if kind == "cells" for w in line.words)
    lefts = [left, *bounds]
    # A column's text may run up to the longest line printed in it (the fit test of `words`).
    rights = [
        min(max((w.x1 for w in in_cells if _column(w, bounds) == c), default=lefts[c] + 1), [*bounds, right][c])
        for c in range(len(lefts))
    ]
    grid = _Grid(lefts, rights, left, right)
    return {page: _page_cells(lines, k, grid) for (page, lines), k in zip(body, kinds, strict=True)}


@dataclass(slots=True)
class _Grid:
    lefts: list[float]
    rights: list[float]
    left: float
    right: float


def _line_kinds(lines: list[Line], bounds: list[float]) -> list[str]:
    """Each line's part in the table: «header», «more header», «heading» (across the columns) or «cells»."""
    header = _header_at(lines, 0)
    count = header[1] if header else 0
    kinds = ["header"] + ["more header"] * (count - 1) if count else []
    for line in lines[count:]:
        crossing = any(w.x0 < b < w.x1 for w in line.words for b in bounds)
        kinds.append("heading" if crossing else "cells")
    return kinds


def _page_cells(lines: list[Line], kinds: list[str], grid: _Grid) -> tuple[Bbox, list[Bbox]]:
    """Rows of one page's table lines, and the cell boxes of the grid."""
    gaps = sorted(b.top - a.bottom for a, b in pairwise(lines))
    usual = gaps[len(gaps) // 2] if gaps else 0.0
    bounds = grid.lefts[1:]
    rows: list[tuple[float, bool]] = []  # (top, spans the whole width)
    for index, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        if kind == "more header":
            continue
        starts = index == 0 or kind == "heading" or rows[-1][1] or _column(line.words[0], bounds) == 0
        if index and line.top - lines[index - 1].bottom > usual + ROW_GAP * line.size:
            starts = True
        if starts:
            rows.append((line.top - 0.5, kind == "heading"))
    bottom = lines[-1].bottom + 0.5
    cells: list[Bbox] = []
    for r, (top, spanning) in enumerate(rows):
        below = rows[r + 1][0] if r + 1 < len(rows) else bottom
        if spanning:
            cells.append((grid.left, top, grid.right, below))
        else:
            cells.extend((x0, top, x1, below) for x0, x1 in zip(grid.lefts, grid.rights, strict=True))
    return (grid.left, rows[0][0], grid.right, bottom), cells


def _column(word: Word, bounds: list[float]) -> int:
    return sum(1 for b in bounds if word.cx >= b)
