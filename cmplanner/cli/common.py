"""Helpers shared by the subcommands: exit codes and reading or writing files safely."""

from __future__ import annotations

import sys
from enum import IntEnum
from pathlib import Path


class Exit(IntEnum):
    OK = 0
    FOUND = 1
    BAD_INPUT = 2


def fail(message: str) -> int:
    """Report bad input as one line on stderr and return exit code 2."""
    print(f"cmplanner: {message}", file=sys.stderr)
    return Exit.BAD_INPUT


def write_output(text: str, output: str | None) -> None:
    """Write to ``output`` atomically (no half-written file), or to stdout when None or '-'."""
    if output in (None, "-"):
        sys.stdout.write(text)
        return
    from cmplanner.model.planfile import atomic_write_text

    atomic_write_text(Path(output), text, keep_backup=False)
