"""Elements that the page's own style sheet hides by their class.

A responsive theme prints each cell's column name in a span that its `<style>`
hides on a wide screen (`.cell-label{display:none}`, shown again only inside a
`@media` rule for phones); a page may hide a version of a block the same way.
What the page's style sheet hides outright is no text a reader sees: such an
element is marked `hidden` here, and the HTML reader treats it as an element
hidden by its own attribute (a hidden pane that holds a table is still looked
at, `html.layout_of`).  Only rules whose selectors are bare class names hide,
at the top level or inside a block for screens wider than some width that a
desktop's screen reaches (a mobile-first theme's `@media (min-width: 768px)`):
a descendant selector, a block for phones or for paper, says nothing about the
page as a desktop browser shows it.
A class that any other rule may show on a wide screen (a later rule, a
compound selector such as Bootstrap 3's `.collapse.in`, a mobile-first
`@media (min-width: …)` block) is not taken as hidden, nor is an element
whose own `style` sets its display (a script's `style="display: block"`):
what a reader may see is read.
A class that the sheet clips out of sight for screen readers alone (the
«visually hidden» technique: `position: absolute` with `clip: rect(0 0 0 0)`
or `clip-path: inset(50%)`, or a box of 1 px whose overflow is hidden; named
`sr-only`, `visually-hidden`, `screen-reader-text`, `element-invisible` by the
frameworks) is hidden on the screen as `display: none` is: a table's caption
for screen readers is no section that a reader sees.
An element that also carries a class a later rule for wide screens shows (Bootstrap's
«d-none d-md-block», Tailwind's «sr-only md:not-sr-only»: back in the flow, unclipped) is read:
of two rules that style an element alike, the later one wins.
"""

from __future__ import annotations

import re

from lxml import etree

from magplan.extract import _css

Element = etree._Element

_CLASS = re.compile(r"^\s*\.([\w-]+)\s*$")
_CLASS_NAME = re.compile(r"\.([\w-]+)")
_DISPLAY = re.compile(r"(?:^|;)\s*display\s*:\s*([^;!]*)", re.I)
# The declarations of the «visually hidden» technique: out of the flow, and clipped to nothing or
# to one pixel.
_ABSOLUTE = re.compile(r"(?:^|;)\s*position\s*:\s*absolute", re.I)
_CLIPPED = re.compile(
    r"(?:^|;)\s*(?:clip\s*:\s*rect\(\s*(?:0|1px)\W|clip-path\s*:\s*inset\(\s*50%|"
    r"(?:width|height)\s*:\s*(?:0|1px)\s*(?:!important\s*)?(?:;|$))",
    re.I,
)


# A bare class selector with CSS escapes («.md\\:not-sr-only» styles the class «md:not-sr-only»).
_ESCAPED_CLASS = re.compile(r"^\s*\.((?:[\w-]|\\.)+)\s*$")
_ESCAPE = re.compile(r"\\(.)")
# Declarations that undo the «visually hidden» technique: unclipped (a position alone is any class's).
_IN_SIGHT = re.compile(r"(?:^|;)\s*(?:clip\s*:\s*auto|clip-path\s*:\s*none)\b", re.I)


def may_hide(styles: str) -> bool:
    return "none" in styles or "clip" in styles


def _out_of_sight(declarations: str) -> bool:
    """Do these declarations clip the element out of sight, for screen readers alone?"""
    return bool(_ABSOLUTE.search(declarations)) and bool(_CLIPPED.search(declarations))


def hidden_classes(styles: str) -> frozenset[str]:
    """The classes that a rule a desktop screen surely applies (`_css.on_desktop`) sets to
    `display: none` and no rule that a wide screen applies shows again."""
    hidden: set[str] = set()
    # A rule naming the bare class shows it until a later rule hides it again; a compound selector
    # («.collapse.in») shows the class for good.
    shown_bare: set[str] = set()
    shown_for_good: set[str] = set()
    for context, selectors, declarations in _css.rules(styles):
        values = _DISPLAY.findall(declarations)
        if _out_of_sight(declarations):
            values.append("none")
        elif _IN_SIGHT.search(declarations) and not values:
            values.append("static")  # the technique undone: a class shown as `display` would show it
        if not values:
            continue
        names = [_CLASS.match(s) for s in selectors.split(",")]
        bare = {n.group(1) for n in names if n} if all(names) else set()
        if values[-1].strip().lower() == "none":
            if bare and _css.on_desktop(context):
                hidden.update(bare)
                # A later rule wins over a bare class shown before it (a mobile-first theme shows
                # a cell's label on phones, then hides it in its `@media (min-width: …)` block).
                shown_bare.difference_update(bare)
        elif _css.on_wide_screen(context):
            shown_bare.update(bare)
            shown_for_good.update(name for name in _CLASS_NAME.findall(selectors) if name not in bare)
    return frozenset(hidden - shown_bare - shown_for_good)


def _last_rules(styles: str) -> tuple[dict[str, int], dict[str, int]]:
    """For each bare class, the index in the sheet of the last rule that hides it (a desktop screen
    applies it, `_css.on_desktop`) and of the last that shows it (a wide screen applies it)."""
    hides: dict[str, int] = {}
    shows: dict[str, int] = {}
    for index, (context, selectors, declarations) in enumerate(_css.rules(styles)):
        names = [_ESCAPED_CLASS.match(s) for s in selectors.split(",")]
        if not names or not all(names):
            continue
        bare = [_ESCAPE.sub(r"\1", n.group(1)) for n in names if n]
        values = [v.strip().lower() for v in _DISPLAY.findall(declarations)]
        if _out_of_sight(declarations) or (values and values[-1] == "none"):
            hides.update(dict.fromkeys(bare, index) if _css.on_desktop(context) else {})
        elif (values or _IN_SIGHT.search(declarations)) and _css.on_wide_screen(context):
            shows.update(dict.fromkeys(bare, index))
    return hides, shows


def mark(root: Element, styles: str) -> None:
    """Mark `hidden` each element under `root` whose class the page's style sheet hides, unless a
    later rule shows another class of it."""
    classes = hidden_classes(styles)
    if not classes:
        return
    hides, shows = _last_rules(styles)
    for tag in root.iter():
        names = tag.get("class", "").split() if isinstance(tag.tag, str) else []
        if classes.isdisjoint(names) or "display" in tag.get("style", "").lower():
            continue
        hidden_at = max(hides.get(name, -1) for name in names if name in classes)
        if all(shows.get(name, -1) < hidden_at for name in names):
            tag.set("hidden", "")
