"""Which log format a file holds, judged by its content (never by its name)."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

from cmplanner.logs.parser import parse_log

SAMPLE_ENTRIES = 200


def detect_format(path: str | Path) -> str:
    """``cmtrace``, ``sms``, ``text`` (a text file in no log format), ``mixed`` or ``unknown``
    (nothing readable), from the first entries of the file."""
    stream = parse_log(path)
    list(islice(iter(stream), SAMPLE_ENTRIES))
    formats = stream.formats
    if len(formats) > 1:
        return "mixed"
    return next(iter(formats), "unknown")
