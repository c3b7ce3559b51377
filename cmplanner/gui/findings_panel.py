"""The findings dock: every finding of the rules engine, live, with why / fix / source.

Activating a finding (click, Enter) emits its subject so the window can select the object and
put the cursor on the field the finding is about.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cmplanner.gui.document import PlanDocument
from cmplanner.gui.labels import severity_label
from cmplanner.gui.names import subject_words
from cmplanner.gui.richtext import SEVERITY_COLOURS, esc, source_html
from cmplanner.rules.finding import Finding, Severity

_COLORS = SEVERITY_COLOURS
AnyIndex = QModelIndex | QPersistentModelIndex


class FindingsModel(QAbstractTableModel):
    """A table over the document's current findings (reset after every re-validation)."""

    COLUMNS = ("severity", "rule", "subject", "message")

    def __init__(self, parent: QWidget | None = None, doc: PlanDocument | None = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.doc = doc

    def set_findings(self, findings: list[Finding]) -> None:
        """Replace the rows, telling the view only about the rows that changed: one edit in a
        plan of thousands of findings touches a few rows, and a full reset would make the view
        lay out every row again."""
        old = self.findings
        if not old or not findings:
            self.beginResetModel()
            self.findings = list(findings)
            self.endResetModel()
            return
        start = 0
        limit = min(len(old), len(findings))
        while start < limit and (old[start] is findings[start] or old[start] == findings[start]):
            start += 1
        end_old, end_new = len(old), len(findings)
        while (
            end_old > start
            and end_new > start
            and (
                old[end_old - 1] is findings[end_new - 1]
                or old[end_old - 1] == findings[end_new - 1]
            )
        ):
            end_old -= 1
            end_new -= 1
        if end_old - start == end_new - start:
            self.findings = list(findings)
            if end_new > start:
                self.dataChanged.emit(
                    self.index(start, 0), self.index(end_new - 1, len(self.COLUMNS) - 1)
                )
            return
        if end_old > start:
            self.beginRemoveRows(QModelIndex(), start, end_old - 1)
            self.findings = old[:start] + old[end_old:]
            self.endRemoveRows()
        if end_new > start:
            self.beginInsertRows(QModelIndex(), start, end_new - 1)
            self.findings = list(findings)
            self.endInsertRows()
        self.findings = list(findings)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt default)
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Severity"), self.tr("Rule"), self.tr("Subject"), self.tr("Message")][
                section
            ]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        finding = self.findings[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "subject":
                return self.subject_text(finding)
            value = getattr(finding, column)
            return severity_label(value.value) if column == "severity" else value
        if role == Qt.ItemDataRole.ForegroundRole and column == "severity":
            return QColor(_COLORS[finding.severity.value])  # painted as a brush of it
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding.title
        return None

    def subject_text(self, finding: Finding) -> str:
        """The object and field as an admin names them ("RTM-BDP01 · Pulls content from");
        the exact plan path stays in the finding for JSON, SARIF and jumping to the field."""
        if self.doc is None:
            return finding.subject
        return subject_words(self.doc.plan, finding.subject)


class FindingsPanel(QWidget):
    """Table of findings above the why / fix / source of the selected one."""

    subject_activated = Signal(str)

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.model = FindingsModel(self, doc)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Findings summary"))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Findings"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        # the keyboard reaches and leaves the table like any field: arrows move between
        # findings, Enter jumps to the field, Tab goes on to the details
        self.table.setTabKeyNavigation(False)
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # the severity column fits its longest word in the app's language (Dutch: waarschuwing)
        words = [severity_label(value.value) for value in Severity]
        widest = max(self.table.fontMetrics().horizontalAdvance(word) for word in words)
        self.table.setColumnWidth(0, max(70, widest + 16))
        self.table.setColumnWidth(1, 60)
        self.table.setColumnWidth(2, 230)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Finding details"))
        self.details.setOpenExternalLinks(True)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.table.clicked.connect(self._activate)
        self.table.activated.connect(self._activate)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        doc.findings_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        findings = self.doc.findings
        self.model.set_findings(findings)
        counts = dict.fromkeys(Severity, 0)
        for finding in findings:
            counts[finding.severity] += 1
        self.summary.setText(
            self.tr("%1 errors, %2 warnings, %3 notes")
            .replace("%1", str(counts[Severity.ERROR]))
            .replace("%2", str(counts[Severity.WARNING]))
            .replace("%3", str(counts[Severity.INFO]))
        )
        self.details.setPlainText(
            self.tr(
                "Select a finding to see why it matters, how to fix "
                "it and where the rule comes from."
            )
        )

    def _show_details(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not index.isValid() or index.row() >= len(self.model.findings):
            self.details.clear()
            return
        self.details.setHtml(finding_html(self.model.findings[index.row()]))

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self._show_details(index)
            self.subject_activated.emit(self.model.findings[index.row()].subject)

    def focus_table(self) -> None:
        """Put the keyboard on the findings, on the first one when none is current yet."""
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def row_of(self, rule: str, subject: str | None = None) -> int:
        """The row of the first finding of ``rule`` (about ``subject``), or -1."""
        for row, finding in enumerate(self.model.findings):
            if finding.rule == rule and (subject is None or finding.subject == subject):
                return row
        return -1


def finding_html(finding: Finding) -> str:
    """Why, fix and source of one finding; each source on a line, its address a link."""
    source = source_html(finding.source)
    color = _COLORS[finding.severity.value]
    why = QCoreApplication.translate("FindingsPanel", "Why")
    fix = QCoreApplication.translate("FindingsPanel", "Fix")
    where = QCoreApplication.translate("FindingsPanel", "Source")
    return (
        f"<p><b style='color:{color}'>{finding.rule}</b> <b>{esc(finding.title)}</b></p>"
        f"<p>{esc(finding.message)}</p>"
        f"<p><b>{why}:</b> {esc(finding.why)}</p>"
        f"<p><b>{fix}:</b> {esc(finding.fix)}</p>"
        f"<p><b>{where}:</b> {source}</p>"
    )
