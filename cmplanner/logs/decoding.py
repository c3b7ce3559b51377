"""Open a log file as a stream of text chunks, whatever its encoding.

Logs come as UTF-8 (with or without BOM), UTF-16 with a BOM (some tools write it), or the
ANSI code page of older SMS servers. Bytes that are not valid UTF-8 are read as Windows-1252
so that one odd byte never costs a line.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from cmplanner.errors import InputError

CHUNK_BYTES = 1 << 22


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start:error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error("cmplanner-cp1252", _cp1252_fallback)


def sniff_encoding(head: bytes) -> tuple[str, int]:
    """(codec name, BOM length) from the first bytes of a file."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8", 3
    if head.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le", 2
    if head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", 2
    sample = head[:4096]
    pairs = len(sample) // 2
    if pairs >= 8:
        even_zero = sample[0::2].count(0)
        odd_zero = sample[1::2].count(0)
        if odd_zero > pairs * 0.4 and even_zero < pairs * 0.05:
            return "utf-16-le", 0
        if even_zero > pairs * 0.4 and odd_zero < pairs * 0.05:
            return "utf-16-be", 0
    return "utf-8", 0


def open_log(path: str | Path) -> BinaryIO:
    """Open for reading; every failure is one :class:`InputError`."""
    path = Path(path)
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder, not a log file") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None


def text_chunks(handle: BinaryIO, source: str | Path,
                chunk_bytes: int = CHUNK_BYTES) -> Iterator[tuple[str, int]]:
    """Yield (text, bytes read so far); the last chunk is flushed from the decoder."""
    try:
        head = handle.read(chunk_bytes)
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from None
    encoding, bom = sniff_encoding(head)
    errors = "cmplanner-cp1252" if encoding == "utf-8" else "replace"
    decoder = codecs.getincrementaldecoder(encoding)(errors=errors)
    done = len(head)
    data = head[bom:]
    while data:
        text = decoder.decode(data)
        if text:
            yield text, done
        try:
            data = handle.read(chunk_bytes)
        except OSError as exc:
            raise InputError(source, f"cannot read: {exc.strerror or exc}") from None
        done += len(data)
    tail = decoder.decode(b"", final=True)
    if tail:
        yield tail, done
