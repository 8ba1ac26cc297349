"""The rules of a page's style sheet, read once for every part of the HTML reader that needs them.

Only what a reader of the page on a desktop browser's screen sees counts: a rule
inside a block for paper (`@media print`) or for narrow screens (`max-width`)
does not apply there (`on_wide_screen`); a rule at the top level or inside a
block for screens wider than some width a desktop's screen reaches surely does
(`on_desktop`).
"""

from __future__ import annotations

import functools
import re

# A rule: the heads of the blocks around it («» at the top level), its selectors, its declarations.
Rule = tuple[str, str, str]

_BRACE = re.compile(r"[{}]")
_COMMENT = re.compile(r"/\*.*?\*/", re.S)
# The blocks whose rules a desktop browser's screen does not apply: paper, narrow screens.
_NOT_WIDE_SCREEN = re.compile(r"\bprint\b|max-(?:device-)?width", re.I)
# A block for screens at least so wide, and nothing else (`@media screen and (min-width: 48em)`).
_MIN_WIDTH_BLOCK = re.compile(
    r"^@media\s+(?:(?:only\s+)?(?:screen|all)\s+and\s+)?\(\s*min-width\s*:\s*(\d+(?:\.\d+)?)(px|r?em)\s*\)$", re.I
)
# A desktop browser's screen is at least this wide (CSS pixels); an em is this many pixels.
_DESKTOP_WIDTH = 1280
_EM = 16
# The classes of a selector's last compound («.plan .row.head» → row, head).
_LAST_CLASSES = re.compile(r"\.([\w-]+)(?=[\w.#:\[\]-]*$)")


# The table reader and the hidden-class reader read one page's sheet: it is split once.
@functools.lru_cache(maxsize=2)
def rules(styles: str) -> tuple[Rule, ...]:
    """Each style rule of `styles` (comments left out), in the sheet's order."""
    styles = _COMMENT.sub("", styles)
    found: list[Rule] = []
    heads: list[str] = []
    start = 0
    # Only the braces are looked at (found in C, not a loop over every character of the sheet).
    for brace in _BRACE.finditer(styles):
        i, ch = brace.start(), brace.group()
        if ch == "{":
            # A block's head follows the last «;» before it (`@import …;` has no block).
            heads.append(styles[start:i].rsplit(";", 1)[-1].strip())
            start = i + 1
        elif ch == "}":
            if heads:
                head = heads.pop()
                if not head.startswith("@"):
                    found.append((" ".join(heads), head, styles[start:i]))
            start = i + 1
    return tuple(found)


def on_wide_screen(context: str) -> bool:
    """Does a desktop browser's screen apply the rules of a block with these heads?"""
    return not _NOT_WIDE_SCREEN.search(context)


def on_desktop(context: str) -> bool:
    """Does a desktop browser's screen surely apply the rules of a block with these heads: the top
    level, or one `@media (min-width: …)` block (a mobile-first theme's rules for wide screens)
    whose width such a screen reaches?"""
    if not context:
        return True
    match = _MIN_WIDTH_BLOCK.match(context.strip())
    if match is None:
        return False
    width = float(match[1]) * (1 if match[2].lower() == "px" else _EM)
    return width <= _DESKTOP_WIDTH


def last_classes(selectors: str) -> list[str]:
    """The classes of each selector's last compound in a group («.plan td.cell, .row» → cell,
    row): the elements the rule styles carry them."""
    return [name for selector in selectors.split(",") for name in _LAST_CLASSES.findall(selector.strip())]
