"""Start of the bundled ``cmplanner-gui`` executable: the app, opened on the plan given.

The Start menu entry and the ``.cmplan`` file association run this one. On Windows it has no
console, so there is nowhere to print a problem (a plan that cannot be read, say): what the
command would have printed is shown in a message box instead, so the admin still gets the
one clear line naming the file and the place.
"""

from __future__ import annotations

import io
import sys

from cmplanner.cli.main import main


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
    code = main(["gui", *argv])
    if code != 0 and not has_console and captured.getvalue().strip():
        _show_problem(captured.getvalue().strip())
    return code


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # the bundle's PDF worker process starts here too
    sys.exit(run(sys.argv[1:]))
