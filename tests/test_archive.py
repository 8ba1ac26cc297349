"""The archive as an analyst wants it: one plan however many copies, the best copy kept, counts that agree.

The corpus twice over is the acceptance case: every plan as DOCX, PDF, HTML
and scan, in two folders, plus a file magplan does not read.  A scan's
reading takes OCR 10-20 s; here it comes from the batch cache, as a second
run would have it, with OCR-like misreadings in its titles (test_ocr reads
the real scan).
"""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from magplan.batch import run_batch
from magplan.batch.cache import PlanCache, file_sha256, plan_from_dict
from magplan.batch.combine import (
    IDENTICAL_FILE,
    OCR_COPY,
    SAME_PLAN,
    SIMILAR_ITEMS,
    Entry,
    combine,
    item_count,
    matching_items,
    quality,
)
from magplan.extract import format_of
from magplan.messages import plural_en, plural_ru
from tests.corpus import CORPUS, expected

SCAN_WORDS = ("scan", "photo")
# Letters OCR confuses, each for a look-alike.
MISREAD = {"о": "0", "и": "н", "е": "с", "а": "д", "л": "п"}


def corpus_documents() -> tuple[list[str], list[str]]:
    """(digital documents, scans) of the corpus that have an expected reading."""
    names = [p.name[: -len(".expected.json")] for p in sorted(CORPUS.glob("*.expected.json"))]
    names = [n for n in names if not n.startswith("bad-")]
    scans = [n for n in names if any(word in n for word in SCAN_WORDS)]
    return [n for n in names if n not in scans], scans


def misread(data: dict[str, Any]) -> dict[str, Any]:
    """The plan as OCR might read it: one letter misread in every other longer title."""
    out = copy.deepcopy(data)
    for index, item in enumerate(out["items"]):
        title = item["title"]
        if index % 2 == 0 and len(title) >= 8:
            at = next((i for i in range(len(title) // 2, len(title)) if title[i] in MISREAD), None)
            if at is not None:
                item["title"] = title[:at] + MISREAD[title[at]] + title[at + 1 :]
    return out


def plan_key(data: dict[str, Any]) -> tuple[Any, Any]:
    return data["document"]["year"], data["document"]["title"]


@pytest.fixture(scope="module")
def twice(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Path, Path]:
    digital, scans = corpus_documents()
    root = tmp_path_factory.mktemp("twice")
    out = tmp_path_factory.mktemp("archive")
    cache = PlanCache(out / ".cache")
    for folder in ("first", "second"):
        (root / folder).mkdir()
        for name in digital + scans:
            shutil.copyfile(CORPUS / name, root / folder / name)
    for name in scans:
        path = root / "first" / name
        cache.put(file_sha256(path), format_of(path), {"plan": misread(expected(name)), "scan": True})
    (root / "notes.txt").write_text("minutes of the meeting, not a plan", encoding="utf-8")
    return run_batch([root], out, jobs=2, progress=False), out, root


def test_the_corpus_twice_over_is_each_plan_once(twice: tuple[Any, Path, Path]) -> None:
    result, _, _ = twice
    digital, scans = corpus_documents()
    distinct = {plan_key(expected(name)): len(expected(name)["items"]) for name in digital}
    archive = result.archive
    assert len(archive.plans) == len(distinct) and not archive.failures
    assert sorted(plan_key(e.plan.to_dict()) for e in archive.plans) == sorted(distinct)
    # Items are counted once per distinct plan, and the tables agree with each other.
    assert item_count(archive) == len(result.frame()) == sum(distinct.values())
    assert len(archive.duplicates) == 2 * len(digital + scans) - len(distinct)
    assert archive.skipped == ["notes.txt"]
    # The best copy is kept: the DOCX of each plan.
    assert {e.format for e in archive.plans} == {"docx"}
    assert result.summary().startswith(
        f"{2 * len(digital + scans) + 1} files: {len(distinct)} plans ({sum(distinct.values())} items), "
        f"{len(archive.duplicates)} duplicates, 1 skipped (not a plan format), 0 failed"
    )


def test_copies_are_listed_with_the_reason(twice: tuple[Any, Path, Path]) -> None:
    result, _, _ = twice
    _, scans = corpus_documents()
    reasons = {d.entry.source: d for d in result.archive.duplicates}
    for name in scans:
        first, second = reasons[f"first/{name}"], reasons[f"second/{name}"]
        assert first.reason == OCR_COPY and first.kept.endswith(".docx") and first.entry.scan
        assert first.matched / first.items >= 0.75
        # The misreadings: letter for letter, too few titles agree; by similarity, they do.
        scan, docx = first.entry.plan, next(e.plan for e in result.archive.plans if e.source == first.kept)
        assert scan is not None and docx is not None
        assert matching_items(scan.records, docx.records, 100) / first.items < 0.9
        assert second.reason in (IDENTICAL_FILE, OCR_COPY)
    assert reasons["second/plan-2026.docx"].reason == IDENTICAL_FILE
    assert reasons["first/plan-2026.html"].reason == SAME_PLAN


def test_the_archive_files_say_the_same(twice: tuple[Any, Path, Path]) -> None:
    result, out, _ = twice
    data = json.loads((out / "archive.json").read_text(encoding="utf-8"))
    assert data["summary"] == {
        "files": len(result.entries) + 1,
        "plans": len(result.archive.plans),
        "items": len(data["items"]),
        "duplicates": len(result.archive.duplicates),
        "skipped": 1,
        "failures": 0,
    }
    assert data["skipped"] == ["notes.txt"]
    assert {d["reason"] for d in data["duplicates"]} >= {IDENTICAL_FILE, SAME_PLAN, OCR_COPY}
    wb = load_workbook(out / "archive.xlsx", read_only=True)
    assert [r[0] for r in wb["Пропущенные"].iter_rows(min_row=2, values_only=True)] == ["notes.txt"]
    summary = list(wb["Сводка"].iter_rows(values_only=True))
    assert "файлов неподдерживаемого формата: 1" in summary[0][0]
    total = next(r for r in summary if r and r[0] == "Итого")
    assert total[1] == len(result.archive.plans) and total[6] == len(data["items"])
    reasons = {r[0]: r[4] for r in wb["Дубликаты"].iter_rows(min_row=2, values_only=True)}
    assert reasons["second/plan-2026.docx"] == "тот же файл (копия байт в байт)"
    assert any(text.startswith("скан (OCR) того же плана: совпадают") for text in reasons.values())
    wb.close()


def _entry(name: str, source: str, fmt: str, scan: bool = False, sha: str | None = None) -> Entry:
    return Entry(source, fmt, sha or source, plan_from_dict(expected(name)), scan=scan)


def test_the_best_format_is_kept_whatever_the_names() -> None:
    entries = [
        _entry("plan-2026.docx", "a-scan.pdf", "pdf", scan=True),
        _entry("plan-2026.docx", "b.pdf", "pdf"),
        _entry("plan-2026.docx", "c.html", "html"),
        _entry("plan-2026.docx", "d.odt", "odt"),
        _entry("plan-2026.docx", "z.docx", "docx"),
    ]
    assert [quality(e) for e in entries] == [4, 3, 2, 1, 0]
    archive = combine(entries)
    assert [e.source for e in archive.plans] == ["z.docx"]
    assert {d.entry.source: d.kept for d in archive.duplicates} == dict.fromkeys(
        ["a-scan.pdf", "b.pdf", "c.html", "d.odt"], "z.docx"
    )


def test_a_plan_with_one_row_changed_is_a_copy_another_plan_of_the_year_is_not() -> None:
    draft = expected("plan-2026.docx")
    draft["items"][3]["title"] = "Совершенно другое мероприятие, которого не было в плане"
    other = copy.deepcopy(expected("plan-2026.docx"))
    for item in other["items"][: len(other["items"]) // 2]:
        item["title"] = f"Заседание рабочей группы № {item['number']} по вопросам {item['kind']}"
    signed = _entry("plan-2026.docx", "signed.docx", "docx")
    entries = [
        signed,
        Entry("draft.html", "html", "x", plan_from_dict(draft)),
        Entry("other.docx", "docx", "y", plan_from_dict(other)),
        _entry("plan-2025.docx", "2025.docx", "docx"),
    ]
    archive = combine(entries)
    assert sorted(e.source for e in archive.plans) == ["2025.docx", "other.docx", "signed.docx"]
    (copy_,) = archive.duplicates
    assert (copy_.entry.source, copy_.kept, copy_.reason) == ("draft.html", "signed.docx", SIMILAR_ITEMS)
    assert (copy_.matched, copy_.items) == (39, 40)


def test_plural_forms() -> None:
    assert [plural_ru(n, "файл", "файла", "файлов") for n in (1, 2, 5, 11, 21, 22, 112)] == [
        "1 файл", "2 файла", "5 файлов", "11 файлов", "21 файл", "22 файла", "112 файлов",
    ]  # fmt: skip
    assert [plural_en(n, "plan") for n in (0, 1, 2)] == ["0 plans", "1 plan", "2 plans"]


def test_one_file_is_one_file(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    shutil.copyfile(CORPUS / "plan-2026.docx", tmp_path / "in/plan.docx")
    result = run_batch([tmp_path / "in"], tmp_path / "out", progress=False)
    assert result.summary().startswith("1 file: 1 plan (40 items), 0 duplicates, 0 failed")
    wb = load_workbook(tmp_path / "out/archive.xlsx", read_only=True)
    assert next(wb["Сводка"].iter_rows(values_only=True))[0].startswith("1 файл: 1 план (40 пунктов), 0 дубликатов")
    wb.close()
