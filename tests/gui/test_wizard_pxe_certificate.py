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
    assert "2. Check the file holds the private key" in wizard.sign_page.problem.text()
    assert "check-private-key" not in wizard.sign_page.problem.text()
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


def _to_certificate_page(window, qtbot, drive):  # type: ignore[no-untyped-def]
    wizard = window.open_wizard("pxe-certificate")
    qtbot.keyClicks(wizard.intro_page.author, "Jan de Vries")
    drive.next(wizard)
    return wizard, wizard.certificate_page


def test_enter_in_the_password_field_inspects_and_stays_on_the_page(
    window, qtbot, drive, cert_factory
) -> None:
    from PySide6.QtCore import Qt

    wizard, page = _to_certificate_page(window, qtbot, drive)
    qtbot.keyClicks(page.path, str(cert_factory("pxe.pfx", password="s3cret")))
    qtbot.keyClicks(page.password, "s3cret")
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    assert wizard.currentPage() is page  # the admin sees the report before going on
    assert "CN=AMS-SCCM01 PXE" in page.report.text() and page.password.text() == ""
    qtbot.keyClick(page.path, Qt.Key.Key_Enter)
    assert wizard.currentPage() is page
    wizard.reject()


@pytest.mark.parametrize(
    ("kind", "rule", "words"),
    [
        ({"bits": 4096}, "PXE002", "4096 bits"),
        ({"days": -1}, "PXE005", "expired on"),
        ({"valid_from_days": 3, "days": 400}, "PXE005", "not valid before"),
    ],
)
def test_a_certificate_configmgr_will_not_take_blocks_the_page(
    window, qtbot, drive, cert_factory, kind, rule, words
) -> None:
    wizard, page = _to_certificate_page(window, qtbot, drive)
    qtbot.keyClicks(page.path, str(cert_factory("pxe.pfx", **kind)))
    page.inspect.click()
    assert rule in page.findings_view.text() and words in page.findings_view.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.reject()


def test_imported_on_is_when_the_import_step_was_ticked(window, qtbot, drive, cert_factory) -> None:
    wizard, page = _to_certificate_page(window, qtbot, drive)
    qtbot.keyClicks(page.path, str(cert_factory("pxe.pfx")))
    page.inspect.click()
    drive.next(wizard)
    while "browse-certificate" not in getattr(wizard.currentPage(), "boxes", {}):
        drive.next(wizard)
    drive.box(wizard.currentPage().boxes["browse-certificate"])
    while wizard.currentPage() is not wizard.finish_page:
        drive.next(wizard)
    drive.finish(wizard)
    plan = window.doc.plan
    run = next(r for r in plan.checklists if r.pack == "pxe-certificate-import")
    assert plan.pxe.certificate.imported_on is not None
    assert plan.pxe.certificate.imported_on == run.steps["browse-certificate"].at
    assert plan.pxe.certificate.not_before is not None
