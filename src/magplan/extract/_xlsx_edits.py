"""Which sheet of an edited magplan workbook holds the clerk's edits.

The workbook shows the items twice: on «Все» (every item, every column) and
on one sheet per kind («Мероприятия», «Дни городов»…), which opens first.  A
clerk may edit either, so neither can simply be ignored.  When magplan writes
the workbook it stamps a fingerprint of each part (the rows of each kind on
«Все», each kind's sheet) into a custom document property, which Excel and
LibreOffice keep.  Reading it back, a part whose fingerprint no longer matches
was edited:

* only a kind's sheet was edited → its rows replace that kind's rows of «Все»
  (in their places; rows added there follow the kind's last row);
* only «Все», or nothing → «Все» is read;
* both → «Все» is read, and a ``sheets_both_edited`` warning names the kind's
  sheet whose edits were not taken.

Without the property (a workbook saved by a tool that drops it), a kind's
sheet that differs from «Все» gives a ``sheet_differs`` warning and «Все» is read.
The fingerprint is computed by this module for the writer and the reader
alike, from the cells as a spreadsheet holds them, so that a re-save that
turns booleans into 1/0 or dates into serial numbers changes nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import TYPE_CHECKING, Any

from magplan.extract import _xlsx_values as values
from magplan.extract._xlsx_plan import SheetRow, sheet_rows
from magplan.model import KINDS, Kind, PlanWarning
from magplan.write._xlsx_sheets import ALL_SHEET
from magplan.write.labels import KIND_TITLES

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

PROPERTY = "magplan-sheet-fingerprints"


def _normal(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time(0, 0) else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return value
    return values.text(value)


def _row_key(row: SheetRow, fields: set[str] | None = None) -> list[Any]:
    cells = sorted((name, _normal(v)) for name, v in row.cells.items() if fields is None or name in fields)
    return [cells, sorted(row.extras) if fields is None else []]


def _fingerprint(rows: list[SheetRow]) -> str:
    data = json.dumps([_row_key(r) for r in rows], ensure_ascii=False, default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:32]


def _kind(row: SheetRow) -> str | None:
    try:
        return values.code(row.cells.get("kind"), "kind")
    except values.BadCell:
        return None


def _parts(wb: Workbook) -> tuple[list[SheetRow], dict[Kind, list[SheetRow]]]:
    """The rows of «Все», and the rows of each kind's sheet present (by kind)."""
    all_rows = sheet_rows(wb[ALL_SHEET])
    kind_rows = {kind: sheet_rows(wb[KIND_TITLES[kind]]) for kind in KINDS if KIND_TITLES[kind] in wb.sheetnames}
    return all_rows, kind_rows


def _fingerprints(all_rows: list[SheetRow], kind_rows: dict[Kind, list[SheetRow]]) -> dict[str, str]:
    out = {}
    for kind in KINDS:
        out[f"{ALL_SHEET}:{kind}"] = _fingerprint([r for r in all_rows if _kind(r) == kind])
        if kind in kind_rows:
            out[KIND_TITLES[kind]] = _fingerprint(kind_rows[kind])
    return out


def stamp(wb: Workbook) -> None:
    """Record the fingerprints of a workbook just written (before it is saved)."""
    from openpyxl.packaging.custom import StringProperty

    prints = _fingerprints(*_parts(wb))
    wb.custom_doc_props.append(  # type: ignore[attr-defined]  # in openpyxl 3.1, not in its stubs
        StringProperty(name=PROPERTY, value=json.dumps(prints, ensure_ascii=False))
    )


def _stamped(wb: Workbook) -> dict[str, str] | None:
    for prop in wb.custom_doc_props.props:  # type: ignore[attr-defined]
        if prop.name == PROPERTY:
            try:
                data = json.loads(str(prop.value))
            except ValueError:
                return None
            return data if isinstance(data, dict) else None
    return None


def edited_rows(wb: Workbook) -> tuple[list[SheetRow], list[PlanWarning]]:
    """The item rows to read: «Все», with a kind's rows taken from its own sheet where only that was edited."""
    all_rows, kind_rows = _parts(wb)
    stamped = _stamped(wb)
    now = _fingerprints(all_rows, kind_rows)
    warnings: list[PlanWarning] = []
    rows = all_rows
    for kind, own in kind_rows.items():
        title = KIND_TITLES[kind]
        if stamped is None:
            mine = [r for r in all_rows if _kind(r) == kind]
            columns = {name for r in own for name in r.cells}
            if [_row_key(r, columns) for r in own] != [_row_key(r, columns) for r in mine]:
                warnings.append(
                    PlanWarning("sheet_differs", f"sheet «{title}» differs from «{ALL_SHEET}»; «{ALL_SHEET}» was read")
                )
            continue
        own_edited = now.get(title) != stamped.get(title)
        all_edited = now[f"{ALL_SHEET}:{kind}"] != stamped.get(f"{ALL_SHEET}:{kind}")
        if own_edited and all_edited:
            warnings.append(
                PlanWarning(
                    "sheets_both_edited",
                    f"sheets «{title}» and «{ALL_SHEET}» were both edited; «{ALL_SHEET}» was read, "
                    f"the edits on «{title}» were not taken",
                )
            )
        elif own_edited:
            rows = _replace_kind(rows, kind, own)
    return rows, warnings


def _replace_kind(rows: list[SheetRow], kind: Kind, own: list[SheetRow]) -> list[SheetRow]:
    """`rows` with the rows of `kind` replaced by `own`, in the places the kind's rows held."""
    places = [i for i, r in enumerate(rows) if _kind(r) == kind]
    out: list[SheetRow | None] = list(rows)
    for place, row in zip(places, own, strict=False):
        out[place] = row
    for place in places[len(own) :]:
        out[place] = None  # rows deleted on the kind's sheet
    extra = own[len(places) :]
    at = (places[-1] + 1) if places else len(out)
    out[at:at] = extra
    return [r for r in out if r is not None]
