"""Batch processing of an archive of yearly plans: `magplan batch PATH... --out DIR`.

>>> from magplan.batch import run_batch
>>> result = run_batch(["archive/"], "out/")      # out/archive.xlsx, .csv, .json, failures.csv
>>> result.frame()                                # the combined items table, with `series`

Every supported file under the given folders is read (in parallel, each
file once per content: see `cache`), the plans are combined (`combine`:
duplicates set aside, series linked) and the archive files written
(`archive`).  A file that cannot be read is a failure listed in the
outputs, never the end of the batch.  Outputs are written only after every
file is done, each atomically, so an interrupted batch leaves the previous
outputs intact and the next run resumes from the cache.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from magplan.batch.pipeline import ARCHIVE_FORMATS, BatchResult, run_batch

__all__ = ["ARCHIVE_FORMATS", "BatchResult", "run_batch"]


def __getattr__(name: str) -> Any:
    # Lazy: `magplan --help` and `magplan convert` import this package's command
    # module, and should not pay for pandas and openpyxl.
    if name in __all__:
        from magplan.batch import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
