"""From a `Layout` (paragraphs and tables) to the parts of a plan.

This is where a document becomes a plan, the same way for every input format:
the plan tables are found by their header row, each column gets a role from
its header, rows become section headings, items or continuations of the item
above, and the text around the tables gives the title, the approval block,
the signature block and the footnotes.  Nothing here interprets wording
(dates, organizers…): that is `magplan.normalize`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from magplan.errors import NoPlanFound
from magplan.layout import Block, ExtractWarning, Footnote, Layout, Paragraph, Row, Table
from magplan.model import Approval, Signatory
from magplan.normalize.numbers import row_number
from magplan.requisites import APPROVAL_HEAD, approval_block, is_heading_line, signatory_block, title_lines
from magplan.text import (
    BULLET_GLYPHS,
    PAGE_NUMBER,
    clean,
    clean_line,
    marker_key,
    split_leading_marker,
    split_trailing_markers,
)

# Column roles, from the header cell's wording.  Checked in this order, since
# «Срок проведения мероприятия» names a date, not the event.
_ROLE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("number", re.compile(r"№|п\s*/\s*п|^номер")),
    ("place_date", re.compile(r"мест[оа].*(дат|срок|врем)|(дат|срок|врем).*мест[оа]")),
    ("place", re.compile(r"мест[оа]")),
    ("date", re.compile(r"\bдат[аы]|\bсрок|\bвремя|\bпериод")),
    # Stems short enough to survive a header word cut by a narrow column («Ответствен» / «ные»).
    ("responsible", re.compile(r"ответствен|исполнител")),
    ("note", re.compile(r"примечани")),
    ("title", re.compile(r"мероприяти|наименование|содержание|название|\bтема\b|событи")),
    # «№ | Город | Лет | Дата»: a table of city anniversaries or city days with its own header.
    ("title", re.compile(r"^город")),
)

_ROMAN_NUMBER = re.compile(r"^\s*[IVXLC]+\s*\.?\s*$")
_BULLET_START = re.compile(rf"^\s*[{BULLET_GLYPHS}\-–—]")
_SENTENCE_END = re.compile(r"[.!?»\")]$")
_HYPHEN_END = re.compile(r"(?<=\w)-$")


@dataclass(slots=True)
class RawItem:
    section: str
    cells: dict[str, str]
    extras: list[tuple[str, str]] = field(default_factory=list)
    page: int | None = None


@dataclass(slots=True)
class RawPlan:
    title_lines: list[str] = field(default_factory=list)
    approval: Approval | None = None
    signatory: Signatory | None = None
    # Footnotes as (marker key, text), in printed order.
    footnotes: list[tuple[str, str]] = field(default_factory=list)
    items: list[RawItem] = field(default_factory=list)
    warnings: list[ExtractWarning] = field(default_factory=list)


@dataclass(slots=True)
class _Columns:
    roles: list[str]  # per grid column: a role name or "extra"
    headers: list[str]
    # The header row(s) as printed, to drop them where the page layout repeats them.
    header_rows: list[tuple[str, ...]]

    @property
    def width(self) -> int:
        return len(self.roles)


def column_role(header: str) -> str:
    low = clean_line(header.replace("\n", " ")).lower()
    for role, pattern in _ROLE_RULES:
        if pattern.search(low):
            return role
    return "extra"


def _grid(row: Row, width: int) -> list[tuple[str, bool]]:
    """A row's text per grid column, and whether a vertical merge from the row above covers it.

    A spanning cell gives its text to its first column; the others are empty.
    """
    out: list[tuple[str, bool]] = []
    for cell in row.cells:
        out.append((cell.text, cell.merged_up))
        out.extend(("", cell.merged_up) for _ in range(cell.colspan - 1))
    out.extend(("", False) for _ in range(width - len(out)))
    return out[:width] if width else out


def _row_texts(row: Row) -> tuple[str, ...]:
    """A row's text per grid column; a spanning cell's text stands in every column it covers."""
    return tuple(cell.text.strip() for cell in row.cells for _ in range(cell.colspan))


def _header_columns(row: Row) -> _Columns | None:
    return _columns_from(list(_row_texts(row)), [_row_texts(row)])


def is_header_row(row: Row) -> bool:
    """Whether `row` names a plan table's columns (title and one of №, place, date, note)."""
    return _header_columns(row) is not None


def _columns_from(texts: list[str], header_rows: list[tuple[str, ...]]) -> _Columns | None:
    roles = [column_role(t) if t.strip() else "extra" for t in texts]
    if "title" not in roles or not ({"number", "place_date", "place", "date", "note"} & set(roles)):
        return None
    seen: set[str] = set()
    for i, role in enumerate(roles):
        if role in seen and role != "extra":
            roles[i] = "extra"
        seen.add(role)
    headers = [clean_line(t.replace("\n", " ")) for t in texts]
    return _Columns(roles, headers, header_rows)


def _with_subheader(columns: _Columns, top: Row, sub: Row) -> _Columns | None:
    """A second header row under a spanning one («Место и сроки проведения» over
    «Место» | «Срок»): the lower cells name their columns.  None when `sub` is not one."""
    if not any(cell.colspan > 1 for cell in top.cells):
        return None
    below = _row_texts(sub)
    if len(below) != columns.width:
        return None
    filled = [text for text in below if text]
    if not filled or any(column_role(text) == "extra" or row_number(text) is not None for text in filled):
        return None
    texts = [low or high for low, high in zip(below, columns.headers, strict=True)]
    return _columns_from(texts, [*columns.header_rows, below])


def _is_number_row(row: Row) -> bool:
    """The «1 2 3 4» row of column numbers that GOST tables repeat on each page."""
    texts = [c.text.strip() for c in row.cells if c.text.strip()]
    return len(texts) >= 2 and texts == [str(i) for i in range(1, len(texts) + 1)]


class _Assembler:
    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.plan = RawPlan(warnings=list(layout.warnings))
        self.section = ""
        self.columns: _Columns | None = None
        self.last_page: int | None = None

    def run(self) -> RawPlan:
        blocks = self.layout.blocks
        header_width = _first_header_width(blocks)
        plan_tables = [i for i, b in enumerate(blocks) if isinstance(b, Table) and self._is_plan_table(b, header_width)]
        if not plan_tables:
            raise NoPlanFound("no plan table found (a table with a «№ п/п» / «Мероприятия» header row)")
        first, last = plan_tables[0], plan_tables[-1]
        before = _lines(blocks[:first])
        self._head(before)
        for index in range(first, last + 1):
            block = blocks[index]
            if index in plan_tables:
                assert isinstance(block, Table)
                self._table(block)
            else:
                heading = [line for line, _ in _lines([block]) if is_heading_line(line)]
                if heading:
                    self.section = heading[-1]
        self._tail(_lines(blocks[last + 1 :]))
        for note in self.layout.footnotes:
            self.plan.footnotes.append((marker_key(note.marker), clean_line(note.text.replace("\n", " "))))
        return self.plan

    # -- tables -------------------------------------------------------------

    def _is_plan_table(self, table: Table, header_width: int | None) -> bool:
        if any(_header_columns(row) for row in table.rows[:3]):
            return True
        # A section printed as its own ruled table, without repeating the header:
        # as wide as the plan's header, with numbered rows.
        width = max((sum(c.colspan for c in r.cells) for r in table.rows), default=0)
        return (
            table.ruled
            and width == header_width
            and any(row_number(r.cells[0].text) is not None for r in table.rows if r.cells)
        )

    def _table(self, table: Table) -> None:
        rows = table.rows
        for start, row in enumerate(rows[:3]):
            columns = _header_columns(row)
            if columns:
                rows = rows[start + 1 :]
                two_level = _with_subheader(columns, row, rows[0]) if rows else None
                if two_level:
                    columns, rows = two_level, rows[1:]
                self.columns = columns
                break
        columns = self.columns
        if columns is None:
            return
        number_col = _role_index(columns, "number")
        numbered = number_col is not None and any(
            row_number(_grid(r, columns.width)[number_col][0]) is not None for r in rows
        )
        for row in rows:
            if _row_texts(row) in columns.header_rows or _is_number_row(row):
                continue  # a header row repeated by the page layout
            # A row that opens a new page may be the rest of a row split by the page break.
            self._row(row, columns, numbered, row.page != self.last_page)
            self.last_page = row.page

    def _row(self, row: Row, columns: _Columns, numbered: bool, new_page: bool) -> None:
        grid = _grid(row, columns.width)
        filled = [(i, text) for i, (text, _) in enumerate(grid) if text.strip()]
        if not filled:
            return
        spans_all = len(row.cells) == 1 and row.cells[0].colspan >= max(columns.width - 1, 2)
        number_col = _role_index(columns, "number")
        number_text, number_merged = grid[number_col] if number_col is not None else ("", False)
        is_numbered = row_number(number_text) is not None
        if spans_all or (
            len(filled) == 1
            and not is_numbered
            and not number_merged
            and self._looks_like_heading(filled[0][1], filled[0][0], number_col, new_page)
        ):
            self.section = clean(filled[0][1])
            return
        title_col = _role_index(columns, "title")
        if (
            _ROMAN_NUMBER.match(number_text)
            and title_col is not None
            and {i for i, _ in filled} == {number_col, title_col}
        ):
            # «II. | Информационная деятельность»: a numbered section, not an item.
            self.section = clean(grid[title_col][0])
            return
        items = self.plan.items
        # A page break can cut a number too wide for its column («159» / «.»): the
        # rest holds no digit, and the row is still a continuation.
        if numbered and not is_numbered and not any(ch.isalnum() for ch in number_text) and items:
            self._continue(items[-1], grid, columns, new_page)
            return
        item = RawItem(section=self.section, cells={}, page=row.page)
        for i, (text, merged) in enumerate(grid):
            role = columns.roles[i]
            if role == "extra":
                if text.strip():
                    item.extras.append((columns.headers[i] or f"Столбец {i + 1}", clean(text)))
            elif role == "responsible" and merged and items:
                # A vertically merged «Ответственные» cell names the same people for every row it spans.
                item.cells[role] = items[-1].cells.get(role, "")
            else:
                item.cells[role] = clean(text)
        items.append(item)

    def _looks_like_heading(self, text: str, column: int, number_col: int | None, new_page: bool) -> bool:
        """A lone text in a row without a number: a heading, unless it continues an item."""
        if column == number_col:
            return True
        if not self.plan.items:
            return True
        stripped = text.strip()
        return not (new_page or _BULLET_START.match(stripped) or stripped[:1].islower())

    def _continue(self, item: RawItem, grid: list[tuple[str, bool]], columns: _Columns, new_page: bool) -> None:
        for i, (text, _) in enumerate(grid):
            text = clean(text)
            if not text:
                continue
            role = columns.roles[i]
            if role == "extra":
                item.extras.append((columns.headers[i], text))
            elif role != "number":
                previous = item.cells.get(role, "")
                item.cells[role] = _join_continued(previous, text, new_page) if previous else text

    # -- text around the tables ---------------------------------------------

    def _head(self, lines: list[tuple[str, int]]) -> None:
        texts = [line for line, _ in lines]
        title_from = 0
        for i, line in enumerate(texts):
            if APPROVAL_HEAD.match(line):
                self.plan.approval, title_from = approval_block(texts, i)
                break
        found = title_lines(texts, title_from)
        if found is None:
            return
        self.plan.title_lines, rest = found
        headings = [line for line in rest if is_heading_line(line)]
        if headings:
            self.section = headings[-1]

    def _tail(self, lines: list[tuple[str, int]]) -> None:
        used_keys = {marker_key(m) for m in self._markers_in_items()}
        signature: list[str] = []
        for line, _ in lines:
            marker, text = split_leading_marker(line)
            plain_digit = marker.isdigit() and marker_key(marker) not in used_keys
            if marker and text.strip() and not plain_digit:
                self.plan.footnotes.append((marker_key(marker), clean_line(text)))
            elif not PAGE_NUMBER.match(line):
                signature.append(line)
        self.plan.signatory = signatory_block(signature)

    def _markers_in_items(self) -> list[str]:
        markers = []
        for item in self.plan.items:
            markers.append(split_trailing_markers(item.section)[1])
            markers.extend(split_trailing_markers(text)[1] for text in item.cells.values())
        return [m for m in markers if m]


def _join_continued(previous: str, text: str, split_by_page: bool) -> str:
    """A continuation row's text after the item's.  A row that a page break split
    goes on mid-paragraph, unless the new part opens a list item or follows a
    finished sentence; a continuation row of the source is a new paragraph."""
    if split_by_page and _HYPHEN_END.search(previous) and text[:1].isalpha():
        return previous + text
    if not split_by_page or _BULLET_START.match(text) or (_SENTENCE_END.search(previous) and text[:1].isupper()):
        return f"{previous}\n{text}"
    return f"{previous} {text}"


def _first_header_width(blocks: list[Block]) -> int | None:
    """The number of grid columns of the first table with a plan header row."""
    for block in blocks:
        if isinstance(block, Table):
            for row in block.rows[:3]:
                columns = _header_columns(row)
                if columns:
                    return columns.width
    return None


def _role_index(columns: _Columns, role: str) -> int | None:
    return columns.roles.index(role) if role in columns.roles else None


def _lines(blocks: list[Block]) -> list[tuple[str, int]]:
    """Text lines of paragraphs and of borderless tables, in order."""
    out: list[tuple[str, int]] = []
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            out.extend((line, index) for line in clean(block.text).split("\n") if line)
        else:
            for row in block.rows:
                cells = [clean(c.text) for c in row.cells if c.text.strip()]
                if len(cells) > 1 and all("\n" not in c for c in cells):
                    out.append(("\t".join(cells), index))
                else:
                    out.extend((line, index) for cell in cells for line in cell.split("\n"))
    return out


def assemble(layout: Layout) -> RawPlan:
    """Find the plan in a layout; raises `NoPlanFound` when it holds none."""
    return _Assembler(layout).run()


__all__ = ["Footnote", "RawItem", "RawPlan", "assemble", "column_role", "is_header_row"]
