"""Elements that the page's own style sheet hides by their class.

A responsive theme prints each cell's column name in a span that its `<style>`
hides on a wide screen (`.cell-label{display:none}`, shown again only inside a
`@media` rule for phones); a page may hide a version of a block the same way.
What the page's style sheet hides outright is no text a reader sees: such an
element is marked `hidden` here, and the HTML reader treats it as an element
hidden by its own attribute (a hidden pane that holds a table is still looked
at, `html.layout_of`).  Only rules outside `@media` and other at-rule blocks,
whose selectors are bare class names, count: a descendant selector or a
screen-size rule says nothing about the page as a desktop browser shows it.
"""

from __future__ import annotations

import re

from lxml import etree

Element = etree._Element

_RULE = re.compile(r"([^{}]*)\{([^{}]*)\}")
_CLASS = re.compile(r"^\s*\.([\w-]+)\s*$")
_DISPLAY_NONE = re.compile(r"(?:^|;)\s*display\s*:\s*none\b", re.I)


def may_hide(styles: str) -> bool:
    return "none" in styles


def hidden_classes(styles: str) -> frozenset[str]:
    """The classes that a top-level rule of `styles` sets to `display: none`."""
    found: set[str] = set()
    for match in _RULE.finditer(_top_level(re.sub(r"/\*.*?\*/", "", styles, flags=re.S))):
        if not _DISPLAY_NONE.search(match.group(2)):
            continue
        names = [_CLASS.match(s) for s in match.group(1).rsplit(";", 1)[-1].split(",")]
        if all(names):
            found.update(n.group(1) for n in names if n)
    return frozenset(found)


def _top_level(styles: str) -> str:
    """`styles` without the blocks of at-rules (`@media …{…}`, `@supports …{…}`)."""
    out: list[str] = []
    depth = 0
    at_depth: list[int] = []
    start = 0
    for i, ch in enumerate(styles):
        if ch == "{":
            head = styles[start:i]
            # An at-rule's head follows the last «;» before its block (`@import …;` has none).
            if not at_depth and head.rsplit(";", 1)[-1].lstrip().startswith("@"):
                at_depth.append(depth)
                out.append(head[: head.rindex("@")])
            depth += 1
            start = i + 1
            if not at_depth:
                out.append(head + "{")
        elif ch == "}":
            depth -= 1
            if at_depth and depth == at_depth[-1]:
                at_depth.pop()
            elif not at_depth:
                out.append(styles[start:i] + "}")
            start = i + 1
    if not at_depth:
        out.append(styles[start:])
    return "".join(out)


def mark(root: Element, styles: str) -> None:
    """Mark `hidden` each element under `root` whose class the page's style sheet hides."""
    classes = hidden_classes(styles)
    if not classes:
        return
    for tag in root.iter():
        names = tag.get("class") if isinstance(tag.tag, str) else None
        if names and not classes.isdisjoint(names.split()):
            tag.set("hidden", "")
