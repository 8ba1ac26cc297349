"""Whole files damaged as they get damaged in the world, through `magplan convert`.

Each development document is cut short, has bytes changed inside one of its
zip members (or anywhere), or comes under another format's extension; and the
inputs that are no plan at all: an empty file of every type, a folder, a
password-protected package or PDF, a package with a member that inflates
hugely, XML nested hundreds of levels deep, a PDF without pages, a picture of
one pixel, a TIFF of no bytes.  Each must give a plan (exit 0, valid JSON) or
one line naming the file (exit 2), never a traceback, leave no output behind
on failure and never change the input.  The mutations are drawn from fixed
seeds: the same cases every run.  (`tests/fuzzing.py` mutates the documents'
structure; this works on their bytes.)
"""

from __future__ import annotations

import hashlib
import io
import random
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

import magplan
from tests.corpus import CORPUS
from tests.fuzzing import check_contract
from tests.test_bad_inputs import _COMPOUND_FILE
from tests.test_pdf import _encrypted_pdf, _pdf

BLIND = CORPUS.parent / "blind"
# A document of each reader that needs no outside program (LibreOffice and OCR have tests of their own).
SOURCES = [CORPUS / "plan-2026.docx", CORPUS / "plan-2025.html", CORPUS / "plan-2026.pdf", BLIND / "month-format.xlsx"]
SEEDS = (1, 2)
EXTENSIONS = (".docx", ".pdf", ".html", ".xlsx", ".rtf", ".png", ".tiff", ".json")


def _truncated(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, len(data))]


def _changed(data: bytes, rng: random.Random) -> bytes:
    """A few bytes changed: inside one member of a zip package (so that the zip still opens), or anywhere."""
    if not data.startswith(b"PK"):
        return _flipped(data, rng)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        names = source.namelist()
        victim = rng.choice([name for name in names if source.getinfo(name).file_size])
        for name in names:
            member = source.read(name)
            target.writestr(name, _flipped(member, rng) if name == victim else member)
    return out.getvalue()


def _flipped(data: bytes, rng: random.Random) -> bytes:
    changed = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        changed[rng.randrange(len(changed))] = rng.randrange(256)
    return bytes(changed)


MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {"truncated": _truncated, "changed": _changed}


def _check(source: Path, data: bytes | None, ocr: bool = True) -> str:
    """The contract for `source` (written with `data`, a folder for None), its bytes kept and nothing
    left beside it; what standard error said."""
    if data is None:
        source.mkdir()
    else:
        source.write_bytes(data)
    outcome = check_contract(source, () if ocr else ("--ocr", "never"))
    assert sorted(p.name for p in source.parent.iterdir()) == [source.name]
    if data is not None:
        assert hashlib.sha256(source.read_bytes()).digest() == hashlib.sha256(data).digest()
    return outcome.stderr


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
@pytest.mark.parametrize("original", SOURCES, ids=lambda p: p.name)
def test_a_damaged_document(original: Path, mutation: str, seed: int, tmp_path: Path) -> None:
    rng = random.Random(f"{original.name} {mutation} {seed}")
    # A PDF that lost its text layer is refused, not read by OCR (OCR's inputs are the last cases).
    _check(tmp_path / f"plan{original.suffix}", MUTATIONS[mutation](original.read_bytes(), rng), ocr=False)


@pytest.mark.parametrize("original", SOURCES, ids=lambda p: p.name)
def test_a_document_under_another_formats_extension(original: Path, tmp_path: Path) -> None:
    other = random.Random(original.name).choice([e for e in EXTENSIONS if e != original.suffix])
    _check(tmp_path / f"plan{other}", original.read_bytes(), ocr=False)


def _with_member(original: Path, name: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(original) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.namelist():
            target.writestr(member, source.read(member))
        target.writestr(name, data)
    return out.getvalue()


def _nested_tables(depth: int) -> bytes:
    """plan-2026.docx with a body of tables, each inside the only cell of the one around it."""
    body = "<w:p><w:r><w:t>x</w:t></w:r></w:p>"
    for _ in range(depth):
        body = f"<w:tbl><w:tr><w:tc>{body}</w:tc></w:tr></w:tbl><w:p/>"
    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = f'<?xml version="1.0"?><w:document xmlns:w="{namespace}"><w:body>{body}</w:body></w:document>'
    out = io.BytesIO()
    with zipfile.ZipFile(CORPUS / "plan-2026.docx") as source, zipfile.ZipFile(out, "w") as target:
        for member in source.namelist():
            target.writestr(member, document if member == "word/document.xml" else source.read(member))
    return out.getvalue()


def _picture(size: tuple[int, int], ink: int, kind: str) -> bytes:
    out = io.BytesIO()
    Image.new("L", size, ink).save(out, kind)
    return out.getvalue()


NO_TABLE = "no plan table found"
# Each input, and what the one line says of it.
HOSTILE: dict[str, tuple[Callable[[], bytes | None], str]] = {
    "folder.docx": (lambda: None, "a folder, not a file"),
    "protected.docx": (lambda: _COMPOUND_FILE, "password-protected"),
    "protected.xlsx": (lambda: _COMPOUND_FILE, "password-protected"),
    "protected.pdf": (lambda: _encrypted_pdf(b"secret"), "password-protected"),
    "huge-member.xlsx": (
        lambda: _with_member(BLIND / "month-format.xlsx", "xl/media/huge.bin", bytes(80 << 20)),
        "zip bomb",
    ),
    "nested.docx": (lambda: _nested_tables(300), "nested too deeply"),
    "no-pages.pdf": (
        lambda: _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]),
        "the PDF has no pages",
    ),
    "blank-page.pdf": (
        lambda: _pdf(
            [
                b"<< /Type /Catalog /Pages 2 0 R >>",
                b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            ]
        ),
        NO_TABLE,
    ),
    "pixel.png": (lambda: _picture((1, 1), 0, "PNG"), NO_TABLE),
    "pixel.tiff": (lambda: _picture((1, 1), 0, "TIFF"), NO_TABLE),
    "strip.jpg": (lambda: _picture((2000, 1), 0, "JPEG"), NO_TABLE),
    **{f"empty{suffix}": ((lambda: b""), "the file is empty") for suffix in EXTENSIONS},
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_an_input_that_is_no_plan(name: str, tmp_path: Path) -> None:
    make, said = HOSTILE[name]
    assert said in _check(tmp_path / name, make())


def _broken_deflate(package: bytes, member: str) -> bytes:
    """`package` with the deflate stream of `member` broken (zlib fails on it before any checksum)."""
    data = bytearray(package)
    info = zipfile.ZipFile(io.BytesIO(package)).getinfo(member)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + 50
    data[start : start + 40] = bytes(b ^ 0x55 for b in data[start : start + 40])
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as broken, pytest.raises(zlib.error):
        broken.read(member)
    return bytes(data)


def test_a_package_member_whose_compressed_stream_is_broken(tmp_path: Path) -> None:
    package = (CORPUS / "plan-2026.docx").read_bytes()
    said = _check(tmp_path / "plan.docx", _broken_deflate(package, "word/document.xml"))
    assert "damaged package member 'word/document.xml'" in said


def test_an_uploaded_zip_whose_member_is_broken_is_a_damaged_file(tmp_path: Path) -> None:
    from magplan.web.settings import Settings
    from magplan.web.uploads import unpack_zip

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("plans/plan.docx", (CORPUS / "plan-2026.docx").read_bytes())
    upload = tmp_path / "plans.zip"
    upload.write_bytes(_broken_deflate(out.getvalue(), "plans/plan.docx"))
    with pytest.raises(magplan.DamagedFile, match=r"^plans\.zip: damaged member plans/plan\.docx"):
        unpack_zip(upload, tmp_path / "in", Settings())
