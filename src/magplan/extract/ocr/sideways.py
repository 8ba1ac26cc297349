"""Table cells whose text is printed turned a quarter round: read them turned upright.

Word and LibreOffice let a cell's text run from bottom to top («btLr») or
from top to bottom («tbRl»), and plans use it to keep the header cells of
narrow columns («№ п/п», «Срок проведения», «Отметка о выполнении») narrow.
Read as they stand, such cells are columns of letters lying on their side,
of which Tesseract makes «oO», «qa», «5т»: the header row is not recognised
and the plan table is not found.

A cell is sideways by its geometry: its ink is taller than wide, and its
letters' lines run down the cell, not across it (`orient.lines_run_across`
on the cell's ink alone).  Such cells are left out of the page's reading
(`page._regions`) and read here, cut out and turned upright.  Which way
they were turned, the cells of a page answer together: they are read both
ways round in one Tesseract call, and the way of the higher confidence is
taken; bottom to top, the common one, unless the other reads clearly better.
The same call reads each cell as it stands too: a cell that reads clearly
better so was no sideways cell (a narrow column of short lines).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from magplan.extract.ocr import orient
from magplan.extract.ocr.grid import TableGrid
from magplan.extract.ocr.image import Image
from magplan.extract.ocr.lines import group_lines, join_lines, to_words
from magplan.extract.ocr.mosaic import Region, read_regions
from magplan.extract.ocr.tesseract import Word
from magplan.text import clean as clean_text

# Turns (degrees counter-clockwise, as `orient.turn`) that stand a cell's text upright:
# text printed from bottom to top, the usual direction, and from top to bottom.
_BOTTOM_TO_TOP = 270
_TOP_TO_BOTTOM = 90
# The other way round must read this much surer (mean confidence) to be taken.
_MARGIN = 8.0
# A line or two of text on its side is a block at least this many times taller than wide.
_TALL = 1.5
# White space round each cell in the mosaic of turned cells, at 300 dpi.
_GAP = 40


@dataclass(frozen=True, slots=True)
class _Piece:
    """A sideways cell turned upright, where it stands in the mosaic."""

    table: int
    cell: int
    degrees: int  # how it was turned
    region: Region


def sideways_cells(table: TableGrid, bw: Image) -> frozenset[int]:
    """The cells of `table` whose text runs down the cell (`bw`: the page's ink as 255, ruling erased).

    A cell of a few letters («№ п/п») has too few to tell which way its lines
    run; it is sideways when its ink stands upright like a word on its side
    and a cell of its rows is sideways by its lines: the writer turned the
    header row's text, not one cell's.
    """
    inks = [_cell_ink(table, index, bw) for index in range(len(table.cells))]
    tall = {index for index, ink in enumerate(inks) if _stands_tall(ink)}
    sure = {index for index in tall if orient.lines_run_across(inks[index]) is False}
    rows = {r for index in sure for r in _rows(table, index)}
    beside = {i for i in tall - sure if rows & _rows(table, i) and orient.lines_run_across(inks[i]) is None}
    return frozenset(sure | beside)


def _rows(table: TableGrid, index: int) -> set[int]:
    cell = table.cells[index]
    return set(range(cell.row, cell.row + cell.rowspan))


def _cell_ink(table: TableGrid, index: int, page: Image, paper: int = 0) -> Image:
    """The cell's box cut out of `page`, what is not the cell's own (a neighbour's corner) made `paper`."""
    c = table.cells[index]
    box = page[c.y0 : c.y1, c.x0 : c.x1]
    own = table.labels[c.y0 - table.y0 : c.y1 - table.y0, c.x0 - table.x0 : c.x1 - table.x0] == index + 1
    cut: Image = np.where(own, box, np.uint8(paper)).astype(np.uint8)
    return cut


def _stands_tall(ink: Image) -> bool:
    """Is the cell's ink a block clearly taller than wide, as a line or two of text on its side?"""
    ys, xs = np.nonzero(ink)
    return ys.size > 0 and int(ys.max() - ys.min()) >= _TALL * int(xs.max() - xs.min())


def read_sideways(
    tables: list[TableGrid], clean: Image, bw: Image, dpi: int, heights: tuple[float | None, float | None]
) -> list[dict[int, str]]:
    """The text of each table's sideways cells (`TableGrid.sideways`), by cell index, read turned upright.

    `clean` is the page as Tesseract reads it, `bw` its ink; `heights` the
    page's capital and small letter heights (`group_lines`).
    """
    texts: list[dict[int, str]] = [{} for _ in tables]
    cells = [(t, i) for t, table in enumerate(tables) for i in sorted(table.sideways)]
    if not cells:
        return texts
    gap = max(round(_GAP * dpi / 300), 8)
    page, ink, pieces = _mosaic(tables, cells, clean, bw, gap)
    found = read_regions(page, [p.region for p in pieces], dpi)
    read = {(p.table, p.cell, p.degrees): (p.region, [w for w in found if _inside(w, p.region)]) for p in pieces}

    def surety(degrees: int) -> float:
        return orient.confidence(w for (_t, _c, d), (_r, words) in read.items() if d == degrees for w in words)

    best = _TOP_TO_BOTTOM if surety(_TOP_TO_BOTTOM) > surety(_BOTTOM_TO_TOP) + _MARGIN else _BOTTOM_TO_TOP
    for t, c in cells:
        region, words = read[t, c, best]
        # A cell taken for sideways that reads clearly better as it stands (a narrow column of
        # short lines) is read as it stands.
        if orient.confidence(read[t, c, 0][1]) > orient.confidence(words) + _MARGIN:
            region, words = read[t, c, 0]
        texts[t][c] = _text(words, ink, region, heights)
    return texts


def _inside(word: Word, region: Region) -> bool:
    return region.x0 <= word.cx < region.x1 and region.y0 <= word.cy < region.y1


def _mosaic(
    tables: list[TableGrid], cells: list[tuple[int, int]], clean: Image, bw: Image, gap: int
) -> tuple[Image, Image, list[_Piece]]:
    """The cells turned upright both ways, and as they stand, stacked one under another: as read,
    as ink, and where each stands."""
    cuts = [(t, i, _cell_ink(tables[t], i, clean, 255), _cell_ink(tables[t], i, bw)) for t, i in cells]
    turned = [
        (t, i, degrees, orient.turn(read, degrees), orient.turn(ink, degrees))
        for degrees in (_BOTTOM_TO_TOP, _TOP_TO_BOTTOM, 0)
        for t, i, read, ink in cuts
    ]
    width = max(read.shape[1] for *_, read, _ink in turned) + 2 * gap
    height = sum(read.shape[0] + gap for *_, read, _ink in turned) + gap
    page = np.full((height, width), 255, np.uint8)
    ink = np.zeros((height, width), np.uint8)
    pieces = []
    y = gap
    for t, i, degrees, read, own in turned:
        h, w = read.shape
        page[y : y + h, gap : gap + w] = read
        ink[y : y + h, gap : gap + w] = own
        pieces.append(_Piece(t, i, degrees, Region(gap, y, gap + w, y + h)))
        y += h + gap
    return page, ink, pieces


def _text(words: list[Word], ink: Image, region: Region, heights: tuple[float | None, float | None]) -> str:
    """The cell's words as its text, lines joined as in any cell (`page._table`)."""
    if not words:
        return ""
    laid = to_words(words)
    # The cell's inner margin, the same on both sides: a line ending short of it was broken by the writer.
    margin = max(min(w.x0 for w in laid) - region.x0, 0)
    return clean_text(join_lines(group_lines(laid, ink, *heights), region.x1 - margin))
