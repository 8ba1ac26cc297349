"""Scans from image files and photos: loading, orientation, the photographed sheet, lighting, strips."""

from __future__ import annotations

import io
import itertools
import shutil
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from rapidfuzz.distance import Levenshtein

import magplan
from magplan.errors import DamagedFile, NeedsOCR
from magplan.extract import format_of
from magplan.extract.ocr import bend, grid, image, mosaic, orient, pages, photo, source_for
from magplan.extract.ocr import tesseract as tess
from magplan.extract.ocr.page import read_page
from magplan.layout import Paragraph, Table
from tests.corpus import CORPUS

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
SCAN = CORPUS / "plan-2026-scan.pdf"


def _text_page(width: int = 1240, height: int = 1754, ruled: bool = True) -> np.ndarray:
    """A page of word-like bars in lines, with a ruled table around most of them (150 dpi A4)."""
    page = np.full((height, width), 240, np.uint8)
    rng = np.random.default_rng(3)
    for y in range(200, height - 200, 34):
        x = 120
        while x < width - 200:
            word = int(rng.integers(30, 140))
            for letter in range(x, x + word, 11):
                cv2.rectangle(page, (letter, y), (letter + 7, y + 16), 20, -1)
            x += word + 14
    if ruled:
        for y in range(180, height - 180, 170):
            cv2.line(page, (100, y), (width - 100, y), 0, 2)
        for x in (100, 300, 800, width - 100):
            cv2.line(page, (x, 180), (x, 180 + 170 * ((height - 360) // 170)), 0, 2)
    return page


# -- image files ---------------------------------------------------------------


def test_image_formats_are_inputs() -> None:
    for name, fmt in [("a.png", "png"), ("a.JPG", "jpg"), ("a.jpeg", "jpeg"), ("a.tif", "tif"), ("a.tiff", "tiff")]:
        assert format_of(Path(name)) == fmt


def test_every_frame_of_a_tiff_is_a_page_and_one_bit_reads_as_gray(tmp_path: Path) -> None:
    gray = _text_page()
    one_bit = PILImage.fromarray(np.where(gray < 128, 0, 255).astype(np.uint8)).convert("1")
    path = tmp_path / "scan.tiff"
    one_bit.save(
        path, save_all=True, append_images=[one_bit.rotate(90, expand=True)], compression="group4", dpi=(150, 150)
    )
    source = source_for(path)
    assert source.count() == 2
    first, dpi = source.load(0)
    assert first.dtype == np.uint8 and first.ndim == 2 and first.min() == 0 and first.max() == 255
    assert dpi == 200.0  # 150 dpi declared, scaled up to the working minimum
    second, _ = source.load(1)
    assert second.shape[0] < second.shape[1]  # stored sideways, loaded as stored


def test_a_screen_resolution_is_not_believed(tmp_path: Path) -> None:
    """A phone or screenshot says 72 dpi: the resolution then comes from the letters' size."""
    path = tmp_path / "page.png"
    PILImage.fromarray(_text_page()).save(path, dpi=(72, 72))
    assert pages._declared_dpi((72, 72)) is None
    _page, dpi = source_for(path).load(0)
    assert pages.MIN_DPI <= dpi <= pages.MAX_DPI


def test_exif_orientation_is_applied(tmp_path: Path) -> None:
    picture = PILImage.fromarray(np.zeros((40, 100), np.uint8)).convert("RGB")
    exif = PILImage.Exif()
    exif[0x0112] = 6  # «rotate 90° clockwise to view»
    path = tmp_path / "photo.jpg"
    picture.save(path, exif=exif.tobytes())
    raw, _ = pages._image_page(path, 0)
    assert raw.shape[:2] == (100, 40)


def test_a_huge_page_is_scaled_to_the_working_size() -> None:
    page = np.full((12000, 500), 255, np.uint8)
    scaled, dpi = pages.working_resolution(page, 300.0)
    assert max(scaled.shape) <= pages.MAX_SIDE and dpi < 300.0


@pytest.mark.parametrize("truncated_allowed_elsewhere", [False, True])
def test_broken_images_are_clean_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, truncated_allowed_elsewhere: bool
) -> None:
    from PIL import ImageFile

    # Another library in the process (WeasyPrint) may have told Pillow to accept cut-off images.
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", truncated_allowed_elsewhere)
    buffer = io.BytesIO()
    PILImage.fromarray(_text_page()).save(buffer, format="PNG")
    cut = tmp_path / "cut.png"
    cut.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 3])
    with pytest.raises(DamagedFile):
        source_for(cut).load(0)
    fake = tmp_path / "fake.tiff"
    fake.write_bytes(b"this is no image at all")
    with pytest.raises(DamagedFile):
        magplan.read_plan(fake)


def test_ocr_never_refuses_an_image(tmp_path: Path) -> None:
    path = tmp_path / "page.png"
    PILImage.fromarray(_text_page()).save(path)
    with pytest.raises(NeedsOCR):
        magplan.read_plan(path, ocr="never")


# -- orientation -----------------------------------------------------------------


@pytest.mark.parametrize("ruled", [True, False])
def test_text_direction_is_told_on_table_pages_too(ruled: bool) -> None:
    page = _text_page(ruled=ruled)
    assert orient.lines_run_across(orient.letter_mask(page)) is True
    assert orient.lines_run_across(orient.letter_mask(orient.turn(page, 90))) is False
    assert orient.lines_run_across(orient.letter_mask(np.full((500, 400), 240, np.uint8))) is None


def test_the_direction_of_a_few_words_alone_on_a_page_is_told() -> None:
    """A plan's last page holding only the signature (three words) photographed sideways: too few
    blobs for the usual margin, but one way merges them several times over."""
    page = np.full((1754, 1240), 240, np.uint8)
    x = 200
    for letters in (7, 5, 6):
        for letter in range(x, x + 11 * letters, 11):
            cv2.rectangle(page, (letter, 900), (letter + 7, 916), 20, -1)
        x += 11 * letters + 14
    assert orient.lines_run_across(orient.letter_mask(page)) is True
    assert orient.lines_run_across(orient.letter_mask(orient.turn(page, 90))) is False


def _sheet(paper: int) -> tuple[PILImage.Image, ImageDraw.ImageDraw, ImageFont.FreeTypeFont]:
    """An A4 sheet at 200 dpi of this gray, to draw on, and a 12 pt font."""
    font_file = Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")
    if not font_file.exists():
        pytest.skip("needs the Liberation fonts (Debian fonts-liberation)")
    sheet = PILImage.new("L", (1654, 2339), paper)
    return sheet, ImageDraw.Draw(sheet), ImageFont.truetype(str(font_file), 34)


@needs_tesseract
def test_a_page_of_two_lines_whose_letters_ran_together_is_turned_by_reading_it() -> None:
    """A signatory's position carried over to a page of its own, in a poor scan stored sideways: its
    letters run together into a few blobs a word long, which say nothing of the lines' direction.
    Read across and down, the page is turned the way it reads."""
    sheet, draw, font = _sheet(245)
    draw.text((150, 1500), "генеральный", font=font, fill=20)
    draw.text((150, 1545), "директор МАГ", font=font, fill=20)
    page = cv2.erode(np.asarray(sheet), np.ones((3, 5), np.uint8))  # the letters run together
    small = cv2.resize(page, None, fx=0.6, fy=0.6, interpolation=cv2.INTER_AREA)
    assert orient.lines_run_across(orient.letter_mask(small)) is None
    turns = {stored: orient.axis_turn(orient.turn(page, stored), 200.0) for stored in (0, 90, 180, 270)}
    assert turns == {0: 0, 90: 270, 180: 180, 270: 90}


@needs_tesseract
def test_a_photographed_page_on_gray_paper_is_turned_by_reading_it() -> None:
    """A photo's paper is gray (a dim room, a shadow): the sample read both ways round is laid on
    white, where the gray block became one dark blob to Tesseract's threshold and nothing was read
    (the page was left as stored).  Each way of storing it is told, upside down too."""
    sheet, draw, font = _sheet(170)
    lines = ("Международный форум городов", "Участие в работе секции", "Совет Ассамблеи столиц")
    for row in range(12):
        draw.text((150, 300 + 60 * row), lines[row % 3], font=font, fill=40)
    shade = np.linspace(0.75, 1.0, 1654, dtype=np.float32)[None, :]  # a shadow over the left side
    page = (np.asarray(sheet, np.float32) * shade).astype(np.uint8)
    turns = {stored: orient.axis_turn(orient.turn(page, stored), 200.0) for stored in (0, 90, 180, 270)}
    assert turns == {0: 0, 90: 270, 180: 180, 270: 90}


@needs_tesseract
def test_a_signature_page_whose_position_the_pen_crossed_is_turned_by_the_letters_read_surely() -> None:
    """A plan's last page of a signature alone, the pen's loops over the position (photos seed 48,
    photo-48-009 page 2, stored sideways): too few letter blobs say which way the lines run, and
    in the mean confidence a speck read across («о» at 90) beat the name read down at 95 beside
    a crossed word read at 0.  The letters read surely tell the way; each way of storing it is told."""
    sheet, draw, _font = _sheet(190)
    font = ImageFont.truetype("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", 22)
    draw.text((900, 300), "Ответственный секретарь", font=font, fill=30)
    draw.text((900, 328), "Совета Ассамблеи", font=font, fill=30)
    draw.text((1300, 328), "И.В. Петрова", font=font, fill=30)
    page = np.asarray(sheet).copy()
    for k in range(10):  # the signature: loops across the position's words
        cv2.ellipse(page, (930 + 26 * k, 321 + (k % 2) * 11), (16, 22), 20, 0, 360, 60, 4)
    turns = {stored: orient.axis_turn(orient.turn(page, stored), 200.0) for stored in (0, 90, 180, 270)}
    assert turns == {0: 0, 90: 270, 180: 180, 270: 90}


def test_turns_undo_each_other() -> None:
    page = _text_page()[:300, :200]
    for degrees in (90, 180, 270):
        assert np.array_equal(orient.turn(orient.turn(page, degrees), (360 - degrees) % 360), page)


@pytest.fixture(scope="module")
def scan_page() -> np.ndarray:
    """Page 3 of the corpus scan (its shortest), as stored."""
    page, _dpi = source_for(SCAN).load(2)
    return page


@needs_tesseract
@pytest.mark.parametrize("stored", [0, 90, 180, 270])
def test_a_scan_page_stored_sideways_is_turned_so_that_its_lines_run_across(scan_page: np.ndarray, stored: int) -> None:
    """Every way of storing the page is undone at once: a page read upside down in full would be read twice."""
    assert orient.axis_turn(orient.turn(scan_page, stored), 200.0) == {0: 0, 90: 270, 180: 180, 270: 90}[stored]


def test_upside_down_is_told_by_the_reading_confidence() -> None:
    def word(text: str, conf: float) -> tess.Word:
        return tess.Word(text, 0, 0, 10, 10, conf)

    upright = [word("Москва", 95.0), word("1.", 60.0), word("•", 0.0)]
    upside_down = [word("ʁʞʚɔоw", 35.0), word("·l", 20.0)]
    assert orient.confidence(upright) == pytest.approx((95 * 6 + 60) / 7)
    assert orient.reads_upright(upright) and not orient.reads_upright(upside_down)
    assert not orient.reads_upright([])


@needs_tesseract
def test_a_rotated_one_bit_tiff_reads_as_the_upright_page(scan_page: np.ndarray, tmp_path: Path) -> None:
    gray = cv2.cvtColor(scan_page, cv2.COLOR_RGB2GRAY)
    bw = PILImage.fromarray(np.where(gray < 150, 0, 255).astype(np.uint8)).convert("1")
    upright, path = tmp_path / "upright.png", tmp_path / "rotated.tiff"
    bw.save(upright, dpi=(200, 200))
    frames = [bw.rotate(90, expand=True), bw.rotate(180)]
    frames[0].save(path, save_all=True, append_images=frames[1:], compression="group4", dpi=(200, 200))
    first = read_page(source_for(upright), 0)
    want = _texts(first.blocks)
    assert any("Тирасполь" in text for text in want) and first.turned == 0
    for index, turned in enumerate((270, 180)):
        page = read_page(source_for(path), index)
        # How the page was turned travels with it: a viewer cuts its doubts' crops from the page so turned.
        assert page.turned == turned
        got = _texts(page.blocks)
        # Deskewing a turned page resamples it differently: a letter may come out otherwise.
        assert _numbers(got) == _numbers(want) == ["6.", "7.", "8.", "9."]
        assert Levenshtein.normalized_similarity("\n".join(got), "\n".join(want)) > 0.97


def _numbers(texts: list[str]) -> list[str]:
    return [t.split(" | ")[0] for t in texts if " | " in t and t[:1].isdecimal()]


def _texts(blocks: list[Paragraph | Table]) -> list[str]:
    out = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(block.text)
        else:
            out.extend(" | ".join(cell.text for cell in row.cells) for row in block.rows)
    return out


# -- photos ----------------------------------------------------------------------


def _photo(corners: np.ndarray, shadow: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """An A4 sheet with a ruled table, seen in perspective on a dark desk; and the sheet itself."""
    sheet = np.full((1414, 1000, 3), 235, np.uint8)
    for y in range(200, 1200, 100):
        cv2.line(sheet, (100, y), (900, y), (20, 20, 20), 3)
    for x in (100, 300, 900):
        cv2.line(sheet, (x, 200), (x, 1100), (20, 20, 20), 3)
    desk = np.full((1600, 1300, 3), (60, 45, 35), np.uint8)
    source = np.array([[0, 0], [999, 0], [999, 1413], [0, 1413]], np.float32)
    matrix = cv2.getPerspectiveTransform(source, corners.astype(np.float32))
    warped = cv2.warpPerspective(sheet, matrix, (1300, 1600), borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.full(sheet.shape[:2], 255, np.uint8), matrix, (1300, 1600))
    picture = np.where(mask[..., None] > 0, warped, desk)
    if shadow:
        ramp = np.linspace(0.55, 1.0, picture.shape[1])[None, :, None]
        picture = (picture * ramp).astype(np.uint8)
    return picture, sheet


def _camera_view(tilt_x: float, tilt_y: float, turn: float) -> np.ndarray:
    """Where a pinhole camera (focal length 1500 px, centred on 1300 x 1600) sees an A4 sheet's corners."""
    a, b, c = np.radians([tilt_x, tilt_y, turn])
    rx = np.array([[1, 0, 0], [0, np.cos(a), -np.sin(a)], [0, np.sin(a), np.cos(a)]])
    ry = np.array([[np.cos(b), 0, np.sin(b)], [0, 1, 0], [-np.sin(b), 0, np.cos(b)]])
    rz = np.array([[np.cos(c), -np.sin(c), 0], [np.sin(c), np.cos(c), 0], [0, 0, 1]])
    sheet = np.array([[-105, -148.5, 0], [105, -148.5, 0], [105, 148.5, 0], [-105, 148.5, 0]])
    seen = (rz @ ry @ rx @ sheet.T).T + np.array([0, 0, 420])
    return np.column_stack([1500 * seen[:, 0] / seen[:, 2] + 650, 1500 * seen[:, 1] / seen[:, 2] + 800])


@pytest.mark.parametrize(("tilt_x", "tilt_y", "turn"), [(12, 8, 2), (-15, 0, -3), (5, 14, 1)])
def test_the_photographed_sheet_is_found_and_unwarped(tilt_x: float, tilt_y: float, turn: float) -> None:
    corners = _camera_view(tilt_x, tilt_y, turn)
    picture, _sheet = _photo(corners, shadow=True)
    found = photo.find_sheet(picture)
    assert found is not None
    assert np.abs(found.corners - corners).max() < 8
    flat, dpi = photo.unwarp(picture, found)
    height, width = flat.shape[:2]
    assert height / width == pytest.approx(2**0.5, rel=0.01)
    assert dpi == pytest.approx(width / 8.27, rel=0.01)
    # The table's ruling is straight again: a long horizontal opening keeps a full line.
    bw = cv2.threshold(cv2.cvtColor(flat, cv2.COLOR_RGB2GRAY), 100, 255, cv2.THRESH_BINARY_INV)[1]
    lines = cv2.morphologyEx(bw, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (int(0.7 * width), 1)))
    assert np.count_nonzero(lines.any(axis=1)) >= 8


def test_a_sheet_seen_nearly_from_above_keeps_its_papers_proportion() -> None:
    """A phone photo's page (2273 x 3087 px) seen nearly from above, a blank page but for its
    signature: the camera's construction from its small keystone made the sheet three times as
    tall as wide, no paper at all, and its words unreadable.  Its sides make an A4 sheet."""
    corners = np.array([[387.605, 589.559], [1799.971, 532.103], [1965.876, 2596.394], [399.368, 2660.226]])
    flat, dpi = photo.unwarp(np.zeros((3087, 2273), np.uint8), photo.Sheet(corners))
    height, width = flat.shape[:2]
    assert height / width == pytest.approx(2**0.5, rel=0.01)
    assert dpi == pytest.approx(width / 8.27, rel=0.01)


def test_a_sheet_half_in_a_deep_shadow_is_found_whole() -> None:
    """A soft shadow darkens a corner of the sheet below the lit desk's brightness: the bright region
    leaves that corner out (a quadrilateral cut through the page, the text beyond it lost); the
    sheet's sharp edge against the desk still bounds it, the shadow's soft border does not."""
    corners = _camera_view(12, 8, 2)
    picture, _sheet = _photo(corners)
    ys, xs = np.mgrid[0 : picture.shape[0], 0 : picture.shape[1]] / np.array(picture.shape[:2])[:, None, None]
    # Down to a quarter of the light at the top right corner, fading out over a third of the frame.
    distance = np.hypot(xs - 1.0, ys)
    shade = 1.0 - 0.75 * np.clip((0.75 - distance) / 0.35, 0, 1)
    lit_desk = 1.0 + 0.8 * (1.0 - xs)  # the desk brighter where the lamp stands
    desk = picture.sum(axis=2) < 300
    light = np.where(desk, lit_desk, 1.0) * shade
    picture = np.clip(picture * light[..., None], 0, 255).astype(np.uint8)
    found = photo.find_sheet(picture)
    assert found is not None
    assert np.abs(found.corners - corners).max() < 8


def test_a_keystoned_table_filling_the_picture_is_unwarped_by_its_frame() -> None:
    """No desk around the sheet: the table's own frame is the quadrilateral."""
    table = np.full((1400, 1000), 240, np.uint8)
    for y in range(100, 1301, 100):
        cv2.line(table, (100, y), (900, y), 0, 3)
    for x in (100, 300, 600, 900):
        cv2.line(table, (x, 100), (x, 1300), 0, 3)
    corners = np.array([[60, 40], [960, 90], [930, 1350], [90, 1380]], np.float32)
    source = np.array([[0, 0], [999, 0], [999, 1399], [0, 1399]], np.float32)
    picture = cv2.warpPerspective(table, cv2.getPerspectiveTransform(source, corners), (1000, 1400), borderValue=240)
    assert photo.find_sheet(picture) is None
    ruling = grid.ruling_lines(image.binarize(picture), 1.0)
    frame = photo.find_table_frame(ruling)
    assert frame is not None and frame.from_table
    flat, _dpi = photo.unwarp(picture, frame)
    (table_grid,) = grid.find_tables(grid.ruling_lines(image.binarize(flat), 1.0), 1.0)
    assert (table_grid.rows, table_grid.cols) == (12, 3)
    assert photo.find_table_frame(grid.ruling_lines(image.binarize(table), 1.0)) is None  # a straight table stays


def _ruled_table(rows: int = 12, width: int = 1000, height: int = 1400) -> np.ndarray:
    """A gray page with a 3-column ruled table of `rows` rows."""
    page = np.full((height, width), 240, np.uint8)
    for y in np.linspace(100, height - 100, rows + 1).astype(int):
        cv2.line(page, (100, int(y)), (width - 100, int(y)), 0, 3)
    for x in (100, 300, 600, width - 100):
        cv2.line(page, (x, 100), (x, height - 100), 0, 3)
    return page


def _curled(page: np.ndarray, lift: float) -> np.ndarray:
    """The page with its right part lifted: rows shifted down by up to `lift` pixels at the right edge."""
    height, width = page.shape
    xs = np.linspace(0, 1, width, dtype=np.float32)
    shift = lift * np.clip((xs - 0.5) / 0.5, 0, None) ** 2
    map_x = np.tile(np.arange(width, dtype=np.float32), (height, 1))
    map_y = np.arange(height, dtype=np.float32)[:, None] - shift[None, :]
    return np.asarray(cv2.remap(page, map_x, map_y, cv2.INTER_LINEAR, borderValue=240), np.uint8)


def test_a_curled_sheets_row_lines_are_straightened_before_the_grid_is_read() -> None:
    """Row lines bent by 45 px at one edge (a 1.2-cm row is 140 px): the grid's rows cross over at that
    edge.  The bend is measured on the lines themselves and undone; then every row is whole."""
    curled = _curled(_ruled_table(), 45)
    ruling = grid.ruling_lines(image.binarize(curled), 1.0)
    field = bend.bend_of(ruling, 1.0)
    assert field is not None
    flat = bend.unbend(curled, field)
    (table,) = grid.find_tables(grid.ruling_lines(image.binarize(flat), 1.0), 1.0)
    assert (table.rows, table.cols) == (12, 3)
    assert all(c.rowspan == 1 and c.colspan == 1 for c in table.cells)
    assert bend.bend_of(grid.ruling_lines(image.binarize(_ruled_table()), 1.0), 1.0) is None  # flat: left alone


def test_a_table_slightly_turned_leaves_no_sliver_cell_along_its_frame() -> None:
    """The left border 26 px further from the box at the bottom than at the top (a photo's unwarping left
    the table a little sheared): the wedge between it and the drawn frame is no column."""
    page = _ruled_table()
    source = np.array([[0, 0], [999, 0], [999, 1399], [0, 1399]], np.float32)
    target = np.array([[0, 0], [999, 0], [999, 1399], [26, 1399]], np.float32)
    sheared = cv2.warpPerspective(page, cv2.getPerspectiveTransform(source, target), (1000, 1400), borderValue=240)
    (table,) = grid.find_tables(grid.ruling_lines(image.binarize(sheared), 1.0), 1.0)
    assert (table.rows, table.cols) == (12, 3)
    # A wedge kept as a cell would span the rows and own their first column's slots.
    assert len(table.cells) == 36 and all(c.rowspan == 1 and c.colspan == 1 for c in table.cells)


def test_a_scan_is_no_photo() -> None:
    assert photo.find_sheet(cv2.cvtColor(_text_page(), cv2.COLOR_GRAY2RGB)) is None


def test_lighting_is_flattened_and_ink_kept() -> None:
    page = cv2.cvtColor(_text_page(ruled=False), cv2.COLOR_GRAY2RGB).astype(np.float32)
    page *= np.linspace(0.5, 1.0, page.shape[1])[None, :, None]  # a shadow over the left half
    page[..., 2] *= 0.85  # and a warm cast
    uneven = page.astype(np.uint8)
    assert photo.is_unevenly_lit(uneven)
    flat = photo.flatten_lighting(uneven)
    paper = flat[cv2.cvtColor(uneven, cv2.COLOR_RGB2GRAY) > 100]
    assert paper.mean() > 235 and np.percentile(paper, 5) > 215
    assert not photo.is_unevenly_lit(flat)
    assert flat[210, 125].max() < 90  # a letter stays dark


# -- strips for Tesseract ----------------------------------------------------------------


def test_work_is_cut_into_strips_within_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    page = np.full((3000, 400), 255, np.uint8)
    page[::7, 50:350] = 0  # ink everywhere
    regions = [mosaic.Region(0, y, 400, y + 300) for y in range(0, 3000, 300)]
    halves = mosaic._strips(page, regions, 300, parts=2)
    assert len(halves) == 2 and list(itertools.chain(*halves)) == regions
    monkeypatch.setattr(mosaic, "STRIP_HEIGHT", 1000)
    strips = mosaic._strips(page, regions, 300, parts=1)
    assert all(sum(r.y1 - r.y0 + mosaic._gap(300) for r in s) + mosaic._gap(300) <= 1000 for s in strips)
    assert list(itertools.chain(*strips)) == regions


def test_tesseract_is_never_sent_an_image_over_its_limit() -> None:
    with pytest.raises(ValueError, match="32767"):
        tess.recognize(np.zeros((tess.MAX_SIDE + 1, 10), np.uint8), 300)


def test_a_table_whose_border_is_open_beside_some_rows_is_no_keystoned_frame() -> None:
    # A ruled table with its right border drawn beside some rows only: its ragged outline fitted
    # a keystone, and the page was «unwarped» to it (a scan of it gave «no plan table found»).
    page = np.full((1400, 1000), 240, np.uint8)
    for y in range(100, 701, 50):
        cv2.line(page, (100, y), (900, y), 0, 3)
    for x in (100, 160, 500, 700):
        cv2.line(page, (x, 100), (x, 700), 0, 3)
    for top in (100, 150, 200, 400, 450, 600, 650):
        cv2.line(page, (900, top), (900, top + 50), 0, 3)
    assert photo.find_table_frame(grid.ruling_lines(image.binarize(page), 1.0)) is None
