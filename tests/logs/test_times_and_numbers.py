"""Times and numbers as real logs write them: out of range, merged across logs, in any order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmplanner.cli.main import main
from cmplanner.logs.analysis import analyze_logs
from cmplanner.logs.codes import explain_code
from cmplanner.logs.entry import LogEntry
from cmplanner.logs.merge import read_logs
from cmplanner.logs.report import render_json, render_text
from cmplanner.logs.timeline import TimelineBuilder

pytestmark = pytest.mark.core

KINDS = Path(__file__).resolve().parents[1] / "data" / "logs" / "kinds"
LINE = (
    '<![LOG[{msg}]LOG]!><time="{time}" date="{date}" component="TSManager" context="" '
    'type="{type}" thread="1" file="a:1">'
)


def log(tmp_path: Path, *rows: tuple[str, str, str, int], name: str = "smsts.log") -> Path:
    path = tmp_path / name
    path.write_text(
        "\n".join(LINE.format(msg=m, time=t, date=d, type=ty) for m, t, d, ty in rows),
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("time_text", "problem"),
    [
        ("09:15:03.000+1440", "out of range"),
        ("09:15:03.000-1440", "out of range"),
        ("09:15:03.000+12345678901", "out of range"),
        ("-1:12:05.000+000", "impossible time"),
        ("09:75:03.000+000", "impossible time"),
        ("09:15:99.000+000", "impossible time"),
    ],
)
def test_out_of_range_times_are_read_best_effort_and_noted(
    tmp_path: Path, time_text: str, problem: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = log(
        tmp_path,
        (
            "Start executing an instruction. Instruction name: X. Instruction pointer: 0",
            time_text,
            "03-14-2010",
            1,
        ),
        (
            "Successfully completed the action (X) with the exit win32 code 0",
            "09:15:04.000+000",
            "03-14-2010",
            1,
        ),
    )
    code = main(["log", "analyze", str(path), "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["instructions"][0]["name"] == "X"
    noted = [u for u in data["unreadable"] if u["first_line"] == 1]
    assert noted and problem in noted[0]["problem"]


@pytest.mark.parametrize(
    "message",
    [
        "Process completed with exit code 4294967296",
        "Process completed with exit code " + "7" * 4300,
        "Successfully completed the action (X) with the exit win32 code 99999999999",
        "Failed to run the action: X.\nerror " + "9" * 4300 + " (Error: 80004005; Source: Windows)",
    ],
)
def test_numbers_out_of_range_never_end_in_an_internal_error(
    tmp_path: Path, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = log(
        tmp_path,
        (
            "Start executing an instruction. Instruction name: X. Instruction pointer: 0",
            "09:15:03.000+000",
            "03-14-2010",
            1,
        ),
        (message, "09:15:04.000+000", "03-14-2010", 3 if "Failed" in message else 1),
    )
    code = main(["log", "analyze", str(path), "--format", "json"])
    out, err = capsys.readouterr()
    assert code in (0, 1) and err == ""
    json.loads(out)
    assert main(["log", "analyze", str(path)]) in (0, 1)


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    hour=st.text(alphabet="-0123456789", min_size=1, max_size=3),
    minute=st.integers(-5, 120),
    second=st.integers(-5, 120),
    offset=st.one_of(st.integers(-(10**12), 10**12), st.sampled_from([1440, -1440, 720, -840, 0])),
    digits=st.one_of(
        st.text(alphabet="0123456789", min_size=1, max_size=40),
        st.sampled_from(["4294967296", "9" * 4400, "0" * 20 + "1"]),
    ),
)
def test_any_time_or_number_is_read_or_noted(
    tmp_path: Path, hour: str, minute: int, second: int, offset: int, digits: str
) -> None:
    time_text = f"{hour}:{minute:02d}:{second:02d}.000{offset:+d}"
    path = log(
        tmp_path,
        (
            f"Start executing an instruction. Instruction name: X. Instruction pointer: {digits}",
            time_text,
            "12-31-9999",
            1,
        ),
        (f"Process completed with exit code {digits}", time_text, "01-01-0001", 1),
        (
            f"Failed to run the action: X.\nexit code -{digits} (Error: 80004005; Source: Windows)",
            time_text,
            "03-14-2010",
            3,
        ),
    )
    a = analyze_logs([path])
    render_text(a)
    json.loads(render_json(a))
    assert a.entries == 3


def test_from_and_to_are_the_earliest_and_latest_times(tmp_path: Path) -> None:
    path = log(
        tmp_path,
        ("middle", "09:30:00.000+000", "03-14-2010", 1),
        ("latest", "11:00:00.000+000", "03-14-2010", 1),
        ("earliest", "08:00:00.000+000", "03-14-2010", 1),
        ("between", "10:00:00.000+000", "03-14-2010", 1),
        name="x.log",
    )
    a = analyze_logs([path])
    assert a.first_time is not None and a.first_time.hour == 8
    assert a.last_time is not None and a.last_time.hour == 11


def test_bdd_log_merged_with_smsts_log_of_the_same_run_is_aligned() -> None:
    run = [KINDS / "mdt-run" / "BDD.log", KINDS / "mdt-run" / "smsts.log"]
    a = analyze_logs(run)
    assert any("BDD.log writes local times" in n and "UTC+01:00" in n for n in a.notes)
    order = [Path(e.source).name for e in read_logs(run, rebias={str(run[0]): -60})]
    # the two logs of one run interleave, as they were written
    assert order == ["smsts.log", "BDD.log"] * 3 + ["smsts.log"]
    bdd = next(m for m in a.known_errors if m.error.id == "KE-MDT-SCRIPT-FAILED")
    assert bdd.time is not None and bdd.time.utcoffset() is not None
    assert bdd.time.utcoffset().total_seconds() == 3600  # type: ignore[union-attr]


def test_bdd_log_alone_says_its_times_are_local(capsys: pytest.CaptureFixture[str]) -> None:
    a = analyze_logs([KINDS / "BDD.log"])
    assert a.first_time is not None and a.first_time.tzinfo is None
    main(["log", "analyze", str(KINDS / "BDD.log")])
    assert "its times are the machine's local time" in capsys.readouterr().out


def test_codes_real_logs_carry_are_explained_with_their_source() -> None:
    for code, name in [
        ("0x80190194", "BG_E_HTTP_ERROR_404"),
        ("0x8004100E", "WBEM_E_INVALID_NAMESPACE"),
        ("0x87D00215", "Configuration Manager: item not found"),
        ("0x80072EE7", "HRESULT_FROM_WIN32(ERROR_WINHTTP_NAME_NOT_RESOLVED)"),
    ]:
        e = explain_code(code)
        assert e.name == name and e.message and "https://" in e.source
    unknown = explain_code("0x87D0FFFF")
    assert not unknown.known
    assert "unknown" in unknown.describe() and "certutil -error" in unknown.describe()


def test_a_group_failure_never_looks_back_over_the_instructions() -> None:
    """The timeline stays linear: no handler walks the earlier instructions again."""

    class NoLookBack(list):  # type: ignore[type-arg]
        def __iter__(self):  # type: ignore[no-untyped-def]
            raise AssertionError("the instructions were walked again")

        def __reversed__(self):  # type: ignore[no-untyped-def]
            raise AssertionError("the instructions were walked again")

    tl = TimelineBuilder()
    tl.instructions = NoLookBack()
    n = 0

    def feed(message: str, type_: str = "1") -> None:
        nonlocal n
        n += 1
        fields = (message, "09:00:00.000+000", "03-14-2010", "TSManager", "", type_, "1", "")
        tl.feed(LogEntry("smsts.log", n, fields))

    for g in range(50):
        feed(
            f"Start executing an instruction. Instruction name: G{g}. Instruction pointer: {2 * g}"
        )
        feed(f"The group (G{g}) has been successfully started")
        feed(
            f"Start executing an instruction. Instruction name: S{g}. Instruction pointer: {2 * g + 1}"
        )
        feed(f"Failed to run the action: S{g}.", "3")
        feed("continue on error is set")
        feed(f"The execution of the group (G{g}) has failed and the execution has been aborted")
    assert list.__len__(tl.instructions) == 100
    assert all(list.__getitem__(tl.instructions, 2 * g).result == "group-failed" for g in range(50))


def test_quoted_log_lines_never_carry_a_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A password on a logged command line is masked wherever a line is quoted."""
    path = log(
        tmp_path,
        (
            "Start executing an instruction. Instruction name: Connect to Network Folder. Instruction pointer: 7",
            "09:15:03.000-60",
            "03-14-2010",
            1,
        ),
        (
            "Command line net use \\\\LOGSRV\\Logs Hunter2Pass /user:CORP\\svc-logs failed with error code 1326",
            "09:15:04.000-60",
            "03-14-2010",
            3,
        ),
        (
            "Failed to run the action: Connect to Network Folder.\nnet use \\\\LOGSRV\\Logs Hunter2Pass /user:CORP\\svc-logs (Error: 8007052E; Source: Windows)",
            "09:15:05.000-60",
            "03-14-2010",
            3,
        ),
    )
    for fmt in ("text", "json"):
        assert main(["log", "analyze", str(path), "--format", fmt]) == 1
        out = capsys.readouterr().out
        assert "KE-LOGCOPY-CONNECT" in out
        assert "Hunter2Pass" not in out and "(hidden)" in out
    ccm = tmp_path / "ccmsetup.log"
    ccm.write_text(
        LINE.format(
            msg="CcmSetup failed with error code 0x80190194; command line /source:x /password:Hunter2Pass",
            time="09:00:00.000-60",
            date="03-14-2010",
            type=1,
        ).replace('component="TSManager"', 'component="ccmsetup"')
    )
    main(["log", "analyze", str(ccm), "--format", "json"])
    assert "Hunter2Pass" not in capsys.readouterr().out
