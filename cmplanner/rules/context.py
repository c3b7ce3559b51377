"""What the checks need to know about a plan, computed once and updated per edit.

Checks read the plan through this context so that lookups (a DP by name, the boundaries a DP
sits in, the packages sent to a group) cost one dictionary access instead of a scan.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from cmplanner.model.distribution import DistributionPoint, TargetKind
from cmplanner.model.plan import Plan
from cmplanner.model.site import SiteVersion
from cmplanner.rules.locality import BoundaryIndex


@dataclass
class PlanContext:
    plan: Plan
    dp_by_name: dict[str, int] = field(default_factory=dict)
    boundary_by_name: dict[str, int] = field(default_factory=dict)
    group_by_name: dict[str, int] = field(default_factory=dict)
    package_by_id: dict[str, int] = field(default_factory=dict)
    boundary_index: BoundaryIndex | None = None
    dp_boundaries: list[list[int]] = field(default_factory=list)
    group_sends: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    dp_sends: dict[str, set[int]] = field(default_factory=dict)
    memberships: dict[str, list[tuple[str, datetime]]] = field(default_factory=dict)
    _held: dict[str, set[int]] = field(default_factory=dict)
    unprotected_dps: int = 0
    bits_standard_dps: list[str] = field(default_factory=list)
    protected_boundaries: set[str] = field(default_factory=set)

    @classmethod
    def build(cls, plan: Plan) -> PlanContext:
        ctx = cls(plan)
        ctx.boundary_by_name = _positions(b.name for b in plan.boundaries)
        ctx.group_by_name = _positions(g.name for g in plan.dp_groups)
        ctx.package_by_id = _positions(p.package_id for p in plan.packages)
        ctx.boundary_index = BoundaryIndex(plan.boundaries)
        ctx.dp_boundaries = [ctx.boundary_index.containing(dp) for dp in plan.distribution_points]
        ctx.refresh_packages()
        ctx.refresh_dps()
        return ctx

    @property
    def version(self) -> SiteVersion:
        return self.plan.site.version

    def refresh_dps(self, changed: int | None = None) -> None:
        """Recompute what depends on DPs; only ``changed`` needs its boundaries looked up."""
        dps = self.plan.distribution_points
        self.dp_by_name = _positions(dp.name for dp in dps)
        if changed is not None and self.boundary_index is not None:
            if len(self.dp_boundaries) != len(dps):
                self.dp_boundaries = [self.boundary_index.containing(dp) for dp in dps]
            else:
                self.dp_boundaries[changed] = self.boundary_index.containing(dps[changed])
        self.unprotected_dps = sum(1 for dp in dps if not dp.protected)
        self.bits_standard_dps = [dp.name for dp in dps if dp.standard and dp.bits_enabled]
        self.protected_boundaries = {
            name.casefold() for dp in dps if dp.protected for name in dp.protected_boundaries
        }

    def refresh_packages(self) -> None:
        """Index each send: group name -> [(package, send)], DP name -> {package}."""
        group_sends: dict[str, list[tuple[int, int]]] = defaultdict(list)
        dp_sends: dict[str, set[int]] = defaultdict(set)
        for p, package in enumerate(self.plan.packages):
            for s, send in enumerate(package.sent):
                if send.target_kind is TargetKind.GROUP:
                    group_sends[send.target.casefold()].append((p, s))
                else:
                    dp_sends[send.target.casefold()].add(p)
        self.group_sends = dict(group_sends)
        self.dp_sends = dict(dp_sends)
        memberships: dict[str, list[tuple[str, datetime]]] = defaultdict(list)
        for group in self.plan.dp_groups:
            for member in group.members:
                memberships[member.dp.casefold()].append((group.name.casefold(), member.joined))
        self.memberships = dict(memberships)
        self._held = {}

    def packages_held(self, dp_name: str) -> set[int]:
        """Packages (by position) a DP received: sent to it directly, or sent to a group while
        it was a member. Groups never push earlier packages to a DP that joins later."""
        key = dp_name.casefold()
        held = self._held.get(key)
        if held is None:
            held = set(self.dp_sends.get(key, ()))
            for group, joined in self.memberships.get(key, ()):
                held.update(
                    p
                    for p, s in self.group_sends.get(group, ())
                    if self.plan.packages[p].sent[s].sent >= joined
                )
            self._held[key] = held
        return held

    def dp(self, name: str | None) -> tuple[int, DistributionPoint] | None:
        """A DP by name (case-insensitive) with its position."""
        if not name:
            return None
        pos = self.dp_by_name.get(name.casefold())
        if pos is None:
            return None
        return pos, self.plan.distribution_points[pos]


def _positions(names: Iterable[str]) -> dict[str, int]:
    """Name -> first position, case-insensitive (duplicates are a rule of their own)."""
    table: dict[str, int] = {}
    for i, name in enumerate(names):
        table.setdefault(name.casefold(), i)
    return table


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
