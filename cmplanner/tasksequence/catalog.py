"""The ConfigMgr 2007 step catalog and the task sequence variables the rules know, as data.

Both live in ``resources/tasksequence/`` and are validated by pydantic when loaded, each entry
with its source, so a step type or a variable name is never re-typed in code.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from cmplanner.datafiles import load_toml_model, refuse_duplicates
from cmplanner.model.site import SiteVersion
from cmplanner.model.tasksequence import RunIn
from cmplanner.sources import CitedEntry

Since = Literal["2007", "2007 SP2", "MDT", "2012", "2012 SP1", "2012 R2", "CB"]
#: the step types a 2007 site has (the others arrived with later versions)
IN_2007: frozenset[str] = frozenset({"2007", "2007 SP2", "MDT"})


class _Cited(CitedEntry):
    """An entry with a ``source``, resolved through the sources registry when loaded."""

    # defer_build: built when the data file is first loaded (one validator for the file's
    # model covers the nested ones), not when the class is defined: less start-up time
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    source: str
    citations: tuple[str, ...] = Field((), description="ids in resources/sources.toml")


class StepProperty(BaseModel):
    """One property of a step and the task sequence variable that carries it in an export."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    property: str = Field(min_length=1)
    variable: str = Field(min_length=1)
    secret: bool = False
    package: bool = Field(False, description="the value is a package ID")
    typed: bool = Field(False, description="a command line the admin types")
    default: str = Field("", description="what the editor fills in for a new step")


class StepType(_Cited):
    type: str = Field(pattern=r"^SMS_TaskSequence_[A-Za-z]+$")
    name: str = Field(min_length=3, description="the name the task sequence editor gives it")
    aliases: tuple[str, ...] = Field((), description="other names: the wizard's, the seed's")
    run_in: RunIn
    action: str = Field(description="the command line; {Property} is the property's value")
    since: Since
    properties: tuple[StepProperty, ...] = ()

    def typed(self) -> bool:
        """Does the admin type this step's command line (so a password may be typed in)?"""
        return any(p.typed for p in self.properties)

    def prop(self, name: str) -> StepProperty | None:
        """A property by its property name or its variable name."""
        for p in self.properties:
            if name in (p.property, p.variable):
                return p
        return None


class MdtSteps(_Cited):
    prefix: str


class StepCatalog(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    step: tuple[StepType, ...]
    mdt: MdtSteps
    _by_type: dict[str, StepType] = PrivateAttr(default_factory=dict)
    _secrets: frozenset[str] = PrivateAttr(default=frozenset())

    def model_post_init(self, context: Any) -> None:
        self._by_type = {s.type: s for s in self.step}
        self._secrets = frozenset(
            name
            for s in self.step
            for p in s.properties
            if p.secret
            for name in (p.property, p.variable)
        )

    @model_validator(mode="after")
    def _unique(self) -> StepCatalog:
        refuse_duplicates((s.type for s in self.step), "step type")
        return self

    def get(self, sms_type: str) -> StepType | None:
        return _fast_index(self).get(sms_type)

    def by_name(self, name: str) -> StepType | None:
        """A step type by its editor name, wizard name or an alias (case-insensitive)."""
        wanted = name.casefold()
        for s in self.step:
            if wanted in (n.casefold() for n in (s.name, *s.aliases)):
                return s
        return None

    def is_mdt(self, sms_type: str) -> bool:
        return sms_type.startswith(self.mdt.prefix)

    def secret_variables(self) -> frozenset[str]:
        """Every variable or property name that carries a secret, in any step type."""
        return self._secrets


_FAST: dict[int, tuple[StepCatalog, dict[str, StepType]]] = {}


def _fast_index(catalog: StepCatalog) -> dict[str, StepType]:
    """The type index as a plain dict: private attributes of a pydantic model are slow to
    reach, and linting looks a step type up for every step."""
    entry = _FAST.get(id(catalog))
    if entry is None or entry[0] is not catalog:
        entry = (catalog, {s.type: s for s in catalog.step})
        _FAST[id(catalog)] = entry
    return entry[1]


class HardlinkVariable(_Cited):
    name: str
    value: str
    before: str
    required_options: tuple[str, ...]


_SINCE = re.compile(r"^(2007(?: (?:SP1|SP2))?(?: (?:R2|R3))?|2012(?: (?:SP1|R2))?|CB \d{4})$")


class VersionGate(_Cited):
    """A variable or element that arrived with a Configuration Manager version."""

    kind: Literal["variable", "element"]
    name: str = Field(min_length=1)
    since: str = Field(description="2007 [SP1|SP2] [R2|R3], 2012 [SP1|R2] or CB NNNN")
    what: str = ""

    @field_validator("since")
    @classmethod
    def _known_version(cls, value: str) -> str:
        if not _SINCE.match(value):
            raise ValueError(
                f"since {value!r}: say 2007 [SP1|SP2] [R2|R3], 2012 [SP1|R2] or CB NNNN"
            )
        return value

    def later_than(self, site: SiteVersion) -> bool:
        """Does this need a later version than ``site`` (a 2007 site) has?"""
        if not self.since.startswith("2007"):
            return True  # 2012 and Current Branch came after every 2007 release
        rest = self.since.removeprefix("2007").strip()
        if not rest:
            return False
        wanted = SiteVersion.parse(rest if "SP" in rest else f"RTM {rest}")
        return not site.at_least(wanted.service_pack, wanted.add_on)


class BuiltinVariables(_Cited):
    names: tuple[str, ...]


class VariableCatalog(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    hardlink: tuple[HardlinkVariable, ...]
    gate: tuple[VersionGate, ...]
    builtin: BuiltinVariables

    @property
    def later(self) -> tuple[VersionGate, ...]:
        """The version-gated variables."""
        return tuple(g for g in self.gate if g.kind == "variable")

    def known_names(self) -> frozenset[str]:
        return frozenset([*self.builtin.names, *(h.name for h in self.hardlink)])


@lru_cache(maxsize=2)
def load_steps(path: Path | None = None) -> StepCatalog:
    """The step catalog from ``resources/tasksequence/steps.toml``."""
    from cmplanner.paths import resources_dir

    return load_toml_model(path or resources_dir() / "tasksequence" / "steps.toml", StepCatalog)


@lru_cache(maxsize=2)
def load_variables(path: Path | None = None) -> VariableCatalog:
    """Hard-link, later-version and built-in variables from ``variables.toml``."""
    from cmplanner.paths import resources_dir

    return load_toml_model(
        path or resources_dir() / "tasksequence" / "variables.toml", VariableCatalog
    )
