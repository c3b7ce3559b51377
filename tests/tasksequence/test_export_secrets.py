"""An export never changes what the admin did not ask to change and never writes a secret;
every value it leaves out is named (step, property), and lint (TS012) says the same."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from cmplanner.rules.tasksequence_lint import lint_task_sequence
from cmplanner.tasksequence.xmlcompare import differences
from cmplanner.tasksequence.xmlio import export_xml, load_task_sequence, parse_task_sequence
from cmplanner.tasksequence.xmlwrite import export_task_sequence, secret_notes
from tests.ts_documents import importable_documents

pytestmark = pytest.mark.core

DATA = Path(__file__).resolve().parents[1] / "data" / "ts"
FIXTURE = DATA / "secrets_by_place.xml"


def _export(keep: tuple[str, ...] = ()) -> tuple[str, list[str]]:
    result = export_task_sequence(load_task_sequence(FIXTURE), keep)
    return result.text, result.warnings


def test_choices_and_whitespace_are_kept_byte_for_byte() -> None:
    text, _ = _export()
    assert (
        '<variable name="BdeRecoveryPassword" property="BdeRecoveryPassword">AD</variable>' in text
    )
    assert (
        '<variable name="SMSConnectNetworkFolderPassword" property="Password">  </variable>' in text
    )
    findings = lint_task_sequence(load_task_sequence(FIXTURE))
    ts012 = [f.message for f in findings if f.rule == "TS012"]
    assert not any("BdeRecoveryPassword" in m or "Connect" in m for m in ts012)


def test_set_variable_steps_secret_names_and_conditions_are_left_out_and_listed() -> None:
    text, warnings = _export()
    for secret in ("J0in-pass", "Sec-val", "app-s3cret", "Cond-pass"):
        assert secret not in text, secret
    # the tsenv.exe action line loses the value, nothing else
    assert '<action>tsenv.exe "OSDJoinPassword="</action>' in text
    assert '<action>tsenv.exe "MyAppSecret="</action>' in text
    # not secrets: kept
    assert '<action>tsenv.exe "OSDComputerName=PC01"</action>' in text
    assert ">PC01</variable>" in text
    left_out = [w for w in warnings if ": left out" in w]
    assert len(left_out) == 5  # collection variable, two set steps, the typed password twice
    assert any(
        w.startswith('step 1 "Set join password" (in "Install")')
        and "VariableValue (OSDJoinPassword)" in w
        for w in left_out
    )
    assert any(w.startswith("the collection variables") and "MyAppSecret" in w for w in left_out)


def test_a_blanked_condition_says_what_was_done_and_what_it_means() -> None:
    """Not "left out a condition": the condition is still there, it now compares with an
    empty value, so the step runs on other terms until the value is entered again."""
    _, warnings = _export()
    [line] = [w for w in warnings if "condition" in w]
    assert line == (
        'step 4 "Only when the password is known" (in "Install"): blanked the value its '
        "condition compares OSDJoinPassword with, a secret: the condition now reads "
        'OSDJoinPassword equals "", so it may now run when it did not before, or not run '
        "when it did; enter the value again after import, or ask for OSDJoinPassword by name "
        "to keep it"
    )


def test_everything_but_the_listed_secrets_round_trips() -> None:
    text, _ = _export()
    found = differences(FIXTURE.read_bytes(), text, limit=50)
    # the four values, the two action lines they were typed in, and the typed password in
    # the Run Command Line's action and CommandLine
    assert len(found) == 8
    assert all(
        any(s in d for s in ("J0in-pass", "Sec-val", "app-s3cret", "Cond-pass", "Typ3d-pass"))
        for d in found
    )


def test_a_typed_password_is_left_out_and_named_by_step_and_property() -> None:
    """Never writes a secret: only the password's token is replaced, by a clearly named
    variable reference, so the command keeps its shape and fails until it is entered."""
    text, warnings = _export()
    assert "Typ3d-pass" not in text
    line = "net use Z: \\\\srv\\share %REMOVED_PASSWORD% /user:LAB\\deploy"
    assert f"<action>{line}</action>" in text
    assert f'<variable name="CommandLine" property="CommandLine">{line}</variable>' in text
    typed = [w for w in warnings if "typed into" in w]
    place = 'step 6 "Map the share" (in "Install" > "Storage"): left out the password typed into'
    assert typed == [
        f"{place} the action (net use), a secret: written as %REMOVED_PASSWORD%, so the command "
        'fails until the password is entered again on the target site; ask for "Map the share" '
        "by name to keep it",
        f"{place} CommandLine (net use), a secret: written as %REMOVED_PASSWORD%, so the "
        "command fails until the password is entered again on the target site; ask for "
        '"Map the share" by name to keep it',
    ]
    messages = [f.message for f in lint_task_sequence(load_task_sequence(FIXTURE))]
    assert any(
        m.startswith('step 6 "Map the share" (in "Install" > "Storage")')
        and "typed into the command line (net use)" in m
        for m in messages
    )


def test_a_typed_password_is_kept_when_its_step_is_asked_for_by_name() -> None:
    text, warnings = _export(("Map the share",))
    assert text.count("net use Z: \\\\srv\\share Typ3d-pass /user:LAB\\deploy") == 2
    assert "J0in-pass" not in text
    kept = [w for w in warnings if "as asked" in w]
    assert [w.split(":")[0] for w in kept] == [
        'step 6 "Map the share" (in "Install" > "Storage")'
    ] * 2


@pytest.mark.parametrize(
    ("command", "written"),
    [
        (
            'cmd /c net use \\\\s\\x "pa ss" /user:d\\u',
            "cmd /c net use \\\\s\\x %REMOVED_PASSWORD% /user:d\\u",
        ),
        ("setup.exe /p:Pw1 /q", "setup.exe /p:%REMOVED_PASSWORD% /q"),
        (
            "powershell -Command New-Thing -Password S3cr3t -Force",
            "powershell -Command New-Thing -Password %REMOVED_PASSWORD% -Force",
        ),
        (
            "powershell ConvertTo-SecureString 'P@ss' -AsPlainText -Force",
            "powershell ConvertTo-SecureString %REMOVED_PASSWORD% -AsPlainText -Force",
        ),
        ('tsenv.exe "OSDJoinPassword=J0in"', 'tsenv.exe "OSDJoinPassword=%REMOVED_PASSWORD%"'),
        ("net use \\\\s\\x * /user:d\\u", "net use \\\\s\\x * /user:d\\u"),  # a prompt
        ("run.exe -p 8080", "run.exe -p 8080"),  # a port
    ],
)
def test_each_kind_of_typed_password_loses_only_its_token(command: str, written: str) -> None:
    document = (
        '<sequence version="3.00"><step type="SMS_TaskSequence_RunCommandLineAction" name="s">'
        f"<action>{escape(command)}</action><defaultVarList>"
        f'<variable name="CommandLine" property="CommandLine">{escape(command)}</variable>'
        "</defaultVarList></step></sequence>"
    )
    ts = parse_task_sequence(document, "typed.xml")
    result = export_task_sequence(ts)
    again = parse_task_sequence(result.text, "again.xml")
    assert again.steps[0].action == written  # type: ignore[union-attr]
    assert again.steps[0].variable("CommandLine") == written  # type: ignore[union-attr]
    assert len(result.left_out) == (0 if command == written else 2)
    ts012 = [f for f in lint_task_sequence(ts) if f.rule == "TS012"]
    assert len(ts012) == len(result.left_out)


def test_lint_names_set_variable_condition_and_collection_secrets() -> None:
    found = [f for f in lint_task_sequence(load_task_sequence(FIXTURE)) if f.rule == "TS012"]
    messages = " | ".join(f.message for f in found)
    assert "collection variable MyAppSecret holds a secret" in messages
    assert (
        'step 1 "Set join password" (in "Install"): sets the secret variable OSDJoinPassword'
        in messages
    )
    assert "compares OSDJoinPassword with a secret value" in messages


def test_keep_secret_by_name_keeps_exactly_that_one() -> None:
    text, warnings = _export(("OSDJoinPassword",))
    assert "J0in-pass" in text and "Cond-pass" in text  # the set step and the condition
    assert "Sec-val" not in text and "app-s3cret" not in text
    assert sum("as asked" in w for w in warnings) == 2


def test_the_old_pair_api_returns_the_same_lines() -> None:
    ts = load_task_sequence(FIXTURE)
    assert export_xml(ts)[1] == export_task_sequence(ts).warnings


def test_attributes_on_expression_and_operator_are_kept() -> None:
    document = (
        '<sequence version="3.00"><step type="SMS_TaskSequence_RunCommandLineAction" name="s">'
        '<condition><operator type="OR" vendor="x">'
        '<expression type="SMS_TaskSequence_WMIConditionExpression" ignoreQueryFailure="true">'
        '<variable name="Namespace">root\\cimv2</variable>'
        '<variable name="Query">SELECT * FROM Win32_Battery</variable></expression>'
        '<expression type="SMS_TaskSequence_VariableConditionExpression">'
        '<variable name="Variable">A</variable><variable name="Operator">equals</variable>'
        '<variable name="Value">1</variable></expression>'
        "</operator></condition><action>x</action></step></sequence>"
    )
    ts = parse_task_sequence(document, "attrs.xml")
    text, _ = export_xml(ts)
    assert 'ignoreQueryFailure="true"' in text
    assert '<operator type="OR" vendor="x">' in text
    assert differences(document, text) == []


def test_a_condition_kept_as_found_loses_a_secret_value_too() -> None:
    # two Value variables: a shape the model does not read, so it is kept as found
    document = (
        '<sequence version="3.00"><step type="SMS_TaskSequence_RunCommandLineAction" name="s">'
        '<condition><expression type="SMS_TaskSequence_VariableConditionExpression">'
        '<variable name="Variable">OSDJoinPassword</variable>'
        '<variable name="Operator">equals</variable>'
        '<variable name="Value">Raw-pass</variable><variable name="Value">Raw-pass</variable>'
        "</expression></condition><action>x</action></step></sequence>"
    )
    result = export_task_sequence(parse_task_sequence(document, "raw.xml"))
    assert "Raw-pass" not in result.text
    assert any(
        "blanked the value its condition compares OSDJoinPassword with" in w
        for w in result.warnings
    )
    assert (
        "Raw-pass"
        in export_task_sequence(parse_task_sequence(document, "raw.xml"), ["OSDJoinPassword"]).text
    )


def test_a_stale_value_in_a_set_variable_action_line_is_left_out_too() -> None:
    """The action line of a Set Task Sequence Variable step can hold another value than its
    VariableValue (edited by hand, or the value changed since): the note says the secret was
    left out, so whatever follows ``NAME=`` goes, not only the current value."""
    ts = load_task_sequence(DATA / "secret_stale_action.xml")
    result = export_task_sequence(ts)
    for secret in ("Old-j0in", "New-j0in", "Old-s3cret", "New-s3cret", "a&quot;b c", "b c"):
        assert secret not in result.text, secret
    assert '<action>tsenv.exe "OSDJoinPassword=" /hiddenflag:False</action>' in result.text
    assert "<action>tsenv.exe MYAPPSECRET=</action>" in result.text
    assert len([w for w in result.warnings if "left out" in w]) == 3
    # nothing else changed
    gone = differences(FIXTURE.with_name("secret_stale_action.xml").read_bytes(), result.text)
    assert all("action" in d or "VariableValue" in d or "variable:" in d for d in gone), gone


@pytest.mark.parametrize("bare", [True, False])
def test_attributes_in_a_namespace_are_written_well_formed(bare: bool) -> None:
    """``v:rev="3"`` and ``xsi:nil`` on a step, a group and a variable come back in their
    namespace, declared where they are used: not as ``{urn:...}rev`` (not XML at all), and not
    with a prefix nobody declares (a bare document has no wrapper declaring ``xsi``)."""
    source = DATA / "namespaced_attributes.xml"
    text = export_task_sequence(load_task_sequence(source), bare=bare).text
    assert "{urn:" not in text and "{http" not in text
    again = parse_task_sequence(text, "export")  # well-formed, prefixes bound
    assert export_task_sequence(again, bare=bare).text == text
    if bare:
        assert differences(source.read_bytes(), text) == []


def test_lint_warns_about_secrets_in_elements_it_does_not_know() -> None:
    """The export strips VendorJoinPassword and ProductKey (Unattended) from elements kept
    as found; lint warned about neither."""
    ts = load_task_sequence(DATA / "secrets_in_unknown_elements.xml")
    messages = sorted(f.message for f in lint_task_sequence(ts) if f.rule == "TS012")
    assert messages == [
        "secrets_in_unknown_elements: ProductKey (Unattended) holds a secret",
        'step 0 "Join with a vendor tool": VendorJoinPassword holds a secret',
    ]
    subjects = sorted(f.subject for f in lint_task_sequence(ts) if f.rule == "TS012")
    assert subjects == ["task_sequences[0].sequence", "task_sequences[0].steps[0]"]


@pytest.mark.parametrize("path", importable_documents(), ids=lambda p: p.name)
def test_lint_reports_exactly_what_the_export_leaves_out(path: Path) -> None:
    """One decision for both: every value the export leaves out is a TS012 finding on the
    same place, and nothing else is; the notes lint takes without writing are the export's."""
    ts = load_task_sequence(path)
    left_out = export_task_sequence(ts).left_out
    assert sorted(secret_notes(ts), key=repr) == sorted(left_out, key=repr)
    ts012 = [f for f in lint_task_sequence(ts) if f.rule == "TS012"]
    assert sorted(f"task_sequences[0].{n.subject}" for n in left_out) == sorted(
        f.subject for f in ts012
    )


def test_a_typed_password_in_a_step_without_a_name_is_left_out_and_says_so() -> None:
    document = (
        '<sequence version="3.00"><step type="SMS_TaskSequence_RunCommandLineAction" name="">'
        "<action>setup.exe /p:Pw1</action></step></sequence>"
    )
    ts = parse_task_sequence(document, "unnamed.xml")
    result = export_task_sequence(ts, ["", " "])
    assert "Pw1" not in result.text
    [line] = result.warnings
    assert line.endswith("the step has no name to ask for it by")
