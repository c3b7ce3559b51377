"""The "Sources used" list at the end of a runbook: every source the printed sections cite.

Collected from what the runbook shows: the rules behind its findings, the checklist packs and
steps it prints, and the field-notes sections its fixed texts quote. Each source appears once,
in the order it is first cited, with its title, address and what it says.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cmplanner.checklists import ChecklistPack
from cmplanner.rules.catalog import load_catalog
from cmplanner.sources import Source, SourceKind, load_sources

# Sections whose fixed text quotes a source (see templates/runbook/*/dp-groups and locality).
SECTION_SOURCES = {"dp-groups": ("seed-dp-groups",), "locality": ("seed-remote-dps",)}


@dataclass(frozen=True)
class SourceLine:
    """One source as the runbook lists it."""

    id: str
    kind: str  # "page", "seed", "unverified" or "own-check"
    label: str  # how the kind is printed ("" for a page)
    title: str
    url: str
    says: str


class SourcesUsed:
    """Collects cited registry ids in order of first use."""

    def __init__(self) -> None:
        self._ids: dict[str, None] = {}

    def add(self, ids: Iterable[str]) -> None:
        for i in ids:
            self._ids.setdefault(i, None)

    def add_rule(self, rule: str) -> None:
        """The sources a rule cites (its findings' why, fix and source are printed)."""
        meta = load_catalog().get(rule)
        if meta is not None:
            self.add(meta.citations)

    def add_pack(self, pack: ChecklistPack, step_ids: Iterable[str]) -> None:
        self.add(pack.citations)
        for step_id in step_ids:
            step = pack.step(step_id)
            if step is not None:
                self.add(pack.citations_of(step))

    def add_sections(self, sections: Iterable[str]) -> None:
        for section in sections:
            self.add(SECTION_SOURCES.get(section, ()))

    def lines(self) -> list[SourceLine]:
        registry = load_sources()
        return [_line(registry.by_id[i]) for i in self._ids if i in registry.by_id]


def _line(source: Source) -> SourceLine:
    title = source.section if source.kind is SourceKind.SEED else source.title
    kind = source.kind
    return SourceLine(source.id, kind.value, kind.label, title, source.url, source.says)
