"""The other Russian-language rules, table-style over real wordings."""

from __future__ import annotations

import pytest

from magplan.assemble import RawItem
from magplan.column_roles import column_role
from magplan.normalize.items import _Footnotes, build_item
from magplan.normalize.members import split_members
from magplan.normalize.numbers import age_years, edition, row_number, totals, without_age
from magplan.normalize.organizers import column_organizers, opens_organizers, organizers
from magplan.normalize.place import split_place_date
from magplan.normalize.sections import kind_of, section_name
from magplan.text import known_word, letters_alike, marker_key, split_leading_marker, split_trailing_markers


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Организатор: МАГ", ["МАГ"]),
        ("Организаторы: МАГ, ГБУ «МАЦ»", ["МАГ", "ГБУ «МАЦ»"]),
        (
            "Организаторы: МАГ, Институт Региональных Экономических Исследований (ИРЭИ)",
            ["МАГ", "Институт Региональных Экономических Исследований (ИРЭИ)"],
        ),
        (
            "Организаторы: МАГ, Правительство Москвы (Департамент внешнеэкономических и международных связей, "
            "Департамент градостроительной политики)",
            [
                "МАГ",
                "Правительство Москвы (Департамент внешнеэкономических и международных связей, "
                "Департамент градостроительной политики)",
            ],
        ),
        ('Организаторы: АНО "Центр, инноваций", МАГ', ['АНО "Центр, инноваций"', "МАГ"]),
        ("Организаторы: АНО «Центр компетенций, инноваций»", ["АНО «Центр компетенций, инноваций»"]),
        ("организаторы:  МАГ ,  СРГ", ["МАГ", "СРГ"]),
        ("По плану Правительства Москвы", []),
        ("Совместно с ООН\nОрганизатор: ООН-Хабитат", ["ООН-Хабитат"]),
        ("По плану Правительства Москвы Организаторы: МАГ, СРГ", ["МАГ", "СРГ"]),
        ("Совместно с организаторами: МАГ", []),
        (None, []),
    ],
)
def test_organizers(note: str | None, expected: list[str]) -> None:
    assert organizers(note) == expected


@pytest.mark.parametrize(
    ("cell", "title", "members"),
    [
        (
            "Участие в годовых собраниях межгородских объединений:\n• ВАРМСУ\n• АГП",
            "Участие в годовых собраниях межгородских объединений",
            ["ВАРМСУ", "АГП"],
        ),
        ("Собрания: • ВАРМСУ • АГП • АГУ", "Собрания", ["ВАРМСУ", "АГП", "АГУ"]),
        ("Собрания:\n- ВАРМСУ\n– СГЦСЗ России", "Собрания", ["ВАРМСУ", "СГЦСЗ России"]),
        ("Собрания:\n1) ВАРМСУ\n2) АГП", "Собрания", ["ВАРМСУ", "АГП"]),
        ("Итоги конкурса:\nлучшие практики", "Итоги конкурса:\nлучшие практики", []),
        ("Форум «Города России»\nКруглый стол МАГ", "Форум «Города России»\nКруглый стол МАГ", []),
    ],
)
def test_members(cell: str, title: str, members: list[str]) -> None:
    assert split_members(cell) == (title, members)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("XXXII сессия МАГ", 32),
        ("Участие в XV Московском международном урбанистическом форуме", 15),
        ("Подведение итогов XIV конкурса «Город в зеркале СМИ»", 14),
        ("ХIV конкурс (Cyrillic Х)", 14),
        ("ХХ форум (all Cyrillic)", 20),
        ("І форум (Cyrillic І)", 1),
        ("5-й Форум городов", 5),
        ("3-я конференция", 3),
        ("Второй форум", None),
        ("Мероприятия к 300-летию города", None),
        ("Отчет за 2024-2025 годы", None),
        ("С участием МАГ", None),
        ("Заседание Совета МАГ", None),
        ("Конференция СМИ", None),
    ],
)
def test_edition(title: str, expected: int | None) -> None:
    assert edition(title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("170 лет", 170), ("201 год", 201), ("1764 года", 1764), ("110лет", 110), ("2510 лет", 2510), ("6 июня", None)],
)
def test_age(text: str, expected: int | None) -> None:
    assert age_years(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.", 1),
        ("12", 12),
        (" 3) ", 3),
        ("", None),
        ("1.1.", None),
        # «№» / «п/п»: the header's second line printed into the first row under it.
        ("п/п 1", 1),
        ("п/п\n3.", 3),
        ("п/п", None),
        ("1 п/п", None),
        # A scan's column rule read as a bar beside the number.
        ("| 7.", 7),
        ("12. |", 12),
        ("|", None),
        # A scan's reading of the point under a number centred between two lines.
        ("1\n°", 1),
        ("°", None),
        ("1°5", None),
    ],
)
def test_row_number(text: str, expected: int | None) -> None:
    assert row_number(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Итого", True),
        ("Итого: 24 мероприятия", True),
        ("ВСЕГО 24", True),
        # A bold «Итого» that fills its narrow column runs on into the count in a PDF's glyphs.
        ("Итого6 мероприятий", True),
        ("Итоговый концерт", False),
        ("Всероссийский форум", False),
        ("Подведение итогов", False),
    ],
)
def test_totals(text: str, expected: bool) -> None:
    assert totals(text) is expected


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Деятельность по информационному обеспечению городов-членов МАГ", "information"),
        ("Информационная деятельность", "information"),
        # Read from a scan: a letter misread, left out, doubled, or a Latin look-alike.
        ("4. Иноормационное обеспечение деятельности Комиссии", "information"),
        ("Инфомационная работа", "information"),
        ("Информациионная деятельность", "information"),
        ("Инфopмaциoннaя работа", "information"),
        # Near the stem, yet other words.
        ("Формирование информации", "event"),
        ("Информатизация городского хозяйства", "event"),
        ("Информирование населения", "event"),
        ("Юбилей городов МАГ", "anniversary"),
        ("ЮБИЛЕИ ГОРОДОВ", "anniversary"),
        ("Дни городов-столиц членов МАГ", "city_day"),
        ("День города", "city_day"),
        ("Международные мероприятия", "event"),
        ("Участие в мероприятиях партнеров", "event"),
        ("", "event"),
    ],
)
def test_section_kind(heading: str, kind: str) -> None:
    assert kind_of(heading) == kind


@pytest.mark.parametrize(
    ("heading", "name"),
    [("I. Международные мероприятия", "Международные мероприятия"), ("IV. Дни городов", "Дни городов"),
     ("2. Информационная работа", "Информационная работа"), ("Юбилей городов МАГ", "Юбилей городов МАГ"),
     # A heading wrapped in a narrow column is printed as one: on one line, compound words whole.
     ("Мероприятия в\nгородах-членах МАГ", "Мероприятия в городах-членах МАГ"),
     ("III. Юбилейные даты городов-\nчленов МАГ", "Юбилейные даты городов-членов МАГ")],
)  # fmt: skip
def test_section_name_drops_list_numbering(heading: str, name: str) -> None:
    assert section_name(heading) == name


@pytest.mark.parametrize(
    ("cell", "place", "date_text"),
    [
        ("Москва\nфевраль", "Москва", "февраль"),
        ("Москва февраль", "Москва", "февраль"),
        ("Москва, март", "Москва", "март"),
        ("Санкт-Петербург\nоктябрь", "Санкт-Петербург", "октябрь"),
        ("Нижний\nНовгород\nиюнь", "Нижний Новгород", "июнь"),
        ("Москва\nавгуст-сентябрь", "Москва", "август-сентябрь"),
        ("Казань\nапрель (ориентировочно)", "Казань", "апрель (ориентировочно)"),
        ("по отдельному графику", None, "по отдельному графику"),
        ("по отдельному\nграфику", None, "по отдельному\nграфику"),
        ("постоянно", None, "постоянно"),
        ("Москва", "Москва", None),
        ("Москва\nуточняется", "Москва", "уточняется"),
        ("Санкт-Петербург\nпостоянно", "Санкт-Петербург", "постоянно"),
        ("Москва по отдельному графику", "Москва", "по отдельному графику"),
        # «Дата и место проведения»: the date printed over the place.
        ("февраль\nМосква", "Москва", "февраль"),
        ("Постоянно\nМинск", "Минск", "Постоянно"),
        ("15 мая\nг. Москва", "г. Москва", "15 мая"),
        ("февраль\n(ориентировочно)", None, "февраль\n(ориентировочно)"),
        ("июнь (по согласованию)\nДушанбе", "Душанбе", "июнь (по согласованию)"),
        ("в течение года по согласованию с городами\nМинск", "Минск", "в течение года по согласованию с городами"),
        ("г. Москва", "г. Москва", None),
        ("г. Москва, март", "г. Москва", "март"),
        # Wordings that open with «не»/«раз»: the whole wording is the date.
        ("Владивосток\nне реже 1 раза в год", "Владивосток", "не реже 1 раза в год"),
        ("Минск\nне позднее 15 мая", "Минск", "не позднее 15 мая"),
        ("Москва раз в полугодие", "Москва", "раз в полугодие"),
        # A PDF's cell where the line break between the date and the place is not told
        # (the place did not fit on the date's line): the place is the capitalised words after it.
        ("III-IV квартал Мурманск", "Мурманск", "III-IV квартал"),
        ("сентябрь (по согласованию) Самара", "Самара", "сентябрь (по согласованию)"),
        # …or with an open wording's words, complete (a browser's print wraps the place under them).
        (
            "в течение года по согласованию с принимающей стороной Москва",
            "Москва",
            "в течение года по согласованию с принимающей стороной",
        ),
        # …but a name in the open wording's own phrase, or a dangling preposition, keeps it whole.
        (
            "в течение года по согласованию с Правительством Москвы",
            None,
            "в течение года по согласованию с Правительством Москвы",
        ),
        # ... nor a body's abbreviation after the wording's last noun.
        (
            "в течение года по согласованию с городами-членами МАГ",
            None,
            "в течение года по согласованию с городами-членами МАГ",
        ),
        ("по согласованию с организаторами СНГ", None, "по согласованию с организаторами СНГ"),
        # ... and a town after that abbreviation is the place (a wrap joined the two: «… МАГ» /
        # «Нижний Новгород»).
        (
            "в течение года по согласованию с городами-членами МАГ Нижний Новгород",
            "Нижний Новгород",
            "в течение года по согласованию с городами-членами МАГ",
        ),
        # ... where a town set in capitals is longer than such an abbreviation.
        (
            "в течение года по согласованию с принимающей стороной МИНСК",
            "МИНСК",
            "в течение года по согласованию с принимающей стороной",
        ),
        ("по отдельному плану Астана", "Астана", "по отдельному плану"),
        ("5 июня г. Минск", "г. Минск", "5 июня"),
        ("I-IV квартал Нижний Новгород", "Нижний Новгород", "I-IV квартал"),
        # …the longest such place, though the wording reads as one with its first word.
        ("по отдельному плану Нижний Новгород", "Нижний Новгород", "по отдельному плану"),
        # …but a «г.» after a year is the year's.
        ("I квартал 2021 г. Кишинев", "Кишинев", "I квартал 2021 г."),
        # …and a capitalised month is the wording's, not the place's.
        ("март – Апрель Москва", "Москва", "март – Апрель"),
        ("Апрель, Май Санкт-Петербург", "Санкт-Петербург", "Апрель, Май"),
        # …and after a date's qualifier wrapped onto the place's line.
        ("январь\n(ориентировочно) Ереван", "Ереван", "январь (ориентировочно)"),
        (
            "в течение года по согласованию с Правительством Москвы",
            None,
            "в течение года по согласованию с Правительством Москвы",
        ),
        # …and the other way round, the date with words after it.
        ("Дом Правительства Москвы август (по согласованию)", "Дом Правительства Москвы", "август (по согласованию)"),
        ("Москва май (по согласованию с Мэрией)", "Москва", "май (по согласованию с Мэрией)"),
        ("Москва Май (по согласованию)", "Москва", "Май (по согласованию)"),
        # …but a month with a capital after a number is a name's: a street, a square.
        ("Москва ул. 8 Марта д. 1", "Москва ул. 8 Марта д. 1", None),
        ("Площадь 1 Мая Екатеринбург", "Площадь 1 Мая Екатеринбург", None),
        ("ДК им. 1 Мая", "ДК им. 1 Мая", None),
        ("Дворец культуры 50-летия Октября", "Дворец культуры 50-летия Октября", None),
        ("ДК им. 1 Мая\nмай", "ДК им. 1 Мая", "май"),
        # On a line of its own under the place it is the date, whatever its case.
        ("Москва\n1 Мая", "Москва", "1 Мая"),
        # The number after a number sign is a school's or a house's, never a date's day, even
        # where a month stands after it on the next line (blind round 8a, `lo-nested.odt`).
        ("Школа № 7\nфевраль", "Школа № 7", "февраль"),
        ("Школа № 7 12 марта", "Школа № 7", "12 марта"),
        ("Гимназия N 2\nмай", "Гимназия N 2", "май"),
        ("Лицей № 3 май (по согласованию)", "Лицей № 3", "май (по согласованию)"),
        ("", None, None),
    ],
)
def test_place_and_date_in_one_cell(cell: str, place: str | None, date_text: str | None) -> None:
    assert split_place_date(cell) == (place, date_text)


@pytest.mark.parametrize(
    ("text", "rest", "marker"),
    [("Юбилей городов МАГⁱ", "Юбилей городов МАГ", "ⁱ"), ("Дни городов МАГ¹", "Дни городов МАГ", "¹"),
     ("Юбилеи*", "Юбилеи", "*"), ("Юбилеи **", "Юбилеи", "**"), ("Форум 2026", "Форум 2026", "")],
)  # fmt: skip
def test_trailing_markers(text: str, rest: str, marker: str) -> None:
    assert split_trailing_markers(text) == (rest, marker)


def test_markers_that_point_at_the_same_footnote() -> None:
    assert marker_key("ⁱ") == marker_key("¹") == "1"
    assert split_leading_marker("ⁱ Дни городов указаны ОРИЕНТИРОВОЧНО") == ("ⁱ", "Дни городов указаны ОРИЕНТИРОВОЧНО")
    assert split_leading_marker("* Даты уточняются") == ("*", "Даты уточняются")
    assert split_leading_marker("Исполнительный директор") == ("", "Исполнительный директор")
    # A plain number glued to the note's first word (LibreOffice's web page printed), not to a number.
    assert split_leading_marker("1По согласованию с министерством") == ("1", "По согласованию с министерством")
    assert split_leading_marker("2024 год") == ("", "2024 год")
    assert split_leading_marker("12МАЯ") == ("", "12МАЯ")
    # Google Docs and Word web pages number their notes in brackets.
    assert split_leading_marker("[1] Для учащихся 1–4 классов") == ("1", "Для учащихся 1–4 классов")
    assert split_leading_marker("[1]Для") == ("", "[1]Для")


@pytest.mark.parametrize(
    ("joined", "vocabulary", "known"),
    [
        ("«Бишкек»,", frozenset({"бишкек"}), True),  # punctuation and letter case aside
        ("Бишк", frozenset({"бишкек"}), False),
        ("необходимости", frozenset(), True),  # a date wording's long word, printed or not
        ("Ежеквартально", frozenset(), True),
        ("общественностью", frozenset(), False),
    ],
)
def test_known_word(joined: str, vocabulary: frozenset[str], known: bool) -> None:
    """A word cut at a line end (PDF, OCR) or a page end (assemble), joined back, is a word when
    the document prints it whole elsewhere or a date wording has it."""
    assert known_word(joined, vocabulary) is known


_HEADER = "№ п/п | Наименование мероприятия | Дата проведения | Место проведения | Ответственный"


@pytest.mark.parametrize(
    ("read", "alike"),
    [
        # A scan's reading of the header printed again: its band read as two overlapping lines,
        # words in pieces and some twice over, out of order.
        (
            "№ пут | На именов. еновани. е Mi ероприя тия | д ата проведения | м. есто п проведени. е. я"
            " | Ответственный >",
            True,
        ),
        ("n/n № | наименование мероприятия | дата проведения | место проведения | ответственный", True),
        # ... its columns in another order: the letters alone tell.
        ("Ответственный | Место проведения | Дата проведения | Наименование мероприятия | № п/п", True),
        # Another table's header: a column named otherwise.
        ("№ п/п | Наименование мероприятия | Срок исполнения | Ответственные исполнители", False),
        # The same header short of a column's name.
        ("№ п/п | Наименование мероприятия | Дата | Место | Ответственный", False),
        # A row of the plan, and a sentence of the header's own words and others.
        ("12 | Чествование юбиляров предприятия | в течение года | Актовый зал администрации | Кадровая служба", False),
        ("Проведение мероприятий по подготовке отчета о деятельности и организации проведения мероприятия", False),
    ],
)
def test_letters_alike(read: str, alike: bool) -> None:
    """A header printed again is told by its letters whatever their order: nearly all of them and
    few others."""
    assert letters_alike(_HEADER, read) is alike


def test_letters_alike_needs_a_header_of_some_letters() -> None:
    assert not letters_alike("№ Дата", "Дата №")  # too few to tell a header by


# -- wordings of other bodies and producers (the contract audit) -------------------------


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Организатор - МАГ", ["МАГ"]),
        ("Организатор – МАГ, СРГ", ["МАГ", "СРГ"]),
        ("ОРГАНИЗАТОРЫ: МАГ", ["МАГ"]),
        ("Организатор:МАГ", ["МАГ"]),
        # A list whose names hold commas of their own is printed with semicolons.
        ("Организаторы: МАГ; Правительство Москвы (ДВМС, ДГП)", ["МАГ", "Правительство Москвы (ДВМС, ДГП)"]),
        ("Организаторы мероприятия: МАГ, СРГ", ["МАГ", "СРГ"]),
        ("Организатор проведения: МАГ", ["МАГ"]),
        # The list goes on under its word, or after a line that ends with a comma.
        ("Организаторы:\nМАГ, СРГ", ["МАГ", "СРГ"]),
        ("Организаторы:\nМАГ\nСРГ\nПартнеры: АГП", ["МАГ", "СРГ"]),
        ("Организаторы:\nМАГ;\nПравительство Москвы.", ["МАГ", "Правительство Москвы"]),
        ("Организаторы: МАГ,\nСРГ", ["МАГ", "СРГ"]),
        ("Организаторы: МАГ\nПо согласованию", ["МАГ"]),
        # «и» joins no two organizers the contract splits; co-organizers are not organizers.
        ("Организаторы: МАГ и СРГ", ["МАГ и СРГ"]),
        ("Соорганизаторы: МАГ", []),
        ("Совместно с МАГ\nОрганизаторы: „Центр, инноваций“, МАГ", ["„Центр, инноваций“", "МАГ"]),
        # The organizers' part ends where a sentence of its own begins; abbreviations do not end it.
        ("Организаторы: МАГ, СРГ. Место уточняется", ["МАГ", "СРГ"]),
        ("Организаторы: Правительство Москвы. Вход свободный", ["Правительство Москвы"]),
        ("Организатор: ГБУ г. Москвы «Центр»", ["ГБУ г. Москвы «Центр»"]),
        ("Организатор: музей им. А.С. Пушкина", ["музей им. А.С. Пушкина"]),
        ("Организаторы: МАГ, ООО «Альфа». Участники по списку", ["МАГ", "ООО «Альфа»"]),
    ],
)
def test_organizer_wordings(note: str, expected: list[str]) -> None:
    assert organizers(note) == expected


@pytest.mark.parametrize(
    ("header", "cell", "expected"),
    [
        # A column of its own holds only the list: every line is a part of it.
        ("Организаторы", "АГП\nВАРМСУ", ["АГП", "ВАРМСУ"]),
        ("Организаторы", "АГП, ВАРМСУ,\nИсполком МАГ", ["АГП", "ВАРМСУ", "Исполком МАГ"]),
        ("Организатор", "Правительство Москвы (ДВМС, ДГП)", ["Правительство Москвы (ДВМС, ДГП)"]),
        ("Организаторы мероприятия", "МАГ;\nСРГ.", ["МАГ", "СРГ"]),
        # The word printed again in the cell is not an organizer.
        ("Организаторы", "Организатор: АГП", ["АГП"]),
        # Other columns are not organizers' lists.
        ("Соорганизаторы", "АГП\nВАРМСУ", None),
        ("Партнеры", "АГП", None),
    ],
)
def test_column_organizers(header: str, cell: str, expected: list[str] | None) -> None:
    assert column_organizers(header, cell) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Организаторы: Исполком СНГ, Мэрия Минска", True),
        ("Организатор: АНО «Город, культура и спорт»", True),
        ("Организаторы : МАГ", True),  # a colon set apart (a scan, a typist)
        # In small letters it goes on a sentence; without the colon it names no list.
        ("организаторы: МАГ", False),
        ("Организаторы МАГ", False),
        ("Организаторский комитет: МАГ", False),
        ("Соорганизаторы: АГП", False),
    ],
)
def test_opens_organizers(line: str, expected: bool) -> None:
    assert opens_organizers(line) is expected


@pytest.mark.parametrize(
    ("cell", "title", "members"),
    [
        ("Собрания:\n1. ВАРМСУ\n2. АГП", "Собрания", ["ВАРМСУ", "АГП"]),
        ("Собрания:\n· ВАРМСУ\n· АГП", "Собрания", ["ВАРМСУ", "АГП"]),
        ("Собрания:\n— ВАРМСУ\n— АГП", "Собрания", ["ВАРМСУ", "АГП"]),
        ("Собрания\n•ВАРМСУ\n•АГП", "Собрания", ["ВАРМСУ", "АГП"]),
        # Wingdings bullets as Unicode prints them.
        ("Собрания:\n➢ ВАРМСУ\n➢ АГП", "Собрания", ["ВАРМСУ", "АГП"]),
        ("Собрания:\n■ ВАРМСУ\n■ АГП", "Собрания", ["ВАРМСУ", "АГП"]),
        ("Собрания: ❖ ВАРМСУ ❖ АГП", "Собрания", ["ВАРМСУ", "АГП"]),
        # A list punctuated as a sentence: «;» after each item, «.» after the last.
        ("Собрания:\n- ВАРМСУ;\n- АГП.", "Собрания", ["ВАРМСУ", "АГП"]),
        ("Собрания: • ВАРМСУ; • АГП", "Собрания", ["ВАРМСУ", "АГП"]),
        # A member's own full stop stays where the list is not punctuated so.
        ("Собрания:\n- ВАРМСУ\n- АГП и др.", "Собрания", ["ВАРМСУ", "АГП и др."]),
        # A number inside a line is no list mark.
        ("Форум:\n1.5 тыс. участников", "Форум:\n1.5 тыс. участников", []),
    ],
)
def test_member_wordings(cell: str, title: str, members: list[str]) -> None:
    assert split_members(cell) == (title, members)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("ХХХІІ сессия", 32),
        ("5-ый форум", 5),
        ("2-ой съезд", 2),
        ("V-й форум", 5),
        ("LIII сессия", 53),
        ("Участие в 3-м форуме", 3),
        # A century or a part of the year is no edition; the next numeral may be one.
        ("Конференция «Культура XXI века»", None),
        ("Отчет за IV квартал", None),
        ("Итоги II полугодия", None),
        ("Форум «Город XXI века» и II конференция", 2),
        ("Фестиваль «Город-2025»", None),
        ("Заседание № 5", None),
        ("12-ти часовой марафон", None),
    ],
)
def test_edition_wordings(title: str, expected: int | None) -> None:
    assert edition(title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("110-летие", 110), ("110 - летие", 110), ("1000-летие", 1000), ("(175 лет)", 175), ("175 ЛЕТ", 175),
     ("870 лет со дня основания", 870), ("в 2026 году", None), ("к 300-летию", None),
     ("1 000 лет", 1000), ("1\u00a0020 лет", 1020), ("3 октября 110 лет", 110)],
)  # fmt: skip
def test_age_wordings(text: str, expected: int | None) -> None:
    assert age_years(text) == expected


@pytest.mark.parametrize(
    ("text", "rest"),
    [("170 лет", ""), ("(175 лет)", "()"), ("3 октября 110 лет", "3 октября "), ("1 000 лет, 12 мая", ", 12 мая"),
     ("110 лет и 120 лет", " и 120 лет"), ("12 мая", "12 мая")],
)  # fmt: skip
def test_without_age_takes_out_the_first_age(text: str, rest: str) -> None:
    """The city row's date stays after its age is taken out; only the first age goes (the
    search for the age is shared with `age_years`: both answers must agree, asked in any order)."""
    assert without_age(text) == rest
    assert (age_years(text) is None) == (rest == text)


@pytest.mark.parametrize(
    ("heading", "name", "kind"),
    [
        ("2.1. Заседания Совета", "Заседания Совета", "event"),
        ("2.1 Заседания Совета", "Заседания Совета", "event"),
        ("10.2.1. Работа с кадрами", "Работа с кадрами", "event"),
        ("Раздел 3 Культурная программа", "Культурная программа", "event"),
        ("РАЗДЕЛ II. Юбилеи городов", "Юбилеи городов", "anniversary"),
        ("Раздел III: Информационное обеспечение", "Информационное обеспечение", "information"),
        ("Глава 1. Дни городов", "Дни городов", "city_day"),
        ("§ 2. Мероприятия", "Мероприятия", "event"),
        ("1 Заседания Совета", "Заседания Совета", "event"),
        ("Б) Мероприятия", "Мероприятия", "event"),
        ("Города-юбиляры", "Города-юбиляры", "anniversary"),
        ("ЮБИЛЕЙНЫЕ ДАТЫ", "ЮБИЛЕЙНЫЕ ДАТЫ", "anniversary"),
        ("Празднование Дней города", "Празднование Дней города", "city_day"),
        ("Дни столиц", "Дни столиц", "city_day"),
        # Not numbering: a holiday's day, an edition, a heading that is its number alone.
        ("9 Мая - День Победы", "9 Мая - День Победы", "event"),
        ("XV Московский урбанистический форум", "XV Московский урбанистический форум", "event"),
        ("Раздел 1", "Раздел 1", "event"),
    ],
)
def test_heading_wordings(heading: str, name: str, kind: str) -> None:
    assert (section_name(heading), kind_of(heading)) == (name, kind)


@pytest.mark.parametrize(
    ("cell", "place", "date_text"),
    [
        ("Москва – март", "Москва", "март"),
        ("Москва,\nмарт", "Москва", "март"),
        ("Ереван, Армения, октябрь", "Ереван, Армения", "октябрь"),
        ("Москва, ВДНХ\nмарт", "Москва, ВДНХ", "март"),
        ("Москва, 1-е полугодие", "Москва", "1-е полугодие"),
        # Two dates of one event on lines of their own under the place.
        ("Москва\nмарт\nсентябрь", "Москва", "март\nсентябрь"),
        ("Дом Правительства\nМосквы\nмарт\nсентябрь", "Дом Правительства Москвы", "март\nсентябрь"),
        ("Москва\n11.03.2026\n11.11.2026", "Москва", "11.03.2026\n11.11.2026"),
        ("Нижний\nНовгород\nиюнь", "Нижний Новгород", "июнь"),
        ("Москва\nфевраль\n(ориентировочно)", "Москва", "февраль\n(ориентировочно)"),
    ],
)
def test_place_and_date_wordings(cell: str, place: str | None, date_text: str | None) -> None:
    assert split_place_date(cell) == (place, date_text)


@pytest.mark.parametrize(
    ("text", "rest", "marker"),
    [("Дни городов¹ ²", "Дни городов", "¹²"), ("Форум¹,²", "Форум", "¹²"), ("Юбилеи * *", "Юбилеи", "**")],
)  # fmt: skip
def test_marker_runs(text: str, rest: str, marker: str) -> None:
    assert split_trailing_markers(text) == (rest, marker)


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Месяц", "date"),
        ("Месяц проведения", "date"),
        ("Квартал", "date"),
        ("Ответст-\nвенные", "responsible"),
        # A PDF's header joined with its hyphen kept (LibreOffice's print of a narrow column).
        ("Ответст-венный", "responsible"),
        ("Ответст- венный", "responsible"),
        ("Организатор", "extra"),
        ("Ответственные (исполнители)", "responsible"),
        ("Срок (исполнения / проведения)", "date"),
        ("Место проведения", "place"),
        ("Наименование мероприятия", "title"),
        ("Форма отчетности", "extra"),
        ("Организаторы", "extra"),
        # What is said of the event is no event column, wherever it stands.
        ("Участники мероприятия", "extra"),
        ("Форма проведения мероприятия", "extra"),
        ("Уровень мероприятия", "extra"),
        ("Ожидаемый результат мероприятия", "extra"),
        ("Содержание мероприятия", "title"),
        # A lesson is no event: a teacher's plan of lessons (blind round 8a, `non-ktp.docx`); the
        # theme of an event still names it.
        ("Тема урока", "extra"),
        # A course's class neither (blind round 9, `non-course-schedule.html`).
        ("Тема занятия", "extra"),
        ("Тема мероприятия", "title"),
        # A calendar list's (SharePoint's, Outlook's) name for the venue.
        ("Расположение", "place"),
        # The date a record was made is no date of an event (blind round 12b, `non-acts-list.html`).
        ("Дата принятия", "extra"),
        ("Дата размещения", "extra"),
        ("Дата регистрации документа", "extra"),
        ("Дата проведения", "date"),
        # A 1-bit scan may lose a thin letter («Мероприяте» for «Мероприятие»): its stem names the column.
        ("Мероприяте", "title"),
        # «№ п/п» with its stroke lost on a scan («2 пп»: vertical-headers upside down), and «пп»
        # typed so; never the letters inside a word.
        ("Ответс:", "responsible"),  # cut off at a scrolled table's edge
        ("Ответы", "extra"),
        ("2 пп", "number"),
        ("пп", "number"),
        ("п.п.", "extra"),
        ("Группа", "extra"),
    ],
)
def test_header_wordings(header: str, role: str) -> None:
    assert column_role(header) == role


@pytest.mark.parametrize(
    ("line", "marker", "text"),
    [
        ("*) Даты ориентировочные", "*", "Даты ориентировочные"),
        ("(*) Даты ориентировочные", "*", "Даты ориентировочные"),
        ("(**) По согласованию", "**", "По согласованию"),
        ("¹) Даты ориентировочные", "¹", "Даты ориентировочные"),
        # A dash that sets the marker off from its text is the marker's, not the footnote's.
        ("* - даты ориентировочные", "*", "даты ориентировочные"),
        ("¹ – даты уточняются", "¹", "даты уточняются"),
        ("* -5 градусов", "*", "-5 градусов"),
        ("- даты", "", "- даты"),
    ],
)
def test_footnote_line_wordings(line: str, marker: str, text: str) -> None:
    assert split_leading_marker(line) == (marker, text)


def _city_rows(*rows: tuple[str, str, str, str]) -> list[dict[str, object]]:
    """The items of an anniversary table `№ | city | age | date` (rule 1), as the JSON gives them."""
    from magplan.assemble import assemble
    from magplan.layout import Cell, Layout, Paragraph, Row, Table
    from magplan.normalize.items import build_plan

    header = Row([Cell(t) for t in ("№ п/п", "Мероприятия", "Место, дата", "Примечание")])
    table = Table([header, Row([Cell("Юбилеи городов", colspan=4)]), *(Row([Cell(t) for t in r]) for r in rows)])
    plan = build_plan(assemble(Layout([Paragraph("План мероприятий на 2026 год"), table])), "plan.docx", "docx")
    items: list[dict[str, object]] = plan.to_dict()["items"]
    return items


@pytest.mark.parametrize(
    ("row", "city", "age", "date_text"),
    [
        (("1.", "Мурманск", "110 лет", "3 октября"), "Мурманск", 110, "3 октября"),
        (("1.", "Астана", "28-летие", "6 июля"), "Астана", 28, "6 июля"),
        (("1.", "Казань", "1020 лет\n30 августа", ""), "Казань", 1020, "30 августа"),
        # The age printed beside the city in its own cell.
        (("1.", "Нижний Новгород (805 лет)", "", "август"), "Нижний Новгород", 805, "август"),
        (("1.", "Мурманск – 110 лет", "", "3 октября"), "Мурманск", 110, "3 октября"),
        # Brackets that say more than an age stay the city's.
        (("1.", "Москва (Россия)", "879 лет", "сентябрь"), "Москва (Россия)", 879, "сентябрь"),
        (("1.", "Ростов-на-Дону", "277 лет", "сентябрь"), "Ростов-на-Дону", 277, "сентябрь"),
    ],
)
def test_city_row_wordings(row: tuple[str, str, str, str], city: str, age: int, date_text: str) -> None:
    (item,) = _city_rows(row)
    assert (item["kind"], item["title"], item["place"]) == ("anniversary", city, city)
    assert (item["age_years"], item["date_text"], item["note"]) == (age, date_text, None)


def test_city_row_date_under_the_responsible_column_is_its_date_only() -> None:
    """A city row read under a header of five columns, its age under «Срок» and its date under
    «Ответственные» (a section printed with its own column widths): the date, no responsible."""
    from magplan.assemble import assemble
    from magplan.layout import Cell, Layout, Paragraph, Row, Table
    from magplan.normalize.items import build_plan

    heads = ("№", "Наименование мероприятия", "Место проведения", "Срок проведения", "Ответственные")
    # ... or its date under «Срок» and its age under «Ответственные» («22 года»: no person either).
    rows = [
        ("1.", "Волгоград", "", "1178 лет", "июль"),
        ("2.", "Ереван", "", "979 лет", "2 мая"),
        ("3.", "Бишкек", "", "11 августа", "22 года"),
    ]
    table = Table(
        [
            Row([Cell(t) for t in heads]),
            Row([Cell("Юбилеи городов МАГ", colspan=5)]),
            *(Row([Cell(t) for t in r]) for r in rows),
        ]
    )
    plan = build_plan(assemble(Layout([Paragraph("План мероприятий на 2026 год"), table])), "plan.pdf", "pdf")
    got = [(i["title"], i["age_years"], i["date_text"], i["responsible"]) for i in plan.to_dict()["items"]]
    assert got == [
        ("Волгоград", 1178, "июль", None),
        ("Ереван", 979, "2 мая", None),
        ("Бишкек", 22, "11 августа", None),
    ]


@pytest.mark.parametrize(
    ("place", "date", "expected"),
    [
        ("март (ориентировочно)", "", (None, "март (ориентировочно)")),  # the date set under «Место»
        ("II полугодие", "", (None, "II полугодие")),
        ("Казань", "", ("Казань", None)),
        ("По согласованию", "", ("По согласованию", None)),  # a place's wording, no date
        # «Каждое …» counts a unit of time to be a frequency: a place that opens so is a place.
        ("Каждое муниципальное образование", "", ("Каждое муниципальное образование", None)),
        ("Каждая средняя школа района", "", ("Каждая средняя школа района", None)),
        ("Каждый летний лагерь", "", ("Каждый летний лагерь", None)),
        ("Каждый местный клуб", "", ("Каждый местный клуб", None)),  # «мес.» is a whole word
        ("еженед.", "", (None, "еженед.")),
        ("каждую среду", "", (None, "каждую среду")),
        ("февраль", "март", ("февраль", "март")),  # each column maps directly where both are filled
    ],
)
def test_a_date_wording_under_the_place_heading_of_a_row_without_a_date(
    place: str, date: str, expected: tuple[str | None, str | None]
) -> None:
    """A table of three columns under one of four (its rows set on the columns above by overlap)
    may put its dates under «Место проведения»: a date wording alone is never the place."""
    from magplan.assemble import assemble
    from magplan.layout import Cell, Layout, Paragraph, Row, Table
    from magplan.normalize.items import build_plan

    heads = ("Наименование мероприятия", "Срок проведения", "Место проведения", "Ответственный")
    table = Table([Row([Cell(t) for t in heads]), Row([Cell("Семинар"), Cell(date), Cell(place), Cell("")])])
    plan = build_plan(assemble(Layout([Paragraph("План мероприятий на 2026 год"), table])), "plan.pdf", "pdf")
    (item,) = plan.to_dict()["items"]
    assert (item["place"], item["date_text"]) == expected


def test_an_event_under_an_anniversary_heading_stays_an_event_row() -> None:
    (item,) = _city_rows(("1.", "Торжественное собрание к 30-летию Ассамблеи", "Москва\nмай", "Организатор: МАГ"))
    assert (item["title"], item["place"], item["date_text"]) == (
        "Торжественное собрание к 30-летию Ассамблеи",
        "Москва",
        "май",
    )
    assert (item["age_years"], item["organizers"]) == (None, ["МАГ"])


def test_an_ordinal_with_an_en_dash_is_an_edition() -> None:
    assert (edition("5–й форум"), edition("10–12 июня"), edition("2024–2025 гг.")) == (5, None, None)


def test_a_marker_inside_a_date_cell_points_at_its_footnote() -> None:
    """«май¹ (по согласованию)»: the marker is no part of the wording, and its footnote
    («ориентировочно») makes the row approximate (rule 2)."""
    from magplan.assemble import assemble
    from magplan.layout import Cell, Layout, Paragraph, Row, Table
    from magplan.normalize.items import build_plan

    header = Row([Cell(t) for t in ("№ п/п", "Наименование мероприятия", "Срок проведения")])
    rows = [Row([Cell("1."), Cell("Форум"), Cell("май¹ (по согласованию)")]),
            Row([Cell("2."), Cell("Семинар"), Cell("июнь* \n(уточняется)")])]  # fmt: skip
    notes = [Paragraph("¹ Даты ориентировочные"), Paragraph("* По согласованию с городами")]
    layout = Layout([Paragraph("План на 2026 год"), Table([header, *rows]), *notes])
    items = build_plan(assemble(layout), "plan.docx", "docx").to_dict()["items"]
    assert [(i["date_text"], i["date_start"], i["approximate"]) for i in items] == [
        ("май (по согласованию)", "2026-05-01", True),
        ("июнь\n(уточняется)", "2026-06-01", False),
    ]


@pytest.mark.parametrize(
    ("numeral", "marker", "key"),
    [("i", "ⁱ", "1"), ("ii", "ⁱⁱ", "2"), ("iii", "ⁱⁱⁱ", "3"), ("iv", "ⁱᵛ", "4"), ("v", "ᵛ", "5"),
     ("vi", "ᵛⁱ", "6"), ("vii", "ᵛⁱⁱ", "7"), ("viii", "ᵛⁱⁱⁱ", "8"), ("ix", "ⁱˣ", "9"), ("x", "ˣ", "10")],
)  # fmt: skip
def test_raised_roman_endnote_markers_one_to_ten(numeral: str, marker: str, key: str) -> None:
    """Word and LibreOffice number endnotes in small Roman numerals: printed raised in the text,
    each is a marker of its own footnote number, on a word's end and stripped from the title."""
    from magplan.text import marker_keys, strip_markers, superscript

    assert superscript(numeral) == marker
    assert split_trailing_markers(f"Форум{marker}") == ("Форум", marker)
    assert strip_markers(f"Форум{marker} городов") == "Форум городов"
    assert marker_keys(marker) == [key]


def test_a_raised_roman_two_is_not_a_raised_eleven() -> None:
    from magplan.text import marker_keys

    assert marker_key("ⁱⁱ") == marker_key("²") == "2"
    assert marker_key("¹¹") == "11" and "11" not in marker_keys("ⁱⁱ")
    # A raised run of letters that is no numeral of one to ten stays as printed.
    from magplan.text import superscript

    assert superscript("xi") == "xi" and superscript("iiii") == "iiii"


def test_endnotes_numbered_past_three_point_at_their_rows() -> None:
    """Ten rows, each with its own raised endnote «ⁱ» … «ˣ»; the notes at the document's end
    («i …», «iv …», «x …»): every note once, in order, and only the rows whose note says
    «ориентировочно» approximate."""
    from magplan.assemble import assemble
    from magplan.layout import Cell, Layout, Paragraph, Row, Table
    from magplan.normalize.items import build_plan
    from magplan.text import superscript

    numerals = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
    approximate = {"ii", "iv", "ix"}
    header = Row([Cell(t) for t in ("№ п/п", "Наименование мероприятия", "Срок проведения")])
    rows = [Row([Cell(f"{n}."), Cell(f"Форум {n}{superscript(r)}"), Cell("май")]) for n, r in enumerate(numerals, 1)]
    notes = [
        Paragraph(f"{r} Сроки ориентировочно {n}" if r in approximate else f"{r} Примечание номер {n}")
        for n, r in enumerate(numerals, 1)
    ]
    layout = Layout([Paragraph("План на 2026 год"), Table([header, *rows]), *notes])
    plan = build_plan(assemble(layout), "plan.pdf", "pdf").to_dict()
    assert [i["title"] for i in plan["items"]] == [f"Форум {n}" for n in range(1, 11)]
    assert plan["document"]["footnotes"] == [p.text.split(" ", 1)[1] for p in notes]
    assert [i["approximate"] for i in plan["items"]] == [r in approximate for r in numerals]


def test_organizers_column_gives_every_line_of_its_cell() -> None:
    """A plan with a column «Организаторы» (a list, a name a line), the note cell naming none:
    the note keeps the column as «Организаторы: …», the organizers are all of its lines."""
    from magplan.assemble import assemble
    from magplan.layout import Cell, Layout, Paragraph, Row, Table
    from magplan.normalize.items import build_plan

    heads = ("№", "Мероприятие", "Место, дата", "Примечание", "Организаторы")
    row = ("1.", "Форум городов", "Минск, май", "По согласованию", "АГП\nВАРМСУ")
    table = Table([Row([Cell(t) for t in heads]), Row([Cell(t) for t in row])])
    plan = build_plan(assemble(Layout([Paragraph("План мероприятий на 2027 год"), table])), "plan.docx", "docx")
    (item,) = plan.to_dict()["items"]
    assert item["note"] == "По согласованию\nОрганизаторы: АГП\nВАРМСУ"
    assert item["organizers"] == ["АГП", "ВАРМСУ"]


_TWO_NOTES = [("*", "Даты ориентировочные"), ("**", "За счет организаторов")]


@pytest.mark.parametrize(
    ("titles", "approximate", "guessed", "unknown", "notes"),
    [
        # One marker with no footnote, one footnote no marker points at (a scan read «*» as «¹»):
        # each is the other's, and a warning says so.
        (("Бал¹", "Форум**"), [True, False], 1, 0, _TWO_NOTES),
        # Two markers with no footnote: nothing shows which is which.
        (("Бал¹", "Форум²"), [False, False], 0, 2, _TWO_NOTES),
        # Every footnote has its marker: the stray one points at none.
        (("Бал¹", "Форум*", "Сессия**"), [False, True, False], 0, 1, _TWO_NOTES),
        # A scan read the raised «*» as «¹» in footnotes and markers alike («¹ Даты…», «Форум¹*»):
        # with «*» for «¹» every marker has its footnote.
        (("Бал*", "Форум¹*"), [True, False], 2, 0, [("1", "Даты ориентировочные"), ("**", "За счет организаторов")]),
        # Footnotes «¹» and «*» both printed: no such reading.
        (("Бал²", "Форум¹*"), [False, False], 0, 2, [("1", "Даты ориентировочные"), ("*", "За счет организаторов")]),
    ],
)
def test_a_marker_that_points_at_no_footnote_takes_the_one_no_marker_points_at(
    titles: tuple[str, ...],
    approximate: list[bool],
    guessed: int,
    unknown: int,
    notes: list[tuple[str, str]],
) -> None:
    from magplan.assemble import RawItem, RawPlan
    from magplan.normalize.items import build_plan

    rows = [RawItem("", {"number": f"{k}.", "title": t, "place_date": "Москва, май"}) for k, t in enumerate(titles, 1)]
    plan = build_plan(RawPlan(["План мероприятий на 2027 год"], footnotes=notes, items=rows), "plan.pdf", "pdf")
    assert [item["approximate"] for item in plan.to_dict()["items"]] == approximate
    assert sum(w.code == "footnote_guessed" for w in plan.warnings) == guessed
    assert sum(w.code == "unknown_footnote" for w in plan.warnings) == unknown


@pytest.mark.parametrize(
    ("place", "note", "read"),
    [
        # «Организаторы: …» under the place's heading, the note empty: the row's note (a row printed
        # as a table of its own widths set it under the header's place cell).
        ("Организаторы: Исполком СНГ, МАГ", "", (None, "Организаторы: Исполком СНГ, МАГ", ["Исполком СНГ", "МАГ"])),
        ("Организатор: Мэрия Минска", "", (None, "Организатор: Мэрия Минска", ["Мэрия Минска"])),
        # A place is a place; beside a note of its own, the cell stays where it stands.
        ("Дом Правительства Москвы", "", ("Дом Правительства Москвы", None, [])),
        ("Организаторы: МАГ", "По плану", ("Организаторы: МАГ", "По плану", [])),
    ],
)
def test_an_organizers_note_under_the_place_heading_is_the_note(
    place: str, note: str, read: tuple[str | None, str | None, list[str]]
) -> None:
    from magplan.assemble import RawItem, RawPlan
    from magplan.normalize.items import build_plan

    cells = {"number": "4", "title": "Международная спартакиада", "date": "май", "place": place, "note": note}
    plan = build_plan(RawPlan(["План мероприятий на 2027 год"], items=[RawItem("", cells)]), "plan.pdf", "pdf")
    (item,) = plan.to_dict()["items"]
    assert (item["place"], item["note"], item["organizers"]) == read


def test_an_organizers_text_in_a_place_and_date_cell_is_kept() -> None:
    """A «Место и сроки» cell that opens «Организаторы: …» keeps its text where it was read: the
    note is filled from a place column's cell only (it was lost from the combined one)."""
    from magplan.assemble import RawItem, RawPlan
    from magplan.normalize.items import build_plan

    cells = {"number": "4", "title": "Спартакиада", "place_date": "Организатор: Мэрия Минска\nмай", "note": ""}
    plan = build_plan(RawPlan(["План мероприятий на 2027 год"], items=[RawItem("", cells)]), "plan.pdf", "pdf")
    (item,) = plan.to_dict()["items"]
    assert "Мэрия Минска" in " ".join(str(item[key]) for key in ("place", "note", "date_text"))


@pytest.mark.parametrize(
    ("number", "title", "expected"),
    [
        # A cell merged over the number's and the name's (a scan lost the border between them).
        (
            "3 Общественные слушания по проекту бюджета города",
            "",
            (3, "Общественные слушания по проекту бюджета города"),
        ),
        ("12. «Город будущего»", "", (12, "«Город будущего»")),
        ("3", "Общественные слушания", (3, "Общественные слушания")),
        # The name's own cell holds text: the number's cell is as printed (and not a number).
        ("3 Общественные", "Слушания", (None, "Слушания")),
        ("1 раз в квартал", "", (None, "")),  # no name opens in small letters
    ],
)
def test_number_and_name_in_one_cell(number: str, title: str, expected: tuple[int | None, str]) -> None:
    item, _ = build_item(RawItem("", {"number": number, "title": title}), 2027, _no_footnotes())
    assert (item.number, item.title) == expected


def _no_footnotes() -> _Footnotes:
    return _Footnotes([], [])
