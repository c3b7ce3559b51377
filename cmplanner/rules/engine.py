"""The one rules engine: runs every applicable check and turns hits into findings.

:func:`validate` checks a whole plan. :class:`Validator` keeps the findings of a plan that is
being edited and re-checks only what one edit can change (the GUI calls it on every edit).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from cmplanner.model.plan import Plan
from cmplanner.rules.catalog import RuleMeta, load_catalog
from cmplanner.rules.context import PlanContext
from cmplanner.rules.finding import Finding, sort_key
from cmplanner.rules.registry import CheckSpec, Hit, Scope, all_checks

_PATH = re.compile(r"^(?P<scope>[a-z_]+)\[(?P<index>\d+)\]")

Key = tuple[str, Scope, int]


def _finding(meta: RuleMeta, hit: Hit) -> Finding:
    return Finding(
        rule=meta.id,
        severity=meta.severity,
        title=meta.title,
        message=hit.message,
        subject=hit.subject,
        why=meta.why,
        fix=meta.fix,
        source=meta.source,
    )


def _items(plan: Plan, scope: Scope) -> int:
    if scope is Scope.PLAN:
        return 1
    return len(getattr(plan, scope.value))


class Validator:
    """Findings of one plan, kept per (rule, scope, item) so one edit re-runs few checks."""

    def __init__(self, plan: Plan, rules: Iterable[str] | None = None) -> None:
        catalog = load_catalog()
        wanted = set(rules) if rules is not None else None
        self._specs = [spec for spec in all_checks() if (wanted is None or spec.rule in wanted)]
        missing = [spec.rule for spec in self._specs if spec.rule not in catalog]
        if missing:
            raise KeyError(f"checks without rule metadata: {', '.join(missing)}")
        self._meta = catalog
        self._results: dict[Key, list[Finding]] = {}
        self._sorted: list[Finding] | None = None
        self._dp_names: list[str] = []
        self.reset(plan)

    def reset(self, plan: Plan) -> list[Finding]:
        """Check the whole plan from scratch."""
        self.plan = plan
        self.ctx = PlanContext.build(plan)
        self._results.clear()
        for spec in self._active():
            for index in range(_items(plan, spec.scope)):
                self._run(spec, index)
        self._sorted = None
        self._dp_names = [dp.name for dp in plan.distribution_points]
        return self.findings

    @property
    def findings(self) -> list[Finding]:
        if self._sorted is None:
            self._sorted = sorted(
                (f for group in self._results.values() for f in group), key=sort_key
            )
        return self._sorted

    def _active(self) -> list[CheckSpec]:
        version = self.plan.site.version
        return [spec for spec in self._specs if self._meta[spec.rule].applies_to(version)]

    def _run(self, spec: CheckSpec, index: int) -> None:
        meta = self._meta[spec.rule]
        hits = spec.fn(self.ctx) if spec.scope is Scope.PLAN else spec.fn(self.ctx, index)
        found = [_finding(meta, hit) for hit in hits]
        key = (spec.rule, spec.scope, index)
        if found:
            self._results[key] = found
        else:
            self._results.pop(key, None)

    def recheck(self, subject: str) -> list[Finding]:
        """Re-check after the object at ``subject`` (e.g. ``distribution_points[3]``) changed
        in place. Only DP edits are incremental: an edit that adds, removes, reorders or
        renames objects, or touches anything else, re-checks the whole plan."""
        match = _PATH.match(subject)
        dps = self.plan.distribution_points
        if (
            match is None
            or match["scope"] != Scope.DP.value
            or len(self._dp_names) != len(dps)
            or int(match["index"]) >= len(dps)
        ):
            return self.reset(self.plan)
        index = int(match["index"])
        if dps[index].name != self._dp_names[index]:
            return self.reset(self.plan)
        self.ctx.refresh_dps(changed=index)
        name = dps[index].name.casefold()
        dependents = {index} | {
            i for i, dp in enumerate(dps) if dp.pulls_from and dp.pulls_from.casefold() == name
        }
        for spec in self._active():
            if Scope.DP in spec.reads:
                for i in range(_items(self.plan, spec.scope)):
                    self._run(spec, i)
            elif spec.scope is Scope.DP:
                for i in dependents:
                    self._run(spec, i)
        self._sorted = None
        return self.findings


def validate(plan: Plan) -> list[Finding]:
    """Every finding of every rule that applies to the plan's site version."""
    return Validator(plan).findings


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.severity.value == "error" for f in findings)
