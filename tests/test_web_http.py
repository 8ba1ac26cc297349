"""`magplan serve` at the HTTP level: reading, edits, downloads, batches, limits, the token, errors.

The application runs in-process under Starlette's TestClient, with its real
pool of worker processes: every request goes through the same code as from
the browser.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from starlette.testclient import TestClient

from magplan import messages
from magplan.web import present
from magplan.web.app import create_app
from magplan.web.settings import Settings
from magplan.web.uploads import safe_name, unpack_zip
from tests.corpus import CORPUS, expected

PLAN = CORPUS / "plan-2026.docx"
POST = {"X-Magplan": "1"}


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app(Settings(workers=2)), raise_server_exceptions=False) as client:
        yield client


def _wait(client: TestClient, job: dict[str, Any], timeout: float = 120) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while job["state"] in ("queued", "running"):
        assert time.monotonic() < deadline, job
        time.sleep(0.05)
        job = client.get(f"/api/jobs/{job['id']}").json()
    return job


def _read(client: TestClient, path: Path, name: str | None = None) -> dict[str, Any]:
    with path.open("rb") as handle:
        response = client.post("/api/read", files={"file": (name or path.name, handle)}, headers=POST)
    assert response.status_code == 202, response.text
    return _wait(client, response.json())


def _cli_reason(path: Path) -> str:
    run = subprocess.run([sys.executable, "-m", "magplan", "convert", str(path), "--to", "json", "--out", "-"],
                         capture_output=True, text=True)  # fmt: skip
    assert run.returncode != 0
    return run.stderr.strip().split(": ", 2)[-1]


def test_meta_gives_russian_labels_and_the_writers(client: TestClient) -> None:
    meta = client.get("/api/meta").json()
    assert meta["labels"]["kinds"]["city_day"] == "День города"
    assert meta["labels"]["precisions"]["month"] == "месяц"
    assert meta["labels"]["recurrences"]["quarterly"] == "ежеквартально"
    assert meta["labels"]["columns"]["date_text"]
    assert {"xlsx", "csv", "json", "docx", "pdf"} <= set(meta["formats"])


def test_page_and_vendored_grid_are_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and 'lang="ru"' in page.text
    assert "tabulator.min.js" in page.text and "http" not in page.text.split("<body>")[0].replace('href="data:', "")
    grid = client.get("/static/vendor/tabulator/tabulator.min.js")
    assert grid.status_code == 200 and grid.text.startswith("/* Tabulator v")
    assert client.get("/static/../app.py").status_code == 404


def test_docx_is_read_as_the_command_line_reads_it(client: TestClient) -> None:
    job = _read(client, PLAN)
    assert job["state"] == "done"
    plan = job["result"]["plan"]
    want = expected("plan-2026.docx")
    assert len(plan["items"]) == len(want["items"]) == 40
    assert [i["date_start"] for i in plan["items"]] == [i["date_start"] for i in want["items"]]
    # Nothing of the server's disk is shown: the file is known by its own name only.
    assert plan["document"]["source"] == "plan-2026.docx"
    assert tempfile.gettempdir() not in json.dumps(job)


def test_uploaded_files_are_removed_after_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with TestClient(create_app(Settings(workers=1))) as client:
        assert _read(client, PLAN)["state"] == "done"
        bad = _read(client, CORPUS / "bad-truncated.docx")
        assert bad["state"] == "failed"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("magplan-web-")] == []


def test_a_file_behind_a_slow_scan_says_it_waits() -> None:
    with TestClient(create_app(Settings(workers=1))) as client:
        scan = (CORPUS / "plan-2026-scan.pdf").read_bytes()
        client.post("/api/read", files={"file": ("scan.pdf", scan)}, headers=POST)
        job = client.post("/api/read", files={"file": ("plan.docx", PLAN.read_bytes())}, headers=POST).json()
        status = client.get(f"/api/jobs/{job['id']}").json()
        assert status["state"] == "queued" and status["ahead"] == 1
    # Leaving the client stops the server: the scan's worker is ended, not waited for.


@pytest.mark.parametrize("name", ["bad-truncated.docx", "bad-no-table.html"])
def test_a_bad_file_gets_the_command_lines_reason(client: TestClient, name: str) -> None:
    job = _read(client, CORPUS / name)
    assert job["state"] == "failed"
    assert job["error"] == _cli_reason(CORPUS / name)
    assert "Traceback" not in json.dumps(job)
    # And in Russian, from magplan.messages, for the page.
    assert job["error_ru"] in messages.ERRORS.values()


def test_an_unknown_file_type_is_refused_at_once(client: TestClient) -> None:
    response = client.post("/api/read", files={"file": ("notes.txt", b"hello")}, headers=POST)
    assert response.status_code == 400
    assert "unsupported file type '.txt'" in response.json()["error"]
    assert response.json()["error_ru"] == messages.ERRORS["UnsupportedFormat"]


def test_an_empty_file_is_refused(client: TestClient) -> None:
    response = client.post("/api/read", files={"file": ("plan.docx", b"")}, headers=POST)
    assert response.status_code == 400 and "empty" in response.json()["error"]


def test_the_client_names_no_server_path(client: TestClient) -> None:
    job = _read(client, PLAN, name="../../../../etc/passwd.docx")
    assert job["result"]["plan"]["document"]["source"] == "passwd.docx"
    assert safe_name("..\\..\\boot.ini") == "boot.ini"
    assert safe_name("/etc/\x00план 2026.docx") == "план 2026.docx"
    assert safe_name("..") == "document"


def test_posts_need_the_page_header(client: TestClient) -> None:
    response = client.post("/api/read", files={"file": ("plan.docx", PLAN.read_bytes())})
    assert response.status_code == 403


def test_unknown_job_and_file(client: TestClient) -> None:
    assert client.get("/api/jobs/nope").status_code == 404
    job = _read(client, PLAN)
    assert client.get(f"/api/jobs/{job['id']}/files/..%2F..%2Fetc%2Fpasswd").status_code == 404


# --- edits and downloads


def _plan(client: TestClient) -> dict[str, Any]:
    plan: dict[str, Any] = _read(client, PLAN)["result"]["plan"]
    return plan


def test_editing_the_date_wording_rederives_the_dates(client: TestClient) -> None:
    plan = _plan(client)
    before = plan["items"][1]
    assert before["date_text"] == "февраль"
    item = dict(before, date_text="5-6 июля")
    body = {"field": "date_text", "item": item, "before": before, "year": 2026, "year_end": 2026}
    derived = client.post("/api/derive", json=body, headers=POST).json()
    assert derived["warnings"] == []
    got = derived["item"]
    assert (got["date_start"], got["date_end"], got["date_precision"]) == ("2026-07-05", "2026-07-06", "day")

    assert got["occurrences"] == [["2026-07-05", "2026-07-06"]]

    body["item"] = dict(before, date_text="март, сентябрь")
    got = client.post("/api/derive", json=body, headers=POST).json()["item"]
    assert got["occurrences"] == [["2026-03-01", "2026-03-31"], ["2026-09-01", "2026-09-30"]]
    assert (got["date_start"], got["date_end"]) == ("2026-03-01", "2026-09-30")

    body["item"] = dict(before, date_text="ежеквартально")
    got = client.post("/api/derive", json=body, headers=POST).json()["item"]
    assert got["recurrence"] == "quarterly" and got["date_start"] is None


def test_a_date_wording_that_means_nothing_is_flagged_not_kept_silently(client: TestClient) -> None:
    before = _plan(client)["items"][1]
    body = {"field": "date_text", "item": dict(before, date_text="когда-нибудь"), "before": before, "year": 2026}
    derived = client.post("/api/derive", json=body, headers=POST).json()
    assert [w["code"] for w in derived["warnings"]] == ["unparsed_date"]
    assert derived["warnings"][0]["ru"].startswith("Срок не распознан")
    assert derived["item"]["date_start"] is None and derived["item"]["date_text"] == "когда-нибудь"


def test_a_footnote_approximate_row_stays_approximate_after_a_new_wording(client: TestClient) -> None:
    plan = _plan(client)
    city = next(i for i in plan["items"] if i["kind"] == "city_day" and i["approximate"])
    body = {"field": "date_text", "item": dict(city, date_text="1 мая"), "before": city, "year": 2026}
    assert client.post("/api/derive", json=body, headers=POST).json()["item"]["approximate"] is True


def test_editing_title_and_note_rederives_their_fields(client: TestClient) -> None:
    before = _plan(client)["items"][1]
    item = dict(before, title="Участие в XV форуме")
    got = client.post("/api/derive", json={"field": "title", "item": item, "before": before}, headers=POST).json()
    assert got["item"]["participation"] is True and got["item"]["edition"] == 15
    item = dict(before, note="Организаторы: МАГ, Мэрия Москвы")
    got = client.post("/api/derive", json={"field": "note", "item": item, "before": before}, headers=POST).json()
    assert got["item"]["organizers"] == ["МАГ", "Мэрия Москвы"]


def test_xlsx_download_holds_the_edit(client: TestClient) -> None:
    plan = _plan(client)
    plan["items"][1].update(date_text="5-6 июля", date_start="2026-07-05", date_end="2026-07-06", date_precision="day")
    response = client.post("/api/export/xlsx", json=plan, headers=POST)
    assert response.status_code == 200
    assert "plan-2026.xlsx" in response.headers["content-disposition"]
    book = load_workbook(io.BytesIO(response.content))
    values = [cell.value for row in book["Все"].iter_rows() for cell in row]
    assert "5-6 июля" in values and "февраль" in values  # the edit, and the other rows as read


@pytest.mark.parametrize("fmt", ["csv", "json", "docx"])
def test_each_download_is_the_writers_output(client: TestClient, fmt: str) -> None:
    from magplan.web.edits import plan_from_json
    from magplan.write import render

    plan = _plan(client)
    response = client.post(f"/api/export/{fmt}", json=plan, headers=POST)
    assert response.status_code == 200
    if fmt == "docx":
        assert response.content[:2] == b"PK"
    else:
        assert response.content == render(plan_from_json(plan), fmt, dialect="excel-ru")


def test_a_bad_value_in_the_rows_is_named(client: TestClient) -> None:
    plan = _plan(client)
    plan["items"][3]["kind"] = "party"
    response = client.post("/api/export/xlsx", json=plan, headers=POST)
    assert response.status_code == 400 and "items[3].kind" in response.json()["error"]
    plan["items"][3]["kind"] = "event"
    plan["items"][3]["date_start"] = "2026-02-30"
    response = client.post("/api/export/json", json=plan, headers=POST)
    assert response.status_code == 400 and "items[3].date_start" in response.json()["error"]
    assert client.post("/api/export/exe", json=plan, headers=POST).status_code == 404


def test_calendar_follows_the_workbooks_rule(client: TestClient) -> None:
    plan = _plan(client)
    calendar = client.post("/api/calendar", json=plan, headers=POST).json()
    assert calendar["year"] == 2026
    february = calendar["months"][1]
    assert {entry["item"] for entry in february} >= {1, 2}  # «февраль» rows
    assert all(entry["mark"] == "●" for entry in february if entry["item"] in (1, 2))
    assert any(
        entry["approximate"] and entry["mark"].startswith("≈") for month in calendar["months"] for entry in month
    )
    assert {u["item"] for u in calendar["undated"]} >= {0}  # no date at all


def test_an_unsure_word_marks_its_cell_unless_it_is_everywhere() -> None:
    from magplan.layout import Doubt
    from magplan.model import Item
    from magplan.web.doubts import cells_of

    rows = [
        Item("event", "", 1, "Сессия МАГ", place="Москва", page=1),
        Item("event", "", 2, "Форум МАГ", place="Казань", note="Организатор: МАГ", page=2),
        Item("event", "", 3, "Конгресс МАГ", place="Мурманск", page=2),
        Item("event", "", 4, "Съезд МАГ", place="Казань", page=2),
        Item("event", "", 5, "Вестник МАГ", place="Казань", page=2),
    ]
    box = (0.1, 0.1, 0.2, 0.12)
    assert cells_of(Doubt(2, "Мурманск", 40.0, box), rows) == [(2, "place")]
    assert cells_of(Doubt(1, "Казань", 40.0, box), rows) == []  # not on that page
    assert cells_of(Doubt(2, "Казань,", 40.0, box), rows) == [(1, "place"), (3, "place"), (4, "place")]
    assert cells_of(Doubt(2, "МАГ", 40.0, box), rows) == []  # in every row: too common to tell


def test_the_page_plan_is_compared_with_another_plan(client: TestClient) -> None:
    plan = _plan(client)
    plan["items"][1]["title"] = "Конференция, переименованная на странице"
    files = [
        ("file", ("plan-2025.docx", (CORPUS / "plan-2025.docx").read_bytes())),
        ("current", ("current.json", json.dumps(plan).encode())),
    ]
    response = client.post("/api/diff", files=files, headers=POST)
    assert response.status_code == 202, response.text
    job = _wait(client, response.json())
    assert job["state"] == "done", job
    result = job["result"]
    assert result["old"]["year"] == 2025 and result["new"]["year"] == 2026
    assert result["summary"]["added"] + result["summary"]["changed"] > 0 and not result["equal"]
    assert set(result["files"]) == {"diff.xlsx", "diff.html"}
    report = client.get(f"/api/jobs/{job['id']}/files/diff.html")
    assert report.status_code == 200 and "sandbox" in report.headers["content-security-policy"]
    assert "переименованная на странице" in report.text  # the page's edit is what was compared
    book = client.get(f"/api/jobs/{job['id']}/files/diff.xlsx")
    assert load_workbook(io.BytesIO(book.content)).sheetnames


def test_a_comparison_needs_both_plans(client: TestClient) -> None:
    files = [("file", ("plan-2025.docx", (CORPUS / "plan-2025.docx").read_bytes()))]
    response = client.post("/api/diff", files=files, headers=POST)
    assert response.status_code == 400
    files.append(("current", ("current.json", b"{not json")))
    assert client.post("/api/diff", files=files, headers=POST).status_code == 400


# --- batches


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_a_zip_gives_the_archive_workbook_and_failures(client: TestClient) -> None:
    data = _zip(
        {
            "2025/plan-2025.docx": (CORPUS / "plan-2025.docx").read_bytes(),
            "2026/plan-2026.html": (CORPUS / "plan-2026.html").read_bytes(),
            "bad/bad-no-table.html": (CORPUS / "bad-no-table.html").read_bytes(),
            "README.md": b"not a plan",
        }
    )
    response = client.post("/api/batch", files={"files": ("archive.zip", data)}, headers=POST)
    assert response.status_code == 202, response.text
    job = _wait(client, response.json())
    assert job["state"] == "done", job
    result = job["result"]
    assert result["summary"]["plans"] == 2 and result["summary"]["failed"] == 1
    assert job["progress"]["unit"] == "files" and job["progress"]["done"] == job["progress"]["total"] == 3
    assert [f["source"] for f in result["failures"]] == ["archive/bad/bad-no-table.html"]
    assert result["failures"][0]["reason"] == _cli_reason(CORPUS / "bad-no-table.html")
    assert result["skipped"] == ["README.md"]
    assert "archive.xlsx" in result["files"]
    book = client.get(f"/api/jobs/{job['id']}/files/archive.xlsx")
    assert book.status_code == 200
    sheets = load_workbook(io.BytesIO(book.content)).sheetnames
    assert "Все" in sheets and "Ошибки" in sheets


def test_several_files_make_a_batch(client: TestClient) -> None:
    files = [("files", (name, (CORPUS / name).read_bytes())) for name in ("plan-2025.html", "plan-2026.html")]
    job = _wait(client, client.post("/api/batch", files=files, headers=POST).json())
    assert job["result"]["summary"]["plans"] == 2


def test_zip_members_stay_inside_and_bombs_stop_at_the_limit(tmp_path: Path) -> None:
    archive = tmp_path / "a.zip"
    archive.write_bytes(_zip({"../../escape.html": b"<p>x</p>", "/abs/p.html": b"<p>y</p>", "ok/план.docx": b"z"}))
    into = tmp_path / "in"
    written, skipped = unpack_zip(archive, into, Settings())
    assert sorted(p.relative_to(into).as_posix() for p in written) == ["abs/p.html", "escape.html", "ok/план.docx"]
    assert not (tmp_path / "escape.html").exists() and skipped == []

    bomb = tmp_path / "bomb.zip"
    bomb.write_bytes(_zip({"big.html": b"\0" * (3 * 1024 * 1024)}))
    with pytest.raises(Exception, match=r"larger than the limit|inflates"):
        unpack_zip(bomb, tmp_path / "bomb", Settings(max_file_bytes=1024 * 1024))


def test_a_windows_zip_keeps_its_russian_names(tmp_path: Path) -> None:
    # Windows' own zip tool writes names in cp866 without the UTF-8 flag; Python's zipfile
    # cannot, so a placeholder of the same length is written and its bytes replaced.
    russian = "план.html".encode("cp866")
    data = _zip({"XXXX.html": b"<p>x</p>"}).replace(b"XXXX.html", russian)
    (tmp_path / "w.zip").write_bytes(data)
    written, _ = unpack_zip(tmp_path / "w.zip", tmp_path / "in", Settings())
    assert [p.name for p in written] == ["план.html"]


# --- limits, token, errors


def test_limits_on_size_and_count() -> None:
    small = Settings(max_file_bytes=10_000, max_files=2, max_total_bytes=30_000)
    client = TestClient(create_app(small))  # refused before any reading: no pool needed
    response = client.post("/api/read", files={"file": ("plan.docx", PLAN.read_bytes())}, headers=POST)
    assert response.status_code == 413 and "limit" in response.json()["error"]
    files = [("files", (f"p{n}.html", b"<p>x</p>")) for n in range(3)]
    response = client.post("/api/batch", files=files, headers=POST)
    assert response.status_code == 413
    two = [("file", ("a.html", b"<p>x</p>")), ("file", ("b.html", b"<p>x</p>"))]
    assert client.post("/api/read", files=two, headers=POST).status_code == 413


def test_a_body_without_its_length_is_refused() -> None:
    client = TestClient(create_app(Settings(max_total_bytes=1000)))

    def chunks() -> Iterator[bytes]:
        yield b'{"document": {}, '
        yield b'"items": []}'

    response = client.post("/api/calendar", content=chunks(), headers=POST)
    assert response.status_code == 411
    big = {"document": {"source": "x"}, "items": [], "pad": "x" * 2000}
    assert client.post("/api/calendar", json=big, headers=POST).status_code == 413


def test_token_guards_every_request() -> None:
    client = TestClient(create_app(Settings(token="s3cret")))
    assert client.get("/api/meta").status_code == 401
    assert client.get("/").status_code == 401
    assert client.get("/static/app.js").status_code == 401
    assert client.get("/api/meta", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.get("/api/meta", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    opened = client.get("/?token=s3cret", follow_redirects=False)
    assert opened.status_code == 303 and opened.headers["location"] == "/"
    assert "httponly" in opened.headers["set-cookie"].lower()
    assert client.get("/api/meta").status_code == 200  # the browser's cookie from now on
    assert client.get("/static/app.js").status_code == 200


def test_a_foreign_host_name_is_refused_on_loopback() -> None:
    client = TestClient(create_app(Settings()))
    assert client.get("/api/meta", headers={"Host": "evil.example:8000"}).status_code == 400
    assert client.get("/api/meta", headers={"Host": "127.0.0.1:8000"}).status_code == 200


def test_serving_beyond_this_computer_needs_a_token() -> None:
    run = subprocess.run([sys.executable, "-m", "magplan", "serve", "--host", "0.0.0.0"], capture_output=True,
                         text=True, timeout=60, env={"PATH": "/usr/bin:/bin"})  # fmt: skip
    assert run.returncode == 2 and "--token" in run.stderr and run.stderr.count("\n") == 1


def test_an_internal_error_is_one_line_without_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(plan: Any) -> Any:
        raise RuntimeError("secret internals at /srv/x.py")

    monkeypatch.setattr(present, "calendar", broken)
    client = TestClient(create_app(Settings()), raise_server_exceptions=False)
    plan = {"document": {"source": "p.docx", "format": "docx"}, "items": []}
    response = client.post("/api/calendar", json=plan, headers=POST)
    assert response.status_code == 500
    assert set(response.json()) == {"error"} and "/srv" not in response.text and "Traceback" not in response.text


@pytest.mark.parametrize("turned", [0, 90, 180, 270])
def test_the_crop_is_cut_from_the_page_as_ocr_turned_it(tmp_path: Path, turned: int) -> None:
    from PIL import Image

    from magplan.layout import Doubt
    from magplan.web.doubts import _crop

    upright = Image.new("RGB", (300, 600), "white")
    upright.paste((0, 0, 0), (60, 120, 90, 150))  # the word, on the upright page
    stored = upright.rotate(-turned, expand=True)  # scanned sideways: OCR turns it back by `turned`
    stored.save(tmp_path / "scan.png")
    doubt = Doubt(1, "слово", 40.0, (60 / 300, 120 / 600, 90 / 300, 150 / 600), turned)
    data = _crop(tmp_path / "scan.png", doubt, {})
    assert data is not None
    crop = Image.open(io.BytesIO(data)).convert("L")
    width, height = crop.size
    assert crop.getpixel((width // 2, height // 2)) < 50  # the word is in the middle of the crop
    assert crop.getpixel((1, 1)) > 200


def _descendants(pid: int) -> set[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def test_a_server_killed_outright_leaves_no_worker_behind() -> None:
    import selectors
    import signal

    server = subprocess.Popen([sys.executable, "-m", "magplan", "serve", "--port", "0", "--workers", "2"],
                              stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert server.stdout is not None
    with selectors.DefaultSelector() as waiting:
        waiting.register(server.stdout, selectors.EVENT_READ)
        assert waiting.select(timeout=90)
    assert server.stdout.readline().startswith("magplan serve: http://127.0.0.1:")
    workers = _descendants(server.pid)
    assert len(workers) >= 3  # the fork server and the pool's workers
    server.send_signal(signal.SIGKILL)
    server.wait()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if _alive(pid)]
