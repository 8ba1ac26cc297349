"""CSV of the items table.

Two dialects: ``rfc4180`` (the default: UTF-8 with a byte-order mark, commas,
CRLF per RFC 4180) and ``excel-ru`` (UTF-8 with BOM, ``;`` and CRLF, which
Russian-locale Excel opens by double-click).  No ``sep=`` line: it makes
Excel ignore the BOM.  List fields are joined with ``"; "``, dates are ISO.

Text that a spreadsheet would run as a formula (starting with ``= + - @``,
tab or CR) is prefixed with an apostrophe, as OWASP recommends for CSV
injection; a plan title is never a formula.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from magplan.model import DATE_COLUMNS, LIST_COLUMNS, TABLE_COLUMNS, Plan

DIALECTS = {"rfc4180": ",", "excel-ru": ";"}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def guard_formula(text: str) -> str:
    """OWASP CSV-injection guard: text that starts like a formula gets a leading «'»."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _cell(name: str, value: Any) -> str:
    if value is None:
        return ""
    if name in LIST_COLUMNS:
        return guard_formula("; ".join(value))
    if name in DATE_COLUMNS:
        return str(value.isoformat())
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return guard_formula(value)
    return str(value)


def rows(plans: list[Plan]) -> list[list[str]]:
    header = list(TABLE_COLUMNS)
    out = [header]
    for plan in plans:
        for item in plan.records:
            row = [str(plan.document.year or ""), guard_formula(plan.document.source)]
            row += [_cell(name, getattr(item, name)) for name in header[2:]]
            out.append(row)
    return out


def render_many(plans: list[Plan], dialect: str = "rfc4180") -> bytes:
    if dialect not in DIALECTS:
        raise ValueError(f"unknown CSV dialect {dialect!r} (known: {', '.join(DIALECTS)})")
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=DIALECTS[dialect], lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(rows(plans))
    return buffer.getvalue().encode("utf-8-sig")


def render(plan: Plan, dialect: str = "rfc4180", **options: Any) -> bytes:
    return render_many([plan], dialect)
