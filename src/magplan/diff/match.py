"""Which item of the old plan is which item of the new one: matched by meaning, not by row.

Renumbering and reordering must not read as change, and next year's
«XXXII сессия МАГ» is this year's «XXXI сессия МАГ».  So items are paired in
passes, each taking only what the previous left:

1. **Same kind, same series key** (`magplan.normalize.series`: editions,
   years, quotes and letter case aside); several items with one key pair in
   their order.
2. **Same kind, similar title**: rapidfuzz's token-sort ratio of the series
   keys, plus corroboration (the same place +10, the same date wording +15)
   once the titles are at least `MIN_TITLE` alike; a pair is taken at `MATCH`
   or more, best pairs first.  A reworded item («… портале МАГ и в
   Телеграм-канале» → «… портале МАГ в разделы …», both «постоянно») pairs; two
   different forums in different cities do not.  City rows, whose title is
   the city, need the titles `MIN_CITY` alike (OCR's «Мурмаиск») and a
   corroboration, so «Омск» never pairs with «Томск» by name alone.
3. **Events and information work across kinds**, by series key only: an item
   moved from one list to the other.

What is left is removed (old) or added (new).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz

from magplan.model import Item
from magplan.normalize.series import series_key

MIN_TITLE = 60
MATCH = 80
MIN_CITY = 85
_CITY_KINDS = ("anniversary", "city_day")
_CROSS_KINDS = ("event", "information")


@dataclass(frozen=True, slots=True)
class Pair:
    old: int
    new: int


def _norm(text: str | None) -> str:
    return " ".join((text or "").casefold().replace("ё", "е").split())


def _keys(title: str) -> tuple[str, str]:
    """The series key (the title's first line) and the key of the whole title on one line.

    The first line alone lets a second paragraph added this year («…\nКруглый
    стол МАГ») keep the series; the whole title lets a line break that only the
    layout put there (a scan's, a narrow column's) change nothing.
    """
    return series_key(title), series_key(" ".join(title.split()))


def _score(a: Item, b: Item, keys_a: tuple[str, str], keys_b: tuple[str, str]) -> float:
    title = max(fuzz.token_sort_ratio(x, y) for x in keys_a for y in keys_b)
    city = a.kind in _CITY_KINDS
    if title < (MIN_CITY if city else MIN_TITLE):
        return 0.0
    same_place = bool(a.place) and _norm(a.place) == _norm(b.place)
    same_date = bool(a.date_text) and _norm(a.date_text) == _norm(b.date_text)
    same_age = a.age_years is not None and a.age_years == b.age_years
    if city:
        return title if same_date or same_age else 0.0
    return title + (10 if same_place and not city else 0) + (15 if same_date else 0)


def match_items(old: list[Item], new: list[Item]) -> list[Pair]:
    """Pairs of (old index, new index), in the new plan's order."""
    old_keys = [_keys(item.title) for item in old]
    new_keys = [_keys(item.title) for item in new]
    free_old = set(range(len(old)))
    free_new = set(range(len(new)))
    pairs: list[Pair] = []

    def take(i: int, j: int) -> None:
        free_old.discard(i)
        free_new.discard(j)
        pairs.append(Pair(i, j))

    def exact(same_kind: Callable[[Item, Item], bool]) -> None:
        for j in sorted(free_new):
            for i in sorted(free_old):
                if set(old_keys[i]) & set(new_keys[j]) and same_kind(old[i], new[j]):
                    take(i, j)
                    break

    exact(lambda a, b: a.kind == b.kind)
    scored = [
        (_score(old[i], new[j], old_keys[i], new_keys[j]), i, j)
        for i in free_old
        for j in free_new
        if old[i].kind == new[j].kind
    ]
    for score, i, j in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
        if score >= MATCH and i in free_old and j in free_new:
            take(i, j)
    exact(lambda a, b: a.kind in _CROSS_KINDS and b.kind in _CROSS_KINDS)
    return sorted(pairs, key=lambda p: p.new)
