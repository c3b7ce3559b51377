"""Reading and writing ``.cmplan`` files without ever losing what the user had.

Saving is atomic (temporary file in the same folder, flush, fsync, rename) and keeps the
previous version as ``NAME.cmplan.bak``. Reading never writes. Any problem becomes an
:class:`~cmplanner.errors.InputError` naming the file and the place.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import tempfile
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from cmplanner.errors import InputError, describe_location
from cmplanner.inputs import read_input
from cmplanner.model.migrations import migrate, schema_version_of
from cmplanner.model.plan import SCHEMA_VERSION, Plan
from cmplanner.paths import check_output_name

SUFFIX = ".cmplan"
MAX_PLAN_BYTES = 20 * 1024 * 1024


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
        return Plan.model_validate(doc)
    except ValidationError as exc:
        place, message = validation_message(exc)
        raise InputError(source, message, place) from None
    except (ValueError, TypeError, AttributeError) as exc:
        raise InputError(source, f"cannot upgrade from schema version {version}: {exc}") from None


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
    return plan_from_document(doc, path)


def plan_to_json(plan: Plan) -> str:
    return plan.model_dump_json(indent=2, exclude_none=False) + "\n"


def atomic_write_text(path: str | Path, text: str, keep_backup: bool = True) -> None:
    """Write ``text`` so that ``path`` holds either the old or the new content, never half.

    The previous file is kept as ``path + '.bak'`` when ``keep_backup`` is true.
    """
    path = Path(path)
    check_output_name(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        os.chmod(tmp_name, _mode_for(path))
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if keep_backup and path.exists():
            _keep_backup(path)
        os.replace(tmp_name, path)
        _fsync_folder(folder)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


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
    """Save atomically, keeping the previous version as ``.bak``."""
    path = Path(path)
    try:
        atomic_write_text(path, plan_to_json(plan))
    except OSError as exc:
        raise InputError(path, f"cannot save: {exc.strerror or exc}") from None
