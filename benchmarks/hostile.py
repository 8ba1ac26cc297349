"""Hostile inputs of the six input families, each read once in a fresh process (issue 14).

`make fuzz` runs this after the long fuzz run.  Every case is built here by
code from the corpus (or from nothing) in a temporary folder, converted with
`magplan convert FILE --to json` under the default limits, and measured with
`measure.py` (wall and CPU seconds, peak memory of the largest process, exit
status; CPU seconds move less than wall seconds on a machine shared with other jobs).
The goal: no input takes more than 30 s or 1 GB; each case shows whether it was
read (0) or refused (2), and the first words of the message.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import measure

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fixtures" / "corpus"
MAGPLAN = str(Path(sys.executable).parent / "magplan")
SECONDS, MEGABYTES = 30.0, 1024.0

Builder = Callable[[Path], Path]


def _docx(change: Callable[[str], str]) -> Builder:
    def build(path: Path) -> Path:
        with zipfile.ZipFile(CORPUS / "plan-2026.docx") as source, zipfile.ZipFile(path, "w") as copy:
            for info in source.infolist():
                data = source.read(info.filename)
                if info.filename == "word/document.xml":
                    data = change(data.decode("utf-8")).encode("utf-8")
                copy.writestr(info, data, zipfile.ZIP_DEFLATED)
        return path

    return build


def _docx_rows_to(megabytes: float) -> Callable[[str], str]:
    """The plan's table rows repeated until word/document.xml is `megabytes` long."""

    def change(xml: str) -> str:
        rows = re.findall(r"<w:tr[ >].*?</w:tr>", xml, flags=re.S)[2:]
        block = "".join(rows)
        times = int(megabytes * 1e6 / len(block.encode()))
        end = xml.rindex("</w:tbl>")
        return xml[:end] + block * times + xml[end:]

    return change


def _html(change: Callable[[str], str]) -> Builder:
    def build(path: Path) -> Path:
        path.write_text(change((CORPUS / "plan-2026.html").read_text(encoding="utf-8")), encoding="utf-8")
        return path

    return build


def _html_rows_to(megabytes: float) -> Callable[[str], str]:
    def change(page: str) -> str:
        start, end = page.index("<tr", page.index("<table")), page.rindex("</tr>") + 5
        rows = page[start:end]
        return page[:start] + rows * int(megabytes * 1e6 / len(rows.encode())) + page[end:]

    return change


def _random(size: int, seed: int = 1) -> Builder:
    def build(path: Path) -> Path:
        path.write_bytes(random.Random(seed).randbytes(size))
        return path

    return build


def _pdf_pages(pages: int, blank: bool) -> Builder:
    def build(path: Path) -> Path:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument.new()
        if blank:
            for _ in range(pages):
                pdf.new_page(595, 842)
        else:
            source = pdfium.PdfDocument(str(CORPUS / "plan-2026.pdf"))
            while len(pdf) + len(source) <= pages:
                pdf.import_pages(source)
        buffer = io.BytesIO()
        pdf.save(buffer)
        path.write_bytes(buffer.getvalue())
        return path

    return build


def _pdf_bytes_changed(count: int, seed: int) -> Builder:
    def build(path: Path) -> Path:
        data = bytearray((CORPUS / "plan-2026.pdf").read_bytes())
        rng = random.Random(seed)
        for _ in range(count):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path.write_bytes(bytes(data))
        return path

    return build


def _scan_copies(times: int) -> Builder:
    """The sample scan's pages `times` over: a real scan of many pages, every page read by Tesseract."""

    def build(path: Path) -> Path:
        import pypdfium2 as pdfium

        source, pdf = pdfium.PdfDocument(str(CORPUS / "plan-2026-scan.pdf")), pdfium.PdfDocument.new()
        for _ in range(times):
            pdf.import_pages(source)
        pdf.save(str(path))
        return path

    return build


def _scan_of_blobs(pages: int) -> Builder:
    """Pages of ink blobs: no text, but nothing blank either, so every page goes to Tesseract."""

    def build(path: Path) -> Path:
        import numpy as np
        from PIL import Image

        rng = np.random.default_rng(0)
        images = []
        for _ in range(pages):
            ink = np.full((2339, 1654), 255, np.uint8)  # A4 at 200 dpi
            for _ in range(2000):
                y, x = rng.integers(0, 2300), rng.integers(0, 1620)
                ink[y : y + rng.integers(8, 30), x : x + rng.integers(4, 25)] = 0
            images.append(Image.fromarray(ink))
        images[0].save(path, save_all=True, append_images=images[1:], resolution=200)
        return path

    return build


def _json_plan(items: int) -> Builder:
    def build(path: Path) -> Path:
        plan = json.loads((CORPUS / "plan-2026.docx.expected.json").read_text(encoding="utf-8"))
        plan["items"] = [plan["items"][i % len(plan["items"])] for i in range(items)]
        path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
        return path

    return build


def _xlsx_rows(rows: int) -> Builder:
    def build(path: Path) -> Path:
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet("План")
        sheet.append(["№ п/п", "Мероприятия", "Место, дата", "Примечание"])
        for n in range(rows):
            sheet.append([n + 1, f"Международная конференция {n}", "Москва, март", "МАГ"])
        book.save(path)
        return path

    return build


NESTED_DOCX = "<w:tbl><w:tr><w:tc>" * 5000 + "<w:p/>" + "</w:tc></w:tr></w:tbl>" * 5000
CASES: list[tuple[str, str, str, Builder]] = [
    ("docx", "gridSpan=1000000 in every cell", "plan.docx",
     _docx(lambda x: x.replace("<w:tcPr>", '<w:tcPr><w:gridSpan w:val="1000000"/>'))),
    ("docx", "gridBefore=1000000 on every row", "plan.docx",
     _docx(lambda x: re.sub(r"<w:tr(?: [^>]*)?>", lambda m: m.group(0)
                            + '<w:trPr><w:gridBefore w:val="1000000"/></w:trPr>', x))),
    ("docx", "tables nested 5000 deep", "plan.docx", _docx(lambda x: x.replace("<w:tc>", "<w:tc>" + NESTED_DOCX, 1))),
    ("docx", "15.9 MB of table XML (limit 16)", "plan.docx", _docx(_docx_rows_to(15.9))),
    ("docx", "1 MiB of random bytes", "plan.docx", _random(1 << 20)),
    ("html", 'rowspan="99999" on every cell', "plan.html",
     _html(lambda p: re.sub(r"<td(\s|>)", r'<td rowspan="99999"\1', p))),
    ("html", 'colspan="2147483648" on every cell', "plan.html",
     _html(lambda p: re.sub(r"<td(\s|>)", r'<td colspan="2147483648"\1', p))),
    ("html", "tables nested 5000 deep", "plan.html",
     _html(lambda p: p.replace("<td>", "<td>" + "<table><tr><td>" * 5000 + "</td></tr></table>" * 5000, 1))),
    ("html", "4.9 MB page (limit 5)", "plan.html", _html(_html_rows_to(4.9))),
    ("html", "50 MB page", "plan.html", _html(_html_rows_to(50))),
    ("pdf", "498 pages of plan (limit 500)", "plan.pdf", _pdf_pages(498, blank=False)),
    ("pdf", "2000 blank pages", "plan.pdf", _pdf_pages(2000, blank=True)),
    ("pdf", "40 random bytes changed", "plan.pdf", _pdf_bytes_changed(40, seed=1)),
    ("pdf", "1 MiB of random bytes", "plan.pdf", _random(1 << 20)),
    ("scan", "30 pages of ink blobs (limit 30)", "scan.pdf", _scan_of_blobs(30)),
    ("scan", "30 blank pages", "scan.pdf", _pdf_pages(30, blank=True)),
    ("scan", "30 pages of a real scan (limit 30)", "scan.pdf", _scan_copies(10)),
    ("legacy", "1 MiB of random bytes as .rtf", "plan.rtf", _random(1 << 20)),
    ("legacy", "1 MiB of random bytes as .doc", "plan.doc", _random(1 << 20, seed=2)),
    ("legacy", "1 MiB of random bytes as .odt", "plan.odt", _random(1 << 20, seed=3)),
    ("data", "JSON plan of 80,000 items (45 MB)", "plan.json", _json_plan(80_000)),
    ("data", "JSON nested 100,000 deep", "plan.json", lambda p: (p.write_text("[" * 100_000), p)[1]),
    ("data", "workbook of 30,000 rows", "plan.xlsx", _xlsx_rows(30_000)),
]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", help="run only the cases of this family")
    args = parser.parse_args()
    print("Hostile inputs, one fresh `magplan convert FILE --to json` each, default limits (1 run per case)")
    print(f"{'family':7} {'case':38} {'seconds':>8} {'CPU s':>6} {'peak MB':>8} {'exit':>4}  message")
    worst: dict[str, tuple[float, float]] = {}
    over = []
    for family, title, name, build in CASES:
        if args.only and family != args.only:
            continue
        with tempfile.TemporaryDirectory(prefix="magplan-hostile-") as tmp:
            path = build(Path(tmp) / name)
            run = measure([MAGPLAN, "convert", str(path), "--to", "json", "--out", str(Path(tmp) / "out")])
        message = run.stderr.strip().split(": ", 2)[-1][:60] if run.stderr.strip() else "read"
        lines = len(run.stderr.splitlines())
        flag = (
            "" if run.seconds <= SECONDS and run.peak_mb <= MEGABYTES and run.status in (0, 2) and lines <= 1 else " ←"
        )
        if flag:
            over.append(title)
        print(
            f"{family:7} {title:38} {run.seconds:8.1f} {run.cpu_seconds:6.1f} {run.peak_mb:8.0f} {run.status:4d}"
            f"  {message}{flag}"
        )
        seconds, megabytes = worst.get(family, (0.0, 0.0))
        worst[family] = (max(seconds, run.seconds), max(megabytes, run.peak_mb))
    print("worst per family: " + "; ".join(f"{f} {s:.1f} s, {m:.0f} MB" for f, (s, m) in worst.items()))
    print(f"goal: ≤ {SECONDS:g} s and ≤ {MEGABYTES:g} MB, exit 0 or 2, at most one line on standard error: "
          + ("met by every case" if not over else f"NOT met by {', '.join(over)}"))  # fmt: skip


if __name__ == "__main__":
    main()
