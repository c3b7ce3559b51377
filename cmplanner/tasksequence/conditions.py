"""Task sequence conditions in words, and evaluated against a set of variables.

Only task sequence variable conditions can be decided offline; WMI, file, folder, registry and
software conditions depend on the machine, so :func:`evaluate` answers ``None`` (unknown) for
them and the logic is three-valued: ``and`` is false if any part is false, ``or`` is true if
any part is true, and unknown otherwise when a part is unknown.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from cmplanner.model.tasksequence import Condition, Expression, Group, Operator, TaskSequence
from cmplanner.tasksequence.numbering import Instruction, instructions
from cmplanner.tasksequence.secrets import HIDDEN, is_secret_value

VARIABLE = "SMS_TaskSequence_VariableConditionExpression"
WMI = "SMS_TaskSequence_WMIConditionExpression"
FILE = "SMS_TaskSequence_FileConditionExpression"
FOLDER = "SMS_TaskSequence_FolderConditionExpression"
REGISTRY = "SMS_TaskSequence_RegistryConditionExpression"
SOFTWARE = "SMS_TaskSequence_SoftwareConditionExpression"
DEFAULT_NAMESPACE = "root\\cimv2"

_OPERATOR_WORDS = {
    "exists": "exists",
    "notexists": "does not exist",
    "equals": "equals",
    "notequals": "does not equal",
    "greater": "is greater than",
    "greaterequal": "is greater than or equal to",
    "less": "is less than",
    "lessequal": "is less than or equal to",
    "like": "is like",
}


def _prop(expr: Expression, name: str) -> str:
    """A property by name, ignoring case (exports differ)."""
    if name in expr.properties:
        return expr.properties[name]
    folded = name.casefold()
    for key, value in expr.properties.items():
        if key.casefold() == folded:
            return value
    return ""


def describe(conditions: Iterable[Condition]) -> str:
    """All conditions of a node in words; an empty list says the node always runs."""
    parts = [describe_one(c) for c in conditions]
    if not parts:
        return "always"
    return " and ".join(f"({p})" if " or " in p else p for p in parts)


def describe_one(cond: Condition) -> str:
    if isinstance(cond, Operator):
        inner = [describe_one(c) for c in cond.children]
        if cond.operator == "not":
            body = " and ".join(inner) if inner else "nothing"
            return f"not ({body})"
        if not inner:
            return "always" if cond.operator == "and" else "never"
        joiner = f" {cond.operator} "
        return joiner.join(
            f"({p})" if (" and " in p or " or " in p) and len(inner) > 1 else p for p in inner
        )
    return _describe_expression(cond)


def _describe_expression(expr: Expression) -> str:
    kind = expr.type
    if kind == VARIABLE:
        name, op, value = _prop(expr, "Variable"), _prop(expr, "Operator"), _prop(expr, "Value")
        words = _OPERATOR_WORDS.get(op.casefold(), op)
        if op.casefold() in ("exists", "notexists"):
            return f"task sequence variable {name} {words}"
        if is_secret_value(name, value):  # what the export leaves out, nothing else
            return f"task sequence variable {name} {words} {HIDDEN}"
        return f'task sequence variable {name} {words} "{value}"'
    if kind == WMI:
        namespace = _prop(expr, "Namespace") or DEFAULT_NAMESPACE
        return f'WMI query "{_prop(expr, "Query")}" in {namespace} returns a result'
    if kind == FILE:
        return f"file {_prop(expr, 'Path')} exists" + _when(expr)
    if kind == FOLDER:
        return f"folder {_prop(expr, 'Path')} exists" + _when(expr)
    if kind == REGISTRY:
        key = _prop(expr, "KeyPath")
        value = _prop(expr, "Value")
        op = _prop(expr, "Operator")
        data = _prop(expr, "Data")
        target = f"registry {key}" + (f"\\{value}" if value else "")
        if op.casefold() in ("exists", "notexists"):
            return f"{target} {_OPERATOR_WORDS.get(op.casefold(), op)}"
        return f'{target} {_OPERATOR_WORDS.get(op.casefold(), op)} "{data}"'
    if kind == SOFTWARE:
        name = _prop(expr, "ProductName") or _prop(expr, "ProductCode")
        match = "any version of" if _prop(expr, "Operator").casefold() == "any" else "exactly"
        return f"software {match} {name} is installed"
    if kind.startswith("#"):
        return "a condition this app does not read (kept as found)"
    props = ", ".join(f"{k}={v}" for k, v in expr.properties.items())
    return f"{kind or 'condition'} ({props})"


def _when(expr: Expression) -> str:
    extra = []
    if _prop(expr, "Version"):
        extra.append(f"version {_prop(expr, 'VersionOperator')} {_prop(expr, 'Version')}")
    if _prop(expr, "DateTime"):
        extra.append(f"date {_prop(expr, 'DateTimeOperator')} {_prop(expr, 'DateTime')}")
    return f" ({', '.join(extra)})" if extra else ""


def evaluate(conditions: Iterable[Condition], variables: Mapping[str, str]) -> bool | None:
    """True or False when the conditions can be decided from ``variables`` alone, else None.

    Variable names are compared without regard to case, as the task sequence engine does."""
    folded = {k.casefold(): v for k, v in variables.items()}
    return _all(evaluate_one(c, folded) for c in conditions)


def evaluate_one(cond: Condition, folded: Mapping[str, str]) -> bool | None:
    if isinstance(cond, Operator):
        results = [evaluate_one(c, folded) for c in cond.children]
        if cond.operator == "and":
            return _all(results)
        if cond.operator == "or":
            if any(r is True for r in results):
                return True
            return None if any(r is None for r in results) else False
        inner = _all(results)
        return None if inner is None else not inner
    if cond.type != VARIABLE:
        return None
    name = _prop(cond, "Variable").casefold()
    op = _prop(cond, "Operator").casefold()
    expected = _prop(cond, "Value")
    if op == "exists":
        return name in folded
    if op == "notexists":
        return name not in folded
    actual = folded.get(name, "")
    if op == "equals":
        return actual.casefold() == expected.casefold()
    if op == "notequals":
        return actual.casefold() != expected.casefold()
    if op in ("greater", "greaterequal", "less", "lessequal"):
        a, b = _comparable(actual), _comparable(expected)
        if type(a) is not type(b):
            a, b = str(actual).casefold(), str(expected).casefold()
        compare = {
            "greater": operator.gt,
            "greaterequal": operator.ge,
            "less": operator.lt,
            "lessequal": operator.le,
        }[op]
        return bool(compare(a, b))  # a and b are of one type here
    if op == "like":
        import fnmatch

        return fnmatch.fnmatchcase(actual.casefold(), expected.casefold().replace("%", "*"))
    return None


def _comparable(text: str) -> float | str:
    try:
        return float(text)
    except ValueError:
        return text.casefold()


def _all(results: Iterable[bool | None]) -> bool | None:
    unknown = False
    for r in results:
        if r is False:
            return False
        if r is None:
            unknown = True
    return None if unknown else True


Verdict = Literal["runs", "skipped", "disabled", "unknown", "not reached"]


@dataclass(frozen=True)
class DryRun:
    """What the engine would do with one step or group given the variables."""

    instruction: Instruction
    verdict: Verdict
    reason: str


def dry_run(ts: TaskSequence, variables: Mapping[str, str]) -> list[DryRun]:
    """Which steps would run with these variables: a disabled node or one whose condition is
    false is skipped with everything inside it; unknown conditions say so."""
    folded = {k.casefold(): v for k, v in variables.items()}
    result: list[DryRun] = []
    blocked: list[tuple[str, str]] = []  # (path prefix of a skipped group, its reason)
    for item in instructions(ts):
        node = item.node
        outer = next(
            (reason for prefix, reason in blocked if item.path.startswith(prefix + ".")), None
        )
        if outer is not None:
            result.append(DryRun(item, "not reached", outer))
            continue
        if not node.enabled:
            verdict: Verdict = "disabled"
            reason = "disabled"
        else:
            value = _all(evaluate_one(c, folded) for c in node.conditions)
            if value is True:
                verdict, reason = (
                    "runs",
                    (
                        "no condition"
                        if not node.conditions
                        else f"condition holds: {describe(node.conditions)}"
                    ),
                )
            elif value is False:
                verdict, reason = "skipped", f"condition false: {describe(node.conditions)}"
            else:
                verdict, reason = (
                    "unknown",
                    (f"cannot be decided offline: {describe(node.conditions)}"),
                )
        if isinstance(node, Group) and verdict in ("disabled", "skipped"):
            blocked.append((item.path, f"inside {node.name!r}, which is {verdict}"))
        result.append(DryRun(item, verdict, reason))
    return result
