"""The plan tree: site, boundaries, DPs, groups, packages, PXE, task sequences, checklists.

Each item carries the plan path of its object, the same path findings use, so a clicked
finding can select the object it is about.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from cmplanner.gui import plan_paths
from cmplanner.gui.document import PlanDocument
from cmplanner.gui.labels import category_label
from cmplanner.gui.names import checklist_run_name
from cmplanner.gui.richtext import SEVERITY_COLOURS
from cmplanner.rules.finding import Severity

PATH_ROLE = Qt.ItemDataRole.UserRole
_RANK = {Severity.ERROR: 2, Severity.WARNING: 1, Severity.INFO: 0}
_COLORS = {2: QColor(SEVERITY_COLOURS["error"]), 1: QColor(SEVERITY_COLOURS["warning"])}

_LISTS = (
    "boundaries",
    "distribution_points",
    "dp_groups",
    "packages",
    "task_sequences",
    "checklists",
    "notes",
)


def item_text(obj: Any) -> str:
    """How one object is named in the tree (a checklist run by its pack's title)."""
    pack = getattr(obj, "pack", None)
    if pack:
        return checklist_run_name(str(pack), obj.subject)[:80]
    for attr in ("name", "package_id", "text"):
        value = getattr(obj, attr, None)
        if value:
            text = str(value)
            if attr == "package_id":
                text = f"{value} {obj.name}"
            return text[:80]
    return "?"


class PlanTree(QTreeWidget):
    """Shows the plan's objects; emits the path of the one the user selects."""

    path_selected = Signal(str)

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Plan tree"))
        self.setUniformRowHeights(True)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._marked: dict[str, int] = {}
        self.currentItemChanged.connect(self._on_current)
        doc.structure_changed.connect(self.rebuild)
        doc.plan_replaced.connect(self.rebuild)
        doc.changed.connect(self._relabel)
        doc.findings_changed.connect(self._mark_findings)
        self.rebuild()

    def _add(self, parent: QTreeWidgetItem | QTreeWidget, text: str, path: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, PATH_ROLE, path)
        self._items[path] = item
        return item

    def rebuild(self) -> None:
        """Build all items again, keeping the selection and the expanded categories."""
        current = self.current_path()
        expanded = {path for path, item in self._items.items() if item.isExpanded()}
        self.blockSignals(True)
        self.clear()
        self._items = {}
        self._marked = {}
        plan = self.doc.plan
        root = self._add(self, plan.name, "")
        site = plan.site
        self._add(
            root, f"{category_label('site')}: {site.code} ({site.name}, {site.version})", "site"
        )
        for collection in _LISTS[:4]:
            self._add_list(root, collection)
        if plan.pxe is not None:
            self._add(root, f"{category_label('pxe')}: {plan.pxe.server}", "pxe")
        else:
            self._add(root, f"{category_label('pxe')}: " + self.tr("none"), "#pxe")
        for collection in _LISTS[4:]:
            self._add_list(root, collection)
        root.setExpanded(True)
        for path in expanded:
            if path in self._items:
                self._items[path].setExpanded(True)
        self.blockSignals(False)
        self._mark_findings()
        if current is not None and current in self._items:
            self.setCurrentItem(self._items[current])
        else:
            self.setCurrentItem(root)

    def _add_list(self, root: QTreeWidgetItem, collection: str) -> None:
        items = getattr(self.doc.plan, collection)
        head = self._add(root, f"{category_label(collection)} ({len(items)})", f"#{collection}")
        # made apart and added at once: Qt then updates its model once, not per item
        # (a 1,000-DP plan's tree is built in half the time)
        children = []
        for i, obj in enumerate(items):
            path = f"{collection}[{i}]"
            item = QTreeWidgetItem([item_text(obj)])
            item.setData(0, PATH_ROLE, path)
            self._items[path] = item
            children.append(item)
        head.addChildren(children)

    def current_path(self) -> str | None:
        item = self.currentItem()
        return item.data(0, PATH_ROLE) if item is not None else None

    def select_path(self, path: str) -> bool:
        """Select the object at ``path`` (or the object the path is inside)."""
        item = self._items.get(path) or self._items.get(plan_paths.item_of(path))
        if item is None:
            return False
        parent = item.parent()
        while parent is not None:
            parent.setExpanded(True)
            parent = parent.parent()
        self.setCurrentItem(item)
        self.scrollToItem(item)
        return True

    def _on_current(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        path = current.data(0, PATH_ROLE)
        if path.startswith("#"):
            self.path_selected.emit("#")
        else:
            self.path_selected.emit(path)

    def _relabel(self, path: str) -> None:
        item = self._items.get(path)
        if item is None or path == "":
            return
        if path == "site":
            site = self.doc.plan.site
            item.setText(0, f"{category_label('site')}: {site.code} ({site.name}, {site.version})")
        elif path == "pxe" and self.doc.plan.pxe is not None:
            item.setText(0, f"{category_label('pxe')}: {self.doc.plan.pxe.server}")
        elif plan_paths.exists(self.doc.plan, path):
            item.setText(0, item_text(plan_paths.get(self.doc.plan, path)))

    def _mark_findings(self) -> None:
        """Show objects with errors in red and with warnings in amber (only changes are
        applied, so one edit in a large plan repaints a few items, not thousands)."""
        worst: dict[str, int] = {}
        for finding in self.doc.findings:
            owner = plan_paths.item_of(finding.subject)
            rank = _RANK[finding.severity]
            if worst.get(owner, -1) < rank:
                worst[owner] = rank
        for path in set(self._marked) | set(worst):
            rank = worst.get(path, 0)
            if self._marked.get(path, 0) == rank:
                continue
            item = self._items.get(path)
            if item is not None and path:
                # a colour, not a QBrush: the view paints it the same, and making the first
                # QBrush costs start-up time (PySide6 then makes QGradient's and QImage's enums)
                item.setData(0, Qt.ItemDataRole.ForegroundRole, _COLORS.get(rank))
        self._marked = worst
