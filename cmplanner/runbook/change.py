"""The change runbook: only what a change since the approved plan needs.

First a summary page for the change board (what changes, why from the plan's notes, the risk
from the findings the change introduces, how to roll back, and the approval it departs
from), then the console steps and checklists for the changed objects only, each with tick
boxes and a sign-off. Every fact comes from :func:`cmplanner.plandiff.diff_plans`; the
checklists are the bundled packs filled in for the changed objects, with fresh tick boxes
(a change is a new run, whatever was ticked for the approved plan).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from cmplanner.checklists import PackScope, fill, fill_header, load_packs, subjects
from cmplanner.language import gettext
from cmplanner.model.approval import approval_line
from cmplanner.model.checklist import StepProgress
from cmplanner.model.plan import Plan
from cmplanner.plandiff import ObjectChange, PlanDiff, Status, diff_plans
from cmplanner.plandiff.consequences import dp_pxe_changed
from cmplanner.plandiff.model import field_words
from cmplanner.plandiff.objects import words
from cmplanner.plandiff.sentences import change_title, said
from cmplanner.rules.context import PlanContext
from cmplanner.runbook.change_steps import load_change_steps
from cmplanner.runbook.context import ChecklistBlock, runbook_meta, subject_label
from cmplanner.runbook.render import render_template
from cmplanner.runbook.sections import RunbookFormat
from cmplanner.runbook.sources_used import SourcesUsed

if TYPE_CHECKING:
    from cmplanner.rules.engine import Validator

TEMPLATES = {
    RunbookFormat.HTML: "runbook/change.html.j2",
    RunbookFormat.MARKDOWN: "runbook/change.md.j2",
}
_RISK = {"error": "high", "warning": "medium", "info": "low"}
#: fields that live only in the plan: changing them needs nothing done at the console
PLAN_ONLY = frozenset({"notes", "description", "purpose"})


@dataclass(frozen=True)
class ConsoleStep:
    instruction: str
    expected: str
    evidence: str
    source: str
    citations: tuple[str, ...] = ()


@dataclass
class ChangeItem:
    """One changed object as the change runbook prints it."""

    title: str
    change: ObjectChange
    steps: list[ConsoleStep] = field(default_factory=list)
    checklists: list[ChecklistBlock] = field(default_factory=list)
    consequences: list[str] = field(default_factory=list)


def _changes_words(change: ObjectChange) -> str:
    """The console-relevant field changes in one line (plan-only fields left out; a group's
    new members are the checklist's business)."""
    parts = []
    for f in change.fields:
        if f.field in PLAN_ONLY or (
            change.collection == "dp_groups" and f.field == "members added"
        ):
            continue
        if f.old == "(none)":
            parts.append(f"{f.label} {f.new}")
        elif f.new == "(none)" and f.field.endswith(" removed"):
            parts.append(f"{f.label} {f.old}")
        else:
            parts.append(f"{f.label} {f.old} -> {f.new}")
    return "; ".join(parts) or "as in the plan"


def _server(plan: Plan, old: Plan, change: ObjectChange) -> str:
    if change.collection == "distribution_points":
        dp = change.new_item(plan) or change.old_item(old)
        return str(dp.server or dp.name)
    if change.collection == "pxe":
        return change.name
    return ""


def _added_words(plan: Plan, change: ObjectChange) -> str:
    """What an added object is, for its console step."""
    item = change.new_item(plan)
    if item is None:
        return ""
    if change.collection == "boundaries":
        return f"{item.type.value.replace('_', ' ')} {item.value}, {item.connection.value}"
    if change.collection == "distribution_points":
        from cmplanner.runbook.context import _dp_settings

        return ", ".join(_dp_settings(item))
    if change.collection == "packages":
        sent = item.sent
        return "; ".join(f"to {s.target}" for s in sent) or "not sent anywhere yet"
    return "as in the plan"


def _fresh(block: ChecklistBlock, keep: set[str] | None = None) -> ChecklistBlock:
    """The block with empty tick boxes, optionally only the steps whose ids are in keep."""
    steps = [
        dataclasses.replace(s, progress=StepProgress())
        for s in block.steps
        if keep is None or s.id in keep or s.step in keep
    ]
    return ChecklistBlock(block.header, steps, None, 0, len(steps))


def _members_added(old: Plan, new: Plan, change: ObjectChange, diff: PlanDiff) -> set[str]:
    """The DPs of a changed group the approved plan's group did not have with the same join
    time (the diff's "members added"), read from both plans' member lists, never from the
    diff's words: a DP name may hold "; " or " (joined"."""
    before_group, group = change.old_item(old), change.new_item(new)
    if before_group is None or group is None:
        return set()
    renamed = {
        c.old_name.casefold(): c.name
        for c in diff.of("distribution_points")
        if c.status is Status.RENAMED
    }
    before = {(renamed.get(m.dp.casefold(), m.dp), words(m.joined)) for m in before_group.members}
    return {m.dp for m in group.members if (m.dp, words(m.joined)) not in before}


def _group_blocks(
    old: Plan, new: Plan, change: ObjectChange, diff: PlanDiff, ctx: PlanContext
) -> list[ChecklistBlock]:
    pack = load_packs()["dp-group-creation"]
    group = change.name
    block = ChecklistBlock(
        fill_header(pack, new, group), fill(pack, new, group, ctx=ctx), None, 0, 0
    )
    if change.status is Status.ADDED:
        return [_fresh(block)]
    names = _members_added(old, new, change, diff)
    keep = {f"add-member:{n}" for n in names} | {f"add-missed-packages:{n}" for n in names}
    keep |= {
        j_id
        for j in diff.late_joiners
        if j.group == group
        for j_id in (f"add-missed-packages:{j.dp}",)
    }
    if not keep:
        return []
    keep.add("verify-distribution")
    header = dataclasses.replace(
        block.header,
        title=gettext("Add members to a distribution point group"),
        summary=gettext(
            "Add the new members of %(group)s and send each of them, by hand, the "
            "packages sent to the group before it joined."
        )
        % {"group": group},
    )
    return [_fresh(dataclasses.replace(block, header=header), keep)]


def _pxe_blocks(new: Plan) -> list[ChecklistBlock]:
    blocks = []
    for pack in load_packs().values():
        if pack.scope is PackScope.PXE and pack.applies_to(new.site.version):
            for subject in subjects(pack, new):
                filled = ChecklistBlock(
                    fill_header(pack, new, subject), fill(pack, new, subject), None, 0, 0
                )
                blocks.append(_fresh(filled))
    return blocks


def _rollback(change: ObjectChange) -> str:
    """The inverse of one change, in words."""
    kind, name = gettext(change.kind), change.name
    if change.collection == "notes":
        return ""
    if change.status is Status.ADDED:
        return gettext("Remove the %(kind)s %(name)s.") % {"kind": kind, "name": name}
    if change.status is Status.REMOVED:
        return gettext("Re-create the %(kind)s %(name)s as the approved plan describes it.") % {
            "kind": kind,
            "name": name,
        }
    parts = []
    for f in change.fields:
        if f.field.endswith(" added"):
            what = field_words(f.field.removesuffix(" added"))
            parts.append(gettext("take out %(item)s (%(what)s)") % {"item": f.new, "what": what})
        elif f.field.endswith(" removed"):
            what = field_words(f.field.removesuffix(" removed"))
            parts.append(gettext("put back %(item)s (%(what)s)") % {"item": f.old, "what": what})
        else:
            parts.append(gettext("%(field)s back to %(old)s") % {"field": f.label, "old": f.old})
    if change.steps:
        parts.append(gettext("re-import the approved plan's export of the task sequence"))
    head = (
        gettext("Rename the %(kind)s %(name)s back to %(old_name)s")
        % {"kind": kind, "name": name, "old_name": change.old_name}
        if change.status is Status.RENAMED
        else gettext("Set the %(kind)s %(name)s back") % {"kind": kind, "name": name}
    )
    return head + (": " + "; ".join(parts) if parts else "") + "."


def _consequences(change: ObjectChange, diff: PlanDiff) -> list[str]:
    found = []
    if change.collection == "distribution_points":
        for c in diff.settings:
            if c.dp == change.name:
                verdict = (
                    gettext("compatible (the table allows every pair)")
                    if c.compatible
                    else gettext("NOT compatible: %(conflicts)s")
                    % {"conflicts": "; ".join(c.conflicts)}
                )
                found.append(
                    gettext(
                        "Settings %(settings)s re-checked against the DP compatibility table: "
                        "%(verdict)s."
                    )
                    % {"settings": ", ".join(c.new_settings), "verdict": verdict}
                )
        for s in diff.locality:
            if s.dp == change.name:
                found.append(
                    gettext("Clients in %(where)s: this DP goes from %(before)s to %(after)s.")
                    % {
                        "where": ", ".join(s.boundaries),
                        "before": said(s.before),
                        "after": said(s.after),
                    }
                )
    if change.collection == "boundaries":
        for s in diff.locality:
            if change.name in s.boundaries:
                found.append(
                    gettext("%(dp)s goes from %(before)s to %(after)s for clients in %(where)s.")
                    % {
                        "dp": s.dp,
                        "before": said(s.before),
                        "after": said(s.after),
                        "where": change.name,
                    }
                )
        for shift in diff.service:
            if shift.boundary == change.name:
                found.append(
                    gettext("Clients in %(where)s go from %(before)s to %(after)s.")
                    % {
                        "where": change.name,
                        "before": said(shift.before),
                        "after": said(shift.after),
                    }
                )
    if change.collection == "dp_groups":
        for j in diff.late_joiners:
            if j.group == change.name:
                listed = ", ".join(
                    f"{p} ({n})" for p, n in zip(j.packages, j.package_names, strict=True)
                )
                found.append(
                    gettext("%(dp)s joined on %(joined)s and will not get by itself: %(listed)s.")
                    % {"dp": j.dp, "joined": j.joined, "listed": listed}
                )
    if change.collection == "task_sequences":
        moved = [r for r in diff.renumbered if r.task_sequence == change.name]
        if moved:
            found.append(
                gettext("smsts.log numbers change for steps that did not move: %(steps)s.")
                % {"steps": "; ".join(f"{r.name} {r.old_number} -> {r.new_number}" for r in moved)}
            )
    return found


def change_items(old: Plan, new: Plan, diff: PlanDiff, ctx: PlanContext) -> list[ChangeItem]:
    steps = load_change_steps()
    site = {"site_code": new.site.code, "site_name": new.site.name}
    items = []
    for change in diff.changes:
        if change.collection in ("notes", "plan"):
            continue
        item = ChangeItem(change_title(change).sentence, change)
        step = steps.find(change.collection, change.status.value)
        console = (
            change.status is not Status.CHANGED
            or bool(change.steps)
            or any(f.field not in PLAN_ONLY for f in change.fields)
        )
        if change.collection == "dp_groups" and change.status is Status.CHANGED:
            # joiners get the pack's steps below; a console step for the rest only
            console = any(
                f.field not in PLAN_ONLY and f.field != "members added" for f in change.fields
            )
        if step is not None and console:
            values = site | {
                "name": change.name,
                "old_name": change.old_name,
                "server": _server(new, old, change),
                "changes": _added_words(new, change)
                if change.status is Status.ADDED
                else _changes_words(change),
            }
            instruction, expected, evidence = step.filled(values)
            item.steps.append(
                ConsoleStep(instruction, expected, evidence, step.source, step.citations)
            )
        if change.collection == "dp_groups" and change.status in (
            Status.ADDED,
            Status.CHANGED,
            Status.RENAMED,
        ):
            item.checklists.extend(_group_blocks(old, new, change, diff, ctx))
        item.consequences = _consequences(change, diff)
        items.append(item)
    if diff.pxe is not None and new.pxe is not None:
        pxe_item = next((i for i in items if i.change.collection == "pxe"), None)
        if pxe_item is None:
            dp_item = next(
                (i for i in items if dp_pxe_changed(old, new, i.change)),
                None,
            )
            pxe_item = dp_item
        if pxe_item is not None:
            pxe_item.consequences.append(
                "PXE checklist needed: " + "; ".join(diff.pxe.reasons) + "."
            )
            pxe_item.checklists.extend(_pxe_blocks(new))
    return items


def _why(old: Plan, new: Plan, diff: PlanDiff) -> list[dict[str, Any]]:
    added = {c.new_at for c in diff.of("notes") if c.status is Status.ADDED}
    notes = [n for i, n in enumerate(new.notes) if i in added]
    if not notes:
        changed = {c.new_subject for c in diff.changes if c.new_subject}
        notes = [n for n in new.notes if n.subject and _about(n.subject, changed)]
    return [
        {
            "text": n.text,
            "author": n.author,
            "at": n.at,
            "about": subject_label(new, n.subject) if n.subject else "",
        }
        for n in notes
    ]


def _about(subject: str, changed: set[str]) -> bool:
    """True when a note's subject is one of the changed objects or inside one."""
    return any(subject == s or subject.startswith((f"{s}.", f"{s}[")) for s in changed)


def build_change_context(
    old: Plan,
    new: Plan,
    diff: PlanDiff | None = None,
    generated: datetime | None = None,
    new_validator: Validator | None = None,
) -> dict[str, Any]:
    """Everything the change templates print. ``diff`` and ``new_validator`` (the rules
    engine run on ``new``), when the caller has them, are used as they are: comparing and
    checking two large plans again costs seconds."""
    if new_validator is None:
        from cmplanner.rules.engine import Validator

        new_validator = Validator(new)
    if diff is None:
        diff = diff_plans(old, new, new_validator=new_validator)
    severities = [f.severity.value for f in diff.introduced]
    worst = next((s for s in ("error", "warning", "info") if s in severities), None)
    meta = runbook_meta(new, generated)
    meta["approved"] = approval_line(old)
    meta["now"] = approval_line(new)
    items = change_items(old, new, diff, new_validator.ctx)
    used = SourcesUsed()
    for finding in diff.introduced:
        used.add_rule(finding.rule)
    packs = load_packs()
    for item in items:
        for step in item.steps:
            used.add(step.citations)
        for block in item.checklists:
            pack = packs.get(block.header.pack)
            if pack is not None:
                used.add_pack(pack, [s.step for s in block.steps])
    return {
        "meta": meta,
        "diff": diff,
        "what": [
            {"title": change_title(c).sentence, "fields": c.fields, "steps": c.steps}
            for c in diff.changes
            if c.collection != "notes"  # the notes are the why, below
        ],
        "why": _why(old, new, diff),
        "risk": _RISK.get(worst or "", "low"),
        "introduced": [(subject_label(new, f.subject), f) for f in diff.introduced],
        "resolved": [(subject_label(old, f.subject), f) for f in diff.resolved],
        "rollback": [r for r in (_rollback(c) for c in diff.changes) if r],
        "items": items,
        "old_plan": {"name": old.name},
        "sources_used": used.lines(),
    }


def render_change_text(
    old: Plan,
    new: Plan,
    fmt: RunbookFormat | str = RunbookFormat.HTML,
    *,
    target: str = "browser",
    generated: datetime | None = None,
    diff: PlanDiff | None = None,
    new_validator: Validator | None = None,
) -> str:
    """The change runbook as HTML or Markdown (``target="qt"`` for Qt printing); ``diff``
    and ``new_validator`` as :func:`build_change_context` takes them."""
    fmt = RunbookFormat(fmt)
    if fmt is RunbookFormat.PDF:
        raise ValueError("PDF is binary: use cmplanner.render.change_pdf.write_change_pdf")
    context = build_change_context(old, new, diff, generated, new_validator)
    return render_template(
        TEMPLATES[fmt], context, markdown=fmt is RunbookFormat.MARKDOWN, target=target
    )
