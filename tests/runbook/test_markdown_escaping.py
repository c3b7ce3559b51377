"""Markdown runbooks hold the real characters: escaped for Markdown only, never for HTML,
and web addresses intact, while a hostile name still prints as text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cmplanner.demo import demo_plan
from cmplanner.runbook import render_runbook
from cmplanner.runbook.change import render_change_text
from cmplanner.runbook.environment import md_escape

pytestmark = pytest.mark.core

DATA = Path(__file__).resolve().parents[1] / "data" / "plandiff"
HTML_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z]+);", re.IGNORECASE)
SCRIPT = "<script>alert(1)</script>"
STARS = "*x*_y_"


def _hostile_markdown() -> str:
    plan = demo_plan()
    plan.distribution_points[1].name = SCRIPT
    plan.distribution_points[2].name = STARS
    return render_runbook(plan, "markdown", ["dp-design"])


def test_the_demo_runbook_holds_no_html_entity() -> None:
    md = render_runbook(demo_plan(), "markdown")
    # "&nbsp;" indents task sequence steps inside a table cell, where spaces would vanish
    assert [e for e in HTML_ENTITY.findall(md) if e != "&nbsp;"] == []
    assert "Site Settings > Certificates > PXE" in md
    assert "the source DP's protected boundaries" in md
    assert 'step 5 "Apply Operating System Image"' in md


def test_the_change_runbook_holds_no_html_entity() -> None:
    from cmplanner.model.planfile import load_plan

    md = render_change_text(
        load_plan(DATA / "base.cmplan"), load_plan(DATA / "boundary-remote.cmplan"), "markdown"
    )
    assert HTML_ENTITY.findall(md) == []
    assert "In Site Settings > Boundaries, open" in md


def test_web_addresses_stay_intact() -> None:
    md = render_runbook(demo_plan(), "markdown")
    assert "windows\\_server" not in md
    assert "<http://tutorial.programming4.us/windows_server/system-center" in md
    assert md_escape("see http://example.test/a_b/_c_.htm).") == (
        "see <http://example.test/a_b/_c_.htm>)."
    )


def test_markdown_escapes_only_what_is_markup() -> None:
    assert md_escape('DP\'s A > B "x" & y 2026-03-02 1.5') == ('DP\'s A > B "x" & y 2026-03-02 1.5')
    assert md_escape("windows_server") == "windows_server"  # intraword: never emphasis
    assert md_escape("_SMSTSInWinPE") == "\\_SMSTSInWinPE"
    assert md_escape("&amp; &#39;") == "\\&amp; \\&#39;"  # not decoded as entities
    assert md_escape("- a") == "\\- a" and md_escape("1. a") == "1\\. a"
    assert md_escape("> a") == "\\> a" and md_escape("# a") == "\\# a"


def test_hostile_names_are_escaped_for_markdown() -> None:
    md = _hostile_markdown()
    assert "\\<script>alert(1)\\</script>" in md
    assert "\\*x\\*\\_y\\_" in md
    assert re.search(r"(?<!\\)<script", md) is None


def test_hostile_names_render_as_literal_text() -> None:
    markdown_it = pytest.importorskip("markdown_it")
    html = markdown_it.MarkdownIt("commonmark").enable("table").render(_hostile_markdown())
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert f"<td>{STARS}</td>" in html  # no <em>: the stars and underscores are text
