"""Generated text PDFs of other bodies' plans (tests/gen bodies_pdf) of shapes that were once read
wrong, each compared whole with the JSON computed from the data it was printed from; both PDF
engines must give the same JSON.  A few, by what they exercise: `make hardcases
HARDCASES=bodies_pdf` measures many more.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import magplan
from magplan.errors import NoPlanFound
from tests.corpus import mismatches
from tests.gen import bodies_pdf
from tests.gen._pdf import chromium_program, soffice_program, weasyprint_installed

WEASYPRINT = {
    # A row that the page break cut, its title cell wholly on the next page, the others not;
    # the cut cells' rings left open (no rule of width zero).
    "row_cut_cells_on_both_pages": (1, 14),
    # ... beside a date cell merged over two rows, which WeasyPrint closes at the page's foot.
    "row_cut_beside_a_merged_cell": (2, 20),
    # A merged cell that runs on to the next page beside rows that end whole: no row was cut.
    "merged_cell_over_pages": (4, 2),
    # ... closed at the page's foot with its text, not drawn on the next page: its column open there.
    "merged_cell_closed_at_page_foot": (5, 20),
    # A section row begun at a page's foot, its heading on the next page: no line of the item above.
    "section_row_cut_by_page": (3, 5),
    # A page opening with a section row in the title cell, set in bold among regular titles.
    "bold_section_row_opens_page": (3, 20),
    # Sub-items («3.3.») make a numbered table: a cut row's rest in capitals goes on with its item.
    "sub_item_cut_by_page": (1, 23),
    # No plan (a price list, an attendance list): refused.
    "refused": (1, 17),
    # Google Docs' footnotes «[1] Даты …» at page 1's foot and «[2] Даты …» at page 2's head: one
    # shape in both margins, yet footnotes (their markers printed raised), no running lines.
    "bracketed_footnotes_in_both_margins": (30, 5),
    # Google Docs' page in landscape: page 2 holds the rest of the first table and, right under it,
    # a second table of its own widths sharing its left border and its right one (the person's
    # column merged down, no rules across it).  The second was taken for a table inside a cell of
    # the first, and the first's rows on the page were read as paragraphs (seven rows lost).
    "second_table_of_its_own_widths_sharing_the_first_ones_sides": (204, 11),
}
CHROMIUM = {
    # LibreOffice's web page: footnotes printed «1По согласованию…», the number glued to the text.
    "footnote_numbers_glued": (1, 7),
    # A Word page's section tables, ruled: a person's cell merged over three rows runs on past the
    # page break, the place's cell of page 1's last row closed at the foot; page 2's row, open at its
    # head in every column (Chromium draws no rule there), takes the person, not the place above.
    # Notes whose «Организаторы:» opens a line where it would not have fitted above.
    "merged_cell_beside_a_closed_one_over_the_page_break": (35, 1),
    # LibreOffice's page, ruled, no «№» printed over the numbers' column («1.1», «1.2»): the header's
    # table holds a section's row alone, the rows go on in the next page's tables; the numbers
    # were read as a column of their own into every note («Столбец 1: 1.1»).
    "unnamed_number_column_shown_after_the_page_break": (46, 7),
}
OFFICE = {
    # python-docx's plan through LibreOffice, landscape.
    "landscape": (1, 0),
    # ... a date cell merged over three rows that the page break parts: its text on page 1's last
    # row, the cell empty over two rows under the header page 2 repeats (both tables closed).
    "merged_cell_under_the_repeated_header": (31, 6),
    # ... a date merged over three rows, its text on page 1's last row, the cell empty over page 2's
    # first two rows (no header repeated there, both tables closed at the break).
    "merged_cell_over_the_page_break_without_a_header": (48, 6),
    # ... a date the narrow column cut inside its year, the page breaking between the two parts
    # («24.12.202» / «8»): joined whole, not «24.12.202 8» (a date no more).
    "date_cut_inside_its_year_by_the_page_break": (84, 15),
}


def _check(path: Path) -> None:
    if Path(f"{path}.expect-error").exists():
        for engine in ("pdfium", "pdfplumber"):
            with pytest.raises(NoPlanFound):
                magplan.read_plan(path, pdf_engine=engine)
        return
    want = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))
    got = magplan.read_plan(path, pdf_engine="pdfium").to_dict()
    assert got == magplan.read_plan(path, pdf_engine="pdfplumber").to_dict()
    assert mismatches(want, got, pages=False) == []  # the data does not say where pages break


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
@pytest.mark.parametrize("case", sorted(WEASYPRINT))
def test_weasyprint_pdfs(case: str, tmp_path: Path) -> None:
    _check(bodies_pdf.build_one(tmp_path, *WEASYPRINT[case]))


@pytest.mark.skipif(chromium_program() is None, reason="Chromium is not installed")
@pytest.mark.parametrize("case", sorted(CHROMIUM))
def test_chromium_pdfs(case: str, tmp_path: Path) -> None:
    _check(bodies_pdf.build_one(tmp_path, *CHROMIUM[case]))


@pytest.mark.skipif(soffice_program() is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("case", sorted(OFFICE))
def test_office_pdfs(case: str, tmp_path: Path) -> None:
    _check(bodies_pdf.build_one(tmp_path, *OFFICE[case]))


@pytest.mark.skipif(soffice_program() is None, reason="LibreOffice is not installed")
def test_office_table_past_the_page_edge(tmp_path: Path) -> None:
    """Columns widened to their longest words run the table past the page's right edge (LibreOffice
    draws its last rule on the edge): the text the printed page cuts off stands in the file, in
    the note column.  It is read there, with a warning (it was glued to the signature's position
    and the column's visible letters read as «Столбец 6: По»)."""
    path = bodies_pdf.build_one(tmp_path, 14, 9)
    _check(path)
    warned = [w["message"] for w in magplan.read_plan(path).to_dict()["warnings"] if w["code"] == "hidden_column"]
    assert len(warned) == 1
    assert "past the page's right edge" in warned[0]
