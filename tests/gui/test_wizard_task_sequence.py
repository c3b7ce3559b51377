"""Capture-only, USMT 4 hard-link and log-copy wizards: refusals, outline, export, result."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from cmplanner.tasksequence.xmlio import parse_task_sequence

pytestmark = pytest.mark.gui


def test_capture_only_refuses_winpe_then_exports_and_adds(
    window, qtbot, drive, tmp_path: Path
) -> None:
    before = window.doc.plan.model_dump()
    wizard = window.open_wizard("capture-only")
    options = wizard.options_page
    drive.box(options.inputs["start_in_winpe"])
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "cannot start from WinPE" in options.problem.text()
    assert "seed: How to create a Capture Only Task Sequence" in options.problem.text()
    drive.box(options.inputs["start_in_winpe"])
    name = options.inputs["name"]
    name.selectAll()
    qtbot.keyClicks(name, "Capture W7 reference")
    drive.next(wizard)
    outline = wizard.outline_page.outline()
    assert [n for _, n in outline][:2] == ["Join Workgroup", "Prepare ConfigMgr Client"]
    assert outline[0][0] == "0"
    drive.next(wizard)
    export = wizard.export_page
    target = tmp_path / "capture.xml"
    qtbot.keyClicks(export.path, str(target))
    export.export.click()
    exported = parse_task_sequence(target.read_text(encoding="utf-8"), str(target))
    assert exported.name == "Capture W7 reference"
    drive.next(wizard)
    drive.finish(wizard)
    assert window.doc.plan.task_sequences[-1].name == "Capture W7 reference"
    window.act_undo.trigger()
    assert window.doc.plan.model_dump() == before


def test_usmt_refuses_xp_to_xp(window, qtbot, drive) -> None:
    wizard = window.open_wizard("usmt-hardlink")
    target = wizard.options_page.inputs["target_os"]
    target.selectAll()
    qtbot.keyClicks(target, "Windows XP")
    assert "not supported from Windows XP to Windows XP" in wizard.options_page.problem.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    target.selectAll()
    qtbot.keyClicks(target, "Windows 7")
    drive.next(wizard)
    names = [n for _, n in wizard.outline_page.outline()]
    assert "Capture User Files and Settings" in names
    drive.next(wizard)
    drive.next(wizard)
    drive.finish(wizard)
    assert window.doc.plan.task_sequences[-1].builder == "usmt-hardlink"


def test_log_copy_wraps_a_planned_task_sequence(window, qtbot, drive) -> None:
    wizard = window.open_wizard("error-catching")
    wrap = wizard.options_page.inputs["wrap"]
    wrapped = window.doc.plan.task_sequences[0]
    wrap.setCurrentIndex(wrap.findData(0))
    drive.next(wizard)
    names = [n for _, n in wizard.outline_page.outline()]
    assert names[0] == "Task Sequence" and "Error Catching" in names
    first_step = wrapped.steps[0].name
    assert first_step in names
    drive.next(wizard)
    drive.next(wizard)
    drive.finish(wizard)
    assert window.doc.plan.task_sequences[0].builder == "error-catching"


def test_log_copy_wraps_in_place_under_the_typed_name_as_one_undo_step(
    window, qtbot, drive, tmp_path: Path
) -> None:
    before = window.doc.plan.model_dump()
    count = len(window.doc.plan.task_sequences)
    wrapped = window.doc.plan.task_sequences[0]
    wizard = window.open_wizard("error-catching")
    options = wizard.options_page
    wrap = options.inputs["wrap"]
    wrap.setCurrentIndex(wrap.findData(0))
    name = options.inputs["name"]
    assert name.text() == wrapped.name  # wrapping keeps the name unless one is typed
    name.selectAll()
    qtbot.keyClicks(name, "Capture with log copy")
    drive.next(wizard)
    drive.next(wizard)
    export = wizard.export_page
    target = tmp_path / "out" / "wrapped.xml"
    target.parent.mkdir()
    qtbot.keyClicks(export.path, str(target))
    export.export.click()
    script = target.with_name("CopyLogs.vbs")
    assert script.is_file() and "_SMSTSLogPath" in script.read_text()
    assert "CopyLogs.vbs" in export.status.text() and "\\\\SERVER\\Deploy$" in export.status.text()
    drive.next(wizard)
    drive.finish(wizard)

    plan = window.doc.plan
    assert len(plan.task_sequences) == count  # no copy left beside the original
    ts = plan.task_sequences[0]
    assert (ts.name, ts.builder) == ("Capture with log copy", "error-catching")
    assert [s.name for s in ts.steps] == ["Task Sequence", "Error Catching"]
    assert window.doc.undo_stack.count() == 1
    window.act_undo.trigger()
    assert window.doc.plan.model_dump() == before


def test_a_second_task_sequence_with_a_name_the_plan_has_is_refused(window, qtbot) -> None:
    taken = window.doc.plan.task_sequences[1].name
    wizard = window.open_wizard("error-catching")
    name = wizard.options_page.inputs["name"]
    name.selectAll()
    qtbot.keyClicks(name, taken.upper())
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    text = wizard.options_page.findings_view.text()
    assert "PLAN001" in text and "task_sequences[" not in text
    wizard.reject()


def test_the_wizard_and_ts_new_say_the_same_about_what_is_missing(
    window, qtbot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Blank package IDs and the domain a refresh rejoins: the options page and ``cmplanner
    ts new`` print the same sentences (each says how to fill it in its own way)."""
    from cmplanner.cli.main import main

    wizard = window.open_wizard("usmt-hardlink")
    options = wizard.options_page
    for key in ("usmt_package_id", "image_package_id", "client_package_id", "boot_image_id"):
        options.inputs[key].setEditText("")
    options.inputs["domain"].setText("")
    options.revalidate()
    shown = options.notes.text()
    assert main(["ts", "new", "usmt-hardlink", "-o", str(tmp_path / "refresh.xml")]) == 0
    notes = [
        line.removeprefix("cmplanner: note: ").split("; set it with --option")[0]
        for line in capsys.readouterr().err.splitlines()
        if line.startswith("cmplanner: note: ")
    ]
    assert len(notes) == 5, notes
    for sentence in notes:
        assert sentence[:1].upper() + sentence[1:] in shown, sentence
    assert "no domain yet" in " ".join(notes)
    qtbot.waitExposed(wizard)
    wizard.grab()
    wizard.reject()


def test_the_log_copy_wizard_and_ts_new_say_where_the_script_goes(
    window, qtbot, drive, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cmplanner.cli.main import main

    wizard = window.open_wizard("error-catching")
    drive.next(wizard)
    drive.next(wizard)
    export = wizard.export_page
    target = tmp_path / "catch.xml"
    qtbot.keyClicks(export.path, str(target))
    export.export.click()
    code = main(
        [
            "ts",
            "new",
            "error-catching",
            "-o",
            str(tmp_path / "cli.xml"),
            "--script",
            str(tmp_path / "CopyLogs.vbs"),
        ]
    )
    assert code == 0
    (note,) = [
        line.removeprefix("cmplanner: note: ")
        for line in capsys.readouterr().err.splitlines()
        if "CopyLogs.vbs" in line
    ]
    assert note.startswith("put CopyLogs.vbs at the root of \\\\SERVER\\Deploy$")
    assert note in export.status.text()
    wizard.reject()
