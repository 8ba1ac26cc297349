"""HTML plans of every shape as portal, Word («Save as Web Page»), Google Docs
and hand-written pages: the shapes of `docx_shapes`, printed as each producer
prints them (lists in cells, rowspans, class styles, footnote links)."""

from __future__ import annotations

from pathlib import Path

from tests.gen import write_expected
from tests.gen._html import PRODUCERS, plan_html
from tests.gen._random import family_plan
from tests.gen._spec import expected_json


def build(out_dir: Path, count: int, seed: int) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for index in range(count):
        _, spec = family_plan("html_shapes", seed, index, variety=True)
        producer = PRODUCERS[index % len(PRODUCERS)]
        path = out_dir / f"html-{producer}-{seed}-{index:03d}.html"
        path.write_text(plan_html(spec, producer), encoding="utf-8")
        write_expected(path, expected_json(spec, path.name, "html"))
        paths.append(path)
    return paths
