"""A plan diff as text for people and as JSON for scripts (exact subjects kept)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict
from typing import Any

from cmplanner.plandiff.model import PlanDiff
from cmplanner.plandiff.sentences import Line, diff_sections, summary


def _printed(line: Line, depth: int = 0) -> Iterator[str]:
    yield "    " * depth + line.sentence
    for child in line.children:
        yield from _printed(child, depth + 1)


def format_text(diff: PlanDiff) -> str:
    """The diff as :mod:`cmplanner.plandiff.sentences` says it, one sentence a line, the
    lines about an object indented under it, and the counts last."""
    lines = [
        printed
        for section in diff_sections(diff)
        for line in section.lines
        for printed in _printed(line)
    ]
    lines.append(summary(diff))
    return "\n".join(lines) + "\n"


def to_dict(diff: PlanDiff) -> dict[str, Any]:
    return {
        "equal": diff.equal,
        "old": diff.old_name,
        "new": diff.new_name,
        "changes": [
            {
                "kind": c.collection,
                "status": c.status.value,
                "name": c.name,
                "old_name": c.old_name,
                "old_subject": c.old_subject,
                "new_subject": c.new_subject,
                "fields": [{"field": f.field, "old": f.old, "new": f.new} for f in c.fields],
                "steps": [{**asdict(s), "status": s.status.value} for s in c.steps],
            }
            for c in diff.changes
        ],
        "findings_introduced": [f.to_dict() for f in diff.introduced],
        "findings_resolved": [f.to_dict() for f in diff.resolved],
        "consequences": {
            "late_joiners": [asdict(j) for j in diff.late_joiners],
            "locality": [asdict(s) for s in diff.locality],
            "service": [asdict(s) for s in diff.service],
            "dp_settings": [{**asdict(c), "compatible": c.compatible} for c in diff.settings],
            "pxe": asdict(diff.pxe) if diff.pxe is not None else None,
            "renumbered": [asdict(r) for r in diff.renumbered],
        },
    }


def format_json(diff: PlanDiff) -> str:
    return json.dumps(to_dict(diff), indent=2, ensure_ascii=False) + "\n"
