"""An export never changes what the admin did not ask to change and never writes a secret;
every value it leaves out is named (step, property), and lint (TS012) says the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmplanner.rules.tasksequence_lint import lint_task_sequence
from cmplanner.tasksequence.xmlcompare import differences
from cmplanner.tasksequence.xmlio import export_xml, load_task_sequence, parse_task_sequence
from cmplanner.tasksequence.xmlwrite import export_task_sequence

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
    left_out = [w for w in warnings if "left out" in w]
    assert len(left_out) == 4
    assert any(
        w.startswith('step 1 "Set join password" (in "Install")')
        and "VariableValue (OSDJoinPassword)" in w
        for w in left_out
    )
    assert any(w.startswith('step 4 "Only when the password is known"') for w in left_out)
    assert any(w.startswith("the collection variables") and "MyAppSecret" in w for w in left_out)


def test_everything_but_the_listed_secrets_round_trips() -> None:
    text, _ = _export()
    found = differences(FIXTURE.read_bytes(), text, limit=50)
    assert len(found) == 6  # the four values, and the two action lines they were typed in
    assert all(
        any(s in d for s in ("J0in-pass", "Sec-val", "app-s3cret", "Cond-pass")) for d in found
    )


def test_a_typed_password_is_warned_by_lint_and_by_the_export_naming_the_step() -> None:
    text, warnings = _export()
    typed = [w for w in warnings if "typed into the command line" in w]
    assert typed and all(
        w.startswith('step 6 "Map the share" (in "Install" > "Storage")') for w in typed
    )
    assert "Typ3d-pass" in text  # cannot be cut out of the command: kept, and said so
    messages = [f.message for f in lint_task_sequence(load_task_sequence(FIXTURE))]
    assert any(
        m.startswith('step 6 "Map the share" (in "Install" > "Storage")')
        and "typed into the command line (net use)" in m
        for m in messages
    )


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
    assert any("a condition (OSDJoinPassword)" in w for w in result.warnings)
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
