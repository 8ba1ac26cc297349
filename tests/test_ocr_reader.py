"""A scan's pages are read in a process of their own, even a scan of one page.

Tesseract runs inside the page reader (its library, not a program of its
own), and it looks at its deadline only while it recognises words: a reading
that does not end must be stopped by killing its process, and a crash of the
library must take only that process with it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from magplan import limits
from magplan.errors import InputError, ProgramTimeout
from magplan.extract.ocr import document, source_for
from magplan.extract.ocr.page import PageText
from magplan.extract.ocr.pages import PageSource

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")


@pytest.fixture
def one_page(tmp_path: Path) -> Path:
    path = tmp_path / "scan.png"
    Image.fromarray(np.full((400, 300), 255, np.uint8)).save(path)
    return path


def test_a_one_page_scan_that_overruns_its_deadline_is_stopped_in_its_own_process(
    one_page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid_file = tmp_path / "reader.pid"

    def endless(source: PageSource, index: int) -> PageText:
        # What Tesseract does while it finds a noisy page's lines: it never looks at the deadline.
        pid_file.write_text(str(os.getpid()))
        time.sleep(8)
        return PageText(index + 1)

    monkeypatch.setattr(document, "read_page", endless)
    monkeypatch.setenv(limits.OCR_SECONDS.env, "0.5")
    with pytest.raises(ProgramTimeout, match=r"OCR took longer than 0\.5 s"):
        document.ocr_layout(source_for(one_page))
    reader = int(pid_file.read_text())
    assert reader != os.getpid()
    with pytest.raises(ProcessLookupError):
        os.kill(reader, 0)  # killed at the deadline, not left reading


def test_a_crash_of_the_page_reader_is_one_line_and_exit_status_2(one_page: Path, tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import os, sys
        from magplan import cli
        from magplan.extract.ocr import document

        def crash(source, index, jobs=1):
            os.abort()  # as libtesseract does on a failed assertion

        document.read_page = crash
        sys.exit(cli.main(sys.argv[1:]))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "convert", str(one_page), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "the process reading its pages died" in lines[0], done.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_pages_are_read_after_the_caller_ran_opencv_on_several_threads() -> None:
    # A forked reader inherits OpenCV's thread pool; once the caller has run it on several threads
    # (a notebook's own image work before `read_plan`), the reader blocked for ever in its first
    # OpenCV call and the read ended only at the OCR deadline.
    scan = Path(__file__).parents[1] / "fixtures" / "corpus" / "plan-2026-scan.pdf"
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        import cv2, numpy as np
        image = np.random.default_rng(1).integers(0, 255, (4000, 4000), dtype=np.uint8)
        for _ in range(3):
            cv2.resize(cv2.GaussianBlur(image, (15, 15), 0), (2000, 2000))
        from magplan.extract.ocr import document, source_for
        layout = document.ocr_layout(source_for(Path({str(scan)!r})), jobs=2)
        print(layout.page_count)
        """
    )
    env = {**os.environ, limits.OCR_SECONDS.env: "40"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=180)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.split() == ["3"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_a_page_reader_keeps_the_memory_it_frees() -> None:
    # In a process of its own, as a page reader: the setting stays with the process that makes it.
    code = "from magplan.extract.ocr import heap; print(heap.keep_freed_memory())"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "True"


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_page_that_cannot_be_laid_out_again_keeps_its_first_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    """An unruled table seems to go on onto page 2 (`continued`), but its second layout fails: the
    document keeps page 2 as first read and says so, rather than failing for a second look."""
    path = tmp_path / "scan.png"
    Image.fromarray(np.full((400, 300), 255, np.uint8)).save(path)
    first = [PageText(1), PageText(2)]

    def failing(source: PageSource, index: int, read: PageText, cells: object) -> PageText:
        raise InputError("the page could not be rendered again")

    def found(pages: list[PageText], deadline: float | None = None) -> list[tuple[int, list[list[object]]]]:
        return [(1, [[(0.0, 0.0, 10.0, 10.0)]])]

    monkeypatch.setattr(document, "read_page_again", failing)
    monkeypatch.setattr(document, "continuations", found)
    source = source_for(path)
    deadline = time.monotonic() + 60
    if jobs == 1:
        pages = document._with_continuations(first, source, deadline, 1)
    else:
        with ProcessPoolExecutor(max_workers=1) as pool:
            pages = document._with_continuations(first, source, deadline, 2, pool)
    assert pages[0] is first[0]
    assert [w.code for w in pages[1].warnings] == ["ocr_continuation_skipped"]
