"""A `PlanSpec` printed as a web page, the way different producers write one.

* ``portal``: a city portal's CMS page (menus, breadcrumbs, an `<h1>` that is
  not the plan's title, `<p>`/`<br>` in cells, `<sup>` markers, literal bullets).
* ``word``: Word's «Save as Web Page» (`MsoNormal` paragraphs, `<o:p>`,
  `mso-` styles, conditional comments, list paragraphs with a Symbol «·»,
  footnotes as `#_ftn` links).
* ``google``: Google Docs' HTML export (class styles in `<style>`, `<span>`
  in every paragraph, `<ul><li>` lists inside cells, `#ftnt` footnote links).
* ``plain``: hand-written markup (`<thead>`/`<th>`, `<br>` lines, `<ul>` lists).
"""

from __future__ import annotations

from html import escape

from tests.gen._spec import CellOut, PlanSpec, RowOut, logical_rows

PRODUCERS = ("portal", "word", "google", "plain")
_SUP_DIGITS = str.maketrans("¹²³", "123")


def _rowspans(rows: list[RowOut]) -> dict[tuple[int, int], int]:
    """(row, grid column) of each merge start → how many rows it covers."""
    spans: dict[tuple[int, int], int] = {}
    for r, row in enumerate(rows):
        column = 0
        for cell in row.cells:
            if cell.merge_start:
                count = 1
                for below in rows[r + 1 :]:
                    covering = _cell_at(below, column)
                    if covering is None or not covering.merged_up or below.table_break_before:
                        break
                    count += 1
                spans[(r, column)] = count
            column += cell.colspan
    return spans


def _cell_at(row: RowOut, column: int) -> CellOut | None:
    at = 0
    for cell in row.cells:
        if at == column:
            return cell
        at += cell.colspan
    return None


def span_attributes(cell: CellOut, rowspan: int) -> str:
    """A cell's ` colspan` and ` rowspan` attributes, where it spans more than one."""
    return (f' colspan="{cell.colspan}"' if cell.colspan > 1 else "") + (f' rowspan="{rowspan}"' if rowspan > 1 else "")


class _Page:
    def __init__(self, spec: PlanSpec, producer: str) -> None:
        self.spec = spec
        self.producer = producer
        self.markers = sorted((n.marker for n in spec.footnotes), key=len, reverse=True)
        self.note_index = {n.marker: i + 1 for i, n in enumerate(spec.footnotes)}

    # -- inline ---------------------------------------------------------------

    def inline(self, text: str) -> str:
        colon = ":" if text.endswith(":") else ""
        text = text.removesuffix(colon)
        for marker in self.markers:
            if text.endswith(marker) and len(text) > len(marker):
                return escape(text[: -len(marker)]) + self.marker(marker) + colon
        return escape(text + colon)

    def marker(self, marker: str) -> str:
        """A footnote marker as the producer prints it."""
        index = self.note_index[marker]
        if self.producer == "word":
            return (
                f'<a style=\'mso-footnote-id:ftn{index}\' href="#_ftn{index}" name="_ftnref{index}"'
                f" title=\"\"><span class=MsoFootnoteReference><span style='mso-special-character:footnote'>"
                f"<![if !supportFootnotes]><span class=MsoFootnoteReference>[{index}]</span><![endif]>"
                "</span></span></a>"
            )
        if self.producer == "google":
            return f'<sup><a href="#ftnt{index}" id="ftnt_ref{index}">[{index}]</a></sup>'
        if marker in "¹²³":
            return f"<sup>{marker.translate(_SUP_DIGITS)}</sup>"
        return escape(marker)

    def paragraph(self, text: str, bold: bool = False, align: str | None = None) -> str:
        # A line break inside a paragraph is a `<br>`: a bare newline in HTML is a space.
        inner = self.inline(text).replace("\n", "<br>")
        if self.producer == "word":
            style = f" align={align} style='text-align:{align}'" if align else ""
            inner = f"<b>{inner}</b>" if bold else inner
            return f"<p class=MsoNormal{style}><span lang=RU style='font-size:12.0pt'>{inner}</span><o:p></o:p></p>"
        if self.producer == "google":
            cls = "c3" if align == "center" else ("c9" if align == "right" else "c1")
            return f'<p class="{cls}"><span class="{"c4" if bold else "c2"}">{inner}</span></p>'
        inner = f"<strong>{inner}</strong>" if bold else inner
        style = f' style="text-align: {align};"' if align else ""
        return f"<p{style}>{inner}</p>"

    # -- cells ----------------------------------------------------------------

    def cell_body(self, cell: CellOut) -> str:
        producer = self.producer
        if producer == "word":
            out = "".join(self.paragraph(p, cell.bold) for p in cell.paragraphs)
            for i, bullet in enumerate(cell.bullets):
                kind = "First" if i == 0 else ("Last" if i == len(cell.bullets) - 1 else "Middle")
                out += (
                    f"<p class=MsoListParagraphCxSp{kind} style='margin-left:18.0pt;text-indent:-18.0pt;"
                    "mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;"
                    "mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "
                    f'"Times New Roman"\'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>'
                    f"<span lang=RU>{escape(bullet)}</span><o:p></o:p></p>"
                )
            return out or "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
        if producer == "google":
            out = "".join(self.paragraph(p, cell.bold) for p in cell.paragraphs)
            if cell.bullets:
                items = "".join(f'<li class="c1 c7 li-bullet-0"><span class="c2">{escape(b)}</span></li>'
                                for b in cell.bullets)  # fmt: skip
                out += f'<ul class="c8 lst-kix_list_1-0 start">{items}</ul>'
            return out or '<p class="c1 c6"><span class="c2"></span></p>'
        if producer == "portal":
            lines = [self.inline(p) for p in cell.paragraphs]
            out = "<br>".join(f"<strong>{x}</strong>" if cell.bold else x for x in lines)
            out = f"<p>{out}</p>" if len(lines) > 1 else out
            if cell.bullets:
                items = "".join(f"<li>•&nbsp;{escape(b)}</li>" for b in cell.bullets)
                out += f'<ul style="list-style-type: none;">{items}</ul>'
            return out
        out = "<br>\n".join(self.inline(p) for p in cell.paragraphs)
        if cell.bullets:
            out += "<ul>" + "".join(f"<li>{escape(b)}</li>" for b in cell.bullets) + "</ul>"
        return out

    def table_open(self) -> str:
        if self.producer == "word":
            return (
                "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
                "border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'>"
            )
        if self.producer == "google":
            return '<table class="c10">'
        if self.producer == "portal":
            return '<table border="1" cellpadding="5" style="width: 100%; border-collapse: collapse;"><tbody>'
        return '<table class="plan">'

    def table_close(self) -> str:
        return "</tbody></table>" if self.producer == "portal" else "</table>"

    def cell(self, cell: CellOut, span: int, header: bool) -> str:
        attrs = span_attributes(cell, span)
        if self.producer == "word":
            attrs += " valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'"
        elif self.producer == "google":
            attrs = f' class="c5" colspan="{cell.colspan}" rowspan="{span}"'
        tag = "th" if header and self.producer == "plain" else "td"
        return f"<{tag}{attrs}>{self.cell_body(cell)}</{tag}>"

    def tables(self) -> str:
        rows = logical_rows(self.spec)
        spans = _rowspans(rows)
        out: list[str] = []
        in_head = False
        for r, row in enumerate(rows):
            if row.table_break_before or r == 0:
                if r:
                    out.append(("</thead>" if in_head else "") + self.table_close())
                    in_head = False
                if row.heading_before:
                    out.append(self.paragraph(row.heading_before, bold=True, align="center"))
                out.append(self.table_open())
                if self.producer == "plain" and row.kind == "header":
                    out.append("<thead>")
                    in_head = True
            if in_head and row.kind not in ("header", "subheader"):
                out.append("</thead>")
                in_head = False
            header = row.kind in ("header", "subheader")
            cells = []
            column = 0
            for cell in row.cells:
                if not cell.merged_up:
                    cells.append(self.cell(cell, spans.get((r, column), 1), header))
                column += cell.colspan
            out.append(f"<tr>{''.join(cells)}</tr>")
        out.append(("</thead>" if in_head else "") + self.table_close())
        return "\n".join(out)

    # -- around the table -----------------------------------------------------

    def approval(self) -> str:
        approval = self.spec.approval
        if approval is None:
            return ""
        lines = [approval.head, *approval.lines]
        if self.producer in ("word", "google"):
            return "".join(self.paragraph(line, align="right") for line in lines)
        return '<p style="text-align: right;">' + "<br>".join(escape(x) for x in lines) + "</p>"

    def title(self) -> str:
        if self.spec.title_in_table:
            return ""
        lines = self.spec.title_lines
        if self.producer in ("word", "google"):
            return "".join(self.paragraph(line, bold=True, align="center") for line in lines)
        if self.producer == "plain":
            return "<h2>" + "<br>".join(escape(x) for x in lines) + "</h2>"
        return '<p style="text-align: center;"><strong>' + "<br>".join(escape(x) for x in lines) + "</strong></p>"

    def footnotes(self) -> str:
        out = []
        for note in self.spec.footnotes:
            index = self.note_index[note.marker]
            if self.producer == "word":
                out.append(
                    f"<div style='mso-element:footnote' id=ftn{index}><p class=MsoFootnoteText>"
                    f'<a style=\'mso-footnote-id:ftn{index}\' href="#_ftnref{index}" name="_ftn{index}" title="">'
                    f"<span class=MsoFootnoteReference><span style='mso-special-character:footnote'>"
                    f"<![if !supportFootnotes]><span class=MsoFootnoteReference>[{index}]</span><![endif]>"
                    f"</span></span></a><span lang=RU> {escape(note.text)}</span></p></div>"
                )
            elif self.producer == "google":
                out.append(
                    f'<div><p class="c1"><a href="#ftnt_ref{index}" id="ftnt{index}">[{index}]</a>'
                    f'<span class="c2">&nbsp;{escape(note.text)}</span></p></div>'
                )
            elif note.marker in "¹²³":
                out.append(f"<p><sup>{note.marker.translate(_SUP_DIGITS)}</sup> {escape(note.text)}</p>")
            else:
                out.append(f"<p>{escape(note.marker)} {escape(note.text)}</p>")
        if self.producer == "word" and out:
            return (
                "<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>"
                '<hr align=left size=1 width="33%"><![endif]>' + "".join(out) + "</div>"
            )
        return "".join(out)

    def signature(self) -> str:
        signatory = self.spec.signatory
        if signatory is None:
            return ""
        if self.producer == "portal":
            position = "<br>".join(escape(x) for x in signatory.position_lines)
            return f"<p>{position}</p><p>{escape(signatory.name).replace(' ', '&nbsp;', 1)}</p>"
        lines = [*signatory.position_lines, signatory.name]
        return "".join(self.paragraph(line) for line in lines)

    def body(self) -> str:
        head = self.approval() + self.title() + self.tables()
        if self.producer == "word":
            # Word prints footnotes after the whole section, at the end of the page.
            return f"<div class=WordSection1>{head}{self.signature()}</div>{self.footnotes()}"
        return head + self.footnotes() + self.signature()


_PORTAL = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>План мероприятий — Портал города</title>
<link rel="stylesheet" href="/css/site.css"></head>
<body><div class="page"><header class="site-header"><div class="logo">Портал города</div>
<nav><ul><li><a href="/">Главная</a></li><li><a href="/about">О городе</a></li><li><a href="/news">Новости</a></li></ul>
</nav></header>
<div class="breadcrumbs"><a href="/">Главная</a> / <a href="/docs">Документы</a> / План мероприятий</div>
<main><h1>Международное сотрудничество</h1><div class="content">{body}</div></main>
<aside><h3>Новости</h3><p>Открыта регистрация на форум</p></aside>
<footer><p>© Пресс-служба, все права защищены</p></footer></div></body></html>
"""
_WORD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
<title>План</title>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View><w:Zoom>100</w:Zoom></w:WordDocument></xml><![endif]-->
<style><!-- p.MsoNormal {{margin:0cm;font-size:12.0pt;font-family:"Times New Roman",serif;}}
p.MsoListParagraphCxSpFirst {{margin-left:36.0pt;}} table.MsoTableGrid {{border:solid windowtext 1.0pt;}}
@page WordSection1 {{size:595.3pt 841.9pt;margin:2.0cm 42.5pt 2.0cm 3.0cm;}} div.WordSection1 {{page:WordSection1;}}
--></style></head>
<body lang=RU style='tab-interval:35.4pt'>{body}</body></html>
"""
_GOOGLE = """<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">
ol{{margin:0;padding:0}}table td,table th{{padding:0}}.c5{{border-right-style:solid;padding:5pt 5pt 5pt 5pt;
border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;
vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;
border-bottom-width:1pt;border-top-color:#000000;border-bottom-style:solid}}.c1{{padding-top:0pt;padding-bottom:0pt;
line-height:1.0;text-align:left}}.c3{{padding-top:0pt;text-align:center}}.c9{{text-align:right}}
.c2{{color:#000000;font-weight:400;font-size:11pt;font-family:"Times New Roman"}}.c4{{font-weight:700}}
.c7{{margin-left:36pt;padding-left:0pt}}.c8{{padding:0;margin:0}}.c10{{border-spacing:0;border-collapse:collapse;
margin-right:auto}}.lst-kix_list_1-0>li:before{{content:"\\0025cf   "}}</style></head>
<body class="c11 doc-content">{body}</body></html>
"""
_PLAIN = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>План</title>
<style>table.plan {{ border-collapse: collapse; }} table.plan td, table.plan th {{ border: 1px solid #000; }}</style>
</head><body>{body}</body></html>
"""
_TEMPLATES = {"portal": _PORTAL, "word": _WORD, "google": _GOOGLE, "plain": _PLAIN}


def plan_html(spec: PlanSpec, producer: str) -> str:
    page = _Page(spec, producer)
    return _TEMPLATES[producer].format(body=page.body())
