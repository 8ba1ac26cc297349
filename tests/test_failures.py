"""Exactly one line on standard error for any failure, the right exit status, outputs all or
nothing (issue 14.2, 14.3).  Every damaged input is rebuilt here by code."""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from magplan import messages
from magplan.cli import main
from magplan.errors import InputError, LimitExceeded, NoPlanFound, ProgramTimeout
from magplan.soffice import ConversionTimeout
from tests.corpus import CORPUS

MAGPLAN = [sys.executable, "-m", "magplan.cli"]
PDF = CORPUS / "plan-2026.pdf"


def _run(*args: str | Path, **popen: object) -> subprocess.CompletedProcess[str]:
    command = [*MAGPLAN, *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False, **popen)  # type: ignore[call-overload, no-any-return]


def test_pdf_library_warnings_become_one_plan_warning_not_stderr(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    import magplan

    # The fonts' bounding boxes blanked out (same length, so the cross-reference table stays right):
    # pdfminer (the reference engine) complains on every font and still reads the text.
    data = re.sub(rb"/FontBBox\s*\[[^\]]*\]", lambda m: b" " * len(m.group(0)), PDF.read_bytes())
    source = tmp_path / "plan.pdf"
    source.write_bytes(data)
    warnings = magplan.read_plan(source, pdf_engine="pdfplumber").to_dict()["warnings"]
    assert capfd.readouterr().err == ""
    assert [w["code"] for w in warnings] == ["damaged_file"] and "FontBBox" in warnings[0]["message"]


@pytest.mark.parametrize("seed", range(6))
def test_damaged_pdf_is_one_line(tmp_path: Path, seed: int) -> None:
    # 40 random bytes changed: pdfminer logs xref, MediaBox and decompression complaints on some.
    data = bytearray(PDF.read_bytes())
    rng = random.Random(seed)
    for _ in range(40):
        data[rng.randrange(len(data))] = rng.randrange(256)
    source = tmp_path / "plan.pdf"
    source.write_bytes(bytes(data))
    result = _run("convert", source, "--to", "json,csv", "--out", tmp_path / "out")
    assert result.returncode in (0, 2)
    if result.returncode == 2:
        assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"magplan: {source}: ")
        assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []
    else:
        assert result.stderr == ""


def test_deep_nesting_is_bad_input_not_a_crash(tmp_path: Path) -> None:
    source = tmp_path / "nested.html"
    source.write_text("<table><tr><td>" * 5000 + "x" + "</td></tr></table>" * 5000, encoding="utf-8")
    result = _run("convert", source, "--out", tmp_path / "out")
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "nested too deeply" in result.stderr


def test_internal_error_is_status_3_and_says_it_is_a_bug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from magplan.normalize import items

    # A broken rule: magplan's own code then fails on a good file.
    monkeypatch.setattr(items, "build_plan", lambda *args, **kwargs: None)
    status = main(["convert", str(CORPUS / "plan-2026.docx"), "--out", str(tmp_path)])
    err = capsys.readouterr().err
    assert status == 3 and err.count("\n") == 1
    assert "plan-2026.docx" in err and "bug in magplan" in err and "AttributeError" in err
    assert list(tmp_path.iterdir()) == []


def test_standard_output_full(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [*MAGPLAN, "convert", str(PDF), "--out", "-"], stdout=full, stderr=subprocess.PIPE, text=True, timeout=120
        )
    assert result.returncode == 1
    assert result.stderr == f"magplan: {PDF}: cannot write to standard output: No space left on device\n"


def test_standard_output_closed() -> None:
    result = subprocess.run(
        [*MAGPLAN, "convert", str(PDF), "--out", "-"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=120,
        preexec_fn=lambda: os.close(1),  # the program starts with no standard output at all
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr == f"magplan: {PDF}: cannot write to standard output: it is closed\n"


def test_closed_pipe_ends_quietly() -> None:
    process = subprocess.Popen(
        [*MAGPLAN, "convert", str(PDF), "--out", "-"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before anything is written (as `| head -c0` would)
    stderr = process.stderr.read()
    process.stderr.close()
    assert process.wait(timeout=120) == 1 and stderr == b""


def test_full_disk_half_way_leaves_no_output_and_old_ones_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from magplan.write import files

    out = tmp_path / "out"
    out.mkdir()
    (out / "plan-2026.json").write_text("previous")
    real_fdopen = os.fdopen
    written: list[str] = []

    def filling(fd: int, *args: object, **kwargs: object) -> object:
        # The disk fills up once two outputs are staged.
        handle = real_fdopen(fd, *args, **kwargs)  # type: ignore[call-overload]
        written.append("x")
        if len(written) > 2:
            handle.write = lambda data: (_ for _ in ()).throw(OSError(28, "No space left on device"))
        return handle

    monkeypatch.setattr(files.os, "fdopen", filling)
    status = main(["convert", str(CORPUS / "plan-2026.docx"), "--to", "json,csv,xlsx,docx", "--out", str(out)])
    err = capsys.readouterr().err
    assert status == 1 and err.count("\n") == 1 and "No space left on device" in err
    assert sorted(p.name for p in out.iterdir()) == ["plan-2026.json"]
    assert (out / "plan-2026.json").read_text() == "previous"


def test_a_library_message_of_several_lines_is_one_line() -> None:
    from magplan.errors import DamagedFile
    from magplan.failures import classify

    # libxml2 messages carry newlines; so do LibreOffice's.
    status, message = classify(DamagedFile("damaged XML in word/document.xml: Opening and ending tag\nmismatch: p"))
    assert status == 2 and "\n" not in message and "tag mismatch" in message


def _docx_nested(path: Path, depth: int) -> Path:
    """The builder's plan with a table nested `depth` deep inside the first event's cell."""
    from tests import docx_builder as b

    inner = b.para("Москва")
    for _ in range(depth):
        inner = b.table(b.row(b.cell(inner)), columns=1)
    rows = [b.row("1.", "Международный форум", b.cell(b.para("май"), inner), "")]
    b.write_docx(path, b.title_paragraphs() + b.table(b.header_row(), *rows))
    return path


def test_docx_tables_nested_thousands_deep_are_bad_input_not_a_crash(tmp_path: Path) -> None:
    # Found by the fuzz campaign: a RecursionError, reported as if the file were merely unreadable.
    source = _docx_nested(tmp_path / "nested.docx", 5000)
    result = _run("convert", source, "--to", "json,csv", "--out", tmp_path / "out")
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(f"magplan: {source}: ") and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_docx_tables_nested_a_little_are_read(tmp_path: Path) -> None:
    import magplan

    plan = magplan.read_plan(_docx_nested(tmp_path / "nested.docx", 20))
    assert [item["title"] for item in plan.to_dict()["items"]] == ["Международный форум"]


def test_a_libxml2_message_with_a_newline_is_one_line_on_stderr(tmp_path: Path) -> None:
    from tests.docx_builder import write_docx_with_nul

    source = write_docx_with_nul(tmp_path / "plan.docx")
    result = _run("convert", source, "--out", tmp_path / "out")
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    assert "damaged XML in word/document.xml" in result.stderr and "out of allowed range" in result.stderr


class _OddLayout(NoPlanFound):
    """A reader's own refinement of «no plan»: says what its base class says."""


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (NoPlanFound("x"), "NoPlanFound"),
        (_OddLayout("x"), "NoPlanFound"),
        (ConversionTimeout("x"), "ConversionTimeout"),
        (ProgramTimeout("x"), "ProgramTimeout"),
        (LimitExceeded("x"), "LimitExceeded"),
        (InputError("x"), "InputError"),
        (ValueError("x"), None),
    ],
)
def test_every_error_has_its_nearest_russian_reason(exc: BaseException, kind: str | None) -> None:
    # The web page and the archive's workbook both say why a file failed from this one lookup.
    assert messages.error_kind(exc) == kind
    expected = messages.ERRORS[kind] if kind else messages.UNKNOWN_ERROR
    assert messages.error_reason(exc) == expected


def _raised_in_a_worker(call: object, *args: object) -> BaseException:
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1) as pool:
        try:
            pool.submit(call, *args).result()  # type: ignore[arg-type]
        except Exception as exc:
            return exc
    raise AssertionError("no exception")


def test_a_worker_processs_exception_is_told_by_where_the_worker_raised_it() -> None:
    """A process pool re-raises with the caller's frames only (`concurrent` innermost): the worker's
    traceback, kept as text, says whether magplan's code or a library's failed."""
    import json

    from magplan.failures import classify
    from magplan.normalize.numbers import row_number

    status, message = classify(_raised_in_a_worker(row_number, None))
    assert status == 3 and "bug in magplan" in message
    status, message = classify(_raised_in_a_worker(json.loads, "{"))
    assert (status, message.split(" (")[0]) == (2, "damaged file: json could not read it")


def test_a_workers_frame_in_magplan_named_through_a_symlink_is_still_magplans(tmp_path: Path) -> None:
    """A checkout or a venv reached through a symlinked folder names the worker's frames so: still magplan's code."""
    import magplan
    from magplan.failures import is_bug

    link = tmp_path / "link"
    link.symlink_to(Path(magplan.__file__).resolve().parent)

    class _RemoteTraceback(Exception):  # concurrent.futures' name for the worker's traceback as text
        def __str__(self) -> str:
            frame = f'  File "{link}/normalize/numbers.py", line 40, in row_number'
            return f'\n"""\nTraceback (most recent call last):\n{frame}\nTypeError: bad\n"""'

    exc = TypeError("bad")
    exc.__cause__ = _RemoteTraceback()
    assert is_bug(exc)
