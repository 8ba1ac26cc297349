"""`make bench`: magplan beside the raw library doing the least possible work.

For each document: magplan's seconds per document and rows/s, and the raw
library on the same file in the same run (python-docx: open and read every
cell's text; pdfplumber: extract_tables() on every page; BeautifulSoup+lxml:
parse and read every cell).  The ratio magplan/raw is the figure to watch.
Also the CLI's cold start (`magplan --help`) and peak memory on the large plan.
Timings are the median of several runs after one warm-up run.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"
FIXTURES = [ROOT / "fixtures" / "corpus" / f"plan-{y}.{ext}" for y in (2025, 2026) for ext in ("docx", "pdf", "html")]
TARGETS = {"docx": 1.5, "html": 1.5, "pdf": 1.2}


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


def median_seconds(func: Callable[[], object], runs: int) -> float:
    func()  # warm-up: imports and caches are not what we measure
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cold_start(runs: int = 5) -> float:
    exe = str(Path(sys.executable).parent / "magplan")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([exe, "--help"], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_memory_mb(path: Path) -> float:
    """Peak RSS of a fresh process that converts `path` to every data format."""
    import tempfile

    # Outputs go to a temporary folder: never to a device through the writer.
    code = (
        "import resource, magplan, sys; p = magplan.read_plan(sys.argv[1]); "
        "[p.write(f, sys.argv[2] + '/plan.' + f) for f in ('json', 'csv')]; _ = p.items; "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run([sys.executable, "-c", code, str(path), tmp], check=True, capture_output=True, text=True)
    return int(out.stdout.strip()) / 1024


def _distinct_copy(source: Path, target: Path, index: int) -> None:
    """Copy `source`, changed in a byte that no reader looks at, so the batch's
    content-hash cache cannot read one file for all its copies."""
    import shutil
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


def batch_speed(jobs: int, files: int = 200) -> float:
    """Files per second of `magplan batch` over `files` copies of the fixtures and the large plan."""
    import tempfile

    sources = [*FIXTURES, *(DATA / f"large-plan.{ext}" for ext in ("docx", "pdf", "html"))]
    exe = str(Path(sys.executable).parent / "magplan")
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "archive"
        for i in range(files):
            source = sources[i % len(sources)]
            # Each copy in its own folder: the batch de-duplicates plans, not files.
            target = archive / f"{i:03d}" / source.name
            target.parent.mkdir(parents=True)
            _distinct_copy(source, target, i)
        start = time.perf_counter()
        subprocess.run(
            [exe, "batch", str(archive), "--out", str(Path(tmp) / "out"), "--to", "csv", "--jobs", str(jobs),
             "--no-cache"],
            check=False, capture_output=True,
        )  # fmt: skip
        return files / (time.perf_counter() - start)


def ocr_seconds_per_page(runs: int = 2) -> float | None:
    """Wall seconds per page of the scanned corpus plan, through OCR."""
    import shutil

    import pypdfium2

    import magplan

    scan = ROOT / "fixtures" / "corpus" / "plan-2026-scan.pdf"
    if shutil.which("tesseract") is None:
        return None
    pages = len(pypdfium2.PdfDocument(str(scan)))
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        magplan.read_plan(scan)
        times.append(time.perf_counter() - start)
    return min(times) / pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument("--skip-batch", action="store_true", help="leave out the 200-file batch runs")
    parser.add_argument("--skip-ocr", action="store_true", help="leave out the OCR timing")
    args = parser.parse_args()
    if not (DATA / "large-plan.pdf").exists():
        subprocess.run([sys.executable, str(Path(__file__).parent / "make_large_plan.py")], check=True)
    import magplan
    from magplan.normalize import clear_caches

    results = []
    print(f"{'document':28} {'rows':>5} {'magplan s':>10} {'rows/s':>8} {'raw s':>8} {'ratio':>6} {'target':>6}")
    for path in [*FIXTURES, *(DATA / f"large-plan.{ext}" for ext in ("docx", "pdf", "html"))]:
        fmt = path.suffix[1:]
        rows = len(magplan.read_plan(path).records)
        # Each run starts with cold rule caches, as a fresh process would.
        ours = median_seconds(lambda p=path: (clear_caches(), magplan.read_plan(p)), args.runs)  # type: ignore[misc]
        raw = median_seconds(lambda p=path, f=fmt: RAW[f](p), args.runs)  # type: ignore[misc]
        ratio = ours / raw
        results.append({"document": path.name, "rows": rows, "seconds": ours, "raw_seconds": raw, "ratio": ratio})
        flag = "" if ratio <= TARGETS[fmt] else "  ← over target"
        figures = f"{rows:5d} {ours:10.4f} {rows / ours:8.0f} {raw:8.4f} {ratio:6.2f} {TARGETS[fmt]:6.1f}"
        print(f"{path.name:28} {figures}{flag}")
    start = cold_start()
    memory = peak_memory_mb(DATA / "large-plan.pdf")
    print(f"cold start (magplan --help): {start:.3f} s (target ≤ 0.5 s)")
    print(f"peak memory, 600-row plan (PDF): {memory:.0f} MB (target < 300 MB)")
    print(f"(this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB peak)")
    figures: dict[str, object] = {"documents": results, "cold_start": start, "peak_memory_mb": memory}
    if not args.skip_ocr:
        per_page = ocr_seconds_per_page()
        print("OCR of the scanned plan: " + (f"{per_page:.2f} s per page" if per_page else "tesseract not installed"))
        figures["ocr_seconds_per_page"] = per_page
    if not args.skip_batch:
        one, two = batch_speed(1), batch_speed(2)
        print(f"batch of 200 plans: --jobs 1 {one:.1f} files/s, --jobs 2 {two:.1f} files/s, speed-up {two / one:.2f}×")
        figures["batch_files_per_s"] = {"1": one, "2": two}
    if args.json:
        args.json.write_text(json.dumps(figures))


if __name__ == "__main__":
    main()
