"""The desktop app: windows, wizards and dialogs over the Qt-free core.

Nothing here decides anything about ConfigMgr: every check comes from ``cmplanner.rules``,
every document from ``cmplanner.runbook``, every export from ``cmplanner.tasksequence``.
"""

from __future__ import annotations

import ctypes
import sys


def _guard_none_refcount() -> None:
    """PySide6 6.12 on Python 3.11 drops a reference to None on every void call
    (setForeground, setToolTip ...); a long session would run None's count out and abort.
    Python 3.12 made None immortal; give it a count no session can use up (the render layer
    does the same for headless drawing; this copy keeps the app from importing that layer at
    start-up)."""
    if sys.version_info >= (3, 12):
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < 1 << 40:
        count.value += 1 << 50


_guard_none_refcount()
