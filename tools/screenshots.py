"""Take the README screenshots offscreen: the main window on the demo plan, every wizard on
the page that shows what it is for, and every page of every wizard it can reach
(``wizard-<name>-<n>-<page>.png``), filled in as an admin would, and the log view on a PXE
certificate failure.

Run from a checkout: ``python tools/screenshots.py [OUT_DIR]`` (default ``docs/screenshots``);
``python tools/screenshots.py --lang nl [OUT_DIR]`` takes the main window and the DP group
wizard in Dutch, as ``main-window-nl.png`` and ``wizard-dp-group-nl.png``.
Nothing is saved to the user's folders: settings and autosaves go to a temporary home.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CMPLANNER_HOME", tempfile.mkdtemp(prefix="cmplanner-shots-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SIZE = (1280, 720)


def _settle(app: object) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(600, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def main_window(out: Path, lang: str = "") -> object:
    from cmplanner.gui.app import apply_language_setting, create_window, ensure_app

    app = ensure_app()
    if lang:
        apply_language_setting(app, lang)
    window = create_window(None)
    window.resize(*SIZE)
    window.show()
    window.tree.select_path("distribution_points[3]")
    row = window.findings.row_of("DP001")
    if row >= 0:
        window.findings.table.selectRow(row)
    _settle(app)
    window.grab().save(str(out / f"main-window{'-' + lang if lang else ''}.png"))
    return window


def _certificate(folder: Path) -> Path:
    """A throwaway PFX so the certificate page has something to show (the tests' own
    self-signed certificate, ``tests/certs.py``)."""
    from datetime import UTC, datetime, timedelta

    from tests.certs import certificate_bytes, key_for, self_signed

    key = key_for("rsa", 2048)
    now = datetime.now(UTC)
    cert = self_signed(key, not_before=now, not_after=now + timedelta(days=730))
    path = folder / "AMS-PXE.pfx"
    path.write_bytes(certificate_bytes(cert, path.suffix, key, "example"))
    return path


def _certificate_name() -> str:
    """The throwaway certificate by its file name alone (the shots show no folder of the
    machine that took them)."""
    home = Path(os.environ["CMPLANNER_HOME"])
    os.chdir(home)
    return _certificate(home).name


def _stage(key: str, wizard: object) -> None:
    """Walk a wizard to the page that shows what it is for."""
    w = wizard  # typed loosely: each wizard has its own pages
    if key == "dp-design":
        w.host_page.name.setText("AMS-DP09")
        w.host_page.server.setText("AMS-DP09.corp.contoso.com")
        w.host_page.ip.setText("10.10.0.9")
        w.next()
        w.settings_page.boxes["multicast"].setChecked(True)
        w.settings_page.boxes["mobile-device"].setChecked(True)
    elif key == "dp-group":
        w.group_page.existing.setChecked(True)
        w.next()
        w.members_page.tick("AMS-FS01 share")
    elif key == "boundaries":
        w.next()
    elif key == "pxe-certificate":
        w.intro_page.author.setText("Jan de Vries")
        w.next()
        page = w.certificate_page
        page.path.setText(_certificate_name())
        page.password.setText("example")
        page.run_inspection()
    elif key == "capture-only":
        w.options_page.inputs["start_in_winpe"].setChecked(True)
    elif key in ("usmt-hardlink", "error-catching"):
        if key == "error-catching":
            wrap = w.options_page.inputs["wrap"]
            wrap.setCurrentIndex(wrap.findData(0))
        w.next()
    elif key == "sp2-upgrade":
        w.intro_page.author.setText("Priya")
        w.next()
        page = w.currentPage()
        for box in list(page.boxes.values())[:3]:
            box.setChecked(True)


def _fill(key: str, wizard: object) -> None:
    """What an admin types on the first page so the wizard can go on."""
    w = wizard
    if key == "dp-design":
        w.host_page.name.setText("RTM-BDP02")
        w.host_page.server.setText("RTM-WS0043.corp.contoso.com")
        w.host_page.ip.setText("10.20.0.43")
    elif key == "dp-group":
        w.group_page.name.setText("Imaging DPs")
    elif key in ("pxe-certificate", "sp2-upgrade"):
        w.intro_page.author.setText("Jan de Vries")


def _on_page(key: str, wizard: object) -> None:
    """Make each page show something worth seeing before it is taken."""
    w = wizard
    page = w.currentPage()
    if key == "dp-design" and page is w.settings_page:
        w.settings_page.boxes["branch"].setChecked(True)
    elif key == "dp-design" and page is w.placement_page:
        w.placement_page.pulls_from.setCurrentIndex(
            w.placement_page.pulls_from.findData("AMS-SCCM01")
        )
    elif key == "dp-group" and page is w.members_page:
        w.members_page.tick("AMS-DP02")
        w.members_page.tick("RTM-BDP01")
    elif key == "pxe-certificate" and page is w.certificate_page:
        page.path.setText(_certificate_name())
        page.password.setText("example")
        page.run_inspection()
    elif key == "error-catching" and page is w.options_page:
        wrap = page.inputs["wrap"]
        wrap.setCurrentIndex(wrap.findData(0))
    elif key in ("usmt-hardlink", "capture-only") and page is w.options_page:
        boot = page.inputs.get("boot_image_id")
        if boot is not None:
            boot.setCurrentIndex(boot.findData("AMS00005"))
    elif hasattr(page, "boxes") and hasattr(page, "not_applicable") and page.boxes:
        first = next(iter(page.boxes.values()))
        if first.isEnabled() and not first.isChecked():
            first.setChecked(True)


def _slug(text: str) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:40] or "page"


def every_page(window: object, out: Path) -> list[str]:
    """Each wizard walked page by page with Next, each page taken at the wizard's size."""
    from PySide6.QtWidgets import QWizard

    from cmplanner.gui.wizards import WIZARDS

    taken = []
    for entry in WIZARDS:
        wizard = window.open_wizard(entry.key)
        wizard.resize(900, 680)
        _fill(entry.key, wizard)
        for number in range(1, 30):
            _on_page(entry.key, wizard)
            _settle(None)
            name = f"wizard-{entry.key}-{number}-{_slug(wizard.currentPage().title())}.png"
            wizard.grab().save(str(out / name))
            taken.append(name)
            button = wizard.button(QWizard.WizardButton.NextButton)
            if wizard.currentPage().isFinalPage() or not button.isEnabled():
                break
            wizard.next()
        wizard.reject()
    return taken


def wizards(window: object, out: Path, lang: str = "", only: str = "") -> list[str]:
    from cmplanner.gui.wizards import WIZARDS

    taken = []
    for entry in WIZARDS:
        if only and entry.key != only:
            continue
        try:
            wizard = window.open_wizard(entry.key)
        except Exception as exc:  # a wizard missing from this build: report, go on
            print(f"skipped {entry.key}: {exc}", file=sys.stderr)
            continue
        wizard.resize(900, 680)
        _stage(entry.key, wizard)
        _settle(None)
        name = f"wizard-{entry.key}{'-' + lang if lang else ''}.png"
        wizard.grab().save(str(out / name))
        taken.append(name)
        wizard.reject()
    return taken


def compare_view(out: Path) -> list[str]:
    """The Changes dock after approving the demo plan and making three changes, and the
    first page of the change runbook it writes."""
    import shutil
    import subprocess
    from datetime import datetime

    from PySide6.QtCore import Qt

    from cmplanner.demo import demo_path
    from cmplanner.gui.app import create_window, ensure_app
    from cmplanner.gui.commands import InsertItemCommand, SetValueCommand
    from cmplanner.model import GroupMember, Note, Step

    ensure_app()
    folder = Path(tempfile.mkdtemp(prefix="cmplanner-compare-"))
    working = folder / "demo.cmplan"
    shutil.copy(demo_path(), working)
    window = create_window(working)
    window.resize(*SIZE)
    window.show()
    window.approve_plan("Jan de Vries", "CAB-2026-041")
    approved = folder / "approved.cmplan"
    window.save_to(approved)
    window.save_to(working)
    doc = window.doc
    doc.push(SetValueCommand(doc, "boundaries[2].connection", "fast"))
    members = [m.model_copy() for m in doc.plan.dp_groups[0].members]
    members.append(GroupMember(dp="AMS-FS01 share", joined=datetime(2026, 4, 1, 9)))
    doc.push(SetValueCommand(doc, "dp_groups[0].members", members))
    steps = [s.model_copy(deep=True) for s in doc.plan.task_sequences[0].steps]
    steps.insert(
        1,
        Step(
            name="Clean up temporary files",
            type="SMS_TaskSequence_RunCommandLineAction",
            action="cmd /c del /q /s %TEMP%",
        ),
    )
    doc.push(SetValueCommand(doc, "task_sequences[0].steps", steps))
    note = Note(text="WAN upgrade in Rotterdam; the file server serves software too")
    doc.push(InsertItemCommand(doc, "notes", note))
    panel = window.compare_with(approved)
    window.resizeDocks([window.compare_dock], [640], Qt.Orientation.Horizontal)
    panel.tree.setColumnWidth(0, 300)
    window.tree.select_path("dp_groups[0]")
    _settle(None)
    window.grab().save(str(out / "compare-view.png"))
    taken = ["compare-view.png"]
    pdf = folder / "change.pdf"
    panel.write_change_runbook(pdf)
    if shutil.which("pdftoppm"):
        target = out.parent / "change-runbook-sample"
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "70",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf),
                str(target),
            ],
            check=True,
        )
        taken.append("../change-runbook-sample.png")
    doc.undo_stack.setClean()
    window.close()
    return taken


def log_view(window: object, out: Path) -> list[str]:
    """The log view on a PXE certificate failure with the demo plan open: the failing line
    marked, the known error's card, and the button that opens the PXE certificate wizard."""
    from cmplanner.gui.app import ensure_app

    root = Path(__file__).resolve().parents[1]
    view = window.open_logs([root / "tests" / "data" / "logs" / "pxe-cert-failure_smsts.log"])  # type: ignore[attr-defined]
    app = ensure_app()
    for _ in range(50):  # the log is read off the window's thread
        _settle(app)
        if not view.is_busy():
            break
    view.next_error()
    _settle(app)
    window.grab().save(str(out / "log-view.png"))  # type: ignore[attr-defined]
    return ["log-view.png"]


def run(out: Path, lang: str = "") -> None:
    out = out.resolve()  # the certificate page changes the working folder
    out.mkdir(parents=True, exist_ok=True)
    window = main_window(out, lang)
    if lang:
        taken = [f"main-window-{lang}.png", *wizards(window, out, lang, only="dp-group")]
    else:
        taken = ["main-window.png", *wizards(window, out), *every_page(window, out)]
        taken += log_view(window, out)
    window.doc.undo_stack.setClean()
    window.close()
    if not lang:
        taken += compare_view(out)
    print("\n".join(str(out / name) for name in taken))


if __name__ == "__main__":
    args = sys.argv[1:]
    chosen = ""
    if args[:1] == ["--lang"]:
        chosen, args = args[1], args[2:]
    run(Path(args[0]) if args else Path("docs/screenshots"), chosen)
