"""Text PDFs that browsers print from the generated web pages: Chromium
(``--print-to-pdf``, with or without its header and footer lines) and
WeasyPrint, of portal, Word, Google Docs and hand-written pages and of an old
portal whose layout tables (bordered or coloured boxes) stand round the plan;
portrait or landscape, ruled (borders collapsed or each cell's own) or
borderless, the header row repeated only where the page asks for it
(`<thead>`)."""

from __future__ import annotations

from pathlib import Path

from tests.gen import write_expected
from tests.gen._html import PRODUCERS
from tests.gen._pdf import BrowserLayout, browser_pdf, describe
from tests.gen._random import family_plan
from tests.gen._spec import expected_json

PRINTERS = ("chromium", "weasyprint")
PAGES = (*PRODUCERS, "layout")


def build(out_dir: Path, count: int, seed: int) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    return [build_one(out_dir, seed, index) for index in range(count)]


def build_one(out_dir: Path, seed: int, index: int) -> Path:
    """The family's document `index` of `seed` (the same as `build` makes), with its expected JSON."""
    rng, spec = family_plan("pdf_browser", seed, index)
    printer = PRINTERS[index % len(PRINTERS)]
    producer = PAGES[(index // len(PRINTERS)) % len(PAGES)]
    layout = BrowserLayout(
        producer=producer,
        landscape=rng.random() < 0.3,
        borderless=rng.random() < 0.25,
        header_footer=printer == "chromium" and rng.random() < 0.5,
        colored_boxes=producer == "layout" and rng.random() < 0.5,
        separate_borders=rng.random() < 0.25,  # drawn last: the other choices of a seed stay as they were
    )
    path = out_dir / f"{printer}-{describe(layout)}-{seed}-{index:03d}.pdf"
    browser_pdf(spec, layout, printer, path)
    write_expected(path, expected_json(spec, path.name, "pdf"))
    return path
