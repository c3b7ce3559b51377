"""What both directions of the XML layer share: element and attribute names of the 2007
format, the yes/no reading of attributes, and pausing the cyclic garbage collector while large
trees are built or written."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

PACKAGE_ROOT = "SmsTaskSequencePackage"
# The console's export lists these package properties, in this order (REFERENCE section 5).
PACKAGE_ELEMENTS = (
    "BootImageID",
    "Category",
    "DependentProgram",
    "Description",
    "Duration",
    "Name",
    "ProgramFlags",
    "SequenceData",
    "SourceDate",
    "SupportedOperatingSystems",
    "IconSize",
)
PACKAGE_DEFAULTS = {"Duration": "360", "ProgramFlags": "152084496", "IconSize": "0"}
XML_NAMESPACES = (
    ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
    ("xmlns:xsd", "http://www.w3.org/2001/XMLSchema"),
)
XSI = "{http://www.w3.org/2001/XMLSchema-instance}"

BOOL_ATTRS = {"disable", "continueOnError"}
STEP_ATTRS = (
    "type",
    "name",
    "description",
    "disable",
    "continueOnError",
    "runIn",
    "successCodeList",
)
GROUP_ATTRS = ("name", "description", "disable", "continueOnError")
NODE_TAGS = {"step", "group", "subtasksequence"}
# An element inside a condition that the app does not read: kept verbatim under this type.
RAW_CONDITION = "#xml"


def parse_bool(text: str) -> bool | None:
    """``true`` / ``false`` in any case (exports write both ``false`` and ``False``), else
    None: the caller keeps an unreadable value as it was."""
    folded = text.strip().casefold()
    if folded == "true":
        return True
    if folded == "false":
        return False
    return None


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a large tree is built: the objects are all alive
    until the end anyway, and repeated full collections over them cost more than the parse."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
