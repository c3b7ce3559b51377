"""The three builders match the seed posts step for step, refuse what cannot work, and lint
clean."""

from __future__ import annotations

import pytest

from cmplanner.demo import demo_plan
from cmplanner.model.site import SiteVersion
from cmplanner.model.tasksequence import Group, Step, TaskSequence
from cmplanner.rules.tasksequence_lint import lint_task_sequence
from cmplanner.tasksequence.builders import BUILDERS, BuilderOptionError, BuilderRefused, build
from cmplanner.tasksequence.numbering import instructions, iter_nodes
from cmplanner.tasksequence.xmlcompare import differences
from cmplanner.tasksequence.xmlio import export_xml, parse_task_sequence

pytestmark = pytest.mark.core

SP2 = SiteVersion.parse("SP2")


def names(ts: TaskSequence) -> list[str]:
    return [i.name for i in instructions(ts)]


def test_builder_names() -> None:
    assert set(BUILDERS) == {"capture-only", "usmt-hardlink", "error-catching"}


def test_capture_only_is_the_seed_list() -> None:
    ts = build("capture-only", SP2)
    assert names(ts) == [
        "Join Workgroup",
        "Prepare ConfigMgr Client",
        "Prepare OS",
        "Capture the Reference Machine",
    ]
    types = [s.type for s in ts.steps if isinstance(s, Step)]
    assert types == [
        "SMS_TaskSequence_JoinDomainWorkgroupAction",
        "SMS_TaskSequence_PrepareSMSClientAction",
        "SMS_TaskSequence_PrepareOSAction",
        "SMS_TaskSequence_CaptureSystemImageAction",
    ]
    join = ts.steps[0]
    assert isinstance(join, Step) and join.variable("OSDJoinType") == "1"
    assert [s.run_in.value for s in ts.steps[:3] if isinstance(s, Step) and s.run_in] == [
        "FullOS"
    ] * 3


def test_capture_only_without_domain_and_for_xp() -> None:
    assert names(build("capture-only", SP2, domain_joined=False))[0] == "Prepare ConfigMgr Client"
    xp = build("capture-only", SP2, windows_xp=True, sysprep_package_id="AMS00009")
    assert names(xp)[0] == "Install Deployment Tools"
    assert "/install:AMS00009" in xp.steps[0].action  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("options", "words"),
    [
        ({"colour": "blue"}, "no option colour"),
        ({"windows_xp": "maybe"}, "say true or false"),
    ],
)
def test_bad_options_are_input_errors_not_refusals(options: dict[str, object], words: str) -> None:
    with pytest.raises(BuilderOptionError, match=words):
        build("capture-only", SiteVersion.parse("SP2"), **options)


@pytest.mark.parametrize(
    "options, words",
    [
        ({"start_in_winpe": True}, "cannot start from WinPE"),
        ({"windows_xp": True}, "sysprep"),
    ],
)
def test_capture_only_refusals(options: dict[str, object], words: str) -> None:
    with pytest.raises(BuilderRefused) as info:
        build("capture-only", SP2, **options)
    assert words in info.value.reason and info.value.source


def test_hardlink_variables_have_the_seed_values_before_their_steps() -> None:
    ts = build("usmt-hardlink", SP2)
    table = {i.name: i.number for i in instructions(ts)}
    values = {}
    for node in iter_nodes(ts):
        if isinstance(node, Step) and node.type == "SMS_TaskSequence_SetVariableAction":
            values[node.variable("VariableName")] = node.variable("VariableValue")
    assert values == {
        "OSDStateStorePath": "%_SMSTSUserStatePath%",
        "OSDMigrateAdditionalCaptureOptions": "/nocompress /hardlink",
        "OSDMigrateAdditionalRestoreOptions": "/nocompress /hardlink",
    }
    capture = table["Capture User Files and Settings"]
    restore = table["Restore User Files and Settings"]
    assert table["Set OSDStateStorePath"] < capture
    assert table["Set OSDMigrateAdditionalCaptureOptions"] == capture - 1
    assert table["Set OSDMigrateAdditionalRestoreOptions"] == restore - 1
    types = {n.type for n in iter_nodes(ts) if isinstance(n, Step)}
    assert "SMS_TaskSequence_RequestStateStoreAction" not in types
    assert "SMS_TaskSequence_ReleaseStateStoreAction" not in types


SEED = "seed: ConfigMgr 2007, USMT 4.0 and using Hard-Links"
DOCS = "http://systemscenter.ru/smsv4.en/html/6b850ee2-b8e1-4ecd-9550-188e3fdd8109.htm"
# the page that says "not XP to XP" (the SP2 library page above does not mention XP)
CSS = "how-to-use-usmt-4-hardlinking-in-a-configuration-manager-2007-task-sequence"


@pytest.mark.parametrize(
    "version, options, words, source",
    [
        ("SP1 R2", {}, "needs ConfigMgr 2007 SP2", DOCS),
        ("SP2 RC", {}, "needs ConfigMgr 2007 SP2", DOCS),
        ("SP2", {"capture_in_winpe": True}, "cannot capture in WinPE", SEED),
        (
            "SP2",
            {"source_os": "Windows XP", "target_os": "windows xp"},
            "Windows XP to Windows XP",
            CSS,
        ),
    ],
)
def test_hardlink_refusals(
    version: str, options: dict[str, object], words: str, source: str
) -> None:
    with pytest.raises(BuilderRefused) as info:
        build("usmt-hardlink", SiteVersion.parse(version), **options)
    assert words in info.value.reason
    assert source in info.value.source  # the registry's citation: title and address


def test_error_catching_wraps_a_task_sequence() -> None:
    inner = build("capture-only", SP2)
    ts = build("error-catching", SP2, wrap=inner, share=r"\\srv\logs$", drive="y:")
    top, catch = ts.steps
    assert isinstance(top, Group) and isinstance(catch, Group)
    assert top.continue_on_error and [c.name for c in top.children] == names(inner)
    cond = catch.conditions[0]
    assert cond.properties == {
        "Variable": "_SMSTSLastActionSucceeded",  # type: ignore[union-attr]
        "Operator": "equals",
        "Value": "false",
    }
    connect, run, fail = catch.children
    assert isinstance(connect, Step) and isinstance(run, Step) and isinstance(fail, Step)
    assert connect.type == "SMS_TaskSequence_ConnectNetworkFolderAction"
    assert connect.variable("Path") == r"\\srv\logs$" and connect.variable("DriveLetter") == "Y:"
    assert run.type == "SMS_TaskSequence_RunCommandLineAction"
    assert run.action == r"cscript.exe //nologo Y:\CopyLogs.vbs"
    assert ts.builder_options["wrapped_builder"] == "capture-only"
    assert inner.steps[0].name == "Join Workgroup"  # the wrapped one is untouched
    with pytest.raises(BuilderRefused, match="already has"):
        build("error-catching", SP2, wrap=ts)


def test_error_catching_fails_the_sequence_after_copying_the_logs_unless_told_not_to() -> None:
    catch = build("error-catching", SP2).steps[1]
    assert isinstance(catch, Group)
    last = catch.children[-1]
    assert isinstance(last, Step) and last.name == "Fail the task sequence"
    assert last.action == "cmd.exe /c exit 1" and not last.continue_on_error
    assert "mdt-2010-update-1-fixes" in last.description  # the practice's public source
    assert build("error-catching", SP2).builder_options["fail_at_end"] == "true"
    without = build("error-catching", SP2, fail_at_end="no").steps[1]
    assert isinstance(without, Group)
    assert [c.name for c in without.children][-1] == "Copy Logs"


def test_error_catching_names_the_wrapped_sequence_as_told() -> None:
    inner = build("capture-only", SP2)
    assert build("error-catching", SP2, wrap=inner).name == inner.name
    assert build("error-catching", SP2, wrap=inner, name=" Capture with logs ").name == (
        "Capture with logs"
    )


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_builders_lint_clean_in_the_demo_plan_and_round_trip(kind: str) -> None:
    boot = {} if kind == "error-catching" else {"boot_image_id": "AMS00005"}  # demo boot image
    ts = build(kind, SP2, **boot)
    # A refresh applies a new Windows: TS009 (info) reminds where to advertise it, and no
    # condition can silence it, so it is the one finding a refresh builder may carry.
    reminder = {"TS009"} if kind == "usmt-hardlink" else set()
    found = lint_task_sequence(ts, demo_plan())
    assert {f.rule for f in found} == reminder and all(f.severity == "info" for f in found)
    text, warnings = export_xml(ts)
    assert warnings == [] and "<SmsTaskSequencePackage" in text
    again, _ = export_xml(parse_task_sequence(text, kind))
    assert differences(text, again) == []


def test_unknown_builder() -> None:
    with pytest.raises(BuilderRefused, match="no builder"):
        build("build-and-capture", SP2)


def test_hardlink_refresh_keeps_name_and_settings_and_joins_the_plan_domain() -> None:
    ts = build(
        "usmt-hardlink",
        SP2,
        domain="corp.example",
        domain_ou="OU=Workstations,DC=corp,DC=example",
        domain_account="CORP\\joiner",
    )
    table = {i.name: i for i in instructions(ts)}
    apply_os = table["Apply Operating System Image"].number
    # the 2007 sample's first group: settings captured before the image is applied
    assert [c.name for c in ts.steps[0].children][:2] == [
        "Capture Windows Settings",
        "Capture Network Settings",
    ]
    assert ts.steps[0].name == "Capture File and Settings"
    assert table["Capture Windows Settings"].number < apply_os
    assert table["Capture Network Settings"].number < apply_os
    capture_net = table["Capture Network Settings"].node
    assert isinstance(capture_net, Step)
    assert capture_net.variable("MigrateNetworkMembership") == "true"
    network = table["Apply Network Settings"].node
    assert isinstance(network, Step)
    assert network.variable("NetworkJoinType") == "0"  # a domain, not a workgroup
    assert network.variable("DomainName") == "corp.example"
    assert network.variable("DomainOUName") == "OU=Workstations,DC=corp,DC=example"
    assert network.variable("DomainUsername") == "CORP\\joiner"
    assert not network.variable("WorkgroupName")


def test_hardlink_builder_puts_no_condition_that_guards_nothing() -> None:
    """Apply Operating System Image, Apply Windows Settings and Apply Network Settings run in
    Windows PE only, so ``_SMSTSInWinPE equals true`` is true whenever they run: a condition
    that only looks like a guard (TS009 says so). The builder writes none; every other
    condition it writes must test something else."""
    ts = build("usmt-hardlink", SP2, boot_image_id="AMS00005")
    winpe_only = []
    for item in instructions(ts):
        node = item.node
        if isinstance(node, Step) and node.run_in is not None and node.run_in.value == "WinPE":
            winpe_only.append(item.name)
        text = repr(node.conditions)
        assert "_SMSTSInWinPE" not in text, item.label
    assert winpe_only == [
        "Apply Operating System Image",
        "Apply Windows Settings",
        "Apply Network Settings",
    ]
    xml, _ = export_xml(ts)
    assert "_SMSTSInWinPE" not in xml
