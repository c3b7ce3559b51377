"""The desktop app: windows, wizards and dialogs over the Qt-free core.

Nothing here decides anything about ConfigMgr: every check comes from ``cmplanner.rules``,
every document from ``cmplanner.runbook``, every export from ``cmplanner.tasksequence``.
"""

# PySide6 6.12 on Python 3.11 drops a reference to None on every void call; the render
# layer's guard keeps a long session (thousands of setForeground / setToolTip calls) alive.
# Without PySide6 the import fails here and ``launch`` says so in one clear line.
import contextlib

with contextlib.suppress(ImportError):
    import cmplanner.render.diagrams.qtapp  # noqa: F401 (imported for its guard)
