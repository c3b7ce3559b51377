"""The console step for each kind of change, as data (``resources/change_steps.toml``).

A change runbook says what to do at the console for each changed object; the wording and
its source (an id of the sources registry) live in the data file, checked here when loaded,
so a step whose source is not registered or with an unknown placeholder is refused like any
damaged bundled file.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from cmplanner.datafiles import load_toml_model
from cmplanner.language import gettext
from cmplanner.paths import resources_dir
from cmplanner.sources import CitedEntry

PLACEHOLDERS = frozenset({"name", "old_name", "server", "changes", "site_code", "site_name"})
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
KINDS = frozenset(
    {"site", "boundaries", "distribution_points", "dp_groups", "packages", "pxe", "task_sequences"}
)


class ChangeStep(CitedEntry):
    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: str
    change: str = Field(pattern=r"^(added|removed|renamed|changed)$")
    instruction: str = Field(min_length=10)
    expected: str = Field(min_length=3)
    evidence: str = Field(min_length=3)
    source: str
    citations: tuple[str, ...] = Field((), description="ids in resources/sources.toml")
    #: the fields this step handles (a changed object's fields are shared out among the
    #: steps that name them; the step naming none takes the rest), matched on the field's
    #: path before any " added" / " removed" ("certificate" takes "certificate.key_bits")
    fields: tuple[str, ...] = ()

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, value: str) -> str:
        if value not in KINDS:
            raise ValueError(f"unknown kind {value!r}; known: {', '.join(sorted(KINDS))}")
        return value

    @model_validator(mode="after")
    def _known_placeholders(self) -> ChangeStep:
        for text in (self.instruction, self.expected, self.evidence):
            for name in _PLACEHOLDER.findall(text):
                if name not in PLACEHOLDERS:
                    raise ValueError(f"unknown placeholder {{{name}}}")
        return self

    def handles(self, field: str) -> bool:
        path = field.partition(" ")[0]
        return any(path == f or path.startswith(f + ".") for f in self.fields)

    def filled(self, values: dict[str, str]) -> tuple[str, str, str]:
        """The step in the language in force (a translation keeps the placeholders), with
        the plan's names filled in."""

        def sub(text: str) -> str:
            return _PLACEHOLDER.sub(lambda m: values.get(m[1], m[0]), gettext(text))

        return sub(self.instruction), sub(self.expected), sub(self.evidence)


class ChangeSteps(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    step: tuple[ChangeStep, ...]

    @model_validator(mode="after")
    def _unique(self) -> ChangeSteps:
        seen: set[tuple[str, str, str]] = set()
        for s in self.step:
            for key in s.fields or ("",):
                if (s.kind, s.change, key) in seen:
                    what = f" ({key})" if key else ""
                    raise ValueError(f"two steps for {s.kind} {s.change}{what}")
                seen.add((s.kind, s.change, key))
        return self

    def find(self, kind: str, change: str) -> ChangeStep | None:
        """The step for every field no field-specific step takes."""
        return next(
            (s for s in self.step if s.kind == kind and s.change == change and not s.fields),
            None,
        )

    def for_fields(self, kind: str, change: str) -> tuple[ChangeStep, ...]:
        """The field-specific steps of a kind of change, in the file's order."""
        return tuple(s for s in self.step if s.kind == kind and s.change == change and s.fields)


@lru_cache(maxsize=2)
def load_change_steps(path: Path | None = None) -> ChangeSteps:
    return load_toml_model(path or resources_dir() / "change_steps.toml", ChangeSteps)
