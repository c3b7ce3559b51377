"""Typing in a wizard never waits for a full check of the plan: the new DP is re-checked
through the engine's incremental path on a plan copied shallowly once, and on a large plan
the check waits until typing pauses."""

from __future__ import annotations

import pytest

from cmplanner.model.plan import Plan
from cmplanner.rules import engine

pytestmark = pytest.mark.gui


def test_keys_in_the_dp_design_wizard_recheck_incrementally_without_deep_copies(
    window, qtbot, monkeypatch
) -> None:
    wizard = window.open_wizard("dp-design")
    host = wizard.host_page
    qtbot.keyClicks(host.name, "AMS-DP09")
    deep, resets, rechecks = [], [], []
    real_copy = Plan.model_copy
    real_reset, real_recheck = engine.Validator.reset, engine.Validator.recheck

    def copy(self, *a, **kw):  # type: ignore[no-untyped-def]
        if kw.get("deep"):
            deep.append(1)
        return real_copy(self, *a, **kw)

    def reset(self, plan):  # type: ignore[no-untyped-def]
        resets.append(1)
        return real_reset(self, plan)

    def recheck(self, subject):  # type: ignore[no-untyped-def]
        rechecks.append(subject)
        return real_recheck(self, subject)

    monkeypatch.setattr(Plan, "model_copy", copy)
    monkeypatch.setattr(engine.Validator, "reset", reset)
    monkeypatch.setattr(engine.Validator, "recheck", recheck)
    qtbot.keyClicks(host.server, "dp09.corp")
    qtbot.keyClicks(host.ad_site, "Amsterdam")
    path = f"distribution_points[{len(window.doc.plan.distribution_points)}]"
    assert deep == []  # never a deep copy of the plan per key
    assert len(rechecks) == len("dp09.corp") + len("Amsterdam")
    assert set(rechecks) == {path}
    assert resets == []  # the incremental path, not a full validation
    assert "no IP address or AD site" not in host.findings_view.text()  # it saw the AD site
    wizard.reject()


def test_on_a_large_plan_the_check_waits_until_typing_pauses(qtbot) -> None:
    from cmplanner.gui.app import create_window
    from cmplanner.gui.wizards.base import DEBOUNCE_MS, LARGE_PLAN
    from cmplanner.model.distribution import DistributionPoint

    plan = Plan(
        name="large",
        distribution_points=[DistributionPoint(name=f"DP{i:04}") for i in range(LARGE_PLAN + 1)],
    )
    win = create_window(None)
    qtbot.addWidget(win)
    win.doc.replace(plan, None)
    wizard = win.open_wizard("dp-design")
    host = wizard.host_page
    checks: list[int] = []
    host._pending.timeout.connect(lambda: checks.append(1))
    qtbot.keyClicks(host.name, "DP0001")  # a name the plan has: PLAN001 once checked
    assert checks == [] and host._pending.isActive()
    assert "PLAN001" not in host.findings_view.text()  # not checked on every key
    qtbot.waitUntil(lambda: checks == [1], timeout=DEBOUNCE_MS * 20)
    assert "PLAN001" in host.findings_view.text()
    from PySide6.QtWidgets import QWizard

    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.reject()
    win.doc.undo_stack.setClean()
