"""HTML → `Layout`, walking the tree that lxml's HTML parser builds.

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

import functools
import operator
import re
from collections import Counter
from collections.abc import Callable
from itertools import chain, compress, repeat, takewhile
from pathlib import Path
from typing import cast

from lxml import etree

from magplan import limits
from magplan.errors import DamagedFile
from magplan.extract import (
    _collapsed_columns,
    _css,
    _css_counters,
    _css_hidden,
    _css_tables,
    _grid_classes,
    _placed,
    _screen_copies,
    _script_tables,
    _srcdoc,
    _tab_panes,
)
from magplan.extract._columns import unfold_columns
from magplan.extract._frames import is_page_frame
from magplan.extract._nested import listed_lines, nested_row_text
from magplan.extract._tab_tables import tab_tables
from magplan.extract._text_tables import spaced_table
from magplan.layout import Block, Cell, ExtractWarning, Layout, Paragraph, Row, Table
from magplan.requisites import is_plan_heading, plan_headings
from magplan.roman import roman_numeral
from magplan.text import BULLET_GLYPHS, clean, one_line, superscript

# Not `form`: ASP.NET portals wrap the whole page in one.  A form's controls and their captions
# (`label`: a table plugin's «Показать … записей», «Поиск:» over the plan) are the site's, never
# the document's.  LibreOffice Calc writes a cell's comment as a `<comment>` its own stylesheet hides.
_SKIPPED = frozenset(
    {"head", "title", "script", "style", "template", "noscript", "nav", "aside", "button", "select", "textarea"}
    | {"label", "input", "comment"}
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
# A number or letter an item prints itself («3.», «IV)», «б)»): a list counted by CSS counters.
_LIST_MARK = re.compile(r"(?:(?:\d{1,3}|[IVXLC]{1,6}|[ivxlc]{1,6})[.)]|[а-яa-z]\))\s")
_WS = re.compile(r"[ \t\n\r\f]+")
# An outline number a level's items go under: «1.», «1.2.».
_OUTLINE_NUMBER = re.compile(r"(?:\d+\.)+")
# The hidden cells of a table whose text a warning quotes.
_HIDDEN_CELLS_TOLD = 5
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all", re.I)
_RAISED_STYLE = re.compile(r"vertical-align\s*:\s*super", re.I)
_ALIGN_STYLE = re.compile(r"text-align\s*:\s*(left|center|right)", re.I)
_BORDER_STYLE = re.compile(r"\bborder(?:-(?:top|bottom|left|right))?(?:-style|-width)?\s*:\s*([^;\"']*)", re.I)
_INVISIBLE_BORDER = re.compile(r"^\s*(?:none|hidden|0*\.?0+(?:[a-z]+|%)?)(?:\s|$|!)", re.I)
# A link to a footnote in the same page, printed as its marker («1», «[1]», «*»).
_NOTE_LINK = re.compile(r"^\s*\[?(\d{1,2}|\*{1,3}|i)\]?\s*$")
# A footnote's link back to its marker («↑», «^», «↩»): a reader's navigation, not the note's text.
# Pandoc and Hugo's Goldmark print «↩︎»: the arrow and the variation selector that asks for it as text.
_BACK_LINK = re.compile(r"^\s*(?:[↑^↩⤴⬆][\ufe0e\ufe0f]?)+\s*$")
# A wiki's link that opens a section for editing («[править | править код]», «[edit]»): site chrome,
# known by where it leads; the empty brackets it leaves are dropped from the heading's line.
_EDIT_LINK = re.compile(r"[?&;](?:action|veaction|do)=edit\b", re.I)
_EMPTY_BRACKETS = re.compile(r"\[[\s|/]*\]")
# A gap of whitespace that holds tabs and no line break: its tabs (several line a cell up at the
# default stops, round an empty one).  A gap that breaks the source's line is its indentation
# («ПЛАН мероприятий\n\t\tна 2027 год»), a space as any other whitespace.
_TAB_GAP = re.compile(r"[ \f]*\t[ \t\f]*")
_SOURCE_BREAK = re.compile(r"[ \t\f]*[\n\r][ \t\n\r\f]*")
_WS_BUT_TABS = re.compile(r"[ \n\r\f]+")
# UTF-32 before UTF-16: their little-endian marks start alike.
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))  # fmt: skip
_NOSCRIPT = re.compile(rb"<noscript", re.I)
_CYRILLIC = re.compile(r"[а-яё]{3}", re.I)
_CSS_CELL_BORDERS = re.compile(
    r"(?:^|[},\s])(?:table|td|th)\b[^{}]*\{[^}]*?\bborder[^:]*:\s*(?!none|0[;\s}])[^;}]", re.I
)


Element = etree._Element
_TEXT = cast(Callable[[Element], str | None], operator.attrgetter("text"))
# `element[:]`, the children as a list in one call (lxml-stubs do not type an element's slice).
_all_children = cast(Callable[[Element], list[Element]], operator.itemgetter(slice(None)))


def extract(path: Path) -> Layout:
    return layout_of(path.read_bytes())


def layout_of(data: bytes) -> Layout:
    """The layout of a page's bytes (a file, or an HTML part inside another document)."""
    root = _page_tree(data)
    if _srcdoc.may_hold(data):
        _srcdoc.rebuild(root, _parse)
    # One pass over the tree for the elements the page as a whole depends on.
    found = list(root.iter("style", "main", "article"))
    styles = " ".join(e.text or "" for e in found if e.tag == "style")
    if _css_tables.may_hold(data):
        _css_tables.rebuild(root, styles)
    if _grid_classes.may_hold(data):
        _grid_classes.rebuild(root)
    if _placed.may_hold(data):
        _placed.rebuild(root)
    if _script_tables.may_hold(data):
        _script_tables.rebuild(root, _hidden)
    if _tab_panes.may_hold(data):
        _tab_panes.rebuild(root)
    if _css_hidden.may_hide(styles):
        _css_hidden.mark(root, styles)
    if _collapsed_columns.may_hold(data):
        _collapsed_columns.mark(root, styles, _rows, _span)
    if _css_counters.may_hold(styles):
        _css_counters.number(root, styles)
    body = root.find("body")
    # The tables that hold a table: only they may lay out the page (`_Page.table`), and most
    # tables need no look through their cells for one.
    holders = {outer for table in root.iter("table") for outer in table.iterancestors("table")}
    top = body if body is not None else root
    walk = functools.partial(_walk_page, top, styles, found, holders, _unmarked_notes(top))
    page = walk(shown=False)
    if page.hides_tables:
        # Panes that a script shows one at a time (an accordion of months, tabs of quarters): the
        # plan's tables in the closed ones are the plan's too, unless they only repeat rows the
        # page shows already (a copy of the table for another screen).
        revealed = walk(shown=False, reveal=True)
        if _adds_rows(page.blocks, revealed.blocks):
            page = revealed
        elif unread := _added_rows(page.blocks, revealed.blocks)[0]:
            # Rows of its own a hidden pane holds, left unread (a version of the plan, or a pane
            # that mostly repeats the shown rows): said, never dropped silently.
            for cells in unread:
                text = " | ".join(one_line(c) for c in cells if c.strip())
                said = f"a table row in a hidden part of the page was not read: {text}"
                page.warnings.append(ExtractWarning("hidden_row", said))
    if not any(isinstance(block, Table) and len(block.rows) > 1 for block in page.blocks):
        # No table in sight: a page whose tables a script shows (the sheets of a spreadsheet
        # published to the web, the panes of tabs, all hidden until then) is read as shown.
        shown = walk(shown=True)
        if any(isinstance(block, Table) for block in shown.blocks):
            page = shown
        elif _NOSCRIPT.search(data):
            # An application's page that its scripts build (an empty `<div id="root">`) prints the plan
            # for browsers without scripts in <noscript>: the only copy of the plan there is.
            scriptless = walk(shown=False, scriptless=True)
            if any(isinstance(block, Table) for block in scriptless.blocks):
                page = scriptless
    return Layout(blocks=_screen_copies.without_copies(page.blocks, page.warnings), warnings=page.warnings, web=True)


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _holds_table(tag: Element) -> bool:
    return tag.find(".//table") is not None


def _in_heading(tag: Element) -> bool:
    """Whether `tag` is all the text of a heading (an accordion's button that opens a pane is its
    title) or of a table's header cell (a sortable table's button that sorts by the column is the
    column's label); a button beside a heading's own words («Печать» after the plan's title) is the
    site's."""
    heading = next((a for a in tag.iterancestors() if a.tag in _HEADING_TAGS or _heads_column(a)), None)
    return heading is not None and _words(heading) == _words(tag)


# How a publication marks a note (EPUB 3's `epub:type`, DPUB-ARIA's roles).
_NOTE_TYPES = frozenset({"footnote", "endnote", "rearnote", "note", "footnotes", "endnotes", "rearnotes"})
_NOTE_ROLES = frozenset({"doc-footnote", "doc-endnote", "doc-endnotes"})


def _is_note(tag: Element) -> bool:
    """Whether `tag` (an <aside>) is a note of the document, not a sidebar of the site."""
    types = tag.get("epub:type", "").lower().split()
    return not _NOTE_TYPES.isdisjoint(types) or tag.get("role", "").lower() in _NOTE_ROLES


def _heads_column(tag: Element) -> bool:
    """Is `tag` a cell that heads its column: a <th>, a cell that says so (`role="columnheader"`),
    or a <td> of the table's head (a sortable table's header row is often made of <td> in <thead>)?"""
    if tag.tag == "th" or tag.get("role", "").lower() == "columnheader":
        return True
    if tag.tag != "td":
        return False
    row = tag.getparent()
    group = row.getparent() if row is not None else None
    return group is not None and group.tag == "thead"


def _words(tag: Element) -> str:
    return " ".join(str(tag.xpath("string()")).split())


def _body_rows(blocks: list[Block]) -> Counter[tuple[str, ...]]:
    """The rows of the tables under their first row that fill two cells or more (an event's), by
    their cells' texts.  An empty spacer row or a note across the table repeats in every month's
    pane and tells no copy."""
    rows = (tuple(c.text for c in row.cells) for b in blocks if isinstance(b, Table) for row in b.rows[1:])
    return Counter(texts for texts in rows if sum(1 for text in texts if text.strip()) > 1)


def _added_rows(shown: list[Block], revealed: list[Block]) -> tuple[list[tuple[str, ...]], int]:
    """The event rows that `revealed` holds besides those `shown` holds: those the page does not
    show at all (each as often as it stands there), and how many repeat one it shows."""
    before = _body_rows(shown)
    added = _body_rows(revealed) - before
    new = [row for row in added.elements() if row not in before]
    return new, added.total() - len(new)


def _adds_rows(shown: list[Block], revealed: list[Block]) -> bool:
    """Whether `revealed` holds table rows of its own and no plan heading of its own (a hidden
    pane with one holds another plan, a version).  A copy of the shown table for another screen
    repeats its rows; a pane of its own may repeat a few word for word (a monthly «Заседание
    Совета | ежемесячно» in every month's pane) but holds at least as many rows the page does not
    show."""
    new, repeated = _added_rows(shown, revealed)
    return len(new) > 0 and len(new) >= repeated and plan_headings(revealed) == plan_headings(shown)


def _walk_page(
    root: Element,
    styles: str,
    found: list[Element],
    holders: set[Element],
    note_marks: dict[str, str],
    shown: bool,
    reveal: bool = False,
    scriptless: bool = False,
) -> _Page:
    page = _Page(default_ruled=bool(_CSS_CELL_BORDERS.search(styles)), bordered=_bordered_classes(styles))
    # Without <main>/<article> a page's <header> may be the document's own heading.
    page.in_content = all(e.tag == "style" for e in found)
    page.holders = holders
    page.note_marks = note_marks
    page.shown = shown
    page.reveal = reveal
    page.scriptless = scriptless
    page.walk(root)
    page.boundary()
    if page.tabbed:
        # Requisite blocks typed side by side first; a run of lines whose cells tabs set apart after
        # them is a table typed without a table tool (a word processor's page saved as HTML keeps the
        # tabs a browser shows as spaces), read as the DOCX reader reads it, at the default stops.
        stops = dict.fromkeys(page.tabbed, _DEFAULT_TAB_EMS)
        page.blocks = tab_tables(unfold_columns(page.blocks, page.tabbed), page.tabbed, page.warnings, stops)
    return page


# The default tab stops of the word processor that saved the page, in ems: 1.25 cm (Word's and
# LibreOffice's) in 12-point text.  A page keeps no stops; only which column a cell after a gap of
# several tabs starts under rests on it, by the cells' starts relative to each other.
_DEFAULT_TAB_EMS = 35.4 / 12


def _tabs_of(gap: re.Match[str]) -> str:
    return "\t" * gap.group().count("\t")


def _page_tree(data: bytes) -> Element:
    """The tree of the page's text: after a BOM in its encoding; else as UTF-8 when it is
    UTF-8, else in the declared or the Russian legacy encoding (`_legacy_text`).

    lxml always gets UTF-8 bytes, so a page's own (maybe wrong) charset declaration is
    not applied a second time: most pages are UTF-8 and go to lxml as they are, and
    whether they are UTF-8 is told by libxml2 while it parses them (`_parse`), not by
    decoding them in Python first (a few per cent of the extraction of a large page).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _parse(data[len(bom) :].decode(encoding, errors="replace").encode("utf-8", errors="replace"))
    if b"\x00" in data[:65536]:
        raise DamagedFile("not an HTML page (binary content)")
    return _parse(data, unsure=True)


def _parse(data: bytes, unsure: bool = False) -> Element:
    """The page's element tree.  lxml fetches nothing (no DTDs, no entities from
    outside, no stylesheets).  libxml2 stops building its tree at a depth of 256
    elements; old pages nest unclosed <font> tags thousands deep, so such a page
    is built again through a tree-builder target, which has no depth limit (and
    is slower, so it is not the first choice).

    `unsure`: the bytes may be no UTF-8 (`_page_tree`); if they are not, the page's
    text (`_legacy_text`) is parsed instead.
    """
    # etree's parser, not lxml.html's: plain elements need no per-element class lookup.
    parser = etree.HTMLParser(encoding="utf-8", no_network=True, remove_pis=True)
    root = etree.fromstring(data, parser=parser)
    log = parser.error_log  # a copy, made at each look
    errors = {error.type_name for error in log}
    if unsure and not _utf8(data, errors, len(log)):
        return _parse(_legacy_text(data).encode("utf-8", errors="replace"))
    if root is None:  # nothing but whitespace or comments
        raise DamagedFile("not an HTML page (no elements)")
    if "ERR_RESOURCE_LIMIT" in errors:
        deep = etree.HTMLParser(encoding="utf-8", no_network=True, target=etree.TreeBuilder())
        deep.feed(data)
        built: Element = deep.close()
        return built
    return root


# libxml2 reports the first 100 errors of a parse and drops the rest (its XML_MAX_ERRORS).
_REPORTED_ERRORS = 100
# Errors after which libxml2 has not read every byte (it stops at a depth limit), or may have
# read them as no UTF-8: its parse cannot tell whether the page is UTF-8.
_UNSURE_PARSE = frozenset(
    {"ERR_INVALID_ENCODING", "ERR_RESOURCE_LIMIT", "ERR_NO_MEMORY", "ERR_INTERNAL_ERROR", "ERR_USER_STOP"}
)


def _utf8(data: bytes, errors: set[str], logged: int) -> bool:
    """Whether `data`, just parsed with libxml2 into a log of `logged` errors of the kinds
    `errors`, is valid UTF-8 (as Python's strict decoder has it).

    libxml2 checks every byte it reads as UTF-8 and reports a bad one as
    ERR_INVALID_ENCODING, but for the bytes of a DOCTYPE past its name (which it skips),
    the bytes after a limit stopped it (a tree too deep) and errors past the first 100
    (which it does not report): Python decides those cases, and any that libxml2 reports.
    """
    if logged < _REPORTED_ERRORS and not errors & _UNSURE_PARSE and _doctypes_utf8(data):
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _doctypes_utf8(data: bytes) -> bool:
    """Whether the bytes of every `<!DOCTYPE …>` in `data` are UTF-8: up to its `>`, past any
    `>` in a quoted identifier (so more than libxml2 skips, never less)."""
    start = data.find(b"<!")
    while start != -1:
        if data[start + 2 : start + 9].lower() == b"doctype":
            end = start + 9
            while True:
                close = data.find(b">", end)
                close = len(data) if close == -1 else close
                quotes = [q for q in (data.find(b'"', end, close), data.find(b"'", end, close)) if q != -1]
                if not quotes:
                    break
                opened = min(quotes)
                end = data.find(data[opened : opened + 1], opened + 1) + 1
                if end == 0:  # a quote never closed: the rest of the page
                    close = len(data)
                    break
            try:
                data[start:close].decode("utf-8")
            except UnicodeDecodeError:
                return False
            start = data.find(b"<!", close)
        else:
            start = data.find(b"<!", start + 2)
    return True


# Class rules that draw cell borders (Google Docs styles every cell by a class:
# «.c5{border-right-style:solid;border-top-width:1pt;…}»).
_VISIBLE_BORDER_RULE = re.compile(
    r"\bborder(?:-(?:top|bottom|left|right))?(?:-style)?\s*:\s*(?:solid|double|dotted|dashed|groove|ridge|inset|outset)"
    r"|\bborder(?:-(?:top|bottom|left|right))?\s*:[^;]*\b(?:solid|double|dotted|dashed)\b",
    re.I,
)


def _bordered_classes(styles: str) -> frozenset[str]:
    """The classes whose rules draw visible borders on a desktop screen (every class of a group
    of selectors; not a rule left in a comment, nor paper's or a phone's)."""
    if "border" not in styles:
        return frozenset()
    return frozenset(
        name
        for context, selectors, body in _css.rules(styles)
        if _css.on_wide_screen(context) and _VISIBLE_BORDER_RULE.search(body)
        for name in _css.last_classes(selectors)
    )


def _legacy_text(data: bytes) -> str:
    """The text of a page that is no UTF-8 (and has no BOM): in its declared encoding or the
    Russian legacy one, whichever gives Cyrillic text."""
    # Pages that declare a Western encoding for Russian text exist: Cyrillic must survive.
    from bs4.dammit import EncodingDetector  # the declared charset, as BeautifulSoup reads it

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


def _hidden(tag: Element, shown: bool = False) -> bool:
    """Whether the page hides `tag` (or marks it as chrome); with `shown`, only chrome counts."""
    attrib = tag.attrib
    if not attrib:
        return False
    if attrib.get("role", "").lower() in _CHROME_ROLES:
        return True
    if shown:
        return False
    if "hidden" in attrib:
        return True
    style = attrib.get("style")
    return style is not None and bool(_HIDDEN_STYLE.search(style))


def _without_hidden_cells(
    trs: list[Element], cells_of: list[list[Element]], attributed: set[Element], warnings: list[ExtractWarning] | None
) -> list[list[Element]]:
    """The rows' cells without those the page hides (`style="display: none"`, a CMS's id column):
    a browser lays the row out without them, so they take no column.  Their text is told in one
    warning, not lost."""
    kept: list[list[Element]] = []
    gone: list[str] = []
    for tr, tds in zip(trs, cells_of, strict=True):
        hidden = [_hidden(td) for td in tds] if tr in attributed else []
        if any(hidden):
            gone.extend(_plain_text(td).strip() for td, off in zip(tds, hidden, strict=True) if off)
            tds = [td for td, off in zip(tds, hidden, strict=True) if not off]
        kept.append(tds)
    if gone and warnings is not None:
        text = "; ".join(filter(None, gone[:_HIDDEN_CELLS_TOLD]))
        warnings.append(ExtractWarning("hidden_cells", f"{len(gone)} hidden table cell(s) were not read: {text}"))
    return kept


def _span(tag: Element, name: str) -> int:
    value = tag.get(name)
    if value is None:
        return 1
    # At most 9 digits: a number of thousands of digits is slow to parse, and no span is that long.
    digits = re.match(r"\s*0*(\d{1,9})", value)
    return max(int(digits.group(1)), 1) if digits else 1


_CELLS = ("td", "th")
_CELL_TAGS = frozenset(_CELLS)
# Counts that tell in C whether every child of a table's rows is a cell: the rows of `_rows`
# (and of any other child of the table), and their <td> and <th>.
_ROWS_IN_TABLE = etree.XPath("count(tr) + count(*/tr)")
_CELLS_IN_ROWS = etree.XPath("count(tr/td) + count(tr/th) + count(*/tr/td) + count(*/tr/th)")
# Whether a row has an attribute (it may be hidden), and the rows whose cells have one (a cell
# may span): most tables have neither, and then no row or cell is asked.
_ROW_ATTRIBUTES = etree.XPath("count(tr/@*) + count(*/tr/@*)")
_ROWS_OF_CELLS_WITH_ATTRIBUTES = cast(
    Callable[[Element], list[Element]], etree.XPath("tr/*/@*/../.. | */tr/*/@*/../..")
)
# A table's rows in document order (as `_rows` lists them when no <tfoot> is misplaced).
_ROWS = cast(Callable[[Element], list[Element]], etree.XPath("tr | thead/tr | tbody/tr | tfoot/tr"))


def _children(tag: Element, names: tuple[str, ...]) -> list[Element]:
    return list(tag.iterchildren(*names))


def _rows(table: Element) -> list[Element]:
    rows = _ROWS(table)
    feet = _children(table, ("tfoot",))
    if feet and _children(table, ("tr", "thead", "tbody", "tfoot"))[-1].tag != "tfoot":
        # HTML 4 put <tfoot> before <tbody>; a browser draws it at the table's foot, and so it is read.
        foot = [row for g in feet for row in _children(g, ("tr",))]
        in_foot = set(foot)
        rows = [row for row in rows if row not in in_foot] + foot
    return rows


class _Text:
    """Inline text of an element; block boundaries and `<br>` become line breaks."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.in_content = False
        self.pre = False
        # The page's footnotes that print no marker of their own (an <li id> of a wiki's list of
        # notes, which the list numbers): their anchor → the marker that points at them.
        self.note_marks: dict[str, str] = {}
        # The marker of the note being read, printed before its first text (`mark_note`).
        self.note_mark = ""
        # Read what the page hides until a script shows it (see `layout_of`).
        self.shown = False
        # Read the panes a page hides that hold a table (an accordion's months), all else hidden.
        self.reveal = False
        # The walk passed a pane hidden by its style or `hidden` attribute that holds a table: told
        # while walking, where a search of the whole tree for such panes costs as much as its parse.
        self.hides_tables = False
        # A link of the page's navigation was left out of the text being read (`_skipped_link`).
        self.link_skipped = False
        # Read `<noscript>`: the page as a browser without scripts shows it (see `layout_of`).
        self.scriptless = False

    def boundary(self) -> None:
        self.parts.append("\n")

    def text(self, value: str) -> None:
        self.mark_note(value)
        self.parts.append(value if self.pre else _WS.sub(" ", value))

    def close_note(self, close: Callable[[], None]) -> None:
        self.note_mark = ""  # a note with no text prints no marker
        close()

    def mark_note(self, value: str) -> None:
        """Print the pending note's marker before its first text: in its item's line even where the
        note is a paragraph inside the item (pandoc's and Goldmark's `<li id="fn1"><p>…`)."""
        if self.note_mark and value.strip():
            self.parts.append(self.note_mark)
            self.note_mark = ""

    def walk(self, root: Element) -> None:
        """Read the content of `root` (not its tail) in document order.

        An explicit stack, not recursion: old pages nest unclosed <font> tags
        thousands deep.  The stack holds elements to open, strings to read, and
        functions to run where an element closes.
        """
        stack: list[Element | str | Callable[[], None]] = list(reversed(root))
        if root.text:
            self.text(root.text)
        while stack:
            node = stack.pop()
            if isinstance(node, str):
                self.text(node)
                continue
            if not isinstance(node, Element):
                node()
                continue
            tail = node.tail
            if tail:
                stack.append(tail)
            if not isinstance(node.tag, str):
                continue  # a comment or a processing instruction: only its tail is text
            after = self.open(node)
            if after is False:
                continue
            if after is not True:
                stack.append(after)
            stack.extend(reversed(node))
            if node.text:
                stack.append(node.text)

    def open(self, tag: Element) -> Callable[[], None] | bool:
        """Handle the start of `tag`: False skips its content, True reads it, a function runs after it."""
        name = tag.tag
        if name in _SKIPPED and not self.read_skipped(tag):
            return False
        if _hidden(tag, self.shown):
            holds = _holds_table(tag)
            self.hides_tables |= holds and ("style" in tag.attrib or "hidden" in tag.attrib)
            if not (self.reveal and holds):
                return False
        if name in ("header", "footer") and not self.in_content:
            return False
        if name == "br":
            self.parts.append("\n")
        elif name == "img":
            self.parts.append(_image_text(tag))
        elif name == "a" and (href := tag.get("href", "")) and _skipped_link(href, tag):
            self.link_skipped = True
            return False
        elif name == "table":
            self.boundary()
            self.table(tag)
            self.boundary()
        elif name == "sup" or (name == "span" and _RAISED_STYLE.search(tag.get("style", ""))):
            self.parts.append(superscript(_plain_text(tag).strip().strip("[]")))
        elif name == "a" and tag.get("href", "").startswith("#") and (note := _NOTE_LINK.match(_plain_text(tag))):
            self.parts.append(superscript(note.group(1)))
        elif name in _BLOCKS:
            close = self.open_block(tag)
            if name == "li" and self.note_marks and (mark := self.note_marks.get(tag.get("id") or "")):
                self.note_mark = superscript(mark) + " "  # the note's marker opens its line
                return lambda: self.close_note(close)
            return close
        else:
            return True
        return False

    def read_skipped(self, tag: Element) -> bool:
        """Whether `tag`, of a kind left unread (`_SKIPPED`), is read all the same: a button that is
        all of a heading's text, a shadow root that a browser draws in place of its template
        (`<template shadowrootmode="open">`: a web component's content, the table of a `<plan-table>`),
        a note set aside (`<aside epub:type="footnote">`, `role="doc-footnote"`: a book's or a
        publication's footnote, no site chrome), and, on a page read as without scripts, `<noscript>`."""
        name = tag.tag
        if name == "button":
            return _in_heading(tag)
        if name == "template":
            return "shadowrootmode" in tag.attrib or "shadowroot" in tag.attrib
        if name == "aside":
            return _is_note(tag)
        return name == "noscript" and self.scriptless

    def open_block(self, tag: Element) -> Callable[[], None]:
        outer = self.in_content, self.pre
        self.in_content = self.in_content or tag.tag in _CONTENT
        self.pre = self.pre or tag.tag == "pre"
        self.boundary()
        start = len(self.parts)

        def close() -> None:
            if tag.tag == "li":
                self.list_mark(start, tag)
            self.boundary()
            self.in_content, self.pre = outer

        return close

    def list_mark(self, start: int, item: Element) -> None:
        content = "".join(self.parts[start:])
        if not content.strip():
            # An empty item of a numbered list prints only its number: a «№» cell that Google
            # Docs or LibreOffice numbers with a list (<ol start="3"><li></li></ol>).
            number = _list_number(item)
            if number:
                self.parts.insert(start, number)
            return
        # A list item in a cell is a member: printed marks are kept; an item of a numbered list
        # gets the number a browser prints («I.» before a section pandoc or LibreOffice wrote as
        # <ol type="I">), others «• » — before its first text (LibreOffice writes <li><p>text</p>:
        # a line break comes first).
        if not content.lstrip().startswith(tuple(_BULLETS)) and not _LIST_MARK.match(content.lstrip()):
            first = next((i for i in range(start, len(self.parts)) if self.parts[i].strip()), start)
            self.parts.insert(first, f"{_list_number(item) or '•'} ")

    def table(self, tag: Element) -> None:
        """A table inside a cell: its rows as lines, cells joined by a space."""
        for row in _grid(tag, ruled=False).rows:
            self.parts.append(nested_row_text(row) + "\n")


def _without_sheet_frame(table: Table) -> Table:
    """A spreadsheet published as a page (Google Sheets' «Publish to the web») prints its grid's
    frame: a row of column letters «| A | B | C …» over the sheet, and the row numbers «1, 2, 3 …»
    down its left.  The frame is the viewer's, not the sheet's: the table is the sheet without it."""
    rows = table.rows
    # (A first row with no cell, «<tr></tr>», is no frame.)
    if len(rows) < 3 or not rows[0].cells or rows[0].cells[0].text or any(c.colspan != 1 for c in rows[0].cells):
        return table
    letters = [c.text for c in rows[0].cells[1:]]
    if len(letters) < 2 or letters != [_column_letters(i) for i in range(1, len(letters) + 1)]:
        return table
    numbered = [r for r in rows[1:] if r.cells and r.cells[0].text]
    # A row without its number is the bar under frozen rows: it must hold nothing.
    if any(c.text for r in rows[1:] if not (r.cells and r.cells[0].text) for c in r.cells):
        return table
    numbers = [r.cells[0].text for r in numbered]
    first = int(numbers[0]) if numbers and numbers[0].isdecimal() and len(numbers[0]) < 7 else None
    if first is None or numbers != [str(i) for i in range(first, first + len(numbers))]:
        return table
    body = [Row(r.cells[1:], r.page, r.is_header, r.cut_below) for r in numbered]
    return Table(body, table.page, table.ruled, table.clean)


def _column_letters(number: int) -> str:
    """A spreadsheet's name of its column `number` (1 → «A», 27 → «AA»)."""
    name = ""
    while number:
        number, rest = divmod(number - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


# An image's text equivalent that is a separator mark (SharePoint draws the «:» between the steps
# of its path «Отдел культуры : План мероприятий …» as an icon whose `alt` is «:»).
_SEPARATOR_ALT = re.compile(r"^\s*([:›»→/|>])\s*$")


def _image_text(image: Element) -> str:
    """What an image inside a line reads as: a space, as a browser draws it between the words round
    it (they were glued: «Отдел культурыПлан …»), or the separator mark its `alt` says it draws."""
    mark = _SEPARATOR_ALT.match(image.get("alt", ""))
    return f" {mark.group(1)} " if mark else " "


def _skipped_link(href: str, tag: Element) -> bool:
    """A link that is the page's navigation round a note or a heading, not text: a wiki's edit
    link, a footnote's link back to its marker."""
    if href.startswith("#"):
        return bool(_BACK_LINK.match(_plain_text(tag)))
    return _EDIT_LINK.search(href) is not None


def _unmarked_notes(root: Element) -> dict[str, str]:
    """Footnotes that a marker link points at («<a href="#cite_note-1">[1]</a>») but that print
    no marker themselves: items of a list that numbers them (a wiki's notes): their anchor → the
    marker.  Only list items: a link «2» to a page's block (a tab, a pager) marks no note."""
    marks: dict[str, str] = {}
    for link in root.iter("a"):
        href = link.get("href", "")
        note = _NOTE_LINK.match(_plain_text(link)) if href.startswith("#") and len(href) > 1 else None
        if note:
            marks[href[1:]] = note.group(1)
    if not marks:
        return marks
    targets = {}
    for tag in root.iter("li"):
        anchor = tag.get("id") or ""
        # A note that prints its own marker («<li id=…><a href=#ref1>[1]</a> text») needs none.
        if anchor in marks and not _plain_text(tag).lstrip(" [").startswith(marks[anchor]):
            targets[anchor] = marks[anchor]
    return targets


def _list_number(item: Element) -> str | None:
    """The number a browser prints before an item of an <ol> («3.», «IV.»), else None.

    An <ol> right inside another that holds no <li> of its own is how LibreOffice writes a level
    of its outline numbering (a «№» cell's «1.2.» as <ol><ol start="2"><li>, «1.2.3.» as
    <ol><ol><ol start="3"><li>): the item's number goes under the number of the last item a level
    up before it in the same table («1.» in the section's row, «1.2.» in the item's).  Other
    editors' sub-lists (<ol><li>…</li><ol>…</ol></ol>) print as a browser prints them.
    """
    parent = item.getparent()
    if parent is None or parent.tag != "ol":
        return None
    number = _own_list_number(item, parent)
    outer_lists = list(takewhile(lambda e: e.tag == "ol", parent.iterancestors()))
    if outer_lists and not any(child.tag == "li" for ol in outer_lists for child in ol):
        # The nearest item before it on a level above; only one level up does it number ours (a
        # new section's «2.» between stops a third level from going under the last «1.2.»).
        lists_round = len(list(item.iterancestors("ol")))
        found = item.xpath(f"preceding::li[parent::ol][count(ancestor::ol) < {lists_round}][1]")
        outer = found[0] if isinstance(found, list) and found and isinstance(found[0], etree._Element) else None
        one_up = outer is not None and _outline_level(outer) == len(outer_lists)
        above = _list_number(outer) if outer is not None and one_up and _same_plan_table(outer, item) else None
        if above and _OUTLINE_NUMBER.fullmatch(above) and number[:-1].isdigit():
            return f"{above}{number}"
    return number


def _outline_level(item: Element) -> int:
    """How many <ol>s, one right inside the other, hold `item`: 1 for an item of an outer list."""
    return len(list(takewhile(lambda e: e.tag == "ol", item.iterancestors())))


def _table_of(element: Element) -> Element | None:
    """The table `element` stands in, the nearest one round it."""
    return next(element.iterancestors("table"), None)


def _same_plan_table(outer: Element, item: Element) -> bool:
    """Whether `outer` numbers in the table of `item`, or in an earlier table as many columns wide: a
    table LibreOffice wrote in parts (page breaks in the document) goes on with the outline numbers
    of its first part («1.3.» under the section's «1.» above the break)."""
    table, own = _table_of(item), _table_of(outer)
    return table is not None and own is not None and (own is table or _columns(own) == _columns(table))


def _columns(table: Element) -> int:
    """How many columns the table's first row spans."""
    row = next(table.iter("tr"), None)
    return 0 if row is None else sum(_span(c, "colspan") for c in row if c.tag in _CELL_TAGS)


def _own_list_number(item: Element, parent: Element) -> str:
    """The number of an item of the <ol> `parent` as a browser prints it."""
    value = (item.get("value") or "").strip()
    if value.isdigit():
        count = int(value)
    else:
        start = (parent.get("start") or "1").strip()
        count = int(start) if start.isdigit() else 1
        count += sum(1 for sibling in item.itersiblings(preceding=True) if sibling.tag == "li")
    kind = parent.get("type") or "1"
    if kind in ("I", "i") and 0 < count < 4000:
        roman = roman_numeral(count)
        return f"{roman if kind == 'I' else roman.lower()}."
    if kind in ("A", "a") and 0 < count <= 26:
        return f"{chr(ord(kind) + count - 1)}."
    return f"{count}."


def _plain_text(tag: Element) -> str:
    """All text inside `tag`, comments left out, whitespace runs as one space."""
    # `itertext` skips comments and processing instructions, and needs no recursion
    # (old pages nest unclosed <font> tags thousands deep).
    return _WS.sub(" ", "".join(map(str, tag.itertext())))


class _Page(_Text):
    """The page body: block boundaries end paragraphs, leaf tables become grids."""

    def __init__(self, default_ruled: bool, bordered: frozenset[str] = frozenset()) -> None:
        super().__init__()
        self.blocks: list[Block] = []
        self.tabbed: dict[int, str] = {}  # paragraphs with tabs between words → their text with the tabs
        self.warnings: list[ExtractWarning] = []
        self.align: str | None = None
        self.default_ruled = default_ruled
        self.bordered = bordered
        self.holders: set[Element] = set()  # the tables that hold a table
        self.read_captions: set[Element] = set()  # figure captions read above their table

    def boundary(self) -> None:
        raw = "".join(self.parts)
        # Only the brackets a skipped edit link leaves: a «[ ]» typed in the text stays.
        text = clean(_EMPTY_BRACKETS.sub("", raw) if self.link_skipped and "[" in raw else raw)
        self.link_skipped = False
        self.parts.clear()
        spaced = spaced_table(raw) if self.pre and "  " in raw else None
        if spaced is not None:
            # A plan typed into a <pre> with spaces between its columns: its table and the text round it.
            for block in spaced:
                if isinstance(block, Paragraph):
                    block = Paragraph(clean(block.text), align=self.align)
                self.blocks.append(block)
            return
        if text:
            self.blocks.append(Paragraph(text, align=self.align))
            if "\t" in raw:
                self.tabbed[id(self.blocks[-1])] = raw

    def text(self, value: str) -> None:
        self.mark_note(value)
        if "\t" in value and not self.pre and "\t" in (value := _SOURCE_BREAK.sub(" ", value)):
            # Tabs between words (an office suite's page of text set apart by tabs, two blocks side
            # by side): kept for `unfold_columns` and `tab_tables`; `clean` makes them spaces.
            self.parts.append(_WS_BUT_TABS.sub(" ", _TAB_GAP.sub(_tabs_of, value)))
        else:
            super().text(value)

    def open_block(self, tag: Element) -> Callable[[], None]:
        outer = self.align
        found = _ALIGN_STYLE.search(tag.get("style", ""))
        align = found.group(1) if found else tag.get("align", "")
        self.align = align.lower() if align.lower() in ("left", "center", "right") else outer
        close_block = super().open_block(tag)

        def close() -> None:
            close_block()
            self.align = outer

        return close

    def open(self, tag: Element) -> Callable[[], None] | bool:
        if tag.tag in _LINK_BAR_TAGS and _link_bar(tag):
            return False  # a bar of links (share buttons, «Версия для печати | Назад»): site chrome
        if tag.tag == "figcaption" and tag in self.read_captions:
            return False  # read above its table already (`figure_title`)
        return super().open(tag)

    def figure_title(self, table: Element) -> list[Element]:
        """The caption under `table` in its <figure> when it names the plan: CKEditor 5 writes a
        table's caption after it (`<figure class="table"><table>…</table><figcaption>`) and shows it
        above the table (its style sheet: `caption-side: top`), as a <caption> is.  Another caption
        under a table («Расписание может меняться») stays where it is."""
        figure = table.getparent()
        if figure is None or figure.tag != "figure":
            return []
        found = [c for c in table.itersiblings("figcaption") if is_plan_heading(_words(c))]
        self.read_captions.update(found)
        return found

    def list_mark(self, start: int, item: Element) -> None:
        """Outside tables a list item is a paragraph as printed."""

    def table(self, tag: Element) -> None:
        if _link_bar_table(tag):
            return  # a toolbar set as a table (SharePoint's «Создать | Изменить | …»): site chrome
        if tag not in self.holders or not _is_layout(tag):
            # A CMS may print the plan's title as the table's <caption>: it reads above the table.
            for caption in _children(tag, ("caption",)) + self.figure_title(tag):
                if _hidden(caption, self.shown):
                    continue  # a caption for screen readers alone (`_css_hidden`)
                close = self.open_block(caption)
                self.walk(caption)
                close()
            grid = _grid(tag, self.default_ruled, self.warnings, self.bordered, holds_tables=tag in self.holders)
            self.blocks.append(_without_sheet_frame(grid))
            return
        for row in _rows(tag):
            for cell in _children(row, ("td", "th")):
                close = self.open_block(cell)
                self.walk(cell)
                close()


# Blocks that may be a bar of links, and the elements a bar is made of besides its links.
_LINK_BAR_TAGS = frozenset({"div", "p", "ul", "ol"})
_LINK_BAR_PARTS = frozenset({"div", "p", "ul", "ol", "li", "span", "img", "i", "b", "strong", "br"})
# What may stand between a bar's links: separators, not words.
_LINK_SEPARATORS = re.compile(r"^[\s|/·•,;:\-–—]*$")
# A bar is small; a block with more elements than this is looked at no further (a page's wrapper).
_LINK_BAR_SIZE = 40


def _link_bar(block: Element) -> bool:
    """Whether `block` holds two links or more and no text outside them: a bar of links that
    the site prints round the document (share buttons, «Версия для печати», a menu)."""
    links = 0
    seen = 0
    stack = [block]
    while stack:
        tag = stack.pop()
        if tag.text and not _LINK_SEPARATORS.match(tag.text):
            return False
        for child in tag:
            seen += 1
            if seen > _LINK_BAR_SIZE or (child.tail and not _LINK_SEPARATORS.match(child.tail)):
                return False
            if not isinstance(child.tag, str):
                continue  # a comment
            if child.tag == "a" and child.get("href"):
                links += 1
            elif child.tag in _LINK_BAR_PARTS:
                stack.append(child)
            else:
                return False
    return links >= 2


def _link_bar_table(table: Element) -> bool:
    """Whether every cell of `table` that holds text is a bar of links (a site's toolbar).  Told
    cell by cell, the bar test first: a plan's table fails at its first cell, its text unread."""
    found = False
    for row in _rows(table):
        for cell in _children(row, _CELLS):
            if _link_bar(cell):
                found = found or bool(_plain_text(cell).strip())
            elif _plain_text(cell).strip():
                return False
    return found


def _is_layout(table: Element) -> bool:
    return is_page_frame(table, "table", rows=_rows, cells=lambda row: _children(row, _CELLS))


def _grid(
    table: Element,
    ruled: bool,
    warnings: list[ExtractWarning] | None = None,
    bordered: frozenset[str] = frozenset(),
    holds_tables: bool = False,
) -> Table:
    """The table's rows, a cell covered by a rowspan from above as `merged_up`; with
    `holds_tables`, a cell's lines that are the rows of a table nested in it marked `listed`.

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
    trs = every_row = _rows(table)
    hidden = [tr for tr in trs if tr.attrib and _hidden(tr)] if _ROW_ATTRIBUTES(table) else []
    if hidden:
        # A row the page hides (display: none; a CMS's template row) is not in the table a reader
        # sees; its text is told in a warning, not lost.
        trs = [tr for tr in trs if tr not in hidden]
        if warnings is not None:
            for tr in hidden:
                text = " | ".join(filter(None, (_plain_text(td).strip() for td in tr.iterchildren(*_CELLS))))
                if text:
                    warnings.append(ExtractWarning("hidden_row", f"a hidden table row was not read: {text}"))
    cells_of: list[list[Element]]
    if _ROWS_IN_TABLE(table) == len(every_row) and _CELLS_IN_ROWS(table) == sum(map(len, every_row)):
        # Every child of the rows (elements, comments, processing instructions: what `len`
        # counts) is a cell, two counts in C say: a row's cells are its children, listed in
        # one call, not filtered one by one by their tags.
        cells_of = list(map(_all_children, trs))
    else:
        # Filtered by hand: `iterchildren("td", "th")` costs twice as much on a 600-row table.
        cells_of = [[td for td in tr if td.tag in _CELL_TAGS] for tr in trs]
    # Most cells have no attribute at all, and a row without one has no span to look for.
    attributed = set(_ROWS_OF_CELLS_WITH_ATTRIBUTES(table))
    if attributed:
        cells_of = _without_hidden_cells(trs, cells_of, attributed, warnings)
    spans = [
        [(td, _span(td, "colspan"), _span(td, "rowspan")) for td in tds] if tr in attributed else None
        for tr, tds in zip(trs, cells_of, strict=True)
    ]
    most = limits.max_columns()
    width = max(
        (
            len(tds) if row is None else sum(c if c <= most else 1 for _, c, _ in row)
            for tds, row in zip(cells_of, spans, strict=True)
        ),
        default=1,
    )
    # The rows of <thead> (`trs` keeps their elements alive, so these are the same objects),
    # and whether any <th> stands in the table: not asked of each row and cell.
    head = {tr for group in table.iterchildren("thead") for tr in group.iterchildren("tr")}
    any_th = next(table.iter("th"), None) is not None
    # Without <thead> and <th> no row is a header: nothing to ask of each row.
    plain_rows = not head and not any_th
    cuts: list[str] = []
    values = _cell_values(cells_of)
    # A Cell of each value in one mapped call; a row that needs more (spans) makes its own.
    plain_cells = list(map(Cell, values))
    if holds_tables:
        for cell, td in zip(plain_cells, (td for tds in cells_of for td in tds), strict=True):
            if "\n" in cell.text and len(td):
                cell.listed = _listed(td, cell.text)
    end = 0
    for index, (tr, plain, spanned) in enumerate(zip(trs, cells_of, spans, strict=True)):
        start, end = end, end + len(plain)
        if not covered and not check_cells and spanned is None:
            # The common row: no spans above it or in it, borders known.
            if plain_rows:
                rows.append(Row(plain_cells[start:end]))
                continue
            header = bool(plain) and (tr in head or (any_th and all(td.tag == "th" for td in plain)))
            # (page, is_header) positional: keywords make Python build a dict for every row.
            rows.append(Row(plain_cells[start:end], None, header))
            continue
        in_head = tr in head
        tds = spanned if spanned is not None else [(td, 1, 1) for td in plain]
        if covered and sum(min(c, width) for _, c, _ in tds) >= width:
            cuts.append(f"row {index + 1} has a cell for every column: the row spans above it end there")
            covered = {}
        cells: list[Cell] = []
        starting: dict[int, tuple[int, int]] = {}
        column = 0
        for (td, wanted_colspan, wanted_rowspan), text in zip(tds, values[start:end], strict=True):
            while column in covered:
                cells.append(Cell("", colspan=covered[column][1], merged_up=True))
                column += covered[column][1]
            # A table nested in the cell gives it lines (`_Text.table`): they are listed sub-items.
            listed = _listed(td, text) if holds_tables and "\n" in text and len(td) else ()
            if wanted_colspan == 1 and wanted_rowspan == 1:  # most cells: nothing to cut
                cells.append(Cell(text, listed=listed))
                column += 1
            else:
                colspan = limits.cap_span(wanted_colspan, column, width)
                rowspan = min(wanted_rowspan, len(trs) - index)
                if wanted_colspan > colspan and column < width:
                    cuts.append(f"colspan={wanted_colspan} in row {index + 1} cut to the table's {width} columns")
                if wanted_rowspan > rowspan:
                    cuts.append(f"rowspan={wanted_rowspan} in row {index + 1} cut to the {rowspan} rows left")
                cells.append(Cell(text, colspan=colspan, listed=listed))
                if rowspan > 1:
                    starting[column] = (rowspan - 1, colspan)
                column += colspan
            if check_cells:
                verdicts.append(_ruled(td, bordered))
        for start in sorted(c for c in covered if c >= column):
            if start > column:  # a short row that a rowspan further right still reaches
                cells.append(Cell("", colspan=start - column))
            cells.append(Cell("", colspan=covered[start][1], merged_up=True))
            column = start + covered[start][1]
        covered = {c: (left - 1, span) for c, (left, span) in covered.items() if left > 1} | starting
        rows.append(Row(cells, is_header=bool(tds) and (in_head or all(td.tag == "th" for td, _, _ in tds))))
    if cuts and warnings is not None:
        cuts = list(dict.fromkeys(cuts))
        shown = "; ".join(cuts[:3]) + (f" (and {len(cuts) - 3} more)" if len(cuts) > 3 else "")
        warnings.append(ExtractWarning("span_clipped", f"a table's spans reach past its grid: {shown}; check the rows"))
    # Every value is `_cell_values`'s (or empty), which `clean` leaves as it is.
    if True in verdicts:
        return Table(rows, ruled=True, clean=True)
    return Table(rows, ruled=False if False in verdicts else ruled, clean=True)


# Inline elements that only style text: a cell made of them and <br> is read without the walk.
_PLAIN_INLINE = frozenset(
    {"b", "strong", "i", "em", "u", "font", "small", "big", "s", "strike", "tt", "code", "ins", "mark", "q"}
)


# What `clean` changes beyond what the fast paths below already did.
_SPECIAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00ad\u200b\uf000-\uf0ff]")


def _cell_values(cells_of: list[list[Element]]) -> list[str]:
    """The text of every cell of the rows as a `Cell` holds it (lines kept, spaces collapsed,
    soft hyphens gone), one list in reading order, mostly in C calls.

    Most cells hold one plain string that is clean as it stands: their texts are
    taken in one mapped call, and one look at all of them joined (printable: no line
    break; no double space, no space at a cell's edge) stands for the look
    `_text_value` gives each.  Cells with children are read one by one (`_cell_text`).
    """
    tds = list(chain.from_iterable(cells_of))
    texts: list[str | None] = list(map(_TEXT, tds))
    parents = list(compress(range(len(tds)), map(len, tds)))
    for i in parents:
        texts[i] = None  # its text before the first child: read with the children below
    # Joined by single spaces, a text with a space at either end makes a double space.
    if _clean_as_it_stands(" ".join(filter(None, texts))):
        values = cast(list[str], texts)
        for i in compress(range(len(tds)), map(operator.is_, texts, repeat(None))):
            values[i] = ""  # an empty cell
    else:  # some text needs cleaning: each on its own
        values = list(map(_text_value, texts))
    for i in parents:
        values[i] = _cell_text(tds[i])
    return values


def _clean_as_it_stands(text: str) -> bool:
    """Whether `text` is one line that `_WS` and `clean` leave as it is, and not empty: printable
    (no tab, line break, odd space or soft hyphen), no double space, no space at either end."""
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " " and text != ""


def _text_value(raw: str | None) -> str:
    """The value of a cell whose content is the string `raw` alone: what the walk would give, without it."""
    if not raw:
        return ""
    if raw.isprintable() and raw[0] != " " and raw[-1] != " " and "  " not in raw:
        return raw  # the only whitespace is single spaces between words: as clean as it gets
    text = " ".join(raw.split())
    # Printable text holds none of `_SPECIAL` (format or private-use characters): no search.
    return text if text.isprintable() or not _SPECIAL.search(text) else clean(text)


def _listed(td: Element, text: str) -> tuple[int, ...]:
    """The lines of the cell's `text` that are the rows of tables nested in it."""
    rows = [nested_row_text(row) for table in td.iter("table") for row in _grid(table, ruled=False).rows]
    return listed_lines(text, rows) if rows else ()


def _cell_text(td: Element) -> str:
    """The value of a cell with children (`_text_value` reads a childless one)."""
    # «Москва<br>февраль», «<strong>…</strong>»: childless plain children, read here.
    children = _all_children(td)
    if len(children) == 1 and children[0].tag == "br":
        # One <br> (most cells with a child: a place over a date): the text on either side.
        lines = [td.text or "", children[0].tail or ""]
    else:
        lines = []
        line = [td.text or ""]
        for child in children:
            name = child.tag
            if name == "br":
                lines.append("".join(line))
                line = []
            elif name in _PLAIN_INLINE and not len(child) and not (child.attrib and _hidden(child)):
                line.append(child.text or "")
            else:
                return clean(_walked_text(td))
            line.append(child.tail or "")
        lines.append("".join(line))
    # Lines of printable text (no tab, no line break, no odd space, no soft hyphen) without
    # a double space or a space at either end are as `_WS` and `clean` would leave them:
    # most cells («Москва<br>февраль») skip both.  (Joined by spaces, an empty line or a
    # space at a line's end makes a double space or a space at an end.)
    if _clean_as_it_stands(" ".join(lines)):
        return "\n".join(lines)
    return clean("\n".join(_WS.sub(" ", text) for text in lines))


def _walked_text(td: Element) -> str:
    text = _Text()
    text.in_content = True
    text.walk(td)
    return "".join(text.parts)


def _ruled(tag: Element, bordered: frozenset[str] = frozenset()) -> bool | None:
    """Whether the element draws borders: True, False, or None when it does not say."""
    style = tag.get("style")
    styles = _BORDER_STYLE.findall(style) if style else None
    if styles:
        return any(not _INVISIBLE_BORDER.match(value) for value in styles)
    if bordered and any(name in bordered for name in tag.get("class", "").split()):
        return True
    border = tag.get("border")
    if border is None:
        return None
    # `border` and `border=""` draw the default frame; `border="0"` none.
    digits = re.match(r"\s*(\d+)", border)
    return digits is None or int(digits.group(1)) > 0
