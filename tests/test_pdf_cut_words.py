"""A plan whose event column is too narrow for its long words, exported to PDF by LibreOffice.

LibreOffice cuts a word wider than the column at the edge without a hyphen, and the rest is
often word-like itself («Месячни» / «к безопасности», «Литер» / «атурная», «Исполнитель» /
«ная»): the reader tells these from two words by the Russian dictionary
(magplan.normalize.lexicon).  Every title must come back as written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import magplan
from tests.docx_builder import GRID_BORDERS, cell, row, signature, title_paragraphs, write_docx
from tests.gen._pdf import docx_pdf, soffice_program

# The event column 700 twips wide (about seven letters), the others wide enough for their text.
WIDTHS = (500, 700, 1600, 1800)
TITLES = (
    "Месячник безопасности детей",
    "Литературная гостиная",
    "Заседание коллегии управления",
    "Совещание с руководителями учреждений",
    "Финансирование программы",
    "Исполнительная дирекция",
)


def _narrow_plan(path: Path) -> Path:
    def cells(*texts: str) -> str:
        return row(
            *(cell(text, props=f'<w:tcW w:w="{w}" w:type="dxa"/>') for text, w in zip(texts, WIDTHS, strict=True))
        )

    rows = [cells("№ п/п", "Мероприятия", "Место, дата", "Примечание")]
    rows += [cells(f"{i}.", title, f"г. Москва, {i} марта", "Организатор: МАГ") for i, title in enumerate(TITLES, 1)]
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in WIDTHS)
    props = f'<w:tblPr>{GRID_BORDERS}<w:tblLayout w:type="fixed"/></w:tblPr>'
    body = title_paragraphs() + f"<w:tbl>{props}<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>" + signature()
    return docx_pdf(lambda source: write_docx(source, body), path)


@pytest.mark.skipif(soffice_program() is None, reason="LibreOffice is not installed")
def test_words_cut_in_a_narrow_column_are_read_whole(tmp_path: Path) -> None:
    path = _narrow_plan(tmp_path / "narrow.pdf")
    for engine in ("pdfium", "pdfplumber"):
        items = magplan.read_plan(path, pdf_engine=engine).to_dict()["items"]
        assert [item["title"] for item in items] == list(TITLES)
        assert [item["place"] for item in items] == ["г. Москва"] * len(TITLES)
