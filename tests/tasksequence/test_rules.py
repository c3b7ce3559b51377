"""Task sequence rules: per rule a case that must raise it and one that must not (as data),
the registry pinned, and lint with and without a plan."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from cmplanner.demo import demo_plan
from cmplanner.model.site import SiteVersion
from cmplanner.model.tasksequence import TaskSequence
from cmplanner.rules.catalog import load_catalog
from cmplanner.rules.engine import validate
from cmplanner.rules.registry import Scope, all_checks
from cmplanner.rules.tasksequence_lint import lint_task_sequence, task_sequence_rules
from cmplanner.tasksequence.builders import build
from cmplanner.tasksequence.xmlio import load_task_sequence, parse_task_sequence

pytestmark = pytest.mark.core

CASES = sorted((Path(__file__).resolve().parents[1] / "data" / "ts" / "rules").glob("*.json"))
DATA = Path(__file__).resolve().parents[1] / "data" / "ts"
TS_RULES = 26  # pinned: a lost rule (or one added without a decision) fails here


def _task_sequence(case: dict[str, Any]) -> TaskSequence:
    if "xml" in case:
        ts = parse_task_sequence(case["xml"], "case.xml")
    else:
        ts = build(case["build"], SiteVersion.parse("SP2"), **case.get("options", {}))
    if "builder" in case:
        ts.builder = case["builder"]
    ts.builder_options.update(case.get("builder_options", {}))
    return ts


def _rules(case: dict[str, Any]) -> set[str]:
    ts = _task_sequence(case)
    version = SiteVersion.parse(case.get("site_version", "SP2"))
    plan = demo_plan() if case.get("with_plan") else None
    if plan is not None:
        plan.site.service_pack, plan.site.add_on = version.service_pack, version.add_on
    return {f.rule for f in lint_task_sequence(ts, plan, site_version=version)}


@pytest.mark.parametrize("path", CASES, ids=[c.stem for c in CASES])
def test_rule_fires_on_fail_case_only(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["rule"] in _rules(data["fail"])
    assert data["rule"] not in _rules(data["pass"])


def test_rule_count_is_pinned_and_every_rule_has_cases() -> None:
    ids = [r for r in load_catalog() if re.fullmatch(r"TS\d{3}", r)]
    assert len(ids) == TS_RULES
    assert sorted(ids) == [c.stem for c in CASES]
    scopes = Counter(s.scope for s in all_checks() if s.rule in ids)
    assert scopes == {Scope.TASK_SEQUENCE: TS_RULES}
    assert set(task_sequence_rules()) == set(ids)
    assert "TS013" not in task_sequence_rules(with_plan=False)


def test_subjects_name_the_exact_node() -> None:
    ts = load_task_sequence(DATA / "mdt_style.xml")
    found = {(f.rule, f.subject) for f in lint_task_sequence(ts)}
    assert ("TS011", "task_sequences[0].steps[1].children[1]") in found
    assert ("TS014", "task_sequences[0].steps[0].children[1]") in found


def test_lint_without_a_plan_skips_unknown_packages() -> None:
    ts = load_task_sequence(DATA / "cb_crlf.xml")
    assert "TS013" not in {f.rule for f in lint_task_sequence(ts)}
    assert "TS013" in {f.rule for f in lint_task_sequence(ts, demo_plan())}


def test_task_sequences_in_a_plan_are_validated_with_the_plan() -> None:
    plan = demo_plan()
    # the demo's refresh sequence carries the advertising reminder (TS009, info) and, like
    # the seed's own design, an Error Catching group that ends the run as a success (TS026)
    found_ts = [(f.rule, f.severity.value) for f in validate(plan) if f.rule.startswith("TS")]
    assert set(found_ts) <= {("TS009", "info"), ("TS026", "warning")}
    plan.task_sequences[0].steps[0].enabled = False
    found = [f for f in validate(plan) if f.rule == "TS011"]
    assert [f.subject for f in found] == ["task_sequences[0].steps[0]"]


def test_findings_carry_why_fix_and_source() -> None:
    for finding in lint_task_sequence(load_task_sequence(DATA / "secrets.xml")):
        assert finding.why and finding.fix and finding.source
