"""Plans printed without ruling lines: a cell grid from the header and the columns' alignment.

Used only when no page of a PDF has a drawn table.

* **Header.** The first band of up to four closely set lines whose word groups
  (words that overlap or nearly touch across the band's lines) name a title
  column and one more plan column (`magplan.assemble.column_role`).  A header
  cell printed on two lines, or centred beside a taller one, is one group.
* **Columns.** A column whose text is left-aligned starts where many of its
  lines start (a peak of word starts below its header); a centred one ends at
  the emptiest vertical channel between two header groups.
* **Rows.** Rows are the bands of text that whitespace across the whole table
  separates (a browser's cell padding, a centred cell's text); a band with
  several row numbers in the number column is split at them (top-aligned
  cells without padding, as word processors print them).  A line whose words
  cross a column boundary (a section heading) is a row of its own, spanning
  the table.
* **End.** The table ends at a wide empty band, and never goes on past its
  last numbered row with lines that cross the columns: the footnotes and the
  signature under the plan stay text.

The result is a list of cell boxes per page, read like a ruled table's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from itertools import accumulate, combinations, groupby, pairwise
from statistics import StatisticsError, linear_regression, median

from rapidfuzz import fuzz

from magplan.column_roles import column_role
from magplan.extract.pdf.words import BASELINE_SLACK, SPACE_WIDTH, WORD_GAP, Line, Word, rest_of_a_cut_word
from magplan.normalize import lexicon
from magplan.normalize.dates import looks_like_period, names_a_date, opens_with_period
from magplan.normalize.numbers import row_number, totals
from magplan.normalize.place import TOWN_KIND
from magplan.requisites import REQUISITE_HEAD, is_name, marks_signature, name_beside, names_position, starts_requisite
from magplan.roman import roman_value
from magplan.text import BULLET_GLYPHS, LIST_SEPARATORS, MARKER_CHARS, PREPOSITION_END, letters_likeness

Bbox = tuple[float, float, float, float]
Rule = tuple[float, float, float]  # a horizontal rule: (y, x0, x1)
# Words of a header band closer than this many font sizes belong to one header cell: a little over
# a monospaced font's space (0.6 em: Courier's, Liberation Mono's), so that a space typed between
# two words of a plain-text plan's header is no gap between cells.
HEADER_GAP = 0.65
# Words starting this many font sizes or more left of a numbered table's «№» (and ending before it)
# stand beside the table (a web page's menu printed in a column left of the plan).
ASIDE_GAP = 1.0
# Words of one line whose baselines stand this many font sizes apart are two flows of text set
# side by side (a menu beside the title), not one line.
OWN_BASELINE = 0.1
# Lines of one header band stand at most this many font sizes apart.
HEADER_LINE_GAP = 0.8
# A header cell is printed on at most this many lines.
HEADER_LINES = 4
# A section's name set in the number column holds this many letters at least (a row's number
# cell holds none: «1.», «II.», «1.1»).
SECTION_LETTERS = 4
# An empty band of this many font sizes ends the table.
END_GAP = 2.0
# How far left of a column (in ems) a run of words may start and still be under it (`_heading_over_rows`).
RUN_SLACK = 2.0
# Pages set in a monospaced font (`_mono_pitch`: of their words of this many letters or more, at
# least this many, this share within this many letters' widths of a straight line): header words
# this many letters' widths apart at most are one cell's (a space and the letters' bearings; cells
# stand two spaces apart at least).
MONO_LETTERS = 4
MONO_WORDS = 20
MONO_SHARE = 0.9
MONO_FIT = 0.2
MONO_SPACE = 1.5
# Columns stand at least this many font sizes apart; narrower gaps are spaces (a monospaced one
# is 0.6 em: `HEADER_GAP`).
MIN_CHANNEL = HEADER_GAP
# Word starts within this many points are one alignment.
ALIGN = 1.5
# A column is left-aligned when this share of the body's lines (and at least 3) start at one x in it.
PEAK_SHARE = 0.2
MIN_PEAK = 3
# Lines of one column more than this many font sizes apart are two cells' (`_cell_blocks`); a
# cell stands in its row's middle within this many (`_split_centred_unnumbered`).
BLOCK_GAP = 0.5
# A line's leading at most (the gap under its text, in font sizes), where no wrapped line shows it.
_LEADING = 0.25
CENTRED_SLACK = 0.35
# A line set smaller than this share of the table's text, at a page's foot, is a footnote.
FOOT_SIZE = 0.92
# A horizontal rule this long (points), starting this close to the table's left edge, separates
# the page's footnotes from the table.
SEPARATOR_LENGTH = 40.0
SEPARATOR_REACH = 6.0
# … and is shorter than this share of the header's width (a footnote separator is a third or so).
TABLE_RULE_SHARE = 0.8
# A table without numbers ends at an empty band this many times as high as the usual ones ...
TAIL_GAP = 3.0
# ... unless this many other bands are nearly as high (`TAIL_LIKE` of it): rows padded apart, their
# cells centred on lines of their own (the usual band is a line's, the rows' bands a tenth of all).
TAIL_ROWS = 2
TAIL_LIKE = 0.8
# Cells are set at the top of their rows when this share of the numbered rows open with their number.
TOP_ALIGNED = 0.8
# Lines of a band closer than this many font sizes stand on the baselines of cells centred apart.
INTERLEAVED = 0.8
# Rows are told by their empty bands when the bands between rows are this many times as high as
# those inside a row (and at least `ROW_GAP` font sizes higher); bands under `MIN_BAND` count as it.
BAND_RATIO = 1.8
ROW_GAP = 0.12
MIN_BAND = 0.05
# ... or, where that leaves numbered rows together, this many times as high (see `_row_gap`).
NUMBERED_RATIO = 1.5
# A cell's padding (top and bottom) leaves a band between rows this high at least (font sizes); a
# paragraph's lines stand a fifth to a third of that apart.
PADDED_BAND = 0.5
# A wider step this nearly as clear as the clearest parts rows instead (see `_row_gap`).
NEAR_BEST = 0.85
# A column of a row printed as a table of its own starts up to this many font sizes off the header's.
SNAP = 0.5
# A browser's row is whole when its number stands this many font sizes from its middle at most.
WHOLE_ROW = 0.25
# A row read a line too long or too short sets its number half a line's step (1.1-1.2 font
# sizes) off its middle: this many font sizes at most.
LINE_OFF = 0.6
# A browser's page part of a table of padded rows that ends more than this many font sizes above
# the lowest table text of any page ends with a whole row: a browser cuts a row only at the page's
# foot (the next row, too tall for the room left, went whole to the next page).
ROOM_BELOW = 2.0
# How far right of its cell's text a list's bullet may stand, in font sizes (a browser's default
# list padding is 40 px, 2.5 em of a 12-point font).
LIST_INDENT = 4.0
# A merged cell's text stands this many font sizes from the middle of the rows it spans at most.
MERGED_MIDDLE = 0.5
# A band with text in the event's column alone, no further below the row above than this share
# of the gaps between two rows of the part (rows with cells beside their events), is the event's
# next paragraph (`_next_paragraph`) ...
PARAGRAPH_GAP = 0.5
# ... measured over this many such gaps between rows at least.
PARAGRAPH_SAMPLES = 3
# A merged cell's line in the next row of a table set at the top of its rows stands this many points
# above that row's line at least: the row's padding above and below (a pixel each in a browser's
# default print) that its own lines do not cross.
MERGED_LIFT = 1.0
# Lines of one cell's paragraph stand a line's spacing apart (a point or two); a row's first line
# set off the line above it by more than this many font sizes opens a paragraph of its own.
LINE_APART = 0.5
# A line all in bold in one column is a section heading where the table's text is set regular:
# at most this share of the body's words is bold (a table whose event names are bold has more).
BOLD_SHARE = 0.15
# ... or at most this share of its lines are all in bold, the others regular (`_bold_headings`).
BOLD_LINES = 0.25
# The words that open the lines of who drew up or read a plan under its signature
# (`_signature_line`).
# (Not every requisite's word: «Контроль исполнения …», «Согласование …» open events' names.)
_SIGNED = re.compile(
    r"(?:составил|подготовил|исполнил|исп\.|тел\.|м\.\s?п\.|с\s+планом\s+ознакомлен|ознакомлен)", re.IGNORECASE
)
# Where the writer prints the spaces between a line's words as glyphs (this share of the gaps
# narrower than a channel have one, and at least `MIN_SPACED` do), a gap without one that parts
# two words ends a text box: WeasyPrint's default print of `<table border=1>` sets its cells
# without rules, a space apart, or two pixels apart under `border-collapse: collapse` (0.125 of
# a 12-point font).  Half, not most: in a table of many short cells (each row a table of its
# own, a header repeated over each quarter's table) a quarter of the narrow gaps are cells'.
SPACED_SHARE = 0.5
MIN_SPACED = 5
BOX_GAP = WORD_GAP


@dataclass(slots=True)
class _Header:
    page: int
    first: int  # index of the header's first line on its page
    lines: list[Line]
    groups: list[tuple[float, float]]  # x ranges of the header cells, left to right
    repeated: dict[int, list[Line]] = field(default_factory=dict)  # later pages: the header they repeat

    @property
    def starts(self) -> list[float]:
        """Where the header's cells start, left to right."""
        return [lo for lo, _ in self.groups]


@dataclass(slots=True)
class _Grid:
    bounds: list[float]  # where each column but the first starts
    rights: list[float]  # the furthest each column's text reaches
    left: float
    right: float
    number: int | None  # the «№» column, when the first column holds row numbers
    row_gap: float | None = None  # see `_row_gap`
    bold_headings: bool = False  # a line all in bold is a section heading (see `_heading`)
    start: float | None = None  # where the header's first cell starts
    dates: int | None = None  # the column the header names as the date's
    place: int | None = None  # ... as the place's
    note: int | None = None  # ... as the note's
    responsible: int | None = None  # ... as the person's
    # The writer ends every wrapped line with a space glyph (LibreOffice; `words.Typography`).
    marks_wraps: bool = False
    # The body's lines that repeat the header (ids): a web page's sections printed as tables of
    # their own, each under the header row, are read as the header row again, a row of its own.
    repeats: frozenset[int] = frozenset()
    # The cells stand in the middle of their padded rows over the whole table (a browser centres
    # them), told before the table is cut into parts: a part of few rows may not show it.
    centred_rows: bool = False
    # ... or at the top of their padded rows, the numbers opening them (a word processor's page
    # printed by a browser), told so as well: a part of rows of one line each apart shows neither.
    top_rows: bool = False

    @property
    def lefts(self) -> list[float]:
        """Each column's left edge."""
        return [self.left, *self.bounds]

    @property
    def title(self) -> int:
        """The event's column: the one after the row numbers', or the first."""
        return 0 if self.number is None else self.number + 1


def plain_tables(
    pages: list[tuple[int, list[Line], list[Rule]]],
    page_middle: float | None = None,
    marks_wraps: bool = False,
    aside: dict[int, list[Word]] | None = None,
) -> dict[int, list[tuple[Bbox, list[Bbox]]]]:
    """Cell boxes of the plan table's parts on each page it covers, top to bottom; empty when no
    header is found.

    `pages` holds each page's number, lines and horizontal rules (y, x0, x1): a
    borderless table does not go on past a rule that starts at its left edge (a
    footnote separator).  A part of the table whose columns stand elsewhere (a web
    page's plan printed as one table per section, each laid out with its own column
    widths) is a part of its own, with its columns placed anew (`_regimes`); `page_middle`
    is the middle of the page's width, where a heading between two tables may be centred;
    `marks_wraps`, whether the writer ends each wrapped line with a space glyph.  `aside`, when
    given, gets each page's words printed beside the table (`_without_sidebar`), no table text.
    """
    pages, spaced = _with_box_ends(pages)
    header = _find_header(pages, spaced, _mono_pitch(pages))
    if header is None:
        return {}
    body, beside = _without_sidebar(_table_lines(pages, header), header)
    if aside is not None:
        aside.update(beside)
        above = next(lines[: header.first] for page, lines, _ in pages if page == header.page)
        if menu := _aside_above(above, header):
            aside[header.page] = [*aside.get(header.page, []), *menu]
    words = [w for _, lines in body for line in lines for w in line.words]
    if not words:
        return {}
    own = _own_table(body, header.lines)
    own_lines = [line for _, lines in own for line in lines]
    tight = _header_starts_on_every_line(header, own_lines)
    grid = _columns(header, own, tight)
    # Where such a start became a column's, the words a space before it end their cells; one inside
    # a header cell («мероприятия» under «Наименование», rows' words there by chance) parts none.
    body = _cells_apart_at(body, [x for x in tight if any(abs(b - x) <= ALIGN for b in grid.bounds)], own_lines)
    body = _trim(body, grid)
    # The table's edges from its own lines: the untrimmed body may hold a web page's footer or
    # menu beside it, and a heading centred between two of its tables is centred on them.
    grid.left, grid.right = _extent([*header.lines, *(line for _, lines in body for line in lines)])
    grid.row_gap = _row_gap(body, grid)
    grid.marks_wraps = marks_wraps
    grid.bold_headings = _bold_headings([line for _, lines in body for line in lines])
    grid.repeats = _repeats([line for _, lines in body for line in lines], header.lines)
    _fit_rights(grid, [line for _, lines in body for line in lines])
    grid.centred_rows = _centred_rows(body, grid)
    grid.top_rows = _top_rows(body, grid)
    out: dict[int, list[tuple[Bbox, list[Bbox]]]] = {}
    last: tuple[list[Line], _Grid] | None = None  # the part above, on this page or the one before
    regimes = list(_regimes(body, grid, page_middle, header.lines))
    # The first row's lines over its number are its own only where the rows show themselves centred
    # (lines that interleave): in a table set at the top of its rows, a line over the first number
    # is a heading («Раздел 1. Культура»), whatever the face it is set in.
    centred = grid.centred_rows or any(_interleaved(lines) for _, lines, _ in regimes)
    lowest = max((line.bottom for _, lines in body for line in lines), default=0.0)
    for at, (page, lines, part) in enumerate(regimes):
        first = page not in out
        # The page's last part, the table going on over the page break: its last row may be cut.
        foot = at + 1 < len(regimes) and regimes[at + 1][0] != page
        # ... and goes on there where the next page's part opens with no row's number, no heading
        # nor the header again, under a last row that does not show itself whole here.
        cut_over = foot and _goes_on_over(lines, part, regimes[at + 1][1], regimes[at + 1][2])
        heading = (header.lines if page == header.page else header.repeated.get(page, [])) if first else []
        # Only a later page's first part may open with the rest of a row the page break cut, and
        # only when the row above it did not end whole, or the page opens going on with a list
        # or in lower case (WeasyPrint centres each page's part of a cut row on its own).
        whole = (
            last is not None
            and (_ends_whole(*last) or _short_of_the_foot(*last, lowest))
            and bool(lines)
            and _opens_event(lines[0], part)
        )
        cut = first and page != header.page and not whole
        if lines:
            last = (lines, part)
        if heading and lines and not _same_bounds(part, grid):
            # The table's first part has columns of its own (its rows printed as tables of their own
            # widths, a row without a place closing that column): the header's cells stand in the
            # header's columns, a table of its own over the part, which goes on the plan under it.
            out.setdefault(page, []).append(_page_cells([], grid, heading))
            heading = []
        if lines or heading:
            opens = centred and first and page == header.page  # right under the header: no row above it
            cells = _page_cells(lines, part, heading, cut, first and page != header.page, foot, cut_over, opens)
            out.setdefault(page, []).append(cells)
    return out


def _with_box_ends(
    pages: list[tuple[int, list[Line], list[Rule]]],
) -> tuple[list[tuple[int, list[Line], list[Rule]]], bool]:
    """The pages' lines with each word that ends a text box marked (`Word.box_end`): a gap
    after it without a space glyph, where the writer prints spaces as glyphs.  Cells set a
    space apart are told from the words of one cell so, not by the gap's width.  And whether
    the writer prints spaces so."""
    gaps = [(a, b) for _, lines, _ in pages for line in lines for a, b in pairwise(line.words)]
    narrow = [a for a, b in gaps if b.x0 - a.x1 < MIN_CHANNEL * a.size]
    spaced = sum(a.space_after for a in narrow)
    if spaced < MIN_SPACED or spaced < SPACED_SHARE * len(narrow):
        return pages, False
    ends = {
        id(a)
        for a, b in gaps
        if not a.space_after
        and b.x0 - a.x1 >= BOX_GAP * a.size
        and not (a.raised or b.raised)  # a footnote marker is set apart without a space
        and a.text not in BULLET_GLYPHS  # a list's bullet before its item's text
    }
    if not ends:
        return pages, True
    return [
        (page, [replace(line, words=[replace(w, box_end=id(w) in ends) for w in line.words]) for line in lines], rules)
        for page, lines, rules in pages
    ], True


# -- parts whose columns stand elsewhere --------------------------------------------

# This many lines in a row that cross the columns mean the columns moved (one crossing line is
# a heading).
MOVED_RUN = 3
# A part whose lines misfit its columns in this many lines or more may be two tables, cut where
# that leaves at least this many fewer misfitting (`_unblended`).
BLENDED_MISFITS = 2
# Placing a part's columns anew: the starts tried (those most lines share), the lines tried on.
REFIT_CANDIDATES = 6
REFIT_SAMPLE = 30
EMPTY_COLUMN = 3.0
# Placed anew, the columns must leave at most this share of the crossing lines crossing.
REFIT_GAIN = 0.25
# Gaps between a one-line row's cells that are whole numbers of the narrowest within this many
# font sizes tell the empty cells between them (`_empty_cells_between`).
GAP_MULTIPLE = 0.05
# A line that a writer marking wraps ended this many spaces or more short of its column's reach,
# without the space glyph, ended its paragraph (a little over one: the font's space may be wider).
WRAP_SPACE_SLACK = 1.2
# A date wording starting this many font sizes right of where a centred row's lines start in
# its column stands in another column (`_period_apart`).
PERIOD_APART = 4.0
# A line set closer than this many font sizes under the one above is a line of the same cell.
TAIL_LINE_GAP = 0.5
# A section's heading between two tables stands this many font sizes from the lines around it.
HEADING_GAP = 0.5
# Points two engines may measure the same length apart by (float noise of their own).
ROUNDING = 0.01


def _regimes(
    body: list[tuple[int, list[Line]]], grid: _Grid, page_middle: float | None = None, header: list[Line] | None = None
) -> list[tuple[int, list[Line], _Grid]]:
    """The body's lines in parts that share their columns: (page, lines, grid), in order.

    A web page's plan printed as one table per section puts each section's
    heading between two tables, each laid out with its own column widths: the
    lines under a heading (`_section_heads`) that cross the header's columns get
    columns placed from their own lines, as long as that makes them fit; a part
    never reaches over a heading.  The header printed again over a section with
    its cells elsewhere (`header`'s lines: a table of its own widths under its own
    header row) opens a section read with the columns that header and its lines
    place.  Inside each section, `_parts`, a part placed from two tables' lines cut in two
    (`_unblended`).
    """
    flat = [(page, line) for page, lines in body for line in lines]
    moved = _moved_headers(flat, grid, header or [])
    apart = _tables_apart(flat, grid) - moved.keys()
    heads = sorted({*_section_heads(flat, grid, page_middle), *moved, *apart})
    grids: list[_Grid] = []
    for start, end in pairwise([0, *heads, len(flat)]):
        if start == end:
            continue
        own = flat[start + 1 : end] if start in heads and start not in apart else flat[start:end]
        base = grid
        if start in moved:
            base = moved[start]
            grids.append(base)  # the header again: its cells in its own columns
        elif start in apart:
            # A table of its own widths with no header over it: its rows place its columns, unless
            # they fit those of the one just above, set apart the same way (its next row: each row
            # a wide band apart, a cell of one of them empty, placed from itself, read wrong).
            lines = [line for _, line in own]
            above = grids[-1] if grids else grid
            fits = above is not grid and not _misfits(lines, above.bounds) and _starts_at_columns(lines, above)
            base = above if fits else _refit(lines, grid) or grid
        elif start in heads:
            # The heading is a row across the table: read with columns it crosses, those above
            # it where it does (one part with the rows above, as a heading inside one table).
            above = grids[-1]
            grids.append(above if _crossing(flat[start][1], above.bounds) else grid)
            # The section's columns: those above it, the header's or its own (where both leave
            # lines that do not fit, or leave a column empty that its own fill), whichever its
            # lines fit best, then leave the fewest columns empty, in that order.  A section
            # without notes places its note's column at the table's edge; the next section,
            # read with those, had its notes in the place's column (they fit it).
            lines = [line for _, line in own]
            choices = [above, grid, *(g for g in [_refit(lines, grid)] if g is not None)]
            base = min(
                choices,
                key=lambda g: (_misfits(lines, g.bounds), _empty_columns(lines, g)),
            )
            kept = _rows_of_the_table_above(lines, above, base)
            grids.extend([above] * kept)
            own = own[kept:]
        # Parts placed anew may be cut where two tables' lines blend; the header's columns never
        # (nor the header printed again over this section), the section's own at a page only.
        laid_out = start in moved or start in apart  # columns of its own from its first line
        parted = _unblended(own, _parts(own, base, end == len(flat)), base if laid_out else grid, base)
        placed = _joined_rows(own, _placed_again(own, parted, _own_rows(own, parted)))
        grids.extend(_shared_columns(own, _cut_rests(own, _own_bands(own, placed))))
    # Columns placed anew and read on in a later section: their right edges as far as the text
    # of all the lines read with them reaches.  So the header's too, where other parts have
    # columns of their own: its reach was measured over their lines as well (a later table's
    # wider event column made a wrapped line of the first table's read as a paragraph's end).
    parts = {id(g): g for g in grids}
    for part in parts.values():
        if part is not grid or len(parts) > 1:
            _fit_rights(part, [line for (_, line), g in zip(flat, grids, strict=True) if g is part])
    out = _part_lines(flat, grids)
    # A page's part may be empty of lines (the header alone): keep every page of the body.
    seen = {page for page, _, _ in out}
    out.extend((page, [], grid) for page, lines in body if page not in seen)
    out.sort(key=lambda part: part[0])
    return out


def _cell_starts(grid: _Grid) -> list[float]:
    """Where the grid's cells start: the table's first text (`_Grid.start`), then its bounds."""
    return [grid.start if grid.start is not None else grid.left, *grid.bounds]


def _starts_at_columns(lines: list[Line], grid: _Grid) -> bool:
    """Does each run of words of the lines start where one of the grid's cells starts (within a
    hair more than `ALIGN`: columns placed from runs stand half of it left of them)?"""
    lefts = _cell_starts(grid)
    return all(any(abs(word.x0 - left) <= 2 * ALIGN for left in lefts) for line in lines for word in _run_starts(line))


def _tables_apart(flat: list[tuple[int, Line]], grid: _Grid) -> set[int]:
    """The indexes of the lines that open a table of their own widths under the one above, a wide
    empty band apart, with no header nor heading over them: a row of cells (`_row_of_cells`) that
    crosses the columns above (a web page's table split in two, each part laid out anew)."""
    starts = set()
    lefts = _cell_starts(grid)
    for index in range(1, len(flat)):
        (page, line), (above_page, above) = flat[index], flat[index - 1]
        if (
            page == above_page
            and id(line) not in grid.repeats  # the header printed again is no row
            and line.top - above.bottom > END_GAP * line.size
            and _row_of_cells(line, lefts, dated=grid.number is None)
            and _crossing(line, grid.bounds)
        ):
            starts.add(index)
    return starts


def _shared_columns(flat: list[tuple[int, Line]], grids: list[_Grid]) -> list[_Grid]:
    """The lines' columns, runs one after another on a page whose columns stand in the same places
    read as one part: rows printed as tables of their own widths (`_own_rows`) that came out
    alike are one table, and a cell merged over two of them is read only where both rows are
    read together (`_merged_down`: «Заместитель председателя» / «Комиссии» centred across them).
    Two tables one under the other with columns alike are read as one as well: what the page
    shows of them is the same.  Alike within a hair (`_same_bounds`), a run joins the part above
    only where all its lines fit that part's columns: a scan's row misfitting them by a hair was
    read apart in columns of its own, and read under the part's, its first line went across."""
    out = list(grids)
    for index in range(1, len(out)):
        above, now = out[index - 1], out[index]
        if now is above or flat[index][0] != flat[index - 1][0] or not _same_bounds(above, now):
            continue
        end = index
        while end < len(out) and out[end] is now and flat[end][0] == flat[index][0]:
            end += 1
        # Alike within a hair: only where the run's lines all fit the columns above.
        if any(_misfit(line, above.bounds) for _, line in flat[index:end]):
            continue
        out[index:end] = [above] * (end - index)
    return out


def _rows_of_the_table_above(lines: list[Line], above: _Grid, own: _Grid) -> int:
    """How many of a section's first lines are rows of the table above its heading: a web page's
    table of its own widths may end a row or two under the next section's heading (Google Docs
    starts a new table where it pleases), each of those rows opening with its number.  The
    count, at a numbered line, that leaves the fewest lines misfitting their columns, those
    above the heading for the lines before it, `own` for the rest; 0 where none does better."""
    if above is own or not lines or not _numbered(lines[0], above):
        return 0  # (where the section opens with no number, its cells may be centred, the number lower)
    under_own = [_misfit(line, own.bounds) for line in lines]
    under_above = [_misfit(line, above.bounds) for line in lines]
    best, fewest = 0, sum(under_own)
    for count in range(1, len(lines)):
        misfits = sum(under_above[:count]) + sum(under_own[count:])
        if misfits < fewest and _numbered(lines[count], own):
            best, fewest = count, misfits
    return best


def _moved_headers(flat: list[tuple[int, Line]], grid: _Grid, header: list[Line]) -> dict[int, _Grid]:
    """Where the header is printed again with its cells elsewhere (a word further than `SNAP` font
    sizes from where the header set it): the index of its first line, and the columns placed from
    its cells and the lines under it up to the next such header or the table's end (`_columns`)."""
    count = len(header)
    starts = _moved_starts(flat, grid.repeats, header)
    out: dict[int, _Grid] = {}
    for start, end in pairwise([*starts, len(flat)]):
        page = flat[start][0]
        # The header's cells in lines of other widths (`_header_again`): those lines are the header.
        again = _header_again([line for _, line in flat], start, header)
        size = again[0] if again is not None else count
        block = [line for _, line in flat[start : start + size]]
        lines = [line for _, line in flat[start + size : end]]
        if not lines:
            continue
        cells = [w for line in block for w in line.words]
        groups = again[1] if again is not None else _groups(cells, spaced=any(w.box_end for w in cells))
        ranges = [(min(w.x0 for w in g), max(w.x1 for w in g)) for g in groups]
        placed = _columns(_Header(page, 0, block, ranges), [(page, lines)])
        if len(placed.bounds) != len(grid.bounds):
            continue  # not the header's columns: read as before
        new = replace(grid, bounds=placed.bounds, rights=[*placed.bounds, grid.right])
        _fit_rights(new, lines)
        out[start] = new
    return out


def _moved_starts(flat: list[tuple[int, Line]], repeats: frozenset[int], header: list[Line]) -> list[int]:
    """The indexes of the first lines of the header printed again with its cells elsewhere."""
    count = len(header)
    words = [w for line in header for w in line.words]
    return [
        index
        for index, (_, line) in enumerate(flat)
        if id(line) in repeats
        and (index == 0 or id(flat[index - 1][1]) not in repeats)
        and any(
            abs(a.x0 - b.x0) > SNAP * a.size
            for a, b in zip([w for _, ln in flat[index : index + count] for w in ln.words], words, strict=False)
        )
    ]


def _own_table(body: list[tuple[int, list[Line]]], header: list[Line]) -> list[tuple[int, list[Line]]]:
    """The body's lines up to where the header is printed again with its cells elsewhere: the
    lines of the header's own table, which place its columns; a later table of its own widths
    (`_moved_headers`) would blur them."""
    flat = [(page, line) for page, lines in body for line in lines]
    starts = _moved_starts(flat, _repeats([line for _, line in flat], header), header)
    if not starts or starts[0] < MIN_PEAK:
        return body  # too few lines of its own to place columns by: the later tables' too
    kept = {id(line) for _, line in flat[: starts[0]]}
    return [(page, own) for page, lines in body if (own := [line for line in lines if id(line) in kept])]


def _parts(flat: list[tuple[int, Line]], grid: _Grid, last: bool) -> list[_Grid]:
    """The columns of each of the lines (of one section): the table is read with `grid`'s
    columns until `MOVED_RUN` lines in a row cross them; from the first of those on, the
    columns are placed anew from where those lines start (`_refit`), as long as that makes
    them fit, up to the next such run (where `grid`'s columns, or other new ones, take
    over).  With `last`, the lines end the table (`_moved_at`)."""
    grids: list[_Grid] = []
    current = grid
    index = 0
    while index < len(flat):
        moved = _moved_at(flat, index, current, last)
        if moved is None:
            grids.extend([current] * (len(flat) - index))
            break
        rest = [line for _, line in flat[moved + 1 :]]
        # The header's columns come back unless the lines after the heading go on crossing them
        # (as many as a run takes, or all that are left: a short last part).
        after = flat[moved + 1 : moved + 1 + MOVED_RUN]
        crossing = sum(_crossing(line, grid.bounds) for _, line in after)
        still = bool(after) and crossing >= min(len(after), MOVED_RUN - 1)
        # Placed from the lines after the run's first (a heading, as a rule), or from the run's
        # own lines where those are too few.
        # Or, where the lines after it hold further parts, from those up to the next heading: one
        # that `_regimes` did not cut at (`_section_heads` takes only those set apart or centred;
        # a portal prints its sections' names across the columns as close as a row's lines).
        new = (
            (
                _refit(rest, grid)
                or _refit(_placing(_up_to_heading(rest, grid), grid), grid)
                or _refit([line for _, line in flat[moved:]], grid)
            )
            if still
            else grid
        )
        if new is None:  # nothing fits better: the header's columns, crossing lines and all
            grids.extend([current] * (len(flat) - index))
            break
        # The part runs to where its own columns stop fitting; placed again from its lines only.
        end = _moved_at(flat, moved + 1, new, last)
        end = len(flat) if end is None else end
        # It starts where the lines before the run fit it better than the columns above them
        # (a part's first rows may fit both; its heading and first lines only its own).
        # A last part shorter than a run starts with its run: its few lines say too little to
        # reach back.
        start = moved if moved + MOVED_RUN > len(flat) else _part_start(flat, index, moved, current, new)
        if new is not grid:
            start = _page_band_opening(flat, index, start, current)
            new = _refit_part(flat[start:end], grid, _opens_page(flat, start)) or new
            opening = _row_opening(flat, index, start, new)
            if opening < start:  # placed again with the row's first lines (an event's name over its list)
                new = _refit_part(flat[opening:end], grid, _opens_page(flat, opening)) or new
            start = opening
        grids.extend([current] * (start - index))
        grids.extend([new] * (end - start))
        current, index = new, end
    return grids


def _unblended(flat: list[tuple[int, Line]], grids: list[_Grid], header: _Grid, section: _Grid) -> list[_Grid]:
    """The lines' columns, a part placed from two tables' lines at once cut in two.

    A web page's plan may be printed as several borderless tables one after another, each
    laid out with its own widths and no heading between (Google Docs starts a new table
    where it pleases): columns placed from two such tables' lines fit neither, and where one
    table's place starts left of where the other's does, that place is read into the
    event's cell with its lines taken for paragraphs.  A part of columns placed anew
    (neither the `header`'s nor the `section`'s own) whose lines misfit them (`_misfit`)
    is cut where a band opens (`_opens_band`: a padded row's first line, or a page's), when
    columns placed from each side's own lines leave `BLENDED_MISFITS` fewer lines misfitting: the
    cut that leaves the fewest, then each side again.  Any part but the header's, the section's
    own columns too, is cut at a page's start where each page prints a table of its own widths:
    the columns placed from both pages' lines left one empty (the places read into the notes)
    and each side's own all hold words."""
    out: list[_Grid] = []
    for _, run in groupby(grids, key=id):
        part = list(run)
        lines = flat[len(out) : len(out) + len(part)]
        top = _opens_page(flat, len(out))
        out.extend(part if part[0] is header else _cut_blend(lines, part[0], part[0] is section, top))
    return out


def _cut_blend(flat: list[tuple[int, Line]], grid: _Grid, pages_only: bool = False, top: bool = False) -> list[_Grid]:
    """`flat`'s columns: `grid`'s, or two parts' each placed from its own lines (`_unblended`);
    with `pages_only`, cut at a page's start only (a section's own columns); `top`: the lines
    open a page."""
    lines = [line for _, line in flat]
    misfits = _misfits(lines, grid.bounds)
    empty = _empty_columns(lines, grid)
    pages = {page for page, _ in flat}
    if (misfits < BLENDED_MISFITS or pages_only) and not (empty and len(pages) > 1):
        return [grid] * len(flat)
    best: tuple[int, int, _Grid, _Grid] | None = None
    for cut in range(MOVED_RUN, len(flat) - MOVED_RUN + 1):
        if not _opens_band(flat, cut, grid):
            continue
        page_break = flat[cut][0] != flat[cut - 1][0]
        if (misfits < BLENDED_MISFITS or pages_only) and not page_break:
            continue  # only a page's own table can be cut out of columns its lines fit
        above, below = _refit_part(flat[:cut], grid, top), _refit_part(flat[cut:], grid, page_break)
        if above is None or below is None:
            continue
        left = _misfits(lines[:cut], above.bounds) + _misfits(lines[cut:], below.bounds)
        # Or a page's own table: columns placed from two pages' tables of their own widths fit
        # both by leaving a column empty (its cells read into the next one); each page's own
        # columns all hold words.
        own_page = (
            bool(empty)
            and page_break
            and left <= misfits
            and _empty_columns(lines[:cut], above) == 0 == _empty_columns(lines[cut:], below)
        )
        if ((misfits - left >= BLENDED_MISFITS and not pages_only) or own_page) and (best is None or left < best[0]):
            best = (left, cut, above, below)
    if best is None:
        return [grid] * len(flat)
    _, cut, above, below = best
    below_top = flat[cut - 1][0] != flat[cut][0]
    return [*_cut_blend(flat[:cut], above, pages_only, top), *_cut_blend(flat[cut:], below, pages_only, below_top)]


def _refit_part(part: list[tuple[int, Line]], grid: _Grid, top: bool) -> _Grid | None:
    """The columns of a part placed from its lines (`_refit`), as one row's where they hold one
    row number and no heading, on one page, not at its `top` (where the rest of a row the page
    break cut may open the part): a row printed as a table of its own widths («I» / «квартал»,
    read joined, tells the date's column from the place's)."""
    lines = [line for _, line in part]
    one_row = (
        not top
        and len({page for page, _ in part}) == 1
        and sum(_numbered(line, grid) for line in lines) == 1
        and not any(_heading_line(line, grid) for line in lines)
    )
    return _refit(lines, grid, one_row=one_row)


def _opens_page(flat: list[tuple[int, Line]], at: int) -> bool:
    """Does line `at` open a page after the first of `flat`'s?"""
    return 0 < at < len(flat) and flat[at - 1][0] != flat[at][0]


def _opens_band(flat: list[tuple[int, Line]], at: int, grid: _Grid) -> bool:
    """Does line `at` open a page or stand under an empty band wider than the rows' (`_Grid.row_gap`)?
    Where the rows are not padded apart, only a page opens one: a line's own spacing is no row's."""
    (page, line), (above_page, above) = flat[at], flat[at - 1]
    if page != above_page:
        return True
    return grid.row_gap is not None and line.top - above.bottom > grid.row_gap * line.size


def _own_rows(flat: list[tuple[int, Line]], grids: list[_Grid]) -> list[_Grid]:
    """The lines' columns, a numbered row's line that crosses them given columns of its own.

    WeasyPrint may print a row as a borderless table of its own, laid out with its own
    column widths: its one line (number, event, date, person) then runs over the table's
    columns like a heading across them, which it is not (a heading is one run of words
    at most after its number).  Where it holds as many runs of words as the table has
    columns, they are its cells: its columns are placed where they start (`_refit`).
    A row of several lines (Chromium's) is placed from all its lines down to the next
    row's number, when they all fit the columns so placed: its wrapped lines cross the
    table's columns as well.  So is a row whose number's line fits the columns and a later
    line does not (a list's item wider than the event's column of the table, not of the
    row's own), where numbers open their rows (`_numbers_open_rows`: in centred rows the
    lines under a number may be the next row's); its lines end before a bold heading,
    where headings are set in bold.  Where numbers do not open their rows (set in the middle
    of a row's height), a crossing number's line takes the crossing lines right above it of
    two runs of words or more (its event's first lines beside its date's), as one row: left
    to the columns above, its first line is split at them (the event's name cut in two).
    A one-line row with fewer runs than columns whose date wording stands out of the date's
    column is placed from its line alone, its wording telling which column it lacks.
    """
    out = list(grids)
    opening = _numbers_open_rows(flat, grids)
    left = len(flat)  # where the row above ended, cut short by `_centred_end_unpadded`
    # Where rows are numbered in figures, a line numbered «V.» is a section's heading.
    figures = any(
        _numbered(line, grid) and not _roman_opening(line) for (_, line), grid in zip(flat, grids, strict=True)
    )
    for index, ((page, line), grid) in enumerate(zip(flat, grids, strict=True)):
        if not _numbered(line, grid) or (figures and _numbered_heading(line)):
            continue
        first = index
        while (
            not opening
            and _crossing(line, grid.bounds)
            and first > 0
            and flat[first - 1][0] == page
            and grids[first - 1] is grid
            and not _numbered(flat[first - 1][1], grid)
            and _word_runs(flat[first - 1][1]) > 1
            and _crossing(flat[first - 1][1], grid.bounds)
        ):
            first -= 1
        end = index + 1
        # Where numbers open their rows, the row goes on down to the next number whatever columns
        # its lines were given: a part of other columns may start inside it (`_parts` places a
        # part from where its lines cross, a row's later lines; its number's line fits both).  Not
        # over a heading: one run of words across the columns it was read with, or a `_section_line`.
        while (
            end < len(flat)
            and flat[end][0] == page
            and (grids[end] is grid or (opening and not _heading_line(flat[end][1], grids[end])))
            and not _numbered(flat[end][1], grids[end])
            and not (grid.bold_headings and _section_line(flat[end][1]))
        ):
            end += 1
        centred = grid.centred_rows
        if centred:
            first, end = _centred_row(flat, grids, index, (first, end))
            crossing = any(_crossing(ln, grid.bounds) for _, ln in flat[first:end])
            unpadded = _unpadded_row(flat, grids, index)
            # Rows a point apart, lines a row's own widths crossing the columns among them: the
            # run's rows where they set the number nearer its row's middle (no padding told where
            # «3.  Межпарламентской» opens; its row was read from its number down).  Not where the
            # run is the middle of a list, its name and other items a list's margin off it inside
            # the row: the row round the list then sets its number nearer its middle.
            if (
                unpadded is not None
                and not _run_inside_list(flat, (first, end), unpadded, index, grid)
                # A run that opens with a list's item leaves its event's name to no row.
                and not (unpadded[0] > first and _event_opens_with_bullet([flat[unpadded[0]][1]], grid))
                and (
                    not crossing
                    or (
                        # A row no more than a line off its number (`LINE_OFF`), more than the number's
                        # line (which stands in its own middle: that tells nothing).
                        unpadded[1] - unpadded[0] > 1
                        and (off := _number_off(flat, unpadded, index, grid)) <= LINE_OFF * line.size
                        and off < _number_off(flat, (first, end), index, grid)
                    )
                )
            ):
                first, end = unpadded
            if (
                left < first
                and flat[left][0] == page
                and grids[left] is grid  # the row above was this part's, not another table's
                and _centres_better(flat, (left, first), index, end, grid)
            ):
                first = left  # the lines the row above left are this row's first
            short = _centred_end_unpadded(flat, first, index, end, grid)
            left, end = (short if short < end else len(flat)), short
        # The number's line alone holds its date out of the date's column, or cells that fit none.
        misplaced = _date_elsewhere(line, grid) or _misfit(line, grid.bounds)
        if end - first == 1 and not opening and (_crossing(line, grid.bounds) or misplaced):
            # A row of its own widths, its cells centred each on its own baselines, no padding
            # round it: its lines interleave with its number's («Дом» / «Школа мэров городов» /
            # «4. 09.06.2028 Правительства» / «Содружества»), the rows' own lines a line apart;
            # so where the number's line holds only the cells of one line, its date out of the
            # date's column («3   16.12.2020   Тбилиси» between the name's two lines).
            first, end = _interleaved_run(flat, grids, index, (first, end))
        row = [ln for _, ln in flat[first:end]]
        # A centred row of its own widths whose number's line fits the columns (or not its cells:
        # its place and date in one column) and whose other lines cross them, or hold two of its
        # cells in one column («4. | в течение года   Председатель Комиссии» under columns placed
        # from the row's last lines, which cross the header's).
        # A one-line row of its own widths that fits the columns with its date out of the date's
        # column (a city's days «8 Бишкек 529 лет февраль» under columns placed from another row),
        # or with two of its cells in one column, set apart as columns are («12. Калининград
        # 18 июня   1139 лет» under the events' columns: the city and its date in the event's).
        # A row of several lines likewise whose date column is empty, its date wording in another
        # column (a place and date «Калининград» / «1 ноября» under the notes' heading), where its
        # lines are surely its own: none interleaves with a line outside it (centred rows a point
        # apart may have lent a line of the row to the row above).
        dated = end == first + 1 and misplaced
        dated_rows = end > first + 1 and _row_date_elsewhere(row, grid) and not _interleaved_at_ends(flat, first, end)
        if (
            not _crossing(line, grid.bounds)
            and not dated
            and not dated_rows
            and not ((opening or centred) and any(_misfit(ln, grid.bounds) for ln in row))
            and not (centred and _period_apart(row, grid))
        ):
            continue
        whole = _refit(row, grid, one_row=True) if end > first + 1 else None
        if whole is not None and not any(_crossing(ln, whole.bounds) for ln in row):
            out[first:end] = [whole] * (end - first)
        elif (
            (_crossing(line, grid.bounds) or dated)
            and _fills_columns(line, grid)
            and (own := _refit([line], grid)) is not None
        ) or (_crossing(line, grid.bounds) and (own := _stretched(line, grid)) is not None):
            out[index] = own
        elif dated and (own := _refit([line], grid, one_row=True)) is not None and not _crossing(line, own.bounds):
            # A one-line row of its own widths with fewer runs than columns, its event's name
            # across the header's columns, its date wording where the header has another column
            # («6. Стажировка … самоуправления | ежеквартал.»): the columns its runs place, the
            # date's where the wording stands.
            out[index] = own
    return out


def _run_inside_list(
    flat: list[tuple[int, Line]], row: tuple[int, int], run: tuple[int, int], index: int, grid: _Grid
) -> bool:
    """Is the run of interleaved lines `run` round number `index` the middle of the centred `row`
    (lines first, end) that holds it: the row's lines beyond the run include a list's items, and
    the row sets the number nearer its middle than the run does?"""
    (first, end), (lo, hi) = row, run
    if not first <= lo <= hi <= end or (first, end) == (lo, hi):
        return False
    beyond = [*range(first, lo), *range(hi, end)]
    return any(_event_opens_with_bullet([flat[k][1]], grid) for k in beyond) and _number_off(
        flat, row, index, grid
    ) < _number_off(flat, run, index, grid)


def _interleaved_run(
    flat: list[tuple[int, Line]], grids: list[_Grid], index: int, span: tuple[int, int]
) -> tuple[int, int]:
    """The lines (first, end) of line `index`'s page and part that interleave with it, one after
    another closer than a line's height, no other numbered one among them, where there are more
    than it; else `span`."""
    page, grid = flat[index][0], grids[index]

    def joins(at: int, other: int) -> bool:  # line `at` joins the run beside its line `other`
        (at_page, line), (_, beside) = flat[at], flat[other]
        above, below = (line, beside) if at < other else (beside, line)
        return (
            at_page == page
            and grids[at] is grid
            and below.top > above.top
            and _interleaved([above, below])
            and not _numbered(line, grid)
        )

    first = index
    while first > 0 and joins(first - 1, first):
        first -= 1
    end = index + 1
    while end < len(flat) and joins(end, end - 1):
        end += 1
    return (first, end) if end - first > 1 else span


def _placed_again(flat: list[tuple[int, Line]], before: list[_Grid], after: list[_Grid]) -> list[_Grid]:
    """The lines' columns (`after`), those placed for a part whose rows `_own_rows` gave columns
    of their own placed anew from the part's other lines, where that makes them fit as well.

    A part's columns are placed from all its lines (`_refit`): where some of its rows are tables
    of their own widths («Организаторы: МАГ» at the x where the rows below print their place,
    «Самара»), their cells' wording chose the columns for all, and the rows left to those
    columns had their place read as a note."""
    out = list(after)
    for part in {id(g): g for g in before}.values():
        moved = [i for i, (b, a) in enumerate(zip(before, after, strict=True)) if b is part and a is not part]
        left = [i for i, g in enumerate(after) if g is part]
        lines = [flat[i][1] for i in left]
        # Placed from two numbered rows at least: one row's own columns are `_own_rows`' to place.
        if not moved or sum(_numbered(line, part) for line in lines) < 2:
            continue
        again = _refit(lines, part)
        if again is None or again.bounds == part.bounds:
            continue
        if _misfits(lines, again.bounds) <= _misfits(lines, part.bounds):
            for i in left:
                out[i] = again
    return out


def _joined_rows(flat: list[tuple[int, Line]], grids: list[_Grid]) -> list[_Grid]:
    """The lines' columns, a numbered row that touches the row above it (no padding between)
    given that row's columns where it reads the same with them.

    Rows that touch are one table's: a browser's merged cell, centred across two rows, runs
    its lines down beside the next row's first (Chromium's «Департамент внешнеэкономических»
    / «связей» over «3.  Актуализация базы данных»).  Where the row above was given columns
    of its own (`_own_rows`: its event's name crosses the header's) and the next row fits
    the header's, the two were read as two parts: neither part saw the cell they share, and
    its lines, in the next row's band, glued the rows together.  Each of the row's words must
    stand in the same column either way: the join changes which part it is read with, not
    its cells."""
    out = list(grids)
    for index in range(1, len(flat)):
        (page, line), (above_page, above) = flat[index], flat[index - 1]
        grid, prior = out[index], out[index - 1]
        if (
            grid is prior
            or page != above_page
            or grid.row_gap is None
            or not _numbered(line, grid)
            or line.top - above.bottom > grid.row_gap * line.size
        ):
            continue
        end = index + 1
        while (
            end < len(flat)
            and flat[end][0] == page
            and out[end] is grid
            and not _numbered(flat[end][1], grid)
            and flat[end][1].top - flat[end - 1][1].bottom <= grid.row_gap * flat[end][1].size
        ):
            end += 1
        row = [ln for _, ln in flat[index:end]]
        if all(not _misfit(ln, prior.bounds) and _by_column(ln, prior) == _by_column(ln, grid) for ln in row):
            out[index:end] = [prior] * (end - index)
    return _interleaved_rows(flat, _one_table_rows(flat, out))


def _interleaved_rows(flat: list[tuple[int, Line]], grids: list[_Grid]) -> list[_Grid]:
    """The lines' columns, a run of lines that interleave (`_interleaved`: each less than a line
    under the one before, cells of one row centred on their own baselines) read with one part's
    columns where they were given several: the columns of the run's numbered line, or of its
    first part, that all of its lines fit.

    Rows never interleave with each other: the next row's first line stands a full line and the
    padding under the row's last.  A row of its own widths in rows a point apart (WeasyPrint's
    default print) had its lines shared out between parts: its first line, crossing the header's
    columns, kept them, its last went with the next row of its own widths («Участие в XVI
    Международном» over «5  форуме «Российская» over «энергетическая неделя»»)."""
    out = list(grids)
    start = 0
    while start < len(flat):
        end = start + 1
        while end < len(flat) and flat[end][0] == flat[start][0] and _interleaved([flat[end - 1][1], flat[end][1]]):
            end += 1
        parts = list({id(g): g for g in out[start:end]}.values())
        if len(parts) > 1:
            lines = [ln for _, ln in flat[start:end]]
            numbered = [out[at] for at in range(start, end) if _numbered(flat[at][1], out[at])]
            fitting = [g for g in [*numbered, *parts] if not any(_misfit(ln, g.bounds) for ln in lines)]
            if fitting:
                out[start:end] = [fitting[0]] * (end - start)
        start = end
    return out


def _one_table_rows(flat: list[tuple[int, Line]], grids: list[_Grid]) -> list[_Grid]:
    """The lines' columns, rows given columns of their own (`_own_rows`) that are the same columns
    read as one part, with the rows between them that fit those and not their own.

    A table of its own widths whose rows do not open at their numbers (cells centred, rows a
    point apart: WeasyPrint's default print) has each row whose lines cross the header's columns
    placed on its own: each got columns of its own, the same ones, and a row between them that
    happens to fit the header's kept those («городов-членов МАГ» under «4  ежеквартал.» across
    them).  Read as parts of one row each, a row's lines above its number went to the row
    above (its part's band).  One part of the table's columns reads them together where their
    lines interleave at the cut (`_interleaved`); parts a line apart keep their rows apart (a
    scan's centred rows, each placed on its own, read into one part a number the noise made
    of a mark, «у проектов»)."""
    out = list(grids)
    runs: list[tuple[int, int]] = []
    for index in range(len(flat)):
        if runs and out[index] is out[runs[-1][0]] and flat[index][0] == flat[runs[-1][0]][0]:
            runs[-1] = (runs[-1][0], index + 1)
        else:
            runs.append((index, index + 1))
    for (a, _), (start, end), (b, _) in zip(runs, runs[1:], runs[2:], strict=False):
        own, between, other = out[a], out[start], out[b]
        lines = [ln for _, ln in flat[start:end]]
        # A page's last lines between a row of its own columns and the next page's first part in the
        # same columns: the rest of the row the page break cut (Chromium sets a row cut by the
        # break in the widths of the table's part on the next page), fit the header's or not.
        cut_row = flat[a][0] == flat[start][0] == flat[b][0] - 1
        misfit = flat[a][0] == flat[start][0] == flat[b][0] and any(_misfit(ln, between.bounds) for ln in lines)
        if (
            own is not between
            and other is not between
            and (cut_row or misfit)
            and _same_bounds(own, other)
            and not any(_heading_line(ln, own) or _misfit(ln, own.bounds) for ln in lines)
        ):
            out[start:end] = [own] * (end - start)
    for index in range(1, len(flat)):
        if (
            out[index] is not out[index - 1]
            and flat[index][0] == flat[index - 1][0]
            and _same_bounds(out[index], out[index - 1])
            and _interleaved([flat[index - 1][1], flat[index][1]])
        ):
            # The two parts' lines interleave where they meet: centred rows a point apart, one part.
            part, end = out[index], index
            while end < len(flat) and out[end] is part and flat[end][0] == flat[index][0]:
                out[end] = out[index - 1]
                end += 1
    return out


def _same_bounds(a: _Grid, b: _Grid) -> bool:
    """Do the two sets of columns have their boundaries in the same places (within `ALIGN`)?"""
    return len(a.bounds) == len(b.bounds) and all(abs(x - y) <= ALIGN for x, y in zip(a.bounds, b.bounds, strict=True))


def _own_bands(flat: list[tuple[int, Line]], grids: list[_Grid]) -> list[_Grid]:
    """The lines' columns, the band of a row without a number whose lines do not fit them
    (`_misfit`) given columns placed from its own lines (`_refit`), where they all fit those.

    A table without numbers whose cells stand centred in padded rows (`_Grid.centred_rows`) may
    print each row as a table of its own widths (WeasyPrint, borders not collapsed): a row whose
    event's column is wider than the header's runs its name over the date's column («Актуализация
    базы данных» over «Срок»), and read with the header's columns its crossing lines were rows
    apart (headings over the rest of the row); a city's days row of narrow columns («Казань
    ноябрь   788 лет») sets all its cells in the event's column.  A row is the band of lines
    between empty bands wider than the rows' (`_Grid.row_gap`), a line alone where it holds a run
    of words for each column but one or a date wording in columns of its own
    (`_dated_row_of_its_own`: «Участие в … форуме   13.03.2023; 19.05.2023»), or an event's name
    (no heading) with the list under it, the list's margin between; a heading (`_section_line`,
    the header again) is no row.
    """
    out = list(grids)
    start = 0
    while start < len(flat):
        page, grid = flat[start][0], grids[start]
        end = start + 1
        while end < len(flat) and flat[end][0] == page and grids[end] is grid:
            close = _gap([ln for _, ln in flat[start:end]], [flat[end][1]]) <= (grid.row_gap or 0.0) * flat[end][1].size
            # An event's name over its list, the list's margin between, its other cells beside the
            # list: one row (no row opens with a list; `_centred_unnumbered`).  The list's band is
            # looked at whole: a centred person may print its first line above the first bullet.
            if not close and not (
                all(_column(w, grid.bounds) == grid.title for _, ln in flat[start:end] for w in ln.words)
                and _opens_list(_band_under(flat, end), grid)
                and not any(
                    _section_line(ln) or _heading(ln, grid) or id(ln) in grid.repeats for _, ln in flat[start:end]
                )
            ):
                break
            end += 1
        band = [ln for _, ln in flat[start:end]]
        if (
            grid.number is None
            and grid.centred_rows
            and (len(band) > 1 or _fills_columns(band[0], grid) or _dated_row_of_its_own(band[0], grid))
            and any(_misfit(ln, grid.bounds) for ln in band)
            and not any(_section_line(ln) or _heading(ln, grid) or id(ln) in grid.repeats for ln in band)
            and (whole := _refit(band, grid, one_row=True)) is not None
            and not any(_misfit(ln, whole.bounds) for ln in band)
        ):
            out[start:end] = [whole] * (end - start)
        start = end
    return out


def _cut_rests(flat: list[tuple[int, Line]], grids: list[_Grid]) -> list[_Grid]:
    """The lines' columns, the lines that open a later page before its first number given the
    columns of the last line of the page before, where they cross their own and fit those.

    A row printed as a table of its own widths (`_own_rows`) that the page break cuts leaves the
    rest of its cells at the next page's head, with no number to place its columns from: read
    with the table's, its lines («футболу среди юношей   Организатор: ООН-») crossed them and were
    headings, and the row lost its rest."""
    out = list(grids)
    for index in range(1, len(flat)):
        if flat[index][0] == flat[index - 1][0]:
            continue
        above = out[index - 1]
        end = index
        while (
            end < len(flat)
            and flat[end][0] == flat[index][0]
            and not _numbered(flat[end][1], out[end])
            and _crossing(flat[end][1], out[end].bounds)
            and not _heading_line(flat[end][1], out[end])
            and not _crossing(flat[end][1], above.bounds)
        ):
            end += 1
        out[index:end] = [above] * (end - index)
    return out


def _unpadded_row(flat: list[tuple[int, Line]], grids: list[_Grid], index: int) -> tuple[int, int] | None:
    """The lines (first, end) of the row whose number's line is `index`, where centred rows stand
    without padding between them (their lines interleave: WeasyPrint's default print, rows a point
    apart): the rows of the run of lines around it, split as `_around_numbers` splits them.  The
    run goes on over a line that crosses the columns where it starts in the event's column and is
    no heading: a row laid out with its own widths, its event's column wider than the table's
    («Подготовка публикаций» over the table's date column), is no row apart.  None where the lines
    around the number do not interleave."""
    page, grid = flat[index][0], grids[index]
    gap = grid.row_gap or 0.0

    def joins(at: int) -> bool:
        (above_page, above), (below_page, below) = flat[at - 1], flat[at]
        return (
            above_page == below_page == page
            and grids[at - 1] is grid
            and grids[at] is grid
            and below.top - above.bottom <= gap * below.size
            and _row_line(above, grid)
            and _row_line(below, grid)
        )

    lo = index
    while lo > 0 and joins(lo):
        lo -= 1
    hi = index + 1
    while hi < len(flat) and joins(hi):
        hi += 1
    band = [ln for _, ln in flat[lo:hi]]
    numbered = [at for at, ln in enumerate(band) if _numbered(ln, grid)]
    cut = lo > 0 and flat[lo - 1][0] != page
    at = lo
    for part in _around_numbers(band, numbered, grid, cut):
        if at <= index < at + len(part):
            return at, at + len(part)
        at += len(part)
    return None


def _row_line(line: Line, grid: _Grid) -> bool:
    """Can the line be a row's (not a row apart): it fits the columns, or it crosses them from the
    event's column and is no heading (`_section_line`) nor the header again."""
    if _heading(line, grid) or id(line) in grid.repeats:
        return False
    return not _crossing(line, grid.bounds) or (
        _column(line.words[0], grid.bounds) == grid.title and not _section_line(line)
    )


def _stretched(line: Line, grid: _Grid) -> _Grid | None:
    """The columns with each boundary that a run of the line's words runs over moved right, to
    where its next run starts, when that run starts in the column after the boundary: a row of
    its own widths with fewer runs than columns (its place and note empty, too few for
    `_refit`), its event's column wider than the table's («6. | Школа мэров городов
    Содружества | 18 августа»).  None where a run runs over a boundary otherwise."""
    spans = _run_spans(line)
    bounds = list(grid.bounds)
    for run, (first, last) in enumerate(spans):
        for at, bound in enumerate(bounds):
            if not first.x0 < bound < last.x1 - ALIGN:
                continue
            after = spans[run + 1][0] if run + 1 < len(spans) else None
            if after is None or _column(after, grid.bounds) != at + 1 or after.x0 <= last.x1:
                return None
            bounds[at] = after.x0 - ALIGN / 2
    if bounds == grid.bounds or _crossing(line, bounds):
        return None
    return replace(grid, bounds=bounds, rights=[*bounds, grid.right])


def _date_elsewhere(line: Line, grid: _Grid) -> bool:
    """Does the line leave the header's date column empty, a date wording standing in a column
    other than the number's and the event's?"""
    if grid.dates is None:
        return False
    cells = _by_column(line, grid)
    return grid.dates not in cells and any(
        c not in (grid.number, grid.title) and looks_like_period(" ".join(w.text for w in words))
        for c, words in cells.items()
    )


def _interleaved_at_ends(flat: list[tuple[int, Line]], first: int, end: int) -> bool:
    """Does line `first` interleave with the line above it, or the line before `end` with line `end`
    (on one page, `_interleaved`)?"""
    return any(
        0 < at < len(flat) and flat[at - 1][0] == flat[at][0] and _interleaved([flat[at - 1][1], flat[at][1]])
        for at in (first, end)
    )


def _row_date_elsewhere(row: list[Line], grid: _Grid) -> bool:
    """Do the row's lines leave the header's date column empty, one of them naming a date in a
    column other than the number's and the event's («1 ноября» under the notes' heading; not a
    note's «По плану Правительства Москвы», a wording of no date)?"""
    if grid.dates is None:
        return False
    cells: dict[int, list[str]] = {}
    for line in row:
        for column, words in _by_column(line, grid).items():
            cells.setdefault(column, []).append(" ".join(w.text for w in words))
    return grid.dates not in cells and any(
        column not in (grid.number, grid.title) and (names_a_date(" ".join(texts)) or _place_over_date(texts))
        for column, texts in cells.items()
    )


def _place_over_date(lines: list[str]) -> bool:
    """Is a cell of these two lines a place over a date: a name, every word of it in a capital (a
    town's «г.» aside), over a wording that names a date?  Not a note's sentence wrapped before its
    date («Заявки принимаются» / «до 1 марта»)."""
    if len(lines) != 2 or not names_a_date(lines[1]):
        return False
    words = lines[0].split()
    return all(word.lstrip('«"(')[:1].isupper() or TOWN_KIND.fullmatch(word) for word in words)


def _number_off(flat: list[tuple[int, Line]], rows: tuple[int, int], index: int, grid: _Grid) -> float:
    """How far the number on line `index` stands off the middle of a centred row of lines `rows`."""
    first, end = rows
    return _off_middle([ln for _, ln in flat[first:end]], flat[index][1].words[0].cy, grid)


def _centred_end_unpadded(flat: list[tuple[int, Line]], first: int, index: int, end: int, grid: _Grid) -> int:
    """Where the centred row of the number on line `index` (lines `first` to `end`) ends, where its
    lines from the number's on stand a point apart (no padding: WeasyPrint's default print): at the
    line that sets its number nearest its row's middle, by half a line at least.  «4. Мониторинг
    … МАГ   II-IV квартал» is a row of one line, though the next row's event («Круглый стол …»)
    follows as closely as a wrapped line would, its number lower down, past the padding.  No row
    opens with a list's item: the list goes on in the row («• АГП» / «• АГУ» under a number
    centred as well between the list's first two items)."""
    page, line = flat[index]
    gap = (grid.row_gap or 0.0) * line.size
    ends = []
    for at in range(index + 1, end):
        if flat[at][0] != page or flat[at][1].top - flat[at - 1][1].bottom > gap:
            break
        if not _event_opens_with_bullet([flat[at][1]], grid):
            ends.append(at)
    if not ends:
        return end
    best = min(ends, key=lambda at: _number_off(flat, (first, at), index, grid))
    better = _number_off(flat, (first, best), index, grid) + line.size / 2 <= _number_off(
        flat, (first, end), index, grid
    )
    return best if better else end


def _centres_better(flat: list[tuple[int, Line]], firsts: tuple[int, int], index: int, end: int, grid: _Grid) -> bool:
    """Does a centred row opening at the first of `firsts` set the number on line `index` nearer
    its middle, by half a line at least, than one opening at the second?"""
    size = flat[index][1].size
    near, other = (_number_off(flat, (first, end), index, grid) for first in firsts)
    return near + size / 2 <= other


def _period_apart(row: list[Line], grid: _Grid) -> bool:
    """Does a line of a centred row hold a date wording alone in a column, starting well right of
    where the row's other lines start in it?  A row of its own widths whose date stands on a
    line of its own («10.  в течение года» between «Круглый стол» and «туризм как ресурс»; or
    with its place beside it, «5.  июль  Астана» between «органов местного» and «самоуправления»)
    fits columns that put its date in the event's column: a left-aligned cell's lines start at
    one x."""
    if grid.dates is None:
        return False
    cells = [_by_column(line, grid) for line in row]
    for column in {c for by_column in cells for c in by_column} - {grid.number, grid.dates}:
        starts = [by_column[column][0].x0 for by_column in cells if column in by_column]
        for by_column in cells:
            words = by_column.get(column)
            if (
                words
                and words[0].x0 - min(starts) > PERIOD_APART * words[0].size
                and looks_like_period(" ".join(w.text for w in words))
            ):
                return True
    return False


def _centred_row(
    flat: list[tuple[int, Line]], grids: list[_Grid], index: int, found: tuple[int, int]
) -> tuple[int, int]:
    """The lines (first, end) of the row whose number's line is `index`, where cells are centred in
    rows padded apart (`_Grid.row_gap`): of the places where an empty band that wide opens or
    ends between the rows' numbers (or `found`), those that set the number nearest to the
    middle of the row.

    Chromium centres each cell of a row printed as a table of its own widths: the event's
    first lines stand above the number, the row ends at the band over the next row's first
    lines, which stand above that row's number (its upper lines are not this row's).
    """
    page, line = flat[index]
    grid = grids[index]
    gap = grid.row_gap or 0.0

    # A line opening where the row's number stands, left of its end, is no line of the row: a
    # section's heading across the columns from the table's edge (a row's text starts right of
    # its number), which a row centred on its number would otherwise take in as its first.
    number_end = _lead(line, grid.number, grid.bounds).x1

    def inside(at: int) -> bool:
        return (
            flat[at][0] == page
            and grids[at] is grid
            and not _numbered(flat[at][1], grid)
            and flat[at][1].words[0].x0 >= number_end
        )

    def band_over(at: int) -> bool:
        above, below = flat[at - 1][1], flat[at][1]
        return flat[at - 1][0] != page or below.top - above.bottom > gap * below.size

    lo = index
    while lo > 0 and inside(lo - 1):
        lo -= 1

    # The lines' first may open the row too: nothing above it here (a section's heading was).
    # A list's item goes on its event's name: no row opens with a bullet (the list's margins are
    # empty bands inside the row, its event's name over the list, its number centred lower), but
    # for a part's or a page's first line (the rest of a list the page break cut may open it).
    def margin_over(at: int) -> bool:  # an empty band over line `at`, no list's item under it
        return band_over(at) and not _event_opens_with_bullet([flat[at][1]], grid)

    firsts = [found[0], *(at for at in range(lo, index + 1) if not at or flat[at - 1][0] != page or margin_over(at))]
    ends = [found[1], *(at for at in range(index + 1, found[1]) if margin_over(at))]
    if len(firsts) > 1 and (found[1] == len(flat) or flat[found[1]][0] != page):
        # The page's last row: one the page break cuts has its number centred on its part down to
        # the page's foot, lower than its lines' middle; the row opens at the first empty band
        # under the row above (the next ones may be its list's margins), or, where the row above
        # touches it, where that row ends by its number (`_after_centred_row`, never below the
        # band: an event's name right under the row above, its list a margin below).
        opens = firsts[1]
        if lo > 0 and flat[lo - 1][0] == page and grids[lo - 1] is grid and _numbered(flat[lo - 1][1], grid):
            part = lo - 1
            while part > 0 and flat[part - 1][0] == page and grids[part - 1] is grid:
                part -= 1
            opens = _after_centred_row(flat, part, lo - 1, opens, grid)
        return opens, found[1]
    middle = line.words[0].cy
    best, off = found, None
    for first in firsts:
        for end in ends:
            rows = [ln for _, ln in flat[first:end]]
            now = abs(_middle(rows) - middle)
            if off is None or now < off:
                best, off = (first, end), now
    return best


def _numbers_open_rows(flat: list[tuple[int, Line]], grids: list[_Grid]) -> bool:
    """Do the row numbers open their rows: `TOP_ALIGNED` of the numbered lines under another line
    of their page stand an empty band wider than the rows' (`_Grid.row_gap`) below it, or the
    rows show no such band (a word processor's top-aligned cells)?"""
    opening = total = 0
    for ((page, line), grid), (above_page, above) in zip(zip(flat[1:], grids[1:], strict=True), flat, strict=False):
        if page != above_page or not _numbered(line, grid):
            continue
        total += 1
        opening += grid.row_gap is None or line.top - above.bottom > grid.row_gap * line.size
    return total > 0 and opening >= TOP_ALIGNED * total


def _section_heads(flat: list[tuple[int, Line]], grid: _Grid, page_middle: float | None = None) -> list[int]:
    """Where a section's heading stands between two tables: a line of one run of words, set apart
    by an empty band above and below (`HEADING_GAP`: a row's lines stand closer to the lines of
    its other cells) unless in bold across the columns; either centred (on the table, or
    on the page: a paragraph between tables narrower than the page) right of where its first
    text column starts, or across the header's columns from the table's left edge where the
    row numbers stand (a row's text starts right of them), its own number («III.», «3.») set
    close to its name."""
    heads: list[int] = []
    middles = [(grid.left + grid.right) / 2, *([] if page_middle is None else [page_middle])]
    # Where the row numbers end (the narrowest): a row's other text starts right of it.
    numbers = min((_lead(ln, grid.number, grid.bounds).x1 for _, ln in flat if _numbered(ln, grid)), default=None)
    for index, (page, line) in enumerate(flat):
        first = line.words[0]
        if not index or _word_runs(line) > 1 or _opens_as_rest(first.text):
            continue
        centred = (
            any(abs((first.x0 + line.words[-1].x1) / 2 - middle) <= line.size for middle in middles)
            and bool(grid.bounds)
            and first.x0 > grid.lefts[grid.title] + line.size
        )
        across = numbers is not None and first.x0 < numbers and _crossing(line, grid.bounds)
        if not centred and not across:
            continue
        # (Less a hair: a band of exactly `HEADING_GAP`, a browser's padding, is one whichever
        # engine measured it, whose sizes differ in the seventh digit.)
        gap = HEADING_GAP * line.size - ROUNDING
        above = flat[index - 1]
        below = flat[index + 1] if index + 1 < len(flat) else None
        apart = not (above[0] == page and line.top - above[1].bottom < gap) and not (
            below is not None and below[0] == page and below[1].top - line.bottom < gap
        )
        # A word processor's page sets the paragraph between two tables as close as a row's
        # lines: in bold across the columns, centred or from where the numbers stand (a Word
        # page's heading paragraph), it is no cell's line either.
        if apart or ((centred or across) and _crossing(line, grid.bounds) and _all_bold(line.words)):
            heads.append(index)
    return heads


def _opens_as_rest(text: str) -> bool:
    """Does a line opening with this word go on a text above it: in small letters or a bracket
    («(ориентировочно)», a date's rest that a page break cut off)?  No heading opens so."""
    return text[:1] == "(" or text[:1].islower()


def _empty_columns(lines: list[Line], grid: _Grid) -> int:
    """How many of the columns the lines leave without a word."""
    return len(grid.lefts) - len({_column(w, grid.bounds) for line in lines for w in line.words})


def _part_lines(flat: list[tuple[int, Line]], grids: list[_Grid]) -> list[tuple[int, list[Line], _Grid]]:
    """The lines in runs that share their page and columns."""
    out: list[tuple[int, list[Line], _Grid]] = []
    for (page, line), part in zip(flat, grids, strict=True):
        if out and out[-1][0] == page and out[-1][2] is part:
            out[-1][1].append(line)
        else:
            out.append((page, [line], part))
    return out


def _placing(lines: list[Line], grid: _Grid) -> list[Line]:
    """The lines, where they can place a part's columns: one line only where it holds a run of
    words for each column but one (as `_own_rows` asks of a row's own line); else none.  A line
    of three runs under five columns leaves two empty, and a part read with them takes each
    later row's date and place into its event's."""
    return lines if len(lines) != 1 or _fills_columns(lines[0], grid) else []


def _up_to_heading(lines: list[Line], grid: _Grid) -> list[Line]:
    """The lines before the first heading among them: a line that crosses the columns in one run
    of words (a section's name set across the table, as the tables of a web page's sections
    are headed)."""
    for index, line in enumerate(lines):
        if index and _word_runs(line) == 1 and _crossing(line, grid.bounds):
            return lines[:index]
    return lines


def _part_start(flat: list[tuple[int, Line]], first: int, moved: int, old: _Grid, new: _Grid) -> int:
    """Where a part with columns `new` starts, at `moved` or before it (not before `first`): the
    latest place with the fewest lines crossing their columns on either side; where cells are
    centred in padded rows, one where a band opens (`_opens_band`: a row's top) before one inside
    a row.  A row of its own widths whose first line crosses both columns («Размещение материалов
    на Электронном  I  Отдел …» over «2.» over «портале МАГ  квартал  общественностью») opens the
    part: cut under its number, its last line went to the part below, the row a number alone."""
    old_cross = [_crossing(line, old.bounds) for _, line in flat[first:moved]]
    new_cross = [_crossing(line, new.bounds) for _, line in flat[first:moved]]

    def opens(at: int) -> bool:  # (a band in a top-aligned row is a paragraph's spacing)
        return old.centred_rows and at > 0 and _opens_band(flat, at, old)

    # Counted from the run back: the lines before `start` under the old columns, from it on under the new.
    before, after = sum(old_cross), 0
    best, fewest = moved, before
    for start in range(moved - 1, first - 1, -1):
        before -= old_cross[start - first]
        after += new_cross[start - first]
        if before + after < fewest or (before + after == fewest and opens(start) and not opens(best)):
            best, fewest = start, before + after
    return best


def _page_band_opening(flat: list[tuple[int, Line]], first: int, start: int, old: _Grid) -> int:
    """Where a part of new columns that would start at line `start` starts when that line goes on
    the band that opens its page (rows padded apart, `_Grid.row_gap`) and the band's lines above
    it cross the `old` columns: at the page's first line (not before `first`).  A row's rest
    carried to the next page, laid out there with widths of its own, fits neither the columns
    above nor the next table's; its last line, which fits the next table's, does not open a
    part apart from the lines over it.  A band that holds a row number or a section's heading
    is rows of their own (rows touching: a page's rows may all be one band), no row's rest."""
    if old.row_gap is None:
        return start
    at = start
    while at > first and not _opens_band(flat, at, old):  # (a page's first line opens a band)
        at -= 1
    opens_page = at == 0 or flat[at - 1][0] != flat[at][0]
    band = [line for _, line in flat[at:start]]
    if not opens_page or any(_numbered(line, old) or _section_line(line) for line in band):
        return start
    return at if any(_crossing(line, old.bounds) for line in band) else start


def _row_opening(flat: list[tuple[int, Line]], first: int, start: int, grid: _Grid) -> int:
    """The numbered line (not before `first`) that opens the row line `start` goes on, when the
    lines from it down to `start` fit `grid` and stand in one band; else `start`.

    A browser's row printed as a table of its own widths may open with a line that fits the
    columns above it as well as its own («2.  в течение  Организаторы: Акимат» over the
    event's lines set further left): the part of its own columns starts there, not under it,
    or the row's cells are cut in two.  Only where rows are padded apart (`_Grid.row_gap`).
    Where cells are centred in their rows (`_Grid.centred_rows`) the number stands below the
    row's first lines: the row opens at the padding above them, when its number stands below
    `start` in the same band («Обновление раздела» over «III-IV» and «10.  «Города-члены МАГ»»:
    its first line went to the row above).  So where `start` holds the number itself: its
    event's first lines over it in its band («Выставка» over «2.  «Градостроительство и»»), up
    to the padding, unless another number, a heading or a line across the columns stands there.
    Centred rows that touch, no padding between: the row opens where the row above it ends
    (`_after_centred_row`).  Where no column numbers the rows, the padding above `start` opens
    its row, centred or not (no number stands lower to open it).
    """
    gap = grid.row_gap
    numbered = _numbered(flat[start][1], grid)
    if gap is None or _section_line(flat[start][1]) or (numbered and not grid.centred_rows):
        return start
    at = start
    while at > first and flat[at - 1][0] == flat[at][0]:
        above, below = flat[at - 1][1], flat[at][1]
        if below.top - above.bottom > gap * below.size:
            if grid.centred_rows and (name := _name_over_its_list(flat, first, at, grid)) is not None:
                return name  # a list's margin under its event's name, inside the row
            if grid.number is None:
                return at  # no number opens the rows: the padding does
            # Centred cells: the row's first lines stand above its number, from the padding on.
            return at if grid.centred_rows and at < start and _number_below(flat, start, grid) else start
        if _crossing(above, grid.bounds) and (grid.number is not None or _row_apart(above, grid)):
            # Centred rows that touch: the lines under the row above that its number, centred,
            # cannot reach open this row (a taller note's first lines over its event's).
            centred_under = grid.centred_rows and not numbered and at < start
            return at if centred_under and _under_centred_row(flat, first, at, start, grid) else start
        if numbered and (_section_line(above) or _numbered(above, grid)):
            return start
        at -= 1
        if _numbered(above, grid):
            page, line = flat[at]
            opens = not at or flat[at - 1][0] != page or line.top - flat[at - 1][1].bottom > gap * line.size
            if opens:
                return at
            return _after_centred_row(flat, first, at, start, grid) if grid.centred_rows and not numbered else start
    return start


def _row_apart(line: Line, grid: _Grid) -> bool:
    """Could the line, crossing the columns, be a row apart rather than a line of a row of its own
    widths: a heading (`_section_line`, `_heading`, one run of words from the event's column or
    centred on the table) or the header again?  A run that opens right of the event's column,
    off the table's middle, is a cell's («30.01.2029» under «форум городов-членов   Заместитель
    председателя»)."""
    if _section_line(line) or _heading(line, grid) or id(line) in grid.repeats:
        return True
    if _word_runs(line) != 1:
        return False
    middle = (line.words[0].x0 + line.words[-1].x1) / 2
    return _column(line.words[0], grid.bounds) <= grid.title or abs(middle - (grid.left + grid.right) / 2) <= line.size


def _name_over_its_list(flat: list[tuple[int, Line]], first: int, at: int, grid: _Grid) -> int | None:
    """The first line of an event's name that ends on line `at - 1` over its list, padding above
    it (not before line `first`): its words stand no further right than the event's column, and
    the event's column's next text from `at` on, on its page and not after a row's number (on that
    line, it may be), opens with a list's bullet.  The empty band at `at` is the list's margin, no padding
    between rows («сайте:» over «11.  • секция …», the row's note centred between them; or with
    no colon, «XXVII сессия МАГ» over «4.  • в сфере культуры», the number beside the list:
    `_number_beside_list`).
    None where the lines say otherwise.  The list may be indented further than the name: placed
    from the list, the event's column starts right of the name."""
    page = flat[at][0]
    listed = False
    for index in range(at, len(flat)):
        line = flat[index][1]
        words = [w for w in line.words if _column(w, grid.bounds) == grid.title]
        if flat[index][0] != page or words or _numbered(line, grid):
            listed = flat[index][0] == page and bool(words) and words[0].text in BULLET_GLYPHS
            break
    if not listed:
        return None
    if not flat[at - 1][1].words[-1].text.endswith(":") and not _number_beside_list(flat, at, grid):
        return None  # no colon announcing it: the row's number must stand beside the list
    gap = (grid.row_gap or 0.0) * flat[at - 1][1].size
    top = at - 1
    while True:
        line = flat[top][1]
        if (
            _numbered(line, grid)
            or _section_line(line)
            or any(_column(w, grid.bounds) > grid.title for w in line.words)
        ):
            return None
        if top == first or flat[top - 1][0] != page or line.top - flat[top - 1][1].bottom > gap:
            return top
        top -= 1


def _number_beside_list(flat: list[tuple[int, Line]], at: int, grid: _Grid) -> bool:
    """Is a row's number beside the list that opens at line `at`: reached on its page before any
    line whose event's text is no list item («4.  • в сфере туризма» under «• в сфере культуры»)?"""
    if grid.number is None:
        return False
    page = flat[at][0]
    for index in range(at, len(flat)):
        line = flat[index][1]
        if flat[index][0] != page:
            return False
        words = [w for w in line.words if _column(w, grid.bounds) == grid.title]
        if words and words[0].text not in BULLET_GLYPHS:
            return False
        if _numbered(line, grid):
            return True
    return False


def _under_centred_row(flat: list[tuple[int, Line]], first: int, at: int, start: int, grid: _Grid) -> bool:
    """Do lines `at` to `start` stand under the centred row that ends at line `at` (rows that
    touch, Word's page printed by WeasyPrint)?  That row's number is centred in it: ending at `at`
    its top stands under the number of the row before it, ending at `start` above it (a row
    holds one number).  «Организаторы: … Мэрия Минска» ends row 4 centred on its «4.»; «По плану»
    / «Правительства» / «Москвы» under it open row 5, its note taller than its event."""
    page = flat[at][0]
    numbers = [i for i in range(first, at) if flat[i][0] == page and _numbered(flat[i][1], grid)]
    if len(numbers) < 2:
        return False
    before, number = (_lead(flat[i][1], grid.number, grid.bounds).cy for i in numbers[-2:])

    def top(end: int) -> float:  # of the row of the number, ending with line `end`
        return 2 * number - flat[end][1].bottom

    return top(at - 1) > before > top(start - 1)


def _after_centred_row(flat: list[tuple[int, Line]], first: int, number: int, start: int, grid: _Grid) -> int:
    """The line after the centred row whose number stands on line `number`, when it ends above
    `start` with no padding under it (rows that touch: Word's page printed by WeasyPrint): the row
    reaches as far under its number as its first line stands over it, that line found at the
    padding above it; else `start`.  «Форум молодежных» / «3.  советов городов-членов» /
    «МАГ¹» ends there, and «Участие в XVII» over «Международном форуме» opens the next row."""
    gap = grid.row_gap or 0.0
    page = flat[number][0]
    top = number
    while top > first and flat[top - 1][0] == page:
        above, below = flat[top - 1][1], flat[top][1]
        if below.top - above.bottom > gap * below.size:
            break
        if _crossing(above, grid.bounds) or _section_line(above) or _numbered(above, grid):
            return start
        top -= 1
    if top == first:
        return start  # the row's top is not among the part's lines: where it ends says nothing
    middle = _lead(flat[number][1], grid.number, grid.bounds).cy
    bottom = 2 * middle - flat[top][1].top
    size = flat[number][1].size
    ends = next((at for at in range(number + 1, start + 1) if flat[at][1].top > bottom - WHOLE_ROW * size), None)
    if ends is None or not _opens_event(flat[ends][1], grid):
        return start
    return ends


def _number_below(flat: list[tuple[int, Line]], start: int, grid: _Grid) -> bool:
    """Does a row number stand on line `start` or below it, on its page, before an empty band
    wider than the rows' (`_Grid.row_gap`)?"""
    gap = grid.row_gap or 0.0
    for at in range(start, len(flat)):
        page, line = flat[at]
        if at > start and (page != flat[at - 1][0] or line.top - flat[at - 1][1].bottom > gap * line.size):
            return False
        if _numbered(line, grid):
            return True
    return False


def _match_bounds(
    bounds: list[float],
    peaks: list[tuple[float, int]],
    right: float,
    lines: list[Line],
    kept: int | None = None,
    dates: int | None = None,
    place: int | None = None,
    note: int | None = None,
    one_row: bool = False,
) -> list[float] | None:
    """The starts (`peaks`: x, lines starting there) that the column boundaries go to: the choice
    that leaves the fewest of `lines` misfitting the columns (crossing them, or, but for one row's
    lines, two runs in one column: `_misfit`) and the fewest columns empty, then
    the one whose column `dates` holds the most date wordings (a part with a column fewer than
    the header's: which one it lacks only its cells' wording tells, «Нижний Новгород | 486 лет
    | 10-11 ноября» under «Место | Срок | Ответственные»), where the lines are `one_row`'s its
    cell's lines joined as well («в течение I» / «квартала»), then the one whose `place` and
    `note` columns hold what a place and a note (or a person) say (`_cue_lines`), then the one nearest to
    where the header put them.

    A column empty in the part has no start of its own: its boundary stands right
    before the next one; boundary `kept` always has one (the event's column is never empty:
    every row names its event).  Starts that are no column's (a list's indent) are left
    over.  None when no start is a column's.
    """
    candidates = sorted(x for x, _ in sorted(peaks, key=lambda peak: -peak[1])[:REFIT_CANDIDATES])
    sample = _refit_sample(lines, candidates)
    # Two runs of words in one column misfit it too, where many rows place the columns (a place
    # read into the event's column of a table placed from two tables' lines); one row's lines
    # may hold a list's indent or a scan's lines read as one.
    fits = _crossing if one_row else _misfit
    words = [w for line in sample for w in line.words]  # in reading order: a row's cells joined
    best: tuple[float, ...] | None = None
    chosen: list[float] | None = None
    size = median(line.size for line in sample)
    joined = [Line(words, 0.0, 0.0, size)]
    spans = _run_spans(sample[0]) if len(sample) == 1 else []
    empties = _empty_cells_between(spans, size)
    if empties is not None and sum(empties) > len(bounds) + 1 - len(spans):
        empties = None  # more empty cells than the row lacks: the gaps' likeness is chance
    for count in range(len(bounds), 0, -1):
        for picked in combinations(candidates, count):
            if any(b - a < size for a, b in pairwise(picked)):
                continue  # two columns' text a letter apart: the starts of one column's two tables
            for slots in combinations(range(len(bounds)), count):
                if kept is not None and kept not in slots:
                    continue
                placed: dict[int, float] = dict(zip(slots, picked, strict=True))
                out: list[float] = []
                # A skipped one stands right before the next, the last at the table's right edge
                # (the text reaching that edge does not cross it: the last column is empty).
                for index in range(len(bounds) - 1, -1, -1):
                    out.append(placed.get(index, out[-1] - ALIGN if out else right))
                out.reverse()
                cuts = [x - ALIGN / 2 for x in out]
                # Columns left empty fit anything (all text in one wide column crosses nothing):
                # each costs as much as `EMPTY_COLUMN` lines crossing.
                used = {_column(word, cuts) for line in sample for word in line.words}
                misfit = sum(fits(line, cuts) for line in sample) + EMPTY_COLUMN * (len(cuts) + 1 - len(used))
                if best is not None and misfit > best[0]:
                    continue
                cost = (
                    misfit,
                    -_date_lines(sample, cuts, dates),
                    -_date_lines(joined if one_row else [], cuts, dates),
                    _gaps_off(spans, empties, cuts),
                    # One row's cells whole: a place's or a note's wording runs over its lines
                    # («Совместно с» / «Исполкомом СНГ»: its second line alone reads as a name).
                    *(-cue for cue in _cue_lines(joined if one_row else sample, cuts, place, note)),
                    # Only the boundaries placed at a start: an empty column's stands where the
                    # next one does, wherever the header put it.
                    sum(abs(x - bounds[slot]) for slot, x in placed.items()),
                )
                if best is None or cost < best:
                    best, chosen = cost, out
    return chosen


def _run_spans(line: Line) -> list[tuple[Word, Word]]:
    """Each run of words on the line (`_run_starts`): its first word and its last."""
    starts = _run_starts(line)
    opening = {id(word) for word in starts}
    ends = [a for a, b in pairwise(line.words) if id(b) in opening] + [line.words[-1]]
    return list(zip(starts, ends, strict=True))


def _empty_cells_between(spans: list[tuple[Word, Word]], size: float) -> list[int] | None:
    """How many empty cells stand between each two runs of a one-line row (`spans`), where the
    gaps between them tell: a table shrunk to its text (a browser's auto layout, each cell as
    wide as its one line) sets every two cells' text the same padding apart, and an empty cell
    between them adds that gap again («4.  Заседание Совета МАГ  октябрь    Устав МАГ», its
    person's cell empty).  None unless the narrowest gap stands twice at least and every gap is
    a whole number of it (`GAP_MULTIPLE` of a font size off at most): cells of set widths leave
    gaps of any width."""
    gaps = [b.x0 - end.x1 for (_, end), (b, _) in pairwise(spans)]
    if len(gaps) < 3:
        return None
    unit = min(gaps)
    if unit <= 0 or sum(abs(gap - unit) <= GAP_MULTIPLE * size for gap in gaps) < 2:
        return None
    counts = [round(gap / unit) for gap in gaps]
    if any(abs(gap - count * unit) > GAP_MULTIPLE * size for gap, count in zip(gaps, counts, strict=True)):
        return None
    return [count - 1 for count in counts] if any(count > 1 for count in counts) else None


def _gaps_off(spans: list[tuple[Word, Word]], empties: list[int] | None, cuts: list[float]) -> int:
    """How far the columns cut at `cuts` set the runs (`spans`) from the empty cells their gaps
    tell between them (`_empty_cells_between`); 0 where the gaps tell none."""
    if empties is None:
        return 0
    columns = [_column(word, cuts) for word, _ in spans]
    return sum(abs(b - a - 1 - empty) for (a, b), empty in zip(pairwise(columns), empties, strict=True))


def _refit_sample(lines: list[Line], candidates: list[float]) -> list[Line]:
    """The lines the columns are tried on: the first `REFIT_SAMPLE`, and each later line that
    starts a run at a candidate none of them starts at (a column filled in one row of the part
    alone, past the first lines: a single place among rows without one, which else is read as
    the date's column's text)."""
    sample = lines[:REFIT_SAMPLE]
    seen = [w.x0 for line in sample for w in _run_starts(line)]
    unseen = [x for x in candidates if not any(abs(x - s) <= ALIGN for s in seen)]
    later = [
        line for line in lines[REFIT_SAMPLE:] if any(abs(w.x0 - x) <= ALIGN for w in _run_starts(line) for x in unseen)
    ]
    return sample + later


# A cell that opens with a label and a colon («Организаторы:», «Ответственные:») is a note's.
_LABEL = re.compile(r"[А-ЯЁ][а-яё]+(?:\s+[а-яё]+)?:")
# A cell that opens with a department («Отдел информации …», «Исполнительный комитет МАГ»): a
# person's, never a place's («Дом Правительства»; positions: `requisites.names_position`).
_DEPARTMENT = re.compile(
    r"(?:исполнительн(?:ый|ая)\s+)?(?:отделы?|департаменты?|управлени[ея]|комитеты?|дирекци[яи]|пресс-служб[аы]"
    r"|секретариат)(?![а-яё-])",
    re.IGNORECASE,
)
# A cell of capitalised words only (a city, a venue's name: «Душанбе», «г. Нижний Новгород»).
_NAME = re.compile(r"(?:[а-яё]{1,3}\.\s*)?[А-ЯЁ«][^\s]*(?:\s+[А-ЯЁ«][^\s]*)*")


def _cue_lines(lines: list[Line], cuts: list[float], place: int | None, note: int | None) -> tuple[int, int, int]:
    """How well the lines' text in the `place` and `note` columns (cut at `cuts`) says what those
    columns hold: a one-row table of its own widths with a column fewer than the header's leaves
    only its cells' wording to tell whether its last cell is a place («Душанбе») or a note
    («Организаторы: МАГ, Мэрия Минска») or a person («Отдел информации …», where the header's
    last column is the person's).  First the lines whose cell there opens with a label (a
    note's), then those opening with a position or a department (a person's), then those of
    capitalised words only (a place's); each in the other column counts against."""
    if place is None or note is None:
        return 0, 0, 0
    labels = persons = names = 0
    texts = [
        tuple(" ".join(w.text for w in line.words if _column(w, cuts) == column) for column in (place, note))
        for line in lines
    ]
    # The line under each, where it is the next line of the same cells (a row's), not the next row's.
    unders = [
        texts[at + 1] if below.top - line.bottom <= LINE_APART * line.size else ("", "")
        for at, (line, below) in enumerate(pairwise(lines))
    ]
    for (at_place, at_note), (under_place, under_note) in zip(texts, [*unders, ("", "")], strict=True):
        labels += bool(_LABEL.match(at_note)) - bool(_LABEL.match(at_place))
        persons += _names_person(at_note) - _names_person(at_place)
        names += _named_only(at_place, under_place) - _named_only(at_note, under_note)
    return labels, persons, names


def _names_person(text: str) -> bool:
    """Does a cell open with a department or a position («Председатель Комиссии»; a position opens
    with its word or one before it, «Заместитель председателя»), or name a person only («Петров А.А.»)?"""
    return _DEPARTMENT.match(text) is not None or names_position(" ".join(text.split()[:2])) or is_name(text)


def _named_only(text: str, under: str) -> bool:
    """Is the text of capitalised words only, no label and no person's name («Петров А.А.»), its
    cell's wording not running on in small letters on the line `under` it («Место» / «уточняется» is
    a remark, not a place)?"""
    runs_on = under[:1].islower() and _NAME.fullmatch(under) is None  # («г. Казань» is a name)
    return _NAME.fullmatch(text) is not None and _LABEL.match(text) is None and not runs_on and not is_name(text)


def _date_lines(lines: list[Line], cuts: list[float], column: int | None) -> int:
    """How many of the lines hold a date wording in `column` (cut at `cuts`), or one a qualifier
    follows («в течение года по согласованию с» / «городами-членами МАГ»)."""
    if column is None:
        return 0
    texts = (" ".join(w.text for w in line.words if _column(w, cuts) == column) for line in lines)
    return sum(opens_with_period(text) for text in texts)


def _moved_at(flat: list[tuple[int, Line]], start: int, grid: _Grid, last: bool = True) -> int | None:
    """The first line from `start` on that opens `MOVED_RUN` lines in a row crossing the columns,
    or, where the lines end the table (`last`), the last lines when two or more that end it all
    cross them (a last table of its own columns, two rows long)."""
    run = 0
    for index in range(start, len(flat)):
        run = run + 1 if _crossing(flat[index][1], grid.bounds) else 0
        if run == MOVED_RUN:
            return index - MOVED_RUN + 1
    return len(flat) - run if run >= 2 and last else None


def _refit(lines: list[Line], grid: _Grid, one_row: bool = False) -> _Grid | None:
    """The header's columns placed where `lines` start their runs, or None when that fits no better
    (`one_row`: the lines are one row's, see `_match_bounds`).

    Each column boundary goes to the start (shared by two lines or more) nearest to
    where the header put it, in order; the number column stays at the table's left.
    """
    if not lines:
        return None
    size = median(line.size for line in lines)
    # Not the number column's start (at the table's left): starts a font size right of it, or
    # right of where the lines' row numbers end, the narrowest (a table shrunk to its text sets
    # the event's column a space after «5», as WeasyPrint's default print does; «3.» of a
    # section's heading reaches further).
    numbers = min(
        (
            lead.x1
            for ln in lines
            if _numbered(ln, grid) and row_number((lead := _lead(ln, grid.number, grid.bounds)).text) is not None
        ),
        default=None,
    )

    def beyond_numbers(x: float) -> bool:
        return x > grid.left + size or (numbers is not None and x > numbers)

    # Nor a list's indent in the event's cell (members under its name, right of where its text
    # starts): its bullets line up as a column's start would, and a row of its own widths with a
    # column empty took them for one.  A list set where the event's text starts is no indent.
    # Nor where an item's text starts after its bullet, wherever that stands: a bullet opens it.
    # (Without numbers the event's column is the first: its text starts at the table's left.)
    reach = grid.bounds[grid.title] if grid.title < len(grid.bounds) else grid.right
    text = [
        w.x0
        for ln in lines
        for w in _run_starts(ln)
        if w.text not in BULLET_GLYPHS and (grid.number is None or beyond_numbers(w.x0))
    ]
    indent = min(text, default=reach) + ALIGN
    items = _list_items(lines)
    starts = _starts(lines, lambda w: id(w) in items or (w.text in BULLET_GLYPHS and indent < w.x0 < reach))
    peaks = [(x, n) for x, n in starts if beyond_numbers(x)]
    # The event's column starts where a boundary does (the first column, at the table's left, has none).
    kept = grid.title - 1 if grid.title else None
    # The last column's cue: the note's, or the person's where the header names no note (a row,
    # or a section's rows, of their own widths a column fewer: the last cell a place or a person,
    # «1 августа | Секретарь Комиссии» under «Срок | Место | Ответственный»).
    note = grid.note if grid.note is not None else grid.responsible
    chosen = _match_bounds(grid.bounds, peaks, grid.right, lines, kept, grid.dates, grid.place, note, one_row)
    if chosen is None:
        return None
    bounds = [x - ALIGN / 2 for x in chosen]
    new = replace(grid, bounds=bounds, rights=[*bounds, grid.right])
    before = sum(_crossing(line, grid.bounds) for line in lines)
    after = sum(_crossing(line, bounds) for line in lines)
    if after > REFIT_GAIN * before:
        return None
    _fit_rights(new, lines)
    return new


# -- the header -------------------------------------------------------------------


def _groups(words: list[Word], spaced: bool = False, pitch: float | None = None) -> list[list[Word]]:
    """Words that overlap or nearly touch in x (on any line of a band), left to right; a word
    after the end of a text box on its line (`Word.box_end`) opens a cell, unless it overlaps.

    Where the writer prints spaces as glyphs (`spaced`), so does a word set apart from the
    text left of it by more than a kerning's width (`BOX_GAP`) without a space glyph before
    it on its line: the lines of one cell overlap, and WeasyPrint's default print sets the
    cells of a header a space apart, each centred on its own lines («Наименование
    мероприятия» beside «Срок» / «исполнения» one line higher).

    Where the page is set in a monospaced font whose letters are `pitch` font sizes wide, a
    gap of `MONO_SPACE` letters parts no cells: a scan's word boxes end at the ink, and a
    monospaced space with the bearings of the letters round it is wider than `HEADER_GAP`."""
    groups: list[list[Word]] = []
    opening = {id(b) for a in words if a.box_end and (b := _next_on_line(a, words)) is not None}
    # A word that opens a cell comes first of those starting where it does: they are its cell's
    # other lines (a scan's starts are aligned: «Наименование» over «мероприятия»).
    for word in sorted(words, key=lambda w: (w.x0, id(w) not in opening)):
        reach = max(w.x1 for w in groups[-1]) if groups else 0.0
        gap = word.x0 - reach
        if (
            groups
            and gap <= max(HEADER_GAP, MONO_SPACE * (pitch or 0.0)) * word.size
            and not (id(word) in opening and gap > 0)
            and not (spaced and gap >= BOX_GAP * word.size and not _after_space(word, words))
        ):
            groups[-1].append(word)
        else:
            groups.append([word])
    return [part for group in groups for part in _numero_apart(group)]


def _mono_pitch(pages: list[tuple[int, list[Line], list[Rule]]]) -> float | None:
    """The width of a letter, in font sizes, of the monospaced font the pages are set in, or None.

    Told over the pages' words of `MONO_LETTERS` letters or more (`MONO_WORDS` at least): a
    word's width in font sizes grows by one letter's width a letter, the ink's bearings aside
    (a straight line through them all), for `MONO_SHARE` of them within `MONO_FIT` of a letter.
    A few words say nothing: a header's four of a proportional font fit a line one time in five.
    """
    words = [w for _, lines, _ in pages for ln in lines for w in ln.words if len(w.text) >= MONO_LETTERS]
    words = [w for w in words if w.text.isalpha() and w.size > 0]
    if len(words) < MONO_WORDS:
        return None
    letters = [float(len(w.text)) for w in words]
    widths = [(w.x1 - w.x0) / w.size for w in words]
    try:
        slope, offset = linear_regression(letters, widths)
    except StatisticsError:  # every word as long as the others: no line to draw
        return None
    if slope <= 0:
        return None
    fits = sum(abs(width - (slope * n + offset)) <= MONO_FIT * slope for n, width in zip(letters, widths, strict=True))
    return slope if fits >= MONO_SHARE * len(words) else None


def _numero_apart(group: list[Word]) -> list[list[Word]]:
    """A group opening with «№» whose other words, opening with a capital, name a plan column
    («№ Мероприятие»), as two cells: the numbers' cell and the next set a space apart (WeasyPrint's
    default print), where nothing else parts them (a scan has no space glyphs to tell a gap
    between boxes by; a text PDF's words this close are one cell's else)."""
    if len(group) < 2 or group[0].text != "№" or any(w.x0 < group[0].x1 for w in group[1:]):
        return [group]  # (words under the «№» are its cell's: «№» / «п/п»)
    if group[1].text.lower().startswith("п/") or not group[1].text[:1].isupper():
        # «№ п/п», its «п/» read glued to the next cell's word («п/Наименование», where a scan's
        # reader did not part them: `ocr.unruled._numero_unglued`); a cell «№ мероприятия» goes on
        # in small letters, where a header cell opens with a capital.
        return [group]
    rest = sorted(group[1:], key=lambda w: (round(w.top), w.x0))
    if column_role(" ".join(w.text for w in rest)) in ("extra", "number"):
        return [group]
    return [group[:1], group[1:]]


def _after_space(word: Word, words: list[Word]) -> bool:
    """Does a word of `words` on the line of `word` end a space's width or less before it, with
    a space glyph after it?"""
    return any(
        w.space_after
        and 0 <= word.x0 - w.x1 <= HEADER_GAP * word.size
        and abs(w.top - word.top) < BASELINE_SLACK * word.size
        for w in words
    )


def _next_on_line(word: Word, words: list[Word]) -> Word | None:
    """The word of `words` right after `word` on its line, if any."""
    after = [w for w in words if abs(w.top - word.top) < BASELINE_SLACK * word.size and word.x1 <= w.x0]
    return min(after, key=lambda w: w.x0, default=None)


def _roles(groups: list[list[Word]]) -> set[str]:
    texts = [" ".join(w.text for w in sorted(g, key=lambda w: (round(w.top), w.x0))) for g in groups]
    return {column_role(text) for text in texts}


def _is_header(groups: list[list[Word]]) -> bool:
    roles = _roles(groups)
    return len(groups) >= 3 and "title" in roles and bool(roles - {"extra", "title"})


def _header_at(
    lines: list[Line], first: int, spaced: bool = False, rules: list[Rule] | None = None, pitch: float | None = None
) -> tuple[list[tuple[float, float]], int] | None:
    """The header cells' x ranges and line count, if a header band starts at line `first`
    (`spaced`, `pitch`: see `_groups`; `rules`: the page's horizontal rules)."""
    found: tuple[list[tuple[float, float]], int] | None = None
    if len(_groups(lines[first].words, spaced, pitch)) < 2:
        return None  # a header's first line shows at least two of its cells (a title's last line, one)
    band: list[Word] = []
    for index in range(first, min(first + HEADER_LINES, len(lines))):
        line = lines[index]
        if index > first:
            previous = lines[index - 1]
            # A menu printed left of the table stands on the lines of its rows («Новости» beside
            # row 1's «1.»): the row's own words tell where the header ends.
            if found is not None and _numero(_words_within(band, *found[0][0])):
                line = _without_aside(line, found[0][0][0]) or line
            if line.top - previous.bottom > HEADER_LINE_GAP * line.size or _opens_row(line.words[0].text):
                break
            # A rule across the band between two lines is the one under the header (a table ruled
            # only there, as pandoc and «booktabs» styles print it): the first row is under it.
            if _rule_between(previous, line, [*band, *line.words], rules or []):
                break
            # Once a header is read, a line whose words under its date column read as a period is
            # the first row, whatever its case («январь», «15.02.2027» in a plan without numbers).
            if found is not None and _period_under_date(line, band, found[0]):
                break
            # Once a header is read, a line in the regular face under a header all in bold is the
            # first row, set under it without padding (a borderless table's `<th>`s, bold); not a
            # line all in brackets, a header cell's note in the regular face («(Ф.И.О., должность)»).
            if (
                found is not None
                and _all_bold(band)
                and not any(w.bold for w in line.words)
                and not _bracketed(" ".join(w.text for w in line.words))
            ):
                break
            # A header of centred cells (its lines interleaved) ends at the first empty band, when a
            # row number stands in the lines beyond it: rows a point apart, their cells centred, the
            # first row's upper lines over its number (WeasyPrint's default print).  So does a
            # header of one line over such a row, its lines interleaved (Chromium's print).
            above = lines[first:index]
            if (
                found is not None
                and (_interleaved(above) or _interleaved(_runs(lines[index:])[0]))
                and line.top > max(ln.bottom for ln in above)
                and (_row_at(lines, index) or _title_over_number(lines, index, band, found[0]))
            ):
                break
            # Once a header is read, a line opening with a capital in its first column is the
            # first row (rows without numbers follow as closely as the header's lines).
            lead = line.words[0]
            if found is not None and lead.text[:1].isupper() and abs(lead.x0 - lines[first].words[0].x0) <= ALIGN:
                break
            # Or at the start of the title column's header cell, a row whose number stands lower
            # (centred in its row) under a header set at the left of its cells.
            if found is not None and lead.text[:1].isupper() and _at_title(band, found[0], lead):
                break
            # Or a line of one run under the title's cell, neither set at its start nor centred on it:
            # the first row's event over its number (a browser centres the row's cells, a list's
            # margin between), under a header of one line, or under all the lines of a header of
            # centred cells (its «Дата и место» over «проведения» beside the one line of the others).
            below = index == first + 1 or line.top > max(ln.bottom for ln in above)
            if found is not None and below and _event_over_number(lines, index, band, found[0]):
                break
        band.extend(line.words)
        groups = _groups([word for word in band if _worded(word)], spaced, pitch)
        if _is_header(groups):
            found = ([(min(w.x0 for w in g), max(w.x1 for w in g)) for g in groups], index - first + 1)
    return found


def _worded(word: Word) -> bool:
    """Does a header's word hold a letter, a digit or «№»?  A dash alone places no cell: a scan's
    speck or a shading's edge read as «—» before «Мероприятие» set that cell's start left of
    where its rows' text starts, and a column that no row fills stood between."""
    return any(char.isalnum() or char == "№" for char in word.text)


def _bracketed(text: str) -> bool:
    """Is the text all in one pair of round brackets («(Ф.И.О., должность)», «(дата)»; not «(по
    плану) … (по согласованию)»)?"""
    body = text.rstrip(".,;:")
    depth = 0
    for at, char in enumerate(body):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            return at == len(body) - 1 and at > 0
    return False


def _words_within(words: list[Word], lo: float, hi: float) -> list[Word]:
    """The words that stand between `lo` and `hi` (a header cell's words)."""
    return [w for w in words if lo - ALIGN <= w.x0 and w.x1 <= hi + ALIGN]


def _without_aside(line: Line, left: float) -> Line | None:
    """`line` without the words that start well left of `left` (the table's left edge: where its
    «№» starts) and end before it, when the rest of the line starts at the table (a sidebar beside
    the table's row, not a row's text reaching left); None when there are none or none else, or
    when one is a row number (the numbers' column, its «№» centred over it: nothing beside), or
    when the rest goes on a word's space after them with a word, no row's number (a footnote
    «[1] По согласованию…» at the foot of a page whose margin is wider than the table's: one
    line of text; a menu's item a space from the number it stands beside is still one)."""
    aside = _aside(line, left)
    own = [w for w in line.words if w not in aside]
    if not aside or not own or _crosses(line, left) or any(row_number(w.text) is not None for w in aside):
        return None
    if own[0].x0 - aside[-1].x1 < MIN_CHANNEL * line.size and row_number(own[0].text) is None:
        return None
    return Line(own, min(w.top for w in own), max(w.bottom for w in own), line.size)


def _rule_between(above: Line, below: Line, words: list[Word], rules: list[Rule]) -> bool:
    """Is there a rule between two lines, across most of `words`' width (no underline of a word)?"""
    left, right = min(w.x0 for w in words), max(w.x1 for w in words)
    return any(
        above.bottom - BASELINE_SLACK <= y <= below.top + BASELINE_SLACK and x1 - x0 >= (right - left) / 2
        for y, x0, x1 in rules
    )


def _period_under_date(line: Line, band: list[Word], ranges: list[tuple[float, float]]) -> bool:
    """Do `line`'s words under a header cell of `band` that names a date read as a period?"""
    for k, (lo, hi) in enumerate(ranges):
        cell = [w for w in band if lo - ALIGN <= w.x0 and w.x1 <= hi + ALIGN]
        if _roles([cell]) != {"date"}:
            continue
        end = ranges[k + 1][0] - ALIGN if k + 1 < len(ranges) else float("inf")
        text = " ".join(w.text for w in line.words if lo - ALIGN <= w.x0 < end)
        if text and looks_like_period(text):
            return True
    return False


def _row_at(lines: list[Line], index: int) -> bool:
    """Does a row number open a line of the lines that stand together from line `index` on?"""
    return any(_opens_row(line.words[0].text) for line in _runs(lines[index:])[0])


def _title_over_number(lines: list[Line], index: int, band: list[Word], ranges: list[tuple[float, float]]) -> bool:
    """Do the lines from `index` on hold words under the header's title cell alone (between its
    neighbours' cells), down to a line a row number opens, each within `HEADER_LINE_GAP` of the
    one above?  The first row's event over its number, centred in its row, the number set off
    by its list's margin (Chromium's print: «Участие в работе …:» over «1  • в сфере культуры»)."""
    t = _title_cell(band, ranges)
    if t is None:
        return False
    left = ranges[t - 1][1] if t else float("-inf")
    right = ranges[t + 1][0] if t + 1 < len(ranges) else float("inf")

    def alone(line: Line) -> bool:
        return not any(w.x0 <= left or w.x1 >= right for w in line.words)

    lead = lines[index]
    if _opens_row(lead.words[0].text) or not alone(lead):
        return False
    return _number_opens_below(lines, index, HEADER_LINE_GAP, alone)


def _event_over_number(lines: list[Line], index: int, band: list[Word], ranges: list[tuple[float, float]]) -> bool:
    """Is line `index` one run of words under the header's title cell, running out of it on the
    left and centred on no header cell, with a row number opening one of the next lines, as close
    as a row's lines stand (`END_GAP`)?"""
    line = lines[index]
    t = _title_cell(band, ranges)
    if t is None or _word_runs(line) != 1:
        return False
    lo = ranges[t][0]
    x0, x1 = line.words[0].x0, line.words[-1].x1
    middles = [(a + b) / 2 for a, b in ranges]
    if not (x1 > lo and x0 < lo - ALIGN) or any(abs((x0 + x1) / 2 - m) <= line.size for m in middles):
        return False
    return _number_opens_below(lines, index, END_GAP)


def _number_opens_below(lines: list[Line], index: int, gap: float, keeps: Callable[[Line], bool] | None = None) -> bool:
    """Does a row number open one of the few lines under line `index`, each within `gap` font sizes
    of the one above, and each line before it `keeps` to what the caller asks?"""
    for at in range(index + 1, min(index + HEADER_LINES, len(lines))):
        line = lines[at]
        if line.top - lines[at - 1].bottom > gap * line.size:
            return False
        if _opens_row(line.words[0].text):
            return True
        if keeps is not None and not keeps(line):
            return False
    return False


def _title_cell(band: list[Word], ranges: list[tuple[float, float]]) -> int | None:
    """Which of the header cells (`ranges` over the header's words `band`) names the event, if any."""
    return next((i for i, (lo, hi) in enumerate(ranges) if _roles([_words_within(band, lo, hi)]) == {"title"}), None)


def _at_title(band: list[Word], ranges: list[tuple[float, float]], lead: Word) -> bool:
    """Does `lead` start where the header's title cell starts, under a word of it set there?"""
    title = _title_cell(band, ranges)
    if title is None:
        return False
    lo, hi = ranges[title]
    return abs(lead.x0 - lo) <= ALIGN and any(abs(w.x0 - lo) <= ALIGN for w in _words_within(band, lo, hi))


def _find_header(
    pages: list[tuple[int, list[Line], list[Rule]]], spaced: bool = False, pitch: float | None = None
) -> _Header | None:
    """The first band that names the most plan columns: words of a web page's menu beside the
    text above the plan («Мероприятия», «Документы») can pass for a header with fewer
    (`spaced`, `pitch`: see `_groups`)."""
    best: tuple[int, _Header] | None = None
    for page, lines, rules in pages:
        for first in range(len(lines)):
            found = _header_at(lines, first, spaced, rules, pitch)
            if found:
                band = lines[first : first + found[1]]
                named = _named(band, found[0])
                above = _line_above(lines, first, band, found[0], named, spaced, pitch)
                top = first
                if above is not None:
                    top, band, groups = first - 1, [lines[first - 1], *band], above
                    named += 1
                else:
                    groups = found[0]
                top, band, groups = _interleaved_above(lines, top, band, groups, spaced, pitch)
                header = _Header(page, top, band, groups)
                if best is None or named > best[0] or (named == best[0] and _narrower(best[1], header)):
                    best = (named, header)
    return best[1] if best is not None else None


def _interleaved_above(
    lines: list[Line],
    top: int,
    band: list[Line],
    ranges: list[tuple[float, float]],
    spaced: bool,
    pitch: float | None = None,
) -> tuple[int, list[Line], list[tuple[float, float]]]:
    """The header band with the lines above it that stand on the baselines of its centred cells:
    a browser centres each header cell in the header row, so a cell of three lines («№» / «п/» /
    «п») and one of two («Отметка о» / «выполнении») open lines above the others' one line,
    each closer to the next than a line's height and all over the header's cells (as many
    cells with them as without).  A title's last line stands a line's height apart at least."""
    while top > 0:
        above = lines[top - 1]
        if not 0 < band[0].top - above.top < INTERLEAVED * above.size:
            break
        groups = _groups([w for line in [above, *band] for w in line.words], spaced, pitch)
        if len(groups) != len(ranges):
            break
        top, band = top - 1, [above, *band]
        ranges = [(min(w.x0 for w in g), max(w.x1 for w in g)) for g in groups]
    return top, band, ranges


def _narrower(wider: _Header, header: _Header) -> bool:
    """Is `header` the lower part of the band `wider`, naming as many columns, a full line's step
    under the lines it leaves out?  A web page's controls over its table («Показать 10 записей»,
    «Поиск:»), set as closely as a header's lines, open a band that reads as a header only with
    the header row under them: they name nothing.  (The lines of a header of centred cells
    interleave: none of them stands a full line apart.)"""
    count = header.first - wider.first
    return (
        header.page == wider.page
        and 0 < count < len(wider.lines)
        and header.lines[-1] is wider.lines[-1]
        and not _interleaved([wider.lines[count - 1], header.lines[0]])
        # A header's first line that names plan columns itself is the header's (cells of two lines
        # beside a cell across two sub-columns: «№ Наименование Место и сроки проведения» over
        # «п/п мероприятия Место Срок»), however far under it its second line stands.
        and _named(wider.lines[:count], wider.groups) == 0
    )


def _named(band: list[Line], ranges: list[tuple[float, float]]) -> int:
    """How many plan columns the header cells (x ranges) of the band's lines name."""
    words = [w for line in band for w in line.words]
    groups = [[w for w in words if lo - ALIGN <= w.x0 and w.x1 <= hi + ALIGN] for lo, hi in ranges]
    return len(_roles(groups) - {"extra"})


def _line_above(
    lines: list[Line],
    first: int,
    band: list[Line],
    ranges: list[tuple[float, float]],
    named: int,
    spaced: bool,
    pitch: float | None = None,
) -> list[tuple[float, float]] | None:
    """The header cells with the line above the band, when it is the upper part of one of them.

    A browser centres each header cell in the header row: a cell of three lines
    («№ п/» / «п» around the one line of the others) opens a line above the rest,
    with one cell only (`_header_at` does not start there).  It belongs to the
    header when it stands as close as the header's lines, every word of it over
    a header cell, and the cell then names one more plan column («№ п/ п»), or
    the cells it opens stand centred on the middle of the header's one-line cells
    («Дата и» / «время» around «№ Мероприятие Место»: its first words would be
    read as a section's heading over the table).
    """
    if first == 0:
        return None
    above = lines[first - 1]
    if band[0].top - above.bottom > HEADER_LINE_GAP * band[0].size:
        return None
    groups = _groups([w for line in [above, *band] for w in line.words], spaced, pitch)
    if len(groups) != len(ranges):
        return None
    joined = [(min(w.x0 for w in g), max(w.x1 for w in g)) for g in groups]
    if first > 1 and _paragraphs_last_line(lines[first - 2], above, joined):
        return None
    more = _named([above, *band], joined)
    return joined if more > named or (more == named and _centred_cells(above, groups)) else None


def _paragraphs_last_line(upper: Line, line: Line, cells: list[tuple[float, float]]) -> bool:
    """Is `line` the last line of a centred paragraph that `upper` opens, right over it on its
    middle and wider than a header cell reaches (a title's «на 2027 год» under its first line,
    set by chance where a header cell starts)?  A header cell's line has no such line over it."""
    cell = next(((lo, hi) for lo, hi in cells if lo - ALIGN <= line.x0 and line.x1 <= hi + ALIGN), None)
    return (
        cell is not None
        and line.top - upper.bottom <= HEADER_LINE_GAP * line.size
        and abs((upper.x0 + upper.x1) - (line.x0 + line.x1)) / 2 <= line.size
        and (upper.x0 < cell[0] - ALIGN or upper.x1 > cell[1] + ALIGN)
    )


def _centred_cells(above: Line, groups: list[list[Word]]) -> bool:
    """Do the header cells that `above` opens stand centred, each on the middle of the others, all
    set on one line, with lines under it as over it (a browser centres a header row's cells), its
    words set in the cell as the cell's other lines are (`_aligned_in_cell`)?"""
    ids = {id(w) for w in above.words}
    opened = [g for g in groups if any(id(w) in ids for w in g)]
    single = [g for g in groups if not any(id(w) in ids for w in g)]
    # Every other cell on one line: cells of two lines beside it are set at the top of their
    # rows, and a line over them is the title's last (centred on the page, over one of them).
    if not opened or not single or any(len({round(w.top) for w in g}) > 1 for g in single):
        return False
    middle = median((min(w.top for w in g) + max(w.bottom for w in g)) / 2 for g in single)
    return all(
        max(w.bottom for w in g) > above.bottom + BASELINE_SLACK * above.size
        and abs((min(w.top for w in g) + max(w.bottom for w in g)) / 2 - middle) <= WHOLE_ROW * above.size
        and _aligned_in_cell([w for w in g if id(w) in ids], [w for w in g if id(w) not in ids])
        for g in opened
    )


def _aligned_in_cell(opening: list[Word], rest: list[Word]) -> bool:
    """Are the words of a cell's first line set as its other lines are: at one left edge, on one
    middle or at one right edge?  A title's last line centred on the page over a header cell set
    at its left («на 2020 год» over «Место» / «проведения») is neither."""
    rows: list[list[Word]] = []
    for word in sorted(rest, key=lambda w: w.top):
        if rows and word.top - rows[-1][0].top < WHOLE_ROW * word.size:
            rows[-1].append(word)
        else:
            rows.append([word])
    edges = [(min(w.x0 for w in row), max(w.x1 for w in row)) for row in [opening, *rows]]
    (left, right), others = edges[0], edges[1:]
    slack = max(ALIGN, WHOLE_ROW * max(w.size for w in opening))
    return (
        all(abs(lo - left) <= slack for lo, _ in others)
        or all(abs((lo + hi) / 2 - (left + right) / 2) <= slack for lo, hi in others)
        or all(abs(hi - right) <= slack for _, hi in others)
    )


def _repeated_header(lines: list[Line], header: _Header) -> tuple[int, int]:
    """The header lines a continuation page repeats at its top (first index, count), if any: told
    by their words as `_prints_header` tells them (a scan reads a marker's speck otherwise)."""
    for first in range(min(3, len(lines))):
        if _prints_header(lines, first, header.lines):
            return first, len(header.lines)
    # A scan may read it in pieces, out of order (its band read as two overlapping lines, in as
    # many lines or one fewer): all but a few of its letters and few others.  The window that
    # reads it best: a heading over it («Январь») is no line of it.
    printed = _header_letters(header.lines)
    count = len(header.lines)
    best: tuple[float, int, int] | None = None  # (how well it reads, first line, count)
    for first in range(min(3, len(lines))):
        for band in (lines[first : first + count], lines[first : first + count - 1]):
            likeness = letters_likeness(printed, _header_letters(band)) if band else None
            if likeness is not None:
                best = max(best or (0.0, 0, 0), (likeness, first, len(band)))
    if best is not None:
        return best[1], best[2]
    return 0, 0


def _table_lines(pages: list[tuple[int, list[Line], list[Rule]]], header: _Header) -> list[tuple[int, list[Line]]]:
    """The table's body lines on each page, from under its header to the first wide empty band
    (or a footnote separator); a later page that opens left of the table's text, with no header
    again and no row's number, ends the table (`_left_of_table`)."""
    out: list[tuple[int, list[Line]]] = []
    for at, (page, lines, rules) in enumerate(pages):
        cuts = sorted(y for y, x0, x1 in rules if _separator(x0, x1, header))
        if page < header.page:
            continue
        taken: list[Line] = []
        if page == header.page:
            start = header.first + len(header.lines)
        else:
            first, count = _repeated_header(lines, header)
            header.repeated[page] = lines[first : first + count]
            start = first + count
            # A section's heading over the header a page repeats (section tables, each with its
            # header, the next one opening a page) heads the rows under it: left outside, it was
            # read after the table, glued to the signature's position.
            if count:
                taken = [line for line in lines[:first] if _section_line(line)]
            elif lines and _left_of_table(lines[0], header, out):
                break  # the page opens left of the table's text: a signature, a page's foot
        previous = lines[start - 1] if start else None
        for index in range(start, len(lines)):
            line = lines[index]
            gap = previous is not None and line.top - previous.bottom > END_GAP * line.size
            # A section's heading alone at a page's foot: its rows may open the next page.
            after = pages[at + 1][1] if at + 1 < len(pages) and all(map(_section_line, lines[index:])) else []
            unnumbered = not _numbers_open(lines[start:index])
            rows_follow = gap and (
                _numbered_rows_follow([*lines, *after], index, header, start)
                or _heading_over_rows(lines, index, header.starts)
                or _row_of_cells(line, header.starts, pairs=unnumbered, dated=unnumbered)
                or (previous is not None and _list_under(previous, line, header))
                or (at + 1 < len(pages) and _rows_over_the_break(lines[index:], pages[at + 1][1], header))
            )
            if gap and not rows_follow:
                if at + 1 < len(pages) and _repeated_header(pages[at + 1][1], header)[1]:
                    break  # a note at the page's foot (a `<tfoot>`): the next page repeats the header
                out.append((page, taken))
                return out
            # (Not the header's bottom border: cut per cell, its first piece may stand at the left.)
            if index > start and previous is not None and any(previous.bottom < y < line.top for y in cuts):
                break  # the footnotes under the separator end this page's part of the table
            taken.append(line)
            previous = line
        out.append((page, taken))
    return out


def _numbers_open(lines: list[Line]) -> bool:
    """Does a line of these open with a row's number (the table numbers its rows)?  A section's
    heading numbered in figures, its number and name in bold, one run of words («1. Мероприятия в
    городах-членах МАГ» over rows with no numbers), numbers no row."""
    return any(row_number(line.words[0].text) is not None and not _numbered_bold_heading(line) for line in lines)


def _numbered_bold_heading(line: Line) -> bool:
    """A line in bold, one run of words, a number and a name after it (not a bold number alone)."""
    return (
        _all_bold(line.words)
        and _word_runs(line) == 1
        and any(ch.isalpha() for word in line.words[1:] for ch in word.text)
    )


def _rows_over_the_break(foot: list[Line], following: list[Line], header: _Header) -> bool:
    """Do the table's rows go on over the page break past a wide empty band at the page's `foot`:
    the next page opens (under the header printed again, if it is) with a row of cells
    (`_row_of_cells`), and the lines from the band down to the page's end are a section's
    heading or lines opening where the table's first cell does, one of two runs of words at
    least, none a footnote nor a signature («Заседания Комиссии» over a row of a table of its own
    widths, the rest on the next page)?"""
    first, count = _repeated_header(following, header)
    opening = following[first + count] if first + count < len(following) else None
    start = header.starts[0]
    if opening is not None and _later_cells_parted(foot, opening, header):
        return True
    return (
        opening is not None
        and _row_of_cells(opening, header.starts)
        and all(
            _section_line(line)
            or (abs(line.words[0].x0 - start) <= ALIGN and not _footnote(line) and not _signature_line(line))
            for line in foot
        )
        and any(_word_runs(line) >= 2 for line in foot)
    )


def _later_cells_parted(foot: list[Line], opening: Line, header: _Header) -> bool:
    """Is the page's `foot`, past a wide empty band, a row's later cells alone (its date, place…),
    every run of its few lines starting where a cell after the first starts, the next page opening
    where the first cell starts (WeasyPrint parts a borderless row over the page break, the event's
    name, taller with its list, carried over whole: «I-IV квартал» at one page's foot,
    «Международные соревнования…» at the next one's top)?"""
    later = header.starts[1:]
    return (
        0 < len(foot) <= HEADER_LINES
        and all(any(abs(word.x0 - start) <= ALIGN for start in later) for line in foot for word in _run_starts(line))
        and not any(_footnote(line) or _signature_line(line) for line in foot)
        and abs(opening.words[0].x0 - header.starts[0]) <= ALIGN
        and not _footnote(opening)
        and not _signature_line(opening)
    )


def _left_of_table(line: Line, header: _Header, above: list[tuple[int, list[Line]]]) -> bool:
    """Does a later page's first line (no header repeated over it) start left of where the table's
    header and lines on the pages before start, and open no row?  Then it is no line of the table:
    a signature or a page's foot under a borderless table whose cells are padded (a web page's
    «Ответственный секретарь» at the margin, the table's text a padding further right)."""
    lines = [*header.lines, *(ln for _, page_lines in above for ln in page_lines)]
    return line.x0 < min(ln.x0 for ln in lines) - ALIGN and not _opens_row(line.words[0].text)


def _list_under(above: Line, line: Line, header: _Header) -> bool:
    """Does `line` open a list's item of the cell whose text ends on `above`, set off it by the
    list's margin (a browser's default print: a row's list a blank line under its event's name)?
    Its bullet stands right of the number column, a list's indent right of where a word of
    `above` starts; a signature or a note under the table opens at its left edge, with no bullet."""
    bullet = line.words[0]
    return (
        bullet.text in BULLET_GLYPHS
        and bullet.x0 > header.groups[0][1] + ALIGN
        and any(ALIGN < bullet.x0 - word.x0 <= LIST_INDENT * line.size for word in above.words)
    )


def _without_sidebar(
    body: list[tuple[int, list[Line]]], header: _Header
) -> tuple[list[tuple[int, list[Line]]], dict[int, list[Word]]]:
    """The body's lines without a column of words printed left of a numbered table (a web page's
    menu beside the plan: «Главная» / «Новости» on its rows' lines), on each page down to the first
    line that reaches over the gap between them (a footer under the table).  Nothing in a table
    stands left of its «№» but its row numbers (the «№» centred over them: then nothing is left
    out).  And the words left out, by page."""
    left, right = header.groups[0]
    if not _numero(_within(header.lines, left, right)):
        return body, {}
    out: list[tuple[int, list[Line]]] = []
    aside: dict[int, list[Word]] = {}
    for page, lines in body:
        end = next((i for i, line in enumerate(lines) if _crosses(line, left)), len(lines))
        numbers = any(row_number(w.text) is not None for line in lines[:end] for w in _aside(line, left))
        if numbers or not any(_without_aside(line, left) for line in lines[:end]):
            out.append((page, lines))
            continue
        aside[page] = [w for line in lines[:end] for w in _aside(line, left)]
        kept = [_without_aside(line, left) or line for line in lines[:end]]
        kept = [line for line in kept if len(_aside(line, left)) < len(line.words)]
        out.append((page, [*kept, *lines[end:]]))
    return out, aside


def _aside_above(lines: list[Line], header: _Header) -> list[Word]:
    """The words of a menu printed left of a numbered table's header, beside the lines of the plan's
    title above it (a web page's layout column: «Мероприятия» before «Календарный план …»), up to
    the first line that reaches over the gap.  Told by their baseline: a menu's lines are a flow
    of their own, never on the title's baselines (a line's words share one), so a title that
    opens left of the table is never taken for one."""
    left, right = header.groups[0]
    if not _numero(_within(header.lines, left, right)):
        return []
    menu: list[Word] = []
    for line in reversed(lines):
        if _crosses(line, left):
            break
        beside = _aside(line, left)
        rest = [w for w in line.words if w not in beside and not w.raised]
        apart = abs(median(w.bottom for w in beside) - median(w.bottom for w in rest)) if beside and rest else 0.0
        if apart > OWN_BASELINE * line.size:
            menu += beside
    return menu


def _aside(line: Line, left: float) -> list[Word]:
    """The words of `line` that start well left of `left` and end before it (`ASIDE_GAP`)."""
    return [w for w in line.words if w.x0 < left - ASIDE_GAP * line.size and w.x1 < left]


def _crosses(line: Line, left: float) -> bool:
    """Does a word of `line` start well left of `left` and reach over it (a footer under the table)?"""
    return any(w.x0 < left - ASIDE_GAP * line.size and w.x1 >= left for w in line.words)


def _separator(x0: float, x1: float, header: _Header) -> bool:
    """Is the horizontal rule from `x0` to `x1` a footnote separator under the table: starting at
    the table's left edge, long enough to be drawn, and short of the table's width?  A rule as
    wide as the header is the table's own (a «booktabs» table ruled only over and under its
    header and under its last row): its rows go on under it."""
    left, right = header.groups[0][0], header.groups[-1][1]
    return abs(x0 - left) <= SEPARATOR_REACH and SEPARATOR_LENGTH <= x1 - x0 < TABLE_RULE_SHARE * (right - left)


def _numbered_rows_follow(lines: list[Line], index: int, header: _Header, first_row: int = 0) -> bool:
    """Does the text from line `index` on (up to the next wide empty band) hold a row number
    under the header's first cell?  Then the empty band above it is a browser's padding and
    vertical centring between rows, not the table's end (footnotes' markers are raised).  The
    lines may go on with the next page's (a section's heading alone at a page's foot).

    The number may stand anywhere left of the event's heading: a spreadsheet's print sets it at
    the right of a number column wider than its centred «№ п/п» (a row taller than its text
    leaves the band).  A number that starts a list of its own (`_list_anew`, against the rows
    from line `first_row` on) is none."""
    number_lo, number_hi = header.groups[0]
    if len(header.groups) > 1:
        number_hi = max(number_hi, header.groups[1][0] - 2 * ALIGN)
    # ... and as far left as the numbers of the rows above stand: a header's «№» centred over
    # numbers set at the cell's left (a web page's sections printed as tables of their own).
    number_lo = min([number_lo, *(ln.words[0].x0 for ln in lines[:index] if _number_under(ln.words[0], number_hi))])
    size = lines[index].size
    skipped = False
    for at in range(index, min(index + HEADER_LINES * 2, len(lines))):
        line = lines[at]
        if at > index and line.top - lines[at - 1].bottom > END_GAP * size:
            # A section's heading may stand alone between two wide bands (a web page's sections
            # printed as tables of their own): numbered rows under it go on with the table.  Known
            # by its bold, or (a scan's words have none) by the header printed again under it.
            heading = _section_line(lines[index]) or _prints_header(lines, at, header.lines)
            if skipped or at != index + 1 or not heading:
                return False
            skipped = True
        first = line.words[0]
        if (
            not _footnote(line)
            and first.x0 < number_hi + ALIGN
            and first.x1 > number_lo - ALIGN
            # A row number, or a section's Roman number with its dot («III.», not «XXX сессия»).
            and (row_number(first.text) is not None or (first.text.endswith(".") and _opens_row(first.text)))
        ):
            return not (at == index and _list_anew(first, lines[first_row:index], number_hi))
    return False


def _row_of_cells(line: Line, starts: list[float], pairs: bool = False, dated: bool = False) -> bool:
    """Is `line`, after a wide empty band, a row of a table whose cells start at `starts`: opening
    where the first cell starts, runs of words for all of its cells but one at most, three at
    least, or (with `pairs`) two or more each where a cell starts, or (with `dated`) two or more
    of which a later one reads as a date wording (`_dated_run`)?  Rows padded apart with no
    numbers go on with the table (a web page's cells whose paragraphs keep their margins), in
    columns of their own widths where the page split the table in two; where the rows are
    numbered, their numbers tell (`_numbered_rows_follow`), and two runs at the cells' starts may
    be a scan's text under the table.  A signature set in runs («Директор  ______  И.И. Иванов»)
    opens with a position; a footnote with its marker."""
    opening = _run_starts(line)
    aligned = pairs and all(any(abs(word.x0 - start) <= ALIGN for start in starts) for word in opening)
    return (
        (
            len(opening) >= max(3, len(starts) - 1)
            or (len(opening) >= 2 and (aligned or (dated and _dated_run(line, opening))))
        )
        and abs(line.words[0].x0 - starts[0]) <= ALIGN
        and not _footnote(line)
        and not _signature_line(line)
    )


def _dated_run(line: Line, opening: list[Word]) -> bool:
    """Does a run of the line's words after its first read as a date wording, or open with one
    that its words qualify («по мере поступления обращений», «в течение года по согласованию с»),
    and its first run as an event's name: no requisite's head nor a person's name («Исполнитель:
    Петрова А.А.   10.12.2026», «Согласовано   15 января 2027 г.» under the table)?  A year alone
    is no cell's date wording here."""
    at = {id(word): k for k, word in enumerate(line.words)}
    ends = [at[id(word)] for word in opening[1:]] + [len(line.words)]
    first = " ".join(word.text for word in line.words[: ends[0]])
    if REQUISITE_HEAD.match(first) or starts_requisite(first) or name_beside(first):
        return False
    runs = (" ".join(word.text for word in line.words[start:end]) for start, end in pairwise(ends))
    return any(not run.isdigit() and opens_with_period(run) for run in runs)


def _signature_line(line: Line) -> bool:
    """Does the line read as a signature's or the requisites under it: a blank for the hand
    («______»), a position opening it, or the words of who drew the plan up or read it, or a
    stamp's place («Составил:», «Исп.», «С планом ознакомлены:», «М.П.»)?"""
    text = line.text()
    return (
        marks_signature(text)
        or names_position(" ".join(word.text for word in line.words[:2]))
        or _SIGNED.match(text) is not None
    )


def _list_anew(word: Word, above: list[Line], number_hi: float) -> bool:
    """Is `word`, opening the first line after a wide empty band, a «1» that starts a list of its
    own under rows numbered on past it (`above`), standing neither where their numbers start, nor
    where they end, nor centred where they are?  A web page's footnotes printed as a numbered
    list under the table and the signature («1. Даты праздников ориентировочные. ↩»)."""
    rows = [ln.words[0] for ln in above if _number_under(ln.words[0], number_hi)]
    if row_number(word.text) != 1 or not any((row_number(w.text) or 0) > 1 for w in rows):
        return False
    return not any(
        abs(w.x0 - word.x0) <= ALIGN
        or abs(w.x1 - word.x1) <= ALIGN
        or abs(w.x0 + w.x1 - word.x0 - word.x1) <= 2 * ALIGN
        for w in rows
    )


def _prints_header(lines: list[Line], at: int, header: list[Line]) -> bool:
    """Do the lines from `at` on print the `header`'s lines again, in order?  Told by their
    letters, in small letters, `_HEADER_AGAIN` of them the same: a scan reads the same header a
    little otherwise each time it is printed (a footnote's marker over «Ответственный¹» as «¥»,
    «v» or a «№», «п/» as «ш/», «Наименование» as «наименование» or «н аименование»)."""
    if at >= len(lines):
        return False
    printed = _header_letters(header)
    again = _likeness(printed, lines[at : at + len(header)])
    if again == 1.0:
        return True
    # Lines a line off it pass for most of it too (a month's name over it with all but its last
    # line, or all but its first with the first row's line): the window must read it best.
    if again < _HEADER_AGAIN or again < _likeness(printed, lines[at + 1 : at + 1 + len(header)]):
        return False
    if at > 0 and again < _likeness(printed, lines[at - 1 : at - 1 + len(header)]):
        return False
    # Each word of either in the other, a letter or two misread at most: a header naming
    # another column («Срок» for «Место») is another table's.
    band = lines[at : at + len(header)]
    return _words_within_letters(header, _header_letters(band)) and _words_within_letters(band, printed)


def _words_within_letters(lines: list[Line], letters: str) -> bool:
    """Is every word of `lines` of `_HEADER_WORD` letters or more printed in `letters`, a letter
    or two misread at most (`_HEADER_AGAIN` of it alike)?"""
    words = {w.text.casefold() for ln in lines for w in ln.words if sum(c.isalpha() for c in w.text) >= _HEADER_WORD}
    return all(fuzz.partial_ratio(word, letters) >= 100 * _HEADER_AGAIN for word in words)


def _likeness(printed: str, lines: list[Line]) -> float:
    """How much of a header's letters (`printed`) `lines` print, in order: 1.0 when all and no
    other; 0.0 when too few or too many to be it."""
    again = _header_letters(lines)
    if again == printed:
        return 1.0
    if len(printed) < _HEADER_AGAIN_LETTERS or abs(len(again) - len(printed)) > (1 - _HEADER_AGAIN) * len(printed):
        return 0.0
    return fuzz.ratio(printed, again) / 100


def _header_letters(lines: list[Line]) -> str:
    return "".join(w.text.casefold() for ln in lines for w in ln.words)


# A header printed again has this share of its letters in common with the header, in order
# (`_prints_header`), where it has this many letters at least; a row, a few words of it at most.
_HEADER_AGAIN = 0.85
_HEADER_AGAIN_LETTERS = 12
# … each of its words this long printed there (`_words_within_letters`).
_HEADER_WORD = 4


def _number_under(word: Word, right: float) -> bool:
    """Is `word` a row's number that ends before `right` (the number column's reach)?"""
    return row_number(word.text) is not None and word.x1 < right + ALIGN


# -- the columns ------------------------------------------------------------------


def _section_line(line: Line) -> bool:
    """A section's heading line: it opens with a Roman numeral and a dot («II.»), or it is all in bold."""
    return _roman_opening(line) or _all_bold(line.words)


def _roman_opening(line: Line) -> bool:
    """Does the line open with a Roman numeral and a dot («II.»), as a section's heading does?"""
    first = line.words[0].text
    return first.endswith(".") and roman_value(first.rstrip(".")) is not None


def _numbered_heading(line: Line) -> bool:
    """Is the numbered line a section's heading (where rows are numbered in figures): «V.» and its
    name, one run of words or two (the numeral in a cell of its own), no row's cells?  A row of its
    own widths above it is no part of it («… в СМИ   культура и спорт», МАГ» / «V. Юбилеи городов
    МАГ» placed as one row)."""
    return _roman_opening(line) and _word_runs(line) <= 2


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


def _starts(lines: list[Line], skip: Callable[[Word], bool] | None = None) -> list[tuple[float, int]]:
    """Places where several lines' words start: (x, how many), left to right.

    Only words that open a run of the line count (`_run_starts`: the first word, or one after
    a gap wider than a space), so the words inside a column's lines do not; nor those `skip` names.
    """
    peaks: list[list[float]] = []
    opening = (word for line in lines for word in _run_starts(line) if skip is None or not skip(word))
    for x in sorted(word.x0 for word in opening):
        if peaks and x - peaks[-1][0] <= ALIGN:
            peaks[-1].append(x)
        else:
            peaks.append([x])
    return [(min(p), len(p)) for p in peaks]


def _starts_up_to(starts: list[float], floor: float, ceiling: float) -> list[float]:
    """The `starts` right of `floor`, up to `ceiling`."""
    return [x for x in starts if floor < x <= ceiling]


def _list_items(lines: list[Line]) -> set[int]:
    """The ids of the words right after a list's bullet: an item's text, indented in its cell."""
    return {id(b) for line in lines for a, b in pairwise(line.words) if a.text in BULLET_GLYPHS}


def _columns(header: _Header, body: list[tuple[int, list[Line]]], tight: Sequence[float] = ()) -> _Grid:
    """The columns `header` and `body` place; `tight`: starts of columns whose cells are set a space
    apart (`_header_starts_on_every_line`), which no peak of the lines' runs of words shows."""
    lines = [line for _, page_lines in body for line in page_lines]
    words = [w for line in lines for w in line.words]
    size = median(w.size for w in words)
    starts = _starts(lines)
    strong = sorted({*(x for x, n in starts if n >= max(MIN_PEAK, PEAK_SHARE * len(lines))), *tight})
    groups = _split_groups(header, strong)
    # («Наименование мероприятия», centred, starts where «•  в сфере культуры» does.)
    items = _list_items(lines)
    texts = _starts(lines, lambda w: w.text in BULLET_GLYPHS or id(w) in items)
    # The strong starts of the cells' own text: a list's bullets and items, indented in the event's
    # cells, stand right of where its lines start («•  секция» under «1  Рассмотрение»), and where
    # a list runs several lines they are as strong a start as the column's own.
    unlisted = [x for x, n in texts if n >= max(MIN_PEAK, PEAK_SHARE * len(lines))]
    bounds: list[float] = []
    for (left_lo, left_hi), (lo, _hi) in pairwise(groups):
        # A left-aligned column's text starts at a peak of line starts at (or before, under a
        # centred header) its header's start; a start shared by only a few lines (or by one:
        # a column with one entry) counts where the header starts there too; not a list's bullets
        # nor its items' text (indented in a column's cells, they may stand where a centred
        # header cell starts).
        floor = max(left_hi, left_lo + size, bounds[-1] if bounds else left_lo)
        near = _starts_up_to(unlisted, floor, lo + ALIGN) or _starts_up_to(strong, floor, lo + ALIGN)
        near += [x for x, n in texts if abs(x - lo) <= ALIGN and x > floor]
        if near:
            bounds.append(max(near) - ALIGN / 2)
        else:
            # Never right of where the header cell starts: its words are its column's (a body laid
            # out with other widths than the header's may start its column further right).
            bounds.append(_channel(words, max((left_lo + left_hi) / 2, floor), max(lo, floor), MIN_CHANNEL * size))
    left, right = _extent([*header.lines, *lines])
    ends = [*bounds, right]
    number = _number_column(header, groups, lines, bounds)
    # The rights and the row gap are measured on the trimmed body (`plain_tables`): the cells' ends
    # and no row gap until then.
    roles = [_roles([_within(header.lines, lo, hi)]) for lo, hi in groups]

    def named(role: str) -> int | None:
        columns = [c for c, named in enumerate(roles) if named == {role}]
        return columns[0] if len(columns) == 1 else None

    return _Grid(
        bounds,
        ends,
        left,
        right,
        number,
        start=groups[0][0],
        # A column «Место, дата» holds both: its cells say a place and a date (`_match_bounds`).
        dates=_first_set(named("date"), named("place_date")),
        place=_first_set(named("place"), named("place_date")),
        note=named("note"),
        responsible=named("responsible"),
    )


def _header_starts_on_every_line(header: _Header, lines: list[Line]) -> list[float]:
    """Where a header word starts and so does a word on every line of the body that reaches there
    (two lines at least): the leftmost of those starts.

    A table printed with no padding parts its cells by a space alone (WeasyPrint's default print of
    a portal's table, «Сроки Ответственный» over «январь Руководитель МО»): no line's run starts
    at its columns, so no peak of starts (`MIN_PEAK`) shows them.  Lines that stop short of it (the
    signature under the table) say nothing."""
    heads = sorted({w.x0 for line in header.lines for w in line.words})
    out = []
    for x in heads:
        reaching = [line for line in lines if line.words[-1].x1 > x + ALIGN]
        starts = [[w.x0 for w in line.words if abs(w.x0 - x) <= ALIGN] for line in reaching]
        if len(reaching) >= 2 and all(starts):
            out.append(min(x, *(min(at) for at in starts)))
    return out


def space_apart(a: Word, b: Word) -> bool:
    """Does `b` follow `a` on its line a space or so after, neither raised, `a` no mark: two cells'
    texts, where a column starts at `b` (boxes that overlap are words of two lines read as one)."""
    return 0 <= b.x0 - a.x1 < MIN_CHANNEL * a.size and not (a.raised or b.raised) and any(ch.isalnum() for ch in a.text)


def _cells_apart_at(
    body: list[tuple[int, list[Line]]], starts: list[float], own: list[Line]
) -> list[tuple[int, list[Line]]]:
    """`body` with each word of the header's `own` table's lines that a word starting at one of
    `starts` follows a space or so after (`space_apart`) marked as ending its cell (`Word.box_end`):
    the cells of a table printed with no padding.  A later table of its own widths keeps its words."""
    if not starts:
        return body
    kept = {id(line) for line in own}

    def opens(word: Word) -> bool:
        return any(abs(word.x0 - x) <= ALIGN for x in starts)

    def marked(line: Line) -> Line:
        ends = {id(a) for a, b in pairwise(line.words) if opens(b) and space_apart(a, b)}
        return replace(line, words=[replace(w, box_end=w.box_end or id(w) in ends) for w in line.words])

    return [(page, [marked(line) if id(line) in kept else line for line in lines]) for page, lines in body]


def _number_column(
    header: _Header, groups: list[tuple[float, float]], lines: list[Line], bounds: list[float]
) -> int | None:
    """The column of the row numbers: the first, or the second where the first labels groups of
    rows («Месяц»: a month's name beside its rows, a merged cell) and the second is headed «№».
    A column headed as the event's holds no row numbers, whatever lines open with a number there
    (a row numbering the columns, «1 2 3 4»; a section's «2.» centred over the table)."""
    for column in range(min(2, len(groups))):
        cell = _within(header.lines, *groups[column])
        if _roles([cell]) == {"title"} or (column and not _numero(cell)):
            return None
        numbers = [
            ln
            for ln in lines
            if (lead := _lead(ln, column, bounds)) is not None
            and row_number(lead.text) is not None
            and _column(lead, bounds) == column
            and not _footnote(ln)
        ]
        if len(numbers) >= 2:
            return column
    return None


def _numero(cell: list[Word]) -> bool:
    """Is a header cell the row numbers' («№», «№ п/п»)?"""
    return bool(cell) and cell[0].text.startswith("№")


def _lead(line: Line, number: int | None, bounds: list[float]) -> Word:
    """The line's first word, past the words of a column before the row numbers' (a group's
    label beside its rows' numbers: «Январь» beside «1»)."""
    if not number:
        return line.words[0]
    return next((w for w in line.words if _column(w, bounds) >= number), line.words[0])


def _first_set(*columns: int | None) -> int | None:
    return next((column for column in columns if column is not None), None)


def _within(lines: list[Line], lo: float, hi: float) -> list[Word]:
    """The lines' words that stand between `lo` and `hi` (a header cell's words)."""
    return _words_within([w for line in lines for w in line.words], lo, hi)


def _extent(lines: list[Line]) -> tuple[float, float]:
    """Where the lines' words start furthest left and end furthest right."""
    return min(line.x0 for line in lines), max(line.x1 for line in lines)


def _fit_rights(grid: _Grid, lines: list[Line]) -> None:
    """Each column's right edge: as far as its longest line reaches (the fit test of `words`)."""
    bounds = grid.bounds
    ends = [*bounds, grid.right]
    in_cells = [w for line in lines if not _crossing(line, bounds) for w in line.words]
    grid.rights = [
        min(max((w.x1 for w in in_cells if _column(w, bounds) == c), default=grid.lefts[c] + 1), ends[c])
        for c in range(len(grid.lefts))
    ]


# A word of the numbers' header cell: «№», «п/п» and its pieces where it wraps («п/» / «п»).
_NUMERO_WORD = re.compile(r"^(?:№|N[oº°]?|п/?|/?п|п/?п\.?|п\.п\.)$", re.IGNORECASE)


def _split_groups(header: _Header, peaks: list[float]) -> list[tuple[float, float]]:
    """The header cells, split where a column of the body starts inside what looked like one
    (two narrow header cells closer than `HEADER_GAP`), or where a line of the header under the
    first holds words a column's gap apart; the last cell of each reaches as far as its words."""
    words = [w for line in header.lines for w in line.words]
    out: list[tuple[float, float]] = []
    for lo, hi in header.groups:
        inside = [w for w in words if w.x0 >= lo - ALIGN and w.x1 <= hi + ALIGN]
        if inside and all(_NUMERO_WORD.match(w.text) for w in inside):
            # «№ п/ п» is one cell: a body of rows of their own widths may start its events' names
            # where «п/» stands («3.  Участие в XIX …»), no column of the header's.
            out.append((lo, hi))
            continue
        # A cut where some line of the header has words on both sides and none across (a
        # two-level header's lower line, two header cells set close), at a column of the body or
        # where that line's own words stand a column's gap apart under a group's name: a body of
        # rows each printed with its own widths shows no column there.
        own = [
            b.x0
            for line in header.lines[1:]
            for a, b in pairwise(_words_within(line.words, lo, hi))
            if b.x0 - a.x1 >= MIN_CHANNEL * a.size
        ]
        # Not at a space between words of a line that a line under it crosses: one cell's wrapped
        # text («Дата и место» over «проведения»), whose space a body's column may meet by chance.
        cuts = sorted(
            {
                x
                for x in [*peaks, *own]
                if lo + ALIGN < x < hi
                and (
                    any(
                        _gap_at(line, inside, x)
                        and not any(_across(below, inside, x) for below in header.lines[at + 1 :])
                        for at, line in enumerate(header.lines)
                    )
                    or (x in peaks and _cells_side_by_side(inside, x))
                )
            }
        )
        start = lo
        for x in cuts:
            left = [w for w in inside if start <= w.x0 < x - ALIGN / 2]
            if left:
                out.append((min(w.x0 for w in left), min(max(w.x1 for w in left), x - ALIGN)))
                start = x - ALIGN / 2
        rest = [w for w in inside if w.x0 >= start]
        if rest:
            # The last cell reaches as far as the group's words do («проведения» over «Срок»):
            # the next column starts past them.
            out.append((min(w.x0 for w in rest), hi))
    return out


def _cells_side_by_side(inside: list[Word], x: float) -> bool:
    """Do header words stand on both sides of the cut at `x` (on any lines), and none across it?
    The lines of one cell overlap, however it is aligned; two cells set closer than `HEADER_GAP`
    and centred on lines of their own («Место» / «проведения» beside «Ответственный», one line
    between) share no line, so no line shows the gap."""
    at = x - ALIGN / 2
    left = [w for w in inside if w.x1 < at]
    right = [w for w in inside if w.x0 > at]
    return bool(left and right) and not any(w.x0 < at < w.x1 for w in inside)


def _gap_at(line: Line, inside: list[Word], x: float) -> bool:
    words = [w for w in line.words if w in inside]
    at = x - ALIGN / 2
    return any(w.x1 < at for w in words) and any(w.x0 > at for w in words) and not _across(line, inside, x)


def _across(line: Line, inside: list[Word], x: float) -> bool:
    """Does a word of `line` among `inside` stand across the cut at `x`?"""
    at = x - ALIGN / 2
    return any(w.x0 < at < w.x1 for w in line.words if w in inside)


def _column(word: Word, bounds: list[float]) -> int:
    return sum(1 for b in bounds if word.x0 >= b)


def _crossing(line: Line, bounds: list[float]) -> bool:
    """Does the line's text run over a column boundary (a heading across the columns)?

    A word over a boundary does, and so do two words a space apart on its two sides.
    """
    words = line.words
    if any(w.x0 < b < w.x1 - ALIGN for w in words for b in bounds):
        return True
    # A footnote marker raised after a title's last word stands in the gap between two cells
    # (Chromium's «паруса»*» a space from the date beside it): the gap is the word's.
    words = [w for w in words if not w.raised] or words
    return any(
        right.x0 - left.x1 < MIN_CHANNEL * left.size
        and not left.box_end  # cells a space apart
        and _column(left, bounds) != _column(right, bounds)
        for left, right in pairwise(words)
    )


def _misfit(line: Line, bounds: list[float]) -> bool:
    """Does the line not fit the columns: it crosses them, or one column holds two runs of its
    words set apart as columns are (a city-days table's «Новосибирск   12 ноября» read with
    columns where both stand in one)?  A list's bullet before its item's text is no run."""
    return _crossing(line, bounds) or any(
        (b.x0 - a.x1 >= MIN_CHANNEL * a.size or a.box_end)
        and a.text not in BULLET_GLYPHS
        and _column(a, bounds) == _column(b, bounds)
        for a, b in pairwise(line.words)
    )


def _misfits(lines: list[Line], bounds: list[float]) -> int:
    """How many of the lines misfit the columns (`_misfit`)."""
    return sum(_misfit(line, bounds) for line in lines)


def _bold_headings(lines: list[Line]) -> bool:
    """Does the body set a few lines in bold among regular ones (section headings)?  Few of its
    words, or (a short table whose headings are long beside its rows) a quarter of its lines at
    most, all in bold, the other lines' words regular but as many as those (a table whose event
    names are bold sets them beside regular dates, and their wrapped lines are all in bold)."""
    words = bold = headings = mixed = 0  # mixed: the bold words of lines not all in bold
    for line in lines:
        words += len(line.words)
        line_bold = sum(w.bold for w in line.words)
        bold += line_bold
        if _all_bold(line.words):
            headings += 1
        else:
            mixed += line_bold
    few_lines = 0 < headings <= BOLD_LINES * len(lines) and mixed <= headings
    return bold > 0 and (bold <= BOLD_SHARE * words or few_lines)


def _all_bold(words: list[Word]) -> bool:
    """Are the words all in bold?  A footnote marker after them («Дни городов МАГ²») is set in
    the regular face by LibreOffice whatever the heading's face: it tells nothing."""
    text = [w for w in words if not w.raised]
    return bool(text) and all(w.bold for w in text)


def _heading(line: Line, grid: _Grid) -> bool:
    """Is the line a section heading that stays inside one column: all in bold, in a table set
    regular?  A word processor's merged row starts its text where the first text column does,
    and a short heading ends inside it, like a line of an event's name; its face tells it."""
    if not grid.bold_headings:
        return False
    # Its number («II.») may stand in the number column, in either face.
    number = grid.number is not None and _opens_row(line.words[0].text)
    words = line.words[1 if number else 0 :]
    columns = {_column(w, grid.bounds) for w in words}
    # Not in a column before the row numbers': a group's label (a month's name beside its rows,
    # set in bold as a `<th>`), no heading of the rows under it.
    return _all_bold(words) and len(columns) == 1 and not (grid.number and min(columns) < grid.number)


def _heading_side(line: Line, grid: _Grid) -> bool | None:
    """Is the line a heading's or a row's: None for a line of a number alone (a centred heading's
    «I.» stands between its lines, a centred row's number between the row's)."""
    if len(line.words) == 1 and _numbered(line, grid):
        return None
    return _heading(line, grid)


def _heading_side_of(lines: list[Line], grid: _Grid) -> bool | None:
    """Whose lines these are: a heading's (True), a row's (False), or either (None)."""
    return next((side for ln in reversed(lines) if (side := _heading_side(ln, grid)) is not None), None)


def _apart(line: Line, grid: _Grid) -> bool:
    """A line that is a row of its own across the table: it crosses the columns, or it is a heading
    or the header again."""
    return (
        _crossing(line, grid.bounds) or _heading(line, grid) or id(line) in grid.repeats or _numbers_columns(line, grid)
    )


def _numbers_columns(line: Line, grid: _Grid) -> bool:
    """Is the line the header's row numbering the columns, «1  2  3  4  5», a figure in each
    column from the first?  Its «1» is no row's number: where rows touch (a word processor's page
    printed by a browser), the first row's lines set over its centred number stand right under it.
    (The assembler knows such a row by its cells, `assemble._is_number_row`; here each figure must
    stand in its own column, three at least: a line's words are all there is.)"""
    texts = [w.text for w in line.words]
    if len(texts) < 3 or texts != [str(n) for n in range(1, len(texts) + 1)]:
        return False
    return [_column(w, grid.bounds) for w in line.words] == list(range(len(texts)))


def _repeats(lines: list[Line], header: list[Line]) -> frozenset[int]:
    """The lines that repeat the header's lines, all of them in order (ids), or its cells in
    lines of other widths (`_header_again`)."""
    out: set[int] = set()
    for index in range(len(lines)):
        if _prints_header(lines, index, header):
            out.update(id(ln) for ln in lines[index : index + len(header)])
        elif (again := _header_again(lines, index, header)) is not None:
            out.update(id(ln) for ln in lines[index : index + again[0]])
    return frozenset(out)


def _header_again(lines: list[Line], index: int, header: list[Line]) -> tuple[int, list[list[Word]]] | None:
    """The header's cells printed again from line `index` in lines of other widths (a later
    table of its own widths: «№» over «п/п» where the first header set «№ п/» over «п»), as
    (the count of its lines, its cells' words); None where they do not start there.  Each
    cell is known by its letters, its lines joined: on one line by `_cells_on_one_line`, on
    several by the words that overlap across them (`_groups`)."""
    if len(header) < 2:
        return None
    if (one := _cells_on_one_line(lines[index], header)) is not None:
        return 1, one
    wanted = _letters(_cells_of(header))
    for count in range(2, HEADER_LINES + 1):
        band = lines[index : index + count]
        if len(band) < count:
            return None
        cells = [sorted(g, key=lambda w: (w.top, w.x0)) for g in _groups([w for ln in band for w in ln.words])]
        if _letters(cells) == wanted and [ln.text() for ln in band] != [ln.text() for ln in header]:
            return count, cells
    return None


def _cells_of(header: list[Line]) -> list[list[Word]]:
    return [sorted(g, key=lambda w: (w.top, w.x0)) for g in _groups([w for ln in header for w in ln.words])]


def _letters(cells: list[list[Word]]) -> list[str]:
    return ["".join(w.text for w in cell) for cell in cells]


def _cells_on_one_line(line: Line, header: list[Line]) -> list[list[Word]] | None:
    """`line`'s words as the header's cells, where the line prints the cells of a header of
    several lines on one, in order: a web page's section printed as a table of its own, laid
    out wide enough for its header, whose cells then stand a space apart («исполнения
    Ответственные»), too close to be told apart by the gap.  Their letters tell them: each
    cell's, its lines joined («№ п/» + «п» is «№ п/п»)."""
    wanted = _letters(_cells_of(header))
    out: list[list[Word]] = []
    words = iter(line.words)
    for text in wanted:
        cell: list[Word] = []
        while len(got := "".join(w.text for w in cell)) < len(text):
            word = next(words, None)
            if word is None:
                return None
            cell.append(word)
        if got != text:
            return None
        out.append(cell)
    return out if next(words, None) is None and len(out) > 1 else None


def _footnote(line: Line) -> bool:
    """A line that opens with a footnote marker (raised, «¹», «*»)."""
    first = line.words[0]
    return first.raised or first.text[:1] in MARKER_CHARS


def _label_in_numbers(line: Line, grid: _Grid) -> bool:
    """Is the line words alone in the number column that are no row number, no totals' word and
    no footnote: a section's name short enough to end inside that column (a merged row's text
    starts where the number column does), which a row's number cell never holds?"""
    first = line.words[0]
    return (
        grid.number is not None
        and all(_column(w, grid.bounds) == grid.number for w in line.words)
        and not _opens_row(first.text)
        and not totals(first.text)
        and not _footnote(line)
        and sum(c.isalpha() for c in line.text()) >= SECTION_LETTERS
    )


def _opens_row(text: str) -> bool:
    """A row number («12.») or a section's Roman number («II.») in the first column."""
    return row_number(text) is not None or roman_value(text.rstrip(".")) is not None


def _numbered(line: Line, grid: _Grid) -> bool:
    """Does the line open a row: a row number in the number column, or the totals' word there
    («Итого | 3 мероприятия» under the numbered rows, a spreadsheet's print), a row of its own
    that the assembler skips?  Read as a line of the last row, it cost that row its number."""
    first = _lead(line, grid.number, grid.bounds)
    return (
        grid.number is not None
        and not _footnote(line)
        and _column(first, grid.bounds) == grid.number
        and ((_opens_row(first.text) and not _edition(line)) or totals(first.text))
        and not _numbers_columns(line, grid)
    )


def _heading_line(line: Line, grid: _Grid) -> bool:
    """Does the line read as a section's heading: a `_section_line`, or one run of words across
    the columns?"""
    return _section_line(line) or (_word_runs(line) == 1 and _crossing(line, grid.bounds))


def _edition(line: Line) -> bool:
    """Does the line open with an event's edition («XV Международный форум»): a Roman numeral
    without a dot, the next word a space after it, as in running text?  A row of its own widths
    may set its event's name where the table's number column stands; a section's number is
    «II.», and a number cell stands a column's channel apart from the next cell."""
    if len(line.words) < 2:
        return False
    first, second = line.words[0], line.words[1]
    return (
        not first.text.endswith(".")
        and row_number(first.text) is None
        and second.x0 - first.x1 < MIN_CHANNEL * first.size
        and not first.box_end
    )


def _trim(body: list[tuple[int, list[Line]]], grid: _Grid) -> list[tuple[int, list[Line]]]:
    """Without what follows the table: after its last numbered row, the lines that cross the
    columns (footnotes, a signature); on each page, footnotes set smaller at its foot.  A
    table without numbers ends at an empty band far wider than any between its lines."""
    if grid.number is None:
        return _after_last_row(_without_tail(body, grid), grid)
    # The table's text size from its numbered lines: a cell's list may be set larger than its
    # text (Google Docs' 12-point lists in an 11-point table), and taken with all lines it could
    # make the last row's own lines look smaller, a footnote's.
    row_sizes = [line.size for _, lines in body for line in lines if _numbered(line, grid)]
    size = median(row_sizes or [line.size for _, lines in body for line in lines])
    out: list[tuple[int, list[Line]]] = []
    for page, lines in body:
        last = max((i for i, line in enumerate(lines) if _numbered(line, grid)), default=-1)
        end = len(lines)
        for index in range(last + 1, len(lines)):
            if lines[index].size < FOOT_SIZE * size:
                end = index
                break
        out.append((page, lines[:end]))
    flat = [(page, line) for page, lines in out for line in lines]
    last = max((i for i, (_, line) in enumerate(flat) if _numbered(line, grid)), default=len(flat) - 1)
    # The last row may be a table of its own, its columns a little off the header's: the lines
    # under it are measured against the columns its numbered line opens where they are that near,
    # or, where that line holds a run of words for each column (or one fewer), against columns
    # placed where those start (its event's column wider or narrower than the header's: `_own_rows`).
    columns = [_snapped(grid.bounds, flat[last][1])] if flat else [grid.bounds]
    # (Not where its event's name stands on other lines, its second run right of the event's column:
    # placed from it, the number's column would reach over the event's and hold a signature.)
    if (
        flat
        and len(starts := _run_starts(flat[last][1])) >= max(len(grid.lefts) - 1, 2)
        and _column(starts[1], grid.bounds) <= grid.title
        and (own := _refit([flat[last][1]], grid)) is not None
    ):
        columns.append(own.bounds)
    # ... or against columns placed from the lines since the number above, on its page: a row whose
    # cells are centred has its upper lines above its number, laid out with its own widths.
    previous = max((i for i, (_, line) in enumerate(flat[:last]) if _numbered(line, grid)), default=-1)
    since = [line for page, line in flat[previous + 1 : last + 1] if flat and page == flat[last][0]]
    if len(since) > 1 and (own := _refit(since, grid)) is not None:
        columns.append(own.bounds)
    # ... or against columns placed from the number's line and the lines set under it as closely as
    # a cell's: a last row of its own widths whose event's text starts a line under its number
    # (WeasyPrint's default print of a one-row table) has only its number, date and person there.
    # Not columns whose number's column holds more than the number: placed from a band that runs
    # on into a signature set as close under the row (a default print's), they reach over the
    # event's column and take the signature in.
    if (
        flat
        and len(band := _band_under(flat, last)) > 1
        and (own := _refit(band, grid, one_row=True)) is not None
        and _numbers_alone(band, own.bounds, grid)
    ):
        columns.append(own.bounds)
    end = _row_end(flat, last + 1, columns, grid.lefts[grid.title] if grid.title != grid.number else None)
    if 0 < end < len(flat) and flat[end][0] != flat[end - 1][0]:
        # The last row carried over to the next page (its event's cell, as a browser breaks a
        # row): the lines at the top of that page fit the columns of the last rows as printed
        # (tables of their own widths), placed from the lines of the last two rows (not a
        # heading's: it starts where their numbers do).
        numbered = [i for i, (_, line) in enumerate(flat[:last]) if _numbered(line, grid)]
        first = numbered[-2] + 1 if len(numbered) >= 2 else 0
        numbers = flat[last][1].words[0].x1
        rows = [
            line
            for page, line in flat[first:end]
            if page == flat[last][0] and (_numbered(line, grid) or line.x0 > numbers)
        ]
        if (own := _refit(rows, grid)) is not None:
            end = _row_end(flat, end, [own.bounds])
    kept = {id(line) for _, line in flat[:end]}
    return [(page, [line for line in lines if id(line) in kept]) for page, lines in out]


def _numbers_alone(lines: list[Line], bounds: list[float], grid: _Grid) -> bool:
    """Does the «№» column under `bounds` hold nothing of the lines but their row numbers?"""
    if grid.number is None:
        return True
    for line in lines:
        words = [w for w in line.words if _column(w, bounds) == grid.number]
        if words and not (_numbered(line, grid) and words == [_lead(line, grid.number, grid.bounds)]):
            return False
    return True


def _band_under(flat: list[tuple[int, Line]], index: int) -> list[Line]:
    """Line `index` and the lines under it on its page, each set as close under the one above as a
    cell's lines stand (`TAIL_LINE_GAP`): a signature or a footnote stands further off."""
    page = flat[index][0]
    band = [flat[index][1]]
    for at, line in flat[index + 1 :]:
        if at != page or line.top - max(ln.bottom for ln in band) >= TAIL_LINE_GAP * line.size:
            break
        band.append(line)
    return band


def _row_end(flat: list[tuple[int, Line]], end: int, columns: list[list[float]], title: float | None = None) -> int:
    """Where the lines from `end` on stop going on with the last row: at the first one that
    crosses each of `columns` (but a wider line of the event's cell that starts at `title`,
    `_wider_tail`), or a footnote."""
    while (
        end < len(flat)
        and (
            any(not _crossing(flat[end][1], bounds) for bounds in columns)
            or (title is not None and end > 0 and _wider_tail(flat[end - 1][1], flat[end][1], title))
            or (end > 0 and _list_item_under(flat, end))
        )
        and not _footnote(flat[end][1])
        and not (end and _signature_apart(flat, end, columns[0]))
    ):
        end += 1
    return end


def _list_item_under(flat: list[tuple[int, Line]], index: int) -> bool:
    """Does line `index` open a list's item right under the line above on its page (within
    `END_GAP` lines)?  It goes on with the row above: no signature nor footnote opens with a
    bullet («· секция «Транспорт»» under a last row of its own widths, its number set between
    the list's items, read across the header's columns)."""
    (page, line), (above_page, above) = flat[index], flat[index - 1]
    return page == above_page and line.words[0].text in BULLET_GLYPHS and line.top - above.bottom < END_GAP * line.size


def _wider_tail(above: Line, line: Line, title: float) -> bool:
    """Is `line`, across the columns, the last line of the event's cell above, wider than its column
    (a plan typed with spaces for columns: the text runs on past the date's)?  It opens in lower case
    where the event's column starts (`title`), set as close under `above` as a cell's lines; a
    signature, a footnote or a heading opens in capitals or stands apart."""
    first = line.words[0]
    return (
        first.text[:1].islower()
        and abs(first.x0 - title) <= ALIGN
        and line.top - above.bottom < TAIL_LINE_GAP * line.size
    )


def _tail_part(parts: list[list[Line]], index: int, grid: _Grid) -> bool:
    """Is row `index` one line that is the wider last line of the event's cell above (`_wider_tail`)?"""
    return (
        index > 0
        and grid.title != grid.number
        and len(parts[index]) == 1
        and _wider_tail(parts[index - 1][-1], parts[index][0], grid.lefts[grid.title])
    )


def _signature_apart(flat: list[tuple[int, Line]], index: int, bounds: list[float]) -> bool:
    """Do the lines from `index` on (down to the next empty band) set a signature under the table
    an empty line apart, its position and its name in different columns («Директор ДК «Родина»
    Г.М. Ершова», a spreadsheet's print; centred, the name between the position's lines)?  No
    line crosses the columns there.  The position opens the lines and the name's column names no
    position: a last row's cells of two paragraphs each (a margin between them) may go on «… |
    30.03.2027 | Директор школы И.И. Иванов» or «Совещание при директоре | … | Иванов И.И.»."""
    above, line = flat[index - 1][1], flat[index][1]
    if line.top - above.bottom <= HEADER_LINE_GAP * line.size:
        return False
    run = [line]
    for _, below in flat[index + 1 : index + HEADER_LINES]:
        if below.top - run[-1].bottom > HEADER_LINE_GAP * below.size:
            break
        run.append(below)
    cells: dict[int, list[str]] = {}
    for each in run:
        for word in each.words:
            cells.setdefault(_column(word, bounds), []).append(word.text)
    texts = [" ".join(cells[column]) for column in sorted(cells)]
    text = "\t".join(texts)
    # A position opens with its word or one before it («Главный бухгалтер», «Худ. руководитель»).
    opens = names_position(" ".join(texts[0].split()[:2]))
    return len(cells) > 1 and opens and not names_position(texts[-1]) and name_beside(text)


def _snapped(bounds: list[float], line: Line) -> list[float]:
    """The column boundaries moved to where the line's runs of words start, where one starts
    within `SNAP` font sizes of a boundary."""
    starts = [x for x, _ in _starts([line])]
    out: list[float] = []
    for bound in bounds:
        near = [x for x in starts if abs(x - ALIGN / 2 - bound) <= SNAP * line.size]
        out.append(min(near, key=lambda x: abs(x - ALIGN / 2 - bound)) - ALIGN / 2 if near else bound)
    return out


def _after_last_row(body: list[tuple[int, list[Line]]], grid: _Grid) -> list[tuple[int, list[Line]]]:
    """Without the lines from the first one across the columns after the last line with text in
    two columns (a table without numbers): a heading with no row under it is the signature."""
    flat = [(page, line) for page, lines in body for line in lines]
    rows = [
        i
        for i, (_, line) in enumerate(flat)
        if len({_column(w, grid.bounds) for w in line.words}) > 1
        and not _crossing(line, grid.bounds)
        and not _signed(line)
    ]
    if not rows:
        return body
    # A footnote under the last row ends the table too: what stands under it is no row (a
    # signature set in the first column's width, its lines apart); and so does a signature whose
    # name stands where a column does («Председатель   С.А. Ким» alone on the next page).
    end = next(
        (
            i
            for i in range(rows[-1] + 1, len(flat))
            if _crossing(flat[i][1], grid.bounds) or _footnote(flat[i][1]) or _signed(flat[i][1])
        ),
        len(flat),
    )
    if grid.start is not None:
        # A line under the last row that starts left of all the table's lines, its header's too (a
        # signature at the page's margin, under a browser's cells that padding sets in), is no row.
        left = min(grid.start, *(line.x0 for _, line in flat[: rows[-1] + 1]))
        end = next((i for i in range(rows[-1] + 1, end) if flat[i][1].x0 < left - ALIGN), end)
    lines = [line for _, line in flat]

    def heading_at(at: int) -> bool:
        return grid.start is not None and at < len(flat) and _heading_over_rows(lines, at, grid.lefts)

    if not heading_at(end):
        end = _own_tables_end(flat, _own_width_rows_end(flat, rows[-1], end, grid), grid)
    # A heading over rows, right under the last row or under rows of their own widths (`_regimes`:
    # a section printed as a table of its own): the table goes on until a line starts left of
    # all its cells (a browser's padding sets them in).
    if heading_at(end) and grid.start is not None:
        start = grid.start
        end = next((i for i in range(end + 1, len(flat)) if flat[i][1].x0 < start - ALIGN), len(flat))
    # Rows of their own widths under it, a band of lines first (a row whose first line alone says a
    # date: its other lines, a person's «связей» and the event's list under it, are its own), and a
    # section's heading over such rows (Google Docs prints each section as a table of its widths).
    while end < len(flat):
        if (band := _dated_band_of_its_own(flat, end, grid)) > end:
            end = band
        elif _dated_row_of_its_own(flat[end][1], grid):
            end += 1
        elif _section_line(flat[end][1]) and (band := _dated_band_of_its_own(flat, end + 1, grid)) > end + 1:
            end = band
        else:
            break
    kept = {id(line) for _, line in flat[:end]}
    return [(page, [line for line in lines if id(line) in kept]) for page, lines in body]


def _signed(line: Line) -> bool:
    """Is the line a signature: a position, the person's name beside it, two runs of words only and no
    date («Председатель   С.А. Ким», its two parts where the table's columns are)?  A row whose event
    opens with a position («Глава города — отчёт перед населением   март   Петров И.И.») says more."""
    text = line.text()
    return (
        _word_runs(line) <= 2
        and ":" not in text  # («Председатель Комиссии: итоговый доклад   Петров И.И.» is a row)
        and names_position(" ".join(text.split()[:2]))
        and name_beside(text)
        and not names_a_date(text)
    )


def _dated_row_of_its_own(line: Line, grid: _Grid) -> bool:
    """Is the line a one-line row printed as a table of its own widths: two runs of words or more,
    one of them a date wording, in columns placed from the line alone («Кишинев   24-25 декабря
    316лет» under a city-days row of other widths)?  A signature or a footnote says no date."""
    if _word_runs(line) < 2 or _footnote(line):
        return False
    own = _refit([line], grid, one_row=True)
    return own is not None and not _crossing(line, own.bounds) and _dated(line, own)


def _dated_band_of_its_own(flat: list[tuple[int, Line]], start: int, grid: _Grid) -> int:
    """Where the band of lines from `start` ends (`_band_under`: the rows' padding is not yet
    measured) when it is a row of several lines printed as a table of its own widths: its lines
    fit columns placed from them alone, one of its cells a date wording («Международный конкурс …
    проект»» over its list, «апрель – | Отдел информации …» beside it).  Else `start`.  A footnote
    ends the rows; a signature (a position first, or a person's name) is none."""
    band = _band_under(flat, start)
    end = start + len(band)
    if len(band) < 2 or any(_footnote(line) for line in band):
        return start
    # A signature may carry a date («Председатель Правления» / «Ассоциации   Д.Н. Козак   15.01.2024»):
    # it opens with a position or holds a person's name.
    if names_position(" ".join(band[0].text().split()[:2])) or any(name_beside(line.text()) for line in band):
        return start
    own = _refit(band, grid, one_row=True)
    if own is None or any(_crossing(line, own.bounds) for line in band) or not _band_dated(band, own):
        return start
    return end


def _band_dated(band: list[Line], grid: _Grid) -> bool:
    """Does a cell of the band's lines (its words in one of `grid`'s columns, on all the lines),
    beside another, say a date?  A date wrapped in its cell says it on no line alone («1 раз в» /
    «квартал»)."""
    cells: dict[int, list[Word]] = {}
    for line in band:
        for column, words in _by_column(line, grid).items():
            cells.setdefault(column, []).extend(words)
    return len(cells) > 1 and any(looks_like_period(" ".join(w.text for w in words)) for words in cells.values())


def _own_tables_end(flat: list[tuple[int, Line]], end: int, grid: _Grid) -> int:
    """Where a table without numbers ends when the lines from `end` on (the first across its
    columns) are tables of their own widths: a web page's plan printed as borderless tables one
    under another, each laid out with its own widths, the first alone under the header (a row
    of two cells, a section's heading, its rows, the city days').  The lines up to a footnote go
    on with the table where columns placed from them fit them (`_refit`) and `MIN_PEAK` of them
    or more are lines of rows, a date wording in one of their cells (a signature or a page's
    footer holds none), down to where the last such row ends.  Else `end`."""
    stop = next((i for i in range(end, len(flat)) if _footnote(flat[i][1])), len(flat))
    lines = [line for _, line in flat[end:stop]]
    own = _refit(lines, grid) if len(lines) >= MIN_PEAK else None
    if own is None:
        return end
    dated = [i for i, line in enumerate(lines, end) if not _crossing(line, own.bounds) and _dated(line, own)]
    if len(dated) < MIN_PEAK:
        return end
    # Down to where the last dated row's lines stop (a signature under it, set apart or across).
    return min(stop, _row_end(flat, dated[-1] + 1, [own.bounds]))


def _dated(line: Line, grid: _Grid) -> bool:
    """Does a cell of the line (its words in one of `grid`'s columns), beside another, say a date?"""
    return _band_dated([line], grid)


def _own_width_rows_end(flat: list[tuple[int, Line]], last: int, end: int, grid: _Grid) -> int:
    """Where a table without numbers ends when its last rows (from the line across the columns
    above row `last`, their heading) are a table of their own widths (WeasyPrint, borders not
    collapsed): the lines from `end` on go on with them while they fit the columns placed from
    those rows' lines, if a row (text in two of those columns) stands among them — a city-days
    heading and its rows under the last section.  Else `end`: a signature's lines cross both."""
    if end >= len(flat):
        return end
    heading = max((i for i in range(last) if _crossing(flat[i][1], grid.bounds)), default=-1)
    own = _refit([line for _, line in flat[heading + 1 : last + 1]], grid)
    if own is None:
        return end
    further = _row_end(flat, end, [own.bounds])
    rows = [
        line
        for _, line in flat[end:further]
        if len({_column(w, own.bounds) for w in line.words}) > 1 and not _crossing(line, own.bounds)
    ]
    return further if rows else end


def _without_tail(body: list[tuple[int, list[Line]]], grid: _Grid) -> list[tuple[int, list[Line]]]:
    """The body up to the first empty band `TAIL_GAP` times as high as nine in ten of the bands
    between its lines (and a line high at least): a word processor sets a table's rows as
    closely as its lines, and the signature under it stands apart.  A browser's padded
    rows leave many wide bands, and no band stands out.  A section's heading printed as a table
    of its own, rows of several cells right under it (`_heading_over_rows`), goes on with it."""
    gaps = [(b.top - a.bottom, page, index) for page, lines in body for index, (a, b) in enumerate(pairwise(lines), 1)]
    if len(gaps) < MIN_PEAK:
        return body
    usual = sorted(gap for gap, _, _ in gaps)[int(0.9 * (len(gaps) - 1))]
    by_page = dict(body)
    for gap, page, index in gaps:
        lines = by_page[page]
        if (
            gap > max(lines[index].size, TAIL_GAP * usual)
            and sum(other >= TAIL_LIKE * gap for other, _, _ in gaps) <= TAIL_ROWS
            and not _heading_over_rows(lines, index, grid.lefts)
        ):
            return [(p, lines if p < page else lines[:index]) for p, lines in body if p <= page]
    return body


def _heading_over_rows(lines: list[Line], index: int, lefts: list[float]) -> bool:
    """Is line `index` a section's heading (`_section_line`) over a row of three cells or more?
    A web page's sections printed as tables of their own columns go on under it.  The row is a
    line of three runs of words (set apart as columns are) among the few lines under it, or,
    where a row's cells are centred and their lines interleave, runs opening under three of the
    table's columns (`lefts`) in the lines down to the next wide empty band — a signature, a
    footnote or a paragraph opens one or two.  A table of its own widths moves its columns a
    little: a run is under the column it starts in, or one it starts `RUN_SLACK` ems left of.  A
    heading set in the text's face (a plain page's) is one run of words, no label («Примечание:»),
    no requisite's («Лист ознакомления»), signature's or footnote's: the rows under it tell."""
    line = lines[index]
    plain = _word_runs(line) == 1 and ":" not in line.text() and not starts_requisite(line.text())
    if not _section_line(line) and (not plain or _signature_line(line) or _footnote(line)):
        return False
    below = lines[index + 1 : index + 1 + HEADER_LINES]
    if any(_word_runs(line) >= 3 for line in below):
        return True
    size = lines[index].size
    columns: set[int] = set()
    for at in range(index + 1, len(lines)):
        if lines[at].top - lines[at - 1].bottom > END_GAP * size:
            break
        for start in _run_starts(lines[at]):
            columns.add(max((i for i, left in enumerate(lefts) if left <= start.x0 + RUN_SLACK * size), default=0))
    return len(columns) >= 3


def _run_starts(line: Line) -> list[Word]:
    """The first word of each run of words on the line (`_word_runs`)."""
    return [line.words[0], *(b for a, b in pairwise(line.words) if b.x0 - a.x1 >= MIN_CHANNEL * a.size or a.box_end)]


def _word_runs(line: Line) -> int:
    """How many runs of words the line holds, set apart by channels as columns are."""
    return len(_run_starts(line))


def _fills_columns(line: Line, grid: _Grid) -> bool:
    """Does the line hold a run of words for each of the columns but one (enough to place a row's
    columns from it alone)?"""
    return _word_runs(line) >= len(grid.lefts) - 1


# -- rows and cells ---------------------------------------------------------------


def _runs(lines: list[Line]) -> list[list[Line]]:
    """Lines whose vertical extents overlap or touch, in runs; between runs, empty bands."""
    runs: list[list[Line]] = []
    bottom = 0.0
    for line in sorted(lines, key=lambda ln: ln.top):
        if runs and line.top <= bottom:
            runs[-1].append(line)
            bottom = max(bottom, line.bottom)
        else:
            runs.append([line])
            bottom = line.bottom
    return runs


def _share_a_column(upper: Line, lower: Line, grid: _Grid) -> bool:
    """Do the two lines hold words in one column at least?"""
    return not {_column(w, grid.bounds) for w in upper.words}.isdisjoint(_column(w, grid.bounds) for w in lower.words)


def _clearest_step(heights: list[float]) -> tuple[float, float] | None:
    """The clearest step between sorted band `heights` at least `ROW_GAP` high: (the ratio of
    the band over it to the band under it, the threshold between them)."""
    best: tuple[float, float] | None = None
    for low, high in pairwise(heights):
        ratio = high / max(low, MIN_BAND)
        if high - low >= ROW_GAP and (best is None or ratio > best[0]):
            best = (ratio, (low + high) / 2)
    return best


def _row_gap(body: list[tuple[int, list[Line]]], grid: _Grid) -> float | None:
    """The empty band (font sizes) that separates rows, when the table shows one.

    Inside a row the empty bands between lines are a cell's own line gap; a
    browser's cell padding makes the bands between rows clearly wider.  When
    the bands' heights fall in two groups, rows are split where the wider
    group starts; when they do not (word processors print rows as closely as
    lines), None.  A row number stands in each row: where the widest step
    between the heights leaves rows together (a section's heading set further
    apart than rows a point of padding apart, as WeasyPrint's default print
    sets them), the step under it that gives each numbered row a band of its own.
    """
    heights: list[float] = []
    # The bands between lines that share a column (a cell's lines, or one column's cells of two
    # rows); the others stand between one cell's line and another's beside it, as high as the
    # cells' heights happen to set them (centred cells' lines interleave).
    in_columns: list[float] = []
    for _, lines in body:
        runs = _runs(lines)
        for at, (above, below) in enumerate(pairwise(runs), start=1):
            if _cell_list_start([line for run in runs[:at] for line in run], below):
                continue  # a cell's own band, of a height of its own: it would blur the two groups
            size = max(line.size for line in below)
            heights.append((min(ln.top for ln in below) - max(ln.bottom for ln in above)) / size)
            if _share_a_column(max(above, key=lambda ln: ln.bottom), min(below, key=lambda ln: ln.top), grid):
                in_columns.append(heights[-1])
    heights.sort()
    best = _clearest_step(heights)  # (ratio, threshold)
    # (threshold, ratio) of the steps that could part rows
    steps = [
        ((low + high) / 2, ratio)
        for low, high in pairwise(heights)
        if high - low >= ROW_GAP and (ratio := high / max(low, MIN_BAND)) >= NUMBERED_RATIO
    ]
    # Where the bands inside columns show the step, it is theirs: a band between two cells' lines
    # may stand between the groups and blur them (0.29 between a cell's 0.16 and the rows' 0.54:
    # five rows read as one).  Rows whose cells print no line in a column the next one opens in
    # show no such step (their bands are all between cells): the step over all bands stands.
    clearest = _clearest_step(sorted(in_columns))
    if clearest is not None and clearest[0] >= BAND_RATIO and (best is None or clearest[0] > best[0]):
        best = clearest
    found = best[1] if best is not None and best[0] >= BAND_RATIO else None
    if found is None and _every_band_apart(body, heights):
        found = heights[0] / 2
    if grid.number is None or not steps:
        return found
    # The widest threshold under which the fewest bands hold two numbered rows, where the best
    # step leaves rows together.
    shared = _shared_numbers(body, grid, found)
    fewest, widest = min((_shared_numbers(body, grid, step), -step) for step, _ in steps)
    if fewest < shared:
        return -widest
    if best is not None and found is not None:
        # A wider step as clear as the best, leaving no more rows together: the best stands under
        # a stray narrow band (two cells' lines a point and a half apart read as one line, its box
        # taller than a line: the lines inside a cell, then, would part rows).
        near = [step for step, ratio in steps if step > found and ratio >= NEAR_BEST * best[0]]
        wider = [step for step in near if _shared_numbers(body, grid, step) <= shared]
        if wider:
            return max(wider)
    return found


def _cell_list_start(above: list[Line], below: list[Line]) -> bool:
    """Is the empty band over `below` a list's top margin inside a cell: every line of `below`
    opens with a bullet set a list's indent right of where a word starts on the nearest line
    above it that reaches over the bullet (the cell's text over its list)?  A browser sets a
    `<ul>` off its cell's text by a margin between a line's gap and a row's padding; rows opened
    by bullets have their bullets under the bullets above."""

    def indented(line: Line) -> bool:
        bullet = line.words[0]
        if bullet.text not in BULLET_GLYPHS:
            return False
        for upper in sorted(above, key=lambda ln: ln.bottom, reverse=True):
            over = [w for w in upper.words if w.x0 - ALIGN <= bullet.x0 <= w.x1]
            if over:
                return over[0].text not in BULLET_GLYPHS and ALIGN < bullet.x0 - over[0].x0 <= LIST_INDENT * line.size
        return False

    return all(indented(line) for line in below)


def _every_band_apart(body: list[tuple[int, list[Line]]], heights: list[float]) -> bool:
    """Do the empty bands, all alike, each part two rows?  Then no band inside a row is left to
    compare them with:

    * every run of lines is one line, the bands as wide as a cell's padding (`PADDED_BAND` at
      least): rows of one line each (a browser's print of short rows, a section's heading among
      them); or
    * every run of several lines interleaves, and there are a few, at least as many as runs of one
      line: rows whose cells are centred, each row's lines interleaved (a two-line time beside a
      one-line event, rows a point apart: WeasyPrint's default print; a section's heading, a row of
      one line among them).
    """
    if len(heights) < MIN_PEAK or heights[-1] >= NUMBERED_RATIO * max(heights[0], MIN_BAND):
        return False
    runs = [run for _, lines in body for run in _runs(lines)]
    tall = [run for run in runs if len(run) > 1]
    if not tall:
        return heights[0] >= PADDED_BAND
    return len(tall) >= MIN_PEAK and 2 * len(tall) >= len(runs) and all(_interleaved(run) for run in tall)


def _shared_numbers(body: list[tuple[int, list[Line]]], grid: _Grid, threshold: float | None) -> int:
    """How many bands hold more than one numbered row, when empty bands wider than `threshold`
    (font sizes; None: none) part them."""
    shared = 0
    for _, lines in body:
        numbers = 0
        bottom: float | None = None
        for run in _runs(lines):
            size = max(line.size for line in run)
            top = min(line.top for line in run)
            if bottom is not None and threshold is not None and top - bottom > threshold * size:
                shared += numbers > 1
                numbers = 0
            numbers += sum(_numbered(line, grid) for line in run)
            bottom = max(line.bottom for line in run)
        shared += numbers > 1
    return shared


def _padded_bands(lines: list[Line], grid: _Grid) -> list[list[Line]]:
    """Lines grouped by the empty bands wider than `_row_gap` (or all in one band), a line that
    crosses the columns (or a heading) a band of its own."""
    bands: list[list[Line]] = []
    for run in _runs(lines):
        size = max(line.size for line in run)
        close = bands and (grid.row_gap is None or _gap(bands[-1], run) <= grid.row_gap * size)
        above = bands[-1][-1] if bands else None
        # A heading's lines go together (a long one wraps); other lines never join a heading.
        headings = above is not None and (
            (_heading(above, grid) and _heading(run[0], grid))
            or (id(above) in grid.repeats and id(run[0]) in grid.repeats)
        )
        if close and (headings or (above is not None and not _apart(run[0], grid) and not _apart(above, grid))):
            bands[-1].extend(run)
            continue
        bands.append(list(run))
    return bands


def _bands(
    lines: list[Line], grid: _Grid, cut: bool = True, top: bool = False, cut_over: bool = False
) -> list[list[Line]]:
    """Lines grouped into rows by the empty bands wider than `_row_gap` (or all in one band);
    a line that crosses the columns is a band of its own.  With `cut`, the first band may be
    the rest of a row that the page break cut; with `cut_over`, the last row goes on over the
    page break (see `_centred`)."""
    if not lines:  # a page holding only the header, its rows on the next page
        return []
    bands = _padded_bands(lines, grid)
    if grid.row_gap is not None and grid.number is not None:
        bands = _centred(bands, grid, cut, top, cut_over)
    elif grid.row_gap is not None:
        bands = _centred_unnumbered(bands, grid, cut)
    out: list[list[Line]] = []
    for band in bands:  # a crossing line inside a band stands alone; a heading's lines together
        part: list[Line] = []
        for line in band:
            if _crossing(line, grid.bounds) or _label_in_numbers(line, grid):
                if part:
                    out.append(part)
                out.append([line])
                part = []
            elif (
                part
                and None not in (side := _heading_side(line, grid), own := _heading_side_of(part, grid))
                and side != own
            ):
                # (A number alone may open either: its row's lines set lower, a cell aligned at
                # the bottom, «9» over «Участие в …»; a heading's name under its «II.».)
                out.append(part)
                part = [line]
            else:
                part.append(line)
        if part:
            out.append(part)
    return out


def _centred(
    bands: list[list[Line]], grid: _Grid, cut: bool = True, top: bool = False, cut_over: bool = False
) -> list[list[Line]]:
    """Bands without a row number joined to the numbered band above or below them.

    A browser centres each cell in its row, so a row's number stands in its
    middle; a cell's own paragraph spacing (a list's margin) can still open an
    empty band inside the row.  A band with no number (and no line across the
    columns) goes with the neighbour whose number then stays nearest the
    middle of the joined row.  With `cut` (a later page's first part) the first
    band stays apart: it may be the rest of a row that the page break cut; a part
    that opens on the table's first page, or under another part (a table of its own
    columns), opens with a row's first lines.  Where cells are set at the top of
    their rows, it goes with the row above.  With `cut` or `top` (a later page's first
    part, whether or not the row above looked whole: WeasyPrint centres a cut row's part
    on each page), the bands without a number that open it do not go onto a whole row
    below them (its number in its middle without them): the second goes with the first.
    With `cut_over` (the page's last row goes on over the page break), that row's part on the
    page reaches down to the page's foot, its number centred there, lower than its lines'
    middle: a band over it that sets the row above off its number (the row's first lines
    over its number, the row above whole without them) goes with it.  A line alone between
    rows that stand whole without it is a row of its own (`_heading_between`).
    """
    out = [list(band) for band in bands]
    # Told over the whole table where it shows it (a part of few rows may not).
    top_aligned = not grid.centred_rows and (grid.top_rows or _top_aligned(out, grid))
    if cut and out and not top_aligned and not any(_numbered(line, grid) for line in out[0]):
        out[:1] = _cut_rest_and_next(out[0], grid)
    if top_aligned:
        # A numbered row opens its band: lines above its number are the rest of the row above
        # (a cell's own paragraph spacing sets them closer to the next row than to their own: a
        # list's last item), a band of their own that joins the row above below, wherever the
        # list's other items stand; above the page's first number, the rest of the row the page
        # break cut.
        split: list[list[Line]] = []
        for index, band in enumerate(out):
            first = next((i for i, line in enumerate(band) if _numbered(line, grid)), 0)
            if first and ((not index and cut) or _row_above(out[:index], grid)):
                split.extend([band[:first], band[first:]])
            else:
                split.append(band)
        out = split

    def choices_for(index: int, band: list[Line]) -> list[tuple[float, int]]:
        choices: list[tuple[float, int]] = []
        if top_aligned and index > 0 and any(_numbered(line, grid) for line in out[index - 1]):
            choices.append((0.0, index - 1))  # the row above, wherever its number stands
        for other in () if top_aligned else (index - 1, index + 1):
            # Not onto a heading (a row of its own across the table, or in bold): its «II.» stands
            # in the middle of its own lines, and a row's first lines set apart from its list by
            # the list's margin may stand as near it as the rest of their row does.
            # Nor, at a later page's top (no number above it), onto a whole row below (its number in
            # its middle) that the band would set off it: the rest of a row the page break cut goes
            # on with a list set apart by its margin (the last resort below).  The row may end above
            # the band's end: the next row's name over its list, a margin lower, runs on in it.
            if (
                0 <= other < len(out)
                and (middle := _number_middle(out[other], grid)) is not None
                and not any(_apart(line, grid) for line in out[other])
                and not (
                    (cut or top)
                    and other > index
                    and not any(_numbered(line, grid) for above in out[:index] for line in above)
                    and (row := _whole_opening(_with_its_tail(out, other, grid), middle, grid)) is not None
                    and _off_middle(band + row, middle, grid) > WHOLE_ROW * out[other][0].size
                )
            ):
                joined = [*out[other], *band] if other < index else [*band, *out[other]]  # top to bottom
                # (Measured on the box the browser centred: a list ending the row adds its margin.)
                choices.append((_off_middle(joined, middle, grid), other))
        if cut_over and len(choices) == 2 and index == len(out) - 2 and not _event_opens_with_bullet(band, grid):
            # The page's last row, cut: its box reaches below its lines; a number at or under their
            # middle stands as it should.  Only where the row above stands whole without the band.
            # (Both are choices: each has its number's middle.)
            (joined_above, above), (_, below) = choices
            middle, alone = _number_middle(out[below], grid) or 0.0, _number_middle(out[above], grid) or 0.0
            size = out[above][0].size
            if (
                _box_middle([*band, *out[below]], grid) <= middle
                and _off_middle(out[above], alone, grid) <= WHOLE_ROW * size < joined_above
            ):
                choices[1] = (0.0, below)
        return choices

    first = 1 if cut else 0  # the rest of a row the page break cut: a row of its own
    # The last resort only once every band has joined the numbered row it can: an event's name
    # under the rest of a cut row, over its list (its lines set apart each by its margin), waits
    # for the list to join its number.
    for last_resort in (False, True):
        index = first
        while index < len(out):
            band = out[index]
            if any(_apart(ln, grid) or _numbered(ln, grid) for ln in band):
                index += 1
                continue
            choices = choices_for(index, band)
            if (
                last_resort
                and not choices
                and (cut or top)
                and index == 1
                and not any(_apart(ln, grid) for ln in out[0])
            ):
                # No numbered row beside it: a paragraph of the cell whose rest the page break cut
                # (set apart by its own spacing) goes on that rest.
                choices.append((0.0, 0))
            if not choices or _heading_between(out, index, choices, grid):
                index += 1
                continue
            # The band before the joined one looks again: it may have been left for want of a
            # numbered neighbour (an event's name over its list, the items set apart each by its
            # margin: they join their row one by one, the name then stands beside it).
            index = max(_join_band(out, index, choices) - 1, first)
    return out if top_aligned else _next_rows_first_lines(out, grid, cut)


def _with_its_tail(bands: list[list[Line]], index: int, grid: _Grid) -> list[Line]:
    """Band `index`'s lines with those of the bands under it that have no number, where no row
    below can take them (a heading or the part's end follows): its list's last items, set apart
    by their margins, are its own, and the row may stand whole with them only."""
    end = index + 1
    while end < len(bands) and not any(_numbered(line, grid) or _apart(line, grid) for line in bands[end]):
        end += 1
    if end < len(bands) and not any(_apart(line, grid) for line in bands[end]):
        return bands[index]
    return [line for band in bands[index:end] for line in band]


def _number_middle(band: list[Line], grid: _Grid) -> float | None:
    """The middle of the band's row number, where it holds one: the number's own box (its line may
    hold a taller word of another cell, a list's bullet)."""
    lines = [line for line in band if _numbered(line, grid)]
    return lines[0].words[0].cy if len(lines) == 1 else None


def _heading_between(bands: list[list[Line]], index: int, choices: list[tuple[float, int]], grid: _Grid) -> bool:
    """Is band `index`, one line, a row of its own (a section's heading in the event's column, in
    bold that a scan does not show, «Праздники¹» between rows of one line each): each numbered row
    it could join stands whole without it (its number in its middle), and more than half a line
    (`LINE_OFF`) off its middle with it?  Not a line of a text of several (the band above or below
    it holds no number, no heading: «сессия Генеральной» over «Ассамблеи МАГ:» over its list), nor
    one that ends in a colon (an event's name over its list), nor a list's item."""
    band = bands[index]
    if len(band) != 1 or band[0].words[-1].text.endswith(":") or _event_opens_with_bullet(band, grid):
        return False
    for near in (index - 1, index + 1):
        if 0 <= near < len(bands) and not any(_apart(ln, grid) or _numbered(ln, grid) for ln in bands[near]):
            return False
    size = band[0].size
    for off, other in choices:
        middle = _number_middle(bands[other], grid)
        if (
            middle is None
            or off <= LINE_OFF * size
            or _off_middle(bands[other], middle, grid) > WHOLE_ROW * bands[other][0].size
        ):
            return False
    return True


def _whole_opening(band: list[Line], middle: float, grid: _Grid) -> list[Line] | None:
    """The band's lines from its first down to the one that sets the number's `middle` nearest the
    middle of their box (`_box_middle`), where it stands there (`WHOLE_ROW`): a whole row that
    opens the band; else None.  Only the band's end, or a line that may open the next row
    (`_opens_event`), ends it: the middle of a list beside the number is no row's end."""
    numbered = next(at for at, line in enumerate(band) if _numbered(line, grid))  # (one there: its caller's)
    end = min(_row_ends(band, numbered, grid), key=lambda end: _off_middle(band[:end], middle, grid))
    return band[:end] if _off_middle(band[:end], middle, grid) <= WHOLE_ROW * band[0].size else None


def _row_ends(lines: list[Line], number: int, grid: _Grid) -> list[int]:
    """Where a centred row of the number on line `number` may end among `lines` (the next row's
    first lines may follow it): after a line under the number, at the lines' end or before a line
    that may open the next row (`_opens_event`), not in the middle of a list beside the number."""
    return [end for end in range(number + 1, len(lines) + 1) if end == len(lines) or _opens_event(lines[end], grid)]


def _cut_rest_and_next(band: list[Line], grid: _Grid) -> list[list[Line]]:
    """A page's first band of centred rows, without a number, as the rest of the row the page break
    cut and the next row's first lines, where it holds both: rows a point apart, the rest of a
    person's cell («СНГ, Мэрия г.» / «Бишкек») right over the event's name that opens the next
    row over its list.  The rest of a cut row is its cells' remainders, all from the page's top:
    lines one under another in other columns, none beside the lines above, are another row's."""
    columns = [{_column(w, grid.bounds) for w in line.words} for line in band]
    for at in range(1, len(band)):
        upper, lower = set().union(*columns[:at]), set().union(*columns[at:])
        if not upper & lower and band[at].top >= max(line.bottom for line in band[:at]) - SNAP:
            return [band[:at], band[at:]]
    # A cut row's part is centred on its page (WeasyPrint's): where the band's cells are not, the
    # lines under the longest run of two lines or more that is (one line's cells share their middle
    # whatever) are the next row's, in the rest's columns and opening in the event's («сессия
    # Генеральной …» right under the rest of row 7's name, over row 8's list).  A rest set from its
    # top has no centred run so long.
    if not _cells_centred(band, grid):
        for at in range(len(band) - 1, 1, -1):
            lower = set().union(*columns[at:])
            if (
                band[at].top >= max(line.bottom for line in band[:at]) - SNAP
                and lower <= set().union(*columns[:at])
                and _column(band[at].words[0], grid.bounds) == grid.title
                and _cells_centred(band[:at], grid)
            ):
                return [band[:at], band[at:]]
    return [band]


def _cells_centred(lines: list[Line], grid: _Grid) -> bool:
    """Do the lines' cells in two columns or more share their middle, `WHOLE_ROW` font sizes apart
    at most: a row's cells, centred in it?"""
    spans: dict[int, tuple[float, float]] = {}
    for line in lines:
        for word in line.words:
            column = _column(word, grid.bounds)
            top, bottom = spans.get(column, (line.top, line.bottom))
            spans[column] = (min(top, line.top), max(bottom, line.bottom))
    middles = [(top + bottom) / 2 for top, bottom in spans.values()]
    return len(middles) > 1 and max(middles) - min(middles) <= 2 * WHOLE_ROW * lines[0].size


def _next_rows_first_lines(bands: list[list[Line]], grid: _Grid, cut: bool) -> list[list[Line]]:
    """Bands of numbered rows whose lines between two numbers are shared out anew, so that each
    row's number stands as near the middle of its row as the lines allow, all the rows of a run of
    numbered bands told together (`_reshared`).  Rows printed without padding between them (a
    default print's, a point apart) run into one band, and a row set apart from its own list by
    the list's margin opens its band with the list: its event's name closes the band above, and a
    list's last item, set off by its margin, went on the row below it.  Told one pair of rows at a
    time, the two misplaced ends can cancel out (a row that lost its last item and took the next
    row's name looks centred).  With `cut`, the first band may open with the rest of a row that
    the page break cut (`_cut_rest`)."""

    def numbered_in(band: list[Line]) -> int:
        return sum(_numbered(line, grid) for line in band)

    out = [list(band) for band in bands]
    index = 0
    while index < len(out) - 1:
        numbers = [i for i, line in enumerate(out[index]) if _numbered(line, grid)]
        if not numbers or any(_apart(ln, grid) for ln in out[index]):
            index += 1
            continue
        # The row above's own lines: from where `_split_numbered` starts its last row.
        start = len(out[index]) - len(_split_numbered(out[index], grid, cut and index == 0)[-1])
        run = index + 1
        # The bands below, each split into its numbered rows (rows a point apart share a band).
        below: list[list[Line]] = []
        while run < len(out) and not any(_apart(ln, grid) for ln in out[run]):
            split = _split_numbered(out[run], grid) if numbered_in(out[run]) > 1 else [out[run]]
            if any(numbered_in(row) != 1 for row in split):
                break
            below.extend(split)
            run += 1
        # Two bands alone whose upper row's number already stands in the middle of its lines: the
        # row is whole.  The band below may hold more than its row (the first line of a row the page
        # break cut), so its number's offset says nothing of where the upper row's last lines go.
        pair_whole = run == index + 2 and _whole_row(out[index][start:], numbers[-1] - start)
        if start <= numbers[-1] and run > index + 1 and not pair_whole:
            rows = _reshared([out[index][start:], *below], grid)
            out[index:run] = [out[index][:start] + rows[0], *rows[1:]]
            run = index + len(rows)
        index = run
    return out


def _whole_row(lines: list[Line], number: int) -> bool:
    """Does the row's number (`lines[number]`) stand in the middle of its lines?"""
    return abs(_middle(lines) - lines[number].words[0].cy) <= WHOLE_ROW * lines[number].size


def _reshared(rows: list[list[Line]], grid: _Grid, open_end: bool = False) -> list[list[Line]]:
    """Rows of centred cells, one number each, with the lines between two numbers shared out
    where the numbers stand nearest the middles of their rows' boxes (`_box_middle`), all told;
    as they were unless that is nearer.  A row's lines go down to the row below only from a line
    that may open its event's name (`_opens_below`; not a cell's line going on: «август –» /
    «сентябрь»), and a line
    that opens one never goes up onto the row above.  Where two rows stand parted by the rows'
    padding (an empty band wider than `_Grid.row_gap`, no list's margin), they stay parted at
    padding: a list's margins move a row's middle more than a line moved between rows would.
    With `open_end`, the lines may go on past the last row (the next row's first lines, in a band
    of rows a point apart): the last row's number is measured against its best end (`_row_ends`);
    the lines are left to it all the same, for the rows below to share out."""
    lines = [line for row in rows for line in row]
    numbers = [i for i, line in enumerate(lines) if _numbered(line, grid)]
    firsts = list(accumulate(len(row) for row in rows[:-1]))  # where each row below opens now
    middles = [lines[at].words[0].cy for at in numbers]

    def cost(row: int, begin: int, end: int) -> float:
        if open_end and row == len(rows) - 1:
            ends = _row_ends(lines[:end], numbers[row], grid)
            return min(_off_middle(lines[begin:at], middles[row], grid) for at in ends)
        return _off_middle(lines[begin:end], middles[row], grid)

    titles = [[w for w in line.words if _column(w, grid.bounds) == grid.title] for line in lines]

    def allowed(row: int, end: int) -> bool:
        first = firsts[row]
        if end < first:
            return _opens_below(lines[end], titles[:end], grid)
        return not any(_opens_event(line, grid) for line in lines[first:end])

    def padded(end: int) -> bool:
        # The rows' padding above the line: no cell's line spacing, nor a list's margin.
        gap = lines[end].top - max(line.bottom for line in lines[:end])
        above = next((words for words in reversed(titles[:end]) if words), None)
        below = next((words for words in titles[end:] if words), None)
        listed = any(words is not None and words[0].text in BULLET_GLYPHS for words in (above, below))
        return grid.row_gap is not None and gap > grid.row_gap * lines[end].size and not listed

    # best[end] = (the least total offset of the rows so far with the last ending at `end`, ends).
    best: dict[int, tuple[float, list[int]]] = {0: (0.0, [])}
    for row in range(len(rows)):
        last = row == len(rows) - 1
        ends = [len(lines)] if last else [e for e in range(numbers[row] + 1, numbers[row + 1] + 1) if allowed(row, e)]
        # Rows parted by their padding end at padding, not between a cell's lines («Подготовка отчета о
        # работе» / «Ассамблеи МАГ»: a list's margins in the row below shift its middle).
        if not last and padded(firsts[row]):
            ends = [e for e in ends if padded(e)] or ends
        step: dict[int, tuple[float, list[int]]] = {}
        for end in ends:
            options = [(total + cost(row, begin, end), [*cuts, end]) for begin, (total, cuts) in best.items()]
            if options:
                step[end] = min(options)
        if not step:
            return rows
        best = step
    total, cuts = best[len(lines)]
    now = sum(cost(row, begin, end) for row, (begin, end) in enumerate(pairwise([0, *firsts, len(lines)])))
    if total >= now - BASELINE_SLACK * lines[0].size:
        return rows
    return [lines[begin:end] for begin, end in pairwise([0, *cuts])]


def _numbers_mid_name(lines: list[tuple[Line, _Grid]]) -> bool:
    """Do the row numbers stand beside the middle of their events' names, not their first words: on
    most numbered lines whose number a word follows in the event's column or before it (two at
    least), that word opens in small letters («1  советов городов-членов», its name's first line
    «Форум молодежных» above)?  A browser centres the cells of rows set a point apart; numbers at
    the top of their rows open their events' names, in capitals as a rule."""
    small = capital = 0
    for line, grid in lines:
        if not _numbered(line, grid):
            continue
        # The word after the number, short of the column after the event's: columns placed for
        # another table of its own widths may put an event's first word in the numbers' column.
        at = line.words.index(_lead(line, grid.number, grid.bounds))
        after = line.words[at + 1] if at + 1 < len(line.words) else None
        ends = grid.lefts[grid.title + 1] if grid.title + 1 < len(grid.lefts) else grid.right
        if after is not None and after.x0 < ends and after.text[:1].isalpha():
            small += after.text[:1].islower()
            capital += after.text[:1].isupper()
    return small >= 2 and small > capital


def _names_over_lists(lines: list[Line], grid: _Grid) -> list[int]:
    """The numbered lines that open their events' names over their lists: the word after the number
    in capitals, the event's column going on below with a list's bullet before the next number
    («3.  Международный фестиваль …» over «·  Москва»), none of the numbers set beside a bullet
    («11.  •  секция …»: a number in the middle of a name and its list); none where one is.  Cells
    centred in their rows set the number lower than the name's first line, among its list.  The
    name opens on the number's line where the event's column holds nothing above it in its band, or
    a line with a number or a heading of its own (the row above was one line): «6  Ассамблеи:» under
    «рассылки для членов» is a name's middle, though in capitals.  Only a list on the number's page
    tells (`_on_one_page`)."""
    found: list[int] = []
    for index, line in enumerate(lines):
        if not _numbered(line, grid):
            continue
        if _bullet_beside(line, grid):
            return []
        title = _title_words(line, grid)
        if not title or not title[0].text[:1].isupper() or not _opens_name(lines, index, grid):
            continue
        below = next((_title_words(ln, grid) for ln in lines[index + 1 :] if _title_words(ln, grid)), [])
        after = next((i for i in range(index + 1, len(lines)) if _numbered(lines[i], grid)), len(lines))
        first_below = next((i for i in range(index + 1, len(lines)) if _title_words(lines[i], grid)), len(lines))
        # The list on the number's page: a row the page break cut before its list is printed from
        # the top of its part, a name alone, as a top-aligned row would be (`_whole_name_over_list`).
        on_page = _on_one_page(lines[index : first_below + 1])
        if below and first_below < after and below[0].text in BULLET_GLYPHS and on_page:
            found.append(index)
    return found


def _whole_name_over_list(lines: list[Line], index: int, grid: _Grid) -> bool:
    """Does the name on numbered line `index`, over its list (`_names_over_lists`), open at its
    column's left edge, and its row end on its page, the next number under it?  A browser sets
    the text of a centred row the page break cuts from the top of the page's part of it, the
    number beside the name's first line as in a top-aligned table: only a whole row tells."""
    line = lines[index]
    title = _title_words(line, grid)
    after = next((at for at in range(index + 1, len(lines)) if _numbered(lines[at], grid)), None)
    return (
        abs(title[0].x0 - grid.lefts[grid.title]) <= SNAP * line.size
        and after is not None
        and _on_one_page(lines[index : after + 1])
    )


def _on_one_page(lines: list[Line]) -> bool:
    """Do the lines (of a body read page after page) stand on one page: each lower than the one
    before (a page's first line stands higher than the last one's before it)?"""
    return all(below.top > above.top for above, below in pairwise(lines))


def _opens_name(lines: list[Line], index: int, grid: _Grid) -> bool:
    """Does nothing of an event's name stand right above line `index` in its band: the nearest line
    above with words in the event's column is set off by the rows' padding (`_Grid.row_gap`), or
    has a number, is a heading (`_section_line`) or a list's item (the row above's list)?  Not
    where the line right above stands closer than a line's height: a centred cell's line beside
    the number («•  Москва» / «16  IV квартал»), which stands in its row's middle."""
    gap = grid.row_gap or 0.0
    if index and _on_one_page(lines[index - 1 : index + 1]) and _interleaved(lines[index - 1 : index + 1]):
        return False  # a line of the row beside its number's, a cell's centred on its own baselines
    for at in range(index - 1, -1, -1):
        line, below = lines[at], lines[at + 1]
        if below.top - line.bottom > gap * below.size:
            return True
        if words := _title_words(line, grid):
            return _numbered(line, grid) or _section_line(line) or words[0].text in BULLET_GLYPHS
    return True


def _title_words(line: Line, grid: _Grid) -> list[Word]:
    """The line's words from the one after its number (or its first) short of the column after the
    event's: columns placed for another table of its own widths may set them elsewhere."""
    words = line.words
    if _numbered(line, grid):
        words = words[words.index(_lead(line, grid.number, grid.bounds)) + 1 :]
    ends = grid.lefts[grid.title + 1] if grid.title + 1 < len(grid.lefts) else grid.right
    return [w for w in words if w.x0 < ends and _column(w, grid.bounds) <= grid.title]


def _top_aligned(bands: list[list[Line]], grid: _Grid) -> bool:
    """Are the cells set at the top of their rows (WeasyPrint's, a page's own style), not centred?
    The numbers open the bands of several lines they stand in, or no cell's lines stand between
    another's baselines over rows of several lines: centred cells of different line counts
    would (Google Docs' rows, set apart by their cells' own paragraph spacing rather than by
    numbers that open them).  Not where the numbers stand beside their names' middles."""
    if _numbers_mid_name([(line, grid) for band in bands for line in band]):
        return False
    lines = [line for band in bands for line in band]
    over = _names_over_lists(lines, grid)
    # One name over its list tells only from a whole row.
    if len(over) >= 2 or any(_whole_name_over_list(lines, index, grid) for index in over):
        return True
    numbered = [
        at for at, band in enumerate(bands) if len(band) > 1 and len([ln for ln in band if _numbered(ln, grid)]) == 1
    ]
    # A number beside a list's first item, a band without a number right over it (the row's name,
    # the list's margin apart), opens no row: it stands among the items, centred.  (A top-aligned
    # row whose event is a list has the row above, or a heading, over it.)
    opening = sum(1 for at in numbered if _numbered(bands[at][0], grid) and not _name_over_list(bands, at, grid))
    tall = [band for band in bands if len(band) > 1]
    # Lines on shared baselines tell nothing where the rows' numbers stand inside their bands, none
    # opening one: a cell of three lines centred beside one of one line keeps its baselines.
    inside = len(numbered) >= 2 and not opening
    return (opening >= 2 and opening >= TOP_ALIGNED * len(numbered)) or (
        len(tall) >= 2 and not inside and not any(_interleaved(band) for band in tall)
    )


def _name_over_list(bands: list[list[Line]], at: int, grid: _Grid) -> bool:
    """Does band `at` open with a number beside a list's bullet under a band that holds no number,
    no heading and no list's item: the event's name over its list?"""
    if not at or not _bullet_beside(bands[at][0], grid):
        return False
    above = bands[at - 1]
    headed = any(_numbered(ln, grid) or _apart(ln, grid) for ln in above)
    return not headed and not _event_opens_with_bullet(above, grid)


def _bullet_beside(line: Line, grid: _Grid) -> bool:
    """Does the numbered line's event cell open with a list's bullet («1  •  в сфере культуры»)?"""
    title = _title_words(line, grid)
    return bool(title) and title[0].text in BULLET_GLYPHS


def _row_above(bands: list[list[Line]], grid: _Grid) -> bool:
    """Do the bands end with a numbered row, after bands without a number that go on it (a list's
    items set apart by their own spacing; not over a line across the columns)?"""
    for band in reversed(bands):
        if any(_numbered(line, grid) for line in band):
            return True
        if any(_apart(line, grid) for line in band):
            return False
    return False


def _merged_down(
    parts: list[list[Line]], spanning: list[bool], grid: _Grid, cut_end: bool = False
) -> dict[tuple[int, int], int]:
    """(first row, column) → the last row, of the cells merged with the cells below them, in a table
    whose cells are centred in their padded rows (a browser's), numbered or not: a column's text
    that stands in the middle of two rows together (or three), not of its own, the column empty in
    the others (or running on from one into the next without the padding that parts rows).  A
    merged cell prints its text once, centred across the rows it spans; each of them has it (a
    date, a place, a person; never an event).  With `cut_end` the page break cut the last row
    (`_merged_across`)."""
    out: dict[tuple[int, int], int] = {}
    if grid.row_gap is None:
        return out
    # Cells centred in their rows: the number stands below its row's first line (not opening it,
    # as where cells are set at the top of their rows), in all rows of several lines but a few.
    # (Without numbers, the table's bands show it: `_Grid.centred_rows`.)  The row the page break
    # may have cut (`cut_end`) says nothing where it opens with its number: Chromium sets its part
    # from its top, whatever the table's (WeasyPrint centres it); unless no other row tells.
    tall = [part for part in parts if len(part) > 1 and any(_numbered(ln, grid) for ln in part)]
    if cut_end and len(tall) > 1 and tall[-1] is parts[-1] and _numbered(parts[-1][0], grid):
        tall.pop()
    if (grid.number is None and not grid.centred_rows) or (
        grid.number is not None
        and (not tall or sum(not _numbered(part[0], grid) for part in tall) < TOP_ALIGNED * len(tall))
    ):
        return _merged_from_top(parts, spanning, grid)
    covered: set[tuple[int, int]] = set()
    for index in range(len(parts) - 1):
        if (index, 0) in covered:
            continue  # the row's first column is merged from above: the rows' cells are one row's
        for last in (index + 1, index + 2):  # two rows first: three only where two will not do
            rows = parts[index : last + 1]
            if last >= len(parts) or any(spanning[index : last + 1]):
                break
            if any(_heading_side_of(row, grid) is True for row in rows):
                break  # a heading («I. Организационная работа») shares no cell with a row
            lower = rows[-1]
            if last + 1 == len(parts) and len(lower) > 1 and _numbered(lower[0], grid) and not _whole_row(lower, 0):
                # The page's last row opens with its number, its cells set from its top: the page
                # break cut it (its cells centred across both pages), and where its text stands
                # says nothing.
                break
            # Not the number's or the event's column: each row names its own event.
            for column in range(len(grid.lefts)):
                if column in (grid.number, grid.title) or (index, column) in covered:
                    continue
                # Three rows only where the two below will not do: a text over the boundary of
                # rows 2 and 3 may stand a few tenths of a line off their middle, near enough
                # that of all three where the row above is a line tall and empty in the column.
                cut = cut_end and last == len(parts) - 1
                if not _merged_across(rows, column, grid, cut):
                    continue
                if len(rows) == 3 and _merged_across(rows[1:], column, grid, cut):
                    # (Taken here: the next row's turn may be skipped, its first column covered.)
                    out[(index + 1, column)] = last
                    covered.update((row, column) for row in range(index + 1, last + 1))
                else:
                    out[(index, column)] = last
                    covered.update((row, column) for row in range(index, last + 1))
    return out


def _merged_from_top(parts: list[list[Line]], spanning: list[bool], grid: _Grid) -> dict[tuple[int, int], int]:
    """(first row, column) → the last row, of the cells merged down in a table whose cells are set
    at the top of their rows: a column's text that runs on from one row into the next at its own
    line pitch, its first line there set higher than the row's other cells' (by their padding).
    A merged cell's lines go on from the row it opens in; a row's own cell opens where the row's
    other cells do («Отдел информации и связей с» / «общественностью» beside row 6's «сессия …»)."""
    out: dict[tuple[int, int], int] = {}
    covered: set[tuple[int, int]] = set()  # the rows a merged cell above goes on in
    for index in range(len(parts) - 1):
        for column in range(len(grid.lefts)):
            if spanning[index] or column in (grid.number, grid.title) or (index, column) in covered:
                continue
            last = index
            while (
                last + 1 < len(parts)
                and not spanning[last + 1]
                and _runs_on_into(parts[last], parts[last + 1], column, grid)
            ):
                last += 1
            if last > index:
                out[(index, column)] = last
                covered.update((row, column) for row in range(index + 1, last + 1))
    return out


def _runs_on_into(upper: list[Line], lower: list[Line], column: int, grid: _Grid) -> bool:
    """Does the column's text in the row `upper` go on into the row `lower`: its first line there
    set above the row's other cells' first line, all on one baseline (by `MERGED_LIFT` at least,
    less than half a line), and as close under its own last line above as that text's lines stand?"""
    above, below = _in_column(upper, column, grid), _in_column(lower, column, grid)
    others = [w for w in _beside_column([lower[0]], column, grid) if not w.raised]
    opening = [w for w in below if w.top < lower[0].bottom and not w.raised]
    if not above or not others or not opening:
        return False
    size = max(w.size for w in opening)
    lift = min(w.top for w in others) - min(w.top for w in opening)
    if not MERGED_LIFT <= lift < MERGED_MIDDLE * size or max(w.top for w in others) - min(w.top for w in others) > SNAP:
        return False
    # Its lines above: one after another at their pitch; this one at most as far under them, and
    # as close under the last as a cell's lines stand (one line above tells no pitch).
    lines = [words for line in upper if (words := _in_column([line], column, grid))]
    tops = [min(w.top for w in words) for words in lines]
    pitch = min((b - a for a, b in pairwise(tops)), default=None)
    step = min(w.top for w in opening) - tops[-1]
    gap = min(w.top for w in opening) - max(w.bottom for w in lines[-1])
    return gap <= LINE_APART * size and (pitch is None or step <= pitch + BASELINE_SLACK * size)


def _merged_across(rows: list[list[Line]], column: int, grid: _Grid, cut: bool = False) -> bool:
    """Is the column's text in these rows (two or three, one after another) one cell merged across
    them all: centred across their boxes together, held by one row (off that row's own middle) or
    by two running on from one into the other, none in the others?  With `cut` the page break cut
    the last row, its box ending on the next page: a text running on into it stands no higher than
    the middle of their parts on this page."""
    held = [(row, words) for row, part in enumerate(rows) if (words := _in_column(part, column, grid))]
    if not held or len(held) > 2 or (len(held) == 2 and held[1][0] != held[0][0] + 1):
        return False
    if len(rows) > 2 and len(held) != 2:
        # Across three rows only a text that runs over a rows' boundary: one row's own text may
        # stand in the middle of three rows by chance (a place beside two empty ones).
        return False
    words = [w for _, ws in held for w in ws]
    size = max(w.size for w in words)
    middle = (min(w.top for w in words) + max(w.bottom for w in words)) / 2
    # (The rows' boxes: a list's margin under a cell's last line prints nothing.)
    joint = (_box_extent(rows[0], grid)[0] + _box_extent(rows[-1], grid)[1]) / 2
    if (joint - middle if cut and len(held) == 2 else abs(middle - joint)) > MERGED_MIDDLE * size:
        return False
    if len(held) == 2:
        (row, above), (_, below) = held
        upper, lower = rows[row], rows[row + 1]

        def fills(part: list[Line], words: list[Word]) -> bool:
            top, bottom = _box_extent(part, grid, skip={column})
            slack = BASELINE_SLACK * size
            return min(w.top for w in words) <= top + slack and max(w.bottom for w in words) >= bottom - slack

        # Centred across both rows, a text that fills one row from its top to its bottom fills the
        # other too; one that fills only one is that row's own, beside the next row's taller cell
        # (rows without padding, the lower one cut by the page break: «… города Астаны» over «По
        # согласованию с …»).
        if fills(upper, above) != fills(lower, below):
            return False
        # One text across the rows' boundary: its lines run on (closer than the rows' other
        # cells, and than paragraphs apart).
        others, after = _beside_column(upper, column, grid), _beside_column(lower, column, grid)
        apart = min(w.top for w in after) - max(w.bottom for w in others) if others and after else 0.0
        gap = min(w.top for w in below) - max(w.bottom for w in above)
        # Not where each row's part stands centred on its row's number: each row's tallest
        # cell, rows a point apart (a default print), runs on as closely as one text.  Where
        # neither part stands centred on its row's number, no row's own cell could have
        # set it there: the rows' padding alone (a pixel or two) parts its lines from theirs.
        # A row without a number shows nothing either way (the rest of a row the page break cut,
        # at a page's top, or a row the plan leaves unnumbered): beside it, the numbered row's
        # part centred on its number is its own.
        centred = [_centred_on_number(upper, above, grid), _centred_on_number(lower, below, grid)]
        known = [c for c, part in zip(centred, (upper, lower), strict=True) if any(_numbered(ln, grid) for ln in part)]
        each_own = bool(known) and all(known)
        closer = gap < min(apart - (ALIGN if any(centred) else 0.0), MERGED_MIDDLE * size)
        return (not each_own and closer) or _ends_open(above)
    # The row's own middle from its other cells: the merged text, printed partly in the padding
    # above the row it was read with, would draw that middle to itself.
    own = rows[held[0][0]]
    mid = sum(_box_extent(own, grid, skip={column})) / 2
    off = abs(middle - mid)
    # A line off it, or half a line off it and in the middle of the rows rather than of its own
    # (a one-line row beside a three-line one: the merged text centred across them stands
    # nearer the three-line row's middle than a line).
    return off > 2 * MERGED_MIDDLE * size or (off > MERGED_MIDDLE * size and 2 * abs(middle - joint) < off)


def _ends_open(words: list[Word]) -> bool:
    """Does the text (words in reading order) end as no cell does, on a preposition, a conjunction
    or a word's hyphen («Отдел информации и связей с»): it runs on below (a merged cell's lines in
    line with each row's)?  A dash alone is a cell's «none»."""
    text = " ".join(w.text for w in words)
    return bool(PREPOSITION_END.search(text) or _WORD_HYPHEN_END.search(text))


_WORD_HYPHEN_END = re.compile(r"\w-$")


def _run_over(parts: list[list[Line]], spanning: list[bool], grid: _Grid) -> set[tuple[int, int]]:
    """(row, column) of the cells of a table without numbers whose text goes on into the row
    below, a row opened there by cells that ended beside it (`_ended_together`) or that hold text
    again beside it (`_resumed_columns`): a top-aligned cell runs over its row's boundary only
    when merged with the cell below; each row has it."""
    out: set[tuple[int, int]] = set()
    for index in range(len(parts) - 1):
        if spanning[index] or spanning[index + 1]:
            continue
        before, now = _by_column(parts[index][-1], grid), _by_column(parts[index + 1][0], grid)
        # A word that the column's narrowness cut without a hyphen goes on into the row below
        # («Исполнительны» / «й комитет МАГ»), whatever the writer marks: the cell is merged.
        out.update(
            (index, c)
            for c in now
            if c in before and c not in (grid.title, grid.number) and _word_cut(before[c], now[c])
        )
        if grid.number is not None or not grid.marks_wraps or 0 not in now:
            continue
        ended = _ended_together(before, now, grid)
        # Or only the first column's paragraph surely ended above, and a column empty there holds
        # text again («27.02» … «19.11.2031» beside «столиц»² / «Международные соревнования …»).
        if not ended and not (
            0 in before
            and _ended(before[0], grid.rights[0], True)
            and _resumed_columns(parts[index], before, now, grid)
        ):
            continue
        # (Told so, a typed space may end a cell as a wrap's does: only a word that would not have
        # fitted on the line above goes on it, whatever its end.)
        out.update(
            (index, c)
            for c in now
            if c in before
            and c != grid.title
            and _goes_on(before[c], now[c], grid.rights[c], True)
            and (ended or not _would_fit(before[c], now[c], grid.rights[c]))
            and not _dates_apart(before[c], now[c], c, grid)
        )
    return out


# A date's year wrapped onto its own line («15 марта» / «2026 г.», «I квартал» / «2026 года»).
_YEAR_REST = re.compile(r"(?:(?:19|20)\d{2}\s*(?:г\.?|года?)?|года?)(?:\s|$)", re.IGNORECASE)


def _dates_apart(above: list[Word], below: list[Word], column: int, grid: _Grid) -> bool:
    """Are the date column's lines two dates of their own: the one above ends a date with no list's
    separator after it, and the line below is a date's wording whole («01.10.2026; 07.11.2026» over
    the next row's «январь»)?  A list of dates that goes on leaves its «;» or «,» at the wrap."""
    if column != grid.dates:
        return False
    line, under = " ".join(word.text for word in above), " ".join(word.text for word in below)
    return (
        not line.endswith((*LIST_SEPARATORS, "-", "–", "—"))  # a list's, a range's rest below
        and _YEAR_REST.match(under) is None
        and looks_like_period(line)
        and looks_like_period(under)
    )


def _word_cut(above: list[Word], below: list[Word]) -> bool:
    """Do a column's line `above` and its next line `below` part one word, cut without a hyphen
    (`lexicon.one_word`: «Исполнительны» + «й»), its rest in small letters (a next row's cell opens
    with a capital)?"""
    rest = below[0].text
    return rest[:1].islower() and lexicon.one_word([above[-1].text, rest])


def _resumed_columns(upper: list[Line], before: dict[int, list[Word]], now: dict[int, list[Word]], grid: _Grid) -> int:
    """How many columns but the first hold text on the line `now` that held text in the row's
    lines `upper` and none on its last (`before`): a top-aligned cell holds no empty line, so
    each opens the next row's cell."""
    held = {c for line in upper for c in _by_column(line, grid)}
    return sum(1 for c in now if c != 0 and c not in before and c in held)


def _group_spans(parts: list[list[Line]], spanning: list[bool], grid: _Grid) -> dict[int, dict[tuple[int, int], int]]:
    """The cells of the columns before the row numbers' (a month's name beside its rows: a `<th
    rowspan>`), by column: (first row, column) → last row.  Each label heads a group of rows, the
    groups one after another from the row after the last group (or heading across the table), its
    text centred across them: the group ends at the row that centres it best, half a line off at
    most.  A label that centres on no such group stays its row's (none of its column then)."""
    out: dict[int, dict[tuple[int, int], int]] = {}
    for column in range(grid.number or 0):
        found: dict[tuple[int, int], int] = {}
        labels = [i for i, part in enumerate(parts) if not spanning[i] and _in_column(part, column, grid)]
        start = 0
        for k, row in enumerate(labels):
            start = max([start, *(i + 1 for i in range(row) if spanning[i])])
            stop = min(
                [
                    labels[k + 1] if k + 1 < len(labels) else len(parts),
                    *(i for i in range(row, len(parts)) if spanning[i]),
                ]
            )
            words = _in_column(parts[row], column, grid)
            middle = (min(w.top for w in words) + max(w.bottom for w in words)) / 2
            size = max(w.size for w in words)
            off, last = min(
                (abs(_rows_middle(parts[start : end + 1], column, grid) - middle), end) for end in range(row, stop)
            )
            if off > MERGED_MIDDLE * size:
                found = {}
                break
            if last > start:
                found[(start, column)] = last
            start = last + 1
        if found:
            out[column] = found
    return out


def _in_column(part: list[Line], column: int, grid: _Grid) -> list[Word]:
    return [w for ln in part for w in ln.words if _column(w, grid.bounds) == column]


def _beside_column(part: list[Line], column: int, grid: _Grid) -> list[Word]:
    """The part's words in its other columns."""
    return [w for ln in part for w in ln.words if _column(w, grid.bounds) != column]


def _rows_middle(parts: list[list[Line]], column: int, grid: _Grid) -> float:
    """The middle of the rows' text beside `column` (their other cells)."""
    words = [w for part in parts for w in _beside_column(part, column, grid)]
    if not words:
        return _middle([ln for part in parts for ln in part])
    return (min(w.top for w in words) + max(w.bottom for w in words)) / 2


def _centred_on_number(part: list[Line], words: list[Word], grid: _Grid) -> bool:
    """Do the words (a cell's) stand centred on the number of the row whose lines are `part`?"""
    numbers = [_lead(line, grid.number, grid.bounds) for line in part if _numbered(line, grid)]
    if len(numbers) != 1:
        return False
    middle = (min(w.top for w in words) + max(w.bottom for w in words)) / 2
    return abs(middle - numbers[0].cy) <= WHOLE_ROW * numbers[0].size


def _opens_event(line: Line, grid: _Grid) -> bool:
    """Could the line open a row: its first word stands in the event's column and opens with a
    capital or a digit (not a list's item, not a word in lower case, not another cell's line)?"""
    word = line.words[0]
    first = word.text[:1]
    return _column(word, grid.bounds) == grid.title and (first.isupper() or first.isdigit())


def _opens_below(line: Line, titles: list[list[Word]], grid: _Grid) -> bool:
    """Could `line` open the row below the lines above it (`titles`: their words in the event's
    column, top to bottom): it opens an event's name (`_opens_event`), or it stands in the event's
    column set off the event's line above by more than a line's spacing (a name in small
    letters, «сессия Генеральной Ассамблеи», under a list set off by its margin), or by more than
    the rows' padding (`_Grid.row_gap`) where that is narrower (rows touching, a default print:
    «сессия Генеральной» right under «народов»», a point lower than a cell's lines step); no
    list's item."""
    if _opens_event(line, grid):
        return True
    first = line.words[0]
    if _column(first, grid.bounds) != grid.title or first.text in BULLET_GLYPHS:
        return False  # no row opens with a list's item
    above = next((words for words in reversed(titles) if words), None)
    # Set off by a list's margin, or by the rows' padding where that is narrower (rows touching, a
    # default print's point apart: a cell's lines step closer).
    apart = (LINE_APART if grid.row_gap is None else min(LINE_APART, max(grid.row_gap, 0.0))) * first.size
    return above is not None and first.top - max(w.bottom for w in above) > apart


def _goes_on_over(lines: list[Line], grid: _Grid, below: list[Line], next_grid: _Grid) -> bool:
    """Does the last row of a page's `lines` go on in the next page's part `below`: that part
    opens with no row's number, no heading nor the header again, and the row does not show itself
    whole on its page (`_ends_whole`)?"""
    if not below or _numbered(below[0], next_grid) or _apart(below[0], next_grid):
        return False
    return not (lines and _ends_whole(lines, grid))


def _short_of_the_foot(lines: list[Line], grid: _Grid, lowest: float) -> bool:
    """Do a browser's padded rows of a page's part end more than `ROOM_BELOW` font sizes above
    `lowest`, the lowest table text of any page: room the page break left empty under a whole last
    row?  Not a word processor's (it marks its wraps): keeping a paragraph's lines together or a page's
    footnotes may end a row it cuts well above the foot."""
    return grid.row_gap is not None and not grid.marks_wraps and lowest - lines[-1].bottom > ROOM_BELOW * lines[-1].size


def _ends_whole(lines: list[Line], grid: _Grid) -> bool:
    """Does the last row of these lines end with them?  When cells are centred in their rows (a
    browser's), padded apart, and the last row's number stands in its middle with lines above
    and below it (or beside the line above, the lines interleaving), or the lines end with a
    section's heading: the rows of a page hold no rest of
    it; but not a row with no event's name yet (a page break left its number and place at the
    page's foot, its name on the next page).  Rows a point apart stand in one band: its last row
    is the one its numbers share it out to (`_split_numbered`)."""
    if grid.row_gap is None or grid.number is None:
        return False
    if _apart(lines[-1], grid) and _word_runs(lines[-1]) == 1:
        return True  # a section's heading across the table ends the rows above it: none goes on
    last = _bands(lines, grid, cut=False)[-1]
    numbered = [i for i, line in enumerate(last) if _numbered(line, grid)]
    if len(numbered) > 1 and grid.centred_rows:
        # Centred rows a point apart stand in one band (a default print): its last row's lines.
        last = _split_numbered(last, grid)[-1]
        numbered = [i for i, line in enumerate(last) if _numbered(line, grid)]
    # (The number's line may end the row where its lines interleave: «Международная конференция»
    # over «12.  «Устойчивое развитие столиц»», the number beside the name's second line.)
    if len(numbered) != 1 or not 0 < numbered[0] < len(last) - (not _interleaved(last[-2:])):
        return False
    if grid.title is not None and not any(_column(w, grid.bounds) == grid.title for line in last for w in line.words):
        return False  # its event's name is still to come: WeasyPrint centres the cut row's part too
    return _whole_row(last, numbered[0])


def _anchor(band: list[Line], grid: _Grid) -> float | None:
    """The middle of the band's text beside the first column (its date, place, person), or None."""
    words = [w for line in band for w in line.words if _column(w, grid.bounds) > 0]
    return (min(w.top for w in words) + max(w.bottom for w in words)) / 2 if words else None


def _middle(band: list[Line]) -> float:
    return (min(line.top for line in band) + max(line.bottom for line in band)) / 2


def _off_middle(lines: list[Line], middle: float, grid: _Grid) -> float:
    """How far `middle` (a row number's) stands off the middle of the lines' box (`_box_middle`)."""
    return abs(_box_middle(lines, grid) - middle)


def _box_middle(band: list[Line], grid: _Grid) -> float:
    """The middle of the box a browser centres the row's cells in (`_box_extent`)."""
    top, bottom = _box_extent(band, grid)
    return (top + bottom) / 2


def _box_extent(band: list[Line], grid: _Grid, skip: Collection[int] = ()) -> tuple[float, float]:
    """The top and bottom of the box a browser centres the row's cells in, from its cells' text
    but the text of the columns in `skip`: a list that ends a cell below its text (indented, set
    off it by the list's top margin) ends with a bottom margin as high that prints nothing (and
    one that opens a cell above its text, with such a top margin), so the cell's box reaches that
    far beyond its last (first) line."""
    columns: dict[int, list[list[Word]]] = {}
    for line in band:
        for column, words in groupby(line.words, key=lambda w: _column(w, grid.bounds)):
            if column not in skip:
                columns.setdefault(column, []).append(list(words))
    if not columns:
        return min(line.top for line in band), max(line.bottom for line in band)
    text_top = top = min(w.top for cells in columns.values() for words in cells for w in words)
    text_bottom = bottom = max(w.bottom for cells in columns.values() for words in cells for w in words)
    # Each cell that ends (opens) with the text's bottom (top), measured against the text's, not
    # against a margin another cell already added: the order of the columns tells nothing.
    for cells in columns.values():
        if cells[-1][-1].bottom >= text_bottom - BASELINE_SLACK * cells[-1][-1].size:
            bottom = max(bottom, cells[-1][-1].bottom + _list_margin(cells, -1))
        if cells[0][0].top <= text_top + BASELINE_SLACK * cells[0][0].size:
            top = min(top, cells[0][0].top - _list_margin(cells, 0))
    return top, bottom


def _list_margin(cells: list[list[Word]], end: int) -> float:
    """The margin of a list that ends (`end` -1) or opens (0) the cell's lines `cells` (one word
    list per line, top to bottom): the empty band between the list and the less indented text
    beside it, beyond the cell's own line gap; 0 where the lines do not end so.  The list is
    told by where its lines start; where they all start at one left edge, by where their text
    starts after the bullet (Word hangs its bullets at the edge of the text above the list), or
    where neither finds a bullet, by the items' bullets and their lines wrapped further in
    (`_items_run`)."""
    gaps = [b[0].top - max(w.bottom for w in a) for a, b in pairwise(cells)]
    ordered, gaps = (cells, gaps) if end else (cells[::-1], gaps[::-1])
    run = _list_run(ordered, lambda line: line[0].x0)
    if run == len(ordered):
        run = _list_run(ordered, _text_start)
    if end and not any(line[0].text in BULLET_GLYPHS for line in ordered[-run:]):
        # Items wrapped under a hanging indent, their bullets at the text's edge above the list
        # («·  в сфере» / «молодежной» under «членов МАГ»): the run of items.
        run = _items_run(ordered)
    if not 0 < run < len(ordered) or not any(line[0].text in BULLET_GLYPHS for line in ordered[-run:]):
        return 0.0
    # The cell's own line gap: its least, or a line's leading where every line is a paragraph of
    # its own (a list of one-line items, each set off by its margins, as Word's HTML prints them).
    own = min(*gaps, _LEADING * ordered[-1][0].size)
    return max(0.0, gaps[-run] - own)


def _items_run(ordered: list[list[Word]]) -> int:
    """How many of the last lines of `ordered` are list items: lines opening with a bullet at the
    last bullet's left edge and the lines of their text wrapped right of it (a hanging indent
    further in than the text after the bullet, so `_list_run` by text start stops inside an
    item); 0 without a bullet, or where the last line is no item's."""
    edge = next((line[0].x0 for line in reversed(ordered) if line[0].text in BULLET_GLYPHS), None)
    if edge is None:
        return 0
    run = 0
    for line in reversed(ordered):
        bullet = line[0].text in BULLET_GLYPHS
        if not (bullet and abs(line[0].x0 - edge) <= ALIGN) and (bullet or line[0].x0 <= edge + ALIGN):
            break
        run += 1
    # The run opens with an item's bullet, not with a line indented as far above the list.
    while run and ordered[-run][0].text not in BULLET_GLYPHS:
        run -= 1
    return run


def _list_run(ordered: list[list[Word]], start: Callable[[list[Word]], float]) -> int:
    """How many of the last lines of `ordered` start (by `start`) no further left than the last
    one does and right of the line above them: all of them where no line above starts further left."""
    run = 1
    while run < len(ordered) and start(ordered[-run - 1]) >= start(ordered[-1]) - ALIGN:
        run += 1
    if run < len(ordered) and start(ordered[-run - 1]) >= min(map(start, ordered[-run:])) - ALIGN:
        return len(ordered)
    return run


def _text_start(line: list[Word]) -> float:
    """Where the line's text starts after its list bullet."""
    return next((w for w in line if w.text not in BULLET_GLYPHS), line[0]).x0


def _centred_unnumbered(bands: list[list[Line]], grid: _Grid, cut: bool) -> list[list[Line]]:
    """Bands of a table without numbers whose cells are centred in their padded rows (a
    browser's): a band with text in the first column only (an event's name set apart from its
    list by the list's margin) goes with the neighbour whose other cells stand off its own
    middle but in the middle of the two together.  Only where the rows show their cells
    centred, not set at the top (where the same test would pull an event's second paragraph
    into the row below); but a band over a list whose first line holds nothing beside the
    bullet goes with it wherever the rows show (`_opens_list`), and so does one over a list whose
    other cells stand in the middle of the two together, off the list's own.  With `cut`, the page's first
    band stays apart (`_centred`), but for a name over a list (no row opens with a list)."""
    size = median(line.size for band in bands for line in band)
    tolerance = MERGED_MIDDLE * size

    def joined_middle(band: list[Line], other: list[Line]) -> float | None:
        """How far `other`'s text beside the first column stands off the middle of the two bands
        together, where it stands off its own middle and near theirs (a list's margin shifts it a
        little); else None."""
        anchor = _anchor(other, grid)
        if anchor is None or any(_apart(line, grid) for line in other):
            return None
        own, joined = abs(_middle(other) - anchor), abs(_middle(other + band) - anchor)
        return joined if own > tolerance and joined <= min(size, own - tolerance / 2) else None

    # Told over the whole table where it shows it (a part of few rows may not).
    centred = grid.centred_rows or _shows_centred(bands, grid)
    out = [list(band) for band in bands]
    index = 0
    while index < len(out):
        band = out[index]
        if _anchor(band, grid) is not None or any(_apart(line, grid) for line in band):
            index += 1
            continue
        choices: list[tuple[float, int]] = []
        below = out[index + 1] if index + 1 < len(out) else None
        bare = below is not None and all(_column(w, grid.bounds) == grid.title for w in below[0].words)
        # The page's first band may be the rest of a row the page break cut; the band under it that
        # opens a list is that band's all the same (no row opens with a list): joined, the two are
        # the cut row's rest, or a row's name over its list (its date on the page before, left
        # there by the break, or beside the list).
        cut_rest = index == 0 and cut
        if (
            below is not None
            and _opens_list(below, grid)
            and (centred or bare or joined_middle(band, below) is not None)
        ):
            # An event's name over its list, the list's margin between: no row opens with a list.
            # Whatever the rows show: a list whose first line holds nothing beside it is no row's
            # top line (a row set at the top prints its date there), its cells centred lower; nor
            # one whose other cells stand in the middle of the name and the list together (a
            # table of such rows alone shows no band centred on its own).
            index = _join_band(out, index, [(0.0, index + 1)])
            continue
        if not centred and _next_paragraph(out, index, grid):
            index = _join_band(out, index, [(0.0, index - 1)])
            continue
        if not centred or cut_rest:
            index += 1
            continue
        for other in (index - 1, index + 1):
            if not 0 <= other < len(out) or (other == 0 and cut):
                continue
            if (joined := joined_middle(band, out[other])) is not None:
                choices.append((joined, other))
        index = _join_band(out, index, choices)
    return out


def _next_paragraph(bands: list[list[Line]], index: int, grid: _Grid) -> bool:
    """Is band `index`, text in the event's column alone, that event's next paragraph in the row
    above, its cells set at the top: the gap over it a paragraph's spacing, well under the gaps
    between the part's rows (their cells' paddings), the row above a row with cells beside its
    event, the band no heading (bold, «II.»), list's item, footnote nor signature?  («Выездное заседание
    Комиссии по культуре» / «Круглый стол МАГ:» and its list, Google Docs' two paragraphs in a
    cell, not a section «Круглый стол МАГ:» over the next rows.)"""
    if index == 0:
        return False
    band, above = bands[index], bands[index - 1]
    # The gaps between two rows with cells beside their events (not under a heading's band).
    between = [
        gap
        for upper, lower in pairwise(bands)
        if _anchor(upper, grid) is not None and _anchor(lower, grid) is not None and (gap := _gap(upper, lower)) > 0
    ]
    return (
        len(between) >= PARAGRAPH_SAMPLES
        and _anchor(above, grid) is not None
        and not any(
            _section_line(line) or _heading(line, grid) or _footnote(line) or _signature_line(line) for line in band
        )
        and band[0].words[0].text not in BULLET_GLYPHS
        and row_number(band[0].words[0].text) is None
        and _gap(above, band) <= PARAGRAPH_GAP * median(between)
    )


def _opens_list(band: list[Line], grid: _Grid) -> bool:
    """Does the band's text in the event's column open with a list's bullet?  Its other cells,
    centred, may stand higher than the list (a person's first line over «• Москва»)."""
    for line in band:
        words = [w for w in line.words if _column(w, grid.bounds) == grid.title]
        if words:
            return words[0].text in BULLET_GLYPHS
    return False


def _anchor_offset(band: list[Line], grid: _Grid) -> float | None:
    """How far the middle of the band's text beside the first column stands off its own middle."""
    anchor = _anchor(band, grid)
    return None if anchor is None else abs(_middle(band) - anchor)


def _shows_centred(bands: list[list[Line]], grid: _Grid) -> bool:
    """Do most bands of several lines (of a table without numbers) set their text beside the first
    column in their middle (a browser's centred cells)?"""
    size = median(line.size for band in bands for line in band)
    measured = [off for band in bands if len(band) > 1 and (off := _anchor_offset(band, grid)) is not None]
    return sum(off <= MERGED_MIDDLE * size for off in measured) * 2 > len(measured)


def _centred_rows(body: list[tuple[int, list[Line]]], grid: _Grid) -> bool:
    """Are the cells centred in padded rows over the whole table (`_Grid.centred_rows`): its bands
    do not show cells set at the top of their rows (`_top_aligned`) nor numbers that open their
    rows, or (without numbers) most of them show their cells centred (`_shows_centred`)?"""
    if grid.row_gap is None:
        return False
    bands = [band for _, lines in body if lines for band in _padded_bands(lines, grid)]
    if not bands:
        return False
    if grid.number is None:
        return _shows_centred(bands, grid)
    # Rows of their own widths cross the header's columns, each such line a band of its own: the
    # numbers' empty bands above them tell as well (`_numbers_open_rows`).
    flat = [(page, line) for page, lines in body for line in lines]
    return not _top_aligned(bands, grid) and not _numbers_open_rows(flat, [grid] * len(flat))


def _top_rows(body: list[tuple[int, list[Line]]], grid: _Grid) -> bool:
    """Are the cells set at the top of padded numbered rows over the whole table (`_Grid.top_rows`):
    its bands show it (`_top_aligned`)?"""
    if grid.row_gap is None or grid.number is None:
        return False
    return _top_aligned([band for _, lines in body if lines for band in _padded_bands(lines, grid)], grid)


def _join_band(bands: list[list[Line]], index: int, choices: list[tuple[float, int]]) -> int:
    """Band `index` joined to the neighbour that the best (least) choice names, if any; the
    index of the band to look at next."""
    if not choices:
        return index + 1
    _, other = min(choices)
    bands[other] = sorted(bands[other] + bands[index], key=lambda ln: ln.top)
    del bands[index]
    return min(index, other)


def _gap(above: list[Line], below: list[Line]) -> float:
    return min(line.top for line in below) - max(line.bottom for line in above)


def _split_numbered(band: list[Line], grid: _Grid, cut: bool = False, opens: bool = False) -> list[list[Line]]:
    """A band with several numbered rows (top-aligned cells, no padding) split at each number.

    Lines above a band's first number are the rest of a row that the page break cut,
    a row of their own; so they are where rows show no padding (`_row_gap`), and with
    padding where the band holds more numbers, but not where the band's lines interleave
    (cells centred in their rows: a row's number stands below its first lines).  With
    `opens` (the band opens the table under its header: no row above it to go on), they are
    the first row's own where they are no heading and the number stands in the middle of them
    and its lines (`_first_row_round_its_number`).
    """
    numbered = [i for i, line in enumerate(band) if _numbered(line, grid)]
    # A page's first band of centred rows a point apart may hold the rest of a row the page break
    # cut over the one row it numbers: its rest is no part of that row (`_around_numbers`).
    rest = cut and grid.centred_rows and numbered[:1] not in ([], [0])
    if len(numbered) <= 1 and (grid.row_gap is not None or numbered in ([], [0])) and not rest:
        return [band]
    # Centred rows without padding between them (a point apart: WeasyPrint's default print) stand
    # in one band whether or not their lines interleave; where they interleave, a row's first
    # lines stand above its number, the band's only one too (a two-line event beside a one-line
    # date, alone under a month's heading row).
    if _interleaved(band) or ((len(numbered) > 1 or rest) and grid.centred_rows):
        return _around_numbers(band, numbered, grid, cut)
    # Lines above the first number go on the row before (a row a page break split).
    cuts = sorted({0, *numbered, len(band)})
    if opens and numbered[0] > 0 and _first_row_round_its_number(band, numbered, grid):
        cuts.remove(numbered[0])
    return [band[a:b] for a, b in pairwise(cuts) if band[a:b]]


def _first_row_round_its_number(band: list[Line], numbered: list[int], grid: _Grid) -> bool:
    """Are the lines above the band's first number (the band opening the table: no row above) that
    row's first lines, its cells centred round it: no heading among them, and the number in the
    middle of the row they open (`WHOLE_ROW`)?  A scan of rows that touch shows no padding to tell
    centred rows by: a three-line name round its number («Августовская» / «1. педагогическая» /
    «конференция») read as a heading over the row and the rest."""
    first = numbered[0]
    above = band[:first]
    if any(_section_line(line) or _heading(line, grid) or _crossing(line, grid.bounds) for line in above):
        return False
    end = numbered[1] if len(numbered) > 1 else len(band)
    middle = band[first].words[0].cy
    return _off_middle(band[:end], middle, grid) <= WHOLE_ROW * band[first].size


def _interleaved(band: list[Line]) -> bool:
    """Do lines of the band stand closer than a line's height (cells of one row centred, each on
    its own baselines: a browser's vertical centring)?"""
    return any(below.top - above.top < INTERLEAVED * above.size for above, below in pairwise(band))


def _around_numbers(band: list[Line], numbered: list[int], grid: _Grid, cut: bool) -> list[list[Line]]:
    """A band of centred rows (no padding between them) split so that each row's number stands
    as near to the middle of its row as the lines allow: a row's first lines stand above its
    number.  Each row, from where the one above ended, ends after its number's line at the
    line that centres the number best.  With `cut` (the band opens a page's part that may open
    with the rest of a row the page break cut), that rest first (`_cut_rest`), where the numbers
    then stand nearer their rows' middles, all told, by a quarter of a line: elsewhere a wide
    step above a number is a row's own (an event of four lines beside cells of one, its number
    in their middle).  All the rows, not the first alone: a row whose other cells reach above
    and below its event's may have its number in its middle with the rest or without it, and
    only the rows below tell (each then a line off its own)."""
    start = _cut_rest(band, numbered, grid) if cut else 0
    if (
        start
        and _centred_rows_from(band, start, numbered, grid)[1] + WHOLE_ROW * band[numbered[0]].size
        >= _centred_rows_from(band, 0, numbered, grid)[1]
    ):
        start = 0
    rows = _centred_rows_from(band, start, numbered, grid)[0]
    # Each row ended where its number stood best, one at a time: a row's last line that centres
    # it as well either way («Правительство» / «Москвы» beside a list whose margin ends the row)
    # went to the row below, off its middle.  Told over all the rows together.
    parts = [band[:start], *(_reshared(rows, grid, open_end=True) if len(rows) > 1 else rows)]
    return [part for part in parts if part]


def _centred_rows_from(
    band: list[Line], start: int, numbered: list[int], grid: _Grid
) -> tuple[list[list[Line]], float]:
    """The band's centred rows from line `start` on, one for each number (lines `numbered`), each
    ending where its number stands nearest its middle (`_centred_end`); and how far, all told,
    the numbers stand off their rows' middles."""
    rows: list[list[Line]] = []
    total = 0.0
    for at, following in zip(numbered, [*numbered[1:], len(band)], strict=True):
        end, off = _centred_end(band, start, at, following, grid)
        rows.append(band[start:end])
        total += off
        start = end
    return rows, total


def _centred_end(band: list[Line], start: int, at: int, following: int, grid: _Grid) -> tuple[int, float]:
    """Where the row of the number on line `at`, opening at line `start`, ends: after the line
    (up to the next number's, `following`) that centres its number best, or with the band when no
    number follows; and how far the number then stands off the row's middle (`_box_middle`)."""
    middle = band[at].words[0].cy

    def off(end: int) -> float:
        return _off_middle(band[start:end], middle, grid)

    end = len(band) if following == len(band) else min(range(at + 1, following + 1), key=off)
    return end, off(end)


def _cut_rest(band: list[Line], numbered: list[int], grid: _Grid) -> int:
    """Where the first numbered row of a band of centred rows (numbers on lines `numbered`) may
    open after the rest of a row that the page break cut: at the widest step from line to line
    above the first number (the step between two rows), or 0 where the number opens the band.
    `_around_numbers` takes it where the number then stands nearer its row's middle.  Without it
    the rest (no number of its own: it stayed on the page before) is read as the first lines of
    the row under it, and each row below takes the next one's.  Where several steps are as wide
    (rows whose lines do not interleave step a full line all the way), the one after which all
    the band's numbers stand nearest their rows' middles."""
    first = numbered[0]
    steps = [b.top - a.top for a, b in pairwise(band)]
    if not first or not steps:
        return 0
    widest = max(steps[:first])
    tied = [i for i in range(1, first + 1) if steps[i - 1] >= widest - BASELINE_SLACK * band[i].size]
    return min(tied, key=lambda i: (_centred_rows_from(band, i, numbered, grid)[1], -steps[i - 1]))


def _split_unnumbered(band: list[Line], grid: _Grid, cut_end: bool = False) -> list[list[Line]]:
    """A band of rows without numbers, set as closely as lines (a word processor's table without
    a «№» column), split where a row starts.

    Cells are top-aligned, so a row's first line opens every cell it has text in: a
    line starts a row when its first column begins a paragraph there with a capital or a
    digit («19-й Молодежный форум») (the column was empty on the line above, or the text above ended short of where
    this word would have fitted), it has text in two columns or more, and its other
    cells open there too (`_cells_open`), or another column empty on the line above opens
    there as well.  Where the first word is too long to tell,
    the other columns may vouch for it (`_others_open`); a row may open in lower case
    under cells that open afresh (`_fresh_cells`).
    """
    if grid.number is not None or len(band) < 2:
        return [band]
    # Lines closer than a line's height are centred cells' (a browser's): no cell opens at the top,
    # but each stands in its row's middle.  Padded rows too: a cell merged over two rows, centred
    # across them, fills the padding that would have parted them.
    if _interleaved(band):
        return _split_centred_unnumbered(band, grid, cut_end)
    # Cells centred in padded rows (`_Grid.centred_rows`): a band is a row, even where its lines
    # keep one step (an event of five lines beside cells of one and three: their middles fall on
    # the event's lines), and its first line, the event's alone, opens no row of its own.
    if grid.centred_rows:
        return [band]
    grid = replace(grid, rights=_rooms(grid))
    out: list[list[Line]] = [[band[0]]]
    for above, line in pairwise(band):
        before, now = _by_column(above, grid), _by_column(line, grid)
        # The first column and another, both empty on the line above, open together: a
        # top-aligned cell holds no empty line, so they open a row, whatever goes on beside and
        # in whatever case (a date column first: «март –» / «апрель»), where rows show no padding
        # (a browser's centred cells interleave their lines).
        together = grid.row_gap is None and 0 not in before and any(c != 0 and c not in before for c in now)
        # Two cells or more that held text higher in the row, empty on the line above, go on
        # beside the first column's text: a top-aligned cell holds no empty line, so they open
        # the next row, in whatever case («сессия Генеральной Ассамблеи МАГ | 1 раз в месяц |
        # Председатель Комиссии» under an event's list, its date and person ended above).
        resumed = grid.row_gap is None and _resumed_columns(out[-1], before, now, grid) >= 2
        if (
            0 in now
            and len(now) >= 2
            # A list's item goes on its event's name: a row opens with the name, never with a bullet.
            and now[0][0].text not in BULLET_GLYPHS
            and (
                now[0][0].text[:1].isupper()
                or now[0][0].text[:1].isdigit()
                or together
                or resumed
                or _fresh_cells(before, now, grid)
            )
            and (
                (
                    (0 not in before or _paragraph_break(before[0], now[0], grid.rights[0]))
                    and _cells_open(before, now, grid)
                )
                or _others_open(before, now, grid)
                or _ended_together(before, now, grid)
                or together
                or resumed
            )
            and not _apart(line, grid)
        ):
            out.append([line])
        else:
            out[-1].append(line)
    return out


def _rooms(grid: _Grid) -> list[float]:
    """Each column's right edge for the fit test where a row opens: as far as the room up to the
    next column, less the narrowest gap any column's text leaves before the next one (a gap is at
    least the two cells' paddings, so the room stays inside the cell), and no further than half
    the way from its text's reach to the next column (which may start at a channel's middle, or
    where centred text does); the last column's as far as its text reaches.  A column's longest
    line may end well short of its cell: «в течение I квартала» over the next row's «июнь –
    август», the word fitting in the room beside it."""
    columns = range(len(grid.bounds))  # each column but the last
    gaps = [grid.bounds[c] - grid.rights[c] for c in columns if grid.rights[c] > grid.lefts[c] + 1]
    if not gaps:
        return grid.rights
    gap = max(min(gaps), 0.0)
    rooms = (min(grid.bounds[c] - gap, (grid.rights[c] + grid.bounds[c]) / 2) for c in columns)
    return [
        *(max(grid.rights[c], room) for c, room in zip(columns, rooms, strict=True)),
        *grid.rights[len(grid.bounds) :],
    ]


def _split_centred_unnumbered(band: list[Line], grid: _Grid, cut_end: bool = False) -> list[list[Line]]:
    """A band of centred rows without numbers or padding between them (a browser's print of a
    borderless table without «№»: each cell centred in its row, the rows a point apart), split
    where every cell stands in the middle of its row.

    A column whose cells are shorter than their rows shows them apart, one block of lines each:
    the column of the most blocks gives the rows' middles (as numbers do in `_around_numbers`).
    Each row, from where the one above ended, ends after the line that centres its middle best.
    Kept whole unless every block of every column then stands in the middle of its row, or of
    the rows a cell merged over them covers (`_rows_centred`), and no row but the first opens
    with a list's bullet: a cell of two paragraphs, or rows that do not show their middles, stay
    as they were.  Padded rows too (`_split_unnumbered`)."""
    by_column = _cell_blocks(band, grid)
    anchors = max((by_column.get(column, []) for column in range(len(grid.bounds) + 1)), key=len)
    if len(anchors) < 2:
        return [band]
    rows: list[list[Line]] = []
    start = 0
    for at, (top, bottom) in enumerate(anchors):
        middle = (top + bottom) / 2
        if at == len(anchors) - 1:
            rows.append(band[start:])
            break
        # The row holds its middle's block and ends above the next row's block.
        ends = [
            end
            for end in range(start + 1, len(band))
            if band[end - 1].bottom >= bottom - BASELINE_SLACK * band[end - 1].size
            and band[end].top <= anchors[at + 1][0] + BASELINE_SLACK * band[end].size
        ]
        if not ends:
            return [band]
        end = min(ends, key=lambda e: _off_middle(band[start:e], middle, grid))
        rows.append(band[start:end])
        start = end
    # A list's item goes on its event's name: a row opens with the name, never with a bullet, nor
    # does its event's cell (its date and person set higher, beside a name over its list).
    if any(_event_opens_with_bullet(row, grid) for row in rows[1:]):
        return [band]
    return rows if _rows_centred(rows, grid, cut_end) else [band]


def _event_opens_with_bullet(row: list[Line], grid: _Grid) -> bool:
    """Does the row, or its text in the event's column, open with a list's bullet?"""
    if row[0].words[0].text in BULLET_GLYPHS:
        return True
    first = next((w for line in row for w in line.words if _column(w, grid.bounds) == grid.title), None)
    return first is not None and first.text in BULLET_GLYPHS


def _rows_centred(rows: list[list[Line]], grid: _Grid, cut_end: bool = False) -> bool:
    """Does every block of lines of every column stand in the middle of its row (`_box_extent`),
    or of the rows it runs over (a merged cell's lines going on from a row's last block into the
    next row's first, closer than `BLOCK_GAP`), or of its row and a neighbour empty in its
    column (`_centred_over_two`)?  A merged cell's column does not measure its rows' middles.
    With `cut_end` the page break cut the last row (its middle stands on no page): what reaches
    into it is not measured, where every row holds text in two columns or more (a row, not a
    cell's second paragraph)."""
    size = rows[0][0].size
    per_row = [_cell_blocks(row, grid) for row in rows]
    cut_end = cut_end and all(len(blocks) >= 2 for blocks in per_row)
    # Each column's blocks in order, as (first row, last row, top, bottom), joined across rows.
    spans: list[tuple[int, int, int, float, float]] = []
    for column in sorted({column for blocks in per_row for column in blocks}):
        joined: list[tuple[int, int, float, float]] = []
        for index, blocks in enumerate(per_row):
            for at, (top, bottom) in enumerate(blocks.get(column, [])):
                if at == 0 and joined and joined[-1][1] == index - 1 and top - joined[-1][3] < BLOCK_GAP * size:
                    joined[-1] = (joined[-1][0], index, joined[-1][2], bottom)
                else:
                    joined.append((index, index, top, bottom))
        spans.extend((column, *span) for span in joined)
    across: list[set[int]] = [set() for _ in rows]
    for column, first, last, _top, _bottom in spans:
        for index in range(first, last + 1) if last > first else ():
            across[index].add(column)
    over_two = [
        {c for c, found in blocks.items() if c not in across[index] and _centred_over_two(rows, index, c, found, grid)}
        for index, blocks in enumerate(per_row)
    ]
    extents = [_box_extent(row, grid, skip=across[index] | over_two[index]) for index, row in enumerate(rows)]
    # The rows' own boxes keep the rows' spacing: the padding's height at least where the rows show
    # one, less than a line where they touch (a cell of two paragraphs a line or more apart, its
    # date centred beside them, is one row).
    for (_, bottom), (top, _) in pairwise(extents):
        if (top - bottom < grid.row_gap * size) if grid.row_gap is not None else (top - bottom >= size):
            return False
    for column, first, last, top, bottom in spans:
        if first == last and column in over_two[first]:
            continue  # merged over its row and a neighbour empty in its column
        if cut_end and last == len(rows) - 1:
            continue  # WeasyPrint centres a cut row's cells on the whole row, its rest on the next page
        middle = (extents[first][0] + extents[last][1]) / 2
        if abs((top + bottom) / 2 - middle) > CENTRED_SLACK * size:
            return False
    return True


def _centred_over_two(
    rows: list[list[Line]], index: int, column: int, blocks: list[tuple[float, float]], grid: _Grid
) -> bool:
    """Is the column's text in row `index` (its `blocks`, `_cell_blocks`) one block, in the middle
    of this row and the one above or below together, that row holding no text in the column: one
    cell merged over both rows (a `rowspan`, centred across them, read with the row its middle fell
    in)?"""
    if len(blocks) != 1:
        return False
    middle = sum(blocks[0]) / 2
    size = rows[index][0].size
    for other in (index - 1, index + 1):
        if not 0 <= other < len(rows) or _in_column(rows[other], column, grid):
            continue
        first, last = sorted((index, other))
        joint = (_box_extent(rows[first], grid, skip={column})[0] + _box_extent(rows[last], grid, skip={column})[1]) / 2
        if abs(middle - joint) <= CENTRED_SLACK * size:
            return True
    return False


def _cell_blocks(band: list[Line], grid: _Grid) -> dict[int, list[tuple[float, float]]]:
    """Per column, the tops and bottoms of its blocks of lines, parted by more than half a line."""
    out: dict[int, list[tuple[float, float]]] = {}
    for line in band:
        for column, words in _by_column(line, grid).items():
            blocks = out.setdefault(column, [])
            top, bottom = min(w.top for w in words), max(w.bottom for w in words)
            if blocks and top - blocks[-1][1] < BLOCK_GAP * line.size:
                blocks[-1] = (blocks[-1][0], bottom)
            else:
                blocks.append((top, bottom))
    return out


def _fresh_cells(before: dict[int, list[Word]], now: dict[int, list[Word]], grid: _Grid) -> bool:
    """Does a line whose first column opens in lower case («сессия Генеральной Ассамблеи») start a
    row?  When that column surely opens a paragraph and two other columns or more open there,
    each empty on the line above or surely ended on it (`_ended`: the writer marks wraps): top-
    aligned cells open on their row's first line only."""
    fresh = [c for c in now if c != 0 and (c not in before or _ended(before[c], grid.rights[c], grid.marks_wraps))]
    return (
        0 in before
        and len(fresh) >= 2
        and _paragraph_break(before[0], now[0], grid.rights[0], 0.0)
        and not any(_goes_on(before[c], now[c], grid.rights[c], grid.marks_wraps) for c in now if c in before)
    )


def _others_open(before: dict[int, list[Word]], now: dict[int, list[Word]], grid: _Grid) -> bool:
    """Does the line start a row where the fit test cannot tell (its first word too long to have
    fitted after the text above, in the first column or another)?  When the other columns
    vouch for it: none of the columns that had text on the line above surely goes on there
    (`_goes_on`), and one of them surely opens a paragraph (its first word would have fitted
    within what its column's text reaches), or two of them or more start with a capital or a
    digit, or a column empty on the line above opens there.  A wrapped title leaves the other
    cells going on, or empty."""
    shared = [c for c in now if c in before]
    fresh = [c for c in now if c not in before]
    going = [c for c in shared if _goes_on(before[c], now[c], grid.rights[c], grid.marks_wraps)]
    opening = [c for c in shared if _opens(before[c], now[c], grid.rights[c], grid.marks_wraps)]
    # A writer that marks wraps leaves the glyph out only where the wrap's space would overflow:
    # a line in lower case under one that fills its column is no sure wrap.  A cell opening under
    # an empty one and another surely opening a paragraph outweigh it.
    unsure = grid.marks_wraps and bool(fresh) and bool(opening) and not any(_wraps(before[c][-1]) for c in going)
    if 0 not in shared or (going and not unsure):
        return False
    others = [c for c in shared if c != 0]
    return (
        len(others) >= 2
        or any(c in opening for c in others)
        # A cell that opens below an empty one: top-aligned cells open on their row's first line.
        or bool(fresh)
    )


def _ended_together(before: dict[int, list[Word]], now: dict[int, list[Word]], grid: _Grid) -> bool:
    """Does the line start a row though a cell beside goes on into it?  When the writer marks
    wraps and the first column and another both surely ended their paragraphs on the line above
    (`_ended`), the first word fitting there: two cells do not both open a second paragraph on
    one line; a cell going on is one merged over both rows (its word cut across their boundary,
    «внешнеэкономи» / «ческих связей»).  That cell is no second one to have ended: another must
    («не позднее 3» under «согласованию)»), or the line is the event's second paragraph beside
    the rest of the row's person («Пленарное заседание   й комитет МАГ»)."""
    if not grid.marks_wraps or 0 not in before or not _paragraph_break(before[0], now[0], grid.rights[0], 0.0):
        return False
    ended = [
        c
        for c in now
        if c in before and _ended(before[c], grid.rights[c], True) and not rest_of_a_cut_word(now[c][0].text)
    ]
    return 0 in ended and len(ended) >= 2


def _goes_on(above: list[Word], below: list[Word], right: float, marks_wraps: bool = False) -> bool:
    """Does the text `below` go on the paragraph above: a hyphen there or a wrap's space glyph,
    or a word in lower case that would not have fitted there?  Not when the writer marks wraps
    (`marks_wraps`) and the line above ends without the space glyph short of its column's reach
    by more than a space: it ended there («январь, ноябрь» over the next row's «ежегодно»).  The
    rest of a word cut at the column's edge goes on, however narrow («Исполнительны» / «й»)."""
    if _wraps(above[-1]) or rest_of_a_cut_word(below[0].text):
        return True
    if _ended(above, right, marks_wraps):
        return False
    return below[0].text[:1].islower() and not _paragraph_break(above, below, right)


def _ended(above: list[Word], right: float, marks_wraps: bool) -> bool:
    """Did the paragraph surely end with the line `above`: the writer marks wraps and the line
    ends without the space glyph short of its column's reach by more than a space?"""
    last = above[-1]
    return marks_wraps and not _wraps(last) and right - last.x1 > WRAP_SPACE_SLACK * SPACE_WIDTH * last.size


def _opens(above: list[Word], below: list[Word], right: float, marks_wraps: bool) -> bool:
    """Does the text `below` surely open a paragraph after `above` in one column: its first word
    would surely have fitted there, or the paragraph above surely ended (`_ended`)?  Never with the
    rest of a word cut at the edge (`rest_of_a_cut_word`)."""
    if rest_of_a_cut_word(below[0].text):
        return False
    return _paragraph_break(above, below, right, 0.0) or _ended(above, right, marks_wraps)


def _wraps(last: Word) -> bool:
    """Does a line ending in `last` surely go on: a hyphen at its end, or the space glyph a writer
    leaves at a wrap (LibreOffice)?"""
    return last.text.endswith(("-", "\u00ad")) or last.space_after


def _cells_open(before: dict[int, list[Word]], now: dict[int, list[Word]], grid: _Grid) -> bool:
    """Do the line's other cells open there too?  Each begins a paragraph where the line above
    had text in its column (its first word would have fitted there, or the paragraph above
    surely ended, `_ended`: «… городами-» / «членами МАГ» over the next row's «июль», or it is a
    date of its own under one, `_dates_apart`); or, where some column was empty above, none of
    them goes on in lower case (a new cell's first word need
    not fit after the last line of the cell above it, which ended there; a date cell opens in
    lower case, «по отдельному плану»).  The rest of a word cut at the column's edge («й комитет
    МАГ» under «Исполнительны»: no word opens so) opens nothing, however narrow it is."""
    breaks = {
        c: c not in before
        or (
            not rest_of_a_cut_word(words[0].text)
            and (
                _paragraph_break(before[c], words, grid.rights[c])
                or _ended(before[c], grid.rights[c], grid.marks_wraps)
                or _dates_apart(before[c], words, c, grid)
            )
        )
        for c, words in now.items()
    }
    if all(breaks.values()):
        return True
    return any(c not in before for c in now) and not any(
        not opened and now[c][0].text[:1].islower() for c, opened in breaks.items()
    )


def _by_column(line: Line, grid: _Grid) -> dict[int, list[Word]]:
    cells: dict[int, list[Word]] = {}
    for word in line.words:
        cells.setdefault(_column(word, grid.bounds), []).append(word)
    return cells


def _paragraph_break(above: list[Word], below: list[Word], right: float, slack: float = 1.0) -> bool:
    """Does the text `below` begin a paragraph after `above` in one column: the line above ends
    without a hyphen or a wrap's space glyph, and the first word below would have fitted after it?  The column's right
    edge is where its text reaches furthest, short of the cell's by up to `slack` font sizes
    (0: the word surely fits)."""
    return not _wraps(above[-1]) and _would_fit(above, below, right, slack)


def _would_fit(above: list[Word], below: list[Word], right: float, slack: float = 1.0) -> bool:
    """Would the first word `below` have fitted after the line `above`, a space between, short of
    the column's reach `right` by up to `slack` font sizes?"""
    last, first = above[-1], below[0]
    return last.x1 + SPACE_WIDTH * last.size + (first.x1 - first.x0) <= right + slack * last.size


def _header_cells(header: list[Line], grid: _Grid) -> tuple[list[Bbox], float]:
    """The header's cells, and where the rows under it start.

    A two-level header (a group name over two columns, «Место и сроки
    проведения» over «Место» and «Срок») is two rows: the group's cell spans
    its columns, every other header cell spans both rows.
    """
    top = min(line.top for line in header) - 0.5
    bottom = max(line.bottom for line in header) + 0.5
    # Columns placed from the rows' starts (`_refit`) may stand a hair right of where a header cell
    # starts (a scan's «Сроки» half a point left of the «1 кв.» under it): that cell is the column's.
    # The cells' boxes stay where the rows' are (the grid is built of both).
    words = [w for line in header for w in line.words]
    named = [sorted(cell, key=lambda w: w.x0) for cell in _groups(words)]
    starts = [cell[0].x0 for cell in named]
    bounds = [min([b, *(x - ALIGN / 2 for x in starts if b - ALIGN <= x < b)]) for b in grid.bounds]
    # A header cell reaches as far as its words do (the rows' text under it may be shorter), short of
    # the next column, where all its words stand in one column (a cell centred over a boundary of
    # columns placed from centred rows, «Срок рассмотрения» over «февраль», is the columns' to
    # tell); the last column's may reach past its text below it (the table's right edge).
    ends = [*grid.bounds, grid.right]
    reach = [0.0] * len(ends)
    for cell in named:
        column = _column(cell[0], bounds)
        if all(_column_at(w.x1 - ALIGN, bounds) == column for w in cell):
            reach[column] = max(reach[column], *(w.x1 for w in cell))
    rights = [min(max(right, far), end) for right, far, end in zip(grid.rights, reach, ends, strict=True)]
    upper = [i for i, line in enumerate(header) if _crossing(line, bounds)]
    if not upper or upper[-1] == len(header) - 1:
        return [(x0, top, x1, bottom) for x0, x1 in zip(grid.lefts, rights, strict=True)], bottom
    middle = (header[upper[-1]].bottom + header[upper[-1] + 1].top) / 2
    spans: list[list[int]] = [[c] for c in range(len(grid.lefts))]
    for line in header[: upper[-1] + 1]:
        for word in line.words:
            first, last = _column(word, bounds), _column_at(word.x1 - ALIGN, bounds)
            if last > first:  # the word runs over into the next columns: one group
                merged = sorted({c for span in spans if span[0] <= last and span[-1] >= first for c in span})
                spans = [span for span in spans if not (span[0] <= last and span[-1] >= first)] + [merged]
    cells: list[Bbox] = []
    for span in sorted(spans):
        x0, x1 = grid.lefts[span[0]], rights[span[-1]]
        if len(span) == 1:
            cells.append((x0, top, x1, bottom))
        else:
            cells.append((x0, top, x1, middle))
            cells.extend((grid.lefts[c], middle, rights[c], bottom) for c in span)
    return cells, bottom


def _column_at(x: float, bounds: list[float]) -> int:
    return sum(1 for b in bounds if x >= b)


def _page_cells(
    lines: list[Line],
    grid: _Grid,
    header: list[Line],
    cut: bool = True,
    page_top: bool = False,
    foot: bool = False,
    cut_over: bool = False,
    opens: bool = False,
) -> tuple[Bbox, list[Bbox]]:
    """The rows of one page's table lines (under the header's lines on its page), and the cell
    boxes; with `cut`, they may open with the rest of a row that the page break cut; with
    `page_top`, they open a page after the table's first (`_centred`); with `foot`, they end the
    page, the table going on over the break (their last row may be cut); with `cut_over`, the
    next page opens with the rest of their last row (`_goes_on_over`); with `opens`, they open
    the table, right under its header (`_split_numbered`)."""
    rows: list[tuple[float, float, bool]] = []  # (top, bottom, spans the whole width)
    parts: list[list[Line]] = []
    cells: list[Bbox] = []
    header_bottom = None
    if header:
        cells, header_bottom = _header_cells(header, grid)
    bands = _bands(lines, grid, cut, page_top, cut_over)
    for index, band in enumerate(bands):
        split = _split_numbered(band, grid, cut and index == 0, opens=opens and index == 0)
        cut_end = foot and index == len(bands) - 1
        for part in (
            row
            for at, numbered in enumerate(split)
            for row in _split_unnumbered(numbered, grid, cut_end and at == len(split) - 1)
        ):
            top = min(line.top for line in part) - 0.5
            if not rows and header_bottom is not None:
                # Rows set without padding touch the header (a word processor's table printed
                # without its rules): the first row starts under it, or the header's cells, a
                # hair taller, would cover it and take its text (`grid.from_cells`).
                top = max(top, min(header_bottom, min((line.top + line.bottom) / 2 for line in part)))
            bottom = max(line.bottom for line in part) + 0.5
            # A heading with its number («II.») is read as a numbered row: number, then name.
            heading = _heading_side_of(part, grid) is True and not any(_numbered(ln, grid) for ln in part)
            # The header printed again («№ Мероприятие Срок» over a section's rows) is read in the
            # columns, however close its «№» stands to the next cell.
            spanning = (
                len(part) == 1 and _crossing(part[0], grid.bounds) and id(part[0]) not in grid.repeats
            ) or heading
            rows.append((top, bottom, spanning))
            parts.append(part)
    spanning_rows = [spanning for _, _, spanning in rows]
    groups = _group_spans(parts, spanning_rows, grid)
    # (first row, column) → the last row the cell covers.
    # (A text run over into the next row spans two; `_merged_down` may know of three.)
    merged = {key: key[0] + 1 for key in _run_over(parts, spanning_rows, grid)} | _merged_down(
        parts, spanning_rows, grid, foot
    )
    spans = {key: last for key, last in merged.items() if key[1] not in groups}
    spans.update({key: last for column in groups.values() for key, last in column.items()})
    covered = {(row, column) for (first, column), last in spans.items() for row in range(first + 1, last + 1)}
    for index, (top, _, spanning) in enumerate(rows):
        below = rows[index + 1][0] if index + 1 < len(rows) else rows[-1][1]
        if spanning and _tail_part(parts, index, grid):
            # The event's cell of the row above, wider than its column: all its words the event's.
            cells.append((grid.left, top, grid.lefts[grid.title], below))
            cells.append((grid.lefts[grid.title], top, grid.right, below))
            continue
        if spanning:
            cells.append((grid.left, top, grid.right, below))
            continue
        for column, (x0, x1) in enumerate(zip(grid.lefts, grid.rights, strict=True)):
            if (index, column) in covered:
                continue  # the cell above covers this row too
            low = below
            if (last := spans.get((index, column))) is not None:
                low = rows[last + 1][0] if last + 1 < len(rows) else rows[last][1]
            cells.append((x0, top, x1, low))
    return (grid.left, min(c[1] for c in cells), grid.right, max(c[3] for c in cells)), cells
