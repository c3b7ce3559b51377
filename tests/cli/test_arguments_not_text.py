"""Command-line values are text: bytes the terminal could not decode are one line and exit 2,
except in file names, which may hold any bytes; every message stays on one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cmplanner.cli.main import main

pytestmark = pytest.mark.cli

NOT_UTF8 = os.fsdecode(b"LOGS\x85")  # what Python makes of the byte 0x85 in argv


def test_an_option_value_that_is_not_text_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ts.xml"
    code = main(
        ["ts", "new", "capture-only", "--option", f"capture_destination={NOT_UTF8}", "-o", str(out)]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert err == (
        "cmplanner: argument --option: capture_destination=LOGS\\x85 holds bytes that are "
        "not text (not UTF-8)\n"
    )
    assert not out.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="Windows file names are text")
def test_a_file_name_that_is_not_text_still_opens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from cmplanner.demo import demo_plan
    from cmplanner.model.planfile import save_plan

    plan = Path(os.fsdecode(bytes(tmp_path) + b"/plan\x85.cmplan"))
    save_plan(demo_plan(), plan)
    assert main(["validate", str(plan), "--format", "json"]) == 1
    assert capsys.readouterr().err == ""
    assert main(["validate", str(plan) + ".missing"]) == 2
    assert "plan\\x85.cmplan.missing: no such file" in capsys.readouterr().err


@pytest.mark.skipif(sys.platform == "win32", reason="argv bytes are a POSIX matter")
def test_the_real_command_line(tmp_path: Path) -> None:
    """Through a real process, where the bytes come from the operating system."""
    code = "import sys; from cmplanner.cli.main import main; sys.exit(main())"
    result = subprocess.run(
        [
            sys.executable.encode(),
            b"-c",
            code.encode(),
            b"ts",
            b"show",
            os.fsencode(tmp_path / "x.xml"),
            b"--var",
            b"A=\x85\x1b[31m",
        ],
        capture_output=True,
        env={**os.environ, "LC_ALL": "C.UTF-8"},
    )
    assert result.returncode == 2
    assert (
        result.stderr
        == b"cmplanner: argument --var: A=\\x85\\x1b[31m holds bytes that are not text (not UTF-8)\n"
    )
