"""Checks of DP groups: late joiners that miss earlier packages, and groups used wrongly."""

from __future__ import annotations

from collections.abc import Iterator

from cmplanner.model.distribution import GroupPurpose
from cmplanner.rules.context import PlanContext, packages_missed
from cmplanner.rules.registry import Hit, Scope, check


@check("GRP001", Scope.GROUP)
def late_joiners(ctx: PlanContext, g: int) -> Iterator[Hit]:
    group = ctx.plan.dp_groups[g]
    for m, member in enumerate(group.members):
        missed = packages_missed(ctx, g, m)
        if missed:
            names = ", ".join(missed)
            yield Hit(
                f"dp_groups[{g}].members[{m}]",
                f"{member.dp} joined {group.name} on {member.joined:%Y-%m-%d} and did "
                f"not receive {len(missed)} package(s) sent to the group before: {names}; "
                "add them by hand",
            )


@check("GRP002", Scope.GROUP)
def load_balancing_intent(ctx: PlanContext, g: int) -> Iterator[Hit]:
    group = ctx.plan.dp_groups[g]
    if group.purpose is GroupPurpose.LOAD_BALANCING:
        yield Hit(
            f"dp_groups[{g}].purpose",
            f"{group.name}: DP groups do not balance load; they only copy packages",
        )


@check("GRP003", Scope.GROUP)
def unknown_member(ctx: PlanContext, g: int) -> Iterator[Hit]:
    group = ctx.plan.dp_groups[g]
    for m, member in enumerate(group.members):
        if member.dp.casefold() not in ctx.dp_by_name:
            yield Hit(
                f"dp_groups[{g}].members[{m}]",
                f"{group.name}: member {member.dp!r} is not a DP of this plan",
            )


@check("GRP004", Scope.GROUP)
def empty_group(ctx: PlanContext, g: int) -> Iterator[Hit]:
    group = ctx.plan.dp_groups[g]
    if not group.members:
        yield Hit(f"dp_groups[{g}].members", f"{group.name}: the group has no members")
