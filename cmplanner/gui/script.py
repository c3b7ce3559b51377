"""The ``cmplanner-gui`` program: the app, opened on the plan given, without a console.

pip installs it as a gui-script (Windows starts it with no console window) and the standalone
bundle's ``cmplanner-gui`` executable runs it too; the Start menu entry and the ``.cmplan``
file association start it. With no console there is nowhere to print a problem (a plan that
cannot be read, say): what the command would have printed is shown in a message box instead,
so the admin still gets the one clear line naming the file and the place.
"""

from __future__ import annotations

import io
import sys

from cmplanner.cli.main import main as command_line


def _show_problem(text: str) -> None:
    """A message box with what the command line would have printed."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QMessageBox.critical(None, "cmplanner", text)
    del app


def run(argv: list[str]) -> int:
    """Open the app; with no console, collect the error output for a message box."""
    has_console = sys.stderr is not None
    captured = io.StringIO()
    if not has_console:
        sys.stdout = sys.stderr = captured
    code = command_line(["gui", *argv])
    if code != 0 and not has_console and captured.getvalue().strip():
        _show_problem(captured.getvalue().strip())
    return code


def main() -> int:
    """Entry point of the gui-script: the plan, if any, is the first argument."""
    return run(sys.argv[1:])
