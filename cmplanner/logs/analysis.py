"""``analyze_logs``: one pass over the logs gives the timeline, the first failure, the known
errors it matches, the variables revealed and, with a plan, the planned step and its fix.

The CLI and the app's log view call this same function; the result is plain dataclasses so a
timeline picture or a JSON export can be drawn from it without knowing the parser.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cmplanner.logs.codes import explain_code
from cmplanner.logs.correlate import PlanCorrelation, correlate
from cmplanner.logs.entry import LogEntry, ParseIssue
from cmplanner.logs.kinds import LogKind, Verdict, VerdictReader, generic_kind, kind_by_id
from cmplanner.logs.knowledge import KnowledgeBase, KnownError, load_knowledge_base, troubled
from cmplanner.logs.merge import MergedLogs, read_logs
from cmplanner.logs.reality import ContentLocationReader, PlanCheck
from cmplanner.logs.survey import survey_logs
from cmplanner.logs.timeline import (
    DONE_RESULTS,
    EngineFailure,
    ExecutedInstruction,
    TimelineBuilder,
)
from cmplanner.logs.timestamps import time_problem
from cmplanner.tasksequence.secrets import mask_secrets_in_text

MAX_TIME_PROBLEMS = 200
# A CMTrace time stamp that needs no closer look: in range, with a bias of at most 3 digits
# (the bias range itself is checked when the time is read).
_GOOD_TIME = re.compile(
    r"(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{1,7}(?:[+-](?:[0-6]?\d{1,2}|[78][0-4]\d))?"
)

if TYPE_CHECKING:
    from cmplanner.model.plan import Plan
    from cmplanner.rules.finding import Finding


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
class PxePlanLink:
    """A PXE certificate failure in the logs, tied to the plan's PXE service point."""

    server: str
    certificate_file: str
    finding: Finding | None  # PXE003 when the rules engine raises it for this plan
    wizard: str = "pxe-certificate"  # the app's wizard that fixes it

    def to_dict(self) -> dict[str, Any]:
        return {
            "server": self.server,
            "certificate_file": self.certificate_file,
            "finding": self.finding.to_dict() if self.finding else None,
            "wizard": self.wizard,
        }


def link_pxe_failure(plan: Plan, known: Sequence[KnownErrorMatch]) -> PxePlanLink | None:
    """The plan's PXE service point, its certificate file and finding PXE003, when the logs
    show the post-SP2 certificate failure."""
    if plan.pxe is None or not any(m.error.plan_link == "pxe-certificate" for m in known):
        return None
    from cmplanner.rules.engine import Validator

    found = [f for f in Validator(plan, ["PXE003"]).findings if f.rule == "PXE003"]
    cert = plan.pxe.certificate
    return PxePlanLink(plan.pxe.server, cert.file_name if cert else "", found[0] if found else None)


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
    kinds: dict[str, LogKind] = field(default_factory=dict)  # source -> kind
    verdicts: list[Verdict] = field(default_factory=list)  # one per kind other than smsts
    notes: list[str] = field(default_factory=list)  # how times were read, and the like
    plan_check: PlanCheck | None = None  # the client's content location against the plan
    pxe_plan: PxePlanLink | None = None  # a PXE failure tied to the plan's PXE point

    @property
    def failed(self) -> bool:
        return (
            self.failure is not None
            or any(v.failed for v in self.verdicts)
            or any(m.error.severity == "error" for m in self.known_errors)
        )

    @property
    def task_sequence(self) -> bool:
        """Whether a task-sequence log was read (the timeline and its words apply)."""
        return not self.kinds or any(k.task_sequence for k in self.kinds.values())

    @property
    def first_failing(self) -> ExecutedInstruction | None:
        return self.failure.instruction if self.failure else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "sources": self.sources,
            "kinds": [
                {"source": source, "kind": kind.id, "title": kind.title}
                for source, kind in self.kinds.items()
            ],
            "verdicts": [v.to_dict() for v in self.verdicts],
            "notes": self.notes,
            "plan_check": self.plan_check.to_dict() if self.plan_check else None,
            "pxe_plan": self.pxe_plan.to_dict() if self.pxe_plan else None,
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


@dataclass(slots=True)
class _Route:
    """For one log: its kind, its verdict reader (None: the task-sequence timeline reads it),
    whether it tells where the client got content, and the known errors of info lines."""

    kind: LogKind
    reader: VerdictReader | None
    content: bool
    info: re.Pattern[str] | None


class Analyzer:
    """Feed entries one by one (the GUI keeps them for its table), then ``result()``."""

    def __init__(
        self,
        plan: Plan | None = None,
        kb: KnowledgeBase | None = None,
        kinds: dict[str, LogKind] | None = None,
        notes: Sequence[str] = (),
    ) -> None:
        """``kinds`` maps each source to its log kind; without it every entry is read as
        smsts.log (the task-sequence timeline)."""
        self.plan = plan
        self.kb = kb or load_knowledge_base()
        self.timeline = TimelineBuilder()
        self.matches: dict[str, KnownErrorMatch] = {}
        self.entries = self.errors = self.warnings = 0
        self.kinds = dict(kinds or {})
        self.notes = list(notes)
        self._everything_smsts = kinds is None
        self._smsts = kind_by_id("smsts")
        self._verdicts: dict[str, VerdictReader] = {}
        self._earliest: tuple[datetime, datetime | None] | None = None  # (sort key, shown)
        self._latest: tuple[datetime, datetime | None] | None = None
        self._time_problems: list[ParseIssue] = []
        self._previous: dict[str, LogEntry] = {}  # the last entry of each log, for its clock
        self._content = ContentLocationReader()
        self._routes: dict[str, _Route] = {}

    def kind_of(self, entry: LogEntry) -> LogKind:
        if self._everything_smsts:
            return self._smsts
        return self.kinds.get(entry.source) or generic_kind()

    def _route(self, entry: LogEntry) -> _Route:
        """Who reads this log's entries, worked out once per log."""
        kind = self.kind_of(entry)
        reader = None
        if not kind.task_sequence:
            reader = self._verdicts.get(kind.id)
            if reader is None:
                reader = self._verdicts[kind.id] = VerdictReader(kind)
        route = _Route(
            kind,
            reader,
            kind.content_location,
            self.kb.info_pattern(kind.id),
        )
        self._routes[entry.source] = route
        return route

    def feed(self, entry: LogEntry) -> None:
        self.entries += 1
        severity = entry.severity
        if severity == 3:
            self.errors += 1
        elif severity == 2:
            self.warnings += 1
        self._time(entry)
        route = self._routes.get(entry.source) or self._route(entry)
        message = entry.message
        reader = route.reader
        if reader is None:
            timeline = self.timeline
            if not timeline.quiet(entry, message, severity):
                timeline.feed(entry)
        else:
            reader.feed(entry)
            if route.content:
                self._content.feed(entry)
        if severity < 2 and not troubled(message):
            info = route.info
            if info is None or info.search(message) is None:
                return  # an information line no known error looks at: most of a log
        name = None
        if reader is None and self.timeline.current is not None:
            name = self.timeline.current.name
        for known in self.kb.match_line(message, name, severity, route.kind.id):
            self._record(known, entry, name)

    def _time(self, entry: LogEntry) -> None:
        """Earliest and latest time by the clock, not by file order; odd times noted.

        Reading every time stamp would cost more than the rest of the analysis, so a CMTrace
        entry is read only where its log's clock could hold an extreme: the first and last
        entry of each log, and both sides of every step back in time (or change of date or
        time zone). Between those steps the clock only moves forward.
        """
        if entry.format != "cmtrace":
            self._consider(entry)  # SMS and text entries carry their time already read
            return
        time_text = entry.time_text
        if _GOOD_TIME.fullmatch(time_text) is None and not entry.torn:
            self._check_time(entry)
        source = entry.source
        prev = self._previous.get(source)
        self._previous[source] = entry
        if prev is None:
            self._consider(entry)
            return
        before = prev.time_text
        if (
            time_text[:8] < before[:8]
            or entry.date_text != prev.date_text
            or time_text[12:] != before[12:]
        ):
            self._consider(prev)
            self._consider(entry)

    def _consider(self, entry: LogEntry) -> None:
        when = entry.sort_time
        if when is None:
            return
        if self._earliest is None or when < self._earliest[0]:
            self._earliest = (when, entry.timestamp)
        if self._latest is None or when >= self._latest[0]:
            self._latest = (when, entry.timestamp)

    def _check_time(self, entry: LogEntry) -> None:
        if entry.format != "cmtrace" or entry.torn or not entry.time_text:
            return
        if len(self._time_problems) >= MAX_TIME_PROBLEMS:
            return
        problem = time_problem(entry.time_text)
        if problem:
            self._time_problems.append(
                ParseIssue(entry.source, entry.line, entry.line, "bad-time", problem)
            )

    def _record(self, known: KnownError, entry: LogEntry, instruction: str | None) -> None:
        found = self.matches.get(known.id)
        if found is not None:
            found.count += 1
            return
        self.matches[known.id] = KnownErrorMatch(
            known,
            entry.source,
            entry.line,
            mask_secrets_in_text(entry.message.strip()),
            entry.timestamp,
            instruction,
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
        for last in self._previous.values():
            self._consider(last)
        first_time = self._earliest[1] if self._earliest is not None else None
        last_time = self._latest[1] if self._latest is not None else None
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
            at = next(i for i, item in enumerate(tl.instructions) if item is failing)
            last_action = next(
                (i for i in reversed(tl.instructions[:at]) if i.result in DONE_RESULTS), None
            )
        elif tl.instructions:
            last_action = next(
                (i for i in reversed(tl.instructions) if i.result in DONE_RESULTS), None
            )
        plan_check = pxe_plan = None
        if self.plan is not None:
            if self._content.saw_anything:
                plan_check = self._content.check(self.plan)
            pxe_plan = link_pxe_failure(self.plan, matches)
        correlation = None
        if self.plan is not None and failing is not None:
            at_step = [m.error for m in matches if m.instruction == failing.name]
            correlation = correlate(self.plan, tl.instructions, failing, at_step)
        return Analysis(
            list(sources),
            self.entries,
            self.errors,
            self.warnings,
            [*issues, *tl.problems, *self._time_problems],
            tl.instructions,
            failure,
            last_action,
            dict(tl.variables),
            matches,
            correlation,
            str(tl.engine_result),
            list(tl.phases),
            first_time,
            last_time,
            sorted(formats),
            cancelled,
            dict(self.kinds),
            [reader.result() for reader in self._verdicts.values()],
            list(self.notes),
            plan_check,
            pxe_plan,
        )


def analyze_logs(
    paths: Sequence[str | Path],
    plan: Plan | None = None,
    kb: KnowledgeBase | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Analysis:
    """Read the logs (merged in time order) and analyse them in one streaming pass."""
    logs, analyzer = start_analysis(paths, plan, kb, progress, cancelled)
    for entry in logs:
        analyzer.feed(entry)
    return analyzer.result([str(p) for p in paths], logs.issues, logs.formats, logs.was_cancelled)


def refuse_unreadable(analysis: Analysis) -> None:
    """Raise :class:`InputError` when the logs held no entry at all (an empty file, a binary
    file): one line naming the file and the first line not read, never an empty report."""
    if analysis.entries:
        return
    from cmplanner.errors import InputError

    problem = "no CMTrace or SMS log entries in it"
    if analysis.issues:
        first = analysis.issues[0]
        raise InputError(first.source, f"{problem}: {first.problem}", f"line {first.first_line}")
    raise InputError(", ".join(analysis.sources), f"{problem} (the file is empty)")


def start_analysis(
    paths: Sequence[str | Path],
    plan: Plan | None = None,
    kb: KnowledgeBase | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[MergedLogs, Analyzer]:
    """The merged entries to feed and the analyzer to feed them to (the app keeps the
    entries for its table; the command line only feeds them)."""
    survey = survey_logs(paths)
    logs = read_logs(paths, progress, cancelled, survey.rebias)
    return logs, Analyzer(plan, kb, survey.kinds, survey.notes)


__all__ = [
    "Analysis",
    "Analyzer",
    "KnownErrorMatch",
    "analyze_logs",
    "explain_code",
    "refuse_unreadable",
    "start_analysis",
]
