"""The plan's pictures as SVG text for the runbooks (HTML embeds them, PDF prints them)."""

from __future__ import annotations

from collections.abc import Iterable

from cmplanner.diagrams.locality import layout_locality
from cmplanner.diagrams.topology import layout_topology
from cmplanner.model.plan import Plan
from cmplanner.render.diagrams.export import diagram_svg
from cmplanner.rules.finding import Finding

# A printed page holds about three DP columns side by side, and one locality row.
PRINT_TOPOLOGY_COLUMNS = 3
PRINT_LOCALITY_COLUMNS = 1


def figures_for(plan: Plan, findings: Iterable[Finding] | None = None,
                kinds: Iterable[str] = ("topology", "locality")) -> dict[str, str]:
    """``{"topology": svg, "locality": svg}`` laid out for a page; findings are computed
    once when not given."""
    if findings is None:
        from cmplanner.rules.engine import validate

        findings = validate(plan)
    findings = list(findings)
    figures: dict[str, str] = {}
    for kind in kinds:
        if kind == "topology" and plan.distribution_points:
            figures[kind] = diagram_svg(layout_topology(plan, findings,
                                                        max_columns=PRINT_TOPOLOGY_COLUMNS))
        elif kind == "locality" and (plan.boundaries or plan.distribution_points):
            figures[kind] = diagram_svg(layout_locality(plan, findings,
                                                        max_columns=PRINT_LOCALITY_COLUMNS))
    return figures
