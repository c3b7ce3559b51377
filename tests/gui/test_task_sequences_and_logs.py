"""Importing and exporting task sequences from the window, and reading a log in the dock."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmplanner.tasksequence.xmlio import load_task_sequence

pytestmark = pytest.mark.gui


def test_import_then_export_a_task_sequence(
    window, tmp_path: Path, no_modal_dialogs, data_dir: Path
) -> None:
    source = data_dir / "gui" / "capture.xml"
    count = len(window.doc.plan.task_sequences)
    assert window.import_task_sequence(source)
    assert len(window.doc.plan.task_sequences) == count + 1
    path = window.tree.current_path()
    assert path == f"task_sequences[{count}]"
    target = tmp_path / "out.xml"
    assert window.export_task_sequence(path, target)
    again = load_task_sequence(target)
    assert [s.name for s in again.steps[0].children] == ["Prepare OS", "Copy logs"]
    window.act_undo.trigger()
    assert len(window.doc.plan.task_sequences) == count


def test_an_export_that_leaves_secrets_out_says_which_in_a_dialog(
    window, tmp_path: Path, no_modal_dialogs, data_dir: Path
) -> None:
    assert window.import_task_sequence(data_dir / "ts" / "secrets_by_place.xml")
    target = tmp_path / "out.xml"
    assert window.export_task_sequence(window.tree.current_path(), target)
    written = target.read_text(encoding="utf-8")
    assert "J0in-pass" not in written and "Typ3d-pass" not in written
    [shown] = no_modal_dialogs
    assert 'step 1 "Set join password" (in "Install"): left out VariableValue' in shown
    assert (
        'step 6 "Map the share" (in "Install" > "Storage"): left out the password typed into '
        "CommandLine (net use), a secret: written as %REMOVED_PASSWORD%"
    ) in shown
    assert (
        'step 4 "Only when the password is known" (in "Install"): blanked the value its '
        "condition compares OSDJoinPassword with"
    ) in shown


def test_a_broken_export_is_one_error_and_changes_nothing(
    window, tmp_path: Path, no_modal_dialogs
) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_text("<sequence version='3.00'><group name='x'>", encoding="utf-8")
    before = window.doc.plan.model_dump()
    assert not window.import_task_sequence(broken)
    assert window.doc.plan.model_dump() == before
    assert any(text.startswith("error:") and "broken.xml" in text for text in no_modal_dialogs)


def test_logs_open_in_the_log_dock(window, qtbot, tmp_path: Path) -> None:
    log = tmp_path / "smsts.log"
    log.write_text(
        "<![LOG[Start executing an instruction. Instruction name: Prepare OS. "
        'Instruction pointer: 3]LOG]!><time="10:00:00.000+000" date="01-02-2026" '
        'component="TSManager" context="" type="1" thread="1" file="engine.cpp">\n',
        encoding="utf-8",
    )
    view = window.log_view()
    if view is None:
        pytest.skip("this build has no log view")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        assert window.open_logs([log]) is view
    assert window.log_dock.isVisible()


def test_importing_a_sequence_nested_too_deep_is_one_dialog(
    window, tmp_path: Path, no_modal_dialogs
) -> None:
    from cmplanner.tasksequence.limits import MAX_DEPTH

    deep = tmp_path / "deep.xml"
    deep.write_text(
        '<sequence version="3.00">' + '<group name="g">' * 200 + "</group>" * 200 + "</sequence>",
        encoding="utf-8",
    )
    count = len(window.doc.plan.task_sequences)
    assert not window.import_task_sequence(deep)
    assert len(window.doc.plan.task_sequences) == count
    [shown] = no_modal_dialogs
    assert f"nested more than {MAX_DEPTH} levels" in shown
