"""Which drawn object each finding belongs to, so the picture marks the DP that is wrong.

A finding's subject is a plan path (``distribution_points[3].settings``,
``dp_groups[0].members[2]``, ``boundaries[1]``, ``pxe.certificate``); this module turns it into
the DP, group, boundary or site it is about.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from cmplanner.model.plan import Plan
from cmplanner.rules.finding import Finding

_DP = re.compile(r"^distribution_points\[(\d+)\]")
_BOUNDARY = re.compile(r"^boundaries\[(\d+)\]")
_GROUP = re.compile(r"^dp_groups\[(\d+)\](?:\.members\[(\d+)\])?")

SEVERE = ("error", "warning")


@dataclass
class FindingMap:
    """Findings per DP, boundary and group (by position) and for the site as a whole."""

    dps: dict[int, list[Finding]] = field(default_factory=lambda: defaultdict(list))
    boundaries: dict[int, list[Finding]] = field(default_factory=lambda: defaultdict(list))
    groups: dict[int, list[Finding]] = field(default_factory=lambda: defaultdict(list))
    site: list[Finding] = field(default_factory=list)

    @classmethod
    def build(cls, plan: Plan, findings: Iterable[Finding]) -> FindingMap:
        result = cls()
        dp_count = len(plan.distribution_points)
        dp_at: dict[str, int] = {}  # name -> first position, as plan.dp_index finds it
        for i, dp in enumerate(plan.distribution_points):
            dp_at.setdefault(dp.name.casefold(), i)
        for f in findings:
            if m := _DP.match(f.subject):
                if int(m[1]) < dp_count:
                    result.dps[int(m[1])].append(f)
            elif m := _BOUNDARY.match(f.subject):
                result.boundaries[int(m[1])].append(f)
            elif m := _GROUP.match(f.subject):
                g = int(m[1])
                result.groups[g].append(f)
                if m[2] is not None and g < len(plan.dp_groups):
                    # A finding about one member is about that DP too.
                    members = plan.dp_groups[g].members
                    if int(m[2]) < len(members):
                        d = dp_at.get(members[int(m[2])].dp.casefold())
                        if d is not None:
                            result.dps[d].append(f)
            elif f.subject.startswith(("site", "pxe", "plan")) or not f.subject:
                result.site.append(f)
        return result


def worst(findings: Iterable[Finding]) -> str:
    """'error', 'warning' or '' (info alone does not mark a shape)."""
    severities = {f.severity.value for f in findings}
    for level in SEVERE:
        if level in severities:
            return level
    return ""


def summary(findings: Iterable[Finding]) -> str:
    """'2 errors, 1 warning' (info left out), or ''."""
    counts = {"error": 0, "warning": 0}
    for f in findings:
        if f.severity.value in counts:
            counts[f.severity.value] += 1
    parts = []
    for level, n in counts.items():
        if n:
            parts.append(f"{n} {level}{'s' if n > 1 else ''}")
    return ", ".join(parts)


def tooltip(title: str, findings: Iterable[Finding], limit: int = 12) -> str:
    """The hover text: the object, then one line per finding with its fix."""
    lines = [title]
    listed = sorted(findings, key=lambda f: -f.severity.rank)
    for f in listed[:limit]:
        lines.append(f"{f.severity.value.upper()} {f.rule}: {f.message}")
        if f.severity.value != "info" and f.fix:
            lines.append(f"    fix: {f.fix}")
    if len(listed) > limit:
        lines.append(f"... and {len(listed) - limit} more")
    return "\n".join(lines)
