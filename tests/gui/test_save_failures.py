"""Every way a save can fail in the app is a dialog (or, for autosave, the status bar) and the
document stays modified; what could never be saved is refused when it comes in; SIGTERM
closes the app the way closing its window does and keeps the autosave for recovery."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from cmplanner.gui.autosave import orphans
from cmplanner.model.planfile import load_plan

pytestmark = pytest.mark.gui


def _rename(window, name: str) -> None:  # type: ignore[no-untyped-def]
    from cmplanner.gui.commands import SetValueCommand

    window.doc.push(SetValueCommand(window.doc, "name", name))


def test_a_plan_no_file_can_hold_is_a_dialog_and_stays_modified(
    window, plan_file: Path, no_modal_dialogs: list[str]
) -> None:
    before = plan_file.read_bytes()
    _rename(window, "half a pair \ud800")
    assert not window.save()
    assert window.doc.is_modified()
    assert [text for text in no_modal_dialogs if text.startswith("error:")] != []
    assert "cannot save" in no_modal_dialogs[-1]
    assert plan_file.read_bytes() == before


def test_a_full_disk_is_a_dialog_and_the_file_stays(
    window, plan_file: Path, no_modal_dialogs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import cmplanner.model.planfile as planfile

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    before = plan_file.read_bytes()
    monkeypatch.setattr(planfile, "atomic_write_text", full)
    _rename(window, "Edited")
    assert not window.save()
    assert window.doc.is_modified()
    assert no_modal_dialogs[-1] == f"error:{plan_file}: cannot save: {os.strerror(errno.ENOSPC)}"
    assert plan_file.read_bytes() == before


def test_even_a_bug_in_saving_is_a_dialog(
    window, no_modal_dialogs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import cmplanner.gui.main_window as main_window

    def broken(*_args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(main_window, "save_plan", broken)
    _rename(window, "Edited")
    assert not window.save()
    assert window.doc.is_modified()
    assert "internal error (RuntimeError: boom)" in no_modal_dialogs[-1]


def test_an_autosave_failure_shows_in_the_status_bar(window) -> None:
    _rename(window, "half a pair \ud800")
    assert not window.autosave_now()
    message = window.statusBar().currentMessage()
    assert message.startswith("Autosave failed: ") and "\\ud800" in message
    assert "\n" not in message


def test_a_task_sequence_too_deep_to_save_is_refused_at_import(
    window, tmp_path: Path, no_modal_dialogs: list[str]
) -> None:
    depth = 130
    xml = (
        '<sequence version="3.00" name="Deep">'
        + "".join(f'<group name="level {i}">' for i in range(depth))
        + '<step type="SMS_TaskSequence_RunCommandLineAction" name="Run"><action>cmd</action></step>'
        + "</group>" * depth
        + "</sequence>"
    )
    source = tmp_path / "deep.xml"
    source.write_text(xml, encoding="utf-8")
    count = len(window.doc.plan.task_sequences)
    assert not window.import_task_sequence(source)
    assert len(window.doc.plan.task_sequences) == count
    assert "nested more than 64 levels deep" in no_modal_dialogs[-1]
    assert window.save()  # and the plan can still be saved


def test_end_session_keeps_the_autosave_and_releases_the_lock(
    window, no_modal_dialogs: list[str]
) -> None:
    _rename(window, "Typed before the logout")
    window.end_session()
    assert not window.isVisible()
    assert no_modal_dialogs == []  # nobody is asked anything at a logout
    found = orphans()
    assert [o.plan_file for o in found] == [window.autosave.plan_file]
    assert found[0].load().name == "Typed before the logout"


def test_a_killed_sessions_lock_is_taken_over(tmp_path: Path) -> None:
    """The lock names its process; once that process is gone the next start takes it over."""
    child = textwrap.dedent(
        """
        import sys, time
        from cmplanner.gui.autosave import AutosaveSession
        from cmplanner.model import Plan
        session = AutosaveSession()
        session.write(Plan(name="Typed before kill -9"), None)
        print(session.plan_file.with_suffix(".lock").read_text().split()[0], flush=True)
        time.sleep(60)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", child], stdout=subprocess.PIPE)
    assert proc.stdout is not None
    try:
        assert proc.stdout.readline().strip() == str(proc.pid).encode()  # names its process
        assert orphans() == []  # while it runs, it is its own
    finally:
        proc.kill()
        proc.wait()
    found = orphans()
    assert [o.load().name for o in found] == ["Typed before kill -9"]


def test_end_session_without_changes_leaves_nothing(window) -> None:
    window.end_session()
    assert not window.isVisible()
    assert not window.autosave.plan_file.exists()
    assert orphans() == []


APP = """
import sys
from cmplanner.gui.launch import open_main_window
from cmplanner.gui.commands import SetValueCommand
from cmplanner.gui.shutdown import close_on_sigterm
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

window = open_main_window(sys.argv[1])
window.doc.push(SetValueCommand(window.doc, "name", "Typed before SIGTERM"))
close_on_sigterm(window)
QTimer.singleShot(0, lambda: print("running", flush=True))
sys.exit(QApplication.instance().exec())
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is POSIX")
def test_sigterm_closes_the_app_and_keeps_the_autosave(plan_file: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(APP), str(plan_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.stdout is not None
    try:
        assert proc.stdout.readline().strip() == b"running"
        time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
    from cmplanner.paths import autosave_dir

    assert list(autosave_dir().glob("*.lock")) == []  # released, not left for a takeover
    found = orphans()
    assert len(found) == 1
    assert found[0].load().name == "Typed before SIGTERM"
    assert found[0].original == plan_file
    assert load_plan(plan_file).name != "Typed before SIGTERM"  # never saved without asking
