"""Names are text in the app: a DP named like markup shows its characters, not bold or images."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cmplanner.demo import demo_plan
from cmplanner.gui.findings_panel import finding_html
from cmplanner.gui.richtext import esc
from cmplanner.rules.engine import validate

pytestmark = pytest.mark.gui

HOSTILE = "<b>BOLD</b><img src='x'>\"&"


def test_escape_covers_quotes_and_markup() -> None:
    assert esc(HOSTILE) == "&lt;b&gt;BOLD&lt;/b&gt;&lt;img src=&#x27;x&#x27;&gt;&quot;&amp;"


def test_finding_text_with_a_hostile_name_stays_text() -> None:
    plan = demo_plan()
    plan.distribution_points[3].name = HOSTILE
    finding = next(f for f in validate(plan) if f.rule == "DP001")
    rendered = finding_html(finding)
    assert "<b>BOLD</b>" not in rendered and "<img" not in rendered
    assert "&lt;b&gt;BOLD" in rendered


def test_editor_title_is_plain_text(qtbot: object) -> None:
    from cmplanner.gui.app import create_window

    window = create_window(None)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert window.editor.title.textFormat() == Qt.TextFormat.PlainText
