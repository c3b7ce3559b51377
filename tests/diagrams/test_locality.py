"""What the locality map draws: boundaries fast or slow, local/remote/unavailable DPs, and
the boundaries where clients get no content, with the 8-hour fallback note."""

from __future__ import annotations

import pytest

from cmplanner.demo import demo_plan
from cmplanner.diagrams.locality import layout_locality
from cmplanner.diagrams.shapes import Role
from cmplanner.model import Plan

pytestmark = pytest.mark.core


def chips(diagram, boundary: str, role: Role) -> set[str]:  # type: ignore[no-untyped-def]
    prefix = f"boundary:{boundary}:{role.value}:"
    return {s.key[len(prefix) :] for s in diagram.shapes if s.key.startswith(prefix)}


def all_protected() -> Plan:
    plan = demo_plan()
    for dp in plan.distribution_points:
        dp.protected = True
    return plan


def test_each_boundary_and_the_outside_get_a_row() -> None:
    diagram = layout_locality(demo_plan())
    rows = {
        s.key: s for s in diagram.shapes if s.key.startswith("boundary:") and s.key.count(":") == 1
    }
    assert set(rows) == {
        "boundary:Amsterdam HQ clients",
        "boundary:Amsterdam datacenter",
        "boundary:Rotterdam branch",
        "boundary:(outside)",
    }
    assert rows["boundary:Amsterdam HQ clients"].role is Role.BOUNDARY_FAST
    assert rows["boundary:Rotterdam branch"].role is Role.BOUNDARY_SLOW
    assert rows["boundary:(outside)"].role is Role.BOUNDARY_OUTSIDE


def test_local_remote_and_unavailable_follow_the_locality_table() -> None:
    diagram = layout_locality(demo_plan())
    assert chips(diagram, "Amsterdam HQ clients", Role.CHIP_LOCAL) == {"AMS-DP02"}
    assert chips(diagram, "Amsterdam HQ clients", Role.CHIP_UNAVAILABLE) == {"RTM-BDP01"}
    assert chips(diagram, "Amsterdam datacenter", Role.CHIP_LOCAL) == {
        "AMS-SCCM01",
        "AMS-FS01 share",
    }
    # A slow boundary sees every DP it may use as remote, even the one inside it.
    assert chips(diagram, "Rotterdam branch", Role.CHIP_LOCAL) == set()
    assert "RTM-BDP01" in chips(diagram, "Rotterdam branch", Role.CHIP_REMOTE)
    protected = [
        s.text
        for s in diagram.shapes
        if s.key == "boundary:Amsterdam HQ clients:chip_local:AMS-DP02"
    ]
    assert protected == ["AMS-DP02 [P]"]


def test_no_band_when_every_boundary_is_served() -> None:
    diagram = layout_locality(demo_plan())
    assert not diagram.with_role(Role.STARVED)
    assert not any("No DP serves these clients" in text for text in diagram.texts())


def test_starved_boundaries_are_highlighted_first_with_the_fallback_note() -> None:
    diagram = layout_locality(all_protected())
    starved = diagram.with_role(Role.STARVED)
    assert {s.key for s in starved} == {
        "starved:Amsterdam datacenter",
        "starved:(outside every boundary)",
    }
    assert all(s.severity == "error" for s in starved)
    assert diagram.find("mark:Amsterdam datacenter")[0].role is Role.MARK_ERROR
    notes = " ".join(s.text for s in diagram.with_role(Role.NOTE) if s.key.startswith("note:"))
    assert "8 hours" in notes
    served = diagram.find("boundary:Amsterdam HQ clients")[0]
    assert max(s.y for s in starved) < served.y  # the problems come first
    assert "LOC001" in diagram.find("boundary:Amsterdam datacenter")[0].tooltip


def test_long_lists_are_cut_with_a_more_chip_naming_the_rest() -> None:
    from benchmarks.planfactory import large_plan

    plan = large_plan(dps=120, boundaries=40, groups=5, packages=5)
    diagram = layout_locality(plan)
    more = [s for s in diagram.with_role(Role.CHIP_MORE)]
    assert more
    first = more[0]
    assert first.text.startswith("+") and first.text.endswith("more")
    hidden = int(first.text[1:].split()[0])
    assert len(first.tooltip.split(", ")) == min(hidden, 60)
    assert len(diagram.with_role(Role.CHIP_REMOTE)) < 41 * 7


def test_a_large_estate_names_all_remote_boundaries_together() -> None:
    from benchmarks.planfactory import large_plan

    plan = large_plan(dps=100, boundaries=200, groups=4, packages=4)
    diagram = layout_locality(plan)
    rows = {
        s.key[len("boundary:") :]
        for s in diagram.shapes
        if s.key.startswith("boundary:") and s.key.count(":") == 1
    }
    chips = {
        s.key[len("boundary-chip:") :] for s in diagram.shapes if s.key.startswith("boundary-chip:")
    }
    names = {b.name for b in plan.boundaries}
    assert rows - {"(outside)"} | chips == names and not rows & chips  # each shown once
    assert chips and diagram.find("collapsed:fast") and diagram.find("collapsed:slow")
    from cmplanner.rules.locality import locality_table

    local = {row.boundary for row in locality_table(plan) if row.local}
    assert local and local <= rows  # where a DP is local, the full row shows which


def test_capped_rows_keep_the_outside_row_and_name_the_rest() -> None:
    diagram = layout_locality(demo_plan(), max_rows=2)
    rows = {
        s.key for s in diagram.shapes if s.key.startswith("boundary:") and s.key.count(":") == 1
    }
    assert rows == {"boundary:Amsterdam HQ clients", "boundary:(outside)"}
    chips = {s.key for s in diagram.shapes if s.key.startswith("boundary-chip:")}
    assert chips == {"boundary-chip:Amsterdam datacenter", "boundary-chip:Rotterdam branch"}
    assert diagram.find("collapsed:more")[0].text.startswith("2 more boundaries")


def test_a_very_large_estate_counts_the_alike_boundaries_by_kind(monkeypatch) -> None:
    """100,000 boundaries: the ones where no DP is local are a table of counts, not chips."""
    from benchmarks.planfactory import large_plan
    from cmplanner.diagrams import locality

    monkeypatch.setattr(locality, "CHIPS_UP_TO", 5)
    plan = large_plan(dps=100, boundaries=200, groups=4, packages=4)
    diagram = layout_locality(plan)
    assert not [s for s in diagram.shapes if s.key.startswith("boundary-chip:")]
    rows = {
        s.key[len("boundary:") :]
        for s in diagram.shapes
        if s.key.startswith("boundary:") and s.key.count(":") == 1
    }
    counted = 0
    for link in ("fast", "slow"):
        head = diagram.find(f"collapsed:{link}")[0]
        total = int(head.text.split()[0])
        cells = [s for s in diagram.shapes if s.key.startswith(f"collapsed:{link}:")]
        counts = [int(s.text.replace(",", "")) for s in cells if s.key.endswith(":boundaries")]
        assert sum(counts) == total
        kinds = {s.text for s in cells if s.key.endswith(":kind")}
        assert kinds <= {"subnet", "range", "AD site", "IPv6 prefix"} and kinds
        counted += total
    assert counted + len(rows - {"(outside)"}) == len(plan.boundaries)
