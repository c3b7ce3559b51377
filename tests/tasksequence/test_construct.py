"""The reader builds models directly (construct.py) instead of validating them: this fails
loudly when a pydantic release changes the private slots that relies on, and checks that such
models behave exactly like validated ones."""

from __future__ import annotations

from pathlib import Path

import pydantic
import pytest
from pydantic import BaseModel, ValidationError

from cmplanner.model.tasksequence import Expression, Group, Operator, Step, TaskSequence, Variable
from cmplanner.tasksequence.numbering import iter_nodes
from cmplanner.tasksequence.xmlio import load_task_sequence

pytestmark = pytest.mark.core

DATA = Path(__file__).resolve().parents[1] / "data" / "ts"


def test_pydantic_keeps_the_slots_construct_writes() -> None:
    assert BaseModel.__slots__ == (
        "__dict__",
        "__pydantic_fields_set__",
        "__pydantic_extra__",
        "__pydantic_private__",
    ), "pydantic changed its private slots: review cmplanner/tasksequence/construct.py"
    assert pydantic.VERSION.startswith("2."), "construct.py is written for pydantic 2"


def _models(ts: TaskSequence) -> list[BaseModel]:
    found: list[BaseModel] = [ts]
    for node in iter_nodes(ts):
        found.append(node)
        if node.layout is not None:
            found.append(node.layout)
        if isinstance(node, Step):
            found.extend(node.variables)
        stack = list(node.conditions)
        while stack:
            cond = stack.pop()
            found.append(cond)
            if isinstance(cond, Operator):
                stack.extend(cond.children)
    return found


def test_every_model_the_reader_builds_has_every_field() -> None:
    for name in ("mdt_style.xml", "package_export.xml", "secrets_by_place.xml", "cb_crlf.xml"):
        for model in _models(load_task_sequence(DATA / name)):
            assert set(model.__dict__) == set(type(model).model_fields), (name, type(model))
            assert model.__pydantic_fields_set__ <= set(type(model).model_fields)


def test_built_models_behave_like_validated_ones() -> None:
    ts = load_task_sequence(DATA / "secrets_by_place.xml")
    assert TaskSequence.model_validate_json(ts.model_dump_json()) == ts
    group = ts.steps[0]
    assert isinstance(group, Group)
    first, second = group.children[0], group.children[1]
    assert isinstance(first, Step) and isinstance(second, Step)
    copy = first.model_copy(deep=True)
    copy.name = "renamed"  # validated assignment on a built model
    assert copy.name == "renamed" and first.name == "Set join password"
    with pytest.raises(ValidationError):
        copy.enabled = "not a yes or no"  # type: ignore[assignment]
    # the shared set of set fields is untouched by assignments
    second.description = "changed"
    assert first.model_fields_set == set(Step.model_fields)
    assert first.model_fields_set == second.model_fields_set
    var = first.variables[0]
    assert isinstance(var, Variable)
    assert Variable.model_validate(var.model_dump()) == var
    assert isinstance(Expression.model_validate({"type": "x"}), Expression)
