"""The language runbooks and checklists are written in: English, or Dutch for the admins.

The texts are the English ones in the templates and checklist packs; their translations are
gettext catalogues, ``resources/locale/<lang>/LC_MESSAGES/cmplanner.mo``, compiled from the
``.po`` files beside them by ``tools/i18n.py`` (Babel extracts the strings from the
templates and packs). Reading them needs only the standard library.

One language is in force for the whole process at a time: the command line's ``--lang`` and
the app's language setting choose it (:func:`set_language`, or :func:`language` for a
block). English is the default, and a text a catalogue lacks stays English.
"""

from __future__ import annotations

import gettext as _gettext
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from cmplanner.paths import resources_dir

DEFAULT = "en"
# The languages runbooks and checklists can be written in, with their own names.
LANGUAGES = {"en": "English", "nl": "Nederlands"}
DOMAIN = "cmplanner"

_active = DEFAULT


def check_language(lang: str) -> str:
    """``lang`` folded to a known code (``nl``, ``NL``, ``nl_NL`` -> ``nl``), or ValueError."""
    code = lang.replace("-", "_").split("_", 1)[0].casefold()
    if code not in LANGUAGES:
        known = ", ".join(LANGUAGES)
        raise ValueError(f"unknown language {lang!r}; choose from {known}")
    return code


def active_language() -> str:
    return _active


def set_language(lang: str) -> None:
    """Write runbooks and checklists in ``lang`` from now on (the app's setting)."""
    global _active
    _active = check_language(lang)


@contextmanager
def language(lang: str | None) -> Iterator[str]:
    """``lang`` in force inside the block (None keeps the current one)."""
    previous = _active
    if lang is not None:
        set_language(lang)
    try:
        yield _active
    finally:
        set_language(previous)


@cache
def translations(lang: str) -> _gettext.NullTranslations:
    """The compiled catalogue of ``lang``; English needs none."""
    if lang == DEFAULT:
        return _gettext.NullTranslations()
    path = resources_dir() / "locale" / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
    with path.open("rb") as file:
        return _gettext.GNUTranslations(file)


def gettext(message: str) -> str:
    """``message`` in the language in force (an empty text stays empty)."""
    if not message:
        return message
    return translations(_active).gettext(message)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue where it is defined; translated where it is shown."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    return translations(_active).ngettext(singular, plural, n)
