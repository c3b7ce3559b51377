"""``diff_plans(old, new)``: what changed between two plans, and what it touches."""

from __future__ import annotations

from typing import Any

from cmplanner.model.plan import Plan
from cmplanner.plandiff.consequences import (
    late_joiners,
    locality_shifts,
    pxe_change,
    settings_checks,
)
from cmplanner.plandiff.findings import finding_changes
from cmplanner.plandiff.model import FieldChange, ObjectChange, PlanDiff, Renumbered, Status
from cmplanner.plandiff.objects import (
    Renames,
    collections_of,
    display_name,
    field_changes,
    identity,
    match,
    named_by_name,
    normalized_dump,
)
from cmplanner.plandiff.steps import step_changes
from cmplanner.rules.engine import Validator
from cmplanner.tasksequence.xmlshape import gc_paused

#: plan-level fields compared as the "plan" object; the lists are compared object by object
_PLAN_FIELDS = ("name", "description")
_TS_SKIP = frozenset({"steps"})


def _renames(old: Plan, new: Plan) -> tuple[dict[str, list[Any]], Renames]:
    pairs: dict[str, list[Any]] = {}
    renames: Renames = {}
    old_lists, new_lists = collections_of(old), collections_of(new)
    for collection, items in new_lists.items():
        found = match(collection, old_lists[collection], items)
        pairs[collection] = found
        renames[collection] = {
            identity(collection, old_lists[collection][p.old]): items[p.new].name
            for p in found
            if p.renamed and p.old is not None and p.new is not None
        }
    return pairs, renames


def object_changes(old: Plan, new: Plan) -> tuple[list[ObjectChange], list[Renumbered], Renames]:
    """Every object that differs, in the plan's order: site, plan, boundaries, DPs, groups,
    packages, PXE, task sequences, notes."""
    changes: list[ObjectChange] = []
    renumbered: list[Renumbered] = []
    if old.site != new.site:
        fields = field_changes(old.site.model_dump(), new.site.model_dump())
        changes.append(
            ObjectChange("site", Status.CHANGED, new.site.name, old.site.name, 0, 0, tuple(fields))
        )
    plan_fields = [
        FieldChange(f, str(getattr(old, f)), str(getattr(new, f)))
        for f in _PLAN_FIELDS
        if getattr(old, f) != getattr(new, f)
    ]
    if plan_fields:
        changes.append(
            ObjectChange("plan", Status.CHANGED, new.name, old.name, 0, 0, tuple(plan_fields))
        )
    pairs, renames = _renames(old, new)
    old_lists, new_lists = collections_of(old), collections_of(new)
    for collection in ("boundaries", "distribution_points", "dp_groups", "packages"):
        changes.extend(_collection(collection, old_lists, new_lists, pairs[collection], renames))
        if collection == "packages":
            changes.extend(_pxe(old, new))
    for change in _collection(
        "task_sequences", old_lists, new_lists, pairs["task_sequences"], renames
    ):
        if (
            change.status in (Status.CHANGED, Status.RENAMED)
            and change.old_at is not None
            and change.new_at is not None
        ):
            steps, moved = step_changes(change.old_item(old), change.new_item(new))
            renumbered.extend(moved)
            change = ObjectChange(
                change.collection,
                change.status,
                change.name,
                change.old_name,
                change.old_at,
                change.new_at,
                change.fields,
                tuple(steps),
            )
            if (
                change.status is Status.CHANGED
                and not change.fields
                and not change.steps
                and not moved
            ):
                continue
        changes.append(change)
    changes.extend(_collection("notes", old_lists, new_lists, pairs["notes"], renames))
    return changes, renumbered, renames


def _collection(
    collection: str,
    old_lists: dict[str, Any],
    new_lists: dict[str, Any],
    pairs: list[Any],
    renames: Renames,
) -> list[ObjectChange]:
    old_items, new_items = old_lists[collection], new_lists[collection]
    skip = _TS_SKIP if collection == "task_sequences" else frozenset()
    if named_by_name(collection):
        skip = skip | {"name"}  # a new name is a rename, said as such
    found: list[ObjectChange] = []
    for pair in pairs:
        if pair.old is None:
            item = new_items[pair.new]
            found.append(
                ObjectChange(
                    collection,
                    Status.ADDED,
                    display_name(collection, item),
                    "",
                    None,
                    pair.new,
                )
            )
            continue
        if pair.new is None:
            item = old_items[pair.old]
            name = display_name(collection, item)
            found.append(ObjectChange(collection, Status.REMOVED, name, name, pair.old, None))
            continue
        before, after = old_items[pair.old], new_items[pair.new]
        if not pair.renamed and before == after:
            continue
        fields = field_changes(
            normalized_dump(collection, before, renames), after.model_dump(), skip=skip
        )
        steps_differ = collection == "task_sequences" and before.steps != after.steps
        if not fields and not pair.renamed and not steps_differ:
            continue
        found.append(
            ObjectChange(
                collection,
                Status.RENAMED if pair.renamed else Status.CHANGED,
                display_name(collection, after),
                display_name(collection, before),
                pair.old,
                pair.new,
                tuple(fields),
            )
        )
    return found


def _pxe(old: Plan, new: Plan) -> list[ObjectChange]:
    if old.pxe == new.pxe:
        return []
    if old.pxe is None and new.pxe is not None:
        return [ObjectChange("pxe", Status.ADDED, new.pxe.server, "", None, 0)]
    if new.pxe is None and old.pxe is not None:
        return [ObjectChange("pxe", Status.REMOVED, old.pxe.server, old.pxe.server, 0, None)]
    assert old.pxe is not None and new.pxe is not None
    fields = field_changes(old.pxe.model_dump(), new.pxe.model_dump())
    return [
        ObjectChange("pxe", Status.CHANGED, new.pxe.server, old.pxe.server, 0, 0, tuple(fields))
    ]


def diff_plans(
    old: Plan,
    new: Plan,
    old_validator: Validator | None = None,
    new_validator: Validator | None = None,
) -> PlanDiff:
    """Compare two plans by object name. ``old_validator``/``new_validator``, when given,
    are the rules engine already run on that plan (the app keeps one for the open plan)."""
    # Checking two large plans allocates hundreds of thousands of small objects, and each
    # allocation burst set off the cyclic collector over both plans: more than half of a
    # 1,000-DP diff (benchmarks/bench_diff.py). Nothing here makes cycles worth collecting
    # mid-way, so the collector waits until the diff is done.
    with gc_paused():
        return _diff(old, new, old_validator, new_validator)


def _diff(
    old: Plan,
    new: Plan,
    old_validator: Validator | None,
    new_validator: Validator | None,
) -> PlanDiff:
    changes, renumbered, renames = object_changes(old, new)
    result = PlanDiff(old.name, new.name, changes, renumbered=renumbered)
    if not changes:
        return result
    old_v = old_validator or Validator(old)
    new_v = new_validator or Validator(new)
    result.introduced, result.resolved = finding_changes(
        old, old_v.findings, new, new_v.findings, renames
    )
    result.late_joiners = late_joiners(old, new, old_v.ctx, new_v.ctx, changes, renames)
    result.locality, result.service = locality_shifts(
        old, new, old_v.ctx, new_v.ctx, changes, renames
    )
    result.settings = settings_checks(old, new, changes)
    result.pxe = pxe_change(old, new, changes)
    return result
