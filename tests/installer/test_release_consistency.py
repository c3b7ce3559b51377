"""The build definition, the Windows scripts, the wheel and the version agree with each other.

These read the files as text (no build): a renamed executable, a moved data folder or a
version typed into the Inno script would ship a broken installer without failing anything
else in the suite.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import cmplanner
from cmplanner import paths

pytestmark = pytest.mark.core


def _spec_tree(installer_dir: Path) -> ast.Module:
    return ast.parse((installer_dir / "cmplanner.spec").read_text(encoding="utf-8"))


def _bundled_data(installer_dir: Path) -> dict[str, str]:
    """BUNDLED_DATA of the spec, as {folder in the checkout: folder in the bundle}."""
    for node in _spec_tree(installer_dir).body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "BUNDLED_DATA":
            pairs = {}
            for item in node.value.elts:  # type: ignore[attr-defined]
                source, target = item.elts
                pairs[source.right.value] = target.value  # REPO / "name", "cmplanner/name"
            return pairs
    raise AssertionError("cmplanner.spec has no BUNDLED_DATA")


def _calls(installer_dir: Path, function: str) -> list[dict[str, object]]:
    """Keyword arguments (literals only) of every call of ``function`` in the spec."""
    found = []
    for node in ast.walk(_spec_tree(installer_dir)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == function:
            found.append(
                {
                    kw.arg: kw.value.value
                    for kw in node.keywords
                    if isinstance(kw.value, ast.Constant)
                }
            )
    return found


def _iss(installer_dir: Path) -> str:
    return (installer_dir / "windows" / "cmplanner.iss").read_text(encoding="utf-8")


def _iss_define(installer_dir: Path, name: str) -> str:
    match = re.search(rf'^\s*#define {name} "([^"]*)"', _iss(installer_dir), re.MULTILINE)
    assert match, f"cmplanner.iss defines no {name}"
    return match.group(1)


def test_build_reads_the_one_version(installer_module) -> None:
    build = installer_module("build.py")
    assert build.source_version() == cmplanner.__version__


def test_build_prints_the_version_for_the_windows_wrapper(installer_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(installer_dir / "build.py"), "--print-version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == cmplanner.__version__


def test_inno_script_takes_the_version_from_the_build(installer_dir: Path) -> None:
    iss = _iss(installer_dir)
    assert "AppVersion={#AppVersion}" in iss
    assert re.search(r"#ifndef AppVersion\s+#error", iss), "a build without a version must stop"
    assert cmplanner.__version__ not in iss, "the version is typed into the Inno script"
    wrapper = (installer_dir / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert "--print-version" in wrapper
    assert '"/DAppVersion=$Version"' in wrapper


def test_changelog_names_the_current_version() -> None:
    changelog = (Path(paths.__file__).resolve().parents[1] / "CHANGELOG.md").read_text(
        encoding="utf-8"
    )
    releases = re.findall(r"^## \[?(\d+\.\d+\.\d+[^\]\s]*)\]?", changelog, re.MULTILINE)
    assert releases, "CHANGELOG.md has no release heading"
    assert releases[0] == cmplanner.__version__


def test_bundle_ships_data_where_the_paths_module_looks(installer_dir: Path) -> None:
    data = _bundled_data(installer_dir)
    assert data == {
        "resources": f"cmplanner/{paths.resources_dir().name}",
        "templates": f"cmplanner/{paths.templates_dir().name}",
    }


def test_bundle_and_wheel_ship_the_same_data(installer_dir: Path, repo_dir: Path) -> None:
    pyproject = tomllib.loads((repo_dir / "pyproject.toml").read_text(encoding="utf-8"))
    wheel = pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert _bundled_data(installer_dir) == wheel


def test_pyinstaller_is_an_extra_not_a_runtime_dependency(repo_dir: Path) -> None:
    project = tomllib.loads((repo_dir / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not any(dep.lower().startswith("pyinstaller") for dep in project["dependencies"])
    assert any(
        dep.lower().startswith("pyinstaller")
        for dep in project["optional-dependencies"]["installer"]
    )


def test_the_spec_builds_the_two_executables_the_installer_installs(
    installer_dir: Path, installer_module
) -> None:
    exes = {call["name"]: call["console"] for call in _calls(installer_dir, "EXE")}
    assert exes == {"cmplanner": True, "cmplanner-gui": False}
    collect = _calls(installer_dir, "COLLECT")
    build = installer_module("build.py")
    assert [call["name"] for call in collect] == [build.BUNDLE_NAME]
    assert _iss_define(installer_dir, "AppCliExe") == "cmplanner.exe"
    assert _iss_define(installer_dir, "AppGuiExe") == "cmplanner-gui.exe"
    assert _iss_define(installer_dir, "AppName") == build.BUNDLE_NAME


def test_inno_default_bundle_is_where_the_build_writes_it(
    installer_dir: Path, installer_module
) -> None:
    build = installer_module("build.py")
    default = build.parse_args([]).dist / build.BUNDLE_NAME
    iss_default = (
        installer_dir / "windows" / _iss_define(installer_dir, "BundleDir").replace("\\", "/")
    )
    assert iss_default.resolve() == default.resolve()


def test_inno_script_has_start_menu_entry_and_plan_association(installer_dir: Path) -> None:
    iss = _iss(installer_dir)
    icons = iss.split("[Icons]")[1].split("\n[")[0]
    assert re.search(r'Name: "\{group\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppGuiExe\}"', icons)
    assert _iss_define(installer_dir, "PlanExtension") == ".cmplan"
    registry = iss.split("[Registry]")[1].split("\n[")[0]
    assert 'Subkey: "Software\\Classes\\{#PlanExtension}"' in registry
    assert '"""{app}\\{#AppGuiExe}"" ""%1"""' in registry, "opening a plan passes its path"
    assert "ChangesAssociations=yes" in iss


def test_installer_names_what_it_installs(installer_dir: Path) -> None:
    iss = _iss(installer_dir)
    info = re.search(r"^InfoBeforeFile=(.+)$", iss, re.MULTILINE)
    assert info, "the installer shows no list of what it installs"
    text = (installer_dir / "windows" / info.group(1).strip()).read_text(encoding="utf-8")
    for name in ("cmplanner-gui.exe", "cmplanner.exe", "_internal", ".cmplan", "Start menu"):
        assert name in text


def test_windows_wrapper_builds_with_the_shared_definition(installer_dir: Path) -> None:
    wrapper = (installer_dir / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert '"build.py"' in wrapper, "the wrapper must build through installer/build.py"
    assert '"cmplanner.iss"' in wrapper
    assert '"/DBundleDir=$Bundle"' in wrapper
    assert '"cmplanner.exe"' in wrapper


INNO_SECTIONS = {
    "Setup",
    "Types",
    "Components",
    "Tasks",
    "Dirs",
    "Files",
    "Icons",
    "INI",
    "InstallDelete",
    "Languages",
    "Messages",
    "CustomMessages",
    "LangOptions",
    "Registry",
    "Run",
    "UninstallDelete",
    "UninstallRun",
    "Code",
}


def test_inno_script_uses_only_defined_names_and_known_sections(installer_dir: Path) -> None:
    iss = _iss(installer_dir)
    defined = set(re.findall(r"^\s*#define (\w+)", iss, re.MULTILINE))
    wrapper = (installer_dir / "windows" / "build.ps1").read_text(encoding="utf-8")
    passed = set(re.findall(r'"/D(\w+)=', wrapper))
    used = set(re.findall(r"\{#(\w+)\}", iss))
    assert used <= defined | passed, f"undefined: {sorted(used - defined - passed)}"
    assert passed == {"AppVersion", "NumericVersion", "BundleDir"}
    sections = set(re.findall(r"^\[(\w+)\]\s*$", iss, re.MULTILINE))
    assert sections <= INNO_SECTIONS, f"unknown sections: {sorted(sections - INNO_SECTIONS)}"
    assert {"Setup", "Files", "Icons", "Registry"} <= sections


def test_the_bundle_holds_the_optional_pdf_join(
    installer_dir: Path, repo_dir: Path, installer_module
) -> None:
    """pikepdf is an extra for pip users, but the installer extra and the bundle include it."""
    project = tomllib.loads((repo_dir / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    assert not any(dep.lower().startswith("pikepdf") for dep in project["dependencies"])
    assert any(dep.lower().startswith("pikepdf") for dep in extras["fastpdf"])
    assert "cmplanner[fastpdf]" in extras["installer"]
    contents = installer_module("bundle_contents.py")
    assert "pikepdf" in contents.BUNDLED_EXTRAS
    assert contents.missing_extras(lambda name: None) == ["pikepdf"]
    assert contents.missing_extras(lambda name: object()) == []
    spec = (installer_dir / "cmplanner.spec").read_text(encoding="utf-8")
    assert "bundle_contents.missing_extras(" in spec
    assert "set(bundle_contents.BUNDLED_EXTRAS)" in spec


def _windows_bundle_top(installer_dir: Path) -> set[str]:
    """What the top of the Windows bundle folder holds: the spec's executables (.exe) and
    PyInstaller's contents folder (``_internal`` unless the spec names another)."""
    spec = (installer_dir / "cmplanner.spec").read_text(encoding="utf-8")
    assert "contents_directory" not in spec
    return {f"{call['name']}.exe" for call in _calls(installer_dir, "EXE")} | {"_internal"}


def test_the_installer_names_exactly_what_the_windows_bundle_holds(installer_dir: Path) -> None:
    top = _windows_bundle_top(installer_dir)
    listed = (installer_dir / "windows" / "what-is-installed.txt").read_text(encoding="utf-8")
    section = listed.split("Into the folder you choose", 1)[1].split("\n\n", 1)[0]
    names = {m.rstrip("\\") for m in re.findall(r"^  (\S+)", section, flags=re.MULTILINE)}
    assert names == top


def test_every_file_the_inno_script_names_is_in_the_windows_bundle(installer_dir: Path) -> None:
    iss = _iss(installer_dir)
    defines = dict(re.findall(r'^#define (\w+) "([^"]*)"', iss, flags=re.MULTILINE))
    expanded = re.sub(r"\{#(\w+)\}", lambda m: defines.get(m.group(1), m.group(0)), iss)
    named = {ref.split("\\")[0] for ref in re.findall(r"\{app\}\\([^\"\s;]+)", expanded)}
    assert named and named <= _windows_bundle_top(installer_dir)
    files = expanded.split("[Files]")[1].split("\n[")[0]
    assert re.search(r'Source: "[^"]+\\\*";.*recursesubdirs', files), "the whole bundle is copied"
