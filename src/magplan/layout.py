"""The intermediate representation every extractor produces.

An extractor knows its file format and nothing about plans: it turns a file
into an ordered list of paragraphs and ruled tables (`Layout`).  Everything
plan-specific (which table is the plan, where the title and signature are,
what a row means) happens later, once, in `magplan.assemble`.

Conventions all extractors follow:

* Cell and paragraph text keeps its line structure: paragraphs and line breaks
  become ``"\\n"``; runs of other whitespace (NBSP included) become one space.
* Text printed as a superscript footnote marker is written with Unicode
  superscript characters (``"МАГ" + "¹"``), so that a marker is never confused
  with a digit of the text.  `magplan.text.SUPERSCRIPTS` maps digits.
* A table is a grid: a cell spanning several columns has ``colspan > 1``, and
  a cell covered by a vertical merge from the row above is present, empty,
  with ``merged_up=True``.
* A line that separates two parts with a tab (a signature «position<TAB>name»)
  keeps the ``"\\t"``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Cell:
    text: str
    colspan: int = 1
    merged_up: bool = False
    # Every letter set in bold, where the reader sees fonts (a PDF): a section heading among
    # regular rows opens a page as itself, not as the rest of the row above.
    bold: bool = False
    # The lines of `text` (0-based) that are the rows of a table nested in the cell (DOCX, HTML):
    # listed sub-items, which in the event's cell are the item's members.
    listed: tuple[int, ...] = ()


@dataclass(slots=True)
class Row:
    cells: list[Cell]
    page: int | None = None
    # True where the source marks the row as a header (Word's tblHeader, <th>).
    is_header: bool = False
    # True where the source shows a page break cutting the row: its rest is the first row of
    # the next table (a PDF's table open at the page's foot and at the next page's head).
    cut_below: bool = False

    @property
    def texts(self) -> list[str]:
        return [c.text for c in self.cells]


@dataclass(slots=True)
class Table:
    rows: list[Row]
    page: int | None = None
    # False for tables printed without borders (layout tables, signature blocks).
    ruled: bool = True
    # True where the reader vouches that every cell's text is as `text.clean` leaves it, so
    # assembly need not clean it again (the HTML reader cleans each cell as it reads it).
    clean: bool = False


@dataclass(slots=True)
class Paragraph:
    text: str
    page: int | None = None
    align: str | None = None  # "left" | "center" | "right" | None when unknown


@dataclass(slots=True)
class Footnote:
    """A real footnote object (Word footnotes.xml): its marker and text."""

    marker: str
    text: str


@dataclass(frozen=True, slots=True)
class Doubt:
    """A word that OCR read unsurely and that reached the text unchanged: where it stands.

    `box` is (left, top, right, bottom) as fractions of the upright page's width
    and height, so that a viewer can cut the word out of the scan at any
    resolution and show it beside the text to check against the paper.
    """

    page: int  # 1-based
    text: str
    confidence: float  # 0-100, as the OCR engine reports it
    box: tuple[float, float, float, float]
    # Degrees the stored page was turned counter-clockwise to stand upright (a scan stored sideways).
    turned: int = 0


@dataclass(slots=True)
class ExtractWarning:
    code: str
    message: str


Block = Paragraph | Table


@dataclass(slots=True)
class Layout:
    blocks: list[Block] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    warnings: list[ExtractWarning] = field(default_factory=list)
    page_count: int | None = None
    # A web page's blocks: its paragraphs bound a signatory's position, and a name after its
    # position with a space (an `&nbsp;` run reads as one) was typed so (`requisites.signatory_lines`).
    web: bool = False
    # Words read unsurely by OCR, for display beside the data (empty for text documents).
    doubts: list[Doubt] = field(default_factory=list)
    # The lines of the pages' running heads and feet (a DOCX's header and footer parts), which are
    # no part of the blocks: a plan whose heading names no year may name it there alone.
    running: list[str] = field(default_factory=list)
