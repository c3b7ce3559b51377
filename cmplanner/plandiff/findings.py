"""Findings a change introduces and resolves.

Findings name exact subjects (``distribution_points[3].settings``), and positions shift
between two plans, so findings are compared by rule, by the *name* of the object they are
about (read under its new name when it was renamed), by the rest of the subject and by the
message.
"""

from __future__ import annotations

import re

from cmplanner.model.plan import Plan
from cmplanner.plandiff.objects import Renames, collections_of, identities
from cmplanner.rules.finding import Finding

_SUBJECT = re.compile(r"^(?P<collection>[a-z_]+)\[(?P<index>\d+)\](?P<rest>.*)$")
Key = tuple[str, str, str]


class _Keys:
    """Finding keys of one plan; each collection's names are read once."""

    def __init__(self, plan: Plan, renames: Renames) -> None:
        self.lists = collections_of(plan)
        self.renames = renames
        self.names: dict[str, list[str]] = {}

    def _names(self, collection: str) -> list[str]:
        found = self.names.get(collection)
        if found is None:
            found = self.names[collection] = identities(collection, self.lists[collection])
        return found

    def key(self, finding: Finding) -> Key:
        subject, message = finding.subject, finding.message
        match = _SUBJECT.match(subject)
        if match is None or match["collection"] not in self.lists:
            return finding.rule, subject, message
        collection, index = match["collection"], int(match["index"])
        names = self._names(collection)
        if index >= len(names):
            return finding.rule, subject, message
        name = names[index]
        new_name = self.renames.get(collection, {}).get(name)
        if new_name is not None:
            message = message.replace(str(self.lists[collection][index].name), new_name)
            name = new_name.casefold()
        return finding.rule, f"{collection}[{name}]{match['rest']}", message


def _aligned(old: _Keys, new: _Keys) -> bool:
    """True when each collection holds the same objects in the same places (renames read
    under their new names)."""
    for collection in new.lists:
        renamed = old.renames.get(collection, {})
        before = [renamed[n].casefold() if n in renamed else n for n in old._names(collection)]
        if before != new._names(collection):
            return False
    return True


def finding_changes(
    old: Plan, old_findings: list[Finding], new: Plan, new_findings: list[Finding], renames: Renames
) -> tuple[list[Finding], list[Finding]]:
    """(introduced, resolved): new findings the old plan did not have (with the new plan's
    subjects) and old findings the new plan no longer has (with the old plan's subjects)."""
    old_keys_of, new_keys_of = _Keys(old, renames), _Keys(new, {})
    if _aligned(old_keys_of, new_keys_of):
        # Every object sits where it sat: a finding with the same rule, subject and message
        # in both plans is about the same object, so only the others need their names read.
        old_exact = {(f.rule, f.subject, f.message): f for f in old_findings}
        new_exact = {(f.rule, f.subject, f.message): f for f in new_findings}
        old_findings = [f for k, f in old_exact.items() if k not in new_exact]
        new_findings = [f for k, f in new_exact.items() if k not in old_exact]
    old_key, new_key = old_keys_of.key, new_keys_of.key
    old_keys = {old_key(f): f for f in old_findings}
    new_keys = {new_key(f): f for f in new_findings}
    introduced = [f for k, f in new_keys.items() if k not in old_keys]
    resolved = [f for k, f in old_keys.items() if k not in new_keys]
    return introduced, resolved
