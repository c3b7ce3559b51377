"""What the bundle collects and what it leaves out (installer/bundle_contents.py)."""

from __future__ import annotations

import ast
import shutil
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.core


@pytest.fixture
def contents(installer_module):
    return installer_module("bundle_contents.py")


def _touch(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("", encoding="utf-8")


def test_package_modules_finds_modules_in_folders_without_init(contents, tmp_path: Path) -> None:
    package = tmp_path / "app"
    for name in (
        "__init__.py",
        "core.py",
        "rules/engine.py",
        "rules/checks/__init__.py",
        "rules/checks/dp.py",
        "rules/checks/groups.py",
        "__pycache__/core.py",
        "data-files/helper.py",
    ):
        _touch(package / name)
    assert contents.package_modules(package) == [
        "app",
        "app.core",
        "app.rules",
        "app.rules.checks",
        "app.rules.checks.dp",
        "app.rules.checks.groups",
        "app.rules.engine",
    ]


def test_package_modules_covers_every_module_file_of_cmplanner(contents, repo_dir: Path) -> None:
    package = repo_dir / "cmplanner"
    found = set(contents.package_modules(package))
    for path in package.rglob("*.py"):
        if "__pycache__" in path.parts:
            continue
        parts = path.relative_to(repo_dir).with_suffix("").parts
        if not all(part.isidentifier() for part in parts):
            continue  # an editor's lock or backup file, not a module
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        assert name in found
    assert "cmplanner.rules.checks" in found


@pytest.mark.parametrize(
    ("dest", "platform", "dropped"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "linux", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "linux", False),
        ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", "linux", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", "linux", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", "linux", True),
        ("PySide6/Qt/plugins/platforms/libqminimal.so", "linux", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "linux", True),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", "linux", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", "linux", True),
        ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so", "linux", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", "linux", False),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "linux", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", "win32", False),
        ("PySide6\\plugins\\platforms\\qoffscreen.dll", "win32", False),
        ("PySide6\\plugins\\platforms\\qdirect2d.dll", "win32", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", "darwin", False),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "linux", False),
    ],
)
def test_which_qt_plugins_are_dropped(contents, dest: str, platform: str, dropped: bool) -> None:
    assert contents.is_dropped_plugin(dest, platform) is dropped


def test_pruning_keeps_what_kept_binaries_need_and_drops_the_rest(contents) -> None:
    links = {
        "/src/QtWidgets.abi3.so": ["libQt6Widgets.so.6"],
        "/src/libQt6Widgets.so.6": ["libQt6Gui.so.6", "libc.so.6"],
        "/src/libQt6Gui.so.6": [],
        "/src/libqxcb.so": ["libxcb-cursor.so.0", "libshared.so.1"],
        "/src/libqwayland.so": ["libQt6WaylandClient.so.6", "libshared.so.1"],
        "/src/libQt6WaylandClient.so.6": ["libwayland-client.so.0"],
        "/src/libwayland-client.so.0": [],
        "/src/libxcb-cursor.so.0": [],
        "/src/libshared.so.1": [],
        "/src/libpython3.11.so.1.0": ["libm.so.6"],
        "/src/libunused.so.2": [],
    }
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/src/QtWidgets.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/src/libQt6Widgets.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", "/src/libqwayland.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", "/src/libQt6WaylandClient.so.6", "BINARY"),
        ("libwayland-client.so.0", "/src/libwayland-client.so.0", "BINARY"),
        ("libxcb-cursor.so.0", "/src/libxcb-cursor.so.0", "BINARY"),
        ("libshared.so.1", "/src/libshared.so.1", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
        ("libunused.so.2", "/src/libunused.so.2", "BINARY"),
    ]
    kept = contents.prune_binaries(binaries, "linux", lambda source: links[source])
    assert sorted(dest for dest, _, _ in kept) == sorted(
        [
            "PySide6/QtWidgets.abi3.so",
            "PySide6/Qt/lib/libQt6Widgets.so.6",
            "PySide6/Qt/lib/libQt6Gui.so.6",
            "PySide6/Qt/plugins/platforms/libqxcb.so",
            "libxcb-cursor.so.0",
            "libshared.so.1",
            "libpython3.11.so.1.0",
        ]
    )


def test_links_to_dropped_libraries_are_dropped(contents) -> None:
    binaries = [("PySide6/Qt/lib/libQt6Gui.so.6", "/src/gui", "BINARY")]
    datas = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6WaylandClient.so.6", "PySide6/Qt/lib/libQt6WaylandClient.so.6", "SYMLINK"),
        ("cmplanner/resources/demo.cmplan", "/src/demo.cmplan", "DATA"),
    ]
    assert contents.prune_symlinks(datas, binaries) == [datas[0], datas[2]]


def _imported_modules(package: Path) -> set[str]:
    names = set()
    for path in package.rglob("*.py"):
        if not all(part.isidentifier() for part in path.relative_to(package).with_suffix("").parts):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
    return names


def test_nothing_the_app_imports_is_excluded(contents, repo_dir: Path) -> None:
    imported = _imported_modules(repo_dir / "cmplanner")
    clashes = sorted(
        f"{name} (excluded as {excluded})"
        for name in imported
        for excluded in contents.PYTHON_EXCLUDES
        if name == excluded or name.startswith(excluded + ".")
    )
    assert not clashes, "the bundle would leave out modules the app imports: " + ", ".join(clashes)


def test_printing_stack_is_left_to_the_system(contents) -> None:
    links = {
        "/src/libcupsprintersupport.so": ["libcups.so.2", "libQt6PrintSupport.so.6"],
        "/src/libQt6PrintSupport.so.6": ["libz.so.1"],
        "/src/libcups.so.2": ["libgnutls.so.30", "libz.so.1"],
        "/src/libgnutls.so.30": [],
        "/src/libz.so.1": [],
    }
    binaries = [
        (
            "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
            "/src/libcupsprintersupport.so",
            "BINARY",
        ),
        ("PySide6/Qt/lib/libQt6PrintSupport.so.6", "/src/libQt6PrintSupport.so.6", "BINARY"),
        ("libcups.so.2", "/src/libcups.so.2", "BINARY"),
        ("libgnutls.so.30", "/src/libgnutls.so.30", "BINARY"),
        ("libz.so.1", "/src/libz.so.1", "BINARY"),
    ]
    kept = {dest for dest, _, _ in contents.prune_binaries(binaries, "linux", links.__getitem__)}
    assert kept == {
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/lib/libQt6PrintSupport.so.6",
        "libz.so.1",
    }


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("objdump") is None,
    reason="reads ELF files with objdump",
)
def test_linked_libraries_are_the_direct_links_only(contents) -> None:
    from PySide6 import QtCore

    linked = contents.linked_libraries(QtCore.__file__)
    assert "libQt6Core.so.6" in linked
    assert not any(name.startswith("libicudata") for name in linked), "ICU is Qt's, not ours"


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2.3.4", (1, 2, 3, 4)),
        ("0.2.0rc1", (0, 2, 0, 0)),
        ("2.0", (2, 0, 0, 0)),
        ("1.10.0.dev3", (1, 10, 0, 0)),
    ],
)
def test_numeric_version_for_windows(contents, version: str, numbers: tuple[int, ...]) -> None:
    assert contents.numeric_version(version) == numbers


def test_windows_version_resource_names_the_executable_and_version(contents) -> None:
    """PyInstaller reads the text by evaluating it with its version classes; so do we."""

    def record(kind: str):
        return lambda *args, **kwargs: {"kind": kind, "args": args, "kwargs": kwargs}

    names = (
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    )
    text = contents.windows_version_text("0.3.0rc2", "cmplanner command line", "cmplanner.exe")
    # eval of text this project wrote, as PyInstaller's loader does on Windows
    resource = eval(text, {name: record(name) for name in names})
    assert resource["kwargs"]["ffi"]["kwargs"]["filevers"] == (0, 3, 0, 0)
    table = resource["kwargs"]["kids"][0]["args"][0][0]
    strings = {s["args"][0]: s["args"][1] for s in table["args"][1]}
    assert strings["ProductVersion"] == "0.3.0rc2"
    assert strings["OriginalFilename"] == "cmplanner.exe"
    assert strings["FileDescription"] == "cmplanner command line"


def test_qt_translations_kept_are_the_languages_cmplanner_speaks(contents, repo_dir: Path) -> None:
    languages = contents.app_languages(repo_dir / "resources" / "translations")
    assert "nl" in languages
    qt = "PySide6/Qt/translations/"
    datas = [
        (qt + name, "src", "DATA")
        for name in ("qtbase_nl.qm", "qt_nl.qm", "qtbase_de.qm", "qt_help_nl.qm", "qt_zh_CN.qm")
    ]
    datas += [
        ("PySide6\\Qt\\translations\\qtbase_nl_BE.qm", "src", "DATA"),
        ("cmplanner/resources/translations/cmplanner_nl.qm", "src", "DATA"),
    ]
    kept = [entry[0] for entry in contents.prune_translations(datas, languages)]
    assert kept == [
        qt + "qtbase_nl.qm",
        qt + "qt_nl.qm",
        "PySide6\\Qt\\translations\\qtbase_nl_BE.qm",
        "cmplanner/resources/translations/cmplanner_nl.qm",
    ]
