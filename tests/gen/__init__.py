"""Hard-case generators: plans made from data, each with the JSON that data means.

A *family* is a module ``tests/gen/<family>.py`` (any public module of this
package) with

    build(out_dir: Path, count: int, seed: int) -> list[Path]

that writes `count` documents ``FILE`` into `out_dir`, each with
``FILE.expected.json`` beside it: the full contract JSON (SCHEMA.md) computed
from the data the document was generated from, never by parsing it.  The same
seed gives the same files.  A family that needs a program that is missing
(LibreOffice, Chromium, Tesseract…) raises `Unavailable`.

`FAMILIES` finds the modules by name, so adding a family is adding its module;
a family is imported only when it is built.  The shared parts:

* `_spec`: `PlanSpec` (a plan's data and layout choices), `expected_json`,
  `logical_rows` (the plan table as format-independent rows and cells);
* `_random`: `random_plan(rng, Shape(...))`, a random plan of any shape;
* `_docx`, `_html`: a `PlanSpec` printed as DOCX / as the HTML of a producer.

Build from the command line: ``python -m tests.gen OUT_DIR [family ...]``;
``make hardcases`` builds every family into a temporary folder and scores it
with ``tests/tools/score.py``.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

Builder = Callable[[Path, int, int], list[Path]]


class Unavailable(RuntimeError):
    """The family needs a program or library this machine does not have."""


def _family_names() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))


def _lazy(name: str) -> Builder:
    def build(out_dir: Path, count: int, seed: int) -> list[Path]:
        module = importlib.import_module(f"{__name__}.{name}")
        paths: list[Path] = module.build(out_dir, count, seed)
        return paths

    build.__name__ = f"build_{name}"
    return build


FAMILIES: dict[str, Builder] = {name: _lazy(name) for name in _family_names()}


def write_expected(path: Path, expected: dict[str, Any]) -> Path:
    """``FILE.expected.json`` beside `path`."""
    out = path.with_name(path.name + ".expected.json")
    out.write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out
