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
from cmplanner.inputs import open_input

CHUNK_BYTES = 1 << 22


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
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
    return open_input(path, "a log file")


def _decode_utf8(data: bytes) -> str:
    """Strict UTF-8 when it is; a few odd bytes read as Windows-1252; binary noise replaced.

    The per-byte fallback runs Python code for every bad byte, so a chunk that is mostly
    noise is decoded with the C 'replace' handler instead: it has no text worth saving.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") * 100 > len(text):
        return text
    return data.decode("utf-8", errors="cmplanner-cp1252")


def _split_incomplete(data: bytes) -> tuple[bytes, bytes]:
    """Hold back a multi-byte UTF-8 sequence cut by the chunk boundary."""
    end = len(data)
    i = end - 1
    while i >= 0 and end - i <= 3 and (data[i] & 0xC0) == 0x80:
        i -= 1
    if i >= 0 and data[i] >= 0xC0:
        need = 2 if data[i] < 0xE0 else 3 if data[i] < 0xF0 else 4
        if end - i < need:
            return data[:i], data[i:]
    return data, b""


def text_chunks(
    handle: BinaryIO, source: str | Path, chunk_bytes: int | None = None
) -> Iterator[tuple[str, int]]:
    """Yield (text, bytes read so far) for the whole file, chunk by chunk."""
    size = chunk_bytes or CHUNK_BYTES

    def read() -> bytes:
        try:
            return handle.read(size)
        except OSError as exc:
            raise InputError(source, f"cannot read: {exc.strerror or exc}") from None

    head = read()
    encoding, bom = sniff_encoding(head)
    done = len(head)
    data = head[bom:]
    if encoding == "utf-8":
        pending = b""
        while data:
            whole, pending = _split_incomplete(pending + data)
            if whole:
                yield _decode_utf8(whole), done
            data = read()
            done += len(data)
        if pending:
            yield _decode_utf8(pending), done
        return
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    while data:
        text = decoder.decode(data)
        if text:
            yield text, done
        data = read()
        done += len(data)
    tail = decoder.decode(b"", final=True)
    if tail:
        yield tail, done
