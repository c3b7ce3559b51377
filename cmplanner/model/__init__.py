"""Pydantic models of a plan. Qt-free: the CLI, the rules engine and the GUI all share them.

Names load lazily (PEP 562) so that importing one model module does not import them all:
the quick commands stay quick.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "AddOn": "cmplanner.model.site",
    "Approval": "cmplanner.model.approval",
    "ApprovalState": "cmplanner.model.approval",
    "Boundary": "cmplanner.model.boundaries",
    "BoundaryType": "cmplanner.model.boundaries",
    "CertificateSource": "cmplanner.model.pxe",
    "ChecklistRun": "cmplanner.model.checklist",
    "Connection": "cmplanner.model.boundaries",
    "DPGroup": "cmplanner.model.distribution",
    "DPHost": "cmplanner.model.distribution",
    "Distribution": "cmplanner.model.distribution",
    "DistributionPoint": "cmplanner.model.distribution",
    "Expression": "cmplanner.model.tasksequence",
    "Group": "cmplanner.model.tasksequence",
    "GroupMember": "cmplanner.model.distribution",
    "GroupPurpose": "cmplanner.model.distribution",
    "Note": "cmplanner.model.plan",
    "Operator": "cmplanner.model.tasksequence",
    "Package": "cmplanner.model.distribution",
    "Plan": "cmplanner.model.plan",
    "PxeCertificate": "cmplanner.model.pxe",
    "PxeServicePoint": "cmplanner.model.pxe",
    "RunIn": "cmplanner.model.tasksequence",
    "SCHEMA_VERSION": "cmplanner.model.plan",
    "SecurityMode": "cmplanner.model.site",
    "ServicePack": "cmplanner.model.site",
    "SignOff": "cmplanner.model.checklist",
    "Site": "cmplanner.model.site",
    "SiteVersion": "cmplanner.model.site",
    "Step": "cmplanner.model.tasksequence",
    "StepProgress": "cmplanner.model.checklist",
    "TargetKind": "cmplanner.model.distribution",
    "TaskSequence": "cmplanner.model.tasksequence",
    "Variable": "cmplanner.model.tasksequence",
    "WindowsVersion": "cmplanner.model.distribution",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_WHERE[name]), name)
