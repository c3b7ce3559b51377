"""The Dutch translation loads, translates the window, and the window still fits 720p."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from cmplanner.paths import resources_dir

DATA = Path(__file__).resolve().parents[1] / "data"

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


def test_severities_are_shown_in_dutch(qapp, plan_file) -> None:
    """The findings' Severity column and the log view's Type column say the word in the
    language of the app (the core's values are English)."""
    from PySide6.QtCore import Qt

    from cmplanner.gui.app import create_window, install_translators
    from cmplanner.gui.log_models import LogTableModel
    from cmplanner.logs.parser import first_entries

    loaded = install_translators(qapp, QLocale("nl_NL"))
    try:
        window = create_window(plan_file)
        model = window.findings.model
        words = {model.data(model.index(row, 0)) for row in range(model.rowCount())}
        assert words == {"fout", "waarschuwing", "opmerking"}
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Ernst"
        table = window.findings.table
        assert table.columnWidth(0) > table.fontMetrics().horizontalAdvance("waarschuwing")
        entries, _stream = first_entries(DATA / "logs" / "pxe-cert-failure_smsts.log")
        log = LogTableModel()
        log.set_entries(entries)
        column = LogTableModel.COLUMNS.index("type")
        types = {log.data(log.index(row, column)) for row in range(log.rowCount())}
        assert "fout" in types and "error" not in types
        window.doc.undo_stack.setClean()
        window.close()
    finally:
        for translator in loaded:
            QApplication.removeTranslator(translator)
