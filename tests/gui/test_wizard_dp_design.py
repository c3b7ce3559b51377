"""The DP design wizard, driven start to finish on the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

pytestmark = pytest.mark.gui


def test_design_refuses_a_forbidden_combination_and_adds_the_dp(window, qtbot, drive) -> None:
    before = window.doc.plan.model_dump()
    shown: list[str] = []
    wizard = window.open_wizard("dp-design")
    wizard.show_runbook.connect(shown.append)
    host = wizard.host_page
    qtbot.keyClicks(host.name, "AMS-DP09")
    qtbot.keyClicks(host.server, "AMS-DP09.corp.contoso.com")
    qtbot.keyClicks(host.ip, "10.10.0.99")
    drive.box(host.on_share)
    assert host.on_share.isChecked()
    drive.next(wizard)

    settings = wizard.settings_page
    multicast = settings.boxes["multicast"]
    assert not multicast.isEnabled()  # the table says No for Server Share + Multicast
    reason = settings.reasons["multicast"].text()
    assert "Multicast" in reason and "seed: Compatibility of different types" in reason
    drive.box(multicast)
    assert not multicast.isChecked()

    drive.box(settings.boxes["mobile-device"])
    assert settings.boxes["mobile-device"].isChecked()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "DP002" in settings.findings_view.text()  # Required partner missing
    offer = settings.offers["mobile-device"]
    assert offer.isVisible() and "BITS-Enabled" in offer.text()
    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    assert settings.boxes["bits-enabled"].isChecked()
    drive.next(wizard)
    drive.next(wizard)
    drive.finish(wizard)

    dp = window.doc.plan.distribution_points[-1]
    assert (dp.name, dp.host.value, dp.mobile_device_support, dp.bits_enabled, dp.multicast) == (
        "AMS-DP09",
        "server_share",
        True,
        True,
        False,
    )
    assert shown == ["dp-design"]
    assert window.doc.undo_stack.count() == 1
    window.act_undo.trigger()
    assert window.doc.plan.model_dump() == before


def test_a_bad_address_keeps_next_disabled(window, qtbot, drive) -> None:
    wizard = window.open_wizard("dp-design")
    qtbot.keyClicks(wizard.host_page.name, "X")
    qtbot.keyClicks(wizard.host_page.ip, "10.0.0.300")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "not an IP address" in wizard.host_page.problem.text()
    wizard.reject()
