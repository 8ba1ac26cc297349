"""Blind documents printed to PDF by LibreOffice, Chromium and WeasyPrint (fixtures/blind-pdf/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import magplan
from magplan.errors import NoPlanFound
from magplan.extract.pdf.grid import Grid
from magplan.extract.pdf.read import _column_gutters, _TableText
from tests.corpus import mismatches

PRINTED = Path(__file__).resolve().parent.parent / "fixtures" / "blind-pdf"


@pytest.mark.parametrize("name", sorted(p.name.removesuffix(".expected.json") for p in PRINTED.glob("*.expected.json")))
def test_a_printed_blind_document_reads_as_its_source_does(name: str) -> None:
    want = json.loads((PRINTED / f"{name}.expected.json").read_text(encoding="utf-8"))
    assert mismatches(want, magplan.read_plan(PRINTED / name).to_dict(), pages=False) == []


@pytest.mark.parametrize("name", sorted(p.name.removesuffix(".expect-error") for p in PRINTED.glob("*.expect-error")))
def test_a_printed_table_that_is_no_plan_is_refused(name: str) -> None:
    with pytest.raises(NoPlanFound):
        magplan.read_plan(PRINTED / name)


def test_a_name_wrapped_after_its_initials_is_read_whole() -> None:
    # The initials stand after a tab beside the position, the surname wrapped under the position.
    signatory = magplan.read_plan(PRINTED / "quarter-grid.lo-narrow.pdf").to_dict()["document"]["signatory"]
    assert signatory == {"position": "Начальник управления культуры", "name": "О.В. Лебедева"}


def test_a_header_row_cut_by_the_page_break_is_one_header_row() -> None:
    # LibreOffice on a narrow page cuts the February table's header row at the page's foot
    # («Наи» / «мено», each part closed by rules of its own); its rest («вани» / «е меро» …) opens
    # the next page's table.  Joined, the two are the header: not a skipped row, and not lines of
    # the January table's last item.
    plan = magplan.read_plan(PRINTED / "months-tables.lo-narrow.pdf")
    got = plan.to_dict()
    want = json.loads((PRINTED.parent / "blind" / "months-tables.docx.expected.json").read_text(encoding="utf-8"))
    for field in ("section", "place", "responsible", "date_text"):
        assert [item[field] for item in got["items"]] == [item[field] for item in want["items"]], field
    assert got["items"][1]["title"] == want["items"][1]["title"]
    assert not [w for w in got["warnings"] if w["code"] == "row_skipped"]


@pytest.mark.parametrize("name", ["sheet-totals-widenum-noborders.calc.pdf", "sheet-totals-noborders.calc.pdf"])
def test_a_spreadsheets_totals_row_is_a_row_of_its_own(name: str) -> None:
    # Calc prints «Итого | 4 мероприятия» under the numbered rows, «Итого» in the number column
    # (borderless; in a narrow column the bold word runs on into the count: «Итого3»).  It is a
    # row of its own that the assembler skips: read as a line of the last row it cost that row
    # its number, or it ended the table and opened the signature's position.
    got = magplan.read_plan(PRINTED / name).to_dict()
    numbers = [item["number"] for item in got["items"]]
    assert numbers == list(range(1, len(numbers) + 1))
    skipped = [w["message"] for w in got["warnings"] if w["code"] == "row_skipped"]
    assert len(skipped) == 1 and "totals" in skipped[0] and "мероприяти" in skipped[0]
    assert not got["document"]["signatory"]["position"].startswith("Итого")


def _part(x0: float, top: float, rows: int) -> _TableText:
    # A ruled table of three columns (20 + 90 + 40 pt) and `rows` rows 20 pt high.
    return _TableText(Grid([x0, x0 + 20, x0 + 110, x0 + 150], [top + 20 * k for k in range(rows + 1)]), {}, 2.0, 2.0)


@pytest.mark.parametrize(
    ("tables", "gutters"),
    [
        # A newsletter in two columns: the plan opens under the first column's text and goes on
        # at the top of the next, the same columns: read column by column, parted midway.
        ([_part(40, 300, 10), _part(300, 80, 12)], [245.0]),
        # A plan in two halves side by side, each under its own heading: level tops.
        ([_part(40, 100, 10), _part(300, 100, 12)], []),
        # The second part higher by no more than a header row.
        ([_part(40, 100, 10), _part(300, 85, 12)], []),
        # Other columns: two tables, no parts of one.
        ([_part(40, 300, 10), _TableText(Grid([300, 320, 500], [80, 100, 120]), {}, 2.0, 2.0)], []),
    ],
)
def test_a_table_run_on_into_the_next_text_column_is_read_column_by_column(
    tables: list[_TableText], gutters: list[float]
) -> None:
    assert _column_gutters(tables) == gutters


def _stored_turned(source: Path, target: Path, turns: int) -> None:
    """`source` stored as a driver stores a turned page: every object turned the other way round a
    quarter `turns` times and the page's `/Rotate` set to show it upright again."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    document = pdfium.PdfDocument(str(source))
    for index in range(len(document)):
        page = document[index]
        _, _, width, height = page.get_mediabox()
        matrix = {1: (0, 1, -1, 0, height, 0), 2: (-1, 0, 0, -1, width, height), 3: (0, -1, 1, 0, 0, width)}[turns]
        for k in range(raw.FPDFPage_CountObjects(page.raw)):
            raw.FPDFPageObj_Transform(raw.FPDFPage_GetObject(page.raw, k), *matrix)
        page.set_mediabox(0, 0, *((height, width) if turns % 2 else (width, height)))
        page.set_rotation(90 * turns)
        raw.FPDFPage_GenerateContent(page.raw)
        page.close()
    document.save(str(target))
    document.close()


@pytest.mark.parametrize("turns", [1, 2, 3])
def test_a_page_stored_turned_is_read_as_it_is_shown(tmp_path: Path, turns: int) -> None:
    # A landscape page stored upright and shown turned by its `/Rotate` («Microsoft Print to PDF»,
    # a scanner's driver): its text runs up or down the stored page, but a reader sees it upright.
    name = "two-up.pdfium.pdf"
    turned = tmp_path / name
    _stored_turned(PRINTED / name, turned, turns)
    want = json.loads((PRINTED / f"{name}.expected.json").read_text(encoding="utf-8"))
    assert mismatches(want, magplan.read_plan(turned).to_dict(), pages=True) == []
