"""A killed magplan leaves no process behind (issue 14.4): kill -9 and SIGTERM, of a batch and of
a single conversion, down to the LibreOffice and Tesseract processes its workers started.

Every process of a run is found by a mark the test puts in the run's environment (inherited by
workers, fork servers, LibreOffice's office process and Tesseract alike, whatever they are
reparented to), so nothing the run started can hide from the check.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from magplan.extract.ocr.tesseract import tesseract_program
from magplan.soffice import find
from tests.corpus import CORPUS

pytestmark = pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs Linux /proc")

MARK = "MAGPLAN_TEST_RUN"


def _ours(mark: str) -> dict[int, str]:
    """The live processes (pid → program name) whose environment carries the test's mark."""
    entry = f"{MARK}={mark}".encode()
    found = {}
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
            if state not in ("Z", "X") and entry in (proc / "environ").read_bytes().split(b"\0"):
                found[int(proc.name)] = (proc / "comm").read_text().strip()
        except OSError:  # gone meanwhile
            continue
    return found


def _left_behind(temporary: Path) -> list[str]:
    """magplan's temporary folders still there (LibreOffice's profile is a megabyte or more)."""
    return sorted(p.name for p in temporary.glob("magplan-*"))


def _gone(mark: str, seconds: float = 10) -> dict[int, str]:
    deadline = time.monotonic() + seconds
    while (left := _ours(mark)) and time.monotonic() < deadline:
        time.sleep(0.1)
    for pid in left:  # clean up before failing, so that a failure leaves nothing either
        _kill(pid)
    return left


def _kill(pid: int) -> None:
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGKILL)


def _busy_legacy(path: Path) -> Path:
    """Random bytes named `.rtf`: LibreOffice chews on them until its time limit."""
    path.write_bytes(np.random.default_rng(1).bytes(1 << 20))
    return path


def _busy_scan(path: Path) -> Path:
    """A page of printed lines without a table: Tesseract reads it (a page without text
    lines is skipped before Tesseract), and takes seconds over it."""
    font_file = Path("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf")
    if not font_file.exists():
        pytest.skip("needs the Liberation fonts (Debian fonts-liberation)")
    font = ImageFont.truetype(str(font_file), 40)  # 14 pt at 200 dpi
    words = ["план", "мероприятий", "ассамблеи", "столиц", "городов", "форум", "сессия", "совет", "конференция"]
    rng = np.random.default_rng(0)
    page = Image.new("L", (1654, 2339), 255)  # A4 at 200 dpi
    draw = ImageDraw.Draw(page)
    for line in range(40):
        text = " ".join(rng.choice(words) for _ in range(9))
        draw.text((150, 150 + 50 * line), text, font=font, fill=0)
    page.save(path, resolution=200)
    return path


@pytest.fixture
def programs() -> None:
    try:
        find("the test")
        tesseract_program()
    except Exception as exc:  # any reason they cannot run skips the test
        pytest.skip(f"needs LibreOffice and Tesseract: {exc}")


@pytest.fixture
def mark() -> Iterator[str]:
    mark = secrets.token_hex(8)
    yield mark
    for pid in _ours(mark):
        _kill(pid)


def _start(
    command: list[str], mark: str, busy: set[str], temporary: Path, **environment: str
) -> subprocess.Popen[bytes]:
    """Start `magplan …` and return once processes named `busy` (its outside programs) are at work.

    Its temporary folders go into `temporary`, for the check that none is left.
    """
    temporary.mkdir()
    environment = {
        **os.environ,
        **environment,
        MARK: mark,
        "MAGPLAN_PROGRAM_TIMEOUT": "300",
        "MAGPLAN_OCR_SECONDS": "300",
        "TMPDIR": str(temporary),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "magplan", *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment,
        start_new_session=True,  # the test's own signals stay with the test
    )
    deadline = time.monotonic() + 120
    seen: set[str] = set()
    # Each is seen at work; Tesseract runs one part of a page after another, so maybe not both at one instant.
    while not busy <= (seen := seen | set(_ours(mark).values())) and time.monotonic() < deadline:
        assert process.poll() is None, "magplan ended before it could be killed"
        time.sleep(0.05)
    assert busy <= seen, seen
    return process


def _batch(tmp_path: Path, mark: str) -> tuple[subprocess.Popen[bytes], Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    # Read first (names sort first) and kept in the cache; the last two keep LibreOffice and Tesseract busy.
    page = (CORPUS / "plan-2026.html").read_text(encoding="utf-8")
    for i in range(2):
        (folder / f"a{i}.html").write_text(page + f"<!-- {i} -->", encoding="utf-8")
    _busy_legacy(folder / "b.rtf")
    _busy_scan(folder / "c.pdf")
    out = tmp_path / "out"
    command = ["batch", str(folder), "--out", str(out), "--jobs", "2"]
    # Tesseract runs inside the reading process through its library, unless MAGPLAN_TESSERACT names
    # the program: then it is a process of its own, the one this test needs to see die.
    program = tesseract_program()
    return _start(command, mark, {"soffice.bin", "tesseract"}, tmp_path / "tmp", MAGPLAN_TESSERACT=program), out


@pytest.mark.usefixtures("programs")
def test_kill_9_of_a_batch_leaves_no_process_and_no_pipe_held(tmp_path: Path, mark: str) -> None:
    process, _ = _batch(tmp_path, mark)
    os.kill(process.pid, signal.SIGKILL)
    # The pipes reach end-of-file only when every process holding them is gone.
    process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert _gone(mark) == {}
    assert _left_behind(tmp_path / "tmp") == []


@pytest.mark.usefixtures("programs")
def test_sigterm_stops_a_batch_cleanly_keeps_the_cache_and_leaves_no_process(tmp_path: Path, mark: str) -> None:
    process, out = _batch(tmp_path, mark)
    # The two pages are read before the busy programs start, but their results reach the cache
    # through the batch's own process, which a loaded machine may not have run yet: wait for them.
    deadline = time.monotonic() + 30
    while len(list(out.glob(".cache/*/*/*.json"))) < 2 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 143, stderr
    assert stderr.decode().splitlines()[-1] == "magplan: terminated"  # after the progress lines
    # The two pages read are kept for the next run (the scan too, should it be done before the stop).
    assert len(list(out.glob(".cache/*/*/*.json"))) >= 2
    assert not list(out.glob("archive.*")) and not list(out.rglob("*.part"))
    assert _gone(mark) == {}
    assert _left_behind(tmp_path / "tmp") == []


@pytest.mark.usefixtures("programs")
@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGTERM], ids=["kill-9", "sigterm"])
def test_a_killed_conversion_takes_libreoffice_with_it(tmp_path: Path, mark: str, stop: signal.Signals) -> None:
    source = _busy_legacy(tmp_path / "plan.rtf")
    command = ["convert", str(source), "--to", "json", "--out", str(tmp_path / "out")]
    process = _start(command, mark, {"soffice.bin"}, tmp_path / "tmp")
    os.kill(process.pid, stop)
    process.communicate(timeout=30)
    assert process.returncode == (-signal.SIGKILL if stop == signal.SIGKILL else 143)
    assert _gone(mark) == {}
    assert _left_behind(tmp_path / "tmp") == []
    assert not (tmp_path / "out").exists()


def test_the_uploads_of_a_server_killed_outright_are_removed(tmp_path: Path, mark: str) -> None:
    # People's documents wait in the server's job folders; a kill -9 must not leave them in /tmp.
    script = "from magplan.web.uploads import new_folder; import time; print(new_folder(), flush=True); time.sleep(60)"
    server = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env={**os.environ, MARK: mark}
    )
    assert server.stdout is not None
    folder = Path(server.stdout.readline().strip())
    assert folder.is_dir()
    server.kill()
    server.wait()
    assert _gone(mark) == {}  # the reaper, too, once it has done its work
    assert not folder.exists()
