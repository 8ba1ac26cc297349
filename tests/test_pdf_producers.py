"""Text PDFs from other producers (tests/gen/_pdf): LibreOffice, Chromium and WeasyPrint.

Each case prints a generated plan (`tests.gen._random`) and compares the
reading with the JSON computed from the plan's data.  The fields compared are
those the PDF reader decides (items, their text and lists, sections,
signatory, footnotes); the two PDF engines must agree on the whole JSON.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

import magplan
from tests.gen._docx import DocxStyle
from tests.gen._pdf import (
    BrowserLayout,
    OfficeLayout,
    browser_pdf,
    chromium_program,
    office_pdf,
    print_html,
    soffice_program,
    weasyprint_installed,
)
from tests.gen._random import Shape, random_plan
from tests.gen._spec import expected_json

ITEM_FIELDS = ("kind", "section", "number", "title", "members", "organizers", "note", "responsible", "edition")
_CHROMIUM = chromium_program()
_SOFFICE = soffice_program()


def _plan(seed: str, columns: str) -> Any:
    return random_plan(random.Random(seed), Shape(columns=columns, multi_year=False, approval="none"))


def _text(value: Any) -> Any:
    """Whitespace as the scorer compares it: runs of spaces and line breaks are one space."""
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, list):
        return [_text(v) for v in value]
    return value


def _projection(plan: dict[str, Any]) -> dict[str, Any]:
    document = plan["document"]
    return {
        "signatory": _text(document["signatory"]),
        "footnotes": _text(document["footnotes"]),
        "items": [{field: _text(item[field]) for field in ITEM_FIELDS} for item in plan["items"]],
    }


def _check(path: Path, spec: Any) -> None:
    want = expected_json(spec, path.name, "pdf")
    fast = magplan.read_plan(path, pdf_engine="pdfium").to_dict()
    reference = magplan.read_plan(path, pdf_engine="pdfplumber").to_dict()
    assert fast == reference
    assert _projection(fast) == _projection(want)


CHROMIUM_CASES = {
    # A portal page printed with Chromium's own date, title and address lines; the header row
    # printed once, the table running on over pages without it.
    "portal": ("chromium-portal/3", "mag", BrowserLayout("portal", header_footer=True)),
    # Word's «Save as Web Page»: bullets in Symbol, paragraphs without spacing.
    "word": ("chromium-word/1", "commission", BrowserLayout("word", landscape=True)),
    # An old portal: the plan inside a bordered layout table (menu column, header and footer rows).
    "layout": ("chromium-layout/2", "five", BrowserLayout("layout", header_footer=True)),
    # `<ul>` lists whose bullets Chromium draws as dots.
    "plain": ("chromium-plain/1", "date_first", BrowserLayout("plain")),
}


@pytest.mark.skipif(_CHROMIUM is None, reason="Chromium is not installed")
@pytest.mark.parametrize("case", sorted(CHROMIUM_CASES))
def test_plans_printed_by_chromium(case: str, tmp_path: Path) -> None:
    seed, columns, layout = CHROMIUM_CASES[case]
    spec = _plan(seed, columns)
    _check(browser_pdf(spec, layout, "chromium", tmp_path / f"{case}.pdf"), spec)


WEASYPRINT_CASES = {
    "google": ("weasyprint-google/1", "mag", BrowserLayout("google")),  # «[1]» footnote references
    "portal": ("weasyprint-portal/2", "five", BrowserLayout("portal", landscape=True)),
    # each cell's border a filled ring: no stroke, no thin bar
    "separate": ("weasyprint-separate/3", "mag", BrowserLayout("plain", separate_borders=True)),
}


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
@pytest.mark.parametrize("case", sorted(WEASYPRINT_CASES))
def test_plans_printed_by_weasyprint(case: str, tmp_path: Path) -> None:
    seed, columns, layout = WEASYPRINT_CASES[case]
    spec = _plan(seed, columns)
    _check(browser_pdf(spec, layout, "weasyprint", tmp_path / f"{case}.pdf"), spec)


OFFICE_CASES = {
    # The header row not repeated on the next page (rule 14), a landscape page.
    "landscape": ("office-landscape/1", "commission", False, OfficeLayout(landscape=True)),
    # No ruling lines at all: columns from alignment, footnotes and signature under the table.
    "borderless": ("office-borderless/2", "mag", True, OfficeLayout(borderless=True)),
    # Borderless on an A5 page: the last column a dozen letters wide cuts long words without a
    # hyphen («Организатор» / «ы: Мэрия Минска», «Правительств» / «о Москвы»), its lines more than
    # a point right of the boundary found between the columns: read as two words while the
    # table's least margin set the cell's left edge.
    "a5_borderless": ("office-a5/5", "mag", True, OfficeLayout(borderless=True, a5=True)),
}


@pytest.mark.skipif(_SOFFICE is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("case", sorted(OFFICE_CASES))
def test_plans_exported_by_libreoffice(case: str, tmp_path: Path) -> None:
    seed, columns, repeat, layout = OFFICE_CASES[case]
    spec = _plan(seed, columns)
    style = DocxStyle(repeat_header=repeat)
    _check(office_pdf(spec, style, layout, tmp_path / f"{case}.pdf"), spec)


# A date too long for its fixed-width column runs on over the next cell's text on paper.
_OVERFLOW_ROWS = [
    ("1", "Научно-практическая конференция", "Апрель", "Отдел развития"),
    ("2", "Торжественное мероприятие ко Дню местного самоуправления", "Ежеквартально", "Отдел культуры"),
    ("3", "Семинар", "Октябрь", "Администрация"),
]
_OVERFLOW_PAGE = """<html><head><meta charset="utf-8"><style>
body {{ font-family: "Liberation Serif"; font-size: 12pt }}
table {{ border-collapse: collapse; width: 100%; table-layout: fixed }}
td, th {{ border: 1px solid #000; padding: 3px; vertical-align: top }}
</style></head><body>
<h3 style="text-align: center">ПЛАН<br>мероприятий МБУ «Центр» на 2027 год</h3>
<table><colgroup><col style="width: 5%"><col style="width: 25%"><col style="width: 11%"><col></colgroup>
<tr><th>№</th><th>Мероприятие</th><th>Срок</th><th>Ответственный</th></tr>
{rows}
</table></body></html>"""


@pytest.mark.parametrize("printer", ["chromium", "weasyprint"])
def test_a_word_run_on_over_the_next_cell_stays_in_its_own(printer: str, tmp_path: Path) -> None:
    """«Ежеквартально» printed over «Отдел культуры»: the two texts' letters interleave left to right
    («ЕжекварталОьтндоел») unless each is read as the run of letters it is."""
    if (printer == "chromium" and _CHROMIUM is None) or (printer == "weasyprint" and not weasyprint_installed()):
        pytest.skip(f"{printer} is not installed")
    rows = "\n".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in _OVERFLOW_ROWS)
    pdf = print_html(_OVERFLOW_PAGE.format(rows=rows), printer, tmp_path / "overflow.pdf")
    items = magplan.read_plan(pdf).to_dict()["items"]
    assert [(i["title"], i["date_text"], i["responsible"]) for i in items] == [row[1:] for row in _OVERFLOW_ROWS]
