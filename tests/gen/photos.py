"""Phone photos of printed plans: each page on a desk, in perspective, unevenly lit with a
shadow, JPEG-compressed; one page as a .jpg, several as an image-only PDF of JPEG pages.
Half of the approval blocks and half of the signatures are signed: a blue pen signature
across the print around the name.

The conditions vary as real photos do, each drawn for the document from a source of its own
(so that a plan and its picture stay those of its seed): landscape pages, a sheet that curls
up at one edge, the sheet taking only a part of the frame with a dark desk around, the lens's
vignette, heavy JPEG, and the picture stored sideways or upside down (a phone held turned).
"""

from __future__ import annotations

import random
from pathlib import Path

from tests.gen import write_expected
from tests.gen._docx import DocxStyle
from tests.gen._pdf import OfficeLayout, office_pdf
from tests.gen._random import family_plan
from tests.gen._scan import curled, photographed, render_pages, save_pages, signed, text_box, turn
from tests.gen._spec import expected_json

# The camera's resolution over the sheet: a 12-megapixel phone a little above an A4 page.
DPI = 220


def build(out_dir: Path, count: int, seed: int) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for index in range(count):
        rng, spec = family_plan("photos", seed, index)
        look = random.Random(f"photo-conditions/{seed}/{index}")
        printed = out_dir / f".photo-{seed}-{index:03d}.pdf"
        office_pdf(spec, DocxStyle.random(rng), OfficeLayout(landscape=look.random() < 0.25), printed)
        pages = render_pages(printed, DPI)
        # A random source of its own: the plans and photos of a seed stay those made before signing.
        pen = random.Random(f"signature/{seed}/{index}")
        approver = spec.approval.name if spec.approval else None
        signer = spec.signatory.name if spec.signatory else None
        for page, name, last in ((0, approver, False), (len(pages) - 1, signer, True)):
            box = text_box(printed, page, name, DPI, last) if name and pen.random() < 0.5 else None
            if box is not None:
                pages[page] = signed(pages[page], box, DPI, pen)
        curl, wide, vignette = look.random() < 0.3, look.random() < 0.3, look.random() < 0.4
        held = look.choice((0, 0, 0, 0, 0, 90, 180, 270))
        quality = look.choice((0, 0, 45, 35))
        pages = [curled(page, look) if curl else page for page in pages]
        pages = [turn(photographed(page, rng, wide, vignette), held) for page in pages]
        printed.unlink()
        fmt = "jpg" if len(pages) == 1 else "pdf"
        path = out_dir / f"photo-{seed}-{index:03d}.{fmt}"
        save_pages(pages, path, DPI, fmt, quality)
        write_expected(path, expected_json(spec, path.name, fmt))
        paths.append(path)
    return paths
