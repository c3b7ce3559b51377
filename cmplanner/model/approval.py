"""The approval stamp: who approved the plan, when, why, and a hash of what they approved.

A change board approves one version of a plan; the site is built from it and then the plan
changes again. The stamp keeps a SHA-256 of the plan's content as it was approved, so any
later edit shows as "changed since approved" (title bar, runbook header, ``validate``).

What the hash covers: the whole design (site, boundaries, DPs, groups, packages, PXE, task
sequences, notes, name and description). What it leaves out: the stamp itself (it cannot
hash itself), ``schema_version`` (a newer cmplanner reading an older file is not an edit),
and checklist progress (ticking the approved plan's checklists is carrying the plan out,
not changing it).
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from pydantic import Field

from cmplanner.model.base import PlanModel, SiteTime

if TYPE_CHECKING:
    from cmplanner.model.plan import Plan

#: top-level plan fields the content hash leaves out (see the module docstring)
NOT_HASHED = frozenset({"approval", "schema_version", "checklists"})


class Approval(PlanModel):
    """One approval of the plan as it was at ``at``."""

    by: str = Field(min_length=1, description="who approved, as they sign")
    at: SiteTime
    note: str = Field("", description="the change board's reference or remark")
    content_hash: str = Field(
        pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the approved content"
    )


class ApprovalState(StrEnum):
    NOT_APPROVED = "not approved"
    APPROVED = "approved"
    CHANGED = "changed since approved"


def content_hash(plan: Plan) -> str:
    """SHA-256 of the plan's content in a canonical form (sorted keys, fixed separators),
    so the same content always gives the same hash whatever the file's layout."""
    data = plan.model_dump(mode="json", exclude=set(NOT_HASHED))
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def approval_state(plan: Plan) -> ApprovalState:
    if plan.approval is None:
        return ApprovalState.NOT_APPROVED
    if plan.approval.content_hash == content_hash(plan):
        return ApprovalState.APPROVED
    return ApprovalState.CHANGED


def approve(plan: Plan, by: str, at: datetime, note: str = "") -> Approval:
    """A stamp for the plan's current content (the caller puts it on the plan)."""
    return Approval(by=by, at=at, note=note, content_hash=content_hash(plan))


def approval_line(plan: Plan) -> str:
    """One line for people: ``approved by X on 2026-04-01 10:00; changed since approved``."""
    stamp = plan.approval
    if stamp is None:
        return "not approved"
    line = f"approved by {stamp.by} on {stamp.at:%Y-%m-%d %H:%M}"
    if stamp.note:
        line += f" ({stamp.note})"
    if approval_state(plan) is ApprovalState.CHANGED:
        line += "; changed since approved"
    return line
