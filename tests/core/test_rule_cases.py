"""Rule cases as data: per rule a plan that must raise it and one that must not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cmplanner.model.planfile import plan_from_document
from cmplanner.rules.engine import validate

pytestmark = pytest.mark.core

CASES = sorted((Path(__file__).resolve().parents[1] / "data" / "rules").glob("*.json"))


def _rules_raised(doc: dict[str, object], name: str) -> set[str]:
    return {f.rule for f in validate(plan_from_document(doc, name))}


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_rule_fires_on_fail_case_only(case: Path) -> None:
    data = json.loads(case.read_text(encoding="utf-8"))
    rule = data["rule"]
    assert rule in _rules_raised(data["fail"], f"{case.name}#fail")
    assert rule not in _rules_raised(data["pass"], f"{case.name}#pass")
