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


def export_and_wait(qtbot, panel, path: Path):  # type: ignore[no-untyped-def]
    """Start an export from the panel and wait until it has ended, however it ends."""
    export = panel.export_pdf(path)
    assert export is not None
    qtbot.waitUntil(lambda: not export.running, timeout=60_000)
    return export


def test_pdf_export_of_one_section_and_the_whole_runbook(window, qtbot, tmp_path: Path) -> None:
    section = tmp_path / "groups.pdf"
    window.runbook.show_section("dp-groups")
    export_and_wait(qtbot, window.runbook, section)
    window.runbook.section.setCurrentIndex(0)
    whole = tmp_path / "whole.pdf"
    export_and_wait(qtbot, window.runbook, whole)
    assert section.read_bytes().startswith(b"%PDF")
    assert whole.stat().st_size > section.stat().st_size
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.cmplan", "groups.pdf", "whole.pdf"]
    assert "whole.pdf" in window.statusBar().currentMessage()


def test_the_window_answers_while_a_pdf_is_exported(window, qtbot, tmp_path: Path) -> None:
    """A timer keeps firing while the export runs: the window is never frozen by it."""
    from PySide6.QtCore import QTimer

    ticks_while_exporting = []
    export = None
    timer = QTimer(window)
    timer.setInterval(10)
    timer.timeout.connect(
        lambda: ticks_while_exporting.append(1) if export is not None and export.running else None
    )
    timer.start()
    out = tmp_path / "runbook.pdf"
    export = window.runbook.export_pdf(out)
    assert export is not None and export.running  # export_pdf returned before the end
    qtbot.waitUntil(lambda: not export.running, timeout=60_000)
    timer.stop()
    assert len(ticks_while_exporting) >= 3
    assert out.read_bytes().startswith(b"%PDF")


def test_the_export_shows_its_progress_and_its_page_count(window, qtbot, tmp_path) -> None:
    seen: list[tuple[str, int, int]] = []
    export = window.runbook.export_pdf(tmp_path / "runbook.pdf")
    export.progressed.connect(lambda *a: seen.append(a))
    qtbot.waitExposed(export.dialog)
    with qtbot.waitSignal(export.finished, timeout=60_000) as ended:
        pass
    path, pages = ended.args
    assert path == tmp_path / "runbook.pdf" and pages > 1
    assert {"layout", "paint"} <= {stage for stage, _d, _t in seen}
    assert ("paint", pages, pages) in seen
    assert not export.dialog.isVisible()


def _on_first_progress(export, action) -> None:  # type: ignore[no-untyped-def]
    """Run ``action`` once, in the turn of the event loop that delivers the first progress."""
    done: list[bool] = []

    def once(*_args: object) -> None:
        if not done:
            done.append(True)
            action()

    export.progressed.connect(once)


def _cancel_button(dialog):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton

    return dialog.findChild(QPushButton)


@pytest.mark.parametrize("when", ["at once", "while it prints"])
def test_a_cancelled_export_leaves_no_file(window, qtbot, tmp_path: Path, when: str) -> None:
    out = tmp_path / "runbook.pdf"
    export = window.runbook.export_pdf(out)
    qtbot.waitExposed(export.dialog)
    with qtbot.waitSignal(export.cancelled, timeout=60_000):
        if when == "while it prints":
            # Cancel as the first progress arrives: waiting for it and clicking afterwards
            # raced a small runbook that was already done by then.
            _on_first_progress(export, lambda: _cancel_button(export.dialog).click())
        else:
            qtbot.mouseClick(_cancel_button(export.dialog), Qt.MouseButton.LeftButton)
    assert not export.running and not export.dialog.isVisible()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.cmplan"]


def test_a_cancelled_export_keeps_the_file_it_would_have_replaced(
    window, qtbot, tmp_path: Path
) -> None:
    out = tmp_path / "runbook.pdf"
    out.write_bytes(b"the earlier export")
    export = window.runbook.export_pdf(out)
    with qtbot.waitSignal(export.cancelled, timeout=60_000):
        # Esc is the dialog's Cancel, pressed while it prints (as the first progress arrives)
        _on_first_progress(export, lambda: qtbot.keyClick(export.dialog, Qt.Key.Key_Escape))
    assert out.read_bytes() == b"the earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.cmplan", "runbook.pdf"]


def test_an_export_that_cannot_write_says_so(window, qtbot, tmp_path, no_modal_dialogs) -> None:
    assert window.runbook.export_pdf(tmp_path / "missing" / "runbook.pdf") is None
    assert any(p.startswith("error:") and "missing" in p for p in no_modal_dialogs)


def test_closing_the_window_ends_a_running_export(window, qtbot, tmp_path: Path) -> None:
    export = window.runbook.export_pdf(tmp_path / "runbook.pdf")
    qtbot.waitUntil(lambda: export._started, timeout=30_000)  # its process is running
    window.close()
    assert not export.running
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.cmplan"]
    assert not export._process.is_alive()


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


def test_a_runbook_that_many_rows_is_never_rendered_for_the_preview(window, monkeypatch) -> None:
    """A large plan's preview is judged from the plan: rendering it would hold the window for
    a second or more only to show the note."""
    from cmplanner.gui import runbook_panel

    monkeypatch.setattr(runbook_panel, "PREVIEW_ROWS", 5)
    rendered: list[object] = []
    monkeypatch.setattr(runbook_panel, "render_html", lambda *a: rendered.append(a) or "")
    window.runbook.refresh()
    text = window.runbook.browser.toPlainText()
    assert "too many to show here" in text and "PDF" in text and rendered == []
    window.runbook.show_section("pxe")  # one small section is rendered as before
    assert rendered


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


def test_the_plan_snapshot_is_the_plans_own_json(window, qtbot) -> None:
    import json

    from cmplanner.gui.plan_snapshot import PlanSnapshot

    snapshot = PlanSnapshot(window.doc)
    with qtbot.waitSignal(snapshot.ready, timeout=10_000) as got:
        pass
    assert json.loads(got.args[0]) == json.loads(window.doc.plan.model_dump_json())


def test_an_edit_while_the_snapshot_is_written_starts_it_again(window, qtbot, monkeypatch) -> None:
    import json

    from cmplanner.gui import plan_snapshot
    from cmplanner.gui.commands import SetValueCommand

    monkeypatch.setattr(plan_snapshot, "SLICE_S", 0.0)  # one piece per event-loop turn
    snapshot = plan_snapshot.PlanSnapshot(window.doc)
    for _ in range(3):  # a few pieces written, as the event loop would
        snapshot._step()
    assert not snapshot.done
    window.doc.push(SetValueCommand(window.doc, "name", "Renamed while exporting"))
    with qtbot.waitSignal(snapshot.ready, timeout=10_000) as got:
        pass
    assert snapshot.restarts >= 1  # (one edit may say so by more than one signal)
    data = json.loads(got.args[0])
    assert data["name"] == "Renamed while exporting"
    assert data == json.loads(window.doc.plan.model_dump_json())


def test_the_preview_shows_the_plan_title_once(window) -> None:
    panel = window.runbook
    panel.show_section("dp-groups")
    text = panel.browser.toPlainText()
    assert text.count(window.doc.plan.name) == 1, text[:400]
