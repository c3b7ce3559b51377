"""Which ConfigMgr log a file is (smsts.log, ccmsetup.log, CAS.log...), and its own verdict.

Each log kind writes its own sentence when the job it records ended: ccmsetup.log says
``CcmSetup failed with error code 0x80190194``, DataTransferService.log says ``DTSJob {...}
successfully completed download``. That sentence, not the first error line, is the root
cause the report leads with; and the report speaks of "the client install", never of a task
sequence. The kinds are data (``resources/knowledge/log_kinds.toml``), checked when loaded.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from cmplanner.datafiles import load_toml_model, refuse_duplicates
from cmplanner.errors import InputError
from cmplanner.logs.codes import parse_code
from cmplanner.logs.entry import LogEntry
from cmplanner.paths import resources_dir
from cmplanner.sources import CitedEntry
from cmplanner.tasksequence.secrets import mask_secrets_in_text

TASK_SEQUENCE = "smsts"


def _compiles(values: tuple[str, ...]) -> tuple[str, ...]:
    for value in values:
        try:
            re.compile(value, re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"pattern {value!r} does not compile: {exc}") from None
    return values


class VerdictRule(BaseModel):
    """A sentence a log writes when its job ended, and what it means."""

    model_config = ConfigDict(frozen=True)

    outcome: Literal["failed", "succeeded"]
    pattern: str
    says: str = Field(min_length=1)

    @field_validator("pattern")
    @classmethod
    def _pattern(cls, value: str) -> str:
        return _compiles((value,))[0]


class LogKind(CitedEntry):
    """One kind of log: how it is recognised, how it is spoken of, its verdict sentences."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    title: str = Field(min_length=1)
    subject: str = Field(min_length=1)
    names: tuple[str, ...] = ()
    components: tuple[str, ...] = ()
    markers: tuple[str, ...] = ()
    verdict: tuple[VerdictRule, ...] = ()
    local_times: bool = False
    content_location: bool = Field(
        False,
        description="the log tells which boundary the client was in and which distribution "
        "points it was offered and used: read against the plan's locality table",
    )
    source: str = Field(min_length=1)
    citations: tuple[str, ...] = Field((), description="ids in resources/sources.toml")

    @field_validator("names", "markers")
    @classmethod
    def _patterns(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return _compiles(values)

    @property
    def task_sequence(self) -> bool:
        return self.id == TASK_SEQUENCE


class _KindsFile(BaseModel):
    kind: list[LogKind]

    @model_validator(mode="after")
    def _unique(self) -> _KindsFile:
        refuse_duplicates((kind.id for kind in self.kind), "log kind")
        return self


GENERIC_ID = "other"  # a log in no known kind: judged by its error lines, as CMTrace shows them


@cache
def log_kinds() -> tuple[LogKind, ...]:
    path = resources_dir() / "knowledge" / "log_kinds.toml"
    kinds = tuple(load_toml_model(path, _KindsFile).kind)
    if not any(k.id == GENERIC_ID for k in kinds):
        raise InputError(path, f"the kind {GENERIC_ID!r} (a log of no known kind) is missing")
    return kinds


def kind_by_id(kind_id: str) -> LogKind:
    """A kind by its id; an unknown id is a log of another kind."""
    kinds = log_kinds()
    return next((k for k in kinds if k.id == kind_id), None) or generic_kind()


def generic_kind() -> LogKind:
    return next(k for k in log_kinds() if k.id == GENERIC_ID)


def kind_from_name(path: str | Path) -> LogKind | None:
    name = Path(path).name
    for kind in log_kinds():
        if any(re.search(p, name, re.IGNORECASE) for p in kind.names):
            return kind
    return None


def kind_from_entries(entries: list[LogEntry]) -> LogKind | None:
    """The kind whose components and markers the first entries show most, if any."""
    components = Counter(e.component.casefold() for e in entries if e.component)
    scores: Counter[str] = Counter()
    for kind in log_kinds():
        for component in kind.components:
            scores[kind.id] += components.get(component.casefold(), 0)
        if kind.markers:
            markers = [re.compile(p, re.IGNORECASE) for p in kind.markers]
            scores[kind.id] += sum(1 for e in entries if any(m.search(e.message) for m in markers))
    best = [(score, kind_id) for kind_id, score in scores.items() if score > 0]
    if not best:
        return None
    return kind_by_id(max(best)[1])


def detect_kind(path: str | Path) -> LogKind:
    """The kind of one log from its content, then its name; "other" when neither tells."""
    from cmplanner.logs.parser import first_entries

    sample, _ = first_entries(path)
    return kind_from_entries(sample) or kind_from_name(path) or generic_kind()


@dataclass
class Verdict:
    """What one kind of log says about its own job: failed, succeeded, or only error lines.

    ``outcome``: "failed" and "succeeded" come from the log's own verdict sentence; "errors"
    means no verdict sentence but error lines (the first is kept), "no errors" neither.
    """

    kind: LogKind
    sources: list[str]
    outcome: str
    says: str
    source: str = ""
    line: int = 0
    message: str = ""
    time: datetime | None = None
    code: int | None = None

    @property
    def failed(self) -> bool:
        return self.outcome in ("failed", "errors")

    def to_dict(self) -> dict[str, Any]:
        from cmplanner.logs.codes import explain_code

        return {
            "kind": self.kind.id,
            "title": self.kind.title,
            "subject": self.kind.subject,
            "sources": self.sources,
            "outcome": self.outcome,
            "says": self.says,
            "source": self.source,
            "line": self.line,
            "message": self.message,
            "time": self.time.isoformat() if self.time else None,
            "code": explain_code(self.code).to_dict() if self.code is not None else None,
            "kind_source": self.kind.source,
        }


class VerdictReader:
    """Feed one kind's entries in order; the last verdict sentence wins, else the first error."""

    def __init__(self, kind: LogKind) -> None:
        self.kind = kind
        self.sources: list[str] = []
        self._rules = [(r, re.compile(r.pattern, re.IGNORECASE)) for r in kind.verdict]
        self._verdict: Verdict | None = None
        self._first_error: LogEntry | None = None

    def feed(self, entry: LogEntry) -> None:
        if entry.source not in self.sources:
            self.sources.append(entry.source)
        message = entry.message
        for rule, pattern in self._rules:
            m = pattern.search(message)
            if m is None:
                continue
            code = None
            for name, value in m.groupdict().items():
                if name.startswith("code") and value:
                    code = parse_code(value)
                    break
            self._verdict = Verdict(
                self.kind,
                self.sources,
                rule.outcome,
                rule.says,
                entry.source,
                entry.line,
                mask_secrets_in_text(message.strip()),
                entry.timestamp,
                code,
            )
            return
        if self._first_error is None and entry.severity == 3:
            self._first_error = entry

    def result(self) -> Verdict:
        if self._verdict is not None:
            return self._verdict
        first = self._first_error
        if first is None:
            return Verdict(self.kind, self.sources, "no errors", "no verdict and no error lines")
        from cmplanner.logs.codes import codes_in

        codes = codes_in(first.message)
        return Verdict(
            self.kind,
            self.sources,
            "errors",
            "no verdict of its own; the first error line is shown",
            first.source,
            first.line,
            mask_secrets_in_text(first.message.strip()),
            first.timestamp,
            codes[0] if codes else None,
        )
