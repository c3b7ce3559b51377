"""A very large estate's locality section: the boundaries that differ, each on its line, and
one line per link speed for every other boundary (they all read the same)."""

from __future__ import annotations

import pytest

from benchmarks.planfactory import large_plan
from cmplanner.rules.context import PlanContext
from cmplanner.rules.locality import locality_table
from cmplanner.runbook import context as runbook_context
from cmplanner.runbook import render_runbook
from cmplanner.runbook.context import locality_lines

pytestmark = pytest.mark.core


@pytest.fixture
def estate():  # type: ignore[no-untyped-def]
    return large_plan(dps=60, boundaries=400, groups=4, packages=4, seed=3)


def test_a_small_estate_lists_every_boundary(estate) -> None:
    lines = locality_lines(estate, PlanContext.build(estate))
    assert [line.boundary for line in lines] == [row.boundary for row in locality_table(estate)]
    assert not any(line.others for line in lines)


def test_above_the_limit_the_alike_boundaries_share_one_line_per_link(estate, monkeypatch) -> None:
    monkeypatch.setattr(runbook_context, "LIST_EVERY_BOUNDARY_UP_TO", 100)
    rows = locality_table(estate)
    lines = locality_lines(estate, PlanContext.build(estate))
    listed = [line.boundary for line in lines if not line.others and line.boundary]
    differ = [row.boundary for row in rows if not row.plain]  # with the outside row
    assert listed == differ
    summary = {line.connection: line for line in lines if line.others}
    assert set(summary) == {"fast", "slow"}
    for link, line in summary.items():
        alike = [r for r in rows[:-1] if r.plain and r.connection == link]
        assert line.others == len(alike)
        assert line.remote.count == len(alike[0].remote) and not line.local.count
        assert line.unavailable.count == len(alike[0].unavailable)
    assert sum(line.others for line in lines) + len(listed) == len(rows)
    markdown = render_runbook(estate, "markdown", ["locality"])
    html = render_runbook(estate, "html", ["locality"])
    for text in (markdown, html):
        fast = f"Every other boundary with a fast link: {summary['fast'].others:,}"
        assert fast in text
        assert all(f"{row.boundary} " not in text for row in rows[:-1] if row.plain)


def test_plain_rows_can_be_counted_instead_of_made(estate) -> None:
    rows = locality_table(estate)
    counts: dict[str, int] = {}
    kept = locality_table(estate, plain_counts=counts)
    assert [r.boundary for r in kept] == [r.boundary for r in rows if not r.plain]
    assert counts == {
        link: sum(1 for r in rows if r.plain and r.connection == link)
        for link in {r.connection for r in rows if r.plain}
    }


def test_naming_every_finding_reads_the_checklist_packs_once(estate, monkeypatch) -> None:
    from cmplanner.rules.engine import validate

    findings = validate(estate)
    assert len(findings) > 50
    calls = []
    real = runbook_context.load_packs
    monkeypatch.setattr(runbook_context, "load_packs", lambda: calls.append(1) or real())
    groups = runbook_context.finding_groups(estate, findings)
    assert sum(len(g.items) for g in groups) == len(findings)
    assert len(calls) == 1
