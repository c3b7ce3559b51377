"""Build model objects from values the XML reader has already checked, without re-validating.

Importing a 5,000-step export creates tens of thousands of small models (steps, variables,
conditions, layouts); pydantic validation of that tree costs several times the XML parse.
The reader only ever passes values of the right types (strings, booleans, ``RunIn``, lists of
models it built), so the models are assembled directly: every field is set, missing ones from
the field's default or default factory, exactly as ``model_construct`` does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel

from cmplanner.model.tasksequence import Variable

M = TypeVar("M", bound=BaseModel)

_Table = tuple[dict[str, Any], tuple[tuple[str, Callable[[], Any]], ...]]
_TABLES: dict[type[BaseModel], _Table] = {}
_set = object.__setattr__


def _table(cls: type[BaseModel]) -> _Table:
    """(plain defaults, (field, default factory) pairs) of a model class, computed once."""
    table = _TABLES.get(cls)
    if table is None:
        plain: dict[str, Any] = {}
        factories: list[tuple[str, Callable[[], Any]]] = []
        for name, info in cls.model_fields.items():
            if info.default_factory is not None:
                factories.append((name, info.default_factory))  # type: ignore[arg-type]
            else:
                plain[name] = None if info.is_required() else info.default
        table = (plain, tuple(factories))
        _TABLES[cls] = table
    return table


def build(cls: type[M], values: dict[str, Any]) -> M:
    """``cls`` with ``values``; fields not given take their defaults."""
    plain, factories = _table(cls)
    fields = dict(plain)
    fields.update(values)
    for name, factory in factories:
        if name not in values:
            fields[name] = factory()
    model = cls.__new__(cls)
    _set(model, "__dict__", fields)
    _set(model, "__pydantic_fields_set__", set(values))
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


def variable(name: str, prop: str, value: str, extra: dict[str, str] | None) -> Variable:
    """A :class:`Variable` (the most numerous model of an import), assembled directly."""
    model = _new(Variable)
    _set(
        model,
        "__dict__",
        {
            "name": name,
            "property": prop,
            "value": value,
            "extra_attributes": {} if extra is None else extra,
        },
    )
    _set(model, "__pydantic_fields_set__", {"name", "property", "value"})
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


_new = object.__new__


def complete(cls: type[M], fields: dict[str, Any]) -> M:
    """``cls`` from a dict that already holds every field (the reader's hot path)."""
    model = _new(cls)
    _set(model, "__dict__", fields)
    _set(model, "__pydantic_fields_set__", set(fields))
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model
