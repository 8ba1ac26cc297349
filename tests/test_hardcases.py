"""A fixed-seed sample of the generated hard cases (tests/gen), each read and compared with
the JSON computed from the data it was generated from.  `make hardcases` scores many more."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import magplan
from magplan.errors import NoPlanFound
from tests.corpus import mismatches
from tests.gen import FAMILIES

SEED = 11
SAMPLE = {"docx_shapes": 14, "html_shapes": 14, "bodies_shapes": 14}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Path]]:
    root = tmp_path_factory.mktemp("hardcases")
    return {family: FAMILIES[family](root / family, count, SEED) for family, count in SAMPLE.items()}


@pytest.mark.parametrize("family", sorted(SAMPLE))
def test_generated_documents_are_read_exactly(built: dict[str, list[Path]], family: str) -> None:
    wrong: dict[str, list[str]] = {}
    for path in built[family]:
        if path.with_name(path.name + ".expect-error").exists():
            # A document that is no plan (a price list, an attendance list) is refused.
            with pytest.raises(NoPlanFound):
                magplan.read_plan(path)
            continue
        want = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))
        got = magplan.read_plan(path).to_dict()
        if problems := mismatches(want, got):
            wrong[path.name] = problems[:5]
    assert wrong == {}
