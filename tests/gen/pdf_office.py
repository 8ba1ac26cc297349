"""Text PDFs that LibreOffice exports from the generated DOCX plans: portrait and
landscape pages, the header row repeated on each page or printed once, ruled
and borderless plan tables."""

from __future__ import annotations

from pathlib import Path

from tests.gen import write_expected
from tests.gen._docx import DocxStyle
from tests.gen._pdf import OfficeLayout, describe, office_pdf
from tests.gen._random import family_plan
from tests.gen._spec import expected_json


def build(out_dir: Path, count: int, seed: int) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    return [build_one(out_dir, seed, index) for index in range(count)]


def build_one(out_dir: Path, seed: int, index: int) -> Path:
    """The family's document `index` of `seed` (the same as `build` makes), with its expected JSON."""
    rng, spec = family_plan("pdf_office", seed, index)
    style = DocxStyle.random(rng)
    layout = OfficeLayout(landscape=rng.random() < 0.3, borderless=index % 4 == 3)
    path = out_dir / f"office-{describe(layout)}-{seed}-{index:03d}.pdf"
    office_pdf(spec, style, layout, path)
    write_expected(path, expected_json(spec, path.name, "pdf"))
    return path
