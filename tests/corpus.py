"""Field-by-field comparison with the development corpus (as ../shared/tools/score.py does)."""

from __future__ import annotations

import importlib.util
import json
import unicodedata
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"
DOC_FIELDS = ("title", "year", "year_end", "signatory", "approval", "footnotes")
ITEM_FIELDS = (
    "kind", "section", "number", "title", "members", "place", "date_text", "date_start", "date_end",
    "date_precision", "occurrences", "recurrence", "approximate", "participation", "organizers", "note", "responsible",
    "age_years", "edition",
)  # fmt: skip


# Corpus documents that the work in progress does not read yet, each with the
# issue that covers it.  Tests over the corpus call `expect_pass` before their
# assertions: a pending document is an expected failure, and a test that finds
# it passing fails (strict), so that it is taken off this list.
PENDING: dict[str, str] = {}


def is_image(name: str) -> bool:
    """A scan or a photo: read by OCR."""
    return "scan" in name or "photo" in name or name.endswith((".tif", ".tiff", ".png", ".jpg", ".jpeg"))


def pending(name: str) -> pytest.MarkDecorator | tuple[()]:
    """The strict expected-failure mark of a pending document (for `pytest.param(..., marks=)`)."""
    if name in PENDING:
        return pytest.mark.xfail(reason=PENDING[name], strict=True)
    return ()


def norm(value: Any) -> Any:
    """Strings compare after NFC and whitespace collapsing; containers recursively."""
    if isinstance(value, str):
        return " ".join(unicodedata.normalize("NFC", value).split())
    if isinstance(value, list):
        return [norm(v) for v in value]
    if isinstance(value, dict):
        return {k: norm(v) for k, v in value.items()}
    return value


def expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((CORPUS / f"{name}.expected.json").read_text(encoding="utf-8"))
    return data


def mismatches(want: dict[str, Any], got: dict[str, Any], *, pages: bool = True) -> list[str]:
    """Every field where `got` (a Plan.to_dict()) differs from `want`; [] when equal."""
    out = [
        f"document.{key}: want {want['document'][key]!r}, got {got['document'].get(key)!r}"
        for key in DOC_FIELDS
        if norm(want["document"][key]) != norm(got["document"].get(key))
    ]
    if len(want["items"]) != len(got["items"]):
        out.append(f"items: want {len(want['items'])}, got {len(got['items'])}")
    fields = (*ITEM_FIELDS, "page") if pages else ITEM_FIELDS
    for index, (w, g) in enumerate(zip(want["items"], got["items"], strict=False)):
        for key in fields:
            if key not in g or norm(w[key]) != norm(g[key]) or type(w[key]) is not type(g[key]):
                out.append(f"item {index} ({w['kind']} №{w['number']}).{key}: want {w[key]!r}, got {g.get(key)!r}")
    return out


def documents(suffix: str = "") -> list[str]:
    """Names of the corpus documents with an expected JSON, by extension."""
    return sorted(p.name[: -len(".expected.json")] for p in CORPUS.glob(f"*{suffix}.expected.json"))


def params(names: list[str]) -> list[Any]:
    """`names` as pytest parameters, pending documents marked as strict expected failures."""
    return [pytest.param(name, marks=pending(name)) for name in names]


def scorer() -> ModuleType:
    """The acceptance scorer (`tests/tools/score.py`, a copy of ../shared/tools/score.py) as a module."""
    spec = importlib.util.spec_from_file_location("score", Path(__file__).parent / "tools" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
