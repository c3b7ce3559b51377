"""One nesting limit for every way a sequence comes in (lint, show, wrap, the app's import):
up to it everything works, including a wrap read back; beyond it one line, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmplanner.cli.main import main
from cmplanner.model.plan import Plan
from cmplanner.model.planfile import load_plan, save_plan
from cmplanner.tasksequence.limits import MAX_DEPTH, element_depth
from cmplanner.tasksequence.xmlcompare import differences
from cmplanner.tasksequence.xmlio import export_xml, load_task_sequence

pytestmark = pytest.mark.cli


def nested(levels: int) -> str:
    """A sequence whose deepest element (an expression in a condition) is at ``levels``."""
    groups = levels - 3  # the step inside them, its <condition>, the expression
    return (
        '<sequence version="3.00">'
        + '<group name="g">' * groups
        + '<step type="SMS_TaskSequence_RunCommandLineAction" name="deepest step"><condition>'
        '<expression type="SMS_TaskSequence_VariableConditionExpression">'
        '<variable name="Variable">A</variable></expression></condition>'
        "<action>x</action></step>" + "</group>" * groups + "</sequence>"
    )


def write(tmp_path: Path, levels: int) -> Path:
    path = tmp_path / f"deep{levels}.xml"
    path.write_text(nested(levels), encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_depth_is_counted_as_the_reader_counts_it(tmp_path: Path) -> None:
    assert element_depth(load_task_sequence(write(tmp_path, MAX_DEPTH))) == MAX_DEPTH


def test_up_to_the_limit_every_path_works(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, MAX_DEPTH)
    assert run(capsys, "ts", "lint", str(path))[0] == 0
    code, out, _ = run(capsys, "ts", "show", str(path))
    assert code == 0 and "deepest step" in out
    ts = load_task_sequence(path)
    again = tmp_path / "again.xml"
    again.write_text(export_xml(ts)[0], encoding="utf-8")
    assert differences(path.read_bytes(), again.read_bytes()) == []
    assert element_depth(load_task_sequence(again)) == MAX_DEPTH
    plan = tmp_path / "deep.cmplan"
    save_plan(Plan(task_sequences=[ts]), plan)
    assert load_plan(plan).task_sequences[0] == ts


def test_a_wrap_that_could_not_be_read_back_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrapped = tmp_path / "wrapped.xml"
    ok = write(tmp_path, MAX_DEPTH - 1)
    assert run(capsys, "ts", "new", "error-catching", "--wrap", str(ok), "-o", str(wrapped))[0] == 0
    assert element_depth(load_task_sequence(wrapped)) == MAX_DEPTH  # reads back
    full = write(tmp_path, MAX_DEPTH)
    code, out, err = run(capsys, "ts", "new", "error-catching", "--wrap", str(full))
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert f"deeper than {MAX_DEPTH} levels" in err


@pytest.mark.parametrize(
    "command", [["ts", "lint"], ["ts", "show"], ["ts", "new", "error-catching", "--wrap"]]
)
def test_beyond_the_limit_every_path_refuses_in_one_line(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for levels in (MAX_DEPTH + 1, 200, 1000):
        code, out, err = run(capsys, *command, str(write(tmp_path, levels)))
        assert code == 2 and out == ""
        assert len(err.strip().splitlines()) == 1
        assert f"nested more than {MAX_DEPTH} levels" in err and "Traceback" not in err
