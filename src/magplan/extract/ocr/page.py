"""One page of a scan → its blocks: tables and paragraphs, top to bottom.

The page is made ready (`prepare`), its table cells and the bands of text
between the tables are read by one recognition of their mosaic (`mosaic`,
cut in strips read at the same time), plus a second one for the words that
came out in Latin letters on a Cyrillic page.  Each word goes to the table
cell under its centre; the words outside the tables become paragraphs
(title, signature, footnotes).  Markers, bullets, letter case and lines are
rebuilt in `lines` and `glyphs`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

import cv2
import numpy as np

from magplan.extract.ocr import empty, image, orient
from magplan.extract.ocr.blanks import fill_in_blanks
from magplan.extract.ocr.glyphs import capital_height, small_first_letter, small_height, without_phantom_marks
from magplan.extract.ocr.grid import TableGrid
from magplan.extract.ocr.inked import mend_from_page, reread_beside_ink
from magplan.extract.ocr.letters import mend_letters, part_glued_numbers, without_glued_specks
from magplan.extract.ocr.lines import group_lines, join_lines, to_words, without_pieces_read_again
from magplan.extract.ocr.mosaic import PAGE_STRIPS, Region, padded_region, read_regions, second_opinion
from magplan.extract.ocr.pages import PageSource
from magplan.extract.ocr.paragraphs import margin_texts, paragraphs, reading_order, side_by_side
from magplan.extract.ocr.prepare import Scan, finish, straighten
from magplan.extract.ocr.sideways import read_sideways
from magplan.extract.ocr.stacked import read_stacked_again
from magplan.extract.ocr.struck import struck_words
from magplan.extract.ocr.tall import read_tall_lines
from magplan.extract.ocr.tesseract import Word as OcrWord
from magplan.extract.ocr.tesseract import is_word
from magplan.extract.ocr.unruled import cell_grid, part_across_columns, unruled_tables
from magplan.extract.pdf.plain import Bbox, Rule
from magplan.extract.pdf.words import Line, Word
from magplan.layout import Block, Cell, Doubt, ExtractWarning, Paragraph, Row, Table
from magplan.text import PAGE_NUMBER, bare, clean_line
from magplan.text import clean as clean_text

# Words Tesseract is less sure of than this (0-100) are reported when no correction settled them.
_UNCERTAIN = 60
# Marks without a letter or digit read this unsurely are specks, not text.
_NOISE = 30
# Under a removed stamp, what is read less surely than this is the stamp's remains.
_STAMPED_DOUBT = 50
_STAMPED_GUESS = 30
# Under it, a word whose darkest ink is at most this gray (0-255, on the page as Tesseract reads
# it) is print, kept when read at least this surely; one never darker than that is a ghost.
_BLACK = 60
_PRINTED_GUESS = 10
# … or read as a word of the language at least this long, however unsure: a pen's stroke
# across a printed word leaves Tesseract unsure of what it read right («Генеральный» at 5 %).
_PRINTED_WORD = 4
_FAINT = 130
# Ghosts are looked for this far (pixels at 300 dpi) around removed ink.
_GHOST_REACH = 150
# Signs that stand for a word and apart from what follows («от 12.12.2021 г. № 18»): no speck, though
# neither letter nor digit (Tesseract's box may cover only the «N» of it, a space short of the number).
_SIGNS = frozenset("№")
# Bars on both sides of a dash: a range of Roman numerals read as marks («|-!» for «II-III»),
# however unsure; `glyphs` reads it from its ink.
_BARS_RANGE = re.compile(r"^[|!\[\]]{1,4}[-–][|!\[\]]{1,4}$")
# A mark without letters covering fewer pixels (at 300 dpi) is a speck; a period covers about 40.
_SPECK = 16
# Marks standing against one another («***»): of heights this near, at most this many in a row.
_MARK_SIZES = (0.67, 1.5)
_MARK_GAP = 2.5
_MARKS_IN_A_ROW = 3
# A word read again alone is read with this share of its height round it.
_PAD = 0.3
# Printers leave at least this much (pixels at 300 dpi: 3 mm) between the paper's edge and the text.
_EDGE_BAND = 35
# Page numbers stand in this share of the page height at the top or bottom.
_MARGIN_ZONE = 0.1
# Beside the tables a strip this share of the page wide (a text column, not a margin), with this
# much ink (pixels at 300 dpi, a few words), is read.
_SIDE_WIDTH = 0.25
_SIDE_INK = 3000
# A dash alone on its line is kept when read this surely and this long (pixels at 300 dpi: 1.3 mm).
_DASHES = frozenset("-–—")
_SURE_DASH = 80
_DASH_LENGTH = 15
# Capitalised words enough to size a page's blanks by.
_FEWEST_CAPITALS = 3
_WORD_CHARS = re.compile(r"\w+")


@dataclass(slots=True)
class PageText:
    """What one page gave: its blocks, what to warn about, and the words as read."""

    number: int
    blocks: list[Block] = field(default_factory=list)
    warnings: list[ExtractWarning] = field(default_factory=list)
    words: list[OcrWord] = field(default_factory=list)  # as read, for the uncertainty report
    size: tuple[int, int] = (1, 1)  # width, height of the upright page in pixels: where a doubt stands
    turned: int = 0  # degrees the stored page was turned counter-clockwise to stand upright
    running: list[str] = field(default_factory=list)  # the texts set apart in its top or bottom margin
    rules: list[Rule] = field(default_factory=list)  # its horizontal rules (y, x0, x1) when it has no ruled table
    dpi: float = 300.0  # of its pixels


def read_page(source: PageSource, index: int) -> PageText:
    """Page `index` of the source read, the same whatever the cores (`mosaic.PAGE_STRIPS`)."""
    number = index + 1
    if source.draws_nothing(index):
        return PageText(number, warnings=[empty.blank(number)])
    picture, dpi = source.load(index)
    skipped = empty.nothing_to_read(picture, number)
    if skipped is not None:
        return PageText(number, warnings=[skipped])
    straight = straighten(picture, dpi)
    scan = finish(straight)
    found = _read(scan)
    if not orient.reads_upright(found):
        # Unsure: the page may be stored upside down.  Read it turned round too; keep the surer.
        turned = finish(straight, upside_down=True)
        again = _read(turned)
        if orient.confidence(again) > orient.confidence(found):
            scan, found = turned, again
    del picture, straight  # the scan's own images replace them: a page's bitmap is tens of megabytes
    found += read_tall_lines(scan.clean, scan.bw, scan.tables, found, round(scan.dpi))
    found = second_opinion(scan.clean, found, round(scan.dpi), parts=PAGE_STRIPS)
    found = read_stacked_again(scan.clean, found, round(scan.dpi), parts=PAGE_STRIPS)
    found = reread_beside_ink(scan.clean, found, scan.stamped, round(scan.dpi))
    noise = _noise(found, scan.tables, scan.stamped, scan.unit, scan.clean)
    noise = [out or _at_edge(w, scan.bw.shape, scan.unit) for w, out in zip(found, noise, strict=True)]
    # What is left out is said, but for a letter's accent read apart: it was never text of its own.
    ordered = _by_top(found)
    dropped = [
        w
        for w, out in zip(found, noise, strict=True)
        if out and any(ch.isalnum() for ch in w.text) and not _accent_over(w, *ordered)
    ]
    found = [w for w, out in zip(found, noise, strict=True) if not out]
    crossed = struck_words(found, scan.bw)
    gone = {id(w) for w in crossed.whole} | {id(word) for word, _, _ in crossed.parts}
    found = [w for w in found if id(w) not in gone] + _unstruck_parts(scan, crossed.parts)
    found, mended = mend_from_page(found, scan.stamped)
    page = _page_text(scan, part_glued_numbers(mend_letters(without_glued_specks(found))), number)
    if dropped:
        shown = ", ".join(f"«{w.text}» ({w.conf:.0f}%)" for w in dropped[:12])
        page.warnings.append(
            ExtractWarning("ocr_stamp_remains", f"page {number}: left out as remains of a stamp or signature: {shown}")
        )
    if gone:
        # A word struck in part is named as read, the part read again apart.
        named = [f"«{w.text}»" for w in crossed.whole] + [f"«{w.text}» (in part)" for w, _, _ in crossed.parts]
        shown = ", ".join(named[:12])
        page.warnings.append(
            ExtractWarning("ocr_struck", f"page {number}: left out as struck through (a deletion shown): {shown}")
        )
    for mend in mended:
        page.warnings.append(
            ExtractWarning(
                "ocr_mended",
                f"page {number}: «{mend.read}» read under a stamp or signature taken as «{mend.printed}», "
                "printed between the same words elsewhere on the page",
            )
        )
    return page


def read_page_again(source: PageSource, index: int, read: PageText, cells: list[list[Bbox]]) -> PageText:
    """Page `index`, already `read`, laid out anew with the tables of the given `cells` (pixels):
    the rows an unruled table carries onto a page without its header (`continued`).  Its words
    are not recognised again; the page is made ready as the first reading made it."""
    picture, dpi = source.load(index)
    straight = straighten(picture, dpi)
    scan = finish(straight, upside_down=(read.turned - straight.axis) % 360 == 180)
    del picture, straight
    page = _page_text(scan, read.words, read.number, [cell_grid(boxes) for boxes in cells])
    page.warnings[:0] = read.warnings
    return page


def _page_text(scan: Scan, found: list[OcrWord], number: int, given: list[TableGrid] | None = None) -> PageText:
    """The page's blocks from its words as read (`found`), in the tables found on it or `given`."""
    height, width = scan.bw.shape
    blocks, running = _blocks(scan, to_words(found), number, given)
    page = PageText(number, blocks, words=found, size=(width, height), turned=scan.turned, running=running)
    page.rules, page.dpi = scan.rules, scan.dpi
    if any(isinstance(block, Table) and not block.ruled for block in blocks):
        page.warnings.append(
            ExtractWarning(
                "unruled_table",
                f"page {number}: the table has no ruling lines: its columns were placed from the header's words; "
                "check the cells",
            )
        )
    return page


# Where more than this share of a page's words stands outside its ruled tables, the rest may be a
# table printed without borders (`_blocks`).
_FREE_SHARE = 0.5


def _blocks(
    scan: Scan, words: list[Word], page: int, given: list[TableGrid] | None = None
) -> tuple[list[Block], list[str]]:
    """The page's tables (its own, or those `given`) and paragraphs in reading order; and the
    texts of its margins (`margin_texts`)."""
    # Tesseract may read a piece of a word twice (its layout taking two overlapping lines): that
    # piece would place a column of its own in a table found from the words' alignment.
    words = without_phantom_marks(without_pieces_read_again(words), scan.bw)
    capital, small = capital_height(words, scan.bw), small_height(words, scan.bw)
    # A page without ruling may still hold a table: its grid from its words' alignment.  So may a
    # page whose ruled boxes hold few of its words (a web page's controls, «Показать 10 записей»,
    # over a table printed without borders): its words outside them are looked at too.
    tables = given or scan.tables
    if given is None:
        free = [w for w in words if not any(t.cell_at(w.cx, w.cy) is not None for t in scan.tables)]
        if len(free) > _FREE_SHARE * len(words):
            free = [small_first_letter(w, scan.bw, capital) for w in free]
            unruled = unruled_tables(free, scan.rules, scan.dpi, scan.bw.shape[1])
            tables = [*scan.tables, *unruled]
            words = part_across_columns(words, unruled)
    inside: list[dict[int, list[Word]]] = [{} for _ in tables]
    outside: list[Word] = []
    for word in words:
        for slot, table in zip(inside, tables, strict=True):
            cell = table.cell_at(word.cx, word.cy)
            if cell is not None:
                slot.setdefault(cell, []).append(word)
                break
        else:
            outside.append(word)
    boxes: list[tuple[float, float, float, Block]] = []  # each block's top, bottom and middle across
    # A word cut at a narrow column's edge is often printed whole elsewhere on the page.
    vocabulary = frozenset(bare(w.text) for w in words)
    turned = read_sideways(tables, scan.clean, scan.bw, round(scan.dpi), (capital, small))
    for table, members, sideways in zip(tables, inside, turned, strict=True):
        block = _table(table, members, page, scan.bw, (capital, small), scan.unit, vocabulary, sideways)
        block.ruled = given is None and any(table is own for own in scan.tables)
        boxes.append((table.y0, table.y1, (table.x0 + table.x1) / 2, block))
    right = max([w.x1 for w in words] + [t.x1 for t in tables], default=0.0)
    height = float(scan.bw.shape[0])
    # A page of the heading and the approval alone (the table on the next page) has few capitalised
    # words: enough to size its blanks by, not to judge letter case.
    sized = capital or capital_height(words, scan.bw, fewest=_FEWEST_CAPITALS)
    outside = fill_in_blanks(outside, scan.bw, tables, sized, lambda word: _read_alone(scan, word), scan.clean)
    lines = [ln for ln in group_lines(outside, scan.bw, capital, small, sized) if not _is_page_number(ln, height)]
    groups = side_by_side(paragraphs(lines, [t.y0 for t in tables]))
    for group in groups:
        paragraph = Paragraph(paragraph_text(group, right), page=page)
        middle = (min(line.x0 for line in group) + max(line.x1 for line in group)) / 2
        boxes.append((group[0].top, group[-1].bottom, middle, paragraph))
    spans = [(top, bottom, block) for top, bottom, _, block in boxes]
    return [block for *_, block in reading_order(boxes, tables)], margin_texts(spans, height, capital)


def paragraph_text(group: list[Line], right: float) -> str:
    """The text of lines outside the tables, cleaned, a wide gap in a line kept as a tab.

    Lines are sized as the PDF reader sizes them, so that a tab is a gap of
    `TAB_GAP` font sizes (blocks side by side: «СОГЛАСОВАНО» | «УТВЕРЖДАЮ»),
    which the reader of what stands round the table splits at, not every gap.
    """
    for line in group:
        line.size = max(w.size for w in line.words)
    text = join_lines(group, right, tabs=True, loose=True)
    lines = ("\t".join(filter(None, map(clean_line, line.split("\t")))) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _unstruck_parts(scan: Scan, parts: list[tuple[OcrWord, int, int]]) -> list[OcrWord]:
    """What stands unstruck beside a strike in a word's box (pixels `x0`..`x1`), read again alone:
    Tesseract read the deletion and the insertion beside it as one word («мартапрель»)."""
    regions = []
    for word, x0, x1 in parts:
        pad = max(round(_PAD * word.height), 3)
        box = padded_region(x0, word.y0, x1, word.y1, pad, scan.bw.shape)
        # Padded all round but on the strike's side.
        left, right = (x0, box.x1) if x0 > word.x0 else (box.x0, x1)
        regions.append(Region(left, box.y0, right, box.y1))
    return [w for w in read_regions(scan.clean, regions, round(scan.dpi)) if any(ch.isalnum() for ch in w.text)]


def _read_alone(scan: Scan, word: Word) -> str | None:
    """The text of `word`'s box read by itself (a few pixels round it), None where nothing was read."""
    pad = max(round(_PAD * (word.bottom - word.top)), 3)
    region = padded_region(int(word.x0), int(word.top), int(word.x1), int(word.bottom), pad, scan.bw.shape)
    found = sorted(read_regions(scan.clean, [region], round(scan.dpi)), key=lambda w: w.x0)
    text = " ".join(w.text for w in found if any(ch.isalnum() for ch in w.text))
    return text or None


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
            if index in table.sideways:  # read turned upright (`sideways`)
                continue
            labels = table.labels[c.y0 - table.y0 : c.y1 - table.y0, c.x0 - table.x0 : c.x1 - table.x0]
            add(Region(c.x0, c.y0, c.x1, c.y1, labels == index + 1))
        # Tables side by side (a plan's halves): the band below starts under the lowest of them,
        # not under the last one's foot, or the taller one's rows under it were read twice.
        top = max(top, table.y1)
    add(Region(0, top, width, height))
    for region in _beside_tables(tables, width):
        box = bw[region.y0 : region.y1, region.x0 : region.x1]
        if np.count_nonzero(box) > _SIDE_INK * unit * unit:
            regions.append(region)
    return regions


def _beside_tables(tables: list[TableGrid], width: int) -> list[Region]:
    """The page beside its tables, at their height: a newsletter's column of text (the plan's
    heading) beside the table that goes on at the top of the next column, which the bands above,
    between and below the tables leave unread.  The tables' heights are cut where any of them
    starts or ends; in each piece, the room between the tables there and the page's sides.  Only
    strips a quarter of the page wide or more, as a text column is: the margins beside a table as
    wide as the text hold no text, only a scan's specks or a photo's shadow."""
    cuts = sorted({y for t in tables for y in (int(t.y0), int(t.y1))})
    out = []
    for y0, y1 in pairwise(cuts):
        edges = sorted((int(t.x0), int(t.x1)) for t in tables if t.y0 < y1 and y0 < t.y1)
        if not edges:
            continue  # between the tables: the bands read it
        lefts = [0] + [x1 for _, x1 in edges]
        rights = [x0 for x0, _ in edges] + [width]
        out += [Region(a, y0, b, y1) for a, b in zip(lefts, rights, strict=True) if b - a >= _SIDE_WIDTH * width]
    return out


def _read(scan: Scan) -> list[OcrWord]:
    return read_regions(scan.clean, _regions(scan.tables, scan.bw, scan.unit), round(scan.dpi), parts=PAGE_STRIPS)


def _noise(
    words: list[OcrWord], tables: list[TableGrid], stamped: image.Image, unit: float, clean: image.Image
) -> list[bool]:
    """Which words are crumbs: marks too small to be a letter, or read unsurely without letters.

    Where a stamp or signature was taken off, what Tesseract reads unsurely
    is its remains; in a table cell a word must be a mere guess to go.  Ink
    decides first: print is black, while what taking off coloured ink leaves
    is a light gray ghost.  A word without black ink is such a ghost however
    sure Tesseract is; a black word under a stamp is print, however unsure.
    Elsewhere in a table a lone unsure mark is kept: it may be a list bullet,
    which Tesseract reads with no confidence at all and `glyphs` recognises
    by its shape.  Outside the tables a mark without letters belongs to the
    word it stands against (punctuation, a footnote marker raised beside
    it), and one standing apart from every word is a speck.
    """
    by_top, tops = _by_top(words)
    # A stamp's small lettering lies inside its ring, where the removed ink may not reach.
    reach = max(int(_GHOST_REACH * unit), 3)
    near = cv2.dilate(stamped, np.ones((reach, reach), np.uint8)) if stamped.any() else stamped
    flags = []
    for word in words:
        alnum = any(ch.isalnum() or ch in _SIGNS for ch in word.text)
        in_table = any(t.cell_at(word.cx, word.cy) is not None for t in tables)
        y, x = min(int(word.cy), stamped.shape[0] - 1), min(int(word.cx), stamped.shape[1] - 1)
        box = clean[word.y0 : word.y1, word.x0 : word.x1]
        darkest = int(box.min()) if box.size else 255
        if near[y, x] and darkest > _FAINT:
            flags.append(True)
        elif stamped[y, x] and alnum and darkest <= _BLACK and (word.conf >= _PRINTED_GUESS or _a_word(word.text)):
            flags.append(False)
        elif stamped[y, x] and word.conf < (_STAMPED_GUESS if alnum and in_table else _STAMPED_DOUBT):
            flags.append(True)
        elif alnum:
            flags.append(_accent_over(word, by_top, tops))
        elif (word.x1 - word.x0) * word.height < _SPECK * unit**2:
            flags.append(True)
        elif in_table:
            flags.append(word.conf < _NOISE and len(word.text) > 1 and not _BARS_RANGE.match(word.text))
        elif not tables and _lone_dash(word, unit):
            flags.append(False)  # a range's dash wrapped alone under its first month («март» / «–»)
        else:
            beside = _beside(word, by_top, tops) or _beside_by_marks(word, by_top, tops)
            flags.append(beside is None or (word.conf < _NOISE and not _raised_beside(word, beside)))
    return flags


def _lone_dash(word: OcrWord, unit: float) -> bool:
    """Is `word` a dash read surely, as long as one (a speck or a scratch is short or unsure)?

    On a page without ruled tables a table may still stand (`unruled`), found only after this:
    a narrow column wraps a range at its dash, which then stands alone on its line."""
    return word.text in _DASHES and word.conf >= _SURE_DASH and word.x1 - word.x0 >= _DASH_LENGTH * unit


def _by_top(words: list[OcrWord]) -> tuple[list[OcrWord], list[int]]:
    """The words from the top down, and their tops (for `bisect`)."""
    by_top = sorted(words, key=lambda w: w.y0)
    return by_top, [w.y0 for w in by_top]


def _accent_over(mark: OcrWord, by_top: list[OcrWord], tops: list[int]) -> bool:
    """Is `mark` a letter's accent read apart: one character, small, set on the middle of a word of
    the line under it (the breve of «й» in large print read as «2» or «4», however surely)?  A
    footnote marker stands raised after its word's end, not over its letters."""
    if len(mark.text) != 1:
        return False
    start = bisect.bisect_left(tops, mark.y0)
    for other in by_top[start : bisect.bisect_right(tops, mark.y1 + mark.height)]:
        inset = 0.15 * (other.x1 - other.x0)
        if (
            other is not mark
            and any(ch.isalpha() for ch in other.text)
            and other.x0 + inset <= mark.cx <= other.x1 - inset
            and mark.height < 0.5 * other.height
            and -0.3 * other.height <= other.y0 - mark.y1 <= 0.3 * other.height
        ):
            return True
    return False


def _a_word(text: str) -> bool:
    """Is `text` a word of Tesseract's dictionary, long enough not to be one by chance?"""
    word = bare(text)
    return len(word) >= _PRINTED_WORD and word.isalpha() and bool(is_word(word))


def _at_edge(word: OcrWord, shape: tuple[int, ...], unit: float) -> bool:
    """A mark wholly within a few millimetres of the page's edge: no printer prints there.

    What stands there is the sheet's own edge, the desk beside it or a
    punch hole, which Tesseract reads as «i», «|» or «'»; joined to a line
    it becomes a footnote marker of an approval's position.
    """
    band = _EDGE_BAND * unit
    height, width = shape[:2]
    return word.x1 < band or word.x0 > width - band or word.y1 < band or word.y0 > height - band


def _beside(mark: OcrWord, by_top: list[OcrWord], tops: list[int]) -> OcrWord | None:
    """The word with letters that `mark` stands against on its line (within a letter's width), if any."""
    for other, gap in _on_line_with(mark, by_top, tops):
        if any(ch.isalnum() for ch in other.text) and gap <= 0.6 * other.height:
            return other
    return None


def _beside_by_marks(mark: OcrWord, by_top: list[OcrWord], tops: list[int]) -> OcrWord | None:
    """The word with letters that `mark` stands against through the same marks in a row: the first
    star of «**» before a footnote stands a star's width from the word, the second against it; the
    second after a word («работа**») stands further from the box of «работа*» than its own width,
    where Tesseract cut the first star's box short."""
    seen = [mark]
    while len(seen) <= _MARKS_IN_A_ROW:
        nearer = _same_mark_beside(seen[-1], seen, by_top, tops)
        if nearer is None:
            return None
        if any(ch.isalnum() for ch in nearer.text):
            return nearer
        if (word := _beside(nearer, by_top, tops)) is not None:
            return word
        seen.append(nearer)
    return None


def _same_mark_beside(mark: OcrWord, seen: list[OcrWord], by_top: list[OcrWord], tops: list[int]) -> OcrWord | None:
    """The mark read as `mark` is, of its size, or the word read ending in it, next to it on its
    line within `_MARK_GAP` of its height (marks of «**» are set further apart than they are tall)."""
    for other, gap in _on_line_with(mark, by_top, tops):
        if other in seen or not other.text.endswith(mark.text) or gap > _MARK_GAP * max(mark.height, 1):
            continue
        lettered = any(ch.isalnum() for ch in other.text)
        if lettered or _MARK_SIZES[0] <= other.height / max(mark.height, 1) <= _MARK_SIZES[1]:
            return other
    return None


def _on_line_with(mark: OcrWord, by_top: list[OcrWord], tops: list[int]) -> Iterator[tuple[OcrWord, float]]:
    """The other words on `mark`'s line near it, with the room between each and it."""
    reach = 2 * max(mark.height, 1)
    start = bisect.bisect_left(tops, mark.y0 - 4 * reach)
    for other in by_top[start:]:
        if other.y0 > mark.y1 + reach:
            break
        if other is mark or min(mark.y1, other.y1) <= max(mark.y0, other.y0):
            continue  # not on the same line
        yield other, max(other.x0 - mark.x1, mark.x0 - other.x1, 0)


def _raised_beside(mark: OcrWord, word: OcrWord) -> bool:
    """A mark up at the top of the word it stands against: a footnote marker Tesseract was unsure of.
    One over the word's own letters, within its box from side to side, is none: the breve of its
    «й» read apart («..» over «Студенческий»), which a marker after the word's end never is."""
    over = word.x0 <= mark.x0 and mark.x1 <= word.x1
    return not over and mark.y0 <= word.y0 + 0.25 * word.height and mark.y1 <= word.y0 + 0.65 * word.height


def _is_page_number(line: Line, height: float) -> bool:
    return is_page_number(line.text(), line.top, line.bottom, height)


def is_page_number(text: str, top: float, bottom: float, height: float) -> bool:
    """Is a line of `text` from `top` to `bottom` a page number, in the top or bottom margin of a
    page `height` high?"""
    in_margin = bottom < _MARGIN_ZONE * height or top > (1 - _MARGIN_ZONE) * height
    return in_margin and bool(PAGE_NUMBER.match(text))


def _table(
    grid: TableGrid,
    members: dict[int, list[Word]],
    page: int,
    bw: image.Image,
    heights: tuple[float | None, float | None],
    unit: float,
    vocabulary: frozenset[str] = frozenset(),
    given: dict[int, str] | None = None,
) -> Table:
    """The table's rows; `given`: texts of cells read apart (sideways cells), by cell index."""
    texts: dict[int, str] = dict(given or {})
    members = {index: words for index, words in members.items() if index not in texts}
    pad = _padding(grid, members, unit)
    for index, words in members.items():
        lines = group_lines(words, bw, *heights)  # (pieces read twice went with the page's: `_blocks`)
        texts[index] = clean_text(join_lines(lines, grid.cells[index].x1 - pad, vocabulary=vocabulary))
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


def _padding(grid: TableGrid, members: dict[int, list[Word]], unit: float) -> float:
    """The cells' inner margin: the smallest distance from a cell's left edge to its text."""
    offsets = [min(w.x0 for w in words) - grid.cells[i].x0 for i, words in members.items() if words]
    return min(max(min(offsets, default=0.0), 0.0), 40.0 * unit)


def doubtful(words: list[OcrWord], blocks: list[Block]) -> list[OcrWord]:
    """Low-confidence words that reached the text unchanged (no correction settled them)."""
    printed: set[str] = set()
    for block in blocks:
        texts = [block.text] if isinstance(block, Paragraph) else [c.text for r in block.rows for c in r.cells]
        for text in texts:
            printed.update(_WORD_CHARS.findall(text))
    return [w for w in words if w.conf < _UNCERTAIN and any(token in printed for token in _WORD_CHARS.findall(w.text))]


def uncertain(doubtful: list[OcrWord], page: int) -> list[ExtractWarning]:
    """Say which words were read unsurely, with Tesseract's confidence."""
    if not doubtful:
        return []
    shown = ", ".join(f"«{w.text}» ({w.conf:.0f}%)" for w in doubtful[:12])
    shown += f" and {len(doubtful) - 12} more" if len(doubtful) > 12 else ""
    return [ExtractWarning("ocr_uncertain", f"page {page}: {len(doubtful)} word(s) read with low confidence: {shown}")]


def doubts(doubtful: list[OcrWord], page: PageText) -> list[Doubt]:
    width, height = page.size
    return [
        Doubt(
            page.number,
            w.text,
            float(w.conf),
            (float(w.x0 / width), float(w.y0 / height), float(w.x1 / width), float(w.y1 / height)),
            page.turned,
        )
        for w in doubtful
    ]
