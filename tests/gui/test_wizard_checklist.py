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
    message = window.statusBar().currentMessage()
    assert "no such checklist" in message and "no-such-pack" not in message  # ids stay in files


def test_the_log_view_signal_opens_the_checklist(window, qtbot) -> None:
    view = window.log_view()
    if view is None:
        pytest.skip("this build has no log view")
    view.open_checklist.emit("pxe-policy-decoding-error")
    assert window.wizard.pack.id == "pxe-policy-decoding-error"
    window.wizard.reject()


def test_a_step_not_applicable_with_a_reason_who_ticked_and_kept_evidence(
    window, qtbot, drive
) -> None:
    from PySide6.QtWidgets import QGroupBox

    wizard = window.open_checklist("log-copy-setup")
    qtbot.keyClicks(wizard.intro_page.author, "Sam")
    drive.next(wizard)
    page = wizard.currentPage()
    open_ids = [sid for sid in page.boxes if not wizard.progress(sid).settled]
    first, second = open_ids[:2]
    titles = [b.title() for b in page.findChildren(QGroupBox)]
    assert all(not t.endswith(f". {sid}") for t, sid in zip(titles, page.boxes, strict=False))
    assert titles[0].startswith("1. Create a share")

    # evidence typed before the tick is kept, and so is the tick's author and time
    qtbot.keyClicks(page.evidence[second], "top group set")
    page.evidence[second].editingFinished.emit()  # what leaving the field does
    assert wizard.progress(second).evidence == "top group set"
    drive.box(page.boxes[second])
    assert page.who[second].text().startswith("Ticked by Sam, ")

    # not applicable needs a reason, then counts as done
    drive.box(page.not_applicable[first])
    assert f"Say why step {page.numbers[first]} does not apply" in page.problem.text()
    qtbot.keyClicks(page.reasons[first], "the share exists already")
    page.reasons[first].editingFinished.emit()
    assert page.problem.text() == ""
    assert page.who[first].text().startswith("Not applicable, by Sam, ")
    while wizard.currentPage() is not wizard.sign_page:
        drive.next(wizard)
    drive.next(wizard)
    drive.finish(wizard)
    run = next(r for r in window.doc.plan.checklists if r.pack == "log-copy-setup")
    assert run.steps[first].not_applicable and run.steps[first].reason
    assert run.steps[second].evidence == "top group set" and run.steps[second].by == "Sam"
