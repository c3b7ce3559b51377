"""Runbook preview, print preview and PDF export, all through the runbook renderers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui


def test_preview_shows_the_rendered_runbook_and_one_section(window, qtbot) -> None:
    panel = window.runbook
    panel.refresh()
    assert window.doc.plan.name in panel.browser.toPlainText()
    panel.show_section("dp-groups")
    text = panel.browser.toPlainText()
    assert "All Netherlands DPs" in text
    assert panel.selected_sections() == ["dp-groups"]


def test_pdf_export_of_one_section_and_the_whole_runbook(window, tmp_path: Path) -> None:
    section = tmp_path / "groups.pdf"
    window.runbook.show_section("dp-groups")
    assert window.runbook.export_pdf(section) == section
    window.runbook.section.setCurrentIndex(0)
    whole = tmp_path / "whole.pdf"
    assert window.runbook.export_pdf(whole) == whole
    assert section.read_bytes().startswith(b"%PDF")
    assert whole.stat().st_size > section.stat().st_size


def test_a_pdf_export_shows_a_wait_pointer_only_while_it_writes(
    window, tmp_path: Path, no_modal_dialogs, monkeypatch
) -> None:
    from PySide6.QtWidgets import QApplication

    import cmplanner.render.pdf as pdf

    seen = []
    real = pdf.write_pdf
    monkeypatch.setattr(
        pdf,
        "write_pdf",
        lambda *a: (seen.append(QApplication.overrideCursor().shape()), real(*a))[1],
    )
    assert window.runbook.export_pdf(tmp_path / "runbook.pdf") is not None
    assert seen == [Qt.CursorShape.WaitCursor] and QApplication.overrideCursor() is None
    assert window.runbook.export_pdf(tmp_path / "missing" / "runbook.pdf") is None
    assert QApplication.overrideCursor() is None  # restored when the write fails too
    assert any(p.startswith("error:") for p in no_modal_dialogs)


def test_print_preview_opens_without_blocking(window, qtbot) -> None:
    dialog = window.runbook.print_preview()
    qtbot.waitExposed(dialog)
    assert dialog.isVisible()
    dialog.close()


def test_print_opens_the_print_dialog_without_blocking(window, qtbot) -> None:
    window.act_print.trigger()  # File > Print... (it once failed in the binding's open())
    dialog = window.runbook._print
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and dialog.windowModality() == Qt.WindowModality.WindowModal
    dialog.reject()


def test_a_wizard_offers_its_runbook_section(window, qtbot, drive) -> None:
    wizard = window.open_wizard("dp-group")
    qtbot.keyClicks(wizard.group_page.name, "Imaging")
    drive.next(wizard)
    wizard.members_page.tick("AMS-SCCM01")
    drive.next(wizard)
    drive.next(wizard)
    drive.finish(wizard)
    assert window.runbook.selected_sections() == ["dp-groups"]
    assert "Imaging" in window.runbook.browser.toPlainText()


def test_a_runbook_too_large_to_lay_out_is_not_shown(window, monkeypatch) -> None:
    from cmplanner.gui import runbook_panel

    monkeypatch.setattr(runbook_panel, "PREVIEW_LIMIT", 100)
    window.runbook.refresh()
    text = window.runbook.browser.toPlainText()
    assert "too large to show here" in text and "PDF" in text


def test_autosave_runs_every_minute(window) -> None:
    assert window.autosave_timer.isActive()
    assert window.autosave_timer.interval() == 60_000


def test_print_preview_holds_its_printer_until_the_dialog_is_gone(window, qtbot) -> None:
    from cmplanner.gui.dialogs import KeptAlive

    dialog = window.runbook.print_preview()
    qtbot.waitExposed(dialog)
    printer = dialog.printer()
    assert KeptAlive.holds(dialog)
    import shiboken6

    dialog.close()  # deleted on close: a second preview does not pile up dialogs
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    qtbot.waitUntil(lambda: not KeptAlive.holds(dialog))
    assert printer is not None
