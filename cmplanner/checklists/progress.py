"""Progress through checklists, as pure functions over a plan.

Each function returns a new :class:`~cmplanner.model.plan.Plan` whose ``checklists`` reflect
the change and leaves the plan it was given untouched, so a GUI undo command can keep the
old plan (or its ``checklists``) and swap it back. Only ``checklists`` is copied; the rest of
the plan is shared, so ticking a step in a 1,000-DP plan costs next to nothing.
"""

from __future__ import annotations

from datetime import datetime

from cmplanner.checklists.packs import ChecklistPack, load_packs
from cmplanner.errors import InputError
from cmplanner.model.checklist import ChecklistRun, SignOff, StepProgress
from cmplanner.model.plan import Plan


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _pack(pack_id: str) -> ChecklistPack:
    packs = load_packs()
    if pack_id not in packs:
        raise InputError(
            f"checklist {pack_id}",
            "no such checklist pack; known: " + ", ".join(sorted(packs)),
            "pack",
        )
    return packs[pack_id]


def _check_step(pack: ChecklistPack, step_id: str) -> None:
    if pack.step(step_id) is None:
        raise InputError(f"checklist {pack.id}", f"the pack has no step {step_id!r}", "step")


def _with_run(plan: Plan, pack_id: str, subject: str, change: object) -> Plan:
    """A copy of ``plan`` whose run of (pack, subject) is replaced by ``change(old_run)``;
    a run that comes back as None is removed."""
    runs = list(plan.checklists)
    wanted = subject.casefold()
    pos = next(
        (
            i
            for i, run in enumerate(runs)
            if run.pack == pack_id and run.subject.casefold() == wanted
        ),
        None,
    )
    old = runs[pos] if pos is not None else ChecklistRun(pack=pack_id, subject=subject)
    new = change(old)  # type: ignore[operator]
    if pos is None:
        if new is not None:
            runs.append(new)
    elif new is None:
        del runs[pos]
    else:
        runs[pos] = new
    return plan.model_copy(update={"checklists": runs})


def tick(
    plan: Plan,
    pack_id: str,
    subject: str,
    step_id: str,
    by: str,
    evidence: str = "",
    note: str = "",
    at: datetime | None = None,
) -> Plan:
    """Mark a step done by ``by`` (required: a tick without a name proves nothing)."""
    pack = _pack(pack_id)
    _check_step(pack, step_id)
    if not by.strip():
        raise InputError(f"checklist {pack_id}", "say who did the step", "by")
    when = at or _now()

    def change(run: ChecklistRun) -> ChecklistRun:
        steps = dict(run.steps)
        steps[step_id] = StepProgress(
            done=True, by=by.strip(), at=when, evidence=evidence, note=note
        )
        return run.model_copy(update={"steps": steps, "started": run.started or when})

    return _with_run(plan, pack_id, subject, change)


def untick(plan: Plan, pack_id: str, subject: str, step_id: str) -> Plan:
    """Forget a step's tick (or its "not applicable"); a sign-off of the run no longer holds
    and is removed. Evidence typed on the step is kept: the admin typed it."""
    _check_step(_pack(pack_id), step_id)

    def change(run: ChecklistRun) -> ChecklistRun | None:
        if step_id not in run.steps:
            return run if run.steps or run.sign_off else None
        steps = {k: v for k, v in run.steps.items() if k != step_id}
        evidence = run.steps[step_id].evidence
        if evidence:
            steps[step_id] = StepProgress(evidence=evidence)
        return run.model_copy(update={"steps": steps, "sign_off": None})

    return _with_run(plan, pack_id, subject, change)


def reset(plan: Plan, pack_id: str, subject: str = "") -> Plan:
    """Start the run again: every tick and the sign-off are cleared."""
    _pack(pack_id)
    return _with_run(plan, pack_id, subject, lambda run: None)


def open_steps(plan: Plan, pack_id: str, subject: str = "") -> list[str]:
    """Ids of the filled steps that are neither ticked nor marked not applicable."""
    from cmplanner.checklists.fill import fill

    return [step.id for step in fill(_pack(pack_id), plan, subject) if not step.done]


def open_titles(plan: Plan, pack_id: str, subject: str = "") -> list[str]:
    """The open steps as a person names them: number and title ("3. Check the key size")."""
    from cmplanner.checklists.fill import fill

    steps = fill(_pack(pack_id), plan, subject)
    return [f"{n}. {step.title}" for n, step in enumerate(steps, start=1) if not step.done]


def mark_not_applicable(
    plan: Plan,
    pack_id: str,
    subject: str,
    step_id: str,
    by: str,
    reason: str,
    at: datetime | None = None,
) -> Plan:
    """Mark a step as not applicable here; the reason is required (it is printed, and the
    step then counts as done for sign-off). Evidence typed earlier is kept."""
    pack = _pack(pack_id)
    _check_step(pack, step_id)
    if not by.strip():
        raise InputError(f"checklist {pack_id}", "say who decided the step does not apply", "by")
    if not reason.strip():
        raise InputError(f"checklist {pack_id}", "say why the step does not apply", "reason")
    when = at or _now()

    def change(run: ChecklistRun) -> ChecklistRun:
        steps = dict(run.steps)
        old = steps.get(step_id, StepProgress())
        steps[step_id] = old.model_copy(
            update={
                "done": False,
                "not_applicable": True,
                "reason": reason.strip(),
                "by": by.strip(),
                "at": when,
            }
        )
        return run.model_copy(update={"steps": steps, "started": run.started or when})

    return _with_run(plan, pack_id, subject, change)


def keep_evidence(plan: Plan, pack_id: str, subject: str, step_id: str, evidence: str) -> Plan:
    """Keep evidence typed on a step that is not ticked yet (the tick comes later)."""
    _check_step(_pack(pack_id), step_id)

    def change(run: ChecklistRun) -> ChecklistRun | None:
        steps = dict(run.steps)
        old = steps.get(step_id, StepProgress())
        if old.evidence == evidence:
            return run if run.steps or run.sign_off else None
        steps[step_id] = old.model_copy(update={"evidence": evidence})
        return run.model_copy(update={"steps": steps})

    return _with_run(plan, pack_id, subject, change)


def sign_off(
    plan: Plan,
    pack_id: str,
    subject: str,
    by: str,
    note: str = "",
    at: datetime | None = None,
    allow_open: bool = False,
) -> Plan:
    """Sign the run off. Refused while steps are open unless ``allow_open`` (then the
    open steps are named in the note so the signature says what it covers)."""
    if not by.strip():
        raise InputError(f"checklist {pack_id}", "say who signs off", "by")
    missing = open_titles(plan, pack_id, subject)
    if missing and not allow_open:
        raise InputError(
            f"checklist {pack_id}",
            f"{len(missing)} step(s) are not ticked yet: "
            + "; ".join(missing[:10])
            + (" ..." if len(missing) > 10 else ""),
            "sign_off",
        )
    if missing:
        note = (note + " " if note else "") + "Signed with open steps: " + "; ".join(missing)
    when = at or _now()

    def change(run: ChecklistRun) -> ChecklistRun:
        return run.model_copy(
            update={
                "sign_off": SignOff(by=by.strip(), at=when, note=note),
                "started": run.started or when,
            }
        )

    return _with_run(plan, pack_id, subject, change)
