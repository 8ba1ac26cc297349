"""The requisites around a plan's table: title, approval block, signature block.

Pure functions over the text lines before and after the plan tables (as
`assemble` collects them from paragraphs and borderless tables).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from magplan.layout import Block, Paragraph
from magplan.model import Approval, Signatory
from magplan.normalize import months
from magplan.normalize.numbers import TOTALS_WORDS
from magplan.text import BULLET_GLYPHS, clean_line

# The head word may stand in quotes: «УТВЕРЖДАЮ».
# Also spaced out as headings are typeset: «У Т В Е Р Ж Д А Ю».
_APPROVAL_WORD = r"УТВЕРЖДАЮ|УТВЕРЖД[ЕЁ]Н[АОЫ]?|У Т В Е Р Ж Д А Ю|У Т В Е Р Ж Д [ЕЁ] Н(?: [АОЫ])?"
APPROVAL_HEAD = re.compile(rf"^\s*[«\"“]?\s*({_APPROVAL_WORD})\b\s*[»\"”]?[\s:]*", re.IGNORECASE)
# The head word of an approval or an agreement block (GOST R 7.0.97), in any case, not a word
# that begins alike («Утверждённый план…» is a running title): what opens a block of requisites.
# A school's plan prints beside its approval the council that adopted or considered it («ПРИНЯТО /
# на педагогическом совете / Протокол № 1»): a block of the same kind.
REQUISITE_HEAD = re.compile(
    rf"^\s*[«\"“]?\s*(?:{_APPROVAL_WORD}|СОГЛАСОВАН[АОЫ]?|С О Г Л А С О В А Н(?: [АОЫ])?|ПРИНЯТ[АОЫ]?|"
    r"РАССМОТРЕН[АОЫ]?)\b",
    re.IGNORECASE,
)
# The document-type word a plan's heading opens with (SCHEMA: «ПЛАН», «Календарный план»,
# «МЕРОПРИЯТИЯ», «Перечень»…), the one definition of it: at a line's start, spaced out as a
# heading is typeset («П Л А Н»), or after one or two adjectives («Календарный план», «Единый
# календарный план», «Культурно-массовые мероприятия»).  «План-график», «План-программа» open
# with «План».
_TYPE_WORD = r"(?:план|перечень|мероприятия|график|программа|календарь|п\s+л\s+а\s+н)\b"
_ADJECTIVE = r"[\w-]*(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)"
_PLAN_HEADING = re.compile(rf"^\s*(?:{_ADJECTIVE}\s+){{0,2}}{_TYPE_WORD}", re.IGNORECASE)
# A year as plans print it: four digits of 19xx or 20xx (the fragment the year patterns share).
_YEAR_DIGITS = r"(?:19|20)\d{2}"
# A year standing alone (no digit on either side); `fullmatch` asks whether a word is one.
YEAR = re.compile(rf"(?<!\d)({_YEAR_DIGITS})(?!\d)")
_YEAR_WORD = re.compile(r"\bгод", re.IGNORECASE)
# The Cyrillic letters of names: Russian, and those the CIS capitals' languages add (Kazakh «Қасымбек»,
# «Әлиев», Belarusian and Uzbek «Ў», Tajik «Ҷ», Kyrgyz «Ү», Ukrainian «Ї»), which their bodies'
# Russian documents print in their heads' names.
_UPPER = "А-ЯЁӘҒҚҢӨҰҮҺІЎӢӮҲҶЄЇҐ"
_LOWER = "а-яёәғқңөұүһіўӣӯҳҷєїґ"
# A surname as printed beside its initials: «Иванов», «Петрова-Водкина», or in capitals, as
# signature blocks often set it («И.И. ИВАНОВ»).
_SURNAME = rf"[{_UPPER}](?:[{_LOWER}]+|[{_UPPER}]+)(?:-[{_UPPER}](?:[{_LOWER}]+|[{_UPPER}]+))?"
# A name written in full is told by its patronymic: «Иванов Иван Иванович», «Ирина Петровна Смирнова».
_WORD = rf"[{_UPPER}][{_LOWER}]+"
_PATRONYMIC = rf"[{_UPPER}][{_LOWER}]+(?:вич|вна|ична|чна)"
_INITIAL = rf"[{_UPPER}]\.\s?"
_NAME = re.compile(
    rf"(?:{_INITIAL}){{1,2}}\s?{_SURNAME}$|{_SURNAME}\s+(?:{_INITIAL}){{1,2}}$"
    rf"|(?<![\w-]){_SURNAME}\s+{_WORD}\s+{_PATRONYMIC}$|(?<![\w-]){_WORD}\s+{_PATRONYMIC}\s+{_SURNAME}$"
)
_UNDERSCORES = re.compile(r"_{2,}")
# The signature's line, with the quotes a scan may read at its ends («"_____________" И.В. Петрова»).
_SIGNATURE_LINE = re.compile(r"[\"«“„]?_{2,}[\"»”“]?")
# A line ending with a name's initials after a space or tab («… Р.М.»), and a surname alone.
# Initials alone on a line (a narrow name cell wraps «И.И.» / «Иванов») end it too.
_INITIALS_END = re.compile(rf"(?:(?<=\s)|^)(?:{_INITIAL}){{1,2}}$")
_LONE_SURNAME = re.compile(_SURNAME)
# The word a signature line may print where the signature goes: «/подпись/», «(подпись)».
_SIGNATURE_WORD = re.compile(r"[/(]\s*подпись\s*[/)]", re.IGNORECASE)
# A name between the slashes of a signature line: «___________ /А.В. Петров/».
_SLASHED_NAME = re.compile(r"/\s*([^/]+?)\s*/$")
_LIST_NUMBER = re.compile(r"^(?:[IVXLC]+|\d{1,2})\s*[.)]\s+")
_TITLE_MAX_LINES = 6
# A line of this many parts set apart by «|» is a site's bar of links or commands.
_LINK_BAR_PARTS = 3
_PLACE_OF_ISSUE = re.compile(r"^\s*(?:г|гор|пос|пгт|с|д)\.\s*[А-ЯЁ]")
# A position's line under its name is short (a word or two of a narrow cell), made of words
# (one of them a real word, not a scan's specks read as «А = са»).
_POSITION_LINE = 60
# A line that ends a sentence or announces what follows: a word of four letters or more, then
# «.», «!», «?» or «:» (an abbreviation such as «г.» or «зам.» is shorter).
_SENTENCE_END = re.compile(r"[А-Яа-яЁёA-Za-z]{4,}[.!?:]\s*$")
# The marks between a site's pager's page numbers: bullets, bars, arrows, dashes.
_PAGER_MARKS = re.compile(rf"[\s{re.escape(BULLET_GLYPHS)}|‹›«»<>–-]+")


# No position's line holds a day and its month without a year or an age («9-10 марта», «142 года»):
# a row of a table read as lines (the city days after the plan's table), whose text is said.  A
# year is no age («Плана на 2026 год», «приказ от 9 марта 2026 г.»): not `numbers.age_years`, which
# takes «1764 года» in a city's row, where no year stands.
_DAY_OR_AGE = re.compile(
    rf"\b\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+(?:{'|'.join(months.GENITIVE)})\b(?!\s*\d{{4}})"
    r"|\b\d{1,3}\s+(?:год|года|лет)\b|\b\d{4}\s+лет\b",
    re.IGNORECASE,
)


# What no position's line holds: a list's bullet or a row's number opening it, a table's column
# rule read as a bar, a web address (a browser's print of a page: its address at the page's foot).
_NO_POSITION = re.compile(rf"^\s*(?:[{re.escape(BULLET_GLYPHS)}]|\d{{1,3}}[.)]\s)|\||\b(?:https?|file)://|\bwww\.")


def _pager(line: str) -> bool:
    """Is `line` a site's pager under a list («• 1», «• 1 • 2», «1 | 2 | 3»): page numbers with
    their marks, no word; never a line of the position under it?"""
    parts = [part for part in _PAGER_MARKS.split(line) if part]
    marked = len(parts) > 1 or _PAGER_MARKS.search(line.strip()) is not None
    return bool(parts) and marked and all(part.isdigit() and len(part) <= 3 for part in parts)


# A table's totals line («Итого: 3 мероприятия», «Всего 5»; a scan's «Итогоз мероприятия», its
# «3» read as the letter), never a position's; not «итоговой аттестации», a position's wrapped rest.
_TOTALS_LINE = re.compile(
    rf"\s*(?:{'|'.join(form for word in TOTALS_WORDS for form in (word.capitalize(), word.upper()))})(?=[\d:зЗ]|\s|$)"
)
_POSITION_WORDS = re.compile(r"(?=.*[А-Яа-яЁё]{4})[А-Яа-яЁёA-Za-z«»\"(),\- ]+")
# The requisites GOST R 7.0.97 sets under a signature (the mailing list, the executor, the
# appendix and copy marks, a registration mark «Вх. № 125 от …»): such a line starts something new,
# it never goes on with a position.
_AFTER_SIGNATURE = re.compile(
    r"(?:рассылка|разослать|исполнител[ьи]|исп|приложени[ея]|копия\s+верна|верно|согласовано|лист\s+согласования|"
    r"тел|телефон|отметка|контроль|в\s+дело|вх|исх|рег|зарегистрирован[оа]?)\b",
    re.IGNORECASE,
)

# What a signature block prints in or beside the signature that is neither position nor name
# (GOST R 7.0.97): the stamp's place «М.П.»; an electronic signature's stamp, its heading
# («Документ подписан электронной подписью») and its lines («Сертификат …», «Владелец …»,
# «Действителен с … по …»); the captions under a signature line («(подпись)», «(расшифровка
# подписи)»).  The heading and «М.П.» may share a line with the name (a stamp's cell beside it); a
# narrow stamp's box wraps the heading («Документ подписан электронной» / «подписью»).
_STAMP_MARK = re.compile(
    r"(?:документ\s+)?подписан\w*\s+(?:(?:усиленной|квалифицированной|простой)\s+)*"
    r"(?:электронн\w*(?:\s+(?:цифров\w*\s+)?подпись\w*)?|эц?п(?!\w))"
    r"|(?<!\w)м\.\s?п\.(?!\w)",
    re.IGNORECASE,
)
_STAMP_LINE = re.compile(
    r"^\s*(?:сертификат|владелец|действителен|срок\s+действия|издатель|кем\s+выдан)\b|^\s*(?:\([^()]*\)\s*)+$",
    re.IGNORECASE,
)
# A note's label opening a line («Примечание: сроки могут уточняться», «Справочно.»): a note to the
# plan, never a line of the position under it.
_NOTE_LABEL = re.compile(r"^\s*(?:примечани[ея]|прим\.|справочно|пояснени[ея]|внимание|важно)\s*[:.]", re.IGNORECASE)
# The words a position is named by («Директор», «Главный бухгалтер», «И.о. председателя»): a line of
# a column of positions that names none («Ассоциации» under «Генеральный директор») is the rest of
# the position above it, not a position of its own.  The word's ending follows the stem (group 1).
_POSITION_WORD = re.compile(
    r"(?<![а-яё])(?:директор|бухгалтер|председател|сопредседател|заместител|руководител|начальник|секретар|"
    r"президент|вице-президент|ректор|проректор|декан|глава|мэр|губернатор|министр|заведующ|специалист|"
    r"инспектор|методист|менеджер|консультант|советник|помощник|управляющ|член|ответственн|координатор|"
    r"куратор|эксперт|педагог|преподавател|учител|инженер|экономист|юрист|юрисконсульт|референт|"
    r"администратор|организатор|уполномоченн|префект|посол|представител|депутат|казначей|ревизор|"
    r"аудитор|атаман|командир|комендант|и\.\s?о\.|врио|исполняющ|зам\.|зав\.|нач\.|гл\.)([а-яё]*)",
    re.IGNORECASE,
)
# The endings of a position word in its nominative («директор», «председатель», «заведующая»,
# «ответственный», «члены»): a position is named so; a body's name holds such a word in another case
# («Ассоциации учителей», «Совета директоров», «Союза педагогов»), and names none.
_NOMINATIVE_ENDINGS = frozenset(("", "ь", "ий", "ый", "ая", "ы", "и"))


def without_stamp(line: str) -> str:
    """`line` without what a stamp prints in a signature block (`_STAMP_MARK`, `_STAMP_LINE`), each
    of its tab-parted texts apart; "" where the line is a stamp's alone."""
    parts = [_STAMP_MARK.sub(" ", part).strip() for part in line.split("\t")]
    return "\t".join(part for part in parts if part and not _STAMP_LINE.match(part))


def names_position(line: str) -> bool:
    """Does `line` name a position («Директор», «Главный бухгалтер», «И.о. директора»): is its first
    position word in its nominative?"""
    word = _POSITION_WORD.search(line)
    return word is not None and word.group(1).lower() in _NOMINATIVE_ENDINGS


# «на 2022 - 2024 годы», «2025–2026 гг.»: a range that the heading names as the plan's years
# (not «80-летие Победы (1945-2025)»).
# Also a school or season year, «на 2027/2028 учебный год», «2025/26»: its end in two digits;
# a school year named so with no «на» before it («…, 7 класс, 2027–2028 учебный год»).
_YEAR_RANGE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*[-–—/]\s*((?:19|20)\d{2}|\d{2})(?!\d)(\s*(?:(?:учебн\w*|уч\.)\s*)?(?:год|гг|г\.))?",
    re.IGNORECASE,
)
# «на 2025 и 2026 годы», «2025, 2026 и 2027 гг.»: the years listed, named as years.
_YEAR_LIST = re.compile(
    r"(?<!\d)((?:19|20)\d{2})(?:\s*,\s*(?:19|20)\d{2})*(?:\s*,\s*|\s+и\s+)((?:19|20)\d{2})(\s*(?:год|гг))",
    re.IGNORECASE,
)
# What a range of years stands after to name the plan's years without «годы»: «на 2025-2026»,
# «на сезон 2025-2026», «учебный год 2025/2026».
_RANGE_LEAD = re.compile(r"(?:^|[^а-яё])(?:на|сезон|период|учебный\s+год)\s*$", re.IGNORECASE)
# «на 2026 год»: the year a plan is for (not «за 2024 год», a report's).
_PLAN_YEAR_NAMED = re.compile(r"(?<![а-яё])на\s+((?:19|20)\d{2})\s*(?:год|г\.)", re.IGNORECASE)
# «на 2025 год», «в 2025 году»: one year named as the plan's.
_SINGLE_YEAR = re.compile(r"(?<![а-яё])(?:на|в)\s+(?:19|20)\d{2}\s*(?:год|г\.)", re.IGNORECASE)
_PLANNING_PERIOD = re.compile(r"планов\w*\s+период", re.IGNORECASE)
_YEAR_NAMED = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:год|г\.|гг)", re.IGNORECASE)


def _year_spans(title: str) -> list[re.Match[str]]:
    """The ranges and lists of years a heading names, in printed order (groups: first, last, «годы»)."""
    spans = [*_YEAR_RANGE.finditer(title), *_YEAR_LIST.finditer(title)]
    return sorted(spans, key=lambda match: match.start())


def plan_years(title: str) -> tuple[int | None, int | None]:
    """The years a heading names: («на 2026 год») → (2026, 2026); «на 2022 - 2024 годы» → (2022, 2024).

    A range named with «годы»/«гг.» or after «на» is the plan's; else a year
    followed by «год»; else the last year named.
    """
    for match in reversed(_year_spans(title)):
        first, last = int(match.group(1)), int(match.group(2))
        if len(match.group(2)) == 2:
            last += first - first % 100  # «2025/26» → 2026
        led = _RANGE_LEAD.search(title, 0, match.start()) is not None
        if not led and _SINGLE_YEAR.search(title[: match.start()] + " " + title[match.end() :]):
            # «… Победы в Великой Отечественной войне 1941–1945 годов, на 2025 год»: a range that
            # nothing names as the plan's, beside the year the plan is for, is some other years'.
            continue
        if first <= last and (match.group(3) or led):
            # «на 2026 год и плановый период 2027 - 2028 годов»: the plan starts at the year
            # named before the range.
            earlier = [int(year) for year in _PLAN_YEAR_NAMED.findall(title[: match.start()])]
            return min([first, *earlier]), last
    planned = _PLAN_YEAR_NAMED.findall(title)
    if planned and _PLANNING_PERIOD.search(title):
        # «на 2026 г. и на плановый период 2027 и 2028 гг.»: the plan's year, then the years after it.
        first = int(planned[0])
        return first, max(first, *(int(year) for year in YEAR.findall(title)))
    named = _YEAR_NAMED.findall(title)
    years = named or YEAR.findall(title)
    if not years:
        return None, None
    year = int(years[-1])
    return year, year


# A day written out («15.12.2026», «15 декабря 2026 г.», a signature's «20» декабря 2026 г. or its
# blank «___» ________ 2026 г.): a running line naming one says when the page was printed or signed,
# not which year the plan is for.
_DATED_DAY = re.compile(
    r"\d{1,2}\s*[./]\s*\d{1,2}\s*[./]\s*\d{2,4}|\d{1,2}\s+[а-яё]+\s+(?:19|20)\d{2}|[«\"“]\s*(?:\d{1,2}|_+)\s*[»\"”]",
    re.IGNORECASE,
)


# A copyright («© Администрация района, 2019 г.»): the year the document or its site was made, which
# a site prints at its foot and an office document in its running foot; never the plan's year.
COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}|copyright|все права защищены", re.IGNORECASE)


def running_years(lines: list[str]) -> tuple[int | None, int | None]:
    """The plan's years as the pages' running head or foot names them («КДНиЗП — 2027 год»,
    «План работы на 2027 год»), for a plan whose heading names none: (None, None) where no line
    names a year as a year («2027 год», «2027 г.») or the lines name different ones."""
    found = {
        plan_years(line)
        for line in lines
        if _YEAR_NAMED.search(line) and not _DATED_DAY.search(line) and not COPYRIGHT.search(line)
    }
    return found.pop() if len(found) == 1 else (None, None)


def dating_year(year: int | None, year_end: int | None) -> int | None:
    """The year a date wording without its own year is in: the plan's, unless the plan
    covers several years, where such a date names no period (SCHEMA.md rule 11)."""
    return year if year_end in (None, year) else None


def plan_year(title: str) -> int | None:
    """The plan's (first) year."""
    return plan_years(title)[0]


# The separator of a site's path to the page («Отдел культуры › План мероприятий на 2027 год»), or of
# a list's title from its site's name («Библиотечная система: План мероприятий на 2027 год»).
_PATH_STEP = re.compile(r"\s[›→]\s|\s?:\s")


def _past_path(line: str) -> str:
    """A heading that a site prints after its path to the page (SharePoint's «Сайт › Список»,
    «Сайт : Список»): the last step, where it opens with a plan's type word and the first does
    not (a heading of its own's words after a colon stay: «ПЛАН : мероприятия на 2027 год»);
    any other line as it is."""
    steps = _PATH_STEP.split(line)
    last = steps[-1]
    return last.strip() if len(steps) > 1 and _PLAN_HEADING.match(last) and not _PLAN_HEADING.match(steps[0]) else line


# A table's label before the heading it captions on one line («Таблица 1 – План мероприятий … на
# 2027 год», Word's caption «Таблица {SEQ} – …»): the label, its number and the dash, colon or point.
# Word's caption may part them by a space alone («Таблица 1 План …»): the heading's type word after it
# tells the label's end all the same.
_LABEL_BEFORE = re.compile(r"^\s*табл(?:ица|\.)\s*(?:№\s*)?\d{1,3}(?:\.\d{1,3})*(?:\.|\s*[-–—:]|\s)\s*", re.IGNORECASE)


def _past_label(line: str) -> str:
    """A heading printed as a table's caption after its label: the heading, where it opens with
    a plan's type word; any other line as it is («Таблица 1» alone is `is_table_label`'s)."""
    label = _LABEL_BEFORE.match(line)
    rest = line[label.end() :] if label is not None else ""
    return rest.strip() if _PLAN_HEADING.match(rest) else line


def _caption_heading(lines: list[str], i: int) -> str:
    """Line `i` without a table's label before a heading that reaches the plan's year; else as it is."""
    line = lines[i]
    heading = _past_label(line)
    return heading if heading != line and _year_line(lines, i) is not None else line


def title_lines(texts: list[str], start: int = 0) -> tuple[list[str], list[str]] | None:
    """The plan's heading among `texts[start:]` and the lines after it, or None.

    The heading runs from its document-type word («ПЛАН», «План работы…»,
    «МЕРОПРИЯТИЯ», «Календарный план…») to the line that names the year,
    letter case as printed.  The heading nearest the table is the plan's own: a
    web page's heading or a menu entry naming the plan stands further up.
    """
    paths = [_past_path(text) for text in texts]
    # A caption is the plan's heading only when it reaches the plan's year: one without
    # («Таблица 1. Мероприятия») names the table's content, not the document, and stays as printed.
    texts = [_caption_heading(paths, i) for i in range(len(paths))]
    candidates = range(start, len(texts))
    openers = [i for i in reversed(candidates) if _PLAN_HEADING.match(texts[i]) and not _prose(texts[i])]
    # The nearest opener whose heading reaches a year; else the nearest opener.
    first = next((i for i in openers if _year_line(texts, i) is not None), openers[0] if openers else None)
    if first is None:
        first = next((i for i in candidates if YEAR.search(texts[i]) and _YEAR_WORD.search(texts[i])), None)
    if first is None:
        # A heading printed in English only over a plan in Russian («Events Plan of the Centre for 2027»).
        first = next((i for i in reversed(candidates) if _english_heading(texts, i)), None)
    if first is None:
        return None
    last = _year_line(texts, first)
    end = first + 1 if last is None else last + 1
    # A line that opens in lower case goes on with the heading («на 2025 год» / «по реализации
    # Концепции …»): a section heading or a sentence of its own opens with a capital.
    # («г. Москва» under the heading is the place of issue, a line of its own.)  A bilingual plan's
    # heading goes on in its other language too.
    while (
        end < len(texts)
        and end - first < _TITLE_MAX_LINES
        and (
            texts[end].lstrip()[:1].islower()
            or _translated_heading(texts[end])
            or _year_word_after(texts[end - 1], texts[end])
        )
        and not _PLACE_OF_ISSUE.match(texts[end])
    ):
        end += 1
    return texts[first:end], texts[end:]


# A heading's year at its line's end and the word «год» wrapped under it, in any case (a heading in
# capitals, or a scan that reads a large «год» as «ГОД»).
_ENDS_IN_YEAR = re.compile(rf"\b{_YEAR_DIGITS}\s*$")
_YEAR_WORD_ALONE = re.compile(r"^\s*(?:год[аы]?|гг?\.)\s*$", re.IGNORECASE)
_ENDS_IN_RANGE = re.compile(rf"\b{_YEAR_DIGITS}\s*[-–—]\s*$")
_OPENS_WITH_YEAR = re.compile(rf"^\s*{_YEAR_DIGITS}\b")


def _year_word_after(line: str, below: str) -> bool:
    """Does `below` go on with the year `line` ends with: its year word alone («на 2027» / «ГОД»),
    or the range's last year after its dash («на 2025 –» / «2027 годы»)?"""
    if _ENDS_IN_RANGE.search(line):
        return _OPENS_WITH_YEAR.match(below) is not None
    return _ENDS_IN_YEAR.search(line) is not None and _YEAR_WORD_ALONE.match(below) is not None


# «EVENTS PLAN of the Youth Centre for 2027» under «ПЛАН мероприятий … на 2027 год»: a line in Latin
# letters alone that names a year is the heading said again in English, no section of a Russian plan.
# (Alone: a line under a heading with a word in Latin letters may be a period's («IV квартал 2027»),
# which `_latin_line` would let through.)
_LATIN_HEADING = re.compile(rf"^[^а-яё]*[a-z][^а-яё]*\b{_YEAR_DIGITS}\b[^а-яё]*$", re.IGNORECASE)


def _translated_heading(line: str) -> bool:
    return _LATIN_HEADING.match(line) is not None


# The document-type words of a heading in English, and words in Latin and in Cyrillic letters.
_ENGLISH_PLAN = re.compile(r"\b(?:plan|calendar)\b", re.IGNORECASE)
_LATIN_LETTER = re.compile(r"[a-z]", re.IGNORECASE)
_CYRILLIC_LETTER = re.compile(r"[а-яё]", re.IGNORECASE)
# A line in Latin letters may hold this share of words in Cyrillic ones (one word at least): a scan
# read with the Russian model beside the English one takes a word for Cyrillic («Centre» → «Сетмге»).
# So a short line with one Russian word passes too («Plan мероприятий 2027»): the English heading
# is asked for only where no Russian one is found, and only after a plan's word in English.
_MISREAD_SHARE = 1 / 3


def _latin_line(line: str) -> bool:
    """Is `line` in Latin letters, but for a word or so that a scan may read in Cyrillic ones?"""
    words = line.split()
    cyrillic = sum(1 for w in words if _CYRILLIC_LETTER.search(w))
    latin = sum(1 for w in words if _LATIN_LETTER.search(w) and not _CYRILLIC_LETTER.search(w))
    return latin > 0 and cyrillic <= max(1, int(latin * _MISREAD_SHARE))


def _english_heading(texts: list[str], first: int) -> bool:
    """Does a plan's heading in English open at `texts[first]`: a plan's word there, and lines in
    Latin letters from it down to a year (a print wraps it: «Events Plan of the Youth» /
    «Centre for 2027»)?"""
    last = _year_line(texts, first)
    return (
        last is not None
        and _ENGLISH_PLAN.search(texts[first]) is not None
        and all(_latin_line(line) for line in texts[first : last + 1])
    )


# The words a sentence goes on with after the year it names («План мероприятий на 2027 год
# составлен в соответствии с …»), up to its full stop: a heading ends at its year (or a few words on:
# «год (проект)», «годы.»).
_SENTENCE_AFTER_YEAR = re.compile(rf"{_YEAR_DIGITS}\s*(?:год\w*|гг?\.)(?:\s+\S+){{3,}}\.$", re.IGNORECASE)


def _prose(line: str) -> bool:
    """Is `line` a sentence of a note that opens with a plan's word (an explanatory note under the
    heading), not a heading?"""
    return _SENTENCE_AFTER_YEAR.search(line.strip()) is not None


# The heading of a document of another kind, whose table may name an event and a date or a place
# all the same: an agenda («Время | Вопрос | Докладчик»), a contest's protocol («Название работы |
# Место»), a list, a register or a log («ЖУРНАЛ регистрации входящей корреспонденции»: «Дата
# поступления | Краткое содержание | Исполнитель»), an application to take part («ЗАЯВКА на участие
# в фестивале»: «Ф.И.О. участника | Название номера»), a report, an estimate, a timetable.
_OTHER_DOCUMENT = re.compile(
    rf"^\s*(?:{_ADJECTIVE}\s+){{0,2}}(повестк[аи]|протокол|спис[оа]к|реестр|журнал|заявк[аи]|справк[аи]|отч[её]т|смет[аы]|расписани[ея]|"
    # An act («АКТ СВЕРКИ взаимных расчётов», «АКТ проверки») and an inventory («ИНВЕНТАРИЗАЦИОННАЯ
    # ОПИСЬ основных средств»: «Наименование объекта | Дата ввода в эксплуатацию») record what is.
    r"прейскурант|ведомост[ьи]|табел[ья]|штатное|акт|опис[ьи])\b",
    re.IGNORECASE,
)
_PLAN_WORDS = re.compile(r"план|мероприяти|перечень|календар|программ", re.IGNORECASE)
# Kinds of document that stay what they are whatever they speak of: a report on a plan's
# fulfilment («ОТЧЁТ о выполнении плана мероприятий …», «СПРАВКА о мероприятиях, проведённых …»),
# a meeting's minutes or agenda, an estimate, an act («АКТ проверки выполнения плана …»).  A list,
# a register or a timetable of events may be a plan under another name.
_NEVER_PLAN = re.compile(r"повестк|протокол|отч[её]т|справк|смет|прейскурант|ведомост|табел|штатное|акт\b")
# A heading that says how a plan or a programme was carried out («ИНФОРМАЦИЯ / о выполнении плана
# мероприятий … за 2026 год», «Сведения о ходе реализации программы», «Анализ выполнения плана»):
# a report under a word that also heads plans («Информация о мероприятиях, планируемых …»), which
# its subject makes a report all the same.
# «О реализации муниципальной программы …» alone is the title of the act a plan carries out (an
# appendix's «к постановлению … / О реализации …» over its events); a report says so by its word
# («Информация о реализации …», on the line before it too) or asks how it went («о ходе реализации»).
_SUBJECT = r"[а-яё]*\s+(?:[а-яё-]+(?:ой|ого|ых)\s+)?(?:плана|программ|мероприяти)[а-яё]*"
_FULFILMENT = re.compile(
    rf"^\s*(?:(?:информаци|сведени|доклад)[а-яё]*\s+)?(?:о|об)\s+(?:ходе\s+)?(?:выполнени|исполнени|итог){_SUBJECT}"
    rf"|^\s*(?:(?:информаци|сведени|доклад)[а-яё]*\s+(?:о|об)\s+(?:ходе\s+)?|(?:о|об)\s+ходе\s+)реализаци{_SUBJECT}"
    rf"|^\s*(?:анализ|итоги|мониторинг)[а-яё]*\s+(?:хода\s+)?(?:выполнени|исполнени|реализаци){_SUBJECT}",
    re.IGNORECASE,
)
# A school's or a course's curriculum («УЧЕБНЫЙ ПЛАН программы …», «Учебно-тематический план»:
# modules and their hours) is a plan of hours of study, no plan of events.
_CURRICULUM = re.compile(r"^\s*(учебн[а-я]*(?:-тематическ[а-я]*)?\s+план)\b", re.IGNORECASE)
# A list of documents («Перечень муниципальных правовых актов, принятых в 2026 году»: «Вид акта |
# Дата принятия | Номер | Наименование») is a register under a plan's word; a list of events that
# carry out an act («Перечень мероприятий по реализации постановления …») is a plan.
_LIST_OF_ACTS = re.compile(
    r"^\s*(перечень\s+(?:[а-яё-]+(?:ых|их)\s+){0,3}"
    r"(?:акт(?:ов|ы)|документ(?:ов|ы)|постановлени[йя]|распоряжени[йя]|приказ(?:ов|ы)|решени[йя]))\b",
    re.IGNORECASE,
)
# How many lines under «УТВЕРЖДЕН» / «СОГЛАСОВАНО» an approval block runs.
_REQUISITE_LINES = 6


def other_document(lines: list[str]) -> str | None:
    """The heading word of a document that is no plan («ПОВЕСТКА», «Итоговый протокол»,
    «ОТЧЁТ о выполнении плана»), when the lines above its table open with one and none opens with
    a plan's word; a list, a register or a timetable only when no line speaks of a plan or events."""
    headings = [line for line in lines if is_plan_heading(line)]
    if headings:
        # The heading nearest the table is the document's own (a site's menu entry stands further up).
        other = _CURRICULUM.match(headings[-1]) or _LIST_OF_ACTS.match(headings[-1])
        return other.group(1) if other is not None else None
    of_plans = any(_PLAN_WORDS.search(line) for line in lines)
    heads = [i for i, line in enumerate(lines) if REQUISITE_HEAD.match(line)]
    for i, line in enumerate(lines):
        # «УТВЕРЖДЕН / решением Правления / Протокол № 5 от …»: the act that approves the plan,
        # inside its approval block, names no document of another kind.
        in_block = any(0 < i - head <= _REQUISITE_LINES for head in heads)
        report = _FULFILMENT.match(line) or (_FULFILMENT.match(f"{lines[i - 1]} {line}") if i else None)
        if report is not None and not in_block:
            return report.group(0).strip()
        found = _OTHER_DOCUMENT.match(line)
        if found is None:
            continue
        if not of_plans:
            return found.group(1)
        if _NEVER_PLAN.match(found.group(1).lower()) and not in_block:
            return found.group(1)
    return None


# What a plan prints above its heading besides the approval (GOST R 7.0.97), which the contract does
# not carry: an agreement block («СОГЛАСОВАНО» over a position, a signature and a date), an annex
# mark («Приложение № 1» / «к приказу от 10.12.2025 № 45-од»), a draft's mark («ПРОЕКТ»).
_HEAD_REQUISITE = re.compile(r"^\s*(?:приложени[ея]\b|проект\s*$)", re.IGNORECASE)


def opens_head_requisite(line: str) -> bool:
    """Does `line` open a requisite above the plan's heading: an agreement or approval block's head
    word, an annex mark, a draft's mark?"""
    return REQUISITE_HEAD.match(line) is not None or _HEAD_REQUISITE.match(line) is not None


def is_plan_heading(line: str) -> bool:
    """Does `line` open with a plan's document-type word («ПЛАН», «Календарный план», «Перечень»…)?"""
    return _PLAN_HEADING.match(line) is not None


def plan_headings(blocks: Iterable[Block]) -> int:
    """How many of the readers' `blocks` are paragraphs that open a plan's heading: a sheet, a
    page's header or a hidden pane with one of its own holds a plan of its own."""
    return sum(1 for block in blocks if isinstance(block, Paragraph) and is_plan_heading(block.text))


def _year_line(texts: list[str], first: int) -> int | None:
    """The line that closes a heading opened at `first`: the first naming a year."""
    for i in range(first, min(first + _TITLE_MAX_LINES, len(texts))):
        if YEAR.search(texts[i]):
            return i
        if i > first and APPROVAL_HEAD.match(texts[i]):
            return None
    return None


# The place and year of issue a title page prints at its foot (GOST R 7.0.97): «Санкт-Петербург» over
# «2025», or «Москва – 2025» on one line.  The place is a name of a few words, no heading.
_ISSUE_YEAR = re.compile(rf"{_YEAR_DIGITS}\s*(?:г\.?|год)?")
# Each word of a place's name opens with a capital («Нижний Новгород», «Ростов-на-Дону»); a heading
# of a few words («Отдел культуры» over «2025 год») opens with one alone.
_ISSUE_PLACE = re.compile(rf"(?:г\.\s*)?[{_UPPER}][{_LOWER}{_UPPER}\-]*(?: [{_UPPER}][{_LOWER}{_UPPER}\-]*)*")
_PLACE_AND_YEAR = re.compile(rf"{_ISSUE_PLACE.pattern}\s*[,–—-]\s*{_ISSUE_YEAR.pattern}")
_PLACE_WORDS = 3


def issue_lines(lines: list[str]) -> set[int]:
    """The indexes of `lines` that give a title page's place and year of issue: a year alone under a
    place's name of a few words, or both on one line parted by a comma or a dash."""
    found: set[int] = set()
    for k, line in enumerate(lines):
        text = line.strip()
        if _PLACE_AND_YEAR.fullmatch(text):
            found.add(k)
        elif k and _ISSUE_YEAR.fullmatch(text):
            place = lines[k - 1].strip()
            if _ISSUE_PLACE.fullmatch(place) and len(place.split()) <= _PLACE_WORDS:
                found.update((k - 1, k))
    return found


def is_heading_line(line: str) -> bool:
    """Whether a line between the title and a table can be a section heading.

    A publication date, a page number, «(утвержден …)» or «г. Москва» cannot:
    headings start with a capital (or a list number) and are short.
    """
    text = _LIST_NUMBER.sub("", line.strip(), count=1)
    # A note's label («Внимание: сроки могут уточняться») opens a note to the plan, not a heading.
    if is_table_label(text) or about_the_page(text) or _NOTE_LABEL.match(text) or _link_bar(text):
        return False
    if _FILTER_CONTROL.match(text) or _FORM_CONTROL.fullmatch(text):
        return False
    return 3 <= len(text) <= 200 and text[:1].isupper() and not text.endswith((".", ",", ";"))


# A site's filter over its table, printed with its choice («Месяц [Все] ▾», «Квартал: все»): a
# control, never a heading.  A scan may read the arrow glued to the choice («Всем», «Всее\»).
_FILTER_CONTROL = re.compile(
    r"(?:месяц|квартал|год|период|раздел|категория|направление|тип|статус|показать|фильтр)\s*:?\s*\[?\s*вс[её]\]?(?:[мvе▾]\\?)?(?!\S)",
    re.IGNORECASE,
)


# A site's search box or form button over its table, its label printed («Найти», «Поиск:»), or a
# data table's page-length control («Показать 10 записей», its list's arrow read «v» in a scan): a
# control, never a heading (a scan reads the button's box as a table of one cell, or the field's
# box as runs of underscores with the button's word after them, misread: «Поиск __ ___ __ М»; or
# the field read as nothing, the label and the button a tab apart: «Поиск», «Найти»).
_CONTROL_WORD = r"(?:найти|поиск|искать|применить|сбросить|очистить|отправить|войти|подписаться)"
_FORM_CONTROL = re.compile(
    rf"{_CONTROL_WORD}\s*:?"
    rf"(?:(?:\s+_+)+(?:\s+\S{{1,6}})?|\s+{_CONTROL_WORD})?"
    r"|показ(?:ать|ывать)(?:\s+по)?\s+\d+\s+(?:[v▾▼]\s+)?запис(?:ей|и)",
    re.IGNORECASE,
)


def _link_bar(line: str) -> bool:
    """Is `line` a site's bar of links or commands set apart by bars («Создать | Изменить |
    Удалить», «Главная | Новости | Контакты»): three parts or more, a page's controls or menu,
    never a heading over its plan?"""
    return sum(bool(part.strip()) for part in line.split("|")) >= _LINK_BAR_PARTS


# A site's line about the page itself: when it was posted or changed («Опубликовано 24.12.2026»,
# «Дата публикации: 24.12.2026», «Обновлено: 10 января 2027»), how often it was read or discussed
# («Просмотров: 37», «Комментарии: 0»), by whom and where it is filed («Автор: …», «Категория: …»),
# where it was posted and how it is kept up to date (Google Sheets' «Опубликовано в Google Таблицах –
# … – Обновляется автоматически каждые 5 минут», «Размещено на сайте …»): the page's, never a
# heading over its plan.
_PUBLISHED = re.compile(
    r"^(?:(?:опубликован[оа]?|размещен[оа]?|обновлен[оа]?|изменен[оа]?|"
    r"дата\s+(?:публикации|размещения|обновления|изменения|создания))\b\W*\d"
    r"|(?:опубликован[оа]?|размещен[оа]?)\s+(?:в|на)\s|обновляется\s"
    r"|(?:количество\s+)?(?:просмотр(?:ов|ы)|комментари(?:ев|и)|хиты)\s*:?\s*\d+$"
    r"|(?:автор|категория|рубрика|раздел сайта)\s*:)",
    re.IGNORECASE,
)


def about_the_page(line: str) -> bool:
    """Is `line` a site's line about the page itself («Опубликовано 24.12.2026», «Просмотров: 37»)?"""
    return _PUBLISHED.match(line.strip()) is not None


# A table's label (GOST R 2.105: «Таблица 1», and over the rest of a table a page break cut,
# «Продолжение таблицы 1», «Окончание табл. 1»): no heading, no part of the plan.
# «Продолжение приложения 1» labels a continued annex's table the same way; «Приложение 1» alone
# is an annex mark (a requisite of the head), no label.
_TABLE_LABEL = re.compile(
    r"^(?:(?:продолжение|окончание)\s+(?:табл(?:ицы|\.)|приложения)|табл(?:ица|ицы|\.))"
    r"\s*(?:№\s*)?[\dА-Яа-яA-Za-z]{0,3}(?:\.\d{1,3})*\.?$",
    re.IGNORECASE,
)


def is_table_label(line: str) -> bool:
    """Is `line` a table's label («Таблица 1», «Продолжение таблицы 1»)?"""
    return _TABLE_LABEL.match(line.strip()) is not None


def _split_name(line: str) -> tuple[str, str] | None:
    """A line ending in «И.О. Фамилия» → (what precedes it, the name)."""
    if "\t" in line:
        left, right = line.rsplit("\t", 1)
        right = _without_signature_marks(right)
        if match := _NAME.search(right):
            # «Директор | ________ | Е.А. Волкова»: the signature line between is no part of the position.
            before, name = _initial_mended(right[: match.start()], match.group(0).strip())
            return clean_line(_SIGNATURE_LINE.sub(" ", _SIGNATURE_WORD.sub(" ", left))), f"{before}{name}".strip()
    bare = _without_signature_marks(line)
    match = _NAME.search(bare)
    if not match:
        return None
    before, name = _initial_mended(bare[: match.start()], match.group(0).strip())
    # «Директор Дворца творчества — А.А. Нурматов»: the dash between sets the name apart; so do
    # marks a scan reads where the signature's ink crosses the line («Председатель Комиссии ‚-»).
    return _SEPARATING_MARKS.sub("", before).strip(), name


def _initial_mended(before: str, name: str) -> tuple[str, str]:
    """(`before`, `name`) with a first initial whose point a scan read as a colon or a comma («И:В.
    Петрова») moved from the text before onto a name of one initial."""
    if (misread := _MISREAD_INITIAL.search(before)) and _ONE_INITIAL.fullmatch(name):
        return before[: misread.start()], f"{misread.group(1)}.{name}"
    return before, name


# Marks alone after the position, a space before them: no letter, figure, quote or bracket of its own.
_SEPARATING_MARKS = re.compile(r"\s+[^\w\s«»\"'()]+\s*$")
# An initial whose point a scan read as a colon, a comma or a semicolon, right before a name that
# opens with an initial («И:В. Петрова»).
_MISREAD_INITIAL = re.compile(rf"(?:^|(?<=\s))([{_UPPER}])[:,;]$")
_ONE_INITIAL = re.compile(rf"{_INITIAL}\s?{_SURNAME}")


def _without_signature_marks(text: str) -> str:
    """The text without the signature's underscores and the slashes round a name («/А.В. Петров/»)."""
    return _SLASHED_NAME.sub(r"\1", _SIGNATURE_LINE.sub(" ", _SIGNATURE_WORD.sub(" ", text)).strip())


def approval_block(texts: list[str], head: int) -> tuple[Approval | None, int]:
    """The approval block starting at line `head` (rule 7); returns it and the next line."""
    act = _act_approval(texts, head)
    if act is not None:
        return act
    return _person_approval(texts, head)


# «… от «14» декабря 2027 г. № 5», «… от 12.12.2025 № 15-р», «… от « 07» 12 2021 № 8».
# The number sign: «№», or the Latin «N» that legal databases print for it («от 01.12.2024 N 55-р»).
_NUMBER_SIGN = r"(?:№|\bN[o°º]?\.?(?=\s*\d))"
_ACT = re.compile(rf"^(?P<act>.*?)\s*\bот\s+(?P<date>.+?)\s*(?:{_NUMBER_SIGN}\s*(?P<number>\S.*?))?\s*$")
# The number before the date: «протокол № 5 от 12.12.2024», «приказом № 123 от 25.12.2024».
_ACT_NUMBER_FIRST = re.compile(rf"^(?P<act>.*?)\s*{_NUMBER_SIGN}\s*(?P<number>\S+)\s+от\s+(?P<date>.+?)\s*$")
_ACT_NUMBER_ONLY = re.compile(rf"^(?P<act>.*?)\s*{_NUMBER_SIGN}\s*(?P<number>\S.*?)\s*$")
_HAS_NUMBER = re.compile(_NUMBER_SIGN)
# The act's date printed without «от» before its number, as Belarusian and Kazakh acts print it
# («Постановление Министерства культуры / 29.12.2026 № 112»): a day, a month (a number or a
# word) and a year at the end of the act's wording; a word other than a month's is the act's
# («Протоколом 12 заседания 2025 г.»).
_TRAILING_DATE = re.compile(
    rf"^(?P<act>.*?)\s+(?P<date>[«\"]?\s*\d{{1,2}}\s*[»\"]?[\s.]\s*(?:\d{{1,2}}|{'|'.join(months.GENITIVE)})[\s.]\s*"
    r"(?:19|20)\d{2}(?:\s*(?:г\.|года))?)$",
    re.IGNORECASE,
)
# A date that ends with its year's word, then a number without its sign.
_NUMBER_AFTER_YEAR = re.compile(r"^(?P<date>.*?(?:19|20)\d{2}\s*(?:г\.|года|г(?=\s)))\s+(?P<number>\d[\w/-]*)$")
# A line that gives an act's date: «от 26.12.2024».
_DATE_LINE = re.compile(r"^от\s+\S")
# A narrow block (a cell of a borderless table, a scan's lines) wraps an act's wording into many lines.
# A line that holds only the word after a date's year: «г.», «года».
_YEAR_WORD_LINE = re.compile(r"г\.?|года", re.IGNORECASE)
# A date's day and month on a line, its year on the next («21» декабря» / «2026 г.»).
_DAY_MONTH_LINE = re.compile(r"\s*[«\"]?\s*[\d_]{1,2}\s*[»\"]?\s+[а-яё_]+\s*")
_YEAR_LINE = re.compile(rf"{_YEAR_DIGITS}\s*(?:г\.?|года)?", re.IGNORECASE)
_ACT_MAX_LINES = 10
# «Приложение № 1 к приказу …»: the annex's number, not the act's, which follows after «от …».
_ANNEX_NUMBER = re.compile(r"приложени[еяи]\s*№\s*\d+", re.IGNORECASE)


def _act_approval(texts: list[str], head: int) -> tuple[Approval, int] | None:
    """(b) An act approves: «УТВЕРЖДЕНО / Протоколом заседания … / от «14» декабря 2027 г. № 5»."""
    head_word = APPROVAL_HEAD.match(texts[head])
    if head_word is None or head_word.group(1).upper().replace(" ", "") == "УТВЕРЖДАЮ":
        return None
    lines: list[str] = []
    end = head
    for i in range(head, min(head + _ACT_MAX_LINES, len(texts))):
        line = APPROVAL_HEAD.sub("", texts[i]).strip() if i == head else texts[i].strip()
        if i > head and (is_plan_heading(line) or APPROVAL_HEAD.match(line)):
            break
        if line:
            lines.append(line)
        end = i + 1
        if _HAS_NUMBER.search(_ANNEX_NUMBER.sub("", line)) or (_ACT.match(" ".join(lines)) and YEAR.search(line)):
            break
    # The act's number wrapped to the next line of a narrow block («от 22.12.2028 №» / «40-р»).
    if lines and end < len(texts) and (lines[-1].endswith("№") or texts[end].strip().startswith("№")):
        lines.append(texts[end].strip())
        end += 1
    # The date on the line under the number («протокол № 4» / «от 26.12.2024»).
    if lines and end < len(texts) and _DATE_LINE.match(texts[end].strip()) and not _ACT.match(" ".join(lines)):
        lines.append(texts[end].strip())
        end += 1
    joined = clean_line(" ".join(lines))
    closing = ""
    if joined.endswith(")"):
        # «Решением Ученого совета (протокол от 26.12.2028 № 12)»: the date and number parts
        # stand inside the brackets, which close around what is left of them.
        inner = _act_parts(joined[:-1])
        if inner and inner.group("act").count("(") > inner.group("act").count(")"):
            joined, closing = joined[:-1], ")"
    match = _act_parts(joined)
    if not match or not match.group("act"):
        return None
    groups = match.groupdict()
    if groups.get("date") and not groups.get("number"):
        # A scan that lost the number sign: «от «16» декабря 2018 г. 18».
        lost = _NUMBER_AFTER_YEAR.match(groups["date"])
        if lost:
            groups["date"], groups["number"] = lost.group("date"), lost.group("number")
    act = match.group("act")
    dated = None if groups.get("date") else _TRAILING_DATE.match(act)
    if dated:
        act, groups["date"] = dated.group("act"), dated.group("date")
    name, end = _act_signer(texts, end)
    date = groups.get("date")
    return Approval(act + closing, name, date and _date_line(date), groups.get("number")), end


# The lines under an act's wording that may hold the name of who signed it: the name alone, or
# under the signer's position («Председатель Совета» / «_______ И.И. Иванов»).
_SIGNER_LINES = 3


def _act_signer(texts: list[str], start: int) -> tuple[str | None, int]:
    """The name printed under an act's wording (rule 7 (b)) and the line after it; (None, `start`)
    when the plan's heading or another block comes first."""
    for i in range(start, min(start + _SIGNER_LINES, len(texts))):
        line = texts[i].strip()
        if not line or is_plan_heading(line) or APPROVAL_HEAD.match(line) or YEAR.search(line):
            break
        if _AFTER_SIGNATURE.match(line):  # «СОГЛАСОВАНО»: another block, signed by someone else
            break
        split = _split_name(line)
        if split is not None:
            return split[1], i + 1
        bare = _without_signature_marks(line)
        if bare and (len(line) > _POSITION_LINE or not _POSITION_WORDS.fullmatch(bare)):
            break  # neither a position nor a bare signature line
    return None, start


def _act_parts(text: str) -> re.Match[str] | None:
    """An act's wording split into the act, its date and its number, whichever order they stand in."""
    # «Приложение № 1 к приказу … от … № …»: the first number is the annex's, the act's follows its date.
    first = None if _ANNEX_NUMBER.search(text) else _ACT_NUMBER_FIRST.match(text)
    return first or _ACT.match(text) or _ACT_NUMBER_ONLY.match(text)


def _unwrapped(lines: list[str]) -> tuple[list[str], list[int]]:
    """The block's lines with a name wrapped after its initials («________ А.П.» / «Кречетов») and
    a date wrapped before its year (««21» декабря» / «2026 г.») joined back (a narrow column),
    and the index in `lines` of the last line each of them holds."""
    block: list[str] = []
    last: list[int] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        below = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if below and (wrapped_name(line, below) or (_DAY_MONTH_LINE.fullmatch(line) and _YEAR_LINE.fullmatch(below))):
            block.append(f"{line.rstrip()} {below}")
            index += 1
        else:
            block.append(line)
        last.append(index)
        index += 1
    return block, last


def _person_approval(texts: list[str], head: int) -> tuple[Approval | None, int]:
    """(a) A person approves: «УТВЕРЖДАЮ» over a position, a signature line and a date line."""
    block, last = _unwrapped([APPROVAL_HEAD.sub("", texts[head]).strip(), *texts[head + 1 : head + 10]])

    def line_at(offset: int) -> int:
        """The index in `texts` of the block's line `offset` (of the line after the block's end)."""
        return head + (last[offset - 1] + 1 if offset else 0)

    position: list[str] = []
    for offset, line in enumerate(block):
        if not line:
            continue
        split = _split_name(line)
        if split is None and position and _without_signature_marks(line):
            if is_plan_heading(line):
                # A block printed without a name or a date: the plan's heading follows the position.
                return Approval(" ".join(position), None, None), line_at(offset)
            if _is_approval_date(line) and (signed := _signature_over_date(block, offset)) is not None:
                # A signature line over the date line whose name is no «И.О. Фамилия» as read
                # («_______ SOL. Васюнькин», a scan's initials misread): the date is the line under it.
                return Approval(" ".join(position), signed, _date_line(block[offset + 1])), line_at(offset + 2)
            if _is_approval_date(line):
                # The date under the position: the signature line under it («"__" ____ 2024 г.» /
                # «_______ И.И. Иванов»), or none (a block printed without a name).
                below = _split_name(block[offset + 1]) if offset + 1 < len(block) else None
                if below is not None and not below[0]:
                    return Approval(" ".join(position), below[1], _date_line(line)), line_at(offset + 2)
                return Approval(" ".join(position), None, _date_line(line)), line_at(offset + 1)
        if split is None and _UNDERSCORES.search(line) and offset + 1 < len(block):
            # The signature line is bare underscores; the name is on the next line.
            following = _split_name(block[offset + 1])
            if following and not following[0]:
                offset += 1
                split = ("", following[1])
        if split is None:
            if _without_signature_marks(line):  # a bare signature line is no part of the position
                position.append(line)
            continue
        if split[0]:
            position.append(split[0])
        date_text = None
        after = offset + 1
        if after < len(block) and _is_approval_date(block[after]):
            date_text = _date_line(block[after])
            after += 1
            # The year's word wrapped to a line of its own in a narrow block («…2029» / «г.»).
            if after < len(block) and _YEAR_WORD_LINE.fullmatch(block[after].strip()):
                date_text = f"{date_text} {block[after].strip()}"
                after += 1
        return Approval(" ".join(position), split[1], date_text), line_at(after)
    return None, head + 1


def _signature_over_date(block: list[str], offset: int) -> str | None:
    """The name's text on the signature line `block[offset]` when the date line with its year is
    the next line; None where `block[offset]` may be the date itself («"__" ____ 2024 г.»)."""
    line = block[offset]
    if YEAR.search(line) or offset + 1 >= len(block) or not YEAR.search(block[offset + 1]):
        return None
    if not _is_approval_date(block[offset + 1]):
        return None
    return _without_signature_marks(line) or None


# Underscores before a filled-in day («__ «22» декабря 2020 г.»): the signature line's, read into
# the date line's (a photo's lines a little askew); a blank day is «"__"», in its quotes.
_SIGNATURE_TAIL = re.compile(r"^_+\s+(?=[«\"“„]\s*\d)")


def _date_line(line: str) -> str:
    """The date line as printed, without the signature line's underscores read into it."""
    return _SIGNATURE_TAIL.sub("", line)


def marks_signature(line: str) -> bool:
    """Does `line` print a place for the hand: a blank («______», ««___»») or «(подпись)»?"""
    return bool(_UNDERSCORES.search(line) or _SIGNATURE_WORD.search(line))


def _is_approval_date(line: str) -> bool:
    """The date line under the approval name («25» декабря 2024 г., "__" ____ 2024 г.).

    A block printed without a date is followed by the plan's heading, which also
    names a year: «План мероприятий … на 2027 год» is not a date line.
    """
    if is_plan_heading(line) or len(line) > 40:
        return False
    return bool(YEAR.search(line) or _UNDERSCORES.search(line))


def signatory_block(lines: list[str]) -> Signatory | None:
    """The signature block of `lines` (`signatory_lines`)."""
    return signatory_lines(lines)[0]


def signatory_lines(
    lines: list[str], blocks: Sequence[int] | None = None, spaced: bool = False
) -> tuple[Signatory | None, range]:
    """The signature block and the indexes of `lines` it was read from (empty when there is none):
    position lines, then «И.О. Фамилия» (maybe after a tab).

    A name set beside the position's first line (a borderless two-cell
    table, a tab stop) has the rest of the position under it: those lines
    («секретарь», «Совета Ассамблеи») go on with the position: short lines
    without digits, up to the first that ends a sentence.

    With `blocks` (each line's paragraph, for a web page: a document's position may wrap over
    paragraphs, its last one broken before the name by a line break, so `assemble` passes
    none there), the paragraph says where the position begins: a name under the position's lines in one
    paragraph (a web page's «Председатель комитета<br>Н.Н. Жумабаев») has its whole position
    in that paragraph; lines of other paragraphs above (a copy of the plan set out for
    phones) are no part of it.  With `spaced` too (a web page, whose lines keep a tab where
    spaces set the name apart), a name typed after its position with one space («Директор МЦ
    «Ровесник» Е.В. Лосева») ends a position that the line holds whole, unless it opens in
    small letters or the line above ends in a comma (the rest of a position wrapped onto it):
    a table's caption above and a site's «Добавить комментарий» below are no part of it, the
    lines over it in its own paragraph («Председатель<br>Комитета … И.И. Иванов») are.
    """
    position: list[str] = []
    at: list[int] = []
    start = 0
    wrapped = 0
    # A stamp in the block (an electronic signature's beside the name, «М.П.» under it) is neither
    # position nor name: its lines read as empty ones.
    lines = [without_stamp(line) for line in lines]
    noted = False
    for index, line in enumerate(lines):
        if not line:
            continue
        split, wrapped = _split_name(line), 0
        # (A whole name alone whose «surname» names no position, «Кравцов А.Н.», is a name: a word
        # under it, «Новости» of a site's menu, is no surname wrapped under initials.)
        if (
            (split is None or (not split[0] and names_position(line)))
            and index + 1 < len(lines)
            and wrapped_name(line, lines[index + 1])
        ):
            # «Директор библиотеки Р.М.» / «Андреева»: a line that the page's edge wrapped after
            # the name's initials; the surname under them ends the name.  Also where the line alone
            # is a name with nothing before it («Директор И.И.» passes for a surname and its
            # initials); a name after a position («Председатель Кравцов А.Н.») is whole, and the
            # word under it («Комиссии») is the position's wrapped rest.
            split, wrapped = _split_name(f"{line} {lines[index + 1].strip()}"), 1
        if split is None:
            # A sentence (a note, «Справочно:»), a requisite of its own (an annex mark) or a table's
            # label is a paragraph above the block: the position is the lines after the last one.
            # A note's label («Примечание: …») opens a note, whose lines in small letters go on with it.
            # A table's totals line under it (`_TOTALS_LINE`; a scan's «Итогоз мероприятия», a
            # spreadsheet's two cells run together and «3» read «з») is the table's.
            noted = _NOTE_LABEL.match(line) is not None or (noted and line[:1].islower())
            apart = (
                _SENTENCE_END.search(line)
                or starts_requisite(line)
                or is_table_label(line)
                or noted
                or _pager(line)
                or _NO_POSITION.search(line)
                or _DAY_OR_AGE.search(line)
                or _TOTALS_LINE.match(line)
            )
            if apart:
                position, at, start = [], [], index + 1
            else:
                # A signature line drawn after the position («____», «/подпись/»), its name on the
                # next line: no part of it.
                rest = _UNDERSCORES.sub(" ", _SIGNATURE_WORD.sub(" ", line.replace("\t", " "))).strip()
                # A line without a letter or a figure («.», a scan's speck over the block) is none.
                if any(ch.isalnum() for ch in rest):
                    position.append(rest)
                    at.append(index)
            continue
        noted = False
        # A line above that ends in «,» or a dash («Председатель Совета МАГ,» over «Мэр Москвы
        # С.С. Собянин») says the position goes on onto the name's line.
        goes_on = bool(at) and lines[at[-1]].rstrip().endswith((",", "-", "–", "—"))
        # So does a name's line that names no position under one that does, whatever its case
        # («Начальник отдела» / «Культуры И.И. Иванов»: the position wrapped before a capital).
        goes_on = goes_on or (bool(at) and names_position(lines[at[-1]]) and not names_position(split[0]))
        typed = spaced and bool(split[0]) and "\t" not in line and not split[0][:1].islower() and not goes_on
        if blocks is not None and at:
            own = blocks[index]
            if blocks[at[-1]] == own or typed:
                # The lines over the name in its own paragraph (`<br>`) are its position's.
                keep = [i for i, where in enumerate(at) if blocks[where] == own]
                position = [position[i] for i in keep]
                start = at[keep[0]] if keep else index
        if split[0]:
            position.append(split[0])
        if not position:
            return None, range(0)
        below = position_below(lines[index + 1 + wrapped :]) if split[0] and not typed else []
        signatory = Signatory(clean_line(" ".join([*position, *below])), clean_line(split[1]))
        return signatory, range(start, index + 1 + wrapped + len(below))
    return None, range(0)


def name_beside(line: str) -> bool:
    """Does `line` hold a name after text before it (a position, «Ответственный  Кравцов А.Н.»)?"""
    split = _split_name(line)
    return split is not None and bool(split[0])


def is_name(text: str) -> bool:
    """Is `text` a person's name and nothing more («И.И. Иванов», «Иванов Иван Иванович»)?"""
    match = _NAME.search(text.strip())
    return match is not None and match.start() == 0


def starts_requisite(line: str) -> bool:
    """Does `line` open a requisite set under a signature (`_AFTER_SIGNATURE`: «Исп. …»,
    «Рассылка: …») or a stamp («М.П.», an electronic signature's lines)?  It starts something new
    and never goes on with a position."""
    text = line.strip()
    return any(pattern.match(text) for pattern in (_AFTER_SIGNATURE, _STAMP_MARK, _STAMP_LINE))


# A date alone on its line, as a signature or an approval dates it: «15.12.2025», «15.12.2025 г.»,
# «« 15 » декабря 2025 г.», «"__" ________ 2025 г.».
_DATE_ALONE = re.compile(
    rf"^[«\"]?\s*[\d_]{{1,2}}\s*[»\"]?\s*[\s.]\s*(?:\d{{1,2}}|{'|'.join(months.GENITIVE)}|_+)\s*[\s.]\s*"
    rf"{_YEAR_DIGITS}\s*(?:г\.?|года)?$",
    re.IGNORECASE,
)


def is_date_alone(line: str) -> bool:
    """Is `line` a date and nothing more («15.12.2025», «« 15 » декабря 2025 г.»): a signature's date
    under it, never a line of its position?"""
    return _DATE_ALONE.match(line.strip()) is not None


def wrapped_name(line: str, below: str) -> bool:
    """Does `line` end with a name's initials whose surname is the whole of the line `below`?"""
    return _INITIALS_END.search(line) is not None and _LONE_SURNAME.fullmatch(below.strip()) is not None


def position_below(lines: list[str]) -> list[str]:
    """The lines of a position that go on under the line its name stands beside."""
    below: list[str] = []
    for line in lines:
        text = line.strip()
        if not text or "\t" in text or _split_name(text) or any(ch.isdigit() for ch in text):
            break
        if len(text) > _POSITION_LINE or text.endswith(".") or not _POSITION_WORDS.fullmatch(text):
            break
        if starts_requisite(text):
            break
        below.append(text)
    return below


def paired_signatories(lines: list[str], used: range) -> tuple[Signatory, range, list[str]] | None:
    """Positions one a line over as many names one a line (a borderless table's cell
    «Директор / Главный бухгалтер» beside «И.И. Иванов / П.П. Петров»), where each line is a
    paragraph of its own (no wrapped position): the first position's signatory, the lines it was
    read from, and the other signatories' texts; None where the block `used` is no such column."""
    block = [line.strip() for line in lines[used.start : used.stop]]
    names = _names_from(lines, used.stop)
    last = _split_name(block[-1]) if block else None
    if last is None or last[0] or any(_split_name(line) for line in block[:-1]):
        return None
    positions, people = positions_unwrapped(block[:-1]), [last[1], *names]
    if len(positions) < 2 or len(positions) != len(people):
        return None
    others = [f"{position} {name}" for position, name in zip(positions[1:], people[1:], strict=True)]
    return Signatory(clean_line(positions[0]), clean_line(people[0])), range(used.start, used.stop + len(names)), others


def positions_unwrapped(lines: list[str]) -> list[str]:
    """Positions one a line, a line in small letters joined to the one above (`position_starts`)."""
    starts = position_starts(lines)
    return [" ".join(lines[a:b]) for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]


def position_starts(lines: list[str]) -> list[int]:
    """Where each position of a column of them starts: a line in small letters goes on with the one
    above, as a line break in the position's cell wraps it («Директор<w:br/>школы», «Заместитель
    директора<w:br/>по УВР»), and a position opens with a capital and names a position.  A line
    that names none goes on too, capital or not: the body's name the position wrapped onto
    («Генеральный директор<br>Ассоциации», «… Исполнительного<br>комитета Ассамблеи городов»)."""
    return [i for i, line in enumerate(lines) if i == 0 or (not line[:1].islower() and names_position(line))]


def _names_from(lines: list[str], start: int) -> list[str]:
    """The lines from `start` on that are a name alone («П.П. Петров»), up to the first that is not."""
    names: list[str] = []
    for line in lines[start:]:
        bare = _without_signature_marks(line)
        if not is_name(bare):
            break
        names.append(bare)
    return names


def further_signatories(lines: list[str]) -> tuple[list[str], list[str]]:
    """The further signatories under a plan's signature block («Главный бухгалтер П.П. Петров», a
    second name under the first in its cell), each one's text, and the other lines under it (the
    executor, a mailing list, a stamp's place, «Верно: …», a registration mark), which the contract
    does not carry.  It holds one signatory: the rest are said, never dropped silently, and so are
    the other lines."""
    found: list[str] = []
    other: list[str] = []
    rest = list(lines)
    while rest:
        names = _names_from(rest, 0)
        if names:
            found.extend(names)
            rest = rest[len(names) :]
            continue
        signatory, used = signatory_lines(rest)
        if signatory is None or starts_requisite(signatory.position):
            break  # «Рассылка: в дело, И.И. Иванову»: a requisite naming someone, no signature
        # The lines above it that are no part of it («Исп. Петрова А.А.» over a second signature).
        other.extend(rest[: used.start])
        found.append(f"{signatory.position} {signatory.name}")
        rest = rest[used.stop :]
    return found, [*other, *rest]
