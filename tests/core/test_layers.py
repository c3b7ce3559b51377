"""The layering is a test, not a hope (see ARCHITECTURE.md and [tool.importlinter] in
pyproject.toml).

import-linter reads every module's imports (lazy ones inside functions too) and checks the
contracts: the command line and the app over render/, render/ over the core, the core's own
packages in order and free of Qt, rule checks loaded by the registry only.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

pytestmark = pytest.mark.core

REPO = Path(__file__).resolve().parents[2]


def lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """``lint-imports`` on the package under ``root`` with this checkout's contracts."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command;"
         " sys.exit(lint_imports_command())",
         "--config", str(REPO / "pyproject.toml"), "--no-cache"],
        capture_output=True, text=True, cwd=root, env=env, timeout=120, check=False,
    )  # fmt: skip


def test_the_import_contracts_hold() -> None:
    result = lint_imports(REPO)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("errors.py", "import PySide6.QtCore", "never imports Qt"),
        ("model/__init__.py", "import cmplanner.rules.engine", "packages in order"),
        ("runbook/__init__.py", "import cmplanner.rules.checks.groups", "loaded by the registry"),
        ("cli/dp.py", "import cmplanner.gui.launch", "only from its gui subcommand"),
    ],
)
def test_a_wrong_import_breaks_a_contract(
    tmp_path: Path, module: str, line: str, contract: str
) -> None:
    shutil.copytree(
        REPO / "cmplanner", tmp_path / "cmplanner", ignore=shutil.ignore_patterns("__pycache__")
    )
    with (tmp_path / "cmplanner" / module).open("a", encoding="utf-8") as file:
        file.write(f"\n{line}\n")
    result = lint_imports(tmp_path)
    assert result.returncode == 1, result.stdout[-3000:]
    names = [c["name"] for c in tomllib.loads((REPO / "pyproject.toml").read_text())["tool"][
        "importlinter"]["contracts"]]  # fmt: skip
    (name,) = [name for name in names if contract in name]
    report = " ".join(result.stdout.split())  # the report wraps long names
    assert f"{name} BROKEN" in report, result.stdout[-3000:]
    assert report.count("BROKEN") == 1


def test_every_package_and_module_of_cmplanner_has_a_layer() -> None:
    """A new package outside the layers contract would be held by no arrow at all."""
    contracts = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "importlinter"
    ]["contracts"]
    (layers,) = [c for c in contracts if c["id"] == "layers"]
    listed = {name.strip() for layer in layers["layers"] for name in layer.split("|")}
    package = REPO / "cmplanner"
    present = {
        f"cmplanner.{path.stem if path.is_file() else path.name}"
        for path in package.iterdir()
        if (path.suffix == ".py" and path.stem not in ("__init__", "__main__"))
        or (path.is_dir() and (path / "__init__.py").is_file())
    }
    assert present == listed
