"""`make bench-html`: the 600-row HTML page read by magplan beside pandas and raw lxml.

One process, one run: each reader is timed in turn, round after round, so a
busy machine slows them alike; the figures are medians (and minima) of the
rounds.  Readers:

* raw lxml parse — `lxml.html.document_fromstring`, nothing else;
* raw lxml parse + cells — the parse and every cell's `text_content()`;
* BeautifulSoup + lxml — the parse and every cell's `get_text()` (what magplan used before);
* `pandas.read_html` — the page's tables as DataFrames (lxml flavour);
* magplan extract — `magplan.extract.html.extract`, the page as a `Layout`;
* magplan read_plan — the whole read, rules and all, with cold rule caches.

The page is the large plan of `benchmarks/make_large_plan.py` (written here if missing).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).parent / "data"


def readers(path: Path) -> dict[str, Callable[[], object]]:
    import lxml.html
    import pandas
    from bs4 import BeautifulSoup

    import magplan
    from magplan.extract import html
    from magplan.normalize import clear_caches

    data = path.read_bytes()

    def raw_cells() -> int:
        root = lxml.html.document_fromstring(data)
        return sum(bool(cell.text_content()) for cell in root.iter("td", "th"))

    def soup_cells() -> int:
        soup = BeautifulSoup(data, "lxml")
        return sum(bool(cell.get_text()) for cell in soup.find_all(["td", "th"]))

    def read_plan() -> object:
        clear_caches()
        return magplan.read_plan(path)

    return {
        "raw lxml parse": lambda: lxml.html.document_fromstring(data),
        "raw lxml parse + cells": raw_cells,
        "BeautifulSoup + cells": soup_cells,
        "pandas.read_html": lambda: pandas.read_html(io.StringIO(data.decode("utf-8")), flavor="lxml"),
        "magplan extract": lambda: html.extract(path),
        "magplan read_plan": read_plan,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9, help="rounds (at least 5; default 9)")
    parser.add_argument("page", nargs="?", type=Path, default=DATA / "large-plan.html")
    args = parser.parse_args()
    runs = max(args.runs, 5)
    if not args.page.exists():
        sys.path.insert(0, str(Path(__file__).parent))
        from make_large_plan import write_html

        args.page.parent.mkdir(parents=True, exist_ok=True)
        write_html(args.page, 600)
    timed = readers(args.page)
    seconds: dict[str, list[float]] = {name: [] for name in timed}
    for read in timed.values():
        read()  # warm-up: imports and first-use costs are not what is measured
    for _ in range(runs):
        for name, read in timed.items():
            start = time.perf_counter()
            read()
            seconds[name].append(time.perf_counter() - start)
    median = {name: statistics.median(values) for name, values in seconds.items()}
    print(f"{args.page.name}: median (and minimum) of {runs} rounds, readers interleaved")
    for name, values in seconds.items():
        print(f"  {name:24} {median[name] * 1000:8.2f} ms   (min {min(values) * 1000:7.2f} ms)")
    for who in ("magplan extract", "magplan read_plan"):
        ratios = ", ".join(
            f"{median[who] / median[peer]:.2f}× {peer}"
            for peer in ("pandas.read_html", "raw lxml parse", "raw lxml parse + cells", "BeautifulSoup + cells")
        )
        print(f"{who}: {ratios}")


if __name__ == "__main__":
    main()
