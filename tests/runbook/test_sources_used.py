"""The runbook ends with the sources it used: each once, with title, address and what it says,
and only the sources of what the runbook prints."""

from __future__ import annotations

import re

import pytest

from cmplanner.demo import demo_plan
from cmplanner.rules.engine import validate
from cmplanner.runbook import render_runbook
from cmplanner.runbook.context import build_context
from cmplanner.sources import load_sources

pytestmark = pytest.mark.core


def test_html_lists_the_sources_after_the_last_section() -> None:
    html = render_runbook(demo_plan(), "html")
    start = html.index(">Sources used</h2>")
    assert start > html.rindex('<div class="section')  # the sources block is the last one
    tail = html[start:]
    page = load_sources().by_id["branch-dp-about"]  # DP009 fires in the demo
    assert page.title in tail and page.url in tail and page.says in tail
    assert "<b>unverified:</b> no source found: test one deployment" in tail
    assert "<b>seed:</b> Distribution Point Groups in ConfigMgr 2007" in tail


def test_each_source_is_listed_once_in_the_order_first_cited() -> None:
    context = build_context(demo_plan(), ["dp-design", "pxe", "checklists"])
    lines = context.values["sources_used"]
    ids = [line.id for line in lines]
    assert len(ids) == len(set(ids))
    # dp-design prints its console steps, then its findings
    steps = list(dict.fromkeys(c for s in context.values["dp_steps"].values() for c in s.citations))
    assert ids[: len(steps)] == steps
    catalog_first = {c for f in validate(demo_plan()) for c in _citations(f.rule)} - set(steps)
    assert set(ids[len(steps) : len(steps) + len(catalog_first)]) == catalog_first


def _citations(rule: str) -> tuple[str, ...]:
    from cmplanner.rules.catalog import load_catalog

    return load_catalog()[rule].citations


def test_only_the_sources_of_printed_sections_are_listed() -> None:
    lines = build_context(demo_plan(), ["pxe"]).values["sources_used"]
    ids = {line.id for line in lines}
    assert "osd-native-mode" in ids  # the PXE certificate checklist cites it
    assert "seed-dp-compatibility" not in ids and "seed-dp-groups" not in ids


def test_markdown_lists_them_too_with_kinds_printed() -> None:
    text = render_runbook(demo_plan(), "markdown")
    tail = text[text.index("## Sources used") :]
    assert "- **unverified:** no source found: update the boot images" in tail
    assert re.search(r"<http://systemscenter\.ru/smsv4\.en/html/32ed73e5-[^>]+>", tail)
