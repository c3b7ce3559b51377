"""Back to the plan: the failing instruction of a log matched to the planned step.

The log numbers instructions the way ``cmplanner.tasksequence.numbering`` does, so the match is
by number and name. The plan's task sequence that ran is the one whose instruction table
agrees with most of the instructions the log shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from cmplanner.datafiles import load_toml_model
from cmplanner.errors import InputError
from cmplanner.logs.knowledge import CHECKLIST_PACKS, KnownError
from cmplanner.logs.timeline import ExecutedInstruction
from cmplanner.paths import resources_dir
from cmplanner.sections import SECTIONS
from cmplanner.sources import CitedEntry, load_sources

if TYPE_CHECKING:
    from cmplanner.model.plan import Plan
    from cmplanner.model.tasksequence import TaskSequence


class StepFix(CitedEntry):
    builder: str = ""
    step_type: str = ""
    checklist: str = ""
    section: str
    advice: str
    source: str
    citations: tuple[str, ...] = ()  # ids in resources/sources.toml; source is the printed text


class _StepFixFile(BaseModel):
    fix: list[StepFix]


@cache
def step_fixes() -> tuple[StepFix, ...]:
    path = resources_dir() / "knowledge" / "step_fixes.toml"
    rows = load_toml_model(path, _StepFixFile).fix
    for row in rows:
        if row.checklist and row.checklist not in CHECKLIST_PACKS:
            raise InputError(path, f"unknown checklist pack {row.checklist!r}")
        if row.section not in SECTIONS:
            raise InputError(path, f"unknown runbook section {row.section!r}")
    return tuple(rows)


@dataclass
class PlanCorrelation:
    """The planned step behind the failing log instruction, and where its fix is written."""

    task_sequence: str
    task_sequence_index: int
    number: int
    log_name: str
    planned_name: str | None
    subject: str | None  # plan path, e.g. task_sequences[0].steps[2].children[1]
    kind: str | None
    step_type: str
    match: str  # "number and name", "name", "number only", "not found"
    checklist: str | None
    section: str
    advice: str
    source: str
    agreement: int  # how many logged instructions agree with this task sequence

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _table(ts: TaskSequence) -> dict[int, Any]:
    from cmplanner.tasksequence.numbering import by_number

    return by_number(ts)


def choose_task_sequence(
    plan: Plan, executed: Sequence[ExecutedInstruction]
) -> tuple[int, int] | None:
    """(index, agreement) of the plan's task sequence that best explains the log."""
    best: tuple[int, int] | None = None
    for i, ts in enumerate(plan.task_sequences):
        table = _table(ts)
        score = sum(
            1
            for item in executed
            if item.number in table and _fold(table[item.number].name) == _fold(item.name)
        )
        if score and (best is None or score > best[1]):
            best = (i, score)
    return best


def correlate(
    plan: Plan,
    executed: Sequence[ExecutedInstruction],
    failing: ExecutedInstruction,
    known: Sequence[KnownError],
) -> PlanCorrelation:
    """Match ``failing`` to its planned step; name the checklist and section that fix it."""
    chosen = choose_task_sequence(plan, executed)
    if chosen is None and plan.task_sequences:
        # nothing agrees by number: look for the failing name alone
        for i, ts in enumerate(plan.task_sequences):
            if any(_fold(x.name) == _fold(failing.name) for x in _table(ts).values()):
                chosen = (i, 0)
                break
    if chosen is None:
        fix = _fix_for("", "", known)
        return PlanCorrelation(
            "",
            -1,
            failing.number,
            failing.name,
            None,
            None,
            None,
            "",
            "not found",
            fix[0],
            fix[1],
            fix[2],
            fix[3],
            0,
        )
    index, agreement = chosen
    ts = plan.task_sequences[index]
    table = _table(ts)
    planned = table.get(failing.number)
    how = "not found"
    if planned is not None and _fold(planned.name) == _fold(failing.name):
        how = "number and name"
    else:
        same_name = [x for x in table.values() if _fold(x.name) == _fold(failing.name)]
        if same_name:
            planned = min(same_name, key=lambda x: abs(x.number - failing.number))
            how = "name"
        elif planned is not None:
            how = "number only"
    step_type = ""
    subject = kind = planned_name = None
    if planned is not None:
        subject = f"task_sequences[{index}].{planned.path}"
        kind = planned.kind
        planned_name = planned.name
        step_type = getattr(planned.node, "type", "") or ""
    checklist, section, advice, source = _fix_for(ts.builder, step_type, known)
    return PlanCorrelation(
        ts.name,
        index,
        failing.number,
        failing.name,
        planned_name,
        subject,
        kind,
        step_type,
        how,
        checklist,
        section,
        advice,
        source,
        agreement,
    )


def _fix_for(
    builder: str, step_type: str, known: Sequence[KnownError]
) -> tuple[str | None, str, str, str]:
    for entry in known:
        if entry.checklist or entry.section:
            return entry.checklist, entry.section or "task-sequences", entry.fix, entry.source
    for row in step_fixes():
        if row.builder and row.builder != builder:
            continue
        if row.step_type and row.step_type != step_type:
            continue
        return row.checklist or None, row.section, row.advice, row.source
    return None, "task-sequences", "", load_sources().by_id["own-step-fix"].text
