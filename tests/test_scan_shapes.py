"""Scans of hand-made plans (fixtures/scans): layouts the scan generators do not make, read by OCR."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import magplan
from tests.corpus import mismatches

SCANS = Path(__file__).resolve().parent.parent / "fixtures" / "scans"
needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="the tesseract program is not installed (make sysdeps)"
)
# Tesseract joins the two centred lines of these scans' title into one (fixtures/scans/README.md).
_NOT_YET = ("document.title",)


@needs_tesseract
@pytest.mark.parametrize("name", ["btlr-headers-150.png", "tbrl-headers-200-mono-r270.png"])
def test_header_cells_printed_sideways_are_read_turned_upright(name: str) -> None:
    # Before: the turned header cells read as «oO», «qa», «5т» and «no plan table found».
    want = json.loads((SCANS / f"{name}.expected.json").read_text(encoding="utf-8"))
    got = magplan.read_plan(SCANS / name).to_dict()
    assert [m for m in mismatches(want, got, pages=False) if not m.startswith(_NOT_YET)] == []


def _want_and_got(name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    want = json.loads((SCANS / f"{name}.expected.json").read_text(encoding="utf-8"))
    return want, magplan.read_plan(SCANS / name).to_dict()


@needs_tesseract
def test_a_table_printed_without_ruling_is_found_from_its_words_alignment() -> None:
    # Before: «no plan table found» (no ruling for the grid to find).
    want, got = _want_and_got("two-column-section-150.png")
    assert mismatches(want, got, pages=False) == []
    assert "unruled_table" in {w["code"] for w in got["warnings"]}


@needs_tesseract
def test_a_table_ruled_under_its_header_only_ends_its_header_at_the_rule() -> None:
    # A pandoc table: one rule under the header.  Without it, the first row's lines (set as closely
    # as the header's) joined the header («Срок январь | Мероприятие Литературный вечер …»).
    want, got = _want_and_got("pandoc-md-150.png")
    rows = [(i["title"], i["responsible"]) for i in got["items"]]
    assert rows == [(i["title"], i["responsible"]) for i in want["items"]]
