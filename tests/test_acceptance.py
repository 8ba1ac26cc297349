"""The acceptance comparison: the shared scorer run on the bundled development corpus.

`tests/tools/score.py` is a verbatim copy of the scorer in ``shared/tools`` so
that the suite needs nothing outside the repository.  Every text document the
corpus holds must come out exact; a scan must reach a field score of 0.98 with
every number, kind, date, age and page right (issue 6).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.corpus import CORPUS

SCORER = Path(__file__).parent / "tools" / "score.py"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    out = tmp_path_factory.mktemp("score") / "report.json"
    cmd = f"{sys.executable} -m magplan"
    subprocess.run(
        [sys.executable, str(SCORER), str(CORPUS), "--cmd", cmd, "--json", str(out), "--jobs", "2"],
        check=True, capture_output=True, text=True, timeout=1800,
    )  # fmt: skip
    data: dict[str, object] = json.loads(out.read_text())
    return data


def _documents(report: dict[str, object]) -> dict[str, dict[str, object]]:
    return {Path(str(d["doc"])).name: d for d in report["documents"]}  # type: ignore[attr-defined]


def test_every_bad_input_is_refused_cleanly(report: dict[str, object]) -> None:
    failed = [b for b in report["bad_inputs"] if not b["passed"]]  # type: ignore[attr-defined]
    assert failed == []


@pytest.mark.parametrize("suffix", [".docx", ".html", ".pdf"])
def test_documents_are_exact(report: dict[str, object], suffix: str) -> None:
    docs = {n: d for n, d in _documents(report).items() if n.endswith(suffix) and "scan" not in n}
    assert docs, f"no {suffix} documents in the corpus"
    not_exact = {n: d.get("error") or f"field_f1={d['field_f1']}" for n, d in docs.items() if not d["exact"]}
    assert not_exact == {}


SCAN_EXACT_FIELDS = ("number", "kind", "date_start", "date_end", "age_years")


def test_scans_reach_the_ocr_targets(report: dict[str, object]) -> None:
    scans = {n: d for n, d in _documents(report).items() if "scan" in n}
    assert scans, "no scan in the corpus"
    for name, doc in scans.items():
        assert doc["status"] == "ok", (name, doc.get("error"))
        assert doc["field_f1"] >= 0.98, name  # type: ignore[operator]
        fields = doc["item_fields"]
        for field in SCAN_EXACT_FIELDS:
            assert fields[field]["correct"] == fields[field]["expected"], (name, field)  # type: ignore[index]
        assert doc["page"]["correct"] == doc["page"]["expected"], name  # type: ignore[index]
