"""Phone photos of a page: the sheet found, its perspective undone, its lighting made even.

A photo shows the sheet on a desk, seen at an angle (the rectangle is a
quadrilateral), lit unevenly, often with a shadow over a part of it.

* **The sheet.**  Paper is the large bright region: a threshold between
  paper and desk (Otsu's) on a small copy, the largest region, its holes
  (the print) filled.  Each side of its outline is fitted with a straight
  line, robustly (corners may be cut by a shadow or a fold), and the four
  lines meet at the corners.
* **The table**, when the sheet fills the whole picture: the outer frame of
  the largest ruled table is the quadrilateral instead, if its sides are not
  parallel (a page photographed without a margin around it).
* **Perspective.**  The sheet's true proportions are recovered from the
  quadrilateral with the camera's focal length estimated from it too (Zhang
  and He, «Whiteboard scanning», 2007); the quadrilateral is mapped to a
  rectangle of those proportions, snapped to standard paper (A4, Letter) when
  close, and the page's resolution then follows from the paper's width.
* **Lighting.**  The paper's own brightness, estimated per colour channel by
  a large maximum filter that the print is too thin to survive, is divided
  out: shadow and a warm cast both go, and coloured ink stays coloured for
  `image.remove_colour_ink`.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from magplan.extract.ocr.image import Image, components, to_gray

Points = npt.NDArray[np.float64]

# The search runs on a copy whose longer side is this long.
_SMALL_SIDE = 900
# The sheet covers at least this share of the picture, and leaves desk visible around it.
_MIN_SHEET = 0.2
_MAX_SHEET = 0.97
# A corner of the sheet at least this many small-copy pixels inside the picture's border
# shows the desk around it: a photo (a scan's page runs to the border).
_MARGIN = 3
# Canny's hysteresis thresholds on the blurred small copy: a sheet's edge against the desk passes
# them, a shadow's soft border (a gray level or less per pixel) does not.
_EDGE_THRESHOLDS = (20, 60)
# A bright region whose quadrilateral's area differs from its own by more than this share has lost
# a part of the sheet to a shadow (a lit sheet's differs by 0.01 % to 0.1 %; one darkened over a
# third of it by 2 % to 4 %).
_MISFIT = 0.005
# Corners further than this share of the side from a parallelogram's need undoing.
_KEYSTONE = 0.004
# A table's frame fitted by four corners covers the area its outline does, within these shares
# (a keystoned frame: 1.0000; a ragged outline 0.94 or 1.2).
_FRAME_AREA = (0.97, 1.03)
# … and its corners stand on the picture, or at most this share of its size off it.
_OFF_PAGE = 0.02
# Sheet proportions (long / short side) of standard paper, and how close counts as one.
_PAPERS = {"A4": (1.4142, 8.27), "Letter": (1.2941, 8.5), "Legal": (1.6471, 8.5)}
_PAPER_TOLERANCE = 0.04
# Opposite sides of a sheet seen nearly from above differ by this share at most.
_HEAD_ON = 0.1
# Paper brightness varying more than this (gray levels over the page) is uneven lighting.
_UNEVEN = 28
_WHITE = 245.0


@dataclass(frozen=True, slots=True)
class Sheet:
    """The sheet's corners in picture coordinates: top-left, top-right, bottom-right, bottom-left."""

    corners: Points
    from_table: bool = False


def find_sheet(page: Image) -> Sheet | None:
    """The photographed sheet, when the picture shows it on a background; else None.

    Paper is first the bright region; under a deep shadow paper may be darker than the lit desk,
    and the bright region then leaves a shadowed part of the sheet out.  Shadows are soft while the
    sheet's edge is sharp: the region the sheet's edges enclose is taken instead when the bright
    region is no quadrilateral and the enclosed one is nearer one.
    """
    gray = to_gray(page)
    scale = min(1.0, _SMALL_SIDE / max(gray.shape))
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else gray
    small = cv2.GaussianBlur(small, (5, 5), 0)
    bright = _bright_region(small)
    if bright is None:
        return None
    fit = _fitted(bright)
    if fit is None or fit[0] > _MISFIT:
        bounded = _edge_bounded(small, bright)
        other = _fitted(bounded) if bounded is not None else None
        if other is not None and (fit is None or other[0] < fit[0]):
            fit = other
    return Sheet(fit[1] / scale) if fit is not None else None


def _bright_region(small: Image) -> Image | None:
    """The largest bright region of the small copy (Otsu's threshold), 255 inside; None when it
    covers too little or too much of the picture to be a sheet on a desk."""
    _t, bright = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    # Print and ruling inside the sheet are dark too: close them into the paper.
    bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    count, labels, stats = components(bright, connectivity=4)
    if count < 2:
        return None
    largest = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    area = stats[largest, cv2.CC_STAT_AREA] / float(small.size)
    if not _MIN_SHEET <= area <= _MAX_SHEET:
        return None
    return np.where(labels == largest, 255, 0).astype(np.uint8)


def _edge_bounded(small: Image, bright: Image) -> Image | None:
    """The region without edges that overlaps most of the bright region, its holes (print) filled.

    A shadow's border is too soft to make an edge, so the paper on both sides of it is one
    region; the sheet's edge against the desk bounds it.
    """
    edges = cv2.dilate(cv2.Canny(small, *_EDGE_THRESHOLDS), np.ones((3, 3), np.uint8))
    count, labels, _stats = components((edges == 0).astype(np.uint8), connectivity=4)
    overlap = np.bincount(labels[bright > 0].ravel(), minlength=count)
    overlap[0] = 0
    region = np.where(labels == int(np.argmax(overlap)), 255, 0).astype(np.uint8)
    contours, _h = cv2.findContours(region, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    region[:] = 0
    cv2.drawContours(region, [max(contours, key=cv2.contourArea)], -1, 255, cv2.FILLED)
    # Out to the sheet's edge: the edge's own pixels and their widening lie outside the region.
    region = cv2.dilate(region, np.ones((5, 5), np.uint8))
    area = cv2.countNonZero(region) / float(small.size)
    return region if _MIN_SHEET <= area <= _MAX_SHEET else None


def _fitted(region: Image) -> tuple[float, Points] | None:
    """The quadrilateral of a region's outline and how badly it fits (the areas' difference over the
    region's); None when it is no sheet lying inside the picture with desk around it."""
    contours, _h = cv2.findContours(region, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    outline = max(contours, key=cv2.contourArea)
    corners = _quadrilateral(outline.reshape(-1, 2).astype(np.float64))
    if corners is None:
        return None
    height, width = region.shape
    inside = (
        (corners[:, 0] >= _MARGIN).all()
        and (corners[:, 1] >= _MARGIN).all()
        and (corners[:, 0] <= width - 1 - _MARGIN).all()
        and (corners[:, 1] <= height - 1 - _MARGIN).all()
    )
    area = float(cv2.countNonZero(region))
    quad_area = cv2.contourArea(corners.astype(np.float32))
    if not inside or quad_area < 0.9 * area:
        return None
    # Filled: the print inside the sheet is no hole of it.
    filled = cv2.contourArea(outline)
    return abs(quad_area - filled) / max(filled, 1.0), corners


def find_table_frame(ruling: Image) -> Sheet | None:
    """The outer frame of the page's largest ruled table, when it is visibly not a rectangle.

    `ruling` is the page's ruling-line mask (`grid.ruling_lines`, lines 255).
    """
    height, width = ruling.shape
    lines = cv2.dilate(ruling, np.ones((5, 5), np.uint8))
    contours, _h = cv2.findContours(lines, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    if not contours:
        return None
    frame = max(contours, key=cv2.contourArea)
    if cv2.contourArea(frame) < 0.15 * width * height:
        return None
    corners = _quadrilateral(frame.reshape(-1, 2).astype(np.float64))
    if corners is None or not _keystoned(corners) or not _outlines(corners, cv2.contourArea(frame), ruling.shape):
        return None
    return Sheet(corners, from_table=True)


def _outlines(corners: Points, area: float, shape: tuple[int, ...]) -> bool:
    """Do the corners outline the frame they were fitted to: a convex quadrilateral on the page,
    of the outline's `area`?

    A table whose border is broken beside some rows (cells left open at its edge, or cut off by
    the page's edge) has a ragged outline: lines fitted to its sides meet in a keystone that is
    none, crossed or far off the page.
    """
    height, width = shape[:2]
    quad = corners.astype(np.float32)
    size = np.array([width, height], np.float64)
    inside = bool((corners >= -_OFF_PAGE * size).all() and (corners <= (1 + _OFF_PAGE) * size).all())
    fitted = cv2.contourArea(quad)
    return inside and cv2.isContourConvex(quad) and area > 0 and _FRAME_AREA[0] <= fitted / area <= _FRAME_AREA[1]


def _keystoned(corners: Points) -> bool:
    """Are the opposite sides visibly not parallel (more than a slight skew, which deskew undoes)?"""
    top, bottom = corners[1] - corners[0], corners[2] - corners[3]
    left, right = corners[3] - corners[0], corners[2] - corners[1]
    size = max(np.linalg.norm(top), np.linalg.norm(left))
    # For a parallelogram the corner differences vanish.
    return bool(float(max(np.linalg.norm(top - bottom), np.linalg.norm(left - right))) > _KEYSTONE * size * 4)


def _quadrilateral(outline: Points) -> Points | None:
    """Four corners of a roughly rectangular outline: a line fitted to each side, intersected."""
    x, y = outline[:, 0], outline[:, 1]
    if float(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y)) < 0:
        outline = outline[::-1]  # walk it top-left → top-right → bottom-right, as the corners go
    sums, diffs = outline.sum(axis=1), outline[:, 0] - outline[:, 1]
    rough = np.array(
        [outline[np.argmin(sums)], outline[np.argmax(diffs)], outline[np.argmax(sums)], outline[np.argmin(diffs)]]
    )
    index = [int(np.argmin(np.abs(outline - corner).sum(axis=1))) for corner in rough]
    lines = []
    n = len(outline)
    for k in range(4):
        start, end = index[k], index[(k + 1) % 4]
        span = (end - start) % n
        if span < 8:
            return None
        # The middle of the side: corners may be rounded, folded or shadowed.
        cut = span // 8
        points = outline[[(start + cut + j) % n for j in range(span - 2 * cut)]]
        lines.append(_fit_line(points))
    corners = np.array([_meet(lines[(k - 1) % 4], lines[k]) for k in range(4)])
    if not np.isfinite(corners).all() or cv2.contourArea(corners.astype(np.float32)) <= 0:
        return None
    return corners


def _fit_line(points: Points) -> tuple[float, float, float, float]:
    """A line through the points, robust to outliers: (vx, vy, x0, y0)."""
    vx, vy, x0, y0 = cv2.fitLine(points.astype(np.float32), cv2.DIST_HUBER, 0, 0.01, 0.01).ravel()
    return float(vx), float(vy), float(x0), float(y0)


def _meet(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> tuple[float, float]:
    avx, avy, ax, ay = a
    bvx, bvy, bx, by = b
    det = avx * -bvy - avy * -bvx
    if abs(det) < 1e-9:
        return float("nan"), float("nan")
    t = ((bx - ax) * -bvy - (by - ay) * -bvx) / det
    return ax + t * avx, ay + t * avy


def unwarp(page: Image, sheet: Sheet, fill: int = 255) -> tuple[Image, float | None]:
    """The sheet mapped to an upright rectangle, and its resolution when its paper is a standard one.

    A table frame is mapped onto the rectangle it was printed as, and the
    rest of the page goes along with it under the same transform.
    """
    tl, tr, br, bl = sheet.corners
    top, bottom, left, right = (float(np.linalg.norm(b - a)) for a, b in ((tl, tr), (bl, br), (tl, bl), (tr, br)))
    width, height = max(top, bottom), max(left, right)
    dpi: float | None = None
    if not sheet.from_table:
        centre = np.array([page.shape[1] / 2, page.shape[0] / 2])
        # The sides' own proportion (opposite sides averaged) stands in where the camera's
        # construction makes no paper of one the sides make and the sheet is seen nearly from
        # above (opposite sides within `_HEAD_ON` of each other, so the sides are near true): a
        # blank page's small keystone made the construction's sheet three times as tall as wide
        # (its signature line read as noise).  Where it cannot tell, the longer sides' proportion.
        sides = (top + bottom) / (left + right)
        head_on = min(top, bottom) >= (1 - _HEAD_ON) * width and min(left, right) >= (1 - _HEAD_ON) * height
        seen = _true_aspect(sheet.corners, centre)
        if seen is None:
            aspect = width / height  # width over height
        elif _paper_of(seen) is None and head_on and _paper_of(sides) is not None:
            aspect = sides
        else:
            aspect = seen
        long_side = max(width, height)
        ratio: float = max(aspect, 1 / aspect)
        paper = _paper_of(aspect)
        if paper is not None:
            ratio = paper[0]
            dpi = float(long_side / ratio / paper[1])
        width, height = (long_side / ratio, long_side) if aspect < 1 else (long_side, long_side / ratio)
    target = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], np.float32)
    matrix = cv2.getPerspectiveTransform(sheet.corners.astype(np.float32), target)
    if sheet.from_table:
        # Keep the whole page: shift the rectangle so that the page's corners map inside.
        page_h, page_w = page.shape[:2]
        frame = np.array([[[0, 0]], [[page_w, 0]], [[page_w, page_h]], [[0, page_h]]], np.float32)
        mapped = cv2.perspectiveTransform(frame, matrix).reshape(-1, 2)
        low = mapped.min(axis=0)
        shift = np.array([[1, 0, -low[0]], [0, 1, -low[1]], [0, 0, 1]])
        matrix = shift @ matrix
        width, height = (mapped.max(axis=0) - low).tolist()
    size = (round(width), round(height))
    border = (fill, fill, fill) if page.ndim == 3 else fill
    result: Image = cv2.warpPerspective(page, matrix, size, flags=cv2.INTER_CUBIC, borderValue=border)
    return result, dpi


def _paper_of(aspect: float) -> tuple[float, float] | None:
    """The standard paper (long side over short, short side in inches) of a sheet this wide over
    high, either way round; None when none is near."""
    ratio = max(aspect, 1 / aspect)
    paper = min(_PAPERS.values(), key=lambda p: abs(p[0] - ratio))
    return paper if abs(paper[0] - ratio) <= _PAPER_TOLERANCE * paper[0] else None


def _true_aspect(corners: Points, centre: npt.NDArray[np.float64]) -> float | None:
    """Width over height of the rectangle that the camera saw as `corners`; None if it cannot tell.

    Zhang and He's construction: with the principal point at the picture's
    centre and square pixels, the four corners fix the focal length and
    then the rectangle's proportions.  A view straight from above leaves
    the focal length undetermined, and the quadrilateral's own sides are right.
    """
    tl, tr, br, bl = (np.array([x - centre[0], y - centre[1], 1.0]) for x, y in corners)
    k2 = np.dot(np.cross(tl, br), bl) / np.dot(np.cross(tr, br), bl)
    k3 = np.dot(np.cross(tl, br), tr) / np.dot(np.cross(bl, br), tr)
    n2, n3 = k2 * tr - tl, k3 * bl - tl
    if abs(n2[2]) < 1e-6 or abs(n3[2]) < 1e-6:
        return None
    focal2 = -(n2[0] * n3[0] + n2[1] * n3[1]) / (n2[2] * n3[2])
    if focal2 <= 0:
        return None
    inverse = np.diag([1 / focal2, 1 / focal2, 1.0])  # (A A^T)^-1 with the centre at the origin
    ratio2 = float(n2 @ inverse @ n2) / float(n3 @ inverse @ n3)
    return float(np.sqrt(ratio2)) if ratio2 > 0 else None


def is_unevenly_lit(page: Image) -> bool:
    """Does the paper's brightness vary over the page (a shadow, a lamp at one side)?"""
    background = _background(to_gray(page), full_size=False)
    low, high = np.percentile(background, [3, 97])
    return float(high - low) > _UNEVEN


def flatten_lighting(page: Image) -> Image:
    """The page as if evenly lit on white paper: each channel divided by the paper's brightness."""
    channels = [page] if page.ndim == 2 else [page[..., k] for k in range(page.shape[2])]
    out = []
    for channel in channels:
        background = _background(channel)
        flat = channel.astype(np.float32) * (_WHITE / np.maximum(background, 1.0))
        out.append(np.clip(flat, 0, 255).astype(np.uint8))
    result: Image = out[0] if page.ndim == 2 else np.dstack(out)
    return result


def _background(channel: Image, full_size: bool = True) -> npt.NDArray[np.float32]:
    """The paper's brightness under the print: a maximum filter wider than strokes, smoothed.

    At the channel's size, or (`full_size` false) at the small size it is estimated at.
    """
    height, width = channel.shape
    factor = max(1, round(max(height, width) / 400))
    small = cv2.resize(channel, (max(width // factor, 1), max(height // factor, 1)), interpolation=cv2.INTER_AREA)
    # Print is thinner than this (a line of text at 1/factor is a few pixels tall).
    size = 7
    paper = cv2.dilate(small, np.ones((size, size), np.uint8))
    paper = cv2.erode(paper, np.ones((size, size), np.uint8))
    paper = cv2.GaussianBlur(paper, (0, 0), 3)
    if not full_size:
        small_result: npt.NDArray[np.float32] = paper.astype(np.float32)
        return small_result
    result: npt.NDArray[np.float32] = cv2.resize(
        paper.astype(np.float32), (width, height), interpolation=cv2.INTER_LINEAR
    )
    return result
