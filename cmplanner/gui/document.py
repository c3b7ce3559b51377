"""The open plan, its undo stack and its live findings, shared by every view of the window.

Views never change the plan directly: they push a command from :mod:`cmplanner.gui.commands`,
the command mutates the model and calls :meth:`PlanDocument.notify`, and the document
re-validates through the rules engine and tells every view what changed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from cmplanner.gui import plan_paths
from cmplanner.model.plan import Plan
from cmplanner.rules.engine import Validator
from cmplanner.rules.finding import Finding


class PlanDocument(QObject):
    """One plan being edited."""

    #: the plan path of the object an edit changed ("" for the plan itself)
    changed = Signal(str)
    #: objects were added, removed or replaced: views rebuild their lists
    structure_changed = Signal()
    #: the whole plan was swapped (open, new, recover)
    plan_replaced = Signal()
    findings_changed = Signal()
    path_changed = Signal()
    modified_changed = Signal(bool)

    def __init__(
        self,
        plan: Plan,
        path: Path | None = None,
        parent: QObject | None = None,
        validator: Validator | None = None,
    ) -> None:
        """``validator``, when given, is the rules engine already run on ``plan`` (the app
        start checks the plan before it imports Qt)."""
        super().__init__(parent)
        self._plan = plan
        self._path = path
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.validator = validator if validator is not None else Validator(plan)

    def _on_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    @property
    def plan(self) -> Plan:
        return self._plan

    @property
    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: Path | None) -> None:
        self._path = path
        self.path_changed.emit()

    @property
    def findings(self) -> list[Finding]:
        return self.validator.findings

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_saved(self, path: Path) -> None:
        self.set_path(path)
        self.undo_stack.setClean()

    def push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Every command pushed inside is one undoable step (a finished wizard)."""
        self.undo_stack.beginMacro(text)
        try:
            yield
        finally:
            self.undo_stack.endMacro()

    def replace(self, plan: Plan, path: Path | None) -> None:
        """Open another plan: a fresh undo history, a fresh validation."""
        self.undo_stack.clear()
        self._plan = plan
        self.validator.reset(plan)
        self.set_path(path)
        self.plan_replaced.emit()
        self.findings_changed.emit()

    def swap_plan(self, plan: Plan) -> Plan:
        """Put another plan in place without touching the history (for undoable swaps)."""
        old = self._plan
        self._plan = plan
        self.validator.reset(plan)
        self.plan_replaced.emit()
        self.findings_changed.emit()
        return old

    def notify(self, path: str, structural: bool = False) -> None:
        """Called by commands after they changed the model at ``path``."""
        item = plan_paths.item_of(path) if path else ""
        if structural:
            self.validator.reset(self._plan)
        else:
            self.validator.recheck(item or "plan")
        self.changed.emit(item)
        if structural:
            self.structure_changed.emit()
        self.findings_changed.emit()
