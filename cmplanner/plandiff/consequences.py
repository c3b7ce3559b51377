"""What a change touches beyond the changed object itself, computed by the rules engine's own
functions (never a second copy of a rule):

- a DP that joined a group lists the packages it will not get by itself
  (``rules.context.packages_missed``, GRP001's list);
- boundary and DP changes list the locality rows that change (``rules.locality``);
- a DP whose settings changed is re-checked against the compatibility table
  (``rules.dp_matrix``);
- a PXE service point, certificate or PXE-enabled DP change brings the PXE checklists.
"""

from __future__ import annotations

from collections.abc import Iterable

from cmplanner.model.distribution import DistributionPoint
from cmplanner.model.plan import Plan
from cmplanner.plandiff.model import (
    LateJoiner,
    LocalityShift,
    ObjectChange,
    PxeChange,
    ServiceShift,
    SettingsCheck,
    Status,
)
from cmplanner.plandiff.objects import Renames, words
from cmplanner.rules import dp_matrix
from cmplanner.rules.context import PlanContext, packages_missed
from cmplanner.rules.dp_matrix import dp_conflicts, load_table, setting_ids_of
from cmplanner.rules.locality import OUTSIDE, LocalityRow, locality_table

#: DP fields that decide where clients get content
LOCALITY_FIELDS = ("ip_address", "ad_site", "protected", "protected_boundaries")
#: DP fields that are settings of the compatibility table
SETTING_FIELDS = ("host", *dp_matrix.SETTING_FIELDS.values())  # the table reads host too
ABSENT = "absent"


def _touched(change: ObjectChange, fields: Iterable[str]) -> bool:
    wanted = tuple(fields)
    return any(f.field.split(" ", 1)[0].split(".", 1)[0] in wanted for f in change.fields)


# -- groups -------------------------------------------------------------------------------
def _groups_touched(
    old: Plan, new: Plan, changes: list[ObjectChange], renames: Renames
) -> set[str]:
    """Groups (by folded new name) whose late joiners may have changed: changed groups and
    the groups that changed packages were sent to."""
    groups = renames.get("dp_groups", {})
    found: set[str] = set()
    for change in changes:
        if change.collection == "dp_groups" and change.new_subject is not None:
            found.add(change.name.casefold())
        elif change.collection == "packages":
            for plan, package in ((old, change.old_item(old)), (new, change.new_item(new))):
                if package is None:
                    continue
                for send in package.sent:
                    if send.target_kind.value == "group":
                        name = send.target.casefold()
                        found.add(groups.get(name, send.target).casefold() if plan is old else name)
    return found


def late_joiners(
    old: Plan,
    new: Plan,
    old_ctx: PlanContext,
    ctx: PlanContext,
    changes: list[ObjectChange],
    renames: Renames,
) -> list[LateJoiner]:
    """Members that, after this change, miss packages sent to their group before they
    joined which they did not miss before: a DP that joined a group, a join date that
    moved, or a package sent to the group before an existing member joined. Both lists are
    the rules engine's own (``packages_missed``, GRP001's list)."""
    found: list[LateJoiner] = []
    dp_names = renames.get("distribution_points", {})
    group_back = {
        new_name.casefold(): old for old, new_name in renames.get("dp_groups", {}).items()
    }
    touched = _groups_touched(old, new, changes, renames)
    for g, group in enumerate(new.dp_groups):
        key = group.name.casefold()
        if key not in touched:
            continue
        old_g = old_ctx.group_by_name.get(group_back.get(key, key))
        before: dict[str, set[str]] = {}
        if old_g is not None:
            for m, member in enumerate(old.dp_groups[old_g].members):
                name = dp_names.get(member.dp.casefold(), member.dp).casefold()
                before[name] = set(packages_missed(old_ctx, old_g, m))
        for m, member in enumerate(group.members):
            missed = packages_missed(ctx, g, m)
            if not set(missed) - before.get(member.dp.casefold(), set()):
                continue
            names = tuple(new.packages[ctx.package_by_id[p.casefold()]].name for p in missed)
            found.append(
                LateJoiner(
                    group.name,
                    member.dp,
                    words(member.joined),
                    tuple(missed),
                    names,
                    f"dp_groups[{g}].members[{m}]",
                )
            )
    return found


# -- locality -----------------------------------------------------------------------------
class _Rows:
    """A locality table looked up by boundary name. A row lists every DP of the plan once,
    as local, remote, fallback or unavailable, so a DP of the plan that is in none of the
    other lists is remote: only the short lists and the few shared long ones are searched."""

    def __init__(self, rows: list[LocalityRow], boundary_names: dict[str, str]) -> None:
        self.rows = {boundary_names.get(r.boundary.casefold(), r.boundary): r for r in rows}
        self._sets: dict[int, frozenset[str]] = {}

    def _has(self, names: list[str], name: str) -> bool:
        if len(names) < 16:
            return name in names
        found = self._sets.get(id(names))
        if found is None:
            found = self._sets[id(names)] = frozenset(names)
        return name in found

    def state(self, boundary: str, dp: str) -> str:
        """The state of a DP *of this plan* (by its exact name) for a boundary's clients."""
        row = self.rows.get(boundary)
        if row is None:
            return ABSENT
        if dp in row.local:
            return "local"
        if row.fallback and self._has(row.fallback, dp):
            return "fallback"
        if row.unavailable and self._has(row.unavailable, dp):
            return "unavailable"
        return "remote"


def _serving_rows(plan: Plan, ctx: PlanContext, names: dict[str, str]) -> set[str]:
    """Boundaries some protected DP is protected with (under the new boundary names)."""
    return {
        names.get(b.name.casefold(), b.name)
        for b in plan.boundaries
        if b.name.casefold() in ctx.protected_boundaries
    }


def _rows_holding(plan: Plan, ctx: PlanContext, at: int, names: dict[str, str]) -> set[str]:
    """Boundaries that hold the DP at position ``at`` (under the new boundary names)."""
    return {
        names.get(plan.boundaries[b].name.casefold(), plan.boundaries[b].name)
        for b in ctx.dp_boundaries[at]
    }


def _table(plan: Plan, ctx: PlanContext, wanted: set[str], names: dict[str, str]) -> _Rows:
    """The rules engine's locality rows of the ``wanted`` boundaries only (plus the row of
    clients outside every boundary). A row depends only on its boundary, the DPs inside it
    and every DP's protection, so a table of a few boundaries has exactly the rows the full
    table has for them, at a fraction of the cost on a plan of thousands of boundaries."""
    positions = [
        i for i, b in enumerate(plan.boundaries) if names.get(b.name.casefold(), b.name) in wanted
    ]
    at = {old: pos for pos, old in enumerate(positions)}
    part = Plan.model_construct(
        boundaries=[plan.boundaries[i] for i in positions],
        distribution_points=plan.distribution_points,
    )
    memberships = [[at[b] for b in held if b in at] for held in ctx.dp_boundaries]
    return _Rows(locality_table(part, ctx.boundary_index, memberships), names)


def locality_shifts(
    old: Plan,
    new: Plan,
    old_ctx: PlanContext,
    new_ctx: PlanContext,
    changes: list[ObjectChange],
    renames: Renames,
) -> tuple[list[LocalityShift], list[ServiceShift]]:
    """Locality rows that change, per DP (``local`` -> ``remote`` in these boundaries) and
    per boundary (served -> unserved).

    Only what the changed DPs and boundaries can move is compared. For every boundary that
    neither holds a changed DP, nor changed itself, nor has a protected DP, a DP is in its
    default state (remote, or unavailable when it is protected) and clients there are
    served exactly when the plan has an unprotected DP: those rows are compared as a block,
    without computing them."""
    dps = [
        c
        for c in changes
        if c.collection == "distribution_points"
        and (c.status in (Status.ADDED, Status.REMOVED) or _touched(c, LOCALITY_FIELDS))
    ]
    bounds = [
        c
        for c in changes
        if c.collection == "boundaries"
        and (c.status is not Status.CHANGED or _touched(c, ("type", "value", "connection")))
    ]
    if not dps and not bounds:
        return [], []
    names = renames.get("boundaries", {})
    dp_back = {
        c.name: c.old_name
        for c in changes
        if c.collection == "distribution_points" and c.status is Status.RENAMED
    }
    dp_fwd = {old_name: new_name for new_name, old_name in dp_back.items()}
    serving = _serving_rows(old, old_ctx, names) | _serving_rows(new, new_ctx, {})
    holding: dict[str, set[str]] = {}
    defaults: dict[str, tuple[str, str]] = {}
    for change in dps:
        dp = change.name
        rows: set[str] = set()
        found_defaults = []
        for plan, ctx, name, mapping in (
            (old, old_ctx, dp_back.get(dp, dp), names),
            (new, new_ctx, dp, {}),
        ):
            found = ctx.dp(name)
            if found is None:
                found_defaults.append(ABSENT)
                continue
            rows |= _rows_holding(plan, ctx, found[0], mapping)
            found_defaults.append("unavailable" if found[1].protected else "remote")
        holding[dp] = rows
        defaults[dp] = (found_defaults[0], found_defaults[1])
    special = serving | {c.name for c in bounds} | {OUTSIDE}
    for rows in holding.values():
        special |= rows
    before = _table(old, old_ctx, special, names)
    after = _table(new, new_ctx, special, {})
    everything = list(dict.fromkeys([*(b.name for b in new.boundaries), *before.rows, *after.rows]))
    shifts: dict[tuple[str, str, str], list[str]] = {}
    done: set[tuple[str, str]] = set()

    def compare(boundary: str, dp: str) -> None:
        if (boundary, dp) in done:
            return
        done.add((boundary, dp))
        was_name = dp_back.get(dp, dp)
        was = before.state(boundary, was_name) if _in(old_ctx, was_name) else ABSENT
        now = after.state(boundary, dp) if _in(new_ctx, dp) else ABSENT
        if was != now and not (ABSENT in (was, now) and {was, now} <= _QUIET):
            shifts.setdefault((dp, was, now), []).append(boundary)

    for dp, (was, now) in defaults.items():
        own = serving | holding[dp] | {c.name for c in bounds} | {OUTSIDE}
        for boundary in sorted(own):
            compare(boundary, dp)
        if was != now and not (ABSENT in (was, now) and {was, now} <= _QUIET):
            rest = [b for b in everything if b not in own]
            if rest:
                shifts.setdefault((dp, was, now), []).extend(rest)
    for change in bounds:
        old_row, new_row = before.rows.get(change.name), after.rows.get(change.name)
        if change.name in serving:  # every DP may change here
            listed = [
                *(_all_names(new_row) if new_row else []),
                *(dp_fwd.get(n, n) for n in (_all_names(old_row) if old_row else [])),
            ]
        else:  # only DPs local before or after differ from their default
            listed = [
                *(new_row.local if new_row else []),
                *(dp_fwd.get(n, n) for n in (old_row.local if old_row else [])),
            ]
        for dp in sorted(set(listed)):
            compare(change.name, dp)
    service = []
    for boundary in special:
        old_row, new_row = before.rows.get(boundary), after.rows.get(boundary)
        if old_row is None or new_row is None or old_row.starved == new_row.starved:
            continue
        service.append(_service(boundary, old_row.starved, new_row.starved))
    old_starved, new_starved = not old_ctx.unprotected_dps, not new_ctx.unprotected_dps
    if old_starved != new_starved:
        names_old = set(before.rows) | {
            names.get(b.name.casefold(), b.name) for b in old.boundaries
        }
        service.extend(
            _service(b, old_starved, new_starved)
            for b in everything
            if b not in special and b in names_old
        )
    order = {b: i for i, b in enumerate(everything)}
    service.sort(key=lambda shift: order.get(shift.boundary, len(order)))
    return (
        [LocalityShift(dp, was, now, tuple(bs)) for (dp, was, now), bs in shifts.items()],
        service,
    )


def _service(boundary: str, old_starved: bool, new_starved: bool) -> ServiceShift:
    return ServiceShift(
        boundary,
        "unserved" if old_starved else "served",
        "unserved" if new_starved else "served",
    )


_QUIET = frozenset({ABSENT, "remote", "unavailable"})


def _all_names(row: LocalityRow) -> list[str]:
    return [*row.local, *row.remote, *row.fallback, *row.unavailable]


def _in(ctx: PlanContext, name: str) -> bool:
    return name.casefold() in ctx.dp_by_name


# -- DP settings ---------------------------------------------------------------------------
def _labels(dp: DistributionPoint) -> tuple[str, ...]:
    table = load_table()
    return tuple(table.by_id(i).column for i in setting_ids_of(dp))


def settings_checks(old: Plan, new: Plan, changes: list[ObjectChange]) -> list[SettingsCheck]:
    """DPs added, or whose table settings changed, with the table's verdict on the result."""
    checks = []
    for change in changes:
        if change.collection != "distribution_points" or change.new_subject is None:
            continue
        if change.status is not Status.ADDED and not _touched(change, SETTING_FIELDS):
            continue
        dp = change.new_item(new)
        was = change.old_item(old)
        before = _labels(was) if was is not None else ()
        conflicts = tuple(c.reason for c in dp_conflicts(setting_ids_of(dp)))
        checks.append(SettingsCheck(dp.name, change.new_subject, before, _labels(dp), conflicts))
    return checks


# -- PXE -----------------------------------------------------------------------------------
def pxe_change(old: Plan, new: Plan, changes: list[ObjectChange]) -> PxeChange | None:
    """Why the PXE checklists apply to this change, or None."""
    reasons: list[str] = []
    for change in changes:
        if change.collection == "pxe":
            if change.status is Status.ADDED:
                reasons.append(f"PXE service point added on {change.name}")
            elif change.status is Status.REMOVED:
                reasons.append(f"PXE service point on {change.name} removed")
            else:
                cert = [f.label for f in change.fields if f.field.startswith("certificate")]
                other = [f.label for f in change.fields if not f.field.startswith("certificate")]
                if cert:
                    reasons.append("certificate changed: " + ", ".join(cert))
                if other:
                    reasons.append("PXE service point changed: " + ", ".join(other))
        elif dp_pxe_changed(old, new, change):
            reasons.append(
                f"PXE on distribution point {change.name} {_pxe_words(change, old, new)}"
            )
    if not reasons:
        return None
    pxe = new.pxe or old.pxe
    return PxeChange(pxe.server if pxe else "", tuple(reasons))


def dp_pxe_changed(old: Plan, new: Plan, change: ObjectChange) -> bool:
    """True when a DP change switches PXE on or off, or adds or removes a PXE-enabled DP:
    the change that brings the PXE checklists (read from the plans, not from the reasons'
    words, so the runbook finds the DP even when its name is part of another DP's)."""
    return change.collection == "distribution_points" and (
        _touched(change, ("pxe",))
        or (
            change.status is not Status.CHANGED
            and change.status is not Status.RENAMED
            and _has_pxe(old, new, change)
        )
    )


def _has_pxe(old: Plan, new: Plan, change: ObjectChange) -> bool:
    if change.status is Status.ADDED:
        return bool(change.new_item(new).pxe)
    if change.status is Status.REMOVED:
        return bool(change.old_item(old).pxe)
    return False


def _pxe_words(change: ObjectChange, old: Plan, new: Plan) -> str:
    if change.status is Status.ADDED:
        return "(new DP with PXE)"
    if change.status is Status.REMOVED:
        return "(DP removed)"
    dp = change.new_item(new)
    return "switched on" if dp.pxe else "switched off"
