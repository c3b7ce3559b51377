"""Runtime hook of the bundle: point Qt at its bundled plugins, without importing Qt.

It stands in for PyInstaller's own PySide6 runtime hook, which ``cmplanner.spec`` drops: that
one imports ``PySide6.QtCore`` in every run (only to write a ``qt.conf`` that PySide6's wheel
writes anyway when the app imports it), so ``cmplanner --version`` and ``validate`` loaded Qt
in the bundle though they never need it. Setting the plugin path is all the bundle needs;
Qt's translations and other folders follow from the prefix PySide6 sets on import.
"""

from __future__ import annotations

import os
import sys


def _qt_dir(bundle: str, platform: str) -> str:
    """Where PySide6's Qt folder is inside the bundle (flat on Windows)."""
    if platform == "win32":
        return os.path.join(bundle, "PySide6")
    return os.path.join(bundle, "PySide6", "Qt")


if getattr(sys, "frozen", False):
    os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt_dir(sys._MEIPASS, sys.platform), "plugins")
