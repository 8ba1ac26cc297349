"""Scans of plans made by hand: the prints kept in ``fixtures/blind-pdf`` (LibreOffice's of other
bodies' DOCX, Chromium's of their web pages), rasterized as an office scanner does.

The generated families print our generator's plans; these are other people's layouts (a heading
twice the text's size, a year named only in the running head, a page of the heading and the
approval alone, lettered sub-items, ranges wrapped in narrow columns).  The expected JSON is the
print's own, written by hand from the data the plan was made of.  What a print itself loses (a
cell's text past a fixed row height, a nested table laid over its cells) the scan loses too: the
set measures the reader, not a target every document can reach.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from tests.gen._scan import render_pages, save_pages, scanned, turn

PRINTS = Path(__file__).resolve().parent.parent.parent / "fixtures" / "blind-pdf"
CONTAINERS = ("pdf", "tiff-g4", "png", "tiff-lzw")
SUFFIXES = {"tiff-g4": "tiff", "tiff-lzw": "tif", "png": "png", "pdf": "pdf"}


def build(out_dir: Path, count: int, seed: int) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    prints = sorted(p for p in PRINTS.glob("*.pdf") if p.with_name(p.name + ".expected.json").exists())
    chosen = random.Random(f"handmade-scans/{seed}").sample(prints, min(count, len(prints)))
    paths: list[Path] = []
    for index, pdf in enumerate(chosen):
        rng = random.Random(f"handmade-scans/{seed}/{pdf.name}")
        dpi = rng.choice((200, 300))
        degrees = rng.choice((0, 0, 90, 180, 270))
        pages = [turn(scanned(page, rng, shaded=rng.random() < 0.25), degrees) for page in render_pages(pdf, dpi)]
        container = CONTAINERS[index % len(CONTAINERS)]
        if container == "png" and len(pages) > 1:
            container = "tiff-lzw"
        path = out_dir / f"{pdf.stem}.{SUFFIXES[container]}"
        save_pages(pages, path, dpi, container)
        shutil.copy(pdf.with_name(pdf.name + ".expected.json"), path.with_name(path.name + ".expected.json"))
        paths.append(path)
    return paths
