"""Scans of hand-made plans (fixtures/scans): layouts the scan generators do not make, read by OCR."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

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
