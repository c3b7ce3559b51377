"""Keyboard and layout of the wizards: Alt-keys on every setting box, package IDs chosen from
the plan, headers that fit at the smallest size, one header style on every page."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtWidgets import QWizard

from cmplanner.gui.wizards.base import mnemonic_of

pytestmark = pytest.mark.gui


def test_every_setting_box_has_its_own_alt_key(window, qtbot, drive) -> None:
    wizard = window.open_wizard("dp-design")
    qtbot.keyClicks(wizard.host_page.name, "AMS-DP09")
    drive.next(wizard)
    page = wizard.settings_page
    boxes = [*page.boxes.values(), page.pxe]
    keys = [mnemonic_of(box.text()) for box in boxes]
    assert all(keys), [b.text() for b in boxes]
    assert len(set(keys)) == len(keys) and not set(keys) & set("bnfc")
    wizard.reject()


def test_task_sequence_check_boxes_have_alt_keys(window) -> None:
    from PySide6.QtWidgets import QCheckBox

    wizard = window.open_wizard("capture-only")
    boxes = [w for w in wizard.options_page.inputs.values() if isinstance(w, QCheckBox)]
    keys = [mnemonic_of(box.text()) for box in boxes]
    assert all(keys) and len(set(keys)) == len(keys)
    wizard.reject()


def test_package_ids_are_chosen_from_the_plan_and_a_blank_one_is_noted(
    window, qtbot, drive
) -> None:
    wizard = window.open_wizard("usmt-hardlink")
    options = wizard.options_page
    combo = options.inputs["usmt_package_id"]
    usmt = next(p for p in window.doc.plan.packages if "USMT" in p.name)
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert f"{usmt.package_id} ({usmt.name})" in labels
    assert "No USMT 4 package ID yet; fill it in above before importing." in options.notes.text()
    combo.setCurrentIndex(combo.findData(usmt.package_id))
    assert "USMT 4 package ID" not in options.notes.text()
    assert options.options()["usmt_package_id"] == usmt.package_id
    combo.setEditText("AMS99999")  # typed by hand: taken as typed
    assert options.options()["usmt_package_id"] == "AMS99999"
    wizard.reject()


def test_locality_headers_fit_at_the_smallest_size(window, qtbot, drive) -> None:
    wizard = window.open_wizard("boundaries")
    wizard.resize(wizard.minimumSize())
    drive.next(wizard)
    table = wizard.locality_page.table
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(table.columnCount()):
        text = table.horizontalHeaderItem(column).text()
        widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
        assert header.sectionSize(column) >= widest + 8, (text, header.sectionSize(column))
    wizard.reject()


@pytest.mark.parametrize("key", ["pxe-certificate", "sp2-upgrade"])
def test_intro_and_sign_off_pages_have_the_same_header_as_the_others(window, key) -> None:
    wizard = window.open_wizard(key)
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        assert page.title() and page.subTitle(), type(page).__name__
    assert wizard.button(QWizard.WizardButton.NextButton) is not None
    wizard.reject()


def _tab_chain(page, wizard) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    chain: list[tuple[int, int, str]] = []
    widget, seen = page.nextInFocusChain(), set()
    while widget is not None and widget is not page and id(widget) not in seen:
        seen.add(id(widget))
        if (
            page.isAncestorOf(widget)
            and widget.isVisibleTo(wizard)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            corner = widget.mapTo(page, widget.rect().topLeft())
            chain.append((corner.y(), corner.x(), widget.accessibleName() or type(widget).__name__))
        widget = widget.nextInFocusChain()
    return chain


@pytest.mark.parametrize("key", ["dp-design", "dp-group", "capture-only", "error-catching"])
def test_tab_order_follows_the_page(window, qtbot, key) -> None:
    wizard = window.open_wizard(key)
    if key == "dp-design":
        qtbot.keyClicks(wizard.host_page.name, "AMS-DP09")
    elif key == "dp-group":
        qtbot.keyClicks(wizard.group_page.name, "Imaging DPs")
    while True:
        page = wizard.currentPage()
        chain = _tab_chain(page, wizard)
        for before, after in pairwise(chain):
            assert after[0] >= before[0] - 4, f"{page.title()}: {before} then {after}"
        button = wizard.button(QWizard.WizardButton.NextButton)
        if page.isFinalPage() or not button.isEnabled():
            break
        wizard.next()
    wizard.reject()
