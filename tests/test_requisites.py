"""Title, years and approval block: the requisites around the plan's table, table-style."""

from __future__ import annotations

import pytest

from magplan.model import Approval
from magplan.requisites import (
    approval_block,
    is_heading_line,
    is_plan_heading,
    other_document,
    plan_years,
    positions_unwrapped,
    running_years,
    signatory_block,
    signatory_lines,
    title_lines,
)


@pytest.mark.parametrize(
    ("title", "years"),
    [
        ("План мероприятий МАГ на 2026 год", (2026, 2026)),
        ("МЕРОПРИЯТИЯ ПО РАЗВИТИЮ ТУРИЗМА НА 2022 - 2024 ГОДЫ", (2022, 2024)),
        ("План работы на 2025–2026 гг.", (2025, 2026)),
        ("План мероприятий, посвященных 80-летию Победы (1945-2025), на 2025 год", (2025, 2025)),
        ("Перечень мероприятий", (None, None)),
        ("Календарный план 2027", (2027, 2027)),
    ],
)
def test_plan_years(title: str, years: tuple[int | None, int | None]) -> None:
    assert plan_years(title) == years


@pytest.mark.parametrize(
    ("lines", "years"),
    [
        # A plan whose heading names no year may name it in the pages' running head or foot.
        (["КДНиЗП администрации Октябрьского района — 2027 год"], (2027, 2027)),
        (["План работы на 2027 год", "Страница 1 из 3"], (2027, 2027)),
        (["Программа на 2027 - 2029 годы"], (2027, 2029)),
        # A date the page was printed or signed on, a copyright, a page number: no plan's year.
        (["Дата печати: 15.12.2026 г."], (None, None)),
        (["Исполнитель: Иванова, 15 декабря 2026 г."], (None, None)),
        # A signature's date at a page's top or foot (a PDF's line set apart there), or its blank.
        (["«20» декабря 2026 г."], (None, None)),
        (["«___» ____________ 2027 г."], (None, None)),
        (["© 2026 Отдел культуры", "стр. 2"], (None, None)),
        # A copyright names the year the document or the site was made, whatever words follow it.
        (["© Администрация Октябрьского района, 2019 г."], (None, None)),
        (["(c) 2019 г. Отдел культуры", "стр. 2"], (None, None)),
        (["Все права защищены, 2019 год"], (None, None)),
        # Two running lines naming different years name no one year.
        (["Отчёт за 2026 год", "План на 2027 год"], (None, None)),
    ],
)
def test_running_years(lines: list[str], years: tuple[int | None, int | None]) -> None:
    assert running_years(lines) == years


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # GOST R 7.0.97 prints the document type on a line of its own; its case is kept.
        (["ПЛАН", "мероприятий МАГ на 2024 год"], ["ПЛАН", "мероприятий МАГ на 2024 год"]),
        # A heading of several lines without the word «План» runs from its type word to the year.
        (
            ["МЕРОПРИЯТИЯ ПО РЕАЛИЗАЦИИ ПРОГРАММЫ", "НА 2022 - 2024 ГОДЫ"],
            ["МЕРОПРИЯТИЯ ПО РЕАЛИЗАЦИИ ПРОГРАММЫ", "НА 2022 - 2024 ГОДЫ"],
        ),
        (
            ["План работы", "Комиссии по культуре", "на 2028 год", "Заседания Комиссии"],
            ["План работы", "Комиссии по культуре", "на 2028 год"],
        ),
        # A portal's menu entry naming a plan stands further up than the plan's own heading.
        (
            ["Главная", "План мероприятий", "Новости", "Календарный план мероприятий МАГ на 2025 год"],
            ["Календарный план мероприятий МАГ на 2025 год"],
        ),
        # An explanatory note's sentence under the heading opens with «План» and names the year, then
        # goes on to its full stop: no heading (blind round 8a, `explanatory-note.docx`).
        (
            [
                "ПЛАН",
                "мероприятий парка на 2027 год",
                "Пояснительная записка",
                "План мероприятий на 2027 год составлен в соответствии с муниципальным заданием.",
            ],
            ["ПЛАН", "мероприятий парка на 2027 год"],
        ),
        (["План работы на 2027 год."], ["План работы на 2027 год."]),
        # A bilingual heading said again in English under the Russian one (blind round 9,
        # `english-heads.docx`); a Latin line without a year, or a Russian one, heads a section.
        (
            ["ПЛАН МЕРОПРИЯТИЙ", "центра на 2027 год", "EVENTS PLAN of the Centre for 2027", "Раздел 1"],
            ["ПЛАН МЕРОПРИЯТИЙ", "центра на 2027 год", "EVENTS PLAN of the Centre for 2027"],
        ),
        (["ПЛАН МЕРОПРИЯТИЙ", "центра на 2027 год", "IT-projects"], ["ПЛАН МЕРОПРИЯТИЙ", "центра на 2027 год"]),
        (["План работы на 2027 год", "Итоги 2026 года"], ["План работы на 2027 год"]),
        # The year's word wrapped under its year goes with it in any case (a heading in capitals; a
        # scan reading a large «год» as «ГОД»); a capitalised line of more words is a section.
        (
            ["ПЛАН РАБОТЫ", "Совета ветеранов на 2027", "ГОД", "Раздел 1"],
            ["ПЛАН РАБОТЫ", "Совета ветеранов на 2027", "ГОД"],
        ),
        (["ПЛАН РАБОТЫ НА 2027", "Год"], ["ПЛАН РАБОТЫ НА 2027", "Год"]),
        (["План работы на 2027", "Год культуры"], ["План работы на 2027"]),
        # A range of years wrapped after its dash goes on to its last year.
        (
            ["ПЛАН", "мероприятий программы на 2025 –", "2027 годы", "Раздел"],
            ["ПЛАН", "мероприятий программы на 2025 –", "2027 годы"],
        ),
    ],
)
def test_title_runs_from_the_type_word_to_the_year(lines: list[str], title: list[str]) -> None:
    found = title_lines(lines)
    assert found is not None and found[0] == title


@pytest.mark.parametrize(
    ("lines", "approval"),
    [
        (
            [
                "УТВЕРЖДЕНО",
                "Протоколом заседания Комиссии",
                "по культуре, туризму и молодежной политике МАГ",
                "от «14» декабря 2027 г. № 5",
                "План работы",
            ],
            Approval(
                "Протоколом заседания Комиссии по культуре, туризму и молодежной политике МАГ",
                None,
                "«14» декабря 2027 г.",
                "5",
            ),
        ),
        (
            ["УТВЕРЖДЕНО Протоколом заседания комиссии от « 07» 12 2021 № 8"],
            Approval("Протоколом заседания комиссии", None, "« 07» 12 2021", "8"),
        ),
        (
            ["УТВЕРЖДЕН", "решением Совета МАГ", "от 12.12.2025 № 15-р", "ПЛАН"],
            Approval("решением Совета МАГ", None, "12.12.2025", "15-р"),
        ),
        (
            ["УТВЕРЖДАЮ", "Президент МАГ", "_________ А.Н. Кравцов", "«25» декабря 2024 г."],
            Approval("Президент МАГ", "А.Н. Кравцов", "«25» декабря 2024 г.", None),
        ),
        # A narrow block (a PDF's text frame) wraps the date's year word and the act's number.
        (
            ["УТВЕРЖДАЮ", "Президент МАГ", "_________", "А.Н. Кравцов", "«25» декабря 2024", "г.", "ПЛАН"],
            Approval("Президент МАГ", "А.Н. Кравцов", "«25» декабря 2024 г.", None),
        ),
        (
            ["УТВЕРЖДЕН", "решением Совета", "МАГ от", "12.12.2025 №", "15-р", "ПЛАН"],
            Approval("решением Совета МАГ", None, "12.12.2025", "15-р"),
        ),
        # A photo's askew lines: the signature line's underscores read into the date line, before a
        # filled-in day, are no part of it; a blank day's stay.
        (
            ["УТВЕРЖДАЮ", "Президент МАГ", "_________ А.Н. Кравцов", "__ «25» декабря 2024 г.", "ПЛАН"],
            Approval("Президент МАГ", "А.Н. Кравцов", "«25» декабря 2024 г.", None),
        ),
        (
            ["УТВЕРЖДЕНО", "Протоколом заседания Комиссии", "от __ «22» декабря 2020 г. № 14", "ПЛАН"],
            Approval("Протоколом заседания Комиссии", None, "«22» декабря 2020 г.", "14"),
        ),
        # … the signature line read in quotes, an initial's point as a colon.
        (
            ["УТВЕРЖДАЮ", "Председатель Совета МАГ", '"_____________" И:В. Петрова', "«14» декабря 2020 г.", "ПЛАН"],
            Approval("Председатель Совета МАГ", "И.В. Петрова", "«14» декабря 2020 г.", None),
        ),
        (
            ["УТВЕРЖДАЮ", "Президент МАГ", "_________ А.Н. Кравцов", '"__" ______ 2024 г.', "ПЛАН"],
            Approval("Президент МАГ", "А.Н. Кравцов", '"__" ______ 2024 г.', None),
        ),
    ],
)
def test_approval_forms(lines: list[str], approval: Approval) -> None:
    assert approval_block(lines, 0)[0] == approval


def test_approval_in_a_narrow_column_wraps_the_name_after_its_initials_and_the_date_before_its_year() -> None:
    """A borderless table's cell printed narrow (LibreOffice, a 120 mm page): the surname under its
    initials, the year under the day and month; the block ends after the year's line."""
    lines = ["УТВЕРЖДАЮ", "Директор", "школы № 5", "________ А.П.", "Кречетов", "«21» декабря", "2026 г.", "ПЛАН"]
    approval = Approval("Директор школы № 5", "А.П. Кречетов", "«21» декабря 2026 г.", None)
    assert approval_block(lines, 0) == (approval, 7)


@pytest.mark.parametrize(
    ("below", "position"),
    [
        (["секретарь", "Совета Ассамблеи"], "Ответственный секретарь Совета Ассамблеи"),
        (["Исполнительного комитета"], "Ответственный Исполнительного комитета"),
        (["Рассылка"], "Ответственный"),
        (["Рассылка: по списку"], "Ответственный"),
        (["секретарь", "Исполнитель Петрова"], "Ответственный секретарь"),
        (["Приложение на 3 л"], "Ответственный"),
        (["Копия верна"], "Ответственный"),
        (["Отметка об исполнении"], "Ответственный"),
        # The sign-off sheet on the next page («ЛИСТ СОГЛАСОВАНИЯ» over a table of its own).
        (["ЛИСТ СОГЛАСОВАНИЯ"], "Ответственный"),
    ],
)
def test_a_position_under_its_name_stops_at_the_requisites_set_under_a_signature(
    below: list[str], position: str
) -> None:
    block = signatory_block(["Ответственный Ю.Н. Васюнькин", *below])
    assert block is not None
    assert (block.position, block.name) == (position, "Ю.Н. Васюнькин")


@pytest.mark.parametrize(
    ("lines", "position"),
    [
        (["Справочно:", "Директор департамента", "И.И. Иванов"], "Директор департамента"),
        # A scan's speck over the block read «.», a line of its own: no part of the position.
        ([".", "Директор ДК «Юбилейный»", "Н.А. Иванова"], "Директор ДК «Юбилейный»"),
        (["Сроки могут быть уточнены.", "Директор\tИ.И. Иванов"], "Директор"),
        (["Приложение: на 2 л.", "Ректор", "А.Б. Сидорова"], "Ректор"),
        (["Зам. директора", "И.И. Иванов"], "Зам. директора"),
        (["Глава администрации г. Москвы", "В.В. Петров"], "Глава администрации г. Москвы"),
        (["Исполнительный вице-президент,", "генеральный директор МАГ", "Ю.Н. Васюнькин"],
         "Исполнительный вице-президент, генеральный директор МАГ"),
        # A table's label (a PDF's «Продолжение таблицы 1» over the header a page repeats, read
        # after the table) is the layout's, never a position's line.
        (["Продолжение таблицы 1", "Исполнительный директор МАГ\tИ.И. Иванов"], "Исполнительный директор МАГ"),
        (["Таблица 2", "Директор", "И.И. Иванов"], "Директор"),
        (["Продолжение приложения 1", "Исполнительный директор МАГ\tИ.И. Иванов"], "Исполнительный директор МАГ"),
        (["Окончание приложения № 2", "Директор", "И.И. Иванов"], "Директор"),
        # A note's label opens a note (no full stop needed), its wrapped lines in small letters too.
        (["Примечание: сроки проведения могут уточняться", "Директор\tИ.И. Иванов"], "Директор"),
        (["Примечание: сроки проведения мероприятий", "могут уточняться в течение года", "Директор", "И.И. Иванов"],
         "Директор"),
        (["Примечание.", "Генеральный директор\tИ.И. Иванов"], "Генеральный директор"),
        # A table's totals line under it, read apart from the table (a scan's, its cells run together).
        (["Итогоз мероприятия", "Председатель профкома\tВ.П. Кравцов"], "Председатель профкома"),
        (["Итого: 12 мероприятий", "Директор", "И.И. Иванов"], "Директор"),
        (["Всего 5", "Директор", "И.И. Иванов"], "Директор"),
        # ... not a position's wrapped rest that opens with a word of the same stem.
        (["Председатель ГЭК по", "итоговой аттестации", "И.И. Иванов"], "Председатель ГЭК по итоговой аттестации"),
    ],
)  # fmt: skip
def test_a_paragraph_above_the_signature_is_no_part_of_the_position(lines: list[str], position: str) -> None:
    block = signatory_block(lines)
    assert block is not None and block.position == position


@pytest.mark.parametrize(
    ("lines", "blocks", "position"),
    [
        # A web page: the position over the name in one paragraph (`<br>`); the phone copy of the
        # plan above it, in paragraphs of its own, is no part of it.
        (["Турнир по мини-футболу", "июнь – август", "Председатель комитета", "Н.Н. Жумабаев"], [0, 1, 2, 2],
         "Председатель комитета"),
        # «Должность И.О. Фамилия» typed with a space: the line holds the whole position; a table's
        # caption above and a comment form's heading below are no part of it.
        (["Запись волонтёров у координатора", "Директор МЦ «Ровесник» Е.В. Лосева", "Добавить комментарий"],
         [0, 1, 2], "Директор МЦ «Ровесник»"),
        # A position wrapped over paragraphs, its name beside the last line by a tab, or typed
        # after a line in small letters, goes on as before.
        (["Исполнительный вице-президент,", "генеральный директор МАГ\tЮ.Н. Васюнькин"], [0, 1],
         "Исполнительный вице-президент, генеральный директор МАГ"),
        (["Заместитель главы администрации", "по социальным вопросам И.И. Иванов"], [0, 1],
         "Заместитель главы администрации по социальным вопросам"),
        (["Председатель комитета", "Н.Н. Жумабаев"], [0, 1], "Председатель комитета"),
        (["Председатель Совета МАГ,", "Мэр Москвы С.С. Собянин"], [0, 1], "Председатель Совета МАГ, Мэр Москвы"),
        # A name typed after the position's second line keeps the first above it in its paragraph.
        (["Запись волонтёров", "Председатель", "Комитета по культуре И.И. Иванов"], [0, 1, 1],
         "Председатель Комитета по культуре"),
    ],
)  # fmt: skip
def test_the_paragraphs_of_a_text_document_bound_the_position(
    lines: list[str], blocks: list[int], position: str
) -> None:
    block, _ = signatory_lines(lines, blocks, spaced=True)
    assert block is not None and block.position == position


def test_a_document_that_reads_its_tabs_as_spaces_keeps_a_position_wrapped_over_paragraphs() -> None:
    # A DOCX's paragraph prints its tab as a space: the name beside the position's last line is
    # no name typed after a position its line holds whole.
    lines = ["Председатель Комитета по культуре", "Санкт-Петербурга И.И. Иванов", "Совета Ассамблеи"]
    block, _ = signatory_lines(lines, [0, 1, 2])
    assert block is not None
    assert block.position == "Председатель Комитета по культуре Санкт-Петербурга Совета Ассамблеи"


def test_a_signature_line_in_its_own_cell_is_no_part_of_the_position() -> None:
    # A borderless three-cell table: position | signature line | name (cells joined by tabs).
    found = signatory_block(["Директор библиотеки\t____________\tЕ.А. Волкова"])
    assert found is not None
    assert (found.position, found.name) == ("Директор библиотеки", "Е.А. Волкова")


@pytest.mark.parametrize(
    ("title", "years"),
    [
        ("ПЛАН мероприятий на 2026 год и плановый период 2027-2028 годов", (2026, 2028)),
        ("План на 2026 г. и на плановый период 2027 и 2028 гг.", (2026, 2028)),
        ("Отчёт за 2024 год. План на 2025 - 2027 годы", (2025, 2027)),
    ],
)
def test_a_plan_with_a_planning_period_starts_at_its_own_year(title: str, years: tuple[int, int]) -> None:
    assert plan_years(title) == years


@pytest.mark.parametrize(
    ("title", "years"),
    [
        ("План на 2025 и 2026 годы", (2025, 2026)),
        ("План мероприятий на 2025, 2026 и 2027 гг.", (2025, 2027)),
        ("План работы на сезон 2025-2026", (2025, 2026)),
        ("ПЛАН работы на 2023-2024 учебный год", (2023, 2024)),
        ("План на 2024/25 уч. год", (2024, 2025)),
        # A school year named without «на» (blind round 8a): the range is the plan's years all the same.
        ("План воспитательной работы, 7 класс, 2027–2028 учебный год", (2027, 2028)),
        ("План работы кружка 2027/28 уч. год", (2027, 2028)),
        ("План мероприятий на 2024 - 2025 г.г.", (2024, 2025)),
        ("План работы на II полугодие 2025 года", (2025, 2025)),
        # A range that names no plan's years (a war's, a life's) is no plan's.
        ("План мероприятий к 80-летию Победы (1941-1945) на 2025 год", (2025, 2025)),
        ("План мероприятий, посвященных Победе в войне 1941-1945 годов, на 2025 год", (2025, 2025)),
        ("План мероприятий к 80-летию Победы в ВОВ 1941–1945 гг. в 2025 году", (2025, 2025)),
        ("Комплексный план мероприятий 2025-2027 годов", (2025, 2027)),
        ("План мероприятий на 2025 год и на 2026-2027 годы", (2025, 2027)),
    ],
)
def test_years_listed_or_ranged_in_a_heading(title: str, years: tuple[int, int]) -> None:
    assert plan_years(title) == years


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        # A document-type word spaced out as headings are typeset.
        (["П Л А Н", "мероприятий на 2024 год"], ["П Л А Н", "мероприятий на 2024 год"]),
        (["ПЛАН-ГРАФИК", "мероприятий на 2025 год"], ["ПЛАН-ГРАФИК", "мероприятий на 2025 год"]),
        (["ГРАФИК", "проведения заседаний на 2025 год"], ["ГРАФИК", "проведения заседаний на 2025 год"]),
        (["ПРОГРАММА", "мероприятий на 2025 год"], ["ПРОГРАММА", "мероприятий на 2025 год"]),
        # Two adjectives before the type word.
        (["Единый календарный план", "на 2025 год"], ["Единый календарный план", "на 2025 год"]),
        # An annex mark above the heading is no part of it.
        (
            ["Приложение № 1", "к постановлению администрации", "от 20.12.2024 № 1234", "План мероприятий на 2025 год"],
            ["План мероприятий на 2025 год"],
        ),
        # The heading goes on under its year line where the next line opens in lower case…
        (
            ["ПЛАН", "мероприятий на 2025 год", "по реализации Концепции молодежной политики", "Раздел 1. Заседания"],
            ["ПЛАН", "мероприятий на 2025 год", "по реализации Концепции молодежной политики"],
        ),
        # …and not where a section heading (a capital) follows.
        (["ПЛАН", "мероприятий на 2025 год", "I. Международные мероприятия"], ["ПЛАН", "мероприятий на 2025 год"]),
        # A site's path to the page before the heading (SharePoint's «Сайт › Список») is no part of it.
        (["Отдел культуры › План мероприятий на 2027 год"], ["План мероприятий на 2027 год"]),
        (["Главная → Документы → ПЛАН работы на 2027 год"], ["ПЛАН работы на 2027 год"]),
        # SharePoint draws its «:» between the steps as an icon (its `alt`); a colon inside a heading
        # of its own stays (blind round 10b, `sharepoint-cmd.html`).
        (["Отдел культуры : План мероприятий на 2027 год"], ["План мероприятий на 2027 год"]),
        (["ПЛАН : мероприятия отдела на 2027 год"], ["ПЛАН : мероприятия отдела на 2027 год"]),
        # A list's title after its site's name (SharePoint Online, `sharepoint-modern.html`).
        (["Библиотечная система: План мероприятий на 2027 год"], ["План мероприятий на 2027 год"]),
        # A heading in English only over a plan in Russian (blind round 10b, `english-heading.html`);
        # a Latin line that names no plan is no heading.
        (["International Youth Centre", "Events Plan of the Centre for 2027"], ["Events Plan of the Centre for 2027"]),
        (["Calendar of Events 2027", "Раздел 1"], ["Calendar of Events 2027"]),
        (["Events Plan of the Youth", "Centre for 2027", "Раздел 1"], ["Events Plan of the Youth", "Centre for 2027"]),
        # A scan reads a word of it in Cyrillic letters («Centre»): one word of a line at most.
        (
            ["Events Plan of the International Youth Сетмге", "for 2027"],
            ["Events Plan of the International Youth Сетмге", "for 2027"],
        ),
    ],
)
def test_heading_shapes(lines: list[str], title: list[str]) -> None:
    found = title_lines(lines)
    assert found is not None and found[0] == title


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("ПЛАН", True),
        ("П Л А Н", True),
        ("План-график проведения мероприятий на 2025 год", True),
        ("Календарный план", True),
        ("Единый календарный план", True),
        ("Культурно-массовые мероприятия на 2025 год", True),
        ("Программа мероприятий на 2025 год", True),
        ("ГРАФИК проведения заседаний", True),
        ("Перечень мероприятий", True),
        ("Календарь событий", True),
        # Not the type word itself, or too far into a sentence.
        ("Участие в мероприятиях партнеров", False),
        ("Выполнение плана работы", False),
        ("Список участников на 2025 год", False),
        ("Утвердить прилагаемый план мероприятий", False),
    ],
)
def test_the_plan_type_word(line: str, heading: bool) -> None:
    assert is_plan_heading(line) is heading


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Опубликовано 24.12.2026", False),
        ("Дата публикации: 24.12.2026", False),
        ("Обновлено: 10 января 2027", False),
        ("Размещено 01.02.2027 в 10:15", False),
        ("Просмотров: 37", False),
        ("Комментарии: 0", False),
        ("Автор: Super User", False),
        ("Категория: Новости", False),
        # Where the page was posted and how it is kept (Google Sheets «Publish to web», blind round
        # 10b, `gsheets-tabs.html`).
        ("Опубликовано в Google Таблицах – Сообщить о нарушении – Обновляется автоматически", False),
        ("Размещено на сайте управления культуры", False),
        ("Обновляется автоматически каждые 5 минут", False),
        ("Категории участников", True),
        # A heading that opens with such a word but says no date stays a heading.
        ("Изменения в законодательстве", True),
        ("Массовые мероприятия", True),
    ],
)
def test_a_line_about_the_page_itself_is_no_heading(line: str, heading: bool) -> None:
    # A site's post meta between the plan's heading and its table (WordPress's «posted on» line,
    # Joomla's article info: its date, hits, author and category).
    assert is_heading_line(line) is heading


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        # A note's label opens a note to the plan, not a section heading over the table's rows
        # (the note «Внимание: сроки проведения могут уточняться» was every item's section).
        ("Внимание: сроки проведения могут уточняться", False),
        ("Примечание: возможны изменения", False),
        ("Важно: вход по пригласительным", False),
        ("Справочно: план согласован с отделом культуры", False),
        ("Внимание родителей", True),
        ("Мероприятия для детей", True),
    ],
)
def test_a_notes_label_opens_no_heading(line: str, heading: bool) -> None:
    assert is_heading_line(line) is heading


@pytest.mark.parametrize(
    ("lines", "position", "name"),
    [
        (["Начальник управления культуры", "И.И. ИВАНОВ"], "Начальник управления культуры", "И.И. ИВАНОВ"),
        (["Начальник управления культуры", "ИВАНОВ И.И."], "Начальник управления культуры", "ИВАНОВ И.И."),
        (["И.о. начальника управления", "И.И. Иванов"], "И.о. начальника управления", "И.И. Иванов"),
        (["Начальник отдела /подпись/ И.И. Иванов"], "Начальник отдела", "И.И. Иванов"),
        (["Начальник отдела\t/подпись/\tИ.И. Иванов"], "Начальник отдела", "И.И. Иванов"),
        (["Директор", "(подпись)", "И.И. Иванов"], "Директор", "И.И. Иванов"),
        (["Начальник отдела", "И.И. Иванов ______________"], "Начальник отдела", "И.И. Иванов"),
        (["Заместитель министра", "А.А. Петрова-Водкина"], "Заместитель министра", "А.А. Петрова-Водкина"),
        # A name written in full, told by its patronymic.
        (["Руководитель _________ Иванов Иван Иванович"], "Руководитель", "Иванов Иван Иванович"),
        (["Начальник управления культуры", "Ирина Петровна Смирнова"], "Начальник управления культуры",
         "Ирина Петровна Смирнова"),
        # A narrow page wraps the name after its initials (beside the position or after a tab).
        (["Директор библиотеки Р.М.", "Андреева"], "Директор библиотеки", "Р.М. Андреева"),
        (["Начальник управления\tО. В.", "Лебедева-Орлова"], "Начальник управления", "О. В. Лебедева-Орлова"),
        (["Министр культуры области Р.Ф.", "Гайнуллин", "© Министерство"], "Министр культуры области",
         "Р.Ф. Гайнуллин"),
        # … but a name whole on its line («Кравцов А.Н.»: its surname names no position) is no
        # initials wrapped before a word under it (a site's menu under the signature).
        (["Ответственный секретарь", "Совета Ассамблеи", "Кравцов А.Н.", "Новости"],
         "Ответственный секретарь Совета Ассамблеи", "Кравцов А.Н."),
        # Names in the letters of the CIS capitals' languages (Kazakh, Belarusian, Tajik).
        (["Аким города Астаны", "Ж.М. Қасымбек"], "Аким города Астаны", "Ж.М. Қасымбек"),
        (["Начальник управления\tӘлиев Ә.Ө."], "Начальник управления", "Әлиев Ә.Ө."),
        (["Старшыня камітэта", "А.І. Ўсцінаў"], "Старшыня камітэта", "А.І. Ўсцінаў"),
        (["Раиси шаҳр", "Ҷ.Ҳ. Раҳмонов"], "Раиси шаҳр", "Ҷ.Ҳ. Раҳмонов"),
        # A dash between the position and the name sets them apart.
        (["Директор Дворца творчества — А.А. Нурматов"], "Директор Дворца творчества", "А.А. Нурматов"),
        (["Заведующий отделом - Н.К. Абдыкалыков"], "Заведующий отделом", "Н.К. Абдыкалыков"),
        # So do marks a scan reads where the signature's ink crosses the line; a quote or a bracket stays.
        (["Председатель Комиссии ‚-А.Н. Кравцов"], "Председатель Комиссии", "А.Н. Кравцов"),
        (["Председатель Комиссии ~, А.Н. Кравцов"], "Председатель Комиссии", "А.Н. Кравцов"),
        (["Директор МЦ «Ровесник» Е.В. Лосева"], "Директор МЦ «Ровесник»", "Е.В. Лосева"),
        # A stamp is neither position nor name: «М.П.» under the signature, an electronic signature's
        # stamp beside the name or under it, the captions under a signature line.
        (["Директор\t______\tИ.И. Иванов", "М.П."], "Директор", "И.И. Иванов"),
        (["Директор", "М.П.", "И.И. Иванов"], "Директор", "И.И. Иванов"),
        (["Директор\tДокумент подписан электронной подписью И.И. Иванов", "Сертификат 01D7A3B2C4E5F6A7B8C9",
          "Владелец Иванов Иван Иванович", "Действителен с 01.02.2026 по 01.05.2027"], "Директор", "И.И. Иванов"),
        (["Директор", "Документ подписан электронной подписью", "Сертификат 01D7A3B2C4E5F6A7B8C9",
          "Владелец Иванов Иван Иванович", "Действителен с 01.02.2026 по 01.05.2027", "И.И. Иванов"],
         "Директор", "И.И. Иванов"),
        (["Директор\tИ.И. Иванов", "Документ подписан электронной подписью", "Сертификат 01D7A3B2C4E5F6A7B8C9"],
         "Директор", "И.И. Иванов"),
        (["Директор\tИ.И. Иванов", "Документ подписан электронной", "подписью", "Сертификат 01D7A3B2C4E5F6A7B8C9"],
         "Директор", "И.И. Иванов"),
        (["Директор\tПодписано ЭЦП И.И. Иванов"], "Директор", "И.И. Иванов"),
        (["Директор\t______\tИ.И. Иванов", "(должность)\t(подпись)\t(расшифровка подписи)"], "Директор",
         "И.И. Иванов"),
        (["И.о. директора\tИ.И. Иванов"], "И.о. директора", "И.И. Иванов"),
    ],
)  # fmt: skip
def test_signature_shapes(lines: list[str], position: str, name: str) -> None:
    block = signatory_block(lines)
    assert block is not None and (block.position, block.name) == (position, name)


@pytest.mark.parametrize(
    ("lines", "head", "approval"),
    [
        (
            ["УТВЕРЖДАЮ", "Директор", "_______________ И.И. ИВАНОВ", "25.12.2024", "ПЛАН"],
            0,
            Approval("Директор", "И.И. ИВАНОВ", "25.12.2024", None),
        ),
        # A block printed without a name: the date line or the plan's heading follows the position.
        (
            ["УТВЕРЖДАЮ", "Директор", "________________", "«__» ______ 2024 г.", "ПЛАН"],
            0,
            Approval("Директор", None, "«__» ______ 2024 г.", None),
        ),
        (
            ["УТВЕРЖДАЮ", "Директор школы", "ПЛАН", "работы на 2025 год"],
            0,
            Approval("Директор школы", None, None, None),
        ),
        # The Latin «N» of legal databases as the number sign.
        (
            ["УТВЕРЖДЕНЫ", "распоряжением мэрии", "от 01.12.2024 N 55-р", "ПЛАН"],
            0,
            Approval("распоряжением мэрии", None, "01.12.2024", "55-р"),
        ),
        # The number before the date, on one line or two.
        (
            ["УТВЕРЖДЕН", "приказом ректора", "№ 123 от 25.12.2024", "ПЛАН"],
            0,
            Approval("приказом ректора", None, "25.12.2024", "123"),
        ),
        (
            ["УТВЕРЖДЕНО", "Ученым советом университета", "протокол № 4", "от 26.12.2024", "ПЛАН"],
            0,
            Approval("Ученым советом университета протокол", None, "26.12.2024", "4"),
        ),
        # An annex mark above the block is no part of it.
        (
            ["Приложение к приказу от 25.12.2024 № 123", "УТВЕРЖДЕН", "приказом Министерства", "от 25.12.2024 № 123"],
            1,
            Approval("приказом Министерства", None, "25.12.2024", "123"),
        ),
        (
            [
                "Утверждаю:",
                "Глава администрации",
                "города Казани",
                "_____________ И.И. Иванов",
                "«__» ________ 2024 г.",
            ],
            0,
            Approval("Глава администрации города Казани", "И.И. Иванов", "«__» ________ 2024 г.", None),
        ),
    ],
)
def test_approval_shapes(lines: list[str], head: int, approval: Approval) -> None:
    assert approval_block(lines, head)[0] == approval


def test_an_annex_number_in_the_act_is_not_the_acts_number() -> None:
    lines = ["УТВЕРЖДЕН", "Приложение № 1 к приказу Комитета", "от 18.12.2026 № 745-о", "ПЛАН"]
    assert approval_block(lines, 0)[0] == Approval("Приложение № 1 к приказу Комитета", None, "18.12.2026", "745-о")


def test_the_place_of_issue_under_the_heading_is_no_part_of_it() -> None:
    found = title_lines(["ПЛАН", "мероприятий на 2025 год", "г. Казань"])
    assert found is not None and found == (["ПЛАН", "мероприятий на 2025 год"], ["г. Казань"])


# A heading printed as a table's caption after its label (blind round 12a, `caption-heading.docx`):
# the heading without the label; a label over no plan's heading stays a line as it is.
@pytest.mark.parametrize(
    ("lines", "found"),
    [
        (
            ["Центр в 2027 году проводит следующие мероприятия.", "Таблица 1 – План мероприятий центра на 2027 год"],
            (["План мероприятий центра на 2027 год"], []),
        ),
        (["Таблица 2. ПЛАН", "работы клуба на 2027 год"], (["ПЛАН", "работы клуба на 2027 год"], [])),
        # … parted from its label by a space alone, after a number of a chapter's table too.
        (["Таблица 1 План мероприятий на 2027 год"], (["План мероприятий на 2027 год"], [])),
        (["Таблица 1.2 План мероприятий на 2027 год"], (["План мероприятий на 2027 год"], [])),
        (["ПЛАН на 2027 год", "Таблица 1 – Показатели"], (["ПЛАН на 2027 год"], ["Таблица 1 – Показатели"])),
        # A caption that reaches no year names the table's content: no heading, and kept as printed.
        (["ПЛАН на 2027 год", "Таблица 1. Мероприятия"], (["ПЛАН на 2027 год"], ["Таблица 1. Мероприятия"])),
        (["Таблица 1. Мероприятия"], None),
    ],
)
def test_a_heading_after_a_tables_label(lines: list[str], found: tuple[list[str], list[str]]) -> None:
    assert title_lines(lines) == found


def test_an_english_line_that_names_no_plan_is_no_heading() -> None:
    assert title_lines(["Annual Report 2027", "International Youth Centre"]) is None
    # A line mostly in Cyrillic letters is no English heading, a Latin word in it or not.
    assert title_lines(["Plan работы отдела культуры", "for 2027"]) is None


def test_a_position_without_a_name_is_no_signature() -> None:
    assert signatory_block(["Директор департамента Петровского района"]) is None


@pytest.mark.parametrize(
    ("below", "name"),
    [
        (["И.И. Иванов", "ПЛАН"], "И.И. Иванов"),
        (["Председатель Совета", "_______ И.И. Иванов", "ПЛАН"], "И.И. Иванов"),
        (["Председатель Совета ______ И.И. Иванов", "ПЛАН"], "И.И. Иванов"),
        (["Председатель Совета", "______________", "И.И. Иванов", "ПЛАН"], "И.И. Иванов"),
        (["ПЛАН", "мероприятий на 2026 год"], None),
        (["Международной Ассамблеи столиц", "План мероприятий на 2026 год"], None),
        # Another block under the act is signed by someone else.
        (["СОГЛАСОВАНО", "Председатель профкома", "_______ И.И. Петров"], None),
    ],
)
def test_the_name_under_an_acts_approval(below: list[str], name: str | None) -> None:
    lines = ["УТВЕРЖДЕНО", "решением Совета", "от 12.12.2025 № 15-р", *below]
    assert approval_block(lines, 0)[0] == Approval("решением Совета", name, "12.12.2025", "15-р")


@pytest.mark.parametrize(
    ("lines", "approval"),
    [
        (
            ["У Т В Е Р Ж Д А Ю", "Ректор", "_______ И.И. Иванов", "«25» декабря 2024 г.", "ПЛАН"],
            Approval("Ректор", "И.И. Иванов", "«25» декабря 2024 г.", None),
        ),
        (
            ["У Т В Е Р Ж Д Е Н О", "решением Совета", "от 12.12.2025 № 15-р", "ПЛАН"],
            Approval("решением Совета", None, "12.12.2025", "15-р"),
        ),
    ],
)
def test_a_head_word_spaced_out(lines: list[str], approval: Approval) -> None:
    assert approval_block(lines, 0)[0] == approval


@pytest.mark.parametrize(
    ("act_line", "date_text", "number"),
    [
        # A scan that lost the number sign after the date's year word.
        ("от «16» декабря 2018 г. 18", "«16» декабря 2018 г.", "18"),
        ("от 16 декабря 2018 года 18-р", "16 декабря 2018 года", "18-р"),
        # The sign as «No», «N°».
        ("от 12.12.2025 No 15", "12.12.2025", "15"),
        ("от 12.12.2025 N° 15", "12.12.2025", "15"),
        # A date without its year's word keeps what follows it.
        ("от «16» декабря 2018", "«16» декабря 2018", None),
        # The date without «от» before the number, as Belarusian and Kazakh acts print it.
        ("29.12.2026 № 112", "29.12.2026", "112"),
        ("29 декабря 2026 г. № 112-р", "29 декабря 2026 г.", "112-р"),
    ],
)
def test_an_acts_number_as_scans_and_databases_print_it(act_line: str, date_text: str, number: str | None) -> None:
    found = approval_block(["УТВЕРЖДЕНО", "Протоколом заседания Комиссии", act_line, "ПЛАН"], 0)[0]
    assert found == Approval("Протоколом заседания Комиссии", None, date_text, number)


def test_a_number_and_a_year_ending_the_act_are_no_date_without_a_month() -> None:
    """«Протоколом 12 заседания 2025 г. № 3»: a day, a word and a year read as a date only where
    the word is a month's."""
    found = approval_block(["УТВЕРЖДЕНО", "Протоколом 12 заседания 2025 г. № 3", "ПЛАН"], 0)[0]
    assert found == Approval("Протоколом 12 заседания 2025 г.", None, None, "3")


@pytest.mark.parametrize(
    ("lines", "kind"),
    [
        (["ПОВЕСТКА", "заседания Совета"], "ПОВЕСТКА"),
        (["Итоговый протокол", "конкурса"], "протокол"),
        # A plan's heading among the lines, in any form the title may open with, makes it a plan.
        (["П Л А Н", "Протокол разногласий прилагается"], None),
        (["ГРАФИК", "Протокольные мероприятия"], None),
        # A log: «Дата поступления | Краткое содержание | Исполнитель» reads like a plan's columns.
        (["ЖУРНАЛ", "регистрации входящей корреспонденции за 2027 год"], "ЖУРНАЛ"),
        (["ЗАЯВКА", "на участие в Международном фестивале народного творчества"], "ЗАЯВКА"),
        # A report under another name, whatever events it speaks of.
        (["СПРАВКА", "о мероприятиях, проведённых управлением культуры в 2026 году"], "СПРАВКА"),
        # … but an application for events to enter a plan speaks of the plan.
        (["ЗАЯВКА", "на включение мероприятий в календарный план на 2027 год"], None),
        # An act and an inventory record what was done and what is (blind round 8a).
        (["АКТ СВЕРКИ", "взаимных расчётов за I квартал 2027 г."], "АКТ"),
        (["АКТ", "проверки выполнения плана мероприятий на 2027 год"], "АКТ"),
        (["ИНВЕНТАРИЗАЦИОННАЯ ОПИСЬ № 3", "основных средств по состоянию на 01.11.2027"], "ОПИСЬ"),
        # … a word that opens with «акт» is none of them.
        (["Актуальные вопросы", "молодёжной политики"], None),
        # A report on how a plan was carried out, under a word that also heads plans (blind round 12a,
        # `non-results-info.docx`), or with none; events planned are no report.
        (["ИНФОРМАЦИЯ", "о выполнении плана мероприятий Дома культуры за 2026 год"], "о выполнении плана"),
        (
            ["Сведения о ходе реализации муниципальной программы «Культура»"],
            "Сведения о ходе реализации муниципальной программы",
        ),
        (["Анализ выполнения плана работы библиотеки за 2026 год"], "Анализ выполнения плана"),
        (["Информация о мероприятиях, планируемых к проведению в 2027 году"], None),
        (["ПЛАН", "мероприятий по реализации программы на 2027 год"], None),
        # The title of the act that a plan carries out is no report; a report says it is one.
        (["Приложение к постановлению", "О реализации муниципальной программы «Молодёжь» в 2027 году"], None),
        (
            ["ИНФОРМАЦИЯ", "о реализации муниципальной программы «Культура» за 2026 год"],
            "ИНФОРМАЦИЯ о реализации муниципальной программы",
        ),
        # A curriculum: a plan of hours of study (blind round 9, `non-curriculum.docx`), when it is
        # the heading nearest the table; a site's menu entry above a plan's own heading is not.
        (["УТВЕРЖДАЮ", "Ректор", "УЧЕБНЫЙ ПЛАН", "программы повышения квалификации на 2027 год"], "УЧЕБНЫЙ ПЛАН"),
        (["Учебно-тематический план курса «Основы вожатского дела»"], "Учебно-тематический план"),
        (["Учебный план", "План мероприятий школы на 2027 год"], None),
        (["План учебно-воспитательной работы на 2027 год"], None),
        # A list of acts under a plan's word (blind round 12b, `non-acts-list.html`); a list of
        # events that carry out an act is a plan.
        (
            ["Перечень муниципальных правовых актов администрации, принятых в 2026 году"],
            "Перечень муниципальных правовых актов",
        ),
        (["ПЕРЕЧЕНЬ документов, подлежащих размещению на сайте"], "ПЕРЕЧЕНЬ документов"),
        (["Перечень мероприятий по реализации постановления администрации на 2027 год"], None),
    ],
)
def test_another_kind_of_document(lines: list[str], kind: str | None) -> None:
    assert other_document(lines) == kind


def test_an_approval_dated_above_its_signature_line() -> None:
    lines = ["УТВЕРЖДАЮ", "Директор", "«__» ________ 2024 г.", "_______ И.И. Иванов", "ПЛАН"]
    assert approval_block(lines, 0) == (Approval("Директор", "И.И. Иванов", "«__» ________ 2024 г.", None), 4)


@pytest.mark.parametrize(
    ("signed", "name"), [("_______ SOL. Петров", "SOL. Петров"), ("_______ И.И. Иванов", "И.И. Иванов")]
)
def test_a_signature_line_over_the_date_is_no_date(signed: str, name: str) -> None:
    """The name on the signature line read as no «И.О. Фамилия» (a scan's initials misread): the
    line with the year under it is the date, the signature line's text the name."""
    lines = ["УТВЕРЖДАЮ", "Директор", signed, "«24» декабря 2023 г.", "ПЛАН"]
    assert approval_block(lines, 0) == (Approval("Директор", name, "«24» декабря 2023 г.", None), 4)


@pytest.mark.parametrize(
    ("lines", "positions"),
    [
        (["Директор", "Главный бухгалтер"], ["Директор", "Главный бухгалтер"]),
        (
            ["Заместитель директора", "по УВР", "Главный бухгалтер"],
            ["Заместитель директора по УВР", "Главный бухгалтер"],
        ),
        (
            ["Генеральный директор", "Ассоциации", "Главный бухгалтер"],
            ["Генеральный директор Ассоциации", "Главный бухгалтер"],
        ),
        # A position wrapped onto the body's name, its lines in capitals or not (a PDF's lines from
        # the first name on): one position, whatever word opens a line, until one names a position.
        (
            ["Исполнительного", "комитета", "Ассамблеи городов", "и муниципальных", "образований"],
            ["Исполнительного комитета Ассамблеи городов и муниципальных образований"],
        ),
    ],
)
def test_positions_of_a_column(lines: list[str], positions: list[str]) -> None:
    assert positions_unwrapped(lines) == positions


@pytest.mark.parametrize(
    ("lines", "position"),
    [
        # A site's pager under its list (Drupal's «• 1 • 2», printed a list item a line) is no part
        # of the position under it (it was read «• 1 • 2 Начальник управления культуры»).
        (["• 1", "• 2", "Начальник управления культуры", "С.В. Морозова"], "Начальник управления культуры"),
        (["1 | 2 | 3", "Директор центра", "О.П. Соколова"], "Директор центра"),
        (["‹ 1 2 3 ›", "Директор центра", "О.П. Соколова"], "Директор центра"),
        # A position's words stay whatever digits they hold.
        (["Директор школы № 5", "О.П. Соколова"], "Директор школы № 5"),
        (["Председатель", "Комитета 2", "О.П. Соколова"], "Председатель Комитета 2"),
    ],
)  # fmt: skip
def test_a_sites_pager_over_the_signature_is_no_part_of_the_position(lines: list[str], position: str) -> None:
    block, _ = signatory_lines(lines)
    assert block is not None and block.position == position


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        # A site's bar of commands or links over its list (SharePoint's «Создать | Изменить | …»)
        # was every row's section.
        ("Создать | Изменить | Удалить | Экспорт в Excel | Оповестить меня", False),
        ("Главная | Новости | Контакты", False),
        # A heading with one bar in it stays a heading.
        ("Раздел 1 | Культура", True),
        ("Культурно-массовые мероприятия", True),
    ],
)
def test_a_bar_of_links_is_no_heading(line: str, heading: bool) -> None:
    assert is_heading_line(line) is heading


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        # A site's filter over its table, printed with its choice (a scan read «Месяц Все м v»).
        ("Месяц Все м v", False),
        ("Месяц [Все] ▾", False),
        # … and with the arrow read glued to the choice.
        ("Месяц Всем", False),
        ("Месяц Всее\\", False),
        ("Квартал: все", False),
        ("Год всемирного наследия", True),
        ("Год всех святых", True),
        ("Период всего учебного года", True),
        ("Мероприятия по месяцам", True),
    ],
)
def test_a_sites_filter_control_is_no_heading(line: str, heading: bool) -> None:
    assert is_heading_line(line) is heading


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        # A site's search box and its button over the table, scanned: the button's box read as a table
        # of one cell, its label as the first rows' section.
        ("Найти", False),
        ("Поиск:", False),
        ("ПОИСК", False),
        # ... its field's box read as runs of underscores, the button's word after them misread.
        ("Поиск __ ___ __ __ __ __ М", False),
        ("Поиск ____ Найти", False),
        ("Поиск\tНайти", False),  # the field read as nothing: the label and the button
        ("Найти поиск", False),
        ("Поиск талантов", True),
        ("Поиск __ талантов и дарований", True),
        # ... and a data table's page-length control.
        ("Показать 10\tзаписей", False),
        ("Показывать по 25 записей", False),
        ("Показать 10 v записей", False),  # a scan: the list's arrow read as a letter
        ("Показать 10 ▾ записей", False),
        ("Поиск талантов", True),
        ("Показательные выступления", True),
        ("Отправка делегаций", True),
    ],
)
def test_a_sites_form_control_is_no_heading(line: str, heading: bool) -> None:
    assert is_heading_line(line) is heading
