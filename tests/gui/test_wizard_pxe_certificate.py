"""The PXE certificate import checklist wizard: inspect, refuse, tick, sign off, undo."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

pytestmark = pytest.mark.gui


def test_refuses_a_certificate_without_client_auth_then_records_a_good_one(
    window, qtbot, drive, cert_factory
) -> None:
    before = window.doc.plan.model_dump()
    wizard = window.open_wizard("pxe-certificate")
    intro = wizard.intro_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(intro.author, "Jan de Vries")
    drive.next(wizard)

    page = wizard.certificate_page
    qtbot.keyClicks(page.path, str(cert_factory("server.cer", client_auth=False)))
    page.inspect.click()
    assert "PXE002" in page.findings_view.text()
    assert "Client Authentication" in page.findings_view.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    page.path.clear()
    qtbot.keyClicks(page.path, str(cert_factory("pxe.pfx", password="s3cret")))
    page.inspect.click()
    assert "protected" in page.problem.text()
    qtbot.keyClicks(page.password, "s3cret")
    page.inspect.click()
    assert page.password.text() == ""  # the password is not kept
    assert "PXE002" not in page.findings_view.text()
    assert "CN=AMS-SCCM01 PXE" in page.report.text()
    drive.next(wizard)

    phase = wizard.currentPage()
    first = next(iter(phase.boxes))
    qtbot.keyClicks(phase.evidence[first], "EKU: Client Authentication")
    drive.box(phase.boxes[first])
    while wizard.currentPage() is not wizard.sign_page:
        drive.next(wizard)
    drive.box(wizard.sign_page.sign)
    assert "not ticked yet" in wizard.sign_page.problem.text()
    drive.box(wizard.sign_page.sign)
    drive.next(wizard)
    drive.finish(wizard)

    plan = window.doc.plan
    assert plan.pxe.certificate.client_authentication_eku is True
    assert plan.pxe.certificate.file_name == "pxe.pfx"
    assert "s3cret" not in plan.model_dump_json()
    run = plan.checklists[-1]
    assert run.pack == "pxe-certificate-import"
    assert run.steps[first].by == "Jan de Vries"
    assert run.steps[first].evidence == "EKU: Client Authentication"
    assert window.doc.undo_stack.count() == 1
    window.act_undo.trigger()
    assert window.doc.plan.model_dump() == before
