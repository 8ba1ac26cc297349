"""Small DOCX packages written from WordprocessingML snippets, for extractor tests.

python-docx cannot author content controls, tracked changes, footnotes or
vMerge the way Word does, so tests write the XML they mean.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/footnotes.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/word/numbering.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>"""
_ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{R_NS}/officeDocument" Target="word/document.xml"/>
</Relationships>"""
_DOC_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{R_NS}/footnotes" Target="footnotes.xml"/>
<Relationship Id="rId2" Type="{R_NS}/numbering" Target="numbering.xml"/>
</Relationships>"""
BULLET_NUMBERING = f"""<w:numbering xmlns:w="{W_NS}">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl>
</w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/>
<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""

HEADER = ("№ п/п", "Мероприятия", "Место, дата", "Примечание")
TITLE = ("План мероприятий", "Международной Ассамблеи столиц и крупных городов (МАГ)", "на 2026 год")
GRID_BORDERS = (
    "<w:tblBorders>"
    + "".join(
        f'<w:{side} w:val="single" w:sz="4"/>' for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    + "</w:tblBorders>"
)


def run(text: str, props: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*content: str, props: str = "") -> str:
    """A paragraph of runs; plain strings become runs, markup (starting with '<') is kept."""
    body = "".join(c if c.startswith("<") else run(c) for c in content)
    return f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}{body}</w:p>"


def cell(*paragraphs: str, props: str = "") -> str:
    blocks = ("<w:p", "<w:tbl", "<w:sdt")
    body = "".join(p if p.startswith(blocks) else para(p) for p in paragraphs) or "<w:p/>"
    return f"<w:tc>{f'<w:tcPr>{props}</w:tcPr>' if props else ''}{body}</w:tc>"


def row(*cells: str, header: bool = False) -> str:
    props = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return f"<w:tr>{props}{''.join(c if c.startswith('<w:tc') else cell(c) for c in cells)}</w:tr>"


def table(*rows: str, borders: bool = True, columns: int = 4) -> str:
    grid = "".join('<w:gridCol w:w="2000"/>' for _ in range(columns))
    props = f"<w:tblPr>{GRID_BORDERS if borders else ''}</w:tblPr>"
    return f"<w:tbl>{props}<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def section_row(text: str, columns: int = 4) -> str:
    return row(cell(text, props=f'<w:gridSpan w:val="{columns}"/>'))


def header_row(labels: tuple[str, ...] = HEADER) -> str:
    return row(*labels, header=True)


def title_paragraphs(lines: tuple[str, ...] = TITLE) -> str:
    return "".join(para(line, props='<w:jc w:val="center"/>') for line in lines)


def signature(position: str = "Генеральный директор МАГ", name: str = "Ю.Н. Васюнькин") -> str:
    return para(position, "<w:r><w:tab/></w:r>", name)


def write_docx(
    path: Path,
    body: str,
    footnotes: dict[int, str] | None = None,
    numbering: str = BULLET_NUMBERING,
    styles: str | None = None,
) -> Path:
    """A package of `body`, its footnotes and numbering, and the `w:style` elements `styles` where given."""
    notes = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:footnoteRef/></w:r>{run(" " + t)}</w:p></w:footnote>'
        for i, t in (footnotes or {}).items()
    )
    separator = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES,
        "_rels/.rels": _ROOT_RELS,
        "word/_rels/document.xml.rels": _DOC_RELS,
        "word/document.xml": f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body}</w:body></w:document>',
        "word/footnotes.xml": f'<w:footnotes xmlns:w="{W_NS}">{separator}{notes}</w:footnotes>',
        "word/numbering.xml": numbering,
    }
    if styles is not None:
        parts["word/styles.xml"] = f'<w:styles xmlns:w="{W_NS}">{styles}</w:styles>'
        rel = f'<Relationship Id="rId3" Type="{R_NS}/styles" Target="styles.xml"/></Relationships>'
        parts["word/_rels/document.xml.rels"] = _DOC_RELS.replace("</Relationships>", rel)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            # A fixed timestamp: the same content gives the same bytes (generated hard cases).
            archive.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return path


def write_docx_with_nul(path: Path) -> Path:
    """A DOCX whose document part holds a NUL character: libxml2's message for it
    («Char 0x0 out of allowed range\n, line …») has a line break."""
    write_docx(path, title_paragraphs())
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["word/document.xml"] = parts["word/document.xml"].replace(b"</w:body>", b"<w:p>\0</w:p></w:body>")
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path
