"""The DP group wizard: members, late joiners from the rules engine, console steps."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

pytestmark = pytest.mark.gui


def test_new_group_with_members_and_console_steps(window, qtbot, drive) -> None:
    before = window.doc.plan.model_dump()
    wizard = window.open_wizard("dp-group")
    page = wizard.group_page
    qtbot.keyClicks(page.name, "All Netherlands DPs")  # exists already: refused
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "exists already" in page.problem.text()
    page.name.clear()
    qtbot.keyClicks(page.name, "Imaging DPs")
    page.purpose.setCurrentIndex(page.purpose.findData("load_balancing"))
    assert "GRP002" in page.findings_view.text()
    page.purpose.setCurrentIndex(0)
    drive.next(wizard)
    members = wizard.members_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    members.tick("AMS-SCCM01")
    members.tick("AMS-DP02")
    drive.next(wizard)
    steps = wizard.console_page.steps.toPlainText()
    assert "Imaging DPs" in steps and "AMS-SCCM01" in steps
    drive.next(wizard)
    drive.finish(wizard)
    group = window.doc.plan.dp_groups[-1]
    assert group.name == "Imaging DPs"
    assert [m.dp for m in group.members] == ["AMS-SCCM01", "AMS-DP02"]
    window.act_undo.trigger()
    assert window.doc.plan.model_dump() == before


def test_late_joiner_lists_the_packages_it_misses(window, qtbot, drive) -> None:
    wizard = window.open_wizard("dp-group")
    drive.box(wizard.group_page.existing)
    drive.next(wizard)
    wizard.members_page.tick("AMS-FS01 share")
    text = wizard.members_page.findings_view.text()
    assert "GRP001" in text and "AMS-FS01 share joined All Netherlands DPs" in text
    for package in window.doc.plan.packages:
        if any(s.target == "All Netherlands DPs" for s in package.sent):
            assert package.package_id in text
    drive.next(wizard)
    drive.next(wizard)
    drive.finish(wizard)
    members = window.doc.plan.dp_groups[0].members
    assert members[-1].dp == "AMS-FS01 share"


def test_adding_to_an_existing_group_shows_the_existing_group_steps(window, qtbot, drive) -> None:
    wizard = window.open_wizard("dp-group")
    drive.box(wizard.group_page.existing)
    drive.next(wizard)
    wizard.members_page.tick("AMS-FS01 share")
    drive.next(wizard)
    steps = wizard.console_page.steps.toPlainText()
    assert "New icon" not in steps  # the group exists: it is not created again
    assert "tick the existing group All Netherlands DPs" in steps
    assert "Add distribution points to the existing DP group" in steps
    already = [m.dp for m in window.doc.plan.dp_groups[0].members]
    for member in already:  # members it already has are not ticked again
        assert f"Select {member}," not in steps
    assert "Select AMS-FS01 share," in steps
    assert "Add these packages to AMS-FS01 share by hand" in steps
    wizard.reject()
