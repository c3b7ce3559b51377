"""How deep a task sequence nests, counted as the reader counts it, so that whatever the
planner writes can be read back (:data:`~cmplanner.tasksequence.xmlsafe.MAX_DEPTH`)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from cmplanner.model.tasksequence import Condition, Group, Operator, Step, TaskSequence
from cmplanner.tasksequence.xmlsafe import MAX_DEPTH
from cmplanner.tasksequence.xmlshape import RAW_CONDITION

__all__ = ["MAX_DEPTH", "element_depth"]


def element_depth(ts: TaskSequence) -> int:
    """The deepest element level below ``<sequence>`` (a top-level step is 1), walked without
    recursion so that a tree too deep to read is measured too."""
    deepest = max((_xml_depth(x, 1) for x in ts.extra_xml), default=0)
    stack: list[tuple[Step | Group | Condition, int]] = [(n, 1) for n in ts.steps]
    while stack:
        item, depth = stack.pop()
        deepest = max(deepest, depth)
        if isinstance(item, Step | Group):
            stack.extend((c, depth + 2) for c in item.conditions)
            deepest = max([deepest, *(_xml_depth(x, depth + 1) for x in item.extra_xml)])
            if isinstance(item, Group):
                stack.extend((c, depth + 1) for c in item.children)
        elif isinstance(item, Operator):
            stack.extend((c, depth + 1) for c in item.children)
        elif item.type == RAW_CONDITION:
            deepest = max(deepest, _xml_depth(item.properties.get("xml", ""), depth))
    return deepest


def _xml_depth(xml: str, depth: int) -> int:
    """The deepest level of an element kept as text, its root at ``depth``. The text is the
    reader's own serialization of one element (no prolog, so no DOCTYPE can stand in it)."""
    try:
        root = ET.fromstring(xml)
    except ET.ParseError:
        return depth
    deepest = depth
    stack = [(root, depth)]
    while stack:
        elem, level = stack.pop()
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in elem)
    return deepest
