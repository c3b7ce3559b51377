"""Helpers shared by the subcommands: exit codes and reading or writing files safely."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable
from enum import IntEnum
from pathlib import Path

from cmplanner.formats import OutputFormat


class Exit(IntEnum):
    OK = 0
    FOUND = 1
    BAD_INPUT = 2


def add_format_option(parser: argparse.ArgumentParser, formats: Iterable[OutputFormat]) -> None:
    """``--format`` with the given choices, text by default (the handler gets the string)."""
    parser.add_argument(
        "--format", choices=[f.value for f in formats], default=OutputFormat.TEXT.value
    )


def fail(message: str) -> int:
    """Report bad input as one line on stderr and return exit code 2."""
    print(f"cmplanner: {message}", file=sys.stderr)
    return Exit.BAD_INPUT


def _same_file(a: Path, b: Path) -> bool:
    """True when both names reach one file (hard links and symlinks included)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def check_outputs(outputs: Iterable[str | None], inputs: Iterable[str | None]) -> None:
    """Refuse, before anything is written, an output that would write over an input or over
    another output of the same command, or whose folder cannot be written to (so a command
    with two outputs never leaves one of them behind)."""
    from cmplanner.errors import InputError
    from cmplanner.paths import windows_refusal

    sources = [Path(p) for p in inputs if p and p != "-"]
    seen: list[Path] = []
    for name in outputs:
        if not name or name == "-":
            continue
        target = Path(name)
        refused = windows_refusal(target.name)
        if refused:
            raise InputError(name, refused)
        if any(_same_file(target, source) for source in sources):
            raise InputError(name, "the output would write over an input file")
        if any(_same_file(target, other) for other in seen):
            raise InputError(name, "the same file is named for two outputs")
        folder = target.parent if str(target.parent) else Path(".")
        if target.is_dir():
            raise InputError(name, "is a folder; name a file to write")
        if not folder.is_dir():
            raise InputError(name, f"cannot write: the folder {folder} does not exist")
        if not os.access(folder, os.W_OK):
            raise InputError(name, f"cannot write: the folder {folder} is not writable")
        seen.append(target)


def as_text(text: str) -> str:
    """``text`` with what cannot be written as UTF-8 written as escapes (``\\udc85``): a file
    name given in bytes that are not text may be quoted by an output; it must not stop it."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def write_output(text: str, output: str | None) -> None:
    """Write to ``output`` atomically (no half-written file), or to stdout when None or '-'."""
    text = as_text(text)
    if output in (None, "-"):
        sys.stdout.write(text)
        return
    from cmplanner.errors import InputError
    from cmplanner.model.planfile import atomic_write_text

    try:
        atomic_write_text(Path(output), text, keep_backup=False)
    except OSError as exc:
        raise InputError(output, f"cannot write: {exc.strerror or exc}") from None
