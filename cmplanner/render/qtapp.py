"""The one Qt application headless output needs (printing and QGraphicsScene want one).

The app's own window creates its application first; the command line gets a new one here,
on the offscreen platform when the machine has no display.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

_APP: QApplication | None = None  # kept for the life of the process


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
        _APP = QApplication(["cmplanner"])
        return _APP
    if not isinstance(app, QApplication):
        raise RuntimeError(f"Qt output needs a QApplication, not a {type(app).__name__}")
    return app
