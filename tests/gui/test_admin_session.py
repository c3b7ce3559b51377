"""A scripted admin session: all eight wizards on the demo plan, each with a realistic
mistake, fixed as the wizard says, Back and forth between pages, finished; every wizard is
one undo step and undoing them all gives the plan back as it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

pytestmark = pytest.mark.gui


class Session:
    """The window, the wizard driver and a log of what each finished wizard added."""

    def __init__(self, window, qtbot, drive) -> None:  # type: ignore[no-untyped-def]
        self.window, self.qtbot, self.drive = window, qtbot, drive
        self.steps: list[str] = []

    @property
    def plan(self):  # type: ignore[no-untyped-def]
        return self.window.doc.plan

    def next_enabled(self, wizard) -> bool:  # type: ignore[no-untyped-def]
        return wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    def back_and_forth(self, wizard) -> None:  # type: ignore[no-untyped-def]
        """Back one page and Next again: never a dead end."""
        here = wizard.currentPage()
        wizard.back()
        assert self.next_enabled(wizard), wizard.currentPage().findings_view.text()
        self.drive.next(wizard)
        assert wizard.currentPage() is here

    def finish(self, wizard) -> None:  # type: ignore[no-untyped-def]
        stack = self.window.doc.undo_stack
        before = stack.index()
        while wizard.currentPage() is not wizard.finish_page:
            self.drive.next(wizard)
        self.drive.finish(wizard)
        assert stack.index() == before + 1, "a wizard is one undo step"
        assert stack.undoText() == wizard.windowTitle()
        self.steps.append(wizard.windowTitle())

    def type(self, widget, text: str) -> None:  # type: ignore[no-untyped-def]
        widget.selectAll() if hasattr(widget, "selectAll") else None
        self.qtbot.keyClicks(widget, text)


def branch_dp_first_tried_on_a_share(s: Session) -> None:
    wizard = s.window.open_wizard("dp-design")
    host = wizard.host_page
    s.type(host.name, "RTM-BDP02")
    s.type(host.server, "RTM-WS0043.corp.contoso.com")
    s.type(host.ip, "10.20.0.43")
    s.drive.box(host.on_share)  # mistake: a branch DP on a server share
    s.type(host.share, "SMSPKG")
    s.drive.next(wizard)
    settings = wizard.settings_page
    assert not settings.boxes["branch"].isEnabled()  # the table says No, with the reason
    assert "Branch" in settings.reasons["branch"].text()
    wizard.back()
    s.drive.box(host.on_server)  # fixed: a branch DP is a server
    s.drive.next(wizard)
    s.drive.box(settings.boxes["branch"])
    assert "You will fix this on page 3" in settings.findings_view.text()
    s.drive.next(wizard)
    placement = wizard.placement_page
    assert not s.next_enabled(wizard)  # DP004: pulls from nowhere yet
    placement.pulls_from.setCurrentIndex(placement.pulls_from.findData("AMS-SCCM01"))
    s.back_and_forth(wizard)
    s.finish(wizard)
    dp = s.plan.distribution_points[-1]
    assert (dp.name, dp.branch, dp.host.value, dp.pulls_from) == (
        "RTM-BDP02",
        True,
        "server",
        "AMS-SCCM01",
    )


def mobile_devices_without_bits(s: Session) -> None:
    wizard = s.window.open_wizard("dp-design")
    s.type(wizard.host_page.name, "AMS-DP03")
    s.type(wizard.host_page.server, "AMS-DP03.corp.contoso.com")
    s.drive.next(wizard)
    settings = wizard.settings_page
    s.drive.box(settings.boxes["mobile-device"])  # mistake: no BITS
    assert "DP002" in settings.findings_view.text() and not s.next_enabled(wizard)
    s.qtbot.mouseClick(settings.offers["mobile-device"], Qt.MouseButton.LeftButton)
    assert settings.boxes["bits-enabled"].isChecked()
    s.finish(wizard)
    dp = s.plan.distribution_points[-1]
    assert (dp.name, dp.mobile_device_support, dp.bits_enabled) == ("AMS-DP03", True, True)


def group_named_like_one_that_exists(s: Session) -> None:
    wizard = s.window.open_wizard("dp-group")
    page = wizard.group_page
    s.type(page.name, "all netherlands dps")  # mistake: that group exists
    assert "exists already" in page.problem.text() and not s.next_enabled(wizard)
    s.type(page.name, "Imaging DPs")
    s.drive.next(wizard)
    wizard.members_page.tick("AMS-DP03")
    wizard.members_page.tick("RTM-BDP02")
    s.back_and_forth(wizard)
    s.finish(wizard)
    group = s.plan.dp_groups[-1]
    assert group.name == "Imaging DPs"
    assert sorted(m.dp for m in group.members) == ["AMS-DP03", "RTM-BDP02"]


def boundary_with_a_bad_address(s: Session) -> None:
    wizard = s.window.open_wizard("boundaries")
    page = wizard.boundaries_page
    page.add.click()
    s.type(page.name, "Utrecht office")
    page.value.selectAll()
    s.qtbot.keyClicks(page.value, "10.30.0.300/24")  # mistake: not an address
    assert page.problem.text() and not s.next_enabled(wizard)
    page.value.selectAll()
    s.qtbot.keyClicks(page.value, "10.30.0.0/24")
    assert not page.problem.text()
    s.drive.next(wizard)
    s.back_and_forth(wizard)
    s.finish(wizard)
    assert s.plan.boundaries[-1].name == "Utrecht office"
    assert s.plan.boundaries[-1].value == "10.30.0.0/24"


def pxe_certificates_too_big_and_expired(s: Session, cert_factory) -> None:  # type: ignore[no-untyped-def]
    wizard = s.window.open_wizard("pxe-certificate")
    s.type(wizard.intro_page.author, "Sanne Jansen")
    s.drive.next(wizard)
    page = wizard.certificate_page
    for mistake, rule in (
        (cert_factory("big.pfx", bits=4096), "PXE002"),
        (cert_factory("old.pfx", days=-1), "PXE005"),
    ):
        page.path.clear()
        s.qtbot.keyClicks(page.path, str(mistake))
        s.qtbot.keyClick(page.path, Qt.Key.Key_Return)  # Enter inspects, stays here
        assert wizard.currentPage() is page
        assert rule in page.findings_view.text() and not s.next_enabled(wizard)
    page.path.clear()
    s.qtbot.keyClicks(page.path, str(cert_factory("pxe.pfx", password="s3cret")))
    s.qtbot.keyClicks(page.password, "s3cret")
    s.qtbot.keyClick(page.password, Qt.Key.Key_Return)
    assert "PXE002" not in page.findings_view.text() and s.next_enabled(wizard)
    s.drive.next(wizard)
    while "browse-certificate" not in getattr(wizard.currentPage(), "boxes", {}):
        s.drive.next(wizard)
    s.drive.box(wizard.currentPage().boxes["browse-certificate"])
    s.back_and_forth(wizard)
    s.finish(wizard)
    cert = s.plan.pxe.certificate
    assert (cert.file_name, cert.key_bits) == ("pxe.pfx", 1024)
    assert cert.imported_on is not None and "s3cret" not in s.plan.model_dump_json()


def capture_only_started_in_winpe(s: Session) -> None:
    wizard = s.window.open_wizard("capture-only")
    options = wizard.options_page
    s.drive.box(options.inputs["start_in_winpe"])  # mistake: capture-only runs in Windows
    assert "Refused" in options.problem.text() and not s.next_enabled(wizard)
    s.drive.box(options.inputs["start_in_winpe"])
    s.type(options.inputs["name"], "Capture W7 reference (v2)")
    boot = options.inputs["boot_image_id"]
    boot.setCurrentIndex(boot.findData("AMS00005"))
    s.drive.next(wizard)
    s.back_and_forth(wizard)
    s.finish(wizard)
    assert s.plan.task_sequences[-1].name == "Capture W7 reference (v2)"


def hard_links_on_an_sp1_site(s: Session) -> None:
    from cmplanner.gui.commands import SetValueCommand
    from cmplanner.model.site import ServicePack

    doc = s.window.doc
    doc.push(SetValueCommand(doc, "site.service_pack", ServicePack.SP1))  # mistake: SP1
    wizard = s.window.open_wizard("usmt-hardlink")
    assert "needs ConfigMgr 2007 SP2" in wizard.options_page.problem.text()
    assert not s.next_enabled(wizard)
    wizard.reject()
    s.window.act_undo.trigger()  # the site is SP2 after all
    assert s.plan.site.service_pack is ServicePack.SP2
    wizard = s.window.open_wizard("usmt-hardlink")
    usmt = wizard.options_page.inputs["usmt_package_id"]
    usmt.setCurrentIndex(usmt.findData("AMS00003"))
    s.finish(wizard)
    ts = s.plan.task_sequences[-1]
    assert ts.builder == "usmt-hardlink" and ts.builder_options["usmt_package_id"] == "AMS00003"


def log_copy_with_a_name_the_plan_has(s: Session) -> None:
    count = len(s.plan.task_sequences)
    wizard = s.window.open_wizard("error-catching")
    options = wizard.options_page
    s.type(options.inputs["name"], s.plan.task_sequences[0].name)  # mistake: a second one
    assert "PLAN001" in options.findings_view.text() and not s.next_enabled(wizard)
    wrap = options.inputs["wrap"]
    wrap.setCurrentIndex(wrap.findData(0))  # fixed: wrap that one, in place
    s.type(options.inputs["name"], "Capture W7 reference with log copy")
    assert s.next_enabled(wizard)
    s.drive.next(wizard)
    s.back_and_forth(wizard)
    s.finish(wizard)
    assert len(s.plan.task_sequences) == count
    ts = s.plan.task_sequences[0]
    assert (ts.name, ts.builder) == ("Capture W7 reference with log copy", "error-catching")


def sp2_checklist_signed_too_early(s: Session) -> None:
    wizard = s.window.open_wizard("sp2-upgrade")
    if not wizard.intro_page.author.text():
        s.type(wizard.intro_page.author, "Sanne Jansen")
    s.drive.next(wizard)
    page = wizard.currentPage()
    first = next(iter(page.boxes))
    s.drive.box(page.not_applicable[first])  # mistake: not applicable, but why?
    assert "does not apply" in page.problem.text() and not s.next_enabled(wizard)
    s.qtbot.keyClicks(page.reasons[first], "checked with the vendor matrix last week")
    page.reasons[first].editingFinished.emit()
    assert s.next_enabled(wizard)
    while wizard.currentPage() is not wizard.sign_page:
        s.drive.next(wizard)
    s.drive.box(wizard.sign_page.sign)  # mistake: sign with steps open
    assert "not ticked yet" in wizard.sign_page.problem.text()
    s.drive.box(wizard.sign_page.sign)
    s.finish(wizard)
    run = next(r for r in s.plan.checklists if r.pack == "sp2-upgrade")
    assert run.steps[first].not_applicable and run.sign_off is None


def test_an_admin_walks_every_wizard_fixing_a_mistake_in_each(
    window, qtbot, drive, cert_factory
) -> None:
    before = window.doc.plan.model_dump()
    s = Session(window, qtbot, drive)
    branch_dp_first_tried_on_a_share(s)
    mobile_devices_without_bits(s)
    group_named_like_one_that_exists(s)
    boundary_with_a_bad_address(s)
    pxe_certificates_too_big_and_expired(s, cert_factory)
    capture_only_started_in_winpe(s)
    hard_links_on_an_sp1_site(s)
    log_copy_with_a_name_the_plan_has(s)
    sp2_checklist_signed_too_early(s)
    assert len(s.steps) == 9  # all eight wizards, the DP design one twice
    stack = window.doc.undo_stack
    while stack.canUndo():
        window.act_undo.trigger()
    assert window.doc.plan.model_dump() == before
