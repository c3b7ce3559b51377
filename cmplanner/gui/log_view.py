"""The log view: smsts.log (or any CMTrace/SMS log) with colours, filters, the timeline and
the knowledge-base card of the selected error, whose button opens the checklist that fixes it.

Self-contained: the main window embeds it and connects ``open_checklist``. Reading runs in a
worker thread, so a 200 MB log never blocks the window; progress and cancel are in the bar.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSize, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cmplanner.gui.log_card import (
    PXE_WIZARD_PACK,
    codes_html,
    known_error_html,
    summary_html,
)
from cmplanner.gui.log_models import ENTRY_ROLE, LogFilterModel, LogTableModel, shown_message
from cmplanner.gui.log_worker import LoadedLogs, LogWorker
from cmplanner.gui.names import pack_title
from cmplanner.logs.analysis import Analysis, link_pxe_failure
from cmplanner.logs.codes import codes_in
from cmplanner.logs.entry import LogEntry
from cmplanner.logs.knowledge import load_knowledge_base
from cmplanner.logs.report import failure_fix

if TYPE_CHECKING:
    from cmplanner.model.plan import Plan

# the CMTrace types each entry of the type filter shows, in the order of the combo box
TYPE_FILTERS: tuple[frozenset[int] | None, ...] = (
    None,
    frozenset({3}),
    frozenset({2, 3}),
    frozenset({2}),
    frozenset({0, 1}),
)


class ElidedButton(QPushButton):
    """A button whose long text ("Open checklist: <a long title>") is cut with an ellipsis
    to the room it has (the whole text in its tooltip), so choosing another entry never
    widens the card and squeezes the entries table."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._full = text

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def full_text(self) -> str:
        return self._full

    def text(self) -> str:  # the whole text, as set: tests and screen readers read this
        return self._full

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 12 * self.fontMetrics().averageCharWidth()), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.width() - 2 * self.fontMetrics().averageCharWidth() - 8
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        QPushButton.setText(self, shown if room > 0 else self._full)
        self.setToolTip(self._full if shown != self._full else "")


class LogView(QWidget):
    """Open logs, read them in the background, and show entries, timeline and fixes."""

    open_checklist = Signal(str)
    loaded = Signal()  # a load finished (or was cancelled, or failed)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: Plan | None = None
        self.analysis: Analysis | None = None
        self.instruction_of: list[str | None] = []
        self._thread: QThread | None = None
        self._worker: LogWorker | None = None
        self._card_checklist: str | None = None
        self._entry_rows: dict[tuple[str, int], int] = {}
        self._token = 0
        self._build()

    # -- layout --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.open_button = QPushButton(self.tr("&Open logs…"))
        self.open_button.setAccessibleName(self.tr("Open logs"))
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("text in the message"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter text"))
        filter_label = QLabel(self.tr("&Filter:"))
        filter_label.setBuddy(self.filter_edit)
        self.component_combo = QComboBox()
        self.component_combo.setAccessibleName(self.tr("Component"))
        # as wide as its longest name ("All components" must not read "All comp")
        self.component_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        component_label = QLabel(self.tr("&Component:"))
        component_label.setBuddy(self.component_combo)
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(self.tr("Type"))
        self.type_combo.addItems(
            [
                self.tr("All types"),
                self.tr("Errors"),
                self.tr("Errors and warnings"),
                self.tr("Warnings"),
                self.tr("Information"),
            ]
        )
        type_label = QLabel(self.tr("T&ype:"))
        type_label.setBuddy(self.type_combo)
        self.prev_button = QPushButton(self.tr("&Previous error"))
        self.prev_button.setAccessibleName(self.tr("Previous error"))
        self.next_button = QPushButton(self.tr("&Next error"))
        self.next_button.setAccessibleName(self.tr("Next error"))
        bar = QHBoxLayout()
        for widget in (
            self.open_button,
            filter_label,
            self.filter_edit,
            component_label,
            self.component_combo,
            type_label,
            self.type_combo,
            self.prev_button,
            self.next_button,
        ):
            bar.addWidget(widget)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(self.tr("Reading progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel reading"))
        self.status = QLabel(self.tr("No log open."))
        self.status.setAccessibleName(self.tr("Log status"))
        status_bar = QHBoxLayout()
        status_bar.addWidget(self.status, 1)
        status_bar.addWidget(self.progress)
        status_bar.addWidget(self.cancel_button)
        self._set_busy(False)

        self.model = LogTableModel(self)
        self.proxy = LogFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Log entries"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # one line of text a row (the style's default is taller): more entries in view
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.timeline = QTableWidget(0, 7)
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setHorizontalHeaderLabels(
            [
                self.tr("#"),
                self.tr("Name"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("Result"),
                self.tr("Exit code"),
                self.tr("Phase"),
            ]
        )
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.verticalHeader().hide()
        self.timeline.horizontalHeader().setStretchLastSection(True)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("Entries"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))

        self.card = QTextBrowser()
        self.card.setAccessibleName(self.tr("Known error"))
        self.card.setOpenLinks(False)
        self.checklist_button = ElidedButton(self.tr("Open &checklist"))
        self.checklist_button.setAccessibleName(self.tr("Open checklist"))
        self.checklist_button.setEnabled(False)
        card_box = QWidget()
        card_layout = QVBoxLayout(card_box)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.addWidget(self.card, 1)
        card_layout.addWidget(self.checklist_button)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.tabs)
        split.addWidget(card_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setCollapsible(0, False)
        self.split = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addLayout(status_bar)

        self.open_button.clicked.connect(self._choose_files)
        self.filter_edit.textChanged.connect(self._apply_filters)
        self.component_combo.currentIndexChanged.connect(self._apply_filters)
        self.type_combo.currentIndexChanged.connect(self._apply_filters)
        self.next_button.clicked.connect(self.next_error)
        self.prev_button.clicked.connect(self.previous_error)
        self.cancel_button.clicked.connect(self.cancel)
        self.checklist_button.clicked.connect(self._open_card_checklist)
        self.card.anchorClicked.connect(self._anchor)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.timeline.cellDoubleClicked.connect(self._timeline_jump)
        self.timeline.cellActivated.connect(self._timeline_jump)

    # -- loading -------------------------------------------------------------------------------

    def set_plan(self, plan: Plan | None) -> None:
        """The plan the failing step is mapped back to; a loaded log is mapped again."""
        self.plan = plan
        a = self.analysis
        if a is None or self.is_busy():
            return
        failing = a.first_failing
        a.pxe_plan = link_pxe_failure(plan, a.known_errors) if plan is not None else None
        if plan is None or failing is None:
            a.correlation = None
        else:
            from cmplanner.logs.correlate import correlate

            at_step = [m.error for m in a.known_errors if m.instruction == failing.name]
            a.correlation = correlate(plan, a.instructions, failing, at_step)
        self._show_html(summary_html(a), self._summary_checklist(a))

    def is_busy(self) -> bool:
        return self._thread is not None

    def load(self, paths: Sequence[str], plan: Plan | None = None) -> None:
        """Start reading ``paths`` in a worker thread; ``loaded`` is emitted when done."""
        if plan is not None:
            self.plan = plan
        self.cancel()
        self._wait()
        thread = QThread(self)
        self._token += 1
        # the worker reads a copy: the user may edit the plan while the log loads
        plan_copy = self.plan.model_copy(deep=True) if self.plan is not None else None
        worker = LogWorker([str(p) for p in paths], plan_copy, self._token)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # slots of this widget run in the GUI thread (queued); stale tokens are dropped
        worker.progress.connect(self._on_progress)
        worker.done.connect(self._on_done)
        worker.failed.connect(self._on_failed)
        worker.done.connect(thread.quit)
        worker.failed.connect(thread.quit)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        self.status.setText(self.tr("Reading %1…").replace("%1", ", ".join(map(str, paths))))
        self.progress.setValue(0)
        self._set_busy(True)
        thread.start()

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def _wait(self) -> None:
        thread = self._thread
        if thread is not None:
            thread.quit()
            thread.wait()
            self._on_thread_finished(thread)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.open_button.setEnabled(not busy)

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open logs"), "", self.tr("Logs (*.log *.lo_);;All files (*)")
        )
        if paths:
            self.load(paths)

    @Slot(int, int, int)
    def _on_progress(self, token: int, permille: int, count: int) -> None:
        if token != self._token:
            return
        self.progress.setValue(permille)
        self.status.setText(self.tr("Reading… %1 entries").replace("%1", str(count)))

    @Slot()
    def _on_thread_finished(self, thread: QThread | None = None) -> None:
        thread = thread or self._thread
        if thread is None or thread is not self._thread or thread.isRunning():
            return
        thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = self._worker = None
        self._set_busy(False)

    @Slot(int, str)
    def _on_failed(self, token: int, message: str) -> None:
        if token != self._token:
            return
        self.status.setText(self.tr("Cannot read: %1").replace("%1", message))
        self.loaded.emit()

    @Slot(int, object)
    def _on_done(self, token: int, loaded: LoadedLogs) -> None:
        if token != self._token:
            return
        a = loaded.analysis
        self.analysis = a
        self.instruction_of = loaded.instruction_of
        self.model.set_entries(loaded.entries)
        self._entry_rows = {(e.source, e.line): i for i, e in enumerate(loaded.entries)}
        components = sorted({e.component for e in loaded.entries if e.component}, key=str.casefold)
        self.component_combo.blockSignals(True)
        self.component_combo.clear()
        self.component_combo.addItem(self.tr("All components"), "")
        for name in components:
            self.component_combo.addItem(name, name)
        self.component_combo.blockSignals(False)
        self._fill_timeline(a)
        self._show_html(summary_html(a), self._summary_checklist(a))
        self._fit_columns()
        text = (
            self.tr("%1 entries, %2 errors, %3 warnings; %4 lines not read")
            .replace("%1", str(a.entries))
            .replace("%2", str(a.errors))
            .replace("%3", str(a.warnings))
            .replace("%4", str(len(a.issues)))
        )
        if a.cancelled:
            text = self.tr("Cancelled: ") + text
        self.status.setText(text)
        self._apply_filters()
        self.loaded.emit()

    def _fit_columns(self) -> None:
        """Every column but the message as wide as its text (Qt measures the rows in view,
        so a large log costs no more); the message takes the rest."""
        message = LogTableModel.COLUMNS.index("message")
        for column in range(len(LogTableModel.COLUMNS)):
            if column != message:
                self.table.resizeColumnToContents(column)

    # -- filters and navigation ---------------------------------------------------------------

    def _apply_filters(self) -> None:
        types = TYPE_FILTERS[max(0, self.type_combo.currentIndex())]
        component = self.component_combo.currentData() or ""
        self.proxy.set_filters(self.filter_edit.text(), component, types)

    def next_error(self) -> bool:
        return self._find_error(+1)

    def previous_error(self) -> bool:
        return self._find_error(-1)

    def _find_error(self, step: int) -> bool:
        rows = self.proxy.rowCount()
        current = self.table.currentIndex().row()
        row = current + step if current >= 0 else (0 if step > 0 else rows - 1)
        while 0 <= row < rows:
            entry = self.proxy.index(row, 0).data(ENTRY_ROLE)
            if entry is not None and entry.severity == 3:
                self._select_proxy_row(row)
                return True
            row += step
        self.status.setText(self.tr("No more errors in that direction."))
        return False

    def _select_proxy_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def select_entry(self, source: str, line: int) -> bool:
        """Select the entry read at ``source``:``line`` (clearing filters that hide it)."""
        row = self._entry_rows.get((source, line))
        if row is None:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid():
            self.filter_edit.clear()
            self.component_combo.setCurrentIndex(0)
            self.type_combo.setCurrentIndex(0)
            proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.tabs.setCurrentWidget(self.table)
        self._select_proxy_row(proxy_index.row())
        return True

    def _fill_timeline(self, a: Analysis) -> None:
        self.timeline.setRowCount(len(a.instructions))
        failing = a.first_failing
        for row, item in enumerate(a.instructions):
            code = (
                ""
                if item.exit_code is None
                else (
                    str(item.exit_code) if item.exit_code <= 0xFFFF else f"0x{item.exit_code:08X}"
                )
            )
            values = [
                str(item.number),
                item.name,
                item.start.strftime("%H:%M:%S") if item.start else "",
                item.end.strftime("%H:%M:%S") if item.end else "",
                self.tr(item.result),
                code,
                item.phase,
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if item is failing or item.failed:
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.timeline.setItem(row, column, cell)

    def _timeline_jump(self, row: int, _column: int = 0) -> None:
        if self.analysis is None or not 0 <= row < len(self.analysis.instructions):
            return
        item = self.analysis.instructions[row]
        self.select_entry(item.source, item.line)

    # -- the card ------------------------------------------------------------------------------

    def _summary_checklist(self, a: Analysis) -> str | None:
        """What the summary's button opens: the core's choice for the failure (the one
        ``cmplanner log analyze`` names), or, when the plan's PXE service point is behind a
        PXE failure, the PXE certificate wizard (``--plan`` says "in the app" for it)."""
        if a.pxe_plan is not None:
            return PXE_WIZARD_PACK  # the main window opens the PXE certificate wizard for it
        fix = failure_fix(a)
        return fix.checklist if fix is not None else None

    def _show_html(self, html: str, checklist: str | None) -> None:
        self.card.setHtml(html)
        self._card_checklist = checklist
        self.checklist_button.setEnabled(checklist is not None)
        if checklist == PXE_WIZARD_PACK:
            text = self.tr("Open the PXE certificate wizard")
        elif checklist:
            text = self.tr("Open checklist: %1").replace("%1", pack_title(checklist))
        else:
            text = self.tr("Open checklist")
        self.checklist_button.setText(text)

    def _selected(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        entry = index.data(ENTRY_ROLE) if index.isValid() else None
        if not isinstance(entry, LogEntry):
            return
        self.show_card_for(entry)

    def show_card_for(self, entry: LogEntry) -> None:
        """The knowledge-base card of one entry (or its codes, or the analysis summary)."""
        source_row = self._entry_rows.get((entry.source, entry.line))
        step = None
        if source_row is not None and source_row < len(self.instruction_of):
            step = self.instruction_of[source_row]
        codes = codes_in(entry.message)
        kb = load_knowledge_base()
        matches = kb.match_message(entry.message, codes, step)
        if not matches and self.analysis is not None:
            failing = self.analysis.first_failing
            failure = self.analysis.failure
            if (
                failing is not None
                and failure is not None
                and (entry.source, entry.line) == (failure.source, failure.line)
            ):
                matches = kb.match_failed_step(failing.name)
        if matches:
            html = "<hr>".join(known_error_html(m, shown_message(entry.message)) for m in matches)
            if codes:
                html += codes_html(codes)
            self._show_html(html, matches[0].checklist)
        elif codes:
            self._show_html(codes_html(codes), None)
        elif self.analysis is not None:
            self._show_html(summary_html(self.analysis), self._summary_checklist(self.analysis))

    def _open_card_checklist(self) -> None:
        if self._card_checklist:
            self.open_checklist.emit(self._card_checklist)

    def _anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("checklist:"):
            self.open_checklist.emit(text.removeprefix("checklist:"))
        elif url.scheme() in ("http", "https"):
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)

    def closeEvent(self, event):  # type: ignore[no-untyped-def]
        self.cancel()
        self._wait()
        super().closeEvent(event)
