"""Autosave and crash recovery.

Each running window owns one autosave file in ``paths.autosave_dir()`` and holds a lock file
beside it (QLockFile: it names the process, its program and its host). A file whose lock
nobody holds, or whose lock names a process that no longer runs (a crash, a kill, a power
cut), belongs to a session that ended without closing cleanly: the next start takes the stale
lock over and offers to recover it. A clean close removes the session's files; a session ended
by SIGTERM releases its lock and keeps them.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLockFile

from cmplanner.errors import InputError
from cmplanner.model.plan import Plan
from cmplanner.model.planfile import atomic_write_text, load_plan, plan_to_json, remove_leftovers
from cmplanner.paths import autosave_dir

PREFIX = "session-"


@dataclass(frozen=True)
class Orphan:
    """An autosave left behind by a session that did not close."""

    plan_file: Path
    original: Path | None
    saved_at: datetime | None

    def load(self) -> Plan:
        return load_plan(self.plan_file)


def _meta_of(plan_file: Path) -> Path:
    return plan_file.with_suffix(".json")


def _lock_of(plan_file: Path) -> Path:
    return plan_file.with_suffix(".lock")


class AutosaveSession:
    """The autosave file of one running window."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or autosave_dir()
        self.plan_file = self.folder / f"{PREFIX}{uuid.uuid4().hex}.cmplan"
        self._lock = QLockFile(str(_lock_of(self.plan_file)))
        self._lock.setStaleLockTime(0)
        # Locked with the first autosave, not here: Qt syncs a new lock file to disk, which
        # cost the app's start milliseconds, and before the first autosave there is no file
        # another window could take for an orphan.

    def write(self, plan: Plan, original: Path | None) -> None:
        if not self._lock.isLocked():
            self._lock.tryLock(0)
        atomic_write_text(self.plan_file, plan_to_json(plan), keep_backup=False)
        meta = {
            "original": str(original) if original else None,
            "saved_at": datetime.now().isoformat(timespec="seconds"),
        }
        atomic_write_text(_meta_of(self.plan_file), json.dumps(meta), keep_backup=False)
        for written in (self.plan_file, _meta_of(self.plan_file)):
            remove_leftovers(written)

    def release(self) -> None:
        """Give up the lock and keep the files: what is unsaved is offered at the next start."""
        self._lock.unlock()

    def discard(self) -> None:
        """A clean close: nothing to recover."""
        self.plan_file.unlink(missing_ok=True)
        _meta_of(self.plan_file).unlink(missing_ok=True)
        self._lock.unlock()


def orphans(folder: Path | None = None) -> list[Orphan]:
    """Autosaves of sessions that ended without closing, newest first."""
    folder = folder or autosave_dir()
    found = []
    for plan_file in sorted(folder.glob(f"{PREFIX}*.cmplan")):
        lock = QLockFile(str(_lock_of(plan_file)))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            continue  # a running window owns it
        lock.unlock()
        original: Path | None = None
        saved_at: datetime | None = None
        try:
            meta = json.loads(_meta_of(plan_file).read_text(encoding="utf-8"))
            original = Path(meta["original"]) if meta.get("original") else None
            saved_at = datetime.fromisoformat(meta["saved_at"])
        except (OSError, ValueError, KeyError, TypeError):
            pass
        found.append(Orphan(plan_file, original, saved_at))
    found.sort(key=lambda o: o.saved_at or datetime.min, reverse=True)
    return found


def set_aside(orphan: Orphan) -> None:
    """Keep a declined or recovered autosave out of the next offer, without deleting it."""
    for path in (orphan.plan_file, _meta_of(orphan.plan_file)):
        if path.exists():
            path.replace(path.with_name(path.name + ".old"))


def write_orphan(plan: Plan, original: Path | None = None, folder: Path | None = None) -> Orphan:
    """Write an autosave nobody owns (what a crash leaves behind); tests and tools use it."""
    session = AutosaveSession(folder)
    session.write(plan, original)
    session._lock.unlock()
    return Orphan(session.plan_file, original, datetime.now())


__all__ = ["AutosaveSession", "InputError", "Orphan", "orphans", "set_aside", "write_orphan"]
