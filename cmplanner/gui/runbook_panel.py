"""Runbook preview, print preview, printing and PDF export, all through the runbook renderer.

The panel never writes runbook text itself: it asks ``cmplanner.runbook.render_runbook`` for
HTML (the whole runbook or one section) and hands that HTML to Qt's printing, or to
``cmplanner.render.pdf`` for a PDF file.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cmplanner.errors import InputError
from cmplanner.gui.dialogs import ErrorMessage, FileDialogs, KeptAlive
from cmplanner.gui.document import PlanDocument
from cmplanner.gui.richtext import esc

REFRESH_MS = 600
#: a preview that took longer than this to render stops following every edit (a large plan);
#: the Refresh button (F9) renders it on request instead, so typing never stalls
AUTO_LIMIT_S = 0.15
#: a rendered runbook larger than this is not laid out on screen (laying out megabytes of
#: tables freezes the window for seconds); print preview and PDF still take all of it
PREVIEW_LIMIT = 400_000
#: a runbook judged from the plan to print more table rows than this is over PREVIEW_LIMIT
#: for certain (the 1,000-DP plan prints about 280 bytes a row): it is not rendered at all
#: for the preview, which would hold the window for a second or more to then show the note
PREVIEW_ROWS = 3000


def section_ids() -> list[tuple[str, str]]:
    """(id, title) of every runbook section, in print order (imported on first use: the
    renderer is not needed to show the window)."""
    from cmplanner.runbook import SECTIONS

    return list(SECTIONS.items())


def render_html(plan: Any, sections: list[str] | None) -> str:
    """The runbook's HTML for the preview: its title once (no running header and footer,
    which only a browser's print places at the page edges)."""
    from cmplanner.runbook.render import TEMPLATES, render_text
    from cmplanner.runbook.sections import RunbookFormat

    return render_text(plan, TEMPLATES[RunbookFormat.HTML], target="screen", sections=sections)


class RunbookPanel(QWidget):
    """Shows the runbook of the open plan, refreshed shortly after each edit."""

    message = Signal(str)  # for the status bar: an export finished

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.section = QComboBox()
        self.section.setAccessibleName(self.tr("Runbook section"))
        self.section.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.section.setMinimumContentsLength(14)
        self.section.addItem(self.tr("Whole runbook"), None)
        self._sections_loaded = False
        label = QLabel(self.tr("&Section:"))
        label.setBuddy(self.section)
        self.preview_button = QPushButton(self.tr("Print pre&view"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setShortcut("F9")
        self.refresh_button.setToolTip(self.tr("Render the preview again (F9)"))
        self.pdf_button = QPushButton(self.tr("PDF..."))
        self.pdf_button.setAccessibleName(self.tr("Export as PDF"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Runbook preview"))
        self.browser.setOpenExternalLinks(True)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.section, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.preview_button)
        top.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.manual_note = QLabel(
            self.tr("Large plan: the preview follows your edits when you press Refresh (F9).")
        )
        self.manual_note.setWordWrap(True)
        self.manual_note.hide()
        layout.addLayout(top)
        layout.addWidget(self.manual_note)
        layout.addWidget(self.browser, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.section.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.preview_button.clicked.connect(self.print_preview)
        self.pdf_button.clicked.connect(self.export_pdf)
        doc.findings_changed.connect(self._schedule)
        self._stale = True
        self.auto = True
        self._renders = 0
        self.export: Any = None  # the running (or last) PDF export

    def _load_sections(self) -> None:
        """Fill the section list on first use (importing the renderer costs start-up time)."""
        if self._sections_loaded:
            return
        self._sections_loaded = True
        self.section.blockSignals(True)
        for ident, title in section_ids():
            if self.section.findData(ident) < 0:
                self.section.addItem(title, ident)
        self.section.blockSignals(False)

    def selected_sections(self) -> list[str] | None:
        ident = self.section.currentData()
        return [ident] if ident else None

    def show_section(self, ident: str) -> None:
        """Show one section (a wizard offers the section its result belongs to)."""
        self._load_sections()
        index = self.section.findData(ident)
        if index < 0:
            self.section.addItem(ident, ident)
            index = self.section.count() - 1
        self.section.setCurrentIndex(index)
        self.refresh()

    def _schedule(self) -> None:
        self._stale = True
        if self.isVisible() and self.auto:
            self.timer.start()

    def set_shown(self, shown: bool) -> None:
        """The panel's dock was shown or brought to the front: a stale preview renders
        shortly (the window connects the dock's ``visibilityChanged``; a ``showEvent``
        override would cost start-up time, see ``MainWindow.setVisible``)."""
        if shown and self._stale:
            self.timer.start()

    def html(self) -> str | None:
        try:
            return render_html(self.doc.plan, self.selected_sections())
        except RuntimeError:
            return None
        except (InputError, KeyError, ValueError) as exc:
            return f"<p>{self.tr('The runbook cannot be rendered:')} {esc(str(exc))}</p>"

    def refresh(self) -> None:
        self._load_sections()
        self._stale = False
        started = time.perf_counter()
        from cmplanner.render.pdf_parallel import estimated_rows  # after the first frame

        rows = estimated_rows(self.doc.plan, self.selected_sections())
        html = self._too_large(rows=rows) if rows > PREVIEW_ROWS else self.html()
        if html is not None and len(html) > PREVIEW_LIMIT:
            html = self._too_large(size=len(html))
        self._renders += 1
        if self._renders > 1:  # the first render also loads the renderer: not a measure
            self.auto = time.perf_counter() - started < AUTO_LIMIT_S
        self.manual_note.setVisible(not self.auto)
        if html is None:
            self.browser.setPlainText(self.tr("This build has no runbook renderer."))
        else:
            self.browser.setHtml(html)

    def _too_large(self, size: int = 0, rows: int = 0) -> str:
        if rows:
            note = self.tr(
                "This part of the runbook has about %1 table rows, too many to show here "
                "without freezing the window. Pick one section above, or use Print preview "
                "or PDF, which take all of it."
            ).replace("%1", f"{rows:,}")
        else:
            note = self.tr(
                "This part of the runbook is %1 KB, too large to show here without "
                "freezing the window. Pick one section above, or use Print preview or "
                "PDF, which take all of it."
            ).replace("%1", str(size // 1024))
        return f"<p><i>{esc(note)}</i></p>"

    def _paint(self, printer: Any) -> None:
        """Lay the runbook out on a printer (or preview) through the render layer."""
        from cmplanner.render.pdf import print_runbook

        print_runbook(printer, self.doc.plan, self.selected_sections())

    def print_preview(self) -> Any:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Runbook print preview"))
        dialog.paintRequested.connect(self._paint)
        dialog.resize(1000, 700)
        KeptAlive.bind(dialog, printer)  # the dialog paints on the printer after we return
        dialog.open()
        self._preview = dialog
        return dialog

    def print_dialog(self) -> Any:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        from PySide6.QtWidgets import QDialog

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: self._paint(printer))
        KeptAlive.bind(dialog, printer)
        QDialog.open(dialog)  # QPrintDialog's binding has only open(receiver, member)
        self._print = dialog
        return dialog

    def export_pdf(self, path: Path | None = None) -> Any:
        """Start writing the selected section (or the whole runbook) as a PDF file, in a
        process of its own with a progress dialog (see :mod:`cmplanner.gui.pdf_export`);
        returns the running export, or None when there is none (no file chosen, or the
        folder cannot be written: said in a message). One export runs at a time."""
        if self.export is not None and self.export.running:
            self.export.dialog.show()
            self.export.dialog.raise_()
            return self.export
        if path is None:
            name = f"{self.doc.plan.name}-runbook.pdf"
            path = FileDialogs.save_path(self, name, self.tr("PDF files (*.pdf)"))
            if path is None:
                return None
        from cmplanner.gui.pdf_export import PdfExport

        try:
            export = PdfExport(self.doc, path, self.selected_sections(), self)
        except InputError as exc:
            ErrorMessage.show(self, self.tr("Cannot write the PDF"), exc.describe())
            return None
        export.failed.connect(
            lambda problem: ErrorMessage.show(self, self.tr("Cannot write the PDF"), problem)
        )
        export.finished.connect(
            lambda written, pages: self.message.emit(
                self.tr("Runbook written to %1 (%2 pages)")
                .replace("%1", str(written))
                .replace("%2", str(pages))
            )
        )
        self.export = export
        return export

    def stop_export(self) -> None:
        """End a running export at once (the window is closing); it leaves no file."""
        if self.export is not None:
            self.export.stop_now()
