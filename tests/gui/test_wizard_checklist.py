"""Any checklist pack as a wizard: the log view's open_checklist signal lands here."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_open_checklist_walks_a_pack_for_a_chosen_group(window, qtbot, drive) -> None:
    wizard = window.open_checklist("dp-group-creation")
    intro = wizard.intro_page
    assert intro.subject.isVisibleTo(intro)  # the demo plan has two groups
    intro.subject.setCurrentIndex(intro.subject.findData("OSD load balancing"))
    assert wizard.subject == "OSD load balancing"
    qtbot.keyClicks(intro.author, "Sam")
    drive.next(wizard)
    page = wizard.currentPage()
    first = next(iter(page.boxes))
    drive.box(page.boxes[first])
    while wizard.currentPage() is not wizard.sign_page:
        drive.next(wizard)
    drive.next(wizard)
    drive.finish(wizard)
    run = window.doc.plan.checklists[-1]
    assert (run.pack, run.subject) == ("dp-group-creation", "OSD load balancing")
    assert run.steps[first].by == "Sam"


def test_known_packs_open_their_own_wizard_and_unknown_ones_do_not(window) -> None:
    assert type(window.open_checklist("sp2-upgrade")).__name__ == "Sp2UpgradeWizard"
    window.wizard.reject()
    assert window.open_checklist("no-such-pack") is None
    assert "no-such-pack" in window.statusBar().currentMessage()


def test_the_log_view_signal_opens_the_checklist(window, qtbot) -> None:
    view = window.log_view()
    if view is None:
        pytest.skip("this build has no log view")
    view.open_checklist.emit("pxe-policy-decoding-error")
    assert window.wizard.pack.id == "pxe-policy-decoding-error"
    window.wizard.reject()
