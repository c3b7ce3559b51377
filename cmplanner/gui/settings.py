"""The app's settings (window layout, recent files, author name) in the user config folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from cmplanner.language import LANGUAGES
from cmplanner.paths import user_config_dir

MAX_RECENT = 8


class AppSettings:
    """A thin typed wrapper over an INI-format QSettings in ``paths.user_config_dir()``."""

    def __init__(self) -> None:
        self.qsettings = QSettings(
            str(user_config_dir() / "cmplanner.ini"), QSettings.Format.IniFormat
        )

    def recent_files(self) -> list[Path]:
        value = self.qsettings.value("recent_files", [])
        if isinstance(value, str):
            items = [value]
        elif isinstance(value, list | tuple):
            items = [str(item) for item in value]
        else:
            items = []
        return [Path(item) for item in items if item]

    def add_recent(self, path: Path) -> None:
        path = path.resolve()
        recent = [p for p in self.recent_files() if p != path]
        self.qsettings.setValue("recent_files", [str(p) for p in [path, *recent][:MAX_RECENT]])

    def author(self) -> str:
        return str(self.qsettings.value("author", "") or "")

    def set_author(self, name: str) -> None:
        self.qsettings.setValue("author", name)

    def language(self) -> str:
        """The language chosen under Edit > Language: a code of ``cmplanner.language``, or
        "" to follow the system's language (English when cmplanner does not speak it)."""
        value = str(self.qsettings.value("language", "") or "")
        return value if value in LANGUAGES else ""

    def set_language(self, code: str) -> None:
        self.qsettings.setValue("language", code if code in LANGUAGES else "")

    def layout(self) -> tuple[QByteArray | None, QByteArray | None]:
        geometry = self.qsettings.value("window/geometry")
        state = self.qsettings.value("window/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def set_layout(self, geometry: QByteArray, state: QByteArray) -> None:
        self.qsettings.setValue("window/geometry", geometry)
        self.qsettings.setValue("window/state", state)

    def sync(self) -> None:
        self.qsettings.sync()
