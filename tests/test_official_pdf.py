"""`--to pdf`: LibreOffice prints the official DOCX; a missing or failing soffice is one clear error."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import magplan
from magplan import cli
from magplan.errors import MissingDependency
from magplan.model import Plan
from magplan.write import render, to_pdf
from tests.corpus import CORPUS
from tests.test_official_docx import _differences, _round_trip

HAS_SOFFICE = shutil.which("soffice") is not None
needs_soffice = pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice (soffice) is not installed")


@pytest.fixture(scope="module")
def plan_2026() -> Plan:
    return magplan.read_plan(CORPUS / "plan-2026.docx")


def test_missing_soffice_is_a_missing_dependency(monkeypatch: pytest.MonkeyPatch, plan_2026: Plan) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    with pytest.raises(MissingDependency, match="libreoffice-writer-nogui"):
        render(plan_2026, "pdf")


def test_missing_soffice_in_the_cli_is_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    status = cli.main(["convert", str(CORPUS / "plan-2026.docx"), "--to", "pdf", "--out", str(tmp_path)])
    err = capsys.readouterr().err
    assert status != 0 and err.count("\n") == 1 and "libreoffice-writer-nogui" in err
    assert list(tmp_path.iterdir()) == []


def _fake_soffice(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, script: str) -> None:
    program = tmp_path / "bin" / "soffice"
    program.parent.mkdir()
    program.write_text(f"#!/bin/sh\n{script}\n")
    program.chmod(0o755)
    monkeypatch.setenv("PATH", str(program.parent))


def test_soffice_failure_is_reported(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fake_soffice(monkeypatch, tmp_path, "echo 'Error: source file could not be loaded' >&2; exit 1")
    with pytest.raises(magplan.MagplanError, match="could not be loaded"):
        to_pdf.docx_to_pdf(b"PK")


def test_stuck_soffice_times_out(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fake_soffice(monkeypatch, tmp_path, f"exec {shutil.which('sleep')} 30")
    with pytest.raises(magplan.MagplanError, match="did not finish"):
        to_pdf.docx_to_pdf(b"PK", timeout=0.5)


@needs_soffice
def test_pdf_is_an_a4_print(plan_2026: Plan, tmp_path: Path) -> None:
    pdf = render(plan_2026, "pdf")
    assert pdf.startswith(b"%PDF")
    if shutil.which("pdfinfo"):
        (tmp_path / "plan.pdf").write_bytes(pdf)
        info = subprocess.run(["pdfinfo", str(tmp_path / "plan.pdf")], capture_output=True, text=True, check=True)
        assert "595.3" in info.stdout and "841.89" in info.stdout  # A4 in points


@needs_soffice
@pytest.mark.parametrize("name", ["plan-2026.docx", "plan-2025.docx", "plan-2026.html", "plan-2025.html"])
def test_pdf_round_trip(name: str, tmp_path: Path) -> None:
    source = magplan.read_plan(CORPUS / name)
    assert _differences(source, _round_trip(source, tmp_path, "pdf")) == []
