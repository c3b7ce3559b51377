"""The plan diff, the change runbook and a finding's subject call a field and an object by
the same words; the text output is built from the diff's sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmplanner.language import language
from cmplanner.model.planfile import load_plan
from cmplanner.plandiff import diff_plans
from cmplanner.plandiff.output import format_text
from cmplanner.plandiff.sentences import Part, diff_sections
from cmplanner.rules.subjects import SEPARATOR, describe_subject

pytestmark = pytest.mark.core
DATA = Path(__file__).resolve().parents[1] / "data" / "plandiff"
FIELDS = {
    "is_client": False,
    "often_off": True,
    "pulls_from": "UTR-SCCM01",
    "bits_enabled": True,
    "mobile_device_support": True,
}


def test_a_changed_field_reads_as_the_finding_subject_names_it() -> None:
    old = load_plan(DATA / "base.cmplan")
    dps = list(old.distribution_points)
    dps[2] = dps[2].model_copy(update=FIELDS)
    new = old.model_copy(update={"distribution_points": dps})
    (dp_change,) = diff_plans(old, new).of("distribution_points")
    labels = {f.field: f.label for f in dp_change.fields}
    for field in FIELDS:
        subject = describe_subject(new, f"distribution_points[2].{field}")
        said = subject.split(SEPARATOR)[-1]
        assert labels[field].casefold() == said.casefold(), field


def test_an_object_kind_reads_the_same_in_a_subject_and_in_the_diff() -> None:
    old = load_plan(DATA / "base.cmplan")
    new = old.model_copy(update={"distribution_points": old.distribution_points[:-1]})
    gone = old.distribution_points[-1].name
    assert f"distribution point {gone}: removed" in format_text(diff_plans(old, new))
    # the same word, capitalised as a subject starts ("Site AMS", "Note")
    assert describe_subject(new, f"distribution_points[{len(old.distribution_points) - 1}]") == (
        "Distribution point"
    )


def test_the_text_output_prints_the_sections_lines_in_order() -> None:
    old = load_plan(DATA / "base.cmplan")
    new = load_plan(DATA / "moved-step.cmplan")
    diff = diff_plans(old, new)
    sections = diff_sections(diff, new)
    assert [s.part for s in sections][:1] == [Part.CHANGES]
    printed = [line.strip() for line in format_text(diff).splitlines()]
    said = [line.sentence for s in sections for line in s.lines]
    assert [p for p in printed if p in said] == said
    assert printed[-1].startswith(f"{len(diff.changes)} change(s)")


def test_the_sentences_follow_the_language_in_force() -> None:
    old = load_plan(DATA / "base.cmplan")
    new = load_plan(DATA / "boundary-remote.cmplan")
    diff = diff_plans(old, new)
    with language("nl"):
        dutch = format_text(diff)
    assert "boundary Utrecht servers: gewijzigd" in dutch
    assert (
        "remote -> lokaal voor clients in" in dutch or "lokaal -> remote voor clients in" in dutch
    )
    assert format_text(diff) != dutch and ": changed" in format_text(diff)


def test_the_diffs_own_value_words_are_translated_the_plans_values_are_not() -> None:
    old = load_plan(DATA / "base.cmplan")
    dps = list(old.distribution_points)
    dps[2] = dps[2].model_copy(update={"bits_enabled": True, "ad_site": "no"})
    new = old.model_copy(update={"distribution_points": dps})
    with language("nl"):
        dutch = format_text(diff_plans(old, new))
    assert "BITS-enabled: nee -> ja" in dutch
    assert "AD site: (geen) -> no" in dutch  # typed by the admin: kept as typed
