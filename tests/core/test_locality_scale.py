"""The locality index and table made fast for 100,000 boundaries give exactly what the plain
way gives: addresses parsed by :mod:`ipaddress`, every boundary looked at for every DP."""

from __future__ import annotations

import ipaddress

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.planfactory import large_plan
from cmplanner.model import Boundary, DistributionPoint, Plan
from cmplanner.rules.engine import validate
from cmplanner.rules.locality import (
    OUTSIDE,
    BoundaryIndex,
    locality_table,
    network_key,
    range_ends,
)

pytestmark = pytest.mark.core


@settings(max_examples=300, deadline=None)
@given(st.ip_addresses(v=4), st.integers(0, 32))
def test_v4_subnets_parse_as_ipaddress_does(address, prefix) -> None:
    value = f"{address}/{prefix}"
    net = ipaddress.IPv4Network(value, strict=False)
    assert network_key(value, 4) == (int(net.network_address), net.prefixlen)


@settings(max_examples=300, deadline=None)
@given(st.ip_addresses(v=6), st.integers(0, 128), st.booleans())
def test_v6_prefixes_parse_as_ipaddress_does(address, prefix, exploded) -> None:
    text = address.exploded if exploded else address.compressed
    value = f"{text}/{prefix}"
    net = ipaddress.IPv6Network(value, strict=False)
    assert network_key(value, 6) == (int(net.network_address), net.prefixlen)


@pytest.mark.parametrize(
    ("value", "version"),
    [
        ("10.0.0.0/255.255.0.0", 4),  # a netmask instead of a length
        ("10.1.2.3", 4),  # no length: one address
        ("::ffff:10.0.0.1/120", 6),  # IPv4 inside IPv6
        ("2001:DB8::/32", 6),  # capitals
        ("2001:db8:0:0:0:0:0:1/128", 6),
        ("::/0", 6),
    ],
)
def test_unusual_spellings_give_what_ipaddress_gives(value: str, version: int) -> None:
    net = ipaddress.ip_network(value, strict=False)
    assert network_key(value, version) == (int(net.network_address), net.prefixlen)


def test_ranges_parse_as_the_model_does() -> None:
    for value in ("10.0.0.1-10.0.0.9", " 10.0.0.1 - 10.0.1.0 ", "0.0.0.0-255.255.255.255"):
        start, end = Boundary(name="r", type="ip_range", value=value).ip_range()
        assert range_ends(value) == (int(start), int(end))


def reference_containing(boundaries: list[Boundary], dp: DistributionPoint) -> list[int]:
    """Every boundary tested against the DP, with ipaddress: slow and plainly right."""
    found = []
    address = dp.address()
    for i, boundary in enumerate(boundaries):
        if boundary.type.value == "ad_site":
            if dp.ad_site and dp.ad_site.casefold() == boundary.value.casefold():
                found.append(i)
        elif address is None:
            continue
        elif boundary.type.value == "ip_range":
            if address.version == 4:
                start, end = boundary.ip_range()
                if start <= address <= end:
                    found.append(i)
        elif address.version == boundary.network().version and address in boundary.network():
            found.append(i)
    return found


def mixed_plan() -> Plan:
    """The benchmark estate, small, plus boundaries written every way and DPs inside them."""
    plan = large_plan(dps=120, boundaries=1200, groups=6, packages=10, seed=11)
    plan.boundaries += [
        Boundary(name="all v4", type="ip_subnet", value="0.0.0.0/0"),
        Boundary(name="netmask", type="ip_subnet", value="10.0.0.0/255.255.0.0"),
        Boundary(name="one host", type="ip_subnet", value="10.0.3.17/32"),
        Boundary(name="wide range", type="ip_range", value="10.0.0.0-10.255.255.255"),
        Boundary(name="v6 caps", type="ipv6_prefix", value="2001:DB8:1::/48"),
        Boundary(name="v6 long", type="ipv6_prefix", value="2001:db8:1:0:0:0:0:0/64"),
        Boundary(name="Site Case", type="ad_site", value="site-00002"),
    ]
    plan.distribution_points += [
        DistributionPoint(name="V6-DP", server="v6.example", ip_address="2001:db8:1::5"),
        DistributionPoint(name="HOST-DP", server="h.example", ip_address="10.0.3.17"),
    ]
    return plan


def test_the_index_finds_what_looking_at_every_boundary_finds() -> None:
    plan = mixed_plan()
    index = BoundaryIndex(plan.boundaries)
    hits = 0
    for dp in plan.distribution_points:
        expected = reference_containing(plan.boundaries, dp)
        assert index.containing(dp) == expected, dp.name
        hits += len(expected)
    assert hits > len(plan.distribution_points)  # the plan does put DPs in boundaries


def reference_row(
    plan: Plan, b: int, within: list[list[int]]
) -> tuple[list[str], list[str], list[str], list[str]]:
    """One boundary's row by the seed's rule, DP by DP (``within``: each DP's boundaries)."""
    boundary = plan.boundaries[b]
    inside = {d for d in range(len(plan.distribution_points)) if b in within[d]}
    if boundary.connection.value != "fast":
        inside = set()
    dps = plan.distribution_points
    serving = [
        d
        for d, dp in enumerate(dps)
        if dp.protected
        and boundary.name.casefold() in {n.casefold() for n in dp.protected_boundaries}
    ]
    if serving:
        return (
            [dps[d].name for d in serving if d in inside],
            [dps[d].name for d in serving if d not in inside],
            [dp.name for dp in dps if not dp.protected],
            [dp.name for d, dp in enumerate(dps) if dp.protected and d not in serving],
        )
    local = [dps[d].name for d in sorted(inside) if not dps[d].protected]
    remote = [dp.name for d, dp in enumerate(dps) if not dp.protected and (d not in inside)]
    if not local:
        remote = [dp.name for dp in dps if not dp.protected]
    return local, remote, [], [dp.name for dp in dps if dp.protected]


def test_the_table_says_per_boundary_what_the_rule_says() -> None:
    plan = mixed_plan()
    plan.boundaries = plan.boundaries[::3]  # the reference is slow: fewer rows
    rows = locality_table(plan)
    within = [reference_containing(plan.boundaries, dp) for dp in plan.distribution_points]
    assert len(rows) == len(plan.boundaries) + 1 and rows[-1].boundary == OUTSIDE
    plain = 0
    for b, row in enumerate(rows[:-1]):
        got = (row.local, row.remote, row.fallback, row.unavailable)
        assert got == reference_row(plan, b, within), row.boundary
        assert row.plain == (not row.local and not row.fallback)
        plain += row.plain
    assert 0 < plain < len(rows) - 1


def test_slow_boundaries_are_each_a_finding_of_their_own() -> None:
    plan = mixed_plan()
    found = [f.subject for f in validate(plan) if f.rule == "LOC004"]
    slow = [f"boundaries[{b}]" for b, x in enumerate(plan.boundaries) if x.connection == "slow"]
    assert sorted(found) == sorted(slow) and slow
