"""Export of ConfigMgr 2007 task sequence XML (see :mod:`cmplanner.tasksequence.xmlio`)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
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
from cmplanner.tasksequence.conditions import VARIABLE
from cmplanner.tasksequence.exportnotes import (
    CONDITION,
    KEPT,
    LEFT_OUT,
    TYPED,
    ExportResult,
    SecretNote,
)
from cmplanner.tasksequence.numbering import instructions
from cmplanner.tasksequence.secrets import (
    SET_VARIABLE,
    asked_for,
    is_secret,
    is_secret_value,
    set_variable_secret,
    typed_places,
    without_typed_secrets,
)
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


def export_task_sequence(
    ts: TaskSequence, keep_secrets: Iterable[str] = (), bare: bool | None = None
) -> ExportResult:
    """The 2007 export of ``ts``: every value byte for byte except secrets, which are left
    out unless ``keep_secrets`` names them (variable or property name, any case; a step's
    name keeps the passwords typed into that step's command lines).

    The result lists every value left out (step and property) and every secret kept as
    asked. A password typed into a command line is replaced by
    :data:`~cmplanner.tasksequence.secrets.REMOVED_PASSWORD`, only that token; the value a
    condition compares a secret variable with is blanked (see
    :mod:`cmplanner.tasksequence.secrets`).

    ``bare=True`` writes a ``<sequence>`` document without the ``SmsTaskSequencePackage``
    wrapper, ``bare=False`` always writes the wrapper; by default a task sequence imported
    from a bare document stays bare and every other one gets the wrapper.
    """
    if bare is None:
        bare = ts.wrapper is None and ts.layout is not None
    writer = _Writer(frozenset(n.casefold() for n in keep_secrets), ts)
    out = writer.out
    out.append('<?xml version="1.0" encoding="utf-8"?>\n')
    with gc_paused():
        if bare:
            writer.sequence(ts, 0, bare=True)
        else:
            writer.package(ts)
        return ExportResult("".join(out), writer.left_out, writer.kept)


def secret_notes(ts: TaskSequence) -> list[SecretNote]:
    """Every secret the export of ``ts`` leaves out when nothing is asked for by name: the
    one decision lint (TS012) reports, so lint warns about exactly what an export omits
    (the writer's own decisions, taken without writing; a test holds them equal)."""
    with gc_paused():
        return _Writer(frozenset(), ts).scan(ts)


def export_xml(
    ts: TaskSequence, include_secrets: Iterable[str] = (), bare: bool | None = None
) -> tuple[str, list[str]]:
    """:func:`export_task_sequence` as (text, one warning line per secret note)."""
    result = export_task_sequence(ts, include_secrets, bare)
    return result.text, result.warnings


class _Writer:
    def __init__(self, include: frozenset[str], ts: TaskSequence) -> None:
        self.include = include
        self.ts = ts
        self.out: list[str] = []
        self.left_out: list[SecretNote] = []
        self.kept: list[SecretNote] = []
        self._labels: dict[str, str] | None = None

    def where(self, path: str) -> str:
        """A node's label (number, name, group path), computed only when a note needs it."""
        if self._labels is None:
            self._labels = {item.path: item.label for item in instructions(self.ts)}
        return self._labels.get(path, path)

    def note(
        self,
        kind: str,
        where: str,
        prop: str,
        name: str,
        *,
        subject: str,
        finding: str,
        detail: str = "",
    ) -> None:
        target = self.kept if kind == KEPT else self.left_out
        target.append(SecretNote(where, prop, name, kind, detail, subject, finding))

    def package(self, ts: TaskSequence) -> None:
        out = self.out
        ns = "".join(f' {k}="{v}"' for k, v in XML_NAMESPACES)
        out.append(f"<{PACKAGE_ROOT}{ns}>\n")
        known = {
            "BootImageID": ts.boot_image_id,
            "Category": ts.category,
            "Description": ts.description,
            "Name": _name_as_imported(ts, "Name"),
        }
        props = dict(ts.package_properties)
        order = list(ts.wrapper) if ts.wrapper is not None else list(PACKAGE_ELEMENTS)
        raw = iter(ts.wrapper_xml)
        written: set[str] = set()
        for tag in order:
            if tag == "#xml":
                xml = next(raw, None)
                if xml is not None:
                    out.append(f"  {self.scrubbed(xml, 'the package wrapper')}\n")
                continue
            written.add(tag)
            if tag == "SequenceData":
                if ts.sequence_data_as_text:
                    inner = _Writer(self.include, ts)
                    inner.sequence(ts, 0, bare=False)
                    self.left_out.extend(inner.left_out)
                    self.kept.extend(inner.kept)
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
            out.append(f"  {self.scrubbed(xml, 'the package wrapper')}\n")
        out.append(f"</{PACKAGE_ROOT}>\n")

    def sequence(self, ts: TaskSequence, indent: int, bare: bool) -> None:
        out = self.out
        pad = " " * indent
        layout = ts.layout
        present = set(layout.attribute_order) if layout else set()
        attrs: dict[str, str] = {}
        if ts.version or layout is None or "version" in present:
            attrs["version"] = ts.version if layout is not None else ts.version or "3.00"
        own = ts.wrapper is None and layout is not None  # imported from a bare document
        if bare and (own or layout is None):
            if ts.name and ("name" in present or layout is None):
                attrs["name"] = _name_as_imported(ts, "name")
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
                self.variables(
                    "globalVarList", ts.global_variables, inner, "the collection variables", ""
                )
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
                    out.append(f"{inner}{self.scrubbed(xml, 'the sequence element')}\n")
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
        if node.name or layout is None or "name" in present:
            attrs["name"] = node.name
        if node.description or "description" in present or layout is None:
            attrs["description"] = node.description
        if not node.enabled or "disable" in present:
            attrs["disable"] = _bool_text(not node.enabled)
        if node.continue_on_error or "continueOnError" in present:
            attrs["continueOnError"] = _bool_text(node.continue_on_error)
        action = ""
        replaced: dict[int, str] = {}
        if isinstance(node, Step):
            if node.type == "" and "type" not in present and layout is not None:
                del attrs["type"]
            if node.run_in is not None:
                attrs["runIn"] = node.run_in.value
            if node.success_codes is not None:
                attrs["successCodeList"] = node.success_codes
            action, replaced = self.step_secrets(node, path)
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
                    self.condition_list(node.conditions, inner, path)
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
                        out.append(f"{inner}{self.scrubbed(xml, path)}\n")
        else:
            for token in tokens:
                if token == "condition":
                    self.condition_list(node.conditions, inner, path)
                elif token == "action":
                    out.append(
                        f"{inner}<action>{_text(action)}</action>\n"
                        if action
                        else f"{inner}<action />\n"
                    )
                elif token == "defaultVarList":
                    self.variables(
                        "defaultVarList", node.variables, inner, path, node.type, replaced
                    )
                elif token == "extra":
                    xml = next(extras, None)
                    if xml is not None:
                        out.append(f"{inner}{self.scrubbed(xml, path)}\n")
        out.append(f"{pad}</{tag}>\n")

    def step_secrets(self, node: Step, path: str) -> tuple[str, dict[int, str]]:
        """The action to write and the variables to write otherwise (position -> value) for
        one step: a Set Task Sequence Variable step whose variable is a secret loses its
        value in ``VariableValue`` and in the ``tsenv.exe "NAME=VALUE"`` action line; a
        password typed into the action or a command-line property is replaced by
        ``REMOVED_PASSWORD`` (only that token) unless the step is asked for by name."""
        action = node.action
        replaced: dict[int, str] = {}
        if node.type == SET_VARIABLE:
            name = node.variable("VariableName") or ""
            value = node.variable("VariableValue") or ""
            if set_variable_secret(node.type, name, value):
                subject = f"{path}.variables"
                finding = f"sets the secret variable {name} to a value"
                if name.casefold() in self.include:
                    self.note(
                        KEPT,
                        self.where(path),
                        "VariableValue",
                        name,
                        subject=subject,
                        finding=finding,
                    )
                else:
                    self.note(
                        LEFT_OUT,
                        self.where(path),
                        "VariableValue",
                        name,
                        subject=subject,
                        finding=finding,
                    )
                    replaced = {
                        j: ""
                        for j, v in enumerate(node.variables)
                        if "VariableValue" in (v.name, v.property)
                    }
                    action = _without_assignment(action, name, value)
                    return action, replaced
        keep = node.name.casefold() in self.include if node.name else False
        for place in typed_places(node):
            finding = f"{place.label} holds a password typed into the command line ({place.kinds})"
            subject = path if place.index is None else f"{path}.variables[{place.index}]"
            self.note(
                KEPT if keep else TYPED,
                self.where(path),
                place.label,
                node.name,
                subject=subject,
                finding=finding,
                detail=place.kinds,
            )
            if keep:
                continue
            if place.index is None:
                action = without_typed_secrets(action)
            else:
                replaced[place.index] = without_typed_secrets(node.variables[place.index].value)
        return action, replaced

    def decide(self, var: Variable, where: str, subject: str, finding: str) -> bool:
        """Whether a secret variable's value is written (only when asked for by name); noted
        either way."""
        prop = var.property or var.name
        kind = KEPT if asked_for(var, self.include) else LEFT_OUT
        self.note(kind, where, prop, var.name, subject=subject, finding=finding)
        return kind == KEPT

    def value_of(
        self,
        var: Variable,
        j: int,
        owner: str,
        step_type: str,
        replaced: dict[int, str] | None = None,
    ) -> str:
        """What is written for the ``j``-th variable of a step (``owner`` its path) or of
        the collection variables: its value, or "" for a secret nobody asked for, or the
        step's own replacement (:meth:`step_secrets`)."""
        if replaced and j in replaced:
            return replaced[j]
        if not var.value or not is_secret(var, step_type):
            return var.value
        if owner.startswith("steps["):
            subject, finding = f"{owner}.variables[{j}]", f"{var.name} holds a secret"
        else:
            subject = f"global_variables[{j}]"
            finding = f"collection variable {var.name} holds a secret"
        return var.value if self.decide(var, self.owner_label(owner), subject, finding) else ""

    def scan(self, ts: TaskSequence) -> list[SecretNote]:
        """Every decision the export of ``ts`` takes about secrets, without writing it: the
        same methods as the writer (:meth:`step_secrets`, :meth:`value_of`,
        :meth:`condition_values`, :meth:`raw_condition`, :meth:`scrubbed`) over every part
        the writer writes, so lint can ask for the notes at a fraction of an export's cost."""
        for xml in ts.wrapper_xml:
            self.scrubbed(xml, "the package wrapper")
        for j, var in enumerate(ts.global_variables):
            self.value_of(var, j, "the collection variables", "")
        for xml in ts.extra_xml:
            self.scrubbed(xml, "the sequence element")
        for i, node in enumerate(ts.steps):
            self.scan_node(node, f"steps[{i}]")
        return self.left_out

    def scan_node(self, node: Step | Group, path: str) -> None:
        for cond in node.conditions:
            self.scan_condition(cond, path)
        if isinstance(node, Step):
            _, replaced = self.step_secrets(node, path)
            for j, var in enumerate(node.variables):
                self.value_of(var, j, path, node.type, replaced)
        else:
            for i, child in enumerate(node.children):
                self.scan_node(child, f"{path}.children[{i}]")
        for xml in node.extra_xml:
            self.scrubbed(xml, path)

    def scan_condition(self, cond: Condition, path: str) -> None:
        if isinstance(cond, Operator):
            for child in cond.children:
                self.scan_condition(child, path)
        elif cond.type == RAW_CONDITION:
            self.scrubbed(self.raw_condition(cond.properties.get("xml", ""), path), path)
        elif cond.type == VARIABLE:
            self.condition_values(cond.properties, path)

    def owner_label(self, owner: str) -> str:
        return self.where(owner) if owner.startswith("steps[") else owner

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
            subject = owner if owner.startswith("steps[") else "sequence"
            if not var.value or not is_secret(var):
                return match[0]
            prop = var.property or var.name
            what = prop if prop == var.name or not var.name else f"{prop} ({var.name})"
            finding = f"{what} holds a secret"
            if self.decide(var, self.owner_label(owner), subject, finding):
                return match[0]
            return f"<variable{match['attrs'].rstrip()} />"

        return _XML_VARIABLE.sub(scrub, xml)

    def variables(
        self,
        tag: str,
        variables: list[Variable],
        pad: str,
        owner: str,
        step_type: str,
        replaced: dict[int, str] | None = None,
    ) -> None:
        out = self.out
        if not variables:
            out.append(f"{pad}<{tag} />\n")
            return
        out.append(f"{pad}<{tag}>\n")
        for j, var in enumerate(variables):
            value = self.value_of(var, j, owner, step_type, replaced)
            head = f'{pad}  <variable name="{_attr(var.name)}"'
            extra = var.extra_attributes
            if var.property or "property" in extra:
                head += f' property="{_attr(var.property)}"'
            if extra:
                head += _attrs(
                    {k: v for k, v in extra.items() if k not in ("name", "property")}, None
                )
            out.append(f"{head}>{_text(value)}</variable>\n" if value else f"{head} />\n")
        out.append(f"{pad}</{tag}>\n")

    def condition_list(self, conditions: list[Condition], pad: str, path: str) -> None:
        if not conditions:
            self.out.append(f"{pad}<condition />\n")
            return
        self.out.append(f"{pad}<condition>\n")
        for cond in conditions:
            self.condition(cond, pad + "  ", path)
        self.out.append(f"{pad}</condition>\n")

    def condition(self, cond: Condition, pad: str, path: str) -> None:
        out = self.out
        if isinstance(cond, Operator):
            attrs = {"type": cond.operator, **cond.extra_attributes}
            if attrs["type"].casefold() != cond.operator:  # an edit changed the operator
                attrs["type"] = cond.operator
            if not cond.children:
                out.append(f"{pad}<operator{_attrs(attrs, None)} />\n")
                return
            out.append(f"{pad}<operator{_attrs(attrs, None)}>\n")
            for child in cond.children:
                self.condition(child, pad + "  ", path)
            out.append(f"{pad}</operator>\n")
        elif isinstance(cond, Expression):
            if cond.type == RAW_CONDITION:
                xml = self.raw_condition(cond.properties.get("xml", ""), path)
                out.append(f"{pad}{self.scrubbed(xml, path)}\n")
                return
            props = cond.properties
            if cond.type == VARIABLE:
                props = self.condition_values(props, path)
            attrs = {"type": cond.type, **cond.extra_attributes}
            if not props:
                out.append(f"{pad}<expression{_attrs(attrs, None)} />\n")
                return
            out.append(f"{pad}<expression{_attrs(attrs, None)}>\n")
            for name, value in props.items():
                out.append(
                    f'{pad}  <variable name="{_attr(name)}">{_text(value)}</variable>\n'
                    if value
                    else f'{pad}  <variable name="{_attr(name)}" />\n'
                )
            out.append(f"{pad}</expression>\n")

    def raw_condition(self, xml: str, path: str) -> str:
        """A condition kept as found (an expression of an unusual shape) with the compared
        value of any variable condition on a secret variable left out, like
        :meth:`condition_values` does for the ones the model reads. The text is the reader's
        own serialization, so it has no DOCTYPE and is written back the same way."""
        if "Variable" not in xml:
            return xml
        try:
            root = ET.fromstring(xml)
        except ET.ParseError:
            return xml
        changed = False
        for expr in root.iter("expression"):
            values = {v.get("name", ""): v for v in expr if v.tag == "variable"}
            props = {k: v.text or "" for k, v in values.items()}
            kept = self.condition_values(props, path)
            for key, value in kept.items():
                if value != props[key]:
                    for var in expr:
                        if var.tag == "variable" and var.get("name") == key:
                            var.text = None
                    changed = True
        if not changed:
            return xml
        return ET.tostring(root, encoding="unicode").replace("\r", "&#13;")

    def condition_values(self, props: dict[str, str], path: str) -> dict[str, str]:
        """A variable condition's values, the compared value left out when the variable it
        tests is a secret (``OSDJoinPassword equals ...``)."""
        name = next((v for k, v in props.items() if k.casefold() == "variable"), "")
        key = next((k for k in props if k.casefold() == "value"), None)
        if key is None or not is_secret_value(name, props[key]):
            return props
        subject = f"{path}.conditions"
        finding = f"a condition compares {name} with a secret value"
        if name.casefold() in self.include:
            self.note(KEPT, self.where(path), "a condition", name, subject=subject, finding=finding)
            return props
        operator = next((v for k, v in props.items() if k.casefold() == "operator"), "equals")
        self.note(
            CONDITION,
            self.where(path),
            "a condition",
            name,
            subject=subject,
            finding=finding,
            detail=operator,
        )
        return {**props, key: ""}


def _name_as_imported(ts: TaskSequence, key: str) -> str:
    """The name, or "" when the import found it empty and put a fallback in its place (a
    task sequence needs a name) that nobody has changed since."""
    if ts.layout is not None and ts.layout.texts.get(key) == ts.name:
        return ""
    return ts.name


def _without_assignment(action: str, name: str, value: str) -> str:
    """``tsenv.exe "NAME=VALUE"`` without the value; other text as it was.

    The current value is cut first (it may hold quotes or spaces); then whatever still
    follows ``NAME=`` up to the closing quote (or the next blank, unquoted) is cut too: an
    action line edited by hand or written before the value changed holds another secret."""
    pattern = re.compile(rf"(?<![\w]){re.escape(name)}(\s*=\s*){re.escape(value)}", re.IGNORECASE)
    action = pattern.sub(lambda m: m[0][: len(m[0]) - len(value)], action)
    parts: list[str] = []
    pos = 0
    for m in re.finditer(rf"(?<![\w%$-]){re.escape(name)}[ \t]*=[ \t]*", action, re.IGNORECASE):
        if m.start() < pos:
            continue
        quoted = m.start() > 0 and action[m.start() - 1] in "\"'"
        stop = re.compile(r"[\"'\r\n]" if quoted else r"[\s\"'&|;]")
        end_match = stop.search(action, m.end())
        end = end_match.start() if end_match else len(action)
        parts.append(action[pos : m.end()])
        pos = end
    parts.append(action[pos:])
    return "".join(parts)


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
        spaces = _namespaces(values)
        return _declared(
            [f' {_attr_name(key, spaces)}="{_attr(value)}"' for key, value in values.items()],
            spaces,
        )
    order = layout.attribute_order
    if len(order) != len(values) or any(k not in values for k in order):
        order = [k for k in order if k in values] + [k for k in values if k not in order]
    literals = layout.literals
    spaces = _namespaces(values)
    parts = []
    for key in order:
        value = values[key]
        literal = literals.get(key)
        if literal is not None and literal != value:
            if key in BOOL_ATTRS:
                if parse_bool(literal) == parse_bool(value):
                    value = literal
            elif literal.casefold() == value.casefold():  # runIn="winpe": as written
                value = literal
        parts.append(f' {_attr_name(key, spaces)}="{_attr(value)}"')
    return _declared(parts, spaces)


# Prefixes for attributes in a namespace (``{uri}name`` once parsed): the reader cannot see
# the prefix the file used, so each namespace gets one of these and is declared on the very
# element that uses it (a bare <sequence> has no wrapper declaring anything).
_PREFIXES = {XSI[1:-1]: "xsi", "http://www.w3.org/2001/XMLSchema": "xsd"}


def _namespaces(keys: Iterable[str]) -> dict[str, str]:
    """namespace URI -> prefix for the namespaced attribute names among ``keys``."""
    found: dict[str, str] = {}
    for key in keys:
        if key.startswith("{"):
            uri = key[1 : key.index("}")]
            if uri not in found:
                found[uri] = _PREFIXES.get(uri, f"ns{len(found)}")
    return found


def _attr_name(key: str, spaces: dict[str, str]) -> str:
    """``{uri}name`` -> ``prefix:name``; other names as they are."""
    if not key.startswith("{"):
        return key
    uri, _, local = key[1:].partition("}")
    return f"{spaces[uri]}:{local}"


def _declared(parts: list[str], spaces: dict[str, str]) -> str:
    """The attributes, then a declaration for each namespace they use."""
    return "".join(parts) + "".join(f' xmlns:{p}="{_attr(u)}"' for u, p in spaces.items())


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
