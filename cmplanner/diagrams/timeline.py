"""Task-sequence timeline from an analysed smsts.log: one bar per executed step on a time axis.

Bars are coloured by result and patterned as well (failed: cross-hatched, thick dashed border,
'!'; continued on error: hatched, dotted border). Groups are brackets. Phases (WinPE, full OS)
are background bands, and long silences (a restart) are cut out of the axis and drawn as a
hatched gap with their real length, so a ten-minute reboot does not squeeze every step flat.
Each bar's data names its log file and lines, so a click can open them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from pathlib import PurePath
from typing import TYPE_CHECKING

from cmplanner.diagrams.parts import MARGIN, add_mark, add_title, legend_entry
from cmplanner.diagrams.shapes import Diagram, Kind, Role, Shape, fit, text_width

if TYPE_CHECKING:
    from cmplanner.logs.analysis import Analysis
    from cmplanner.logs.timeline import ExecutedInstruction

LABEL_W = 330.0
PLOT_W = 760.0
ROW_H = 22.0
BAR_H = 14.0
GAP_W = 84.0
MIN_BAR = 3.0
TICKS = (1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400)
PHASE_NAMES = {"WinPE": "WinPE", "FullOS": "Full OS", "unknown": "phase unknown"}
_RESTART = re.compile(r"restart|reboot", re.IGNORECASE)

BAR_ROLES = {
    "success": Role.BAR_OK,
    "failed": Role.BAR_FAILED,
    "failed-continued": Role.BAR_IGNORED,
}
RESULT_TEXT = {
    "success": "success",
    "failed": "FAILED",
    "failed-continued": "failed, continued on error",
    "running": "did not finish",
}


def _seconds(when: datetime | None, origin: datetime) -> float | None:
    if when is None:
        return None
    try:
        return (when - origin).total_seconds()
    except TypeError:  # one aware and one naive time: compare the wall clocks
        return (when.replace(tzinfo=None) - origin.replace(tzinfo=None)).total_seconds()


def duration_text(seconds: float) -> str:
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, rest = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {rest} s" if rest else f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min"


def _code(code: int | None) -> str:
    if code is None:
        return ""
    return f"0x{code & 0xFFFFFFFF:08X}" if code > 0xFFFF or code < 0 else str(code)


@dataclass
class _Segment:
    """A stretch of the axis: seconds [start, end] drawn from x, at ``scale`` px per second
    (a cut-out gap has a fixed width instead)."""

    start: float
    end: float
    x: float
    scale: float
    gap: bool = False


class TimeAxis:
    """Seconds since the first entry -> x, with long silences cut to a fixed width."""

    def __init__(self, spans: list[tuple[float, float]], x0: float, width: float) -> None:
        spans = sorted(spans)
        total = max((e for _, e in spans), default=0.0) - min((s for s, _ in spans), default=0.0)
        threshold = max(60.0, 0.08 * total)
        pieces: list[tuple[float, float, bool]] = []
        start = spans[0][0] if spans else 0.0
        reach = start
        for s, e in spans:
            if s - reach > threshold:
                pieces.append((start, reach, False))
                pieces.append((reach, s, True))
                start = s
            reach = max(reach, e)
        pieces.append((start, reach, False))
        gaps = sum(1 for p in pieces if p[2])
        active = sum(e - s for s, e, g in pieces if not g) or 1.0
        scale = max(width - gaps * GAP_W, width * 0.3) / active
        self.segments: list[_Segment] = []
        x = x0
        for s, e, gap in pieces:
            seg = _Segment(s, e, x, 0.0 if gap else scale, gap)
            self.segments.append(seg)
            x += GAP_W if gap else (e - s) * scale
        self.x_end = x

    def x(self, seconds: float) -> float:
        for seg in self.segments:
            if seconds <= seg.end:
                if seg.gap:
                    share = (seconds - seg.start) / ((seg.end - seg.start) or 1.0)
                    return seg.x + max(0.0, min(1.0, share)) * GAP_W
                return seg.x + max(0.0, seconds - seg.start) * seg.scale
        return self.x_end

    @property
    def gaps(self) -> list[_Segment]:
        return [s for s in self.segments if s.gap]


def layout_timeline(analysis: Analysis, title: str | None = None) -> Diagram:
    """The timeline picture of an analysed log."""
    names = ", ".join(PurePath(s).name for s in analysis.sources) or "log"
    diagram = Diagram("timeline", title or f"Task sequence timeline: {names}")
    add_title(diagram)
    shown = [i for i in analysis.instructions if i.kind != "group-end" and i.result != "skipped"]
    failure = analysis.failure
    failing = failure.instruction if failure else None
    skipped = sum(1 for i in analysis.instructions if i.result == "skipped")
    steps = [i for i in shown if i.kind != "group"]
    glance = f"{len(steps)} steps ran, {skipped} skipped; engine {analysis.engine_result}"
    when = f" at {_clock(failure.time)}" if failure is not None and failure.time else ""
    if failing is not None:
        glance += f"; FAILED at step {failing.number} '{failing.name}'{when}" + (
            f" (exit {_code(failing.exit_code)})" if failing.exit_code else ""
        )
    elif failure is not None:
        first_line = (failure.message.splitlines() or [""])[0]
        glance += f"; FAILED before any step{when}: {first_line}"
    diagram.add(
        Shape(
            Kind.TEXT,
            Role.TEXT,
            MARGIN,
            MARGIN + 28,
            text_width(glance, 12.5, True),
            17,
            text=glance,
            size=12.5,
            bold=failure is not None,
            key="summary",
            severity="error" if failure else "",
        )
    )
    y = MARGIN + 56
    fix = fix_line(analysis) if failure is not None else ""
    if fix:
        diagram.add(
            Shape(
                Kind.TEXT,
                Role.TEXT,
                MARGIN,
                MARGIN + 48,
                min(text_width(fix, 11.5), LABEL_W + PLOT_W),
                16,
                text=fit(fix, LABEL_W + PLOT_W, 11.5),
                size=11.5,
                key="fix",
                tooltip=fix,
            )
        )
        y += 20
    y = _legend(diagram, y)
    if not shown:
        diagram.add(
            Shape(
                Kind.TEXT,
                Role.MUTED,
                MARGIN,
                y + 10,
                600,
                18,
                size=12,
                text="The log shows no task-sequence step that ran.",
                key="empty",
            )
        )
        if failure is not None and failure.time is not None:
            _early_failure(diagram, analysis, y + 40)
        diagram.fit_bounds()
        return diagram

    stamps = [t for i in analysis.instructions for t in (i.start, i.end) if t is not None]
    origin = min(stamps, key=lambda t: t.replace(tzinfo=None)) if stamps else None
    times = _times(shown, origin, analysis)
    plot_x = MARGIN + LABEL_W
    # Groups span their steps and any restart between them: only steps decide the gaps.
    step_spans = [span for item, span in zip(shown, times, strict=True) if item.kind != "group"]
    axis = TimeAxis(step_spans or times, plot_x, PLOT_W)
    top = y + 52
    bottom = top + ROW_H * len(shown) + 6
    _phases(diagram, shown, times, axis, top, bottom)
    _gaps(diagram, axis, shown, times, top, bottom)
    _axis(diagram, axis, origin, top)
    _rows(diagram, analysis, shown, times, axis, top, failing)
    diagram.fit_bounds()
    return diagram


def fix_line(analysis: Analysis) -> str:
    """What fixes the failure, in one line, as the report chooses it (``failure_fix``)."""
    from cmplanner.logs.report import failure_fix

    chosen = failure_fix(analysis)
    if chosen is None or not chosen.fix:
        return ""
    return f"Fix: {chosen.fix}" + (f" (see {chosen.where})" if chosen.where else "")


def _early_failure(diagram: Diagram, analysis: Analysis, top: float) -> None:
    """A failure before the first step, placed on the log's own time axis."""
    failure = analysis.failure
    first, last = analysis.first_time, analysis.last_time
    if failure is None or failure.time is None or first is None or last is None:
        return
    end = _seconds(last, first) or 0.0
    at = _seconds(failure.time, first) or 0.0
    plot_x = MARGIN + LABEL_W
    axis = TimeAxis([(0.0, max(end, at, 1.0))], plot_x, PLOT_W)
    _axis(diagram, axis, first, top + 30)
    x = axis.x(at)
    where = f"{PurePath(failure.source).name}:{failure.line}"
    tip = f"FAILED before the first step at {_clock(failure.time)}\n{failure.message}\nlog: {where}"
    data = {"source": failure.source, "line": failure.line, "end_line": failure.line}
    diagram.add(
        Shape(
            Kind.TEXT,
            Role.TEXT,
            MARGIN + 18,
            top + 32,
            LABEL_W - 30,
            16,
            size=11.5,
            bold=True,
            text="failed before the first step",
            severity="error",
            key="label:before-engine",
            tooltip=tip,
            data=data,
        )
    )
    diagram.add(
        Shape(
            Kind.LINE,
            Role.AXIS,
            x,
            top + 22,
            0,
            0,
            key="failure:before-engine",
            tooltip=tip,
            severity="error",
            data=data,
            points=((x, top + 22), (x, top + 52)),
        )
    )
    mark = add_mark(diagram, "error", x + 6, top + 30, tip, "before-engine")
    if mark is not None:
        mark.w = mark.h = 16


def _times(
    shown: list[ExecutedInstruction], origin: datetime | None, analysis: Analysis
) -> list[tuple[float, float]]:
    """(start, end) seconds per shown instruction; a log without times counts one second per
    instruction so the order still shows."""
    if origin is None:
        return [(float(n), float(n) + 1.0) for n in range(len(shown))]
    out: list[tuple[float, float]] = []
    last = 0.0
    ends = _group_ends(analysis)
    for item in shown:
        start = _seconds(item.start, origin)
        start = last if start is None else start
        end = _seconds(ends.get(id(item), item.end), origin)
        end = start if end is None else max(end, start)
        out.append((start, end))
        last = end
    return out


def _group_ends(analysis: Analysis) -> dict[int, datetime | None]:
    """When each group ends: its 'completed' instruction, else its last step's end."""
    ends: dict[int, datetime | None] = {}
    open_groups: list[ExecutedInstruction] = []
    last: datetime | None = None
    for item in analysis.instructions:
        when = item.end or item.start
        if item.kind == "group-end":
            for k in range(len(open_groups) - 1, -1, -1):
                if open_groups[k].name == item.name:
                    ends[id(open_groups[k])] = when
                    del open_groups[k:]
                    break
        elif item.kind == "group" and item.result != "skipped":
            open_groups.append(item)
        if when is not None:
            last = when
    for group in open_groups:
        ends[id(group)] = last
    return ends


def _legend(diagram: Diagram, y: float) -> float:
    x = MARGIN
    x = legend_entry(diagram, Kind.RECT, Role.BAR_OK, x, y, "success")
    x = legend_entry(diagram, Kind.RECT, Role.BAR_FAILED, x, y, "failed", severity="error")
    x = legend_entry(
        diagram, Kind.RECT, Role.BAR_IGNORED, x, y, "failed, continued on error", severity="warning"
    )
    x = legend_entry(diagram, Kind.RECT, Role.BAR_UNKNOWN, x, y, "did not finish")
    x = legend_entry(diagram, Kind.RECT, Role.GAP, x, y, "no log entries (restart), cut short")
    x = legend_entry(diagram, Kind.RECT, Role.PHASE_WINPE, x, y, "WinPE")
    return y + 24


def _phases(
    diagram: Diagram,
    shown: list[ExecutedInstruction],
    times: list[tuple[float, float]],
    axis: TimeAxis,
    top: float,
    bottom: float,
) -> None:
    runs: list[tuple[str, float, float]] = []
    for item, (start, end) in zip(shown, times, strict=True):
        if runs and runs[-1][0] == item.phase:
            runs[-1] = (item.phase, runs[-1][1], end)
        else:
            runs.append((item.phase, start, end))
    for n, (phase, start, end) in enumerate(runs):
        x1 = axis.x(start)
        x2 = axis.x(runs[n + 1][1]) if n + 1 < len(runs) else max(axis.x(end), x1 + 40)
        role = Role.PHASE_WINPE if phase == "WinPE" else Role.PHASE_FULL_OS
        label = PHASE_NAMES.get(phase, phase)
        diagram.add(
            Shape(
                Kind.RECT,
                role,
                x1,
                top - 46,
                x2 - x1,
                bottom - top + 46,
                key=f"phase:{n}:{phase}",
                tooltip=f"{label} phase",
            )
        )
        diagram.add(
            Shape(
                Kind.TEXT,
                Role.TEXT,
                x1 + 4,
                top - 45,
                max(x2 - x1 - 6, 30),
                14,
                text=label,
                size=11.5,
                bold=True,
            )
        )
        if n > 0:
            before = PHASE_NAMES.get(runs[n - 1][0], runs[n - 1][0])
            diagram.add(
                Shape(
                    Kind.LINE,
                    Role.AXIS,
                    x1,
                    top - 46,
                    0,
                    0,
                    key=f"phase-change:{n}",
                    tooltip=f"{before} \u2192 {label}",
                    points=((x1, top - 46), (x1, bottom)),
                )
            )


def _gaps(
    diagram: Diagram,
    axis: TimeAxis,
    shown: list[ExecutedInstruction],
    times: list[tuple[float, float]],
    top: float,
    bottom: float,
) -> None:
    for n, seg in enumerate(axis.gaps):
        before = [i for i, (_, e) in zip(shown, times, strict=True) if e <= seg.start]
        after = [i for i, (s, _) in zip(shown, times, strict=True) if s >= seg.end]
        reason = "no log entries"
        if before and after and before[-1].phase != after[0].phase:
            reason = (
                f"restart: {PHASE_NAMES.get(before[-1].phase, before[-1].phase)} \u2192 "
                f"{PHASE_NAMES.get(after[0].phase, after[0].phase)}"
            )
        elif before and _RESTART.search(before[-1].name):
            reason = "restart"
        length = duration_text(seg.end - seg.start)
        diagram.add(
            Shape(
                Kind.RECT,
                Role.GAP,
                seg.x + 6,
                top - 8,
                GAP_W - 12,
                bottom - top + 8,
                key=f"gap:{n}",
                tooltip=f"{length} without log entries ({reason}); cut short here",
            )
        )
        diagram.add(
            Shape(
                Kind.TEXT,
                Role.TEXT,
                seg.x + 2,
                bottom + 4,
                GAP_W - 4,
                14,
                text=length,
                size=10.5,
                bold=True,
                align="center",
            )
        )
        diagram.add(
            Shape(
                Kind.TEXT,
                Role.MUTED,
                seg.x + 2,
                bottom + 18,
                GAP_W - 4,
                14,
                text="restart" if "restart" in reason else "silence",
                size=10,
                align="center",
            )
        )


def _axis(diagram: Diagram, axis: TimeAxis, origin: datetime | None, top: float) -> None:
    y = top - 8
    for seg in axis.segments:
        if seg.gap:
            continue
        x1, x2 = seg.x, seg.x + (seg.end - seg.start) * seg.scale
        diagram.add(Shape(Kind.LINE, Role.AXIS, x1, y, 0, 0, points=((x1, y), (x2, y))))
        if origin is None:
            continue
        step = next((t for t in TICKS if t * seg.scale >= 80), TICKS[-1])
        base = origin.timestamp()
        # Ticks on round wall-clock times (10:05:00), not on round offsets from the start.
        tick = -(-(base + seg.start) // step) * step - base
        while tick <= seg.end:
            x = axis.x(tick)
            when = origin.timestamp() + tick
            label = datetime.fromtimestamp(when, origin.tzinfo).strftime("%H:%M:%S")
            diagram.add(
                Shape(Kind.LINE, Role.GRID, x, y, 0, 0, key="tick", points=((x, y - 4), (x, y + 4)))
            )
            diagram.add(
                Shape(
                    Kind.TEXT,
                    Role.MUTED,
                    x - 30,
                    y - 18,
                    60,
                    13,
                    text=label,
                    size=10,
                    align="center",
                )
            )
            tick += step


def _rows(
    diagram: Diagram,
    analysis: Analysis,
    shown: list[ExecutedInstruction],
    times: list[tuple[float, float]],
    axis: TimeAxis,
    top: float,
    failing: ExecutedInstruction | None,
) -> None:
    next_line = _next_lines(analysis)
    depths = _depths(analysis)
    for row, (item, (start, end)) in enumerate(zip(shown, times, strict=True)):
        y = top + row * ROW_H
        depth = depths.get(id(item), 0)
        is_group = item.kind == "group"
        result = item.result
        severity = (
            "error"
            if item is failing or result in ("failed", "group-failed")
            else "warning"
            if result == "failed-continued"
            else ""
        )
        where = f"{PurePath(item.source).name}:{item.line}" if item.source else ""
        duration = duration_text(end - start)
        lines = [
            f"step {item.number}: {item.name}"
            if not is_group
            else f"group {item.number}: {item.name}",
            f"result: {RESULT_TEXT.get(result, result.replace('-', ' '))}"
            + (f", exit {_code(item.exit_code)}" if item.exit_code is not None else ""),
            f"{_clock(item.start)} \u2013 {_clock(item.end)} ({duration}), "
            f"phase {PHASE_NAMES.get(item.phase, item.phase)}",
        ]
        if item.error:
            lines.append(item.error.strip())
        if where:
            lines.append(f"log: {where} (click to open)")
        tip = "\n".join(lines)
        data = {
            "source": item.source,
            "line": item.line,
            "end_line": next_line.get(id(item), item.line),
            "number": item.number,
        }
        if item is failing:
            diagram.add(
                Shape(
                    Kind.RECT,
                    Role.ERROR_BAND,
                    MARGIN - 4,
                    y - 2,
                    axis.x_end - MARGIN + 130,
                    ROW_H,
                    key=f"failed-row:{item.number}",
                    tooltip=tip,
                    severity="error",
                    data=data,
                )
            )
        indent = 14.0 * depth
        label = f"{item.number:>3}  {item.name}"
        diagram.add(
            Shape(
                Kind.TEXT,
                Role.TEXT,
                MARGIN + 18 + indent,
                y + 2,
                LABEL_W - 30 - indent,
                16,
                size=11.5,
                bold=is_group or bool(severity),
                text=fit(label, LABEL_W - 30 - indent, 11.5),
                tooltip=tip,
                severity=severity,
                key=f"label:{item.number}:{row}",
                data=data,
            )
        )
        if severity:
            mark = add_mark(diagram, severity, MARGIN + 16, y + 6, tip, f"step:{item.number}:{row}")
            if mark is not None:
                mark.w = mark.h = 16
        x1 = axis.x(start)
        x2 = max(axis.x(end), x1 + MIN_BAR)
        key = f"bar:{item.number}:{row}"
        if is_group:
            mid = y + ROW_H / 2
            diagram.add(
                Shape(
                    Kind.LINE,
                    Role.AXIS,
                    x1,
                    mid,
                    0,
                    0,
                    key=key,
                    tooltip=tip,
                    severity=severity,
                    data=data,
                    points=((x1, mid + 5), (x1, mid), (x2, mid), (x2, mid + 5)),
                )
            )
            continue
        role = BAR_ROLES.get(result, Role.BAR_UNKNOWN)
        diagram.add(
            Shape(
                Kind.RECT,
                role,
                x1,
                y + (ROW_H - BAR_H) / 2,
                x2 - x1,
                BAR_H,
                key=key,
                tooltip=tip,
                severity=severity,
                data=data,
            )
        )
        note = duration
        if severity:
            note += f" \u00b7 {RESULT_TEXT.get(result, result)}"
            if item.exit_code:
                note += f" {_code(item.exit_code)}"
        diagram.add(
            Shape(
                Kind.TEXT,
                Role.TEXT if severity else Role.MUTED,
                x2 + 6,
                y + 3,
                text_width(note, 10.5, True) + 8,
                14,
                text=note,
                size=10.5,
                bold=bool(severity),
                severity=severity,
            )
        )


def _depths(analysis: Analysis) -> dict[int, int]:
    """How deep each instruction sits in groups (a group's end closes it by name)."""
    depths: dict[int, int] = {}
    stack: list[str] = []
    for item in analysis.instructions:
        if item.kind == "group-end":
            if item.name in stack:
                del stack[len(stack) - 1 - stack[::-1].index(item.name) :]
            continue
        depths[id(item)] = len(stack)
        if item.kind == "group" and item.result != "skipped":
            stack.append(item.name)
    return depths


def _next_lines(analysis: Analysis) -> dict[int, int]:
    """The last log line of each instruction: the line before the next one starts."""
    out: dict[int, int] = {}
    items = analysis.instructions
    for a, b in pairwise(items):
        if a.source == b.source and b.line > a.line:
            out[id(a)] = b.line - 1
    return out


def _clock(when: datetime | None) -> str:
    return when.strftime("%H:%M:%S") if when else "?"
