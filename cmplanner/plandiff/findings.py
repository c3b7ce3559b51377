"""Findings a change introduces and resolves.

Findings name exact subjects (``distribution_points[3].settings``), and positions shift
between two plans, so findings are compared by rule, by the *name* of the object they are
about (read under its new name when it was renamed), by the rest of the subject and by the
message.
"""

from __future__ import annotations

import re

from cmplanner.model.plan import Plan
from cmplanner.plandiff.objects import Renames, collections_of, identity
from cmplanner.rules.finding import Finding

_SUBJECT = re.compile(r"^(?P<collection>[a-z_]+)\[(?P<index>\d+)\](?P<rest>.*)$")
Key = tuple[str, str, str]


def _key(plan: Plan, finding: Finding, renames: Renames) -> Key:
    subject, message = finding.subject, finding.message
    match = _SUBJECT.match(subject)
    if match is not None:
        items = collections_of(plan).get(match["collection"])
        index = int(match["index"])
        if items is not None and index < len(items):
            collection = match["collection"]
            name = identity(collection, items[index])
            new_name = renames.get(collection, {}).get(name)
            if new_name is not None:
                message = message.replace(str(items[index].name), new_name)
                name = new_name.casefold()
            subject = f"{collection}[{name}]{match['rest']}"
    return finding.rule, subject, message


def finding_changes(
    old: Plan, old_findings: list[Finding], new: Plan, new_findings: list[Finding], renames: Renames
) -> tuple[list[Finding], list[Finding]]:
    """(introduced, resolved): new findings the old plan did not have (with the new plan's
    subjects) and old findings the new plan no longer has (with the old plan's subjects)."""
    old_keys = {_key(old, f, renames): f for f in old_findings}
    new_keys = {_key(new, f, {}): f for f in new_findings}
    introduced = [f for k, f in new_keys.items() if k not in old_keys]
    resolved = [f for k, f in old_keys.items() if k not in new_keys]
    return introduced, resolved
