"""Tabs: a page's panes that a row of tabs above them shows one at a time.

A tab widget prints its panes' names once, in a row of tabs over the first pane
(`role="tab"` buttons or links, Bootstrap's `data-toggle="tab"` links), and each
pane (`role="tabpanel"`, or the element a tab points at) holds its part of the
plan: a table per quarter, per half-year.  A reader takes the open tab's name as
the heading of the pane under it, and so each pane is read here: its tab's name
a line at the pane's top (rule 8: the heading above a table is its section), the
row of tabs itself no text of the page (else every name would stand over the
first pane, the last one nearest its table).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import cast

from lxml import etree

Element = etree._Element

_TABS = re.compile(rb"""role\s*=\s*["']?tab\b|data-(?:bs-)?toggle\s*=\s*["']?(?:tab|pill)\b""", re.I)
_FIND_TABS = cast(
    Callable[[Element], list[Element]],
    etree.XPath(
        "//*[@role='tab' or @data-toggle='tab' or @data-bs-toggle='tab'"
        " or @data-toggle='pill' or @data-bs-toggle='pill']"
    ),
)


def may_hold(data: bytes) -> bool:
    """Whether the page may have tabs (a quick look at its bytes)."""
    # Both of `_TABS`'s wordings hold «role» or «toggle»: two searches for a word in C (in the
    # bytes in lower case, as `re.I` folds ASCII bytes) spare most pages the pattern, which,
    # without a literal to look for first, is tried at every byte of the page.
    lowered = data.lower()
    if b"role" not in lowered and b"toggle" not in lowered:
        return False
    return _TABS.search(data) is not None


def rebuild(root: Element) -> None:
    """Give each pane under `root` its tab's name as its first line, and drop the tabs."""
    tabs = _FIND_TABS(root)
    if not tabs:
        return
    panes = {str(e.get("id")): e for e in root.iter() if isinstance(e.tag, str) and e.get("id")}
    named: list[tuple[Element, Element, str]] = []
    for tab in tabs:
        words = " ".join(str(tab.xpath("string()")).split())
        pane = panes.get(_target(tab))
        if pane is None:
            # A pane that names its tab (`aria-labelledby`) and not the other way round.
            tab_id = tab.get("id")
            pane = next((p for p in panes.values() if tab_id and p.get("aria-labelledby") == tab_id), None)
        # A tab that holds its pane is no row of tabs above it: dropping it would drop the pane.
        if pane is not None and words and not any(a is tab for a in pane.iterancestors()) and pane is not tab:
            named.append((tab, pane, words))
    done: set[Element] = set()
    for tab, pane, words in named:
        if pane not in done:
            # A pane that a second row of tabs points at too (a theme's copy of the row for phones)
            # is named once.
            done.add(pane)
            line = etree.Element("p")
            line.text = words
            line.tail = pane.text
            pane.text = None
            pane.insert(0, line)
        _drop(tab)


def _target(tab: Element) -> str:
    for name in ("aria-controls", "data-bs-target", "data-target", "href"):
        value = (tab.get(name) or "").strip()
        if value:
            return value.removeprefix("#") if name != "aria-controls" else value
    return ""


def _drop(tag: Element) -> None:
    """Remove `tag` and its content, keeping the text that follows it."""
    parent = tag.getparent()
    if parent is None:
        return
    if tag.tail:
        before = tag.getprevious()
        if before is not None:
            before.tail = (before.tail or "") + tag.tail
        else:
            parent.text = (parent.text or "") + tag.tail
    parent.remove(tag)
