"""Tables typed as lines of text, their cells set apart by tabs (a paragraph a row, tab stops
lining the columns up): a reader sees a table, and so does magplan.

A secretary without a table tool (or a program that writes paragraphs only) types the header
«№<tab>Мероприятие<tab>Дата<tab>…» and each row under it the same way.  A run of such lines,
each with as many cells as the others, is read as a borderless table, its first line the header;
whether it is a plan's is the assembler's to say, as for any table.
"""

from __future__ import annotations

import re
from itertools import combinations

from magplan.layout import Block, Cell, ExtractWarning, Paragraph, Row, Table
from magplan.normalize.numbers import row_number
from magplan.text import clean

_TAB_GAP = re.compile(r"\t+")
# A header and two rows at least; three cells at least in each (two are a signature's
# «position<tab>name» or a contents line's «title<tab>page»).
_LEAST_LINES = 3
_LEAST_CELLS = 3
# Columns enough for any plan: the ways to place a short line's cells under more are too many.
_MOST_PLACED = 12


def tab_tables(
    blocks: list[Block], tabbed: dict[int, str], warnings: list[ExtractWarning], stops: dict[int, float] | None = None
) -> list[Block]:
    """`blocks` with each run of tabbed lines of one shape read as a table.  `tabbed` holds the
    text with its tabs of the paragraphs that have any (by the paragraph's `id`); `stops`, where
    the reader knows it, the default tab stops' spacing of each in ems of its font; what the
    reading cannot be sure of goes to `warnings`."""
    known = stops or {}
    out: list[Block] = []
    run: list[Paragraph] = []
    for k, block in enumerate([*blocks, None]):
        if isinstance(block, Paragraph) and (id(block) in tabbed or (run and _between(blocks, k, tabbed))):
            run.append(block)
            continue
        raws = [tabbed.get(id(p), p.text) for p in run]
        out.extend(_tables_in(run, raws, warnings, [known.get(id(p)) for p in run]))
        run = []
        if block is not None:
            out.append(block)
    return out


def _between(blocks: list[Block], index: int, tabbed: dict[int, str]) -> bool:
    """Is `blocks[index]` a line of text with no tab between two tabbed lines, the one under it a
    numbered row (a section's heading «Раздел 1. Культура» typed across the table, under its header
    or between its rows)?  A heading over another table's header («Лист ознакомления» over
    «№<tab>ФИО<tab>Подпись») heads that table, no section of this one."""
    block, after = blocks[index], blocks[index + 1] if index + 1 < len(blocks) else None
    if not isinstance(block, Paragraph) or "\n" in block.text.strip() or not block.text.strip():
        return False
    if not isinstance(after, Paragraph) or id(after) not in tabbed:
        return False
    return row_number(tabbed[id(after)].strip(" \t").split("\t")[0]) is not None


def _tables_in(
    run: list[Paragraph], raws: list[str], warnings: list[ExtractWarning], stops: list[float | None]
) -> list[Block]:
    """A run of tabbed paragraphs with the tables they type read as tables.

    With tab stops one tab stands between two cells and two round an empty one: the run is one
    table when every line has as many tabs.  Else (the default stops, a gap of several tabs to
    line the cells up; a heading or a signature typed with tabs round the table) each stretch of
    lines with as many gaps as its first is tried as a table on its own."""
    if len(run) < _LEAST_LINES:
        return list(run)
    exact = [raw.strip(" ").split("\t") for raw in raws]
    if _shaped([cells for cells in exact if len(cells) > 1]) and len(exact[0]) > 1:
        end = len(exact) - _lines_after(exact)
        if end >= _LEAST_LINES:
            return [_table(exact[:end], run[0].page), *run[end:]]
    gaps = [_TAB_GAP.split(raw.strip(" \t")) for raw in raws]
    out: list[Block] = []
    i = 0
    while i < len(run):
        width = len(gaps[i])
        j = i + 1
        while j < len(run) and (
            len(gaps[j]) == width or _short_row(gaps[j], width) or (len(gaps[j]) == 1 and j + 1 < len(run))
        ):
            # A line of one cell inside the run (none ends it: `_between`) is a heading across the table.
            j += 1
        j -= _lines_after(gaps[i:j])
        if width < _LEAST_CELLS or j - i < _LEAST_LINES:
            out.append(run[i])
            i += 1
            continue
        for cells in gaps[i:j]:
            if 1 < len(cells) < width:
                # An empty cell at the default stops is a wider gap: the cells are placed under
                # the columns where they start (`_placed`), or read from the left.
                said = " | ".join(cells)
                warnings.append(ExtractWarning("row_shape", f"a tabbed line has fewer cells than its header: {said}"))
        placed = _placed(raws[i:j], gaps[i:j], stops[i:j])
        padded = [
            placed[k] or (cells + [""] * (width - len(cells)) if len(cells) > 1 else cells)
            for k, cells in enumerate(gaps[i:j])
        ]
        out.append(_table(padded, run[i].page))
        i = j
    return out


# The width of a character in ems, by kind, near enough for Times New Roman and Arial alike (the
# fonts plans are typed in): which tab stop a cell starts at, not where a line wraps, rests on it.
_NARROW = frozenset(" .,:;!'|ilIjtf()[]-")
_WIDE = frozenset("ЖШЩЫЮМмжшщыюWwmM№")


def _em_width(text: str) -> float:
    return sum(0.27 if ch in _NARROW else 0.9 if ch in _WIDE else 0.7 if ch.isupper() else 0.5 for ch in text)


def _starts(raw: str, stop: float) -> list[float]:
    """Where each cell of a line typed at the default tab stops (every `stop` ems) starts, in ems:
    a tab goes on to the next stop past the text before it."""
    starts: list[float] = []
    pos = 0.0
    for k, part in enumerate(raw.split("\t")):
        if k:
            pos = (int(pos / stop) + 1) * stop
        if part.strip(" "):
            starts.append(pos)
            pos += _em_width(part)
    return starts


def _placed(raws: list[str], lines: list[list[str]], stops: list[float | None]) -> list[list[str] | None]:
    """The lines with fewer cells than the header (the first line), their cells under the
    columns where they start: where the reader knows the default tab stops, a gap of tabs over an
    empty cell in the middle («Выставка<tab><tab>март<tab><tab><tab><tab>Кузнецова» under
    «Мероприятие … Дата … Место … Ответственный») ends at the column after it.  A column starts
    where the header's cell and the full rows' cells start (the middle one of them); a short
    line's cells go to the columns, left to right, nearest where they start.  None for the other
    lines, or where the stops are not known."""
    width = len(lines[0])
    placed: list[list[str] | None] = [None] * len(lines)
    known = [(raw, cells, stop) for raw, cells, stop in zip(raws, lines, stops, strict=True) if stop]
    full = [_starts(raw, stop) for raw, cells, stop in known if len(cells) == width]
    full = [starts for starts in full if len(starts) == width]
    if not stops[0] or not full or width > _MOST_PLACED:
        return placed
    columns = [sorted(starts[c] for starts in full)[len(full) // 2] for c in range(width)]
    for k, (raw, cells, stop) in enumerate(zip(raws, lines, stops, strict=True)):
        starts = _starts(raw, stop) if stop and 1 < len(cells) < width else []
        if len(starts) != len(cells) or not starts:
            continue
        row = [""] * width
        for text, c in zip(cells, _nearest_columns(starts, columns), strict=True):
            row[c] = text
        placed[k] = row
    return placed


def _nearest_columns(starts: list[float], columns: list[float]) -> tuple[int, ...]:
    """The columns, left to right, one for each cell start, that stand nearest them in all."""

    def distance(chosen: tuple[int, ...]) -> float:
        return sum(abs(at - columns[c]) for at, c in zip(starts, chosen, strict=True))

    return min(combinations(range(len(columns)), len(starts)), key=distance)


def _lines_after(lines: list[list[str]]) -> int:
    """How many of the last lines are typed under a numbered table, no rows of it: a line opening
    with text that is no number («Директор<tab>______<tab>И.И. Иванов», «Примечание:<tab>…») where
    the rows above are numbered; a wrapped line's first cell is empty."""
    if sum(row_number(cells[0]) is not None for cells in lines[1:]) < 2:
        return 0
    count = 0
    while count < len(lines) - 1 and _unnumbered(lines[-1 - count][0]):
        count += 1
    return count


def _unnumbered(first: str) -> bool:
    return bool(first.strip()) and row_number(first) is None


def _short_row(cells: list[str], width: int) -> bool:
    """A numbered line with fewer cells than the header's (three at least): a row whose last cells
    were left empty («2.<tab>Час истории<tab>02.02.2027»), not a signature or a note after it."""
    return _LEAST_CELLS <= len(cells) < width and row_number(cells[0]) is not None


def _shaped(lines: list[list[str]]) -> bool:
    """Whether lines of cells make a table: enough of them, all with as many cells."""
    widths = {len(cells) for cells in lines}
    return len(lines) >= _LEAST_LINES and len(widths) == 1 and widths.pop() >= _LEAST_CELLS


def _table(lines: list[list[str]], page: int | None) -> Table:
    width = len(lines[0])
    # A line of one cell (a section's heading) runs across the table.
    rows = [
        Row([Cell(clean(cells[0]), colspan=width)]) if len(cells) == 1 else Row([Cell(clean(text)) for text in cells])
        for cells in lines
    ]
    rows[0].is_header = True
    return Table(rows, page=page, ruled=False)
