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
import socket
from dataclasses import dataclass, field

from cmplanner.model.boundaries import Boundary, BoundaryType, Connection
from cmplanner.model.distribution import DistributionPoint
from cmplanner.model.plan import Plan


def _number(text: str, family: int) -> int | None:
    """An address as a number, parsed in C (:mod:`ipaddress` takes ten times as long for
    75,000 boundaries), or None when the C parser does not take it. Every value reaching
    here was already accepted by :mod:`ipaddress` when the plan was read, and for such a
    value both parsers give the same address; anything else goes to :mod:`ipaddress`."""
    try:
        return int.from_bytes(socket.inet_pton(family, text), "big")
    except (OSError, ValueError):
        return None


def network_key(value: str, version: int) -> tuple[int, int]:
    """``(network address, prefix length)`` of a subnet or prefix written ``ADDRESS/N``,
    host bits cleared, exactly as ``ipaddress.ip_network(value, strict=False)`` says."""
    address, slash, prefix = value.partition("/")
    bits = 32 if version == 4 else 128
    number = _number(address, socket.AF_INET if version == 4 else socket.AF_INET6)
    if (
        slash
        and number is not None
        and prefix.isascii()
        and prefix.isdigit()
        and int(prefix) <= bits
    ):
        length = int(prefix)
        return (number >> (bits - length)) << (bits - length), length
    net: ipaddress.IPv4Network | ipaddress.IPv6Network = (
        ipaddress.IPv4Network(value, strict=False)
        if version == 4
        else ipaddress.IPv6Network(value, strict=False)
    )
    return int(net.network_address), net.prefixlen


def range_ends(value: str) -> tuple[int, int]:
    """First and last address of an IPv4 range ``FIRST-LAST`` as numbers."""
    first, _sep, last = value.partition("-")
    start = _number(first.strip(), socket.AF_INET)
    end = _number(last.strip(), socket.AF_INET)
    if start is None or end is None:
        return int(ipaddress.IPv4Address(first.strip())), int(ipaddress.IPv4Address(last.strip()))
    return start, end


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
                start, end = range_ends(boundary.value)
                ranges.append((start, end, i))
            else:
                v4 = boundary.type is BoundaryType.IP_SUBNET
                table, lengths = (
                    (self._v4, self._v4_lengths) if v4 else (self._v6, self._v6_lengths)
                )
                key = network_key(boundary.value, 4 if v4 else 6)
                table.setdefault(key, []).append(i)
                lengths.add(key[1])
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
    #: no DP is local to it and none is protected with it: its clients see what clients
    #: outside every boundary see (a large estate's runbook and map name these together)
    plain: bool = False

    @property
    def starved(self) -> bool:
        """No DP at all will serve these clients."""
        return not self.local and not self.remote


OUTSIDE = "(outside every boundary)"


def locality_table(
    plan: Plan,
    index: BoundaryIndex | None = None,
    memberships: list[list[int]] | None = None,
    plain_counts: dict[str, int] | None = None,
) -> list[LocalityRow]:
    """One row per boundary plus one for clients outside every boundary.

    Rows list every DP, so the work is per row, not per (boundary, DP) pair: the DPs a
    boundary changes (those inside it, those protected with it) are few; the long lists of
    unprotected and protected DPs are shared between rows. With ``plain_counts``, a plain
    row (clients there see what clients outside every boundary see) is only counted there by
    its link speed, not made: a very large estate's runbook prints those as one line.
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
    fast = Connection.FAST
    link = {connection: connection.value for connection in Connection}
    for b, boundary in enumerate(plan.boundaries):
        inside_at = dps_in.get(b) if boundary.connection is fast else None
        serving = protected_with.get(boundary.name.casefold()) if protected_with else None
        if not inside_at and not serving:  # most boundaries of a large estate: no DP there
            if plain_counts is not None:
                key = link[boundary.connection]
                plain_counts[key] = plain_counts.get(key, 0) + 1
                continue
            rows.append(
                LocalityRow(
                    boundary.name,
                    link[boundary.connection],
                    [],
                    unprotected,
                    [],
                    protected,
                    True,
                )
            )
            continue
        row = LocalityRow(boundary.name, link[boundary.connection])
        inside = set(inside_at or ())
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
            row.plain = not local
        if row.plain and plain_counts is not None:
            plain_counts[row.connection] = plain_counts.get(row.connection, 0) + 1
            continue
        rows.append(row)
    rows.append(LocalityRow(OUTSIDE, "none", remote=unprotected, unavailable=protected))
    return rows
