"""The workbook's table sheets: items (all of them, and one sheet per kind) and the document's metadata."""

from __future__ import annotations

import pandas as pd
from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from magplan.messages import warning_text
from magplan.model import KINDS, SCHEMA, TABLE_COLUMNS, Plan
from magplan.write._xlsx_cells import Value, finish_table, human_value, python_value, write_header, write_rows
from magplan.write.labels import COLUMN_LABELS, KIND_TITLES

ALL_SHEET = "Все"
DOCUMENT_SHEET = "Документ"


def _is_empty(column: pd.Series) -> bool:
    return all(python_value(v) in (None, "") for v in column)


def write_items_sheet(wb: Workbook, title: str, frame: pd.DataFrame, drop_empty: bool = False) -> Worksheet:
    """One row per item of `frame` (the contract's table, of one plan or many), Russian headers.

    With `drop_empty`, columns that no row fills are left out: a sheet of city
    anniversaries has no organizers, and empty columns only push the data
    off the printed page.
    """
    ws: Worksheet = wb.create_sheet(title)
    columns = [name for name in TABLE_COLUMNS if not (drop_empty and _is_empty(frame[name]))]
    write_header(ws, [COLUMN_LABELS[name] for name in columns])
    rows = (
        [human_value(name, v) for name, v in zip(columns, values, strict=True)]
        for values in frame[columns].itertuples(index=False, name=None)
    )
    write_rows(ws, rows)
    finish_table(ws, last_row=len(frame) + 1)
    return ws


def write_kind_sheets(wb: Workbook, frame: pd.DataFrame) -> list[Worksheet]:
    """A sheet per kind of item that `frame` has, in the contract's order of kinds."""
    sheets = []
    for kind in KINDS:
        part = frame[frame["kind"] == kind]
        if len(part):
            sheets.append(write_items_sheet(wb, KIND_TITLES[kind], part, drop_empty=True))
    return sheets


def _document_rows(plan: Plan) -> list[tuple[Value, ...]]:
    doc = plan.document
    rows: list[tuple[Value, ...]] = [("Заголовок", doc.title), ("Год", doc.year)]
    if doc.year_end != doc.year:
        # Only a plan of several years has a last year of its own: a clerk who edits «Год» moves the plan.
        rows.append(("Последний год", doc.year_end))
    if doc.approval:
        rows += [
            ("Утверждает: должность", doc.approval.position),
            ("Утверждает: подпись", doc.approval.name),
            ("Дата утверждения", doc.approval.date_text),
            ("Номер документа об утверждении", doc.approval.number),
        ]
    else:
        rows.append(("Утверждение", "нет"))
    if doc.signatory:
        rows += [("Подписал: должность", doc.signatory.position), ("Подписал: подпись", doc.signatory.name)]
    else:
        rows.append(("Подпись", "нет"))
    if doc.footnotes:
        rows += [(f"Сноска {i}", text) for i, text in enumerate(doc.footnotes, start=1)]
    else:
        rows.append(("Сноски", "нет"))
    rows += [("Источник", doc.source), ("Формат", doc.format), ("Схема данных", SCHEMA)]
    rows.append(("Пунктов всего", len(plan.records)))
    for kind in KINDS:
        count = sum(1 for item in plan.records if item.kind == kind)
        if count:
            rows.append((f"Пунктов: {KIND_TITLES[kind]}", count))
    for i, warning in enumerate(plan.warnings, start=1):
        text = warning_text(warning.code, warning.message)
        if warning.item is not None:
            # Point at the row a reader can find: the «Все» sheet has one row per item after its header.
            text += f" (строка {warning.item + 2} на листе «{ALL_SHEET}»)"
        # The code and the program's own message beside the Russian, so the warning reads back whole.
        rows.append((f"Предупреждение {i}", text, warning.code, warning.message))
    if not plan.warnings:
        rows.append(("Предупреждения", "нет"))
    return rows


def write_document_sheet(wb: Workbook, plan: Plan) -> Worksheet:
    """The plan's metadata and warnings, one «field — value» row each."""
    ws: Worksheet = wb.create_sheet(DOCUMENT_SHEET)
    rows = _document_rows(plan)
    write_header(ws, ["Поле", "Значение", *(["Код", "Сообщение программы"] if plan.warnings else [])])
    write_rows(ws, rows)
    finish_table(ws, autofilter=False)
    return ws
