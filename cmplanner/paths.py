"""Every path the application uses, in one place.

Bundled data (``resources/`` and ``templates/``) lives inside the installed package in a wheel
and beside the package in a source checkout; user folders come from platformdirs, and the
``CMPLANNER_HOME`` environment variable moves all of them so tests never touch real user data.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "cmplanner"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    """Find a bundled folder: inside the package (wheel, installer) or beside it (checkout)."""
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / name


def resources_dir() -> Path:
    """The rule data, DP table, checklist packs and knowledge base."""
    return _bundled("resources")


def templates_dir() -> Path:
    """The bundled Jinja runbook templates."""
    return _bundled("templates")


def _home_override() -> Path | None:
    value = os.environ.get("CMPLANNER_HOME")
    return Path(value) if value else None


def _user_dir(kind: str) -> Path:
    """``data`` or ``config``: under ``CMPLANNER_HOME`` when set, else platformdirs'."""
    home = _home_override()
    if home is not None:
        path = home / kind
    else:
        import platformdirs

        find = platformdirs.user_data_dir if kind == "data" else platformdirs.user_config_dir
        path = Path(find(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_data_dir() -> Path:
    """Autosave and crash-recovery files."""
    return _user_dir("data")


def user_config_dir() -> Path:
    """Settings, recent files and user template overrides."""
    return _user_dir("config")


def autosave_dir() -> Path:
    """Where the app writes its periodic autosaves."""
    path = user_data_dir() / "autosave"
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_templates_dir() -> Path:
    """Templates here override the bundled ones of the same name."""
    return user_config_dir() / "templates"
