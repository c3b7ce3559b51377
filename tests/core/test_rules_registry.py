"""The rule registry: ids, metadata and implementations agree, and no rule gets lost."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from cmplanner.errors import InputError
from cmplanner.rules.catalog import RULE_ID_PATTERN, load_catalog, load_rule_file
from cmplanner.rules.registry import all_checks

pytestmark = pytest.mark.core

# Pinned: a rule that disappears (or appears without a decision) fails here.
PINNED = {"DP": 13, "LOC": 4, "GRP": 4, "VER": 4, "PXE": 5, "PLAN": 2, "TS": 26}
DATA = Path(__file__).resolve().parents[1] / "data"
# Plan rule cases live in data/rules (test_rule_cases.py), task-sequence rule cases in
# data/ts/rules (tests/tasksequence/test_rules.py); each file holds a pass and a fail case.
CASE_FOLDERS = [DATA / "rules", DATA / "ts" / "rules"]


def family(rule_id: str) -> str:
    return re.sub(r"\d+$", "", rule_id)


def test_rule_counts_are_pinned() -> None:
    counts = Counter(family(rule_id) for rule_id in load_catalog())
    assert dict(counts) == PINNED


def test_every_rule_has_an_implementation_and_every_check_a_rule() -> None:
    catalog = load_catalog()
    implemented = {spec.rule for spec in all_checks()}
    assert implemented == set(catalog)


def test_ids_and_texts() -> None:
    for rule_id, meta in load_catalog().items():
        assert re.match(RULE_ID_PATTERN, rule_id)
        assert meta.why.strip() and meta.fix.strip() and meta.source.strip()


def test_every_pinned_rule_has_a_pass_and_a_fail_case() -> None:
    missing = [
        r
        for r in load_catalog()
        if not any((folder / f"{r}.json").exists() for folder in CASE_FOLDERS)
    ]
    assert not missing


def test_gated_rules_name_their_versions() -> None:
    assert [str(v) for v in load_catalog()["PXE003"].versions] == ["SP2 RC", "SP2"]


def test_r2_gates_cite_the_pages_that_say_r2_and_r3_only() -> None:
    catalog = load_catalog()
    assert catalog["VER001"].citations == ("dp-multicast-tab",)
    assert catalog["VER002"].citations == ("virtual-app-packages",)
    # R3 on SP2 has no page: VER003 says so in its source and its text
    assert "unverified: R3 installs on SP2 only" in catalog["VER003"].source
    assert "unverified" in catalog["VER003"].why


def test_rule_without_source_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(
        '[[rule]]\nid = "DP999"\ntitle = "No source"\nseverity = "error"\n'
        'why = "because it is so"\nfix = "do something else"\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError) as info:
        load_rule_file(path)
    assert "bad.toml" in str(info.value) and "source" in str(info.value)


def test_rule_citing_an_unknown_source_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "late.toml"
    path.write_text(
        '[[rule]]\nid = "DP998"\ntitle = "Late rule"\nseverity = "error"\n'
        'why = "because it is so"\nfix = "do something else"\n'
        'source = "https://example.org/a-page-nobody-registered"\n',
        encoding="utf-8",
    )
    with pytest.raises(InputError) as info:
        load_rule_file(path)
    message = str(info.value)
    assert "late.toml" in message and "not in resources/sources.toml" in message
