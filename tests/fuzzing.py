"""Structure-aware fuzzing of the readers (issue 14.5): recipes, their application, the contract.

A *recipe* is plain data (a tuple of operations), drawn by Hypothesis and
applied to a corpus document: mutated WordprocessingML (attributes, deleted,
duplicated and nested elements, odd text), HTML (span attributes, nesting,
hidden and chrome elements, encodings) and PDF bytes (flipped, cut, spliced,
huge numbers).  A failing recipe prints as code, so every case found is kept
as an ``@example`` beside the test (tests/test_fuzz.py) — built by code, not
committed as a binary.

The contract, checked in this process with standard error taken at the file
descriptor (C libraries' messages count too): exit status 0 with a valid JSON
plan and nothing on standard error, or exit status 2 with exactly one line on
standard error; never a traceback; on failure no file left behind.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
import re
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from hypothesis import strategies as st
from lxml import etree

from tests.corpus import CORPUS

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"

# Values a span, a skip, a list level or an id could take in a hostile file.
HOSTILE_NUMBERS = (
    "0", "1", "2", "3", "-1", "63", "64", "1000", "99999", "1000000", "2147483647", "2147483648",
    "18446744073709551616", "9" * 60, "1e9", "abc", "", " 7 ", "٣", "²", "0x10", "NaN",
)  # fmt: skip
ODD_TEXTS = (
    "", " ", "\t", "№ п/п", "Мероприятия", "Место, дата", "1.", "январь – декабрь", "31 февраля 2026 г.",
    "\u202eRTL", "x" * 5000, "УТВЕРЖДАЮ", "\ufeff", "1" * 400, "•", "\u00ad", "Приложение №¹",
)  # fmt: skip

Op = tuple[str | int, ...]
Recipe = tuple[Op, ...]


# -- WordprocessingML -------------------------------------------------------------

DOCX_ATTRS = (
    ("tcPr", "gridSpan"), ("trPr", "gridBefore"), ("trPr", "gridAfter"), ("tcPr", "vMerge"),
    ("numPr", "numId"), ("numPr", "ilvl"), ("tblGrid", "gridCol"), ("pPr", "jc"), ("trPr", "tblHeader"),
)  # fmt: skip
DOCX_TAGS = ("tbl", "tr", "tc", "p", "r", "t", "tcPr", "trPr", "tblGrid", "gridCol", "sdt", "ins", "del", "br")


def docx_recipes() -> st.SearchStrategy[Recipe]:
    index = st.integers(0, 400)
    op = st.one_of(
        st.tuples(st.just("attr"), st.sampled_from(range(len(DOCX_ATTRS))), index, st.sampled_from(HOSTILE_NUMBERS)),
        st.tuples(st.just("delete"), st.sampled_from(DOCX_TAGS), index),
        st.tuples(st.just("duplicate"), st.sampled_from(("tr", "tc", "p", "tbl", "r")), index, st.integers(1, 40)),
        st.tuples(st.just("nest"), index, st.integers(1, 300)),
        st.tuples(st.just("text"), index, st.sampled_from(ODD_TEXTS)),
        st.tuples(st.just("move"), st.sampled_from(("tr", "tc", "p")), index, index),
    )
    return st.lists(op, min_size=1, max_size=8).map(tuple)


def _nth(root: etree._Element, tag: str, index: int) -> etree._Element | None:
    found = list(root.iter(W + tag))
    return found[index % len(found)] if found else None


def _docx_op(root: etree._Element, op: Op) -> None:
    kind = op[0]
    if kind == "attr":
        parent_tag, child_tag = DOCX_ATTRS[int(op[1])]
        parent = _nth(root, parent_tag, int(op[2]))
        if parent is None:
            parent = _nth(root, "tc" if parent_tag == "tcPr" else "tr", int(op[2]))
            if parent is None:
                return
            parent = etree.SubElement(parent, W + parent_tag)
            parent.getparent().insert(0, parent)  # type: ignore[union-attr]
        child = parent.find(W + child_tag)
        if child is None:
            child = etree.SubElement(parent, W + child_tag)
        child.set(W + ("w" if child_tag == "gridCol" else "val"), str(op[3]))
    elif kind == "delete":
        element = _nth(root, str(op[1]), int(op[2]))
        if element is not None and element.getparent() is not None:
            element.getparent().remove(element)  # type: ignore[union-attr]
    elif kind == "duplicate":
        element = _nth(root, str(op[1]), int(op[2]))
        if element is not None and element.getparent() is not None:
            for _ in range(int(op[3])):
                element.addnext(copy.deepcopy(element))
    elif kind == "nest":
        # A cell holding a table holding a cell… `depth` deep.
        cell = _nth(root, "tc", int(op[1]))
        if cell is None:
            return
        for _ in range(int(op[2])):
            table = etree.SubElement(cell, W + "tbl")
            cell = etree.SubElement(etree.SubElement(table, W + "tr"), W + "tc")
        etree.SubElement(etree.SubElement(cell, W + "p"), W + "r")
    elif kind == "text":
        element = _nth(root, "t", int(op[1]))
        if element is not None:
            element.text = str(op[2])
    elif kind == "move":
        element, target = _nth(root, str(op[1]), int(op[2])), _nth(root, str(op[1]), int(op[3]))
        if element is None or target is None or element is target:
            return
        if element not in target.iterancestors() and target not in element.iter():
            target.addnext(element)


def docx_from(recipe: Recipe, path: Path, base: Path = CORPUS / "plan-2026.docx") -> Path:
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                root = etree.fromstring(data)
                for op in recipe:
                    _docx_op(root, op)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            copy.writestr(info, data)
    return path


# -- HTML -----------------------------------------------------------------------

HTML_ATTRS = ("colspan", "rowspan", "style", "border", "hidden", "align", "role")
HTML_STYLE = ("display:none", "border:1px solid", "border:none", "vertical-align:super", "mso-hide:all", "")
HTML_INSERTS = (
    "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th colspan=4>", "<thead>", "<tbody>", "<br>",
    "<nav>menu</nav>", "<caption>План мероприятий на 2026 год</caption>", "<p>", "</div>", "<ul><li>",
    "<sup>1</sup>", "&nbsp;", "&#0;", "&#xD800;", "<!--", "<![CDATA[", "<script>", "<meta charset=koi8-r>",
    "<h1>Новости</h1>", "<select>", "\x00", "\ufffd",
)  # fmt: skip


def html_recipes() -> st.SearchStrategy[Recipe]:
    index = st.integers(0, 600)
    op = st.one_of(
        st.tuples(
            st.just("attr"),
            st.sampled_from(("td", "th", "tr", "table")),
            index,
            st.sampled_from(HTML_ATTRS),
            st.sampled_from(HOSTILE_NUMBERS + HTML_STYLE),
        ),
        st.tuples(st.just("every"), st.sampled_from(("colspan", "rowspan")), st.sampled_from(HOSTILE_NUMBERS)),
        st.tuples(st.just("nest"), index, st.integers(1, 3000)),
        st.tuples(st.just("insert"), index, st.sampled_from(HTML_INSERTS)),
        st.tuples(st.just("cut"), index, st.integers(1, 400)),
        st.tuples(st.just("repeat"), index, st.integers(1, 200), st.integers(2, 50)),
        st.tuples(st.just("encode"), st.sampled_from(("utf-8", "windows-1251", "utf-16", "koi8-r", "utf-8-sig"))),
    )
    return st.lists(op, min_size=1, max_size=8).map(tuple)


def _positions(page: str, pattern: str) -> list[int]:
    return [m.start() for m in re.finditer(pattern, page)]


def html_from(recipe: Recipe, path: Path, base: Path = CORPUS / "plan-2026.html") -> Path:
    page = base.read_text(encoding="utf-8")
    encoding = "utf-8"
    for op in recipe:
        kind = op[0]
        if kind == "attr":
            spots = _positions(page, f"<{op[1]}[\\s>]")
            if spots:
                at = spots[int(op[2]) % len(spots)] + 1 + len(str(op[1]))
                page = f'{page[:at]} {op[3]}="{op[4]}"{page[at:]}'
        elif kind == "every":
            page = re.sub(r"<(td|th)(\s|>)", f'<\\1 {op[1]}="{op[2]}"\\2', page)
        elif kind == "nest":
            spots = _positions(page, r"<td[^>]*>")
            if spots:
                at = page.index(">", spots[int(op[1]) % len(spots)]) + 1
                depth = int(op[2])
                page = page[:at] + "<table><tr><td>" * depth + "x" + "</td></tr></table>" * depth + page[at:]
        elif kind == "insert":
            at = int(op[1]) * 37 % (len(page) + 1)
            page = page[:at] + str(op[2]) + page[at:]
        elif kind == "cut":
            at = int(op[1]) * 37 % (len(page) + 1)
            page = page[:at] + page[at + int(op[2]) :]
        elif kind == "repeat":
            at = int(op[1]) * 37 % (len(page) + 1)
            piece = page[at : at + int(op[2])]
            page = page[:at] + piece * int(op[3]) + page[at:]
        elif kind == "encode":
            encoding = str(op[1])
    path.write_bytes(page.encode(encoding, errors="replace"))
    return path


# -- PDF bytes --------------------------------------------------------------------


def pdf_recipes() -> st.SearchStrategy[Recipe]:
    position = st.integers(0, 10**7)
    op = st.one_of(
        st.tuples(st.just("flip"), position, st.integers(0, 255)),
        st.tuples(st.just("cut"), position),
        st.tuples(st.just("splice"), position, position, st.integers(1, 4000)),
        st.tuples(st.just("insert"), position, st.binary(min_size=1, max_size=64).map(bytes.hex)),
        st.tuples(st.just("number"), position, st.sampled_from(HOSTILE_NUMBERS)),
        st.tuples(st.just("keyword"), st.sampled_from(("/Count", "/MediaBox", "/Length", "/W", "/Size")), position),
    )
    return st.lists(op, min_size=1, max_size=10).map(tuple)


def pdf_from(recipe: Recipe, path: Path, base: Path = CORPUS / "plan-2026.pdf") -> Path:
    data = bytearray(base.read_bytes())
    for op in recipe:
        kind = op[0]
        at = int(op[1]) % max(len(data), 1) if kind != "keyword" else 0
        if kind == "flip":
            data[at] = int(op[2])
        elif kind == "cut":
            del data[max(at, 16) :]
        elif kind == "splice":
            start = int(op[2]) % max(len(data), 1)
            data[at:at] = data[start : start + int(op[3])]
        elif kind == "insert":
            data[at:at] = bytes.fromhex(str(op[2]))
        elif kind == "number":
            # Replace the number nearest after `at` (an offset, a length, a count…).
            found = re.compile(rb"\d+").search(bytes(data), at)
            if found:
                data[found.start() : found.end()] = str(op[2]).encode()
        elif kind == "keyword":
            spots = [m.end() for m in re.finditer(re.escape(str(op[1]).encode()), bytes(data))]
            if spots:
                end = spots[int(op[2]) % len(spots)]
                data[end:end] = b" 999999999 "
    path.write_bytes(bytes(data))
    return path


# -- the contract -----------------------------------------------------------------


@dataclass
class Outcome:
    status: int
    stdout: str
    stderr: str
    files: list[str]


@contextlib.contextmanager
def _captured_fd2() -> Iterator[io.BufferedRandom]:
    """Standard error at the file descriptor: what C libraries print lands here too."""
    with tempfile.TemporaryFile() as sink:
        saved = os.dup(2)
        os.dup2(sink.fileno(), 2)
        try:
            yield sink  # type: ignore[misc]
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def convert(path: Path, extra: tuple[str, ...] = ()) -> Outcome:
    """`magplan convert PATH --to json --out TMP` in this process; what it printed and left."""
    from magplan.cli import build_parser
    from magplan.convert import run

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        args = build_parser().parse_args(["convert", str(path), "--to", "json", "--out", str(out), *extra])
        stdout, stderr = io.StringIO(), io.StringIO()
        with _captured_fd2() as fd2:
            with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
                try:
                    status = run(args)
                except BaseException as exc:  # the contract is broken: report it as the test's failure
                    import traceback

                    status = -1
                    stderr.write("Traceback: " + "".join(traceback.format_exception(exc)))
            fd2.seek(0)
            c_level = fd2.read().decode("utf-8", "replace")
        files = sorted(str(p.relative_to(out)) for p in out.rglob("*")) if out.exists() else []
        outcome = Outcome(status, stdout.getvalue(), stderr.getvalue() + c_level, files)
        if status == 0 and files == [path.stem + ".json"]:
            outcome.stdout = (out / files[0]).read_text(encoding="utf-8")
        return outcome


def check_contract(path: Path, extra: tuple[str, ...] = ()) -> Outcome:
    outcome = convert(path, extra)
    assert "Traceback" not in outcome.stderr, outcome.stderr
    assert outcome.status in (0, 2), (outcome.status, outcome.stderr)
    if outcome.status == 0:
        assert outcome.stderr == "", outcome.stderr
        assert outcome.files == [path.stem + ".json"], outcome.files
        plan = json.loads(outcome.stdout)
        assert plan["schema"] == "magplan/1" and isinstance(plan["items"], list)
    else:
        assert outcome.stderr.count("\n") == 1 and outcome.stderr.endswith("\n"), outcome.stderr
        assert outcome.stderr.startswith(f"magplan: {path}: "), outcome.stderr
        assert outcome.files == [], outcome.files
    return outcome
