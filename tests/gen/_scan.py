"""Generated plans as a scanner or a phone camera would give them.

A `PlanSpec` is printed to PDF by LibreOffice (`_pdf.office_pdf`), each page
rendered to pixels, and then:

* `scanned`: a flatbed scan, turned by a few tenths of a degree, with paper
  grain and toner noise, at times one edge darkened (the lid not closed),
  stored turned by 0/90/180/270 degrees;
* `photographed`: the sheet lying on a desk, seen by a pinhole camera at an
  angle (perspective), lit from one side with a shadow over a part of it,
  a warm cast, sensor noise and a slight blur; at times from further away
  (the sheet a part of the frame, dark desk around) or with the lens's
  vignette; `curled` bends the sheet's lines near a lifted edge first;
* `signed`: a pen signature in blue ink drawn across the print around a
  box (`text_box` finds where a name is printed), as a signer's pen crosses
  the approval block's lines;
* `sealed`: a round seal in violet or blue ink (two rings, lettering round
  the edge, the body's short name inside), pressed unevenly beside a name,
  over the position's words.

`save_pages` stores the pages as a multi-page TIFF (1-bit CCITT G4, gray LZW
or colour JPEG), a PNG or JPEG (one page), or an image-only PDF of JPEG pages.
The expectations are `expected_json` of the same `PlanSpec`: nothing here
reads the pictures back.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import cv2
import numpy as np

Image = np.ndarray
# A sans-serif face with Cyrillic letters for a seal's lettering (fonts-liberation, as LibreOffice's prints).
_SEAL_FONT = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"


def render_pages(pdf: Path, dpi: int) -> list[Image]:
    """The pages of a PDF as RGB arrays at `dpi`."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        return [np.asarray(page.render(scale=dpi / 72).to_pil().convert("RGB")) for page in document]
    finally:
        document.close()


def text_box(pdf: Path, index: int, text: str, dpi: int, last: bool = False) -> tuple[int, int, int, int] | None:
    """Where `text` is first (or `last`) printed on page `index` of a PDF: (left, top, right, bottom) at `dpi`."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    try:
        page = document[index]
        height = page.get_height()
        textpage = page.get_textpage()
        searcher = textpage.search(text, match_case=True)
        found = searcher.get_next()
        while last and found is not None and (after := searcher.get_next()) is not None:
            found = after
        if found is None:
            return None
        start, count = found
        boxes = [textpage.get_charbox(start + k) for k in range(count)]
    finally:
        document.close()
    scale = dpi / 72
    left, right = min(b[0] for b in boxes), max(b[2] for b in boxes)
    bottom, top = min(b[1] for b in boxes), max(b[3] for b in boxes)
    return round(left * scale), round((height - top) * scale), round(right * scale), round((height - bottom) * scale)


def signed(page: Image, box: tuple[int, int, int, int], dpi: int, rng: random.Random) -> Image:
    """The page with a pen signature drawn in blue ink across the print left of and above `box`.

    The pen's path is a cursive run of loops (a trochoid) along a slow wave,
    ending in a flourish back under it; ink multiplies what lies under it,
    so the print stays legible through it, as on paper.
    """
    left, top, _right, bottom = box
    line = max(bottom - top, 8)
    width = rng.uniform(10, 18) * line
    start_x = left + rng.uniform(-0.5, 2.5) * line - width
    centre_y = top - rng.uniform(0.2, 1.0) * line
    loops, radius = rng.randint(5, 9), rng.uniform(0.6, 1.1) * line
    wave, phase = rng.uniform(0.6, 1.6) * line, rng.uniform(0, 2 * np.pi)
    t = np.linspace(0, 1, 600)
    # A hand does not draw equal loops: their size swells and shrinks along the name.
    size = radius * (1 + 0.35 * np.sin(2 * np.pi * t * rng.uniform(1, 2.5) + rng.uniform(0, 2 * np.pi)))
    xs = start_x + width * t + size * np.cos(2 * np.pi * loops * t + phase)
    ys = centre_y + wave * np.sin(2 * np.pi * t * rng.uniform(0.5, 1.5) + phase) + size * np.sin(2 * np.pi * loops * t)
    tail = np.linspace(0, 1, 150)
    xs = np.concatenate([xs, xs[-1] - width * 0.8 * tail])
    ys = np.concatenate([ys, ys[-1] + line * (0.8 + 0.5 * np.sin(np.pi * tail))])
    points = np.column_stack([xs, ys]).round().astype(np.int32)
    mask = np.zeros(page.shape[:2], np.uint8)
    thickness = max(2, round(0.45 / 25.4 * dpi))
    cv2.polylines(mask, [points], False, 255, thickness, cv2.LINE_AA)
    # Ballpoint blue: it lets most of the blue through and little of the red.
    transmittance = np.array([rng.uniform(0.15, 0.35), rng.uniform(0.2, 0.4), rng.uniform(0.6, 0.8)], np.float32)
    alpha = mask.astype(np.float32)[..., None] / 255.0
    inked = page.astype(np.float32) * (1.0 - alpha * (1.0 - transmittance))
    return np.clip(inked, 0, 255).astype(np.uint8)


def sealed(page: Image, box: tuple[int, int, int, int], dpi: int, rng: random.Random) -> Image:
    """The page with a round seal (40 mm) pressed left of `box` (a printed name), as on a signed plan.

    The lettering runs round the edge between two rings, the body's short name
    stands in the middle; the pressure is uneven (the ink patchy) and the seal
    turned a little.  Ink multiplies what lies under it, as `signed`'s does.
    """
    from PIL import Image as PILImage
    from PIL import ImageDraw, ImageFont

    radius = 20 / 25.4 * dpi
    size = int(2 * radius) + 20
    centre = size / 2
    mask = PILImage.new("L", (size, size), 0)
    draw = ImageDraw.Draw(mask)
    width = max(2, round(0.35 / 25.4 * dpi))
    for ring in (1.0, 0.72):
        r = radius * ring
        draw.ellipse([centre - r, centre - r, centre + r, centre + r], outline=255, width=width)
    font = ImageFont.truetype(_SEAL_FONT, max(8, round(radius * 0.16)))
    lettering = "МЕЖДУНАРОДНАЯ АССАМБЛЕЯ СТОЛИЦ И КРУПНЫХ ГОРОДОВ * МОСКВА * "
    for index, letter in enumerate(lettering):
        angle = -np.pi / 2 + 2 * np.pi * index / len(lettering)
        glyph = PILImage.new("L", (60, 60), 0)
        ImageDraw.Draw(glyph).text((30, 30), letter, fill=255, font=font, anchor="mm")
        glyph = glyph.rotate(-np.degrees(angle) - 90, resample=PILImage.Resampling.BICUBIC)
        x, y = centre + 0.86 * radius * np.cos(angle), centre + 0.86 * radius * np.sin(angle)
        mask.paste(255, (int(x - 30), int(y - 30)), glyph)
    name_font = ImageFont.truetype(_SEAL_FONT, max(10, round(radius * 0.3)))
    draw.text((centre, centre), "МАГ", fill=255, font=name_font, anchor="mm")
    alpha = np.asarray(mask, np.float32) / 255.0
    pressure = np.random.default_rng(rng.randrange(2**32)).random(alpha.shape).astype(np.float32)
    pressure = cv2.GaussianBlur(pressure, (0, 0), radius * 0.15)
    pressure = (pressure - pressure.min()) / max(float(pressure.max() - pressure.min()), 1e-6)
    alpha *= 0.55 + 0.45 * pressure
    turned = cv2.getRotationMatrix2D((centre, centre), rng.uniform(-30, 30), 1.0)
    alpha = cv2.warpAffine(alpha, turned, (size, size))
    # Stamp ink: violet or blue, letting through the blue and some of the red.
    transmittance = np.array([0.45, 0.3, 0.75] if rng.random() < 0.5 else [0.2, 0.35, 0.75], np.float32)
    left, top, _right, bottom = box
    line = bottom - top
    x0 = round(left - rng.uniform(2, 6) * line - centre)
    y0 = round((top + bottom) / 2 + rng.uniform(-1, 1) * line - centre)
    height, page_width = page.shape[:2]
    xs, ys, xe, ye = max(x0, 0), max(y0, 0), min(x0 + size, page_width), min(y0 + size, height)
    inked = page.astype(np.float32)
    cover = alpha[ys - y0 : ye - y0, xs - x0 : xe - x0, None]
    inked[ys:ye, xs:xe] *= 1.0 - cover * (1.0 - transmittance)
    return np.clip(inked, 0, 255).astype(np.uint8)


def scanned(page: Image, rng: random.Random, shaded: bool = False) -> Image:
    """A flatbed scan of the page: a slight turn, grain and toner noise, as gray.

    `shaded`: the lid not closed on a thick or creased sheet, so that one edge of the
    page darkens (a gray band fading in), as real office scans often show.
    """
    gray = cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
    height, width = gray.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), rng.uniform(-0.8, 0.8), 1.0)
    gray = cv2.warpAffine(gray, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=255)
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, 6, gray.shape)
    paper = rng.uniform(225, 245)
    scan = gray.astype(np.float32) * (paper / 255.0) + noise
    if shaded:
        scan *= _edge_shade(height, width, rng, depth=rng.uniform(0.25, 0.45), reach=rng.uniform(0.08, 0.2))
    return np.clip(cv2.GaussianBlur(scan, (3, 3), 0.6), 0, 255).astype(np.uint8)


def _edge_shade(height: int, width: int, rng: random.Random, depth: float, reach: float) -> np.ndarray:
    """Light falling off towards one edge: 1 inside, 1 - `depth` at the edge, over `reach` of the side."""
    edge = rng.choice(("left", "right", "top", "bottom"))
    along = np.linspace(0, 1, width if edge in ("left", "right") else height)
    if edge in ("right", "bottom"):
        along = along[::-1]
    fall = 1.0 - depth * np.clip((reach - along) / reach, 0, 1) ** 1.5
    return np.asarray(fall[None, :] if edge in ("left", "right") else fall[:, None], np.float32)


def curled(page: Image, rng: random.Random) -> Image:
    """The sheet not lying flat: its free edge lifts, so lines near it bend (a slight page curl).

    Rows are displaced vertically by a smooth function of x (a sheet bent about a line across it),
    up to about 1 % of the page's height at the lifted corner (some 2-3 mm).
    """
    height, width = page.shape[:2]
    amount = rng.uniform(0.0025, 0.007) * height
    xs = np.linspace(0, 1, width, dtype=np.float32)
    if rng.random() < 0.5:
        xs = xs[::-1]
    ys = np.linspace(0, 1, height, dtype=np.float32)
    # Lift grows towards one side edge, and more towards one end of it (the corner that curls most).
    lift = amount * (np.clip(xs - 0.55, 0, None) / 0.45) ** 2
    bias = 0.5 + ys if rng.random() < 0.5 else 1.5 - ys
    map_x = np.tile(np.arange(width, dtype=np.float32), (height, 1))
    map_y = np.arange(height, dtype=np.float32)[:, None] + lift[None, :] * bias[:, None]
    return np.asarray(
        cv2.remap(page, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(255, 255, 255)),
        np.uint8,
    )


def photographed(page: Image, rng: random.Random, wide: bool = False, vignette: bool = False) -> Image:
    """The page on a desk, photographed at an angle under uneven light (RGB).

    `wide`: taken from further away, so that the sheet fills only a part of the frame and a
    dark desk lies around it; `vignette`: the lens darkens the frame's corners.
    """
    height, width = page.shape[:2]
    # A pinhole camera above the sheet, tilted by a few degrees each way.
    a, b, c = np.radians([rng.uniform(-12, 12), rng.uniform(-10, 10), rng.uniform(-3, 3)])
    rx = np.array([[1, 0, 0], [0, np.cos(a), -np.sin(a)], [0, np.sin(a), np.cos(a)]])
    ry = np.array([[np.cos(b), 0, np.sin(b)], [0, 1, 0], [-np.sin(b), 0, np.cos(b)]])
    rz = np.array([[np.cos(c), -np.sin(c), 0], [np.sin(c), np.cos(c), 0], [0, 0, 1]])
    sheet = np.array([[-width, -height, 0], [width, -height, 0], [width, height, 0], [-width, height, 0]]) / 2
    focal = 1.6 * max(width, height)
    seen = (rz @ ry @ rx @ sheet.T).T + np.array([0, 0, focal * rng.uniform(1.15, 1.3)])
    frame_w, frame_h = int(width * 1.25), int(height * 1.2)
    centre_x, centre_y = frame_w / 2, frame_h / 2
    if wide:
        # A larger frame round a sheet of the same resolution (a 12-megapixel camera held further
        # off): the sheet covers about a third to a half of it, off the centre.
        frame_w, frame_h = int(width * rng.uniform(1.5, 1.8)), int(height * rng.uniform(1.35, 1.6))
        centre_x = frame_w * rng.uniform(0.4, 0.6)
        centre_y = frame_h * rng.uniform(0.42, 0.58)
    corners = np.column_stack(
        [focal * seen[:, 0] / seen[:, 2] + centre_x, focal * seen[:, 1] / seen[:, 2] + centre_y]
    ).astype(np.float32)
    source = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], np.float32)
    matrix = cv2.getPerspectiveTransform(source, corners)
    paper = np.clip(page.astype(np.float32) * np.array([1.0, 0.97, 0.9]) * rng.uniform(0.85, 0.97), 0, 255)
    warped = cv2.warpPerspective(paper.astype(np.uint8), matrix, (frame_w, frame_h), flags=cv2.INTER_AREA)
    inside = cv2.warpPerspective(np.full((height, width), 255, np.uint8), matrix, (frame_w, frame_h)) > 128
    desk_colour = np.array([rng.uniform(50, 90), rng.uniform(35, 60), rng.uniform(25, 45)], np.float32)
    picture = np.where(inside[..., None], warped.astype(np.float32), desk_colour)
    # Light falling off towards one side, and a soft shadow over one corner.
    xs, ys = np.meshgrid(np.linspace(0, 1, frame_w), np.linspace(0, 1, frame_h))
    light = 1.0 - 0.25 * (xs if rng.random() < 0.5 else 1 - xs)
    corner_x, corner_y = rng.choice([(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)])
    distance = np.hypot(xs - corner_x, ys - corner_y)
    shadow = 1.0 - 0.35 * np.clip((0.55 - distance) / 0.25, 0, 1)
    if vignette:
        light = light * (1.0 - rng.uniform(0.25, 0.4) * np.clip(np.hypot(xs - 0.5, ys - 0.5) / 0.71, 0, 1) ** 2)
    picture *= (light * shadow)[..., None]
    picture += np.random.default_rng(rng.randrange(2**32)).normal(0, 4, picture.shape)
    picture = cv2.GaussianBlur(np.clip(picture, 0, 255).astype(np.uint8), (0, 0), 0.7)
    return np.asarray(picture, dtype=np.uint8)


def turn(page: Image, degrees: int) -> Image:
    """The page turned counter-clockwise (as stored sideways or upside down)."""
    codes = {90: cv2.ROTATE_90_COUNTERCLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_CLOCKWISE}
    return page if degrees % 360 == 0 else cv2.rotate(page, codes[degrees % 360])


def save_pages(pages: list[Image], path: Path, dpi: int, kind: str, quality: int = 0) -> Path:
    """Store the pages: ``tiff-g4``, ``tiff-lzw``, ``tiff-jpeg``, ``png``, ``jpg`` or ``pdf`` (JPEG pages).

    `quality`: the JPEG quality of ``jpg``, ``pdf`` and ``tiff-jpeg`` (0: the usual, 70, 65 and Pillow's).
    """
    from PIL import Image as PILImage

    pictures = [PILImage.fromarray(page) for page in pages]
    if kind == "tiff-g4":
        frames = [p.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1") for p in pictures]
        frames[0].save(path, save_all=True, append_images=frames[1:], compression="group4", dpi=(dpi, dpi))
    elif kind in ("tiff-lzw", "tiff-jpeg"):
        compression = "tiff_lzw" if kind == "tiff-lzw" else "jpeg"
        frames = [p.convert("RGB") if kind == "tiff-jpeg" else p for p in pictures]
        options = {"quality": quality} if kind == "tiff-jpeg" and quality else {}
        frames[0].save(
            path, save_all=True, append_images=frames[1:], compression=compression, dpi=(dpi, dpi), **options
        )
    elif kind in ("png", "jpg"):
        if len(pictures) != 1:
            raise ValueError(f"a {kind} file holds one page, not {len(pictures)}")
        options = {"quality": quality or 70} if kind == "jpg" else {}
        pictures[0].save(path, dpi=(dpi, dpi), **options)
    elif kind == "pdf":
        _jpeg_pdf(pictures, path, dpi, quality or 65)
    else:
        raise ValueError(f"unknown page container {kind!r}")
    return path


def _jpeg_pdf(pictures: list[object], path: Path, dpi: int, quality: int) -> None:
    """An image-only PDF: each page one JPEG, as scanning apps and phones make them."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument.new()
    buffers = []
    for picture in pictures:
        buffer = io.BytesIO()
        picture.convert("RGB").save(buffer, format="JPEG", quality=quality)  # type: ignore[attr-defined]
        buffer.seek(0)
        buffers.append(buffer)
        width, height = picture.size  # type: ignore[attr-defined]
        page = pdf.new_page(width * 72 / dpi, height * 72 / dpi)
        image = pdfium.PdfImage.new(pdf)
        image.load_jpeg(buffer, inline=True)
        image.set_matrix(pdfium.PdfMatrix().scale(width * 72 / dpi, height * 72 / dpi))
        page.insert_obj(image)
        page.gen_content()
    pdf.save(str(path))
    pdf.close()
