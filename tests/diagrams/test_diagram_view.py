"""The diagram view: fit, zoom, hover tooltips with findings, click to activate, export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from cmplanner.demo import demo_plan
from cmplanner.diagrams.topology import layout_topology
from cmplanner.gui.diagram_view import DiagramView

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot):  # type: ignore[no-untyped-def]
    widget = DiagramView()
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    diagram = layout_topology(demo_plan())
    widget.set_diagram(diagram)
    return widget


def centre_of(view: DiagramView, key: str) -> QPoint:
    (shape,) = view.diagram.find(key)  # type: ignore[union-attr]
    return view.mapFromScene(QPointF(shape.x + 30, shape.y + shape.h - 8))


def test_fit_shows_the_whole_picture(view: DiagramView) -> None:
    assert view.zoom < 1.0  # the demo topology is larger than 700 x 500
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    scene = view.scene().sceneRect()
    assert shown.width() >= scene.width() - 1 or shown.height() >= scene.height() - 1


def test_zoom_actions_and_ctrl_wheel(view: DiagramView) -> None:
    start = view.zoom
    view.zoom_in_action.trigger()
    assert view.zoom == pytest.approx(start * 1.25)
    view.zoom_out_action.trigger()
    assert view.zoom == pytest.approx(start)
    centre = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        centre,
        view.mapToGlobal(centre),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom == pytest.approx(start * 1.25)
    view.actual_size_action.trigger()
    assert view.zoom == 1.0
    view.fit_action.trigger()
    assert view.zoom == pytest.approx(start)


def test_hover_shows_the_finding(view: DiagramView) -> None:
    tip = view.tooltip_at(centre_of(view, "dp:AMS-FS01 share"))
    assert tip.startswith("AMS-FS01 share") and "ERROR DP001" in tip and "fix:" in tip


def test_click_activates_the_dp(view: DiagramView, qtbot) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.activated) as signal:
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=centre_of(view, "dp:RTM-BDP01")
        )
    key, data = signal.args
    assert key == "dp:RTM-BDP01" and data == {"subject": "distribution_points[2]"}


def test_export_both_formats(view: DiagramView, tmp_path: Path) -> None:
    view.export(tmp_path / "t.svg")
    view.export(tmp_path / "t.png")
    assert "RTM-BDP01" in (tmp_path / "t.svg").read_text(encoding="utf-8")
    assert (tmp_path / "t.png").read_bytes().startswith(b"\x89PNG")


def test_actions_are_offered_in_the_context_menu(view: DiagramView) -> None:
    names = [a.text() for a in view.actions()]
    assert {"Zoom in", "Zoom out", "Fit to window", "Export as PNG...", "Export as SVG..."} <= set(
        names
    )


def test_clicking_a_timeline_bar_names_its_log_lines(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from cmplanner.diagrams.timeline import layout_timeline
    from cmplanner.logs.analysis import analyze_logs

    view = DiagramView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    view.set_diagram(
        layout_timeline(analyze_logs([data_dir / "diagrams" / "reboot-then-failure_smsts.log"]))
    )
    view.actual_size()
    (shape,) = [s for s in view.diagram.shapes if s.key.startswith("bar:8:")]  # type: ignore[union-attr]
    view.centerOn(shape.x + 20, shape.y + 7)
    with qtbot.waitSignal(view.activated) as signal:
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=view.mapFromScene(QPointF(shape.x + 20, shape.y + 7)),
        )
    key, data = signal.args
    assert key.startswith("bar:8:") and data["line"] == shape.data["line"]
    assert str(data["source"]).endswith("reboot-then-failure_smsts.log")


def test_a_redraw_after_an_edit_keeps_zoom_and_place(view: DiagramView) -> None:
    view.set_zoom(1.5)
    view.centerOn(400, 300)
    centre = view.mapToScene(view.viewport().rect().center())
    plan = demo_plan()
    plan.distribution_points[0].pxe = False
    view.set_diagram(layout_topology(plan))
    assert view.zoom == pytest.approx(1.5)
    again = view.mapToScene(view.viewport().rect().center())
    assert abs(again.x() - centre.x()) < 2 and abs(again.y() - centre.y()) < 2
    from cmplanner.diagrams.locality import layout_locality

    view.set_diagram(layout_locality(plan))  # another kind of picture: fitted
    assert view.zoom <= 1.0
