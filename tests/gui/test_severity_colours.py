"""Each severity has one colour in the whole app (richtext.SEVERITY_COLOURS)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cmplanner.gui.richtext import SEVERITY_COLOURS
from cmplanner.rules.finding import Severity

pytestmark = pytest.mark.gui

GUI = Path(__file__).resolve().parents[2] / "cmplanner" / "gui"


def test_every_severity_has_its_colour() -> None:
    assert set(SEVERITY_COLOURS) == {s.value for s in Severity}


def test_no_module_types_a_severity_colour_again() -> None:
    typed = re.compile("|".join(re.escape(c) for c in SEVERITY_COLOURS.values()), re.IGNORECASE)
    again = [
        f"{path.relative_to(GUI)}:{number}"
        for path in sorted(GUI.rglob("*.py"))
        if path.name != "richtext.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if typed.search(line)
    ]
    assert again == []


def test_the_findings_dock_paints_an_error_in_the_error_colour(window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    model = window.findings.model
    errors = [
        row for row in range(model.rowCount())
        if model.findings[row].severity is Severity.ERROR
    ]  # fmt: skip
    assert errors
    from PySide6.QtGui import QBrush

    value = model.data(model.index(errors[0], 0), Qt.ItemDataRole.ForegroundRole)
    assert QBrush(value).color().name() == SEVERITY_COLOURS["error"]  # a colour or a brush
