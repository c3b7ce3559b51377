"""Loading the bundled data files (rules, tables, checklists, knowledge) the one same way.

Every file under ``resources/`` is TOML checked by a pydantic model when loaded; a damaged
file becomes one :class:`InputError` naming the file and the field, as a user's file would.

Parsing TOML is pure Python and was most of the rules engine's first run (the app's start-up,
every command), so the parsed data is kept as JSON in the user cache folder, under the SHA-256
of the file's bytes: a changed file is a new key, never a stale hit. Only the parsing is
skipped; every load still goes through its pydantic model. A cache entry carries the SHA-256
of its own text, so a damaged one is parsed again; a cache that cannot be written is not kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from cmplanner.errors import InputError, describe_location
from cmplanner.paths import user_cache_dir

M = TypeVar("M", bound=BaseModel)

# Part of every key: a new cache format or another Python's tomllib never reads an old entry.
_CACHE_FORMAT = f"cmplanner-toml-json-1 python-{sys.version_info[0]}.{sys.version_info[1]}"


def read_toml(path: Path) -> dict[str, Any]:
    """The TOML file at ``path`` as data (parsed once per content, see the module's note)."""
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read: {exc}") from None
    key = hashlib.sha256(_CACHE_FORMAT.encode() + b"\0" + raw).hexdigest()
    cached = _cached(key)
    if cached is not None:
        return cached
    import tomllib  # only on a miss: the cache spares its import too

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(path, f"not valid TOML: {exc}") from None
    _keep(key, data)
    return data


def _cache_file(key: str) -> Path:
    return user_cache_dir() / "datafiles" / f"{key}.json"


def _cached(key: str) -> dict[str, Any] | None:
    """The data kept under ``key``, or None when there is none or it is damaged."""
    try:
        text = _cache_file(key).read_text(encoding="utf-8")
        digest, _, body = text.partition("\n")
        if hashlib.sha256(body.encode("utf-8")).hexdigest() != digest:
            return None
        data = json.loads(body)
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _keep(key: str, data: dict[str, Any]) -> None:
    """Write ``data`` under ``key`` (atomically), when JSON holds it exactly (TOML dates and
    times, or a float JSON cannot write, are simply parsed again next time)."""
    if not _plain(data):
        return
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = hashlib.sha256(body.encode("utf-8")).hexdigest() + "\n" + body
    import tempfile  # only when writing: a command that reads the cache never needs it

    target = _cache_file(key)
    temporary: str | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, target)
    except OSError:  # a read-only or full disk: the next start parses the file again
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _plain(value: Any) -> bool:
    """True when JSON writes ``value`` and reads it back equal (and of the same types)."""
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    if isinstance(value, float):
        return value == value and value not in (float("inf"), float("-inf"))
    return isinstance(value, str | int | bool)


def validated(path: Path, model: type[M], data: Any) -> M:
    """``data`` checked by ``model``; the first problem names its field."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(first["loc"])
        message = first["msg"].removeprefix("Value error, ")
        if first["type"] == "missing" and loc:
            message = f"required field {loc[-1]!r} is missing"
        raise InputError(path, message, describe_location(loc)) from None


def load_toml_model(path: Path, model: type[M]) -> M:
    """Read a TOML data file and check it with ``model``."""
    return validated(path, model, read_toml(path))


def refuse_duplicates(keys: Iterable[str], what: str) -> None:
    """Raise ValueError naming the first of ``keys`` listed twice (for a model validator:
    pydantic turns it into the data file's one line, with the file and the field).

    Every bundled table that is looked up by id (known errors, step types, checklist steps)
    refuses a repeated id, which would otherwise shadow the first entry silently.
    """
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            raise ValueError(f"{what} {key!r} is listed twice")
        seen.add(key)
