"""Task sequences as numbered outlines for the runbook.

Numbers are the task-sequence engine's own (``cmplanner.tasksequence.numbering``), so the
runbook says "step 14" exactly where smsts.log says "Instruction pointer: 14". Conditions are
put in words by ``cmplanner.tasksequence.conditions.describe``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cmplanner.model.tasksequence import Expression, Group, Operator, Step, TaskSequence


@dataclass(frozen=True)
class OutlineRow:
    number: int | None
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
    numbered: bool
    disabled: int


def _type_label(step: Step) -> str:
    label = step.type.removeprefix("SMS_TaskSequence_").removesuffix("Action")
    return label or "(no type)"


def _fallback_condition(conditions: list[Any]) -> str:
    """Until the condition describer exists: the raw tree, still readable."""
    def one(cond: Any) -> str:
        if isinstance(cond, Operator):
            inner = f" {cond.operator} ".join(one(c) for c in cond.children)
            return f"not ({inner})" if cond.operator == "not" else f"({inner})"
        if isinstance(cond, Expression):
            kind = cond.type.removeprefix("SMS_TaskSequence_").removesuffix("ConditionExpression")
            props = ", ".join(f"{k}={v}" for k, v in cond.properties.items())
            return f"{kind}: {props}"
        return str(cond)
    return " and ".join(one(c) for c in conditions)


def _describer() -> Any:
    try:
        from cmplanner.tasksequence.conditions import describe
    except ImportError:
        return None
    return describe


def _condition_text(describe: Any, node: Step | Group) -> str:
    if not node.conditions:
        return ""
    if describe is not None:
        try:
            return str(describe(node.conditions))
        except (TypeError, ValueError, AttributeError):
            pass
    return _fallback_condition(node.conditions)


def _walk_unnumbered(nodes: list[Step | Group], depth: int) -> list[tuple[int, Step | Group]]:
    out: list[tuple[int, Step | Group]] = []
    for node in nodes:
        out.append((depth, node))
        if isinstance(node, Group):
            out.extend(_walk_unnumbered(node.children, depth + 1))
    return out


def outline(ts: TaskSequence) -> Outline:
    """Every group and step of ``ts`` once, numbered as smsts.log numbers them."""
    describe = _describer()
    try:
        from cmplanner.tasksequence.numbering import instructions
    except ImportError:
        items: list[tuple[int | None, int, Step | Group]] = [
            (None, d, n) for d, n in _walk_unnumbered(ts.steps, 0)]
        numbered = False
    else:
        items = [(i.number, i.depth, i.node) for i in instructions(ts)]
        numbered = True
    rows = []
    for number, depth, node in items:
        is_group = isinstance(node, Group)
        rows.append(OutlineRow(
            number=number, depth=depth, kind="group" if is_group else "step", name=node.name,
            type="Group" if is_group else _type_label(node),  # type: ignore[arg-type]
            enabled=node.enabled, continue_on_error=node.continue_on_error,
            run_in="" if is_group or node.run_in is None else node.run_in.value,  # type: ignore[union-attr]
            condition=_condition_text(describe, node), description=node.description))
    return Outline(name=ts.name, description=ts.description, builder=ts.builder, rows=rows,
                   numbered=numbered, disabled=sum(1 for r in rows if not r.enabled))
