"""`magplan diff --to html`: the changes as one self-contained page (inline CSS, no script, nothing fetched)."""

from __future__ import annotations

from html import escape

from magplan.diff.compare import ItemChange, PlanDiff
from magplan.diff.labels import change_line, field_label, requisite_label, shown, status_label, visible_changes
from magplan.model import Item
from magplan.write.labels import KIND_LABELS

SIDE_FIELDS = ("number", "title", "place", "date_text", "note")
_CSS = """
body { font-family: "Liberation Sans", Arial, sans-serif; margin: 1.5em; color: #222; }
h1 { font-size: 1.3em; } h2 { font-size: 1.1em; margin-top: 1.5em; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { border: 1px solid #bbb; padding: 0.3em 0.5em; vertical-align: top; text-align: left; white-space: pre-line; }
th { background: #d9e1f2; }
.added td.new, .added td.status { background: #c6efce; }
.removed td.old, .removed td.status { background: #ffc7ce; }
.changed td.status { background: #ffeb9c; } .moved td.status { background: #bdd7ee; }
td.diff { background: #ffeb9c; } td.section-diff { background: #bdd7ee; }
.unchanged td { color: #888; }
.summary span { display: inline-block; margin-right: 1.2em; }
.note { color: #555; }
"""


def _cells(item: Item | None, side: str, changed: set[str]) -> str:
    out = []
    for name in SIDE_FIELDS:
        value = getattr(item, name) if item else None
        if item is not None and name == "title" and item.members:
            value = "\n".join([item.title, *(f"• {m}" for m in item.members)])
        classes = [side]
        if name in changed or (name == "title" and "members" in changed):
            classes.append("diff")
        text = "" if value is None else str(value)
        out.append(f'<td class="{" ".join(classes)}">{escape(text)}</td>')
    return "".join(out)


def _row(change: ItemChange) -> str:
    changed = {c.field for c in change.changes}
    css = "moved" if change.status == "changed" and not change.edited else change.status
    section_old = shown("section", change.old.section) if change.old else ""
    section_new = shown("section", change.new.section) if change.new else ""
    section_class = ' class="section-diff"' if "section" in changed else ""
    lines = "\n".join(change_line(c) for c in visible_changes(change))
    return (
        f'<tr class="{css}"><td class="status">{escape(status_label(change))}</td>'
        f"<td>{escape(KIND_LABELS[change.item.kind])}</td>"
        f"<td{section_class}>{escape(section_old)}</td>{_cells(change.old, 'old', changed)}"
        f"<td{section_class}>{escape(section_new)}</td>{_cells(change.new, 'new', changed)}"
        f"<td>{escape(lines)}</td></tr>"
    )


def render(diff: PlanDiff) -> bytes:
    old, new = diff.old, diff.new
    title = f"Изменения в плане: {old.source} → {new.source}"
    counts = diff.summary()
    summary = "".join(
        f"<span>{escape(label)}: <b>{counts[key]}</b></span>"
        for key, label in (
            ("added", "добавлено"),
            ("removed", "удалено"),
            ("changed", "изменено"),
            ("moved", "перенесено"),
            ("unchanged", "без изменений"),
        )
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ru"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f"<p>{escape(old.title or '')} ({old.year}) → {escape(new.title or '')} ({new.year})</p>",
    ]
    if diff.across_years:
        parts.append(
            '<p class="note">Планы разных лет: номера изданий, годы и возраст городов, '
            "сдвинутые на разницу лет, не считаются изменениями.</p>"
        )
    parts.append("<p><b>Планы совпадают.</b></p>" if diff.equal else f'<p class="summary">{summary}</p>')
    if diff.requisites or diff.sections:
        parts.append("<h2>Реквизиты и разделы</h2><table><tr><th>Поле</th><th>Было</th><th>Стало</th></tr>")
        for c in diff.requisites:
            parts.append(
                f"<tr><td>{escape(requisite_label(c.field))}</td><td>{escape(shown(c.field, c.old))}</td>"
                f"<td>{escape(shown(c.field, c.new))}</td></tr>"
            )
        for c in diff.sections:
            parts.append(
                f"<tr><td>Раздел переименован</td><td>{escape(shown('section', c.old))}</td>"
                f"<td>{escape(shown('section', c.new))}</td></tr>"
            )
        parts.append("</table>")
    side = "".join(f"<th>{escape(field_label(name))}</th>" for name in ("section", *SIDE_FIELDS))
    parts.append(
        "<h2>Пункты плана</h2><table>"
        f'<tr><th rowspan="2">Статус</th><th rowspan="2">Вид</th><th colspan="{len(SIDE_FIELDS) + 1}">Было</th>'
        f'<th colspan="{len(SIDE_FIELDS) + 1}">Стало</th><th rowspan="2">Что изменилось</th></tr>'
        f"<tr>{side}{side}</tr>"
    )
    parts.extend(_row(change) for change in diff.items)
    parts.append("</table></body></html>\n")
    return "\n".join(parts).encode("utf-8")
