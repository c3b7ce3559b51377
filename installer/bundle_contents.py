"""What the standalone bundle holds beyond what PyInstaller's import analysis sees, and what
it leaves out, and why.

Every module of the app goes in, found by walking the package's folder rather than by
importing it: subcommands, wizards and rule checks are imported by name at run time, and a
folder without ``__init__.py`` (a namespace package) is invisible to ``pkgutil`` and so to
PyInstaller's ``collect_submodules``; a rule check missed there would silently vanish from
the bundle's findings.

PyInstaller's PySide6 hooks collect every Qt plugin a module might use, and the libraries
those plugins link against. cmplanner needs far fewer: a desktop (xcb on Linux, windows on
Windows, cocoa on macOS) and offscreen platform, not Wayland, EGLFS, VNC or linuxfb, and not
the GTK platform theme (which on Linux would drag in half of a GTK stack of this machine's
version). Leaving a plugin out must also leave out the libraries only it needed, so the pruning
walks the dependency graph from what stays (extension modules, the plugins kept, the Python
library) and keeps a shared library only when something that stays links against it.

The walk follows links only: a library Qt opens at run time without linking it (the software
OpenGL renderer on Windows, say) is left out. The app draws with QtWidgets' raster engine and
needs none of those; the smoke test starts the app on the kept platforms to prove it.

Used by ``cmplanner.spec``; kept as a module of plain functions so tests can check it without
running a build.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

# (dest, source, typecode), as in PyInstaller's TOC lists.
Entry = tuple[str, str, str]

PLATFORMS_KEPT = {
    "linux": ("qoffscreen", "qxcb"),
    "win32": ("qwindows", "qoffscreen"),
    "darwin": ("qcocoa", "qoffscreen"),
}

# Plugin folders of no use without the platforms left out; GTK's theme is left out on purpose.
PLUGIN_DIRS_DROPPED = ("egldeviceintegrations", "generic", "wayland-")
PLUGINS_DROPPED = ("qgtk3",)

# Libraries left to the admin's own system even though a kept binary links them: the printing
# stack. Qt's CUPS plugin then prints through the desktop's own CUPS library, which knows its
# printers (a copy of this machine's would not), and the bundle sheds the TLS, Kerberos and
# Avahi libraries only CUPS needs. Without CUPS the plugin does not load and Qt still prints to
# PDF. (This matters on Linux only; Windows prints through the system's spooler anyway.)
SYSTEM_PROVIDED = ("libcups.",)

# Optional dependencies of the app (extras of pyproject.toml) that the bundle must hold anyway:
# the app imports them lazily and works without them, so a build environment missing one would
# quietly ship a slower app. pikepdf (the ``fastpdf`` extra) joins two-process runbook PDFs.
BUNDLED_EXTRAS = ("pikepdf",)


def missing_extras(find_spec: Callable[[str], object]) -> list[str]:
    """The packages of BUNDLED_EXTRAS this build environment cannot import."""
    return [name for name in BUNDLED_EXTRAS if find_spec(name) is None]


# Python packages that come in only through optional imports of the app's dependencies (the
# test and type-checking plugins of pydantic, IPython helpers of other packages): none of them
# runs in the app, and together they are most of an unpruned bundle's size.
PYTHON_EXCLUDES = [
    "tkinter",
    "test",
    "unittest",
    "pydoc_data",
    "lib2to3",
    "distutils",
    "setuptools",
    "pkg_resources",
    "pydantic.mypy",
    "pydantic.v1",
    "mypy",
    "mypyc",
    "hypothesis",
    "pytest",
    "_pytest",
    "pytestqt",
    "IPython",
    "jedi",
    "parso",
    "prompt_toolkit",
    "traitlets",
    "matplotlib",
    "matplotlib_inline",
    "numpy",
    "pygments",
    "trio",
    "yaml",
    "docutils",
    "sphinx",
    "PIL",
    "lxml",  # pikepdf needs them only for images and XMP metadata
    # Qt modules cmplanner never imports (it uses QtCore, QtGui, QtWidgets, QtSvg and
    # QtPrintSupport); PySide6's hooks would otherwise take some of them in.
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDBus",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtHelp",
    "PySide6.QtMultimedia",
    "PySide6.QtNetworkAuth",
]


def package_modules(package_dir: Path) -> list[str]:
    """Every module and package under ``package_dir``, as dotted names, sorted.

    Folders count as packages whether or not they hold an ``__init__.py``; caches and folders
    whose names are not identifiers (data folders) are skipped.
    """
    root = package_dir.name
    names = {root}
    for path in package_dir.rglob("*.py"):
        parts = path.relative_to(package_dir).with_suffix("").parts
        if "__pycache__" in parts or not all(part.isidentifier() for part in parts):
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        for depth in range(1, len(parts) + 1):
            names.add(".".join((root, *parts[:depth])))
    return sorted(names)


def _name(dest: str) -> str:
    return PurePosixPath(dest.replace("\\", "/")).name.lower()


def _stem(dest: str) -> str:
    return PurePosixPath(dest.replace("\\", "/")).name.split(".")[0].removeprefix("lib")


def platform_key(sys_platform: str) -> str:
    return sys_platform if sys_platform in ("win32", "darwin") else "linux"


def is_dropped_plugin(dest: str, sys_platform: str) -> bool:
    """True for a Qt plugin the bundle does not ship on this platform."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "plugins" not in parts:
        return False
    kind = parts[parts.index("plugins") + 1] if parts.index("plugins") + 1 < len(parts) else ""
    if kind == "platforms":
        return not _stem(dest).startswith(PLATFORMS_KEPT[platform_key(sys_platform)])
    if kind.startswith(PLUGIN_DIRS_DROPPED):
        return True
    return _stem(dest) in PLUGINS_DROPPED


def _is_root(entry: Entry) -> bool:
    """Binaries kept for their own sake: Python extension modules, Qt plugins, libpython."""
    dest, _source, typecode = entry
    posix = dest.replace("\\", "/")
    name = PurePosixPath(posix).name.lower()
    return (
        typecode == "EXTENSION"
        or "/plugins/" in f"/{posix}"
        or name.startswith(("libpython", "python3"))
        or name.endswith(".pyd")
    )


def prune_binaries(
    binaries: Iterable[Entry], sys_platform: str, imports_of: Callable[[str], Iterable[str]]
) -> list[Entry]:
    """Drop unwanted plugins and system-provided libraries, then every library that nothing
    kept links against.

    ``imports_of(source)`` names the libraries a binary links against (file names, as a
    loader would look them up).
    """
    entries = [
        e
        for e in binaries
        if not is_dropped_plugin(e[0], sys_platform) and not _name(e[0]).startswith(SYSTEM_PROVIDED)
    ]
    by_name: dict[str, list[Entry]] = {}
    for entry in entries:
        by_name.setdefault(_name(entry[0]), []).append(entry)
    kept = {id(e): e for e in entries if _is_root(e)}
    todo = list(kept.values())
    while todo:
        entry = todo.pop()
        for needed in imports_of(entry[1]):
            for dependency in by_name.get(PurePosixPath(needed).name.lower(), []):
                if id(dependency) not in kept:
                    kept[id(dependency)] = dependency
                    todo.append(dependency)
    return [e for e in entries if id(e) in kept]


def prune_symlinks(datas: Iterable[Entry], binaries: Iterable[Entry]) -> list[Entry]:
    """Drop the links PyInstaller made to libraries that are no longer in the bundle."""
    present = {e[0].replace("\\", "/") for e in binaries}
    return [e for e in datas if e[2] != "SYMLINK" or e[1].replace("\\", "/") in present]


QT_TRANSLATIONS = "PySide6/Qt/translations/"


def app_languages(translations_dir: Path) -> set[str]:
    """The languages cmplanner itself is translated into (``cmplanner_nl.qm`` -> ``nl``)."""
    return {path.stem.split("_", 1)[1] for path in translations_dir.glob("cmplanner_*.qm")}


def prune_translations(datas: Iterable[Entry], languages: set[str]) -> list[Entry]:
    """Keep Qt's own translations only for the languages cmplanner speaks.

    Qt ships its dialogs (open, print, the buttons of a message box) in 30-odd languages;
    with cmplanner in English and Dutch, a German desktop would get German dialogs around an
    English app. Keeping Qt's Dutch gives one language per screen, and saves about 6 MB. Qt
    Help's catalogs go too: cmplanner has no help viewer."""
    kept = []
    for entry in datas:
        dest = entry[0].replace("\\", "/")
        if dest.startswith(QT_TRANSLATIONS) and dest.endswith(".qm"):
            catalog, _, language = _name(dest)[:-3].partition("_")  # qtbase_pt_br
            if catalog == "qt" and language.startswith("help_"):
                continue
            if language not in languages and language.split("_")[0] not in languages:
                continue
        kept.append(entry)
    return kept


def linked_libraries(source: str) -> list[str]:
    """The libraries a binary links against directly, by file name.

    On Linux this reads the ELF ``NEEDED`` entries with objdump (which PyInstaller itself
    requires there): PyInstaller's own answer comes from ldd and lists every library loaded
    transitively, which would keep what only a system-provided library needs. Elsewhere
    PyInstaller's analysis already gives the direct imports (pefile, macholib).
    """
    if sys.platform.startswith("linux"):
        result = subprocess.run(
            ["objdump", "-p", source], capture_output=True, text=True, check=True
        )
        return [
            line.split()[1]
            for line in result.stdout.splitlines()
            if line.strip().startswith("NEEDED")
        ]
    from PyInstaller.depend import bindepend

    return [
        PurePosixPath(str(name).replace("\\", "/")).name
        for name, _path in bindepend.get_imports(source)
    ]


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """A release version as Windows file versions need it: four numbers (0.2.0rc1 is 0.2.0.0)."""
    numbers = []
    for part in version.split(".")[:4]:
        digits = ""
        for char in part:
            if not char.isdigit():
                break
            digits += char
        numbers.append(int(digits or 0))
        if digits != part:
            break
    padded = [*numbers, 0, 0, 0, 0]
    return padded[0], padded[1], padded[2], padded[3]


def windows_version_text(version: str, description: str, file_name: str) -> str:
    """The version resource of a Windows executable, in PyInstaller's text form.

    Windows shows it in the file's Properties, so an admin can tell which cmplanner an
    installed executable is without starting it.
    """
    numbers = numeric_version(version)
    strings = {
        "CompanyName": "cmplanner",
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": file_name.removesuffix(".exe"),
        "OriginalFilename": file_name,
        "ProductName": "cmplanner",
        "ProductVersion": version,
    }
    table = ",\n".join(
        f"          StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{table}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
