"""Rule 14: rows of a table that stands among the plan's tables, or after them
numbered like a plan, are never dropped silently."""

from __future__ import annotations

from magplan.assemble import assemble
from magplan.layout import Cell, Layout, Paragraph, Row, Table


def _table(rows: list[list[str]], page: int = 1) -> Table:
    return Table([Row([Cell(t) for t in texts], page=page) for texts in rows], page=page)


HEADER = ["№ п/п", "Мероприятия", "Место, дата", "Примечание"]


def test_a_narrower_table_between_plan_tables_becomes_warnings() -> None:
    layout = Layout(
        [
            Paragraph("План мероприятий на 2026 год"),
            _table([HEADER, ["1.", "Сессия", "Москва, май", ""]]),
            _table([["2.", "Форум", "июнь"], ["3.", "Семинар", "июль"]], page=2),
            _table([["4.", "Конференция", "Казань, август", ""]], page=2),
        ]
    )
    raw = assemble(layout)
    skipped = [w.message for w in raw.warnings if w.code == "row_skipped"]
    assert len(skipped) == 2 and "Форум" in skipped[0] and "Семинар" in skipped[1]
    assert raw.tally.balanced


def test_a_numbered_table_after_the_plan_is_not_read_as_the_signature() -> None:
    layout = Layout(
        [
            Paragraph("План мероприятий на 2026 год"),
            _table([HEADER, ["1.", "Сессия", "Москва, май", ""]]),
            _table([["2.", "Форум"], ["3.", "Семинар"]]),
            Paragraph("Генеральный директор\tИ.И. Иванов"),
        ]
    )
    raw = assemble(layout)
    skipped = [w.message for w in raw.warnings if w.code == "row_skipped"]
    assert len(skipped) == 2 and raw.tally.balanced
    assert len(raw.items) == 1
    assert raw.signatory is not None and raw.signatory.name == "И.И. Иванов"
