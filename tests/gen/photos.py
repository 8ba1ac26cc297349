"""Phone photos of printed plans: each page on a desk, in perspective, unevenly lit with a
shadow, JPEG-compressed; one page as a .jpg, several as an image-only PDF of JPEG pages."""

from __future__ import annotations

from pathlib import Path

from tests.gen import write_expected
from tests.gen._docx import DocxStyle
from tests.gen._pdf import OfficeLayout, office_pdf
from tests.gen._random import family_plan
from tests.gen._scan import photographed, render_pages, save_pages
from tests.gen._spec import expected_json

# The camera's resolution over the sheet: a 12-megapixel phone a little above an A4 page.
DPI = 220


def build(out_dir: Path, count: int, seed: int) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for index in range(count):
        rng, spec = family_plan("photos", seed, index)
        printed = out_dir / f".photo-{seed}-{index:03d}.pdf"
        office_pdf(spec, DocxStyle.random(rng), OfficeLayout(), printed)
        pages = [photographed(page, rng) for page in render_pages(printed, DPI)]
        printed.unlink()
        fmt = "jpg" if len(pages) == 1 else "pdf"
        path = out_dir / f"photo-{seed}-{index:03d}.{fmt}"
        save_pages(pages, path, DPI, fmt)
        write_expected(path, expected_json(spec, path.name, fmt))
        paths.append(path)
    return paths
