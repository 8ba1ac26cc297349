""".xlsx and .json inputs: magplan's own workbook (edited or not), any sheet with a plan table, the JSON contract."""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import shutil
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Border, Side
from openpyxl.worksheet.worksheet import Worksheet

import magplan
from magplan.cli import main
from magplan.extract.plan_json import plan_from_dict
from magplan.model import Plan
from magplan.normalize.dates import parse_period
from magplan.normalize.wording import period_wording
from magplan.write import render
from tests.corpus import CORPUS, documents, expected, mismatches

# The corpus documents magplan reads without OCR (the scans have their own tests).
TEXT_DOCUMENTS = [name for name in documents("") if not name.endswith((".tiff",)) and "scan" not in name]
TEXT_DOCUMENTS = [name for name in TEXT_DOCUMENTS if "photo" not in name]
ALL_PLANS = documents("")


@cache
def corpus_plan(name: str) -> Plan:
    return magplan.read_plan(CORPUS / name)


def without_provenance(data: dict[str, Any]) -> dict[str, Any]:
    """A plan's JSON without what names the file read (source, format) and without warnings (rule 13)."""
    data = copy.deepcopy(data)
    data["document"].pop("source")
    data["document"].pop("format")
    data.pop("warnings")
    return data


def read_back(plan: Plan, fmt: str, folder: Path, name: str = "plan") -> Plan:
    path = folder / f"{name}.{fmt}"
    path.write_bytes(render(plan, fmt))
    return magplan.read_plan(path)


# -- round trips --------------------------------------------------------------------


@pytest.mark.parametrize("name", TEXT_DOCUMENTS)
@pytest.mark.parametrize("fmt", ["xlsx", "json"])
def test_a_corpus_plan_round_trips(name: str, fmt: str, tmp_path: Path) -> None:
    """source → xlsx/json → plan gives the JSON the source gave (provenance aside)."""
    plan = corpus_plan(name)
    again = read_back(plan, fmt, tmp_path)
    assert without_provenance(again.to_dict()) == without_provenance(plan.to_dict())
    assert (again.document.source, again.document.format) == (f"plan.{fmt}", fmt)


@pytest.mark.parametrize("name", ALL_PLANS)
@pytest.mark.parametrize("fmt", ["xlsx", "json"])
def test_every_expected_plan_round_trips(name: str, fmt: str, tmp_path: Path) -> None:
    """The corpus's expected JSON (scans and photos too) → xlsx/json → the same JSON."""
    want = expected(name)
    again = read_back(plan_from_dict(want), fmt, tmp_path)
    assert mismatches(want, again.to_dict()) == []


def test_the_json_contract_reads_back_exactly(tmp_path: Path) -> None:
    want = expected("plan-2026.docx")
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(want, ensure_ascii=False), encoding="utf-8")
    got = magplan.read_plan(path).to_dict()
    assert got["document"]["source"] == "plan.json"
    assert without_provenance(got) == without_provenance(plan_from_dict(want).to_dict())


# -- an edited workbook --------------------------------------------------------------


def all_sheet(wb: openpyxl.Workbook) -> Worksheet:
    ws: Worksheet = wb["Все"]
    return ws


def column(ws: Worksheet, label: str) -> int:
    return next(cell.column for cell in ws[1] if cell.value == label)


def row_of(ws: Worksheet, title_start: str) -> int:
    title = column(ws, "Мероприятие")
    return next(r for r in range(2, ws.max_row + 1) if str(ws.cell(r, title).value or "").startswith(title_start))


def edit(data: bytes, change: Any) -> bytes:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    change(wb)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def find(plan: Plan, title_start: str) -> Any:
    return next(item for item in plan.records if item.title.startswith(title_start))


def _edit_2026(wb: openpyxl.Workbook) -> None:
    """What a clerk does: moves a date, changes a place, adds two rows, deletes one, swaps two."""
    ws = all_sheet(wb)
    col = {cell.value: cell.column for cell in ws[1]}
    conference = row_of(ws, "Конференция представителей СМИ")
    ws.cell(conference, col["Срок (как в плане)"]).value = "март"  # the dates columns still say February
    ws.cell(conference, col["Место"]).value = "Санкт-Петербург"
    ws.delete_rows(row_of(ws, "«Круглы стол»"))
    # A new row typed at the end of the events: no dates at all, only the essentials.
    session = row_of(ws, "XXXII сессия МАГ")
    ws.insert_rows(session + 1)
    for label, value in {"Вид": "Мероприятие", "№": "1а", "Мероприятие": "Заседание Совета МАГ"}.items():
        ws.cell(session + 1, col[label]).value = value
    ws.cell(session + 1, col["Примечание"]).value = "Организатор: МАГ"
    # Another with its dates typed as text and an Excel date, and no wording, among the events.
    last = row_of(ws, "Мероприятия по проектам ООН-Хабитат")
    ws.insert_rows(last)
    values = {"Вид": "event", "Мероприятие": "Выставка «Город будущего»", "Начало": "10.11.2026"}
    values |= {"Место": "Казань", "Организаторы": "МАГ; Правительство Республики Татарстан"}
    for label, value in values.items():
        ws.cell(last, col[label]).value = value
    ws.cell(last, col["Окончание"]).value = dt.datetime(2026, 11, 12)


@cache
def edited_2026() -> bytes:
    return edit(render(corpus_plan("plan-2026.docx"), "xlsx"), _edit_2026)


def test_an_edited_workbook_becomes_the_edited_plan(tmp_path: Path) -> None:
    path = tmp_path / "edited.xlsx"
    path.write_bytes(edited_2026())
    plan = magplan.read_plan(path)
    original = corpus_plan("plan-2026.docx")
    assert len(plan.records) == len(original.records) + 1  # one deleted, two added

    conference = find(plan, "Конференция представителей СМИ")
    assert (conference.place, conference.date_text) == ("Санкт-Петербург", "март")
    assert (conference.date_start, conference.date_end) == (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    conflicts = [w for w in plan.warnings if w.code == "date_conflict"]
    assert len(conflicts) == 1 and "01.02.2026" in conflicts[0].message
    assert conflicts[0].item == plan.records.index(conference)

    assert not any(item.title.startswith("«Круглы стол»") for item in plan.records)

    council = find(plan, "Заседание Совета МАГ")
    assert plan.records.index(council) == 1  # where it was typed, not at the end
    assert (council.kind, council.date_text, council.date_start) == ("event", None, None)
    assert council.organizers == ["МАГ"]
    # «1а» is no number: said so, and the row numbered after the one above so the document keeps it a row.
    assert any(w.code == "bad_cell" and "1а" in w.message for w in plan.warnings)
    assert council.number == 2 and any(w.code == "number_assigned" for w in plan.warnings)

    expo = find(plan, "Выставка")
    assert plan.records[plan.records.index(expo) + 1].title.startswith("Мероприятия по проектам ООН-Хабитат")
    assert expo.title == "Выставка «Город будущего»" and expo.section == ""
    assert (expo.date_text, expo.date_start, expo.date_end) == (
        "10-12 ноября",
        dt.date(2026, 11, 10),
        dt.date(2026, 11, 12),
    )
    assert expo.date_precision == "day"
    assert expo.organizers == ["МАГ", "Правительство Республики Татарстан"]
    assert expo.note == "Организаторы: МАГ, Правительство Республики Татарстан"

    # Everything not edited is as it was.
    untouched = [i for i in original.records if not i.title.startswith(("«Круглы", "Конференция представителей"))]
    assert all(item in plan.records for item in untouched)


def test_the_edit_shows_in_the_regenerated_docx(tmp_path: Path) -> None:
    """plan.xlsx → DOCX → read back: the official document carries the edits."""
    source = tmp_path / "edited.xlsx"
    source.write_bytes(edited_2026())
    assert main(["convert", str(source), "--to", "docx,json", "--out", str(tmp_path / "out")]) == 0
    docx = magplan.read_plan(tmp_path / "out" / "edited.docx")
    from_workbook = json.loads((tmp_path / "out" / "edited.json").read_text(encoding="utf-8"))
    assert docx.document.title == from_workbook["document"]["title"]
    assert docx.document.signatory is not None and docx.document.signatory.name == "Ю.Н. Васюнькин"
    conference = find(docx, "Конференция представителей СМИ")
    assert (conference.place, conference.date_text, conference.date_start) == (
        "Санкт-Петербург",
        "март",
        dt.date(2026, 3, 1),
    )
    assert find(docx, "Выставка «Город будущего»").date_start == dt.date(2026, 11, 10)
    assert find(docx, "Заседание Совета МАГ").organizers == ["МАГ"]
    assert not any(item.title.startswith("«Круглы стол»") for item in docx.records)
    # The DOCX reads back to exactly what the workbook gave (numbers aside: a row typed without one has none).
    assert mismatches(from_workbook, docx.to_dict(), pages=False) == []


def test_rows_reordered_and_cells_in_russian_words(tmp_path: Path) -> None:
    """Sorting the sheet reorders the plan; «да»/«нет», Russian kinds and recurrences read as codes."""

    def change(wb: openpyxl.Workbook) -> None:
        ws = all_sheet(wb)
        col = {cell.value: cell.column for cell in ws[1]}
        rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2)]
        rows.reverse()
        for r, values in enumerate(rows, start=2):
            for c, value in enumerate(values, start=1):
                ws.cell(r, c).value = value
        for r in range(2, ws.max_row + 1):
            cell = ws.cell(r, col["Ориентировочно"])
            cell.value = "да" if cell.value in (True, "да") else "нет"
            kind = ws.cell(r, col["Вид"])
            kind.value = {"event": "Мероприятие", "city_day": "День города"}.get(str(kind.value), kind.value)

    plan = corpus_plan("plan-2026.docx")
    path = tmp_path / "sorted.xlsx"
    path.write_bytes(edit(render(plan, "xlsx"), change))
    again = magplan.read_plan(path)
    assert [i.title for i in again.records] == [i.title for i in reversed(plan.records)]
    assert without_provenance(Plan(again.document, list(reversed(again.records))).to_dict()) == without_provenance(
        plan.to_dict()
    )


def test_an_edit_on_a_kind_sheet_is_taken(tmp_path: Path) -> None:
    """The clerk edits «Дни городов» (not «Все»): that sheet's rows are read, in their places."""
    plan = corpus_plan("plan-2026.docx")

    def change(wb: openpyxl.Workbook) -> None:
        ws: Worksheet = wb["Дни городов"]
        col = {cell.value: cell.column for cell in ws[1]}
        r = row_of(ws, "Астана")
        ws.cell(r, col["Срок (как в плане)"]).value = "7 июля"
        ws.delete_rows(row_of(ws, "Цхинвал"))

    path = tmp_path / "kind.xlsx"
    path.write_bytes(edit(render(plan, "xlsx"), change))
    again = magplan.read_plan(path)
    astana = find(again, "Астана")
    assert (astana.date_text, astana.date_start) == ("7 июля", dt.date(2026, 7, 7))
    assert not any(item.title == "Цхинвал" for item in again.records)
    assert len(again.records) == len(plan.records) - 1
    assert [i.kind for i in again.records] == [i.kind for i in plan.records if i.title != "Цхинвал"]
    assert [w.code for w in again.warnings] == ["date_conflict"]  # the dates columns still say 5-6 July


def test_edits_on_both_sheets_read_all_and_say_so(tmp_path: Path) -> None:
    plan = corpus_plan("plan-2026.docx")

    def change(wb: openpyxl.Workbook) -> None:
        for sheet, day in (("Дни городов", 8), ("Все", 7)):
            ws: Worksheet = wb[sheet]
            ws.cell(row_of(ws, "Астана"), column(ws, "Срок (как в плане)")).value = f"{day} июля"

    path = tmp_path / "both.xlsx"
    path.write_bytes(edit(render(plan, "xlsx"), change))
    again = magplan.read_plan(path)
    assert find(again, "Астана").date_text == "7 июля"
    assert [w.code for w in again.warnings] == ["sheets_both_edited", "date_conflict"]


def test_requisites_come_from_the_document_sheet(tmp_path: Path) -> None:
    plan = corpus_plan("plan-2025.docx")

    def change(wb: openpyxl.Workbook) -> None:
        ws: Worksheet = wb["Документ"]
        for row in ws.iter_rows(min_row=2):
            if row[0].value == "Утверждает: подпись":
                row[1].value = "А.Б. Новиков"
            if row[0].value == "Год":
                row[1].value = "2027"
        ws.append(["Сноска 1", "Даты указаны ориентировочно"])

    path = tmp_path / "req.xlsx"
    path.write_bytes(edit(render(plan, "xlsx"), change))
    again = magplan.read_plan(path)
    assert again.document.approval is not None and again.document.approval.name == "А.Б. Новиков"
    assert again.document.footnotes == ["Даты указаны ориентировочно"]
    # The plan's year moves every date that names no year of its own.
    assert again.document.year == 2027
    assert {i.date_start.year for i in again.records if i.date_start} == {2027}


def test_a_workbook_without_its_document_sheet_keeps_its_items(tmp_path: Path) -> None:
    plan = corpus_plan("plan-2026.docx")
    path = tmp_path / "no-doc.xlsx"
    path.write_bytes(edit(render(plan, "xlsx"), lambda wb: wb.remove(wb["Документ"])))
    again = magplan.read_plan(path)
    assert again.document.year == 2026 and again.document.title is None
    assert [w.code for w in again.warnings] == ["no_document_sheet"]
    assert without_provenance(again.to_dict())["items"] == without_provenance(plan.to_dict())["items"]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_workbook_saved_by_libreoffice_reads_the_same(tmp_path: Path) -> None:
    """LibreOffice stores booleans as numbers and dates as serial numbers; nothing may change."""
    plan = corpus_plan("plan-2026.docx")
    source = tmp_path / "in" / "plan.xlsx"
    source.parent.mkdir()
    source.write_bytes(render(plan, "xlsx"))
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--convert-to",
         "xlsx:Calc MS Excel 2007 XML", "--outdir", str(tmp_path / "out"), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    again = magplan.read_plan(tmp_path / "out" / "plan.xlsx")
    assert without_provenance(again.to_dict()) == without_provenance(plan.to_dict())
    assert not again.warnings


# -- any sheet with a plan table ------------------------------------------------------

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
MARK = "¹"


def _rich(text: str, marker: str = "") -> CellRichText | str:
    if not marker:
        return text
    return CellRichText([TextBlock(InlineFont(), text), TextBlock(InlineFont(vertAlign="superscript"), marker)])


def secretariat_sheet(data: dict[str, Any], place_and_date: bool = True) -> bytes:
    """A plan typed into a spreadsheet by a secretariat, from a plan's JSON.

    Title above; an approval block at the right; a ruled table whose section
    rows are merged across, whose continuation of a long member list is a
    second row with the № cell merged down; superscript footnote markers on
    approximate sections; a blank row, the footnote and the signature below.
    """
    doc = data["document"]
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "План"
    responsible = any(i["responsible"] for i in data["items"])
    width = (4 if place_and_date else 5) + responsible
    if doc["approval"]:
        approval = doc["approval"]
        lines = ["УТВЕРЖДАЮ", approval["position"], f"_______ {approval['name']}", approval["date_text"]]
        if approval["name"] is None:  # an act approves (rule 7 b)
            lines = ["УТВЕРЖДЕНО", approval["position"], f"от {approval['date_text']} № {approval['number']}"]
        for line in lines:
            ws.append([None] * (width - 1) + [line])
    ws.append([doc["title"]])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=width)
    ws.append([])
    header = ["№ п/п", "Мероприятия", "Место, дата", "Примечание"]
    if not place_and_date:
        header = ["№ п/п", "Наименование мероприятия", "Место проведения", "Срок проведения", "Примечание"]
    if responsible:
        header.append("Ответственные исполнители")
    ws.append(header)
    footnote = next((n for n in doc["footnotes"] if "ориентировочн" in n.lower()), None)
    section = ""
    for item in data["items"]:
        if item["section"] != section:
            section = item["section"]
            marked = footnote and all(i["approximate"] for i in data["items"] if i["section"] == section)
            ws.append([_rich(section, MARK if marked else "")])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=width)
        city = item["kind"] in ("anniversary", "city_day")
        members = item["members"]
        head = item["title"] + (":" if members else "")
        first, rest = members[:2], members[2:]
        title = "\n".join([head, *(f"• {m}" for m in first)])
        number = f"{item['number']}." if item["number"] is not None else ""
        if city:
            age = f"{item['age_years']} лет" if item["age_years"] is not None else ""
            cells = [number, title, age, item["date_text"] or ""]
            if not place_and_date:
                cells.insert(3, "")
        elif place_and_date:
            cells = [number, title, "\n".join(filter(None, [item["place"], item["date_text"]])), item["note"] or ""]
        else:
            cells = [number, title, item["place"] or "", item["date_text"] or "", item["note"] or ""]
        if responsible:
            cells.append(item["responsible"] or "")
        ws.append(cells)
        if rest:
            ws.append(["", "\n".join(f"• {m}" for m in rest)])
            ws.merge_cells(start_row=ws.max_row - 1, start_column=1, end_row=ws.max_row, end_column=1)
    last = ws.max_row
    for row in ws.iter_rows(min_row=last - (last - 1), max_row=last):
        if row[0].row >= next(r for r in range(1, last + 1) if ws.cell(r, 1).value == "№ п/п"):
            for cell in row[:width]:
                cell.border = BOX
    ws.append([])
    if footnote:
        ws.append([_rich(" " + footnote, MARK) if False else f"{MARK} {footnote}"])
    if doc["signatory"]:
        ws.append([doc["signatory"]["position"], None, None, doc["signatory"]["name"]])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


SECRETARIAT_SHEETS = [
    (name, place_and_date)
    for name, place_and_date in [
        ("plan-2026.docx", True),
        ("plan-2025.docx", False),
        ("plan-2025.docx", True),
        ("plan-2028-commission.docx", False),
    ]
    if name in ALL_PLANS
]


@pytest.mark.parametrize(("name", "place_and_date"), SECRETARIAT_SHEETS)
def test_a_secretariat_spreadsheet_reads_like_its_document(name: str, place_and_date: bool, tmp_path: Path) -> None:
    want = expected(name)
    path = tmp_path / "secretariat.xlsx"
    path.write_bytes(secretariat_sheet(want, place_and_date))
    got = magplan.read_plan(path).to_dict()
    assert got["document"]["format"] == "xlsx"
    assert mismatches(want, got, pages=False) == []


def test_a_workbook_without_a_plan_table_is_refused(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Бюджет", "Сумма"])
    ws.append(["Аренда", 100])
    path = tmp_path / "budget.xlsx"
    wb.save(path)
    with pytest.raises(magplan.NoPlanFound):
        magplan.read_plan(path)


# -- bad input is one line, exit 2 ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("broken.json", b'{"items": [', "not a JSON plan"),
        ("other.json", b'{"hello": 1}', "not a JSON plan"),
        ("kind.json", b'{"items": [{"kind": "party", "title": "x"}]}', "items[0].kind"),
        (
            "date.json",
            b'{"items": [{"kind": "event", "title": "x", "date_start": "2026-02-30"}]}',
            "items[0].date_start",
        ),
        ("broken.xlsx", b"PK\x03\x04 not really a workbook", "damaged"),
        ("text.xlsx", "Мероприятия;Место".encode(), "damaged"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    name: str, content: bytes, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert main(["convert", str(path), "--to", "json", "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


# -- wording of typed dates -----------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    year=st.integers(2020, 2030),
    start=st.dates(dt.date(2019, 1, 1), dt.date(2031, 12, 31)),
    days=st.integers(0, 400),
    deadline=st.booleans(),
)
def test_typed_dates_get_a_wording_that_reads_back(year: int, start: dt.date, days: int, deadline: bool) -> None:
    end = start + dt.timedelta(days=days)
    wording = period_wording(None if deadline else start, end, year)
    assert wording is not None
    span = parse_period(wording, year)
    assert span.recognized, wording
    assert (span.start, span.end) == (None if deadline else start, end), wording


@pytest.mark.parametrize(
    ("field", "typed", "code"),
    [
        ("kind", "Юбилеи городов", "anniversary"),  # the sheet's heading for the kind
        ("kind", "  день   ГОРОДА ", "city_day"),
        ("kind", "event", "event"),  # an older workbook wrote codes
        ("date_precision", "полгода", "half_year"),
        ("recurrence", "Ежеквартально", "quarterly"),
        ("approximate", "✓", True),
        ("approximate", "ЛОЖЬ", False),
        ("members", "Москва\nМинск; Ереван", ["Москва", "Минск", "Ереван"]),
    ],
)
def test_the_workbook_reads_its_words_back_the_same_way_everywhere(field: str, typed: str, code: object) -> None:
    # One vocabulary (magplan.write.labels) for both readers: the edited workbook read as a plan, and
    # `read_items`, the «Все» sheet back as a table.
    from magplan.extract import _xlsx_values as values
    from magplan.write.labels import field_from_cell

    readers = {"approximate": values.boolean, "members": values.text_list}
    edited = readers[field](typed) if field in readers else values.code(typed, field)
    assert edited == code
    if field != "members":  # the «Все» sheet writes one entry a line; «;» is for hands only
        assert field_from_cell(field, typed) == code


def test_a_word_outside_the_vocabulary_is_named_with_the_words_it_could_be() -> None:
    from magplan.extract import _xlsx_values as values

    with pytest.raises(values.BadCell, match=r"«Семинар» is not a value of «.+» \(one of «Мероприятие»"):
        values.code("Семинар", "kind")
    with pytest.raises(values.BadCell, match="neither «да» nor «нет»"):
        values.boolean("может быть")


def test_the_sheets_after_the_plans_own_are_not_laid_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A plan over two sheets, then two sheets of other plans (each with a heading of its own):
    the plan is read from its two sheets, the others are named in a warning, and the sheets after
    the plan's run are never laid out (nothing of them is kept)."""
    from magplan.extract import xlsx

    wb = openpyxl.Workbook()
    sheets = [("I квартал", "План мероприятий на 2027 год"), ("II квартал", None), ("2026", "План на 2026 год"),
              ("2025", "План на 2025 год")]  # fmt: skip
    for n, (name, heading) in enumerate(sheets):
        ws = wb.active if n == 0 else wb.create_sheet(name)
        assert ws is not None
        ws.title = name
        if heading:
            ws.append([heading])
        ws.append(["№", "Мероприятие", "Дата"])
        ws.append([n + 1, f"Концерт {n + 1}", "март"])
    wb.save(tmp_path / "plan.xlsx")
    laid_out: list[str] = []
    sheet_layout = xlsx._sheet_layout

    def counted(ws: Worksheet, table: Any) -> Any:
        laid_out.append(ws.title)
        return sheet_layout(ws, table)

    monkeypatch.setattr(xlsx, "_sheet_layout", counted)
    plan = magplan.read_plan(tmp_path / "plan.xlsx")
    assert [i.title for i in plan.records] == ["Концерт 1", "Концерт 2"]
    skipped = [w.message for w in plan.warnings if w.code == "sheet_skipped"]
    assert len(skipped) == 2 and "«2026»" in skipped[0] and "«2025»" in skipped[1]
    assert laid_out == ["I квартал", "II квартал", "2026"]
