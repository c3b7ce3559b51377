"""What the topology layout draws: DPs, badges, pull arrows, group tags and finding marks."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmplanner.demo import demo_plan
from cmplanner.diagrams.shapes import Diagram, Kind, Role, Shape
from cmplanner.diagrams.topology import layout_topology
from cmplanner.model import DistributionPoint, Plan
from cmplanner.model.planfile import load_plan

pytestmark = pytest.mark.core

NODE_ROLES = (Role.DP, Role.BRANCH_DP, Role.SHARE_DP)


def node(diagram: Diagram, name: str) -> Shape:
    (found,) = diagram.find(f"dp:{name}")
    return found


def nodes(diagram: Diagram) -> list[Shape]:
    return [s for s in diagram.shapes if s.role in NODE_ROLES and s.key.startswith("dp:")]


def badges(diagram: Diagram, name: str) -> set[str]:
    return {s.text for s in diagram.shapes if s.key.startswith(f"badge:{name}:")}


def overlaps(a: Shape, b: Shape) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


@pytest.fixture
def branch_plan(data_dir: Path) -> Plan:
    return load_plan(data_dir / "diagrams" / "branch_chains.cmplan")


def test_every_demo_dp_is_drawn_with_its_kind_of_shape() -> None:
    diagram = layout_topology(demo_plan())
    assert {s.key for s in nodes(diagram)} == {
        "dp:AMS-SCCM01",
        "dp:AMS-DP02",
        "dp:RTM-BDP01",
        "dp:AMS-FS01 share",
    }
    assert node(diagram, "AMS-SCCM01").kind is Kind.RECT
    assert node(diagram, "RTM-BDP01").role is Role.BRANCH_DP
    assert node(diagram, "RTM-BDP01").kind is Kind.OCTAGON
    assert node(diagram, "AMS-FS01 share").role is Role.SHARE_DP
    assert {s.key for s in diagram.with_role(Role.SITE)} == {"site"}


def test_settings_become_badges() -> None:
    diagram = layout_topology(demo_plan())
    assert badges(diagram, "AMS-SCCM01") == {
        "Server",
        "Standard",
        "BITS",
        "Multicast",
        "PXE",
        "Site server",
    }
    assert badges(diagram, "AMS-DP02") == {"Server", "Standard", "BITS", "Protected", "Mobile"}
    assert badges(diagram, "RTM-BDP01") >= {"Branch", "Protected", "Often off"}
    assert badges(diagram, "AMS-FS01 share") == {"Share", "Multicast"}


def test_dps_with_findings_are_marked_and_carry_the_finding() -> None:
    diagram = layout_topology(demo_plan())
    for name in ("AMS-FS01 share", "RTM-BDP01"):
        assert node(diagram, name).severity == "error"
        (mark,) = diagram.find(f"mark:{name}")
        assert mark.role is Role.MARK_ERROR and mark.kind is Kind.ELLIPSE and mark.text == "!"
    for name in ("AMS-SCCM01",):
        assert node(diagram, name).severity == "warning"
        (mark,) = diagram.find(f"mark:{name}")
        assert mark.role is Role.MARK_WARNING and mark.kind is Kind.TRIANGLE
    # a native-mode DP with mobile device support is fine as it is (DP011 is mixed mode only)
    assert node(diagram, "AMS-DP02").severity == ""
    assert "DP001" in node(diagram, "AMS-FS01 share").tooltip
    assert "Multicast" in node(diagram, "AMS-FS01 share").tooltip
    # A finding about a group member is about that DP too (GRP001 on RTM-BDP01).
    assert "GRP001" in node(diagram, "RTM-BDP01").tooltip


def test_a_dp_without_findings_is_not_marked(branch_plan: Plan) -> None:
    diagram = layout_topology(branch_plan)
    assert node(diagram, "HQ-BDP1").severity == ""
    assert not diagram.find("mark:HQ-BDP1")
    assert node(diagram, "DEPOT-BDP").severity == "error"


def test_no_findings_means_no_marks_at_all() -> None:
    diagram = layout_topology(demo_plan(), findings=[])
    assert not diagram.with_role(Role.MARK_ERROR) and not diagram.with_role(Role.MARK_WARNING)
    assert all(s.severity == "" for s in nodes(diagram))


def test_branch_dps_point_at_the_dp_they_pull_from(branch_plan: Plan) -> None:
    diagram = layout_topology(branch_plan)
    source = node(diagram, "HQ-SCCM")
    for name in ("HQ-BDP1", "HQ-BDP2"):  # HQ-BDP2 names its source in lower case
        (arrow,) = diagram.find(f"pull:{name}")
        end_x, end_y = arrow.points[-1]
        assert end_y == source.bottom and source.x <= end_x <= source.right
        start_x, start_y = arrow.points[0]
        child = node(diagram, name)
        assert start_x == child.x and child.y <= start_y <= child.bottom
        assert child.y > source.bottom


def test_a_missing_source_is_drawn_as_missing(branch_plan: Plan) -> None:
    diagram = layout_topology(branch_plan)
    (ghost,) = diagram.find("missing:OLD-DP")
    assert ghost.role is Role.MISSING_DP
    (arrow,) = diagram.find("pull:DEPOT-BDP")
    assert arrow.points[-1][1] == ghost.bottom


def test_group_tags_and_legend(branch_plan: Plan) -> None:
    diagram = layout_topology(demo_plan())
    tags = {s.key for s in diagram.with_role(Role.GROUP_CHIP) if s.key.startswith("group:")}
    assert "group:AMS-SCCM01:G1" in tags and "group:AMS-SCCM01:G2" in tags
    assert "group:AMS-FS01 share:G1" not in tags
    (g2,) = diagram.find("legend:group:G2")
    assert g2.severity == "warning" and "GRP002" in g2.tooltip  # groups do not balance load
    assert any("OSD load balancing" in text for text in diagram.texts())


def test_names_are_kept_as_text(branch_plan: Plan) -> None:
    diagram = layout_topology(branch_plan)
    assert "<script>" in set(diagram.texts())


def test_300_dps_stay_readable_without_overlap() -> None:
    from benchmarks.planfactory import large_plan

    plan = large_plan(dps=300, boundaries=400, groups=30, packages=40)
    diagram = layout_topology(plan)
    drawn = nodes(diagram)
    assert len(drawn) == 300
    drawn.sort(key=lambda s: (s.x, s.y))
    for i, a in enumerate(drawn):
        for b in drawn[i + 1 :]:
            if b.x >= a.right:
                break
            assert not overlaps(a, b), (a.key, b.key)
    assert all(s.right <= diagram.width and s.bottom <= diagram.height for s in drawn)
    assert 0.6 < diagram.width / diagram.height < 4  # wrapped into columns, not one long strip
    assert len({round(s.x) for s in drawn if s.role is not Role.BRANCH_DP}) > 5


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.booleans(), st.integers(min_value=-1, max_value=7)), min_size=1, max_size=8
    )
)
def test_any_pull_graph_draws_each_dp_once(spec: list[tuple[bool, int]]) -> None:
    """Branch DPs pulling from each other in loops, from themselves or from nothing."""
    dps = [
        DistributionPoint(
            name=f"DP{i}",
            branch=branch,
            pulls_from=(f"DP{src}" if src >= 0 else None) if branch else None,
        )
        for i, (branch, src) in enumerate(spec)
    ]
    diagram = layout_topology(Plan(distribution_points=dps), findings=[])
    keys = [s.key for s in nodes(diagram)]
    assert sorted(keys) == sorted(f"dp:DP{i}" for i in range(len(spec)))
    drawn = nodes(diagram)
    for i, a in enumerate(drawn):
        for b in drawn[i + 1 :]:
            assert not overlaps(a, b)


def test_dps_with_errors_are_listed_first() -> None:
    diagram = layout_topology(demo_plan())
    index = [s for s in diagram.shapes if s.key.startswith("error-index:")]
    assert [s.text for s in index] == ["RTM-BDP01", "AMS-FS01 share"]
    assert all(s.severity == "error" and "ERROR" in s.tooltip for s in index)
    site = diagram.find("site")[0]
    assert max(s.bottom for s in index) < site.y
    assert not [
        s
        for s in layout_topology(demo_plan(), findings=[]).shapes
        if s.key.startswith("error-index:")
    ]


def test_a_capped_picture_draws_the_worst_dps_and_names_the_rest() -> None:
    diagram = layout_topology(demo_plan(), max_blocks=1)
    drawn = {s.key[3:] for s in nodes(diagram)}
    named = {
        s.key[len("not-drawn:") :]: s for s in diagram.shapes if s.key.startswith("not-drawn:")
    }
    # the one block drawn is the first with an error: AMS-DP02 with its branch DP
    assert drawn == {"AMS-DP02", "RTM-BDP01"}
    assert set(named) == {"AMS-SCCM01", "AMS-FS01 share"}
    assert (
        named["AMS-FS01 share"].severity == "error" and "DP001" in named["AMS-FS01 share"].tooltip
    )
    assert diagram.find("not-drawn")[0].text.startswith("2 more DPs")
    assert not [
        s
        for s in layout_topology(demo_plan(), max_blocks=3).shapes
        if s.key.startswith("not-drawn")
    ]


def test_capped_large_plan_shows_every_dp_once() -> None:
    from benchmarks.planfactory import large_plan

    plan = large_plan(dps=120, boundaries=60, groups=6, packages=6)
    diagram = layout_topology(plan, max_blocks=15, max_columns=3)
    drawn = [s.key[3:] for s in nodes(diagram)]
    named = [
        s.key[len("not-drawn:") :]
        for s in diagram.shapes
        if s.key.startswith("not-drawn:") and s.key != "not-drawn:more"
    ]
    assert sorted(drawn + named) == sorted(dp.name for dp in plan.distribution_points)
    assert diagram.width < 1000
