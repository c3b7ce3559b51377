"""The approval stamp: a content hash that ignores the stamp itself, kept in the plan file."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from cmplanner.demo import demo_plan
from cmplanner.model import ChecklistRun
from cmplanner.model.approval import (
    ApprovalState,
    approval_line,
    approval_state,
    approve,
    content_hash,
)
from cmplanner.model.planfile import load_plan, plan_from_document, save_plan

pytestmark = pytest.mark.core

WHEN = datetime(2026, 4, 1, 10, 30)


def test_a_fresh_plan_is_not_approved() -> None:
    assert approval_state(demo_plan()) is ApprovalState.NOT_APPROVED
    assert approval_line(demo_plan()) == "not approved"


def test_the_stamp_holds_the_hash_of_the_content_and_not_of_itself() -> None:
    plan = demo_plan()
    before = content_hash(plan)
    plan.approval = approve(plan, "Jan de Vries", WHEN, "CAB-41")
    assert plan.approval.content_hash == before == content_hash(plan)
    assert approval_state(plan) is ApprovalState.APPROVED
    assert approval_line(plan) == "approved by Jan de Vries on 2026-04-01 10:30 (CAB-41)"


def test_any_later_edit_shows_as_changed_since_approved() -> None:
    plan = demo_plan()
    plan.approval = approve(plan, "Jan", WHEN)
    plan.distribution_points[0].multicast = False
    assert approval_state(plan) is ApprovalState.CHANGED
    assert approval_line(plan).endswith("; changed since approved")
    plan.distribution_points[0].multicast = True  # back as approved
    assert approval_state(plan) is ApprovalState.APPROVED


def test_ticking_checklists_is_not_changing_the_plan() -> None:
    plan = demo_plan()
    plan.approval = approve(plan, "Jan", WHEN)
    plan.checklists.append(ChecklistRun(pack="sp2-upgrade"))
    assert approval_state(plan) is ApprovalState.APPROVED


def test_the_stamp_survives_save_and_load(tmp_path: Path) -> None:
    plan = demo_plan()
    plan.approval = approve(plan, "Jan", WHEN, "note")
    path = tmp_path / "p.cmplan"
    save_plan(plan, path)
    again = load_plan(path)
    assert again.approval == plan.approval
    assert approval_state(again) is ApprovalState.APPROVED
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == 2


def test_a_schema_1_plan_migrates_without_a_stamp() -> None:
    plan = plan_from_document({"schema_version": 1, "name": "old"}, "old.cmplan")
    assert plan.schema_version == 2 and plan.approval is None


def test_a_damaged_stamp_is_bad_input_naming_the_place() -> None:
    from cmplanner.errors import InputError

    doc = {
        "schema_version": 2,
        "approval": {"by": "Jan", "at": "2026-04-01T10:00:00", "content_hash": "nope"},
    }
    with pytest.raises(InputError) as caught:
        plan_from_document(doc, "x.cmplan")
    assert "approval" in caught.value.describe() and "content_hash" in caught.value.describe()
