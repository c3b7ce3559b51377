"""Export of ConfigMgr 2007 task sequence XML (see :mod:`cmplanner.tasksequence.xmlio`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import unescape

from cmplanner.model.tasksequence import (
    Condition,
    Expression,
    Group,
    Operator,
    Step,
    TaskSequence,
    Variable,
    XmlLayout,
)
from cmplanner.tasksequence.secrets import asked_for, is_secret
from cmplanner.tasksequence.xmlshape import (
    BOOL_ATTRS,
    PACKAGE_DEFAULTS,
    PACKAGE_ELEMENTS,
    PACKAGE_ROOT,
    RAW_CONDITION,
    XML_NAMESPACES,
    XSI,
    gc_paused,
    parse_bool,
)


def export_xml(
    ts: TaskSequence, include_secrets: Iterable[str] = (), bare: bool | None = None
) -> tuple[str, list[str]]:
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
        known = {
            "BootImageID": ts.boot_image_id,
            "Category": ts.category,
            "Description": ts.description,
            "Name": ts.name,
        }
        props = dict(ts.package_properties)
        order = list(ts.wrapper) if ts.wrapper is not None else list(PACKAGE_ELEMENTS)
        raw = iter(ts.wrapper_xml)
        written: set[str] = set()
        for tag in order:
            if tag == "#xml":
                xml = next(raw, None)
                if xml is not None:
                    out.append(f"  {self.scrubbed(xml, 'the package')}\n")
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
            out.append(f"  {self.scrubbed(xml, 'the package')}\n")
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
        tokens = _complete(
            tokens,
            {"globalVarList": bool(ts.global_variables), "referenceList": bool(ts.references)},
            len(ts.steps),
            len(ts.extra_xml),
        )
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
                    out.append(f"{inner}{self.scrubbed(xml, 'the sequence')}\n")
        out.append(f"{pad}</sequence>\n")

    def node(self, node: Step | Group, path: str, indent: int) -> None:
        out = self.out
        owner = f"{'group' if isinstance(node, Group) else 'step'} {node.name!r} ({path})"
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
        tag = (
            layout.tag if layout and layout.tag else "group" if isinstance(node, Group) else "step"
        )
        extras = iter(node.extra_xml)
        tokens = layout.children if layout else []
        if isinstance(node, Group):
            tokens = _complete(
                tokens,
                {"condition": bool(node.conditions)},
                len(node.children),
                len(node.extra_xml),
            )
        else:
            tokens = _complete(
                tokens,
                {
                    "condition": bool(node.conditions),
                    "action": bool(node.action) or layout is None,
                    "defaultVarList": bool(node.variables),
                },
                0,
                len(node.extra_xml),
            )
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
                    out.append(
                        f"{inner}<action>{_text(text)}</action>\n"
                        if text
                        else f"{inner}<action />\n"
                    )
                elif token == "extra":
                    xml = next(extras, None)
                    if xml is not None:
                        out.append(f"{inner}{self.scrubbed(xml, owner)}\n")
        else:
            for token in tokens:
                if token == "condition":
                    self.condition_list(node.conditions, inner)
                elif token == "action":
                    out.append(
                        f"{inner}<action>{_text(node.action)}</action>\n"
                        if node.action
                        else f"{inner}<action />\n"
                    )
                elif token == "defaultVarList":
                    self.variables("defaultVarList", node.variables, inner, owner)
                elif token == "extra":
                    xml = next(extras, None)
                    if xml is not None:
                        out.append(f"{inner}{self.scrubbed(xml, owner)}\n")
        out.append(f"{pad}</{tag}>\n")

    def keeps(self, var: Variable, owner: str) -> bool:
        """Whether a variable's value is written: yes unless it is a secret nobody asked
        for; a secret says which way it went in the warnings."""
        if not is_secret(var):
            return True
        if asked_for(var, self.include):
            self.warnings.append(
                f"{owner}: the secret {var.name} is exported as asked; "
                "keep this file away from other sites"
            )
            return True
        self.warnings.append(
            f"{owner}: left out the secret {var.name} (ask for it by name to export it)"
        )
        return False

    def scrubbed(self, xml: str, owner: str) -> str:
        """An element kept as found (one the model has no field for) with the values of
        its secret ``<variable>``s left out, like the known variable lists'."""

        def scrub(match: re.Match[str]) -> str:
            attrs = {m["key"]: unescape(m["value"]) for m in _XML_ATTR.finditer(match["attrs"])}
            var = Variable(
                name=attrs.get("name", ""),
                property=attrs.get("property", ""),
                value=unescape(match["value"] or ""),
            )
            if not var.value or self.keeps(var, owner):
                return match[0]
            return f"<variable{match['attrs'].rstrip()} />"

        return _XML_VARIABLE.sub(scrub, xml)

    def variables(self, tag: str, variables: list[Variable], pad: str, owner: str) -> None:
        out = self.out
        if not variables:
            out.append(f"{pad}<{tag} />\n")
            return
        out.append(f"{pad}<{tag}>\n")
        for var in variables:
            value = var.value if not var.value or self.keeps(var, owner) else ""
            head = f'{pad}  <variable name="{_attr(var.name)}"'
            if var.property:
                head += f' property="{_attr(var.property)}"'
            if var.extra_attributes:
                head += _attrs(
                    {
                        k: v
                        for k, v in var.extra_attributes.items()
                        if k not in ("name", "property")
                    },
                    None,
                )
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
                out.append(
                    f'{pad}  <variable name="{_attr(name)}">{_text(value)}</variable>\n'
                    if value
                    else f'{pad}  <variable name="{_attr(name)}" />\n'
                )
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


# A <variable> inside XML kept as found: written by ElementTree, so attributes are quoted with
# double quotes and text is escaped.
_XML_VARIABLE = re.compile(
    r"<variable(?P<attrs>(?:\s+[\w:.-]+=\"[^\"]*\")*)\s*(?:/>|>(?P<value>[^<]*)</variable>)"
)
_XML_ATTR = re.compile(r'(?P<key>[\w:.-]+)="(?P<value>[^"]*)"')


def _bool_text(value: bool) -> str:
    return "true" if value else "false"


def _attrs(values: dict[str, str], layout: XmlLayout | None) -> str:
    """Attributes in their imported order (then the rest), original literals kept when the
    value did not change."""
    if layout is None:
        return "".join(
            [f' {key.replace(XSI, "xsi:")}="{_attr(value)}"' for key, value in values.items()]
        )
    order = layout.attribute_order
    if len(order) != len(values) or any(k not in values for k in order):
        order = [k for k in order if k in values] + [k for k in values if k not in order]
    literals = layout.literals
    parts = []
    for key in order:
        value = values[key]
        if key in BOOL_ATTRS:
            literal = literals.get(key)
            if (
                literal is not None
                and literal != value
                and parse_bool(literal) == parse_bool(value)
            ):
                value = literal
        parts.append(f' {key.replace(XSI, "xsi:")}="{_attr(value)}"')
    return "".join(parts)


_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTR_ESCAPES = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\n": "&#10;",
        "\r": "&#13;",
        "\t": "&#9;",
    }
)


# Characters XML 1.0 cannot hold at all, not even as references: written as U+FFFD so the
# export stays well-formed and the damage stays visible.
_NOT_XML = "\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff"
_INVALID = re.compile(f"[{_NOT_XML}]")
_TEXT_SPECIAL = re.compile(f"[&<>\r{_NOT_XML}]")
_ATTR_SPECIAL = re.compile(f'[&<>"\n\r\t{_NOT_XML}]')


def _text(value: str) -> str:
    if _TEXT_SPECIAL.search(value) is None:
        return value
    return _INVALID.sub("\ufffd", value).translate(_TEXT_ESCAPES)


def _attr(value: str) -> str:
    if _ATTR_SPECIAL.search(value) is None:
        return value
    return _INVALID.sub("\ufffd", value).translate(_ATTR_ESCAPES)
