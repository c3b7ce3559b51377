"""An error is one line on stderr even when the value it quotes holds a newline or a
terminal control: the value is quoted with its control characters escaped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cmplanner.cli.main import main
from cmplanner.demo import demo_plan
from cmplanner.model.planfile import plan_to_json

pytestmark = pytest.mark.cli


def test_a_kind_with_a_newline_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = json.loads(plan_to_json(demo_plan()))
    doc["task_sequences"][0]["steps"][0]["kind"] = "st\nep\x1b[2J"
    plan = tmp_path / "p.cmplan"
    plan.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["validate", str(plan)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "\x1b" not in err
    assert "'st\\nep\\x1b[2J'" in err


def test_a_file_name_with_a_newline_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(tmp_path / "two\nlines.cmplan")]) == 2
    err = capsys.readouterr().err
    assert err == f"cmplanner: {tmp_path}/two\\nlines.cmplan: no such file\n"


def test_argparse_errors_escape_what_they_quote(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["validate", "plan.cmplan", "extra\nargument\x1b[2J"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err == (
        "cmplanner: error: unrecognized arguments: extra\\nargument\\x1b[2J "
        "(see cmplanner --help)\n"
    )


@pytest.mark.parametrize(
    "args",
    [
        ["runbook", "p.cmplan", "-o", "r.md", "--lang", "de"],
        ["diagram", "p.cmplan", "--kind", "nope", "-o", "d.svg"],
        ["frobnicate"],
        ["validate"],
        ["ts", "new", "no-such-builder"],
        ["log", "analyze", "x.log", "--format", "xml"],
    ],
)
def test_a_mistyped_command_line_is_one_line_and_exit_2(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(args)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "error:" in err and "--help)" in err
