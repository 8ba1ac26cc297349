"""Putting bytes into files without ever leaving half a file or destroying one.

A regular file (or a missing one) is written to a temporary file beside it and
renamed over it, so a reader sees the old file or the new one, never half.
Anything else is never replaced: renaming over ``/dev/null`` as root would turn
the machine's null device into a plain file, and renaming over a named pipe
would cut off whoever reads it.  A character device or a named pipe with a
reader is written directly (``--out /dev/stdout`` style use); a block device, a
socket, a directory or a pipe without a reader is refused with a clear message.
A symbolic link is followed: the file it points to is replaced, the link stays.

`write_all` writes several files as one: every file is staged first, and only
when all are staged are they renamed into place; if anything fails, none of
the new files is left and the old ones are as they were.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from magplan.errors import OutputError

Outcome = Literal["created", "replaced", "written"]
"""What a write did: made a new file, replaced an existing one whole, or wrote
into a device or pipe that was left in place."""

_REFUSED = {
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a folder",
}


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fail(target: Path, exc: OSError | str) -> OutputError:
    reason = exc if isinstance(exc, str) else (exc.strerror or str(exc))
    return OutputError(f"cannot write {target}: {reason}")


def _stat(path: Path) -> os.stat_result | None:
    """`path`'s status, links followed; None when nothing (or a dangling link) is there."""
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:  # a file where a folder should be, no permission, a link loop…
        raise _fail(path, exc) from None


@dataclass
class Staged:
    """One file ready to be put in place: a complete temporary file, or bytes for a device."""

    target: Path
    """The path as the caller named it."""
    real: Path
    """Where the data goes: `target` with symbolic links resolved."""
    tmp: Path | None
    """The complete temporary file to rename over `real`; None for a direct write."""
    data: bytes
    existed: bool
    backup: Path | None = None

    def commit(self) -> Outcome:
        if self.tmp is None:
            _write_special(self.target, self.data)
            return "written"
        # Checked again just before the rename: the target may have changed since it was staged.
        now = _stat(self.real)
        if now is not None and not stat.S_ISREG(now.st_mode):
            raise _fail(self.target, f"it became {_describe(now.st_mode)} while the output was prepared")
        try:
            os.replace(self.tmp, self.real)
        except OSError as exc:
            raise _fail(self.target, exc) from None
        self.tmp = None
        return "replaced" if self.existed else "created"

    def keep_backup(self) -> None:
        """Hard-link the current file aside so that a later failure can put it back (no data copied)."""
        if not self.existed or self.tmp is None:
            return
        backup = self.tmp.with_name(self.tmp.name[: -len(".part")] + ".old")
        try:
            os.link(self.real, backup)
        except OSError:
            return  # a filesystem without hard links: the rename is still atomic, only not undoable
        self.backup = backup

    def discard(self) -> None:
        if self.tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.tmp)
            self.tmp = None
        self.drop_backup()

    def drop_backup(self) -> None:
        if self.backup is not None:
            with contextlib.suppress(OSError):
                os.unlink(self.backup)
            self.backup = None

    def undo(self) -> None:
        """Put back what a committed rename replaced (or remove what it created)."""
        with contextlib.suppress(OSError):
            if self.backup is not None:
                os.replace(self.backup, self.real)
                self.backup = None
            elif not self.existed:
                os.unlink(self.real)


def _describe(mode: int) -> str:
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    return _REFUSED.get(stat.S_IFMT(mode), "not a regular file")


def stage(path: str | Path, data: bytes) -> Staged:
    """Prepare writing `data` to `path`: the temporary file is complete when this returns."""
    target = Path(path)
    status = _stat(target)
    if status is not None and not stat.S_ISREG(status.st_mode):
        if stat.S_ISCHR(status.st_mode) or stat.S_ISFIFO(status.st_mode):
            return Staged(target, target, None, data, existed=True)
        raise _fail(target, f"it is {_describe(status.st_mode)}, not a regular file; magplan does not replace it")
    real = Path(os.path.realpath(target))
    try:
        real.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".part", dir=real.parent)
    except OSError as exc:
        raise _fail(target, exc) from None
    try:
        # mkstemp creates 0600: a replaced file keeps its mode, a new one gets the usual one.
        os.chmod(tmp, stat.S_IMODE(status.st_mode) if status else 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise _fail(target, exc) from None
        raise
    return Staged(target, real, Path(tmp), data, existed=status is not None)


def _write_special(target: Path, data: bytes) -> None:
    """Write into a character device or a named pipe that stays where it is."""
    try:
        # Non-blocking open: a pipe nobody reads fails at once (ENXIO) instead of hanging.
        fd = os.open(target, os.O_WRONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise _fail(target, "it is a named pipe that nobody is reading") from None
        raise _fail(target, exc) from None
    try:
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    except OSError as exc:
        raise _fail(target, exc) from None
    finally:
        os.close(fd)


def atomic_write(path: str | Path, data: bytes) -> Outcome:
    """Write `data` to `path` so that readers see the old file or the new one, never half."""
    staged = stage(path, data)
    try:
        return staged.commit()
    finally:
        staged.discard()


def write_all(files: Mapping[Path, bytes]) -> dict[Path, Outcome]:
    """Write every file or none: on any failure no new file is left and old ones are restored."""
    staged: list[Staged] = []
    done: list[Staged] = []
    try:
        for path, data in files.items():
            staged.append(stage(path, data))
        outcomes: dict[Path, Outcome] = {}
        for item in staged:
            item.keep_backup()
            outcomes[item.target] = item.commit()
            done.append(item)
    except BaseException:
        for item in reversed(done):
            item.undo()
        raise
    finally:
        for item in staged:
            item.discard()
    return outcomes
