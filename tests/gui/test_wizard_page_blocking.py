"""A wizard page blocks Next only on what that page can change; Back is never a dead end."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

pytestmark = pytest.mark.gui


def _next_enabled(wizard) -> bool:  # type: ignore[no-untyped-def]
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def _host(qtbot, wizard, name: str = "RTM-BDP02") -> None:  # type: ignore[no-untyped-def]
    host = wizard.host_page
    qtbot.keyClicks(host.name, name)
    qtbot.keyClicks(host.server, f"{name}.corp.contoso.com")


def test_a_branch_dp_can_be_finished(window, qtbot, drive) -> None:
    wizard = window.open_wizard("dp-design")
    _host(qtbot, wizard)
    drive.next(wizard)
    settings = wizard.settings_page
    drive.box(settings.boxes["branch"])
    assert settings.boxes["branch"].isChecked()
    # the branch DP does not say yet where it pulls from: that is fixed on the next page
    assert "DP004" in settings.findings_view.text()
    assert "You will fix this on page 3, Placement." in settings.findings_view.text()
    assert _next_enabled(wizard), settings.findings_view.text()
    drive.next(wizard)

    placement = wizard.placement_page
    assert wizard.currentPage() is placement
    assert "DP004" in placement.findings_view.text()
    assert not _next_enabled(wizard)  # this page shows the field: it blocks
    placement.pulls_from.setCurrentIndex(placement.pulls_from.findData("AMS-SCCM01"))
    assert "DP004" not in placement.findings_view.text()
    drive.next(wizard)
    drive.finish(wizard)
    dp = window.doc.plan.distribution_points[-1]
    assert (dp.name, dp.branch, dp.pulls_from) == ("RTM-BDP02", True, "AMS-SCCM01")
    assert window.doc.undo_stack.count() == 1


def test_back_to_the_first_page_never_blocks_on_a_later_page(window, qtbot, drive) -> None:
    wizard = window.open_wizard("dp-design")
    _host(qtbot, wizard, "AMS-DP09")
    drive.next(wizard)
    settings = wizard.settings_page
    drive.box(settings.boxes["mobile-device"])  # needs BITS-enabled too: DP002 on Settings
    assert "DP002" in settings.findings_view.text()
    assert not _next_enabled(wizard)

    wizard.back()
    host = wizard.host_page
    assert wizard.currentPage() is host
    assert "DP002" in host.findings_view.text()
    assert "You will fix this on page 2, Settings." in host.findings_view.text()
    assert _next_enabled(wizard), host.findings_view.text()
    qtbot.keyClicks(host.ip, "10.10.0.9")  # editing here keeps the way forward open
    assert _next_enabled(wizard)
    drive.next(wizard)
    assert wizard.currentPage() is settings and not _next_enabled(wizard)
    drive.box(settings.boxes["bits-enabled"])
    assert _next_enabled(wizard)
    drive.next(wizard)
    drive.next(wizard)
    drive.finish(wizard)
    assert window.doc.plan.distribution_points[-1].ip_address == "10.10.0.9"


def test_the_finish_page_blocks_on_every_error_left(window, qtbot, drive) -> None:
    wizard = window.open_wizard("dp-design")
    _host(qtbot, wizard)
    drive.next(wizard)
    drive.box(wizard.settings_page.boxes["branch"])
    drive.next(wizard)
    placement = wizard.placement_page
    assert not _next_enabled(wizard)
    wizard.back()
    assert _next_enabled(wizard)  # Settings does not show "Pulls content from"
    wizard.next()
    placement.pulls_from.setCurrentIndex(placement.pulls_from.findData("AMS-SCCM01"))
    drive.next(wizard)
    finish = wizard.finish_page
    finish_button = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.blocking == [] and finish_button.isEnabled()
    # whatever page's field an error is about, Finish refuses it and says where to go
    wizard.host_page.name.setText("AMS-DP02")  # a name the plan has already
    finish.revalidate()
    assert [f.rule for f in finish.blocking] == ["PLAN001"]
    assert not finish_button.isEnabled()
    assert "Go back to page 1, Host, to fix this." in finish.findings_view.text()
    wizard.reject()
