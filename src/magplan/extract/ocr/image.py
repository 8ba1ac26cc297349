"""Page images for OCR: gray levels, colour-ink removal, deskew, clean-up for recognition.

Everything here works on numpy arrays and knows nothing about text.  Sizes
are given for 300 dpi and scaled by `unit` (dpi / 300), so that a scan
rendered at another resolution keeps the same geometry rules.
"""

from __future__ import annotations

import functools

import cv2
import numpy as np
import numpy.typing as npt

Image = npt.NDArray[np.uint8]
# A component label per pixel (16 or 32 bits, `components`), and per component its
# left, top, width, height and area (cv2.CC_STAT_*).
Labels = npt.NDArray[np.uint16] | npt.NDArray[np.int32]
Stats = npt.NDArray[np.int32]

# Coloured ink (stamps, signatures) is saturated: (max - min) / max of R, G, B
# well above the paper's and JPEG noise's.  Too dark a pixel has no reliable
# colour (the fringes JPEG leaves around black text).
_INK_MIN_SATURATION = 0.3
_INK_MIN_VALUE = 80
_PAPER_SATURATION = 0.08
# Hues (0-255 round the circle) are counted in bins this wide; a bin holding this share of the
# page's solid ink is an ink's hue, and hues this many bins from one are that ink's too.
_HUE_BIN = 8
_INK_HUE_SHARE = 0.05
_HUE_REACH = 2
# Coloured blobs smaller than this (pixels at 300 dpi) are JPEG's colour noise, not ink.
_INK_MIN_AREA = 80
# … unless it stands this close (pixels at 300 dpi) to a stroke: a stamp's small lettering.
_STROKE_REACH = 150
# JPEG keeps colour at half the resolution of brightness: ink coverage is
# taken as the largest in this neighbourhood (pixels at 300 dpi).
_CHROMA_BLUR = 5
# Remains of ink are looked for this far (pixels at 300 dpi) around it.
_ZONE_REACH = 41
# Blobs smaller than this (pixels at 300 dpi) near removed ink are its crumbs, not text.
_SPECK_AREA = 60
# Printed black is at most this gray; ink crumbs never get this dark.
_PRINT_BLACK = 70
_CRUMB_MAX_GRAY = 150
# A page with less ink than this share of its area (a speck, a lone page number) is blank.
_BLANK_INK = 0.0002
_BLANK_DARK = 160  # darker than this in any channel is ink
# The x-height of the usual text of a plan (12 pt Times), for pages of unknown resolution.
_X_HEIGHT_MM = 2.3
# Tone stretch before recognition: at most this dark is black, at least this light is paper.
_INK_BLACK = 40
_PAPER_WHITE = 215
# A dark band along an edge of the page (a scanner's lid left open on a thick sheet, a scanner's
# black border, the desk beside a photographed sheet): ink on at least this share of each of
# the edge's first lines, that many pixels (at 300 dpi) deep (a ruling line is thinner) …
_DARK_EDGE = 0.5
_DARK_EDGE_DEPTH = 10
# … fading out within this share of the page's side; it ends at the first line in with ink on
# at most this share of it (or, fading into the print, at the line with the least).
_DARK_EDGE_REACH = 0.12
_DARK_EDGE_CLEAR = 0.003


def runs(flags: npt.NDArray[np.bool_]) -> list[tuple[int, int]]:
    """The runs of True in a row of flags, as (start, end) index pairs, end past the run."""
    padded = np.concatenate(([False], flags, [False])).astype(np.int8)
    edges = np.flatnonzero(np.diff(padded))
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True)]


def components(mask: Image, connectivity: int = 8) -> tuple[int, Labels, Stats]:
    """The connected components of a mask: their count, the label of each pixel, and their stats.

    `cv2.connectedComponentsWithStats`, labelled in 16 bits whenever the
    components fit: OpenCV then gathers their boxes and areas three times as
    fast as in 32 bits (8 against 25 ms of CPU for a page at 200 dpi, on
    every one of the dozen masks a page goes through).  A mask of more than
    65 534 components (noise) is labelled again in 32 bits; the labels are
    the same numbers either way.
    """
    try:
        count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=connectivity, ltype=cv2.CV_16U)
    except cv2.error:  # more components than 16 bits can number
        count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=connectivity, ltype=cv2.CV_32S)
    return int(count), labels, stats


def is_blank(page: Image) -> bool:
    """No ink on the page: every channel light (coloured ink is dark in at least one channel)."""
    # OpenCV's per-pixel minimum: numpy's min over the colour axis takes 20 times as long.
    darkest = page if page.ndim == 2 else cv2.min(cv2.min(page[..., 0], page[..., 1]), page[..., 2])
    ink = np.count_nonzero(darkest < _BLANK_DARK)
    return bool(ink < _BLANK_INK * page.shape[0] * page.shape[1])


def to_gray(page: Image) -> Image:
    """The page in gray levels, whether it came as RGB or already gray."""
    if page.ndim == 2:
        return page
    gray: Image = cv2.cvtColor(page, cv2.COLOR_RGB2GRAY)
    return gray


def text_resolution(page: Image) -> float:
    """The resolution a page of unknown dpi was made at, from the height of its small letters.

    Plans are printed in 11-14 pt, whose x-height is about 2.3 mm; the
    median height of letter-sized blobs is close to it.  Only for files that
    do not say (a PNG from a phone, a screenshot).
    """
    gray = to_gray(page)
    bw = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)
    _count, _labels, stats = components(bw)
    heights = stats[1:, cv2.CC_STAT_HEIGHT]
    widths = stats[1:, cv2.CC_STAT_WIDTH]
    sized = (heights >= 5) & (heights <= 0.03 * max(gray.shape)) & (widths <= 3 * heights)
    letters = _without_specks(heights[sized], stats[1:, cv2.CC_STAT_AREA][sized])
    if letters.size < 50:
        return 300.0
    return float(np.median(letters)) / _X_HEIGHT_MM * 25.4


def _without_specks(heights: np.ndarray, areas: np.ndarray) -> np.ndarray:
    """The `heights` of blobs at least half as tall as the blob holding the median ink.

    A scan's specks can outnumber the letters of a page with little text (a
    title page, a signature page), and their median then is a speck's; but
    each speck holds a few pixels of ink, a letter dozens, so the height at
    which half the ink is reached is a letter's whatever the specks' count.
    """
    if heights.size == 0:
        return heights
    order = np.argsort(heights, kind="stable")
    ink = np.cumsum(areas[order])
    inked = float(heights[order][np.searchsorted(ink, ink[-1] / 2.0)])
    return heights[heights >= 0.5 * inked]


def remove_colour_ink(rgb: Image, unit: float = 1.0) -> tuple[Image, Image]:
    """Grayscale page with coloured (blue, violet, red) ink taken off, as if never stamped.

    Ink multiplies what lies under it by its colour, so a pixel is
    ``under × (1 - α (1 - t))`` in its least absorbed channel, with α the ink
    coverage (its saturation relative to the ink's own) and ``t`` the ink's
    transmittance in that channel, both measured on the page's most
    saturated pixels.  Dividing it out restores the paper under a stamp and
    keeps black text and ruling under it as dark as they were.  Also returns
    the zone the ink covered (255), where what remains is read with suspicion.
    """
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    zone = np.zeros_like(gray)
    red, green, blue = cv2.split(rgb)
    high8 = cv2.max(cv2.max(red, green), blue)
    low8 = cv2.min(cv2.min(red, green), blue)
    # Ink's saturation over its value bound needs channels this far apart: a page with
    # (almost) no pixel so coloured (a gray scan stored in colour) is spared the float work.
    spread = int(_INK_MIN_SATURATION * (_INK_MIN_VALUE + 1))
    maybe_ink = np.count_nonzero((cv2.subtract(high8, low8) > spread) & (high8 > _INK_MIN_VALUE))
    if maybe_ink < 1e-4 * gray.size:
        return gray, zone
    high = high8.astype(np.float32)
    saturation = (high - low8) / np.maximum(high, 1.0)
    ink = (saturation > _INK_MIN_SATURATION) & (high8 > _INK_MIN_VALUE)
    if np.count_nonzero(ink) < 1e-4 * ink.size:
        return gray, zone
    paper = _percentile8(high8, 90)
    ink_saturation = _percentile8((saturation[ink] * 255).astype(np.uint8), 90) / 255
    solid = ink & (saturation > 0.8 * ink_saturation)
    # Ink over paper is the brightest of the solid ink; over print it is darker.
    transmittance = float(np.clip(_percentile8(high8[solid], 80) / paper, 0.05, 1.0))
    coverage = np.clip((saturation - _PAPER_SATURATION) / max(ink_saturation - _PAPER_SATURATION, 0.05), 0, 1)
    coverage[high <= _INK_MIN_VALUE] = 0  # black print's colour fringes are no ink
    # A photo's print and ruling keep a tint of the light (brown under a lamp) at their soft
    # edges, as saturated as thin ink; ink has the hue of the page's solid ink, the tint another.
    coverage[~_ink_hues(rgb, solid)] = 0
    # JPEG gives the soft edges of small black marks (a colon, a comma) colours of their
    # own; ink comes in strokes, so a speck of colour far from any stroke is no ink.
    _count, labels, stats = components((coverage > 0.15).astype(np.uint8))
    speck = stats[:, cv2.CC_STAT_AREA] < _INK_MIN_AREA * unit * unit
    speck[0] = False
    if speck.any():
        strokes = ((labels > 0) & ~speck[labels]).astype(np.uint8)
        reach = max(int(_STROKE_REACH * unit), 3)
        near = cv2.dilate(strokes, np.ones((reach, reach), np.uint8)) > 0
        coverage[speck[labels] & ~near] = 0
    size = max(round(_CHROMA_BLUR * unit), 1)
    coverage = cv2.dilate(coverage.astype(np.float32), np.ones((size, size), np.uint8))
    under = high / (1.0 - coverage * (1.0 - transmittance)) * (255.0 / paper)
    result = np.where(coverage > 0.15, np.clip(under, 0, 255), gray).astype(np.uint8)
    reach = max(int(_ZONE_REACH * unit), 3)
    zone = cv2.dilate((coverage > 0.3).astype(np.uint8) * 255, np.ones((reach, reach), np.uint8))
    _remove_specks(result, zone > 0, unit)
    return result, zone


def _ink_hues(rgb: Image, solid: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
    """Where the page's colour is of a hue its solid ink has (a page may bear two inks)."""
    hue = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV_FULL)[..., 0] // _HUE_BIN
    counts = np.bincount(hue[solid], minlength=256 // _HUE_BIN)
    inks = counts >= _INK_HUE_SHARE * max(int(counts.sum()), 1)
    # Ink's hue spreads with its coverage and JPEG's chroma noise: the neighbouring hues too.
    accepted = inks.copy()
    for shift in range(1, _HUE_REACH + 1):
        accepted |= np.roll(inks, shift) | np.roll(inks, -shift)
    result: npt.NDArray[np.bool_] = accepted[hue]
    return result


def _percentile8(values: Image, q: float) -> float:
    """A percentile of 8-bit values from their histogram (a sort of millions of pixels costs more)."""
    counts = np.bincount(values.ravel(), minlength=256)
    if not counts.any():
        return 0.0
    return float(np.searchsorted(np.cumsum(counts), q / 100 * counts.sum()))


def _remove_specks(gray: Image, zone: npt.NDArray[np.bool_], unit: float) -> None:
    """Whiten the crumbs that removed ink leaves in its zone: small blobs without a black core.

    Printed text and ruling cut by the zone's edge make small blobs too, but
    they stay black inside; the crumbs are the ink's gray, chroma-less rims.
    """
    rows, cols = np.nonzero(zone.any(axis=1))[0], np.nonzero(zone.any(axis=0))[0]
    if rows.size == 0:
        return
    # Only the zone's box: labelling the whole page for a stamp's corner costs a tenth of a second.
    box = (slice(rows[0], rows[-1] + 1), slice(cols[0], cols[-1] + 1))
    _remove_specks_in(gray[box], zone[box], unit)


def _remove_specks_in(gray: Image, zone: npt.NDArray[np.bool_], unit: float) -> None:
    dark = (gray < _CRUMB_MAX_GRAY) & zone
    count, labels, stats = components(dark.astype(np.uint8))
    has_black = np.zeros(count, bool)
    has_black[labels[dark & (gray <= _PRINT_BLACK)]] = True
    crumb = (stats[:, cv2.CC_STAT_AREA] < _SPECK_AREA * unit * unit) & ~has_black
    crumb[0] = False
    gray[crumb[labels]] = 255


def whiten_dark_edges(gray: Image, unit: float = 1.0) -> Image:
    """The page with dark bands along its edges made paper.

    No printer prints up to the paper's edge, so a band of ink along it
    is the scanner's or the desk's; left on the page, its fringe of specks
    is read as letters («4», «Е.», «q») glued to the lines beside it.  Only
    the outer strips are measured (a few milliseconds of a page).
    """
    height, width = gray.shape
    depth = max(round(_DARK_EDGE_DEPTH * unit), 2)
    bands = {}
    for side in ("left", "right", "top", "bottom"):
        reach = int(_DARK_EDGE_REACH * (width if side in ("left", "right") else height))
        strip = {
            "left": gray[:, :reach],
            "right": gray[:, width - reach :][:, ::-1],
            "top": gray[:reach].T,
            "bottom": gray[height - reach :][::-1].T,
        }[side]
        if reach <= depth or np.count_nonzero(strip[:, :depth] < 128) < _DARK_EDGE * strip.shape[0] * depth:
            continue
        inked = np.count_nonzero(strip < 128, axis=0) / strip.shape[0]
        if inked[:depth].min() < _DARK_EDGE:
            continue
        clear = np.nonzero(inked[depth:] <= _DARK_EDGE_CLEAR)[0]
        bands[side] = depth + int(clear[0] if clear.size else np.argmin(inked[depth:]))
    if not bands:
        return gray
    out = gray.copy()
    out[:, : bands.get("left", 0)] = 255
    out[:, width - bands.get("right", 0) :] = 255
    out[: bands.get("top", 0)] = 255
    out[height - bands.get("bottom", 0) :] = 255
    return out


def binarize(gray: Image, unit: float = 1.0) -> Image:
    """Ink as 255 on 0; a local threshold copes with uneven lighting of the scan."""
    block = 2 * round(25 * unit) + 1
    result: Image = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 15)
    return result


def open_lines(bw: Image, width: int, height: int) -> Image:
    """Morphological opening: what of `bw` contains a `width` × `height` bar."""
    result: Image = cv2.morphologyEx(bw, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (width, height)))
    return result


# Row lines are found as straight pieces this long (pixels at 300 dpi), joined into lines after:
# a sheet curling up in a photo bends its row lines, but each short piece of them is straight.
ROW_PIECE = 40


def row_pieces(bw: Image, unit: float) -> Image:
    """The horizontal straight pieces of `bw`, `ROW_PIECE` long at least (`unit`: pixels per 300 dpi pixel)."""
    return open_lines(bw, max(int(ROW_PIECE * unit), 10), 1)


def close_gaps(bw: Image, width: int, height: int) -> Image:
    """Morphological closing: gaps shorter than a `width` × `height` bar filled."""
    result: Image = cv2.morphologyEx(bw, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (width, height)))
    return result


def estimate_skew(gray: Image, unit: float = 1.0) -> float:
    """The page's rotation in degrees (positive: lines fall to the right).

    The projection profile of the text lines gives the angle to a few
    hundredths of a degree whatever the page holds; on the page turned by
    that much, long ruling lines (if any) then measure what is left.
    """
    bw = binarize(gray, unit)
    coarse = _profile_skew(bw)
    residue = _ruling_skew(rotate(bw, coarse, fill=0) if abs(coarse) >= 0.02 else bw, unit)
    return coarse + (residue or 0.0)


def _ruling_skew(bw: Image, unit: float) -> float | None:
    """The slope of the long horizontal lines of a nearly straight page, if it has some."""
    lines = open_lines(bw, max(int(120 * unit), 20), 1)
    count, labels, stats = components(lines)
    angles: list[float] = []
    weights: list[float] = []
    min_width = bw.shape[1] / 6
    for k in range(1, count):
        x, y, w, h, _area = stats[k]
        if w < min_width:
            continue
        ys, xs = np.nonzero(labels[y : y + h, x : x + w] == k)
        slope = np.polyfit(xs.astype(np.float64), ys.astype(np.float64), 1)[0]
        angles.append(float(np.degrees(np.arctan(slope))))
        weights.append(float(w))
    if len(angles) < 2:
        return None
    order = np.argsort(angles)
    cumulative = np.cumsum(np.asarray(weights)[order])
    return float(np.asarray(angles)[order][np.searchsorted(cumulative, cumulative[-1] / 2)])


def _profile_skew(bw: Image, limit: float = 5.0) -> float:
    """The angle whose horizontal projection has the sharpest text lines."""
    if min(bw.shape[:2]) < 4:
        return 0.0  # a page of a pixel or three, no lines to measure (and nothing to scale down)
    small = cv2.resize(bw, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
    height, width = small.shape
    centre = (width / 2, height / 2)

    def sharpness(angle: float) -> float:
        matrix = cv2.getRotationMatrix2D(centre, angle, 1.0)
        rotated = cv2.warpAffine(small, matrix, (width, height), flags=cv2.INTER_NEAREST, borderValue=0)
        return float(np.var(rotated.sum(axis=1, dtype=np.float64)))

    best = max(np.arange(-limit, limit + 0.01, 0.25), key=sharpness)
    fine = max(np.arange(best - 0.25, best + 0.251, 0.025), key=sharpness)
    return float(fine)


def rotate(gray: Image, angle: float, fill: int = 255) -> Image:
    """Undo a rotation of `angle` degrees, filling the corners with `fill` (white)."""
    if abs(angle) < 0.02:
        return gray
    if fill == 0 and not gray.any():
        return gray  # nothing to turn (a page's stamp mask when it has no stamp)
    height, width = gray.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    result: Image = cv2.warpAffine(gray, matrix, (width, height), flags=cv2.INTER_CUBIC, borderValue=fill)
    return result


def for_recognition(gray: Image, erase: npt.NDArray[np.bool_], unit: float = 1.0) -> Image:
    """The page as Tesseract should see it: white paper, dark text, no ruling.

    Tesseract's recogniser reads the gray image, not its own binarization,
    so paper texture and the edges of erased lines become phantom «—» and
    «|»: the background is divided out and the tones stretched until the
    paper is uniformly white.
    """
    # Wider than any stroke, so the closing leaves the paper's own brightness.
    size = max(round(15 * unit), 3)
    background = cv2.morphologyEx(gray, cv2.MORPH_CLOSE, np.ones((size, size), np.uint8))
    # Each pixel's tone depends on its gray and its background alone: looked up in the table of
    # all 65,536 pairs, rather than worked out in float32 over the page (half the CPU time).
    pairs = (gray.astype(np.uint16) << 8) | background
    result: Image = _tones().ravel()[pairs]
    result[erase] = 255
    return result


@functools.cache
def _tones() -> Image:
    """`_tone` of every (gray, background) pair, by gray (rows) and background (columns)."""
    levels = np.arange(256, dtype=np.uint8)
    gray, background = np.meshgrid(levels, levels, indexing="ij")
    return _tone(gray, background)


def _tone(gray: Image, background: Image) -> Image:
    """The background divided out (paper at 255), then the tones stretched from ink to paper."""
    flat = gray.astype(np.float32) * 255.0 / np.maximum(background, 1).astype(np.float32)
    result: Image = np.clip((flat - _INK_BLACK) * 255.0 / (_PAPER_WHITE - _INK_BLACK), 0, 255).astype(np.uint8)
    return result
