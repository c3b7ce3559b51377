"""The main window: tree, editor, live findings, undo, files, autosave and recovery."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit

from cmplanner.gui import dialogs
from cmplanner.gui.autosave import orphans, write_orphan
from cmplanner.gui.dialogs import Choice
from cmplanner.model.planfile import load_plan
from cmplanner.rules.engine import validate

pytestmark = pytest.mark.gui


def test_opens_on_the_plan_with_every_finding(window) -> None:
    plan = window.doc.plan
    assert window.tree.select_path("distribution_points[3]")
    assert window.editor.title.text().endswith(plan.distribution_points[3].name)
    expected = [(f.rule, f.subject) for f in validate(plan)]
    shown = [(f.rule, f.subject) for f in window.findings.model.findings]
    assert shown == expected
    assert "2 errors" in window.findings.summary.text()


def test_clicking_a_finding_selects_the_object_and_focuses_the_field(window, qtbot) -> None:
    row = window.findings.row_of("DP008")
    assert row >= 0
    index = window.findings.model.index(row, 3)
    rect = window.findings.table.visualRect(index)
    qtbot.mouseClick(window.findings.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tree.current_path() == "distribution_points[2]"
    assert window.editor.path == "distribution_points[2]"
    field = window.editor.widgets["often_off"]
    assert field.hasFocus() or window.focusWidget() is field
    assert "DP008" in window.findings.details.toPlainText()
    # DP008 cites two pages: each shows with its title, and each address is a link
    html = window.findings.details.toHtml()
    for page in ("bdc96da7", "0198854f"):
        assert re.search(rf'href="http://systemscenter\.ru/smsv4\.en/html/{page}[^"]*"', html)
    assert "About Protected Site Systems" in window.findings.details.toPlainText()


def test_an_edit_revalidates_and_undo_restores_the_plan(window, qtbot) -> None:
    before = window.doc.plan.model_dump()
    window.tree.select_path("distribution_points[3]")
    box = window.editor.widgets["multicast"]
    assert isinstance(box, QCheckBox) and box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert window.doc.plan.distribution_points[3].multicast is False
    assert window.findings.row_of("DP001") == -1
    assert window.isWindowModified()
    window.act_undo.trigger()
    assert window.doc.plan.model_dump() == before
    assert window.findings.row_of("DP001") >= 0
    assert window.editor.widgets["multicast"].isChecked()
    assert not window.doc.is_modified()
    window.act_redo.trigger()
    assert window.doc.plan.distribution_points[3].multicast is False


def test_a_refused_value_is_not_applied_and_says_why(window, qtbot) -> None:
    window.tree.select_path("distribution_points[0]")
    edit = window.editor.widgets["ip_address"]
    assert isinstance(edit, QLineEdit)
    edit.clear()
    qtbot.keyClicks(edit, "10.11.0.999")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.doc.plan.distribution_points[0].ip_address == "10.11.0.10"
    assert "not an IP address" in window.editor.error.text()
    assert window.doc.undo_stack.count() == 0


def test_add_and_delete_are_undoable(window) -> None:
    dps = len(window.doc.plan.distribution_points)
    window.add_actions[1].trigger()
    assert len(window.doc.plan.distribution_points) == dps + 1
    assert window.tree.current_path() == f"distribution_points[{dps}]"
    window.act_delete.trigger()
    assert len(window.doc.plan.distribution_points) == dps
    window.act_undo.trigger()
    window.act_undo.trigger()
    assert len(window.doc.plan.distribution_points) == dps


def test_save_writes_the_plan_and_clears_modified(window, plan_file: Path) -> None:
    window.doc.push(_rename(window, "Renamed plan"))
    assert window.save()
    assert load_plan(plan_file).name == "Renamed plan"
    assert not window.isWindowModified()


def test_unsaved_changes_prompt_can_cancel_or_discard(window, monkeypatch) -> None:
    window.doc.push(_rename(window, "Changed"))
    answers = iter([Choice.CANCEL, Choice.DISCARD])
    asked: list[str] = []

    def fake_ask(parent, name):  # type: ignore[no-untyped-def]
        asked.append(name)
        return next(answers)

    monkeypatch.setattr(
        dialogs.UnsavedChangesPrompt,
        "ask",
        classmethod(lambda cls, parent, name: fake_ask(parent, name)),
    )
    assert not window.close()
    assert window.isVisible()
    assert window.close()
    assert asked == ["Changed", "Changed"]


def test_crash_recovery_offers_and_restores_the_autosave(qtbot, plan_file, monkeypatch) -> None:
    from cmplanner.gui.app import create_window

    crashed = load_plan(plan_file)
    crashed.distribution_points[0].notes = "typed before the crash"
    write_orphan(crashed, plan_file)
    monkeypatch.setattr(dialogs.RecoveryPrompt, "ask", classmethod(lambda cls, p, o: True))
    win = create_window(plan_file)
    qtbot.addWidget(win)
    assert win.offer_recovery()
    assert win.doc.plan.model_dump() == crashed.model_dump()
    assert win.doc.is_modified()
    assert win.doc.path == plan_file
    assert orphans() == []
    win.doc.undo_stack.setClean()


def test_autosave_writes_only_when_changed_and_close_removes_it(window) -> None:
    assert not window.autosave_now()
    window.doc.push(_rename(window, "Autosaved"))
    assert window.autosave_now()
    assert load_plan(window.autosave.plan_file).name == "Autosaved"
    assert orphans() == []  # this window still owns it
    window.doc.undo_stack.setClean()
    window.close()
    assert not window.autosave.plan_file.exists()


def _rename(window, name: str):  # type: ignore[no-untyped-def]
    from cmplanner.gui.commands import SetValueCommand

    return SetValueCommand(window.doc, "name", name)


def test_recent_files_and_opening_a_bad_plan(
    window, plan_file: Path, tmp_path: Path, no_modal_dialogs
) -> None:
    copy = tmp_path / "copy.cmplan"
    assert window.save_to(copy)
    window.recent_menu.aboutToShow.emit()
    entries = [a.toolTip() for a in window.recent_menu.actions()]
    assert entries[0] == str(copy.resolve())
    bad = tmp_path / "bad.cmplan"
    bad.write_text('{"schema_version": 1, "site": {"code": "TOOLONG"}}', encoding="utf-8")
    before = window.doc.plan.model_dump()
    assert not window.open_plan(bad)
    assert window.doc.plan.model_dump() == before
    assert any("site.code" in text for text in no_modal_dialogs)
    assert window.open_plan(plan_file)
    assert window.doc.path == plan_file


def test_new_plan_and_the_demo_is_never_written(qtbot, monkeypatch, tmp_path: Path) -> None:
    from cmplanner.demo import demo_path
    from cmplanner.gui.app import create_window

    demo_before = demo_path().read_bytes()
    win = create_window(None)
    qtbot.addWidget(win)
    win.doc.push(_rename(win, "Edited demo"))
    target = tmp_path / "mine.cmplan"
    monkeypatch.setattr(
        dialogs.FileDialogs, "save_path", classmethod(lambda cls, *a: target.with_suffix(""))
    )
    assert win.save()  # Save on the demo plan asks where: Save As
    assert load_plan(target).name == "Edited demo"
    assert demo_path().read_bytes() == demo_before
    win.new_plan()
    assert win.doc.plan.name == "Untitled plan" and win.doc.path is None
    win.doc.undo_stack.setClean()


def test_the_window_layout_is_remembered(qtbot, plan_file: Path) -> None:
    from cmplanner.gui.app import create_window

    first = create_window(plan_file)
    qtbot.addWidget(first)
    first.show()
    first.findings_dock.hide()
    first.close()
    second = create_window(plan_file)
    qtbot.addWidget(second)
    second.show()
    assert not second.findings_dock.isVisible()
    assert second.settings.recent_files() == []


@pytest.mark.parametrize(
    "path",
    [
        "distribution_points[3].settings",
        "distribution_points[3]",
        "dp_groups[0].members[2].dp",
        "boundaries[12]value",
        "packages[007].sent[1]",
        "site.code",
        "pxe.certificate",
        "name",
        "",
        "task_sequences[1].steps[0].children[4].conditions[0]",
    ],
)
def test_the_item_of_a_path_is_the_same_by_the_quick_way(path: str) -> None:
    from cmplanner.gui import plan_paths

    keys = plan_paths.split(path)
    if len(keys) >= 2 and isinstance(keys[1], int):
        expected = plan_paths.join(keys[:2])
    elif keys and keys[0] in ("site", "pxe"):
        expected = str(keys[0])
    else:
        expected = ""
    assert plan_paths.item_of(path) == expected
