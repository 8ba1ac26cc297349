"""Scans of plans made by hand, not by our generators: LibreOffice's prints in fixtures/blind-pdf
rasterized as an office scanner does (200 dpi, gray, grain), read back by OCR.

What the generated scans never show is kept here, one document each: a heading set twice the
size of the plan's text, which Tesseract drops from a block of smaller lines; a plan whose year
is named only in the page's running head; a first page that holds the heading and the approval
alone, too few words to measure the page's letters by, where the approval's blanks and angle
quotes («__» ________ 2026 г.) were lost.
"""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path
from typing import Any

import pytest

import magplan
from tests.gen._scan import render_pages, save_pages, scanned, turn
from tests.gen.handmade_scans import SUFFIXES

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs tesseract")

PRINTS = Path(__file__).parent.parent / "fixtures" / "blind-pdf"


def _scan_of(name: str, tmp_path: Path, degrees: int = 0) -> tuple[dict[str, Any], dict[str, Any]]:
    """The document part of the scan's reading and of the print's expected JSON."""
    rng = random.Random(f"handmade/{name}")
    pdf = PRINTS / name
    pages = [turn(scanned(page, rng), degrees) for page in render_pages(pdf, 200)]
    scan = save_pages(pages, tmp_path / f"{pdf.stem}.tif", 200, "tiff-lzw")
    read: dict[str, Any] = json.loads(json.dumps(magplan.read_plan(scan).to_dict(), default=str))
    expected: dict[str, Any] = json.loads(pdf.with_name(pdf.name + ".expected.json").read_text(encoding="utf-8"))
    return read, expected


def _kept_scan(name: str, seed: int, container: str, tmp_path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The reading of the print's scan as `tests.gen.handmade_scans` made it with `seed` (its dpi,
    turn and shading), saved as `container`; and the print's expected JSON."""
    rng = random.Random(f"handmade-scans/{seed}/{name}")
    dpi = rng.choice((200, 300))
    degrees = rng.choice((0, 0, 90, 180, 270))
    pages = [turn(scanned(page, rng, shaded=rng.random() < 0.25), degrees) for page in render_pages(PRINTS / name, dpi)]
    scan = save_pages(pages, tmp_path / f"{Path(name).stem}.{SUFFIXES[container]}", dpi, container)
    read: dict[str, Any] = json.loads(json.dumps(magplan.read_plan(scan).to_dict(), default=str))
    expected: dict[str, Any] = json.loads((PRINTS / f"{name}.expected.json").read_text(encoding="utf-8"))
    return read, expected


def _fields(plan: dict[str, Any], fields: tuple[str, ...]) -> list[list[Any]]:
    """The plan's items, each as the values of `fields`."""
    return [[item[f] for f in fields] for item in plan["items"]]


def test_a_heading_twice_the_size_of_the_text_is_read(tmp_path: Path) -> None:
    read, expected = _scan_of("odt-spans.lo.pdf", tmp_path, degrees=180)
    # «год» in large print reads as «ГОД»: the letters alone do not tell the case.
    assert read["document"]["title"].casefold() == expected["document"]["title"].casefold()
    assert read["document"]["year"] == expected["document"]["year"] == 2027
    # Its breve of «й», read apart as «2» or «4», is no footnote marker, nor said as a stamp's remains.
    assert not any(w["code"] == "ocr_stamp_remains" for w in read["warnings"])
    assert read["items"][0]["date_start"] == "2027-02-01"


def test_a_year_named_only_in_the_running_head_dates_the_plan(tmp_path: Path) -> None:
    read, expected = _scan_of("year-header.lo.pdf", tmp_path)
    assert read["document"] == {**expected["document"], "source": read["document"]["source"], "format": "tif"}
    assert [i["date_end"] for i in read["items"]] == [i["date_end"] for i in expected["items"]]


def test_a_page_of_the_heading_and_the_approval_alone_keeps_its_blanks(tmp_path: Path) -> None:
    read, expected = _scan_of("landscape-split.lo.pdf", tmp_path)
    assert read["document"]["approval"] == expected["document"]["approval"]
    assert read["document"]["approval"]["date_text"] == "«__» __________ 2026 г."
    assert read["document"]["title"] == expected["document"]["title"]


def test_an_unruled_table_goes_on_onto_a_page_without_its_header(tmp_path: Path) -> None:
    # Rows ruled underneath only, page 2 going on without the header row: its two rows were read
    # as paragraphs, after the table, into the signatory's position (`ocr.continued`).
    read, expected = _scan_of("hrules-nohead.pdf", tmp_path)
    assert [i["number"] for i in read["items"]] == [i["number"] for i in expected["items"]] == list(range(1, 27))
    assert [i["date_start"] for i in read["items"]] == [i["date_start"] for i in expected["items"]]
    assert [i["place"] for i in read["items"][-2:]] == [i["place"] for i in expected["items"][-2:]]
    assert read["document"]["signatory"] == expected["document"]["signatory"]
    assert {i["page"] for i in read["items"]} == {1, 2}


def test_a_row_number_beside_words_with_descenders_opens_its_row(tmp_path: Path) -> None:
    # Boxed by Tesseract, «3» stands higher and smaller than «Велопробег» beside it: taken for a
    # raised footnote marker, it opened no row, and an unruled table ended there (`unruled`).  The
    # second section's heading, in a larger type and no bold to a scan, is known by the header
    # printed again under it (`plain._prints_header`).
    read, expected = _scan_of("notion-page.chromium.pdf", tmp_path)
    assert [i["number"] for i in read["items"]] == [i["number"] for i in expected["items"]] == [1, 2, 3, 4]
    assert [i["date_start"] for i in read["items"]] == [i["date_start"] for i in expected["items"]]
    assert [i["section"] for i in read["items"]] == [i["section"] for i in expected["items"]]
    assert read["document"]["signatory"] == expected["document"]["signatory"]


def test_a_spreadsheet_printed_without_borders_keeps_its_rows(tmp_path: Path) -> None:
    # Calc's print without borders: each row's number set flush right, a letter's width from its
    # event (no gap Tesseract sees; «3» glued to «Турнир» as «ЗТурнир»). The title column was
    # placed left of the numbers: every row one, read as one item (`unruled`, `letters`).
    read, expected = _scan_of("calc-noborders.pdf", tmp_path)
    assert [i["number"] for i in read["items"]] == [i["number"] for i in expected["items"]] == list(range(1, 9))
    assert [i["date_start"] for i in read["items"]] == [i["date_start"] for i in expected["items"]]
    assert [i["section"] for i in read["items"]] == [i["section"] for i in expected["items"]]
    assert read["items"][2]["title"] == expected["items"][2]["title"] == "Турнир по волейболу среди ветеранов"
    assert read["document"]["signatory"] == expected["document"]["signatory"]


def test_a_header_whose_numbers_cell_stands_a_space_from_the_event_s_is_found(tmp_path: Path) -> None:
    # WeasyPrint's default print: no borders, the cells a space apart, «№» a space from
    # «Мероприятие» (one cell to the header's gaps, which named no event then), the «№»'s raised
    # «о» read again as a «7» inside it: «no plan table found» (`plain._numero_apart`, `unruled`).
    read, expected = _scan_of("tbody-months.weasyprint-default.pdf", tmp_path)
    assert [i["number"] for i in read["items"]] == [i["number"] for i in expected["items"]] == [1, 2, 3, 4]
    assert [i["title"] for i in read["items"]] == [i["title"] for i in expected["items"]]
    assert [i["section"] for i in read["items"]] == [i["section"] for i in expected["items"]]
    assert [i["date_start"] for i in read["items"]] == [i["date_start"] for i in expected["items"]]
    assert read["document"]["signatory"] == expected["document"]["signatory"]


def test_a_borderless_table_under_a_ruled_control_box_is_read(tmp_path: Path) -> None:
    # A WordPress page printed by Chromium: the table has no borders, the page's «Показать 10
    # записей» box has. Only ruled tables were read then, and the plan went to paragraphs: «no plan
    # table found». Where ruled boxes hold few of a page's words, the words outside them are looked
    # at by the unruled reader too (`page._blocks`).
    read, expected = _scan_of("wp-tablepress.chromium.pdf", tmp_path)
    assert [i["number"] for i in read["items"]] == [i["number"] for i in expected["items"]] == list(range(1, 7))
    kept = [0, 1, 3, 5]
    assert [read["items"][k]["title"] for k in kept] == [expected["items"][k]["title"] for k in kept]
    assert [read["items"][k]["date_text"] for k in kept] == [expected["items"][k]["date_text"] for k in kept]
    assert read["document"]["signatory"] == expected["document"]["signatory"]


def test_cells_a_space_apart_in_a_scan_part_where_their_columns_start(tmp_path: Path) -> None:
    # WeasyPrint's default print of a small table: no padding, the next cell a space after the
    # text of the one before («Выставка «Минск старинный» март Главный зал»). Read as one cell, each
    # row crossed the columns and stood as a table of its own: «no plan table found». Where words
    # of three lines start at one x after a column's gap, a word a space before it ends its cell.
    read, expected = _scan_of("zero-width.weasyprint-default.pdf", tmp_path)
    fields = ("number", "title", "date_text", "place")
    assert _fields(read, fields) == _fields(expected, fields)
    assert read["document"]["signatory"] == expected["document"]["signatory"]


def test_a_centred_header_cell_a_hair_left_of_its_column_stays_its_cells(tmp_path: Path) -> None:
    # WeasyPrint's default print scanned: the header's cells centred on other lines than the rows',
    # «Сроки исполнения» half a point left of where the column placed from the rows («1 кв.»)
    # starts: read as running over the boundary, the header became two rows, «Содержание» over
    # «Сроки» and «исполнения Ответственные»: «no plan table found».  Its «4.» read «A у» stands
    # between 3 and 5; «c1 по 5 июня» is «с 1 по 5 июня».
    read, expected = _scan_of("date-wordings.weasyprint-default.pdf", tmp_path)
    assert [i["number"] for i in read["items"]] == [i["number"] for i in expected["items"]] == list(range(1, 11))
    fields = ("date_text", "date_start", "date_end")
    same = [
        [i[f] for f in fields] == [e[f] for f in fields] for i, e in zip(read["items"], expected["items"], strict=True)
    ]
    assert sum(same) >= 9  # one of ten dates this scan's noise spoils («2-еп полугодие»)


def test_a_header_printed_again_over_a_section_is_read_in_its_columns(tmp_path: Path) -> None:
    # WeasyPrint's default print scanned: each section a table of its own widths under the header
    # again, «№» a space from «Мероприятие»: that header line ran over the section's columns and
    # was read as one cell across the table, and the section's rows were lost to a foreign table.
    read, expected = _scan_of("details-sections.weasyprint-default.pdf", tmp_path)
    fields = ("number", "section", "title")
    assert _fields(read, fields) == _fields(expected, fields)


def test_a_running_head_on_every_page_is_no_sections_heading(tmp_path: Path) -> None:
    """Chromium's page margin boxes print «МБУ «Молодёжный центр» — план мероприятий на 2027 год»
    at each page's top; on page 2, between the table's two parts, it read as a section's heading
    over the rest of the plan.  A margin text on two pages or more is the pages' furniture."""
    read, expected = _kept_scan("margin-boxes.chromium.pdf", 63, "pdf", tmp_path)
    assert [i["section"] for i in read["items"]] == [i["section"] for i in expected["items"]]
    assert [i["title"] for i in read["items"]] == [i["title"] for i in expected["items"]]


def test_a_sideways_scan_of_a_table_with_faint_borders_and_a_header_rule_cut_per_cell(tmp_path: Path) -> None:
    # WeasyPrint's default print of a museum's page, scanned 1-bit and stored turned a quarter: the
    # table's light gray borders dotted by the scanner, the header's bottom border drawn per cell.
    # Its piece under «№ Мероприятие» was read as a blank to fill in and took the words over it; a
    # dotted border between them read «|» and glued «№» to «Мероприятие»; the border's first piece
    # at the table's left was taken for a footnote separator under the header: «no plan table
    # found».  «15 мая» was parted after its «1» (its figure's room wider than its ink), and the
    # place «центр музея» read twice over («енто»).
    read, expected = _kept_scan("time-elements.weasyprint-default.pdf", 74, "tiff-g4", tmp_path)
    fields = ("number", "title", "date_text", "date_start", "date_end", "place")
    assert _fields(read, fields) == _fields(expected, fields)
    assert read["document"]["signatory"] == expected["document"]["signatory"]


def test_a_ruled_row_the_page_break_cut_keeps_its_rows(tmp_path: Path) -> None:
    # Chromium's print of a ruled table over two pages, scanned: the page break cuts row 5, drawing
    # no line under its part on page 1 nor over its rest on page 2.  Its borders met a line at one
    # end only, so neither part was ruling: rows 5 and 6 went to paragraphs, left as unread lines.
    read, expected = _kept_scan("chromium-split-rows.pdf", 75, "tiff-lzw", tmp_path)
    fields = ("number", "title", "date_text", "responsible")
    assert _fields(read, fields) == _fields(expected, fields)
    assert [i["members"] for i in read["items"]][1:] == [i["members"] for i in expected["items"]][1:]
    assert read["document"]["signatory"] == expected["document"]["signatory"]


def test_a_deleted_row_struck_through_is_left_out_with_a_warning(tmp_path: Path) -> None:
    # LibreOffice's print of a plan with its tracked changes shown, scanned: a row moved down is a
    # deleted row struck through and an inserted one underlined.  The struck row read as garble
    # («4, | O6usree-co6panne-»), an item of its own; left out, its words are named in a warning.
    read, expected = _kept_scan("moved-rows.lo.pdf", 74, "tiff-lzw", tmp_path)
    fields = ("number", "title", "place", "date_text")
    assert _fields(read, fields) == _fields(expected, fields)
    (struck,) = [w["message"] for w in read["warnings"] if w["code"] == "ocr_struck"]
    assert struck.startswith("page 1: left out as struck through")


def test_a_spreadsheets_number_and_name_set_against_the_border_between_them(tmp_path: Path) -> None:
    # Calc's print of a plan, its numbers set flush right and names flush left against the border
    # between them: «3» and «Общественные» touch it, read as one word «З|Общественные», and the
    # border, touched on both sides, was taken for a letter's stem: one cell over both columns.
    # The «3» read «З» and the bar are parted off; a number's cell holding the name too (its own
    # cell empty) gives each its own.
    read, expected = _kept_scan("overflow-sections.calc-fit.pdf", 77, "png", tmp_path)
    assert [(i["number"], i["title"]) for i in read["items"]] == [(i["number"], i["title"]) for i in expected["items"]]


def test_words_tesseract_reads_twice_on_overlapping_lines_are_read_once(tmp_path: Path) -> None:
    # A borderless table, scanned: Tesseract's layout took two overlapping lines and read pieces of
    # words twice («Кураторы» and «ураторы», «групп» and «гру», «апоель» and «р», «Дворе» and
    # «рец»).  The pieces placed columns of their own: «групп» went into the date's column.
    _same_rows_but_yo(*_kept_scan("resp-before-date.weasyprint-default.pdf", 77, "png", tmp_path))


def _same_rows_but_yo(read: dict[str, Any], expected: dict[str, Any]) -> None:
    """The rows' events, persons and dates as expected, and their places but for «ё» read «е»
    («молодёжи» is read without its «ё»'s dots)."""
    fields = ("title", "responsible", "date_text", "date_end")
    assert _fields(read, fields) == _fields(expected, fields)
    assert [(i["place"] or "").replace("ё", "е") for i in read["items"]] == [
        (i["place"] or "").replace("ё", "е") for i in expected["items"]
    ]


def test_the_plans_title_a_table_head_repeats_on_the_next_page_is_no_section(tmp_path: Path) -> None:
    # A table whose head holds the plan's title over the header row, printed again on page 2: the
    # title there was read as a section's heading over the rows of page 2.
    read, expected = _kept_scan("thead-title-row.pdf", 77, "tiff-g4", tmp_path)
    assert [i["section"] for i in read["items"]] == [i["section"] for i in expected["items"]]


def test_a_row_number_read_as_a_letter_keeps_its_row_apart(tmp_path: Path) -> None:
    # A borderless table, scanned: row 4's number read as «A». Once the pieces Tesseract read twice
    # were dropped the rows made one table, and row 4, numbered by no figure, went into row 5.
    read, expected = _kept_scan("date-wordings.weasyprint-default.pdf", 78, "tiff-g4", tmp_path)
    assert len(read["items"]) == len(expected["items"])
    assert [i["number"] for i in read["items"]][:4] == [1, 2, 3, 4]
    assert [i["date_text"] for i in read["items"]] == [i["date_text"] for i in expected["items"]]


def test_a_cells_two_lines_read_as_one_are_read_again_alone(tmp_path: Path) -> None:
    # A borderless table, sideways: Tesseract read «апрель» over «2027 г.» as one tall «р», and
    # «Дворец» over «молодёжи» as «рен», each at a low confidence.  Their boxes, read again alone,
    # give the cells' words; and the row's number, centred between the first and second line of
    # the cells beside it, is no longer read on the row's first line (its rows were a line off).
    _same_rows_but_yo(*_kept_scan("resp-before-date.weasyprint-default.pdf", 79, "tiff-lzw", tmp_path))


def test_a_rows_cells_centred_between_the_lines_beside_them_stay_in_their_row(tmp_path: Path) -> None:
    # A WordPress table printed by Chromium, its cells centred in their rows: a one-line cell
    # («Большой зал», «Лазаренко А.В.», the row's «1») stands half over the first and half over
    # the second line of the cells beside it.  Read on the first line, it made the row's number
    # stand at its top, and the second lines («коллективов», «18:00») went into the next row.
    read, expected = _kept_scan("wp-tablepress.chromium.pdf", 72, "tiff-lzw", tmp_path)
    fields = ("number", "place", "date_start", "responsible")
    assert _fields(read, fields) == _fields(expected, fields)


def test_rows_of_centred_cells_keep_their_columns_where_a_scans_words_start_a_hair_left(tmp_path: Path) -> None:
    # A Word page printed by WeasyPrint, borderless, its cells centred, scanned: parted from the
    # cells' first lines, the centred numbers' lines («2 ежегодно») start their date a point left
    # of where the header's «Срок» places the column (a scan's words jitter so).  Taken for lines
    # across the columns, they gave rows columns of their own, and the table fell apart.
    read, expected = _kept_scan("word-web-years.weasyprint.pdf", 70, "tiff-g4", tmp_path)
    fields = ("number", "date_text", "date_start", "date_end")
    assert _fields(read, fields) == _fields(expected, fields)


def test_a_sections_heading_between_rows_of_one_line_each_is_no_rows_first_line(tmp_path: Path) -> None:
    # A Hugo page printed by Chromium, borderless, scanned: the sections' headings («Мероприятия»,
    # «Праздники¹», bold on paper, which the scan does not tell) stand in the event's column between
    # rows of one line each, as far from the row below as from the row above.  Each numbered row
    # stands whole without them (its number on its one line), so they are rows of their own: they
    # had opened the next rows' titles («Мероприятия⏎Городской конкурс …»), the plan no sections.
    read, expected = _kept_scan("hugo-footnotes.chromium.pdf", 81, "tiff-g4", tmp_path)
    assert [i["number"] for i in read["items"]] == [i["number"] for i in expected["items"]]
    assert [i["title"] for i in read["items"][:4]] == [i["title"] for i in expected["items"][:4]]
    # (The heading's footnote marker «¹» is read as «!» at 300 dpi: not asserted.)
    assert [(i["section"] or "").rstrip("!") for i in read["items"]] == [i["section"] for i in expected["items"]]


def test_a_light_border_the_threshold_left_as_specks_still_parts_the_rows(tmp_path: Path) -> None:
    # A Vue page printed by Chromium on A5, its borders light gray, scanned in gray: the threshold
    # leaves the row lines of the narrow «№» column a sparse row of specks (15 % ink, gaps of 50
    # pixels and more), no piece long enough to be ruling.  That column's cells ran into one, all
    # the row numbers in it, and the rows lost their numbers.  The specks between two column
    # borders make the lines (`grid.dotted_rows`).  (The form's «Месяц Все ▾» over the table is
    # read as a section's heading: not asserted.)
    read, expected = _kept_scan("vue-template.chromium-a5.pdf", 78, "pdf", tmp_path)
    fields = ("number", "title", "date_text", "place", "responsible")
    assert _fields(read, fields) == _fields(expected, fields)


def test_cells_of_separate_borders_with_light_lower_edges_make_the_grid(tmp_path: Path) -> None:
    # The same page scanned upside down to 1 bit: each cell of its separate borders is its own box a
    # few pixels from its neighbours', its lower edge so light the threshold loses it.  The column
    # borders stopped short of the row lines and the narrow «№» column's row lines were pieces too
    # short for lines: the page gave «no plan table found».  Borders of a row that stop alike, and
    # pieces carrying a line on across a cell's spacing, make the grid (`grid._spaced_cells`,
    # `grid._with_cells_at_ends`); the form's «Месяц Все ▾», read «Всее\», is no section.
    read, expected = _kept_scan("vue-template.chromium-a5.pdf", 76, "tiff-g4", tmp_path)
    fields = ("section", "number", "title", "date_text", "place")
    assert _fields(read, fields) == _fields(expected, fields)


@pytest.mark.parametrize(("seed", "container"), [(86, "tiff-g4"), (84, "png")])
def test_a_borderless_header_printed_again_under_each_month_is_no_row(
    seed: int, container: str, tmp_path: Path
) -> None:
    # A library's plan printed by WeasyPrint without borders, its header printed again under each
    # month's name.  The scan reads each printing a little otherwise: «мероприятия» as
    # «Мероприятия» (read as a row opening under «Наименование»), a speck by «Ответственный» as
    # «.», «¥» or «№», the «№» as «hp».  The repeats ran into the rows under them (a month's first
    # row lost) or became items «Наименование мероприятия».  The first letter's ink tells its
    # case before the table is looked for (`glyphs.small_first_letter`); a header printed again
    # is told by most of its letters (`plain._prints_header`), a repeated header row by its cells
    # but the «№» one (`assemble._is_repeated_header`).
    read, expected = _kept_scan("thead-repeated.weasy.pdf", seed, container, tmp_path)
    fields = ("section", "number", "title", "date_text", "responsible")
    assert _fields(read, fields) == _fields(expected, fields)


def test_a_pages_footnotes_listed_under_the_signature_are_no_rows(tmp_path: Path) -> None:
    # A Hugo page printed by WeasyPrint without borders, scanned sideways: under the table the
    # signature, a rule, and the footnotes as a numbered list («1. Даты праздников
    # ориентировочные. ↩»).  The list's «1.», «2.» under the «№» column were taken for rows going
    # on past the wide band over them: two items made of footnotes, and the signature lost.  A
    # number starting a list of its own (no higher than the rows', standing elsewhere) ends the
    # table (`plain._list_anew`); then the rows, centred and a point apart with section headings
    # among them, are parted by every band (`plain._every_band_apart`); the second note numbers on
    # from the first though the scan lost its marker «²», and the arrow read «~» is no text.
    read, expected = _kept_scan("hugo-footnotes.weasyprint-default.pdf", 86, "tiff-g4", tmp_path)
    assert read["document"]["signatory"] == expected["document"]["signatory"]
    assert read["document"]["footnotes"] == expected["document"]["footnotes"]
    fields = ("section", "number", "date_text", "place", "approximate")
    assert _fields(read, fields) == _fields(expected, fields)


def test_a_heading_between_rows_of_one_line_a_padding_apart_is_a_row_of_its_own(tmp_path: Path) -> None:
    # The Hugo page printed by Chromium, scanned upside down: rows of one line each, a padding
    # apart, the section «Праздники¹» among them.  With the footnotes' list under the table no
    # longer read as its rows, no wider band was left to compare the padding with: the heading
    # was read as the end of the event above.  Bands all alike, a padding wide, between lines that
    # are each a run of their own part rows (`plain._every_band_apart`).
    read, expected = _kept_scan("hugo-footnotes.chromium.pdf", 81, "tiff-g4", tmp_path)
    assert [i["title"] for i in read["items"][:2]] == [i["title"] for i in expected["items"][:2]]
    assert [(i["section"] or "").rstrip("!") for i in read["items"]] == [i["section"] for i in expected["items"]]


def test_a_heading_printed_under_the_table_names_the_scanned_plan(tmp_path: Path) -> None:
    # CKEditor 5's table caption (a <figcaption> after the table, which the site's style sheet shows
    # above it) printed by WeasyPrint under the table, a word a line, scanned sideways.  The text
    # PDF's reader moved it over the table; the scan's reading left the plan without a title or a
    # year, its dates null, and glued the heading to the signatory's position.
    read, expected = _kept_scan("ckeditor5.weasyprint-default.pdf", 83, "tiff-lzw", tmp_path)
    assert read["document"]["title"] == expected["document"]["title"]
    assert read["document"]["year"] == expected["document"]["year"] == 2027
    assert read["document"]["signatory"] == expected["document"]["signatory"]
    fields = ("date_start", "date_end")
    assert _fields(read, fields) == _fields(expected, fields)


def test_an_english_heading_with_a_word_read_in_cyrillic_still_dates_the_plan(tmp_path: Path) -> None:
    # «Events Plan of the International Youth Centre for 2027» over a Russian plan: the scan reads
    # «Centre» with the Russian model («Сетмге»), and a heading «in Latin letters alone» was none:
    # no year, every date null.
    read, expected = _kept_scan("english-heading.chromium.pdf", 83, "tiff-lzw", tmp_path)
    assert read["document"]["year"] == expected["document"]["year"] == 2027
    assert read["document"]["title"].startswith("Events Plan of the International Youth")
    fields = ("date_start", "date_end", "date_precision")
    assert _fields(read, fields) == _fields(expected, fields)


def test_cells_a_space_apart_in_a_short_borderless_table_keep_their_columns(tmp_path: Path) -> None:
    # WeasyPrint's default print of a two-row table with no padding, scanned sideways: «Сроки» a
    # space from «Ответственный» in the header, «январь» from «Руководитель МО» in the rows.  Too few
    # rows for a peak of starts: the two columns were one («январь Руководитель МО»).  Every row's
    # word starts where a header word does, so the columns stand there.
    read, expected = _kept_scan("agreed-only.weasyprint-default.pdf", 83, "png", tmp_path)
    fields = ("number", "title", "date_text", "date_start", "responsible")
    assert _fields(read, fields) == _fields(expected, fields)


def test_a_numero_cells_piece_read_glued_to_the_next_header_word_is_parted(tmp_path: Path) -> None:
    # A portal's plan printed by WeasyPrint without padding, scanned: the narrow «№ п/п» cell wraps
    # «№ п/» over «п», and Tesseract reads «п/Наименование» as one word.  The header was not found
    # on either page (a line of it was skipped as text, the rows' places ran into the persons'); now
    # the events, places and persons stand in their columns, and the last row, whose number alone
    # stands on the first page, takes the rest from the next.  (Not asserted: row 1, left with
    # columns of its own under its section's «I.» read as «Г.», no section's number; row 2's person,
    # a cell of two rows; specks read into row 4's name.)
    read, expected = _kept_scan("cms-bitrix.weasyprint-default.pdf", 83, "pdf", tmp_path)
    got = {i["number"]: i for i in read["items"]}
    want = {i["number"]: i for i in expected["items"]}
    fields = ("title", "place", "date_text", "date_start")
    assert [[got[n][f] for f in fields] for n in (2, 3)] == [[want[n][f] for f in fields] for n in (2, 3)]
    assert got[3]["responsible"] == want[3]["responsible"]
    assert (got[4]["place"], got[4]["date_start"]) == (want[4]["place"], want[4]["date_start"])


def test_words_the_typesetter_hyphenated_are_read_whole(tmp_path: Path) -> None:
    # A museum's plan printed by WeasyPrint with `hyphens: auto` in narrow columns, scanned 1-bit:
    # «Экспозицион-» / «но-выставоч-» / «ный отдел».  The PDF reader tells the typesetter's hyphen
    # (U+2010) from a compound's; a scan shows both alike, and every hyphen was kept.  (The titles
    # are not asserted: two of their words are read in Latin letters, «HaydHo-практическая».)
    read, expected = _kept_scan("weasy-hyphens.pdf", 83, "tiff-g4", tmp_path)
    assert _fields(read, ("responsible",)) == _fields(expected, ("responsible",))


def test_a_month_column_beside_the_numbers_with_cells_centred_on_lines_of_their_own(tmp_path: Path) -> None:
    # A House of Culture's portal page printed by WeasyPrint, borderless, scanned: months merged down
    # their rows left of «№» (read «Ne»), «Место» / «проведения» centred on two lines a space before
    # «Ответственный».  The scan gives no space glyphs to part the header's cells by, and a heading's
    # word a little left of the dates drew two of them apart: the rows were read as one, with a column
    # missing (0.12 of the fields).  Each row and its month are read now.  (Not asserted: a speck read
    # as «а» after row 5's person.)
    read, expected = _kept_scan("month-rowheaders.weasyprint-default.pdf", 70, "png", tmp_path)
    fields = ("number", "title", "place", "date_text", "date_start", "note")
    assert _fields(read, fields) == _fields(expected, fields)
    assert _fields(read, ("responsible",))[:4] == _fields(expected, ("responsible",))[:4]


def test_a_dash_read_between_two_header_cells_places_no_column(tmp_path: Path) -> None:
    # A school's plan printed with zebra-striped rows and no borders, scanned upside down under a
    # shadow: a speck between «№» and «Мероприятие» read as «—» set that cell's start left of its
    # rows' text, and a column no row fills stood between.  Each event's name went into the note,
    # labelled «—».  A header's word of no letter nor digit places no cell (`plain._worded`).
    read, expected = _kept_scan("zebra-striped.pdf", 87, "tiff-lzw", tmp_path)
    assert read["items"] == expected["items"]


def test_touching_centred_rows_under_a_narrow_numbers_column(tmp_path: Path) -> None:
    # A school board's portal page printed by WeasyPrint (default print: rows touching, cells
    # centred), scanned: the «№ п/п» column no wider than its «п/», each event's name a channel
    # narrower than a gap after its number, and a number set between a two-line cell's lines.  The
    # header's «п/» and «Мероприятие» were read as one cell, the number into the first of those
    # lines: the rows were cut at their numbers, each name's first line left to the row above (0.27
    # of the fields).  Where a column of numbers ends its cells, the name after them starts a column;
    # a number alone half a line under the others is a line of its own.  (The titles are compared in
    # small letters: «руководителей» is read «РУководителей».)
    read, expected = _kept_scan("wrap-position.weasyprint-default.pdf", 203, "tiff-lzw", tmp_path)
    fields = ("number", "date_text", "responsible", "date_start", "date_end", "recurrence")
    assert _fields(read, fields) == _fields(expected, fields)
    assert [t.casefold() for (t,) in _fields(read, ("title",))] == [
        t.casefold() for (t,) in _fields(expected, ("title",))
    ]


def test_a_name_round_the_first_rows_number_is_no_heading(tmp_path: Path) -> None:
    # The same print scanned otherwise (the header's «п» under «п/» lost): no padding between the
    # rows to tell centred rows by, so the first row was read as set at its top, and the first line
    # of its three-line name over its number («Августовская» / «1. педагогическая» / «конференция»)
    # as a section's heading over every row.  Nothing stands above the first row to go on: its
    # number in the middle of those lines, they are its own.
    read, expected = _kept_scan("wrap-position.weasyprint-default.pdf", 88, "tiff-lzw", tmp_path)
    assert [item["section"] for item in read["items"]] == [""] * len(expected["items"])
    assert _fields(read, ("title",))[0] == _fields(expected, ("title",))[0]
    assert _fields(read, ("number", "date_text")) == _fields(expected, ("number", "date_text"))


def test_the_numbers_header_cell_a_hair_from_the_next_is_a_cell_of_its_own(tmp_path: Path) -> None:
    # A ministry's portal page printed by WeasyPrint, scanned 1-bit: the header's «№» set a hair
    # from «Наименование», read as one cell «№ Наименование мероприятия» (a number's column, not an
    # event's): «no plan table found».  A «№» (or «п/п») before a capitalised header word ends its
    # cell.  (The later rows are not asserted: a speck beside row 2's place and row 3's lines set
    # round its number still read two rows as one.)
    read, expected = _kept_scan("caption-title.weasyprint-default.pdf", 207, "tiff-g4", tmp_path)
    assert read["document"]["title"] == expected["document"]["title"]
    assert {**read["items"][0], "page": None} == expected["items"][0]  # (the print's JSON says no page)


def test_a_search_boxs_button_over_the_table_heads_no_section(tmp_path: Path) -> None:
    # A library's portal page printed by WeasyPrint in landscape, scanned: a search box and its
    # button «Найти» between the title and the table.  The PDF reader knows the label beside form
    # fields and leaves it out; the scan shows only boxes, read as a table of one cell, and the
    # label became every row's section.  A site's form control is no heading (a line skipped).
    read, expected = _kept_scan("search-box.weasyprint-landscape.pdf", 201, "tiff-g4", tmp_path)
    assert [item["section"] for item in read["items"]] == [item["section"] for item in expected["items"]]
    assert any("Найти" in w["message"] for w in read["warnings"])


def test_a_dash_tesseract_reads_in_the_empty_band_after_a_rows_number_parts_no_cells(tmp_path: Path) -> None:
    # A borderless table, its header rule alone: Tesseract reads a «—» where nothing is printed,
    # between the rows' numbers and their events.  The phantom made the two one run of words: the
    # table found from the words' alignment put the number and the event in one cell (eight rows
    # without number or title).  A mark over no ink is no word.
    read, expected = _kept_scan("hrules-nohead.pdf", 89, "tiff-g4", tmp_path)
    fields = ("number", "title", "date_text")
    assert _fields(read, fields)[:9] == _fields(expected, fields)[:9]


def test_a_months_merged_cell_set_against_the_rows_number_parts_its_cells(tmp_path: Path) -> None:
    # Chromium's print of a borderless table with a months' column of merged cells: «Февраль» set a
    # space before its row's «3», the month centred in its cell (it starts where no other line does)
    # and a menu's lines above the table starting between the two.  The row was read as one cell
    # across the table, a heading.  A row's number in the numbers' column starts a cell after a
    # word that starts anywhere in the table.
    read, expected = _kept_scan("month-rowheaders.chromium.pdf", 89, "png", tmp_path)
    fields = ("number", "title", "place", "responsible")
    assert _fields(read, fields) == _fields(expected, fields)


def test_a_header_printed_again_read_in_pieces_goes_on_with_the_plan(tmp_path: Path) -> None:
    # Calc's print of a borderless sheet over two pages, its header repeated («Print titles»),
    # scanned 1-bit and stored turned a quarter.  Page 2's header in bold was read as two
    # overlapping lines of pieces of words («На именов. еновани. е Mi ероприя тия»): unlike the
    # header, it blurred the band between rows (each row's second line went to the row below) and
    # opened a table of its own with «№», whose nine rows were warnings.  Nearly all the header's
    # letters and few others, at the page's top, are the header printed again.
    read, expected = _kept_scan("sheet-print-titles-noborders.calc.pdf", 91, "tiff-g4", tmp_path)
    fields = ("number", "title", "date_text", "responsible")
    assert _fields(read, fields) == _fields(expected, fields)
    assert not any(w["code"] == "row_skipped" for w in read["warnings"])


@pytest.mark.parametrize(
    ("name", "seed"), [("hugo-footnotes.chromium.pdf", 90), ("hugo-footnotes.weasyprint-default.pdf", 200)]
)
def test_a_web_pages_raised_markers_and_notes_with_links_back(name: str, seed: int, tmp_path: Path) -> None:
    # A Hugo page's footnotes printed by a browser: each marker a link, raised, set smaller (up to
    # 0.9 of the capitals tall in WeasyPrint's bold heading) and underlined, the underline run
    # into the figure's foot; each note ends with its link back «↩», underlined too.  The markers
    # were read into their words («марафон2», «Праздники!»), no note then had one pointing at it,
    # and the notes were lost or kept «↩» read as «=», «__».
    read, expected = _kept_scan(name, seed, "tiff-lzw", tmp_path)
    assert read["document"]["footnotes"] == expected["document"]["footnotes"]
    fields = ("section", "title", "approximate")
    assert _fields(read, fields) == _fields(expected, fields)


def test_a_google_docs_bracketed_marker_and_its_note_read_as_underline(tmp_path: Path) -> None:
    # Google Docs' page printed by WeasyPrint: the marker «[1]» raised after «старты», so high that
    # Tesseract set it on a line of its own between the cell's lines, read «Ч» («Весёлые» / «Ч
    # старты»); the note under the table opens with its number as a link, «[1]» underlined, which
    # it read as «___», and the range «1–4» as «1—4».
    read, expected = _kept_scan("gdocs-club.weasyprint.pdf", 202, "tiff-lzw", tmp_path)
    assert read["document"]["footnotes"] == expected["document"]["footnotes"]
    assert _fields(read, ("title",)) == _fields(expected, ("title",))


def test_a_word_pages_marker_over_its_links_underline(tmp_path: Path) -> None:
    # Word's web page printed by Chromium: «Дни городов» and its raised «[1]», a link underlined
    # from the space before it, read as a line above the heading («Ш») and the underline as the
    # word's end («городов___»); the note's own «[1]» likewise over its underline («—»); an age
    # «311 лет» of a 1-bit scan read «ЗИ лет».
    read, expected = _kept_scan("word-html-footnote.chromium.pdf", 88, "tiff-lzw", tmp_path)
    assert read["document"]["footnotes"] == expected["document"]["footnotes"]
    fields = ("section", "title", "date_text", "age_years", "approximate")
    assert _fields(read, fields) == _fields(expected, fields)


def test_a_last_page_of_a_few_rows_beside_the_scanners_specks_is_read(tmp_path: Path) -> None:
    # A 1-bit scan stored upside down: the last page holds three rows and the signature, and the
    # scanner's dirt runs down the sheet's edge, a column of specks.  Closed down the page, the
    # specks merged as text merges along its lines and outvoted the few words: the page was
    # skipped as one of no text, its rows and the signature lost.
    read, expected = _kept_scan("thead-title-row.pdf", 96, "tiff-g4", tmp_path)
    assert read["document"]["signatory"] == expected["document"]["signatory"]
    assert _fields(read, ("number", "title")) == _fields(expected, ("number", "title"))


def test_a_cells_two_lines_read_as_one_word_surely_enough_are_read_again(tmp_path: Path) -> None:
    # Chromium's print of a table with months as row headings, a 1-bit scan: a date cell's «20» over
    # «февраля» read as one word two lines tall, «espana», at 58 % (under the 50 % that sent such a
    # word to be read again): the item lost its date.
    read, expected = _kept_scan("month-rowheaders.chromium.pdf", 96, "tiff-g4", tmp_path)
    fields = ("date_text", "date_start")
    assert _fields(read, fields) == _fields(expected, fields)
