"""The Dutch translation loads, translates the window, and the window still fits 720p."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from cmplanner.paths import resources_dir

pytestmark = pytest.mark.gui


def test_the_dutch_translation_translates_the_window(qapp, plan_file) -> None:
    from cmplanner.gui.app import create_window, install_translators

    folder = resources_dir() / "translations"
    assert (folder / "cmplanner_nl.ts").is_file()
    loaded = install_translators(qapp, QLocale("nl_NL"))
    try:
        assert any(isinstance(t, QTranslator) and t.language().startswith("nl") for t in loaded)
        window = create_window(plan_file)
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[:2] == ["&Bestand", "Be&werken"]
        assert window.findings_dock.windowTitle() == "Bevindingen"
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 720
        window.doc.undo_stack.setClean()
        window.close()
    finally:
        for translator in loaded:
            QApplication.removeTranslator(translator)


def test_the_log_card_speaks_dutch_and_marks_every_text(qapp) -> None:
    """The card translates through a helper lupdate cannot read, so its texts are marked
    once more in ``MARKED``: a text left out of it would stay English in Dutch."""
    import inspect
    import re

    from cmplanner.gui import log_card
    from cmplanner.gui.app import install_translators

    passed = set(re.findall(r"_tr\([\"'](.*?)[\"']\)", inspect.getsource(log_card)))
    assert passed and passed <= set(log_card.MARKED)
    loaded = install_translators(qapp, QLocale("nl_NL"))
    try:
        assert log_card._tr("Cause") == "Oorzaak"
        assert log_card._tr("inferred") == "afgeleid"
    finally:
        for translator in loaded:
            QApplication.removeTranslator(translator)
