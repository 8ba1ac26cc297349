"""Bounded structure-aware fuzzing (issue 14.5): `make test` runs a fixed, derandomized budget
(under a minute); `make fuzz` runs many more random examples (MAGPLAN_FUZZ_EXAMPLES).

Every case the fuzzer found is kept below as an ``@example`` recipe, rebuilt by code."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings

from tests.fuzzing import (
    Recipe,
    check_contract,
    docx_from,
    docx_recipes,
    html_from,
    html_recipes,
    pdf_from,
    pdf_recipes,
)

LONG = "MAGPLAN_FUZZ_EXAMPLES" in os.environ
FUZZ = settings(
    max_examples=int(os.environ.get("MAGPLAN_FUZZ_EXAMPLES", "20")),
    deadline=None,
    derandomize=not LONG,  # `make test`: the same examples every run
    database=None,
    # Shrinking a failure takes minutes: `make fuzz` does it, `make test` reports the case as drawn.
    phases=list(Phase) if LONG else [Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@FUZZ
@given(docx_recipes())
def test_mutated_wordprocessingml_keeps_the_contract(recipe: Recipe) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        check_contract(docx_from(recipe, Path(tmp) / "plan.docx"))


@FUZZ
@given(html_recipes())
def test_mutated_html_keeps_the_contract(recipe: Recipe) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        check_contract(html_from(recipe, Path(tmp) / "plan.html"))


@FUZZ
@given(pdf_recipes())
def test_mutated_pdf_keeps_the_contract(recipe: Recipe) -> None:
    # OCR is the scan family's own fuzzing (make fuzz): here a PDF that lost its text layer is refused.
    with tempfile.TemporaryDirectory() as tmp:
        check_contract(pdf_from(recipe, Path(tmp) / "plan.pdf"), ("--ocr", "never") if not LONG else ())
