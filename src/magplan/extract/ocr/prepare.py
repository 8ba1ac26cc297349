"""A page image made ready for reading, in the order the steps depend on each other.

1. A photographed sheet is found and its perspective undone (`photo`).
2. The page is turned so that its lines run across (`orient`), and by 180°
   more when the caller found that it reads upside down.
3. Uneven lighting is flattened (photos, and scans with a shadow).
4. The page is brought to a working resolution (`pages.working_resolution`).
5. Coloured ink (stamps, signatures) is taken off, dark bands along the
   page's edges made paper, the page deskewed and binarized, and the
   table ruling found (`image`, `grid`), and the cells whose text stands on its side (`sideways`).
6. A table whose frame is still not a rectangle (a page photographed
   without a margin around it) is mapped onto one, and its ruling found again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from magplan.extract.ocr import bend, image, orient, photo
from magplan.extract.ocr.grid import TableGrid, bridge_under_ink, find_tables, ruling_lines, ruling_to_erase
from magplan.extract.ocr.pages import working_resolution
from magplan.extract.ocr.sideways import sideways_cells
from magplan.extract.ocr.unruled import horizontal_rules
from magplan.extract.pdf.plain import Rule


@dataclass(slots=True)
class Scan:
    """A page made ready for reading."""

    clean: image.Image  # what Tesseract reads: white paper, no ruling, no coloured ink
    bw: image.Image  # ink as 255, without the ruling: for measuring glyphs
    stamped: image.Image  # 255 where coloured ink was taken off
    tables: list[TableGrid]
    dpi: float
    turned: int = 0  # degrees the page was turned counter-clockwise to stand upright
    rules: list[Rule] = field(default_factory=list)  # horizontal lines (y, x0, x1) of a page without tables

    @property
    def unit(self) -> float:
        """Sizes of the reading rules are given for 300 dpi and multiplied by this."""
        return self.dpi / 300


@dataclass(frozen=True, slots=True)
class Straightened:
    """Steps 1 and the first half of 2: what is the same whichever way up the page turns out to be."""

    page: image.Image  # the sheet with its perspective undone, or the page as read
    dpi: float | None
    photographed: bool  # a photographed sheet was found
    axis: int  # degrees to turn the page counter-clockwise so that its lines run across


def straighten(page: image.Image, dpi: float | None) -> Straightened:
    """The page as read from its file (RGB or gray) and its resolution if known, up to its turn."""
    sheet = photo.find_sheet(page)
    if sheet is not None:
        page, dpi = photo.unwarp(page, sheet)
    return Straightened(page, dpi, sheet is not None, orient.axis_turn(page, dpi or 300.0))


def prepare(page: image.Image, dpi: float | None, upside_down: bool = False) -> Scan:
    """The page as read from its file (RGB or gray) and its resolution if known → a `Scan`."""
    return finish(straighten(page, dpi), upside_down)


def finish(straight: Straightened, upside_down: bool = False) -> Scan:
    """A straightened page made ready, turned by 180° more when the caller found it reads upside down.

    A page whose first reading was unsure is finished both ways from one
    straightening: finding a photo's sheet, undoing its perspective and the
    orientation test (a small reading of its own for a page stored sideways)
    are done once.
    """
    page, dpi = straight.page, straight.dpi
    turned = (straight.axis + (180 if upside_down else 0)) % 360
    page = orient.turn(page, turned)
    if straight.photographed or photo.is_unevenly_lit(page):
        page = photo.flatten_lighting(page)
    page, dpi = working_resolution(page, dpi)
    unit = dpi / 300
    if page.ndim == 3:
        gray, stamped = image.remove_colour_ink(page, unit)
    else:
        gray, stamped = page, np.zeros_like(page)
    gray = image.whiten_dark_edges(gray, unit)
    angle = image.estimate_skew(gray, unit)
    gray, stamped = image.rotate(gray, angle), image.rotate(stamped, angle, fill=0)
    bw = image.binarize(gray, unit)
    ruling = bridge_under_ink(ruling_lines(bw, unit, stamped), stamped, unit)
    frame = None if straight.photographed else photo.find_table_frame(ruling)
    if frame is not None:
        gray, stamped = photo.unwarp(gray, frame)[0], photo.unwarp(stamped, frame, fill=0)[0]
        bw = image.binarize(gray, unit)
        ruling = ruling_lines(bw, unit)
    bent = bend.bend_of(ruling, unit)
    if bent is not None:
        gray, stamped = bend.unbend(gray, bent), bend.unbend(stamped, bent, fill=0)
        bw = image.binarize(gray, unit)
        ruling = bridge_under_ink(ruling_lines(bw, unit, stamped), stamped, unit)
    erase = ruling_to_erase(bw, ruling, unit)
    bw[erase] = 0
    clean = image.for_recognition(gray, erase, unit)
    tables = find_tables(ruling, unit)
    for table in tables:
        table.sideways = sideways_cells(table, bw)
    # A page without ruled tables may hold a table ruled under its header only (`unruled`).
    rules = [] if tables else horizontal_rules(bw, unit)
    return Scan(clean, bw, stamped, tables, dpi, turned, rules)
