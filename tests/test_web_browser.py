"""The secretariat's page in a real browser: `magplan serve` on a free loopback port, headless Chromium.

Debian's ``chromium`` and ``chromium-driver`` drive it through Selenium
(``make sysdeps`` installs both; nothing is downloaded).  One scan only: OCR
is the slow part.  ``MAGPLAN_SCREENSHOTS=1`` also writes the page's picture
to docs/ for the README.
"""

from __future__ import annotations

import os
import selectors
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver import ActionChains
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import Select, WebDriverWait

from tests.corpus import CORPUS

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CHROMIUM_FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1440,1000",
)  # fmt: skip


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The real server, as a clerk starts it, on a port the system picks; its address."""
    process = subprocess.Popen(
        [sys.executable, "-m", "magplan", "serve", "--port", "0", "--workers", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert process.stdout is not None
    try:
        with selectors.DefaultSelector() as waiting:
            waiting.register(process.stdout, selectors.EVENT_READ)
            assert waiting.select(timeout=90), "magplan serve printed no address"
        line = process.stdout.readline()
        assert line.startswith("magplan serve: http://127.0.0.1:"), line
        yield line.split()[2]
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def downloads() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="magplan-browser-downloads-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def browser(downloads: Path) -> Iterator[WebDriver]:
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if chromium is None or driver is None:
        pytest.fail("the browser tests need Debian's chromium and chromium-driver: make sysdeps")
    profile = tempfile.mkdtemp(prefix="magplan-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads)})
    # The system's chromedriver, named: Selenium must not look for (or fetch) one of its own.
    browser = webdriver.Chrome(service=Service(driver), options=options)
    browser.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    try:
        yield browser
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _wait(browser: WebDriver, condition: Callable[[WebDriver], Any], timeout: float = 30) -> Any:
    return WebDriverWait(
        browser, timeout, poll_frequency=0.1, ignored_exceptions=(StaleElementReferenceException,)
    ).until(condition)


def _open(browser: WebDriver, server: str) -> float:
    """Load the page afresh; seconds until it is interactive (its script has wired everything)."""
    started = time.monotonic()
    browser.get(server)
    _wait(browser, lambda b: b.execute_script("return document.body.dataset.ready === 'true'"))
    return time.monotonic() - started


def _drop(browser: WebDriver, *paths: Path) -> None:
    browser.find_element(By.ID, "file-input").send_keys("\n".join(str(p) for p in paths))


def _text(browser: WebDriver, element_id: str) -> str:
    element = browser.find_element(By.ID, element_id)
    return str(element.text) if element.is_displayed() else ""


def _plan_shown(browser: WebDriver, timeout: float = 30) -> str:
    return str(_wait(browser, lambda b: _text(b, "item-count") or (_text(b, "error") and "error"), timeout))


def _cell(browser: WebDriver, number: int, field: str) -> WebElement:
    for row in browser.find_elements(By.CSS_SELECTOR, "#table .tabulator-row"):
        cells = row.find_elements(By.CSS_SELECTOR, '.tabulator-cell[tabulator-field="number"]')
        if cells and cells[0].text.strip() == str(number):
            cell: WebElement = row.find_element(By.CSS_SELECTOR, f'.tabulator-cell[tabulator-field="{field}"]')
            return cell
    raise AssertionError(f"no row № {number}")


def _downloaded(folder: Path, suffix: str, before: set[str], timeout: float = 60) -> Path:
    deadline = time.monotonic() + timeout
    # Chromium may first create the final name as an empty placeholder and write
    # into «….crdownload»: the file is done when it has bytes and no partial is left.
    while time.monotonic() < deadline:
        names = [p for p in folder.iterdir() if p.name not in before]
        partial = any(p.suffix == ".crdownload" for p in names)
        new = [p for p in names if p.suffix == suffix and p.stat().st_size > 0]
        if new and not partial:
            return new[0]
        time.sleep(0.1)
    raise AssertionError(f"no {suffix} downloaded into {folder}: {sorted(p.name for p in folder.iterdir())}")


def test_docx_plan_appears_with_its_40_items(browser: WebDriver, server: str) -> None:
    interactive = _open(browser, server)
    started = time.monotonic()
    _drop(browser, ROOT / "fixtures" / "plan-2026.docx")
    assert _plan_shown(browser) == "40"
    shown = time.monotonic() - started
    marks = browser.execute_script(
        "const t = {}; for (const m of performance.getEntriesByType('mark')) t[m.name] = m.startTime; return t;"
    )
    steps = " → ".join(
        f"{name.removeprefix('magplan-')} {(marks[name] - marks['magplan-drop']) / 1000:.2f} s"
        for name in ("magplan-uploaded", "magplan-read", "magplan-shown")
    )
    print(f"\npage interactive in {interactive:.2f} s (script ready at {marks['magplan-ready'] / 1000:.2f} s);")
    print(f"the DOCX plan shown {shown:.2f} s after the drop: {steps}")
    rows = browser.find_elements(By.CSS_SELECTOR, "#table .tabulator-row:not(.tabulator-group)")
    assert len(rows) == 40
    assert _text(browser, "count") == "Строк: 40"
    assert "План мероприятий" in _text(browser, "plan-title")
    # Codes in Russian: kinds, precisions, yes/no.
    assert _cell(browser, 2, "kind").text == "Мероприятие" and _cell(browser, 2, "date_precision").text == "месяц"
    assert _cell(browser, 2, "date_start").text == "01.02.2026"
    browser.save_screenshot(str(Path(tempfile.gettempdir()) / "magplan-page.png"))
    if os.environ.get("MAGPLAN_SCREENSHOTS"):
        size = browser.get_window_size()
        browser.set_window_size(1440, 1400)
        time.sleep(0.5)  # the grid redraws for the new height
        browser.save_screenshot(str(DOCS / "web-page.png"))
        browser.set_window_size(size["width"], size["height"])


def test_filters_narrow_the_table(browser: WebDriver, server: str) -> None:
    Select(browser.find_element(By.ID, "f-kind")).select_by_visible_text("День города")
    _wait(browser, lambda b: _text(b, "count").startswith("Показано строк:"))
    city_days = _text(browser, "count")
    Select(browser.find_element(By.ID, "f-month")).select_by_visible_text("Июль")
    _wait(browser, lambda b: _text(b, "count") != city_days)
    assert "Астана" in browser.find_element(By.ID, "table").text
    browser.find_element(By.ID, "f-clear").click()
    _wait(browser, lambda b: _text(b, "count") == "Строк: 40")
    search = browser.find_element(By.ID, "f-text")
    search.send_keys("Вестник")
    _wait(browser, lambda b: _text(b, "count").startswith("Показано строк:"))
    rows = browser.find_elements(By.CSS_SELECTOR, "#table .tabulator-row:not(.tabulator-group)")
    assert 0 < len(rows) < 40 and all("вестник" in row.text.lower() for row in rows)
    browser.find_element(By.ID, "f-clear").click()


def test_editing_a_date_changes_the_dates_and_the_download_has_it(
    browser: WebDriver, server: str, downloads: Path
) -> None:
    _cell(browser, 2, "date_text").click()
    editor = _wait(browser, lambda b: b.find_element(By.CSS_SELECTOR, "#table .editor"))
    editor.send_keys(Keys.CONTROL, "a")
    editor.send_keys("5-6 июля", Keys.ENTER)
    _wait(browser, lambda b: _cell(b, 2, "date_start").text == "05.07.2026")
    assert _cell(browser, 2, "date_end").text == "06.07.2026"
    assert _cell(browser, 2, "date_precision").text == "день"
    # Undo brings the row back as read; the edit is then made again.
    browser.find_element(By.ID, "undo").click()
    _wait(browser, lambda b: _cell(b, 2, "date_start").text == "01.02.2026")
    assert _cell(browser, 2, "date_text").text == "февраль"
    _cell(browser, 2, "date_text").click()
    editor = _wait(browser, lambda b: b.find_element(By.CSS_SELECTOR, "#table .editor"))
    editor.send_keys(Keys.CONTROL, "a")
    editor.send_keys("когда-нибудь", Keys.ENTER)
    _wait(
        browser,
        lambda b: "Срок не распознан" in _cell(b, 2, "_warnings").text or "understood" in _cell(b, 2, "_warnings").text,
    )
    assert _cell(browser, 2, "date_start").text == ""
    _cell(browser, 2, "date_text").click()
    editor = _wait(browser, lambda b: b.find_element(By.CSS_SELECTOR, "#table .editor"))
    editor.send_keys(Keys.CONTROL, "a")
    editor.send_keys("5-6 июля", Keys.ENTER)
    _wait(browser, lambda b: _cell(b, 2, "date_start").text == "05.07.2026")
    assert _cell(browser, 2, "_warnings").text == ""

    before = {p.name for p in downloads.iterdir()}
    browser.find_element(By.CSS_SELECTOR, '#download-buttons button[data-format="xlsx"]').click()
    workbook = load_workbook(_downloaded(downloads, ".xlsx", before))
    sheet = workbook["Все"]
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    rows = [dict(zip(header, (c.value for c in row), strict=False)) for row in sheet.iter_rows(min_row=2)]
    second = next(r for r in rows if r["№"] == 2)
    assert second["Срок (как в плане)"] == "5-6 июля"
    assert str(second["Начало"])[:10] == "2026-07-05"

    # The edited plan beside last year's: the comparison's summary and reports.
    browser.find_element(By.ID, "compare-input").send_keys(str(CORPUS / "plan-2025.docx"))
    summary = _wait(browser, lambda b: _text(b, "compare-result"), timeout=60)
    assert "plan-2025.docx" in summary and "изменено" in summary
    assert browser.find_elements(By.CSS_SELECTOR, '#compare-result a[download="diff.xlsx"]')


def test_a_bad_file_shows_the_reason(browser: WebDriver, server: str) -> None:
    _open(browser, server)
    _drop(browser, CORPUS / "bad-truncated.docx")
    error = _wait(browser, lambda b: _text(b, "error"))
    assert "bad-truncated.docx" in error and "не прочитан" in error and "повреждён" in error
    run = subprocess.run(
        [sys.executable, "-m", "magplan", "convert", str(CORPUS / "bad-truncated.docx"), "--out", "-"],
        capture_output=True,
        text=True,
    )
    assert run.stderr.strip().split(": ", 2)[-1] in error


def test_a_zip_of_plans_gives_the_archive_workbook(browser: WebDriver, server: str, downloads: Path) -> None:
    archive = Path(tempfile.mkdtemp(prefix="magplan-zip-")) / "архив.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as package:
        for name in ("plan-2025.docx", "plan-2025.html", "plan-2026.html", "bad-no-table.html"):
            package.write(CORPUS / name, name)
    _open(browser, server)
    _drop(browser, archive)
    summary = _wait(browser, lambda b: _text(b, "batch-summary"), timeout=90)
    assert "Не прочитано: 1" in summary and "Повторы: 1" in summary
    assert "bad-no-table.html" in _text(browser, "batch-failures")
    before = {p.name for p in downloads.iterdir()}
    browser.find_element(By.CSS_SELECTOR, '#batch-downloads a[download="archive.xlsx"]').click()
    book = load_workbook(_downloaded(downloads, ".xlsx", before))
    assert {"Все", "Ошибки"} <= set(book.sheetnames)
    shutil.rmtree(archive.parent, ignore_errors=True)


def test_a_scan_shows_progress_then_the_table(browser: WebDriver, server: str) -> None:
    _open(browser, server)
    _drop(browser, CORPUS / "plan-2026-scan.pdf")
    progress = _wait(browser, lambda b: "страница" in _text(b, "progress-text") and _text(b, "progress-text"), 60)
    assert "из 3" in progress
    assert _plan_shown(browser, timeout=300) == "40"
    # Every word OCR doubted is listed among the remarks with the scan's crop of it.
    browser.find_element(By.ID, "tab-btn-warnings").click()
    crop = _wait(browser, lambda b: b.find_element(By.CSS_SELECTOR, "#warnings-list img"))
    assert "распознано неуверенно" in browser.find_element(By.ID, "warnings-list").text
    _wait(browser, lambda b: b.execute_script("return arguments[0].naturalWidth > 0", crop))
    # A doubted word that names its cell marks it, and hovering shows the crop there too.
    unsure = browser.find_elements(By.CSS_SELECTOR, "#table .tabulator-cell.doubt")
    browser.find_element(By.ID, "tab-btn-table").click()
    for cell in unsure[:1]:
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", cell)
        ActionChains(browser).move_to_element(cell).perform()
        _wait(browser, lambda b: b.find_element(By.ID, "crop").is_displayed())


@pytest.fixture(autouse=True)
def _no_page_errors(browser: WebDriver) -> Iterator[None]:
    yield
    try:
        logs = browser.get_log("browser")
    except WebDriverException:
        return
    errors = [entry["message"] for entry in logs if entry["level"] == "SEVERE" and "javascript" in entry["source"]]
    assert errors == [], errors
