"""Reading and writing ``.cmplan`` files without ever losing what the user had.

Saving is atomic (temporary file in the same folder, flush, fsync, rename) and keeps the
previous version as ``NAME.cmplan.bak``. Reading never writes. Any problem becomes an
:class:`~cmplanner.errors.InputError` naming the file and the place.
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from cmplanner.errors import InputError, describe_location, escape_controls
from cmplanner.inputs import read_input
from cmplanner.model.migrations import migrate, schema_version_of
from cmplanner.model.plan import SCHEMA_VERSION, Plan
from cmplanner.model.tasksequence import Group, Operator, Step, TaskSequence
from cmplanner.paths import check_output_name

SUFFIX = ".cmplan"
MAX_PLAN_BYTES = 20 * 1024 * 1024
# Groups and condition operators inside one another. pydantic cannot write a plan whose
# models nest past about 125 levels, so a plan deeper than this could be opened but never
# saved; real task sequences nest a handful of groups.
MAX_NESTING = 100
# The JSON escape of a surrogate: a high one followed by a low one is a pair (an emoji); any
# other is half a character, which once parsed is a string no file can hold.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_LONG_NUMBER = re.compile(r"\d{4301,}")


def validation_message(error: ValidationError) -> tuple[str, str]:
    """The place and an admin-readable text for the first problem pydantic found."""
    first = error.errors()[0]
    place = describe_location(tuple(first["loc"]))
    message = first["msg"].removeprefix("Value error, ")
    more = error.error_count() - 1
    if more:
        message += f" (and {more} more problem{'s' if more > 1 else ''})"
    return place, message


def plan_from_document(doc: Any, source: str | Path) -> Plan:
    """Check the schema version, migrate, and validate a parsed JSON document."""
    if not isinstance(doc, dict):
        raise InputError(source, f"expected a JSON object, found {type(doc).__name__}")
    try:
        version = schema_version_of(doc)
    except ValueError as exc:
        raise InputError(source, str(exc), "schema_version") from None
    if version > SCHEMA_VERSION:
        raise InputError(
            source,
            f"this plan uses schema version {version}, newer than the "
            f"{SCHEMA_VERSION} this cmplanner knows: update cmplanner to open it",
            "schema_version",
        )
    if version < 0:
        raise InputError(source, f"schema version {version} is not valid", "schema_version")
    try:
        doc = migrate(doc, SCHEMA_VERSION)
        plan = Plan.model_validate(doc)
    except ValidationError as exc:
        place, message = validation_message(exc)
        raise InputError(source, message, place) from None
    except (ValueError, TypeError, AttributeError) as exc:
        raise InputError(source, f"cannot upgrade from schema version {version}: {exc}") from None
    for task_sequence in plan.task_sequences:
        check_nesting(task_sequence, source)
    return plan


def nesting_depth(nodes: list[Any]) -> int:
    """How many groups and condition operators the deepest item of ``nodes`` sits in
    (walked without recursion, so any depth can be measured)."""
    deepest = 0
    stack: list[tuple[list[Any], int]] = [(nodes, 1)]
    while stack:
        items, depth = stack.pop()
        if items:
            deepest = max(deepest, depth)
        for item in items:
            if isinstance(item, Group | Operator) and item.children:
                stack.append((item.children, depth + 1))
            if isinstance(item, Group | Step) and item.conditions:
                stack.append((item.conditions, depth + 1))
    return deepest


def check_nesting(task_sequence: TaskSequence, source: str | Path | None) -> None:
    """Refuse a task sequence nested too deeply to be saved (one line naming it)."""
    depth = nesting_depth(task_sequence.steps)
    if depth > MAX_NESTING:
        raise InputError(
            source,
            f"groups and conditions are nested {depth} levels deep; a plan can hold at most "
            f"{MAX_NESTING}, so this one could never be saved",
            f"task sequence {quote(task_sequence.name)}",
        )


def quote(value: str) -> str:
    """A name as an error message quotes it: in double quotes, control characters escaped."""
    return f'"{escape_controls(value)}"'


def _strings(doc: Any) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Every key and string value of a parsed JSON document with its place."""
    stack: list[tuple[tuple[Any, ...], Any]] = [((), doc)]
    while stack:
        loc, value = stack.pop()
        if isinstance(value, str):
            yield loc, value
        elif isinstance(value, dict):
            for key, item in value.items():
                yield (*loc, key), key
                stack.append(((*loc, key), item))
        elif isinstance(value, list):
            stack.extend(((*loc, i), item) for i, item in enumerate(value))


def _refuse_lone_surrogates(doc: Any, text: str, source: Path) -> None:
    """A ``\\ud800`` escape parses into half a character that no file (and no runbook) can
    hold: refuse it at load with its place rather than fail at the first save."""
    if not _has_lone_surrogate_escape(text):
        return
    for loc, value in _strings(doc):
        if value.isascii():
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            bad = f"\\u{ord(value[exc.start]):04x}"
            raise InputError(
                source,
                f"holds {bad}, half of a character pair and not text, so it could never be "
                "saved or printed",
                describe_location(loc),
            ) from None


def _has_lone_surrogate_escape(text: str) -> bool:
    """Whether ``text`` escapes half a surrogate pair (cheap when it escapes none; a false
    yes, such as an escaped backslash before "ud800", only costs the walk that finds none)."""
    if "\\ud" not in text and "\\uD" not in text:
        return False
    escapes = list(_SURROGATE_ESCAPE.finditer(text))
    i = 0
    while i < len(escapes):
        high = escapes[i][0][3].lower() in "89ab"
        paired = (
            high
            and i + 1 < len(escapes)
            and escapes[i + 1].start() == escapes[i].end()
            and escapes[i + 1][0][3].lower() in "cdef"
        )
        if not paired:
            return True
        i += 2
    return False


def _line_column(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - text.rfind("\n", 0, offset)
    return f"line {line} column {column}"


def load_plan(path: str | Path) -> Plan:
    """Read a ``.cmplan`` file; every failure is one :class:`InputError`."""
    path = Path(path)
    raw = read_input(path, "a plan file", MAX_PLAN_BYTES, "a plan")
    if not raw.strip():
        raise InputError(path, "the file is empty")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, "not UTF-8 text, so not a plan file", f"byte {exc.start}") from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            path, f"not valid JSON: {exc.msg}", f"line {exc.lineno} column {exc.colno}"
        ) from None
    except RecursionError:
        raise InputError(path, "not a plan: the JSON is nested too deeply") from None
    except ValueError:  # Python refuses to turn more than 4,300 digits into a number
        found = _LONG_NUMBER.search(text)
        place = _line_column(text, found.start()) if found else None
        raise InputError(path, "a number of more than 4,300 digits: not a plan", place) from None
    _refuse_lone_surrogates(doc, text, path)
    return plan_from_document(doc, path)


def plan_to_json(plan: Plan) -> str:
    return plan.model_dump_json(indent=2, exclude_none=False) + "\n"


def atomic_write_text(path: str | Path, text: str, keep_backup: bool = True) -> None:
    """Write ``text`` so that ``path`` holds either the old or the new content, never half.

    The previous file is kept as ``path + '.bak'`` when ``keep_backup`` is true.
    """
    atomic_write_bytes(path, text.encode("utf-8"), keep_backup)


def atomic_write_bytes(path: str | Path, data: bytes, keep_backup: bool = False) -> None:
    """Write ``data`` through a temporary file in the same folder, checked complete (its
    size on disk), synced and renamed over ``path``: on any error (a full disk included)
    ``path`` keeps its old content and the temporary file is removed."""
    path = Path(path)
    check_output_name(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.chmod(tmp_name, _mode_for(path))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        finish_temporary(Path(tmp_name), path, len(data), keep_backup)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def finish_temporary(tmp: Path, path: Path, size: int | None, keep_backup: bool) -> None:
    """Rename a fully written temporary file over ``path`` (keeping a ``.bak`` if asked).

    ``size`` is what should be on disk: a file that came out shorter (a writer that did not
    notice a full disk) raises :class:`OSError` (ENOSPC) instead of replacing anything."""
    if size is not None and tmp.stat().st_size != size:
        raise OSError(errno.ENOSPC, "the file came out incomplete (is the disk full?)")
    if keep_backup and path.exists():
        _keep_backup(path)
    os.replace(tmp, path)
    folder = path.parent if str(path.parent) else Path(".")
    _fsync_folder(folder)


def remove_leftovers(path: Path) -> list[Path]:
    """Remove the temporary files an interrupted save of ``path`` left behind (a killed
    process cannot clean up): ``.NAME.XXXXXXXX.tmp`` and ``.NAME.bak.XXXXXXXX.tmp``."""
    folder = path.parent if str(path.parent) else Path(".")
    pattern = re.compile(rf"\.{re.escape(path.name)}(\.bak)?\.[A-Za-z0-9_]{{8}}\.tmp")
    removed = []
    try:
        candidates = list(folder.iterdir())
    except OSError:
        return []
    for candidate in candidates:
        if pattern.fullmatch(candidate.name) and candidate.is_file():
            try:
                candidate.unlink()
            except OSError:
                continue
            removed.append(candidate)
    return removed


def _mode_for(path: Path) -> int:
    """The replaced file's permissions, or what a new file gets under the umask (mkstemp
    alone would leave every output readable by its owner only)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _keep_backup(path: Path) -> None:
    """Copy the current file to ``.bak`` (atomically too), leaving ``path`` in place."""
    backup = path.with_name(path.name + ".bak")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{backup.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        shutil.copy2(path, tmp_name)
        os.replace(tmp_name, backup)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def save_plan(plan: Plan, path: str | Path) -> None:
    """Save atomically, keeping the previous version as ``.bak``; afterwards remove what
    earlier, interrupted saves of the same file left behind. Every failure is one
    :class:`InputError` and leaves the file as it was."""
    path = Path(path)
    try:
        text = plan_to_json(plan)
    except (ValueError, RecursionError) as exc:  # pydantic cannot write it (too deep)
        raise InputError(path, f"cannot save: the plan cannot be written as JSON ({exc})") from None
    try:
        atomic_write_text(path, text)
    except UnicodeEncodeError as exc:
        raise InputError(
            path, f"cannot save: the plan holds {exc.object[exc.start]!a}, which is not text"
        ) from None
    except OSError as exc:
        raise InputError(path, f"cannot save: {exc.strerror or exc}") from None
    remove_leftovers(path)
