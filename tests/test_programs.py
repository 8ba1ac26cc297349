"""Where magplan finds LibreOffice and Tesseract: MAGPLAN_SOFFICE / MAGPLAN_TESSERACT, PATH, the usual places."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from magplan import programs, soffice
from magplan.errors import MissingDependency
from magplan.extract.ocr import tesseract


def fake_program(folder: Path, name: str, output: str = "") -> Path:
    path = folder / name
    path.write_text(f"#!/bin/sh\nprintf '{output}'\n", encoding="utf-8")
    path.chmod(0o755)
    return path


@pytest.fixture
def fresh_tesseract() -> Iterator[None]:
    tesseract.tesseract_program.cache_clear()
    yield
    tesseract.tesseract_program.cache_clear()


def test_the_variable_names_libreoffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    program = fake_program(tmp_path, "my-soffice")
    monkeypatch.setenv("MAGPLAN_SOFFICE", str(program))
    assert soffice.find("printing") == str(program)
    monkeypatch.setenv("MAGPLAN_SOFFICE", "my-soffice")  # a name is looked up on PATH
    monkeypatch.setenv("PATH", str(tmp_path))
    assert soffice.find("printing") == str(program)


def test_a_variable_that_names_nothing_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAGPLAN_SOFFICE", str(tmp_path / "nowhere" / "soffice"))
    with pytest.raises(MissingDependency, match="MAGPLAN_SOFFICE="):
        soffice.find("printing")


def test_without_libreoffice_the_message_says_where_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAGPLAN_SOFFICE", raising=False)
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    monkeypatch.setattr(programs, "SOFFICE_PLACES", ())
    with pytest.raises(MissingDependency) as raised:
        soffice.find("printing")
    message = str(raised.value)
    assert "libreoffice-writer-nogui" in message and "brew install --cask libreoffice" in message
    assert "MAGPLAN_SOFFICE" in message


def test_the_variable_names_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_tesseract: None) -> None:
    program = fake_program(tmp_path, "tess", "List of available languages (2):\\nrus\\neng\\n")
    monkeypatch.setenv("MAGPLAN_TESSERACT", str(program))
    assert tesseract.tesseract_program() == str(program)


def test_the_usual_places_are_searched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    program = fake_program(tmp_path, "soffice")
    monkeypatch.delenv("MAGPLAN_SOFFICE", raising=False)
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    monkeypatch.setattr(programs, "SOFFICE_PLACES", (str(tmp_path / "missing"), str(program)))
    assert soffice.find("printing") == str(program)
