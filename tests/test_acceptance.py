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

from tests.corpus import CORPUS, documents, is_image, params

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


TEXT_DOCUMENTS = params([n for n in documents() if not is_image(n)])
IMAGE_DOCUMENTS = params([n for n in documents() if is_image(n)])


@pytest.mark.parametrize("name", TEXT_DOCUMENTS)
def test_documents_are_exact(report: dict[str, object], name: str) -> None:
    doc = _documents(report)[name]
    assert doc["exact"], doc.get("error") or f"field_f1={doc['field_f1']}"


SCAN_EXACT_FIELDS = ("number", "kind", "date_start", "date_end", "age_years")


@pytest.mark.parametrize("name", IMAGE_DOCUMENTS)
def test_scans_reach_the_ocr_targets(report: dict[str, object], name: str) -> None:
    doc = _documents(report)[name]
    assert doc["status"] == "ok", doc.get("error")
    assert doc["field_f1"] >= 0.98  # type: ignore[operator]
    fields = doc["item_fields"]
    for field in SCAN_EXACT_FIELDS:
        assert fields[field]["correct"] == fields[field]["expected"], field  # type: ignore[index]
    assert doc["page"]["correct"] == doc["page"]["expected"]  # type: ignore[index]
