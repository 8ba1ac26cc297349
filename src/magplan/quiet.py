"""What libraries say while a file is read: collected, never printed.

pdfminer logs hundreds of lines on a damaged PDF («Could not get FontBBox…»,
«Data-loss while decompressing corrupted data»), bs4 and openpyxl issue Python
warnings.  With no logging set up, Python prints such messages on standard
error, and a failure must be exactly one line there.  While a file is read the
messages are collected instead; those that say the file is damaged become one
warning of the plan (`damage_warning`), so nothing is silently dropped.

A program that set up logging itself still gets the records through its own
handlers: only Python's last-resort printing is replaced.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from magplan.errors import one_line
from magplan.layout import ExtractWarning

# The libraries whose complaints are about the file being read.
_DAMAGE_SOURCES = ("pdfminer", "pdfplumber", "pypdfium2", "PIL", "lxml")


class _Collector(logging.Handler):
    def __init__(self, into: list[tuple[str, str]]) -> None:
        super().__init__(logging.WARNING)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.into.append((record.name, one_line(record.getMessage())))
        except Exception:  # a record whose arguments do not format is not worth a failure
            self.into.append((record.name, one_line(str(record.msg))))


@contextmanager
def library_messages() -> Iterator[list[tuple[str, str]]]:
    """Collect (logger or module name, message) of the library warnings and logs in this block."""
    heard: list[tuple[str, str]] = []
    root = logging.getLogger()
    handler = _Collector(heard)
    root.addHandler(handler)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            yield heard
        finally:
            root.removeHandler(handler)
            heard.extend((w.category.__module__ or "", one_line(str(w.message))) for w in caught)


def damage_warning(heard: list[tuple[str, str]]) -> ExtractWarning | None:
    """One warning summing up what the readers' libraries said about damage in the file, if anything."""
    said = [message for name, message in heard if name.split(".")[0] in _DAMAGE_SOURCES]
    if not said:
        return None
    distinct = list(dict.fromkeys(said))
    shown = "; ".join(m[:120] for m in distinct[:3])
    more = f" ({len(said)} messages)" if len(said) > 1 else ""
    return ExtractWarning(
        "damaged_file", f"the file is damaged; what could be read was read, check the result: {shown}{more}"
    )
