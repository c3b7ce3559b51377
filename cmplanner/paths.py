"""Every path the application uses, in one place.

Bundled data (``resources/`` and ``templates/``) lives inside the installed package in a wheel
and beside the package in a source checkout; user folders come from platformdirs, and the
``CMPLANNER_HOME`` environment variable moves all of them so tests never touch real user data.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

APP_NAME = "cmplanner"
_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _bundled(name: str) -> Path:
    """Find a bundled folder: inside the package (wheel, installer) or beside it (checkout).
    Looked up once: a runbook asks for it thousands of times, and it never moves."""
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


def _user_dir(kind: str, create: bool = True) -> Path:
    """``data``, ``config`` or ``cache``: under ``CMPLANNER_HOME`` when set, else
    platformdirs'."""
    home = _home_override()
    if home is not None:
        path = home / kind
    else:
        import platformdirs

        find = {
            "data": platformdirs.user_data_dir,
            "config": platformdirs.user_config_dir,
            "cache": platformdirs.user_cache_dir,
        }[kind]
        path = Path(find(APP_NAME, appauthor=False))
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def user_data_dir() -> Path:
    """Autosave and crash-recovery files."""
    return _user_dir("data")


def user_config_dir() -> Path:
    """Settings, recent files and user template overrides."""
    return _user_dir("config")


def user_cache_dir() -> Path:
    """What the app can always make again (the bundled data files, parsed); deleting it loses
    nothing. Not created here: a cache that cannot be written is simply not kept."""
    return _user_dir("cache", create=False)


def autosave_dir() -> Path:
    """Where the app writes its periodic autosaves."""
    path = user_data_dir() / "autosave"
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_templates_dir() -> Path:
    """Templates here override the bundled ones of the same name."""
    return user_config_dir() / "templates"


# Names Windows keeps for devices, with or without an extension (``aux.pdf`` is AUX too).
_WINDOWS_DEVICES = frozenset(
    ["CON", "PRN", "AUX", "NUL"]
    + [f"{port}{n}" for port in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]]
)
_WINDOWS_FORBIDDEN = frozenset('<>:"/\\|?*') | {chr(code) for code in range(32)}


def windows_refusal(name: str) -> str | None:
    """Why Windows would refuse ``name`` (one file name, no folders) for a file, or None.

    The admins' plans, runbooks and exports travel between machines and end up on Windows,
    so every output is held to its rules on every system: device names (``CON``,
    ``aux.pdf``), names ending in a dot or a space (Windows drops them silently, so the file
    would get another name) and characters Windows forbids.
    """
    device = name.split(".", 1)[0].rstrip(" ").upper()
    if device in _WINDOWS_DEVICES:
        return f"Windows keeps the name {device} for a device; choose another file name"
    if name.endswith((".", " ")) and name not in (".", ".."):
        return "Windows drops dots and spaces at the end of a file name; choose another name"
    bad = sorted(char for char in set(name) if char in _WINDOWS_FORBIDDEN)
    if bad:
        shown = " ".join(repr(char) for char in bad)
        return f"Windows does not allow {shown} in a file name; choose another name"
    return None


def check_output_name(path: str | Path) -> None:
    """Raise OSError (EINVAL, with the reason) for an output Windows would refuse."""
    reason = windows_refusal(Path(path).name)
    if reason is not None:
        import errno

        raise OSError(errno.EINVAL, reason, str(path))
