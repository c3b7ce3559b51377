"""What changed between two plans, by object name, and what the change touches.

``diff_plans(old, new)`` gives a :class:`PlanDiff`: objects added, removed, renamed and changed
field by field; task-sequence steps added, removed, moved and changed with their smsts.log
numbers; findings introduced and resolved; and the consequences the rules engine computes
(late joiners' missed packages, locality rows, the DP compatibility table, PXE checklists,
renumbered steps). The CLI's ``diff``, the change runbook and the app's compare view all
read the same result.
"""

from __future__ import annotations

from cmplanner.plandiff.compare import diff_plans
from cmplanner.plandiff.model import ObjectChange, PlanDiff, Status, StepStatus

__all__ = ["ObjectChange", "PlanDiff", "Status", "StepStatus", "diff_plans"]
