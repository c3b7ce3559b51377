"""Which values are secrets: by step type and property from the catalog, by the variable a
Set Task Sequence Variable step or a condition names, and passwords typed into command lines."""

from __future__ import annotations

import pytest

from cmplanner.model.tasksequence import Variable
from cmplanner.tasksequence.catalog import load_steps
from cmplanner.tasksequence.secrets import (
    HIDDEN,
    command_line_secrets,
    is_secret,
    is_secret_name,
    is_secret_property,
    is_secret_value,
    load_secret_rules,
    mask_secrets_in_text,
)

pytestmark = pytest.mark.core


def test_the_rules_file_loads_and_every_choice_cites_a_source() -> None:
    rules = load_secret_rules()
    assert rules.export.citations == ("ts-savetoxml",)
    assert all(c.source and c.values for c in rules.choice)


@pytest.mark.parametrize(
    ("step_type", "prop", "name", "value", "secret"),
    [
        (
            "SMS_TaskSequence_ConnectNetworkFolderAction",
            "Password",
            "SMSConnectNetworkFolderPassword",
            "x",
            True,
        ),
        (
            "SMS_TaskSequence_JoinDomainWorkgroupAction",
            "DomainPassword",
            "OSDJoinPassword",
            "x",
            True,
        ),
        (
            "SMS_TaskSequence_ApplyWindowsSettingsAction",
            "AdminPassword",
            "OSDLocalAdminPassword",
            "x",
            True,
        ),
        (
            "SMS_TaskSequence_ApplyWindowsSettingsAction",
            "ProductKey",
            "OSDProductKey",
            "AAAAA",
            True,
        ),
        (
            "SMS_TaskSequence_CaptureSystemImageAction",
            "CapturePassword",
            "OSDCaptureAccountPassword",
            "x",
            True,
        ),
        # A choice with a password-like name, decided by the catalog: kept.
        (
            "SMS_TaskSequence_ApplyWindowsSettingsAction",
            "RandomAdminPassword",
            "OSDRandomAdminPassword",
            "false",
            False,
        ),
        (
            "SMS_TaskSequence_EnableBitLockerAction",
            "CreateRecoveryPassword",
            "OSDBitLockerCreateRecoveryPassword",
            "AD",
            False,
        ),
        # MDT's Enable BitLocker: a choice, only for its listed values.
        ("BDD_EnableBitLocker", "BdeRecoveryPassword", "BdeRecoveryPassword", "AD", False),
        (
            "BDD_EnableBitLocker",
            "BdeRecoveryPassword",
            "BdeRecoveryPassword",
            "123456-654321",
            True,
        ),
        # Unknown step types fall back to the name rule.
        ("BDD_ConfigureADDS", "SafeModeAdminPassword", "SafeModeAdminPassword", "asdf", True),
        ("BDD_Gather", "RulesFile", "RulesFile", "x.ini", False),
        # Whitespace and %VARIABLE% references hold no secret.
        (
            "SMS_TaskSequence_JoinDomainWorkgroupAction",
            "DomainPassword",
            "OSDJoinPassword",
            "   ",
            False,
        ),
        (
            "SMS_TaskSequence_JoinDomainWorkgroupAction",
            "DomainPassword",
            "OSDJoinPassword",
            "%JoinPwd%",
            False,
        ),
        # A known step's property that is not marked secret is kept, whatever its name.
        (
            "SMS_TaskSequence_RunCommandLineAction",
            "UserName",
            "SMSTSRunCommandLineUserName",
            "LAB\\x",
            False,
        ),
    ],
)
def test_secret_by_step_type_and_property(
    step_type: str, prop: str, name: str, value: str, secret: bool
) -> None:
    var = Variable(name=name, property=prop, value=value)
    assert is_secret_property(step_type, var) is secret
    assert is_secret(var, step_type) is secret


def test_every_catalog_secret_is_found_by_step_type() -> None:
    for step in load_steps().step:
        for p in step.properties:
            var = Variable(name=p.variable, property=p.property, value="v4lue")
            assert is_secret_property(step.type, var) is p.secret, (step.type, p.property)


def test_secret_names_for_set_variable_steps_conditions_and_collections() -> None:
    assert is_secret_name("OSDJoinPassword")  # a secret property's variable
    assert is_secret_name("MyAppSecret")
    assert is_secret_name("vpn_pwd")
    assert not is_secret_name("OSDRandomAdminPassword")
    assert not is_secret_name("OSDComputerName")
    assert is_secret_value("OSDJoinPassword", "P@ss")
    assert not is_secret_value("OSDJoinPassword", " \t")
    assert not is_secret_value("OSDRandomAdminPassword", "true")
    assert is_secret_value("OSDRandomAdminPassword", "n0t-a-choice")


def test_a_yes_or_no_in_a_variable_named_like_a_secret_is_a_setting() -> None:
    """``ShowPassword=true`` switches something on; blanking it would change behaviour. A
    catalog secret (the domain join password) stays a secret whatever it holds."""
    assert not is_secret_value("ShowPassword", "true")
    assert not is_secret_value("PromptForPwd", " No ")
    assert is_secret_value("ShowPassword", "hunter2")
    assert is_secret_value("OSDJoinPassword", "yes")


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (
            r"net use Z: \\srv\share P@ss /user:DOM\u",
            rf"net use Z: \\srv\share {HIDDEN} /user:DOM\u",
        ),
        (r"net use \\srv\logs$ /user:LAB\x s3cret", rf"net use \\srv\logs$ /user:LAB\x {HIDDEN}"),
        (r"net use Z: \\srv\s /user:x * & copy a b", r"net use Z: \\srv\s /user:x * & copy a b"),
        (
            "powershell.exe -File x.ps1 -Password Pa55",
            f"powershell.exe -File x.ps1 -Password {HIDDEN}",
        ),
        ("tool.ps1 -SetupSet -SetupPassword bcp55", f"tool.ps1 -SetupSet -SetupPassword {HIDDEN}"),
        ("join.exe /p:abc /u:x", f"join.exe /p:{HIDDEN} /u:x"),
        ("setup.exe /password:abc", f"setup.exe /password:{HIDDEN}"),
        ('tsenv.exe "OSDJoinPassword=abc def"', f'tsenv.exe "OSDJoinPassword={HIDDEN}"'),
        (
            "msiexec /i x.msi ADMINPASSWORD=abc PROP=1",
            f"msiexec /i x.msi ADMINPASSWORD={HIDDEN} PROP=1",
        ),
        (
            'ConvertTo-SecureString "abc" -AsPlainText -Force',
            f"ConvertTo-SecureString {HIDDEN} -AsPlainText -Force",
        ),
        # Not passwords: a port, a reference, a PowerShell variable, a prompt.
        ("server.exe -p 8080", "server.exe -p 8080"),
        ("cmd /c echo %OSDJoinPassword%", "cmd /c echo %OSDJoinPassword%"),
        ('tsenv.exe "OSDJoinPassword=%JoinPwd%"', 'tsenv.exe "OSDJoinPassword=%JoinPwd%"'),
        ("a.exe -Password $pw", "a.exe -Password $pw"),
        ("OSDComputerName=PC01", "OSDComputerName=PC01"),
    ],
)
def test_mask_secrets_in_text(text: str, masked: str) -> None:
    assert mask_secrets_in_text(text) == masked
    assert bool(command_line_secrets(text)) is (text != masked)


def test_mask_keeps_every_other_byte() -> None:
    line = "<![LOG[Executing command line: net use Z: \\\\srv\\s Pa55 /user:x]LOG]!>\r\n"
    masked = mask_secrets_in_text(line)
    assert masked == line.replace("Pa55", HIDDEN)
