"""Match a plan's objects by name, never by list position, and compare them field by field.

An object keeps its identity across two plans by its name (a package by its package id). A
DP that lost its name but kept its server, a boundary that kept its type and value, a group
that kept its members and a task sequence that kept its steps were *renamed*: they are one
object, not a removal and an addition. References to renamed objects (group members, a
branch DP's source, where packages were sent, protected boundaries) are read under the new
names, so a rename shows once, on the object itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cmplanner.language import N_
from cmplanner.model.plan import Plan
from cmplanner.plandiff.model import FieldChange

#: fields never compared: kept for the export's exact layout, not something an admin plans
LAYOUT_FIELDS = frozenset(
    {"layout", "extra_xml", "wrapper", "wrapper_xml", "sequence_data_as_text"}
)
SECRET_FIELDS = frozenset({"password"})
NONE = "(none)"
#: the words the diff itself writes for a value (no value, a yes/no, a secret's state), for
#: the catalogue: people read these in their language (``FieldChange.worded``)
VALUE_WORDS = (N_("(none)"), N_("yes"), N_("no"), N_("set"), N_("not set"), N_("set (changed)"))


def _worded(value: Any) -> bool:
    """True when :func:`words` says ``value`` in the diff's own words (none, yes, no)."""
    return value is None or value == "" or value == [] or value == {} or isinstance(value, bool)


@dataclass(frozen=True)
class Pair:
    """Positions of one object in the old and the new plan (None where it is missing)."""

    old: int | None
    new: int | None
    renamed: bool = False


Renames = dict[str, dict[str, str]]  # collection -> old folded name -> new name


def _by_name(item: Any) -> str:
    return str(item.name).casefold()


_IDENTITY: dict[str, Callable[[Any], str]] = {
    "packages": lambda item: str(item.package_id).casefold(),
    "notes": lambda item: f"{item.subject}\x00{item.text}".casefold(),
}


def named_by_name(collection: str) -> bool:
    """Whether objects of the collection are told apart by their name (so a new name is a
    rename); packages are told apart by their package ID, and their name is a field."""
    return collection not in _IDENTITY


def identity(collection: str, item: Any) -> str:
    """The name that identifies an object in its collection, case-folded."""
    return _IDENTITY.get(collection, _by_name)(item)


def identities(collection: str, items: Sequence[Any]) -> list[str]:
    """:func:`identity` of every item, with the lookup done once."""
    key = _IDENTITY.get(collection, _by_name)
    return [key(item) for item in items]


def display_name(collection: str, item: Any) -> str:
    if collection == "packages":
        return f"{item.name} ({item.package_id})"
    if collection == "notes":
        text = str(item.text)
        return text if len(text) <= 60 else text[:57] + "..."
    return str(item.name)


def _rename_key(collection: str, item: Any) -> Any:
    """What makes two differently named objects one (None: this collection never renames)."""
    if collection == "distribution_points":
        return item.server.casefold() or None
    if collection == "boundaries":
        return (item.type.value, item.value.replace(" ", "").casefold())
    if collection == "dp_groups":
        members = tuple(sorted(m.dp.casefold() for m in item.members))
        return members or None
    if collection == "task_sequences":
        return repr([s.model_dump() for s in item.steps]) if item.steps else None
    return None


def match(collection: str, old: Sequence[Any], new: Sequence[Any]) -> list[Pair]:
    """Pairs in the new plan's order, then the removed objects in the old plan's order."""
    old_at: dict[str, int] = {}
    for i, name in enumerate(identities(collection, old)):
        old_at.setdefault(name, i)
    pairs: list[Pair] = []
    used: set[int] = set()
    unmatched_new: list[int] = []
    for j, name in enumerate(identities(collection, new)):
        at = old_at.get(name)
        if at is None or at in used:
            unmatched_new.append(j)
            pairs.append(Pair(None, j))
        else:
            used.add(at)
            pairs.append(Pair(at, j))
    leftover = [i for i in range(len(old)) if i not in used]
    if leftover and unmatched_new:
        by_key: dict[Any, list[int]] = {}
        for i in leftover:
            key = _rename_key(collection, old[i])
            if key is not None:
                by_key.setdefault(key, []).append(i)
        for j in unmatched_new:
            candidates = by_key.get(_rename_key(collection, new[j]))
            if candidates:
                i = candidates.pop(0)
                used.add(i)
                pairs[j] = Pair(i, j, renamed=True)
    pairs.extend(Pair(i, None) for i in range(len(old)) if i not in used)
    return pairs


# -- values as words ------------------------------------------------------------------------
def words(value: Any) -> str:
    """A dumped value as an admin reads it."""
    if value is None or value == "" or value == [] or value == {}:
        return NONE
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if hasattr(value, "value") and isinstance(value.value, str):  # an enum
        return str(value.value).replace("_", " ")
    if isinstance(value, dict):
        return ", ".join(f"{k}={words(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(words(v) for v in value)
    return str(value)


def _item_words(field: str, item: Any) -> str:
    if isinstance(item, dict):
        if field == "members":
            return f"{item['dp']} (joined {words(item['joined'])})"
        if field == "sent":
            kind = "group" if words(item["target_kind"]) == "group" else "DP"
            return f"to {kind} {item['target']} on {words(item['sent'])}"
    return words(item)


def field_changes(
    old: dict[str, Any], new: dict[str, Any], prefix: str = "", skip: frozenset[str] = frozenset()
) -> list[FieldChange]:
    """Every field of two dumped objects that differs; nested objects by dotted name, lists
    as what was added and what was removed, secrets as "changed" without their value."""
    found: list[FieldChange] = []
    for key in dict.fromkeys([*old, *new]):
        if key in skip or key in LAYOUT_FIELDS:
            continue
        a, b = old.get(key), new.get(key)
        if a == b:
            continue
        name = f"{prefix}{key}"
        if key in SECRET_FIELDS:
            after = "set (changed)" if a and b else "set" if b else "not set"
            found.append(FieldChange(name, "set" if a else "not set", after, (True, True)))
        elif isinstance(a, dict) and isinstance(b, dict):
            found.extend(field_changes(a, b, f"{name}.", skip))
        elif isinstance(a, list) and isinstance(b, list):
            found.extend(_list_changes(name, a, b))
        else:
            found.append(FieldChange(name, words(a), words(b), (_worded(a), _worded(b))))
    return found


def _list_changes(name: str, old: list[Any], new: list[Any]) -> list[FieldChange]:
    old_words = [_item_words(name.rsplit(".", 1)[-1], v) for v in old]
    new_words = [_item_words(name.rsplit(".", 1)[-1], v) for v in new]
    gone = [w for w in old_words if w not in new_words]
    came = [w for w in new_words if w not in old_words]
    if not gone and not came:  # same items, another order
        return [FieldChange(f"{name} (order)", ", ".join(old_words), ", ".join(new_words))]
    changes = []
    if came:
        changes.append(FieldChange(f"{name} added", NONE, "; ".join(came), (True, False)))
    if gone:
        changes.append(FieldChange(f"{name} removed", "; ".join(gone), NONE, (False, True)))
    return changes


# -- references under new names -------------------------------------------------------------
def _renamed(renames: Renames, collection: str, name: str | None) -> str | None:
    if not name:
        return name
    return renames.get(collection, {}).get(name.casefold(), name)


def normalized_dump(collection: str, item: Any, renames: Renames) -> dict[str, Any]:
    """An old object's dump with its references to renamed objects read under new names."""
    data: dict[str, Any] = item.model_dump()
    if not any(renames.values()):
        return data
    if collection == "distribution_points":
        data["pulls_from"] = _renamed(renames, "distribution_points", data["pulls_from"])
        data["protected_boundaries"] = [
            _renamed(renames, "boundaries", b) for b in data["protected_boundaries"]
        ]
    elif collection == "dp_groups":
        for member in data["members"]:
            member["dp"] = _renamed(renames, "distribution_points", member["dp"])
    elif collection == "packages":
        for send in data["sent"]:
            target = "dp_groups" if send["target_kind"] == "group" else "distribution_points"
            send["target"] = _renamed(renames, target, send["target"])
    return data


def collections_of(plan: Plan) -> dict[str, Sequence[Any]]:
    return {
        "boundaries": plan.boundaries,
        "distribution_points": plan.distribution_points,
        "dp_groups": plan.dp_groups,
        "packages": plan.packages,
        "task_sequences": plan.task_sequences,
        "notes": plan.notes,
    }


Differ = Callable[[Any, Any], list[FieldChange]]
