"""Loading the bundled data files (rules, tables, checklists, knowledge) the one same way.

Every file under ``resources/`` is TOML checked by a pydantic model when loaded; a damaged
file becomes one :class:`InputError` naming the file and the field, as a user's file would.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from cmplanner.errors import InputError, describe_location

M = TypeVar("M", bound=BaseModel)


def read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(path, f"not valid TOML: {exc}") from None


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
