"""A page reader's freed memory kept for its next image instead of handed back to the kernel.

Preparing a photo makes dozens of page-sized arrays one after another (12
million pixels: 12 MB a channel, 48 MB in floats).  By default glibc hands
freed memory at its heap's top back to the kernel, and gives large blocks
their own mappings, so new arrays are faulted in and zeroed page by page
again: a third of a photo page's CPU time was the kernel's (140,000 page
faults).  A pad of 128 MB kept at the heap's top (`M_TOP_PAD`, which also
fixes glibc's thresholds) cut that: a phone photo page 2.41 → 2.12 s, the
kernel's time 0.87 → 0.54 s (means of six runs each, alternated, three
photos), the peak 290–320 → 320–335 MB.  A reader process lives for one
document, so what it keeps is given back when it ends.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

# mallopt(3)'s parameter number for the pad kept at the heap's top, and the pad.
_M_TOP_PAD = -2
_TOP_PAD_BYTES = 128 << 20


def keep_freed_memory() -> bool:
    """Have glibc keep freed heap for reuse in this process; whether it took the setting (no glibc: False)."""
    if not sys.platform.startswith("linux"):
        return False
    with contextlib.suppress(OSError, AttributeError):
        return bool(ctypes.CDLL(None).mallopt(_M_TOP_PAD, _TOP_PAD_BYTES))
    return False
