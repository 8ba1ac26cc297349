"""The command line: help, outputs, standard output, atomic replacement."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from magplan.cli import build_parser
from tests.corpus import CORPUS, expected, mismatches

MAGPLAN = [sys.executable, "-m", "magplan.cli"]
PLAN = CORPUS / "plan-2026.docx"


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*MAGPLAN, *map(str, args)], capture_output=True, text=True, timeout=120, check=False)


def test_help_explains_the_commands() -> None:
    top = _run("--help")
    assert top.returncode == 0 and "convert" in top.stdout and "examples:" in top.stdout
    sub = _run("convert", "--help")
    assert sub.returncode == 0 and "--to" in sub.stdout and "--out" in sub.stdout


def test_building_the_command_line_reads_no_file_machinery() -> None:
    """`magplan --help` builds every subcommand's parser: that must not import what reading
    a file needs (logging, dataclasses, pathlib, the layout model), which would slow every start."""
    heavy = ("logging", "dataclasses", "pathlib", "magplan.layout", "magplan.quiet")
    probe = (
        "import sys; from magplan.cli import build_parser; build_parser(); "
        f"print(' '.join(m for m in {heavy!r} if m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True)
    assert loaded.stdout.split() == []


def test_convert_writes_each_format(tmp_path: Path) -> None:
    result = _run("convert", PLAN, "--to", "json,csv", "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan-2026.csv", "plan-2026.json"]
    data = json.loads((tmp_path / "plan-2026.json").read_text(encoding="utf-8"))
    assert mismatches(expected("plan-2026.docx"), data) == []


def test_csv_is_utf8_with_bom_and_joins_lists(tmp_path: Path) -> None:
    _run("convert", PLAN, "--to", "csv", "--out", tmp_path)
    raw = (tmp_path / "plan-2026.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert list(rows[0])[:3] == ["year", "source", "kind"]
    item12 = next(r for r in rows if r["kind"] == "event" and r["number"] == "12")
    assert item12["members"] == "ВАРМСУ; АГП; АГУ; АСДГ; СГЦСЗ России"
    assert rows[1]["date_start"] == "2026-02-01" and rows[1]["year"] == "2026"


def test_out_dash_writes_json_to_stdout() -> None:
    result = _run("convert", PLAN, "--to", "json", "--out", "-")
    assert result.returncode == 0
    assert json.loads(result.stdout)["schema"] == "magplan/1"


def test_out_dash_needs_one_input_and_one_format() -> None:
    result = _run("convert", PLAN, "--to", "json,csv", "--out", "-")
    assert result.returncode == 2 and "exactly one" in result.stderr


def test_failed_input_leaves_existing_output_untouched(tmp_path: Path) -> None:
    bad = tmp_path / "plan-2026.docx"
    bad.write_bytes(b"not a docx")
    out = tmp_path / "out"
    out.mkdir()
    (out / "plan-2026.json").write_text("previous")
    result = _run("convert", bad, "--to", "json,csv", "--out", out)
    assert result.returncode == 2
    assert sorted(p.name for p in out.iterdir()) == ["plan-2026.json"]
    assert (out / "plan-2026.json").read_text() == "previous"


def test_good_input_replaces_an_existing_output_whole(tmp_path: Path) -> None:
    (tmp_path / "plan-2026.json").write_text("previous")
    assert _run("convert", PLAN, "--to", "json", "--out", tmp_path).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan-2026.json"]  # no temporary files left
    assert json.loads((tmp_path / "plan-2026.json").read_text())["document"]["source"] == "plan-2026.docx"


def test_inputs_that_share_a_name_get_distinct_outputs(tmp_path: Path) -> None:
    html = CORPUS / "plan-2026.html"
    assert _run("convert", PLAN, html, "--to", "json", "--out", tmp_path).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan-2026-docx.json", "plan-2026-html.json"]


def test_unknown_format_is_a_usage_error() -> None:
    result = _run("convert", PLAN, "--to", "yaml")
    assert result.returncode == 2 and "unknown format" in result.stderr


def _usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as stop:
        build_parser().parse_args(argv)
    assert stop.value.code == 2
    return capsys.readouterr().err.splitlines()[-1]


@pytest.mark.parametrize(
    "command", [["convert", "plan.docx"], ["batch", "in", "--out", "out"], ["diff", "a.docx", "b.docx"], ["serve"]]
)
def test_every_command_that_reads_plans_has_the_same_ocr_option(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert build_parser().parse_args([*command, "--ocr", "never"]).ocr == "never"
    assert build_parser().parse_args(command).ocr == "auto"
    assert "invalid choice: 'sometimes' (choose from 'never', 'auto', 'always')" in _usage_error(
        capsys, *command, "--ocr", "sometimes"
    )


@pytest.mark.parametrize(
    ("command", "known"),
    [
        (["convert", "plan.docx"], "json,csv,xlsx"),
        (["batch", "in", "--out", "out"], "xlsx,csv,json,ics"),
        (["diff", "a.docx", "b.docx"], "xlsx,json,html"),
    ],
)
def test_to_names_each_commands_own_formats(command: list[str], known: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert build_parser().parse_args([*command, "--to", "JSON, xlsx"]).formats == ["json", "xlsx"]
    assert f"unknown format 'yaml'; choose from {known}" in _usage_error(capsys, *command, "--to", "json,yaml")


@pytest.mark.parametrize("command", [["batch", "in", "--out", "out", "--jobs"], ["serve", "--workers"]])
@pytest.mark.parametrize("value", ["0", "-2", "two", "1.5"])
def test_counts_are_positive_whole_numbers(command: list[str], value: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert f"{value!r} is not a positive whole number" in _usage_error(capsys, *command, value)
