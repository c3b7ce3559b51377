"""Locality (local, remote, no content) and DP group late joiners, on the demo plan."""

from __future__ import annotations

import pytest

from cmplanner.demo import demo_plan
from cmplanner.model import Boundary, DistributionPoint, Plan
from cmplanner.rules.engine import validate
from cmplanner.rules.locality import OUTSIDE, BoundaryIndex, locality_table

pytestmark = pytest.mark.core


def test_demo_locality_table() -> None:
    rows = {row.boundary: row for row in locality_table(demo_plan())}
    hq = rows["Amsterdam HQ clients"]
    # AMS-DP02 is protected with this boundary: only it is offered, the rest is fallback.
    assert (hq.local, hq.remote) == (["AMS-DP02"], [])
    assert hq.fallback == ["AMS-SCCM01", "AMS-FS01 share"]
    assert hq.unavailable == ["RTM-BDP01"]
    datacenter = rows["Amsterdam datacenter"]
    assert datacenter.local == ["AMS-SCCM01", "AMS-FS01 share"]
    assert datacenter.remote == [] and datacenter.fallback == []
    assert datacenter.unavailable == ["AMS-DP02", "RTM-BDP01"]
    rotterdam = rows["Rotterdam branch"]
    assert rotterdam.local == []  # a slow boundary makes every DP remote
    assert rotterdam.remote == ["RTM-BDP01"]
    assert rotterdam.fallback == ["AMS-SCCM01", "AMS-FS01 share"]
    outside = rows[OUTSIDE]
    assert outside.local == [] and set(outside.unavailable) == {"AMS-DP02", "RTM-BDP01"}


def test_client_outside_every_boundary_sees_its_own_dp_as_remote() -> None:
    plan = Plan(distribution_points=[DistributionPoint(name="DP", ip_address="10.0.0.5")])
    (outside,) = locality_table(plan)
    assert outside.boundary == OUTSIDE and outside.remote == ["DP"] and outside.local == []


def test_boundaries_with_no_dp_when_every_dp_is_protected() -> None:
    plan = Plan(
        boundaries=[
            Boundary(name="A", type="ad_site", value="SITE-A"),
            Boundary(name="B", type="ad_site", value="SITE-B"),
        ],
        distribution_points=[
            DistributionPoint(
                name="DP", ad_site="SITE-A", protected=True, protected_boundaries=["A"]
            )
        ],
    )
    rows = {row.boundary: row for row in locality_table(plan)}
    assert rows["B"].starved and not rows["A"].starved
    starved = [f for f in validate(plan) if f.rule == "LOC001"]
    assert [f.subject for f in starved] == ["boundaries[1]"]
    assert "8 hours" in starved[0].message and "8 hours" in starved[0].why


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("10.1.2.3", ["net", "range"]),
        ("10.1.9.9", ["net"]),
        ("10.2.0.1", []),
        ("2001:db8:1::7", ["v6"]),
    ],
)
def test_boundary_index(address: str, expected: list[str]) -> None:
    boundaries = [
        Boundary(name="net", type="ip_subnet", value="10.1.0.0/16"),
        Boundary(name="range", type="ip_range", value="10.1.2.1-10.1.2.50"),
        Boundary(name="v6", type="ipv6_prefix", value="2001:db8:1::/48"),
    ]
    index = BoundaryIndex(boundaries)
    found = index.containing(DistributionPoint(name="x", ip_address=address))
    assert [boundaries[i].name for i in found] == expected


def test_late_joiner_lists_exactly_the_packages_it_missed() -> None:
    findings = [f for f in validate(demo_plan()) if f.rule == "GRP001"]
    assert len(findings) == 1
    (finding,) = findings
    assert finding.subject == "dp_groups[0].members[2]"
    # AMS00003 went to RTM-BDP01 by hand and AMS00004 after it joined: only these two remain.
    assert "AMS00001, AMS00002;" in finding.message
    assert "AMS00003" not in finding.message and "AMS00004" not in finding.message


def test_demo_plan_shows_every_dp_rule_family() -> None:
    families = {f.rule.rstrip("0123456789") for f in validate(demo_plan())}
    assert {"DP", "LOC", "GRP", "VER"} <= families
    rules = {f.rule for f in validate(demo_plan())}
    assert {"DP001", "DP008", "DP009", "LOC002", "GRP001", "GRP002", "VER001"} <= rules


def _two_groups(branch_sent: str, joined: str = "2026-03-02T14:30") -> Plan:
    """RTM-BDP01 joins the big group late, but was in 'Branch DPs' when AMS00001 went there."""
    doc = demo_plan().model_dump(mode="json")
    doc["dp_groups"][0]["members"][2]["joined"] = joined
    doc["dp_groups"].append(
        {"name": "Branch DPs", "members": [{"dp": "RTM-BDP01", "joined": "2026-01-01T00:00"}]}
    )
    doc["packages"][0]["sent"].append(
        {"target_kind": "group", "target": "Branch DPs", "sent": branch_sent}
    )
    return Plan.model_validate(doc)


def test_a_package_received_through_another_group_is_not_missed() -> None:
    (finding,) = [f for f in validate(_two_groups("2026-01-21T10:00")) if f.rule == "GRP001"]
    assert "AMS00002;" in finding.message and "AMS00001" not in finding.message


def test_another_group_counts_only_from_when_the_dp_was_in_it() -> None:
    plan = _two_groups("2025-12-01T10:00")  # sent before RTM-BDP01 joined 'Branch DPs'
    found = {f.subject: f.message for f in validate(plan) if f.rule == "GRP001"}
    assert "AMS00001, AMS00002;" in found["dp_groups[0].members[2]"]
    assert "AMS00001;" in found["dp_groups[2].members[0]"]


def test_times_with_a_zone_compare_with_naive_ones() -> None:
    plan = _two_groups("2026-01-21T10:00", joined="2026-03-02T14:30:00Z")
    assert plan.dp_groups[0].members[2].joined.tzinfo is None
    assert any(f.rule == "GRP001" for f in validate(plan))
