"""WordprocessingML that python-docx has no API for: borders, header rows, fields.

Each helper inserts its element at the position the OOXML schema prescribes,
since Word refuses (and LibreOffice may ignore) properties out of order.
"""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm

_TBL_PR_ORDER = (
    "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW", "jc",
    "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption",
    "tblDescription",
)  # fmt: skip
_TR_PR_ORDER = (
    "cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit", "trHeight", "tblHeader",
    "tblCellSpacing", "jc", "hidden",
)  # fmt: skip
_TC_PR_ORDER = (
    "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar", "textDirection",
    "tcFitText", "vAlign", "hideMark",
)  # fmt: skip
_BORDER_SIDES = ("top", "left", "bottom", "right", "insideH", "insideV")
_TWIPS_PER_MM = 1440 / 25.4


def _place(parent: Any, child: Any, order: tuple[str, ...]) -> Any:
    """Put `child` into `parent` in schema order, replacing one of the same tag."""
    name = child.tag.split("}")[-1]
    existing = parent.find(qn(f"w:{name}"))
    if existing is not None:
        parent.replace(existing, child)
        return child
    later = set(order[order.index(name) + 1 :])
    for index, sibling in enumerate(parent):
        if sibling.tag.split("}")[-1] in later:
            parent.insert(index, child)
            return child
    parent.append(child)
    return child


def _element(tag: str, **attrs: str) -> Any:
    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)
    return element


def twips(mm: float) -> str:
    return str(round(mm * _TWIPS_PER_MM))


def table_borders(table: Any, visible: bool, size_eighths: int = 4) -> None:
    """Rules on every side and between cells, or explicitly none (a layout table)."""
    borders = _element("w:tblBorders")
    for side in _BORDER_SIDES:
        if visible:
            borders.append(_element(f"w:{side}", val="single", sz=str(size_eighths), space="0", color="000000"))
        else:
            borders.append(_element(f"w:{side}", val="nil"))
    _place(table._tbl.tblPr, borders, _TBL_PR_ORDER)


def table_geometry(table: Any, widths_mm: tuple[float, ...], margins_mm: tuple[float, float]) -> None:
    """Fixed column widths, so Word and LibreOffice lay the table out alike."""
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    _place(tbl_pr, _element("w:tblW", w=twips(sum(widths_mm)), type="dxa"), _TBL_PR_ORDER)
    _place(tbl_pr, _element("w:tblLayout", type="fixed"), _TBL_PR_ORDER)
    margins = _element("w:tblCellMar")
    for side, mm in zip(("left", "right"), margins_mm, strict=True):
        margins.append(_element(f"w:{side}", w=twips(mm), type="dxa"))
    _place(tbl_pr, margins, _TBL_PR_ORDER)
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=False):
            cell.width = Mm(width)


def header_row(row: Any) -> None:
    """Repeat this row at the top of every page the table runs onto."""
    _place(row._tr.get_or_add_trPr(), _element("w:tblHeader"), _TR_PR_ORDER)


def cant_split(row: Any) -> None:
    """Keep the row whole on one page, so no item is cut by a page break."""
    _place(row._tr.get_or_add_trPr(), _element("w:cantSplit"), _TR_PR_ORDER)


def cell_valign(cell: Any, value: str) -> None:
    _place(cell._tc.get_or_add_tcPr(), _element("w:vAlign", val=value), _TC_PR_ORDER)


def page_field(paragraph: Any) -> None:
    """A PAGE field: python-docx has no field API, so it is built from fldChar runs."""
    cached = "2"  # shown until the viewer updates fields; the header starts on page 2
    parts: list[Any] = [_element("w:fldChar", fldCharType="begin")]
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    parts += [instr, _element("w:fldChar", fldCharType="separate")]
    for part in parts:
        paragraph.add_run()._r.append(part)
    paragraph.add_run(cached)
    paragraph.add_run()._r.append(_element("w:fldChar", fldCharType="end"))


def run_fonts(r_pr: Any, name: str, language: str) -> None:
    """The typeface for every script slot (Cyrillic text uses hAnsi/ascii) and the language."""
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{slot}"), name)
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    lang.set(qn("w:val"), language)
    lang.set(qn("w:eastAsia"), language)
