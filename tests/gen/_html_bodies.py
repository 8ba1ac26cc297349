"""Plans of other bodies as web pages: Word's and Google Docs' pages of `_html`
with the furniture other bodies print around a plan (an annex note, an
agreement block, a letterhead, the executor's line: `_bodies._furniture`), and
LibreOffice Writer's «Save as HTML».

LibreOffice writes `<col>` widths, `<tr valign="top">`, one `<p>` per paragraph
with the text on the next line after tabs, `<font>` wrappers, `<ul><li><p>`
lists in cells, `sdfootnote` anchors and a footnote `<div>` per note at the end.
"""

from __future__ import annotations

import re
from html import escape

from tests.gen._html import _TEMPLATES, _Page, span_attributes
from tests.gen._spec import CellOut, PlanSpec

_SUP = str.maketrans("¹²³", "123")


_ROW_NUMBER = re.compile(r"\d{1,3}\.?")


class _Furnished(_Page):
    """A producer's page with the furniture of `spec.options` around the plan, and with
    `options["ol_numbers"]` the «№» cells numbered by an ordered list (the number no text)."""

    def list_number(self, cell: CellOut) -> str | None:
        """The <ol> that prints this cell's row number, where the page numbers its rows so."""
        if not self.spec.options.get("ol_numbers") or self.spec.number_row or cell.bullets or cell.bold:
            return None
        if len(cell.paragraphs) != 1 or not _ROW_NUMBER.fullmatch(cell.paragraphs[0]):
            return None
        start = cell.paragraphs[0].rstrip(".")
        if self.producer == "google":
            return (
                f'<ol class="c8 lst-kix_list_9-0 start" start="{start}">'
                '<li class="c1 c7 li-bullet-0"><span class="c2"></span></li></ol>'
            )
        return f'<ol start="{start}">\n\t<li><p style="margin-bottom: 0cm"><br/>\n\t</p>\n</ol>\n'

    def cell_body(self, cell: CellOut) -> str:
        return self.list_number(cell) or super().cell_body(cell)

    def annex_and_agreed(self) -> str:
        options = self.spec.options
        out = "".join(self.paragraph(line, align="right") for line in options.get("annex", []))
        if self.spec.approval is not None:
            out += "".join(self.paragraph(line) for line in options.get("agreed", []))
        return out

    def letterhead(self) -> str:
        return "".join(self.paragraph(line, align="center") for line in self.spec.options.get("letterhead", []))

    def executor(self) -> str:
        if self.spec.signatory is None:
            return ""
        return "".join(self.paragraph(line) for line in self.spec.options.get("executor", []))

    def approval(self) -> str:
        return self.annex_and_agreed() + super().approval()

    def title(self) -> str:
        return self.letterhead() + super().title()

    def signature(self) -> str:
        return super().signature() + self.executor()


class _LibrePage(_Furnished):
    def __init__(self, spec: PlanSpec) -> None:
        super().__init__(spec, "libre")

    def marker(self, marker: str) -> str:
        index = self.note_index[marker]
        return (
            f'<a class="sdfootnoteanc" name="sdfootnote{index}anc" href="#sdfootnote{index}sym"><sup>{index}</sup></a>'
        )

    def paragraph(self, text: str, bold: bool = False, align: str | None = None) -> str:
        inner = self.inline(text)
        inner = f'<font face="Times New Roman, serif"><font size="3" style="font-size: 12pt">{inner}</font></font>'
        inner = f"<b>{inner}</b>" if bold else inner
        attrs = f' align="{align}"' if align else ""
        return f'<p{attrs} style="line-height: 100%; margin-bottom: 0cm">\n\t\t\t{inner}</p>\n'

    def cell_body(self, cell: CellOut) -> str:
        if listed := self.list_number(cell):
            return listed
        out = "".join(self.paragraph(p, cell.bold) for p in cell.paragraphs)
        if cell.bullets:
            items = "".join(f'\t<li><p style="margin-bottom: 0cm">{escape(b)}</p>\n' for b in cell.bullets)
            out += f"<ul>\n{items}</ul>\n"
        return out or '<p style="line-height: 100%"><br/>\n\n\t\t\t</p>\n'

    def table_open(self) -> str:
        cols = "".join('\t<col width="120"/>\n' for _ in range(self.spec.width))
        return f'<table width="642" cellpadding="7" cellspacing="0">\n{cols}'

    def table_close(self) -> str:
        return "</table>\n"

    def cell(self, cell: CellOut, span: int, header: bool) -> str:
        attrs = ' width="120"' + span_attributes(cell, span)
        attrs += ' style="border: 1px solid #000000; padding-top: 0cm; padding-bottom: 0cm; padding-left: 0.19cm"'
        return f"\n\t\t<td{attrs}>{self.cell_body(cell)}\t\t</td>"

    def approval(self) -> str:
        approval = self.spec.approval
        lines = [approval.head, *approval.lines] if approval else []
        return self.annex_and_agreed() + "".join(self.paragraph(line, align="right") for line in lines)

    def title(self) -> str:
        lines = self.spec.title_lines
        return self.letterhead() + "".join(self.paragraph(line, bold=True, align="center") for line in lines)

    def footnotes(self) -> str:
        out = []
        for note in self.spec.footnotes:
            index = self.note_index[note.marker]
            out.append(
                f'<div id="sdfootnote{index}"><p class="sdfootnote-western">'
                f'<a class="sdfootnotesym" name="sdfootnote{index}sym" href="#sdfootnote{index}anc">{index}</a>'
                f"{escape(note.text)}</p>\n</div>\n"
            )
        return "".join(out)

    def signature(self) -> str:
        signatory = self.spec.signatory
        if signatory is None:
            return ""
        lines = [*signatory.position_lines, signatory.name]
        return "".join(self.paragraph(line) for line in lines) + self.executor()

    def body(self) -> str:
        # LibreOffice writes the footnotes after everything else on the page.
        return self.approval() + self.title() + self.tables() + self.signature() + self.footnotes()


_TEMPLATE = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html>
<head>
\t<meta http-equiv="content-type" content="text/html; charset=utf-8"/>
\t<title></title>
\t<meta name="generator" content="LibreOffice 7.4.7.2 (Linux)"/>
\t<style type="text/css">
\t\t@page {{ size: 29.7cm 21cm; margin: 2cm }}
\t\tp {{ line-height: 115%; margin-bottom: 0.25cm; background: transparent }}
\t\ttd p {{ orphans: 0; widows: 0; background: transparent }}
\t\tp.sdfootnote-western {{ margin-left: 0.6cm; text-indent: -0.6cm; margin-bottom: 0cm; font-size: 10pt;
\t\t\tline-height: 100% }}
\t\ta.sdfootnoteanc {{ font-size: 57% }}
\t</style>
</head>
<body lang="ru-RU" link="#000080" vlink="#800000" dir="ltr">{body}</body>
</html>
"""


def bodies_html(spec: PlanSpec, producer: str) -> str:
    """The page of `producer` («word», «google» of `_html`, or «libre»)."""
    if producer == "libre":
        return _TEMPLATE.format(body=_LibrePage(spec).body())
    return _TEMPLATES[producer].format(body=_Furnished(spec, producer).body())
