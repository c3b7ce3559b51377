"""Fixtures of the installer tests: the installer's Python files, loaded as modules.

``installer/`` is not a package (PyInstaller runs its files by path), so tests load them by
path too.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
INSTALLER = REPO / "installer"


def load(relative: str) -> ModuleType:
    """Import ``installer/<relative>`` under a private name."""
    path = INSTALLER / relative
    name = "installer_test_" + relative.replace("/", "_").removesuffix(".py")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def installer_module() -> Callable[[str], ModuleType]:
    return load


@pytest.fixture
def installer_dir() -> Path:
    return INSTALLER


@pytest.fixture
def repo_dir() -> Path:
    return REPO
