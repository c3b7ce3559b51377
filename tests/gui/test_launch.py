"""Starting the app: a clear line without Qt, one error line for a bad plan."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmplanner.errors import InputError
from cmplanner.gui import launch as launch_module

pytestmark = pytest.mark.gui


def test_missing_qt_is_one_clear_line(monkeypatch, capsys) -> None:
    monkeypatch.setattr(launch_module, "_qt_missing", lambda: "cmplanner: the app needs PySide6")
    assert launch_module.launch(None) == 2
    assert capsys.readouterr().err.strip() == "cmplanner: the app needs PySide6"


def test_a_bad_plan_raises_input_error_before_any_window(qapp, tmp_path: Path) -> None:
    bad = tmp_path / "bad.cmplan"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        launch_module.launch(str(bad))


def test_launch_runs_the_loop_on_the_demo_plan(qapp, monkeypatch) -> None:
    seen = {}

    def fake_exec() -> int:
        from PySide6.QtWidgets import QApplication

        window = next(
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "MainWindow" and w.isVisible()
        )
        seen["title"] = window.windowTitle()
        window.doc.undo_stack.setClean()
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    assert launch_module.launch(None) == 0
    assert seen["title"].startswith("Contoso Netherlands OSD rollout")
