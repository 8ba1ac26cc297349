"""The Russian-language rules of a plan, as pure functions (see each module)."""

from __future__ import annotations


def clear_caches() -> None:
    """Forget the memoised rule results (they repeat within a plan and across plans).

    For measurements that must start cold, and for long-running processes.
    """
    from magplan import roman
    from magplan.normalize import dates, items, numbers, organizers, place

    for cached in (
        dates._parse,
        dates._prepared,
        dates._matched,
        numbers.edition,
        numbers._age_split,
        roman.roman_value,
        numbers.row_number,
        organizers._organizers,
        place.split_place_date,
        items._place_and_date,
    ):
        cached.cache_clear()
