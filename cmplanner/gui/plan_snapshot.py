"""The open plan as JSON, written a slice at a time between the window's events.

A PDF export hands the plan to a process of its own as JSON. In one go that is 30 ms for the
1,000-DP plan and several times that for 100,000 boundaries, all of it holding Python's lock,
so the window would stall; in slices of a few milliseconds it never does. An edit made
meanwhile starts the snapshot again, so it is always one state of the plan, never a mix.
The JSON is the plan's own ``model_dump_json()``, item by item.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QObject, QTimer, Signal

from cmplanner.gui.document import PlanDocument

SLICE_S = 0.005  # the window's time given to one slice


def plan_pieces(plan: BaseModel) -> Iterator[str]:
    """The plan's JSON in pieces: the plain fields, then each list one item at a time."""
    lists = [name for name in type(plan).model_fields if isinstance(getattr(plan, name), list)]
    head = plan.model_dump_json(exclude=set(lists))
    yield head[:-1]
    comma = head != "{}"
    for name in lists:
        yield ("," if comma else "") + json.dumps(name) + ":["
        comma = True
        for i, item in enumerate(getattr(plan, name)):
            text = item.model_dump_json() if isinstance(item, BaseModel) else json.dumps(item)
            yield ("," if i else "") + text
        yield "]"
    yield "}"


class PlanSnapshot(QObject):
    """Emits ``ready(json_bytes)`` once the whole plan is written out, unchanged since."""

    ready = Signal(bytes)

    def __init__(self, doc: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.done = False
        self.restarts = 0
        self._pieces: Iterator[str] = iter(())
        self._out: list[str] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        for signal in (doc.changed, doc.structure_changed, doc.plan_replaced):
            signal.connect(self._restart)
        self._restart()
        self.restarts = 0

    def _restart(self, *_args: Any) -> None:
        if self.done:
            return
        self.restarts += 1
        self._pieces = plan_pieces(self.doc.plan)
        self._out = []
        self._timer.start()

    def _step(self) -> None:
        deadline = time.perf_counter() + SLICE_S
        for piece in self._pieces:
            self._out.append(piece)
            if time.perf_counter() > deadline:
                return
        self.stop()
        self.ready.emit("".join(self._out).encode("utf-8"))

    def stop(self) -> None:
        """Write no more (finished, or the export was cancelled)."""
        if self.done:
            return
        self.done = True
        self._timer.stop()
        for signal in (self.doc.changed, self.doc.structure_changed, self.doc.plan_replaced):
            signal.disconnect(self._restart)
