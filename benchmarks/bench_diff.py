"""Diff of two 1,000-DP plans that differ in 50 places.

Target (issue: plan diff): under 200 ms for the whole diff: objects by name, renames, field
changes, findings introduced and resolved (the rules engine on both plans) and consequences
(late joiners, locality rows, the DP table, PXE). Baseline, same run: validating the plan
once (``Validator``), since a diff cannot do less than check both plans. The second figure
is the diff when both plans were already checked, as in the app, where the open plan's
findings are live and the compared plan is checked once when it is opened.
"""

from __future__ import annotations

from datetime import timedelta

from planfactory import START, large_plan
from timing import best_of, report

from cmplanner.model import GroupMember
from cmplanner.plandiff import diff_plans
from cmplanner.rules.engine import Validator


def changed_plan() -> tuple[int, object]:
    """The benchmark plan with 50 edits of the kinds admins make."""
    plan = large_plan()
    dps = plan.distribution_points
    edits = 0
    for i in range(0, 1000, 100):  # 10 DP settings
        dps[i].bits_enabled = not dps[i].bits_enabled
        edits += 1
    for i in range(5, 1000, 200):  # 5 DP renames (same server)
        dps[i].name = dps[i].name + "-NEW"
        edits += 1
    for i in range(10, 1000, 100):  # 10 DPs move to another address
        dps[i].ip_address = f"192.168.{i // 100}.{i % 100 + 1}"
        edits += 1
    for g in range(0, 200, 20):  # 10 late joiners
        plan.dp_groups[g].members.append(
            GroupMember(dp=dps[g + 1].name, joined=START + timedelta(days=200))
        )
        edits += 1
    for b in range(0, 5000, 500):  # 10 boundaries change their connection
        plan.boundaries[b].connection = (
            "slow" if plan.boundaries[b].connection == "fast" else "fast"
        )
        edits += 1
    for p in range(0, 2000, 400):  # 5 packages renamed
        plan.packages[p].name += " (v2)"
        edits += 1
    return edits, plan


def main() -> None:
    old = large_plan()
    edits, new = changed_plan()
    diff = diff_plans(old, new)
    checked = Validator(old), Validator(new)
    # interleaved, so a busy machine slows every figure alike
    baseline, seconds, again = float("inf"), float("inf"), float("inf")
    for _ in range(7):
        baseline = min(baseline, best_of(lambda: Validator(old), runs=1))
        seconds = min(seconds, best_of(lambda: diff_plans(old, new), runs=1))
        again = min(again, best_of(lambda: diff_plans(old, new, *checked), runs=1))
    report(
        f"diff of two 1,000-DP plans differing in {edits} places",
        seconds,
        0.200,
        "validating one plan",
        baseline,
    )
    report(
        "the same diff with both plans already checked (the app's Changes dock)",
        again,
        0.200,
        "validating one plan",
        baseline,
    )
    print(
        f"  {len(diff.changes)} changes, {len(diff.introduced)} findings introduced, "
        f"{len(diff.resolved)} resolved, {len(diff.late_joiners)} late joiners, "
        f"{len(diff.locality)} locality shifts"
    )


if __name__ == "__main__":
    main()
