"""What the Qt scene, the SVG and the PNG hold: the layout's items, labels, tooltips, marks."""

from __future__ import annotations

from pathlib import Path

import pytest
from defusedxml import ElementTree

from cmplanner.demo import demo_plan
from cmplanner.diagrams.locality import layout_locality
from cmplanner.diagrams.topology import layout_topology
from cmplanner.render.diagrams import build_scene, diagram_svg, items_by_key, scene_png
from cmplanner.render.diagrams.scene import ROLE, SEVERITY

pytestmark = pytest.mark.gui

SVG = "{http://www.w3.org/2000/svg}"


def test_scene_items_carry_keys_roles_and_tooltips(qapp: object) -> None:
    diagram = layout_topology(demo_plan())
    scene = build_scene(diagram)
    items = items_by_key(scene)
    (share,) = items["dp:AMS-FS01 share"]
    assert share.data(ROLE) == "share_dp" and share.data(SEVERITY) == "error"
    assert "DP001" in share.toolTip()
    (mark,) = items["mark:AMS-FS01 share"]
    assert mark.data(ROLE) == "mark_error"
    assert mark.texts() == ["!"]
    assert scene.sceneRect().width() == pytest.approx(diagram.width)
    assert len([k for k in items if k.startswith("dp:")]) == 4


def test_error_border_is_thick_and_dashed_warning_dotted(qapp: object) -> None:
    from PySide6.QtCore import Qt

    scene = build_scene(layout_topology(demo_plan()))
    plain_scene = build_scene(layout_topology(demo_plan(), findings=[]))
    items = items_by_key(scene)
    error_pen = items["dp:RTM-BDP01"][0].pen()
    warning_pen = items["dp:AMS-SCCM01"][0].pen()  # VER001 (warning) in the demo
    plain_pen = items_by_key(plain_scene)["dp:AMS-SCCM01"][0].pen()
    assert error_pen.style() == Qt.PenStyle.DashLine and error_pen.widthF() > 3
    assert warning_pen.style() == Qt.PenStyle.DotLine
    assert plain_pen.style() == Qt.PenStyle.SolidLine
    assert error_pen.color() != warning_pen.color() != plain_pen.color()


def test_svg_is_valid_and_holds_the_names_and_marks(qapp: object) -> None:
    svg = diagram_svg(layout_topology(demo_plan()))
    root = ElementTree.fromstring(svg.encode("utf-8"))
    assert root.tag == f"{SVG}svg"
    texts = [t.text.strip() for t in root.iter(f"{SVG}text") if t.text]
    assert {"AMS-SCCM01", "AMS-DP02", "RTM-BDP01", "AMS-FS01 share"} <= set(texts)
    assert texts.count("!") >= 4
    assert root.find(f"{SVG}title").text.startswith("Distribution points")


def test_locality_svg_has_the_fallback_note(qapp: object) -> None:
    plan = demo_plan()
    for dp in plan.distribution_points:
        dp.protected = True
    svg = diagram_svg(layout_locality(plan))
    assert "No DP serves these clients" in svg and "Amsterdam datacenter" in svg


def test_png_is_drawn_at_print_resolution(qapp: object) -> None:
    diagram = layout_topology(demo_plan())
    image = scene_png(build_scene(diagram), dpi=300)
    assert image.width() == pytest.approx(diagram.width * 300 / 96, abs=2)
    assert round(image.dotsPerMeterX() * 0.0254) == 300
    assert image.pixelColor(2, 2).name() == "#ffffff"


def test_names_that_look_like_markup_stay_text(qapp: object, data_dir: Path) -> None:
    from cmplanner.model.planfile import load_plan

    svg = diagram_svg(layout_topology(load_plan(data_dir / "diagrams" / "branch_chains.cmplan")))
    assert "<script>" not in svg and "&lt;script&gt;" in svg


def test_figures_for_the_runbook_fit_a_page(qapp: object) -> None:
    from benchmarks.planfactory import large_plan
    from cmplanner.render.diagrams import figures_for

    figures = figures_for(demo_plan())
    assert set(figures) == {"topology", "locality"}
    assert "RTM-BDP01" in figures["topology"] and "Rotterdam branch" in figures["locality"]
    big = figures_for(large_plan(dps=60, boundaries=30, groups=4, packages=4), kinds=["topology"])
    root = ElementTree.fromstring(big["topology"].encode("utf-8"))
    width = float(root.get("viewBox", "0 0 0 0").split()[2])
    assert 0 < width < 1000  # three DP columns, not a wall of them
    assert figures_for(demo_plan(), kinds=[]) == {}
