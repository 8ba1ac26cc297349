"""What a PDF engine hands the reader for one page: glyphs and ruling lines.

Both engines (`plumber`, the reference, and `pdfium`) fill the same
`PageContent`, so that everything after it — words, lines, grids, the
layout — is one code path whatever engine read the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from magplan.extract.pdf.grid import Bbox, Rule
from magplan.extract.pdf.words import Glyph, TurnedGlyph

# The engines a reader can use; the first is the default.
ENGINES = ("pdfium", "pdfplumber")


@dataclass(slots=True)
class PageContent:
    number: int  # 1-based
    width: float
    height: float
    glyphs: list[Glyph] = field(default_factory=list)  # upright glyphs, in content order
    turned: list[TurnedGlyph] = field(default_factory=list)  # glyphs turned a quarter round
    rules: list[Rule] = field(default_factory=list)
    bullets: list[Bbox] = field(default_factory=list)  # list bullets drawn as dots or squares
    boxes: list[Bbox] = field(default_factory=list)  # closed shapes a line high (`grid.shape_boxes`)
    has_images: bool = False
    images: list[Bbox] = field(default_factory=list)  # where pictures are drawn
    chars: int = 0  # every character of the text layer, upright or not
    unmapped: int = 0  # characters whose font has no Unicode mapping for them
