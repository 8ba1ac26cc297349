"""How magplan starts its worker processes (the batch's pool, the web page's): from a forkserver,
one warm process the workers fork from, where the system lets it; else spawned afresh."""

from __future__ import annotations

import multiprocessing
import os
import tempfile
from multiprocessing.context import BaseContext

# The forkserver listens on a Unix socket in the temporary folder («…/pymp-XXXXXXXX/listener-XXXXXXXX»),
# and a socket's path holds at most 107 bytes: under a long TMPDIR (a CI job's or a test's own folder)
# every read would fail with «AF_UNIX path too long».  Spawned workers talk through pipes only.
_SOCKET_PATH_MAX = 107
_SOCKET_NAME = len("/pymp-XXXXXXXX/listener-XXXXXXXX")


def worker_context(preload: list[str]) -> BaseContext:
    """The start method for worker processes, with `preload`'s modules imported once in the
    forkserver.  Never fork: the parent runs threads (the progress bar, the server), and forking
    a threaded process can deadlock."""
    room = len(os.fsencode(tempfile.gettempdir())) + _SOCKET_NAME <= _SOCKET_PATH_MAX
    if room and "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(preload)
        return context
    return multiprocessing.get_context("spawn")
