"""tools/translations.py, which CI runs: it fails when lupdate would find a string the
catalogue lacks, and (``--complete``) when a translation is unfinished."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = pytest.mark.core

REPO = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations_tool", REPO / "tools" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def tool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """The tool pointed at a small GUI of two strings and a Dutch catalogue of one."""
    module = _tool()
    gui = tmp_path / "gui"
    gui.mkdir()
    (gui / "window.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        'A = QCoreApplication.translate("Window", "Open plan")\n'
        'B = QCoreApplication.translate("Window", "Save plan")\n',
        encoding="utf-8",
    )
    catalogues = tmp_path / "translations"
    catalogues.mkdir()
    (catalogues / "cmplanner_nl.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="nl_NL">\n'
        "<context><name>Window</name>\n"
        "<message><source>Open plan</source><translation>Plan openen</translation></message>\n"
        "</context></TS>\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(module, "GUI", gui)
    monkeypatch.setattr(module, "CATALOGUES", catalogues)
    monkeypatch.setattr(module, "REPO", tmp_path)
    return module


def test_a_string_missing_from_the_catalogue_fails_the_check(tool: ModuleType) -> None:
    assert tool.check() == ["translations/cmplanner_nl.ts: missing Window: 'Save plan'"]
    assert tool.main(["check"]) == 1


def test_update_adds_it_unfinished_and_only_complete_minds(tool: ModuleType) -> None:
    tool.update()
    assert tool.check() == []
    assert tool.check(complete=True) == [
        "translations/cmplanner_nl.ts: untranslated Window: 'Save plan'"
    ]
    assert (tool.CATALOGUES / "cmplanner_nl.qm").is_file()
    ts = tool.CATALOGUES / "cmplanner_nl.ts"
    ts.write_text(
        ts.read_text(encoding="utf-8").replace(
            '<translation type="unfinished"></translation>',
            "<translation>Plan opslaan</translation>",
        ),
        encoding="utf-8",
    )
    assert tool.check(complete=True) == []


def test_every_string_of_the_gui_is_in_dutch() -> None:
    """Fails when a GUI string is missing from the Dutch catalogue or left untranslated."""
    assert _tool().check(complete=True) == []


def test_a_renamed_translate_call_is_caught(tool: ModuleType) -> None:
    """``tr = QCoreApplication.translate; tr("Ctx", "text")`` reads to lupdate as a source
    "Ctx" with a comment: the text never reaches the catalogue and shows in English."""
    (tool.GUI / "dialog.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "tr = QCoreApplication.translate\n"
        'T = tr("Window", "Save plan")\n',
        encoding="utf-8",
    )
    assert any("has no context for lupdate" in p for p in tool.check())
