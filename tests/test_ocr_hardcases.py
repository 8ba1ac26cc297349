"""The scan and photo hard-case families: generated from plan data, read back by OCR.

Each family prints a random plan with LibreOffice, then scans or photographs
its pages (`tests/gen/_scan.py`).  The OCR reading is compared with the
text reading of the very PDF the pictures were made from, so that what is
measured is what OCR loses, not what the plan rules (tested elsewhere) get
wrong.  The full families are scored with ``python -m tests.gen`` and the
shared scorer (README); here one small document of each keeps the suite quick.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import magplan
import magplan.extract  # `magplan.extract.format_of` below: not imported by `import magplan`
from tests.corpus import mismatches, scorer
from tests.gen import FAMILIES
from tests.gen._docx import DocxStyle
from tests.gen._pdf import OfficeLayout, office_pdf
from tests.gen._random import Shape, random_plan
from tests.gen._scan import photographed, render_pages, save_pages, scanned, sealed, signed, text_box, turn
from tests.gen._spec import PlanSpec, expected_json

pytestmark = pytest.mark.skipif(
    shutil.which("tesseract") is None or shutil.which("soffice") is None,
    reason="needs tesseract and LibreOffice",
)


def _json(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(json.dumps(magplan.read_plan(path).to_dict(), default=str))
    return data


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, random.Random]:
    """A short plan printed by LibreOffice, and the random source that goes on to picture it."""
    rng = random.Random("ocr-hardcases/1")
    spec = _short_plan(rng, sections="rows", footnotes="item", sections_kept=2, items_kept=3)
    path = tmp_path_factory.mktemp("printed") / "plan.pdf"
    return office_pdf(spec, DocxStyle.random(rng), OfficeLayout(), path), rng


def _short_plan(rng: random.Random, sections: str, footnotes: str, sections_kept: int, items_kept: int) -> PlanSpec:
    """A random plan cut to a few sections of a few items: OCR tests read a page or two."""
    shape = Shape(columns="mag", sections=sections, approval="person", footnotes=footnotes, multi_year=False)
    spec = random_plan(rng, shape)
    spec.sections = spec.sections[:sections_kept]
    for section in spec.sections:
        section.items = section.items[:items_kept]
    return spec


def _agreement(text: dict[str, Any], scan: dict[str, Any]) -> dict[str, Any]:
    report: dict[str, Any] = scorer().score_document(text, scan)
    return report


def test_a_sideways_one_bit_scan_reads_as_its_text_pdf(printed: tuple[Path, random.Random], tmp_path: Path) -> None:
    pdf, rng = printed
    pages = [turn(scanned(page, rng), 270) for page in render_pages(pdf, 200)]
    scan = save_pages(pages, tmp_path / "scan.tiff", 200, "tiff-g4")
    report = _agreement(_json(pdf), _json(scan))
    assert report["items_missed"] == report["items_extra"] == 0
    numbers = [m for m in report["mismatches"] if m["field"] in ("number", "kind", "section")]
    assert numbers == []
    assert report["field_f1"] >= 0.85, report["mismatches"][:8]


def test_a_one_bit_scan_with_a_dark_edge_reads_as_its_text_pdf(
    printed: tuple[Path, random.Random], tmp_path: Path
) -> None:
    """The scanner's lid left open: the left edge of each page dark, black and then specks once made
    1-bit, which Tesseract read as letters glued to the title's lines («4 ПЛАН», «Е. мероприятий»)."""
    pdf, rng = printed
    pages = []
    for page in render_pages(pdf, 200):
        gray = scanned(page, rng).astype(np.float32)
        reach = gray.shape[1] // 10
        gray[:, :reach] *= np.linspace(0.5, 1.0, reach, dtype=np.float32)[None, :]
        pages.append(gray.astype(np.uint8))
    scan = save_pages(pages, tmp_path / "scan.tiff", 200, "tiff-g4")
    text, read = _json(pdf), _json(scan)
    assert read["document"]["title"] == text["document"]["title"]
    report = _agreement(text, read)
    assert report["items_missed"] == report["items_extra"] == 0
    assert report["field_f1"] >= 0.85, report["mismatches"][:8]


def test_a_phone_photo_reads_as_its_text_pdf(printed: tuple[Path, random.Random], tmp_path: Path) -> None:
    pdf, rng = printed
    pages = [photographed(page, rng) for page in render_pages(pdf, 220)]
    photo = save_pages(pages, tmp_path / "photo.pdf", 220, "pdf")
    report = _agreement(_json(pdf), _json(photo))
    assert report["items_missed"] == report["items_extra"] == 0
    assert report["field_f1"] >= 0.85, report["mismatches"][:8]


def test_a_phone_photo_with_numbered_sections_reads_as_its_data(tmp_path: Path) -> None:
    """Sections numbered in the № cell («I.» | «Мероприятия МАГ») and a sans-serif or serif face:
    the numerals that Tesseract reads as «|.», «И.», «№.» must come out as sections, not items.

    Compared with the JSON of the data the plan was printed from (not with the text PDF):
    every row is there, every section and number right.
    """
    rng = random.Random("ocr-hardcases/numbered-sections")
    spec = _short_plan(rng, sections="number_cell", footnotes="none", sections_kept=3, items_kept=2)
    pdf = office_pdf(spec, DocxStyle.random(rng), OfficeLayout(), tmp_path / "plan.pdf")
    pages = [photographed(page, rng) for page in render_pages(pdf, 220)]
    photo = save_pages(pages, tmp_path / "photo.pdf", 220, "pdf")
    report = _agreement(expected_json(spec, photo.name, "pdf"), _json(photo))
    assert report["items_missed"] == report["items_extra"] == 0
    structure = [m for m in report["mismatches"] if m["field"] in ("number", "kind", "section")]
    assert structure == []
    assert report["field_f1"] >= 0.95, report["mismatches"][:8]


def test_a_phone_photo_of_the_signed_and_sealed_plan_keeps_its_signatory(tmp_path: Path) -> None:
    """The paper as signed: the signer's blue pen across the signature line and the body's round
    seal over the position's words.  Their ink is taken off (`ocr.image.remove_colour_ink`) and
    the signatory read as printed, every row kept."""
    rng = random.Random("ocr-hardcases/sealed")
    spec = _short_plan(rng, sections="rows", footnotes="none", sections_kept=2, items_kept=2)
    assert spec.signatory is not None
    pdf = office_pdf(spec, DocxStyle.random(rng), OfficeLayout(), tmp_path / "plan.pdf")
    pages = render_pages(pdf, 220)
    box = text_box(pdf, len(pages) - 1, spec.signatory.name, 220, last=True)
    assert box is not None
    pages[-1] = sealed(signed(pages[-1], box, 220, rng), box, 220, rng)
    photo = save_pages([photographed(page, rng) for page in pages], tmp_path / "photo.pdf", 220, "pdf")
    expected, read = expected_json(spec, photo.name, "pdf"), _json(photo)
    assert read["document"]["signatory"] == expected["document"]["signatory"]
    report = _agreement(expected, read)
    assert report["items_missed"] == report["items_extra"] == 0
    assert report["field_f1"] >= 0.95, report["mismatches"][:8]


@pytest.mark.parametrize("family", ["scans", "photos"])
def test_the_families_write_documents_with_full_expectations(family: str, tmp_path: Path) -> None:
    (path,) = FAMILIES[family](tmp_path, 1, 5)
    want = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))
    assert want["document"]["source"] == path.name and want["items"] and want["warnings"] == []
    assert magplan.extract.format_of(path) == want["document"]["format"]


def test_the_handmade_scans_family_pictures_the_kept_prints_with_their_expectations(tmp_path: Path) -> None:
    paths = FAMILIES["handmade_scans"](tmp_path, 2, 3)
    again = FAMILIES["handmade_scans"](tmp_path / "again", 2, 3)
    assert len(paths) == 2 and [p.name for p in again] == [p.name for p in paths]  # the seed decides
    for path in paths:
        want = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))
        assert want["items"] or want["document"]["title"]
        assert magplan.extract.format_of(path) in ("pdf", "png", "tif", "tiff")


def test_a_scan_of_halves_printed_as_two_tables_side_by_side(tmp_path: Path) -> None:
    """LibreOffice's print of a plan in halves, each half a table of its own beside the other
    («I полугодие» over the left, «II полугодие» over the shorter right one), scanned.  The band
    under the tables was read from the foot of the last one found, the right one, so the left
    one's last rows were read twice («Шествие Шествие …»); and the two headings, one line a tab
    apart, headed the first half only."""
    pdf = Path(__file__).resolve().parent.parent / "fixtures" / "blind-pdf" / "lo-halves.pdf"
    rng = random.Random("ocr-hardcases/halves")
    path = save_pages([scanned(page, rng) for page in render_pages(pdf, 300)], tmp_path / "halves.png", 300, "png")
    want = json.loads(pdf.with_name(pdf.name + ".expected.json").read_text(encoding="utf-8"))
    assert [i["section"] for i in want["items"]] == ["I полугодие"] * 4 + ["II полугодие"] * 4
    assert mismatches(want, magplan.read_plan(path).to_dict(), pages=False) == []
