"""New steps and groups from the catalog: the variables each step type carries, in catalog
order, and its command line with the property values filled in."""

from __future__ import annotations

import re

from cmplanner.model.tasksequence import Condition, Expression, Group, RunIn, Step, Variable
from cmplanner.tasksequence.catalog import load_steps
from cmplanner.tasksequence.conditions import VARIABLE

DEFAULT_SUCCESS_CODES = "0 3010"
_PLACEHOLDER = re.compile(r"\{([A-Za-z0-9_]+)\}")


def make_step(
    kind: str,
    name: str | None = None,
    values: dict[str, str] | None = None,
    *,
    description: str = "",
    run_in: RunIn | None = None,
    conditions: list[Condition] | None = None,
    continue_on_error: bool = False,
    action: str | None = None,
) -> Step:
    """A step of catalog type ``kind`` (SMS class or any of its names). ``values`` maps
    property names (or variable names) to values; properties not given take the catalog's
    default (empty when it has none)."""
    catalog = load_steps()
    step_type = catalog.get(kind) or catalog.by_name(kind)
    if step_type is None:
        raise KeyError(f"no step type {kind!r} in the catalog")
    values = dict(values or {})
    variables = []
    for prop in step_type.properties:
        value = values.pop(prop.property, values.pop(prop.variable, prop.default))
        variables.append(Variable(name=prop.variable, property=prop.property, value=value))
    if values:
        raise KeyError(f"{step_type.name} has no properties {sorted(values)}")
    by_property = {v.property: v.value for v in variables}
    command = (
        action
        if action is not None
        else _PLACEHOLDER.sub(lambda m: by_property.get(m.group(1), ""), step_type.action)
    )
    return Step(
        type=step_type.type,
        name=name or step_type.name,
        description=description,
        run_in=run_in or step_type.run_in,
        action=command,
        variables=variables,
        conditions=conditions or [],
        continue_on_error=continue_on_error,
        success_codes=DEFAULT_SUCCESS_CODES,
    )


def set_variable(variable: str, value: str, name: str | None = None) -> Step:
    """A Set Task Sequence Variable step."""
    return make_step(
        "SMS_TaskSequence_SetVariableAction",
        name or f"Set {variable}",
        {"VariableName": variable, "VariableValue": value},
    )


def variable_condition(variable: str, operator: str, value: str = "") -> Expression:
    """``<expression type="SMS_TaskSequence_VariableConditionExpression">``."""
    props = {"Variable": variable, "Operator": operator}
    if operator.casefold() not in ("exists", "notexists"):
        props["Value"] = value
    return Expression(type=VARIABLE, properties=props)


def group(
    name: str,
    children: list[Step | Group],
    *,
    description: str = "",
    continue_on_error: bool = False,
    conditions: list[Condition] | None = None,
) -> Group:
    return Group(
        name=name,
        description=description,
        children=children,
        continue_on_error=continue_on_error,
        conditions=conditions or [],
    )
