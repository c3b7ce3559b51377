"""Build the standalone cmplanner folder with PyInstaller, then check what came out.

Usage (from anywhere; paths are relative to the checkout)::

    python installer/build.py [--dist DIR] [--work DIR] [--clean] [--archive] [--smoke]
    python installer/build.py --print-version

The folder lands in ``DIST/cmplanner`` (``dist/cmplanner`` by default, ignored by git). After
building, the script stops with an error unless the bundle's own ``--version`` prints the
version of ``cmplanner/__init__.py`` (the one place the version is kept) and the bundle's
``validate`` finds exactly what this checkout finds in the demo plan (a module left out of
the bundle shows up there as missing findings, not as an error); it then prints the size.
``--archive`` also packs the folder as one ``.tar.gz`` (the Linux release; Windows gets the
installer). ``--smoke`` runs ``installer/smoke`` on the result (Linux and macOS; the Windows
wrapper ``installer/windows/build.ps1`` runs its own checks).

Needs PyInstaller, from the ``installer`` extra: ``pip install -e ".[installer]"``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

INSTALLER = Path(__file__).resolve().parent
REPO = INSTALLER.parent
SPEC = INSTALLER / "cmplanner.spec"
BUNDLE_NAME = "cmplanner"
SIZE_TARGET_MB = 150

_VERSION_LINE = re.compile(r'^__version__\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)


def source_version(repo: Path = REPO) -> str:
    """The version in ``cmplanner/__init__.py``, read as text so no dependency is needed."""
    init = repo / "cmplanner" / "__init__.py"
    match = _VERSION_LINE.search(init.read_text(encoding="utf-8"))
    if match is None:
        raise SystemExit(f"build: {init}: no __version__ line")
    return match.group(1)


def executable(bundle: Path, name: str = BUNDLE_NAME) -> Path:
    """The path of one of the bundle's executables on this platform."""
    return bundle / (f"{name}.exe" if sys.platform == "win32" else name)


def folder_size(folder: Path) -> int:
    """Bytes in all files under ``folder`` (links counted once, as the files they are)."""
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def check_bundle_version(bundle: Path, expected: str) -> None:
    """Fail unless the built app reports the version the source declares."""
    result = subprocess.run(
        [str(executable(bundle)), "--version"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    printed = result.stdout.strip()
    if result.returncode != 0 or printed != f"cmplanner {expected}":
        raise SystemExit(
            f"build: the bundle says {printed or result.stderr.strip()!r} "
            f"(exit {result.returncode}), expected 'cmplanner {expected}'"
        )


def _findings(argv: list[str], env: dict[str, str]) -> list[tuple[str, str]]:
    result = subprocess.run(
        argv, capture_output=True, text=True, check=False, env=env, cwd=REPO, timeout=300
    )
    if result.returncode not in (0, 1):
        raise SystemExit(
            f"build: {' '.join(argv[-4:])} failed (exit {result.returncode}): "
            f"{result.stderr.strip()}"
        )
    return sorted((item["rule"], item["subject"]) for item in json.loads(result.stdout))


def check_bundle_findings(bundle: Path) -> int:
    """Fail unless the bundle finds exactly what the checkout finds in the demo plan.

    A module the bundle lacks (a rule check, say) fails no import: its findings are simply
    missing. Comparing with the checkout run by this Python catches that at build time.
    """
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "CMPLANNER_HOME": home,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(REPO),
        }
        plan = str(Path(home) / "demo.cmplan")
        subprocess.run(
            [str(executable(bundle)), "demo", "-o", plan],
            check=True,
            env=env,
            capture_output=True,
            timeout=120,
        )
        tail = ["validate", plan, "--format", "json"]
        bundled = _findings([str(executable(bundle)), *tail], env)
        checkout = _findings([sys.executable, "-m", "cmplanner", *tail], env)
    if bundled != checkout:
        missing = sorted({rule for rule, _ in set(checkout) - set(bundled)})
        extra = sorted({rule for rule, _ in set(bundled) - set(checkout)})
        raise SystemExit(
            f"build: the bundle finds {len(bundled)} findings in the demo plan, "
            f"the checkout {len(checkout)}; missing rules {missing}, extra {extra}"
        )
    return len(bundled)


def archive_name(version: str, system: str | None = None, machine: str | None = None) -> str:
    """``cmplanner-<version>-<system>-<machine>.tar.gz``, e.g. ...-linux-x86_64.tar.gz."""
    system = (system or platform.system()).lower()
    machine = (machine or platform.machine()).lower()
    return f"{BUNDLE_NAME}-{version}-{system}-{machine}.tar.gz"


def write_archive(bundle: Path, target: Path) -> Path:
    """Pack the folder into one .tar.gz that unpacks to ``cmplanner/`` (links kept as links).

    Written beside its final name first, so a failed run never leaves a half archive.
    """
    partial = target.with_name(target.name + ".partial")
    with tarfile.open(partial, "w:gz") as archive:
        archive.add(bundle, arcname=BUNDLE_NAME)
    partial.replace(target)
    return target


def run_pyinstaller(dist: Path, work: Path, clean: bool) -> Path:
    try:
        import PyInstaller  # noqa: F401 (only checking it is installed)
    except ImportError:
        raise SystemExit(
            'build: PyInstaller is not installed; run: python -m pip install -e ".[installer]"'
        ) from None
    argv = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    if clean:
        argv.insert(3, "--clean")
    subprocess.run(argv, check=True, cwd=REPO)
    return dist / BUNDLE_NAME


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Build the standalone cmplanner folder.")
    parser.add_argument(
        "--dist",
        type=Path,
        default=REPO / "dist",
        help="where the cmplanner folder is written (default: dist/)",
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=REPO / "build" / "pyinstaller",
        help="PyInstaller's work folder (default: build/pyinstaller/)",
    )
    parser.add_argument(
        "--clean",
        action="store_true",
        help="empty PyInstaller's cache first (slower, for a release)",
    )
    parser.add_argument(
        "--archive",
        action="store_true",
        help="also pack the folder as DIST/cmplanner-VERSION-SYSTEM-MACHINE.tar.gz",
    )
    parser.add_argument(
        "--smoke", action="store_true", help="run installer/smoke on the bundle after building"
    )
    parser.add_argument(
        "--print-version",
        action="store_true",
        help="print the version the build will carry and stop",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    version = source_version()
    if args.print_version:
        print(version)
        return 0
    bundle = run_pyinstaller(args.dist.resolve(), args.work.resolve(), args.clean)
    check_bundle_version(bundle, version)
    count = check_bundle_findings(bundle)
    print(f"build: the bundle and the checkout agree on the demo plan's {count} findings")
    size_mb = folder_size(bundle) / 1e6
    verdict = "within" if size_mb <= SIZE_TARGET_MB else "OVER"
    print(
        f"build: {bundle} holds cmplanner {version}, {size_mb:.1f} MB "
        f"({verdict} the {SIZE_TARGET_MB} MB aim)"
    )
    if args.archive:
        packed = write_archive(bundle, args.dist.resolve() / archive_name(version))
        print(f"build: packed {packed} ({packed.stat().st_size / 1e6:.1f} MB)")
    if args.smoke:
        if os.name == "nt":
            print(
                "build: installer/smoke is a POSIX script; on Windows build.ps1 checks the bundle",
                file=sys.stderr,
            )
            return 0
        return subprocess.run([str(INSTALLER / "smoke"), str(bundle)], check=False).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
