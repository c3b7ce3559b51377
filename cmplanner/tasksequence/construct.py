"""Build model objects from values the XML reader has already checked, without re-validating.

Importing a 5,000-step export creates tens of thousands of small models (steps, variables,
conditions, layouts); pydantic validation of that tree costs several times the XML parse.
The reader only ever passes values of the right types (strings, booleans, ``RunIn``, lists of
models it built), so the models are assembled directly: every field is set, missing ones from
the field's default or default factory, exactly as ``model_construct`` does.

Why not ``model_construct`` itself (measured with ``benchmarks/bench_tasksequence.py``'s
document, import + lint + export of 5,000 steps, same run): 859 ms against 905 ms CPU median,
622 against 752 ms best, so about 5 to 20 % more; and, what decides it, ``model_construct``
gives every model a set of its own for ``__pydantic_fields_set__``, while a model built here
whose fields are all given shares one frozen-in-practice set per class (every field is in it,
so pydantic's ``add`` on assignment changes nothing). On a 64 MB export of 170,000 steps that
set alone is about 1.8 KB a step, the difference between staying under 1 GB and not.

The price: this writes pydantic's private slots (``__dict__``, ``__pydantic_fields_set__``,
``__pydantic_extra__``, ``__pydantic_private__``). ``tests/tasksequence/test_construct.py``
fails loudly when a pydantic release changes them, and ``pyproject.toml`` caps pydantic below
3.
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


def _all_fields(cls: type[BaseModel]) -> set[str]:
    """One set of every field name per class, shared by every model :func:`complete` builds
    (they all have every field set)."""
    names = _ALL_FIELDS.get(cls)
    if names is None:
        names = _ALL_FIELDS[cls] = set(cls.model_fields)
    return names


_ALL_FIELDS: dict[type[BaseModel], set[str]] = {}


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
    _set(model, "__pydantic_fields_set__", _VARIABLE_FIELDS)
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


_new = object.__new__
_VARIABLE_FIELDS = _all_fields(Variable)


def complete(cls: type[M], fields: dict[str, Any]) -> M:
    """``cls`` from a dict that already holds every field (the reader's hot path)."""
    model = _new(cls)
    _set(model, "__dict__", fields)
    _set(model, "__pydantic_fields_set__", _all_fields(cls))
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model
