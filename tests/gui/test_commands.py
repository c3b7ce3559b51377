"""Every undo command: redo changes the plan, undo restores it exactly, redo again repeats."""

from __future__ import annotations

import pytest

from cmplanner.demo import demo_plan
from cmplanner.gui.commands import (
    InsertItemCommand,
    RemoveItemCommand,
    ReplaceItemCommand,
    ReplacePlanCommand,
    SetValueCommand,
)
from cmplanner.gui.document import PlanDocument
from cmplanner.model import Boundary, GroupPurpose, Plan

pytestmark = pytest.mark.gui


def _round_trip(doc: PlanDocument, command) -> dict:  # type: ignore[no-untyped-def]
    before = doc.plan.model_dump()
    doc.push(command)
    after = doc.plan.model_dump()
    assert after != before
    doc.undo_stack.undo()
    assert doc.plan.model_dump() == before
    doc.undo_stack.redo()
    assert doc.plan.model_dump() == after
    return after


@pytest.fixture
def doc(qapp) -> PlanDocument:  # type: ignore[no-untyped-def]
    return PlanDocument(demo_plan())


def test_set_value(doc: PlanDocument) -> None:
    after = _round_trip(doc, SetValueCommand(doc, "distribution_points[3].multicast", False))
    assert after["distribution_points"][3]["multicast"] is False
    assert not any(f.rule == "DP001" for f in doc.findings)


def test_set_value_refuses_what_the_model_refuses(doc: PlanDocument) -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        SetValueCommand(doc, "site.code", "TOOLONG")
    assert doc.undo_stack.count() == 0


def test_insert_remove_replace(doc: PlanDocument) -> None:
    new = Boundary(name="Utrecht", type="ip_subnet", value="10.40.0.0/24")
    after = _round_trip(doc, InsertItemCommand(doc, "boundaries", new))
    assert after["boundaries"][-1]["name"] == "Utrecht"
    _round_trip(doc, RemoveItemCommand(doc, "distribution_points", 0))
    group = doc.plan.dp_groups[1].model_copy(update={"purpose": GroupPurpose.CONTENT_COPY})
    _round_trip(doc, ReplaceItemCommand(doc, "dp_groups", 1, group))
    assert not any(f.rule == "GRP002" for f in doc.findings)


def test_replace_plan(doc: PlanDocument) -> None:
    after = _round_trip(doc, ReplacePlanCommand(doc, Plan(name="Empty")))
    assert after["name"] == "Empty"


def test_macro_is_one_step(doc: PlanDocument) -> None:
    before = doc.plan.model_dump()
    with doc.macro("two edits"):
        doc.push(SetValueCommand(doc, "name", "Renamed"))
        doc.push(RemoveItemCommand(doc, "packages", 0))
    assert doc.undo_stack.count() == 1 and doc.is_modified()
    doc.undo_stack.undo()
    assert doc.plan.model_dump() == before
    assert not doc.is_modified()
