"""The numbering against smsts.log: a task sequence rebuilt from a log's own lines (groups
from "The group (X) has been successfully started/completed/skipped", skipped groups filled
to the span the log jumps over) must get exactly the log's instruction pointers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cmplanner.model.tasksequence import Group, Step, TaskSequence
from cmplanner.tasksequence.numbering import instructions

pytestmark = pytest.mark.core

OWN_LOG = Path(__file__).resolve().parents[1] / "data" / "ts" / "smsts_numbering.log"
SHARED_LOG = (
    Path(__file__).resolve().parents[2]
    / ".."
    / "shared"
    / "samples"
    / "logs"
    / "hello-world__smsts.log"
)

_START = re.compile(
    r"Start executing an instruction\. Instruction name: (.*?)\. "
    r"Instruction pointer: (\d+)\]LOG\]"
)
_GROUP = re.compile(
    r"LOG\[The group \((.*?)\) has been (successfully started|successfully "
    r"completed|skipped)"
)


def _events(text: str) -> list[tuple[str, int, str]]:
    """(name, pointer, what the engine did: step / start / end / skipped) per instruction."""
    events: list[tuple[str, int, str]] = []
    for line in text.splitlines():
        start = _START.search(line)
        if start:
            events.append((start.group(1), int(start.group(2)), "step"))
            continue
        group = _GROUP.search(line)
        if group and events and events[-1][0] == group.group(1):
            kind = {
                "successfully started": "start",
                "successfully completed": "end",
                "skipped": "skipped",
            }[group.group(2)]
            events[-1] = (events[-1][0], events[-1][1], kind)
    return events


def _rebuild(events: list[tuple[str, int, str]]) -> TaskSequence:
    root: list[Step | Group] = []
    stack: list[Group] = []

    def add(node: Step | Group) -> None:
        (stack[-1].children if stack else root).append(node)

    for i, (name, pointer, kind) in enumerate(events):
        if kind == "start":
            group = Group(name=name)
            add(group)
            stack.append(group)
        elif kind == "end":
            assert stack and stack[-1].name == name
            stack.pop()
        elif kind == "skipped":
            following = events[i + 1][1] if i + 1 < len(events) else pointer + 2
            add(
                Group(
                    name=name,
                    children=[Step(name=f"unseen {n}") for n in range(following - pointer - 2)],
                )
            )
        else:
            add(Step(name=name))
    return TaskSequence(name="rebuilt", steps=root)


def _check(text: str) -> int:
    events = _events(text)
    # Restarts and retries log an instruction again: keep the first time each pointer runs.
    seen: set[int] = set()
    unique = [e for e in events if not (e[1] in seen or seen.add(e[1]))]  # type: ignore[func-returns-value]
    ts = _rebuild(unique)
    numbered = {(i.name, i.number) for i in instructions(ts, include_group_ends=True)}
    for name, pointer, _ in unique:
        assert (name, pointer) in numbered, (name, pointer)
    return len(unique)


def test_numbers_match_our_own_log() -> None:
    assert _check(OWN_LOG.read_text(encoding="utf-8")) == 10


@pytest.mark.skipif(not SHARED_LOG.is_file(), reason="the shared real samples are not present")
def test_numbers_match_a_real_smsts_log() -> None:
    assert _check(SHARED_LOG.read_text(encoding="utf-8-sig", errors="replace")) > 30
