"""Take the README screenshots offscreen: the main window on the demo plan and every wizard.

Run from a checkout: ``python tools/screenshots.py [OUT_DIR]`` (default ``docs/screenshots``).
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


def main_window(out: Path) -> object:
    from cmplanner.gui.app import create_window, ensure_app

    app = ensure_app()
    window = create_window(None)
    window.resize(*SIZE)
    window.show()
    window.tree.select_path("distribution_points[3]")
    row = window.findings.row_of("DP001")
    if row >= 0:
        window.findings.table.selectRow(row)
    _settle(app)
    window.grab().save(str(out / "main-window.png"))
    return window


def wizards(window: object, out: Path) -> list[str]:
    from cmplanner.gui.wizards import WIZARDS

    app = None
    taken = []
    for entry in WIZARDS:
        try:
            wizard = window.open_wizard(entry.key)
        except Exception as exc:  # a wizard missing from this build: report, go on
            print(f"skipped {entry.key}: {exc}", file=sys.stderr)
            continue
        wizard.resize(900, 640)
        shot = getattr(wizard, "screenshot_setup", None)
        if shot is not None:
            shot()
        _settle(app)
        name = f"wizard-{entry.key}.png"
        wizard.grab().save(str(out / name))
        taken.append(name)
        wizard.reject()
    return taken


def run(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    window = main_window(out)
    taken = ["main-window.png", *wizards(window, out)]
    window.doc.undo_stack.setClean()
    window.close()
    print("\n".join(str(out / name) for name in taken))


if __name__ == "__main__":
    run(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
