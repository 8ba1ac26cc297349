"""The difference on a terminal: a coloured summary (rich), then each change, in the new plan's order."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from magplan.diff.compare import ItemChange, PlanDiff
from magplan.diff.labels import change_line, requisite_label, shown, visible_changes
from magplan.write.labels import KIND_LABELS

_MARKS = {"added": ("+", "green"), "removed": ("−", "red"), "changed": ("~", "yellow")}


def _side(diff: PlanDiff, which: str) -> str:
    doc = diff.old if which == "old" else diff.new
    return f"{doc.source} ({doc.year})" if doc.year else doc.source


def _headline(change: ItemChange) -> Text:
    item = change.item
    mark, colour = _MARKS.get(change.status, ("~", "yellow"))
    if change.status == "changed" and not change.edited:
        mark, colour = "↷", "cyan"
    text = Text(f"{mark} ", style=f"bold {colour}")
    text.append(f"[{KIND_LABELS[item.kind]}] ", style="dim")
    text.append(item.title.replace("\n", " "), style=colour if change.status != "changed" else "")
    where = ", ".join(v for v in (item.place, item.date_text) if v)
    if where and change.status in ("added", "removed"):
        text.append(f" ({where})", style="dim")
    return text


def render(diff: PlanDiff, console: Console) -> None:
    console.print(Text.assemble(("Сравнение: ", "bold"), _side(diff, "old"), " → ", _side(diff, "new")))
    if diff.across_years:
        console.print(
            Text("Планы разных лет: номера изданий, годы и возраст городов, сдвинутые на разницу лет, не изменения.")
        )
    if diff.equal:
        console.print(Text("Планы совпадают.", style="bold green"))
        return
    counts = diff.summary()
    summary = Text()
    for key, label, colour in (
        ("added", "добавлено", "green"),
        ("removed", "удалено", "red"),
        ("changed", "изменено", "yellow"),
        ("moved", "перенесено", "cyan"),
        ("unchanged", "без изменений", "dim"),
    ):
        if summary:
            summary.append(" · ")
        summary.append(f"{label} {counts[key]}", style=colour if counts[key] else "dim")
    console.print(Text("Пункты: ", style="bold") + summary)
    if diff.requisites:
        console.print(Text("Реквизиты:", style="bold"))
        for req in diff.requisites:
            line = f"{requisite_label(req.field)}: {shown(req.field, req.old)} → {shown(req.field, req.new)}"
            console.print(Text("  ~ ", style="yellow") + Text(line))
    if diff.sections:
        console.print(Text("Разделы переименованы:", style="bold"))
        for renamed in diff.sections:
            console.print(Text(f"  «{shown('section', renamed.old)}» → «{shown('section', renamed.new)}»"))
    console.print(Text("Изменения:", style="bold"))
    for change in diff.items:
        if change.status == "unchanged":
            continue
        console.print(_headline(change))
        for field_change in visible_changes(change):
            style = "cyan" if field_change.field in ("section", "kind") else ""
            console.print(Text(f"    {change_line(field_change)}", style=style))


__all__ = ["render"]
