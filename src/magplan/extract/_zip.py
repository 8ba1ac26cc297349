"""Opening OOXML/ODF packages without trusting them.

A package is a zip whose central directory declares each member's size; a
member that would inflate beyond a sane bound is refused before it is read,
and reading stops at the bound in case the declared size lies.  XML parts with
a DTD are refused: a plan never needs entity declarations, and resolving them
is how XXE and «billion laughs» attacks work.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from magplan import limits
from magplan.errors import DamagedFile, EncryptedFile, LimitExceeded, UnsafeInput

# What reading a member of a damaged zip raises: a bad header or checksum, a broken deflate stream
# (zlib.error, no OSError), a member cut short, an encrypted member (RuntimeError), an unknown
# compression method.
MEMBER_ERRORS = (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError, RuntimeError)
MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_RATIO = 200  # inflated / compressed, for members above 1 MiB
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)

XML_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)


def open_package(path: Path, kind: str) -> zipfile.ZipFile:
    """Open `path` as a zip package, checking declared sizes first.

    `kind` names the format with its article for the error message («a DOCX», «an ODT»).
    """
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        if _compound_file(path):
            raise EncryptedFile(
                f"the file is password-protected (or an old binary document saved as {path.suffix.lower()});"
                " save an unprotected copy and try again"
            ) from None
        raise DamagedFile(f"damaged or not {kind} file (not a valid zip package: {exc})") from None
    total = 0
    for info in archive.infolist():
        total += info.file_size
        ratio_suspicious = info.file_size > 1 << 20 and info.file_size > MAX_RATIO * max(info.compress_size, 1)
        if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES or ratio_suspicious:
            archive.close()
            raise UnsafeInput(
                f"refused: package member {info.filename!r} inflates to {info.file_size} bytes (zip bomb?)"
            )
    return archive


def _compound_file(path: Path) -> bool:
    """Is `path` an OLE compound file?  Office keeps a password-protected OOXML package in one
    (and an old binary .doc/.xls is one)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(_OLE_MAGIC)) == _OLE_MAGIC
    except OSError:
        return False


def read_member(archive: zipfile.ZipFile, name: str) -> bytes | None:
    """An XML member's bytes (None if absent), never more than the `limits.XML_MB` limit."""
    most = min(int(limits.XML_MB.value() * 1e6), MAX_MEMBER_BYTES)
    try:
        with archive.open(name) as handle:
            data = handle.read(most + 1)
    except KeyError:
        return None
    except MEMBER_ERRORS as exc:
        raise DamagedFile(f"damaged package member {name!r}: {exc}") from None
    if len(data) > most:
        raise LimitExceeded(f"package member {name!r} inflates beyond {most / 1e6:g} MB of XML; {limits.XML_MB.hint}")
    return data


def parse_xml(data: bytes, name: str) -> etree._Element:
    """Parse an XML part, refusing DTDs and entity declarations."""
    if _DOCTYPE.search(data[:4096]) or b"<!ENTITY" in data:
        raise UnsafeInput(f"refused: {name} declares a DTD or XML entities (never resolved)")
    try:
        return etree.fromstring(data, XML_PARSER)
    except etree.XMLSyntaxError as exc:
        if "Excessive depth" in str(exc):  # libxml2's limit (256 levels), which no document nears
            raise DamagedFile(f"{name} is nested too deeply to read (elements inside each other)") from None
        raise DamagedFile(f"damaged XML in {name}: {exc}") from None
