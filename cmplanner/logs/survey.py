"""A first look at each log before the one streaming pass: its kind and its time zone.

The kind decides who reads a file's entries (the task-sequence timeline or the log's own
verdict sentences). The time zone matters when MDT's BDD.log is read with smsts.log of the
same run: BDD.log writes local times with a ``+000`` offset, which taken at its word puts the
two logs hours apart. Its times are then read with the bias of the other logs, and the report
says so; read alone, the report says plainly that its times are local.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cmplanner.logs.kinds import (
    LogKind,
    generic_kind,
    kind_from_entries,
    kind_from_name,
)
from cmplanner.logs.parser import first_entries


@dataclass
class Survey:
    """Per source: its kind; the bias to read local-time logs with; notes for the report."""

    kinds: dict[str, LogKind] = field(default_factory=dict)
    rebias: dict[str, int | None] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def utc_offset(bias: int) -> str:
    """A Windows bias (UTC = local + bias) as ``UTC+01:00``."""
    minutes = -bias
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def survey_logs(paths: Sequence[str | Path]) -> Survey:
    """Read the first entries of every log: kind from content, then name; common bias."""
    survey = Survey()
    biases: dict[str, int | None] = {}
    for path in paths:
        source = str(path)
        if source in survey.kinds:
            continue
        sample, _ = first_entries(path)
        survey.kinds[source] = kind_from_entries(sample) or kind_from_name(path) or generic_kind()
        seen = Counter(e.bias for e in sample if e.format == "cmtrace" and e.bias is not None)
        biases[source] = seen.most_common(1)[0][0] if seen else None
    others = Counter(
        bias
        for source, bias in biases.items()
        if bias is not None and not survey.kinds[source].local_times
    )
    for source, kind in survey.kinds.items():
        if not kind.local_times:
            continue
        name = Path(source).name
        if others:
            bias = others.most_common(1)[0][0]
            survey.rebias[source] = bias
            survey.notes.append(
                f"{name} writes local times with a +000 offset; read with the time zone of "
                f"the other logs of this run ({utc_offset(bias)}) so the two line up"
            )
        else:
            survey.rebias[source] = None
            survey.notes.append(
                f"{name} writes local times with a +000 offset: its times are the machine's "
                "local time, not UTC"
            )
    return survey
