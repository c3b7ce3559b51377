"""The plan: everything an admin designs for one site, saved as one ``.cmplan`` file."""

from __future__ import annotations

from pydantic import ConfigDict, Field

from cmplanner.model.approval import Approval
from cmplanner.model.base import PlanModel, SiteTime
from cmplanner.model.boundaries import Boundary
from cmplanner.model.checklist import ChecklistRun
from cmplanner.model.distribution import DistributionPoint, DPGroup, Package
from cmplanner.model.pxe import PxeServicePoint
from cmplanner.model.site import Site
from cmplanner.model.tasksequence import TaskSequence

SCHEMA_VERSION = 2


class Note(PlanModel):
    text: str
    subject: str = Field("", description="the plan path the note is about, or empty")
    author: str = ""
    at: SiteTime | None = None


class Plan(PlanModel):
    model_config = ConfigDict(validate_assignment=True)

    schema_version: int = SCHEMA_VERSION
    name: str = "Untitled plan"
    description: str = ""
    site: Site = Field(default_factory=Site)
    boundaries: list[Boundary] = Field(default_factory=list)
    distribution_points: list[DistributionPoint] = Field(default_factory=list)
    dp_groups: list[DPGroup] = Field(default_factory=list)
    packages: list[Package] = Field(default_factory=list)
    pxe: PxeServicePoint | None = None
    task_sequences: list[TaskSequence] = Field(default_factory=list)
    checklists: list[ChecklistRun] = Field(default_factory=list)
    notes: list[Note] = Field(default_factory=list)
    approval: Approval | None = Field(None, description="the last approval stamp, if any")

    def dp_index(self, name: str) -> int | None:
        """Position of the DP called ``name`` (case-insensitive), or None."""
        wanted = name.casefold()
        for i, dp in enumerate(self.distribution_points):
            if dp.name.casefold() == wanted:
                return i
        return None

    def boundary_index(self, name: str) -> int | None:
        wanted = name.casefold()
        for i, boundary in enumerate(self.boundaries):
            if boundary.name.casefold() == wanted:
                return i
        return None
