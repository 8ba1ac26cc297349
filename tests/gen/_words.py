"""Wordings that plans print, each with the meaning SCHEMA.md gives it.

A date wording is built from calendar numbers (year, month, day) and carries
the periods it names, so the expected JSON never depends on a parser.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random

from tests.gen._spec import Wording

MONTHS = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)
MONTHS_GEN = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
ROMAN_QUARTERS = ("I", "II", "III", "IV")
DASHES = ("-", "–", " – ", " - ")


def roman(value: int) -> str:
    out = ""
    for number, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):  # fmt: skip
        while value >= number:
            out += letters
            value -= number
    return out


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), month_end(year, month)


def _quarter(year: int, q: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 3 * q - 2, 1), month_end(year, 3 * q)


RECURRENCES: tuple[tuple[str, str], ...] = (
    ("постоянно", "continuous"),
    ("ежемесячно", "monthly"),
    ("1 раз в месяц", "monthly"),
    ("ежеквартально", "quarterly"),
    ("ежеквартал.", "quarterly"),
    ("1 раз в квартал", "quarterly"),
    ("раз в полугодие", "half_yearly"),
    ("1 раз в полгода", "half_yearly"),
    ("ежеполугодно", "half_yearly"),
    ("ежегодно", "yearly"),
    ("не реже 1 раза в год", "yearly"),
    ("по мере необходимости", "as_needed"),
    ("по мере поступления обращений", "as_needed"),
    ("по отдельному графику", "separate_schedule"),
    ("по отдельному плану", "separate_schedule"),
)


def date_wording(rng: random.Random, year: int, multi_year: bool) -> Wording:
    """A random date cell wording of a plan of `year` and its meaning.

    In a plan of several years a wording without its own year names no period
    (rule 11); wordings that print their year keep theirs.
    """
    kind = rng.choices(
        [
            "month",
            "months",
            "day",
            "days",
            "cross",
            "quarter",
            "quarters",
            "in_quarter",
            "half",
            "whole_year",
            "numeric",
            "numeric_short",
            "list_months",
            "list_numeric",
            "list_days",
            "deadline",
            "deadline_numeric",
            "not_later",
            "approx",
            "agreed",
            "recurrence",
            "none",
        ],
        weights=[8, 4, 5, 3, 2, 3, 2, 2, 2, 2, 3, 2, 2, 2, 1, 2, 2, 1, 2, 2, 8, 2],
    )[0]
    m = rng.randint(1, 12)
    if kind == "recurrence":
        text, value = rng.choice(RECURRENCES)
        return Wording(text, recurrence=value)
    if kind == "none":
        return Wording(None)
    has_year = kind in ("numeric", "list_numeric", "deadline_numeric")
    text, occurrences, precision, approximate = _dated(rng, kind, year, m)
    if multi_year and not has_year:
        return Wording(text, approximate=approximate)
    return Wording(text, tuple(occurrences), precision, approximate=approximate)


def _dated(
    rng: random.Random, kind: str, year: int, m: int
) -> tuple[str, list[tuple[dt.date | None, dt.date]], str, bool]:
    day = rng.randint(1, calendar.monthrange(year, m)[1])
    if kind == "month":
        return MONTHS[m - 1], [_month(year, m)], "month", False
    if kind == "months":
        m = min(m, 11)
        m2 = rng.randint(m + 1, min(m + 3, 12))
        return (
            f"{MONTHS[m - 1]}{rng.choice(DASHES)}{MONTHS[m2 - 1]}",
            [(dt.date(year, m, 1), month_end(year, m2))],
            "month",
            False,
        )
    if kind == "day":
        return f"{day} {MONTHS_GEN[m - 1]}", [(dt.date(year, m, day), dt.date(year, m, day))], "day", False
    if kind == "days":
        first = min(day, 25)
        last = first + rng.randint(1, 3)
        return (
            f"{first}{rng.choice(('-', '–'))}{last} {MONTHS_GEN[m - 1]}",
            [(dt.date(year, m, first), dt.date(year, m, last))],
            "day",
            False,
        )
    if kind == "cross":
        m = min(m, 11)
        last_day = calendar.monthrange(year, m)[1]
        first = rng.randint(last_day - 2, last_day)
        end = rng.randint(1, 3)
        return (
            f"{first} {MONTHS_GEN[m - 1]} – {end} {MONTHS_GEN[m]}",
            [(dt.date(year, m, first), dt.date(year, m + 1, end))],
            "day",
            False,
        )
    if kind == "quarter":
        q = rng.randint(1, 4)
        label = rng.choice(("квартал", "квартал", "кв."))
        return f"{ROMAN_QUARTERS[q - 1]} {label}", [_quarter(year, q)], "quarter", False
    if kind == "quarters":
        q = rng.randint(1, 3)
        q2 = rng.randint(q + 1, 4)
        return (
            f"{ROMAN_QUARTERS[q - 1]}-{ROMAN_QUARTERS[q2 - 1]} квартал",
            [(_quarter(year, q)[0], _quarter(year, q2)[1])],
            "quarter",
            False,
        )
    if kind == "in_quarter":
        q = rng.randint(1, 4)
        return f"в течение {ROMAN_QUARTERS[q - 1]} квартала", [_quarter(year, q)], "quarter", False
    if kind == "half":
        h = rng.randint(1, 2)
        span = (dt.date(year, 1, 1), dt.date(year, 6, 30)) if h == 1 else (dt.date(year, 7, 1), dt.date(year, 12, 31))
        return f"{'I' * h} полугодие", [span], "half_year", False
    if kind == "whole_year":
        return "в течение года", [(dt.date(year, 1, 1), dt.date(year, 12, 31))], "year", False
    if kind == "numeric":
        return f"{day:02d}.{m:02d}.{year}", [(dt.date(year, m, day), dt.date(year, m, day))], "day", False
    if kind == "numeric_short":
        return f"{day:02d}.{m:02d}", [(dt.date(year, m, day), dt.date(year, m, day))], "day", False
    if kind == "list_months":
        months = sorted(rng.sample(range(1, 13), rng.randint(2, 3)))
        text = ", ".join(MONTHS[x - 1] for x in months)
        return text, [_month(year, x) for x in months], "month", False
    if kind == "list_numeric":
        months = sorted(rng.sample(range(1, 13), rng.randint(2, 4)))
        days = [dt.date(year, x, rng.randint(1, 28)) for x in months]
        return "; ".join(d.strftime("%d.%m.%Y") for d in days), [(d, d) for d in days], "day", False
    if kind == "list_days":
        first = min(day, 27)
        a, b = dt.date(year, m, first), dt.date(year, m, first + 1)
        return f"{first} и {first + 1} {MONTHS_GEN[m - 1]}", [(a, a), (b, b)], "day", False
    if kind == "deadline":
        return f"до {day} {MONTHS_GEN[m - 1]}", [(None, dt.date(year, m, day))], "day", False
    if kind == "deadline_numeric":
        return f"до {day:02d}.{m:02d}.{year}", [(None, dt.date(year, m, day))], "day", False
    if kind == "not_later":
        return f"не позднее {day} {MONTHS_GEN[m - 1]}", [(None, dt.date(year, m, day))], "day", False
    if kind == "approx":
        return f"{MONTHS[m - 1]} (ориентировочно)", [_month(year, m)], "month", True
    # agreed: words after a recognised wording do not change its period.
    if rng.random() < 0.5:
        return f"{MONTHS[m - 1]} (по согласованию)", [_month(year, m)], "month", False
    partner = rng.choice(("с принимающей стороной", "с городами-членами МАГ", "с организаторами"))
    return f"в течение года по согласованию {partner}", [(dt.date(year, 1, 1), dt.date(year, 12, 31))], "year", False


def city_date(rng: random.Random, year: int, multi_year: bool) -> Wording:
    """The date of a city's anniversary or day: a day, two days, or a month."""
    m = rng.randint(1, 12)
    day = rng.randint(1, 27)
    choice = rng.random()
    if choice < 0.5:
        text, span = f"{day} {MONTHS_GEN[m - 1]}", (dt.date(year, m, day), dt.date(year, m, day))
        precision = "day"
    elif choice < 0.75:
        text, span = f"{day}-{day + 1} {MONTHS_GEN[m - 1]}", (dt.date(year, m, day), dt.date(year, m, day + 1))
        precision = "day"
    else:
        text, span, precision = MONTHS[m - 1], _month(year, m), "month"
    if multi_year:
        return Wording(text)
    return Wording(text, (span,), precision)


def age_text(rng: random.Random, age: int) -> str:
    last, tens = age % 10, age % 100
    word = "лет" if 11 <= tens <= 14 or last == 0 or last >= 5 else ("год" if last == 1 else "года")
    return f"{age}{'' if rng.random() < 0.1 else ' '}{word}"


CITIES = (
    "Москва",
    "Санкт-Петербург",
    "Минск",
    "Астана",
    "Бишкек",
    "Душанбе",
    "Ереван",
    "Баку",
    "Кишинев",
    "Ташкент",
    "Казань",
    "Новосибирск",
    "Екатеринбург",
    "Нижний Новгород",
    "Самара",
    "Уфа",
    "Мурманск",
    "Волгоград",
    "Гомель",
    "Брест",
    "Алматы",
    "Ашхабад",
    "Тбилиси",
    "Владивосток",
    "Калининград",
)
VENUES = ("Дом Правительства Москвы", "Конгресс-центр «Экспофорум»", "Мэрия Минска", "онлайн")

EVENT_TITLES = (
    "сессия Генеральной Ассамблеи МАГ",
    "Международный форум «Города и люди»",
    "Международная конференция «Устойчивое развитие столиц»",
    "Форум молодежных советов городов-членов МАГ",
    "Международный фестиваль молодежного творчества «Столицы дружбы»",
    "Семинар для специалистов жилищно-коммунального хозяйства",
    "Круглый стол «Событийный туризм как ресурс развития города»",
    "Конференция представителей СМИ городов-членов МАГ",
    "Международный конкурс «Лучший муниципальный проект»",
    "Совещание руководителей служб городского хозяйства",
    "Выставка «Градостроительство и архитектура»",
    "Международная спартакиада городов-членов МАГ",
    "Смотр-конкурс детских и юношеских коллективов",
    "Заседание Совета МАГ",
    "Выездное заседание Комиссии по культуре",
    "Международные соревнования по мини-футболу среди юношей",
    "Школа мэров городов Содружества",
    "Стажировка специалистов органов местного самоуправления",
    "Подготовка отчета о работе Ассамблеи",
    "Мониторинг выполнения решений Совета МАГ",
    "Рассмотрение обращений городов-членов МАГ",
    "Актуализация базы данных городов-членов МАГ",
)
ORDINAL_TITLES = (
    "сессия МАГ",
    "Международный форум «Столицы Содружества»",
    "Международный фестиваль «Дружба народов»",
    "Молодежный форум городов-членов МАГ",
    "Международная научно-практическая конференция «Город будущего»",
)
PARTICIPATION_TITLES = (
    "Участие в годовых собраниях межгородских объединений",
    "Участие в работе Всемирного урбанистического форума",
    "Участие в Петербургском международном экономическом форуме",
    "Участие в заседаниях Межпарламентской Ассамблеи СНГ",
)
PARTICIPATION_ORDINAL = (
    "Московском урбанистическом форуме",
    "Санкт-Петербургском международном культурном форуме",
    "Международном форуме «Российская энергетическая неделя»",
)
INFORMATION_TITLES = (
    "Выпуск информационно-аналитического журнала «Вестник МАГ»",
    "Размещение материалов на Электронном портале МАГ",
    "Подготовка новостной рассылки для членов Ассамблеи",
    "Издание сборника «Лучшие практики городов»",
    "Подготовка публикаций о деятельности МАГ в СМИ",
    "Обновление раздела «Города-члены МАГ» на сайте",
)
MEMBER_SETS = (
    ("ВАРМСУ", "АГП", "АГУ", "АСДГ", "СГЦСЗ России"),
    ("в сфере культуры", "в сфере туризма", "в сфере молодежной политики"),
    ("Москва", "Минск", "Астана", "Бишкек"),
    ("секция «Городское хозяйство»", "секция «Транспорт»", "секция «Экология»"),
)
SECOND_LINES = ("Круглый стол МАГ", "(по отдельной программе)", "Пленарное заседание")
ORGANIZERS = (
    "МАГ",
    "Правительство Москвы",
    "Мэрия Минска",
    "Акимат города Астаны",
    "ООН-Хабитат",
    "Исполком СНГ",
    "АНО «Город, культура и спорт»",
    "Мэрия г. Бишкек",
    "МАГ (Исполнительный комитет)",
)
NOTE_LINES = (
    "По плану Правительства Москвы",
    "По согласованию с городами-членами МАГ",
    "Совместно с Исполкомом СНГ",
    "Место уточняется",
)
RESPONSIBLE = (
    "Исполнительный комитет МАГ",
    "Председатель Комиссии",
    "Секретарь Комиссии",
    "Отдел информации и связей с общественностью",
    "Руководители рабочих групп",
    "Заместитель председателя Комиссии",
    "Члены Комиссии",
    "Департамент внешнеэкономических связей",
)
EXTRA_COLUMNS = ("Форма отчетности", "Отметка о выполнении", "Участники", "Форма проведения", "Основание")
EXTRA_TEXTS = {
    "Форма отчетности": ("Отчет", "Информация на сайте", "Протокол"),
    "Отметка о выполнении": ("", "Выполнено"),
    "Участники": ("Члены Комиссии", "Представители городов-членов МАГ", "Эксперты"),
    "Форма проведения": ("Очно", "Онлайн", "Смешанная"),
    "Основание": ("Решение Совета МАГ", "Устав МАГ"),
}
