"""The fast paths of the OCR preparation give what the plain ones give, and pages are spread over the cores."""

from __future__ import annotations

import time
from pathlib import Path

import cv2
import numpy as np
import pytest

from magplan.extract.ocr import document, grid, image
from magplan.extract.ocr import stats as ocr_stats
from magplan.extract.ocr.page import PageText
from magplan.extract.ocr.pages import PageSource


def _specks(count: int, seed: int = 0) -> np.ndarray:
    """A page-sized mask with about `count` specks apart from each other, and a ruled frame."""
    rng = np.random.default_rng(seed)
    mask = np.zeros((1200, 1000), np.uint8)
    ys, xs = rng.integers(1, 599, count) * 2, rng.integers(1, 499, count) * 2
    mask[ys, xs] = 255
    mask[100, 50:950] = mask[1100, 50:950] = mask[100:1101, 50] = mask[100:1101, 950] = 255
    return mask


@pytest.mark.parametrize("connectivity", [4, 8])
def test_components_label_as_opencv_does_in_32_bits(connectivity: int) -> None:
    mask = _specks(3000)
    count, labels, stats = image.components(mask, connectivity)
    want_count, want_labels, want_stats, _ = cv2.connectedComponentsWithStats(
        mask, connectivity=connectivity, ltype=cv2.CV_32S
    )
    assert count == want_count > 1000
    assert labels.dtype == np.uint16  # the fast labelling
    assert np.array_equal(labels.astype(np.int32), want_labels)
    assert np.array_equal(stats, want_stats)


def test_components_past_what_16_bits_number_are_labelled_in_32() -> None:
    # Every other pixel of every other row: 300 × 250 = 75 000 specks.
    mask = np.zeros((600, 500), np.uint8)
    mask[::2, ::2] = 255
    count, labels, stats = image.components(mask)
    assert count == 75_001
    assert labels.dtype == np.int32
    assert int(labels[-2, -2]) == count - 1
    assert (stats[1:, cv2.CC_STAT_AREA] == 1).all()


@pytest.mark.parametrize(
    ("count", "readers", "shared"),
    [
        (1, 1, [2]),  # one page: both engines on it
        (2, 2, [1, 1]),
        (3, 3, [1, 1, 1]),  # every page at once: no core waits for the third
        (4, 2, [1, 1, 1, 1]),
        (5, 2, [1, 1, 1, 1, 2]),  # the fifth alone on the cores: its strips read at once
    ],
)
def test_pages_are_spread_so_that_no_core_idles(count: int, readers: int, shared: list[int]) -> None:
    assert document._readers(count, jobs=2) == readers
    assert [document._at_once(index, count, readers, jobs=2) for index in range(count)] == shared


def test_the_nearest_grid_line_is_the_lower_of_two_as_near() -> None:
    rng = np.random.default_rng(3)
    for _ in range(2000):
        lines = sorted({float(v) for v in rng.integers(0, 60, rng.integers(1, 9))})
        value = float(rng.choice([rng.integers(-5, 65), rng.uniform(-5, 65), rng.choice(lines)]))
        want = min(range(len(lines)), key=lambda i: abs(lines[i] - value))
        assert grid._nearest(lines, value) == want
    assert grid._nearest([10.0, 20.0], 15.0) == 0


@pytest.mark.parametrize(("at_once", "jobs", "threads"), [(1, 2, 1), (2, 2, 2), (None, 1, 1)])
def test_opencv_uses_the_cores_only_when_the_page_has_them_to_itself(
    at_once: int | None, jobs: int, threads: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []

    def reading(source: PageSource, index: int) -> PageText:
        seen.append(cv2.getNumThreads())
        return PageText(index + 1)

    monkeypatch.setattr(document, "read_page", reading)
    before = cv2.getNumThreads()
    document._read_page_by(time.monotonic() + 60, PageSource(Path("scan.png"), "image"), 0, jobs, at_once)
    assert seen == [threads]
    assert cv2.getNumThreads() == before


def test_a_page_read_both_ways_up_is_straightened_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from magplan.extract.ocr import page, prepare
    from magplan.extract.ocr.pages import source_for
    from tests.corpus import CORPUS

    source = source_for(CORPUS / "plan-2026-scan.pdf")
    straightened: list[int] = []
    finished: list[int] = []
    real_straighten, real_finish = prepare.straighten, prepare.finish

    def straighten(picture: image.Image, dpi: float | None) -> prepare.Straightened:
        straightened.append(1)
        return real_straighten(picture, dpi)

    def finish(straight: prepare.Straightened, upside_down: bool = False) -> prepare.Scan:
        finished.append(180 if upside_down else 0)
        scan = real_finish(straight, upside_down)
        assert np.array_equal(scan.clean, prepare.prepare(*source.load(2), upside_down=upside_down).clean)
        return scan

    monkeypatch.setattr(page, "straighten", straighten)
    monkeypatch.setattr(page, "finish", finish)
    monkeypatch.setattr(page, "_read", lambda scan: [])  # nothing read: unsure which way up
    page.read_page(source, 2)
    assert straightened == [1] and finished == [0, 180]


def test_the_tone_table_gives_the_float_formula_for_every_pixel() -> None:
    """`for_recognition` looks each pixel up by (gray, background): the very bytes of the float32 work."""
    rng = np.random.default_rng(3)
    # A page-like picture (paper, print, a shadow) and every level next to every other.
    page = np.full((600, 500), 235, np.uint8)
    page[100:500:20, 40:460] = 30
    page[:, :120] = (page[:, :120] * 0.6).astype(np.uint8)
    page = cv2.add(page, rng.integers(0, 12, page.shape, dtype=np.uint8))
    levels = np.tile(np.arange(256, dtype=np.uint8), (256, 1))
    for gray in (page, levels, levels.T.copy(), rng.integers(0, 256, (300, 300), dtype=np.uint8)):
        erase = rng.random(gray.shape) < 0.02
        size = max(round(15 * 0.67), 3)
        background = cv2.morphologyEx(gray, cv2.MORPH_CLOSE, np.ones((size, size), np.uint8))
        flat = gray.astype(np.float32) * 255.0 / np.maximum(background, 1).astype(np.float32)
        want = np.clip((flat - 40) * 255.0 / (215 - 40), 0, 255).astype(np.uint8)
        want[erase] = 255
        got = image.for_recognition(gray, erase, 0.67)
        assert got.dtype == np.uint8 and got.flags["C_CONTIGUOUS"]
        assert np.array_equal(got, want)
    assert image._tones()[255, 255] == 255 and image._tones()[30, 235] == 0


def test_medians_and_percentiles_of_short_lists_are_numpys_numbers() -> None:
    """The glyph rules' medians and percentiles (`ocr.stats`) are the numbers numpy gives, bit for bit."""
    rnd = np.random.default_rng(11)
    for trial in range(3000):
        size = int(rnd.integers(1, 40))
        if trial % 3 == 0:
            values: list[float] = [int(v) for v in rnd.integers(0, 300, size)]
        elif trial % 3 == 1:
            values = [float(v) for v in rnd.random(size) * 100]
        else:  # heights and halves mixed, as a line's glyph figures are
            values = [int(v) if v % 2 else v + 0.5 for v in rnd.integers(0, 60, size)]
        assert ocr_stats.median(values) == float(np.median(values)), values
        for q in (0, 12.5, 25, 33.3, 50, 75, 90, 100, float(rnd.random() * 100)):
            assert ocr_stats.percentile(values, q) == float(np.percentile(values, q)), (values, q)
    assert np.isnan(ocr_stats.median([]))
    with pytest.raises(ValueError):
        ocr_stats.percentile([1, 2], 101)


def test_a_dark_band_along_the_pages_edge_is_made_paper_and_the_print_kept() -> None:
    """A scanner's lid left open: a black band fading into specks along one edge (a 1-bit scan
    shows it so), read as letters glued to the lines beside it; the print and its ruling stay."""
    rng = np.random.default_rng(7)
    gray = np.full((1000, 800), 255, np.uint8)
    fade = np.clip(1.0 - np.arange(60) / 50.0, 0, 1)  # solid at the edge, specks by 50 px in
    gray[:, :60][rng.random((1000, 60)) < fade] = 0
    gray[300:320, 150:400] = 0  # a line of print
    gray[500:900, 120] = gray[500:900, 700] = gray[500, 120:701] = gray[900, 120:701] = 0  # a table's frame
    out = image.whiten_dark_edges(gray)
    assert (out[:, :60] == 255).all()
    assert np.array_equal(out[:, 60:], gray[:, 60:])
    # A ruling line along the edge of a page cut to its table is no band: nothing changes.
    framed = np.full((1000, 800), 255, np.uint8)
    framed[:, :3] = framed[:3, :] = 0
    framed[300:320, 150:400] = 0
    assert image.whiten_dark_edges(framed) is framed


def test_a_page_is_cut_for_tesseract_the_same_whatever_the_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    """A region reads differently beside other regions: a batch's worker (one core) cut a page into one
    strip where the command line (two) cut it into two, and read «• АГП» where the other read «о АГП»."""
    from magplan.extract.ocr import mosaic
    from magplan.extract.ocr.pages import source_for
    from tests.corpus import CORPUS

    sent: list[tuple[int, ...]] = []
    monkeypatch.setattr(mosaic, "recognize", lambda picture, *args, **kwargs: sent.append(picture.shape) or [])
    source = source_for(CORPUS / "plan-2026-scan.pdf")
    cuts = []
    for jobs, at_once in [(1, None), (2, 1), (2, 2)]:
        sent.clear()
        document._read_page_by(time.monotonic() + 120, source, 0, jobs, at_once)
        cuts.append(sorted(sent))
    assert len(cuts[0]) > 1 and cuts[0] == cuts[1] == cuts[2]


def test_a_page_of_few_letters_and_many_specks_is_measured_by_its_letters() -> None:
    # A title page's few lines on a speckled scan: the specks outnumber the letters.
    clean = np.full((3300, 2500), 255, np.uint8)
    for row in range(4):
        cv2.putText(clean, "plan meropriyatiy", (300, 600 + 120 * row), cv2.FONT_HERSHEY_SIMPLEX, 1.6, 0, 3)
    speckled = clean.copy()
    rng = np.random.default_rng(14)
    for y, x in zip(rng.integers(1200, 3200, 400), rng.integers(100, 2400, 400), strict=True):
        cv2.circle(speckled, (int(x), int(y)), 2, 0, -1)
    assert image.text_resolution(speckled) == pytest.approx(image.text_resolution(clean), rel=0.05)


def test_a_row_of_specks_between_text_lines_is_a_dotted_row_line_and_text_is_not() -> None:
    # At 300 dpi: a text line (blocks of ink 30 px tall, words apart), a dotted line 2 px tall
    # 20 px under it (a speck of 3 px every 25 px, 12 % ink), and a row of specks that stands
    # only 3 px under the text's foot (a baseline's serifs, no line).
    bw = np.zeros((200, 1200), np.uint8)
    for x in range(100, 1100, 90):
        bw[40:70, x : x + 70] = 255  # words
    for x in range(100, 1100, 25):
        bw[90:92, x : x + 3] = 255  # the dotted line
        bw[73:75, x : x + 3] = 255  # specks too close under the text
    found = grid.dotted_rows(bw, 1.0)
    rows = np.nonzero(found.any(axis=1))[0]
    assert rows.size and rows.min() >= 88 and rows.max() <= 93
    assert found[89:93, 100:1100].any(axis=0).mean() > 0.9


def test_a_dotted_row_parts_cells_only_between_two_column_borders() -> None:
    # A table of solid borders whose row line in the middle is dotted: it is kept from the left
    # border to the right one (its specks' reach past them cut off); a row of specks under the
    # table, meeting one border at most, is no line.
    bw = np.zeros((700, 1400), np.uint8)
    bw[100:103, 100:1300] = bw[500:503, 100:1300] = 255  # top and bottom lines
    bw[100:503, 100:103] = bw[100:503, 700:703] = bw[100:503, 1297:1300] = 255  # three borders
    for x in range(100, 1300, 25):
        bw[300:302, x : x + 3] = 255  # the dotted row line
        bw[600:602, x : x + 3] = 255  # specks under the table
    ruling = grid.ruling_lines(bw, 1.0)
    assert ruling[299:303, 110:690].any(axis=0).all() and ruling[299:303, 710:1290].any(axis=0).all()
    assert not ruling[299:303, :80].any() and not ruling[590:610].any()
    tables = grid.find_tables(ruling, 1.0)
    assert len(tables) == 1 and tables[0].rows == 2 and tables[0].cols == 2
