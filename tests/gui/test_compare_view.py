"""Plan > Approve (an undoable stamp) and File > Compare with... (the Changes dock)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from cmplanner.gui import dialogs
from cmplanner.gui.approval import ApprovalAnswer, ApprovalDialog
from cmplanner.gui.commands import ApprovePlanCommand, SetValueCommand
from cmplanner.gui.compare_panel import SUBJECT_ROLE, item_subjects
from cmplanner.model import GroupMember
from cmplanner.model.approval import ApprovalState, approval_state
from cmplanner.model.planfile import load_plan

pytestmark = pytest.mark.gui


def _menu_action(window, menu_title: str, name: str):  # type: ignore[no-untyped-def]
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == menu_title:
            found = [a for a in action.menu().actions() if a.objectName() == name]
            assert found, f"{name} not in the {menu_title} menu"
            return found[0]
    raise AssertionError(f"no {menu_title} menu")


def test_plan_approve_stamps_the_plan_as_one_undoable_edit(
    window, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        ApprovalDialog, "ask", classmethod(lambda cls, parent, author: ApprovalAnswer("Jan", "CAB"))
    )
    _menu_action(window, "Plan", "approve").trigger()
    stamp = window.doc.plan.approval
    assert stamp is not None and (stamp.by, stamp.note) == ("Jan", "CAB")
    assert "— approved —" in window.windowTitle()
    assert window.doc.undo_stack.count() == 1
    window.act_undo.trigger()
    assert window.doc.plan.approval is None
    assert "approved" not in window.windowTitle()
    window.act_redo.trigger()
    assert approval_state(window.doc.plan) is ApprovalState.APPROVED


def test_an_edit_after_approval_shows_in_the_title_bar(window, qtbot) -> None:
    window.approve_plan("Jan")
    window.doc.push(SetValueCommand(window.doc, "distribution_points[0].multicast", False))
    qtbot.waitUntil(lambda: "changed since approved" in window.windowTitle(), timeout=3000)
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: "— approved —" in window.windowTitle(), timeout=3000)


def test_approve_command_round_trip(window) -> None:
    before = window.doc.plan.model_dump()
    window.doc.push(ApprovePlanCommand(window.doc, "Jan", "note", datetime(2026, 4, 1)))
    after = window.doc.plan.model_dump()
    assert after != before and after["approval"]["by"] == "Jan"
    window.doc.undo_stack.undo()
    assert window.doc.plan.model_dump() == before
    window.doc.undo_stack.redo()
    assert window.doc.plan.model_dump() == after


def test_the_approval_dialog_needs_a_name(qtbot) -> None:
    from tests.gui.test_accessibility import problems

    dialog = ApprovalDialog(None, "")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert problems(dialog, "approval") == []
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.by, "Jan de Vries")
    qtbot.keyClicks(dialog.note, "CAB-41")
    assert ok.isEnabled()
    assert dialog.answer() == ApprovalAnswer("Jan de Vries", "CAB-41")


@pytest.fixture
def approved(window, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    """The window's plan approved and saved aside as the approved plan."""
    window.approve_plan("Jan")
    path = tmp_path / "approved.cmplan"
    assert window.save_to(path)
    return path


def _late_joiner(window) -> None:  # type: ignore[no-untyped-def]
    members = [m.model_copy() for m in window.doc.plan.dp_groups[0].members]
    members.append(GroupMember(dp="AMS-FS01 share", joined=datetime(2026, 4, 1, 9)))
    window.doc.push(SetValueCommand(window.doc, "dp_groups[0].members", members))


def test_compare_shows_the_changes_beside_the_plan(window, qtbot, approved: Path) -> None:
    from tests.gui.test_accessibility import problems

    _late_joiner(window)
    panel = window.compare_with(approved)
    assert problems(panel, "changes") == []
    assert window.compare_dock.isVisible()
    texts = [text for text, _ in item_subjects(panel.tree)]
    assert "Changed (1)" in texts
    assert "DP group All Netherlands DPs: changed" in texts
    assert any(t.startswith("AMS-FS01 share joined All Netherlands DPs late") for t in texts)
    assert "approved by Jan" in panel.heading.text()
    assert panel.runbook_button.isEnabled()


def test_clicking_a_change_selects_its_object(window, qtbot, approved: Path) -> None:
    window.doc.push(SetValueCommand(window.doc, "boundaries[1].connection", "slow"))
    panel = window.compare_with(approved)
    tree = panel.tree
    item = next(
        tree.topLevelItem(0).child(i)
        for i in range(tree.topLevelItem(0).childCount())
        if tree.topLevelItem(0).child(i).text(0).startswith("boundary Amsterdam datacenter")
    )
    assert item.data(0, SUBJECT_ROLE) == "boundaries[1]"
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tree.current_path() == "boundaries[1]"
    assert window.editor.path == "boundaries[1]"


def test_the_view_follows_edits_and_undo(window, qtbot, approved: Path) -> None:
    panel = window.compare_with(approved)
    assert panel.diff.equal and not panel.runbook_button.isEnabled()
    _late_joiner(window)
    qtbot.waitUntil(lambda: not panel.diff.equal, timeout=3000)
    window.act_undo.trigger()
    qtbot.waitUntil(lambda: panel.diff.equal, timeout=3000)


def test_the_change_runbook_from_the_view(
    window, approved: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _late_joiner(window)
    panel = window.compare_with(approved)
    target = tmp_path / "change.md"
    monkeypatch.setattr(dialogs.FileDialogs, "save_path", classmethod(lambda cls, *a: target))
    panel.runbook_button.click()
    text = target.read_text(encoding="utf-8")
    assert "Change runbook" in text and "AMS-FS01 share" in text and "AMS00001" in text


def test_comparing_with_a_bad_file_says_so(window, tmp_path: Path, no_modal_dialogs) -> None:
    bad = tmp_path / "bad.cmplan"
    bad.write_text("{", encoding="utf-8")
    assert window.compare_with(bad) is None
    assert any(str(bad) in asked for asked in no_modal_dialogs)
    assert window.compare_dock is None


def test_the_approved_file_is_left_as_it_was(window, approved: Path) -> None:
    before = approved.read_bytes()
    _late_joiner(window)
    window.compare_with(approved)
    assert approved.read_bytes() == before
    assert load_plan(approved).approval is not None


def test_approve_and_compare_have_their_own_shortcuts(window) -> None:
    from PySide6.QtGui import QAction

    shortcuts = [
        a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()
    ]
    assert window.act_approve.shortcut().toString() == "Ctrl+Shift+A"
    assert window.act_compare.shortcut().toString() == "Ctrl+Shift+D"
    assert len(shortcuts) == len(set(shortcuts)), "two actions share a shortcut"
