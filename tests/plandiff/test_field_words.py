"""People read field names as words: the diff text, the change runbook and its rollback
never show a plan field's code name; JSON keeps it exactly."""

from __future__ import annotations

import json
from pathlib import Path

from cmplanner.model.planfile import load_plan
from cmplanner.plandiff import diff_plans
from cmplanner.plandiff.model import field_words
from cmplanner.plandiff.output import format_json, format_text
from cmplanner.runbook.change import render_change_text

DATA = Path(__file__).resolve().parents[1] / "data" / "plandiff"


def _dp_settings_changed() -> tuple[object, object]:
    old = load_plan(DATA / "base.cmplan")
    dps = list(old.distribution_points)
    dps[2] = dps[2].model_copy(
        update={"bits_enabled": True, "pulls_from": "UTR-SCCM01", "ip_address": "10.31.0.31"}
    )
    return old, old.model_copy(update={"distribution_points": dps})


def test_field_words() -> None:
    assert field_words("bits_enabled") == "BITS-enabled"
    assert field_words("protected_boundaries added") == "protected boundaries added"
    assert field_words("certificate.valid_until") == "certificate valid until"


def test_diff_text_and_change_runbook_use_words_json_keeps_names() -> None:
    old, new = _dp_settings_changed()
    diff = diff_plans(old, new)
    shown = format_text(diff) + render_change_text(old, new, "markdown")
    for code in ("bits_enabled", "pulls_from", "ip_address"):
        assert code not in shown
    assert "BITS-enabled: no -> yes" in format_text(diff)
    assert "pulls content from back to (none)" in render_change_text(old, new, "markdown")
    fields = {f["field"] for c in json.loads(format_json(diff))["changes"] for f in c["fields"]}
    assert {"bits_enabled", "pulls_from", "ip_address"} <= fields
