"""What magplan tells a Russian reader: warnings, failures and counts, as data.

Warnings and errors are raised with a code (`PlanWarning.code`, the exception
class) and an English message for the command line and JSON.  The workbook's
reader gets them in Russian from the tables here: one entry per code, with the
pattern that picks the details (a page, a wording) out of the English message
and the Russian sentence that puts them back.  A code without an entry still
says something in Russian («Замечание») and keeps the English message, so a
new warning is never lost, only untranslated.

`plural_ru` and `plural_en` give counts their right word form («1 файл,
2 файла, 5 файлов»; «1 file, 2 files»).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Message:
    gist: str  # Russian: what the code means
    detail: str = ""  # Russian, after the gist; `{name}` takes the group `name` of `pattern`
    pattern: str = ""  # matched against the English message for the details


# Warning codes (PlanWarning.code) → Russian.
WARNINGS: dict[str, Message] = {
    "no_year": Message("Год плана не найден в заголовке; даты не заполнены"),
    "unparsed_date": Message(
        "Срок не распознан, даты не заполнены", "«{wording}»", r"date wording '(?P<wording>.*)' not understood"
    ),
    "unparsed_number": Message("Номер пункта — не число", "«{number}»", r"row number '(?P<number>.*)' is not"),
    "unknown_footnote": Message("Для знака сноски нет текста сноски", "«{marker}»", r"marker '(?P<marker>.*)' has no"),
    "footnote_guessed": Message(
        "Знак сноски не совпал ни с одной сноской: сноска подобрана по догадке (скан читает «*» как «¹»), проверьте",
        "«{marker}»: {note}",
        r"marker '(?P<marker>.*)' matches no footnote; [^:]*: (?P<note>.*)$",
    ),
    "tracked_changes": Message("В документе есть неподтверждённые исправления; прочитан так, как будто все приняты"),
    "page_needs_ocr": Message(
        "Страница — скан без текстового слоя, не прочитана", "стр. {page}", r"page (?P<page>\d+) has no text layer"
    ),
    "unruled_table": Message("У таблицы нет линий сетки: столбцы определены по заголовку; проверьте ячейки"),
    "ocr_continuation_skipped": Message(
        "Таблица предыдущей страницы, похоже, продолжается без шапки, но страница не разобрана заново:"
        " её строки прочитаны как текст",
        "стр. {page}",
        r"page (?P<page>\d+):",
    ),
    "ocr_uncertain": Message(
        "Слова, распознанные неуверенно",
        "стр. {page}, {count}: {words}",
        r"page (?P<page>\d+): (?P<count>\d+) word\(s\) read with low confidence: (?P<words>.*)",
    ),
    "ocr_stamp_remains": Message(
        "Пропущены остатки печати или подписи",
        "стр. {page}: {words}",
        r"page (?P<page>\d+): left out as remains of a stamp or signature: (?P<words>.*)",
    ),
    "ocr_struck": Message(
        "Пропущен зачёркнутый текст (удаление в режиме исправлений)",
        "стр. {page}: {words}",
        r"page (?P<page>\d+): left out as struck through \(a deletion shown\): (?P<words>.*)",
    ),
    "blank_page": Message("Пустая страница скана пропущена", "стр. {page}", r"page (?P<page>\d+) is blank"),
    "no_text_page": Message(
        "Страница скана без строк текста (рисунок, кляксы, шум) пропущена",
        "стр. {page}",
        r"page (?P<page>\d+) has ink but no lines of text",
    ),
    "row_skipped": Message("Строка таблицы не распознана и пропущена", "{text}", r"was skipped: (?P<text>.*)$"),
    "row_as_heading": Message(
        "Строка таблицы прочитана как заголовок раздела, но в ней список: проверьте",
        "{text}",
        r"holds a list: (?P<text>.*)$",
    ),
    "text_skipped": Message("Строка вне таблицы не распознана и пропущена", "{text}", r"was not read: (?P<text>.*)$"),
}
UNKNOWN_WARNING = "Замечание"

# Exception classes (magplan.errors) → Russian: why a file could not be read.
ERRORS: dict[str, str] = {
    "UnsupportedFormat": "Формат файла не поддерживается",
    "DamagedFile": "Файл повреждён или это не документ своего формата",
    "UnsafeInput": "Файл отклонён: в нём то, чего в документе не бывает (XML-сущности, «zip-бомба»)",
    "NoPlanFound": "В документе не найдена таблица плана",
    "NeedsOCR": "PDF без текстового слоя (скан): нужно распознавание (OCR)",
    "EncryptedFile": "Файл защищён паролем",
    "MissingDependency": "Не установлена нужная программа (LibreOffice или Tesseract)",
    "ConversionTimeout": "LibreOffice не успел преобразовать файл",
    "ProgramTimeout": "Программа распознавания или преобразования (Tesseract, LibreOffice) не успела прочитать файл",
    "LimitExceeded": "Файл больше, чем разрешают пределы обработки (страницы, размер, память)",
    "InputError": "Файл не читается как план",
    "OutputError": "Не удалось записать файл",
}
UNKNOWN_ERROR = "Не удалось прочитать файл как план"


def warning_text(code: str, message: str) -> str:
    """The Russian sentence for a warning; the English message kept where no entry translates it."""
    entry = WARNINGS.get(code)
    if entry is None:
        return f"{UNKNOWN_WARNING} ({code}): {message}"
    if not entry.pattern:
        return entry.gist
    match = re.search(entry.pattern, message, re.DOTALL)
    if match is None:
        # The English wording changed: say what the code means, and keep the details as they are.
        return f"{entry.gist} ({message})"
    return f"{entry.gist}: " + entry.detail.format(**{k: v or "" for k, v in match.groupdict().items()})


def error_kind(exc: BaseException) -> str | None:
    """The name of the nearest class of `exc` that `ERRORS` says in Russian (None: none does).

    Kept by name so that a reason travels between processes and through the archive's cache."""
    return next((cls.__name__ for cls in type(exc).__mro__ if cls.__name__ in ERRORS), None)


def error_text(kind: str | None) -> str:
    """The Russian reason for an `error_kind` (or None when it is not known)."""
    return ERRORS.get(kind or "", UNKNOWN_ERROR)


def error_reason(exc: BaseException) -> str:
    """The Russian reason why `exc` kept a file from being read."""
    return error_text(error_kind(exc))


def plural_ru(count: int, one: str, few: str, many: str) -> str:
    """«1 файл», «2 файла», «5 файлов», «21 файл», «11 файлов»."""
    tail, tens = count % 10, count % 100
    if tail == 1 and tens != 11:
        word = one
    elif 2 <= tail <= 4 and not 12 <= tens <= 14:
        word = few
    else:
        word = many
    return f"{count} {word}"


def plural_en(count: int, one: str, many: str | None = None) -> str:
    """«1 file», «2 files»; `many` for irregular plurals."""
    return f"{count} {one if count == 1 else (many or one + 's')}"


# Why the archive set a file aside as a copy of another (`magplan.batch.combine.Duplicate.reason`).
DUPLICATES: dict[str, str] = {
    "identical_file": "тот же файл (копия байт в байт)",
    "same_plan": "тот же план в другом формате",
    "similar_items": "тот же план: совпадают {matched} из {items} пунктов ({share} %)",
    "ocr_copy": "скан (OCR) того же плана: совпадают {matched} из {items} пунктов ({share} %)",
}
DUPLICATES_EN: dict[str, str] = {
    "identical_file": "the same file (byte for byte)",
    "same_plan": "the same plan in another format",
    "similar_items": "the same plan: {matched} of {items} items match ({share} %)",
    "ocr_copy": "a scan (OCR) of the same plan: {matched} of {items} items match ({share} %)",
}
SKIPPED_REASON = "формат файла не поддерживается ({suffix})"


def duplicate_text(reason: str, matched: int, items: int, english: bool = False) -> str:
    table = DUPLICATES_EN if english else DUPLICATES
    share = round(100 * matched / items) if items else 100
    return table.get(reason, reason).format(matched=matched, items=items, share=share)
