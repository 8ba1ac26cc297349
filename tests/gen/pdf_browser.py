"""Text PDFs that browsers print from the generated web pages: Chromium
(``--print-to-pdf``, with or without its header and footer lines) and
WeasyPrint, of portal, Word, Google Docs and hand-written pages and of an old
portal whose layout tables (bordered or coloured boxes) stand round the plan;
portrait or landscape, ruled (borders collapsed or each cell's own) or
borderless, the header row repeated only where the page asks for it
(`<thead>`); WeasyPrint also as its default prints (presentational hints off:
an old page's `border="1"` table printed without rules)."""

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


def build_one(out_dir: Path, seed: int, index: int, default_print: bool | None = None) -> Path:
    """The family's document `index` of `seed` (the same as `build` makes), with its expected JSON;
    `default_print` set: WeasyPrint's default print chosen so, not drawn (the documents that
    tests kept from before the choice was drawn)."""
    rng, spec = family_plan("pdf_browser", seed, index)
    printer = PRINTERS[index % len(PRINTERS)]
    producer = PAGES[(index // len(PRINTERS)) % len(PAGES)]
    layout = BrowserLayout(
        producer=producer,
        landscape=rng.random() < 0.3,
        borderless=rng.random() < 0.25,
        header_footer=printer == "chromium" and rng.random() < 0.5,
        colored_boxes=producer == "layout" and rng.random() < 0.5,
        separate_borders=rng.random() < 0.25,  # drawn after the others: their choices of a seed stay
    )
    # Drawn last (the other choices of a seed stay): WeasyPrint's default print, as
    # `weasyprint page.html out.pdf` makes it, presentational hints off.
    # Only pages with presentational attributes print differently (`border="1"`, `cellpadding`).
    drawn = printer == "weasyprint" and producer in ("portal", "word", "layout") and rng.random() < 0.5
    layout.default_print = drawn if default_print is None else default_print and printer == "weasyprint"
    path = out_dir / f"{printer}-{describe(layout)}-{seed}-{index:03d}.pdf"
    browser_pdf(spec, layout, printer, path)
    write_expected(path, expected_json(spec, path.name, "pdf"))
    return path
