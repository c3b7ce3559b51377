"""Checks of one distribution point: the compatibility table and branch DP prerequisites."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from cmplanner.model.distribution import DistributionPoint, WindowsVersion
from cmplanner.model.site import SecurityMode
from cmplanner.rules.context import PlanContext
from cmplanner.rules.dp_matrix import Cell, dp_conflicts, setting_ids_of
from cmplanner.rules.registry import Hit, ItemCheck, Scope, check


def _dp(ctx: PlanContext, i: int) -> DistributionPoint:
    return ctx.plan.distribution_points[i]


@check("DP001", Scope.DP)
def incompatible_settings(ctx: PlanContext, i: int) -> Iterator[Hit]:
    dp = _dp(ctx, i)
    for conflict in dp_conflicts(setting_ids_of(dp)):
        if conflict.cell is Cell.NO:
            yield Hit(f"distribution_points[{i}].settings", f"{dp.name}: {conflict.reason}")


@check("DP002", Scope.DP)
def missing_required_setting(ctx: PlanContext, i: int) -> Iterator[Hit]:
    dp = _dp(ctx, i)
    for conflict in dp_conflicts(setting_ids_of(dp)):
        if conflict.cell is Cell.REQUIRED:
            yield Hit(f"distribution_points[{i}].settings", f"{dp.name}: {conflict.reason}")


def _branch_flag(rule_field: str, message: str) -> ItemCheck:
    """A check that fires for branch DPs whose ``rule_field`` condition holds."""

    def run(ctx: PlanContext, i: int) -> Iterator[Hit]:
        dp = _dp(ctx, i)
        if dp.branch and _BRANCH_CONDITIONS[rule_field](dp):
            yield Hit(f"distribution_points[{i}].{rule_field}", f"{dp.name}: {message}")

    return run


_BRANCH_CONDITIONS: dict[str, Callable[[DistributionPoint], bool]] = {
    "is_client": lambda dp: not dp.is_client,
    "os": lambda dp: dp.os is WindowsVersion.WINDOWS_2000,
    "domain_joined": lambda dp: not dp.domain_joined,
    "roams": lambda dp: dp.roams,
    "often_off": lambda dp: dp.often_off,
}

check("DP003", Scope.DP)(
    _branch_flag("is_client", "branch DP on a computer that is not a ConfigMgr client")
)
check("DP005", Scope.DP)(_branch_flag("os", "branch DP on Windows 2000"))
check("DP006", Scope.DP)(
    _branch_flag("domain_joined", "branch DP on a computer that is not domain-joined")
)
check("DP007", Scope.DP)(_branch_flag("roams", "branch DP on a computer that roams"))
check("DP008", Scope.DP)(
    _branch_flag("often_off", "branch DP on a computer that is often switched off")
)


@check("DP004", Scope.DP, reads=[Scope.DP])
def branch_without_source(ctx: PlanContext, i: int) -> Iterator[Hit]:
    dp = _dp(ctx, i)
    if not dp.branch:
        return
    subject = f"distribution_points[{i}].pulls_from"
    candidates = ctx.bits_standard_dps
    if not dp.pulls_from:
        hint = (
            f"; candidates: {', '.join(candidates[:5])}"
            if candidates
            else "; the plan has no BITS-enabled standard DP at all"
        )
        yield Hit(
            subject, f"{dp.name}: branch DP does not say which standard DP it pulls from{hint}"
        )
        return
    found = ctx.dp(dp.pulls_from)
    if found is None:
        yield Hit(
            subject, f"{dp.name}: pulls from {dp.pulls_from!r}, which is not a DP of this plan"
        )
    elif found[1].standard and not found[1].bits_enabled:
        yield Hit(subject, f"{dp.name}: pulls from {found[1].name}, which is not BITS-enabled")


@check("DP013", Scope.DP)
def branch_source_not_standard(ctx: PlanContext, i: int) -> Iterator[Hit]:
    dp = _dp(ctx, i)
    found = ctx.dp(dp.pulls_from) if dp.branch else None
    if found is not None and not found[1].standard:
        kind = "a branch DP" if found[1].branch else "a server share"
        yield Hit(
            f"distribution_points[{i}].pulls_from",
            f"{dp.name}: pulls from {found[1].name}, which is {kind}",
        )


@check("DP009", Scope.DP)
def branch_source_protected_away(ctx: PlanContext, i: int) -> Iterator[Hit]:
    dp = _dp(ctx, i)
    found = ctx.dp(dp.pulls_from) if dp.branch else None
    if found is None or not found[1].protected:
        return
    source = found[1]
    covered = {name.casefold() for name in source.protected_boundaries}
    inside = {ctx.plan.boundaries[b].name.casefold() for b in ctx.dp_boundaries[i]}
    if not covered & inside:
        where = (
            ", ".join(ctx.plan.boundaries[b].name for b in ctx.dp_boundaries[i])
            or "no boundary of the plan"
        )
        yield Hit(
            f"distribution_points[{i}].pulls_from",
            f"{dp.name}: pulls from protected DP {source.name}, whose protected "
            f"boundaries do not include the branch DP (it sits in {where})",
        )


@check("DP010", Scope.DP)
def protected_without_boundaries(ctx: PlanContext, i: int) -> Iterator[Hit]:
    dp = _dp(ctx, i)
    if dp.protected and not dp.protected_boundaries:
        yield Hit(
            f"distribution_points[{i}].protected_boundaries",
            f"{dp.name}: protected, but with no boundary, so it serves no client",
        )


@check("DP011", Scope.DP)
def mobile_in_mixed_mode(ctx: PlanContext, i: int) -> Iterator[Hit]:
    """Only mixed mode asks for anonymous connections; native mode serves devices as it is."""
    dp = _dp(ctx, i)
    if dp.mobile_device_support and ctx.plan.site.security_mode is SecurityMode.MIXED:
        yield Hit(
            f"distribution_points[{i}].mobile_device_support",
            f"{dp.name}: mobile devices on a mixed-mode site: select Allow clients to "
            "connect anonymously",
        )


@check("DP012", Scope.DP)
def webdav_on_2008(ctx: PlanContext, i: int) -> Iterator[Hit]:
    dp = _dp(ctx, i)
    if dp.bits_enabled and dp.os in (
        WindowsVersion.WINDOWS_SERVER_2008,
        WindowsVersion.WINDOWS_SERVER_2008_R2,
    ):
        yield Hit(
            f"distribution_points[{i}].bits_enabled",
            f"{dp.name}: BITS-enabled on {dp.os.value}: add WebDAV to IIS by hand",
        )
