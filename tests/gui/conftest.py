"""Fixtures for the GUI tests: a main window on a private copy of the demo plan."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cmplanner.demo import demo_path


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    """A writable copy of the demo plan."""
    target = tmp_path / "demo.cmplan"
    shutil.copy(demo_path(), target)
    return target


@pytest.fixture
def window(qtbot, plan_file: Path):  # type: ignore[no-untyped-def]
    from cmplanner.gui.app import create_window

    win = create_window(plan_file)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.doc.undo_stack.setClean()  # let the close in teardown pass without a prompt


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """No test may ever wait on a modal dialog: prompts answer "discard" / "no" and are
    recorded, so a test that expects one can assert on it."""
    from cmplanner.gui import dialogs

    asked: list[str] = []

    def unsaved(cls, parent, name):  # type: ignore[no-untyped-def]
        asked.append(f"unsaved:{name}")
        return dialogs.Choice.DISCARD

    def recovery(cls, parent, orphan):  # type: ignore[no-untyped-def]
        asked.append("recovery")
        return False

    def error(cls, parent, title, text):  # type: ignore[no-untyped-def]
        asked.append(f"error:{text}")

    monkeypatch.setattr(dialogs.UnsavedChangesPrompt, "ask", classmethod(unsaved))
    monkeypatch.setattr(dialogs.RecoveryPrompt, "ask", classmethod(recovery))
    monkeypatch.setattr(dialogs.ErrorMessage, "show", classmethod(error))
    monkeypatch.setattr(dialogs.FileDialogs, "open_path", classmethod(lambda cls, *a: None))
    monkeypatch.setattr(dialogs.FileDialogs, "save_path", classmethod(lambda cls, *a: None))
    return asked


class WizardDriver:
    """Next and Finish through the wizard's own buttons, with the page's reason on failure."""

    def __init__(self, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot

    def _click(self, wizard, which) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import Qt

        button = wizard.button(which)
        page = wizard.currentPage()
        why = " ".join(
            w.text()
            for w in (getattr(page, "problem", None), getattr(page, "findings_view", None))
            if w
        )
        assert button.isEnabled(), f"{button.text()} is disabled: {why}"
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def next(self, wizard) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QWizard

        self._click(wizard, QWizard.WizardButton.NextButton)

    def finish(self, wizard) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QWizard

        self._click(wizard, QWizard.WizardButton.FinishButton)


@pytest.fixture
def drive(qtbot) -> WizardDriver:  # type: ignore[no-untyped-def]
    return WizardDriver(qtbot)


def click_box(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    """Click a check box or radio button on its indicator (rows may be wider than the text)."""
    from PySide6.QtCore import QPoint, Qt

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


WizardDriver.box = lambda self, button: click_box(self.qtbot, button)  # type: ignore[attr-defined]
