"""What the app's start does before its first usable frame, and what it leaves for later.

The start-up figure (``benchmarks/bench_gui.py startup``) is a ratio to a bare window; these
tests pin its causes down as behaviour: the window shows without importing what only later
actions need, without reading a bundled data file's TOML twice, and without making the Python
side of Qt classes nothing on screen uses (PySide6 builds each class's enums when the class is
first used, at a cost).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

REPO = Path(__file__).resolve().parents[2]

CHILD = """
import gc, json, sys
collections = []
gc.callbacks.append(lambda phase, info: phase == "start" and collections.append(info))
sys.path.insert(0, {repo!r})
from cmplanner.gui.launch import open_main_window
before = len(collections)
window = open_main_window(None)
during = len(collections) - before
from PySide6.QtWidgets import QApplication
QApplication.processEvents()
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
made = [
    name
    for module in (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets)
    for name in vars(module)
    if name.startswith("Q")
]
print(json.dumps({{
    "shown": window.isVisible(),
    "findings": window.findings.model.rowCount(),
    "modules": sorted(sys.modules),
    "qt": sorted(made),
    "collections during the start": during,
    "collector": [gc.isenabled(), gc.get_freeze_count()],
    "autosave folder": sorted(p.name for p in window.autosave.folder.iterdir()),
}}))
window.doc.undo_stack.setClean()
window.close()
"""

# Imported only by what the first frame does not need: the runbook renderer (Jinja),
# diagrams, log analysis, plan comparison, certificates, printing and the panels and wizards
# that use them. (The checklist packs are read: the tree names the demo's checklist runs by
# their titles.)
LATER = [
    "jinja2",
    "cmplanner.runbook",
    "cmplanner.diagrams",
    "cmplanner.logs",
    "cmplanner.plandiff",
    "cmplanner.certificates",
    "cmplanner.render",
    "cmplanner.tasksequence.xmlio",
    "cmplanner.gui.diagram_view",
    "cmplanner.gui.log_view",
    "cmplanner.gui.compare_panel",
    "cmplanner.gui.pdf_export",
    "cmplanner.gui.approval",
    "cmplanner.gui.wizards.",
    "PySide6.QtSvg",
    "PySide6.QtPrintSupport",
]

# Qt classes the start once touched without showing them: dialogs (made when one opens),
# QEvent (an event handed to a Python override), QBrush's QGradient and QImage, translators,
# QIcon (a QAction made with its text).
UNUSED_QT = [
    "QEvent",
    "QMessageBox",
    "QFileDialog",
    "QInputDialog",
    "QDialog",
    "QGradient",
    "QImage",
    "QTranslator",
    "QLibraryInfo",
    "QIcon",
]


def start(home: Path) -> dict[str, object]:
    env = dict(os.environ, CMPLANNER_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", CHILD.format(repo=str(REPO))],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["shown"] and result["findings"]
    return result


@pytest.fixture(scope="module")
def starts(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, object], ...]:
    """The app started twice on the demo plan with one user folder (a first and a second
    start), each in a fresh process."""
    home = tmp_path_factory.mktemp("start-home")
    return start(home), start(home)


def test_the_first_frame_imports_nothing_only_later_actions_need(starts) -> None:
    for result in starts:
        modules = result["modules"]
        assert isinstance(modules, list)
        early = [m for m in modules if any(m == n or m.startswith(n + ".") for n in LATER)]
        early += [m for m in modules if m.startswith("cmplanner.gui.wizards.")]
        assert early == []


def test_the_first_frame_makes_no_qt_class_it_does_not_show(starts) -> None:
    for result in starts:
        made = result["qt"]
        assert isinstance(made, list)
        assert "QMainWindow" in made  # the test sees the classes that were made
        if "QColorDialog" in made:  # nothing uses it: this PySide6 makes every class at once
            pytest.skip("this PySide6 makes its classes on import, not on first use")
        assert [name for name in UNUSED_QT if name in made] == []


def test_a_second_start_parses_no_toml(starts) -> None:
    first, second = starts
    assert "tomllib" in first["modules"]
    assert "tomllib" not in second["modules"]


def test_the_runbook_preview_fills_in_by_itself_after_the_window_shows(window, qtbot) -> None:
    qtbot.waitUntil(
        lambda: window.doc.plan.name in window.runbook.browser.toPlainText(), timeout=10_000
    )


def test_a_diagram_behind_another_tab_is_drawn_when_brought_to_the_front(window, qtbot) -> None:
    from cmplanner.gui.diagram_panel import REFRESH_MS

    panel = window.diagram_dock.widget()
    qtbot.wait(REFRESH_MS * 2)
    assert panel.view is None  # behind the runbook's tab: nothing drawn yet
    window.diagram_dock.raise_()
    qtbot.waitUntil(lambda: panel.view is not None and panel.view.isVisible(), timeout=10_000)


def test_the_start_runs_no_garbage_collection_and_freezes_what_it_made(starts) -> None:
    for result in starts:
        assert result["collections during the start"] == 0
        enabled, frozen = result["collector"]  # type: ignore[misc]
        assert enabled and frozen > 10_000


def test_the_start_writes_nothing_to_the_autosave_folder(starts) -> None:
    """No autosave, and no lock file either (Qt syncs a new one to disk): the session takes
    its lock with its first autosave."""
    for result in starts:
        assert result["autosave folder"] == []
