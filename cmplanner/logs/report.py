"""The analysis as text for a terminal, as JSON, and as findings in the shared shape.

One formatter for the CLI; the app shows the same fields in its widgets. Findings use the one
``Finding`` type of the rules engine so JSON output keeps the contract (rule, severity,
message, subject, why, fix, source).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from cmplanner.logs.analysis import Analysis
from cmplanner.logs.codes import explain_code
from cmplanner.logs.correlate import PlanCorrelation
from cmplanner.logs.kinds import Verdict
from cmplanner.logs.reality import PlanCheck, source_text
from cmplanner.logs.timeline import ExecutedInstruction
from cmplanner.rules.finding import Finding, Severity
from cmplanner.sections import section_words
from cmplanner.sources import load_sources

FAILURE_RULE = "LOG-FAILED-STEP"
VERDICT_RULE = "LOG-VERDICT"
PLAN_RULE = "LOG-PLAN-LOCALITY"


def _time(value: Any, zone: bool = False) -> str:
    if value is None:
        return "?"
    text = value.strftime("%Y-%m-%d %H:%M:%S")
    offset = value.strftime("%z")  # "+0100"; empty for a local time
    return f"{text} UTC{offset[:3]}:{offset[3:]}" if zone and offset else text


def _count(n: int, word: str) -> str:
    """``1 error``, ``2 errors``: English counts for the text report."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _span(first: Any, last: Any) -> str:
    """The earliest and latest time; each with its UTC offset when the logs' clocks differ,
    so that a range across time zones never reads backwards."""
    if first is None and last is None:
        return "No time stamps"
    zones = first is not None and last is not None and first.utcoffset() != last.utcoffset()
    return f"From {_time(first, zones)} to {_time(last, zones)}"


def _code(value: int | None) -> str:
    if value is None:
        return ""
    return explain_code(value).describe()


def _indent(text: str) -> str:
    return "\n         ".join(text.splitlines() or [""])


def _where(source: str, line: int) -> str:
    return f"{source}:{line}"


def _pack_title(pack_id: str) -> str:
    """A checklist as an admin finds it: by its title (the id stays in JSON)."""
    from cmplanner.checklists import load_packs

    pack = load_packs().get(pack_id)
    return f"'{pack.title if pack else pack_id}'"


def fix_target(checklist: str | None, section: str | None) -> str:
    """Where the fix is written, as an admin finds it: the checklist by its title."""
    parts = []
    if checklist:
        parts.append(f"the checklist {_pack_title(checklist)}")
    if section:
        parts.append(section_words(section))
    return " and ".join(parts)


@dataclass(frozen=True)
class FailureFix:
    """What fixes the failure, chosen once for the report, its findings and the timeline
    picture: the planned step's advice, else the first known error's, else where the
    planned step is explained."""

    fix: str
    checklist: str | None
    section: str | None
    source: str
    known_error: str | None = None  # the known error it comes from, when it does

    @property
    def where(self) -> str:
        return fix_target(self.checklist, self.section)

    def sentence(self) -> str:
        """The fix and where it is written, as a finding's fix."""
        return f"{self.fix} {_see(self.checklist, self.section)}".strip()


def failure_fix(analysis: Analysis) -> FailureFix | None:
    corr = analysis.correlation
    if corr is not None and corr.advice:
        return FailureFix(corr.advice, corr.checklist, corr.section, corr.source)
    if analysis.known_errors:
        top = analysis.known_errors[0].error
        return FailureFix(top.fix, top.checklist, top.section, top.source, top.id)
    if corr is not None:
        return FailureFix("", corr.checklist, corr.section, corr.source)
    return None


def planned_step_words(corr: PlanCorrelation) -> str:
    """The planned step behind the failure by its name, task sequence and smsts.log number
    (the plan path stays in JSON)."""
    return (
        f"'{corr.planned_name}' in task sequence '{corr.task_sequence}', step {corr.number} "
        f"as smsts.log counts it (matched by {corr.match})"
    )


def _verdict_findings(analysis: Analysis) -> list[Finding]:
    """A failed job of a log other than smsts.log, in that log's own words."""
    out = []
    for v in analysis.verdicts:
        if not v.failed:
            continue
        what = f"{v.kind.subject} failed: {v.says}" if v.outcome == "failed" else v.says
        if v.code is not None:
            what += f" ({_code(v.code)})"
        top = next((m.error for m in analysis.known_errors if m.source == v.source), None)
        fix = f"{top.fix} {_see(top.checklist, top.section)}".strip() if top else ""
        out.append(
            Finding(
                VERDICT_RULE,
                Severity.ERROR if v.outcome == "failed" else Severity.WARNING,
                f"{v.kind.title}: {v.outcome}",
                what,
                _where(v.source, v.line) if v.source else ", ".join(v.sources),
                v.message,
                fix,
                top.source if top else v.kind.source,
            )
        )
    return out


def _see(checklist: str | None, section: str | None) -> str:
    target = fix_target(checklist, section)
    return f"See {target}." if target else ""


def _plan_findings(analysis: Analysis) -> list[Finding]:
    """Where the client's content location disagrees with the plan's locality table."""
    check = analysis.plan_check
    if check is None:
        return []
    return [
        Finding(
            PLAN_RULE,
            Severity.WARNING,
            "The client's logs disagree with the plan",
            m.message,
            _where(m.source, m.line),
            m.log,
            m.fix,
            source_text(),
        )
        for m in check.mismatches
    ]


def findings(analysis: Analysis) -> list[Finding]:
    """The failure and every known error as findings (JSON contract, SARIF-ready)."""
    out: list[Finding] = _verdict_findings(analysis) + _plan_findings(analysis)
    corr = analysis.correlation
    failure = analysis.failure
    if failure is not None:
        step = failure.instruction
        what = (
            f"step {step.number} '{step.name}' failed"
            if step is not None
            else "the task sequence failed before its first step"
        )
        if failure.code is not None:
            what += f" with {_code(failure.code)}"
        subject = (
            corr.subject
            if corr is not None and corr.subject
            else _where(failure.source, failure.line)
        )
        chosen = failure_fix(analysis)
        fix = chosen.sentence() if chosen else ""
        source = chosen.source if chosen else load_sources().by_id["own-log-reading"].text
        out.append(
            Finding(
                FAILURE_RULE,
                Severity.ERROR,
                "Task sequence failure",
                what,
                subject,
                failure.message,
                fix,
                source,
            )
        )
    for match in analysis.known_errors:
        e = match.error
        subject = _where(match.source, match.line)
        if corr is not None and corr.subject and match.instruction == corr.log_name:
            subject = corr.subject
        message = f"{e.title}: {match.message}"
        if match.count > 1:
            message += f" (seen {match.count} times)"
        if match.applies is False:
            message += " (this known error is documented for other versions than the plan's)"
        out.append(
            Finding(
                e.id,
                Severity(e.severity),
                e.title,
                message,
                subject,
                e.cause,
                f"{e.fix} {_see(e.checklist, e.section)}".strip(),
                e.source,
            )
        )
    return out


def render_json(analysis: Analysis) -> str:
    data = analysis.to_dict()
    data["findings"] = [f.to_dict() for f in findings(analysis)]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _row(item: ExecutedInstruction) -> str:
    exit_code = (
        ""
        if item.exit_code is None
        else (str(item.exit_code) if item.exit_code <= 0xFFFF else f"0x{item.exit_code:08X}")
    )
    start = item.start.strftime("%H:%M:%S") if item.start else "?"
    end = item.end.strftime("%H:%M:%S") if item.end else "?"
    return (
        f"  {item.number:>4}  {start}  {end}  {item.result:<16} {exit_code:>10}  "
        f"{item.phase:<7} {item.name}"
    )


def _plan_check_lines(check: PlanCheck) -> list[str]:
    where = check.boundary or "no boundary of the plan"
    seen = []
    if check.ad_site:
        seen.append(f"AD site {check.ad_site}")
    if check.addresses:
        seen.append(f"address {', '.join(check.addresses)}")
    lines = [
        "",
        f"The plan against the logs: the client ({'; '.join(seen) or 'unknown'}) is in {where}",
    ]
    for o in check.offers:
        lines.append(f"  offered {o.dp} ({o.locality.lower()}) at {_where(o.source, o.line)}")
    for o in check.used:
        lines.append(f"  downloaded from {o.dp} at {_where(o.source, o.line)}")
    if check.agrees:
        lines.append("  agrees with the plan's locality table")
    for m in check.mismatches:
        lines.append(f"  MISMATCH ({m.kind}): {m.message}")
        lines.append(f"    log: {_where(m.source, m.line)}: {_indent(m.log)}")
        lines.append(f"    fix: {m.fix}")
    lines.append(f"  source: {source_text()}")
    return lines


def _verdict_lines(v: Verdict) -> list[str]:
    """What one kind of log says about its own job, in its own words."""
    head = f"{v.kind.subject[:1].upper()}{v.kind.subject[1:]}: "
    if v.outcome == "failed":
        lines = [f"{head}FAILED ({v.says}) at {_where(v.source, v.line)}"]
    elif v.outcome == "succeeded":
        lines = [f"{head}succeeded ({v.says}) at {_where(v.source, v.line)}"]
    elif v.outcome == "errors":
        lines = [f"{head}errors found ({v.says}) at {_where(v.source, v.line)}"]
    else:
        return [f"{head}{v.says}"]
    lines.append(f"  log: {_indent(v.message)}")
    if v.code is not None:
        lines.append(f"  code: {_code(v.code)}")
    return lines


def render_text(analysis: Analysis, timeline_rows: int = 200) -> str:
    a = analysis
    lines = [
        f"Logs: {', '.join(a.sources)}",
        f"Entries: {a.entries} ({_count(a.errors, 'error')}, {_count(a.warnings, 'warning')}); "
        f"format: {', '.join(a.formats) or 'none recognised'}",
    ]
    lines.extend(f"Kind: {kind.title} ({source})" for source, kind in a.kinds.items())
    lines.append(_span(a.first_time, a.last_time))
    lines.extend(f"Note: {note}" for note in a.notes)
    if a.task_sequence:
        lines.append(f"Task sequence engine: {a.engine_result}")
    for v in a.verdicts:
        lines.extend(_verdict_lines(v))
    if a.instructions:
        lines.append("")
        lines.append(f"Timeline ({_count(len(a.instructions), 'instruction')}):")
        lines.append("     #  start     end       result                 exit  phase   name")
        shown = a.instructions
        if len(shown) > timeline_rows:
            lines.append(f"  (the last {timeline_rows} of {len(shown)})")
            shown = shown[-timeline_rows:]
        lines.extend(_row(i) for i in shown)
    lines.append("")
    if a.failure is None:
        if not a.failed:
            lines.append("No failure found.")
    else:
        f = a.failure
        if f.instruction is not None:
            lines.append(
                f"FAILED: step {f.instruction.number} '{f.instruction.name}' "
                f"({f.phase}) at {_where(f.source, f.line)}"
            )
        else:
            lines.append(f"FAILED before the first step ({f.phase}) at {_where(f.source, f.line)}")
        lines.append(f"  log: {_indent(f.message)}")
        if f.code is not None:
            lines.append(f"  code: {_code(f.code)}")
        if a.last_action is not None:
            la = a.last_action
            lines.append(
                f"  last action before it: step {la.number} '{la.name}' "
                f"({la.result}, exit {la.exit_code})"
            )
        chosen = failure_fix(a)
        if chosen is not None and chosen.where:
            below = (
                f"known error {chosen.known_error} below"
                if chosen.known_error
                else "see the planned step below"
            )
            lines.append(f"  open: {chosen.where} ({below})")
    corr = a.correlation
    if corr is not None:
        lines.append("")
        if corr.subject:
            lines.append(f"Planned step: {planned_step_words(corr)}")
        else:
            lines.append(
                f"Planned step: not found in the plan for step {corr.number} '{corr.log_name}'"
            )
        lines.append(f"  fix: {corr.advice}")
        lines.append(f"  open: {fix_target(corr.checklist, corr.section)}")
        lines.append(f"  source: {corr.source}")
    if a.pxe_plan is not None:
        p = a.pxe_plan
        lines.append("")
        lines.append(
            f"The plan's PXE service point: {p.server}; certificate file: "
            f"{p.certificate_file or '(none recorded in the plan)'}"
        )
        if p.finding is not None:
            lines.append(f"  finding {p.finding.rule}: {p.finding.title}: {p.finding.message}")
            lines.append(f"  fix: {p.finding.fix}")
        lines.append("  in the app: the PXE certificate wizard re-imports it")
    if a.plan_check is not None:
        lines.extend(_plan_check_lines(a.plan_check))
    if a.known_errors:
        lines.append("")
        lines.append("Known errors:")
        for m in a.known_errors:
            e = m.error
            count = f" (x{m.count})" if m.count > 1 else ""
            lines.append(f"  {e.id} [{e.severity}] {e.title}{count}")
            lines.append(f"    log: {_where(m.source, m.line)}: {_indent(m.message)}")
            lines.append(f"    cause: {e.cause}")
            lines.append(f"    fix: {e.fix}")
            target = fix_target(e.checklist, e.section)
            if e.related:
                related = ", ".join(_pack_title(r) for r in e.related)
                target = f"{target} (related: {related})" if target else f"related: {related}"
            if target:
                lines.append(f"    open: {target}")
            lines.append(f"    source: {e.source} [{e.confidence}]")
            if m.applies is False:
                lines.append(
                    f"    note: documented for {', '.join(e.versions)}, not the plan's version"
                )
    if a.variables:
        lines.append("")
        lines.append(f"Variables revealed ({len(a.variables)}):")
        for name in sorted(a.variables, key=str.casefold):
            lines.append(f"  {name} = {a.variables[name]}")
    if a.issues:
        lines.append("")
        lines.append(f"Lines not read ({len(a.issues)}):")
        for issue in a.issues[:50]:
            lines.append(f"  {issue.describe()}")
        if len(a.issues) > 50:
            lines.append(f"  ... and {len(a.issues) - 50} more")
    return "\n".join(lines) + "\n"
