"""A `PlanSpec` printed to PDF by the programs people print plans with.

* LibreOffice from the generated DOCX (`office_pdf`): portrait or landscape
  pages, the header row repeated or not, ruled or borderless plan tables.
* Chromium (``--print-to-pdf``) and WeasyPrint from the generated HTML
  (`browser_pdf`): the page as a browser prints it, with or without the
  browser's own header and footer lines, landscape, borderless, or the plan
  inside an old portal's layout tables (bordered boxes, coloured cells).

Each printer raises `Unavailable` when its program is missing.  The PDF bytes
carry creation dates, so these families are not byte-for-byte repeatable; the
plans they print are (the same seed gives the same plan and layout choices).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.docx_builder import W_NS, write_docx
from tests.gen import Unavailable
from tests.gen._docx import DocxStyle, _Doc
from tests.gen._html import _Page, plan_html
from tests.gen._spec import PlanSpec, column_widths

# Set (to anything) to keep each PDF's source document beside it as FILE.source.docx / .html.
KEEP_SOURCE = "MAGPLAN_GEN_KEEP_SOURCE"
# Landscape A4 in twips, with 2 cm margins.
_LANDSCAPE = (
    '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
    '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/></w:sectPr>'
)
_A5 = (
    '<w:sectPr><w:pgSz w:w="8391" w:h="11906"/>'
    '<w:pgMar w:top="850" w:right="850" w:bottom="850" w:left="1134"/></w:sectPr>'
)
_PORTRAIT = (
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/></w:sectPr>'
)


# Bullet numbering as Word writes it: the «» bullet in the Symbol font, with a hanging indent.
_WORD_BULLETS = f"""<w:numbering xmlns:w="{W_NS}">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>
<w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr>
<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""


def soffice_program() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def chromium_program() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def weasyprint_installed() -> bool:
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError):  # OSError: the Pango library it needs is missing
        return False
    return True


@dataclass
class OfficeLayout:
    landscape: bool = False
    borderless: bool = False  # the plan table printed without ruling lines
    a5: bool = False  # an A5 page (portrait): columns a dozen letters wide cut long words


class _PdfDoc(_Doc):
    def __init__(self, spec: PlanSpec, style: DocxStyle, layout: OfficeLayout) -> None:
        super().__init__(spec, style)
        self.layout = layout

    def table(self, rows: list[str], borders: bool = True, columns: int | None = None) -> str:
        out = super().table(rows, borders and not self.layout.borderless, columns)
        if columns is not None:  # the approval or signature block
            return out
        # About 16.5 cm of text width, or 25.7 cm on a landscape page.
        total = 6400 if self.layout.a5 else 14500 if self.layout.landscape else 9300
        widths = column_widths([c.role for c in self.spec.columns], total)
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        return re.sub(r"<w:tblGrid>.*?</w:tblGrid>", f"<w:tblGrid>{grid}</w:tblGrid>", out, count=1)

    def body(self) -> str:
        return super().body() + (_A5 if self.layout.a5 else _LANDSCAPE if self.layout.landscape else _PORTRAIT)


def office_pdf(spec: PlanSpec, style: DocxStyle, layout: OfficeLayout, path: Path) -> Path:
    """The plan as a DOCX, exported to `path` by LibreOffice."""
    doc = _PdfDoc(spec, style, layout)
    body = doc.body()
    notes = {i: doc.markers[m] for m, i in doc.footnote_ids.items()}
    return docx_pdf(lambda source: write_docx(source, body, footnotes=notes, numbering=_WORD_BULLETS), path)


def docx_pdf(write: Callable[[Path], object], path: Path) -> Path:
    """The DOCX that `write` writes to the path it is given, exported to `path` by LibreOffice."""
    from magplan import soffice

    program = soffice_program()
    if program is None:
        raise Unavailable("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "out"
        work.mkdir()
        source = work / f"{path.stem}.docx"
        write(source)
        status, output = soffice.convert(program, source, "pdf", work)
        made = work / f"{path.stem}.pdf"
        if status or not made.exists():
            raise RuntimeError(f"LibreOffice failed on {source.name}: {output.strip()[-300:]}")
        shutil.move(made, path)
        if os.environ.get(KEEP_SOURCE):
            shutil.copy(source, path.with_name(path.name + ".source.docx"))
    return path


# -- browsers -------------------------------------------------------------------


@dataclass
class BrowserLayout:
    producer: str = "portal"  # an HTML producer of `tests.gen._html`, or "layout" (an old portal)
    landscape: bool = False
    borderless: bool = False
    # Chromium's own lines (date, page title, address, «1/3») in the page margins.
    header_footer: bool = False
    colored_boxes: bool = False  # "layout": the layout cells drawn as coloured boxes, not bordered
    # Every cell draws its own border (`border-collapse: separate`, as in LibreOffice's HTML
    # export): WeasyPrint fills each one as a ring, two rectangles, not as lines.
    separate_borders: bool = False
    # WeasyPrint as `weasyprint page.html out.pdf` prints: presentational hints off, so an old
    # page's `border="1"`, `cellpadding` and `width` are ignored (a ruled table printed without
    # rules, its cells a point or two apart).
    default_print: bool = False


_BORDERLESS = (
    "<style>table, td, th { border: none !important; border-collapse: separate !important; }"
    " td, th { padding: 2px 6px !important; }</style>"
)
_SEPARATE_BORDERS = (
    "<style>table, td, th { border-collapse: separate !important; border-spacing: 0 !important; }"
    " td, th { border: 1px solid #000 !important; }</style>"
)
_LANDSCAPE_CSS = "<style>@page { size: A4 landscape; margin: 15mm; }</style>"
_PORTRAIT_CSS = "<style>@page { size: A4; margin: 15mm 12mm; }</style>"

# An old portal page: the plan inside a layout table (a header, a menu column, a footer).
_LAYOUT = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>Официальный сайт — Документы</title>
<style>body {{ font-family: "Liberation Serif", serif; font-size: 12pt; }}
table.plan-box td {{ vertical-align: top; }} {box_css}</style></head>
<body><table class="plan-box" width="100%" cellspacing="0" cellpadding="6" {outer}>
<tr><td colspan="2" {head}><b>Официальный сайт администрации города</b><br>Новости · Документы · Контакты</td></tr>
<tr><td width="18%" {menu}>Главная<br>О городе<br>Документы<br>Мероприятия<br>Контакты</td>
<td {main}><p>Раздел: Документы / Планы</p>{body}<p>Дата публикации: 12.01.2020</p></td></tr>
<tr><td colspan="2" {foot}>© Пресс-служба администрации, 2020. Все права защищены.</td></tr>
</table></body></html>
"""


def _layout_page(spec: PlanSpec, colored: bool) -> str:
    body = _Page(spec, "portal").body()
    if colored:
        cells = {
            "outer": 'border="0"',
            "head": 'bgcolor="#dfe8f5"',
            "menu": 'bgcolor="#eef2f8"',
            "main": "",
            "foot": 'bgcolor="#dfe8f5"',
        }
        css = ""
    else:
        cells = {"outer": 'border="1"', "head": "", "menu": "", "main": "", "foot": ""}
        css = "table.plan-box { border-collapse: collapse; }"
    return _LAYOUT.format(body=body, box_css=css, **cells)


def page_html(spec: PlanSpec, layout: BrowserLayout) -> str:
    """The web page a browser is asked to print, with the layout's print styles."""
    page = _layout_page(spec, layout.colored_boxes) if layout.producer == "layout" else plan_html(spec, layout.producer)
    return with_print_styles(page, layout)


def with_print_styles(page: str, layout: BrowserLayout) -> str:
    """`page` with the print styles of `layout` (page size and orientation, borders) in its head."""
    styles = (_LANDSCAPE_CSS if layout.landscape else _PORTRAIT_CSS) + (_BORDERLESS if layout.borderless else "")
    styles += _SEPARATE_BORDERS if layout.separate_borders and not layout.borderless else ""
    head_end = re.search(r"</head>", page, re.IGNORECASE)
    if head_end is None:  # no <head>: the styles lead the page
        return styles + page
    return page[: head_end.start()] + styles + page[head_end.start() :]


def chromium_pdf(html: str, path: Path, header_footer: bool) -> Path:
    program = chromium_program()
    if program is None:
        raise Unavailable("Chromium is not installed (Debian package chromium)")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{path.stem}.html"
        source.write_text(html, encoding="utf-8")
        command = [
            program,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-extensions",
            f"--user-data-dir={Path(tmp) / 'profile'}",
            *([] if header_footer else ["--no-pdf-header-footer"]),
            f"--print-to-pdf={path}",
            source.as_uri(),
        ]
        done = subprocess.run(command, capture_output=True, timeout=120, check=False)
        if done.returncode or not path.exists():
            raise RuntimeError(f"chromium failed: {done.stderr.decode('utf-8', 'replace')[-300:]}")
    return path


def weasyprint_pdf(html: str, path: Path, hints: bool = True) -> Path:
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: the Pango library it needs is missing
        raise Unavailable("WeasyPrint is not installed (pip install weasyprint)") from exc
    # Presentational hints (`border="1"`, `bgcolor`) as browsers apply them, unless `hints` is
    # off: WeasyPrint's default, which prints a ruled table without its rules.
    weasyprint.HTML(string=html).write_pdf(path, presentational_hints=hints)
    return path


def browser_pdf(spec: PlanSpec, layout: BrowserLayout, printer: str, path: Path) -> Path:
    """The plan's web page printed to `path` by `printer` ("chromium" or "weasyprint")."""
    return print_html(page_html(spec, layout), printer, path, layout.header_footer, not layout.default_print)


def print_html(html: str, printer: str, path: Path, header_footer: bool = False, hints: bool = True) -> Path:
    """The web page `html` printed to `path` by `printer` ("chromium" or "weasyprint"); `hints`:
    WeasyPrint applies the page's presentational attributes."""
    if os.environ.get(KEEP_SOURCE):
        path.with_name(path.name + ".source.html").write_text(html, encoding="utf-8")
    if printer == "chromium":
        return chromium_pdf(html, path, header_footer)
    return weasyprint_pdf(html, path, hints)


def describe(layout: BrowserLayout | OfficeLayout) -> str:
    """A short tag for file names: which layout choices a document has."""
    parts = [str(getattr(layout, "producer", "office"))]
    parts += [
        name
        for name in ("landscape", "borderless", "separate_borders", "header_footer", "colored_boxes", "default_print")
        if getattr(layout, name, False)
    ]
    return "-".join(parts)
