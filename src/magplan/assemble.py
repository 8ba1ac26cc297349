"""From a `Layout` (paragraphs and tables) to the parts of a plan.

This is where a document becomes a plan, the same way for every input format:
the plan tables are found by their header row, each column gets a role from
its header, rows become section headings, items or continuations of the item
above, and the text around the tables gives the title, the approval block,
the signature block and the footnotes.  Nothing here interprets wording
(dates, organizers…): that is `magplan.normalize`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from itertools import islice, pairwise

from magplan.column_roles import GROUP_HEADER, column_role
from magplan.errors import NoPlanFound
from magplan.layout import Block, Cell, ExtractWarning, Footnote, Layout, Paragraph, Row, Table
from magplan.model import Approval, Signatory
from magplan.normalize import lexicon
from magplan.normalize.dates import looks_like_period, parse_period
from magplan.normalize.months import NOMINATIVE
from magplan.normalize.numbers import age_years, row_number, totals, without_age
from magplan.requisites import (
    APPROVAL_HEAD,
    COPYRIGHT,
    REQUISITE_HEAD,
    YEAR,
    about_the_page,
    approval_block,
    further_signatories,
    is_heading_line,
    is_plan_heading,
    is_table_label,
    issue_lines,
    name_beside,
    names_position,
    opens_head_requisite,
    other_document,
    paired_signatories,
    plan_year,
    position_below,
    signatory_lines,
    title_lines,
)
from magplan.text import (
    BULLET_GLYPHS,
    ENDNOTE_NUMERAL,
    LIST_SEPARATORS,
    NUMERO_MISREAD,
    OPENING_QUOTES,
    PAGE_NUMBER,
    PREPOSITION_END,
    clean,
    clean_line,
    closes_again,
    known_word,
    letters_alike,
    marker_key,
    marker_keys,
    number_joined,
    one_line,
    quote_goes_on,
    raised_roman,
    split_leading_marker,
    split_trailing_markers,
)

# Spaces that set a text apart as a tab does (two or more; no-break spaces count).
_GAP = re.compile(r"[ \u00a0]{2,}")
# Columns whose vertically merged cell gives its text to every item row it spans (an event
# cell merged over two numbered rows: one event held twice, «Выездное заседание» | март / сентябрь).
_SHARED_WHEN_MERGED = frozenset(("responsible", "date", "date_end", "place", "place_date", "note", "title"))
# The lower cells of a date group that name a period's two ends («Срок» over «начало | окончание»,
# «Дата» over «с | по»).
_PERIOD_START = re.compile(r"^(?:начал[оа]|дата\s+начала|с)\b")
_PERIOD_END = re.compile(r"^(?:окончани[ея]|завершени[ея]|конец|дата\s+окончания|по)\b")
# How far down a table its header row may stand: under the plan's heading (and an approval
# block) printed as the table's first rows.
_HEADER_ROWS_DOWN = 6
# A bare ordinal under a date group that names its unit («Квартал» over «I | II | III | IV»).
_BARE_ORDINAL = re.compile(r"^(?:I{1,3}|IV|[1-4])\.?$")
_GROUP_UNIT = re.compile(r"квартал|полугоди")
_UNIT_WORDS = {"кварт": "квартал", "полуг": "полугодие"}
# The lines above a table that may hold its heading (a page's menus stand further up).
_HEADING_LINES = 8
# A date column's header that names a period's end («Дата окончания», «Срок завершения»).
_END_HEADER = re.compile(r"окончани|завершени|\bконец\b|\bконца\b")
# A section's Roman numeral in the number column, or the «№» sign a scan may read it as («IV.»).
_SECTION_NUMERAL = re.compile(r"^\s*(?:[IVXLC]+|№)\s*\.?\s*$")
# A section's letter («А.»), or what a scan reads a numeral as («a», «[В»): a letter or two, no
# figure, no bracket closing it («а)» is a sub-item's) …
_SECTION_LETTERS = re.compile(r"^\s*[^\w)]{0,2}([^\W\d_]{1,2})[^\w)]{0,2}\s*$")
# … and not in small Russian letters: a sub-item's «а.», a word («и», «др.»).
_SMALL_RUSSIAN = re.compile(r"[а-яё]+")
_BULLET_START = re.compile(rf"^\s*[{BULLET_GLYPHS}\-–—]")
_SENTENCE_END = re.compile(r"[.!?»\")]$")
# A short lower-case word with a dot ends no sentence: an abbreviation («г.», «им.», «ул.»).
_ABBREVIATION_END = re.compile(r"(?:^|[\s(«])[а-яё]{1,3}\.$")
_HYPHEN_END = re.compile(r"(?<=\w)-$")
# A page's first row of no more words than this, none in small letters, is no heading of its own.
_ABBREVIATIONS_ALONE = 2
# … each of at most this many letters («МАГ», «СНГ», «ЕАЭС»).
_ABBREVIATION_LETTERS = 5
_LIST_OPENING = re.compile(r"\s*(?:[IVXLC]+|\d+)[.)]")
# A cell's last word and the next page's first one: perhaps one word a page break cut.
_LAST_WORD = re.compile(r"(?<![\w-])([а-яёА-ЯЁ]{3,})$")
_FIRST_WORD = re.compile(r"^([а-яё]+)(?![\w-])")
_WORDS = re.compile(r"[а-яёa-z]+")
# A cell on the next page holding only a word this short holds the rest of a word the page break cut.
_LONE_REST = 2
# An endnote's number as printed on its line: «i», «ii», «iii» before the note's text.
_ENDNOTE_NUMBER = re.compile(rf"^\s*({ENDNOTE_NUMERAL})\s+(?=\S)")
# A web page's notes list printed: its number and a dot, the link back to the marker before
# the text («1. ↑ Даты…», MediaWiki) or after it («1. Даты… ↩︎», Hugo, Pandoc, GitHub).
_BACK_ARROW = r"[↑↩⤴⬆][\ufe0e\ufe0f]?"
_LISTED_NOTE = re.compile(rf"^\s*(\d{{1,2}})\.\s+(?:{_BACK_ARROW}\s*)?(?=\S)")
# (A scan reads the arrow at the line's end as «~».)
_BACK_LINK_END = re.compile(rf"(?:\s*{_BACK_ARROW}|\s+~)+\s*$")
# A period grid's column header is a short wording («I кв.», «II квартал», «янв.»), not a sentence.
_PERIOD_HEADER = 20
# What a period grid's cell holds to say «in this period»: a plus, a cross, a tick, a dot.
_TICK = re.compile(r"^[+xхXХ×✓✔✕✖✗☑☒√vV*•●◆■▪]$")
# A heading's number before its name: «3. Юбилейные даты …», «II. Информационная работа».
_NUMBERED_HEADING = re.compile(r"\s*(?:[IVXLC]+|\d{1,2})\.\s+[А-ЯЁA-Z«]")
# A sub-item's number «1.1», «2.3.»: the whole number before the dot is its heading's.
_SUB_NUMBER = re.compile(r"^\s*(\d{1,3})\.\d{1,3}\.?\s*$")


# Set (to anything) in the environment, every plan assembled is checked against rule 14
# (`check_rows`): the test suite sets it, for itself and the programs it starts.
CHECK_ROWS = "MAGPLAN_CHECK_ROWS"


@dataclass(slots=True)
class RawItem:
    section: str
    cells: dict[str, str]
    extras: list[tuple[str, str]] = field(default_factory=list)
    page: int | None = None


@dataclass(slots=True)
class RowTally:
    """What every row of the plan tables became (SCHEMA rule 14).

    Each row is counted once: a header row (first, repeated, or the GOST «1 2 3
    4» row), a section heading, an item, a continuation of the item above, a
    skipped row (with a `row_skipped` warning carrying its text), or a blank
    row that holds no text at all.  `balanced` is the check that nothing was
    lost on the way.
    """

    rows: int = 0
    headers: int = 0
    sections: int = 0
    items: int = 0
    continuations: int = 0
    skipped: int = 0
    blank: int = 0

    @property
    def balanced(self) -> bool:
        parts = self.headers + self.sections + self.items + self.continuations + self.skipped + self.blank
        return self.rows == parts


@dataclass(slots=True)
class RawPlan:
    title_lines: list[str] = field(default_factory=list)
    approval: Approval | None = None
    signatory: Signatory | None = None
    # Footnotes as (marker key, text), in printed order.
    footnotes: list[tuple[str, str]] = field(default_factory=list)
    items: list[RawItem] = field(default_factory=list)
    warnings: list[ExtractWarning] = field(default_factory=list)
    tally: RowTally = field(default_factory=RowTally)
    running_lines: list[str] = field(default_factory=list)  # `Layout.running`


@dataclass(slots=True)
class _Columns:
    roles: list[str]  # per grid column: a role name or "extra"
    headers: list[str]
    # The header row(s) as printed, to drop them where the page layout repeats them.
    header_rows: list[tuple[str, ...]]
    # Per grid column, the column whose header cell spans it (itself where none does): a row that
    # splits a spanned column into cells of its own (a PDF-to-Word converter's grid, a thin
    # empty cell beside the text, the number in the second of two) has its text in that column.
    owners: tuple[int, ...] = ()
    # Where the number and the event stand, looked up once, not for every row.
    number_col: int | None = field(init=False)
    title_col: int | None = field(init=False)
    # The header rows, each as compared with a row that may repeat it (`_header_key`); and the
    # cells of their column `probe` (the event's, else the first): a row whose cell there reads
    # otherwise repeats none of them.
    header_keys: frozenset[tuple[tuple[str, ...], ...]] = field(init=False)
    probe: int = field(init=False)
    header_probes: frozenset[tuple[str, ...]] = field(init=False)
    # Columns of a period grid («I кв. | II кв. | III кв. | IV кв.», «январь | февраль | …»)
    # where a mark in a row's cell says when it is held (`_ticked`).
    ticks: frozenset[int] = field(init=False)
    # (column, owner) of each column that a header cell spans with the one before it: what
    # `_join_spanned` moves, listed once, not looked for in every row.
    spanned: tuple[tuple[int, int], ...] = field(init=False)

    def __post_init__(self) -> None:
        self.spanned = tuple((i, owner) for i, owner in enumerate(self.owners) if owner != i)
        self.number_col = _index_of(self.roles, "number")
        self.title_col = _index_of(self.roles, "title")
        # (A row of marks alone, «№ | 1 | 2 | 3», keys to nothing: no row is told by it.)
        self.header_keys = frozenset(key for header in self.header_rows if any(key := _header_key(header)))
        self.probe = self.title_col if self.title_col is not None else 0
        self.header_probes = frozenset(key[self.probe] for key in self.header_keys if self.probe < len(key))
        grid = [
            i
            for i, (role, header) in enumerate(zip(self.roles, self.headers, strict=True))
            if role == "extra" and len(header) <= _PERIOD_HEADER and looks_like_period(header)
        ]
        self.ticks = frozenset(grid) if len(grid) >= 2 else frozenset()

    @property
    def width(self) -> int:
        return len(self.roles)

    def extra_name(self, i: int) -> str:
        """The name column `i` goes under in an item's extras: its header, or «Столбец N» where
        the table prints none (two unnamed columns stay two)."""
        return self.headers[i] or f"Столбец {i + 1}"


def _index_of(roles: list[str], role: str) -> int | None:
    return roles.index(role) if role in roles else None


def _blocks_side_by_side(texts: list[str]) -> list[str]:
    """Lines of blocks printed side by side («СОГЛАСОВАНО» on the left, «УТВЕРЖДАЮ» on the right,
    read from a page as one line each with a tab between) as one block after the other.

    Only where a block opens with an approval head word in one of its columns and the line is no
    approval's own (its head word then in the first column beside another block's, «УТВЕРЖДАЮ» on
    the left, «СОГЛАСОВАНО» on the right); any other text keeps its lines.
    """
    out: list[str] = []
    start = 0
    while start < len(texts):
        end = start
        while end < len(texts) and "\t" in texts[end]:
            end += 1
        if end == start:
            out.append(texts[start])
            start += 1
            continue
        rows = [line.split("\t") for line in texts[start:end]]
        heads = [i for i, part in enumerate(rows[0]) if REQUISITE_HEAD.match(part.strip())]
        if any(APPROVAL_HEAD.match(part.strip()) for part in rows[0]) and heads != [0]:
            width = max(len(row) for row in rows)
            out.extend(row[k].strip() for k in range(width) for row in rows if k < len(row) and row[k].strip())
        else:
            out.extend(texts[start:end])
        start = end
    return out


def _grid(row: Row, width: int) -> list[tuple[str, bool]]:
    """A row's text per grid column, and whether a vertical merge from the row above covers it.

    A spanning cell gives its text to its first column; the others are empty.
    """
    out: list[tuple[str, bool]] = []
    for cell in row.cells:
        out.append((cell.text, cell.merged_up))
        if cell.colspan > 1:  # most cells span nothing: no list to extend
            out.extend([("", cell.merged_up)] * (cell.colspan - 1))
    if len(out) < width:
        out.extend([("", False)] * (width - len(out)))
    return out[:width] if width and len(out) > width else out


def _any_listed(cells: list[Cell]) -> bool:
    """Whether a cell of the row holds the rows of a nested table (asked of every row: a plain
    loop, cheaper than a generator or a mapped `attrgetter` there)."""
    for cell in cells:  # noqa: SIM110 (the generator `any` suggests costs a frame per cell)
        if cell.listed:
            return True
    return False


def _join_spanned(grid: list[tuple[str, bool]], spanned: tuple[tuple[int, int], ...]) -> None:
    """Move the text of a grid column that a header cell spans with the one before it into the
    column the header names (joined by a line break where that one holds text too).
    `spanned`: (column, its owner) of each such column (`_Columns.spanned`; most tables have none)."""
    for i, owner in spanned:
        if i < len(grid) and grid[i][0].strip():
            text = grid[owner][0]
            grid[owner] = (f"{text}\n{grid[i][0]}" if text.strip() else grid[i][0], False)
            grid[i] = ("", grid[i][1])


def _listed_as_members(row: Row, grid: list[tuple[str, bool]], title_col: int) -> None:
    """The rows of a table nested in the event's cell, under its own text, are the item's listed
    sub-items (its members, as a bulleted list is): each such line in `grid` gets a bullet.  A
    nested table that opens the cell gives its first row as the event's name."""
    column = 0
    for cell in row.cells:
        if column == title_col and cell.listed and column < len(grid):
            lines = grid[column][0].split("\n")
            for i in cell.listed:
                if 0 < i < len(lines) and not lines[i].lstrip().startswith(tuple(BULLET_GLYPHS)):
                    lines[i] = "• " + lines[i]
            grid[column] = ("\n".join(lines), grid[column][1])
            return
        column += cell.colspan


def _row_texts(row: Row) -> tuple[str, ...]:
    """A row's text per grid column; a spanning cell's text stands in every column it covers."""
    return tuple(cell.text.strip() for cell in row.cells for _ in range(cell.colspan))


def _header_columns(row: Row, strict: bool = True) -> _Columns | None:
    return _columns_from(list(_row_texts(row)), [_row_texts(row)], strict)


def is_header_row(row: Row) -> bool:
    """Whether `row` can name a plan table's columns (an event column and another
    known one); whether the table is a plan is decided by `assemble`."""
    return _header_columns(row, strict=False) is not None


# A plan's header names the event column and a column that says when or where;
# other tables (price lists, attendance lists) name other things.
_WHEN_OR_WHERE = frozenset({"place_date", "place", "date"})
_ANY_DETAIL = frozenset({"number", "place_date", "place", "date", "note", "responsible"})


# «№ Мероприятие» in one header cell over two columns: the numbers' sign, the next column's name.
_NUMERO_AND_NAME = re.compile(r"^(№\s*(?:п\s*/\s*п\.?)?)\s+([А-ЯЁ].*)$", re.DOTALL)


def _numero_parted(texts: list[str]) -> list[str]:
    """The header's texts per grid column with a cell over two columns that opens with «№» parted
    into the sign and the name after it: a scan that lost the rule between «№» and «Мероприятие»
    in the header row (its rows drawn apart) reads one cell over both columns."""
    out = list(texts)
    for i in range(len(out) - 1):
        if out[i] == out[i + 1] and (match := _NUMERO_AND_NAME.match(out[i].strip())):
            out[i], out[i + 1] = match[1], match[2]
    return out


def _columns_from(texts: list[str], header_rows: list[tuple[str, ...]], strict: bool = True) -> _Columns | None:
    """The columns a header row names, or None when it is not a plan's header.

    Strict: an event column and a date or place column.  Otherwise (a table
    under a plan heading with a year) an event column and any other known one.
    """
    # A row that holds a row number is data («3. | Круглый стол «Событийный…» | … | Место
    # уточняется» names words of headers, and is an item).
    if any(row_number(t) is not None for t in texts):
        return None
    texts = _numero_parted(texts)
    roles = [column_role(t) if t.strip() else "extra" for t in texts]
    if "title" not in roles or not ((_WHEN_OR_WHERE if strict else _ANY_DETAIL) & set(roles)):
        return None
    dates = [i for i, role in enumerate(roles) if role == "date"]
    groups = [i for i in dates if GROUP_HEADER.match(texts[i].strip().lower())]
    if len(dates) > 1 and len(groups) < len(dates):
        # «Месяц | № | Мероприятие | Дата»: the month groups the rows, the date column says when.
        for i in groups:
            roles[i] = "extra"
    seen: set[str] = set()
    for i, role in enumerate(roles):
        if role == "date" and "date" in seen and "date_end" not in seen and _END_HEADER.search(texts[i].lower()):
            # «Дата начала | Дата окончания»: the second date column is the period's end.
            roles[i] = role = "date_end"
        elif role in seen and role != "extra":
            roles[i] = "extra"
        seen.add(role)
    headers = [clean_line(t.replace("\n", " ")) for t in texts]
    owners = list(range(len(texts)))
    for i in range(1, len(texts)):
        # One header cell over several grid columns gives each of them its text (`_row_texts`).
        if roles[i] == "extra" and texts[i].strip() and texts[i] == texts[i - 1]:
            owners[i] = owners[i - 1]
    return _Columns(roles, headers, header_rows, tuple(owners))


def _with_subheader(columns: _Columns, top: Row, sub: Row, strict: bool = True) -> _Columns | None:
    """A second header row under a spanning one («Место и сроки проведения» over
    «Место» | «Срок»): the lower cells name their columns.  None when `sub` is not one."""
    if not any(cell.colspan > 1 for cell in top.cells):
        return None
    printed = _row_texts(sub)
    if len(printed) != columns.width:
        return None
    # «Срок (квартал)» over «I | II | III | IV»: a bare ordinal under a group that names the unit is
    # that period, «I квартал», as a reader reads the two header rows together.
    below = tuple(_with_unit(low, high) for low, high in zip(printed, columns.headers, strict=True))
    filled = [text for text in below if text]
    if not filled or any(row_number(text) is not None for text in filled):
        return None
    # «Срок» over «начало | окончание»: the lower cells name the date group's two ends.
    ends_of = [_period_end(low, high) for low, high in zip(below, columns.headers, strict=True)]
    named = {low for low, end in zip(below, ends_of, strict=True) if end}
    # «Срок исполнения» over «I кв. | II кв. | …»: the lower cells are a period grid's columns.
    periods = {
        low
        for low, high in zip(below, columns.headers, strict=True)
        if low and column_role(high) == "date" and len(low) <= _PERIOD_HEADER and looks_like_period(low)
    }
    named |= periods
    if any(column_role(text) == "extra" and text not in named for text in filled):
        # A column that no role names («Отметка о выполнении») may stand in a group, when
        # every lower cell stands under a spanning upper one and one of them is named.
        spanning = [cell.colspan > 1 for cell in top.cells for _ in range(cell.colspan)]
        if all(column_role(text) == "extra" and text not in named for text in filled) or not all(
            spanning[i] for i, text in enumerate(below) if text and i < len(spanning)
        ):
            return None
    # The start column keeps the group's date role, the end one is read with it (see `date_end`).
    ends = [i for i, end in enumerate(ends_of) if end == "end"]
    texts = [
        high if end == "start" else low or high for low, high, end in zip(below, columns.headers, ends_of, strict=True)
    ]
    # A date group's period grid says when as a date column does.
    out = _columns_from(texts, [*columns.header_rows, printed], strict and len(periods) < 2)
    if out is not None and ends and "date" in out.roles:
        roles = ["date_end" if i in ends else role for i, role in enumerate(out.roles)]
        out = replace(out, roles=roles)
    return out


def _sub_header(columns: _Columns, top: Row, sub: Row, strict: bool) -> _Columns | None:
    """The columns that `sub` names as a second header row under `top` (`_with_subheader`), also
    where `top`'s spans were written as empty cells (see `_respanned`)."""
    out = _with_subheader(columns, top, sub, strict)
    if out is not None:
        return out
    spread = _respanned(top, sub)
    if spread is None:
        return None
    # The columns named so far, each column a group spans now named by the group's header.
    texts = [
        header if not spread_text or spread_text == printed else spread_text
        for header, spread_text, printed in zip(columns.headers, _row_texts(spread), _row_texts(top), strict=True)
    ]
    wide = _columns_from(texts, list(columns.header_rows), strict)
    out = _with_subheader(wide, spread, sub, strict) if wide is not None else None
    # The header as printed, with its empty cells, is what a page's repeated header prints again.
    return replace(out, header_rows=[*out.header_rows, _row_texts(top)]) if out is not None else None


def _respanned(top: Row, sub: Row) -> Row | None:
    """`top` with each header cell spanning the empty cells after it under which `sub` names
    columns, or None where there are none.  A writer that cannot merge cells (pandoc's RTF, a
    sheet unmerged) prints a group's header «Срок проведения» in its first column and leaves the
    others empty over «I | II | III | IV»: read as the merged header a reader sees there.  Only
    where no cell of `top` spans columns already (that header is read as printed)."""
    if any(cell.colspan > 1 or cell.merged_up for cell in top.cells) or len(top.cells) != len(sub.cells):
        return None
    below = [bool(cell.text.strip()) for cell in sub.cells]
    empty = [not cell.text.strip() for cell in top.cells]
    cells: list[Cell] = []
    head = -1  # the column of the last header cell with text, which a group opens under
    for i, cell in enumerate(top.cells):
        if not empty[i]:
            head = i
        elif head >= 0 and below[head] and any(below[i:]):
            # An empty cell joins the group up to the last column that `sub` names in the run of
            # empty cells («Организация проведения» over «Место и сроки | (empty) | Ответственные»).
            run = next((k for k in range(i, len(empty)) if not empty[k]), len(empty))
            if any(below[i:run]):
                cells[-1] = replace(cells[-1], colspan=cells[-1].colspan + 1)
                continue
            head = -1
        else:
            head = -1
        cells.append(cell)
    if len(cells) == len(top.cells):
        return None
    return replace(top, cells=cells)


def _with_unit(low: str, high: str) -> str:
    """A lower header cell read with the period unit its group names («I» under «Квартал»)."""
    if not _BARE_ORDINAL.match(low) or column_role(high) != "date":
        return low
    unit = _GROUP_UNIT.search(high.lower())
    if unit is None or (unit.group(0).startswith("полугод") and low.rstrip(".") not in ("I", "II", "1", "2")):
        return low
    return f"{low.rstrip('.')} {_UNIT_WORDS[unit.group(0)[:5]]}"


def _period_end(low: str, high: str) -> str | None:
    """Which end of a period a lower header cell names under a date column («начало», «с»:
    "start"; «окончание», «по»: "end"), or None."""
    if column_role(high) != "date":
        return None
    text = low.lower()
    if _PERIOD_END.match(text):
        return "end"
    return "start" if _PERIOD_START.match(text) else None


def _is_repeated_header(row: Row, columns: _Columns) -> bool:
    """A header row that the page layout repeats (its event's cell checked first: cheap).

    A scan's reading of the «№» cell varies most («hp п/ п» for «№ п/ п»): a row whose other
    cells read as the header's, with no number in that cell, repeats it too."""
    texts = _row_texts(row)
    probe = columns.probe
    if probe >= len(texts):
        return False
    cell = texts[probe].casefold()
    # (A plain search for the first word first: most rows are turned away by it.)
    if (
        not any(not key or key[0] in cell for key in columns.header_probes)
        or _cell_key(texts[probe]) not in columns.header_probes
    ):
        return False
    number = columns.number_col
    key = _header_key(texts)
    if key in columns.header_keys:
        return True
    if number is None or number >= len(texts) or row_number(texts[number]) is not None:
        return False
    rest = key[:number] + key[number + 1 :]
    return any(
        len(header) == len(key) and header[:number] + header[number + 1 :] == rest for header in columns.header_keys
    )


def _header_read_in_pieces(row: Row, columns: _Columns) -> bool:
    """The header printed again over a table's part that a scan read in pieces, out of order
    (`text.letters_alike`: «№ пут | На именов. еновани. е Mi ероприя тия | …»), or a word of it
    misread («Hara» for «Дата»): no row's number, the letters of the header's rows, or of one of
    them.  Asked of a part's first rows only (as many as the header has), and of a later header's."""
    texts = _row_texts(row)
    number = columns.number_col
    if number is not None and number < len(texts) and row_number(texts[number]) is not None:
        return False
    read = " ".join(_once(texts))
    rows = [_once(r) for r in columns.header_rows]
    return any(letters_alike(" ".join(printed), read) for printed in [[t for r in rows for t in r], *rows])


def _once(texts: tuple[str, ...]) -> list[str]:
    """A row's cell texts, a cell spanning columns once (its text stands in each)."""
    return [text for at, text in enumerate(texts) if not at or text != texts[at - 1]]


def _header_key(texts: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """A header row's cells as a repeat of it is compared: `_cell_key` of each."""
    return tuple(_cell_key(text) for text in texts)


def _cell_key(text: str) -> tuple[str, ...]:
    """A header cell's words in small letters but those of one character and «№» misread,
    punctuation off their ends: a scan reads the same header a little otherwise each time it is
    printed (a speck by «Ответственный» as «.», «¥» or «№», the sign «№» as «No», «мероприятия»
    as «Мероприятия»)."""
    words = (word.strip(".,;:").casefold() for word in text.split() if not NUMERO_MISREAD.match(word))
    return tuple(word for word in words if len(word) > 1)


def _row_heading(row: Row) -> str | None:
    """The one line a row prints across its filled cells (a merged cell, or one cell alone)."""
    texts = {one_line(c.text) for c in row.cells if c.text.strip()}
    return texts.pop() if len(texts) == 1 else None


def _is_number_row(row: Row) -> bool:
    """The «1 2 3 4» row of column numbers that GOST tables repeat on each page."""
    if not row.cells or row.cells[0].text.strip() not in ("1", ""):
        return False
    texts = [c.text.strip() for c in row.cells if c.text.strip()]
    return len(texts) >= 2 and texts == [str(i) for i in range(1, len(texts) + 1)]


@dataclass(slots=True)
class _Header:
    """Where a table's header stands: rows above it, the columns, how many header rows."""

    start: int
    columns: _Columns
    rows: int


def _table_header(table: Table, strict: bool) -> _Header | None:
    rows = table.rows
    for start, row in enumerate(rows[:_HEADER_ROWS_DOWN]):
        if row.cells and row_number(row.cells[0].text) is not None:
            return None  # the data has begun: a header stands above the first numbered row
        columns = _header_columns(row, strict)
        if columns:
            below = rows[start + 1] if start + 1 < len(rows) else None
            two_level = _sub_header(columns, row, below, strict) if below is not None else None
            if two_level is None or below is None:
                return _Header(start, columns, 1)
            # «Проведение» over «Место | Срок», «Срок» over «начало | окончание»: a third level.
            lowest = rows[start + 2] if start + 2 < len(rows) else None
            three_level = _sub_header(two_level, below, lowest, strict) if lowest is not None else None
            return _Header(start, three_level, 3) if three_level else _Header(start, two_level, 2)
    return None


# A first column's header this many characters long at most names nothing when no role reads it.
_GARBLED_NUMERO = 2


def _with_unnamed_numbers(columns: _Columns, rows: list[Row], going_on: bool = False) -> _Columns:
    """A first column printed without a header that numbers the rows («1.», «2.», «1.1») is the
    «№» column (its numbers were kept in `note` as «Столбец 1: 1.»).  In a table `going_on`
    without its header, only numbers that count the rows in turn, none a date or an hour
    («12.03», «10.00»): that column was named nowhere.  So too under a header of a mark or two
    that names nothing (a scan's «№ п/п» read «п», its sign and stroke lost), its numbers in turn
    (a column of classes «5», «6», «7» under «Кл» passes for one too: rare, and said by no header)."""
    header = "".join(columns.headers[0].split())
    if columns.number_col is not None or columns.roles[0] != "extra" or len(header) > _GARBLED_NUMERO:
        return columns
    # (A section's row, its one text across the table, numbers nothing and is no row's number.)
    firsts = [row.cells[0].text for row in rows if row.cells and row.cells[0].text.strip() and _beside(row)]
    numbered = sum(_numbers(text) for text in firsts)
    # One numbered row is enough where it is the table's only one (a table that a page break
    # cut after its first row: the rest continues in the next table).
    if not numbered or 2 * numbered < len(firsts) or (numbered == 1 and len(firsts) > 1):
        return columns
    if (going_on or header) and not _in_turn([text for text in firsts if _numbers(text)]):
        return columns
    return replace(columns, roles=["number", *columns.roles[1:]])


def _in_turn(numbers: list[str]) -> bool:
    """Do the row numbers («1.», «1.2.») count on one by one, none with a part of a leading zero?"""
    # The figures alone: a number may be printed «1)», «1°» or «|1|» (`row_number`).
    parts = [re.findall(r"\d+", text) for text in numbers]
    if any(not row for row in parts) or any(len(part) > 1 and part.startswith("0") for row in parts for part in row):
        return False
    counts = [tuple(int(part) for part in row) for row in parts]
    return all(b in {(*a[:-1], a[-1] + 1), (a[0] + 1,), (a[0] + 1, 1)} for a, b in pairwise(counts))


def _next_row_number(rows: list[Row], index: int, columns: _Columns, right_under: bool = False) -> int | None:
    """The number of the first row after `index` that has one in the «№» column (None without);
    with `right_under`, of the first row with any text, or None where that one has no number."""
    if columns.number_col is None:
        return None
    for row in rows[index + 1 :]:
        grid = _grid(row, columns.width)
        number = row_number(grid[columns.number_col][0])
        if number is not None or (right_under and any(text.strip() for text, _ in grid)):
            return number
    return None


def _beside(row: Row) -> bool:
    """Does the row hold text in a cell after its first?"""
    return any(cell.text.strip() for cell in row.cells[1:])


def _halves_one_after_another(blocks: list[Block]) -> list[Block]:
    """`blocks` with each table set in halves side by side (a plan over two half-years in one
    table: «№ | Мероприятие | Срок | № | Мероприятие | Срок», each half's header the same) as
    one table after the other, left half first.  Read as one table, every half but the first
    went into the items' notes as columns of their own."""
    out: list[Block] = []
    for block in blocks:
        if not isinstance(block, Table):
            out.append(block)
            continue
        halves = _halves(block)
        if len(halves) > 1 and out and isinstance(out[-1], Paragraph):
            out[-1:] = _headings_over_halves(out[-1], halves)
        else:
            out.extend(halves)
    return _headings_over_tables_side_by_side(out)


def _headings_over_tables_side_by_side(blocks: list[Block]) -> list[Block]:
    """`blocks` with the headings over tables printed side by side set each over its own: a scan or
    a PDF reads halves drawn as two tables («I полугодие» over one, «II полугодие» over the other)
    as one line of texts a tab apart and the tables one after the other.  Only where the tables
    repeat one header row on one page and the line holds as many texts as they are (a table that
    goes on over pages repeats its header on the next)."""
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        run = 0
        while index + 1 + run < len(blocks) and isinstance(blocks[index + 1 + run], Table):
            run += 1
        tables = [b for b in blocks[index + 1 : index + 1 + run] if isinstance(b, Table)]
        if (
            isinstance(block, Paragraph)
            and run > 1
            and len(headers := {_first_row_text(t) for t in tables}) == 1
            and "" not in headers
            and len(pages := {t.page for t in tables}) == 1
            and None not in pages
        ):
            out += _headings_over_halves(block, tables)
            index += 1 + run
            continue
        out.append(block)
        index += 1
    return out


def _first_row_text(table: Table) -> str:
    """The text of the table's first row with text in it, its cells a tab apart."""
    first = _first_text_row(table)
    return "" if first is None else "\t".join(_cell_lines(first))


def _first_text_row(table: Table) -> Row | None:
    """The table's first row with text in it (a header row, where it has one)."""
    return next((row for row in table.rows if any(c.text.strip() for c in row.cells)), None)


def _cell_lines(row: Row) -> list[str]:
    """Each cell's text of the row as one clean line."""
    return [clean_line(c.text.replace("\n", " ")) for c in row.cells]


def _headings_over_halves(above: Paragraph, halves: list[Table]) -> list[Block]:
    """The paragraph over a table in halves and the halves: where its last line holds one text
    per half, a tab between («I полугодие<tab>II полугодие», a sheet's cells over each half),
    each text is its own half's heading, set over it (as one line it headed only the first)."""
    lines = above.text.split("\n")
    parts = [part.strip() for part in lines[-1].split("\t")]
    if len(parts) != len(halves) or not all(parts):
        return [above, *halves]
    rest: list[Block] = [Paragraph("\n".join(lines[:-1]), above.page, above.align)] if lines[:-1] else []
    for part, half in zip(parts, halves, strict=True):
        rest += [Paragraph(part, above.page, above.align), half]
    return rest


def _halves(table: Table) -> list[Table]:
    """`table` cut into its halves side by side, or itself where it has none: a header row whose
    cells repeat a plan's header two times or more, every row's cells within one half."""
    first = _first_text_row(table)
    if first is None or any(c.colspan != 1 for c in first.cells):
        return [table]
    texts = _cell_lines(first)
    width = len(texts)
    count = next(
        (k for k in range(2, width // 2 + 1) if width % k == 0 and texts == texts[: width // k] * k),
        None,
    )
    if count is None:
        return [table]
    size = width // count
    if _columns_from(texts[:size], [tuple(texts)]) is None:
        return [table]
    # Where each row's cells start, told once: the check and every half read them.
    starts_of = [_cell_starts(row) for row in table.rows]
    for row, starts in zip(table.rows, starts_of, strict=True):
        if sum(c.colspan for c in row.cells) != width or any(
            start // size != (start + cell.colspan - 1) // size for start, cell in zip(starts, row.cells, strict=True)
        ):
            return [table]
    halves = []
    for k in range(count):
        rows = [
            Row(
                [c for c, start in zip(row.cells, starts, strict=True) if start // size == k],
                row.page,
                row.is_header,
            )
            for row, starts in zip(table.rows, starts_of, strict=True)
        ]
        kept = [row for row in rows if any(c.text.strip() for c in row.cells)]
        halves.append(Table(kept, table.page, table.ruled, table.clean))
    return halves


def _table_width(table: Table) -> int:
    """The table's width in columns, told by its rows with text: Word leaves an empty row of
    another shape under a table (a spacer, a row the author cleared), which says nothing of it."""
    rows = [r for r in table.rows if any(c.text.strip() for c in r.cells)] or table.rows
    return max((sum(c.colspan for c in r.cells) for r in rows), default=0)


class _Assembler:
    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        # The layout's blocks as read (`run` joins the header rows a page break cut): the caller's
        # `Layout` is left as it was.
        self.blocks: list[Block] = layout.blocks
        self.plan = RawPlan(warnings=list(layout.warnings), running_lines=list(layout.running))
        self.section = ""
        self.columns: _Columns | None = None
        self.last_page: int | None = None
        self.last_kind = ""  # what the last row of the plan was (see `_row`)
        self.table_foot: Row | None = None  # the last row with text of the table being read
        self.rows_after_items: list[list[str]] = []  # heading rows after the last item (see `_read_row`)
        self.used_keys: set[str] | None = None  # the footnote markers in the items (see `_footnote`)
        self.last_note_listed = False  # whether the last footnote taken was a list's «N.» line
        self.strict = True
        self.numbered = False  # whether the last plan table numbers its rows
        # Whether the row being read comes from a table whose cells are clean already (`Table.clean`).
        self.cells_clean = False
        self.words: frozenset[str] | None = None  # the document's words (see `_cut_by_page`)
        # A row that a page break cut (`Row.cut_below`), with its table's columns and numbering:
        # read once its rest, the next plan table's first row, is joined to it.
        self.cut: tuple[Row, _Columns, bool] | None = None
        # The plan table after the one being read (`_cut_without_title`).
        self.following: Block | None = None
        self.bold_title = False  # whether the last item's title cell is set in bold
        self.heading_between = False  # whether a heading stands between the last table and the next
        self.first_page: int | None = None  # the page the plan's first table stands on
        # Whether the last row read was a section heading the plan took (not a footnote's or a
        # signature's row, also read as "section"): a row may hold its rest (`_row`).
        self.heading_open = False
        # The rows of the table being read and the index of the row being read (`_next_row_number`).
        self.ahead: tuple[list[Row], int] = ([], 0)

    def run(self) -> RawPlan:
        blocks = self.blocks = self._headers_cut_by_page(_halves_one_after_another(self.layout.blocks))
        plan_tables = self._plan_tables(blocks)
        if not plan_tables:
            raise NoPlanFound("no plan table found (a table with an event column and a date or place column)")
        first, last = plan_tables[0], plan_tables[-1]
        self.first_page = blocks[first].page
        self._head(_lines(blocks[:first], keep_tabs=True))
        # Lines between the plan's tables that open with a marker: footnotes printed at the
        # foot of a page the table goes on from (told once the items' markers are known).
        between: list[str] = []
        # The heading lines since the last plan table, over several paragraphs as may be.
        headings: list[str] = []
        for index in range(first, last + 1):
            block = blocks[index]
            if index in plan_tables:
                assert isinstance(block, Table)
                self.following = next((blocks[i] for i in plan_tables if i > index), None)
                if headings:
                    self._take_section(headings, "between the plan's tables")
                    headings = []
                columns = self.columns
                if (
                    columns is not None
                    and columns.number_col is not None
                    and columns.title_col == columns.number_col + 1
                    and _table_width(block) < len(columns.roles)
                    and _table_header(block, self.strict) is None
                ):
                    block = _widened(block, columns.number_col, len(columns.roles))  # a section's city rows
                self._table(block)
            elif isinstance(block, Table) and (heading := _heading_table(block)):
                # A section row drawn as a table of its own, one cell across (one-row tables one
                # after another, as LibreOffice writes back the merged row of one): its line heads
                # the rows after it, as a heading paragraph between the tables does.
                headings.extend(heading)
                self.heading_between = True
            elif isinstance(block, Table) and (block.ruled or _numbered(block)):
                # A table among the plan's that does not continue it: its rows are
                # never dropped silently (rule 14).
                self._read_cut()
                self._foreign(block, "in a table among the plan's that is not one of them")
            elif self._title_again(block):
                # The plan's title printed again over the table on a later page (a title row in the
                # table's head, which the page layout repeats): no section's heading.
                continue
            else:
                lines = [line for line, _ in _lines([block])]
                between.extend(line for line in lines if split_leading_marker(line)[0])
                heading = [line for line in lines if is_heading_line(line)]
                if heading:
                    headings.extend(heading)
                    self.heading_between = True
                others = (x for x in lines if not (split_leading_marker(x)[0] or is_heading_line(x)))
                self._skip_text(others, "between the plan's tables")
        self._read_cut()
        after = blocks[last + 1 :]
        tail: list[Block] = []
        width = self.columns.width if self.columns is not None else None
        for block in after:
            if isinstance(block, Table) and _numbers_a_row(block):
                # Even one numbered row («4. | Бишкек | …» in a table of another shape) is a plan's
                # row the plan did not take: a warning (rule 14), never a line of the signature block.
                self._foreign(block, "in a numbered table after the plan that does not continue it")
            elif isinstance(block, Table) and block.ruled and _table_width(block) == width:
                # A ruled table as wide as the plan's, which did not continue it: its rows are
                # warnings (rule 14), not lines of the signature block.
                self._foreign(block, "in a table after the plan that does not continue it")
            else:
                tail.append(block)
        self._skip_text((line for line in between if not self._footnote(line)), "between the plan's tables")
        # Of those rows, one that is a footnote or a signature by itself is the plan's foot; any
        # other stays the (empty) heading it was read as.
        is_foot = [
            bool(lines) and (split_leading_marker(lines[0])[0] or signatory_lines(lines)[0] is not None)
            for lines in self.rows_after_items
        ]
        # A signature may be spread over such rows, a line each («Ответственный секретарь» /
        # «Совета Ассамблеи» / «А.Н. Кравцов», read as rows across the table): its rows are too.
        lines_of = [(row, line) for row, lines in enumerate(self.rows_after_items) for line in lines]
        found = signatory_lines([line for _, line in lines_of])[1]
        # From its first position's line: a heading with no item above it is no part of it.
        position = next((at for at in found if names_position(lines_of[at][1])), None)
        for at in found if position is None else range(position, found.stop):
            is_foot[lines_of[at][0]] = True
        foot = [(line, -1) for lines, f in zip(self.rows_after_items, is_foot, strict=True) if f for line in lines]
        # A heading with no item under it heads nothing: its text is in no row (rule 14).
        self._skip_text(
            (line for lines, f in zip(self.rows_after_items, is_foot, strict=True) if not f for line in lines),
            "in a heading after the plan's last item, with no item under it",
        )
        self._tail(foot + _lines(tail, keep_tabs=True, gaps=True), [block.page for block in tail])
        for note in self.layout.footnotes:
            self.plan.footnotes.append((marker_key(note.marker), clean_line(note.text.replace("\n", " "))))
        return self.plan

    def _title_again(self, block: Block) -> bool:
        """Is the block a paragraph on a page after the plan table's first that prints the plan's
        title, all its lines?"""
        title = " ".join(self.plan.title_lines).split()
        return (
            isinstance(block, Paragraph)
            and bool(title)
            and None not in (block.page, self.first_page)
            and block.page != self.first_page
            and block.text.split() == title
        )

    # -- tables -------------------------------------------------------------

    def _plan_tables(self, blocks: list[Block]) -> list[int]:
        """Indexes of the plan's tables.  A table is a plan when its header names
        an event column and a date or place column; failing that, when it names
        an event column and sits under a plan heading that names a year."""
        found = _find_plan_tables(blocks, strict=True)
        if not found:
            relaxed = _find_plan_tables(blocks, strict=False)
            if relaxed and _under_plan_heading(blocks[: relaxed[0]]):
                self.strict = False
                found = relaxed
        if found:
            above = [line for line, _ in _lines(blocks[: found[0]])][-_HEADING_LINES:]
            kind = other_document(above)
            if kind is not None:
                raise NoPlanFound(f"no plan table found: the table stands under «{kind}», a document that is no plan")
            first = blocks[found[0]]
            if isinstance(first, Table) and _hours_of_a_day(first, self.strict):
                raise NoPlanFound(
                    "no plan table found: its only date column names hours of a day or minutes, no dates"
                    " (a programme, a timetable or a lesson's plan)"
                )
        return found

    def _table(self, table: Table) -> None:
        tally = self.plan.tally
        rows = table.rows
        tally.rows += len(rows)
        header = _table_header(table, self.strict)
        before = self.columns
        if (
            header is not None
            and before is not None
            and header.columns.roles != before.roles
            and header.columns.width == before.width
            and all(_header_read_in_pieces(row, before) for row in rows[header.start : header.start + header.rows])
        ):
            # The header printed again over a later part, a word of it misread by a scan («Hara» for
            # «Дата»: a column of notes, the dates read as notes): the plan's header, as it was.
            header = replace(header, columns=before)
        if header is not None:
            above = rows[: header.start]
            # The heading nearest the table is the plan's own: printed as the table's first rows,
            # it wins over a line above the table (a published sheet's file name «План 2027»).
            rest = self._title_in(above) if above and not self.plan.items else None
            if rest is not None:
                tally.headers += len(above)  # the plan's heading, printed as the table's first rows
                above = []
            if table.page is None and (rest is not None or self.plan.items):
                # A document not laid out in pages (a sheet saved as a web page) may print a section's
                # heading in the table's own rows over its header («I квартал» over each sheet's
                # header): the heading above a later table is its section (rule 8), and so is one
                # under the plan's heading printed in the first table's rows.
                lines = rest if rest is not None else [_row_heading(row) for row in above]
                headings = [line for line in lines if line and is_heading_line(line)]
                if headings:
                    self._take_section(headings, "above the table's header row")
                    self.heading_between = True
                    # (`above` is empty where the lines are the title's rest: its rows were the title.)
                    kept = [row for row, line in zip(above, lines, strict=False) if not is_heading_line(line or "")]
                    tally.sections += len(above) - len(kept)
                    above = kept
            if rest is not None:
                # A line the rows under the plan's heading print besides a section's heading (read
                # above, where not laid out in pages): said, as under a heading above the table.
                section = table.page is None
                unread = (line for line in rest if not (section and is_heading_line(line)))
                self._skip_text(unread, "between the title and the table")
            for row in above:
                self._skip(row, "above the table's header row")
            tally.headers += header.rows
            rows = rows[header.start + header.rows :]
            self.columns = _with_unnamed_numbers(header.columns, rows)
        elif self.columns is not None:
            # The table goes on without its header: its rows may be the first to show the numbers
            # (a header over a section's row alone, a page break under them).
            self.columns = _with_unnamed_numbers(self.columns, rows, going_on=True)
        columns = self.columns
        if columns is None:
            for row in rows:
                self._skip(row, "in a table before the plan's header row")
            return
        number_col = columns.number_col
        # A table that continues the one above without its header is numbered as that one was, and
        # so is the next page's part of a table under its header printed again (its only row may be
        # the rest of a row that the page break cut); sub-items («1.1.») number rows as «1.» does.
        # Not a part of several rows none numbered, nor one under a heading of its own: a table of
        # another section (its events are items, not the rest of the last row above).
        next_page = table.page is not None and table.page != self.last_page

        def filled(row: Row) -> bool:
            return any(c.text.strip() for c in row.cells) and not _is_repeated_header(row, columns)

        repeated = (
            header is not None
            and before is not None
            and next_page
            and header.columns.roles == before.roles
            and not self.heading_between
            and len(list(islice(filter(filled, rows), 2))) <= 1
        )
        self.heading_between = False
        # The last filled row, looked for from the table's end (not every row asked).
        self.table_foot = next(filter(filled, reversed(rows)), None)
        numbered = number_col is not None and (
            ((header is None or repeated) and self.numbered)
            or any(_numbers(_grid(r, columns.width)[number_col][0]) for r in rows)
        )
        self.numbered = numbered
        # A part's first rows that print the header again as a scan read it in pieces (as many as
        # the header has rows, one after another).
        pieces = 0
        if header is None:
            while pieces < min(len(columns.header_rows), len(rows)) and _header_read_in_pieces(rows[pieces], columns):
                pieces += 1
        for index, row in enumerate(rows):
            if _is_repeated_header(row, columns) or _is_number_row(row) or index < pieces:
                tally.headers += 1  # a header row repeated by the page layout
                continue
            page = row.page
            self.cells_clean = table.clean
            if self.cut is not None:
                # The rest of the row that the page break cut: the two are read as one row.
                row = self._rejoined(self.cut[0], row, columns.width)
                self.cut = None
                tally.continuations += 1
                self.cells_clean = False
            # (A table of several pages' parts, one without rules, has its cut rows inside it.)
            last_on_page = index == len(rows) - 1 or rows[index + 1].page != rows[index].page
            if (last_on_page and row.cut_below) or self._cut_without_title(table, rows, index, columns):
                self.cut = (row, columns, numbered)
                continue
            self.ahead = (rows, index)
            self._read_row(row, columns, numbered)
            # The row after a rejoined one does not open its page.
            self.last_page = page
        self.cells_clean = False

    def _headers_cut_by_page(self, blocks: list[Block]) -> list[Block]:
        """The blocks with each header row that a page break cut made whole.  LibreOffice closes a
        row it cuts with rules of its own: a table at a page's foot ends with a row that names no
        columns («№ | Наи / мено | Дата | Ме / сто»), the next page's table of the same columns
        opens with its rest («вани / е меро / прия / тия» …), and only the two joined cell by cell
        name the plan's columns.  Read apart, the header is a foreign row and its rest a line of the
        last item above it.  The two rows are counted as the one header row they are."""
        out = list(blocks)
        for index, block in enumerate(out):
            if not isinstance(block, Table) or not block.rows or block.page is None:
                continue
            after = next((i for i in range(index + 1, len(out)) if not _page_number_only(out[i])), len(out))
            following = out[after] if after < len(out) else None
            if (
                not isinstance(following, Table)
                or not following.rows
                or following.page is None
                or following.page != block.page + 1
                or following.ruled != block.ruled
                or _table_width(following) != (width := _table_width(block))
            ):
                continue
            cut, rest = block.rows[-1], following.rows[0]
            if is_header_row(cut) or is_header_row(rest) or any(row_number(c.text) is not None for c in rest.cells):
                continue
            joined = self._rejoined(cut, rest, width)
            if _header_columns(joined) is None:
                continue
            out[index] = Table([*block.rows[:-1], joined], page=block.page, ruled=block.ruled, clean=block.clean)
            out[after] = Table(following.rows[1:], page=following.page, ruled=following.ruled, clean=following.clean)
            self.plan.tally.rows += 1
            self.plan.tally.headers += 1
        return out

    def _cut_without_title(self, table: Table, rows: list[Row], index: int, columns: _Columns) -> bool:
        """Is row `index`, the last of a borderless table on a page, the first part of the next
        page's first row: no event nor number of its own, its cells filled only where that row
        leaves them empty (which names its event), one at least where the row above it has its own?
        WeasyPrint cuts a row so, its date and place centred at the page's foot, its event's lines
        on the next page (under the header printed again there, if it is): read as a line of the
        row above, that row had two dates and places and this one none."""
        if table.ruled or not index or columns.title_col is None:
            return False
        following = self.following
        if index + 1 < len(rows):
            after = rows[index + 1 :]
        elif isinstance(following, Table) and not following.ruled:
            after = following.rows
        else:
            return False
        # The rest stands under the header the next page prints again (`<thead>`), if it does.
        rest = next((r for r in after if not (_is_repeated_header(r, columns) or _is_number_row(r))), None)
        row = rows[index]
        if rest is None or row.page is None or rest.page != row.page + 1:
            return False
        width = columns.width
        texts = [[clean(text) for text, _ in _grid(r, width)] for r in (rows[index - 1], row, rest)]
        above, cut, rest_filled = ({i for i, text in enumerate(r) if text} for r in texts)
        # A cell of the row above that runs on («Петров П.П.,» over «Сидоров С.С.»): the cut part
        # is its rest, not the next row's.  (Small letters tell nothing: a date's «май» has them.)
        runs_on = any(texts[0][i][-1] in ",;-–" for i in cut & above)
        return (
            bool(cut)
            and columns.title_col not in cut
            and columns.number_col not in cut
            and columns.title_col in rest_filled
            and not cut & rest_filled
            and bool(cut & above)
            and not runs_on
        )

    def _read_cut(self) -> None:
        """A cut row whose rest never came (no plan table followed): read as it is."""
        if self.cut is not None:
            row, columns, numbered = self.cut
            self.cut = None
            self.ahead = ([], 0)  # the last row of its table
            self._read_row(row, columns, numbered)

    def _rejoined(self, cut: Row, rest: Row, width: int) -> Row:
        """The row that a page break cut, each cell's text with the text its rest holds under it.
        The cells as the cut row has them: a cell across columns takes the rest of each; an empty
        one across columns (nothing of the row but its number before the break) is divided as
        the rest's cells are."""
        above, below = _grid(cut, width), _grid(rest, width)
        joined: list[str] = []
        for (a, _), (b, _) in zip(above, below, strict=True):
            a, b = clean(a), clean(b)
            if a and b:
                joined.append(a + b if self._cut_by_page(a, b) else _join_continued(a, b, split_by_page=True))
            else:
                joined.append(a or b)
        rest_starts = _cell_starts(rest)
        spans: list[tuple[int, int, bool]] = []  # (start, colspan, merged_up) of the joined row's cells
        start = 0
        for cell in cut.cells:
            end = start + cell.colspan
            inner = [x for x in rest_starts if start < x < end]
            if inner and not cell.text.strip():
                bounds = [start, *inner, end]
                spans.extend((a, b - a, False) for a, b in pairwise(bounds))
            else:
                spans.append((start, cell.colspan, cell.merged_up))
            start = end
        cells: list[Cell] = []
        for first, colspan, merged_up in spans:
            texts = [t for t in joined[first : first + colspan] if t]
            cells.append(Cell("\n".join(texts), colspan=colspan, merged_up=merged_up and not texts))
        return Row(cells, page=cut.page, is_header=cut.is_header, cut_below=rest.cut_below)

    def _read_row(self, row: Row, columns: _Columns, numbered: bool) -> None:
        tally = self.plan.tally
        # A row that opens a new page may be the rest of a row split by the page break.
        kind = self._row(row, columns, numbered, row.page != self.last_page)
        self.last_page, self.last_kind = row.page, kind
        if kind == "section":
            tally.sections += 1
            if self.plan.items:
                # A heading with no item under it may be the plan's foot set in the table's last
                # row (the signature, a footnote): read with the text after the table if no item follows.
                text = "\n".join(c.text for c in row.cells if c.text.strip())
                self.rows_after_items.append([line for line in clean(text).split("\n") if line.strip()])
        elif kind == "item":
            tally.items += 1
            # Of the heading rows since the last item, the last heads this one; an earlier one
            # heads no item (a nested heading, or a row whose cells the reader ran into one line):
            # its text is in no item, so it is said (rule 14), as a heading above a table is.
            self._skip_text(
                (line for lines in self.rows_after_items[:-1] for line in lines),
                "in a heading row with no item under it before the next heading",
            )
            self.rows_after_items = []
        elif kind == "continuation":
            tally.continuations += 1
        elif kind == "blank":
            tally.blank += 1
        else:
            self._skip(row, kind)

    def _foreign(self, table: Table, why: str) -> None:
        self.plan.tally.rows += len(table.rows)
        for row in table.rows:
            self._skip(row, why)

    def _title_in(self, rows: list[Row]) -> list[str] | None:
        """Take the plan's heading from rows above the header («ПЛАН мероприятий … на 2026 год»
        across every column) where they hold one: the lines under it, or None."""
        texts = [line for row in rows for cell in row.cells for line in clean(cell.text).split("\n") if line]
        title_from = 0
        approval = None
        # An approval block may stand there too, in a cell of its own above the heading.
        head = next((i for i, line in enumerate(texts) if APPROVAL_HEAD.match(line)), None)
        if head is not None and self.plan.approval is None:
            approval, title_from = approval_block(texts, head)
        found = title_lines(texts, title_from)
        # Over a heading read above the table, only one that opens with a plan's word («ПЛАН …»)
        # prevails, not any line naming a year («Раздел 1. Мероприятия на 2026 год»).
        if found is None or (self.plan.title_lines and not is_plan_heading(found[0][0])):
            return None
        if self.plan.title_lines and self.plan.title_lines != found[0]:
            # The heading read above the table gives way to the table's own: said, not dropped.
            self._skip_text(self.plan.title_lines, "above the table, over the plan's heading in it")
        self.plan.title_lines = found[0]
        self.plan.approval = self.plan.approval or approval
        return found[1]

    def _skip(self, row: Row, why: str) -> None:
        """A row that is no part of the plan: never dropped silently (rule 14)."""
        text = " | ".join(one_line(c.text) for c in row.cells if c.text.strip())
        if not text:
            self.plan.tally.blank += 1
            return
        self.plan.tally.skipped += 1
        self.plan.warnings.append(ExtractWarning("row_skipped", f"a table row {why} was skipped: {text}"))

    def _row(self, row: Row, columns: _Columns, numbered: bool, new_page: bool) -> str:
        """Read one row; returns what it was: "section", "item", "continuation",
        "blank", or why it is no part of the plan."""
        grid = _grid(row, columns.width)
        if columns.spanned:
            _join_spanned(grid, columns.spanned)
        if columns.title_col is not None and _any_listed(row.cells):
            _listed_as_members(row, grid, columns.title_col)
        # (`isspace` is what `strip` takes away: a text is blank without a stripped copy of it.)
        filled = [(i, text) for i, (text, _) in enumerate(grid) if text and not text.isspace()]
        if not filled:
            return "blank"
        spans_all = len(row.cells) == 1 and row.cells[0].colspan >= max(columns.width - 1, 2)
        number_col, title_col = columns.number_col, columns.title_col
        number_text, number_merged = grid[number_col] if number_col is not None else ("", False)
        is_numbered = row_number(number_text) is not None
        items = self.plan.items
        if not is_numbered and totals(filled[0][1]):
            # It counts the items and goes on none (rule 14: a skipped row, said in a warning).
            return "of totals"
        opened, self.heading_open = self.heading_open, False
        if opened and not is_numbered and len(filled) == 1:
            # A section heading's rest, in lower case (or after a hyphen), in a row of its own: the
            # heading's next line, read as a row (a table without rules), or the rest a page break
            # cut off (`_heading_rest`).  It belongs to the heading, not to the item above it; one
            # cell, as a heading is: a row with a place or a date beside is an item.
            rest = clean(" ".join(text for _, text in filled))
            if (
                rest[:1].islower()
                or _HYPHEN_END.search(self.section)
                or (new_page and _heading_rest(self.section, rest))
            ):
                self.section = _join_continued(self.section, rest, split_by_page=new_page)
                if self.rows_after_items:
                    # The heading after the last item (a signature's rows, maybe): its lines too.
                    self.rows_after_items[-1].extend(line for line in rest.split("\n") if line.strip())
                self.heading_open = True
                return "continuation"
        if spans_all or (
            len(filled) == 1
            and not is_numbered
            and not number_merged
            # The lines of a cell (a place, a person) are never a heading: a heading
            # stands in the first, the number or the event column.
            and filled[0][0] in (0, number_col, title_col)
            # A one-cell text beside a vertically merged cell is inside the table's flow: no
            # heading stands beside a date, a place or a person shared with the row above
            # (a heading across several columns still is one, whatever a PDF's rules say).
            and (not any(merged for _, merged in grid) or any(c.colspan > 1 for c in row.cells if c.text.strip()))
            and self._looks_like_heading(
                filled[0],
                columns,
                numbered,
                new_page,
                _bold_at(row, filled[0][0]),
                # (A heading heads rows: the table's last row is none.)
                goes_on=lambda: (
                    row is self.table_foot
                    or (bool(items) and self._continues(grid, filled, columns, numbered, new_page, items[-1]))
                ),
            )
        ):
            heading = clean(filled[0][1])
            marker, note = split_leading_marker(heading)
            if marker and not marker.isdecimal() and note.strip():
                # A footnote in a row across the table is no heading: a web page's <tfoot>, which a
                # browser prints again at the foot of each page, stands there among the items.  A
                # line that opens with no marker of its own is the wrapped rest of the note above.
                notes: list[str] = []
                lines = heading.split("\n")
                # A signature under the note in the same row (a web page's foot in one cell across
                # the table) is the plan's foot, read with the text after the table: no note's.
                found = signatory_lines(lines[1:])[1]
                for line in lines[: found.start + 1] if found else lines:
                    opens = split_leading_marker(line)[0]
                    if notes and (not opens or opens.isdecimal()):
                        notes[-1] += " " + line
                    else:
                        notes.append(line)
                self._skip_text((note for note in notes if not self._footnote(note)), "in a footnote row")
                return "section"
            if any(line.lstrip().startswith(tuple(BULLET_GLYPHS)) for line in heading.split("\n")[1:]):
                # A heading holds no list: an event's row whose cells the reader could not tell
                # apart (its number, event and date in one cell across the table).  Kept as read,
                # but said: its lines go under no item (rule 14).
                said = f"a table row read as a section heading holds a list: {one_line(heading)}"
                self.plan.warnings.append(ExtractWarning("row_as_heading", said))
            self.section = heading
            self.heading_open = True
            return "section"
        if (
            title_col is not None
            and {i for i, _ in filled} == {number_col, title_col}
            and (
                # «II. | Информационная деятельность»: a numbered section, not an item («12.» is no
                # Roman numeral; a scan may read «IV.» as «№», no number of an item either) …
                (not is_numbered and _SECTION_NUMERAL.match(number_text))
                # … or lettered («А. | …»), or a numeral a scan misread as a letter or two («a»,
                # «[В» for «I.»), in a table numbered in figures whose numbering the row right under
                # it goes on (or opens) past this row: no item's number was lost there.  A sub-item's
                # letter («а)», «б.» under «3.») is a small Russian one or closed by a bracket.
                or (
                    numbered
                    and not is_numbered
                    and (letters := _SECTION_LETTERS.match(number_text)) is not None
                    and not _SMALL_RUSSIAN.fullmatch(letters[1])
                    and _next_row_number(*self.ahead, columns, right_under=True)
                    in {1, (row_number(items[-1].cells.get("number", "")) or 0) + 1 if items else 1}
                )
                # … nor a row numbered back («1.» after «12.»), no cell beside merged from the row
                # above, where the row under it goes on from the item above («13.»): a section
                # whose numeral was misread («III.» scanned as «1.»), not an item out of turn.
                or (
                    is_numbered
                    and items
                    and not any(merged for _, merged in grid)
                    and (last := row_number(items[-1].cells.get("number", ""))) is not None
                    and (row_number(number_text) or 0) < last
                    and _next_row_number(*self.ahead, columns) == last + 1
                )
            )
        ):
            self.section = clean(grid[title_col][0])
            self.heading_open = True
            return "section"
        if (
            not is_numbered
            and items
            and title_col is not None
            and (
                # A continuation row leaves the № column empty; a signature opens at the left …
                (not grid[title_col][0].strip() and filled[0][0] in (0, number_col))
                # … or stands under the event column after an empty row that sets it apart, as
                # the table's last row: a position and a name, not an event's cells (a print's
                # spacer rows are empty too, and an event may name only its person).
                or (self.last_kind == "blank" and len(filled) <= 2 and row is self.table_foot)
            )
            and signatory_lines([clean(text) for _, text in filled])[0] is not None
        ):
            # A signature set in the table's own rows (a sheet saved as a web page: «position» under
            # the № or the event column, the name under another), no event: the plan's foot, as a
            # heading row with no item under it is (`_read_row`).
            return "section"
        if not is_numbered and items and self._continues(grid, filled, columns, numbered, new_page, items[-1]):
            self._continue(items[-1], grid, columns, new_page)
            return "continuation"
        if numbered and not is_numbered and not any(ch.isalnum() for ch in number_text):
            return "before the first item, without a number,"
        if items and self.last_kind == "item" and _SUB_NUMBER.match(number_text):
            self._heading_of_sub_items(number_text)
        item = RawItem(self.section, {}, [], row.page)  # positional: no keyword dict per row
        ticked: list[tuple[str, str, str]] = []  # (header, cell, period)
        for i, (text, merged) in enumerate(grid):
            role = columns.roles[i]
            if role == "extra":
                if not text.strip():
                    if merged and items:
                        # A cell merged down from the row above («Месяц» over its events) says
                        # the same for this row, as the named columns' merged cells do.
                        header = columns.extra_name(i)
                        item.extras += [extra for extra in items[-1].extras if extra[0] == header][:1]
                    continue
                if i in columns.ticks and (period := _ticked(columns.headers[i], text)):
                    ticked.append((columns.headers[i], clean(text), period))
                else:
                    item.extras.append((columns.extra_name(i), clean(text)))
            elif role in _SHARED_WHEN_MERGED and merged and items and not (role == "title" and text.strip()):
                # A vertically merged cell («Ответственные», a date, a place, a note, the event)
                # says the same for every row it spans, as a reader of the printed table takes it.
                item.cells[role] = items[-1].cells.get(role, "")
            else:
                item.cells[role] = text if self.cells_clean else clean(text)
        if ticked:
            if item.cells.get("date", "").strip() or item.cells.get("place_date", "").strip():
                # The plan prints a date of its own: the marks stay beside it, as printed.
                item.extras += [(header, cell) for header, cell, _ in ticked]
            else:
                item.cells["date"] = ", ".join(period for _, _, period in ticked)
        items.append(item)
        self.bold_title = title_col is not None and _bold_at(row, title_col)
        return "item"

    @staticmethod
    def _continues(
        grid: list[tuple[str, bool]],
        filled: list[tuple[int, str]],
        columns: _Columns,
        numbered: bool,
        new_page: bool,
        above: RawItem,
    ) -> bool:
        """Whether an unnumbered row goes on with the item above.

        In a numbered table every unnumbered row does (a page break can even cut
        a number too wide for its column, «159» / «.»: the rest holds no digit).
        In a table without numbers: a row under a merged number or event cell, or
        whose texts go on a list or a sentence (a bullet, a lower-case start),
        or that leaves the event cell empty.  Away from a page break, a row that
        names its own event and its own date or place (or shares the one above
        through a merged cell) is an item, even when its title starts in small
        letters («заседание рабочей группы | март»): only a page break cuts one row
        into two that both go on mid-sentence.  At a page's head, a title that goes on the title
        above, which the break left on a preposition or a conjunction or a hyphen («Размещение
        информации о» / «деятельности на сайте»), is that row's rest whatever its other cells
        open with (a year, «II полугодие» / «2021 г.»): no event's name ends so.  Its case says
        nothing there: the rest may open with a name («Размещение материалов на» / «Электронном
        портале МАГ», a scan's page 2).  So is a quoted name alone in its row there, nothing beside
        it («Международная конференция» / «Устойчивое развитие столиц»»): no heading opens with a
        quote, and an event's row of its own prints its date.
        """
        number_col, title_col = columns.number_col, columns.title_col
        if numbered:
            number_text = grid[number_col][0] if number_col is not None else ""
            return not any(ch.isalnum() for ch in number_text)
        if number_col is not None and grid[number_col][1]:
            return True
        if title_col is not None and (grid[title_col][1] or not grid[title_col][0].strip()):
            return True
        if new_page and title_col is not None and grid[title_col][0].strip():
            title_above = clean(above.cells.get("title", ""))
            if PREPOSITION_END.search(title_above) or _HYPHEN_END.search(title_above):
                return True
            if quote_goes_on(title_above, grid[title_col][0]):
                # The break cut a quoted name («журнала «Вестник» / «МАГ»»): no heading closes it.
                return True
            if len(filled) == 1 and grid[title_col][0].strip()[:1] in OPENING_QUOTES:
                # A quoted name alone, nothing beside it: the name of the event above, its kind
                # left at the page's foot («Международный фестиваль» / «Дружба народов»).  No
                # heading opens with a quote, and an event's row of its own prints its date.
                return True
            if _opens_lower(grid[title_col][0]) and any(
                text.strip() and clean(above.cells.get(columns.roles[i], "")).endswith(LIST_SEPARATORS)
                for i, (text, _) in enumerate(grid)
                if i != title_col
            ):
                # The title's rest in small letters beside the rest of a list that the break left on
                # its separator («07.01.2022;» / «02.06.2022; 28.07.2022»): no row opens a cell so.
                return True
            if _list_goes_on(title_above, grid[title_col][0]) and not any(
                columns.roles[i] in _WHEN_OR_WHERE and text.strip() for i, (text, _) in enumerate(grid)
            ):
                # The list of the event above goes on («• для ветеранов» / «• для студентов»),
                # its note's rest beside it («Организаторы: …», in capitals): no date or place
                # of its own, so no event's row.
                return True
        if not all(_BULLET_START.match(text.strip()) or _opens_lower(text) for _, text in filled):
            return False
        if new_page or title_col is None or _BULLET_START.match(grid[title_col][0].strip()):
            return True
        # Its own date or place, or one that a merged cell shares with the row above.
        return not any(
            columns.roles[i] in _WHEN_OR_WHERE and (text.strip() or merged) for i, (text, merged) in enumerate(grid)
        )

    def _heading_of_sub_items(self, number_text: str) -> None:
        """«1. | Организационные мероприятия» over «1.1», «1.2»…: the row just read, numbered and
        holding nothing but its title, is the heading of the sub-items its number opens, not an
        item (its rows stay accounted for: an item less, a section more)."""
        items = self.plan.items
        parent = items[-1]
        match = _SUB_NUMBER.match(number_text)
        title = parent.cells.get("title", "")
        if match is None or not title or parent.extras:
            return
        if row_number(parent.cells.get("number", "")) != int(match.group(1)):
            return
        if any(text for role, text in parent.cells.items() if role not in ("number", "title")):
            return
        items.pop()
        self.section = title
        self.plan.tally.items -= 1
        self.plan.tally.sections += 1

    def _looks_like_heading(
        self,
        cell: tuple[int, str],
        columns: _Columns,
        numbered: bool,
        new_page: bool,
        bold: bool,
        goes_on: Callable[[], bool],
    ) -> bool:
        """A lone text in a row without a number: a heading, unless it continues an item.  At the
        head of a page it may be the rest of the row above, unless it is set in bold where the
        item's title is not (a PDF's section row that the page opens with), or a heading stands
        above it: no row of an item goes on over a heading (a heading's own rest is told first).
        In a table without numbers, a text that opens with a heading's number («3. Юбилейные даты
        …») is the rest only where the title above ends as no event's name does (on a preposition,
        a hyphen: `_continues`), opens a numbered list or a colon's, or opens with a number too.  Any
        other text there that does not go on the row above (`goes_on`, asked only then) and is not
        the table's last row is what it is anywhere else, a heading (a browser's page opens with the
        next section's heading under the header it repeats; a page break that moves an event's name
        alone onto the next page, its other cells left behind, is rarer)."""
        column, text = cell
        if column == columns.number_col:
            return True
        if not self.plan.items:
            return True
        stripped = text.strip()
        cut = new_page and self.last_kind != "section" and not (bold and not self.bold_title)
        if cut and not numbered and _NUMBERED_HEADING.match(stripped):
            # «3. Юбилейные даты …» where no event's name opens with a number: a numbered heading.
            above = clean(self.plan.items[-1].cells.get("title", ""))
            # … or opens a list the numbered line goes on («Программа:» / «1. Концерт»).
            listed = above.endswith(":") or any(_NUMBERED_HEADING.match(line) for line in above.split("\n"))
            cut = bool(PREPOSITION_END.search(above) or _HYPHEN_END.search(above) or listed)
        elif cut and not numbered:
            cut = goes_on()
        return not (cut or _BULLET_START.match(stripped) or _opens_lower(stripped))

    def _continue(self, item: RawItem, grid: list[tuple[str, bool]], columns: _Columns, new_page: bool) -> None:
        number_col, title_col = columns.number_col, columns.title_col
        if (
            number_col is not None
            and title_col is not None
            and _bullet_alone(grid[number_col][0])
            and grid[title_col][0].strip()
        ):
            # A list's bullet in the № column (a page's part placed its columns from the header,
            # the item's bullet left of the event's column: «·  АСДГ» under «·  АГУ»): the item's.
            grid = list(grid)
            grid[title_col] = (f"{grid[number_col][0].strip()} {grid[title_col][0]}", grid[title_col][1])
            grid[number_col] = ("", grid[number_col][1])
        for i, (text, _) in enumerate(grid):
            text = clean(text)
            if not text:
                continue
            role = columns.roles[i]
            if role == "extra":
                # The rest of a cell of a column the table does not name goes on with that cell
                # (found by the name the item's row gave it: «Столбец N» where the header is empty).
                header = columns.extra_name(i)
                at = next((k for k, (name, _) in enumerate(item.extras) if name == header), None)
                if at is None:
                    item.extras.append((header, text))
                else:
                    item.extras[at] = (header, self._continued(item.extras[at][1], text, new_page))
            elif role != "number":
                item.cells[role] = self._continued(item.cells.get(role, ""), text, new_page)

    def _continued(self, previous: str, text: str, new_page: bool) -> str:
        """A cell's text with the rest that a continuation row holds."""
        if not previous:
            return text
        if new_page and self._cut_by_page(previous, text):
            return previous + text
        return _join_continued(previous, text, new_page)

    def _cut_by_page(self, previous: str, text: str) -> bool:
        """Did the page break cut a word without a hyphen («необходимост» / «и»)?  When the two
        parts joined are a word the document prints whole elsewhere (or a date wording's) and
        the first part is none (printed nowhere but at the end of a cell, where it may be cut), when
        a rest of a letter or two that fills the cell makes a known word with it, or when the
        dictionary says they are one word (`lexicon.one_word`)."""
        last, first = _LAST_WORD.search(previous), _FIRST_WORD.match(text)
        if last is None or first is None:
            return False
        if self.words is None:
            words: set[str] = set()
            for block in self.blocks:
                if isinstance(block, Paragraph):
                    words.update(_WORDS.findall(block.text.lower()))
                elif isinstance(block, Table):
                    for row in block.rows:
                        for cell in row.cells:
                            words.update(_WORDS.findall(cell.text.lower())[:-1])
            self.words = frozenset(words)
        head, rest = last[1], first[1]
        if known_word(head + rest, self.words) and not known_word(head, self.words):
            return True
        # A word of one or two letters alone in the cell is no text's end: the rest of a cut word
        # («7 март» / «а») when joined they make one.
        if text.strip() == rest and len(rest) <= _LONE_REST and lexicon.russian_word(head + rest):
            return True
        # … or the Russian dictionary makes them one word, not both words («Празднич» / «ный»).
        return lexicon.one_word([head, rest])

    # -- text around the tables ---------------------------------------------

    def _head(self, lines: list[tuple[str, int]]) -> None:
        texts = _blocks_side_by_side([line for line, _ in lines])
        title_from = head = 0
        for head, line in enumerate(texts):
            if APPROVAL_HEAD.match(line):
                self.plan.approval, title_from = approval_block(texts, head)
                break
        found = title_lines(texts, title_from)
        if found is None and title_from:
            # The heading written before the approval block (a block floated to the top right
            # beside the heading, a floating table that Word keeps after it): it is the plan's
            # heading all the same, and the lines after the block go on under it.
            before = title_lines(texts[:head])
            found = None if before is None else (before[0], before[1] + texts[title_from:])
            start = None if before is None else head - len(before[1]) - len(before[0])
        else:
            start = None if found is None else len(texts) - len(found[1]) - len(found[0])
        if found is None or start is None:
            return
        self.plan.title_lines, rest = found
        approval = range(head, title_from) if title_from else range(0)
        self._skip_text(requisites_above(texts[:start], approval), "above the plan's heading")
        # A site's line about the page (its date, its hits) closes the page's head: a line above it
        # is the head's too (Joomla's article info opens with its label «Подробности»), no heading.
        meta = [k for k, line in enumerate(rest) if about_the_page(line)]
        under = meta[-1] + 1 if meta else 0
        # The headings right over the table: a heading with text under it (an explanatory note's
        # «Пояснительная записка», «Задачи:» over its list) heads that text, not the table.
        prose = [k for k, line in enumerate(rest) if k >= under and _note_text(line)]
        under = max(under, prose[-1] + 1) if prose else under
        # A title page's place and year of issue at its foot («Санкт-Петербург» / «2025») are no heading.
        issued = issue_lines(rest)
        headings = [line for k, line in enumerate(rest) if k >= under and k not in issued and is_heading_line(line)]
        if headings:
            self._take_section(headings, "between the title and the table")
        # A sentence under the title («В соответствии с решением …») is no heading and no plan data.
        unread = (line for k, line in enumerate(rest) if k < under or k in issued or not is_heading_line(line))
        self._skip_text(unread, "between the title and the table")

    def _tail(self, lines: list[tuple[str, int]], pages: list[int | None]) -> None:
        """The plan's foot: footnotes, then the signature.  `lines` are (text, block index in
        `pages`, the tail's blocks' page numbers; -1 for a row read after the items)."""
        kept = [(line, block) for line, block in lines if not self._footnote(line) and not PAGE_NUMBER.match(line)]
        signature = [line for line, _ in kept]
        # Only a web page's paragraphs bound the position: a document's may wrap it over several,
        # the last one broken by a line break before the name («Председатель Совета» /
        # «Ассамблеи столиц<w:br/>И.И. Иванов»).
        paragraphs = [block for _, block in kept] if self.layout.web else None
        self.plan.signatory, used = signatory_lines(signature, paragraphs, spaced=self.layout.web)
        if self.layout.page_count is not None:
            # A page read by its geometry (a PDF, a scan) sets a wrapped position's lines close, in
            # one paragraph: a line a paragraph's gap under the name (a site's share links, the next
            # sheet's table on the next page) does not go on with the position.  A line in small
            # letters («города» under «Заместитель главы администрации») does, whatever the
            # paragraph: the reader may have set it apart from a line with the name beside it.
            ends = [
                i
                for i in range(1, len(kept))
                if kept[i][1] != kept[i - 1][1]
                and not kept[i][0][:1].islower()
                and not _position_rest_over_page(kept, i, pages)
            ]
            found = next((f for end in ends if (f := signatory_lines(signature[:end]))[0] is not None), None)
            if found is not None:
                self.plan.signatory, used = found
        # Between the table and the signature stand the plan's own notes; under the signature,
        # requisites the plan does not carry (a mailing list, the executor) or a site's footer.
        if self.plan.signatory is not None:
            self._skip_text(signature[: used.start], "between the plan's table and its signature")
            self._further_signatories(signature, used, [block for _, block in kept])
        else:
            # A document with no signature: what follows its table is the plan's own text (a note,
            # a table of another shape read as lines), said rather than dropped. A web page's foot
            # is the site's (menus, copyright), as its head is, from its first line of the site's
            # own on; the lines before it are the plan's (a remark in a <pre> under the table).
            said = _before_site_foot(signature) if self.layout.web else signature
            self._skip_text(said, "after the plan's table")

    def _further_signatories(self, signature: list[str], used: range, blocks: list[int]) -> None:
        """The signatories under or beside the plan's one (a chief accountant's under the director's):
        the contract holds one, the first; the others are said in a warning each, never dropped.
        `blocks` holds the block index of each line of `signature`."""
        paired = None
        if self.layout.page_count is None:
            # Each line a paragraph or a line break of its own (no page wraps a position): a column
            # of positions beside a column of as many names pairs them line by line.
            paired = paired_signatories(signature, used)
        if paired is not None and len(set(blocks[paired[1].start : paired[1].stop])) > 1:
            # Only cells side by side (one table) set positions beside names; paragraphs one under
            # another are a position wrapped over them, its name, then a further name.
            paired = None
        others: list[str] = []
        if paired is not None:
            self.plan.signatory, used, others = paired
        further, other = further_signatories(signature[used.stop :])
        self._skip_text([*others, *further], "under the plan's signature, a further signatory (one is read),")
        # What else stands under the signature is requisites the plan does not carry (GOST: the
        # executor, a mailing list, «Верно: …», a registration mark), said, never dropped; a web
        # page's foot (or a browser's print of it) from its site's own first line on is the site's.
        self._skip_text(_before_site_foot(other, self.layout.web), "under the plan's signature")

    def _take_section(self, headings: list[str], where: str) -> None:
        """The last of the headings over a table is the section of its rows.  An earlier one
        («Раздел 2. Культура» over «II квартал») has no row under it and the contract says
        nothing of nesting them: its text is said in a warning, never dropped silently (rule 14)."""
        self.section = headings[-1]
        self.heading_open = False  # a heading between tables takes no row's rest
        self._skip_text(headings[:-1], f"{where}, a heading over the section's heading «{one_line(headings[-1])}»,")

    def _skip_text(self, lines: Iterable[str], where: str) -> None:
        """Lines outside the table that are no part of the plan (a note, a requisite the plan
        does not carry): never dropped silently, but said in a `text_skipped` warning each."""
        for line in lines:
            text = one_line(line)
            # A page number or a table's label is the layout's, not data: nothing to say of it.
            if text and not PAGE_NUMBER.match(text) and not is_table_label(text):
                self.plan.warnings.append(ExtractWarning("text_skipped", f"a line {where} was not read: {text}"))

    def _footnote(self, line: str) -> bool:
        """Take `line` as a footnote if it is one; whether it was."""
        marker, text = split_leading_marker(line)
        endnote = _ENDNOTE_NUMBER.match(line) if not marker else None
        if endnote is not None:
            # Word and LibreOffice number endnotes «i», «ii», «iii», «iv»…: raised («ⁱ», «ⁱᵛ») in the
            # text, on the line in the notes at the document's end.  Such a line is the note a raised
            # one points at.
            marker, text = raised_roman(endnote[1]), line[endnote.end() :]
        listed = _LISTED_NOTE.match(line) if not marker else None
        if listed is not None:
            marker, text = listed[1], _BACK_LINK_END.sub("", line[listed.end() :])
            # A marker points at one note: a numbered line after note N is taken («1. Контроль за
            # исполнением плана возложить …», an order's point under the plan) is no second note N.
            if any(key == marker_key(marker) for key, _ in self.plan.footnotes):
                return False
        if not marker or not text.strip():
            return False
        # «1 text» with a plain digit (or «1. text», a list's number) is a footnote only when a
        # marker points at it, or when it numbers on from the note before it, a list's «N.» only
        # after a list's (footnote 1 taken: «2 text» is the next; a scan reads a raised «²» flat
        # and may lose it off its heading, or its marker «марафон²» altogether; an order's
        # points «1.», «2.» under the plan follow no note);
        # a raised «¹» always is («¹».isdigit() is true, «¹».isdecimal() is not).
        if marker.isdecimal() or endnote is not None:
            if self.used_keys is None:  # computed once, only when a plain-digit line needs it
                self.used_keys = {key for m in self._markers_in_items() for key in marker_keys(m)}
            numbers_on = (listed is None or self.last_note_listed) and self._numbers_on(marker)
            if marker_key(marker) not in self.used_keys and not numbers_on:
                return False
        self.plan.footnotes.append((marker_key(marker), clean_line(text)))
        self.last_note_listed = listed is not None
        return True

    def _numbers_on(self, marker: str) -> bool:
        """Whether a plain-digit marker is the number after the last footnote taken's — or, where
        none is taken yet, a «1» while a figure marker of the items points at no footnote (a scan
        read the note's raised «¹» flat and the marker as «²»: which it points at is said then)."""
        if not marker.isdecimal():
            return False
        if not self.plan.footnotes:
            return marker == "1" and any(key.isdecimal() for key in self.used_keys or ())
        last = self.plan.footnotes[-1][0]
        return last.isdecimal() and int(last) + 1 == int(marker)

    def _markers_in_items(self) -> list[str]:
        markers = []
        for item in self.plan.items:
            markers.append(split_trailing_markers(item.section)[1])
            for text in item.cells.values():
                # A marker may stand before the «:» that introduces the members under it.
                markers.extend(split_trailing_markers(line.rstrip(" :"))[1] for line in text.split("\n"))
        return [m for m in markers if m]


def _ticked(header: str, text: str) -> str | None:
    """The period a period grid's cell names: its column's («I кв.») where it holds a mark, its
    own where it holds a wording («15 марта» under «I кв.»); None for anything else (a sum, a
    count), which stays in the note as printed."""
    text = clean_line(text)
    if _TICK.match(text):
        return header
    return text if looks_like_period(text) else None


def _list_goes_on(above: str, text: str) -> bool:
    """Does `text` open with a list's item after a title `above` that ends with its list under its
    name (its first line no item, its last one an item), or with its name announcing the list
    («Издание сборника «Лучшие практики городов»:», the page break right under it)?"""
    lines = [line.strip() for line in above.split("\n") if line.strip()]
    return (
        bool(lines)
        and not _BULLET_START.match(lines[0])
        and ((len(lines) > 1 and bool(_BULLET_START.match(lines[-1]))) or lines[-1].endswith(":"))
        and bool(_BULLET_START.match(text.strip()))
    )


def _bullet_alone(text: str) -> bool:
    """Is the text a list's bullet and nothing else?"""
    text = text.strip()
    return len(text) == 1 and text in BULLET_GLYPHS


def _opens_lower(text: str) -> bool:
    """Does the text open in lower case, after an opening bracket or quote («(по отдельной
    программе)»): it goes on the text above, as no event's name or heading opens so?"""
    return text.strip().lstrip("(«\"“'")[:1].islower()


def _heading_rest(heading: str, rest: str) -> bool:
    """Is `rest`, alone at a page's top, the end of the heading the page's foot cut: the heading
    ends on a preposition or a conjunction («Мероприятия в»), or the rest is no heading of its own,
    an abbreviation or two («МАГ» under «Юбилейные даты городов-членов»; a heading in capitals,
    «ЮБИЛЕИ», is a word longer than an abbreviation)?"""
    # A heading in capitals ends with its preposition in capitals; a capital letter alone after a
    # heading in mixed case is no preposition («Приложение А»), as in `words`.
    if PREPOSITION_END.search(heading.lower() if heading.isupper() else heading):
        return True
    words = [letters for word in rest.split() if (letters := "".join(ch for ch in word if ch.isalpha()))]
    # A month («МАЙ») or a numbered line («II. …») heads rows of its own.
    return (
        0 < len(words) <= _ABBREVIATIONS_ALONE
        and not _LIST_OPENING.match(rest)
        and all(w.isupper() and len(w) <= _ABBREVIATION_LETTERS and w.lower() not in NOMINATIVE for w in words)
    )


def _join_continued(previous: str, text: str, split_by_page: bool) -> str:
    """A continuation row's text after the item's.  A row that a page break split
    goes on mid-paragraph, unless the new part opens a list item or follows a
    finished sentence; a continuation row of the source is a new paragraph."""
    if split_by_page and _HYPHEN_END.search(previous) and text[:1].isalpha():
        return previous + text
    if split_by_page and number_joined((previous.split() or [""])[-1], (text.split() or [""])[0]):
        return previous + text  # a date the page broke inside («24.12.202» / «8»)
    if split_by_page and closes_again(previous, text):
        # «Вестник»» / «МАГ»»: a quote closed at the page's foot and again on the next page (a
        # scan's speck; a text document never prints one so).
        return _join_continued(previous[:-1].rstrip(), text, split_by_page)
    if split_by_page and text[:1] in "»”),.;:":
        # A closing mark or punctuation that the page break left alone («Экспофорум» / «»»); a
        # colon once (a scan's label at the page's foot given the colon it seemed to lose).
        return previous + (text[1:] if text[:1] == ":" and previous.endswith(":") else text)
    if split_by_page and previous.count("«") > previous.count("»") and "»" in text.split("\n")[0]:
        # Inside a quotation the page broke: its next part is no list item even when it opens with
        # a dash («Россия / – спортивная держава»); a quotation holds no paragraph.
        return f"{previous} {text}"
    finished = _SENTENCE_END.search(previous) and not _ABBREVIATION_END.search(previous)
    if not split_by_page or _BULLET_START.match(text) or (finished and text[:1].isupper()):
        return f"{previous}\n{text}"
    return f"{previous} {text}"


def _find_plan_tables(blocks: list[Block], strict: bool) -> list[int]:
    """The tables with a plan header, and the tables that continue them.

    A table continues the plan when it is as wide as the last header's columns,
    drawn alike (ruled or not), does not open with a header row of its own, and
    either numbers its rows, stands right after a plan table (a table split
    without its header: the next page of a PDF, a later DOCX or HTML table; a
    piece of another width between two such does not part them), or stands under
    section headings only (a plan whose sections are tables).
    """
    found: list[int] = []
    width: int | None = None
    ruled: bool | None = None
    columns: _Columns | None = None  # the last header's
    adjacent = under_headings = cities_fit = False
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            lines = [line for line in block.text.split("\n") if line.strip()]
            # Only empty lines, page numbers and table labels («Продолжение таблицы 1») keep two tables
            # adjacent; and the footnotes printed at the foot of the page the table goes on from.
            foot = (adjacent or under_headings) and _foot_of_page(block, lines, blocks[index + 1 :])
            adjacent = adjacent and (all(PAGE_NUMBER.match(line) or is_table_label(line) for line in lines) or foot)
            # A section's heading at a page's foot, the page's footnotes under it: its table opens the next page.
            under_headings = under_headings and (all(PAGE_NUMBER.match(x) or is_heading_line(x) for x in lines) or foot)
            continue
        header = _table_header(block, strict)
        if header is not None:
            found.append(index)
            width, ruled, adjacent, columns = header.columns.width, block.ruled, True, header.columns
            # City rows in a narrower table are read in the plan's columns where its event's column
            # follows its numbers' (`_widened`).
            cities_fit = (
                header.columns.number_col is not None and header.columns.title_col == header.columns.number_col + 1
            )
            under_headings = True
            continue
        continues = (
            width is not None
            and _table_width(block) == width
            and block.ruled == ruled
            and (not _own_header(block) or (columns is not None and _header_read_in_pieces(block.rows[0], columns)))
            and (
                adjacent
                or any(row_number(r.cells[0].text) is not None for r in block.rows if r.cells)
                or (under_headings and not _looks_like_header(block.rows[0]))
            )
        ) or (width is not None and under_headings and cities_fit and _city_days_table(block, width))
        if continues:
            found.append(index)
        # A piece of another width right between the plan's pieces (a web page's plan printed as
        # tables of their own widths, one a column short where an empty cell drew no width) does
        # not continue it, but does not end it either: the piece after it still stands right
        # after the plan, and the odd piece's rows are said (`run`: a table among the plan's).
        # One such piece, right after a plan table: two in a row end the plan.
        odd_piece = (
            found[-1:] == [index - 1]
            and block.ruled == ruled
            and not _own_header(block)
            and bool(block.rows)
            and not _looks_like_header(block.rows[0])
        )
        adjacent = continues or odd_piece
        under_headings = continues
    return found


# A site's tools under the page's text (share buttons, a printable version, back to the list, a
# comment form): the site's, never the plan's, as its foot is.
_SITE_TOOLS = re.compile(
    r"^\s*(?:поделиться|рассказать\s+друзьям|версия\s+для\s+печати|распечатать|печать\s+страницы|"
    r"вернуться|назад\s+к|наверх|добавить\s+комментарий|оставить\s+комментарий|share|print)\b",
    re.IGNORECASE,
)
# An address on the web or by mail; a line that gives one with a few words at most («Сайт: www.…»,
# «E-mail: …») is the site's foot, a sentence round one (where to sign up) is the plan's remark.
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)
_SITE_ADDRESS_WORDS = 3
# How many lines a requisite above the heading runs at most («СОГЛАСОВАНО», a position of two lines, a
# signature, a date).
_REQUISITE_BLOCK = 6


def _site_foot_line(line: str, web: bool) -> bool:
    """Is `line` about the page (its date, author, hits) or of its site's foot (copyright, its tools:
    «Поделиться», «Версия для печати»; on a `web` page, the site's address too)?  A page printed
    from a browser prints its site's foot as well; an office document's address under its signature
    is its executor's («e-mail: …»), no site's."""
    if about_the_page(line) or COPYRIGHT.search(line) or _SITE_TOOLS.match(line):
        return True
    rest = _WEB_ADDRESS.sub(" ", line)
    return web and rest != line and len(re.findall(r"\w{2,}", rest)) <= _SITE_ADDRESS_WORDS


def requisites_above(texts: list[str], approval: range) -> list[str]:
    """The lines of the requisites above a plan's heading that the contract does not carry
    (`opens_head_requisite`: an agreement block, an annex mark, a draft's mark), each block from its
    head line to the next one, the approval block read (the lines `approval`) or the heading, a few
    lines at most.  The lines above the first (a body's name, a site's head) are not looked at, but
    a heading of the plan's kind that names a year is (the plan named again further up: «ПЛАН
    мероприятий на 2025-2027 годы» over «Основные мероприятия» / «2025 год», the nearer read)."""
    said: list[str] = []
    block = 0  # lines left of the block being read
    for k, line in enumerate(texts):
        if k in approval:
            block = 0
            continue
        if opens_head_requisite(line):
            block = _REQUISITE_BLOCK
        if block:
            said.append(line)
            block -= 1
        elif is_plan_heading(line) and YEAR.search(line):
            said.append(line)
    return said


def _before_site_foot(lines: list[str], web: bool = True) -> list[str]:
    """The lines under a plan up to its site's own (`_site_foot_line`)."""
    for k, line in enumerate(lines):
        if _site_foot_line(line, web):
            return lines[:k]
    return lines


def _foot_of_page(block: Paragraph, lines: list[str], after: list[Block]) -> bool:
    """Are `lines` footnotes at the foot of their page, the next table on a later page?

    A table running on over a page break without a repeated header has the
    page's footnotes between its two parts; a photo or a scan reads them
    as a paragraph there.  Without them in its way the table's last row on
    the next page (a cut row's end: no number to say it goes on) continues it.
    """
    if not lines or not all(split_leading_marker(line)[0] for line in lines):
        return False
    following = next((b for b in after if isinstance(b, Table)), None)
    if following is None or following.page is None or block.page is None:
        return False
    return following.page > block.page


# A time of day as a programme prints it, or a span of two («10:00», «14.30–16.00», «с 10:00 до 12:00»);
# «10.05» is the tenth of May (rule 11), so a time with a point needs minutes that name no month.
_CLOCK = re.compile(r"^(?:с\s*)?(\d{1,2})([:.])(\d{2})(?:\s*(?:[-–—]|до)\s*(\d{1,2})([:.])(\d{2}))?$", re.IGNORECASE)


# A length of time («5 мин», «20 минут», «1 ч 30 мин», «1,5 часа»): a lesson's or a script's timing.
_MINUTES = r"мин(?:ут[аы]?)?\.?"
_LENGTH = re.compile(rf"^\d{{1,3}}(?:[.,]\d)?\s*(?:{_MINUTES}|ч(?:ас(?:а|ов)?)?\.?)(?:\s*\d{{1,2}}\s*{_MINUTES})?$")


def _clock_time(text: str) -> bool:
    """Is `text` a time of day, a span of two or a length of time, and no date?"""
    if _LENGTH.match(text.strip().lower()):
        return True
    match = _CLOCK.match(text.strip())
    if match is None:
        return False
    times = [match.group(1, 2, 3), match.group(4, 5, 6)] if match.group(4) else [match.group(1, 2, 3)]
    return all(
        int(hour) <= 23 and int(minute) <= 59 and (sep == ":" or int(minute) == 0 or int(minute) > 12)
        for hour, sep, minute in times
    )


# Where a time follows a digit after a space: the cell holds several times (a row's sessions, or
# the rows of a print whose one-line rows stand as close as a cell's lines, read as one row).
_NEXT_TIME = re.compile(r"(?<=\d)\s+(?=(?:с\s*)?\d{1,2}[:.]\d{2})", re.IGNORECASE)


def _clock_times(text: str) -> bool:
    """Is `text` one time of day, span or length of time, or several, and no date?"""
    return all(_clock_time(part) for part in _NEXT_TIME.split(text))


def _hours_of_a_day(table: Table, strict: bool) -> bool:
    """Does the table say when by hours of a day alone: its only date column («Время») holds a time
    or a length of time in every row that fills it, two rows at least?  A forum's programme, an
    agenda or a day's timetable («Время | Мероприятие | Место проведения», the days as headings
    between the rows), a concert's script, a lesson's plan («Этап урока | Содержание | Время»:
    «5 мин») names events or steps, but no date of a plan (SCHEMA: a yearly plan's items say when
    in the year)."""
    header = _table_header(table, strict)
    if header is None:
        return False
    columns = header.columns
    # A column of date and place («Дата и место проведения») says when as well: an hour column
    # beside it is the hour of each day the plan names.
    when = [i for i, text in enumerate(columns.headers) if column_role(text) in ("date", "place_date")]
    if len(when) != 1 or columns.roles[when[0]] != "date":
        return False
    body = table.rows[header.start + header.rows :]
    if any(_names_months(row) for row in body):
        return False
    texts = [
        text.strip()
        for row in body
        if len(row.cells) > 1
        for text, _ in _grid(row, columns.width)[when[0] : when[0] + 1]
        if text.strip()
    ]
    return len(texts) >= 2 and all(_clock_times(text) for text in texts)


def _names_months(row: Row) -> bool:
    """Is `row` a heading across the table that names a month, a quarter or a longer part of a
    year?  Rows grouped so are a yearly plan's, whose hour column says the hour in that month
    (a day's programme heads its rows with days: «15 июля»)."""
    if len(row.cells) != 1 or not row.cells[0].text.strip():
        return False
    return parse_period(row.cells[0].text, 2000).precision not in (None, "day")


def _page_number_only(block: Block) -> bool:
    """A paragraph of page numbers alone (or of nothing), which keeps two tables adjacent."""
    return isinstance(block, Paragraph) and all(PAGE_NUMBER.match(x) for x in block.text.split("\n") if x.strip())


def _cell_starts(row: Row) -> list[int]:
    """The grid columns that the cells of `row` start at."""
    starts: list[int] = []
    start = 0
    for cell in row.cells:
        starts.append(start)
        start += cell.colspan
    return starts


def _bold_at(row: Row, column: int) -> bool:
    """Is the cell of `row` that grid column `column` falls in set in bold?"""
    start = 0
    for cell in row.cells:
        if start <= column < start + cell.colspan:
            return cell.bold
        start += cell.colspan
    return False


def _numbers(text: str) -> bool:
    """Does a «№» cell number its row («12.», or a sub-item's «1.2.»)?"""
    return row_number(text) is not None or _SUB_NUMBER.match(text) is not None


def _numbers_a_row(table: Table) -> bool:
    """Whether a row of the table opens with a row number in its first cell, beside text."""
    return any(row_number(r.cells[0].text) is not None and _beside(r) for r in table.rows if r.cells)


def _note_text(line: str) -> bool:
    """Is `line` a sentence or a list entry of a note over the table (a full stop or a semicolon at
    its end after a few words, a dash or a bullet before it), which a heading above it heads?  A
    table's label, a page number, a unit «(тыс. руб.)» are none."""
    text = line.strip()
    return bool(_BULLET_START.match(text)) or (len(text.split()) >= 3 and text.endswith((".", ";")))


def _heading_table(table: Table) -> list[str]:
    """The lines of a table of one row and one cell whose lines are all headings, else []."""
    if len(table.rows) != 1 or len(table.rows[0].cells) != 1:
        return []
    lines = [line for line in table.rows[0].cells[0].text.splitlines() if line.strip()]
    return lines if lines and all(is_heading_line(line) for line in lines) else []


# A city row's cells at most: its number, the city, its age and its date.
_CITY_ROW_CELLS = 4


def _city_days_table(table: Table, width: int) -> bool:
    """Is the table a section's city rows printed as a table of its own, narrower than the plan's
    (a web page's «Юбилеи городов» under its heading: «1. | Кишинев | май | 863 года»)?  Every row
    numbered, then a city and its age and date in at most three cells, one of them the age alone
    («в течение 2 лет» is a date wording)."""
    rows = [row for row in table.rows if any(c.text.strip() for c in row.cells)]
    return (
        bool(rows)
        and _table_width(table) < width
        and all(
            len(row.cells) <= _CITY_ROW_CELLS
            and row_number(row.cells[0].text) is not None
            and any(age_years(cell.text) is not None and not without_age(cell.text).strip() for cell in row.cells[2:])
            for row in rows
        )
    )


def _widened(table: Table, number: int, width: int) -> Table:
    """The narrower table's rows in the plan's columns: its numbers in the plan's numbers' column, its
    other cells after them, empty cells round them (`_city_days_table`'s: the city in the event's
    column, its age and date in whatever columns follow, as a city row reads them)."""
    rows = []
    for row in table.rows:
        cells = [Cell("") for _ in range(number)] + list(row.cells)
        cells += [Cell("") for _ in range(width - sum(c.colspan for c in cells))]
        rows.append(Row(cells, row.page, row.is_header, row.cut_below))
    return Table(rows, table.page, table.ruled, table.clean)


def _numbered(table: Table) -> bool:
    """Whether a table numbers its rows like a plan («1.», «2.» in its first cells)."""
    return sum(row_number(r.cells[0].text) is not None for r in table.rows if r.cells) >= 2


def _looks_like_header(row: Row) -> bool:
    """A row of labels of a few capitalised words without digits in every cell
    («Должность | ФИО | Подпись | Дата»): the header of another table, where a plan
    row leaves cells empty, has a date in small letters or digits, or a longer title."""
    texts = [one_line(c.text) for c in row.cells]
    return (
        len(texts) >= 2
        and all(t and len(t.split()) <= 3 and t[:1].isupper() and not any(ch.isdigit() for ch in t) for t in texts)
        # A date wording («IV кв.», «Март») labels no column: the row is a plan's.
        and not any(looks_like_period(t) for t in texts)
    )


def _own_header(table: Table) -> bool:
    """A table whose first row opens with a «№» header cell of its own (not a plan's)."""
    first = table.rows[0].cells if table.rows else []
    return bool(first) and bool(_NUMBER_HEADER.match(first[0].text))


_NUMBER_HEADER = re.compile(r"^\s*(?:№|n\s*п\s*/\s*п|номер)", re.IGNORECASE)


def _under_plan_heading(blocks: list[Block]) -> bool:
    """Is there a plan's heading above: its document-type word (`requisites.is_plan_heading`), and a
    year on one of its lines?"""
    found = title_lines([line for line, _ in _lines(blocks)])
    return found is not None and is_plan_heading(found[0][0]) and plan_year(" ".join(found[0])) is not None


def _position_rest_over_page(lines: list[tuple[str, int]], at: int, pages: list[int | None]) -> bool:
    """Does the paragraph opening at `lines[at]` hold only the rest of a position whose name stands
    beside its first line at the foot of the page before («Руководитель | А.Н. Кравцов», then
    «Исполнительного» / «комитета» atop the next page)?  A page break, not a paragraph's end, parts
    them; a table or a sentence there (the next sheet's «ФИО | Телефон») is no position's rest.
    The name may stand beside any line of that paragraph: its first («Ответственный | Кравцов А.Н.»
    over «секретарь», then «Совета Ассамблеи» atop the next page)."""
    before, block = lines[at - 1][1], lines[at][1]
    if before < 0 or block < 0 or not any(name_beside(text) for text, index in lines[:at] if index == before):
        return False
    page_before, page = pages[before], pages[block]
    if page_before is None or page is None or page <= page_before:
        return False
    rest = [text for text, index in lines[at:] if index == block]
    return len(position_below(rest)) == len(rest)


def _lines(blocks: list[Block], keep_tabs: bool = False, gaps: bool = False) -> list[tuple[str, int]]:
    """Text lines of paragraphs and of borderless tables, in order.

    With `keep_tabs`, a tab between two texts of a paragraph's line stays: a page
    read as text prints blocks that stand side by side as lines with a tab between.
    With `gaps` too, so does a run of spaces (a name pushed to the right by spaces, as a
    tab would set it: «Директор ассоциации       А.Б. Иванов»).
    """
    out: list[tuple[str, int]] = []
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph):
            text = _GAP.sub("\t", block.text) if gaps else block.text
            if keep_tabs and "\t" in text:
                for raw in text.split("\n"):
                    line = "\t".join(part for part in map(clean_line, raw.split("\t")) if part)
                    if line:
                        out.append((line, index))
                continue
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
    plan = _Assembler(layout).run()
    if os.environ.get(CHECK_ROWS):
        check_rows(plan)
    return plan


def check_rows(plan: RawPlan) -> None:
    """Rule 14's check, that the rows in are the rows accounted for (and each item one the plan
    holds): a program that loses a row is a bug (`AssertionError`, exit 3), found by the test
    suite, which sets `CHECK_ROWS` for itself and for every program it starts."""
    tally = plan.tally
    if not tally.balanced or tally.items != len(plan.items):
        parts = tally.headers + tally.sections + tally.items + tally.continuations + tally.skipped + tally.blank
        raise AssertionError(f"rule 14: rows in {tally.rows} != accounted {parts} ({len(plan.items)} items): {tally}")


__all__ = [
    "CHECK_ROWS",
    "Footnote",
    "RawItem",
    "RawPlan",
    "RowTally",
    "assemble",
    "check_rows",
    "column_role",
    "is_header_row",
]
