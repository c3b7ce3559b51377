"""The one Qt application a headless drawing needs (QGraphicsScene wants a QApplication)."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication


def ensure_app() -> QApplication:
    """The running QApplication, or a new offscreen one for the command line."""
    app = QCoreApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    if not isinstance(app, QApplication):
        raise RuntimeError("drawing diagrams needs a QApplication, not a "
                           f"{type(app).__name__}")
    return app
