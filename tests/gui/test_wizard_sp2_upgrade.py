"""The SP2 upgrade check: before and after, evidence, sign-off."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_every_step_ticked_and_signed_off(window, qtbot, drive) -> None:
    before = window.doc.plan.model_dump()
    wizard = window.open_wizard("sp2-upgrade")
    qtbot.keyClicks(wizard.intro_page.author, "Priya")
    drive.next(wizard)
    titles = []
    while wizard.currentPage() is not wizard.sign_page:
        page = wizard.currentPage()
        titles.append(page.title())
        for step_id, box in page.boxes.items():
            qtbot.keyClicks(page.evidence[step_id], f"seen {step_id}")
            drive.box(box)
        drive.next(wizard)
    assert titles == ["Before the upgrade", "The upgrade", "After the upgrade"]
    assert wizard.sign_page.status.text().startswith(f"{len(wizard.steps())} of")
    drive.box(wizard.sign_page.sign)
    qtbot.keyClicks(wizard.sign_page.note, "upgrade done")
    assert wizard.sign_page.problem.text() == ""
    drive.next(wizard)
    drive.finish(wizard)
    run = window.doc.plan.checklists[-1]
    assert run.pack == "sp2-upgrade"
    assert run.sign_off is not None and run.sign_off.by == "Priya"
    assert all(p.done and p.evidence.startswith("seen ") for p in run.steps.values())
    assert len(run.steps) == len(wizard.steps())
    window.act_undo.trigger()
    assert window.doc.plan.model_dump() == before
