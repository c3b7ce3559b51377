"""A task sequence flattened once for the rules: instructions with whether each runs at all
(an outer group may be disabled), whether a condition guards it, the variables it sets, tests
and uses. The checks in ``cmplanner.rules.checks.tasksequence`` read this instead of walking
the tree once per rule. Secrets are the export's own decision (``xmlwrite.secret_notes``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from cmplanner.model.tasksequence import Expression, Group, Operator, Step, TaskSequence
from cmplanner.tasksequence.catalog import load_variables
from cmplanner.tasksequence.conditions import VARIABLE
from cmplanner.tasksequence.numbering import Instruction, instructions

SET_VARIABLE = "SMS_TaskSequence_SetVariableAction"
CAPTURE_STATE = "SMS_TaskSequence_CaptureUserStateAction"
RESTORE_STATE = "SMS_TaskSequence_RestoreUserStateAction"
REQUEST_STORE = "SMS_TaskSequence_RequestStateStoreAction"
RELEASE_STORE = "SMS_TaskSequence_ReleaseStateStoreAction"
PARTITION = "SMS_TaskSequence_PartitionDiskAction"
APPLY_OS = "SMS_TaskSequence_ApplyOperatingSystemAction"
CAPTURE_IMAGE = "SMS_TaskSequence_CaptureSystemImageAction"
PREPARE_CLIENT = "SMS_TaskSequence_PrepareSMSClientAction"
PREPARE_OS = "SMS_TaskSequence_PrepareOSAction"
JOIN = "SMS_TaskSequence_JoinDomainWorkgroupAction"
DEPLOY_TOOLS = "SMS_TaskSequence_InstallDeployToolsAction"
LAST_ACTION = "_SMSTSLastActionSucceeded"
PACKAGE_ID = re.compile(r"^[A-Za-z0-9]{3}[0-9A-Fa-f]{5}$")
PERCENT_VAR = re.compile(r"%([A-Za-z_][A-Za-z0-9_]*)%")


@dataclass
class SetVar:
    number: int
    name: str
    value: str
    item: Instruction


@dataclass
class Analysis:
    """One task sequence flattened: its instructions with what the checks ask of them."""

    ts: TaskSequence
    items: list[Instruction]
    enabled: list[bool] = field(default_factory=list)
    guarded: list[bool] = field(default_factory=list)  # node or an outer group has a condition
    winpe_guard: list[bool] = field(default_factory=list)  # a condition says "in WinPE"
    sets: list[SetVar] = field(default_factory=list)
    by_type: dict[str, list[int]] = field(default_factory=dict)
    steps: list[int] = field(default_factory=list)  # positions of steps (not groups)
    cond_vars: list[tuple[int, str]] = field(default_factory=list)  # variables conditions test
    used_vars: list[tuple[int, str]] = field(default_factory=list)  # %NAME% in commands/values

    def steps_of(self, sms_type: str, enabled_only: bool = True) -> list[Instruction]:
        return [
            self.items[k]
            for k in self.by_type.get(sms_type, ())
            if self.enabled[k] or not enabled_only
        ]

    def hardlink(self) -> bool:
        """Does this task sequence mean to migrate with hard-links?"""
        if "usmt-hardlink" in (self.ts.builder, self.ts.builder_options.get("wrapped_builder")):
            return True
        names = {v.name.casefold() for v in load_variables().hardlink}
        return any(
            s.name.casefold() in names or "/hardlink" in s.value.casefold() for s in self.sets
        )


def analyse(ts: TaskSequence) -> Analysis:
    items = instructions(ts)
    result = Analysis(ts, items)
    # Outer groups' state, tracked along the path prefixes.
    outer: dict[str, tuple[bool, bool, bool]] = {}
    for k, item in enumerate(items):
        node = item.node
        parent = item.path.rsplit(".children", 1)[0] if ".children" in item.path else ""
        p_enabled, p_guarded, p_winpe = outer.get(parent, (True, False, False))
        enabled = p_enabled and node.enabled
        guarded = p_guarded or bool(node.conditions)
        winpe = p_winpe or any(_says_winpe(c) for c in node.conditions)
        if isinstance(node, Group):
            outer[item.path] = (enabled, guarded, winpe)
        result.enabled.append(enabled)
        result.guarded.append(guarded)
        result.winpe_guard.append(winpe)
        for cond in node.conditions:
            for e in var_expressions(cond):
                name = e.properties.get("Variable", "")
                result.cond_vars.append((k, name))
        if isinstance(node, Step):
            result.steps.append(k)
            result.by_type.setdefault(node.type, []).append(k)
            if node.type == SET_VARIABLE:
                name = node.variable("VariableName") or ""
                value = node.variable("VariableValue") or ""
                if enabled:
                    result.sets.append(SetVar(item.number, name, value, item))
            if "%" in node.action:
                result.used_vars.extend((k, m) for m in PERCENT_VAR.findall(node.action))
            for var in node.variables:
                value = var.value
                if value and "%" in value:
                    result.used_vars.extend((k, m) for m in PERCENT_VAR.findall(value))
    return result


def boot_image_unknown(ts: TaskSequence) -> bool:
    """A bare ``<sequence>`` document (MDT ts.xml, SaveToXml) cannot hold a boot image: the
    boot image is a property of the task sequence package around it, so nothing is known."""
    return ts.wrapper is None and ts.layout is not None


def _says_winpe(cond: Expression | Operator) -> bool:
    if isinstance(cond, Expression):
        p = cond.properties
        return (
            cond.type == VARIABLE
            and p.get("Variable", "").casefold() == "_smstsinwinpe"
            and p.get("Operator", "").casefold() == "equals"
            and p.get("Value", "").casefold() == "true"
        )
    return cond.operator == "and" and any(_says_winpe(c) for c in cond.children)


def var_expressions(cond: Expression | Operator) -> Iterator[Expression]:
    if isinstance(cond, Operator):
        for child in cond.children:
            yield from var_expressions(child)
    elif cond.type == VARIABLE:
        yield cond


def nearest(word: str, known: dict[str, str]) -> str | None:
    # Short names are too easily one letter apart by design.
    if len(word) < 8:
        return None
    return _nearest_cached(word, tuple(known.items()))


@lru_cache(maxsize=2048)
def _nearest_cached(word: str, known: tuple[tuple[str, str], ...]) -> str | None:
    best: tuple[int, str] | None = None
    letters = set(word)
    for folded, original in known:
        if abs(len(folded) - len(word)) > 2:
            continue
        # Each edit changes at most two letters of the set of letters used: more than four
        # differences mean more than two edits, without computing the distance.
        if len(letters.symmetric_difference(folded)) > 4:
            continue
        d = _distance(word, folded, 2)
        if d <= 2 and (best is None or d < best[0]):
            best = (d, original)
    return best[1] if best is not None else None


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (limit + 1) once it exceeds ``limit``."""
    previous = list(range(len(b) + 1))
    for x, ca in enumerate(a, 1):
        current = [x]
        for y, cb in enumerate(b, 1):
            current.append(min(previous[y] + 1, current[y - 1] + 1, previous[y - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def find_catch_group(nodes: list[Step | Group]) -> Group | None:
    """The first group whose condition tests ``_SMSTSLastActionSucceeded``."""
    for node in nodes:
        if isinstance(node, Group):
            for cond in node.conditions:
                if (
                    getattr(cond, "properties", {}).get("Variable", "").casefold()
                    == LAST_ACTION.casefold()
                ):
                    return node
            inner = find_catch_group(node.children)
            if inner is not None:
                return inner
    return None
