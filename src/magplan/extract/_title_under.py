"""A plan's heading printed under its first table, moved back over it.

A web editor's table caption (CKEditor 5's `<figcaption>` after the table) is shown above the
table on the site by its style sheet and printed under it without one.  Both page readers — the
PDF text layer and OCR of a scan of the same print — meet it, so the rule is written once here.
"""

from __future__ import annotations

from magplan.assemble import is_header_row
from magplan.layout import Block, Paragraph, Table
from magplan.requisites import YEAR, is_plan_heading


def title_under_table(blocks: list[Block]) -> list[Block]:
    """`blocks` with the plan's heading printed right under its first table, where no heading
    stands above it, moved over the table: the caption names the plan as a `<caption>` does.  A
    heading with its year only: a note under the table («Расписание может меняться») stays where
    it is; the table, one whose first row names a plan's columns."""
    first = next((i for i, block in enumerate(blocks) if isinstance(block, Table)), None)
    if first is None or first + 1 >= len(blocks):
        return blocks
    table = blocks[first]
    # A plan's table: an approval or a stamp set as a table over the heading is none to move it over.
    if not (isinstance(table, Table) and table.rows and is_header_row(table.rows[0])):
        return blocks
    under = blocks[first + 1]
    if any(isinstance(b, Paragraph) and is_plan_heading(b.text) for b in blocks[:first]):
        return blocks
    if not isinstance(under, Paragraph) or under.page != table.page:
        return blocks
    if not (is_plan_heading(under.text) and YEAR.search(under.text)):
        return blocks
    # A caption as narrow as a word prints a word a line: one heading all the same.
    heading = Paragraph(" ".join(under.text.split()), page=under.page, align=under.align)
    return [*blocks[:first], heading, table, *blocks[first + 2 :]]
