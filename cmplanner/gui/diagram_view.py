"""A view of one diagram (topology, locality map, timeline) for embedding in the app.

It shows the very scene the SVG, PNG and runbook figures are rendered from. Zoom with
Ctrl+wheel or +/-, pan by dragging, 0 fits the picture; hovering a DP, boundary or step shows
its findings; clicking an item emits ``activated(key, data)`` (a timeline bar's data names its
log file and lines, a DP's names its plan subject). The actions are public so a window can put
them in a toolbar; they also make the context menu.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QFileDialog, QGraphicsItem, QGraphicsView, QMessageBox, QWidget

from cmplanner.diagrams.shapes import Diagram
from cmplanner.errors import InputError
from cmplanner.render.diagrams import build_scene, write_scene
from cmplanner.render.diagrams.scene import DATA, KEY

MIN_ZOOM, MAX_ZOOM, STEP = 0.05, 8.0, 1.25


class DiagramView(QGraphicsView):
    """Zoomable, pannable, exportable view of a :class:`Diagram`."""

    activated = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diagram: Diagram | None = None
        self.setScene(build_scene(Diagram("empty", "")))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setAccessibleName(self.tr("Diagram"))
        self._press: QPoint | None = None
        self.zoom_in_action = self._action(
            self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn, self.zoom_in
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut, self.zoom_out
        )
        self.fit_action = self._action(self.tr("Fit to window"), QKeySequence("0"), self.fit)
        self.actual_size_action = self._action(
            self.tr("Actual size"), QKeySequence("1"), self.actual_size
        )
        self.export_png_action = self._action(
            self.tr("Export as PNG..."), None, lambda: self.export_dialog("png")
        )
        self.export_svg_action = self._action(
            self.tr("Export as SVG..."), None, lambda: self.export_dialog("svg")
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _action(
        self, text: str, keys: QKeySequence | QKeySequence.StandardKey | None, slot: Any
    ) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # --- content -------------------------------------------------------------------------

    def set_diagram(self, diagram: Diagram, keep_view: bool | None = None) -> None:
        """Show ``diagram`` (replacing what was shown). A redraw of the same kind (after an
        edit) keeps the reader's zoom and position; a new kind is fitted into the window.
        ``keep_view`` forces one or the other."""
        if keep_view is None:
            keep_view = self.diagram is not None and self.diagram.kind == diagram.kind
        zoom = self.zoom
        centre = self.mapToScene(self.viewport().rect().center())
        self.diagram = diagram
        build_scene(diagram, self.scene())
        self.setAccessibleName(diagram.title or self.tr("Diagram"))
        if keep_view:
            self.set_zoom(zoom)
            self.centerOn(centre)
        else:
            self.fit()

    def item_at(self, pos: QPoint) -> QGraphicsItem | None:
        """The topmost drawn item under a viewport position that stands for something."""
        for item in self.items(pos):
            while item is not None and not item.data(KEY):
                item = item.parentItem()
            if item is not None and not str(item.data(KEY)).startswith("legend:"):
                return item
        return None

    def tooltip_at(self, pos: QPoint) -> str:
        """What hovering at ``pos`` shows: the first tooltip among the items there."""
        for item in self.items(pos):
            while item is not None and not item.toolTip():
                item = item.parentItem()
            if item is not None:
                return item.toolTip()
        return ""

    # --- zoom and pan --------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.resetTransform()
        self.scale(factor, factor)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / STEP)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def fit(self) -> None:
        """The whole picture in the window, never enlarged beyond actual size."""
        rect = self.scene().sceneRect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom > 1.0:
            self.set_zoom(1.0)
        elif self.zoom < MIN_ZOOM:
            self.set_zoom(MIN_ZOOM)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    # --- click ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        if (
            self._press is not None
            and event.button() is Qt.MouseButton.LeftButton
            and (pos - self._press).manhattanLength() < 4
        ):
            item = self.item_at(pos)
            if item is not None:
                self.activated.emit(str(item.data(KEY)), item.data(DATA) or {})
        self._press = None

    # --- export --------------------------------------------------------------------------

    def export(self, path: str | Path) -> None:
        """Write the shown picture to ``path`` (.svg or .png at print resolution)."""
        title = self.diagram.title if self.diagram else ""
        write_scene(self.scene(), path, title)

    def export_dialog(self, kind: str) -> Path | None:
        name = (self.diagram.kind if self.diagram else "diagram") + f".{kind}"
        filters = (
            self.tr("SVG pictures (*.svg)") if kind == "svg" else self.tr("PNG pictures (*.png)")
        )
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export diagram"), name, filters)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        try:
            self.export(path)
        except (OSError, InputError) as exc:
            QMessageBox.warning(
                self,
                self.tr("Export diagram"),
                self.tr("Could not write {0}: {1}").format(path, exc),
            )
            return None
        return path
