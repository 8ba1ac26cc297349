"""HTML → `Layout`, with BeautifulSoup on the lxml parser.

A plan is published as a portal page (wrapper divs, menus, breadcrumbs, a page
heading that is not the plan's) or saved from an office suite (LibreOffice's
`<p>` in every cell, Word's `<o:p>`, `mso-` styles and conditional comments).
The page is flattened into the same paragraphs and tables a DOCX gives: text
of block elements in document order, leaf tables as grids (rowspan becomes
`merged_up` cells), tables that hold other tables read as page layout.  Which
table is the plan, and which paragraph its title, is left to `assemble`.
Site chrome is dropped by what the markup *means* (`<nav>`, `<aside>`, ARIA
roles, hidden elements), never by class names, which differ per site.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.dammit import EncodingDetector
from bs4.element import PageElement, PreformattedString

from magplan import limits
from magplan.errors import DamagedFile
from magplan.layout import Block, Cell, ExtractWarning, Layout, Paragraph, Row, Table
from magplan.text import BULLET_GLYPHS, clean, superscript

# Not `form`: ASP.NET portals wrap the whole page in one.
_SKIPPED = frozenset(
    {"head", "title", "script", "style", "template", "noscript", "nav", "aside", "button", "select", "textarea"}
    | {"iframe", "object", "svg", "canvas", "audio", "video", "map"}
)
# Elements that end a line of text (their content starts on a new line).
_BLOCKS = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "dt", "dd", "li", "blockquote", "pre", "hr"}
    | {"section", "article", "main", "address", "figure", "figcaption", "center", "table", "caption", "tr", "td"}
    | {"th", "fieldset", "legend", "details", "summary", "body", "header", "footer"}
)
# `header`/`footer` are site chrome only outside the page's content (HTML's own rule).
_CONTENT = frozenset({"article", "main", "section"})
_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"})
_BULLETS = BULLET_GLYPHS + "-–—*"
_WS = re.compile(r"[ \t\n\r\f]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all", re.I)
_RAISED_STYLE = re.compile(r"vertical-align\s*:\s*super", re.I)
_ALIGN_STYLE = re.compile(r"text-align\s*:\s*(left|center|right)", re.I)
_BORDER_STYLE = re.compile(r"\bborder(?:-(?:top|bottom|left|right))?(?:-style|-width)?\s*:\s*([^;\"']*)", re.I)
_INVISIBLE_BORDER = re.compile(r"^\s*(?:none|hidden|0*\.?0+(?:[a-z]+|%)?)(?:\s|$|!)", re.I)
# A link to a footnote in the same page, printed as its marker («1», «[1]», «*»).
_NOTE_LINK = re.compile(r"^\s*\[?(\d{1,2}|\*{1,3}|i)\]?\s*$")
# UTF-32 before UTF-16: their little-endian marks start alike.
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))  # fmt: skip
_CYRILLIC = re.compile(r"[а-яё]{3}", re.I)
_CSS_CELL_BORDERS = re.compile(
    r"(?:^|[},\s])(?:table|td|th)\b[^{}]*\{[^}]*?\bborder[^:]*:\s*(?!none|0[;\s}])[^;}]", re.I
)


def extract(path: Path) -> Layout:
    text = _decode(path.read_bytes())
    # lxml fetches nothing: no DTDs, no entities from outside, no stylesheets.
    soup = BeautifulSoup(text, "lxml", multi_valued_attributes=None)
    # One scan of the tag names instead of a find_all per question.
    names = {tag.name: tag for tag in soup.find_all(True)}
    styles = " ".join(s.get_text() for s in soup.find_all("style")) if "style" in names else ""
    page = _Page(default_ruled=bool(_CSS_CELL_BORDERS.search(styles)))
    # Without <main>/<article> a page's <header> may be the document's own heading.
    page.in_content = "main" not in names and "article" not in names
    page.walk(soup.body or soup)
    page.boundary()
    return Layout(blocks=page.blocks, warnings=page.warnings)


def _decode(data: bytes) -> str:
    """The page's text: BOM, else UTF-8 if it is valid, else the declared or the Russian legacy encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    if b"\x00" in data[:65536]:
        raise DamagedFile("not an HTML page (binary content)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Pages that declare a Western encoding for Russian text exist: Cyrillic must survive.
    declared = EncodingDetector.find_declared_encoding(data, is_html=True)
    decoded: list[str] = []
    for candidate in dict.fromkeys(filter(None, (declared, "cp1251"))):
        try:
            decoded.append(data.decode(candidate))
        except (LookupError, UnicodeDecodeError):
            continue
        if _CYRILLIC.search(decoded[-1]):
            return decoded[-1]
    return decoded[0] if decoded else data.decode("cp1251", errors="replace")


def _attr(tag: Tag, name: str) -> str:
    value = tag.attrs.get(name)  # always a string: the soup is built without multi-valued attributes
    return value if isinstance(value, str) else ""


def _hidden(tag: Tag) -> bool:
    if not tag.attrs:
        return False
    if "hidden" in tag.attrs or _attr(tag, "role").lower() in _CHROME_ROLES:
        return True
    style = tag.attrs.get("style")
    return isinstance(style, str) and bool(_HIDDEN_STYLE.search(style))


def _span(tag: Tag, name: str) -> int:
    if name not in tag.attrs:
        return 1
    # At most 9 digits: a number of thousands of digits is slow to parse, and no span is that long.
    digits = re.match(r"\s*0*(\d{1,9})", _attr(tag, name))
    return max(int(digits.group(1)), 1) if digits else 1


def _children(tag: Tag, names: tuple[str, ...]) -> list[Tag]:
    # A plain loop: bs4's find_all(recursive=False) costs more than the rest of the walk.
    return [child for child in tag.contents if isinstance(child, Tag) and child.name in names]


def _rows(table: Tag) -> list[Tag]:
    groups = _children(table, ("tr", "thead", "tbody", "tfoot"))
    return [row for g in groups for row in ([g] if g.name == "tr" else _children(g, ("tr",)))]


class _Text:
    """Inline text of an element; block boundaries and `<br>` become line breaks."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.in_content = False
        self.pre = False

    def boundary(self) -> None:
        self.parts.append("\n")

    def walk(self, root: Tag) -> None:
        # An explicit stack, not recursion: old pages nest unclosed <font> tags thousands deep.
        stack: list[PageElement | Callable[[], None]] = [*reversed(root.contents)]
        while stack:
            node = stack.pop()
            if isinstance(node, Tag):
                after = self.open(node)
                if after is False:
                    continue
                if after is not True:
                    stack.append(after)
                stack.extend(reversed(node.contents))
            elif not isinstance(node, PageElement):
                node()
            elif isinstance(node, NavigableString) and not isinstance(node, PreformattedString):  # not comments
                self.parts.append(str(node) if self.pre else _WS.sub(" ", node))

    def open(self, tag: Tag) -> Callable[[], None] | bool:
        """Handle the start of `tag`: False skips its content, True reads it, a function runs after it."""
        name = tag.name
        if name in _SKIPPED or _hidden(tag) or (name in ("header", "footer") and not self.in_content):
            return False
        if name == "br":
            self.parts.append("\n")
        elif name == "table":
            self.boundary()
            self.table(tag)
            self.boundary()
        elif name == "sup" or (name == "span" and _RAISED_STYLE.search(_attr(tag, "style"))):
            self.parts.append(superscript(_WS.sub(" ", tag.get_text()).strip().strip("[]")))
        elif name == "a" and _attr(tag, "href").startswith("#") and (note := _NOTE_LINK.match(tag.get_text())):
            self.parts.append(superscript(note.group(1)))
        elif name in _BLOCKS:
            return self.open_block(tag)
        else:
            return True
        return False

    def open_block(self, tag: Tag) -> Callable[[], None]:
        outer = self.in_content, self.pre
        self.in_content = self.in_content or tag.name in _CONTENT
        self.pre = self.pre or tag.name == "pre"
        self.boundary()
        start = len(self.parts)

        def close() -> None:
            if tag.name == "li":
                self.list_mark(start)
            self.boundary()
            self.in_content, self.pre = outer

        return close

    def list_mark(self, start: int) -> None:
        # A list item in a cell is a member: printed bullets are kept, others get «• ».
        if not "".join(self.parts[start:]).lstrip().startswith(tuple(_BULLETS)):
            self.parts.insert(start, "• ")

    def table(self, tag: Tag) -> None:
        """A table inside a cell: its rows as lines, cells joined by a space."""
        for row in _grid(tag, ruled=False).rows:
            self.parts.append(" ".join(c.text.replace("\n", " ") for c in row.cells if c.text) + "\n")


class _Page(_Text):
    """The page body: block boundaries end paragraphs, leaf tables become grids."""

    def __init__(self, default_ruled: bool) -> None:
        super().__init__()
        self.blocks: list[Block] = []
        self.warnings: list[ExtractWarning] = []
        self.align: str | None = None
        self.default_ruled = default_ruled

    def boundary(self) -> None:
        text = clean("".join(self.parts).replace("\u00ad", ""))
        self.parts.clear()
        if text:
            self.blocks.append(Paragraph(text, align=self.align))

    def open_block(self, tag: Tag) -> Callable[[], None]:
        outer = self.align
        found = _ALIGN_STYLE.search(_attr(tag, "style"))
        align = found.group(1) if found else _attr(tag, "align")
        self.align = align.lower() if align.lower() in ("left", "center", "right") else outer
        close_block = super().open_block(tag)

        def close() -> None:
            close_block()
            self.align = outer

        return close

    def list_mark(self, start: int) -> None:
        """Outside tables a list item is a paragraph as printed."""

    def table(self, tag: Tag) -> None:
        if not _is_layout(tag):
            # A CMS may print the plan's title as the table's <caption>: it reads above the table.
            for caption in _children(tag, ("caption",)):
                close = self.open_block(caption)
                self.walk(caption)
                close()
            self.blocks.append(_grid(tag, ruled=self.default_ruled, warnings=self.warnings))
            return
        for row in _rows(tag):
            for cell in _children(row, ("td", "th")):
                close = self.open_block(cell)
                self.walk(cell)
                close()


def _is_layout(table: Tag) -> bool:
    """A table holding a table as long as itself lays out the page; a shorter one is a cell's detail."""
    if table.find("table") is None:
        return False
    length = len(_rows(table))
    return any(isinstance(d, Tag) and d.name == "table" and len(_rows(d)) >= length for d in table.descendants)


def _grid(table: Tag, ruled: bool, warnings: list[ExtractWarning] | None = None) -> Table:
    """The table's rows, a cell covered by a rowspan from above as `merged_up`.

    Spans are cut to the grid that exists (`limits`): a column span to the
    table's width (the widest row counted without absurd spans), a row span to
    the rows left, and a row that brings a cell for every column ends the row
    spans above it (a browser would push its cells off to the right, so every
    such row would be lost).  Each cut is a warning in `warnings`.
    """
    rows: list[Row] = []
    covered: dict[int, tuple[int, int]] = {}  # grid column → (rows it still covers, colspan)
    verdicts = [_ruled(table)]
    # A table that draws its own borders needs no look at its cells' styles.
    check_cells = verdicts[0] is not True
    trs = _rows(table)
    spans = [[(td, _span(td, "colspan"), _span(td, "rowspan")) for td in _children(tr, ("td", "th"))] for tr in trs]
    most = limits.max_columns()
    width = max((sum(c if c <= most else 1 for _, c, _ in row) for row in spans), default=1)
    cuts: list[str] = []
    for index, (tr, tds) in enumerate(zip(trs, spans, strict=True)):
        if covered and sum(min(c, width) for _, c, _ in tds) >= width:
            cuts.append(f"row {index + 1} has a cell for every column: the row spans above it end there")
            covered = {}
        cells: list[Cell] = []
        starting: dict[int, tuple[int, int]] = {}
        column = 0
        for td, wanted_colspan, wanted_rowspan in tds:
            while column in covered:
                cells.append(Cell("", colspan=covered[column][1], merged_up=True))
                column += covered[column][1]
            colspan = limits.cap_span(wanted_colspan, column, width)
            rowspan = min(wanted_rowspan, len(trs) - index)
            if wanted_colspan > colspan and wanted_colspan > 1 and column < width:
                cuts.append(f"colspan={wanted_colspan} in row {index + 1} cut to the table's {width} columns")
            if wanted_rowspan > rowspan:
                cuts.append(f"rowspan={wanted_rowspan} in row {index + 1} cut to the {rowspan} rows left")
            cells.append(Cell(clean(_cell_text(td).replace("\u00ad", "")), colspan=colspan))
            if rowspan > 1:
                starting[column] = (rowspan - 1, colspan)
            column += colspan
            if check_cells:
                verdicts.append(_ruled(td))
        for start in sorted(c for c in covered if c >= column):
            if start > column:  # a short row that a rowspan further right still reaches
                cells.append(Cell("", colspan=start - column))
            cells.append(Cell("", colspan=covered[start][1], merged_up=True))
            column = start + covered[start][1]
        covered = {c: (left - 1, span) for c, (left, span) in covered.items() if left > 1} | starting
        in_head = tr.parent is not None and tr.parent.name == "thead"
        rows.append(Row(cells, is_header=bool(tds) and (in_head or all(td.name == "th" for td, _, _ in tds))))
    if cuts and warnings is not None:
        cuts = list(dict.fromkeys(cuts))
        shown = "; ".join(cuts[:3]) + (f" (and {len(cuts) - 3} more)" if len(cuts) > 3 else "")
        warnings.append(ExtractWarning("span_clipped", f"a table's spans reach past its grid: {shown}; check the rows"))
    if True in verdicts:
        return Table(rows, ruled=True)
    return Table(rows, ruled=False if False in verdicts else ruled)


def _cell_text(td: Tag) -> str:
    contents = td.contents
    if len(contents) == 1 and type(contents[0]) is NavigableString:
        # Most cells hold one plain string: what the walk would give, without it.
        return _WS.sub(" ", contents[0])
    text = _Text()
    text.in_content = True
    text.walk(td)
    return "".join(text.parts)


def _ruled(tag: Tag) -> bool | None:
    """Whether the element draws borders: True, False, or None when it does not say."""
    styles = _BORDER_STYLE.findall(_attr(tag, "style"))
    if styles:
        return any(not _INVISIBLE_BORDER.match(value) for value in styles)
    border = tag.attrs.get("border")
    if border is None:
        return None
    # `border` and `border=""` draw the default frame; `border="0"` none.
    digits = re.match(r"\s*(\d+)", str(border))
    return digits is None or int(digits.group(1)) > 0
