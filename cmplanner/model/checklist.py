"""Progress through a checklist pack: who ticked which step, when, with what evidence."""

from __future__ import annotations

from pydantic import Field

from cmplanner.model.base import PlanModel, SiteTime


class StepProgress(PlanModel):
    """A step's progress. A step that does not apply here is marked so with a reason (who and
    when too): it counts as done for sign-off and prints as not applicable. Evidence typed
    on a step that is not ticked yet is kept (``done`` false, ``evidence`` set)."""

    done: bool = False
    by: str = ""
    at: SiteTime | None = None
    evidence: str = ""
    note: str = ""
    not_applicable: bool = False
    reason: str = Field("", description="why the step does not apply (with not_applicable)")

    @property
    def settled(self) -> bool:
        """Done, or not applicable: nothing left to do for sign-off."""
        return self.done or self.not_applicable


class SignOff(PlanModel):
    by: str
    at: SiteTime
    note: str = ""


class ChecklistRun(PlanModel):
    """One run of a checklist pack, optionally about one subject (a DP group, the PXE point)."""

    pack: str = Field(min_length=1, description="checklist pack id")
    subject: str = Field("", description="what this run is about, e.g. a DP group name")
    started: SiteTime | None = None
    steps: dict[str, StepProgress] = Field(default_factory=dict)
    sign_off: SignOff | None = None
