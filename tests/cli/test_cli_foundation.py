"""The command-line contract of DESIGN.md for version, demo, validate and dp check."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cmplanner.cli.main import main

pytestmark = pytest.mark.cli


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from cmplanner import __version__

    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"cmplanner {__version__}"


def test_demo_then_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "demo.cmplan"
    code, out, _ = run(capsys, "demo", "-o", str(plan))
    assert code == 0 and plan.exists()
    code, out, _ = run(capsys, "validate", str(plan))
    assert code == 1  # the demo plan carries errors on purpose
    assert "error DP001" in out and "why:" in out and "source: seed: Compatibility" in out


def test_validate_json_has_the_contract_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "demo.cmplan"
    run(capsys, "demo", "-o", str(plan))
    code, out, _ = run(capsys, "validate", str(plan), "--format", "json")
    items = json.loads(out)
    assert code == 1 and items
    for item in items:
        assert {"rule", "severity", "message", "subject", "why", "fix", "source"} <= set(item)


def test_validate_text_names_objects_and_json_keeps_exact_subjects(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """People read the text: a DP's name and the field's words, never a list path."""
    plan = tmp_path / "demo.cmplan"
    run(capsys, "demo", "-o", str(plan))
    _, out, _ = run(capsys, "validate", str(plan))
    assert "AMS-FS01 share · Settings: error DP001" in out
    assert "distribution_points[" not in out and "boundaries[" not in out
    _, out, _ = run(capsys, "validate", str(plan), "--format", "json")
    subjects = {item["subject"] for item in json.loads(out) if item["rule"] == "DP001"}
    assert subjects == {"distribution_points[3].settings"}


def test_validate_sarif_is_sarif_2_1_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "demo.cmplan"
    run(capsys, "demo", "-o", str(plan))
    _, out, _ = run(capsys, "validate", str(plan), "--format", "sarif")
    doc = json.loads(out)
    assert doc["version"] == "2.1.0" and "sarif-2.1.0" in doc["$schema"]
    (only_run,) = doc["runs"]
    rules = only_run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    for result in only_run["results"]:
        assert result["level"] in {"error", "warning", "note"}
        assert ids[result["ruleIndex"]] == result["ruleId"]
        assert result["message"]["text"]
        location = result["locations"][0]
        assert location["physicalLocation"]["artifactLocation"]["uri"] == str(plan)
        assert location["logicalLocations"][0]["fullyQualifiedName"]
    assert any(r.get("helpUri", "").startswith("http") for r in rules)


def test_validate_clean_plan_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "empty.cmplan"
    plan.write_text('{"schema_version": 1, "name": "empty"}', encoding="utf-8")
    code, out, _ = run(capsys, "validate", str(plan))
    assert code == 0 and "no findings" in out


@pytest.mark.parametrize("content", ["", "{", "[]", '{"schema_version": 99}'])
def test_validate_bad_input_is_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    plan = tmp_path / "bad.cmplan"
    plan.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "validate", str(plan))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and str(plan) in err and "Traceback" not in err
    assert plan.read_text(encoding="utf-8") == content


def test_validate_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "validate", str(tmp_path / "nope.cmplan"))
    assert code == 2 and "no such file" in err


@pytest.mark.parametrize(
    ("names", "code"),
    [
        (["Server", "Multicast"], 0),
        (["server share", "MULTICAST"], 1),
        (["Mobile Device"], 1),
        (["Mobile Device", "BITS-Enabled"], 0),
        (["branch", "bits-enabled"], 1),
    ],
)
def test_dp_check_exit_codes(
    capsys: pytest.CaptureFixture[str], names: list[str], code: int
) -> None:
    assert run(capsys, "dp", "check", *names)[0] == code


def test_dp_check_explains_each_conflict(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "dp", "check", "Server Share", "Multicast", "Mobile Device", "--format", "json"
    )
    doc = json.loads(out)
    assert code == 1 and doc["compatible"] is False
    cells = sorted((c["first"], c["second"], c["cell"]) for c in doc["conflicts"])
    assert cells == [
        ("Mobile Device Support", "BITS-Enabled", "Required"),
        ("Server Share", "Multicast", "No"),
    ]
    assert all(c["source"].startswith("seed: Compatibility") for c in doc["conflicts"])


def test_dp_check_unknown_name(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "dp", "check", "Server", "Multicat")
    assert code == 2 and out == "" and "'Multicat'" in err and "did you mean 'Multicast'" in err


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    probe = (
        "import sys, runpy; sys.argv = ['cmplanner', *sys.argv[1:]]\n"
        "try:\n    runpy.run_module('cmplanner', run_name='__main__')\n"
        "finally:\n    print('QT' if any(m.startswith('PySide6') for m in sys.modules) "
        "else 'NOQT', file=sys.stderr)"
    )
    return subprocess.run(
        [sys.executable, "-c", probe, *args],
        capture_output=True,
        text=True,
        env={**os.environ},
        timeout=60,
    )


@pytest.mark.parametrize("args", [["--version"], ["dp", "check", "server", "multicast"]])
def test_quick_commands_do_not_load_qt(args: list[str]) -> None:
    result = _cli(*args)
    assert result.stderr.strip().endswith("NOQT")


def test_no_traceback_on_internal_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import cmplanner.rules.engine as engine

    def broken(plan: object) -> list[object]:
        raise RuntimeError("boom")

    monkeypatch.setattr(engine, "validate", broken)
    plan = tmp_path / "p.cmplan"
    plan.write_text('{"schema_version": 1}', encoding="utf-8")
    code, _, err = run(capsys, "validate", str(plan))
    assert code == 70 and "internal error" in err and "Traceback" not in err


def test_gui_without_a_display_says_so(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux decides this from DISPLAY and WAYLAND_DISPLAY")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    code, out, err = run(capsys, "gui")
    assert code == 2 and out == "" and "no display" in err and err.count("\n") == 1


def test_outputs_keep_the_usual_permissions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "demo.cmplan"
    run(capsys, "demo", "-o", str(plan))
    old = os.umask(0o022)
    try:
        out = tmp_path / "runbook.md"
        assert run(capsys, "runbook", str(plan), "-o", str(out))[0] == 0
        assert out.stat().st_mode & 0o777 == 0o644
        out.chmod(0o640)
        assert run(capsys, "runbook", str(plan), "-o", str(out))[0] == 0
        assert out.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old)


def test_an_output_never_writes_over_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "demo.cmplan"
    run(capsys, "demo", "-o", str(plan))
    log = tmp_path / "smsts.md"
    log.write_text("not really a log\n", encoding="utf-8")
    code, _, err = run(capsys, "runbook", str(plan), "--log", str(log), "-o", str(log))
    assert code == 2 and "write over an input" in err
    assert log.read_text(encoding="utf-8") == "not really a log\n"


def test_unwritable_output_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing-folder" / "ts.xml"
    code, _, err = run(capsys, "ts", "new", "capture-only", "-o", str(target))
    assert code == 2 and str(target) in err and "cannot write" in err


def test_two_outputs_are_checked_before_either_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xml = tmp_path / "wrapped.xml"
    script = tmp_path / "missing" / "CopyLogs.vbs"
    code, _, err = run(
        capsys, "ts", "new", "error-catching", "-o", str(xml), "--script", str(script)
    )
    assert code == 2 and "does not exist" in err
    assert not xml.exists()


@pytest.mark.parametrize(
    ("command", "formats"),
    [
        (["validate", "x.cmplan"], "text|json|sarif"),
        (["ts", "lint", "x.xml"], "text|json|sarif"),
        (["dp", "check", "Multicast"], "text|json"),
        (["log", "analyze", "x.log"], "text|json"),
        (["diff", "a.cmplan", "b.cmplan"], "text|json"),
    ],
)
def test_every_format_option_offers_the_shared_output_formats(
    capsys: pytest.CaptureFixture[str], command: list[str], formats: str
) -> None:
    from cmplanner.cli.main import build_parser
    from cmplanner.formats import OutputFormat

    for fmt in OutputFormat:
        if fmt.value in formats.split("|"):
            args = build_parser().parse_args([*command, "--format", fmt.value])
            assert OutputFormat(args.format) is fmt
        else:
            with pytest.raises(SystemExit):
                build_parser().parse_args([*command, "--format", fmt.value])
    assert "invalid choice: 'sarif'" in capsys.readouterr().err or "sarif" in formats


def test_a_runbook_log_that_cannot_be_read_is_bad_input_and_one_without_a_run_is_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "demo.cmplan"
    run(capsys, "demo", "-o", str(plan))
    out = tmp_path / "r.md"
    junk = tmp_path / "junk.log"
    junk.write_bytes(bytes(range(256)) * 4)
    code, _, err = run(capsys, "runbook", str(plan), "--log", str(junk), "-o", str(out))
    assert code == 2 and str(junk) in err and len(err.strip().splitlines()) == 1
    assert not out.exists()
    client = Path(__file__).resolve().parents[1] / "data" / "logs" / "kinds" / "ccmsetup.log"
    code, _, err = run(capsys, "runbook", str(plan), "--log", str(client), "-o", str(out))
    assert code == 0 and "shows no task-sequence run" in err and out.exists()
