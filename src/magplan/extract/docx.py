"""DOCX → `Layout`, by walking WordprocessingML directly.

python-docx's object model repeats a merged cell at every grid position it
covers, drops text inside content controls and tracked insertions, and
flattens nested tables (REFERENCES.md, pitfalls 4 and 5).  So the package is
opened with the guarded reader of `_zip` and the XML walked here: grid spans
and vMerge become `Cell.colspan` / `Cell.merged_up`, `w:ins` is kept and
`w:del` skipped (the accepted view), `w:sdt` is descended into, Word list
numbering is printed as the list marks Word shows, superscript runs and
footnote references become marker characters.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from magplan import limits
from magplan.errors import DamagedFile
from magplan.extract._columns import unfold_columns
from magplan.extract._frames import is_page_frame
from magplan.extract._nested import listed_lines, nested_row_text
from magplan.extract._tab_tables import tab_tables
from magplan.extract._text_tables import spaced_paragraphs
from magplan.extract._zip import open_package, parse_xml, read_member
from magplan.layout import Block, Cell, ExtractWarning, Footnote, Layout, Paragraph, Row, Table
from magplan.requisites import REQUISITE_HEAD, plan_headings, starts_requisite
from magplan.roman import roman_numeral
from magplan.text import MARKER_CHARS, clean, superscript

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_OFFICE_DOCUMENT = "/officeDocument"
# Elements whose content is inline text in document order.
_INLINE_CONTAINERS = {W + n for n in ("ins", "hyperlink", "smartTag", "fldSimple", "customXml", "moveTo", "dir", "bdo")}
_SKIPPED = {W + n for n in ("del", "moveFrom", "instrText", "delText")}
_BLOCK_CONTAINERS = {W + "sdt", W + "customXml"}
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_HIDDEN_BORDERS = {"nil", "none"}


def _val(element: etree._Element | None, attr: str = "val") -> str | None:
    return None if element is None else element.get(W + attr)


@dataclass(frozen=True)
class _Level:
    fmt: str  # numFmt: "bullet", "decimal", "none", …
    text: str  # lvlText, e.g. "%1."
    start: int


@dataclass
class _Numbering:
    """Word list numbering: which paragraphs print a bullet or a counter.

    Word (and LibreOffice) count per abstract list: every numbering instance of one abstract
    list continues the same count; an instance that overrides a level's start restarts that
    count where the instance is first used, and instances after it go on from there
    (LibreOffice's DOCX gives each continued item an instance of its own).
    """

    levels: dict[tuple[str, str], _Level] = field(default_factory=dict)  # (numId, ilvl) → level
    counter_keys: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    counters: dict[tuple[str, str], int] = field(default_factory=dict)
    # (numId, ilvl) of instances that override the level's start, until their first item restarts the count.
    restarts: set[tuple[str, str]] = field(default_factory=set)

    @classmethod
    def parse(cls, root: etree._Element | None) -> _Numbering:
        numbering = cls()
        if root is None:
            return numbering
        abstract: dict[str, dict[str, _Level]] = {}
        for node in root.iter(W + "abstractNum"):
            abstract[node.get(W + "abstractNumId", "")] = {
                lvl.get(W + "ilvl", "0"): _Level(
                    _val(lvl.find(W + "numFmt")) or "decimal",
                    _val(lvl.find(W + "lvlText")) or "",
                    int(_val(lvl.find(W + "start")) or 1),
                )
                for lvl in node.iter(W + "lvl")
            }
        for num in root.iter(W + "num"):
            num_id = num.get(W + "numId", "")
            abstract_id = _val(num.find(W + "abstractNumId")) or ""
            overrides = {
                o.get(W + "ilvl", "0"): int(_val(o.find(W + "startOverride")) or 1)
                for o in num.iter(W + "lvlOverride")
                if o.find(W + "startOverride") is not None
            }
            for ilvl, level in abstract.get(abstract_id, {}).items():
                if ilvl in overrides:
                    level = _Level(level.fmt, level.text, overrides[ilvl])
                    numbering.restarts.add((num_id, ilvl))
                numbering.counter_keys[(num_id, ilvl)] = (abstract_id, ilvl)
                numbering.levels[(num_id, ilvl)] = level
        return numbering

    def mark(self, num_id: str, ilvl: str) -> str:
        level = self.levels.get((num_id, ilvl), _Level("bullet", "•", 1))
        if level.fmt == "none":
            return ""
        if level.fmt == "bullet":
            return "• "
        key = self.counter_keys.get((num_id, ilvl), (num_id, ilvl))
        if (num_id, ilvl) in self.restarts:
            self.restarts.discard((num_id, ilvl))
            self.counters.pop(key, None)  # the overriding instance's first item: the count starts again
        count = self.counters.get(key, level.start - 1) + 1
        self.counters[key] = count
        for other in [k for k in self.counters if k[0] == key[0] and int(k[1]) > int(ilvl)]:
            del self.counters[other]  # a deeper level starts again under a new item
        # «%1.%2.»: each placeholder is its level's current count («1.1.» of a sub-item under «1.»),
        # in the level's format («I.», «а)»).
        text = level.text
        for depth in range(int(ilvl), -1, -1):
            placeholder = f"%{depth + 1}"
            if placeholder not in text:
                continue
            outer = self.levels.get((num_id, str(depth)), level)
            value = count if depth == int(ilvl) else self.counters.get((key[0], str(depth)), outer.start)
            text = text.replace(placeholder, _counter(value, outer.fmt))
        return text.split("%")[0] + " "


# Word's Russian letter lists skip the letters no list uses («Ё», «Й», «Ъ», «Ы», «Ь»).
_RUSSIAN_LETTERS = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ"


def _counter(value: int, fmt: str) -> str:
    """A list counter as its numFmt prints it (decimal for any format not named here)."""
    if fmt in ("upperRoman", "lowerRoman") and 0 < value < 4000:
        out = roman_numeral(value)
        return out if fmt == "upperRoman" else out.lower()
    if fmt in ("upperLetter", "lowerLetter") and 0 < value <= 26:
        letter = chr(ord("A") + value - 1)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("russianUpper", "russianLower") and 0 < value <= len(_RUSSIAN_LETTERS):
        letter = _RUSSIAN_LETTERS[value - 1]
        return letter if fmt == "russianUpper" else letter.lower()
    return str(value)


# The run properties that change what a run prints: hidden text (`w:vanish`, shown on screen at
# most, never printed).  (`w:caps`, all capitals, is not read as capitals: magplan's own DOCX
# writer prints the title's type word so and reads it back as typed.)
_TOGGLES = ("vanish",)


def _on(toggle: etree._Element | None) -> bool:
    """Is a toggle property (`w:vanish`) set on: present, its value not false?"""
    return toggle is not None and (_val(toggle) or "true").lower() not in ("0", "false", "off")


@dataclass
class _Styles:
    num_pr: dict[str, tuple[str, str]] = field(default_factory=dict)  # paragraph style → (numId, ilvl)
    superscript: set[str] = field(default_factory=set)  # character styles that raise text
    table_borders: dict[str, bool] = field(default_factory=dict)  # table style → has visible borders
    # The text's size where a run does not set it, in half-points (10 pt where nothing sets it).
    half_points: int = 20
    # The default tab stops' spacing, in twips (settings' `w:defaultTabStop`; Word's is 720).
    tab_twips: int = 720
    tab_stops: set[str] = field(default_factory=set)  # paragraph styles that set tab stops of their own
    default_paragraph: str = ""  # the style of a paragraph that names none
    # Styles (paragraph or character) whose runs print nothing (`w:vanish`: hidden text), by the
    # property's name.
    toggles: dict[str, set[str]] = field(default_factory=lambda: {name: set() for name in _TOGGLES})

    @classmethod
    def parse(cls, root: etree._Element | None) -> _Styles:
        styles = cls()
        if root is None:
            return styles
        styles.half_points = _half_points(root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr"), styles.half_points)
        for style in root.iter(W + "style"):
            style_id = style.get(W + "styleId", "")
            if style.get(W + "type") == "paragraph" and style.get(W + "default") in ("1", "true"):
                styles.half_points = _half_points(style.find(W + "rPr"), styles.half_points)
                styles.default_paragraph = style_id
            if style.find(f"{W}pPr/{W}tabs") is not None:
                styles.tab_stops.add(style_id)
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                styles.num_pr[style_id] = (_val(num_pr.find(W + "numId")) or "", _val(num_pr.find(W + "ilvl")) or "0")
            if _val(style.find(f"{W}rPr/{W}vertAlign")) == "superscript":
                styles.superscript.add(style_id)
            for name, ids in styles.toggles.items():
                if _on(style.find(f"{W}rPr/{W}{name}")):
                    ids.add(style_id)
            borders = style.find(f"{W}tblPr/{W}tblBorders")
            if borders is not None:
                styles.table_borders[style_id] = _visible(borders)
        return styles


def _half_points(props: etree._Element | None, default: int) -> int:
    """The size a run's properties set (`w:sz`, half-points), else `default`."""
    size = _val(props.find(W + "sz")) if props is not None else None
    return int(size) if size and size.isdigit() and int(size) > 0 else default


def _default_tab(settings: etree._Element | None) -> int:
    """The default tab stops' spacing the settings part sets, in twips; Word's 720 where none."""
    value = _val(settings.find(W + "defaultTabStop")) if settings is not None else None
    return int(value) if value and value.isdigit() and int(value) > 0 else 720


def _visible(borders: etree._Element) -> bool:
    return any((_val(side) or "none") not in _HIDDEN_BORDERS for side in borders)


# How many rows a header runs at most, for a rule under it (`_header_rule_only`).
_HEADER_RULE_ROWS = 3
_HORIZONTAL_SIDES = frozenset({W + "top", W + "bottom"})


def _header_rule_only(tbl: etree._Element, drawn: list[bool]) -> bool:
    """Is the table's only drawing a horizontal rule along its first rows (its header), the rows
    under it drawn as a borderless table's are?  pandoc's RTF draws a table so (a rule under the
    header row), and so does LibreOffice's .doc or .odt of pandoc's DOCX (the style's rule under the
    first row written into its cells); the rest of the table printed after a page break without its
    header has no rule at all.  Both parts are read as drawn alike, unruled, as pandoc's DOCX itself
    is read (its rule is the table style's, for the first row only)."""
    head = drawn.index(False) if False in drawn else len(drawn)
    if not 0 < head <= _HEADER_RULE_ROWS or head == len(drawn) or any(drawn[head:]):
        return False
    rows = _children(tbl, W + "tr")[:head]
    return all(
        side.tag in _HORIZONTAL_SIDES or (_val(side) or "none") in _HIDDEN_BORDERS
        for tr in rows
        for borders in tr.iter(W + "tcBorders")
        for side in borders
    )


class _Walker:
    def __init__(
        self,
        numbering: _Numbering,
        styles: _Styles,
        footnotes: dict[str, str],
        chunks: dict[str, tuple[str, bytes]] | None = None,
    ) -> None:
        self.numbering = numbering
        self.styles = styles
        self.footnote_texts = footnotes
        self.footnote_numbers: dict[str, str] = {}
        self.layout = Layout()
        # Imported parts (w:altChunk) by relationship id: (part name, bytes).
        self.chunks = chunks or {}

    # -- blocks ---------------------------------------------------------

    def blocks(self, parent: etree._Element) -> list[Block]:
        out: list[Block] = []
        tabbed: dict[int, str] = {}  # paragraphs that hold a tab → their text with the tabs
        stops: dict[int, float] = {}  # …and their default tab stops' spacing, in ems of their text
        spaced: dict[int, str] = {}  # paragraphs with a run of spaces → their text with the spaces
        for child in parent:
            tag = child.tag
            if tag == W + "p":
                # A text box anchored in the paragraph (an approval block, a letterhead) is
                # read before it: its text stands where the box is drawn, not in the run.
                for box in _text_boxes(child):
                    out.extend(self.blocks(box))
                raw = self.raw_text(child)
                paragraph = Paragraph(clean(raw), align=_val(child.find(f"{W}pPr/{W}jc")))
                if "\t" in raw:
                    tabbed[id(paragraph)] = raw
                    if not self.own_stops(child):
                        stops[id(paragraph)] = self.styles.tab_twips / (self.half_points(child) * 10)
                if "  " in raw:
                    spaced[id(paragraph)] = raw
                out.append(paragraph)
            elif tag == W + "tbl" and _is_layout(child):
                # A frame round the page's content (a one-cell table holding the title and the
                # plan): its cells' paragraphs and tables are the document's, in reading order.
                for tr in _children(child, W + "tr"):
                    for tc in _children(tr, W + "tc"):
                        out.extend(self.blocks(tc))
            elif tag == W + "tbl":
                out.append(self.table(child))
            elif tag in _BLOCK_CONTAINERS:
                content = child.find(W + "sdtContent") if tag == W + "sdt" else child
                if content is not None:
                    out.extend(self.blocks(content))
            elif tag == W + "altChunk":
                out.extend(self.chunk(child.get(_R_ID) or ""))
        if spaced:
            # A plain-text plan pasted a paragraph a line, its columns set apart by spaces.
            out = spaced_paragraphs(out, spaced)
        # Requisite blocks typed side by side first; what tabs line up after them may be a table.
        return tab_tables(unfold_columns(out, tabbed), tabbed, self.layout.warnings, stops) if tabbed else out

    def own_stops(self, p: etree._Element) -> bool:
        """Does a paragraph set tab stops of its own (`w:tabs`, in it or its style)?  Its tabs go
        to them, not to the default stops."""
        style = _val(p.find(f"{W}pPr/{W}pStyle")) or self.styles.default_paragraph
        return p.find(f"{W}pPr/{W}tabs") is not None or style in self.styles.tab_stops

    def half_points(self, p: etree._Element) -> int:
        """The size of a paragraph's text, in half-points: its first run's that sets one, else the
        document's default."""
        for r in p.iter(W + "r"):
            props = r.find(W + "rPr")
            if props is not None and props.find(W + "sz") is not None:
                return _half_points(props, self.styles.half_points)
        return self.styles.half_points

    def chunk(self, rid: str) -> list[Block]:
        """An imported part (w:altChunk) that Word shows in place: an HTML page (a web system's
        export puts the whole document in one) is read as a page; any other kind is told."""
        name, data = self.chunks.get(rid, ("", b""))
        if name.lower().endswith((".mht", ".mhtml")):
            data = _mht_html(data)
        elif not name.lower().endswith((".htm", ".html", ".xhtml")):
            if name:
                self.layout.warnings.append(
                    ExtractWarning("chunk_skipped", f"an imported part {posixpath.basename(name)!r} was not read")
                )
            return []
        if not data.strip():
            return []
        from magplan.extract import html

        page = html.layout_of(data)
        self.layout.warnings.extend(page.warnings)
        return page.blocks

    def table(self, tbl: etree._Element) -> Table:
        # Spans are cut to the grid the table declares (`limits`): a gridSpan of a million must
        # not become a million columns.  Without a tblGrid, Word's own limit of columns holds.
        declared = len(tbl.findall(f"{W}tblGrid/{W}gridCol"))
        width = min(declared, limits.max_columns()) if declared else limits.max_columns()
        cuts: list[str] = []
        rows = [self.row(tr, width, cuts) for tr in _children(tbl, W + "tr")]
        if cuts:
            shown = "; ".join(list(dict.fromkeys(cuts))[:3])
            self.layout.warnings.append(
                ExtractWarning("span_clipped", f"a table's spans reach past its {width} columns: {shown}")
            )
        return Table(rows=rows, ruled=self.ruled(tbl))

    def ruled(self, tbl: etree._Element) -> bool:
        borders = tbl.find(f"{W}tblPr/{W}tblBorders")
        if borders is not None:
            return _visible(borders)
        style = _val(tbl.find(f"{W}tblPr/{W}tblStyle"))
        if style and style in self.styles.table_borders:
            return self.styles.table_borders[style]
        drawn = [any(_visible(b) for b in tr.iter(W + "tcBorders")) for tr in _children(tbl, W + "tr")]
        return any(drawn) and not _header_rule_only(tbl, drawn)

    def row(self, tr: etree._Element, width: int, cuts: list[str]) -> Row:
        cells: list[Cell] = []
        column = 0

        def span(value: str | None, what: str) -> int:
            wanted = max(_count(value), 1)
            given = limits.cap_span(wanted, column, width)
            if wanted > given:
                cuts.append(f"{what} {value} cut to {given}")
            return given

        before = _val(tr.find(f"{W}trPr/{W}gridBefore"))
        if _count(before) > 0:
            column = span(before, "gridBefore")
            cells.append(Cell("", colspan=column))
        for tc in _children(tr, W + "tc"):
            props = tc.find(W + "tcPr")
            colspan = span(_val(props.find(W + "gridSpan")) if props is not None else None, "gridSpan")
            vmerge = props.find(W + "vMerge") if props is not None else None
            merged_up = vmerge is not None and _val(vmerge) in (None, "continue")
            text, listed = ("", ()) if merged_up else self.cell_text(tc)
            cells.append(Cell(text, colspan=colspan, merged_up=merged_up, listed=listed))
            column += colspan
        header = tr.find(f"{W}trPr/{W}tblHeader") is not None
        return Row(cells, is_header=header and _val(tr.find(f"{W}trPr/{W}tblHeader")) not in ("0", "false"))

    def cell_text(self, tc: etree._Element) -> tuple[str, tuple[int, ...]]:
        """The cell's text, and which of its lines are the rows of a table nested in it."""
        lines: list[str] = []
        nested: list[str] = []
        for block in self.blocks(tc):
            if isinstance(block, Paragraph):
                lines.append(block.text)
            else:  # a nested table: its rows as lines, cells joined by a space (as a page's are)
                rows = [nested_row_text(row) for row in block.rows]
                lines.extend(rows)
                nested.extend(rows)
        text = clean("\n".join(lines))
        return text, listed_lines(text, nested) if nested else ()

    # -- inline text ----------------------------------------------------

    def paragraph_text(self, p: etree._Element) -> str:
        return clean(self.raw_text(p))

    def raw_text(self, p: etree._Element) -> str:
        """The paragraph's text as its runs give it: tabs and line breaks kept, spaces not collapsed."""
        parts: list[str] = []
        mark = self.list_mark(p)
        if mark:
            parts.append(mark)
        self.inline(p, parts)
        return "".join(parts)

    def list_mark(self, p: etree._Element) -> str:
        props = p.find(W + "pPr")
        if props is None:
            return ""
        num_pr = props.find(W + "numPr")
        if num_pr is not None:
            num_id = _val(num_pr.find(W + "numId"))
            ilvl = _val(num_pr.find(W + "ilvl")) or "0"
        else:
            style = _val(props.find(W + "pStyle"))
            num_id, ilvl = self.styles.num_pr.get(style or "", (None, "0"))
        if not num_id or num_id == "0":
            return ""
        return self.numbering.mark(num_id, ilvl)

    def inline(self, parent: etree._Element, parts: list[str]) -> None:
        for child in parent:
            tag = child.tag
            if tag == W + "r":
                self.run(child, parts)
            elif tag in _INLINE_CONTAINERS:
                self.inline(child, parts)
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    self.inline(content, parts)

    def raised(self, r: etree._Element) -> bool:
        """Is the run printed raised (superscript, or a style that raises it)?"""
        props = r.find(W + "rPr")
        return props is not None and (
            _val(props.find(W + "vertAlign")) == "superscript"
            or (_val(props.find(W + "rStyle")) or "") in self.styles.superscript
        )

    def toggled(self, r: etree._Element, name: str) -> bool:
        """Is the toggle property `name` (`_TOGGLES`) on for run `r`: set on the run itself, else
        by its character style, else by its paragraph's style?"""
        styled = self.styles.toggles[name]
        props = r.find(W + "rPr")
        own = props.find(W + name) if props is not None else None
        if own is not None or not styled:
            return _on(own)
        if props is not None and _val(props.find(W + "rStyle")) in styled:
            return True
        paragraph = next(r.iterancestors(W + "p"), None)
        style = _val(paragraph.find(f"{W}pPr/{W}pStyle")) if paragraph is not None else None
        return (style or self.styles.default_paragraph) in styled

    def run(self, r: etree._Element, parts: list[str]) -> None:
        if self.toggled(r, "vanish"):
            return  # hidden text: the page prints none of it
        raised = self.raised(r)
        for child in r:
            tag = child.tag
            if tag == W + "t":
                text = child.text or ""
                parts.append(superscript(text) if raised and text.strip() else text)
            elif tag == W + "tab":
                parts.append("\t")
            elif tag in (W + "br", W + "cr"):
                parts.append("\n")
            elif tag == W + "noBreakHyphen":
                parts.append("-")
            elif tag == W + "sym":
                parts.append(_symbol(child.get(W + "font") or "", child.get(W + "char") or ""))
            elif tag == W + "footnoteReference":
                parts.append(superscript(self.footnote_marker(child.get(W + "id", ""))))
            elif tag == W + "endnoteReference":
                parts.append(superscript(self.footnote_marker("e" + child.get(W + "id", ""))))

    def footnote_marker(self, note_id: str) -> str:
        if note_id not in self.footnote_numbers:
            number = str(len(self.footnote_numbers) + 1)
            self.footnote_numbers[note_id] = number
            if note_id in self.footnote_texts:
                self.layout.footnotes.append(Footnote(number, self.footnote_texts[note_id]))
        return self.footnote_numbers[note_id]


# Symbol fonts' characters (w:sym) that print as a Unicode character: the marks of a period
# grid («I кв. | II кв. …» ticked with a check mark), bullets, a multiplication cross.
_SYMBOLS = {
    "wingdings": {0xFC: "✓", 0xFB: "✗", 0xFD: "☒", 0xFE: "☑", 0x6C: "●", 0x6E: "■", 0x9F: "•", 0xA7: "▪", 0x78: "☒"},
    "symbol": {0xB4: "×", 0xD6: "√", 0xB7: "•", 0x2B: "+", 0x2D: "−"},
}


def _symbol(font: str, char: str) -> str:
    """The character a w:sym prints (a private-use code of a symbol font), "" when unknown."""
    try:
        code = int(char, 16)
    except ValueError:
        return ""
    code = code - 0xF000 if code >= 0xF000 else code
    return _SYMBOLS.get(font.strip().lower().rstrip(" 0123456789"), {}).get(code, "")


def _count(value: str | None) -> int:
    """A span or skip attribute as a whole number (0 when absent or not a number).

    At most 9 digits are read: no span is that long, and parsing thousands of digits is slow."""
    digits = (value or "").strip()[:9]
    return int(digits) if digits.isascii() and digits.isdigit() else 0


def _is_layout(tbl: etree._Element) -> bool:
    return is_page_frame(tbl, W + "tbl", rows=lambda t: _children(t, W + "tr"), cells=lambda r: _children(r, W + "tc"))


def _text_boxes(p: etree._Element) -> list[etree._Element]:
    """The contents of the text boxes drawn in paragraph `p`, each once.

    Word writes a box twice, as DrawingML (`mc:Choice`) and as VML (`mc:Fallback`): the
    fallback copy is skipped.  A box inside another box is read with its outer box."""
    if p.find(f".//{W}txbxContent") is None:  # most paragraphs hold none: one quick look
        return []
    out: list[etree._Element] = []
    for box in p.iter(W + "txbxContent"):
        outer = box.getparent()
        while outer is not None and outer is not p:
            if outer.tag in (_MC_FALLBACK, W + "txbxContent"):
                break
            outer = outer.getparent()
        else:
            out.append(box)
    return out


# «Strict Open XML» (Word's «Strict» save option) names the same elements in other namespaces.
_STRICT_W = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
_STRICT_NAMESPACES = (
    (_STRICT_W, b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships", R_NS.encode()),
)


def _transitional(data: bytes) -> bytes:
    """A Strict part's XML in the transitional namespaces that the walker reads."""
    for strict, transitional in _STRICT_NAMESPACES:
        data = data.replace(strict, transitional)
    return data


def _mht_html(data: bytes) -> bytes:
    """The HTML of a MIME page (.mht, Word's «web archive»): its first text/html part."""
    import email
    from email.message import Message

    message: Message = email.message_from_bytes(data)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                charset = part.get_content_charset()
                if charset and charset.lower() not in ("utf-8", "utf8"):
                    try:
                        return payload.decode(charset, errors="replace").encode("utf-8")
                    except LookupError:
                        pass  # a charset Python does not know: the page reader guesses, as for any page
                return payload
    return b""


_R_ID = f"{{{R_NS}}}id"


def _before_table(blocks: list[Block]) -> list[Block]:
    """The blocks above the document's first table."""
    first = next((i for i, block in enumerate(blocks) if isinstance(block, Table)), len(blocks))
    return blocks[:first]


def _first_page_header(body: etree._Element) -> str | None:
    """The relationship id of the header printed on the first page: the first section's
    «first page» header where it has a different first page, else its default one."""
    section = next(body.iter(W + "sectPr"), None)
    if section is None:
        return None
    title_page = section.find(W + "titlePg")
    first = title_page is not None and _val(title_page) not in ("0", "false", "off")
    wanted = "first" if first else "default"
    for reference in section.iterchildren(W + "headerReference"):
        if (reference.get(W + "type") or "default") == wanted:
            return reference.get(_R_ID)
    return None


def _running_lines(
    body: etree._Element, part: Callable[[str], etree._Element | None], styles: _Styles, tag: str
) -> list[str]:
    """The text lines of every header part (`tag` "headerReference") or footer part
    ("footerReference") the sections print, each once."""
    plain = _Walker(_Numbering(), styles, {})
    lines: list[str] = []
    for reference in body.iter(W + tag):
        root = part(reference.get(_R_ID) or "")
        for p in root.iter(W + "p") if root is not None else ():
            lines.extend(line for line in plain.paragraph_text(p).splitlines() if line.strip())
    return list(dict.fromkeys(lines))


def _footer_requisites(lines: list[str]) -> list[ExtractWarning]:
    """The requisites that a footer part prints under every page («Исполнитель: Петрова А.А.,
    тел. …», «Исп. …»: GOST's executor, which Word users keep in the footer): the contract does not
    carry them (no footnote: no marker points at them), so each is said, as the same line under
    the signature in the body is, never dropped silently.  A page number or a running title is
    the layout's: nothing to say."""
    return [
        ExtractWarning("text_skipped", f"a line of the page footer, a requisite, was not read: {clean(line)}")
        for line in lines
        if starts_requisite(line)
    ]


def _children(parent: etree._Element, tag: str) -> list[etree._Element]:
    """Direct children with `tag`, looking through content controls."""
    out: list[etree._Element] = []
    for child in parent:
        if child.tag == tag:
            out.append(child)
        elif child.tag in _BLOCK_CONTAINERS:
            content = child.find(W + "sdtContent") if child.tag == W + "sdt" else child
            if content is not None:
                out.extend(_children(content, tag))
    return out


def _part_paths(archive: zipfile.ZipFile) -> tuple[str, dict[str, str]]:
    """The main document part and its related parts (styles, numbering, footnotes…), by kind
    and by relationship id ("rId7": a header part)."""
    main = "word/document.xml"
    rels = read_member(archive, "_rels/.rels")
    if rels is not None:
        for rel in parse_xml(rels, "_rels/.rels").iter(_REL):
            if rel.get("Type", "").endswith(_OFFICE_DOCUMENT):
                main = rel.get("Target", main).lstrip("/")
    folder, name = posixpath.split(main)
    related: dict[str, str] = {}
    doc_rels = read_member(archive, posixpath.join(folder, "_rels", name + ".rels"))
    if doc_rels is not None:
        for rel in parse_xml(doc_rels, name + ".rels").iter(_REL):
            kind = rel.get("Type", "").rsplit("/", 1)[-1]
            target = rel.get("Target", "")
            related[kind] = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            related[rel.get("Id", "")] = related[kind]
    return main, related


def _footnote_texts(root: etree._Element | None, walker_styles: _Styles) -> dict[str, str]:
    if root is None:
        return {}
    texts: dict[str, str] = {}
    plain = _Walker(_Numbering(), walker_styles, {})
    for note in root:
        if note.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        paragraphs = [plain.paragraph_text(p) for p in note.iter(W + "p")]
        if paragraphs:
            paragraphs[0] = paragraphs[0].removeprefix(_custom_mark(note, plain))
        texts[note.get(W + "id", "")] = clean(" ".join(paragraphs))
    return texts


def _custom_mark(note: etree._Element, walker: _Walker) -> str:
    """The mark a footnote opens with where it is typed, not numbered (a reference with
    `w:customMarkFollows`, «*» for one): the text of the runs before its first text, raised or
    of marker characters only (LibreOffice writes Word's raised «*» as «*» and a raised «*»).
    A numbered footnote opens with `w:footnoteRef`, which prints no text here."""
    first = next(note.iter(W + "p"), None)
    parts: list[str] = []
    for r in first.iter(W + "r") if first is not None else ():
        text = "".join(t.text or "" for t in r.iter(W + "t")).strip()
        if text and not walker.raised(r) and text.strip(MARKER_CHARS):
            break
        walker.run(r, parts)
    return "".join(parts).strip()


def extract(path: Path) -> Layout:
    with open_package(path, "a DOCX") as archive:
        main, related = _part_paths(archive)
        document_xml = read_member(archive, main)
        if document_xml is None:
            raise DamagedFile("not a DOCX file: it has no main document part")

        strict = _STRICT_W in document_xml

        def part(kind: str) -> etree._Element | None:
            name = related.get(kind)
            data = read_member(archive, name) if name else None
            if data is not None and strict:
                data = _transitional(data)
            return parse_xml(data, name) if data is not None and name else None

        if strict:
            document_xml = _transitional(document_xml)

        styles = _Styles.parse(part("styles"))
        styles.tab_twips = _default_tab(part("settings"))
        numbering = _Numbering.parse(part("numbering"))
        notes = _footnote_texts(part("footnotes"), styles)
        notes.update({f"e{k}": v for k, v in _footnote_texts(part("endnotes"), styles).items()})
        root = parse_xml(document_xml, main)
        body = root.find(W + "body")
        if body is None:
            raise DamagedFile("not a DOCX file: the document part has no body")
        header_id = _first_page_header(body)
        header = part(header_id) if header_id else None
        footer = _running_lines(body, part, styles, "footerReference")
        running = list(dict.fromkeys([*_running_lines(body, part, styles, "headerReference"), *footer]))
        chunks = {
            rid: (related[rid], read_member(archive, related[rid]) or b"")
            for chunk in body.iter(W + "altChunk")
            if (rid := chunk.get(_R_ID)) and rid in related
        }
    walker = _Walker(numbering, styles, notes, chunks)
    walker.layout.blocks = walker.blocks(body)
    walker.layout.running = running
    walker.layout.warnings.extend(_footer_requisites(footer))
    if header is not None:
        above = walker.blocks(header)
        # An approval block that Word keeps in the first page's header stands above the plan
        # there, and so does the plan's heading when the body prints none above its table (the
        # heading set as the page's header); any other header (a running title over a heading
        # of the body's own, a page number) is no part of the document.
        if any(isinstance(block, Paragraph) and REQUISITE_HEAD.match(block.text) for block in above) or (
            plan_headings(above) and not plan_headings(_before_table(walker.layout.blocks))
        ):
            walker.layout.blocks[:0] = above
    if root.find(f".//{W}ins") is not None or root.find(f".//{W}del") is not None:
        walker.layout.warnings.append(
            ExtractWarning("tracked_changes", "the document has tracked changes; read as if all were accepted")
        )
    return walker.layout
