"""``cmplanner ts new|lint|show`` as DESIGN.md's command-line contract says."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cmplanner.cli.main import main
from cmplanner.tasksequence.xmlio import load_task_sequence

pytestmark = pytest.mark.cli

DATA = Path(__file__).resolve().parents[1] / "data" / "ts"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("kind", ["capture-only", "usmt-hardlink", "error-catching"])
def test_new_writes_an_importable_export(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / f"{kind}.xml"
    code, _, _ = run(capsys, "ts", "new", kind, "-o", str(out_file))
    assert code == 0
    text = out_file.read_text(encoding="utf-8")
    assert text.startswith("<?xml") and "<SmsTaskSequencePackage" in text
    assert '<sequence version="3.00">' in text
    assert load_task_sequence(out_file).steps


def test_new_to_stdout_and_bare(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ts", "new", "capture-only", "--bare")
    assert code == 0 and out.startswith("<?xml") and "SmsTaskSequencePackage" not in out


def test_new_refused_for_the_site_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "ts", "new", "usmt-hardlink", "--site-version", "SP1 R2")
    assert code == 1 and out == ""
    assert "refused" in err and "SP2" in err and len(err.strip().splitlines()) == 1


def test_new_with_a_bad_version_or_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "ts", "new", "capture-only", "--site-version", "SP9")
    assert code == 2 and "--site-version" in err
    code, _, err = run(capsys, "ts", "new", "capture-only", "--option", "novalue")
    assert code == 2 and "NAME=VALUE" in err


def test_new_error_catching_wraps_a_file_and_writes_the_script(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "capture.xml"
    shutil.copy(DATA / "package_export.xml", source)
    before = source.read_bytes()
    out_file, script = tmp_path / "wrapped.xml", tmp_path / "CopyLogs.vbs"
    code, _, _ = run(
        capsys,
        "ts",
        "new",
        "error-catching",
        "--wrap",
        str(source),
        "-o",
        str(out_file),
        "--script",
        str(script),
        "--option",
        r"share=\\lab\logs$",
    )
    assert code == 0 and source.read_bytes() == before
    ts = load_task_sequence(out_file)
    assert [n.name for n in ts.steps] == ["Task Sequence", "Error Catching"]
    assert ts.name == "Lab capture only"
    assert "fso.CreateFolder destination" in script.read_text(encoding="utf-8")
    code, _, err = run(
        capsys, "ts", "new", "error-catching", "--wrap", str(source), "-o", str(source)
    )
    assert code == 2 and "would write over an input" in err and source.read_bytes() == before


def test_lint_exit_codes_and_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clean = tmp_path / "clean.xml"
    run(capsys, "ts", "new", "capture-only", "-o", str(clean), "--option", "boot_image_id=AMS00005")
    code, out, _ = run(capsys, "ts", "lint", str(clean))
    assert code == 0 and "no findings" in out
    bare = tmp_path / "no-boot-image.xml"
    run(capsys, "ts", "new", "capture-only", "-o", str(bare))
    code, out, _ = run(capsys, "ts", "lint", str(bare))
    assert code == 0 and "warning TS023" in out
    code, out, _ = run(capsys, "ts", "lint", str(DATA / "cb_crlf.xml"), "--format", "json")
    items = json.loads(out)
    assert code == 1 and {"rule", "severity", "message", "subject", "why", "fix", "source"} <= set(
        items[0]
    )
    assert any(i["rule"] == "TS008" and i["subject"] == "version" for i in items)
    code, out, _ = run(capsys, "ts", "lint", str(DATA / "mdt_style.xml"), "--format", "sarif")
    assert code == 0 and json.loads(out)["version"] == "2.1.0"  # warnings and info only


def test_lint_with_a_plan_knows_its_packages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "demo.cmplan"
    run(capsys, "demo", "-o", str(plan))
    code, out, _ = run(capsys, "ts", "lint", str(DATA / "cb_crlf.xml"), "--plan", str(plan))
    assert code == 1 and "TS013" in out and "LAB00021" in out


def test_lint_bad_file_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    bad = DATA / "billion_laughs.xml"
    before = bad.read_bytes()
    code, out, err = run(capsys, "ts", "lint", str(bad), str(DATA / "mdt_style.xml"))
    assert code == 2 and "billion_laughs.xml" in err and len(err.strip().splitlines()) == 1
    assert "mdt_style.xml" in out and "Traceback" not in err
    assert bad.read_bytes() == before


def test_show_numbers_as_smsts_log(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "ts", "show", str(DATA / "mdt_style.xml"))
    assert code == 0
    lines = out.splitlines()
    assert "9 instructions" in lines[0]
    assert any(line.startswith("0  Initialization [group]") for line in lines)
    assert any(line.startswith("4  Preinstall [group]") for line in lines)
    assert any("Set vendor BIOS password" in line and "disabled" in line for line in lines)


def test_show_dry_run_with_variables(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "ts",
        "show",
        str(DATA / "mdt_style.xml"),
        "--var",
        "IsUEFI=True",
        "--var",
        "SYSDISK=1",
    )
    assert code == 0
    line = next(x for x in out.splitlines() if "Format (BIOS)" in x)
    assert line.endswith("-> skipped")
    assert "Only without SYSDISK [Run Command Line]  -> skipped" in out


def test_show_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "ts", "show", str(DATA / "truncated.xml"))
    assert code == 2 and err.startswith("cmplanner: ") and "truncated.xml" in err


def test_new_notes_the_package_ids_still_to_set(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "ts", "new", "usmt-hardlink", "--option", "usmt_package_id=AMS00003"
    )
    assert code == 0 and "<SmsTaskSequencePackage" in out
    assert "--option image_package_id=" in err and "usmt_package_id=" not in err
    assert ">AMS00003<" in out


def test_new_wrap_names_every_secret_it_leaves_out_and_keeps_one_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "wrapped.xml"
    source = str(DATA / "secrets_by_place.xml")
    code, _, err = run(capsys, "ts", "new", "error-catching", "--wrap", source, "-o", str(out_file))
    assert code == 0
    text = out_file.read_text(encoding="utf-8")
    assert "J0in-pass" not in text and "Cond-pass" not in text and "Sec-val" not in text
    lines = [line for line in err.splitlines() if "left out" in line]
    # wrapped in the top group, so the numbers move by one and the path gains a group
    assert any(
        'step 2 "Set join password" (in "Task Sequence" > "Install")' in line
        and "VariableValue (OSDJoinPassword)" in line
        for line in lines
    )
    # the password typed into the command line is left out too, named by step and property
    assert "Typ3d-pass" not in text
    assert "net use Z: \\\\srv\\share %REMOVED_PASSWORD% /user:LAB\\deploy" in text
    typed = 'step 7 "Map the share" (in "Task Sequence" > "Install" > "Storage"): left out the '
    assert any(
        line.startswith(f"cmplanner: warning: {typed}password typed into CommandLine")
        for line in lines
    )
    assert any(
        line.startswith(f"cmplanner: warning: {typed}password typed into the action")
        for line in lines
    )
    code, _, err = run(
        capsys,
        "ts",
        "new",
        "error-catching",
        "--wrap",
        source,
        "-o",
        str(out_file),
        "--keep-secret",
        "OSDJoinPassword",
    )
    assert code == 0
    text = out_file.read_text(encoding="utf-8")
    assert "J0in-pass" in text and "Sec-val" not in text
    assert "as asked" in err
    assert "Typ3d-pass" not in text  # asked for another secret only


def test_new_keeps_a_typed_password_only_when_its_step_is_asked_for_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "wrapped.xml"
    source = str(DATA / "secrets_by_place.xml")
    code, _, err = run(
        capsys,
        "ts",
        "new",
        "error-catching",
        "--wrap",
        source,
        "-o",
        str(out_file),
        "--keep-secret",
        "map the SHARE",
    )
    assert code == 0
    text = out_file.read_text(encoding="utf-8")
    assert text.count("net use Z: \\\\srv\\share Typ3d-pass /user:LAB\\deploy") == 2
    assert "J0in-pass" not in text and "Cond-pass" not in text
    kept = [line for line in err.splitlines() if "as asked" in line]
    assert len(kept) == 2 and all('step 7 "Map the share"' in line for line in kept)


def test_new_over_an_existing_export_keeps_a_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "capture.xml"
    out_file.write_text("<sequence version='3.00' name='mine'/>", encoding="utf-8")
    code, _, _ = run(capsys, "ts", "new", "capture-only", "-o", str(out_file))
    assert code == 0
    backup = tmp_path / "capture.xml.bak"
    assert backup.read_text(encoding="utf-8") == "<sequence version='3.00' name='mine'/>"
    assert "<SmsTaskSequencePackage" in out_file.read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding", ["idna", "undefined", "punycode", "unicode", "rot13"])
def test_declared_codecs_that_are_not_text_encodings_are_one_line(
    encoding: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "odd.xml"
    path.write_bytes(
        f'<?xml version="1.0" encoding="{encoding}"?>\n'
        '<sequence version="3.00"><step type="x" name="a"/></sequence>\n'.encode("ascii")
    )
    for command in (["ts", "show", str(path)], ["ts", "lint", str(path)]):
        code, out, err = run(capsys, *command)
        assert code == 2 and out == ""
        assert len(err.strip().splitlines()) == 1 and "odd.xml: line 1" in err
        assert encoding in err and "internal error" not in err


def test_a_bare_sequence_has_no_boot_image_finding_and_show_says_it_is_unknown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bare = tmp_path / "bare.xml"
    bare.write_text(
        '<sequence version="3.00"><step type="SMS_TaskSequence_PartitionDiskAction" '
        'name="Format and Partition Disk"><action>osddiskpart.exe</action></step></sequence>',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "ts", "lint", str(bare))
    assert code == 0 and "TS023" not in out
    code, out, _ = run(capsys, "ts", "show", str(bare))
    assert code == 0 and out.splitlines()[1].startswith("boot image: unknown")
    wrapped = tmp_path / "wrapped.xml"
    run(capsys, "ts", "new", "capture-only", "-o", str(wrapped))
    code, out, _ = run(capsys, "ts", "show", str(wrapped))
    assert out.splitlines()[1] == "boot image: none"


def test_findings_name_the_step_by_number_group_path_and_name(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "ts", "lint", str(DATA / "secrets_by_place.xml"))
    assert code == 0
    assert 'step 6 "Map the share" (in "Install" > "Storage"): the action holds a password' in out


def test_lint_text_shows_places_as_names_and_json_keeps_exact_subjects(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(capsys, "ts", "lint", str(DATA / "secrets_by_place.xml"))
    assert "steps[" not in out and "global_variables[" not in out
    assert "secrets_by_place.xml: step 4 condition: warning TS012" in out
    code, out, _ = run(capsys, "ts", "lint", str(DATA / "secrets_by_place.xml"), "--format", "json")
    assert code == 0
    subjects = {item["subject"] for item in json.loads(out)}
    assert "steps[0].children[3].conditions" in subjects and "global_variables[0]" in subjects


def test_usmt_hardlink_asks_for_the_domain_it_rejoins(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_file = tmp_path / "refresh.xml"
    code, _, err = run(capsys, "ts", "new", "usmt-hardlink", "-o", str(out_file))
    assert code == 0 and "no domain yet" in err
    code, _, err = run(
        capsys, "ts", "new", "usmt-hardlink", "-o", str(out_file), "--option", "domain=corp.example"
    )
    assert code == 0 and "no domain yet" not in err
    assert ">corp.example</variable>" in out_file.read_text(encoding="utf-8")


def test_new_error_catching_fails_at_end_unless_told_no(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    default = tmp_path / "default.xml"
    assert run(capsys, "ts", "new", "error-catching", "-o", str(default))[0] == 0
    assert "cmd.exe /c exit 1" in default.read_text()
    off = tmp_path / "off.xml"
    code, _, _ = run(
        capsys, "ts", "new", "error-catching", "-o", str(off), "--option", "fail-at-end=no"
    )
    assert code == 0 and "exit 1" not in off.read_text() and "Copy Logs" in off.read_text()
    code, _, err = run(capsys, "ts", "new", "error-catching", "--option", "fail-at-end=maybe")
    assert code == 2 and "fail_at_end" in err


def test_usmt_hardlink_lints_clean_but_for_reminders_and_names_the_boot_image_it_lacks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What lint warns about in a freshly built refresh, ``ts new`` has said already: the
    boot image the restart into Windows PE needs is asked for like the package IDs."""
    out_file = tmp_path / "refresh.xml"
    code, _, err = run(capsys, "ts", "new", "usmt-hardlink", "-o", str(out_file))
    assert code == 0 and "no boot image yet" in err and "--option boot_image_id=" in err
    code, out, _ = run(capsys, "ts", "lint", str(out_file), "--format", "json")
    assert {item["rule"] for item in json.loads(out)} == {"TS009", "TS023"}
    options = [
        "boot_image_id=AMS00005",
        "image_package_id=AMS00010",
        "usmt_package_id=AMS00011",
        "client_package_id=AMS00012",
        "domain=corp.example",
    ]
    args = [a for o in options for a in ("--option", o)]
    code, _, err = run(capsys, "ts", "new", "usmt-hardlink", "-o", str(out_file), *args)
    assert code == 0 and "note:" not in err
    code, out, _ = run(capsys, "ts", "lint", str(out_file), "--format", "json")
    found = json.loads(out)
    assert [(f["rule"], f["severity"]) for f in found] == [("TS009", "info")]
    assert "_SMSTSInWinPE" not in out_file.read_text(encoding="utf-8")
