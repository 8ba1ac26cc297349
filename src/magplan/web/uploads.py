"""Uploaded files into a private temporary folder, within the server's limits.

The client's file name is only ever a display name and an extension: it is
cut to its last component, stripped of anything a file system could take as
structure, and the file is written into a fresh folder that only this server
can read (``mkdtemp`` makes it 0700).  A zip archive is unpacked the same way,
member by member, each size checked while it inflates, so a zip bomb stops at
the limit instead of at a full disk.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import tempfile
import unicodedata
import zipfile
from collections.abc import AsyncIterator
from pathlib import Path, PurePosixPath

from magplan import lifeline
from magplan.batch.discover import supported
from magplan.errors import DamagedFile, InputError, UnsafeInput
from magplan.extract._zip import MEMBER_ERRORS
from magplan.web.settings import MIB, Settings

CHUNK = 1 << 20
MAX_NAME = 120
# Letters of any script, digits, and the few marks file names of plans use.
_UNSAFE = re.compile(r"[^\w .,()+\-–—«»№]")
_ZIP_UTF8_FLAG = 0x800


class TooLarge(InputError):
    """An upload beyond the server's limits (HTTP 413)."""


def safe_name(name: str | None, fallback: str = "document") -> str:
    """A display-only file name: the last path component, without control or path characters."""
    name = unicodedata.normalize("NFC", name or "")
    name = re.split(r"[/\\]", name)[-1]
    name = _UNSAFE.sub("_", "".join(ch for ch in name if unicodedata.category(ch)[0] != "C"))
    name = name.strip(" .")
    if len(name) > MAX_NAME:
        stem, dot, suffix = name.rpartition(".")
        name = (stem[: MAX_NAME - len(suffix) - 1] + dot + suffix) if dot and len(suffix) <= 10 else name[:MAX_NAME]
    return name or fallback


def new_folder() -> Path:
    """A fresh folder for one job's files, readable by this server alone (0700); removed by the
    `lifeline` reaper should the server be killed outright (uploads are people's documents)."""
    folder = Path(tempfile.mkdtemp(prefix="magplan-web-"))
    lifeline.remove_at_death(folder)
    return folder


def remove_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    lifeline.removed(folder)


def unique(folder: Path, name: str) -> Path:
    """`folder/name`, or `folder/name (2).ext` where that name is taken."""
    target = folder / name
    stem, suffix, n = target.stem, target.suffix, 2
    while target.exists():
        target = folder / f"{stem} ({n}){suffix}"
        n += 1
    return target


async def save_stream(chunks: AsyncIterator[bytes], target: Path, limit: int, shown: str) -> int:
    """Write the chunks to `target`; refuse (and remove it) beyond `limit` bytes."""
    size = 0
    with target.open("xb") as handle:
        async for chunk in chunks:
            size += len(chunk)
            if size > limit:
                handle.close()
                target.unlink(missing_ok=True)
                raise TooLarge(f"{shown}: the file is larger than the limit of {limit // MIB} MiB")
            handle.write(chunk)
    return size


def _member_name(info: zipfile.ZipInfo) -> str:
    name = info.filename
    if not info.flag_bits & _ZIP_UTF8_FLAG:
        # Windows writes names in the OEM code page without saying so; Python reads them as cp437.
        with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
            name = name.encode("cp437").decode("cp866")
    return name


def _member_path(name: str) -> PurePosixPath | None:
    """The member's place under the unpack folder, or None for what is no document of an archive."""
    parts = [safe_name(part, "_") for part in PurePosixPath(name.replace("\\", "/")).parts]
    parts = [p for p in parts if p not in ("", "_", ".", "..")]
    if not parts or any(p.startswith(".") or p == "__MACOSX" for p in parts):
        return None
    return PurePosixPath(*parts)


def unpack_zip(archive: Path, into: Path, settings: Settings) -> tuple[list[Path], list[str]]:
    """The plan documents of a zip, written under `into`; and the member names skipped (not documents)."""
    try:
        package = zipfile.ZipFile(archive)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise DamagedFile(f"{archive.name}: damaged or not a zip archive ({exc})") from None
    written: list[Path] = []
    skipped: list[str] = []
    total = 0
    with package:
        for info in package.infolist():
            if info.is_dir():
                continue
            name = _member_name(info)
            relative = _member_path(name)
            if relative is None or not supported(relative.name):
                skipped.append(name)
                continue
            if len(written) >= settings.max_files:
                raise TooLarge(f"{archive.name}: more than {settings.max_files} documents in the archive")
            if info.file_size > settings.max_file_bytes:
                raise TooLarge(
                    f"{archive.name}: {name} is larger than the limit of {settings.max_file_bytes // MIB} MiB"
                )
            target = unique(into / relative.parent, relative.name)
            target.parent.mkdir(parents=True, exist_ok=True)
            size = _copy_member(package, info, target, settings.max_file_bytes, archive.name)
            total += size
            if total > settings.max_total_bytes:
                raise UnsafeInput(
                    f"{archive.name}: refused: unpacks to more than {settings.max_total_bytes // MIB} MiB (zip bomb?)"
                )
            written.append(target)
    return written, skipped


def _copy_member(package: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path, limit: int, archive: str) -> int:
    """Unpack one member to `target`; its errors name the `archive` it is in (a batch may upload several)."""
    size = 0
    try:
        with package.open(info) as source, target.open("xb") as handle:
            # The declared size may lie: count what really inflates.
            while chunk := source.read(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise UnsafeInput(
                        f"{archive}: refused: {info.filename} inflates beyond {limit // MIB} MiB (zip bomb?)"
                    )
                handle.write(chunk)
    except InputError:
        raise
    except MEMBER_ERRORS as exc:
        raise DamagedFile(f"{archive}: damaged member {info.filename} ({exc})") from None
    return size
