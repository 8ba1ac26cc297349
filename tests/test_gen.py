"""The hard-case generators themselves: every family builds, deterministically, with full expectations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.gen import FAMILIES

DOCUMENT_KEYS = {"source", "format", "title", "year", "year_end", "signatory", "approval", "footnotes"}
ITEM_KEYS = {
    "kind", "section", "number", "title", "members", "place", "date_text", "date_start", "date_end",
    "date_precision", "occurrences", "recurrence", "approximate", "participation", "organizers", "note",
    "responsible", "age_years", "edition", "page",
}  # fmt: skip
# Families that print through heavy programs (LibreOffice, Chromium, Tesseract) have tests of their own.
FAST_FAMILIES = [name for name in FAMILIES if name.endswith("_shapes")]


@pytest.mark.parametrize("family", FAST_FAMILIES)
def test_family_is_deterministic_and_writes_full_expectations(tmp_path: Path, family: str) -> None:
    first = FAMILIES[family](tmp_path / "a", 3, 7)
    second = FAMILIES[family](tmp_path / "b", 3, 7)
    assert len(first) == 3
    for one, two in zip(first, second, strict=True):
        assert one.read_bytes() == two.read_bytes()
        want = json.loads(Path(f"{one}.expected.json").read_text(encoding="utf-8"))
        assert set(want["document"]) == DOCUMENT_KEYS
        assert want["document"]["source"] == one.name
        assert want["items"] and all(set(item) == ITEM_KEYS for item in want["items"])
        assert want["warnings"] == []
