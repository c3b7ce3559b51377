"""Draws a computed :class:`~cmplanner.diagrams.shapes.Diagram` on a ``QGraphicsScene``.

This is the only place a diagram is drawn: the app shows the scene, and SVG, PNG and the
runbook figures are renders of the same scene. Every item keeps the shape's key, role and data
(``item.data(KEY)``...), and its tooltip, so views can react to hover and click.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainterPath,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QAbstractGraphicsShapeItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from cmplanner.diagrams.shapes import Diagram, Kind, Role, Shape
from cmplanner.render.diagrams.qtapp import ensure_app
from cmplanner.render.diagrams.style import brush_for, hatch_for, pen_for, text_brush

KEY, ROLE, DATA, SEVERITY = 0, 1, 2, 3
FONT_FAMILIES = ["DejaVu Sans", "Segoe UI", "Arial", "Helvetica"]


class _Fonts:
    def __init__(self) -> None:
        self._cache: dict[tuple[float, bool], tuple[QFont, QFontMetricsF]] = {}
        self._widths: dict[tuple[float, bool, str, float], tuple[str, float]] = {}

    def fitted(self, text: str, size: float, bold: bool, room: float) -> tuple[str, float]:
        """``text`` elided to ``room`` (0: no limit) and its drawn width, cached because
        badges and labels repeat thousands of times in a large plan."""
        key = (size, bold, text, room)
        found = self._widths.get(key)
        if found is None:
            metrics = self.get(size, bold)[1]
            width = metrics.horizontalAdvance(text)
            if room > 0 and width > room:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
                width = metrics.horizontalAdvance(text)
            found = self._widths[key] = (text, width)
        return found

    def get(self, size: float, bold: bool) -> tuple[QFont, QFontMetricsF]:
        key = (size, bold)
        if key not in self._cache:
            font = QFont()
            font.setFamilies(FONT_FAMILIES)
            font.setStyleHint(QFont.StyleHint.SansSerif)
            font.setPixelSize(max(1, round(size)))
            font.setBold(bold)
            self._cache[key] = (font, QFontMetricsF(font))
        return self._cache[key]


def _outline(shape: Shape) -> QPainterPath:
    path = QPainterPath()
    rect = QRectF(shape.x, shape.y, shape.w, shape.h)
    if shape.kind is Kind.ROUNDED:
        radius = min(8.0, shape.h / 2)
        path.addRoundedRect(rect, radius, radius)
    elif shape.kind is Kind.OCTAGON:
        c = min(12.0, shape.h / 4, shape.w / 4)
        x, y, r, b = rect.left(), rect.top(), rect.right(), rect.bottom()
        path.addPolygon(QPolygonF([QPointF(x + c, y), QPointF(r - c, y), QPointF(r, y + c),
                                   QPointF(r, b - c), QPointF(r - c, b), QPointF(x + c, b),
                                   QPointF(x, b - c), QPointF(x, y + c), QPointF(x + c, y)]))
    elif shape.kind is Kind.ELLIPSE:
        path.addEllipse(rect)
    elif shape.kind is Kind.TRIANGLE:
        path.addPolygon(QPolygonF([QPointF(rect.center().x(), rect.top()),
                                   QPointF(rect.right(), rect.bottom()),
                                   QPointF(rect.left(), rect.bottom()),
                                   QPointF(rect.center().x(), rect.top())]))
    else:
        path.addRect(rect)
    return path


def _tag(item: QGraphicsItem, shape: Shape) -> None:
    item.setData(KEY, shape.key)
    item.setData(ROLE, shape.role.value)
    item.setData(SEVERITY, shape.severity)
    if shape.data:
        item.setData(DATA, shape.data)
    if shape.tooltip:
        item.setToolTip(shape.tooltip)


class SceneBuilder:
    """Turns shapes into graphics items; one instance per scene shares the font cache."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.fonts = _Fonts()

    def text(self, shape: Shape, parent: QGraphicsItem | None = None,
             filled: bool = False) -> QGraphicsSimpleTextItem:
        font, metrics = self.fonts.get(shape.size, shape.bold)
        text, width = self.fonts.fitted(shape.text, shape.size, shape.bold, shape.w)
        item = QGraphicsSimpleTextItem(text, parent)
        item.setFont(font)
        item.setBrush(text_brush(shape.role, shape.severity, filled))
        x, y = shape.x, shape.y
        if shape.kind is not Kind.TEXT or shape.align == "center":
            x = shape.x + (shape.w - width) / 2
            y = shape.y + (shape.h - metrics.height()) / 2
            if shape.kind is Kind.TRIANGLE:
                y += shape.h * 0.12
        item.setPos(x, y)
        if parent is None:
            self.scene.addItem(item)
            _tag(item, shape)
        return item

    def arrow(self, shape: Shape) -> QGraphicsPathItem:
        points = [QPointF(x, y) for x, y in shape.points]
        path = QPainterPath(points[0])
        for p in points[1:]:
            path.lineTo(p)
        item = QGraphicsPathItem(path)
        item.setPen(pen_for(shape.role, shape.severity))
        _tag(item, shape)
        self.scene.addItem(item)
        tip, before = points[-1], points[-2]
        angle = math.atan2(tip.y() - before.y(), tip.x() - before.x())
        size = 9.0
        left = QPointF(tip.x() - size * math.cos(angle - 0.4),
                       tip.y() - size * math.sin(angle - 0.4))
        right = QPointF(tip.x() - size * math.cos(angle + 0.4),
                        tip.y() - size * math.sin(angle + 0.4))
        head = QGraphicsPolygonItem(QPolygonF([tip, left, right]), item)
        head.setPen(pen_for(shape.role))
        head.setBrush(QBrush(QColor(pen_for(shape.role).color())))
        return item

    def add(self, shape: Shape) -> QGraphicsItem:
        if shape.kind is Kind.TEXT:
            return self.text(shape)
        if shape.kind is Kind.ARROW or shape.kind is Kind.LINE:
            if shape.kind is Kind.ARROW:
                return self.arrow(shape)
            path = QPainterPath(QPointF(*shape.points[0]))
            for point in shape.points[1:]:
                path.lineTo(QPointF(*point))
            line = QGraphicsPathItem(path)
            line.setPen(pen_for(shape.role, shape.severity))
            _tag(line, shape)
            self.scene.addItem(line)
            return line
        outline = _outline(shape)
        item: QAbstractGraphicsShapeItem = QGraphicsPathItem(outline)
        item.setPen(pen_for(shape.role, shape.severity))
        item.setBrush(brush_for(shape.role))
        _tag(item, shape)
        self.scene.addItem(item)
        hatch = hatch_for(shape.role)
        if hatch is not None:
            over = QGraphicsPathItem(outline, item)
            over.setPen(pen_for(shape.role, shape.severity))
            over.setBrush(hatch)
        if shape.text:
            filled = shape.role in (Role.MARK_ERROR, Role.MARK_WARNING, Role.BAR_OK,
                                    Role.BAR_FAILED, Role.BAR_IGNORED)
            self.text(shape, parent=item, filled=filled)
        return item


def build_scene(diagram: Diagram, scene: QGraphicsScene | None = None) -> QGraphicsScene:
    """A scene holding the diagram at 1 unit = 1 pixel (96 dpi), on a white page."""
    ensure_app()
    if scene is None:
        scene = QGraphicsScene()
    else:
        scene.clear()
    scene.setBackgroundBrush(QBrush(QColor("#FFFFFF")))
    builder = SceneBuilder(scene)
    for shape in diagram.shapes:
        builder.add(shape)
    scene.setSceneRect(QRectF(0, 0, diagram.width, diagram.height))
    return scene


def items_by_key(scene: QGraphicsScene) -> dict[str, list[QGraphicsItem]]:
    """Top-level items grouped by the key of the shape they draw (keys may repeat)."""
    found: dict[str, list[QGraphicsItem]] = {}
    for item in scene.items():
        key = item.data(KEY)
        if key:
            found.setdefault(str(key), []).append(item)
    return found
