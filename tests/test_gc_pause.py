"""Reading pauses Python's cycle collector and leaves it as it found it, on success and on error."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import magplan
from magplan.extract import extract, html
from magplan.layout import Layout
from tests.corpus import CORPUS

PAGE = CORPUS / "plan-2026.html"


@pytest.fixture
def collector() -> Iterator[None]:
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.parametrize("read", [magplan.read_plan, extract])
def test_the_collector_is_paused_while_the_page_is_read_and_running_after(
    read: Callable[[Path], object], collector: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    running: list[bool] = []
    original = html.extract

    def watched(path: Path) -> Layout:
        running.append(gc.isenabled())
        return original(path)

    monkeypatch.setattr(html, "extract", watched)
    gc.enable()
    read(PAGE)
    assert running == [False]
    assert gc.isenabled()


def test_a_caller_that_turned_the_collector_off_finds_it_off(collector: None) -> None:
    gc.disable()
    magplan.read_plan(PAGE)
    assert not gc.isenabled()


def test_the_collector_runs_again_after_a_failed_read(tmp_path: Path, collector: None) -> None:
    gc.enable()
    broken = tmp_path / "broken.html"
    broken.write_bytes(b"<html><body><p>no plan here</p></body></html>")
    with pytest.raises(magplan.NoPlanFound):
        magplan.read_plan(broken)
    assert gc.isenabled()
