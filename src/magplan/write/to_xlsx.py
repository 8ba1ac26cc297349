"""Excel workbook (.xlsx) of a plan, for people who read the plan in a spreadsheet.

Sheets: one per kind of item present («Мероприятия», «Информационная работа»,
«Юбилеи городов», «Дни городов»; columns that no row of the kind fills are
left out), «Все» with every item and every column, «Календарь» (the items
against the months of the plan's year) and «Документ» (title, approval,
signatory, footnotes, source, warnings).

Cells keep the contract's types so that the «Все» sheet reads back into the
same table (`read_items`): dates are real dates shown as ДД.ММ.ГГГГ, numbers
are numbers, booleans are Excel booleans (ИСТИНА/ЛОЖЬ in a Russian Excel;
«да»/«нет» would not read back as booleans), lists are one cell joined with
``"; "``, and codes (``event``, ``month``, ``quarterly``) stay as in JSON.
Column headers are Russian (`magplan.write.labels`).

Text is always stored as a text cell, never as a formula, also when it starts
with ``= + - @`` (the OWASP formula-injection starts); such a cell is also
quote-prefixed, so that Excel keeps it text when someone edits it.  Unlike the
CSV guard, no apostrophe is added to the value itself, so it reads back
unchanged.

`render_many` builds the archive workbook of many plans from the same sheets.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

import pandas as pd
from openpyxl import Workbook

from magplan.model import DATE_COLUMNS, LIST_COLUMNS, TABLE_COLUMNS, Plan
from magplan.write._xlsx_calendar import CALENDAR_SHEET, write_calendar_sheet
from magplan.write._xlsx_sheets import (
    ALL_SHEET,
    DOCUMENT_SHEET,
    FAILURES_SHEET,
    SUMMARY_SHEET,
    write_document_sheet,
    write_failures_sheet,
    write_items_sheet,
    write_kind_sheets,
    write_summary_sheet,
)
from magplan.write.labels import COLUMN_LABELS, FIELD_BY_LABEL

__all__ = [
    "ALL_SHEET",
    "CALENDAR_SHEET",
    "DOCUMENT_SHEET",
    "FAILURES_SHEET",
    "SUMMARY_SHEET",
    "read_items",
    "render",
    "render_many",
    "workbook_bytes",
]

# Item fields that are never null: an empty cell stands for "" in them.
_TEXT_NOT_NULL = ("source", "kind", "section", "title")


def new_workbook(title: str | None = None) -> Workbook:
    wb = Workbook()
    wb.remove(wb.active)  # type: ignore[arg-type]  # a fresh Workbook always has its default sheet
    wb.properties.creator = "magplan"
    wb.properties.title = title
    return wb


def workbook_bytes(wb: Workbook) -> bytes:
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def render(plan: Plan, **options: Any) -> bytes:
    """The plan's workbook; `options` (such as the CSV dialect) do not apply to it."""
    wb = new_workbook(plan.document.title)
    frame = plan.items
    write_kind_sheets(wb, frame)
    write_items_sheet(wb, ALL_SHEET, frame)
    write_calendar_sheet(wb, plan)
    write_document_sheet(wb, plan)
    # So that reading an edited copy can tell which sheet the edits were made on.
    from magplan.extract._xlsx_edits import stamp

    stamp(wb)
    return workbook_bytes(wb)


def render_many(plans: Sequence[Plan], failures: Sequence[tuple[str, str]] = ()) -> bytes:
    """An archive workbook: «Все» (every item of every plan), «Сводка» (counts per plan), «Ошибки».

    `failures` are the inputs that could not be read, as (source, one-line reason).
    """
    from magplan.frame import items_frame

    wb = new_workbook("Планы мероприятий МАГ")
    write_items_sheet(wb, ALL_SHEET, items_frame(plans))
    write_summary_sheet(wb, plans)
    write_failures_sheet(wb, failures)
    return workbook_bytes(wb)


def read_items(source: str | Path | bytes | IO[bytes]) -> pd.DataFrame:
    """The «Все» sheet of a workbook written here, back as the contract's pandas table."""
    if isinstance(source, bytes):
        source = io.BytesIO(source)
    # Only empty cells are missing values (a title «NA» is text), and text stays
    # text: without `dtype` pandas would read a title «007» as the number 7.
    text_columns = {COLUMN_LABELS[n]: object for n, t in TABLE_COLUMNS.items() if t == "string" or n in LIST_COLUMNS}
    raw = pd.read_excel(
        source, sheet_name=ALL_SHEET, dtype=text_columns, keep_default_na=False, na_values=[""], engine="openpyxl"
    )
    raw = raw.rename(columns=FIELD_BY_LABEL)
    missing = [name for name in TABLE_COLUMNS if name not in raw.columns]
    if missing:
        raise ValueError(f"sheet «{ALL_SHEET}» lacks columns: {', '.join(missing)}")
    data: dict[str, pd.Series] = {}
    for name, dtype in TABLE_COLUMNS.items():
        column = raw[name]
        if name in LIST_COLUMNS:
            values = [v.split("; ") if isinstance(v, str) and v else [] for v in column]
            data[name] = pd.Series(values, dtype="object")
        elif name in DATE_COLUMNS:
            data[name] = pd.Series(pd.to_datetime(column), dtype=dtype)
        elif dtype == "string":
            text = column.astype("string")
            data[name] = text.fillna("") if name in _TEXT_NOT_NULL else text
        else:
            data[name] = column.astype(pd.api.types.pandas_dtype(dtype))
    return pd.DataFrame(data)
