"""Tables drawn with characters in plain text (a DOS-era or 1C text report pasted into a page's
`<pre>` or into Word a paragraph a line, a plain-text mail): box-drawing rules «┌──┬──┐»,
«├──┼──┤» and bars «│» between the cells, or their ASCII forms «+---+---+» and «|».  A reader sees
a table, and so does magplan: the assembler reads every reader's paragraphs through
`drawn_tables`, and the lines that draw a table become a `Table` with the cells between the bars.

Where rules part the body's rows, the lines between two rules are one row, the lines of each cell
joined as wrapped lines are (a word broken at a hyphen is joined back); where only the header is
ruled off (or only a frame is drawn round the table, its first line the header), a line opens a
row where its first cell (the «№») holds text, and a line with that cell empty is the rest of the
row above, its cells' lines joined the same way.
"""

from __future__ import annotations

import re

from magplan.column_roles import column_role
from magplan.layout import Block, Cell, Paragraph, Row, Table
from magplan.normalize.numbers import row_number
from magplan.text import BULLET_GLYPHS, clean

# The bars between cells.
_BAR = re.compile(r"[│┃║|]")
# A rule: box-drawing or ASCII line characters only, three of them in a run at least.
_RULE_CHARS = "─━═-=+┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫│┃║|: "
_RULE_RUN = re.compile(r"[─━═=-]{3,}")
# A line of a list: a bullet, or a dash and a space.
_LIST_ITEM = re.compile(rf"[{BULLET_GLYPHS}]|[-–—]\s")


def _is_rule(line: str) -> bool:
    return bool(line.strip()) and all(ch in _RULE_CHARS for ch in line) and _RULE_RUN.search(line) is not None


def _cells(line: str) -> list[str] | None:
    """The texts between a content line's bars, or None for a line not closed by a bar at both
    sides (a line of one cell between two bars is a row across the table: a section's heading)."""
    stripped = line.strip()
    if len(_BAR.findall(stripped)) < 2 or not _BAR.match(stripped) or not _BAR.search(stripped[-1]):
        return None
    return [part.strip() for part in _BAR.split(stripped)[1:-1]]


def _joined(lines: list[str]) -> str:
    """A cell's lines as one text: wrapped lines joined by a space, a hyphen at a line's end
    joined to the next line's word; a line that opens with a bullet («- Москва», «• Минск»: a
    list of members under the title) stays a line of its own."""
    text = ""
    for line in filter(None, lines):
        if text and _LIST_ITEM.match(line):
            text = f"{text}\n{line}"
        else:
            text = f"{text}{line}" if text.endswith("-") or not text else f"{text} {line}"
    return text


def _segments(lines: list[str]) -> list[tuple[int, int, list[Row]]]:
    """The drawn tables among `lines`: (first line, last line, rows) of each run of rule and row
    lines, a rule among them, that makes a table."""
    kinds = ["rule" if _is_rule(line) else "row" if _cells(line) is not None else "text" for line in lines]
    found: list[tuple[int, int, list[Row]]] = []
    i = 0
    while i < len(lines):
        if kinds[i] == "text":
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and kinds[j + 1] != "text":
            j += 1
        rows = _rows(lines[i : j + 1], kinds[i : j + 1]) if "rule" in kinds[i : j + 1] else None
        if rows is not None:
            found.append((i, j, rows))
        i = j + 1
    return found


def drawing_lines(lines: list[str]) -> set[int]:
    """The indices of `lines` that draw a table (its rules and rows): a reader of positioned
    text (a PDF) keeps them a line each, never joined as wrapped lines or read as a table's
    cells by where their words stand."""
    return {k for first, last, _ in _segments(lines) for k in range(first, last + 1)}


def drawn_tables(blocks: list[Block]) -> list[Block]:
    """`blocks` with the tables drawn with characters in their paragraphs read as tables: a text
    report pasted into Word or a plain-text mail prints a paragraph per line, a `<pre>` one
    paragraph of lines.  Paragraphs round a drawn table stay as they are."""
    if not any(isinstance(b, Paragraph) and _BAR.search(b.text) for b in blocks):
        return blocks  # no bar anywhere: nothing drawn (almost every document)
    out: list[Block] = []
    run: list[Paragraph] = []
    for block in [*blocks, None]:
        if isinstance(block, Paragraph) and (not run or run[-1].page == block.page):
            run.append(block)
            continue
        out.extend(_drawn_in(run))
        run = [block] if isinstance(block, Paragraph) else []
        if block is not None and not isinstance(block, Paragraph):
            out.append(block)
    return out


def _drawn_in(paragraphs: list[Paragraph]) -> list[Block]:
    """A run of paragraphs with the tables they draw read as tables."""
    lines = [(line, k) for k, paragraph in enumerate(paragraphs) for line in paragraph.text.split("\n")]
    found = _segments([line for line, _ in lines])
    if not found:
        return list(paragraphs)
    out: list[Block] = []
    start = 0
    for first, last, rows in [*found, (len(lines), len(lines), [])]:
        # The lines between two tables, in their own paragraphs (a paragraph a table cuts keeps
        # its lines on either side, as a paragraph of its own each).
        for k in sorted({k for _, k in lines[start:first]}):
            text = "\n".join(line for line, owner in lines[start:first] if owner == k).strip()
            if text:
                source = paragraphs[k]
                out.append(Paragraph(text, page=source.page, align=source.align))
        if rows:
            out.append(Table(rows, page=paragraphs[lines[first][1]].page))
        start = last + 1
    return out


def _rows(lines: list[str], kinds: list[str]) -> list[Row] | None:
    """The table's rows: a group of lines between two rules each, where rules part the body's
    rows; else a line each."""
    groups: list[list[list[str]]] = [[]]
    for line, kind in zip(lines, kinds, strict=True):
        if kind == "rule":
            if groups[-1]:
                groups.append([])
            continue
        cells = _cells(line)
        assert cells is not None
        groups[-1].append(cells)
    groups = [group for group in groups if group]
    if len(groups) == 1 and len(groups[0]) > 1:
        # Framed alone, no rule under the header: the header's line and a row a line after it.
        groups = [groups[0][:1], groups[0][1:]]
    width = max((len(cells) for group in groups for cells in group), default=0)
    # Every line of a row has the table's cells, or one across them all (a section's heading).
    shapes = [{len(cells) for cells in group} for group in groups]
    if width < 2 or len(groups) < 2 or shapes[0] != {width} or any(s not in ({width}, {1}) for s in shapes):
        return None
    if len(groups) == 2:
        # Only the header (of one line or several) is ruled off: the body's rows are told by their
        # first cell (the row's number), their lines joined as a ruled table's are.
        groups = [groups[0], *_rows_by_first_cell(groups[1])]
    rows = [_row(group, width) for group in groups]
    rows[0].is_header = True
    return rows


def _rows_by_first_cell(lines: list[list[str]]) -> list[list[list[str]]]:
    """The body lines of a table ruled only under its header, grouped into rows: a line with its
    first cell empty goes on the row above (its cells' wrapped lines: «Смотр-» / «конкурс песни»,
    read a row a line, kept the line's break), any other line opens a row; a line of one cell
    across the table (a section's heading) is a row of its own."""
    rows: list[list[list[str]]] = []
    for cells in lines:
        if rows and len(cells) > 1 and not cells[0] and len(rows[-1][-1]) > 1:
            rows[-1].append(cells)
        else:
            rows.append([cells])
    return rows


def _row(group: list[list[str]], width: int) -> Row:
    if all(len(cells) == 1 for cells in group):
        return Row([Cell(_joined([cells[0] for cells in group]), colspan=width)])
    return Row([Cell(_joined([cells[i] for cells in group])) for i in range(width)])


# -- tables aligned by spaces alone -------------------------------------------------------------

# Two spaces or more part the columns of a table typed in a monospaced text; one is a word's.
_COLUMN_GAP = re.compile(r" {2,}")
# A column's text starts within this many characters of where its header starts.
_COLUMN_SLACK = 1
# Lines whose columns line up, the header's among them, that make a table.
_MIN_ALIGNED = 3
# The roles a header names that make it a plan's: an event and when or where (`column_role`).
_WHEN_OR_WHERE = frozenset({"date", "place", "place_date"})


def _segments_of(line: str) -> list[tuple[int, str]]:
    """The texts of a line set apart by runs of two spaces or more, with where each starts."""
    out: list[tuple[int, str]] = []
    start = len(line) - len(line.lstrip(" "))
    for gap in [*_COLUMN_GAP.finditer(line.rstrip()), None]:
        end = gap.start() if gap else len(line.rstrip())
        if end > start:
            out.append((start, line[start:end]))
        if gap:
            start = gap.end()
    return out


def _plan_header(line: str) -> list[int] | None:
    """Where the columns start, when `line` is a plan's header typed with spaces between its
    column names («№   Наименование мероприятия   Срок   Место»): an event's column and a date's
    or a place's."""
    if _BAR.search(line):
        return None  # a table drawn with bars (`drawn_tables`)
    segments = _segments_of(line)
    if len(segments) < 2:
        return None
    roles = {column_role(text) for _, text in segments}
    if "title" not in roles or not roles & _WHEN_OR_WHERE:
        return None
    return [start for start, _ in segments]


def _aligned(line: str, starts: list[int]) -> list[str] | None:
    """The line's cells under the header's columns, when each of its texts starts where a column
    does; None for a line that does not line up (prose, a heading across the columns)."""
    cells = [""] * len(starts)
    for start, text in _segments_of(line):
        column = next((k for k, at in enumerate(starts) if abs(start - at) <= _COLUMN_SLACK), None)
        if column is None or cells[column]:
            return None
        # A text that runs into the next column's start is no cell of its own column.
        if column + 1 < len(starts) and start + len(text) > starts[column + 1]:
            return None
        cells[column] = text.strip()
    return cells


def _row_below(lines: list[str], index: int, starts: list[int]) -> bool:
    """Does a row that lines up with the table's columns (two texts or more) follow `lines[index]`?
    A line inside the table has one; text under it (a note, the signature) has none."""
    below = next((line for line in lines[index + 1 :] if line.strip()), None)
    cells = _aligned(below, starts) if below is not None else None
    return cells is not None and sum(map(bool, cells)) >= 2


def _numbered_line(line: str, starts: list[int]) -> bool:
    """Does `line` open with a row's number in the first column, more text after it (the table's
    last row, typed a few spaces off the other columns)?"""
    segments = _segments_of(line)
    if len(segments) < 2 or abs(segments[0][0] - starts[0]) > _COLUMN_SLACK:
        return False
    return row_number(segments[0][1]) is not None


def _nearest(line: str, starts: list[int]) -> list[str] | None:
    """A line inside the table that lines up with none of its columns: one text is a heading across
    them («Раздел 2. Спорт» centred); several go each into the column that starts nearest, one a
    column, left to right; None where two fall into one column."""
    segments = _segments_of(line)
    if len(segments) == 1:
        return [segments[0][1].strip()]
    cells = [""] * len(starts)
    last = -1
    for start, text in segments:
        column = min(range(len(starts)), key=lambda k: abs(start - starts[k]))
        if column <= last:
            return None
        cells[column], last = text.strip(), column
    return cells


def _run_on(line: str, starts: list[int]) -> list[str] | None:
    """The last row's cell going on in a line right under it that is wider than its column
    («    для старшеклассников и студентов колледжей города» under a title), so lines up with no
    column and has no row after it: the line's text in the column where it starts, a column
    other than the first (the row's number is empty: the row above goes on).  None for a line
    that starts where no column or the first does (a footnote, the signature)."""
    segments = _segments_of(line)
    column = next((k for k, at in enumerate(starts) if abs(segments[0][0] - at) <= _COLUMN_SLACK), 0)
    if not column:
        return None
    cells = [""] * len(starts)
    cells[column] = " ".join(text.strip() for _, text in segments)
    return cells


def spaced_table(text: str) -> list[Block] | None:
    """A plan table typed with runs of spaces between its columns (a plan pasted into a `<pre>`
    or a plain-text mail, no bars drawn): the lines before it as a paragraph, the table, the lines
    after it as a paragraph; None where no such table stands in `text` (`_spaced_span`)."""
    lines = text.split("\n")
    found = _spaced_span(lines)
    if found is None:
        return None
    index, end, table = found
    before, after = "\n".join(lines[:index]).strip(), "\n".join(lines[end:]).strip()
    return [*([Paragraph(before)] if before else []), table, *([Paragraph(after)] if after else [])]


def _spaced_span(lines: list[str]) -> tuple[int, int, Table] | None:
    """The first plan table typed with spaces between its columns among `lines`: where its header
    line is, where the lines after it start, the table.

    A table only where a line names a plan's columns (`_plan_header`) and at least
    `_MIN_ALIGNED` lines, the header's among them, have texts in two columns or more that start
    where the header's do: prose never lines up so.  The table ends at the first line that
    does not line up; a line with its first cell empty goes on the row above."""
    for index, line in enumerate(lines):
        starts = _plan_header(line)
        if starts is None:
            continue
        body: list[list[str]] = []
        end = index + 1
        while end < len(lines):
            if not lines[end].strip():
                end += 1
                continue
            cells = _aligned(lines[end], starts)
            if cells is None and (_row_below(lines, end, starts) or _numbered_line(lines[end], starts)):
                # Inside the table: a section's heading centred over the columns is a row across
                # it; a row typed a few spaces off its columns has its texts in the nearest ones.
                cells = _nearest(lines[end], starts)
            if cells is None and body and lines[end - 1].strip():
                cells = _run_on(lines[end], starts)
            if cells is None:
                break
            body.append(cells)
            end += 1
        if 1 + sum(1 for cells in body if sum(map(bool, cells)) >= 2) < _MIN_ALIGNED:
            continue
        header = Row([Cell(name) for _, name in _segments_of(line)], is_header=True)
        rows = [header, *(_row(group, len(starts)) for group in _rows_by_first_cell(body))]
        return index, end, Table(rows)
    return None


def spaced_paragraphs(blocks: list[Block], raws: dict[int, str]) -> list[Block]:
    """`blocks` with a plan typed with spaces between its columns a paragraph a line (a plain-text
    plan pasted into Word) read as a table (`spaced_table`); `raws` holds the text, spaces kept,
    of each paragraph (by id) with a run of them."""
    out: list[Block] = []
    run: list[Paragraph] = []
    for block in [*blocks, None]:
        if isinstance(block, Paragraph):
            run.append(block)
            continue
        texts = [raws.get(id(p), p.text) for p in run]
        typed = len(run) >= _MIN_ALIGNED and any(id(p) in raws for p in run)
        found = _spaced_span("\n".join(texts).split("\n")) if typed else None
        out.extend(run if found is None else _round_table(run, texts, *found))
        run = []
        if block is not None:
            out.append(block)
    return out


def _round_table(run: list[Paragraph], texts: list[str], index: int, end: int, table: Table) -> list[Block]:
    """The paragraphs of `run` (their lines, spaces kept, in `texts`) with the lines `index` to
    `end` read as `table`: the paragraphs before and after it stay as they were, each a block of
    its own (a signature's paragraphs one under another are no column beside a column)."""
    before: list[Block] = []
    after: list[Block] = []
    first = 0
    for paragraph, text in zip(run, texts, strict=True):
        lines = text.split("\n")
        last = first + len(lines)
        if last <= index:
            before.append(paragraph)
        elif first >= end:
            after.append(paragraph)
        else:
            # A paragraph that line breaks carry into the table: its lines outside it stay text.
            head, tail = "\n".join(lines[: max(0, index - first)]), "\n".join(lines[max(0, end - first) :])
            before.extend([Paragraph(clean(head))] if head.strip() else [])
            after.extend([Paragraph(clean(tail))] if tail.strip() else [])
        first = last
    return [*before, table, *after]
