"""Pydantic models of a plan. Qt-free: the CLI, the rules engine and the GUI all share them."""

from cmplanner.model.boundaries import Boundary, BoundaryType, Connection
from cmplanner.model.checklist import ChecklistRun, SignOff, StepProgress
from cmplanner.model.distribution import (
    Distribution,
    DistributionPoint,
    DPGroup,
    DPHost,
    GroupMember,
    GroupPurpose,
    Package,
    TargetKind,
    WindowsVersion,
)
from cmplanner.model.plan import SCHEMA_VERSION, Note, Plan
from cmplanner.model.pxe import CertificateSource, PxeCertificate, PxeServicePoint
from cmplanner.model.site import AddOn, SecurityMode, ServicePack, Site, SiteVersion
from cmplanner.model.tasksequence import (
    Expression,
    Group,
    Operator,
    RunIn,
    Step,
    TaskSequence,
    Variable,
)

__all__ = [
    "SCHEMA_VERSION",
    "AddOn",
    "Boundary",
    "BoundaryType",
    "CertificateSource",
    "ChecklistRun",
    "Connection",
    "DPGroup",
    "DPHost",
    "Distribution",
    "DistributionPoint",
    "Expression",
    "Group",
    "GroupMember",
    "GroupPurpose",
    "Note",
    "Operator",
    "Package",
    "Plan",
    "PxeCertificate",
    "PxeServicePoint",
    "RunIn",
    "SecurityMode",
    "ServicePack",
    "SignOff",
    "Site",
    "SiteVersion",
    "Step",
    "StepProgress",
    "TargetKind",
    "TaskSequence",
    "Variable",
    "WindowsVersion",
]
