"""The findings table tells the view only about changed rows and stays a consistent model."""

from __future__ import annotations

import random

import pytest

from cmplanner.gui.findings_panel import FindingsModel
from cmplanner.rules.finding import Finding, Severity, sort_key

pytestmark = pytest.mark.gui


def _finding(i: int) -> Finding:
    severity = [Severity.ERROR, Severity.WARNING, Severity.INFO][i % 3]
    return Finding(
        rule=f"R{i % 7:03d}",
        severity=severity,
        title="t",
        message=f"m{i}",
        subject=f"distribution_points[{i}]",
        why="w",
        fix="f",
        source="s",
    )


def test_incremental_updates_match_a_fresh_model(qtmodeltester) -> None:
    rng = random.Random(7)
    model = FindingsModel()
    qtmodeltester.check(model)
    pool = [_finding(i) for i in range(80)]
    for _ in range(25):
        chosen = sorted(rng.sample(pool, rng.randrange(0, 40)), key=sort_key)
        model.set_findings(chosen)
        assert model.findings == chosen
        assert model.rowCount() == len(chosen)
        for row in (0, len(chosen) // 2, len(chosen) - 1):
            if 0 <= row < len(chosen):
                assert model.data(model.index(row, 3)) == chosen[row].message


def test_the_subject_column_names_the_object_and_the_field(window) -> None:
    from PySide6.QtCore import Qt

    panel = window.findings
    row = panel.row_of("DP009", "distribution_points[2].pulls_from")
    assert row >= 0
    index = panel.model.index(row, panel.model.COLUMNS.index("subject"))
    assert panel.model.data(index, Qt.ItemDataRole.DisplayRole) == (
        "RTM-BDP01 · Pulls content from"
    )
    texts = [
        panel.model.data(panel.model.index(r, c), Qt.ItemDataRole.DisplayRole)
        for r in range(panel.model.rowCount())
        for c in range(panel.model.columnCount())
    ]
    assert not any("[" in str(t) and "]" in str(t) for t in texts)
    # the finding itself keeps its exact subject (JSON, SARIF, jumping to the field)
    assert panel.model.findings[row].subject == "distribution_points[2].pulls_from"


def test_the_findings_are_usable_by_keyboard(window, qtbot) -> None:
    from PySide6.QtCore import Qt

    from cmplanner.gui import plan_paths

    window.act_findings.trigger()  # F6
    table = window.findings.table
    qtbot.waitUntil(table.hasFocus)
    assert table.currentIndex().row() == 0
    qtbot.keyClick(table, Qt.Key.Key_Down)
    row = table.currentIndex().row()
    assert row == 1
    subject = window.findings.model.findings[row].subject
    with qtbot.waitSignal(window.findings.subject_activated) as seen:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert seen.args == [subject]
    item = plan_paths.item_of(subject)
    if item:
        assert window.tree.current_path() == item
