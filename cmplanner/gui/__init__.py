"""The desktop app: windows, wizards and dialogs over the Qt-free core.

Nothing here decides anything about ConfigMgr: every check comes from ``cmplanner.rules``,
every document from ``cmplanner.runbook``, every export from ``cmplanner.tasksequence``.
"""

from __future__ import annotations
