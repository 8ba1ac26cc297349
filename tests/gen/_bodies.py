"""Random plans of other bodies: ministries, city administrations, universities, associations.

What `_random` keeps fixed, this varies: column order and column sets (no «№»,
a date before the event, separate «Ответственные» and «Примечание», an empty
«Отметка о выполнении»), header wordings, section numbering («I.», «1.»,
«Раздел 2.», «Б.»), sections numbered in the «№» cell with sub-items «1.1»,
vertically merged date and responsible cells, approval blocks of both forms in
the wordings of acts, footnotes and signature blocks of other bodies.  Every
choice is drawn from the `random.Random` passed in, so a seed gives the same
plan again.
"""

from __future__ import annotations

import datetime as dt
import random

from tests.gen import _words as words
from tests.gen._spec import (
    Approval,
    Column,
    ItemSpec,
    Kind,
    PlanSpec,
    SectionSpec,
    Signatory,
    Wording,
    mark_footnotes,
)

# Column sets of other bodies' plans: the roles in printed order (headers drawn from
# HEADERS), an extra column's header as printed, and groups over two columns.
COLUMN_SETS: dict[str, list[Column]] = {
    "no_number": [Column("title", ""), Column("date", ""), Column("responsible", "")],
    "six": [
        Column("number", ""),
        Column("title", ""),
        Column("date", ""),
        Column("place", ""),
        Column("responsible", ""),
        Column("note", ""),
    ],
    "merged_place_date": [
        Column("number", ""),
        Column("title", ""),
        Column("place_date", ""),
        Column("responsible", ""),
        Column("extra", "Отметка о выполнении"),
    ],
    "date_before_title": [
        Column("number", ""),
        Column("date", ""),
        Column("title", ""),
        Column("place", ""),
        Column("responsible", ""),
    ],
    "responsible_before_date": [
        Column("number", ""),
        Column("title", ""),
        Column("responsible", ""),
        Column("date", ""),
        Column("extra", "Форма отчетности"),
    ],
    "topic": [
        Column("number", ""),
        Column("title", ""),
        Column("date_place", ""),
        Column("extra", "Участники"),
        Column("note", ""),
    ],
    "unnumbered_note": [Column("title", ""), Column("date", ""), Column("place", ""), Column("note", "")],
    "grouped": [
        Column("number", ""),
        Column("title", ""),
        Column("date", "Срок", group="Сроки и место проведения"),
        Column("place", "Место", group="Сроки и место проведения"),
        Column("responsible", "Ответственный", group="Исполнение"),
        Column("extra", "Отметка о выполнении", group="Исполнение"),
    ],
}
# Header wordings of each role (SCHEMA rule 16).
HEADERS: dict[str, tuple[str, ...]] = {
    # "": the numbers' column printed without a header.
    "number": ("№ п/п", "№", "N п/п", "№ пп", "№№", ""),
    "title": (
        "Наименование мероприятия",
        "Мероприятие",
        "Мероприятия",
        "Содержание работы",
        "Наименование мероприятий",
        "Тема",
        "Содержание мероприятия",
        "Наименование",
    ),
    "date": (
        "Срок исполнения",
        "Срок проведения",
        "Сроки",
        "Дата",
        "Дата проведения",
        "Время проведения",
        "Срок выполнения",
        "Сроки реализации",
        "Период проведения",
    ),
    "place": ("Место проведения", "Место"),
    "place_date": ("Место и сроки проведения", "Место и время проведения", "Место, дата"),
    "date_place": ("Дата и место проведения", "Сроки и место проведения"),
    "responsible": (
        "Ответственные исполнители",
        "Ответственные",
        "Исполнители",
        "Ответственный",
        "Ответственный исполнитель",
        "Ответственные за исполнение",
        "Исполнитель",
        "Ответственный за проведение",
    ),
    "note": ("Примечание", "Примечания"),
}
# Header words a narrow column breaks over two lines.
_BROKEN = {"Срок исполнения": "Срок\nисполнения", "Ответственные исполнители": "Ответственные\nисполнители"}


def _columns(rng: random.Random, column_set: str) -> list[Column]:
    out = []
    for column in COLUMN_SETS[column_set]:
        header = column.header or rng.choice(HEADERS[column.role])
        if rng.random() < 0.2:
            header = _BROKEN.get(header, header)
        out.append(Column(column.role, header, column.group))
    return out


BODIES = (
    "Министерства культуры Республики Беларусь",
    "Министерства образования и науки",
    "администрации города Казани",
    "Управления по делам молодежи мэрии города Новосибирска",
    "Комитета по внешним связям Санкт-Петербурга",
    "Казанского федерального университета",
    "Белорусского государственного университета",
    "Ассоциации городов Поволжья",
    "Союза городов Центра и Северо-Запада России",
    "Совета молодых ученых",
)
EVENT_SECTIONS = (
    "Организационные мероприятия",
    "Контрольно-аналитическая работа",
    "Культурно-массовые мероприятия",
    "Работа с кадрами",
    "Международное сотрудничество",
    "Научно-исследовательская работа",
    "Мероприятия по работе с молодежью",
    "Вопросы для рассмотрения на заседаниях коллегии",
)
INFORMATION_SECTIONS = (
    "Информационное обеспечение",
    "Информационно-аналитическая работа",
    "Информационная и издательская деятельность",
)
EVENT_TITLES = (
    "Заседание коллегии министерства",
    "Проведение заседаний общественного совета",
    "Подготовка доклада о результатах деятельности за год",
    "Совещание с руководителями подведомственных организаций",
    "Организация празднования Дня города",
    "Проведение публичных слушаний по проекту бюджета",
    "Научно-практическая конференция студентов и аспирантов",
    "День открытых дверей",
    "Общее собрание членов Ассоциации",
    "Семинар-совещание специалистов по делам молодежи",
    "Мониторинг исполнения поручений",
    "Конкурс «Лучший муниципальный служащий»",
    "Повышение квалификации муниципальных служащих",
    "Участие в работе Международного форума «Россия – спортивная держава»",
    "Участие в заседаниях Совета Ассоциации",
    "Выставка-ярмарка народных промыслов",
    "Смотр-конкурс художественной самодеятельности",
    "Круглый стол «Молодежь и местное самоуправление»",
)
# Titles printed in lower case, as some bodies print them in tables without numbers.
LOWER_TITLES = (
    "заседание рабочей группы по подготовке отчета",
    "проведение приема граждан по личным вопросам",
    "участие в заседаниях комиссии по делам несовершеннолетних",
)
ORDINAL_TITLES = (
    "Всероссийская научная конференция «Город и общество»",
    "Фестиваль национальных культур",
    "Форум муниципальных образований",
)
INFORMATION_TITLES = (
    "Размещение информации о деятельности на официальном сайте",
    "Подготовка пресс-релизов и информационных сообщений",
    "Выпуск информационного бюллетеня",
    "Обновление раздела «Документы» на портале",
)
RESPONSIBLE = (
    "Отдел культуры",
    "Управление делами",
    "Проректор по научной работе",
    "Заместитель министра",
    "Отдел по работе с молодежью",
    "Петров П.П., начальник отдела",
    "Юридический отдел\nОтдел кадров",
    "Пресс-служба",
    "Исполнительная дирекция Ассоциации",
)
NOTE_LINES = (
    "Совместно с профсоюзом",
    "По согласованию",
    "Итоги – на сайте",
    "Финансирование из внебюджетных средств",
)
EXTRA_TEXTS = {
    "Отметка о выполнении": ("",),
    "Форма отчетности": ("Отчет", "Справка", "Протокол", "Информация"),
    "Участники": ("Студенты", "Члены Ассоциации", "Специалисты отделов", ""),
}
SIGNERS = (
    ("Начальник отдела", "по работе с молодежью"),
    ("Проректор по воспитательной работе",),
    ("Директор департамента",),
    ("Председатель правления Ассоциации",),
    ("Заместитель главы администрации", "города"),
    ("Ученый секретарь",),
)
NAMES = ("О.В. Смирнова", "П.А. Сидоров", "Е.Н. Козлова", "Д.С. Морозов", "Волков В.В.")
APPROX_NOTES = ("Сроки проведения ориентировочные", "Даты указаны ориентировочно")
OTHER_NOTES = ("При наличии финансирования", "По согласованию с вышестоящей организацией")
_LETTERS = "АБВГДЕ"


def _years(rng: random.Random, year: int, year_end: int, upper: bool) -> str:
    if year == year_end:
        text = rng.choice((f"на {year} год", f"на {year} г."))
    elif year_end == year + 1 and rng.random() < 0.4:
        text = rng.choice((f"на {year}/{year_end} учебный год", f"на {year}/{year_end % 100:02d} учебный год"))
    else:
        text = rng.choice((f"на {year}–{year_end} годы", f"на {year} - {year_end} годы", f"на {year}-{year_end} гг."))
    return text.upper() if upper else text


def _title(rng: random.Random, year: int, year_end: int) -> list[str]:
    body = rng.choice(BODIES)
    style = rng.randrange(6)
    if style == 0:
        return ["ПЛАН РАБОТЫ", body, _years(rng, year, year_end, False)]
    if style == 1:
        return ["План основных мероприятий", body, _years(rng, year, year_end, False)]
    if style == 2:
        return ["КАЛЕНДАРНЫЙ ПЛАН", f"мероприятий {body}", _years(rng, year, year_end, False)]
    if style == 3:
        return [f"План мероприятий {body} {_years(rng, year, year_end, False)}"]
    if style == 4:
        return ["ПЕРЕЧЕНЬ", f"мероприятий {body}", _years(rng, year, year_end, False)]
    return [f"ПЛАН МЕРОПРИЯТИЙ {body.upper()}", _years(rng, year, year_end, True)]


def _section_label(rng: random.Random, style: str, index: int) -> str:
    """The list numbering printed before a section's name (stripped from `section`)."""
    return {
        "plain": "",
        "roman": f"{words.roman(index + 1)}. ",
        "arabic": f"{index + 1}. ",
        "razdel": f"Раздел {rng.choice((str(index + 1), words.roman(index + 1)))}. ",
        "letter": f"{_LETTERS[index]}. ",
    }[style]


def other_plan(rng: random.Random, column_set: str) -> PlanSpec:
    year = rng.randint(2020, 2032)
    multi = rng.random() < 0.25
    year_end = year + rng.randint(1, 3) if multi else year
    columns = _columns(rng, column_set)
    roles = {c.role for c in columns}
    numbered = "number" in roles
    spec = PlanSpec(year=year, year_end=year_end, title_lines=_title(rng, year, year_end), columns=columns, sections=[])
    spec.number_row = rng.random() < 0.15
    spec.merged_responsible = "responsible" in roles and rng.random() < 0.4
    spec.merged_dates = "date" in roles and rng.random() < 0.4
    # Sections: rows across the table, rows in the event cell, numbered in the «№» cell with
    # sub-items «1.1», separate tables, or none.
    layouts = ["rows", "rows", "title_cell", "tables", "none"] + (["sub_items", "sub_items_span"] if numbered else [])
    layout = rng.choice(layouts)
    spec.sections_as_tables = layout == "tables"
    spec.sections_in_title_cell = layout == "title_cell"
    label_style = rng.choice(("plain", "plain", "roman", "arabic", "razdel", "letter"))
    kinds: list[Kind] = ["event"] * rng.randint(1, 3) + ["information"] * rng.randint(0, 1)
    if layout == "none":
        kinds = ["event"]
    restart = rng.random() < 0.4
    number_dot = rng.random() < 0.6
    number = 0
    used: set[str] = set()
    for index, kind in enumerate(kinds):
        pool = [n for n in (INFORMATION_SECTIONS if kind == "information" else EVENT_SECTIONS) if n not in used]
        name = rng.choice(pool)
        used.add(name)
        section = SectionSpec(name=name, kind=kind, printed=name)
        if layout == "none":
            section.name = section.printed = ""
        elif layout == "sub_items":
            section.in_number_cell = f"{index + 1}."
        elif layout == "sub_items_span":
            section.printed = f"{index + 1}. {name}"
        else:
            section.printed = _section_label(rng, label_style, index) + name
        if restart:
            number = 0
        for position in range(rng.randint(2, 5)):
            number += 1
            item = _item(rng, spec, kind, lower_ok=not numbered)
            if layout in ("sub_items", "sub_items_span"):
                # «1.1»: a sub-item is an item; its number is no whole number (null).
                item.number_text = f"{index + 1}.{position + 1}" + ("." if number_dot else "")
            elif numbered:
                item.number = number
                item.number_text = f"{number}." if number_dot else str(number)
            if section.items and spec.merged_dates and rng.random() < 0.45:
                item.date = section.items[-1].date
            if section.items and spec.merged_responsible and rng.random() < 0.45:
                item.responsible = section.items[-1].responsible
            section.items.append(item)
        spec.sections.append(section)
    _footnotes(rng, spec)
    total = len(spec.items)
    if rng.random() < 0.3 and total > 3 and not spec.sections_as_tables:
        spec.split_after = [rng.randrange(total - 1)]
    if rng.random() < 0.15:
        spec.blank_after = [rng.randrange(total)]
    spec.approval = _approval(rng, rng.choice(("none", "person", "act", "act_inline")), year)
    if rng.random() < 0.85:
        spec.signatory = Signatory(list(rng.choice(SIGNERS)), rng.choice(NAMES), tab=rng.random() < 0.5)
    _furniture(rng, spec)
    return spec


LETTERHEADS = (
    ["МИНИСТЕРСТВО КУЛЬТУРЫ РЕСПУБЛИКИ БЕЛАРУСЬ"],
    ["АДМИНИСТРАЦИЯ ГОРОДА КАЗАНИ"],
    ["ФЕДЕРАЛЬНОЕ ГОСУДАРСТВЕННОЕ АВТОНОМНОЕ", "ОБРАЗОВАТЕЛЬНОЕ УЧРЕЖДЕНИЕ ВЫСШЕГО ОБРАЗОВАНИЯ"],
    ["АССОЦИАЦИЯ ГОРОДОВ ПОВОЛЖЬЯ"],
)


def _furniture(rng: random.Random, spec: PlanSpec) -> None:
    """What other bodies print around a plan and which is no part of it (`spec.options`):
    an annex note at the top right, an agreement block beside the approval, the body's
    letterhead above the heading, the executor's name and telephone under the signature."""
    if rng.random() < 0.25:
        act = rng.choice(("приказу Министерства культуры", "постановлению администрации города", "решению Совета"))
        spec.options["annex"] = [
            rng.choice(("Приложение", "Приложение № 1", "Приложение 2")),
            f"к {act}",
            f"от {rng.randint(10, 28)}.12.{spec.year - 1} № {rng.randint(1, 900)}",
        ]
    if spec.approval is not None and spec.approval.head == "УТВЕРЖДАЮ" and rng.random() < 0.4:
        spec.options["agreed"] = [
            "СОГЛАСОВАНО",
            rng.choice(("Председатель профкома", "Начальник управления кадров")),
            f"{'_' * 12} Н.Н. Белова",
            f'"___" ____________ {spec.year - 1} г.',
        ]
    if rng.random() < 0.3:
        spec.options["letterhead"] = list(rng.choice(LETTERHEADS))
    if spec.signatory is not None and rng.random() < 0.3:
        spec.options["executor"] = [
            rng.choice(("Исп. Петрова А.С.", "Исполнитель: Сидоров П.А.")),
            f"тел. 8 (843) {rng.randint(200, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
        ]


def _item(rng: random.Random, spec: PlanSpec, kind: Kind, lower_ok: bool) -> ItemSpec:
    roles = {c.role for c in spec.columns}
    edition = None
    if kind == "information":
        title = rng.choice(INFORMATION_TITLES)
    elif rng.random() < 0.15:
        edition = rng.randint(2, 30)
        title = f"{words.roman(edition)} {rng.choice(ORDINAL_TITLES)}"
    elif lower_ok and rng.random() < 0.15:
        title = rng.choice(LOWER_TITLES)
    else:
        title = rng.choice(EVENT_TITLES)
    item = ItemSpec(number=None, title_lines=[title], edition=edition)
    if rng.random() < 0.1:
        item.members = rng.sample(("для студентов", "для преподавателей", "для ветеранов", "для школьников"), 2)
        item.title_colon = rng.random() < 0.5
    item.date = _date(rng, spec)
    if roles & {"place", "place_date", "date_place"} and rng.random() < 0.6:
        item.place = rng.choice(words.CITIES)
    if roles & {"place_date", "date_place"} and item.date.text is None:
        item.place = None  # a lone capitalised line could be either
    if "note" in roles and rng.random() < 0.5:
        item.note_lines = [rng.choice(NOTE_LINES)]
        if rng.random() < 0.3:
            names = rng.sample(words.ORGANIZERS, rng.randint(1, 2))
            item.note_lines.append(f"Организаторы: {', '.join(names)}")
            item.organizers = names
    if "responsible" in roles and rng.random() < 0.85:
        item.responsible = rng.choice(RESPONSIBLE)
    if "number" not in roles or title[:1].islower():
        # Without a «№» a row holding only its title reads as a heading: give it a date.
        while item.date.text is None:
            item.date = _date(rng, spec)
    for column in spec.columns:
        if column.role == "extra":
            item.extras[column.header] = rng.choice(EXTRA_TEXTS[column.header])
    return item


def _date(rng: random.Random, spec: PlanSpec) -> Wording:
    """A date wording; a plan of several years also prints wordings that name their year."""
    if spec.year == spec.year_end or rng.random() < 0.5:
        return words.date_wording(rng, spec.year, spec.year != spec.year_end)
    year = rng.randint(spec.year, spec.year_end)
    pick = rng.randrange(6)
    if pick == 0:
        q = rng.randint(1, 4)
        label = rng.choice(("квартал", "кв."))
        span = (dt.date(year, 3 * q - 2, 1), words.month_end(year, 3 * q))
        return Wording(f"{words.ROMAN_QUARTERS[q - 1]} {label} {year} г.", (span,), "quarter")
    if pick == 1:
        return Wording(f"{year} {rng.choice(('г.', 'год'))}", ((dt.date(year, 1, 1), dt.date(year, 12, 31)),), "year")
    if pick == 2:
        m = rng.randint(1, 12)
        span = (dt.date(year, m, 1), words.month_end(year, m))
        return Wording(f"{words.MONTHS[m - 1]} {year} {rng.choice(('г.', 'года'))}", (span,), "month")
    if pick == 3:
        last = rng.randint(spec.year + 1, spec.year_end)
        first = rng.randint(spec.year, last - 1)
        text = f"{first}{rng.choice(('-', ' - ', '–'))}{last} {rng.choice(('годы', 'гг.'))}"
        return Wording(text, ((dt.date(first, 1, 1), dt.date(last, 12, 31)),), "year")
    if pick == 4:
        day, m = rng.randint(1, 28), rng.randint(1, 12)
        return Wording(f"до {day} {words.MONTHS_GEN[m - 1]} {year} г.", ((None, dt.date(year, m, day)),), "day")
    h = rng.randint(1, 2)
    span = (dt.date(year, 1, 1), dt.date(year, 6, 30)) if h == 1 else (dt.date(year, 7, 1), dt.date(year, 12, 31))
    return Wording(f"{'I' * h} полугодие {year} г.", (span,), "half_year")


def _footnotes(rng: random.Random, spec: PlanSpec) -> None:
    """A marker after a section heading or an item title, and its footnote under the table."""
    if rng.random() < 0.55:
        return
    targets: list[SectionSpec | ItemSpec] = [s for s in spec.sections if s.printed and not s.in_number_cell]
    targets += [item for _, item in spec.items]
    mark_footnotes(rng, spec, targets, (("¹", "²"), ("*", "**")), (APPROX_NOTES, OTHER_NOTES), 0.5)


def _approval(rng: random.Random, style: str, year: int) -> Approval | None:
    if style == "none":
        return None
    day = rng.randint(10, 28)
    if style == "person":
        position = rng.choice(
            (
                ["Министр культуры"],
                ["Ректор университета"],
                ["Глава администрации", "города Казани"],
                ["Президент Ассоциации"],
            )
        )
        name = rng.choice(("И.О. Фамилиев", "А.А. Орлов", "Н.В. Зайцева"))
        date_text = rng.choice(
            (f"«{day}» декабря {year - 1} г.", f'"___" ____________ {year - 1} г.', f"{day}.12.{year - 1}")
        )
        signature = f"{'_' * rng.randint(8, 20)} {name}"
        return Approval("УТВЕРЖДАЮ", [*position, signature, date_text], " ".join(position), name, date_text, None)
    head = rng.choice(("УТВЕРЖДЕН", "УТВЕРЖДЕНО", "УТВЕРЖДЕНЫ"))
    act = rng.choice(
        (
            ["приказом Министерства культуры"],
            ["постановлением администрации", "города Казани"],
            ["решением Ученого совета университета"],
            ["решением Общего собрания", "членов Ассоциации"],
        )
    )
    number = rng.choice((str(rng.randint(1, 300)), f"{rng.randint(1, 99)}-од", f"{rng.randint(100, 2000)}-п"))
    date_text = rng.choice((f"{day}.12.{year - 1}", f"{day} декабря {year - 1} г.", f"«{day}» декабря {year - 1} г."))
    if style == "act_inline":
        lines = [*act[:-1], f"{act[-1]} от {date_text} № {number}"]
    else:
        lines = [*act, f"от {date_text} № {number}"]
    return Approval(head, lines, " ".join(act), None, date_text, number)


def non_plan(rng: random.Random) -> tuple[list[str], list[str], list[list[str]]]:
    """A document with a table that is not a plan: heading lines, header, rows."""
    year = rng.randint(2020, 2032)
    pick = rng.random()
    if pick < 0.2:
        # A register of acts: a name and a date column, but the name is no event's.
        header = ["№ п/п", "Наименование документа", "Дата принятия", "Номер"]
        acts = ("Положение о конкурсе", "Устав учреждения", "Порядок приема", "Регламент работы")
        rows = [[f"{i + 1}.", a, f"{rng.randint(10, 28)}.0{rng.randint(1, 9)}.{year}", str(rng.randint(1, 99))]
                for i, a in enumerate(rng.sample(acts, 3))]  # fmt: skip
        return ["Реестр нормативных актов", f"за {year} год"], header, rows
    if pick < 0.35:
        header = ["День недели", "Время", "Название дисциплины", "Аудитория"]
        days = ("Понедельник", "Вторник", "Среда", "Четверг")
        subjects = ("Математика", "История", "Право")
        rows = [[d, f"{rng.randint(8, 16)}:00", rng.choice(subjects), str(rng.randint(100, 400))] for d in days]
        return ["Расписание занятий", f"на {year} год"], header, rows
    if pick < 0.6:
        header = ["№ п/п", "Наименование услуги", "Ед. изм.", "Цена, руб."]
        services = ("Аренда зала", "Экскурсия", "Консультация", "Копирование документов", "Проведение семинара")
        rows = [[f"{i + 1}.", s, rng.choice(("час", "услуга", "лист")), f"{rng.randint(50, 5000)},00"]
                for i, s in enumerate(rng.sample(services, 4))]  # fmt: skip
        return ["ПРЕЙСКУРАНТ", f"на платные услуги на {year} год"], header, rows
    header = ["№", "ФИО", "Должность", "Подпись"]
    people = ("Иванов И.И.", "Петрова А.С.", "Сидоров П.П.", "Козлова Е.Н.", "Морозов Д.С.")
    rows = [[str(i + 1), p, rng.choice(("специалист", "начальник отдела", "эксперт")), ""]
            for i, p in enumerate(rng.sample(people, 4))]  # fmt: skip
    return ["Лист регистрации участников", f"семинара «Городская среда» {rng.randint(1, 28)}.03.{year}"], header, rows


__all__ = ["COLUMN_SETS", "non_plan", "other_plan"]
