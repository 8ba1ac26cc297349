"""Excel workbook (.xlsx) → `Layout`, or straight to a `Plan` for a workbook magplan wrote.

Two kinds of workbook reach this reader:

* **magplan's own workbook** (its «Все» and «Документ» sheets), perhaps edited
  in Excel or LibreOffice Calc.  It already holds the plan's fields, one per
  column, so `read_plan` reads them directly (`magplan.extract._xlsx_plan`)
  instead of rediscovering a table; `extract` is not used for it.
* **any other workbook** with a sheet that holds a plan table (a secretariat's
  own «№ п/п | Мероприятия | Место, дата | Примечание» sheet, or the headers of
  another body).  `extract` turns the first such sheet into the same `Layout`
  a DOCX gives: the rows above the table are paragraphs (title, approval), the
  table is a ruled table with merged cells as spans, the rows below it are
  paragraphs (signature, footnotes).  The assembler does the rest.

Cell values become text as a reader sees them: numbers without a trailing
«.0», dates as ДД.ММ.ГГГГ (a numeric date is a day, SCHEMA rule 11), superscript
runs of rich text as footnote marker characters; a date cell formatted to show its month
by name («ММММ», «Д ММММ») as it shows (`_xlsx_dates`).
"""

from __future__ import annotations

import datetime as dt
import re
import weakref
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from magplan import limits
from magplan.assemble import is_header_row
from magplan.errors import DamagedFile, NoPlanFound, UnsafeInput
from magplan.extract._xlsx_dates import shown_date
from magplan.extract._zip import open_package, read_member
from magplan.layout import Block, Cell, ExtractWarning, Layout, Paragraph, Row, Table
from magplan.normalize.numbers import row_number
from magplan.requisites import is_plan_heading, plan_headings
from magplan.text import clean, superscript

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

    from magplan.model import Plan

_DOCTYPE_MARKERS = (b"<!DOCTYPE", b"<!ENTITY", b"<!doctype", b"<!entity")


def open_workbook(path: Path) -> Workbook:
    """Open `path` with openpyxl after the package checks every other reader gets.

    openpyxl parses the XML parts itself, so they are checked here first: no
    part may declare a DTD or entities, and no member may inflate beyond the
    bounds of `magplan.extract._zip`.
    """
    archive = open_package(path, "a spreadsheet (.xlsx)")
    with archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                data = read_member(archive, name) or b""
                if any(marker in data for marker in _DOCTYPE_MARKERS):
                    raise UnsafeInput(f"refused: {name} declares a DTD or XML entities (never resolved)")
    try:
        # data_only: a formula cell reads as the value the spreadsheet last computed.
        return load_workbook(path, data_only=True, rich_text=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, IndexError, AttributeError) as exc:
        raise DamagedFile(f"damaged or not an Excel workbook ({type(exc).__name__}: {exc})") from None


def read_plan(path: Path) -> Plan | None:
    """The plan of a workbook magplan wrote; None for any other workbook (read it with `extract`)."""
    # Imported here: `_xlsx_plan` reads cells with this module's `cell_text` (a cycle at the top).
    from magplan.extract._xlsx_plan import is_magplan_workbook, plan_from_workbook

    wb = open_workbook(path)
    if not is_magplan_workbook(wb):
        return None
    return plan_from_workbook(wb, source=path.name)


def extract(path: Path) -> Layout:
    wb = open_workbook(path)
    return layout_of_workbook(wb)


def layout_of_workbook(wb: Workbook) -> Layout:
    """The plan of the first visible sheet that holds a plan table (the active sheet first), as a
    `Layout`, with the sheets that continue it (see `_continued`)."""
    sheets: list[Worksheet] = [ws for ws in wb.worksheets if isinstance(ws, Worksheet) and ws.sheet_state == "visible"]
    found: list[tuple[Worksheet, _SheetTable]] = []
    for index, ws in enumerate(sheets):
        table = _find_table(ws)
        if table is None and found and found[-1][0] is sheets[index - 1]:
            table = _headless_table(ws, *found[-1])
        if table is not None:
            found.append((ws, table))
    if not found:
        raise NoPlanFound("no sheet of the workbook holds a plan table (a «№ п/п» / «Мероприятия» header row)")
    main = next((i for i, (ws, _) in enumerate(found) if ws is wb.active), 0)
    read = _continued(found, main)
    layout = Layout(blocks=[], warnings=[])
    for _, sheet_layout in read:
        layout.blocks.extend(sheet_layout.blocks)
        layout.warnings.extend(sheet_layout.warnings)
    names = [ws.title for ws, _ in read]
    for other, _ in found:
        if other.title not in names:
            layout.warnings.append(
                ExtractWarning(
                    "sheet_skipped",
                    f"sheet «{other.title}» also holds a plan table; only «{'», «'.join(names)}» was read",
                )
            )
    return layout


def _continued(found: list[tuple[Worksheet, _SheetTable]], main: int) -> list[tuple[Worksheet, Layout]]:
    """The sheets of the plan on `found[main]`, in the workbook's order.  A plan kept a sheet per
    quarter or month («I квартал», «II квартал» …) goes on over the next sheets: each repeats the
    table's header row and prints no plan heading of its own (its lines above the table are its
    section's heading, as a heading above a later table is, rule 8).  A sheet with a heading of its
    own is another plan (another year, a copy), and so is a table of other columns.  A sheet that
    goes on without the header row, as wide as the table before it, goes on with it too (rule 14)."""
    layouts: list[tuple[Worksheet, Layout]] = []
    runs: list[list[int]] = []
    for i, (ws, table) in enumerate(found):
        sheet_layout = _sheet_layout(ws, table)
        titled = plan_headings(sheet_layout.blocks) > 0
        # A sheet without a header row is found only where it goes on with the sheet before.
        if runs and not titled and (not table.headed or _header_texts(*found[runs[-1][0]]) == _header_texts(ws, table)):
            runs[-1].append(i)
        elif runs and main in runs[-1]:
            break  # the plan's sheets end here: the sheets after them are not laid out
        else:
            runs.append([i])
        layouts.append((ws, sheet_layout))
    run = next(r for r in runs if main in r)
    return [layouts[i] for i in run]


def _header_texts(ws: Worksheet, table: _SheetTable) -> list[str]:
    return [cell_text(ws.cell(row=table.header, column=c).value) for c in range(table.first_col, table.last_col + 1)]


# -- cell text -----------------------------------------------------------------


def cell_text(value: Any) -> str:
    """A cell's value as the text a reader sees in it."""
    if value is None:
        return ""
    if isinstance(value, CellRichText):
        parts = []
        for block in value:
            if isinstance(block, TextBlock):
                raised = block.font is not None and block.font.vertAlign == "superscript"
                parts.append(superscript(block.text) if raised else block.text)
            else:
                parts.append(str(block))
        return clean("".join(parts))
    if isinstance(value, bool):
        return "да" if value else "нет"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.strftime("%d.%m.%Y")
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return clean(str(value))


# -- the table on a sheet ----------------------------------------------------------


@dataclass(slots=True)
class _SheetTable:
    header: int  # row number (1-based) of the header row (of the first row, on a sheet without one)
    last: int  # row number of the table's last row
    first_col: int
    last_col: int
    # False for a sheet that goes on with the table of the sheet before it without its header row.
    headed: bool = True
    # The plan's other half, set beside this one under the same header (`_side_by_side`).
    beside: _SheetTable | None = None


@dataclass(slots=True)
class _Merge:
    top: int
    left: int
    height: int
    width: int


def _merges(ws: Worksheet) -> dict[tuple[int, int], _Merge]:
    """Every cell a merged range covers → the range (by its top-left corner)."""
    covered: dict[tuple[int, int], _Merge] = {}
    for rng in ws.merged_cells.ranges:
        merge = _Merge(rng.min_row, rng.min_col, rng.max_row - rng.min_row + 1, rng.max_col - rng.min_col + 1)
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                covered[(r, c)] = merge
    return covered


def _row_cells(ws: Worksheet, r: int, first: int, last: int, merges: dict[tuple[int, int], _Merge]) -> list[Cell]:
    """Row `r` between columns `first`…`last` as layout cells: spans for merged ranges,
    ``merged_up`` for the rows a vertical merge covers below its first row."""
    cells: list[Cell] = []
    c = first
    while c <= last:
        merge = merges.get((r, c))
        if merge is None:
            cells.append(Cell(_shown(ws.cell(row=r, column=c))))
            c += 1
            continue
        # A range that starts left of the table counts from the table's first column.
        width = min(merge.left + merge.width - 1, last) - c + 1
        if merge.top == r:
            cells.append(Cell(_shown(ws.cell(row=merge.top, column=merge.left)), colspan=width))
        else:
            cells.append(Cell("", colspan=width, merged_up=True))
        c += width
    return cells


def _shown(cell: Any) -> str:
    """A table cell's text; a date as its number format shows it where that names the month."""
    value = cell.value
    if isinstance(value, dt.date):
        shown = shown_date(value, cell.number_format)
        if shown is not None:
            return shown
    return cell_text(value)


_EXTENT: weakref.WeakKeyDictionary[Worksheet, tuple[int, int]] = weakref.WeakKeyDictionary()


def _extent(ws: Worksheet) -> tuple[int, int]:
    """(rows, columns) of a sheet, found once: openpyxl's max_row and max_column scan every cell
    on each call, and asked once per row they made a 4,000-row sheet take quadratic time."""
    if ws not in _EXTENT:
        _EXTENT[ws] = (ws.max_row, ws.max_column)
    return _EXTENT[ws]


def _max_row(ws: Worksheet) -> int:
    return _extent(ws)[0]


def _width(ws: Worksheet) -> int:
    """The columns read on a sheet: a sheet claiming 16 384 columns is read as wide as a table can be."""
    return min(_extent(ws)[1], limits.max_columns())


def _header_columns(ws: Worksheet, r: int, merges: dict[tuple[int, int], _Merge]) -> tuple[int, int] | None:
    """The first and last column of row `r` if it is a plan table's header row."""
    filled = [c for c in range(1, _width(ws) + 1) if cell_text(ws.cell(row=r, column=c).value)]
    if len(filled) < 2:
        return None
    first, last = filled[0], filled[-1]
    # A header cell merged across columns («Место и сроки проведения») widens the table.
    for c in (first, last):
        merge = merges.get((r, c))
        if merge is not None:
            first, last = min(first, merge.left), max(last, merge.left + merge.width - 1)
    return (first, last) if is_header_row(Row(_row_cells(ws, r, first, last, merges))) else None


def _bordered(ws: Worksheet, r: int, first: int, last: int) -> bool:
    for c in range(first, last + 1):
        border = ws.cell(row=r, column=c).border
        if border is not None and any(
            side is not None and side.style for side in (border.left, border.right, border.top, border.bottom)
        ):
            return True
    return False


def _blank(ws: Worksheet, r: int, first: int, last: int) -> bool:
    return not any(cell_text(ws.cell(row=r, column=c).value) for c in range(first, last + 1))


def _find_table(ws: Worksheet) -> _SheetTable | None:

    merges = _merges(ws)
    # The header stands near the top; a sheet of thousands of rows is not searched to its end for one.
    for r in range(1, min(_max_row(ws), 200) + 1):
        columns = _header_columns(ws, r, merges)
        if columns is None:
            continue
        first, last = columns
        twin = _side_by_side(ws, r, first, last)
        if twin is not None:
            width = last - twin + 1
            beside = _SheetTable(header=r, last=_table_end(ws, r, twin, last), first_col=twin, last_col=last)
            left = first + width - 1
            return _SheetTable(r, _table_end(ws, r, first, left), first, left, beside=beside)
        return _SheetTable(header=r, last=_table_end(ws, r, first, last), first_col=first, last_col=last)
    return None


def _side_by_side(ws: Worksheet, r: int, first: int, last: int) -> int | None:
    """The first column of a second table beside the first under the same header, or None.

    A plan printed on one sheet in two halves side by side («I полугодие» at the left, «II
    полугодие» at the right) repeats its header row: the row's labels fall into two equal runs,
    laid out alike, with an empty column between them.  Each half is a table of its own, read
    one after the other, as the same two tables side by side in a DOCX or a web page are."""
    texts = {c: cell_text(ws.cell(row=r, column=c).value) for c in range(first, last + 1)}
    filled = [c for c in range(first, last + 1) if texts[c]]
    half = len(filled) // 2
    if half < 2 or len(filled) % 2:
        return None
    left, right = filled[:half], filled[half:]
    width = last - right[0] + 1
    if right[0] - (first + width) < 1 or [texts[c] for c in left] != [texts[c] for c in right]:
        return None
    if [c - first for c in left] != [c - right[0] for c in right]:
        return None
    return right[0]


def _table_end(ws: Worksheet, r: int, first: int, last: int) -> int:
    """The last row of the table whose header (or first row) is row `r`."""
    ruled = _bordered(ws, r, first, last)
    numbered = [
        row for row in range(r + 1, _max_row(ws) + 1) if row_number(cell_text(ws.cell(row=row, column=first).value))
    ]
    end = numbered[-1] if numbered else r
    # After the last numbered row come its continuation rows (members, a split
    # note): rows drawn with the table's borders, or, on a sheet without
    # borders, the rows up to the first blank one.
    while end < _max_row(ws):
        nxt = end + 1
        if _blank(ws, nxt, first, last) or (ruled and not _bordered(ws, nxt, first, last)):
            break
        end = nxt
    return end


def _headless_table(ws: Worksheet, above_ws: Worksheet, above: _SheetTable) -> _SheetTable | None:
    """The rows of a sheet without a header row that go on with the table `above` (the sheet
    before's, `above_ws`, rule 14): its first filled row a numbered one in the same first column,
    and as wide as that table; narrower (its last column empty) only where its numbers go on from
    the table's, as a list of its own (contacts, «1 Иванов И.И.») numbered from 1 does not."""
    width = _width(ws)
    if width > above.last_col:
        return None
    first = next((r for r in range(1, min(_max_row(ws), 200) + 1) if not _blank(ws, r, 1, above.last_col)), None)
    number = None if first is None else row_number(cell_text(ws.cell(row=first, column=above.first_col).value))
    if first is None or not number:
        return None
    if not _blank(ws, first, 1, above.first_col - 1):
        return None
    if width < above.last_col and number != _last_number(above_ws, above) + 1:
        return None
    end = _table_end(ws, first, above.first_col, above.last_col)
    return _SheetTable(header=first, last=end, first_col=above.first_col, last_col=above.last_col, headed=False)


def _last_number(ws: Worksheet, table: _SheetTable) -> int:
    """The number of the table's last numbered row (0 without one)."""
    # A sheet without a header row has its first numbered row where the header would stand.
    for r in range(table.last, table.header - (not table.headed), -1):
        number = row_number(cell_text(ws.cell(row=r, column=table.first_col).value))
        if number:
            return number
    return 0


def _paragraph(ws: Worksheet, r: int, merges: dict[tuple[int, int], _Merge]) -> Paragraph | None:
    """A row outside the table: its filled cells, separated by tabs («position<TAB>name»)."""
    texts = []
    for c in range(1, _width(ws) + 1):
        merge = merges.get((r, c))
        if merge is not None and (merge.top, merge.left) != (r, c):
            continue
        text = cell_text(ws.cell(row=r, column=c).value)
        if text:
            texts.append(text)
    if not texts:
        return None
    if len(texts) > 1 and any("\n" in t for t in texts):
        # Cells of several lines side by side (a title beside an approval block) are separate paragraphs.
        return Paragraph("\n".join(texts))
    return Paragraph("\t".join(texts))


# Excel's codes in a page header: a font («&"Arial,Bold"»), a size («&14»), a colour («&KFF0000»,
# a theme's «&K01+000»), a field («&P», «&[Page]»), a section («&L», «&C», «&R»); «&&» is a printed
# «&», matched first so that the «&» it prints starts no code («R&&D» is «R&D»).
_HEADER_CODE = re.compile(r'&&|&(?:"[^"]*"|\d+|\[[A-Za-z ]+\]|K(?:[0-9A-Fa-f]{6}|[0-9A-Fa-f]{2}[+-]\d{3})|[A-Za-z])')


def _header_code(match: re.Match[str]) -> str:
    return "&" if match.group() == "&&" else ""


def _print_header(ws: Worksheet) -> list[str]:
    """The texts of the page header the sheet prints on its first page (left, centre, right)."""
    header = ws.firstHeader if ws.HeaderFooter.differentFirst else ws.oddHeader
    items = (header.left, header.center, header.right) if header is not None else ()
    texts = (clean(_HEADER_CODE.sub(_header_code, item.text)) for item in items if item and item.text)
    return [text for text in texts if text]


def _halves_headings(
    ws: Worksheet, table: _SheetTable, twin: _SheetTable, merges: dict[tuple[int, int], _Merge]
) -> tuple[int, Paragraph, Paragraph] | None:
    """The row right above a header shared by two halves side by side, when it heads each half
    on its own («I полугодие» over the left, «II полугодие» over the right, no cell across the
    gap): its row number and the two halves' headings."""
    r = table.header - 1
    if r < 1 or any(
        (r, c) in merges and merges[(r, c)].left + merges[(r, c)].width - 1 >= twin.first_col
        for c in range(1, table.last_col + 1)
    ):
        return None
    halves = [
        [text for c in range(part.first_col, part.last_col + 1) if (text := cell_text(ws.cell(row=r, column=c).value))]
        for part in (table, twin)
    ]
    outside = [c for c in range(1, _width(ws) + 1) if not table.first_col <= c <= twin.last_col]
    if not all(halves) or any(cell_text(ws.cell(row=r, column=c).value) for c in outside):
        return None
    return r, Paragraph("\t".join(halves[0])), Paragraph("\t".join(halves[1]))


def _sheet_layout(ws: Worksheet, table: _SheetTable) -> Layout:
    merges = _merges(ws)
    blocks: list[Block] = []
    warnings: list[ExtractWarning] = []
    twin = table.beside
    headings = _halves_headings(ws, table, twin, merges) if twin is not None else None
    for r in range(1, table.header):
        paragraph = headings[1] if headings is not None and r == headings[0] else _paragraph(ws, r, merges)
        if paragraph:
            blocks.append(paragraph)
    if not plan_headings(blocks):
        # The plan's heading set as the sheet's printed page header, not in its cells.
        blocks[:0] = [Paragraph(line) for line in _print_header(ws) if is_plan_heading(line)]
    # A hidden column is read as a hidden row is: its data is in the file, and nothing is lost.
    for dim in ws.column_dimensions.values():
        low, high = max(dim.min or 0, table.first_col), min(dim.max or 0, (twin or table).last_col)
        if dim.hidden and low <= high:
            span = get_column_letter(low) + (f"–{get_column_letter(high)}" if high > low else "")
            warnings.append(
                ExtractWarning("hidden_column", f"sheet «{ws.title}», column {span} is hidden; read all the same")
            )
    for r in range(table.header, max(table.last, twin.last if twin else 0) + 1):
        if ws.row_dimensions[r].hidden:
            warnings.append(ExtractWarning("hidden_row", f"sheet «{ws.title}», row {r} is hidden; read all the same"))
        outside = [
            cell_text(ws.cell(row=r, column=c).value)
            for c in range(1, _width(ws) + 1)
            if (r, c) not in merges and not any(_holds(part, r, c) for part in (table, twin) if part is not None)
        ]
        for text in filter(None, outside):
            warnings.append(
                ExtractWarning("cell_outside_table", f"sheet «{ws.title}», row {r}: {text!r} stands beside the table")
            )
    blocks.append(_table_block(ws, table, merges))
    if twin is not None:
        if headings is not None:
            blocks.append(headings[2])
        blocks.append(_table_block(ws, twin, merges))
    for r in range(max(table.last, twin.last if twin else 0) + 1, _max_row(ws) + 1):
        paragraph = _paragraph(ws, r, merges)
        if paragraph:
            blocks.append(paragraph)
    return Layout(blocks=blocks, warnings=warnings)


def _holds(table: _SheetTable, r: int, c: int) -> bool:
    """Is the cell at row `r`, column `c` one of the table's?  Beside two halves, the empty
    column between them and the rows under the shorter half are not, and are told."""
    return table.header <= r <= table.last and table.first_col <= c <= table.last_col


def _table_block(ws: Worksheet, table: _SheetTable, merges: dict[tuple[int, int], _Merge]) -> Table:
    """The table's rows between its columns, its header row marked."""
    first, last, header = table.first_col, table.last_col, table.header
    rows = range(header, table.last + 1)
    return Table([Row(_row_cells(ws, r, first, last, merges), is_header=table.headed and r == header) for r in rows])
