"""Elements that the page's own style sheet hides by their class.

A responsive theme prints each cell's column name in a span that its `<style>`
hides on a wide screen (`.cell-label{display:none}`, shown again only inside a
`@media` rule for phones); a page may hide a version of a block the same way.
What the page's style sheet hides outright is no text a reader sees: such an
element is marked `hidden` here, and the HTML reader treats it as an element
hidden by its own attribute (a hidden pane that holds a table is still looked
at, `html.layout_of`).  Only rules outside `@media` and other at-rule blocks,
whose selectors are bare class names, hide: a descendant selector or a
screen-size rule says nothing about the page as a desktop browser shows it.
A class that any other rule may show on a wide screen (a later rule, a
compound selector such as Bootstrap 3's `.collapse.in`, a mobile-first
`@media (min-width: …)` block) is not taken as hidden, nor is an element
whose own `style` sets its display (a script's `style="display: block"`):
what a reader may see is read.
"""

from __future__ import annotations

import re

from lxml import etree

Element = etree._Element

_CLASS = re.compile(r"^\s*\.([\w-]+)\s*$")
_BRACE = re.compile(r"[{}]")
_CLASS_NAME = re.compile(r"\.([\w-]+)")
_DISPLAY = re.compile(r"(?:^|;)\s*display\s*:\s*([^;!]*)", re.I)
# The blocks whose rules a desktop browser's screen does not apply: paper, narrow screens.
_NOT_WIDE_SCREEN = re.compile(r"\bprint\b|max-(?:device-)?width", re.I)


def may_hide(styles: str) -> bool:
    return "none" in styles


def hidden_classes(styles: str) -> frozenset[str]:
    """The classes that a top-level rule of `styles` sets to `display: none` and no rule that a
    wide screen applies shows again."""
    hidden: set[str] = set()
    shown: set[str] = set()
    for context, selectors, declarations in _rules(re.sub(r"/\*.*?\*/", "", styles, flags=re.S)):
        values = _DISPLAY.findall(declarations)
        if not values:
            continue
        if values[-1].strip().lower() == "none":
            names = [_CLASS.match(s) for s in selectors.split(",")]
            if not context and all(names):
                hidden.update(n.group(1) for n in names if n)
        elif not _NOT_WIDE_SCREEN.search(context):
            shown.update(_CLASS_NAME.findall(selectors))
    return frozenset(hidden - shown)


def _rules(styles: str) -> list[tuple[str, str, str]]:
    """Each style rule of `styles`: (the heads of the blocks around it, «» at the top level, its
    selectors, its declarations)."""
    rules: list[tuple[str, str, str]] = []
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
                    rules.append((" ".join(heads), head, styles[start:i]))
            start = i + 1
    return rules


def mark(root: Element, styles: str) -> None:
    """Mark `hidden` each element under `root` whose class the page's style sheet hides."""
    classes = hidden_classes(styles)
    if not classes:
        return
    for tag in root.iter():
        names = tag.get("class") if isinstance(tag.tag, str) else None
        if names and not classes.isdisjoint(names.split()) and "display" not in tag.get("style", "").lower():
            tag.set("hidden", "")
