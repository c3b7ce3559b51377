"""Which log format a file holds, judged by its content (never by its name)."""

from __future__ import annotations

from pathlib import Path

from cmplanner.logs.parser import first_entries


def detect_format(path: str | Path) -> str:
    """``cmtrace``, ``sms``, ``text`` (a text file in no log format), ``mixed`` or ``unknown``
    (nothing readable), from the first entries of the file."""
    formats = first_entries(path)[1].formats
    if len(formats) > 1:
        return "mixed"
    return next(iter(formats), "unknown")
