"""Plan > Approve (an undoable stamp) and File > Compare with... (the Changes dock)."""

from __future__ import annotations

import re
import shutil
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
    assert "Changes (1)" in texts
    assert "DP group All Netherlands DPs" in texts
    joined = "AMS-FS01 share joined All Netherlands DPs on 2026-04-01 09:00"
    assert any(t.startswith(joined) for t in texts)
    assert "approved by Jan" in panel.heading.text()
    assert panel.runbook_button.isEnabled()


def test_clicking_a_change_selects_its_object(window, qtbot, approved: Path) -> None:
    window.doc.push(SetValueCommand(window.doc, "boundaries[1].connection", "slow"))
    panel = window.compare_with(approved)
    tree = panel.tree
    item = next(
        tree.topLevelItem(0).child(i)
        for i in range(tree.topLevelItem(0).childCount())
        if tree.topLevelItem(0).child(i).text(0) == "boundary Amsterdam datacenter"
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


# -- the panel says what the core says --------------------------------------------------
PLANDIFF = Path(__file__).resolve().parents[1] / "data" / "plandiff"
RULE_ID = re.compile(r"\b[A-Z]{2,4}\d{3}\b")


def _entries(tree) -> list[tuple[str, str, object]]:  # type: ignore[no-untyped-def]
    """(text, detail, subject) of every entry below the section headings, depth first."""
    found = []
    stack = [
        tree.topLevelItem(i).child(j)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
    ]
    while stack:
        item = stack.pop(0)
        found.append((item.text(0), item.text(1), item.data(0, SUBJECT_ROLE)))
        stack[0:0] = [item.child(i) for i in range(item.childCount())]
    return found


@pytest.fixture
def base_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The window with the plan diff fixtures' approved plan open."""
    from cmplanner.gui.app import create_window

    target = tmp_path / "base.cmplan"
    shutil.copy(PLANDIFF / "base.cmplan", target)
    win = create_window(target)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.doc.undo_stack.setClean()


@pytest.mark.parametrize(
    "other",
    ["late-joiner", "boundary-remote", "dp-settings", "moved-step", "pxe-certificate", "rename"],
)
def test_every_line_of_the_panel_is_a_line_of_cmplanner_diff(
    base_window, qtbot, other: str
) -> None:
    """The compare view and ``cmplanner diff`` say the same sentences (the panel names
    fields with the app's own labels, and leaves out rule ids and positions)."""
    from cmplanner.plandiff import diff_plans
    from cmplanner.plandiff.output import format_text

    panel = base_window.compare_with(PLANDIFF / f"{other}.cmplan")
    printed = format_text(diff_plans(load_plan(PLANDIFF / f"{other}.cmplan"), base_window.doc.plan))
    cli = {
        re.sub(r" [A-Z]{2,4}\d{3}(?=:)", "", line).strip().casefold()
        for line in printed.splitlines()
    }
    entries = _entries(panel.tree)
    assert entries
    for text, detail, _subject in entries:
        shown = f"{text}: {detail}" if detail else text
        assert shown.casefold() in cli or f"{shown}:".casefold() in cli, shown
        assert not RULE_ID.search(shown), shown
        assert not re.search(r"\[\d+\]", shown), shown
    panel.grab()  # let it paint


def test_the_panel_speaks_the_apps_language(base_window, qtbot) -> None:
    """Statuses, states and severities are words of the language in force, never the raw
    English values of the plan's enums."""
    from cmplanner.language import language

    with language("nl"):
        panel = base_window.compare_with(PLANDIFF / "boundary-remote.cmplan")
        details = [detail for _text, detail, _subject in _entries(panel.tree)]
        headings = [
            panel.tree.topLevelItem(i).text(0) for i in range(panel.tree.topLevelItemCount())
        ]
    assert "gewijzigd" in details
    assert "changed" not in details
    assert any(d.endswith("-> lokaal voor clients in Utrecht servers") for d in details), details
    assert any(h.startswith("Wijzigingen") for h in headings), headings


def test_no_diff_while_the_panel_is_hidden(window, qtbot, approved: Path) -> None:
    """Edits made while the Changes dock is closed are compared once it is shown again."""
    panel = window.compare_with(approved)
    assert panel.diff.equal
    window.compare_dock.close()
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=3000)
    _late_joiner(window)
    qtbot.wait(panel.timer.interval() * 3)
    assert panel.diff.equal, "compared while hidden"
    assert not panel.timer.isActive()
    window.compare_dock.show()
    qtbot.waitUntil(lambda: not panel.diff.equal, timeout=3000)


def test_the_change_runbook_uses_the_panels_diff(
    window, approved: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writing the change runbook from the view does not compare the plans again."""
    import cmplanner.runbook.change as change

    _late_joiner(window)
    panel = window.compare_with(approved)

    def refuse(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the change runbook compared the plans again")

    monkeypatch.setattr(change, "diff_plans", refuse)
    target = tmp_path / "change.md"
    panel.write_change_runbook(target)
    assert "AMS-FS01 share" in target.read_text(encoding="utf-8")
