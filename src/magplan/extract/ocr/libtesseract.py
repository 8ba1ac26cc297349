"""Tesseract in this process: its C API, from the library the `tesseract` program itself runs on.

Starting the program and loading its Russian and English models costs
0.15-0.2 s of CPU per call, as much as reading a third of a page; an engine
loaded here is kept for the next call.  It is the very library the program
uses (Debian's libtesseract5 comes with tesseract-ocr), so the words and
confidences are the program's to the last letter, where a binding that
brings its own Tesseract (tesserocr's wheels) reads some words differently.
ctypes lets go of the GIL during each call, so threads recognise at once.

`available()` says whether the library loads; `read_tsv` is one
recognition, answered in Tesseract's TSV (without the program's header line);
`preload` loads an engine ahead, for the page readers a process forks: they
start with a copy of it (loading one costs 0.15-0.2 s of CPU, nearly all of
it English's: Tesseract sorts its universal ambiguities into lists one by one).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import os
import threading
from collections.abc import Iterator

import numpy as np
import numpy.typing as npt

from magplan.errors import MagplanError

# Names the library goes by: Debian and most Linux; else whatever the system's loader finds.
_NAMES = ("libtesseract.so.5",)


class Timeout(Exception):
    """Tesseract gave up at its deadline."""


_load_lock = threading.Lock()


def _library() -> ctypes.CDLL | None:
    with _load_lock:  # the strips of a page ask at once
        return _load_library()


@functools.cache
def _load_library() -> ctypes.CDLL | None:
    # OpenMP reads its thread limit once, when the library brings it in.  Pages are already
    # spread over the cores; OpenMP's threads would spin beside them, burning several times
    # the CPU of the work itself.
    before = os.environ.get("OMP_THREAD_LIMIT")
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        for name in [*_NAMES, ctypes.util.find_library("tesseract")]:
            if not name:
                continue
            try:
                lib = ctypes.CDLL(name)
                _declare(lib)
            except (OSError, AttributeError):
                continue
            return lib
        return None
    finally:
        if before is None:
            del os.environ["OMP_THREAD_LIMIT"]
        else:
            os.environ["OMP_THREAD_LIMIT"] = before


def _declare(lib: ctypes.CDLL) -> None:
    handle, text, number = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    signatures: dict[str, tuple[object, list[object]]] = {
        "TessBaseAPICreate": (handle, []),
        "TessBaseAPIDelete": (None, [handle]),
        "TessBaseAPISetVariable": (ctypes.c_int, [handle, text, text]),
        "TessBaseAPIInit3": (ctypes.c_int, [handle, text, text]),
        "TessBaseAPISetPageSegMode": (None, [handle, ctypes.c_int]),
        "TessBaseAPISetImage": (None, [handle, ctypes.c_void_p, number, number, number, number]),
        "TessBaseAPISetSourceResolution": (None, [handle, ctypes.c_int]),
        "TessBaseAPIRecognize": (ctypes.c_int, [handle, handle]),
        # A char * to be given back with TessDeleteText: declared as a pointer, not c_char_p.
        "TessBaseAPIGetTsvText": (ctypes.c_void_p, [handle, ctypes.c_int]),
        "TessDeleteText": (None, [ctypes.c_void_p]),
        "TessBaseAPIClear": (None, [handle]),
        "TessMonitorCreate": (handle, []),
        "TessMonitorDelete": (None, [handle]),
        "TessMonitorSetDeadlineMSecs": (None, [handle, ctypes.c_int]),
        "TessBaseAPIIsValidWord": (ctypes.c_int, [handle, text]),
    }
    for name, (result, arguments) in signatures.items():
        function = getattr(lib, name)
        function.restype = result
        function.argtypes = arguments


def available() -> bool:
    return _library() is not None


def read_tsv(
    pixels: npt.NDArray[np.uint8], dpi: int, psm: int, languages: tuple[str, ...], seconds: float, folder: str | None
) -> str:
    """Tesseract's TSV for a grayscale image; `Timeout` when it is not done within `seconds`."""
    lib = _library()
    assert lib is not None, "read_tsv called without the library (check available() first)"
    image = np.ascontiguousarray(pixels, dtype=np.uint8)
    height, width = image.shape
    with _engine(lib, languages, folder) as api:
        lib.TessBaseAPISetPageSegMode(api, psm)
        lib.TessBaseAPISetImage(api, image.ctypes.data, width, height, 1, width)
        lib.TessBaseAPISetSourceResolution(api, dpi)
        monitor = lib.TessMonitorCreate()
        try:
            # Tesseract looks at the deadline between words and gives up, answering non-zero.
            lib.TessMonitorSetDeadlineMSecs(monitor, max(int(seconds * 1000), 1))
            failed = lib.TessBaseAPIRecognize(api, monitor)
        finally:
            lib.TessMonitorDelete(monitor)
        if failed:
            lib.TessBaseAPIClear(api)
            raise Timeout
        answer = lib.TessBaseAPIGetTsvText(api, 0)
        try:
            tsv = ctypes.string_at(answer).decode("utf-8", "replace") if answer else ""
        finally:
            lib.TessDeleteText(answer)
            lib.TessBaseAPIClear(api)  # the image and its results: a page's worth of memory
    return tsv


def is_word(word: str, languages: tuple[str, ...], folder: str | None) -> bool:
    """Is `word` in the dictionary of the first of `languages` (the one Tesseract reads words by)?"""
    lib = _library()
    assert lib is not None, "is_word called without the library (check available() first)"
    with _engine(lib, languages, folder) as api:
        return bool(lib.TessBaseAPIIsValidWord(api, word.encode()))


# Loaded engines not in use, by language list.  A process forked from this one (a page
# reader) starts with a copy of them: fork copies the engines' memory, so the copies are
# its own, and only an engine at rest is in here to be copied.
_idle: dict[tuple[str, ...], list[int]] = {}
_idle_lock = threading.Lock()


def _fresh_locks() -> None:
    """In a forked child: locks of its own (another thread may have held the parent's at the fork)."""
    global _idle_lock, _load_lock
    _idle_lock, _load_lock = threading.Lock(), threading.Lock()


os.register_at_fork(after_in_child=_fresh_locks)


def preload(languages: tuple[str, ...], folder: str | None) -> None:
    """Have an engine for `languages` loaded and at rest in this process, for the readers it forks."""
    lib = _library()
    if lib is None:
        return
    with _idle_lock:
        if _idle.get(languages):
            return
    api = _load(lib, languages, folder)
    with _idle_lock:
        _idle.setdefault(languages, []).append(api)


@contextlib.contextmanager
def _engine(lib: ctypes.CDLL, languages: tuple[str, ...], folder: str | None) -> Iterator[int]:
    """An engine loaded with `languages`, for one thread at a time, kept for the next call."""
    with _idle_lock:
        idle = _idle.setdefault(languages, [])
        api = idle.pop() if idle else None
    if api is None:
        api = _load(lib, languages, folder)
    try:
        yield api
    except BaseException:
        # An engine stopped half-way is not trusted again.
        lib.TessBaseAPIDelete(api)
        raise
    with _idle_lock:
        _idle.setdefault(languages, []).append(api)


def _load(lib: ctypes.CDLL, languages: tuple[str, ...], folder: str | None) -> int:
    api = lib.TessBaseAPICreate()
    # Tesseract's own remarks («Estimating resolution as …») would reach our standard error.
    lib.TessBaseAPISetVariable(api, b"debug_file", os.devnull.encode())
    path = folder.encode() if folder else None
    if lib.TessBaseAPIInit3(api, path, "+".join(languages).encode()) != 0:
        lib.TessBaseAPIDelete(api)
        raise MagplanError(f"tesseract cannot load its {'+'.join(languages)} language data from {folder}")
    return int(api)
