"""Tesseract in this process (its library) and as a program: the same reading either way."""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import shutil

import numpy as np
import pytest

from magplan.extract.ocr import libtesseract, mosaic, source_for
from magplan.extract.ocr import tesseract as tess
from tests.corpus import CORPUS

pytestmark = pytest.mark.skipif(
    shutil.which("tesseract") is None or not libtesseract.available(), reason="tesseract is not installed"
)


@pytest.fixture(scope="module")
def title() -> np.ndarray:
    """The top of the corpus scan's first page: its title and the table's first rows, in gray."""
    page, _dpi = source_for(CORPUS / "plan-2026-scan.pdf").load(0)
    gray: np.ndarray = page.min(axis=2) if page.ndim == 3 else page
    return np.ascontiguousarray(gray[:700])


def _read(image: np.ndarray) -> list[tuple[str, int, int, int, int, float]]:
    return [(w.text, w.x0, w.y0, w.x1, w.y1, w.conf) for w in tess.recognize(image, 200)]


def test_the_library_reads_what_the_program_reads(title: np.ndarray, monkeypatch: pytest.MonkeyPatch) -> None:
    in_process = _read(title)
    program = tess.tesseract_program()
    monkeypatch.setenv("MAGPLAN_TESSERACT", program)  # a program named by the user is run as a program
    by_program = _read(title)
    assert in_process == by_program
    assert any("Ассамблеи" in text for text, *_ in in_process)


def engine_loads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """The languages of every engine loaded from now on (none kept from before)."""
    loads: list[tuple[str, ...]] = []
    real = libtesseract._load

    def counted(lib: object, languages: tuple[str, ...], folder: str | None) -> int:
        loads.append(languages)
        return real(lib, languages, folder)  # type: ignore[arg-type]

    monkeypatch.setattr(libtesseract, "_load", counted)
    monkeypatch.setattr(libtesseract, "_idle", {})
    return loads


def test_an_engine_is_loaded_once_and_kept(title: np.ndarray, monkeypatch: pytest.MonkeyPatch) -> None:
    loads = engine_loads(monkeypatch)
    first, second = _read(title[:300]), _read(title[:300])
    assert first == second and loads == [tess.LANGUAGES]


def test_tesseract_in_this_process_writes_nothing_to_standard_error(
    title: np.ndarray, capfd: pytest.CaptureFixture[str]
) -> None:
    tess.recognize(np.ascontiguousarray(title[:200]), 10)  # a resolution Tesseract remarks on
    assert capfd.readouterr().err == ""


def test_strips_read_one_after_the_other_read_as_at_once(title: np.ndarray, monkeypatch: pytest.MonkeyPatch) -> None:
    # A page read while the other core reads another page takes one engine, and reads the same.
    bands = [mosaic.Region(0, y, title.shape[1], y + 100) for y in range(0, 700, 100)]
    together = mosaic.read_regions(title, bands, 200, parts=2)
    loads = engine_loads(monkeypatch)
    mosaic.set_at_once(1)
    try:
        in_turn = mosaic.read_regions(title, bands, 200, parts=2)
    finally:
        mosaic.set_at_once(None)
    assert len(mosaic._strips(title, bands, 200, 2)) == 2
    assert [(w.text, w.x0, w.y0, w.conf) for w in in_turn] == [(w.text, w.x0, w.y0, w.conf) for w in together]
    assert loads == [tess.LANGUAGES]


def _read_in_child(image: np.ndarray, pipe: multiprocessing.connection.Connection) -> None:
    pipe.send(_read(image))


def test_a_forked_page_reader_reads_with_the_engine_loaded_before_the_fork(
    title: np.ndarray, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = _read(title[:300])
    loads = engine_loads(monkeypatch)
    tess.preload()
    assert loads == [tess.LANGUAGES]

    def no_load(lib: object, languages: tuple[str, ...], folder: str | None) -> int:
        raise AssertionError(f"the reader loaded an engine of its own for {languages}")

    monkeypatch.setattr(libtesseract, "_load", no_load)  # the child inherits this: it must not load
    receive, send = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(target=_read_in_child, args=(title[:300], send))
    child.start()
    try:
        assert receive.poll(60), "the reader sent nothing (it failed: see its standard error)"
        assert receive.recv() == here
    finally:
        child.join(10)
    assert child.exitcode == 0


def test_the_engine_warmed_up_in_a_thread_is_the_one_the_pages_are_read_with(
    title: np.ndarray, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = _read(title[:300])
    loads = engine_loads(monkeypatch)
    monkeypatch.setattr(tess, "_warming", None)
    tess.warm_up()
    tess.warm_up()  # once in a process
    tess.preload()  # waits for the thread's engine rather than loading one of its own
    assert loads == [tess.LANGUAGES]
    assert _read(title[:300]) == here
    assert loads == [tess.LANGUAGES]
