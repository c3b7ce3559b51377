"""The layering is a test, not a hope (see ARCHITECTURE.md).

core (everything but gui/, render/, cli/) imports neither Qt nor the outer layers; render/
never imports gui/ or cli/; cli/ reaches the GUI only through its ``gui`` subcommand.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

pytestmark = pytest.mark.core

PACKAGE = Path(__file__).resolve().parents[2] / "cmplanner"


def imports_of(path: Path) -> set[str]:
    """Every module a file imports, at any depth (lazy imports inside functions count)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def layer_of(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    if parts == ("__main__.py",):
        return "cli"  # ``python -m cmplanner`` is the command line
    return parts[0] if parts[0] in {"gui", "render", "cli"} else "core"


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_there_is_code_in_every_layer() -> None:
    assert {layer_of(p) for p in modules()} >= {"core", "render", "cli"}


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_follow_the_layers(path: Path) -> None:
    layer = layer_of(path)
    found = imports_of(path)

    def uses(prefix: str) -> bool:
        return any(name == prefix or name.startswith(prefix + ".") for name in found)

    if layer == "core":
        assert not uses("PySide6"), "core must stay Qt-free"
        for outer in ("cmplanner.gui", "cmplanner.render", "cmplanner.cli"):
            assert not uses(outer), f"core imports {outer}"
    elif layer == "render":
        assert not uses("cmplanner.gui") and not uses("cmplanner.cli")
    elif layer == "cli":
        assert not uses("PySide6"), "the CLI reaches Qt only through render/ or gui/"
        if path.name != "gui.py":
            assert not uses("cmplanner.gui"), "only the gui subcommand opens the app"
