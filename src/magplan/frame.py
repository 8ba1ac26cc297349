"""Plans as the contract's pandas table (imported only when a table is needed)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import pandas as pd

from magplan.model import DATE_COLUMNS, LIST_COLUMNS, PERIOD_COLUMNS, TABLE_COLUMNS

if TYPE_CHECKING:
    from magplan.model import Plan


def items_frame(plans: Iterable[Plan]) -> pd.DataFrame:
    """One row per item of every plan, with `year` and `source` first."""
    columns: dict[str, list[Any]] = {name: [] for name in TABLE_COLUMNS}
    for plan in plans:
        year, source = plan.document.year, plan.document.source
        for item in plan.records:
            columns["year"].append(year)
            columns["source"].append(source)
            for name in TABLE_COLUMNS:
                if name not in ("year", "source"):
                    columns[name].append(getattr(item, name))
    data: dict[str, pd.Series] = {}
    for name, dtype in TABLE_COLUMNS.items():
        values = columns[name]
        if name in LIST_COLUMNS or name in PERIOD_COLUMNS:
            data[name] = pd.Series([list(v) for v in values], dtype="object")
        elif name in DATE_COLUMNS:
            data[name] = pd.Series(pd.to_datetime(values), dtype=dtype)
        else:
            data[name] = pd.Series(values, dtype=dtype)
    return pd.DataFrame(data)
