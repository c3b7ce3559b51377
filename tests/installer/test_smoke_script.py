"""installer/smoke as a script, and (opt-in) a real build followed by the smoke test.

Building takes minutes, so ``test_built_bundle_passes_the_smoke_test`` runs only with
``CMPLANNER_BUILD_BUNDLE=1`` (and PyInstaller installed: ``pip install -e ".[installer]"``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.cli

needs_bash = pytest.mark.skipif(shutil.which("bash") is None, reason="installer/smoke is bash")


def test_smoke_is_an_executable_script(installer_dir: Path) -> None:
    smoke = installer_dir / "smoke"
    assert os.access(smoke, os.X_OK)
    assert smoke.read_text(encoding="utf-8").startswith("#!/usr/bin/env bash\n")


@needs_bash
def test_smoke_script_parses(installer_dir: Path) -> None:
    subprocess.run(["bash", "-n", str(installer_dir / "smoke")], check=True)


@needs_bash
def test_smoke_without_a_bundle_says_how_to_build_one(installer_dir: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(installer_dir / "smoke"), str(tmp_path / "nothing")],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 2
    assert "installer/build.py" in result.stderr


@needs_bash
def test_smoke_fails_a_bundle_that_is_not_the_app(installer_dir: Path, tmp_path: Path) -> None:
    """A folder whose executables run but are not cmplanner must fail, not pass quietly."""
    for name in ("cmplanner", "cmplanner-gui"):
        fake = tmp_path / name
        fake.write_text("#!/bin/sh\necho hello\n", encoding="utf-8")
        fake.chmod(0o755)
    result = subprocess.run(
        [str(installer_dir / "smoke"), str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 1
    assert "FAIL  --version" in result.stdout
    assert "FAIL  validate" in result.stdout


@pytest.mark.slow
@needs_bash
@pytest.mark.skipif(
    os.environ.get("CMPLANNER_BUILD_BUNDLE") != "1",
    reason="building the bundle is slow: set CMPLANNER_BUILD_BUNDLE=1",
)
def test_built_bundle_passes_the_smoke_test(installer_dir: Path, tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller")
    dist, work = tmp_path / "dist", tmp_path / "work"
    subprocess.run(
        [sys.executable, str(installer_dir / "build.py"), "--dist", str(dist), "--work", str(work)],
        check=True,
        timeout=1800,
    )
    bundle = dist / "cmplanner"
    platforms = bundle / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms"
    assert sorted(p.name for p in platforms.iterdir()) == ["libqoffscreen.so", "libqxcb.so"]
    assert (bundle / "_internal" / "cmplanner" / "resources" / "demo.cmplan").is_file()
    assert any((bundle / "_internal" / "cmplanner" / "templates").rglob("*.j2"))
    assert any((bundle / "_internal" / "PySide6" / "Qt" / "translations").glob("qtbase_*.qm"))
    result = subprocess.run(
        [str(installer_dir / "smoke"), str(bundle)],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "runbook -o runbook.pdf" in result.stdout
