"""Task-sequence steps that were added, removed, moved or changed, numbered as smsts.log
numbers them before and after the change (``tasksequence.numbering``).

A step is known by its kind, name and type, and by how many same-named steps come before it
(two "Restart Computer" steps stay two steps). A step that now sits under another group, or
whose order among the steps both versions share changed, *moved*; a step that kept its place
but got another instruction number (because a step before it came or went) is *renumbered*:
admins reading smsts.log must know that "Instruction pointer: 14" now means another step.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from cmplanner.model.tasksequence import Group, Step, TaskSequence
from cmplanner.plandiff.model import Renumbered, StepChange, StepStatus
from cmplanner.plandiff.objects import words
from cmplanner.tasksequence.conditions import describe
from cmplanner.tasksequence.numbering import instructions
from cmplanner.tasksequence.secrets import HIDDEN, is_secret

StepKey = tuple[str, str, str, int]

_NODE_FIELDS = ("description", "enabled", "continue_on_error", "type", "action", "run_in")


@dataclass(frozen=True)
class _Placed:
    key: StepKey
    parent: tuple[StepKey, ...]
    number: int
    path: str
    node: Step | Group


def _placed(ts: TaskSequence) -> list[_Placed]:
    seen: dict[tuple[str, str, str], int] = {}
    chain: list[StepKey] = []
    found = []
    for item in instructions(ts):
        node = item.node
        kind = "group" if isinstance(node, Group) else "step"
        base = (kind, node.name.casefold(), "" if isinstance(node, Group) else node.type)
        seen[base] = seen.get(base, 0) + 1
        key = (*base, seen[base])
        del chain[item.depth :]
        found.append(_Placed(key, tuple(chain), item.number, item.path, node))
        chain.append(key)
    return found


def _variables(step: Step) -> dict[str, str]:
    return {(v.name or v.property): HIDDEN if is_secret(v) else v.value for v in step.variables}


def node_details(old: Step | Group, new: Step | Group) -> tuple[str, ...]:
    """What differs between two versions of one step, in words (secret values hidden)."""
    details = []
    for name in _NODE_FIELDS:
        a, b = getattr(old, name, None), getattr(new, name, None)
        if a != b:
            details.append(f"{name.replace('_', ' ')}: {words(a)} -> {words(b)}")
    if old.conditions != new.conditions:
        before = describe(old.conditions) if old.conditions else "always runs"
        after = describe(new.conditions) if new.conditions else "always runs"
        details.append(f"condition: {before} -> {after}")
    if isinstance(old, Step) and isinstance(new, Step) and old.variables != new.variables:
        raw_a, raw_b = _raw(old), _raw(new)
        shown_a, shown_b = _variables(old), _variables(new)
        for var in dict.fromkeys([*raw_a, *raw_b]):
            if raw_a.get(var) != raw_b.get(var):
                details.append(
                    f"{var}: {shown_a.get(var, '(not set)')} -> {shown_b.get(var, '(not set)')}"
                )
    if old.extra_attributes != new.extra_attributes:
        details.append("other attributes changed")
    return tuple(details)


def _raw(step: Step) -> dict[str, Any]:
    return {(v.name or v.property): v.value for v in step.variables}


def step_changes(old: TaskSequence, new: TaskSequence) -> tuple[list[StepChange], list[Renumbered]]:
    """Steps added, removed, moved and changed, and the steps that are only renumbered."""
    before, after = _placed(old), _placed(new)
    old_by = {p.key: p for p in before}
    new_by = {p.key: p for p in after}
    shared_old = [p.key for p in before if p.key in new_by]
    shared_new = [p.key for p in after if p.key in old_by]
    in_order: set[StepKey] = set()
    matcher = SequenceMatcher(None, shared_old, shared_new, autojunk=False)
    for block in matcher.get_matching_blocks():
        in_order.update(shared_old[block.a : block.a + block.size])
    changes: list[StepChange] = []
    renumbered: list[Renumbered] = []
    for p in after:
        kind = p.key[0]
        was = old_by.get(p.key)
        if was is None:
            changes.append(
                StepChange(StepStatus.ADDED, kind, p.node.name, None, p.number, None, p.path)
            )
            continue
        details = node_details(was.node, p.node)
        moved = p.key not in in_order or was.parent != p.parent
        if moved:
            status = StepStatus.MOVED
        elif details:
            status = StepStatus.CHANGED
        else:
            if was.number != p.number:
                renumbered.append(Renumbered(new.name, p.node.name, was.number, p.number))
            continue
        changes.append(
            StepChange(status, kind, p.node.name, was.number, p.number, was.path, p.path, details)
        )
    for p in before:
        if p.key not in new_by:
            changes.append(
                StepChange(StepStatus.REMOVED, p.key[0], p.node.name, p.number, None, p.path, None)
            )
    return changes, renumbered
