"""Findings as text, JSON or SARIF 2.1.0: one formatter per format, shared by CLI and GUI."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from cmplanner import __version__, bidi
from cmplanner.formats import OutputFormat
from cmplanner.rules.catalog import load_catalog
from cmplanner.rules.finding import Finding, Severity
from cmplanner.sources import load_sources

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def format_text(findings: list[Finding], source: str = "") -> str:
    if not findings:
        return f"{source}: no findings\n" if source else "no findings\n"
    lines = []
    prefix = f"{source}: " if source else ""
    for f in findings:
        lines.append(f"{prefix}{f.subject}: {f.severity.value} {f.rule}: {f.message}")
        lines.append(f"    why: {f.why}")
        lines.append(f"    fix: {f.fix}")
        lines.append(f"    source: {f.source}")
    counts = {s: sum(1 for f in findings if f.severity is s) for s in Severity}
    lines.append(
        f"{prefix}{counts[Severity.ERROR]} error(s), {counts[Severity.WARNING]} "
        f"warning(s), {counts[Severity.INFO]} info"
    )
    return "\n".join(lines) + "\n"


def format_json(findings: list[Finding], source: str = "") -> str:
    items = [{**f.to_dict(), **({"file": source} if source else {})} for f in findings]
    return json.dumps(items, indent=2, ensure_ascii=False) + "\n"


def sarif_document(results: Iterable[tuple[str, Finding]]) -> dict[str, Any]:
    """A SARIF 2.1.0 log of (file, finding) pairs; rules carry why, fix, source and helpUri."""
    pairs = list(results)
    catalog = load_catalog()
    used = sorted({f.rule for _, f in pairs})
    rules = []
    for rule_id in used:
        meta = catalog[rule_id]
        rule: dict[str, Any] = {
            "id": rule_id,
            "name": meta.title,
            "shortDescription": {"text": meta.title},
            "fullDescription": {"text": meta.why},
            "help": {"text": f"Why: {meta.why}\nFix: {meta.fix}\nSource: {meta.source}"},
            "defaultConfiguration": {"level": _SARIF_LEVEL[meta.severity]},
            "properties": {"source": meta.source},
        }
        sources = load_sources().by_id
        uri = next((sources[c].url for c in meta.citations if sources[c].url), None)
        if uri:
            rule["helpUri"] = uri
        rules.append(rule)
    index = {rule_id: i for i, rule_id in enumerate(used)}
    sarif_results = []
    for file, f in pairs:
        sarif_results.append(
            {
                "ruleId": f.rule,
                "ruleIndex": index[f.rule],
                "level": _SARIF_LEVEL[f.severity],
                "message": {"text": f.message},
                "locations": [
                    {
                        "physicalLocation": {"artifactLocation": {"uri": file or "plan"}},
                        "logicalLocations": [{"fullyQualifiedName": f.subject}],
                    }
                ],
                "properties": {"why": f.why, "fix": f.fix, "source": f.source},
            }
        )
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "cmplanner",
                        "version": __version__,
                        "rules": rules,
                    }
                },
                "results": sarif_results,
            }
        ],
    }


def format_sarif(results: Iterable[tuple[str, Finding]]) -> str:
    return json.dumps(sarif_document(results), indent=2, ensure_ascii=False) + "\n"


def render(findings_by_file: list[tuple[str, list[Finding]]], fmt: OutputFormat) -> str:
    """Render findings of one or more files in the chosen format."""
    if fmt is OutputFormat.SARIF:
        return format_sarif((file, f) for file, found in findings_by_file for f in found)
    if fmt is OutputFormat.JSON:
        items = []
        for file, found in findings_by_file:
            items.extend(json.loads(format_json(found, file)))
        return json.dumps(items, indent=2, ensure_ascii=False) + "\n"
    text = "".join(format_text(found, file) for file, found in findings_by_file)
    return bidi.escape_controls(text)  # a U+202E in a name must not reverse the line
