"""Task sequences as the plan holds them: groups, steps and condition trees.

The shape follows the ConfigMgr 2007 ``<sequence version="3.00">`` document so that import and
export (``cmplanner.tasksequence``) lose nothing: attributes and child elements the app does not
understand are kept verbatim in ``extra_attributes`` and ``extra_xml``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import ConfigDict, Field

from cmplanner.model.base import PlanModel


class RunIn(StrEnum):
    WINPE = "WinPE"
    FULL_OS = "FullOS"
    BOTH = "WinPEandFullOS"


class Expression(PlanModel):
    """A leaf condition: ``type`` is the SMS class (variable, WMI, file, folder, registry,
    software); ``properties`` are its ``<variable name=...>`` values in document order."""

    kind: Literal["expression"] = "expression"
    type: str
    properties: dict[str, str] = Field(default_factory=dict)
    extra_attributes: dict[str, str] = Field(
        default_factory=dict, description="attributes besides type (ignoreQueryFailure), kept"
    )


class Operator(PlanModel):
    """``and`` / ``or`` / ``not`` over child conditions."""

    kind: Literal["operator"] = "operator"
    operator: Literal["and", "or", "not"]
    children: list[Condition] = Field(default_factory=list)
    extra_attributes: dict[str, str] = Field(
        default_factory=dict,
        description="attributes besides type, kept; a type written other than in lower case "
        "keeps its literal here under 'type'",
    )


Condition = Annotated[Expression | Operator, Field(discriminator="kind")]


class Variable(PlanModel):
    """One ``<variable name=... property=...>value</variable>`` of a step's defaultVarList."""

    name: str
    property: str = ""
    value: str = ""
    extra_attributes: dict[str, str] = Field(default_factory=dict)


class XmlLayout(PlanModel):
    """How an imported element was written, so export can reproduce it.

    ``attribute_order`` lists every attribute of the element as found; ``literals`` keeps the
    original text of a yes/no attribute written other than ``true``/``false``
    (``disable="False"``) so an unchanged value is written as it was; ``children`` lists the
    child elements in document order as tokens (``condition``, ``action``, ``defaultVarList``,
    ``node`` for a child step or group, ``extra`` for the next entry of ``extra_xml``, or any
    other element name the owner knows); ``tag`` is the element
    name when it is not the usual one (``subtasksequence``); ``texts`` holds the text of
    elements the model has no field for (a group's empty ``<action />``).
    """

    tag: str = ""
    attribute_order: list[str] = Field(default_factory=list)
    literals: dict[str, str] = Field(default_factory=dict)
    children: list[str] = Field(default_factory=list)
    texts: dict[str, str] = Field(default_factory=dict)


class Node(PlanModel):
    """What steps and groups share."""

    model_config = ConfigDict(validate_assignment=True)

    name: str
    description: str = ""
    enabled: bool = True
    continue_on_error: bool = False
    conditions: list[Condition] = Field(
        default_factory=list, description="sibling conditions: all must hold (implicit and)"
    )
    extra_attributes: dict[str, str] = Field(default_factory=dict)
    extra_xml: list[str] = Field(
        default_factory=list, description="unknown child elements, serialized as found"
    )
    layout: XmlLayout | None = Field(None, description="how an imported element was written")


class Step(Node):
    kind: Literal["step"] = "step"
    type: str = Field("", description="SMS class, e.g. SMS_TaskSequence_RunCommandLineAction")
    action: str = ""
    run_in: RunIn | None = None
    success_codes: str | None = None
    variables: list[Variable] = Field(default_factory=list)

    def variable(self, name: str) -> str | None:
        """The value of a defaultVarList variable, by its ``name`` or ``property``."""
        for var in self.variables:
            if name in (var.name, var.property):
                return var.value
        return None


class Group(Node):
    kind: Literal["group"] = "group"
    children: list[Annotated[Step | Group, Field(discriminator="kind")]] = Field(
        default_factory=list
    )


TSNode = Annotated[Step | Group, Field(discriminator="kind")]


class TaskSequence(PlanModel):
    """A whole task sequence with the package properties of the 2007 export wrapper."""

    model_config = ConfigDict(validate_assignment=True)

    name: str = Field(min_length=1)
    description: str = ""
    version: str = "3.00"
    boot_image_id: str = ""
    category: str = ""
    package_properties: dict[str, str] = Field(
        default_factory=dict, description="other SmsTaskSequencePackage elements, kept as text"
    )
    global_variables: list[Variable] = Field(default_factory=list)
    references: list[dict[str, str]] = Field(default_factory=list)
    steps: list[TSNode] = Field(default_factory=list)
    extra_attributes: dict[str, str] = Field(default_factory=dict)
    extra_xml: list[str] = Field(default_factory=list)
    builder: str = Field("", description="capture-only, usmt-hardlink, error-catching or empty")
    builder_options: dict[str, str] = Field(
        default_factory=dict,
        description="what the builder was told (reference machine, assignment, OS versions), "
        "kept so the rules can check the plan around the task sequence",
    )
    layout: XmlLayout | None = Field(None, description="how the <sequence> element was written")
    wrapper: list[str] | None = Field(
        None,
        description="SmsTaskSequencePackage child element names in order; None for a "
        "bare <sequence> document",
    )
    wrapper_xml: list[str] = Field(
        default_factory=list, description="wrapper elements with child elements, as found"
    )
    sequence_data_as_text: bool = Field(
        False, description="SequenceData held the sequence as escaped text, not as elements"
    )


Operator.model_rebuild()
Group.model_rebuild()
