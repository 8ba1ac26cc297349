"""A scanned document → `Layout`: its pages read in parallel, then corrected as a whole.

Pages are independent: each is read in a process of its own (`page`), two
at a time; a document of fewer pages than twice the cores (three, here)
has all of its pages read at once, so that no core idles while the last
one is prepared, and the recognition of a last page left alone on the
cores (the fifth of five) is itself shared by two Tesseract engines.  A
document of one page is read in a process of its own too: Tesseract runs
inside the reader (`libtesseract`), where only killing the reader stops it
at the deadline (it looks at its deadline while it recognises words, never
while it finds the lines) and where a crash of the library takes only the
reader with it.
One `Table` per page and table, with `Row.page` set, is left for the
assembler to stitch.  What the plan's vocabulary can correct is corrected
by the caller's `correct` (the extractor does not know plans).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import re
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool

import cv2

from magplan import lifeline, limits
from magplan.errors import InputError, MagplanError
from magplan.extract import Progress
from magplan.extract._title_under import title_under_table
from magplan.extract.ocr import heap, mosaic
from magplan.extract.ocr.continued import continuations
from magplan.extract.ocr.page import PageText, doubtful, doubts, read_page, read_page_again, uncertain
from magplan.extract.ocr.pages import PageSource
from magplan.extract.ocr.tesseract import out_of_time, preload, set_deadline, tesseract_program, warmed_up
from magplan.extract.pdf.plain import Bbox
from magplan.layout import ExtractWarning, Layout, Paragraph

# This machine's cores: pages read at a time, and Tesseract engines (threads) per page.
JOBS = 2
# Past the OCR deadline, pages still being prepared are given this long before their readers are killed.
GRACE_SECONDS = 2.0
_READER_DIED = "the process reading its pages died (a crash in Tesseract or the PDF renderer, or killed for memory)"


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
    warmed_up()  # the engine `warm_up` loads, ready before a reader is forked
    tesseract_program()
    count = source.count()
    limits.check_pages(count, limits.OCR_PAGES, "to read by OCR")
    tell: Progress = progress or (lambda done, total: None)
    tell(0, count)
    # A worker of a batch already has its share of the cores, and may not fork.
    if multiprocessing.parent_process() is not None:
        jobs = 1
    if jobs > 1 and count > 0:
        # One engine loaded here, copied into every reader by the fork (0.17 s of CPU for each to load its
        # own); before the clock starts, which is for reading pages (a busy machine takes a second over it).
        preload()
    # One budget for the whole document: a scan of noise must not keep Tesseract busy for minutes.
    deadline = time.monotonic() + limits.OCR_SECONDS.value()
    if jobs > 1 and count > 0:
        readers = _readers(count, jobs)
        pool = ProcessPoolExecutor(max_workers=readers, initializer=_start_reader)
        try:
            with _opencv_fork_safe():
                pages = _read_by(pool, readers, deadline, source, count, jobs, tell)
                pages = _with_continuations(pages, source, deadline, jobs, pool)
        finally:
            # Waited for: a pool left to end on its own (`wait=False`) races the interpreter's exit
            # in Python 3.11 (CPython gh-125451, fixed later): the exit hook writes to the pool's
            # closed wake-up pipe, printing «OSError: [Errno 9] Bad file descriptor» on standard
            # error after magplan's own one-line message (seen once in a damaged-PDF test).
            pool.shutdown(wait=True)
    else:
        pages = []
        for index in range(count):
            pages.append(_read_page_by(deadline, source, index, jobs))
            tell(index + 1, count)
        pages = _with_continuations(pages, source, deadline, jobs)
    return _layout(pages, count, correct)


def _start_reader() -> None:
    """A page reader dies with this process should it be killed (`lifeline`), and reuses what it frees (`heap`)."""
    lifeline.die_with_parent()
    heap.keep_freed_memory()


@contextlib.contextmanager
def _opencv_fork_safe() -> Iterator[None]:
    """OpenCV's thread pool brought to one thread while the readers are forked, then restored.

    Where this process has already run OpenCV on several threads (a caller's own
    image work, a page read here before), a forked reader inherits the pool's
    condition variables with waiters that do not exist in it, and its OpenCV
    calls block for ever (gdb: in `pthread_cond_destroy`).  With one
    thread the pool has no workers, so there is nothing to inherit.  The readers
    are all forked at the pool's first task, inside this block.
    """
    threads = cv2.getNumThreads()
    cv2.setNumThreads(1)
    try:
        yield
    finally:
        cv2.setNumThreads(threads)


def _read_by(
    pool: ProcessPoolExecutor, readers: int, deadline: float, source: PageSource, count: int, jobs: int, tell: Progress
) -> list[PageText]:
    """Every page read by the pool's `readers` processes, in page order; the first failure stops them all."""
    futures = [
        pool.submit(_read_page_by, deadline, source, index, jobs, _at_once(index, count, readers, jobs))
        for index in range(count)
    ]
    try:
        # Tesseract runs end by the deadline; the clean-up around them is given a little more.
        for done, future in enumerate(as_completed(futures, timeout=_left(deadline) + GRACE_SECONDS), 1):
            future.result()  # the first failure stops the document: the pages left are not read
            tell(done, count)
    except BaseException as exc:
        for future in futures:
            future.cancel()
        if isinstance(exc, TimeoutError):
            _stop(pool)
            raise out_of_time() from None
        if isinstance(exc, BrokenProcessPool):
            raise InputError(_READER_DIED) from None
        raise
    return [future.result() for future in futures]


def _with_continuations(
    pages: list[PageText], source: PageSource, deadline: float, jobs: int, pool: ProcessPoolExecutor | None = None
) -> list[PageText]:
    """`pages` with those an unruled table goes on onto without its header laid out anew (`continued`),
    by the pool's readers where there is one.  A page that cannot be laid out again in time, or
    whose reader fails, keeps its first reading, said in a warning: every page was read, and the
    document is not lost for a second look at one of them."""
    found = list(continuations(pages, deadline))
    out = list(pages)
    if pool is None:
        for index, cells in found:
            try:
                out[index] = _read_again_by(deadline, source, index, jobs, pages[index], cells)
            except MagplanError:
                out[index] = _as_first_read(pages[index])
        return out
    futures = [pool.submit(_read_again_by, deadline, source, i, 1, pages[i], cells) for i, cells in found]
    try:
        for (index, _), future in zip(found, futures, strict=True):
            try:
                out[index] = future.result(timeout=_left(deadline) + GRACE_SECONDS)
            except TimeoutError:
                _stop(pool)  # a reader past the deadline: the pages not laid out yet keep their first reading
                out[index] = _as_first_read(pages[index])
            except (MagplanError, BrokenProcessPool):
                out[index] = _as_first_read(pages[index])
    finally:
        for future in futures:
            future.cancel()
    return out


def _as_first_read(page: PageText) -> PageText:
    """`page` as first read, said to hold rows of the table above that were not laid out as such."""
    page.warnings.append(
        ExtractWarning(
            "ocr_continuation_skipped",
            f"page {page.number}: the table of the page before seems to go on here without its header,"
            " but the page could not be laid out again (out of time, or its reader failed): its rows are read as text",
        )
    )
    return page


def _left(deadline: float) -> float:
    return max(deadline - time.monotonic(), 0.0)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Kill the page readers still at work (ProcessPoolExecutor cannot stop a running task)."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        with contextlib.suppress(Exception):
            process.kill()


def _readers(count: int, jobs: int) -> int:
    """Processes reading a document of `count` pages on `jobs` cores.

    One per core; but a page count just over a multiple of the cores leaves
    a last round in which one core prepares a page while the other idles
    (a third of the time of a three-page scan).  Under twice the cores,
    every page has a reader of its own from the start: the cores share them
    evenly and all end together, for one more page in memory at a time.
    """
    return count if count < 2 * jobs else jobs


def _at_once(index: int, count: int, readers: int, jobs: int) -> int:
    """Strips of page `index` read at a time when `readers` processes read the pages on `jobs` cores.

    One while every core has a page (each strip read at once takes an engine,
    0.13 s of CPU to load); all of them for the pages of a last round that
    has fewer pages than the cores, so that no core idles while they are read.
    """
    last_round = count % readers or readers
    return jobs if last_round < jobs and index >= count - last_round else 1


def _read_page_by(deadline: float, source: PageSource, index: int, jobs: int, at_once: int | None = None) -> PageText:
    """`read_page` with every Tesseract run bounded by the document's deadline (in whichever process)."""
    with _bounded(deadline, at_once or jobs):
        return read_page(source, index)


def _read_again_by(
    deadline: float, source: PageSource, index: int, jobs: int, read: PageText, cells: list[list[Bbox]]
) -> PageText:
    """`read_page_again` bounded by the deadline as `_read_page_by` is."""
    with _bounded(deadline, jobs):
        return read_page_again(source, index, read, cells)


def _repeated(pages: list[PageText]) -> set[str]:
    """The shapes (`_shape`) of the margin texts that stand on two pages or more."""
    seen: dict[str, set[int]] = {}
    for page in pages:
        for text in page.running:
            seen.setdefault(_shape(text), set()).add(page.number)
    return {shape for shape, numbers in seen.items() if len(numbers) > 1}


def _shape(text: str) -> str:
    """A margin text as the pages repeat it: its case (a scan reads «МБУ» as «мбу»), spacing and
    figures (a page's number) aside."""
    return _FIGURES.sub("#", " ".join(text.casefold().split()))


_FIGURES = re.compile(r"\d+")


@contextlib.contextmanager
def _bounded(deadline: float, at_once: int) -> Iterator[None]:
    """Tesseract runs bounded by `deadline`, and a page's strips and OpenCV's threads `at_once`."""
    if time.monotonic() >= deadline:
        raise out_of_time()
    set_deadline(deadline)
    # A reader alone in its process (a batch's worker) reads a page's strips one by one, on its one core.
    mosaic.set_at_once(at_once)
    # OpenCV spreads an image operation over the cores it may use: worth it for a page alone on
    # them, but where other pages (or a batch's other workers) hold the cores too, its threads
    # only wait for each other (a page's preparation then costs 20 % more CPU, the same images).
    threads = cv2.getNumThreads()
    cv2.setNumThreads(at_once)
    try:
        yield
    finally:
        set_deadline(None)
        mosaic.set_at_once(None)
        cv2.setNumThreads(threads)


def _layout(pages: list[PageText], count: int, correct: Callable[[Layout], None] | None) -> Layout:
    layout = Layout(page_count=count)
    repeated = _repeated(pages)
    for page in pages:
        # A running head or foot printed on two pages or more is the pages' furniture, no text of
        # the plan (a text PDF's reader leaves it out too): between two tables it read as a section's
        # heading.  It stays in `running`, which may name the plan's year.
        furniture = {text for text in page.running if _shape(text) in repeated}
        layout.blocks.extend(b for b in page.blocks if not (isinstance(b, Paragraph) and b.text in furniture))
        layout.running.extend(page.running)
    if correct is not None:
        correct(layout)
    # After the corrections: a heading's words read as they are spelt.
    layout.blocks = title_under_table(layout.blocks)
    for page in pages:
        unsure = doubtful(page.words, page.blocks)
        layout.warnings.extend(uncertain(unsure, page.number))
        layout.doubts.extend(doubts(unsure, page))
        layout.warnings.extend(page.warnings)
    return layout
