"""Checklist progress as pure functions over a plan: tick, untick, reset, sign off."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cmplanner.checklists import fill, load_packs, open_steps, reset, sign_off, tick, untick
from cmplanner.checklists.fill import find_run
from cmplanner.demo import demo_plan
from cmplanner.errors import InputError
from cmplanner.model.checklist import StepProgress
from cmplanner.model.planfile import load_plan, save_plan

pytestmark = pytest.mark.core

AT = datetime(2026, 4, 1, 9, 30)


def fresh():  # type: ignore[no-untyped-def]
    """The demo plan without the progress it ships with."""
    return demo_plan().model_copy(update={"checklists": []})


GROUP = "All Netherlands DPs"


def test_tick_returns_a_new_plan_and_leaves_the_old_one_alone() -> None:
    plan = fresh()
    before = plan.model_dump_json()
    after = tick(
        plan,
        "dp-group-creation",
        GROUP,
        "open-site-systems",
        "Ann",
        evidence="console on AMS-SCCM01",
        note="first try",
        at=AT,
    )
    assert plan.model_dump_json() == before
    run = find_run(after, "dp-group-creation", GROUP)
    assert run is not None and run.started == AT
    progress = run.steps["open-site-systems"]
    assert (progress.done, progress.by, progress.at, progress.evidence, progress.note) == (
        True,
        "Ann",
        AT,
        "console on AMS-SCCM01",
        "first try",
    )
    step = next(
        s
        for s in fill(load_packs()["dp-group-creation"], after, GROUP)
        if s.id == "open-site-systems"
    )
    assert step.done and step.progress.by == "Ann"


def test_subjects_are_matched_without_case() -> None:
    plan = tick(fresh(), "dp-group-creation", GROUP, "new-group", "Ann", at=AT)
    plan = tick(plan, "dp-group-creation", GROUP.upper(), "name-group", "Bob", at=AT)
    assert len(plan.checklists) == 1
    assert set(plan.checklists[0].steps) == {"new-group", "name-group"}


def test_repeated_steps_are_ticked_per_dp() -> None:
    plan = tick(
        fresh(),
        "dp-group-creation",
        GROUP,
        "add-missed-packages:RTM-BDP01",
        "Ann",
        evidence="Package Status: Installed",
        at=AT,
    )
    steps = {s.id: s for s in fill(load_packs()["dp-group-creation"], plan, GROUP)}
    assert steps["add-missed-packages:RTM-BDP01"].done
    assert not steps["add-member:RTM-BDP01"].done


def test_untick_removes_progress_and_the_sign_off() -> None:
    plan = fresh()
    for step_id in open_steps(plan, "log-copy-setup"):
        plan = tick(plan, "log-copy-setup", "", step_id, "Ann", at=AT)
    plan = sign_off(plan, "log-copy-setup", "", "Chris", note="all good", at=AT)
    assert find_run(plan, "log-copy-setup").sign_off.by == "Chris"
    plan = untick(plan, "log-copy-setup", "", "share")
    run = find_run(plan, "log-copy-setup")
    assert not run.steps.get("share", StepProgress()).done and run.sign_off is None


def test_sign_off_refused_while_steps_are_open_unless_allowed() -> None:
    plan = tick(fresh(), "log-copy-setup", "", "share", "Ann", at=AT)
    with pytest.raises(InputError, match="not ticked yet"):
        sign_off(plan, "log-copy-setup", "", "Chris")
    signed = sign_off(plan, "log-copy-setup", "", "Chris", at=AT, allow_open=True)
    note = find_run(signed, "log-copy-setup").sign_off.note
    assert "Signed with open steps" in note and "top-group" not in note
    assert "2. Put every working step of the task sequence into one top group" in note


def test_sign_off_refusal_names_the_open_steps_by_title() -> None:
    plan = demo_plan()
    with pytest.raises(InputError) as refused:
        sign_off(plan, "pxe-certificate-import", plan.pxe.server, "Chris")
    assert "1. Check the Client Authentication EKU" in refused.value.problem
    assert "check-eku" not in refused.value.problem


def test_not_applicable_needs_a_reason_counts_for_sign_off_and_keeps_evidence() -> None:
    from cmplanner.checklists import keep_evidence, mark_not_applicable

    plan = fresh()
    with pytest.raises(InputError, match="say why"):
        mark_not_applicable(plan, "log-copy-setup", "", "share", "Ann", " ")
    plan = keep_evidence(plan, "log-copy-setup", "", "share", r"\\srv\logs$ exists")
    plan = mark_not_applicable(plan, "log-copy-setup", "", "share", "Ann", "share exists", at=AT)
    progress = find_run(plan, "log-copy-setup").steps["share"]
    assert (progress.not_applicable, progress.reason, progress.by, progress.at) == (
        True,
        "share exists",
        "Ann",
        AT,
    )
    assert progress.evidence == r"\\srv\logs$ exists"  # typed before, kept
    assert "share" not in open_steps(plan, "log-copy-setup")
    for step_id in open_steps(plan, "log-copy-setup"):
        plan = tick(plan, "log-copy-setup", "", step_id, "Ann", at=AT)
    assert find_run(sign_off(plan, "log-copy-setup", "", "Chris", at=AT), "log-copy-setup")
    plan = untick(plan, "log-copy-setup", "", "share")
    kept = find_run(plan, "log-copy-setup").steps["share"]
    assert not kept.settled and kept.evidence  # evidence survives an untick


def test_reset_starts_the_run_again() -> None:
    plan = tick(fresh(), "sp2-upgrade", "", "backup-site", "Ann", at=AT)
    plan = reset(plan, "sp2-upgrade")
    assert find_run(plan, "sp2-upgrade") is None
    assert len(open_steps(plan, "sp2-upgrade")) == len(fill(load_packs()["sp2-upgrade"], plan))


@pytest.mark.parametrize(
    ("pack", "step", "by", "message"),
    [
        ("no-such-pack", "x", "Ann", "no such checklist pack"),
        ("sp2-upgrade", "no-such-step", "Ann", "has no step"),
        ("sp2-upgrade", "backup-site", "  ", "say who"),
    ],
)
def test_bad_ticks_are_refused(pack: str, step: str, by: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        tick(fresh(), pack, "", step, by)


def test_progress_survives_save_and_load(tmp_path: Path) -> None:
    plan = tick(
        fresh(),
        "pxe-certificate-import",
        "AMS-SCCM01.corp.contoso.com",
        "check-eku",
        "Ann",
        evidence="EKU: Client Authentication",
        at=AT,
    )
    path = tmp_path / "plan.cmplan"
    save_plan(plan, path)
    again = load_plan(path)
    assert again.checklists == plan.checklists


STEP_IDS = [s.id for s in load_packs()["capture-only-preflight"].steps]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.sampled_from(STEP_IDS)), max_size=20))
def test_any_sequence_of_ticks_matches_a_simple_model(ops: list[tuple[bool, str]]) -> None:
    plan = fresh()
    done: set[str] = set()
    for is_tick, step_id in ops:
        if is_tick:
            plan = tick(plan, "capture-only-preflight", "", step_id, "Ann", at=AT)
            done.add(step_id)
        else:
            plan = untick(plan, "capture-only-preflight", "", step_id)
            done.discard(step_id)
    assert set(STEP_IDS) - set(open_steps(plan, "capture-only-preflight")) == done
    runs = [r for r in plan.checklists if r.pack == "capture-only-preflight"]
    assert len(runs) <= 1
