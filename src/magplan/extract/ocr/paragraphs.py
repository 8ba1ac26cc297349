"""Lines outside a scanned page's tables → paragraphs, and the page's blocks in reading order.

* `paragraphs`: lines grouped by the gap between them and a shared edge or centre;
* `side_by_side`: paragraphs printed side by side on the same lines parted (a heading beside
  the approval block);
* `reading_order`: top to bottom, or column by column on a page in two text columns;
* `margin_texts`: the paragraphs set apart in the page's margins (its running head or foot).
"""

from __future__ import annotations

from itertools import pairwise

from magplan.extract.ocr.grid import TableGrid
from magplan.extract.pdf.words import TAB_GAP, Line
from magplan.layout import Block, Paragraph

# Lines further apart than this many font sizes are separate paragraphs.
_PARAGRAPH_GAP = 0.8
# Lines of one paragraph share an edge or a centre within this many font sizes.
_ALIGNED = 1.5
# Running heads and feet stand in this share of the page height at the top or bottom.
_MARGIN_ZONE = 0.1
# Above a running head, a page too short to measure its letters by: a gap of this share of its height.
_UNMEASURED_GAP = 0.007
# Two parts of one table set in two text columns are as wide as each other within this share.
_SAME_WIDTH = 0.05
# A site's banner over its menu and an approval block beside it: this many lines at most; the
# menu and the block this many lines each at least.
_HEAD_LINES = 2
_COLUMN_LINES = 3


def paragraphs(lines: list[Line], table_tops: list[float]) -> list[list[Line]]:
    """The lines (top to bottom) grouped into paragraphs: close, sharing an edge or a centre, and
    no table's top between them."""
    groups: list[list[Line]] = []
    for line in lines:
        if groups:
            previous = groups[-1][-1]
            table_between = any(previous.top < top < line.top for top in table_tops)
            size = max(line.size, previous.size)
            close = line.top - previous.bottom <= _PARAGRAPH_GAP * size
            if not table_between and close and _aligned(previous, line, size):
                groups[-1].append(line)
                continue
        groups.append([line])
    return groups


def _aligned(previous: Line, line: Line, size: float) -> bool:
    """Do two lines share an edge or a centre, as lines of one paragraph do?

    Without it a title centred just under a block set at the right (an
    approval), or a name set at the right under a position, joins them.
    """
    reach = _ALIGNED * size
    return (
        abs(line.x0 - previous.x0) <= reach
        or abs(line.x1 - previous.x1) <= reach
        or abs((line.x0 + line.x1) - (previous.x0 + previous.x1)) / 2 <= reach
    )


def side_by_side(groups: list[list[Line]]) -> list[list[Line]]:
    """Paragraphs printed side by side on the same lines, parted: a heading set at the left beside
    the approval block at the right («План концертной деятельности … | Директор … / Р.Ф. Гарипов /
    «28» декабря 2026 г.» under «УТВЕРЖДАЮ»).  Read line by line, each of their lines ran into the
    other's.  A group parts where two of its lines or more hold words on both sides of an empty
    channel that no word of the group crosses; the right part goes on from the paragraph right above
    it that starts at its left edge (the block's head word).  A signature (a position, a name at the
    right of its last line) has words on both sides of its line once and stays whole."""
    out: list[list[Line]] = []
    for group in groups:
        head, parts = _head_and_parts(group)
        if parts is None:
            out.append(group)
            continue
        if head:
            out.append(head)
        left, right = parts
        above = out[-1] if out else None
        size = max(line.size for line in group)
        if (
            above is not None
            and abs(above[0].x0 - right[0].x0) <= _ALIGNED * size
            and 0 <= right[0].top - above[-1].bottom <= _PARAGRAPH_GAP * size
        ):
            out[-1] = above + right
            out.append(left)
        else:
            out.extend((left, right))
    # Level parts read left to right (the sort keeps their order).
    return sorted(out, key=lambda group: group[0].top)


def _head_and_parts(group: list[Line]) -> tuple[list[Line], tuple[list[Line], list[Line]] | None]:
    """The group's first lines (`_HEAD_LINES` at most) that run across the page (a site's banner
    over its menu) and the rest's lines left and right of an empty channel (`_parted_at_channel`);
    the group whole and None where no such rest parts.  The banner's words stand in the channel:
    read with the lines under it, the menu beside an approval block ran into the block («Разделы
    УТВЕРЖДЕН»).  A head line must cross the channel: lines above it that leave it empty are
    parted with the rest or not at all.  Under a head, each part is `_COLUMN_LINES` lines at least
    (a menu's entries, a block's lines): two signatures stacked under a sentence («Председатель …
    И.И. Иванов» / «Секретарь …  П.П. Петров») stay whole."""
    parts = _parted_at_channel(group)
    if parts is not None:
        return [], parts
    for first in range(1, min(_HEAD_LINES, len(group) - 2) + 1):
        parts = _parted_at_channel(group[first:])
        if parts is None:
            continue
        left, right = parts
        lo, hi = max(w.x1 for line in left for w in line.words), min(w.x0 for line in right for w in line.words)
        crossed = all(any(w.x0 < hi and w.x1 > lo for w in line.words) for line in group[:first])
        if crossed and min(len(left), len(right)) >= _COLUMN_LINES:
            return group[:first], parts
    return group, None


def _parted_at_channel(group: list[Line]) -> tuple[list[Line], list[Line]] | None:
    """The group's lines left and right of an empty channel two of them at least have words on
    both sides of (wider than `TAB_GAP` font sizes), or None."""
    if len(group) < 2:
        return None
    size = max(line.size for line in group)
    channels = [(a.x1, b.x0) for line in group for a, b in pairwise(line.words) if b.x0 - a.x1 > TAB_GAP * size]
    if len(channels) < 2:
        return None
    lo, hi = max(c[0] for c in channels), min(c[1] for c in channels)
    if lo >= hi:
        return None
    words = [w for line in group for w in line.words]
    if any(w.x0 < hi and w.x1 > lo for w in words):
        return None  # a word of some line stands in the channel
    left: list[Line] = []
    right: list[Line] = []
    both = 0
    for line in group:
        before, after = [w for w in line.words if w.x1 <= lo], [w for w in line.words if w.x0 >= hi]
        both += bool(before and after)
        for side, part in ((left, before), (right, after)):
            if part:
                side.append(Line(part, min(w.top for w in part), max(w.bottom for w in part), line.size))
    return (left, right) if both >= 2 else None


def reading_order(
    boxes: list[tuple[float, float, float, Block]], tables: list[TableGrid]
) -> list[tuple[float, float, float, Block]]:
    """The blocks top to bottom; on a page set in two text columns with the plan's table running
    on from the first into the second (a newsletter: its part in the second column starts higher),
    column by column, as the PDF reader reads such a page (`_column_gutters` there): what stands
    above both tables first, what stands below both last."""
    gutter = _column_gutter(tables)
    if gutter is None:
        return sorted(boxes, key=lambda box: box[0])
    top, bottom = min(t.y0 for t in tables), max(t.y1 for t in tables)

    def column(box: tuple[float, float, float, Block]) -> int:
        if box[1] <= top:
            return -1
        return 2 if box[0] >= bottom else int(box[2] > gutter)

    return sorted(boxes, key=lambda box: (column(box), box[0]))


def _column_gutter(tables: list[TableGrid]) -> float | None:
    """Where two text columns part, when the page's two tables stand side by side, as wide as each
    other (the parts of one table), the right one starting higher than the left; else None."""
    if len(tables) != 2:
        return None
    left, right = sorted(tables, key=lambda t: t.x0)
    widths = (left.x1 - left.x0, right.x1 - right.x0)
    side_by_side = left.x1 <= right.x0 and left.y0 < right.y1 and right.y0 < left.y1
    if not side_by_side or abs(widths[0] - widths[1]) > _SAME_WIDTH * max(widths) or right.y0 >= left.y0:
        return None
    return (left.x1 + right.x0) / 2


def margin_texts(spans: list[tuple[float, float, Block]], height: float, capital: float | None) -> list[str]:
    """The paragraphs set apart in the page's top or bottom margin: a document's running head or
    foot («КДНиЗП администрации района — 2027 год»), which a text PDF's reader finds the same way
    and a DOCX keeps in its header part.  The plan's year is taken from them where its heading
    names none; they stay the page's paragraphs too."""
    spans = sorted(spans, key=lambda span: span[0])
    # More than a paragraph's spacing: about a line's height (a page too short to measure: 2 mm).
    gap = capital or _UNMEASURED_GAP * height
    out: list[str] = []
    if len(spans) > 1:
        (top, bottom, first), after = spans[0], spans[1]
        if isinstance(first, Paragraph) and bottom < _MARGIN_ZONE * height and after[0] - bottom > gap:
            out.append(first.text)
        (top, bottom, last), before = spans[-1], spans[-2]
        if isinstance(last, Paragraph) and top > (1 - _MARGIN_ZONE) * height and top - before[1] > gap:
            out.append(last.text)
    return out
