"""Random plans: the data of a plan and the shape it is printed in.

`random_plan(rng)` draws every choice from `rng`, so a seed gives the same plan
again.  Keyword arguments fix a choice (a family that must exercise one shape
passes it); anything left None is drawn.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.gen import _words as words
from tests.gen._spec import Approval, Column, ItemSpec, Kind, PlanSpec, SectionSpec, Signatory, mark_footnotes

# Column sets of real plans: ours, other bodies' (rule 16), two-level, with columns nobody names.
COLUMN_SETS: dict[str, list[Column]] = {
    "mag": [
        Column("number", "№ п/п"),
        Column("title", "Мероприятия"),
        Column("place_date", "Место, дата"),
        Column("note", "Примечание"),
    ],
    "commission": [
        Column("number", "№ п/п"),
        Column("title", "Наименование мероприятия"),
        Column("date", "Срок исполнения"),
        Column("responsible", "Ответственные исполнители"),
    ],
    "five": [
        Column("number", "№"),
        Column("title", "Наименование мероприятия"),
        Column("place", "Место проведения"),
        Column("date", "Срок проведения"),
        Column("responsible", "Ответственные (исполнители)"),
    ],
    "date_first": [
        Column("number", "№ п/п"),
        Column("title", "Мероприятие"),
        Column("date", "Дата проведения"),
        Column("place", "Место проведения"),
        Column("note", "Примечание"),
    ],
    "two_level": [
        Column("number", "№ п/п"),
        Column("title", "Наименование мероприятия"),
        Column("place", "Место", group="Место и сроки проведения"),
        Column("date", "Срок", group="Место и сроки проведения"),
        Column("note", "Примечание"),
    ],
    "executor": [
        Column("number", "№ п/п"),
        Column("title", "Содержание мероприятия"),
        Column("date", "Срок проведения"),
        Column("responsible", "Исполнитель"),
        Column("extra", ""),
    ],
    "date_place": [
        Column("number", "№"),
        Column("title", "Наименование мероприятия"),
        Column("date_place", "Дата и место проведения"),
        Column("responsible", "Ответственные"),
    ],
    # No «№» column: items have no number, and continuation rows are told by what they hold.
    "unnumbered": [
        Column("title", "Наименование мероприятия"),
        Column("date", "Срок проведения"),
        Column("place", "Место проведения"),
        Column("responsible", "Ответственный исполнитель"),
    ],
}

EVENT_SECTIONS = (
    "Мероприятия МАГ",
    "Заседания Комиссии",
    "Организационная работа",
    "Мероприятия в городах-членах МАГ",
    "Международное сотрудничество",
    "Организационно-методическая работа",
    "Мероприятия с участием МАГ",
)
INFORMATION_SECTIONS = (
    "Информационная деятельность",
    "Информационное обеспечение деятельности Комиссии",
    "Информационно-издательская работа",
)
ANNIVERSARY_SECTIONS = ("Юбилеи городов МАГ", "Юбилейные даты городов-членов МАГ")
CITY_DAY_SECTIONS = ("Дни городов-столиц членов МАГ", "Дни городов МАГ")
BODIES = (
    "Международной Ассамблеи столиц и крупных городов (МАГ)",
    "Комиссии по культуре, туризму и молодежной политике",
    "Исполнительного комитета МАГ",
    "Совета Ассамблеи по вопросам городского хозяйства",
)
SIGNERS = (
    ("Исполнительный вице-президент,", "генеральный директор МАГ"),
    ("Председатель Комиссии",),
    ("Руководитель Исполнительного комитета",),
    ("Ответственный секретарь", "Совета Ассамблеи"),
)
NAMES = ("Ю.Н. Васюнькин", "Р.Ф. Галиева", "А.Н. Кравцов", "И.В. Петрова", "С.А. Ким", "Кравцов А.Н.")
APPROX_NOTES = ("Дни городов указаны ОРИЕНТИРОВОЧНО", "Даты проведения ориентировочные", "Сроки указаны ориентировочно")
OTHER_NOTES = (
    "По согласованию с городами-членами МАГ",
    "Программа уточняется организаторами",
    "Финансирование за счет средств организаторов",
)


@dataclass
class Shape:
    """How a plan is printed; None draws the choice."""

    columns: str | None = None
    sections: str | None = None  # "rows" | "tables" | "number_cell" | "none"
    title: str | None = None  # "plan" | "caps" | "calendar" | "work" | "measures" | "list"
    multi_year: bool | None = None
    approval: str | None = None  # "none" | "person" | "act"
    footnotes: str | None = None  # "none" | "heading" | "item"
    split: bool | None = None
    city_sections: bool | None = None
    # The shapes added after the first families (title row in the table, section rows in
    # the event cell, city tables with their own header, empty rows).  Off by default, and
    # then drawing nothing, so that a family's fixed seeds keep giving the plans they gave.
    variety: bool = False


def _pick(rng: random.Random, value: object, choices: tuple[object, ...]) -> object:
    return rng.choice(choices) if value is None else value


def family_plan(family: str, seed: int, index: int, variety: bool = False) -> tuple[random.Random, PlanSpec]:
    """A family's plan `index` of `seed`, and the random source that goes on to lay it out.

    The column sets are cycled, so that a small sample still meets each of them.
    """
    rng = random.Random(f"{family}/{seed}/{index}")
    column_sets = tuple(COLUMN_SETS)
    return rng, random_plan(rng, Shape(columns=column_sets[index % len(column_sets)], variety=variety))


def random_plan(rng: random.Random, shape: Shape | None = None) -> PlanSpec:
    shape = shape or Shape()
    year = rng.randint(2019, 2031)
    multi = bool(_pick(rng, shape.multi_year, (False, False, False, True)))
    year_end = year + rng.randint(1, 3) if multi else year
    column_set = str(_pick(rng, shape.columns, tuple(COLUMN_SETS)))
    columns = list(COLUMN_SETS[column_set])
    if column_set == "executor":
        extra = rng.choice(words.EXTRA_COLUMNS)
        columns[-1] = Column("extra", extra)
    title_style = str(_pick(rng, shape.title, ("plan", "caps", "calendar", "work", "measures", "list")))
    spec = PlanSpec(
        year=year,
        year_end=year_end,
        title_lines=_title(rng, title_style, year, year_end),
        columns=columns,
        sections=[],
    )
    layout = str(_pick(rng, shape.sections, ("rows", "rows", "tables", "number_cell", "none")))
    numbered = any(c.role == "number" for c in columns)
    if layout == "number_cell" and not numbered:
        layout = "rows"
    spec.sections_as_tables = layout == "tables"
    spec.number_row = rng.random() < 0.15
    if shape.variety:
        spec.title_in_table = layout != "tables" and rng.random() < 0.15
        spec.sections_in_title_cell = rng.random() < 0.2
        spec.city_tables = rng.random() < 0.3
    roles = {c.role for c in columns}
    spec.merged_responsible = "responsible" in roles and rng.random() < 0.4
    # City rows print their age under a place column (rule 1): only plans with one have them.
    cities = bool(_pick(rng, shape.city_sections, (True, False))) and layout != "none"
    cities = cities and bool(roles & {"place_date", "place"})
    kinds: list[Kind] = ["event"] * rng.randint(1, 3) + ["information"] * rng.randint(0, 1)
    if cities:
        kinds += rng.choice((["anniversary"], ["city_day"], ["anniversary", "city_day"]))
    restart = rng.random() < 0.4
    number_dot = rng.random() < 0.6
    number = 0
    used_names: set[str] = set()
    for index, kind in enumerate(kinds):
        name = _section_name(rng, kind, used_names)
        section = SectionSpec(name=name, kind=kind, printed=name)
        if layout == "none" and kind in ("event",) and index == 0:
            section.name = section.printed = ""
        elif layout == "none":
            continue
        elif layout == "number_cell":
            section.in_number_cell = f"{words.roman(index + 1)}."
        elif rng.random() < 0.3:
            section.printed = f"{rng.choice((words.roman(index + 1), str(index + 1)))}. {name}"
        if restart:
            number = 0
        for _ in range(rng.randint(2, 6) if kind in ("event", "information") else rng.randint(2, 4)):
            number += 1
            item = _city_item(rng, spec, kind) if kind in ("anniversary", "city_day") else _item(rng, spec, kind)
            if numbered:
                item.number = number
                item.number_text = f"{number}." if number_dot else str(number)
            section.items.append(item)
        spec.sections.append(section)
    _footnotes(rng, spec, str(_pick(rng, shape.footnotes, ("none", "none", "heading", "item"))))
    total = len(spec.items)
    if bool(_pick(rng, shape.split, (False, True))) and total > 3 and not spec.sections_as_tables:
        spec.split_after = sorted(rng.sample(range(total - 1), rng.randint(1, 2)))
    if shape.variety and rng.random() < 0.2:
        spec.blank_after = sorted(rng.sample(range(total), min(total, 2)))
    spec.approval = _approval(rng, str(_pick(rng, shape.approval, ("none", "person", "act"))), year)
    if rng.random() < 0.9:
        lines = list(rng.choice(SIGNERS))
        spec.signatory = Signatory(lines, rng.choice(NAMES), tab=rng.random() < 0.5)
    return spec


def _title(rng: random.Random, style: str, year: int, year_end: int) -> list[str]:
    body = rng.choice(BODIES)
    years = f"на {year} год" if year == year_end else f"на {year}{rng.choice((' - ', '-', ' – '))}{year_end} годы"
    if style == "caps":
        return ["ПЛАН", f"мероприятий {body}", years]
    if style == "calendar":
        return [f"Календарный план мероприятий {body}", years]
    if style == "work":
        return ["План работы", body, years]
    if style == "measures":
        return [f"МЕРОПРИЯТИЯ ПО РЕАЛИЗАЦИИ ПРОГРАММЫ СОТРУДНИЧЕСТВА {body.upper()}", years.upper()]
    if style == "list":
        return ["Перечень мероприятий", body, years]
    return ["План мероприятий", body, years]


def _section_name(rng: random.Random, kind: Kind, used: set[str]) -> str:
    pool = {
        "event": EVENT_SECTIONS,
        "information": INFORMATION_SECTIONS,
        "anniversary": ANNIVERSARY_SECTIONS,
        "city_day": CITY_DAY_SECTIONS,
    }[kind]
    free = [n for n in pool if n not in used] or list(pool)
    name = rng.choice(free)
    used.add(name)
    return name


def _item(rng: random.Random, spec: PlanSpec, kind: Kind) -> ItemSpec:
    roles = {c.role for c in spec.columns}
    multi = spec.year != spec.year_end
    edition = None
    if kind == "information":
        title = rng.choice(words.INFORMATION_TITLES)
    else:
        pick = rng.random()
        if pick < 0.2:
            edition = rng.randint(2, 40)
            ordinal = words.roman(edition) if rng.random() < 0.85 else f"{edition}-й"
            title = f"{ordinal} {rng.choice(words.ORDINAL_TITLES)}"
        elif pick < 0.3:
            edition = rng.randint(2, 30)
            title = f"Участие в {words.roman(edition)} {rng.choice(words.PARTICIPATION_ORDINAL)}"
        elif pick < 0.4:
            title = rng.choice(words.PARTICIPATION_TITLES)
        else:
            title = rng.choice(words.EVENT_TITLES)
    item = ItemSpec(number=None, title_lines=[title], edition=edition)
    if rng.random() < 0.1:
        item.title_lines.append(rng.choice(words.SECOND_LINES))
    if rng.random() < 0.2:
        item.members = list(rng.choice(words.MEMBER_SETS))[: rng.randint(2, 5)]
        item.members_in_continuation = rng.random() < 0.4
        item.title_colon = rng.random() < 0.5
    item.date = words.date_wording(rng, spec.year, multi)
    if roles & {"place_date", "place", "date_place"} and rng.random() < 0.6:
        # Under a date printed first, a lower-case venue («онлайн») reads as a qualifier of the date.
        venues = words.VENUES if "date_place" not in roles else words.CITIES
        item.place = rng.choice(words.CITIES if rng.random() < 0.9 else venues)
    if "place_date" in roles and item.place and item.date.text is None:
        item.place = None  # a lone capitalised line could be either; real plans print a date with it
    if "date_place" in roles and item.date.text is None:
        item.place = None
    if "note" in roles:
        item.note_lines, item.organizers = _note(rng)
    if "responsible" in roles and rng.random() < 0.85:
        item.responsible = rng.choice(words.RESPONSIBLE)
    if "number" not in roles and item.date.text is None and item.responsible is None:
        # Without a «№» a row that holds only its title is a section heading: give it a date.
        item.date = words.date_wording(rng, spec.year, multi)
        while item.date.text is None:
            item.date = words.date_wording(rng, spec.year, multi)
    for column in spec.columns:
        if column.role == "extra":
            item.extras[column.header] = rng.choice(words.EXTRA_TEXTS.get(column.header, ("Да",)))
    return item


def _note(rng: random.Random) -> tuple[list[str], list[str]]:
    pick = rng.random()
    if pick < 0.35:
        return [], []
    lines: list[str] = []
    if pick < 0.55:
        lines.append(rng.choice(words.NOTE_LINES))
    if pick < 0.45 or pick >= 0.55:
        names = rng.sample(words.ORGANIZERS, rng.randint(1, 3))
        head = "Организатор:" if len(names) == 1 and rng.random() < 0.5 else "Организаторы:"
        lines.append(f"{head} {', '.join(names)}")
        return lines, names
    return lines, []


def _city_item(rng: random.Random, spec: PlanSpec, kind: Kind) -> ItemSpec:
    city = rng.choice(words.CITIES)
    age = rng.randint(20, 1200)
    item = ItemSpec(number=None, title_lines=[city], kind=kind, age_years=age, age_text=words.age_text(rng, age))
    item.date = words.city_date(rng, spec.year, spec.year != spec.year_end)
    return item


_MARKERS = ("¹", "²", "³")


def _footnotes(rng: random.Random, spec: PlanSpec, style: str) -> None:
    """Footnote markers after a section heading or an item title, and their texts."""
    if style == "none":
        return
    candidates: list[SectionSpec | ItemSpec] = []
    if style == "heading":
        candidates = [s for s in spec.sections if s.printed and not s.in_number_cell]
    if not candidates:
        candidates = [item for section, item in spec.items if section.kind in ("event", "information")]
    if not candidates:
        return
    mark_footnotes(rng, spec, candidates, (_MARKERS, ("*", "**", "***")), (APPROX_NOTES, OTHER_NOTES), 0.6)


def _approval(rng: random.Random, style: str, year: int) -> Approval | None:
    if style == "none":
        return None
    if style == "person":
        position = rng.choice(
            (
                ["Генеральный директор МАГ"],
                ["Исполнительный вице-президент,", "генеральный директор"],
                ["Председатель Совета МАГ"],
            )
        )
        name = rng.choice(("А.Н. Кравцов", "Ю.Н. Васюнькин", "И.В. Петрова"))
        day = rng.randint(10, 28)
        date_text = rng.choice(
            (f"«{day}» декабря {year - 1} г.", f'"__" ______ {year - 1} г.', f"«{day}» января {year} г.")
        )
        signature = f"_____________ {name}"
        return Approval(
            rng.choice(("УТВЕРЖДАЮ", "«УТВЕРЖДАЮ»")),
            [*position, signature, date_text],
            " ".join(position),
            name,
            date_text,
            None,
        )
    head = rng.choice(("УТВЕРЖДЕНО", "УТВЕРЖДЕН", "УТВЕРЖДЕНА"))
    day = rng.randint(10, 28)
    number = rng.choice((str(rng.randint(1, 20)), f"{rng.randint(1, 40)}-р"))
    if rng.random() < 0.5:
        act = ["Протоколом заседания Комиссии", "по культуре, туризму и молодежной политике МАГ"]
        date_text = f"«{day}» декабря {year - 1} г."
    else:
        act = ["решением Совета МАГ"]
        date_text = f"{day:02d}.12.{year - 1}"
    return Approval(head, [*act, f"от {date_text} № {number}"], " ".join(act), None, date_text, number)
