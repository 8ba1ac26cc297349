"""OCR of image-only PDFs: the corpus scan, and each step on synthetic images."""

from __future__ import annotations

import itertools
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt
import pytest

import magplan
from magplan.errors import MissingDependency, NeedsOCR
from magplan.extract.ocr import grid, image
from magplan.extract.ocr import tesseract as _tesseract
from magplan.extract.ocr.letters import without_glued_specks
from magplan.normalize.ocr_fix import correct
from tests.corpus import CORPUS, scorer

SCAN = CORPUS / "plan-2026-scan.pdf"
EXACT_FIELDS = ("number", "kind", "date_start", "date_end", "age_years", "page")
needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="the tesseract program is not installed (make sysdeps)"
)


@pytest.fixture(scope="module")
def scan_read() -> tuple[magplan.Plan, list[tuple[int, int]]]:
    """The scan read through the public API, with what its progress callback heard."""
    heard: list[tuple[int, int]] = []
    plan = magplan.read_plan(SCAN, progress=lambda done, total: heard.append((done, total)))
    return plan, heard


@pytest.fixture(scope="module")
def scan_report(scan_read: tuple[magplan.Plan, list[tuple[int, int]]]) -> dict[str, Any]:
    """The scan scored by the shared scorer's own comparison."""
    plan = scan_read[0]
    got = json.loads(json.dumps(plan.to_dict(), default=str))
    want = json.loads((CORPUS / f"{SCAN.name}.expected.json").read_text(encoding="utf-8"))
    report: dict[str, Any] = scorer().score_document(want, got)
    return report


@needs_tesseract
def test_scan_field_score(scan_report: dict[str, Any]) -> None:
    assert scan_report["items_missed"] == 0 and scan_report["items_extra"] == 0
    assert scan_report["field_f1"] >= 0.98, scan_report["mismatches"][:10]


@needs_tesseract
@pytest.mark.parametrize("field", EXACT_FIELDS)
def test_scan_fields_that_must_be_exact(scan_report: dict[str, Any], field: str) -> None:
    assert [m for m in scan_report["mismatches"] if m["field"] == field] == []


@needs_tesseract
def test_scan_progress_counts_pages(scan_read: tuple[magplan.Plan, list[tuple[int, int]]]) -> None:
    heard = scan_read[1]
    pages = 3
    assert heard[0] == (0, pages) and heard[-1] == (pages, pages)
    assert [done for done, _ in heard] == list(range(pages + 1))


@needs_tesseract
def test_unsure_words_say_where_they_stand(scan_read: tuple[magplan.Plan, list[tuple[int, int]]]) -> None:
    plan = scan_read[0]
    warned = sum(int(w.message.split(": ")[1].split()[0]) for w in plan.warnings if w.code == "ocr_uncertain")
    assert len(plan.doubts) == warned
    for doubt in plan.doubts:
        left, top, right, bottom = doubt.box
        assert 0 <= left < right <= 1 and 0 <= top < bottom <= 1
        assert 1 <= doubt.page <= 3 and 0 <= doubt.confidence < 100 and doubt.text


@needs_tesseract
def test_scan_through_the_command_line(tmp_path: Path) -> None:
    never = subprocess.run(
        [sys.executable, "-m", "magplan.cli", "convert", str(SCAN), "--ocr", "never", "--out", str(tmp_path)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert never.returncode == 2 and "needs OCR" in never.stderr and "--ocr never" in never.stderr
    assert not any(tmp_path.iterdir())


# -- colour ink ----------------------------------------------------------------


def test_colour_ink_is_removed_and_print_under_it_kept() -> None:
    """A blue stamp ring crosses a black bar: the ring goes, the bar stays black where it crosses."""
    page = np.full((300, 400, 3), 240, np.uint8)
    page[140:160, 40:360] = 15  # printed black
    stamp = np.full_like(page, 255)
    cv2.circle(stamp, (200, 150), 100, (70, 70, 190), 12)  # blue ink, RGB
    inked = (page.astype(np.float32) * stamp / 255).astype(np.uint8)
    gray, zone = image.remove_colour_ink(inked)
    ring = np.zeros(page.shape[:2], np.uint8)
    cv2.circle(ring, (200, 150), 100, 255, 12)
    under_ring = (ring > 0) & (gray >= 0)
    assert gray[under_ring & (np.arange(300)[:, None] < 100)].min() > 200  # the ring on paper is gone
    assert gray[150, 100] < 60 and gray[150, 110] < 60  # the bar where the ring crosses it
    assert zone[150, 100] and not zone[20, 20]


def test_a_page_without_colour_is_left_alone() -> None:
    page = np.full((100, 100, 3), 230, np.uint8)
    page[40:60, 20:80] = 30
    gray, zone = image.remove_colour_ink(page)
    assert np.array_equal(gray, cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)) and not zone.any()


# -- deskew and table grid ---------------------------------------------------


def _ruled_page(merged_row: bool = False) -> np.ndarray:
    """A white page with a 4-column ruled table and text-like bars in its cells."""
    page = np.full((1600, 1200), 245, np.uint8)
    xs, ys = [100, 250, 700, 900, 1100], list(range(200, 1400, 100))
    for y in ys:
        cv2.line(page, (xs[0], y), (xs[-1], y), 0, 3)
    for i, x in enumerate(xs):
        top = ys[1] if merged_row and 0 < i < len(xs) - 1 else ys[0]
        cv2.line(page, (x, top), (x, ys[-1]), 0, 3)
    for y in ys[:-1]:
        for x0, x1 in itertools.pairwise(xs):
            cv2.rectangle(page, (x0 + 15, y + 35), (min(x0 + 150, x1 - 15), y + 60), 30, -1)
    return page


@pytest.mark.parametrize("angle", [1.3, -0.7, 2.5])
def test_skew_is_measured_from_the_ruling(angle: float) -> None:
    page = _ruled_page()
    h, w = page.shape
    rotated = cv2.warpAffine(page, cv2.getRotationMatrix2D((w / 2, h / 2), -angle, 1.0), (w, h), borderValue=245)
    assert image.estimate_skew(rotated) == pytest.approx(angle, abs=0.05)
    straight = image.rotate(rotated, image.estimate_skew(rotated))
    assert abs(image.estimate_skew(straight)) < 0.05


def test_skew_of_a_page_without_ruling_comes_from_its_text_lines() -> None:
    page = np.full((1400, 1000), 245, np.uint8)
    for y in range(150, 1250, 60):
        for x in range(100, 880, 70):
            cv2.rectangle(page, (x, y), (x + 50, y + 22), 20, -1)
    h, w = page.shape
    rotated = cv2.warpAffine(page, cv2.getRotationMatrix2D((w / 2, h / 2), -1.5, 1.0), (w, h), borderValue=245)
    assert image.estimate_skew(rotated) == pytest.approx(1.5, abs=0.2)


def test_table_grid_with_a_full_width_row() -> None:
    """The first row has no inner borders: one cell spanning the four columns."""
    bw = image.binarize(_ruled_page(merged_row=True))
    (table,) = grid.find_tables(grid.ruling_lines(bw, 1.0), 1.0)
    assert (table.rows, table.cols) == (11, 4)
    first = [c for c in table.cells if c.row == 0]
    assert [(c.col, c.colspan) for c in first] == [(0, 4)]
    assert sum(c.row == 5 for c in table.cells) == 4


@pytest.mark.parametrize("outer", [True, False])
def test_cells_of_separate_borders_make_one_grid(outer: bool) -> None:
    """HTML's `border="1"`: each cell its own box a few pixels from its neighbours', its lower edge
    light (inset) and lost to the threshold.  The column borders stop short of the next row's
    line, alike in every column, and the narrow first column's row lines are pieces shorter than
    a line at the lines' ends: the first column had no cells, and without the table's outer box
    the page had one row."""
    bw = np.zeros((700, 900), np.uint8)
    cols = [(100, 160), (166, 500), (506, 800)]
    rows = [(100, 200), (206, 300), (306, 400), (406, 500)]
    for y0, y1 in rows:
        for x0, x1 in cols:
            bw[y0 : y0 + 3, x0:x1] = 255  # the cell's upper edge
            bw[y0:y1, x0 : x0 + 3] = bw[y0:y1, x1 - 3 : x1] = 255  # its sides; the lower edge is lost
    if outer:
        bw[96:98, 96:804] = bw[502:504, 96:804] = bw[96:504, 96:98] = bw[96:504, 802:804] = 255
    (table,) = grid.find_tables(grid.ruling_lines(bw, 1.0), 1.0)
    assert (table.rows, table.cols) == (4, 3)
    assert sorted((c.row, c.col) for c in table.cells) == [(r, c) for r in range(4) for c in range(3)]


@pytest.mark.parametrize("end", ["foot", "head", "foot under a heading"])
def test_a_row_the_page_break_cut_is_closed_where_its_borders_end(end: str) -> None:
    """Chromium cuts a row at the page's foot without a bottom line (and opens the next page's part
    without a top line): the cut row's borders met a line at one end only and its cells went to
    paragraphs, the row lost.  Borders longer than letters ending together at one height close it,
    also where a section's heading spans the columns above, so that the inner borders meet only
    the lines of the rows under it."""
    bw = np.zeros((900, 900), np.uint8)
    rows = (300, 460, 620, 780) if end == "head" else (100, 260, 420, 580)
    for y in rows:
        bw[y : y + 3, 100:800] = 255
    top, bottom = (120, 783) if end == "head" else (100, 760)
    for x in (100, 200, 500, 797):
        bw[top:bottom, x : x + 3] = 255
    if end == "foot under a heading":
        bw[263:420, 200:203] = bw[263:420, 500:503] = 0
    (table,) = grid.find_tables(grid.ruling_lines(bw, 1.0), 1.0)
    assert (table.rows, table.cols) == (4, 3)
    assert table.cell_at(350, 200 if end == "head" else 700) is not None
    # Letters' stems no taller than letters, ending together under a line, close nothing.
    short = np.zeros((900, 900), np.uint8)
    for y in (100, 260):
        short[y : y + 3, 100:800] = 255
    for x in (100, 450, 797):
        short[100:263, x : x + 3] = 255
    for x in (150, 300, 450, 600):
        short[263:300, x : x + 4] = 255
    (table,) = grid.find_tables(grid.ruling_lines(short, 1.0), 1.0)
    assert table.rows == 1
    # A table ruled round its header alone, its column borders running on down its body: no cut
    # row, no line drawn under the body (which would make the whole body one row).
    open_body = np.zeros((900, 900), np.uint8)
    for y in (100, 160):
        open_body[y : y + 3, 100:800] = 255
    for x in (100, 200, 500, 797):
        open_body[100:760, x : x + 3] = 255
    assert all(table.y1 < 200 for table in grid.find_tables(grid.ruling_lines(open_body, 1.0), 1.0))


def test_a_heading_row_run_into_the_cell_under_it_through_a_gap_in_its_line_is_parted() -> None:
    """A photo's faint row line under a bold section heading dropped out under one column: the
    heading's cell and the next row's cell under the gap were one region whose box covered the
    whole next row (the event's words went to the heading, its number and dates to nothing).
    Cut at the row line the next row's other cells set, each keeps its own."""
    lines = np.zeros((400, 800), np.uint8)
    for y in (10, 100, 160, 300, 390):
        lines[y : y + 3, 10:790] = 255
    lines[160:163, 120:400] = 0  # the gap under the heading, above the second column
    for x in (10, 120, 400, 600, 787):
        lines[10:393, x : x + 3] = 255
    lines[103:160, 13:787] = 0  # the heading's row spans the columns
    (table,) = grid.find_tables(lines, 1.0)
    heading = [c for c in table.cells if c.row == 1]
    assert [(c.col, c.colspan, c.rowspan) for c in heading] == [(0, 4, 1)]
    assert sorted(c.col for c in table.cells if c.row == 2) == [0, 1, 2, 3]
    assert table.cell_at(250, 200) != table.cell_at(250, 130)


def test_a_cell_run_into_the_cell_under_it_in_its_own_column_is_parted_where_a_line_crosses_it() -> None:
    """The row line under a section's heading broken under the title column alone (a curled photo's
    line dropped out where descenders touch it): the heading's title cell and the event's under it
    were one region inside their column, overlapping no other cell, and the event's title went to the
    section.  A row line crossing most of the cell's width parts it; a cell merged down the rows,
    with no line across it, stays merged."""
    lines = np.zeros((400, 800), np.uint8)
    for y in (10, 100, 160, 300, 390):
        lines[y : y + 3, 10:790] = 255
    lines[160:163, 150:250] = 0  # the gap: 100 of the title column's 280 px
    lines[300:303, 603:787] = 0  # the last column's cell merged over two rows
    for x in (10, 120, 400, 600, 787):
        lines[10:393, x : x + 3] = 255
    (table,) = grid.find_tables(lines, 1.0)
    assert table.cell_at(250, 130) != table.cell_at(250, 200)
    assert sorted(c.col for c in table.cells if c.row == 2) == [0, 1, 2, 3]
    assert table.cell_at(700, 200) == table.cell_at(700, 350)


def _page_with_a_heading_row(bottom: int, bordered: bool) -> tuple[npt.NDArray[np.uint8], list[int], tuple[int, int]]:
    """A 200-dpi page's table of three columns and four rows, its second row a heading across the
    columns from y 170 to `bottom`: the inner column borders stop at its lines unless `bordered`.
    The page, the borders' xs and the heading's (top, bottom)."""
    page = np.full((700, 900), 245, np.uint8)
    xs, ys = [60, 160, 500, 840], [100, 170, bottom, 280, 350]
    heading = (ys[1], ys[2])
    for y in ys:
        cv2.line(page, (xs[0], y), (xs[-1], y), 0, 2)
    for i, x in enumerate(xs):
        if 0 < i < len(xs) - 1 and not bordered:
            cv2.line(page, (x, ys[0]), (x, heading[0]), 0, 2)
            cv2.line(page, (x, heading[1]), (x, ys[-1]), 0, 2)
        else:
            cv2.line(page, (x, ys[0]), (x, ys[-1]), 0, 2)
    return page, xs, heading


@pytest.mark.parametrize("bordered", [False, True])
@pytest.mark.parametrize("stem", [(6, 6, 0, 4), (6, 2, 3, 4), (4, 1, 4, 5)])
def test_a_letter_stem_under_a_column_border_does_not_split_a_one_line_heading(
    bordered: bool, stem: tuple[int, int, int, int]
) -> None:
    """A 200-dpi page: a section's heading across the table in a row not much taller than its letters,
    the «И» of «IV. Информационное…» standing where the № column's border runs in the other rows.
    The borders' ends and the stem close into one stroke, but only half the row holds ink: one cell.
    A «ф» fills the row but for a few pixels under its top line, its descender a pixel or two off the
    bottom one, against the border's line or a few pixels beside it (a photo's «Информационно…»: its
    stem was erased as ruling, read «Иноормационно»): it stops short of a line, a border meets it.
    A border drawn through the row (`bordered`) still parts it."""
    unit = 200 / 300
    page, xs, heading = _page_with_a_heading_row(210, bordered)
    top, bottom, shift, width = stem  # its ends' distances from the lines, and where it stands
    page[heading[0] + top : heading[1] - bottom, xs[1] - 1 + shift : xs[1] - 1 + shift + width] = 20
    for x0 in (70, 170, 300):  # the heading's other letters, and text in the other rows
        page[heading[0] + 8 : heading[1] - 8, x0 + 10 : x0 + 80] = 30
    (table,) = grid.find_tables(grid.ruling_lines(image.binarize(page), unit), unit)
    assert (table.rows, table.cols) == (4, 3)
    row = [(c.col, c.colspan) for c in table.cells if c.row == 1]
    assert row == ([(0, 1), (1, 1), (2, 1)] if bordered else [(0, 3)])


@pytest.mark.parametrize("bordered", [False, True])
def test_a_letter_stem_with_its_bowls_filling_a_one_line_heading_does_not_split_it(bordered: bool) -> None:
    """A photographed «ф» blurred to fill its one-line row from line to line, in line with the №
    column's border in the other rows: ink all the way, meeting both lines, so no test of the
    stroke alone tells it from a border; it split the heading («IV. Инс» / «›ормационно-…»).  Its
    bowls touch the stem on both sides along the middle of the row; a border stands in its cells'
    padding.  A border drawn through the row (`bordered`) still parts it."""
    unit = 200 / 300
    page, xs, heading = _page_with_a_heading_row(206, bordered)
    middle = (heading[0] + heading[1]) // 2
    if bordered:  # letters beside the border, its cells' padding between
        page[middle - 6 : middle + 6, xs[1] - 14 : xs[1] - 6] = 20
        page[middle - 6 : middle + 6, xs[1] + 7 : xs[1] + 15] = 20
    else:
        page[heading[0] : heading[1], xs[1] - 1 : xs[1] + 2] = 20  # the stem, line to line
        page[middle - 6 : middle + 6, xs[1] - 8 : xs[1] - 1] = 20  # its bowls, either side
        page[middle - 6 : middle + 6, xs[1] + 2 : xs[1] + 9] = 20
    for x0 in (70, 190, 300):  # the heading's other letters
        page[heading[0] + 8 : heading[1] - 8, x0 + 10 : x0 + 80] = 30
    (table,) = grid.find_tables(grid.ruling_lines(image.binarize(page), unit), unit)
    assert (table.rows, table.cols) == (4, 3)
    row = [(c.col, c.colspan) for c in table.cells if c.row == 1]
    assert row == ([(0, 1), (1, 1), (2, 1)] if bordered else [(0, 3)])


def test_a_border_that_a_rows_figure_and_text_touch_along_their_line_alone_stays() -> None:
    """A spreadsheet's print: the row number set right against the № column's border and the
    event's text left against it («3|Праздничный концерт, …»), touching it on both sides along the
    row's first line of two.  The border was taken for a letter's stem and the row read as one
    cell («3|Праздничный …»); it runs on untouched past them, longer than they are tall."""
    unit = 200 / 300
    page, xs, heading = _page_with_a_heading_row(250, True)
    top = heading[0] + 6

    def letters(x0: int, x1: int, y: int) -> None:  # letters' stems, 2 pixels wide and 4 apart
        for x in range(x0, x1, 6):
            page[y : y + 20, x : x + 2] = 20

    letters(xs[1] - 9, xs[1] - 1, top)  # the figure, right against the border
    letters(xs[1] + 2, xs[1] + 40, top)  # the text's first line, left against it
    letters(xs[1] + 8, xs[1] + 60, top + 32)  # its second line, set off the border
    for x0 in (190, 300):  # the other cells' text
        letters(x0 + 10, x0 + 80, top)
    (table,) = grid.find_tables(grid.ruling_lines(image.binarize(page), unit), unit)
    assert (table.rows, table.cols) == (4, 3)
    assert [(c.col, c.colspan) for c in table.cells if c.row == 1] == [(0, 1), (1, 1), (2, 1)]


# A 200-dpi photo's column border where it meets the header's top line, as binarised: hollow, its
# two edges a pixel apart, one of them missing for a few rows (`#` ink).
_HOLLOW_BORDER = ["...####.", "....##..", *["....#.#."] * 7, *["....#..."] * 3, "....#.#.", "...#..#.", "......#."]


@pytest.mark.parametrize("hollow", [False, True])
def test_a_column_border_binarised_hollow_where_it_meets_its_line_still_meets_it(hollow: bool) -> None:
    """The opening that finds long strokes lost a photographed border's first 15 rows under the
    header's top line (hollow, wavering): the stroke ended short of the line, was no border, and
    the header's two cells either side were read as one («Срок проведения Ответственные»), the
    person's column then read into the date's.  Ink all the way up to the line carries it on."""
    unit = 200 / 300
    page = np.full((700, 900), 245, np.uint8)
    xs, ys = [60, 160, 500, 840], [100, 250, 320, 390]
    for y in ys:
        page[y - 1 : y + 2, xs[0] : xs[-1] + 2] = 0
    for x in xs:
        page[ys[0] : ys[-1] + 2, x - 1 : x + 3] = 0
    if hollow:
        x = xs[2] - 4
        page[ys[0] + 2 : ys[0] + 2 + len(_HOLLOW_BORDER), x : x + 8] = 245
        for row, pattern in enumerate(_HOLLOW_BORDER):
            page[ys[0] + 2 + row, [x + col for col, ink in enumerate(pattern) if ink == "#"]] = 0
    for x0 in (70, 170, 520):  # the header's words
        page[ys[0] + 20 : ys[0] + 40, x0 + 10 : x0 + 60] = 30
    (table,) = grid.find_tables(grid.ruling_lines(image.binarize(page), unit), unit)
    assert (table.rows, table.cols) == (3, 3)
    assert [(c.col, c.colspan) for c in table.cells if c.row == 0] == [(0, 1), (1, 1), (2, 1)]


def test_a_table_of_one_row_keeps_its_borders_and_a_letter_stem_filling_a_row_is_none() -> None:
    """The plan's last row carried over to a page of its own: a one-row table, whose borders have no
    other row to line up with.  Drawn from line to line they are borders; a tall letter's stem in a
    one-line row, nearly as tall as the row, is not."""
    page = np.full((900, 1200), 245, np.uint8)
    xs = [100, 250, 700, 900, 1100]
    for y in (200, 320):  # the one row, two lines of text tall
        cv2.line(page, (xs[0], y), (xs[-1], y), 0, 3)
    for x in xs:
        cv2.line(page, (x, 200), (x, 320), 0, 3)
    for x0, x1 in itertools.pairwise(xs):
        page[230:250, x0 + 15 : x1 - 15] = page[270:290, x0 + 15 : x1 - 40] = 30
    (table,) = grid.find_tables(grid.ruling_lines(image.binarize(page), 1.0), 1.0)
    assert (table.rows, table.cols) == (1, 4)
    stem = _ruled_page()
    stem[208:293, 478:482] = 0  # «ф» in a one-line row, nearly from line to line, in no border's line
    (table,) = grid.find_tables(grid.ruling_lines(image.binarize(stem), 1.0), 1.0)
    assert (table.rows, table.cols) == (11, 4) and sum(c.row == 0 for c in table.cells) == 4


def test_a_tables_outer_border_its_row_lines_stop_short_of_is_ruling() -> None:
    """A scan's row lines stop a pixel or two short of the table's thin left border, only the
    bottom line running past it: left as ink, the border was read «[ 1», «| 1.» before each number."""
    page = np.full((900, 1200), 245, np.uint8)
    xs = [100, 250, 700, 1100]
    ys = [200, 260, 320, 380, 440]
    for y in ys:
        page[y : y + 2, xs[0] + 3 if y != ys[-1] else xs[0] - 3 : xs[-1] + 1] = 0
    page[ys[0] : ys[-1] + 2, xs[0]] = 0
    for x in xs[1:]:
        page[ys[0] : ys[-1] + 2, x : x + 2] = 0
    ruling = grid.ruling_lines(image.binarize(page), 1.0)
    assert (ruling[ys[0] + 5 : ys[-1] - 5, xs[0] - 1 : xs[0] + 2] > 0).any(axis=1).all()


def test_a_border_under_a_header_cell_over_two_columns_on_a_page_of_one_row_is_ruling() -> None:
    """The plan's last row carried over to a page of its own under its repeated header of two rows:
    the border between «Место» and «Срок» under «Место и сроки» runs through two short rows only,
    in line with no other border; it crosses the row line between them, which no letter does."""
    page = np.full((900, 1200), 245, np.uint8)
    xs = [100, 180, 600, 780, 960, 1100]
    for y in (200, 260, 300, 345):
        cv2.line(page, (xs[0] if y != 260 else xs[2], y), (xs[-1] if y != 260 else xs[4], y), 0, 3)
    for x in xs:
        cv2.line(page, (x, 200 if x != xs[3] else 260), (x, 345), 0, 3)
    page[215:235, 620:760] = page[275:290, 620:700] = page[275:290, 800:860] = page[315:330, 800:940] = 30
    (table,) = grid.find_tables(grid.ruling_lines(image.binarize(page), 1.0), 1.0)
    assert (table.rows, table.cols) == (3, 5)
    assert [(c.col, c.colspan) for c in table.cells if c.row == 0] == [(0, 1), (1, 1), (2, 2), (4, 1)]


@pytest.mark.parametrize("broken", [1, 2, 4])
def test_a_one_row_tables_borders_broken_for_a_few_rows_are_still_borders(broken: int) -> None:
    """A photographed thin border breaks for a row or two (JPEG, blur): the one-row table carried over
    to a page of its own (with the signature under it) is still found, not read as text («О С ПО ПО»)."""
    page = np.full((900, 1200), 245, np.uint8)
    xs = [100, 250, 700, 900, 1100]
    for y in (200, 320):
        cv2.line(page, (xs[0], y), (xs[-1], y), 0, 3)
    for x in xs:
        cv2.line(page, (x, 200), (x, 320), 0, 3)
        page[260 : 260 + broken, x - 2 : x + 3] = 245
    for x0, x1 in itertools.pairwise(xs):
        page[230:250, x0 + 15 : x1 - 15] = page[270:290, x0 + 15 : x1 - 40] = 30
    tables = grid.find_tables(grid.ruling_lines(image.binarize(page), 1.0), 1.0)
    assert [(t.rows, t.cols) for t in tables] == [(1, 4)]


def test_a_heading_between_two_tables_touching_both_is_no_row_of_them() -> None:
    """A section heading printed in the narrow gap between two tables, its letters touching the first
    table's bottom line and the next one's top line: the stem of its «ф» runs from line to line like a
    border, but nothing closes the heading's band at its ends.  Two tables, the heading in neither."""
    page = np.full((700, 1200), 245, np.uint8)
    xs = [100, 400, 1100]
    for top in (100, 360):  # the two tables, two rows each; the heading's band is 300…360
        for y in (top, top + 100, top + 200):
            cv2.line(page, (xs[0], y), (xs[-1], y), 0, 3)
        for x in xs:
            cv2.line(page, (x, top), (x, top + 200), 0, 3)
        for y in (top, top + 100):
            for x0, x1 in itertools.pairwise(xs):
                page[y + 35 : y + 60, x0 + 15 : x1 - 60] = 30
    page[315:345, 480:590] = page[315:345, 640:800] = 30  # the heading's other letters
    page[294:367, 608:613] = 0  # the «ф»: its stem from line to line …
    cv2.ellipse(page, (610, 330), (22, 14), 0, 0, 360, 0, 4)  # … and its bowls
    tables = grid.find_tables(grid.ruling_lines(image.binarize(page), 1.0), 1.0)
    assert [(t.y0 < 330 < t.y1, t.rows, t.cols) for t in tables] == [(False, 2, 2), (False, 2, 2)]


def test_the_sheets_edge_in_a_photo_is_no_ruling() -> None:
    """Dark lines along the image's border (the desk beside the sheet) make no table of the page."""
    page = _ruled_page()
    page[:, :6] = page[:4, :] = page[-5:, :] = 20
    tables = grid.find_tables(grid.ruling_lines(image.binarize(page), 1.0), 1.0)
    assert [(t.rows, t.cols) for t in tables] == [(11, 4)]


def test_a_column_border_carried_on_under_the_table_by_a_stroke_touching_it_is_still_ruling() -> None:
    """A signature's remains touching a border below the table carry the border past its last line."""
    page = _ruled_page()
    cv2.line(page, (250, 1300), (252, 1380), 0, 3)  # a pen stroke's remains under the bottom line
    cv2.line(page, (252, 1380), (320, 1420), 0, 3)
    tables = grid.find_tables(grid.ruling_lines(image.binarize(page), 1.0), 1.0)
    assert [(t.rows, t.cols) for t in tables] == [(11, 4)]


def test_a_border_ending_where_the_bottom_line_broke_under_ink_still_bounds_the_last_row() -> None:
    """The signature also took the bottom line off round the border's foot: joined under the ink first."""
    page = _ruled_page()
    page[1296:1305, 230:270] = 245  # the bottom line broken round the border at x = 250
    cv2.line(page, (250, 1300), (252, 1380), 0, 3)  # the stroke's remains carrying the border on
    stamped = np.zeros_like(page)
    stamped[1260:1400, 200:330] = 255
    lines = grid.ruling_lines(image.binarize(page), 1.0, stamped)
    (table,) = grid.find_tables(lines, 1.0)
    assert (table.rows, table.cols) == (11, 4)
    assert sum(c.row == 10 for c in table.cells) == 4


def test_a_row_line_broken_into_pieces_shorter_than_a_line_is_a_line() -> None:
    """A photo's faint row line under a bold heading drops out of the threshold here and there: under
    one column it was pieces each shorter than a line, with gaps the closing joins.  Measured one by one
    they were dropped, and the heading's cell ran into the event's under it (the event's title went to
    the section).  Joined across the gaps first, they are the line; dashes further apart are not."""
    page = _ruled_page()
    for x0, x1 in ((300, 315), (390, 400), (470, 485), (560, 570), (640, 655)):
        page[495:506, x0:x1] = 245  # pieces of 70-75 px left between 250 and 700
    lines = grid.ruling_lines(image.binarize(page), 1.0)
    assert lines[500, 320:640].all()
    (table,) = grid.find_tables(lines, 1.0)
    assert (table.rows, table.cols) == (11, 4)
    assert table.cell_at(400, 450) != table.cell_at(400, 550)
    dashes = _ruled_page()
    dashes[495:506, 253:698] = 245
    for x in range(300, 650, 110):
        dashes[498:502, x : x + 70] = 0  # a dashed rule inside a cell: 40 px apart
    lines = grid.ruling_lines(image.binarize(dashes), 1.0)
    assert not lines[500, 380:400].any()


def test_row_lines_broken_under_a_stamp_are_joined_and_others_not() -> None:
    lines = np.zeros((400, 1000), np.uint8)
    lines[100:103, 50:400] = lines[100:103, 600:950] = 255  # a row line broken under the stamp
    lines[300:303, 50:400] = lines[300:303, 600:950] = 255  # one broken where no ink was taken off
    stamped = np.zeros_like(lines)
    stamped[50:200, 380:620] = 255
    bridged = grid.bridge_under_ink(lines, stamped, 1.0)
    assert bridged[101, 50:950].all()
    assert not bridged[301, 400:600].any()
    assert np.array_equal(grid.bridge_under_ink(lines, np.zeros_like(lines), 1.0), lines)


def test_ruling_is_wiped_but_letters_touching_or_crossing_it_keep_their_ink() -> None:
    bw = np.zeros((200, 600), np.uint8)
    bw[100:103, 20:580] = 255  # a row line
    bw[60:200, 20:23] = 255  # a column border meeting it
    bw[80:100, 200:204] = 255  # a comma's tail reaching down onto the line
    bw[70:130, 300:304] = 255  # a stroke crossing the line
    bw[90:99, 400:406] = 255  # a dot sitting on it
    ruling = np.zeros_like(bw)
    ruling[99:104, 20:580] = ruling[60:200, 19:24] = 255  # as `ruling_lines` finds them: a pixel wider
    erase = grid.ruling_to_erase(bw, ruling, 1.0)
    assert erase[101, 100] and erase[97, 100] and erase[101, 500] and erase[140, 21]  # the lines and their edges
    assert not erase[95:99, 200:204].any()  # the tail down to the line
    assert not erase[96:107, 300:304].any()  # the crossing stroke, across the line too
    assert not erase[92:99, 400:406].any()
    assert erase[101, 210] and erase[101, 195]  # no piece of the line drawn beside the letters


def test_the_tint_of_a_photographs_print_is_no_ink() -> None:
    """Under a warm light black print's soft edges come out brown; a blue signature's ink is blue."""
    page = np.full((300, 400, 3), 245, np.uint8)
    page[100:104, 40:360] = (150, 110, 80)  # brown-tinted edge of print (RGB), as saturated as ink
    page[96:100, 40:360] = 60
    cv2.line(page, (40, 200), (360, 230), (60, 60, 200), 5)  # the signature
    gray, zone = image.remove_colour_ink(page)
    assert not zone[102, 200] and gray[102, 200] < 160  # the print's edge stays as it was
    assert zone[215, 200] and gray[215, 200] > 200  # the signature goes


# -- post-correction ---------------------------------------------------------


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Москва\nоевраль", "Москва\nфевраль"),  # «ф» read as «о»: a month ends the date cell
        # The breve of «й» lost in large print: no singular after a plural adjective, and «План»
        # takes the genitive; a feminine noun's genitive in «-ии» after «План» stays.
        ("План культурно-массовых мероприятии", "План культурно-массовых мероприятий"),
        ("ПЛАН МЕРОПРИЯТИИ на 2027 год", "ПЛАН МЕРОПРИЯТИЙ на 2027 год"),
        ("План Ассамблеи", "План Ассамблеи"),
        ("о проведении мероприятии", "о проведении мероприятии"),
        ("в рамках их Ассамблеи", "в рамках их Ассамблеи"),
        ("12 сентяоря", "12 сентября"),
        ("Санкт-Петербург сентяоря", "Санкт-Петербург сентября"),
        ("по отдельному граоику", "по отдельному графику"),
        ("ежеквартал.", "ежеквартал."),
        ("234 гсда", "234 года"),  # an age word after a number
        ("2О1 год", "201 год"),  # a letter О among the digits of an age
        ("5-б июля", "5-6 июля"),
        ("Организатоpы: МАГ", "Организаторы: МАГ"),  # a Latin «p» in a Cyrillic word
        ("Организаторы: OOH-Хабитат, МАГ", "Организаторы: ООН-Хабитат, МАГ"),  # Latin capitals joined to Cyrillic
        ("PR-служба и IT-парк", "PR-служба и IT-парк"),  # letters of Latin alone: as read
        ("XX-летие", "XX-летие"),  # a numeral
        ("EXPO-форум", "EXPO-форум"),  # longer than an abbreviation of three
        ("TB-программа", "ТВ-программа"),  # a Russian abbreviation of look-alike capitals
        # One never written small, read in small letters (its line had no capital to measure by).
        ("Организаторы: оон-Хабитат, НКО", "Организаторы: ООН-Хабитат, НКО"),
        (": оон-", ": ООН-"),
        ("Оон-Хабитат и нко", "ООН-Хабитат и НКО"),
        ("смс-рассылка, тв-программа", "смс-рассылка, тв-программа"),  # written small as often as not
        ("Организаторы: Мэрия г, Бишкек, МАГ", "Организаторы: Мэрия г. Бишкек, МАГ"),  # «г.» before a name
        ("в 2024 г, а в 2025 г,", "в 2024 г, а в 2025 г,"),  # before no name: as read
        # Latin abbreviations of look-alike capitals: no ink tells them from Cyrillic ones; as read.
        ("CEO-клуб, MBA-программа, ABC-анализ", "CEO-клуб, MBA-программа, ABC-анализ"),
        ("PC-версия и B-класс", "PC-версия и B-класс"),
        ("Оргаиизаторы: МАГ", "Организаторы: МАГ"),
        ("Организаторы Правительство Москвы, МАГ", "Организаторы: Правительство Москвы, МАГ"),  # colon lost
        ("Организатор МАГ", "Организатор: МАГ"),
        ("Организаторы > МАГ", "Организаторы: МАГ"),  # the colon read as «>»
        ("Организатор›Правительство Москвы", "Организатор: Правительство Москвы"),
        ("Организаторы > партнёры", "Организаторы > партнёры"),  # no name after it: as read
        ("Организаторы и партнёры", "Организаторы и партнёры"),  # no name after it: as read
        ("Ответственный ‘секретарь Совета", "Ответственный секретарь Совета"),  # a speck read as a quote
        ("Участие в ‘урбанистическом форуме", "Участие в урбанистическом форуме"),
        ("программа ‘Умный город’", "программа ‘Умный город’"),  # closed: a quote
        ("‘Ашхабад", "Ашхабад"),  # in a cell, before a capital too
        ("‘Умный город’", "‘Умный город’"),
        ("Фестиваль ‘Весна»", "Фестиваль «Весна»"),  # its «»» closes it: a misread ««
        ("Фестиваль ‘Весна» и «Лето»", "Фестиваль «Весна» и «Лето»"),
        ("‘Ашхабад «Мир»", "Ашхабад «Мир»"),  # the quote after it is closed by its own
        ("Форум «Город ‘будущего»", "Форум «Город будущего»"),  # inside an open quote: a speck
        ("Конкурс «Лучший ‘проект» и «Мир»", "Конкурс «Лучший проект» и «Мир»"),
        ("Конгресс-центр «Экспофорум", "Конгресс-центр «Экспофорум»"),  # the closing quote lost at the edge
        ("Форум «Города «Будущее»", "Форум «Города «Будущее»"),  # nested quotes: as read
        ("Форум «Города будущего", "Форум «Города будущего"),  # opened before the last word: as read
        ("август (по согласованию", "август (по согласованию)"),  # the closing bracket lost at the edge
        ("май (ориентировочно", "май (ориентировочно)"),
        ("октябрь (ориентирово", "октябрь (ориентирово"),  # cut by a page break: its rest is on the next
        ("Форум (Москва", "Форум (Москва"),  # no qualifier: as read
        ("(по согласованию с городами-членами МАГ", "(по согласованию с городами-членами МАГ"),  # too long
        ("Ш-М квартал", "III-IV квартал"),  # a range before a period's word, read part by part
        ("III-V квартал", "III-IV квартал"),  # no quarter V: IV with its bar lost
        ("III-X квартал", "III-IV квартал"),  # a range from the third quarter ends with the fourth
        ("I-X квартал", "I-IV квартал"),  # no quarter's numeral but «IV» has the «V» an «X» is read from
        ("II-X квартал", "II-IV квартал"),
        ("IV-X квартал", "IV-X квартал"),  # ... not from the fourth: as read
        ("V квартал", "IV квартал"),
        ("Ill! Международная конференция", "III Международная конференция"),  # a speck as a fourth bar
        ("Генеральныи`директор МАГ", "Генеральный директор МАГ"),  # the breve read apart, the space lost
        ("ОТВЕТСТВЕННЫИ`", "ОТВЕТСТВЕННЫЙ"),
        ("мы` и", "мы` и"),
        ("(. Организационная работа", "I. Организационная работа"),  # the numeral's bar read as a bracket
        ("(. и далее по списку мероприятий", "(. и далее по списку мероприятий"),
        ("Подведение итогов ХТУ конкурса", "Подведение итогов XIV конкурса"),
        ("Итоги ХУШ Международного", "Итоги XVIII Международного"),
        ("Участие в ХХ! Общероссийском", "Участие в XXI Общероссийском"),
        ("в Х Общероссийском", "в X Общероссийском"),
        ("П полугодие", "II полугодие"),
        ("Участие в ХХУН Московском", "Участие в XXVII Московском"),  # «II» read as «Н»
        ("ХХ\\У Международная конференция", "XXV Международная конференция"),  # V's left stroke apart
        ("XX\\/ Международная конференция", "XXV Международная конференция"),  # both strokes
        ("Участие в ХХ\\ Московском форуме", "Участие в XXV Московском форуме"),  # the right stroke lost
        ("Х\\ съезд", "XV съезд"),
        ("\\ сессия МАГ", "V сессия МАГ"),  # a V alone, its right stroke lost: before a small word
        ("\\ Международный форум", "V Международный форум"),  # … or an adjective
        ("\\ Московском форуме", "V Московском форуме"),
        ("\\ Москва", "\\ Москва"),  # … not before a name
        ("Москва \\ онлайн", "Москва \\ онлайн"),  # … nor further on in its line
        ("\\ в течение года", "\\ в течение года"),  # … nor before a preposition
        ("\\ квартал", "IV квартал"),  # no quarter V: IV, its bar lost
        ("Н квартал", "II квартал"),
        ("И кв.", "II кв."),  # … or as «И», before a period's word
        ("Икв.", "II кв."),  # and run into it
        ("III кВ.", "III кв."),  # a small «в» read as a capital (photos seed 47)
        ("III к:", "III кв."),  # its «в.» read as a colon
        ("г. | Ташкент", "г. Ташкент"),  # a speck read as a bar after a town's abbreviation
        ("пос.! Сосенское", "пос. Сосенское"),
        ("2025 г. | Всероссийский форум", "2025 г. | Всероссийский форум"),  # a year's «г.»: as read
        ("Участие 8 XXIV Московском форуме", "Участие в XXIV Московском форуме"),  # «в» read as «8»
        ("Группа 8 человек", "Группа 8 человек"),
        ("II-IV к: 2027", "II-IV кв. 2027"),
        ("III КВ.", "III КВ."),  # set in capitals: as printed
        ("«15 января", "«15» января"),  # a day's closing quote lost (photos seed 47, the approval's date)
        ("от «3 марта 2029 г.", "от «3» марта 2029 г."),
        ("«15 лет", "«15 лет"),  # no month after it: as read
        ("[квартал", "I квартал"),  # «I» read as a bracket, run into its word
        ("в течение [ квартала", "в течение I квартала"),
        ("[X] съезд", "[X] съезд"),  # a bracket before no period's word stays
        ("Шполугодие", "III полугодие"),
        ("З2года", "32 года"),  # an age run into its word, its first figure read as a letter
        ("Ш квартал", "III квартал"),
        ("Ne\nn/n", "№\nп/п"),
        ("Дни городов указаны ОРИЕНТИРОВОЧНС", "Дни городов указаны ОРИЕНТИРОВОЧНО"),
        ("от 14.01 .2027 № 3/1", "от 14.01.2027 № 3/1"),  # a numeric date parted at a dot
        ("14. 01.2027", "14.01.2027"),
        # A list of dates' semicolon read as a colon, on its line or before the next line's date.
        ("12.03.2030; 18.04.2030: 07.09.2030", "12.03.2030; 18.04.2030; 07.09.2030"),
        ("18.04.2030:\n07.09.2030", "18.04.2030;\n07.09.2030"),
        ("8.04.2030: 7.09.2030", "8.04.2030; 7.09.2030"),
        ("Срок: 18.04.2030", "Срок: 18.04.2030"),  # a colon before a date stays
        ("декабрь (ориентировочно}", "декабрь (ориентировочно)"),  # a bracket closed by a brace
        ("МАГ {Исполнительный комитет), Мэрия", "МАГ (Исполнительный комитет), Мэрия"),
        ("МАГ {Исполнительный комитет}, Мэрия", "МАГ (Исполнительный комитет), Мэрия"),  # both read as braces
        ("Ассамблея {МАГ}", "Ассамблея (МАГ)"),
        ("{по отдельной программе}", "(по отдельной программе)"),
        # Figures read for a word's letters (a monospaced print): a Russian word read as letters.
        ("0630p новых поступлений", "Обзор новых поступлений"),
        ("в 0бласти", "в области"),
        ("К0Д3", "К0Д3"),  # no word so
        ("ПЛАН 0Б3ОРОВ", "ПЛАН ОБЗОРОВ"),  # in capitals
        ("проводится 3раза в год", "проводится 3раза в год"),  # a number run into its word
        ("3а", "3а"),  # too short to tell
        # An abbreviation run into the word after it.
        ("СГЦСЗРоссии", "СГЦСЗ России"),
        ("АНОФорумград", "АНОФорумград"),  # no word after the capitals
        # A lone brace at a word's edge: its pair is in the rest of a cell the page break cut.
        ("Организатор: МАГ {Исполнительный", "Организатор: МАГ (Исполнительный"),
        ("комитет}", "комитет)"),
        ("«Форум МАГ}»", "«Форум МАГ)»"),
        ("Совет { МАГ", "Совет { МАГ"),  # a brace apart from the words stays as read
        ("«20» января 2021 Г.", "«20» января 2021 г."),  # the year's word read as a capital
        ("XXVIII] Международный фестиваль", "XXVIII Международный фестиваль"),  # a bracket closing nothing
        ("от 17.12.2027 Г. № 28-р", "от 17.12.2027 г. № 28-р"),
        ("«20» января 2021\nГ.", "«20» января 2021\nг."),  # wrapped to a line of its own
        ("«__» __________ 2026 Г.", "«__» __________ 2026 г."),  # no other letter on a date's blanks
        ("НА 2021 Г.", "НА 2021 Г."),  # a line in capitals keeps it
        ("а) формирование\n6) утверждение", "а) формирование\nб) утверждение"),  # «б)» read as «6)»
        ("на 2025-—\n2027 годы", "на 2025–\n2027 годы"),  # one dash read as a hyphen and a long one
        ("март —- апрель", "март – апрель"),
        ("смотр-конкурс -- итоги", "смотр-конкурс -- итоги"),  # two of a kind were typed so
        ("3-H фестиваль районных газет", "3-й фестиваль районных газет"),  # an ordinal's «й» read «H»
        ("Форма 3-Н НДФЛ", "Форма 3-Н НДФЛ"),  # before a capital: a form's code
        ("1) формирование\n6) утверждение", "1) формирование\n6) утверждение"),  # numbered: a six
        # «й» without its breve where no word ends in «ыи»: the adjectives' «-ый».
        ("Ответственныи секретарь", "Ответственный секретарь"),
        ("Исполнительныи вице-президент", "Исполнительный вице-президент"),
        ("ОТВЕТСТВЕННЫИ", "ОТВЕТСТВЕННЫЙ"),
        ("Круглыи стол", "Круглый стол"),
        ("на маи – октябрь 2027 года", "на май – октябрь 2027 года"),  # the month in a range of months
        ("апрель – маи", "апрель – май"),
        ("МАИ", "МАИ"),  # capitals: an institute's abbreviation
        # An «О» against a cell's left rule, its left arc taken off with the rule, read as «Э».
        ("Этчёт о деятельности палаты", "Отчёт о деятельности палаты"),
        ("Этветственные: Секретариат", "Ответственные: Секретариат"),
        ("Экологический форум", "Экологический форум"),  # known with «Э»: as read
        ("Этап конкурса", "Этап конкурса"),
        ("Эмм", "Эмм"),  # too short to ask
        # … and «в» read as «з», alone before a word in small letters.
        ("з течение года", "в течение года"),
        # … and read as «е», its bowls closed: «течение» takes «в».
        ("е течение года", "в течение года"),
        ("е течение", "в течение"),
        ("Е течение года", "В течение года"),
        ("пункт З Положения", "пункт З Положения"),
        # A month read wholly in the Latin letters of its small letters' shapes (a photo).
        ("anpenb, август, ноябрь", "апрель, август, ноябрь"),
        ("Москва anpenb", "Москва апрель"),
        ("Paris, anpenb", "Paris, апрель"),  # a Latin word that is no date's stays
        # ... in capitals, «л» and «ю» as two strokes each («JI», «IO»), «и» as «H» (a coarse scan).
        ("HIOJIb", "июль"),
        ("Anpenb", "апрель"),
        # The other words of a date cell, read in those Latin letters or a letter off.
        ("683roga\nноябрь", "683 года\nноябрь"),  # an age run into its word
        ("300 nem", "300 лет"),
        ("в течение roga", "в течение года"),
        ("по пятннцам", "по пятницам"),
        ("последняя неgеля июня", "последняя неделя июня"),
        # A month's name after its day, its first letter read as a capital («и» → «И»).
        ("не позднее 7 Июля", "не позднее 7 июля"),
        ("15 Июня – 2 Июля", "15 июня – 2 июля"),
        ("Июль", "Июль"),  # a month opening the cell keeps its capital
        ("2027 Июнь", "2027 Июнь"),  # after a year, not a day
        # «вице» is always joined by a hyphen: one lost under a stamp's ink is put back.
        ("Исполнительный вице президент,", "Исполнительный вице-президент,"),
        ("Вице президент МАГ", "Вице-президент МАГ"),
        ("ВИЦЕ ПРЕЗИДЕНТ", "ВИЦЕ-ПРЕЗИДЕНТ"),
        ("вице-мэр", "вице-мэр"),
    ],
)
def test_vocabulary_corrections(read: str, meant: str) -> None:
    assert correct(read, dates=True) == meant


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("1046net", "1046 лет"),  # «л» read «n», «т» read «t» (a photo)
        ("683roga", "683 года"),
        ("18Згода", "183 года"),
        ("443 года", "443 года"),
        ("5G", "5G"),  # no age's word
        ("1лето", "1лето"),  # a letter off «лет»: another word
        ("7лот", "7лот"),
        ("1net", "1net"),  # «лет» is no word an age of one takes
        ("21год", "21 год"),
        ("3D-печать 20лет", "3D-печать 20лет"),  # not a line of an age alone: as read
    ],
)
def test_an_age_alone_in_a_cell_of_its_own_column_is_split_from_its_word(read: str, meant: str) -> None:
    """A city's anniversary set in a column of its own (no date column): its line of an age alone,
    run into its word, is that age and word."""
    assert correct(read) == meant


def test_a_single_quote_before_a_capital_outside_the_tables_stays() -> None:
    """Outside the tables a footnote's «¹» misread as «‘» opens its capital: only a small word's
    unclosed quote is a speck there."""
    assert correct("‘Программа уточняется", paragraph=True) == "‘Программа уточняется"
    assert correct("Ответственный ‘секретарь", paragraph=True) == "Ответственный секретарь"


@pytest.mark.parametrize(
    "text",
    [
        "«Круглы стол» по инновационным практикам",  # never spell-corrected
        "с 12 по 15 июпя",  # июня or июля: ambiguous, left as read
        "1 квартал",  # Arabic numerals are printed too
        "Проведение марка",  # a title, not a date cell: no month is made up
        "ГУ МВД",
        "Участие в ТУ",
        "И квартира",  # «И» before no period's word is a letter
        "Икар",
        "KazanForum",
        "Подготовка отчета о деятельности МАГ за 2024 год",
        "пункт 3. 12 человек",
        "ПЛАН НА 2021 Г.",  # set in capitals
        "[XXVIII] Международный",  # a pair of brackets
        "см. раздел]",
        "План мероприятий\nНА 2021 Г.",
        "комиссии и свои слои выи",  # «-ии», «-ои» end words; «выи» is one
        "Ответственнии",  # only «ыи» is sure
        "Фестиваль в г. Коломыи",  # a word of the dictionary that ends in «ыи» (Коломыя's genitive)
    ],
)
def test_text_left_as_read(text: str) -> None:
    assert correct(text) == text


def test_two_days_joined_by_and_are_parted_in_date_cells() -> None:
    """«и» read as a Latin «u» or run into the first day, before a month's name, in a date cell only."""
    assert correct("4u 5 августа", dates=True) == "4 и 5 августа"
    assert correct("20и 21 мая", dates=True) == "20 и 21 мая"
    assert correct("4 и 5 августа", dates=True) == "4 и 5 августа"
    assert correct("4u 5 августа") == "4u 5 августа"  # a title's words are as printed
    assert correct("2024 и 2025 годы", dates=True) == "2024 и 2025 годы"


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        # A range's first day parted after its first figure: joined where it is a day before the last.
        ("1 5–17 марта", "15–17 марта"),
        ("2 8-30 мая", "28-30 мая"),
        # ... not where joined it is none, or a comma, a word or no month says two numbers.
        ("1 9–10 марта", "1 9–10 марта"),
        ("3 5-7 мая", "3 5-7 мая"),
        ("1, 5–17 марта", "1, 5–17 марта"),
        ("1 5–17", "1 5–17"),
        # ... and the first of two days joined by «и».
        ("1 3 и 14 мая", "13 и 14 мая"),
        ("2 5 и 14 мая", "2 5 и 14 мая"),
        # ... its «и» read as «u» or run into the day («1 3u 14 апреля»).
        ("1 3u 14 апреля", "13 и 14 апреля"),
        ("1 Зи 14 апреля", "13 и 14 апреля"),  # ... its «3» read as «З»
        # A numeric date's day parted after its first figure: joined where it makes a day.
        ("1 5.03.2027–17.03.2027", "15.03.2027–17.03.2027"),
        ("с 2 6.04.2027", "с 26.04.2027"),
        ("3 5.03.2027", "3 5.03.2027"),
        ("3 1.04.2027", "3 1.04.2027"),  # April has no 31st
        ("Этап 1 5.03.2027", "Этап 1 5.03.2027"),  # only opening the line or after «с», «по»
        ("№1 5.03.2027", "№1 5.03.2027"),
        # A range's «с» run into its first day, read as a Latin «c» or not.
        ("c1 по 5 июня", "с 1 по 5 июня"),
        ("С1 по 5 июня", "С 1 по 5 июня"),  # its case kept
        ("с12 по 15 мая", "с 12 по 15 мая"),
        ("c1 по", "c1 по"),
    ],
)
def test_a_range_s_parted_first_day_is_joined_in_date_cells(read: str, meant: str) -> None:
    assert correct(read, dates=True) == meant


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        # More quotes closing than opening: the one a later one closes again is a speck, and the
        # line break after it a wrap.
        ("журнала «Вестник»\nМАГ»", "журнала «Вестник МАГ»"),
        ("АНО «Город,» культура и спорт», Исполком СНГ", "АНО «Город, культура и спорт», Исполком СНГ"),
        ("ДК «Родина»»", "ДК «Родина»"),
        # ... quotes paired, nested or one whose opening was lost are left as read.
        ("«Конкурс «Лидер»»", "«Конкурс «Лидер»»"),
        ("Конкурс «Лидер» и «Мастер»", "Конкурс «Лидер» и «Мастер»"),
        ("Труд» и «Мастер»", "Труд» и «Мастер»"),
    ],
)
def test_a_closing_quote_too_many_is_dropped(read: str, meant: str) -> None:
    assert correct(read) == meant


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        # A surname before its initials opens in a capital; an opening quote there is its «Г».
        ("гусева Т.А.", "Гусева Т.А."),
        ("“усева Т.А.", "Гусева Т.А."),
        ("гусева Т.А., Петров И.И.", "Гусева Т.А., Петров И.И."),
        ("иванов И. И.", "Иванов И. И."),
        # ... not a word alone, or one before other words, or a preposition.
        ("“усева", "“усева"),
        ("для И.И.", "для И.И."),
        ("отдел культуры", "отдел культуры"),
        ("в Т.А.", "в Т.А."),
    ],
)
def test_a_surname_before_its_initials_opens_in_a_capital(read: str, meant: str) -> None:
    assert correct(read) == meant


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        # A quarter's numeral run into its word outside a date's cell: a section's heading
        # (a scan of a veterans' council's plan, its «I квартал» read «Тквартал»).
        ("Тквартал", "I квартал"),
        ("Пквартал", "II квартал"),
        ("Шполугодие", "III полугодие"),
        ("в течение Тквартала", "в течение I квартала"),
        # ... not a word that only ends so, nor Arabic figures.
        ("ежеквартально", "ежеквартально"),
        ("Поквартально", "Поквартально"),
        ("1квартал", "1квартал"),
    ],
)
def test_a_periods_numeral_run_into_its_word_outside_a_date(read: str, meant: str) -> None:
    assert correct(read) == meant


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        # A month's name read wholly in the Latin letters of its shapes, in a cell of no date's
        # column (a city's day in a column of notes: «HIOJIb» for «июль»).
        ("HIOJIb", "июль"),
        ("anpenb", "апрель"),
        ("MAPT", "МАРТ"),  # all capitals: in capitals
        # ... any other Latin word stays.
        ("Telegram", "Telegram"),
        ("Online", "Online"),
        ("Expo", "Expo"),
        ("PR", "PR"),
    ],
)
def test_a_month_read_in_latin_letters_outside_a_date(read: str, meant: str) -> None:
    assert correct(read) == meant


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        # A signatory's initials read small (a blank's part read again) before the surname.
        ("генеральный директор _ а.н. Кравцов", "генеральный директор _ А.Н. Кравцов"),
        ("директор а. н. Кравцов", "директор А. Н. Кравцов"),
        # ... not an abbreviation of two letters, nor before a word in small letters.
        ("и.о. Председателя", "и.о. Председателя"),
        ("т.е. Москва", "т.е. Москва"),
        ("а.н. кравцов", "а.н. кравцов"),
    ],
)
def test_initials_read_small_before_a_surname_are_capitals_outside_the_tables(read: str, meant: str) -> None:
    assert correct(read, paragraph=True) == meant
    assert correct(read) == read  # a cell's words are left as read


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        # A position's adjective, its «й» read as «м», before a noun in the nominative.
        (
            "Исполнительным вице-президент, генеральный директор МАГ",
            "Исполнительный вице-президент, генеральный директор МАГ",
        ),
        ("Ответственным секретарь Совета Ассамблеи", "Ответственный секретарь Совета Ассамблеи"),
        ("Ведущим специалист", "Ведущий специалист"),
        (
            "Ответственным\tЮ.Н. Васюнькин\nсекретарь\nСовета Ассамблеи",
            "Ответственный\tЮ.Н. Васюнькин\nсекретарь\nСовета Ассамблеи",
        ),
        ("Ответственным\nкомитетом", "Ответственным\nкомитетом"),
        # ... an instrumental or a dative plural as printed.
        ("Исполнительным комитетом МАГ", "Исполнительным комитетом МАГ"),
        ("Молодым специалистам", "Молодым специалистам"),
        ("Утверждено Исполнительным комитетом", "Утверждено Исполнительным комитетом"),
        ("Первым делом", "Первым делом"),
        # ... and a line naming no position as printed: a verb after the adjective.
        ("Настоящим подтверждаю", "Настоящим подтверждаю"),
        ("Ответственным назначить заместителя", "Ответственным назначить заместителя"),
        ("Председательствующим является", "Председательствующим является"),
    ],
)
def test_a_positions_adjective_opening_a_line_is_in_the_nominative_outside_the_tables(read: str, meant: str) -> None:
    assert correct(read, paragraph=True) == meant
    assert correct(read) == read  # a cell's words are left as read


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        # A word parted after its first letter or two: joined where the rest is no word and
        # joined they are one (the quarter's «III», read «Ш», then as a numeral before it).
        ("Ш к вартал", "III квартал"),
        ("по дготовка к празднику", "подготовка к празднику"),
        ("с оюз городов", "союз городов"),
        ("к вартал:", "квартал:"),
        # A hyphen read as a dash between small letters.
        ("«А ну–ка, парни!»", "«А ну-ка, парни!»"),
        ("Военно—спортивная игра", "Военно-спортивная игра"),
        ("Москва–Минск", "Москва–Минск"),
        ("март–апрель", "март–апрель"),
        ("Март–апрель", "Март–апрель"),
        ("кто—то", "кто-то"),
        ("из–за дождя", "из-за дождя"),
        ("научно–практическая", "научно-практическая"),
        ("Летняя смена «Арт–каникулы»", "Летняя смена «Арт-каникулы»"),  # a compound noun's first part
        ("пресс–конференция", "пресс-конференция"),
        ("Мастер—класс", "Мастер-класс"),
        # ... a range of words keeps its dash.
        ("понедельник–пятница", "понедельник–пятница"),
        ("осень–зима", "осень–зима"),
        # ... a preposition before a word, or before a name (capitalised, or the dictionary lacks
        # it), stays apart.
        ("в течение года", "в течение года"),
        ("по плану", "по плану"),
        ("в ход", "в ход"),
        ("к Иванову", "к Иванову"),
        ("в Москве", "в Москве"),
    ],
)
def test_a_word_parted_after_its_first_letters_is_joined_and_dashes_in_words_are_hyphens(read: str, meant: str) -> None:
    assert correct(read) == meant


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("5 ибмая", "5 и 6 мая"),  # the second day's «6» read «б», run into «и» and the month (a photo)
        ("5 и6мая", "5 и 6 мая"),
        ("ибмая", "ибмая"),  # no first day before it
        ("5 июля", "5 июля"),  # a month's name that opens with «и» is no «и»
        # The first day of one figure run into «и» and read as a letter it looks like (a photo).
        ("Ти 2 октября", "1 и 2 октября"),
        ("Ди 5 мая", "4 и 5 мая"),
        ("Ли 2 января", "1 и 2 января"),  # a 1-bit scan's «1», its flag and serif read as «Л»
        ("Ли 1 января", "Ли 1 января"),  # no day before the first
        ("Би 6 октября", "5 и 6 октября"),  # a «5» with its flag read as the capital
        ("Би 3 октября", "Би 3 октября"),  # no day before the second: as read
        ("Зи 4 июня", "3 и 4 июня"),
        ("1Зи 14 октября", "13 и 14 октября"),  # one figure of two read as a letter
        ("1Зи 12 октября", "1Зи 12 октября"),  # a first day after the second
        ("0Зи 14 октября", "0Зи 14 октября"),  # no day opens with a nought
        ("Зи 2 октября", "Зи 2 октября"),
        ("Ти 2", "Ти 2"),  # no month after the second day
        ("Ми 2 октября", "Ми 2 октября"),  # a letter no figure looks like
        # Both days run into the «и» between them (1-bit scans): the first read as a letter, or a
        # speck before it read «З» where no day 38 is.
        ("Зи4 августа", "3 и 4 августа"),
        ("З8и9 мая", "8 и 9 мая"),
        ("Москва З8и9 мая", "Москва 8 и 9 мая"),
        ("Зи2 мая", "Зи2 мая"),  # the first day after the second
        ("Зи4", "Зи4"),  # no month after
        # A deadline's «до» read in the figures it looks like (a photo), before a day and its month.
        ("40 27 августа", "до 27 августа"),
        ("40 лет", "40 лет"),
        ("до 40 27 августа", "до 40 27 августа"),  # a «до» already before it
        ("40 27", "40 27"),
    ],
)
def test_a_day_run_into_and_is_parted(read: str, meant: str) -> None:
    assert correct(read, dates=True) == meant
    assert correct(read) == read  # a title's words are as printed


def test_a_numeral_at_a_wrap_is_read_with_the_next_lines_word() -> None:
    """«в течение |» / «квартала»: the bar that ends a line is the numeral I of the period on the next."""
    assert correct("в течение |\nквартала", dates=True) == "в течение I\nквартала"
    assert correct("Форум |\nорганизаторы") == "Форум |\nорганизаторы"  # no period, no numeral


def test_a_date_cell_ending_within_its_numeral_goes_on_over_the_page() -> None:
    """A row the page break cut: its date cell «в течение |» ends with the numeral, its period's
    word («квартала») on the next page, joined to it only later.  After «течение» the bar is «I»;
    after another word, in another cell, it stays as read (a border's stub there is dropped)."""
    assert correct("в течение |", dates=True) == "в течение I"
    assert correct("в течение года |", dates=True) == "в течение года |"
    assert correct("в течение |") == "в течение"


def test_a_day_read_as_a_letter_is_a_digit_before_a_month_in_a_date_cell() -> None:
    assert correct("З июня", dates=True) == "3 июня"
    assert correct("с З июня по б июля", dates=True) == "с 3 июня по 6 июля"
    assert correct("З июня") == "З июня"  # outside a date cell, as read
    assert correct("Объект З", dates=True) == "Объект З"  # no month after it
    assert correct("Зиюля", dates=True) == "3 июля"  # its space lost too: not the month alone
    assert correct("с Зиюня по бмая", dates=True) == "с 3 июня по 6 мая"
    assert correct("Зиюля") == "Зиюля"
    assert correct("маи", dates=True) == "май"  # a date cell: the month, its breve lost
    assert correct("Маи Кураки") == "Маи Кураки"  # alone, outside a date cell: a name


def test_a_quarter_columns_header_read_with_a_colon_is_the_quarter() -> None:
    """«II кв.» heading a quarter's column of marks, its «в.» read as a colon: the column was
    no quarter's, and its row marked there lost its date.  Alone in its cell only, outside a date cell."""
    assert correct("II к:") == "II кв."
    assert correct("Раздел II к: итоги") == "Раздел II к: итоги"


def test_a_days_figures_run_into_its_month_are_parted_in_a_date_cell() -> None:
    """«18января» (a spreadsheet's print, scanned): read as the month alone, the day was lost."""
    assert correct("18января", dates=True) == "18 января"
    assert correct("с 3мая по 5мая", dates=True) == "с 3 мая по 5 мая"
    assert correct("18января") == "18января"  # outside a date cell, as read
    assert correct("45января", dates=True) == "января"  # no such day: not parted (read as the month)


def test_an_age_run_into_its_word_is_parted_in_a_date_cell() -> None:
    """«183 года» over the month read «18Згода» (a photo): the age and its word, its figures as digits."""
    assert correct("18Згода\nдекабрь", dates=True) == "183 года\nдекабрь"
    assert correct("300лет", dates=True) == "300 лет"
    assert correct("5тонн", dates=True) == "5тонн"  # no age word
    # Outside a date cell, as read: but a line of the age alone, which a column of its own holds
    # (`test_an_age_alone_in_a_cell_of_its_own_column_is_split_from_its_word`).
    assert correct("Форум 18Згода") == "Форум 18Згода"
    assert correct("Форум 683roga") == "Форум 683roga"
    assert correct("300 nem") == "300 nem"


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("по согласованию c организаторами", "по согласованию с организаторами"),
        ("согласованию c\nорганизаторами", "согласованию с\nорганизаторами"),  # at a line's end
        ("Совместно c МАГ, y партнёров", "Совместно с МАГ, у партнёров"),
        ("Plan a or b", "Plan a or b"),  # among Latin words: Latin
        ("группа A и B", "группа A и B"),  # capitals name things in either script
        # «с» read as the angle quote of its open bowl, or «<», before a Russian word.
        ("По согласованию ‹ городами-членами МАГ", "По согласованию с городами-членами МАГ"),
        ("вместе < партнёрами", "вместе с партнёрами"),
        ("не менее < 10", "не менее < 10"),  # before a figure: the sign
        ("Paris ‹ London", "Paris ‹ London"),
        ("Фестиваль ‹ Город мастеров ›", "Фестиваль ‹ Город мастеров ›"),  # a quote closed further on
        ("Фестиваль < Город мастеров >", "Фестиваль < Город мастеров >"),
    ],
)
def test_a_one_letter_word_read_as_its_latin_look_alike_among_cyrillic_words_is_cyrillic(read: str, meant: str) -> None:
    assert correct(read) == meant


def test_an_acts_number_after_the_number_sign_has_its_look_alike_letters_in_cyrillic() -> None:
    """«№ 9-p» read with a Latin «p»: the letter looks the same in both scripts, the act's is Cyrillic."""
    assert correct("от 12.12.2025 № 9-p", paragraph=True) == "от 12.12.2025 № 9-р"
    assert correct("№ 15-pп") == "№ 15-рп"  # a mixed reading, made one script
    assert correct("№ 3-PA.") == "№ 3-РА."
    assert correct("№ 9-f") == "№ 9-f"  # no look-alike: as read
    assert correct("версия 9-p") == "версия 9-p"  # no number sign before it


def test_a_days_closing_quote_read_as_a_point_is_a_quote() -> None:
    assert correct("«24. января 2024 г.", paragraph=True) == "«24» января 2024 г."
    assert correct("«5, мая 2024 г.") == "«5» мая 2024 г."
    assert correct("24. января 2024 г.") == "24. января 2024 г."  # no quote opened: as read
    assert correct("«24. Форум") == "«24. Форум"  # no month after it


def test_a_pens_marks_beside_a_position_or_a_signers_name_are_no_text() -> None:
    """A pen's stroke or a crease beside a position's words read as «~»."""
    assert correct("Исполнительный ~ вице-президент", paragraph=True) == "Исполнительный вице-президент"
    assert correct("Директор ~~ департамента", paragraph=True) == "Директор департамента"
    assert (
        correct("Исполнительный ~\tС.А. Ким\nвице-президент", paragraph=True)
        == "Исполнительный\tС.А. Ким\nвице-президент"
    )
    assert correct("генеральный директор ~", paragraph=True) == "генеральный директор"
    # The pen's stroke over the signature line, before the signer's initials.
    assert correct("** Ю.Н. Васюнькин\n«20» января 2023 г.", paragraph=True) == "Ю.Н. Васюнькин\n«20» января 2023 г."
    assert correct("Директор\t* А.Б. Петров", paragraph=True) == "Директор\tА.Б. Петров"
    assert correct("¹ И.В. Петрова", paragraph=True) == "И.В. Петрова"  # a blank's remains read raised
    # … or run through the name, read as a bar between the initials and the surname (a photo).
    assert correct("А.Н. | Кравцов\n«14» декабря 2029", paragraph=True) == "А.Н. Кравцов\n«14» декабря 2029"
    assert correct("см. п. | Москва", paragraph=True) == "см. п. | Москва"  # no initials: as read
    assert correct("¹ При поддержке Министерства", paragraph=True) == "¹ При поддержке Министерства"
    # A heading's number over the table, its point read as a comma.
    assert correct("на 2031 годы\n1, Мероприятия МАГ", paragraph=True) == "на 2031 годы\n1. Мероприятия МАГ"
    assert correct("1, 2 и 3 этапы", paragraph=True) == "1, 2 и 3 этапы"
    # The first initial's point lost on the signature's line, after the tab before the name.
    assert correct("Совета Ассамблеи\tРФ. Галиева", paragraph=True) == "Совета Ассамблеи\tР.Ф. Галиева"
    assert correct("** Примечание", paragraph=True) == "** Примечание"  # a footnote's marker stays
    assert correct("участников ~ 100", paragraph=True) == "участников ~ 100"  # before a figure: «about»
    assert correct("Исполнительный ~ вице-президент") == "Исполнительный ~ вице-президент"  # in a cell: as read


def test_date_wordings_are_corrected_only_in_date_cells() -> None:
    assert correct("Москва оевраль") == "Москва оевраль"
    assert correct("Москва оевраль", dates=True) == "Москва февраль"


# -- dependencies ----------------------------------------------------------------


@pytest.fixture
def fresh_tesseract_check() -> Any:
    _tesseract.tesseract_program.cache_clear()
    yield
    _tesseract.tesseract_program.cache_clear()


def test_missing_tesseract_names_the_packages(monkeypatch: pytest.MonkeyPatch, fresh_tesseract_check: Any) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(MissingDependency) as raised:
        magplan.read_plan(SCAN)
    assert "tesseract-ocr" in str(raised.value) and "tesseract-ocr-rus" in str(raised.value)


def test_missing_russian_names_its_package(monkeypatch: pytest.MonkeyPatch, fresh_tesseract_check: Any) -> None:
    def listing(*args: Any, **kwargs: Any) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(args, 0, 'List of available languages in "/x" (2):\neng\nosd\n', "")

    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/tesseract")
    monkeypatch.setattr(_tesseract.subprocess, "run", listing)
    with pytest.raises(MissingDependency) as raised:
        _tesseract.tesseract_program()
    assert "tesseract-ocr-rus" in str(raised.value) and "tesseract-ocr-eng" not in str(raised.value)


def test_ocr_never_keeps_a_scan_an_error() -> None:
    with pytest.raises(NeedsOCR):
        magplan.read_plan(SCAN, ocr="never")


@needs_tesseract
def test_the_scan_differs_from_its_document_only_where_ocr_misread(
    scan_read: tuple[magplan.Plan, list[tuple[int, int]]],
) -> None:
    """`magplan diff plan-2026.docx plan-2026-scan.pdf`: every item pairs with itself, nothing is added,
    removed or moved, the requisites agree; a change, if any, is a text OCR misread (issue 11.3)."""
    from magplan.diff import compare_plans

    diff = compare_plans(magplan.read_plan(CORPUS / "plan-2026.docx"), scan_read[0])
    assert [c.status for c in diff.items if c.status in ("added", "removed")] == []
    assert [c.old_index for c in diff.items] == [c.new_index for c in diff.items]
    assert diff.count("moved") == 0 and diff.sections == []
    assert [r.field for r in diff.requisites if r.field in ("year", "approval", "footnotes")] == []
    misread = {f.field for c in diff.items for f in c.changes}
    assert misread <= {"title", "members", "place", "date_text", "note", "organizers", "edition"}, misread


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        # A border's stub at a heading row's end read as a bar.
        ("Спортивные мероприятия |", "Спортивные мероприятия"),
        ("Спортивные мероприятия. |", "Спортивные мероприятия."),
        # ... not a number's speck (another rule's), nor a bar over a line (the numeral «I»).
        ("1 |", "1 |"),
        ("в течение |\nквартала", "в течение I\nквартала"),
        ("Кубок МАГ, этап |", "Кубок МАГ, этап |"),  # after a word a numeral follows
        ("Раздел |", "Раздел |"),
    ],
)
def test_a_bar_alone_at_a_cells_end_is_a_borders_stub(read: str, meant: str) -> None:
    assert correct(read) == meant


@pytest.mark.parametrize(
    ("read", "kept", "x0"),
    [
        # A speck read as a backtick glued to the name: off it, the box moved by its share.
        ("`Ташкенте", "Ташкенте", 110),
        ("´Москва", "Москва", 110),
        ("`", "`", 100),  # a mark alone is what the speck filters judge
        ("«Москва»", "«Москва»", 100),  # quotes are printed
    ],
)
def test_a_speck_glued_to_a_word_is_taken_off_it(read: str, kept: str, x0: int) -> None:
    (word,) = without_glued_specks([_tesseract.Word(read, 100, 0, 100 + 10 * len(read), 12, 80.0, (1, 1, 1))])
    assert (word.text, word.x0, word.x1) == (kept, x0, 100 + 10 * len(read))
