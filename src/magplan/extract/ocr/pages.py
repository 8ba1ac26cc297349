"""Where scanned pages come from: image-only PDFs and image files (PNG, JPEG, TIFF).

A `PageSource` names a file and how to open it; `load` gives one page as an
RGB or grayscale array and the resolution it was made at.  Pages are loaded
one at a time, in whichever process reads them, so a `PageSource` is small
and picklable.

A page's resolution comes from the file where it is believable (a PDF's
image size against the page size, a TIFF's or PNG's own dpi); otherwise it
is measured from the page's text (`image.text_resolution`).  Pages larger
than `MAX_SIDE` pixels (posters, screenshots of a long page) or finer than
`MAX_DPI` are scaled down first: Tesseract reads 300 dpi as well as 600.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import cv2
import numpy as np
from PIL import Image as PILImage
from PIL import ImageFile, ImageOps

from magplan.errors import DamagedFile, LimitExceeded
from magplan.extract.ocr.image import Image, text_resolution

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
# Above this resolution nothing more is read, only more pixels processed.
MAX_DPI = 300.0
# Below this a page is scaled up: Tesseract misreads letters a dozen pixels tall.
MIN_DPI = 200.0
# Resolutions a file may declare that say nothing (72 and 96 are screen defaults).
_UNBELIEVABLE_DPI = (0.0, 1.0, 72.0, 96.0)
_PLAUSIBLE_DPI = (100.0, 1200.0)
# Neither side of a working page is longer than this (a 300 dpi A3 is 4961 px).
MAX_SIDE = 7200
# A page bigger than A2 (in pixels at 300 dpi) is no plan: its bitmap alone would take gigabytes.
MAX_PIXELS = 40_000_000
# Decompression bombs: more pixels than any real scan has.
_MAX_PIXELS = 400_000_000


@dataclass(frozen=True, slots=True)
class PageSource:
    path: Path
    kind: Literal["pdf", "image"]

    def count(self) -> int:
        return _pdf_count(self.path) if self.kind == "pdf" else _image_count(self.path)

    def draws_nothing(self, index: int) -> bool:
        """Page `index` (from 0) is a PDF page with nothing on it: blank, known without rendering it."""
        return self.kind == "pdf" and _pdf_page_is_empty(self.path, index)

    def load(self, index: int) -> tuple[Image, float]:
        """Page `index` (from 0) as an RGB or grayscale array, and its resolution in dpi."""
        if self.kind == "pdf":
            return _pdf_page(self.path, index)
        page, dpi = working_resolution(*_image_page(self.path, index))
        _check_size(index, page.shape[1], page.shape[0], dpi)
        return page, dpi


def source_for(path: Path) -> PageSource:
    return PageSource(path, "image" if path.suffix.lower() in IMAGE_SUFFIXES else "pdf")


def working_resolution(page: Image, dpi: float | None) -> tuple[Image, float]:
    """The page scaled into `MIN_DPI`…`MAX_DPI` and `MAX_SIDE`; `dpi` None when the file does not say."""
    if dpi is None:
        dpi = text_resolution(page)
    return _scaled(page, dpi)


def _check_size(index: int, width: float, height: float, dpi: float) -> None:
    """Refuse a page larger than A2 (`width` × `height` pixels at `dpi`)."""
    if width * height * (300.0 / dpi) ** 2 > MAX_PIXELS:
        raise LimitExceeded(
            f"page {index + 1} is {width / dpi * 2.54:.0f} × {height / dpi * 2.54:.0f} cm: "
            "too large to read by OCR (the limit is A2)"
        )


def _scaled(page: Image, dpi: float) -> tuple[Image, float]:
    target = min(max(dpi, MIN_DPI), MAX_DPI)
    target = min(target, dpi * MAX_SIDE / max(page.shape[:2]))
    if abs(target - dpi) / dpi < 0.02:
        return page, dpi
    scale = target / dpi
    interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
    scaled: Image = cv2.resize(page, None, fx=scale, fy=scale, interpolation=interpolation)
    return scaled, target


# -- PDF ---------------------------------------------------------------------


def _open_pdf(path: Path) -> object:
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise DamagedFile(f"not a readable PDF ({exc})") from exc


def _pdf_count(path: Path) -> int:
    pdf = _open_pdf(path)
    try:
        return len(pdf)  # type: ignore[arg-type]
    finally:
        pdf.close()  # type: ignore[attr-defined]


@contextmanager
def _sized_page(path: Path, index: int, failure: str) -> Iterator[Any]:
    """Page `index` of the PDF, refused when too large; a pdfium error while it is used is a
    damaged file (the page «cannot be `failure`»)."""
    import pypdfium2 as pdfium

    pdf = _open_pdf(path)
    try:
        page = pdf[index]  # type: ignore[index]
        width_pt, height_pt = page.get_size()
        _check_size(index, width_pt, height_pt, 72.0)  # a page too large is refused, blank or not
        yield page
    except pdfium.PdfiumError as exc:
        raise DamagedFile(f"page {index + 1} cannot be {failure} ({exc})") from exc
    finally:
        pdf.close()  # type: ignore[attr-defined]


def _pdf_page(path: Path, index: int) -> tuple[Image, float]:
    """The page rendered at the resolution of the largest image it holds (a scan's own)."""
    import pypdfium2 as pdfium

    with _sized_page(path, index, "rendered") as page:
        native = _native_dpi(page, pdfium.raw.FPDF_PAGEOBJ_IMAGE)
        longest_pt = max(page.get_size())
        dpi = min(max(native, MIN_DPI), MAX_DPI, MAX_SIDE * 72.0 / longest_pt)
        # Straight from pdfium's bitmap in RGB order (through Pillow it took twice as long); a copy,
        # since the bitmap's memory goes with it.
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True).to_numpy()
        rgb = np.array(bitmap[..., :3], dtype=np.uint8, order="C")
        return _gray_if_colourless(rgb), dpi


def _pdf_page_is_empty(path: Path, index: int) -> bool:
    """No object and no annotation on the page: a blank page, told without rendering it at 300 dpi."""
    import pypdfium2 as pdfium

    with _sized_page(path, index, "read") as page:
        return bool(pdfium.raw.FPDFPage_CountObjects(page) == 0 and pdfium.raw.FPDFPage_GetAnnotCount(page) == 0)


def _gray_if_colourless(rgb: Image) -> Image:
    """A page without colour as one channel: a gray scan is then spared the colour-ink work."""
    red, green, blue = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    if np.array_equal(red, green) and np.array_equal(green, blue):
        return np.ascontiguousarray(red)
    return rgb


def _native_dpi(page: object, image_type: int) -> float:
    """The resolution of the page's largest image as placed on it; `MAX_DPI` when it has none."""
    dpi, best = MAX_DPI, 0.0
    for obj in page.get_objects(filter=(image_type,), max_depth=2):  # type: ignore[attr-defined]
        px_w, px_h = obj.get_px_size()
        left, bottom, right, top = obj.get_bounds()
        placed_w, placed_h = abs(right - left), abs(top - bottom)
        # An image turned by 90° in its matrix has its pixel sides swapped.
        if (px_w > px_h) != (placed_w > placed_h):
            px_w, px_h = px_h, px_w
        if placed_w * placed_h > best and placed_w > 0:
            best, dpi = placed_w * placed_h, 72.0 * px_w / placed_w
    return dpi if _PLAUSIBLE_DPI[0] <= dpi <= _PLAUSIBLE_DPI[1] else MAX_DPI


# -- image files ---------------------------------------------------------------


def _open_image(path: Path) -> PILImage.Image:
    PILImage.MAX_IMAGE_PIXELS = _MAX_PIXELS
    # A cut-off scan is a damaged file, whatever another library in this process asked of
    # Pillow (importing WeasyPrint turns truncated images on for everyone).
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            return PILImage.open(path)
    except PILImage.DecompressionBombError as exc:
        raise DamagedFile(f"the image is too large to be a page ({_reason(exc)})") from exc
    except (OSError, SyntaxError, ValueError, PILImage.DecompressionBombWarning) as exc:
        raise DamagedFile(f"not a readable image ({_reason(exc)})") from exc


def _reason(exc: BaseException) -> str:
    text = str(exc).split("\n")[0]
    return text if len(text) < 120 else text[:117] + "..."


def _image_count(path: Path) -> int:
    with _open_image(path) as image:
        return int(getattr(image, "n_frames", 1))


def _image_page(path: Path, index: int) -> tuple[Image, float | None]:
    with _open_image(path) as image:
        try:
            image.seek(index)
            frame = ImageOps.exif_transpose(image)  # phones store the turn in EXIF
            dpi = _declared_dpi(frame.info.get("dpi"))
            if frame.mode == "I;16":
                frame = frame.point(lambda v: v / 256)
            if frame.mode in ("1", "L", "I", "F", "LA"):
                array = np.asarray(frame.convert("L"), dtype=np.uint8)
            else:
                array = np.asarray(frame.convert("RGB"), dtype=np.uint8)
        except PILImage.DecompressionBombError as exc:
            raise DamagedFile(f"the image is too large to be a page ({_reason(exc)})") from exc
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            raise DamagedFile(f"page {index + 1} of the image cannot be read ({_reason(exc)})") from exc
    return np.ascontiguousarray(array), dpi


def _declared_dpi(value: object) -> float | None:
    """The resolution an image file declares, when it is one a scanner would write."""
    if not isinstance(value, tuple) or not value:
        return None
    try:
        dpi = float(value[0])
    except (TypeError, ValueError):
        return None
    if dpi in _UNBELIEVABLE_DPI or not _PLAUSIBLE_DPI[0] <= dpi <= _PLAUSIBLE_DPI[1]:
        return None
    return dpi
