"""Plans printed without ruling: the cell grid of a scanned page from its words' alignment.

A table without drawn lines (tab stops, a monospaced plain-text plan, a
Markdown table with a rule under its header only, a word processor's table
without borders) has no ruling for `grid` to find, and the page's words came
out as paragraphs: «no plan table found».  The PDF reader finds such a
table from its header and its columns' alignment (`pdf.plain`); a page's OCR
words are laid out the same way, so the same finder runs on them, in points,
and its cell boxes become the page's table grid: the words go to its cells as
to a ruled table's.  For a page on which no ruled table was found, or whose ruled boxes hold
fewer than half its words (then over the words outside them: `page._blocks`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from statistics import median

import cv2
import numpy as np

from magplan.extract.ocr.grid import GridCell, TableGrid
from magplan.extract.ocr.image import Image, components
from magplan.extract.ocr.lines import EM_PER_HEIGHT
from magplan.extract.pdf.grid import from_cells
from magplan.extract.pdf.plain import MIN_CHANNEL, Bbox, Rule, plain_tables, space_apart
from magplan.extract.pdf.words import Line, Word, group_lines
from magplan.normalize import lexicon
from magplan.normalize.numbers import row_number
from magplan.text import NUMERO_MISREAD

# PDF coordinates are points: 72 a inch.
_POINTS = 72.0
# A horizontal rule is at least this long (pixels at 300 dpi: 3.4 cm, longer than a signature's
# «__________») and this many times as long as thick.
_RULE_LENGTH = 400
_RULE_SHAPE = 10
# `_centred_apart`: words of one line whose middles stand this share of a word's height apart,
# and their feet this share, are on two lines of at least this many words each; words shorter
# than this share of the line's usual height are not measured, and a box taller by this share
# and reaching under the others' feet holds a letter of the line under it.
_CENTRED_APART = 0.35
_BASELINES_APART = 0.3
_LINE_WORDS = 2
_BODY_HEIGHT = 0.7
_TALL_BOX = 1.3
# A scan's words start this many points off where they were printed (`_starts_aligned`), or this
# share of their size: a box hugs the ink, and a figure's side bearing is wider than a letter's
# («14» over «марта», printed at one x, stand 0.17 em apart).
_JITTER = 2.0
_JITTER_EM = 0.2
# A footnote's marker is a figure or two at most this share of the page's figures' height (a
# superscript is printed at about 0.6 of the text's size).
_FIGURES = re.compile(r"[\d.,:/–-]*\d[\d.,:/–-]*")
_MARKER_FIGURES = 2
_MARKER_HEIGHT = 0.8
# The piece of a «№ п/п» header cell before a capitalised header word it was read glued to, and
# the lines round it (in its lines' heights) where its second part's other line may start.
_NUMERO_GLUED = re.compile(r"^(?:№\s?)?п/п?(?=[А-ЯЁ][а-яё]{2})")
_NEIGHBOUR_LINES = 3
# The «№» header cell (or its «п/п»), however close the next cell's capitalised header word follows
# («№ Наименование» a hair apart): it ends its cell («№ 8» of a protocol is followed by a figure).
_NUMERO_CELL = re.compile(r"^(?:№|№\s?п/п?|п/п?)$")
_HEADER_WORD = re.compile(r"^[А-ЯЁ][а-яё]{2,}")
# A space is about this share of a word's height (a quarter of an em, the box a little over one).
_SPACE_HEIGHTS = 0.25
# A dash read glued to the small letters after it.
_DASH_GLUED = re.compile(r"^([-–—])([а-яёa-z]{2,}\W*)$")
# Row numbers opening this many lines, one under another, make a column of them.
_NUMBER_COLUMN = 3
# Words of this many lines starting within `_START_SLACK` font sizes of one x after a column's gap
# mark a column's left edge (`_mark_cells_a_space_apart`).
_ALIGNED_STARTS = 3
_START_SLACK = 0.25
# ... and at least this share of the starts within `_SPREAD` slacks of them start there.
_SPREAD = 3
_EDGE_SHARE = 0.75


@dataclass(frozen=True, slots=True)
class PageWords:
    """What the table finder needs of a page read: its words and horizontal rules in pixels at `dpi`."""

    words: list[Word]
    rules: list[Rule]
    dpi: float
    width: int


def unruled_tables(words: list[Word], rules: list[Rule], dpi: float, width: int) -> list[TableGrid]:
    """The tables found from the alignment of a page's words and its horizontal `rules` (pixels at
    `dpi`, the page `width` wide)."""
    return [cell_grid(cells) for cells in continued_cells([PageWords(words, rules, dpi, width)])]


def continued_cells(pages: list[PageWords]) -> list[list[Bbox]]:
    """The cell boxes (pixels) of each table part on the last of `pages`, where the plan table whose
    header stands on the first page goes on: over the pages between and onto it, without its header
    (a table ruled under its rows only, or not at all, printed over pages).  One page alone: its own
    tables."""
    printed = []
    for number, page in enumerate(pages, 1):
        scale = _POINTS / page.dpi
        rules = [(y * scale, x0 * scale, x1 * scale) for y, x0, x1 in page.rules]
        printed.append((number, _as_printed(page.words, scale), rules))
    last = pages[-1]
    scale = _POINTS / last.dpi
    found = plain_tables(printed, page_middle=last.width * scale / 2)
    return [[_pixels(box, scale) for box in cells] for _, cells in found.get(len(pages), [])]


def horizontal_rules(bw: Image, unit: float) -> list[Rule]:
    """The long horizontal lines of a page's ink (`bw`, 255) as (y, x0, x1): a rule under a header
    alone (pandoc's, «booktabs»), which `grid` takes for no table, or a footnote separator."""
    length = max(round(_RULE_LENGTH * unit), 20)
    thick = cv2.dilate(bw, np.ones((max(round(3 * unit), 1), 1), np.uint8))
    lines = cv2.morphologyEx(thick, cv2.MORPH_OPEN, np.ones((1, length), np.uint8))
    count, _labels, stats = components(lines)
    rules: list[Rule] = []
    for k in range(1, count):
        x, y, w, h, _area = (int(v) for v in stats[k])
        if w >= _RULE_SHAPE * h:
            rules.append((y + h / 2, float(x), float(x + w)))
    return rules


def _as_printed(words: list[Word], scale: float) -> list[Line]:
    """The words in lines, in points, boxed as a PDF boxes them.

    Tesseract's box hugs a word's glyphs: «мама» is half as tall as «Дубровка»,
    and wrapped lines of a cell stand as far apart as rows.  A PDF word's box
    spans its font's height and its size is the font's, the same for the
    words of a line and of the page's text: the gaps `plain` measures in font
    sizes are between such boxes.  So every word takes its line's top and
    bottom, and the page's usual size; and only a figure smaller than the
    page's figures stays raised (`_marker`).
    """
    lines = [
        part
        for line in group_lines(_in_points(w, scale) for word in words for w in _unglued(word, words))
        for part in (_centred_apart(line) if any(row_number(w.text) is not None for w in line.words) else [line])
    ]
    if not lines:
        return lines
    size = median(line.bottom - line.top for line in lines) / EM_PER_HEIGHT
    figures = [w.bottom - w.top for line in lines for w in line.words if _FIGURES.fullmatch(w.text)]
    figure = median(figures) if figures else None
    for line in lines:
        line.words = [
            replace(w, top=line.top, bottom=line.bottom, size=size, raised=w.raised and _marker(w, figure))
            for w in _without_border_bars(_without_glyph_parts(line.words))
        ]
        line.size = size
    _starts_aligned(lines, max(_JITTER, _JITTER_EM * size))
    # A row's number ends its cell, however close the event's name stands after it (a spreadsheet
    # sets numbers flush right in their column): a PDF's text box ends there.  Numbers in a
    # column of them only: a date column printed first («12 января») or a wrapped title's line
    # opening with a figure («9 классов») stand alone.
    numbers = [
        line.words[0]
        for line in lines
        if len(line.words) > 1 and row_number(line.words[0].text) is not None and line.words[1].text[:1].isalpha()
    ]
    for number in numbers:
        column = [w for w in numbers if abs(w.x1 - number.x1) <= size or abs(w.x0 - number.x0) <= size]
        number.box_end = len(column) >= _NUMBER_COLUMN
    _mark_cells_a_space_apart(lines, size)
    for line in lines:
        for a, b in pairwise(line.words):
            if _NUMERO_CELL.match(a.text) and _HEADER_WORD.match(b.text):
                a.box_end = True
    return lines


def _starts_aligned(lines: list[Line], jitter: float) -> None:
    """Words that start within `jitter` points of each other start where the leftmost of them
    does.  A scan's words stand a point or so off where they were printed: a date a point left of
    the column's start that the header's word places (taken for a line across the columns), or
    right of it.  A PDF's words start where their cells do.

    The starts are taken in windows `jitter` wide round a start, the one holding the most words
    first: a column's words then start together, not with a paragraph's word that stood a little
    left of them («квартал» of the heading, which took two of the column's dates and left the
    others), nor a number a little left of its column's with a stray word further left.
    """
    counts = Counter(w.x0 for line in lines for w in line.words)
    xs = np.array(sorted(counts))
    weights = np.array([counts[x] for x in xs], dtype=float)
    # Each start's window: the starts within half the jitter either side (a column's words stand
    # on both sides of where it was printed).
    lows = np.searchsorted(xs, xs - jitter / 2, side="left")
    highs = np.searchsorted(xs, xs + jitter / 2, side="right")
    alive = np.ones(len(xs), dtype=bool)
    at: dict[float, float] = {}
    while alive.any():
        held = np.concatenate(([0.0], np.cumsum(weights * alive)))
        inside = np.where(alive, held[highs] - held[lows], -1.0)
        best = int(np.argmax(inside))  # (the leftmost of the fullest)
        window = [k for k in range(int(lows[best]), int(highs[best])) if alive[k]]
        for k in window:
            at[float(xs[k])] = float(xs[window[0]])
        alive[window] = False
    for line in lines:
        line.words = [replace(w, x0=at[w.x0]) if at[w.x0] != w.x0 else w for w in line.words]


def _centred_apart(line: Line) -> list[Line]:
    """The line, or its words on two lines (each parted again) where their middles stand apart by
    `_CENTRED_APART` of a word's height and their baselines by `_BASELINES_APART`, two words each
    at least: a browser centres a row's one-line cells between the first and second line of the
    cells beside them, and Tesseract's boxes, hugging the glyphs, overlap both lines by half (a
    PDF's font boxes do not).  Joined to the upper line, they made it a line and a half tall, and
    the row's number in it stood at the row's top, not its middle.  Capitals, figures and small
    letters on one line share their baseline, however far apart their tops; a raised marker is a
    word alone.  Words much shorter than the line's (marks) are not measured; a box much taller
    (a letter of the line under it read into the word: «Участие» over «Беларуси»'s «Б») is
    placed from its top."""
    height = median(w.bottom - w.top for w in line.words)
    foot = median(w.bottom for w in line.words)

    def tall(word: Word) -> bool:
        # Taller than a line's words and reaching under their feet (a capital reaches above).
        return word.bottom - word.top > _TALL_BOX * height and word.bottom - foot > _BASELINES_APART * height

    def middle(word: Word) -> float:
        return word.top + height / 2 if tall(word) else (word.top + word.bottom) / 2

    body = [w for w in line.words if w.bottom - w.top >= _BODY_HEIGHT * height]
    in_body = {id(w) for w in body}
    # (A tall box's middle is a guess: it is placed by the cut, it does not choose it.)
    measured = sorted((w for w in body if not tall(w)), key=middle)
    if len(measured) < 2:
        return [line]
    gap, at = max((middle(b) - middle(a), at) for at, (a, b) in enumerate(pairwise(measured), 1))
    upper_base = median(w.bottom for w in measured[:at])
    lower_base = median(w.bottom for w in measured[at:])
    cut = (middle(measured[at - 1]) + middle(measured[at])) / 2
    upper = [w for w in line.words if middle(w) <= cut]
    lower = [w for w in line.words if middle(w) > cut]
    if (
        gap < _CENTRED_APART * height
        or lower_base - upper_base < _BASELINES_APART * height
        or min(len([w for w in upper if id(w) in in_body]), _line_words(lower, upper, in_body)) < _LINE_WORDS
        # The row's number centred under a first line in small letters («участие», a capital read
        # small): that line would go on the row above, the number's row losing it.
        # (Its words of the body's height: a speck read as «м» is no line's first word.)
        or (
            any(row_number(w.text) is not None for w in lower)
            and min((w for w in upper if id(w) in in_body), key=lambda w: w.x0).text[:1].islower()
        )
    ):
        return [line]
    return [
        *_centred_apart(Line(upper, min(w.top for w in upper), max(w.bottom for w in upper), line.size)),
        *_centred_apart(Line(lower, min(w.top for w in lower), max(w.bottom for w in lower), line.size)),
    ]


def _line_words(words: list[Word], upper: list[Word], in_body: set[int]) -> int:
    """How many of a lower line's words (of the body's height) make it a line of its own: a row's
    number alone left of the `upper` line's words counts as two, as it stands in a column of its
    own (a browser centres it between the first and second line of a row's two-line cells, half a
    line under their first).  Not over them: a figure raised there is a footnote's marker; nor
    right of them: a year or a count read a little low is a word of its line."""
    body = [w for w in words if id(w) in in_body]
    if len(body) == 1 and row_number(body[0].text) is not None and all(body[0].x1 <= w.x0 for w in upper):
        return _LINE_WORDS
    return len(body)


def _mark_cells_a_space_apart(lines: list[Line], size: float) -> None:
    """Mark the word before a word a space from it that starts where a column's cells start.

    A print without cell padding (WeasyPrint's default) sets the next cell a space after the
    text of the one before («старинный» март»): a PDF's text boxes end there, a scan shows no
    more than a space.  Where words of at least `_ALIGNED_STARTS` lines start at one x after a
    column's gap (or rows' numbers opening their lines), that x is a column's left edge (the
    header's «Дата» over «18 мая», «15–16 мая»), and a word a space before it on another line
    ends its cell (`Word.box_end`) when the words a space apart before it start inside the column
    to the left (before a row's number, anywhere in the table: a month's merged cell): a
    signature's «Начальник управления» set from the page's margin, left of the numbers' column, is
    no row."""
    gap, slack = MIN_CHANNEL * size, _START_SLACK * size
    # (A row's number in a column of them ends its cell however close the event's name follows:
    # where the name starts is a column's edge, a narrow «№» column's channel narrower than a gap.)
    after_gaps = [b.x0 for line in lines for a, b in pairwise(line.words) if b.x0 - a.x1 >= gap or a.box_end]
    if not after_gaps:
        return  # no line holds two cells
    starts = _edges(after_gaps, slack)
    # The rows' numbers opening their lines in a column (`_as_printed` ended their boxes): a number
    # there a space after another cell's word starts a cell too (a month's merged cell: «Февраль 3»).
    column = [w.x0 for ln in lines for w in ln.words[:1] if w.box_end]
    numbers = _edges(column, slack)
    # Where the cells before them start: those, and the page's left margin, however ragged.
    firsts = [line.words[0].x0 for line in lines if line.words]
    edges = sorted({min(firsts), *starts, *numbers, *_edges(firsts, slack)})
    # The rows start no further left than a line with a row's number among its first words, in the
    # numbers' column: a signature at the page's margin («Начальник управления»), left of the
    # numbers, is no row; a month's cell before them is.
    table_left = min(
        (
            ln.x0
            for ln in lines
            if any(row_number(w.text) is not None and any(abs(w.x0 - x) <= size for x in column) for w in ln.words[:2])
        ),
        default=None,
    )
    for line in lines:
        run_start = line.words[0].x0 if line.words else 0.0
        for a, b in pairwise(line.words):
            if b.x0 - a.x1 >= gap or a.box_end:
                run_start = b.x0
                continue
            if not space_apart(a, b):
                continue  # words of two lines read as one, or a mark between two words
            number = row_number(b.text) is not None and any(abs(b.x0 - x) <= slack for x in numbers)
            if not number and not any(abs(b.x0 - x) <= slack for x in starts):
                continue
            left = [x for x in edges if x < b.x0 - slack]
            floor: float | None
            if number and table_left is not None:
                # A row's number after the cell before it: that cell starts anywhere in the table
                # (a month's name centred in its merged cell starts where no other line does; an
                # edge that lines outside the table place, a menu's, is no column's).
                floor = table_left
            else:
                floor = max(left[-1], left[-1] if table_left is None else table_left) if left else None
            if floor is not None and run_start >= floor - slack:
                a.box_end = True
                run_start = b.x0


def _edges(starts: list[float], slack: float) -> list[float]:
    """The x where words of at least `_ALIGNED_STARTS` lines start, all within `slack` of each other,
    and few start near it otherwise: a left-aligned column's edge (a centred column's words start
    all over, «февраль» at 518, «сентябрь» at 519, «март» at 527)."""
    edges = []
    for run in _runs_within(sorted(starts), slack):
        if len(run) < _ALIGNED_STARTS or run[-1] - run[0] > slack:
            continue
        near = [x for x in starts if run[0] - _SPREAD * slack <= x <= run[-1] + _SPREAD * slack]
        if len(run) >= _EDGE_SHARE * len(near):
            edges.append(median(run))
    return edges


def _runs_within(values: list[float], slack: float) -> list[list[float]]:
    """Sorted `values` in runs, each value within `slack` of the one before it."""
    runs: list[list[float]] = []
    for value in values:
        if runs and value - runs[-1][-1] <= slack:
            runs[-1].append(value)
        else:
            runs.append([value])
    return runs


def _unglued(word: Word, words: list[Word]) -> list[Word]:
    """The word, or the two words Tesseract read as one across a gap of a space between cells; a
    misread «№» («Ne», «No») as «№», which heads the row numbers' column to the table finder (the
    cells' text is the words' own, corrected later: `ocr_fix`)."""
    if NUMERO_MISREAD.match(word.text):
        return [replace(word, text="№")]
    cut = next((k for k in range(1, len(word.text)) if _cut_fits(word.text, k)), None)
    if cut is not None and _NUMERO_GLUED.match(word.text) is None:
        # Two cells' words a space apart or touching, read as one where a small letter meets a
        # capital («мероприятияСрок»): parted as their letters share the box, each part again.  (A
        # name in camel case, «ЭкоФест», is parted too: to the finder only, the cell's text keeps it.)
        first, rest = _split_at(word, cut)
        return [*_unglued(first, words), *_unglued(rest, words)]
    if _DASH_GLUED.match(word.text) is None:
        return _numero_unglued(word, words)
    # A range's dash at a cell's end read glued to the next cell's word («25 апреля –» beside
    # «улицы»: «-улицы»): a dash is set a space apart from the words round it.  (A list typed with
    # dashes and no space, «-подготовка», is parted too: the same text, a dash before its item.)
    return list(_split_at(word, 1))


def _numero_unglued(word: Word, words: list[Word]) -> list[Word]:
    """The word, or its two parts where it is a «№ п/п» header cell's piece read glued to the next
    cell's header word («п/Наименование»): a narrow cell wraps «№ п/» over «п», and a print without
    padding sets «Наименование» a space on.  Parted as their letters share the box, and the second
    part starts where a word of the lines round it does within a letter's height (its cell's other
    line: «мероприятия»), where one does; the piece ends its cell (`Word.box_end`)."""
    glued = _NUMERO_GLUED.match(word.text)
    if glued is None:
        return [word]
    k = glued.end()
    height = word.bottom - word.top
    guess = word.x0 + (word.x1 - word.x0) * k / len(word.text)
    # (Right of the piece's own middle: «п» wrapped under «п/» starts where the piece does.)
    near = [
        w.x0
        for w in words
        if w is not word
        and abs(w.top - word.top) <= _NEIGHBOUR_LINES * height
        and (word.x0 + guess) / 2 < w.x0 < word.x1
        and abs(w.x0 - guess) <= height
    ]
    start = min(near, key=lambda x: abs(x - guess), default=guess)
    piece, rest = _split_at(word, k, start)
    # A space before the second part: aligned with the starts round it (`_starts_aligned`), it
    # still starts after the piece's end.
    return [replace(piece, x1=max(word.x0 + 1, start - height * _SPACE_HEIGHTS), box_end=True), rest]


def _split_at(word: Word, k: int, start: float | None = None) -> tuple[Word, Word]:
    """`word` parted before its letter `k`: the second part starts at `start`, or where the letters'
    share of the box puts it, a pixel after the first part's end."""
    cut = word.x0 + (word.x1 - word.x0) * k / len(word.text) if start is None else start - 1
    return replace(word, text=word.text[:k], x1=cut), replace(word, text=word.text[k:], x0=cut + 1)


def _without_glyph_parts(words: list[Word]) -> list[Word]:
    """The line's words without those Tesseract read raised inside the word before, within its
    width: a part of its glyphs read twice (the raised «о» of a «№» as a «7»), where a footnote's
    marker stands after its word."""
    kept: list[Word] = []
    for word in words:
        if word.raised and kept and kept[-1].x0 <= word.x0 and word.x1 <= kept[-1].x1:
            continue
        kept.append(word)
    return kept


def _without_border_bars(words: list[Word]) -> list[Word]:
    """The line's words without a bar read between two of them («№ | Мероприятие»: a dotted or
    faint border between two cells, read as a glyph), the word before it ending its text box (a
    cell ends there, however close the next one's text stands: `plain._groups`)."""
    kept: list[Word] = []
    for at, word in enumerate(words):
        if word.text == "|" and kept and at + 1 < len(words):
            kept[-1] = replace(kept[-1], box_end=True)
            continue
        kept.append(word)
    return kept


def _marker(word: Word, figure: float | None) -> bool:
    """Is a word the grouping found raised a footnote's marker: a figure or two smaller than the
    page's figures (`figure`: their usual height)?  Measured against the line's tallest word, a
    row's number («3») beside words with descenders («Велопробег», «Драмтеатр») stood smaller and
    higher: read as a marker, it opened no row, and the table ended there.  A word of letters is
    no marker, nor is a figure as tall as the page's (a marker read as «*» is one by its mark)."""
    return (
        figure is not None
        and _FIGURES.fullmatch(word.text) is not None
        and len(word.text) <= _MARKER_FIGURES
        and word.bottom - word.top < _MARKER_HEIGHT * figure
    )


def _in_points(word: Word, scale: float) -> Word:
    x0, x1, top, bottom = word.x0 * scale, word.x1 * scale, word.top * scale, word.bottom * scale
    return replace(word, x0=x0, x1=x1, top=top, bottom=bottom, size=word.size * scale)


def _pixels(box: Bbox, scale: float) -> Bbox:
    x0, top, x1, bottom = box
    return float(round(x0 / scale)), float(round(top / scale)), float(round(x1 / scale)), float(round(bottom / scale))


def cell_grid(boxes: list[Bbox]) -> TableGrid:
    """A table grid of the cell boxes (whole pixels), each pixel of its box labelled with the cell that holds it."""
    grid = from_cells(boxes)
    x0, y0 = round(grid.xs[0]), round(grid.ys[0])
    table = TableGrid(x0, y0, round(grid.xs[-1]) + 1, round(grid.ys[-1]) + 1, rows=grid.rows, cols=grid.columns)
    table.labels = np.zeros((table.y1 - y0, table.x1 - x0), np.int32)
    for index, (box, (row, col, colspan)) in enumerate(zip(grid.cells, grid.place, strict=True)):
        left, top, right, bottom = (round(v) for v in box)
        rowspan = sum(1 for r in range(grid.rows) if grid.owner.get((r, col)) == index) or 1
        table.cells.append(GridCell(left, top, right, bottom, row, col, rowspan, colspan))
        table.labels[top - y0 : bottom - y0, left - x0 : right - x0] = index + 1
    return table


# A word read across a column's edge is parted within this many letters of where the edge falls.
_EDGE_LETTERS = 2
# ... or into two words of the dictionary of this many letters each at least (a short word's forms
# would part many a long one: «Кино|клуб», «Фото|студия»); the punctuation round them aside.
_DICTIONARY_PART = 4
# The first parts of compound words the dictionary lacks («Киноклуб», «Фотостудия», «Полумарафон»):
# words of their own too, they part none.
_COMPOUND_HEADS = frozenset(
    {
        "кино", "фото", "видео", "аудио", "медиа", "анти", "интер", "полу", "спорт", "стрит", "авто", "агро",
        "теле", "радио", "мини", "супер", "мега", "евро", "красно", "добро",
    }
)  # fmt: skip
_AROUND_WORD = "«»\"'()[],.;:!?"


def part_across_columns(words: list[Word], tables: list[TableGrid]) -> list[Word]:
    """`words` with each one read across a column's edge of a table found without ruling parted
    there: WeasyPrint's default print sets the next cell a space after the text before it, and
    Tesseract may read the two as one word («паркаапрельАктив»).  The edge falls between two of
    its letters as their share of the box puts it; the cut goes within `_EDGE_LETTERS` of there,
    where a small letter meets a capital; nowhere else (a long word over an edge placed a little
    wrong stays whole, and so do two cells' words joined in small letters, «паркаапрель»)."""
    out: list[Word] = []
    for word in words:
        out.extend(_parted(word, _edges_inside(word, tables)))
    return out


def _edges_inside(word: Word, tables: list[TableGrid]) -> list[float]:
    """The columns' left edges of the table `word` stands in that fall well inside its box."""
    for table in tables:
        if table.y0 <= word.cy < table.y1 and table.x0 <= word.cx < table.x1:
            margin = (word.x1 - word.x0) / max(len(word.text), 1)
            lefts = sorted({cell.x0 for cell in table.cells})
            return [x for x in lefts if word.x0 + margin < x < word.x1 - margin]
    return []


def _parted(word: Word, edges: list[float]) -> list[Word]:
    if not edges:
        return [word]
    text, width = word.text, word.x1 - word.x0
    edge = edges[0]
    near = round((edge - word.x0) / width * len(text))
    cuts = [k for k in range(max(near - _EDGE_LETTERS, 1), min(near + _EDGE_LETTERS, len(text) - 1) + 1)]
    best = next((k for k in sorted(cuts, key=lambda k: abs(k - near)) if _cut_fits(text, k)), None)
    if best is None:
        return _parted(word, edges[1:])  # no join at this edge: the next one may part it
    left, right = _split_at(word, best, word.x0 + round(width * best / len(text)) + 1)
    return [left, *_parted(right, [x for x in edges[1:] if right.x0 < x < right.x1])]


def _cut_fits(text: str, k: int) -> bool:
    """Does a cut of `text` before letter `k` part two words: a small letter before a capital (a
    Russian word seldom holds one; two dictionary words may make one: «Между» + «народный»), or
    two words of the dictionary that joined make none («парка» + «апрель»: two cells' words of
    small letters read as one)?"""
    if text[k - 1].islower() and text[k].isupper():
        return True
    head, rest = text[:k].lstrip(_AROUND_WORD), text[k:].rstrip(_AROUND_WORD)
    # (A name is no such pair: «Твердо» + «хлебов»; a word in small letters is looked up once.)
    return (
        len(head) >= _DICTIONARY_PART
        and len(rest) >= _DICTIONARY_PART
        and head[0].islower()
        and head not in _COMPOUND_HEADS
        and not _known(text.strip(_AROUND_WORD))
        and _known(head)
        and _known(rest)
    )


@lru_cache(maxsize=4096)
def _known(word: str) -> bool:
    return lexicon.russian_word(word)
