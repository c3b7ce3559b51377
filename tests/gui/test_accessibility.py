"""Every input on every page has an accessible name, and every text input a buddy label;
every window action is reachable by keyboard; the window fits a 1280x720 screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from cmplanner.gui.wizards import WIZARDS

pytestmark = pytest.mark.gui

NEEDS_BUDDY = (QLineEdit, QComboBox, QSpinBox, QDateTimeEdit)
NEEDS_NAME = (*NEEDS_BUDDY, QAbstractItemView, QPlainTextEdit, QTextEdit)


def _inner(widget: QWidget) -> bool:
    """Parts of a compound widget (the line edit inside a spin box or a combo box, a
    table's header)."""
    if isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def problems(root: QWidget, where: str) -> list[str]:
    found = []
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    for widget in root.findChildren(QWidget):
        if _inner(widget) or type(widget).__module__.startswith("cmplanner.gui.log"):
            continue
        name = f"{where}: {type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, NEEDS_NAME) and not widget.accessibleName():
            found.append(f"{name} has no accessible name")
        if isinstance(widget, NEEDS_BUDDY) and id(widget) not in buddies:
            found.append(f"{name} has no buddy label")
        if (
            isinstance(widget, QAbstractButton)
            and widget.parent() is not None
            and not (widget.text() or widget.accessibleName() or widget.toolTip())
            and widget.isVisibleTo(root)
            and type(widget).__name__ != "QToolButton"
        ):
            found.append(f"{name} has no text or accessible name")
    return found


def test_every_wizard_page_is_labelled(window, qtbot) -> None:
    found: list[str] = []
    for entry in WIZARDS:
        wizard = window.open_wizard(entry.key)
        for page_id in wizard.pageIds():
            page = wizard.page(page_id)
            page.initializePage()
            found += problems(page, f"{entry.key}/{type(page).__name__}")
        wizard.reject()
    assert found == []


def test_every_editor_form_is_labelled(window) -> None:
    found: list[str] = []
    plan = window.doc.plan
    paths = ["", "site", "pxe"] + [
        f"{c}[0]"
        for c in ("boundaries", "distribution_points", "dp_groups", "packages", "task_sequences")
        if getattr(plan, c)
    ]
    for path in paths:
        window.editor.show_path(path)
        found += problems(window.editor, f"editor {path!r}")
    for panel in (window.findings, window.runbook):
        found += problems(panel, type(panel).__name__)
    assert found == []


def test_every_action_has_a_shortcut_and_the_window_fits_720p(window) -> None:
    actions = [
        window.act_new,
        window.act_open,
        window.act_save,
        window.act_save_as,
        window.act_undo,
        window.act_redo,
        window.act_delete,
        window.act_print,
        window.act_print_preview,
        window.act_pdf,
        window.act_quit,
        *window.add_actions,
        *window.wizard_actions.values(),
    ]
    missing = [a.text() for a in actions if a.shortcut().isEmpty()]
    assert missing == []
    shortcuts = [a.shortcut().toString() for a in actions]
    assert len(shortcuts) == len(set(shortcuts)), "two actions share a shortcut"
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720
    for entry in WIZARDS:
        wizard = window.open_wizard(entry.key)
        assert wizard.minimumSizeHint().height() <= 720, entry.key
        wizard.reject()
