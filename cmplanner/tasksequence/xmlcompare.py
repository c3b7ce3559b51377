"""Whether two task sequence documents are equivalent: same elements, attributes and text.

Used by the round-trip tests and by anyone who wants to know what an edit changed.
Whitespace between elements (indentation, CRLF or LF) is not content; the text of elements
without children is compared exactly; attribute order and ``<a/>`` versus ``<a></a>`` do not
matter; an XML declaration or a wrapper namespace declaration is not content either. A
``SequenceData`` that holds the sequence as escaped text is compared as the document it holds.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from cmplanner.tasksequence.xmlsafe import parse_xml


def differences(first: bytes | str, second: bytes | str, limit: int = 20) -> list[str]:
    """Where the two documents differ (empty when equivalent), at most ``limit`` entries."""
    found: list[str] = []
    _compare(parse_xml(first, "first"), parse_xml(second, "second"), "", found, limit)
    return found


def equivalent(first: bytes | str, second: bytes | str) -> bool:
    return not differences(first, second, limit=1)


def _holds_xml(text: str | None) -> bool:
    return (text or "").lstrip().startswith("<")


def _compare(a: ET.Element, b: ET.Element, path: str, found: list[str], limit: int) -> None:
    here = f"{path}/{a.tag}"
    if len(found) >= limit:
        return
    if a.tag != b.tag:
        found.append(f"{path}: <{a.tag}> became <{b.tag}>")
        return
    if a.attrib != b.attrib:
        gone = {k: v for k, v in a.attrib.items() if b.attrib.get(k) != v}
        new = {k: v for k, v in b.attrib.items() if a.attrib.get(k) != v}
        found.append(f"{here}: attributes {gone} became {new}")
    if len(a) == 0 and len(b) == 0:
        if a.tag == "SequenceData" and _holds_xml(a.text) and _holds_xml(b.text):
            # The sequence as escaped text: compare the documents it holds.
            _compare(
                parse_xml(a.text or "", "first"),
                parse_xml(b.text or "", "second"),
                here,
                found,
                limit,
            )
            return
        if (a.text or "") != (b.text or ""):
            found.append(f"{here}: text {a.text!r} became {b.text!r}")
        return
    if (a.text or "").strip() != (b.text or "").strip():
        found.append(f"{here}: text {a.text!r} became {b.text!r}")
    if len(a) != len(b):
        found.append(
            f"{here}: {len(a)} child elements became {len(b)} "
            f"({[c.tag for c in a][:8]} / {[c.tag for c in b][:8]})"
        )
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        _compare(x, y, f"{here}[{i}]" if path else here, found, limit)
        if (x.tail or "").strip() != (y.tail or "").strip():
            found.append(f"{here}: text after <{x.tag}> differs")
