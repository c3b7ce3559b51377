"""The change runbook finds what changed from the plans themselves, never by reading its own
words back: a DP may be called anything, "; " and " (joined" included."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from cmplanner.demo import demo_plan
from cmplanner.model import DistributionPoint, GroupMember
from cmplanner.model.plan import Plan
from cmplanner.runbook.change import build_change_context, render_change_text

WHEN = datetime(2026, 6, 1, 12, 0)
PLAIN = "AMS-DP03"


def _joining(name: str) -> tuple[Plan, Plan]:
    """The demo plan, and the same plan where a new DP ``name`` joins its first group."""
    old = demo_plan()
    new = old.model_copy(deep=True)
    new.distribution_points.append(DistributionPoint(name=name, server="AMS-DP03.corp.contoso.com"))
    new.dp_groups[0].members.append(GroupMember(dp=name, joined=datetime(2026, 3, 1, 9)))
    return old, new


def _add_member_steps(text: str) -> list[str]:
    """The DPs named by the runbook's "tick the group on this DP" steps, in order."""
    return re.findall(
        r"Open the distribution point properties of (?:<bdi>)?(.+?)(?:</bdi>)? \(Site Systems", text
    )


@pytest.mark.parametrize(
    "name", ["AMS-DP03; (joined 2026-01-01)", "AMS-DP02; RTM-BDP01", "AMS-DP04 (joined late)"]
)
@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_a_joining_dp_gets_its_add_member_step_whatever_its_name(name: str, fmt: str) -> None:
    old, new = _joining(name)
    text = render_change_text(old, new, fmt, generated=WHEN)
    assert _add_member_steps(text) == [name]
    # everything else is what a plainly named DP gets: the other members' steps unchanged
    plain_old, plain_new = _joining(PLAIN)
    plain = render_change_text(plain_old, plain_new, fmt, generated=WHEN)
    assert _add_member_steps(plain) == [PLAIN]
    assert text.replace(name, PLAIN) == plain


def test_the_pxe_checklist_goes_to_the_dp_whose_pxe_changed() -> None:
    """A DP whose name is part of another DP's name does not take the other's PXE change."""
    old = demo_plan()
    old.distribution_points.append(
        DistributionPoint(name="AMS-DP02 backup", server="AMS-DP02B.corp.contoso.com")
    )
    new = old.model_copy(deep=True)
    new.distribution_points[1].notes = "moved to rack 4"  # AMS-DP02, listed first
    new.distribution_points[-1].pxe = True
    items = {i.change.name: i for i in build_change_context(old, new)["items"]}
    assert not items["AMS-DP02"].checklists
    assert not any("PXE" in c for c in items["AMS-DP02"].consequences)
    backup = items["AMS-DP02 backup"]
    assert backup.checklists and any("PXE checklist needed" in c for c in backup.consequences)


def test_the_change_runbook_takes_the_diff_and_checks_its_caller_has() -> None:
    """A caller that has compared and checked the plans (the app's compare view) hands both
    over; the runbook is the same as one that compares and checks again."""
    import cmplanner.runbook.change as change
    from cmplanner.model.planfile import load_plan
    from cmplanner.plandiff import diff_plans
    from cmplanner.rules.engine import Validator

    data = Path(__file__).resolve().parents[1] / "data" / "plandiff"
    old, new = load_plan(data / "base.cmplan"), load_plan(data / "late-joiner.cmplan")
    when = datetime(2026, 4, 2, 9)
    fresh = change.render_change_text(old, new, "markdown", generated=when)
    validator = Validator(new)
    diff = diff_plans(old, new, new_validator=validator)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("compared or checked again")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(change, "diff_plans", refuse)
        patch.setattr("cmplanner.rules.engine.Validator", refuse)
        given = change.render_change_text(
            old, new, "markdown", generated=when, diff=diff, new_validator=validator
        )
    assert given == fresh
