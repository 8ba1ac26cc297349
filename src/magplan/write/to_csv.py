"""CSV of the items table.

Two dialects:

- ``rfc4180`` (the default), for programs: UTF-8 with a byte-order mark,
  commas, CRLF per RFC 4180; the contract's field names and codes (``event``,
  ``month``), ``true``/``false``, ISO dates, list fields joined with ``"; "``.
- ``excel-ru``, for people who open it in a Russian-locale Excel by
  double-click: UTF-8 with BOM, ``;`` and CRLF, and everything as the workbook
  shows it (`magplan.write.labels`): Russian headers, the Russian words for
  codes, «да»/«нет», dates as ДД.ММ.ГГГГ, and lists one entry per line inside
  their (quoted) cell, since a ``"; "`` inside a value reads like the column
  separator.

No ``sep=`` line: it makes Excel ignore the BOM.  Text that a spreadsheet
would run as a formula (starting with ``= + - @``, tab or CR) is prefixed
with an apostrophe, as OWASP recommends for CSV injection; a plan title is
never a formula.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

from magplan.model import DATE_COLUMNS, LIST_COLUMNS, PERIOD_COLUMNS, TABLE_COLUMNS, Plan, periods_text
from magplan.write.labels import COLUMN_LABELS, cell_value, date_label

DIALECTS = {"rfc4180": ",", "excel-ru": ";"}
HUMAN_DIALECTS = frozenset({"excel-ru"})
OPTIONS = ("dialect",)  # the keywords `magplan.write.render` passes on
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def guard_formula(text: str) -> str:
    """OWASP CSV-injection guard: text that starts like a formula gets a leading «'»."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def _cell(name: str, value: Any) -> str:
    if value is None:
        return ""
    if name in PERIOD_COLUMNS:  # ISO 8601 intervals, «start/end», «../end» for a deadline
        return periods_text(value)
    if name in LIST_COLUMNS:
        return guard_formula("; ".join(value))
    if name in DATE_COLUMNS:
        return str(value.isoformat())
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return guard_formula(value)
    return str(value)


def _human_cell(name: str, value: Any) -> str:
    shown = cell_value(name, value)
    if shown is None:
        return ""
    if isinstance(shown, dt.date):
        return date_label(shown)
    if isinstance(shown, str):
        return guard_formula(shown)
    return str(shown)


def rows(plans: list[Plan], dialect: str = "rfc4180") -> list[list[str]]:
    """The table as text cells, header first, as `dialect` writes it."""
    human = dialect in HUMAN_DIALECTS
    names = list(TABLE_COLUMNS)
    cell = _human_cell if human else _cell
    out = [[COLUMN_LABELS[name] for name in names] if human else names]
    for plan in plans:
        for item in plan.records:
            row = [str(plan.document.year or ""), guard_formula(plan.document.source)]
            row += [cell(name, getattr(item, name)) for name in names[2:]]
            out.append(row)
    return out


def table_bytes(table: list[list[str]], dialect: str) -> bytes:
    """`table` as CSV bytes in `dialect`."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown CSV dialect {dialect!r} (known: {', '.join(DIALECTS)})")
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=DIALECTS[dialect], lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(table)
    return buffer.getvalue().encode("utf-8-sig")


def render_many(plans: list[Plan], dialect: str = "rfc4180") -> bytes:
    if dialect not in DIALECTS:
        raise ValueError(f"unknown CSV dialect {dialect!r} (known: {', '.join(DIALECTS)})")
    return table_bytes(rows(plans, dialect), dialect)


def render(plan: Plan, dialect: str = "rfc4180") -> bytes:
    return render_many([plan], dialect)
