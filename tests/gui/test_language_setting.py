"""Edit > Language: the app's language setting, for the window and the runbooks alike."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMenu

from cmplanner import language
from cmplanner.demo import demo_plan
from cmplanner.gui.app import apply_language_setting, create_window
from cmplanner.gui.settings import AppSettings
from cmplanner.runbook import render_runbook

pytestmark = pytest.mark.gui


@pytest.fixture
def speaking(qapp):  # type: ignore[no-untyped-def]
    """Apply a language setting; undo it (translators and runbook language) afterwards."""
    installed = []

    def apply(setting: str) -> list[object]:
        loaded = apply_language_setting(qapp, setting)
        installed.extend(loaded)
        return loaded

    yield apply
    for translator in installed:
        QApplication.removeTranslator(translator)
    language.set_language(language.DEFAULT)


def _language_menu(window) -> QMenu:  # type: ignore[no-untyped-def]
    menu = window.findChild(QMenu, "languageMenu")
    assert menu is not None
    return menu


def test_the_menu_offers_each_language_in_its_own_name(window) -> None:  # type: ignore[no-untyped-def]
    menu = _language_menu(window)
    names = [action.text() for action in menu.actions()]
    assert names == ["Same as the system", "English", "Nederlands"]
    assert menu.actions()[0].isChecked()  # the default follows the system


def test_choosing_dutch_is_kept_for_the_next_start(window) -> None:  # type: ignore[no-untyped-def]
    menu = _language_menu(window)
    menu.actions()[2].trigger()
    assert AppSettings().language() == "nl"
    assert "next start" in window.statusBar().currentMessage()
    assert [a.isChecked() for a in menu.actions()] == [False, False, True]
    assert language.active_language() == "en", "nothing changes before the next start"


def test_dutch_setting_speaks_dutch_in_the_window_and_the_runbook(speaking, plan_file) -> None:  # type: ignore[no-untyped-def]
    assert speaking("nl")
    window = create_window(plan_file)
    try:
        assert [a.text() for a in window.menuBar().actions()][:2] == ["&Bestand", "Be&werken"]
        assert "Overzicht van het plan" in render_runbook(demo_plan(), "markdown", ["overview"])
    finally:
        window.doc.undo_stack.setClean()
        window.close()


def test_english_setting_installs_no_translation(speaking) -> None:  # type: ignore[no-untyped-def]
    assert speaking("en") == []
    assert language.active_language() == "en"
    assert "Plan overview" in render_runbook(demo_plan(), "markdown", ["overview"])


def test_a_system_language_cmplanner_does_not_speak_means_english(speaking, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(
        "cmplanner.gui.app.QLocale", lambda *a: QLocale("fr_FR") if not a else QLocale(*a)
    )
    assert speaking("") == []
    assert language.active_language() == "en"
