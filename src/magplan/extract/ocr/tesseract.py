"""The Tesseract program: availability check and one recognition call per image.

Tesseract runs as a subprocess (no Python binding needed), reads the image
as uncompressed PGM from its standard input (encoding a PNG would cost more
than the call's start) and answers in its TSV format: one row per word with
its box and confidence.  It refuses images with a side over `MAX_SIDE`
pixels; callers cut larger work into strips (`mosaic`).
"""

from __future__ import annotations

import csv
import functools
import io
import os
import subprocess
import time
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from magplan import lifeline, limits, programs
from magplan.errors import MagplanError, MissingDependency, ProgramTimeout

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
    available = {line.strip() for line in (listing.stdout + listing.stderr).splitlines()}
    missing = [lang for lang in LANGUAGES if lang not in available]
    if missing:
        packages = " ".join(f"tesseract-ocr-{lang}" for lang in missing)
        raise MissingDependency(
            f"tesseract has no language data for {', '.join(missing)}: " + _INSTALL_HINT.format(packages)
        )
    return program


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
    pgm = b"P5\n%d %d\n255\n" % (width, height) + np.ascontiguousarray(image, dtype=np.uint8).tobytes()
    program = tesseract_program()
    timeout = timeout or limits.program_timeout()
    if _deadline is not None:
        left = _deadline - time.monotonic()
        if left <= 0:
            raise out_of_time()
        timeout = min(timeout, left)
    command = [program, "stdin", "stdout", "-l", "+".join(languages), "--psm", str(psm), "--dpi", str(dpi), "tsv"]
    # Pages are already spread over processes; Tesseract's own threads would only compete with them.
    # Marked (`lifeline`): a reader killed outright takes its Tesseract with it.
    env = lifeline.marked({**os.environ, "OMP_THREAD_LIMIT": "1"})
    try:
        done = subprocess.run(command, input=pgm, capture_output=True, timeout=timeout, env=env, check=False)
    except subprocess.TimeoutExpired as exc:
        if _deadline is not None and time.monotonic() >= _deadline:
            raise out_of_time() from exc
        raise ProgramTimeout(
            f"tesseract took longer than {timeout:g} s on one page; {limits.PROGRAM_SECONDS.hint}"
        ) from exc
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise MagplanError(f"tesseract failed: {message[-1] if message else done.returncode}")
    return parse_tsv(done.stdout.decode("utf-8", "replace"))


def parse_tsv(tsv: str) -> list[Word]:
    words: list[Word] = []
    reader = csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in reader:
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        left, top = int(row["left"]), int(row["top"])
        words.append(
            Word(
                text=text,
                x0=left,
                y0=top,
                x1=left + int(row["width"]),
                y1=top + int(row["height"]),
                conf=float(row["conf"]),
                line=(int(row["block_num"]), int(row["par_num"]), int(row["line_num"])),
            )
        )
    return words
