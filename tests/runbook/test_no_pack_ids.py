"""Admins read names, not ids: no checklist pack id reaches the printed runbook."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cmplanner.checklists import load_packs
from cmplanner.demo import demo_plan
from cmplanner.model.planfile import load_plan
from cmplanner.runbook.change import render_change_text
from cmplanner.runbook.render import render_runbook

DATA = Path(__file__).resolve().parents[1] / "data" / "plandiff"


def _visible(html: str) -> str:
    """The text a reader sees: tags (and their id attributes) removed."""
    return re.sub(r"<[^>]+>", " ", html)


def _pack_ids_in(text: str) -> list[str]:
    return [pid for pid in load_packs() if re.search(rf"(?<![\w-]){re.escape(pid)}(?![\w-])", text)]


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_the_runbook_names_checklists_by_title(fmt: str) -> None:
    text = render_runbook(demo_plan(), fmt)
    shown = _visible(text) if fmt == "html" else text
    assert _pack_ids_in(shown) == []
    assert "Checklist: Create a distribution point group" in " ".join(shown.split())


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_the_change_runbook_names_checklists_by_title(fmt: str) -> None:
    old = load_plan(DATA / "base.cmplan")
    new = load_plan(DATA / "late-joiner.cmplan")
    text = render_change_text(old, new, fmt)
    shown = _visible(text) if fmt == "html" else text
    assert _pack_ids_in(shown) == []
