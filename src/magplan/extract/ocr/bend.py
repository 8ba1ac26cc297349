"""A sheet that does not lie flat: its row lines bent, straightened before the grid is read.

A photographed page curls up at an edge or a corner, and a scanned one
bulges where it did not touch the glass: its printed row lines come out
as gentle curves.  The grid reads cells between lines by their positions,
and a row line some millimetres higher at one end than at the other ends
in the neighbouring row there: cells merge or split (a column of numbers
spanning all rows, a section heading cut in two).

The table's own row lines measure the bend: each long one, traced across
the page, is a curve y(x); what is left of it once a straight line is
fitted (the deskew's business) is how far the paper bent there.  Between
two lines the bend is interpolated, above the first and below the last it
is that line's; every column of pixels is then shifted up or down by it.
Nothing is done when no line bends by more than a pixel or two: scans of
flat sheets are left exactly as they were.
"""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt

from magplan.extract.ocr.image import Image, components, row_pieces

Field = npt.NDArray[np.float32]

# A line counts when it is at least this share of the widest line's width.
_LONG = 0.5
# At least this many lines say how the sheet bent.
_MIN_LINES = 2
# A bend smaller than this (pixels at 300 dpi) is left alone: the deskew and the grid's tolerance cope.
_BENT = 4.0
# A line's course is smoothed over this many pixels (at 300 dpi): its thickness varies along it.
_SMOOTH = 31


def bend_of(ruling: Image, unit: float) -> Field | None:
    """Per pixel, how far below its straight course the sheet carried it; None for a flat sheet.

    `ruling` is the page's ruling-line mask (`grid.ruling_lines`, lines 255).
    """
    height, width = ruling.shape
    rows = row_pieces(ruling, unit)
    count, labels, stats = components(rows)
    if count <= _MIN_LINES:
        return None
    widest = int(stats[1:, cv2.CC_STAT_WIDTH].max())
    xs = np.arange(width, dtype=np.float64)
    # A line's course is smoothed over `size` pixels, and its ends, as long, are left out.
    size = max(int(_SMOOTH * unit) | 1, 3)
    courses: list[tuple[float, npt.NDArray[np.float64]]] = []
    bent = 0.0
    for k in range(1, count):
        x, y, w, h, _area = (int(v) for v in stats[k])
        if w < _LONG * widest:
            continue
        piece = labels[y : y + h, x : x + w] == k
        weight = piece.sum(axis=0).astype(np.float64)
        seen = weight > 0
        if seen.sum() < _LONG * w:
            continue
        middle = (piece * np.arange(h)[:, None]).sum(axis=0)[seen] / weight[seen] + y
        along = np.arange(x, x + w, dtype=np.float64)[seen]
        # A line's ends are where it meets the borders' corners: their ink lies above or below it.
        middle, along = middle[size:-size], along[size:-size]
        if middle.size < 4 * size:
            continue
        middle = np.convolve(np.pad(middle, size // 2, mode="edge"), np.ones(size) / size, mode="valid")
        slope, offset = np.polyfit(along, middle, 1)
        deviation = middle - (slope * along + offset)
        courses.append((float(np.mean(middle)), _extended(xs, along, deviation, 2 * size)))
        bent = max(bent, float(np.abs(deviation).max()))
    # Judged on what was traced: the straight line fitted to a flat one, drawn on, errs more and more.
    if len(courses) < _MIN_LINES or bent < _BENT * unit:
        return None
    courses.sort(key=lambda c: c[0])
    levels = np.array([c[0] for c in courses])
    bends = np.stack([c[1] for c in courses]).astype(np.float32)
    # Between two lines the bend goes over from one to the other; outside them it stays the nearest's.
    ys = np.clip(np.arange(height, dtype=np.float64), levels[0], levels[-1])
    upper = np.clip(np.searchsorted(levels, ys, side="right") - 1, 0, len(levels) - 2)
    share = ((ys - levels[upper]) / np.maximum(levels[upper + 1] - levels[upper], 1e-6)).astype(np.float32)
    field: Field = bends[upper] * (1 - share[:, None]) + bends[upper + 1] * share[:, None]
    return field


def _extended(
    xs: npt.NDArray[np.float64], along: npt.NDArray[np.float64], deviation: npt.NDArray[np.float64], reach: int
) -> npt.NDArray[np.float64]:
    """A line's bend over the whole width: beyond its ends it goes on as it went there.

    Where the sheet curls most, at its edge, the bent ends of the lines are
    the hardest to trace: they stop short, bending on beyond what was seen.
    """
    course = np.interp(xs, along, deviation)
    if along.size <= 2 * reach:
        return course
    left = np.polyfit(along[:reach], deviation[:reach], 1)[0]
    right = np.polyfit(along[-reach:], deviation[-reach:], 1)[0]
    before, after = xs < along[0], xs > along[-1]
    # Only over the stretch a line's traced ends leave out: further on (the margins) it stays.
    course[before] = deviation[0] + left * np.maximum(xs[before] - along[0], -reach)
    course[after] = deviation[-1] + right * np.minimum(xs[after] - along[-1], reach)
    return course


def unbend(page: Image, field: Field, fill: int = 255) -> Image:
    """The page with every pixel moved back up (or down) by the sheet's bend (`bend_of`)."""
    height, width = page.shape[:2]
    map_x = np.broadcast_to(np.arange(width, dtype=np.float32), (height, width))
    map_y = np.arange(height, dtype=np.float32)[:, None] + field
    border = (fill,) * (page.shape[2] if page.ndim == 3 else 1)
    result: Image = cv2.remap(
        page, np.ascontiguousarray(map_x), map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border
    )
    return result
