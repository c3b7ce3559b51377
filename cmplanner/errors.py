"""The one error type that reaches the user: a file, a place in it, and what is wrong.

Every reader in the core raises :class:`InputError` for bad input, so the CLI and the GUI can
show one clear line instead of a traceback.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

# What would break a one-line message or reorder the text after it: C0 and C1 controls,
# line and paragraph separators, bidi embeddings, overrides, isolates and marks, and
# half surrogate pairs (which no terminal or file can show).
_CONTROLS = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    if char in named:
        return named[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (Python's surrogateescape)
        code -= 0xDC00
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_controls(text: str) -> str:
    """``text`` with every control character written as an escape (``\\n``, ``\\x1b``,
    ``\\u202e``), so a quoted value can never split a message or reverse what follows it."""
    return _CONTROLS.sub(_escaped, text)


class InputError(Exception):
    """Input that cannot be used, with the file and the place in it that is wrong."""

    def __init__(self, source: str | Path | None, problem: str, place: str | None = None) -> None:
        self.source = str(source) if source is not None else None
        self.problem = problem
        self.place = place
        super().__init__(self.describe())

    def describe(self) -> str:
        """One line: ``file: place: problem``, control characters escaped."""
        parts = [p for p in (self.source, self.place) if p]
        return escape_controls(": ".join([*parts, self.problem]))


def internal_error(source: str | Path | None, exc: BaseException) -> str:
    """One line for an exception that is a bug, not bad input (shown rather than lost)."""
    where = f"{source}: " if source is not None else ""
    return escape_controls(f"{where}internal error ({type(exc).__name__}: {exc})")


def describe_location(loc: tuple[Any, ...]) -> str:
    """``('distribution_points', 3, 'ip_address')`` -> ``distribution_points[3].ip_address``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part in {"expression", "operator", "step", "group"}:
            continue  # discriminator tags say nothing to an admin
        else:
            text += f".{part}" if text else str(part)
    return text or "(top level)"
