"""Reading and analysing logs off the GUI thread, with progress and cancel.

The worker lives in its own ``QThread``; it keeps every entry (the table shows them all) and
feeds the same ``Analyzer`` the command line uses, so the app and ``cmplanner log analyze``
can never disagree.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from cmplanner.errors import InputError
from cmplanner.logs.analysis import Analysis, start_analysis
from cmplanner.logs.entry import LogEntry

if TYPE_CHECKING:
    from cmplanner.model.plan import Plan


@dataclass
class LoadedLogs:
    """What the view shows: every entry, the analysis, and per entry the running step."""

    entries: list[LogEntry]
    analysis: Analysis
    instruction_of: list[str | None] = field(default_factory=list)


class LogWorker(QObject):
    """Call ``run`` in a worker thread; ``cancel`` may be called from any thread."""

    # every signal carries the worker's token first, so the view can drop stale results
    progress = Signal(int, int, int)  # token, permille done, entries so far
    done = Signal(int, object)  # token, LoadedLogs
    failed = Signal(int, str)  # token, message

    def __init__(self, paths: Sequence[str], plan: Plan | None, token: int = 0) -> None:
        super().__init__()
        self.token = token
        self.paths = list(paths)
        self.plan = plan
        self._cancel = threading.Event()
        self._count = 0

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        self.progress.emit(self.token, int(1000 * done / total) if total else 1000, self._count)

    @Slot()
    def run(self) -> None:
        try:
            logs, analyzer = start_analysis(
                self.paths, self.plan, progress=self._progress, cancelled=self._cancel.is_set
            )
            entries: list[LogEntry] = []
            steps: list[str | None] = []
            timeline = analyzer.timeline
            for entry in logs:
                analyzer.feed(entry)
                entries.append(entry)
                current = timeline.current
                steps.append(current.name if current is not None else None)
                self._count += 1
            analysis = analyzer.result(self.paths, logs.issues, logs.formats, logs.was_cancelled)
            self.done.emit(self.token, LoadedLogs(entries, analysis, steps))
        except InputError as exc:
            self.failed.emit(self.token, exc.describe())
        except Exception as exc:  # a bug must not take the window down with it
            self.failed.emit(self.token, f"{type(exc).__name__}: {exc}")
