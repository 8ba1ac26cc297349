"""Rule 14: rows of a table that stands among the plan's tables, or after them
numbered like a plan, are never dropped silently."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from magplan.assemble import RawItem, RawPlan, RowTally, assemble, check_rows
from magplan.layout import Cell, Layout, Paragraph, Row, Table
from magplan.model import Signatory
from tests.corpus import CORPUS


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


def test_an_odd_piece_between_unnumbered_pieces_does_not_end_the_plan() -> None:
    """A web page's plan printed as tables of their own widths, one row a table whose empty cell
    drew no width (a column short): its row is said, and the pieces after it still go on."""
    header = ["Наименование мероприятия", "Срок проведения", "Место проведения", "Ответственный"]
    layout = Layout(
        [
            Paragraph("План мероприятий на 2026 год"),
            _table([header, ["Сессия", "май", "Москва", "Секретарь"]]),
            _table([["Форум", "июнь", "Председатель"]]),
            _table([["Семинар", "июль", "Казань", "Секретарь"]]),
            _table([["Конференция", "август", "Минск", "Председатель"]], page=2),
            Paragraph("Генеральный директор\tИ.И. Иванов"),
        ]
    )
    raw = assemble(layout)
    assert [item.cells["title"] for item in raw.items] == ["Сессия", "Семинар", "Конференция"]
    (skipped,) = [w.message for w in raw.warnings if w.code == "row_skipped"]
    assert "Форум" in skipped and raw.tally.balanced
    assert raw.signatory is not None and raw.signatory.name == "И.И. Иванов"


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


def _skipped_text(layout: Layout) -> list[str]:
    return [w.message for w in assemble(layout).warnings if w.code == "text_skipped"]


def test_a_note_between_the_table_and_the_signature_is_said_not_dropped() -> None:
    layout = Layout(
        [
            Paragraph("План мероприятий на 2026 год"),
            _table([HEADER, ["1.", "Сессия", "Москва, май", ""]]),
            Paragraph("Примечание: сроки уточняются по согласованию с городами."),
            Paragraph("Генеральный директор\tИ.И. Иванов"),
            Paragraph("Исполнитель: Петров П.П., тел. 123-45-67"),
        ]
    )
    skipped = _skipped_text(layout)
    # The note is plan content the contract has no field for; the executor under the
    # signature is a requisite (GOST) the contract does not carry: both are said, each apart.
    assert len(skipped) == 2 and "Примечание: сроки уточняются" in skipped[0]
    assert skipped[1].endswith("under the plan's signature was not read: Исполнитель: Петров П.П., тел. 123-45-67")
    assert assemble(layout).signatory == Signatory("Генеральный директор", "И.И. Иванов")


def test_a_line_between_plan_tables_that_is_no_heading_or_footnote_is_said() -> None:
    layout = Layout(
        [
            Paragraph("План мероприятий на 2026 год"),
            _table([HEADER, ["1.", "Сессия", "Москва, май", ""]]),
            Paragraph("Расходы несут принимающие города.\n2"),
            Paragraph("II. Информационная деятельность"),
            _table([HEADER, ["2.", "Вестник", "ежеквартально", ""]], page=2),
        ]
    )
    raw = assemble(layout)
    assert [w.message for w in raw.warnings if w.code == "text_skipped"] == [
        "a line between the plan's tables was not read: Расходы несут принимающие города."
    ]
    assert [item.section for item in raw.items][-1] == "II. Информационная деятельность"


def test_a_plan_with_only_its_signature_after_the_table_says_nothing() -> None:
    layout = Layout(
        [
            Paragraph("План мероприятий на 2026 год"),
            _table([HEADER, ["1.", "Сессия", "Москва, май", ""]]),
            Paragraph("Генеральный директор\n______________ И.И. Иванов\n2"),
        ]
    )
    assert _skipped_text(layout) == []


def test_a_sentence_between_the_title_and_the_table_is_said() -> None:
    layout = Layout(
        [
            Paragraph("План мероприятий на 2026 год"),
            Paragraph("В соответствии с решением Совета от 12.12.2025 № 15-р."),
            Paragraph("I. Общие мероприятия"),
            _table([HEADER, ["1.", "Сессия", "Москва, май", ""]]),
        ]
    )
    raw = assemble(layout)
    assert [w.message for w in raw.warnings if w.code == "text_skipped"] == [
        "a line between the title and the table was not read: В соответствии с решением Совета от 12.12.2025 № 15-р."
    ]
    assert raw.items[0].section == "I. Общие мероприятия"


def test_a_sentence_under_the_plans_heading_in_the_tables_own_rows_is_said() -> None:
    # The heading printed as the table's first rows: a sentence under it is said, as under a
    # heading above the table; a section's heading there is the section where not laid out in pages.
    lines = ["План мероприятий на 2026 год", "Финансирование за счёт средств бюджета города.", "I. Общие мероприятия"]
    rows = [Row([Cell(line, colspan=4)]) for line in lines]
    rows += [Row([Cell(t) for t in HEADER]), Row([Cell(t) for t in ["1.", "Сессия", "Москва, май", ""]])]
    said = "a line between the title and the table was not read: "
    for page, section, unread in ((None, "I. Общие мероприятия", lines[1:2]), (1, "", lines[1:])):
        raw = assemble(Layout([Table(rows, page=page)]))
        assert [w.message for w in raw.warnings if w.code == "text_skipped"] == [said + line for line in unread]
        assert raw.items[0].section == section
        assert raw.tally.balanced


def test_a_heading_over_the_sections_heading_is_said_wherever_it_stands() -> None:
    # Two headings over a table («Раздел 2. Культура» over «II квартал»): the nearer is the
    # section of its rows; the contract does not nest them, so the other is said, not dropped.
    outer, inner = "Раздел 2. Культура", "II квартал"
    first = [HEADER, ["1.", "Сессия", "Москва, май", ""]]
    later = [HEADER, ["2.", "Вестник", "июнь", ""]]
    heading_rows = [Row([Cell(outer, colspan=4)]), Row([Cell(inner, colspan=4)])]
    rows_over_header = Layout(
        [
            Paragraph("План мероприятий на 2026 год"),
            Table([Row([Cell(t) for t in r]) for r in first]),
            Table(heading_rows + [Row([Cell(t) for t in r]) for r in later]),
        ]
    )
    between_tables = Layout(
        [Paragraph("План мероприятий на 2026 год"), _table(first), Paragraph(outer), Paragraph(inner), _table(later)]
    )
    under_title = Layout([Paragraph("План мероприятий на 2026 год"), Paragraph(outer), Paragraph(inner), _table(later)])
    for layout in (rows_over_header, between_tables, under_title):
        raw = assemble(layout)
        assert raw.items[-1].section == inner
        said = [w.message for w in raw.warnings if w.code == "text_skipped"]
        assert len(said) == 1 and said[0].endswith(": " + outer)
        assert raw.tally.balanced


def test_a_row_across_the_table_holding_a_list_is_a_heading_said_in_a_warning() -> None:
    """A heading holds no list: a row across the table with bullet lines under its first is an
    event whose cells were not told apart.  Kept as a heading, but its lines never vanish
    without a word (the next heading replaces it, no item holds them)."""
    layout = Layout(
        [
            Paragraph("План мероприятий на 2026 год"),
            _table([HEADER, ["1.", "Сессия", "Москва, май", ""]]),
            Table(
                [
                    Row([Cell("8. I полугодие\nВыездное заседание:\n• секция «Транспорт»", colspan=4)], page=1),
                    Row([Cell("Мероприятия в городах", colspan=4)], page=1),
                    Row([Cell("9."), Cell("Форум"), Cell("Казань, июнь"), Cell("")], page=1),
                ],
                page=1,
            ),
        ]
    )
    raw = assemble(layout)
    said = [w.message for w in raw.warnings if w.code == "row_as_heading"]
    assert len(said) == 1 and "секция «Транспорт»" in said[0] and "Выездное заседание" in said[0]
    assert raw.tally.balanced
    # A heading over a wrapped title of its own is no list: nothing to say.
    plain = Layout(
        [
            Paragraph("План мероприятий на 2026 год"),
            _table([HEADER, ["1.", "Сессия", "Москва, май", ""], ["Мероприятия в городах-\nчленах МАГ"]]),
            _table([["2.", "Форум", "Казань, июнь", ""]]),
        ]
    )
    assert not [w for w in assemble(plain).warnings if w.code == "row_as_heading"]


def test_a_footnote_row_with_the_signature_under_it_keeps_the_signature_out_of_the_note() -> None:
    """A web page's foot in the table's last row, one cell across it: the note, then the
    signature.  The note ends where the signature opens; the signature is the plan's."""
    table = _table([HEADER, ["1.", "Сессия¹", "Москва, май", ""]])
    foot = "¹ Сроки указаны ориентировочно\nОтветственный секретарь\nСовета Ассамблеи\nИ.В. Петрова"
    table.rows.append(Row([Cell(foot, colspan=4)], page=1))
    raw = assemble(Layout([Paragraph("План мероприятий на 2026 год"), table]))
    assert {text for _, text in raw.footnotes} == {"Сроки указаны ориентировочно"}  # (the foot reads it too)
    assert raw.signatory == Signatory("Ответственный секретарь Совета Ассамблеи", "И.В. Петрова")


def test_a_heading_row_after_the_last_item_is_said_not_dropped() -> None:
    """A row read as a heading after the plan's last item heads nothing: unless it is the plan's
    foot (a footnote, the signature), its text is said in a warning."""
    layout = Layout(
        [
            Paragraph("План мероприятий на 2026 год"),
            _table([HEADER, ["1.", "Сессия", "Москва, май", ""], ["Дни городов"]]),
            Paragraph("Генеральный директор\tИ.И. Иванов"),
        ]
    )
    skipped = _skipped_text(layout)
    assert any("Дни городов" in message for message in skipped)


def test_a_heading_row_with_no_item_under_it_before_the_next_heading_is_said() -> None:
    """Two heading rows in turn: the last heads the items under it; the first heads none (a row
    whose cells a reader ran into one line, a nested heading), so its text is said in a warning."""
    layout = Layout(
        [
            Paragraph("План мероприятий на 2026 год"),
            _table(
                [
                    HEADER,
                    ["1.", "Сессия", "Москва, май", ""],
                    ["2. Стажировка специалистов Москва, июнь"],
                    ["Дни городов"],
                    ["1.", "Бишкек", "сентябрь", ""],
                ]
            ),
            Paragraph("Генеральный директор\tИ.И. Иванов"),
        ]
    )
    skipped = _skipped_text(layout)
    assert any("2. Стажировка специалистов" in message for message in skipped)
    assert not any("Дни городов" in message for message in skipped)


def _signed_over_a_page_break(next_page: str, foot: str = "Руководитель\tА.Н. Кравцов") -> Layout:
    """A plan whose signature's name stands beside its position's first line at page 1's foot
    (the paragraph `foot`), with `next_page` atop page 2."""
    return Layout(
        [
            Paragraph("План мероприятий на 2026 год", page=1),
            _table([HEADER, ["1.", "Сессия", "Москва, май", ""]], page=1),
            Paragraph(foot, page=1),
            Paragraph(next_page, page=2),
        ],
        page_count=2,
    )


def test_a_position_that_a_page_break_carries_over_is_read_whole() -> None:
    raw = assemble(_signed_over_a_page_break("Исполнительного\nкомитета"))
    assert raw.signatory == Signatory("Руководитель Исполнительного комитета", "А.Н. Кравцов")


def test_a_table_atop_the_next_page_is_no_position_rest() -> None:
    # The next sheet's phone list (a tab between its cells, figures): the position ends at the break.
    raw = assemble(_signed_over_a_page_break("ФИО\tТелефон\nБелов А.С.\t22-33-44"))
    assert raw.signatory == Signatory("Руководитель", "А.Н. Кравцов")


def test_the_rule_14_check_fails_a_plan_whose_rows_do_not_add_up() -> None:
    plan = RawPlan(items=[RawItem("", {"title": "Форум"})], tally=RowTally(rows=3, headers=1, items=1))
    with pytest.raises(AssertionError, match=r"rows in 3 != accounted 2"):
        check_rows(plan)
    plan.tally.skipped = 1  # the third row said in a warning
    check_rows(plan)
    plan.tally.items = 2  # an item counted that the plan does not hold
    plan.tally.skipped = 0
    with pytest.raises(AssertionError, match=r"\(1 items\)"):
        check_rows(plan)


def test_a_program_the_suite_starts_checks_rule_14_too(tmp_path: Path) -> None:
    """The command line (and the scorer, a batch's workers) inherit the suite's `CHECK_ROWS`: a
    row that became nothing is an internal error there, not a plan written without it."""
    script = textwrap.dedent(
        """
        import sys
        from magplan import assemble, cli

        real = assemble._Assembler.run

        def lossy(self):
            plan = real(self)
            plan.tally.rows += 1  # a row counted in and accounted for nowhere
            return plan

        assemble._Assembler.run = lossy
        sys.exit(cli.main(sys.argv[1:]))
        """
    )
    source = CORPUS / "plan-2026.docx"
    done = subprocess.run(
        [sys.executable, "-c", script, "convert", str(source), "--out", str(tmp_path)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 3 and "rule 14: rows in" in done.stderr
    assert not list(tmp_path.iterdir())


def test_a_cut_rows_end_after_the_pages_footnotes_continues_the_plan() -> None:
    """A scan's table running on over a page break: the page's footnotes (read as a paragraph) stand
    between its parts, and the next page's one row, the end of a title the break cut, has no number.
    It continues the plan's last item, not a table of its own skipped after the plan; the footnotes
    are the plan's.  The same footnote lines before a table on the same page keep it apart."""
    footnotes = Paragraph("¹ Даты проведения ориентировочные\n² По согласованию с городами", page=1)
    rows = [HEADER, ["1.", "Сессия¹", "Москва, май", ""], ["2.", "Выпуск журнала «Вестник", "июнь", "²"]]
    for page, joined in ((2, True), (1, False)):
        layout = Layout(
            [
                Paragraph("План мероприятий на 2026 год", page=1),
                _table(rows),
                footnotes,
                _table([["", "МАГ»", "", ""]], page=page),
                Paragraph("Генеральный директор\tИ.И. Иванов", page=page),
            ]
        )
        raw = assemble(layout)
        skipped = [w.message for w in raw.warnings if w.code == "row_skipped"]
        assert (raw.items[-1].cells["title"] == "Выпуск журнала «Вестник МАГ»") is joined
        assert (skipped == []) is joined and raw.tally.balanced
        assert [text for _, text in raw.footnotes] == ["Даты проведения ориентировочные", "По согласованию с городами"]


@pytest.mark.parametrize(
    ("foot", "top", "joined"),
    [
        # A quote closed at the page's foot and again on the next page: the first a scan's speck.
        ("Выпуск журнала «Вестник»", "МАГ»", "Выпуск журнала «Вестник МАГ»"),
        ("АНО «Город,»", "культура и спорт», Исполком СНГ", "АНО «Город, культура и спорт», Исполком СНГ"),
        # ... a quote closed and a new one opened, or nested quotes, are as printed.
        ("Выпуск журнала «Вестник»", "«Город» и «Люди»", "Выпуск журнала «Вестник» «Город» и «Люди»"),
        ("Фестиваль «Весна «Города»", "2027»", "Фестиваль «Весна «Города» 2027»"),
    ],
)
def test_a_quote_closed_on_both_sides_of_a_page_break_goes_on(foot: str, top: str, joined: str) -> None:
    layout = Layout(
        [
            Paragraph("План мероприятий на 2026 год", page=1),
            _table([HEADER, ["1.", foot, "Москва, май", ""]]),
            _table([["", top, "", ""]], page=2),
        ]
    )
    raw = assemble(layout)
    assert [item.cells["title"] for item in raw.items] == [joined]


def test_a_table_continued_with_an_empty_row_of_another_shape_goes_on_with_the_plan() -> None:
    # Word leaves an empty row of five cells under a four-column table: the table's
    # rows with text say its width, and it continues the plan (the row was lost silently).
    layout = Layout(
        [
            Paragraph("План мероприятий на 2026 год"),
            _table([["№", "Город", "Лет", "Дата"], ["1", "Кишинев", "1161 год", "июль"]]),
            _table([["2", "Бишкек", "75 лет", "4-5 марта"], ["", "", "", "", ""]]),
        ]
    )
    raw = assemble(layout)
    assert [item.cells["title"] for item in raw.items] == ["Кишинев", "Бишкек"]
    assert not raw.warnings and raw.tally.balanced


def test_one_numbered_row_in_a_table_of_another_shape_after_the_plan_is_a_warning() -> None:
    layout = Layout(
        [
            Paragraph("План мероприятий на 2026 год"),
            _table([HEADER, ["1.", "Сессия", "Москва, май", ""]]),
            _table([["2.", "Форум", "июнь"]]),
        ]
    )
    raw = assemble(layout)
    skipped = [w.message for w in raw.warnings if w.code == "row_skipped"]
    assert len(raw.items) == 1 and len(skipped) == 1 and "Форум" in skipped[0]
    assert raw.tally.balanced


def test_lines_after_a_plan_with_no_signature_are_said() -> None:
    layout = Layout(
        [
            Paragraph("План мероприятий на 2026 год"),
            _table([HEADER, ["1.", "Сессия", "Москва, май", ""]]),
            Paragraph("Сроки уточняются по согласованию с городами."),
        ]
    )
    skipped = _skipped_text(layout)
    assert len(skipped) == 1 and "Сроки уточняются" in skipped[0]


def test_a_web_pages_foot_with_no_signature_is_the_sites() -> None:
    layout = Layout(
        [
            Paragraph("План мероприятий на 2026 год"),
            _table([HEADER, ["1.", "Сессия", "Москва, май", ""]]),
            Paragraph("© 2026 Администрация города. Все права защищены."),
        ],
        web=True,
    )
    assert _skipped_text(layout) == []


@pytest.mark.parametrize("foot", ["Ответственный\tА.Н. Кравцов\nсекретарь", "Ответственный А.Н. Кравцов\nсекретарь"])
def test_a_position_wrapped_under_its_name_goes_on_over_the_page_break(foot: str) -> None:
    """The name beside the position's first line, one more line of the position under it on page 1
    (a scan's paragraph: the name set apart by spaces, no tab): page 2's lines go on with it."""
    raw = assemble(_signed_over_a_page_break("Совета Ассамблеи", foot=foot))
    assert raw.signatory == Signatory("Ответственный секретарь Совета Ассамблеи", "А.Н. Кравцов")


def test_a_header_printed_again_read_in_pieces_is_a_header_not_a_foreign_table() -> None:
    """A scan's page 2 prints the two-level header again, read in pieces, out of order («№ пут |
    На именов. еновани. е …»): the part goes on with the plan (its «№» opens no table of its own)
    and the rows that read so, as many as the header has, are header rows; the rows under them
    items."""

    def row(*cells: tuple[str, int], page: int = 1) -> Row:
        return Row([Cell(text, colspan=span) for text, span in cells], page=page)

    first = Table(
        [
            row(("№ п/п", 1), ("Наименование мероприятия", 1), ("Срок проведения", 2), ("Место проведения", 1)),
            row(("", 1), ("", 1), ("начало", 1), ("окончание", 1), ("", 1)),
            row(("1.", 1), ("Сессия", 1), ("12 мая", 1), ("14 мая", 1), ("Москва", 1)),
        ],
        page=1,
    )
    again = Table(
        [
            row(
                ("№ пут", 1),
                ("На именов. еновани. е Mi ероприя тия", 1),
                ("С рок пров. едения", 2),
                ("м. есто п проведени. я", 1),
                page=2,
            ),
            row(("", 1), ("", 1), ("нач. ало", 1), ("око нчание", 1), ("", 1), page=2),
            row(("2.", 1), ("Форум", 1), ("14 июня", 1), ("15 июня", 1), ("Казань", 1), page=2),
        ],
        page=2,
    )
    raw = assemble(Layout([Paragraph("План мероприятий на 2026 год"), first, again]))
    assert [item.cells["title"] for item in raw.items] == ["Сессия", "Форум"]
    assert not [w for w in raw.warnings if w.code == "row_skipped"]
    assert raw.tally.headers == 4 and raw.tally.balanced
