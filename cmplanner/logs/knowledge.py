"""The known-error knowledge base: log text and codes -> cause, fix, checklist, section.

The entries are data (``resources/knowledge/known_errors.toml``), validated here when loaded:
unique ids, compilable patterns, codes that parse, checklist ids that exist as packs, runbook
sections the runbook has.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from cmplanner.datafiles import load_toml_model, refuse_duplicates
from cmplanner.logs.codes import codes_in, parse_code
from cmplanner.paths import resources_dir
from cmplanner.sections import SECTIONS
from cmplanner.sources import CitedEntry

CHECKLIST_PACKS = (
    "pxe-certificate-import",
    "pxe-policy-decoding-error",
    "sp2-upgrade",
    "capture-only-preflight",
    "usmt-hardlink-setup",
    "log-copy-setup",
    "dp-group-creation",
)
SERVICE_PACKS = ("RTM", "SP1", "SP2 RC", "SP2")


class KnownError(CitedEntry):
    """One known error with the conditions that recognise it and what fixes it."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(pattern=r"^KE-[A-Z0-9-]+$")
    title: str = Field(min_length=1)
    severity: Literal["error", "warning"]
    patterns: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()
    versions: tuple[str, ...] = ()
    cause: str = Field(min_length=1)
    fix: str = Field(min_length=1)
    checklist: str | None = None
    related: tuple[str, ...] = ()
    section: str | None = None  # None: no runbook section explains it (a client install)
    source: str = Field(min_length=1)
    citations: tuple[str, ...] = Field((), description="ids in resources/sources.toml")
    confidence: Literal["documented", "inferred"]
    logs: tuple[str, ...] = Field(
        (),
        description="the log kinds (resources/knowledge/log_kinds.toml) the entry applies "
        "to; empty: every kind",
    )
    info_lines: bool = Field(
        False,
        description="also look on information lines that do not mention an error or a failure",
    )
    plan_link: Literal["pxe-certificate"] | None = Field(
        None,
        description="the part of a plan the error points back at: pxe-certificate, the "
        "plan's PXE service point, its certificate file and finding PXE003 (and, in the app, "
        "the PXE certificate wizard)",
    )

    @field_validator("patterns", "steps")
    @classmethod
    def _compiles(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        for value in values:
            try:
                re.compile(value, re.IGNORECASE)
            except re.error as exc:
                raise ValueError(f"pattern {value!r} does not compile: {exc}") from None
        return values

    @field_validator("codes")
    @classmethod
    def _codes(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        for value in values:
            if parse_code(value) is None:
                raise ValueError(f"{value!r} is not an error code")
        return values

    @field_validator("versions")
    @classmethod
    def _versions(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        for value in values:
            if value not in SERVICE_PACKS:
                raise ValueError(f"unknown service pack {value!r}; use {SERVICE_PACKS}")
        return values

    @field_validator("section")
    @classmethod
    def _section(cls, value: str | None) -> str | None:
        if value is not None and value not in SECTIONS:
            raise ValueError(f"unknown runbook section {value!r}; use {tuple(SECTIONS)}")
        return value

    @model_validator(mode="after")
    def _links(self) -> KnownError:
        for pack in (self.checklist, *self.related):
            if pack is not None and pack not in CHECKLIST_PACKS:
                raise ValueError(f"unknown checklist pack {pack!r}")
        if not (self.patterns or self.codes or self.steps):
            raise ValueError("an entry needs patterns, codes or steps to be recognised")
        return self

    @property
    def code_values(self) -> frozenset[int]:
        return frozenset(v for v in (parse_code(c) for c in self.codes) if v is not None)

    @property
    def checklists(self) -> tuple[str, ...]:
        """The main checklist first, then the related ones."""
        return ((self.checklist,) if self.checklist else ()) + self.related


class _KnowledgeFile(BaseModel):
    error: list[KnownError]

    @model_validator(mode="after")
    def _unique(self) -> _KnowledgeFile:
        from cmplanner.logs.kinds import log_kinds

        refuse_duplicates((entry.id for entry in self.error), "known error")
        kinds = {k.id for k in log_kinds()}
        for entry in self.error:
            unknown = [k for k in entry.logs if k not in kinds]
            if unknown:
                raise ValueError(f"{entry.id}: unknown log kind {', '.join(unknown)}")
        return self


@dataclass(frozen=True)
class _Compiled:
    entry: KnownError
    patterns: tuple[re.Pattern[str], ...]
    steps: tuple[re.Pattern[str], ...]
    codes: frozenset[int]


class KnowledgeBase:
    """The loaded entries with their patterns compiled once."""

    def __init__(self, entries: Sequence[KnownError]) -> None:
        self.entries = list(entries)
        self._compiled = [
            _Compiled(
                e,
                tuple(re.compile(p, re.IGNORECASE) for p in e.patterns),
                tuple(re.compile(p, re.IGNORECASE) for p in e.steps),
                e.code_values,
            )
            for e in self.entries
        ]
        self._by_id = {e.id: e for e in self.entries}
        self._message_entries = [c for c in self._compiled if c.patterns or c.codes]
        self._step_only = [c for c in self._compiled if c.steps and not (c.patterns or c.codes)]
        self._info_entries = [c for c in self._message_entries if c.entry.info_lines]
        self._message_by_kind: dict[str | None, list[_Compiled]] = {}
        self._info_by_kind: dict[str | None, tuple[re.Pattern[str] | None, list[_Compiled]]] = {}

    def _info_for(self, kind: str | None) -> tuple[re.Pattern[str] | None, list[_Compiled]]:
        """The info-line entries of one log kind, and one pattern that finds any of them:
        most lines of a log match none, and one search says so."""
        cached = self._info_by_kind.get(kind)
        if cached is None:
            entries = [c for c in self._info_entries if _for_kind(c.entry, kind)]
            joined = "|".join(f"(?:{p})" for c in entries for p in c.entry.patterns)
            any_of = re.compile(joined, re.IGNORECASE) if joined else None
            cached = self._info_by_kind[kind] = (any_of, entries)
        return cached

    def info_pattern(self, kind: str | None) -> re.Pattern[str] | None:
        """One pattern for every entry of ``kind`` looked for on information lines."""
        return self._info_for(kind)[0]

    def match_line(
        self,
        message: str,
        instruction_name: str | None,
        severity: int,
        kind: str | None = None,
    ) -> list[KnownError]:
        """Like ``match_message``, but cheap on the many information lines of a log: those
        are matched in full only when they speak of an error or a failure; otherwise only
        entries marked ``info_lines`` are tried. ``kind`` is the log kind of the line."""
        if severity < 2 and not troubled(message):
            any_of, entries = self._info_for(kind)
            if any_of is None or any_of.search(message) is None:
                return []
            return [c.entry for c in entries if any(p.search(message) for p in c.patterns)]
        return self.match_message(message, codes_in(message), instruction_name, kind)

    def get(self, entry_id: str) -> KnownError | None:
        return self._by_id.get(entry_id)

    def match_message(
        self,
        message: str,
        codes: Sequence[int],
        instruction_name: str | None,
        kind: str | None = None,
    ) -> list[KnownError]:
        """Entries whose patterns, codes and steps all hold for one log message (of one log
        kind, when given). The cheap conditions are tried first."""
        entries = self._message_by_kind.get(kind)
        if entries is None:
            entries = [c for c in self._message_entries if _for_kind(c.entry, kind)]
            self._message_by_kind[kind] = entries
        found = []
        for c in entries:
            if c.codes and not c.codes.intersection(codes):
                continue
            if c.steps and not (
                instruction_name and any(p.search(instruction_name) for p in c.steps)
            ):
                continue
            if c.patterns and not any(p.search(message) for p in c.patterns):
                continue
            found.append(c.entry)
        return found

    def match_failed_step(self, instruction_name: str) -> list[KnownError]:
        """Entries recognised by the name of the failing instruction alone."""
        return [
            c.entry for c in self._step_only if any(p.search(instruction_name) for p in c.steps)
        ]


# words that make an info line worth a look; ``/continueOnError:`` on a command line is a
# switch, not an error report
_TROUBLE = re.compile(r"fail|(?<!continueOn)error", re.IGNORECASE)


def troubled(message: str) -> bool:
    """Whether a line speaks of an error or a failure (plain substring tests first)."""
    if not ("rror" in message or "ail" in message or "RROR" in message or "AIL" in message):
        return False
    return _TROUBLE.search(message) is not None


def _for_kind(entry: KnownError, kind: str | None) -> bool:
    return not entry.logs or kind is None or kind in entry.logs


def knowledge_path() -> Path:
    return resources_dir() / "knowledge" / "known_errors.toml"


def load_knowledge_base(path: str | Path | None = None) -> KnowledgeBase:
    """Read and validate the knowledge base (the bundled one unless a path is given)."""
    if path is None:
        return _bundled()
    return _load(Path(path))


@cache
def _bundled() -> KnowledgeBase:
    return _load(knowledge_path())


def _load(path: Path) -> KnowledgeBase:
    return KnowledgeBase(load_toml_model(path, _KnowledgeFile).error)
