"""Text PDFs → `Layout`: the reader that the registry names for ``.pdf``.

What is inside:

* `words` — printed glyphs → words → lines → text: words from the glyphs'
  gaps, footnote markers from size and raised baseline, paragraphs from the
  geometry of line wrapping (`join_lines`, also used by the OCR reader);
* `read` — a document's pages → `Layout`: ruled tables as grids of cells,
  the text around them as paragraphs, running heads and page numbers left out;
* `plain` — plan tables printed without ruling lines, as a cell grid found
  from the header words and the columns' alignment.

Only `extract` is imported with the package; pdfplumber and the page
machinery load when a PDF is read, so that the OCR reader can share `words`
without them.
"""

from __future__ import annotations

from pathlib import Path

from magplan.layout import Layout


def extract(path: Path) -> Layout:
    """Read a text PDF (a scan raises `NeedsOCR`)."""
    from magplan.extract.pdf.read import extract as read

    return read(path)
