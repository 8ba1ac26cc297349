"""A PDF's pages → `Layout`, with pdfplumber.

Ruled tables are found by their drawn lines, once per page, and become one
`Table` per page and table (the assembler stitches pages together).  Cell
text is rebuilt from the page's glyphs, not from pdfplumber's own cell text:
lines become paragraphs by the geometry of wrapping (`words`), markers
become superscript characters, and merged cells (pdfplumber's ``None``)
become `colspan` / `merged_up`.  Words outside the tables give the title,
approval, signature and footnotes as paragraphs in reading order.  A PDF
with no drawn table at all falls back to columns found from the header words
(`plain`).  Pages are parsed once: `find_tables` and the page's characters
are the only passes over each page's objects.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import pairwise, product
from pathlib import Path
from statistics import median
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from magplan import limits
from magplan.errors import DamagedFile, EncryptedFile, MagplanError, NeedsOCR
from magplan.extract.pdf.plain import plain_tables
from magplan.extract.pdf.words import (
    SPACE_WIDTH,
    Glyph,
    Line,
    Typography,
    Word,
    bare,
    group_lines,
    join_lines,
    page_words,
)
from magplan.layout import Block, Cell, ExtractWarning, Layout, Paragraph, Row, Table
from magplan.text import PAGE_NUMBER, clean

TABLE_SETTINGS: dict[str, Any] = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
# Page numbers are printed in this share of the page height at the top or bottom.
MARGIN_ZONE = 0.1
# A vertical gap between lines larger than this many font sizes starts a new paragraph.
PARAGRAPH_GAP = 0.5
# Below this share of Cyrillic among the letters, the text layer is a broken font encoding.
MIN_CYRILLIC = 0.25
# A page with fewer characters than this has no text of its own (at most a scanner's page stamp).
MIN_PAGE_CHARS = 20
# A writer that leaves a space glyph at the end of this many sure wraps (and this share of them:
# the rest are paragraph ends and cut words) marks every wrap so; LibreOffice does, browsers do not.
MIN_WRAP_SPACES = 2
MIN_WRAP_SHARE = 0.3
# Fewer gaps between words than this measure no space width.
MIN_SPACE_GAPS = 5
_Bbox = tuple[float, float, float, float]


@dataclass(slots=True)
class _Page:
    number: int
    width: float
    height: float
    words: list[Word]
    tables: list[tuple[_Bbox, list[_Bbox]]]  # (table bbox, cell bboxes)
    has_images: bool
    marked_wraps: int  # see `magplan.extract.pdf.words.PageWords`
    unmarked_wraps: int
    space_gaps: list[float]


def extract(path: Path) -> Layout:
    with _open(path) as pdf:
        with _reading():
            needs_ocr = _needs_ocr(pdf)
        if needs_ocr:
            # The one hook for OCR: a scan is to be handed to `magplan.extract.ocr` here.
            raise NeedsOCR("the PDF has no text layer (a scanned image); reading it needs OCR")
        pages = _read_pages(pdf)
    _check_text_layer(pages)
    plain = not any(page.tables for page in pages) and _plain_tables(pages)
    layout = Layout(page_count=len(pages))
    grids = [[_grid(cells, words) for (_, cells), words in zip(page.tables, _table_words(page), strict=True)]
             for page in pages]  # fmt: skip
    typography = _typography(pages, [grid for page_grids in grids for grid in page_grids])
    for page, page_grids in zip(pages, grids, strict=True):
        if not page.words and page.has_images:
            layout.warnings.append(
                ExtractWarning("page_needs_ocr", f"page {page.number} has no text layer (a scanned page); not read")
            )
        layout.blocks.extend(_page_blocks(page, page_grids, typography))
    if plain:
        layout.blocks = _one_table(layout.blocks)
        layout.warnings.append(
            ExtractWarning(
                "unruled_table",
                "the table has no ruling lines: its columns were placed from the header's words; check the cells",
            )
        )
    return layout


def _typography(pages: list[_Page], grids: list[_Grid]) -> Typography:
    """How the writer sets lines (see `magplan.extract.pdf.words.Typography`), measured over the whole document."""
    gaps = [gap for page in pages for gap in page.space_gaps]
    marked = sum(page.marked_wraps for page in pages)
    unmarked = sum(page.unmarked_wraps for page in pages)
    leading = [
        (below.top - above.bottom) / max(above.size, below.size)
        for grid in grids
        for lines in grid.lines.values()
        for above, below in pairwise(lines)
    ]
    return Typography(
        space_em=median(gaps) if len(gaps) >= MIN_SPACE_GAPS else SPACE_WIDTH,
        marks_wraps=marked >= MIN_WRAP_SPACES and marked >= MIN_WRAP_SHARE * (marked + unmarked),
        line_gap=median(leading) if leading else None,
        vocabulary=frozenset(bare(word.text) for page in pages for word in page.words),
    )


def _plain_tables(pages: list[_Page]) -> bool:
    """Give pages without drawn tables the cell grid found from the header words."""
    found = plain_tables([(p.number, _without_page_numbers(group_lines(p.words), p.height)) for p in pages])
    for page in pages:
        if page.number in found:
            page.tables = [found[page.number]]
    return bool(found)


def _one_table(blocks: list[Block]) -> list[Block]:
    """The per-page parts of an unruled table as one table: only the first page has its header."""
    tables = [block for block in blocks if isinstance(block, Table)]
    for table in tables[1:]:
        tables[0].rows.extend(table.rows)
    tables[0].ruled = False
    return [block for block in blocks if not isinstance(block, Table) or block is tables[0]]


@contextmanager
def _open(path: Path) -> Iterator[Any]:
    with path.open("rb") as handle:
        head = handle.read(1024)
    if b"%PDF-" not in head:
        raise DamagedFile("not a PDF file (no %PDF header)")
    with _reading():
        pdf = pdfplumber.open(path)
    with pdf:
        with _reading():
            limits.check_pages(len(pdf.pages), limits.PDF_PAGES, "in the PDF")
        yield pdf


def _read_pages(pdf: Any) -> list[_Page]:
    """Parse every page once, keeping only what the layout needs (words and table cells)."""
    pages: list[_Page] = []
    for page in pdf.pages:
        with _reading():
            pages.append(_parse(page))
        page.close()  # frees the page's parsed objects: they are no longer needed
    return pages


@contextmanager
def _reading() -> Iterator[None]:
    """Turn whatever pdfminer raises on a bad file into one of magplan's errors."""
    try:
        yield
    except MagplanError:
        raise
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise EncryptedFile("the PDF is password-protected; save an unprotected copy and try again") from exc
        raise DamagedFile(f"damaged PDF file ({_reason(cause)})") from exc
    except Exception as exc:  # pdfminer reports damage with many exception types
        raise DamagedFile(f"damaged PDF file ({_reason(exc)})") from exc


def _reason(exc: object) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def _needs_ocr(pdf: Any) -> bool:
    """True when no page has a text layer: a scan that only OCR can read."""
    return not any(len(page.chars) >= MIN_PAGE_CHARS for page in pdf.pages)


def _parse(page: Any) -> _Page:
    tables = [(tuple(t.bbox), [tuple(c) for c in t.cells]) for t in page.find_tables(TABLE_SETTINGS)]
    found = page_words([_glyph(char) for char in page.chars if char["upright"] and char["text"]])
    return _Page(
        number=page.page_number,
        width=float(page.width),
        height=float(page.height),
        words=found.words,
        tables=[(bbox, cells) for bbox, cells in tables if len(cells) >= 2],
        has_images=bool(page.images),
        marked_wraps=found.marked_wraps,
        unmarked_wraps=found.unmarked_wraps,
        space_gaps=found.space_gaps,
    )


def _glyph(char: dict[str, Any]) -> Glyph:
    """A pdfplumber character as a `Glyph`: its baseline from the text matrix, not the font's descent."""
    base = char["bottom"] - (char["matrix"][5] - char["y0"])
    return Glyph(char["text"], char["x0"], char["x1"], base, char["size"])


def _check_text_layer(pages: list[_Page]) -> None:
    """Refuse a text layer that would give garbage: unmapped glyphs or mis-encoded Cyrillic."""
    texts = [word.text for page in pages for word in page.words]
    if sum(text.count("(cid:") for text in texts) > 0.05 * max(len(texts), 1):
        raise NeedsOCR("the PDF's fonts have no Unicode mapping ((cid:NN) glyphs); reading it needs OCR")
    letters = [ch for text in texts for ch in text if ch.isalpha()]
    cyrillic = sum(1 for ch in letters if "\u0400" <= ch <= "\u04ff")
    if len(letters) >= 50 and cyrillic < MIN_CYRILLIC * len(letters):
        raise NeedsOCR("the PDF's text layer is not readable Cyrillic (a broken font encoding); reading it needs OCR")


# -- one page -------------------------------------------------------------------


def _table_words(page: _Page) -> list[list[Word]]:
    """The words inside each table of the page (a word belongs to the first table around its centre)."""
    inside: list[list[Word]] = [[] for _ in page.tables]
    for word in page.words:
        for index, (bbox, _) in enumerate(page.tables):
            if bbox[0] <= word.cx <= bbox[2] and bbox[1] <= word.cy <= bbox[3]:
                inside[index].append(word)
                break
    return inside


def _page_blocks(page: _Page, grids: list[_Grid], typography: Typography) -> list[Block]:
    placed: list[tuple[float, Block]] = []
    for (bbox, _), grid in zip(page.tables, grids, strict=True):
        placed.append((bbox[1], _table(grid, page.number, typography)))
    outside = [w for w in page.words if not any(b[0] <= w.cx <= b[2] and b[1] <= w.cy <= b[3] for b, _ in page.tables)]
    right = max([w.x1 for w in page.words] + [bbox[2] for bbox, _ in page.tables] + [page.width - _left(page.words)])
    tops = [bbox[1] for bbox, _ in page.tables]
    for lines in _paragraph_lines(_without_page_numbers(group_lines(outside), page.height), tops):
        text = join_lines(lines, right, tabs=True, loose=True, typography=typography)
        placed.append((lines[0].top, Paragraph(text, page=page.number)))
    placed.sort(key=lambda pair: pair[0])
    return [block for _, block in placed]


def _left(words: list[Word]) -> float:
    return min((w.x0 for w in words), default=0.0)


def _without_page_numbers(lines: list[Line], height: float) -> list[Line]:
    return [
        line
        for line in lines
        if not (
            PAGE_NUMBER.match(line.text())
            and (line.bottom < MARGIN_ZONE * height or line.top > (1 - MARGIN_ZONE) * height)
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


@dataclass(slots=True)
class _Grid:
    """A ruled table's cells on the row × column grid, with the lines of text in each."""

    rows: int
    columns: int
    cells: list[_Bbox]
    place: list[tuple[int, int, int]]  # per cell: row, column, colspan
    owner: dict[tuple[int, int], int]  # grid position → the cell covering it
    lines: dict[int, list[Line]]  # cell → its lines of text
    pad: float  # the cells' inner margin


def _grid(found: list[_Bbox], words: list[Word]) -> _Grid:
    """Cell boxes → a grid with spans; each word goes to the cell under its centre.

    pdfplumber lists the cells that the rules enclose: a cell wider than a
    column becomes `colspan`, one taller than a row is `merged_up` in the
    rows below, and a grid position no cell covers gets a cell of its own.
    """
    xs = sorted({c[0] for c in found})
    tops = sorted({c[1] for c in found})
    cells = list(found)
    place: list[tuple[int, int, int]] = []
    owner: dict[tuple[int, int], int] = {}
    for index, (x0, top, x1, bottom) in enumerate(found):
        row, col = bisect_left(tops, top), bisect_left(xs, x0)
        # A cell covers every column and row edge that starts inside it.
        colspan = max(bisect_left(xs, x1 - 0.5) - col, 1)
        rowspan = max(bisect_left(tops, bottom - 0.5) - row, 1)
        place.append((row, col, colspan))
        for r in range(row, row + rowspan):
            for c in range(col, col + colspan):
                owner.setdefault((r, c), index)
    right, bottom = max(c[2] for c in found), max(c[3] for c in found)
    for r, c in product(range(len(tops)), range(len(xs))):
        if (r, c) not in owner:  # a gap in the ruling: a cell of its own, so that no text is lost
            owner[(r, c)] = len(cells)
            place.append((r, c, 1))
            cells.append(
                (xs[c], tops[r], xs[c + 1] if c + 1 < len(xs) else right, tops[r + 1] if r + 1 < len(tops) else bottom)
            )
    members: dict[int, list[Word]] = {}
    for word in words:
        # A word's centre may sit a hair above the first rule; it still belongs to the first row.
        at = owner[(max(bisect_right(tops, word.cy) - 1, 0), max(bisect_right(xs, word.cx) - 1, 0))]
        members.setdefault(at, []).append(word)
    lines = {at: group_lines(inside) for at, inside in members.items()}
    return _Grid(len(tops), len(xs), cells, place, owner, lines, _padding(cells, members))


def _table(grid: _Grid, page: int, typography: Typography) -> Table:
    rows: list[Row] = []
    pad = grid.pad
    for r in range(grid.rows):
        out: list[Cell] = []
        c = 0
        while c < grid.columns:
            at = grid.owner[(r, c)]
            row, col, colspan = grid.place[at]
            span = col + colspan - c
            if row == r:
                box = grid.cells[at]
                lines = grid.lines.get(at, [])
                text = join_lines(lines, box[2] - pad, typography=typography, left=box[0] + pad)
                out.append(Cell(clean(text), colspan=span))
            else:
                out.append(Cell("", colspan=span, merged_up=True))
            c += span
        rows.append(Row(out, page=page))
    return Table(rows, page=page)


def _padding(cells: list[_Bbox], members: dict[int, list[Word]]) -> float:
    """The cells' inner margin: the smallest distance from a cell's left edge to its text."""
    offsets = [min(w.x0 for w in words) - cells[i][0] for i, words in members.items() if words]
    return min(max(min(offsets, default=0.0), 0.0), 12.0)
