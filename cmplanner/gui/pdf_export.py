"""A runbook PDF exported by a process of its own, with a progress dialog that can cancel.

The window never waits for the printing: the plan is handed over as a snapshot (the user
may go on editing), a second process lays out and paints the pages
(:mod:`cmplanner.render.pdf_job`), and a timer here reads its progress. The process writes
into a private folder beside the target; only a finished export is moved onto the target
file, so a cancelled or failed one leaves no file and never touches an existing one.
"""

from __future__ import annotations

import multiprocessing
import shutil
import tempfile
import threading
from contextlib import suppress
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from cmplanner.errors import InputError
from cmplanner.gui.document import PlanDocument
from cmplanner.gui.plan_snapshot import PlanSnapshot

POLL_MS = 40  # how often the window reads the export's messages
STOP_GRACE_S = 10.0  # a cancelled export that has not stopped by then is ended
EXIT_WAIT_MS = 5000  # after its last word, the process has this long to end by itself


class PdfExport(QObject):
    """One export: ``finished(path, pages)``, ``failed(message)`` or ``cancelled()`` ends it,
    each after the process has stopped and its private folder is gone."""

    progressed = Signal(str, int, int)  # stage, done, total
    finished = Signal(object, int)  # the file written, its page count
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self, doc: PlanDocument, path: Path, sections: list[str] | None, parent: QWidget
    ) -> None:
        """Start exporting the plan of ``doc`` as it is now; raises :class:`InputError`
        when ``path``'s folder cannot be written."""
        super().__init__(parent)

        self.path = path
        self.running = True
        self._stopping = False
        self._result: tuple[str, Any] | None = None
        self._exit_wait = 0
        folder = path.parent if str(path.parent) else Path(".")
        try:
            self._folder = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=folder))
        except OSError as exc:
            raise InputError(path, f"cannot write here: {exc.strerror or exc}") from None
        self._sections = sections
        self._lock = threading.Lock()  # between cancel() and the start of the process
        self._started = False
        self._sender: threading.Thread | None = None
        self._snapshot = PlanSnapshot(doc, self)  # the plan as JSON, a slice at a time
        self._snapshot.ready.connect(self._hand_over_in_a_thread)
        self.dialog = self._progress_dialog(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()
        self._deadline: QTimer | None = None

    def _progress_dialog(self, parent: QWidget) -> QProgressDialog:
        dialog = QProgressDialog(parent)
        dialog.setWindowTitle(self.tr("Export runbook as PDF"))
        dialog.setLabelText(self.tr("Preparing the runbook..."))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setAccessibleName(self.tr("PDF export progress"))
        dialog.setRange(0, 0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.WindowModality.NonModal)  # the plan stays editable
        dialog.canceled.connect(self.cancel)
        dialog.show()
        return dialog

    def _hand_over_in_a_thread(self, plan_json: bytes) -> None:
        """The snapshot is ready: start the process and send it the plan. Starting a process
        takes tens of milliseconds, and a large plan is a megabyte or more that a pipe takes
        64 KB at a time as the process reads it: both happen in a thread (which waits
        without Python's lock), never in the window's."""
        from cmplanner.render import pdf_job

        request = pdf_job.ExportRequest(
            plan_json, self._sections, str(self._folder / self.path.name)
        )
        context = multiprocessing.get_context("spawn")
        self._conn, child_conn = context.Pipe()
        # not a daemon: the export starts a second printing process for a large runbook
        self._process = context.Process(
            target=pdf_job.run, args=(child_conn,), name="cmplanner-pdf-export"
        )
        self._sender = threading.Thread(
            target=self._hand_over, args=(request, child_conn), daemon=True
        )
        self._sender.start()

    def _hand_over(self, request: Any, child_conn: Any) -> None:
        """Start the process and send it the request (in the handing-over thread)."""
        try:
            with self._lock:
                if self._stopping:  # cancelled before it started: nothing to start
                    return
                try:
                    self._process.start()
                except (OSError, RuntimeError, ValueError) as exc:
                    self._result = ("error", f"cannot start the export: {exc}")
                    return
                self._started = True
        finally:
            child_conn.close()
        with suppress(OSError, EOFError, ValueError):  # the process is gone: _poll sees it
            self._conn.send(request)

    # -- reading the process ---------------------------------------------------------
    def _poll(self) -> None:
        if self._sender is None:  # the plan is still being written out
            if self._stopping:
                self._result = ("cancelled", None)
                self._end()
            return
        if self._sender.is_alive():  # the process has not got the plan yet: nothing to read
            return
        if not self._started:  # cancelled before it started, or it could not start
            self._result = self._result or ("cancelled", None)
            self._end()
            return
        try:
            while self._result is None and self._conn.poll():
                kind, value = self._conn.recv()
                if kind == "progress":
                    self._show_progress(*value)
                else:
                    self._result = (kind, value)
        except (EOFError, OSError):  # the process ended without a word
            self._result = self._result or ("error", self.tr("the export process stopped"))
        if self._result is None and not self._process.is_alive() and not self._conn.poll():
            self._result = ("error", self.tr("the export process stopped"))
        if self._result is not None:
            if self._process.is_alive():  # it is closing down: looked at again next tick,
                self._exit_wait += 1  # never waited for here (that would freeze the window)
                if self._exit_wait * POLL_MS < EXIT_WAIT_MS:
                    return
            self._end()

    def _show_progress(self, stage: str, done: int, total: int) -> None:
        self.progressed.emit(stage, done, total)
        if self._stopping:
            return
        if stage == "layout":
            text = self.tr("Laying out the runbook: part %1 of %2")
        else:
            text = self.tr("Printing page %1 of %2")
        self.dialog.setLabelText(text.replace("%1", str(done)).replace("%2", str(total)))
        self.dialog.setRange(0, max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def _end(self) -> None:
        """The process has answered: keep the file if it finished and was not cancelled,
        then remove the private folder and say how it ended."""
        assert self._result is not None
        kind, value = self._result
        self._timer.stop()
        if self._deadline is not None:
            self._deadline.stop()
        self._snapshot.stop()
        if self._started:
            if self._process.is_alive():
                self._process.kill()
            self._process.join(timeout=5)
        if self._sender is not None:
            self._conn.close()
        written = self._folder / self.path.name
        problem: str | None = None
        if kind == "done" and not self._stopping:
            try:
                written.replace(self.path)
            except OSError as exc:
                problem = InputError(
                    self.path, f"cannot write the PDF: {exc.strerror or exc}"
                ).describe()
        elif kind != "done":  # "error", or an answer this window did not ask for
            problem = InputError(self.path, str(value)).describe()
        shutil.rmtree(self._folder, ignore_errors=True)
        self.running = False
        self.dialog.reset()
        self.dialog.hide()
        if self._stopping:
            self.cancelled.emit()
        elif problem is not None:
            self.failed.emit(problem)
        else:
            self.finished.emit(self.path, int(value))

    # -- stopping ----------------------------------------------------------------------
    def cancel(self) -> None:
        """Stop the export; ``cancelled`` follows once the process has cleaned up. An
        export that stops too slowly (it is rendering the HTML) is ended."""
        if not self.running or self._stopping:
            return
        with self._lock:
            self._stopping = True
            started = self._started
        self.dialog.hide()
        self._snapshot.stop()
        if not started or self._sender is None:
            return  # the next poll ends it
        if self._sender.is_alive():  # it has not even read the plan: nothing written yet
            self._process.kill()
        else:
            with suppress(OSError, EOFError, ValueError):
                self._conn.send("cancel")
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.timeout.connect(self._kill)
        self._deadline.start(int(STOP_GRACE_S * 1000))

    def _kill(self) -> None:
        if self._started and self._process.is_alive():
            self._process.kill()

    def stop_now(self) -> None:
        """End the export at once and clean up (the window is closing)."""
        if not self.running:
            return
        with self._lock:
            self._stopping = True
        self._kill()
        if self._sender is not None:
            self._sender.join(timeout=5)
        self._kill()  # it may have started meanwhile
        self._result = self._result or ("cancelled", None)
        self._end()
