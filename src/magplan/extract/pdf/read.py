"""A PDF's pages → `Layout`, whichever engine (`pdfium` or `plumber`) read them.

Each page comes as glyphs and ruling lines (`page.PageContent`).  Glyphs
become words (`words`); ruling lines become table grids (`grid`).  A table
that holds another table inside it is a web page's layout box, not data: its
cells are read as text regions, like the page around the tables.  Each data
table becomes one `Table` per page (the assembler stitches pages together),
its cell text rebuilt from the words under each cell: lines become paragraphs
by the geometry of wrapping, markers superscript characters, cells wider or
taller than the grid `colspan` / `merged_up`.  Words outside the tables give
the title, approval, signature and footnotes as paragraphs in reading order;
running heads and feet (a browser's date, address and «1/3», page numbers)
are left out.  A PDF with no drawn table at all falls back to columns found
from the header words (`plain`).
"""

from __future__ import annotations

import re
from bisect import bisect, bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from itertools import combinations, pairwise
from pathlib import Path
from statistics import median

from magplan.assemble import is_header_row
from magplan.errors import DamagedFile, NeedsOCR
from magplan.extract._text_tables import drawing_lines
from magplan.extract._title_under import title_under_table
from magplan.extract.pdf.grid import JOIN, SNAP, Bbox, Grid, Rule, find_tables, from_cells, horizontal_rules
from magplan.extract.pdf.page import ENGINES, PageContent
from magplan.extract.pdf.plain import plain_tables
from magplan.extract.pdf.words import (
    BASELINE_SLACK,
    DESCENT,
    MAX_SPACE,
    SIZE_STEP,
    SPACE_WIDTH,
    TAB_GAP,
    Glyph,
    Line,
    Typography,
    Word,
    group_lines,
    join_lines,
    page_words,
    upright_glyphs,
    wrap_marks,
)
from magplan.layout import Block, Cell, ExtractWarning, Layout, Paragraph, Row, Table
from magplan.requisites import (
    YEAR,
    is_date_alone,
    is_name,
    is_plan_heading,
    position_starts,
    starts_requisite,
    wrapped_name,
)
from magplan.text import BULLET_GLYPHS, MARKER_CHARS, PAGE_NUMBER, bare, clean, superscript

# Page numbers and running heads are printed in this share of the page height at the top or bottom.
MARGIN_ZONE = 0.1
# A vertical gap between lines larger than this many font sizes starts a new paragraph.
PARAGRAPH_GAP = 0.5
# A form field is this many of its label's font sizes high, and holds at most this many words
# (a drop-down list's value and its arrow); a field's value or placeholder, one line of at most
# this many («- Любой - ˅», «Найти элемент»).
FIELD_LINES = (1.0, 2.5)
FIELD_VALUE = 2
FIELD_WORDS = 4
# … and leaves at least this many of its heights free after its value: a field's blank or a
# list's arrow (a word framed as text fills its box).
FIELD_ROOM = 0.5
# Below this share of Cyrillic among the letters, the text layer is a broken font encoding.
MIN_CYRILLIC = 0.25
# A page with fewer characters than this has no text of its own (at most a scanner's page stamp).
MIN_PAGE_CHARS = 20
# Above this share of characters without a Unicode mapping, the text layer is unreadable.
MAX_UNMAPPED = 0.05
# Outside table cells: a writer that leaves a space glyph at the end of this many sure wraps
# (and this share of them: the rest are cut words, wraps where the space would overflow and
# paragraph ends that go on in lower case) marks every wrap so; LibreOffice does, browsers do not.
MIN_WRAP_SPACES = 2
MIN_WRAP_SHARE = 0.5
# In table cells: LibreOffice leaves the space glyph at the end of every sure wrap (one cut word's
# may slip through); Chromium at some, where its text runs happen to split there — up to half of
# a table's few, now and then.  A writer that marks this share of them marks wraps.
TABLE_WRAP_SHARE = 0.75
# Fewer gaps between words than this measure no space width.
MIN_SPACE_GAPS = 5
# A cell's inner margin is at most this (points); more is a centred or indented text.
MAX_PADDING = 12.0
# A browser draws a table's rules on whole pixels (a CSS pixel is 0.75 pt) and sets the text where
# its layout put it: a column's text stands off its left rule by the padding give or take half a
# pixel either way, so the columns' offsets spread over a pixel at most.
PIXEL = 0.75
# Two texts side by side over this many lines (each with a line of the other beside it) are two
# columns, not a position wrapped beside its name.
MIN_SIDE_LINES = 2
# An underline (a link's, `text-decoration`) lies this many font sizes under its words' baseline at
# most (browsers draw it 0.04–0.1 under); a cell's border under a line of text lies further, past
# the descent (more than 0.2).
UNDERLINE_DROP = 0.15
# A browser underlines the space after a link's last word too.
UNDERLINE_SPACE = 0.4
# A strike-through crosses its words' lower-case letters: between these many font sizes above
# the baseline (LibreOffice draws it 0.25 above, about half the x-height).
STRIKE_LOW = 0.1
STRIKE_HIGH = 0.45
# A change bar in the margin is drawn a line high at most (one per line): this many font sizes.
CHANGE_BAR = 2.5
# A heading stands at most this many font sizes above the table it heads.
HEADING_REACH = 2.0
# Lines starting this close (points) stand in one column.
LEFT_ALIGN = 1.5
# A word whose upper part down to this many font sizes stands inside a table belongs to it.
CUT_LINE = 0.25
# A word that runs this many font sizes past its cell's rule crosses it (a letter's part: glyph
# boxes touch or overshoot the rule they stand against).
CROSS_RULE = 0.3
# A table's last rule this close (points) to the page's right edge (or past it) is cut by the edge.
EDGE_SLACK = 1.0
# A drawn bullet stands at most this many font sizes before its item's text.
BULLET_REACH = 2.0
# Rules this close (points) across are drawn on one line: a table's cells' borders, set on the same
# pixel row (a picture's frame inside a cell stands a padding off the cell's edge).
ALIGNED = 0.5
_DIGITS = re.compile(r"\d+")
_BRACKET = re.compile(r"\[(\d{1,2})\]")
# A paragraph line that starts with a bracketed footnote number, «[1] Сроки указаны…».
_BRACKET_NOTE = re.compile(r"(?m)^\[(\d{1,2})\](?=\s)")
# A bracketed footnote number glued to the word it follows, «самоуправления[1]».
_GLUED_NOTE = re.compile(r"(?<=[\w»”\")])\[(\d{1,2})\]")
# … and one a wrap put on the cell's last line, alone (joined to the line above as a wrap is).
_WRAPPED_NOTE = re.compile(r"(?<=\S)\s+\[(\d{1,2})\]$")
# A footnote at a page's foot: its number, then its text («1 Даты проведения ориентировочные»).
_FOOTNOTE_LINE = re.compile(r"^(?:(\d{1,2})|\[(\d{1,2})\])\s+\w")  # «1 Даты …», Google Docs' «[1] Даты …»


@dataclass(slots=True)
class _Region:
    """Words read as paragraphs: the page outside the tables, or a cell of a layout table."""

    box: Bbox | None  # None: the whole page
    words: list[Word] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)


@dataclass(slots=True)
class _TableText:
    """A data table of a page with the lines of text in each of its cells."""

    grid: Grid
    lines: dict[int, list[Line]]  # cell → its lines
    pad: float  # the cells' inner margin
    right_pad: float  # the same at the cells' right edges (`_right_padding`)
    cut_below: bool = False  # its last row goes on as the next page's first (`_cut_rows`)
    merged_top: frozenset[int] = frozenset()  # columns of row `merged_row` a merged cell runs on into
    merged_row: int = 0  # ... that row: the first, or the one under the header the page repeats
    # A table without rules (`plain`): each column's own inner margin, as its cells' text stands
    # off the boundary found between the columns (`_column_padding`).
    column_pads: dict[int, float] = field(default_factory=dict)
    # The column edges of the table above it that its rows are set on (`_fewer_columns_under`).
    set_on: list[float] | None = None


@dataclass(slots=True)
class _Page:
    number: int
    width: float
    height: float
    words: list[Word]
    grids: list[Grid]
    has_images: bool
    marked_wraps: int  # see `magplan.extract.pdf.words.PageWords`
    unmarked_wraps: int
    space_gaps: list[float]
    separators: list[tuple[float, float, float]]  # horizontal rules: (y, x0, x1)
    past_edge: bool = False  # a table runs on past the page's right edge (`_past_edge`)
    controls: list[str] = field(default_factory=list)  # form fields' labels left out (`_without_field_labels`)
    beside: list[str] = field(default_factory=list)  # a menu printed left of the table, left out (`_plain_tables`)
    tables: list[_TableText] = field(default_factory=list)
    regions: list[_Region] = field(default_factory=list)
    # Ruled pieces of one cell open at the top: the rest of a cell a page break cut, or nothing
    # (`_cut_cells_placed`).
    cut_cells: list[Grid] = field(default_factory=list)


def extract(path: Path, engine: str = ENGINES[0]) -> Layout:
    """Read the text PDF at `path` with `engine` ("pdfium" or "pdfplumber")."""
    with path.open("rb") as handle:
        head = handle.read(1024)
    if b"%PDF-" not in head:
        raise DamagedFile("not a PDF file (no %PDF header)")
    pages: list[_Page] = []
    chars = unmapped = 0
    texts = 0
    for content in _pages(path, engine):
        chars += content.chars
        unmapped += content.unmapped
        texts += content.chars >= MIN_PAGE_CHARS
        pages.append(_parse(content))
    if not texts:
        # The one hook for OCR: a scan is handed to `magplan.extract.ocr` by the caller.
        raise NeedsOCR("the PDF has no text layer (a scanned image); reading it needs OCR")
    if unmapped > MAX_UNMAPPED * chars:
        raise NeedsOCR("the PDF's fonts have no Unicode mapping ((cid:NN) glyphs); reading it needs OCR")
    _check_text_layer(pages)
    heads = _running_lines(pages)
    layout_warnings = _unsure_numbers_warning(heads.unsure)
    _cut_cells_placed(pages)
    plain = not any(page.grids for page in pages) and _plain_tables(pages, heads)
    for page in pages:
        _split(page, ruled=not plain)
    _cut_rows(pages)
    _fewer_columns_under(pages)
    typography = _typography(pages)
    if plain and typography.marks_wraps:
        _wrapped_at_foot(pages)
    notes = _bracket_notes(pages)
    layout = Layout(page_count=len(pages), running=list(dict.fromkeys(heads.texts)))
    layout.warnings.extend(layout_warnings)
    if cut := [str(page.number) for page in pages if page.past_edge]:
        layout.warnings.append(
            ExtractWarning(
                "hidden_column",
                f"page{'s' * (len(cut) > 1)} {', '.join(cut)}: the table runs on past the page's right edge;"
                " its text there, cut off the printed page, was read all the same",
            )
        )
    layout.warnings.extend(_controls_warning(page) for page in pages if page.controls)
    layout.warnings.extend(
        ExtractWarning("text_skipped", f"page {page.number}: «{text}» printed left of the table (a menu) left out")
        for page in pages
        for text in page.beside
    )
    for page in pages:
        if not page.words and page.has_images:
            layout.warnings.append(
                ExtractWarning("page_needs_ocr", f"page {page.number} has no text layer (a scanned page); not read")
            )
        layout.blocks.extend(_page_blocks(page, typography, heads, notes))
    layout.blocks = title_under_table(layout.blocks)
    if plain:
        layout.blocks = _one_table(layout.blocks)
        layout.warnings.append(
            ExtractWarning(
                "unruled_table",
                "the table has no ruling lines: its columns were placed from the header's words; check the cells",
            )
        )
    return layout


def _controls_warning(page: _Page) -> ExtractWarning:
    """The words left out with the page's form fields (`_without_field_labels`), said: a field's
    labels are no plan's text, but a box taken for a field wrongly took real words with it."""
    texts = ", ".join(f"«{text}»" for text in page.controls)
    return ExtractWarning(
        "text_skipped", f"page {page.number}: {texts} beside form fields (a web page's controls) left out"
    )


def _unsure_numbers_warning(unsure: set[tuple[int, str]]) -> list[ExtractWarning]:
    """One warning for the page numbers left out that count no page (`_Margins.unsure`), however
    many pages print one: the reader checks the document once, not each page."""
    if not unsure:
        return []
    found = sorted(unsure)
    if len(found) == 1:
        page, text = found[0]
        return [
            ExtractWarning(
                "text_skipped",
                f"page {page}: «{text}» in the page's margin was taken for a page number and left out"
                " (it counts no page of this document)",
            )
        ]
    pages = ", ".join(str(page) for page in sorted({page for page, _ in found}))
    texts = ", ".join(f"«{text}»" for text in dict.fromkeys(text for _, text in found))
    return [
        ExtractWarning(
            "text_skipped",
            f"pages {pages}: {texts} in the pages' margins were taken for page numbers and left out"
            " (they count no page of this document)",
        )
    ]


def _pages(path: Path, engine: str) -> Iterator[PageContent]:
    if engine == "pdfium":
        from magplan.extract.pdf import pdfium

        return pdfium.pages(path)
    if engine == "pdfplumber":
        from magplan.extract.pdf import plumber

        return plumber.pages(path)
    raise ValueError(f"unknown PDF engine {engine!r} (known: {', '.join(ENGINES)})")


def _parse(content: PageContent) -> _Page:
    glyphs, rules = _without_deletions(content.glyphs, content.rules)
    found = page_words(glyphs)
    frames = [box for box in content.boxes if _frames_image(box, content.images)]
    rules = _without_frames(_without_underlines(rules, found.words), frames)
    found_grids = find_tables(rules)
    grids = _rejoined_rows([grid for grid in found_grids if len(grid.cells) > 1])
    turned = upright_glyphs(content.turned, len(content.glyphs), [cell for grid in grids for cell in grid.cells])
    if turned:  # header cells set bottom to top: read with the rest
        found = page_words(glyphs + turned)
    words = found.words + _drawn_bullets(content.bullets, found.words)
    fields = [box for box in content.boxes if box not in frames]
    words, controls = _without_field_labels(words, fields, grids, content.images)
    return _Page(
        number=content.number,
        width=content.width,
        height=content.height,
        words=words,
        grids=grids,
        past_edge=_past_edge(grids, words, content.width),
        separators=horizontal_rules(rules),
        has_images=content.has_images,
        marked_wraps=found.marked_wraps,
        unmarked_wraps=found.unmarked_wraps,
        space_gaps=found.space_gaps,
        controls=controls,
        cut_cells=[grid for grid in found_grids if len(grid.cells) == 1],
    )


def _rejoined_rows(grids: list[Grid]) -> list[Grid]:
    """`grids` with each row that an unbordered cell broke in two made one again.

    A spreadsheet borders the cells that hold text: a row whose cell in the middle is empty
    and has no border prints as two ruled pieces side by side, on the same rows, apart by that
    cell («3 | Лыжные гонки … | 06.02.2027» and «Лыжная база | Тренер …» without the empty end
    date).  Read apart, the pieces were tables of their own and the row was skipped.  Two such
    pieces whose columns, the gap one of them, are the columns of another table on the page are
    one table of it: joined, the gap an empty cell.
    """
    for a in grids:
        for b in grids:
            if b is a or not (_same_edges(a.ys, b.ys) and a.xs[-1] < b.xs[0]):
                continue
            xs = [*a.xs, *b.xs]
            if not any(_same_edges(xs, other.xs) for other in grids if other is not a and other is not b):
                continue
            gap = [(a.xs[-1], top, b.xs[0], low) for top, low in pairwise(a.ys)]
            joined = from_cells([*a.cells, *gap, *b.cells])
            joined.open_top, joined.open_bottom = a.open_top and b.open_top, a.open_bottom and b.open_bottom
            return _rejoined_rows([joined if g is a else g for g in grids if g is not b])
    return grids


def _same_edges(a: list[float], b: list[float]) -> bool:
    """Are `a` and `b` the same edges, each within `SNAP`?"""
    return len(a) == len(b) and all(abs(x - y) <= SNAP for x, y in zip(a, b, strict=True))


def _without_deletions(glyphs: list[Glyph], rules: list[Rule]) -> tuple[list[Glyph], list[Rule]]:
    """`glyphs` without the text a tracked change deletes, and `rules` without its strike-throughs.

    A writer printing a document with its changes shown (LibreOffice does by default) strikes
    the deleted text through, from its first letter's left edge to its last one's right edge
    (or the space after it), and marks each changed line with a bar in the margin, a line high,
    apart from the table's borders.  The other readers keep the accepted view (`w:del` is
    skipped), so struck letters on a line with a change bar are no text of the plan (a word may
    lose a part: «март» struck before «апрель» inserted); a strike-through without a bar is the
    author's formatting, kept.
    """
    if not glyphs:
        return glyphs, rules
    tallest = CHANGE_BAR * max(g.size for g in glyphs)
    level = [r for r in rules if r.horizontal]
    bars = [r for r in rules if not r.horizontal and r.bottom - r.top <= tallest and not _table_border(r, level)]
    if not bars:
        return glyphs, rules
    struck: set[int] = set()
    strikes: set[int] = set()
    for index, rule in enumerate(rules):
        through = [g for g in glyphs if rule.horizontal and _strikes(rule, g)]
        if through and _struck_end_to_end(rule, through) and any(_change_bar(bar, through[0], glyphs) for bar in bars):
            struck.update(id(g) for g in through)
            strikes.add(index)
    if not struck:
        return glyphs, rules
    return [g for g in glyphs if id(g) not in struck], [r for i, r in enumerate(rules) if i not in strikes]


def _table_border(bar: Rule, level: list[Rule]) -> bool:
    """Is the vertical `bar` a table's border, not a change bar in the margin: a horizontal rule
    ends on it, or one crosses it at its top or foot (a one-line row's border between two cells,
    as short as a change bar and left of all the line's letters when the cells before it are
    empty there)?"""
    for rule in level:
        if abs(rule.x0 - bar.x0) <= ALIGNED or abs(rule.x1 - bar.x0) <= ALIGNED:
            return True
        if rule.x0 < bar.x0 < rule.x1 and min(abs(rule.top - bar.top), abs(rule.top - bar.bottom)) <= SNAP:
            return True
    return False


def _strikes(rule: Rule, glyph: Glyph) -> bool:
    """Does the horizontal `rule` cross `glyph` through its lower-case letters' height?"""
    return (
        STRIKE_LOW * glyph.size <= glyph.base - rule.top <= STRIKE_HIGH * glyph.size
        and rule.x0 - SNAP <= glyph.x0
        and glyph.x1 <= rule.x1 + SNAP
    )


def _struck_end_to_end(rule: Rule, through: list[Glyph]) -> bool:
    """Does the rule start at a struck letter's left edge and end at one's right edge (a strike
    covers its text exactly, as an underline does; a rule across a table runs on past its text)?"""
    letters = [g for g in through if not g.text.isspace()] or through
    return abs(min(g.x0 for g in letters) - rule.x0) <= SNAP and rule.x1 - max(g.x1 for g in through) <= SNAP


def _change_bar(bar: Rule, glyph: Glyph, glyphs: list[Glyph]) -> bool:
    """Is the vertical `bar` a change bar beside `glyph`'s line: a line high at most, across its
    baseline, left of every glyph on that line (in the margin)?"""
    if bar.bottom - bar.top > CHANGE_BAR * glyph.size or not bar.top <= glyph.base <= bar.bottom:
        return False
    return all(bar.x1 < g.x0 for g in glyphs if abs(g.base - glyph.base) <= STRIKE_LOW * glyph.size)


def _without_underlines(rules: list[Rule], words: list[Word]) -> list[Rule]:
    """`rules` without the lines that underline words (a link in a cell, printed by a browser):
    a horizontal line right under a line's baseline, from a word's left edge to another's right
    edge on that line (or the space after it).  Read as rules, each underline cut its cell in two
    and every wrapped line of a link became a row of its own."""
    # Only a rule that starts where a word does can underline words: most rules of a ruled
    # table start at no word and are passed over at once.
    starts = sorted(w.x0 for w in words)

    def near_start(x: float) -> bool:
        at = bisect_left(starts, x - SNAP)
        return at < len(starts) and starts[at] <= x + SNAP

    return [rule for rule in rules if not (rule.horizontal and near_start(rule.x0) and _underlines(rule, words))]


def _underlines(rule: Rule, words: list[Word]) -> bool:
    under = [w for w in words if 0 <= rule.top - (w.bottom - DESCENT * w.size) <= UNDERLINE_DROP * w.size]
    starts = [w for w in under if abs(w.x0 - rule.x0) <= SNAP]
    return any(
        abs(end.bottom - start.bottom) <= SNAP and -SNAP <= rule.x1 - end.x1 <= UNDERLINE_SPACE * end.size
        for start in starts
        for end in under
    )


def _frames_image(box: Bbox, images: list[Bbox]) -> bool:
    """Is `box` drawn round a picture (the centre of one inside it)?  Then it is the picture's frame,
    no form field: Chromium draws a broken image (an invalid `data:` PNG) as a bordered box with its
    icon in the corner, a line high in a signature's row, and the position and name beside it went
    as the field's labels."""
    return any(_inside(box, (x0 + x1) / 2, (top + bottom) / 2) for x0, top, x1, bottom in images)


def _without_frames(rules: list[Rule], frames: list[Bbox]) -> list[Rule]:
    """`rules` without the sides of the frames drawn round pictures that are no table's cells:
    a broken image's box set at a cell's edge touched the cell's rules and joined the table, its
    sides a column edge and a row edge through the row (the row's lines read as two rows).  A
    frame that is a cell (a bordered cell holding a logo) has a side that another rule continues
    on the same line (a neighbour's border); a picture's frame inside a cell stands off its edges."""
    loose = [frame for frame in frames if not any(_continues(rule, frame) for rule in rules)]
    if not loose:
        return rules
    return [rule for rule in rules if not any(_side_of(rule, frame) for frame in loose)]


def _side_of(rule: Rule, box: Bbox) -> bool:
    """Is `rule` one of the four sides of `box`?"""
    x0, top, x1, bottom = box
    if rule.horizontal:
        level = abs(rule.top - top) <= SNAP or abs(rule.top - bottom) <= SNAP
        return level and rule.x0 >= x0 - SNAP and rule.x1 <= x1 + SNAP
    level = abs(rule.x0 - x0) <= SNAP or abs(rule.x0 - x1) <= SNAP
    return level and rule.top >= top - SNAP and rule.bottom <= bottom + SNAP


def _continues(rule: Rule, box: Bbox) -> bool:
    """Does `rule` go on from a side of `box` on the same line (within `ALIGNED`), past its corner?"""
    x0, top, x1, bottom = box
    if rule.horizontal:
        level = abs(rule.top - top) <= ALIGNED or abs(rule.top - bottom) <= ALIGNED
        beyond = (rule.x0 < x0 - SNAP and rule.x1 >= x0 - JOIN) or (rule.x1 > x1 + SNAP and rule.x0 <= x1 + JOIN)
        return level and beyond
    level = abs(rule.x0 - x0) <= ALIGNED or abs(rule.x0 - x1) <= ALIGNED
    beyond = (rule.top < top - SNAP and rule.bottom >= top - JOIN) or (
        rule.bottom > bottom + SNAP and rule.top <= bottom + JOIN
    )
    return level and beyond


def _without_field_labels(
    words: list[Word], boxes: list[Bbox], grids: list[Grid], images: list[Bbox]
) -> tuple[list[Word], list[str]]:
    """`words` without a web page's form fields and their labels (a table plugin's «Показать
    [10 ˅] записей» and «Поиск: [      ]»): a bordered box a line high, outside the tables, empty
    or holding one value (a drop-down list's, with its arrow; a placeholder, «Найти элемент») at
    its left, and the words set a space at most before and after it on its line (past an icon
    set against it: a search button's picture and its text), or a label alone right over it,
    and the button set against it.  A page read
    from its HTML has no form's text either; printed, the labels stood between the title and the
    table and were read as the section of every row.  The texts left out come back as well, each
    field's words in reading order, to be said in a warning: a box taken for a field wrongly must
    not lose the words beside it unsaid."""
    drop: set[int] = set()
    controls: list[str] = []
    for box in boxes:
        middle = ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)
        if any(_inside(grid.bbox, *middle) for grid in grids):
            continue
        inside = [w for w in words if _inside(box, w.cx, w.cy)]
        if len(inside) > FIELD_WORDS or len(group_lines(inside)) > 1:
            continue  # a box of text (a note, a button's sentence), no field
        if inside and not _value_leaves_room(box, inside):
            continue  # a framed word (a badge in a row), whose row's words would go as its labels
        label = _field_label(box, words, _icons_after(box, images)) + _button_beside(box, boxes, words)
        if not label and not inside:
            label = _button_text_under(box, words)
        # A field drawn with two borders (a frame round its box) is one field: said once.
        if label and any(id(w) not in drop for w in [*label, *inside]):
            drop.update(id(w) for w in [*label, *inside])
            controls.append(" ".join(line.text() for line in group_lines([*label, *inside])))
    return ([w for w in words if id(w) not in drop] if drop else words), controls


def _button_beside(box: Bbox, boxes: list[Bbox], words: list[Word]) -> list[Word]:
    """The words of a button set right after the field `box` on its line, or right under it from
    its left edge (a search box with no label: its «Поиск» placeholder and a «Найти» button; WeasyPrint
    sets the button under the field): a bordered box as high as the field, at most its height
    after it or half of it under it, holding a word or two."""
    for other in boxes:
        if other is box or not (_after_on_line(box, other) or _right_under(box, other)):
            continue
        inside = [w for w in words if _inside(other, w.cx, w.cy)]
        if inside and len(inside) <= FIELD_VALUE and _line_high(other[3] - other[1], inside):
            return inside
    return []


def _button_text_under(box: Bbox, words: list[Word]) -> list[Word]:
    """The text of a button without a frame of its own set right under the empty field `box` from
    its left edge (a search picture's text «Поиск», which WeasyPrint sets under a field of the
    line's width): a line of a word or two, alone under it."""
    height = box[3] - box[1]
    under = [w for w in words if 0 <= w.top - box[3] <= height / 2 and w.x0 < box[2]]
    if not under or len(under) > FIELD_VALUE or abs(min(w.x0 for w in under) - box[0]) > SNAP:
        return []
    line = [w for w in words if abs(w.cy - under[0].cy) <= BASELINE_SLACK * w.size]
    return under if len(line) == len(under) and _line_high(height, under) else []


def _after_on_line(box: Bbox, other: Bbox) -> bool:
    height = box[3] - box[1]
    level = abs(other[1] - box[1]) <= height / 2 and abs(other[3] - box[3]) <= height / 2
    return level and 0 <= other[0] - box[2] <= height


def _right_under(box: Bbox, other: Bbox) -> bool:
    height = box[3] - box[1]
    return (
        0 <= other[1] - box[3] <= height / 2 and abs(other[0] - box[0]) <= height and other[3] - other[1] <= 2 * height
    )


def _value_leaves_room(box: Bbox, inside: list[Word]) -> bool:
    """Does the value in `box` stand at its left with room after it (a field's blank, a drop-down
    list's arrow)?  A word framed as text (a badge, a highlighted word) fills its box, its
    padding alike on both sides."""
    # The value: its words a space apart from the left (a drop-down list's arrow stands apart).
    value = _run(sorted(inside, key=lambda w: w.x0), box[0], 1)
    if not value:
        return False
    left, right = value[0].x0 - box[0], box[2] - value[-1].x1
    return right >= FIELD_ROOM * (box[3] - box[1]) and right > 2 * left


def _field_label(box: Bbox, words: list[Word], right: float) -> list[Word]:
    """The words that label the field `box`: the runs of words set a space at most before it and
    after `right` (its right edge, or the icons' set against it) on its line, or a line alone over
    it, set from its left edge or to its right (a search box's label set right, as table plugins
    set it); none if its height is no line's of theirs (a bar, a panel)."""
    height = box[3] - box[1]
    level = [w for w in words if box[1] <= w.cy <= box[3]]
    before = _run(sorted((w for w in level if w.x1 <= box[0] + SNAP), key=lambda w: -w.x1), box[0], -1)
    after = _run(sorted((w for w in level if w.x0 >= right - SNAP), key=lambda w: w.x0), right, 1)
    run = before + after
    if run and _line_high(height, run):
        return run
    over = [w for w in words if abs(w.bottom - box[1]) <= SNAP]
    line = [w for w in words if over and abs(w.cy - over[0].cy) <= BASELINE_SLACK * w.size]
    if (
        over
        and all(box[0] - SNAP <= w.x0 and w.x1 <= box[2] + SNAP for w in line)
        and (abs(min(w.x0 for w in line) - box[0]) <= SNAP or abs(max(w.x1 for w in line) - box[2]) <= SNAP)
        and _line_high(height, line)
    ):
        return line
    return []


def _icons_after(box: Bbox, images: list[Bbox]) -> float:
    """The right edge of the pictures set against the field `box` on its line, one after the
    other (a search button's magnifier, a broken picture's frame before its text), or the box's."""
    right = box[2]
    for image in sorted(images, key=lambda b: b[0]):
        if 0 <= image[0] - right <= SNAP and box[1] - SNAP <= image[1] and image[3] <= box[3] + SNAP:
            right = image[2]
    return right


def _line_high(height: float, words: list[Word]) -> bool:
    """Is `height` a field's for a label of `words` (`FIELD_LINES` of their font sizes)?"""
    return all(FIELD_LINES[0] * w.size <= height <= FIELD_LINES[1] * w.size for w in words)


def _run(words: list[Word], edge: float, side: int) -> list[Word]:
    """The words (nearest first) that go on from `edge` to the `side` (-1 left, 1 right), each a
    space at most from the one before."""
    run: list[Word] = []
    for word in words:
        near = run[-1].x0 if run and side < 0 else run[-1].x1 if run else edge
        gap = near - word.x1 if side < 0 else word.x0 - near
        if gap > MAX_SPACE * word.size:
            break
        run.append(word)
    return run


def _past_edge(grids: list[Grid], words: list[Word], width: float) -> bool:
    """Widen each table that the page's right edge cuts (its last rule drawn on the edge, as a word
    processor prints a table wider than the page) to the words standing in its last column and
    beyond the edge, level with its rows: the file holds the text the printed page cuts off, and
    read as the page's own text it was glued to the signature.  Did any table run on so?"""
    widened = False
    for grid in grids:
        right = grid.xs[-1]
        if right < width - EDGE_SLACK or grid.columns < 2:
            continue
        last = grid.xs[-2]
        beyond = [w for w in words if w.cx > right and grid.ys[0] <= w.cy <= grid.ys[-1]]
        if not beyond:
            continue
        inside = [w for w in words if last <= w.x0 and w.cx <= right and grid.ys[0] <= w.cy <= grid.ys[-1]]
        pad = min((w.x0 - last for w in [*inside, *beyond]), default=0.0)
        edge = max(w.x1 for w in beyond) + max(pad, 0.0)
        grid.xs[-1] = edge
        grid.cells = [
            (x0, top, edge if abs(x1 - right) <= EDGE_SLACK else x1, bottom) for x0, top, x1, bottom in grid.cells
        ]
        widened = True
    return widened


def _drawn_bullets(marks: list[Bbox], words: list[Word]) -> list[Word]:
    """A «•» word for each dot or square drawn just left of a line's first word (an HTML list's bullet)."""
    bullets: list[Word] = []
    for x0, top, x1, bottom in marks:
        middle = (top + bottom) / 2
        beside = [w for w in words if w.top <= middle <= w.bottom and -BULLET_REACH * w.size <= w.x0 - x1]
        after = [w for w in beside if 0 <= w.x0 - x1 <= BULLET_REACH * w.size]
        if not after or any(w.text[:1] in BULLET_GLYPHS and w.x0 < x1 + w.size for w in beside):
            continue  # no text beside it, or a bullet printed as text there as well
        word = min(after, key=lambda w: w.x0)
        bullets.append(Word("•", x0, x1, word.top, word.bottom, word.size))
    return bullets


def _check_text_layer(pages: list[_Page]) -> None:
    """Refuse a text layer that would give garbage: mis-encoded Cyrillic."""
    letters = [ch for page in pages for word in page.words for ch in word.text if ch.isalpha()]
    cyrillic = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    if len(letters) >= 50 and cyrillic < MIN_CYRILLIC * len(letters):
        raise NeedsOCR("the PDF's text layer is not readable Cyrillic (a broken font encoding); reading it needs OCR")


def _typography(pages: list[_Page]) -> Typography:
    """How the writer sets lines (see `magplan.extract.pdf.words.Typography`), measured over the whole document."""
    gaps = [gap for page in pages for gap in page.space_gaps]
    space_em = median(gaps) if len(gaps) >= MIN_SPACE_GAPS else SPACE_WIDTH
    # The table cells' sure wraps are the clean evidence (their edges are known, so paragraph
    # ends that go on in lower case — a list's lines, a date under a date — are told apart):
    # a writer that marks wraps marks all of them, Chromium some (`TABLE_WRAP_SHARE`).  The page's
    # lines, whose edges are not known, only where the cells show none.
    marked = unmarked = 0
    for page in pages:
        for table in page.tables:
            for at, lines in table.lines.items():
                x0, _, x1, _ = table.grid.cells[at]
                found = wrap_marks(lines, x0 + table.pad, x1 - table.right_pad, space_em)
                marked, unmarked = marked + found[0], unmarked + found[1]
    if marked + unmarked:
        # (One unmarked among three marked or more is a slip: a cut word's.)
        marks_wraps = marked >= TABLE_WRAP_SHARE * (marked + unmarked) or (marked >= 3 and unmarked <= 1)
    else:
        marks_wraps = _page_marks_wraps(pages)
    leading = [
        (below.top - above.bottom) / max(above.size, below.size)
        for page in pages
        for table in page.tables
        for lines in table.lines.values()
        for above, below in pairwise(lines)
    ]
    return Typography(
        space_em=space_em,
        marks_wraps=marks_wraps,
        line_gap=median(leading) if leading else None,
        vocabulary=frozenset(bare(word.text) for page in pages for word in page.words),
        spaced=frozenset(bare(word.text) for page in pages for word in page.words if word.space_after),
    )


def _page_marks_wraps(pages: list[_Page]) -> bool:
    """Does the writer mark wraps, from the sure wraps of the pages' lines (their edges unknown)?"""
    marked = sum(page.marked_wraps for page in pages)
    unmarked = sum(page.unmarked_wraps for page in pages)
    return marked >= MIN_WRAP_SPACES and marked >= MIN_WRAP_SHARE * (marked + unmarked)


def _plain_tables(pages: list[_Page], heads: _Margins) -> bool:
    """Give pages without drawn tables the cell grid found from the header words."""
    aside: dict[int, list[Word]] = {}
    found = plain_tables(
        [
            (p.number, _undrawn(_without_running_lines(group_lines(p.words), p.number, p.height, heads)), p.separators)
            for p in pages
        ],
        page_middle=median(p.width for p in pages) / 2,
        marks_wraps=_page_marks_wraps(pages),
        aside=aside,
    )
    for page in pages:
        if page.number in found:
            page.grids = [from_cells(cells) for _, cells in found[page.number]]
        if words := aside.get(page.number):
            # A menu printed beside the table is no plan's text: read below it, it joined the
            # signature's position.  Said, so a row's text taken for one is never lost unsaid.
            # (By place: the words were marked anew on their way (`Word.box_end`).)
            drop = {(w.text, w.x0, w.top) for w in words}
            page.words = [w for w in page.words if (w.text, w.x0, w.top) not in drop]
            page.beside.append(" ".join(line.text() for line in group_lines(words)))
    return bool(found)


def _one_table(blocks: list[Block]) -> list[Block]:
    """The per-page parts of an unruled table as one table: only the first page has its header."""
    tables = [block for block in blocks if isinstance(block, Table)]
    for table in tables[1:]:
        tables[0].rows.extend(table.rows)
    tables[0].ruled = False
    return [block for block in blocks if not isinstance(block, Table) or block is tables[0]]


# -- one page -------------------------------------------------------------------


def _inside(box: Bbox, x: float, y: float) -> bool:
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _split(page: _Page, ruled: bool = True) -> None:
    """The page's words into data tables' cells and text regions.

    A table with another table inside its box is a layout table: each of its
    cells is a text region of its own.  A word belongs to the innermost table
    around its centre.  `ruled`: the grids are drawn rules, not cells placed from
    the header's words (`plain`), whose edges no text has to keep within.
    """
    grids = page.grids
    layout = [any(o is not g and _contains(g.bbox, o.bbox) for o in grids) for g in grids]
    members: list[dict[int, list[Word]]] = [{} for _ in grids]
    outside: list[Word] = []
    for word in page.words:
        # Around its centre, or around its upper part: a line that a table's bottom rule cuts
        # through (Chromium draws a row that the page break ends with its rule across the row's
        # last line).
        # A table that the page break cut (open at its foot) holds a line that starts above its
        # bottom rule: Chromium may set the cut row's last line just under the rule it draws.
        upper = word.top + CUT_LINE * word.size
        around = [
            i
            for i, g in enumerate(grids)
            if _inside(g.bbox, word.cx, word.cy)
            or _inside(g.bbox, word.cx, upper)
            or (g.open_bottom and _inside(g.bbox, word.cx, word.top))
        ]
        if not around:
            outside.append(word)
            continue
        # The innermost: the smallest box around the word.
        index = min(around, key=lambda i: _area(grids[i].bbox))
        y = min(word.cy, grids[index].bbox[3] - 0.01)
        members[index].setdefault(grids[index].cell_at(word.cx, y), []).append(word)
    if data := [i for i, is_layout in enumerate(layout) if not is_layout]:
        grid = grids[lowest := max(data, key=lambda i: grids[i].bbox[3])]
        # A layout table round it (a portal's frame) holds the words under it as the page would.
        frames = [i for i, is_layout in enumerate(layout) if is_layout and _contains(grids[i].bbox, grid.bbox)]
        framed = [w for i in frames for words in members[i].values() for w in words]
        below = _under_cut_row(grid, outside + framed, page.height)
        for word in below:
            members[lowest].setdefault(grid.cell_at(word.cx, grid.bbox[3] - 0.01), []).append(word)
        # By identity: a word is a dataclass compared field by field, and a test by value costs a
        # comparison of every field with every taken word.
        taken = {id(w) for w in below}
        outside = [w for w in outside if id(w) not in taken]
        for i in frames:
            members[i] = {
                at: kept for at, words in members[i].items() if (kept := [w for w in words if id(w) not in taken])
            }
    page.regions = [_Region(None, outside)]
    for grid, is_layout, cells in zip(grids, layout, members, strict=True):
        if is_layout:
            page.regions.extend(_Region(grid.cells[at], words) for at, words in sorted(cells.items()))
        else:
            _overflowed_up(grid, cells)
            if ruled:
                _overflowed_across(grid, cells)
            lines = {at: group_lines(words) for at, words in cells.items()}
            pad = _padding(grid.cells, cells)
            table = _TableText(grid, lines, pad, _right_padding(grid, cells, pad))
            if not ruled:
                table.column_pads = _column_padding(grid, cells, pad)
            page.tables.append(table)
    for region in page.regions:
        region.lines = group_lines(region.words)


def _overflowed_up(grid: Grid, cells: dict[int, list[Word]]) -> None:
    """Put back in the cell above each line that overflowed a row of exact height.

    A row set to an exact height (a PDF-to-Word converter's tables) prints its cells' text
    past its bottom rule, clipped there: the last line stands across the rule, its middle under
    it, and the first lines of the row below overlap it.  The lines of a row start under its top
    rule, side by side, so a first line whose upper part is above the rule (`CUT_LINE`, as a row
    that the page break cut keeps its line) and that a line of the row starting lower overlaps
    is the cell's above.
    """
    by_row: dict[int, list[Word]] = {}
    for at, words in cells.items():
        by_row.setdefault(grid.place[at][0], []).extend(words)
    for at, words in list(cells.items()):
        if min(w.top for w in words) >= grid.cells[at][1]:
            continue  # the cell's text starts under its top rule (most cells): nothing to group
        first = group_lines(words)[0]
        upper = first.top + CUT_LINE * first.size
        if upper >= grid.cells[at][1]:
            continue
        row = by_row[grid.place[at][0]]
        if not any(upper < w.top < first.bottom for w in row):
            continue
        moved = {id(w): grid.cell_at(w.cx, upper) for w in first.words}
        if at in moved.values():
            continue  # no rule above runs across the whole line: no row above it there
        for word in first.words:
            cells.setdefault(moved[id(word)], []).append(word)
        if kept := [w for w in words if id(w) not in moved]:
            cells[at] = kept
        else:
            del cells[at]


def _overflowed_across(grid: Grid, cells: dict[int, list[Word]]) -> None:
    """Put back in its own cell a line that a spreadsheet printed over the empty cells beside it.

    Calc (and Excel) print a cell's text wider than its column on over the empty cells to its
    right, across the column rules: a section typed in the number column («1. Пленарные
    заседания») stands over the event's column too, and read word by word its words went to
    both cells (a number «1.» and a title: an item).  A cell's own text never crosses its rule,
    so a word that a column rule cuts through marks such a line: its run of words (a space apart,
    `TAB_GAP`) is the cell's where the run starts, where the cells it runs into hold nothing else
    in that row (a text clipped under the next cell's own, printed over it, is another matter).
    """
    crossing = [
        (at, word) for at, words in cells.items() for word in words if _crosses_rule(grid, grid.cells[at], word)
    ]
    for at, word in crossing:
        row = grid.place[at][0]
        in_row = {grid.owner[(row, c)] for c in range(grid.columns)}
        words = [w for cell in in_row for w in cells.get(cell, [])]
        run = _run_through(word, words)
        if run is None or _clipped_under(grid, run):
            continue
        home = grid.cell_at(run[0].x0 + SNAP, word.cy)
        entered = {grid.cell_at(x, word.cy) for w in run for x in (w.x0 + SNAP, w.x1 - SNAP)} - {home}
        taken = {id(w) for w in run}
        if any(id(w) not in taken for cell in entered for w in cells.get(cell, [])):
            continue
        for cell in entered | {home}:
            kept = [w for w in cells.get(cell, []) if id(w) not in taken]
            if kept or cell == home:
                cells[cell] = kept
            else:
                cells.pop(cell, None)
        cells[home].extend(run)


def _clipped_under(grid: Grid, run: list[Word]) -> bool:
    """Is `run` a cell's text clipped at its rule with the next cell's own text after it, not an
    overflow?  A spreadsheet prints only the letters of a clipped text that reach into the next
    cell, set under that cell's own, or none: read, the two run together («цеОтдел», «кулавгуст»).
    At a rule the run crosses, a letter set off the one before it (`Word.seams`), or a word starting
    right after the rule (at the cell's padding), is the next cell's text beginning."""
    if any(b.x0 < a.x1 - SNAP for a, b in pairwise(run)):
        return True  # words printed over each other
    edges = [x for x in grid.xs[1:-1] if run[0].x0 < x < run[-1].x1]
    return any(
        edge - CROSS_RULE * w.size <= at <= edge + w.size for edge in edges for w in run for at in w.seams
    ) or any(edge <= w.x0 <= edge + CROSS_RULE * w.size for edge in edges for w in run)


def _crosses_rule(grid: Grid, box: Bbox, word: Word) -> bool:
    """Does a column rule inside the table cut through the word (`_overflowed_across`)?  By more
    than a letter's part: glyph boxes may touch or overshoot the rule they stand against."""
    reach = CROSS_RULE * word.size
    left = word.x0 < box[0] - reach and box[0] > grid.xs[0] + SNAP
    right = word.x1 > box[2] + reach and box[2] < grid.xs[-1] - SNAP
    return left or right


def _run_through(word: Word, words: list[Word]) -> list[Word] | None:
    """The words of `word`'s line that stand a space apart from it and each other, left to right
    (None where the word is on no line of `words`)."""
    line = next((line for line in group_lines(words) if any(w is word for w in line.words)), None)
    if line is None:
        return None
    at = next(i for i, w in enumerate(line.words) if w is word)
    start, end = at, at
    while start > 0 and line.words[start].x0 - line.words[start - 1].x1 < TAB_GAP * line.size:
        start -= 1
    while end + 1 < len(line.words) and line.words[end + 1].x0 - line.words[end].x1 < TAB_GAP * line.size:
        end += 1
    return line.words[start : end + 1]


def _under_cut_row(grid: Grid, outside: list[Word], height: float) -> list[Word]:
    """The words under a table that the page break cut that are its last row's: WeasyPrint
    centres the cells of a cut row in the whole row, so the text of the cells it leaves open at
    the cut (number, date, place; the others it may close) can stand under the page's part of
    the table."""
    return _column_lines_under(grid, outside, height, grid.open_bottom_columns)


def _column_lines_under(
    grid: Grid, outside: list[Word], height: float, columns: frozenset[int], reach: float | None = None
) -> list[Word]:
    """The words of the lines right under the table, down to the first that is not so: each word
    in one of `columns`, none across a column's edge, no footnote (a marker first) and no page
    number; the first line's top at most `reach` font sizes under the table, where given."""
    if not columns:
        return []
    x0, _, x1, bottom = grid.bbox
    xs = grid.xs
    taken: list[Word] = []
    for line in group_lines(w for w in outside if w.top >= bottom - 0.5 and x0 <= w.cx <= x1):
        at = [grid.column_at(w.cx) for w in line.words]
        inside = all(xs[c] <= w.x0 and w.x1 <= xs[c + 1] for w, c in zip(line.words, at, strict=True))
        first = line.words[0]
        if (
            not inside
            or not set(at) <= columns
            or (reach is not None and not taken and line.top - bottom > reach * line.size)
            or first.raised
            or first.text[:1] in MARKER_CHARS
            or (_in_margin(line, height) and PAGE_NUMBER.match(line.text()))
        ):
            break
        taken.extend(line.words)
    return taken


def _cut_cells_placed(pages: list[_Page]) -> None:
    """A page's topmost ruled piece of one cell, open at the top, under a page whose lowest table
    is open at the bottom, set in that table's columns where its edges are two of theirs: the
    rest of a cell the page break cut, the cut row's other cells ended on the page before.

    WeasyPrint slices a cell's borders at the break: a list that runs on in the event's cell
    (Google Docs' «ВАРМСУ» / «АГП», «АГУ» on the next page) leaves a box of two column rules and
    a bottom one there, no table of one cell, and its lines were read between the plan's tables
    and skipped.  Read in the table's columns, it is the cut row's rest (`_cut_rows`)."""
    for page, following in pairwise(pages):
        if not following.cut_cells or not page.grids:
            continue
        piece = min(following.cut_cells, key=lambda g: g.ys[0])
        last = max(page.grids, key=lambda g: g.bbox[3])
        if any(g.ys[0] < piece.ys[0] for g in following.grids):
            continue
        start, end = (_edge_at(last.xs, edge) for edge in piece.xs)
        if start is None or end is None or end <= start:
            continue
        if not (last.open_bottom or set(range(start, end)) <= last.open_bottom_columns):
            continue  # the cell above it ended on its page: the piece is no rest of it
        top, bottom = piece.ys[0], piece.ys[-1]
        cells = [(last.xs[c], top, last.xs[c + 1], bottom) for c in [*range(start), *range(end, last.columns)]]
        placed = from_cells([*cells, (last.xs[start], top, last.xs[end], bottom)])
        placed.open_top, placed.open_top_columns = True, frozenset(range(placed.columns))
        following.grids = sorted([*following.grids, placed], key=lambda g: (g.ys[0], g.xs[0]))


def _edge_at(xs: list[float], x: float) -> int | None:
    """The index of the edge among `xs` at `x` (within `LEFT_ALIGN`), if any."""
    return next((at for at, edge in enumerate(xs) if abs(edge - x) <= LEFT_ALIGN), None)


def _cut_rows(pages: list[_Page]) -> None:
    """Mark the tables whose last row a page break cut: the page's lowest table is open at the
    bottom (its column rules run on past its last row rule) and the next page's highest one
    open at the top.  WeasyPrint cuts a row so, even leaving one cell's text wholly on the
    next page while the others stay (`Row.cut_below`); where the page repeats the header row
    (`<thead>`), the rest stands under it, closed at the top by the header's rule: the next
    page's table then opens with the header row the cut one opens with."""
    for page, last, first in _tables_over_breaks(pages):
        repeated = first.grid.rows > 1 and _row_texts(first) == _row_texts(last)
        last.cut_below = last.grid.open_bottom and (first.grid.open_top or repeated)
        if not last.cut_below and _same_columns(last.grid, first.grid):
            # Rows that end whole beside a merged cell that runs on: its column alone open at
            # the next page's head (at the foot WeasyPrint may close it, or draw it open).  Where
            # the foot leaves some columns open, only those run on: Chromium draws no rule at
            # the next page's head, and an empty cell there is no merged one closed at the foot.
            foot = last.grid.open_bottom_columns
            first.merged_top = first.grid.open_top_columns & foot if foot else first.grid.open_top_columns
            _cells_left_under(page, last, first, 1 if repeated else 0)
            if not first.merged_top:
                row = 1 if repeated else 0
                first.merged_top, first.merged_row = _merged_past_break(last, first, row), row


def _tables_over_breaks(pages: list[_Page]) -> Iterator[tuple[_Page, _TableText, _TableText]]:
    """Each page, its lowest table and the next page's highest, where both pages hold tables."""
    for page, following in pairwise(pages):
        if page.tables and following.tables:
            last = max(page.tables, key=lambda t: t.grid.bbox[3])
            yield page, last, min(following.tables, key=lambda t: t.grid.bbox[1])


def _wrapped_at_foot(pages: list[_Page]) -> None:
    """Mark a table without rules whose last row a page break cut, where the writer marks its wraps
    (LibreOffice): a cell of that row ends with a wrap's space glyph, and the next page's first
    row goes on in its column in small letters («Руководители рабочих» over the page's foot,
    «групп» on the next page beside the event's last line).  The rules that tell a ruled table's
    cut row (`_cut_rows`) are not drawn."""
    for _, last, first in _tables_over_breaks(pages):
        bottom = {owner for (row, _), owner in last.grid.owner.items() if row == last.grid.rows - 1}
        top = {first.grid.place[owner][1]: owner for (row, _), owner in first.grid.owner.items() if row == 0}
        for index, lines in last.lines.items():
            rest = first.lines.get(top.get(last.grid.place[index][1], -1), [])
            # (A space typed after a row's last word is no wrap: the cell under it opens its own text.)
            if index in bottom and lines and lines[-1].words[-1].space_after and rest and rest[0].text()[:1].islower():
                last.cut_below = True


def _merged_past_break(last: _TableText, first: _TableText, opening: int) -> frozenset[int]:
    """The columns of a merged cell that runs on past the page break into row `opening` of the next
    page's table (under the header the page repeats, or its first): LibreOffice closes both
    pages' tables and prints the cell's text on the first page's last row; on the next page the
    cell stands empty over rows.  An empty cell over two rows or more there, where the row above
    the break has text in its column, and the rows it spans are rows of their own: the first
    column is divided between them (a row whose event's cell alone is divided, its list under
    its name, spans its other cells over both, an empty one too), and the lower opens no list (an
    event's name in a cell of its own over its list's, the other cells merged over both)."""
    grid, above = first.grid, last.grid
    out: set[int] = set()
    if grid.owner.get((opening, 0)) == grid.owner.get((opening + 1, 0)):
        return frozenset()
    # The lower row's first text from the left: its event's (a number's cell merged over both).
    lower = next(
        (
            lines
            for index, (row, _, _) in enumerate(grid.place)
            if row == opening + 1 and (lines := first.lines.get(index))
        ),
        None,
    )
    if lower and lower[0].words[0].text[:1] in BULLET_GLYPHS:
        return frozenset()
    for index, (row, col, colspan) in enumerate(grid.place):
        if row != opening or first.lines.get(index) or grid.owner.get((opening + 1, col)) != index:
            continue
        over = above.owner.get((above.rows - 1, col))
        if over is not None and last.lines.get(over) and above.place[over][1:] == (col, colspan):
            out.update(range(col, col + colspan))
    return frozenset(out)


def _cells_left_under(page: _Page, last: _TableText, first: _TableText, row: int) -> None:
    """A row that the page break cut where no part of it fits the page: WeasyPrint closes the
    page's table with the rule above it and sets the row on the next page (that table open at
    the top, or closed by the header row it repeats: the row is then `row` 1), but may leave its
    short cells' text (a date, a place) under the page's table, merged cells' too (a date and a
    place over an event's name and its list).  The lines right under it, each word in a column
    that the next page's row leaves empty (a cell of one column opening on that row), are that
    row's cells."""
    grid, below = last.grid, first.grid
    if grid.open_bottom or not (below.open_top or row) or row >= below.rows:
        return
    if row and grid.rows > row and _row_texts(first, row) == _row_texts(last, row):
        return  # the header's second row, printed again as well: no row moved
    columns = below.open_top_columns if not row else frozenset(range(below.columns))
    empty = frozenset(
        column
        for column in columns
        if below.place[(at := below.owner[(row, column)])][::2] == (row, 1) and not first.lines.get(at)
    )
    if not empty or len(empty) == below.columns:
        return
    for region in page.regions:
        if region.box is None or _contains(region.box, grid.bbox):
            taken = _column_lines_under(grid, region.words, page.height, empty, reach=1.0)
            if not taken:
                continue
            for column in empty:
                words = [w for w in taken if grid.column_at(w.cx) == column]
                if words:
                    first.lines[below.owner[(row, column)]] = group_lines(words)
            ids = {id(w) for w in taken}
            region.words = [w for w in region.words if id(w) not in ids]
            region.lines = group_lines(region.words)
            return


def _row_texts(table: _TableText, opening: int = 0) -> list[str]:
    """The texts of the cells that open on the table's row `opening` (its first), left to right."""
    cells = (i for i, (row, _, _) in enumerate(table.grid.place) if row == opening)
    return [" ".join(line.text() for line in table.lines.get(i, [])) for i in cells]


def _same_columns(a: Grid, b: Grid) -> bool:
    return len(a.xs) == len(b.xs) and all(abs(x - y) <= LEFT_ALIGN for x, y in zip(a.xs, b.xs, strict=True))


def _contains(outer: Bbox, inner: Bbox) -> bool:
    """Does `outer` hold all of `inner` (within a rule's width)?"""
    slack = 2.0
    return (
        outer[0] - slack <= inner[0]
        and inner[2] <= outer[2] + slack
        and outer[1] - slack <= inner[1]
        and inner[3] <= outer[3] + slack
    )


def _area(box: Bbox) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def _padding(cells: list[Bbox], members: dict[int, list[Word]]) -> float:
    """The cells' inner margin: the smallest distance from a cell's left edge to its text."""
    offsets = [min(w.x0 for w in words) - cells[i][0] for i, words in members.items() if words]
    return min(max(min(offsets, default=0.0), 0.0), MAX_PADDING)


def _column_padding(grid: Grid, members: dict[int, list[Word]], pad: float) -> dict[int, float]:
    """Each column's inner margin in a table without rules: how far its cells' text stands off
    the column's left edge at least, at most `MAX_PADDING`.  The boundaries between such columns
    are found from the text, each its own distance from the text's start (the header's cell, a
    half of `plain.ALIGN`): the table's least margin puts the left edge of some columns further
    from their lines than a line's start may stand (`words.LEFT_SLACK`), and a word cut at the
    column's edge there was read as two («Руководител» / «и рабочих групп»)."""
    columns = _column_offsets(grid, members)
    return {column: min(max(offset, pad), MAX_PADDING) for column, offset in columns.items()}


def _column_offsets(grid: Grid, members: dict[int, list[Word]]) -> dict[int, float]:
    """How far each column's text stands off its left edge at least, over its cells of one column."""
    columns: dict[int, float] = {}
    for at, words in members.items():
        _, column, span = grid.place[at]
        if words and span == 1:
            offset = min(w.x0 for w in words) - grid.cells[at][0]
            columns[column] = min(columns.get(column, offset), offset)
    return columns


def _right_padding(grid: Grid, members: dict[int, list[Word]], pad: float) -> float:
    """The cells' inner margin at their right edges, where a line's last word tells whether the
    next line's first would have fitted: the columns' usual offset from their left rules (their
    median), not the least one.  Rules set on whole pixels move each column's offset by up to
    half a pixel, so the least one overstates the room by as much (Chromium wraps where the next
    word would overflow the room by a fraction of a point, `words._fits`).  Not more than a pixel
    over the least: a column of centred text stands further off.
    """
    columns = _column_offsets(grid, members)
    if not columns:
        return pad
    return min(max(median(columns.values()), pad), pad + PIXEL)


def _page_blocks(page: _Page, typography: Typography, heads: _Margins, notes: set[str]) -> list[Block]:
    """The page's tables and paragraphs in reading order.

    `notes` are the footnote numbers the document prints raised in brackets
    («[1]», Google Docs): a line that starts with one is that footnote.
    """
    # (top, left, 0 for a heading over its table and 1 for the rest, block)
    placed: list[tuple[float, float, int, Block]] = []
    # Tables side by side (a row of them: the page's halves, or a row of a grid of months' tables):
    # each placed at the top of the highest of its row, after the headings printed over them.
    rows = _side_by_side_rows(page.tables)
    # A table that runs on from one text column of the page into the next is no halves: the page
    # reads column by column.
    gutters = _column_gutters(rows[0]) if len(rows) == 1 and len(rows[0]) == len(page.tables) else []
    if gutters:
        rows = []
    row_top = {id(t): min(u.grid.bbox[1] for u in row) for row in rows for t in row}
    for table in page.tables:
        box = table.grid.bbox
        placed.append((row_top.get(id(table), box[1]), box[0], 1, _table(table, page.number, typography, notes)))
    tops = [table.grid.bbox[1] for table in page.tables]
    for region in page.regions:
        lines = _without_running_lines(region.lines, page.number, page.height, heads)
        if region.box is None:
            right = max([w.x1 for w in page.words] + [t.grid.bbox[2] for t in page.tables] + [page.width - _left(page)])
        else:
            right = region.box[2]
        drawing = _drawing(lines)
        for block in _paragraph_lines(lines, tops):
            for run, drawn in _drawn_runs(block, drawing):
                if drawn:
                    text = "\n".join(line.text() for line in run)
                    placed.append((run[0].top, run[0].x0, 1, Paragraph(text, page=page.number)))
                    continue
                for group in _text_columns(run, tops):
                    if over := next(filter(None, (_headings_over_halves(group, row) for row in rows)), []):
                        top = min(box[1] for box, _ in over)
                        placed.extend(
                            (top, box[0], 0, Paragraph(join_lines(part, box[2]), page=page.number))
                            for box, part in over
                        )
                        continue
                    paragraph = _paragraph(group, page.number, right, typography, notes)
                    placed.append((group[0].top, group[0].x0, 1, paragraph))
    if gutters:
        # Above the columns first (a masthead); under the lowest table, after them all: a line set
        # across the page under both columns (the signature) starts in the first column's width.
        top, bottom = min(t.grid.bbox[1] for t in page.tables), max(t.grid.bbox[3] for t in page.tables)
        placed.sort(key=lambda item: (_text_column(item[0], item[1], gutters, top, bottom), *item[:3]))
    else:
        placed.sort(key=lambda item: item[:3])
    return [block for *_, block in placed]


def _text_column(y: float, x: float, gutters: list[float], top: float, bottom: float) -> int:
    """Which of the page's text columns (parted at `gutters`, the tables in them from `top` to
    `bottom`) a block at (`x`, `y`) is read in: -1 above them, one past the last below them."""
    if y < top:
        return -1
    return len(gutters) + 1 if y >= bottom else bisect(gutters, x)


def _side_by_side_rows(tables: list[_TableText]) -> list[list[_TableText]]:
    """The rows of tables printed side by side, each left to right: a plan in two halves, each ruled
    table under its own heading («I полугодие» | «II полугодие»), or a grid of tables, a month's
    each, three to a row.  In a row every table stands beside all the others, their heights
    overlapping and their widths apart; a table alone in its height is in no row."""
    rows: list[list[_TableText]] = []
    for table in sorted(tables, key=lambda t: t.grid.bbox[1]):
        row = next((r for r in rows if any(_beside(table, other) for other in r)), None)
        if row is None:
            rows.append([table])
        else:
            row.append(table)
    out = []
    for row in rows:
        row.sort(key=lambda t: t.grid.bbox[0])
        if len(row) > 1 and all(_beside(a, b) for a, b in combinations(row, 2)):
            out.append(row)
    return out


def _beside(a: _TableText, b: _TableText) -> bool:
    """Do two tables stand side by side: their heights overlapping, their widths apart?"""
    (ax0, ay0, ax1, ay1), (bx0, by0, bx1, by1) = a.grid.bbox, b.grid.bbox
    return ay0 < by1 and by0 < ay1 and (ax1 <= bx0 or bx1 <= ax0)


def _column_gutters(tables: list[_TableText]) -> list[float]:
    """Where the page's text columns part, when `tables` (side by side, left to right) are the
    parts of one table that runs on from a text column into the next (a newsletter set in columns:
    the plan opens under the text of the first column and goes on at the top of the next, each
    part with the same columns): every part after the first starts higher than the first, by more
    than the first's header row.  Empty for anything else (a plan in two halves side by side, each
    under its own heading, the tables' tops level)."""
    if len(tables) < 2:
        return []
    first = tables[0].grid
    widths = [x - first.xs[0] for x in first.xs]
    header = first.ys[1] - first.ys[0] if first.rows else 0.0
    for table in tables[1:]:
        grid = table.grid
        if len(grid.xs) != len(first.xs) or any(
            abs(x - grid.xs[0] - w) > LEFT_ALIGN for x, w in zip(grid.xs, widths, strict=True)
        ):
            return []
        if grid.bbox[1] >= first.bbox[1] - header:
            return []
    return [(a.grid.bbox[2] + b.grid.bbox[0]) / 2 for a, b in pairwise(tables)]


def _table_over(tables: list[_TableText], word: Word) -> int | None:
    """The index of the table whose width `word` stands within, if any (a caption set flush with
    the table's left edge starts a glyph's side bearing left of its border)."""
    return next(
        (
            k
            for k, t in enumerate(tables)
            if t.grid.bbox[0] - LEFT_ALIGN <= word.x0 and word.x1 <= t.grid.bbox[2] + LEFT_ALIGN
        ),
        None,
    )


def _headings_over_halves(group: list[Line], halves: list[_TableText]) -> list[tuple[Bbox, list[Line]]]:
    """A heading of each of the tables side by side, printed on the lines right above them (one
    line «I полугодие      II полугодие»): each table's box and the words over it, read as a
    paragraph of its own before it, as a document that sets each half in a cell of its own reads.
    Empty unless the lines stand right over the tables and every word over one table's width."""
    if not halves or not group:
        return []
    top = min(t.grid.bbox[1] for t in halves)
    if not 0 <= top - group[-1].bottom <= HEADING_REACH * group[-1].size:
        return []
    parts: list[list[Line]] = [[] for _ in halves]
    for line in group:
        owner = [_table_over(halves, w) for w in line.words]
        if None in owner:
            return []
        for k, part in enumerate(parts):
            if words := [w for w, o in zip(line.words, owner, strict=True) if o == k]:
                part.append(Line(words, line.top, line.bottom, line.size))
    if any(not part for part in parts):
        return []
    return [(t.grid.bbox, part) for t, part in zip(halves, parts, strict=True)]


def _paragraph(group: list[Line], page: int, right: float, typography: Typography, notes: set[str]) -> Paragraph:
    text = join_lines(_side_column_last(group), right, tabs=True, loose=True, typography=typography)
    if notes:
        text = _GLUED_NOTE.sub(lambda m: superscript(m[1]) if m[1] in notes else m[0], text)
        text = _BRACKET_NOTE.sub(lambda m: superscript(m[1]) if m[1] in notes else m[0], text)
    return Paragraph(text, page=page)


def _drawing(lines: list[Line]) -> set[int]:
    """The lines that draw a table with characters (box-drawing or ASCII rules and bars in a
    printed `<pre>` or text report), by identity: read a line each, as text, by
    `magplan.extract._text_tables` (their words' places would make an unruled table of the
    bars)."""
    return {id(lines[k]) for k in drawing_lines([line.text() for line in lines])}


def _undrawn(lines: list[Line]) -> list[Line]:
    drawing = _drawing(lines)
    return [line for line in lines if id(line) not in drawing] if drawing else lines


def _drawn_runs(lines: list[Line], drawing: set[int]) -> Iterator[tuple[list[Line], bool]]:
    """`lines` in runs of lines that draw a table and runs that do not."""
    run: list[Line] = []
    for line in lines:
        if run and (id(line) in drawing) != (id(run[-1]) in drawing):
            yield run, id(run[-1]) in drawing
            run = []
        run.append(line)
    if run:
        yield run, id(run[-1]) in drawing


def _text_columns(group: list[Line], tops: list[float]) -> list[list[Line]]:
    """A block of lines with a run of them set in two text columns side by side (a web page's
    menu beside the document's title or approval block) as paragraphs: the lines above the
    run, the run's left column, its right column, the lines below.

    The columns stand apart by an empty channel wider than a tab that no word of the
    run crosses, and each has a line of its own: a signature's position wrapped beside
    its name (only the left column has lines of its own) stays one block
    (`_side_column_last`).
    """
    for index, line in enumerate(group):
        for a, b in pairwise(line.words):
            width = _channel_width(a, b, line.size)
            if b.x0 - a.x1 <= width:
                continue
            channel = (a.x1, b.x0)
            start, end = index, index + 1
            while start > 0 and (wider := _channel_beside(group[start - 1], channel, width)) is not None:
                channel, start = wider, start - 1
            while end < len(group) and (wider := _channel_beside(group[end], channel, width)) is not None:
                channel, end = wider, end + 1
            run = group[start:end]
            lo, hi = _channel_beside(line, channel, width) or channel
            left_alone = any(all(w.x1 <= lo for w in ln.words) for ln in run)
            right_alone = any(all(w.x0 >= hi for w in ln.words) for ln in run)
            # A menu of several entries beside a heading of several lines is two columns too, when
            # each line of the heading stands beside an entry (a signature's name is one line); so
            # is an approval block beside a title, its «УТВЕРЖДАЮ» alone over the right column.
            beside = sum(1 for ln in run if any(w.x1 <= lo for w in ln.words) and any(w.x0 >= hi for w in ln.words))
            two = (left_alone and right_alone) or ((left_alone or right_alone) and beside >= MIN_SIDE_LINES)
            if two and not _names_beside(run, hi):
                return _split_columns(group, start, end, (lo, hi), tops)
    if (stacked := _stacked_channel(group)) is not None:
        return _split_columns(group, 0, len(group), stacked, tops)
    return [group] if group else []


def _split_columns(
    group: list[Line], start: int, end: int, channel: tuple[float, float], tops: list[float]
) -> list[list[Line]]:
    """`_text_columns` of `group` with its lines `start`…`end` read as two columns apart at `channel`."""
    lo, hi = channel
    words = [w for ln in group[start:end] for w in ln.words]
    columns = [group_lines(w for w in words if w.x1 <= lo), group_lines(w for w in words if w.x0 >= hi)]
    return [
        *_text_columns(group[:start], tops),
        *(part for column in columns for part in _paragraph_lines(column, tops)),
        *_text_columns(group[end:], tops),
    ]


def _stacked_channel(group: list[Line]) -> tuple[float, float] | None:
    """The channel between two text columns set each in its own flow (a title centred in its cell
    beside an approval block), closer than a tab on the lines that hold words of both or on
    baselines of their own: an x range wider than a space that no word of the block crosses, with
    a line of one column alone and the columns' heights overlapping.  None where a side is one
    line ending in a name (a signature's name centred beside its position's lines)."""
    if len(group) < MIN_SIDE_LINES + 1:
        return None
    words = sorted((w for ln in group for w in ln.words), key=lambda w: w.x0)
    reach = words[0].x1
    for word in words[1:]:
        if word.x0 - reach > MAX_SPACE * max(w.size for w in words) and _columns_beside(group, (reach, word.x0)):
            return reach, word.x0
        reach = max(reach, word.x1)
    return None


def _columns_beside(group: list[Line], channel: tuple[float, float]) -> bool:
    """Do the words of `group` left and right of `channel` make two columns (`_stacked_channel`)?"""
    lo, hi = channel
    if not any(all(w.x1 <= lo for w in ln.words) or all(w.x0 >= hi for w in ln.words) for ln in group):
        return False
    words = [w for ln in group for w in ln.words]
    left = group_lines(w for w in words if w.x1 <= lo)
    right = group_lines(w for w in words if w.x0 >= hi)
    if not left or not right or _names_beside(group, hi):
        return False
    if any(len(side) == 1 and _ends_with_name(side[0]) for side in (left, right)):
        return False
    return max(left[0].top, right[0].top) < min(left[-1].bottom, right[-1].bottom)


def _ends_with_name(line: Line) -> bool:
    """Does `line` end with a person's name («________ А.Н. Сафин»: a signature's)?"""
    return any(is_name(" ".join(w.text for w in line.words[cut:])) for cut in range(len(line.words)))


def _names_beside(run: list[Line], hi: float) -> bool:
    """Is the right column of a two-column run (its words from `hi` on) a cell of names («И.И.
    Иванов» / «П.П. Петров»): a signature's, beside its position (`_side_column_last`), no menu?"""
    texts = [" ".join(w.text for w in ln.words if w.x0 >= hi) for ln in run]
    return all(is_name(text) for text in texts if text)


def _channel_width(a: Word, b: Word, size: float) -> float:
    """The width a gap between neighbours `a` and `b` on a line must pass to part two text columns:
    a tab's; only a space's when the two stand on baselines apart at one size, as the lines of two
    columns set each in its own flow do (a page's menu beside a title centred in its own column)
    and the words of one line never do (a raised marker is smaller)."""
    apart = abs(a.bottom - b.bottom) > BASELINE_SLACK * size
    same_size = abs(a.size - b.size) <= SIZE_STEP and not (a.raised or b.raised)
    return MAX_SPACE * size if apart and same_size else TAB_GAP * size


def _channel_beside(line: Line, channel: tuple[float, float], width: float) -> tuple[float, float] | None:
    """The part of `channel` (an x range) that no word of `line` stands in, when still wider than `width`."""
    lo, hi = channel
    for word in line.words:
        if word.x1 > lo and word.x0 < hi:
            if word.cx < (lo + hi) / 2:
                lo = max(lo, word.x1)
            else:
                hi = min(hi, word.x0)
    return (lo, hi) if hi - lo > width else None


def _side_column_last(group: list[Line]) -> list[Line]:
    """Lines of a two-column block (a borderless table's cells) with the right column's text moved
    to the last line of the left column it stands beside.

    A signature printed as «position | name» in a borderless table puts the
    name beside the position's first line while the position wraps below;
    read line by line, the name would cut the position in two.  A name centred
    beside a position of several lines may stand between its lines, off their
    baselines (`_right_part`); a cell of several names («И.И. Иванов» /
    «П.П. Петров») moves whole, in its order (`_side_parts`).  Positions beside
    as many names («Директор | И.И. Иванов» over «Главный бухгалтер | П.П.
    Петров») are signatories of their own: each name goes to its position's
    last line (`_names_by_position`).
    """
    out = list(group)
    # Where a tab sets a right column apart on some line: a cell's left edge, where a name on a
    # longer line of the left column may start closer than a tab (a browser's table cells).
    edges = [line.words[cut].x0 for line in group if (cut := _tab_cut(line)) is not None]
    for index, line in enumerate(out):
        found = _right_part(out, index, edges)
        if found is None:
            continue
        left, cut = found
        right = line.words[cut:]
        moved = list(out)
        parts, last = _side_parts(moved, index + 1, left, right)
        if last is None:
            continue
        moved[index] = Line(line.words[:cut], line.top, line.bottom, line.size)
        names = [right, *parts]
        # A name on a line of its own between the left column's lines stands beside the one above too.
        first = index - 1 if cut == 0 else index
        paired = _names_by_position(moved[first : last + 1], names)
        if paired is not None:
            return [*moved[:first], *paired, *moved[last + 1 :]]
        return _moved_after(moved, last, names)
    return out


def _names_by_position(lefts: list[Line], names: list[list[Word]]) -> list[Line] | None:
    """`lefts` (a block's left column, from the line with the first name on) with each of `names`
    at the end of the last line of a position of its own, in order, where the lines name as many
    positions as there are names, two or more (`requisites.position_starts`: «Ассоциации» under
    «Генеральный директор» is no position, its line the position's wrapped rest); else None."""
    # The lines the names were taken from (each a line of its own, between the positions') are gone.
    lefts = [left for left in lefts if left.words]
    if len(names) < 2:
        return None
    starts = position_starts([left.text() for left in lefts])
    if len(starts) != len(names):
        return None
    out = list(lefts)
    for end, name in zip([*(start - 1 for start in starts[1:]), len(lefts) - 1], names, strict=True):
        line = out[end]
        out[end] = Line([*line.words, *name], line.top, line.bottom, line.size)
    return out


def _right_part(lines: list[Line], index: int, edges: list[float]) -> tuple[list[Word], int] | None:
    """Does line `index` hold a right column's text: the left column's words it is read against and
    where on the line the right column starts?  After a tab's gap, or at a right column's edge
    (`edges`, set by tabs on other lines), or the whole line where it stands between two lines of
    the left column, off their baselines (it overlaps one of them: a cell of its own, centred in
    its row)."""
    line = lines[index]
    cut = _tab_cut(line) or _name_cut(line) or _edge_cut(line, edges)
    if cut is not None:
        if index + 1 < len(lines) and wrapped_name(line.text(), lines[index + 1].text()):
            return None  # the name's initials, its surname wrapped under them: no column of its own
        return line.words[:cut], cut
    if not 0 < index < len(lines) - 1:
        return None
    above, below = lines[index - 1], lines[index + 1]
    overlaps = line.top < above.bottom or below.top < line.bottom
    if overlaps and all(w.x1 < line.words[0].x0 - line.size for w in above.words):
        return above.words, 0
    if _name_between(line, above, below):
        return above.words, 0
    return None


def _name_between(line: Line, above: Line, below: Line) -> bool:
    """Is `line` a name alone between two lines of a left column (they start together), right of
    every word of both?  A browser centres a cell's text in its row: the name beside a position of
    two or three lines stands between them, a line of its own, as close to the longest as the
    cells' padding (no font size apart), and off their baselines by as much as their spacing."""
    start = line.words[0].x0
    return (
        bool(above.words and below.words)
        and is_name(line.text())
        and abs(above.words[0].x0 - below.words[0].x0) <= LEFT_ALIGN
        and all(w.x1 <= start for w in [*above.words, *below.words])
    )


def _name_cut(line: Line) -> int | None:
    """Where a name («И.И. Иванов») that ends the line stands apart from the words before it by more
    than a font size (a narrow signature table's name cell, closer than a tab), or None."""
    for cut in range(len(line.words) - 1, 0, -1):
        if line.words[cut].x0 - line.words[cut - 1].x1 > line.size:
            return cut if is_name(" ".join(w.text for w in line.words[cut:])) else None
    return None


def _edge_cut(line: Line, edges: list[float]) -> int | None:
    """Where a name («И.И. Иванов») that ends the line starts at a right column's edge, or None."""
    for cut in range(1, len(line.words)):
        if any(abs(line.words[cut].x0 - edge) <= LEFT_ALIGN for edge in edges):
            return cut if is_name(" ".join(w.text for w in line.words[cut:])) else None
    return None


def _tab_cut(line: Line) -> int | None:
    """Where a tab's gap parts the line's words (the index of the first word after it), or None."""
    return next((i for i, (a, b) in enumerate(pairwise(line.words), 1) if b.x0 - a.x1 > TAB_GAP * line.size), None)


def _side_parts(
    lines: list[Line], start: int, left: list[Word], right: list[Word]
) -> tuple[list[list[Word]], int | None]:
    """The right column's further names from line `start` on, while the left column goes on (lines
    under `left`, with a name beside them or not, or a name on a line of its own), and the last
    line of the left column; None where no left line follows.  The names' lines up to that last
    line are cut to their left part in `lines` (the names go after it)."""
    parts: list[tuple[int, list[Word]]] = []
    last: int | None = None
    for at in range(start, len(lines)):
        line = lines[at]
        if starts_requisite(line.text()) or is_date_alone(line.text()):
            # «Исп. …» under the position, or the signature's date («15.12.2025» under the position's
            # cell): a requisite of its own, the name goes before it.
            break
        if _under_left(line, left, right):
            last = at
            continue
        # Its words clear of the right column are the left column's (a narrow cell's name may stand
        # closer to the position than a tab).
        cut = next((i for i, w in enumerate(line.words) if w.x1 >= right[0].x0 - line.size), len(line.words))
        head = Line(line.words[:cut], line.top, line.bottom, line.size)
        if cut == len(line.words) or (cut and not _under_left(head, left, right)):
            break
        if not is_name(" ".join(w.text for w in line.words[cut:])):
            break
        parts.append((at, line.words[cut:]))
        if cut:
            last = at
    if last is None:
        return [], None
    # Names below the last left line stay where they stand: after it already.
    kept = [(at, words) for at, words in parts if at <= last]
    for at, words in kept:
        line = lines[at]
        lines[at] = Line(line.words[: len(line.words) - len(words)], line.top, line.bottom, line.size)
    return [words for _, words in kept], last


def _moved_after(lines: list[Line], last: int, parts: list[list[Word]]) -> list[Line]:
    """`lines` with the first of `parts` at the end of line `last` and the others on lines of their
    own after it; lines emptied of their words left out."""
    end = lines[last]
    moved = [Line([*end.words, *parts[0]], end.top, end.bottom, end.size)]
    moved += [Line(part, end.top, end.bottom, end.size) for part in parts[1:]]
    return [line for line in [*lines[:last], *moved, *lines[last + 1 :]] if line.words]


def _under_left(line: Line, left: list[Word], right: list[Word]) -> bool:
    """Does `line` go on the left column of a two-column line (starts where it does, stays clear of
    the right column, and is no footnote)?"""
    first = line.words[0]
    return (
        abs(first.x0 - left[0].x0) <= LEFT_ALIGN
        and all(w.x1 < right[0].x0 - line.size for w in line.words)
        and not first.raised
        and first.text[:1] not in MARKER_CHARS
    )


def _bracket_notes(pages: list[_Page]) -> set[str]:
    """Footnote numbers printed in brackets («[1]», Google Docs and Word web pages): raised anywhere,
    or glued to a word («самоуправления[1]») while a line of text outside the tables starts with it."""
    lines = [line for page in pages for table in page.tables for cell in table.lines.values() for line in cell]
    outside = [line for page in pages for region in page.regions for line in region.lines]
    words = [w for line in [*lines, *outside] for w in line.words]
    raised = {m[1] for w in words if w.raised and (m := _BRACKET.fullmatch(w.text))}
    glued = {m[1] for w in words if not w.raised and (m := _GLUED_NOTE.search(w.text))}
    # … or on a cell's line of its own, where a wrap put it («(по отдельной программе)» / «[2]»).
    alone = {m[1] for line in lines if len(line.words) == 1 and (m := _BRACKET.fullmatch(line.words[0].text))}
    starts = {m[1] for line in outside if (m := _BRACKET.fullmatch(line.words[0].text))}
    return raised | ((glued | alone) & starts)


def _left(page: _Page) -> float:
    return min((w.x0 for w in page.words), default=0.0)


def _in_margin(line: Line, height: float) -> bool:
    return line.bottom < MARGIN_ZONE * height or line.top > (1 - MARGIN_ZONE) * height


def _shape(text: str) -> str:
    """A line's text with its numbers blanked: a running head with a page number or date is one shape."""
    return _DIGITS.sub("#", text)


@dataclass
class _Margins:
    """What the pages print in their margins and no reader wants: the shapes of the running lines
    and each page's page number, as (page, the line's text)."""

    shapes: set[str] = field(default_factory=set)
    numbers: set[tuple[int, str]] = field(default_factory=set)
    # The page numbers in a form of their own («стр. 5», «2/3») that count no page: the number
    # differs from its page's, no other page's shares the difference, and no other page prints
    # the same text (a running footer).  Still left out, said once (`_unsure_numbers_warning`).
    unsure: set[tuple[int, str]] = field(default_factory=set)
    # A running line that is the plan's heading with its year, on the first page printing it: a
    # <thead> whose first row holds the heading prints it again atop each page; the first is read.
    titles: set[tuple[int, str]] = field(default_factory=set)
    # Every line set apart in a page's top or bottom margin, running or not (a one-page print of
    # a document's page header is one line at the top): where the heading names no year, the
    # assembler takes it from these as from a DOCX's header and footer parts (`Layout.running`).
    texts: list[str] = field(default_factory=list)


# A browser's print header opens with the date and time of printing («12/2/26, 10:57 AM»,
# «02.12.2026, 10:57»), the page's <title> after it: a running line even on a one-page print.
_PRINT_STAMP = re.compile(
    r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}),?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s|$)"
)
# … and its print footer, the page's address and «1/3»: a running line even on a one-page print.
_PRINT_ADDRESS = re.compile(r"(?:file|https?)://\S+\s+\d+\s?/\s?\d+$")
# A page number with a word or a slash of its own («стр. 2», «1/3»): no bare number.
_LETTER_OR_SLASH = re.compile(r"[^\W\d_]|/")


def _running_lines(pages: list[_Page]) -> _Margins:
    """The running lines: set apart in the top or bottom margin of more than one page (a browser's
    date and address, a document's running title), footnotes whose marker is printed excepted;
    and the page numbers: «1/3», «стр. 2», or a bare number that counts the pages with the number
    of another page's. A table's row cut by a page break leaves its number alone at the page's foot
    and its text at the next page's top, lines of the table's run: those are kept."""
    seen: dict[str, set[int]] = {}
    numbers_of: dict[str, set[str]] = {}  # the leading numbers of the lines of one shape
    bare_numbers: list[tuple[int, str, int]] = []  # (page, text, the number) of the bare numbers
    marked: list[tuple[int, str, int]] = []  # the same of the others («стр. 2», «1/3», «- 2 -»)
    margins = _Margins()
    stamps: set[str] = set()  # the shapes of browsers' print headers (`_PRINT_STAMP`)
    for page in pages:
        outside = [w for w in page.words if not any(_inside(g.bbox, w.cx, w.cy) for g in page.grids)]
        for line in _apart(group_lines(outside), page.height):
            text = line.text()
            if PAGE_NUMBER.match(text):
                found = _DIGITS.findall(text)
                if len(found) == 1 and not _LETTER_OR_SLASH.search(text):
                    bare_numbers.append((page.number, text, int(found[0])))
                else:
                    marked.append((page.number, text, int(found[0])))
                continue
            margins.texts.append(text)
            head = _PRINT_STAMP.match(text) and line.bottom < MARGIN_ZONE * page.height
            foot = _PRINT_ADDRESS.match(text) and line.top > (1 - MARGIN_ZONE) * page.height
            if head or foot:
                stamps.add(_shape(text))
            seen.setdefault(_shape(text), set()).add(page.number)
            if page.number == min(seen[_shape(text)]) and is_plan_heading(text) and YEAR.search(text):
                margins.titles.add((page.number, _shape(text)))
            if note := _FOOTNOTE_LINE.match(text):
                numbers_of.setdefault(_shape(text), set()).add(note[1] or note[2])
    margins.numbers |= {(page, text) for page, text, _ in _counting(bare_numbers, len(pages))}
    margins.numbers |= {(page, text) for page, text, _ in marked}
    offsets = Counter(number - page for page, _, number in marked)
    # The same text at the foot of several pages («стр. 1» on each) is a running line, not a
    # page number gone wrong: left out as the running lines are, without a word.
    printed_on = Counter(text for _, text in {(page, text) for page, text, _ in marked})
    margins.unsure = {
        (page, text)
        for page, text, number in marked
        if number != page and offsets[number - page] < 2 and printed_on[text] < 2
    }
    running = {shape for shape, numbers in seen.items() if len(numbers) > 1}
    # A footnote at the foot of two pages under two markers («1 Даты …» / «2 Даты …») has one shape
    # too: it is no running line when every such number is printed raised somewhere (its marker).
    if running & numbers_of.keys():
        markers = {
            w.text.strip("[]") for page in pages for line in group_lines(page.words) for w in line.words if w.raised
        }
        running = {shape for shape in running if not numbers_of.get(shape, {""}) <= markers}
    margins.shapes = running | stamps
    return margins


def _apart(lines: list[Line], height: float) -> list[Line]:
    """The page's lines in its margins set apart from the body: above the first paragraph gap when
    that gap is in the top margin, below the last one when it is in the bottom margin. A page cut
    through a table's row has that row's lines at its edge with no gap: they are the body's."""
    lines = sorted(lines, key=lambda line: line.top)
    gaps = [i for i, (a, b) in enumerate(pairwise(lines)) if b.top - a.bottom > PARAGRAPH_GAP * max(a.size, b.size)]
    out: list[Line] = []
    if gaps and lines[gaps[0]].bottom < MARGIN_ZONE * height:
        out += lines[: gaps[0] + 1]
    if gaps and lines[gaps[-1] + 1].top > (1 - MARGIN_ZONE) * height:
        out += [line for line in lines[gaps[-1] + 1 :] if line not in out]
    elif not gaps and len(lines) == 1 and _in_margin(lines[0], height):
        out = lines
    return out


def _counting(bare_numbers: list[tuple[int, str, int]], page_count: int) -> list[tuple[int, str, int]]:
    """The bare numbers that are page numbers: those whose difference from their page's number
    another page's number shares (a row's number at a page's foot differs page by page), and on a
    document that shows one only, the page's own number, but a «1» on the first page of several:
    a document numbers its pages from the second (GOST R 7.0.97), and a «1» alone under the first
    page's last line is the number of a row that the page break cut from its text."""
    pages_of: dict[int, set[int]] = {}
    for page, _, number in bare_numbers:
        pages_of.setdefault(number - page, set()).add(page)
    shared = [offset for offset, on in pages_of.items() if len(on) > 1]
    if shared:
        offset = max(shared, key=lambda o: len(pages_of[o]))
        return [item for item in bare_numbers if item[2] - item[0] == offset]
    return [item for item in bare_numbers if item[2] == item[0] and (item[0] > 1 or page_count == 1)]


def _without_running_lines(lines: list[Line], page: int, height: float, margins: _Margins) -> list[Line]:
    return [
        line
        for line in lines
        if not (
            _in_margin(line, height)
            and ((page, line.text()) in margins.numbers or _shape(line.text()) in margins.shapes)
            and (page, _shape(line.text())) not in margins.titles
        )
    ]


def _paragraph_lines(lines: list[Line], table_tops: list[float]) -> Iterator[list[Line]]:
    """Lines into paragraphs: a wider vertical gap or a table between lines separates them."""
    group: list[Line] = []
    for line in lines:
        if group:
            previous = group[-1]
            gap = line.top - previous.bottom
            table_between = any(previous.top < top < line.top for top in table_tops)
            if table_between or gap > PARAGRAPH_GAP * max(line.size, previous.size):
                yield group
                group = []
        group.append(line)
    if group:
        yield group


# -- a ruled table ----------------------------------------------------------------


def _tabbed_columns(lines: list[Line], grid: Grid, first: int, span: int) -> dict[int, list[Word]] | None:
    """The words of a cell across columns, by the column each stands in, where they are set
    as a row of the table's cells: every word wholly inside one of the columns, and words of a
    line in different columns apart by a tab's gap at least («8.» under the №, «I полугодие»
    under the date).  None where the text runs across the columns as a heading or a note does."""
    pieces: dict[int, list[Word]] = {}
    tabbed = False
    for line in lines:
        columns: list[int] = []
        for word in line.words:
            column = grid.column_at((word.x0 + word.x1) / 2)
            if not (first <= column < first + span and grid.xs[column] <= word.x0 and word.x1 <= grid.xs[column + 1]):
                return None
            columns.append(column)
        for (a, b), (ca, cb) in zip(pairwise(line.words), pairwise(columns), strict=True):
            if ca != cb:
                if b.x0 - a.x1 <= TAB_GAP * line.size:
                    return None
                tabbed = True
        for word, column in zip(line.words, columns, strict=True):
            pieces.setdefault(column, []).append(word)
    return pieces if tabbed else None


def _cell_text(lines: list[Line], edges: tuple[float, float], typography: Typography, notes: set[str]) -> str:
    """A cell's lines between its inner `edges` (left, right) as text, the footnote references in
    brackets glued to a word («самоуправления[1]») that `notes` holds as markers."""
    text = join_lines(lines, edges[1], typography=typography, left=edges[0])
    if notes:

        def marker(match: re.Match[str]) -> str:
            return superscript(match[1]) if match[1] in notes else match[0]

        text = _WRAPPED_NOTE.sub(marker, _GLUED_NOTE.sub(marker, text))
    return text


def _table(table: _TableText, page: int, typography: Typography, notes: set[str]) -> Table:
    grid, pad = table.grid, table.pad
    rows: list[Row] = []
    for r in range(grid.rows):
        out: list[Cell] = []
        c = 0
        while c < grid.columns:
            at = grid.owner[(r, c)]
            row, col, colspan = grid.place[at]
            span = col + colspan - c
            if row == r:
                box = grid.cells[at]
                lines = table.lines.get(at, [])
                if span > 1 and (pieces := _tabbed_columns(lines, grid, c, span)) is not None:
                    # A row whose rules the page break left undrawn (its cells sit in the box
                    # around the table, one cell across its columns): each column its own cell,
                    # read as a ruled cell is (its edges, its glued footnote references).
                    for column in range(c, c + span):
                        words = pieces.get(column, [])
                        edges = (grid.xs[column] + pad, grid.xs[column + 1] - table.right_pad)
                        text = _cell_text(group_lines(words), edges, typography, notes)
                        out.append(Cell(clean(text), bold=bool(words) and all(w.bold for w in words)))
                    c += span
                    continue
                left = table.column_pads.get(c, pad) if span == 1 else pad
                text = _cell_text(lines, (box[0] + left, box[2] - table.right_pad), typography, notes)
                # An empty cell of row `merged_row` under a merged cell of the page before is that cell.
                merged = r == table.merged_row and not text.strip() and set(range(c, c + span)) <= table.merged_top
                bold = bool(lines) and all(w.bold for line in lines for w in line.words)
                out.append(Cell(clean(text), colspan=span, merged_up=merged, bold=bold))
            else:
                out.append(Cell("", colspan=span, merged_up=True))
            c += span
        rows.append(Row(out, page=page))
    if rows and table.cut_below:
        rows[-1].cut_below = True
    xs = grid.xs
    if table.set_on is not None and rows and not is_header_row(rows[0]) and (moved := _set_on(rows, xs, table.set_on)):
        rows, xs = moved, table.set_on
    return Table(_without_spacing_columns(rows, table, xs), page=page)


# A table's edges within this many points of the table's above stand where they do.
SAME_EDGE = 2.0
# A table of fewer columns than this is no piece of a plan's (a signature's «position | name»).
MIN_SET_ON = 3
# A column of `onto` that a column of the table set on it overlaps over this share of its own width
# is under it whole (`_set_on`).
WHOLE_OVERLAP = 0.9
# A column of `onto` narrower than this (points) is a strip, not a column of text (`_set_on`).
HAIR = 4.0


def _fewer_columns_under(pages: list[_Page]) -> None:
    """Mark each ruled table set under another of more columns between the same left and right
    edges (`_TableText.set_on`): a web page's plan printed as tables of their own widths, one of
    them a column fewer where a cell spans two (a person's cell across the place's and its own,
    «38-й Международный фестиваль | 11.08 | Отдел информации …»).  Read with its own columns it
    is no table of the plan's width, and its rows were skipped.  Only a column fewer, and three
    or more: a signature set in a table of two across the page is no piece of the plan's."""
    above: _TableText | None = None
    for page in pages:
        for table in sorted(page.tables, key=lambda t: t.grid.bbox[1]):
            if table.column_pads:
                above = None
                continue
            if (
                above is not None
                and MIN_SET_ON <= table.grid.columns == above.grid.columns - 1
                and abs(table.grid.xs[0] - above.grid.xs[0]) <= SAME_EDGE
                and abs(table.grid.xs[-1] - above.grid.xs[-1]) <= SAME_EDGE
            ):
                table.set_on = above.grid.xs
            else:
                above = table


def _set_on(rows: list[Row], xs: list[float], onto: list[float]) -> list[Row] | None:
    """The rows of a table with column edges `xs`, each column set on the column of `onto` it
    overlaps most, the columns none takes empty; None where two take one.  A column over two of
    `onto`'s whole (a cell across the place's column and its own) goes on the last of them: an
    empty place's column printed a hair wide, its rules one, leaves the note's cell across both."""

    def target_of(a: float, b: float) -> int:
        overlaps = [min(b, onto[k + 1]) - max(a, onto[k]) for k in range(len(onto) - 1)]
        # Covered whole: by its own width, not by the most any column is covered (a column over
        # half of a wide one would count as whole beside a narrow one it covers).
        whole = [k for k, o in enumerate(overlaps) if o > 0 and o >= WHOLE_OVERLAP * (onto[k + 1] - onto[k])]
        # Of those, not a strip a hair wide after a wider one (a frame's spacing): it holds no text
        # of the cell across both.
        if any(onto[k + 1] - onto[k] >= HAIR for k in whole):
            whole = [k for k in whole if onto[k + 1] - onto[k] >= HAIR or k < max(whole)]
        # Else the most overlapped; a strip outside `onto`'s edges (within `SAME_EDGE`) overlaps
        # none: the nearest column, the least negative.
        return whole[-1] if len(whole) > 1 else overlaps.index(max(overlaps))

    target = [target_of(a, b) for a, b in pairwise(xs)]
    if any(q <= p for p, q in pairwise(target)):
        return None
    out: list[Row] = []
    for row in rows:
        cells: list[Cell] = []
        at = column = 0
        for cell in row.cells:
            first, last = target[column], target[column + cell.colspan - 1]
            cells.extend(Cell("") for _ in range(at, first))
            cells.append(replace(cell, colspan=last - first + 1))
            at, column = last + 1, column + cell.colspan
        cells.extend(Cell("") for _ in range(at, len(onto) - 1))
        out.append(replace(row, cells=cells))
    return out


def _without_spacing_columns(rows: list[Row], table: _TableText, xs: list[float]) -> list[Row]:
    """`rows` without the columns of a browser's border spacing: a table printed with separate
    borders (`<table border="1">`) draws its frame a couple of points outside its cells' borders,
    and the strips between are columns of the grid, empty in every row.  Left in, a row across
    the table (a `<th colspan>` day or section heading) is one cell among empty ones, no row
    across the table's columns.  Only a column narrower than a letter goes: an empty column of
    the plan (a «Отметка о выполнении» nobody filled) is as wide as its header, and only in a table
    framed so.  `xs`: the edges of the columns the rows are set in (the table's, or those of the
    table above whose columns they were set on, `_set_on`)."""
    sizes = [line.size for lines in table.lines.values() for line in lines]
    letter = median(sizes) if sizes else 0.0
    columns = len(xs) - 1
    empty: set[int] = set()
    for c in range(columns):
        if xs[c + 1] - xs[c] < letter and all(_blank_at(row, c) for row in rows):
            empty.add(c)
    # The frame's strips stand at both edges; a narrow empty column inside a table without them is
    # a grid the reader placed from few rows (a row alone on a page), no spacing.
    if not {0, columns - 1} <= empty or len(empty) == columns:
        return rows
    return [_drop_columns(row, empty) for row in rows]


def _blank_at(row: Row, column: int) -> bool:
    start = 0
    for cell in row.cells:
        if start <= column < start + cell.colspan:
            return cell.colspan > 1 or not cell.text.strip()
        start += cell.colspan
    return True


def _drop_columns(row: Row, columns: set[int]) -> Row:
    cells: list[Cell] = []
    start = 0
    for cell in row.cells:
        kept = sum(1 for c in range(start, start + cell.colspan) if c not in columns)
        start += cell.colspan
        if kept:
            cell.colspan = kept
            cells.append(cell)
    row.cells = cells
    return row
