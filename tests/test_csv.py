"""The CSV profiles: rfc4180 (default) and excel-ru; formula guard; read-back with pandas."""

from __future__ import annotations

import csv
import io
from functools import cache
from pathlib import Path

import pandas as pd
import pytest

import magplan
from magplan.cli import main
from magplan.model import (
    DATE_COLUMNS,
    LIST_COLUMNS,
    PERIOD_COLUMNS,
    TABLE_COLUMNS,
    DocumentInfo,
    Item,
    Plan,
    periods_from_text,
)
from magplan.write import render
from magplan.write.labels import COLUMN_LABELS, FIELD_BY_LABEL, field_from_cell
from magplan.write.to_csv import guard_formula
from tests.corpus import CORPUS

BOM = b"\xef\xbb\xbf"


@cache
def corpus_plan(name: str) -> Plan:
    return magplan.read_plan(CORPUS / name)


def records(data: bytes, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=delimiter))


def injection_plan() -> Plan:
    doc = DocumentInfo(source="=evil.docx", format="docx", title="=1+2", year=2026)
    items = [
        Item(kind="event", section="", number=1, title="=1+2", members=["=HYPERLINK(1)", "b"]),
        Item(kind="event", section="+раздел", number=2, title="@SUM(A1)", note="-5"),
        Item(kind="event", section="", number=3, title="-5", place="\tМосква", organizers=["МАГ", "=x"]),
        Item(kind="event", section="", number=4, title="Форум 2026 = итоги", responsible="А. Б."),
    ]
    return Plan(doc, items)


def test_default_is_rfc4180_with_bom_commas_and_crlf() -> None:
    data = render(corpus_plan("plan-2026.docx"), "csv")
    assert data.startswith(BOM) and not data.startswith(BOM + BOM)
    text = data.decode("utf-8-sig")
    assert text.split("\r\n", 1)[0] == ",".join(TABLE_COLUMNS)
    assert text.endswith("\r\n")
    rows = records(data, ",")
    assert len(rows) == 1 + 40 and all(len(row) == len(TABLE_COLUMNS) for row in rows)
    # Every record ends in CRLF; the only bare LFs are inside quoted fields.
    assert text.count("\r\n") == len(rows)
    multiline = next(row for row in rows if "\n" in row[5])
    assert multiline[5].startswith("Участие в Международном экономическом Форуме")
    # Quoted whole, inner quotes doubled (RFC 4180 §2.6-2.7).
    assert '"' + multiline[5].replace('"', '""') + '"' in text and '""Город, где хочется жить""' in text


def test_excel_ru_uses_semicolons_and_no_sep_line() -> None:
    data = render(corpus_plan("plan-2026.docx"), "csv", dialect="excel-ru")
    assert data.startswith(BOM)
    text = data.decode("utf-8-sig")
    first = text.split("\r\n", 1)[0]
    assert first == ";".join(COLUMN_LABELS[name] for name in TABLE_COLUMNS) and not first.lower().startswith("sep=")
    assert first.startswith("Год;Источник;Вид;Раздел;№;Мероприятие;")
    assert text.count("\r\n") == 1 + 40
    rows = records(data, ";")
    assert all(len(row) == len(TABLE_COLUMNS) for row in rows)
    # A list is one entry per line inside its quoted cell: «; » would read like the column separator.
    assert '"ВАРМСУ\nАГП\nАГУ\nАСДГ\nСГЦСЗ России"' in text


def test_excel_ru_says_every_code_in_russian() -> None:
    rows = records(render(corpus_plan("plan-2026.docx"), "csv", dialect="excel-ru"), ";")
    col = {name: rows[0].index(COLUMN_LABELS[name]) for name in TABLE_COLUMNS}
    astana = next(r for r in rows[1:] if r[col["title"]] == "Астана")
    assert astana[col["kind"]] == "День города" and astana[col["date_precision"]] == "день"
    assert astana[col["approximate"]] == "да" and astana[col["participation"]] == "нет"
    assert astana[col["date_start"]] == "05.07.2026" and astana[col["date_end"]] == "06.07.2026"
    quarterly = next(r for r in rows[1:] if r[col["date_text"]] == "ежеквартал.")
    assert quarterly[col["recurrence"]] == "ежеквартально" and quarterly[col["kind"]] == "Информационная работа"
    codes = {"event", "information", "anniversary", "city_day", "day", "month", "quarterly", "true", "false"}
    assert not codes & {cell for row in rows[1:] for cell in row}


def test_default_csv_keeps_the_contracts_codes() -> None:
    rows = records(render(corpus_plan("plan-2026.docx"), "csv"), ",")
    col = {name: i for i, name in enumerate(rows[0])}
    assert {r[col["kind"]] for r in rows[1:]} == {"event", "information", "anniversary", "city_day"}
    assert {r[col["approximate"]] for r in rows[1:]} == {"true", "false"}


def test_unknown_dialect_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown CSV dialect"):
        render(corpus_plan("plan-2026.docx"), "csv", dialect="tsv")


def test_formula_guard_prefixes_an_apostrophe() -> None:
    rows = records(render(injection_plan(), "csv"), ",")
    col = {name: i for i, name in enumerate(rows[0])}
    first, second, third, fourth = rows[1:]
    assert first[col["title"]] == "'=1+2"
    assert first[col["members"]] == "'=HYPERLINK(1); b"
    assert first[col["source"]] == "'=evil.docx"
    assert second[col["title"]] == "'@SUM(A1)" and second[col["section"]] == "'+раздел"
    assert second[col["note"]] == "'-5"
    assert third[col["title"]] == "'-5" and third[col["place"]] == "'\tМосква"
    assert third[col["organizers"]] == "МАГ; =x"  # only a leading formula character matters
    assert fourth[col["title"]] == "Форум 2026 = итоги"
    # Numbers are written as numbers, never guarded.
    assert first[col["number"]] == "1" and first[col["year"]] == "2026"


@pytest.mark.parametrize("text", ["=1", "+1", "-1", "@A1", "\tx", "\rx"])
def test_guard_formula_covers_the_owasp_starts(text: str) -> None:
    assert guard_formula(text) == "'" + text


def test_values_lists_dates_booleans() -> None:
    rows = records(render(corpus_plan("plan-2026.docx"), "csv"), ",")
    col = {name: i for i, name in enumerate(rows[0])}
    item12 = next(r for r in rows[1:] if r[col["kind"]] == "event" and r[col["number"]] == "12")
    assert item12[col["members"]] == "ВАРМСУ; АГП; АГУ; АСДГ; СГЦСЗ России"
    assert item12[col["participation"]] == "true" and item12[col["approximate"]] == "false"
    astana = next(r for r in rows[1:] if r[col["title"]] == "Астана")
    assert astana[col["date_start"]] == "2026-07-05" and astana[col["date_end"]] == "2026-07-06"
    assert astana[col["age_years"]] == "28" and astana[col["note"]] == "" and astana[col["members"]] == ""


def read_back(data: bytes, delimiter: str) -> pd.DataFrame:
    """The CSV as the contract's table: what a pandas user does with it."""
    raw = pd.read_csv(
        io.BytesIO(data), sep=delimiter, encoding="utf-8-sig", dtype=str, keep_default_na=False, na_values=[""]
    )
    if delimiter == ";":
        return read_back_human(raw)
    out: dict[str, pd.Series] = {}
    for name, dtype in TABLE_COLUMNS.items():
        column = raw[name]
        if name in LIST_COLUMNS:
            out[name] = pd.Series([v.split("; ") if isinstance(v, str) else [] for v in column], dtype="object")
        elif name in DATE_COLUMNS:
            out[name] = pd.Series(pd.to_datetime(column), dtype=dtype)
        elif name in PERIOD_COLUMNS:
            out[name] = pd.Series([periods_from_text(v) if isinstance(v, str) else [] for v in column], dtype="object")
        elif dtype == "bool":
            out[name] = column.map({"true": True, "false": False}).astype(bool)
        elif dtype == "Int64":
            out[name] = pd.to_numeric(column).astype("Int64")
        else:
            out[name] = column.astype("string")
    frame = pd.DataFrame(out)
    frame["section"] = frame["section"].fillna("")  # never null: an empty field is the empty heading
    return frame


def read_back_human(raw: pd.DataFrame) -> pd.DataFrame:
    """excel-ru: Russian headers and words, mapped back by the labels module."""
    raw = raw.rename(columns=FIELD_BY_LABEL)
    out: dict[str, pd.Series] = {}
    for name, dtype in TABLE_COLUMNS.items():
        values = [field_from_cell(name, None if pd.isna(v) else v) for v in raw[name]]
        if name in DATE_COLUMNS:
            out[name] = pd.Series(pd.to_datetime(values, format="%d.%m.%Y"), dtype=dtype)
        elif dtype == "Int64":
            out[name] = pd.to_numeric(pd.Series(values, dtype="object")).astype("Int64")
        elif dtype == "string":
            out[name] = pd.Series(values, dtype="string")
        else:
            out[name] = pd.Series(values, dtype=dtype if dtype == "bool" else "object")
    frame = pd.DataFrame(out)
    frame["section"] = frame["section"].fillna("")
    return frame


@pytest.mark.parametrize("dialect, delimiter", [("rfc4180", ","), ("excel-ru", ";")])
@pytest.mark.parametrize("name", ["plan-2026.docx", "plan-2025.docx"])
def test_pandas_reads_back_the_items_table(name: str, dialect: str, delimiter: str) -> None:
    plan = corpus_plan(name)
    back = read_back(render(plan, "csv", dialect=dialect), delimiter)
    pd.testing.assert_frame_equal(back, plan.items)


def test_cli_csv_dialect_option(tmp_path: Path) -> None:
    plan = CORPUS / "plan-2025.docx"
    assert main(["convert", str(plan), "--to", "csv", "--csv-dialect", "excel-ru", "--out", str(tmp_path)]) == 0
    data = (tmp_path / "plan-2025.csv").read_bytes()
    assert data.startswith(BOM) and data.decode("utf-8-sig").startswith("Год;Источник;Вид;")
    assert main(["convert", str(plan), "--to", "csv", "--out", str(tmp_path)]) == 0
    assert (tmp_path / "plan-2025.csv").read_bytes().decode("utf-8-sig").startswith("year,source,kind,")


def test_unknown_keyword_is_a_type_error(tmp_path: Path) -> None:
    plan = corpus_plan("plan-2025.docx")
    with pytest.raises(TypeError, match="csv_dialect"):
        plan.write("csv", tmp_path / "p.csv", csv_dialect="excel-ru")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="delimiter"):
        render(plan, "csv", delimiter=";")  # type: ignore[call-arg]
    assert not list(tmp_path.iterdir())
    plan.write("csv", tmp_path / "p.csv", dialect="excel-ru")
    assert (tmp_path / "p.csv").read_bytes().decode("utf-8-sig").startswith("Год;")
