"""Lint a task sequence with the shared rules engine.

The checks are the engine's ``Scope.TASK_SEQUENCE`` rules; a task sequence on its own is
checked inside a plan that holds just it (the given plan's site, boundaries and packages when
there is one). Without a plan the rule about package IDs the plan does not know is skipped:
there is nothing to know them from.
"""

from __future__ import annotations

from cmplanner.model.plan import Plan
from cmplanner.model.site import SiteVersion
from cmplanner.model.tasksequence import TaskSequence
from cmplanner.rules.catalog import load_catalog
from cmplanner.rules.engine import Validator
from cmplanner.rules.finding import Finding
from cmplanner.rules.registry import Scope, all_checks
from cmplanner.tasksequence.xmlshape import gc_paused

NEEDS_PLAN = frozenset({"TS013"})
#: the site rule that says a service pack cannot carry an add-on (``RTM R3``)
SITE_VERSION_RULE = "VER003"


def site_version_problems(version: SiteVersion) -> list[Finding]:
    """Why a site cannot be at ``version`` (an add-on on a service pack that cannot carry
    it), by the same rule ``validate`` applies to a plan's site: empty when it can."""
    holder = Plan(name="site version")
    holder.site.service_pack = version.service_pack
    holder.site.add_on = version.add_on
    return Validator(holder, rules=[SITE_VERSION_RULE]).findings


def task_sequence_rules(with_plan: bool = True) -> list[str]:
    """The ids of every task sequence rule (without the plan-only ones when asked)."""
    catalog = load_catalog()
    return [
        spec.rule
        for spec in all_checks()
        if spec.scope is Scope.TASK_SEQUENCE
        and spec.rule in catalog
        and (with_plan or spec.rule not in NEEDS_PLAN)
    ]


def lint_task_sequence(
    ts: TaskSequence, plan: Plan | None = None, site_version: SiteVersion | None = None
) -> list[Finding]:
    """Findings of every task sequence rule for ``ts``; subjects read ``task_sequences[0]...``
    (the position of ``ts`` in a plan that holds it alone)."""
    if plan is None:
        holder = Plan(name=ts.name, task_sequences=[ts])
        if site_version is not None:
            holder.site.service_pack = site_version.service_pack
            holder.site.add_on = site_version.add_on
    else:
        holder = plan.model_copy(update={"task_sequences": [ts]})
    with gc_paused():
        return Validator(holder, rules=task_sequence_rules(with_plan=plan is not None)).findings
