"""Checks of where clients get content: protected DPs, local and remote DPs per boundary."""

from __future__ import annotations

from collections.abc import Iterator

from cmplanner.model.boundaries import Connection
from cmplanner.rules.context import PlanContext
from cmplanner.rules.registry import Hit, Scope, check


@check("LOC001", reads=[Scope.DP])
def starved_boundaries(ctx: PlanContext) -> Iterator[Hit]:
    """Only when every DP is protected can a boundary be left with none (cheap otherwise)."""
    if ctx.unprotected_dps or not ctx.plan.distribution_points:
        return
    for b, boundary in enumerate(ctx.plan.boundaries):
        if boundary.name.casefold() not in ctx.protected_boundaries:
            yield Hit(
                f"boundaries[{b}]",
                f"{boundary.name}: every DP is protected and none with this boundary; "
                "clients here get no content and have no unprotected DP to fall back "
                "to (fallback needs an unprotected DP and 8 hours)",
            )


@check("LOC002", Scope.DP)
def never_local(ctx: PlanContext, i: int) -> Iterator[Hit]:
    dp = ctx.plan.distribution_points[i]
    fast = [b for b in ctx.dp_boundaries[i] if ctx.plan.boundaries[b].connection is Connection.FAST]
    if not fast:
        where = (
            "it has no IP address or AD site in the plan"
            if not (dp.ip_address or dp.ad_site)
            else "it is inside no fast boundary"
        )
        yield Hit(
            f"distribution_points[{i}]", f"{dp.name}: no client sees this DP as local ({where})"
        )


@check("LOC003", Scope.DP)
def unknown_protected_boundary(ctx: PlanContext, i: int) -> Iterator[Hit]:
    dp = ctx.plan.distribution_points[i]
    for k, name in enumerate(dp.protected_boundaries):
        if name.casefold() not in ctx.boundary_by_name:
            yield Hit(
                f"distribution_points[{i}].protected_boundaries[{k}]",
                f"{dp.name}: protected with {name!r}, which is not a boundary of the plan",
            )


@check("LOC004")
def slow_boundaries(ctx: PlanContext) -> Iterator[Hit]:
    """One pass over the boundaries, not one check per boundary: with 100,000 boundaries
    the engine's own cost per item was most of the validation. (Any edit of a boundary
    re-checks the whole plan, so nothing is lost by checking them together.)"""
    slow = Connection.SLOW
    for b, boundary in enumerate(ctx.plan.boundaries):
        if boundary.connection is slow:
            yield Hit(
                f"boundaries[{b}]",
                f"{boundary.name}: slow boundary, every DP is remote to its clients",
            )
