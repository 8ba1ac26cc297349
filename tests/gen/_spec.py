"""A generated plan as data, and the contract JSON that data means.

Everything a renderer prints comes from a `PlanSpec`; `expected_json` computes
the JSON of SCHEMA.md from the same `PlanSpec`, never by reading a rendered
file.  Renderers (DOCX, HTML, and through them PDF or scans) only decide how
the printed text is laid out; `logical_rows` is the plan table as rows and
cells independent of the format, so every renderer prints the same grid.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["event", "information", "anniversary", "city_day"]
Role = Literal["number", "title", "place_date", "date_place", "place", "date", "responsible", "note", "extra"]
CITY_KINDS = ("anniversary", "city_day")


@dataclass(frozen=True)
class Wording:
    """A date cell's wording and what it means (SCHEMA rule 11)."""

    text: str | None
    occurrences: tuple[tuple[dt.date | None, dt.date], ...] = ()
    precision: str | None = None
    recurrence: str | None = None
    approximate: bool = False

    @property
    def start(self) -> dt.date | None:
        starts = [s for s, _ in self.occurrences]
        return None if not starts or None in starts else min(s for s in starts if s is not None)

    @property
    def end(self) -> dt.date | None:
        return max((e for _, e in self.occurrences), default=None)


@dataclass(frozen=True)
class Column:
    role: Role
    header: str
    # Two-level headers: the spanning upper cell this column stands under, if any.
    group: str | None = None


@dataclass
class ItemSpec:
    number: int | None
    title_lines: list[str]
    kind: Kind = "event"
    number_text: str = ""
    members: list[str] = field(default_factory=list)
    # Members printed in a row of their own under the item (merged or empty № cell).
    members_in_continuation: bool = False
    title_colon: bool = False  # «…собраниях:» before the members; dropped in `title`
    place: str | None = None
    date: Wording = field(default_factory=lambda: Wording(None))
    note_lines: list[str] = field(default_factory=list)
    organizers: list[str] = field(default_factory=list)
    responsible: str | None = None
    extras: dict[str, str] = field(default_factory=dict)  # extra column header → text
    edition: int | None = None
    age_years: int | None = None
    age_text: str = ""
    marker: str = ""  # footnote marker printed after the title
    marker_approximate: bool = False  # the footnote it points at says «ориентировочно»

    @property
    def title(self) -> str:
        return "\n".join(self.title_lines)

    @property
    def participation(self) -> bool:
        return self.title.lower().startswith("участие")


@dataclass
class SectionSpec:
    name: str  # as `section` expects it: no numbering, no marker
    kind: Kind
    printed: str  # as printed: «II. Информационная деятельность¹»
    items: list[ItemSpec] = field(default_factory=list)
    marker: str = ""  # footnote marker printed after the heading
    approximate: bool = False  # its marker points at an «ориентировочно» footnote
    # «II. | Информационная деятельность» printed in the № and title cells.
    in_number_cell: str = ""


@dataclass
class Approval:
    head: str  # «УТВЕРЖДАЮ», «УТВЕРЖДЕНО»…
    lines: list[str]  # as printed under the head word
    position: str
    name: str | None
    date_text: str | None
    number: str | None


@dataclass
class Signatory:
    position_lines: list[str]
    name: str
    tab: bool = True  # «position<TAB>name» on the last line, else the name on its own line

    @property
    def position(self) -> str:
        return " ".join(self.position_lines)


@dataclass
class Footnote:
    marker: str  # as printed in the text («¹», «*», «ⁱ»)
    text: str


@dataclass
class PlanSpec:
    year: int
    year_end: int
    title_lines: list[str]
    columns: list[Column]
    sections: list[SectionSpec]
    approval: Approval | None = None
    signatory: Signatory | None = None
    footnotes: list[Footnote] = field(default_factory=list)
    # Layout choices that renderers honour (see `Layout choices` in __init__).
    sections_as_tables: bool = False
    number_row: bool = False  # GOST «1 2 3 4» row under the header
    split_after: list[int] = field(default_factory=list)  # item indexes after which the table breaks
    merged_responsible: bool = False  # equal responsible cells of consecutive rows merged vertically
    merged_dates: bool = False  # equal cells of a «date» column of consecutive rows merged vertically
    title_in_table: bool = False  # the heading printed as the first row of the plan table
    sections_in_title_cell: bool = False  # a section row fills only the event cell, the others empty
    city_tables: bool = False  # city sections as tables of their own: «№ | Город | Лет | Дата»
    blank_after: list[int] = field(default_factory=list)  # item indexes followed by an empty row
    options: dict[str, Any] = field(default_factory=dict)

    @property
    def items(self) -> list[tuple[SectionSpec, ItemSpec]]:
        return [(section, item) for section in self.sections for item in section.items]

    @property
    def width(self) -> int:
        return len(self.columns)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def item_json(section: SectionSpec, item: ItemSpec) -> dict[str, Any]:
    """One item of the contract, from the data it was printed from."""
    city = section.kind in CITY_KINDS
    wording = item.date
    notes = [*item.note_lines, *(f"{header}: {text}" for header, text in item.extras.items() if text)]
    return {
        "kind": section.kind,
        "section": section.name,
        "number": item.number,
        "title": item.title,
        "members": [] if city else list(item.members),
        "place": item.title if city else item.place,
        "date_text": wording.text,
        "date_start": _iso(wording.start),
        "date_end": _iso(wording.end),
        "date_precision": wording.precision,
        "occurrences": [[_iso(s), _iso(e)] for s, e in wording.occurrences],
        "recurrence": wording.recurrence,
        "approximate": wording.approximate or section.approximate or item.marker_approximate,
        "participation": False if city else item.participation,
        "organizers": [] if city else list(item.organizers),
        "note": None if city or not notes else "\n".join(notes),
        "responsible": item.responsible,
        "age_years": item.age_years if city else None,
        "edition": None if city else item.edition,
        "page": None,
    }


def expected_json(spec: PlanSpec, source: str, fmt: str) -> dict[str, Any]:
    """The full JSON of SCHEMA.md for `spec` printed as `source` (warnings empty)."""
    approval = spec.approval
    signatory = spec.signatory
    return {
        "schema": "magplan/1",
        "document": {
            "source": source,
            "format": fmt,
            "title": " ".join(spec.title_lines),
            "year": spec.year,
            "year_end": spec.year_end,
            "signatory": {"position": signatory.position, "name": signatory.name} if signatory else None,
            "approval": (
                {
                    "position": approval.position,
                    "name": approval.name,
                    "date_text": approval.date_text,
                    "number": approval.number,
                }
                if approval
                else None
            ),
            "footnotes": list(dict.fromkeys(note.text for note in spec.footnotes)),
        },
        "items": [item_json(section, item) for section, item in spec.items],
        "warnings": [],
    }


def column_widths(roles: list[str], total: int) -> list[int]:
    """The plan table's column widths in twips, `total` in all, as people size them: a narrow «№»
    column, a wide title column, the rest sharing what is left.  By the columns' roles: a plan
    without a «№» column has its title first, and a title column given the «№» column's width
    would print three letters a line."""
    fixed = {"number": 700, "title": int(total * 0.42)}
    rest = sum(role not in fixed for role in roles)
    share = (total - sum(fixed[r] for r in roles if r in fixed)) // max(rest, 1)
    return [fixed.get(role, share) for role in roles]


# -- the plan table as format-independent rows ----------------------------------


@dataclass
class CellOut:
    """A printed cell: paragraphs (bulleted ones start with the bullet text), spans."""

    paragraphs: list[str]
    colspan: int = 1
    merged_up: bool = False  # covered by a vertical merge from the row above
    merge_start: bool = False  # the first cell of a vertical merge
    bullets: list[str] = field(default_factory=list)  # list items printed as a list (no glyph)
    bold: bool = False

    @property
    def text(self) -> str:
        return "\n".join([*self.paragraphs, *(f"• {b}" for b in self.bullets)])


RowKind = Literal["title", "header", "subheader", "number_row", "section", "item", "continuation", "blank"]


@dataclass
class RowOut:
    kind: RowKind
    cells: list[CellOut]
    table_break_before: bool = False  # a new table starts here (split or section table)
    heading_before: str | None = None  # a paragraph printed above that new table


def header_rows(spec: PlanSpec) -> list[RowOut]:
    columns = spec.columns
    if not any(c.group for c in columns):
        return [RowOut("header", [CellOut([c.header], bold=True) for c in columns])]
    top: list[CellOut] = []
    bottom: list[CellOut] = []
    index = 0
    while index < len(columns):
        column = columns[index]
        if column.group is None:
            top.append(CellOut([column.header], bold=True, merge_start=True))
            bottom.append(CellOut([], merged_up=True))
            index += 1
            continue
        span = 1
        while index + span < len(columns) and columns[index + span].group == column.group:
            span += 1
        top.append(CellOut([column.group], colspan=span, bold=True))
        bottom.extend(CellOut([c.header], bold=True) for c in columns[index : index + span])
        index += span
    return [RowOut("header", top), RowOut("subheader", bottom)]


def _age_and_date_cells(spec: PlanSpec, item: ItemSpec) -> list[CellOut]:
    """A city row (rule 1): the age under the place column, the date under the
    date column, else under the note or the column after the age."""
    roles = [c.role for c in spec.columns]
    age_at = next(i for i, role in enumerate(roles) if role in ("place_date", "place"))
    date_at = next((roles.index(r) for r in ("date", "note") if r in roles), age_at + 1)
    cells: list[CellOut] = []
    for i, role in enumerate(roles):
        if role == "number":
            cells.append(CellOut([item.number_text] if item.number_text else []))
        elif role == "title":
            cells.append(CellOut([item.title]))
        elif i == age_at:
            cells.append(CellOut([item.age_text]))
        elif i == date_at and item.date.text:
            cells.append(CellOut([item.date.text]))
        else:
            cells.append(CellOut([]))
    return cells


def _cell_for(column: Column, item: ItemSpec, with_members: bool) -> CellOut:
    role = column.role
    date = item.date.text
    if role == "number":
        return CellOut([item.number_text] if item.number_text else [])
    if role == "title":
        lines = list(item.title_lines)
        if item.marker:
            lines[-1] += item.marker
        if item.title_colon and item.members:
            lines[-1] += ":"
        return CellOut(lines, bullets=list(item.members) if with_members else [])
    if role == "place_date":
        if item.place and date:
            return CellOut([item.place, date])
        return CellOut([t for t in (item.place, date) if t])
    if role == "date_place":
        return CellOut([t for t in (date, item.place) if t])
    if role == "place":
        return CellOut([item.place] if item.place else [])
    if role == "date":
        return CellOut([date] if date else [])
    if role == "responsible":
        return CellOut([item.responsible] if item.responsible else [])
    if role == "note":
        return CellOut(list(item.note_lines))
    text = item.extras.get(column.header, "")
    return CellOut([text] if text else [])


def logical_rows(spec: PlanSpec) -> list[RowOut]:
    """The plan table(s) as printed, row by row, in the order a reader meets them."""
    width = spec.width
    roles = [c.role for c in spec.columns]
    out: list[RowOut] = header_rows(spec)
    if spec.title_in_table:
        # The plan's heading printed as the table's first row, across every column.
        out.insert(0, RowOut("title", [CellOut(list(spec.title_lines), colspan=width, bold=True)]))
    if spec.number_row:
        out.append(RowOut("number_row", [CellOut([str(i + 1)]) for i in range(width)]))
    # A section table or a split opens at the next row; its heading paragraph (or "") waits here.
    pending: str | None = None
    # Per merged role: the text of the merge the next row may join (None: none open).
    merging = [
        r for r, on in (("responsible", spec.merged_responsible), ("date", spec.merged_dates)) if on and r in roles
    ]
    previous: dict[str, str | None] = {}
    item_index = -1
    for section_index, section in enumerate(spec.sections):
        if section.kind in CITY_KINDS and spec.city_tables and section_index > 0:
            # A table of its own under its heading, with its own header row.
            labels = ["№", "Город", "Возраст" if section.kind == "anniversary" else "Лет", "Дата"]
            head = RowOut("header", [CellOut([label], bold=True) for label in labels])
            head.table_break_before, head.heading_before = True, section.printed
            out.append(head)
            pending = None
        elif spec.sections_as_tables:
            # The first table keeps the header; later ones start without one.
            if section_index == 0:
                out[0].heading_before = section.printed or None
            else:
                pending = section.printed
        elif section.printed and section.in_number_cell:
            cells = [CellOut([]) for _ in range(width)]
            cells[roles.index("number")] = CellOut([section.in_number_cell])
            cells[roles.index("title")] = CellOut([section.printed], bold=True)
            out.append(RowOut("section", cells))
        elif section.printed and spec.sections_in_title_cell:
            cells = [CellOut([]) for _ in range(width)]
            cells[roles.index("title")] = CellOut([section.printed], bold=True)
            out.append(RowOut("section", cells))
        elif section.printed:
            out.append(RowOut("section", [CellOut([section.printed], colspan=width, bold=True)]))
        previous = {}
        for item in section.items:
            item_index += 1
            split_members = item.members_in_continuation and bool(item.members)
            if section.kind in CITY_KINDS and spec.city_tables and section_index > 0:
                cells = [CellOut([item.number_text] if item.number_text else []), CellOut([item.title]),
                         CellOut([item.age_text]), CellOut([item.date.text] if item.date.text else [])]  # fmt: skip
            elif section.kind in CITY_KINDS:
                cells = _age_and_date_cells(spec, item)
            else:
                cells = [_cell_for(column, item, with_members=not split_members) for column in spec.columns]
            if pending is not None:
                previous = {}  # a vertical merge does not cross into another table
            for role in merging if section.kind not in CITY_KINDS else ():
                index = roles.index(role)
                value = item.responsible if role == "responsible" else item.date.text
                if value and value == previous.get(role):
                    cells[index] = CellOut([], merged_up=True)
                elif value:
                    cells[index].merge_start = True
                previous[role] = value
            row = RowOut("item", cells)
            if pending is not None:
                row.table_break_before, row.heading_before = True, pending or None
                pending = None
            out.append(row)
            if split_members:
                more = [CellOut([]) for _ in spec.columns]
                for i, role in enumerate(roles):
                    if role == "title":
                        more[i] = CellOut([], bullets=list(item.members))
                    elif role in ("number", "responsible") or cells[i].paragraphs or cells[i].merged_up:
                        # The item's other cells stand merged over the continuation row.
                        more[i] = CellOut([], merged_up=True)
                        if not cells[i].merged_up:
                            cells[i].merge_start = True
                out.append(RowOut("continuation", more))
            if item_index in spec.blank_after:
                out.append(RowOut("blank", [CellOut([]) for _ in spec.columns]))
                previous = {}  # a merge does not run across the empty row
            if item_index in spec.split_after:
                pending = ""
    return out


def mark_footnotes(
    rng: random.Random,
    spec: PlanSpec,
    candidates: list[SectionSpec | ItemSpec],
    glyph_sets: tuple[tuple[str, ...], ...],
    notes: tuple[tuple[str, ...], tuple[str, ...]],
    approximate_share: float,
) -> None:
    """Markers after one or two of `candidates` (headings or item titles), numbered in the order
    they are printed, and their footnotes: `notes` = (texts saying «ориентировочно», other texts)."""
    glyphs = rng.choice(glyph_sets)
    chosen = rng.sample(candidates, min(len(candidates), rng.randint(1, 2)))
    order = [t for s in spec.sections for t in (s, *s.items) if any(t is c for c in chosen)]
    for index, target in enumerate(order):
        approximate = rng.random() < approximate_share
        text = rng.choice(notes[0] if approximate else notes[1])
        marker = glyphs[index]
        if isinstance(target, SectionSpec):
            target.printed += marker
            target.marker, target.approximate = marker, approximate
        else:
            target.marker, target.marker_approximate = marker, approximate
        spec.footnotes.append(Footnote(marker, text))
