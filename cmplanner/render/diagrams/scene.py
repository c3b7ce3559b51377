"""Draws a computed :class:`~cmplanner.diagrams.shapes.Diagram` on a ``QGraphicsScene``.

This is the only place a diagram is drawn: the app shows the scene, and SVG, PNG and the
runbook figures are renders of the same scene. A shape and the shapes that are part of it
(a DP with its labels and badges) become ONE item that paints them all: a 1,000-DP plan is a
few thousand items, not tens of thousands, which keeps building, SVG export and scrolling
fast. Each item keeps its shape's key, role, severity and data (``item.data(KEY)``...) and its
tooltip, so views can react to hover and click.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from cmplanner.diagrams.shapes import Diagram, Kind, Role, Shape
from cmplanner.render.diagrams.style import brush_for, hatch_for, pen_for, text_pen
from cmplanner.render.qtapp import ensure_app

KEY, ROLE, DATA, SEVERITY = 0, 1, 2, 3
FONT_FAMILIES = ["DejaVu Sans", "Segoe UI", "Arial", "Helvetica"]
FILLED_ROLES = (Role.MARK_ERROR, Role.MARK_WARNING, Role.BAR_OK, Role.BAR_FAILED, Role.BAR_IGNORED)
NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)

Op = Callable[[QPainter], None]


class _Fonts:
    def __init__(self) -> None:
        self._cache: dict[tuple[float, bool], tuple[QFont, QFontMetricsF]] = {}
        self._widths: dict[tuple[float, bool, str, float], tuple[str, float]] = {}
        self._lines: dict[tuple[float, bool], tuple[QFont, float, float]] = {}

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

    def line(self, size: float, bold: bool) -> tuple[QFont, float, float]:
        """The font with its line height and ascent, measured once."""
        key = (size, bold)
        found = self._lines.get(key)
        if found is None:
            font, metrics = self.get(size, bold)
            found = self._lines[key] = (font, metrics.height(), metrics.ascent())
        return found

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


def _outline(shape: Shape) -> QPainterPath:
    path = QPainterPath()
    rect = QRectF(shape.x, shape.y, shape.w, shape.h)
    if shape.kind is Kind.ROUNDED:
        radius = min(8.0, shape.h / 2)
        path.addRoundedRect(rect, radius, radius)
    elif shape.kind is Kind.OCTAGON:
        c = min(12.0, shape.h / 4, shape.w / 4)
        x, y, r, b = rect.left(), rect.top(), rect.right(), rect.bottom()
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(x + c, y),
                    QPointF(r - c, y),
                    QPointF(r, y + c),
                    QPointF(r, b - c),
                    QPointF(r - c, b),
                    QPointF(x + c, b),
                    QPointF(x, b - c),
                    QPointF(x, y + c),
                    QPointF(x + c, y),
                ]
            )
        )
    elif shape.kind is Kind.ELLIPSE:
        path.addEllipse(rect)
    elif shape.kind is Kind.TRIANGLE:
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(rect.center().x(), rect.top()),
                    QPointF(rect.right(), rect.bottom()),
                    QPointF(rect.left(), rect.bottom()),
                    QPointF(rect.center().x(), rect.top()),
                ]
            )
        )
    else:
        path.addRect(rect)
    return path


def _arrow_head(points: list[QPointF], size: float = 9.0) -> QPolygonF:
    tip, before = points[-1], points[-2]
    angle = math.atan2(tip.y() - before.y(), tip.x() - before.x())
    return QPolygonF(
        [
            tip,
            QPointF(tip.x() - size * math.cos(angle - 0.4), tip.y() - size * math.sin(angle - 0.4)),
            QPointF(tip.x() - size * math.cos(angle + 0.4), tip.y() - size * math.sin(angle + 0.4)),
        ]
    )


@dataclass(frozen=True, slots=True)
class _Text:
    style: tuple[Any, ...]
    font: QFont
    pen: QPen
    baseline: QPointF
    text: str


class ShapeItem(QGraphicsItem):
    """One shape and the shapes that are part of it, painted together."""

    def __init__(self, owner: Shape) -> None:
        super().__init__()
        self.owner = owner
        self.shapes: list[Shape] = [owner]
        self._ops: list[Op] = []
        self._texts: list[_Text] = []
        self._box: list[float] | None = None
        self._rect = QRectF()

    def finish(self) -> None:
        """Fix the bounds once every part is known (Qt asks for them often), and order the
        texts by font and colour: fewer painter state changes, a smaller and faster SVG."""
        self.prepareGeometryChange()
        if self._box is not None:
            x1, y1, x2, y2 = self._box
            self._rect = QRectF(x1, y1, x2 - x1, y2 - y1)
        self._texts.sort(key=lambda t: t.style)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        for op in self._ops:
            op(painter)
        style: tuple[Any, ...] | None = None
        for text in self._texts:  # every text above every outline of the item
            if text.style != style:
                style = text.style
                painter.setFont(text.font)
                painter.setPen(text.pen)
            painter.drawText(text.baseline, text.text)

    # What a shape-based item offers, so callers need not know it is one item.
    def pen(self) -> QPen:
        return pen_for(self.owner.role, self.owner.severity)

    def texts(self) -> list[str]:
        return [s.text for s in self.shapes if s.text]


class SceneBuilder:
    """Turns shapes into items; one instance per scene shares fonts and measured texts."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.fonts = _Fonts()
        self.owners: dict[str, ShapeItem] = {}

    def add(self, shape: Shape) -> ShapeItem:
        owner = self.owners.get(shape.group) if shape.group else None
        if owner is not None and not (shape.tooltip or shape.data):
            owner.shapes.append(shape)
            self._compile(owner, shape)
            return owner
        item = ShapeItem(shape)
        self._compile(item, shape)
        if shape.tooltip or shape.data:
            item.setData(KEY, shape.key)
            item.setData(ROLE, shape.role.value)
            if shape.severity:
                item.setData(SEVERITY, shape.severity)
            if shape.data:
                item.setData(DATA, shape.data)
            if shape.tooltip:
                item.setToolTip(shape.tooltip)
        if shape.key and shape.key not in self.owners:
            self.owners[shape.key] = item
        self.scene.addItem(item)
        return item

    def _grow(
        self, item: ShapeItem, x: float, y: float, w: float, h: float, pen: float = 3.0
    ) -> None:
        """Widen the item's bounds (kept as plain numbers until the item is finished)."""
        box = item._box
        if box is None:
            item._box = [x - pen, y - pen, x + w + pen, y + h + pen]
        else:
            box[0] = min(box[0], x - pen)
            box[1] = min(box[1], y - pen)
            box[2] = max(box[2], x + w + pen)
            box[3] = max(box[3], y + h + pen)

    def _compile(self, item: ShapeItem, shape: Shape) -> None:
        """Prepare the painter calls for ``shape`` once, so painting only replays them."""
        ops = item._ops
        if shape.kind is Kind.TEXT:
            item._texts.append(self._text(item, shape, False))
            return
        pen = pen_for(shape.role, shape.severity)
        if shape.kind in (Kind.ARROW, Kind.LINE):
            points = [QPointF(x, y) for x, y in shape.points]
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            head = _arrow_head(points) if shape.kind is Kind.ARROW else None
            head_pen = pen_for(shape.role)
            head_brush = QBrush(head_pen.color())

            def line(p: QPainter) -> None:
                p.setPen(pen)
                p.setBrush(NO_BRUSH)
                p.drawPath(path)
                if head is not None:
                    p.setPen(head_pen)
                    p.setBrush(head_brush)
                    p.drawPolygon(head)

            ops.append(line)
            xs = [x for x, _ in shape.points]
            ys = [y for _, y in shape.points]
            self._grow(item, min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys), 10.0)
            return
        brush = brush_for(shape.role)
        hatch = hatch_for(shape.role)
        rect = QRectF(shape.x, shape.y, shape.w, shape.h)
        outline = None if shape.kind is Kind.RECT else _outline(shape)

        def body(p: QPainter) -> None:
            p.setPen(pen)
            p.setBrush(brush)
            if outline is None:
                p.drawRect(rect)
            else:
                p.drawPath(outline)
            if hatch is not None:
                p.setBrush(hatch)
                if outline is None:
                    p.drawRect(rect)
                else:
                    p.drawPath(outline)

        ops.append(body)
        self._grow(item, shape.x, shape.y, shape.w, shape.h, pen.widthF() + 1)
        if shape.text:
            item._texts.append(self._text(item, shape, shape.role in FILLED_ROLES))

    def _text(self, item: ShapeItem, shape: Shape, filled: bool) -> _Text:
        font, height, ascent = self.fonts.line(shape.size, shape.bold)
        text, width = self.fonts.fitted(shape.text, shape.size, shape.bold, shape.w)
        x, y = shape.x, shape.y
        if shape.kind is not Kind.TEXT or shape.align == "center":
            x = shape.x + (shape.w - width) / 2
            y = shape.y + (shape.h - height) / 2
            if shape.kind is Kind.TRIANGLE:
                y += shape.h * 0.12
        self._grow(item, x, y, width, height, 1.0)
        return _Text(
            (shape.size, shape.bold, shape.role.value, shape.severity, filled),
            font,
            text_pen(shape.role, shape.severity, filled),
            QPointF(x, y + ascent),
            text,
        )


def build_scene(diagram: Diagram, scene: QGraphicsScene | None = None) -> QGraphicsScene:
    """A scene holding the diagram at 1 unit = 1 pixel (96 dpi), on a white page."""
    ensure_app()
    if scene is None:
        scene = QGraphicsScene()
    else:
        scene.clear()
    scene.setBackgroundBrush(QBrush(QColor("#FFFFFF")))
    scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
    builder = SceneBuilder(scene)
    for shape in diagram.shapes:
        builder.add(shape)
    for item in scene.items():
        if isinstance(item, ShapeItem):
            item.finish()
    scene.setSceneRect(QRectF(0, 0, diagram.width, diagram.height))
    return scene


def items_by_key(scene: QGraphicsScene) -> dict[str, list[Any]]:
    """Items grouped by the key of the shape they draw (keys may repeat)."""
    found: dict[str, list[Any]] = {}
    for item in scene.items():
        key = item.data(KEY)
        if key:
            found.setdefault(str(key), []).append(item)
    return found
