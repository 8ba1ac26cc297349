"""`series_key`: the same recurring event in different years, from the wordings of the 2025 and 2026 plans."""

from __future__ import annotations

import pytest

from magplan.normalize.numbers import remove_editions
from magplan.normalize.series import series_key
from tests.corpus import expected

JOURNAL = "Выпуск информационно-аналитического журнала «Вестник МАГ»"
# (2025 title, 2026 title) as printed in the corpus plans: one series each.
SAME_SERIES = [
    ("XXXI сессия МАГ", "XXXII сессия МАГ"),
    (
        "Конференция представителей СМИ. Подведение итогов XIII конкурса «Город в зеркале СМИ»",
        "Конференция представителей СМИ. Подведение итогов XIV конкурса «Город в зеркале СМИ»",
    ),
    ("XVIII Международный конгресс «Российская семья»", "XIX Международный конгресс «Российская семья»"),
    (
        "Участие в XX Общероссийском форуме «Стратегическое планирование в регионах и городах России»",
        "Участие в XXI Общероссийском форуме «Стратегическое планирование в регионах и городах России»",
    ),
    (
        "Участие в IX Общероссийском форуме стратегического развития «Города России»",
        "Участие в X Общероссийском форуме стратегического развития «Города России»\nКруглый стол МАГ",
    ),
    (
        'XVIII Международный смотр-конкурс городских практик городов СНГ и ЕАЭС "Город, где хочется жить" '
        "и XIV Международный конкурс «Город в зеркале СМИ»",
        'XIX Международный смотр-конкурс городских практик городов СНГ и ЕАЭС "Город, где хочется жить" '
        "и XV Международный конкурс «Город в зеркале СМИ»",
    ),
    (
        "Участие в Международном экономическом Форуме государств-участников Содружества Независимых Государств\n"
        'Итоги XVII Международного смотр-конкурса городских практик городов СНГ и ЕАЭС "Город, где хочется жить"',
        "Участие в Международном экономическом Форуме государств-участников Содружества Независимых Государств\n"
        'Итоги XVIII Международного смотр-конкурса городских практик городов СНГ и ЕАЭС "Город, где хочется жить"',
    ),
    ("Мероприятия по проектам ООН-Хабитат", "Мероприятия по проектам ООН-Хабитат"),
    (
        "Выпуск информационно-аналитического журнала «Вестник МАГ»",
        "Выпуск информационно-аналитического журнала «Вестник МАГ»",
    ),
    # Wordings that vary in ways a title may vary between years.
    ("Подготовка отчета о деятельности МАГ за 2024 год", "Подготовка отчёта о деятельности МАГ за 2025 год"),
    ("5-й Форум «Города России» 2025 года", "6-й форум „Города России“"),
    ("ХIV сессия МАГ", "XV  сессия  МАГ."),  # look-alike Cyrillic Х, spacing, a full stop
    ("Итоги года: отчёт за 2024-2025 гг.", "Итоги года: отчёт за 2025–2026 гг."),
]

DIFFERENT_SERIES = [
    # A renamed event is a new series: the key never guesses at synonyms.
    ("Участие в XIV Московском урбанистическом форуме", "Участие в XV Московском международном урбанистическом форуме"),
    ("Заседание Совета МАГ", "XXXII сессия МАГ"),
    (
        "Выпуск информационного приложения к журналу «Вестник МАГ»",
        "Выпуск информационно-аналитического журнала «Вестник МАГ»",
    ),
    # Ordinal words and «300-летию» are not editions (SCHEMA.md, rule 10).
    ("Второй форум городов", "Третий форум городов"),
    ("К 300-летию Перми", "К 200-летию Перми"),
]


@pytest.mark.parametrize(("first", "second"), SAME_SERIES)
def test_same_event_in_different_years_is_one_series(first: str, second: str) -> None:
    assert series_key(first) == series_key(second)


@pytest.mark.parametrize(("first", "second"), DIFFERENT_SERIES)
def test_different_events_are_different_series(first: str, second: str) -> None:
    assert series_key(first) != series_key(second)


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("XXXII сессия МАГ", "сессия маг"),
        ("«Круглы стол» по инновационным практикам", "круглы стол по инновационным практикам"),
        ("Москва-энергоэффективный город", "москва энергоэффективный город"),
        ("Орёл", "орел"),
        ("Форум «Россия – Исламский мир: KazanForum»", "форум россия исламский мир kazanforum"),
        ("С днём города", "с днем города"),  # a lone «С» is a preposition, not a hundred
    ],
)  # fmt: skip
def test_series_key_values(title: str, key: str) -> None:
    assert series_key(title) == key


def test_corpus_plans_link_their_recurring_events() -> None:
    keys = {
        year: {series_key(item["title"]) for item in expected(f"plan-{year}.docx")["items"] if item["kind"] == "event"}
        for year in (2025, 2026)
    }
    shared = keys[2025] & keys[2026]
    assert {"сессия маг", "международный конгресс российская семья", "мероприятия по проектам оон хабитат"} <= shared
    assert len(shared) == 10


def test_remove_editions_removes_every_edition_but_not_words() -> None:
    assert " ".join(remove_editions("XVIII конкурс и XIV конкурс МАГ в СМИ").split()) == "конкурс и конкурс МАГ в СМИ"
    assert " ".join(remove_editions("5-й форум, 300-летию").split()) == "форум, 300-летию"
