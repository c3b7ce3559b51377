"""The compare dock: what changed since another plan (usually the approved one), beside the
plan being edited, and the change runbook for it.

The diff is the core's (``plandiff.diff_plans``), recomputed shortly after each edit. Each
entry that exists in the open plan carries its subject; activating it selects that object,
exactly like a finding does.
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
from cmplanner.model.approval import approval_line
from cmplanner.model.plan import Plan
from cmplanner.plandiff import PlanDiff, Status, diff_plans
from cmplanner.plandiff.output import change_title
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
        if self.old is not None:
            self.timer.start()

    def refresh(self) -> PlanDiff:
        assert self.old is not None
        self.timer.stop()
        self.diff = diff_plans(self.old, self.doc.plan, self._old_validator, self.doc.validator)
        self._show(self.diff)
        return self.diff

    # -- showing -----------------------------------------------------------------------
    def _item(
        self, parent: QTreeWidget | QTreeWidgetItem, text: str, detail: str = "", subject: str = ""
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text, detail])
        item.setToolTip(0, text)
        item.setToolTip(1, detail)
        if subject:
            item.setData(0, SUBJECT_ROLE, subject)
        else:
            item.setForeground(0, self.palette().placeholderText())
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
            self._item(self.tree, self.tr("The plans are equal."))
            return
        groups = {
            Status.ADDED: self.tr("Added"),
            Status.REMOVED: self.tr("Removed"),
            Status.RENAMED: self.tr("Renamed"),
            Status.CHANGED: self.tr("Changed"),
        }
        for status, title in groups.items():
            found = [c for c in diff.changes if c.status is status]
            if not found:
                continue
            top = self._item(self.tree, f"{title} ({len(found)})", subject="")
            top.setForeground(0, self.palette().text())
            for change in found:
                subject = change.new_subject if change.new_subject is not None else ""
                item = self._item(top, change_title(change), "", subject)
                for f in change.fields:
                    self._item(item, f.label, f"{f.old} → {f.new}", subject)
                for s in change.steps:
                    numbers = f"{_n(s.old_number)} → {_n(s.new_number)}"
                    self._item(
                        item,
                        f"{s.kind} {s.name}: {s.status.value}",
                        "; ".join([f"smsts.log {numbers}", *s.details]),
                        subject,
                    )
            top.setExpanded(True)
        self._findings(diff)
        self._consequences(diff)
        self.tree.expandAll()
        for i in range(self.tree.topLevelItemCount()):
            heading = self.tree.topLevelItem(i)
            if heading is not None:
                heading.setForeground(0, self.palette().text())

    def _findings(self, diff: PlanDiff) -> None:
        if diff.introduced:
            top = self._item(
                self.tree,
                self.tr("Findings introduced (%1)").replace("%1", str(len(diff.introduced))),
            )
            for f in diff.introduced:
                self._item(top, f"{f.severity.value} {f.rule}", f.message, f.subject)
            top.setExpanded(True)
        if diff.resolved:
            top = self._item(
                self.tree, self.tr("Findings resolved (%1)").replace("%1", str(len(diff.resolved)))
            )
            for f in diff.resolved:
                self._item(top, f"{f.severity.value} {f.rule}", f.message)

    def _consequences(self, diff: PlanDiff) -> None:
        rows: list[tuple[str, str, str]] = []
        for j in diff.late_joiners:
            rows.append(
                (
                    self.tr("%1 joined %2 late").replace("%1", j.dp).replace("%2", j.group),
                    self.tr("will not get by itself: %1").replace("%1", ", ".join(j.packages)),
                    j.subject,
                )
            )
        for s in diff.locality:
            at = self.doc.plan.dp_index(s.dp)
            where = f"distribution_points[{at}]" if at is not None else ""
            rows.append((s.dp, f"{s.before} → {s.after}: {', '.join(s.boundaries)}", where))
        for shift in diff.service:
            rows.append((shift.boundary, f"{shift.before} → {shift.after}", ""))
        for c in diff.settings:
            verdict = self.tr("compatible") if c.compatible else "; ".join(c.conflicts)
            rows.append((c.dp, verdict, c.subject))
        if diff.pxe is not None:
            rows.append(
                (
                    self.tr("PXE checklist"),
                    "; ".join(diff.pxe.reasons),
                    "pxe" if self.doc.plan.pxe else "",
                )
            )
        ts_at = {ts.name: i for i, ts in enumerate(self.doc.plan.task_sequences)}
        for r in diff.renumbered:
            at = ts_at.get(r.task_sequence)
            rows.append(
                (
                    f"{r.task_sequence}: {r.name}",
                    f"smsts.log {r.old_number} → {r.new_number}",
                    f"task_sequences[{at}]" if at is not None else "",
                )
            )
        if rows:
            top = self._item(
                self.tree, self.tr("What it touches (%1)").replace("%1", str(len(rows)))
            )
            for text, detail, subject in rows:
                self._item(top, text, detail, subject)
            top.setExpanded(True)

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

            write_change_pdf(self.old, self.doc.plan, target)
            return
        from cmplanner.model.planfile import atomic_write_text
        from cmplanner.runbook.change import render_change_text

        text = render_change_text(self.old, self.doc.plan, fmt)
        try:
            atomic_write_text(target, text, keep_backup=False)
        except OSError as exc:
            raise InputError(target, f"cannot write: {exc.strerror or exc}") from None


def _n(number: int | None) -> str:
    return "—" if number is None else str(number)


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
