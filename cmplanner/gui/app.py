"""The QApplication, its translator, and the first window.

Translations live in ``resources/translations``: ``cmplanner_<lang>.ts`` is updated with
``pyside6-lupdate cmplanner/gui/*.py cmplanner/gui/wizards/*.py -ts
resources/translations/cmplanner_nl.ts`` and compiled with ``pyside6-lrelease`` to the ``.qm``
that ships; the language setting (Edit > Language) picks it, the system's language by default.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from cmplanner import __version__
from cmplanner.demo import demo_path
from cmplanner.gui.main_window import MainWindow
from cmplanner.gui.settings import AppSettings
from cmplanner.language import DEFAULT, LANGUAGES, set_language
from cmplanner.model.planfile import load_plan
from cmplanner.paths import resources_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load cmplanner's own translation and Qt's for the user's language, when they exist
    (imported here: an English start needs neither class, and each costs start-up time)."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    locale = locale or QLocale()
    loaded = []
    ours = QTranslator(app)
    if ours.load(locale, "cmplanner", "_", str(resources_dir() / "translations")):
        app.installTranslator(ours)
        loaded.append(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        loaded.append(qt)
    return loaded


def app_locale(setting: str) -> QLocale:
    """The locale of the language setting ("" follows the system)."""
    return QLocale(setting) if setting else QLocale()


def apply_language_setting(app: QApplication, setting: str) -> list[QTranslator]:
    """Speak the chosen language: the window's texts (Qt translators) and the runbooks and
    checklists (``cmplanner.language``), both English when cmplanner does not speak it."""
    locale = app_locale(setting)
    code = locale.name().split("_", 1)[0]
    set_language(code if code in LANGUAGES else DEFAULT)
    return install_translators(app, locale) if code in LANGUAGES and code != DEFAULT else []


def ensure_app() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("cmplanner")
    app.setApplicationDisplayName("cmplanner")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("cmplanner")
    apply_language_setting(app, AppSettings().language())
    return app


def create_window(path: Path | None) -> MainWindow:
    """A window on the plan at ``path``, or on the bundled demo plan."""
    plan_file = path or demo_path()
    plan = load_plan(plan_file)
    return MainWindow(plan, plan_file)
