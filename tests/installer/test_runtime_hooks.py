"""The bundle's runtime hooks and launchers, run from the checkout (no build needed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cmplanner.cli import gui as script


@pytest.mark.core
def test_smoke_hook_is_inert_without_its_variable(installer_module, monkeypatch) -> None:
    monkeypatch.delenv("CMPLANNER_SMOKE", raising=False)
    before = list(sys.meta_path)
    installer_module("hooks/rthook_smoke.py")
    assert sys.meta_path == before


@pytest.mark.core
def test_outside_bundle_names_modules_loaded_from_elsewhere(
    installer_module, monkeypatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("CMPLANNER_SMOKE", raising=False)
    hook = installer_module("hooks/rthook_smoke.py")
    outside = hook._outside_bundle(str(tmp_path))
    assert any(line.startswith("module json ") for line in outside)
    python_root = Path(sys.executable).resolve().parents[1]
    assert not any(
        line.startswith("module json ") for line in hook._outside_bundle(str(python_root))
    )
    assert hook._outside_bundle("/") == []


@pytest.mark.core
def test_qt_paths_hook_knows_each_platforms_layout(installer_module) -> None:
    hook = installer_module("hooks/rthook_qt_paths.py")
    assert hook._qt_dir("B", "linux") == os.path.join("B", "PySide6", "Qt")
    assert hook._qt_dir("B", "win32") == os.path.join("B", "PySide6")


@pytest.mark.gui
def test_smoke_hook_quits_the_app_once_its_main_window_is_shown(
    installer_dir: Path, tmp_path: Path
) -> None:
    picture, log = tmp_path / "window.png", tmp_path / "smoke.log"
    env = {
        **os.environ,
        "CMPLANNER_SMOKE": "1",
        "QT_QPA_PLATFORM": "offscreen",
        "CMPLANNER_SMOKE_SCREENSHOT": str(picture),
        "CMPLANNER_SMOKE_TIMEOUT": "60",
        "CMPLANNER_SMOKE_LOG": str(log),
    }
    code = (
        "import runpy, sys; runpy.run_path(sys.argv[1]); "
        "from cmplanner.cli.main import main; sys.exit(main(['gui']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(installer_dir / "hooks" / "rthook_smoke.py")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "cmplanner-smoke: main window shown: " in result.stderr
    assert "cmplanner-smoke: not running from a bundle" in result.stderr
    assert picture.stat().st_size > 1000
    assert "cmplanner-smoke: main window shown: " in log.read_text(encoding="utf-8")


@pytest.mark.cli
def test_gui_launcher_opens_the_plan_it_is_given(installer_module, monkeypatch) -> None:
    launcher = installer_module("launchers/cmplanner_gui.py")
    calls = []
    monkeypatch.setattr(script, "_command_line", lambda argv: calls.append(argv) or 0)
    assert launcher.run([r"C:\Plans\site.cmplan"]) == 0
    assert launcher.run([]) == 0
    assert calls == [["gui", r"C:\Plans\site.cmplan"], ["gui"]]


@pytest.mark.cli
def test_gui_launcher_without_a_console_shows_the_problem(installer_module, monkeypatch) -> None:
    launcher = installer_module("launchers/cmplanner_gui.py")
    shown = []

    def failing_main(argv: list[str]) -> int:
        print("cmplanner: site.cmplan: line 3: not a plan", file=sys.stderr)
        return 2

    monkeypatch.setattr(script, "_command_line", failing_main)
    monkeypatch.setattr(script, "_show_problem", shown.append)
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert launcher.run(["site.cmplan"]) == 2
    assert shown == ["cmplanner: site.cmplan: line 3: not a plan"]


@pytest.mark.core
def test_the_bundle_and_pip_start_the_same_gui_program(installer_module) -> None:
    """pip's gui-script (no console window on Windows) and the bundle's launcher agree."""
    import tomllib

    repo = Path(__file__).resolve().parents[2]
    pyproject = tomllib.loads((repo / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["gui-scripts"] == {"cmplanner-gui": "cmplanner.cli.gui:script_main"}
    assert pyproject["project"]["scripts"] == {"cmplanner": "cmplanner.cli.main:main"}
    assert installer_module("launchers/cmplanner_gui.py").run is script.run_without_console


@pytest.mark.cli
def test_the_gui_script_passes_its_arguments(monkeypatch) -> None:
    calls = []
    monkeypatch.setattr(script, "_command_line", lambda argv: calls.append(argv) or 0)
    monkeypatch.setattr(sys, "argv", ["cmplanner-gui", "C:\\Users\\Jan de Vries\\site.cmplan"])
    assert script.script_main() == 0
    assert calls == [["gui", "C:\\Users\\Jan de Vries\\site.cmplan"]]


@pytest.mark.cli
@pytest.mark.parametrize("launcher", ["cmplanner_cli.py", "cmplanner_gui.py"])
def test_the_launchers_run_from_a_folder_with_spaces_and_accents(
    installer_dir: Path, tmp_path: Path, launcher: str
) -> None:
    """Installed under ``C:\\Program Files\\`` or a user's own folder (``Jan de Vries``)."""
    folder = tmp_path / "Program Files" / "Jan de Vries \u2013 cmplanner"
    folder.mkdir(parents=True)
    copy = folder / launcher
    copy.write_bytes((installer_dir / "launchers" / launcher).read_bytes())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    args = (
        ["--version"] if launcher == "cmplanner_cli.py" else [str(folder / "missing plan.cmplan")]
    )
    result = subprocess.run(
        [sys.executable, str(copy), *args],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    if launcher == "cmplanner_cli.py":
        assert result.returncode == 0 and result.stdout.startswith("cmplanner "), result.stderr
    else:  # a plan that cannot be read: one line naming it, exit 2, no window
        assert result.returncode == 2, result.stderr
        assert "missing plan.cmplan" in result.stderr and "Traceback" not in result.stderr
