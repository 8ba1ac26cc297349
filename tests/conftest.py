"""Checks that run on every document the suite reads.

Rule 14 of SCHEMA.md: every row of a plan table is accounted for.  `assemble`
tallies what each row became and, with `CHECK_ROWS` in the environment, checks
the tally of every plan it assembles (`magplan.assemble.check_rows`).  It is set
here, before any test runs: in this process (whatever module imported
`assemble` first) and in every program a test starts (the command line, the
scorer, a batch's worker processes, the web page's reader), which inherit it.
Plan data (JSON, magplan's workbook) holds no plan table: each of its items
(each row of the workbook's item sheet) is one item, checked in `_plan_data_is_whole`.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any

import pytest

from magplan.assemble import CHECK_ROWS

if TYPE_CHECKING:
    from magplan.extract._xlsx_plan import SheetRow
    from magplan.model import Item, Plan, PlanWarning

# The time limits guard users against hostile files; this suite runs on a shared, sometimes heavily
# loaded machine, and checks the limits themselves with values of its own (test_limits.py).
os.environ.setdefault("MAGPLAN_OCR_SECONDS", "600")
os.environ.setdefault("MAGPLAN_PROGRAM_TIMEOUT", "300")
os.environ[CHECK_ROWS] = "1"


@pytest.fixture(autouse=True)
def _plan_data_is_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Plan data read back loses nothing: each item of a JSON plan, each filled row of
    magplan's workbook, is one item of the plan read (rule 14 for the data readers)."""
    from magplan.extract import _xlsx_plan, plan_json

    from_dict, from_rows = plan_json.plan_from_dict, _xlsx_plan.items_from_rows

    def whole_json(data: Any) -> Plan:
        plan = from_dict(data)
        assert len(plan.items) == len(data["items"]), f"{len(data['items'])} items in, {len(plan.items)} read"
        return plan

    def whole_rows(rows: list[SheetRow], year: int | None) -> tuple[list[Item], list[PlanWarning]]:
        items, warnings = from_rows(rows, year)
        assert len(items) == len(rows), f"{len(rows)} rows in, {len(items)} items read"
        return items, warnings

    # Modules that imported a reader by name (`from … import plan_from_dict`: the web page's
    # edits, the batch's cache and pipeline) hold their own reference: replace it there too.
    for module in [m for name, m in sys.modules.items() if name.startswith("magplan.")]:
        for name, original, checked in (
            ("plan_from_dict", from_dict, whole_json),
            ("items_from_rows", from_rows, whole_rows),
        ):
            if getattr(module, name, None) is original:
                monkeypatch.setattr(module, name, checked)
