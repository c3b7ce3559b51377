"""The one error type that reaches the user: a file, a place in it, and what is wrong.

Every reader in the core raises :class:`InputError` for bad input, so the CLI and the GUI can
show one clear line instead of a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


class InputError(Exception):
    """Input that cannot be used, with the file and the place in it that is wrong."""

    def __init__(self, source: str | Path | None, problem: str, place: str | None = None) -> None:
        self.source = str(source) if source is not None else None
        self.problem = problem
        self.place = place
        super().__init__(self.describe())

    def describe(self) -> str:
        """One line: ``file: place: problem``."""
        parts = [p for p in (self.source, self.place) if p]
        return ": ".join([*parts, self.problem])


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
