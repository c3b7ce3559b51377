"""Marking strings for translation away from widgets, typed as ``str`` for mypy.

``pyside6-lupdate`` collects every ``QT_TRANSLATE_NOOP("Context", "text")`` call by its name;
the text is translated when shown, with ``QCoreApplication.translate("Context", text)``.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; translated later with translate()."""
    return text
