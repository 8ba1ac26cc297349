"""The package's exceptions.  The CLI turns each into one line on stderr."""

from __future__ import annotations


class MagplanError(Exception):
    """Base class of everything magplan raises on purpose.

    `source` is the file the error is about, when one is: `magplan.read_plan`
    sets it, so that the message names the file («plan.docx: no such file»).
    `reason` is the message without it, for callers that show the file apart.
    """

    source: str | None = None

    @property
    def reason(self) -> str:
        return super().__str__()

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}" if self.source else self.reason


def about(exc: BaseException, source: object) -> BaseException:
    """`exc`, made to name the file `source` it is about (unless it already names one)."""
    if isinstance(exc, MagplanError):
        if exc.source is None:
            exc.source = str(source)
    else:
        exc.add_note(f"while reading {source}")
    return exc


def message(exc: BaseException, source: object) -> str:
    """One line about `exc`, naming `source` once."""
    if isinstance(exc, MagplanError) and exc.source is not None:
        return str(exc)
    return f"{source}: {exc}"


class InputError(MagplanError, ValueError):
    """The input cannot be read as a plan (exit status 2)."""


class UnsupportedFormat(InputError):
    """No extractor accepts this file."""


class DamagedFile(InputError):
    """The file is not a valid document of its format (truncated, not a zip…)."""


class UnsafeInput(InputError):
    """The file tries something a document never needs (XML entities, zip bombs)."""


class NoPlanFound(InputError):
    """The document opened fine but holds no plan table."""


class NeedsOCR(InputError):
    """A PDF without a usable text layer."""


class EncryptedFile(InputError):
    """A document protected by a password that magplan does not have."""


class MissingDependency(MagplanError, ImportError):
    """An optional library or system program is not installed."""


class OutputError(MagplanError, OSError):
    """An output file cannot be written."""


class LimitExceeded(InputError):
    """The input asks for more work or memory than a limit allows (limits.py names the flag)."""


class ProgramTimeout(LimitExceeded):
    """An external program (LibreOffice, Tesseract) ran out of time: may be load, so never cached."""


class Terminated(KeyboardInterrupt):
    """SIGTERM: stopped like an interrupt (clean stop, cache kept), exit status 143."""


# Exit statuses of the `magplan` command (README, «Exit status»).
EXIT_OK = 0
EXIT_FAILED = 1  # some inputs failed while others were done, or an output could not be written
EXIT_BAD_INPUT = 2  # the input (or the command line) is wrong: nothing could be read
EXIT_BUG = 3  # an internal error: a bug in magplan
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143


def one_line(text: str) -> str:
    """A message as one line: library messages sometimes carry newlines (libxml2, LibreOffice)."""
    return " ".join(text.split())
