"""Checks of DP groups: late joiners that miss earlier packages, and groups used wrongly."""

from __future__ import annotations

from collections.abc import Iterator

from cmplanner.model.distribution import GroupPurpose
from cmplanner.rules.context import PlanContext
from cmplanner.rules.registry import Hit, Scope, check


def packages_missed(ctx: PlanContext, g: int, m: int) -> list[str]:
    """Package ids sent to group ``g`` before member ``m`` joined that the DP has not
    received some other way (sent to it directly, or to another group it was in at the time):
    exactly what the admin must add by hand."""
    group = ctx.plan.dp_groups[g]
    member = group.members[m]
    held = ctx.packages_held(member.dp)
    missed: dict[str, None] = {}
    for p, s in ctx.group_sends.get(group.name.casefold(), ()):
        if p not in held and ctx.plan.packages[p].sent[s].sent < member.joined:
            missed[ctx.plan.packages[p].package_id] = None
    return list(missed)


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
