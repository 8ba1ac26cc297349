"""Tesseract: availability check and one recognition call per image.

Tesseract runs in this process, through the library the `tesseract`
program is built on (`libtesseract`), its engines kept loaded from call to
call.  Where that library cannot be loaded, or MAGPLAN_TESSERACT names a
program of the user's own, the program is run for each call instead, the
image sent as uncompressed PGM on its standard input.  Either way the
answer is Tesseract's TSV: one row per word with its box and confidence.
The program must be installed in both cases: it is what says where the
language data is and that Russian is there.  Tesseract refuses images with
a side over `MAX_SIDE` pixels; callers cut larger work into strips (`mosaic`).
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import subprocess
import threading
import time
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from magplan import lifeline, limits, programs
from magplan.errors import MagplanError, MissingDependency, ProgramTimeout
from magplan.extract.ocr import libtesseract

# Tesseract's own limit on either side of an image (leptonica's 2^15 - 1).
MAX_SIDE = 32767
# When this document's OCR must be done (time.monotonic(), the same clock in every process), if set.
_deadline: float | None = None


def set_deadline(when: float | None) -> None:
    """Bound every Tesseract run that follows by `when` (`limits.OCR_SECONDS` for a whole document)."""
    global _deadline
    _deadline = when


def out_of_time() -> ProgramTimeout:
    return ProgramTimeout(
        f"OCR took longer than {limits.OCR_SECONDS.value():g} s for this document; {limits.OCR_SECONDS.hint}"
    )


LANGUAGES = ("rus", "eng")
_INSTALL_HINT = "install the Debian packages tesseract-ocr and tesseract-ocr-rus (apt-get install {})"


@dataclass(slots=True)
class Word:
    text: str
    x0: int
    y0: int
    x1: int
    y1: int
    conf: float  # 0-100, as Tesseract reports it
    # Tesseract's own line id (block, paragraph, line): a hint for grouping words into lines.
    line: tuple[int, int, int] = (0, 0, 0)

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    @property
    def height(self) -> int:
        return self.y1 - self.y0


@functools.cache
def tesseract_program() -> str:
    """The path of `tesseract`, after checking that it has the languages the plans need."""
    global _tessdata
    # MAGPLAN_TESSERACT, PATH, then where the macOS and Windows installers put it (`magplan.programs`).
    program = programs.locate(programs.TESSERACT_VARIABLE, ("tesseract",), programs.TESSERACT_PLACES)
    if program is None:
        raise MissingDependency(
            "scanned PDFs need the tesseract OCR program: "
            + _INSTALL_HINT.format("tesseract-ocr tesseract-ocr-rus")
            + f" (macOS: brew install tesseract tesseract-lang; Windows: the UB Mannheim installer), "
            f"or set {programs.TESSERACT_VARIABLE} to the tesseract program"
        )
    try:
        listing = subprocess.run([program, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise MissingDependency(f"tesseract cannot be run ({exc}): " + _INSTALL_HINT.format("tesseract-ocr")) from exc
    _tessdata = _listed_folder(listing.stdout + listing.stderr)
    available = {line.strip() for line in (listing.stdout + listing.stderr).splitlines()}
    missing = [lang for lang in LANGUAGES if lang not in available]
    if missing:
        packages = " ".join(f"tesseract-ocr-{lang}" for lang in missing)
        raise MissingDependency(
            f"tesseract has no language data for {', '.join(missing)}: " + _INSTALL_HINT.format(packages)
        )
    return program


def _listed_folder(listing: str) -> str | None:
    """The language data folder that `tesseract --list-langs` names in its first line."""
    found = re.search(r'languages in "([^"]+)"', listing)
    return found.group(1) if found else None


# The language data folder of the installed program (set by `tesseract_program`): the library's too.
_tessdata: str | None = None


def preload(languages: tuple[str, ...] = LANGUAGES) -> None:
    """Load an engine for `languages` now, when Tesseract runs in this process: the page
    readers this process forks then start with it instead of each loading its own."""
    warmed_up()
    _preload(languages)


def _preload(languages: tuple[str, ...]) -> None:
    tesseract_program()  # the language data folder
    if not os.environ.get(programs.TESSERACT_VARIABLE) and libtesseract.available():
        libtesseract.preload(languages, _tessdata)


# The thread `warm_up` started (once in a process: the engine it loads stays at rest here).
_warming: threading.Thread | None = None
_warming_lock = threading.Lock()


def warm_up(languages: tuple[str, ...] = LANGUAGES) -> None:
    """Start checking the program and loading an engine (`preload`) in a thread of its own.

    Called before the modules that read pages are imported: importing them
    (OpenCV, NumPy, Pillow and ours) holds the GIL for 0.2 s of a scan's
    start-up, while loading an engine is work in the library, without the
    GIL (0.1-0.15 s), so on a second core it costs no time.  A failure is
    left for the caller's own `tesseract_program` and `preload` to raise.
    """
    global _warming

    def load() -> None:
        with contextlib.suppress(Exception):
            _preload(languages)
            # NumPy's median and percentile import numpy.ma on first use (0.02 s): once here,
            # rather than in each page reader this process forks.
            import numpy.ma  # noqa: F401

    with _warming_lock:
        if _warming is None:
            # The library itself is loaded here, in the caller's thread: loading it sets the
            # environment for OpenMP (`libtesseract`), which no thread may change while
            # another reads it (the imports meanwhile do, and C's getenv takes no lock).
            if not os.environ.get(programs.TESSERACT_VARIABLE):
                libtesseract.available()
            _warming = threading.Thread(target=load, name="tesseract-warm-up")
            _warming.start()


def warmed_up() -> None:
    """Wait for the thread of `warm_up`, if one was started (no reader may be forked while it works)."""
    thread = _warming
    if thread is not None:
        thread.join()


def recognize(
    image: npt.NDArray[np.uint8],
    dpi: int,
    psm: int = 6,
    languages: tuple[str, ...] = LANGUAGES,
    timeout: float | None = None,
) -> list[Word]:
    """The words Tesseract reads in a grayscale image, in its reading order."""
    height, width = image.shape[:2]
    if height > MAX_SIDE or width > MAX_SIDE:
        raise ValueError(f"an image of {width} x {height} px is over Tesseract's limit of {MAX_SIDE} px")
    if height == 0 or width == 0:
        return []
    program = tesseract_program()
    timeout = timeout or limits.program_timeout()
    if _deadline is not None:
        left = _deadline - time.monotonic()
        if left <= 0:
            raise out_of_time()
        timeout = min(timeout, left)
    pixels = np.ascontiguousarray(image, dtype=np.uint8)
    # The library, unless MAGPLAN_TESSERACT chose a program of the user's own.
    if not os.environ.get(programs.TESSERACT_VARIABLE) and libtesseract.available():
        started = time.monotonic()
        try:
            tsv = libtesseract.read_tsv(pixels, dpi, psm, languages, timeout, _tessdata)
        except libtesseract.Timeout:
            raise _timed_out(timeout) from None
        if time.monotonic() - started > timeout:
            raise _timed_out(timeout)
    else:
        tsv = _by_program(program, pixels, dpi, psm, languages, timeout)
    return parse_tsv(tsv)


@functools.lru_cache(maxsize=4096)
def is_word(word: str) -> bool | None:
    """Is `word` in Tesseract's Russian dictionary?  None when only the program is at hand.

    The dictionary the recogniser itself reads by: it tells a word cut at a
    narrow column's edge («Правительств» + «о») from two words.
    """
    if os.environ.get(programs.TESSERACT_VARIABLE) or not libtesseract.available():
        return None
    # The language data folder is known once a page was read; the library's own default else.
    return libtesseract.is_word(word, LANGUAGES, _tessdata)


def _timed_out(timeout: float) -> ProgramTimeout:
    if _deadline is not None and time.monotonic() >= _deadline:
        return out_of_time()
    return ProgramTimeout(f"tesseract took longer than {timeout:g} s on one page; {limits.PROGRAM_SECONDS.hint}")


def _by_program(
    program: str, pixels: npt.NDArray[np.uint8], dpi: int, psm: int, languages: tuple[str, ...], timeout: float
) -> str:
    height, width = pixels.shape
    pgm = b"P5\n%d %d\n255\n" % (width, height) + pixels.tobytes()
    command = [program, "stdin", "stdout", "-l", "+".join(languages), "--psm", str(psm), "--dpi", str(dpi), "tsv"]
    # Pages are already spread over processes; Tesseract's own threads would only compete with them.
    # Marked (`lifeline`): a reader killed outright takes its Tesseract with it.
    env = lifeline.marked({**os.environ, "OMP_THREAD_LIMIT": "1"})
    try:
        done = subprocess.run(command, input=pgm, capture_output=True, timeout=timeout, env=env, check=False)
    except subprocess.TimeoutExpired as exc:
        raise _timed_out(timeout) from exc
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise MagplanError(f"tesseract failed: {message[-1] if message else done.returncode}")
    return done.stdout.decode("utf-8", "replace")


def parse_tsv(tsv: str) -> list[Word]:
    """Words of Tesseract's TSV (the program's has a header line, the library's has none)."""
    words: list[Word] = []
    for row in tsv.splitlines():
        # level page block paragraph line word left top width height confidence text
        fields = row.split("\t")
        if len(fields) < 12 or fields[0] != "5":
            continue
        text = fields[11].strip()
        if not text:
            continue
        left, top, width, height = (int(v) for v in fields[6:10])
        words.append(
            Word(
                text=text,
                x0=left,
                y0=top,
                x1=left + width,
                y1=top + height,
                conf=float(fields[10]),
                line=(int(fields[2]), int(fields[3]), int(fields[4])),
            )
        )
    return words
