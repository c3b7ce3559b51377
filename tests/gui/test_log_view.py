"""The log view with real widgets: reading off the GUI thread, filters, errors, the card."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from cmplanner.gui.log_models import LogTableModel
from cmplanner.gui.log_view import LogView
from cmplanner.model.planfile import load_plan

pytestmark = pytest.mark.gui

DATA = Path(__file__).resolve().parents[1] / "data" / "logs"
PXE = str(DATA / "pxe-cert-failure_smsts.log")
ROLLED = [str(DATA / "smsts.log"), str(DATA / "smsts-20100314-091503.log")]


@pytest.fixture
def view(qtbot):  # type: ignore[no-untyped-def]
    widget = LogView()
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    yield widget
    widget.cancel()
    widget._wait()


def load(qtbot, view: LogView, paths: list[str], plan=None) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.load(paths, plan)
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=5000)


def test_pxe_failure_card_opens_the_pxe_checklist(qtbot, view: LogView) -> None:  # type: ignore[no-untyped-def]
    load(qtbot, view, [PXE])
    assert view.model.rowCount() == 28
    assert "No cert available for policy decoding" in view.card.toPlainText()
    assert view.checklist_button.isEnabled()
    with qtbot.waitSignal(view.open_checklist) as blocker:
        qtbot.mouseClick(view.checklist_button, qtbot_left())
    assert blocker.args == ["pxe-policy-decoding-error"]


def test_the_summary_button_names_the_checklist_the_cli_names(qtbot, view: LogView) -> None:  # type: ignore[no-untyped-def]
    """``cmplanner log analyze`` and the app choose the failure's checklist by one core
    function, so they name the same one; a plan without a PXE service point changes
    nothing."""
    from cmplanner.checklists import load_packs
    from cmplanner.demo import demo_path
    from cmplanner.logs.report import failure_fix

    plan = load_plan(demo_path())
    plan.pxe = None
    for with_plan in (None, plan):
        load(qtbot, view, [PXE], with_plan)
        assert view.analysis is not None
        fix = failure_fix(view.analysis)
        assert fix is not None and fix.checklist
        title = load_packs()[fix.checklist].title
        assert view.checklist_button.text() == f"Open checklist: {title}"
        with qtbot.waitSignal(view.open_checklist) as blocker:
            qtbot.mouseClick(view.checklist_button, qtbot_left())
        assert blocker.args == [fix.checklist]


def test_next_and_previous_error_select_the_known_error(qtbot, view: LogView) -> None:  # type: ignore[no-untyped-def]
    load(qtbot, view, [PXE])
    qtbot.mouseClick(view.next_button, qtbot_left())
    entry = view.table.currentIndex().data(view_entry_role())
    assert entry.message == "No cert available for policy decoding"
    assert "KE-PXE-NOCERT" in view.card.toPlainText()
    # the checklist link names the checklist by its title; its id stays in the link target
    assert "Import the PXE service point certificate" in view.card.toPlainText()
    assert "pxe-certificate-import" not in view.card.toPlainText()
    # and the runbook section by the title the runbook prints
    assert "Runbook section: PXE service point" in view.card.toPlainText()
    qtbot.mouseClick(view.next_button, qtbot_left())
    second = view.table.currentIndex().data(view_entry_role())
    assert second.severity == 3 and second.line > entry.line
    qtbot.mouseClick(view.prev_button, qtbot_left())
    assert view.table.currentIndex().data(view_entry_role()).line == entry.line
    # the last error is followed by none
    for _ in range(5):
        view.next_error()
    assert view.next_error() is False


def test_card_links_emit_every_related_checklist(qtbot, view: LogView) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QUrl

    load(qtbot, view, [PXE])
    view.next_error()
    with qtbot.waitSignal(view.open_checklist) as blocker:
        view.card.anchorClicked.emit(QUrl("checklist:pxe-certificate-import"))
    assert blocker.args == ["pxe-certificate-import"]


def test_filters_by_text_component_and_type(qtbot, view: LogView) -> None:  # type: ignore[no-untyped-def]
    load(qtbot, view, ROLLED)
    total = view.proxy.rowCount()
    assert total == view.model.rowCount() == 48
    qtbot.keyClicks(view.filter_edit, "state store")
    assert 0 < view.proxy.rowCount() < total
    assert all(
        "state store" in view.proxy.index(r, 5).data().casefold()
        for r in range(view.proxy.rowCount())
    )
    view.filter_edit.clear()
    view.type_combo.setCurrentIndex(1)  # errors
    assert view.proxy.rowCount() == 6
    view.type_combo.setCurrentIndex(0)
    view.component_combo.setCurrentIndex(view.component_combo.findText("OSDSMPClient"))
    assert view.proxy.rowCount() == 1


def test_timeline_and_plan_mapping(qtbot, view: LogView) -> None:  # type: ignore[no-untyped-def]
    plan = load_plan(DATA / "usmt-hardlink.cmplan")
    load(qtbot, view, ROLLED, plan)
    assert view.timeline.rowCount() == 3
    assert [view.timeline.item(r, 1).text() for r in range(3)] == [
        "Capture State",
        "Set OSDStateStorePath",
        "Request State Store",
    ]
    card = view.card.toPlainText()
    assert "'Request State Store' in task sequence 'Refresh with hard-links'" in card
    assert "task_sequences[" not in card
    assert view.checklist_button.text().endswith("USMT 4.0 hard-link migration store")
    view._timeline_jump(2)
    entry = view.table.currentIndex().data(view_entry_role())
    assert "Instruction pointer: 2" in entry.message


def test_cancel_keeps_the_window_usable(qtbot, view: LogView, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "big.log"
    line = (
        '<![LOG[Set a global environment variable X=1]LOG]!><time="10:00:00.000+0" '
        'date="01-01-2010" component="TSManager" context="" type="1" thread="1" '
        'file="">\r\n'
    )
    big.write_text(line * 100_000)
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.load([str(big)])
        assert view.is_busy() and view.cancel_button.isVisible()
        view.cancel()
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=5000)
    assert view.status.text().startswith("Cancelled")
    assert view.model.rowCount() < 100_000
    assert view.analysis is not None and view.analysis.cancelled
    assert view.open_button.isEnabled()


def test_unreadable_file_is_reported_in_the_status(qtbot, view: LogView, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(view.loaded, timeout=10000):
        view.load([str(tmp_path / "missing.log")])
    assert "no such file" in view.status.text()


def test_inputs_have_accessible_names(view: LogView) -> None:
    for widget in (
        view.filter_edit,
        view.component_combo,
        view.type_combo,
        view.next_button,
        view.prev_button,
        view.table,
        view.timeline,
        view.card,
        view.checklist_button,
        view.open_button,
        view.cancel_button,
    ):
        assert widget.accessibleName()


def qtbot_left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def view_entry_role():  # type: ignore[no-untyped-def]
    from cmplanner.gui.log_models import ENTRY_ROLE

    return ENTRY_ROLE


def test_a_new_plan_maps_the_loaded_log_again(qtbot, view: LogView) -> None:  # type: ignore[no-untyped-def]
    load(qtbot, view, ROLLED)
    assert "task_sequences[" not in view.card.toPlainText()
    view.set_plan(load_plan(DATA / "usmt-hardlink.cmplan"))
    card = view.card.toPlainText()
    assert "'Request State Store' in task sequence 'Refresh with hard-links'" in card
    assert "task_sequences[" not in card
    assert view.checklist_button.text().endswith("USMT 4.0 hard-link migration store")
    view.set_plan(None)
    assert "task_sequences[" not in view.card.toPlainText()


def test_with_a_plan_the_pxe_failure_card_opens_the_pxe_certificate_wizard(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The post-SP2 PXE failure names the plan's PXE service point and certificate, and the
    card's button opens the wizard that re-imports it."""
    view = window.log_view()
    if view is None:
        pytest.skip("this build has no log view")
    with qtbot.waitSignal(view.loaded, timeout=20000):
        window.open_logs([PXE])
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=5000)
    text = view.card.toPlainText()
    pxe = window.doc.plan.pxe
    assert pxe is not None and pxe.server in text
    assert pxe.certificate is not None and pxe.certificate.file_name in text
    assert "PXE003" in text
    assert view.checklist_button.isEnabled()
    # the button says what it opens: the wizard, not a checklist the CLI does not name
    assert view.checklist_button.text() == "Open the PXE certificate wizard"
    qtbot.mouseClick(view.checklist_button, qtbot_left())
    wizard = window.wizard
    assert type(wizard).__name__ == "PxeCertificateWizard"
    qtbot.waitExposed(wizard)
    wizard.grab()  # let it paint
    wizard.reject()


def _cmtrace(message: str, line: int, type_: int = 1) -> str:
    return (
        f'<![LOG[{message}]LOG]!><time="09:00:{line:02d}.000+480" date="03-14-2010" '
        f'component="TSManager" context="" type="{type_}" thread="1932" file="engine.cxx:{line}">\n'
    )


def test_the_entry_table_and_card_hide_passwords_typed_into_messages(  # type: ignore[no-untyped-def]
    qtbot, view: LogView, tmp_path: Path
) -> None:
    log = tmp_path / "smsts.log"
    log.write_text(
        _cmtrace("Set a global environment variable _SMSTSPXEPassword=Secr3t!", 1)
        + _cmtrace(r"Executing command line: net use \\srv\share P4ssw0rd /user:corp\x", 2)
        + _cmtrace("Failed to run the action: Map drive.\nOSDJoinPassword=Hunter2 denied", 3, 3),
        encoding="utf-8",
    )
    load(qtbot, view, [str(log)])
    assert view.model.rowCount() == 3
    column = LogTableModel.COLUMNS.index("message")
    shown = []
    for row in range(view.proxy.rowCount()):
        index = view.proxy.index(row, column)
        shown.append(str(index.data()))
        shown.append(str(index.data(Qt.ItemDataRole.ToolTipRole)))
        view.table.setCurrentIndex(index)
        shown.append(view.card.toPlainText())
    view.table.viewport().grab()  # the rows are painted too
    text = "\n".join(shown)
    for secret in ("Secr3t!", "P4ssw0rd", "Hunter2"):
        assert secret not in text
    assert "_SMSTSPXEPassword=(hidden)" in text
    assert r"net use \\srv\share (hidden) /user:corp\x" in text
    # the filter finds what is shown, not what is hidden
    view.proxy.set_filters("secr3t", "", None)
    assert view.proxy.rowCount() == 0
    view.proxy.set_filters("pxepassword", "", None)
    assert view.proxy.rowCount() == 1
    # the entries themselves keep what the log says (the knowledge base reads them)
    assert "Secr3t!" in view.model.entries[0].message


def test_the_log_dock_is_laid_out_to_be_read(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """At 1280x800: the dock gets room for rows, the time of day shows, the message keeps
    its width after Next error, and the component filter reads its whole text."""
    view = window.log_view()
    if view is None:
        pytest.skip("this build has no log view")
    window.resize(1280, 800)
    qtbot.wait(10)
    with qtbot.waitSignal(view.loaded, timeout=20000):
        window.open_logs([PXE])
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=5000)
    window.grab()  # let it paint
    table = view.table
    assert table.viewport().height() >= 8 * table.rowHeight(0)  # not 3 rows
    time = LogTableModel.COLUMNS.index("time")
    message = LogTableModel.COLUMNS.index("message")
    first = view.proxy.index(0, time).data()
    assert first.startswith("09:12:01")  # the time of day first
    header = table.horizontalHeader()
    assert header.sectionSize(time) >= table.fontMetrics().horizontalAdvance(first)
    before = header.sectionSize(message)
    assert before >= table.viewport().width() // 2
    qtbot.mouseClick(view.next_button, qtbot_left())
    window.grab()
    assert header.sectionSize(message) >= before - 2
    assert len(view.checklist_button.full_text()) > 30  # a long label is cut, not widened
    combo = view.component_combo
    assert combo.currentText() == "All components"
    assert combo.width() >= combo.fontMetrics().horizontalAdvance("All components") + 16
