"""Fill a checklist pack in from a plan: the exact group, DPs, servers and packages.

A pack says "add the packages this DP missed"; the filled step says "add AMS00001 and
AMS00002 to RTM-BDP01". The packages come from the rules engine
(:func:`cmplanner.rules.context.packages_missed`), so the runbook and the findings can
never disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cmplanner.checklists.packs import (
    PLACEHOLDER,
    ChecklistPack,
    GroupMode,
    PackScope,
    PackStep,
    Repeat,
)
from cmplanner.errors import InputError
from cmplanner.language import N_, gettext
from cmplanner.model.checklist import ChecklistRun, StepProgress
from cmplanner.model.distribution import Package
from cmplanner.model.plan import Plan
from cmplanner.rules.context import PlanContext, packages_missed

# What a placeholder reads when the plan does not know it (a generic, unfilled checklist).
GENERIC = {
    "site_code": N_("<site code>"),
    "site_name": N_("<site name>"),
    "site_server": N_("the site server"),
    "site_version": N_("its current version"),
    "security_mode": N_("the site's"),
    "pxe_server": N_("the PXE service point server"),
    "certificate_file": N_("the certificate's PFX file"),
    "certificate_subject": N_("<certificate subject>"),
    "group": N_("the new DP group"),
    "first_dp": N_("the first DP of the group"),
    "members": N_("each member"),
    "dp": N_("each other member"),
    "joined": N_("a later date"),
    "packages": N_("every package sent to the group before it joined"),
    "server": N_("each remote site system"),
    "roles": N_("its roles"),
}


@dataclass(frozen=True)
class FilledStep:
    """One step as the admin follows it, with the progress recorded in the plan so far."""

    id: str  # unique in its run: the pack step id, plus ":<item>" for repeated steps
    step: str
    title: str  # what a person reads as the step's name (never the id)
    phase: str
    instruction: str
    expected: str
    evidence: str
    sign_off: bool
    source: str
    warning: str = ""
    item: str = ""
    details: tuple[str, ...] = ()
    again: str = ""  # a repeated step's short form for later rows in print (see PackStep)
    progress: StepProgress = field(default_factory=StepProgress)

    @property
    def done(self) -> bool:
        """Nothing left to do: ticked, or marked not applicable with a reason."""
        return self.progress.settled

    @property
    def not_applicable(self) -> bool:
        return self.progress.not_applicable


@dataclass(frozen=True)
class FilledHeader:
    """Title, summary and warnings of a pack, filled in for one subject."""

    pack: str
    title: str
    subject: str
    summary: str
    warnings: tuple[str, ...]
    source: str


def _substitute(text: str, values: dict[str, str]) -> str:
    """The pack's text in the language in force, with the plan's names in its placeholders
    (a translation keeps the placeholders of the English text); a pack's id in it reads as
    the pack's title."""
    filled = PLACEHOLDER.sub(
        lambda m: values.get(m[1]) or gettext(GENERIC.get(m[1], m[0])), gettext(text)
    )
    return _PACK_ID.sub(_pack_words, filled) if "-" in filled else filled


_PACK_ID = re.compile(r"(?<![\w/.-])[a-z0-9]+(?:-[a-z0-9]+)+(?![\w/-])")


def _pack_words(match: re.Match[str]) -> str:
    """A pack's id in a pack's text ("follow the checklist pxe-certificate-import") reads as
    its title: a person never sees the id."""
    from cmplanner.checklists.packs import load_packs

    pack = load_packs().get(match[0])
    return f"\u201c{gettext(pack.title)}\u201d" if pack is not None else match[0]


def subjects(pack: ChecklistPack, plan: Plan) -> list[str]:
    """What runs of the pack a plan needs: one per DP group, the PXE server, or the plan."""
    if pack.scope is PackScope.DP_GROUP:
        return [group.name for group in plan.dp_groups]
    if pack.scope is PackScope.PXE:
        return [plan.pxe.server] if plan.pxe is not None else []
    return [""]


def find_run(plan: Plan, pack_id: str, subject: str = "") -> ChecklistRun | None:
    """The plan's run of a pack about ``subject`` (case-insensitive), if any."""
    wanted = subject.casefold()
    for run in plan.checklists:
        if run.pack == pack_id and run.subject.casefold() == wanted:
            return run
    return None


def _plan_values(plan: Plan) -> dict[str, str]:
    site = plan.site
    values = {
        "site_code": site.code,
        "site_name": site.name,
        "site_server": site.server,
        "site_version": str(site.version),
        "security_mode": site.security_mode.value,
    }
    if plan.pxe is not None:
        values["pxe_server"] = plan.pxe.server
        cert = plan.pxe.certificate
        if cert is not None:
            values["certificate_file"] = cert.file_name
            values["certificate_subject"] = cert.subject
    return values


def _host(name: str) -> str:
    return name.split(".", 1)[0].casefold()


def remote_site_systems(plan: Plan) -> list[tuple[str, list[str]]]:
    """Site systems not on the site server, with their roles: Setup's prerequisite checker
    skips these, so the SP2 checklist lists each one."""
    site_host = _host(plan.site.server) if plan.site.server else None
    systems: dict[str, tuple[str, list[str]]] = {}

    def add(server: str, role: str) -> None:
        if not server or _host(server) == site_host:
            return
        roles = systems.setdefault(_host(server), (server, []))[1]
        if role not in roles:
            roles.append(role)

    for dp in plan.distribution_points:
        role = (
            N_("branch distribution point")
            if dp.branch
            else N_("distribution point (server share)")
            if not dp.standard and not dp.branch
            else N_("distribution point")
        )
        add(dp.server or dp.name, role)
    if plan.pxe is not None:
        add(plan.pxe.server, N_("PXE service point"))
    return list(systems.values())


def _group_items(
    plan: Plan,
    subject: str,
    ctx: PlanContext | None,
    joining: list[str] | None = None,
) -> tuple[dict[str, str], dict[Repeat, list[tuple[str, dict[str, str], tuple[str, ...]]]]]:
    wanted = subject.casefold()
    g = next((i for i, grp in enumerate(plan.dp_groups) if grp.name.casefold() == wanted), None)
    if g is None:
        raise InputError(
            "checklist dp-group-creation", f"the plan has no DP group named {subject!r}", "subject"
        )
    group = plan.dp_groups[g]
    ctx = ctx or PlanContext.build(plan)
    order = sorted(range(len(group.members)), key=lambda m: group.members[m].joined)
    values = {"group": group.name, "members": ", ".join(group.members[m].dp for m in order)}
    items: dict[Repeat, list[tuple[str, dict[str, str], tuple[str, ...]]]] = {
        Repeat.OTHER_MEMBER: [],
        Repeat.LATE_MEMBER: [],
        Repeat.NEW_MEMBER: [],
    }
    new = {name.casefold() for name in joining or []}
    if order:
        values["first_dp"] = group.members[order[0]].dp
    packages = plan.packages
    for m in order[1:]:
        member = group.members[m]
        items[Repeat.OTHER_MEMBER].append((member.dp, {"dp": member.dp}, ()))
    for m in order:
        if joining is not None and group.members[m].dp.casefold() in new:
            items[Repeat.NEW_MEMBER].append((group.members[m].dp, {"dp": group.members[m].dp}, ()))
    for m in order:
        member = group.members[m]
        if joining is not None and member.dp.casefold() not in new:
            continue  # adding DPs: the packages the members already had are not this job
        missed = packages_missed(ctx, g, m)
        if missed:
            listed = tuple(_package_label(pid, ctx, packages) for pid in missed)
            items[Repeat.LATE_MEMBER].append(
                (
                    member.dp,
                    {
                        "dp": member.dp,
                        "joined": f"{member.joined:%Y-%m-%d}",
                        "packages": "; ".join(listed),
                    },
                    listed,
                )
            )
    return values, items


def _package_label(package_id: str, ctx: PlanContext, packages: list[Package]) -> str:
    pos = ctx.package_by_id.get(package_id.casefold())
    name = packages[pos].name if pos is not None else ""
    return f"{package_id} ({name})" if name else package_id


def fill_header(
    pack: ChecklistPack, plan: Plan, subject: str = "", joining: list[str] | None = None
) -> FilledHeader:
    """The pack's title, summary and warnings with the plan's names in them (``joining``:
    the DPs being added to an existing group, whose summary says so)."""
    values = _plan_values(plan)
    if pack.scope is PackScope.DP_GROUP and subject:
        values["group"] = subject
    summary = pack.existing_summary if joining is not None and pack.existing_summary else None
    return FilledHeader(
        pack=pack.id,
        title=gettext(pack.title),
        subject=subject,
        summary=_substitute(summary or pack.summary, values),
        warnings=tuple(_substitute(w, values) for w in pack.warnings),
        source=pack.source,
    )


def fill(
    pack: ChecklistPack,
    plan: Plan,
    subject: str = "",
    ctx: PlanContext | None = None,
    joining: list[str] | None = None,
) -> list[FilledStep]:
    """The pack's steps filled in from the plan (``subject`` names the DP group for a
    per-group pack); repeated steps appear once per DP or server. Without a subject a
    per-group pack comes back generic. ``ctx`` saves rebuilding the rules context.

    ``joining`` names DPs being added to a group that exists: the steps are those for an
    existing group (tick the group, add what each new DP missed), not those that create it."""
    values = _plan_values(plan)
    items: dict[Repeat, list[tuple[str, dict[str, str], tuple[str, ...]]]] = {}
    if pack.scope is PackScope.DP_GROUP and subject:
        group_values, items = _group_items(plan, subject, ctx, joining)
        values.update(group_values)
    skip = GroupMode.NEW_GROUP if joining is not None else GroupMode.EXISTING_GROUP
    if any(step.repeat is Repeat.REMOTE_SITE_SYSTEM for step in pack.steps):
        items[Repeat.REMOTE_SITE_SYSTEM] = [
            (server, {"server": server, "roles": ", ".join(map(gettext, roles))}, ())
            for server, roles in remote_site_systems(plan)
        ]
    run = find_run(plan, pack.id, subject)
    progress = run.steps if run is not None else {}
    filled: list[FilledStep] = []
    for step in pack.steps:
        if step.when is skip:
            continue
        if step.repeat is Repeat.ONCE or (
            step.repeat not in items
            and not subject
            and step.repeat is not Repeat.REMOTE_SITE_SYSTEM
        ):
            filled.append(_one(pack, step, step.id, values, "", (), progress))
            continue
        for item, extra, details in items.get(step.repeat, []):
            filled.append(
                _one(pack, step, f"{step.id}:{item}", values | extra, item, details, progress)
            )
    return filled


def short_title(instruction: str, values: dict[str, str]) -> str:
    """A step without a title of its own is named by its instruction's first sentence, cut
    to a few words: a person reads words, never the step's id."""
    text = _substitute(instruction, values)
    for stop in (". ", "; ", ": "):
        text = text.split(stop, 1)[0]
    text = text.rstrip(".")
    if len(text) <= 70:
        return text
    return text[:70].rsplit(" ", 1)[0] + "…"


def _one(
    pack: ChecklistPack,
    step: PackStep,
    step_id: str,
    values: dict[str, str],
    item: str,
    details: tuple[str, ...],
    progress: dict[str, StepProgress],
) -> FilledStep:
    title = _substitute(step.title, values) if step.title else short_title(step.instruction, values)
    return FilledStep(
        id=step_id,
        step=step.id,
        title=f"{title} ({item})" if item else title,
        phase=gettext(step.phase),
        instruction=_substitute(step.instruction, values),
        expected=_substitute(step.expected, values),
        evidence=_substitute(step.evidence, values),
        sign_off=step.sign_off,
        source=pack.source_of(step),
        warning=_substitute(step.warning, values),
        item=item,
        details=details,
        again=_substitute(step.again, values) if item else "",
        progress=progress.get(step_id, StepProgress()),
    )
