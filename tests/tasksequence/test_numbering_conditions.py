"""Step numbers as smsts.log counts them; conditions in words, evaluated, dry-run."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmplanner.model.tasksequence import Expression, Group, Operator, Step, TaskSequence
from cmplanner.tasksequence.conditions import describe, dry_run, evaluate
from cmplanner.tasksequence.factory import variable_condition
from cmplanner.tasksequence.numbering import by_number, instructions, table_size
from cmplanner.tasksequence.xmlio import load_task_sequence

pytestmark = pytest.mark.core

DATA = Path(__file__).resolve().parents[1] / "data" / "ts"


def _log_shaped() -> TaskSequence:
    """The shape of a real smsts.log: group 0 with two steps, its end at 3; a skipped group
    at 4 whose three children and end take 5-8, so the next group starts at 9."""

    def step(name: str, enabled: bool = True) -> Step:
        return Step(name=name, type="SMS_TaskSequence_RunCommandLineAction", enabled=enabled)

    return TaskSequence(
        name="log shaped",
        steps=[
            Group(
                name="Initialization",
                children=[step("Gather local only"), step("Set High Performance Profile")],
            ),
            Group(
                name="Validation",
                children=[step("Validate"), step("Check BIOS"), step("Next Phase")],
            ),
            Group(name="State Capture", children=[Group(name="Empty")]),
            step("Enable BitLocker (Offline)", enabled=False),
            step("Restart computer"),
        ],
    )


def test_numbers_match_the_log_counting() -> None:
    ts = _log_shaped()
    table = [(i.number, i.name, i.kind) for i in instructions(ts, include_group_ends=True)]
    assert table[:6] == [
        (0, "Initialization", "group"),
        (1, "Gather local only", "step"),
        (2, "Set High Performance Profile", "step"),
        (3, "Initialization", "group-end"),
        (4, "Validation", "group"),
        (5, "Validate", "step"),
    ]
    numbers = {i.name: i.number for i in instructions(ts)}
    assert numbers["State Capture"] == 9 and numbers["Empty"] == 10
    assert numbers["Enable BitLocker (Offline)"] == 13  # disabled steps keep their number
    assert numbers["Restart computer"] == 14
    assert table_size(ts) == 15 == len(by_number(ts))
    assert by_number(ts)[8].kind == "group-end" and by_number(ts)[8].name == "Validation"


def test_default_list_has_one_entry_per_node_with_paths() -> None:
    items = instructions(_log_shaped())
    assert [i.kind for i in items].count("group-end") == 0
    validate = next(i for i in items if i.name == "Check BIOS")
    assert validate.path == "steps[1].children[1]" and validate.depth == 1
    assert validate.node.name == "Check BIOS"


def test_conditions_in_words() -> None:
    ts = load_task_sequence(DATA / "mdt_style.xml")
    fmt, bios, only = ts.steps[1].children  # type: ignore[union-attr]
    assert describe(fmt.conditions) == 'task sequence variable IsUEFI does not equal "True"'
    assert describe(bios.conditions).startswith(
        '(task sequence variable Make equals "HP" or WMI query'
    )
    assert describe(only.conditions) == "not (task sequence variable SYSDISK exists)"
    assert describe([]) == "always"


def test_evaluate_is_three_valued() -> None:
    ts = load_task_sequence(DATA / "mdt_style.xml")
    fmt, bios, only = ts.steps[1].children  # type: ignore[union-attr]
    assert evaluate(fmt.conditions, {"isuefi": "true"}) is False  # names and values ignore case
    assert evaluate(fmt.conditions, {}) is True
    assert evaluate(bios.conditions, {"Make": "HP"}) is True
    assert evaluate(bios.conditions, {"Make": "Dell"}) is None  # the WMI part decides
    assert evaluate(only.conditions, {"SYSDISK": ""}) is False
    number = [variable_condition("Memory", "greaterEqual", "2048")]
    assert evaluate(number, {"Memory": "4096"}) is True
    assert evaluate(number, {"Memory": "512"}) is False
    assert (
        evaluate(
            [
                Operator(
                    operator="and",
                    children=[
                        Expression(
                            type="SMS_TaskSequence_FileConditionExpression",
                            properties={"Path": "c:\\x"},
                        ),
                        variable_condition("A", "equals", "1"),
                    ],
                )
            ],
            {"A": "2"},
        )
        is False
    )


def test_dry_run_skips_what_is_inside_a_skipped_group() -> None:
    ts = _log_shaped()
    ts.steps[1].conditions = [variable_condition("Phase", "equals", "VALIDATION")]
    verdicts = {d.instruction.name: d.verdict for d in dry_run(ts, {"Phase": "STATERESTORE"})}
    assert verdicts["Validation"] == "skipped"
    assert verdicts["Check BIOS"] == "not reached"
    assert verdicts["Enable BitLocker (Offline)"] == "disabled"
    assert verdicts["Restart computer"] == "runs"
    verdicts = {d.instruction.name: d.verdict for d in dry_run(ts, {"phase": "validation"})}
    assert verdicts["Check BIOS"] == "runs"


def test_a_condition_on_a_secret_variable_does_not_print_its_value() -> None:
    from cmplanner.model.tasksequence import Expression
    from cmplanner.tasksequence.conditions import describe

    cond = Expression(
        type="SMS_TaskSequence_VariableConditionExpression",
        properties={"Operator": "equals", "Value": "Hunter2", "Variable": "OSDJoinPassword"},
    )
    text = describe([cond])
    assert "Hunter2" not in text and "OSDJoinPassword" in text and "(hidden)" in text
