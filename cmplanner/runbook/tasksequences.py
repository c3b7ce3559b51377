"""Task sequences as numbered outlines for the runbook.

Numbers are the task-sequence engine's own (``cmplanner.tasksequence.numbering``), so the
runbook says "step 14" exactly where smsts.log says "Instruction pointer: 14". Conditions are
put in words by ``cmplanner.tasksequence.conditions.describe``.
"""

from __future__ import annotations

from dataclasses import dataclass

from cmplanner.model.tasksequence import Group, Step, TaskSequence
from cmplanner.tasksequence.conditions import describe
from cmplanner.tasksequence.numbering import instructions


@dataclass(frozen=True)
class OutlineRow:
    number: int
    depth: int
    kind: str  # step or group
    name: str
    type: str
    enabled: bool
    continue_on_error: bool
    run_in: str
    condition: str
    description: str


@dataclass(frozen=True)
class Outline:
    name: str
    description: str
    builder: str
    rows: list[OutlineRow]
    disabled: int


def _type_label(step: Step) -> str:
    label = step.type.removeprefix("SMS_TaskSequence_").removesuffix("Action")
    return label or "(no type)"


def outline(ts: TaskSequence) -> Outline:
    """Every group and step of ``ts`` once, numbered as smsts.log numbers them."""
    rows = []
    for item in instructions(ts):
        node = item.node
        is_group = isinstance(node, Group)
        rows.append(
            OutlineRow(
                number=item.number,
                depth=item.depth,
                kind="group" if is_group else "step",
                name=node.name,
                type="Group" if isinstance(node, Group) else _type_label(node),
                enabled=node.enabled,
                continue_on_error=node.continue_on_error,
                run_in="" if isinstance(node, Group) or node.run_in is None else node.run_in.value,
                condition=describe(node.conditions) if node.conditions else "",
                description=node.description,
            )
        )
    return Outline(
        name=ts.name,
        description=ts.description,
        builder=ts.builder,
        rows=rows,
        disabled=sum(1 for r in rows if not r.enabled),
    )
