"""`magplan batch`: an archive of plans in many formats, with copies, bad files and a cache.

The archive is built once per session from the corpus (DOCX, PDF, HTML) plus
legacy copies that LibreOffice makes (.doc, .rtf, .odt) and a few bad files;
the first batch run over it is shared by the tests that only look at outputs.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from openpyxl import load_workbook

from magplan.batch import run_batch
from magplan.batch.archive import render_xlsx
from magplan.batch.cache import plan_from_dict
from magplan.batch.combine import Entry, combine, fingerprint
from magplan.batch.pipeline import BatchResult
from magplan.model import KINDS, Item
from magplan.write.labels import COLUMN_LABELS
from magplan.write.to_xlsx import read_items
from tests.corpus import CORPUS, expected
from tests.legacy_copies import legacy_copy

# Archive path → the corpus document it is (a copy of), for the expected items.
GOOD = {
    "2025/plan.docx": "plan-2025.docx",
    "2025/plan-2025.pdf": "plan-2025.docx",
    "2025/plan-2025.html": "plan-2025.docx",
    "2025/plan-2025.rtf": "plan-2025.docx",
    "2026/plan.docx": "plan-2026.docx",
    "2026/plan-2026.pdf": "plan-2026.docx",
    "2026/plan-2026.html": "plan-2026.docx",
    "2026/plan-2026.odt": "plan-2026.docx",
    "2026/plan-2026.doc": "plan-2026.docx",
}
BAD = {"bad/empty.docx", "bad/bad-truncated.docx", "bad/bad-no-table.html"}
CORPUS_FILES = {"2025/plan-2025.pdf", "2025/plan-2025.html", "2026/plan-2026.pdf", "2026/plan-2026.html"}
ITEMS = {2025: len(expected("plan-2025.docx")["items"]), 2026: len(expected("plan-2026.docx")["items"])}


@pytest.fixture(scope="session")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("archive")
    for source in GOOD:
        target = root / source
        target.parent.mkdir(parents=True, exist_ok=True)
        suffix = target.suffix[1:]
        name = Path(source).name if source in CORPUS_FILES else GOOD[source]
        original = CORPUS / name if suffix in ("docx", "pdf", "html") else legacy_copy(GOOD[source], suffix)
        shutil.copyfile(original, target)
    (root / "bad").mkdir()
    (root / "bad/empty.docx").write_bytes(b"")
    shutil.copyfile(CORPUS / "bad-truncated.docx", root / "bad/bad-truncated.docx")
    shutil.copyfile(CORPUS / "bad-no-table.html", root / "bad/bad-no-table.html")
    # Not documents of the archive: other extensions, hidden folders, Office lock files.
    (root / "notes.txt").write_text("not a plan", encoding="utf-8")
    (root / ".hidden").mkdir()
    shutil.copyfile(CORPUS / "plan-2026.docx", root / ".hidden/plan.docx")
    shutil.copyfile(CORPUS / "plan-2026.docx", root / "2026/~$plan.docx")
    return root


@pytest.fixture(scope="session")
def first_run(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[BatchResult, Path]:
    out = tmp_path_factory.mktemp("out")
    return run_batch([archive], out, jobs=2, progress=False), out


def _kept(result: BatchResult) -> list[str]:
    return [e.source for e in result.archive.plans]


def test_every_good_plan_lands_once_with_its_items(first_run: tuple[BatchResult, Path]) -> None:
    result = first_run[0]
    duplicates = {d.entry.source: d.kept for d in result.archive.duplicates}
    assert _kept(result) == ["2025/plan.docx", "2026/plan.docx"]  # same-named files in two folders stay apart
    assert set(_kept(result)) | set(duplicates) == set(GOOD)
    for source, kept in duplicates.items():
        assert kept == source.split("/")[0] + "/plan.docx"
    table = result.frame()
    assert table.groupby("year").size().to_dict() == ITEMS
    assert list(table.columns[:2]) == ["year", "source"] and table.columns[-1] == "series"
    assert set(table["source"]) == {"2025/plan.docx", "2026/plan.docx"}


def test_archive_workbook_sheets(first_run: tuple[BatchResult, Path]) -> None:
    result, out = first_run
    wb = load_workbook(out / "archive.xlsx", read_only=True)
    assert wb.sheetnames == ["Сводка", "Все", "Серии", "Для печати", "Дубликаты", "Пропущенные", "Ошибки"]
    rows = {name: list(wb[name].iter_rows(values_only=True)) for name in wb.sheetnames}
    assert len(rows["Все"]) == 1 + sum(ITEMS.values())
    assert rows["Все"][0][-1] == "Серия"
    # A series is shown by its most recent printed title, never by the matching key.
    assert {r[-1] for r in rows["Все"][1:] if r[5] == "XXXI сессия МАГ"} == {"XXXII сессия МАГ"}
    assert "сессия маг" not in {r[-1] for r in rows["Все"][1:]}
    assert rows["Сводка"][0][0] == (
        "13 файлов: 2 плана (82 пункта), 7 дубликатов; файлов неподдерживаемого формата: 1; не прочитано: 3"
    )
    summary = {r[0]: r for r in rows["Сводка"][3:] if r and r[0] is not None}
    for year in ITEMS:
        kinds = [item["kind"] for item in expected(f"plan-{year}.docx")["items"]]
        want = [kinds.count(kind) for kind in KINDS]
        assert list(summary[year][2:7]) == [*want, ITEMS[year]]
    assert summary["Итого"][1] == 2 and summary["Итого"][6] == sum(ITEMS.values())
    series = {r[1]: r for r in rows["Серии"][1:]}
    assert series["XXXII сессия МАГ"][:5] == ("Мероприятие", "XXXII сессия МАГ", "2025, 2026", 2, 2)
    assert {r[0] for r in rows["Дубликаты"][1:]} == set(GOOD) - set(_kept(result))
    assert {r[0]: r[4] for r in rows["Дубликаты"][1:]}["2026/plan-2026.odt"] == "тот же план в другом формате"
    assert rows["Пропущенные"][1:] == [("notes.txt", "формат файла не поддерживается (.txt)")]
    failures = {r[0]: r for r in rows["Ошибки"][1:]}
    assert set(failures) == BAD
    assert failures["bad/bad-truncated.docx"][2] == "Файл повреждён или это не документ своего формата"
    assert failures["bad/bad-no-table.html"][2] == "В документе не найдена таблица плана"
    assert "damaged" in failures["bad/bad-truncated.docx"][3]  # the program's own detail beside it
    wb.close()
    charts = load_workbook(out / "archive.xlsx")["Сводка"]._charts
    assert [c.tagname for c in charts] == ["barChart", "barChart"]
    assert [len(c.series) for c in charts] == [len(KINDS), len(ITEMS)]  # kinds per year; one series per year
    # The «Все» sheet reads back as the contract's table.
    back = read_items((out / "archive.xlsx").read_bytes())
    pd.testing.assert_frame_equal(back, result.frame().drop(columns="series"), check_dtype=False)


def test_failures_are_listed_and_do_not_stop_the_batch(first_run: tuple[BatchResult, Path]) -> None:
    result, out = first_run
    assert result.exit_code == 1
    with (out / "failures.csv").open(encoding="utf-8-sig", newline="") as handle:
        failures = list(csv.DictReader(handle))
    assert {f["source"] for f in failures} == BAD
    reasons = {f["source"]: f["error"] for f in failures}
    assert "empty" in reasons["bad/empty.docx"]
    assert "damaged" in reasons["bad/bad-truncated.docx"]
    assert "no plan table" in reasons["bad/bad-no-table.html"]
    assert all("\n" not in reason for reason in reasons.values())


def test_archive_csv_and_json(first_run: tuple[BatchResult, Path]) -> None:
    out = first_run[1]
    raw = (out / "archive.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert len(rows) == sum(ITEMS.values()) and rows[0]["series"] == "сессия маг"
    data: dict[str, Any] = json.loads((out / "archive.json").read_text(encoding="utf-8"))
    assert data["schema"] == "magplan-archive/1"
    assert [(p["source"], p["items"], p["document"]["year"]) for p in data["plans"]] == [
        ("2025/plan.docx", ITEMS[2025], 2025),
        ("2026/plan.docx", ITEMS[2026], 2026),
    ]
    assert len(data["items"]) == sum(ITEMS.values())
    assert {d["source"]: d["duplicate_of"] for d in data["duplicates"]}["2026/plan-2026.odt"] == "2026/plan.docx"
    assert {f["source"] for f in data["failures"]} == BAD
    assert any(s["series"] == "сессия маг" and s["years"] == [2025, 2026] for s in data["series"])


def test_second_run_reads_nothing(
    first_run: tuple[BatchResult, Path], archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result, out = first_run

    def no_reading(*args: object) -> None:
        raise AssertionError("a file was read again")

    monkeypatch.setattr("magplan.batch.runner.read_task", no_reading)
    again = run_batch([archive], out, jobs=1, progress=False)
    assert (again.read, again.cached) == (0, result.read)
    assert again.summary().endswith("(0 read, 12 from cache)")
    pd.testing.assert_frame_equal(again.frame(), result.frame())
    assert [f.error for f in again.archive.failures] == [f.error for f in result.archive.failures]


def test_no_cache_reads_again(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    shutil.copyfile(CORPUS / "plan-2026.docx", tmp_path / "in/plan.docx")
    assert run_batch([tmp_path / "in"], tmp_path / "out", progress=False).read == 1
    assert run_batch([tmp_path / "in"], tmp_path / "out", progress=False).cached == 1
    assert run_batch([tmp_path / "in"], tmp_path / "out", use_cache=False, progress=False).read == 1


def test_dask_gives_the_same_table(first_run: tuple[BatchResult, Path], archive: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    result, _ = first_run
    with distributed.LocalCluster(
        n_workers=1, processes=False, threads_per_worker=2, dashboard_address=None
    ) as cluster:
        on_dask = run_batch([archive], tmp_path, use_cache=False, scheduler=cluster.scheduler_address, progress=False)
    assert on_dask.read == result.read
    pd.testing.assert_frame_equal(on_dask.frame(), result.frame())
    assert [d.entry.source for d in on_dask.archive.duplicates] == [d.entry.source for d in result.archive.duplicates]
    assert {f.source for f in on_dask.archive.failures} == BAD


def test_command_line(first_run: tuple[BatchResult, Path], archive: Path, tmp_path: Path) -> None:
    # The first run's cache makes this run quick, and shows that a cache can move with its folder.
    shutil.copytree(first_run[1] / ".cache", tmp_path / ".cache")
    command = ["batch", str(archive), "--out", str(tmp_path), "--per-file", "--jobs", "2"]
    run = subprocess.run(
        [sys.executable, "-m", "magplan.cli", *command], capture_output=True, text=True, timeout=300, check=False
    )
    assert run.returncode == 1, run.stderr
    assert (
        "13 files: 2 plans (82 items), 7 duplicates, 1 skipped (not a plan format), 3 failed (0 read, 12 from cache)"
    ) in run.stdout
    assert "bad/empty.docx: the file is empty" in run.stderr
    assert "Traceback" not in run.stderr
    written = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if ".cache" not in p.parts}
    for name in ("archive.xlsx", "archive.csv", "archive.json", "failures.csv"):
        assert name in written
    for year in ITEMS:
        per_file = json.loads((tmp_path / f"plans/{year}/plan.json").read_text(encoding="utf-8"))
        assert per_file["document"]["source"] == "plan.docx" and len(per_file["items"]) == ITEMS[year]
        assert f"plans/{year}/plan.xlsx" in written and f"plans/{year}/plan.csv" in written


def test_nothing_readable_is_exit_2_and_keeps_old_outputs(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in/empty.docx").write_bytes(b"")
    (tmp_path / "out").mkdir()
    (tmp_path / "out/archive.xlsx").write_bytes(b"previous run")
    result = run_batch([tmp_path / "in"], tmp_path / "out", progress=False)
    assert result.exit_code == 2
    assert (tmp_path / "out/archive.xlsx").read_bytes() == b"previous run"
    assert "in/empty.docx" not in (tmp_path / "out/failures.csv").read_text(encoding="utf-8-sig")
    assert "empty.docx" in (tmp_path / "out/failures.csv").read_text(encoding="utf-8-sig")


def test_no_documents_is_a_one_line_error(tmp_path: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "magplan.cli", "batch", str(tmp_path), "--out", str(tmp_path / "out")],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert run.returncode == 2 and run.stderr.count("\n") == 1 and "no plan documents" in run.stderr


def test_a_long_temporary_folder_still_reads(tmp_path: Path) -> None:
    # The forkserver's socket under a TMPDIR this long would pass a Unix socket's 107 bytes: every
    # file failed with «AF_UNIX path too long» (pytest-xdist's per-worker folders came that near).
    temporary = tmp_path / ("t" * max(1, 100 - len(os.fsencode(tmp_path))))
    temporary.mkdir()
    (tmp_path / "in").mkdir()
    for year in (2025, 2026):  # two files and two jobs: read by the worker processes
        shutil.copyfile(CORPUS / f"plan-{year}.html", tmp_path / f"in/plan-{year}.html")
    command = ["batch", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--jobs", "2"]
    run = subprocess.run(
        [sys.executable, "-m", "magplan.cli", *command],
        capture_output=True, text=True, timeout=300, check=False, env={**os.environ, "TMPDIR": str(temporary)},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "2 plans (82 items), 0 duplicates, 0 failed" in run.stdout, run.stderr


def test_interrupt_leaves_no_partial_output_and_resumes(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    rtf = legacy_copy("plan-2026.docx", "rtf").read_bytes()
    for i in range(3):  # distinct contents, so each is converted (about a second each)
        (folder / f"plan-{i}.rtf").write_bytes(rtf + b" " * (i + 1))
    out = tmp_path / "out"
    command = [sys.executable, "-m", "magplan.cli", "batch", str(folder), "--out", str(out), "--jobs", "1"]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
        # A shell's background job starts with Ctrl-C ignored; this test needs it delivered.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while not list(out.glob(".cache/*/*/*.json")) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr.decode() and b"Traceback" not in stderr
    assert not list(out.glob("archive.*")) and not list(out.rglob("*.part"))
    resumed = subprocess.run([*command[:-1], "2"], capture_output=True, text=True, timeout=300, check=False)
    assert resumed.returncode == 0, resumed.stderr
    cached = int(resumed.stdout.split(" read, ")[1].split(" from cache")[0])
    assert cached >= 1


def test_fingerprint_ignores_layout_whitespace_not_content() -> None:
    plan = plan_from_dict(expected("plan-2026.docx"))
    same = plan_from_dict(expected("plan-2026.docx"))
    same.records[3].title = same.records[3].title.replace("\n", " ").replace(" ", "  ")
    other = plan_from_dict(expected("plan-2026.docx"))
    other.records[3].date_text = "декабрь"
    assert fingerprint(plan) == fingerprint(same) != fingerprint(other)


def test_plan_round_trips_through_the_cache_dict() -> None:
    data = expected("plan-2025.docx")
    assert plan_from_dict(data).to_dict() == data


def test_formula_like_text_stays_text_in_the_archive_workbook() -> None:
    plan = plan_from_dict(expected("plan-2026.docx"))
    plan.records = [Item(kind="event", section="", number=1, title='=HYPERLINK("x")', note="@SUM(A1)")]
    wb = load_workbook(io.BytesIO(render_xlsx(combine([Entry("p.docx", "docx", "0", plan)]))))
    header = [c.value for c in wb["Все"][1]]
    row = {label: cell for label, cell in zip(header, wb["Все"][2], strict=True)}
    title, note = row[COLUMN_LABELS["title"]], row[COLUMN_LABELS["note"]]
    assert title.value == '=HYPERLINK("x")' and title.data_type == "s"
    assert note.value == "@SUM(A1)" and note.data_type == "s"


def test_unwritable_cache_costs_time_not_the_batch(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    shutil.copyfile(CORPUS / "plan-2026.docx", tmp_path / "in/plan.docx")
    (tmp_path / "out").mkdir()
    (tmp_path / "out/.cache").write_text("a file where the cache folder would be", encoding="utf-8")
    result = run_batch([tmp_path / "in"], tmp_path / "out", progress=False)
    assert result.exit_code == 0 and "the cache was not updated" in result.summary()
    assert (tmp_path / "out/archive.xlsx").is_file()


def test_ocr_mode_reaches_the_reader_and_has_its_own_cache(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    shutil.copyfile(CORPUS / "plan-2026-scan.pdf", tmp_path / "in/scan.pdf")
    refused = run_batch([tmp_path / "in"], tmp_path / "out", ocr="never", progress=False)
    assert refused.exit_code == 2
    assert "OCR" in refused.archive.failures[0].error
    # The cached refusal belongs to --ocr never: the default mode reads the scan.
    read = run_batch([tmp_path / "in"], tmp_path / "out", jobs=1, progress=False)
    assert (read.exit_code, read.read, len(read.frame())) == (0, 1, 40)


def test_progress_function_hears_every_file(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS / "plan-2026.html", folder / "plan.html")
    (folder / "empty.docx").write_bytes(b"")
    heard: list[tuple[int, int, int]] = []
    run_batch([folder], tmp_path / "out", jobs=1, progress=lambda *told: heard.append(told))
    assert heard[0] == (0, 2, 0) and heard[-1] == (2, 2, 1)
    assert [done for done, _, _ in heard] == [0, 1, 2]
