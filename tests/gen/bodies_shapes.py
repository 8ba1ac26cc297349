"""Plans of other bodies (ministries, city administrations, universities,
associations) as DOCX made by python-docx and as HTML of Word, Google Docs and
LibreOffice: other column sets and orders, header wordings, section numbering,
sub-items «1.1», merged date cells, landscape pages, approval blocks of acts,
and documents that are no plan at all (a price list, an attendance list),
which must be refused."""

from __future__ import annotations

import random
from html import escape
from pathlib import Path

from tests.gen import write_expected
from tests.gen._bodies import COLUMN_SETS, non_plan, other_plan
from tests.gen._html_bodies import bodies_html
from tests.gen._pydocx import PyDocxStyle, write_plan_pydocx
from tests.gen._spec import PlanSpec, expected_json

# Every ninth document is no plan; the rest cycle through the printers.
PRINTERS = ("docx", "html-word", "html-google", "html-libre")


def family_spec(family: str, seed: int, index: int) -> tuple[random.Random, PlanSpec]:
    rng = random.Random(f"{family}/{seed}/{index}")
    sets = tuple(COLUMN_SETS)
    return rng, other_plan(rng, sets[index % len(sets)])


def build(out_dir: Path, count: int, seed: int) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for index in range(count):
        if index % 9 == 8:
            paths.append(_refused(out_dir, seed, index))
            continue
        rng, spec = family_spec("bodies_shapes", seed, index)
        printer = PRINTERS[index % len(PRINTERS)]
        if printer == "docx":
            path = out_dir / f"bodies-docx-{seed}-{index:03d}.docx"
            write_plan_pydocx(spec, path, PyDocxStyle.random(rng))
            fmt = "docx"
        else:
            producer = printer.removeprefix("html-")
            # Google Docs and LibreOffice number a «№» column with an ordered list in some pages.
            spec.options["ol_numbers"] = producer in ("google", "libre") and index % 3 == 0
            path = out_dir / f"bodies-{producer}-{seed}-{index:03d}.html"
            text = bodies_html(spec, producer)
            path.write_text(text, encoding="utf-8")
            fmt = "html"
        write_expected(path, expected_json(spec, path.name, fmt))
        paths.append(path)
    return paths


def _refused(out_dir: Path, seed: int, index: int) -> Path:
    """A table that is not a plan, as an HTML page; `magplan` must refuse it (exit 2)."""
    path = out_dir / f"bodies-refused-{seed}-{index:03d}.html"
    path.write_text(refused_html(random.Random(f"bodies_shapes/refused/{seed}/{index}")), encoding="utf-8")
    path.with_name(path.name + ".expect-error").write_text("not a plan\n", encoding="utf-8")
    return path


def refused_html(rng: random.Random) -> str:
    """A web page of a table that is no plan (a price list, an attendance list…)."""
    heading, header, rows = non_plan(rng)
    cells = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(t)}</td>" for t in row) + "</tr>" for row in rows)
    title = "<br>".join(escape(line) for line in heading)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Документ</title></head><body>'
        f'<p style="text-align:center"><b>{title}</b></p><table border="1"><tr>{cells}</tr>{body}</table>'
        "</body></html>\n"
    )
