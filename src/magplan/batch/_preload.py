"""Imported once by the process pool's fork server, so that workers start with the readers loaded.

Each worker forked from the server inherits these modules instead of
importing them itself (pdfplumber alone takes a few tenths of a second).  A
module that fails to import is left for the worker to report on the file
that needs it: a broken extractor must not take the fork server down.
"""

from __future__ import annotations

import contextlib
import importlib

from magplan.extract import EXTRACTORS

for _name in ("magplan.batch.worker", "magplan.assemble", "magplan.normalize.items", *sorted(set(EXTRACTORS.values()))):
    with contextlib.suppress(Exception):
        importlib.import_module(_name)
