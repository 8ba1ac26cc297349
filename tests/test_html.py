"""The HTML extractor: the corpus portal pages, office-exported pages, encodings, spans."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import magplan
from magplan.errors import DamagedFile, NoPlanFound
from magplan.extract import html as html_extract
from magplan.layout import Paragraph, Table
from magplan.text import clean
from tests.corpus import CORPUS, documents, expected, mismatches

HEADER = "<tr><td>№ п/п</td><td>Мероприятия</td><td>Место, дата</td><td>Примечание</td></tr>"
TITLE = "<p><b>План мероприятий<br>Международной Ассамблеи столиц и крупных городов (МАГ)<br>на 2026 год</b></p>"
SIGNATURE = "<p>Исполнительный вице-президент,<br>генеральный директор МАГ</p><p>Ю.Н.&nbsp;Васюнькин</p>"


def _write(path: Path, body: str, head: str = '<meta charset="utf-8">', encoding: str = "utf-8") -> Path:
    path.write_bytes(f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode(encoding))
    return path


def _plan_page(rows: str, header: str = HEADER, before: str = TITLE, after: str = SIGNATURE) -> str:
    return f'{before}<table border="1">{header}{rows}</table>{after}'


def _read(tmp_path: Path, body: str) -> magplan.Plan:
    return magplan.read_plan(_write(tmp_path / "plan.html", body))


def _grid(table: Table) -> list[list[tuple[str, int, bool]]]:
    return [[(c.text, c.colspan, c.merged_up) for c in row.cells] for row in table.rows]


# -- the development corpus ---------------------------------------------------


@pytest.mark.parametrize("name", documents(".html"))
def test_corpus_page_matches_expected_json(name: str) -> None:
    got = magplan.read_plan(CORPUS / name).to_dict()
    assert mismatches(expected(name), got) == []
    assert got["warnings"] == []
    assert (got["document"]["source"], got["document"]["format"]) == (name, "html")


@pytest.mark.parametrize("name", documents(".html"))
def test_corpus_grid_matches_cells_json(name: str) -> None:
    want = json.loads((CORPUS / f"{name}.cells.json").read_text(encoding="utf-8"))
    tables = [b for b in html_extract.extract(CORPUS / name).blocks if isinstance(b, Table) and b.ruled]
    plain = str.maketrans("¹²³", "123")  # the corpus prints superscript markers as plain text
    got = [[[" ".join(c.text.split()).translate(plain) for c in r.cells] for r in t.rows] for t in tables]
    # A rowspan leaves no cell in the markup: compare without the empty cells (corpus README).
    assert [[[c for c in r if c] for r in t] for t in got] == [[[c for c in r if c] for r in t] for t in want]


def test_corpus_page_chrome_is_not_text() -> None:
    texts = [b.text for b in html_extract.extract(CORPUS / "plan-2026.html").blocks if isinstance(b, Paragraph)]
    joined = "\n".join(texts)
    for chrome in ("Международная Ассамблея столиц и крупных городов (МАГ) —", "Об Ассамблее", "Новости городов", "©"):
        assert chrome not in joined
    assert "Ю.Н. Васюнькин" in texts


def test_news_page_without_plan_table_is_refused() -> None:
    layout = html_extract.extract(CORPUS / "bad-no-table.html")
    assert not any(isinstance(b, Table) for b in layout.blocks)
    assert any("план мероприятий" in b.text for b in layout.blocks if isinstance(b, Paragraph))
    with pytest.raises(NoPlanFound, match="no plan table"):
        magplan.read_plan(CORPUS / "bad-no-table.html")


# -- encodings and bytes that are no page ---------------------------------------

CP1251_DECLARATIONS = {
    "meta charset": '<meta charset="windows-1251">',
    "http-equiv": '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
    "undeclared": "",
    "declared Western": '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
}


@pytest.mark.parametrize("declaration", CP1251_DECLARATIONS.values(), ids=CP1251_DECLARATIONS.keys())
def test_legacy_cp1251_page_keeps_cyrillic(tmp_path: Path, declaration: str) -> None:
    source = (CORPUS / "plan-2026.html").read_text(encoding="utf-8").replace('<meta charset="utf-8">', declaration)
    # «ⁱ» has no cp1251 code: a legacy page prints the marker as <sup>i</sup>.
    page = tmp_path / "plan-2026.html"
    page.write_bytes(source.replace("ⁱ", "<sup>i</sup>").encode("cp1251"))
    assert mismatches(expected("plan-2026.html"), magplan.read_plan(page).to_dict()) == []


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_byte_order_mark_decides_the_encoding(tmp_path: Path, encoding: str) -> None:
    page = tmp_path / "plan-2026.html"
    page.write_bytes((CORPUS / "plan-2026.html").read_text(encoding="utf-8").encode(encoding))
    assert mismatches(expected("plan-2026.html"), magplan.read_plan(page).to_dict()) == []


# Where a page's only bytes that are no UTF-8 may stand: libxml2 tells most of them while it
# parses, but skips a DOCTYPE's identifiers, reports no more than 100 errors and stops reading
# at a depth limit; wherever they stand, the page is not UTF-8 and is read in the legacy encoding.
_NOT_UTF8 = "Мэрия".encode("cp1251")
_NOT_UTF8_PLACES = {
    "text": b"<p>" + _NOT_UTF8 + b"</p>",
    "attribute": b'<p title="' + _NOT_UTF8 + b'">x</p>',
    "comment": b"<!-- " + _NOT_UTF8 + b" -->",
    "script": b"<script>var a = '" + _NOT_UTF8 + b"';</script>",
    "doctype identifier": b'<!DOCTYPE html PUBLIC "-//' + _NOT_UTF8 + b'//DTD HTML 4.01//EN">',
    "doctype past its name": b"<!DOCTYPE html " + _NOT_UTF8 + b">",
    "misplaced doctype": b"<p>x</p><!DOCTYPE html " + _NOT_UTF8 + b">",
    "after 100 parse errors": b"</zz>" * 120 + b"<p>" + _NOT_UTF8 + b"</p>",
    "past the depth limit": b"<font>" * 300 + b"<p>" + _NOT_UTF8 + b"</p>",
}


@pytest.mark.parametrize("place", _NOT_UTF8_PLACES.values(), ids=_NOT_UTF8_PLACES.keys())
def test_a_page_that_is_no_utf8_in_one_place_is_read_in_the_legacy_encoding(place: bytes) -> None:
    utf8 = "<p>Привет</p>".encode()
    paragraphs = [b.text for b in html_extract.layout_of(place + utf8).blocks if isinstance(b, Paragraph)]
    # The UTF-8 paragraph read as cp1251, as every byte of a page that is no UTF-8 is.
    assert paragraphs[-1] == "Привет".encode().decode("cp1251")
    # The same page in UTF-8 throughout is read as UTF-8.
    page = place.replace(_NOT_UTF8, "Мэрия".encode()) + utf8
    assert [b.text for b in html_extract.layout_of(page).blocks if isinstance(b, Paragraph)][-1] == "Привет"


def test_binary_file_named_html_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "image.html"
    page.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40)
    with pytest.raises(DamagedFile) as failure:
        magplan.read_plan(page)
    assert "\n" not in str(failure.value)


# -- tables ------------------------------------------------------------------------


def test_rowspan_cells_are_merged_up_at_their_grid_position(tmp_path: Path) -> None:
    rows = (
        '<tr><td rowspan="3">A</td><td colspan="2" rowspan="2">B</td><td>C</td></tr>'
        "<tr><td>D</td></tr>"
        "<tr><td>E</td><td>F</td><td>G</td></tr>"
        '<tr><td>H</td><td>I</td><td rowspan="2">J</td></tr>'
        "<tr><td>K</td></tr>"
    )
    layout = html_extract.extract(_write(tmp_path / "t.html", f"<table>{rows}</table>"))
    (table,) = [b for b in layout.blocks if isinstance(b, Table)]
    assert _grid(table) == [
        [("A", 1, False), ("B", 2, False), ("C", 1, False)],
        [("", 1, True), ("", 2, True), ("D", 1, False)],
        [("", 1, True), ("E", 1, False), ("F", 1, False), ("G", 1, False)],
        [("H", 1, False), ("I", 1, False), ("J", 1, False)],
        # A short row: the rowspan of J still reaches its third column.
        [("K", 1, False), ("", 1, False), ("", 1, True)],
    ]


def test_two_level_header_names_the_columns_under_a_spanning_cell(tmp_path: Path) -> None:
    header = (
        '<tr><th rowspan="2">№ п/п</th><th rowspan="2">Мероприятия</th>'
        '<th colspan="2">Место и сроки проведения</th><th rowspan="2">Примечание</th></tr>'
        "<tr><th>Место</th><th>Срок</th></tr>"
    )
    row = "<tr><td>1.</td><td>Сессия</td><td>Москва</td><td>июнь</td><td>Организатор: МАГ</td></tr>"
    records = _read(tmp_path, _plan_page(row + header + row.replace("1.", "2."), header=header)).records
    assert [(i.number, i.place, i.date_text, i.note) for i in records] == [
        (1, "Москва", "июнь", "Организатор: МАГ"),
        (2, "Москва", "июнь", "Организатор: МАГ"),
    ]


def test_caption_of_the_plan_table_is_its_title(tmp_path: Path) -> None:
    page = f"<table border=1><caption>План мероприятий МАГ на 2027 год</caption>{HEADER}"
    page += "<tr><td>1.</td><td>Сессия</td><td>Москва<br>июнь</td><td></td></tr></table>"
    plan = _read(tmp_path, page)
    assert (plan.document.title, plan.document.year) == ("План мероприятий МАГ на 2027 год", 2027)
    assert plan.records[0].date_start is not None and plan.records[0].date_start.year == 2027


def test_rowspan_continuation_row_gives_members_to_the_item_above(tmp_path: Path) -> None:
    rows = (
        '<tr><td rowspan="2">12.</td><td>Участие в годовых собраниях:<ul><li>• ВАРМСУ</li></ul></td>'
        '<td rowspan="2">по отдельному графику</td><td rowspan="2">&nbsp;</td></tr>'
        "<tr><td><ul><li>• АГУ</li><li>• АСДГ</li></ul></td></tr>"
        "<tr><td>13.</td><td>XIX&nbsp;Международный конгресс</td><td>Москва<br>май</td><td></td></tr>"
    )
    items = _read(tmp_path, _plan_page(rows)).records
    assert [(i.number, i.title, i.members) for i in items] == [
        (12, "Участие в годовых собраниях", ["ВАРМСУ", "АГУ", "АСДГ"]),
        (13, "XIX Международный конгресс", []),
    ]
    assert (items[0].recurrence, items[1].place, items[1].date_text, items[1].edition) == (
        "separate_schedule", "Москва", "май", 19
    )  # fmt: skip


def test_rowspan_responsible_cell_names_every_row_it_spans(tmp_path: Path) -> None:
    header = "<tr><th>№</th><th>Наименование мероприятия</th><th>Срок</th><th>Ответственные</th></tr>"
    rows = (
        '<tr><td>1.</td><td>Сессия</td><td>июнь</td><td rowspan="2">Иванов И.И.,<br>Петров П.П.</td></tr>'
        "<tr><td>2.</td><td>Совет</td><td>май</td></tr>"
        "<tr><td>3.</td><td>Форум</td><td>март</td><td></td></tr>"
    )
    items = _read(tmp_path, _plan_page(rows, header=header)).records
    assert [i.responsible for i in items] == ["Иванов И.И.,\nПетров П.П."] * 2 + [None]


@pytest.mark.parametrize(
    "cell",
    [
        "<p>Участие в собраниях:</p><ol><li>ВАРМСУ</li><li>АГП</li></ol>",
        "Участие в собраниях:<ul><li>ВАРМСУ</li><li>АГП</li></ul>",
        "<p>Участие в собраниях:</p><ul style='list-style-type:none'><li>– ВАРМСУ</li><li>– АГП</li></ul>",
        "Участие в собраниях:<br>• ВАРМСУ<br>• АГП",
    ],
    ids=["ol", "ul without bullets", "literal dashes", "br and bullets"],
)
def test_lists_in_cells_become_members(tmp_path: Path, cell: str) -> None:
    rows = f"<tr><td>1.</td><td>{cell}</td><td>по отдельному графику</td><td></td></tr>"
    (item,) = _read(tmp_path, _plan_page(rows)).records
    assert (item.title, item.members) == ("Участие в собраниях", ["ВАРМСУ", "АГП"])


def test_sections_written_as_numbered_lists_print_their_numbers(tmp_path: Path) -> None:
    # pandoc and LibreOffice write Word's auto-numbered section rows as one-item ordered lists:
    # a browser prints «I.», «II.» before them (no bullet), and a section drops its numeral.
    rows = (
        '<tr><td colspan="4"><ol type="I"><li><p><b>Мероприятия МАГ</b></p></li></ol></td></tr>'
        "<tr><td>1.</td><td>Сессия</td><td>Москва, апрель</td><td></td></tr>"
        '<tr><td colspan="4"><ol start="2" type="I"><li><p><b>Дни городов</b></p></li></ol></td></tr>'
        "<tr><td>2.</td><td>День города</td><td>Минск, май</td><td></td></tr>"
    )
    items = _read(tmp_path, _plan_page(rows)).records
    assert [(i.section, i.title) for i in items] == [("Мероприятия МАГ", "Сессия"), ("Дни городов", "День города")]


def test_outline_numbers_written_as_nested_lists_go_under_the_section_number(tmp_path: Path) -> None:
    # LibreOffice writes Word's outline-numbered «№» cells as empty list items, a level down as an
    # <ol> right inside an <ol> («1.2.» as <ol><ol start="2"><li>): the section's row prints «1.»,
    # its items' rows «1.1.», «1.2.», not «1.», «2.» (read so, the section was item 1).
    rows = (
        "<tr><td><ol><li><p></p></li></ol></td><td><b>Культурно-массовые мероприятия</b></td><td></td><td></td></tr>"
        "<tr><td><ol><ol><li><p></p></li></ol></ol></td><td>Сессия</td><td>Москва, апрель</td><td></td></tr>"
        '<tr><td><ol><ol start="2"><li><p></p></li></ol></ol></td><td>Форум</td><td>Минск, май</td><td></td></tr>'
    )
    layout = html_extract.extract(_write(tmp_path / "t.html", _plan_page(rows)))
    table = next(b for b in layout.blocks if isinstance(b, Table))
    assert [row.cells[0].text for row in table.rows[1:]] == ["1.", "1.1.", "1.2."]
    items = _read(tmp_path, _plan_page(rows)).records
    assert [(i.section, i.title) for i in items] == [
        ("Культурно-массовые мероприятия", "Сессия"),
        ("Культурно-массовые мероприятия", "Форум"),
    ]


def test_outline_numbers_three_levels_deep_go_under_the_level_above(tmp_path: Path) -> None:
    # A third level is an <ol> inside two <ol>s with no <li> of their own: «1.2.1.» goes under the
    # last «1.2.» before it, not under the section's «1.».
    rows = (
        "<tr><td><ol><li><p></p></li></ol></td><td><b>Мероприятия</b></td><td></td><td></td></tr>"
        "<tr><td><ol><ol><li><p></p></li></ol></ol></td><td>Сессия</td><td>Москва, апрель</td><td></td></tr>"
        '<tr><td><ol><ol start="2"><li><p></p></li></ol></ol></td><td>Форум</td><td>Минск, май</td><td></td></tr>'
        "<tr><td><ol><ol><ol><li><p></p></li></ol></ol></ol></td><td>Секция</td><td>Минск, май</td><td></td></tr>"
        '<tr><td><ol><ol><ol start="2"><li><p></p></li></ol></ol></ol></td>'
        "<td>Круглый стол</td><td>Минск, май</td><td></td></tr>"
        # A new section: its first item a level further down goes under nothing of the section above.
        '<tr><td><ol start="2"><li><p></p></li></ol></td><td><b>Дни городов</b></td><td></td><td></td></tr>'
        "<tr><td><ol><ol><ol><li><p></p></li></ol></ol></ol></td><td>Выставка</td><td>Минск, май</td><td></td></tr>"
        "<tr><td><ol><ol><li><p></p></li></ol></ol></td><td>Форум</td><td>Минск, май</td><td></td></tr>"
    )
    layout = html_extract.extract(_write(tmp_path / "t.html", _plan_page(rows)))
    table = next(b for b in layout.blocks if isinstance(b, Table))
    numbers = [row.cells[0].text for row in table.rows[1:]]
    assert numbers == ["1.", "1.1.", "1.2.", "1.2.1.", "1.2.2.", "2.", "1.", "2.1."]


def test_outline_numbers_go_on_over_a_table_written_in_parts(tmp_path: Path) -> None:
    # LibreOffice writes a table broken by page breaks as a table per part: «1.3.» in the second and
    # «1.5.» in the third still go under the section's «1.» in the first.  A bulleted list of
    # members in a title cell between them is no level of the outline (read so, «1.4.» was «4.»).
    first = (
        "<tr><td><ol><li><p></p></li></ol></td><td><b>Мероприятия</b></td><td></td><td></td></tr>"
        "<tr><td><ol><ol><li><p></p></li></ol></ol></td><td>Сессия</td><td>Москва, апрель</td><td></td></tr>"
        '<tr><td><ol><ol start="2"><li><p></p></li></ol></ol></td>'
        "<td><p>Форум</p><ul><li><p>Минск</p></li><li><p>Алматы</p></li></ul></td><td>май</td><td></td></tr>"
    )
    second = (
        '<tr><td><ol><ol start="3"><li><p></p></li></ol></ol></td><td>Съезд</td><td>Минск, июнь</td><td></td></tr>'
        '<tr><td><ol><ol start="4"><li><p></p></li></ol></ol></td><td>Выставка</td><td>Баку, июль</td><td></td></tr>'
    )
    third = '<tr><td><ol><ol start="5"><li><p></p></li></ol></ol></td><td>Форум</td><td>Ереван, май</td><td></td></tr>'
    parts = "<p><br></p>".join(f'<table border="1">{rows}</table>' for rows in (HEADER + first, second, third))
    layout = html_extract.extract(_write(tmp_path / "t.html", f"{TITLE}{parts}{SIGNATURE}"))
    tables = [b for b in layout.blocks if isinstance(b, Table)]
    numbers = [row.cells[0].text for table in tables for row in table.rows if not row.is_header]
    assert numbers[-5:] == ["1.1.", "1.2.", "1.3.", "1.4.", "1.5."]


def test_a_sections_city_rows_in_a_narrower_table_go_on_with_the_plan(tmp_path: Path) -> None:
    # A page whose sections are tables of their own: the anniversaries' table has a column fewer
    # than the plan's (number, city, date, age).  Its rows are the plan's city rows, not skipped; a
    # narrower table of other rows is no plan's.
    five = "<tr><td>№ п/п</td><td>Мероприятия</td><td>Срок</td><td>Место</td><td>Примечание</td></tr>"
    plan = "<tr><td>1.</td><td>Сессия МАГ</td><td>апрель</td><td>Москва</td><td></td></tr>"
    cities = "<tr><td>1.</td><td>Кишинев</td><td>май</td></tr><tr><td>2.</td><td>Брест</td><td>863 года</td></tr>"
    ages = "<tr><td>1.</td><td>Кишинев</td><td>май</td><td>863 года</td></tr>"
    ages += "<tr><td>2.</td><td>Брест</td><td>10 февраля</td><td>468 лет</td></tr>"
    for rows, read in ((ages, True), (cities, False)):
        body = f'{TITLE}<table border="1">{five}{plan}</table>'
        body += f'<p><b>Юбилеи городов</b></p><table border="1">{rows}</table>{SIGNATURE}'
        got = _read(tmp_path, body)
        items = [(i.section, i.title, i.age_years) for i in got.records]
        if read:
            assert items[1:] == [("Юбилеи городов", "Кишинев", 863), ("Юбилеи городов", "Брест", 468)]
        else:
            assert len(items) == 1 and any(w.code == "row_skipped" for w in got.warnings)
    # ... nor where the plan's event column does not follow its numbers' (its columns say nothing
    # of where a city's cells go): said, not read into the wrong cells.
    dated_first = "<tr><td>№</td><td>Срок</td><td>Мероприятие</td><td>Место</td><td>Примечание</td></tr>"
    row = "<tr><td>1.</td><td>апрель</td><td>Сессия МАГ</td><td>Москва</td><td></td></tr>"
    body = f'{TITLE}<table border="1">{dated_first}{row}</table>'
    got = _read(tmp_path, body + f'<p><b>Юбилеи городов</b></p><table border="1">{ages}</table>{SIGNATURE}')
    assert len(got.records) == 1 and any(w.code == "row_skipped" for w in got.warnings)


def test_outline_numbers_do_not_go_under_a_list_of_another_table(tmp_path: Path) -> None:
    # A numbered list in a table of another shape above the plan (a page's contents) numbers none
    # of the plan's rows: a plan whose first rows are a level down prints them «1.», «2.».
    contents = "<table><tr><td><ol><li>Введение</li><li>План</li></ol></td></tr></table>"
    rows = (
        "<tr><td><ol><ol><li><p></p></li></ol></ol></td><td>Сессия</td><td>Москва, апрель</td><td></td></tr>"
        '<tr><td><ol><ol start="2"><li><p></p></li></ol></ol></td><td>Форум</td><td>Минск, май</td><td></td></tr>'
    )
    layout = html_extract.extract(_write(tmp_path / "t.html", contents + _plan_page(rows)))
    plan = [b for b in layout.blocks if isinstance(b, Table)][-1]
    assert [row.cells[0].text for row in plan.rows[1:]] == ["1.", "2."]


def test_a_sub_list_beside_its_outer_lists_items_prints_as_a_browser_prints_it(tmp_path: Path) -> None:
    # CKEditor writes a sub-list as an <ol> among the outer list's <li>s: a browser numbers it «1.»,
    # and nothing of LibreOffice's outline numbering («1.1.») is meant there.
    body = "<table><tr><td><ol><li>Форум</li><ol><li>секция</li></ol><li>Съезд</li></ol></td></tr></table>"
    layout = html_extract.extract(_write(tmp_path / "t.html", body))
    (table,) = [b for b in layout.blocks if isinstance(b, Table)]
    assert "1.1." not in table.rows[0].cells[0].text


def test_borderless_tables_are_not_ruled_unless_they_draw_borders(tmp_path: Path) -> None:
    body = (
        '<table border="0"><tr><td>a</td></tr></table>'
        "<table><tr><td>b</td></tr></table>"
        '<table style="border-collapse:collapse"><tr><td style="border:1px solid #000">c</td></tr></table>'
        '<table border="1" style="border:none"><tr><td style="border:solid windowtext 1.0pt">d</td></tr></table>'
    )
    layout = html_extract.extract(_write(tmp_path / "t.html", body))
    assert [b.ruled for b in layout.blocks if isinstance(b, Table)] == [False, False, True, True]
    css = "<style>td {border: 1px solid}</style>"
    styled = _write(tmp_path / "s.html", "<table><tr><td>e</td></tr></table>", head=css)
    assert [b.ruled for b in html_extract.extract(styled).blocks if isinstance(b, Table)] == [True]


@pytest.mark.parametrize(
    ("css", "ruled"),
    [
        (".cell, .a { border: 1px solid #000 }", True),  # a class listed first in a group of selectors
        ("/* .cell { border: 1px solid } */ .cell { color: red }", False),  # a rule left in a comment
        ("@media print { .cell { border: 1px solid } }", False),  # paper's rule, not the screen's
        ("@media (min-width: 800px) { .cell { border: 1px solid } }", True),
    ],
)
def test_a_class_rule_draws_cell_borders_as_a_browser_applies_it(tmp_path: Path, css: str, ruled: bool) -> None:
    table = '<table><tr><td class="cell">a</td><td class="cell">b</td></tr></table>'
    layout = html_extract.extract(_write(tmp_path / "t.html", table, head=f"<style>{css}</style>"))
    assert [b.ruled for b in layout.blocks if isinstance(b, Table)] == [ruled]


# -- portal pages --------------------------------------------------------------------


def test_a_short_plan_whose_cell_holds_a_list_as_long_is_no_layout_table(tmp_path: Path) -> None:
    # Two items, the second listing three cities in a table of its own: as long as the plan.
    cities = "<table><tr><td>Минск</td></tr><tr><td>Астана</td></tr><tr><td>Ереван</td></tr></table>"
    rows = (
        "<tr><td>1.</td><td>Форум</td><td>Казань<br>май</td><td></td></tr>"
        f"<tr><td>2.</td><td>Заседание с участием городов:{cities}</td><td>Омск<br>июнь</td><td></td></tr>"
    )
    plan = _read(tmp_path, _plan_page(rows))
    assert [(i.number, i.place, i.date_text) for i in plan.records] == [(1, "Казань", "май"), (2, "Омск", "июнь")]
    # The nested table's rows are the item's listed members (no text lost, no item of their own).
    assert (plan.records[1].title, plan.records[1].members) == (
        "Заседание с участием городов",
        ["Минск", "Астана", "Ереван"],
    )


def test_portal_chrome_layout_tables_and_page_heading_are_not_the_plan(tmp_path: Path) -> None:
    rows = (
        "<tr><td colspan='4'><b>Дни городов-столиц членов МАГ<sup>1</sup></b></td></tr>"
        "<tr><td>1.</td><td>Бишкек</td><td>201 год</td><td>29 апреля</td></tr>"
    )
    hidden = (
        "<div style='display: none'>Заместитель директора А.А. Скрытов</div>"
        "<div role='navigation'>Председатель комиссии Б.Б. Меню</div><p hidden>Советник В.В. Тайный</p>"
    )
    body = (
        "<header><a href='/'>План мероприятий МАГ на 2025 год</a></header>"
        "<nav><ul><li>План мероприятий на 2024 год</li></ul></nav>"
        "<script>document.write('План мероприятий на 2023 год')</script><style>p {color: red}</style>"
        "<table width='100%' border='0'><tr><td><div>Меню сайта</div></td><td>"
        "<h1>План мероприятий МАГ на 2026 год</h1><div class='crumbs'>Главная / Документы</div>"
        + _plan_page(rows, after=hidden + SIGNATURE + "<p><sup>1</sup> Дни городов указаны ориентировочно</p>")
        + "</td><td><aside>Новости: А.Б. Петров назначен</aside></td></tr></table>"
        "<footer>© МАГ, Москва</footer>"
    )
    # ASP.NET portals wrap the whole page in one <form>.
    plan = _read(tmp_path, f"<form method='post' action='./plan.aspx'>{body}</form>")
    assert plan.document.title == (
        "План мероприятий Международной Ассамблеи столиц и крупных городов (МАГ) на 2026 год"
    )
    assert (plan.document.year, plan.document.footnotes) == (2026, ["Дни городов указаны ориентировочно"])
    assert plan.document.signatory == magplan.model.Signatory(
        "Исполнительный вице-президент, генеральный директор МАГ", "Ю.Н. Васюнькин"
    )
    (item,) = plan.records
    assert (item.kind, item.section, item.title, item.age_years, item.approximate) == (
        "city_day", "Дни городов-столиц членов МАГ", "Бишкек", 201, True
    )  # fmt: skip


def test_unclosed_tags_nested_thousands_deep(tmp_path: Path) -> None:
    source = (CORPUS / "plan-2026.html").read_text(encoding="utf-8")
    page = tmp_path / "plan-2026.html"
    page.write_text(source.replace("<main", "<font size=2>" * 5000 + "<main"), encoding="utf-8")
    assert mismatches(expected("plan-2026.html"), magplan.read_plan(page).to_dict()) == []


def test_small_table_inside_a_plan_cell_stays_in_the_cell(tmp_path: Path) -> None:
    detail = "<table><tr><td>Москва</td><td>май</td></tr></table>"
    rows = f"<tr><td>1.</td><td>Конгресс</td><td>{detail}</td><td></td></tr>"
    rows += "<tr><td>2.</td><td>Форум</td><td></td><td></td></tr>"
    items = _read(tmp_path, _plan_page(rows)).records
    assert [(i.title, i.place, i.date_text) for i in items] == [("Конгресс", "Москва", "май"), ("Форум", None, None)]


def test_header_of_a_page_without_main_content_element_is_read(tmp_path: Path) -> None:
    body = f"<header><h1>План мероприятий МАГ на 2026 год</h1></header>{_plan_page('', before='')}<footer>x</footer>"
    assert _read(tmp_path, body).document.title == "План мероприятий МАГ на 2026 год"


def test_paragraph_text_follows_html_whitespace_rules(tmp_path: Path) -> None:
    body = (
        "<div>Текст вне абзаца\n  через перенос строки<p>Абзац с&nbsp;неразрывным пробелом<br>и разрывом</p>хвост</div>"
        "<p align='center'>По центру</p><pre>строка 1\nстрока 2</pre>"
    )
    blocks = html_extract.extract(_write(tmp_path / "t.html", body)).blocks
    assert [(b.text, b.align) for b in blocks if isinstance(b, Paragraph)] == [
        ("Текст вне абзаца через перенос строки", None),
        ("Абзац с неразрывным пробелом\nи разрывом", None),
        ("хвост", None),
        ("По центру", "center"),
        ("строка 1\nстрока 2", None),
    ]


# -- pages saved by office suites --------------------------------------------------

WORD_PAGE = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=windows-1251">
<meta name=Generator content="Microsoft Word 15"><title>План на сайт</title>
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>Иванова И.И.</o:Author></o:DocumentProperties></xml>
<![endif]--><style><!-- p.MsoNormal {margin:0cm; font-size:12.0pt;} --></style></head>
<body lang=RU style='tab-interval:35.4pt'><div class=WordSection1>
<p class=MsoNormal align=center style='text-align:center'><b><span style='mso-bidi-font-size:12.0pt'>План
мероприятий<o:p></o:p></span></b></p>
<p class=MsoNormal align=center style='text-align:center'><b>Международной Ассамблеи столиц и крупных городов
(МАГ)<br>на 2026<span style='mso-spacerun:yes'>&nbsp;</span>год<o:p></o:p></b></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
<tr style='mso-yfti-irow:0'>
<td width=38 style='border:solid windowtext 1.0pt'><p class=MsoNormal align=center><b>№ п/п<o:p></o:p></b></p></td>
<td width=300 style='border:solid windowtext 1.0pt;border-left:none'><p class=MsoNormal><b>Мероприятия</b></p></td>
<td width=150 style='border:solid windowtext 1.0pt;border-left:none'><p class=MsoNormal><b>Место, дата</b></p></td>
<td width=150 style='border:solid windowtext 1.0pt;border-left:none'><p class=MsoNormal><b>Примечание</b></p></td>
</tr>
<tr><td style='border:solid windowtext 1.0pt;border-top:none'><p class=MsoNormal>1.<o:p></o:p></p></td>
<td><p class=MsoNormal>Участие в годовых собраниях межгородских объединений:<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span><![endif]>ВАРМСУ<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span><![endif]>АГП<o:p></o:p></p></td>
<td><p class=MsoNormal>Москва<o:p></o:p></p><p class=MsoNormal>август-сентябрь<o:p></o:p></p></td>
<td><p class=MsoNormal>Организаторы: МАГ, НП<span style='mso-spacerun:yes'>&nbsp; </span>«АВОК»<o:p></o:p></p></td></tr>
<tr><td colspan=4><p class=MsoNormal><b>Дни городов-столиц членов МАГ</b><a style='mso-footnote-id:ftn1'
href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'
><![if !supportFootnotes]><span class=MsoFootnoteReference>[1]</span><![endif]></span></span></a><o:p></o:p>
</p></td></tr>
<tr><td><p class=MsoNormal>1.</p></td><td><p class=MsoNormal>Бишкек</p></td>
<td><p class=MsoNormal>201 год</p></td><td><p class=MsoNormal>29 апреля</p></td></tr>
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoNormal>Исполнительный вице-президент,<o:p></o:p></p>
<p class=MsoNormal>генеральный директор МАГ<span style='mso-tab-count:6'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span>Ю.Н.&nbsp;Васюнькин<o:p></o:p></p>
</div>
<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width="33%">
<![endif]><div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a style='mso-footnote-id:ftn1'
href="#_ftnref1" name="_ftn1" title=""><span class=MsoFootnoteReference><span style='mso-special-character:footnote'
><![if !supportFootnotes]><span class=MsoFootnoteReference>[1]</span><![endif]></span></span></a> Дни городов указаны
ОРИЕНТИРОВОЧНО<o:p></o:p></p></div></div>
</body></html>"""


def test_word_web_page(tmp_path: Path) -> None:
    page = tmp_path / "plan.htm"
    page.write_bytes(WORD_PAGE.encode("cp1251"))
    plan = magplan.read_plan(page)
    document = plan.document
    assert document.title == "План мероприятий Международной Ассамблеи столиц и крупных городов (МАГ) на 2026 год"
    assert (document.year, document.footnotes) == (2026, ["Дни городов указаны ОРИЕНТИРОВОЧНО"])
    assert document.signatory == magplan.model.Signatory("Исполнительный вице-президент, генеральный директор МАГ",
                                                         "Ю.Н. Васюнькин")  # fmt: skip
    event, city = plan.records
    assert (event.title, event.members, event.place, event.date_text) == (
        "Участие в годовых собраниях межгородских объединений", ["ВАРМСУ", "АГП"], "Москва", "август-сентябрь"
    )  # fmt: skip
    assert event.organizers == ["МАГ", "НП «АВОК»"]
    assert (city.kind, city.section, city.title, city.approximate) == (
        "city_day", "Дни городов-столиц членов МАГ", "Бишкек", True
    )  # fmt: skip
    assert "Иванова" not in json.dumps(plan.to_dict(), ensure_ascii=False)


GOOGLE_STYLE = (
    "<style>.c5{border-right-style:solid;border-bottom-color:#000;border-top-width:1pt;border-left-style:solid;"
    "border-bottom-style:solid;border-top-style:solid}.c1{text-align:left}.c2{font-size:11pt}.c8{margin:0}</style>"
)


def _google_row(*cells: str) -> str:
    tds = "".join(f'<td class="c5" colspan="1" rowspan="1">{c}</td>' for c in cells)
    return f'<tr class="c4">{tds}</tr>'


def _p(text: str) -> str:
    return f'<p class="c1"><span class="c2">{text}</span></p>'


def test_google_docs_export(tmp_path: Path) -> None:
    """Google Docs: cell borders from class rules, lists as <ul><li> in a cell, footnote
    links, and a table that goes on without its header after a page break."""
    members = '<ul class="c8 lst-kix_list_1-0 start">' + "".join(
        f'<li class="c1 li-bullet-0"><span class="c2">{m}</span></li>' for m in ("ВАРМСУ", "АГП")
    )
    header = _google_row(*(_p(h) for h in ("№", "Наименование мероприятия", "Срок проведения", "Примечание")))
    first = _google_row(_p("1"), _p("Участие в собраниях:") + members + "</ul>", _p("май"), _p("Организатор: МАГ"))
    marker = '<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup>'
    second = _google_row(_p("2"), _p(f"Форум городов{marker}"), _p("июнь"), _p(""))
    body = (
        _p("План мероприятий на 2026 год")
        + f'<table class="c10">{header}{first}</table><p class="c1"><span class="c2"></span></p>'
        + f'<table class="c10">{second}</table>'
        + '<div><p class="c1"><a href="#ftnt_ref1" id="ftnt1">[1]</a>'
        + '<span class="c2">&nbsp;Сроки ориентировочные</span></p></div>'
    )
    page = tmp_path / "plan.html"
    page.write_text(f'<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">{GOOGLE_STYLE}'
                    f'</head><body class="c11 doc-content">{body}</body></html>', encoding="utf-8")  # fmt: skip
    tables = [b for b in html_extract.extract(page).blocks if isinstance(b, Table)]
    assert [t.ruled for t in tables] == [True, True]
    plan = magplan.read_plan(page)
    assert [(i.number, i.title, i.members, i.organizers, i.approximate) for i in plan.records] == [
        (1, "Участие в собраниях", ["ВАРМСУ", "АГП"], ["МАГ"], False),
        (2, "Форум городов", [], [], True),
    ]
    assert plan.document.footnotes == ["Сроки ориентировочные"]


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture(scope="module")
def libreoffice_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    soffice = _soffice()
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    out = tmp_path_factory.mktemp("lo-html")
    # A private profile: another soffice running on the machine must not block this one.
    profile = f"-env:UserInstallation=file://{out / 'profile'}"
    sources = [str(CORPUS / f"plan-{year}.docx") for year in (2025, 2026)]
    subprocess.run(
        [soffice, profile, "--headless", "--convert-to", "html", "--outdir", str(out), *sources],
        check=True, capture_output=True, timeout=300, env={**os.environ, "HOME": str(out)},
    )  # fmt: skip
    return out


@pytest.mark.parametrize("year", [2025, 2026])
def test_libreoffice_web_page_of_the_docx(libreoffice_pages: Path, year: int) -> None:
    page = libreoffice_pages / f"plan-{year}.html"
    assert b"LibreOffice" in page.read_bytes()
    got = magplan.read_plan(page).to_dict()
    assert mismatches(expected(f"plan-{year}.docx"), got) == []
    assert all(item["page"] is None for item in got["items"])
    # The header row LibreOffice writes into <thead> is marked as a header.
    (table,) = [b for b in html_extract.extract(page).blocks if isinstance(b, Table) and b.ruled]
    assert table.rows[0].is_header and not table.rows[1].is_header


# Cell markup from pieces that each take a path of the cell reader: plain text, odd spaces and
# characters (tab, no-break and zero-width space, soft hyphen, a symbol-font bullet, a form feed),
# line breaks in the source, <br>, inline and block children, a list, a hidden span, a comment.
_CELL_PIECES = (
    "Москва", "май", " ", "  ", "\t", "\n", "\u00a0", "\u200b", "\u00ad", "\uf0b7", "\x0c", "\u2028",
    "<br>", "<b>", "</b>", "<p>", "</p>", "<ul><li>", "</li></ul>", '<span style="display:none">x</span>',
    "<!-- c -->", "<sup>1</sup>", "•",
)  # fmt: skip


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(st.lists(st.lists(st.sampled_from(_CELL_PIECES), max_size=8).map("".join), min_size=4, max_size=4))
def test_a_table_said_clean_holds_only_text_that_clean_leaves_as_it_is(cells: list[str]) -> None:
    # Assembly takes a `Table.clean` table's cells as they are: whatever a cell holds, its text
    # must be what `clean` would make of it.
    page = f'<table border="1">{HEADER}<tr>{"".join(f"<td>{c}</td>" for c in cells)}</tr></table>'
    with tempfile.TemporaryDirectory() as tmp:
        layout = html_extract.extract(_write(Path(tmp) / "plan.html", page))
    tables = [block for block in layout.blocks if isinstance(block, Table)]
    assert tables and all(table.clean for table in tables)
    for table in tables:
        for row in table.rows:
            for cell in row.cells:
                assert clean(cell.text) == cell.text


# What may stand around a cell in a row: nothing, whitespace, a comment; and a cell's attributes.
_BETWEEN_CELLS = ("", "\n  ", "<!-- c -->")
_CELL_ATTRIBUTES = ("", ' class="c"', ' colspan="1"', ' style="border:1px solid"')


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(
    st.lists(
        st.lists(
            st.tuples(
                st.lists(st.sampled_from(_CELL_PIECES), max_size=6).map("".join),
                st.sampled_from(_BETWEEN_CELLS),
                st.sampled_from(_CELL_ATTRIBUTES),
            ),
            min_size=1,
            max_size=4,
        ),
        min_size=1,
        max_size=4,
    )
)
def test_a_cell_reads_the_same_whatever_its_neighbours_hold(rows: list[list[tuple[str, str, str]]]) -> None:
    # The table's cells are read together (most of them in a few calls); each must still be
    # what the cell gives read alone, in a table of its own.
    def grid(page: str) -> list[list[str]]:
        (table,) = [b for b in html_extract.layout_of(page.encode()).blocks if isinstance(b, Table)]
        return [[c.text for c in row.cells] for row in table.rows]

    markup = "".join(
        "<tr>" + "".join(f"{gap}<td{attributes}>{cell}</td>" for cell, gap, attributes in row) + "</tr>" for row in rows
    )
    alone = [[grid(f"<table><tr><td{a}>{cell}</td></tr></table>")[0][0] for cell, _, a in row] for row in rows]
    assert grid(f"<table>{markup}</table>") == alone


def test_a_table_whose_first_row_has_no_cell_is_read() -> None:
    # «<tr></tr>» first: no published sheet's frame, and no IndexError looking for one.
    page = b"<table border=1><tr></tr><tr><td>1</td><td>a</td></tr><tr><td>2</td><td>b</td></tr></table>"
    tables = [block for block in html_extract.layout_of(page).blocks if isinstance(block, Table)]
    assert [row.texts for row in tables[0].rows] == [[], ["1", "a"], ["2", "b"]]


def test_a_source_lines_tab_indentation_is_no_column_gap() -> None:
    # Typed tabs set two blocks side by side; a heading wrapped in the page's source and indented
    # with tabs goes on as one line, not split between the blocks' columns.
    page = (
        "<p>СОГЛАСОВАНО\t\tУТВЕРЖДАЮ</p><p>Председатель профкома\tДиректор школы</p>\n"
        "<p>ПЛАН мероприятий\n\t\tна 2027 год</p>"
    ).encode()
    texts = [block.text for block in html_extract.layout_of(page).blocks if isinstance(block, Paragraph)]
    assert texts == [
        "СОГЛАСОВАНО",
        "Председатель профкома",
        "УТВЕРЖДАЮ",
        "Директор школы",
        "ПЛАН мероприятий на 2027 год",
    ]


def test_empty_brackets_go_only_where_an_edit_link_left_them() -> None:
    page = (
        '<h2>План мероприятий<span>[<a href="/w/?action=edit&amp;section=1">править</a>]</span></h2>'
        "<p>Отметка о выполнении: [ ] да [ ] нет</p>"
    ).encode()
    texts = [block.text for block in html_extract.layout_of(page).blocks if isinstance(block, Paragraph)]
    assert texts == ["План мероприятий", "Отметка о выполнении: [ ] да [ ] нет"]


def test_a_table_nested_in_the_event_cell_lists_its_members(tmp_path: Path) -> None:
    """As in a DOCX: the rows of a table nested in the event's cell under its name are the item's
    members; one nested in the note stays the note's lines, as printed."""
    page = tmp_path / "plan.html"
    page.write_text(
        '<html><head><meta charset="utf-8"></head><body><p>План мероприятий на 2027 год</p><table border="1">'
        "<tr><th>№</th><th>Мероприятие</th><th>Срок</th><th>Примечание</th></tr>"
        "<tr><td>1.</td><td>Участие в собраниях:<table><tr><td>ВАРМСУ</td></tr><tr><td>АГП</td></tr></table></td>"
        "<td>май</td><td>Совместно с<table><tr><td>АСДГ</td></tr></table></td></tr>"
        "<tr><td>2.</td><td>Семинар</td><td>июль</td><td></td></tr></table></body></html>",
        encoding="utf-8",
    )
    items = magplan.read_plan(page).to_dict()["items"]
    assert [(i["number"], i["title"], i["members"], i["note"]) for i in items] == [
        (1, "Участие в собраниях", ["ВАРМСУ", "АГП"], "Совместно с\nАСДГ"),
        (2, "Семинар", [], None),
    ]


@pytest.mark.parametrize(
    ("page", "held"),
    [(b'<a role="tab" href="#q1">', True), (b"<A ROLE = 'TAB'>", True), (b'<a data-bs-toggle="pill">', True),
     (b'<A DATA-TOGGLE=Tab>', True), (b'<nav role="navigation"><a data-toggle="dropdown">', False),
     (b'<div role="tablist">', False), ("<p>Роль и таблица</p>".encode(), False)],
)  # fmt: skip
def test_a_page_may_hold_tabs_whatever_the_case_of_its_attributes(page: bytes, held: bool) -> None:
    """The quick look for tabs (a word searched in C before the pattern) answers as the pattern."""
    from magplan.extract import _tab_panes

    assert _tab_panes.may_hold(page) is held
