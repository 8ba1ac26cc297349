"""Tables drawn with characters in plain text (`magplan.extract._text_tables`): a table ruled only
under its header joins a cell's wrapped lines as a table ruled between its rows does."""

from __future__ import annotations

from pathlib import Path

import pytest

import magplan

_HEADER = ("| №  | Наименование мероприятия  | Срок  | Ответственные        |",)
_UNDER_HEADER = "|----|---------------------------|-------|----------------------|"
_FRAME = "+----+---------------------------+-------+----------------------+"
_ROWS = (
    (
        "| 1. | Международная научно-     | март  | Управление культуры  |",
        "|    | практическая конференция  |       | администрации города |",
    ),
    (
        "| 2. | Семинар городов:          | май   | Методический центр   |",
        "|    | - Москва                  |       |                      |",
        "|    | - Минск                   |       |                      |",
    ),
    (
        "| 3. | Фестиваль                 | июнь  | Отдел молодёжной     |",
        "|    |                           |       | политики             |",
    ),
)
_EXPECTED = [
    ("Международная научно-практическая конференция", [], "Управление культуры администрации города"),
    ("Семинар городов", ["Москва", "Минск"], "Методический центр"),
    ("Фестиваль", [], "Отдел молодёжной политики"),
]


def _read(tmp_path: Path, lines: list[str]) -> list[tuple[str, list[str], str | None]]:
    body = "\n".join(lines)
    page = f'<html><head><meta charset="utf-8"></head><body><p>План мероприятий на 2026 год</p><pre>{body}</pre>'
    path = tmp_path / "plan.html"
    path.write_text(page + "</body></html>", encoding="utf-8")
    return [(i["title"], i["members"], i["responsible"]) for i in magplan.read_plan(path).to_dict()["items"]]


@pytest.mark.parametrize("ruled", ["header-only", "every-row"])
def test_a_cells_wrapped_lines_join_alike_however_the_rows_are_ruled(tmp_path: Path, ruled: str) -> None:
    """Ruled under its header only, each line was a row: a wrapped line kept its break
    («Международная научно-\\nпрактическая конференция»); ruled between rows, a list of members
    was glued to the title («Семинар городов: - Москва - Минск»)."""
    if ruled == "header-only":
        lines = [*_HEADER, _UNDER_HEADER, *(line for group in _ROWS for line in group)]
    else:
        lines = [_FRAME, *_HEADER, _FRAME, *(line for group in _ROWS for line in (*group, _FRAME))]
    assert _read(tmp_path, lines) == _EXPECTED
