"""What a change touches beyond the changed object itself, computed by the rules engine's own
functions (never a second copy of a rule):

- a DP that joined a group lists the packages it will not get by itself
  (``rules.checks.groups.packages_missed``, GRP001's list);
- boundary and DP changes list the locality rows that change (``rules.locality``);
- a DP whose settings changed is re-checked against the compatibility table
  (``rules.dp_matrix``);
- a PXE service point, certificate or PXE-enabled DP change brings the PXE checklists.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

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
from cmplanner.rules.checks.groups import packages_missed
from cmplanner.rules.context import PlanContext
from cmplanner.rules.dp_matrix import dp_conflicts, load_table, setting_ids_of
from cmplanner.rules.locality import LocalityRow, locality_table

#: DP fields that decide where clients get content
LOCALITY_FIELDS = ("ip_address", "ad_site", "protected", "protected_boundaries")
#: DP fields that are settings of the compatibility table
SETTING_FIELDS = (
    "host",
    "branch",
    "bits_enabled",
    "protected",
    "mobile_device_support",
    "internet_based",
    "streaming",
    "multicast",
)
_STATES = ("local", "fallback", "unavailable", "remote")
ABSENT = "absent"


def _touched(change: ObjectChange, fields: Iterable[str]) -> bool:
    wanted = tuple(fields)
    return any(f.field.split(" ", 1)[0].split(".", 1)[0] in wanted for f in change.fields)


# -- groups -------------------------------------------------------------------------------
def late_joiners(
    old: Plan, new: Plan, ctx: PlanContext, changes: list[ObjectChange], renames: Renames
) -> list[LateJoiner]:
    """Members that joined a group in this change (or whose join date moved) and will miss
    packages sent to the group before they joined."""
    found: list[LateJoiner] = []
    dp_names = renames.get("distribution_points", {})
    for change in changes:
        if change.collection != "dp_groups" or change.status is Status.REMOVED:
            continue
        g = int(change.new_subject.split("[")[1].rstrip("]")) if change.new_subject else -1
        group = new.dp_groups[g]
        before: dict[str, Any] = {}
        if change.old_subject is not None:
            old_group = old.dp_groups[int(change.old_subject.split("[")[1].rstrip("]"))]
            before = {
                dp_names.get(m.dp.casefold(), m.dp).casefold(): m.joined for m in old_group.members
            }
        for m, member in enumerate(group.members):
            if before.get(member.dp.casefold()) == member.joined:
                continue
            missed = packages_missed(ctx, g, m)
            if not missed:
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
    """A locality table with membership tests that convert each shared list to a set once."""

    def __init__(self, rows: list[LocalityRow], boundary_names: dict[str, str]) -> None:
        self.rows = {boundary_names.get(r.boundary.casefold(), r.boundary): r for r in rows}
        self._sets: dict[int, set[str]] = {}

    def state(self, boundary: str, dp: str | None) -> str:
        row = self.rows.get(boundary)
        if row is None or dp is None:
            return ABSENT
        for label in _STATES:
            names = getattr(row, label)
            found = self._sets.get(id(names))
            if found is None:
                found = self._sets[id(names)] = {n.casefold() for n in names}
            if dp.casefold() in found:
                return label
        return ABSENT

    def names_in(self, boundary: str) -> set[str]:
        row = self.rows.get(boundary)
        if row is None:
            return set()
        return {n for label in _STATES for n in getattr(row, label)}


def locality_shifts(
    old: Plan,
    new: Plan,
    old_ctx: PlanContext,
    new_ctx: PlanContext,
    changes: list[ObjectChange],
    renames: Renames,
) -> tuple[list[LocalityShift], list[ServiceShift]]:
    """Locality rows that change, per DP (``local`` -> ``remote`` in these boundaries) and
    per boundary (served -> unserved). Only what the changed DPs and boundaries can move is
    compared, so a large plan with a small change stays quick."""
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
        and (
            c.status in (Status.ADDED, Status.REMOVED)
            or _touched(c, ("type", "value", "connection"))
        )
    ]
    if not dps and not bounds:
        return [], []
    boundary_names = renames.get("boundaries", {})
    dp_fwd = renames.get("distribution_points", {})
    dp_back = {new_name.casefold(): old_name for old_name, new_name in dp_fwd.items()}
    before = _Rows(
        locality_table(old, old_ctx.boundary_index, old_ctx.dp_boundaries), boundary_names
    )
    after = _Rows(locality_table(new, new_ctx.boundary_index, new_ctx.dp_boundaries), {})

    def old_name(dp: str) -> str:
        return dp_back.get(dp.casefold(), dp)

    pairs: set[tuple[str, str]] = set()  # (boundary, dp) worth comparing
    all_rows = list(dict.fromkeys([*after.rows, *before.rows]))
    for change in dps:
        pairs.update((b, change.name) for b in all_rows)
    for change in bounds:
        names = after.names_in(change.name) | {
            dp_fwd.get(n.casefold(), n) for n in before.names_in(change.name)
        }
        pairs.update((change.name, n) for n in names)
    shifts: dict[tuple[str, str, str], list[str]] = {}
    for boundary, dp in sorted(pairs):
        was = before.state(boundary, old_name(dp)) if _in_old(old_ctx, old_name(dp)) else ABSENT
        now = after.state(boundary, dp) if _in_new(new_ctx, dp) else ABSENT
        if was == now or ({was, now} <= {ABSENT, "remote", "unavailable"} and ABSENT in (was, now)):
            continue
        shifts.setdefault((dp, was, now), []).append(boundary)
    service = []
    for boundary in all_rows:
        old_row, new_row = before.rows.get(boundary), after.rows.get(boundary)
        if old_row is None or new_row is None or old_row.starved == new_row.starved:
            continue
        service.append(
            ServiceShift(
                boundary,
                "unserved" if old_row.starved else "served",
                "unserved" if new_row.starved else "served",
            )
        )
    return (
        [LocalityShift(dp, was, now, tuple(bs)) for (dp, was, now), bs in shifts.items()],
        service,
    )


def _in_old(ctx: PlanContext, name: str) -> bool:
    return name.casefold() in ctx.dp_by_name


def _in_new(ctx: PlanContext, name: str) -> bool:
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
        dp = new.distribution_points[_index(change.new_subject)]
        before = (
            _labels(old.distribution_points[_index(change.old_subject)])
            if change.old_subject is not None
            else ()
        )
        conflicts = tuple(c.reason for c in dp_conflicts(setting_ids_of(dp)))
        checks.append(SettingsCheck(dp.name, change.new_subject, before, _labels(dp), conflicts))
    return checks


def _index(subject: str) -> int:
    return int(subject.split("[", 1)[1].split("]", 1)[0])


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
                cert = [f.field for f in change.fields if f.field.startswith("certificate")]
                other = [f.field for f in change.fields if not f.field.startswith("certificate")]
                if cert:
                    reasons.append("certificate changed: " + ", ".join(cert))
                if other:
                    reasons.append("PXE service point changed: " + ", ".join(other))
        elif change.collection == "distribution_points" and (
            _touched(change, ("pxe",))
            or (
                change.status is not Status.CHANGED
                and change.status is not Status.RENAMED
                and _has_pxe(old, new, change)
            )
        ):
            reasons.append(
                f"PXE on distribution point {change.name} {_pxe_words(change, old, new)}"
            )
    if not reasons:
        return None
    pxe = new.pxe or old.pxe
    return PxeChange(pxe.server if pxe else "", tuple(reasons))


def _has_pxe(old: Plan, new: Plan, change: ObjectChange) -> bool:
    if change.status is Status.ADDED and change.new_subject:
        return new.distribution_points[_index(change.new_subject)].pxe
    if change.status is Status.REMOVED and change.old_subject:
        return old.distribution_points[_index(change.old_subject)].pxe
    return False


def _pxe_words(change: ObjectChange, old: Plan, new: Plan) -> str:
    if change.status is Status.ADDED:
        return "(new DP with PXE)"
    if change.status is Status.REMOVED:
        return "(DP removed)"
    dp = new.distribution_points[_index(change.new_subject or "")]
    return "switched on" if dp.pxe else "switched off"
