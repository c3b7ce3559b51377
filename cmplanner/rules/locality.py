"""Which DPs a client in each boundary sees as local, remote, or cannot use at all.

Seed "Remote Distribution Points in ConfigMgr 2007": a client inside a *fast* boundary sees the
DPs in that same boundary as local and every other DP as remote; a client outside every
boundary sees every DP as remote. A protected DP serves only clients inside its protected
boundaries. The index answers "which boundaries contain this address" without scanning all
boundaries, so a plan of thousands of boundaries stays fast.
"""

from __future__ import annotations

import bisect
import ipaddress
from dataclasses import dataclass, field

from cmplanner.model.boundaries import Boundary, BoundaryType, Connection
from cmplanner.model.distribution import DistributionPoint
from cmplanner.model.plan import Plan


class BoundaryIndex:
    """Lookup from an address or AD site to the boundaries (by position) that contain it."""

    def __init__(self, boundaries: list[Boundary]) -> None:
        self._v4: dict[tuple[int, int], list[int]] = {}
        self._v6: dict[tuple[int, int], list[int]] = {}
        self._v4_lengths: set[int] = set()
        self._v6_lengths: set[int] = set()
        self._ad_sites: dict[str, list[int]] = {}
        ranges: list[tuple[int, int, int]] = []
        for i, boundary in enumerate(boundaries):
            if boundary.type is BoundaryType.AD_SITE:
                self._ad_sites.setdefault(boundary.value.casefold(), []).append(i)
            elif boundary.type is BoundaryType.IP_RANGE:
                start, end = boundary.ip_range()
                ranges.append((int(start), int(end), i))
            else:
                net = boundary.network()
                table, lengths = (
                    (self._v4, self._v4_lengths)
                    if net.version == 4
                    else (self._v6, self._v6_lengths)
                )
                table.setdefault((int(net.network_address), net.prefixlen), []).append(i)
                lengths.add(net.prefixlen)
        ranges.sort()
        self._range_starts = [r[0] for r in ranges]
        self._ranges = ranges
        # The longest range bounds how far back a containing range can start.
        self._max_span = max((r[1] - r[0] for r in ranges), default=0)

    def containing(self, dp: DistributionPoint) -> list[int]:
        """Positions of every boundary that holds the DP's address or AD site."""
        return self.containing_place(dp.address(), dp.ad_site)

    def containing_place(
        self,
        address: ipaddress.IPv4Address | ipaddress.IPv6Address | None,
        ad_site: str | None,
    ) -> list[int]:
        """Positions of every boundary that holds this address or AD site (a DP's, or a
        client's as its logs give them)."""
        found: list[int] = []
        if ad_site:
            found.extend(self._ad_sites.get(ad_site.casefold(), ()))
        if address is not None:
            value = int(address)
            bits = address.max_prefixlen
            table, lengths = (
                (self._v4, self._v4_lengths)
                if address.version == 4
                else (self._v6, self._v6_lengths)
            )
            for length in lengths:
                key = ((value >> (bits - length)) << (bits - length), length)
                found.extend(table.get(key, ()))
            if address.version == 4 and self._ranges:
                hi = bisect.bisect_right(self._range_starts, value)
                lo = bisect.bisect_left(self._range_starts, value - self._max_span)
                found.extend(i for start, end, i in self._ranges[lo:hi] if start <= value <= end)
        return sorted(set(found))


@dataclass
class LocalityRow:
    """What clients in one boundary (or outside every boundary) see.

    ``local`` and ``remote`` are the DPs the management point offers them. When a protected
    DP is protected with the boundary, only protected DPs are offered, and the unprotected
    ones are ``fallback``: used only if the advertisement allows fallback, and only after
    the protected DP has been offline or unprovisioned for more than 8 hours.
    ``unavailable`` are protected with other boundaries. Rows may share their lists: read
    them, never change them.
    """

    boundary: str
    connection: str
    local: list[str] = field(default_factory=list)
    remote: list[str] = field(default_factory=list)
    fallback: list[str] = field(default_factory=list)
    unavailable: list[str] = field(default_factory=list)

    @property
    def starved(self) -> bool:
        """No DP at all will serve these clients."""
        return not self.local and not self.remote


OUTSIDE = "(outside every boundary)"


def locality_table(
    plan: Plan, index: BoundaryIndex | None = None, memberships: list[list[int]] | None = None
) -> list[LocalityRow]:
    """One row per boundary plus one for clients outside every boundary.

    Rows list every DP, so the work is per row, not per (boundary, DP) pair: the DPs a
    boundary changes (those inside it, those protected with it) are few; the long lists of
    unprotected and protected DPs are shared between rows.
    """
    index = index or BoundaryIndex(plan.boundaries)
    if memberships is None:
        memberships = [index.containing(dp) for dp in plan.distribution_points]
    dps = plan.distribution_points
    dps_in: dict[int, list[int]] = {}
    for dp_pos, boundary_positions in enumerate(memberships):
        for b in boundary_positions:
            dps_in.setdefault(b, []).append(dp_pos)
    protected_with: dict[str, list[int]] = {}
    for d, dp in enumerate(dps):
        if dp.protected:
            for name in dict.fromkeys(n.casefold() for n in dp.protected_boundaries):
                protected_with.setdefault(name, []).append(d)
    names = [dp.name for dp in dps]
    unprotected_at = [d for d, dp in enumerate(dps) if not dp.protected]
    protected_at = [d for d, dp in enumerate(dps) if dp.protected]
    unprotected = [names[d] for d in unprotected_at]
    protected = [names[d] for d in protected_at]
    rows = []
    for b, boundary in enumerate(plan.boundaries):
        row = LocalityRow(boundary.name, boundary.connection.value)
        inside = set(dps_in.get(b, ())) if boundary.connection is Connection.FAST else set()
        serving = protected_with.get(boundary.name.casefold())
        if serving:
            row.local = [names[d] for d in serving if d in inside]
            row.remote = [names[d] for d in serving if d not in inside]
            row.fallback = unprotected
            chosen = set(serving)
            row.unavailable = [names[d] for d in protected_at if d not in chosen]
        else:
            local = [d for d in sorted(inside) if not dps[d].protected]
            row.local = [names[d] for d in local]
            row.remote = (
                [names[d] for d in unprotected_at if d not in inside] if local else unprotected
            )
            row.unavailable = protected
        rows.append(row)
    rows.append(LocalityRow(OUTSIDE, "none", remote=unprotected, unavailable=protected))
    return rows
