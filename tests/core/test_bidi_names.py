"""A name holding U+202E (RIGHT-TO-LEFT OVERRIDE) or another bidi control never reverses the
text after it: HTML isolates it in <bdi> (and closes what it opened), Markdown and plain text
show the control as an escape."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cmplanner import bidi
from cmplanner.demo import demo_plan
from cmplanner.model.planfile import load_plan, plan_to_json
from cmplanner.runbook import RunbookFormat, render_runbook

pytestmark = pytest.mark.core

RLO = "\u202e"
_BDI = re.compile(r"<bdi>.*?</bdi>", re.DOTALL)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo plan with an override at the end of every name, server, note and evidence."""
    doc = json.loads(plan_to_json(demo_plan()))
    fields = {"name", "server", "description", "notes", "text", "by", "evidence", "file_name"}

    def spoil(value: object) -> object:
        if isinstance(value, dict):
            return {
                k: (v + RLO + "X" if k in fields and isinstance(v, str) and v else spoil(v))
                for k, v in value.items()
            }
        if isinstance(value, list):
            return [spoil(v) for v in value]
        return value

    path = tmp_path_factory.mktemp("bidi") / "hostile.cmplan"
    path.write_text(json.dumps(spoil(doc)), encoding="utf-8")
    return path


def test_every_override_in_the_html_runbook_is_inside_bdi(hostile: Path) -> None:
    html = render_runbook(load_plan(hostile), RunbookFormat.HTML)
    assert html.count(RLO) > 100
    body = html[html.index("<body") :]
    outside = _BDI.sub("", body)
    assert RLO not in outside, outside[outside.index(RLO) - 80 : outside.index(RLO) + 20]


def test_sentences_go_on_after_the_isolated_name(hostile: Path) -> None:
    html = render_runbook(load_plan(hostile), RunbookFormat.HTML)
    # a finding message: the name, isolated and closed, then the sentence in its own order
    assert f"<bdi>RTM-BDP01{RLO}X\u202c</bdi>: " in html


def test_title_and_attributes_show_the_control_escaped(hostile: Path) -> None:
    html = render_runbook(load_plan(hostile), RunbookFormat.HTML)
    head = html[: html.index("<body")]
    assert RLO not in head and "rollout\\u202eX</title>" in head
    assert not re.search(r'="[^"]*<bdi>', html)  # never a tag inside an attribute


def test_markdown_shows_every_control_escaped(hostile: Path) -> None:
    markdown = render_runbook(load_plan(hostile), RunbookFormat.MARKDOWN)
    assert RLO not in markdown
    assert "RTM-BDP01\\\\u202eX" in markdown  # Markdown shows \u202e (its backslash escaped)


def test_validate_text_shows_controls_escaped(hostile: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from cmplanner.cli.main import main

    main(["validate", str(hostile)])
    text = capsys.readouterr().out
    assert RLO not in text and "\\u202e" in text
    main(["validate", str(hostile), "--format", "json"])
    assert RLO in capsys.readouterr().out  # JSON keeps the exact names


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("plain", "plain"),
        ("A\u202eB", "A\u202eB\u202c"),
        ("A\u202eB\u202c", "A\u202eB\u202c"),
        ("A\u2067B", "A\u2067B\u2069"),
        ("\u2068A\u202eB\u2069", "\u2068A\u202eB\u2069"),  # the PDI ends the override too
        ("\u202a\u2066x", "\u202a\u2066x\u2069\u202c"),
    ],
)
def test_closed(value: str, expected: str) -> None:
    assert bidi.closed(value) == expected


def test_isolated_html_keeps_entities_and_punctuation_outside() -> None:
    assert str(bidi.isolated_html("Put <b>DP\u202e'x'</b>: on it.")) == (
        "Put <bdi>&lt;b&gt;DP\u202e&#39;x&#39;&lt;/b&gt;\u202c</bdi>: on it."
    )
