"""Safe, fast parsing of task sequence XML: no DTD, so no entity expansion and no external
entities, ever.

Entities (the billion-laughs bomb) and external references (reading a local file or a URL) can
only be declared in a document type declaration, and a DOCTYPE may only stand in the prolog,
before the root element. So the prolog is scanned first and any DOCTYPE is refused, as
defusedxml's ``forbid_dtd`` does; a document without one is then parsed by the C parser of
the standard library, which cannot expand anything but the five predefined entities. (A
DOCTYPE after the root element is not well-formed and the parser refuses it before reading
it.) Errors carry the line and column.

Why not defusedxml here: it gives the same guarantee for this input (``forbid_dtd``) but
hooks the parser with Python-level handlers; measured on the 5,000-step benchmark document
(``benchmarks/bench_tasksequence.py``'s ``generate``), its parse took 100 ms CPU against 48 ms
for this one (median of 9, same run). The refusal here is tested against the billion-laughs
and external-entity files in ``tests/data/ts``. defusedxml stays a test dependency: the tests
read the SVG the app writes with it.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import xml.etree.ElementTree as ET

from cmplanner.errors import InputError

MAX_BYTES = 64 * 1024 * 1024
# How deep elements may nest below <sequence> (groups in groups, conditions, unknown elements).
# One limit for every way a sequence comes in (lint, show, wrap, the app's import), checked by
# the reader, so whatever is imported can also be checked, wrapped (one more level), exported
# and saved in a plan. Real sequences nest a handful of levels; 64 leaves room to spare.
MAX_DEPTH = 64

_DECL_ENCODING = re.compile(rb"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_HEAD = 64 * 1024
_EXPAT_NATIVE = {
    "utf-8",
    "utf8",
    "utf-16-le",
    "utf-16-be",
    "iso-8859-1",
    "latin-1",
    "us-ascii",
    "ascii",
}
_TEXT_DECL = re.compile(r"""^(\s*<\?xml[^>]*?encoding\s*=\s*)(["'])[A-Za-z0-9._-]+\2""")


# Codecs Python lists as text encodings that do not turn bytes into text: domain-name
# encodings, an always-failing one, Python literal escapes, and the codec that maps every byte
# to itself only when given a table.
_NOT_TEXT = frozenset(
    {"idna", "punycode", "undefined", "raw-unicode-escape", "unicode-escape", "charmap"}
)


def _encoding(data: bytes, source: str) -> tuple[str, int]:
    """The encoding of an XML document (BOM, then declaration, else UTF-8) and the BOM size;
    a declared name that is no text encoding is one :class:`InputError`."""
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return name, len(bom)
    match = _DECL_ENCODING.match(data)
    encoding = match.group(1).decode("ascii").lower() if match else "utf-8"
    if encoding == "utf-16":  # declared without a BOM: guess the byte order
        encoding = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise InputError(
            source, f"unknown text encoding {encoding!r} in the XML declaration", "line 1"
        ) from None
    if info.name in _NOT_TEXT or not getattr(info, "_is_text_encoding", True):
        raise InputError(
            source,
            f"the XML declaration names {encoding!r}, which is not a text encoding "
            "(exports are UTF-8 or UTF-16)",
            "line 1",
        )
    return encoding, 0


def decode(data: bytes | str, source: str, limit: int | None = None) -> str:
    """The document (or its first ``limit`` bytes) as text: BOMs and the declared encoding
    honoured, UTF-8 by default."""
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    if len(data) > MAX_BYTES:
        raise InputError(
            source,
            f"the file is {len(data) // (1024 * 1024)} MB; task sequence "
            f"exports over {MAX_BYTES // (1024 * 1024)} MB are refused",
        )
    encoding, skip = _encoding(data, source)
    chunk = data[skip:] if limit is None else data[skip : skip + limit]
    try:
        return chunk.decode(encoding, errors="strict" if limit is None else "ignore")
    except LookupError:
        raise InputError(
            source, f"unknown text encoding {encoding!r} in the XML declaration", "line 1"
        ) from None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            source,
            f"the file is not valid {encoding} text (byte {exc.start}); is it an XML export?",
            f"line {line}",
        ) from None


def _check_prolog(text: str, source: str) -> bool:
    """Refuse a DOCTYPE, and explain a declaration that does not come first. False when
    ``text`` ended before the prolog did (only the head of the document was given)."""
    pos, size = 0, len(text)
    while pos < size:
        while pos < size and text[pos] in " \t\r\n":
            pos += 1
        if text.startswith("<?", pos):
            if text.startswith("<?xml", pos) and pos > 0 and text[pos + 5 : pos + 6] in " \t\r\n":
                line = text.count("\n", 0, pos) + 1
                raise InputError(
                    source,
                    "the XML declaration <?xml ...?> must be the very "
                    "first thing in the file, but something (a comment, a blank "
                    "line) comes before it; the file is not well-formed XML",
                    f"line {line}",
                )
            end = text.find("?>", pos)
            pos = size if end < 0 else end + 2
        elif text.startswith("<!--", pos):
            end = text.find("-->", pos + 4)
            pos = size if end < 0 else end + 3
        elif text.startswith("<!", pos) and text[pos + 2 : pos + 9].upper() == "DOCTYPE":
            line = text.count("\n", 0, pos) + 1
            raise InputError(
                source,
                "the document has a DOCTYPE: task sequence exports "
                "never have one, and entity declarations and external entities "
                "are refused (they could expand without end or read other files)",
                f"line {line}",
            )
        else:
            return True
    return False


def parse_xml(data: bytes | str, source: str) -> ET.Element:
    """The root element of a task sequence document, or one clear :class:`InputError`."""
    if isinstance(data, str):
        # Text has no encoding left to apply: hand the parser UTF-8 and say so.
        data = _TEXT_DECL.sub(r"\1\2utf-8\2", data.removeprefix("\ufeff"), count=1).encode(
            "utf-8", errors="surrogatepass"
        )
    head = decode(data, source, limit=_HEAD)
    if not head.strip() and not decode(data, source).strip():
        raise InputError(source, "the file is empty")
    if not _check_prolog(head, source) and len(data) > _HEAD:
        _check_prolog(decode(data, source), source)
    encoding, _ = _encoding(data, source)
    if encoding not in _EXPAT_NATIVE:
        # Expat reads UTF-8, UTF-16 and Latin-1 itself; anything else is decoded here.
        data = _TEXT_DECL.sub(r"\1\2utf-8\2", decode(data, source), count=1).encode("utf-8")
    parser = ET.XMLParser()
    try:
        parser.feed(data)
        return parser.close()
    except ET.ParseError as exc:
        line, column = exc.position
        message = str(exc).split(":", 1)[0]
        hint = ""
        if "no element found" in message:
            hint = " (the file ends too early: truncated?)"
        elif "syntax error" in message and line == 1 and column == 0:
            hint = " (this does not look like XML)"
        elif "undefined entity" in message:
            hint = " (only &amp; &lt; &gt; &quot; &apos; and character references are allowed)"
        raise InputError(
            source, f"not well-formed XML: {message}{hint}", f"line {line}, column {column + 1}"
        ) from None


def line_of(data: bytes | str, order: int) -> int | None:
    """The line where the element number ``order`` (document order, root = 0) starts.

    Run only to name the place of an error: a second, slower pass that keeps line numbers.
    The document has been parsed once already, so it has no DOCTYPE."""
    import xml.parsers.expat

    if isinstance(data, str):
        data = _TEXT_DECL.sub(r"\1\2utf-8\2", data.removeprefix("\ufeff"), count=1).encode(
            "utf-8", errors="surrogatepass"
        )
    parser = xml.parsers.expat.ParserCreate()
    seen = [0]
    found: list[int] = []

    class Found(Exception):
        pass

    def start(name: str, attrs: object) -> None:
        if seen[0] == order:
            found.append(parser.CurrentLineNumber)
            raise Found
        seen[0] += 1

    parser.StartElementHandler = start
    with contextlib.suppress(Found, xml.parsers.expat.ExpatError):
        parser.Parse(data, True)
    return found[0] if found else None
