"""Legacy formats (.doc, .rtf, .odt) read through LibreOffice and the DOCX extractor."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

import magplan
from magplan.errors import DamagedFile, MissingDependency
from magplan.extract import format_of, legacy
from tests.corpus import expected, mismatches
from tests.legacy_copies import legacy_copy, needs_soffice


@pytest.mark.parametrize("suffix", [".doc", ".rtf", ".odt", ".DOC"])
def test_format_of_names_legacy_formats(suffix: str) -> None:
    assert format_of(Path("plan" + suffix)) == suffix[1:].lower()


@needs_soffice
@pytest.mark.parametrize("fmt", ["doc", "rtf", "odt"])
def test_legacy_copy_reads_as_the_docx_does(fmt: str) -> None:
    plan = magplan.read_plan(legacy_copy("plan-2026.docx", fmt))
    data = plan.to_dict()
    assert data["document"]["format"] == fmt
    assert data["document"]["source"] == f"plan-2026.{fmt}"
    assert mismatches(expected("plan-2026.docx"), data) == []


@needs_soffice
def test_damaged_legacy_file_is_a_one_line_damaged_file_error(tmp_path: Path) -> None:
    bad = tmp_path / "plan.doc"
    bad.write_bytes(legacy_copy("plan-2026.docx", "doc").read_bytes()[:3000])
    with pytest.raises(DamagedFile) as error:
        magplan.read_plan(bad)
    assert "\n" not in str(error.value) and "DOC" in str(error.value)


def test_missing_libreoffice_names_the_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(legacy.shutil, "which", lambda name: None)
    plan = tmp_path / "plan.rtf"
    plan.write_text("{\\rtf1 plan}", encoding="ascii")
    with pytest.raises(MissingDependency, match="libreoffice-writer-nogui"):
        magplan.read_plan(plan)


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


def test_conversion_timeout_kills_libreoffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A stand-in soffice that hangs, as LibreOffice does on some broken files, in a process it forked
    # (as the real launcher forks soffice.bin): the whole group goes, not just the launcher.
    office = tmp_path / "office.pid"
    fake = tmp_path / "soffice"
    fake.write_text(f"#!/bin/sh\nsleep 30 &\necho $! > {office}\nwait\n", encoding="ascii")
    fake.chmod(0o755)
    monkeypatch.setattr(legacy, "soffice_path", lambda: str(fake))
    plan = tmp_path / "plan.rtf"
    plan.write_text("{\\rtf1 plan}", encoding="ascii")
    workdir = tmp_path / "work"
    workdir.mkdir()
    with pytest.raises(legacy.ConversionTimeout):
        legacy.convert_to_docx(plan, workdir, timeout=0.5)
    if Path("/proc/self/stat").exists():
        pid = int(office.read_text())
        deadline = time.monotonic() + 5
        while _running(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _running(pid)
