"""SIGTERM (a logout, a shutdown, ``kill``) closes the app as closing its window does.

Python runs a signal handler only when the interpreter gets control, which it does not while
Qt's event loop waits; a short timer gives it control, and the handler hands the close to the
event loop, where it is safe. The window keeps unsaved work in its autosave, so nothing is lost.
"""

from __future__ import annotations

import signal
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

WAKE_MS = 250


def close_on_sigterm(window: Any) -> QTimer:
    """Make SIGTERM call ``window.end_session()`` and quit; returns the timer that lets
    Python notice the signal (owned by ``window``)."""

    def handler(_signum: int, _frame: Any) -> None:
        QTimer.singleShot(0, end)

    def end() -> None:
        window.end_session()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    signal.signal(signal.SIGTERM, handler)
    wake = QTimer(window)
    wake.setInterval(WAKE_MS)
    wake.timeout.connect(lambda: None)
    wake.start()
    return wake
