"""Plans of other bodies (`bodies_shapes`) saved by LibreOffice from the python-docx
DOCX as .odt, .rtf, .doc, LibreOffice's own HTML and DOCX: the formats old plans
arrive in, each read back through LibreOffice (or the HTML reader) by magplan.

A conversion costs seconds: keep the counts that tests build small."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from tests.gen import Unavailable, write_expected
from tests.gen._pdf import soffice_program
from tests.gen._pydocx import PyDocxStyle, write_plan_pydocx
from tests.gen._spec import expected_json
from tests.gen.bodies_shapes import family_spec

# The last: a DOCX as LibreOffice writes it (its own XML for the same tables).
TARGETS = ("odt", "rtf", "doc", "html", "docx")


def build(out_dir: Path, count: int, seed: int) -> list[Path]:
    from magplan import soffice

    program = soffice_program()
    if program is None:
        raise Unavailable("LibreOffice (soffice) is not installed")
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        for index in range(count):
            rng, spec = family_spec("bodies_office", seed, index)
            target = TARGETS[index % len(TARGETS)]
            stem = f"bodies-office-{seed}-{index:03d}"
            work = Path(tmp) / f"w{index}"
            (work / "out").mkdir(parents=True)
            source = work / "out" / f"{stem}.docx"
            write_plan_pydocx(spec, source, PyDocxStyle.random(rng))
            outdir = work / ("lo" if target == "docx" else "out")
            status, output = soffice.convert(program, source, target, outdir)
            made = outdir / f"{stem}.{target}"
            if status or not made.exists():
                raise RuntimeError(f"LibreOffice failed on {source.name}: {output.strip()[-300:]}")
            path = out_dir / made.name
            shutil.move(made, path)
            write_expected(path, expected_json(spec, path.name, target))
            paths.append(path)
    return paths
