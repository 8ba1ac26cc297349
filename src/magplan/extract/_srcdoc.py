"""Frames whose page is written into their `srcdoc` attribute.

A site's editor or widget may embed a document as `<iframe srcdoc="<table>…">`: the
frame's whole page, escaped, in one attribute, which a browser draws in the frame's
place.  A frame that loads another address (`src`) shows nothing the file holds,
and stays unread as before; a `srcdoc` frame's page is the file's own text.  Its
body is put where the frame stands, so that the reader reads it in place.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from magplan.errors import DamagedFile

Element = etree._Element


def may_hold(data: bytes) -> bool:
    return b"srcdoc" in data


def rebuild(root: Element, parse: Callable[[bytes], Element]) -> None:
    """Replace each `<iframe srcdoc>` under `root` by a `<div>` holding its page's body."""
    for frame in list(root.iter("iframe")):
        page = frame.get("srcdoc")
        parent = frame.getparent()
        if not page or not page.strip() or parent is None:
            continue
        try:
            inner = parse(page.encode("utf-8"))
        except DamagedFile:
            continue  # a frame of nothing but comments shows nothing
        body = inner.find("body")
        content = body if body is not None else inner
        holder = etree.Element("div")
        holder.text = content.text
        holder.extend(list(content))
        holder.tail = frame.tail
        parent.replace(frame, holder)
