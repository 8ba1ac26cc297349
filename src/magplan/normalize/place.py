"""The «Место, дата» cell: the place and the date wording it holds."""

from __future__ import annotations

import re

from magplan.normalize.dates import looks_like_period
from magplan.text import clean_line, one_line

_WORD = re.compile(r"\S+")
# Words a date or period wording can begin with; other words are never tried as its start.
_DATE_START = re.compile(
    r"[\d(]|(?:с|со|в|во|до|по|i|ii|iii|iv|весь|пост|еже|начал|середин|кон|перв|втор|трет|предв|ориент"
    r"|янв|фев|мар|апр|ма[йяе]|июн|июл|авг|сен|окт|ноя|дек)",
    re.IGNORECASE,
)


def split_place_date(cell: str) -> tuple[str | None, str | None]:
    """``"Москва\\nфевраль"`` → ``("Москва", "февраль")``.

    The date is the longest tail of the cell that reads as a date or period
    wording; what stands before it is the place.  When no tail reads as a date
    the first line is the place (rule 4 of SCHEMA.md), or, on one line, the
    part before «, ».  A lower-case single line is an unknown date wording.
    """
    text = cell.strip()
    if not text:
        return None, None
    words = list(_WORD.finditer(text))
    for match in words:
        if not _DATE_START.match(match.group(0)):
            continue
        tail = text[match.start() :]
        if looks_like_period(one_line(tail)):
            place = clean_line(text[: match.start()].replace("\n", " ")).rstrip(" ,;")
            return (place or None), tail.strip()
    lines = text.split("\n")
    if len(lines) > 1:
        return clean_line(lines[0]).rstrip(" ,;"), "\n".join(lines[1:]).strip()
    if ", " in text:
        place, date = text.split(", ", 1)
        return place.strip(), date.strip()
    if text[0].isupper():
        return text, None
    return None, text
