"""Checklist packs: admin procedures kept as data in ``resources/checklists/*.toml``.

A pack is what an admin follows at the console (create a DP group, import the PXE
certificate, upgrade to SP2...). Each pack and each step keeps its source, so the runbook can
say where an instruction comes from. Packs are validated by pydantic when loaded; a bad pack is
refused with one :class:`~cmplanner.errors.InputError` naming the file and the field.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from pydantic import ConfigDict, Field, model_validator

from cmplanner.datafiles import read_toml, refuse_duplicates, validated
from cmplanner.errors import InputError
from cmplanner.model.site import ServicePack, SiteVersion
from cmplanner.paths import resources_dir
from cmplanner.sources import CitedEntry

PACK_ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


class PackScope(StrEnum):
    """What one run of a pack is about: the whole plan, one DP group, or the PXE point."""

    PLAN = "plan"
    DP_GROUP = "dp_group"
    PXE = "pxe"


class Repeat(StrEnum):
    """A step that is written once per item of the plan (e.g. once per DP to add)."""

    ONCE = "once"
    OTHER_MEMBER = "other_member"  # each group member after the first
    LATE_MEMBER = "late_member"  # each member that missed packages sent before it joined
    REMOTE_SITE_SYSTEM = "remote_site_system"  # each site system not on the site server
    NEW_MEMBER = "new_member"  # each DP joining a group that exists already


class GroupMode(StrEnum):
    """Whether a DP-group step belongs to creating the group, to adding DPs to an existing
    one, or to both (the console steps differ: New icon versus ticking the group)."""

    ALWAYS = "always"
    NEW_GROUP = "new_group"
    EXISTING_GROUP = "existing_group"


# Placeholders a step may use, per scope and per repetition; anything else is refused at load.
PLAN_FIELDS = {"site_code", "site_name", "site_server", "site_version", "security_mode"}
SCOPE_FIELDS: dict[PackScope, set[str]] = {
    PackScope.PLAN: PLAN_FIELDS | {"pxe_server"},
    PackScope.DP_GROUP: PLAN_FIELDS | {"group", "first_dp", "members"},
    PackScope.PXE: PLAN_FIELDS | {"pxe_server", "certificate_file", "certificate_subject"},
}
REPEAT_FIELDS: dict[Repeat, set[str]] = {
    Repeat.ONCE: set(),
    Repeat.OTHER_MEMBER: {"dp"},
    Repeat.LATE_MEMBER: {"dp", "joined", "packages"},
    Repeat.REMOTE_SITE_SYSTEM: {"server", "roles"},
    Repeat.NEW_MEMBER: {"dp"},
}


class PackStep(CitedEntry):
    """One thing to do, what should happen, and what to keep as evidence."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=PACK_ID_PATTERN)
    title: str = Field("", description="a few words an admin reads as the step's name")
    phase: str = Field("", description="optional heading the step belongs to, e.g. 'Before'")
    instruction: str = Field(min_length=5)
    expected: str = Field(min_length=3, description="the result the admin should see")
    evidence: str = Field(min_length=3, description="what to record as proof")
    sign_off: bool = Field(False, description="the step's result must be signed for")
    repeat: Repeat = Repeat.ONCE
    when: GroupMode = Field(
        GroupMode.ALWAYS,
        description="DP-group packs: a step only for a new group, or only for adding DPs "
        "to an existing one",
    )
    warning: str = ""
    source: str = Field("", description="where the step comes from, when not the pack's source")
    citations: tuple[str, ...] = Field((), description="ids in resources/sources.toml")
    again: str = Field(
        "",
        description=(
            "a repeated step's later rows in print: what follows 'As step N, for' (the DP or "
            "server and what differs), so a group of 40 DPs prints the instruction once"
        ),
    )

    @model_validator(mode="after")
    def _again_only_when_repeated(self) -> PackStep:
        if self.again and self.repeat is Repeat.ONCE:
            raise ValueError(f"step {self.id!r}: 'again' is for repeated steps only")
        return self

    SOURCE_OPTIONAL = True


class ChecklistPack(CitedEntry):
    """A procedure as data: id, title, versions it applies to, source, and its steps."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=PACK_ID_PATTERN)
    title: str = Field(min_length=3)
    summary: str = Field(min_length=10)
    existing_summary: str = Field(
        "", description="DP-group packs: the summary when DPs join a group that exists"
    )
    scope: PackScope = PackScope.PLAN
    versions: list[ServicePack] = Field(
        default_factory=lambda: list(ServicePack),
        description="service packs the pack applies to; all when omitted",
    )
    source: str
    citations: tuple[str, ...] = Field((), description="ids in resources/sources.toml")
    warnings: list[str] = Field(
        default_factory=list, description="read before starting; shown above the steps"
    )
    related: list[str] = Field(default_factory=list, description="ids of packs this one uses")
    symptoms: list[str] = Field(
        default_factory=list, description="error texts the log analysis links to this pack"
    )
    steps: list[PackStep] = Field(min_length=1)

    @model_validator(mode="after")
    def _steps_consistent(self) -> ChecklistPack:
        refuse_duplicates((step.id for step in self.steps), "step id")
        for step in self.steps:
            allowed = SCOPE_FIELDS[self.scope] | REPEAT_FIELDS[step.repeat]
            if step.when is not GroupMode.ALWAYS and self.scope is not PackScope.DP_GROUP:
                raise ValueError(f"step {step.id!r}: 'when' is for DP-group packs only")
            for text in (step.instruction, step.expected, step.evidence, step.warning, step.again):
                for name in PLACEHOLDER.findall(text):
                    if name not in allowed:
                        raise ValueError(
                            f"step {step.id!r}: placeholder {{{name}}} is not known for a "
                            f"{self.scope.value} pack with repeat={step.repeat.value}; known: "
                            + ", ".join(sorted(allowed))
                        )
        return self

    def applies_to(self, version: SiteVersion) -> bool:
        return version.service_pack in self.versions

    def step(self, step_id: str) -> PackStep | None:
        """The pack step of a filled step id (``add-packages:AMS-DP02`` -> ``add-packages``)."""
        base = step_id.split(":", 1)[0]
        return next((s for s in self.steps if s.id == base), None)

    def source_of(self, step: PackStep) -> str:
        return step.source or self.source

    def citations_of(self, step: PackStep) -> tuple[str, ...]:
        """The registry ids a step cites (the pack's when the step names none)."""
        return step.citations or self.citations


def load_pack_file(path: Path) -> ChecklistPack:
    """Read and validate one pack; any problem names the file and the field."""
    data = read_toml(path)
    if "step" in data and "steps" not in data:
        data["steps"] = data.pop("step")  # the TOML says [[step]]; errors say step[1] too
    try:
        return validated(path, ChecklistPack, data)
    except InputError as exc:
        raise InputError(path, exc.problem, (exc.place or "").replace("steps", "step", 1)) from None


def load_packs(folder: Path | None = None) -> dict[str, ChecklistPack]:
    """Every checklist pack by id, bundled ones from ``resources/checklists``."""
    return dict(_load_packs(folder or resources_dir() / "checklists"))


@lru_cache(maxsize=4)
def _load_packs(folder: Path) -> tuple[tuple[str, ChecklistPack], ...]:
    packs: dict[str, ChecklistPack] = {}
    for path in sorted(folder.glob("*.toml")):
        pack = load_pack_file(path)
        if pack.id in packs:
            raise InputError(path, f"checklist pack {pack.id!r} is defined twice", "id")
        packs[pack.id] = pack
    return tuple(packs.items())
