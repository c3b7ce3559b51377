"""The one Qt application a headless drawing needs (QGraphicsScene wants a QApplication)."""

from __future__ import annotations

import ctypes
import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication


def _guard_none_refcount() -> None:
    """PySide6 6.12 on Python 3.11 returns None from void methods (setPen, setToolTip...)
    without taking a reference, so every call lowers None's count and a few thousand calls
    abort the interpreter ("deallocating None"). Python 3.12 made None immortal; give it a
    count no program can use up here too."""
    if sys.version_info >= (3, 12):
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < 1 << 40:
        count.value += 1 << 50


_guard_none_refcount()


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
