"""Limits bound the work one input can cause (issue 14.1); each hostile case is rebuilt here by code."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

import magplan
from magplan import limits
from magplan.errors import LimitExceeded, NoPlanFound, ProgramTimeout
from tests.corpus import CORPUS, expected, mismatches

MAGPLAN = [sys.executable, "-m", "magplan.cli"]


Change = tuple[str, "str | Callable[[re.Match[str]], str]"]


def _docx_with(tmp_path: Path, *changes: Change) -> Path:
    """The corpus DOCX with each (regular expression, replacement) applied to word/document.xml."""
    target = tmp_path / "plan.docx"
    with zipfile.ZipFile(CORPUS / "plan-2026.docx") as source, zipfile.ZipFile(target, "w") as copy:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                text = data.decode("utf-8")
                for pattern, replacement in changes:
                    text = re.sub(pattern, replacement, text)
                data = text.encode("utf-8")
            copy.writestr(info, data)
    return target


def _html_with(tmp_path: Path, change: str, to: str, count: int = 0) -> Path:
    page = (CORPUS / "plan-2026.html").read_text(encoding="utf-8")
    target = tmp_path / "plan.html"
    target.write_text(re.sub(change, to, page, count=count), encoding="utf-8")
    return target


def _codes(plan: magplan.Plan) -> list[str]:
    return [w.code for w in plan.warnings]


@pytest.mark.parametrize("value", ["1000000", "2147483648", "9" * 5000])
def test_docx_grid_span_is_cut_to_the_table_grid(tmp_path: Path, value: str) -> None:
    path = _docx_with(tmp_path, (r"<w:tcPr>", f'<w:tcPr><w:gridSpan w:val="{value}"/>'))
    plan = magplan.read_plan(path)
    assert mismatches(expected("plan-2026.docx"), plan.to_dict()) == []
    assert "span_clipped" in _codes(plan)


def test_docx_grid_before_on_every_row_is_cut_to_the_table_grid(tmp_path: Path) -> None:
    skip = '<w:trPr><w:gridBefore w:val="1000000"/></w:trPr>'
    path = _docx_with(tmp_path, (r"<w:tr(?: [^>]*)?>", lambda m: m.group(0) + skip))
    plan = magplan.read_plan(path)
    assert mismatches(expected("plan-2026.docx"), plan.to_dict()) == []
    assert "span_clipped" in _codes(plan)


def test_docx_without_a_grid_is_cut_to_the_column_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(limits.COLUMNS.env, "8")
    path = _docx_with(
        tmp_path,
        (r"<w:tblGrid>.*?</w:tblGrid>", ""),
        (r"<w:tcPr>", '<w:tcPr><w:gridSpan w:val="1000000"/>'),
    )
    plan = magplan.read_plan(path)
    assert mismatches(expected("plan-2026.docx"), plan.to_dict()) == []
    assert "span_clipped" in _codes(plan)


def test_html_rowspan_past_the_table_is_cut_with_a_warning(tmp_path: Path) -> None:
    # Every cell spanning 99999 rows: browsers push each later row off to the right.
    plan = magplan.read_plan(_html_with(tmp_path, r"<td(\s|>)", r'<td rowspan="99999"\1'))
    assert mismatches(expected("plan-2026.html"), plan.to_dict()) == []
    assert "span_clipped" in _codes(plan)


def test_html_huge_rowspan_on_a_few_cells_loses_nothing(tmp_path: Path) -> None:
    counter = iter(range(10_000))
    page = re.sub(
        r"<td(\s|>)",
        lambda m: ('<td rowspan="1000000"' if next(counter) % 20 == 9 else "<td") + m.group(1),
        (CORPUS / "plan-2026.html").read_text(encoding="utf-8"),
    )
    path = tmp_path / "plan.html"
    path.write_text(page, encoding="utf-8")
    plan = magplan.read_plan(path)
    assert mismatches(expected("plan-2026.html"), plan.to_dict()) == []
    assert "span_clipped" in _codes(plan)


def test_html_huge_colspan_is_cut(tmp_path: Path) -> None:
    plan = magplan.read_plan(_html_with(tmp_path, r"<td(\s|>)", r'<td colspan="2147483648"\1', count=3))
    assert "span_clipped" in _codes(plan)


def test_file_too_large_names_the_flag(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAGPLAN_MAX_MB_HTML", "0.001")
    with pytest.raises(LimitExceeded, match=r"file too large: 0\.013 MB, limit 0\.001 MB for HTML; raise it with"):
        magplan.read_plan(CORPUS / "plan-2026.html")


def test_a_page_over_the_default_html_limit_is_refused_before_it_is_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The campaign's 50 MB page (the plan's rows repeated) peaked at 2.2 GB while it was parsed.
    from magplan.extract import html

    def no_parsing(*args: object, **kwargs: object) -> object:
        raise AssertionError("the page was parsed")

    monkeypatch.setattr(html, "extract", no_parsing)
    page = (CORPUS / "plan-2026.html").read_text(encoding="utf-8")
    path = tmp_path / "plan.html"
    path.write_text(page * (6_000_000 // len(page.encode("utf-8")) + 1), encoding="utf-8")
    message = r"file too large: 6\.0 MB, limit 5 MB for HTML; raise it with --max-mb or MAGPLAN_MAX_MB_HTML"
    with pytest.raises(LimitExceeded, match=message):
        magplan.read_plan(path)


def test_file_size_flag_on_the_command_line(tmp_path: Path) -> None:
    command = [*MAGPLAN, "convert", str(CORPUS / "plan-2026.docx"), "--max-mb", "0.001", "--out", str(tmp_path)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "file too large" in result.stderr and "--max-mb" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_pdf_page_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(limits.PDF_PAGES.env, "1")
    with pytest.raises(LimitExceeded, match=r"too many pages in the PDF: 3, limit 1; raise it with --max-pages"):
        magplan.read_plan(CORPUS / "plan-2026.pdf")


def _blank_pdf(path: Path, pages: int, size: tuple[float, float] = (595, 842)) -> Path:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(*size)
    buffer = io.BytesIO()
    pdf.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def test_many_blank_pages_are_refused_before_ocr(tmp_path: Path) -> None:
    with pytest.raises(LimitExceeded, match=r"too many pages in the PDF: 2000, limit 500; raise it with"):
        magplan.read_plan(_blank_pdf(tmp_path / "blank.pdf", 2000))
    with pytest.raises(LimitExceeded, match=r"too many pages to read by OCR: 200, limit 30; raise it with"):
        magplan.read_plan(_blank_pdf(tmp_path / "blank.pdf", 200))


def test_blank_pages_never_reach_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from magplan.extract.ocr import mosaic, source_for
    from magplan.extract.ocr.page import read_page

    def no_tesseract(*args: object, **kwargs: object) -> list[object]:
        raise AssertionError("tesseract was asked about a blank page")

    monkeypatch.setattr(mosaic, "recognize", no_tesseract)
    path = _blank_pdf(tmp_path / "blank.pdf", 1)
    page = read_page(source_for(path), 0)
    assert [w.code for w in page.warnings] == ["blank_page"] and page.blocks == []
    with pytest.raises(NoPlanFound):
        magplan.read_plan(path)


def test_a_giant_page_is_not_rendered(tmp_path: Path) -> None:
    path = _blank_pdf(tmp_path / "giant.pdf", 1, size=(14400, 14400))  # 5 × 5 m
    with pytest.raises(LimitExceeded, match="too large to read by OCR"):
        magplan.read_plan(path, ocr="always")


def test_tesseract_timeout_names_the_flag() -> None:
    from magplan.extract.ocr import tesseract as _tesseract

    pytest.importorskip("cv2")
    import numpy as np

    try:
        _tesseract.tesseract_program()
    except Exception:
        pytest.skip("tesseract is not installed")
    with pytest.raises(ProgramTimeout, match=r"raise it with --program-timeout"):
        _tesseract.recognize(np.full((2000, 2000), 255, np.uint8), 300, timeout=0.001)


def test_limits_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(limits.PROGRAM_SECONDS.env, "7")
    assert limits.program_timeout() == 7
    monkeypatch.setenv(limits.PROGRAM_SECONDS.env, "nonsense")
    assert limits.program_timeout() == limits.PROGRAM_SECONDS.default


def test_ocr_of_a_whole_document_has_one_deadline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np
    from PIL import Image

    # Ink blobs all over: no text, but every page goes to Tesseract.
    rng = np.random.default_rng(0)
    ink = np.full((1200, 900), 255, np.uint8)
    for _ in range(400):
        y, x = rng.integers(0, 1150), rng.integers(0, 860)
        ink[y : y + rng.integers(5, 30), x : x + rng.integers(5, 30)] = 0
    path = tmp_path / "blobs.pdf"
    Image.fromarray(ink).save(path, save_all=True, append_images=[Image.fromarray(ink)], resolution=150)
    monkeypatch.setenv(limits.OCR_SECONDS.env, "0.001")
    with pytest.raises(
        ProgramTimeout, match=r"OCR took longer than 0\.001 s for this document; raise it with --ocr-seconds"
    ):
        magplan.read_plan(path)


def test_a_long_workbook_is_measured_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Found by benchmarks/hostile.py: openpyxl's max_row/max_column scan every cell, and asked once per
    # row they made a 30,000-row workbook take over nine minutes.
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    book = Workbook()
    sheet = book.active
    sheet.append(["№ п/п", "Мероприятия", "Место, дата", "Примечание"])
    for n in range(300):
        sheet.append([n + 1, f"Международная конференция {n}", "Москва, март", "МАГ"])
    path = tmp_path / "plan.xlsx"
    book.save(path)
    asked = {"rows": 0, "columns": 0}
    real_rows, real_columns = Worksheet.max_row, Worksheet.max_column

    def rows(self: Worksheet) -> int:
        asked["rows"] += 1
        return real_rows.fget(self)  # type: ignore[attr-defined, no-any-return]

    def columns(self: Worksheet) -> int:
        asked["columns"] += 1
        return real_columns.fget(self)  # type: ignore[attr-defined, no-any-return]

    monkeypatch.setattr(Worksheet, "max_row", property(rows))
    monkeypatch.setattr(Worksheet, "max_column", property(columns))
    magplan.read_plan(path)
    assert asked["rows"] <= 3 and asked["columns"] <= 3  # once per sheet read, not once per row
