"""Where the runbook's console steps to create a distribution point come from, as data
(``resources/dp_console_steps.toml``): each step cites ids of the sources registry, so the
runbook prints each source with its title and lists it under "Sources used"."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from cmplanner.datafiles import load_toml_model
from cmplanner.paths import resources_dir
from cmplanner.sources import CitedEntry

#: the steps the dp-design templates print, in their order
STEP_IDS = (
    "site-systems",
    "add-role",
    "protect",
    "general-tab",
    "webdav",
    "branch-prerequisites",
)


class ConsoleStepSource(CitedEntry):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z]+(-[a-z]+)*$")
    source: str
    citations: tuple[str, ...] = ()


class DpConsoleSteps(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    step: tuple[ConsoleStepSource, ...]

    @model_validator(mode="after")
    def _every_step_once(self) -> DpConsoleSteps:
        ids = [s.id for s in self.step]
        if sorted(ids) != sorted(STEP_IDS):
            raise ValueError(f"steps must be exactly {', '.join(STEP_IDS)}")
        return self

    def by_id(self) -> dict[str, ConsoleStepSource]:
        return {s.id: s for s in self.step}


@lru_cache(maxsize=2)
def load_dp_console_steps(path: Path | None = None) -> DpConsoleSteps:
    """The bundled file (or the one at ``path``); a damaged file names file and field."""
    return load_toml_model(path or resources_dir() / "dp_console_steps.toml", DpConsoleSteps)
