"""What the timeline draws from an analysed smsts.log: bars per step, the failure, restarts."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from cmplanner.diagrams.shapes import Diagram, Role, Shape
from cmplanner.diagrams.timeline import TimeAxis, duration_text, layout_timeline
from cmplanner.logs.analysis import Analysis, analyze_logs
from cmplanner.logs.timeline import EngineFailure, ExecutedInstruction

pytestmark = pytest.mark.core

LOG = "reboot-then-failure_smsts.log"


@pytest.fixture
def diagram(data_dir: Path) -> Diagram:
    return layout_timeline(analyze_logs([data_dir / "diagrams" / LOG]))


def bar(diagram: Diagram, number: int) -> Shape:
    (found,) = [s for s in diagram.shapes if s.key.startswith(f"bar:{number}:")]
    return found


def analysis_of(
    items: list[ExecutedInstruction],
    failure: EngineFailure | None = None,
    engine: str = "completed",
) -> Analysis:
    return Analysis(["smsts.log"], 10, 0, 0, [], items, failure, None, {}, [], None, engine)


def test_one_bar_per_executed_step_in_time_order(diagram: Diagram) -> None:
    bars = [s for s in diagram.shapes if s.key.startswith("bar:") and s.role is not Role.AXIS]
    assert [int(s.key.split(":")[1]) for s in bars] == [1, 2, 3, 4, 5, 8, 9, 10]
    xs = [s.x for s in bars]
    assert xs == sorted(xs)
    # nine minutes of image apply is the longest bar
    assert max(bars, key=lambda s: s.w) is bar(diagram, 2)


def test_results_are_told_by_role_border_and_mark(diagram: Diagram) -> None:
    assert bar(diagram, 8).role is Role.BAR_OK and bar(diagram, 8).severity == ""
    assert bar(diagram, 9).role is Role.BAR_IGNORED and bar(diagram, 9).severity == "warning"
    failed = bar(diagram, 10)
    assert failed.role is Role.BAR_FAILED and failed.severity == "error"
    assert "0x80070002" in failed.tooltip and "cannot find the file" in failed.tooltip
    (mark,) = [s for s in diagram.shapes if s.key.startswith("mark:step:10:")]
    assert mark.role is Role.MARK_ERROR
    assert diagram.find("failed-row:10")
    summary = diagram.find("summary")[0]
    assert "FAILED at step 10 'Install Line of Business App'" in summary.text


def test_the_restart_is_a_gap_between_winpe_and_full_os(diagram: Diagram) -> None:
    (gap,) = [s for s in diagram.with_role(Role.GAP)]
    assert "7 min" in gap.tooltip and "restart: WinPE \u2192 Full OS" in gap.tooltip
    assert bar(diagram, 5).right <= gap.x < gap.right <= bar(diagram, 8).x
    assert gap.w < 100  # seven silent minutes are cut short, not drawn to scale
    assert diagram.with_role(Role.PHASE_WINPE) and diagram.with_role(Role.PHASE_FULL_OS)
    (change,) = [s for s in diagram.shapes if s.key.startswith("phase-change:")]
    assert change.tooltip == "WinPE \u2192 Full OS"


def test_bars_know_their_log_lines(diagram: Diagram) -> None:
    data = bar(diagram, 10).data
    assert str(data["source"]).endswith(LOG)
    assert isinstance(data["line"], int) and data["line"] > 30
    assert bar(diagram, 8).data["end_line"] >= bar(diagram, 8).data["line"]


def test_steps_in_a_group_are_indented(diagram: Diagram) -> None:
    group = next(s for s in diagram.shapes if s.key.startswith("label:7:"))
    step = next(s for s in diagram.shapes if s.key.startswith("label:8:"))
    assert step.x > group.x


def test_skipped_steps_get_no_bar_and_no_times_still_show_order() -> None:
    items = [
        ExecutedInstruction(0, "Gather", None, kind="step", result="success", exit_code=0),
        ExecutedInstruction(1, "BitLocker", None, kind="step", result="skipped"),
        ExecutedInstruction(2, "Apply OS", None, kind="step", result="running"),
    ]
    diagram = layout_timeline(analysis_of(items, engine="unfinished"))
    assert {s.key.split(":")[1] for s in diagram.shapes if s.key.startswith("bar:")} == {"0", "2"}
    assert bar(diagram, 2).role is Role.BAR_UNKNOWN
    assert bar(diagram, 0).x < bar(diagram, 2).x
    assert "1 skipped" in diagram.find("summary")[0].text


def test_a_failure_before_the_first_step_is_said_at_the_top() -> None:
    failure = EngineFailure(
        "before-engine", "No cert available for policy decoding", "smsts.log", 12, None, "WinPE"
    )
    diagram = layout_timeline(analysis_of([], failure, engine="failed"))
    summary = diagram.find("summary")[0]
    assert "FAILED before any step: No cert available" in summary.text
    assert summary.severity == "error" and diagram.find("empty")


def test_time_axis_cuts_long_silences_only() -> None:
    axis = TimeAxis([(0, 100), (110, 200), (2000, 2100)], 0, 800)
    (gap,) = axis.gaps
    assert (gap.start, gap.end) == (200, 2000)
    assert axis.x(0) == 0 and axis.x(2100) == pytest.approx(800)
    assert axis.x(150) < axis.x(200) <= axis.x(1000) <= axis.x(2000) < axis.x(2050)


def test_aware_and_naive_times_mix_without_error() -> None:
    start = datetime(2010, 5, 4, 10, 0)
    aware = (start + timedelta(seconds=30)).astimezone()
    items = [
        ExecutedInstruction(0, "A", start, start + timedelta(seconds=5), 0, "success", "step"),
        ExecutedInstruction(1, "B", aware, None, 0, "success", "step"),
    ]
    layout_timeline(analysis_of(items))


@pytest.mark.parametrize(
    ("seconds", "text"), [(0, "0 s"), (59.6, "1 min"), (426, "7 min 6 s"), (7260, "2 h 1 min")]
)
def test_durations_read_like_a_person_says_them(seconds: float, text: str) -> None:
    assert duration_text(seconds) == text


def test_a_failed_run_shows_when_and_the_fix_under_the_headline() -> None:
    logs = Path(__file__).resolve().parents[1] / "data" / "logs"
    d = layout_timeline(analyze_logs([logs / "smsts.log", logs / "smsts-20100314-091503.log"]))
    summary = d.find("summary")[0]
    assert "FAILED at step 2 'Request State Store' at 09:15:18" in summary.text
    (fix,) = d.find("fix")
    assert fix.text.startswith("Fix: Disable or remove Request State Store")
    assert "the checklist 'USMT 4.0 hard-link migration store'" in fix.tooltip
    assert "usmt-hardlink-setup" not in fix.tooltip  # a person reads titles, not pack ids
    assert fix.y > summary.y


def test_a_failure_before_the_first_step_is_placed_on_the_time_axis() -> None:
    logs = Path(__file__).resolve().parents[1] / "data" / "logs"
    a = analyze_logs([logs / "pxe-cert-failure_smsts.log"])
    d = layout_timeline(a)
    (line,) = d.find("failure:before-engine")
    assert line.severity == "error" and "No cert available" in line.tooltip
    assert line.data["line"] == a.failure.line  # type: ignore[union-attr]
    ticks = [s for s in d.shapes if s.key == "tick"]
    assert ticks and min(t.x for t in ticks) <= line.x <= max(t.x for t in ticks) + 200
    assert d.find("fix")[0].text.startswith("Fix: Re-import the PXE certificate")
