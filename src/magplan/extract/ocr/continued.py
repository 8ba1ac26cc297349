"""An unruled table going on over pages without its header.

A table without ruling is found on a page from its header's words
(`unruled`).  Printed over pages without repeating its header (a web page's
table ruled under its rows only, a word processor's table without borders),
its later pages have no header to be found from: their rows were read as
paragraphs, after the table, into the signatory's position.  The PDF reader
finds the table once over all its pages; a scan's pages are read each in a
process of its own, so the pages are looked at again once all are read: a
page without a table of its own, after a page whose last table is unruled, is
given that table's columns where its lines go on with it, and is laid out
anew in them (`page.read_page_again`: its words are not recognised again).
"""

from __future__ import annotations

from collections.abc import Iterator

from magplan.extract.ocr.lines import to_words
from magplan.extract.ocr.page import PageText
from magplan.extract.ocr.unruled import PageWords, continued_cells
from magplan.extract.pdf.plain import Bbox
from magplan.layout import Table


def continuations(pages: list[PageText]) -> Iterator[tuple[int, list[list[Bbox]]]]:
    """Each page (its index in `pages`) on which an unruled table of the pages before goes on
    without its header, with the cell boxes of its part of the table."""
    chain: list[PageWords] = []  # from the page with the table's header to the page before
    for index, page in enumerate(pages):
        tables = [block for block in page.blocks if isinstance(block, Table)]
        here = PageWords(to_words(page.words), page.rules, page.dpi, page.size[0])
        if tables:
            chain = [] if tables[-1].ruled else [here]
            continue
        if not chain or not page.words:
            continue  # a blank page between: the table may go on after it
        cells = continued_cells([*chain, here])
        if cells:
            chain.append(here)
            yield index, cells
        else:
            chain = []
