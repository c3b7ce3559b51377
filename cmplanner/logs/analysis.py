"""``analyze_logs``: one pass over the logs gives the timeline, the first failure, the known
errors it matches, the variables revealed and, with a plan, the planned step and its fix.

The CLI and the app's log view call this same function; the result is plain dataclasses so a
timeline picture or a JSON export can be drawn from it without knowing the parser.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cmplanner.logs.codes import explain_code
from cmplanner.logs.correlate import PlanCorrelation, correlate
from cmplanner.logs.entry import LogEntry, ParseIssue
from cmplanner.logs.knowledge import KnowledgeBase, KnownError, load_knowledge_base
from cmplanner.logs.merge import read_logs
from cmplanner.logs.timeline import EngineFailure, ExecutedInstruction, TimelineBuilder

if TYPE_CHECKING:
    from cmplanner.model.plan import Plan


@dataclass
class KnownErrorMatch:
    """A knowledge-base entry recognised in the log: where first, how often, and whether it
    applies to the plan's site version (None when no plan was given)."""

    error: KnownError
    source: str
    line: int
    message: str
    time: datetime | None
    instruction: str | None
    count: int = 1
    applies: bool | None = None

    def to_dict(self) -> dict[str, Any]:
        e = self.error
        return {
            "id": e.id,
            "title": e.title,
            "severity": e.severity,
            "cause": e.cause,
            "fix": e.fix,
            "checklist": e.checklist,
            "related": list(e.related),
            "section": e.section,
            "source": e.source,
            "confidence": e.confidence,
            "versions": list(e.versions),
            "log": {
                "source": self.source,
                "line": self.line,
                "message": self.message,
                "time": self.time.isoformat() if self.time else None,
                "instruction": self.instruction,
                "count": self.count,
            },
            "applies": self.applies,
        }


@dataclass
class Analysis:
    """Everything ``analyze_logs`` learnt; ``failed`` says whether the CLI exits 1."""

    sources: list[str]
    entries: int
    errors: int
    warnings: int
    issues: list[ParseIssue]
    instructions: list[ExecutedInstruction]
    failure: EngineFailure | None
    last_action: ExecutedInstruction | None
    variables: dict[str, str]
    known_errors: list[KnownErrorMatch]
    correlation: PlanCorrelation | None
    engine_result: str
    phases: list[tuple[str, datetime | None]] = field(default_factory=list)
    first_time: datetime | None = None
    last_time: datetime | None = None
    formats: list[str] = field(default_factory=list)
    cancelled: bool = False

    @property
    def failed(self) -> bool:
        return self.failure is not None or any(
            m.error.severity == "error" for m in self.known_errors
        )

    @property
    def first_failing(self) -> ExecutedInstruction | None:
        return self.failure.instruction if self.failure else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "sources": self.sources,
            "formats": self.formats,
            "entries": self.entries,
            "errors": self.errors,
            "warnings": self.warnings,
            "failed": self.failed,
            "engine_result": self.engine_result,
            "first_time": self.first_time.isoformat() if self.first_time else None,
            "last_time": self.last_time.isoformat() if self.last_time else None,
            "phases": [{"phase": p, "from": t.isoformat() if t else None} for p, t in self.phases],
            "instructions": [i.to_dict() for i in self.instructions],
            "failure": self.failure.to_dict() if self.failure else None,
            "last_action": self.last_action.to_dict() if self.last_action else None,
            "variables": self.variables,
            "known_errors": [m.to_dict() for m in self.known_errors],
            "correlation": self.correlation.to_dict() if self.correlation else None,
            "unreadable": [
                {
                    "source": i.source,
                    "first_line": i.first_line,
                    "last_line": i.last_line,
                    "kind": i.kind,
                    "problem": i.problem,
                    "excerpt": i.excerpt,
                }
                for i in self.issues
            ],
        }


class Analyzer:
    """Feed entries one by one (the GUI keeps them for its table), then ``result()``."""

    def __init__(self, plan: Plan | None = None, kb: KnowledgeBase | None = None) -> None:
        self.plan = plan
        self.kb = kb or load_knowledge_base()
        self.timeline = TimelineBuilder()
        self.matches: dict[str, KnownErrorMatch] = {}
        self.entries = self.errors = self.warnings = 0
        self.first_time: datetime | None = None
        self._last_timed: LogEntry | None = None

    def feed(self, entry: LogEntry) -> None:
        self.entries += 1
        severity = entry.severity
        if severity == 3:
            self.errors += 1
        elif severity == 2:
            self.warnings += 1
        if self.first_time is None:
            self.first_time = entry.timestamp
        if entry.time_text:
            self._last_timed = entry
        self.timeline.feed(entry)
        message = entry.message
        current = self.timeline.current
        name = current.name if current else None
        for known in self.kb.match_line(message, name, severity):
            self._record(known, entry, name)

    def _record(self, known: KnownError, entry: LogEntry, instruction: str | None) -> None:
        found = self.matches.get(known.id)
        if found is not None:
            found.count += 1
            return
        self.matches[known.id] = KnownErrorMatch(
            known, entry.source, entry.line, entry.message.strip(), entry.timestamp, instruction
        )

    def result(
        self,
        sources: Sequence[str],
        issues: list[ParseIssue],
        formats: Iterable[str] = (),
        cancelled: bool = False,
    ) -> Analysis:
        tl = self.timeline
        tl.finish()
        last_time = self._last_timed.timestamp if self._last_timed is not None else None
        failure = tl.failure
        failing = failure.instruction if failure else None
        if failing is not None:
            assert failure is not None
            for known in self.kb.match_failed_step(failing.name):
                if known.id not in self.matches:
                    self.matches[known.id] = KnownErrorMatch(
                        known,
                        failure.source,
                        failure.line,
                        failure.message.strip(),
                        failure.time,
                        failing.name,
                    )
        matches = list(self.matches.values())
        if self.plan is not None:
            site = self.plan.site
            version = getattr(site, "version", None)
            pack = getattr(getattr(version, "service_pack", None), "value", None)
            for m in matches:
                m.applies = (not m.error.versions) or pack is None or pack in m.error.versions
        # errors first, documented before inferred, then by where they appeared
        matches.sort(
            key=lambda m: (m.error.severity != "error", m.error.confidence != "documented", m.line)
        )
        last_action = None
        if failing is not None:
            before = tl.instructions[: tl.instructions.index(failing)]
            for item in reversed(before):
                if item.result in ("success", "failed", "failed-continued"):
                    last_action = item
                    break
        elif tl.instructions:
            done = [
                i for i in tl.instructions if i.result in ("success", "failed", "failed-continued")
            ]
            last_action = done[-1] if done else None
        correlation = None
        if self.plan is not None and failing is not None:
            at_step = [m.error for m in matches if m.instruction == failing.name]
            correlation = correlate(self.plan, tl.instructions, failing, at_step)
        return Analysis(
            list(sources),
            self.entries,
            self.errors,
            self.warnings,
            issues,
            tl.instructions,
            failure,
            last_action,
            dict(tl.variables),
            matches,
            correlation,
            tl.engine_result,
            list(tl.phases),
            self.first_time,
            last_time,
            sorted(formats),
            cancelled,
        )


def analyze_logs(
    paths: Sequence[str | Path],
    plan: Plan | None = None,
    kb: KnowledgeBase | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Analysis:
    """Read the logs (merged in time order) and analyse them in one streaming pass."""
    logs = read_logs(paths, progress, cancelled)
    analyzer = Analyzer(plan, kb)
    for entry in logs:
        analyzer.feed(entry)
    return analyzer.result([str(p) for p in paths], logs.issues, logs.formats, logs.was_cancelled)


__all__ = ["Analysis", "Analyzer", "KnownErrorMatch", "analyze_logs", "explain_code"]
