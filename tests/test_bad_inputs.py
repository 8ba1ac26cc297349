"""Bad input: one clear line, exit status 2, no output file, no traceback."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import magplan
from tests import docx_builder as b
from tests.corpus import CORPUS

MAGPLAN = [sys.executable, "-m", "magplan.cli"]


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*MAGPLAN, *map(str, args)], capture_output=True, text=True, timeout=120, check=False)


def _xxe_docx(path: Path) -> Path:
    b.write_docx(path, b.title_paragraphs() + b.table(b.header_row(), b.row("1.", "&xxe;", "", "")))
    with zipfile.ZipFile(path) as src:
        parts = {n: src.read(n) for n in src.namelist()}
    doc = parts["word/document.xml"].decode()
    parts["word/document.xml"] = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>' + doc
    ).encode()
    with zipfile.ZipFile(path, "w") as dst:
        for name, data in parts.items():
            dst.writestr(name, data)
    return path


def _bomb_docx(path: Path) -> Path:
    """A DOCX whose document part inflates to far more than any plan needs."""
    b.write_docx(path, b.title_paragraphs())
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/huge.bin", b"\0" * (80 * 1024 * 1024))
    return path


BAD_INPUTS = {
    "empty": (lambda p: (p.write_bytes(b""), p)[1], "empty"),
    "not a zip": (lambda p: (p.write_bytes(b"hello, this is text" * 50), p)[1], "not a valid zip"),
    "truncated": (lambda p: (p.write_bytes((CORPUS / "plan-2026.docx").read_bytes()[:20000]), p)[1], "damaged"),
    "no plan table": (lambda p: b.write_docx(p, b.title_paragraphs() + b.para("Текст без таблицы")), "no plan table"),
    "xml entities": (_xxe_docx, "entities"),
    "zip bomb": (_bomb_docx, "zip bomb"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_docx_is_refused_cleanly(case: str, tmp_path: Path) -> None:
    make, reason = BAD_INPUTS[case]
    source = make(tmp_path / "input.docx")
    out = tmp_path / "out"
    result = _run("convert", source, "--to", "json,csv", "--out", out)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert str(source) in lines[0] and reason in lines[0]
    assert not out.exists() or list(out.iterdir()) == []
    with pytest.raises(magplan.InputError):
        magplan.read_plan(source)


def test_entity_is_never_resolved(tmp_path: Path) -> None:
    source = _xxe_docx(tmp_path / "xxe.docx")
    result = _run("convert", source, "--to", "json", "--out", "-")
    secret = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else "\0"
    assert secret not in result.stdout + result.stderr


@pytest.mark.parametrize("name", ["bad-truncated.docx", "bad-no-table.html"])
def test_corpus_bad_inputs(name: str, tmp_path: Path) -> None:
    result = _run("convert", CORPUS / name, "--to", "json,csv", "--out", tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_unsupported_extension(tmp_path: Path) -> None:
    source = tmp_path / "plan.txt"
    source.write_text("План")
    result = _run("convert", source, "--out", tmp_path / "out")
    assert result.returncode == 2 and "unsupported file type '.txt'" in result.stderr


def test_missing_file(tmp_path: Path) -> None:
    result = _run("convert", tmp_path / "nope.docx", "--out", tmp_path / "out")
    assert result.returncode == 2 and "no such file" in result.stderr


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_every_error_of_read_plan_names_the_file(case: str, tmp_path: Path) -> None:
    make, reason = BAD_INPUTS[case]
    source = make(tmp_path / f"plan-{case.replace(' ', '-')}.docx")
    with pytest.raises(magplan.MagplanError) as caught:
        magplan.read_plan(source)
    assert str(caught.value).startswith(f"{source}: ") and reason in caught.value.reason


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(magplan.InputError, match=r"^nope\.docx: no such file$"):
        magplan.read_plan("nope.docx")
    with pytest.raises(magplan.UnsupportedFormat, match=r"^notes\.txt: unsupported file type"):
        magplan.read_plan(Path("notes.txt"))
    # The command line names it once.
    result = _run("convert", tmp_path / "nope.docx", "--out", tmp_path / "out")
    assert result.stderr.count("nope.docx") == 1


# What Office writes for a password-protected .docx/.xlsx: an OLE compound file, not a zip.
_COMPOUND_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


@pytest.mark.parametrize("suffix", [".docx", ".xlsx", ".odt"])
def test_a_password_protected_package_is_named_so(suffix: str, tmp_path: Path) -> None:
    source = tmp_path / f"plan{suffix}"
    source.write_bytes(_COMPOUND_FILE)
    with pytest.raises(magplan.EncryptedFile, match="password-protected"):
        magplan.read_plan(source)
    result = _run("convert", source, "--out", tmp_path / "out")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and "password-protected" in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("suffix", "named"),
    [(".docx", "not a DOCX file"), (".odt", "not an ODT file"), (".xlsx", "not a spreadsheet (.xlsx) file")],
)
def test_a_package_that_is_no_zip_is_named_with_its_format(suffix: str, named: str, tmp_path: Path) -> None:
    source = tmp_path / f"input{suffix}"
    source.write_bytes(b"hello, this is text" * 50)
    with pytest.raises(magplan.InputError) as caught:
        magplan.read_plan(source)
    assert f"damaged or {named}" in str(caught.value)


@pytest.mark.parametrize("name", ["plans", "plans.docx"])
def test_a_folder_is_named_a_folder(name: str, tmp_path: Path) -> None:
    folder = tmp_path / name
    folder.mkdir()
    result = _run("convert", folder, "--to", "json", "--out", tmp_path / "out")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "a folder, not a file" in result.stderr and "magplan batch" in result.stderr
