"""The diagrams dock: the DP topology or the boundary locality map of the open plan, drawn
by the diagrams layer and shown in its ``DiagramView``; clicking a DP selects it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cmplanner.gui.document import PlanDocument

REFRESH_MS = 500


class DiagramPanel(QWidget):
    """A picker (topology / locality) over the diagram view; redrawn shortly after edits."""

    subject_activated = Signal(str)

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.kind = QComboBox()
        self.kind.addItem(self.tr("DP topology"), "topology")
        self.kind.addItem(self.tr("Boundary locality"), "locality")
        label = QLabel(self.tr("&Diagram:"))
        label.setBuddy(self.kind)
        self.kind.setAccessibleName(self.tr("Diagram"))
        self.view: Any = None  # made on first show: its import costs start-up time
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.kind, 1)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(4, 4, 4, 4)
        self.body.addLayout(top)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        doc.findings_changed.connect(self._schedule)
        self._stale = True

    def _schedule(self) -> None:
        self._stale = True
        if self.isVisible():
            self.timer.start()

    def set_shown(self, shown: bool) -> None:
        """The panel's dock was shown or brought to the front: a stale diagram is drawn
        shortly (the window connects the dock's ``visibilityChanged``, which stays False for
        a dock behind another's tab; a ``showEvent`` override would cost start-up time)."""
        if shown and self._stale:
            self.timer.start()

    def ensure_view(self) -> Any:
        if self.view is None:
            from cmplanner.gui.diagram_view import DiagramView

            self.view = DiagramView()
            self.view.activated.connect(self._activated)
            self.body.addWidget(self.view, 1)
        return self.view

    def refresh(self) -> None:
        self.ensure_view()
        self._stale = False
        if self.kind.currentData() == "locality":
            from cmplanner.diagrams.locality import layout_locality

            diagram = layout_locality(self.doc.plan, self.doc.findings)
        else:
            from cmplanner.diagrams.topology import layout_topology

            diagram = layout_topology(self.doc.plan, self.doc.findings)
        self.view.set_diagram(diagram)

    def _activated(self, _key: str, data: object) -> None:
        subject = data.get("subject") if isinstance(data, dict) else None
        if subject:
            self.subject_activated.emit(str(subject))
