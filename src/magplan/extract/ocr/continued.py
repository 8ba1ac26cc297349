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

import time
from collections.abc import Iterator

from magplan.extract.ocr.lines import to_words
from magplan.extract.ocr.page import PageText, is_page_number
from magplan.extract.ocr.unruled import PageWords, continued_cells
from magplan.extract.pdf.plain import Bbox
from magplan.extract.pdf.words import Word, group_lines
from magplan.layout import Table


def continuations(pages: list[PageText], deadline: float | None = None) -> Iterator[tuple[int, list[list[Bbox]]]]:
    """Each page (its index in `pages`) on which an unruled table of the pages before goes on
    without its header, with the cell boxes of its part of the table; none looked for past the
    `deadline` (`time.monotonic`).  Looked for over the page with the table's header and the page
    before (each page between went on with the table, or it would have ended there), so that a
    long scan is not read over and over from its start."""
    header: PageWords | None = None  # the page whose last table is unruled: its header's page
    previous: PageWords | None = None  # the last page the table went on onto, after it
    for index, page in enumerate(pages):
        if deadline is not None and time.monotonic() >= deadline:
            return
        tables = [block for block in page.blocks if isinstance(block, Table)]
        if tables:
            # Its words are only looked at where its last table may go on (most scans: never).
            header, previous = (None if tables[-1].ruled else _page_words(page)), None
            continue
        if header is None or not page.words:
            continue  # a blank page between: the table may go on after it
        here = _page_words(page)
        cells = continued_cells([header, *([previous] if previous else []), here])
        if cells:
            previous = here
            yield index, cells
        else:
            header = previous = None


def _page_words(page: PageText) -> PageWords:
    return PageWords(_without_page_numbers(page), page.rules, page.dpi, page.size[0])


def _without_page_numbers(page: PageText) -> list[Word]:
    """The page's words but its page number (a lone «2» atop the page opens no row)."""
    words = to_words(page.words)
    numbers = {
        id(word)
        for line in group_lines(words)
        if is_page_number(line.text(), line.top, line.bottom, page.size[1])
        for word in line.words
    }
    return [word for word in words if id(word) not in numbers]
