"""The one Qt application headless output needs (printing and QGraphicsScene want one).

The app's own window creates its application first; the command line gets a new one here,
on the offscreen platform when the machine has no display.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

_APP: QApplication | None = None  # kept for the life of the process


def _qt_message(_kind: Any, _context: Any, message: str) -> None:
    """Qt's own messages ("libpng error: Write Error", font notes) would reach the terminal
    before the command's one line; they are shown only with CMPLANNER_DEBUG set."""
    if os.environ.get("CMPLANNER_DEBUG"):
        print(f"qt: {message}", file=sys.stderr)


def _has_display() -> bool:
    if sys.platform.startswith(("win", "darwin")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def ensure_app() -> QApplication:
    """The running QApplication, or a new one (offscreen when there is no display)."""
    global _APP
    app = QCoreApplication.instance()
    if app is None:
        if not os.environ.get("QT_QPA_PLATFORM") and not _has_display():
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        qInstallMessageHandler(_qt_message)  # the command line's app only, never the GUI's
        _APP = QApplication(["cmplanner"])
        return _APP
    if not isinstance(app, QApplication):
        raise RuntimeError(f"Qt output needs a QApplication, not a {type(app).__name__}")
    return app
