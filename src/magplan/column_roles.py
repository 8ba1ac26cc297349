"""A plan table's column roles, told from its header cells' wording.

One rule list for every reader: the assembler names its columns with it, and readers that must
find a plan's header before there is a table (text tables typed with spaces, a PDF's unruled
table, OCR's header fixes) ask it too, so they live below all of them.
"""

from __future__ import annotations

import re

from magplan.text import clean_line

# A date column that groups the rows by a month or a quarter («Месяц», «Квартал проведения»): a
# date column, which yields to a «Дата» column beside it (`_columns_from`).
GROUP_HEADER = re.compile(r"^(?:месяц|квартал)")
# Column roles, from the header cell's wording.  Checked in this order, since
# «Срок проведения мероприятия» names a date, not the event.
_ROLE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # «N», «No», «N°» alone: the Latin stand-ins for «№» where it cannot be typed (ASCII text,
    # KOI8-R), as legal databases print it.  «пп» ending the cell: «п/п» with its stroke lost (a
    # scan's «2 пп» for «№ п/п»), never inside a word («группа»).
    ("number", re.compile(r"№|п\s*/\s*п|(?:^|\s)пп\.?$|^номер|^(?:n|no|n°|nº)\.?$")),
    ("place_date", re.compile(r"мест[оа].*(дат|срок|врем)|(дат|срок|врем).*мест[оа]")),
    # «Площадка (проведения)»: a venue; «Где»: the question a club's plan asks; «Расположение»:
    # a calendar list's (SharePoint's, Outlook's) name for where an event is held.
    ("place", re.compile(r"мест[оа]|^где\b|^площадк|^расположени")),
    # The date a record was made («Дата принятия» of an act, «Дата регистрации», «Дата рождения»,
    # «Дата размещения» of a vacancy): a register's or a list's column, no date an event is held on.
    (
        "extra",
        re.compile(
            r"^дат[аы]\s+(?:принятия|регистрации|рождения|выдачи|подписания|заключения|поступления|размещения|"
            r"публикации|опубликования|издания|вступления|ввода|получения|при[её]ма\b|увольнения)"
        ),
    ),
    # «Что | Когда | Кто проводит»: a school's or a club's plan asks its columns as questions.
    # «Месяц», «Квартал» (проведения): a plan of months or quarters names its date column so.
    ("date", re.compile(rf"\bдат[аы]|\bсрок|\bвремя|\bпериод|^когда\b|{GROUP_HEADER.pattern}")),
    # Stems short enough to survive a header word cut by a narrow column («Ответствен» / «ные»).
    # «Отв.», «Отв. лицо»: the word cut short for a narrow column; «Ответс» cut off at the edge of
    # a scrolled table's box (a web page's print).
    ("responsible", re.compile(r"ответствен|исполнител|^кто(?:\s+(?:проводит|отвечает|исполняет))?$|^отв\.|^ответс")),
    ("note", re.compile(r"примечани")),
    # «Форма и название мероприятия»: the event's name, with its form said first (a library's,
    # a school's plan), not what «Форма проведения» alone says of the event.
    ("title", re.compile(r"^форм[аы]\b.*(?:назван|наименовани|\bтем[аы]\b)")),
    # The name of something that is no event («Наименование документа / услуги / организации»,
    # «Название дисциплины», «Тема урока», «Тема занятия»): a register, a price list, a timetable,
    # a teacher's plan of lessons or a course's classes, not a plan's event column.
    (
        "extra",
        re.compile(
            r"(?:наименование|название|тема)\s*(?:документ|акт[аов]?\b|нормативн|организаци|учреждени|предприяти|"
            r"товар|услуг|продукци|материал|издели|дисциплин|предмет|показател|должност|оборудовани|имуществ|урок|заняти)"
            # What is said of the event, not the event («Участники мероприятия», «Форма проведения
            # мероприятия», «Ожидаемый результат мероприятия»), wherever the column stands.
            r"|^(?:участник|форм[аы]\b|уровень|целев|ожидаем|планируем[а-я]*\s+результат|результат|источник|"
            r"объ[её]м|статус|количеств|охват|стоимост|бюджет)"
        ),
    ),
    # A council's or a board's plan names its items by the questions it will hear
    # («Рассматриваемые вопросы», «Вопросы, выносимые на рассмотрение»).
    (
        "title",
        re.compile(
            r"мероприят|наименование|содержание|название|\bтема\b|событи|\bвопрос"
            # «Тематика заседаний», «Вид работы», «Что»: the item's own column in other bodies' plans.
            r"|\bтематик|^вид\s+(?:работ|деятельност)|^что\b"
        ),
    ),
    # «№ | Город | Лет | Дата»: a table of city anniversaries or city days with its own header.
    ("title", re.compile(r"^город")),
)

# A header word hyphenated at a narrow column's line end: joined before the rules are asked.
_HYPHEN_BREAK = re.compile(r"(?<=[а-яё])-\s*\n\s*(?=[а-яё])")
_WORD_HYPHEN = re.compile(r"(?<=[а-яё])-\s*(?=[а-яё])")


def column_role(header: str) -> str:
    # A header word hyphenated at a narrow column's line end («Ответст-» / «венные») is one word.
    low = clean_line(_HYPHEN_BREAK.sub("", header).replace("\n", " ")).lower()
    # A narrow column cuts header words without a hyphen («Мероприя» / «тие»), and a
    # reader of the printed page cannot always tell the cut from a wrap: read the
    # header once more with its spaces taken out.
    # A PDF's reader joins a header's lines keeping the hyphen, since «Ответст-» / «венный» and
    # a compound word («мини-футбол») look the same: a last reading without hyphens in words.
    # Each reading once: a header with no space or hyphen reads the same three times.
    for text in dict.fromkeys((low, low.replace(" ", ""), _WORD_HYPHEN.sub("", low))):
        for role, pattern in _ROLE_RULES:
            if pattern.search(text):
                return role
    return "extra"
