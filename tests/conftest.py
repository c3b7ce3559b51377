"""Test settings shared by every test: headless Qt and a private user folder per test."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def unfrozen_collector() -> Iterator[None]:
    """The app freezes what its start made (it lives as long as the app); a test process
    starts it many times, so each test leaves the garbage collector as it found it."""
    yield
    gc.unfreeze()


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every user folder (autosave, settings, recent files) at a fresh temporary one."""
    home = tmp_path_factory.mktemp("cmplanner-home")
    monkeypatch.setenv("CMPLANNER_HOME", str(home))
    return home


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def cert_factory(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Writes self-signed test certificates (``tests/certs.py``):
    ``cert_factory("pxe.pfx", password="x")``."""
    from tests.certs import make_cert

    return lambda name, **kw: make_cert(tmp_path, name, **kw)
