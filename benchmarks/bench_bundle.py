"""Size of the standalone bundle, and how long it takes from start to the main window shown.

Aim (issue: installer): the folder under 150 MB; start-up measured and reported.
Baselines, same run: for size, the installed PySide6 and shiboken6 packages (what Qt alone
weighs in a pip install); for start-up, the same app run from this checkout with this Python
(``cmplanner gui``), warm; for ``--version`` (a quick command), the same from the checkout.

"Cold" means the bundle's own files were dropped from the page cache first (posix_fadvise
DONTNEED on every file, no root needed), as on the first start after installing; the system's
libraries stay cached. "Warm" is a start right after another.

    python benchmarks/bench_bundle.py [BUNDLE]     (default: dist/cmplanner)

Build the bundle first: ``python installer/build.py``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import median_process

REPO = Path(__file__).resolve().parents[1]
SIZE_AIM_MB = 150.0
SHOWN = "cmplanner-smoke: main window shown:"
RUNS = 5


def folder_mb(folder: Path) -> float:
    return (
        sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    )


def drop_from_page_cache(folder: Path) -> bool:
    """Ask the kernel to forget the cached pages of every file under ``folder``."""
    if not hasattr(os, "posix_fadvise"):
        return False
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)
    return True


def time_to_main_window(argv: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``argv`` until the smoke hook reports the main window shown."""
    start = time.perf_counter()
    process = subprocess.Popen(
        argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    assert process.stderr is not None
    shown_after = None
    for line in process.stderr:
        if shown_after is None and line.startswith(SHOWN):
            shown_after = time.perf_counter() - start
    if process.wait(timeout=120) != 0 or shown_after is None:
        raise SystemExit(f"bench_bundle: {argv[0]} did not show its main window")
    return shown_after


def smoke_env(home: str, minimal: bool) -> dict[str, str]:
    base = (
        {"HOME": home, "PATH": "/nonexistent", "LANG": "C.UTF-8"} if minimal else dict(os.environ)
    )
    return {
        **base,
        "CMPLANNER_HOME": str(Path(home) / "cmplanner"),
        "CMPLANNER_SMOKE": "1",
        "QT_QPA_PLATFORM": "offscreen",
    }


def main() -> int:
    bundle = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "dist" / "cmplanner"
    gui = bundle / ("cmplanner-gui.exe" if sys.platform == "win32" else "cmplanner-gui")
    if not gui.is_file():
        print(
            f"bench_bundle: no bundle in {bundle}; build it with: python installer/build.py",
            file=sys.stderr,
        )
        return 2

    import PySide6
    import shiboken6

    size = folder_mb(bundle)
    qt_size = folder_mb(Path(PySide6.__file__).parent) + folder_mb(Path(shiboken6.__file__).parent)
    verdict = "ok" if size <= SIZE_AIM_MB else "OVER AIM"
    print(
        f"bundle size: {size:.1f} MB (aim {SIZE_AIM_MB:.0f} MB, {verdict}); "
        f"PySide6 + shiboken6 installed: {qt_size:.1f} MB; ratio {size / qt_size:.2f}x"
    )

    # A quick command: no Qt, so this is the bundle's own start-up cost.
    cli = bundle / ("cmplanner.exe" if sys.platform == "win32" else "cmplanner")
    bundled_version = median_process([str(cli), "--version"])
    checkout_version = median_process([sys.executable, "-m", "cmplanner", "--version"])
    print(
        f"cmplanner --version, bundle: {bundled_version * 1000:.0f} ms; from checkout: "
        f"{checkout_version * 1000:.0f} ms; ratio {bundled_version / checkout_version:.2f}x"
    )

    with tempfile.TemporaryDirectory() as home:
        hook = REPO / "installer" / "hooks" / "rthook_smoke.py"
        from_checkout = [
            sys.executable,
            "-c",
            "import runpy, sys; runpy.run_path(sys.argv[1]); "
            "from cmplanner.cli.main import main; sys.exit(main(['gui']))",
            str(hook),
        ]
        checkout_env = smoke_env(home, minimal=False)
        checkout_env["PYTHONPATH"] = str(REPO)
        time_to_main_window(from_checkout, checkout_env)  # warm the checkout's caches
        baseline = statistics.median(
            time_to_main_window(from_checkout, checkout_env) for _ in range(RUNS)
        )

        # Cold and warm starts alternate, so a busy moment of the machine spreads over both.
        cold, warm = [], []
        for _ in range(RUNS):
            if drop_from_page_cache(bundle):
                cold.append(time_to_main_window([str(gui)], smoke_env(home, minimal=True)))
            warm.append(time_to_main_window([str(gui)], smoke_env(home, minimal=True)))

    runs = f"median of {RUNS}"
    for label, times in (("cold", cold), ("warm", warm)):
        if times:
            seconds = statistics.median(times)
            print(
                f"bundle start to main window, {label}: {seconds * 1000:.0f} ms ({runs}); "
                f"from checkout, warm: {baseline * 1000:.0f} ms; "
                f"ratio {seconds / baseline:.2f}x"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
