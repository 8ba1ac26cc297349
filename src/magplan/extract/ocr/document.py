"""A scanned document → `Layout`: its pages read in parallel, then corrected as a whole.

Pages are independent: each is read in a process of its own (`page`), two
at a time, and a page's recognition is itself shared by two Tesseract
processes, so that the last page of an odd count keeps both cores busy.
One `Table` per page and table, with `Row.page` set, is left for the
assembler to stitch.  What the plan's vocabulary can correct is corrected
by the caller's `correct` (the extractor does not know plans).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed

from magplan import lifeline, limits
from magplan.extract import Progress
from magplan.extract.ocr.page import PageText, doubtful, doubts, read_page, uncertain
from magplan.extract.ocr.pages import PageSource
from magplan.extract.ocr.tesseract import tesseract_program
from magplan.layout import Layout

# This machine's cores: pages read at a time, and Tesseract processes per page.
JOBS = 2


def ocr_layout(
    source: PageSource,
    correct: Callable[[Layout], None] | None = None,
    jobs: int = JOBS,
    progress: Progress | None = None,
) -> Layout:
    """Read every page of a scanned PDF or image file.

    `correct` edits the layout's text before low-confidence words are
    reported (the plan vocabulary's corrections, `magplan.normalize.ocr_fix`).
    `progress` hears (pages done, pages in all), first with 0 done.
    Raises `MissingDependency` when Tesseract or its Russian data is not installed.
    """
    tesseract_program()
    count = source.count()
    limits.check_pages(count, limits.OCR_PAGES, "to read by OCR")
    tell: Progress = progress or (lambda done, total: None)
    tell(0, count)
    # A worker of a batch already has its share of the cores, and may not fork.
    if multiprocessing.parent_process() is not None:
        jobs = 1
    if jobs > 1 and count > 1:
        # The page readers die with this process, should it be killed (`lifeline`).
        with ProcessPoolExecutor(max_workers=min(jobs, count), initializer=lifeline.die_with_parent) as pool:
            futures = [pool.submit(read_page, source, index, jobs) for index in range(count)]
            for done, _ in enumerate(as_completed(futures), 1):
                tell(done, count)
            pages = [future.result() for future in futures]
    else:
        pages = []
        for index in range(count):
            pages.append(read_page(source, index, jobs))
            tell(index + 1, count)
    return _layout(pages, count, correct)


def _layout(pages: list[PageText], count: int, correct: Callable[[Layout], None] | None) -> Layout:
    layout = Layout(page_count=count)
    for page in pages:
        layout.blocks.extend(page.blocks)
    if correct is not None:
        correct(layout)
    for page in pages:
        unsure = doubtful(page.words, page.blocks)
        layout.warnings.extend(uncertain(unsure, page.number))
        layout.doubts.extend(doubts(unsure, page))
        layout.warnings.extend(page.warnings)
    return layout
