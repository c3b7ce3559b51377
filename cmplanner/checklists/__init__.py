"""Checklist packs as data, filled in from a plan, with progress kept in the plan.

``load_packs()`` reads ``resources/checklists``; ``fill(pack, plan, subject)`` turns a pack
into the steps an admin follows for this plan; ``tick``/``untick``/``reset``/``sign_off``
return a new plan with the progress changed (the GUI's undo commands call them).
"""

from __future__ import annotations

from cmplanner.checklists.fill import (
    FilledHeader,
    FilledStep,
    fill,
    fill_header,
    find_run,
    remote_site_systems,
    subjects,
)
from cmplanner.checklists.packs import ChecklistPack, PackScope, PackStep, Repeat, load_packs
from cmplanner.checklists.progress import (
    keep_evidence,
    mark_not_applicable,
    open_steps,
    open_titles,
    reset,
    sign_off,
    tick,
    untick,
)

__all__ = [
    "ChecklistPack",
    "FilledHeader",
    "FilledStep",
    "PackScope",
    "PackStep",
    "Repeat",
    "fill",
    "fill_header",
    "find_run",
    "keep_evidence",
    "load_packs",
    "mark_not_applicable",
    "open_steps",
    "open_titles",
    "remote_site_systems",
    "reset",
    "sign_off",
    "subjects",
    "tick",
    "untick",
]
