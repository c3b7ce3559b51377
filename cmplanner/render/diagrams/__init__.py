"""Drawing computed diagrams with Qt: one QGraphicsScene for the app, SVG, PNG and runbooks."""

from cmplanner.render.diagrams.export import (
    diagram_svg,
    scene_png,
    scene_svg,
    write_diagram,
    write_scene,
)
from cmplanner.render.diagrams.figures import figures_for, timeline_figure
from cmplanner.render.diagrams.scene import build_scene, items_by_key

__all__ = [
    "build_scene",
    "diagram_svg",
    "figures_for",
    "items_by_key",
    "scene_png",
    "scene_svg",
    "timeline_figure",
    "write_diagram",
    "write_scene",
]
