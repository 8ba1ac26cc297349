"""An item typed or edited by hand (a spreadsheet row): the derived fields recomputed.

A plan's fields are of two sorts.  **Printed** fields are what the official
document shows: kind (by its section), section, number, title, members,
place, date wording (`date_text`), note, responsible, age, and whether the
date is approximate (a footnote).  **Derived** fields follow from them by
SCHEMA.md's rules: the period (`date_start`, `date_end`, `date_precision`,
`occurrences`) and `recurrence` from the wording in the plan's year,
`organizers` from the note, `edition` and `participation` from the title, and
for a city row the place from the city.

`complete` recomputes the derived fields with the same functions that read
documents, so a hand-edited row means what the same text means in a document.
When a derived cell was typed and disagrees:

* the wording is empty → the typed period becomes the wording
  (`magplan.normalize.wording`: «5 июля», «август-сентябрь»), or the typed
  recurrence its Russian name, so that the official document prints it;
* the wording is recognised → the wording wins (it is what the document
  prints), and a ``date_conflict`` warning names the typed dates it replaced;
* the wording is not recognised → the typed dates are kept (nothing is lost)
  with an ``unparsed_date`` warning;
* organizers typed where the note names none → the note gets an
  «Организатор(ы): …» line; where the note names others → the note wins, with
  an ``organizers_conflict`` warning;
* edition, participation and a city's place follow the title silently: a
  stale cell after a retitled row is the normal case, not a conflict.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from magplan.model import Item, Precision, Recurrence
from magplan.normalize import numbers
from magplan.normalize.dates import parse_period
from magplan.normalize.organizers import organizers as organizers_of
from magplan.normalize.wording import period_wording
from magplan.write.labels import RECURRENCE_LABELS

_CITY_KINDS = ("anniversary", "city_day")
# Warnings of the reading that `complete` makes again from the fields as they now stand.
REDERIVED_WARNINGS = ("unparsed_date",)


@dataclass(slots=True)
class Typed:
    """What was typed in the derived columns (None where the cell is empty)."""

    date_start: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: Precision | None = None
    recurrence: Recurrence | None = None
    organizers: list[str] | None = None
    approximate: bool | None = None


def _show(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "—"


def complete(item: Item, typed: Typed, year: int | None) -> list[tuple[str, str]]:
    """Set `item`'s derived fields from its printed ones; the warnings as (code, message)."""
    warnings: list[tuple[str, str]] = []
    if not item.date_text:
        if typed.date_start or typed.date_end:
            item.date_text = period_wording(typed.date_start, typed.date_end, year)
        elif typed.recurrence:
            item.date_text = RECURRENCE_LABELS[typed.recurrence]
    span = parse_period(item.date_text, year)
    typed_dates = typed.date_start is not None or typed.date_end is not None
    # A wording read as naming no period and no recurrence («по согласованию», «еженедельно»)
    # does not overrule the dates typed beside it.
    names_nothing = not span.occurrences and span.recurrence is None
    if item.date_text and span.recognized and not (names_nothing and typed_dates):
        item.date_start, item.date_end = span.start, span.end
        item.date_precision, item.recurrence = span.precision, span.recurrence
        item.occurrences = list(span.occurrences)
        if typed_dates and (typed.date_start, typed.date_end) != (span.start, span.end):
            warnings.append(
                (
                    "date_conflict",
                    f"the dates typed ({_show(typed.date_start)} – {_show(typed.date_end)}) disagree with the wording "
                    f"{item.date_text!r}; the wording's dates were kept (edit the wording to move the date)",
                )
            )
    else:
        if item.date_text:
            kept = "the dates typed were kept" if typed_dates else "dates left null"
            reading = "names no period" if span.recognized else "not understood"
            warnings.append(("unparsed_date", f"date wording {item.date_text!r} {reading}; {kept}"))
        # What cannot be read from the wording is kept as typed, never dropped.
        item.date_start, item.date_end = typed.date_start, typed.date_end
        item.date_precision = typed.date_precision or ("day" if typed_dates else None)
        item.recurrence = typed.recurrence
        item.occurrences = [(typed.date_start, typed.date_end)] if typed.date_end else []
    item.approximate = bool(typed.approximate) or span.approximate

    if item.kind in _CITY_KINDS:
        item.place = item.title or item.place
        item.organizers, item.edition, item.participation = [], None, False
        return warnings
    item.organizers = organizers_of(item.note)
    if typed.organizers is not None and typed.organizers != item.organizers:
        if not item.organizers:
            head = "Организатор" if len(typed.organizers) == 1 else "Организаторы"
            line = f"{head}: {', '.join(typed.organizers)}"
            item.note = f"{item.note}\n{line}" if item.note else line
            item.organizers = organizers_of(item.note)
        else:
            warnings.append(
                (
                    "organizers_conflict",
                    f"the organizers typed ({'; '.join(typed.organizers)}) disagree with the note; "
                    f"the note's ({'; '.join(item.organizers)}) were kept",
                )
            )
    item.edition = numbers.edition(item.title)
    item.participation = item.title.lower().startswith("участие")
    return warnings
