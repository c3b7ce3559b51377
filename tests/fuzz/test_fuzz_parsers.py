"""Hostile inputs for every parser, through the public function and through the command:
exit 0, 1 or 2, one line on stderr for 2, never a traceback, the input untouched, and a plan
that opens can be saved. Bounded for CI (a few seconds a parser); ``tools/fuzz_campaign.py``
runs the same checks for as long as one likes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

import fuzzing

pytestmark = pytest.mark.cli

FUZZ = settings(
    deadline=None,  # a runbook of a mutated plan takes its time; hangs are caught by the alarm
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
mutations = st.lists(
    st.tuples(
        st.sampled_from(fuzzing.KINDS),
        st.integers(0, (1 << 16) - 1),
        st.integers(0, (1 << 16) - 1),
    ),
    max_size=4,
)
edits = st.lists(st.tuples(st.integers(0, 1 << 16), st.integers(0, 1 << 16)), max_size=3)


def _assert_clean(outcome: fuzzing.Outcome) -> None:
    """No problem at all (an exit other than 0, 1 or 2 is one)."""
    assert outcome.problems == [], "\n".join(outcome.problems)


@settings(FUZZ, max_examples=40)
@given(seed=st.integers(0, 99), edits=edits, mutations=mutations)
def test_plans(seed: int, edits: list[tuple[int, int]], mutations: list[fuzzing.Mutation]) -> None:
    with fuzzing.scratch() as folder:
        _assert_clean(fuzzing.check_plan(fuzzing.plan_bytes(seed, edits, mutations), folder))


@settings(FUZZ, max_examples=80)
@given(seed=st.sampled_from(fuzzing.task_sequence_seeds()), mutations=mutations)
def test_task_sequences(seed: bytes, mutations: list[fuzzing.Mutation]) -> None:
    with fuzzing.scratch() as folder:
        _assert_clean(fuzzing.check_task_sequence(fuzzing.mutate(seed, mutations), folder))


@settings(FUZZ, max_examples=100)
@given(seed=st.sampled_from(fuzzing.log_seeds()), mutations=mutations)
def test_logs(seed: bytes, mutations: list[fuzzing.Mutation]) -> None:
    with fuzzing.scratch() as folder:
        _assert_clean(fuzzing.check_log(fuzzing.mutate(seed, mutations), folder))


@settings(FUZZ, max_examples=200)
@given(seed=st.sampled_from(fuzzing.certificate_seeds()), mutations=mutations)
def test_certificates(seed: fuzzing.CertSeed, mutations: list[fuzzing.Mutation]) -> None:
    with fuzzing.scratch() as folder:
        data = fuzzing.mutate(seed.data, mutations)
        _assert_clean(fuzzing.check_certificate(data, seed.suffix, seed.password, folder))


@settings(FUZZ, max_examples=15)
@given(
    text=st.text(st.characters(codec="utf-8"), max_size=40) | st.sampled_from(fuzzing.HOSTILE_TEXT)
)
def test_any_name_in_a_plan_saves_and_prints(text: str) -> None:
    """Whatever text a name holds (controls, bidi, markup) the plan saves and its runbook
    renders; a surrogate is refused at load."""
    import json

    doc = json.loads(fuzzing.plan_seeds()[0])
    doc["distribution_points"][0]["name"] = text or "x"
    data = json.dumps(doc).encode()
    with fuzzing.scratch() as folder:
        _assert_clean(fuzzing.check_plan(data, folder))


def test_the_harness_reports_an_internal_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """The checks can fail: a bug behind the command (exit 70) and in the public function
    are both reported."""
    import cmplanner.rules.engine as engine

    def broken(plan: object) -> list[object]:
        raise RuntimeError("boom")

    monkeypatch.setattr(engine, "validate", broken)
    with fuzzing.scratch() as folder:
        outcome = fuzzing.check_plan(fuzzing.plan_seeds()[0], folder)
    assert 70 in outcome.exit_codes
    assert any("exit 70" in p for p in outcome.problems)
    assert any(p.startswith("validate: RuntimeError: boom") for p in outcome.problems)


def test_the_campaign_runs_by_hand(tmp_path: Path) -> None:
    import os
    import subprocess

    campaign = Path(__file__).resolve().parents[2] / "tools" / "fuzz_campaign.py"
    result = subprocess.run(
        [sys.executable, str(campaign), "--parser", "certificate", "--cases", "5"],
        capture_output=True,
        text=True,
        env={**os.environ, "TMPDIR": str(tmp_path)},
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("certificate: 5 inputs;")
