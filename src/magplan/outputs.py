"""Where `magplan convert` puts each output, so that no file is ever lost.

Two rules decide the names:

* Inputs whose outputs would share a name get distinct ones: the extension is
  added when it tells them apart (plan.docx, plan.pdf → plan-docx, plan-pdf),
  then the names of their folders (a/plan.docx, b/plan.docx → a-plan, b-plan).
  Names are compared without regard to case, as macOS and Windows do.
* No output may replace an input: an output path that is one of the inputs
  (the same file, through any link) is moved beside it under another name
  (plan-2026.docx → plan-2026-magplan.docx), and the caller is told.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from magplan.write import extension

BESIDE_SUFFIX = "-magplan"


@dataclass
class OutputPlan:
    """Every input's output paths by format, and the notes on names that had to change."""

    paths: dict[Path, dict[str, Path]] = field(default_factory=dict)
    moved: list[tuple[Path, Path]] = field(default_factory=list)
    """(the path that would have replaced an input, the path used instead)."""


def unique_inputs(inputs: Sequence[Path]) -> list[Path]:
    """`inputs` without repeats of the same file (named twice, or through a link)."""
    seen: set[tuple[int, int] | str] = set()
    kept = []
    for path in inputs:
        try:
            status = path.stat()
            key: tuple[int, int] | str = (status.st_dev, status.st_ino)
        except OSError:
            key = os.path.abspath(path)  # missing: the reader reports it
        if key not in seen:
            seen.add(key)
            kept.append(path)
    return kept


def _candidates(path: Path) -> list[str]:
    """Ever more distinctive names for `path`'s outputs: stem, stem-ext, folder-stem, folder-stem-ext, …"""
    stem, ext = path.stem, path.suffix[1:].lower()
    folders = [part for part in Path(os.path.abspath(path)).parent.parts[1:] if part]
    names = [stem, f"{stem}-{ext}" if ext else stem]
    for depth in range(1, len(folders) + 1):
        prefix = "-".join(folders[-depth:])
        names += [f"{prefix}-{stem}", f"{prefix}-{stem}-{ext}" if ext else f"{prefix}-{stem}"]
    return names


def output_stems(inputs: Sequence[Path]) -> dict[Path, str]:
    """Each input's output name (without extension), distinct from every other input's."""
    candidates = {path: _candidates(path) for path in inputs}
    level = dict.fromkeys(inputs, 0)

    def name(path: Path) -> str:
        options = candidates[path]
        return options[min(level[path], len(options) - 1)]

    while True:
        groups: dict[str, list[Path]] = defaultdict(list)
        for path in inputs:
            groups[name(path).casefold()].append(path)
        clashes = [group for group in groups.values() if len(group) > 1]
        # Stop when every name is distinct, or when no clashing input has a longer name left.
        movable = [p for group in clashes for p in group if level[p] < len(candidates[p]) - 1]
        if not movable:
            break
        for path in movable:
            level[path] += 1
    names = {path: name(path) for path in inputs}
    # Only identical paths in every folder could still clash (Plan.docx, plan.docx): number them.
    taken: set[str] = set()
    for path in inputs:
        base, number = names[path], 1
        while names[path].casefold() in taken:
            number += 1
            names[path] = f"{base}-{number}"
        taken.add(names[path].casefold())
    return names


def _is_input(path: Path, inputs: set[tuple[int, int]]) -> bool:
    try:
        status = path.stat()
    except OSError:
        return False
    return (status.st_dev, status.st_ino) in inputs


def plan_outputs(inputs: Sequence[Path], out: Path, formats: Sequence[str]) -> OutputPlan:
    """The output path of every (input, format), none of them an input or another's output."""
    identities = set()
    for path in inputs:
        try:
            status = path.stat()
        except OSError:
            continue
        identities.add((status.st_dev, status.st_ino))
    stems = output_stems(inputs)
    result = OutputPlan()
    used: set[str] = {str(out / (stems[p] + extension(f))).casefold() for p in inputs for f in formats}
    for path in inputs:
        result.paths[path] = {}
        for fmt in formats:
            target = out / (stems[path] + extension(fmt))
            if _is_input(target, identities):
                wanted, number = target, 1
                while True:
                    suffix = BESIDE_SUFFIX if number == 1 else f"{BESIDE_SUFFIX}-{number}"
                    target = out / (stems[path] + suffix + extension(fmt))
                    if str(target).casefold() not in used and not _is_input(target, identities):
                        break
                    number += 1
                used.add(str(target).casefold())
                result.moved.append((wanted, target))
            result.paths[path][fmt] = target
    return result
