"""Image-only (scanned) PDFs → `Layout`, with Tesseract.

Each page is rendered at `DPI`, coloured ink (stamps, signatures) is taken
out, the page is deskewed, and the table ruling is found by morphology
(`_ocr_image`).  The ruling is then erased and the page's cells and text
bands are read by one Tesseract call (`_ocr_read`, plus a second one when
Cyrillic words came out in Latin letters); each word goes to the table cell
under its centre, and the words outside the tables become paragraphs
(title, signature, footnotes).  Markers, bullets, letter case and lines are
rebuilt in `_ocr_text`, and the plan's own vocabulary corrects what OCR
typically gets wrong (`magplan.normalize.ocr_fix`).  Pages are independent
and read in parallel; one `Table` per page and table, with `Row.page` set,
is left for the assembler to stitch.
"""

from __future__ import annotations

import multiprocessing
import re
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from magplan import lifeline, limits
from magplan.extract import Progress
from magplan.extract import _ocr_image as image
from magplan.extract._ocr_glyphs import capital_height
from magplan.extract._ocr_grid import TableGrid, find_tables, ruling_lines
from magplan.extract._ocr_read import Region, read_regions, second_opinion
from magplan.extract._ocr_text import group_lines, join_lines, to_words
from magplan.extract._tesseract import Word as OcrWord
from magplan.extract._tesseract import tesseract_program
from magplan.extract.pdf.words import Line, Word
from magplan.layout import Block, Cell, Doubt, ExtractWarning, Layout, Paragraph, Row, Table
from magplan.normalize.ocr_fix import correct_layout
from magplan.text import PAGE_NUMBER
from magplan.text import clean as clean_text

DPI = 300
# Words Tesseract is less sure of than this (0-100) are reported when no correction settled them.
_UNCERTAIN = 60
# Marks without a letter or digit read this unsurely are specks, not text.
_NOISE = 30
# Lines further apart than this many font sizes are separate paragraphs.
_PARAGRAPH_GAP = 0.8
# Under a removed stamp, what is read less surely than this is the stamp's remains.
_STAMPED_DOUBT = 50
_STAMPED_GUESS = 30
# A mark without letters covering fewer pixels (at 300 dpi) is a speck; a period covers about 40.
_SPECK = 16
# Page numbers stand in this share of the page height at the top or bottom.
_MARGIN_ZONE = 0.1
_WORD_CHARS = re.compile(r"\w+")


@dataclass(slots=True)
class _Page:
    number: int
    blocks: list[Block] = field(default_factory=list)
    warnings: list[ExtractWarning] = field(default_factory=list)
    words: list[OcrWord] = field(default_factory=list)  # as read, for the uncertainty report
    size: tuple[int, int] = (1, 1)  # width, height of the upright page in pixels: where a doubt stands


def ocr_layout(path: Path, jobs: int = 2, progress: Progress | None = None) -> Layout:
    """Read a scanned PDF; `jobs` pages are recognised at a time, in separate processes.

    `progress` hears (pages done, pages in all), first with 0 done.
    Raises `MissingDependency` when Tesseract or its Russian data is not installed.
    """
    tesseract_program()
    count = image.page_count(path)
    limits.check_pages(count, limits.OCR_PAGES, "to read by OCR")
    indexes = list(range(count))
    tell: Progress = progress or (lambda done, total: None)
    tell(0, count)
    # A worker of a batch already has its share of the cores, and may not fork.
    if jobs > 1 and count > 1 and multiprocessing.parent_process() is None:
        # The page readers die with this process, should it be killed (`lifeline`).
        with ProcessPoolExecutor(max_workers=min(jobs, count), initializer=lifeline.die_with_parent) as pool:
            futures = [pool.submit(_read_page, path, index) for index in indexes]
            for done, _ in enumerate(as_completed(futures), 1):
                tell(done, count)
            pages = [future.result() for future in futures]
    else:
        pages = []
        for index in indexes:
            pages.append(_read_page(path, index))
            tell(index + 1, count)
    layout = Layout(page_count=count)
    for page in pages:
        layout.blocks.extend(page.blocks)
    correct_layout(layout)
    for page in pages:
        doubtful = _doubtful(page.words, page.blocks)
        layout.warnings.extend(_uncertain(doubtful, page.number))
        layout.doubts.extend(_doubts(doubtful, page))
        layout.warnings.extend(page.warnings)
    return layout


def extract(path: Path) -> Layout:
    """The extractor interface of `magplan.extract`: a PDF read by OCR whatever it holds."""
    return ocr_layout(path)


@dataclass(slots=True)
class _Scan:
    """A page made ready for reading."""

    clean: image.Image  # what Tesseract reads: white paper, no ruling, no coloured ink
    bw: image.Image  # ink as 255, without the ruling: for measuring glyphs
    stamped: image.Image  # 255 where coloured ink was taken off
    tables: list[TableGrid]


def _prepare(path: Path, index: int) -> _Scan | None:
    """The page ready for reading, or None for a blank page (Tesseract is not asked about it)."""
    unit = DPI / 300
    rgb = image.render_page(path, index, DPI)
    if image.is_blank(rgb):
        return None
    gray, stamped = image.remove_colour_ink(rgb, unit)
    angle = image.estimate_skew(gray, unit)
    gray, stamped = image.rotate(gray, angle), image.rotate(stamped, angle, fill=0)
    bw = image.binarize(gray, unit)
    ruling = ruling_lines(bw, unit)
    # Ruling left on the page is read as «|», «—» or «_», and glued to the words it touches.
    erase = cv2.dilate(ruling, np.ones((5, 5), np.uint8), iterations=2) > 0
    bw[erase] = 0
    return _Scan(image.for_recognition(gray, erase, unit), bw, stamped, find_tables(ruling, unit))


def _read_page(path: Path, index: int) -> _Page:
    number = index + 1
    scan = _prepare(path, index)
    if scan is None:
        return _Page(number, warnings=[ExtractWarning("blank_page", f"page {number} is blank; skipped")])
    found = read_regions(scan.clean, _regions(scan.tables, scan.bw, DPI / 300), DPI)
    found = second_opinion(scan.clean, found, DPI)
    noise = [_is_noise(w, scan.tables, scan.stamped) for w in found]
    dropped = [w for w, out in zip(found, noise, strict=True) if out and any(ch.isalnum() for ch in w.text)]
    found = [w for w, out in zip(found, noise, strict=True) if not out]
    height, width = scan.bw.shape
    page = _Page(number, _blocks(scan, to_words(found), number), words=found, size=(width, height))
    if dropped:
        shown = ", ".join(f"«{w.text}» ({w.conf:.0f}%)" for w in dropped[:12])
        page.warnings.append(
            ExtractWarning("ocr_stamp_remains", f"page {number}: left out as remains of a stamp or signature: {shown}")
        )
    return page


def _blocks(scan: _Scan, words: list[Word], page: int) -> list[Block]:
    """The page's tables and paragraphs, top to bottom."""
    capital = capital_height(words, scan.bw)
    inside: list[dict[int, list[Word]]] = [{} for _ in scan.tables]
    outside: list[Word] = []
    for word in words:
        for slot, table in zip(inside, scan.tables, strict=True):
            cell = table.cell_at(word.cx, word.cy)
            if cell is not None:
                slot.setdefault(cell, []).append(word)
                break
        else:
            outside.append(word)
    placed: list[tuple[float, Block]] = []
    for table, members in zip(scan.tables, inside, strict=True):
        placed.append((table.y0, _table(table, members, page, scan.bw, capital)))
    right = max([w.x1 for w in words] + [t.x1 for t in scan.tables], default=0.0)
    height = float(scan.bw.shape[0])
    lines = [ln for ln in group_lines(outside, scan.bw, capital) if not _is_page_number(ln, height)]
    for group in _paragraphs(lines, [t.y0 for t in scan.tables]):
        placed.append((group[0].top, Paragraph(clean_text(join_lines(group, right, tabs=True)), page=page)))
    placed.sort(key=lambda pair: pair[0])
    return [block for _, block in placed]


def _regions(tables: list[TableGrid], bw: image.Image, unit: float) -> list[Region]:
    """What to read: each table cell, and the bands of page above, between and below the tables."""
    height, width = bw.shape
    min_ink = 30 * unit * unit
    regions: list[Region] = []

    def add(region: Region) -> None:
        box = bw[region.y0 : region.y1, region.x0 : region.x1]
        ink = box if region.mask is None else box[region.mask]
        if region.x1 > region.x0 and region.y1 > region.y0 and np.count_nonzero(ink) > min_ink:
            regions.append(region)

    top = 0
    for table in tables:
        add(Region(0, top, width, table.y0))
        for index, c in enumerate(table.cells):
            labels = table.labels[c.y0 - table.y0 : c.y1 - table.y0, c.x0 - table.x0 : c.x1 - table.x0]
            add(Region(c.x0, c.y0, c.x1, c.y1, labels == index + 1))
        top = table.y1
    add(Region(0, top, width, height))
    return regions


def _is_noise(word: OcrWord, tables: list[TableGrid], stamped: image.Image) -> bool:
    """Crumbs: a mark too small to be a letter, or one read unsurely without letters.

    Where a stamp or signature was taken off, what Tesseract reads unsurely
    is its remains; in a table cell a word must be a mere guess to go.
    Elsewhere in a table a lone unsure mark is kept: it may be a list bullet,
    which Tesseract reads with no confidence at all and `_ocr_text`
    recognises by its shape.
    """
    alnum = any(ch.isalnum() for ch in word.text)
    in_table = any(t.cell_at(word.cx, word.cy) is not None for t in tables)
    y, x = min(int(word.cy), stamped.shape[0] - 1), min(int(word.cx), stamped.shape[1] - 1)
    if stamped[y, x] and word.conf < (_STAMPED_GUESS if alnum and in_table else _STAMPED_DOUBT):
        return True
    if alnum:
        return False
    if (word.x1 - word.x0) * word.height < _SPECK * (DPI / 300) ** 2:
        return True
    return word.conf < _NOISE and (len(word.text) > 1 or not in_table)


def _is_page_number(line: Line, height: float) -> bool:
    in_margin = line.bottom < _MARGIN_ZONE * height or line.top > (1 - _MARGIN_ZONE) * height
    return in_margin and bool(PAGE_NUMBER.match(line.text()))


def _paragraphs(lines: list[Line], table_tops: list[float]) -> list[list[Line]]:
    groups: list[list[Line]] = []
    for line in lines:
        if groups:
            previous = groups[-1][-1]
            table_between = any(previous.top < top < line.top for top in table_tops)
            if not table_between and line.top - previous.bottom <= _PARAGRAPH_GAP * max(line.size, previous.size):
                groups[-1].append(line)
                continue
        groups.append([line])
    return groups


def _table(grid: TableGrid, members: dict[int, list[Word]], page: int, bw: image.Image, capital: float | None) -> Table:
    texts: dict[int, str] = {}
    pad = _padding(grid, members)
    for index, words in members.items():
        lines = group_lines(words, bw, capital)
        texts[index] = clean_text(join_lines(lines, grid.cells[index].x1 - pad))
    owner: dict[tuple[int, int], int] = {}
    for index, cell in enumerate(grid.cells):
        for r in range(cell.row, cell.row + cell.rowspan):
            for c in range(cell.col, cell.col + cell.colspan):
                owner.setdefault((r, c), index)
    rows: list[Row] = []
    for r in range(grid.rows):
        out: list[Cell] = []
        c = 0
        while c < grid.cols:
            at = owner.get((r, c))
            if at is None:  # a hole in the ruling: keep the grid square
                out.append(Cell(""))
                c += 1
                continue
            cell = grid.cells[at]
            span = cell.col + cell.colspan - c
            if cell.row == r:
                out.append(Cell(texts.get(at, ""), colspan=span))
            else:
                out.append(Cell("", colspan=span, merged_up=True))
            c += span
        rows.append(Row(out, page=page))
    return Table(rows, page=page)


def _padding(grid: TableGrid, members: dict[int, list[Word]]) -> float:
    """The cells' inner margin: the smallest distance from a cell's left edge to its text."""
    offsets = [min(w.x0 for w in words) - grid.cells[i].x0 for i, words in members.items() if words]
    return min(max(min(offsets, default=0.0), 0.0), 40.0 * DPI / 300)


def _doubtful(words: list[OcrWord], blocks: list[Block]) -> list[OcrWord]:
    """Low-confidence words that reached the text unchanged (no correction settled them)."""
    printed: set[str] = set()
    for block in blocks:
        texts = [block.text] if isinstance(block, Paragraph) else [c.text for r in block.rows for c in r.cells]
        for text in texts:
            printed.update(_WORD_CHARS.findall(text))
    return [w for w in words if w.conf < _UNCERTAIN and any(token in printed for token in _WORD_CHARS.findall(w.text))]


def _uncertain(doubtful: list[OcrWord], page: int) -> list[ExtractWarning]:
    """Say which words were read unsurely, with Tesseract's confidence."""
    if not doubtful:
        return []
    shown = ", ".join(f"«{w.text}» ({w.conf:.0f}%)" for w in doubtful[:12])
    shown += f" and {len(doubtful) - 12} more" if len(doubtful) > 12 else ""
    return [ExtractWarning("ocr_uncertain", f"page {page}: {len(doubtful)} word(s) read with low confidence: {shown}")]


def _doubts(doubtful: list[OcrWord], page: _Page) -> list[Doubt]:
    width, height = page.size
    return [
        Doubt(
            page.number,
            w.text,
            float(w.conf),
            (float(w.x0 / width), float(w.y0 / height), float(w.x1 / width), float(w.y1 / height)),
        )
        for w in doubtful
    ]
