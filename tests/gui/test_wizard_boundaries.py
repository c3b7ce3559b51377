"""The boundaries and locality wizard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

pytestmark = pytest.mark.gui


def test_define_boundaries_see_locality_and_apply(window, qtbot, drive) -> None:
    before = window.doc.plan.model_dump()
    wizard = window.open_wizard("boundaries")
    page = wizard.boundaries_page
    count = len(page.rows)
    qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)
    assert len(page.rows) == count + 1
    page.name.selectAll()
    qtbot.keyClicks(page.name, "Utrecht office")
    page.value.selectAll()
    qtbot.keyClicks(page.value, "10.40.0.0/33")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "not a valid ip subnet" in page.problem.text()
    page.value.selectAll()
    qtbot.keyClicks(page.value, "10.40.0.0/24")
    drive.next(wizard)
    locality = wizard.locality_page
    names = [locality.table.item(r, 0).text() for r in range(locality.table.rowCount())]
    assert "Utrecht office" in names
    row = names.index("Utrecht office")
    assert locality.table.item(row, 2).text() == "—"  # no DP inside it: nothing local
    assert "AMS-DP02" in locality.table.item(row, 5).text()  # protected elsewhere
    assert locality.table.item(row, 4).text() == "—"  # no protected DP here: no fallback
    drive.next(wizard)
    drive.finish(wizard)
    assert window.doc.plan.boundaries[-1].name == "Utrecht office"
    window.act_undo.trigger()
    assert window.doc.plan.model_dump() == before
