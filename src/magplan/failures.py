"""What went wrong, as one line and an exit status (README, «Exit status»).

Errors magplan raises on purpose carry their own message.  Anything else is
told apart by where it was raised: inside a library reading the file (pdfminer,
lxml, zipfile…) the file is what the library could not read — a damaged file;
inside magplan's own code it is a bug in magplan, and the message says so.
"""

from __future__ import annotations

import re
import sysconfig
from types import TracebackType

from magplan.errors import (
    EXIT_BAD_INPUT,
    EXIT_BUG,
    EXIT_FAILED,
    InputError,
    MagplanError,
    OutputError,
    one_line,
)

MAX_MESSAGE = 300
BUG_NOTE = "this is a bug in magplan"


def _innermost_module(tb: TracebackType | None) -> str:
    module = ""
    while tb is not None:
        module = str(tb.tb_frame.f_globals.get("__name__", ""))
        tb = tb.tb_next
    return module


# A line of a traceback printed as text: the file of a frame.
_FRAME_FILE = re.compile(r'^\s*File "([^"]+)", line \d+', re.MULTILINE)


def _remote_package(exc: BaseException) -> str | None:
    """The top-level package of the innermost frame of an exception raised in a worker process.

    A process pool re-raises a worker's exception in the caller with the caller's frames only;
    the worker's own traceback comes along as text, its cause (`_RemoteTraceback`).
    """
    cause = exc.__cause__
    if type(cause).__name__ not in ("_RemoteTraceback", "RemoteTraceback"):
        return None
    files = _FRAME_FILE.findall(str(cause))
    if not files:
        return None
    # Imported here, on a failure only: `magplan --help` loads no file machinery (test_cli).
    from pathlib import Path

    package = Path(__file__).resolve().parent
    # Resolved as `package` is: a frame's file is named as it was imported, through any symlink.
    path = Path(files[-1]).resolve()
    if path.is_relative_to(package):
        return package.name
    for folder in ("site-packages", "dist-packages"):
        if folder in path.parts[:-1]:
            return path.parts[path.parts.index(folder) + 1].removesuffix(".py")
    stdlib = Path(sysconfig.get_paths()["stdlib"]).resolve()
    return (path.relative_to(stdlib).parts[0] if path.is_relative_to(stdlib) else path.name).removesuffix(".py")


def _raised_in(exc: BaseException) -> str:
    """The top-level package whose code raised `exc` (in this process or in a worker)."""
    return _remote_package(exc) or _innermost_module(exc.__traceback__).split(".")[0]


def _short(text: str) -> str:
    text = one_line(text)
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "…"


def _detail(exc: BaseException) -> str:
    return _short(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)[:200]


def bug_message(exc: BaseException) -> str:
    return f"internal error ({_detail(exc)}); {BUG_NOTE}, please report it with this file"


def is_bug(exc: BaseException) -> bool:
    """An unexpected exception raised by magplan's own code (not by a library reading the file)."""
    if isinstance(exc, MagplanError | RecursionError | MemoryError | OSError):
        return False
    return _raised_in(exc) == "magplan"


def classify(exc: BaseException) -> tuple[int, str]:
    """(exit status, one-line message) for an exception raised while reading or writing one file."""
    # `reason`: the caller names the file, the message need not say it twice.
    if isinstance(exc, InputError):
        return EXIT_BAD_INPUT, _short(exc.reason)
    if isinstance(exc, OutputError | MagplanError):
        return EXIT_FAILED, _short(exc.reason)
    if isinstance(exc, RecursionError):
        return EXIT_BAD_INPUT, "the document is nested too deeply to read (tables or elements inside each other)"
    if isinstance(exc, MemoryError):
        return EXIT_BAD_INPUT, "the document needs more memory than this machine has"
    if isinstance(exc, OSError):
        return EXIT_BAD_INPUT, _short(f"cannot read the file: {exc.strerror or exc}")
    if is_bug(exc):
        return EXIT_BUG, bug_message(exc)
    detail = _detail(exc)
    library = _raised_in(exc) or "a library"
    return EXIT_BAD_INPUT, f"damaged file: {library} could not read it ({detail})"
