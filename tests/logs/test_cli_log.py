"""``cmplanner log analyze``: exit codes, text and JSON, the plan step and its checklist."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cmplanner.cli.main import main

pytestmark = pytest.mark.cli

DATA = Path(__file__).resolve().parents[1] / "data" / "logs"
PXE = str(DATA / "pxe-cert-failure_smsts.log")
ROLLED = [str(DATA / "smsts.log"), str(DATA / "smsts-20100314-091503.log")]
PLAN = str(DATA / "usmt-hardlink.cmplan")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_pxe_certificate_failure_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "log", "analyze", PXE)
    assert code == 1 and err == ""
    assert "No cert available for policy decoding" in out
    pack = "Task sequences fail after SP2: No cert available for policy decoding (0x80004005)"
    assert f"the checklist '{pack}'" in out and "pxe-policy-decoding-error" not in out
    # related checklists by their titles too; a person never reads a pack id
    assert "related: 'Import the PXE service point certificate'" in out
    assert "pxe-certificate-import" not in out
    assert "the runbook's section 'PXE service point'" in out
    assert "seed: After upgrading to ConfigMgr 2007 R2 SP2 (RC)" in out
    assert "Secr3t" not in out


def test_pxe_certificate_failure_json_findings(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "log", "analyze", PXE, "--format", "json")
    assert code == 1
    data = json.loads(out)
    assert data["failed"] is True
    rules = {f["rule"] for f in data["findings"]}
    assert {"LOG-FAILED-STEP", "KE-PXE-NOCERT", "KE-PXE-POLICY"} <= rules
    for finding in data["findings"]:
        assert {"rule", "severity", "message", "subject", "why", "fix", "source"} <= set(finding)
    nocert = next(k for k in data["known_errors"] if k["id"] == "KE-PXE-NOCERT")
    assert nocert["checklist"] == "pxe-policy-decoding-error"
    assert "pxe-certificate-import" in nocert["related"]


def test_failing_step_mapped_to_the_plan(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "log", "analyze", *ROLLED, "--plan", PLAN, "--format", "json")
    assert code == 1
    data = json.loads(out)
    assert data["failure"]["instruction"]["number"] == 2
    assert data["correlation"]["subject"] == "task_sequences[1].steps[0].children[1]"
    assert data["correlation"]["checklist"] == "usmt-hardlink-setup"
    failed = next(f for f in data["findings"] if f["rule"] == "LOG-FAILED-STEP")
    assert failed["subject"] == "task_sequences[1].steps[0].children[1]"
    assert "the checklist 'USMT 4.0 hard-link migration store'" in failed["fix"]
    assert [i["number"] for i in data["instructions"]] == [0, 1, 2]
    code, text, _ = run(capsys, "log", "analyze", *ROLLED, "--plan", PLAN)
    assert (
        "Planned step: 'Request State Store' in task sequence 'Refresh with hard-links', "
        "step 2 as smsts.log counts it" in text
    )
    assert "task_sequences[" not in text
    assert "matched by number and name" in text


def test_no_failure_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "log", "analyze", ROLLED[1])
    assert code == 0 and "No failure found." in out


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02 binary \xff\xfe\xfd\n" * 50])
def test_unreadable_logs_exit_2_with_one_line(
    tmp_path: Path, content: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "smsts.log"
    log.write_bytes(content)
    code, out, err = run(capsys, "log", "analyze", str(log))
    assert code == 2 and out == ""
    assert err.startswith("cmplanner: ") and str(log) in err and len(err.splitlines()) == 1
    assert log.read_bytes() == content


def test_missing_log_and_bad_plan_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "log", "analyze", str(tmp_path / "nope.log"))
    assert code == 2 and "no such file" in err
    bad = tmp_path / "bad.cmplan"
    bad.write_text("{not json")
    code, _, err = run(capsys, "log", "analyze", PXE, "--plan", str(bad))
    assert code == 2 and "bad.cmplan" in err


def test_log_is_a_command_group(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["log"])
    assert info.value.code == 2
    assert "analyze" in capsys.readouterr().err
