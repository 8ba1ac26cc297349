"""A table nested in a cell: its rows become lines of the cell's text, marked as listed."""

from __future__ import annotations

from collections.abc import Iterable

from magplan.layout import Row
from magplan.text import clean_line


def nested_row_text(row: Row) -> str:
    """A nested table's row as one line of its cell: the row's cells joined by a space."""
    return " ".join(c.text.replace("\n", " ") for c in row.cells if c.text)


def listed_lines(text: str, rows: Iterable[str]) -> tuple[int, ...]:
    """The lines of a cell's `text` that are rows of a table nested in it (`rows`, as
    `nested_row_text` gives them): a list of the cell's sub-items, as a bulleted list is."""
    wanted = {line for line in map(clean_line, rows) if line}
    if not wanted:
        return ()
    return tuple(i for i, line in enumerate(text.split("\n")) if line in wanted)
