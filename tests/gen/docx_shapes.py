"""DOCX plans of every shape: other years and bodies, other headers, two-level
headers, date-first cells, sections as separate tables, tables split without a
header, numbered section rows, approval, signature and footnote variants."""

from __future__ import annotations

from pathlib import Path

from tests.gen import write_expected
from tests.gen._docx import DocxStyle, write_plan_docx
from tests.gen._random import family_plan
from tests.gen._spec import expected_json


def build(out_dir: Path, count: int, seed: int) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for index in range(count):
        rng, spec = family_plan("docx_shapes", seed, index, variety=True)
        path = out_dir / f"docx-{seed}-{index:03d}.docx"
        write_plan_docx(spec, path, DocxStyle.random(rng))
        write_expected(path, expected_json(spec, path.name, "docx"))
        paths.append(path)
    return paths
