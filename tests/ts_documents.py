"""The task-sequence documents under tests/data that import: the round-trip and the
lint-against-export tests both walk every one of them."""

from __future__ import annotations

from pathlib import Path

from cmplanner.errors import InputError
from cmplanner.tasksequence.xmlio import load_task_sequence

DATA = Path(__file__).resolve().parent / "data"


def importable_documents() -> list[Path]:
    """Every ``*.xml`` under tests/data that imports as a task sequence, in name order."""
    found = []
    for path in sorted(DATA.rglob("*.xml")):
        try:
            load_task_sequence(path)
        except InputError:
            continue
        found.append(path)
    return found
