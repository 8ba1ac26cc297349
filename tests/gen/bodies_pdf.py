"""Plans of other bodies (`bodies_shapes`) printed to text PDF: the python-docx DOCX
exported by LibreOffice, and the Word, Google Docs and LibreOffice web pages printed
by Chromium (``--print-to-pdf``, with or without its header and footer lines) and
WeasyPrint; portrait or landscape.  Every ninth document is a table that is no plan,
printed by a browser, which must be refused.

A conversion costs seconds: keep the counts that tests build small."""

from __future__ import annotations

import random
from pathlib import Path

from tests.gen import write_expected
from tests.gen._html_bodies import bodies_html
from tests.gen._pdf import BrowserLayout, docx_pdf, print_html, with_print_styles
from tests.gen._pydocx import PyDocxStyle, write_plan_pydocx
from tests.gen._spec import expected_json
from tests.gen.bodies_shapes import family_spec, refused_html

PRINTERS = ("office", "chromium", "weasyprint")
PAGES = ("word", "google", "libre")


def build(out_dir: Path, count: int, seed: int) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    return [build_one(out_dir, seed, index) for index in range(count)]


def build_one(out_dir: Path, seed: int, index: int) -> Path:
    """The family's document `index` of `seed` (the same as `build` makes), with its expected JSON
    (or its ``.expect-error`` when it is no plan)."""
    if index % 9 == 8:
        return _refused(out_dir, seed, index)
    rng, spec = family_spec("bodies_pdf", seed, index)
    printer = PRINTERS[index % len(PRINTERS)]
    if printer == "office":
        style = PyDocxStyle.random(rng)
        # On python-docx's template (Letter, Cambria, equal column shares) LibreOffice prints a
        # six-column plan a syllable a line (Word widens the columns to fit their words): the
        # page typed and the columns sized as people type and size them.
        style.sized_columns = style.office_page = True
        style.fit_words = rng.random() < 0.7  # drawn last: the other choices of a seed stay
        path = out_dir / f"bodies-office{'-landscape' * style.landscape}-{seed}-{index:03d}.pdf"
        docx_pdf(lambda source: write_plan_pydocx(spec, source, style), path)
    else:
        # Each ninth document (a refused one) takes a browser's turn: the pages rotate by one
        # each nine, so that both browsers print every producer's page.
        producer = PAGES[(index % 9 // len(PRINTERS) + index // 9) % len(PAGES)]
        # Google Docs and LibreOffice number a «№» column with an ordered list in some pages.
        spec.options["ol_numbers"] = producer in ("google", "libre") and rng.random() < 0.3
        layout = BrowserLayout(
            producer=producer,
            landscape=rng.random() < 0.4,
            header_footer=printer == "chromium" and rng.random() < 0.5,
        )
        tags = "".join(f"-{name}" for name in ("landscape", "header_footer") if getattr(layout, name))
        path = out_dir / f"bodies-{printer}-{producer}{tags}-{seed}-{index:03d}.pdf"
        print_html(with_print_styles(bodies_html(spec, producer), layout), printer, path, layout.header_footer)
    write_expected(path, expected_json(spec, path.name, "pdf"))
    return path


def _refused(out_dir: Path, seed: int, index: int) -> Path:
    """A table that is no plan, printed by a browser; `magplan` must refuse it (exit 2)."""
    rng = random.Random(f"bodies_pdf/refused/{seed}/{index}")
    html = refused_html(rng)
    printer = PRINTERS[1 + (index // 9) % 2]
    layout = BrowserLayout(producer="refused", landscape=rng.random() < 0.4)
    path = out_dir / f"bodies-refused-{printer}-{seed}-{index:03d}.pdf"
    print_html(with_print_styles(html, layout), printer, path)
    path.with_name(path.name + ".expect-error").write_text("not a plan\n", encoding="utf-8")
    return path
