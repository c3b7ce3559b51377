"""Topology of the 1,000-DP benchmark plan: validated, laid out and exported as SVG.

Target (issue: diagrams): under 2 s for validation, layout, scene and SVG export together.
The locality map of the 100,000-boundary estate (``estate``): under 5 s.
Baseline, same run: a QSvgGenerator export of a scene holding as many plain rectangles as the
topology has shapes, so the ratio says what the layout, text and styling cost beyond drawing
that many boxes. (A DP and its labels and badges are one scene item: fewer, larger items.)
"""

from __future__ import annotations

import os
import time

from planfactory import large_plan
from timing import best_of, report

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QGraphicsScene

from cmplanner.diagrams.topology import layout_topology
from cmplanner.render.diagrams import build_scene, scene_svg
from cmplanner.render.qtapp import ensure_app
from cmplanner.rules.engine import validate


def plain_rectangles(count: int) -> str:
    scene = QGraphicsScene()
    for i in range(count):
        scene.addRect((i % 100) * 30.0, (i // 100) * 20.0, 24.0, 14.0)
    scene.setSceneRect(0, 0, 3000, (count // 100 + 1) * 20.0)
    return scene_svg(scene)


def main() -> None:
    ensure_app()
    plan = large_plan()
    findings = validate(plan)
    diagram = layout_topology(plan, findings)
    shapes = len(diagram.shapes)

    def whole() -> str:
        return scene_svg(build_scene(layout_topology(plan)), diagram.title)

    total = best_of(whole, runs=3)
    baseline = best_of(lambda: plain_rectangles(shapes), runs=3)
    report(
        "topology of 1,000 DPs: validate + layout + scene + SVG",
        total,
        2.0,
        f"SVG of {shapes} plain rectangles",
        baseline,
    )
    start = time.perf_counter()
    layout = layout_topology(plan, findings)
    laid = time.perf_counter() - start
    start = time.perf_counter()
    scene = build_scene(layout)
    drawn = time.perf_counter() - start
    start = time.perf_counter()
    svg = scene_svg(scene)
    exported = time.perf_counter() - start
    print(
        f"  one run: layout {laid * 1000:.0f} ms, scene {drawn * 1000:.0f} ms, "
        f"SVG {exported * 1000:.0f} ms; {shapes} shapes, {len(scene.items())} items, "
        f"{len(svg) / 1e6:.1f} MB SVG, picture {diagram.width:.0f} x {diagram.height:.0f} px"
    )


def estate() -> None:
    """The locality map of the 100,000-boundary estate: validate + layout + scene + SVG,
    under 5 s (issue: responsive at any size), in a fresh process with its peak memory."""
    from timing import estate_report, estate_task

    base = estate_task("plan.model_dump()")
    setup = (
        "from cmplanner.diagrams.locality import layout_locality; "
        "from cmplanner.render.diagrams import build_scene, scene_svg; "
        "from cmplanner.render.qtapp import ensure_app; ensure_app()"
    )
    got = estate_task("scene_svg(build_scene(layout_locality(plan)))", setup=setup)
    estate_report(
        "locality map of 1,000 DPs / 100,000 boundaries: validate + layout + scene + SVG",
        got,
        5.0,
        base,
    )


if __name__ == "__main__":
    import sys

    what = set(sys.argv[1:]) or {"large", "estate"}
    if "large" in what:
        main()
    if "estate" in what:
        estate()
