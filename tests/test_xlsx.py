"""The Excel workbook: sheets, headers, cell types, layout, formula guard, read-back."""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from functools import cache
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

import magplan
from magplan.cli import main
from magplan.model import TABLE_COLUMNS, DocumentInfo, Item, Plan, PlanWarning
from magplan.write import render
from magplan.write._xlsx_cells import pages_wide
from magplan.write.labels import (
    COLUMN_LABELS,
    FIELD_BY_LABEL,
    KIND_LABELS,
    PRECISION_LABELS,
    RECURRENCE_LABELS,
    field_from_cell,
)
from magplan.write.to_xlsx import read_items
from tests.corpus import CORPUS

KIND_SHEETS = ["Мероприятия", "Информационная работа", "Юбилеи городов", "Дни городов"]
HEADERS = [
    "Год", "Источник", "Вид", "Раздел", "№", "Мероприятие", "Участники", "Место", "Срок (как в плане)",
    "Начало", "Окончание", "Точность даты", "Периоды", "Периодичность", "Ориентировочно", "Участие", "Организаторы",
    "Примечание", "Ответственные", "Возраст, лет", "Номер (издание)", "Страница",
]  # fmt: skip


@cache
def corpus_plan(name: str) -> Plan:
    return magplan.read_plan(CORPUS / name)


@cache
def corpus_xlsx(name: str) -> bytes:
    data: bytes = render(corpus_plan(name), "xlsx")
    return data


def load(data: bytes) -> Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def sheet(data: bytes, title: str) -> Worksheet:
    ws: Worksheet = load(data)[title]
    return ws


def header(ws: Worksheet) -> list[Any]:
    return [cell.value for cell in ws[1]]


def find_row(ws: Worksheet, column: int, value: Any) -> int:
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=column).value == value)


def tricky_plan() -> Plan:
    """Text that a spreadsheet would run as a formula, in every kind of text cell."""
    doc = DocumentInfo(source="@evil.docx", format="docx", title="=1+2", year=2026, footnotes=["+7 (495) 000"])
    items = [
        Item(kind="event", section="", number=1, title="=1+2", members=["=HYPERLINK(1)", "b"], note="-5"),
        Item(kind="event", section="=SUM(A1)", number=2, title="@SUM(A1)", place="+Москва"),
        Item(kind="event", section="", number=3, title="-5", organizers=["@МАГ"], responsible="=A1"),
        Item(kind="event", section="", number=4, title="007", place="NA"),
        Item(kind="event", section="", number=5, title="bell\x07 and tab\there"),
    ]
    return Plan(doc, items, [PlanWarning("unparsed_date", "=bad", item=2)])


def test_sheets_of_a_plan_with_every_kind() -> None:
    wb = load(corpus_xlsx("plan-2026.docx"))
    assert wb.sheetnames == ["Для печати", *KIND_SHEETS, "Все", "Календарь", "Документ"]


def test_only_kinds_present_get_a_sheet() -> None:
    wb = load(render(tricky_plan(), "xlsx"))
    assert wb.sheetnames == ["Для печати", "Мероприятия", "Все", "Календарь", "Документ"]


def test_kind_sheets_hold_their_kind_only() -> None:
    data = corpus_xlsx("plan-2026.docx")
    plan = corpus_plan("plan-2026.docx")
    for title, kind in zip(KIND_SHEETS, ("event", "information", "anniversary", "city_day"), strict=True):
        ws = sheet(data, title)
        kinds = {ws.cell(row=r, column=3).value for r in range(2, ws.max_row + 1)}
        assert kinds == {KIND_LABELS[kind]}
        assert ws.max_row - 1 == sum(1 for item in plan.records if item.kind == kind)


def test_all_sheet_headers_are_russian_in_contract_order() -> None:
    assert header(sheet(corpus_xlsx("plan-2026.docx"), "Все")) == HEADERS
    assert [COLUMN_LABELS[name] for name in TABLE_COLUMNS] == HEADERS


def test_kind_sheets_leave_out_columns_nobody_fills() -> None:
    labels = header(sheet(corpus_xlsx("plan-2026.docx"), "Юбилеи городов"))
    assert "Организаторы" not in labels and "Примечание" not in labels and "Участники" not in labels
    assert "Возраст, лет" in labels and "Ориентировочно" in labels
    # The remaining columns keep the contract's order.
    assert labels == [label for label in HEADERS if label in labels]


def test_dates_and_numbers_are_typed_cells_yes_no_and_lists_are_words() -> None:
    ws = sheet(corpus_xlsx("plan-2026.docx"), "Все")
    col = {label: i for i, label in enumerate(HEADERS, start=1)}
    row = find_row(ws, col["Мероприятие"], "Астана")
    start, end = ws.cell(row=row, column=col["Начало"]), ws.cell(row=row, column=col["Окончание"])
    assert start.value == dt.datetime(2026, 7, 5) and end.value == dt.datetime(2026, 7, 6)
    assert start.is_date and start.number_format == "DD.MM.YYYY" and end.number_format == "DD.MM.YYYY"
    age = ws.cell(row=row, column=col["Возраст, лет"])
    assert age.value == 28 and type(age.value) is int and age.data_type == "n"
    approx = ws.cell(row=row, column=col["Ориентировочно"])
    # Text, not a boolean cell: Excel would show ИСТИНА whatever the number format says.
    assert approx.value == "да" and approx.data_type == "s"
    assert ws.cell(row=row, column=col["Участие"]).value == "нет"
    assert ws.cell(row=row, column=col["Вид"]).value == "День города"
    assert ws.cell(row=row, column=col["Точность даты"]).value == "день"
    assert ws.cell(row=row, column=col["Год"]).value == 2026
    assert ws.cell(row=row, column=col["Участники"]).value is None  # an empty list is an empty cell
    item12 = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=col["№"]).value == 12)
    members = ws.cell(row=item12, column=col["Участники"])
    assert members.value == "ВАРМСУ\nАГП\nАГУ\nАСДГ\nСГЦСЗ России"  # one per line, not «; »
    assert members.alignment.wrap_text
    assert ws.cell(row=item12, column=col["Участие"]).value == "да"
    assert ws.cell(row=item12, column=col["Периодичность"]).value == "по отдельному графику"
    assert ws.cell(row=2, column=col["Номер (издание)"]).value == 32  # «XXXII сессия МАГ»


def test_layout_frozen_header_filter_widths() -> None:
    ws = sheet(corpus_xlsx("plan-2026.docx"), "Все")
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:V41"
    widths = {ws.cell(row=1, column=c).value: ws.column_dimensions[get_column_letter(c)].width
              for c in range(1, ws.max_column + 1)}  # fmt: skip
    assert max(widths.values()) == 60  # long titles and notes are capped ...
    assert widths["Мероприятие"] == 60 and widths["№"] < 10 and widths["Начало"] >= 10
    title = ws.cell(row=5, column=6)
    assert len(str(title.value)) > 60 and title.alignment.wrap_text  # ... and wrap
    assert ws.row_dimensions[5].height is not None and ws.row_dimensions[5].height > 15
    assert ws.cell(row=1, column=1).font.bold


@pytest.mark.parametrize("title", ["Мероприятия", "Все", "Календарь", "Документ"])
def test_print_setup(title: str) -> None:
    ws = sheet(corpus_xlsx("plan-2026.docx"), title)
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.paperSize == 9  # A4 in the OOXML paper-size table
    # As many pages wide as keep the text at 85 % of its size or more, never one page at 3 pt.
    widths = [dim.width for dim in ws.column_dimensions.values()]
    assert ws.page_setup.fitToWidth == pages_wide(widths) and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$1:$1"
    assert ws.oddFooter.center.text == "Страница &P из &N"


def test_the_wide_sheet_prints_over_several_pages() -> None:
    assert sheet(corpus_xlsx("plan-2026.docx"), "Все").page_setup.fitToWidth >= 2


def test_formula_like_text_is_stored_as_text() -> None:
    data = render(tricky_plan(), "xlsx")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert len(sheets) == 5
        for name in sheets:
            xml = archive.read(name).decode("utf-8")
            assert re.search(r"<f[ >]", xml) is None, name
        assert "=1+2" in archive.read("xl/worksheets/sheet2.xml").decode("utf-8")
    printed = sheet(data, "Для печати")
    assert all(c.data_type == "s" for row in printed.iter_rows() for c in row if isinstance(c.value, str))
    ws = sheet(data, "Все")
    titles = [ws.cell(row=r, column=6) for r in range(2, 7)]
    assert [c.value for c in titles] == ["=1+2", "@SUM(A1)", "-5", "007", "bell and tab\there"]
    assert all(c.data_type == "s" for c in titles)
    assert titles[0].quotePrefix and titles[1].quotePrefix and titles[2].quotePrefix
    assert not titles[3].quotePrefix
    assert ws.cell(row=2, column=7).value == "=HYPERLINK(1)\nb"
    assert ws.cell(row=2, column=2).value == "@evil.docx"
    doc = sheet(data, "Документ")
    assert doc.cell(row=2, column=2).value == "=1+2"
    assert doc.cell(row=doc.max_row, column=2).value == (
        "Срок не распознан, даты не заполнены (=bad) (строка 4 на листе «Все»)"
    )


def test_formula_like_text_reads_back_unchanged() -> None:
    plan = tricky_plan()
    back = read_items(render(plan, "xlsx"))
    expected = plan.items.copy()
    expected["title"] = expected["title"].str.replace("\x07", "", regex=False)  # not representable in XML
    pd.testing.assert_frame_equal(back, expected)


@pytest.mark.parametrize("name", ["plan-2026.docx", "plan-2025.docx", "plan-2028-commission.docx"])
def test_all_sheet_reads_back_as_the_items_table(name: str) -> None:
    plan = corpus_plan(name)
    back = read_items(corpus_xlsx(name))
    pd.testing.assert_frame_equal(back, plan.items)


@pytest.mark.parametrize("name", ["plan-2026.docx", "plan-2025.docx", "plan-2028-commission.docx"])
def test_every_code_is_a_russian_word(name: str) -> None:
    """What a reader sees in «Все»: the Russian word for every code, «да»/«нет», no English code."""
    raw = pd.read_excel(io.BytesIO(corpus_xlsx(name)), sheet_name="Все", dtype=object)
    raw = raw.rename(columns=FIELD_BY_LABEL)
    words = {"kind": KIND_LABELS, "date_precision": PRECISION_LABELS, "recurrence": RECURRENCE_LABELS}
    items = corpus_plan(name).items
    for column, labels in words.items():
        shown = [None if pd.isna(v) else v for v in raw[column]]
        assert shown == [None if pd.isna(v) else labels[v] for v in items[column]], column  # type: ignore[index]
    for column in ("approximate", "participation"):
        assert set(raw[column]) <= {"да", "нет"}
        assert [v == "да" for v in raw[column]] == list(items[column])


def test_no_boolean_cell_anywhere() -> None:
    wb = load(corpus_xlsx("plan-2026.docx"))
    assert not [c.coordinate for ws in wb for row in ws.iter_rows() for c in row if c.data_type == "b"]


def test_the_words_read_back_to_codes() -> None:
    assert field_from_cell("kind", "Юбилей города") == "anniversary"
    assert field_from_cell("kind", "день города") == "city_day"  # any letter case
    assert field_from_cell("kind", "event") == "event"  # a workbook of an older magplan
    assert field_from_cell("recurrence", "по мере необходимости") == "as_needed"
    assert field_from_cell("date_precision", "полугодие") == "half_year"
    assert field_from_cell("approximate", "да") is True and field_from_cell("participation", "нет") is False
    assert field_from_cell("members", "А\nБ\n") == ["А", "Б"]
    with pytest.raises(ValueError, match="Вид"):
        field_from_cell("kind", "Совещание")


def test_calendar_marks_the_months_each_item_touches() -> None:
    ws = sheet(corpus_xlsx("plan-2026.docx"), "Календарь")
    assert header(ws)[5:] == ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август",
                              "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"]  # fmt: skip
    assert ws.freeze_panes == "F2"

    def months(row: int) -> list[Any]:
        return [ws.cell(row=row, column=c).value for c in range(6, 18)]

    forum = find_row(ws, 5, "август-сентябрь")
    assert months(forum) == [None] * 7 + ["●", "●"] + [None] * 3
    astana = find_row(ws, 3, "Астана")
    assert months(astana)[6] == "≈5–6" and months(astana).count(None) == 11
    exact, approx = ws.cell(row=forum, column=13), ws.cell(row=astana, column=12)
    assert exact.fill.fgColor.rgb != approx.fill.fgColor.rgb
    quarterly = find_row(ws, 5, "ежеквартал.")
    assert months(quarterly) == ["ежеквартально"] + [None] * 11
    assert ws.cell(row=quarterly, column=6).alignment.horizontal == "centerContinuous"
    session = find_row(ws, 3, "XXXII сессия МАГ")
    assert months(session)[0] == "срок не указан"
    # Dated rows come first, by start date; all 40 items are listed.
    plan = corpus_plan("plan-2026.docx")
    dated = sum(1 for item in plan.records if item.date_start)
    assert session > dated + 1 and quarterly > dated + 1
    assert find_row(ws, 3, "Душанбе") < find_row(ws, 3, "Бишкек")  # 21 апреля before 29 апреля
    assert sum(1 for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=3).value) == len(plan.records)


def test_document_sheet_lists_metadata_as_rows() -> None:
    ws = sheet(corpus_xlsx("plan-2025.docx"), "Документ")
    rows: dict[Any, Any] = {
        ws.cell(row=r, column=1).value: ws.cell(row=r, column=2).value for r in range(2, ws.max_row + 1)
    }
    assert rows["Год"] == 2025
    assert rows["Заголовок"].startswith("План мероприятий Международной Ассамблеи")
    assert rows["Утверждает: подпись"] == "И.П. Соколов"
    assert rows["Дата утверждения"] == "«25» декабря 2024 г."
    assert rows["Подписал: подпись"] == "Ю.Н. Васюнькин"
    assert rows["Сноски"] == "нет" and rows["Предупреждения"] == "нет"
    assert rows["Источник"] == "plan-2025.docx" and rows["Формат"] == "docx"
    ws26 = sheet(corpus_xlsx("plan-2026.docx"), "Документ")
    rows26 = {ws26.cell(row=r, column=1).value: ws26.cell(row=r, column=2).value for r in range(2, ws26.max_row + 1)}
    assert rows26["Сноска 1"] == "Дни городов указаны ОРИЕНТИРОВОЧНО" and rows26["Утверждение"] == "нет"


def test_cli_writes_xlsx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(CORPUS / "plan-2026.docx"), "--to", "xlsx", "--out", str(tmp_path)]) == 0
    out = tmp_path / "plan-2026.xlsx"
    assert load(out.read_bytes()).sheetnames[-3:] == ["Все", "Календарь", "Документ"]
    back = read_items(out.read_bytes())
    pd.testing.assert_frame_equal(back, corpus_plan("plan-2026.docx").items)
    with pytest.raises(SystemExit):
        main(["convert", "--help"])
    assert "xlsx" in capsys.readouterr().out


def test_warnings_are_russian_and_read_back_with_their_codes(tmp_path: Path) -> None:
    plan = corpus_plan("plan-2025.docx")
    warned = Plan(
        plan.document,
        plan.records,
        [
            PlanWarning("tracked_changes", "the document has tracked changes; read as if all were accepted"),
            PlanWarning("ocr_uncertain", "page 2: 3 word(s) read with low confidence: шмяк (41%)"),
            PlanWarning("something_new", "a warning nobody translated yet", item=1),
        ],
    )
    data = render(warned, "xlsx")
    ws = sheet(data, "Документ")
    rows = {ws.cell(row=r, column=1).value: [c.value for c in ws[r]] for r in range(2, ws.max_row + 1)}
    assert rows["Предупреждение 1"][1] == (
        "В документе есть неподтверждённые исправления; прочитан так, как будто все приняты"
    )
    assert rows["Предупреждение 2"][1] == "Слова, распознанные неуверенно: стр. 2, 3: шмяк (41%)"
    assert rows["Предупреждение 3"][1].startswith("Замечание (something_new): a warning nobody translated yet")
    assert rows["Предупреждение 1"][2:] == ["tracked_changes", warned.warnings[0].message]
    path = tmp_path / "warned.xlsx"
    path.write_bytes(data)
    back = magplan.read_plan(path).warnings
    assert [(w.code, w.message, w.item) for w in back[:3]] == [(w.code, w.message, w.item) for w in warned.warnings]


def test_periods_one_per_line_and_the_new_recurrences_in_russian() -> None:
    ws = sheet(corpus_xlsx("plan-2028-commission.docx"), "Все")
    col = {label: i for i, label in enumerate(header(ws), start=1)}
    rows = {ws.cell(row=r, column=col["Срок (как в плане)"]).value: r for r in range(2, ws.max_row + 1)}

    def shown(wording: str, label: str) -> Any:
        return ws.cell(row=rows[wording], column=col[label]).value

    assert shown("февраль, август", "Периоды") == "01.02.2028–29.02.2028\n01.08.2028–31.08.2028"
    assert shown("23.03.2028; 22.06.2028; 21.09.2028; 14.12.2028", "Периоды").split("\n")[1] == "22.06.2028"
    assert shown("до 01.03.2028", "Периоды") == "до 01.03.2028"
    assert shown("раз в полугодие", "Периодичность") == "раз в полугодие"
    assert shown("по мере поступления обращений", "Периодичность") == "по мере необходимости"
    assert shown("раз в полугодие", "Периоды") is None
