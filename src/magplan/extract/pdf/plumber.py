"""The reference engine: pdfminer's parse, through pdfplumber, as `PageContent`.

Slower than `pdfium` (pdfminer interprets every page in Python) and kept as
the reference that the pdfium engine must agree with.  A glyph's baseline is
taken from its text matrix, not from the font's descent, so that both engines
place glyphs alike; paths come from pdfminer's own path records.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from magplan import limits
from magplan.errors import DamagedFile, EncryptedFile, MagplanError
from magplan.extract.pdf.grid import PathPiece, bullet_marks, rules_from_paths, shape_boxes
from magplan.extract.pdf.page import PageContent
from magplan.extract.pdf.words import Glyph, TurnedGlyph, bold_face, quarter_turned

# Latin ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) that typesetters print as one glyph.
_LIGATURES = frozenset(chr(code) for code in range(0xFB00, 0xFB07))


def pages(path: Path) -> Iterator[PageContent]:
    """Each page of the PDF at `path`, parsed once and then freed."""
    with _reading():
        pdf = pdfplumber.open(path)
    with pdf:
        with _reading():
            limits.check_pages(len(pdf.pages), limits.PDF_PAGES, "in the PDF")
        for page in pdf.pages:
            with _reading():
                content = _content(page)
            page.close()  # frees the page's parsed objects: they are no longer needed
            yield content


def _content(page: Any) -> PageContent:
    height = float(page.height)
    content = PageContent(page.page_number, float(page.width), height, has_images=bool(page.images))
    for char in page.chars:
        content.chars += 1
        text = char["text"]
        if text.startswith("(cid:"):
            content.unmapped += 1
            continue
        if char["upright"] and text:
            if text in _LIGATURES:  # «ﬁ» as the letters it joins, as pdfium reports it
                text = unicodedata.normalize("NFKC", text)
            base = char["bottom"] - (char["matrix"][5] - char["y0"])
            bold = bold_face(str(char.get("fontname", "")))
            content.glyphs.append(Glyph(text, char["x0"], char["x1"], base, char["size"], bold))
        elif text and quarter_turned(*char["matrix"][:4]):
            content.turned.append(_turned(char, text, float(page.bbox[0])))
    pieces: list[PathPiece] = []
    for kind in ("line", "rect", "curve"):
        for shape in page.objects.get(kind, []):
            pieces.extend(_pieces(shape))
    content.rules = rules_from_paths(pieces)
    content.bullets = bullet_marks(pieces)
    content.boxes = shape_boxes(pieces)
    content.images = [(float(i["x0"]), float(i["top"]), float(i["x1"]), float(i["bottom"])) for i in page.images]
    return content


def _turned(char: dict[str, Any], text: str, left: float) -> TurnedGlyph:
    """A glyph turned a quarter round (see `pdfium._turned`); pdfminer's box of one is its font
    size wide across the line."""
    _, b, _, _, e, _ = char["matrix"]
    size = char["x1"] - char["x0"]
    if b > 0:
        return TurnedGlyph(text, -char["bottom"], -char["top"], e - left, size, upward=True)
    return TurnedGlyph(text, char["top"], char["bottom"], e - left, size, upward=False)


def _pieces(shape: dict[str, Any]) -> Iterator[PathPiece]:
    """pdfminer's path record (``m``/``l``/``c``/``h`` operations, top-down) as subpaths."""
    piece: PathPiece | None = None
    filled, stroked = bool(shape.get("fill")), bool(shape.get("stroke"))
    for operation in shape.get("path") or []:
        op = operation[0]
        if op == "m":
            if piece is not None:
                yield piece
            piece = PathPiece([operation[1]], False, filled, stroked)
        elif piece is None:
            continue
        elif op == "l":
            piece.points.append(operation[1])
        elif op == "h":
            piece.closed = True
        else:  # a Bézier segment: its end point (the curve passes through it; control points may not)
            piece.curved = True
            piece.points.append(operation[-1])
    if piece is not None:
        yield piece


@contextmanager
def _reading() -> Iterator[None]:
    """Turn whatever pdfminer raises on a bad file into one of magplan's errors."""
    try:
        yield
    except MagplanError:
        raise
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise EncryptedFile("the PDF is password-protected; save an unprotected copy and try again") from exc
        raise DamagedFile(f"damaged PDF file ({_reason(cause)})") from exc
    except Exception as exc:  # pdfminer reports damage with many exception types
        raise DamagedFile(f"damaged PDF file ({_reason(exc)})") from exc


def _reason(exc: object) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__
