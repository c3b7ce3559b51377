"""The engine: findings carry why/fix/source, version gates apply, and re-checking one edited
DP gives exactly what a full validation gives."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cmplanner.demo import demo_plan
from cmplanner.model import AddOn, ServicePack, SiteVersion
from cmplanner.rules.engine import Validator, validate

pytestmark = pytest.mark.core


def test_every_finding_says_why_fix_and_source() -> None:
    for finding in validate(demo_plan()):
        assert finding.why and finding.fix and finding.source and finding.subject


def test_findings_name_exact_subjects() -> None:
    subjects = {f.subject for f in validate(demo_plan()) if f.rule == "DP001"}
    assert subjects == {"distribution_points[3].settings"}


def test_rules_outside_their_versions_do_not_run() -> None:
    plan = demo_plan()
    assert any(f.rule == "PXE003" for f in validate(plan))
    plan.site.service_pack = ServicePack.SP1
    assert not any(f.rule == "PXE003" for f in validate(plan))


def test_multicast_gate_lifts_with_r2() -> None:
    plan = demo_plan()
    plan.site.add_on = AddOn.R2
    assert not any(f.rule == "VER001" for f in validate(plan))


@pytest.mark.parametrize(
    ("text", "pack", "add_on"),
    [
        ("SP2", "SP2", "none"),
        ("sp1 r2", "SP1", "R2"),
        ("SP2-R3", "SP2", "R3"),
        ("SP2 RC", "SP2 RC", "none"),
        ("rtm", "RTM", "none"),
    ],
)
def test_site_version_parse(text: str, pack: str, add_on: str) -> None:
    version = SiteVersion.parse(text)
    assert (version.service_pack.value, version.add_on.value) == (pack, add_on)


def test_site_version_parse_refuses_nonsense() -> None:
    with pytest.raises(ValueError, match="unknown site version"):
        SiteVersion.parse("SP9")


FIELDS = [
    "bits_enabled",
    "protected",
    "branch",
    "multicast",
    "streaming",
    "internet_based",
    "mobile_device_support",
    "is_client",
    "domain_joined",
    "often_off",
    "pxe",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.integers(0, 3),
            st.sampled_from(FIELDS),
            st.booleans(),
            st.sampled_from([None, "10.10.4.4", "10.20.0.9", "10.99.0.1"]),
            st.sampled_from([None, "AMS-DP02", "AMS-SCCM01", "Ghost"]),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_recheck_equals_full_validation(
    edits: list[tuple[int, str, bool, str | None, str | None]],
) -> None:
    plan = demo_plan()
    validator = Validator(plan)
    for index, field, value, address, source in edits:
        dp = plan.distribution_points[index]
        setattr(dp, field, value)
        dp.ip_address = address
        dp.pulls_from = source
        assert validator.recheck(f"distribution_points[{index}].{field}") == validate(plan)


def test_rename_rechecks_references() -> None:
    plan = demo_plan()
    validator = Validator(plan)
    plan.distribution_points[1].name = "AMS-DP99"
    assert validator.recheck("distribution_points[1].name") == validate(plan)
    assert any(f.rule == "GRP003" and "AMS-DP02" in f.message for f in validator.findings)
