"""Undoable edits of a plan: one ``QUndoCommand`` per kind of edit.

Each command changes the pydantic model through its public fields and lists (assignment is
validated by the model) and then asks the document to re-validate. A new value is checked on
a copy before the command is pushed, so an invalid edit never enters the history.
"""

from __future__ import annotations

import copy
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from cmplanner.gui import plan_paths
from cmplanner.gui.document import PlanDocument
from cmplanner.gui.labels import category_label
from cmplanner.gui.names import subject_words
from cmplanner.model.approval import Approval, approve
from cmplanner.model.plan import Plan


class SetValueCommand(QUndoCommand):
    """Set one field, e.g. ``distribution_points[3].multicast`` or ``pxe``.

    Raises ``pydantic.ValidationError`` (before anything changes) when the model refuses the
    value.
    """

    def __init__(self, doc: PlanDocument, path: str, value: Any, text: str = "") -> None:
        default = QCoreApplication.translate("Commands", "Change %1")
        super().__init__(text or default.replace("%1", subject_words(doc.plan, path)))
        self.doc = doc
        self.path = path
        parent, key = plan_paths.parent_and_key(doc.plan, path)
        if isinstance(key, int):
            self.value = copy.deepcopy(value)
        else:
            trial = parent.model_copy(deep=True)
            setattr(trial, key, copy.deepcopy(value))  # raises ValidationError if refused
            self.value = getattr(trial, key)
        self.old = copy.deepcopy(plan_paths.get(doc.plan, path))

    def _apply(self, value: Any) -> None:
        parent, key = plan_paths.parent_and_key(self.doc.plan, self.path)
        if isinstance(key, int):
            parent[key] = copy.deepcopy(value)
        else:
            setattr(parent, key, copy.deepcopy(value))
        structural = self.path in ("pxe",) or plan_paths.item_of(self.path) == ""
        self.doc.notify(self.path, structural=structural)

    def redo(self) -> None:
        self._apply(self.value)

    def undo(self) -> None:
        self._apply(self.old)


class InsertItemCommand(QUndoCommand):
    """Add an object to one of the plan's lists (``distribution_points``, ``boundaries`` ...)."""

    def __init__(
        self,
        doc: PlanDocument,
        collection: str,
        item: Any,
        index: int | None = None,
        text: str = "",
    ) -> None:
        default = QCoreApplication.translate("Commands", "Add to %1")
        super().__init__(text or default.replace("%1", category_label(collection)))
        self.doc = doc
        self.collection = collection
        self.item = copy.deepcopy(item)
        items = plan_paths.get(doc.plan, collection)
        self.index = len(items) if index is None else index

    @property
    def path(self) -> str:
        return f"{self.collection}[{self.index}]"

    def redo(self) -> None:
        plan_paths.get(self.doc.plan, self.collection).insert(self.index, copy.deepcopy(self.item))
        self.doc.notify(self.path, structural=True)

    def undo(self) -> None:
        del plan_paths.get(self.doc.plan, self.collection)[self.index]
        self.doc.notify(self.collection, structural=True)


class RemoveItemCommand(QUndoCommand):
    """Remove the object at ``collection[index]``."""

    def __init__(self, doc: PlanDocument, collection: str, index: int, text: str = "") -> None:
        default = QCoreApplication.translate("Commands", "Delete %1")
        words = subject_words(doc.plan, f"{collection}[{index}]")
        super().__init__(text or default.replace("%1", words))
        self.doc = doc
        self.collection = collection
        self.index = index
        self.item = copy.deepcopy(plan_paths.get(doc.plan, collection)[index])

    def redo(self) -> None:
        del plan_paths.get(self.doc.plan, self.collection)[self.index]
        self.doc.notify(self.collection, structural=True)

    def undo(self) -> None:
        plan_paths.get(self.doc.plan, self.collection).insert(self.index, copy.deepcopy(self.item))
        self.doc.notify(f"{self.collection}[{self.index}]", structural=True)


class ReplaceItemCommand(QUndoCommand):
    """Put a changed copy of a whole object in place (a checklist run, an edited DP group)."""

    def __init__(
        self, doc: PlanDocument, collection: str, index: int, item: Any, text: str = ""
    ) -> None:
        default = QCoreApplication.translate("Commands", "Change %1")
        words = subject_words(doc.plan, f"{collection}[{index}]")
        super().__init__(text or default.replace("%1", words))
        self.doc = doc
        self.collection = collection
        self.index = index
        self.item = copy.deepcopy(item)
        self.old = copy.deepcopy(plan_paths.get(doc.plan, collection)[index])

    def _put(self, item: Any) -> None:
        items = plan_paths.get(self.doc.plan, self.collection)
        items[self.index] = copy.deepcopy(item)
        self.doc.notify(f"{self.collection}[{self.index}]", structural=True)

    def redo(self) -> None:
        self._put(self.item)

    def undo(self) -> None:
        self._put(self.old)


class ReplacePlanCommand(QUndoCommand):
    """Swap the whole plan (recovering an autosave), undoable like any other edit."""

    def __init__(self, doc: PlanDocument, plan: Plan, text: str = "") -> None:
        super().__init__(text or QCoreApplication.translate("Commands", "Replace the plan"))
        self.doc = doc
        self.new = plan.model_copy(deep=True)
        self.old = doc.plan.model_copy(deep=True)

    def redo(self) -> None:
        self.doc.swap_plan(self.new.model_copy(deep=True))

    def undo(self) -> None:
        self.doc.swap_plan(self.old.model_copy(deep=True))


class ApprovePlanCommand(QUndoCommand):
    """Stamp the plan as approved: by whom, when, a note, and the hash of its content now.
    Undo puts back the stamp it replaced (or none)."""

    def __init__(
        self, doc: PlanDocument, by: str, note: str = "", at: datetime | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Approve the plan"))
        self.doc = doc
        when = at or datetime.now().replace(microsecond=0)
        self.stamp = approve(doc.plan, by, when, note)
        self.old = copy.deepcopy(doc.plan.approval)

    def _put(self, stamp: Approval | None) -> None:
        self.doc.plan.approval = copy.deepcopy(stamp)
        self.doc.changed.emit("")

    def redo(self) -> None:
        self._put(self.stamp)

    def undo(self) -> None:
        self._put(self.old)
