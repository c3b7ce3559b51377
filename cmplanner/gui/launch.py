"""Start the app: check Qt is there, open the main window, offer recovery, run the loop.

Imported by ``cmplanner gui``; widget modules are imported only after PySide6 is known to be
importable, so a missing Qt is one clear line instead of a traceback.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def _qt_missing() -> str | None:
    try:
        import PySide6.QtWidgets  # noqa: F401 (only checking it imports)
    except ImportError as exc:
        return (
            f"cmplanner: the app needs PySide6 ({exc}); install it with "
            "'pip install PySide6-Essentials', or use the command-line subcommands"
        )
    return None


def _no_display() -> str | None:
    """On Linux without a display Qt aborts the process; say so in one line instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "cmplanner: no display to open the app on (DISPLAY and WAYLAND_DISPLAY are not "
        "set); run it on a desktop, or use the command-line subcommands (cmplanner --help)"
    )


def _read_plan(plan_path: str | None) -> tuple[Any, Path, Any]:
    """The plan at ``plan_path`` (the demo plan when None), its file and its rules engine.

    Called before Qt is imported: PySide6 hooks every import that follows its own and reads
    each new module's source to look for its feature switch, so bringing in pydantic, the
    models and the rules engine first (about 80 modules) starts the app about 0.1 s sooner
    (``benchmarks/bench_gui.py``). A plan that cannot be read raises
    :class:`~cmplanner.errors.InputError` before any window opens.
    """
    # Qt-free modules the window needs, imported while PySide6's import hook is not yet in
    # place (the user folders' platformdirs, the tree's path parser, rich-text escaping, the
    # wizards' list, the language switch, the findings' subject names).
    import platformdirs  # noqa: F401

    import cmplanner.gui.plan_paths
    import cmplanner.gui.richtext
    import cmplanner.gui.tr
    import cmplanner.gui.wizards
    import cmplanner.language
    import cmplanner.rules.subjects  # noqa: F401
    from cmplanner.demo import demo_path
    from cmplanner.model.planfile import load_plan
    from cmplanner.rules.engine import Validator

    plan_file = Path(plan_path) if plan_path else demo_path()
    plan = load_plan(plan_file)
    if plan.checklists:  # the tree names each checklist run by its pack's title
        from cmplanner.checklists import load_packs

        load_packs()
    return plan, plan_file, Validator(plan)


@contextmanager
def start_without_collections() -> Iterator[None]:
    """Hold Python's cyclic garbage collector while the app starts, then freeze what the
    start made.

    The start makes about 70,000 objects (modules, classes, pydantic's validators, the plan,
    the widgets' Python sides) that live as long as the app: the collector would walk them
    about a hundred times while they are made (about 10 ms of the start), and each full
    collection later would walk them again (about 18 ms, a stall in the middle of an edit).
    Frozen, they are left alone; whatever is made afterwards is collected as usual. A caller
    that manages the collector itself (disabled it, froze objects) keeps its arrangement.
    """
    if not gc.isenabled() or gc.get_freeze_count():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def open_main_window(plan_path: str | None) -> Any:
    """Show the main window on ``plan_path`` (the demo plan when None) and return it, or
    return the one line that says why the app cannot start."""
    problem = _no_display()
    if problem is not None:
        return problem
    with start_without_collections():
        plan, plan_file, validator = _read_plan(plan_path)
        problem = _qt_missing()
        if problem is not None:
            return problem
        from cmplanner.gui.app import ensure_app
        from cmplanner.gui.main_window import MainWindow

        ensure_app()
        window = MainWindow(plan, plan_file, validator=validator)
        window.show()
    return window


def launch(plan_path: str | None) -> int:
    """Open the main window on ``plan_path`` (the demo plan when None); return the exit code.

    A plan that cannot be read raises :class:`~cmplanner.errors.InputError` before any window
    opens, so the command prints one line and exits 2.
    """
    window = open_main_window(plan_path)
    if isinstance(window, str):
        print(window, file=sys.stderr)
        return 2
    window.offer_recovery()
    from PySide6.QtWidgets import QApplication

    from cmplanner.gui.shutdown import close_on_sigterm

    close_on_sigterm(window)

    return int(QApplication.instance().exec())  # type: ignore[union-attr]


def show_problem(text: str) -> None:
    """A message box with what the command line would have printed (no console to print to)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QMessageBox.critical(None, "cmplanner", text)
    del app
