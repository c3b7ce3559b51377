"""Rule metadata (title, severity, versions, why, fix, source) read from ``resources/rules``.

Rules are data: each ``*.toml`` file there holds ``[[rule]]`` tables checked by pydantic when
loaded, so a rule without a source, with a source that is not in the sources registry
(``resources/sources.toml``) or with a bad id is refused with the file and the rule named.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from cmplanner.datafiles import load_toml_model
from cmplanner.errors import InputError
from cmplanner.model.site import ServicePack, SiteVersion
from cmplanner.paths import resources_dir
from cmplanner.rules.finding import Severity
from cmplanner.sources import CitedEntry

RULE_ID_PATTERN = r"^[A-Z]{2,5}[0-9]{3}$"


class RuleMeta(CitedEntry):
    """What a rule says about itself; every field an admin reads is required."""

    # defer_build: built when the data file is first loaded (one validator for the file's
    # model covers the nested ones), not when the class is defined: less start-up time
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    id: str = Field(pattern=RULE_ID_PATTERN)
    title: str = Field(min_length=3)
    severity: Severity
    versions: list[ServicePack] = Field(
        default_factory=lambda: list(ServicePack),
        description="service packs the rule applies to; all when omitted",
    )
    why: str = Field(min_length=10)
    fix: str = Field(min_length=10)
    source: str = Field(
        min_length=5, description="the citation as printed; the TOML gives registry ids"
    )
    citations: tuple[str, ...] = Field((), description="ids in resources/sources.toml")

    def applies_to(self, version: SiteVersion) -> bool:
        return version.service_pack in self.versions


class _RuleFile(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    rule: list[RuleMeta]


def load_rule_file(path: Path) -> list[RuleMeta]:
    return load_toml_model(path, _RuleFile).rule


@lru_cache(maxsize=4)
def load_catalog(folder: Path | None = None) -> dict[str, RuleMeta]:
    """All rule metadata by id; duplicate ids across files are refused."""
    folder = folder or resources_dir() / "rules"
    catalog: dict[str, RuleMeta] = {}
    for path in sorted(folder.glob("*.toml")):
        for meta in load_rule_file(path):
            if meta.id in catalog:
                raise InputError(path, f"rule {meta.id} is defined twice")
            catalog[meta.id] = meta
    return catalog
