"""Everything the runbook templates show, computed once from a plan.

Templates only lay out; every fact comes from the model, the rules engine, the checklist
packs and the task-sequence numbering. Secrets never enter this context: the PXE password
becomes "set" or "not set", and task-sequence variables are not listed at all.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cmplanner import __version__
from cmplanner.checklists import (
    ChecklistPack,
    FilledHeader,
    FilledStep,
    PackScope,
    fill,
    fill_header,
    find_run,
    load_packs,
    subjects,
)
from cmplanner.language import gettext
from cmplanner.model.approval import approval_line
from cmplanner.model.checklist import ChecklistRun
from cmplanner.model.plan import Plan
from cmplanner.rules.context import PlanContext
from cmplanner.rules.engine import Validator
from cmplanner.rules.finding import Finding
from cmplanner.rules.locality import OUTSIDE, LocalityRow, locality_table
from cmplanner.rules.subjects import describe_subject
from cmplanner.runbook.dp_steps import load_dp_console_steps
from cmplanner.runbook.sections import SECTIONS
from cmplanner.runbook.sources_used import SourceLine, SourcesUsed
from cmplanner.runbook.tasksequences import outline
from cmplanner.runbook.words import field_label, severity_heading, value_words

# Above this many names a locality cell prints a count instead of every name.
NAME_LIMIT = 12
# Above this many boundaries the locality table lists only the boundaries with a DP of
# their own or a protected DP, and one line per link speed says "every other boundary"
# (100,000 rows alike would be 2,000 pages saying the same thing).
LIST_EVERY_BOUNDARY_UP_TO = 10_000

# Which section shows a figure of a given key; other keys go to the overview.
FIGURE_SECTIONS = {
    "topology": "dp-design",
    "dp-design": "dp-design",
    "locality": "locality",
    "dp-groups": "dp-groups",
    "groups": "dp-groups",
    "pxe": "pxe",
    "task-sequences": "task-sequences",
}


@dataclass(frozen=True)
class Figure:
    key: str
    src: str
    alt: str


@dataclass(frozen=True)
class FindingItem:
    subject: str
    message: str


@dataclass(frozen=True)
class FindingGroup:
    """The findings of one rule: why, fix and source said once, then each hit."""

    rule: str
    severity: str
    title: str
    why: str
    fix: str
    source: str
    items: list[FindingItem]
    #: the severity as the heading prints it, in the runbook's language ("FOUT")
    heading: str = ""


@dataclass(frozen=True)
class LocalityCell:
    names: list[str]
    count: int

    @property
    def listed(self) -> bool:
        return len(self.names) == self.count


@dataclass(frozen=True)
class LocalityLine:
    boundary: str
    connection: str
    local: LocalityCell
    remote: LocalityCell
    fallback: LocalityCell
    unavailable: LocalityCell
    #: when not 0, the line stands for this many boundaries of its link speed, every one
    #: without a DP of its own or a protected DP (``boundary`` is then empty)
    others: int = 0
    #: the link in the runbook's language ("snel"); ``connection`` keeps the plan's value
    link: str = ""

    @property
    def starved(self) -> bool:
        return not self.local.count and not self.remote.count


@dataclass(frozen=True)
class ChecklistBlock:
    """One run of a pack as printed: header, filled steps, and the run's sign-off."""

    header: FilledHeader
    steps: list[FilledStep]
    run: ChecklistRun | None
    done: int
    total: int


@dataclass
class RunbookContext:
    meta: dict[str, str]
    sections: list[dict[str, str]]
    figures: dict[str, list[Figure]] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)

    def as_template_vars(self) -> dict[str, Any]:
        return {
            "meta": self.meta,
            "sections": self.sections,
            "figures": self.figures,
            **self.values,
        }


def pack_titles() -> dict[str, str]:
    """Checklist pack id -> title: a checklist's subject is named by its title."""
    return {pack.id: pack.title for pack in load_packs().values()}


def subject_label(plan: Plan, subject: str, titles: dict[str, str] | None = None) -> str:
    """``distribution_points[2].pulls_from`` -> ``RTM-BDP01 · Pulls content from``.
    ``titles``: the pack titles, when the caller names many subjects at once."""
    return describe_subject(
        plan,
        subject,
        label=field_label,
        pack_titles=pack_titles() if titles is None else titles,
    )


def finding_groups(plan: Plan, findings: list[Finding]) -> list[FindingGroup]:
    titles = pack_titles()
    groups: dict[str, FindingGroup] = {}
    for f in findings:
        group = groups.get(f.rule)
        if group is None:
            group = groups[f.rule] = FindingGroup(
                f.rule,
                f.severity.value,
                f.title,
                f.why,
                f.fix,
                f.source,
                [],
                severity_heading(f.severity.value),
            )
        group.items.append(FindingItem(subject_label(plan, f.subject, titles), f.message))
    order = {"error": 0, "warning": 1, "info": 2}
    return sorted(groups.values(), key=lambda g: (order.get(g.severity, 3), g.rule))


def _cell(names: list[str]) -> LocalityCell:
    return LocalityCell(names if len(names) <= NAME_LIMIT else [], len(names))


def locality_lines(plan: Plan, ctx: PlanContext) -> list[LocalityLine]:
    """The rules engine's locality table (``rules.locality``), summarised so that a boundary
    seen by hundreds of DPs prints a count rather than every name, and a very large estate
    prints the boundaries that differ and one line for all the others of each link speed."""
    every = len(plan.boundaries) <= LIST_EVERY_BOUNDARY_UP_TO
    others = {"fast": 0, "slow": 0}
    # past the limit the plain rows are only counted (100,000 of them cost a third of a
    # second to make)
    rows = locality_table(plan, ctx.boundary_index, ctx.dp_boundaries, None if every else others)
    outside = rows[-1]
    lines = [_line(row) for row in rows[:-1]]
    for connection, count in others.items():
        if count:
            lines.append(
                LocalityLine(
                    "",
                    connection,
                    _cell([]),
                    _cell(outside.remote),
                    _cell([]),
                    _cell(outside.unavailable),
                    others=count,
                )
            )
    lines.append(dataclasses.replace(_line(outside), boundary=gettext(OUTSIDE)))
    return [dataclasses.replace(line, link=value_words(line.connection)) for line in lines]


def _line(row: LocalityRow) -> LocalityLine:
    return LocalityLine(
        row.boundary,
        row.connection,
        _cell(row.local),
        _cell(row.remote),
        _cell(row.fallback),
        _cell(row.unavailable),
    )


def checklist_block(
    pack: ChecklistPack, plan: Plan, subject: str, ctx: PlanContext | None
) -> ChecklistBlock:
    steps = fill(pack, plan, subject, ctx=ctx)
    return ChecklistBlock(
        header=fill_header(pack, plan, subject),
        steps=steps,
        run=find_run(plan, pack.id, subject),
        done=sum(1 for s in steps if s.done),
        total=len(steps),
    )


def _dp_settings(dp: Any) -> list[str]:
    names = [
        ("branch", "branch"),
        ("bits_enabled", "BITS-enabled"),
        ("protected", "protected"),
        ("mobile_device_support", "mobile devices"),
        ("internet_based", "Internet-based clients"),
        ("streaming", "streaming"),
        ("multicast", "multicast"),
        ("pxe", "PXE"),
    ]
    found = [
        "server share"
        if dp.host.value == "server_share"
        else ("standard" if not dp.branch else "server")
    ]
    found += [label for attr, label in names if getattr(dp, attr)]
    return found


def runbook_meta(plan: Plan, generated: datetime | None = None) -> dict[str, str]:
    """What every page repeats: plan name, site, version, and when the runbook was made."""
    site = plan.site
    return {
        "plan_name": plan.name,
        "site_code": site.code,
        "site_name": site.name,
        "site_version": str(site.version),
        "security_mode": site.security_mode.value,
        "generated": (generated or datetime.now()).strftime("%Y-%m-%d %H:%M"),
        "generator": f"cmplanner {__version__}",
        # the printed page's footer, in the runbook's language
        "generated_on": gettext("generated on {date}"),
        "page_of": gettext("page {page} of {pages}"),
        "site_word": gettext("site"),
        "approval": approval_line(plan) if plan.approval is not None else "",
    }


def build_context(
    plan: Plan,
    sections: list[str],
    figures: dict[str, str] | None = None,
    figure_src: Callable[[str, str], str] | None = None,
    generated: datetime | None = None,
) -> RunbookContext:
    """Compute what the chosen sections show. ``figure_src(key, svg)`` turns a figure's SVG
    text into an image source (a data URI for HTML, a resource name for Qt printing)."""
    site = plan.site
    meta = runbook_meta(plan, generated)
    context = RunbookContext(
        meta=meta, sections=[{"id": s, "title": gettext(SECTIONS[s])} for s in sections]
    )
    for key, svg in (figures or {}).items():
        if not svg or figure_src is None:
            continue
        target = FIGURE_SECTIONS.get(key, "overview")
        if target not in sections:
            target = "overview"
        context.figures.setdefault(target, []).append(
            Figure(key, figure_src(key, svg), key.replace("-", " ").replace("_", " "))
        )
    values = context.values
    need_rules = bool({"overview", "dp-design", "locality", "dp-groups"} & set(sections))
    validator = Validator(plan) if need_rules else None
    ctx = validator.ctx if validator is not None else None
    findings = validator.findings if validator is not None else []
    packs = load_packs()
    version = site.version
    values["plan"] = {"name": plan.name, "description": plan.description}
    if "overview" in sections:
        values["overview"] = _overview(plan, findings, packs)
    if "dp-design" in sections:
        values["dps"] = [
            {
                "name": dp.name,
                "server": dp.server,
                "os": dp.os.value,
                "settings": [value_words(s) for s in _dp_settings(dp)],
                "protected_boundaries": dp.protected_boundaries,
                "pulls_from": dp.pulls_from or "",
                "notes": dp.notes,
            }
            for dp in plan.distribution_points
        ]
        values["finding_groups"] = finding_groups(plan, findings)
        values["dp_steps"] = load_dp_console_steps().by_id()
    if "locality" in sections and ctx is not None:
        values["locality"] = locality_lines(plan, ctx)
        values["name_limit"] = NAME_LIMIT
    if "dp-groups" in sections:
        pack = packs["dp-group-creation"]
        values["groups"] = [_group(plan, g, pack, ctx) for g in range(len(plan.dp_groups))]
    if "pxe" in sections:
        values["pxe"] = _pxe(plan, packs)
    if "task-sequences" in sections:
        values["task_sequences"] = [outline(ts) for ts in plan.task_sequences]
    if "checklists" in sections:
        values["checklists"] = [
            checklist_block(pack, plan, subject, ctx)
            for pack in packs.values()
            if pack.scope is PackScope.PLAN and pack.applies_to(version)
            for subject in subjects(pack, plan)
        ]
    values["sources_used"] = _sources_used(sections, values, packs)
    return context


def _sources_used(
    sections: list[str], values: dict[str, Any], packs: dict[str, ChecklistPack]
) -> list[SourceLine]:
    """Every source the chosen sections print, in the order the runbook first cites it."""
    used = SourcesUsed()
    for section in sections:
        used.add_sections([section])
        blocks: list[ChecklistBlock] = []
        if section == "dp-design":
            for step in values.get("dp_steps", {}).values():
                used.add(step.citations)
            for group in values.get("finding_groups", []):
                used.add_rule(group.rule)
        elif section == "dp-groups":
            blocks = [g["checklist"] for g in values.get("groups", [])]
        elif section == "pxe" and values.get("pxe"):
            blocks = values["pxe"]["checklists"]
        elif section == "checklists":
            blocks = values.get("checklists", [])
        for block in blocks:
            pack = packs.get(block.header.pack)
            if pack is not None:
                used.add_pack(pack, [step.step for step in block.steps])
    return used.lines()


def _overview(
    plan: Plan,
    findings: list[Finding],
    packs: dict[str, ChecklistPack],
) -> dict[str, Any]:
    counts = {"error": 0, "warning": 0, "info": 0}
    for f in findings:
        counts[f.severity.value] += 1
    progress = []
    for run in plan.checklists:
        pack = packs.get(run.pack)
        title = gettext(pack.title) if pack is not None else run.pack
        done = sum(1 for p in run.steps.values() if p.done)
        progress.append(
            {
                "pack": run.pack,
                "title": title,
                "subject": run.subject,
                "done": done,
                "signed": run.sign_off,
            }
        )
    return {
        "site_server": plan.site.server,
        "boundaries": len(plan.boundaries),
        "dps": len(plan.distribution_points),
        "groups": len(plan.dp_groups),
        "packages": len(plan.packages),
        "task_sequences": len(plan.task_sequences),
        "pxe": plan.pxe.server if plan.pxe else "",
        "findings": counts,
        "progress": progress,
        "notes": [
            {"text": n.text, "subject": n.subject, "author": n.author, "at": n.at}
            for n in plan.notes
        ],
    }


def _group(plan: Plan, g: int, pack: ChecklistPack, ctx: PlanContext | None) -> dict[str, Any]:
    group = plan.dp_groups[g]
    key = group.name.casefold()
    sent = (
        [
            {"package_id": p.package_id, "name": p.name, "sent": d.sent}
            for p in plan.packages
            for d in p.sent
            if d.target_kind.value == "group" and d.target.casefold() == key
        ]
        if ctx is None
        else [
            {
                "package_id": plan.packages[p].package_id,
                "name": plan.packages[p].name,
                "sent": plan.packages[p].sent[s].sent,
            }
            for p, s in ctx.group_sends.get(key, ())
        ]
    )
    return {
        "name": group.name,
        "description": group.description,
        "purpose": group.purpose.value,
        "members": sorted(
            ({"dp": m.dp, "joined": m.joined} for m in group.members), key=lambda m: m["joined"]
        ),
        "sent": sorted(sent, key=lambda s: s["sent"]),
        "checklist": checklist_block(pack, plan, group.name, ctx),
    }


def _pxe(plan: Plan, packs: dict[str, ChecklistPack]) -> dict[str, Any] | None:
    pxe = plan.pxe
    if pxe is None:
        return None
    cert = pxe.certificate
    blocks = [
        checklist_block(pack, plan, subject, None)
        for pack in packs.values()
        if pack.scope is PackScope.PXE and pack.applies_to(plan.site.version)
        for subject in subjects(pack, plan)
    ]
    return {
        "server": pxe.server,
        "unknown_computer_support": pxe.unknown_computer_support,
        "response_delay_seconds": pxe.response_delay_seconds,
        "password_set": bool(pxe.password),
        "native": plan.site.security_mode.value == "native",
        "certificate": None
        if cert is None
        else {
            "source": value_words(cert.source.value),
            "file_name": cert.file_name,
            "subject": cert.subject,
            "thumbprint": cert.thumbprint,
            "client_authentication_eku": cert.client_authentication_eku,
            "has_private_key": cert.has_private_key,
            "key_bits": cert.key_bits,
            "expires": cert.expires,
            "imported_on": cert.imported_on,
        },
        "checklists": blocks,
    }
