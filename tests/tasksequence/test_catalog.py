"""The 2007 step catalog is data, validated when loaded, each entry with its source."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmplanner.errors import InputError
from cmplanner.tasksequence.catalog import load_steps, load_variables
from cmplanner.tasksequence.factory import make_step
from cmplanner.tasksequence.secrets import is_secret_name

pytestmark = pytest.mark.core

REQUIRED = [
    "Run Command Line",
    "Set Task Sequence Variable",
    "Connect to Network Folder",
    "Join Domain or Workgroup",
    "Prepare ConfigMgr Client",
    "Prepare Windows for Capture",
    "Capture Operating System Image",
    "Install Deployment Tools",
    "Request State Store",
    "Capture User State",
    "Restore User State",
    "Release State Store",
    "Apply Operating System Image",
    "Apply Windows Settings",
    "Apply Network Settings",
    "Setup Windows and ConfigMgr",
    "Restart Computer",
    "Format and Partition Disk",
    "Install Software",
    "Install Software Updates",
]


@pytest.mark.parametrize("name", REQUIRED)
def test_required_step_types_are_2007_steps_with_a_source(name: str) -> None:
    step = load_steps().by_name(name)
    assert step is not None and step.since.startswith("2007")
    assert step.type.startswith("SMS_TaskSequence_")
    assert step.citations and step.source  # ids of resources/sources.toml, printed
    made = make_step(step.type)
    assert made.name == step.name and made.run_in is step.run_in
    assert [v.name for v in made.variables] == [p.variable for p in step.properties]


def test_wizard_and_seed_names_find_the_editor_step() -> None:
    catalog = load_steps()
    assert catalog.by_name("Request User State Storage").name == "Request State Store"  # type: ignore[union-attr]
    assert catalog.by_name("prepare os").type == "SMS_TaskSequence_PrepareOSAction"  # type: ignore[union-attr]
    assert catalog.by_name("Capture the Reference Machine").name == (  # type: ignore[union-attr]
        "Capture Operating System Image"
    )


def test_secrets_named_in_the_reference_are_secrets() -> None:
    for name in (
        "SMSConnectNetworkFolderPassword",
        "OSDProductKey",
        "OSDLocalAdminPassword",
        "OSDCaptureAccountPassword",
        "SafeModeAdminPassword",
    ):
        assert is_secret_name(name), name
    for name in (
        "OSDRandomAdminPassword",
        "OSDBitLockerCreateRecoveryPassword",
        "SMSConnectNetworkFolderPath",
    ):
        assert not is_secret_name(name), name


def test_hardlink_values_are_the_seeds() -> None:
    values = {v.name: (v.value, v.before) for v in load_variables().hardlink}
    assert values == {
        "OSDStateStorePath": ("%_SMSTSUserStatePath%", "SMS_TaskSequence_CaptureUserStateAction"),
        "OSDMigrateAdditionalCaptureOptions": (
            "/nocompress /hardlink",
            "SMS_TaskSequence_CaptureUserStateAction",
        ),
        "OSDMigrateAdditionalRestoreOptions": (
            "/nocompress /hardlink",
            "SMS_TaskSequence_RestoreUserStateAction",
        ),
    }


def test_a_broken_catalog_is_refused_with_file_and_place(tmp_path: Path) -> None:
    path = tmp_path / "steps.toml"
    path.write_text(
        '[mdt]\nprefix = "BDD_"\nsource = "mdt-toolkit-reference"\n\n[[step]]\n'
        'type = "NotAnSmsClass"\nname = "Odd"\nrun_in = "FullOS"\naction = ""\n'
        'since = "2007"\nsource = "sdk-ts-action"\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError) as info:
        load_steps.__wrapped__(path)
    assert "steps.toml" in str(info.value) and "step" in str(info.value)


def test_version_gates_are_data_with_sources_and_compare_with_the_site() -> None:
    from cmplanner.model.site import SiteVersion
    from cmplanner.tasksequence.catalog import load_variables

    gates = {g.name: g for g in load_variables().gate}
    assert gates["_SMSTSLastActionName"].since == "CB 1810"
    assert gates["_SMSTSBootUEFI"].since == "2012 SP1"
    assert all(g.source for g in gates.values())
    newest = SiteVersion.parse("SP2 R3")
    assert gates["_SMSTSBootUEFI"].later_than(newest)
    # found in 2007 already: never reported
    assert not gates["osConditionGroup"].later_than(SiteVersion.parse("RTM"))


def test_a_version_gate_with_an_unknown_version_is_refused() -> None:
    from pydantic import ValidationError

    from cmplanner.tasksequence.catalog import VersionGate

    with pytest.raises(ValidationError):
        VersionGate(kind="variable", name="X", since="soon", source="ts-variables-2007")
    gate = VersionGate(kind="variable", name="X", since="2007 R2", source="ts-variables-2007")
    from cmplanner.model.site import SiteVersion

    assert gate.later_than(SiteVersion.parse("SP1"))
    assert not gate.later_than(SiteVersion.parse("SP1 R2"))
