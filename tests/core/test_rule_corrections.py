"""Rules that once led an admin into a harmful change say what their sources say (issue:
every rule right). Each test failed on the old texts or checks."""

from __future__ import annotations

import pytest

from cmplanner.demo import demo_plan
from cmplanner.model.distribution import DistributionPoint
from cmplanner.model.site import SecurityMode, SiteVersion
from cmplanner.model.tasksequence import Step
from cmplanner.rules.catalog import load_catalog
from cmplanner.rules.engine import validate
from cmplanner.rules.tasksequence_lint import lint_task_sequence
from cmplanner.tasksequence.builders import build
from cmplanner.tasksequence.numbering import iter_nodes
from cmplanner.tasksequence.xmlio import parse_task_sequence

pytestmark = pytest.mark.core

SP2 = SiteVersion.parse("SP2")


def _mobile_plan(mode: SecurityMode):  # type: ignore[no-untyped-def]
    plan = demo_plan()
    plan.site.security_mode = mode
    plan.distribution_points = [
        DistributionPoint(
            name="DEV-DP", server="dev-dp", mobile_device_support=True, bits_enabled=True
        )
    ]
    return plan


def test_native_mode_is_no_reason_to_drop_mobile_devices() -> None:
    findings = validate(_mobile_plan(SecurityMode.NATIVE))
    assert "DP011" not in {f.rule for f in findings}
    for f in findings:
        assert "mixed-mode site" not in f.fix and "turn off mobile device support" not in f.fix


def test_mixed_mode_mobile_devices_are_told_to_allow_anonymous_connections() -> None:
    found = [f for f in validate(_mobile_plan(SecurityMode.MIXED)) if f.rule == "DP011"]
    assert [f.subject for f in found] == ["distribution_points[0].mobile_device_support"]
    assert "Allow clients to connect anonymously" in found[0].fix
    assert found[0].severity == "info"


GUARDED_APPLY = (
    '<sequence version="3.00" name="refresh">'
    '<step type="SMS_TaskSequence_RunCommandLineAction" name="a" runIn="FullOS">'
    "<action>x</action><defaultVarList></defaultVarList></step>"
    '<step type="SMS_TaskSequence_ApplyOperatingSystemAction" name="Apply" runIn="WinPE">'
    '<condition><expression type="SMS_TaskSequence_VariableConditionExpression">'
    '<variable name="Variable">_SMSTSInWinPE</variable>'
    '<variable name="Operator">equals</variable><variable name="Value">true</variable>'
    "</expression></condition><action>x</action><defaultVarList></defaultVarList></step>"
    "</sequence>"
)


def test_an_always_true_condition_is_no_guard_and_no_condition_is_suggested() -> None:
    ts = parse_task_sequence(GUARDED_APPLY, "refresh.xml")
    found = [f for f in lint_task_sequence(ts, site_version=SP2) if f.rule == "TS009"]
    assert len(found) == 1 and found[0].subject.endswith("steps[1]")
    meta = load_catalog()["TS009"]
    assert "_SMSTSInWinPE equals true" not in meta.fix and "condition" not in meta.fix
    assert "No task sequence condition makes them safe" in meta.why


def test_format_and_partition_disk_in_a_hard_link_sequence_is_an_error() -> None:
    ts = build("usmt-hardlink", SP2, boot_image_id="AMS00005")
    assert "TS024" not in {f.rule for f in lint_task_sequence(ts, site_version=SP2)}
    first = next(n for n in iter_nodes(build("usmt-hardlink", SP2)) if isinstance(n, Step))
    fmt = first.model_copy(deep=True)
    fmt.type, fmt.name = "SMS_TaskSequence_PartitionDiskAction", "Format and Partition Disk"
    ts.steps.insert(len(ts.steps) - 2, fmt)
    found = [f for f in lint_task_sequence(ts, site_version=SP2) if f.rule == "TS024"]
    assert len(found) == 1 and found[0].severity == "error"
    assert "hard-link" in found[0].message
    # named as every other task-sequence finding: smsts.log's number, group path and name
    assert (
        found[0].message.startswith("step ") and '"Format and Partition Disk"' in found[0].message
    )


def test_ts001_names_no_state_migration_point_fallback() -> None:
    why = load_catalog()["TS001"].why
    assert "falls back to a compressed store" not in why
    assert "only Request State Store contacts one" in why


def test_ts012_says_only_savetoxml_keeps_secrets() -> None:
    why = load_catalog()["TS012"].why
    assert "every copy" not in why
    assert "SaveToXml keeps them" in why and "ExportXml strips them" in why
