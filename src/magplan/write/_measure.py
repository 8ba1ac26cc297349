"""Rough text widths, so that no word is wider than its table column.

A word too long for its column is broken by the word processor in the middle,
without a hyphen («внешнеэкономически|х»): the print looks wrong and a PDF
reader reads two words.  Widths are estimated from typical advance widths of a
Times-like serif (in ems), on the generous side, which is all a column needs.
"""

from __future__ import annotations

_NARROW = set(".,:;!|'ilj()[]«»\"-–") | {" "}
_WIDE = set("жмшщыюфЖМШЩЫЮФmwMW%@")


def _em(char: str) -> float:
    if char in _NARROW:
        return 0.35
    if char in _WIDE:
        return 0.8
    if char.isupper():
        return 0.72
    return 0.52


def text_width_mm(text: str, size_pt: float, bold: bool = False) -> float:
    points = sum(_em(ch) for ch in text) * size_pt * (1.06 if bold else 1.0)
    return points * 25.4 / 72


def fit_columns(
    widths_mm: tuple[float, ...],
    column_words: list[set[str]],
    flexible: int,
    size_pt: float,
    padding_mm: float,
) -> tuple[float, ...]:
    """Widen each column to its longest word, taking the room from column `flexible`."""
    out = list(widths_mm)
    for index, words in enumerate(column_words):
        if index == flexible or not words:
            continue
        need = max(text_width_mm(w, size_pt) for w in words) + padding_mm
        if need > out[index]:
            out[flexible] -= need - out[index]
            out[index] = need
    return tuple(round(w, 1) for w in out)
