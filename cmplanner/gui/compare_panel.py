"""The compare dock: what changed since another plan (usually the approved one), beside the
plan being edited, and the change runbook for it.

The diff is the core's (``plandiff.diff_plans``), recomputed shortly after each edit while
the panel is seen (once shown again otherwise), and every line of it is the core's sentence
(``plandiff.sentences``, which the command line's ``diff`` prints too). Each entry that
exists in the open plan carries its subject; activating it selects that object, exactly like
a finding does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cmplanner.errors import InputError
from cmplanner.gui.document import PlanDocument
from cmplanner.gui.labels import field_label
from cmplanner.model.approval import approval_line
from cmplanner.model.plan import Plan
from cmplanner.plandiff import PlanDiff, diff_plans
from cmplanner.plandiff.sentences import Line, diff_sections, summary
from cmplanner.rules.engine import Validator

SUBJECT_ROLE = Qt.ItemDataRole.UserRole
REFRESH_MS = 400


class ComparePanel(QWidget):
    """The diff between a chosen plan file and the open plan."""

    subject_activated = Signal(str)

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.old: Plan | None = None
        self.old_path: Path | None = None
        self._old_validator: Validator | None = None
        self.diff: PlanDiff | None = None
        self._stale = False  # the plan changed while the panel was hidden
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Compare the plan with another plan: File > Compare with..."))
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Change"), self.tr("Details")])
        self.tree.setAccessibleName(self.tr("Changes since the compared plan"))
        self.tree.setColumnWidth(0, 260)
        layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.runbook_button = QPushButton(self.tr("Change &runbook..."))
        self.runbook_button.setAccessibleName(self.tr("Write the change runbook"))
        self.runbook_button.setEnabled(False)
        buttons.addStretch(1)
        buttons.addWidget(self.runbook_button)
        layout.addLayout(buttons)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        doc.findings_changed.connect(self._schedule)
        doc.changed.connect(lambda _path: self._schedule())

    # -- comparing ---------------------------------------------------------------------
    def compare_with(self, old: Plan, path: Path | None = None) -> PlanDiff:
        self.old = old
        self.old_path = path
        self._old_validator = Validator(old)
        return self.refresh()

    def _schedule(self) -> None:
        """The plan changed: compare again shortly if the panel is seen, else once shown
        (comparing a large plan costs seconds nobody is looking at)."""
        if self.old is None:
            return
        self._stale = True
        if self.isVisible():
            self.timer.start()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale and self.old is not None:
            self.timer.start()

    def refresh(self) -> PlanDiff:
        assert self.old is not None
        self.timer.stop()
        self._stale = False
        self.diff = diff_plans(self.old, self.doc.plan, self._old_validator, self.doc.validator)
        self._show(self.diff)
        return self.diff

    def current_diff(self) -> PlanDiff:
        """The diff of the open plan as it is now (compared again if it changed since)."""
        if self.diff is None or self._stale:
            return self.refresh()
        return self.diff

    # -- showing -----------------------------------------------------------------------
    def _item(self, parent: QTreeWidget | QTreeWidgetItem, line: Line) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [line.text, line.detail])
        item.setToolTip(0, line.text)
        item.setToolTip(1, line.detail)
        if line.subject:
            item.setData(0, SUBJECT_ROLE, line.subject)
        else:
            item.setForeground(0, self.palette().placeholderText())
        for child in line.children:
            self._item(item, child)
        return item

    def _show(self, diff: PlanDiff) -> None:
        assert self.old is not None
        where = self.old_path.name if self.old_path else self.old.name
        self.heading.setText(
            self.tr("Compared with %1 (%2): %3 change(s)")
            .replace("%1", where)
            .replace("%2", approval_line(self.old))
            .replace("%3", str(len(diff.changes)))
        )
        self.tree.clear()
        self.runbook_button.setEnabled(not diff.equal)
        if diff.equal:
            self._item(self.tree, Line(summary(diff)))
            return
        for section in diff_sections(diff, self.doc.plan, field_label):
            top = QTreeWidgetItem(self.tree, [f"{section.title} ({len(section.lines)})", ""])
            for line in section.lines:
                self._item(top, line)
        self.tree.expandAll()

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        subject = item.data(0, SUBJECT_ROLE)
        if subject:
            self.subject_activated.emit(str(subject))

    # -- the change runbook ------------------------------------------------------------
    def write_change_runbook(self, target: Path) -> None:
        """Write the change runbook from the compared plan to the open plan (format by suffix).
        Raises :class:`InputError` for a path that cannot be written."""
        from cmplanner.runbook import RunbookFormat

        if self.old is None:
            raise InputError(target, "compare with a plan first")
        try:
            fmt = RunbookFormat.from_suffix(target.suffix)
        except ValueError as exc:
            raise InputError(target, str(exc)) from None
        if fmt is RunbookFormat.PDF:
            from cmplanner.render.change_pdf import write_change_pdf

            write_change_pdf(
                self.old,
                self.doc.plan,
                target,
                diff=self.current_diff(),
                new_validator=self.doc.validator,
            )
            return
        from cmplanner.model.planfile import atomic_write_text
        from cmplanner.runbook.change import render_change_text

        text = render_change_text(
            self.old, self.doc.plan, fmt, diff=self.current_diff(), new_validator=self.doc.validator
        )
        try:
            atomic_write_text(target, text, keep_backup=False)
        except OSError as exc:
            raise InputError(target, f"cannot write: {exc.strerror or exc}") from None


def item_subjects(tree: QTreeWidget) -> list[Any]:
    """Every (text, subject) pair of the tree, depth first (for tests and screenshots)."""
    found = []
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        if item is None:
            continue
        found.append((item.text(0), item.data(0, SUBJECT_ROLE)))
        stack[0:0] = [item.child(i) for i in range(item.childCount())]
    return found
