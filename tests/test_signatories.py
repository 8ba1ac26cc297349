"""Signature blocks of more than one signatory, and names a narrow cell wraps (SCHEMA:
`signatory` holds one: the first is read, the others are said in a warning, never dropped)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import magplan
from magplan.requisites import further_signatories, paired_signatories, signatory_lines
from tests.docx_builder import HEADER, cell, header_row, para, row, table, title_paragraphs, write_docx
from tests.gen._pdf import chromium_program, docx_pdf, print_html, soffice_program, weasyprint_installed

_NO_BORDERS = "".join(f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV"))


def _borderless(*rows: str) -> str:
    grid = '<w:gridCol w:w="4500"/><w:gridCol w:w="4500"/>'
    props = f"<w:tblPr><w:tblBorders>{_NO_BORDERS}</w:tblBorders></w:tblPr>"
    return f"<w:tbl>{props}<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def _plan(signature: str) -> str:
    plan = table(header_row(), row("1.", "XXXII сессия МАГ", "Москва\nмарт", "Организатор: МАГ"))
    return title_paragraphs() + plan + para("") + signature


_TAB = "<w:r><w:tab/></w:r>"
_DIRECTOR = {"position": "Директор", "name": "И.И. Иванов"}


@pytest.mark.parametrize(
    "signature",
    [
        pytest.param(_borderless(row("Директор", "И.И. Иванов"), row("Главный бухгалтер", "П.П. Петров")), id="rows"),
        pytest.param(
            _borderless(row(cell("Директор", "И.И. Иванов"), cell("Главный бухгалтер", "П.П. Петров"))), id="columns"
        ),
        pytest.param(
            _borderless(row(cell("Директор", "Главный бухгалтер"), cell("И.И. Иванов", "П.П. Петров"))),
            id="one-cell-each",
        ),
        pytest.param(para("Директор", _TAB, "И.И. Иванов") + para("Главный бухгалтер", _TAB, "П.П. Петров"), id="tabs"),
    ],
)
def test_a_second_signatory_is_said_not_dropped(tmp_path: Path, signature: str) -> None:
    got = magplan.read_plan(write_docx(tmp_path / "plan.docx", _plan(signature))).to_dict()
    assert got["document"]["signatory"] == _DIRECTOR
    said = [w["message"] for w in got["warnings"] if "further signatory" in w["message"]]
    assert len(said) == 1 and said[0].endswith("Главный бухгалтер П.П. Петров")


def test_a_name_wrapped_after_its_initials_in_its_own_cell(tmp_path: Path) -> None:
    signature = _borderless(row(cell("Директор"), cell("И.И.", "Иванов")))
    got = magplan.read_plan(write_docx(tmp_path / "plan.docx", _plan(signature))).to_dict()
    assert got["document"]["signatory"] == _DIRECTOR


@pytest.mark.parametrize(
    ("lines", "position", "name"),
    [
        (["Директор", "И.И.", "Иванов"], "Директор", "И.И. Иванов"),
        # A PDF reads the two cells' first lines as one, a tab between.
        (["Директор\tИ.И.", "Иванов"], "Директор", "И.И. Иванов"),
        (["Директор школы И.И.", "Иванов"], "Директор школы", "И.И. Иванов"),
        # A name beside the position's first line, the position's rest under it: no wrapped name.
        (["Председатель Кравцов А.Н.", "Комиссии"], "Председатель Комиссии", "Кравцов А.Н."),
        (["Председатель\tКравцов А.Н.", "Комиссии"], "Председатель Комиссии", "Кравцов А.Н."),
        # A scan's initial whose point reads as a colon, after a tab or a signature line in quotes.
        (["Директор\tИ:В. Петрова"], "Директор", "И.В. Петрова"),
        (['Председатель Совета МАГ "_____________" И:В. Петрова'], "Председатель Совета МАГ", "И.В. Петрова"),
        (["Директор\t„____“ И.И. Иванов"], "Директор", "И.И. Иванов"),
        # A name of two initials takes no third.
        (["Начальник отдела А, И.И. Петров"], "Начальник отдела А,", "И.И. Петров"),
    ],
)
def test_a_name_wrapped_after_its_initials(lines: list[str], position: str, name: str) -> None:
    signatory, _ = signatory_lines(lines)
    assert signatory is not None and (signatory.position, signatory.name) == (position, name)


@pytest.mark.parametrize(
    "above",
    [
        # A scan's rows the reader could not set in a table: a row's number, column rules read as bars,
        # a list's items, a browser's print furniture (its address).
        ["5. | Дни культуры городов-побратимов", "август - | Управление сентябрь |культуры"],
        ["Встреча делегаций", "• Мастер-классы для молодых музыкантов"],
        ["file:///tmp/plan.html", "https://example.org/plan", "www.example.org"],
        # A section's rows read as lines after the table (city days of their own widths): a day and
        # its month, an age.
        ["Нижний Новгород ноябрь\t142 года", "Астана\t9-10 марта 940 лет"],
    ],
)
def test_no_row_list_or_address_goes_into_the_position(above: list[str]) -> None:
    signatory, used = signatory_lines([*above, "Начальник управления культуры\tЕ.Е. Тарасова"])
    assert signatory is not None and signatory.position == "Начальник управления культуры"
    assert list(used) == [len(above)]
    # A position's own lines above its name's stay its own.
    signatory, _ = signatory_lines(["Исполнительный вице-президент,", "генеральный директор МАГ", "И.В. Петрова"])
    assert signatory is not None and signatory.position == "Исполнительный вице-президент, генеральный директор МАГ"
    # A jubilee or a year in a position's name is no age, nor a dated order's day and month.
    signatory, _ = signatory_lines(["Ответственный за подготовку Плана на 2026 год", "И.В. Петрова"])
    assert signatory is not None and signatory.position == "Ответственный за подготовку Плана на 2026 год"
    signatory, _ = signatory_lines(["Заместитель директора (приказ от 9 марта 2026 г.)", "И.В. Петрова"])
    assert signatory is not None and signatory.position == "Заместитель директора (приказ от 9 марта 2026 г.)"
    signatory, _ = signatory_lines(["Председатель комитета по подготовке к 800-летию города", "И.В. Петрова"])
    assert signatory is not None and signatory.position == "Председатель комитета по подготовке к 800-летию города"


@pytest.mark.parametrize(
    ("lines", "further"),
    [
        (["П.П. Петров"], ["П.П. Петров"]),
        (["Главный бухгалтер\tП.П. Петров"], ["Главный бухгалтер П.П. Петров"]),
        (["Главный бухгалтер", "П.П. Петров", "С.С. Сидоров"], ["Главный бухгалтер П.П. Петров", "С.С. Сидоров"]),
        # GOST requisites under a signature are no signatory.
        (["Исп. Петров П.П., тел. 123-45-67"], []),
        (["Рассылка: в дело, И.И. Иванову"], []),
        ([], []),
    ],
)
def test_further_signatories(lines: list[str], further: list[str]) -> None:
    assert further_signatories(lines)[0] == further


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        (
            ["Директор", "Главный бухгалтер", "И.И. Иванов", "П.П. Петров"],
            ("Директор", ["Главный бухгалтер П.П. Петров"]),
        ),
        # A position that a line break wraps («Директор<w:br/>школы»: its rest in small letters) is
        # one position: paired a line each, «школы» was the second signatory's position.
        (
            ["Директор", "школы", "Главный бухгалтер", "И.И. Иванов", "П.П. Петров"],
            ("Директор школы", ["Главный бухгалтер П.П. Петров"]),
        ),
        (["Директор", "школы", "И.И. Иванов", "П.П. Петров"], None),
        # A line that names no position under one that does is the position's rest, in capitals
        # as may be («Генеральный директор<br>Ассоциации»): one position beside two names pairs none.
        (["Генеральный директор", "Ассоциации", "И.И. Иванов", "П.П. Петров"], None),
        (
            ["Генеральный директор", "Ассоциации", "Главный бухгалтер", "И.И. Иванов", "П.П. Петров"],
            ("Генеральный директор Ассоциации", ["Главный бухгалтер П.П. Петров"]),
        ),
        # A body's name that holds a position word not in its nominative («учителей», «педагогов»,
        # «директоров») names no position: it was a third position beside two names, none paired.
        (
            ["Генеральный директор", "Ассоциации учителей", "Главный бухгалтер", "И.И. Иванов", "П.П. Петров"],
            ("Генеральный директор Ассоциации учителей", ["Главный бухгалтер П.П. Петров"]),
        ),
        (
            ["Председатель", "Совета директоров", "Ответственный секретарь", "И.И. Иванов", "П.П. Петров"],
            ("Председатель Совета директоров", ["Ответственный секретарь П.П. Петров"]),
        ),
        (
            ["Руководитель", "Методического объединения педагогов", "Заведующая", "И.И. Иванов", "П.П. Петров"],
            ("Руководитель Методического объединения педагогов", ["Заведующая П.П. Петров"]),
        ),
        (
            ["Заместитель директора", "По учебной работе", "И.о. главы", "И.И. Иванов", "П.П. Петров"],
            ("Заместитель директора По учебной работе", ["И.о. главы П.П. Петров"]),
        ),
        # One name under a position of two lines: the position is whole, nothing to pair.
        (["Генеральный директор", "Ассоциации", "И.И. Иванов"], None),
        (["Директор", "И.И. Иванов", "П.П. Петров"], None),
    ],
)
def test_positions_beside_as_many_names_pair_line_by_line(
    lines: list[str], found: tuple[str, list[str]] | None
) -> None:
    _, used = signatory_lines(lines)
    paired = paired_signatories(lines, used)
    if found is None:
        assert paired is None
    else:
        assert paired is not None
        assert (paired[0].position, paired[0].name, paired[2]) == (found[0], "И.И. Иванов", found[1])


def test_a_position_typed_over_two_paragraphs_over_two_names_is_whole(tmp_path: Path) -> None:
    # Only cells side by side set a column of positions beside a column of names: paragraphs
    # one under the other are a position wrapped over two of them, its name, a further name
    # (paired line by line, the position was «Генеральный директор», «Ассоциации П.П. Петров» the
    # second signatory's).
    signature = para("Генеральный директор") + para("Ассоциации") + para("И.И. Иванов") + para("П.П. Петров")
    got = magplan.read_plan(write_docx(tmp_path / "plan.docx", _plan(signature))).to_dict()
    assert got["document"]["signatory"] == {"position": "Генеральный директор Ассоциации", "name": "И.И. Иванов"}
    said = [w["message"] for w in got["warnings"] if "further signatory" in w["message"]]
    assert len(said) == 1 and said[0].endswith(": П.П. Петров")


_BR = "<w:r><w:br/></w:r>"
_TWO_ROWS = _borderless(row("Директор", "И.И. Иванов"), row("Главный бухгалтер", "П.П. Петров"))
_ONE_CELL_EACH = _borderless(row(cell("Директор", "Главный бухгалтер"), cell("И.И. Иванов", "П.П. Петров")))
_WRAPPED = _borderless(
    row(cell(para("Генеральный директор", _BR, "Ассоциации")), cell(para("И.И. Иванов", _BR, "П.П. Петров")))
)
_WHOLE = {"position": "Генеральный директор Ассоциации", "name": "И.И. Иванов"}


@pytest.mark.skipif(soffice_program() is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize(
    ("signature", "expected", "further"),
    [
        pytest.param(_TWO_ROWS, _DIRECTOR, "Главный бухгалтер П.П. Петров", id="rows"),
        pytest.param(_ONE_CELL_EACH, _DIRECTOR, "Главный бухгалтер П.П. Петров", id="one-cell-each"),
        # A position wrapped beside two names stays whole: «Ассоциации» names no position.
        pytest.param(_WRAPPED, _WHOLE, "П.П. Петров", id="wrapped"),
        # Three lines, two names: the position wrapped onto its second line, the second position
        # on the third, each name beside the first lines («Главный бухгалтер» took both before).
        pytest.param(
            _borderless(
                row(
                    cell(para("Генеральный директор", _BR, "Ассоциации", _BR, "Главный бухгалтер")),
                    cell(para("И.И. Иванов", _BR, "П.П. Петров")),
                )
            ),
            _WHOLE,
            "Главный бухгалтер П.П. Петров",
            id="wrapped-and-second",
        ),
    ],
)
def test_positions_beside_names_on_their_baselines_in_a_pdf(
    tmp_path: Path, signature: str, expected: dict[str, str], further: str
) -> None:
    """LibreOffice's PDF of a borderless table, each position beside its name: the names were moved
    after the last position line as a wrapped position's are («Директор Главный бухгалтер»)."""
    pdf = docx_pdf(lambda out: write_docx(out, _plan(signature)), tmp_path / "plan.pdf")
    got = magplan.read_plan(pdf).to_dict()
    assert got["document"]["signatory"] == expected
    said = [w["message"] for w in got["warnings"] if "further signatory" in w["message"]]
    assert len(said) == 1 and said[0].endswith(f": {further}")


_HTML = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><h2>План мероприятий на 2026 год</h2>'
    '<table border="1"><tr><th>№ п/п</th><th>Мероприятия</th><th>Место, дата</th><th>Примечание</th></tr>'
    "<tr><td>1.</td><td>XXXII сессия МАГ</td><td>Москва<br>март</td><td>Организатор: МАГ</td></tr></table>"
    "{signature}</body></html>"
)


def _read(tmp_path: Path, signature: str) -> dict[str, Any]:
    """The plan under `signature`: a web page's markup, or a DOCX's (WordprocessingML opens «<w:»)."""
    if signature.startswith("<w:"):
        return magplan.read_plan(write_docx(tmp_path / "plan.docx", _plan(signature))).to_dict()
    source = tmp_path / "plan.html"
    source.write_text(_HTML.format(signature=signature), encoding="utf-8")
    return magplan.read_plan(source).to_dict()


@pytest.mark.parametrize(
    ("signature", "expected", "further"),
    [
        pytest.param(
            "<table><tr><td>Генеральный директор<br>Ассоциации</td><td>И.И. Иванов<br>П.П. Петров</td></tr></table>",
            _WHOLE,
            "П.П. Петров",
            id="html",
        ),
        pytest.param(_WRAPPED, _WHOLE, "П.П. Петров", id="docx"),
    ],
)
def test_a_position_wrapped_beside_two_names_is_whole(
    tmp_path: Path, signature: str, expected: dict[str, str], further: str
) -> None:
    """«Генеральный директор<br>Ассоциации» beside «И.И. Иванов<br>П.П. Петров» was paired line by
    line: position «Генеральный директор», a second signatory «Ассоциации П.П. Петров»."""
    got = _read(tmp_path, signature)
    assert got["document"]["signatory"] == expected
    said = [w["message"] for w in got["warnings"] if "further signatory" in w["message"]]
    assert len(said) == 1 and said[0].endswith(f": {further}")


@pytest.mark.parametrize(
    "signature",
    [
        pytest.param(
            "<p>Примечание: сроки могут уточняться</p><p>Директор&nbsp;&nbsp;&nbsp;&nbsp;И.И. Иванов</p>", id="html"
        ),
        pytest.param(
            "<p>Примечание: сроки могут уточняться</p><table><tr><td>Директор</td><td>И.И. Иванов</td></tr></table>",
            id="html-table",
        ),
        pytest.param(
            para("Примечание: сроки могут уточняться") + _borderless(row("Директор", "И.И. Иванов")), id="docx"
        ),
    ],
)
def test_a_note_above_the_signature_is_said_not_the_position(tmp_path: Path, signature: str) -> None:
    """A note without a full stop («Примечание: сроки могут уточняться») went into the position."""
    got = _read(tmp_path, signature)
    assert got["document"]["signatory"] == _DIRECTOR
    assert any(w["message"].endswith("Примечание: сроки могут уточняться") for w in got["warnings"])


_ECP = (
    "Документ подписан электронной подписью",
    "Сертификат 01D7A3B2C4E5F6A7B8C9",
    "Владелец Иванов Иван Иванович",
    "Действителен с 01.02.2026 по 01.05.2027",
)
_STAMPS = {
    # «М.П.» under a signature line: a PDF moved the name after it («Директор М.П.»).
    "stamp-place": (
        para("Директор", _TAB, "______________", _TAB, "И.И. Иванов") + para("М.П."),
        "<p>Директор ______________ И.И. Иванов</p><p>М.П.</p>",
    ),
    # The captions under the signature line went on with the position in a DOCX.
    "captions": (
        para("Директор", _TAB, "______________", _TAB, "И.И. Иванов")
        + para("(должность)", _TAB, "(подпись)", _TAB, "(расшифровка подписи)"),
        "<p>Директор ______________ И.И. Иванов</p><p>(должность) (подпись) (расшифровка подписи)</p>",
    ),
    # An electronic signature's stamp between the position and the name: its owner's name was the
    # signatory's, its lines the position.
    "e-signature-beside": (
        f"<w:tbl><w:tblPr><w:tblBorders>{_NO_BORDERS}</w:tblBorders></w:tblPr><w:tblGrid>"
        '<w:gridCol w:w="2500"/><w:gridCol w:w="4500"/><w:gridCol w:w="2000"/></w:tblGrid>'
        f"{row('Директор', cell(*_ECP), 'И.И. Иванов')}</w:tbl>",
        f"<table><tr><td>Директор</td><td>{'<br>'.join(_ECP)}</td><td>И.И. Иванов</td></tr></table>",
    ),
    "e-signature-under": (
        para("Директор", _TAB, "И.И. Иванов") + "".join(para(line) for line in _ECP),
        "<p>Директор&nbsp;&nbsp;&nbsp;&nbsp;И.И. Иванов</p>" + "".join(f"<p>{line}</p>" for line in _ECP),
    ),
}


@pytest.mark.parametrize("producer", ["docx", "pdf", "html"])
@pytest.mark.parametrize("variant", list(_STAMPS))
def test_a_stamp_in_the_signature_block_is_neither_position_nor_name(
    tmp_path: Path, variant: str, producer: str
) -> None:
    docx, html = _STAMPS[variant]
    if producer == "pdf":
        if soffice_program() is None:
            pytest.skip("LibreOffice is not installed")
        got = magplan.read_plan(docx_pdf(lambda out: write_docx(out, _plan(docx)), tmp_path / "plan.pdf")).to_dict()
    else:
        got = _read(tmp_path, html if producer == "html" else docx)
    assert got["document"]["signatory"] == _DIRECTOR


@pytest.mark.parametrize("printer", ["weasyprint", "chromium"])
def test_a_position_wrapped_beside_two_names_in_a_browsers_print(tmp_path: Path, printer: str) -> None:
    """A browser sets the cells of «Генеральный директор<br>Ассоциации» | «И.И. Иванов<br>П.П. Петров»
    closer than a tab on the position's longer line: the first name was read as typed after the
    position (position «Генеральный директор», «Ассоциации П.П. Петров» a second signatory); the
    right cell's edge, which the tab on the next line shows, sets it apart."""
    if (weasyprint_installed() if printer == "weasyprint" else chromium_program()) in (None, False):
        pytest.skip(f"{printer} is not installed")
    signature = "<table><tr><td>Генеральный директор<br>Ассоциации</td><td>И.И. Иванов<br>П.П. Петров</td></tr></table>"
    got = magplan.read_plan(print_html(_HTML.format(signature=signature), printer, tmp_path / "plan.pdf")).to_dict()
    assert got["document"]["signatory"] == _WHOLE
    said = [w["message"] for w in got["warnings"] if "further signatory" in w["message"]]
    assert len(said) == 1 and said[0].endswith(": П.П. Петров")


@pytest.mark.parametrize(
    "signature",
    [
        pytest.param("<p>Начальник отдела</p><p>Культуры И.И. Иванов</p>", id="html"),
        pytest.param("<p>Начальник отдела<br>Культуры И.И. Иванов</p>", id="html-br"),
        pytest.param(para("Начальник отдела") + para("Культуры И.И. Иванов"), id="docx"),
    ],
)
def test_a_position_wrapped_before_a_capital_onto_the_names_line_is_whole(tmp_path: Path, signature: str) -> None:
    """A position wrapped onto its name's line with a capital («Начальник отдела» / «Культуры
    И.И. Иванов»): the name's line names no position, the line above does, so it goes on with it.
    The position was «Культуры», «Начальник отдела» a line not read."""
    got = _read(tmp_path, signature)
    assert got["document"]["signatory"] == {"position": "Начальник отдела Культуры", "name": "И.И. Иванов"}
    assert not [w for w in got["warnings"] if "Начальник" in w["message"]]


# GOST R 7.0.97's requisites under a signature, which the contract does not carry: the executor and
# a telephone, a stamp's place, a mailing list, a copy's attestation, a registration mark.
_UNDER_SIGNATURE = (
    "Исполнитель: Петрова А.А., тел. 8 (812) 000-00-00",
    "М.П.",
    "Разослать: в дело, отделам культуры и спорта",
    "Верно: секретарь Сидорова В.В.",
    "Вх. № 125 от 16.12.2026",
)


def _plan_with_lines_under_its_signature(tmp_path: Path, producer: str) -> Path:
    if producer == "html":
        source = tmp_path / "plan.html"
        under = "".join(f"<p>{line}</p>" for line in _UNDER_SIGNATURE)
        source.write_text(_HTML.format(signature=f"<p>Директор&nbsp;&nbsp;&nbsp;&nbsp;И.И. Иванов</p>{under}"))
        return source
    if producer == "xlsx":
        openpyxl = pytest.importorskip("openpyxl")
        book = openpyxl.Workbook()
        sheet = book.active
        for values in (["План мероприятий на 2026 год"], [], list(HEADER), ["1.", "Сессия", "Москва, март", ""]):
            sheet.append(values)
        sheet.append([])
        sheet.append(["", "Директор", "", "И.И. Иванов"])
        for line in _UNDER_SIGNATURE:
            sheet.append(["", line])
        book.save(tmp_path / "plan.xlsx")
        return tmp_path / "plan.xlsx"
    body = _plan(para("Директор", _TAB, "И.И. Иванов") + para("") + "".join(para(line) for line in _UNDER_SIGNATURE))
    if producer == "pdf":
        if soffice_program() is None:
            pytest.skip("LibreOffice is not installed")
        return docx_pdf(lambda out: write_docx(out, body), tmp_path / "plan.pdf")
    return write_docx(tmp_path / "plan.docx", body)


@pytest.mark.parametrize("producer", ["docx", "pdf", "html", "xlsx"])
def test_the_lines_under_the_signature_are_said_not_dropped(tmp_path: Path, producer: str) -> None:
    """The executor, a stamp's place, a mailing list, «Верно: …» and a registration mark under the
    signature were dropped unsaid in every reader (the contract has no field for them, and they
    carry no footnote's marker): each is said in a warning with its text."""
    got = magplan.read_plan(_plan_with_lines_under_its_signature(tmp_path, producer)).to_dict()
    assert got["document"]["signatory"] == _DIRECTOR
    said = [w["message"].split("was not read: ", 1)[-1] for w in got["warnings"] if w["code"] == "text_skipped"]
    assert said == list(_UNDER_SIGNATURE)


_CENTRED = {
    # A position of three lines beside two names: a browser centres the names' cell in its row, the
    # first name between the position's first two lines, the second between the last two.
    "three-lines-two-names": (
        "<table><tr><td>Генеральный директор<br>Ассоциации<br>Главный бухгалтер</td>"
        "<td>И.И. Иванов<br>П.П. Петров</td></tr></table>",
        _WHOLE,
        ["Главный бухгалтер П.П. Петров"],
    ),
    "three-paragraphs-two-names": (
        "<table><tr><td><p>Генеральный директор</p><p>Ассоциации</p><p>Главный бухгалтер</p></td>"
        "<td><p>И.И. Иванов</p><p>П.П. Петров</p></td></tr></table>",
        _WHOLE,
        ["Главный бухгалтер П.П. Петров"],
    ),
    # A position wrapped before a capital, its last line no position's word: one name centred between.
    "wrapped-before-a-capital": (
        "<table><tr><td>Руководитель Секретариата Совета<br>Ассамблеи</td><td>И.И. Иванов</td></tr></table>",
        {"position": "Руководитель Секретариата Совета Ассамблеи", "name": "И.И. Иванов"},
        [],
    ),
}


@pytest.mark.parametrize("printer", ["weasyprint", "chromium"])
@pytest.mark.parametrize("variant", list(_CENTRED))
def test_names_centred_between_a_positions_lines_in_a_browsers_print(
    tmp_path: Path, variant: str, printer: str
) -> None:
    """A browser's print of a position's cell beside its names' cell, centred in the row: each name is
    a line of its own between two of the position's, as close to the longest as the cells' padding.
    The name cut the position («Генеральный директор» / И.И. Иванов, «Ассоциации Главный бухгалтер
    П.П. Петров» said; «Руководитель Секретариата Совета» / И.И. Иванов, «Ассамблеи» said)."""
    if (weasyprint_installed() if printer == "weasyprint" else chromium_program()) in (None, False):
        pytest.skip(f"{printer} is not installed")
    signature, expected, further = _CENTRED[variant]
    got = magplan.read_plan(print_html(_HTML.format(signature=signature), printer, tmp_path / "plan.pdf")).to_dict()
    assert got["document"]["signatory"] == expected
    said = [w["message"].split("was not read: ", 1)[-1] for w in got["warnings"] if w["code"] == "text_skipped"]
    assert said == further
