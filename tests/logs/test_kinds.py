"""Every ConfigMgr 2007 log an admin opens: its kind, its own verdict, its known errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cmplanner.cli.main import main
from cmplanner.logs.analysis import analyze_logs
from cmplanner.logs.kinds import detect_kind
from cmplanner.logs.report import render_json, render_text

pytestmark = pytest.mark.core

KINDS = Path(__file__).resolve().parents[1] / "data" / "logs" / "kinds"

# file, kind, the log's own verdict, the code the verdict gives
VERDICTS = [
    ("ccmsetup.log", "ccmsetup", "failed", 0x80190194),
    ("ccmsetup-ok.log", "ccmsetup", "succeeded", None),
    ("client.msi.log", "client-msi", "failed", 1603),
    ("SMSPXE.log", "pxe", "errors", 0x80004005),
    ("pxecontrol.log", "pxe", "failed", 0x80004005),
    ("distmgr.log", "distmgr", "failed", None),
    ("PkgXferMgr.log", "pkgxfermgr", "failed", None),
    ("CAS.log", "cas", "succeeded", None),
    ("CAS-nodp.log", "cas", "failed", None),
    ("ContentTransferManager.log", "ctm", "succeeded", None),
    ("ContentTransferManager-error.log", "ctm", "failed", None),
    ("DataTransferService.log", "dts", "succeeded", None),
    ("DataTransferService-404.log", "dts", "failed", 0x80190194),
    ("execmgr.log", "execmgr", "failed", 1603),
    ("UpdatesDeployment.log", "updatesdeployment", "failed", None),
    ("LocationServices.log", "locationservices", "no errors", None),
    ("LocationServices-nodp.log", "locationservices", "errors", 0x87D00607),
    ("BDD.log", "bdd", "no errors", None),
    ("mdt-run/BDD.log", "bdd", "failed", 1),
]

KNOWN = [
    ("ccmsetup.log", "KE-CCMSETUP-HTTP-404"),
    ("client.msi.log", "KE-CLIENT-MSI-1603"),
    ("pxecontrol.log", "KE-PXE-TEST-FAILED"),
    ("distmgr.log", "KE-DISTMGR-ACCESS"),
    ("PkgXferMgr.log", "KE-PKGXFER-NETPATH"),
    ("CAS-nodp.log", "KE-CONTENT-NO-DP-OFFERED"),
    ("LocationServices-nodp.log", "KE-CONTENT-NO-DP-OFFERED"),
    ("DataTransferService-404.log", "KE-DOWNLOAD-HTTP-404"),
    ("ContentTransferManager-error.log", "KE-DOWNLOAD-HTTP-404"),
    ("execmgr.log", "KE-PROGRAM-1603"),
    ("UpdatesDeployment.log", "KE-UPDATES-ITEM-NOT-FOUND"),
    ("mdt-run/BDD.log", "KE-MDT-SCRIPT-FAILED"),
]


@pytest.mark.parametrize(("name", "kind", "outcome", "code"), VERDICTS)
def test_each_kind_has_its_own_verdict(
    name: str, kind: str, outcome: str, code: int | None
) -> None:
    path = KINDS / name
    assert detect_kind(path).id == kind
    a = analyze_logs([path])
    assert [v.kind.id for v in a.verdicts] == [kind]
    verdict = a.verdicts[0]
    assert verdict.outcome == outcome
    assert verdict.code == code
    assert a.failed is (outcome in ("failed", "errors"))
    assert a.failure is None and a.instructions == []  # no task-sequence framing
    text = render_text(a)
    own_words = text.split("Known errors:")[0]  # a known error's cause may name a step
    assert "task sequence" not in own_words.casefold() and "first step" not in own_words
    assert verdict.kind.subject[1:] in text


@pytest.mark.parametrize(("name", "known"), KNOWN)
def test_each_kind_finds_its_known_error(name: str, known: str) -> None:
    a = analyze_logs([KINDS / name])
    ids = [m.error.id for m in a.known_errors]
    assert known in ids
    match = next(m for m in a.known_errors if m.error.id == known)
    assert match.source.endswith(name) and match.line > 0


def test_known_errors_of_one_kind_stay_out_of_the_others(tmp_path: Path) -> None:
    # the same words in an execmgr.log are not a client install's 404
    text = (
        (KINDS / "ccmsetup.log").read_text().replace('component="ccmsetup"', 'component="execmgr"')
    )
    log = tmp_path / "execmgr.log"
    log.write_text(text)
    ids = [m.error.id for m in analyze_logs([log]).known_errors]
    assert "KE-CCMSETUP-HTTP-404" not in ids


def test_ccmsetup_root_cause_is_its_verdict_not_the_first_error_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["log", "analyze", str(KINDS / "ccmsetup.log")])
    out = capsys.readouterr().out
    assert code == 1
    assert "The client install: FAILED" in out
    assert "CcmSetup failed with error code 0x80190194" in out
    assert "BG_E_HTTP_ERROR_404" in out
    assert "before the first step" not in out and "Task sequence" not in out
    code = main(["log", "analyze", str(KINDS / "ccmsetup.log"), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert data["failure"] is None
    assert data["verdicts"][0]["code"]["hex"] == "0x80190194"
    verdict = next(f for f in data["findings"] if f["rule"] == "LOG-VERDICT")
    assert "client install" in verdict["message"]
    assert data["kinds"][0]["kind"] == "ccmsetup"


def test_a_succeeded_install_with_an_error_line_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["log", "analyze", str(KINDS / "ccmsetup-ok.log")]) == 0
    assert "The client install: succeeded" in capsys.readouterr().out


def test_kind_comes_from_content_before_name(tmp_path: Path) -> None:
    renamed = tmp_path / "smsts.log"
    renamed.write_bytes((KINDS / "execmgr.log").read_bytes())
    assert detect_kind(renamed).id == "execmgr"
    plain = tmp_path / "ccmsetup.log"
    plain.write_text("nothing known here\n")
    assert detect_kind(plain).id == "ccmsetup"  # the name is all there is


def test_a_text_file_in_no_format_is_read_line_by_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "notes.txt"
    log.write_text("starting the copy\nWARNING: disk almost full\nerror: cannot open X\n\ndone\n")
    a = analyze_logs([log])
    assert a.entries == 4 and a.errors == 1 and a.warnings == 1
    assert a.formats == ["text"] and a.verdicts[0].outcome == "errors"
    assert a.verdicts[0].line == 3
    assert main(["log", "analyze", str(log)]) == 1
    out = capsys.readouterr().out
    assert "log of another kind" in out and "notes.txt:3" in out


def test_a_line_that_counts_no_errors_is_not_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    log = tmp_path / "setup.txt"
    log.write_text(
        "Installation completed with 0 errors and 0 warnings\n"
        '"continue_on_error": false\n'
        "Copy-Item -ErrorAction Stop\n"
        "Errors: 0\n"
        "Completed without errors\n"
    )
    a = analyze_logs([log])
    assert a.entries == 5 and a.errors == 0 and a.warnings == 0
    assert main(["log", "analyze", str(log)]) == 0
    capsys.readouterr()
    log.write_text("Installation completed with 3 errors and 0 warnings\nErrors: 12\n")
    assert analyze_logs([log]).errors == 2


def test_msi_log_times_come_from_its_header() -> None:
    a = analyze_logs([KINDS / "client.msi.log"])
    assert a.first_time is not None and a.first_time.isoformat() == "2010-03-14T09:16:40"
    assert a.last_time is not None and a.last_time.isoformat() == "2010-03-14T09:17:10"
    assert render_json(a)  # serialisable


def test_kinds_and_known_errors_are_checked_when_loaded() -> None:
    from cmplanner.logs.kinds import log_kinds
    from cmplanner.logs.knowledge import load_knowledge_base

    ids = {k.id for k in log_kinds()}
    for entry in load_knowledge_base().entries:
        assert set(entry.logs) <= ids
    assert {k.id for k, *_ in [(detect_kind(KINDS / n), 0) for n, *_ in VERDICTS]} <= ids


def test_no_report_line_points_at_nothing() -> None:
    for log in sorted(KINDS.glob("*.log")):
        for line in render_text(analyze_logs([log])).splitlines():
            assert line.strip() not in ("open:", "fix:", "source:"), (log.name, line)
