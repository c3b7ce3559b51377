"""Runtime hook of the bundle: the smoke test's eyes inside the built app, inert by default.

PyInstaller runs this before the app. Unless ``CMPLANNER_SMOKE=1`` is set it returns at once,
so the admin's app never sees it. With it set (``installer/smoke`` and
``benchmarks/bench_bundle.py`` do), it:

- quits the app once its main window is shown and exposed, printing one line
  ``cmplanner-smoke: main window shown: <title> (<ms> ms after process start)`` on stderr, and
  exits 3 if no main window shows within ``CMPLANNER_SMOKE_TIMEOUT`` seconds (default 60);
- saves a picture of that window to ``CMPLANNER_SMOKE_SCREENSHOT`` when it names a file;
- writes its lines to the file ``CMPLANNER_SMOKE_LOG`` names too, for executables that have
  no stderr (``cmplanner-gui.exe`` on Windows);
- at exit, checks that no Python module and no Python, PySide6, shiboken or Qt library was
  loaded from outside the bundle, and exits 97 listing them when one was; otherwise it says
  so, and whether Qt was loaded at all (quick commands must not load it).

Qt is not imported here: the hook waits for the app to import ``PySide6.QtWidgets`` itself,
so ``cmplanner --version`` stays Qt-free under the smoke test as it is for the admin.
"""

from __future__ import annotations

import os
import sys


def _bundle_root() -> str:
    return os.path.realpath(getattr(sys, "_MEIPASS", os.path.dirname(sys.executable)))


def _process_age_ms() -> float | None:
    """Milliseconds since this process started, from /proc (Linux); None elsewhere."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as uptime:
            up_seconds = float(uptime.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return (up_seconds - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000


def _say(text: str) -> None:
    """Report on stderr, and also to the file ``CMPLANNER_SMOKE_LOG`` names when set: a
    windowed Windows executable has no stderr at all."""
    line = f"cmplanner-smoke: {text}"
    if sys.__stderr__ is not None:
        print(line, file=sys.__stderr__, flush=True)
    log = os.environ.get("CMPLANNER_SMOKE_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as stream:
            stream.write(line + "\n")


def _watch_for_main_window() -> None:
    """Poll until a QMainWindow is visible and exposed, then report and quit the loop."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    timeout_ms = int(float(os.environ.get("CMPLANNER_SMOKE_TIMEOUT", "60")) * 1000)
    deadline = time.monotonic() + timeout_ms / 1000
    step_ms = 20

    def shown_window() -> QMainWindow | None:
        for widget in QApplication.topLevelWidgets():
            handle = widget.windowHandle()
            if (
                isinstance(widget, QMainWindow)
                and widget.isVisible()
                and handle is not None
                and handle.isExposed()
            ):
                return widget
        return None

    def poll() -> None:
        window = shown_window()
        if window is None:
            if time.monotonic() >= deadline:
                _say(f"no main window shown within {timeout_ms} ms")
                QApplication.exit(3)
                return
            QTimer.singleShot(step_ms, poll)
            return
        age = _process_age_ms()
        when = f"{age:.0f} ms after process start" if age is not None else "time unknown"
        _say(f"main window shown: {window.windowTitle()} ({when})")
        from PySide6.QtCore import QLibraryInfo

        translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        files = os.listdir(translations) if os.path.isdir(translations) else []
        count = sum(1 for name in files if name.endswith(".qm"))
        _say(f"Qt translations: {count} files in {translations}")
        others = [
            w.windowTitle() or type(w).__name__
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not window
        ]
        if others:
            _say(f"other windows open: {', '.join(others)}")
        picture = os.environ.get("CMPLANNER_SMOKE_SCREENSHOT")
        if picture:
            window.grab().save(picture)
        QApplication.exit(0)

    QTimer.singleShot(0, poll)


def _patch_qapplication(module: object) -> None:
    """Wrap ``QApplication.exec`` so the watcher starts with the app's event loop."""
    application = module.QApplication  # type: ignore[attr-defined]
    original_exec = application.exec

    def exec_and_watch() -> int:
        if application.instance() is not None:
            _watch_for_main_window()
        return int(original_exec())

    application.exec = staticmethod(exec_and_watch)


class _PatchingLoader:
    """Loads a module with its own loader, then patches it (the loader may be shared)."""

    def __init__(self, inner: object) -> None:
        self.inner = inner

    def create_module(self, spec: object) -> object:
        return self.inner.create_module(spec)  # type: ignore[attr-defined]

    def exec_module(self, module: object) -> None:
        self.inner.exec_module(module)  # type: ignore[attr-defined]
        _patch_qapplication(module)


class _PatchQtWidgetsOnImport:
    """A meta path finder that patches ``PySide6.QtWidgets`` right after it is imported."""

    target = "PySide6.QtWidgets"

    def find_spec(self, name: str, path: object = None, target: object = None) -> object:
        if name != self.target:
            return None
        sys.meta_path.remove(self)  # one import to watch: step aside for good
        import importlib.util

        spec = importlib.util.find_spec(name)
        if spec is not None and spec.loader is not None:
            spec.loader = _PatchingLoader(spec.loader)
        return spec


def _outside_bundle(root: str) -> list[str]:
    """Python modules and Python/Qt libraries this process loaded from outside ``root``."""
    root = os.path.join(os.path.realpath(root), "")  # with one trailing separator
    found = set()
    for name, module in list(sys.modules.items()):
        where = getattr(module, "__file__", None)
        # A relative name is a module with no file of its own (embedded in a library).
        if where and os.path.isabs(where) and not os.path.realpath(where).startswith(root):
            found.add(f"module {name} from {where}")
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            mapped = {line.split(None, 5)[-1].strip() for line in maps if "/" in line}
    except OSError:
        mapped = set()
    watched = ("python", "pyside", "shiboken", "libqt6", "/qt6/", "/plugins/platforms/")
    for path in mapped:
        lowered = path.lower()
        if (
            path.startswith("/")
            and any(w in lowered for w in watched)
            and not os.path.realpath(path).startswith(root)
        ):
            found.add(f"library {path}")
    return sorted(found)


def _report_at_exit() -> None:
    if not getattr(sys, "frozen", False):
        _say("not running from a bundle: nothing to check")
        return
    outside = _outside_bundle(_bundle_root())
    if outside:
        _say("loaded from outside the bundle: " + "; ".join(outside))
        os._exit(97)
    _say(
        "everything loaded came from the bundle; "
        + ("Qt loaded" if "PySide6.QtCore" in sys.modules else "Qt not loaded")
    )


if os.environ.get("CMPLANNER_SMOKE") == "1":
    import atexit

    sys.meta_path.insert(0, _PatchQtWidgetsOnImport())
    atexit.register(_report_at_exit)
