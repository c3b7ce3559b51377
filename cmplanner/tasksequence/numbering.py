"""Step numbers exactly as smsts.log counts them.

The task sequence engine flattens the tree into an instruction table and logs "Start executing
an instruction. Instruction name: X. Instruction pointer: N". Checked against a real smsts.log:
numbering starts at 0 with the first top-level node; a group takes one instruction when it
starts, then its children, then one more instruction *with the group's own name* when it ends
(a group of three steps at 4 is followed by the next node at 9); disabled steps keep their
number (the engine logs them as skipped because disabled), and a skipped group jumps past its
whole block. So a group of n instructions inside spans n + 2 numbers.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from cmplanner.model.tasksequence import Group, Step, TaskSequence

Kind = Literal["step", "group", "group-end"]


@dataclass(frozen=True)
class Instruction:
    """One entry of the engine's instruction table.

    ``path`` is the node's subject path inside its task sequence (``steps[2].children[1]``);
    ``kind`` is ``group-end`` for the instruction that closes a group (same node, same path).
    ``depth`` is 0 for top-level nodes; ``groups`` names the groups around the node, outermost
    first.
    """

    number: int
    name: str
    path: str
    node: Step | Group
    depth: int
    kind: Kind
    groups: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """How a person finds the node: its smsts.log number, name and group path, e.g.
        ``step 12 "Partition Disk" (in "Install" > "WinPE")``."""
        kind = "group" if self.kind != "step" else "step"
        where = f" (in {' > '.join(_quoted(g) for g in self.groups)})" if self.groups else ""
        return f"{kind} {self.number} {_quoted(self.name)}{where}"


def _quoted(name: str) -> str:
    """A name in double quotes, control characters escaped, so a label stays on one line."""
    return json.dumps(name, ensure_ascii=False)


def instructions(ts: TaskSequence, include_group_ends: bool = False) -> list[Instruction]:
    """Every step and group of ``ts`` in execution order, numbered as smsts.log numbers them.

    By default one entry per node (kind ``step`` or ``group``), so an outline shows each node
    once; the numbers after a group skip the one its end takes. ``include_group_ends=True``
    adds the closing instructions (kind ``group-end``) for a complete instruction table."""
    table: list[Instruction] = []
    for item in _walk(ts.steps, "steps", (), [0]):
        if include_group_ends or item.kind != "group-end":
            table.append(item)
    return table


def _walk(
    nodes: list[Step | Group], prefix: str, groups: tuple[str, ...], counter: list[int]
) -> Iterator[Instruction]:
    depth = len(groups)
    for i, node in enumerate(nodes):
        path = f"{prefix}[{i}]"
        if isinstance(node, Group):
            yield Instruction(counter[0], node.name, path, node, depth, "group", groups)
            counter[0] += 1
            yield from _walk(node.children, f"{path}.children", (*groups, node.name), counter)
            yield Instruction(counter[0], node.name, path, node, depth, "group-end", groups)
        else:
            yield Instruction(counter[0], node.name, path, node, depth, "step", groups)
        counter[0] += 1


def table_size(ts: TaskSequence) -> int:
    """What smsts.log reports as ``_SMSTSInstructionTableSize``."""
    return sum(2 if isinstance(n, Group) else 1 for n in iter_nodes(ts))


def iter_nodes(ts: TaskSequence) -> Iterator[Step | Group]:
    """Every step and group, depth first, in document order."""
    stack: list[Iterator[Step | Group]] = [iter(ts.steps)]
    while stack:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
            continue
        yield node
        if isinstance(node, Group):
            stack.append(iter(node.children))


def by_number(ts: TaskSequence) -> dict[int, Instruction]:
    """Instruction pointer -> instruction, for mapping log lines back to planned steps."""
    return {item.number: item for item in instructions(ts, include_group_ends=True)}
