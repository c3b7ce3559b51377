"""Plan > Approve: who approves and a note, asked behind a classmethod (tests replace it)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class ApprovalAnswer:
    by: str
    note: str


class ApprovalDialog(QDialog):
    """Asks who approves the plan and the change board's note or reference."""

    def __init__(self, parent: QWidget | None, author: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Approval", "Approve the plan"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "Approval",
                    "The stamp records the plan's content as it is now; any later edit "
                    "shows as changed since approved.",
                )
            )
        )
        form = QFormLayout()
        self.by = QLineEdit(author)
        self.by.setAccessibleName(QCoreApplication.translate("Approval", "Approved by"))
        self.note = QLineEdit()
        self.note.setAccessibleName(QCoreApplication.translate("Approval", "Note"))
        by_label = QLabel(QCoreApplication.translate("Approval", "Approved &by:"))
        by_label.setBuddy(self.by)
        note_label = QLabel(QCoreApplication.translate("Approval", "&Note or change reference:"))
        note_label.setBuddy(self.note)
        form.addRow(by_label, self.by)
        form.addRow(note_label, self.note)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.by.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.by.text().strip()))

    def answer(self) -> ApprovalAnswer:
        return ApprovalAnswer(self.by.text().strip(), self.note.text().strip())

    @classmethod
    def ask(cls, parent: QWidget | None, author: str) -> ApprovalAnswer | None:
        dialog = cls(parent, author)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()
