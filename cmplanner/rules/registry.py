"""Checks register here against a rule id and a scope; metadata comes from the catalog.

A *scope* says what one call of a check looks at: the whole plan, or one DP, boundary, group,
package or task sequence (called once per item, with its position). Scoped checks are what
lets the engine re-check just the object that changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cmplanner.rules.context import PlanContext


class Scope(StrEnum):
    PLAN = "plan"
    DP = "distribution_points"
    BOUNDARY = "boundaries"
    GROUP = "dp_groups"
    PACKAGE = "packages"
    TASK_SEQUENCE = "task_sequences"


@dataclass(frozen=True, slots=True)
class Hit:
    """What a check reports: the exact subject path and a one-line message."""

    subject: str
    message: str


PlanCheck = Callable[["PlanContext"], Iterable[Hit]]
ItemCheck = Callable[["PlanContext", int], Iterable[Hit]]


@dataclass(frozen=True)
class CheckSpec:
    """A check; ``reads`` names the plan collections it looks at beyond its own item, so an
    edit there re-runs it (names are excluded: a rename re-checks the whole plan)."""

    rule: str
    scope: Scope
    fn: Callable[..., Iterable[Hit]]
    reads: frozenset[Scope] = frozenset()


_CHECKS: list[CheckSpec] = []


def check(
    rule: str, scope: Scope = Scope.PLAN, reads: Iterable[Scope] = ()
) -> Callable[[Callable[..., Iterable[Hit]]], Callable[..., Iterable[Hit]]]:
    """Register ``fn`` as an implementation of ``rule`` (one per rule and scope)."""

    def register(fn: Callable[..., Iterable[Hit]]) -> Callable[..., Iterable[Hit]]:
        if any(spec.rule == rule and spec.scope == scope for spec in _CHECKS):
            raise ValueError(f"rule {rule} has two implementations for scope {scope}")
        _CHECKS.append(CheckSpec(rule, scope, fn, frozenset(reads)))
        return fn

    return register


def all_checks() -> list[CheckSpec]:
    """Every registered check; importing the checks package registers them all."""
    import cmplanner.rules.checks  # noqa: F401  (import registers the checks)

    return list(_CHECKS)
