"""Small dialogs, each behind a classmethod that returns a typed answer.

Tests replace the classmethods (monkeypatch) instead of clicking through modal loops.
Qt's dialog classes are imported when a dialog opens: each costs start-up time (PySide6 makes
a class's Python enums when the class is first used), and the window needs none to show.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

from cmplanner.gui.autosave import Orphan
from cmplanner.gui.richtext import esc
from cmplanner.gui.tr import QT_TRANSLATE_NOOP


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class UnsavedChangesPrompt:
    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> Choice:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("Dialogs", "Unsaved changes"),
            QCoreApplication.translate(
                "Dialogs",
                "The plan %1 has changes that are not saved. Save them?",
            ).replace("%1", f"<b>{esc(name)}</b>"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return Choice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return Choice.DISCARD
        return Choice.CANCEL


class RecoveryPrompt:
    @classmethod
    def ask(cls, parent: QWidget | None, orphan: Orphan) -> bool:
        from PySide6.QtWidgets import QMessageBox

        when = orphan.saved_at.strftime("%Y-%m-%d %H:%M") if orphan.saved_at else "?"
        what = (
            str(orphan.original)
            if orphan.original
            else QCoreApplication.translate("Dialogs", "an unsaved plan")
        )
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("Dialogs", "Recover unsaved work"),
            QCoreApplication.translate(
                "Dialogs",
                "cmplanner did not close properly last time. An autosave of %1 "
                "from %2 exists. Recover it?",
            )
            .replace("%1", what)
            .replace("%2", when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes


class FileDialogs:
    FILTER = QT_TRANSLATE_NOOP("Dialogs", "cmplanner plans (*.cmplan);;All files (*)")

    @classmethod
    def open_path(
        cls, parent: QWidget | None, folder: str = "", file_filter: str = ""
    ) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        title = QCoreApplication.translate("Dialogs", "Open")
        plans = QCoreApplication.translate("Dialogs", cls.FILTER)
        name, _ = QFileDialog.getOpenFileName(parent, title, folder, file_filter or plans)
        return Path(name) if name else None

    @classmethod
    def save_path(
        cls, parent: QWidget | None, suggested: str = "", file_filter: str = ""
    ) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        title = QCoreApplication.translate("Dialogs", "Save as")
        plans = QCoreApplication.translate("Dialogs", cls.FILTER)
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter or plans)
        return Path(name) if name else None


class AuthorDialog:
    @classmethod
    def get_author(cls, parent: QWidget | None, current: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        title = QCoreApplication.translate("Dialogs", "Author name")
        prompt = QCoreApplication.translate(
            "Dialogs", "Your name, recorded with ticks and sign-offs:"
        )
        text, ok = QInputDialog.getText(parent, title, prompt, text=current)
        return text.strip() if ok else None


class ErrorMessage:
    @classmethod
    def show(cls, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, title, text)


class KeptAlive:
    """Objects a dialog draws with but Qt does not own (a ``QPrinter`` is no ``QObject``).

    ``QPrintPreviewDialog(printer)`` and ``QPrintDialog(printer)`` keep only a pointer: a
    printer made in a function dies when the function returns while the dialog paints on.
    :meth:`bind` holds the objects, and the dialog's Python side, until Qt destroys the dialog
    (it is deleted when closed), then lets them go on the next turn of the event loop.
    """

    _held: ClassVar[dict[int, tuple[object, ...]]] = {}

    @classmethod
    def bind(cls, dialog: QDialog, *objects: object) -> None:
        key = id(dialog)
        cls._held[key] = (dialog, *objects)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.destroyed.connect(lambda *_a: QTimer.singleShot(0, lambda: cls._held.pop(key, None)))

    @classmethod
    def holds(cls, obj: object) -> bool:
        return any(obj in kept for kept in cls._held.values())
