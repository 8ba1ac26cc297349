"""The batch cache: what reading a file gave, keyed by the file's content.

An entry is ``.cache/magplan-<version>/<sha256[:2]>/<sha256>.<format>.json``
holding either ``{"plan": <Plan.to_dict()>}`` or ``{"error": "<one line>"}``.
The key is the content, not the path, so moving or renaming files in the
archive costs nothing; the format is part of it because the extension picks
the extractor (the same bytes can be a plan as .docx and fail as .pdf).  The
version is part of it because a newer magplan may read the same file better.
Entries are written atomically, one as soon as each file is done, so an
interrupted batch resumes where it stopped.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path
from typing import Any

from magplan import __version__
from magplan.extract.plan_json import plan_from_dict
from magplan.write import atomic_write

CHUNK = 1 << 20
# A cache entry holds `Plan.to_dict()`; it is read back with the JSON input's reader.
__all__ = ["PlanCache", "file_sha256", "plan_from_dict"]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class PlanCache:
    """Read and write cache entries under `folder`; `read=False` ignores what is there (`--no-cache`)."""

    def __init__(self, folder: Path, read: bool = True, variant: str = "") -> None:
        # A reading option that changes results (--ocr) gets entries of its own.
        self.folder = folder / (f"magplan-{__version__}" + (f"-{variant}" if variant else ""))
        self.read = read

    def path(self, sha256: str, fmt: str) -> Path:
        return self.folder / sha256[:2] / f"{sha256}.{fmt}.json"

    def get(self, sha256: str, fmt: str) -> dict[str, Any] | None:
        if not self.read:
            return None
        try:
            entry = json.loads(self.path(sha256, fmt).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            # Missing, or unreadable for any reason: reading the file again is always correct.
            return None
        if not isinstance(entry, dict) or not ("plan" in entry or "error" in entry):
            return None
        return entry

    def sweep_partial(self) -> None:
        """Remove temporary files of entries whose writing was cut short (only this run writes here)."""
        for part in self.folder.glob("*/.*.part"):
            with contextlib.suppress(OSError):
                part.unlink()

    def put(self, sha256: str, fmt: str, entry: dict[str, Any]) -> None:
        data = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        atomic_write(self.path(sha256, fmt), data)
