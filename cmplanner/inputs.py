"""Opening the files a user names, the same careful way everywhere.

Only regular files are read: a device or a FIFO (``/dev/zero``) has no size to check and
would be read forever. Whole-file reads stop one byte past their limit, so a file that grows
while it is read is refused too. Every failure is one :class:`InputError`.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from cmplanner.errors import InputError


def open_input(path: str | Path, kind: str) -> BinaryIO:
    """Open a regular file for reading; ``kind`` names what it should be ("a plan file")."""
    path = Path(path)
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, f"is a folder, not {kind}") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    try:
        mode = stat.S_IFMT(os.fstat(handle.fileno()).st_mode)
    except OSError as exc:
        handle.close()
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    if mode == stat.S_IFDIR:
        handle.close()
        raise InputError(path, f"is a folder, not {kind}")
    if mode != stat.S_IFREG:
        handle.close()
        raise InputError(path, f"is not a regular file (a device or a pipe), not {kind}")
    return handle


def read_input(path: str | Path, kind: str, max_bytes: int, what: str = "") -> bytes:
    """The whole content of a regular file of at most ``max_bytes``."""
    path = Path(path)
    with open_input(path, kind) as handle:
        try:
            data = handle.read(max_bytes + 1)
        except OSError as exc:
            raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        limit = (
            f"{max_bytes // (1024 * 1024)} MB"
            if max_bytes >= 1024 * 1024
            else (f"{max_bytes} bytes")
        )
        raise InputError(
            path,
            f"the file is larger than {limit}; {what or kind} is never "
            "that large, so this is not one",
        )
    return data
