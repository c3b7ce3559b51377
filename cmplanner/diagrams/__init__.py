"""Diagram layouts computed from a plan or an analysed log, without Qt.

A layout is a :class:`~cmplanner.diagrams.shapes.Diagram`: positioned shapes with a semantic
role (``dp``, ``mark_error``, ``bar_failed``...), text, tooltip and a key. The render layer
draws it once on a ``QGraphicsScene`` for the app, SVG and PNG; tests read the same shapes.
"""

from cmplanner.diagrams.shapes import Diagram, Kind, Role, Shape

__all__ = ["Diagram", "Kind", "Role", "Shape"]
