"""Start the app: check Qt is there, open the main window, offer recovery, run the loop.

Imported by ``cmplanner gui``; widget modules are imported only after PySide6 is known to be
importable, so a missing Qt is one clear line instead of a traceback.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _qt_missing() -> str | None:
    try:
        import PySide6.QtWidgets  # noqa: F401 (only checking it imports)
    except ImportError as exc:
        return (f"cmplanner: the app needs PySide6 ({exc}); install it with "
                "'pip install PySide6-Essentials', or use the command-line subcommands")
    return None


def _no_display() -> str | None:
    """On Linux without a display Qt aborts the process; say so in one line instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return ("cmplanner: no display to open the app on (DISPLAY and WAYLAND_DISPLAY are not "
            "set); run it on a desktop, or use the command-line subcommands (cmplanner --help)")


def launch(plan_path: str | None) -> int:
    """Open the main window on ``plan_path`` (the demo plan when None); return the exit code.

    A plan that cannot be read raises :class:`~cmplanner.errors.InputError` before any window
    opens, so the command prints one line and exits 2.
    """
    problem = _qt_missing() or _no_display()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    from cmplanner.gui.app import create_window, ensure_app

    app = ensure_app()
    window = create_window(Path(plan_path) if plan_path else None)
    window.show()
    window.offer_recovery()
    return int(app.exec())
