"""Validating the 1,000-DP benchmark plan, and re-checking one edited DP in it.

Targets (issue: foundation): full validation under 250 ms, one DP re-check under 10 ms.
The 100,000-boundary estate (issue: responsive at any size): validation under 1 s, each
run in a fresh process with its peak memory.
Baseline, same run: one ``model_dump()`` pass over the same plan, which touches every object
once, so the ratio says how many "passes over the plan" validation costs.
"""

from __future__ import annotations

from planfactory import large_plan
from timing import best_of, report

from cmplanner.rules.engine import Validator


def main() -> None:
    plan = large_plan()
    baseline = best_of(plan.model_dump)
    validator = Validator(plan)
    full = best_of(lambda: Validator(plan))
    report(
        "validate 1,000 DPs / 5,000 boundaries / 200 groups / 2,000 packages",
        full,
        0.250,
        "model_dump of the plan",
        baseline,
    )
    print(f"  findings: {len(validator.findings)}")

    edits = []
    for i in range(0, 1000, 50):
        dp = plan.distribution_points[i]

        def edit(dp=dp, i=i) -> None:  # type: ignore[no-untyped-def]
            dp.bits_enabled = not dp.bits_enabled
            validator.recheck(f"distribution_points[{i}].bits_enabled")

        edits.append(best_of(edit, runs=3))
    worst = max(edits)
    report(
        "re-check one edited DP (worst of 20 DPs)", worst, 0.010, "model_dump of the plan", baseline
    )


def estate() -> None:
    """The 100,000-boundary estate (target: validation under 1 s)."""
    from timing import estate_report, estate_task

    base = estate_task("plan.model_dump()")
    got = estate_task(
        "Validator(plan)", setup="from cmplanner.rules.engine import Validator", runs=5
    )
    estate_report("validate 1,000 DPs / 100,000 boundaries", got, 1.0, base)


if __name__ == "__main__":
    import sys

    what = set(sys.argv[1:]) or {"large", "estate"}
    if "large" in what:
        main()
    if "estate" in what:
        estate()
