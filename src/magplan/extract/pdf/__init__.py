"""Text PDFs → `Layout`: the reader that the registry names for ``.pdf``.

What is inside:

* `words` — printed glyphs → words → lines → text: words from the glyphs'
  gaps, footnote markers from size and raised baseline, paragraphs from the
  geometry of line wrapping (`join_lines`, also used by the OCR reader);
* `read` — a document's pages → `Layout`: ruled tables as grids of cells,
  the text around them as paragraphs, running heads and page numbers left out;
* `grid` — ruling lines → table grids (cells, spans, rows a page break left
  open, tables inside layout tables);
* `plain` — plan tables printed without ruling lines, as a cell grid found
  from the header words and the columns' alignment;
* `page` — `PageContent`, what an engine hands over: glyphs, rules, images;
* `pdfium` — the default engine: glyphs and paths straight from pdfium;
* `plumber` — the reference engine: pdfminer's parse through pdfplumber.

Only `extract` is imported with the package; the engines and the page
machinery load when a PDF is read, so that the OCR reader can share `words`
without them.
"""

from __future__ import annotations

from pathlib import Path

from magplan.layout import Layout


def extract(path: Path, engine: str = "pdfium") -> Layout:
    """Read a text PDF (a scan raises `NeedsOCR`) with `engine`: "pdfium" (fast) or "pdfplumber" (the reference)."""
    from magplan.extract.pdf.read import extract as read

    return read(path, engine)
