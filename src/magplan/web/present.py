"""What the page shows besides the rows: the Russian words for fields and codes, and the calendar.

Both come from the one place the other human-facing outputs take them from
(`magplan.write.labels` for words, the workbook's «Календарь» rule for which
months an item falls in), so the page and the spreadsheet always agree.
"""

from __future__ import annotations

from typing import Any

from magplan import messages
from magplan.model import Plan
from magplan.write import labels
from magplan.write._xlsx_calendar import LEGEND, NO_PERIOD, calendar_year, month_mark


def for_page() -> dict[str, Any]:
    """Every label the page needs, keyed as the contract names fields and codes."""
    return {
        "columns": labels.COLUMN_LABELS,
        "kinds": labels.KIND_LABELS,
        "kind_titles": labels.KIND_TITLES,
        "precisions": labels.PRECISION_LABELS,
        "recurrences": labels.RECURRENCE_LABELS,
        "months": list(labels.MONTHS),
        "yes": labels.YES,
        "no": labels.NO,
    }


def with_russian(warnings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each warning (code, message, …) with its Russian sentence beside, as `ru`."""
    return [dict(w, ru=messages.warning_text(str(w.get("code")), str(w.get("message")))) for w in warnings]


def calendar(plan: Plan) -> dict[str, Any]:
    """The year as twelve months, each with the items whose period touches it (as the workbook marks them);
    and the items without a period (recurring, or no date), with their wording."""
    year = calendar_year(plan)
    months: list[list[dict[str, Any]]] = [[] for _ in range(12)]
    undated = []
    dated = sorted(
        (index for index, item in enumerate(plan.records) if item.date_start and year is not None),
        key=lambda index: (plan.records[index].date_start, plan.records[index].date_end),
    )
    for index in dated:
        item = plan.records[index]
        for month in range(1, 13):
            mark = month_mark(item, year, month) if year is not None else None
            if mark:
                months[month - 1].append({"item": index, "mark": mark, "approximate": item.approximate})
    with_period = set(dated)
    for index, item in enumerate(plan.records):
        if index not in with_period:
            wording = labels.RECURRENCE_LABELS[item.recurrence] if item.recurrence else item.date_text or NO_PERIOD
            undated.append({"item": index, "wording": wording})
    return {"year": year, "months": months, "undated": undated, "legend": LEGEND}
