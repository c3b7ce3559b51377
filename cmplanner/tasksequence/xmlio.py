"""Import and export of ConfigMgr 2007 task sequence XML.

Two shapes are read: the console's export (root ``SmsTaskSequencePackage`` whose
``SequenceData`` holds ``<sequence version="3.00">``, as elements or as escaped text) and a bare
``<sequence>`` document (MDT ``ts.xml``, SDK ``SaveToXml`` output). Import keeps everything:
attributes and elements the model has no field for go to ``extra_attributes`` / ``extra_xml``,
and an :class:`~cmplanner.model.tasksequence.XmlLayout` remembers attribute order, original
literals (``disable="False"``), child order and empty elements (``<condition />``), so export of
an unchanged import is equivalent to the original. Export strips secrets unless asked for them
by name, and says so.
"""

from __future__ import annotations

import gc
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from cmplanner.errors import InputError
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
from cmplanner.tasksequence.secrets import asked_for, is_secret
from cmplanner.tasksequence.xmlsafe import MAX_BYTES, line_of, parse_xml

PACKAGE_ROOT = "SmsTaskSequencePackage"
# The console's export lists these package properties, in this order (REFERENCE section 5).
PACKAGE_ELEMENTS = ("BootImageID", "Category", "DependentProgram", "Description", "Duration",
                    "Name", "ProgramFlags", "SequenceData", "SourceDate",
                    "SupportedOperatingSystems", "IconSize")
PACKAGE_DEFAULTS = {"Duration": "360", "ProgramFlags": "152084496", "IconSize": "0"}
XML_NAMESPACES = (('xmlns:xsi', "http://www.w3.org/2001/XMLSchema-instance"),
                  ('xmlns:xsd', "http://www.w3.org/2001/XMLSchema"))
_XSI = "{http://www.w3.org/2001/XMLSchema-instance}"

_BOOL_ATTRS = {"disable", "continueOnError"}
_STEP_ATTRS = ("type", "name", "description", "disable", "continueOnError", "runIn",
               "successCodeList")
_GROUP_ATTRS = ("name", "description", "disable", "continueOnError")
_NODE_TAGS = {"step", "group", "subtasksequence"}
_RUN_IN = {r.value.casefold(): r for r in RunIn}


# --------------------------------------------------------------------------------- import


def load_task_sequence(path: str | Path) -> TaskSequence:
    """Read an export from a file; an unreadable file is one :class:`InputError`."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(path, f"the file is {size // (1024 * 1024)} MB; task sequence "
                             f"exports over {MAX_BYTES // (1024 * 1024)} MB are refused")
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputError(path, "is a folder, not a task sequence export") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    return parse_task_sequence(data, str(path))


def parse_task_sequence(data: bytes | str, source: str) -> TaskSequence:
    """A task sequence from the text of an export (either shape)."""
    with gc_paused():
        root = parse_xml(data, source)
        return _Reader(source, data).read(root)


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


class _Reader:
    def __init__(self, source: str, data: bytes | str) -> None:
        self.source = source
        self.data = data
        # (root element, the text it was parsed from, how to name a place in it)
        self.documents: list[tuple[ET.Element, bytes | str, str]] = []

    def fail(self, problem: str, elem: ET.Element | None = None) -> InputError:
        """One error naming the line of ``elem`` (found again only now, on failure)."""
        place = "line 1"
        if elem is not None:
            for root, data, label in self.documents:
                order = next((i for i, e in enumerate(root.iter()) if e is elem), None)
                if order is not None:
                    line = line_of(data, order)
                    place = f"{label}line {line}" if line else label.rstrip(", ") or place
                    break
        return InputError(self.source, problem, place)

    def read(self, root: ET.Element) -> TaskSequence:
        self.documents.append((root, self.data, ""))
        if root.tag == "sequence":
            doc = self.sequence(root)
            doc["name"] = root.get("name") or Path(self.source).stem or "Task sequence"
            doc["description"] = root.get("description", "")
            for key in ("name", "description"):
                doc["extra_attributes"].pop(key, None)
        elif root.tag == PACKAGE_ROOT:
            doc = self.package(root)
        else:
            raise self.fail(f"the root element is <{root.tag}>: expected <{PACKAGE_ROOT}> (a "
                            "console export) or <sequence> (a task sequence document)", root)
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
                        raise InputError(self.source, exc.problem, "the sequence in "
                                         f"SequenceData, {exc.place or 'line 1'}") from None
                    self.documents.append((inner_root, child.text or "",
                                           "the sequence in SequenceData, "))
                    if inner_root.tag != "sequence":
                        raise self.fail(f"SequenceData holds <{inner_root.tag}>, not <sequence>",
                                        child)
                    sequence = self.sequence(inner_root)
                    as_text = True
                else:
                    raise self.fail("SequenceData is empty: the export holds no task sequence",
                                    child)
            elif len(child) or child.attrib:
                order.append("#xml")
                wrapper_xml.append(_serialize(child))
            else:
                order.append(tag)
                props[tag] = child.text or ""
        if sequence is None:
            raise self.fail(f"<{PACKAGE_ROOT}> has no SequenceData element: the export holds "
                            "no task sequence", root)
        sequence["name"] = props.pop("Name", "") or "Task sequence"
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
        doc: dict[str, Any] = {"version": elem.get("version", ""), "layout": layout,
                               "extra_attributes": {k: v for k, v in elem.attrib.items()
                                                    if k != "version"},
                               "global_variables": [], "references": [], "steps": [],
                               "extra_xml": []}
        children = layout["children"]
        for child in elem:
            tag = child.tag
            if tag == "globalVarList":
                children.append(tag)
                doc["global_variables"] = _variables(child)
            elif tag == "referenceList" and all(r.tag == "reference" and not len(r)
                                                for r in child):
                children.append(tag)
                doc["references"] = [dict(r.attrib) for r in child]
            elif tag in _NODE_TAGS:
                children.append("node")
                doc["steps"].append(self.node(child))
            else:
                children.append("extra")
                doc["extra_xml"].append(_serialize(child))
        return doc

    def node(self, elem: ET.Element) -> Step | Group:
        is_group = elem.tag == "group"
        known = _GROUP_ATTRS if is_group else _STEP_ATTRS
        attrs = elem.attrib
        literals: dict[str, str] = {}
        layout: dict[str, Any] = {
            "tag": "subtasksequence" if elem.tag == "subtasksequence" else "",
            "attribute_order": list(attrs), "literals": literals, "children": [], "texts": {}}
        extra = {k: v for k, v in attrs.items() if k not in known}
        enabled, continue_on_error = True, False
        # Only a yes/no written other than "true"/"false" needs its literal remembered.
        text = attrs.get("disable")
        if text is not None:
            value = _bool(text)
            if value is None:
                extra["disable"] = text
            else:
                enabled = not value
                if text not in _CANONICAL:
                    literals["disable"] = text
        text = attrs.get("continueOnError")
        if text is not None:
            value = _bool(text)
            if value is None:
                extra["continueOnError"] = text
            else:
                continue_on_error = value
                if text not in _CANONICAL:
                    literals["continueOnError"] = text
        node: dict[str, Any] = {"name": attrs.get("name", ""),
                                "description": attrs.get("description", ""),
                                "enabled": enabled, "continue_on_error": continue_on_error,
                                "conditions": [], "extra_attributes": extra, "extra_xml": [],
                                "layout": None}
        children = layout["children"]
        if is_group:
            node["kind"] = "group"
            node["children"] = members = []
            for child in elem:
                tag = child.tag
                if tag in _NODE_TAGS:
                    children.append("node")
                    members.append(self.node(child))
                elif tag == "condition" and tag not in children:
                    children.append(tag)
                    node["conditions"] = [self.condition(c) for c in child]
                elif tag == "action" and not len(child) and "action" not in children:
                    children.append(tag)
                    layout["texts"]["action"] = child.text or ""
                else:
                    children.append("extra")
                    node["extra_xml"].append(_serialize(child))
            node["layout"] = complete(XmlLayout, layout)
            return complete(Group, node)
        run_in = None
        if "runIn" in attrs:
            run_in = _RUN_IN.get(attrs["runIn"].casefold())
            if run_in is None:
                extra["runIn"] = attrs["runIn"]
        node.update(kind="step", type=attrs.get("type", ""), action="", run_in=run_in,
                    success_codes=attrs.get("successCodeList"), variables=[])
        for child in elem:
            tag = child.tag
            if tag == "action" and "action" not in children:
                children.append(tag)
                node["action"] = child.text or ""
            elif tag == "defaultVarList" and tag not in children:
                children.append(tag)
                node["variables"] = _variables(child)
            elif tag == "condition" and tag not in children:
                children.append(tag)
                node["conditions"] = [self.condition(c) for c in child]
            else:
                children.append("extra")
                node["extra_xml"].append(_serialize(child))
        node["layout"] = complete(XmlLayout, layout)
        return complete(Step, node)

    def condition(self, elem: ET.Element) -> Condition:
        if elem.tag == "operator":
            op = (elem.get("type") or "").casefold()
            if op not in ("and", "or", "not"):
                raise self.fail(f"condition operator {elem.get('type')!r} is not and, or, not",
                                elem)
            return build(Operator, {"operator": op, "children": [
                self.condition(c) for c in elem]})
        if elem.tag == "expression" and all(c.tag == "variable" and not len(c) for c in elem):
            props: dict[str, str] = {}
            for var in elem:
                props[var.get("name", "")] = var.text or ""
            return build(Expression, {"type": elem.get("type", ""), "properties": props})
        # Not something the app interprets: kept verbatim, never dropped.
        return build(Expression, {"type": RAW_CONDITION, "properties": {"xml": _serialize(elem)}})


RAW_CONDITION = "#xml"


def _bool(text: str) -> bool | None:
    folded = text.strip().casefold()
    if folded == "true":
        return True
    if folded == "false":
        return False
    return None


_CANONICAL = frozenset({"true", "false"})


def _layout(elem: ET.Element, known: tuple[str, ...]) -> dict[str, Any]:
    return {"tag": "", "attribute_order": list(elem.attrib), "literals": {},
            "children": [], "texts": {}}


def _variables(elem: ET.Element) -> list[Variable]:
    out = []
    for var in elem:
        if var.tag != "variable":
            continue
        attrs = var.attrib
        extra = None
        if len(attrs) > 2 or "name" not in attrs or "property" not in attrs:
            extra = {k: v for k, v in attrs.items() if k not in ("name", "property")}
        out.append(variable(attrs.get("name", ""), attrs.get("property", ""), var.text or "",
                            extra))
    return out


def _serialize(elem: ET.Element) -> str:
    tail, elem.tail = elem.tail, None
    try:
        return ET.tostring(elem, encoding="unicode")
    finally:
        elem.tail = tail


# --------------------------------------------------------------------------------- export


def export_xml(ts: TaskSequence, include_secrets: Iterable[str] = (),
               bare: bool | None = None) -> tuple[str, list[str]]:
    """The 2007 export of ``ts`` as text, and warnings (secrets left out or kept).

    ``bare=True`` writes a ``<sequence>`` document without the ``SmsTaskSequencePackage``
    wrapper, ``bare=False`` always writes the wrapper; by default a task sequence imported
    from a bare document stays bare and every other one gets the wrapper.
    ``include_secrets`` names the variables (name or property, any case) whose secret values
    are written anyway, each with a warning.
    """
    if bare is None:
        bare = ts.wrapper is None and ts.layout is not None
    writer = _Writer(frozenset(n.casefold() for n in include_secrets))
    out = writer.out
    out.append('<?xml version="1.0" encoding="utf-8"?>\n')
    with gc_paused():
        if bare:
            writer.sequence(ts, 0, bare=True)
        else:
            writer.package(ts)
        return "".join(out), writer.warnings


class _Writer:
    def __init__(self, include: frozenset[str]) -> None:
        self.include = include
        self.out: list[str] = []
        self.warnings: list[str] = []

    def package(self, ts: TaskSequence) -> None:
        out = self.out
        ns = "".join(f' {k}="{v}"' for k, v in XML_NAMESPACES)
        out.append(f"<{PACKAGE_ROOT}{ns}>\n")
        known = {"BootImageID": ts.boot_image_id, "Category": ts.category,
                 "Description": ts.description, "Name": ts.name}
        props = dict(ts.package_properties)
        order = list(ts.wrapper) if ts.wrapper is not None else list(PACKAGE_ELEMENTS)
        raw = iter(ts.wrapper_xml)
        written: set[str] = set()
        for tag in order:
            if tag == "#xml":
                xml = next(raw, None)
                if xml is not None:
                    out.append(f"  {xml}\n")
                continue
            written.add(tag)
            if tag == "SequenceData":
                if ts.sequence_data_as_text:
                    inner = _Writer(self.include)
                    inner.sequence(ts, 0, bare=False)
                    self.warnings.extend(inner.warnings)
                    out.append(f"  <SequenceData>{_text(''.join(inner.out))}</SequenceData>\n")
                else:
                    out.append("  <SequenceData>\n")
                    self.sequence(ts, 4, bare=False)
                    out.append("  </SequenceData>\n")
                continue
            value = known[tag] if tag in known else props.get(tag, PACKAGE_DEFAULTS.get(tag, ""))
            out.append(f"  <{tag}>{_text(value)}</{tag}>\n" if value else f"  <{tag} />\n")
        for tag, value in props.items():  # added after import: keep them too
            if tag not in written:
                out.append(f"  <{tag}>{_text(value)}</{tag}>\n" if value else f"  <{tag} />\n")
        for xml in raw:
            out.append(f"  {xml}\n")
        out.append(f"</{PACKAGE_ROOT}>\n")

    def sequence(self, ts: TaskSequence, indent: int, bare: bool) -> None:
        out = self.out
        pad = " " * indent
        attrs: dict[str, str] = {"version": ts.version or "3.00"}
        layout = ts.layout
        present = set(layout.attribute_order) if layout else set()
        own = ts.wrapper is None and layout is not None  # imported from a bare document
        if bare and (own or layout is None):
            if ts.name and ("name" in present or layout is None):
                attrs["name"] = ts.name
            if ts.description or "description" in present:
                attrs["description"] = ts.description
        for key, value in ts.extra_attributes.items():
            if key not in attrs and (not bare or own or key not in ("name", "description")):
                attrs[key] = value
        tokens = layout.children if layout else []
        tokens = _complete(tokens, {"globalVarList": bool(ts.global_variables),
                                    "referenceList": bool(ts.references)},
                           len(ts.steps), len(ts.extra_xml))
        if not tokens:
            out.append(f"{pad}<sequence{_attrs(attrs, layout)} />\n")
            return
        out.append(f"{pad}<sequence{_attrs(attrs, layout)}>\n")
        steps = iter(enumerate(ts.steps))
        extras = iter(ts.extra_xml)
        inner = pad + "  "
        for token in tokens:
            if token == "globalVarList":
                self.variables("globalVarList", ts.global_variables, inner, "global variable")
            elif token == "referenceList":
                if ts.references:
                    out.append(f"{inner}<referenceList>\n")
                    for ref in ts.references:
                        out.append(f"{inner}  <reference{_attrs(ref, None)} />\n")
                    out.append(f"{inner}</referenceList>\n")
                else:
                    out.append(f"{inner}<referenceList />\n")
            elif token == "node":
                item = next(steps, None)
                if item is not None:
                    self.node(item[1], f"steps[{item[0]}]", indent + 2)
            elif token == "extra":
                xml = next(extras, None)
                if xml is not None:
                    out.append(f"{inner}{xml}\n")
        out.append(f"{pad}</sequence>\n")

    def node(self, node: Step | Group, path: str, indent: int) -> None:
        out = self.out
        pad = " " * indent
        inner = pad + "  "
        layout = node.layout
        attrs: dict[str, str] = {}
        present = set(layout.attribute_order) if layout else set()
        if isinstance(node, Step):
            attrs["type"] = node.type
        attrs["name"] = node.name
        if node.description or "description" in present or layout is None:
            attrs["description"] = node.description
        if not node.enabled or "disable" in present:
            attrs["disable"] = _bool_text(not node.enabled)
        if node.continue_on_error or "continueOnError" in present:
            attrs["continueOnError"] = _bool_text(node.continue_on_error)
        if isinstance(node, Step):
            if node.type == "" and "type" not in present and layout is not None:
                del attrs["type"]
            if node.run_in is not None:
                attrs["runIn"] = node.run_in.value
            if node.success_codes is not None:
                attrs["successCodeList"] = node.success_codes
        attrs.update(node.extra_attributes)
        tag = (layout.tag if layout and layout.tag else
               "group" if isinstance(node, Group) else "step")
        extras = iter(node.extra_xml)
        tokens = layout.children if layout else []
        if isinstance(node, Group):
            tokens = _complete(tokens, {"condition": bool(node.conditions)},
                               len(node.children), len(node.extra_xml))
        else:
            tokens = _complete(tokens, {"condition": bool(node.conditions),
                                        "action": bool(node.action) or layout is None,
                                        "defaultVarList": bool(node.variables)},
                               0, len(node.extra_xml))
        if not tokens:
            out.append(f"{pad}<{tag}{_attrs(attrs, layout)} />\n")
            return
        out.append(f"{pad}<{tag}{_attrs(attrs, layout)}>\n")
        if isinstance(node, Group):
            children = iter(enumerate(node.children))
            for token in tokens:
                if token == "condition":
                    self.condition_list(node.conditions, inner)
                elif token == "node":
                    item = next(children, None)
                    if item is not None:
                        self.node(item[1], f"{path}.children[{item[0]}]", indent + 2)
                elif token == "action":
                    text = layout.texts.get("action", "") if layout else ""
                    out.append(f"{inner}<action>{_text(text)}</action>\n" if text
                               else f"{inner}<action />\n")
                elif token == "extra":
                    xml = next(extras, None)
                    if xml is not None:
                        out.append(f"{inner}{xml}\n")
        else:
            for token in tokens:
                if token == "condition":
                    self.condition_list(node.conditions, inner)
                elif token == "action":
                    out.append(f"{inner}<action>{_text(node.action)}</action>\n"
                               if node.action else f"{inner}<action />\n")
                elif token == "defaultVarList":
                    self.variables("defaultVarList", node.variables, inner,
                                   f"step {node.name!r} ({path})")
                elif token == "extra":
                    xml = next(extras, None)
                    if xml is not None:
                        out.append(f"{inner}{xml}\n")
        out.append(f"{pad}</{tag}>\n")

    def variables(self, tag: str, variables: list[Variable], pad: str, owner: str) -> None:
        out = self.out
        if not variables:
            out.append(f"{pad}<{tag} />\n")
            return
        out.append(f"{pad}<{tag}>\n")
        for var in variables:
            value = var.value
            if value and is_secret(var):
                if asked_for(var, self.include):
                    self.warnings.append(f"{owner}: the secret {var.name} is exported as asked; "
                                         "keep this file away from other sites")
                else:
                    self.warnings.append(f"{owner}: left out the secret {var.name} (ask for it "
                                         f"by name to export it)")
                    value = ""
            head = f'{pad}  <variable name="{_attr(var.name)}"'
            if var.property:
                head += f' property="{_attr(var.property)}"'
            if var.extra_attributes:
                head += _attrs({k: v for k, v in var.extra_attributes.items()
                                if k not in ("name", "property")}, None)
            out.append(f"{head}>{_text(value)}</variable>\n" if value else f"{head} />\n")
        out.append(f"{pad}</{tag}>\n")

    def condition_list(self, conditions: list[Condition], pad: str) -> None:
        if not conditions:
            self.out.append(f"{pad}<condition />\n")
            return
        self.out.append(f"{pad}<condition>\n")
        for cond in conditions:
            self.condition(cond, pad + "  ")
        self.out.append(f"{pad}</condition>\n")

    def condition(self, cond: Condition, pad: str) -> None:
        out = self.out
        if isinstance(cond, Operator):
            if not cond.children:
                out.append(f'{pad}<operator type="{cond.operator}" />\n')
                return
            out.append(f'{pad}<operator type="{cond.operator}">\n')
            for child in cond.children:
                self.condition(child, pad + "  ")
            out.append(f"{pad}</operator>\n")
        elif isinstance(cond, Expression):
            if cond.type == RAW_CONDITION:
                out.append(f"{pad}{cond.properties.get('xml', '')}\n")
                return
            out.append(f'{pad}<expression type="{_attr(cond.type)}">\n')
            for name, value in cond.properties.items():
                out.append(f'{pad}  <variable name="{_attr(name)}">{_text(value)}</variable>\n'
                           if value else f'{pad}  <variable name="{_attr(name)}" />\n')
            out.append(f"{pad}</expression>\n")


def _complete(tokens: list[str], wanted: dict[str, bool], nodes: int, extras: int) -> list[str]:
    """The imported child order, plus whatever the model gained since (a new condition, new
    child nodes, new extra elements), placed where the 2007 console writes them."""
    tokens = list(tokens)
    for name in ("condition", "globalVarList", "referenceList", "action", "defaultVarList"):
        if wanted.get(name) and name not in tokens:
            if name == "condition":
                tokens.insert(0, name)
            elif name in ("globalVarList", "referenceList"):
                tokens.insert(tokens.index("node") if "node" in tokens else len(tokens), name)
            else:
                tokens.append(name)
    for token, count in (("node", nodes), ("extra", extras)):
        missing = count - tokens.count(token)
        tokens.extend([token] * max(missing, 0))
    return tokens


def _bool_text(value: bool) -> str:
    return "true" if value else "false"


def _attrs(values: dict[str, str], layout: XmlLayout | None) -> str:
    """Attributes in their imported order (then the rest), original literals kept when the
    value did not change."""
    if layout is None:
        return "".join([f' {key.replace(_XSI, "xsi:")}="{_attr(value)}"'
                        for key, value in values.items()])
    order = layout.attribute_order
    if len(order) != len(values) or any(k not in values for k in order):
        order = [k for k in order if k in values] + [k for k in values if k not in order]
    literals = layout.literals
    parts = []
    for key in order:
        value = values[key]
        if key in _BOOL_ATTRS:
            literal = literals.get(key)
            if literal is not None and literal != value and _bool(literal) == _bool(value):
                value = literal
        parts.append(f' {key.replace(_XSI, "xsi:")}="{_attr(value)}"')
    return "".join(parts)


_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTR_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                               "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


# Characters XML 1.0 cannot hold at all, not even as references: written as U+FFFD so the
# export stays well-formed and the damage stays visible.
_NOT_XML = "\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff"
_INVALID = re.compile(f"[{_NOT_XML}]")
_TEXT_SPECIAL = re.compile(f"[&<>\r{_NOT_XML}]")
_ATTR_SPECIAL = re.compile(f"[&<>\"\n\r\t{_NOT_XML}]")


def _text(value: str) -> str:
    if _TEXT_SPECIAL.search(value) is None:
        return value
    return _INVALID.sub("\ufffd", value).translate(_TEXT_ESCAPES)


def _attr(value: str) -> str:
    if _ATTR_SPECIAL.search(value) is None:
        return value
    return _INVALID.sub("\ufffd", value).translate(_ATTR_ESCAPES)
