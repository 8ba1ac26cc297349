"""Checks that run on every document the suite reads.

Rule 14 of SCHEMA.md: every row of a plan table is accounted for.  `assemble`
tallies what each row became; every call made in this test process is
wrapped so that a plan whose rows do not add up fails the test that read it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

import magplan.assemble
from magplan.assemble import RawPlan, RowTally
from magplan.layout import Layout

# The time limits guard users against hostile files; this suite runs on a shared, sometimes heavily
# loaded machine, and checks the limits themselves with values of its own (test_limits.py).
os.environ.setdefault("MAGPLAN_OCR_SECONDS", "600")
os.environ.setdefault("MAGPLAN_PROGRAM_TIMEOUT", "300")


def assert_rows_accounted(tally: RowTally) -> None:
    parts = tally.headers + tally.sections + tally.items + tally.continuations + tally.skipped + tally.blank
    assert tally.balanced, f"rows in {tally.rows} != accounted {parts}: {tally}"


@pytest.fixture(autouse=True)
def every_row_is_accounted_for(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    real = magplan.assemble.assemble

    def checked(layout: Layout) -> RawPlan:
        plan = real(layout)
        assert_rows_accounted(plan.tally)
        assert plan.tally.items == len(plan.items)
        return plan

    monkeypatch.setattr(magplan.assemble, "assemble", checked)
    yield
