"""Scanned plans as image files: pages stored turned by 90, 180 or 270 degrees (or not), as a
1-bit CCITT G4 TIFF, a gray LZW or a colour JPEG multi-page TIFF, a PNG, or an image-only PDF.

The conditions vary as office scans do, each drawn from a source of the document's own (so
that a plan and its pages stay those of its seed): 150 to 300 dpi, landscape pages, one edge
of the page darkened (the lid not closed), heavy JPEG in the JPEG containers.
"""

from __future__ import annotations

import random
from pathlib import Path

from tests.gen import write_expected
from tests.gen._docx import DocxStyle
from tests.gen._pdf import OfficeLayout, office_pdf
from tests.gen._random import family_plan
from tests.gen._scan import render_pages, save_pages, scanned, turn
from tests.gen._spec import expected_json

CONTAINERS = ("tiff-g4", "tiff-jpeg", "png", "tiff-lzw", "pdf")
FORMATS = {"tiff-g4": "tiff", "tiff-jpeg": "tiff", "tiff-lzw": "tif", "png": "png", "pdf": "pdf"}


def build(out_dir: Path, count: int, seed: int) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for index in range(count):
        rng, spec = family_plan("scans", seed, index)
        look = random.Random(f"scan-conditions/{seed}/{index}")
        layout = OfficeLayout(landscape=rng.random() < 0.3)
        turned = (90, 180, 270, 0)[index % 4]
        container = CONTAINERS[index % len(CONTAINERS)]
        dpi = rng.choice((200, 300))
        if look.random() < 0.35:
            dpi = look.choice((150, 175))
        shaded = look.random() < 0.3
        quality = look.choice((0, 0, 40, 30))
        printed = out_dir / f".scan-{seed}-{index:03d}.pdf"
        office_pdf(spec, DocxStyle.random(rng), layout, printed)
        pages = [turn(scanned(page, rng, shaded), turned) for page in render_pages(printed, dpi)]
        printed.unlink()
        if container == "png" and len(pages) > 1:
            container = "tiff-lzw"
        fmt = FORMATS[container]
        path = out_dir / f"scan-{container}-{turned}-{seed}-{index:03d}.{fmt}"
        save_pages(pages, path, dpi, container, quality)
        write_expected(path, expected_json(spec, path.name, fmt))
        paths.append(path)
    return paths
