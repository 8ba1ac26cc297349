"""Python's cycle collector, paused while a document is read."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """Pause the cycle collector for the block, and start it again after (when it ran before).

    A read allocates tens of thousands of small objects (cells, rows, items, date
    spans) that live until the plan is built and hold no reference cycles; the
    collector would walk them, and everything else the caller holds, dozens of
    times per read (a tenth of the read of the 600-row page, more in a process
    that holds much else).  Reference counting still frees everything as usual.
    Left alone when the caller has turned it off; nested pauses leave it to the
    outermost; two threads reading at once only make it wait longer.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
