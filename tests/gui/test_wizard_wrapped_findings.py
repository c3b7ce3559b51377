"""Wrapping a task sequence: what is wrong inside the wrapped steps belongs to no page of the
wizard (it copies them as they are), so it is said, with where to fix it, and never blocks
Next or Finish; the wizard's own options still block as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from cmplanner.gui.commands import ReplaceItemCommand
from cmplanner.tasksequence.factory import variable_condition

pytestmark = pytest.mark.gui

WRAPPED = "Capture Windows 7 reference"


def _next_enabled(wizard) -> bool:  # type: ignore[no-untyped-def]
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def _spoil(window, *, condition: bool = True, password: bool = False) -> int:  # type: ignore[no-untyped-def]
    """Give the demo's capture task sequence a TS007 condition and/or a join password."""
    plan = window.doc.plan
    index = next(i for i, ts in enumerate(plan.task_sequences) if ts.name == WRAPPED)
    ts = plan.task_sequences[index].model_copy(deep=True)
    step = next(s for s in ts.steps if s.name == "Prepare OS")
    if condition:
        step.conditions = [variable_condition("_SMSTSLastActionName", "equals", "Prepare")]
    if password:
        join = next(s for s in ts.steps if s.name == "Join Workgroup")
        for var in join.variables:
            if var.name == "OSDJoinPassword":
                var.value = "Secret123!"
    window.doc.push(ReplaceItemCommand(window.doc, "task_sequences", index, ts))
    return index


def _open_wrapping(window, index: int):  # type: ignore[no-untyped-def]
    wizard = window.open_wizard("error-catching")
    wrap = wizard.options_page.inputs["wrap"]
    wrap.setCurrentIndex(wrap.findData(index))
    wizard.grab()  # let it paint
    return wizard


def test_an_error_in_a_wrapped_step_is_said_but_blocks_no_page(window, qtbot, drive) -> None:
    index = _spoil(window)
    wizard = _open_wrapping(window, index)
    options = wizard.options_page
    text = options.findings_view.text()
    assert "TS007" in text
    assert WRAPPED in text and "no page of this wizard" in text
    assert "Go back" not in text and "You will fix" not in text
    assert _next_enabled(wizard), text
    # the wizard's own options still block: a drive letter the script cannot use
    drive_edit = options.inputs["drive"]
    drive_edit.selectAll()
    qtbot.keyClicks(drive_edit, "1:")
    assert not _next_enabled(wizard)
    drive_edit.selectAll()
    qtbot.keyClicks(drive_edit, "Z:")
    assert _next_enabled(wizard)
    drive.next(wizard)
    assert "TS007" in wizard.outline_page.findings_view.text()
    drive.next(wizard)
    drive.next(wizard)
    finish = wizard.finish_page
    assert wizard.currentPage() is finish
    assert "TS007" in finish.findings_view.text() and not finish.blocking
    wizard.back()  # Back is never a dead end
    assert _next_enabled(wizard)
    drive.next(wizard)
    drive.finish(wizard)
    assert window.doc.plan.task_sequences[index].builder == "error-catching"


def test_a_secret_of_the_wrapped_task_sequence_sends_nobody_to_page_1(
    window, qtbot, drive, tmp_path: Path
) -> None:
    index = _spoil(window, condition=False, password=True)
    wizard = _open_wrapping(window, index)
    drive.next(wizard)
    drive.next(wizard)
    export = wizard.export_page
    text = export.findings_view.text()
    assert "TS012" in text
    assert "page 1" not in text and "Options" not in text
    target = tmp_path / "wrapped.xml"
    qtbot.keyClicks(export.path, str(target))
    export.export.click()
    status = export.status.text()
    assert "OSDJoinPassword" in status
    assert "by name" not in status  # the app has no way to ask by name
    assert "Secret123!" not in target.read_text(encoding="utf-8")
    wizard.grab()
    wizard.reject()


def test_a_blank_package_of_the_wrapped_task_sequence_is_not_asked_for_above(window, qtbot) -> None:
    """The options page asks to fill in above only what it has a field for."""
    from cmplanner.gui.commands import InsertItemCommand
    from cmplanner.tasksequence import builders

    plan = window.doc.plan
    refresh = builders.build(
        "usmt-hardlink",
        plan.site.version,
        **{**builders.HARDLINK_DEFAULTS, "name": "Refresh without USMT yet", "usmt_package_id": ""},
    )
    window.doc.push(InsertItemCommand(window.doc, "task_sequences", refresh))
    wizard = _open_wrapping(window, len(plan.task_sequences) - 1)
    notes = wizard.options_page.notes.text()
    (package_note,) = [n for n in notes.split("<br>") if "USMT 4 package" in n]
    # the page has no field for the wrapped sequence's package: it is not asked for above
    # (the log share's own fields are, and their notes may say so)
    assert "fill it in above" not in package_note and "being wrapped" in package_note
    assert _next_enabled(wizard)
    wizard.reject()
