"""The sources registry: every citation of the bundled data, kept once in ``sources.toml``.

A rule, checklist, known error or catalog entry cites by id (``source = "dp-general-tab"`` or a
list of ids). The older plain form still works when it names an entry of the registry exactly:
``seed: <section title>`` or a URL that an entry has. Anything else is refused when the data is
loaded, so a late addition with an unregistered citation fails loudly instead of printing a
source nobody checked. Each entry says what it says; two kinds mark the honest absence of a
page: ``unverified`` (no public page found) and ``own-check`` (the planner's own consistency
check, about the plan rather than about ConfigMgr).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from cmplanner.datafiles import load_toml_model
from cmplanner.errors import InputError
from cmplanner.paths import resources_dir

SOURCE_ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
SEED_PREFIX = "seed: "
# A legacy citation may hold several, separated by "; " or (URLs) by spaces.
_SPLIT = re.compile(r";\s+|\s+(?=https?://)")
# A URL with a note on the part of the page meant: "https://... (step 2 and step 4)".
_QUALIFIED = re.compile(r"^(https?://\S+)\s+\(.*\)$")


class SourceKind(StrEnum):
    PAGE = "page"  # a public documentation page or article, by URL
    SEED = "seed"  # a section of the field notes the product starts from
    UNVERIFIED = "unverified"  # no public page found that says it
    OWN_CHECK = "own-check"  # the planner's own check on the plan itself

    @property
    def label(self) -> str:
        """How the kind is printed before the entry's title."""
        return _LABELS[self]


_LABELS = {
    SourceKind.PAGE: "",
    SourceKind.SEED: "seed",
    SourceKind.UNVERIFIED: "unverified",
    SourceKind.OWN_CHECK: "the planner's own check",
}


class Source(BaseModel):
    """One citable source: what it is, where it is, and what it says."""

    # defer_build: built when the data file is first loaded (one validator for the file's
    # model covers the nested ones), not when the class is defined: less start-up time
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    id: str = Field(pattern=SOURCE_ID_PATTERN)
    kind: SourceKind
    title: str = Field(min_length=3)
    says: str = Field(min_length=10, description="one line on what the source says")
    url: str = ""
    section: str = Field("", description="the seed-notes section title (kind seed)")
    aliases: tuple[str, ...] = Field((), description="other URLs of the same page")

    @model_validator(mode="after")
    def _where(self) -> Source:
        if self.kind is SourceKind.PAGE and not self.url.startswith(("http://", "https://")):
            raise ValueError(f"source {self.id!r}: a page needs its url")
        if self.kind is SourceKind.SEED and not self.section:
            raise ValueError(f"source {self.id!r}: a seed source needs its section title")
        if self.kind in (SourceKind.UNVERIFIED, SourceKind.OWN_CHECK) and self.url:
            raise ValueError(f"source {self.id!r}: a {self.kind.value} source has no url")
        return self

    @property
    def text(self) -> str:
        """The citation as printed: title and URL of a page, the seed section, or the kind."""
        if self.kind is SourceKind.PAGE:
            return f"{self.title}: {self.url}"
        if self.kind is SourceKind.SEED:
            return f"{SEED_PREFIX}{self.section}"
        return f"{self.kind.label}: {self.title}"


class _SourceFile(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)

    source: list[Source]


class UnknownSource(ValueError):
    """A citation that names no entry of the sources registry."""


class SourceRegistry:
    """The entries by id, and every other spelling that names one (seed title, URL)."""

    def __init__(self, entries: Sequence[Source]) -> None:
        self.by_id: dict[str, Source] = {}
        self._names: dict[str, Source] = {}
        for entry in entries:
            if entry.id in self.by_id:
                raise ValueError(f"source id {entry.id!r} is used twice")
            self.by_id[entry.id] = entry
            names = [entry.id, *entry.aliases]
            if entry.url:
                names.append(entry.url)
            if entry.section:
                names.append(SEED_PREFIX + entry.section)
            for name in names:
                other = self._names.setdefault(name, entry)
                if other is not entry:
                    raise ValueError(f"{name!r} names both {other.id!r} and {entry.id!r}")

    def resolve(self, value: str | Sequence[str]) -> tuple[Source, ...]:
        """The entries a citation names, in order; :class:`UnknownSource` when one is not
        in the registry."""
        parts = [value] if isinstance(value, str) else list(value)
        found: list[Source] = []
        for part in parts:
            part = part.strip()
            names = [part] if part in self._names else [p for p in _SPLIT.split(part) if p]
            if not names:
                raise UnknownSource("empty citation")
            for name in names:
                entry = self._names.get(name.strip()) or self._qualified(name.strip())
                if entry is None:
                    raise UnknownSource(
                        f"citation {name.strip()!r} is not in resources/sources.toml: cite a "
                        "source id (add the source there first)"
                    )
                if entry not in found:
                    found.append(entry)
        return tuple(found)

    def _qualified(self, name: str) -> Source | None:
        """A registered URL followed by a note in brackets ("<url> (step 5)")."""
        match = _QUALIFIED.match(name)
        return self._names.get(match[1]) if match else None

    def text(self, ids: Sequence[str]) -> str:
        """The printed citation of these ids, joined by '; '."""
        return "; ".join(self.by_id[i].text for i in ids)


def sources_path() -> Path:
    return resources_dir() / "sources.toml"


@lru_cache(maxsize=4)
def load_sources(path: Path | None = None) -> SourceRegistry:
    """The bundled registry (or the one at ``path``); a damaged file names file and field."""
    path = path or sources_path()
    try:
        return SourceRegistry(load_toml_model(path, _SourceFile).source)
    except ValueError as exc:
        raise InputError(path, str(exc)) from None


def cite(value: str | Sequence[str]) -> tuple[str, ...]:
    """The registry ids a citation names (raises :class:`UnknownSource`)."""
    return tuple(entry.id for entry in load_sources().resolve(value))


def cited(data: Any, field: str = "source", optional: bool = False) -> Any:
    """For a pydantic ``mode="before"`` validator: resolve ``data[field]`` through the
    registry, keep the ids in ``citations`` and the printed text in ``field``. Data that
    already carries ``citations`` (a model dumped and read again) is printed from them."""
    if not isinstance(data, dict):
        return data
    if "citations" in data:
        ids = tuple(data["citations"])
        if ids:
            return {**data, field: load_sources().text(ids), "citations": ids}
        return data
    raw = data.get(field)
    if raw is None or raw == "" or raw == []:
        if optional:
            return data
        raise UnknownSource(f"{field} is required: cite a source id of resources/sources.toml")
    try:
        ids = cite(raw)
    except UnknownSource as exc:
        raise UnknownSource(f"{field}: {exc}") from None
    return {**data, field: load_sources().text(ids), "citations": ids}


class CitedEntry(BaseModel):
    """Base of every data-file entry that cites a source: its ``source`` (ids of this
    registry) is resolved when the file is loaded (:func:`cited`), and an unknown id is
    refused there, naming the file and the field. ``SOURCE_OPTIONAL``: the entry may cite
    none."""

    SOURCE_OPTIONAL: ClassVar[bool] = False

    @model_validator(mode="before")
    @classmethod
    def _cite(cls, data: Any) -> Any:
        return cited(data, optional=cls.SOURCE_OPTIONAL)
