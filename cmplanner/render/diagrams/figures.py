"""The plan's pictures as SVG text for the runbooks (HTML embeds them, PDF prints them)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from cmplanner.diagrams.locality import layout_locality
from cmplanner.diagrams.topology import layout_topology
from cmplanner.model.plan import Plan
from cmplanner.render.diagrams.export import diagram_svg
from cmplanner.rules.finding import Finding

# A printed page holds about three DP columns side by side, and one locality row; a figure
# stays a few pages long: the DPs and boundaries with problems come first, the rest are named.
PRINT_TOPOLOGY_COLUMNS = 3
PRINT_LOCALITY_COLUMNS = 1
PRINT_TOPOLOGY_BLOCKS = 24
PRINT_LOCALITY_ROWS = 30


def figures_for(
    plan: Plan,
    findings: Iterable[Finding] | None = None,
    kinds: Iterable[str] = ("topology", "locality"),
    logs: Sequence[str | Path] = (),
) -> dict[str, str]:
    """``{"topology": svg, "locality": svg}`` laid out for a page, plus ``"timeline"`` when
    smsts.log files are given; findings are computed once when not given."""
    if findings is None:
        from cmplanner.rules.engine import validate

        findings = validate(plan)
    findings = list(findings)
    figures: dict[str, str] = {}
    for kind in kinds:
        if kind == "topology" and plan.distribution_points:
            figures[kind] = diagram_svg(
                layout_topology(
                    plan,
                    findings,
                    max_columns=PRINT_TOPOLOGY_COLUMNS,
                    max_blocks=PRINT_TOPOLOGY_BLOCKS,
                )
            )
        elif kind == "locality" and (plan.boundaries or plan.distribution_points):
            figures[kind] = diagram_svg(
                layout_locality(
                    plan, findings, max_columns=PRINT_LOCALITY_COLUMNS, max_rows=PRINT_LOCALITY_ROWS
                )
            )
    if logs:
        figures.update(timeline_figure(logs))
    return figures


def timeline_figure(logs: Sequence[str | Path]) -> dict[str, str]:
    """``{"timeline": svg}`` of the task sequence the logs show (empty when they show none).
    Logs with no entry at all raise InputError, as ``log analyze`` does."""
    from cmplanner.diagrams.timeline import layout_timeline
    from cmplanner.logs.analysis import analyze_logs, refuse_unreadable

    analysis = analyze_logs(list(logs))
    refuse_unreadable(analysis)
    if not analysis.instructions and analysis.failure is None:
        return {}
    return {"timeline": diagram_svg(layout_timeline(analysis))}
