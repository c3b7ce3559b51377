"""Print preview must paint without crashing, in a process of its own.

The preview dialog draws on its ``QPrinter`` long after ``print_preview()`` returned; a
printer that died with the function makes the paint read freed memory (a segfault), which
would take the whole test run down. So the paint runs in a child process and the test checks
its exit status and what it grabbed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

SCRIPT = textwrap.dedent(
    """
    import gc, sys
    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtWidgets import QApplication
    from cmplanner.gui.app import create_window

    app = QApplication.instance() or QApplication([])
    window = create_window(sys.argv[1])
    window.show()
    dialog = window.runbook.{opener}()
    gc.collect()  # whatever the opener dropped is gone now, as it would be later anyway
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < 1500:
        app.processEvents()
    image = dialog.grab()
    image.save(sys.argv[2])
    {after}
    window.doc.undo_stack.setClean()
    window.close()
    print("painted", image.width(), image.height())
    """
)


def _run(tmp_path: Path, plan_file: Path, opener: str, after: str = "") -> Path:
    png = tmp_path / f"{opener}.png"
    script = tmp_path / "paint.py"
    script.write_text(SCRIPT.format(opener=opener, after=after))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, str(script), str(plan_file), str(png)],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
    )
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-2000:]}"
    assert "painted" in done.stdout
    return png


def test_print_preview_paints_its_pages_without_crashing(tmp_path: Path, plan_file: Path) -> None:
    png = _run(tmp_path, plan_file, "print_preview", after="dialog.close(); app.processEvents()")
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert image.width() > 400 and image.height() > 300
    # the preview drew pages: some pixels are white paper, not only the grey background
    colors = {
        image.pixel(x, y) for x in range(0, image.width(), 13) for y in range(0, image.height(), 13)
    }
    assert len(colors) > 3


def test_print_dialog_keeps_its_printer_alive(tmp_path: Path, plan_file: Path) -> None:
    _run(tmp_path, plan_file, "print_dialog", after="dialog.reject(); app.processEvents()")
