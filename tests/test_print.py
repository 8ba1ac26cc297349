"""Printing the workbook: the «Для печати» sheet, page set-up, and the text size on paper.

The paper test prints the whole workbook through LibreOffice Calc to PDF and
measures every character on every page (pdfplumber's `size`, in points).
"""

from __future__ import annotations

import io
import shutil
from functools import cache
from pathlib import Path

import openpyxl
import pdfplumber
import pytest
from openpyxl.cell.cell import MergedCell
from openpyxl.worksheet.worksheet import Worksheet

import magplan
from magplan import soffice
from magplan.model import Plan
from magplan.write import render
from tests.corpus import CORPUS

needs_calc = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
MIN_PRINTED_PT = 9.0


@cache
def plan_2026() -> Plan:
    return magplan.read_plan(CORPUS / "plan-2026.docx")


@cache
def workbook_2026() -> bytes:
    data: bytes = render(plan_2026(), "xlsx")
    return data


def print_sheet(data: bytes) -> Worksheet:
    ws: Worksheet = openpyxl.load_workbook(io.BytesIO(data))["Для печати"]
    return ws


def printed_pdf(xlsx: bytes, folder: Path) -> Path:
    """The workbook printed by LibreOffice Calc, as a user's «Print to PDF» would."""
    source = folder / "book.xlsx"
    source.write_bytes(xlsx)
    status, output = soffice.convert(soffice.find("printing the workbook"), source, "pdf", folder / "out")
    result = folder / "out" / "book.pdf"
    assert status == 0 and result.is_file(), output
    return result


def header_row(ws: Worksheet) -> int:
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=1).value == "№")


def test_print_sheet_comes_first_with_the_readers_columns() -> None:
    data = workbook_2026()
    assert openpyxl.load_workbook(io.BytesIO(data)).sheetnames[0] == "Для печати"
    ws = print_sheet(data)
    row = header_row(ws)
    assert [c.value for c in ws[row]] == ["№", "Мероприятие", "Место", "Срок", "Примечание"]
    assert ws.cell(row=1, column=1).value == plan_2026().document.title
    assert ws.print_title_rows == f"${row}:${row}"  # the header repeats on every page


def test_print_sheet_holds_every_item_and_section() -> None:
    ws = print_sheet(workbook_2026())
    plan = plan_2026()
    start = header_row(ws) + 1
    rows = [[c.value for c in ws[r]] for r in range(start, ws.max_row + 1)]
    headings = [r[0] for r in rows if r[1] is None and isinstance(r[0], str)]
    items = [r for r in rows if not (r[1] is None and isinstance(r[0], str))]
    assert len(items) == len(plan.records)
    assert headings == list(dict.fromkeys(item.section for item in plan.records if item.section))
    item12 = next(r for r in items if r[0] == 12 and str(r[1]).startswith("Участие в годовых"))
    assert item12[1].endswith("• ВАРМСУ\n• АГП\n• АГУ\n• АСДГ\n• СГЦСЗ России")
    assert item12[3] == "по отдельному графику"
    astana = next(r for r in items if r[1] == "Астана")
    assert astana[2] is None and astana[3] == "5-6 июля (ориентировочно)" and astana[4] == "28 лет"
    merged = {str(m) for m in ws.merged_cells.ranges}
    assert all(f"A{r}:E{r}" in merged for r in range(start, ws.max_row + 1) if ws.cell(row=r, column=2).value is None)


def test_print_sheet_is_an_office_document() -> None:
    ws = print_sheet(workbook_2026())
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.oddFooter.center.text == "Страница &P из &N"
    cells = [c for row in ws.iter_rows(min_row=header_row(ws)) for c in row]
    body = [c for c in cells if not isinstance(c, MergedCell)]
    sides = ("left", "right", "top", "bottom")
    assert all(getattr(c.border, side).style == "thin" for c in body for side in sides)
    # Inside a section heading (merged across the table) only the lines above and below show.
    assert all(c.border.top.style == c.border.bottom.style == "thin" for c in cells if isinstance(c, MergedCell))
    assert {c.font.sz for c in body} == {12} and {c.font.name for c in body} == {"Times New Roman"}
    long_title = next(r for r in range(1, ws.max_row + 1) if str(ws.cell(row=r, column=2).value).startswith("«Круглы"))
    assert ws.row_dimensions[long_title].height >= 3 * 13  # three lines of wrapped text get their height


@needs_calc
def test_printed_workbook_is_landscape_a4_at_9_pt_or_more(tmp_path: Path) -> None:
    with pdfplumber.open(printed_pdf(workbook_2026(), tmp_path)) as pdf:
        sizes = [round(float(c["size"]), 1) for page in pdf.pages for c in page.chars]
        assert min(sizes) >= MIN_PRINTED_PT, sorted(set(sizes))[:5]
        assert all(round(float(p.width)) == 842 and round(float(p.height)) == 595 for p in pdf.pages)
        first = pdf.pages[0].extract_text()
        assert "План мероприятий" in first and "Мероприятие" in first and "Страница 1 из" in first
        # The print sheet keeps its 12 pt: it is sized to the page, not shrunk to it.
        body = [float(c["size"]) for c in pdf.pages[0].chars if c["text"].isalpha()]
        assert max(set(body), key=body.count) >= 11.5


def archive_workbook() -> bytes:
    from magplan.batch.archive import render_xlsx
    from magplan.batch.combine import Entry, combine

    entries = [Entry(f"{year}/plan.docx", "docx", str(year), corpus_plan_of(year)) for year in (2025, 2026)]
    data: bytes = render_xlsx(combine(entries))
    return data


@cache
def corpus_plan_of(year: int) -> Plan:
    return magplan.read_plan(CORPUS / f"plan-{year}.docx")


def test_archive_sheets_have_page_setup() -> None:
    wb = openpyxl.load_workbook(io.BytesIO(archive_workbook()))
    for ws in wb:
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9, ws.title
        assert ws.oddFooter.center.text == "Страница &P из &N", ws.title
    printed = wb["Для печати"]
    assert (
        printed.page_setup.fitToWidth == 1
        and printed.cell(row=1, column=1).value == "Архив планов мероприятий, 2025–2026"
    )
    headings = [c.value for c in printed["A"] if isinstance(c.value, str) and c.value.startswith("20")]
    assert headings[0].startswith("2025 — План мероприятий") and headings[0].endswith("(2025/plan.docx)")


@needs_calc
def test_printed_archive_is_9_pt_or_more(tmp_path: Path) -> None:
    with pdfplumber.open(printed_pdf(archive_workbook(), tmp_path)) as pdf:
        sizes = [round(float(c["size"]), 1) for page in pdf.pages for c in page.chars]
        assert min(sizes) >= MIN_PRINTED_PT, sorted(set(sizes))[:5]
        assert all(float(p.width) > float(p.height) for p in pdf.pages)
        text = "\n".join(page.extract_text() or "" for page in pdf.pages[:3])
        # «Сводка» first, with its charts' titles.
        assert "Пункты планов по годам и видам" in text and "Мероприятия по месяцам" in text
