"""`magplan convert` never loses a file (issue 12.1): no output replaces an input,
inputs never share an output, replacements are said, progress on a terminal."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import shutil
import struct
import subprocess
import sys
import termios
from pathlib import Path

from magplan.outputs import output_stems, plan_outputs
from tests.corpus import CORPUS

MAGPLAN = [sys.executable, "-m", "magplan.cli"]
DOCX = CORPUS / "plan-2026.docx"


def _run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [*MAGPLAN, *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False, cwd=cwd)


def test_output_that_would_replace_its_input_is_written_beside_it(tmp_path: Path) -> None:
    source = tmp_path / "plan-2026.docx"
    shutil.copyfile(DOCX, source)
    before = source.read_bytes()
    result = _run("convert", source, "--to", "docx,json", "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    assert source.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan-2026-magplan.docx", "plan-2026.docx", "plan-2026.json"]
    assert f"wrote {tmp_path / 'plan-2026-magplan.docx'} ({source} is an input, kept)" in result.stdout


def test_output_that_links_to_an_input_is_not_replaced(tmp_path: Path) -> None:
    source = tmp_path / "plan.docx"
    shutil.copyfile(DOCX, source)
    out = tmp_path / "out"
    out.mkdir()
    (out / "plan.docx").symlink_to(source)  # out/plan.docx is the input, through a link
    result = _run("convert", source, "--to", "docx", "--out", out)
    assert result.returncode == 0, result.stderr
    assert source.read_bytes() == DOCX.read_bytes() and (out / "plan.docx").is_symlink()
    assert (out / "plan-magplan.docx").is_file()


def test_inputs_in_different_folders_get_names_from_their_folders(tmp_path: Path) -> None:
    for folder, name in (("a", "plan-2026.docx"), ("b", "plan-2025.docx")):
        (tmp_path / folder).mkdir()
        shutil.copyfile(CORPUS / name, tmp_path / folder / "plan.docx")
    result = _run("convert", "a/plan.docx", "b/plan.docx", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == ["a-plan.json", "b-plan.json"]
    years = {p.name: json.loads(p.read_text())["document"]["year"] for p in out.iterdir()}
    assert years == {"a-plan.json": 2026, "b-plan.json": 2025}


def test_output_stems_are_distinct_and_short() -> None:
    stems = output_stems([Path("/d/a/plan.docx"), Path("/d/a/plan.pdf"), Path("/d/b/plan.docx"), Path("/d/x.html")])
    assert stems[Path("/d/a/plan.pdf")] == "plan-pdf"
    assert stems[Path("/d/x.html")] == "x"
    assert {stems[Path("/d/a/plan.docx")], stems[Path("/d/b/plan.docx")]} == {"a-plan", "b-plan"}
    # Deeper folders alike: as many folder names as tell them apart.
    deep = output_stems([Path("/1/x/plan.docx"), Path("/2/x/plan.docx")])
    assert deep == {Path("/1/x/plan.docx"): "1-x-plan", Path("/2/x/plan.docx"): "2-x-plan"}
    # Case only: distinct on a case-insensitive disk too.
    case = output_stems([Path("/d/Plan.docx"), Path("/d/plan.docx")])
    assert len({s.casefold() for s in case.values()}) == 2


def test_a_name_taken_by_another_input_is_not_reused(tmp_path: Path) -> None:
    # plan.docx and plan.pdf become plan-docx, plan-pdf; an input named plan-docx.html must not clash.
    inputs = [tmp_path / "plan.docx", tmp_path / "plan.pdf", tmp_path / "plan-docx.html"]
    paths = plan_outputs(inputs, tmp_path / "out", ["json"]).paths
    names = [paths[p]["json"].name.casefold() for p in inputs]
    assert len(set(names)) == 3


def test_the_same_input_twice_is_converted_once(tmp_path: Path) -> None:
    result = _run("convert", DOCX, DOCX, "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["plan-2026.json"]
    assert result.stdout.count("wrote") == 1


def test_convert_says_what_it_wrote_and_replaced(tmp_path: Path) -> None:
    first = _run("convert", DOCX, "--to", "json,csv", "--out", tmp_path)
    assert first.stdout.splitlines() == [
        f"wrote {tmp_path / 'plan-2026.json'}",
        f"wrote {tmp_path / 'plan-2026.csv'}",
        f"{DOCX}: 40 items, 0 warnings",
    ]
    second = _run("convert", DOCX, "--to", "json", "--out", tmp_path)
    assert second.stdout.splitlines()[0] == f"replaced {tmp_path / 'plan-2026.json'}"
    assert second.stderr == ""


def test_warnings_are_counted_and_listed_with_verbose(tmp_path: Path) -> None:
    page = (CORPUS / "plan-2026.html").read_text(encoding="utf-8").replace(">февраль<", ">когда-нибудь<")
    source = tmp_path / "plan.html"
    source.write_text(page, encoding="utf-8")
    quiet = _run("convert", source, "--out", tmp_path / "out")
    assert f"{source}: 40 items, 2 warnings (--verbose lists them)" in quiet.stdout
    loud = _run("convert", source, "--out", tmp_path / "out", "--verbose")
    listed = [line for line in loud.stdout.splitlines() if line.startswith("  warning [unparsed_date]")]
    assert len(listed) == 2 and "когда-нибудь" in listed[0]


def test_some_inputs_failing_is_status_1_all_failing_status_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a docx")
    mixed = _run("convert", DOCX, bad, "--out", tmp_path / "out")
    assert mixed.returncode == 1 and mixed.stderr.count("\n") == 1 and "bad.docx" in mixed.stderr
    assert (tmp_path / "out" / "plan-2026.json").is_file()
    assert _run("convert", bad, "--out", tmp_path / "out").returncode == 2


def test_progress_shows_on_a_terminal_only(tmp_path: Path) -> None:
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    command = [*MAGPLAN, "convert", str(DOCX), "--out", str(tmp_path)]
    process = subprocess.Popen(command, stderr=slave, stdout=subprocess.PIPE)
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    assert process.wait(timeout=120) == 0
    assert process.stdout is not None and b"wrote" in process.stdout.read()
    process.stdout.close()
    assert b"reading " in shown and b"plan-2026.docx" in shown
    # Not a terminal: nothing on standard error.
    assert _run("convert", DOCX, "--out", tmp_path).stderr == ""
