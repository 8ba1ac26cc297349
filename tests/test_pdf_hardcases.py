"""Generated text PDFs (tests/gen pdf_office, pdf_browser) of shapes that were once read wrong,
each compared whole with the JSON computed from the data it was printed from.

One document of a family's seed each (`build_one`), named by what it exercises; `make
hardcases HARDCASES="pdf_office pdf_browser"` measures many more.  Both PDF engines must
give the same JSON.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import magplan
from magplan.extract.pdf import read
from magplan.layout import Paragraph
from tests.corpus import mismatches
from tests.gen import bodies_pdf, pdf_browser, pdf_office
from tests.gen._pdf import chromium_pdf, chromium_program, docx_pdf, print_html, soffice_program, weasyprint_installed

_SOFFICE = soffice_program()
_CHROMIUM = chromium_program()


OFFICE = {
    # Words cut at a narrow column's edge without a hyphen («общественнос» / «тью»).
    "cut_words": (5, 5),
    # A section heading and its footnote cut by a page break; words cut in a narrow column.
    "heading_over_pages": (1, 2),
    # A narrow approval block: the date's «г.» on a line of its own.
    "approval_year_word": (5, 9),
    # Borderless, without a «№» column: rows told by where their cells open.
    "borderless_unnumbered": (2, 7),
    # Borderless, without «№»: a row opening in lower case under an event's list («сессия
    # Генеральной Ассамблеи МАГ»), its date and person where the row above's had ended.
    "borderless_unnumbered_row_in_lower_case_under_a_list": (28, 7),
    # A date wording's word cut by the page break without a hyphen («необходимост» / «и»).
    "word_cut_by_page": (1, 4),
    # Borderless: a closing «»» alone at the top of the next page.
    "closing_quote_over_pages": (9, 11),
    # A date and a place on one line of a «Дата и место» cell.
    "date_then_place": (4, 6),
    # Borderless without «№», landscape: rows whose first words are too long for the fit test,
    # told by the other columns; the footnotes' «1», «2» under the table are no row numbers.
    "borderless_unnumbered_footnotes": (5, 7),
    "borderless_unnumbered_long_words": (8, 7),
    # ... and a row that opens with a digit («19-й Молодежный форум»).
    "borderless_unnumbered_digit_row": (3, 7),
    # Borderless, numbered: a row's last lines on the next page, its «Мэрия г.» / «Бишкек» kept one.
    "borderless_row_over_pages": (5, 3),
    # Borderless: «внешнеэкономи» / «ческих» cut at a narrow column's edge (a suffix opens no word).
    "borderless_suffix_cut": (7, 7),
    # Borderless without «№» or numbered sections: a section heading inside the event column,
    # told from an event's second paragraph by its bold face.
    "borderless_bold_sections": (1, 7),
    "borderless_bold_section_after_list": (4, 7),
    # ... a row whose event and place cells open under empty ones beside a date going on in lower
    # case («организаторами» / «январь»).
    "borderless_fresh_cells_open_a_row": (10, 7),
    # ... landscape: «(по отдельной программе)» alone at the top of page 2 goes on the event above.
    "borderless_bracket_over_pages": (9, 7),
    # Borderless without «№», landscape: the first column is headed as the event's, so the numbered
    # sections' headings («2. Международное сотрудничество») and a «25-й …» event make no «№» column.
    "borderless_unnumbered_numbered_sections": (1, 23),
    # Borderless: one footnote's text at the foot of two pages under two markers («1 Даты …», «2 Даты
    # …»), one shape at both feet; it is the footnote, not a running footer.
    "borderless_footnote_at_two_feet": (1, 19),
    # Borderless without «№»: a row whose title cell cannot tell (its first word too long to fit
    # above) opens under a date cell that LibreOffice ended short of its edge without the wrap's
    # space glyph («январь, ноябрь» over «ежегодно»): that cell ended, a new row opens.
    "borderless_unnumbered_date_cell_ended": (3, 15),
    # ... and where the date cell above fills its column («октября» / «октябрь (ориентировочно)»), a
    # cell opening under an empty one and a paragraph surely opened beside it outweigh it.
    "borderless_unnumbered_full_date_cell": (2, 15),
    # Borderless: a bold section heading centred on the table and set as close as a row's lines,
    # short enough to stand in one column («Дни городов МАГ» over the date's); its footnote marker
    # is set in the regular face: the heading is still all in bold (it went into the row above's date).
    "borderless_bold_heading_regular_marker": (17, 7),
    # LibreOffice, borderless without «№»: a row whose event opens in small letters («сессия
    # Генеральной Ассамблеи МАГ») under a row whose date ended on the line above (no wrap's
    # space glyph), a cell empty above opening beside: a row of its own (it was glued above).
    "lower_case_row_under_an_ended_date": (25, 7),
    # LibreOffice, ruled: a section's heading row broken by the page, «IV. | Юбилейные даты
    # городов-членов» at page 1's foot, «МАГ» under the header repeated on page 2: the heading's
    # rest, not the next heading (its anniversaries were read as events of a section «МАГ»).
    "heading_row_broken_by_the_page_before_its_last_word": (39, 8),
    # LibreOffice, borderless without «№»: a row opens («Обновление раздела … | июль») under a date
    # cell of five lines that ended on the line above without the wrap's space glyph («членами
    # МАГ»); «июль» would have fitted after it, so the fit test alone read it as that cell's next
    # line and glued the two rows.  A paragraph that surely ended opens the cell below.
    "borderless_unnumbered_row_under_a_date_cell_that_ended": (53, 7),
    # LibreOffice, landscape, borderless without «№», rows touching: «Департамент /
    # внешнеэкономических» (its wrap's space glyph) goes on as «связей» on the next row's first
    # line, beside its date and place, which were empty on the row above's last line: one cell
    # merged over both rows (each has it), though only the event's paragraph ended above.
    "borderless_unnumbered_merged_person_beside_resumed_cells": (61, 7),
    # Borderless without «№», landscape, rows touching: two rows of one line each, every cell's
    # line its column's longest («… столиц» | «в течение I квартала» | «Председатель Комиссии»):
    # the next row's «июнь - август» would have fitted in the room up to the place's column, so
    # the date's cell ended, and the row below opens (the two had been read as one).
    "borderless_unnumbered_rows_of_their_columns_longest_lines": (70, 7),
    # LibreOffice, borderless, no numbers: a person's cell merged over two rows, set at its top, its
    # «Исполнительный» too wide for the narrow column and cut without a hyphen («Исполнительны» /
    # «й комитет МАГ»).  Each row had a piece of the word; a word the column cut goes on into the
    # row below, whose cell it is as well (`plain._word_cut`).
    "word_cut_by_a_narrow_column_in_a_cell_merged_down": (201, 7),
    # LibreOffice, borderless, landscape, rows touching, no numbers: a dates' list «12.02.2026;
    # 07.03.2026;» / «01.10.2026; 07.11.2026» over the next row's «январь», which would not have
    # fitted after it.  The list ended without its separator: «январь» is the next row's date (it
    # was read as the list's rest, a date merged over both rows).
    "dates_list_ended_over_the_next_rows_month": (206, 7),
    # LibreOffice, borderless, no numbers, a short table: two headings in bold among four rows, a
    # sixth of its words.  Headings were told by bold only where fewer words are: the second,
    # under a person's cell of five lines, went on the event above it.  A quarter of the lines at
    # most, all in bold, the others regular, are headings too (`plain._bold_headings`).
    "short_table_s_bold_headings_a_sixth_of_its_words": (209, 15),
    # LibreOffice, borderless, no numbers, rows touching: «февраль,» / «апрель, декабрь» over the
    # next row's «07.12.2025», which would not have fitted after it.  A date of its own under a
    # date that ended opens its cell, and the row with it (the two rows were read as one).
    "date_of_its_own_under_a_date_list_that_ended": (211, 15),
    # LibreOffice, borderless, no numbers: the signature alone at the top of the next page,
    # «Председатель   С.А. Ким» / «Комиссии», its name where the date's column starts.  Text in two
    # columns, crossing none: it was read as the plan's last row, the plan unsigned.  A position
    # with a person's name beside it is no row, and ends the table.
    "signature_alone_on_the_next_page_its_name_in_a_column": (85, 15),
    # LibreOffice, borderless, landscape, no numbers: the page's last row cut by the break, its
    # person's cell ending with a wrap («Руководители рабочих» / «групп» on the next page beside the
    # event's last line).  The rest was read as a row of its own.  LibreOffice marks its wraps with a
    # space glyph: a cell of the page's last row ending with one goes on over the break.
    "row_cut_by_the_page_break_a_cell_ending_with_a_marked_wrap": (88, 15),
    # LibreOffice, borderless, no numbers, rows touching: an event's second paragraph («XXXIII
    # сессия МАГ» / «Пленарное заседание») beside the rest of its person cut at the edge
    # («Исполнительны» / «й комитет МАГ»); «й» fits after the cut, so it passed for a cell's second
    # paragraph and the line opened a row.  No word opens so: that cell goes on.  And a row cut by
    # the page break right under its name («Издание сборника …:»), its list on the next page under
    # the header printed again: the list goes on the name that announced it.
    "cut_word_beside_an_events_second_paragraph_and_a_list_over_the_break": (96, 7),
}
BROWSER = {
    # WeasyPrint, Google Docs page, borders not collapsed: a cell merged down over three rows beside
    # the event, its bottom border drawn under the cells beside it as well as across the table.
    # Joined to the rule across first, it was left apart from theirs, and the rows beside the merged
    # cell were taken for a table inside a cell: page 1 had no plan table.
    "separate_borders_under_a_cell_merged_down": (289, 5),
    # WeasyPrint, borderless plain page in landscape, a row numbering the columns («1 2 3 4»), no
    # «№»: the rows a point of padding apart.  The signature at the page's margin, left of the
    # cells' padded text, had been read as the table's rows, its wide gaps taken for the padding
    # between rows: all rows were one.
    "borderless_rows_over_a_signature_at_the_margin": (288, 7),
    # WeasyPrint, plain page, ruled, the header repeated: a row the page break moved whole to page 2
    # left its merged date and place (over its name and its list) under page 1's table; they are
    # that row's, not merged with the row above (its «январь, июль, август» / «Минск»).
    "merged_cells_left_under_the_table_over_a_repeated_header": (251, 7),
    # ... and page 2 opens with a row whose name and list stand in cells of their own, its empty
    # person's cell merged over both: no cell merged with page 1's last row (its person's).
    "empty_cell_merged_over_a_name_and_its_list_opens_page_two": (252, 7),
    # WeasyPrint, borderless plain page without «№», only two rows, each an event's name set apart
    # from its list, the date and person centred on both: name and list are one row each.
    "borderless_names_over_lists_with_cells_centred_on_both": (253, 7),
    # Chromium, borderless portal page, borders not collapsed: a row printed as a table of its own
    # widths without a place, its first line across the columns above and below: its part opens at
    # its padding, its date told from a place by its wording («I» / «квартал»).
    "row_of_its_own_widths_without_a_place_between_two_tables": (254, 10),
    # WeasyPrint, borderless plain page without «№», borders not collapsed: the city days' last row
    # a table of its own widths («Кишинев   24-25 декабря   316лет»), one line, the signature under
    # it; the row above sets its age under «Ответственный исполнитель» («22 года»: no person).
    "city_days_last_row_of_its_own_widths": (147, 7),
    # WeasyPrint, Google Docs page, ruled: page 2 opens with a row whose event's cell is divided (its
    # list under its name), its other cells over both parts, the person's empty: no cell merged
    # with page 1's last row (its person is not this row's).
    "row_with_its_list_apart_opens_page_two": (97, 5),
    # Chromium, borderless plain page, landscape: a person merged over two rows («Департамент
    # внешнеэкономических» / «связей») centred across them, the first row of its own columns (its
    # event's name crosses the header's), the second fitting both: one table's rows, read together
    # (they were two parts, the person's last line in the second row's band gluing both rows).
    "borderless_merged_person_beside_a_row_of_its_own_columns": (141, 6),
    # WeasyPrint, Google Docs page, borders not collapsed: a list in a row's event cell runs on onto
    # page 2, where its cell's slice has column rules and a bottom rule but no top one.
    "list_cell_sliced_by_the_page_break": (140, 5),
    # WeasyPrint: a page's tables printed on top of each other, a section row between them.
    "stacked_tables": (5, 1),
    # WeasyPrint, borderless: sections as separate tables, each with its own column widths.
    "borderless_section_tables": (3, 1),
    # Chromium, borderless, with its header lines: wide padding between centred rows.
    "borderless_padding": (2, 0),
    # WeasyPrint: Google Docs' «[1]» footnote references at 0.97 of the text's size.
    "google_footnotes": (4, 5),
    # WeasyPrint, borderless Google Docs page: cells at the top of their rows, lists apart.
    "borderless_top_aligned": (5, 5),
    # WeasyPrint, borderless without «№»: the signature under the table is no heading of it.
    "borderless_unnumbered_signature": (5, 7),
    # Chromium: a row that the page break ends, its rule drawn across its last line.
    "row_cut_by_page": (1, 8),
    # Chromium, an old portal's coloured boxes: the approval block beside the page's menu.
    "approval_beside_menu": (8, 8),
    # Chromium, borders not collapsed: a table per row, each with its own column widths.
    "table_per_row_separate_borders": (3, 10),
    # WeasyPrint, an old portal's layout box: on page 2 its top border touches the plan's rules.
    "plan_in_layout_box_over_pages": (8, 9),
    # WeasyPrint, borderless in an old portal's layout: the menu's «Мероприятия», «Документы»
    # beside the approval make no header; the plan's own header names more columns.
    "borderless_header_beside_menu": (9, 9),
    # ... its last section a table of its own columns, two rows long.
    "borderless_short_last_part": (11, 9),
    # WeasyPrint, borderless Google Docs page: its last two rows a table of their own columns;
    # the last column's header «Форма проведения» reaches past the column's text.
    "borderless_last_rows_own_columns": (10, 5),
    # Chromium, borderless Google Docs page: a cell's second paragraph set nearer the next row.
    "borderless_google_paragraph_spacing": (3, 4),
    # WeasyPrint, a Word page: a «[1]» reference glued to a closing quote («люди»[1]).
    "footnote_after_quote": (7, 3),
    # WeasyPrint, borderless in an old portal's layout: a bold «II. Международное» /
    # «сотрудничество» heading; the last row's lines under a column start a little off the header's.
    "borderless_bold_numbered_heading": (10, 9),
    # Chromium, borderless portal page: «Департамент внешнеэкономических связей» merged over two
    # centred rows, running on across their boundary; a page's last row a table of its own
    # columns, 3.4 points off the header's.
    "borderless_merged_cell_over_rows": (1, 10),
    # WeasyPrint, borderless portal page: two sections printed as tables of their own columns,
    # one after the other; the first's columns placed from its own lines, up to the next heading.
    "borderless_section_tables_in_a_row": (9, 11),
    # WeasyPrint, a borderless Word page: on the last page the event column starts 5 points left of
    # the header's; the last row's lines are the table's, the signature under them is not.
    "borderless_last_page_columns_off": (4, 3),
    # Chromium, borderless Google Docs page (cells at the top of their rows): a row's list runs
    # onto the next page, set as close to the next row as its own lines; it stays the row's.
    "borderless_google_list_over_pages": (5, 4),
    # WeasyPrint, borderless without «№», cells centred: an event's name set apart from its list by
    # the list's margin joins the row whose date and person stand in the middle of both.
    "borderless_unnumbered_centred_lists": (10, 7),
    # ... its second section a table of its own columns under a heading between wide bands; the
    # signature, set left of every cell, is no row; a centred row's interleaved lines stay one row.
    "borderless_unnumbered_section_table": (13, 7),
    # WeasyPrint, borderless portal page: a row's note runs onto the next page, its page-1 part
    # centred on its own; the next page opens with the note's rest (no event's name), a row of its own.
    "borderless_note_over_pages": (3, 11),
    # Chromium, borderless portal page, borders not collapsed: the «№ п/ п» header cell centred over
    # three lines (its first above the other cells' line); each section a table of its own columns
    # under a centred heading (a part fitted over several sections put all their text in one column).
    "borderless_section_tables_centred_headings": (20, 0),
    # Chromium, a borderless Word page: sections as tables of their own columns under bold headings
    # centred on the page and set as close as a row's lines; a list's last item, set apart by its
    # spacing, nearer the next row than its own, stays its row's (cells at the top of their rows).
    "borderless_word_section_tables": (19, 2),
    # Chromium, landscape, ruled: a row cut by the page break, its place's line set just under the
    # bottom rule drawn at the cut (the rest of its list on the next page, under the repeated header).
    "row_cut_line_under_rule": (17, 6),
    # WeasyPrint, ruled portal page: a row cut at the page's foot, its number and date (cells the
    # cut leaves open, centred in the whole row) printed under the page's part of the table.
    "row_cut_cells_under_table": (17, 11),
    # WeasyPrint, borderless in an old portal's layout, landscape: a one-line row printed as a table
    # of its own column widths runs over the header's columns; it is a row, not a heading.
    "borderless_row_own_columns": (5, 9),
    # Chromium, borderless portal page: the first row's first line, its number centred lower, set as
    # close under the header as the header's lines and where the «Мероприятия» cell starts, is a row.
    "borderless_first_row_close_under_header": (21, 0),
    # WeasyPrint, ruled Word page: page 2 opens with the cut row in page 1's columns, the rest laid out
    # with other widths; rowspan rules in the title column make no table inside another.
    "page_two_laid_out_anew": (24, 3),
    # WeasyPrint, ruled portal page: 4 points of a cut row left at the page's foot, its number, date
    # and person printed under them; its event's name and list on the next page.
    "row_cut_four_points_above_foot": (26, 1),
    # Chromium, borderless in an old portal's coloured boxes: the page's footer under the table starts
    # left of it; the sections' headings, tables of their own columns, are centred on the table.
    "borderless_sections_centred_on_table_not_footer": (30, 8),
    # Chromium, borderless portal page, borders not collapsed: the last rows a table of their own
    # columns without a place: the column they lack is told by their date wordings.
    "borderless_part_without_place_column": (7, 10),
    # WeasyPrint, borderless Word page: a city-days section a table of its own columns («№ | city |
    # date | age»); read with the columns above it, city and date would share a cell.
    "borderless_city_days_own_columns": (12, 3),
    # Chromium, borderless portal page with its header lines: a section's bold heading alone at the
    # foot of page 1, a wide band above it; its rows open page 2 (the table does not end there).
    "borderless_heading_at_page_foot": (34, 10),
    # WeasyPrint, borderless Google Docs page, each row a table of its own widths: the last row, on
    # a page of its own, its event column wider than the header's; its second line is the row's,
    # not the signature's.
    "borderless_last_row_own_widths": (35, 5),
    # WeasyPrint, ruled hand-written page without «№»: a row cut at page 1's foot (its date and
    # place there, its cells open at the bottom) goes on under the header that page 2 repeats.
    "row_cut_under_repeated_header": (24, 7),
    # WeasyPrint, borderless hand-written page without «№», cells centred: an event's name set apart
    # from its list («Школа мэров городов Содружества:» / «• секция …») opens the row; the list's
    # first line beside the row's date and place does not open another.
    "borderless_unnumbered_name_over_list": (30, 7),
    # WeasyPrint, borderless Google Docs page, each row a table of its own widths: the rows after the
    # first lay their columns out further right than the header's («Выполнено» at 497 under «Отметка
    # о выполнении» at 446), and no column boundary cuts a header cell's words; a row whose event's
    # name the page break moves whole to page 2, its second paragraph («Круглый стол МАГ») set
    # apart by its spacing, keeps both (no section heading), the next row its own columns.
    "borderless_rows_wider_than_header": (34, 5),
    # WeasyPrint, borderless in an old portal's layout (cells at the top of their rows): a row laid
    # out with its own widths whose number's line fits the table's columns and whose list's last
    # item («• в сфере молодежной политики») runs past the event's column: the item stays the
    # row's, not a section heading over the rows after it.
    "borderless_list_item_past_table_column": (30, 9),
    # Chromium, borderless in an old portal's layout: a row printed as a table of its own widths
    # whose number's line («2.  в течение  Организаторы: Акимат») fits the columns above as well;
    # the row's own columns start at that line, so its note is not cut in two («Акимат» /
    # «города Астаны»: one organizer).
    "borderless_row_own_widths_number_line_fits_above": (40, 8),
    # Chromium, borderless portal page, rows printed each as a table of its own widths, their cells
    # centred: a row's lines are those around its number (its event's first lines above it, not
    # the next row's under it), whatever a part of few rows shows of the alignment; a city's days
    # row «8 Бишкек 529 лет февраль» fitting columns placed from another row gets its own, its
    # date under the date's column.
    "borderless_centred_rows_own_widths": (38, 10),
    # WeasyPrint, Google Docs page, each cell's own borders: a list's item wrapped in its narrow cell
    # («• ● СГЦСЗ» / «России», «• ● в сфере» / «культуры»), its line ending near the cell's middle,
    # is one item: an item is set from the left, not centred.
    "list_item_wrapped_near_cell_middle": (33, 5),
    # Chromium, an old portal's coloured boxes, landscape: «… Правительство» / «Москвы» wrapped
    # though «Москвы» fits the room the least column offset gives by 0.02 points (the rules stand
    # on whole pixels, the text where the layout put it): one organizer, not two paragraphs.
    "wrap_by_a_hair": (38, 8),
    # Chromium, Google Docs page: «МАГ» / «(Исполнительный комитет),» wrapped, 0.28 points short.
    "wrap_by_a_fraction_of_a_pixel": (59, 4),
    # WeasyPrint, ruled, landscape: a row cut by the page break with no part of it on page 1 (the
    # table closed above it), its date and place left under page 1's table; page 2's table, open
    # at the top, holds the rest of the row with those cells empty.
    "cut_rows_cells_left_under_closed_table": (59, 7),
    # Chromium, a borderless Word page: the last row of a section printed as a table of its own
    # widths, one line: «6. Стажировка … самоуправления» across the header's event, place and
    # date columns, «ежеквартал.» under the header's note: a row, its wording the date.
    "borderless_lone_row_own_widths_date_under_note": (46, 2),
    # WeasyPrint, borderless without «№», landscape: the signature under the footnotes, its
    # position's lines and its name each apart, all within the event's column: the footnote under
    # the last row ends the table (the signature was read as headings without items).
    "borderless_unnumbered_signature_under_footnotes": (57, 7),
    # Chromium, borderless portal page, cells centred: a section's heading ends page 1, and page 2
    # opens with the next row's name above its centred number; the heading ended the rows above,
    # so the name is no rest of row 5 cut by the page (it went there, row 6's list became its name).
    "borderless_section_heading_at_page_foot": (65, 10),
    # WeasyPrint, borderless without «№», cells centred in padded rows whose lines keep one step
    # (an event of five lines beside cells of one and three): its first line, «Участие в», alone
    # in the event's column, opened a row of its own.
    "borderless_unnumbered_centred_rows_in_step": (75, 7),
    # Chromium, borderless portal page, cells centred: a row whose columns are placed anew opens
    # with its event's first line over its number («Выставка» over «2.  «Градостроительство и»»),
    # which went on the row above.
    "borderless_own_columns_row_opens_over_its_number": (75, 10),
    # Chromium, borderless, cells centred: the first row's event over its number, set off from it
    # by its list's margin, was read into the header.
    "borderless_first_row_over_its_number": (77, 6),
    # WeasyPrint's default print of a portal page: the approval block set flush right in the
    # layout table's wide cell, its short lines read as one wrapped paragraph (approval unread).
    "approval_flush_right_in_layout_cell": (79, 9),
    # Chromium, borderless Google Docs page: «№ / п/п» and «Наименование / мероприятия» on two
    # lines beside «Место и сроки проведения» over «Место | Срок»; the header's second line,
    # naming as many columns as the whole band, was taken for the header (the first line above it).
    "two_line_header_over_sub_columns": (81, 4),
    # Chromium, borderless Google Docs page printed as tables of their own widths: a new table
    # starts a row under a section's heading, the row over it the table above's (its event's
    # second line, wider than the new table's column, was read as a heading across the table).
    "section_opening_with_the_table_above": (80, 4),
    # Chromium, borderless, cells centred in their rows: under a header of one line, the first
    # row's event over its number, a list's margin between (read as the header's second line).
    "first_event_over_its_number_under_one_line_header": (79, 6),
    # WeasyPrint, borderless Word page in landscape: the next page, its margin wider than the
    # table's, holds only the footnotes «[1] По согласованию…»; «[1] По» left of the table's «№»
    # was taken for a menu beside it (a footnote lost, its marker left in the title).
    "footnote_left_of_the_table_on_the_next_page": (85, 3),
    # ... and its words after «[1] Даты» a space on, under the table's «№» (a menu's item a space
    # from the row's number it stands beside is still the menu's).
    "footnote_under_the_numbers_on_the_next_page": (83, 3),
    # WeasyPrint, borderless Google Docs page: the lists in the cells set at 12 points in an
    # 11-point table; the last row's second line, the table's size, was cut off as a footnote's.
    "lists_set_larger_than_the_table": (83, 5),
    # Chromium, borderless Google Docs page, each row a table of its own widths: «Место и сроки
    # проведения» over «Место | Срок» on the header's second line, a column's gap apart, and no
    # body column under either (the rows lay theirs out elsewhere): the header's own gap parts them.
    "sub_columns_parted_by_the_header_alone": (88, 4),
    # WeasyPrint, borderless portal page: the signature opens page 2 at the page's margin, left of
    # the table's padded cells; it is no row of the table going on.
    "signature_opening_the_next_page_left_of_the_table": (88, 1),
    # WeasyPrint, borderless, no «№», cells centred: an event's name over its list, the list's
    # margin between («VIII сессия МАГ» / «• секция …»); a row cut at page 1's foot, its date
    # and place centred there, its event's name on page 2.
    "name_over_list_and_row_cut_before_its_name": (89, 7),
    # Chromium, borderless, landscape, with its header lines: the header's «Дата и место» over
    # «проведения» beside its other cells' one line, the first row's event over its number, its
    # list's margin between: the event is the row's, not the header's third line.
    "first_event_over_its_number_under_a_centred_header": (93, 6),
    # Chromium, borderless portal page printed as three tables of their own widths with no heading
    # between (one from a section's fourth row, one from the next page's third): columns placed
    # from two tables' lines at once read the first's places into its events; each table's wraps
    # told by its own column's reach, the header's table's too.
    "tables_of_their_own_widths_one_after_another": (99, 10),
    # Chromium, Google Docs page, borderless, landscape: «в течение IV квартала», the space after
    # «IV» a text object of its own kerned a hair into the «V»; without it the two words were two
    # cells, «квартала» the note.
    "space_object_kerned_into_the_letter_before": (100, 4),
    # WeasyPrint, ruled: a table of its own widths between the plan's, a column fewer (a person's
    # cell merged over two rows and across the place's column): its rows are the plan's, each
    # column set on the one of the table above it overlaps most, not skipped as a foreign table's.
    "table_of_a_column_fewer_between_the_plans": (102, 7),
    # WeasyPrint, borderless, no «№», each row a table of its own widths, cells centred: an event's
    # name over its list, the list's margin between, its date and person beside the list; placed
    # apart, the name alone was read as a section's heading.
    "name_over_its_list_in_a_row_of_its_own_widths": (103, 7),
    # Chromium, borderless, landscape, an old layout page: a row's number alone on its first line,
    # its event's cell aligned lower («9» over «Участие в XII …»): one row, not a number's row
    # and a heading.
    "number_alone_over_its_rows_lines": (102, 8),
    # WeasyPrint, borderless, no «№»: the header's table holds one section's first row; a row of
    # two cells, a section and the city days follow as tables of their own widths, every line of
    # theirs across the header's columns.  They are the plan's rows (their cells say dates), not a
    # signature after its last; the row of two cells «Выездное заседание … | Отдел информации …»
    # has its person, not its place: the cell opens with a department.
    "unnumbered_tables_of_their_own_widths_under_the_header": (101, 7),
    # WeasyPrint, ruled, each section a table of its own: one of three columns under the header's
    # four, its dates under the place's heading (set on the columns above by overlap).  A date
    # wording there, in a row without a date, is the row's date, never its place.
    "dates_under_the_place_heading_of_a_narrower_table": (108, 7),
    # Chromium, borderless portal page, landscape, cells centred in padded rows: a one-line event
    # beside a two-line place stands half over each of its lines.  The line it was read on grew to
    # take the place's second line, and the first two rows were read as one.
    "centred_event_beside_a_two_line_place": (111, 0),
    # WeasyPrint, borderless, landscape, no «№»: an event's name set as close under the row above
    # as a wrapped line, its list under it a margin apart, its person centred beside the list (the
    # rows do not show their cells centred: the list's margin moves the middle).  A list whose
    # first line holds nothing beside its bullet opens no row: the name goes with it.
    "name_over_a_list_with_nothing_beside_its_first_item": (109, 7),
    # WeasyPrint, borderless portal page, cells centred in padded rows: a row's event wraps onto a
    # second line («Подготовка отчета о работе» / «Ассамблеи МАГ»), the row below holds lists whose
    # margins move its middle; the second line went onto that row.  Rows parted by padding stay so.
    "padded_rows_keep_their_events_second_line": (115, 1),
    # WeasyPrint, borderless, landscape, the header printed again on each page: a row cut at page
    # 1's foot, its place alone there («Ереван»), its event and date on page 2 under the header;
    # and the signature read as rows across the table, a line each, on the last page.
    "row_cut_before_its_event_under_the_repeated_header": (114, 7),
    # Chromium, borderless, landscape, cells centred: a row cut at page 1's foot sets its person
    # on its first line («Члены Комиссии»), the row above has none; it is no cell merged over both.
    "cut_rows_person_is_no_merged_cell": (115, 6),
    # WeasyPrint, borderless, landscape, no «№»: page 2 opens under the repeated header with a
    # section «3. Юбилейные даты …» (it was read as an event of the section above), and the
    # signature's position is read as two rows, its second in small letters («генеральный
    # директор МАГ»): that is the position's rest, not the last event's.
    "section_at_a_page_top_and_a_position_over_two_rows": (120, 7),
    # Chromium, borderless, cells centred: the event's header cell, centred, starts where the
    # first row's list items start after their bullets («•  в сфере культуры»); the event column
    # was placed there, and the event's name above the list went into the «№» column.
    "centred_header_over_a_lists_items": (125, 6),
    # Chromium, Google Docs page, borderless, landscape: «Место и сроки проведения» over «Место |
    # Срок», the sub-header's «Место» read into the upper row: a «Место и сроки» column and a «Срок»
    # column beside it, whose dates were dropped (read with it now, as one cell).
    "date_column_beside_a_place_and_date_column": (132, 4),
    # Chromium, borderless, landscape, cells centred, rows touching: a centred header's event cell
    # starts where the lists' items start after their bullets, three lines of them as strong a
    # start as the events' own; the event column was placed there, a row's date cut off its row.
    "lists_as_strong_a_start_as_the_events": (133, 6),
    # WeasyPrint, borderless, no «№», cells centred in padded rows, the columns a hair further on
    # from a row inside a section: the part of its own columns opened at the row's second line
    # (no number opens a row: the padding does); and a row cut at page 1's foot before its event,
    # its place and person there, the row above with a person and no place: the next page's row's.
    "unnumbered_part_opens_at_the_padding_and_a_row_cut_before_its_event": (133, 7),
    # Chromium, borderless plain page: a section's own table; its row cut by the page break is set
    # in the widths of the next page's part, its name's last line and list at page 1's foot fitting
    # the header's columns too: the row's rest, not a row (it was read as a heading).
    "row_cut_by_the_page_in_the_next_pages_widths": (151, 6),
    # Chromium, ruled layout page: «Организаторы: Мэрия» / «Минска, …», the next word 0.03 pt short
    # of the cell's edge, wrapped all the same: one organizer.
    "word_a_hair_short_of_the_edge_wrapped": (151, 8),
    # WeasyPrint, borderless, no «№», landscape: page 2 opens under the header printed again with a
    # section's heading (no date, place or person), no rest of the row above: a heading.
    "heading_opens_a_page_under_the_header_again": (151, 7),
    # WeasyPrint, borderless portal page, landscape, borders not collapsed: rows 3 and 4 a table of
    # their own widths; row 3's first line, across the header's columns, kept them and its event's
    # name was cut from the rest of its row (read as a heading).  Its lines interleave: one row.
    "interleaved_lines_of_a_row_of_its_own_widths": (153, 1),
    # Chromium, borderless portal page, each row a table of its own widths: the first row has no
    # place, and its columns placed from its own lines closed the place's; the header's cells set in
    # them put «Место проведения» in the event's cell and the plan was refused («no plan table
    # found»).  The header stands in its own columns, a table over the rows; each row's lines,
    # interleaving, are read in one part (the first section's two rows shared a line).
    "header_over_a_first_row_of_its_own_columns": (157, 10),
    # WeasyPrint, a borderless page: a cell's list set off its text by the list's margin, a band
    # between a line's gap and a row's padding, and the list's bottom margin one band wider than
    # a row's.  Read as the steps between band heights, the widest step (a row's padding under the
    # list's margin plus padding) parted nothing but the row after the list, and the whole page
    # was one row.  A list's top margin inside a cell is left out of the heights.
    "list_margin_between_line_gap_and_row_gap": (171, 7),
    # Chromium, an old portal's borderless page: a row cut by the page break leaves its date's
    # «(ориентировочно)» alone at the next page's top, by chance in the table's middle and set
    # apart: it was taken for a section's heading between two tables.  No heading opens with a
    # bracket or a small letter.
    "a_dates_rest_at_a_pages_top_centred_by_chance": (165, 8),
    # Chromium, a borderless landscape page: its first row set under the header without padding, the
    # header's cells all in bold over the row's regular lines: the row's first lines were read as the
    # header's second line.  A regular line under a header all in bold opens the rows.
    "first_row_touching_a_bold_header": (182, 6),
    # WeasyPrint, a borderless portal page: «Ответственные» merged over rows 2 and 3, centred
    # across both; row 3's event ends with a list whose bottom margin prints nothing, so the row's
    # middle measured from its text stood near the merged text and row 2 lost its person.  The
    # rows' boxes reach over the list's margin.
    "merged_person_beside_a_row_ending_with_a_list": (165, 1),
    # ... a page without numbers, cells centred: «Исполнительный комитет МАГ» merged over two rows,
    # centred across both, stood in the upper row's part only (the merged cells were looked for in
    # numbered tables alone).
    "merged_person_in_a_table_without_numbers": (138, 7),
    # WeasyPrint, landscape, a table per part of the page, each of its own widths, stacked: rows
    # without a place print its empty cell 2.2 pt wide, and the grid merged that sliver column
    # with the next (slivers are where two stacked tables' rules nearly meet): the rows a column
    # short were no plan's and went into the signature.  Both sides of one cell stay a column.
    "empty_cell_printed_a_hair_wide_in_a_row_table": (184, 7),
    # WeasyPrint, a portal page: the site's «Новости» / «Открыта регистрация …» printed right under
    # the signature («Кравцов А.Н.»), read as the initials' wrapped surname: «А.Н. Новости».
    "site_menu_under_a_signature_with_the_surname_first": (195, 11),
    # WeasyPrint, borderless, landscape, no «№», rows padded, cells centred: «Руководители рабочих
    # групп» merged over two rows, centred across both, fills the padding between them; the two
    # rows were read as one (two events in one title).  A text in the middle of two rows, the
    # other row holding none in its column, is their merged cell.
    "person_merged_over_two_padded_rows_without_numbers": (198, 7),
    # WeasyPrint, an old layout page, ruled: the plan's last row on page 1 is cut by the break,
    # its borders a few points tall, its text («9  июнь  Члены Комиссии») printed under them,
    # inside the layout table's frame: it was read as a paragraph, the row's number lost and its
    # rest on page 2 an item without one.
    "cut_rows_text_under_its_borders_inside_a_layout_frame": (206, 9),
    # Chromium, Word's page, borderless, two rows: the first event's name over its list (Word's
    # bullets, paragraphs apart), its number beside the name's first line; the list's items were
    # shared out between the rows as if centred (the second row's number stands in the middle of
    # its band by chance).  One whole row's name over its list shows cells set at the top.
    "one_name_over_its_list_in_a_table_of_two_rows": (206, 2),
    # WeasyPrint, borderless, landscape, no «№», borders not collapsed: the last two rows tables of
    # their own widths, one a line («Участие в … форуме   13.03.2023; 19.05.2023; 14.09.2023», no
    # place or person), the other of five (an event's name over its list, «апрель – | Отдел
    # информации …» beside it).  The first was read as a heading, the second and its person went
    # into the signature: each is a row placed from its own lines, its date telling its columns.
    "last_rows_of_their_own_widths_without_numbers": (69, 7),
    # WeasyPrint, borderless, no «№», rows touching, cells centred: «Руководители рабочих групп»
    # merged over two rows, its lines across their boundary, the upper row's other cells empty:
    # the two rows were read as one (a merged cell's block was wanted inside one row).
    "person_merged_across_two_touching_rows_without_numbers": (193, 7),
    # Chromium, an old layout page, landscape, borderless: row 5 a table of its own widths without a
    # note, its «Место, дата» cell («Калининград» / «1 ноября») under the header's «Примечание»;
    # read as the note.  A row whose date column is empty and whose date wording stands in another
    # column is placed from its own lines, the wording telling which column it lacks.
    "place_and_date_of_a_row_of_its_own_widths_under_the_notes_heading": (163, 8),
    # Chromium, borderless, borders not collapsed: the header's «Дата и место» over «проведения», one
    # cell, and the body's dates starting (centred) right where the space after «Дата» falls: the
    # cell was cut there into «Дата и проведения» and «место», the place under the date.  A space
    # that a line of the cell under it crosses is no boundary.
    "header_cell_of_two_lines_not_cut_at_its_first_lines_space": (212, 6),
    # WeasyPrint, a portal page, borders not collapsed: the row the page break cuts draws each cell's
    # box only as tall as its text on the page, the date's and the place's one line beside the
    # event's three; the rule between them a fifth of the row's height, the two cells were read as
    # one («до 15.10.2022 Екатеринбург» a date).
    "date_and_place_boxes_of_a_row_the_page_break_cut": (72, 11),
    # WeasyPrint, borderless plain page, each row a table of its own widths, cells centred: an event's
    # name ending in a colon over its list, the list's margin between, the person's first line set
    # above the first bullet; the name was read as a row of its own, a section («… форуме:»).
    "name_over_its_list_beside_a_person_set_higher": (216, 7),
    # WeasyPrint, borderless portal page: a section runs over two pages, each page's part a table of
    # its own widths; columns placed from both pages' lines left the place's column empty and read
    # the places into the notes («Организаторы: Тбилиси»).  Each page's part gets its own columns.
    "section_over_two_pages_each_of_its_own_widths": (211, 11),
    # WeasyPrint, borderless plain page: the last two sections printed as tables of their own widths,
    # the city anniversaries' narrow rows («Нижний Новгород  ноябрь  142 года») under a centred
    # heading after rows of other widths; the table ended at the heading and the section, its rows
    # and the signature were read as one signature's position.  Nothing under the heading is lost.
    "heading_over_rows_after_rows_of_their_own_widths": (221, 7),
    # Chromium, Word page, borderless, each row a table of its own widths: a row without a place
    # whose date is a period with a qualifier after it («в течение года по согласованию с» /
    # «городами-членами МАГ»), read whole as no date, so its column was taken for the place's.
    "period_with_a_qualifier_in_a_row_without_a_place": (237, 2),
    # WeasyPrint, borderless plain page without «№», each row a table of its own widths, cells
    # centred: the columns placed for the rows below start at a row's last lines («МАГ   Комиссии»,
    # «Круглый стол МАГ»), which fit them too; its lines above cross them («30.01.2029» alone in
    # its band).  Without numbers, the padding above opens the row: read as two rows, it was.
    "row_of_its_own_widths_whose_last_lines_fit_the_next_rows": (240, 7),
    # Chromium, borderless plain page, borders not collapsed: each row a table of its own widths,
    # those of rows 2 and 3 alike; «Заместитель председателя» / «Комиссии» centred across both.
    # Each row read as a table apart, the merged cell was cut between them.
    "person_merged_over_two_rows_of_their_own_widths_alike": (110, 6),
    # Chromium, Word page, borderless, landscape: the title's last line («на 2020 год»), centred on
    # the page, stands a header line's gap over the place's header cell («Место» / «проведения»,
    # set at its left); it is no upper line of that cell (it would be centred as the others are).
    "title_line_close_over_a_header_cell_set_at_its_left": (261, 2),
    # WeasyPrint, Google-Docs page: an event's footnote reference «[1]» and the colon after it
    # wrapped onto a line of their own («(по отдельной программе)» / «[1]:»); raised over the
    # colon, it is the marker, not the title's word (its footnote was read as the signature's).
    "bracketed_reference_opening_a_line": (261, 5),
    # WeasyPrint, Google-Docs page, borderless: the last row a table of its own widths shrunk to its
    # text, its person's cell empty («4.  Заседание Совета МАГ  октябрь    Устав МАГ»): the gap
    # before «Устав МАГ» twice the others tells the empty cell; it was read as the person.
    "row_of_its_own_widths_with_an_empty_cell_between_its_cells": (266, 5),
    # WeasyPrint, plain page, landscape, borderless, no «№», cells centred: the page break left a
    # row's date and place on page 1 and moved its name and its list (the list's margin between)
    # to page 2 under the header printed again; the list's band, apart from the name, was read as
    # a row of its own (no row opens with a list).
    "name_and_list_moved_to_the_next_page_apart_from_its_date": (270, 7),
    # WeasyPrint, plain page, borderless, no «№», cells centred: the page's last row, cut by the
    # break, shares a person merged over it and the row above; its cells stand off its middle on
    # page 1 (centred on the whole row), so the two rows had been read as one.
    "centred_rows_the_last_cut_by_the_page_sharing_a_merged_cell": (279, 7),
    # Chromium, plain page, borderless: the page break cuts a row's list, its last item («• АСДГ»)
    # opening page 2 over the next row's name; that row's lines may open at it (no row opens with
    # a bullet, but a page's first line is the rest of the row above, told further on).
    "list_item_cut_by_the_page_opening_the_next": (151, 6),
    # Chromium, borderless portal page in landscape, each section a table of its own widths: a row's
    # name over its list (a margin between), its number centred as well between the list's first
    # two items as on the whole row.  The list is not cut after its second item, nor the name left
    # alone (it was read as a section, the list's first items as the event).
    "name_over_its_list_number_between_the_items": (295, 10),
    # Chromium, portal page, borderless, cells centred: a person merged over two rows stands in their
    # middle, over the page's last row, which the break cut and set from its top.  That row said the
    # rows were set at their tops (three of the four that tell), and the person's last line was read
    # into the lower row alone.
    "person_merged_over_two_rows_above_the_row_the_page_cut": (310, 10),
    # WeasyPrint, Google Docs page in landscape, borderless, no «№»: the table split in two, the
    # header and one row, then the rest in columns of their own widths, every cell's paragraph with
    # its margins (rows two lines and more apart).  The rows after the header's band were taken for
    # the text under the table (no plan table found); the second table's rows go on with the plan.
    "unnumbered_rows_padded_apart_in_a_second_table_of_its_own_widths": (319, 15),
    # Chromium, Word page in landscape, borderless: the title's last line «на 2027 год», centred
    # under its first, stands right over the header and starts by chance where the header's «Место
    # и сроки проведения» does.  It was read as that cell's first line: the plan had no year, and
    # its words went into the header's cells.  A centred paragraph's last line heads no cell.
    "title_s_last_line_over_a_header_cell_starting_where_it_does": (200, 12),
    # WeasyPrint, Google Docs page, borderless, no «№»: each row a table of its own widths, rows a
    # wide band apart, the later ones two runs of words only (an event and its date wording, «Участие
    # в заседаниях …   по мере поступления обращений»), neither where a header's cell starts.  The
    # table ended over them: four of five rows lost to «text skipped».  A run reading as a date
    # wording beside the first makes the line a row of cells.
    "rows_of_an_event_and_its_date_only_in_tables_of_their_own": (320, 15),
    # Chromium, plain page, borderless, cells centred, each row of its own widths: the section's
    # heading («Заседания Комиссии*», from the table's edge where the numbers stand) right over the
    # first row, whose name and list stand round its number.  The row centred on its number took
    # the heading in and the next row's first lines: its person was read as headings.  A line
    # opening left of where the row's number ends is no line of the row.
    "heading_from_the_numbers_edge_over_a_centred_row_of_its_own_widths": (320, 6),
    # WeasyPrint, plain page, borderless, each section a table of its own widths: a section whose
    # rows have no place, three cells each («1 августа | Секретарь Комиссии»).  The third cell was
    # read as the place: with no notes' column, the person's cue tells a part of several rows too.
    "section_without_places_its_last_cells_persons": (332, 7),
    # WeasyPrint, plain page in landscape, borderless, cells centred, sections numbered anew: right
    # under a section's heading, a row's name over its list, the number beside the list's first
    # item (a list's margin apart from the name: a band of its own).  Two such rows read as numbers
    # opening their rows (top-aligned cells), and the name as a heading.  A number beside a list's
    # bullet opens no row by itself.
    "name_over_its_list_under_a_heading_its_number_beside_the_first_item": (329, 17),
    # Chromium, portal page in landscape, borderless, cells centred: a page's part ends with a
    # one-line row far above the page's foot, and the next page opens with the next row's name over
    # its list.  A one-line row does not show itself whole (its number has no lines round it): the
    # name was read as the rest of that row.  A browser cuts a row only at the page's foot: room
    # left under the last row says it ended there.
    "page_ending_with_a_one_line_row_far_above_its_foot": (334, 10),
    # Chromium, Word page in landscape, ruled: five of the cells' nine sure wraps happen to end with
    # a space glyph (where Chromium's text runs split), so the writer was taken for one that marks
    # every wrap, and each unmarked wrap short of the edge for a paragraph's end («Организаторы:
    # МАГ, Правительство» / «Москвы, ООН-Хабитат»: an organizer cut in two).  LibreOffice marks
    # all of them: three in four at least say so.
    "browser_wraps_marked_by_chance_half_the_time": (340, 12),
    # WeasyPrint, plain page in landscape, borderless, no «№», each section a table of its own
    # widths: the last section's heading, set in the text's face («Организационно-методическая
    # работа»), ended the table (three rows «text skipped»).  A line of one run over rows of three
    # cells goes on with the table, bold or not.
    "last_sections_heading_in_the_texts_face_over_rows_of_its_own_widths": (342, 7),
    # WeasyPrint, plain page, borderless, no «№», cells centred in rows padded apart: the bands
    # between a cell's lines (0.16 of the font size), between rows (0.54) and over the lists'
    # margins (1.54), with one band of 0.29 between the first two groups (a bullet's line boxed
    # taller).  That band blurred the clearest step, the rows' padding was taken for lines' gaps
    # and five rows of a section were read as one.  The step over one stray band counts too.
    "a_stray_band_between_a_cells_line_gap_and_the_rows_padding": (345, 7),
    # WeasyPrint, Google Docs page, borderless, no «№»: the first section's heading numbered in
    # figures («1. Мероприятия в городах-членах МАГ», bold) had the rows taken for numbered ones,
    # and the first row without a place or person after the padding ended the table (twenty rows
    # read as lines under it).  Further down, an event's cell holds a second paragraph («Круглый
    # стол МАГ:» over its list, a paragraph's spacing under the first), read as a section; and a
    # row parted over the page break («I-IV квартал» alone at page 1's foot, its event at page 2's
    # top) ended the table there.
    "google_docs_numbered_section_second_paragraph_and_row_parted_over_the_break": (357, 15),
    # WeasyPrint, plain page, borderless, cells centred, the plan printed as two tables: the second
    # opens with a row whose name («XXVII сессия МАГ», no colon) stands over its list, the list's
    # margin between, its number, date and person set lower beside the list.  The name fits both
    # tables' columns: it stayed with the first, a row of its own read as a section.  A name over
    # its list opens its row's part whatever its last word ends with.
    "name_without_a_colon_over_its_list_opens_the_next_table": (361, 17),
    # WeasyPrint, Google Docs page, borderless, no «№», each section a table of its own widths: the
    # last row's first line alone said its date («15.08»), its person's rest and its event's list
    # under it; then a section's heading and rows whose date wraps («1 раз в» / «квартал»).  The
    # table ended after that first line: the rest went into the signature's position.  A band of
    # lines of their own widths is asked before its first line, a date wrapped in its cell counts,
    # and a heading over such rows goes on with them.
    "last_rows_of_their_own_widths_their_date_wrapped_under_a_heading": (362, 15),
}

# WeasyPrint's default print (presentational hints off) of the family's page, as drawn.
DEFAULT_PRINTS = {
    # A Word page, borderless: a title cell's footnote reference «[2]» wrapped onto a line of its
    # own under «(по отдельной программе)», read as a word of the title, and the note it points at
    # («[2] Программа уточняется организаторами») lost.  A reference alone on a cell's last line
    # that opens a note under the table is a marker, as one glued to its word is.
    "word_page_reference_wrapped_onto_a_line_of_its_own": (314, 3),
    # A Word page, borderless, rows that touch, cells centred, each row of its own widths: a row's
    # note taller than its event, its first lines («По плану» / «Правительства» / «Москвы») over
    # the event's first line and fitting the columns of both rows; they were read as the end of
    # the note above.  The row above, centred on its number, cannot reach them.
    "word_page_taller_note_opening_a_row_under_a_row_of_other_widths": (315, 3),
    # A portal page, borderless: the page's last row is cut by the break, its name's first two
    # lines over its number, which is centred on the row's part down to the page's foot, lower than
    # its lines' middle.  They were read onto the row above (whole without them: its list's items).
    "portal_page_last_row_cut_its_name_over_its_number": (297, 11),
    # A Word page, borderless, two rows, each number on the middle line of its three-line name:
    # lines on shared baselines do not make the cells set at the top where no number opens its
    # band («Школа мэров» went to the row above).
    "word_page_numbers_on_their_names_middle_lines": (263, 3),
    # ... and a list whose items wrap under a hanging indent ends its cell with a bottom margin:
    # the next row's name («Школа мэров городов» / «Содружества:») stays in its row.
    "word_page_list_wrapped_under_a_hanging_indent": (260, 3),
    # A Word page, borderless, rows of their own widths: a row without a place whose note is a
    # remark of two lines («Место» / «уточняется»); its first line alone, one capitalised word,
    # read as a place's and the columns placed to make it one.  Wording running on in small
    # letters is no name.
    "word_page_remark_over_two_lines_where_no_place_is_printed": (230, 3),
    # A portal page, borderless: a page's last row of its own widths («Подготовка публикаций о» /
    # «4.  28 мая» / «деятельности МАГ в СМИ»), cells centred, then the next section's «V. Юбилеи
    # городов МАГ»: that heading was taken for a numbered row and the row's last line for its
    # first, the two placed as one row: the date went into the event's name.
    "portal_row_of_its_own_widths_over_a_numbered_heading": (111, 11),
    # A Word page, borderless, rows centred: the last row a table of its own widths, its number set
    # between its list's two items; the second item, across the header's columns, was cut off as
    # a line after the table (no signature nor footnote opens with a bullet).
    "word_page_last_rows_list_item_under_its_number": (273, 3),
    # A portal page: its last rows printed as a table of their own widths, cells centred, a name
    # of two lines round the number's line («3   16.12.2020   Тбилиси»), which crosses no column
    # but has its date in the note's: the row is the three lines (its name was read as headings).
    "portal_row_of_its_own_widths_its_number_between_its_name_s_lines": (263, 11),
    # A Word page, rows a point apart, cells centred, lines stepping as evenly across rows as
    # inside them: no padding tells where «3.  Межпарламентской» opens its row, whose lines run
    # into a row of its own widths; the rows of the run of lines around its number do («Участие
    # в заседаниях» above it).  Row «5.» sets its date on its number's line beside its place,
    # right of its event's lines («5.  июль  Астана»): its own columns.
    "word_page_rows_a_point_apart_told_by_their_numbers": (97, 3),
    # ... a list's last item («·  АГП») set off by its margin as far from its row as from the next.
    "word_page_list_item_a_margin_from_both_rows": (186, 3),
    # A borderless portal page, landscape, printed as two tables: a row broken over the page, its
    # rest at page 2's top laid out with widths of its own («Участие в XXII …» further left, its
    # date and person further right), the next table's row under it.  The rest's last line
    # («Пленарное заседание») fits the next table's columns: it opened that part, and the rest's
    # other lines went to a section of their own.  The band the line stands in opens the part.
    "a_rows_rest_of_its_own_widths_over_the_next_table": (229, 1),
    # A borderless portal page, cells centred: the last row a table of its own widths, its event's
    # name («Обновление раздела … на сайте:») over its list, the list's margin between, the row's
    # note centred in it; the name opens the row's part, not the padding under it.
    "name_over_its_list_opens_a_row_of_its_own_widths": (79, 11),
    # A portal page, rows touching, cells centred: each number beside the middle of its event's
    # name («1  советов городов-членов» under «Форум молодежных»), no row opens at its number.
    "numbers_beside_the_middle_of_their_names": (115, 11),
    # A borderless portal page printed as two tables, the second of its own widths, cells centred and
    # rows touching (each number under its row's first lines): its rows that cross the header's
    # columns were each given the same columns of their own, one part apiece, and the row between
    # them kept the header's; one part of those columns reads the rows around their numbers.
    "touching_centred_rows_of_a_second_table": (82, 1),
    # A Word page, rows touching: the signature under the last row as close as a cell's lines; the
    # last row's band, signature and all, placed no columns whose «№» column takes in its event.
    "signature_touching_the_last_row": (142, 3),
    # Rows of their own widths, centred: a date on a line of its own between its event's lines
    # («10. в течение года»), and a section whose rows' place stands where the rows above print
    # their notes («Самара» under «Организаторы: МАГ»).
    "date_line_of_its_own_and_places_under_notes": (88, 11),
    # Rows a point apart, centred: a one-line row («4. Мониторинг … | II-IV квартал») and the next
    # row's event as close under it as a wrapped line, its number lower down by its list.
    "one_line_row_over_the_next_rows_event": (88, 3),
    # Word's page, rows a point apart, centred: an event's name in small letters («сессия
    # Генеральной Ассамблеи МАГ:») under the list of the row above, the lists' margin between.
    # Its first line went onto that row's list: a line set off by a margin opens the row below.
    "lower_case_event_under_the_list_above": (109, 3),
    # A portal page, landscape, rows a point apart, centred: a person merged over two rows
    # («Заместитель председателя» / «Комиссии»), its two lines centred across the rows' boundary,
    # neither on its row's number.  Each row has it.
    "person_merged_over_two_rows_a_point_apart": (116, 1),
    # An old layout page, borders separate: the plan's sections are tables of their own inside
    # the layout table's cell, each as wide as the cell, a border's spacing off its sides (their
    # rules joined the cell's: one table, the page's menu column and the plan's title in its rows).
    "section_tables_filling_a_layout_cell": (121, 9),
    # Word's page, centred rows that touch, the columns a point or two further on from row 3 (a
    # part of its own columns): the part opened at row 4's second line, the first
    # («Участие в XVII») read with row 3; it ends where row 3, centred on its number, ends.
    "part_opens_where_the_centred_row_above_ends": (124, 3),
    # A layout page without rules: the menu column («Мероприятия», «Контакты») printed beside the
    # plan's title lines, on baselines of its own; its words were read into the title.
    "menu_beside_the_title": (127, 9),
    # A borderless portal page, rows touching, cells centred: one line's glyphs a hair apart made the
    # narrowest empty band, and a cell's own lines parted rows; page 2's three-line headings and an
    # event's name over its list fell apart into rows.
    "a_stray_narrow_band_does_not_set_the_rows_gap": (149, 11),
    # A portal page, landscape, rows touching: a person merged over two one-line rows («Отдел
    # информации и связей с» / «общественностью»), each line beside a row's number: its first line
    # ends on a preposition, so it runs on into the row below; each row has it.
    "merged_person_ending_on_a_preposition": (150, 1),
    # A portal page, rows touching, cells centred: row 5 a table of its own widths, its lines shared
    # out between three parts (its first line the header's, its last the next row's); its lines
    # interleave, so they are one row's, read with the columns of its number's line.
    "a_rows_interleaved_lines_read_in_one_part": (157, 11),
    # ... landscape, each row a table of its own widths: row 2's first line («Участие в XXVII …
    # «Российская»), fitting row 1's columns, went with row 1's part; it interleaves with its
    # number's line («2.  энергетическая неделя»»): one row.
    "rows_of_their_own_widths_touching": (126, 1),
    # A borderless portal page of three pages: a row cut by the first page's break leaves its «1»
    # alone under the page's last line, its text on page 2.  The only bare number of the print,
    # on its page's own place, it was taken for the page's number and the row lost its number.
    "a_rows_number_alone_at_the_first_pages_foot": (164, 11),
    # A portal page, rows touching, cells centred: a two-line bold heading's regular «II.» beside its
    # second line runs on into its first line's first word in the page's text, no space between;
    # that word took the number's face, the line was no heading's, and the heading lost it.
    "a_headings_number_runs_into_its_first_word": (162, 1),
    # ... rows touching: «Ответственные» merged over rows 1 and 2 beside a row whose event ends
    # with a list (as above).
    "merged_person_beside_a_list_rows_touching": (164, 1),
    # A portal page, its sections printed as framed tables of their own widths: the second, without
    # a header, has its empty place's column a hair wide, its two rules read as one, a column fewer
    # than the first; set on the first's columns, its note's cell, over their place's and note's
    # columns whole, went to the place's (the wider by half a point).
    "a_notes_cell_over_an_empty_place_column": (175, 11),
    # A portal page, rows a point apart, cells centred: a row's event over its list (the list's
    # margin between) in one band with the row below; «Ответственные» merged over three rows, its
    # text across two of them.  The band of two numbers is shared out with the rows above it, and a
    # text running over a rows' boundary centred across three rows is their merged cell.
    "name_over_its_list_beside_a_cell_merged_over_three_rows": (182, 1),
    # A Word page, rows touching, under a section heading at a later page's middle: the event's name
    # over its list (Word's bullets, paragraphs apart) stood alone, kept off the numbered row below
    # as if at the page's top (the rows above, of several numbers each, were not counted).
    "name_over_its_list_under_a_heading_below_rows_of_a_page": (178, 3),
    # Cells set at the top of their rows: «Отдел информации и связей с» / «общественностью» merged
    # over two one-line rows opens at the upper row's top and goes on into the lower one, set 1.5 pt
    # above that row's line: the lower row's own person had been its last word.
    "person_merged_over_rows_set_at_their_top": (185, 9),
    # Rows without padding (Word's HTML), cells centred: the table's first event name stands over
    # its list, the items set apart each by its margin; they joined their row one by one and left
    # the name for want of a numbered neighbour (read as a section).  At page 2's top the rest of a
    # cut person's cell stands right over the next row's name: two rows' lines in one band.  And a
    # note that fills its own row, the next row's taller note under it, was read as one cell merged
    # over both.
    "name_over_its_list_at_the_table_top_and_under_a_cut_rest": (188, 3),
    # A row printed as a table of its own widths in rows without padding, its cells centred each on
    # its own baselines: «Дом» / «Школа мэров городов» / «4. 09.06.2028 Правительства» /
    # «Содружества» interleave; the number's line alone crossed the header's columns and its date
    # went into the event's cell, the event's name read as a heading.  The interleaved lines are
    # the row, placed from all of them.
    "row_of_its_own_widths_interleaved_round_its_number": (189, 3),
    # A portal page, landscape, rows touching, cells centred: row 3's name's first line stands
    # 0.75 of a line above its number's line (its footnote marker makes the lines overlap), as
    # close as the lines of a cell are never set: row 3's first line was read into row 2.
    "next_rows_first_line_three_quarters_of_a_line_over_its_number": (199, 1),
    # A portal page, landscape, centred rows: page 2 opens with the rest of a row the page break
    # cut (its name and note), touching the next row, whose note stands centred on its number;
    # the two notes were read as one cell merged over both rows.
    "note_centred_on_its_number_under_a_cut_rows_rest": (238, 11),
    # A Word page, landscape, rows touching, cells centred: the page's last row, a table of its own
    # widths, opens with its event's name («XVI Молодежный форум городов-членов МАГ:») right under
    # the row above, its list a margin below; the row was taken to open at that margin, and the
    # name, across the columns above, was read as a section's heading.
    "last_rows_name_over_its_list_touching_the_row_above": (240, 3),
    # A Word page, rows touching, cells centred: a row of its own widths, its event's name over its
    # list (the list's margins inside the row), its number centred on the row with the list's last
    # margin.  The row had been taken from the list's first item to its second (no row opens or
    # ends at a bullet), its name read as a section's heading.  On the next page a name over its
    # list opens the page under the last row of a band of rows a point apart, that row centred on
    # its number: whole, so no rest of it opens the page (it had been read as that row's).
    "name_over_its_list_in_a_row_of_its_own_widths_rows_touching": (277, 3),
    # A portal page, rows touching, cells centred: page 2 opens with the rest of row 7 the page
    # break cut (its name's last lines, its date and note), centred on its own, and right under the
    # name's rest the next row's name over its list, a margin lower.  The band is not centred with
    # that name, and is without it: the name opens row 8 (it was read as row 7's last lines).
    "next_rows_name_right_under_a_cut_rows_centred_rest": (313, 11),
    # A Word page, rows touching, cells centred: page 2 opens with the rest of row 4 the page break
    # cut, its name's last lines and its list, each item set apart by its margin; under them row 5,
    # its name over its own list, whose last item stands apart under the number's band.  The rest's
    # items each joined row 5 (without its last item row 5 did not stand whole on its number):
    # row 4 lost its list, row 5 opened with it.  A row stands whole with the items under it that
    # no row below can take (`_with_its_tail`).
    "cut_rows_list_over_a_row_whose_last_item_stands_apart": (201, 13),
    # A layout page, each section a ruled table of its own: the city anniversaries' and capital days'
    # sections are tables of four columns («1. | Кишинев | май | 863 года») under their headings, the
    # plan's of five (and a layout column).  They did not continue the plan: five rows «skipped».  A
    # narrower table of numbered city rows, each with an age, under a heading goes on with the plan.
    "city_rows_in_narrower_tables_under_their_headings": (341, 19),
}


def _check(path: Path) -> None:
    want = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))
    got = magplan.read_plan(path, pdf_engine="pdfium").to_dict()
    assert got == magplan.read_plan(path, pdf_engine="pdfplumber").to_dict()
    assert mismatches(want, got, pages=False) == []  # the data does not say where pages break


def _check_rows(path: Path, numbers: set[int], fields: tuple[str, ...] = ()) -> None:
    """`_check` for the items numbered `numbers` only, and of those only `fields` where given (the
    document's other rows and fields show other faults)."""
    want = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))
    got = magplan.read_plan(path, pdf_engine="pdfium").to_dict()
    assert got == magplan.read_plan(path, pdf_engine="pdfplumber").to_dict()
    rows = tuple(f"№{number})." for number in numbers)
    keys = tuple(f").{field}:" for field in fields)
    wrong = [
        m
        for m in mismatches(want, got, pages=False)
        if m.startswith("items") or (any(r in m for r in rows) and (not keys or any(k in m for k in keys)))
    ]
    assert wrong == []


def _default_print(path: Path, html: str) -> dict[str, Any]:
    """`html` printed by WeasyPrint's default (`weasyprint page.html out.pdf`: presentational hints
    off) to `path`, read by both PDF engines alike: the plan's JSON."""
    import weasyprint

    weasyprint.HTML(string=html).write_pdf(path)
    got: dict[str, Any] = magplan.read_plan(path).to_dict()
    assert got == magplan.read_plan(path, pdf_engine="pdfplumber").to_dict()
    return got


@pytest.mark.skipif(_SOFFICE is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("case", sorted(OFFICE))
def test_office_pdfs(case: str, tmp_path: Path) -> None:
    _check(pdf_office.build_one(tmp_path, *OFFICE[case]))


@pytest.mark.skipif(_SOFFICE is None, reason="LibreOffice is not installed")
def test_office_borderless_unnumbered_row_under_a_cell_merged_over_it(tmp_path: Path) -> None:
    """LibreOffice, borderless without «№», cells at the top of their rows, no padding: the last
    row opens beside a merged «Ответственный» cell whose text runs on from the row above
    («Департамент внешнеэкономи» / «ческих связей»); the event's and the date's paragraphs both
    ended on the line above (no wrap's space glyph, short of the column): a row of its own (it
    was glued into the row above), and both rows have the merged cell's text.  A merged cell
    printed wholly on its first row leaves the rows under it nothing to read: only there may the
    responsible be missing (the item above's)."""
    _check_but_merged_persons(pdf_office.build_one(tmp_path, 18, 7))


def _check_but_merged_persons(path: Path) -> None:
    """`_check`, but where a row's person is a neighbour's: a merged cell printed wholly on its
    first row (or centred across the rows, within one of them) leaves the other rows nothing to
    read, so only there may the responsible be missing."""
    want = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))
    got = magplan.read_plan(path, pdf_engine="pdfium").to_dict()
    assert got == magplan.read_plan(path, pdf_engine="pdfplumber").to_dict()
    persons = [item["responsible"] for item in want["items"]]
    unseen = {
        f"item {i} ({item['kind']} №{item['number']}).responsible: want {item['responsible']!r}, got None"
        for i, item in enumerate(want["items"])
        if item["responsible"] in persons[max(i - 1, 0) : i] + persons[i + 1 : i + 2]
    }
    assert [m for m in mismatches(want, got, pages=False) if m not in unseen] == []


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_weasyprint_numbers_header_cell_is_not_split_by_rows_of_their_own_widths(tmp_path: Path) -> None:
    """WeasyPrint, a borderless Google Docs page: the header's «№ п/ п» cell wraps («№ п/» over
    «п»), and the rows after the first two are tables of their own widths whose events' names
    start where «п/» stands.  The header cell stays one column (it was cut in two at «п/», the
    rows' names read into a column of no header and the event's cell left empty).  A person
    merged over two rows prints on the first (`_check_but_merged_persons`)."""
    _check_but_merged_persons(pdf_browser.build_one(tmp_path, 146, 5, default_print=False))


@pytest.mark.skipif(_SOFFICE is None, reason="LibreOffice is not installed")
def test_office_print_of_a_spaced_plan_keeps_the_last_rows_wider_line(tmp_path: Path) -> None:
    """LibreOffice's print of a plan typed with spaces for columns (fixtures/blind spaced-tail.docx):
    the last row's event runs on onto a line wider than its column, across the date's («для
    старшеклассников и студентов колледжей города»), right under it.  It is the event's (it went
    into the signatory's position), and the signature under the footnote stays the signature."""
    source = Path(__file__).parent.parent / "fixtures" / "blind" / "spaced-tail.docx"
    path = docx_pdf(lambda out: out.write_bytes(source.read_bytes()), tmp_path / "spaced-tail.pdf")
    want = json.loads(Path(f"{source}.expected.json").read_text(encoding="utf-8"))
    got = magplan.read_plan(path, pdf_engine="pdfium").to_dict()
    assert got == magplan.read_plan(path, pdf_engine="pdfplumber").to_dict()
    assert mismatches(want, got, pages=False) == []


@pytest.mark.skipif(_CHROMIUM is None or not weasyprint_installed(), reason="Chromium or WeasyPrint is not installed")
@pytest.mark.parametrize("case", sorted(BROWSER))
def test_browser_pdfs(case: str, tmp_path: Path) -> None:
    # Printed as chosen before WeasyPrint's default print was drawn (presentational hints on).
    _check(pdf_browser.build_one(tmp_path, *BROWSER[case], default_print=False))


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_weasyprint_cut_last_row_centred_on_its_page_tells_the_rows_are_centred(tmp_path: Path) -> None:
    """WeasyPrint's default print of a portal page, landscape: the page's last row, cut by the
    break, is centred on its page as the others are (its number under its first line).  It counts
    among the rows that tell how the table sets them (left out, the rest looked set at their tops),
    and «Члены Комиссии», centred over rows 2 and 3, is both rows' person.  (A person merged over
    two rows later on, read with one of them, is the other's to miss.)"""
    path = pdf_browser.build_one(tmp_path, 72, 1, default_print=True)
    _check_but_merged_persons(path)
    got = magplan.read_plan(path).to_dict()["items"]
    assert [item["responsible"] for item in got[1:3]] == ["Члены Комиссии", "Члены Комиссии"]


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_weasyprint_name_over_its_list_is_not_split_off_beside_cells_set_lower(tmp_path: Path) -> None:
    """WeasyPrint, borderless plain page without «№», cells centred: an event's name over its list
    (the list's margin between), its date and person beside the list; the name was split off as a
    row of its own, read as a section («Заседание Совета МАГ:»), the list as the next event.  (A
    person merged over two rows later on, read with the lower one, is the other's to miss.)"""
    _check_but_merged_persons(pdf_browser.build_one(tmp_path, 239, 7, default_print=False))


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
@pytest.mark.parametrize("case", sorted(DEFAULT_PRINTS))
def test_browser_default_prints(case: str, tmp_path: Path) -> None:
    _check(pdf_browser.build_one(tmp_path, *DEFAULT_PRINTS[case], default_print=True))


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_weasyprint_names_over_their_lists_under_the_headers_printed_again(tmp_path: Path) -> None:
    """WeasyPrint, borderless, no «№», cells centred, each part a table of its own under the header
    printed again: a page opens with an event's name in small letters over its list, the row's
    person centred over the list («Отдел информации…» above «• Москва»), and further down a name
    whose list stands under the row's date.  Each name opens its row (the first was read as the
    rest of the row above, the second as a section).  A person merged over two rows and centred
    across them prints within the first: the second shows none (`_check_but_merged_persons`)."""
    _check_but_merged_persons(pdf_browser.build_one(tmp_path, 138, 7, default_print=False))


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_weasyprint_section_piece_a_column_short_does_not_end_the_plan(tmp_path: Path) -> None:
    """WeasyPrint, borders not collapsed, a plan printed as tables of their own widths: a piece of
    one row whose empty place cell drew no width is a column short.  It ended the plan: the ten
    rows of the pieces after it went to warnings and the signatory's position.  The piece's
    columns are set on those of the table above it (`read._set_on`): its row is read with the
    rest.  Its dates stand where the place does above: a date wording under the place's heading
    in a row without a date is the date (`normalize.items`)."""
    path = pdf_browser.build_one(tmp_path, 81, 7)
    want = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))
    got = magplan.read_plan(path).to_dict()
    assert not [w for w in got["warnings"] if w["code"] == "row_skipped"]
    assert mismatches(want, got, pages=False) == []


@pytest.mark.skipif(_CHROMIUM is None, reason="Chromium is not installed")
def test_browser_section_tables_each_with_own_columns_keep_their_rows(tmp_path: Path) -> None:
    """Chromium, borderless in an old portal's layout, landscape: each section a table of its own
    columns, the part after a heading placed from its lines up to the next heading.  Every row
    is read with its section and date (a row printed as a table of its own is not yet read whole:
    its note's first line falls in the place column)."""
    path = pdf_browser.build_one(tmp_path, 12, 8)
    want = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))
    got = magplan.read_plan(path).to_dict()
    keys = ("kind", "section", "number", "date_text")
    assert [[item[k] for k in keys] for item in got["items"]] == [[item[k] for k in keys] for item in want["items"]]


@pytest.mark.skipif(_CHROMIUM is None, reason="Chromium is not installed")
def test_browser_city_days_table_of_its_own_columns(tmp_path: Path) -> None:
    """Chromium, borderless portal page: the section of city days printed as a table of its own
    columns, «№ | city | age | date» under the header's «№ | event | place | date | persons»: the
    city is the event (every row names one) and the date stands under «Срок».  (A row earlier in
    the document printed as a table of its own, its number line crossing the columns, is not yet
    read apart from the row above.)"""
    path = pdf_browser.build_one(tmp_path, 16, 10)
    want = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))
    got = magplan.read_plan(path).to_dict()
    last = want["items"][-1]["section"]
    tail = sum(item["section"] == last for item in want["items"])
    assert tail >= 2
    ours = {"document": want["document"], "items": got["items"][-tail:]}
    assert mismatches({"document": want["document"], "items": want["items"][-tail:]}, ours, pages=False) == []


@pytest.mark.skipif(_CHROMIUM is None, reason="Chromium is not installed")
def test_browser_rows_printed_as_tables_of_their_own(tmp_path: Path) -> None:
    """Chromium, borderless page with its header lines: rows printed each as a table of its own
    column widths, their wrapped lines crossing the header's columns; each row is placed from
    all its lines, so none is split or lost.  (A row whose own columns differ from the
    section's only by its first column's width is not yet read whole.)"""
    path = pdf_browser.build_one(tmp_path, 20, 6)
    want = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))
    got = magplan.read_plan(path).to_dict()
    assert [(i["kind"], i["number"]) for i in got["items"]] == [(i["kind"], i["number"]) for i in want["items"]]


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_weasyprint_default_print_of_an_old_layout_page(tmp_path: Path) -> None:
    """WeasyPrint's default print (presentational hints off) of an old portal's layout page: the
    plan's `border="1"` table printed without rules, its cells a point of padding apart, the
    «№» column's numbers a space from the event's names.  Read whole."""
    _check(pdf_browser.build_one(tmp_path, 36, 9, default_print=True))


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_weasyprint_default_print_title_beside_a_menu_on_other_baselines(tmp_path: Path) -> None:
    """WeasyPrint's default print of an old portal's layout page, landscape: the menu's
    «Мероприятия» and «Контакты» stand a space's width left of the centred title's first two
    lines, a few points off their baselines (each column set in its own flow): a column of their
    own, not words of the title."""
    _check(pdf_browser.build_one(tmp_path, 56, 9))


_OLD_PAGE = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>План</title></head><body>
<p align="center"><b>ПЛАН</b><br>мероприятий отдела культуры на 2027 год</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>№</td><td>Мероприятие</td><td>Дата</td><td>Место проведения</td><td>Ответственный</td></tr>
<tr><td>1</td><td>Фестиваль народного творчества «Родники»</td><td>12 марта</td><td>Дом культуры</td>
<td>Отдел культуры</td></tr>
<tr><td>2</td><td>Выставка детского рисунка*</td><td>апрель</td><td>Городская библиотека</td>
<td>Сектор молодёжной политики</td></tr>
<tr><td>3</td><td>Концерт ко Дню города</td><td>5 сентября</td><td>Центральная площадь</td><td>Отдел культуры</td></tr>
</table>
<p>* Сроки уточняются.</p>
<p>Начальник отдела культуры А.Б. Смирнова</p>
</body></html>"""


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_weasyprint_default_print_cells_a_space_apart(tmp_path: Path) -> None:
    """`weasyprint page.html out.pdf` of a `<table border="1" cellpadding cellspacing>` page: no
    rules, each cell's text a space's width from the next cell's («№ Мероприятие» on one line of
    the header), rows a point apart and centred.  The cells are told apart by the space glyph
    the writer leaves between the words of a cell and not between cells; the footnote and the
    signature under the table stay the document's."""
    got = _default_print(tmp_path / "old-page.pdf", _OLD_PAGE)
    document = got["document"]
    assert document["signatory"] == {"position": "Начальник отдела культуры", "name": "А.Б. Смирнова"}
    assert document["footnotes"] == ["Сроки уточняются."]
    keys = ("number", "title", "date_text", "place", "responsible")
    assert [tuple(item[k] for k in keys) for item in got["items"]] == [
        (1, "Фестиваль народного творчества «Родники»", "12 марта", "Дом культуры", "Отдел культуры"),
        (2, "Выставка детского рисунка", "апрель", "Городская библиотека", "Сектор молодёжной политики"),
        (3, "Концерт ко Дню города", "5 сентября", "Центральная площадь", "Отдел культуры"),
    ]


_COLLAPSED = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>План</title></head><body>
<p><b>План мероприятий городской библиотеки на 2027 год</b></p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td><b>№</b></td><td><b>Мероприятие</b></td><td><b>Дата</b></td><td><b>Место</b></td></tr>
<tr><td>1</td><td>Неделя детской книги</td><td>март</td><td>Читальный зал</td></tr>
<tr><td>2</td><td>Библионочь</td><td>20 апреля</td><td>Фойе</td></tr>
<tr><td>3</td><td>Литературная гостиная</td><td>октябрь</td><td>Малый зал</td></tr>
</table>
<p>Директор библиотеки&nbsp;&nbsp;&nbsp; О.П. Соколова</p>
</body></html>"""


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_weasyprint_default_print_collapsed_cells_two_pixels_apart(tmp_path: Path) -> None:
    """WeasyPrint's default print of a `border="1"` table styled `border-collapse: collapse`: no
    rules, each cell's text two pixels (1.5 points, 0.125 of the font) from the next cell's,
    short cells, so a third of the narrow gaps between words are cells' (no space glyph).  The
    writer still prints spaces as glyphs, and every gap without one that parts two words ends a
    cell: the plan is read (not «no plan table found»)."""
    got = _default_print(tmp_path / "collapsed.pdf", _COLLAPSED)
    keys = ("number", "title", "date_text", "place")
    assert [tuple(item[k] for k in keys) for item in got["items"]] == [
        (1, "Неделя детской книги", "март", "Читальный зал"),
        (2, "Библионочь", "20 апреля", "Фойе"),
        (3, "Литературная гостиная", "октябрь", "Малый зал"),
    ]
    assert got["document"]["signatory"] == {"position": "Директор библиотеки", "name": "О.П. Соколова"}


_INTERLEAVED_HEADER = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>План</title></head><body>
<p align="center"><b>ПЛАН</b><br>мероприятий управления культуры на 2027 год</p>
<table border="1">
<tr><td>№<br>п/<br>п</td><td>Наименование мероприятия</td><td>Срок<br>исполнения</td>
<td>Ответственные<br>исполнители</td></tr>
<tr><td>1</td><td>Фестиваль народного<br>творчества «Родники»</td><td>12 марта</td><td>Отдел<br>культуры</td></tr>
<tr><td>2</td><td>Выставка детского<br>рисунка</td><td>апрель</td><td>Городская<br>библиотека</td></tr>
</table>
<p>Начальник управления культуры А.Б. Смирнова</p>
</body></html>"""


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_weasyprint_default_print_header_cells_on_other_lines_a_space_apart(tmp_path: Path) -> None:
    """WeasyPrint's default print of a `border="1"` table whose header cells wrap to different
    line counts, each centred in the header row: «Наименование мероприятия» ends a space left
    of where «Срок» / «исполнения» start, one line higher and lower.  Where the writer prints
    spaces as glyphs, a word set apart without one before it on its line opens a header cell:
    the date column is its own (not merged into the event's, the dates read into the titles,
    «Срок Ответственные» taken for a section)."""
    got = _default_print(tmp_path / "interleaved-header.pdf", _INTERLEAVED_HEADER)
    keys = ("section", "number", "title", "date_text", "responsible")
    assert [tuple(item[k] for k in keys) for item in got["items"]] == [
        ("", 1, "Фестиваль народного творчества «Родники»", "12 марта", "Отдел культуры"),
        ("", 2, "Выставка детского рисунка", "апрель", "Городская библиотека"),
    ]
    assert got["document"]["signatory"] == {"position": "Начальник управления культуры", "name": "А.Б. Смирнова"}


_HEADER_PER_SECTION = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>План</title></head><body>
<p>План работы совета ветеранов на 2027 год</p>
<p><b>I полугодие</b></p>
<table border="1"><tr><td>№</td><td>Мероприятие</td><td>Срок</td><td>Ответственный</td></tr>
<tr><td>1.</td><td>Отчётное собрание</td><td>февраль</td><td>Председатель</td></tr></table>
<p><b>II полугодие</b></p>
<table border="1"><tr><td>№</td><td>Мероприятие</td><td>Срок</td><td>Ответственный</td></tr>
<tr><td>2.</td><td>Турнир по шахматам среди ветеранов</td><td>сентябрь</td><td>Спортивная комиссия</td></tr>
<tr><td>3.</td><td>Вечер памяти</td><td>1 декабря</td><td>Правление</td></tr></table>
<p>Председатель совета ветеранов&nbsp;&nbsp;&nbsp; И.И. Петров</p>
</body></html>"""


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_weasyprint_default_print_header_repeated_over_each_section_table(tmp_path: Path) -> None:
    """WeasyPrint's default print of a page whose sections are tables of their own, each under the
    header row again and laid out with its own widths.  The header's lines standing again in
    the body are a row of their own (the header row, dropped), not the first lines of the
    section's first row: its number, event, date and person are read (not «Мероприятие» as a
    title, «Срок» as a date)."""
    got = _default_print(tmp_path / "header-per-section.pdf", _HEADER_PER_SECTION)
    keys = ("section", "number", "title", "date_text", "responsible")
    assert [tuple(item[k] for k in keys) for item in got["items"]] == [
        ("I полугодие", 1, "Отчётное собрание", "февраль", "Председатель"),
        ("II полугодие", 2, "Турнир по шахматам среди ветеранов", "сентябрь", "Спортивная комиссия"),
        ("II полугодие", 3, "Вечер памяти", "1 декабря", "Правление"),
    ]
    assert got["document"]["signatory"] == {"position": "Председатель совета ветеранов", "name": "И.И. Петров"}


_NARROW_NUMBERS = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>План</title></head><body>
<p>План мероприятий комитета по культуре на 2027 год</p>
<table border="1"><tr><td>№ п/п</td><td>Наименование мероприятия</td><td>Срок</td><td>Ответственный</td></tr>
<tr><td>1</td><td>Фестиваль «Белые ночи»</td><td>июнь</td><td>Отдел культуры</td></tr>
<tr><td>2</td><td>Выставка народных промыслов</td><td>август</td><td>Отдел культуры</td></tr></table>
<p><b>2. Мероприятия с участием комитета</b></p>
<table border="1" style="border-collapse:collapse">
<tr><td>3</td><td>Конференция «Культура городов»</td><td>не позднее 21 октября</td><td>Председатель комитета</td></tr>
<tr><td>4</td><td>Форум молодёжных советов</td><td>май, июнь</td><td>Члены комитета</td></tr></table>
<p>Председатель комитета&nbsp;&nbsp;&nbsp; В.В. Орлов</p>
</body></html>"""


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_weasyprint_default_print_section_table_of_its_own_widths_narrow_numbers(tmp_path: Path) -> None:
    """WeasyPrint's default print: a section printed as a table of its own widths without a header,
    its «№» column as narrow as «3» (the event's names start less than a font size right of
    the table's left edge).  Its columns placed anew start the event's column right of where
    the row numbers end: each row keeps its number and event (not the date read as the title)."""
    got = _default_print(tmp_path / "narrow-numbers.pdf", _NARROW_NUMBERS)
    keys = ("section", "number", "title", "date_text", "responsible")
    assert [tuple(item[k] for k in keys) for item in got["items"]] == [
        ("", 1, "Фестиваль «Белые ночи»", "июнь", "Отдел культуры"),
        ("", 2, "Выставка народных промыслов", "август", "Отдел культуры"),
        (
            "Мероприятия с участием комитета",
            3,
            "Конференция «Культура городов»",
            "не позднее 21 октября",
            "Председатель комитета",
        ),
        ("Мероприятия с участием комитета", 4, "Форум молодёжных советов", "май, июнь", "Члены комитета"),
    ]


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_borderless_sections_of_their_own_widths_without_numbers_keep_their_rows(tmp_path: Path) -> None:
    """WeasyPrint, borderless hand-written page without «№», cells centred (their lines interleave,
    no line holds three runs of words): each section a table of its own widths under a bold
    heading set apart by a wide band.  The table goes on under each heading (its lines open runs
    under three of the columns), so every row is read with its section, title and date; not
    two rows and the rest skipped.  (Rows cut by the page break may still lose their place or
    person.)"""
    path = pdf_browser.build_one(tmp_path, 37, 7, default_print=False)
    want = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))
    got = magplan.read_plan(path).to_dict()
    assert got == magplan.read_plan(path, pdf_engine="pdfplumber").to_dict()
    keys = ("kind", "section", "title", "date_text")
    assert [[item[k] for k in keys] for item in got["items"]] == [[item[k] for k in keys] for item in want["items"]]


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_default_print_row_of_its_own_widths_keeps_its_lines_above_its_number(tmp_path: Path) -> None:
    """WeasyPrint's default print of a portal page, borderless, landscape: rows printed each as a
    table of its own widths, their cells centred, so a row's number stands on its second line.
    The row's first line (event beside date) crosses the columns above as its number's line
    does: both are read as one row of its own columns, so its event is not cut into a heading
    and a title, nor its date into a month.  The last row's event, carried over to the next
    page, fits the columns of the last rows as printed: it is the row's, not the signature's.
    A row of its own widths with a cell fewer than the header's gives its lone cell right of
    the date to the place or the note by its wording, not by where it stands: «Душанбе» is a
    place, «Организаторы: МАГ, …» a note (the whole document is read exactly)."""
    _check(pdf_browser.build_one(tmp_path, 37, 11))


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_borderless_unnumbered_centred_cells_told_over_the_whole_table(tmp_path: Path) -> None:
    """WeasyPrint, borderless hand-written page without «№», cells centred: a section printed as a
    table of its own widths holds two rows, too few to show the centring on their own; told over
    the whole table, an event's name set apart from its list by the list's margin («Форум
    молодежных советов городов-членов МАГ:» / «• секция …») opens its row and is no section
    heading over the rows after it.  (The last section, a table of its own widths at the
    table's end, is not yet read whole: its last rows run into the signature.)"""
    path = pdf_browser.build_one(tmp_path, 19, 7)
    want = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))
    got = magplan.read_plan(path).to_dict()
    head = want["items"][:11]
    assert len(head) == 11
    ours = {"document": want["document"], "items": got["items"][:11]}
    assert mismatches({"document": want["document"], "items": head}, ours, pages=False) == []


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_weasyprint_default_print_row_cut_at_the_foot_of_a_layout_box(tmp_path: Path) -> None:
    """WeasyPrint's default print of a layout page, each cell's own borders: the page break cuts
    a row whose cells it draws no rules for on the first page, so its number and its date
    («8.» … «I полугодие») stand in the page box's cell across the table's columns, a tab's gap
    apart.  Each is read in its column and the row, its event on the next page, is an item
    (it was a heading and lost)."""
    path = pdf_browser.build_one(tmp_path, 42, 9, default_print=True)
    want = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))
    got = magplan.read_plan(path).to_dict()
    assert got["items"] == magplan.read_plan(path, pdf_engine="pdfplumber").to_dict()["items"]
    ours = {"document": want["document"], "items": got["items"]}
    assert mismatches(want, ours, pages=False) == []


def _cut_rows_page(top: int, page_numbers: bool, count: int = 24) -> str:
    """A `border="1"` table of `count` like rows whose centred cells a page break cuts so that a
    row's number (and place) stands at page 1's foot, under the others' numbers, and its name on
    page 2; `top` shifts where the break falls; `page_numbers` prints «1», «2» at each page's foot."""
    rows = "".join(
        f"<tr><td>{i}</td><td>{_cut_row_title(i)}</td><td>{i % 28 + 1} марта 2027 г.</td><td>г. Москва</td>"
        "<td>Организаторы: МАГ, Мэрия</td></tr>"
        for i in range(1, count + 1)
    )
    style = "<style>@page { @bottom-center { content: counter(page) } }</style>" if page_numbers else ""
    return (
        f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">{style}</head><body>'
        f'<h1 style="margin-top:{top}px">План мероприятий МАГ на 2027 год</h1><table border="1">'
        f"<tr><th>№</th><th>Мероприятие</th><th>Дата</th><th>Место</th><th>Организаторы</th></tr>{rows}</table>"
        "</body></html>"
    )


def _cut_row_title(number: int) -> str:
    return f"Заседание рабочей группы по вопросам развития городского хозяйства и транспорта номер {number}"


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
@pytest.mark.parametrize(("top", "count"), [(35, 24), (100, 24), (70, 40), (35, 30), (70, 30)])
def test_default_print_every_row_is_an_item_or_a_warning_wherever_the_page_breaks(
    tmp_path: Path, top: int, count: int
) -> None:
    """Rule 14 over page breaks: a plan of `count` rows printed with its breaks at other places
    (the heading's margin shifts them) reads each row as the item it is, or says so in a warning.
    With its rest alone at the next page's head (its number left on the page before), the rest
    was read as the first lines of the row under it and each row below took the next one's
    lines: 11 of 24 rows merged, no warning.  The last row alone on a page of its own (30 rows),
    whole, its number in its middle: its first line went onto the row above, no warning."""
    got = _default_print(tmp_path / "cut.pdf", _cut_rows_page(top, False, count))
    said = " ".join(warning["message"] for warning in got["warnings"])
    read = {(item["title"], item["date_text"], item["place"]) for item in got["items"]}
    lost = [
        i
        for i in range(1, count + 1)
        if (_cut_row_title(i), f"{i % 28 + 1} марта 2027 г.", "г. Москва") not in read
        and f"номер {i} " not in said + " "
    ]
    assert lost == []
    assert len(got["items"]) == count


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_default_print_first_row_of_four_lines_is_no_cut_rest(tmp_path: Path) -> None:
    """Rows a point apart (collapsed borders), cells centred, all in one band: the first row's event runs over
    four lines beside cells of one (a full line's step above its number), the others' over
    three beside two-line cells (half-line steps).  On the header's page no row was cut: its
    first line is its own, not the rest of a row (it was read as a section heading «Заседание»
    over every item, and each row below took the next one's lines, no warning)."""
    first = "Заседание<br>рабочей группы<br>по вопросам<br>развития"
    rows = [(1, first, "МАГ")] + [
        (i, f"Конференция<br>городов<br>номер {i}", "Организаторы:<br>МАГ, Мэрия") for i in range(2, 7)
    ]
    body = "".join(
        f"<tr><td>{i}</td><td>{title}</td><td>{i} марта</td><td>Москва</td><td>{who}</td></tr>"
        for i, title, who in rows
    )
    got = _default_print(tmp_path / "four-lines.pdf", _collapsed_page(body))
    assert [(item["section"], item["number"], item["title"].replace("\n", " ")) for item in got["items"]] == [
        ("", i, title.replace("<br>", " ")) for i, title, _ in rows
    ]


def _collapsed_page(rows: str, heading_style: str = "") -> str:
    """A page whose `border=1` table of five columns (№, event, date, place, organizers) has its
    borders collapsed and a point of padding: in a default print, rows a point apart, cells centred."""
    return (
        '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">'
        "<style>table{border-collapse:collapse} td,th{padding:0.5px 5px}</style></head>"
        f'<body><h1 style="{heading_style}">План мероприятий МАГ на 2027 год</h1><table border="1">'
        f"<tr><th>№</th><th>Мероприятие</th><th>Дата</th><th>Место</th><th>Организаторы</th></tr>{rows}</table></body></html>"
    )


def _mixed_row(number: int) -> tuple[str, str]:
    """(event, organizers) of row `number`: four lines beside one-line cells, one line, or three
    lines beside two."""
    return [
        (f"Заседание<br>рабочей группы<br>по вопросам<br>развития {number}", "МАГ"),
        (f"Форум {number}", "МАГ"),
        (f"Конференция<br>городов<br>номер {number}", "Организаторы:<br>МАГ, Мэрия"),
    ][number % 3]


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_default_print_page_opening_with_a_whole_row_of_four_lines(tmp_path: Path) -> None:
    """Rows a point apart (collapsed borders), cells centred: page 2 opens with a whole row whose
    event runs over four lines beside one-line cells (its number in their middle, a full line's
    step above it).  Its first line is its own, not the rest of the row the page above ended
    with: it went onto row 17, and each row below took the next one's lines, no warning.  Page 3
    opens with the rest of row 36 (two lines), in a band whose usual step is a full line: it
    goes on row 36, where row 37's number then stands in its row's middle.  (The heading's
    margin places the breaks there.)"""
    rows = "".join(
        f"<tr><td>{i}</td><td>{_mixed_row(i)[0]}</td><td>{i % 28 + 1} марта</td><td>Москва</td>"
        f"<td>{_mixed_row(i)[1]}</td></tr>"
        for i in range(1, 41)
    )
    got = _default_print(tmp_path / "mixed.pdf", _collapsed_page(rows, heading_style="margin-top:0"))
    assert [(item["section"], item["number"], item["title"].replace("\n", " ")) for item in got["items"]] == [
        ("", i, _mixed_row(i)[0].replace("<br>", " ")) for i in range(1, 41)
    ]


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
@pytest.mark.parametrize(("top", "page_numbers"), [(15, False), (25, False), (25, True)])
def test_default_print_row_number_alone_at_page_foot_keeps_its_row(
    tmp_path: Path, top: int, page_numbers: bool
) -> None:
    """A row's number left in the bottom tenth of a page is no page number (the row numbers at the
    pages' feet do not count the pages; the printed «1», «2» do, and are left out), and its row,
    centred on its own on that page, does not end there: its name on the next page is its own,
    not the next row's."""
    got = _default_print(tmp_path / "cut.pdf", _cut_rows_page(top, page_numbers))
    keys = ("number", "title", "date_text", "place")
    assert [tuple(item[k] for k in keys) for item in got["items"]] == [
        (
            i,
            _cut_row_title(i),
            f"{i % 28 + 1} марта 2027 г.",
            "г. Москва",
        )
        for i in range(1, 25)
    ]


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
@pytest.mark.parametrize(("foot", "said"), [("стр. 7", True), ("стр. 1", False)])
def test_a_page_number_that_counts_no_page_is_left_out_with_a_warning(tmp_path: Path, foot: str, said: bool) -> None:
    """A line in the page's margin in a page number's form is left out; where it counts no page
    (printed once, «стр. 7» on page 1, no other page sharing its difference) a warning says so:
    nothing leaves the document silently (rule 14)."""
    rows = "".join(
        f"<tr><td>{i}</td><td>Конференция номер {i}</td><td>{i} марта 2027 г.</td><td>г. Москва</td></tr>"
        for i in range(1, 4)
    )
    html = (
        f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><style>@page {{ @bottom-center'
        f' {{ content: "{foot}" }} }}</style></head><body><h1>План мероприятий МАГ на 2027 год</h1>'
        f'<table border="1"><tr><th>№</th><th>Мероприятие</th><th>Дата</th><th>Место</th></tr>{rows}</table>'
        "</body></html>"
    )
    got = _default_print(tmp_path / "foot.pdf", html)
    assert [item["title"] for item in got["items"]] == [f"Конференция номер {i}" for i in range(1, 4)]
    skipped = [w["message"] for w in got["warnings"] if w["code"] == "text_skipped"]
    assert skipped == (
        [
            f"page 1: «{foot}» in the page's margin was taken for a page number and left out"
            " (it counts no page of this document)"
        ]
        if said
        else []
    )


def _footed_pages(page_style: str, count: int) -> str:
    """A `border="1"` plan of `count` one-line rows (two rows a line, over several pages), each
    page's foot printed as `page_style` (CSS `@page` rules) sets it."""
    rows = "".join(
        f"<tr><td>{i}</td><td>Конференция номер {i}</td><td>{i % 28 + 1} марта 2027 г.</td><td>г. Москва</td></tr>"
        for i in range(1, count + 1)
    )
    return (
        f'<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><style>{page_style}</style></head><body>'
        f'<h1>План мероприятий МАГ на 2027 год</h1><table border="1"><tr><th>№</th><th>Мероприятие</th>'
        f"<th>Дата</th><th>Место</th></tr>{rows}</table></body></html>"
    )


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
@pytest.mark.parametrize(
    ("page_style", "want"),
    [
        # The same «стр. 7» / «стр. 1» at every page's foot: a running footer, left out silently
        # (it was a warning for each page it counts none of).
        ('@page { @bottom-center { content: "стр. 7" } }', []),
        ('@page { @bottom-center { content: "стр. 1" } }', []),
        # Two forms that count no page, one on each page: one warning names both.
        (
            '@page { @bottom-center { content: "стр. 9" } } @page :first { @bottom-center { content: "стр. 7" } }',
            [
                "pages 1, 2: «стр. 7», «стр. 9» in the pages' margins were taken for page numbers and left out"
                " (they count no page of this document)"
            ],
        ),
    ],
    ids=["same-7-on-each", "same-1-on-each", "two-forms"],
)
def test_page_numbers_that_count_no_page_are_said_once_per_document(
    tmp_path: Path, page_style: str, want: list[str]
) -> None:
    """Rule 14 without noise: a page number's form that counts no page is left out with one
    warning per document at most, none when every page prints the same text (a running footer)."""
    got = _default_print(tmp_path / "feet.pdf", _footed_pages(page_style, 50))
    assert [item["title"] for item in got["items"]] == [f"Конференция номер {i}" for i in range(1, 51)]
    assert [w["message"] for w in got["warnings"] if w["code"] == "text_skipped"] == want


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_default_print_row_set_apart_from_its_list_under_a_heading(tmp_path: Path) -> None:
    """WeasyPrint's default print of a Word page, rows a point apart and centred: «Заседание Совета
    МАГ (по отдельной программе):» stands apart from its own list by the list's margin, as near
    the bold heading «II. Международное сотрудничество» above it as the rest of its row.  It goes
    on its row (it was read as a heading, and its first item as the event's name); read whole."""
    _check(pdf_browser.build_one(tmp_path, 44, 3))


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_default_print_row_name_closing_the_band_above(tmp_path: Path) -> None:
    """WeasyPrint's default print of a Word page: rows run into one band (no padding between them),
    and «Школа мэров городов Содружества» is set apart from its own list by the list's margin, so
    its name closes the band of the rows above.  The name goes down to its row, where the rows'
    numbers stand in the middle of both (it was the row above's second paragraph, and the list's
    first item the event's name)."""
    path = pdf_browser.build_one(tmp_path, 43, 3)
    want = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))["items"]
    got = magplan.read_plan(path).to_dict()["items"]
    keys = ("number", "title", "members", "date_text")
    assert [tuple(item[k] for k in keys) for item in got[:5]] == [tuple(item[k] for k in keys) for item in want[:5]]


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_default_print_rows_a_point_apart_laid_out_anew(tmp_path: Path) -> None:
    """WeasyPrint's default print of a Word page, rows a point apart, cells centred, lines a full
    line apart (they do not interleave): from row 7 on the table is laid out with a wider event
    column, so «Подготовка публикаций» runs over the date column; it is row 7's first line, not a
    row apart (row 7 lost it, and each row below took the next one's lines).  Page 2 opens with
    two lines of row 8, each step a full line: the rest ends where row 9's number stands in its
    row's middle.  The city days («12. Калининград   18 июня   1139 лет») are tables of their own
    widths, city and date in the event's column: each row gets its own columns.  Read whole."""
    _check(pdf_browser.build_one(tmp_path, 42, 3))


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_borderless_unnumbered_rows_each_a_table_of_its_own_widths(tmp_path: Path) -> None:
    """WeasyPrint, borderless page without «№», borders not collapsed: each row a table of its own
    widths, cells centred and interleaved.  From the second row on the event's column is wider than
    the header's («Актуализация базы данных» runs over «Срок»): the row's lines take columns placed
    from their own (its crossing lines were rows apart, the rest of the rows shifted).  The city
    days under «Дни городов МАГ¹», the last rows, fit the columns of the city-days rows above them
    (a table of their own widths), not the header's («18 сентября» runs over «Место»): they go on
    with the table, one of them on page 2 (they were text after the table, skipped)."""
    _check(pdf_browser.build_one(tmp_path, 43, 7))


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_default_print_row_of_its_own_widths_opening_with_an_edition(tmp_path: Path) -> None:
    """WeasyPrint's default print of an old portal's layout page, rows at the top of their cells:
    from row 2 on each row is a table of its own widths, its event's column starting left of the
    header's, where the number column stands.  Row 3's event «XV Международный форум «Столицы» (a
    line under its number's) opens with a Roman numeral a space from the next word: an edition,
    not a section's number (it cut row 3 in two: an empty title, the rest a heading over row 4).
    The row's lines down to the next number take its own columns, whatever part they were read in."""
    _check(pdf_browser.build_one(tmp_path, 51, 9))


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_borderless_cut_rows_rest_goes_on_with_its_list(tmp_path: Path) -> None:
    """WeasyPrint, borderless portal page, cells centred: row 4 is cut at page 1's foot, its number
    centred in that part; page 2 opens with the rest of its event («Пленарное заседание*:») and
    its list («• Москва» …), set apart by the list's margin.  Row 5 under it stands whole, its
    number in its middle: the list does not go onto it (it was row 5's title and members, row 4's
    members lost), it goes on the rest of row 4."""
    _check(pdf_browser.build_one(tmp_path, 49, 11))


@pytest.mark.skipif(_CHROMIUM is None, reason="Chromium is not installed")
def test_borderless_word_page_list_last_item_nearer_the_next_row(tmp_path: Path) -> None:
    """Chromium, a borderless Word page, landscape, cells at the top of their padded rows, each row
    a table of its own widths: row 7's list ends with «· Астана» set nearer row 8 (one line) than
    to its own list.  The table's rows show their cells at the top of them, so it stays row 7's,
    though the part of rows 7 and 8 (each line a band of its own) shows neither alignment (it went
    onto row 8 as its first line)."""
    path = pdf_browser.build_one(tmp_path, 50, 2)
    want = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))
    got = magplan.read_plan(path).to_dict()["items"]
    # Item 16's person is printed once for rows 15 and 16 (a merged cell, at the top of row 15):
    # without rules nothing tells it from row 15's own cell.
    keep = [item for item in want["items"] if item["number"] != 16]
    read = [item for item in got if item["number"] != 16]
    assert mismatches({**want, "items": keep}, {**want, "items": read}, pages=False) == []


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_default_print_row_numbering_the_columns_is_no_row_one(tmp_path: Path) -> None:
    """WeasyPrint's default print of a Word page, rows touching, cells centred: the header's row
    numbering the columns («1  2  3  4  5») stands right over the first row's name, its «1» was read
    as row 1's number, the row's cells under it as its («2» / «Участие в работе», place «4»).  It is
    a row of its own; the rows keep their numbers, places and dates.  (Row 1's name and note, their
    first lines set as a row of other widths, are still cut: not asserted.)"""
    fields = ("number", "place", "date_text", "date_start", "date_end", "occurrences", "section")
    _check_rows(pdf_browser.build_one(tmp_path, 297, 3), {1, 2, 3, 4, 5}, fields)


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_default_print_last_row_with_two_cells_in_one_column(tmp_path: Path) -> None:
    """WeasyPrint's default print of a layout page, landscape, borderless, rows at the top of their
    cells, each a table of its own widths: the last row's event starts a line under its number,
    left of the header's event column; the columns placed from those last lines put its date and
    person («в течение года   Председатель Комиссии») in one column.  The row takes columns
    placed from all its lines (its event's name was «в течение года Председатель Комиссии …», its
    date and person lost)."""
    _check(pdf_browser.build_one(tmp_path, 45, 9))


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_default_print_tallest_cells_of_two_rows_are_no_merged_cell(tmp_path: Path) -> None:
    """WeasyPrint's default print of a Word page, rows a point apart, cells centred: the notes of
    rows 1 and 2 («По согласованию … Организаторы: …», five and six lines) are each its row's
    tallest cell, so they run on as closely as one text and stand in the middle of both rows.
    Each stands centred on its own row's number: no cell merged over both (row 1's note took
    row 2's, and row 2 had both)."""
    path = pdf_browser.build_one(tmp_path, 40, 3)
    want = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))["items"]
    got = magplan.read_plan(path).to_dict()["items"]
    assert [(item["note"], item["organizers"]) for item in got[:5]] == [
        (item["note"], item["organizers"]) for item in want[:5]
    ]


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_default_print_lone_place_past_the_lines_columns_are_tried_on(tmp_path: Path) -> None:
    """WeasyPrint's default print of a Word page, landscape, each section a table of its own
    widths: page 2's part has one place only («Астана»), on its 31st line, past the lines its
    columns were placed anew on; the place's column, empty there, was set right before the
    note's, and «Астана» read into the date («не реже 1 раза⏎Астана в год», no place, no
    recurrence).  A start that only later lines have is tried on them too."""
    _check(pdf_browser.build_one(tmp_path, 40, 3))


@pytest.mark.skipif(_SOFFICE is None, reason="LibreOffice is not installed")
def test_office_wrap_before_a_one_letter_word_is_no_cut_word(tmp_path: Path) -> None:
    """LibreOffice, a column eight letters wide that cuts long words without a hyphen («Владиво» /
    «сток»): the note's «культура» fills its line, the wrap's space glyph dropped (it would
    overflow), and the next line opens «и спорт»». «культура» is a word and «культураи» none: a
    wrap, not a cut word («АНО «Город, культураи спорт»» before).  (Row 3's date, merged with
    row 2's and printed on page 1 only, is not on page 2 to read.)"""
    path = bodies_pdf.build_one(tmp_path, 23, 9)
    want = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))["items"]
    got = magplan.read_plan(path).to_dict()["items"]
    assert [(item["note"], item["organizers"]) for item in got] == [(item["note"], item["organizers"]) for item in want]


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_weasyprint_rows_beside_a_person_merged_from_the_page_before(tmp_path: Path) -> None:
    """WeasyPrint, Google-Docs page, separate borders: a person's cell merged down over page 1's last
    row and page 2's first three has no rule over it on page 2, so those rows' rules stop at its
    column as a table's inside a layout cell would; the section row and rows under them have the
    same columns: one table going on from page 1 (its rows were skipped, the section and its first
    row read as loose text), the person merged down to its rows."""
    _check(bodies_pdf.build_one(tmp_path, 65, 11))


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_weasyprint_unnumbered_name_over_its_list_opens_a_row_of_its_own_widths(tmp_path: Path) -> None:
    """WeasyPrint, plain page, landscape, borderless, each row a table of its own widths, cells
    centred, no «№»: an event's name over its list («Издание сборника …:» over «• ВАРМСУ …»)
    opens the part of the list's widths, not the list (the name was read as a heading, the
    section's heading over it lost and its items made events).  (Left: a row the page break cut
    leaves its place alone at page 1's foot, «Казань» under a row without a place, which takes
    it: nothing in the rows' cells tells it from that row's own.)"""
    path = pdf_browser.build_one(tmp_path, 264, 7, default_print=False)
    want = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))["items"]
    got = magplan.read_plan(path).to_dict()["items"]
    fields = ("kind", "section", "title", "members", "date_text", "responsible")
    assert [[item[k] for k in fields] for item in got] == [[item[k] for k in fields] for item in want]


@pytest.mark.skipif(_CHROMIUM is None, reason="Chromium is not installed")
def test_chromium_word_note_wrapped_a_fifth_of_a_point_short_of_its_cell_s_edge(tmp_path: Path) -> None:
    """Chromium, Word page, landscape, ruled: «Организаторы: МАГ» / «(Исполнительный комитет),»
    — the next word would have ended 0.2 pt short of the cell's edge, yet Chromium wrapped it
    (its layout units round so): a wrap, not a paragraph break (the organizers lost a name)."""
    _check(bodies_pdf.build_one(tmp_path, 66, 1))


@pytest.mark.skipif(_CHROMIUM is None, reason="Chromium is not installed")
def test_borderless_centred_last_row_of_its_own_widths_without_a_place(tmp_path: Path) -> None:
    """Chromium, borderless portal page with its header lines, each row a table of its own widths,
    cells centred: the last row has no place, its date («в течение I» / «квартала») and person in
    columns of its own, its event's first lines above its number.  The line under them («Круглый
    стол МАГ**») fits the columns its lines since the row above place, so it is the row's, not
    text after the table; read in one row, its date cell's lines joined say a date, so the column
    it stands in is the date's (it was the place's, and the row a heading over its rest)."""
    _check(pdf_browser.build_one(tmp_path, 51, 10))


@pytest.mark.skipif(_CHROMIUM is None, reason="Chromium is not installed")
def test_borderless_signature_under_a_last_row_centred_on_its_number(tmp_path: Path) -> None:
    """Chromium, borderless plain page, cells centred: the last row's number line holds its number,
    date and person («20.  11.06.2021  Члены Комиссии»), its event's name on the lines around it.
    Columns placed from that line alone gave the number's column the event's width, and the
    signature under the table («Председатель Комиссии», «Кравцов А.Н.») fitted them: it was read
    as the table's last lines and lost (two warnings); it is the document's signatory."""
    _check(pdf_browser.build_one(tmp_path, 49, 6))


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_default_print_last_row_of_its_own_wider_event_column(tmp_path: Path) -> None:
    """WeasyPrint's default print of a Word page: the last row, a table of its own widths with
    its place and note empty, prints «6. | Школа мэров городов Содружества | 18 августа» with
    its event running over the table's date column.  Its date starts in the date's column, so
    the boundary moves to it and the row is an item (it was a heading after the last item,
    dropped without a word); read whole."""
    _check(pdf_browser.build_one(tmp_path, 45, 3))


def _signature_docx(path: Path, position: str, names: list[str], centred: bool) -> None:
    """A two-row plan on a narrow page (120 mm), signed by a borderless Word table «position |
    names» (one name a paragraph of the right cell, centred in it or not), saved to `path`."""
    import docx
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.shared import Mm

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(120), Mm(200)
    section.left_margin = section.right_margin = Mm(15)
    document.add_paragraph("План мероприятий МАГ на 2027 год")
    table = document.add_table(rows=3, cols=4)
    table.style = "Table Grid"
    for row, texts in zip(
        table.rows,
        [
            ["№", "Мероприятие", "Дата", "Место"],
            *([f"{i}.", f"Конференция {i}", f"{i} марта 2027 г.", "Москва"] for i in (1, 2)),
        ],
        strict=True,
    ):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    document.add_paragraph("")
    signature = document.add_table(rows=1, cols=2)
    left, right = signature.rows[0].cells
    left.text = position
    right.text = names[0]
    for name in names[1:]:
        right.add_paragraph(name)
    if centred:
        right.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    document.save(str(path))


@pytest.mark.skipif(_SOFFICE is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("centred", [True, False])
def test_signature_name_centred_beside_a_wrapped_position_keeps_the_position_whole(
    tmp_path: Path, centred: bool
) -> None:
    """A Word signature «position | name» in a borderless table, the name's cell centred: beside
    a position wrapped over four lines of a narrow page the name stands on a line of its own
    between the position's second and third lines, off their baselines.  Read line by line the
    position ended at the name and its lower lines were lost, no warning."""
    position = "Ответственный секретарь Исполнительного комитета МАГ"
    path = docx_pdf(lambda out: _signature_docx(out, position, ["И.И. Иванов"], centred), tmp_path / "signature.pdf")
    got = magplan.read_plan(path).to_dict()
    assert got["document"]["signatory"] == {"position": position, "name": "И.И. Иванов"}
    assert [item["title"] for item in got["items"]] == ["Конференция 1", "Конференция 2"]


_LONG_POSITION = (
    "Ответственный секретарь Исполнительного комитета Ассамблеи городов и муниципальных образований"
    " Содружества государств"
)


@pytest.mark.skipif(_SOFFICE is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("words", [3, 6, 9, 10, 11])
@pytest.mark.parametrize("names", [1, 2, 3])
def test_signature_of_several_names_beside_a_wrapped_position_keeps_the_position_whole(
    tmp_path: Path, words: int, names: int
) -> None:
    """A Word signature whose right cell holds several names, centred beside a position wrapped over
    a narrow page: the names stand beside the position's lines, on their baselines or between
    them, or as a column of their own.  Only the first name was moved past the position (the
    others cut it, its lower lines lost without a word); the PDF reads the signature as the DOCX
    it was printed from does, the position whole.  A name closer to the position's line than a
    tab (11 words: «Ассамблеи городов  И.И. Иванов») is the name's cell too (the signature was lost)."""
    position = " ".join(_LONG_POSITION.split()[:words])
    people = ["И.И. Иванов", "П.П. Петров", "С.С. Сидоров"][:names]
    source = tmp_path / "signature.docx"
    _signature_docx(source, position, people, centred=True)
    path = docx_pdf(lambda out: _signature_docx(out, position, people, centred=True), tmp_path / "signature.pdf")
    got = magplan.read_plan(path).to_dict()["document"]["signatory"]
    assert got["position"] == position
    assert got == magplan.read_plan(source).to_dict()["document"]["signatory"]


_CENTRED_HEADER_CELL = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>План</title></head><body>
<h2>План мероприятий молодёжного центра на 2027 год</h2>
<table border="1" cellpadding="4">
<tr><th>№</th><th>Мероприятие</th><th>Дата и<br>время</th><th>Место</th><th>Ответственный</th></tr>
<tr><td>1</td><td>Открытие сезона: концерт молодёжных коллективов</td><td>15 марта</td><td>Большой зал</td>
<td>Лазаренко А.В.</td></tr>
<tr><td>2</td><td>Неделя добровольчества</td><td>апрель</td><td>Молодёжный центр</td><td>Гусева Н.П.</td></tr>
</table>
<p>Директор центра Н.П. Гусева</p>
</body></html>"""


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_default_print_header_cell_centred_over_two_lines(tmp_path: Path) -> None:
    """WeasyPrint's default print centres each header cell in the header row: «Дата и» / «время»
    stand one above, one under the line of the others' one-line cells.  Its first line is the
    header's, not a section heading over the rows."""
    got = _default_print(tmp_path / "centred-header.pdf", _CENTRED_HEADER_CELL)
    keys = ("section", "number", "title", "date_text", "place", "responsible")
    assert [tuple(item[k] for k in keys) for item in got["items"]] == [
        ("", 1, "Открытие сезона: концерт молодёжных коллективов", "15 марта", "Большой зал", "Лазаренко А.В."),
        ("", 2, "Неделя добровольчества", "апрель", "Молодёжный центр", "Гусева Н.П."),
    ]
    assert got["warnings"][0]["code"] == "unruled_table"
    assert not [w for w in got["warnings"] if w["code"] == "text_skipped"]


_CONTROLS_OVER_TABLE = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>План</title>
<style>td{padding:4px 8px} th{padding:4px 8px}</style></head><body>
<h1>План мероприятий молодёжного центра на 2027 год</h1>
<div>Показать <select><option>10</option></select> записей</div><div>Поиск: <input type="search"></div>
<table><thead><tr><th>№</th><th>Мероприятие</th><th>Дата</th><th>Место</th><th>Ответственный</th></tr></thead><tbody>
<tr><td>1</td><td>Открытие сезона: концерт<br>молодёжных коллективов</td><td>15 марта</td><td>Большой зал</td>
<td>Лазаренко А.В.</td></tr>
<tr><td>2</td><td>Неделя добровольчества</td><td>1–7 апреля</td><td>Молодёжный<br>центр</td><td>Гусева Н.П.</td></tr>
<tr><td>3</td><td>Фестиваль уличной<br>культуры</td><td>12 июня</td><td>Парк</td><td>Лазаренко А.В.</td></tr>
</tbody></table>
<p>Директор центра Н.П. Гусева</p>
</body></html>"""


@pytest.mark.skipif(_CHROMIUM is None, reason="Chromium is not installed")
def test_chromium_print_table_under_a_sites_controls(tmp_path: Path) -> None:
    """Chromium prints a sortable table's controls («Показать 10 записей», «Поиск:») as closely
    over the header row as a header's lines, and centres each cell in its row: the first event's
    first line stands above its number, a full line under the header.  The header is its one row
    (the controls name no column, the event's line is the row's): each event whole, with its
    number, not the first line a section and the rows below shifted."""
    path = chromium_pdf(_CONTROLS_OVER_TABLE, tmp_path / "controls.pdf", header_footer=True)
    got = magplan.read_plan(path).to_dict()
    keys = ("number", "title", "date_text", "place", "responsible")
    assert [tuple(item[k] for k in keys) for item in got["items"]] == [
        (1, "Открытие сезона: концерт молодёжных коллективов", "15 марта", "Большой зал", "Лазаренко А.В."),
        (2, "Неделя добровольчества", "1–7 апреля", "Молодёжный центр", "Гусева Н.П."),
        (3, "Фестиваль уличной культуры", "12 июня", "Парк", "Лазаренко А.В."),
    ]


_OPEN_ROW = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><style>
table{border-collapse:collapse} td,th{border:1px solid black;padding:3px 6px;vertical-align:top}
tr.open td{border-left:none;border-right:none}
tr.open td:first-child{border-left:1px solid black} tr.open td:last-child{border-right:1px solid black}
</style></head><body><h1>План мероприятий МАГ на 2027 год</h1>
<table><tr><th style="width:50px">№</th><th style="width:220px">Мероприятие</th><th style="width:110px">Дата</th>
<th style="width:110px">Место</th></tr>
<tr><td>1.</td><td>Конференция городов</td><td>март</td><td>Москва</td></tr>
<tr class="open"><td>2.</td><td>Форум органов местного самоуправления[1]</td><td>май</td><td>Казань</td></tr>
<tr><td>3.</td><td>Совещание[1]</td><td>июнь</td><td>Минск</td></tr>
</table>
<p>[1] По согласованию с организаторами.</p>
</body></html>"""


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_row_without_inner_rules_reads_its_columns_as_ruled_cells(tmp_path: Path) -> None:
    """A ruled table's row drawn without its inner rules (as a page break leaves a row in a layout
    box: one cell across the columns, each column's text a tab's gap from the next) is read
    column by column, each column as a ruled cell is: a Google Docs «[1]» glued to the event's
    last word is the footnote's marker, not part of the title (it stayed «самоуправления[1]»)."""
    path = tmp_path / "open-row.pdf"
    import weasyprint

    weasyprint.HTML(string=_OPEN_ROW).write_pdf(path)
    got = magplan.read_plan(path).to_dict()
    assert got == magplan.read_plan(path, pdf_engine="pdfplumber").to_dict()
    keys = ("number", "title", "date_text", "place")
    assert [tuple(item[k] for k in keys) for item in got["items"]] == [
        (1, "Конференция городов", "март", "Москва"),
        (2, "Форум органов местного самоуправления", "май", "Казань"),
        (3, "Совещание", "июнь", "Минск"),
    ]
    assert got["document"]["footnotes"] == ["По согласованию с организаторами."]


def _signed_page(gap: int, below: str) -> str:
    """A four-row plan signed «Исполнительный директор МАГ», `gap` no-break spaces, «И.И. Иванов»,
    and the line `below` under it in the same paragraph."""
    rows = "".join(
        f"<tr><td>{i}</td><td>Конференция номер {i}</td><td>{i} марта 2027 г.</td><td>г. Москва</td></tr>"
        for i in range(1, 5)
    )
    return (
        '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"></head><body>'
        '<h1>План мероприятий МАГ на 2027 год</h1><table border="1"><tr><th>№</th><th>Мероприятие</th>'
        f"<th>Дата</th><th>Место</th></tr>{rows}</table>"
        f'<p style="margin-top:30px">Исполнительный директор МАГ{"&nbsp;" * gap}И.И. Иванов<br>{below}</p>'
        "</body></html>"
    )


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
@pytest.mark.parametrize("gap", [6, 30])
@pytest.mark.parametrize("below", ["Исп. Петров П.П., тел. 123-45-67", "Рассылка: членам Совета МАГ"])
def test_signature_requisite_under_the_position_is_no_part_of_it(tmp_path: Path, gap: int, below: str) -> None:
    """A GOST requisite under a signature whose name stands apart from the position (a tab, or
    closer than one): «Исп. …», «Рассылка: …» open something new (`requisites.starts_requisite`),
    as the HTML it was printed from reads them.  The name was moved past them as past the position's
    own lines: the position took the executor's name and telephone."""
    html = _signed_page(gap, below)
    source = tmp_path / "signed.html"
    source.write_text(html, encoding="utf-8")
    got = _default_print(tmp_path / "signed.pdf", html)
    want = {"position": "Исполнительный директор МАГ", "name": "И.И. Иванов"}
    assert magplan.read_plan(source).to_dict()["document"]["signatory"] == want
    assert got["document"]["signatory"] == want


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
@pytest.mark.parametrize("heading", ["II. Международное сотрудничество", "<b>Международное сотрудничество</b>"])
def test_section_heading_over_a_header_repeated_at_a_pages_top(tmp_path: Path, heading: str) -> None:
    """Section tables of one width, each with its own header, the second opening page 2 under its
    section's heading: the heading heads the rows under it (it was left outside the table, read after it
    and glued to the signature's position; the rows had no section)."""
    head = "<tr><th>№</th><th>Мероприятие</th><th>Дата</th><th>Место</th></tr>"
    rows = [
        "".join(
            f"<tr><td>{i}</td><td>{title} {i}</td><td>{i} марта 2027 г.</td><td>г. Москва</td></tr>"
            for i in range(1, count + 1)
        )
        for title, count in (("Конференция номер", 7), ("Форум номер", 3))
    ]
    html = (
        '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">'
        "<style>table{width:100%;table-layout:fixed}</style></head><body>"
        f'<h1>План мероприятий МАГ на 2027 год</h1><table border="1">{head}{rows[0]}</table>'
        f'<p style="page-break-before:always">{heading}</p><table border="1">{head}{rows[1]}</table>'
        f'<p style="margin-top:30px">Исполнительный директор МАГ{"&nbsp;" * 12}И.И. Иванов</p></body></html>'
    )
    got = _default_print(tmp_path / "sections.pdf", html)
    assert [(item["section"], item["title"]) for item in got["items"]] == [
        *(("", f"Конференция номер {i}") for i in range(1, 8)),
        *(("Международное сотрудничество", f"Форум номер {i}") for i in range(1, 4)),
    ]
    assert got["document"]["signatory"] == {"position": "Исполнительный директор МАГ", "name": "И.И. Иванов"}


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_borderless_merged_responsible_over_two_centred_rows(tmp_path: Path) -> None:
    """WeasyPrint, portal page, borderless, cells centred in their rows: «Руководители рабочих
    групп», one cell merged over rows 1 and 2, printed centred across both, its first line in the
    padding above row 2.  Read with row 2's lines, it still stands off that row's middle (told by
    its other cells, not by the merged text itself): both rows have it (row 1's was null)."""
    _check(pdf_browser.build_one(tmp_path, 52, 1))


_DRAWN_PAGE = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"></head><body>
<p><b>План мероприятий клуба на 2027 год</b></p>
<pre>{table}</pre>
<p>Председатель клуба&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; П.П. Орлов</p>
</body></html>"""
_BOX_DRAWN = """
╔════╤════════════════════════╤════════════╗
║ №  │ Мероприятие            │ Срок       ║
╠════╪════════════════════════╪════════════╣
║ Турниры                                  ║
╟────┬────────────────────────┬────────────╢
║ 1. │ Шахматный турнир       │ март       ║
╟────┼────────────────────────┼────────────╢
║ 2. │ Турнир по шашкам для   │ 12 мая     ║
║    │ ветеранов              │            ║
╚════╧════════════════════════╧════════════╝
"""
_MARKDOWN = """
| № | Мероприятие     | Срок     |
|---|-----------------|----------|
| 1 | Вечер поэзии    | октябрь  |
| 2 | Новогодний бал  | 28 декабря |
"""


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
@pytest.mark.parametrize(
    ("table", "want"),
    [
        (
            _BOX_DRAWN,
            [("Турниры", 1, "Шахматный турнир", "март"), ("Турниры", 2, "Турнир по шашкам для ветеранов", "12 мая")],
        ),
        (_MARKDOWN, [("", 1, "Вечер поэзии", "октябрь"), ("", 2, "Новогодний бал", "28 декабря")]),
    ],
)
def test_tables_drawn_with_characters_printed_to_pdf(
    table: str, want: list[tuple[str, int, str, str]], tmp_path: Path
) -> None:
    """A page's `<pre>` table drawn with characters (box-drawing rules and bars, a Markdown
    table) printed to PDF: its lines are read a line each, as the drawn-table reader reads a
    `<pre>`'s text, not as an unruled table of where the bars' words stand (before: «no plan
    table found», or the rules read as sections and bars as notes)."""
    got = _default_print(tmp_path / "drawn.pdf", _DRAWN_PAGE.format(table=table))
    keys = ("section", "number", "title", "date_text")
    assert [tuple(item[k] for k in keys) for item in got["items"]] == want
    assert all(item["note"] is None for item in got["items"])
    assert got["document"]["signatory"] == {"position": "Председатель клуба", "name": "П.П. Орлов"}


_DAYS_FIRST = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>План</title></head><body>
<p><b>План мероприятий дома культуры на 2027 год</b></p>
<table border="1"><tr><th>Срок</th><th>Мероприятие</th><th>Место</th></tr>
<tr><th colspan="3">Концерты</th></tr>
<tr><td>12 марта</td><td>Весенний концерт</td><td>Большой зал</td></tr>
<tr><td>9 мая</td><td>Концерт ко Дню Победы</td><td>Площадь</td></tr>
<tr><th colspan="3">Выставки</th></tr>
<tr><td>октябрь</td><td>Выставка рисунков</td><td>Фойе</td></tr>
</table><p>Директор&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; А.А. Белова</p></body></html>"""


@pytest.mark.skipif(_CHROMIUM is None, reason="Chromium is not installed")
def test_chromium_border_spacing_strips_no_columns(tmp_path: Path) -> None:
    """Chromium prints a `<table border="1">` with separate borders: its frame two points outside
    the cells' borders, so the ruled grid has a strip of a column at each edge and between the
    cells, empty in every row.  A `<th colspan>` heading across the table is then one cell among
    the strips; it is a row across the table all the same (before: an item whose date was the
    heading, the first column being the date's)."""
    path = chromium_pdf(_DAYS_FIRST, tmp_path / "days.pdf", header_footer=False)
    got = magplan.read_plan(path).to_dict()
    keys = ("section", "title", "date_text", "place")
    assert [tuple(item[k] for k in keys) for item in got["items"]] == [
        ("Концерты", "Весенний концерт", "12 марта", "Большой зал"),
        ("Концерты", "Концерт ко Дню Победы", "9 мая", "Площадь"),
        ("Выставки", "Выставка рисунков", "октябрь", "Фойе"),
    ]


_NESTED_SUPER = '<span style="vertical-align:super"><span style="vertical-align:super">[1]</span></span>'
_LIFTED_NOTE = f"""<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>План</title></head><body>
<p><b>План мероприятий ассоциации на 2027 год</b></p>
<table border="1" style="border-collapse:collapse">
<tr><td>№</td><td>Мероприятие</td><td>Срок</td><td>Место</td></tr>
<tr><td>1.</td><td>Конференция</td><td>апрель</td><td>Томск</td></tr>
<tr><td colspan="4"><b>Форумы</b>{_NESTED_SUPER}</td></tr>
<tr><td>2.</td><td>Молодёжный форум</td><td>июль</td><td>Омск</td></tr>
</table>
<p>Президент ассоциации&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Г.П. Орлов</p>
<p>{_NESTED_SUPER} Даты проведения указаны ориентировочно</p>
</body></html>"""


@pytest.mark.skipif(_CHROMIUM is None, reason="Chromium is not installed")
def test_chromium_footnote_reference_in_nested_superscripts(tmp_path: Path) -> None:
    """Word's HTML sets a footnote reference in two nested `vertical-align: super` spans;
    Chromium stacks them, «[1]» most of a line above the word it marks: a line of its own,
    read before as a line of the section's heading («[1]⏎Форумы») and of the footnote.  Put
    back on the line it marks, it is that line's raised marker."""
    path = chromium_pdf(_LIFTED_NOTE, tmp_path / "note.pdf", header_footer=False)
    got = magplan.read_plan(path).to_dict()
    assert got["document"]["footnotes"] == ["Даты проведения указаны ориентировочно"]
    assert [(item["section"], item["title"], item["approximate"]) for item in got["items"]] == [
        ("", "Конференция", False),
        ("Форумы", "Молодёжный форум", True),
    ]


_TOUCHING_CELL = '<td valign="top" style="padding:0 5.4pt"><p class="n">{}</p></td>'
_TOUCHING_ROWS = (
    '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">'
    '<style>p.n {margin:0; font-size:11pt; font-family:"Calibri",sans-serif}</style></head><body>'
    '<p class="n" align="center"><b>ПЛАН</b><br>мероприятий отдела культуры на 2027 год</p>'
    '<table cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
    + "".join(
        "<tr>" + "".join(_TOUCHING_CELL.format(text) for text in row) + "</tr>"
        for row in (
            ("<b>№ п/п</b>", "<b>Наименование мероприятия</b>", "<b>Срок проведения</b>", "<b>Ответственный</b>"),
            ("1.", "Конкурс «Юные таланты»", "март", "Отдел культуры"),
            ("2.", "Фестиваль национальных культур", "май", "Дом культуры"),
        )
    )
    + '</table><p class="n">Начальник отдела культуры'
    + "&nbsp;" * 8
    + " С.В. Кузнецова</p>"
    "</body></html>"
)


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_weasyprint_rows_touching_the_header(tmp_path: Path) -> None:
    """Outlook's HTML of a Word table (`padding: 0cm 5.4pt`, borders WeasyPrint does not draw):
    no rules and no padding, the first row's line touching the header's.  The header's cells,
    half a point taller than their text, reached over the first row and took its text: row 1
    was read into the header row, lost without a word (rule 14)."""
    got = _default_print(tmp_path / "touching.pdf", _TOUCHING_ROWS)
    keys = ("number", "title", "date_text", "responsible")
    assert [tuple(item[k] for k in keys) for item in got["items"]] == [
        (1, "Конкурс «Юные таланты»", "март", "Отдел культуры"),
        (2, "Фестиваль национальных культур", "май", "Дом культуры"),
    ]


_FORM_ABOVE = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>План</title></head><body>
<h2>План мероприятий молодёжного центра на 2027 год</h2>
<div><label>Показать <select><option>10</option><option>25</option></select> записей</label></div>
<div><label>Поиск:<input type="search"></label></div>
<table border="1"><thead><tr><th>№</th><th>Мероприятие</th><th>Дата</th><th>Место</th></tr></thead><tbody>
<tr><td>1</td><td>Открытие сезона</td><td>15 марта</td><td>Большой зал</td></tr>
<tr><td>2</td><td>Неделя добровольчества</td><td>апрель</td><td>Молодёжный центр</td></tr>
</tbody></table>
<p>Директор центра&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Н.П. Гусева</p></body></html>"""


@pytest.mark.skipif(_CHROMIUM is None or not weasyprint_installed(), reason="Chromium or WeasyPrint is not installed")
@pytest.mark.parametrize("printer", ["chromium", "weasyprint"])
def test_form_fields_over_the_table_are_no_section(printer: str, tmp_path: Path) -> None:
    """A table plugin's controls printed over the plan («Показать [10 ˅] записей», «Поиск: [ ]»):
    bordered boxes a line high, empty or holding a drop-down list's value, labelled by the words
    set against them.  Read as text, the last label was every row's section; the page's HTML
    reading has no form's text, and neither has its print's."""
    if printer == "chromium":
        path = chromium_pdf(_FORM_ABOVE, tmp_path / "form.pdf", header_footer=False)
    else:
        import weasyprint

        path = tmp_path / "form.pdf"
        weasyprint.HTML(string=_FORM_ABOVE).write_pdf(path)
    got = magplan.read_plan(path).to_dict()
    assert got["document"]["title"] == "План мероприятий молодёжного центра на 2027 год"
    assert [(item["section"], item["title"]) for item in got["items"]] == [
        ("", "Открытие сезона"),
        ("", "Неделя добровольчества"),
    ]
    # Left out, but said: a box taken for a field wrongly must not take its line's words unsaid.
    skipped = " ".join(w["message"] for w in got["warnings"] if w["code"] == "text_skipped")
    assert "«Поиск:»" in skipped
    assert "записей" in skipped


# DataTables' controls as its stylesheet sets them: the list's label floated left, the search box's
# floated right and set right; too wide for one line, WeasyPrint puts the search box under its label.
_FORM_FLOATED = (
    _FORM_ABOVE.replace("<div><label>Показать", '<div style="float: left"><label>Показать')
    .replace("<div><label>Поиск:", '<div style="float: right; text-align: right"><label>Поиск:')
    .replace('<table border="1">', '<table border="1" style="clear: both">')
)


@pytest.mark.skipif(_CHROMIUM is None or not weasyprint_installed(), reason="Chromium or WeasyPrint is not installed")
@pytest.mark.parametrize("printer", ["chromium", "weasyprint"])
def test_a_field_label_set_right_over_its_field_is_dropped(printer: str, tmp_path: Path) -> None:
    """A search box's label set right over it (its block set right, the box on a line of its own
    under it) labels it as a label set left over it does: «Поиск:» was every row's section."""
    if printer == "chromium":
        got = magplan.read_plan(chromium_pdf(_FORM_FLOATED, tmp_path / "form.pdf", header_footer=False)).to_dict()
    else:
        got = _default_print(tmp_path / "form.pdf", _FORM_FLOATED)
    assert [(item["section"], item["title"]) for item in got["items"]] == [
        ("", "Открытие сезона"),
        ("", "Неделя добровольчества"),
    ]


# A signature's row with the signature's picture between the position and the name; the picture is
# an invalid `data:` PNG (a broken image), as a page saved or copied with a cut image has.
_BROKEN_PICTURE = '<img src="data:image/png;base64,iVBORw0KGgoBROKEN" width="96" height="30">'
# Long enough to wrap: its second line starts under the picture, past the picture's right side.
_OPENING = (
    "Открытие творческого сезона: праздничный концерт молодёжных коллективов города и района, выставка работ студий"
)
_SIGNED_WITH_A_PICTURE = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>План</title></head><body>
<h2>План мероприятий молодёжного центра на 2027 год</h2>
<table border="1"><tr><th>№</th><th>Мероприятие</th><th>Дата</th><th>Ответственный</th></tr>
<tr><td>1</td><td>{in_row}{opening}</td><td>15 марта</td><td>Гусева Н.П.</td></tr>
<tr><td>2</td><td>Неделя добровольчества</td><td>апрель</td><td>Лазаренко А.В.</td></tr>
</table><p></p>{signature}</body></html>"""


@pytest.mark.skipif(_CHROMIUM is None, reason="Chromium is not installed")
@pytest.mark.parametrize(
    ("signature", "in_row"),
    [
        (f"<table><tr><td>Директор</td><td>{_BROKEN_PICTURE}</td><td>И.И. Иванов</td></tr></table>", ""),
        (f"<p>Директор {_BROKEN_PICTURE} И.И. Иванов</p>", ""),
        ("<p>Директор&nbsp;&nbsp;&nbsp;&nbsp;И.И. Иванов</p>", f"{_BROKEN_PICTURE} "),
    ],
)
def test_a_broken_pictures_box_is_no_form_field(signature: str, in_row: str, tmp_path: Path) -> None:
    """Chromium draws a broken image as a bordered box a line high with its icon in the corner: a
    form field's shape.  Between a signature's position and name, both went as the field's labels,
    silently (signatory null).  A box round a picture is its frame: set at a cell's left edge, it
    joined the table, its sides a column and a row edge through the row (its wrapped title read as
    two lines of two cells)."""
    html = _SIGNED_WITH_A_PICTURE.format(signature=signature, in_row=in_row, opening=_OPENING)
    path = chromium_pdf(html, tmp_path / "picture.pdf", header_footer=False)
    got = magplan.read_plan(path).to_dict()
    assert got["document"]["signatory"] == {"position": "Директор", "name": "И.И. Иванов"}
    keys = ("number", "title", "date_text", "responsible")
    assert [tuple(item[k] for k in keys) for item in got["items"]] == [
        (1, _OPENING, "15 марта", "Гусева Н.П."),
        (2, "Неделя добровольчества", "апрель", "Лазаренко А.В."),
    ]
    assert got == magplan.read_plan(path, pdf_engine="pdfplumber").to_dict()


_BADGE_IN_A_ROW = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8">
<style>span.badge {{ border: 1px solid #333; border-radius: 3px; padding: 0 2px }}</style></head><body>
<h2>План мероприятий молодёжного центра на 2027 год</h2>
<table><tr><th>№</th><th>Мероприятие</th><th>Дата</th><th>Место</th></tr>
<tr><td>1</td><td>{first}</td><td>15 марта</td><td>Большой зал</td></tr>
<tr><td>2</td><td>Неделя добровольчества</td><td>апрель</td><td>Молодёжный центр</td></tr>
</table></body></html>"""


@pytest.mark.skipif(_CHROMIUM is None or not weasyprint_installed(), reason="Chromium or WeasyPrint is not installed")
@pytest.mark.parametrize("printer", ["chromium", "weasyprint"])
@pytest.mark.parametrize(
    "first",
    ['<span class="badge">Новое</span> Открытие сезона', 'Открытие <span class="badge">сезона</span>'],
)
def test_a_word_framed_in_a_row_is_no_form_field(printer: str, first: str, tmp_path: Path) -> None:
    """A word in a bordered badge (a portal's «Новое» label) in a row of a table printed without
    rules: a box a line high holding one value, like a drop-down list's, but its word fills it,
    where a field's value leaves the room of its blank or its arrow.  Taken for a form field, the
    row's words a space apart on both sides of it (the columns of a table printed without padding
    are no further apart) were dropped as its labels: the row's number, title, date and place."""
    html = _BADGE_IN_A_ROW.format(first=first)
    if printer == "chromium":
        path = chromium_pdf(html, tmp_path / "badge.pdf", header_footer=False)
        got = magplan.read_plan(path).to_dict()
    else:
        got = _default_print(tmp_path / "badge.pdf", html)
    keys = ("number", "title", "date_text", "place")
    assert [tuple(item[k] for k in keys) for item in got["items"]] == [
        (1, first.replace('<span class="badge">', "").replace("</span>", ""), "15 марта", "Большой зал"),
        (2, "Неделя добровольчества", "апрель", "Молодёжный центр"),
    ]


_FIGURE_PAGE = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"></head><body>
<p>Главная | Экология</p>{heading}
<figure class="table"><table border="1"><tr><th>№</th><th>Мероприятие</th><th>Дата</th><th>Место</th></tr>
<tr><td>1</td><td>Субботник</td><td>24 апреля</td><td>Набережная</td></tr>
<tr><td>2</td><td>Высадка деревьев</td><td>май</td><td>Сквер Победы</td></tr>
</table><figcaption>{caption}</figcaption></figure>
<p>Глава администрации района&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Р.Р. Сафин</p></body></html>"""


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
@pytest.mark.parametrize(
    ("heading", "caption"),
    [
        ("", "План мероприятий по охране природы на 2027 год"),
        ("<h2>План мероприятий по охране природы на 2027 год</h2>", "План мероприятий на 2026 год (архив)"),
    ],
)
def test_plan_heading_printed_under_its_table(heading: str, caption: str, tmp_path: Path) -> None:
    """CKEditor 5 writes a table's caption after it (`<figcaption>`), shown above it on the site
    and printed under it: where no heading stands above the table, a heading with its year right
    under it is the plan's title (before: no title, no year, so no date had one).  Under a table
    whose heading stands above, a caption stays under it."""
    got = _default_print(tmp_path / "figure.pdf", _FIGURE_PAGE.format(heading=heading, caption=caption))
    assert got["document"]["title"] == "План мероприятий по охране природы на 2027 год"
    assert got["document"]["year"] == 2027
    assert [item["date_start"] for item in got["items"]] == ["2027-04-24", "2027-05-01"]


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_centred_row_ending_with_a_list_keeps_the_list_margin_in_its_middle(tmp_path: Path) -> None:
    """WeasyPrint, portal page, cells centred in rows a few points apart: page 2 opens with the rest
    of a row the break cut («международном» / «экономическом форуме»), then row 4, then row 5 whose
    event ends with a list («• в сфере культуры», «• в сфере туризма»).  The list's bottom margin
    prints nothing but the browser centres the row's number on the cell box with it: measured
    without it, row 5's number stood off its middle, and the split that gave the cut rest's last
    line to row 4 (and row 4's last to row 5) looked better.  Each rest goes to its own row."""
    _check(pdf_browser.build_one(tmp_path, 39, 11))


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_row_of_its_own_widths_list_indent_is_no_column(tmp_path: Path) -> None:
    """WeasyPrint's default print of an old layout page, borderless, each row a table of its own
    widths: row 4 («Актуализация базы данных | 22-24 октября», no person) has a list of members
    indented in its event's cell («• ВАРМСУ», «• АГП», «• АГУ»).  Its columns placed from its own
    lines took the bullets' indent for the date's column's start (a column fewer empty) and the
    date for the person's: the date went into the event's name.  A list's indent right of where
    the event's text starts is no column's start."""
    _check(pdf_browser.build_one(tmp_path, 39, 9))


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_default_print_sections_of_own_widths_rows_cut_and_placed_whole(tmp_path: Path) -> None:
    """WeasyPrint's default print of a portal page, each section (and some rows) a table of its
    own widths.  Three things read wrong: (1) the columns of the part from row 3 on were placed
    from one line of three runs («3 | городов-членов МАГ | Место уточняется»: the date's and the
    place's columns empty), so rows 5 and 9 read their dates into their events' names; (2) row 7,
    a table of its own widths that the page break cut, left its rest at page 2's head
    («футболу среди юношей   Организатор: ООН-»): read with the table's columns it crossed them
    and was a heading over rows 8 and 9; (3) row 11's note «Совместно с» / «Исполкомом СНГ» was
    its place: its second line alone reads as a name, the cell whole does not."""
    _check(pdf_browser.build_one(tmp_path, 54, 11))


@pytest.mark.skipif(_CHROMIUM is None, reason="Chromium is not installed")
def test_borderless_place_and_date_column_placed_by_its_cells(tmp_path: Path) -> None:
    """Chromium, old layout page, borderless, a column «Место, дата» (a place over a date in one
    cell): row 10, a table of its own widths (its event's column wider than the header's, no note),
    has its «Душанбе» / «сентябрь -» / «ноябрь» further right, where the note's column starts.
    The header's combined column is the date's and the place's column both, so the row's cell
    is placed there by its wording (it was the note, place and date null)."""
    _check(pdf_browser.build_one(tmp_path, 54, 8))


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_default_print_cut_rest_over_a_pages_one_numbered_row(tmp_path: Path) -> None:
    """WeasyPrint's default print of a Word page, rows a point apart and centred: page 3 opens
    with the rest of row 16 («местного» / «самоуправления») over row 17 and its section's heading,
    all in one band holding one number.  A band of one number was never split, so the rest went
    into row 17's name; it is split as bands of several numbers are (`_around_numbers`)."""
    _check(pdf_browser.build_one(tmp_path, 46, 3))


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_borderless_centred_row_of_its_own_widths_opens_at_its_padding(tmp_path: Path) -> None:
    """WeasyPrint, portal page, borderless, each cell's own borders, cells centred: row 10, a table
    of its own widths, opens with «Обновление раздела», a line that fits the columns above it as
    well, over the line where its own columns start to differ («III-IV») and its number below
    that.  The part of its own columns starts at the padding above its first line (it started
    under it, and the line was the row above's)."""
    _check(pdf_browser.build_one(tmp_path, 47, 11))


@pytest.mark.skipif(_CHROMIUM is None, reason="Chromium is not installed")
def test_borderless_merged_responsible_beside_a_one_line_row(tmp_path: Path) -> None:
    """Chromium, plain page in landscape, borderless, cells centred: «Руководители рабочих групп»,
    one cell merged over row 4 (one line) and row 5 (three lines), printed in the middle of both.
    Read with row 5's lines, it stands half a line off that row's own middle and right in the
    middle of the two rows: both rows have it (row 4's was null); a full line off was asked."""
    _check(pdf_browser.build_one(tmp_path, 44, 6))


@pytest.mark.skipif(_CHROMIUM is None, reason="Chromium is not installed")
def test_borderless_centred_row_opening_a_section_with_its_events_name(tmp_path: Path) -> None:
    """Chromium, portal page in landscape, borderless, cells centred, sections as tables of their
    own widths: row 11 opens its section, its event's name («Конференция … МАГ:») above its number
    and its list beside it.  The section's first line was never a place where the row could open
    (only lines under an empty band were), so the name was a row apart: a heading over rows 11-15,
    and the list's first item the row's title."""
    _check_rows(pdf_browser.build_one(tmp_path, 55, 10), set(range(11, 16)))


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_default_print_section_of_notes_after_one_without(tmp_path: Path) -> None:
    """WeasyPrint's default print of a borderless portal page, each section a table of its own
    widths: section II has no notes, so its columns, placed from its lines, put the note's at the
    table's edge; section III, whose lines fit those too, was read with them and its notes
    («Организаторы: …», «Совместно с Исполкомом СНГ …») were rows 10 and 11's place.  Of columns
    that fit alike, those that leave the fewest empty are the section's (its own here).  (Row 11's
    note still loses its line break before «Организаторы:»: notes are checked by their organizers.)"""
    _check_rows(pdf_browser.build_one(tmp_path, 55, 11), {10, 11}, ("place", "organizers"))


_DATE_FIRST_ROWS = (
    ("январь", "Литературный вечер «Страницы блокадного Ленинграда»", "Савельева Н.П."),
    ("15.02.2027", "Книжная выставка «Память и боль»", "Отдел обслуживания"),
    ("март – апрель", "Конкурс чтецов «Весна Победы»", "Кузнецова А.В."),
    ("IV квартал", "Библиотечный квест «Знатоки родного края»", "Кузнецова А.В."),
)


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
@pytest.mark.parametrize("ruled_header", [True, False], ids=["rule-under-header", "no-rules"])
@pytest.mark.parametrize("top", [True, False], ids=["top", "centred"])
def test_borderless_unnumbered_date_first_rows_in_lower_case(tmp_path: Path, ruled_header: bool, top: bool) -> None:
    """A library's plan without «№», its date column first, rows printed a point apart, with a
    rule under the header cells (drawn cell by cell) or none.  Cells at the top of their rows (as
    pandoc's DOCX prints from LibreOffice): the first row opens in lower case («январь») and was
    read into the header band (the event lost, its second line a section heading), and «март –»
    under an empty date cell was the row above's (two events in one).  A rule across the band,
    or a period under the header's date cell, ends the header; a row opens where the first column
    and another, empty on the line above, open together, whatever the case.  Cells centred (a
    browser's default): the four rows were one event; each row is split where every cell stands
    in its middle, as the blocks of the shorter cells show."""
    rule = "border-bottom: 1px solid black;" if ruled_header else ""
    names = ("Срок", "Мероприятие", "Ответственный")
    head = "".join(f'<th style="text-align: left; {rule}">{name}</th>' for name in names)
    body = "".join(f"<tr><td>{when}</td><td>{title}</td><td>{who}</td></tr>" for when, title, who in _DATE_FIRST_ROWS)
    got = _default_print(
        tmp_path / "plan.pdf",
        "<html><body><p>ПЛАН мероприятий библиотеки на 2027 год</p>"
        f"<style>td {{ vertical-align: {'top' if top else 'middle'} }}</style>"
        '<table style="border-collapse: collapse">'
        f"<tr>{head}</tr>{body}</table><p>Директор ______ Н.П. Савельева</p></body></html>",
    )
    assert [(i["date_text"], i["title"], i["responsible"]) for i in got["items"]] == list(_DATE_FIRST_ROWS)


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
@pytest.mark.parametrize("align", ["top", "middle"])
def test_borderless_signature_an_empty_row_under_the_last_row(tmp_path: Path, align: str) -> None:
    """A spreadsheet printed without gridlines: the signature is a row of the sheet an empty row
    under the last event, its position under the date column and its name under the
    responsible's.  No line crosses the columns there, so it went on with the last row (the
    position in its date, the name in its responsible; no signatory).  Lines an empty line apart
    that name a position and a person in different columns end the table (centred, the name
    stands between the position's two lines)."""
    rows = [
        ("1", "Масленичные гулянья «Широкая Масленица»", "01.03.2027", "Худ. руководитель"),
        ("2", "Спектакль народного театра «Ревизор»", "14.03.2027", "Режиссёр"),
        ("3", "День театра: экскурсия за кулисы", "27.03.2027", "Режиссёр"),
    ]
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    got = _default_print(
        tmp_path / "plan.pdf",
        "<html><body><p>План мероприятий Дома культуры «Родина» на март 2027 года</p>"
        f"<style>td {{ vertical-align: {align} }}</style>"
        "<table><tr><th>№</th><th>Мероприятие</th><th>Дата</th><th>Ответственный</th></tr>"
        f"{body}<tr><td>&nbsp;</td><td></td><td></td><td></td></tr>"
        "<tr><td></td><td></td><td>Директор ДК «Родина»</td><td>Г.М. Ершова</td></tr></table></body></html>",
    )
    assert got["document"]["signatory"] == {"position": "Директор ДК «Родина»", "name": "Г.М. Ершова"}
    assert [(i["title"], i["date_text"], i["responsible"]) for i in got["items"]] == [row[1:] for row in rows]


_APPROVAL_CELL = (
    "<p>УТВЕРЖДАЮ</p><p>Директор МБУ «Центр культуры»</p><p>________ А.Н. Сафин</p><p>«15» января 2027 г.</p>"
)


@pytest.mark.parametrize(
    ("printer", "title", "align"),
    [
        # Each column in its own flow, the title's lines between the approval's (no line holds both).
        ("weasyprint", ["План мероприятий Центра культуры на 2027 год"], "middle"),
        ("weasyprint", ["План мероприятий", "Центра культуры на 2027 год"], "middle"),
        # «ПЛАН» beside «УТВЕРЖДАЮ», the title's second line a word closer to the approval than a tab.
        ("weasyprint", ["ПЛАН", "мероприятий Центра культуры", "на 2027 год"], "top"),
        # The title's first line ends a word's width before the approval's position: closer than a tab.
        ("chromium", ["План мероприятий Центра культуры на 2027 год"], "middle"),
    ],
)
def test_approval_block_beside_the_title_read_apart(tmp_path: Path, printer: str, title: list[str], align: str) -> None:
    """An approval block printed beside the plan's title (a Word document's floating table, a web
    page's two cells): the title's lines and the approval's were read as one paragraph, the title
    in the approval's position, so no title, no year and no date.  The two columns are read apart:
    by a channel no word crosses, where a column has a line of its own."""
    if printer == "chromium" and _CHROMIUM is None:
        pytest.skip("Chromium is not installed")
    if printer == "weasyprint" and not weasyprint_installed():
        pytest.skip("WeasyPrint is not installed")
    rows = [("1", "Отчётный концерт хорового отделения", "14 апреля"), ("2", "Праздник весны", "20 мая")]
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    html = (
        "<html><head><meta charset='utf-8'><style>body { font: 12pt serif } p { margin: 0 }</style></head><body>"
        f"<table style='width: 100%'><tr><td style='width: 55%; text-align: center; vertical-align: {align}'>"
        f"<b>{'<br>'.join(title)}</b></td><td style='vertical-align: top'>{_APPROVAL_CELL}</td></tr></table>"
        "<table border='1' style='border-collapse: collapse; width: 100%; margin-top: 12pt'>"
        f"<tr><th>№</th><th>Мероприятие</th><th>Дата</th></tr>{body}</table></body></html>"
    )
    path = print_html(html, printer, tmp_path / "plan.pdf")
    got = magplan.read_plan(path).to_dict()
    assert got == magplan.read_plan(path, pdf_engine="pdfplumber").to_dict()
    assert got["document"]["title"] == " ".join(title)
    assert got["document"]["year"] == 2027
    assert got["document"]["approval"] == {
        "position": "Директор МБУ «Центр культуры»",
        "name": "А.Н. Сафин",
        "date_text": "«15» января 2027 г.",
        "number": None,
    }
    assert [(i["title"], i["date_start"]) for i in got["items"]] == [
        ("Отчётный концерт хорового отделения", "2027-04-14"),
        ("Праздник весны", "2027-05-20"),
    ]


@pytest.mark.skipif(_CHROMIUM is None, reason="Chromium is not installed")
def test_chromium_print_header_of_a_one_page_print_is_left_out(tmp_path: Path) -> None:
    """Chromium's print with its header and footer: the header line (the date and time of printing,
    then the page's <title>) stands on the one page only, so it was no running line and was read
    as a paragraph above the plan (a portal page's print took it for the plan's title).  So does
    its footer (the page's address and «1/1»), which was said as a line not read."""
    html = (
        "<html><head><meta charset='utf-8'><title>План мероприятий на 2027 год - Портал</title></head><body>"
        "<p>План мероприятий отдела культуры на 2027 год</p>"
        "<table border='1'><tr><th>№</th><th>Мероприятие</th><th>Дата</th></tr>"
        "<tr><td>1</td><td>Праздник весны</td><td>20 мая</td></tr></table></body></html>"
    )
    path = chromium_pdf(html, tmp_path / "plan.pdf", header_footer=True)
    paragraphs = [block.text for block in read.extract(path).blocks if isinstance(block, Paragraph)]
    assert paragraphs[0] == "План мероприятий отдела культуры на 2027 год"
    assert not any("Портал" in text for text in paragraphs)
    assert not any("file://" in text or "1/1" in text for text in paragraphs)
    warnings = magplan.read_plan(path).to_dict()["warnings"]
    assert not any("file://" in warning["message"] for warning in warnings)


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
@pytest.mark.parametrize(
    ("event", "first", "responsible"),
    [
        ("Отчёт о работе за год", "Завуч А.А. Петрова", "Директор школы И.И. Иванов"),
        ("Совещание при директоре", "Петрова А.А.", "Иванов И.И."),
    ],
)
def test_borderless_last_row_of_paragraphs_an_empty_line_apart_keeps_them(
    tmp_path: Path, event: str, first: str, responsible: str
) -> None:
    """The last row's cells of two paragraphs each (a margin between them as tall as a line): the
    second paragraphs stand an empty line under the row's first lines and name a position and a
    person.  That is no signature under the table: the position stands in the name's column, or
    does not open the lines; the row keeps them."""
    rows = [
        ("1", "Масленичные гулянья «Широкая Масленица»", "01.03.2027", "Худ. руководитель"),
        ("2", "Спектакль народного театра «Ревизор»", "14.03.2027", "Режиссёр"),
        (
            "3",
            f"<p>Итоговый педсовет</p><p>{event}</p>",
            "<p>27.03.2027</p><p>30.03.2027</p>",
            f"<p>{first}</p><p>{responsible}</p>",
        ),
    ]
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    got = _default_print(
        tmp_path / "plan.pdf",
        "<html><body><p>План мероприятий Дома культуры «Родина» на март 2027 года</p>"
        "<style>td { vertical-align: top }</style>"
        "<table><tr><th>№</th><th>Мероприятие</th><th>Дата</th><th>Ответственный</th></tr>"
        f"{body}</table><p>Директор ______ Н.П. Савельева</p></body></html>",
    )
    assert got["document"]["signatory"] == {"position": "Директор", "name": "Н.П. Савельева"}
    # The names' parting (a line or a space) is the cell's reading, no matter here.
    last = got["items"][-1]
    assert (last["title"], " ".join(last["responsible"].split())) == (
        f"Итоговый педсовет\n{event}",
        f"{first} {responsible}",
    )


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_default_print_last_row_own_widths_event_under_its_number(tmp_path: Path) -> None:
    """WeasyPrint's default print of an old layout page, borderless: the last row, a table of its own
    widths, has its event's text in paragraphs (their margin sets it a line under the row's number),
    so the number's line holds only «11 | по отдельному | Члены» and the event's lines start left of
    the header's event column.  Measured against the header's columns they crossed them and ended
    the table (the row lost its event, the signature took it); measured against the columns that
    the number's line and the lines set as closely under it place, they are the row's."""
    _check(pdf_browser.build_one(tmp_path, 61, 9))


@pytest.mark.skipif(_CHROMIUM is None, reason="Chromium is not installed")
def test_borderless_list_bullets_and_items_are_no_column_starts(tmp_path: Path) -> None:
    """Chromium, borderless hand-written page (`<th>` centred), cells centred, some rows tables of
    their own widths.  (1) The event's header cell, centred, starts where two lists' bullets stand
    (83 points): a start shared by a few lines where the header starts was taken for the event
    column's, 15 points right of where its text starts, and every row was cut there (no plan
    table found).  (2) Row 2 of the second section, a table of its own widths without a person,
    placed its columns from its lines with its list's text (after the bullets) as the date's
    column: its name crossed it and became a heading.  Bullets and the items' text after them
    start no column."""
    _check(pdf_browser.build_one(tmp_path, 62, 6))


_EMOJI_PAGE = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>План</title>
<style>table { border-collapse: collapse } td, th { border: 1px solid black }</style></head><body>
<h1>&#x1F5D3; План мероприятий клуба на 2027 год</h1>
<table><tr><th>№</th><th>Мероприятие</th><th>Дата</th></tr>
<tr><td>1</td><td>Концерт &#x1F3B5; «Весна»</td><td>12.03.2027</td></tr>
<tr><td>2</td><td>Выставка рисунков</td><td>апрель</td></tr>
</table></body></html>"""


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_print_with_characters_outside_the_bmp_is_written_out(tmp_path: Path) -> None:
    """A web page's emoji (Notion's page icon, a note in a cell) printed by WeasyPrint: pdfium
    reports each as its two UTF-16 halves, two characters of one box.  They were kept as two
    lone surrogates, which no output can encode (internal error, exit 3); now the pair is the
    one character it stands for."""
    import weasyprint

    path = tmp_path / "emoji.pdf"
    weasyprint.HTML(string=_EMOJI_PAGE).write_pdf(path)
    plan = magplan.read_plan(path)
    plan.to_json().encode("utf-8")  # raised UnicodeEncodeError
    got = plan.to_dict()
    titles = [item["title"] for item in got["items"]]
    assert not any("\ud800" <= char <= "\udfff" for title in titles for char in title)
    # Whether a font draws the emoji depends on the machine: compared without it.
    assert [" ".join(title.replace("\U0001f3b5", "").split()) for title in titles] == [
        "Концерт «Весна»",
        "Выставка рисунков",
    ]
    assert got["document"]["title"].endswith("План мероприятий клуба на 2027 год")


@pytest.mark.parametrize(
    ("codes", "paired"),
    [
        ([0x41, 0xD83D, 0xDDD3, 0x42], [0x41, 0x1F5D3, 0x0, 0x42]),  # a pair: one character
        ([0xD83D, 0x42], [0x0, 0x42]),  # a first half alone prints nothing
        ([0x41, 0xDC00], [0x41, 0x0]),  # so does a second half alone
        ([0xD83D, 0xDCA1, 0xDCA1], [0x1F4A1, 0x0, 0x0]),  # a second half after a pair
    ],
)
def test_pdfium_surrogate_halves_paired(codes: list[int], paired: list[int]) -> None:
    from magplan.extract.pdf.pdfium import _paired

    assert _paired(codes) == paired


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_default_print_bold_heading_as_close_as_rows_starts_a_section_of_its_own_widths(tmp_path: Path) -> None:
    """WeasyPrint's default print of a Word page, borderless, each section a table of its own
    widths under a bold heading set from the table's left edge as close as a row's lines
    («II. Организационная работа»).  Not taken for a section's start, the section's columns were
    placed with the next sections' lines as well, the place's column lost (one of a few rows
    there), and «Мурманск» went into the date («до 21 Мурманск ноября»).  A bold line across the
    columns from where the row numbers stand starts a section; at a page's foot the last row's
    lines start after the last empty band (its number is centred on its cut part, lower).  The
    section's cells (the event names under its lists' margins still go astray: not asserted)."""
    path = pdf_browser.build_one(tmp_path, 40, 3)
    want = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))
    got = magplan.read_plan(path).to_dict()

    def cells(plan: dict[str, Any]) -> list[tuple[Any, ...]]:
        items = [i for i in plan["items"] if i["section"] == "Организационная работа"]
        return [(i["number"], " ".join((i["date_text"] or "").split()), i["place"], i["note"]) for i in items]

    assert len(cells(want)) == 4
    assert cells(got) == cells(want)


_LIST_CONTROLS = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Список</title>
<style>td, th { padding: 4px 8px; text-align: left }</style></head><body>
<h1>План мероприятий библиотеки на 2027 год</h1>
<div><a href="#">Создать</a> | <a href="#">Изменить</a> | <a href="#">Удалить</a> | <a href="#">Экспорт</a></div>
<div><input type="text" placeholder="Найти элемент" style="width:180px"><a href="#"><img src="missing.png"
 alt="Поиск"></a></div>
<div><label>Месяц</label><br><select><option>- Любой -</option></select><br><button>Применить</button></div>
<table><tr><th>№</th><th>Мероприятие</th><th>Дата</th><th>Место</th></tr>
<tr><td>1</td><td>Неделя детской книги</td><td>март</td><td>Читальный зал</td></tr>
<tr><td>2</td><td>Библионочь</td><td>20 апреля</td><td>Фойе</td></tr>
</table>
<ul><li>1</li><li>2</li></ul>
<p>Директор библиотеки</p><p>О.П. Соколова</p>
</body></html>"""


@pytest.mark.skipif(_CHROMIUM is None, reason="Chromium is not installed")
def test_chromium_print_of_a_lists_controls_and_pager(tmp_path: Path) -> None:
    """A portal's list printed by Chromium: a bar of commands («Создать | Изменить | …»), a search
    field showing its placeholder («Найти элемент») with a picture's button after it (a broken
    picture's frame, then its text «Поиск»), a filter's label over a drop-down list showing
    «- Любой -» and its button under it, all over the table; a pager («• 1», «• 2») under it.
    The controls were every row's section and the pager the position's first words; now the
    fields and their labels are left out (said in a warning), the bar is no heading, and the
    pager is no part of the position."""
    path = chromium_pdf(_LIST_CONTROLS, tmp_path / "list.pdf", header_footer=False)
    got = magplan.read_plan(path).to_dict()
    keys = ("section", "number", "title", "date_text", "place")
    assert [tuple(item[k] for k in keys) for item in got["items"]] == [
        ("", 1, "Неделя детской книги", "март", "Читальный зал"),
        ("", 2, "Библионочь", "20 апреля", "Фойе"),
    ]
    assert got["document"]["signatory"] == {"position": "Директор библиотеки", "name": "О.П. Соколова"}
    controls = " ".join(w["message"] for w in got["warnings"] if "form fields" in w["message"])
    assert all(word in controls for word in ("Найти элемент", "Поиск", "Месяц", "- Любой -", "Применить"))


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_weasyprint_print_of_a_lists_controls_and_pager(tmp_path: Path) -> None:
    """The same page printed by WeasyPrint's default: the search field empty (no placeholder
    printed), the picture's text «Поиск» set under it from its left edge, no frame of its own; the
    drop-down list drawn with two borders.  «Поиск» was every row's section; now it is the
    field's button, and the list with its label and button is said once."""
    got = _default_print(tmp_path / "list.pdf", _LIST_CONTROLS)
    keys = ("section", "number", "title", "date_text", "place")
    assert [tuple(item[k] for k in keys) for item in got["items"]] == [
        ("", 1, "Неделя детской книги", "март", "Читальный зал"),
        ("", 2, "Библионочь", "20 апреля", "Фойе"),
    ]
    assert got["document"]["signatory"] == {"position": "Директор библиотеки", "name": "О.П. Соколова"}
    controls = [w["message"] for w in got["warnings"] if "form fields" in w["message"]]
    assert len(controls) == 1 and controls[0].count("Применить") == 1 and "«Поиск»" in controls[0]


def _word_list_row(number: int, title: str, items: list[str], date: str, place: str, note: str) -> str:
    """A row as Word saves it to HTML: the event's name a paragraph without margins, its list
    paragraphs with a bullet hanging at the name's left edge (a negative first-line indent) and
    the default paragraph margins, which set the items a blank line apart."""
    bullets = "".join(f"<p style='margin-left:18pt;text-indent:-18pt'>·&nbsp;&nbsp;&nbsp;&nbsp; {i}</p>" for i in items)
    cells = [f"<p class=MsoNormal>{text}</p>" for text in (f"{number}.", title, date, place, note)]
    cells[1] += bullets
    return "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"


_WORD_LISTS = f"""<html><head><meta charset="utf-8"><style>p.MsoNormal {{ margin: 0 }}</style></head><body>
<p class=MsoNormal align=center><b>ПЛАН МЕРОПРИЯТИЙ НА 2027 ГОД</b></p>
<table border=1 cellspacing=0 cellpadding=0>
<tr><td>№ п/п</td><td>Мероприятие</td><td>Дата проведения</td><td>Место проведения</td><td>Примечание</td></tr>
{_word_list_row(1, "Заседание Совета по культуре<br>городов-членов", [], "март", "Минск", "По плану")}
{
    _word_list_row(
        2,
        "Международная научно-практическая<br>конференция «Город будущего»:",
        ["ВАРМСУ", "АГП", "АГУ", "АСДГ"],
        "II полугодие",
        "Москва",
        "Организаторы: ООН-Хабитат,<br>Мэрия г. Бишкек",
    )
}
{
    _word_list_row(
        3,
        "Форум молодежных советов<br>городов-членов МАГ",
        [],
        "1 раз в квартал",
        "Ереван",
        "По согласованию с<br>городами-членами",
    )
}
{_word_list_row(4, "Выставка «Города мира»", ["Москва", "Минск"], "май", "Астана", "")}
{_word_list_row(5, "Круглый стол «Туризм»", [], "июнь", "Казань", "Организатор:<br>Исполком СНГ")}
</table>
<p class=MsoNormal>Ответственный секретарь&nbsp;&nbsp;&nbsp; Ю.Н. Васюнькин</p></body></html>"""


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_weasyprint_default_print_a_rows_last_list_item_stays_in_it(tmp_path: Path) -> None:
    """WeasyPrint's default print of Word's HTML (no borders, rows a point apart, cells centred):
    a list's items stand a blank line apart, so its last item is a band of its own, and the row's
    own event's name shares a band with the row above.  Told one pair of rows at a time, the last
    item («АСДГ», «Москва») went on the row below (its title «· АСДГ\\nФорум …»), whose number
    still looked centred; all the rows told together, each number stands in the middle of its row."""
    got = _default_print(tmp_path / "word-lists.pdf", _WORD_LISTS)
    keys = ("number", "title", "members", "date_text", "place")
    assert [tuple(item[k] for k in keys) for item in got["items"]] == [
        (1, "Заседание Совета по культуре городов-членов", [], "март", "Минск"),
        (2, "Международная научно-практическая конференция «Город будущего»", ["ВАРМСУ", "АГП", "АГУ", "АСДГ"],
         "II полугодие", "Москва"),
        (3, "Форум молодежных советов городов-членов МАГ", [], "1 раз в квартал", "Ереван"),
        (4, "Выставка «Города мира»", ["Москва", "Минск"], "май", "Астана"),
        (5, "Круглый стол «Туризм»", [], "июнь", "Казань"),
    ]  # fmt: skip
    assert got["document"]["signatory"] == {"position": "Ответственный секретарь", "name": "Ю.Н. Васюнькин"}


_LAST_ROW_LIST = """<html><head><meta charset="utf-8"><style>td { vertical-align: top; }</style></head><body>
<p>План мероприятий Совета на 2027 год</p>
<table border=1><tr><th>№ п/п</th><th>Наименование мероприятия</th><th>Срок исполнения</th>
<th>Ответственные исполнители</th></tr>
<tr><td>1</td><td>Мониторинг выполнения решений Совета</td><td>II квартал</td><td>Руководители групп</td></tr>
<tr><td>2</td><td><p>Конференция представителей<br>СМИ городов<br>(по отдельной программе):</p>
<ul style="list-style-type: none; margin-top: 2em">
<li>•&nbsp;Москва</li><li>•&nbsp;Минск</li><li>•&nbsp;Астана</li></ul></td>
<td>20 августа</td><td>Отдел информации</td></tr>
</table>
<p>Ответственный секретарь Совета<br>А.Н. Кравцов</p></body></html>"""


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_weasyprint_default_print_the_last_rows_list_a_blank_band_under_its_name(tmp_path: Path) -> None:
    """WeasyPrint's default print, cells at the top of their rows: the last row's list stands two
    lines under its event's name (the paragraph's and the list's margins), a band as wide as the
    one over the signature.  Its items, bullets indented in the event's column, are the row's
    members (they went into the signatory's position, the title kept its «:»)."""
    got = _default_print(tmp_path / "last-row-list.pdf", _LAST_ROW_LIST)
    keys = ("number", "title", "members", "date_text")
    assert [tuple(item[k] for k in keys) for item in got["items"]] == [
        (1, "Мониторинг выполнения решений Совета", [], "II квартал"),
        (2, "Конференция представителей\nСМИ городов\n(по отдельной программе)", ["Москва", "Минск", "Астана"],
         "20 августа"),
    ]  # fmt: skip
    assert got["document"]["signatory"] == {"position": "Ответственный секретарь Совета", "name": "А.Н. Кравцов"}


_NEWSLETTER_ROWS = "".join(
    f"<tr><td>{i}.</td><td>Мероприятие номер {i} для жителей города</td><td>{i}.0{1 + i % 9}.2027</td></tr>"
    for i in range(1, 21)
)
_NEWSLETTER_SIGNED_UNDER = f"""<html><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 2cm }} body {{ font: 10pt serif }}
.cols {{ column-count: 2; column-gap: 1cm }}
table {{ border-collapse: collapse; width: 100% }} td, th {{ border: 1px solid black; padding: 2px }}
</style></head><body><h1>Вестник управления культуры</h1><div class="cols">
<p>Управление культуры сообщает о планах на следующий год. Ниже приведён план основных мероприятий.</p>
<h2>План основных мероприятий управления культуры на 2027 год</h2>
<table><thead><tr><th>№</th><th>Наименование</th><th>Дата</th></tr></thead><tbody>{_NEWSLETTER_ROWS}</tbody></table>
</div><p>Начальник управления культуры Т.В. Яковлева</p></body></html>"""


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_a_line_under_a_table_run_on_through_text_columns_comes_after_it(tmp_path: Path) -> None:
    """A newsletter's plan run on from the left text column into the right one, the signature set
    across the page under both columns: read after the table's second part, not between its parts
    (where it stood in the left column's order and was lost, no warning)."""
    got = _default_print(tmp_path / "newsletter.pdf", _NEWSLETTER_SIGNED_UNDER)
    assert [item["number"] for item in got["items"]] == list(range(1, 21))
    assert got["document"]["title"] == "План основных мероприятий управления культуры на 2027 год"
    assert got["document"]["signatory"] == {"position": "Начальник управления культуры", "name": "Т.В. Яковлева"}


_MENU_BESIDE = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>План</title></head><body>
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td width="160" valign="top"><a href="/">Главная</a><br><a href="/a">Объявления</a><br>
<a href="/b">Афиша</a><br><a href="/c">Контакты</a></td>
<td valign="top">
<p align="center"><b>План мероприятий дома культуры<br>на 2027 год</b></p>
<table width="100%" border="1" cellspacing="0" cellpadding="3">
<tr><td><b>№</b></td><td><b>Мероприятие</b></td><td><b>Место и дата проведения</b></td>
<td><b>Ответственный</b></td></tr>
<tr><td>1.</td><td>Областной смотр хоровых коллективов</td>
<td><table border="0" width="100%"><tr><td>п. Заречный</td></tr><tr><td>март</td></tr></table></td>
<td>Дом культуры</td></tr>
<tr><td>2.</td><td>Выставка «Ремёсла»</td><td>с. Липки, 12 мая</td><td>Сельский клуб</td></tr>
<tr><td>3.</td><td>Вечер поэзии «Осень»</td><td>Городская библиотека<br>октябрь</td><td>Библиотека</td></tr>
</table>
<p>Директор дома культуры &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Е.С. Орлова</p>
</td></tr>
<tr><td colspan="2" align="center"><font size="1">© Дом культуры, 2027</font></td></tr></table></body></html>"""


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_weasyprint_default_print_menu_left_of_the_table(tmp_path: Path) -> None:
    """WeasyPrint's default print of an old portal's layout page: the menu's column stands left of
    the borderless plan table, its items on the lines of the first rows («Объявления» beside the
    first row's number).  The first row was read into the header, lost unsaid (2 items of 3), and
    the menu joined the signature's position: words left of the table's «№» are no table text —
    the rows are read from the table's own words, and the menu is said as left out."""
    got = _default_print(tmp_path / "menu.pdf", _MENU_BESIDE)
    keys = ("number", "title", "place", "date_text", "responsible")
    assert [tuple(item[k] for k in keys) for item in got["items"]] == [
        (1, "Областной смотр хоровых коллективов", "п. Заречный", "март", "Дом культуры"),
        (2, "Выставка «Ремёсла»", "с. Липки", "12 мая", "Сельский клуб"),
        (3, "Вечер поэзии «Осень»", "Городская библиотека", "октябрь", "Библиотека"),
    ]
    assert got["document"]["signatory"] == {"position": "Директор дома культуры", "name": "Е.С. Орлова"}
    skipped = " ".join(w["message"] for w in got["warnings"] if w["code"] == "text_skipped")
    assert all(word in skipped for word in ("Главная", "Объявления", "Афиша", "Контакты"))


_HIDDEN_TEXT = """<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><style>
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0) }
td, th { border: 1px solid #999; padding: 4px } table { border-collapse: collapse }</style></head><body>
<h1>План работы музея на 2027 год</h1><table><caption class="visually-hidden">Перечень мероприятий</caption>
<tr><th>№</th><th>Мероприятие</th><th>Дата</th></tr>
<tr><td>1</td><td>Выставка «Народные промыслы Урала»</td><td>5 февраля</td></tr>
<tr><td>2</td><td>Музейная ночь</td><td>15 мая</td></tr></table>
<nav><h2 class="visually-hidden">Страницы</h2></nav><p>Директор музея Г.В. Лаптев</p></body></html>"""


# The page's foot in a box that clips its overflow (a portal's content column), the pager's
# hidden heading in it: its clip path is then two, the box's and its own, showing only what both do.
_HIDDEN_IN_BOX = _HIDDEN_TEXT.replace(
    '<nav><h2 class="visually-hidden">Страницы</h2></nav><p>Директор музея Г.В. Лаптев</p>',
    '<div style="overflow: hidden"><p>Директор музея Г.В. Лаптев</p>'
    '<span class="visually-hidden">Страницы</span></div>',
)


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
@pytest.mark.parametrize("html", [_HIDDEN_TEXT, _HIDDEN_IN_BOX], ids=["alone", "in_clipping_box"])
def test_weasyprint_prints_visually_hidden_text_clipped_away(tmp_path: Path, html: str) -> None:
    """A screen reader's caption and heading (`clip: rect(0 0 0 0)` on a box of 1 px) are in
    WeasyPrint's PDF, each outside the clip path it is drawn with: nothing on paper.  Read before
    the fix into the table's header («Перечень Мероприятие / мероприятий»; a shape of
    `time-elements.html` took the first row's title) and as a line of the page; inside a box
    that clips too, read again where the clip's two paths were measured as one box round both.
    The reference engine (pdfminer) knows no clip paths: pdfium's reading alone is checked."""
    import weasyprint

    from magplan.extract.pdf import extract

    path = tmp_path / "hidden.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    text = " ".join(
        cell.text for block in extract(path).blocks for row in getattr(block, "rows", []) for cell in row.cells
    )
    assert "Мероприятие" in text and "Перечень" not in text
    got = magplan.read_plan(path).to_dict()
    assert "Страницы" not in json.dumps(got, ensure_ascii=False)
    assert got["document"]["signatory"] == {"position": "Директор музея", "name": "Г.В. Лаптев"}


@pytest.mark.skipif(_CHROMIUM is None, reason="Chromium is not installed")
def test_chromium_glyph_past_the_pages_body_clip_prints_nothing(tmp_path: Path) -> None:
    """Chromium, a Google page printed with its header and footer: a glyph of a line the page break
    cut («р») is drawn at page 3's top, above the body's clip box but 0.1 pt: nothing on paper,
    and it was read into the signatory's position («Председатель Комиссии р»).  The reference
    engine (pdfminer) knows no clip paths: pdfium's reading alone is checked."""
    path = pdf_browser.build_one(tmp_path, 216, 4, default_print=False)
    want = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))
    got = magplan.read_plan(path, pdf_engine="pdfium").to_dict()
    assert got["document"]["signatory"]["position"] == "Председатель Комиссии"
    assert mismatches(want, got, pages=False) == []


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_a_row_cut_by_the_page_keeps_the_edge_its_cells_draw_on_one_side_of_their_spacing(tmp_path: Path) -> None:
    """WeasyPrint's default print of a portal page, borders not collapsed: page 1 ends with a row
    the page break cut, its date and person on page 1 («июль (ориентировочно)» | «Департамент …»).
    Its cells draw the edge between them only on the person's side of the spacing, a point and a
    half right of the edge the rows above draw on both sides (made one halfway): the two cells were
    read as one.  (Page 2 opens with the row's event, read as a table that does not go on the
    plan's: said in warnings, the document is not exact.)"""
    got = magplan.read_plan(pdf_browser.build_one(tmp_path, 290, 9, default_print=True)).to_dict()
    cut = next(item for item in got["items"] if (item["date_text"] or "").startswith("июль"))
    assert (cut["date_text"], cut["responsible"]) == ("июль (ориентировочно)", "Департамент внешнеэкономических связей")


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_weasyprint_unnumbered_rows_of_two_cells_padded_apart_go_on_with_the_table(tmp_path: Path) -> None:
    """WeasyPrint, a borderless Google Docs page, no «№»: every cell's paragraph keeps its margins,
    rows stand two lines and more apart, and a row fills two cells only («Заседание Совета МАГ   29
    марта – 3 апреля»).  The table had ended there: the rows under it and the sections of city
    anniversaries and city days were read as paragraphs (two items of 63 kept).  A row's runs each
    where a header cell starts go on with the table.  (Not asserted: the first row's event cell
    holds a second paragraph, «Круглый стол МАГ», read as the next row's section heading.)"""
    path = pdf_browser.build_one(tmp_path, 204, 15)
    want = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))
    got = magplan.read_plan(path, pdf_engine="pdfium").to_dict()
    assert got == magplan.read_plan(path, pdf_engine="pdfplumber").to_dict()
    fields = ("section", "title", "date_text", "place")
    assert [[item[f] for f in fields] for item in got["items"][2:]] == [
        [item[f] for f in fields] for item in want["items"][2:]
    ]
    assert [got["items"][1][f] for f in fields[1:]] == [want["items"][1][f] for f in fields[1:]]


@pytest.mark.skipif(not weasyprint_installed(), reason="WeasyPrint is not installed")
def test_weasyprint_rows_go_on_over_the_break_past_a_heading_at_the_pages_foot(tmp_path: Path) -> None:
    """WeasyPrint, a borderless Google Docs page in landscape, no «№», each section a table of its
    own widths, every cell's paragraph with its margins: page 1 ends with the heading «Заседания
    Комиссии» and a row of two cells, page 2 opens with the next row of four.  The table had ended
    at the heading (eleven rows read as text between the table and the signature); and page 2's
    rows, each a wide band apart, were each placed from its own line, a person read as the place
    where a row had none.  Rows go on over the break (`_rows_over_the_break`); a row set apart
    reads in the columns of the one above where its runs start at them.  (Not asserted: the
    event's second paragraph «Пленарное заседание» read as the next row's section heading.)"""
    path = pdf_browser.build_one(tmp_path, 210, 15)
    want = json.loads(Path(f"{path}.expected.json").read_text(encoding="utf-8"))
    got = magplan.read_plan(path, pdf_engine="pdfium").to_dict()
    assert got == magplan.read_plan(path, pdf_engine="pdfplumber").to_dict()
    fields = ("kind", "section", "title", "date_text", "place", "responsible")
    kept = [i for i in range(len(want["items"])) if i not in (4, 5)]
    assert [[got["items"][i][f] for f in fields] for i in kept] == [[want["items"][i][f] for f in fields] for i in kept]
