"""Edit > Language: the app's language setting (the system's, English or Dutch).

The choice is kept in the settings and takes effect at the next start, for the window's
texts and for the runbooks and checklists alike (``gui/app.py: apply_language_setting``);
each language is named in itself, so an admin who cannot read the current one still finds
their own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from cmplanner.gui.settings import AppSettings
from cmplanner.language import LANGUAGES


class LanguageMenu(QMenu):
    def __init__(
        self, settings: AppSettings, say: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.setObjectName("languageMenu")
        self.settings = settings
        self.say = say
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        current = settings.language()
        choices = [("", self.tr("Same as the system")), *LANGUAGES.items()]
        for code, name in choices:
            action = QAction(self)  # not QAction(name, ...): that makes QIcon's enums
            action.setText(name)
            action.setCheckable(True)
            action.setObjectName(f"language_{code or 'system'}")
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            self.group.addAction(action)
            self.addAction(action)

    def choose(self, code: str) -> None:
        self.settings.set_language(code)
        self.settings.sync()
        self.say(self.tr("The new language is used from the next start of cmplanner."))
