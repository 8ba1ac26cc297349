"""The fast engine: glyphs and paths straight from pdfium (pypdfium2's raw API).

pdfium parses a page in C; this module only asks it, per glyph, for the
character, its advance box, its origin (the baseline), font size and matrix,
and walks the page's path objects (into form XObjects) for ruling lines.
There is no layout pass: words, lines and grids are built by the same code
as for the reference engine (`plumber`), which this one must match.

Characters that pdfium generates (line ends, spaces it guesses between
words) are not printed glyphs and are left out, as pdfminer has no such
thing.
"""

from __future__ import annotations

import ctypes
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from magplan import limits
from magplan.errors import DamagedFile, EncryptedFile
from magplan.extract.pdf.grid import Bbox, PathPiece, bullet_marks, rules_from_paths, shape_boxes
from magplan.extract.pdf.page import PageContent
from magplan.extract.pdf.words import Glyph, TurnedGlyph, bold_face, quarter_turned

_TEXT: int = raw.FPDF_PAGEOBJ_TEXT
_PATH: int = raw.FPDF_PAGEOBJ_PATH
_IMAGE: int = raw.FPDF_PAGEOBJ_IMAGE
_FORM: int = raw.FPDF_PAGEOBJ_FORM
# FPDFTextObj_GetText's length (bytes, with the terminating zero) of an empty text.
_EMPTY_TEXT = 2
# Room for a font's name: PDF names are at most 127 bytes.
_FONT_NAME = 256
_MOVETO, _BEZIERTO = raw.FPDF_SEGMENT_MOVETO, raw.FPDF_SEGMENT_BEZIERTO
_SPACE = 0x20
# Glyphs whose origins stand further apart up or down than this (pt) are on two baselines.
_SAME_BASELINE = 0.5
# Line ends that pdfium adds, and byte-order marks and nothing (0) it may report.
_NEVER_PRINTED = frozenset((0x0, 0xA, 0xD, 0xFEFF))
# pdfium reports a hyphen that ends a line (one it takes for a soft hyphen) as U+0002
# (U+FFFE in the text it reads out in one piece).
_HYPHEN_MARKS = frozenset((0x2, 0xFFFE))
# UTF-16 surrogates: high halves, then low halves, up to _LOW_END.
_HIGH, _LOW, _LOW_END = 0xD800, 0xDC00, 0xE000
# A clip path thinner than this part of a glyph's height shows no text (a pixel high or wide)…
_TINY_CLIP = 0.25
# …and a glyph it shows less than this part of (across or down) prints nothing readable.
_SLIVER = 0.1
NO_PAGES = "the PDF has no pages"
_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def pages(path: Path) -> Iterator[PageContent]:
    """Each page of the PDF at `path`; pdfium's page objects are closed as soon as it is read."""
    document = _open(path)
    try:
        if len(document) == 0:
            raise DamagedFile(NO_PAGES)
        limits.check_pages(len(document), limits.PDF_PAGES, "in the PDF")
        for index in range(len(document)):
            try:
                page = document[index]
            except pdfium.PdfiumError as exc:
                raise DamagedFile(f"damaged PDF file (page {index + 1}: {exc})") from exc
            try:
                content = _content(page, index + 1)
            finally:
                page.close()
            yield content
    finally:
        document.close()


def _open(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == raw.FPDF_ERR_PASSWORD:
            raise EncryptedFile("the PDF is password-protected; save an unprotected copy and try again") from exc
        # pdfium refuses a document without a page (an empty page tree, or none) with whatever
        # error it last saw («Success» in a fresh process): pdfminer tells that case apart.
        raise DamagedFile(NO_PAGES if _has_no_pages(path) else f"damaged PDF file ({exc})") from exc


def _has_no_pages(path: Path) -> bool:
    """Whether pdfminer reads the file as a document without a single page (False when it
    cannot read it either)."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    try:
        with path.open("rb") as file:
            return next(PDFPage.create_pages(PDFDocument(PDFParser(file))), None) is None
    except Exception:  # pdfminer reports damage with many exception types
        return False


def _content(page: Any, number: int) -> PageContent:
    _upright(page)
    left, bottom, right, top = page.get_mediabox()
    content = PageContent(number, right - left, top - bottom)
    textpage = page.get_textpage()
    pieces: list[PathPiece] = []
    try:
        handle = page.raw
        thinnest, hidden = _clips(handle)
        _glyphs(textpage.raw, content, left, top, thinnest, hidden)
        for index in range(raw.FPDFPage_CountObjects(handle)):
            _walk(raw.FPDFPage_GetObject(handle, index), _IDENTITY, textpage.raw, pieces, content, left, top)
    finally:
        textpage.close()
    content.rules = rules_from_paths(pieces)
    content.bullets = bullet_marks(pieces)
    content.boxes = shape_boxes(pieces)
    return content


def _upright(page: Any) -> None:
    """Turn a page that its `/Rotate` shows turned (a landscape page stored upright and shown a
    quarter turn round, as «Microsoft Print to PDF» and scanners' drivers store it) as it is shown:
    every object of it turned so, the page's box turned with them, the rotation taken off.  Only
    the page in memory changes; the reader then reads it as any upright page."""
    turns = page.get_rotation() // 90 % 4
    if not turns:
        return
    left, bottom, right, top = page.get_mediabox()
    width, height = right - left, top - bottom
    # (a, b, c, d, e, f): x' = a·x + c·y + e, y' = b·x + d·y + f, a clockwise turn for each quarter
    # the page is shown turned, onto the box from (0, 0).
    matrix = {
        1: (0, -1, 1, 0, -bottom, width + left),
        2: (-1, 0, 0, -1, width + left, height + bottom),
        3: (0, 1, -1, 0, height + bottom, -left),
    }[turns]
    handle = page.raw
    for index in range(raw.FPDFPage_CountObjects(handle)):
        raw.FPDFPageObj_Transform(raw.FPDFPage_GetObject(handle, index), *matrix)
    page.set_mediabox(0, 0, *((height, width) if turns % 2 else (width, height)))
    page.set_rotation(0)


def _glyphs(
    text: Any, content: PageContent, left: float, top: float, thinnest_clip: float, hidden: dict[int, Bbox]
) -> None:
    count = raw.FPDFText_CountChars(text)
    codes = _codes(text, count)
    box = raw.FS_RECTF()
    matrix = raw.FS_MATRIX()
    x, y = ctypes.c_double(), ctypes.c_double()
    font, flags = ctypes.create_string_buffer(_FONT_NAME), ctypes.c_int()
    # A word's face is asked for at its start (after a space, a skipped character or a change of
    # size or of baseline) and kept for its other letters: asking for every glyph's font name cost
    # a tenth of a page's reading.  (A browser's regular «II.» beside the middle of a bold heading
    # runs on into the heading's first word with no space between: their baselines differ.)
    bold, last_size, last_base, asked = False, -1.0, 0.0, False
    clips: dict[int, Bbox | None] = {}  # per text object: what its clip path lets show
    for index, code in enumerate(codes):
        # pdfium adds line ends and the spaces it guesses between words; only spaces can also be printed.
        if code in _NEVER_PRINTED or (code == _SPACE and raw.FPDFText_IsGenerated(text, index) == 1):
            asked = False
            continue
        content.chars += 1
        if raw.FPDFText_HasUnicodeMapError(text, index) == 1:
            content.unmapped += 1
            asked = False
            continue
        raw.FPDFText_GetMatrix(text, index, matrix)
        a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
        if not (a * d > 0 and b * c <= 0):  # pdfminer's «upright»
            asked = False
            if quarter_turned(a, b, c, d):
                raw.FPDFText_GetLooseCharBox(text, index, box)
                raw.FPDFText_GetCharOrigin(text, index, x, y)
                size = raw.FPDFText_GetFontSize(text, index) * abs(b)
                content.turned.append(_turned(chr(code), box, x.value - left, top, size, b > 0))
            continue
        raw.FPDFText_GetLooseCharBox(text, index, box)
        # Only a glyph over four times as high as the page's thinnest clip can be clipped away:
        # most pages ask no glyph for its text object's clip (two calls into pdfium a glyph).
        if (box.top - box.bottom) * _TINY_CLIP > thinnest_clip and _clipped_away(
            box, _clip_box(raw.FPDFText_GetTextObject(text, index), clips)
        ):
            asked = False
            continue
        if hidden and _within_any(box, hidden) and _object_key(raw.FPDFText_GetTextObject(text, index)) in hidden:
            asked = False
            continue
        raw.FPDFText_GetCharOrigin(text, index, x, y)
        size = raw.FPDFText_GetFontSize(text, index) * abs(d)
        char = "-" if code in _HYPHEN_MARKS else chr(code)
        if not asked or size != last_size or code == _SPACE or abs(y.value - last_base) > _SAME_BASELINE:
            # A longer name than the buffer is not written (the buffer keeps the last one): not bold.
            named = 0 < raw.FPDFText_GetFontInfo(text, index, font, len(font), flags) <= len(font)
            bold = named and bold_face(font.value.decode("latin-1"))
            asked, last_size, last_base = code != _SPACE, size, y.value
        content.glyphs.append(Glyph(char, box.left - left, box.right - left, top - y.value, size, bold))


def _clips(page: Any) -> tuple[float, dict[int, Bbox]]:
    """The least width or height of a text object's clip box on the page (forms' objects too),
    infinity without one; and the boxes of the text objects their clips hide all but a sliver of
    (`_clipped_away`'s measure): a browser clips each page's body to its printable box, and a
    glyph of a line cut by the page break, drawn past that box, prints nothing (Chromium's «р»
    over the signature at a page's top, 0.1 pt of it inside)."""
    thinnest = math.inf
    hidden: dict[int, Bbox] = {}  # text object → its bounds
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    # (object, whether it stands on the page itself: a form's objects are measured in its space)
    objects = [(raw.FPDFPage_GetObject(page, index), True) for index in range(raw.FPDFPage_CountObjects(page))]
    while objects:
        obj, on_page = objects.pop()
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == _FORM:
            objects += [
                (raw.FPDFFormObj_GetObject(obj, index), False) for index in range(raw.FPDFFormObj_CountObjects(obj))
            ]
        elif kind == _TEXT and (clip := _path_box(raw.FPDFPageObj_GetClipPath(obj))) is not None:
            thinnest = min(thinnest, clip[2] - clip[0], clip[3] - clip[1])
            if on_page and raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                box = (left.value, bottom.value, right.value, top.value)
                if _outside(box, clip):
                    hidden[_object_key(obj)] = box
    return thinnest, hidden


def _outside(box: Bbox, clip: Bbox) -> bool:
    """Does the clip show no more than a sliver (`_SLIVER`) of the box, across or down?"""
    width, height = box[2] - box[0], box[3] - box[1]
    if width <= 0 or height <= 0:
        return False
    shown_x = min(box[2], clip[2]) - max(box[0], clip[0])
    shown_y = min(box[3], clip[3]) - max(box[1], clip[1])
    return shown_x <= _SLIVER * width or shown_y <= _SLIVER * height


def _within_any(box: Any, boxes: dict[int, Bbox]) -> bool:
    """Does the glyph's middle stand inside one of the boxes?  (Its loose box, from the font's
    ascent and descent, reaches beyond its text object's bounds.)  Only then is the glyph's own
    object asked for: another object's glyphs may stand there too."""
    x, y = (box.left + box.right) / 2, (box.bottom + box.top) / 2
    return any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes.values())


def _object_key(obj: Any) -> int:
    """A page object's handle as a number (the same object, the same number)."""
    return ctypes.cast(obj, ctypes.c_void_p).value or 0


def _clip_box(obj: Any, clips: dict[int, Bbox | None]) -> Bbox | None:
    """The box round the clip path of the text object `obj` (page space, y up), None without one;
    asked once per object."""
    key = _object_key(obj)
    if key not in clips:
        clips[key] = _path_box(raw.FPDFPageObj_GetClipPath(obj)) if key else None
    return clips[key]


def _path_box(clip: Any) -> Bbox | None:
    """The box of what the clip path shows: its paths are intersected (each clip a page's or
    a box's content stream sets clips the one it stands in), so the meet of their boxes; an
    empty meet is a box of negative width or height."""
    boxes = [box for path in range(raw.FPDFClipPath_CountPaths(clip) if clip else 0) if (box := _one_path(clip, path))]
    if not boxes:
        return None
    return (max(b[0] for b in boxes), max(b[1] for b in boxes), min(b[2] for b in boxes), min(b[3] for b in boxes))


def _one_path(clip: Any, path: int) -> Bbox | None:
    xs: list[float] = []
    ys: list[float] = []
    fx, fy = ctypes.c_float(), ctypes.c_float()
    for index in range(raw.FPDFClipPath_CountPathSegments(clip, path)):
        if raw.FPDFPathSegment_GetPoint(raw.FPDFClipPath_GetPathSegment(clip, path, index), fx, fy):
            xs.append(fx.value)
            ys.append(fy.value)
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def _clipped_away(box: Any, clip: Bbox | None) -> bool:
    """Does a clip path thinner than a letter hide the glyph, all but a sliver of it?  A web page's
    visually hidden text (a caption or a pager's heading for screen readers: `clip: rect(0 0 0 0)`
    or `rect(1px, 1px, 1px, 1px)` on a box of 1 px) is printed by WeasyPrint under a clip path a
    pixel high: on paper, nothing.
    A larger clip (a scrolling box's `overflow: hidden` cutting a header's word, a row of exact
    height cutting a line) leaves its text read whole, as the page means it."""
    if clip is None:
        return False
    left, bottom, right, top = float(box.left), float(box.bottom), float(box.right), float(box.top)
    if min(clip[2] - clip[0], clip[3] - clip[1]) >= _TINY_CLIP * (top - bottom):
        return False
    return _outside((left, bottom, right, top), clip)


def _turned(char: str, box: Any, across: float, top: float, size: float, upward: bool) -> TurnedGlyph:
    """A glyph turned a quarter round, its span along its line measured in reading order: up
    the page for an upward line (from the page's top, negated), down it for a downward one."""
    if upward:
        return TurnedGlyph(char, box.bottom - top, box.top - top, across, size, upward)
    return TurnedGlyph(char, top - box.top, top - box.bottom, across, size, upward)


def _codes(text: Any, count: int) -> list[int]:
    """The code points of the text page's characters, read in one call (one by one if any is outside the BMP)."""
    buffer = ctypes.create_string_buffer(2 * (count + 1))
    written = raw.FPDFText_GetText(text, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    units = buffer.raw[: 2 * max(written - 1, 0)]
    codes = [units[i] | units[i + 1] << 8 for i in range(0, len(units), 2)]
    if len(codes) != count or any(0xD800 <= code < 0xE000 for code in codes):
        return _paired([raw.FPDFText_GetUnicode(text, index) for index in range(count)])
    return codes


def _paired(codes: list[int]) -> list[int]:
    """The codes with each UTF-16 surrogate pair made one code point.

    pdfium reports a character outside the BMP (an emoji of a web page's heading) as its two
    halves, two characters of the same box: the pair's code point is put on the first, the
    second prints nothing; a half without its other half is no character either (a surrogate
    cannot be written out as UTF-8).
    """
    paired = list(codes)
    for index, code in enumerate(paired):
        if not _HIGH <= code < _LOW_END:  # no half, or the second half of a pair made one
            continue
        after = paired[index + 1] if index + 1 < len(paired) else 0
        if code < _LOW and _LOW <= after < _LOW_END:
            paired[index], paired[index + 1] = 0x10000 + ((code - _HIGH) << 10) + (after - _LOW), 0
        else:
            paired[index] = 0
    return paired


def _walk(
    obj: Any, outer: _Matrix, text: Any, pieces: list[PathPiece], content: PageContent, left: float, top: float
) -> None:
    kind = raw.FPDFPageObj_GetType(obj)
    if kind == _TEXT:
        # A text object whose text pdfium's text page dropped: a space glyph of its own (LibreOffice
        # prints spaces so, and leaves one at the end of every wrapped line; see `words`).
        if raw.FPDFTextObj_GetText(obj, text, None, 0) <= _EMPTY_TEXT:
            *_, d, e, f = _times(_matrix(obj), outer)
            size = ctypes.c_float()
            raw.FPDFTextObj_GetFontSize(obj, size)
            content.glyphs.append(Glyph(" ", e - left, e - left, top - f, size.value * abs(d)))
    elif kind == _IMAGE:
        content.has_images = True
        content.images.append(_image_box(_times(_matrix(obj), outer), left, top))
    elif kind == _PATH:
        pieces.extend(_path(obj, _times(_matrix(obj), outer), left, top))
    elif kind == _FORM:
        inner = _times(_matrix(obj), outer)
        for index in range(raw.FPDFFormObj_CountObjects(obj)):
            _walk(raw.FPDFFormObj_GetObject(obj, index), inner, text, pieces, content, left, top)


def _matrix(obj: Any) -> _Matrix:
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, m):
        return _IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _times(first: _Matrix, then: _Matrix) -> _Matrix:
    """The transform that applies `first`, then `then`."""
    a, b, c, d, e, f = first
    A, B, C, D, E, F = then
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _image_box(matrix: _Matrix, left: float, top: float) -> Bbox:
    """Where an image object is drawn: its matrix maps the unit square onto the page."""
    a, b, c, d, e, f = matrix
    xs = [e, a + e, c + e, a + c + e]
    ys = [f, b + f, d + f, b + d + f]
    return (min(xs) - left, top - max(ys), max(xs) - left, top - min(ys))


def _path(obj: Any, matrix: _Matrix, left: float, top: float) -> list[PathPiece]:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(obj, fill, stroke):
        return []
    filled, stroked = fill.value != raw.FPDF_FILLMODE_NONE, bool(stroke.value)
    if not (filled or stroked):
        return []
    a, b, c, d, e, f = matrix
    x, y = ctypes.c_float(), ctypes.c_float()
    out: list[PathPiece] = []
    piece: PathPiece | None = None
    controls = 0  # Bézier points seen since the last end point: a curve is two controls, then its end
    for index in range(raw.FPDFPath_CountSegments(obj)):
        segment = raw.FPDFPath_GetPathSegment(obj, index)
        raw.FPDFPathSegment_GetPoint(segment, x, y)
        px, py = x.value, y.value
        point = (a * px + c * py + e - left, top - (b * px + d * py + f))
        kind = raw.FPDFPathSegment_GetType(segment)
        if kind == _MOVETO or piece is None:
            piece = PathPiece([point], False, filled, stroked)
            out.append(piece)
            controls = 0
        elif kind == _BEZIERTO:
            piece.curved = True
            controls += 1
            if controls == 3:  # the end point (pdfminer keeps only these as well)
                piece.points.append(point)
                controls = 0
        else:
            piece.points.append(point)
            controls = 0
        if raw.FPDFPathSegment_GetClose(segment):
            piece.closed = True
    return out
