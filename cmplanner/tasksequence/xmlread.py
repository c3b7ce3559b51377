"""Import of ConfigMgr 2007 task sequence XML (see :mod:`cmplanner.tasksequence.xmlio`)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from cmplanner.errors import InputError
from cmplanner.inputs import read_input
from cmplanner.model.tasksequence import (
    Condition,
    Expression,
    Group,
    Operator,
    RunIn,
    Step,
    TaskSequence,
    Variable,
    XmlLayout,
)
from cmplanner.tasksequence.construct import build, complete, variable
from cmplanner.tasksequence.xmlsafe import MAX_BYTES, MAX_DEPTH, line_of, parse_xml
from cmplanner.tasksequence.xmlshape import (
    GROUP_ATTRS,
    NODE_TAGS,
    PACKAGE_ROOT,
    RAW_CONDITION,
    STEP_ATTRS,
    gc_paused,
    parse_bool,
)

_RUN_IN = {r.value.casefold(): r for r in RunIn}


def load_task_sequence(path: str | Path) -> TaskSequence:
    """Read an export from a file; an unreadable file is one :class:`InputError`."""
    path = Path(path)
    data = read_input(path, "a task sequence export", MAX_BYTES)
    return parse_task_sequence(data, str(path))


def parse_task_sequence(data: bytes | str, source: str) -> TaskSequence:
    """A task sequence from the text of an export (either shape)."""
    with gc_paused():
        root = parse_xml(data, source)
        try:
            return _Reader(source, data).read(root)
        except RecursionError:  # costs nothing on real exports, unlike a depth pre-pass
            raise InputError(
                source, "elements are nested deeper than any task sequence export is; refused"
            ) from None


def _yes_no(
    attrs: dict[str, str], name: str, extra: dict[str, str], literals: dict[str, str]
) -> bool:
    """A true/false attribute (false when absent). A value that is not a yes/no is kept in
    ``extra``; one written other than "true"/"false" keeps its literal for the export."""
    text = attrs.get(name)
    if text is None:
        return False
    value = parse_bool(text)
    if value is None:
        extra[name] = text
        return False
    if text not in _CANONICAL:
        literals[name] = text
    return value


class _Reader:
    def __init__(self, source: str, data: bytes | str) -> None:
        self.source = source
        self.data = data
        # (root element, the text it was parsed from, how to name a place in it)
        self.documents: list[tuple[ET.Element, bytes | str, str]] = []
        # per document root: (order of its <sequence>, elements released after it)
        self.released: dict[int, tuple[int, int]] = {}

    def fail(self, problem: str, elem: ET.Element | None = None) -> InputError:
        """One error naming the line of ``elem`` (found again only now, on failure)."""
        place = "line 1"
        if elem is not None:
            for root, data, label in self.documents:
                order = next((i for i, e in enumerate(root.iter()) if e is elem), None)
                if order is not None:
                    after, released = self.released.get(id(root), (0, 0))
                    if order > after:  # elements released before this one no longer count
                        order += released
                    line = line_of(data, order)
                    place = f"{label}line {line}" if line else label.rstrip(", ") or place
                    break
        return InputError(self.source, problem, place)

    def read(self, root: ET.Element) -> TaskSequence:
        self.documents.append((root, self.data, ""))
        if root.tag == "sequence":
            doc = self.sequence(root)
            doc["name"] = root.get("name") or Path(self.source).stem or "Task sequence"
            if root.get("name") == "":  # a name is required: the fallback, written back as ""
                doc["layout"]["texts"]["name"] = doc["name"]
            doc["description"] = root.get("description", "")
            for key in ("name", "description"):
                doc["extra_attributes"].pop(key, None)
        elif root.tag == PACKAGE_ROOT:
            doc = self.package(root)
        else:
            raise self.fail(
                f"the root element is <{root.tag}>: expected <{PACKAGE_ROOT}> (a "
                "console export) or <sequence> (a task sequence document)",
                root,
            )
        doc["layout"] = build(XmlLayout, doc["layout"])
        return build(TaskSequence, doc)

    # -- wrapper

    def package(self, root: ET.Element) -> dict[str, Any]:
        order: list[str] = []
        props: dict[str, str] = {}
        wrapper_xml: list[str] = []
        sequence: dict[str, Any] | None = None
        as_text = False
        for child in root:
            tag = child.tag
            if tag == "SequenceData":
                order.append(tag)
                inner = child.find("sequence")
                if inner is not None:
                    sequence = self.sequence(inner)
                elif (child.text or "").strip():
                    try:
                        inner_root = parse_xml(child.text or "", self.source)
                    except InputError as exc:
                        raise InputError(
                            self.source,
                            exc.problem,
                            f"the sequence in SequenceData, {exc.place or 'line 1'}",
                        ) from None
                    self.documents.append(
                        (inner_root, child.text or "", "the sequence in SequenceData, ")
                    )
                    if inner_root.tag != "sequence":
                        raise self.fail(
                            f"SequenceData holds <{inner_root.tag}>, not <sequence>", child
                        )
                    sequence = self.sequence(inner_root)
                    as_text = True
                else:
                    raise self.fail(
                        "SequenceData is empty: the export holds no task sequence", child
                    )
            elif len(child) or child.attrib:
                order.append("#xml")
                wrapper_xml.append(_serialize(child))
            else:
                order.append(tag)
                props[tag] = child.text or ""
        if sequence is None:
            raise self.fail(
                f"<{PACKAGE_ROOT}> has no SequenceData element: the export holds no task sequence",
                root,
            )
        original_name = props.pop("Name", "")
        sequence["name"] = original_name or "Task sequence"
        if "Name" in order and not original_name:
            # A name is required: the fallback stands in for an empty <Name/>, written back so.
            sequence["layout"]["texts"]["Name"] = sequence["name"]
        sequence["description"] = props.pop("Description", "")
        sequence["boot_image_id"] = props.pop("BootImageID", "")
        sequence["category"] = props.pop("Category", "")
        sequence["package_properties"] = props
        sequence["wrapper"] = order
        sequence["wrapper_xml"] = wrapper_xml
        sequence["sequence_data_as_text"] = as_text
        return sequence

    # -- sequence

    def sequence(self, elem: ET.Element) -> dict[str, Any]:
        layout = _layout(elem, ())
        doc: dict[str, Any] = {
            "version": elem.get("version", ""),
            "layout": layout,
            "extra_attributes": {k: v for k, v in elem.attrib.items() if k != "version"},
            "global_variables": [],
            "references": [],
            "steps": [],
            "extra_xml": [],
        }
        children = layout["children"]
        root = self.documents[-1][0]
        start = 0 if root is elem else next(i for i, e in enumerate(root.iter()) if e is elem)
        released = 0
        for child in elem:
            tag = child.tag
            if tag in NODE_TAGS:
                children.append("node")
                doc["steps"].append(self.node(child, 1))
                # The element is in the model now: release its subtree, so that the parsed
                # tree shrinks while the model grows (a 64 MB export would hold both).
                released += sum(1 for _ in child.iter()) - 1
                child.clear()
                self.released[id(root)] = (start, released)
            elif tag == "globalVarList" and "globalVarList" not in children and _simple_list(child):
                children.append(tag)
                doc["global_variables"] = _variables(child)
            elif (
                tag == "referenceList"
                and tag not in children
                and not child.attrib
                and not (child.text or "").strip()
                and all(
                    r.tag == "reference" and not len(r) and not (r.text or "").strip()
                    for r in child
                )
            ):
                children.append(tag)
                doc["references"] = [dict(r.attrib) for r in child]
            else:
                children.append("extra")
                doc["extra_xml"].append(self.serialize(child, 1))
        return doc

    def node(self, elem: ET.Element, depth: int) -> Step | Group:
        if depth > MAX_DEPTH:
            raise self.too_deep(elem)
        is_group = elem.tag == "group"
        known = GROUP_ATTRS if is_group else STEP_ATTRS
        attrs = elem.attrib
        literals: dict[str, str] = {}
        layout: dict[str, Any] = {
            "tag": "subtasksequence" if elem.tag == "subtasksequence" else "",
            "attribute_order": list(attrs),
            "literals": literals,
            "children": [],
            "texts": {},
        }
        extra = {k: v for k, v in attrs.items() if k not in known}
        disabled = _yes_no(attrs, "disable", extra, literals)
        continue_on_error = _yes_no(attrs, "continueOnError", extra, literals)
        enabled = not disabled
        node: dict[str, Any] = {
            "name": attrs.get("name", ""),
            "description": attrs.get("description", ""),
            "enabled": enabled,
            "continue_on_error": continue_on_error,
            "conditions": [],
            "extra_attributes": extra,
            "extra_xml": [],
            "layout": None,
        }
        children = layout["children"]
        if is_group:
            node["kind"] = "group"
            node["children"] = members = []
            for child in elem:
                tag = child.tag
                if tag in NODE_TAGS:
                    children.append("node")
                    members.append(self.node(child, depth + 1))
                elif tag == "condition" and tag not in children and _plain(child):
                    children.append(tag)
                    node["conditions"] = [self.condition(c, depth + 2) for c in child]
                elif tag == "action" and _leaf(child) and "action" not in children:
                    children.append(tag)
                    layout["texts"]["action"] = child.text or ""
                else:
                    children.append("extra")
                    node["extra_xml"].append(self.serialize(child, depth + 1))
            node["layout"] = complete(XmlLayout, layout)
            return complete(Group, node)
        run_in = None
        if "runIn" in attrs:
            run_in = _RUN_IN.get(attrs["runIn"].casefold())
            if run_in is None:
                extra["runIn"] = attrs["runIn"]
            elif run_in.value != attrs["runIn"]:
                literals["runIn"] = attrs["runIn"]  # runIn="winpe": written back as found
        node.update(
            kind="step",
            type=attrs.get("type", ""),
            action="",
            run_in=run_in,
            success_codes=attrs.get("successCodeList"),
            variables=[],
        )
        for child in elem:
            tag = child.tag
            if tag == "action" and "action" not in children and _leaf(child):
                children.append(tag)
                node["action"] = child.text or ""
            elif tag == "defaultVarList" and tag not in children and _simple_list(child):
                children.append(tag)
                node["variables"] = _variables(child)
            elif tag == "condition" and tag not in children and _plain(child):
                children.append(tag)
                node["conditions"] = [self.condition(c, depth + 2) for c in child]
            else:
                children.append("extra")
                node["extra_xml"].append(self.serialize(child, depth + 1))
        node["layout"] = complete(XmlLayout, layout)
        return complete(Step, node)

    def condition(self, elem: ET.Element, depth: int) -> Condition:
        if depth > MAX_DEPTH:
            raise self.too_deep(elem)
        if elem.tag == "operator" and not (elem.text or "").strip():
            literal = elem.get("type") or ""
            op = literal.casefold()
            if op not in ("and", "or", "not"):
                raise self.fail(f"condition operator {literal!r} is not and, or, not", elem)
            extra = {k: v for k, v in elem.attrib.items() if k != "type"}
            if literal != op:
                extra["type"] = literal
            children = [self.condition(c, depth + 1) for c in elem]
            values: dict[str, Any] = {"operator": op, "children": children}
            if extra:
                values["extra_attributes"] = extra
            return build(Operator, values)
        if _plain_expression(elem):
            props: dict[str, str] = {}
            for var in elem:
                props[var.attrib["name"]] = var.text or ""
            values = {"type": elem.attrib["type"], "properties": props}
            extra = {k: v for k, v in elem.attrib.items() if k != "type"}
            if extra:
                values["extra_attributes"] = extra
            return build(Expression, values)
        # Not something the app interprets: kept verbatim, never dropped.
        xml = self.serialize(elem, depth)
        return build(Expression, {"type": RAW_CONDITION, "properties": {"xml": xml}})

    def serialize(self, elem: ET.Element, depth: int) -> str:
        """An element the model has no field for, as found; refused when it nests deeper
        than :data:`MAX_DEPTH` (the same limit as groups and conditions)."""
        stack = [(elem, depth)]
        while stack:
            here, level = stack.pop()
            if level > MAX_DEPTH:
                raise self.too_deep(here)
            stack.extend((child, level + 1) for child in here)
        return _serialize(elem)

    def too_deep(self, elem: ET.Element) -> InputError:
        return self.fail(
            f"elements are nested more than {MAX_DEPTH} levels deep; task sequences "
            f"are limited to {MAX_DEPTH} levels here, so this one is refused",
            elem,
        )


_CANONICAL = frozenset({"true", "false"})


def _leaf(elem: ET.Element) -> bool:
    """An element with text only: no attributes, no children (an ``<action>``)."""
    return not len(elem) and not elem.attrib


def _plain(elem: ET.Element) -> bool:
    """A container without attributes or text of its own (a ``<condition>``)."""
    return not elem.attrib and not (elem.text or "").strip()


def _simple_list(elem: ET.Element) -> bool:
    """A variable list the model holds exactly: ``<variable name=...>text</variable>`` only,
    each name given once per attribute, no nested elements."""
    return _plain(elem) and all(
        var.tag == "variable" and not len(var) and "name" in var.attrib for var in elem
    )


def _plain_expression(elem: ET.Element) -> bool:
    """An ``<expression type=...>`` of ``<variable name=...>`` values with distinct names and
    nothing else: what :class:`Expression` holds without loss."""
    if elem.tag != "expression" or "type" not in elem.attrib or (elem.text or "").strip():
        return False
    names: set[str] = set()
    for var in elem:
        name = var.get("name")
        if var.tag != "variable" or len(var) or name is None or len(var.attrib) != 1:
            return False
        if name in names:
            return False
        names.add(name)
    return True


def _layout(elem: ET.Element, known: tuple[str, ...]) -> dict[str, Any]:
    return {
        "tag": "",
        "attribute_order": list(elem.attrib),
        "literals": {},
        "children": [],
        "texts": {},
    }


def _variables(elem: ET.Element) -> list[Variable]:
    out = []
    for var in elem:
        attrs = var.attrib
        extra = None
        if len(attrs) > 2 or not attrs.get("property"):
            extra = {k: v for k, v in attrs.items() if k not in ("name", "property")}
            if attrs.get("property") == "":
                extra["property"] = ""  # written although empty: the writer keeps it so
        out.append(
            variable(attrs.get("name", ""), attrs.get("property", ""), var.text or "", extra)
        )
    return out


def _serialize(elem: ET.Element) -> str:
    """An element as XML text. ElementTree writes a carriage return in text as it is, which a
    parser reads back as a line feed; written as a reference it survives (attributes already
    get one)."""
    tail, elem.tail = elem.tail, None
    try:
        return ET.tostring(elem, encoding="unicode").replace("\r", "&#13;")
    finally:
        elem.tail = tail
