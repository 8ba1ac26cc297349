"""Raw rows of a plan → items of the contract (SCHEMA.md's field rules)."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from magplan.assemble import RawItem, RawPlan
from magplan.model import DocumentInfo, Item, Kind, Plan, PlanWarning
from magplan.normalize import numbers
from magplan.normalize.dates import looks_like_period, parse_period
from magplan.normalize.members import split_members
from magplan.normalize.organizers import column_organizers, opens_organizers, organizers
from magplan.normalize.place import split_place_date
from magplan.normalize.sections import kind_of, section_name
from magplan.requisites import dating_year, plan_years, running_years
from magplan.text import (
    BULLET_GLYPHS,
    MARKER_CHARS,
    clean,
    has_markers,
    marker_keys,
    one_line,
    split_trailing_markers,
    strip_markers,
)

_APPROXIMATE_NOTE = re.compile(r"ориентировочн", re.IGNORECASE)
# What makes a title cell more than its title: a line break, a bullet glyph (`has_bullet`), a
# footnote marker (`has_markers`); one search for the three (most titles hold none).
_LINES_BULLETS_OR_MARKERS = re.compile(f"[\n{re.escape(BULLET_GLYPHS + MARKER_CHARS)}]")
# A row's number and its event's name in the number's cell, the name's own cell empty: one cell
# over both (a scan whose border between them was taken for a letter's stroke, a row merged so in
# the document): «3 Общественные слушания …».
_NUMBER_THEN_NAME = re.compile(r"(\d{1,3}\.?)\s+([А-ЯЁA-Z«\"].*)", re.DOTALL)
_CITY_KINDS = ("anniversary", "city_day")
# The longest city names are three words («Нижний Новгород», «Набережные Челны», «Сергиев Посад»).
_CITY_NAME_WORDS = 3


class _Footnotes:
    """Which footnote a marker points at, and whether it makes dates approximate."""

    def __init__(self, notes: list[tuple[str, str]], rows: list[RawItem]) -> None:
        self.texts: dict[str, str] = {}
        for key, text in notes:
            self.texts.setdefault(key, text)
        # Each footnote once, in printed order: two markers may point at one text.
        self.ordered = list(dict.fromkeys(text for _, text in notes))
        self._rows = rows

    def texts_for(self, marker: str) -> list[str]:
        """The footnotes a marker points at: one, or each of a run's («¹²» with no footnote 12
        but footnotes 1 and 2); [] when it points at none."""
        if not marker:
            return []
        found = self._printed(marker)
        if found:
            return found
        # One footnote, one marker style that differs («¹» vs «ⁱ»): they match.
        if len(set(self.texts.values())) == 1:
            return [next(iter(self.texts.values()))]
        star = self.star_note(marker)
        if star is not None:
            return [star]
        stray = self.stray_note(marker)
        return [stray] if stray is not None else []

    def guessed(self, marker: str) -> str | None:
        """Why a marker that matches no footnote as printed was given one, or None."""
        if self._printed(marker):
            return None
        if (star := self.star_note(marker)) is not None:
            return f"footnote marker {marker!r} matches no footnote; read with «*» for «¹»: {star}"
        if (stray := self.stray_note(marker)) is not None:
            return (
                f"footnote marker {marker!r} matches no footnote; "
                f"taken as the one footnote no marker points at: {stray}"
            )
        return None

    def star_note(self, marker: str) -> str | None:
        """The footnote a marker points at when every «¹» of the plan's markers and footnotes is
        read as «*» — a scan reads a raised asterisk as «¹» («¹*» for «**») — where that reading,
        and not the printed one, gives every marker of the plan its footnote."""
        if self._star_reading is None or self._printed(marker):
            return None
        return self._star_reading.get(_as_stars(marker_keys(marker)[0]))

    @functools.cached_property
    def _markers(self) -> set[str]:
        """Every marker the plan's rows print (`_markers_in`), looked for once."""
        return {marker for row in self._rows for marker in _markers_in(row)}

    @functools.cached_property
    def _pointed(self) -> set[str]:
        """The footnote keys those markers point at as printed."""
        return {key for m in self._markers for key in marker_keys(m)}

    @functools.cached_property
    def _star_reading(self) -> dict[str, str] | None:
        if not any("*" in key for key in self.texts):
            return None
        stars: dict[str, str] = {}
        for key, text in self.texts.items():
            if stars.setdefault(_as_stars(key), text) != text:
                return None  # a footnote «¹» beside a footnote «*»: both printed so
        if all(self._printed(m) for m in self._markers) or all(key in self._pointed for key in self.texts):
            return None  # every footnote has its marker as printed: a stray «¹» is no misread «*»
        if not all(_as_stars(marker_keys(m)[0]) in stars for m in self._markers):
            return None
        return stars

    def _printed(self, marker: str) -> list[str]:
        key, *parts = marker_keys(marker)
        if key in self.texts:
            return [self.texts[key]]
        if parts and all(part in self.texts for part in parts):
            return [self.texts[part] for part in parts]
        return []

    def stray_note(self, marker: str) -> str | None:
        """The footnote a marker that points at none is taken for: where the plan has one such
        marker and one footnote no marker points at (a scan reads a raised «*» as «¹»), each is
        the other's.  None where that does not hold."""
        if self._stray_pair is None or marker_keys(marker)[0] != self._stray_pair[0]:
            return None
        return self.texts[self._stray_pair[1]]

    @functools.cached_property
    def _stray_pair(self) -> tuple[str, str] | None:
        unread = {marker_keys(m)[0] for m in self._markers if not self._printed(m)}
        unpointed = [key for key in self.texts if key not in self._pointed]
        if len(unread) != 1 or len(unpointed) != 1:
            return None
        return next(iter(unread)), unpointed[0]

    def approximate(self, marker: str) -> bool:
        return any(_APPROXIMATE_NOTE.search(text) for text in self.texts_for(marker))


def _as_stars(key: str) -> str:
    """A marker's key with its «1»s read as «*» («1*» → «**»), where it holds nothing else."""
    return key.replace("1", "*") if key and set(key) <= {"1", "*"} else key


def _markers_in(row: RawItem) -> list[str]:
    """Every footnote marker a row and its heading print: at a line's end (before the «:» that
    introduces members) or after a word inside the line («май¹ (по согласованию)»)."""
    found = [split_trailing_markers(row.section)[1]]
    for text in [*row.cells.values(), *(text for _, text in row.extras)]:
        if has_markers(text):
            for line in text.split("\n"):
                found.append(split_trailing_markers(line.rstrip(" :"))[1])
                found.extend(_INNER_MARKER.findall(line))
    return [marker for marker in found if marker]


def build_plan(raw: RawPlan, source: str, fmt: str) -> Plan:
    """Apply the language rules to every raw row; collect what stays uncertain."""
    title = one_line(" ".join(raw.title_lines)) or None
    year, year_end = plan_years(title or "")
    warnings = [PlanWarning(w.code, w.message) for w in raw.warnings]
    if year is None:
        year, year_end = running_years(raw.running_lines)
        if year is not None:
            warnings.append(PlanWarning("running_year", f"the plan's title names no year: {year} from the page header"))
    if year is None:
        warnings.append(PlanWarning("no_year", "the plan's year was not found in its title; dates left null"))
    footnotes = _Footnotes(raw.footnotes, raw.items)
    document = DocumentInfo(
        source=source,
        format=fmt,
        title=title,
        year=year,
        year_end=year_end,
        signatory=raw.signatory,
        approval=raw.approval,
        footnotes=footnotes.ordered,
    )
    dates_in = dating_year(year, year_end)
    items: list[Item] = []
    # Hundreds of rows share a few section headings: each is read once per plan.
    headings: dict[str, _Heading] = {}
    for raw_item in raw.items:
        item, item_warnings = build_item(raw_item, dates_in, footnotes, headings)
        if item_warnings:
            index = len(items)
            warnings.extend(PlanWarning(code, message, index) for code, message in item_warnings)
        items.append(item)
    return Plan(document, items, warnings)


class _Heading(NamedTuple):
    """What a row takes from its section heading."""

    marker: str  # the heading's footnote marker, or ""
    kind: Kind
    section: str  # the name as printed, without numbering and markers


def _heading(section: str) -> _Heading:
    heading, marker = split_trailing_markers(section)
    return _Heading(marker, kind_of(heading), section_name(strip_markers(heading)))


def build_item(
    raw: RawItem, year: int | None, footnotes: _Footnotes, headings: dict[str, _Heading] | None = None
) -> tuple[Item, list[tuple[str, str]]]:
    warnings: list[tuple[str, str]] = []
    if headings is None:
        headings = {}
    parts = headings.get(raw.section)
    if parts is None:
        parts = headings[raw.section] = _heading(raw.section)
    heading_marker, kind = parts.marker, parts.kind
    cells = raw.cells
    number_text = cells.get("number", "")
    title_cell = cells.get("title", "")
    if not title_cell.strip() and (glued := _NUMBER_THEN_NAME.fullmatch(number_text.strip())) is not None:
        number_text, title_cell = glued.groups()
    number = numbers.row_number(number_text)
    if number is None and number_text.strip():
        warnings.append(("unparsed_number", f"row number {number_text!r} is not a number"))

    row_markers: list[str] = []
    members: list[str]
    if _LINES_BULLETS_OR_MARKERS.search(title_cell) is None:
        # One line without bullets or footnote markers (most titles): what the steps below
        # would make of it, without them.
        title, members = title_cell.strip(), []
    else:
        title_cell, title_marker = split_trailing_markers(title_cell)
        title, members = split_members(title_cell)
        title, inner_marker = split_trailing_markers(title)
        if title_marker:
            row_markers.append(title_marker)
        if inner_marker:
            row_markers.append(inner_marker)
        title = strip_markers(title)

    # Positional: keywords make Python build a dict for every call of a class (600 rows a plan).
    item = Item(kind, parts.section, number, title)
    city_cells = _city_row_cells(raw) if kind in _CITY_KINDS else None
    if city_cells is not None and _city_shaped(title, city_cells):
        _city_row(item, raw, row_markers, city_cells)
    else:
        item.members = members
        _event_row(item, raw, row_markers)

    span = parse_period(item.date_text, year)
    if item.date_text and not span.recognized:
        if year is None and parse_period(item.date_text, 2000).recognized:
            warnings.append(
                ("date_without_year", f"date {item.date_text!r} names no year of this plan; dates left null")
            )
        else:
            warnings.append(("unparsed_date", f"date wording {item.date_text!r} not understood; dates left null"))
    item.date_start, item.date_end = span.start, span.end
    item.occurrences = list(span.occurrences)
    item.date_precision, item.recurrence = span.precision, span.recurrence
    markers = [heading_marker, *row_markers] if heading_marker else row_markers
    item.approximate = span.approximate or (bool(markers) and any(footnotes.approximate(m) for m in markers))
    for marker in markers:
        if not footnotes.texts_for(marker):
            warnings.append(("unknown_footnote", f"footnote marker {marker!r} has no footnote text"))
        elif (guess := footnotes.guessed(marker)) is not None:
            warnings.append(("footnote_guessed", guess))
    item.page = raw.page
    return item, warnings


# A footnote marker after a word inside a date cell, words following it: «май¹ (по согласованию)».
_INNER_MARKER = re.compile(rf"(?<=[^\s\d*])([{re.escape(MARKER_CHARS.replace('*', ''))}]+|\*+)(?=\s)")


def _date_cell(text: str, markers: list[str]) -> str | None:
    text, marker = split_trailing_markers(clean(text))
    if marker:
        markers.append(marker)
    if has_markers(text):
        markers.extend(_INNER_MARKER.findall(text))
        text = _INNER_MARKER.sub("", text)
    return text or None


# Plans repeat a «Место, дата» cell («Москва / февраль») from row to row: each is read once.
@functools.lru_cache(maxsize=4096)
def _place_and_date(cell: str) -> tuple[str | None, str | None, tuple[str, ...]]:
    """A «Место, дата» cell → (the place on one line, the date wording, the footnote markers
    the date carries, in printed order)."""
    markers: list[str] = []
    # A footnote marker after the date («III кв.¹») is not part of the wording to read.
    place_date, marker = split_trailing_markers(cell)
    if marker:
        markers.append(marker)
    place, date_text = split_place_date(place_date)
    date = _date_cell(date_text or "", markers)
    return (place.replace("\n", " ") if place else None), date, tuple(markers)


def _period(start: str, end: str) -> str:
    """A date column, or the two columns of a period's start and end («10.02.2026» |
    «12.02.2026») read as one wording; an end equal to the start adds nothing."""
    start, end = start.strip(), end.strip()
    if not end or end == start:
        return start
    return f"{start} – {end}" if start else end


def _event_row(item: Item, raw: RawItem, markers: list[str]) -> None:
    cells = raw.cells
    unread: list[str] = []  # a cell of the row that no field took: kept in the note
    note = cells.get("note", "")
    if "place_date" in cells:
        item.place, item.date_text, found = _place_and_date(cells["place_date"])
        # A place or a date column beside the combined one is never dropped: where the combined
        # cell says no date (a browser's print of «Место и сроки» over «Место | Срок», its
        # sub-header read into the upper row) the two are read as the one cell a reader sees;
        # where it does, the column beside says more of it, kept in the note («Время»: the hour).
        place_cell, date_cell = cells.get("place", ""), _period(cells.get("date", ""), cells.get("date_end", ""))
        beside = [text for text in (place_cell, date_cell) if text.strip()]
        if item.date_text is None and beside:
            parts = [text for text in (place_cell, cells["place_date"], date_cell) if text.strip()]
            item.place, item.date_text, found = _place_and_date("\n".join(parts))
        else:
            unread = [clean(text) for text in beside]
        markers.extend(found)
    else:
        place = clean(cells.get("place", "")) or None
        item.place = place.replace("\n", " ") if place else None
        item.date_text = _date_cell(_period(cells.get("date", ""), cells.get("date_end", "")), markers)
        if item.date_text is None and item.place and looks_like_period(item.place):
            # A date wording alone under the place's heading, no date beside it: the row's date
            # (a table of three columns set on the four above put it there).
            item.place, item.date_text = None, _date_cell(place or "", markers)
        elif place and not note.strip() and opens_organizers(place):
            # «Организаторы: …» under the place's heading, the note empty: the row's note (a row
            # printed as a table of its own widths set it under the header's place cell).
            note, item.place = place, None
    note_parts = [note] if note else []
    note_parts += unread
    if raw.extras:
        note_parts += [f"{header}: {text}" for header, text in raw.extras]
    item.note = "\n".join(note_parts) or None
    item.organizers = organizers(note) or _column_organizers(raw.extras) or organizers(item.note)
    item.responsible = cells.get("responsible") or None
    # The first seven letters in lower case, not the whole title (no letter lowers to two
    # characters that could make «участие»).
    item.participation = item.title[:7].lower() == "участие"
    item.edition = numbers.edition(item.title)


def _column_organizers(extras: list[tuple[str, str]]) -> list[str]:
    """The organizers of a column headed «Организаторы», where the table has one."""
    for header, text in extras:
        names = column_organizers(header, text)
        if names is not None:
            return names
    return []


def _city_row_cells(raw: RawItem) -> list[str]:
    """The texts of a city row after its city: the age and the date, in whatever columns."""
    others = [text for role, text in raw.cells.items() if role not in ("number", "title") and text]
    return others + [text for _, text in raw.extras]


def _city_shaped(title: str, cells: list[str]) -> bool:
    """Is the row `№ | city | age | date` (rule 1)?  A row under «Юбилейные мероприятия» may be an
    ordinary event («Торжественное собрание к 30-летию …» | «Москва / май» | «Организатор: …»):
    without an age, a title longer than a city's name is read as an event's."""
    if any(numbers.age_years(text) is not None for text in cells):
        return True
    return len(_city_and_age(title)[0].split()) <= _CITY_NAME_WORDS


# «Мурманск (110 лет)», «Мурманск – 110 лет»: the city with its age in its own cell.
_CITY_WITH_AGE = re.compile(r"^(?P<city>.+?)\s*(?:\((?P<bracketed>[^()]+)\)|[,–—-]\s+(?P<after>[^,–—-]+))$")


def _city_and_age(title: str) -> tuple[str, int | None]:
    """A city row's title without the age printed after the city, and that age."""
    match = _CITY_WITH_AGE.match(title)
    if match is None:
        return title, None
    age_text = match.group("bracketed") or match.group("after")
    age = numbers.age_years(age_text)
    if age is None or numbers.without_age(age_text).strip():
        return title, None  # the brackets say more than an age («Москва (Россия)»)
    return match.group("city"), age


def _city_row(item: Item, raw: RawItem, markers: list[str], others: list[str]) -> None:
    """`№ | city | age | date`: the age and the date stand in whatever columns follow."""
    age = None
    rest: list[str] = []
    for text in others:
        if age is None:
            age = numbers.age_years(text)
            if age is not None:
                text = numbers.without_age(text)
        if text.strip():
            rest.append(text)
    if age is None:
        item.title, age = _city_and_age(item.title)
    item.age_years = age
    item.place = item.title or None
    item.date_text = _date_cell("\n".join(rest), markers)
    # The cells after the city are its age and its date, whatever their columns' heads (rule 1):
    # a date or the age set under «Ответственные» (the last column, its own empty) is no person.
    responsible = raw.cells.get("responsible") or None
    age_only = responsible is not None and not numbers.without_age(responsible).strip()
    item.responsible = None if responsible in rest or age_only else responsible
