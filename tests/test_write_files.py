"""The atomic writer never replaces anything but a regular file (issue 15.1), and
`write_all` leaves all new files or none.  Devices, pipes and sockets are made
in a temporary folder: no test touches the real /dev."""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import threading
import time
from pathlib import Path

import pytest

from magplan.errors import OutputError
from magplan.write.files import atomic_write, write_all

needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_new_file_is_created_with_the_usual_mode(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "plan.json"
    assert atomic_write(target, b"new") == "created"
    assert target.read_bytes() == b"new"
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
    assert _leftovers(target.parent) == []


def test_existing_file_is_replaced_whole_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    target.write_bytes(b"old")
    target.chmod(0o640)
    inode = target.stat().st_ino
    assert atomic_write(target, b"new") == "replaced"
    assert target.read_bytes() == b"new"
    assert target.stat().st_ino != inode  # a new file renamed in, not the old one rewritten
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert _leftovers(tmp_path) == []


def test_symlink_to_a_file_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_bytes(b"old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert atomic_write(link, b"new") == "replaced"
    assert link.is_symlink() and real.read_bytes() == b"new"


@needs_root
def test_character_device_is_written_into_not_replaced(tmp_path: Path) -> None:
    # A node with /dev/null's numbers (1, 3), made in the temporary folder.
    node = tmp_path / "null"
    os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    assert atomic_write(node, b"discarded") == "written"
    assert stat.S_ISCHR(node.stat().st_mode)
    assert _leftovers(tmp_path) == []
    # Through a symbolic link too: the link and the device both stay.
    link = tmp_path / "out.json"
    link.symlink_to(node)
    assert atomic_write(link, b"discarded") == "written"
    assert link.is_symlink() and stat.S_ISCHR(node.stat().st_mode)


@needs_root
def test_block_device_is_refused(tmp_path: Path) -> None:
    # (7, 200): a loop device number; the node is never opened.
    node = tmp_path / "disk"
    os.mknod(node, 0o600 | stat.S_IFBLK, os.makedev(7, 200))
    with pytest.raises(OutputError, match="block device"):
        atomic_write(node, b"data")
    assert stat.S_ISBLK(node.stat().st_mode)
    assert _leftovers(tmp_path) == []


def test_named_pipe_with_a_reader_receives_the_data(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    payload = b"x" * 200_000  # more than a pipe's buffer: the writer waits for the reader
    # The reader end is open before the write starts, so the writer finds a reader.
    reader_fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    received = bytearray()

    def read() -> None:
        # Until the writer opens the pipe a read gives end-of-file, and while it writes it may
        # find nothing yet: poll until the whole payload is in.
        deadline = time.monotonic() + 60
        while len(received) < len(payload) and time.monotonic() < deadline:
            with contextlib.suppress(BlockingIOError):
                received.extend(os.read(reader_fd, 65536) or b"")
            time.sleep(0.001)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        assert atomic_write(fifo, payload) == "written"
    finally:
        reader.join(60)
        os.close(reader_fd)
    assert bytes(received) == payload
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_named_pipe_without_a_reader_is_refused_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "link"
    link.symlink_to(fifo)
    for target in (fifo, link):
        with pytest.raises(OutputError, match="named pipe that nobody is reading"):
            atomic_write(target, b"data")
    assert stat.S_ISFIFO(fifo.stat().st_mode) and link.is_symlink()
    assert _leftovers(tmp_path) == []


def test_socket_and_folder_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "sock"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        with pytest.raises(OutputError, match="socket"):
            atomic_write(path, b"data")
        assert stat.S_ISSOCK(path.stat().st_mode)
    folder = tmp_path / "folder.json"
    folder.mkdir()
    with pytest.raises(OutputError, match="folder"):
        atomic_write(folder, b"data")
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_write_all_leaves_nothing_when_one_file_fails(tmp_path: Path) -> None:
    old = tmp_path / "plan.json"
    old.write_bytes(b"previous")
    blocked = tmp_path / "plan.xlsx"
    blocked.mkdir()  # cannot be written
    files = {old: b"new json", tmp_path / "plan.csv": b"new csv", blocked: b"xlsx"}
    with pytest.raises(OutputError, match=r"plan\.xlsx"):
        write_all(files)
    assert old.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json", "plan.xlsx"]


def test_write_all_undoes_renames_when_a_later_one_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.csv"
    first.write_bytes(b"old a")
    real_replace = os.replace
    calls: list[str] = []

    def failing_replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        calls.append(str(dst))
        if Path(dst) == second:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OutputError, match="No space left"):
        write_all({first: b"new a", second: b"new b"})
    monkeypatch.undo()
    assert first.read_bytes() == b"old a"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_write_all_reports_each_outcome(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_bytes(b"old")
    outcomes = write_all({tmp_path / "a.json": b"1", tmp_path / "b.csv": b"2"})
    assert outcomes == {tmp_path / "a.json": "replaced", tmp_path / "b.csv": "created"}
