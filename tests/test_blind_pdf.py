"""Blind documents printed to PDF by LibreOffice, Chromium and WeasyPrint (fixtures/blind-pdf/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import magplan
from tests.corpus import mismatches

PRINTED = Path(__file__).resolve().parent.parent / "fixtures" / "blind-pdf"


@pytest.mark.parametrize("name", sorted(p.name.removesuffix(".expected.json") for p in PRINTED.glob("*.expected.json")))
def test_a_printed_blind_document_reads_as_its_source_does(name: str) -> None:
    want = json.loads((PRINTED / f"{name}.expected.json").read_text(encoding="utf-8"))
    assert mismatches(want, magplan.read_plan(PRINTED / name).to_dict(), pages=False) == []


def test_a_name_wrapped_after_its_initials_is_read_whole() -> None:
    # The initials stand after a tab beside the position, the surname wrapped under the position.
    signatory = magplan.read_plan(PRINTED / "quarter-grid.lo-narrow.pdf").to_dict()["document"]["signatory"]
    assert signatory == {"position": "Начальник управления культуры", "name": "О.В. Лебедева"}
