"""A copy of a page's table laid out for another screen.

A responsive page prints its plan twice: a wide table for desktops and the same
events again for phones, which a framework's classes show one at a time
(Bootstrap's `d-none d-md-table` / `d-md-none`) from a style sheet that is not in
the page.  The phones' copy is often a table too, of another shape: a row of the
event's number and title over rows «label | value» (`<th>Сроки</th><td>май</td>`).
Read as it stands it is a second, shapeless table after the plan, whose lines run
into the signature.  Such a table is known by its text, not by its classes: every
cell of it repeats a cell of another table of another width (a title with its
number before it, a column's name by its first words), and every event row of
that table is repeated in it.  It is left out with a warning; its data is the
plan's own, read once.  A table of the same width that repeats rows (a monthly
meeting in every quarter's table) is the plan's and is kept.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from magplan.layout import Block, ExtractWarning, Table

_NUMBERED = re.compile(r"^\d{1,4}[.)]?\s+")


def _texts(table: Table) -> list[str]:
    return [t for row in table.rows for cell in row.cells if (t := cell.text.strip())]


def _width(table: Table) -> int:
    return max((sum(c.colspan for c in row.cells) for row in table.rows), default=0)


def _label_prefixes(table: Table) -> set[str]:
    """The first words of the header row's cells («Сроки» of «Сроки проведения»)."""
    words = [cell.text.split() for cell in table.rows[0].cells]
    return {" ".join(w[:k]) for w in words for k in range(1, len(w) + 1)}


class _Seen:
    """A table's texts, as the test of a copy asks them: each built when first asked, and the
    tests ordered so that a table of other data fails at its first cell or row, without a pass
    over the plan's table (most of the page)."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.width = _width(table)

    @functools.cached_property
    def texts(self) -> set[str]:
        return set(self._cells())

    @functools.cached_property
    def labels(self) -> set[str]:
        return _label_prefixes(self.table)

    @functools.cached_property
    def repeated(self) -> set[str]:
        return {_NUMBERED.sub("", t) for t in self.texts} | self.texts

    def _cells(self) -> Iterator[str]:
        return (t for row in self.table.rows for cell in row.cells if (t := cell.text.strip()))

    def _events(self) -> Iterator[list[str]]:
        """The rows of two cells or more with text, under the first."""
        rows = ([t for cell in row.cells if (t := cell.text.strip())] for row in self.table.rows[1:])
        return (row for row in rows if len(row) > 1)

    def _inside(self, table: _Seen) -> bool:
        """Every cell of this table repeats one of `table` (as it stands, without a number before
        it, or a column's name by its first words)."""
        return all(t in table.texts or _NUMBERED.sub("", t) in table.texts or t in table.labels for t in self._cells())

    def _repeats_events(self, table: _Seen) -> bool:
        """`table` has event rows, and each has a cell repeated here."""
        found = False
        for row in table._events():
            found = True
            if not any(t in self.repeated for t in row):
                return False
        return found

    def copies(self, table: _Seen) -> bool:
        """Whether every cell of this table repeats one of `table` and every event row of `table`
        (two cells or more with text) has a cell repeated here."""
        if len(self.table.rows) <= len(table.table.rows):
            return self._repeats_events(table) and self._inside(table)
        return self._inside(table) and self._repeats_events(table)


def without_copies(blocks: list[Block], warnings: list[ExtractWarning]) -> list[Block]:
    """`blocks` without the tables that copy another table in another layout."""
    tables = [_Seen(b) for b in blocks if isinstance(b, Table) and len(b.rows) > 1]
    if len(tables) < 2:
        return blocks
    dropped: set[int] = set()
    for copy in tables:
        others = (t for t in tables if t is not copy and id(t.table) not in dropped and t.width != copy.width)
        if any(copy.copies(table) for table in others):
            dropped.add(id(copy.table))
            first = " | ".join(_texts(Table(copy.table.rows[:1])))
            said = f"a copy of the plan's table laid out for another screen was not read again: {first} …"
            warnings.append(ExtractWarning("copied_table", said))
    return [b for b in blocks if id(b) not in dropped] if dropped else blocks
