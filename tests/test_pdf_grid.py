"""Ruling lines → table grids (`magplan.extract.pdf.grid`), and the two PDF engines agreeing."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

import magplan
from magplan.extract.pdf.grid import PathPiece, Rule, find_tables, rules_from_paths
from tests.corpus import CORPUS, documents

TEXT_PDFS = [name for name in documents(".pdf") if "scan" not in name and "photo" not in name]


def _box(x0: float, top: float, x1: float, bottom: float) -> list[Rule]:
    return [Rule(x0, top, x1, top), Rule(x0, bottom, x1, bottom), Rule(x0, top, x0, bottom), Rule(x1, top, x1, bottom)]


def _ruled(xs: list[float], ys: list[float]) -> list[Rule]:
    """Every row and column rule of a full grid."""
    return [Rule(xs[0], y, xs[-1], y) for y in ys] + [Rule(x, ys[0], x, ys[-1]) for x in xs]


def test_a_full_grid_gives_one_cell_per_position() -> None:
    (grid,) = find_tables(_ruled([10, 50, 200, 300], [100, 120, 160]))
    assert (grid.rows, grid.columns) == (2, 3)
    assert grid.cells[grid.cell_at(120, 140)] == (50, 120, 200, 160)


def test_missing_rules_make_spans() -> None:
    ys = [100, 120, 160, 200]
    rules = [Rule(10, y, 300, y) for y in ys if y != 160]
    rules += [Rule(10, 160, 50, 160)]  # below the № cell only: the title and date cells run on
    rules += [Rule(10, 100, 10, 200), Rule(300, 100, 300, 200), Rule(50, 100, 50, 200)]
    rules += [Rule(200, 100, 200, 120), Rule(200, 160, 200, 200)]  # row 2 (120-160) is one cell across
    (grid,) = find_tables(rules)
    wide = grid.cell_at(120, 140)
    assert grid.cells[wide] == (50, 120, 300, 160)
    assert grid.place[wide] == (1, 1, 2)
    # The row below is divided where the wide cell is not: its cells are its own.
    assert grid.cells[grid.cell_at(250, 180)] == (200, 160, 300, 200)


def test_a_row_the_page_break_left_open_is_still_a_row() -> None:
    """Chromium draws the last row of a page without its bottom rule (it is on the next page)."""
    rules = [Rule(10, y, 300, y) for y in (100, 120)] + [Rule(x, 100, x, 700) for x in (10, 50, 300)]
    (grid,) = find_tables(rules)
    assert grid.ys == [100, 120, 700]
    assert grid.cells[grid.cell_at(100, 400)] == (50, 120, 300, 700)


def test_a_table_open_at_the_page_foot_or_head() -> None:
    """Rules that leave the table's last row open below (the column rules run on, or a column has no
    bottom rule: WeasyPrint closes a merged cell at the page's foot and leaves the cut cells open)."""
    ruled = _ruled([10, 50, 300], [100, 120, 160])
    (closed,) = find_tables(ruled)
    assert not closed.open_top and not closed.open_bottom
    run_on = [Rule(10, y, 300, y) for y in (100, 120)] + [Rule(x, 100, x, 700) for x in (10, 50, 300)]
    (grid,) = find_tables(run_on)
    assert not grid.open_top and grid.open_bottom
    # WeasyPrint leaves 4.3 points of a cut row at the page's foot: open all the same.
    (grid,) = find_tables([*ruled, *(Rule(x, 160, x, 164.3) for x in (10, 50, 300))])
    assert grid.open_bottom and grid.ys == [100, 120, 160, 164.3]
    merged_closed = [r for r in ruled if r.top != 160 or r.bottom != 160] + [Rule(10, 160, 50, 160)]
    (grid,) = find_tables(merged_closed)
    assert grid.ys == [100, 120, 160]
    assert grid.open_bottom and not grid.open_top
    # A merged cell that runs on to the next page beside rows that end here: not open.
    merged_runs_on = [r for r in ruled if r.top != 160 or r.bottom != 160] + [Rule(10, 160, 200, 160)]
    merged_runs_on = [*merged_runs_on, Rule(200, 100, 200, 160)]
    (grid,) = find_tables(merged_runs_on)
    assert not grid.open_bottom and grid.open_bottom_columns == {2}


def test_one_cell_open_at_the_top_is_kept_and_a_closed_one_is_not() -> None:
    """WeasyPrint slices a cell's border at the page break: the rest of a list cut in an event's
    cell stands on the next page in two column rules over a bottom one, no top rule.  That one
    cell is kept (the reader sets it in the columns of the table it goes on); a closed box of
    one cell is a frame, no table."""
    (piece,) = find_tables([Rule(68, 84, 300, 84), Rule(68, 42, 68, 84), Rule(300, 42, 300, 84)])
    assert piece.open_top and not piece.open_bottom
    assert (piece.xs, piece.ys, len(piece.cells)) == ([68, 300], [42, 84], 1)
    assert find_tables(_box(68, 42, 300, 84)) == []


def test_double_and_separated_borders_are_one_rule() -> None:
    """`<table border=1>` without collapsed borders draws each cell's own box, 1.5 pt apart."""
    rules: list[Rule] = []
    for x0, x1 in ((10, 100), (101.5, 300)):
        for y0, y1 in ((100, 120), (121.5, 160)):
            rules += _box(x0, y0, x1, y1)
    (grid,) = find_tables(rules)
    assert (grid.rows, grid.columns) == (2, 2)


def test_tables_that_do_not_touch_are_apart_and_a_frame_or_a_line_is_none() -> None:
    inner = _ruled([60, 120, 280], [200, 220, 260])
    layout = _ruled([10, 50, 300], [100, 150, 400])
    frame = _box(5, 90, 305, 410)  # one box round everything: a frame, not a table
    underline = [Rule(20, 500, 120, 500)]
    grids = find_tables(inner + layout + frame + underline)
    assert [g.bbox for g in grids] == [(10, 100, 300, 400), (60, 200, 280, 260)]


def test_tables_printed_on_top_of_each_other_are_apart_across_a_heading_row() -> None:
    """A web page's plan split into tables, each with its own column widths, printed without a
    gap; the upper one ends with a section heading across its width (no column rules to compare)."""
    upper = [Rule(10, y, 300, y) for y in (100, 120, 140)] + [Rule(x, 100, x, 120) for x in (10, 50, 200, 300)]
    upper += [Rule(10, 120, 10, 140), Rule(300, 120, 300, 140)]  # the heading row across the width
    lower = [Rule(10, 160, 300, 160)] + [Rule(x, 140, x, 160) for x in (10, 40, 230, 300)]
    grids = find_tables(upper + lower)
    assert [g.bbox for g in grids] == [(10, 100, 300, 140), (10, 140, 300, 160)]
    assert [g.columns for g in grids] == [3, 3]


def test_separate_tables_with_spacing_between_are_apart() -> None:
    """Chromium, borders not collapsed: one table per row, each with its own column widths, 2.5 pt
    apart; their column rules that meet across the spacing join, and the spacing is no row."""
    rules: list[Rule] = []
    for (y0, y1), xs in (((100, 120), (10, 50, 200, 300)), ((122.5, 150), (10, 50, 120, 220, 300))):
        rules += [Rule(xs[0], y, xs[-1], y) for y in (y0, y1)] + [Rule(x, y0, x, y1) for x in xs]
    grids = find_tables(rules)
    assert [g.columns for g in grids] == [3, 4]


def test_stacked_tables_of_ringed_cells_whose_columns_nearly_meet_get_no_sliver_column() -> None:
    """WeasyPrint, borders not collapsed: each cell draws its own border as a ring (two boxes 0.75
    pt apart); a row printed as a table of its own widths right under another table has a column
    rule 1.3 pt from one of the upper table's.  The rules along the shared edge join, and the lower
    table had a column 2 pt wide between them (an empty cell more in its row)."""
    rules: list[Rule] = []
    for (y0, y1), xs in (((100, 140), (10, 40, 200, 434.4, 546.8)), ((140, 170), (10, 32, 435.7, 516, 546.8))):
        for x0, x1 in pairwise(xs):
            rules += _box(x0, y0, x1, y1) + _box(x0 + 0.75, y0 + 0.75, x1 - 0.75, y1 - 0.75)
    grids = find_tables(rules)
    assert [g.columns for g in grids] == [4, 4]


def test_stacked_tables_keep_an_empty_column_printed_a_hair_wide() -> None:
    """WeasyPrint, borders collapsed: a web page's rows printed as tables of their own widths right
    under the header's table, an empty place's cell in each 2.2 pt wide (its two rules drawn along
    the row, and nowhere in the table above).  That is a column of the row like any other: merged
    with the next, the row was a column short of the plan's and read as no table."""
    rules: list[Rule] = []
    for (y0, y1), xs in (
        ((190, 267), (48.9, 341.2, 462.6, 592.4, 793.0)),
        ((267, 317), (48.9, 439.9, 529.3, 531.5, 719.0)),
    ):
        rules += [Rule(xs[0], y, xs[-1], y) for y in (y0, y1)] + [Rule(x, y0, x, y1) for x in xs]
    grids = find_tables(rules)
    assert [g.columns for g in grids] == [4, 4]
    assert [round(x, 1) for x in grids[1].xs] == [48.9, 439.9, 529.3, 531.5, 719.0]


def test_a_table_of_cells_spaced_apart_without_a_frame_gets_no_hair_columns() -> None:
    """Cells with their own borders and a browser's spacing between them, no frame round the
    table: each inner edge is drawn twice, 2.25 pt apart, along the same rows, like an empty cell
    printed a hair wide.  Every inner edge drawn so is spacing: one column each."""
    lefts, rights = [0, 102.25, 204.5], [100, 202.25, 304.5]
    tops, bottoms = [0, 22.25, 44.5], [20, 42.25, 64.5]
    rules: list[Rule] = []
    for top, bottom in zip(tops, bottoms, strict=True):
        for left, right in zip(lefts, rights, strict=True):
            rules += _box(left, top, right, bottom)
    (table,) = find_tables(rules)
    assert table.columns == 3


def test_a_table_in_a_layout_cell_is_apart_where_a_page_top_border_touches_both() -> None:
    """WeasyPrint draws a layout table's border across the top of the next page, where the plan
    inside its cell goes on: the plan's column rules touch it."""
    layout = [Rule(10, 40, 400, 40), Rule(10, 300, 400, 300)] + [Rule(x, 40, x, 300) for x in (10, 60, 400)]
    plan = [Rule(66, y, 394, y) for y in (80, 120, 200)] + [Rule(x, 40, x, 200) for x in (66, 150, 300, 394)]
    grids = find_tables(layout + plan)
    assert sorted((g.rows, g.columns) for g in grids) == [(1, 2), (3, 3)]


def test_section_tables_filling_a_layout_cell_are_each_apart() -> None:
    """WeasyPrint, separate borders: a layout table (a menu column, the content cell) holds the
    plan's sections as tables of their own, each as wide as the cell, its sides a border's spacing
    inside the cell's (2.25 pt on the left, 1.5 pt on the right: the right sides join).  Each is a
    table of its own, the layout table another; a row narrower than its table stays in it.  The
    2.25 pt between the left sides stays a column, empty: a table's own empty column printed 2 pt
    wide looks the same, and dropping it made a section's table one column short of the plan's
    (Chromium's print of `<td></td>` notes), so the reader, not the grid, ignores it."""
    layout = [Rule(40, y, 555, y) for y in (49, 78)] + [Rule(40, 49, 40, 799), Rule(112, 78, 112, 799)]
    layout += [Rule(555, 49, 555, 799)]
    sections = [(194, 384, (136, 311, 397)), (422, 518, (123, 312, 368)), (556, 783, (129, 291, 400))]
    plans = []
    for top, bottom, columns in sections:
        plans += [Rule(114.25, y, 553.5, y) for y in (top, (top + bottom) / 2, bottom)]
        plans += [Rule(x, top, x, bottom) for x in (114.25, *columns, 553.5)]
    grids = find_tables(layout + plans)
    inner = sorted((round(g.bbox[1]), g.rows, g.columns) for g in grids if g.bbox[0] > 100)
    assert inner == [(194, 2, 5), (422, 2, 5), (556, 2, 5)]
    assert len(grids) == 4
    # A page where the right sides joined into one rule (1.5 pt apart merge): the table still is.
    page = [Rule(40, y, 555, y) for y in (111, 127)] + [Rule(40, 43, 40, 127), Rule(112, 43, 112, 111)]
    page += [Rule(555, 43, 555, 127)]
    page += [Rule(114, y, 553.5, y) for y in (43, 72)] + [Rule(x, 43, x, 72) for x in (114, 129, 291, 400)]
    assert sorted((round(g.bbox[1]), g.columns) for g in find_tables(page)) == [(43, 2), (43, 4)]


def test_a_row_narrower_than_its_table_is_no_table_inside_it() -> None:
    """Chromium's print of rows of their own widths (the rules of one): row 6's bottom rule stops
    short of the table's right side, at its own column rules, as a rule under a cell merged down
    above it does; its sides hold that one row rule only: no table inside another."""
    rows = [200, 229, 245, 264, 293, 322, 367, 383, 426, 536, 566, 595]
    rules = [Rule(39.75, y, 555.75, y) for y in rows]
    rules += [Rule(39.75, 338, 378.75, 338), Rule(39.75, 520, 376.5, 520)]
    columns = [(40.12, 200, 596), (48.38, 426, 520), (48.38, 536, 596), (281.62, 536, 596), (331.12, 536, 596)]
    columns += [(339.38, 426, 520), (376.12, 426, 520), (378.38, 383, 536), (555.38, 200, 426), (555.38, 536, 596)]
    for x in (54.38, 274.88, 378.38):
        columns += [(x, 200, 245), (x, 264, 368)]
    columns += [(54.38, 383, 426), (274.88, 383, 426)]
    rules += [Rule(x, top, x, bottom) for x, top, bottom in columns]
    grids = find_tables(rules)
    # Rows of their own widths, one table after another (`_stacked`); none inside another.
    assert [(g.bbox[1], g.bbox[3], g.columns) for g in grids] == [(200, 426, 4), (426, 536, 4), (536, 595, 4)]


def test_a_narrower_table_under_a_wider_one_is_no_table_inside_a_cell() -> None:
    """WeasyPrint, collapsed borders: a section's rows printed as a table of their own widths right
    under the plan's (its top rule drawn on the plan's foot), an empty column 2.25 pt wide at its
    right whose rules no row rule reaches, a heading's row across it.  The rows under the heading
    stood inside «the cell» of the heading row, between the table's left side and the sliver's
    right one: taken for a table inside a cell, the table's first row and heading became lines
    outside any table.  The row above the heading has a column rule at each of its columns."""
    rules = [Rule(40.4, y, 554.9, y) for y in (537.0, 567.2)]
    rules += [Rule(x, 537.0, x, 567.6) for x in (40.4, 216.7, 341.2, 388.3, 554.9)]
    columns = (40.4, 131.7, 220.2, 266.7)
    rules += [Rule(40.0, y, 267.0, y) for y in (568.0, 584.2, 600.4, 616.6, 632.8)]
    rules += [Rule(x, 567.6, x, 584.6) for x in (*columns, 268.9)]  # «Екатеринбург | 12-13 августа | 81 год»
    rules += [Rule(x, 583.8, x, 600.8) for x in (40.4, 268.9)]  # «Дни городов-столиц членов МАГ»
    rules += [Rule(x, 600.0, x, 633.2) for x in (*columns, 268.9)]  # «Гомель …», «Астана …»
    grids = find_tables(rules)
    assert [(round(g.bbox[1]), g.rows, g.columns) for g in grids] == [(537, 1, 4), (567, 4, 4)]


def test_section_tables_of_the_same_widths_in_a_layout_cell_are_each_apart() -> None:
    """Sections printed as tables of their own in a layout table's cell, all of the same widths: a
    row of one between its rules across those columns is no row of the other's own table."""
    layout = [Rule(40, y, 555, y) for y in (49, 78)] + [Rule(40, 49, 40, 799), Rule(112, 78, 112, 799)]
    layout += [Rule(555, 49, 555, 799)]
    plans = []
    for top, bottom in ((194, 384), (422, 518), (556, 783)):
        plans += [Rule(114.25, y, 553.5, y) for y in (top, (top + bottom) / 2, bottom)]
        plans += [Rule(x, top, x, bottom) for x in (114.25, 136, 311, 397, 553.5)]
    inner = sorted((round(g.bbox[1]), g.rows, g.columns) for g in find_tables(layout + plans) if g.bbox[0] > 100)
    assert inner == [(194, 2, 5), (422, 2, 5), (556, 2, 5)]


def test_a_table_with_merged_side_columns_stays_one() -> None:
    """Row rules that stop short of both sides under merged cells of the first and last columns
    are one table's, not a table inside another."""
    xs, ys = [10, 50, 200, 300, 340], [100, 120, 160, 200, 240]
    rules = [Rule(10, y, 340, y) for y in (100, 240)] + [Rule(50, y, 300, y) for y in ys[1:-1]]
    rules += [Rule(x, 100, x, 240) for x in xs]
    (grid,) = find_tables(rules)
    assert grid.columns == 4


def test_rowspan_rules_under_a_table_split_in_two_make_no_table_inside_another() -> None:
    """WeasyPrint, page 2: the strip that goes on with page 1's columns, then the rest laid out with
    other widths; rowspan rules in the title column stop at both its sides, but row rules across
    the whole width run through that block: it is no table inside a cell."""
    rules = [Rule(91, y, 546, y) for y in (97, 191, 245, 390, 404, 536)]
    rules += [Rule(114, y, 277, y) for y in (286, 431)]  # a list set as a row of its own beside merged cells
    rules += [Rule(91, 57, 91, 536), Rule(546, 57, 546, 536), Rule(114, 57, 114, 390), Rule(114, 404, 114, 536)]
    rules += [Rule(x, 57, x, 97) for x in (230, 334, 426)]  # page 1's columns
    rules += [Rule(x, 97, x, 390) for x in (277, 358, 414)] + [Rule(x, 404, x, 536) for x in (277, 358, 414)]
    grids = find_tables(rules)
    assert [(round(g.bbox[1]), g.columns) for g in grids] == [(57, 5), (97, 5)]


def test_rows_beside_a_cell_merged_from_the_page_before_stay_in_their_table() -> None:
    """WeasyPrint, a page's top: the last column's cell is merged down from the page before, so
    no rule stands over it; the first rows' rules stop at that column, as a table's inside a cell
    would, but a section row and a row across all five columns follow with the same column rules:
    one table of five columns, the first rows beside the merged cell."""
    xs = [40.5, 72.5, 178.2, 337.2, 414.2, 554.8]
    rules = [Rule(40.5, y, 414.2, y) for y in (43, 138, 197)]
    rules += [Rule(40.5, y, 554.8, y) for y in (280, 327, 391)]
    rules += [Rule(x, 43, x, 280) for x in xs] + [Rule(x, 327, x, 391) for x in xs]
    rules += [Rule(40.5, 280, 40.5, 327), Rule(554.8, 280, 554.8, 327)]
    (grid,) = find_tables(rules)
    assert (grid.rows, grid.columns) == (5, 5)
    # The merged cell: one cell in the last column over the first three rows.
    assert grid.owner[(0, 4)] == grid.owner[(1, 4)] == grid.owner[(2, 4)]


def test_filled_bars_are_rules_and_backgrounds_are_not() -> None:
    bar = PathPiece([(10, 100), (300, 100), (300, 100.75), (10, 100.75)], True, True, False)
    background = PathPiece([(10, 100), (300, 100), (300, 160), (10, 160)], True, True, False)
    stroked = PathPiece([(10, 50), (300, 50)], False, False, True)
    curve = PathPiece([(10, 60), (300, 60)], False, False, True, curved=True)
    rules = rules_from_paths([bar, background, stroked, curve])
    assert rules == [Rule(10, 100.375, 300, 100.375), Rule(10, 50, 300, 50)]


def test_a_filled_ring_is_a_cell_border() -> None:
    # WeasyPrint's separate cell border: the outer and the inner rectangle of one path, filled even-odd.
    outer = PathPiece([(10, 100), (110, 100), (110, 160), (10, 160), (10, 100)], True, True, False)
    inner = PathPiece([(10.75, 100.75), (109.25, 100.75), (109.25, 159.25), (10.75, 159.25)], True, True, False)
    rules = rules_from_paths([outer, inner])
    assert rules == [
        Rule(10.375, 100.375, 109.625, 100.375),
        Rule(10.375, 159.625, 109.625, 159.625),
        Rule(10.375, 100.375, 10.375, 159.625),
        Rule(109.625, 100.375, 109.625, 159.625),
    ]
    # A cell that the page break cut: its ring has no width at the bottom, where no rule is drawn.
    cut = PathPiece([(10.75, 100.75), (109.25, 100.75), (109.25, 160), (10.75, 160)], True, True, False)
    assert rules_from_paths([outer, cut]) == [
        Rule(10.375, 100.375, 109.625, 100.375),
        Rule(10.375, 100.375, 10.375, 160),
        Rule(109.625, 100.375, 109.625, 160),
    ]
    # Two cell backgrounds side by side are no ring.
    beside = PathPiece([(110, 100), (210, 100), (210, 160), (110, 160)], True, True, False)
    assert rules_from_paths([outer, beside]) == []


@pytest.mark.parametrize("name", TEXT_PDFS)
def test_both_engines_give_the_same_plan(name: str) -> None:
    fast = magplan.read_plan(CORPUS / name, pdf_engine="pdfium").to_dict()
    reference = magplan.read_plan(CORPUS / name, pdf_engine="pdfplumber").to_dict()
    assert fast == reference


def test_unknown_engine_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown PDF engine"):
        magplan.read_plan(CORPUS / TEXT_PDFS[0], pdf_engine="poppler")
