"""`--to ics`: one all-day event per occurrence, stable UIDs, what Outlook needs, read by two parsers."""

from __future__ import annotations

import dataclasses
import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

import icalendar
import pytest
from ical.calendar_stream import IcsCalendarStream

import magplan
from magplan.cli import main
from magplan.extract.plan_json import plan_from_dict
from magplan.model import DocumentInfo, Item, Plan
from magplan.write import render
from magplan.write.to_ics import occurrences
from tests.corpus import CORPUS, documents, expected

PLANS = documents("")


@cache
def corpus_plan(name: str) -> Plan:
    return magplan.read_plan(CORPUS / name)


def vevents(data: bytes) -> list[Any]:
    cal = icalendar.Calendar.from_ical(data)
    return list(cal.walk("VEVENT"))


def expected_occurrences(data: dict[str, Any]) -> list[tuple[int, str | None, str]]:
    """(item index, start, end) of every period the expected JSON names."""
    out = []
    for index, item in enumerate(data["items"]):
        pairs = item.get("occurrences")
        if pairs is None:  # a contract without occurrences: the one span
            pairs = [[item["date_start"], item["date_end"]]] if item["date_end"] else []
        out.extend((index, start, end) for start, end in pairs)
    return out


@pytest.mark.parametrize("name", PLANS)
def test_one_all_day_event_per_occurrence(name: str) -> None:
    """From the expected JSON: every period is an event with its dates, in document order; nothing else."""
    want = expected(name)
    plan = plan_from_dict(want)
    events = vevents(render(plan, "ics"))
    periods = expected_occurrences(want)
    assert len(events) == len(periods)
    for event, (index, start, end) in zip(events, periods, strict=True):
        first = dt.date.fromisoformat(start or end)
        assert event["DTSTART"].dt == first and event["DTSTART"].params["VALUE"] == "DATE"
        # DTEND is exclusive: the day after the last day.
        assert event["DTEND"].dt == dt.date.fromisoformat(end) + dt.timedelta(days=1)
        item = want["items"][index]
        assert str(event["SUMMARY"]).startswith(item["title"].replace("\n", " ")) or item["kind"] in (
            "anniversary",
            "city_day",
        )
        assert ("(ориентировочно)" in event["SUMMARY"]) == item["approximate"]
        assert ("(крайний срок)" in event["SUMMARY"]) == (start is None)


def test_outlook_properties_are_present() -> None:
    data = render(corpus_plan("plan-2026.docx"), "ics")
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    cal = icalendar.Calendar.from_ical(data)
    assert cal["VERSION"] == "2.0" and cal["PRODID"] and cal["METHOD"] == "PUBLISH"
    assert cal["X-WR-CALNAME"] == corpus_plan("plan-2026.docx").document.title
    for event in cal.walk("VEVENT"):
        for prop in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "CATEGORIES", "TRANSP"):
            assert prop in event, prop
        assert isinstance(event["DTSTART"].dt, dt.date) and not isinstance(event["DTSTART"].dt, dt.datetime)
        assert event["DTEND"].dt > event["DTSTART"].dt
        assert event["X-MICROSOFT-CDO-ALLDAYEVENT"] == "TRUE"
    # Lines are folded at 75 octets, as RFC 5545 requires (Cyrillic is two octets a letter).
    assert max(len(line) for line in data.split(b"\r\n")) <= 75


def test_russian_texts_and_free_time() -> None:
    events = {str(e["SUMMARY"]): e for e in vevents(render(corpus_plan("plan-2026.docx"), "ics"))}
    conference = next(e for s, e in events.items() if s.startswith("Конференция представителей СМИ"))
    assert conference["LOCATION"] == "Москва"
    assert conference["CATEGORIES"].cats == ["Мероприятие"]
    assert "Срок: февраль" in conference["DESCRIPTION"] and "Организатор: МАГ" in conference["DESCRIPTION"]
    assert conference["TRANSP"] == "TRANSPARENT"  # a month: does not block February
    astana = events["День города: Астана (28 лет) (ориентировочно)"]
    assert astana["TRANSP"] == "OPAQUE" and astana["CATEGORIES"].cats == ["День города"]
    assert (astana["DTSTART"].dt, astana["DTEND"].dt) == (dt.date(2026, 7, 5), dt.date(2026, 7, 7))
    assert "Юбилей города: Мурманск (110 лет) (ориентировочно)" in events


def test_undated_items_are_not_invented() -> None:
    plan = corpus_plan("plan-2026.docx")
    summaries = {str(e["SUMMARY"]) for e in vevents(render(plan, "ics"))}
    undated = [i for i in plan.records if not occurrences(i)]
    assert undated and any(i.recurrence for i in undated)
    assert not any(s.startswith(i.title.replace("\n", " ")) for i in undated for s in summaries)


def _plan(*items: Item, year: int = 2026) -> Plan:
    return Plan(DocumentInfo(source="p.docx", format="docx", title=f"План на {year} год", year=year), list(items))


def test_a_deadline_is_one_day_on_its_last_day() -> None:
    item = Item(kind="event", section="", number=1, title="Отчёт о работе", date_text="до 1 апреля")
    item.date_end, item.date_precision = dt.date(2026, 4, 1), "day"
    if hasattr(item, "occurrences"):
        item.occurrences = [(None, dt.date(2026, 4, 1))]
    (event,) = vevents(render(_plan(item), "ics"))
    assert (event["DTSTART"].dt, event["DTEND"].dt) == (dt.date(2026, 4, 1), dt.date(2026, 4, 2))
    assert event["SUMMARY"] == "Отчёт о работе (крайний срок)" and event["TRANSP"] == "TRANSPARENT"


def uids(plan: Plan) -> list[str]:
    return [str(e["UID"]) for e in vevents(render(plan, "ics"))]


def test_uids_are_unique_and_stable_across_reads_and_formats() -> None:
    docx = uids(corpus_plan("plan-2026.docx"))
    assert len(set(docx)) == len(docx)
    assert uids(magplan.read_plan(CORPUS / "plan-2026.docx")) == docx  # read again
    assert uids(corpus_plan("plan-2026.pdf")) == docx  # the same plan printed
    assert uids(corpus_plan("plan-2026.html")) == docx


def test_a_moved_or_renumbered_item_keeps_its_uid() -> None:
    """UIDs come from what an item is, not from its row or its dates: re-importing updates the event."""
    plan = corpus_plan("plan-2026.docx")
    dated = [i for i in plan.records if occurrences(i)]
    before = dict(zip([i.title for i in dated], uids(plan), strict=True))
    moved = [dataclasses.replace(i) for i in reversed(plan.records)]
    for item in moved:
        item.number = (item.number or 0) + 10
    shifted = next(i for i in moved if i.title.startswith("Конференция представителей СМИ"))
    shifted.date_start, shifted.date_end = dt.date(2026, 3, 1), dt.date(2026, 3, 31)
    if hasattr(shifted, "occurrences"):
        shifted.occurrences = [(shifted.date_start, shifted.date_end)]
    again = Plan(plan.document, moved)
    after = dict(zip([i.title for i in reversed(dated)], uids(again), strict=True))
    assert after == before


def test_another_client_library_reads_it() -> None:
    """`ical` (a separate RFC 5545 implementation) imports the calendar with the same events."""
    data = render(corpus_plan("plan-2025.docx"), "ics")
    cal = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    ours = vevents(data)
    assert len(cal.events) == len(ours) > 0
    for theirs, mine in zip(cal.events, ours, strict=True):
        assert (theirs.uid, theirs.summary, theirs.dtstart, theirs.dtend) == (
            str(mine["UID"]),
            str(mine["SUMMARY"]),
            mine["DTSTART"].dt,
            mine["DTEND"].dt,
        )
        assert theirs.transparency == str(mine["TRANSP"])


def test_convert_and_batch_write_calendars(tmp_path: Path) -> None:
    assert main(["convert", str(CORPUS / "plan-2026.docx"), "--to", "ics", "--out", str(tmp_path / "one")]) == 0
    one = vevents((tmp_path / "one" / "plan-2026.ics").read_bytes())
    folder = tmp_path / "archive"
    folder.mkdir()
    for name in ("plan-2025.docx", "plan-2026.docx", "plan-2026.pdf"):
        (folder / name).write_bytes((CORPUS / name).read_bytes())
    out = tmp_path / "out"
    assert main(["batch", str(folder), "--out", str(out), "--to", "ics", "--per-file"]) == 0
    archive = vevents((out / "archive.ics").read_bytes())
    two_years = len(one) + len(vevents(render(corpus_plan("plan-2025.docx"), "ics")))
    assert len(archive) == two_years  # the PDF copy of 2026 is set aside, not doubled
    assert len({str(e["UID"]) for e in archive}) == len(archive)
    assert sorted(p.name for p in (out / "plans").rglob("*.ics")) == ["plan-2025.ics", "plan-2026.ics"]
