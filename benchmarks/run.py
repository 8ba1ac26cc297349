"""`make bench`: magplan beside the raw library doing the least possible work, and its costs.

Every figure is measured in a fresh process of its own:

* speed per document: one child process reads the document with magplan,
  another with the raw library (python-docx: open and read every cell's text;
  pdfplumber: extract_tables() on every page; BeautifulSoup+lxml: parse and
  read every cell).  Each child warms up once, then times RUNS reads (magplan's
  rule caches cleared before each, as in a fresh process) and reports the
  median.  The ratio magplan/raw is the figure to watch.
* cold start, peak memory, OCR and batch: RUNS fresh runs of the `magplan`
  command each, started from a small parent that reports
  getrusage(RUSAGE_CHILDREN) (`measure.py`); the median is printed, and every
  run's exit status is checked.

Outputs go to a temporary folder.  `/dev/null` is checked to be a character
device before and after (an earlier version replaced it when run as root).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import stat
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import median_run

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"
CORPUS = ROOT / "fixtures" / "corpus"
FIXTURES = [CORPUS / f"plan-{y}.{ext}" for y in (2025, 2026) for ext in ("docx", "pdf", "html")]
LARGE = [DATA / f"large-plan.{ext}" for ext in ("docx", "pdf", "html")]
TARGETS = {"docx": 1.5, "html": 1.5, "pdf": 1.2}
MAGPLAN = str(Path(sys.executable).parent / "magplan")
MIN_RUNS = 5


# -- the child processes that time one reader ---------------------------------


def raw_docx(path: Path) -> int:
    import docx

    cells = 0
    for table in docx.Document(str(path)).tables:
        for row in table.rows:
            for cell in row.cells:
                cells += bool(cell.text)
    return cells


def raw_pdf(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return sum(len(t) for page in pdf.pages for t in page.extract_tables())


def raw_html(path: Path) -> int:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(path.read_bytes(), "lxml")
    return sum(bool(cell.get_text()) for cell in soup.find_all(["td", "th"]))


RAW: dict[str, Callable[[Path], int]] = {"docx": raw_docx, "pdf": raw_pdf, "html": raw_html}


def _magplan_read(path: Path) -> int:
    import magplan
    from magplan.normalize import clear_caches

    clear_caches()  # each read starts with cold rule caches, as a fresh process would
    return len(magplan.read_plan(path).records)


def child(reader: str, path: Path, runs: int) -> None:
    """Time `runs` reads of `path` after one warm-up; print {"rows", "median", "runs"} as JSON."""
    read = _magplan_read if reader == "magplan" else RAW[path.suffix[1:]]
    rows = read(path)  # warm-up: imports and first-use costs are not what is measured
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        read(path)
        times.append(time.perf_counter() - start)
    print(json.dumps({"rows": rows, "median": statistics.median(times), "runs": runs}))


def _timed_in_child(reader: str, path: Path, runs: int) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", reader, str(path), "--runs", str(runs)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"timing {reader} on {path.name} failed: {done.stderr.strip()[-500:]}")
    result: dict[str, float] = json.loads(done.stdout)
    return result


# -- the figures ----------------------------------------------------------------


def _distinct_copy(source: Path, target: Path, index: int) -> None:
    """Copy `source`, changed in a byte that no reader looks at, so the batch's
    content-hash cache cannot read one file for all its copies."""
    import zipfile

    shutil.copyfile(source, target)
    if source.suffix == ".docx":
        with zipfile.ZipFile(target, "a") as archive:
            archive.comment = f"copy {index}".encode()
    elif source.suffix == ".pdf":
        with target.open("ab") as handle:
            handle.write(f"\n%copy {index}\n".encode())
    else:
        with target.open("a", encoding="utf-8") as handle:
            handle.write(f"\n<!-- copy {index} -->\n")


def batch_files_per_second(jobs: int, runs: int, tmp: Path, files: int = 200) -> float:
    """Files per second of `magplan batch` over `files` copies of the fixtures and the large plans."""
    sources = [*FIXTURES, *LARGE]
    archive = tmp / "archive"
    if not archive.exists():
        for i in range(files):
            source = sources[i % len(sources)]
            # Each copy in its own folder: the batch de-duplicates plans, not files.
            target = archive / f"{i:03d}" / source.name
            target.parent.mkdir(parents=True)
            _distinct_copy(source, target, i)
    command = [MAGPLAN, "batch", str(archive), "--out", str(tmp / f"out-{jobs}"), "--to", "csv"]
    seconds, _ = median_run([*command, "--jobs", str(jobs), "--no-cache"], runs)
    return files / seconds


def _pages(path: Path) -> int:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def _dev_null_is_a_device() -> bool:
    return stat.S_ISCHR(os.stat(os.devnull).st_mode)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=MIN_RUNS, help=f"runs per figure, the median kept (≥ {MIN_RUNS})")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument("--skip-batch", action="store_true", help="leave out the 200-file batch runs")
    parser.add_argument("--skip-ocr", action="store_true", help="leave out the OCR timing")
    parser.add_argument("--child", nargs=2, metavar=("READER", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), args.runs)
        return
    if args.runs < MIN_RUNS:
        parser.error(f"--runs must be at least {MIN_RUNS}: the figures are medians")
    if not _dev_null_is_a_device():
        raise SystemExit(f"{os.devnull} is not a character device before the benchmark: repair it first")
    if not LARGE[1].exists():
        subprocess.run([sys.executable, str(Path(__file__).parent / "make_large_plan.py")], check=True)
    runs = args.runs
    figures: dict[str, object] = {"runs": runs, "statistic": "median"}
    print(f"magplan bench: every figure from fresh processes, median of {runs} runs after one warm-up")
    # Other work on the machine moves every figure: say how busy it was.
    print(f"load average at the start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'document':22} {'rows':>5} {'magplan s':>10} {'rows/s':>8} {'raw s':>8} {'ratio':>6} {'target':>6}")
    documents = []
    for path in [*FIXTURES, *LARGE]:
        ours = _timed_in_child("magplan", path, runs)
        raw = _timed_in_child("raw", path, runs)
        ratio = ours["median"] / raw["median"]
        target = TARGETS[path.suffix[1:]]
        documents.append({"document": path.name, "rows": ours["rows"], "seconds": ours["median"],
                          "raw_seconds": raw["median"], "ratio": ratio})  # fmt: skip
        flag = "" if ratio <= target else "  ← over target"
        print(f"{path.name:22} {int(ours['rows']):5d} {ours['median']:10.4f} {ours['rows'] / ours['median']:8.0f} "
              f"{raw['median']:8.4f} {ratio:6.2f} {target:6.1f}{flag}")  # fmt: skip
    figures["documents"] = documents
    with tempfile.TemporaryDirectory(prefix="magplan-bench-") as tmp_name:
        tmp = Path(tmp_name)
        start, _ = median_run([MAGPLAN, "--help"], runs)
        print(f"cold start, `magplan --help`: {start:.3f} s (target ≤ 0.5 s)")
        figures["cold_start"] = start
        for label, formats in (("json,csv,xlsx", "json,csv,xlsx"), ("every format", "json,csv,xlsx,docx,pdf")):
            command = [MAGPLAN, "convert", str(LARGE[1]), "--to", formats, "--out", str(tmp / "convert")]
            seconds, peak = median_run(command, runs)
            print(f"peak memory, 600-row plan (PDF) to {label}: {peak:.0f} MB in {seconds:.2f} s (target < 300 MB)")
            figures[f"peak_memory_mb[{formats}]"] = peak
        if not args.skip_ocr and shutil.which("tesseract"):
            scan = CORPUS / "plan-2026-scan.pdf"
            seconds, peak = median_run([MAGPLAN, "convert", str(scan), "--out", str(tmp / "ocr")], runs)
            pages = _pages(scan)
            print(f"OCR, `magplan convert` of the {pages}-page sample scan: {seconds:.2f} s "
                  f"({seconds / pages:.2f} s per page, start-up included), peak {peak:.0f} MB")  # fmt: skip
            figures["ocr_seconds_per_page"] = seconds / pages
        if not args.skip_batch:
            one, two = batch_files_per_second(1, runs, tmp), batch_files_per_second(2, runs, tmp)
            print(f"batch of 200 plans: --jobs 1 {one:.1f} files/s, --jobs 2 {two:.1f} files/s, "
                  f"speed-up {two / one:.2f}×")  # fmt: skip
            figures["batch_files_per_s"] = {"1": one, "2": two}
    if not _dev_null_is_a_device():
        raise SystemExit(f"{os.devnull} is no longer a character device after the benchmark")
    print(f"{os.devnull} is still a character device; all runs exited 0")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
