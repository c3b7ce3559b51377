"""A plan diff as text for people and as JSON for scripts (exact subjects kept)."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from cmplanner.plandiff.model import ObjectChange, PlanDiff, Status


def change_title(change: ObjectChange) -> str:
    """``distribution point AMS-DP02: changed`` / ``... AMS-DP9 renamed from AMS-DP02``."""
    if change.collection == "plan":
        return "plan: changed"
    if change.status is Status.RENAMED:
        return f"{change.kind} {change.name}: renamed from {change.old_name}"
    return f"{change.kind} {change.name}: {change.status.value}"


def format_text(diff: PlanDiff) -> str:
    if diff.equal:
        return "the plans are equal\n"
    lines: list[str] = []
    for change in diff.changes:
        lines.append(change_title(change))
        for f in change.fields:
            lines.append(f"    {f.label}: {f.old} -> {f.new}")
        for step in change.steps:
            numbers = " -> ".join(
                str(n) if n is not None else "-" for n in (step.old_number, step.new_number)
            )
            lines.append(f"    {step.kind} {step.name}: {step.status.value} (step {numbers})")
            lines.extend(f"        {d}" for d in step.details)
    if diff.renumbered:
        lines.append("renumbered steps (smsts.log instruction numbers):")
        for r in diff.renumbered:
            lines.append(f"    {r.task_sequence}: {r.name}: {r.old_number} -> {r.new_number}")
    for j in diff.late_joiners:
        lines.append(
            f"{j.dp} joined {j.group} on {j.joined} and will not get by itself: "
            + ", ".join(f"{n} ({p})" for p, n in zip(j.packages, j.package_names, strict=True))
        )
    for s in diff.locality:
        lines.append(f"{s.dp}: {s.before} -> {s.after} for clients in " + ", ".join(s.boundaries))
    for shift in diff.service:
        lines.append(f"clients in {shift.boundary}: {shift.before} -> {shift.after}")
    for c in diff.settings:
        verdict = "compatible" if c.compatible else "; ".join(c.conflicts)
        lines.append(f"{c.dp} settings {', '.join(c.new_settings)}: {verdict}")
    if diff.pxe is not None:
        lines.append("PXE checklist needed: " + "; ".join(diff.pxe.reasons))
    for finding in diff.introduced:
        lines.append(f"introduced {finding.severity.value} {finding.rule}: {finding.message}")
    for finding in diff.resolved:
        lines.append(f"resolved {finding.severity.value} {finding.rule}: {finding.message}")
    lines.append(
        f"{len(diff.changes)} change(s), {len(diff.introduced)} finding(s) introduced, "
        f"{len(diff.resolved)} resolved"
    )
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
                "fields": [asdict(f) for f in c.fields],
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
