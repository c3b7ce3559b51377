"""A Dutch change runbook: the console steps go through the same catalogue as the rest."""

from __future__ import annotations

from pathlib import Path

from cmplanner.language import language
from cmplanner.model.planfile import load_plan
from cmplanner.runbook.change import render_change_text

DATA = Path(__file__).resolve().parents[1] / "data" / "plandiff"


def test_the_console_steps_of_a_dutch_change_runbook_are_dutch() -> None:
    old = load_plan(DATA / "base.cmplan")
    new = load_plan(DATA / "boundary-remote.cmplan")
    english = render_change_text(old, new, "markdown")
    with language("nl"):
        dutch = render_change_text(old, new, "markdown")
    assert "In Site Settings > Boundaries, open" in english
    assert "In Site Settings > Boundaries, open" not in dutch
    assert "Open in Site Settings > Boundaries" in dutch
    assert "toont de nieuwe waarden" in dutch


def test_rollback_and_consequences_of_a_dutch_change_runbook_are_dutch() -> None:
    old = load_plan(DATA / "base.cmplan")
    new = load_plan(DATA / "boundary-remote.cmplan")
    with language("nl"):
        dutch = render_change_text(old, new, "markdown")
    assert "Set the boundary" not in dutch and "Zet boundary" in dutch
    assert " goes from " not in dutch and " gaat van " in dutch
    assert "gaat van lokaal naar remote" in dutch  # the DP's states too
    assert "gaat van local" not in dutch
