"""PLAN001: two objects with one name, task sequences included, said with names."""

from __future__ import annotations

from cmplanner.model.plan import Plan
from cmplanner.model.tasksequence import TaskSequence
from cmplanner.rules.engine import validate


def test_two_task_sequences_with_one_name_are_flagged_by_name() -> None:
    plan = Plan(
        name="p",
        task_sequences=[TaskSequence(name="Capture Only"), TaskSequence(name="capture only")],
    )
    found = [f for f in validate(plan) if f.rule == "PLAN001"]
    assert [f.subject for f in found] == ["task_sequences[1].name"]  # exact for JSON/SARIF
    assert found[0].message == (
        "task sequence 'capture only' has the same name as the task sequence "
        "'Capture Only' listed before it"
    )
    assert "[" not in found[0].message


def test_distinct_task_sequence_names_pass() -> None:
    plan = Plan(name="p", task_sequences=[TaskSequence(name="A"), TaskSequence(name="B")])
    assert not [f for f in validate(plan) if f.rule == "PLAN001"]


def test_a_copied_object_keeps_its_name_and_is_flagged() -> None:
    """A copy shares its name's string object with the original (the app adds items by
    copying): equal names are duplicates whether or not they are one object."""
    first = TaskSequence(name="Capture Only")
    plan = Plan(name="p", task_sequences=[first, first.model_copy()])
    found = [f for f in validate(plan) if f.rule == "PLAN001"]
    assert [f.subject for f in found] == ["task_sequences[1].name"]
