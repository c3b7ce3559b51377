"""Every field word the rules engine puts in a finding's subject has a label the app can say
in its own language: a finding's Subject column never shows a raw field name in English."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from cmplanner.gui.labels import CATEGORIES, FIELDS
from cmplanner.model.planfile import plan_from_document
from cmplanner.model.site import SiteVersion
from cmplanner.rules.engine import validate
from cmplanner.rules.tasksequence_lint import lint_task_sequence
from cmplanner.tasksequence.builders import build
from cmplanner.tasksequence.xmlio import parse_task_sequence

pytestmark = pytest.mark.gui

DATA = Path(__file__).resolve().parents[1] / "data"
# the plan's containers, which a subject names by the object, never by these words
CONTAINERS = {"steps", "children", "task_sequences", "sent", "members", *CATEGORIES}


def _subjects() -> set[str]:
    found: set[str] = set()
    for case in sorted((DATA / "rules").glob("*.json")):
        doc: dict[str, Any] = json.loads(case.read_text(encoding="utf-8"))["fail"]
        found |= {f.subject for f in validate(plan_from_document(doc, case.name))}
    for case in sorted((DATA / "ts" / "rules").glob("*.json")):
        fail: dict[str, Any] = json.loads(case.read_text(encoding="utf-8"))["fail"]
        if "xml" in fail:
            ts = parse_task_sequence(fail["xml"], case.name)
        else:
            ts = build(fail["build"], SiteVersion.parse("SP2"), **fail.get("options", {}))
        ts.builder_options.update(fail.get("builder_options", {}))
        version = SiteVersion.parse(fail.get("site_version", "SP2"))
        found |= {f.subject for f in lint_task_sequence(ts, site_version=version)}
    return found


def test_every_field_word_of_a_subject_has_a_label() -> None:
    words = (
        {re.sub(r"\[.*$", "", part) for subject in _subjects() for part in subject.split(".")}
        - CONTAINERS
        - {""}
    )
    assert words, "the fail cases name no field at all"
    assert sorted(words - set(FIELDS)) == []


def test_the_objects_a_subject_starts_with_are_said_in_the_language_in_force() -> None:
    from cmplanner.demo import demo_plan
    from cmplanner.language import language
    from cmplanner.model import Note
    from cmplanner.rules.subjects import describe_subject

    plan = demo_plan()
    plan.notes = [Note(text="check the WAN link")]
    subjects = ("pxe.certificate.expires", "site.add_on", "notes[0]", "distribution_points[99]")
    with language("en"):
        english = [describe_subject(plan, s) for s in subjects]
    with language("nl"):
        dutch = [describe_subject(plan, s) for s in subjects]
    assert english[0].startswith("PXE service point ") and english[2] == "Note"
    assert dutch[0].startswith("PXE-servicepunt ") and dutch[2] == "Notitie"
    assert dutch[3] == "Distributiepunt"  # an object the plan no longer holds
