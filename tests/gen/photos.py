"""Phone photos of printed plans: each page on a desk, in perspective, unevenly lit with a
shadow, JPEG-compressed; one page as a .jpg, several as an image-only PDF of JPEG pages.
Half of the approval blocks and half of the signatures are signed: a blue pen signature
across the print around the name."""

from __future__ import annotations

import random
from pathlib import Path

from tests.gen import write_expected
from tests.gen._docx import DocxStyle
from tests.gen._pdf import OfficeLayout, office_pdf
from tests.gen._random import family_plan
from tests.gen._scan import photographed, render_pages, save_pages, signed, text_box
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
        pages = render_pages(printed, DPI)
        # A random source of its own: the plans and photos of a seed stay those made before signing.
        pen = random.Random(f"signature/{seed}/{index}")
        approver = spec.approval.name if spec.approval else None
        signer = spec.signatory.name if spec.signatory else None
        for page, name, last in ((0, approver, False), (len(pages) - 1, signer, True)):
            box = text_box(printed, page, name, DPI, last) if name and pen.random() < 0.5 else None
            if box is not None:
                pages[page] = signed(pages[page], box, DPI, pen)
        pages = [photographed(page, rng) for page in pages]
        printed.unlink()
        fmt = "jpg" if len(pages) == 1 else "pdf"
        path = out_dir / f"photo-{seed}-{index:03d}.{fmt}"
        save_pages(pages, path, DPI, fmt)
        write_expected(path, expected_json(spec, path.name, fmt))
        paths.append(path)
    return paths
