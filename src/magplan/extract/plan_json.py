"""`.json` input: the contract (SCHEMA.md, schema ``magplan/1``) read back into a `Plan`.

A JSON plan is data already, so this reader returns a `Plan` without a
`Layout`.  Every value is checked against the contract's types and codes
before it becomes a field (a JSON file may have been written by hand or by
another program); the first value that does not fit is one `InputError` that
names it (``items[3].date_start: '2026-02-30' is not an ISO date``).  Fields
the file leaves out get the contract's empty value; fields the contract does
not know are ignored with a warning.

The file's size is bounded where every input's is (`magplan.limits`, checked
by `magplan.extract.read_data`).  The plan keeps the file's fields as they are: nothing is re-derived, so a
plan written as JSON and read back is the same plan.  Only the provenance
changes: `document.source` and `document.format` name the JSON file that was
read (`plan_from_dict` keeps them as written, for the batch cache).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any, get_args

from magplan.errors import DamagedFile, InputError
from magplan.model import (
    DATE_COLUMNS,
    ITEM_COLUMNS,
    KINDS,
    LIST_COLUMNS,
    SCHEMA,
    Approval,
    DocumentInfo,
    Item,
    Period,
    Plan,
    PlanWarning,
    Precision,
    Recurrence,
    Signatory,
)

_CODES: dict[str, tuple[str, ...]] = {
    "kind": KINDS,
    "date_precision": get_args(Precision),
    "recurrence": get_args(Recurrence),
}
_NOT_NULL = ("kind", "section", "title")
_ITEM_FIELDS = {f.name: f for f in dataclasses.fields(Item)}


class BadPlanData(InputError):
    """A JSON value that the contract does not allow."""


def read_plan(path: Path) -> Plan:
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise DamagedFile(f"not a JSON plan: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise DamagedFile(f"not a JSON plan: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise DamagedFile("not a JSON plan: nested too deeply") from None
    plan = plan_from_dict(data)
    plan.document.source, plan.document.format = path.name, "json"
    return plan


def plan_from_dict(data: Any) -> Plan:
    """The inverse of `Plan.to_dict()`, checking every value against the contract."""
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise BadPlanData("not a JSON plan: an object with «document» and «items» is expected (SCHEMA.md)")
    schema = data.get("schema", SCHEMA)
    if schema != SCHEMA:
        raise BadPlanData(f"not a JSON plan of schema {SCHEMA!r} (it says {schema!r})")
    warnings: list[PlanWarning] = []
    document = _document(data.get("document") or {}, warnings)
    items = [_item(raw, f"items[{i}]", warnings) for i, raw in enumerate(data["items"])]
    for i, raw in enumerate(_list(data.get("warnings", []), "warnings")):
        where = f"warnings[{i}]"
        raw = _object(raw, where)
        item = _int(raw.get("item"), f"{where}.item")
        code = _text(raw.get("code"), f"{where}.code") or ""
        warnings.append(PlanWarning(code, _text(raw.get("message"), f"{where}.message") or "", item))
    return Plan(document, items, warnings)


# -- values ----------------------------------------------------------------------


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise BadPlanData(f"{where}: an object is expected, not {_show(value)}")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise BadPlanData(f"{where}: a list is expected, not {_show(value)}")
    return value


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


def _text(value: Any, where: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise BadPlanData(f"{where}: text is expected, not {_show(value)}")


def _int(value: Any, where: str) -> int | None:
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise BadPlanData(f"{where}: a whole number is expected, not {_show(value)}")


def _date(value: Any, where: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise BadPlanData(f"{where}: {_show(value)} is not an ISO date (YYYY-MM-DD)")


def _strings(value: Any, where: str) -> list[str]:
    values = _list(value, where)
    if not all(isinstance(v, str) for v in values):
        raise BadPlanData(f"{where}: a list of texts is expected, not {_show(value)}")
    return list(values)


def _pairs(value: Any, where: str) -> list[Period]:
    """`occurrences`: [start, end] pairs of ISO dates; a deadline's start is null, an end never is."""
    pairs: list[Period] = []
    for i, pair in enumerate(_list(value, where)):
        if not isinstance(pair, list) or len(pair) != 2:
            raise BadPlanData(f"{where}[{i}]: a [start, end] pair is expected, not {_show(pair)}")
        start, end = _date(pair[0], f"{where}[{i}][0]"), _date(pair[1], f"{where}[{i}][1]")
        if end is None:
            raise BadPlanData(f"{where}[{i}]: a period needs its end date")
        if start and end < start:
            raise BadPlanData(f"{where}[{i}]: the period ends before it starts")
        pairs.append((start, end))
    return pairs


# -- parts ---------------------------------------------------------------------------


def _item(raw: Any, where: str, warnings: list[PlanWarning]) -> Item:
    raw = _object(raw, where)
    values: dict[str, Any] = {}
    for name, field in _ITEM_FIELDS.items():
        path = f"{where}.{name}"
        if name not in raw:
            if name in ("kind", "title"):
                raise BadPlanData(f"{path} is missing")
            has_default = field.default is not dataclasses.MISSING or field.default_factory is not dataclasses.MISSING
            if not has_default:
                values[name] = "" if name == "section" else None
            continue
        value = raw[name]
        dtype = ITEM_COLUMNS.get(name, "object")
        if name in LIST_COLUMNS:
            values[name] = _strings(value, path)
        elif name == "occurrences":
            values[name] = _pairs(value, path)
        elif name in DATE_COLUMNS:
            values[name] = _date(value, path)
        elif dtype == "bool":
            if not isinstance(value, bool):
                raise BadPlanData(f"{path}: true or false is expected, not {_show(value)}")
            values[name] = value
        elif dtype == "Int64":
            values[name] = _int(value, path)
        else:
            text = _text(value, path)
            if text is None and name in _NOT_NULL:
                raise BadPlanData(f"{path}: text is expected, not null")
            if name in _CODES and text is not None and text not in _CODES[name]:
                raise BadPlanData(f"{path}: {_show(text)} is not one of {', '.join(_CODES[name])}")
            values[name] = text
    start, end = values.get("date_start"), values.get("date_end")
    if start and end and end < start:
        raise BadPlanData(f"{where}: date_end is before date_start")
    unknown = sorted(set(raw) - set(_ITEM_FIELDS) - {"year", "source"})
    if unknown:
        message = f"{where}: fields not in the contract ignored: {', '.join(unknown)}"
        warnings.append(PlanWarning("unknown_field", message))
    return Item(**values)


def _person(cls: type[Any], raw: Any, where: str) -> Any:
    if raw is None:
        return None
    raw = _object(raw, where)
    values = {}
    for field in dataclasses.fields(cls):
        value = raw.get(field.name)
        values[field.name] = _text(value, f"{where}.{field.name}")
    if not values.get("position"):
        raise BadPlanData(f"{where}.position: text is expected")
    return cls(**values)


def _document(raw: Any, warnings: list[PlanWarning]) -> DocumentInfo:
    raw = _object(raw, "document")
    values: dict[str, Any] = {
        "source": _text(raw.get("source"), "document.source") or "",
        "format": _text(raw.get("format"), "document.format") or "json",
    }
    for field in dataclasses.fields(DocumentInfo):
        name = field.name
        if name in values or name not in raw:
            continue
        where = f"document.{name}"
        if name == "signatory":
            values[name] = _person(Signatory, raw[name], where)
        elif name == "approval":
            values[name] = _person(Approval, raw[name], where)
        elif name == "footnotes":
            values[name] = _strings(raw[name], where)
        elif name.startswith("year"):
            values[name] = _int(raw[name], where)
        else:
            values[name] = _text(raw[name], where)
    unknown = sorted(set(raw) - {f.name for f in dataclasses.fields(DocumentInfo)})
    if unknown:
        message = f"document: fields not in the contract ignored: {', '.join(unknown)}"
        warnings.append(PlanWarning("unknown_field", message))
    return DocumentInfo(**values)
