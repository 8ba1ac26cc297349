"""`--to ics`: the plan as a calendar (RFC 5545) for Outlook, Google Calendar, Thunderbird.

One all-day ``VEVENT`` per occurrence of every dated item (`Item.occurrences`;
«март, сентябрь» is two events).  Nothing is invented: an item with only a
recurrence («ежеквартально») or no period at all has no event.

* ``SUMMARY``: the title, with «(ориентировочно)» where the date is
  approximate.  City rows, whose title is only the city, say what the day is
  («День города: Астана (28 лет)», «Юбилей города: Мурманск (110 лет)»): a
  calendar that shows «Астана» alone says nothing.  A deadline («до 1 апреля»,
  occurrence ``[null, end]``) is a one-day event on its last day, «(крайний срок)».
* ``DTSTART;VALUE=DATE`` / ``DTEND;VALUE=DATE``: all-day, the end exclusive
  (the day after the last), as RFC 5545 and Outlook want.
* ``TRANSP``: a period named by month, quarter, half-year or year («август»,
  «II квартал»), and a deadline, are free time (``TRANSPARENT``), so that a
  month-long span does not block every day of the month; day-precise events
  are ``OPAQUE``.  Outlook also gets its own busy status
  (``X-MICROSOFT-CDO-BUSYSTATUS``) and all-day flag.
* ``LOCATION`` the place; ``DESCRIPTION`` the date wording as printed, the
  note (with «Организаторы: …»), members, the organizers when the note does
  not name them, the responsible; ``CATEGORIES`` the kind in Russian.
* ``UID``: from what the item is, not where it stands: the plan's year, the
  kind, the title's series key (`magplan.normalize.series`: letter case,
  quotes and edition numerals aside), an ordinal among items of the same key,
  and the occurrence's ordinal.  The same plan read again (or its PDF, or its
  edited workbook) gives the same UIDs, so importing it again updates the
  events instead of duplicating them; a moved date keeps its UID.
* ``DTSTAMP``: when the file was made; ``SOURCE_DATE_EPOCH`` (the
  reproducible-builds convention) fixes it, so one plan gives one file.
* ``X-WR-CALNAME``: the plan's title.
"""

from __future__ import annotations

import calendar as month_calendar
import datetime as dt
import hashlib
import os
from collections.abc import Sequence
from typing import Any

from icalendar import Calendar, Event

from magplan.model import Item, Plan
from magplan.normalize.series import series_key
from magplan.write.labels import KIND_LABELS, age_phrase

PRODID = "-//magplan//План мероприятий МАГ//RU"
DEFAULT_NAME = "План мероприятий МАГ"
_CITY_KINDS = ("anniversary", "city_day")
_FREE_PRECISIONS = ("month", "quarter", "half_year", "year")

Occurrence = tuple[dt.date | None, dt.date | None]


def occurrences(item: Item) -> list[Occurrence]:
    """The item's calendar periods; an item dated without them (a JSON of an older magplan) has its one span."""
    if item.occurrences:
        return list(item.occurrences)
    if item.date_start or item.date_end:
        return [(item.date_start, item.date_end)]
    return []


def _stamp() -> dt.datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return dt.datetime.now(tz=dt.UTC).replace(microsecond=0)


def summary(item: Item, deadline: bool = False) -> str:
    text = item.title.replace("\n", " ")
    if item.kind in _CITY_KINDS:
        text = f"{KIND_LABELS[item.kind]}: {text}"
        if item.age_years is not None:
            text += f" ({age_phrase(item.age_years)})"
    if item.approximate:
        text += " (ориентировочно)"
    if deadline:
        text += " (крайний срок)"
    return text


def description(item: Item) -> str:
    lines = []
    if item.date_text:
        lines.append(f"Срок: {item.date_text}")
    if item.members:
        lines.append("Участники: " + ", ".join(item.members))
    if item.note:
        lines.append(item.note)
    if item.organizers and not (item.note and all(name in item.note for name in item.organizers)):
        lines.append("Организаторы: " + ", ".join(item.organizers))
    if item.responsible:
        lines.append(f"Ответственные: {item.responsible}")
    if item.section:
        lines.append(f"Раздел: {item.section}")
    return "\n".join(lines)


def item_keys(plan: Plan) -> list[str]:
    """Each item's identity within its plan: year, kind, series key, and an ordinal among equals."""
    seen: dict[str, int] = {}
    keys = []
    for item in plan.records:
        base = f"{plan.document.year or ''}|{item.kind}|{series_key(item.title)}"
        seen[base] = seen.get(base, 0) + 1
        keys.append(f"{base}|{seen[base]}")
    return keys


def uid(key: str, occurrence: int) -> str:
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
    return f"{digest}-{occurrence}@magplan"


def _is_whole_months(start: dt.date, end: dt.date) -> bool:
    return start.day == 1 and end.day == month_calendar.monthrange(end.year, end.month)[1]


def events(plan: Plan, stamp: dt.datetime, taken: set[str] | None = None) -> list[Event]:
    """The plan's events; `taken` holds UIDs already used in the calendar (an archive of plans)."""
    taken = set() if taken is None else taken
    out = []
    for item, key in zip(plan.records, item_keys(plan), strict=True):
        for index, (start, end) in enumerate(occurrences(item), start=1):
            deadline = start is None
            first = end if start is None else start
            last = end or start
            assert first is not None and last is not None
            event = Event()
            event_uid = uid(key, index)
            if event_uid in taken:  # the same item in two plans of one archive
                event_uid = uid(f"{key}|{plan.document.source}", index)
            taken.add(event_uid)
            event.add("uid", event_uid)
            event.add("dtstamp", stamp)
            event.add("dtstart", first)
            event.add("dtend", last + dt.timedelta(days=1))
            event.add("summary", summary(item, deadline))
            if item.place:
                event.add("location", item.place.replace("\n", " "))
            text = description(item)
            if text:
                event.add("description", text)
            event.add("categories", [KIND_LABELS[item.kind]])
            free = deadline or (item.date_precision in _FREE_PRECISIONS and _is_whole_months(first, last))
            event.add("transp", "TRANSPARENT" if free else "OPAQUE")
            event.add("x-microsoft-cdo-busystatus", "FREE" if free else "BUSY")
            event.add("x-microsoft-cdo-alldayevent", "TRUE")
            out.append(event)
    return out


def new_calendar(name: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    return cal


def render(plan: Plan, **options: Any) -> bytes:
    """The plan's calendar; `options` (such as the CSV dialect) do not apply to it."""
    cal = new_calendar(plan.document.title or DEFAULT_NAME)
    for event in events(plan, _stamp()):
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data


def render_many(plans: Sequence[Plan], name: str = "Планы мероприятий МАГ") -> bytes:
    """One calendar with the events of every plan (a batch archive)."""
    cal = new_calendar(name)
    stamp, taken = _stamp(), set[str]()
    for plan in plans:
        for event in events(plan, stamp, taken):
            cal.add_component(event)
    data: bytes = cal.to_ical()
    return data
