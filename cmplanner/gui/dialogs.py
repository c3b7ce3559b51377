"""Small dialogs, each behind a classmethod that returns a typed answer.

Tests replace the classmethods (monkeypatch) instead of clicking through modal loops.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from cmplanner.gui.autosave import Orphan


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class UnsavedChangesPrompt:
    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> Choice:
        answer = QMessageBox.question(
            parent, _tr("Unsaved changes"),
            _tr("The plan \u201c%1\u201d has changes that are not saved. Save them?")
            .replace("%1", name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return Choice.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return Choice.DISCARD
        return Choice.CANCEL


class RecoveryPrompt:
    @classmethod
    def ask(cls, parent: QWidget | None, orphan: Orphan) -> bool:
        when = orphan.saved_at.strftime("%Y-%m-%d %H:%M") if orphan.saved_at else "?"
        what = str(orphan.original) if orphan.original else _tr("an unsaved plan")
        answer = QMessageBox.question(
            parent, _tr("Recover unsaved work"),
            _tr("cmplanner did not close properly last time. An autosave of %1 from %2 "
                "exists. Recover it?").replace("%1", what).replace("%2", when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes


class FileDialogs:
    FILTER = "cmplanner plans (*.cmplan);;All files (*)"

    @classmethod
    def open_path(cls, parent: QWidget | None, folder: str = "") -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, _tr("Open plan"), folder, cls.FILTER)
        return Path(name) if name else None

    @classmethod
    def save_path(cls, parent: QWidget | None, suggested: str = "",
                  file_filter: str = "") -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, _tr("Save as"), suggested,
                                              file_filter or cls.FILTER)
        return Path(name) if name else None


class AuthorDialog:
    @classmethod
    def get_author(cls, parent: QWidget | None, current: str) -> str | None:
        text, ok = QInputDialog.getText(parent, _tr("Author name"),
                                        _tr("Your name, recorded with ticks and sign-offs:"),
                                        text=current)
        return text.strip() if ok else None


class ErrorMessage:
    @classmethod
    def show(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)
