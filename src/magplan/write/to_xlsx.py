"""Excel workbook (.xlsx) of a plan, for people who read the plan in a spreadsheet.

Sheets: «Для печати» (the plan as an office prints it: `_xlsx_print`), one
per kind of item present («Мероприятия», «Информационная работа», «Юбилеи
городов», «Дни городов»; columns that no row of the kind fills are left out),
«Все» with every item and every column, «Календарь» (the items against the
months of the plan's year) and «Документ» (title, approval, signatory,
footnotes, source, warnings in Russian).

Everything a reader sees is in Russian (`magplan.write.labels`): headers,
the words for codes («Мероприятие», «месяц», «ежеквартально»), «да»/«нет» for
yes/no (text: Excel shows a boolean cell as ИСТИНА/ЛОЖЬ whatever its format),
lists one entry per line in their cell.  Dates are real dates shown as
ДД.ММ.ГГГГ and numbers are numbers, so that sorting and filtering work.
`read_items` maps all of it back: the «Все» sheet reads back into the same
table.

Text is always stored as a text cell, never as a formula, also when it starts
with ``= + - @`` (the OWASP formula-injection starts); such a cell is also
quote-prefixed, so that Excel keeps it text when someone edits it.  Unlike the
CSV guard, no apostrophe is added to the value itself, so it reads back
unchanged.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import IO, Any

import pandas as pd
from openpyxl import Workbook

from magplan.model import DATE_COLUMNS, TABLE_COLUMNS, Plan
from magplan.write._xlsx_calendar import CALENDAR_SHEET, write_calendar_sheet
from magplan.write._xlsx_print import PRINT_SHEET, plan_rows, write_print_sheet
from magplan.write._xlsx_sheets import (
    ALL_SHEET,
    DOCUMENT_SHEET,
    write_document_sheet,
    write_items_sheet,
    write_kind_sheets,
)
from magplan.write.labels import FIELD_BY_LABEL, field_from_cell

__all__ = [
    "ALL_SHEET",
    "CALENDAR_SHEET",
    "DOCUMENT_SHEET",
    "PRINT_SHEET",
    "read_items",
    "render",
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


def render(plan: Plan) -> bytes:
    """The plan's workbook."""
    wb = new_workbook(plan.document.title)
    frame = plan.items
    write_print_sheet(wb, plan_rows(plan))
    write_kind_sheets(wb, frame)
    write_items_sheet(wb, ALL_SHEET, frame)
    write_calendar_sheet(wb, plan)
    write_document_sheet(wb, plan)
    # So that reading an edited copy can tell which sheet the edits were made on.
    from magplan.extract._xlsx_edits import stamp

    stamp(wb)
    return workbook_bytes(wb)


def read_items(source: str | Path | bytes | IO[bytes]) -> pd.DataFrame:
    """The «Все» sheet of a workbook written here (a plan's or an archive's), back as the contract's table.

    The Russian words are mapped back to codes, «да»/«нет» to booleans and the
    lines of a list cell to a list (`magplan.write.labels.field_from_cell`).
    """
    if isinstance(source, bytes):
        source = io.BytesIO(source)
    # Every cell as it is stored: only empty cells are missing values (a title «NA» is text),
    # and text stays text (without this pandas would read a title «007» as the number 7).
    raw = pd.read_excel(
        source, sheet_name=ALL_SHEET, dtype=object, keep_default_na=False, na_values=[""], engine="openpyxl"
    )
    raw = raw.rename(columns=FIELD_BY_LABEL)
    missing = [name for name in TABLE_COLUMNS if name not in raw.columns]
    if missing:
        raise ValueError(f"sheet «{ALL_SHEET}» lacks columns: {', '.join(missing)}")
    data: dict[str, pd.Series] = {}
    for name, dtype in TABLE_COLUMNS.items():
        values = [field_from_cell(name, None if _missing(v) else v) for v in raw[name]]
        if dtype == "object":
            data[name] = pd.Series(values, dtype="object")
        elif name in DATE_COLUMNS:
            data[name] = pd.Series(pd.to_datetime(values), dtype=dtype)
        elif dtype == "bool":
            data[name] = pd.Series([bool(v) for v in values], dtype=dtype)
        elif dtype == "string":
            text = pd.Series([None if v is None else str(v) for v in values], dtype="string")
            data[name] = text.fillna("") if name in _TEXT_NOT_NULL else text
        else:
            data[name] = pd.Series(values, dtype=pd.api.types.pandas_dtype(dtype))
    return pd.DataFrame(data)


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)  # NaN
