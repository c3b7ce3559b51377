"""analyze_logs: timeline, first failure, variables, known errors and the way back to the plan."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cmplanner.logs.analysis import analyze_logs
from cmplanner.logs.merge import read_logs
from cmplanner.model.planfile import load_plan

pytestmark = pytest.mark.core

DATA = Path(__file__).resolve().parents[1] / "data" / "logs"
ROLLED = [DATA / "smsts.log", DATA / "smsts-20100314-091503.log"]


def test_rolled_over_logs_merge_into_one_timeline() -> None:
    logs = read_logs(ROLLED)
    entries = list(logs)
    times = [e.utc for e in entries]
    assert times == sorted(times)  # type: ignore[type-var]
    assert entries[0].source.endswith("smsts-20100314-091503.log")
    assert entries[-1].source.endswith("smsts.log")
    assert logs.issues == []


def test_the_same_log_given_twice_is_read_once() -> None:
    assert len(list(read_logs([ROLLED[0], ROLLED[0], str(ROLLED[0])]))) == len(
        list(read_logs([ROLLED[0]]))
    )


def test_timeline_of_a_failed_sequence() -> None:
    a = analyze_logs(ROLLED)
    assert [(i.number, i.name, i.result) for i in a.instructions] == [
        (0, "Capture State", "group-failed"),
        (1, "Set OSDStateStorePath", "success"),
        (2, "Request State Store", "failed"),
    ]
    failing = a.first_failing
    assert failing is not None and failing.number == 2
    assert failing.exit_code == 0x80070002
    assert failing.phase == "FullOS"
    assert failing.start is not None and failing.end is not None and failing.start < failing.end
    # the log's bias -60 means UTC+1
    assert failing.start.utcoffset() == timedelta(hours=1)
    assert a.last_action is not None and a.last_action.name == "Set OSDStateStorePath"
    assert a.engine_result == "failed" and a.failed


def test_variables_are_revealed_and_secrets_hidden() -> None:
    a = analyze_logs(ROLLED)
    assert a.variables["OSDStateStorePath"] == "%_SMSTSUserStatePath%"
    assert a.variables["_SMSTSLastActionSucceeded"] == "false"
    assert a.variables["OSDJoinPassword"] == "(hidden)"
    assert "Hunter2" not in str(a.to_dict())


def test_pxe_certificate_failure_leads_to_the_pxe_checklists() -> None:
    a = analyze_logs([DATA / "pxe-cert-failure_smsts.log"])
    assert a.failed and a.failure is not None
    assert a.failure.kind == "before-engine" and a.failure.phase == "WinPE"
    ids = [m.error.id for m in a.known_errors]
    assert ids[:2] == ["KE-PXE-NOCERT", "KE-PXE-POLICY"]
    links = {c for m in a.known_errors for c in m.error.checklists}
    assert {"pxe-policy-decoding-error", "pxe-certificate-import"} <= links
    assert all(m.error.section == "pxe" for m in a.known_errors)
    assert a.variables["_SMSTSPXEPassword"] == "(hidden)"


def test_plan_correlation_by_number_and_name() -> None:
    plan = load_plan(DATA / "usmt-hardlink.cmplan")
    a = analyze_logs(ROLLED, plan)
    c = a.correlation
    assert c is not None
    assert c.task_sequence == "Refresh with hard-links" and c.match == "number and name"
    assert c.subject == "task_sequences[1].steps[0].children[1]"
    assert c.step_type == "SMS_TaskSequence_RequestStateStoreAction"
    assert c.checklist == "usmt-hardlink-setup" and c.section == "task-sequences"
    assert c.agreement == 3


def test_plan_correlation_falls_back_to_the_name(tmp_path: Path) -> None:
    plan = load_plan(DATA / "usmt-hardlink.cmplan")
    # the same step name logged at another number (someone inserted a step since)
    text = (
        (DATA / "smsts.log")
        .read_text(encoding="utf-8-sig")
        .replace("Instruction pointer: 2", "Instruction pointer: 7")
    )
    log = tmp_path / "smsts.log"
    log.write_text(text, encoding="utf-8")
    c = analyze_logs([log], plan).correlation
    assert c is not None and c.match == "name"
    assert c.subject == "task_sequences[1].steps[0].children[1]"


def test_known_error_versions_are_checked_against_the_plan() -> None:
    plan = load_plan(DATA / "usmt-hardlink.cmplan")
    plan.site.service_pack = "SP1"  # type: ignore[assignment]
    a = analyze_logs([DATA / "pxe-cert-failure_smsts.log"], plan)
    assert {m.error.id: m.applies for m in a.known_errors}["KE-PXE-NOCERT"] is False
    plan.site.service_pack = "SP2"  # type: ignore[assignment]
    a = analyze_logs([DATA / "pxe-cert-failure_smsts.log"], plan)
    assert {m.error.id: m.applies for m in a.known_errors}["KE-PXE-NOCERT"] is True


def _log(lines: list[tuple[str, int]]) -> str:
    start = datetime(2010, 1, 1, 12, 0, 0)
    out = []
    for i, (message, type_) in enumerate(lines):
        t = start + timedelta(seconds=i)
        out.append(
            f'<![LOG[{message}]LOG]!><time="{t:%H:%M:%S}.000+0" date="01-01-2010" '
            f'component="TSManager" context="" type="{type_}" thread="1" file="">'
        )
    return "\r\n".join(out)


def test_continue_on_error_is_not_the_failure(tmp_path: Path) -> None:
    log = tmp_path / "smsts.log"
    log.write_text(
        _log(
            [
                (
                    "Start executing an instruction. Instruction name: Optional. Instruction pointer: 0",
                    1,
                ),
                ("Process completed with exit code 5", 1),
                (
                    "Failed to run the action: Optional.\n"
                    "Access is denied. (Error: 80070005; Source: Windows)",
                    3,
                ),
                ("Ignoring failure since the action is set to continue on error", 1),
                (
                    "Start executing an instruction. Instruction name: Next. Instruction pointer: 1",
                    1,
                ),
                ("Successfully completed the action (Next) with the exit win32 code 0", 1),
                ("Task Sequence Engine finished", 1),
            ]
        )
    )
    a = analyze_logs([log])
    assert [i.result for i in a.instructions] == ["failed-continued", "success"]
    assert a.failure is None and not a.failed and a.engine_result == "completed"


def test_skipped_steps_and_groups_keep_their_reason(tmp_path: Path) -> None:
    log = tmp_path / "smsts.log"
    log.write_text(
        _log(
            [
                (
                    "Start executing an instruction. Instruction name: Catch. Instruction pointer: 4",
                    1,
                ),
                (
                    "The group (Catch) has been skipped because the condition is evaluated to be false",
                    1,
                ),
                ("Execution of the instruction (Catch) has been skipped", 1),
            ]
        )
    )
    a = analyze_logs([log])
    (item,) = a.instructions
    assert item.result == "skipped" and item.kind == "group"
    assert item.skip_reason == "the condition is evaluated to be false"
    assert item.start == datetime(2010, 1, 1, 12, tzinfo=UTC)


def test_a_successful_log_has_no_failure() -> None:
    a = analyze_logs([DATA / "smsts-20100314-091503.log"])
    assert a.failure is None and not a.failed
    assert a.engine_result == "unfinished"


def test_log_copy_flow_failure_points_at_the_log_copy_checklist(tmp_path: Path) -> None:
    log = tmp_path / "smsts.log"
    log.write_text(
        _log(
            [
                (
                    "Start executing an instruction. Instruction name: Work. Instruction pointer: 0",
                    1,
                ),
                ("The group (Work) has been successfully started", 1),
                (
                    "Start executing an instruction. Instruction name: Install App. Instruction pointer: 1",
                    1,
                ),
                ("Process completed with exit code 1603", 1),
                (
                    "Failed to run the action: Install App.\nFatal error during installation. "
                    "(Error: 00000643; Source: Windows)",
                    3,
                ),
                ("Let the parent group (Work) decides whether to continue execution", 1),
                (
                    "Start executing an instruction. Instruction name: Error Catching. "
                    "Instruction pointer: 3",
                    1,
                ),
                ("The group (Error Catching) has been successfully started", 1),
                (
                    "Start executing an instruction. Instruction name: Copy Logs. Instruction pointer: 5",
                    1,
                ),
                (
                    "C:\\Scripts\\CopyLogs.vbs(17, 1) Microsoft VBScript runtime error: Path not found",
                    1,
                ),
                ("Process completed with exit code 1", 1),
                (
                    "Failed to run the action: Copy Logs.\nIncorrect function. "
                    "(Error: 00000001; Source: Windows)",
                    3,
                ),
                ("Task Sequence Engine failed! Code: enExecutionFail", 3),
            ]
        )
    )
    a = analyze_logs([log])
    failing = a.first_failing
    assert failing is not None and failing.name == "Install App"
    assert failing.exit_code == 1603  # 0x643 in the engine's own words
    assert "Fatal error during installation" in failing.error
    copy = {m.error.id: m for m in a.known_errors}["KE-LOGCOPY-PATH"]
    assert copy.instruction == "Copy Logs" and copy.error.checklist == "log-copy-setup"
    assert [i.result for i in a.instructions][-1] == "failed"
